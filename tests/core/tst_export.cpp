// Export and import of a case: the case file round trip (byte for byte apart from the export
// time), broken and hostile files refused with the reason and nothing half-imported, a canary
// secret absent from every format, a hostile answer inert in the HTML report, HAR checked against
// the HAR 1.2 schema, and curl commands that send what the exchange sent, against a real server.
#include "analysis/verdict.h"
#include "export/casefile.h"
#include "export/curlscript.h"
#include "export/exportredaction.h"
#include "export/har.h"
#include "export/htmlreport.h"
#include "export/jsonspans.h"
#include "i18n/language.h"
#include "net/curlcommand.h"
#include "net/replayer.h"
#include "schemacheck.h"
#include "store/casestore.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pbw;
using namespace pbw::test;

namespace {

const QByteArray canary = "CANARY-7f3a";

Exchange exchangeOf(const QString& url, const QByteArray& body = {}, const HeaderList& headers = {},
                    const QByteArray& answer = "OK", const QByteArray& answerType = "text/plain")
{
    Exchange exchange;
    exchange.request.method = body.isEmpty() ? "GET" : "POST";
    exchange.request.input = url;
    exchange.request.url = url;
    exchange.request.target = url.mid(url.indexOf(u'/', 8)).toLatin1();
    exchange.request.headers = headers;
    exchange.request.body = body;
    exchange.timing.started = QDateTime(QDate(2026, 11, 30), QTime(8, 15, 2, 125), Qt::UTC);
    exchange.timing.firstByteMs = 12.5;
    exchange.timing.totalMs = 13.25;
    ReceivedResponse response;
    response.status = 200;
    response.reason = "OK";
    response.httpVersion = "1.1";
    response.headers = {{"Content-Type", answerType}, {"Set-Cookie", "sid=" + canary}};
    response.body = answer;
    response.text = QString::fromUtf8(answer);
    response.bodySize = answer.size();
    response.contentType = answerType;
    response.finalUrl = url;
    exchange.response = response;
    return exchange;
}

// A case with everything a case can hold, the canary in every place a secret goes.
qint64 fullCase(CaseStore& store)
{
    CaseRecord record;
    record.title = QStringLiteral("Offer 12 — MyNet <b>lead</b> & \"quotes\"");
    record.partner = QStringLiteral("MyNet");
    record.tracker = QStringLiteral("Keitaro");
    const qint64 id = store.createCase(record).value();
    const QString key = QString::fromLatin1(canary);
    const QList<QPair<StoredExchange::Role, Exchange>> exchanges{
        {StoredExchange::Role::Failing,
         exchangeOf(QStringLiteral("https://t.example/pb?subid={subid}&token=%1").arg(key), {},
                    {{"Authorization", "Bearer " + canary}, {"Cookie", "a=" + canary}},
                    R"({"status":"error","message":"Incorrect subid"})", "application/json")},
        {StoredExchange::Role::Other,
         exchangeOf(QStringLiteral("https://t.example/pb"), "subid=a1&password=" + canary,
                    {{"Content-Type", "application/x-www-form-urlencoded"}})},
        {StoredExchange::Role::TestCallback,
         exchangeOf(QStringLiteral("https://graph.example/v25.0/123/events"),
                    R"({"data":[{"event_name":"Lead"}],"access_token":")" + canary + R"("})",
                    {{"Content-Type", "application/json"}}, R"({"events_received":1})", "application/json")},
        {StoredExchange::Role::Corrected,
         exchangeOf(QStringLiteral("https://t.example/pb?subid=9f8e7d6c5b4a&token=%1").arg(key), {}, {},
                    R"({"status":"ok"})", "application/json")},
    };
    for (const auto& [role, exchange] : exchanges)
        store.addExchange(id, role, exchange, judgeExchange(exchange));
    const qint64 note = store.addNote(id, QStringLiteral("Partner: fixed on their side <script>x</script>")).value();
    Attachment confirmation;
    confirmation.caseId = id;
    confirmation.kind = Attachment::Kind::Confirmation;
    confirmation.title = QStringLiteral("Ticket 551");
    confirmation.text = QStringLiteral("We see conversion c-991.");
    const qint64 attachment = store.addAttachment(confirmation).value();
    Attachment file;
    file.caseId = id;
    file.kind = Attachment::Kind::File;
    file.title = QStringLiteral("log.bin");
    file.fileName = QStringLiteral("log.bin");
    file.content = QByteArray("\x00\x01\xff binary", 10);
    store.addAttachment(file).value();
    const QList<StoredExchange> saved = store.exchanges(id).value();
    ChecklistStep callback;
    callback.layer = ChecklistStep::Layer::Callback;
    callback.done = true;
    callback.who = QStringLiteral("anna");
    callback.exchangeId = saved.last().id;
    store.setChecklistStep(id, callback);
    ChecklistStep partner;
    partner.layer = ChecklistStep::Layer::Partner;
    partner.done = true;
    partner.who = QStringLiteral("anna");
    partner.attachmentId = attachment;
    store.setChecklistStep(id, partner);
    ChecklistStep templ;
    templ.layer = ChecklistStep::Layer::Template;
    templ.noteId = note;
    store.setChecklistStep(id, templ);
    return id;
}

QByteArray withoutExportTime(QByteArray file)
{
    static const QRegularExpression exported(QStringLiteral("\"exported\": \"[^\"]*\""));
    return QString::fromUtf8(file).replace(exported, QStringLiteral("\"exported\": \"\"")).toUtf8();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void caseFileRoundTripIsByteForByte();
    void refusesBrokenCaseFiles_data();
    void refusesBrokenCaseFiles();
    void importLandsWholeOrNotAtAll();
    void noSecretInAnyFormat();
    void markedValuesAndChoices();
    void hostileAnswerIsInertInTheReport();
    void harFollowsTheSchemaAndReadsBack();
    void readsABrowsersHar();
    void findsTheEntriesWithoutParsingAll_data();
    void findsTheEntriesWithoutParsingAll();
    void refusesBrokenHars_data();
    void refusesBrokenHars();
    void curlSendsWhatTheExchangeSent();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    qint64 m_case = 0;
};

void TestExport::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    m_store = std::move(CaseStore::open(m_dir.filePath(QStringLiteral("cases.sqlite"))).value());
    m_case = fullCase(*m_store);
}

