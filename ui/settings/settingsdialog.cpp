#include "settingsdialog.h"

#include "capi/capirequest.h"
#include "store/casestore.h"
#include "widgets/plaintextlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

constexpr qint64 mebibyte = 1024 * 1024;

QLabel* hint(const QString& text, QWidget* parent)
{
    QLabel* label = plainTextLabel(parent, {}, text);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const Preferences& preferences, QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_timeout(new QDoubleSpinBox(this))
    , m_proxy(new QLineEdit(preferences.proxy == QLatin1String("none") ? QString() : preferences.proxy, this))
    , m_userAgents(new QPlainTextEdit(Preferences::userAgentsAsText(preferences.userAgents), this))
    , m_bodyLimit(new QSpinBox(this))
    , m_secretNames(new QLineEdit(preferences.secretNames.join(QStringLiteral(", ")), this))
    , m_store(new QLineEdit(preferences.effectiveCaseStorePath(), this))
    , m_apiVersion(new QLineEdit(preferences.effectiveApiVersion(), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));
    m_timeout->setObjectName(QStringLiteral("defaultTimeout"));
    m_timeout->setRange(Preferences::MinTimeoutMs / 1000.0, Preferences::MaxTimeoutMs / 1000.0);
    m_timeout->setDecimals(1);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(preferences.timeoutMs / 1000.0);
    m_proxy->setObjectName(QStringLiteral("defaultProxy"));
    m_proxy->setPlaceholderText(tr("empty: a direct connection · system · http://host:port · socks5://host:port"));
    m_userAgents->setObjectName(QStringLiteral("userAgents"));
    m_userAgents->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_userAgents->setPlaceholderText(tr("My phone = Mozilla/5.0 (Linux; Android 14; …)"));
    m_userAgents->setTabChangesFocus(true);
    m_userAgents->setFixedHeight(m_userAgents->fontMetrics().lineSpacing() * 4 + 12);
    m_bodyLimit->setObjectName(QStringLiteral("bodyLimit"));
    m_bodyLimit->setRange(int(Preferences::MinBodyBytes / mebibyte), int(Preferences::MaxBodyBytes / mebibyte));
    m_bodyLimit->setSuffix(tr(" MiB"));
    m_bodyLimit->setValue(int(qMax<qint64>(1, preferences.maxBodyBytes / mebibyte)));
    m_secretNames->setObjectName(QStringLiteral("secretNames"));
    m_secretNames->setPlaceholderText(QStringLiteral("api_key, x-partner-sign"));
    m_store->setObjectName(QStringLiteral("caseStore"));
    m_store->setMinimumWidth(380);
    m_apiVersion->setObjectName(QStringLiteral("apiVersion"));
    m_apiVersion->setPlaceholderText(CapiEndpoint::defaultApiVersion());
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);

    auto* chooseStore = new QPushButton(tr("Choose…"), this);
    chooseStore->setObjectName(QStringLiteral("chooseStore"));
    chooseStore->setAccessibleName(tr("Choose the case store file"));
    auto* storeRow = new QHBoxLayout;
    storeRow->addWidget(m_store, 1);
    storeRow->addWidget(chooseStore);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Default &timeout:"), m_timeout);
    form->addRow(tr("Default &proxy:"), m_proxy);
    form->addRow(tr("Answer &capture limit:"), m_bodyLimit);
    form->addRow(QString(), hint(tr("A bigger answer is kept up to this size and marked as cut."), this));
    form->addRow(tr("&User agents for traces:"), m_userAgents);
    form->addRow(QString(), hint(tr("One per line, \"Name = user agent\"; they follow the shipped presets."), this));
    form->addRow(tr("&Secret parameter names:"), m_secretNames);
    form->addRow(QString(),
                 hint(tr("Besides token, security_token, access_token and the like: their values go "
                         "to the keychain and are [redacted] in cases and exports."),
                      this));
    form->addRow(tr("Case &store:"), storeRow);
    form->addRow(tr("&Graph API version:"), m_apiVersion);
    for (QWidget* field :
         {static_cast<QWidget*>(m_language), static_cast<QWidget*>(m_timeout), static_cast<QWidget*>(m_proxy),
          static_cast<QWidget*>(m_bodyLimit), static_cast<QWidget*>(m_userAgents), static_cast<QWidget*>(m_secretNames),
          static_cast<QWidget*>(m_store), static_cast<QWidget*>(m_apiVersion)}) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
            field->setAccessibleName(label->text().remove(u'&').remove(u':'));
    }
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(storeRow)))
        label->setBuddy(m_store);
    m_store->setAccessibleName(tr("Case store"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(chooseStore, &QPushButton::clicked, this, &SettingsDialog::chooseStore);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.timeoutMs = int(m_timeout->value() * 1000);
    p.proxy = m_proxy->text().trimmed().isEmpty() ? QStringLiteral("none") : m_proxy->text().trimmed();
    if (auto agents = Preferences::userAgentsFromText(m_userAgents->toPlainText()))
        p.userAgents = agents.value();
    p.maxBodyBytes = qint64(m_bodyLimit->value()) * mebibyte;
    for (const QString& name : m_secretNames->text().split(u',', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            p.secretNames.append(name.trimmed());
    }
    const QString store = m_store->text().trimmed();
    p.caseStorePath = store == CaseStore::defaultPath() ? QString() : store;
    const QString version = m_apiVersion->text().trimmed();
    p.apiVersion = version == CapiEndpoint::defaultApiVersion() ? QString() : version;
    return p;
}

void SettingsDialog::accept()
{
    QList<PreferenceProblem> problems;
    if (auto agents = Preferences::userAgentsFromText(m_userAgents->toPlainText()); !agents)
        problems.append({PreferenceProblem::Field::UserAgents, agents.error()});
    if (m_store->text().trimmed().isEmpty())
        m_store->setText(CaseStore::defaultPath());
    problems += preferences().problems();
    if (problems.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_problem->setText(problems.first().message);
    m_problem->setVisible(true);
    if (QWidget* field = fieldFor(problems.first().field))
        field->setFocus();
}

void SettingsDialog::chooseStore()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Case store"), m_store->text(),
                                                      tr("Case stores (*.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_store->setText(path);
}

QWidget* SettingsDialog::fieldFor(PreferenceProblem::Field field) const
{
    using F = PreferenceProblem::Field;
    switch (field) {
    case F::Language:
        return m_language;
    case F::Timeout:
        return m_timeout;
    case F::Proxy:
        return m_proxy;
    case F::UserAgents:
        return m_userAgents;
    case F::BodyLimit:
        return m_bodyLimit;
    case F::SecretNames:
        return m_secretNames;
    case F::CaseStore:
        return m_store;
    case F::ApiVersion:
        return m_apiVersion;
    }
    return nullptr;
}

} // namespace pbw::ui
