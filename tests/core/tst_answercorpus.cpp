// Every answer partners document (tests/data/answer-corpus, each with where it is documented) gets
// the documented reason: a refusal is never judged accepted, a success never a refusal, and a
// platform is named only when its own words matched.
#include "analysis/answerrules.h"
#include "analysis/verdict.h"
#include "answercorpus.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace pbw;

namespace {

using pbw::test::CorpusEntry;

QList<CorpusEntry> corpus()
{
    return pbw::test::answerCorpus(QStringLiteral(PBW_SOURCE_DIR));
}

bool samePlatform(const QString& named, const QString& documented)
{
    return named.isEmpty() || named.contains(documented, Qt::CaseInsensitive)
        || documented.contains(named, Qt::CaseInsensitive)
        || named.section(u' ', 0, 0).compare(documented.section(u' ', 0, 0), Qt::CaseInsensitive) == 0;
}

} // namespace

class TestAnswerCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsLargeAndSourced();
    void everyAnswer_data();
    void everyAnswer();
};

void TestAnswerCorpus::corpusIsLargeAndSourced()
{
    const QList<CorpusEntry> entries = corpus();
    QSet<QString> platforms;
    for (const CorpusEntry& entry : entries) {
        const QJsonObject& e = entry.object;
        const QString where = entry.file + QLatin1Char(' ') + e.value(QLatin1String("body")).toString().left(60);
        QVERIFY2(!e.value(QLatin1String("platform")).toString().isEmpty(), qPrintable(where));
        QVERIFY2(!e.value(QLatin1String("source")).toString().isEmpty(), qPrintable(where));
        QVERIFY2(!e.value(QLatin1String("meaning")).toString().isEmpty(), qPrintable(where));
        QVERIFY2(e.value(QLatin1String("status")).toInt() >= 100, qPrintable(where));
        QVERIFY2(bucketFromKey(e.value(QLatin1String("bucket")).toString()).has_value(), qPrintable(where));
        platforms.insert(e.value(QLatin1String("platform")).toString().section(u' ', 0, 0).toLower());
    }
    QVERIFY2(entries.size() >= 100, qPrintable(QString::number(entries.size())));
    QVERIFY2(platforms.size() >= 20, qPrintable(QStringList(platforms.values()).join(u',')));
}

void TestAnswerCorpus::everyAnswer_data()
{
    QTest::addColumn<QJsonObject>("entry");
    QHash<QString, int> seen;
    for (const CorpusEntry& entry : corpus()) {
        const int n = ++seen[entry.file];
        QTest::newRow(qPrintable(QStringLiteral("%1 #%2").arg(entry.file).arg(n))) << entry.object;
    }
}

void TestAnswerCorpus::everyAnswer()
{
    QFETCH(QJsonObject, entry);
    const ReceivedResponse response = pbw::test::corpusAnswer(entry);
    const Verdict verdict = judgeAnswer(response, {}, AnswerRules::builtIn());
    const QString expectedBucket = entry.value(QLatin1String("bucket")).toString();
    const QString got = bucketKey(verdict.bucket);
    const QString context = QStringLiteral("%1 %2 %3 → %4/%5 (%6, %7)")
                                .arg(entry.value(QLatin1String("platform")).toString())
                                .arg(response.status)
                                .arg(QString::fromUtf8(response.body.left(100)), layerKey(verdict.layer), got,
                                     verdict.rule, verdict.message);

    // Never the wrong side: a refusal read as accepted, or a success as a refusal.
    const bool expectedAccepted = expectedBucket == QLatin1String("accepted");
    QVERIFY2(expectedAccepted == (verdict.bucket == Verdict::Bucket::Accepted), qPrintable(context));
    QVERIFY2(got == expectedBucket, qPrintable(context));
    if (entry.contains(QLatin1String("layer")))
        QVERIFY2(layerKey(verdict.layer) == entry.value(QLatin1String("layer")).toString(), qPrintable(context));
    QVERIFY2(samePlatform(verdict.platform, entry.value(QLatin1String("platform")).toString()), qPrintable(context));
    QVERIFY(!verdict.summary.isEmpty());
    // The finer reason is reported where it differs, not failed: several messages serve one bucket.
    const QString message = entry.value(QLatin1String("message")).toString();
    if (!message.isEmpty() && message != verdict.message)
        qInfo("message %s, documented %s: %s", qPrintable(verdict.message), qPrintable(message), qPrintable(context));
}

QTEST_GUILESS_MAIN(TestAnswerCorpus)
#include "tst_answercorpus.moc"
