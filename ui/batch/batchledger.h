#pragma once

#include "batch/conversiontable.h"
#include "refire/rowrefires.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <memory>

namespace pbw::ui {

class CaseSession;

// The Batch tab's read of the open case's ledger, laid over the tracker rows of the last reconcile:
// which rows were re-fired, how it went, and the number of the exchange each send kept in the case.
// Read on a pool thread through a store connection of its own, and read again whenever the case or
// what it holds changes (a send kept its exchanges, an exchange was removed, pbw wrote). The panel
// asks it; it holds no connection of the window's.
class BatchLedger : public QObject
{
    Q_OBJECT

public:
    explicit BatchLedger(CaseSession* cases, QObject* parent = nullptr);
    ~BatchLedger() override;

    // The rows to lay the ledger over (nothing: none); read soon.
    void setRows(std::shared_ptr<const batch::ConversionTable> tracker);
    // For the rows set, from the case open when it was read; nullptr when no case is open, or until
    // the first read is in.
    std::shared_ptr<const RowRefires> refires() const { return m_refires; }
    const batch::ConversionTable* rows() const { return m_tracker.get(); }
    bool isReading() const { return m_watcher.isRunning() || m_soon.isActive(); }

signals:
    void changed(); // refires() is new (or gone)
    void problem(const QString& message); // the store could not be read

private:
    struct Read
    {
        std::shared_ptr<const batch::ConversionTable> tracker;
        std::shared_ptr<const RowRefires> refires;
        QString problem;
    };
    void readSoon();
    void read();
    void readDone();

    CaseSession* m_cases;
    std::shared_ptr<const batch::ConversionTable> m_tracker;
    std::shared_ptr<const RowRefires> m_refires;
    QFutureWatcher<Read> m_watcher;
    QTimer m_soon; // a burst of changes is one read
    bool m_again = false; // changed while a read ran
};

} // namespace pbw::ui
