#pragma once

#include "refire/refireplan.h"
#include "store/reconciliationrecord.h"
#include "store/sendledger.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace pbw {
class Replayer;
}

namespace pbw::ui {

class CaseSession;

// The Batch tab's way to the case store and the network: what the ledger of the open case holds for
// a batch, writing a plan down and re-firing it (Refirer, on the window's one Replayer), keeping a
// reconciliation in the case. The panel asks it; it holds neither the database nor a network manager.
class BatchSession : public QObject
{
    Q_OBJECT

public:
    BatchSession(CaseSession* cases, Replayer* replayer, QObject* parent = nullptr);

    bool caseOpen() const;
    QString caseTitle() const;

    // What sending would do, read and not written: the callbacks the ledger does not hold yet (or
    // holds as planned), the ones it holds already (sent, failed, in flight), and the hosts.
    struct Preview : RefirePreview
    {
        QString problem; // no case is open, or the store could not be read
    };
    Preview preview(const QList<PlannedSend>& sends) const;

    // Writes the plan into the open case's ledger and starts re-firing what may be sent. The items
    // started, in order; empty with lastError() when the store refused, or when nothing may be sent.
    QList<RefireItem> start(const QList<PlannedSend>& sends, const QString& batch, const RefireOptions& options);
    void cancel();
    bool isRunning() const;
    QString lastError() const { return m_lastError; }

    // The reconciliation (its totals and, when checked, why the missing ones failed) kept in the open
    // case; false with lastError() when it could not be.
    bool keepReconciliation(const ReconciliationRecord& record);

signals:
    void itemFinished(const QString& key, pbw::LedgerEntry::State state, int httpStatus, const QString& verdict,
                      bool accepted);
    void progress(int done, int total);
    void finished(const pbw::RefireSummary& summary);

private:
    CaseSession* m_cases;
    Replayer* m_replayer;
    QPointer<Refirer> m_refirer;
    qint64 m_sendingCase = 0;
    QString m_lastError;
};

} // namespace pbw::ui
