// pbw batch reconcile end to end: the real binary on the research fixtures of each preset pair (and the
// Russian Windows-1251 file), its JSON and CSV, its exit statuses, malformed files refused with their
// line and nothing written.
#include "pbwrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pbw::test;
using Run = PbwRun;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(PBW_SOURCE_DIR "/tests/data/batch/") + name;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<int> groupRows(const QJsonObject& json)
{
    const QJsonObject groups = json.value(QLatin1String("groups")).toObject();
    QList<int> rows;
    for (const char* key : {"credited", "missing", "payout_different", "status_different", "extra"})
        rows.append(groups.value(QLatin1String(key)).toObject().value(QLatin1String("rows")).toInt(-1));
    return rows;
}

} // namespace

class TestPbwBatch : public QObject
{
    Q_OBJECT

private slots:
    void presetPairs_data();
    void presetPairs();
    void humanOutput();
    void russian();
    void csvOfEveryRow();
    void allCreditedExitsZero();
    void mappingAndZone();
    void badInput_data();
    void badInput();
    void dispatcher();
};

void TestPbwBatch::presetPairs_data()
{
    QTest::addColumn<QString>("tracker");
    QTest::addColumn<QString>("trackerPreset");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("partnerPreset");
    QTest::addColumn<QList<int>>("rows"); // credited, missing, payout, status, extra
    QTest::newRow("keitaro / everflow") << "keitaro-conversions.csv"
                                        << "keitaro"
                                        << "everflow-conversions.csv"
                                        << "everflow" << QList<int>{6, 2, 1, 1, 1};
    QTest::newRow("keitaro cp1251 / everflow") << "keitaro-ru-cp1251.csv"
                                               << "keitaro"
                                               << "everflow-conversions.csv"
                                               << "everflow" << QList<int>{6, 2, 1, 1, 1};
    QTest::newRow("binom / affise") << "binom-conversions.csv"
                                    << "binom"
                                    << "affise-conversions.csv"
                                    << "affise" << QList<int>{6, 2, 1, 1, 1};
    // Voluum's conversions report has no status column: a status cannot differ.
    QTest::newRow("voluum / cake") << "voluum-conversions.csv"
                                   << "voluum"
                                   << "cake-conversions.csv"
                                   << "cake" << QList<int>{7, 2, 1, 0, 1};
    QTest::newRow("redtrack / tune") << "redtrack-conversions.csv"
                                     << "redtrack"
                                     << "tune-conversions.csv"
                                     << "tune" << QList<int>{6, 2, 1, 1, 1};
    QTest::newRow("bemob / everflow") << "bemob-conversions.csv"
                                      << "bemob"
                                      << "everflow-conversions-bemob.csv"
                                      << "everflow" << QList<int>{6, 2, 1, 1, 1};
}

void TestPbwBatch::presetPairs()
{
    QFETCH(QString, tracker);
    QFETCH(QString, trackerPreset);
    QFETCH(QString, partner);
    QFETCH(QString, partnerPreset);
    QFETCH(QList<int>, rows);
    const Run run = runPbw({"batch", "reconcile", fixture(tracker), fixture(partner), "--tracker-preset", trackerPreset,
                            "--partner-preset", partnerPreset, "--json"});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(groupRows(run.json()), rows);
    const QJsonObject trackerSide = run.json().value(QLatin1String("tracker")).toObject();
    QCOMPARE(trackerSide.value(QLatin1String("rows")).toInt(), 10);
    QVERIFY(trackerSide.value(QLatin1String("values_not_read")).toArray().isEmpty());
    QVERIFY(run.json()
                .value(QLatin1String("partner"))
                .toObject()
                .value(QLatin1String("values_not_read"))
                .toArray()
                .isEmpty());
}

void TestPbwBatch::humanOutput()
{
    const Run run = runPbw({"batch", "reconcile", fixture(QStringLiteral("keitaro-conversions.csv")),
                            fixture(QStringLiteral("everflow-conversions.csv")), "--tracker-preset", "keitaro",
                            "--partner-preset", "everflow", "--lang", "en"});
    QCOMPARE(run.exitCode, 1);
    for (const char* expected : {"Missing at the partner", "line 10: jgttoq9l5cx9b8slie8",
                                 "line 8 ↔ partner line 8: nk0p1ut4ae8xds8b37", "payout 49.90 → 45.00 USD",
                                 "status sale → rejected", "partner line 10: e0ehjuflgfiuzi1fmie", "click ID ← sub_id"})
        QVERIFY2(run.out.contains(QString::fromUtf8(expected)), expected);
}

void TestPbwBatch::russian()
{
    const Run run = runPbw({"batch", "reconcile", fixture(QStringLiteral("keitaro-ru-cp1251.csv")),
                            fixture(QStringLiteral("everflow-conversions.csv")), "--tracker-preset", "keitaro",
                            "--partner-preset", "everflow", "--zone", "Europe/Moscow", "--json"});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject tracker = run.json().value(QLatin1String("tracker")).toObject();
    QCOMPARE(tracker.value(QLatin1String("encoding")).toString(), QStringLiteral("Windows-1251"));
    QCOMPARE(tracker.value(QLatin1String("delimiter")).toString(), QStringLiteral(";"));
    const QJsonObject missing
        = run.json().value(QLatin1String("groups")).toObject().value(QLatin1String("missing")).toObject();
    QCOMPARE(missing.value(QLatin1String("tracker_money")).toObject().value(QLatin1String("")).toString(),
             QStringLiteral("74.90"));
    const QJsonObject first = missing.value(QLatin1String("examples")).toArray().at(0).toObject();
    QCOMPARE(first.value(QLatin1String("tracker")).toObject().value(QLatin1String("time")).toString(),
             QStringLiteral("2026-12-07 17:07:56 +03:00"));
}

