// The case store on real SQLite files in a temporary folder: schema and migration, cases and
// exchanges, immutability, secrets never written, full-text search, and files it must refuse
// untouched (not SQLite, damaged, newer schema).
#include "analysis/verdict.h"
#include "net/exchange.h"
#include "rawsqlite.h"
#include "store/casebundle.h"
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
    void migratesAVersion1Store();
    void refusesADamagedFileUntouched();
    void unknownCase();
    void readersGetTheExchangeDecoded();
    void failedReadsAreErrors();
    void notesAttachmentsAndChecklist();
    void deleteCanBeUndoneUntilPurged();
    void unusableFileMovesAside();

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
    QCOMPARE(reopened.value()->cases().value().size(), 1);
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
    const auto first
        = store.addExchange(id, StoredExchange::Role::Failing,
                            exchangeWith(QStringLiteral("https://t.example/pb?subid=a1"), "{\"x\":1}"), verdict);
    QVERIFY(first);
    verdict.layer = Verdict::Layer::Ok;
    QVERIFY(store.addExchange(id, StoredExchange::Role::Corrected,
                              exchangeWith(QStringLiteral("https://t.example/pb?subid=a2"), "OK"), verdict));
    const QList<StoredExchange> saved = store.exchanges(id).value();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).role, StoredExchange::Role::Failing);
    QCOMPARE(saved.at(1).role, StoredExchange::Role::Corrected);
    QCOMPARE(saved.at(0).data.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("https://t.example/pb?subid=a1"));
    QCOMPARE(saved.at(0).data.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("bucket")).toString(),
             QStringLiteral("duplicate"));
    QCOMPARE(store.caseById(id)->exchangeCount, 2);
    QCOMPARE(store.caseById(id)->partner, QStringLiteral("MyNet"));
    QCOMPARE(store.cases().value().first().id, id); // the case touched last comes first
    QVERIFY(store.exchanges(other).value().isEmpty());
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
        Exchange exchange
            = exchangeWith(QStringLiteral("https://t.example/pb?subid=a1&security_token=sekr1t-token&payout=2"), "OK");
        exchange.request.headers.append(Header("Cookie", "session=sekr1t-cookie"));
        QVERIFY(opened.value()->addExchange(id, StoredExchange::Role::Other, exchange, Verdict{}));
        const QJsonObject request
            = opened.value()->exchanges(id).value().first().data.value(QStringLiteral("request")).toObject();
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
    const qint64 a = store.createCase(titled(QStringLiteral("Оффер Ромашка"))).value();
    QVERIFY(store.addNote(a, QStringLiteral("partner says click expired")));
    const qint64 b = store.createCase(titled(QStringLiteral("Binom lead"))).value();
    QVERIFY(store.addExchange(b, StoredExchange::Role::Failing,
                              exchangeWith(QStringLiteral("https://binom.example/click.php?cnv_id=zz9"),
                                           "{\"status\":\"error\",\"message\":\"Duplicate conversion\"}"),
                              Verdict{}));
    QCOMPARE(store.search(QStringLiteral("ромашка")).value(), QList<qint64>{a});
    QCOMPARE(store.search(QStringLiteral("expir")).value(), QList<qint64>{a});
    QCOMPARE(store.search(QStringLiteral("duplicate")).value(), QList<qint64>{b});
    QCOMPARE(store.search(QStringLiteral("binom.example cnv_id")).value(), QList<qint64>{b});
    QVERIFY(store.search(QStringLiteral("nothing-like-this")).value().isEmpty());
    // What a user types is never read as FTS5 syntax.
    QVERIFY(store.search(QStringLiteral("\" AND ( NEAR * -")).value().isEmpty());
    // A renamed case is found by its new words only; a trashed one not at all.
    CaseRecord renamed = *store.caseById(a);
    renamed.title = QStringLiteral("Offer Daisy");
    QVERIFY(store.updateCase(renamed));
    QVERIFY(store.search(QStringLiteral("ромашка")).value().isEmpty());
    QCOMPARE(store.search(QStringLiteral("daisy expired")).value(), QList<qint64>{a});
    QVERIFY(store.trashCase(b));
    QVERIFY(store.search(QStringLiteral("duplicate")).value().isEmpty());
}

