// The case store on real SQLite files in a temporary folder: schema and migration, cases and
// exchanges, immutability, secrets never written, full-text search, and files it must refuse
// untouched (not SQLite, damaged, newer schema).
#include "analysis/verdict.h"
#include "net/exchange.h"
#include "store/casestore.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pbw;

namespace {

Exchange exchangeWith(const QString& url, const QByteArray& body)
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.input = url;
    exchange.request.url = url;
    exchange.request.target = url.mid(url.indexOf(u'/', 8)).toLatin1();
    exchange.request.headers = {{"Host", "t.example"}, {"Authorization", "Bearer sekr1t-bearer"}};
    exchange.timing.started = QDateTime::currentDateTimeUtc();
    ReceivedResponse response;
    response.status = 200;
    response.reason = "OK";
    response.body = body;
    response.text = QString::fromUtf8(body);
    response.contentType = "application/json";
    response.finalUrl = url;
    exchange.response = response;
    return exchange;
}

CaseRecord titled(const QString& title)
{
    CaseRecord record;
    record.title = title;
    return record;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT

private slots:
    void createsAndReopens();
    void casesAndExchanges();
    void exchangesAreImmutable();
    void secretsAreNeverWritten();
    void searchFindsCasesByWhatTheyHold();
    void refusesAFileThatIsNotSQLite();
    void refusesANewerSchemaUntouched();
    void refusesADamagedFileUntouched();
    void unknownCase();

private:
    QTemporaryDir m_dir;
};

void TestCaseStore::createsAndReopens()
{
    const QString path = m_dir.filePath(QStringLiteral("new/sub/cases.sqlite"));
    {
        auto opened = CaseStore::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
        QVERIFY(opened.value()->createCase(titled(QStringLiteral("Offer 1 / MyNet"))).ok());
    }
    auto reopened = CaseStore::open(path);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->cases().size(), 1);
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-reopen"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    QSqlQuery query(raw);
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), CaseStore::schemaVersion);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    query.finish();
    raw.close();
}

void TestCaseStore::casesAndExchanges()
{
    auto opened = CaseStore::open(m_dir.filePath(QStringLiteral("cases-and-exchanges.sqlite")));
    QVERIFY(opened);
    CaseStore& store = *opened.value();
    CaseRecord record;
    record.title = QStringLiteral("Duplicate on Offer 7");
    record.partner = QStringLiteral("MyNet");
    record.tracker = QStringLiteral("Keitaro");
    const qint64 id = store.createCase(record).value();
    const qint64 other = store.createCase(titled(QStringLiteral("Other"))).value();
    Verdict verdict;
    verdict.layer = Verdict::Layer::Business;
    verdict.bucket = Verdict::Bucket::Duplicate;
    const auto first = store.addExchange(id, StoredExchange::Role::Failing,
                                         exchangeWith(QStringLiteral("https://t.example/pb?subid=a1"), "{\"x\":1}"),
                                         verdict);
    QVERIFY(first);
    verdict.layer = Verdict::Layer::Ok;
    QVERIFY(store.addExchange(id, StoredExchange::Role::Corrected,
                              exchangeWith(QStringLiteral("https://t.example/pb?subid=a2"), "OK"), verdict));
    const QList<StoredExchange> saved = store.exchanges(id);
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).role, StoredExchange::Role::Failing);
    QCOMPARE(saved.at(1).role, StoredExchange::Role::Corrected);
    QCOMPARE(saved.at(0).data.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("https://t.example/pb?subid=a1"));
    QCOMPARE(saved.at(0).data.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("bucket")).toString(),
             QStringLiteral("duplicate"));
    QCOMPARE(store.caseById(id)->exchangeCount, 2);
    QCOMPARE(store.caseById(id)->partner, QStringLiteral("MyNet"));
    QCOMPARE(store.cases().first().id, id); // the case touched last comes first
    QVERIFY(store.exchanges(other).isEmpty());
    QVERIFY(store.setStatus(id, CaseRecord::Status::Fixed));
    QCOMPARE(store.caseById(id)->status, CaseRecord::Status::Fixed);
}

void TestCaseStore::exchangesAreImmutable()
{
    const QString path = m_dir.filePath(QStringLiteral("immutable.sqlite"));
    {
        auto opened = CaseStore::open(path);
        const qint64 id = opened.value()->createCase(titled(QStringLiteral("Case"))).value();
        QVERIFY(opened.value()->addExchange(id, StoredExchange::Role::Other,
                                            exchangeWith(QStringLiteral("https://t.example/pb"), "OK"), Verdict{}));
    }
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-immutable"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    QSqlQuery query(raw);
    QVERIFY(!query.exec(QStringLiteral("UPDATE exchanges SET data = '{}'")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("never changes")));
    QVERIFY(query.exec(QStringLiteral("UPDATE exchanges SET role = 'failing', note = 'the first try'")));
    raw.close();
}

