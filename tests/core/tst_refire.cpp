// Re-firing a batch against a loopback partner: the ledger writes each callback down before it is
// sent and keeps its outcome after; a plan never sends a conversion twice; the rate limit, the
// concurrency cap, the stop after N refusals and the retries are observed by the server's clock.
#include "refire/refirer.h"
#include "refire/rowrefires.h"
#include "store/casestore.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pbw;
using namespace pbw::test;

class TestRefire : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void planningNeverTwice();
    void sendsAndKeepsTheOutcome();
    void rateLimitObserved();
    void concurrencyCapObserved();
    void stopsAfterRefusalsInARow();
    void retriesA503ThenKeepsTheAnswer();
    void cancelLeavesThemInFlight();
    void ledgerLaidOverTheRows();

private:
    QList<RefireItem> plan(int count, const QString& path = QStringLiteral("/pb"));
    // By value: a range-for over a temporary Result's value() would dangle.
    QList<LedgerEntry> entries() const { return m_store->ledger(m_case).value(); }
    RefireSummary run(const QList<RefireItem>& items, const RefireOptions& options);

    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    qint64 m_case = 0;
    TestServer m_server;
    Replayer m_replayer;
    QElapsedTimer m_clock;
    QList<qint64> m_arrivals; // ms since the run started
};

void TestRefire::init()
{
    static int n = 0;
    m_store = std::move(CaseStore::open(m_dir.filePath(QStringLiteral("refire-%1.sqlite").arg(++n))).value());
    CaseRecord record;
    record.title = QStringLiteral("Re-fire the missing ones");
    m_case = m_store->createCase(record).value();
    static const bool listening = m_server.listen();
    QVERIFY(listening);
    m_server.clear();
    m_server.setReply(ScriptedReply::text(200, R"({"status":"ok"})", "application/json"));
    m_arrivals.clear();
    disconnect(&m_server, &TestServer::requestReceived, this, nullptr);
    connect(&m_server, &TestServer::requestReceived, this, [this] { m_arrivals.append(m_clock.elapsed()); });
}

void TestRefire::cleanup()
{
    m_server.setHandler({});
    m_store.reset();
}

QList<RefireItem> TestRefire::plan(int count, const QString& path)
{
    QList<PlannedSend> sends;
    for (int i = 0; i < count; ++i) {
        const QString key = QStringLiteral("clk%1").arg(i, 4, 10, QLatin1Char('0'));
        sends.append({key, m_server.baseUrl() + path + QStringLiteral("?click_id=%1&token=s3cr3t-value").arg(key)});
    }
    const auto planned = m_store->planSends(m_case, QStringLiteral("missing.csv"), sends);
    if (!planned)
        return {};
    QList<RefireItem> items;
    for (const LedgerEntry& entry : entries()) {
        if (!entry.mayBeSent())
            continue;
        for (const PlannedSend& send : sends) {
            if (send.key == entry.key) {
                ReplayRequest request;
                request.url = send.url;
                request.options.timeoutMs = 5'000;
                items.append({entry.id, entry.key, request});
            }
        }
    }
    return items;
}

