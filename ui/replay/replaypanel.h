#pragma once

#include "net/replayer.h"

#include <QWidget>

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

public slots:
    void send();
    void cancel();
    void copyAsCurl();
    void copyResponse();
    void saveBody();

signals:
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void onFinished(Replayer::Id id, const Exchange& exchange);
    void updateActions();

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
    struct HistoryEntry
    {
        Exchange exchange;
        bool followedRedirects = false; // so "copy as curl" repeats it with --location
    };
    QList<HistoryEntry> m_history;
    Replayer::Id m_running = 0;
};

} // namespace pbw::ui
