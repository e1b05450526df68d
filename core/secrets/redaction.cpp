#include "secrets/redaction.h"

#include "net/replayrequest.h"
#include "secrets/secretvalues.h"
#include "url/rawurl.h"
#include "util/keys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace pbw {

namespace {

const char* const placeKeys[] = {"query", "form", "header", "json", "userinfo"};

// A JSON member: its name, then its value when that is a string, a number, true, false or null.
// Members are matched left to right, so a string value is consumed whole and never searched.
const QRegularExpression& jsonMember()
{
    static const QRegularExpression member(
        QStringLiteral(R"re("((?:[^"\\]|\\.)*)"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null))re"));
    return member;
}

QString quotedMark()
{
    return u'"' + QLatin1String(redactedMark) + u'"';
}

// The pairs of text within span, each passed through fn, which returns the pair's new text or nothing
// to keep it; the text around the span stays as it is.
template <typename Fn> QString withPairs(QStringView text, TextSpan span, const QList<RawPair>& pairs, Fn fn)
{
    QString out = text.left(span.start).toString();
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (i > 0)
            out += u'&';
        if (const std::optional<QString> changed = fn(text, pairs.at(i)))
            out += *changed;
        else
            out += pairs.at(i).whole.in(text);
    }
    out += text.mid(span.end());
    return out;
}

// The pairs of a URL's query. The query starts at the first '?', even one after a '#', so that a
// secret typed there is found too.
template <typename Fn> QString withQueryPairs(const QString& url, Fn fn)
{
    const RawUrl raw = readRawUrl(url, {.query = RawUrlReading::Query::FirstQuestionMark, .decode = std::nullopt});
    return raw.query.isPresent() ? withPairs(url, raw.query, raw.pairs, fn) : url;
}

// The pairs of an application/x-www-form-urlencoded body.
template <typename Fn> QString withFormPairs(const QString& body, Fn fn)
{
    return withPairs(body, TextSpan{0, body.size()}, readRawPairs(body, std::nullopt), fn);
}

// A pair whose name is a secret gets the mark for its value; what was there is appended to found
// (when given).
auto secretTaker(const SecretNames& names, FoundSecret::Where where, QList<FoundSecret>* found)
{
    return [&names, where, found](QStringView text, const RawPair& pair) -> std::optional<QString> {
        const QStringView key = pair.key.in(text);
        const QStringView value = pair.value.in(text);
        if (!pair.hasValue() || key.isEmpty() || !names.isSecretParameter(key) || value == QLatin1String(redactedMark))
            return std::nullopt;
        if (found)
            found->append(FoundSecret{where, key.toString(), value.toString()});
        return key.toString() + u'=' + QLatin1String(redactedMark);
    };
}

// A pair whose value is the mark gets back the first pending secret of that place and name.
auto secretGiver(QList<FoundSecret>& pending, FoundSecret::Where where)
{
    return [&pending, where](QStringView text, const RawPair& pair) -> std::optional<QString> {
        if (pair.key.length == 0 || pair.value.in(text) != QLatin1String(redactedMark))
            return std::nullopt;
        const QString name = pair.key.in(text).toString();
        for (qsizetype i = 0; i < pending.size(); ++i) {
            if (pending.at(i).where == where && pending.at(i).name == name)
                return name + u'=' + pending.takeAt(i).value;
        }
        return std::nullopt;
    };
}

bool isJson(const QByteArray& body)
{
    const QByteArray start = body.left(64).trimmed();
    return start.startsWith('{') || start.startsWith('[');
}

// Members whose name is a secret: the value becomes "[redacted]".
QByteArray redactedJson(const QByteArray& body, const SecretNames& names, QList<FoundSecret>* found)
{
    const QString text = QString::fromUtf8(body);
    QString out;
    qsizetype last = 0;
    auto members = jsonMember().globalMatch(text);
    while (members.hasNext()) {
        const QRegularExpressionMatch member = members.next();
        const QString value = member.captured(2);
        if (!names.isSecretParameter(member.captured(1)) || value == quotedMark())
            continue;
        out += QStringView(text).mid(last, member.capturedStart(2) - last);
        out += quotedMark();
        last = member.capturedEnd(2);
        FoundSecret secret;
        secret.where = FoundSecret::Where::Json;
        secret.name = member.captured(1);
        secret.value = value;
        found->append(secret);
    }
    if (last == 0)
        return body;
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

QByteArray restoredJson(const QByteArray& body, QList<FoundSecret>& pending)
{
    const QString text = QString::fromUtf8(body);
    QString out;
    qsizetype last = 0;
    auto members = jsonMember().globalMatch(text);
    while (members.hasNext()) {
        const QRegularExpressionMatch member = members.next();
        if (member.captured(2) != quotedMark())
            continue;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            if (pending.at(i).where == FoundSecret::Where::Json && pending.at(i).name == member.captured(1)) {
                out += QStringView(text).mid(last, member.capturedStart(2) - last);
                out += pending.takeAt(i).value;
                last = member.capturedEnd(2);
                break;
            }
        }
    }
    if (last == 0)
        return body;
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

bool isForm(const HeaderList& headers, const QByteArray& body)
{
    return headerValue(headers, "content-type").toLower().contains("x-www-form-urlencoded") && !body.contains('{')
        && !body.contains('\n');
}

// The pairs of a fragment that carries parameters ("#token=…", "#/p?token=…"): a browser never
// sends them, but the text is kept and exported all the same.
template <typename Fn> QString withFragmentPairs(const QString& url, Fn fn)
{
    const RawUrl raw = readRawUrl(url, {.decode = std::nullopt});
    const TextSpan params = fragmentParams(url, raw.fragment);
    return params.isPresent() ? withPairs(url, params, readRawPairs(url, params, std::nullopt), fn) : url;
}

// A URL's user info: the password after the user's ':' or, with none, the whole of it.
QString withUserInfo(const QString& url, QList<FoundSecret>* found)
{
    const RawUrl raw = readRawUrl(url, {.decode = std::nullopt});
    if (!raw.userInfo.isPresent() || raw.userInfo.length == 0)
        return url;
    const QStringView info = raw.userInfo.in(url);
    const qsizetype colon = info.indexOf(u':');
    const qsizetype start = colon < 0 ? raw.userInfo.start : raw.userInfo.start + colon + 1;
    const QStringView value = QStringView(url).mid(start, raw.userInfo.end() - start);
    if (value.isEmpty() || value == QLatin1String(redactedMark))
        return url;
    if (found)
        found->append(FoundSecret{FoundSecret::Where::UserInfo, colon < 0 ? QString() : info.left(colon).toString(),
                                  value.toString()});
    return url.left(start) + QLatin1String(redactedMark) + url.mid(raw.userInfo.end());
}

QString restoredUserInfo(const QString& url, QList<FoundSecret>& pending)
{
    const RawUrl raw = readRawUrl(url, {.decode = std::nullopt});
    const QStringView info = raw.userInfo.in(url);
    if (!info.endsWith(QLatin1String(redactedMark)))
        return url;
    for (qsizetype i = 0; i < pending.size(); ++i) {
        if (pending.at(i).where == FoundSecret::Where::UserInfo)
            return url.left(raw.userInfo.end() - qsizetype(qstrlen(redactedMark))) + pending.takeAt(i).value
                + url.mid(raw.userInfo.end());
    }
    return url;
}

QString redactedUrlFound(const QString& url, const SecretNames& names, QList<FoundSecret>* found)
{
    const QString noUser = withUserInfo(url, found);
    const QString noQuery = withQueryPairs(noUser, secretTaker(names, FoundSecret::Where::Query, found));
    return withFragmentPairs(noQuery, secretTaker(names, FoundSecret::Where::Query, found));
}

} // namespace

QString secretPlaceKey(FoundSecret::Where where)
{
    return QString::fromLatin1(placeKeys[std::size_t(where)]);
}

std::optional<FoundSecret::Where> secretPlaceFromKey(const QString& key)
{
    return enumFromKey<FoundSecret::Where>(placeKeys, key);
}

QString redactedUrl(const QString& url, const SecretNames& names)
{
    return redactedUrlFound(url, names, nullptr);
}

Redacted redact(const Exchange& exchange, const SecretNames& names)
{
    Redacted out;
    out.exchange = exchange;
    SentRequest& request = out.exchange.request;
    // The typed URL is the one the user resends; the sent forms hold the same values encoded.
    request.input = redactedUrlFound(request.input, names, &out.secrets);
    request.url = redactedUrl(request.url, names);
    request.target = redactedUrl(QString::fromLatin1(request.target), names).toLatin1();
    if (isForm(request.headers, request.body))
        request.body
            = withFormPairs(QString::fromUtf8(request.body), secretTaker(names, FoundSecret::Where::Form, &out.secrets))
                  .toUtf8();
    else if (isJson(request.body))
        request.body = redactedJson(request.body, names, &out.secrets);
    for (auto& [name, value] : request.headers) {
        if (!names.isSecretHeader(name) || value == redactedMark)
            continue;
        FoundSecret secret;
        secret.where = FoundSecret::Where::RequestHeader;
        secret.name = QString::fromLatin1(name);
        secret.value = QString::fromUtf8(value);
        out.secrets.append(secret);
        value = redactedMark;
    }
    if (out.exchange.response) {
        out.exchange.response->finalUrl = redactedUrlFound(out.exchange.response->finalUrl, names, nullptr);
        for (auto& [name, value] : out.exchange.response->headers) {
            if (names.isSecretHeader(name))
                value = redactedMark;
        }
    }
    // A value known to be secret goes from everywhere else it was written back: the answer (an
    // echo), where it was sent to (Location, the final URL), the notes on what was sent.
    if (out.secrets.isEmpty())
        return out;
    const SecretValues values(out.secrets);
    QList<int> echoed(out.secrets.size(), 0);
    const auto scrub = [&](const auto& text) {
        return values.without(text, &out.echoes, &echoed);
    };
    if (ReceivedResponse* response = out.exchange.response ? &*out.exchange.response : nullptr) {
        const int before = out.echoes;
        response->body = scrub(response->body);
        // The text is the body decoded: an echo the bytes had is counted once, from the bytes.
        response->text = out.echoes > before ? values.without(response->text) : scrub(response->text);
        response->finalUrl = scrub(response->finalUrl);
        for (auto& header : response->headers)
            header.second = scrub(header.second);
    }
    for (WireNote& note : out.exchange.notes) {
        note.typed = scrub(note.typed);
        note.sent = scrub(note.sent);
    }
    // A caught request's bytes hold the secrets in their own places: not echoes, gone all the same.
    if (out.exchange.arrival)
        out.exchange.arrival->raw = values.without(out.exchange.arrival->raw);
    for (qsizetype i = 0; i < out.secrets.size(); ++i)
        out.secrets[i].echoed = echoed.at(i);
    return out;
}

ReplayRequest withSecrets(ReplayRequest request, const QList<FoundSecret>& secrets)
{
    QList<FoundSecret> pending = secrets;
    request.url = restoredUserInfo(request.url, pending);
    request.url = withQueryPairs(request.url, secretGiver(pending, FoundSecret::Where::Query));
    request.url = withFragmentPairs(request.url, secretGiver(pending, FoundSecret::Where::Query));
    if (isJson(request.body))
        request.body = restoredJson(request.body, pending);
    else if (request.body.contains(redactedMark))
        request.body
            = withFormPairs(QString::fromUtf8(request.body), secretGiver(pending, FoundSecret::Where::Form)).toUtf8();
    for (const FoundSecret& secret : std::as_const(pending)) {
        if (secret.where != FoundSecret::Where::RequestHeader)
            continue;
        const QByteArray name = secret.name.toLatin1();
        bool replaced = false;
        for (auto& [header, value] : request.headers) {
            if (header.compare(name, Qt::CaseInsensitive) == 0) {
                value = secret.value.toUtf8();
                replaced = true;
            }
        }
        if (!replaced)
            request.headers.append({name, secret.value.toUtf8()});
    }
    return request;
}

Exchange withSecrets(Exchange exchange, const QList<FoundSecret>& secrets)
{
    SentRequest& request = exchange.request;
    ReplayRequest replay;
    replay.url = request.input;
    replay.body = request.body;
    replay.headers = request.headers;
    const ReplayRequest restored = withSecrets(replay, secrets);
    request.input = restored.url;
    request.body = restored.body;
    request.headers = restored.headers;
    // The sent forms hold the same values; the value as typed is what goes back there too.
    QList<FoundSecret> query;
    for (const FoundSecret& secret : secrets) {
        if (secret.where == FoundSecret::Where::Query)
            query.append(secret);
    }
    QList<FoundSecret> forUrl = query;
    request.url = withQueryPairs(request.url, secretGiver(forUrl, FoundSecret::Where::Query));
    QList<FoundSecret> forTarget = query;
    request.target
        = withQueryPairs(QString::fromLatin1(request.target), secretGiver(forTarget, FoundSecret::Where::Query))
              .toLatin1();
    return exchange;
}

} // namespace pbw
