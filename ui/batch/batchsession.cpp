#include "batchsession.h"

#include "cases/casesession.h"
#include "net/replayer.h"
#include "store/casestore.h"
#include "text/verdicttext.h"

namespace pbw::ui {

BatchSession::BatchSession(CaseSession* cases, Replayer* replayer, QObject* parent)
    : QObject(parent)
    , m_cases(cases)
    , m_replayer(replayer)
{
}

bool BatchSession::caseOpen() const
{
    return m_cases->isOpen() && m_cases->currentCase() != 0;
}

QString BatchSession::caseTitle() const
{
    const auto record = caseOpen() ? m_cases->caseRecord(m_cases->currentCase()) : std::nullopt;
    return record ? record->title : QString();
}

BatchSession::Preview BatchSession::preview(const QList<PlannedSend>& sends) const
{
    Preview preview;
    if (!caseOpen()) {
        preview.problem = tr("Open or create a case first: its ledger records the sends.");
        return preview;
    }
    auto read = previewRefire(*m_cases->store(), m_cases->currentCase(), sends);
    if (!read)
        preview.problem = read.error().message();
    else
        static_cast<RefirePreview&>(preview) = std::move(*read);
    return preview;
}

QList<RefireItem> BatchSession::start(const QList<PlannedSend>& sends, const QString& batch,
                                      const RefireOptions& options)
{
    m_lastError.clear();
    CaseStore* store = m_cases->writableStore();
    if (!caseOpen() || !store || isRunning()) {
        m_lastError = tr("Open or create a case first: its ledger records the sends.");
        return {};
    }
    const qint64 caseId = m_cases->currentCase();
    const auto planned = planRefire(*store, caseId, batch, sends, ReplayOptions::DefaultTimeoutMs);
    if (!planned) {
        m_lastError = planned.error().message();
        return {};
    }
    const QList<RefireItem> items = *planned;
    if (items.isEmpty())
        return {};
    m_sendingCase = caseId;
    m_refirer = new Refirer(store, m_replayer, this);
    connect(m_refirer, &Refirer::progress, this, &BatchSession::progress);
    connect(m_refirer, &Refirer::itemFinished, this,
            [this](const RefireItem& item, LedgerEntry::State state, const Exchange& exchange, const Verdict& verdict) {
                const bool answered = exchange.response.has_value();
                emit itemFinished(item.key, state, answered ? exchange.response->status : 0,
                                  answered || !exchange.error ? verdictHeadline(verdict) : exchange.error->message(),
                                  answered && verdict.layer == Verdict::Layer::Ok);
            });
    connect(m_refirer, &Refirer::finished, this, [this](const RefireSummary& summary) {
        m_refirer->deleteLater();
        // The exchanges the sends kept are in the case: its views redraw.
        m_cases->importedElsewhere(m_sendingCase);
        emit finished(summary);
    });
    m_refirer->start(items, options);
    return items;
}

void BatchSession::cancel()
{
    if (m_refirer)
        m_refirer->cancel();
}

bool BatchSession::isRunning() const
{
    return m_refirer && m_refirer->isRunning();
}

bool BatchSession::keepReconciliation(const ReconciliationRecord& record)
{
    m_lastError.clear();
    if (!caseOpen()) {
        m_lastError = tr("Open or create a case first: the totals are kept in a case.");
        return false;
    }
    if (m_cases->addReconciliation(record) == 0) {
        m_lastError = m_cases->lastError();
        return false;
    }
    return true;
}

} // namespace pbw::ui
