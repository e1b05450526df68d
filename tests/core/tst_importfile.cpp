// The one reader of files to import (export/importfile.h): a case file or a HAR told apart by the
// root's keys and read a chunk at a time, whatever the chunks' edges; hostile parts refused with the
// part named (bodies declared base64 that are not, an attached file that does not match its SHA-256,
// fields over their limit); a HAR's entries that are not requests left out and said; progress and
// Cancel; a HAR's requests prepared off the caller's thread and written in one transaction.
#include "analysis/verdict.h"
#include "export/casefile.h"
#include "export/har.h"
#include "export/importfile.h"
#include "export/jsonspans.h"
#include "i18n/language.h"
#include "store/casestore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pbw;

namespace {

Exchange answered(const QString& url)
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.input = url;
    exchange.request.url = url;
    exchange.request.target = url.mid(url.indexOf(u'/', 8)).toLatin1();
    exchange.timing.started = QDateTime(QDate(2026, 11, 30), QTime(8, 15, 2), Qt::UTC);
    ReceivedResponse response;
    response.status = 200;
    response.reason = "OK";
    response.httpVersion = "1.1";
    response.body = "OK";
    response.text = QStringLiteral("OK");
    response.bodySize = 2;
    response.contentType = "text/plain";
    exchange.response = response;
    return exchange;
}

QByteArray entry(const QString& url)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("request"),
                            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                        {QStringLiteral("url"), url},
                                        {QStringLiteral("headers"), QJsonArray()}}},
                           {QStringLiteral("response"),
                            QJsonObject{{QStringLiteral("status"), 200},
                                        {QStringLiteral("content"),
                                         QJsonObject{{QStringLiteral("mimeType"), QStringLiteral("text/plain")},
                                                     {QStringLiteral("text"), QStringLiteral("OK")}}}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray harOf(const QByteArrayList& entries)
{
    return R"({"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[)" + entries.join(',') + "]}}";
}

// A QIODevice that hands its bytes over a few at a time, as a pipe would.
class Trickle : public QIODevice
{
public:
    Trickle(QByteArray bytes, qint64 step)
        : m_bytes(std::move(bytes))
        , m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        const qint64 n = std::min({max, m_step, qint64(m_bytes.size()) - m_at});
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_step;
    qint64 m_at = 0;
};

} // namespace

class TestImportFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void splitsTheSameWhateverTheChunks();
    void splitterRefusesWhatIsNotJson_data();
    void splitterRefusesWhatIsNotJson();
    void tellsTheFormatsApart();
    void harEntriesThatAreNotRequestsAreLeftOut();
    void harBodyThatIsNotBase64IsRefused();
    void hostileCaseFiles_data();
    void hostileCaseFiles();
    void aLargePartStopsTheReadingEarly();
    void progressAndCancel();
    void harRequestsIntoACaseInOneTransaction();
    void aLargeHarIsWrittenInBatches();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    qint64 m_case = 0;
    QJsonObject m_caseFile; // a good case file: an exchange, a pasted text and an attached file
};

void TestImportFile::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    m_store = std::move(CaseStore::open(m_dir.filePath(QStringLiteral("cases.sqlite"))).value());
    CaseRecord record;
    record.title = QStringLiteral("Offer 3");
    m_case = m_store->createCase(record).value();
    const Exchange exchange = answered(QStringLiteral("https://t.example/pb?subid=1&token=SECRET-1"));
    QVERIFY(m_store->addExchange(m_case, StoredExchange::Role::Failing, exchange, judgeExchange(exchange)));
    Attachment text;
    text.caseId = m_case;
    text.kind = Attachment::Kind::Confirmation;
    text.title = QStringLiteral("Ticket");
    text.text = QStringLiteral("seen");
    QVERIFY(m_store->addAttachment(text));
    Attachment file;
    file.caseId = m_case;
    file.kind = Attachment::Kind::File;
    file.title = QStringLiteral("log.bin");
    file.fileName = QStringLiteral("log.bin");
    file.content = QByteArray("\x00\x01\xff binary", 10);
    QVERIFY(m_store->addAttachment(file));
    m_caseFile
        = QJsonDocument::fromJson(writeCaseFile(*bundleOf(*m_store, m_case), QDateTime::currentDateTimeUtc())).object();
    QVERIFY(!m_caseFile.isEmpty());
}

