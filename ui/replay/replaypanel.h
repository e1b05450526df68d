#pragma once

#include "analysis/verdict.h"
#include "net/replayer.h"
#include "store/casetypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSettings;

namespace pbw::ui {

class RequestEditor;
class ResponseView;

// The Replay tab: send the exact callback, keep the whole answer. It asks the core's Replayer;
// it never holds a network reply.
class ReplayPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayPanel(QWidget* parent = nullptr);

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);
    RequestEditor* editor() const { return m_editor; }
    bool isBusy() const { return m_running != 0; }

    // The case exchanges are saved into (empty title: none) and its exchanges, shown as the history.
    void setCase(const QString& title, const QList<Exchange>& exchanges);
    StoredExchange::Role saveRole() const;
    void setSaveRole(StoredExchange::Role role);
    void showExchange(const Exchange& exchange); // an earlier exchange: answer shown, request loaded

public slots:
    void send();
    void cancel();
    void copyAsCurl();
    void copyResponse();
    void saveBody();

signals:
    void statusMessage(const QString& message);
    // An exchange completed (answer or transport error), judged; the window saves it to the case.
    void exchangeCompleted(const pbw::Exchange& exchange, const pbw::Verdict& verdict, pbw::StoredExchange::Role role);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void onFinished(Replayer::Id id, const Exchange& exchange);
    void updateActions();
    void addHistoryLine(const Exchange& exchange, Verdict::Layer layer);
    void retranslateCaseStrip();

    Replayer* m_replayer;
    RequestEditor* m_editor;
    ResponseView* m_response;
    QPushButton* m_send;
    QPushButton* m_cancel;
    QProgressBar* m_busy;
    QPushButton* m_copyCurl;
    QPushButton* m_copyResponse;
    QPushButton* m_saveBody;
    QLabel* m_historyTitle;
    QListWidget* m_historyList;
    QLabel* m_caseStrip;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QString m_caseTitle;
    struct HistoryEntry
    {
        Exchange exchange;
        bool followedRedirects = false; // so "copy as curl" repeats it with --location
    };
    QList<HistoryEntry> m_history;
    Replayer::Id m_running = 0;
};

} // namespace pbw::ui
