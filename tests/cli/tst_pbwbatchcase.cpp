// pbw batch reconcile and check --case end to end: what they found kept in a case of a store in a
// temporary folder, listed by pbw case show (text and --json), told by the case's HTML report (in
// English and Russian); a case that is not there refused before the files are read.
#include "pbwrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pbw::test;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(PBW_SOURCE_DIR "/tests/data/batch/") + name;
}

} // namespace

class TestPbwBatchCase : public QObject
{
    Q_OBJECT

private slots:
    void keptAndShown();
    void anUnknownCaseIsRefusedFirst();

private:
    QString newCase(const QString& db);

    QTemporaryDir m_dir;
};

QString TestPbwBatchCase::newCase(const QString& db)
{
    const PbwRun made = runPbw({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Everflow, December"),
                                QStringLiteral("--db"), db, QStringLiteral("--json")});
    return QString::number(made.json().value(QLatin1String("id")).toInteger());
}

void TestPbwBatchCase::keptAndShown()
{
    const QString db = m_dir.filePath(QStringLiteral("kept.sqlite"));
    const QString id = newCase(db);
    QVERIFY(id != QLatin1String("0"));

    const PbwRun checked
        = runPbw({QStringLiteral("batch"), QStringLiteral("check"), fixture(QStringLiteral("generic-postback-log.csv")),
                  fixture(QStringLiteral("everflow-conversions.csv")), QStringLiteral("--partner-preset"),
                  QStringLiteral("Everflow"), QStringLiteral("--case"), id, QStringLiteral("--db"), db,
                  QStringLiteral("--json")});
    QCOMPARE(checked.exitCode, 1); // missing conversions found, as without --case
    QVERIFY2(checked.err.contains(QStringLiteral("Kept in case #%1 as reconciliation 1.").arg(id)),
             qPrintable(checked.err));
    const QJsonObject kept = checked.json().value(QLatin1String("kept")).toObject();
    QCOMPARE(kept.value(QLatin1String("case")).toInteger(), id.toLongLong());
    QCOMPARE(kept.value(QLatin1String("reconciliation")).toInt(), 1);
    QCOMPARE(checked.json().value(QLatin1String("causes")).toArray().size(), 6);

    const PbwRun reconciled = runPbw(
        {QStringLiteral("batch"), QStringLiteral("reconcile"), fixture(QStringLiteral("keitaro-conversions.csv")),
         fixture(QStringLiteral("everflow-conversions.csv")), QStringLiteral("--tracker-preset"),
         QStringLiteral("keitaro"), QStringLiteral("--partner-preset"), QStringLiteral("everflow"),
         QStringLiteral("--case"), id, QStringLiteral("--db"), db});
    QCOMPARE(reconciled.exitCode, 1);
    QVERIFY(reconciled.out.contains(QStringLiteral("missing"))); // the report as it always was, on standard output
    QVERIFY2(reconciled.err.contains(QStringLiteral("as reconciliation 2.")), qPrintable(reconciled.err));

    // pbw case show --json: both, in the order kept, as data.
    const PbwRun shown = runPbw(
        {QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonArray reconciliations = shown.json().value(QLatin1String("reconciliations")).toArray();
    QCOMPARE(reconciliations.size(), 2);
    const QJsonObject first = reconciliations.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("tracker")).toObject().value(QLatin1String("file")).toString(),
             QStringLiteral("generic-postback-log.csv"));
    QCOMPARE(first.value(QLatin1String("partner")).toObject().value(QLatin1String("preset")).toString(),
             QStringLiteral("everflow"));
    const QJsonObject groups = first.value(QLatin1String("groups")).toObject();
    QCOMPARE(groups.value(QLatin1String("missing")).toObject().value(QLatin1String("rows")).toInt(), 12);
    const QJsonObject check = first.value(QLatin1String("check")).toObject();
    QCOMPARE(check.value(QLatin1String("checked")).toInt(), 12);
    QCOMPARE(check.value(QLatin1String("rebuilt")).toInt(), 10);
    const QJsonArray causes = check.value(QLatin1String("causes")).toArray();
    QCOMPARE(causes.size(), 6);
    const QJsonObject cause = causes.first().toObject();
    QCOMPARE(cause.value(QLatin1String("said")).toObject().value(QLatin1String("finding")).toString(),
             QStringLiteral("macro-literal"));
    QCOMPARE(cause.value(QLatin1String("rows")).toInt(), 3);
    QCOMPARE(cause.value(QLatin1String("money")).toObject().value(QLatin1String("")).toString(),
             QStringLiteral("99.80"));
    QCOMPARE(cause.value(QLatin1String("examples")).toArray().first().toString(),
             QStringLiteral("jgttoq9l5cx9b8slie8"));
    const QJsonObject second = reconciliations.at(1).toObject();
    QVERIFY(second.value(QLatin1String("check")).isNull());
    QCOMPARE(second.value(QLatin1String("groups"))
                 .toObject()
                 .value(QLatin1String("credited"))
                 .toObject()
                 .value(QLatin1String("rows"))
                 .toInt(),
             6);

    // And in words.
    const PbwRun text = runPbw({QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--db"), db});
    QVERIFY(text.out.contains(QStringLiteral("Reconciliations:")));
    QVERIFY2(text.out.contains(QStringLiteral("generic-postback-log.csv × everflow-conversions.csv (everflow)")),
             qPrintable(text.out));
    QVERIFY(
        text.out.contains(QStringLiteral("keitaro-conversions.csv (keitaro) × everflow-conversions.csv (everflow)")));
    QVERIFY(text.out.contains(QStringLiteral("Missing at the partner: 12")));
    QVERIFY(text.out.contains(QStringLiteral("Wrong callback [macro-literal]  e.g. jgttoq9l5cx9b8slie8")));
    QVERIFY(text.out.contains(QStringLiteral("The check built 10 corrected callback")));

    // The case's report tells them, in the language asked for.
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        const QString out = m_dir.filePath(QStringLiteral("report-%1.html").arg(language));
        const PbwRun exported = runPbw({QStringLiteral("case"), QStringLiteral("export"), id,
                                        QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), out,
                                        QStringLiteral("--db"), db, QStringLiteral("--lang"), language});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("<code>jgttoq9l5cx9b8slie8</code>")));
        QVERIFY(html.contains(QStringLiteral("[macro-literal]")));
        QCOMPARE(html.contains(QStringLiteral("Missing at the partner")), language == QLatin1String("en"));
        QCOMPARE(html.contains(QStringLiteral("Нет у партнёра")), language == QLatin1String("ru"));
    }
}

