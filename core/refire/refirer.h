#pragma once

#include "analysis/verdict.h"
#include "net/replayer.h"
#include "store/sendledger.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <map>

namespace pbw {

class CaseStore;

// How a batch re-fires: at most ratePerSecond starts a second (0: no limit), at most concurrency in
// flight, stopping after stopAfter answers in a row the verdict does not accept (0: never). A
// transport error (not a cancel) or a 5xx/429 is tried again, at most maxRetries times, after
// retryBaseMs, doubled each time (a Retry-After of the answer, when longer, is waited instead).
struct RefireOptions
{
    double ratePerSecond = 1.0;
    int concurrency = 1;
    int stopAfter = 10;
    int maxRetries = 3;
    int retryBaseMs = 1'000;
    int maxRetryWaitMs = 60'000;
};

// One planned entry of the ledger with the request the run's file gives for it.
struct RefireItem
{
    qint64 entryId = 0;
    QString key;
    ReplayRequest request;
};

struct RefireSummary
{
    int sent = 0; // answered (whatever the verdict)
    int accepted = 0; // of those, what the verdict calls accepted
    int failed = 0; // no answer after the retries
    int notStarted = 0; // left planned: stopped, cancelled
    bool stoppedAfterFailures = false;
    bool cancelled = false;
    QString storeError; // the ledger could not be written: nothing more was sent
};

// Sends planned callbacks of a case's ledger: each is marked in flight (committed) before it is sent,
// and its exchange and outcome are kept after, so a run that dies sends nothing twice. Asynchronous:
// one QTimer and the Replayer; nothing blocks.
class Refirer : public QObject
{
    Q_OBJECT

public:
    Refirer(CaseStore* store, Replayer* replayer, QObject* parent = nullptr);

    void start(const QList<RefireItem>& items, const RefireOptions& options);
    // No new send starts; those in flight are cancelled and stay "in flight" in the ledger (they
    // may have arrived).
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void itemFinished(const pbw::RefireItem& item, pbw::LedgerEntry::State state, const pbw::Exchange& exchange,
                      const pbw::Verdict& verdict);
    void progress(int done, int total);
    void finished(const pbw::RefireSummary& summary);

private:
    struct Pending
    {
        RefireItem item;
        int retries = 0;
        qint64 notBeforeMs = 0; // a retry waits
    };
    void tick();
    void onExchange(Replayer::Id id, const Exchange& exchange);
    void finishItem(const Pending& pending, LedgerEntry::State state, const Exchange& exchange, const Verdict& verdict);
    void end();
    int retryWaitMs(const Pending& pending, const Exchange& exchange) const;

    CaseStore* m_store;
    Replayer* m_replayer;
    QTimer m_timer;
    QElapsedTimer m_clock;
    RefireOptions m_options;
    QList<Pending> m_queue;
    std::map<Replayer::Id, Pending> m_inFlight;
    qint64 m_nextStartMs = 0;
    int m_total = 0;
    int m_done = 0;
    int m_failuresInARow = 0;
    bool m_running = false;
    bool m_stopping = false;
    RefireSummary m_summary;
};

} // namespace pbw