void TestCaseStore::secretsAreNeverWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("secrets.sqlite"));
    {
        auto opened = CaseStore::open(path);
        const qint64 id = opened.value()->createCase(titled(QStringLiteral("Case"))).value();
        Exchange exchange = exchangeWith(
            QStringLiteral("https://t.example/pb?subid=a1&security_token=sekr1t-token&payout=2"), "OK");
        exchange.request.headers.append(Header("Cookie", "session=sekr1t-cookie"));
        QVERIFY(opened.value()->addExchange(id, StoredExchange::Role::Other, exchange, Verdict{}));
        const QJsonObject request = opened.value()->exchanges(id).first().data.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://t.example/pb?subid=a1&security_token=[redacted]&payout=2"));
    }
    QByteArray everything = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    QVERIFY(!everything.isEmpty());
    QVERIFY(!everything.contains("sekr1t"));
}

void TestCaseStore::searchFindsCasesByWhatTheyHold()
{
    auto opened = CaseStore::open(m_dir.filePath(QStringLiteral("search.sqlite")));
    CaseStore& store = *opened.value();
    CaseRecord record;
    record.title = QStringLiteral("Оффер Ромашка");
    record.notes = QStringLiteral("partner says click expired");
    const qint64 a = store.createCase(record).value();
    const qint64 b = store.createCase(titled(QStringLiteral("Binom lead"))).value();
    QVERIFY(store.addExchange(b, StoredExchange::Role::Failing,
                              exchangeWith(QStringLiteral("https://binom.example/click.php?cnv_id=zz9"),
                                           "{\"status\":\"error\",\"message\":\"Duplicate conversion\"}"),
                              Verdict{}));
    QCOMPARE(store.search(QStringLiteral("ромашка")), QList<qint64>{a});
    QCOMPARE(store.search(QStringLiteral("expir")), QList<qint64>{a});
    QCOMPARE(store.search(QStringLiteral("duplicate")), QList<qint64>{b});
    QCOMPARE(store.search(QStringLiteral("binom.example cnv_id")), QList<qint64>{b});
    QVERIFY(store.search(QStringLiteral("nothing-like-this")).isEmpty());
    // What a user types is never read as FTS5 syntax.
    QVERIFY(store.search(QStringLiteral("\" AND ( NEAR * -")).isEmpty());
}

void TestCaseStore::refusesAFileThatIsNotSQLite()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my notes, not a database\n");
    file.close();
    const QByteArray before = fileBytes(path);
    auto opened = CaseStore::open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, StoreError::Kind::NotADatabase);
    QVERIFY(opened.error().message().contains(QStringLiteral("left untouched")));
    QCOMPARE(fileBytes(path), before);
}

void TestCaseStore::refusesANewerSchemaUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-newer"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE future(x)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-newer"));
    const QByteArray before = fileBytes(path);
    auto opened = CaseStore::open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, StoreError::Kind::NewerSchema);
    QVERIFY(opened.error().message().contains(QStringLiteral("newer version")));
    QCOMPARE(fileBytes(path), before);
}

void TestCaseStore::refusesADamagedFileUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto opened = CaseStore::open(path);
        const qint64 id = opened.value()->createCase(titled(QStringLiteral("Case"))).value();
        for (int i = 0; i < 50; ++i)
            opened.value()->addExchange(id, StoredExchange::Role::Other,
                                        exchangeWith(QStringLiteral("https://t.example/pb?n=%1").arg(i),
                                                     QByteArray(2000, 'x')),
                                        Verdict{});
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() > 8192);
    for (qsizetype i = 4096; i < bytes.size(); i += 7)
        bytes[i] = char(0xA5); // every page after the first scribbled over
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    auto opened = CaseStore::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().kind == StoreError::Kind::Damaged || opened.error().kind == StoreError::Kind::CannotOpen,
             qPrintable(opened.error().message()));
    QCOMPARE(fileBytes(path), bytes);
}

void TestCaseStore::unknownCase()
{
    auto opened = CaseStore::open(m_dir.filePath(QStringLiteral("unknown.sqlite")));
    const auto result = opened.value()->addExchange(42, StoredExchange::Role::Other,
                                                    exchangeWith(QStringLiteral("https://t.example/pb"), "OK"), {});
    QVERIFY(!result);
    QCOMPARE(result.error().kind, StoreError::Kind::NotFound);
    QVERIFY(!opened.value()->setStatus(42, CaseRecord::Status::Closed));
    QVERIFY(!opened.value()->caseById(42));
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