RefireSummary TestRefire::run(const QList<RefireItem>& items, const RefireOptions& options)
{
    Refirer refirer(m_store.get(), &m_replayer);
    QSignalSpy finished(&refirer, &Refirer::finished);
    m_clock.start();
    refirer.start(items, options);
    if (finished.isEmpty() && !finished.wait(60'000)) // an empty run ends at once
        return {};
    return finished.first().first().value<RefireSummary>();
}

void TestRefire::planningNeverTwice()
{
    QCOMPARE(plan(5).size(), 5);
    // Planned again (the same file, a re-run): nothing new, the five still waiting.
    const auto again = m_store->planSends(m_case, QStringLiteral("again.csv"),
                                          {{QStringLiteral("clk0000"), QStringLiteral("https://n.example/pb?x=1")}});
    QVERIFY(again);
    QCOMPARE(again->planned, 0);
    QCOMPARE(again->already.size(), 1);
    QCOMPARE(again->already.first().batch, QStringLiteral("missing.csv"));
    // Secrets stay in the file the run reads: the ledger keeps the URL redacted.
    QVERIFY(entries().first().url.contains(QStringLiteral("token=[redacted]")));
    // In flight, then planned again: not sent until the user names it.
    const qint64 first = entries().first().id;
    QVERIFY(m_store->markSending({first}));
    QCOMPARE(entries().first().state, LedgerEntry::State::Sending);
    QCOMPARE(plan(5).size(), 4);
    QCOMPARE(m_store->replanSends(m_case, {QStringLiteral("clk0000")}).value(), 1);
    QCOMPARE(plan(5).size(), 5);
}

void TestRefire::sendsAndKeepsTheOutcome()
{
    RefireOptions options;
    options.ratePerSecond = 0;
    options.concurrency = 4;
    const RefireSummary summary = run(plan(6), options);
    QCOMPARE(summary.sent, 6);
    QCOMPARE(summary.accepted, 6);
    QCOMPARE(m_server.requests().size(), 6);
    for (const LedgerEntry& entry : entries()) {
        QCOMPARE(entry.state, LedgerEntry::State::Sent);
        QCOMPARE(entry.status, 200);
        QCOMPARE(entry.layer, QStringLiteral("ok"));
        QCOMPARE(entry.attempts, 1);
        const auto kept = m_store->exchangeById(entry.exchangeId);
        QVERIFY(kept);
        QCOMPARE(kept->role, StoredExchange::Role::Corrected);
        QVERIFY(!kept->exchange().request.url.contains(QStringLiteral("s3cr3t")));
    }
    // A second run of the same plan sends nothing.
    QCOMPARE(plan(6).size(), 0);
}

void TestRefire::rateLimitObserved()
{
    RefireOptions options;
    options.ratePerSecond = 5;
    options.concurrency = 8;
    const RefireSummary summary = run(plan(6), options);
    QCOMPARE(summary.sent, 6);
    QCOMPARE(m_arrivals.size(), 6);
    for (qsizetype i = 1; i < m_arrivals.size(); ++i)
        QVERIFY2(m_arrivals.at(i) - m_arrivals.at(i - 1) >= 180,
                 qPrintable(QStringLiteral("arrivals %1 ms apart").arg(m_arrivals.at(i) - m_arrivals.at(i - 1))));
}

void TestRefire::concurrencyCapObserved()
{
    ScriptedReply slow = ScriptedReply::text(200, R"({"status":"ok"})", "application/json");
    slow.delayMs = 300;
    m_server.setReply(slow);
    RefireOptions options;
    options.ratePerSecond = 0;
    options.concurrency = 2;
    const RefireSummary summary = run(plan(6), options);
    QCOMPARE(summary.sent, 6);
    // Two at a time: never a third arrival while two are being answered.
    for (qsizetype i = 2; i < m_arrivals.size(); ++i)
        QVERIFY2(m_arrivals.at(i) - m_arrivals.at(i - 2) >= 250,
                 qPrintable(QStringLiteral("3 arrivals within %1 ms").arg(m_arrivals.at(i) - m_arrivals.at(i - 2))));
}

void TestRefire::stopsAfterRefusalsInARow()
{
    m_server.setReply(ScriptedReply::text(403, "IP not whitelisted"));
    RefireOptions options;
    options.ratePerSecond = 0;
    options.stopAfter = 3;
    const RefireSummary summary = run(plan(10), options);
    QVERIFY(summary.stoppedAfterFailures);
    QCOMPARE(m_server.requests().size(), 3);
    QCOMPARE(summary.notStarted, 7);
    int planned = 0;
    for (const LedgerEntry& entry : entries())
        planned += entry.state == LedgerEntry::State::Planned ? 1 : 0;
    QCOMPARE(planned, 7); // a later run goes on from there
}

void TestRefire::retriesA503ThenKeepsTheAnswer()
{
    int calls = 0;
    m_server.setHandler([&calls](const RecordedRequest&) {
        if (++calls == 1) {
            ScriptedReply busy = ScriptedReply::text(503, "busy");
            busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
            return busy;
        }
        return ScriptedReply::text(200, R"({"status":"ok"})", "application/json");
    });
    RefireOptions options;
    options.ratePerSecond = 0;
    options.retryBaseMs = 100;
    const RefireSummary summary = run(plan(1), options);
    QCOMPARE(summary.sent, 1);
    QCOMPARE(calls, 2);
    const LedgerEntry entry = entries().first();
    QCOMPARE(entry.attempts, 2);
    QCOMPARE(entry.status, 200);
    // A refusal is not retried: retrying cannot change it.
    m_server.setHandler({});
    m_server.setReply(ScriptedReply::text(400, "Invalid click_id"));
    m_server.clear();
    const RefireSummary refused = run(plan(2), options);
    QCOMPARE(refused.sent, 1);
    QCOMPARE(m_server.requests().size(), 1);
}

void TestRefire::cancelLeavesThemInFlight()
{
    ScriptedReply never = ScriptedReply::text(200, "OK");
    never.neverAnswer = true;
    m_server.setReply(never);
    RefireOptions options;
    options.ratePerSecond = 0;
    options.concurrency = 2;
    Refirer refirer(m_store.get(), &m_replayer);
    QSignalSpy finished(&refirer, &Refirer::finished);
    refirer.start(plan(4), options);
    QTRY_COMPARE(m_server.requests().size(), 2);
    refirer.cancel(); // the two in flight are cancelled at once: the run may end within cancel()
    QVERIFY(!finished.isEmpty() || finished.wait(10'000));
    const RefireSummary summary = finished.first().first().value<RefireSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.notStarted, 2);
    int inFlight = 0;
    for (const LedgerEntry& entry : entries())
        inFlight += entry.state == LedgerEntry::State::Sending ? 1 : 0;
    QCOMPARE(inFlight, 2); // they may have arrived: not sent again unless named
    QCOMPARE(plan(4).size(), 2);
}

void TestRefire::ledgerLaidOverTheRows()
{
    // A batch's rows (one conversion twice, one with a transaction ID) and what the ledger holds.
    batch::ConversionTable tracker;
    tracker.setPresent(batch::ConversionField::ClickId);
    tracker.setPresent(batch::ConversionField::TransactionId);
    qint64 line = 2;
    for (const auto& [clickId, transaction] :
         QList<std::pair<QString, QString>>{{QStringLiteral("ok1"), {}},
                                            {QStringLiteral("no1"), {}},
                                            {QStringLiteral("tx1"), QStringLiteral("T-9")},
                                            {QStringLiteral("cut1"), {}},
                                            {QStringLiteral("wait1"), {}},
                                            {QStringLiteral("never"), {}},
                                            {QStringLiteral("ok1"), {}}}) {
        batch::ConversionRow row;
        row.clickId = clickId;
        row.transactionId = transaction;
        row.line = line++;
        tracker.append(row);
    }
    const auto entry
        = [](const QString& key, LedgerEntry::State state, const QString& layer, int status, qint64 exchangeId) {
              LedgerEntry e;
              e.key = key;
              e.state = state;
              e.layer = layer;
              e.status = status;
              e.exchangeId = exchangeId;
              e.error = key + QStringLiteral(" said");
              return e;
          };
    const QList<LedgerEntry> ledger{
        entry(QStringLiteral("ok1"), LedgerEntry::State::Sent, QStringLiteral("ok"), 200, 31),
        entry(QStringLiteral("no1"), LedgerEntry::State::Sent, QStringLiteral("business"), 200, 32),
        entry(QStringLiteral("tx1 / T-9"), LedgerEntry::State::Failed, {}, 0, 33),
        entry(QStringLiteral("cut1"), LedgerEntry::State::Sending, {}, 0, 0),
        entry(QStringLiteral("wait1"), LedgerEntry::State::Planned, {}, 0, 0),
        entry(QStringLiteral("elsewhere"), LedgerEntry::State::Sent, QStringLiteral("ok"), 200, 34),
    };
    const QHash<qint64, int> numbers{{31, 7}, {32, 8}, {34, 10}}; // 33 was removed from the case
    const RowRefires refires = refiresOfRows(tracker, ledger, numbers);

    QCOMPARE(refires.refireOfRow.size(), tracker.size());
    QCOMPARE(refires.refires.size(), 5); // "elsewhere" is no row of this batch
    QCOMPARE(refires.of(0)->outcome, RefireOutcome::Accepted);
    QCOMPARE(refires.of(0)->exchangeNumber, 7);
    QCOMPARE(refires.of(0)->httpStatus, 200);
    QCOMPARE(refires.of(6), refires.of(0)); // the same conversion twice: one re-fire
    QCOMPARE(refires.of(1)->outcome, RefireOutcome::Refused);
    QCOMPARE(refires.of(1)->said, QStringLiteral("no1 said"));
    QCOMPARE(refires.of(2)->outcome, RefireOutcome::Error); // found by "click ID / transaction ID"
    QCOMPARE(refires.of(2)->exchangeNumber, 0); // its exchange is no longer in the case
    QCOMPARE(refires.of(3)->outcome, RefireOutcome::Error); // in flight when a run stopped: no answer known
    QCOMPARE(refires.of(4)->outcome, RefireOutcome::NotSent);
    QCOMPARE(refires.of(5), nullptr);
    QCOMPARE(refires.of(-1), nullptr);
    QCOMPARE(refires.of(tracker.size()), nullptr);
    QCOMPARE(refires.count(RefireOutcome::Accepted), 2);
    QCOMPARE(refires.count(RefireOutcome::Refused), 1);
    QCOMPARE(refires.count(RefireOutcome::Error), 2);
    QCOMPARE(refires.count(RefireOutcome::NotSent), 1);

    // An empty ledger: nothing to lay over, no row has a re-fire.
    const RowRefires none = refiresOfRows(tracker, {}, {});
    QVERIFY(none.refires.isEmpty());
    QCOMPARE(none.of(0), nullptr);
}

QTEST_MAIN(TestRefire)
#include "tst_refire.moc"
