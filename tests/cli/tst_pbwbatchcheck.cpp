// pbw batch check end to end: the real binary on the fixture postback log against an Everflow report,
// with and without the partner's template; its text and --json agree, its --csv is the re-fire list
// pbw batch send reads, and its exit statuses.
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

QStringList checkArguments(const QStringList& more = {})
{
    return QStringList{QStringLiteral("batch"),
                       QStringLiteral("check"),
                       fixture(QStringLiteral("generic-postback-log.csv")),
                       fixture(QStringLiteral("everflow-conversions.csv")),
                       QStringLiteral("--partner-preset"),
                       QStringLiteral("everflow")}
    + more;
}

const QString everflowTemplate
    = QStringLiteral("https://trk.example-network.com/?nid=1466&transaction_id={clickid}&amount={payout}");

} // namespace

class TestPbwBatchCheck : public QObject
{
    Q_OBJECT

private slots:
    void textAndJsonAgree();
    void refireCsv();
    void templateCsv();
    void nothingMissingExitsZero();
    void badInput_data();
    void badInput();
};

void TestPbwBatchCheck::textAndJsonAgree()
{
    const Run text = runPbw(checkArguments());
    const Run json = runPbw(checkArguments({QStringLiteral("--json")}));
    QCOMPARE(text.exitCode, 1);
    QCOMPARE(json.exitCode, 1);
    const QJsonObject object = json.json();
    QCOMPARE(object.value(QLatin1String("missing")).toInt(), 12);
    QCOMPARE(object.value(QLatin1String("with_answer")).toInt(), 10);
    const QJsonArray causes = object.value(QLatin1String("causes")).toArray();
    QCOMPARE(causes.size(), 6);
    int rows = 0;
    for (const QJsonValue& value : causes) {
        const QJsonObject cause = value.toObject();
        rows += cause.value(QLatin1String("rows")).toInt();
        // Each cause of the JSON is a line of the text: its count and its title, and its first example.
        const QString line = QStringLiteral("%1  ").arg(cause.value(QLatin1String("rows")).toInt(), 6);
        QVERIFY2(text.out.contains(line), qPrintable(line));
        QVERIFY2(text.out.contains(cause.value(QLatin1String("title")).toString()),
                 qPrintable(cause.value(QLatin1String("title")).toString()));
        const QJsonObject example = cause.value(QLatin1String("examples")).toArray().first().toObject();
        QVERIFY(text.out.contains(QStringLiteral("line %1 (%2)")
                                      .arg(example.value(QLatin1String("line")).toInt())
                                      .arg(example.value(QLatin1String("click_id")).toString())));
    }
    QCOMPARE(rows, 12);
    const QJsonObject first = causes.first().toObject();
    QCOMPARE(first.value(QLatin1String("layer")).toString(), QStringLiteral("template"));
    QCOMPARE(first.value(QLatin1String("finding")).toString(), QStringLiteral("macro-literal"));
    QCOMPARE(first.value(QLatin1String("rows")).toInt(), 3);
    const int refire = object.value(QLatin1String("refire")).toArray().size();
    QCOMPARE(refire, 10);
    QCOMPARE(object.value(QLatin1String("not_refired")).toArray().size(), 2);
    QVERIFY(text.out.contains((refire == 1 ? QStringLiteral("1 callback can be re-fired")
                                           : QStringLiteral("%1 callbacks can be re-fired").arg(refire))));
    QVERIFY(text.out.contains(QLatin1String("pbw batch send")));
}

void TestPbwBatchCheck::refireCsv()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("refire.csv"));
    const Run run = runPbw(checkArguments({QStringLiteral("--csv"), csv}));
    QCOMPARE(run.exitCode, 1);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("key,line,method,url,payout,currency,why\r"));
    QCOMPARE(lines.size(), 1 + 10 + 1); // the header, ten callbacks, the empty text after the last CRLF
    QCOMPARE(
        lines.at(1),
        QByteArray("jgttoq9l5cx9b8slie8,2,GET,https://trk.example-network.com/"
                   "?nid=1466&transaction_id=jgttoq9l5cx9b8slie8&amount=49.90,49.90,,\"transaction_id holds the "
                   "macro `{clickid}`, never replaced: the partner receives the macro's name instead of a value.\"\r"));
    // The encoded macro of the CAKE callback is filled too; the truncated TUNE click ID put back whole.
    QVERIFY(lines.at(5).contains("&r=VCB3ZPV4UZE6U56WQ8GW5YS3QF&t=TX5300008"));
    QVERIFY(lines.at(7).contains("transaction_id=9ebd58c8d2ec2ea9a2d702dd&"));
}

void TestPbwBatchCheck::templateCsv()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("refire.csv"));
    const Run run = runPbw(checkArguments(
        {QStringLiteral("--template"), everflowTemplate, QStringLiteral("--csv"), csv, QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().value(QLatin1String("template")).toString(), everflowTemplate);
    const QJsonArray refire = run.json().value(QLatin1String("refire")).toArray();
    // The CAKE callbacks carry no payout: {payout} cannot be filled, and those rows are left out.
    QCOMPARE(refire.size(), 9);
    for (const QJsonValue& value : refire) {
        const QJsonObject candidate = value.toObject();
        QVERIFY(candidate.value(QLatin1String("url"))
                    .toString()
                    .startsWith(QStringLiteral("https://trk.example-network.com/?nid=1466&transaction_id=")
                                + candidate.value(QLatin1String("key")).toString() + QStringLiteral("&amount=")));
    }
    const QJsonArray left = run.json().value(QLatin1String("not_refired")).toArray();
    QCOMPARE(left.size(), 3);
    QVERIFY(left.first().toObject().value(QLatin1String("reason")).toString().contains(QLatin1String("{payout}")));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 1 + 9);
}

void TestPbwBatchCheck::nothingMissingExitsZero()
{
    const Run run
        = runPbw({QStringLiteral("batch"), QStringLiteral("check"), fixture(QStringLiteral("everflow-conversions.csv")),
                  fixture(QStringLiteral("everflow-conversions.csv")), QStringLiteral("--tracker-preset"),
                  QStringLiteral("everflow"), QStringLiteral("--partner-preset"), QStringLiteral("everflow")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("Nothing to explain")));
}

void TestPbwBatchCheck::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("one file") << QStringList{QStringLiteral("batch"), QStringLiteral("check"),
                                             fixture(QStringLiteral("generic-postback-log.csv"))}
                              << QStringLiteral("pbw batch check TRACKER PARTNER");
    QTest::newRow("no such file") << QStringList{QStringLiteral("batch"), QStringLiteral("check"),
                                                 QStringLiteral("/nonexistent.csv"),
                                                 fixture(QStringLiteral("everflow-conversions.csv"))}
                                  << QStringLiteral("no such file");
    QTest::newRow("template not a URL") << checkArguments({QStringLiteral("--template"), QStringLiteral("not a url")})
                                        << QStringLiteral("not a URL");
    QTest::newRow("unknown preset") << checkArguments({QStringLiteral("--tracker-preset"), QStringLiteral("nope")})
                                    << QStringLiteral("Unknown preset");
}

void TestPbwBatchCheck::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("refire.csv"));
    const Run run = runPbw(arguments + QStringList{QStringLiteral("--csv"), csv});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(csv)); // nothing written
}

QTEST_GUILESS_MAIN(TestPbwBatchCheck)
#include "tst_pbwbatchcheck.moc"