void TestExport::caseFileRoundTripIsByteForByte()
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QByteArray first = writeCaseFile(*bundleOf(*m_store, m_case), at);
    const QString problems = schemaProblems(QStringLiteral("pbcase.schema.json"), first);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const auto read = readCaseFile(first);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
    QCOMPARE(read.value().exchanges.size(), 4);
    QCOMPARE(read.value().attachments.at(1).content, QByteArray("\x00\x01\xff binary", 10));

    QTemporaryDir other;
    auto colleague = std::move(CaseStore::open(other.filePath(QStringLiteral("colleague.sqlite"))).value());
    const qint64 imported = colleague->importCase(read.value()).value();
    const QByteArray second = writeCaseFile(*bundleOf(*colleague, imported), at);
    QCOMPARE(second, first);
    // Apart from the export time, whenever it is.
    const QByteArray third = writeCaseFile(*bundleOf(*colleague, imported), at.addSecs(3600));
    QVERIFY(third != first);
    QCOMPARE(withoutExportTime(third), withoutExportTime(first));

    // The evidence still points at the right things in the other store.
    const QList<ChecklistStep> steps = colleague->checklist(imported).value();
    QCOMPARE(steps.at(int(ChecklistStep::Layer::Callback)).exchangeId,
             colleague->exchanges(imported).value().last().id);
    QCOMPARE(steps.at(int(ChecklistStep::Layer::Partner)).attachmentId,
             colleague->attachments(imported).value().first().id);
    QCOMPARE(steps.at(int(ChecklistStep::Layer::Template)).noteId, colleague->notes(imported).value().first().id);
    QCOMPARE(colleague->search(QStringLiteral("c-991")).value(), QList<qint64>{imported});
}