void TestCaseStore::notesAttachmentsAndChecklist()
{
    auto opened = CaseStore::open(m_dir.filePath(QStringLiteral("parts.sqlite")));
    CaseStore& store = *opened.value();
    const qint64 id = store.createCase(titled(QStringLiteral("Keitaro → CPA network"))).value();
    const qint64 exchange
        = store
              .addExchange(id, StoredExchange::Role::Corrected,
                           exchangeWith(QStringLiteral("https://t.example/pb?clickid=abc"), "OK"), Verdict{})
              .value();

    const qint64 note = store.addNote(id, QStringLiteral("goal must be \"lead\", not \"Lead\"")).value();
    QVERIFY(store.editNote(note, QStringLiteral("goal must be lead")));
    QCOMPARE(store.notes(id).value().size(), 1);
    QCOMPARE(store.notes(id).value().first().text, QStringLiteral("goal must be lead"));
    QCOMPARE(store.search(QStringLiteral("goal")).value(), QList<qint64>{id});

    Attachment confirmation;
    confirmation.caseId = id;
    confirmation.kind = Attachment::Kind::Confirmation;
    confirmation.title = QStringLiteral("Support ticket 4411");
    confirmation.text = QStringLiteral("We see the conversion for click abc, status approved.");
    const qint64 pasted = store.addAttachment(confirmation).value();
    Attachment file;
    file.caseId = id;
    file.kind = Attachment::Kind::File;
    file.title = QStringLiteral("screenshot");
    file.fileName = QStringLiteral("stats.png");
    file.content = QByteArray("\x89PNG\r\n\x1a\n\0\0binary", 16);
    QVERIFY(store.addAttachment(file));
    Attachment huge = file;
    huge.content = QByteArray(CaseStore::maxAttachmentBytes + 1, 'x');
    QVERIFY(!store.addAttachment(huge));
    const QList<Attachment> attachments = store.attachments(id).value();
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments.at(0).kind, Attachment::Kind::Confirmation);
    QCOMPARE(attachments.at(1).content, file.content);
    QCOMPARE(attachments.at(1).fileName, QStringLiteral("stats.png"));
    QCOMPARE(store.search(QStringLiteral("approved")).value(), QList<qint64>{id});

    ChecklistStep partner;
    partner.layer = ChecklistStep::Layer::Partner;
    partner.done = true;
    partner.who = QStringLiteral("anna");
    partner.attachmentId = pasted;
    QVERIFY(store.setChecklistStep(id, partner));
    ChecklistStep callback = partner;
    callback.layer = ChecklistStep::Layer::Callback;
    callback.attachmentId = 0;
    callback.exchangeId = exchange;
    QVERIFY(store.setChecklistStep(id, callback));
    const QList<ChecklistStep> steps = store.checklist(id).value();
    QCOMPARE(steps.size(), checklistLayerCount);
    QVERIFY(!steps.at(0).done);
    QVERIFY(steps.at(int(ChecklistStep::Layer::Callback)).done);
    QCOMPARE(steps.at(int(ChecklistStep::Layer::Callback)).exchangeId, exchange);
    QCOMPARE(steps.at(int(ChecklistStep::Layer::Partner)).attachmentId, pasted);
    QCOMPARE(steps.at(int(ChecklistStep::Layer::Partner)).who, QStringLiteral("anna"));
    QVERIFY(steps.at(int(ChecklistStep::Layer::Partner)).when.isValid());

    // Evidence that goes away leaves the step ticked, without the dangling link.
    QVERIFY(store.removeAttachment(pasted));
    QCOMPARE(store.checklist(id).value().at(int(ChecklistStep::Layer::Partner)).attachmentId, 0);
    QVERIFY(store.checklist(id).value().at(int(ChecklistStep::Layer::Partner)).done);
    QVERIFY(store.removeNote(note));
    QVERIFY(store.notes(id).value().isEmpty());
    QVERIFY(!store.editNote(note, QStringLiteral("gone")));

    // Roles and notes of an exchange may change; what it holds may not.
    QVERIFY(store.setExchangeRole(exchange, StoredExchange::Role::TestCallback, QStringLiteral("the test one")));
    QCOMPARE(store.exchangeById(exchange)->role, StoredExchange::Role::TestCallback);
    QCOMPARE(store.exchangeById(exchange)->note, QStringLiteral("the test one"));
}

