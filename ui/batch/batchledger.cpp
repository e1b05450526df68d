#include "batchledger.h"

#include "cases/casesession.h"
#include "store/casestore.h"

#include <QtConcurrent>

namespace pbw::ui {

BatchLedger::BatchLedger(CaseSession* cases, QObject* parent)
    : QObject(parent)
    , m_cases(cases)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(50);
    connect(&m_soon, &QTimer::timeout, this, &BatchLedger::read);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BatchLedger::readDone);
    connect(m_cases, &CaseSession::currentCaseChanged, this, &BatchLedger::readSoon);
    connect(m_cases, &CaseSession::caseContentChanged, this, [this](qint64 id) {
        if (id == m_cases->currentCase())
            readSoon();
    });
    connect(m_cases, &CaseSession::changedElsewhere, this, &BatchLedger::readSoon);
}

BatchLedger::~BatchLedger()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void BatchLedger::setRows(std::shared_ptr<const batch::ConversionTable> tracker)
{
    m_tracker = std::move(tracker);
    if (m_refires) {
        m_refires.reset(); // of other rows
        emit changed();
    }
    readSoon();
}

void BatchLedger::readSoon()
{
    if (m_tracker)
        m_soon.start();
}

void BatchLedger::read()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        m_watcher.cancel();
        return;
    }
    const qint64 caseId = m_cases->isOpen() ? m_cases->currentCase() : 0;
    if (!m_tracker || caseId == 0) {
        if (m_refires) {
            m_refires.reset();
            emit changed();
        }
        return;
    }
    m_watcher.setFuture(
        QtConcurrent::run([tracker = m_tracker, caseId, path = m_cases->store()->path()](QPromise<Read>& promise) {
            Read out;
            out.tracker = tracker;
            auto store = CaseStore::open(path, CaseStore::Opening::Existing);
            if (!store) {
                out.problem = store.error().message();
                promise.addResult(out);
                return;
            }
            const auto ledger = (*store)->ledger(caseId);
            if (!ledger) {
                out.problem = ledger.error().message();
                promise.addResult(out);
                return;
            }
            // The ledger keeps each send's exchange by its id; the user knows it by its number.
            QHash<qint64, int> numbers;
            const bool kept = std::any_of(ledger->cbegin(), ledger->cend(),
                                          [](const LedgerEntry& entry) { return entry.exchangeId != 0; });
            if (kept) {
                const auto exchanges = (*store)->exchanges(caseId);
                if (!exchanges) {
                    out.problem = exchanges.error().message();
                    promise.addResult(out);
                    return;
                }
                for (const StoredExchange& exchange : *exchanges)
                    numbers.insert(exchange.id, exchange.number);
            }
            out.refires = std::make_shared<const RowRefires>(
                refiresOfRows(*tracker, *ledger, numbers, [&promise] { return promise.isCanceled(); }));
            promise.addResult(out);
        }));
}

void BatchLedger::readDone()
{
    if (m_again) { // what it read is old already
        m_again = false;
        readSoon();
        return;
    }
    const QFuture<Read> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    const Read done = future.result();
    if (done.tracker != m_tracker) { // the rows changed while it read
        readSoon();
        return;
    }
    if (!done.problem.isEmpty()) {
        emit problem(done.problem);
        return;
    }
    m_refires = done.refires;
    emit changed();
}

} // namespace pbw::ui