void TestExport::refusesBrokenCaseFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    const QByteArray good = writeCaseFile(*bundleOf(*m_store, m_case), QDateTime::currentDateTimeUtc());
    const auto changed = [&](const QString& from, const QString& to) {
        return QString::fromUtf8(good).replace(from, to).toUtf8();
    };
    using Kind = ImportProblem::Kind;
    QTest::newRow("not JSON") << QByteArray("these are my notes") << int(Kind::NotJson);
    QTest::newRow("truncated") << good.left(good.size() / 2) << int(Kind::NotJson);
    QTest::newRow("deeply nested") << (QByteArray(100'000, '[') + QByteArray(100'000, ']')) << int(Kind::NotJson);
    QTest::newRow("another JSON") << QByteArray(R"({"log":{"entries":[]}})") << int(Kind::NotACaseFile);
    QTest::newRow("newer version") << changed(QStringLiteral("\"version\": 1"), QStringLiteral("\"version\": 7"))
                                   << int(Kind::NewerVersion);
    QTest::newRow("title is a number") << changed(QStringLiteral("\"title\": \"Offer 12"),
                                                  QStringLiteral("\"title\": 12, \"x\": \"Offer 12"))
                                       << int(Kind::BadField);
    QTest::newRow("unknown role") << changed(QStringLiteral("\"role\": \"failing\""),
                                             QStringLiteral("\"role\": \"boss\""))
                                  << int(Kind::BadField);
    QTest::newRow("evidence out of range")
        << changed(QStringLiteral("\"attachment\": 1"), QStringLiteral("\"attachment\": 99")) << int(Kind::BadField);
    QTest::newRow("broken base64") << changed(QStringLiteral("\"content_base64\": \""),
                                              QStringLiteral("\"content_base64\": \"!!!"))
                                   << int(Kind::BadBase64);
    QTest::newRow("exchanges not a list")
        << QByteArray(R"({"format":"postback-workbench-case","version":1,"case":{"title":"t","offer":"","partner":"",)"
                      R"("tracker":"","status":"open","created":"2026-11-30T08:00:00.000Z","updated":)"
                      R"("2026-11-30T08:00:00.000Z"},"exchanges":{},"notes":[],"attachments":[],"checklist":[]})")
        << int(Kind::BadField);
}

void TestExport::refusesBrokenCaseFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    const auto read = readCaseFile(bytes);
    QVERIFY(!read);
    QCOMPARE(int(read.error().kind), kind);
    QVERIFY(!read.error().message().isEmpty());
}

void TestExport::importLandsWholeOrNotAtAll()
{
    CaseBundle bundle = *bundleOf(*m_store, m_case);
    Attachment huge;
    huge.kind = Attachment::Kind::File;
    huge.title = QStringLiteral("too big");
    huge.content = QByteArray(CaseStore::maxAttachmentBytes + 1, 'x');
    huge.added = QDateTime::currentDateTimeUtc();
    bundle.attachments.append(huge);
    const int before = int(m_store->cases().value().size());
    QVERIFY(!m_store->importCase(bundle));
    QCOMPARE(int(m_store->cases().value().size()), before);

    // Markup in fields is text: it lands as written.
    CaseBundle marked = *bundleOf(*m_store, m_case);
    marked.record.title = QStringLiteral("<img src=x onerror=alert(1)>");
    const qint64 id = m_store->importCase(marked).value();
    QCOMPARE(m_store->caseById(id)->title, QStringLiteral("<img src=x onerror=alert(1)>"));
    QVERIFY(m_store->deleteCase(id));

    // The same case imported into the store that has it is told apart by its title.
    const CaseBundle again = *bundleOf(*m_store, m_case);
    const qint64 copy = m_store->importCase(again).value();
    QCOMPARE(m_store->caseById(copy)->title, again.record.title + QStringLiteral(" (imported)"));
    QVERIFY(m_store->deleteCase(copy));
}