void TestCaseStore::deleteCanBeUndoneUntilPurged()
{
    auto opened = CaseStore::open(m_dir.filePath(QStringLiteral("trash.sqlite")));
    CaseStore& store = *opened.value();
    const qint64 keep = store.createCase(titled(QStringLiteral("keep"))).value();
    const qint64 gone = store.createCase(titled(QStringLiteral("gone"))).value();
    QVERIFY(store.addExchange(gone, StoredExchange::Role::Failing,
                              exchangeWith(QStringLiteral("https://t.example/pb?x=1"), "OK"), Verdict{}));
    QVERIFY(store.addNote(gone, QStringLiteral("a note")));

    QVERIFY(store.trashCase(gone));
    QCOMPARE(store.cases().value().size(), 1);
    QVERIFY(store.restoreCase(gone));
    QCOMPARE(store.cases().value().size(), 2);
    QCOMPARE(store.exchanges(gone).value().size(), 1);

    QVERIFY(store.trashCase(gone));
    QCOMPARE(store.purgeTrash().value(), 1);
    QVERIFY(!store.caseById(gone));
    QVERIFY(store.caseById(keep));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trash-check"));
        db.setDatabaseName(store.path());
        QVERIFY(db.open());
        QSqlQuery count(db);
        for (const QString& table :
             {QStringLiteral("exchanges"), QStringLiteral("notes"), QStringLiteral("exchange_text")}) {
            QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && count.next());
            QCOMPARE(count.value(0).toInt(), 0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trash-check"));
    QCOMPARE(store.deleteCase(gone).error().kind, StoreError::Kind::NotFound);
}

void TestCaseStore::unusableFileMovesAside()
{
    const QString path = m_dir.filePath(QStringLiteral("aside.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database at all");
    file.close();
    const auto refused = CaseStore::open(path);
    QVERIFY(!refused);
    QVERIFY(refused.error().fileIsUnusable());
    const auto aside = CaseStore::moveAside(path);
    QVERIFY(aside);
    QCOMPARE(fileBytes(aside.value()), QByteArray("not a database at all"));
    QVERIFY(!QFile::exists(path));
    QVERIFY(CaseStore::open(path));
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

void TestCaseStore::migratesAVersion1Store()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    qint64 binom = 0;
    qint64 other = 0;
    {
        auto store = std::move(CaseStore::open(path).value());
        binom = store->createCase(titled(QStringLiteral("Binom lead"))).value();
        other = store->createCase(titled(QStringLiteral("Other"))).value();
        for (qint64 id : {binom, other}) {
            QVERIFY(
                store->addExchange(id, StoredExchange::Role::Failing,
                                   exchangeWith(QStringLiteral("https://binom.example/click.php?cnv_id=zz%1").arg(id),
                                                "Duplicate conversion"),
                                   Verdict{}));
        }
    }
    // Back to what version 1 wrote: search rows keyed by the exchange id alone, no numbers, no
    // removal, no chosen pair.
    QCOMPARE(
        pbw::test::runRawSql(path,
                             {QStringLiteral("UPDATE exchange_text SET rowid = rowid & 4294967295"),
                              QStringLiteral("DROP INDEX exchanges_by_number"),
                              QStringLiteral("ALTER TABLE exchanges DROP COLUMN number"),
                              QStringLiteral("ALTER TABLE exchanges DROP COLUMN removed"),
                              QStringLiteral("ALTER TABLE cases DROP COLUMN last_number"),
                              QStringLiteral("ALTER TABLE cases DROP COLUMN pair_first"),
                              QStringLiteral("ALTER TABLE cases DROP COLUMN pair_second"),
                              QStringLiteral("ALTER TABLE notes DROP COLUMN said"), QStringLiteral("DROP TABLE sends"),
                              QStringLiteral("ALTER TABLE exchanges DROP COLUMN note_said"),
                              QStringLiteral("DROP TABLE reconciliations"), QStringLiteral("PRAGMA user_version = 1")}),
        QString());

    auto store = std::move(CaseStore::open(path).value());
    // Version 3 numbered each case's exchanges from 1, in the order they were saved.
    QCOMPARE(store->exchanges(other).value().first().number, 1);
    QVERIFY(store->addExchange(other, StoredExchange::Role::Corrected,
                               exchangeWith(QStringLiteral("https://binom.example/click.php?cnv_id=ok"), "OK"),
                               Verdict{}));
    QCOMPARE(store->exchanges(other).value().last().number, 2);
    QCOMPARE(store->search(QStringLiteral("zz%1").arg(other)).value(), QList<qint64>{other});
    QCOMPARE(store->search(QStringLiteral("duplicate")).value(), (QList<qint64>{other, binom}));
    QVERIFY(store->deleteCase(binom));
    QCOMPARE(store->search(QStringLiteral("duplicate")).value(), QList<qint64>{other});
}

void TestCaseStore::refusesANewerSchemaUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QCOMPARE(pbw::test::runRawSql(
                 path, {QStringLiteral("CREATE TABLE future(x)"), QStringLiteral("PRAGMA user_version = 99")}),
             QString());
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
            opened.value()->addExchange(
                id, StoredExchange::Role::Other,
                exchangeWith(QStringLiteral("https://t.example/pb?n=%1").arg(i), QByteArray(2000, 'x')), Verdict{});
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

void TestCaseStore::readersGetTheExchangeDecoded()
{
    auto opened = CaseStore::open(m_dir.filePath(QStringLiteral("decoded.sqlite")));
    CaseStore& store = *opened.value();
    const qint64 id = store.createCase(titled(QStringLiteral("Decoded"))).value();
    Verdict verdict;
    verdict.layer = Verdict::Layer::Business;
    verdict.bucket = Verdict::Bucket::Duplicate;
    verdict.confidence = Verdict::Confidence::High;
    verdict.rule = QStringLiteral("everflow-duplicate");
    verdict.platform = QStringLiteral("Everflow");
    verdict.message = QStringLiteral("duplicate");
    verdict.summary = QStringLiteral("The partner already has this conversion.");
    verdict.nextStep = QStringLiteral("Do not send it again.");
    verdict.judgedOnPart = true;
    verdict.evidence
        = {{Evidence::Kind::Json, QStringLiteral("message"), QStringLiteral("Duplicate conversion"), 12, 20},
           {Evidence::Kind::Status, QString(), QStringLiteral("200"), -1, 0}};
    const Exchange sent = exchangeWith(QStringLiteral("https://t.example/pb?subid=a1"), "{\"x\":1}");
    const qint64 saved = store.addExchange(id, StoredExchange::Role::Failing, sent, verdict).value();

    const auto stored = store.exchangeById(saved);
    QVERIFY(stored);
    const Exchange exchange = stored->exchange();
    QCOMPARE(exchange.request.method, QByteArray("GET"));
    QCOMPARE(exchange.request.url, sent.request.url);
    QVERIFY(exchange.response);
    QCOMPARE(exchange.response->status, 200);
    QCOMPARE(exchange.response->body, sent.response->body);
    // The Authorization value was redacted before it was written, and recorded as a secret.
    QVERIFY(!headerValue(exchange.request.headers, "authorization").contains("sekr1t"));
    QCOMPARE(stored->secrets().size(), 1);
    const Verdict kept = stored->verdict();
    QCOMPARE(kept.layer, verdict.layer);
    QCOMPARE(kept.bucket, verdict.bucket);
    QCOMPARE(kept.confidence, verdict.confidence);
    QCOMPARE(kept.rule, verdict.rule);
    QCOMPARE(kept.platform, verdict.platform);
    QCOMPARE(kept.message, verdict.message);
    QCOMPARE(kept.summary, verdict.summary);
    QCOMPARE(kept.nextStep, verdict.nextStep);
    QCOMPARE(kept.judgedOnPart, true);
    QCOMPARE(kept.evidence, verdict.evidence);
    // No verdict kept reads as Unknown, not as a guess.
    StoredExchange bare;
    QCOMPARE(bare.verdict().layer, Verdict::Layer::Unknown);
    QCOMPARE(bare.verdict().bucket, Verdict::Bucket::None);
}

void TestCaseStore::failedReadsAreErrors()
{
    const QString path = m_dir.filePath(QStringLiteral("missing-table.sqlite"));
    auto opened = CaseStore::open(path);
    CaseStore& store = *opened.value();
    const qint64 id = store.createCase(titled(QStringLiteral("Will lose a table"))).value();
    QVERIFY(store.addNote(id, QStringLiteral("a note")));
    QCOMPARE(pbw::test::runRawSql(path, {QStringLiteral("DROP TABLE notes")}), QString());
    // A read that fails says so: never an empty list that looks like "no notes".
    const auto notes = store.notes(id);
    QVERIFY(!notes);
    QCOMPARE(notes.error().kind, StoreError::Kind::Unreadable);
    QVERIFY2(notes.error().message().contains(path), qPrintable(notes.error().message()));
    QVERIFY(!bundleOf(store, id));
    // The other reads still answer.
    QVERIFY(store.exchanges(id));
    QCOMPARE(store.caseById(id)->title, QStringLiteral("Will lose a table"));
    const auto missing = store.exchangeById(999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, StoreError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
