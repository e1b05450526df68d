// A batch reconcile kept in a case: built from the fixture pair, kept in a real SQLite store and read
// back, a store of schema 3 migrated, carried by the case file (and its JSON Schema) into another
// store, and told by the partner's report in English and Russian — with the ledger's totals, the
// re-fired exchanges said in one line after the first few, and what came from the files escaped.
#include "batch/batchpresets.h"
#include "batch/csvreader.h"
#include "batch/missingcheck.h"
#include "export/casefile.h"
#include "export/htmlreport.h"
#include "i18n/language.h"
#include "rawsqlite.h"
#include "schemacheck.h"
#include "store/casebundle.h"
#include "store/casestore.h"
#include "store/reconciliationjson.h"
#include "text/reconciliationtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <tuple>

using namespace pbw;
using namespace pbw::batch;

namespace {

ConversionTable readFixture(const QString& name, const QString& preset = {})
{
    QFile file(QStringLiteral(PBW_SOURCE_DIR "/tests/data/batch/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(name));
    ReadOptions options;
    if (!preset.isEmpty())
        options.mapping = BatchPresets::builtIn().find(preset)->mapping;
    auto table = readConversions(&file, options);
    if (!table)
        qFatal("cannot read %s", qPrintable(name));
    return std::move(*table);
}

// The postback log against Everflow's report, checked: what pbw batch check --case keeps.
ReconciliationRecord checkedFixture()
{
    const ConversionTable tracker = readFixture(QStringLiteral("generic-postback-log.csv"));
    const ConversionTable partner = readFixture(QStringLiteral("everflow-conversions.csv"), QStringLiteral("everflow"));
    const Reconciliation result = reconcile(tracker, partner);
    const MissingCheck check = checkMissing(tracker, result);
    ReconciliationRecord record = reconciliationRecord(tracker, result, &check);
    record.trackerFile = QStringLiteral("generic-postback-log.csv");
    record.partnerFile = QStringLiteral("everflow-conversions.csv");
    record.partnerPreset = QStringLiteral("everflow");
    record.made = QDateTime(QDate(2026, 12, 8), QTime(10, 15, 0), Qt::UTC);
    return record;
}

ReconciliationRecord::Group groupOf(const ReconciliationRecord& record, const QString& key)
{
    for (const ReconciliationRecord::Group& group : record.groups) {
        if (group.key == key)
            return group;
    }
    return {};
}

Exchange answered(const QString& url)
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.input = url;
    exchange.request.url = url;
    exchange.request.target = url.mid(url.indexOf(u'/', 8)).toLatin1();
    exchange.timing.started = QDateTime::currentDateTimeUtc();
    ReceivedResponse response;
    response.status = 200;
    response.reason = "OK";
    response.body = "OK";
    response.text = QStringLiteral("OK");
    exchange.response = response;
    return exchange;
}

// The report's list of every exchange.
QString everyExchange(const QString& html)
{
    const qsizetype start = html.indexOf(QStringLiteral("<ul class=\"all\">"));
    return start < 0 ? QString() : html.mid(start, html.indexOf(QStringLiteral("</ul>"), start) - start);
}

QString translated(const char* context, const char* source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

class TestCaseReconciliation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtFromTheFixturePair();
    void keptAndReadBack();
    void migratesASchema3Store();
    void caseFileCarriesThem();
    void refusesBrokenReconciliations();
    void reportTellsThemInEnglishAndRussian();
    void reportSaysManyRefiredInOneLine();

private:
    std::unique_ptr<CaseStore> openStore(const QString& name);

    QTemporaryDir m_dir;
};

void TestCaseReconciliation::initTestCase()
{
    Language::apply(QStringLiteral("en"));
}

std::unique_ptr<CaseStore> TestCaseReconciliation::openStore(const QString& name)
{
    auto opened = CaseStore::open(m_dir.filePath(name));
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message()));
    return std::move(opened.value());
}