void TestExport::noSecretInAnyFormat()
{
    const CaseBundle bundle = redactedForExport(*bundleOf(*m_store, m_case), m_store->secretNames());
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QList<QPair<QString, QByteArray>> outputs{{QStringLiteral("case"), writeCaseFile(bundle, at)},
                                                    {QStringLiteral("har"), writeHar(bundle)},
                                                    {QStringLiteral("html"), htmlReport(bundle, at).toUtf8()},
                                                    {QStringLiteral("curl"), curlScript(bundle).toUtf8()}};
    for (const auto& [format, bytes] : outputs) {
        QVERIFY2(!bytes.contains(canary), qPrintable(format));
        QVERIFY2(bytes.contains(redactedMark), qPrintable(format)); // the partner sees a value was there
    }
    // Nor does the store hold it, so nothing else can leak it.
    QFile file(m_store->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(canary));
}

void TestExport::markedValuesAndChoices()
{
    // A name the user added after saving: found now, redacted unless the user leaves it.
    CaseBundle bundle = *bundleOf(*m_store, m_case);
    const SecretNames names({QStringLiteral("subid")});
    const QList<RedactionItem> items = redactionItems(bundle, names);
    qsizetype firstNew = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).removedWhenSaved && firstNew < 0)
            firstNew = i;
    }
    QVERIFY(firstNew > 0);
    QCOMPARE(items.at(firstNew).name, QStringLiteral("subid"));
    const CaseBundle all = redactedForExport(bundle, names);
    QVERIFY(!writeHar(all).contains("9f8e7d6c5b4a"));
    const CaseBundle leftOne = redactedForExport(bundle, names, {}, {firstNew});
    QVERIFY(writeHar(leftOne).contains("subid=%7Bsubid%7D") || writeHar(leftOne).contains("subid={subid}"));

    // A value the user marks goes wherever it is: answers, notes, attachments.
    const CaseBundle marked = redactedForExport(bundle, m_store->secretNames(), {QStringLiteral("c-991")});
    const QByteArray file = writeCaseFile(marked, QDateTime::currentDateTimeUtc());
    QVERIFY(!file.contains("c-991"));
    // Nothing asked for: the untouched exchanges keep their bytes.
    QCOMPARE(redactedForExport(bundle, m_store->secretNames()).exchanges.first().data, bundle.exchanges.first().data);
}

void TestExport::hostileAnswerIsInertInTheReport()
{
    QTemporaryDir dir;
    auto store = std::move(CaseStore::open(dir.filePath(QStringLiteral("hostile.sqlite"))).value());
    CaseRecord record;
    record.title = QStringLiteral("</title><script>alert('title')</script>");
    const qint64 id = store->createCase(record).value();
    const QByteArray hostile = "<script>alert(1)</script><img src=x onerror=alert(2)></textarea></pre>"
                               "<a href=\"javascript:alert(3)\">x</a>\xff\xfe broken \xc3";
    Exchange failing
        = exchangeOf(QStringLiteral("https://t.example/pb?subid=<svg/onload=alert(4)>"), {}, {}, hostile, "text/html");
    Exchange corrected = exchangeOf(QStringLiteral("https://t.example/pb?subid=ok"), {}, {}, "ok");
    store->addExchange(id, StoredExchange::Role::Failing, failing, judgeExchange(failing));
    store->addExchange(id, StoredExchange::Role::Corrected, corrected, judgeExchange(corrected));
    store->addNote(id, QStringLiteral("<style>body{display:none}</style>"));

    const QString html = htmlReport(*bundleOf(*store, id), QDateTime::currentDateTimeUtc());
    QVERIFY(html.contains(QStringLiteral("script-src 'none'")));
    QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
    // Only the report's own style element; no element or attribute came from the case.
    QCOMPARE(html.count(QStringLiteral("<script")), 0);
    QCOMPARE(html.count(QStringLiteral("<style")), 1);
    QCOMPARE(html.count(QStringLiteral("<img")), 0);
    QCOMPARE(html.count(QStringLiteral("<svg")), 0);
    QCOMPARE(html.count(QStringLiteral("</textarea")), 0);
    QCOMPARE(html.count(QStringLiteral("<a ")), 0);
    QVERIFY(!QRegularExpression(QStringLiteral("<[^>]*\\son\\w+=")).match(html).hasMatch());
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;/title&gt;&lt;script&gt;")));
    QVERIFY(html.contains(QStringLiteral("HTTP/1.1 200 OK")));
    QVERIFY(!html.contains(QStringLiteral("HTTP/HTTP/")));
}

