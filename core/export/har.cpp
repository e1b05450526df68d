#include "export/har.h"

#include "analysis/verdict.h"
#include "export/casefile.h"
#include "export/importfile.h"
#include "export/jsonspans.h"
#include "io/exchangejson.h"
#include "text/casetext.h"
#include "text/saidtext.h"
#include "text/verdicttext.h"
#include "url/rawurl.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <cmath>

namespace pbw {

namespace {

QJsonArray nameValues(const HeaderList& headers)
{
    QJsonArray array;
    for (const auto& [name, value] : headers)
        array.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                 {QStringLiteral("value"), QString::fromUtf8(value)}});
    return array;
}

// The query as it is in the URL: names and values still encoded, in order. The query starts at the
// first '?' (as the redactor reads it), so what the redactor took out is what this lists.
QJsonArray queryString(const QString& url)
{
    QJsonArray array;
    const RawUrl raw = readRawUrl(url, {.query = RawUrlReading::Query::FirstQuestionMark, .decode = std::nullopt});
    for (const RawPair& pair : raw.pairs) {
        if (pair.whole.length > 0)
            array.append(QJsonObject{{QStringLiteral("name"), pair.key.in(url).toString()},
                                     {QStringLiteral("value"), pair.value.in(url).toString()}});
    }
    return array;
}

double rounded(double ms)
{
    return std::round(ms * 1000) / 1000;
}

QString httpVersion(const QByteArray& version)
{
    if (version.isEmpty())
        return QStringLiteral("HTTP/1.1");
    return version.startsWith("HTTP/") ? QString::fromLatin1(version)
                                       : QStringLiteral("HTTP/") + QString::fromLatin1(version);
}

