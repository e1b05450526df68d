// pbw batch send against a loopback partner that counts arrivals by click ID: never twice across
// runs killed (SIGKILL) at random moments and resumed until done; the rate limit, the concurrency
// cap and the stop after refusals in a row observed by the server's clock; a dry run and a run
// without a terminal to ask at send nothing.
#include "pbwrun.h"
#include "store/casestore.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace pbw;
using namespace pbw::test;

class TestPbwBatchSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void neverTwiceThroughKills();
    void rateAndConcurrencyObserved();
    void stopsAfterRefusalsInARow();
    void dryRunAndNoTerminalSendNothing();
    void resendIsWrittenOnlyWhenConfirmed();

private:
    QString callbacks(int count); // a CSV file of count callbacks to the server
    QStringList sendArguments(const QString& file) const;

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, int> m_arrivals; // by click ID
    QList<qint64> m_times;
    QElapsedTimer m_clock;
    ScriptedReply m_reply;
};

void TestPbwBatchSend::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.setHandler([this](const RecordedRequest& request) {
        const QString target = QString::fromLatin1(request.target);
        const QUrlQuery query(target.mid(target.indexOf(u'?') + 1));
        m_arrivals[query.queryItemValue(QStringLiteral("click_id"))] += 1;
        m_times.append(m_clock.elapsed());
        return m_reply;
    });
}

