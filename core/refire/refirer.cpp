#include "refire/refirer.h"

#include "store/casestore.h"

#include <cmath>

namespace pbw {

namespace {

bool worthRetrying(const Exchange& exchange)
{
    if (exchange.error)
        return exchange.error->layer != TransportError::Layer::Cancelled;
    const int status = exchange.response ? exchange.response->status : 0;
    return status == 429 || (status >= 500 && status <= 599);
}

} // namespace

Refirer::Refirer(CaseStore* store, Replayer* replayer, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_replayer(replayer)
{
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, &Refirer::tick);
    connect(m_replayer, &Replayer::finished, this, &Refirer::onExchange);
}

void Refirer::start(const QList<RefireItem>& items, const RefireOptions& options)
{
    if (m_running)
        return;
    m_options = options;
    m_options.concurrency = std::max(1, options.concurrency);
    m_queue.clear();
    for (const RefireItem& item : items)
        m_queue.append(Pending{item, 0, 0});
    m_total = int(items.size());
    m_done = 0;
    m_failuresInARow = 0;
    m_summary = {};
    m_stopping = false;
    m_running = true;
    m_clock.start();
    m_nextStartMs = 0;
    m_timer.start();
    tick();
}

void Refirer::cancel()
{
    if (!m_running)
        return;
    m_summary.cancelled = true;
    m_stopping = true;
    // Cancelling answers at once (finished, then onExchange): the ids are taken first.
    QList<Replayer::Id> ids;
    for (const auto& [id, pending] : m_inFlight)
        ids.append(id);
    for (const Replayer::Id id : ids)
        m_replayer->cancel(id);
}

void Refirer::tick()
{
    if (!m_running)
        return;
    const qint64 now = m_clock.elapsed();
    // The ones that may start now: free slots, the rate's next start, a retry's wait over.
    QList<Pending> starting;
    qint64 nextStart = m_nextStartMs;
    for (qsizetype i = 0;
         !m_stopping && i < m_queue.size() && int(m_inFlight.size() + starting.size()) < m_options.concurrency;) {
        if (m_options.ratePerSecond > 0 && now < nextStart)
            break;
        if (m_queue.at(i).notBeforeMs > now) {
            ++i;
            continue;
        }
        starting.append(m_queue.takeAt(i));
        if (m_options.ratePerSecond > 0)
            nextStart = std::max(nextStart, now) + qint64(std::ceil(1000.0 / m_options.ratePerSecond));
    }
    if (!starting.isEmpty()) {
        // Written down as in flight before a byte leaves; a store that cannot write stops the run.
        QList<qint64> ids;
        for (const Pending& pending : std::as_const(starting))
            ids.append(pending.item.entryId);
        if (const auto marked = m_store->markSending(ids); !marked) {
            m_summary.storeError = marked.error().message();
            m_queue = starting + m_queue;
            m_stopping = true;
            starting.clear();
        }
        m_nextStartMs = nextStart;
    }
    for (const Pending& pending : std::as_const(starting)) {
        const auto sent = m_replayer->send(pending.item.request);
        if (!sent) {
            Exchange refused;
            refused.request.input = pending.item.request.url;
            refused.request.url = pending.item.request.url;
            TransportError error;
            error.detail = sent.error().message();
            refused.error = error;
            finishItem(pending, LedgerEntry::State::Failed, refused, judgeExchange(refused));
            continue;
        }
        // The answer comes later, through onExchange (Replayer::finished is never sent from send()).
        m_inFlight.emplace(sent.value(), pending);
    }
    if (m_inFlight.empty() && (m_queue.isEmpty() || m_stopping))
        end();
}

int Refirer::retryWaitMs(const Pending& pending, const Exchange& exchange) const
{
    qint64 wait = qint64(m_options.retryBaseMs) << std::min(pending.retries, 16);
    if (exchange.response) {
        for (const auto& [name, value] : exchange.response->headers) {
            bool ok = false;
            const int seconds = value.trimmed().toInt(&ok);
            if (name.compare("Retry-After", Qt::CaseInsensitive) == 0 && ok && seconds >= 0)
                wait = std::max<qint64>(wait, qint64(seconds) * 1000);
        }
    }
    return int(std::min<qint64>(wait, m_options.maxRetryWaitMs));
}

void Refirer::onExchange(Replayer::Id id, const Exchange& exchange)
{
    const auto found = m_inFlight.find(id);
    if (found == m_inFlight.end())
        return;
    Pending pending = found->second;
    m_inFlight.erase(found);
    if (!m_stopping && worthRetrying(exchange) && pending.retries < m_options.maxRetries) {
        pending.notBeforeMs = m_clock.elapsed() + retryWaitMs(pending, exchange);
        ++pending.retries;
        m_queue.append(pending);
        return;
    }
    if (exchange.error && exchange.error->layer == TransportError::Layer::Cancelled) {
        // Cancelled by the user while in flight: it may have arrived; the ledger keeps it in flight.
        ++m_done;
        emit progress(m_done, m_total);
        tick();
        return;
    }
    const Verdict verdict = judgeExchange(exchange);
    finishItem(pending, exchange.response ? LedgerEntry::State::Sent : LedgerEntry::State::Failed, exchange, verdict);
    tick();
}

void Refirer::finishItem(const Pending& pending, LedgerEntry::State state, const Exchange& exchange,
                         const Verdict& verdict)
{
    if (const auto kept = m_store->finishSend(pending.item.entryId, state, exchange, verdict); !kept) {
        m_summary.storeError = kept.error().message();
        m_stopping = true;
    }
    ++m_done;
    if (state == LedgerEntry::State::Sent)
        ++m_summary.sent;
    else
        ++m_summary.failed;
    const bool accepted = state == LedgerEntry::State::Sent && verdict.layer == Verdict::Layer::Ok;
    if (accepted)
        ++m_summary.accepted;
    // An answer nobody can judge is not counted against the partner; a refusal or no answer is.
    const bool failure = !accepted && !(state == LedgerEntry::State::Sent && verdict.layer == Verdict::Layer::Unknown);
    m_failuresInARow = failure ? m_failuresInARow + 1 : 0;
    if (m_options.stopAfter > 0 && m_failuresInARow >= m_options.stopAfter && !m_stopping) {
        m_summary.stoppedAfterFailures = true;
        m_stopping = true;
    }
    emit itemFinished(pending.item, state, exchange, verdict);
    emit progress(m_done, m_total);
}

void Refirer::end()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_summary.notStarted = int(m_queue.size());
    m_queue.clear();
    emit finished(m_summary);
}

} // namespace pbw
