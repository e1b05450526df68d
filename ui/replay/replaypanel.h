#pragma once

#include "analysis/verdict.h"
#include "net/replayer.h"
#include "secrets/redaction.h"
#include "store/casetypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace pbw::ui {

class FirstRunView;
class RequestEditor;
class ResponseView;

// The Replay tab: send the exact callback, keep the whole answer. It asks the core's Replayer;
// it never holds a network reply.
class ReplayPanel : public QWidget
{
    Q_OBJECT

public:
    // replayer: the program's one (AppServices); a panel made alone makes its own.
    explicit ReplayPanel(QWidget* parent = nullptr, Replayer* replayer = nullptr);

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);
    RequestEditor* editor() const { return m_editor; }
    bool isBusy() const { return m_running != 0; }

    // The case exchanges are saved into (empty title: none) and its exchanges (with their numbers in
    // the store), shown as the history.
    void setCase(const QString& title, const QList<Exchange>& exchanges, const QList<qint64>& storedIds);
    StoredExchange::Role saveRole() const;
    void setSaveRole(StoredExchange::Role role);
    // A saved exchange opened again: its request loaded with the secrets the keychain gave back
    // (recorded: how many it had); says what came back and what must be typed again.
    void reopen(qint64 storedId, const Exchange& exchange, const QList<FoundSecret>& restored, int recorded,
                const QString& problem);

    // Whether tokens of saved exchanges are kept in the keychain, and whether there is one.
    void setKeepSecrets(bool keep);
    void setKeychainState(bool available, const QString& message);

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
    void reopenStored(qint64 exchangeId); // a saved exchange of the case double-clicked in the history
    void keepSecretsChanged(bool keep);
    void goTo(int place); // FirstRunView::Place: a button of the first-run pane

public slots:
    void showSecretNotice(const QString& message); // empty: hides it

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void onFinished(Replayer::Id id, const Exchange& exchange);
    void updateActions();
    void addHistoryLine(const Exchange& exchange, Verdict::Layer layer);
    void retranslateCaseStrip();
    void loadRequest(const Exchange& exchange, const QList<FoundSecret>& secrets);
    QString noKeychainText() const;
    void saveShown(); // the exchange shown, into the case, when it was not saved (a cancelled one)
    void updateStale(); // marks an answer shown beside a request it does not belong to
    ReplayRequest requestOf(const Exchange& exchange) const; // the editor's request, as that one was typed

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
    QCheckBox* m_keepSecrets;
    QLabel* m_secretNotice;
    QPushButton* m_saveToCase;
    QLabel* m_staleNote;
    std::optional<ReplayRequest> m_sentRequest; // what the running send sent
    std::optional<ReplayRequest> m_shownRequest; // the request the answer shown belongs to
    QStackedWidget* m_right = nullptr;
    FirstRunView* m_firstRun = nullptr;
    QString m_caseTitle;
    bool m_keychainAvailable = true;
    QString m_keychainMessage;
    struct HistoryEntry
    {
        Exchange exchange;
        bool followedRedirects = false; // so "copy as curl" repeats it with --location
        qint64 storedId = 0; // a case's exchange as stored (its secrets redacted)
        bool saved = false; // in the case
    };
    QList<HistoryEntry> m_history;
    Replayer::Id m_running = 0;
};

} // namespace pbw::ui