void TestImportFile::splitsTheSameWhateverTheChunks()
{
    const QByteArray json = R"( {"a": [1, -2.5e3, "x\"]}", {"b": [true, false, null]}, []], "skip": {"c": "d"},)"
                            R"( "log": {"entries": [{"u": "\\"}, "s", 7, {}]}} )";
    const auto split = [&](qsizetype step) {
        QStringList found;
        JsonSplitter splitter(
            [](const JsonSplitter::Path& where, char) -> JsonSplitter::Take {
                if (where.size() <= 1)
                    return {where.isEmpty() || where.first().key != "skip" ? JsonSplitter::Take::Descend
                                                                           : JsonSplitter::Take::Skip,
                            0};
                if (where.size() == 2 && where.first().key == "log")
                    return {JsonSplitter::Take::Descend, 0};
                return {JsonSplitter::Take::Whole, 1024};
            },
            [&](const JsonSplitter::Path& where, QByteArray value) {
                found.append(QString::fromUtf8(where.first().key) + u'/' + QString::number(where.last().index) + u'='
                             + QString::fromUtf8(value));
                return true;
            });
        bool ok = true;
        for (qsizetype at = 0; at < json.size(); at += step)
            ok = ok && splitter.feed(QByteArrayView(json).sliced(at, std::min(step, json.size() - at)));
        if (!ok || !splitter.finish())
            found.append(QStringLiteral("not read"));
        return found;
    };
    const QStringList whole = split(json.size());
    QCOMPARE(whole,
             (QStringList{QStringLiteral("a/0=1"), QStringLiteral("a/1=-2.5e3"), QStringLiteral("a/2=\"x\\\"]}\""),
                          QStringLiteral("a/3={\"b\": [true, false, null]}"), QStringLiteral("a/4=[]"),
                          QStringLiteral("log/0={\"u\": \"\\\\\"}"), QStringLiteral("log/1=\"s\""),
                          QStringLiteral("log/2=7"), QStringLiteral("log/3={}")}));
    for (const qsizetype step : {1, 2, 3, 7})
        QCOMPARE(split(step), whole);
}

void TestImportFile::splitterRefusesWhatIsNotJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("cut short") << QByteArray(R"({"a":[1,2)");
    QTest::newRow("trailing garbage") << QByteArray(R"({"a":1} x)");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":[1,]})");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("bad word") << QByteArray(R"({"a":tru})");
    QTest::newRow("mismatched") << QByteArray(R"({"a":[}])");
    QTest::newRow("a scalar") << QByteArray("12");
    QTest::newRow("too deep") << (QByteArray(600, '[') + QByteArray(600, ']'));
}

void TestImportFile::splitterRefusesWhatIsNotJson()
{
    QFETCH(QByteArray, json);
    JsonSplitter splitter(
        [](const JsonSplitter::Path&, char) {
            return JsonSplitter::Take{JsonSplitter::Take::Descend, 0};
        },
        [](const JsonSplitter::Path&, QByteArray) { return true; });
    QVERIFY(!(splitter.feed(json) && splitter.finish()));
    QVERIFY(splitter.stop() == JsonSplitter::Stop::NotJson || splitter.stop() == JsonSplitter::Stop::TooDeep);
}

void TestImportFile::tellsTheFormatsApart()
{
    const auto caseFile = importBytes(QJsonDocument(m_caseFile).toJson());
    QVERIFY2(caseFile, caseFile ? "" : qPrintable(caseFile.error().message()));
    QCOMPARE(caseFile->kind, ImportedFile::Kind::CaseFile);
    QCOMPARE(caseFile->caseFile.record.title, QStringLiteral("Offer 3"));
    QCOMPARE(caseFile->caseFile.attachments.size(), 2);
    QCOMPARE(caseFile->caseFile.attachments.last().content, QByteArray("\x00\x01\xff binary", 10));

    // Another key before "log" is passed over.
    const auto har = importBytes(R"({"x":{"entries":[1]},"log":{"entries":[)"
                                 + entry(QStringLiteral("https://a.example/x")) + "]}}");
    QVERIFY(har);
    QCOMPARE(har->kind, ImportedFile::Kind::Har);
    QCOMPARE(har->har.entries.size(), 1);

    const auto neither = importBytes(R"({"name":"package","dependencies":{}})");
    QVERIFY(!neither);
    QCOMPARE(neither.error().kind, ImportProblem::Kind::NotOurs);
    const auto text = importBytes("these are my notes");
    QVERIFY(!text);
    QCOMPARE(text.error().kind, ImportProblem::Kind::NotJson);
}