void TestPbwBatchSend::init()
{
    static int n = 0;
    m_db = m_dir.filePath(QStringLiteral("send-%1.sqlite").arg(++n));
    QCOMPARE(
        runPbw({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Re-fire"), QStringLiteral("--db"), m_db})
            .exitCode,
        0);
    m_arrivals.clear();
    m_times.clear();
    m_reply = ScriptedReply::text(200, R"({"status":"ok"})", "application/json");
    m_clock.start();
}

QString TestPbwBatchSend::callbacks(int count)
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("callbacks-%1.csv").arg(++n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("key,url\n");
    for (int i = 0; i < count; ++i) {
        const QString key = QStringLiteral("f%1c%2").arg(n).arg(i, 4, 10, QLatin1Char('0'));
        file.write(QStringLiteral("%1,%2/pb?click_id=%1&amount=49.90&goal=purchase&token=tok-8842\n")
                       .arg(key, m_server.baseUrl())
                       .toUtf8());
    }
    return path;
}

QStringList TestPbwBatchSend::sendArguments(const QString& file) const
{
    return {QStringLiteral("batch"), QStringLiteral("send"), file, QStringLiteral("--case"),
            QStringLiteral("1"),     QStringLiteral("--db"), m_db, QStringLiteral("--yes")};
}

void TestPbwBatchSend::neverTwiceThroughKills()
{
    // Slow enough answers that a kill often lands while callbacks are in flight.
    m_reply.delayMs = 30;
    const int count = 120;
    const QString file = callbacks(count);
    QStringList resend;
    bool done = false;
    int kills = 0;
    for (int run = 0; run < 60 && !done; ++run) {
        QStringList arguments = sendArguments(file) << QStringLiteral("--rate") << QStringLiteral("0")
                                                    << QStringLiteral("--concurrency") << QStringLiteral("4");
        for (const QString& key : std::as_const(resend))
            arguments << QStringLiteral("--resend") << key;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), testDataHome());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), testConfigHome());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PBW_EXECUTABLE), arguments);
        QVERIFY(process.waitForStarted(10'000));
        // Killed at a random moment (the last runs are let finish, so the test ends).
        const int wait = run < 20 ? int(QRandomGenerator::global()->bounded(30, 300)) : 60'000;
        QElapsedTimer clock;
        clock.start();
        while (process.state() != QProcess::NotRunning && clock.elapsed() < wait)
            QTest::qWait(5);
        if (process.state() != QProcess::NotRunning) {
            process.kill(); // SIGKILL: no chance to write anything more
            process.waitForFinished(10'000);
            ++kills;
        }
        QTest::qWait(100); // what the killed run wrote to its sockets reaches the server
        // As a user would: the callbacks in flight when it died are checked with the partner, and
        // only those that did not arrive are named to be sent again.
        auto store = std::move(CaseStore::open(m_db, CaseStore::Opening::Existing).value());
        const QList<LedgerEntry> ledger = store->ledger(1).value();
        resend.clear();
        int waiting = 0;
        for (const LedgerEntry& entry : ledger) {
            if (entry.state == LedgerEntry::State::Sending && m_arrivals.value(entry.key) == 0)
                resend.append(entry.key);
            waiting += entry.state == LedgerEntry::State::Planned ? 1 : 0;
        }
        done = ledger.size() == count && waiting == 0 && resend.isEmpty();
    }
    QVERIFY2(done, "the runs did not get every callback out");
    QVERIFY2(kills >= 3, qPrintable(QStringLiteral("only %1 runs were killed").arg(kills)));
    QCOMPARE(m_arrivals.size(), count);
    for (auto it = m_arrivals.cbegin(); it != m_arrivals.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 arrived %2 times").arg(it.key()).arg(it.value())));
    qInfo("%d runs killed; every one of %d callbacks arrived once", kills, count);
}

void TestPbwBatchSend::rateAndConcurrencyObserved()
{
    const PbwRun paced = runPbw(sendArguments(callbacks(8)) << QStringLiteral("--rate") << QStringLiteral("10"));
    QCOMPARE(paced.exitCode, 0);
    QCOMPARE(m_times.size(), 8);
    for (qsizetype i = 1; i < m_times.size(); ++i)
        QVERIFY2(m_times.at(i) - m_times.at(i - 1) >= 85,
                 qPrintable(QStringLiteral("%1 ms apart").arg(m_times.at(i) - m_times.at(i - 1))));

    m_times.clear();
    m_reply.delayMs = 300;
    const PbwRun capped = runPbw(sendArguments(callbacks(9)) << QStringLiteral("--rate") << QStringLiteral("0")
                                                             << QStringLiteral("--concurrency") << QStringLiteral("3"));
    QCOMPARE(capped.exitCode, 0);
    QCOMPARE(m_times.size(), 9);
    for (qsizetype i = 3; i < m_times.size(); ++i)
        QVERIFY2(m_times.at(i) - m_times.at(i - 3) >= 250,
                 qPrintable(QStringLiteral("4 arrivals within %1 ms").arg(m_times.at(i) - m_times.at(i - 3))));
}

void TestPbwBatchSend::stopsAfterRefusalsInARow()
{
    m_reply = ScriptedReply::text(403, "IP not whitelisted");
    const QString file = callbacks(10);
    const PbwRun stopped = runPbw(sendArguments(file) << QStringLiteral("--rate") << QStringLiteral("0")
                                                      << QStringLiteral("--stop-after") << QStringLiteral("4"));
    QCOMPARE(stopped.exitCode, 1);
    QCOMPARE(m_times.size(), 4);
    QVERIFY2(stopped.err.contains(QStringLiteral("Stopped after 4 answers in a row")), qPrintable(stopped.err));
    // Fixed at the partner: the same command goes on with the six never sent, and only them.
    m_reply = ScriptedReply::text(200, R"({"status":"ok"})", "application/json");
    const PbwRun resumed = runPbw(sendArguments(file) << QStringLiteral("--rate") << QStringLiteral("0"));
    QCOMPARE(m_times.size(), 10);
    QVERIFY2(resumed.out.contains(QStringLiteral("6 sent, 6 accepted")), qPrintable(resumed.out));
    for (auto it = m_arrivals.cbegin(); it != m_arrivals.cend(); ++it)
        QCOMPARE(it.value(), 1);
}

void TestPbwBatchSend::dryRunAndNoTerminalSendNothing()
{
    const QString file = callbacks(3);
    const PbwRun dry = runPbw({QStringLiteral("batch"), QStringLiteral("send"), file, QStringLiteral("--case"),
                               QStringLiteral("1"), QStringLiteral("--db"), m_db, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains(QStringLiteral("Would send 3 callbacks")));
    QVERIFY(dry.out.contains(QStringLiteral("token=tok-8842"))); // exactly what would be sent
    const PbwRun asked = runPbw({QStringLiteral("batch"), QStringLiteral("send"), file, QStringLiteral("--case"),
                                 QStringLiteral("1"), QStringLiteral("--db"), m_db});
    QCOMPARE(asked.exitCode, 2);
    QVERIFY2(asked.err.contains(QStringLiteral("Send 3 callbacks to 127.0.0.1")), qPrintable(asked.err));
    QVERIFY(asked.err.contains(QStringLiteral("--yes")));
    QCOMPARE(m_times.size(), 0);
    auto store = std::move(CaseStore::open(m_db, CaseStore::Opening::Existing).value());
    QCOMPARE(store->ledger(1).value().size(), 0); // nothing planned either

    QFile bad(m_dir.filePath(QStringLiteral("bad.csv")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("key,url\nc1,ftp://example.com/pb\n");
    bad.close();
    const PbwRun refused = runPbw(sendArguments(bad.fileName()));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("line 2")), qPrintable(refused.err));
}

void TestPbwBatchSend::resendIsWrittenOnlyWhenConfirmed()
{
    // A key a CSV writer kept from a spreadsheet's formula ("'-c0…") is the conversion "-c0…".
    const QString path = m_dir.filePath(QStringLiteral("resend.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("key,url\n\"'-c0\",%1/pb?click_id=-c0&amount=1\nc1,%1/pb?click_id=c1&amount=1\n")
                   .arg(m_server.baseUrl())
                   .toUtf8());
    file.close();
    QCOMPARE(runPbw(sendArguments(path) << QStringLiteral("--rate") << QStringLiteral("0")).exitCode, 0);
    QCOMPARE(m_arrivals.value(QStringLiteral("-c0")), 1);
    QCOMPARE(m_arrivals.value(QStringLiteral("c1")), 1);

    // --resend without a terminal to ask at (and no --yes): nothing sent, and the ledger keeps the
    // callback as sent, so a later run without --resend still holds it back.
    const PbwRun asked = runPbw({QStringLiteral("batch"), QStringLiteral("send"), path, QStringLiteral("--case"),
                                 QStringLiteral("1"), QStringLiteral("--db"), m_db, QStringLiteral("--resend=-c0")});
    QCOMPARE(asked.exitCode, 2);
    QVERIFY2(asked.err.contains(QStringLiteral("Send 1 callback to 127.0.0.1")), qPrintable(asked.err));
    {
        auto store = std::move(CaseStore::open(m_db, CaseStore::Opening::Existing).value());
        const QList<LedgerEntry> ledger = store->ledger(1).value();
        QCOMPARE(ledger.size(), 2);
        for (const LedgerEntry& entry : ledger)
            QCOMPARE(entry.state, LedgerEntry::State::Sent);
    }
    const PbwRun again = runPbw(sendArguments(path));
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(QStringLiteral("Nothing to send")), qPrintable(again.err));
    QCOMPARE(m_arrivals.value(QStringLiteral("-c0")), 1);

    // Confirmed, the one named goes again, and only it.
    QCOMPARE(runPbw(sendArguments(path) << QStringLiteral("--resend=-c0")).exitCode, 0);
    QCOMPARE(m_arrivals.value(QStringLiteral("-c0")), 2);
    QCOMPARE(m_arrivals.value(QStringLiteral("c1")), 1);
}

QTEST_MAIN(TestPbwBatchSend)
#include "tst_pbwbatchsend.moc"
