#include "analysis/callback.h"

#include "net/curlcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pbw {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// Cuts "k=v&k2=v2" into parameters; base is the offset of the query in the text.
void appendQueryParams(QStringView query, int base, ParamSource source, bool plusIsSpace, QList<CallbackParam>& out)
{
    qsizetype start = 0;
    while (start <= query.size()) {
        qsizetype end = query.indexOf(QLatin1Char('&'), start);
        if (end < 0)
            end = query.size();
        const QStringView segment = query.mid(start, end - start);
        if (!segment.isEmpty()) {
            CallbackParam param;
            param.source = source;
            param.offset = base + int(start);
            param.length = int(segment.size());
            const qsizetype equals = segment.indexOf(QLatin1Char('='));
            param.hasValue = equals >= 0;
            param.rawKey = (equals >= 0 ? segment.left(equals) : segment).toString();
            param.rawValue = equals >= 0 ? segment.mid(equals + 1).toString() : QString();
            param.valueOffset = equals >= 0 ? param.offset + int(equals) + 1 : -1;
            param.key = percentDecoded(param.rawKey, plusIsSpace);
            param.value = percentDecoded(param.rawValue, plusIsSpace);
            out.append(param);
        }
        start = end + 1;
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

QString percentDecoded(QStringView text, bool plusIsSpace)
{
    if (!text.contains(QLatin1Char('%')) && !(plusIsSpace && text.contains(QLatin1Char('+'))))
        return text.toString();
    QByteArray bytes;
    bytes.reserve(text.size());
    QString out;
    const auto flush = [&] {
        if (!bytes.isEmpty()) {
            out += QString::fromUtf8(bytes);
            bytes.clear();
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 2 < text.size() && hexValue(text.at(i + 1)) >= 0
            && hexValue(text.at(i + 2)) >= 0) {
            bytes += char(hexValue(text.at(i + 1)) * 16 + hexValue(text.at(i + 2)));
            i += 2;
        } else {
            flush();
            out += (plusIsSpace && c == QLatin1Char('+')) ? QChar(QLatin1Char(' ')) : c;
        }
    }
    flush();
    return out;
}

bool hasPercentEscape(QStringView text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('%')); i >= 0 && i + 2 < text.size();
         i = text.indexOf(QLatin1Char('%'), i + 1)) {
        if (hexValue(text.at(i + 1)) >= 0 && hexValue(text.at(i + 2)) >= 0)
            return true;
    }
    return false;
}

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
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"), pos);
    const qsizetype firstDelimiter = [&] {
        for (qsizetype i = pos; i < end; ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#'))
                return i;
        }
        return end;
    }();
    if (schemeEnd > pos && schemeEnd <= firstDelimiter) {
        callback.scheme = text.mid(pos, schemeEnd - pos).toString().toLower();
        pos = schemeEnd + 3;
    }
    qsizetype hash = text.indexOf(QLatin1Char('#'), pos);
    if (hash < 0 || hash >= end)
        hash = end;
    qsizetype question = text.indexOf(QLatin1Char('?'), pos);
    if (question < 0 || question > hash)
        question = hash;
    qsizetype slash = text.indexOf(QLatin1Char('/'), pos);
    if (slash < 0 || slash > question)
        slash = question;
    QStringView authority = text.mid(pos, slash - pos);
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0)
        authority = authority.mid(at + 1);
    const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0 && !authority.endsWith(QLatin1Char(']'))) {
        callback.host = authority.left(colon).toString();
        callback.port = authority.mid(colon + 1).toString();
    } else {
        callback.host = authority.toString();
    }
    callback.path = text.mid(slash, question - slash).toString();
    callback.pathOffset = int(slash);
    if (question < hash)
        appendQueryParams(text.mid(question + 1, hash - question - 1), int(question + 1), ParamSource::Query, false,
                          callback.params);
    if (hash < end) {
        callback.fragmentOffset = int(hash);
        callback.fragment = text.mid(hash + 1, end - hash - 1).toString();
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
    if (contentType.isEmpty() || contentType.contains(QLatin1String("form"), Qt::CaseInsensitive))
        appendQueryParams(QString::fromUtf8(trimmed), -1, ParamSource::Form, true, out);
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