QJsonObject entryOf(const StoredExchange& stored)
{
    const Exchange exchange = stored.exchange();
    const SentRequest& request = exchange.request;
    const QByteArray requestType = headerValue(request.headers, "content-type");

    QJsonObject harRequest{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                           {QStringLiteral("url"), request.url},
                           {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                           {QStringLiteral("cookies"), QJsonArray()},
                           {QStringLiteral("headers"), nameValues(request.headers)},
                           {QStringLiteral("queryString"), queryString(request.url)},
                           {QStringLiteral("headersSize"), -1},
                           {QStringLiteral("bodySize"), request.body.size()}};
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT")
        harRequest.insert(QStringLiteral("postData"),
                          QJsonObject{{QStringLiteral("mimeType"), QString::fromLatin1(requestType)},
                                      {QStringLiteral("text"), QString::fromUtf8(request.body)}});

    QJsonObject harResponse;
    if (exchange.response) {
        const ReceivedResponse& response = *exchange.response;
        QJsonObject content{{QStringLiteral("size"), response.bodySize >= 0 ? response.bodySize : response.body.size()},
                            {QStringLiteral("mimeType"), QString::fromLatin1(response.contentType)}};
        if (response.isBinary) {
            content.insert(QStringLiteral("text"), QString::fromLatin1(response.body.toBase64()));
            content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
        } else {
            content.insert(QStringLiteral("text"), response.text);
        }
        if (response.truncated)
            content.insert(QStringLiteral("comment"),
                           QCoreApplication::translate("pbw::Har", "Only the first %1 bytes of the body were kept.")
                               .arg(response.body.size()));
        harResponse
            = QJsonObject{{QStringLiteral("status"), response.status},
                          {QStringLiteral("statusText"), QString::fromLatin1(response.reason)},
                          {QStringLiteral("httpVersion"), httpVersion(response.httpVersion)},
                          {QStringLiteral("cookies"), QJsonArray()},
                          {QStringLiteral("headers"), nameValues(response.headers)},
                          {QStringLiteral("content"), content},
                          {QStringLiteral("redirectURL"), QString::fromUtf8(headerValue(response.headers, "location"))},
                          {QStringLiteral("headersSize"), -1},
                          {QStringLiteral("bodySize"), response.bodySize}};
    } else {
        // No answer: HAR still wants a response; browsers write status 0 and their error.
        harResponse = QJsonObject{{QStringLiteral("status"), 0},
                                  {QStringLiteral("statusText"), QString()},
                                  {QStringLiteral("httpVersion"), QString()},
                                  {QStringLiteral("cookies"), QJsonArray()},
                                  {QStringLiteral("headers"), QJsonArray()},
                                  {QStringLiteral("content"),
                                   QJsonObject{{QStringLiteral("size"), 0}, {QStringLiteral("mimeType"), QString()}}},
                                  {QStringLiteral("redirectURL"), QString()},
                                  {QStringLiteral("headersSize"), -1},
                                  {QStringLiteral("bodySize"), -1},
                                  {QStringLiteral("_error"), exchange.error ? exchange.error->message() : QString()}};
    }

    const double total = exchange.timing.totalMs >= 0 ? exchange.timing.totalMs : 0;
    const double wait = exchange.timing.firstByteMs >= 0 ? exchange.timing.firstByteMs : total;
    const QJsonObject timings{{QStringLiteral("blocked"), -1},
                              {QStringLiteral("dns"), -1},
                              {QStringLiteral("connect"), -1},
                              {QStringLiteral("ssl"), -1},
                              {QStringLiteral("send"), 0},
                              {QStringLiteral("wait"), rounded(wait)},
                              {QStringLiteral("receive"), rounded(std::max(0.0, total - wait))}};

    const Verdict verdict = judgeExchange(exchange);
    QString comment = QCoreApplication::translate("pbw::Har", "Exchange %1 · %2 · %3")
                          .arg(stored.number > 0 ? stored.number : stored.id)
                          .arg(roleName(stored.role), verdictHeadline(verdict));
    const QString note = shownNote(stored);
    if (!note.isEmpty())
        comment += QStringLiteral(" · ") + note;
    return QJsonObject{{QStringLiteral("startedDateTime"), exchange.timing.started.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("time"), rounded(total)},
                       {QStringLiteral("request"), harRequest},
                       {QStringLiteral("response"), harResponse},
                       {QStringLiteral("cache"), QJsonObject()},
                       {QStringLiteral("timings"), timings},
                       {QStringLiteral("comment"), comment},
                       // Custom fields (HAR 1.2 allows names starting with "_"): the case's own words,
                       // so that importing this file gives each exchange its role and note back.
                       {QStringLiteral("_role"), roleKey(stored.role)},
                       {QStringLiteral("_note"), note}};
}

HeaderList headersFrom(const QJsonArray& array)
{
    HeaderList headers;
    for (const QJsonValue& value : array) {
        const QJsonObject header = value.toObject();
        const QString name = header.value(QStringLiteral("name")).toString();
        // HTTP/2 pseudo-headers (":authority"…) are not headers a replay sends.
        if (name.isEmpty() || name.startsWith(u':'))
            continue;
        headers.append({name.toLatin1(), header.value(QStringLiteral("value")).toString().toUtf8()});
    }
    return headers;
}

double msOrMinus(const QJsonValue& value)
{
    return value.isDouble() && value.toDouble() >= 0 ? value.toDouble() : -1;
}

// What one entry gives: an exchange, a reason to leave it out, or a problem that refuses the file.
struct EntryRead
{
    std::optional<HarEntry> entry;
    QString leftOut;
    std::optional<ImportProblem> problem;
};

QString bodyTooLarge()
{
    return QCoreApplication::translate("pbw::Har", "a body larger than %1 MB").arg(maxImportBodyBytes >> 20);
}

EntryRead exchangeOf(const QJsonObject& entry, qsizetype index)
{
    const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
    const QString url = request.value(QStringLiteral("url")).toString();
    const QUrl parsed(url);
    if (request.value(QStringLiteral("method")).toString().isEmpty() || !parsed.isValid() || parsed.scheme().isEmpty())
        return {std::nullopt, QCoreApplication::translate("pbw::Har", "not a request (no method, or no URL)"), {}};
    HarEntry out;
    Exchange& exchange = out.exchange;
    SentRequest& sent = exchange.request;
    sent.method = request.value(QStringLiteral("method")).toString().toLatin1();
    sent.input = url;
    sent.url = url;
    sent.target = parsed.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (sent.target.isEmpty())
        sent.target = "/";
    sent.headers = headersFrom(request.value(QStringLiteral("headers")).toArray());
    const QJsonObject post = request.value(QStringLiteral("postData")).toObject();
    if (post.contains(QStringLiteral("text"))) {
        sent.body = post.value(QStringLiteral("text")).toString().toUtf8();
        sent.body.squeeze();
    } else if (post.value(QStringLiteral("params")).isArray()) {
        QStringList pairs;
        for (const QJsonValue& param : post.value(QStringLiteral("params")).toArray())
            pairs.append(param.toObject().value(QStringLiteral("name")).toString() + u'='
                         + param.toObject().value(QStringLiteral("value")).toString());
        sent.body = pairs.join(u'&').toUtf8();
    }
    if (sent.body.size() > maxImportBodyBytes)
        return {std::nullopt, bodyTooLarge(), {}};

    exchange.timing.started
        = QDateTime::fromString(entry.value(QStringLiteral("startedDateTime")).toString(), Qt::ISODateWithMs).toUTC();
    exchange.timing.totalMs = msOrMinus(entry.value(QStringLiteral("time")));
    const QJsonObject timings = entry.value(QStringLiteral("timings")).toObject();
    double beforeFirstByte = 0;
    for (const char* part : {"blocked", "dns", "connect", "send", "wait"})
        beforeFirstByte += std::max(0.0, msOrMinus(timings.value(QLatin1String(part))));
    exchange.timing.firstByteMs = timings.isEmpty() ? -1 : beforeFirstByte;

    const QJsonObject response = entry.value(QStringLiteral("response")).toObject();
    const int status = response.value(QStringLiteral("status")).toInt();
    if (status > 0) {
        ReceivedResponse received;
        received.status = status;
        received.reason = response.value(QStringLiteral("statusText")).toString().toLatin1();
        // As the exchanges this program records it: "HTTP/1.1" (browsers also write "http/1.1", "h2").
        received.httpVersion = response.value(QStringLiteral("httpVersion")).toString().toLatin1();
        if (received.httpVersion.toLower().startsWith("http/"))
            received.httpVersion = "HTTP/" + received.httpVersion.mid(5);
        received.headers = headersFrom(response.value(QStringLiteral("headers")).toArray());
        const QJsonObject content = response.value(QStringLiteral("content")).toObject();
        received.contentType = content.value(QStringLiteral("mimeType")).toString().toLatin1();
        const QString text = content.value(QStringLiteral("text")).toString();
        if (content.value(QStringLiteral("encoding")).toString() == QLatin1String("base64")) {
            auto decoded = strictBase64(text);
            if (!decoded)
                return {std::nullopt,
                        {},
                        ImportProblem::of(ImportProblem::Kind::BadBase64,
                                          QStringLiteral("log.entries[%1].response.content.text").arg(index))};
            received.body = std::move(*decoded);
            received.isBinary = true;
        } else {
            received.body = text.toUtf8();
            received.body.squeeze(); // toUtf8 reserves three bytes a character: 3× the memory per answer
            received.text = text;
        }
        if (received.body.size() > maxImportBodyBytes)
            return {std::nullopt, bodyTooLarge(), {}};
        received.bodySize = content.value(QStringLiteral("size")).toInteger(received.body.size());
        received.finalUrl = url;
        exchange.response = received;
    } else {
        TransportError error;
        error.detail = response.value(QStringLiteral("_error")).toString();
        exchange.error = error;
    }
    out.comment = entry.value(QStringLiteral("comment")).toString().left(maxImportTextChars);
    out.role = roleFromKey(entry.value(QStringLiteral("_role")).toString());
    if (entry.value(QStringLiteral("_note")).isString())
        out.note = entry.value(QStringLiteral("_note")).toString().left(maxImportTextChars);
    return {std::move(out), {}, {}};
}

} // namespace

