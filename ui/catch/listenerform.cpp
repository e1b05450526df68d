#include "listenerform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

enum Protocol { Http, Https };
const QString loopback = QStringLiteral("loopback");
const QString everywhere = QStringLiteral("any");

} // namespace

ListenerForm::ListenerForm(CatchSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_addressLabel(new QLabel(this))
    , m_address(new QComboBox(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_protocol(new QComboBox(this))
    , m_tunnel(new QCheckBox(this))
    , m_warning(new QLabel(this))
    , m_make(new QPushButton(this))
    , m_choose(new QPushButton(this))
    , m_certificateInfo(new QLabel(this))
{
    m_address->setObjectName(QStringLiteral("catchAddress"));
    m_port->setObjectName(QStringLiteral("catchPort"));
    m_protocol->setObjectName(QStringLiteral("catchProtocol"));
    m_tunnel->setObjectName(QStringLiteral("trustTunnel"));
    m_warning->setObjectName(QStringLiteral("allInterfacesWarning"));
    m_make->setObjectName(QStringLiteral("makeCertificate"));
    m_choose->setObjectName(QStringLiteral("chooseCertificate"));
    m_certificateInfo->setObjectName(QStringLiteral("certificateInfo"));
    m_addressLabel->setBuddy(m_address);
    m_portLabel->setBuddy(m_port);

    m_address->addItem(QString(), loopback);
    m_address->addItem(QString(), everywhere);
    m_address->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_port->setRange(0, 65535);
    m_port->setAccelerated(true);
    m_protocol->addItem(QStringLiteral("HTTP"));
    m_protocol->addItem(QStringLiteral("HTTPS"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5a00"));
    m_warning->hide();
    m_certificateInfo->setTextFormat(Qt::PlainText);
    m_certificateInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificateInfo->setWordWrap(true);

    auto* where = new QHBoxLayout;
    where->setContentsMargins(0, 0, 0, 0);
    where->addWidget(m_addressLabel);
    where->addWidget(m_address);
    where->addSpacing(12);
    where->addWidget(m_portLabel);
    where->addWidget(m_port);
    where->addSpacing(12);
    where->addWidget(m_protocol);
    where->addStretch();
    auto* how = new QHBoxLayout;
    how->setContentsMargins(0, 0, 0, 0);
    how->addWidget(m_tunnel);
    how->addSpacing(12);
    how->addWidget(m_make);
    how->addWidget(m_choose);
    how->addWidget(m_certificateInfo, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(where);
    layout->addLayout(how);
    layout->addWidget(m_warning);

    connect(m_address, &QComboBox::currentIndexChanged, this, [this] {
        updateShown();
        emit changed();
    });
    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] {
        updateShown();
        emit changed();
    });
    connect(m_port, &QSpinBox::valueChanged, this, &ListenerForm::changed);
    connect(m_tunnel, &QCheckBox::toggled, this, &ListenerForm::changed);
    connect(m_make, &QPushButton::clicked, this, &ListenerForm::makeCertificate);
    connect(m_choose, &QPushButton::clicked, this, &ListenerForm::chooseCertificate);
    connect(&m_making, &QFutureWatcherBase::finished, this, [this] {
        const CatchSession::MadeCertificate made = m_making.result();
        if (made.certificate)
            useCertificate(*made.certificate);
        else
            emit problem(made.problem);
        updateShown();
    });
    retranslate();
}

ListenerForm::~ListenerForm()
{
    m_making.waitForFinished();
}

std::optional<CatchOptions> ListenerForm::options(QString* problem) const
{
    CatchOptions options;
    options.address = allInterfaces() ? QHostAddress::Any : QHostAddress::LocalHost;
    options.port = quint16(m_port->value());
    if (secure()) {
        if (!m_certificate) {
            *problem = tr("HTTPS needs a certificate: make one, or use your own.");
            return std::nullopt;
        }
        options.certificate = m_certificate->certificate;
        options.key = m_certificate->key;
    }
    // A tunnel (ssh -R, a reverse proxy on this computer) names the real client in X-Forwarded-For.
    if (m_tunnel->isChecked())
        options.trustedProxies = {QHostAddress::LocalHost, QHostAddress::LocalHostIPv6};
    return options;
}

void ListenerForm::setListening(bool listening)
{
    m_listening = listening;
    updateShown();
}

void ListenerForm::setPort(quint16 port)
{
    m_port->setValue(port);
}

bool ListenerForm::allInterfaces() const
{
    return m_address->currentData().toString() == everywhere;
}

bool ListenerForm::secure() const
{
    return m_protocol->currentIndex() == Https;
}

QString ListenerForm::fingerprint() const
{
    return m_certificate ? CatchSession::fingerprintOf(m_certificate->certificate) : QString();
}

void ListenerForm::makeCertificate()
{
    if (m_making.isRunning())
        return;
    m_making.setFuture(m_session->makeCertificate());
    updateShown();
}

void ListenerForm::chooseCertificate()
{
    const QString certificate = QFileDialog::getOpenFileName(this, tr("Your certificate (PEM)"), QString(),
                                                             tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (certificate.isEmpty())
        return;
    const QString key
        = QFileDialog::getOpenFileName(this, tr("Its private key (PEM, not encrypted)"),
                                       QFileInfo(certificate).absolutePath(), tr("Keys (*.pem *.key);;All files (*)"));
    if (key.isEmpty())
        return;
    const auto read = readCatchCertificate(certificate, key);
    if (!read) {
        emit problem(read.error());
        return;
    }
    useCertificate(*read);
}

void ListenerForm::useCertificate(const CatchCertificate& certificate)
{
    m_certificate = certificate;
    updateShown();
    emit changed();
}

void ListenerForm::updateShown()
{
    for (QWidget* choice : std::initializer_list<QWidget*>{m_address, m_port, m_protocol, m_tunnel})
        choice->setEnabled(!m_listening);
    m_warning->setVisible(allInterfaces());
    const bool https = secure();
    for (QWidget* part : std::initializer_list<QWidget*>{m_make, m_choose, m_certificateInfo})
        part->setVisible(https);
    m_make->setEnabled(!m_listening && !m_making.isRunning());
    m_choose->setEnabled(!m_listening && !m_making.isRunning());
    if (m_making.isRunning())
        m_certificateInfo->setText(tr("Making the certificate…"));
    else if (m_certificate)
        m_certificateInfo->setText(tr("SHA-256 fingerprint: %1").arg(fingerprint()));
    else
        m_certificateInfo->setText(tr("No certificate yet."));
    m_certificateInfo->setToolTip(m_certificate ? m_certificate->certificatePath : QString());
}

void ListenerForm::retranslate()
{
    m_addressLabel->setText(tr("Listen on:"));
    m_address->setItemText(0, tr("this computer only (127.0.0.1)"));
    m_address->setItemText(1, tr("all network interfaces"));
    m_address->setToolTip(tr("Where the tracker's callbacks can come from"));
    m_portLabel->setText(tr("Port:"));
    m_port->setSpecialValueText(tr("any free"));
    m_port->setToolTip(tr("Once started, the port taken is kept, so the URL given to the tracker stays the same"));
    m_protocol->setToolTip(tr("HTTPS when the tracker sends only to https:// addresses"));
    m_tunnel->setText(tr("Behind a tunnel on this computer"));
    m_tunnel->setToolTip(tr("Believe X-Forwarded-For and Forwarded from 127.0.0.1 (ssh -R, a reverse proxy): the "
                            "From column then names the real client"));
    m_warning->setText(tr("Anyone on your network can reach the catcher. Only requests under its secret path are "
                          "kept; the rest are answered 404 and counted. On the tracker's side, use this computer's "
                          "network address in place of 127.0.0.1."));
    m_make->setText(tr("Make a certificate"));
    m_make->setToolTip(tr("A self-signed certificate for localhost, kept for the next time: tell the tracker's side "
                          "to trust its fingerprint"));
    m_choose->setText(tr("Use my certificate…"));
    m_choose->setToolTip(tr("A certificate and its private key, both PEM files"));
    updateShown();
}

void ListenerForm::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("catch/address"), m_address->currentData().toString());
    settings.setValue(QStringLiteral("catch/port"), m_port->value());
    settings.setValue(QStringLiteral("catch/https"), secure());
    settings.setValue(QStringLiteral("catch/tunnel"), m_tunnel->isChecked());
    settings.setValue(QStringLiteral("catch/certificate"), m_certificate ? m_certificate->certificatePath : QString());
    settings.setValue(QStringLiteral("catch/key"), m_certificate ? m_certificate->keyPath : QString());
}

void ListenerForm::restoreState(const QSettings& settings)
{
    const QSignalBlocker blockAddress(m_address);
    const QSignalBlocker blockPort(m_port);
    const QSignalBlocker blockProtocol(m_protocol);
    const QSignalBlocker blockTunnel(m_tunnel);
    m_address->setCurrentIndex(settings.value(QStringLiteral("catch/address")).toString() == everywhere ? 1 : 0);
    m_port->setValue(settings.value(QStringLiteral("catch/port"), 0).toInt());
    m_protocol->setCurrentIndex(settings.value(QStringLiteral("catch/https"), false).toBool() ? Https : Http);
    m_tunnel->setChecked(settings.value(QStringLiteral("catch/tunnel"), false).toBool());
    const QString certificate = settings.value(QStringLiteral("catch/certificate")).toString();
    const QString key = settings.value(QStringLiteral("catch/key")).toString();
    if (!certificate.isEmpty() && !key.isEmpty()) {
        if (const auto read = readCatchCertificate(certificate, key))
            m_certificate = *read;
    }
    updateShown();
}

} // namespace pbw::ui
