#pragma once

#include "net/replayrequest.h"
#include "reconcilejob.h"
#include "refire/refirer.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace pbw::ui {

class BatchFileSide;
class BatchLedger;
class BatchSession;
class CausesView;
class GroupChart;
class ReconcileModel;
class RowActions;
class SendsModel;
class WhyFilter;

// The Batch tab: the tracker's export against the partner's report, reconciled off the window's
// thread; the totals of each group, a chart, every row (filtered by group, by why — the check's
// cause or the outcome of its re-fire — and by click ID), the CSV, the reconciliation kept in the
// case, and the missing callbacks sent again through the case's ledger. A row opens where it makes
// sense: its re-fire's exchange in the Case tab, else its callback in Replay.
//
// The results are pages of one tab widget: rows, why they failed (the causes), sends.
class BatchPanel : public QWidget
{
    Q_OBJECT

public:
    // session: sends and notes; ledger: what became of each row's re-fire (both read the open case).
    BatchPanel(BatchSession* session, BatchLedger* ledger, QWidget* parent = nullptr);
    ~BatchPanel() override;

    BatchFileSide* trackerSide() const { return m_tracker; }
    BatchFileSide* partnerSide() const { return m_partner; }
    ReconcileModel* model() const { return m_model; }
    SendsModel* sendsModel() const { return m_sendsModel; }
    bool isReconciling() const { return m_reconciling; } // until its outcome is shown
    const ReconcileOutcome& outcome() const { return m_outcome; }
    QString summaryText() const; // the totals in one line

    void reconcile();
    void cancel(); // the reconcile, or the send, whichever runs
    void setCaseOpen(bool open);
    void exportCsv(const QString& path); // in the background; statusMessage says when it is written
    void sendMissing(); // asks first
    void addResultsPage(QWidget* page, const QString& title);
    void showCause(int cause); // the Rows page with only the rows of that cause of the check
    RowActions* rowActions() const { return m_rows; } // where a row opens

signals:
    // corrected: the callback the check built for the row (else the one the tracker logged).
    void openInReplay(const pbw::ReplayRequest& request, bool corrected);
    void openExchange(int number); // in the open case, where the row's re-fire kept it
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fitHeaders();
    void updateButtons();
    void showProgress(int value);
    void showOutcome();
    void applyFilter();
    void showRefires();
    int columnWidth(int column) const; // a row column's width to start from
    void showColumn(int column, bool shown);
    void chooseExport();
    void saveToCase();
    QList<PlannedSend> missingCallbacks() const;
    void sendFinished(const RefireSummary& summary);
    void showSendProgress(int done, int total);
    QString etaText(qint64 elapsedMs, double fraction) const;
    QString sendSummaryText() const;

    BatchSession* m_session;
    BatchLedger* m_ledger;
    BatchFileSide* m_tracker;
    BatchFileSide* m_partner;
    QPushButton* m_reconcile;
    QProgressBar* m_progress;
    QLabel* m_eta;
    QPushButton* m_cancel;
    QLabel* m_problem;
    QLabel* m_summary;
    GroupChart* m_chart;
    QTabWidget* m_views;
    QWidget* m_rowsPage;
    QWidget* m_sendsPage;
    QLabel* m_groupLabel;
    QComboBox* m_groupFilter;
    QLabel* m_whyLabel;
    WhyFilter* m_why;
    QLineEdit* m_textFilter;
    QPushButton* m_export;
    QPushButton* m_openCase;
    QPushButton* m_openReplay;
    QPushButton* m_saveNote;
    QPushButton* m_sendMissing;
    QTableView* m_table;
    ReconcileModel* m_model;
    RowActions* m_rows;
    QProgressBar* m_sendProgress;
    QLabel* m_sendEta;
    QPushButton* m_sendCancel;
    QLabel* m_sendSummary;
    QTableView* m_sendsTable;
    SendsModel* m_sendsModel;
    QFutureWatcher<ReconcileOutcome> m_watcher;
    QFutureWatcher<QString> m_exportWatcher;
    ReconcileOutcome m_outcome;
    QString m_trackerName;
    QString m_partnerName;
    QElapsedTimer m_clock;
    QElapsedTimer m_sendClock;
    bool m_caseOpen = false;
    bool m_sending = false;
    bool m_reconciling = false;
    std::optional<RefireSummary> m_lastSend;
    int m_sendTotal = 0;
    CausesView* m_causes = nullptr;
};

} // namespace pbw::ui