void TestImportFile::harEntriesThatAreNotRequestsAreLeftOut()
{
    // JSON, with entries that are not requests: said by number, the others imported.
    const auto mixed = importBytes(harOf(
        {"null", "1", "\"x\"", entry(QStringLiteral("https://a.example/pb?x=1")), R"({"request":{"method":"GET"}})"}));
    QVERIFY2(mixed, mixed ? "" : qPrintable(mixed.error().message()));
    QCOMPARE(mixed->har.entries.size(), 1);
    QCOMPARE(mixed->har.entries.first().exchange.request.url, QStringLiteral("https://a.example/pb?x=1"));
    QCOMPARE(mixed->har.leftOut.size(), 4);
    QCOMPARE(mixed->har.leftOut.at(0).index, 0);
    QCOMPARE(mixed->har.leftOut.at(3).index, 4);
    QVERIFY(mixed->har.leftOut.at(0).reason.contains(QStringLiteral("not a request")));

    // Only such entries: refused, and not as "not JSON".
    const auto none = readHar(harOf({"null", "1", "\"x\""}));
    QVERIFY(!none);
    QCOMPARE(none.error().kind, ImportProblem::Kind::NoRequest);
    QVERIFY2(none.error().message().contains(QStringLiteral("log.entries[0]")), qPrintable(none.error().message()));
}

void TestImportFile::harBodyThatIsNotBase64IsRefused()
{
    QJsonObject bad = QJsonDocument::fromJson(entry(QStringLiteral("https://a.example/img"))).object();
    QJsonObject response = bad.value(QStringLiteral("response")).toObject();
    response.insert(QStringLiteral("content"),
                    QJsonObject{{QStringLiteral("mimeType"), QStringLiteral("image/png")},
                                {QStringLiteral("encoding"), QStringLiteral("base64")},
                                {QStringLiteral("text"), QStringLiteral("iVBO%%%not*base64")}});
    bad.insert(QStringLiteral("response"), response);
    const auto read = readHar(
        harOf({entry(QStringLiteral("https://a.example/")), QJsonDocument(bad).toJson(QJsonDocument::Compact)}));
    QVERIFY(!read);
    QCOMPARE(read.error().kind, ImportProblem::Kind::BadBase64);
    QVERIFY2(read.error().message().contains(QStringLiteral("log.entries[1]")), qPrintable(read.error().message()));

    // Valid base64 is the body's bytes.
    response.insert(
        QStringLiteral("content"),
        QJsonObject{{QStringLiteral("mimeType"), QStringLiteral("image/png")},
                    {QStringLiteral("encoding"), QStringLiteral("base64")},
                    {QStringLiteral("text"), QString::fromLatin1(QByteArray("\x89PNG\x00", 5).toBase64())}});
    bad.insert(QStringLiteral("response"), response);
    const auto good = readHar(harOf({QJsonDocument(bad).toJson(QJsonDocument::Compact)}));
    QVERIFY(good);
    QCOMPARE(good->first().exchange.response->body, QByteArray("\x89PNG\x00", 5));
}

