#pragma once

#include "analysis/verdict.h"
#include "capi/capievent.h"
#include "capi/platformanswer.h"
#include "store/casetypes.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;

namespace pbw {
class PlatformSender;
class SecretStore;
struct ConversionPlatform;
} // namespace pbw

namespace pbw::ui {

class SecretField;

// Sends the events composed in the tab to one of the conversion APIs beyond Meta: the platform,
// its account, its credentials (secrets in the keychain, one entry per platform, account and
// credential), its test or validation mode on by default; a real send asks first. Shows what the
// platform receives, and its answer explained.
class PlatformSendBox : public QWidget
{
    Q_OBJECT

public:
    PlatformSendBox(SecretStore* keychain, QWidget* parent = nullptr);

    void setEvents(const QList<CapiEvent>& events);
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);
    bool isBusy() const;
    void selectPlatform(const QString& id);
    QString platformId() const;
    // Asked before a real (not test) send; the window's is a message box. Returns whether to send.
    void setConfirmation(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }

public slots:
    void send();
    void cancel();

signals:
    void exchangeCompleted(const pbw::Exchange& exchange, const pbw::Verdict& verdict, pbw::StoredExchange::Role role);

protected:
    void changeEvent(QEvent* event) override;

private:
    const ConversionPlatform* platform() const;
    void rebuildCredentials();
    void updateKeys();
    void updatePreview();
    void retranslate();
    QList<CapiEvent> eventsToSend() const; // with the click ID typed here
    void fetchAndSend(int index, QHash<QString, QByteArray> values);
    void onFinished(const Exchange& exchange, const PlatformAnswer& answer);
    void setBusy(bool busy);
    void showAnswer(std::function<QString()> headline, std::function<QString()> details = {});

    SecretStore* m_keychain;
    PlatformSender* m_sender;
    QLabel* m_platformLabel;
    QComboBox* m_platform;
    QLabel* m_accountLabel;
    QLineEdit* m_account;
    QCheckBox* m_test;
    QLabel* m_testCodeLabel;
    QLineEdit* m_testCode;
    QLabel* m_modeNotice;
    QWidget* m_credentialBox;
    QFormLayout* m_credentialLayout;
    QHash<QString, SecretField*> m_secrets; // credential name → field, for the platform shown
    QHash<QString, QLineEdit*> m_plain;
    QHash<QString, QLabel*> m_labels; // a credential's English label → its label, worded in retranslate()
    QLabel* m_clickIdLabel = nullptr;
    QLineEdit* m_clickId = nullptr;
    QPushButton* m_send;
    QPushButton* m_cancel;
    QProgressBar* m_busy;
    QLabel* m_previewTitle;
    QPlainTextEdit* m_preview;
    QLabel* m_answerHeadline;
    QPlainTextEdit* m_answer;
    QList<CapiEvent> m_events;
    QHash<QString, QString> m_baseUrls;
    QHash<QString, QString> m_accounts; // platform → the last account typed for it
    std::function<bool(const QString&)> m_confirm;
    std::function<QString()> m_headline;
    std::function<QString()> m_details;
    bool m_fetching = false;
};

} // namespace pbw::ui