void TestPbwBatchCase::anUnknownCaseIsRefusedFirst()
{
    const QString db = m_dir.filePath(QStringLiteral("other.sqlite"));
    newCase(db);
    // The case is looked up before the files: a file that is not there is not the complaint.
    const PbwRun refused = runPbw({QStringLiteral("batch"), QStringLiteral("reconcile"),
                                   m_dir.filePath(QStringLiteral("no-such-log.csv")),
                                   fixture(QStringLiteral("everflow-conversions.csv")), QStringLiteral("--case"),
                                   QStringLiteral("99"), QStringLiteral("--db"), db});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("There is no case 99")), qPrintable(refused.err));
    QVERIFY(!refused.err.contains(QStringLiteral("no-such-log.csv")));
    // Nor is a store created to say so.
    const QString missingDb = m_dir.filePath(QStringLiteral("none.sqlite"));
    const PbwRun noStore
        = runPbw({QStringLiteral("batch"), QStringLiteral("check"), fixture(QStringLiteral("generic-postback-log.csv")),
                  fixture(QStringLiteral("everflow-conversions.csv")), QStringLiteral("--case"), QStringLiteral("1"),
                  QStringLiteral("--db"), missingDb});
    QCOMPARE(noStore.exitCode, 2);
    QVERIFY(!QFile::exists(missingDb));
}

QTEST_GUILESS_MAIN(TestPbwBatchCase)
#include "tst_pbwbatchcase.moc"
