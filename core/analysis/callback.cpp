#include "analysis/callback.h"

#include "net/curlcommand.h"
#include "url/rawurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pbw {

namespace {

// raw as a string: the decoded one when decoding changed nothing (shared, not copied).
QString rawString(QStringView raw, const QString& decoded)
{
    return QStringView(decoded) == raw ? decoded : raw.toString();
}

// The pairs that are not empty, as parameters; shift moves their offsets from text to the callback's text.
void appendParams(QStringView text, const QList<RawPair>& pairs, qsizetype shift, ParamSource source,
                  QList<CallbackParam>& out)
{
    out.reserve(out.size() + pairs.size());
    for (const RawPair& pair : pairs) {
        if (pair.whole.length == 0)
            continue;
        CallbackParam param;
        param.source = source;
        param.offset = int(shift + pair.whole.start);
        param.length = int(pair.whole.length);
        param.hasValue = pair.hasValue();
        param.rawKey = rawString(pair.key.in(text), pair.decodedKey);
        param.rawValue = rawString(pair.value.in(text), pair.decodedValue);
        param.valueOffset = pair.hasValue() ? int(shift + pair.value.start) : -1;
        param.key = pair.decodedKey;
        param.value = pair.decodedValue;
        out.append(std::move(param));
    }
}

void appendJsonValue(const QString& path, const QJsonValue& value, QList<CallbackParam>& out)
{
    if (out.size() > 10000)
        return; // a hostile body: enough fields to show, bounded work
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            appendJsonValue(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), it.value(), out);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            appendJsonValue(path + QStringLiteral("[%1]").arg(i), array.at(i), out);
        return;
    }
    CallbackParam param;
    param.source = ParamSource::Json;
    param.key = param.rawKey = path;
    if (value.isString())
        param.value = value.toString();
    else if (value.isDouble())
        param.value
            = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    else if (value.isBool())
        param.value = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else
        param.value = QStringLiteral("null");
    param.rawValue = param.value;
    out.append(param);
}

// A raw request as a proxy or a partner's log shows it: request line, headers, blank line, body.
bool readRawRequest(const QString& text, Callback& callback)
{
    static const QRegularExpression requestLine(QStringLiteral("^([A-Z]+) (\\S+) HTTP/[0-9.]+\\r?$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QRegularExpressionMatch match = requestLine.match(lines.value(0).trimmed());
    if (!match.hasMatch())
        return false;
    QString host;
    qsizetype i = 1;
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i).endsWith(QLatin1Char('\r')) ? lines.at(i).chopped(1) : lines.at(i);
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString name = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (name.compare(QLatin1String("host"), Qt::CaseInsensitive) == 0)
            host = value;
        callback.headers.append({name.toUtf8(), value.toUtf8()});
    }
    const QString target = match.captured(2);
    const bool secure = host.endsWith(QLatin1String(":443"));
    const QString url = target.startsWith(QLatin1Char('/'))
        ? (secure ? QStringLiteral("https://") : QStringLiteral("http://")) + host + target
        : target;
    const QString body = lines.mid(i + 1).join(QLatin1Char('\n'));
    Callback parsed = readCallbackUrl(url);
    parsed.method = match.captured(1);
    parsed.headers = callback.headers;
    parsed.body = body.toUtf8();
    parsed.contentType = QString::fromUtf8(headerValue(parsed.headers, "Content-Type"));
    parsed.params += bodyParams(parsed.body, parsed.contentType);
    for (CallbackParam& param : parsed.params)
        param.offset = param.valueOffset = -1; // offsets of the rebuilt URL, not of the text
    parsed.text = text;
    parsed.textIsUrl = false;
    parsed.schemeGuessed = !target.startsWith(QLatin1String("http"));
    callback = parsed;
    return true;
}

} // namespace

Callback readCallbackUrl(const QString& url)
{
    Callback callback;
    callback.text = url;
    const QStringView text(url);
    qsizetype pos = 0;
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    qsizetype end = text.size();
    while (end > pos && text.at(end - 1).isSpace())
        --end;
    // Read without the spaces around it; every offset is then moved back by pos onto the text.
    const QStringView typed = text.mid(pos, end - pos);
    const RawUrl raw = readRawUrl(typed, {.scheme = RawUrlReading::Scheme::Template});
    if (raw.scheme.isPresent())
        callback.scheme = raw.scheme.in(typed).toString().toLower();
    callback.host = raw.host.in(typed).toString();
    callback.port = raw.port.in(typed).toString();
    callback.path = raw.path.in(typed).toString();
    callback.pathOffset = int(pos + raw.path.start);
    appendParams(typed, raw.pairs, pos, ParamSource::Query, callback.params);
    if (raw.fragment.isPresent()) {
        callback.fragmentOffset = int(pos + raw.fragment.start - 1);
        callback.fragment = raw.fragment.in(typed).toString();
    }
    return callback;
}

Callback readCallback(const QString& text)
{
    Callback callback;
    if (looksLikeCurlCommand(text)) {
        const auto curl = parseCurlCommand(text);
        if (curl) {
            const ReplayRequest& request = curl.value().request;
            callback = readCallbackUrl(request.url);
            callback.method = QString::fromLatin1(request.method);
            callback.headers = request.headers;
            callback.body = request.body;
            callback.contentType = QString::fromUtf8(headerValue(request.headers, "Content-Type"));
            if (callback.contentType.isEmpty() && !request.body.isEmpty())
                callback.contentType = QStringLiteral("application/x-www-form-urlencoded");
            callback.params += bodyParams(callback.body, callback.contentType);
            for (CallbackParam& param : callback.params)
                param.offset = param.valueOffset = -1;
            callback.text = text;
            callback.textIsUrl = false;
            return callback;
        }
    }
    if (readRawRequest(text, callback))
        return callback;
    return readCallbackUrl(text);
}

bool looksLikeUrl(const Callback& callback)
{
    if (callback.host.isEmpty())
        return false;
    if (!callback.scheme.isEmpty())
        return true;
    for (const QChar c : callback.host) {
        if (c.isSpace())
            return false;
    }
    return callback.host.contains(QLatin1Char('.')) || callback.host == QLatin1String("localhost");
}

QList<CallbackParam> bodyParams(const QByteArray& body, const QString& contentType)
{
    QList<CallbackParam> out;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return out;
    const bool json = contentType.contains(QLatin1String("json"), Qt::CaseInsensitive)
        || ((trimmed.startsWith('{') || trimmed.startsWith('[')) && !contentType.contains(QLatin1String("form")));
    if (json) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError) {
            appendJsonValue(QString(),
                            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), out);
            return out;
        }
    }
    if (contentType.isEmpty() || contentType.contains(QLatin1String("form"), Qt::CaseInsensitive)) {
        const QString form = QString::fromUtf8(trimmed);
        appendParams(form, readRawPairs(form, PlusAs::Space), 0, ParamSource::Form, out);
    }
    for (CallbackParam& param : out)
        param.offset = param.valueOffset = -1;
    return out;
}

QList<CallbackParam> Callback::paramsFrom(ParamSource source) const
{
    QList<CallbackParam> out;
    for (const CallbackParam& param : params) {
        if (param.source == source)
            out.append(param);
    }
    return out;
}

QStringList Callback::pathSegments() const
{
    QStringList out;
    for (const QString& segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        out.append(percentDecoded(segment));
    return out;
}

} // namespace pbw