void TestCaseReconciliation::builtFromTheFixturePair()
{
    const ReconciliationRecord record = checkedFixture();
    QCOMPARE(record.groups.size(), matchGroupCount);
    QCOMPARE(record.groups.first().key, QStringLiteral("credited"));
    QCOMPARE(groupOf(record, QStringLiteral("missing")).rows, qint64(12));
    QVERIFY(record.checked);
    QCOMPARE(record.checkedRows, qint64(12));
    QCOMPARE(record.withAnswer, qint64(10));
    QCOMPARE(record.rebuilt, qint64(10));
    QCOMPARE(record.causes.size(), 6);
    // Most first: the macro left literal, with the first example's logged status and where it is.
    const ReconciliationRecord::Cause& first = record.causes.first();
    QCOMPARE(first.rows, qint64(3));
    QCOMPARE(first.said.value(QLatin1String("key")).toString(), QStringLiteral("batch-cause"));
    QCOMPARE(first.said.value(QLatin1String("layer")).toString(), QStringLiteral("template"));
    QCOMPARE(first.said.value(QLatin1String("finding")).toString(), QStringLiteral("macro-literal"));
    QCOMPARE(first.said.value(QLatin1String("param")).toString(), QStringLiteral("transaction_id"));
    QCOMPARE(first.said.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(first.examples,
             (QStringList{QStringLiteral("jgttoq9l5cx9b8slie8"), QStringLiteral("VCB3ZPV4UZE6U56WQ8GW5YS3QF"),
                          QStringLiteral("qTwic0hc4UdXYcHW8E4fli")}));
    QCOMPARE(moneyText(first.money), QStringLiteral("99.80"));
    // Nothing in it is in a language: the headline pbw batch check prints is told from the data.
    QCOMPARE(causeHeadline(first.said), QStringLiteral("Wrong callback [macro-literal]"));
    QVERIFY(!causeSummary(first.said).isEmpty());

    // Reconciled only: the groups, no causes.
    const ConversionTable tracker = readFixture(QStringLiteral("keitaro-conversions.csv"), QStringLiteral("keitaro"));
    const ConversionTable partner = readFixture(QStringLiteral("everflow-conversions.csv"), QStringLiteral("everflow"));
    const ReconciliationRecord plain = reconciliationRecord(tracker, reconcile(tracker, partner), nullptr);
    QVERIFY(!plain.checked);
    QVERIFY(plain.causes.isEmpty());
    QCOMPARE(groupOf(plain, QStringLiteral("credited")).rows, qint64(6));
    QCOMPARE(moneyText(groupOf(plain, QStringLiteral("extra")).partnerMoney), QStringLiteral("USD 18.75"));
}

void TestCaseReconciliation::keptAndReadBack()
{
    auto store = openStore(QStringLiteral("kept.sqlite"));
    CaseRecord titled;
    titled.title = QStringLiteral("Everflow, December");
    const qint64 caseId = store->createCase(titled).value();
    const qint64 other = store->createCase(titled).value();
    const ReconciliationRecord checked = checkedFixture();
    ReconciliationRecord plain = checked;
    plain.checked = false;
    plain.checkedRows = plain.withCallback = plain.withAnswer = plain.rebuilt = 0;
    plain.causes.clear();
    plain.made = {};
    QVERIFY(store->addReconciliation(caseId, checked));
    QVERIFY(store->addReconciliation(caseId, plain));
    QCOMPARE(store->addReconciliation(424242, plain).error().kind, StoreError::Kind::NotFound);

    const QList<ReconciliationRecord> kept = store->reconciliations(caseId).value();
    QCOMPARE(kept.size(), 2);
    ReconciliationRecord first = kept.first();
    QVERIFY(first.id > 0);
    QCOMPARE(first.caseId, caseId);
    first.id = 0;
    first.caseId = 0;
    QCOMPARE(first, checked);
    QVERIFY(!kept.last().checked);
    QVERIFY(kept.last().made.isValid()); // the store's time when none was given
    QCOMPARE(kept.last().groups, plain.groups);
    QVERIFY(store->reconciliations(other).value().isEmpty());

    // Found by its files and by its example click IDs; gone with its case.
    QCOMPARE(store->search(QStringLiteral("VCB3ZPV4UZE6U56WQ8GW5YS3QF")).value(), QList<qint64>{caseId});
    QCOMPARE(store->search(QStringLiteral("generic-postback-log")).value(), QList<qint64>{caseId});
    QVERIFY(store->deleteCase(caseId));
    QVERIFY(store->reconciliations(caseId).value().isEmpty());

    // A damaged row is an error, not an empty answer.
    const qint64 third = store->createCase(titled).value();
    QVERIFY(store->addReconciliation(third, checked));
    QCOMPARE(pbw::test::runRawSql(store->path(), {QStringLiteral("UPDATE reconciliations SET groups = '[1]'")}),
             QString());
    QCOMPARE(store->reconciliations(third).error().kind, StoreError::Kind::Unreadable);
}

void TestCaseReconciliation::migratesASchema3Store()
{
    const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
    qint64 caseId = 0;
    {
        auto store = std::move(CaseStore::open(path).value());
        CaseRecord titled;
        titled.title = QStringLiteral("Before reconciliations");
        caseId = store->createCase(titled).value();
        QVERIFY(store->addNote(caseId, QStringLiteral("kept across the migration")));
    }
    // Back to what version 3 wrote: no reconciliations.
    QCOMPARE(pbw::test::runRawSql(
                 path, {QStringLiteral("DROP TABLE reconciliations"), QStringLiteral("PRAGMA user_version = 3")}),
             QString());
    auto store = std::move(CaseStore::open(path).value());
    QCOMPARE(store->notes(caseId).value().size(), 1);
    QVERIFY(store->reconciliations(caseId).value().isEmpty());
    QVERIFY(store->addReconciliation(caseId, checkedFixture()));
    QCOMPARE(store->reconciliations(caseId).value().size(), 1);
    QCOMPARE(store->search(QStringLiteral("migration")).value(), QList<qint64>{caseId});
}

void TestCaseReconciliation::caseFileCarriesThem()
{
    auto store = openStore(QStringLiteral("export.sqlite"));
    CaseRecord titled;
    titled.title = QStringLiteral("Sent to a colleague");
    const qint64 caseId = store->createCase(titled).value();
    QVERIFY(store->addReconciliation(caseId, checkedFixture()));
    const auto bundle = bundleOf(*store, caseId);
    QVERIFY(bundle);
    QCOMPARE(bundle->reconciliations.size(), 1);
    QCOMPARE(bundle->reconciliations.first().id, qint64(0));

    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QByteArray file = writeCaseFile(*bundle, at);
    const QString problems = pbw::test::schemaProblems(QStringLiteral("pbcase.schema.json"), file);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const auto read = readCaseFile(file);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
    QCOMPARE(read->reconciliations, bundle->reconciliations);

    QTemporaryDir other;
    auto colleague = std::move(CaseStore::open(other.filePath(QStringLiteral("colleague.sqlite"))).value());
    const qint64 imported = colleague->importCase(*read).value();
    QCOMPARE(colleague->reconciliations(imported).value().size(), 1);
    QCOMPARE(writeCaseFile(*bundleOf(*colleague, imported), at), file);
    // Imported into a case of one's own: added to what it holds.
    CaseBundle into = *read;
    into.intoCase = imported;
    QVERIFY(colleague->importCase(into));
    QCOMPARE(colleague->reconciliations(imported).value().size(), 2);

    // A file of an earlier version has none, and is read as it was.
    QJsonObject older = QJsonDocument::fromJson(file).object();
    QVERIFY(older.contains(QLatin1String("reconciliations")));
    older.remove(QStringLiteral("reconciliations"));
    const auto olderRead = readCaseFile(QJsonDocument(older).toJson());
    QVERIFY2(olderRead, olderRead ? "" : qPrintable(olderRead.error().message()));
    QVERIFY(olderRead->reconciliations.isEmpty());
}

void TestCaseReconciliation::refusesBrokenReconciliations()
{
    CaseBundle bundle;
    bundle.record.title = QStringLiteral("Broken");
    bundle.record.created = bundle.record.updated = QDateTime::currentDateTimeUtc();
    bundle.reconciliations.append(checkedFixture());
    const QJsonObject good = QJsonDocument::fromJson(writeCaseFile(bundle, QDateTime::currentDateTimeUtc())).object();
    using Change = std::function<void(QJsonObject&)>;
    const auto inFirst = [](const Change& change) -> Change {
        return [change](QJsonObject& document) {
            QJsonArray list = document.value(QLatin1String("reconciliations")).toArray();
            QJsonObject first = list.first().toObject();
            change(first);
            list[0] = first;
            document.insert(QStringLiteral("reconciliations"), list);
        };
    };
    const auto firstCause = [inFirst](const Change& change) -> Change {
        return inFirst([change](QJsonObject& reconciliation) {
            QJsonObject check = reconciliation.value(QLatin1String("check")).toObject();
            QJsonArray causes = check.value(QLatin1String("causes")).toArray();
            QJsonObject cause = causes.first().toObject();
            change(cause);
            causes[0] = cause;
            check.insert(QStringLiteral("causes"), causes);
            reconciliation.insert(QStringLiteral("check"), check);
        });
    };
    const QList<std::tuple<QString, Change, QString>> broken{
        {QStringLiteral("not a list"),
         [](QJsonObject& document) { document.insert(QStringLiteral("reconciliations"), 7); },
         QStringLiteral("reconciliations")},
        {QStringLiteral("not an object"),
         [](QJsonObject& document) { document.insert(QStringLiteral("reconciliations"), QJsonArray{1}); },
         QStringLiteral("reconciliations[0]")},
        {QStringLiteral("a bad time"),
         inFirst([](QJsonObject& r) { r.insert(QStringLiteral("made"), QStringLiteral("yesterday")); }),
         QStringLiteral("reconciliations[0].made")},
        {QStringLiteral("rows not a count"), inFirst([](QJsonObject& r) {
             QJsonObject groups = r.value(QLatin1String("groups")).toObject();
             QJsonObject missing = groups.value(QLatin1String("missing")).toObject();
             missing.insert(QStringLiteral("rows"), QStringLiteral("12"));
             groups.insert(QStringLiteral("missing"), missing);
             r.insert(QStringLiteral("groups"), groups);
         }),
         QStringLiteral("reconciliations[0].groups.missing.rows")},
        {QStringLiteral("money not a number"), firstCause([](QJsonObject& c) {
             c.insert(QStringLiteral("money"), QJsonObject{{QStringLiteral("USD"), QStringLiteral("lots")}});
         }),
         QStringLiteral("reconciliations[0].check.causes[0].money.USD")},
        {QStringLiteral("a cause without its key"), firstCause([](QJsonObject& c) {
             c.insert(QStringLiteral("said"), QJsonObject{{QStringLiteral("x"), 1}});
         }),
         QStringLiteral("reconciliations[0].check.causes[0].said.key")},
        {QStringLiteral("four examples"), firstCause([](QJsonObject& c) {
             c.insert(QStringLiteral("examples"),
                      QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
         }),
         QStringLiteral("reconciliations[0].check.causes[0].examples")},
    };
    for (const auto& [name, change, where] : broken) {
        QJsonObject document = good;
        change(document);
        const auto read = readCaseFile(QJsonDocument(document).toJson());
        QVERIFY2(!read, qPrintable(name));
        QCOMPARE(read.error().kind, ImportProblem::Kind::BadField);
        QCOMPARE(read.error().detail, where);
    }
}

void TestCaseReconciliation::reportTellsThemInEnglishAndRussian()
{
    auto store = openStore(QStringLiteral("report.sqlite"));
    CaseRecord titled;
    titled.title = QStringLiteral("Everflow, December");
    const qint64 caseId = store->createCase(titled).value();
    ReconciliationRecord record = checkedFixture();
    // What came from the files is text in the page, never markup.
    record.trackerFile = QStringLiteral("<script>alert(1)</script>.csv");
    record.causes.first().examples.first() = QStringLiteral("<img src=x onerror=alert(2)>");
    QVERIFY(store->addReconciliation(caseId, record));
    const QList<PlannedSend> sends{{QStringLiteral("a1"), QStringLiteral("https://t.example/pb?c=a1")},
                                   {QStringLiteral("a2"), QStringLiteral("https://t.example/pb?c=a2")},
                                   {QStringLiteral("a3"), QStringLiteral("https://t.example/pb?c=a3")}};
    QVERIFY(store->planSends(caseId, QStringLiteral("log.csv"), sends));
    const QList<LedgerEntry> ledger = store->ledger(caseId).value();
    QVERIFY(store->markSending({ledger.at(0).id, ledger.at(1).id}));
    Verdict accepted;
    accepted.layer = Verdict::Layer::Ok;
    QVERIFY(store->finishSend(ledger.at(0).id, LedgerEntry::State::Sent,
                              answered(QStringLiteral("https://t.example/pb?c=a1")), accepted));
    const CaseBundle bundle = *bundleOf(*store, caseId);
    QCOMPARE(bundle.ledger.sent, qint64(1));
    QCOMPARE(bundle.ledger.accepted, qint64(1));
    QCOMPARE(bundle.ledger.inFlight, qint64(1));
    QCOMPARE(bundle.ledger.notSent, qint64(1));
    QVERIFY(bundle.isRefired(1));

    const QString english = htmlReport(bundle, QDateTime::currentDateTimeUtc());
    QVERIFY(english.contains(QStringLiteral("<h2>Reconciliation</h2>")));
    QVERIFY(english.contains(QStringLiteral("Missing at the partner</td><td>12</td>")));
    QVERIFY(english.contains(QStringLiteral("<b>Wrong callback [macro-literal]</b>")));
    QVERIFY(english.contains(QStringLiteral("<code>VCB3ZPV4UZE6U56WQ8GW5YS3QF</code>")));
    QVERIFY(english.contains(QStringLiteral("99.80")));
    QVERIFY(english.contains(QStringLiteral("Callbacks sent again")));
    QVERIFY(english.contains(QStringLiteral("<td>1</td><td>1</td><td>0</td><td>0</td><td>1</td><td>1</td>")));
    QVERIFY(english.contains(QStringLiteral("Re-fired for a1")));
    QVERIFY(!english.contains(QStringLiteral("<script>alert")));
    QVERIFY(!english.contains(QStringLiteral("<img src=x")));
    QVERIFY(english.contains(QStringLiteral("&lt;img src=x onerror=alert(2)&gt;")));

    // The same case read by a Russian reader: the section in the reader's words, the data the same.
    QVERIFY(Language::apply(QStringLiteral("ru")));
    const QString russian = htmlReport(bundle, QDateTime::currentDateTimeUtc());
    const auto backToEnglish = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    QCOMPARE(russian.contains(QStringLiteral("lang=\"ru\"")), true);
    QVERIFY(russian.contains(QStringLiteral("<h2>%1</h2>").arg(translated("Report", "Reconciliation"))));
    const QString missing = translated("Batch", "Missing at the partner");
    QVERIFY(missing != QStringLiteral("Missing at the partner")); // the Russian catalogue is loaded
    QVERIFY(russian.contains(missing + QStringLiteral("</td><td>12</td>")));
    QVERIFY(!russian.contains(QStringLiteral("Missing at the partner")));
    QVERIFY(!russian.contains(QStringLiteral("Wrong callback")));
    QVERIFY(russian.contains(QStringLiteral("[macro-literal]")));
    QVERIFY(russian.contains(translated("Report", "Callbacks sent again")));
    QVERIFY(russian.contains(QStringLiteral("<code>VCB3ZPV4UZE6U56WQ8GW5YS3QF</code>")));
}

void TestCaseReconciliation::reportSaysManyRefiredInOneLine()
{
    auto store = openStore(QStringLiteral("refired.sqlite"));
    CaseRecord titled;
    titled.title = QStringLiteral("Hundreds re-fired");
    const qint64 caseId = store->createCase(titled).value();
    QVERIFY(store->addExchange(caseId, StoredExchange::Role::Failing,
                               answered(QStringLiteral("https://t.example/pb?c={clickid}")), Verdict{}));
    QList<PlannedSend> sends;
    for (int i = 1; i <= 40; ++i)
        sends.append({QStringLiteral("k%1").arg(i), QStringLiteral("https://t.example/pb?c=k%1").arg(i)});
    QVERIFY(store->planSends(caseId, QStringLiteral("log.csv"), sends));
    Verdict accepted;
    accepted.layer = Verdict::Layer::Ok;
    const QList<LedgerEntry> planned = store->ledger(caseId).value();
    for (const LedgerEntry& entry : planned) {
        QVERIFY(store->markSending({entry.id}));
        QVERIFY(store->finishSend(entry.id, LedgerEntry::State::Sent, answered(entry.url), accepted));
    }
    QVERIFY(store->addExchange(caseId, StoredExchange::Role::Other, answered(QStringLiteral("https://t.example/after")),
                               Verdict{}));
    const CaseBundle bundle = *bundleOf(*store, caseId);
    const QString html = htmlReport(bundle, QDateTime::currentDateTimeUtc());
    QVERIFY(html.contains(QStringLiteral("<td>40</td><td>40</td><td>0</td>")));
    // The list of every exchange: the failing one, three re-fired, one line for the 37 others, the last.
    const QString list = everyExchange(html);
    QCOMPARE(list.count(QStringLiteral("<li")), 6);
    QVERIFY(list.contains(QStringLiteral("c=k3</code>")));
    QVERIFY(!list.contains(QStringLiteral("c=k4</code>")));
    const QString more = translated("Report", "… and %n more re-fired callback(s) — all in the case file.", 37);
    QVERIFY(more.contains(QStringLiteral("37")));
    QVERIFY(list.contains(QStringLiteral("<li class=\"more\">") + more + QStringLiteral("</li>")));
    QVERIFY(list.contains(QStringLiteral("https://t.example/after"))); // what comes after them is listed

    // A colleague's copy has no ledger, yet the re-fired exchanges say what they are.
    const auto read = readCaseFile(writeCaseFile(bundle, QDateTime::currentDateTimeUtc()));
    QVERIFY(read);
    QVERIFY(read->ledger.total() == 0);
    QVERIFY(read->isRefired(2));
    QVERIFY(!read->isRefired(1));
    const QString copy = htmlReport(*read, QDateTime::currentDateTimeUtc());
    QVERIFY(everyExchange(copy).contains(more));
    QVERIFY(!copy.contains(QStringLiteral("Callbacks sent again")));
}

QTEST_GUILESS_MAIN(TestCaseReconciliation)
#include "tst_casereconciliation.moc"
