#pragma once

#include "analysis/verdict.h"
#include "capi/capianswer.h"
#include "capi/capievent.h"
#include "capi/capirequest.h"
#include "capi/capivalidation.h"
#include "secrets/secretstore.h"
#include "store/casetypes.h"

#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QTabWidget;
class QTimer;

namespace pbw {
class CapiSender;
}

namespace pbw::ui {

class CapiForm;
class NormalizationTable;
class PlatformSendBox;
class PlatformView;
class SecretField;

// The Conversion APIs tab: compose a Meta Conversions API event (form and JSON, edited both ways), see
// each customer-information value normalised and hashed, validate, send with a test event code,
// and read Meta's answer explained. The token stays in the keychain; sending goes through the
// core's CapiSender. Under it, the same event as every other platform receives it (PlatformView)
// and the send to those platforms (PlatformSendBox).
class CapiPanel : public QWidget
{
    Q_OBJECT

public:
    // A panel made alone, with its own keychain store (or the one given) and its own sender.
    explicit CapiPanel(QWidget* parent = nullptr, std::unique_ptr<SecretStore> keychain = {});
    // The window's: the program's one keychain store and sender (AppServices).
    CapiPanel(SecretStore* keychain, CapiSender* sender, QWidget* parent = nullptr);
    ~CapiPanel() override;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);
    void loadPreset(const QString& eventName);
    bool isBusy() const;
    void focusPixel(); // Ctrl+L
    // Where events go, from the user's settings (restoreState reads it too); Graph API… edits it and
    // says so with endpointEdited, for the window to keep.
    void setEndpoint(const CapiEndpoint& endpoint);
    const CapiEndpoint& endpoint() const { return m_endpointValue; }
    const QList<CapiEvent>& events() const { return m_events; }

public slots:
    QList<CapiProblem> validate();
    void send();
    void cancel();
    void editEndpoint();

signals:
    void statusMessage(const QString& message);
    void endpointEdited(const pbw::CapiEndpoint& endpoint);
    void exchangeCompleted(const pbw::Exchange& exchange, const pbw::Verdict& verdict, pbw::StoredExchange::Role role);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void retranslateResults(); // what was worked out in the language of the time: table, problems, answer
    void formChanged();
    bool readJson(); // false: the JSON does not parse (said under the editor)
    void writeJson();
    void refreshTable();
    void showProblems(const QList<CapiProblem>& problems);
    void updateTestNotice();
    void updateEndpointButton();
    void onPixelChanged();
    void sendWithSecrets(const QByteArray& token, const QByteArray& appSecret);
    void onFinished(const Exchange& exchange, const CapiAnswer& answer);
    void setBusy(bool busy);
    void showAnswerText(const QString& headline, const QString& details, bool good);
    // Shows an answer now and again in the new language after a switch.
    void showAnswer(std::function<void()> render);
    void showAnswerText(std::function<QString()> headline);
    void showExchange(const Exchange& exchange, int eventsSent);
    QString jsonCountText() const;
    void updateKeychainNotice();

    CapiPanel(QWidget* parent, std::unique_ptr<SecretStore> owned, SecretStore* keychain, CapiSender* sender);

    std::unique_ptr<SecretStore> m_ownedKeychain; // a panel made alone
    SecretStore* m_keychain;
    CapiSender* m_sender;
    CapiEndpoint m_endpointValue;
    QLabel* m_pixelLabel;
    QLineEdit* m_pixel;
    QLabel* m_guideLink = nullptr;
    CapiPrepared m_prepared; // m_events normalised and hashed, kept in step by refreshTable()
    QLabel* m_tokenLabel;
    SecretField* m_token;
    QLabel* m_appSecretLabel;
    SecretField* m_appSecret;
    QCheckBox* m_keepSecrets;
    QLabel* m_testCodeLabel;
    QLineEdit* m_testCode;
    QLabel* m_testNotice;
    QLabel* m_keychainNotice;
    QLabel* m_presetLabel;
    QComboBox* m_preset;
    CapiForm* m_form;
    QLabel* m_jsonTitle;
    QPlainTextEdit* m_json;
    QLabel* m_jsonStatus;
    QTimer* m_jsonTimer;
    QTimer* m_validateTimer; // the problems follow the edits, a moment after the last one
    QLabel* m_tableTitle;
    NormalizationTable* m_table;
    QLabel* m_problemsTitle;
    QListWidget* m_problems;
    QPushButton* m_validate;
    QPushButton* m_send;
    QPushButton* m_cancel;
    QPushButton* m_endpoint;
    QProgressBar* m_busy;
    QLabel* m_answerHeadline;
    QPlainTextEdit* m_answer;
    QTabWidget* m_views; // Meta's table, every platform's values, the send to the others
    PlatformView* m_platformView;
    PlatformSendBox* m_platformSend;
    QList<CapiEvent> m_events;
    std::function<void()> m_renderAnswer;
    QString m_keychainProblem; // the keychain's own words, when there is none
    bool m_jsonBroken = false; // the JSON editor holds text that does not parse
    bool m_syncing = false;
    bool m_fetching = false;
};

} // namespace pbw::ui