void TestImportFile::hostileCaseFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("named"); // in the message
    using Kind = ImportProblem::Kind;
    const auto changed = [this](const std::function<void(QJsonObject&)>& change) {
        QJsonObject root = m_caseFile;
        change(root);
        return QJsonDocument(root).toJson();
    };
    const auto inList
        = [](QJsonObject& root, const QString& list, int index, const std::function<void(QJsonObject&)>& change) {
              QJsonArray items = root.value(list).toArray();
              QJsonObject item = items.at(index).toObject();
              change(item);
              items[index] = item;
              root.insert(list, items);
          };
    const int file = 1; // the attached file (the pasted text is first)
    QVERIFY(!m_caseFile.value(QStringLiteral("attachments"))
                 .toArray()
                 .at(file)
                 .toObject()
                 .value(QStringLiteral("content_base64"))
                 .isNull());

    QTest::newRow("answer declared base64 is not") << changed([&](QJsonObject& root) {
        inList(root, QStringLiteral("exchanges"), 0, [](QJsonObject& item) {
            QJsonObject data = item.value(QStringLiteral("exchange")).toObject();
            QJsonObject response = data.value(QStringLiteral("response")).toObject();
            response.insert(QStringLiteral("body_encoding"), QStringLiteral("base64"));
            response.insert(QStringLiteral("body"), QStringLiteral("OK, not base64!"));
            data.insert(QStringLiteral("response"), response);
            item.insert(QStringLiteral("exchange"), data);
        });
    }) << int(Kind::BadBase64) << QStringLiteral("exchanges[0].exchange.response.body");
    QTest::newRow("attached file base64 with a space") << changed([&](QJsonObject& root) {
        inList(root, QStringLiteral("attachments"), file, [](QJsonObject& item) {
            item.insert(QStringLiteral("content_base64"), QStringLiteral("AAH/ IGJp bmFyeQ=="));
        });
    }) << int(Kind::BadBase64) << QStringLiteral("attachments[1].content_base64");
    QTest::newRow("attached file does not match its sha256") << changed([&](QJsonObject& root) {
        inList(root, QStringLiteral("attachments"), file, [](QJsonObject& item) {
            item.insert(QStringLiteral("content_base64"), QString::fromLatin1(QByteArray("changed").toBase64()));
        });
    }) << int(Kind::DigestMismatch) << QStringLiteral("attachments[1]");
    QTest::newRow("attached file without its sha256") << changed([&](QJsonObject& root) {
        inList(root, QStringLiteral("attachments"), file,
               [](QJsonObject& item) { item.insert(QStringLiteral("sha256"), QJsonValue()); });
    }) << int(Kind::BadField) << QStringLiteral("attachments[1].sha256");
    const QByteArray big(CaseStore::maxAttachmentBytes + 1024 * 1024, 'x');
    QTest::newRow("17 MB attached file") << changed([&](QJsonObject& root) {
        inList(root, QStringLiteral("attachments"), file, [&](QJsonObject& item) {
            item.insert(QStringLiteral("content_base64"), QString::fromLatin1(big.toBase64()));
            item.insert(QStringLiteral("sha256"),
                        QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex()));
        });
    }) << int(Kind::FieldTooLarge) << QStringLiteral("attachments[1]");
    QTest::newRow("2 MB title") << changed([](QJsonObject& root) {
        QJsonObject fields = root.value(QStringLiteral("case")).toObject();
        fields.insert(QStringLiteral("title"), QString(2 << 20, u't'));
        root.insert(QStringLiteral("case"), fields);
    }) << int(Kind::FieldTooLarge)
                                << QStringLiteral("case.title");
    QTest::newRow("2 MB note") << changed([](QJsonObject& root) {
        root.insert(QStringLiteral("notes"),
                    QJsonArray{QJsonObject{{QStringLiteral("number"), 1},
                                           {QStringLiteral("text"), QString(2 << 20, u'n')},
                                           {QStringLiteral("written"), QStringLiteral("2026-11-30T08:00:00.000Z")}}});
    }) << int(Kind::FieldTooLarge)
                               << QStringLiteral("notes[0].text");
}

void TestImportFile::hostileCaseFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, named);
    const auto read = readCaseFile(bytes);
    QVERIFY(!read);
    QCOMPARE(int(read.error().kind), kind);
    QVERIFY2(read.error().message().contains(named), qPrintable(read.error().message()));
    const int before = int(m_store->cases().value().size());
    const auto imported = importBytes(bytes);
    QVERIFY(!imported);
    QCOMPARE(int(m_store->cases().value().size()), before);
}

void TestImportFile::aLargePartStopsTheReadingEarly()
{
    // The case's fields as one 40 MB part: refused when its 32 MB are reached, never held whole.
    QByteArray huge = R"({"format":"postback-workbench-case","version":1,"case":{"title":")";
    huge += QByteArray(40 << 20, 't');
    huge += R"("},"exchanges":[],"notes":[],"attachments":[],"checklist":[]})";
    qint64 readUpTo = 0;
    QBuffer buffer(&huge);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto read = importFile(&buffer, {[&](qint64 done, qint64) { readUpTo = done; }, {}});
    QVERIFY(!read);
    QCOMPARE(read.error().kind, ImportProblem::Kind::FieldTooLarge);
    QVERIFY2(read.error().message().contains(QStringLiteral("(case)")), qPrintable(read.error().message()));
    QVERIFY(readUpTo < 34 << 20);
}

