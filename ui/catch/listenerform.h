#pragma once

#include "catch/catchcertificate.h"
#include "catch/catchoptions.h"
#include "catchsession.h"

#include <QFutureWatcher>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;

namespace pbw::ui {

// Where the catcher listens: this computer only (the default) or every interface (with a warning:
// anyone on the network can reach it), the port, HTTP or HTTPS with a certificate the program makes
// (its SHA-256 fingerprint shown, to be trusted on the tracker's side) or the user's own.
class ListenerForm : public QWidget
{
    Q_OBJECT

public:
    explicit ListenerForm(CatchSession* session, QWidget* parent = nullptr);
    ~ListenerForm() override;

    // What to listen with; nothing, and the problem in words, when HTTPS has no certificate yet.
    std::optional<CatchOptions> options(QString* problem) const;
    void setListening(bool listening); // the address, port and certificate stay as they are while it listens
    void setPort(quint16 port);
    bool allInterfaces() const;
    bool secure() const;
    bool makingCertificate() const { return m_making.isRunning(); }
    QString fingerprint() const; // of the certificate chosen; empty when none

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);
    void retranslate();

signals:
    void changed(); // a choice to keep in the settings
    void problem(const QString& message);

private:
    void makeCertificate();
    void chooseCertificate();
    void useCertificate(const CatchCertificate& certificate);
    void updateShown();

    CatchSession* m_session;
    QLabel* m_addressLabel;
    QComboBox* m_address;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QComboBox* m_protocol;
    QCheckBox* m_tunnel;
    QLabel* m_warning;
    QPushButton* m_make;
    QPushButton* m_choose;
    QLabel* m_certificateInfo;
    std::optional<CatchCertificate> m_certificate;
    QFutureWatcher<CatchSession::MadeCertificate> m_making;
    bool m_listening = false;
};

} // namespace pbw::ui