void TestExport::harFollowsTheSchemaAndReadsBack()
{
    const CaseBundle bundle = redactedForExport(*bundleOf(*m_store, m_case), m_store->secretNames());
    const QByteArray har = writeHar(bundle);
    const QJsonObject log = QJsonDocument::fromJson(har).object().value(QStringLiteral("log")).toObject();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 4);
    const QJsonObject first = entries.first().toObject();
    QVERIFY(first.value(QStringLiteral("comment")).toString().contains(QStringLiteral("Failing")));
    QCOMPARE(first.value(QStringLiteral("startedDateTime")).toString(), QStringLiteral("2026-11-30T08:15:02.125Z"));
    QCOMPARE(first.value(QStringLiteral("response")).toObject().value(QStringLiteral("httpVersion")).toString(),
             QStringLiteral("HTTP/1.1"));
    const QJsonArray query
        = first.value(QStringLiteral("request")).toObject().value(QStringLiteral("queryString")).toArray();
    QCOMPARE(query.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("subid"));

    // The peer: the HAR 1.2 JSON Schema, checked by python3-jsonschema.
    const QString problems = schemaProblems(QStringLiteral("har-1.2.schema.json"), har);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // And back: the entries read as exchanges again.
    const auto read = readHar(har);
    QVERIFY(read);
    QCOMPARE(read.value().size(), 4);
    QCOMPARE(read.value().at(2).exchange.request.method, QByteArray("POST"));
    QCOMPARE(read.value().first().exchange.response->status, 200);
    QCOMPARE(read.value().first().exchange.request.target,
             bundle.exchanges.isEmpty() ? QByteArray() : read.value().first().exchange.request.target);
}

void TestExport::readsABrowsersHar()
{
    QFile file(QStringLiteral(PBW_SOURCE_DIR "/tests/data/chromium.har"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto read = readHar(file.readAll());
    QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
    QVERIFY(!read.value().isEmpty());
    for (const HarEntry& entry : read.value()) {
        QVERIFY(!entry.exchange.request.url.isEmpty());
        QCOMPARE(entry.exchange.response->httpVersion, QByteArray("HTTP/1.1")); // as a replay records it
        for (const auto& header : entry.exchange.request.headers)
            QVERIFY(!header.first.startsWith(':')); // HTTP/2 pseudo-headers are not replayed
    }
}

void TestExport::findsTheEntriesWithoutParsingAll_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("found"); // -1: not JSON, -2: no such array, else how many elements
    QTest::addColumn<QByteArray>("first");
    QTest::newRow("plain") << QByteArray(R"({"log":{"entries":[{"a":1},{"b":[2,3]}]}})") << 2
                           << QByteArray(R"({"a":1})");
    QTest::newRow("spaces and other keys first") << QByteArray(
        "{ \"x\": {\"entries\": [9]},\n \"log\" : { \"pages\": [], \"entries\" : [ \"s\" , {\"c\":\"]}\"} ] } }")
                                                 << 2 << QByteArray(R"("s")");
    QTest::newRow("key text inside strings")
        << QByteArray(R"({"log":{"comment":"\"entries\":[1,2]","entries":[{"u":"a\\\"b"}]}})") << 1
        << QByteArray(R"({"u":"a\\\"b"})");
    QTest::newRow("empty") << QByteArray(R"({"log":{"entries":[]}})") << 0 << QByteArray();
    QTest::newRow("entries at the root") << QByteArray(R"({"entries":[1]})") << -2 << QByteArray();
    QTest::newRow("cut short") << QByteArray(R"({"log":{"entries":[{"a":1})") << -1 << QByteArray();
    QTest::newRow("unterminated string") << QByteArray(R"({"log":{"entries":["abc]}})") << -1 << QByteArray();
    QTest::newRow("mismatched") << QByteArray(R"({"log":{"entries":[}]})") << -1 << QByteArray();
    QTest::newRow("trailing garbage") << QByteArray(R"({"log":{"entries":[1]}} x)") << -1 << QByteArray();
    QTest::newRow("not JSON") << QByteArray("<html>") << -1 << QByteArray();
    QTest::newRow("too deep") << (QByteArray(1000, '[') + QByteArray(1000, ']')) << -1 << QByteArray();
}