QByteArray writeHar(const CaseBundle& bundle)
{
    QJsonArray entries;
    for (const StoredExchange& stored : bundle.exchanges)
        entries.append(entryOf(stored));
    const QJsonObject log{{QStringLiteral("version"), QStringLiteral("1.2")},
                          {QStringLiteral("creator"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Postback Workbench")},
                                       {QStringLiteral("version"), QCoreApplication::applicationVersion()}}},
                          {QStringLiteral("entries"), entries},
                          {QStringLiteral("comment"), bundle.record.title}};
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson(QJsonDocument::Indented);
}

JsonSplitter::Take HarParts::take(const JsonSplitter::Path& where, char first)
{
    using Take = JsonSplitter::Take;
    if (m_problem || where.isEmpty() || where.first().key != "log")
        return {Take::Skip, 0};
    if (where.size() == 1) {
        m_log = first == '{';
        return {m_log ? Take::Descend : Take::Skip, 0};
    }
    if (where.at(1).key != "entries")
        return {Take::Skip, 0};
    if (where.size() == 2) {
        m_entries = first == '[';
        return {m_entries ? Take::Descend : Take::Skip, 0};
    }
    // One entry: its two bodies at their limit, escaped or in base64.
    return {where.size() == 3 ? Take::Whole : Take::Skip, 64 << 20};
}

void HarParts::add(const JsonSplitter::Path& where, const QByteArray& json)
{
    if (m_problem)
        return;
    const qsizetype index = where.at(2).index;
    const QJsonDocument entry = QJsonDocument::fromJson(json);
    if (!entry.isObject()) {
        m_file.leftOut.append({index, QCoreApplication::translate("pbw::Har", "not a request (not a JSON object)")});
        return;
    }
    EntryRead read = exchangeOf(entry.object(), index);
    if (read.problem)
        m_problem = read.problem;
    else if (read.entry)
        m_file.entries.append(std::move(*read.entry));
    else
        m_file.leftOut.append({index, read.leftOut});
}

Result<HarFile, ImportProblem> HarParts::finish()
{
    if (!m_log || !m_entries)
        return ImportProblem::of(ImportProblem::Kind::NotHar);
    if (m_problem)
        return *m_problem;
    if (m_file.entries.isEmpty() && m_file.leftOut.isEmpty())
        return ImportProblem::of(ImportProblem::Kind::Empty);
    if (m_file.entries.isEmpty())
        return ImportProblem::of(
            ImportProblem::Kind::NoRequest,
            QStringLiteral("log.entries[%1]: %2").arg(m_file.leftOut.first().index).arg(m_file.leftOut.first().reason));
    return std::move(m_file);
}

Result<QList<HarEntry>, ImportProblem> readHar(QByteArray bytes)
{
    auto read = importBytes(bytes);
    bytes = QByteArray();
    if (!read) {
        using Kind = ImportProblem::Kind;
        if (read.error().kind == Kind::NotOurs || read.error().kind == Kind::NotACaseFile)
            return ImportProblem::of(Kind::NotHar);
        return read.error();
    }
    if (read->kind != ImportedFile::Kind::Har)
        return ImportProblem::of(ImportProblem::Kind::NotHar);
    return std::move(read->har.entries);
}

} // namespace pbw