void TestImportFile::progressAndCancel()
{
    QByteArrayList entries;
    for (int i = 0; i < 20'000; ++i)
        entries.append(entry(QStringLiteral("https://a.example/pb?n=%1").arg(i)));
    const QByteArray har = harOf(entries);
    QVERIFY(har.size() > 2 << 20);

    // Read a few bytes at a time, as from a pipe: the same entries.
    Trickle pipe(har, 4093);
    const auto trickled = importFile(&pipe);
    QVERIFY(trickled);
    QCOMPARE(trickled->har.entries.size(), 20'000);
    QCOMPARE(trickled->har.entries.last().exchange.request.url, QStringLiteral("https://a.example/pb?n=19999"));

    const QString path = m_dir.filePath(QStringLiteral("big.har"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(har);
    file.close();
    QList<qint64> seen;
    const auto read = importFile(path,
                                 {[&](qint64 done, qint64 total) {
                                      QCOMPARE(total, har.size());
                                      seen.append(done);
                                  },
                                  {}});
    QVERIFY(read);
    QVERIFY(seen.size() >= 2);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.last(), har.size());

    // Cancelled after the first chunk: it stops there.
    int chunks = 0;
    const auto cancelled = importFile(path,
                                      {[&](qint64, qint64) { ++chunks; },
                                       [&] {
                                           return chunks >= 1;
                                       }});
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, ImportProblem::Kind::Cancelled);
    QCOMPARE(chunks, 1);
}

void TestImportFile::harRequestsIntoACaseInOneTransaction()
{
    const auto read = importBytes(harOf({entry(QStringLiteral("https://a.example/pb?token=HAR-SECRET&n=1")),
                                         entry(QStringLiteral("https://a.example/pb?n=2"))}));
    QVERIFY(read);
    const qsizetype before = m_store->exchanges(m_case).value().size();
    const auto bundle = harImportBundle(read->har.entries, {0, 1}, StoredExchange::Role::ReferenceClick,
                                        m_store->secretNames(), m_case, QString());
    QVERIFY(bundle);
    QCOMPARE(m_store->importCase(*bundle).value(), m_case);
    const QList<StoredExchange> exchanges = m_store->exchanges(m_case).value();
    QCOMPARE(exchanges.size(), before + 2);
    QCOMPARE(exchanges.last().role, StoredExchange::Role::ReferenceClick);
    const StoredExchange& secret = exchanges.at(exchanges.size() - 2);
    QVERIFY(!secret.exchange().request.url.contains(QStringLiteral("HAR-SECRET")));
    QCOMPARE(secret.secrets().size(), 1); // where it was is recorded, its value is not kept
    QCOMPARE(m_store->caseById(m_case)->title, QStringLiteral("Offer 3"));

    // Into a new case of that title; cancelled, nothing.
    const auto fresh = harImportBundle(read->har.entries, {1}, StoredExchange::Role::Other, m_store->secretNames(), 0,
                                       QStringLiteral("Imported from x.har"));
    const qint64 id = m_store->importCase(*fresh).value();
    QCOMPARE(m_store->caseById(id)->title, QStringLiteral("Imported from x.har"));
    QCOMPARE(m_store->exchanges(id).value().size(), 1);
    QVERIFY(!harImportBundle(read->har.entries, {0, 1}, StoredExchange::Role::Other, m_store->secretNames(), 0,
                             QString(), [] { return true; }));
}

void TestImportFile::aLargeHarIsWrittenInBatches()
{
    // More entries than one batch: every chosen one written once, in order, in one transaction, with
    // its secret redacted, and each entry released once written.
    QByteArrayList entries;
    for (int i = 0; i < 1234; ++i)
        entries.append(entry(QStringLiteral("https://b.example/pb?n=%1&token=BATCH-%1").arg(i)));
    auto read = importBytes(harOf(entries));
    QVERIFY(read);
    QList<qsizetype> chosen;
    for (qsizetype i = 0; i < 1234; ++i)
        chosen.append(i);
    chosen.append(5); // asked twice: written once
    const auto id = importHarInto(*m_store, std::move(read->har), chosen, StoredExchange::Role::Other, 0,
                                  QStringLiteral("Batches"));
    QVERIFY(id);
    const QList<StoredExchange> written = m_store->exchanges(*id).value();
    QCOMPARE(written.size(), 1234);
    QCOMPARE(written.first().exchange().request.url, QStringLiteral("https://b.example/pb?n=0&token=[redacted]"));
    QCOMPARE(written.last().exchange().request.url, QStringLiteral("https://b.example/pb?n=1233&token=[redacted]"));
    QCOMPARE(m_store->caseById(*id)->title, QStringLiteral("Batches"));
}

QTEST_GUILESS_MAIN(TestImportFile)
#include "tst_importfile.moc"