void TestExport::findsTheEntriesWithoutParsingAll()
{
    QFETCH(QByteArray, json);
    QFETCH(int, found);
    QFETCH(QByteArray, first);
    const auto spans = arrayElementSpans(json, {"log", "entries"});
    if (found == -1) {
        QVERIFY(!spans);
        return;
    }
    QVERIFY(spans);
    QCOMPARE(spans->found, found >= 0);
    if (found < 0)
        return;
    QCOMPARE(spans->elements.size(), found);
    if (found > 0)
        QCOMPARE(json.mid(spans->elements.first().first, spans->elements.first().second), first);
}

void TestExport::refusesBrokenHars_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    using Kind = ImportProblem::Kind;
    QTest::newRow("not JSON") << QByteArray("<html>") << int(Kind::NotJson);
    QTest::newRow("no entries") << QByteArray(R"({"log":{}})") << int(Kind::NotHar);
    QTest::newRow("empty") << QByteArray(R"({"log":{"entries":[]}})") << int(Kind::Empty);
    QTest::newRow("entry without URL") << QByteArray(R"({"log":{"entries":[{"request":{"method":"GET"}}]}})")
                                       << int(Kind::NoRequest);
    QTest::newRow("wrong types") << QByteArray(
        R"({"log":{"entries":[{"request":{"method":7,"url":["x"]},"response":"no"}]}})")
                                 << int(Kind::NoRequest);
    // JSON whose entries are not requests: not "not JSON".
    QTest::newRow("entries that are not objects")
        << QByteArray(R"({"log":{"entries":[null, 1, "x"]}})") << int(Kind::NoRequest);
    QTest::newRow("answer declared base64 is not")
        << QByteArray(R"({"log":{"entries":[{"request":{"method":"GET","url":"https://a.example/"},"response":)"
                      R"({"status":200,"content":{"mimeType":"image/png","encoding":"base64","text":"%%%"}}}]}})")
        << int(Kind::BadBase64);
}

void TestExport::refusesBrokenHars()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    const auto read = readHar(bytes);
    QVERIFY(!read);
    QCOMPARE(int(read.error().kind), kind);
}

void TestExport::curlSendsWhatTheExchangeSent()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    TestServer server;
    QVERIFY(server.listen());
    Replayer replayer;
    ReplayRequest request;
    request.method = "POST";
    // Braces, brackets, an encoded #, a raw non-ASCII byte, a body with quotes and a newline.
    request.url = server.baseUrl() + QStringLiteral("/pb?subid={subid}&list[]=1&h=%23x&n=Иван&q='\"");
    request.headers = {{"X-Partner", "it's \"quoted\""}, {"Content-Type", "application/json"}};
    request.body = "{\"a\": \"it's\",\n \"b\": \"$HOME `id`\"}";
    std::optional<Exchange> done;
    connect(&replayer, &Replayer::finished, this, [&](Replayer::Id, const Exchange& exchange) { done = exchange; });
    QVERIFY(replayer.send(request));
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10'000);
    const Exchange exchange = *done;
    QCOMPARE(server.requests().size(), 1);
    const RecordedRequest original = server.requests().first();

    QProcess bash;
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("-c"), curlCommandFor(exchange.request) + QStringLiteral(" -s -o /dev/null")});
    // The server answers on this thread's event loop: wait without blocking it.
    QTRY_VERIFY_WITH_TIMEOUT(bash.state() == QProcess::NotRunning, 30'000);
    QCOMPARE(bash.exitCode(), 0);
    QTRY_COMPARE(server.requests().size(), 2);
    const RecordedRequest again = server.requests().at(1);
    QCOMPARE(again.requestLine, original.requestLine);
    QCOMPARE(again.body, original.body);
    QCOMPARE(again.header("x-partner"), original.header("x-partner"));
    QCOMPARE(again.header("content-type"), original.header("content-type"));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