void TestPbwBatch::csvOfEveryRow()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("reconciled.csv"));
    const Run run = runPbw({"batch", "reconcile", fixture(QStringLiteral("keitaro-conversions.csv")),
                            fixture(QStringLiteral("everflow-conversions.csv")), "--tracker-preset", "keitaro",
                            "--partner-preset", "everflow", "--csv", out});
    QCOMPARE(run.exitCode, 1);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 10 + 1); // the header, every tracker row, the extra partner row
    QVERIFY(lines.at(0).startsWith("group,click_id,transaction_id,tracker_line,partner_line"));
    QVERIFY(lines.at(9).startsWith("missing,jgttoq9l5cx9b8slie8,,10,,49.90,"));
    QVERIFY(lines.at(11).startsWith("extra,e0ehjuflgfiuzi1fmie,"));
}

void TestPbwBatch::allCreditedExitsZero()
{
    QTemporaryDir dir;
    const QString tracker = writeFile(dir, QStringLiteral("t.csv"), "subid;revenue;status\na;49,90;sale\nb;5;lead\n");
    const QString partner
        = writeFile(dir, QStringLiteral("p.tsv"), "click_id\tpayout\tstatus\nb\t5.00\tpending\na\t49.9\tapproved\n");
    const Run run = runPbw({"batch", "reconcile", tracker, partner});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("Every conversion")));
}

void TestPbwBatch::mappingAndZone()
{
    QTemporaryDir dir;
    const QString tracker = writeFile(dir, QStringLiteral("t.csv"), "ref,amount,when\na,1.5,2026-12-07 10:00\n");
    const QString partner = writeFile(dir, QStringLiteral("p.csv"), "x,y\n1.5,a\n");
    const Run run
        = runPbw({"batch", "reconcile", tracker, partner, "--map-tracker", "click_id=ref,payout=amount,time=when",
                  "--map-partner", "click_id=#2,payout=#1", "--zone", "+03:00", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject credited
        = run.json().value(QLatin1String("groups")).toObject().value(QLatin1String("credited")).toObject();
    const QJsonObject example = credited.value(QLatin1String("examples")).toArray().at(0).toObject();
    QCOMPARE(example.value(QLatin1String("tracker")).toObject().value(QLatin1String("time")).toString(),
             QStringLiteral("2026-12-07 10:00:00 +03:00"));
}

void TestPbwBatch::badInput_data()
{
    QTest::addColumn<QByteArray>("tracker");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const QByteArray good("click_id,payout\na,1\n");
    QTest::newRow("ragged") << QByteArray("click_id,payout\na,1\nb\n") << QStringList()
                            << QStringLiteral("tracker.csv: line 3: 1 cell in this row, but the header has 2");
    QTest::newRow("bad quote") << QByteArray("click_id,payout\na,1\nb\"c,2\n") << QStringList()
                               << QStringLiteral("tracker.csv: line 3:");
    QTest::newRow("unclosed quote") << QByteArray("click_id,payout\n\"a,1\nb,2\n") << QStringList()
                                    << QStringLiteral("tracker.csv: line 2: a quote (\") opened here is never closed");
    QTest::newRow("binary") << QByteArray("click_id,payout\na,\x01\x02\x03\n") << QStringList()
                            << QStringLiteral("tracker.csv: line 2: the file holds binary data");
    QTest::newRow("no click ID") << QByteArray("foo,bar\n1,2\n") << QStringList()
                                 << QStringLiteral("tracker.csv: line 1: no click ID column");
    QTest::newRow("unknown preset") << good << QStringList{"--tracker-preset", "nope"}
                                    << QStringLiteral("Unknown preset \"nope\"");
    QTest::newRow("bad map") << good << QStringList{"--map-tracker", "clicks=a"}
                             << QStringLiteral("--map-tracker: Unknown field \"clicks\"");
    QTest::newRow("missing mapped column") << good << QStringList{"--map-tracker", "payout=revenue"}
                                           << QStringLiteral("there is no column \"revenue\" for the payout");
    QTest::newRow("bad zone") << good << QStringList{"--zone", "Mars/Olympus"}
                              << QStringLiteral("Unknown time zone \"Mars/Olympus\"");
}

void TestPbwBatch::badInput()
{
    QFETCH(QByteArray, tracker);
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString trackerPath = writeFile(dir, QStringLiteral("tracker.csv"), tracker);
    const QString partnerPath = writeFile(dir, QStringLiteral("partner.csv"), "click_id,payout\na,1\n");
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    const Run run = runPbw(QStringList{"batch", "reconcile", trackerPath, partnerPath, "--csv", out} + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(out)); // nothing is written for a file that is refused
}

void TestPbwBatch::dispatcher()
{
    QCOMPARE(runPbw({"batch"}).exitCode, 2);
    const Run help = runPbw({"batch", "--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("reconcile TRACKER PARTNER")));
    const Run unknown = runPbw({"batch", "resend"});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QLatin1String("Unknown batch action \"resend\"")));
    QCOMPARE(runPbw({"batch", "reconcile", "only-one.csv"}).exitCode, 2);
    QCOMPARE(runPbw({"batch", "reconcile", "/nonexistent/a.csv", "/nonexistent/b.csv"}).exitCode, 2);
    const Run reconcileHelp = runPbw({"batch", "reconcile", "--help"});
    QCOMPARE(reconcileHelp.exitCode, 0);
    QVERIFY(reconcileHelp.out.contains(QLatin1String("--tracker-preset")));
}

QTEST_GUILESS_MAIN(TestPbwBatch)
#include "tst_pbwbatch.moc"
