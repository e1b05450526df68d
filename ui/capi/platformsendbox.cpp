#include "platformsendbox.h"

#include "capi/platformrequest.h"
#include "capi/platformsender.h"
#include "capi/platformvalidation.h"
#include "secretfield.h"
#include "text/capitext.h"
#include "text/platformtext.h"
#include "widgets/plaintextlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace pbw::ui {

PlatformSendBox::PlatformSendBox(SecretStore* keychain, QWidget* parent)
    : QWidget(parent)
    , m_keychain(keychain)
    , m_sender(new PlatformSender(this))
    , m_platformLabel(new QLabel(this))
    , m_platform(new QComboBox(this))
    , m_accountLabel(new QLabel(this))
    , m_account(new QLineEdit(this))
    , m_test(new QCheckBox(this))
    , m_testCodeLabel(new QLabel(this))
    , m_testCode(new QLineEdit(this))
    , m_modeNotice(plainTextLabel(this, QStringLiteral("platformModeNotice")))
    , m_credentialBox(new QWidget(this))
    , m_credentialLayout(new QFormLayout(m_credentialBox))
    , m_send(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_previewTitle(plainTextLabel(this, QStringLiteral("platformPreviewTitle")))
    , m_preview(new QPlainTextEdit(this))
    , m_answerHeadline(plainTextLabel(this, QStringLiteral("platformAnswerHeadline")))
    , m_answer(new QPlainTextEdit(this))
{
    m_platform->setObjectName(QStringLiteral("platform"));
    for (const ConversionPlatform& p : conversionPlatforms()) {
        if (p.id != QLatin1String("meta")) // Meta's send is the tab's own, above
            m_platform->addItem(p.name, p.id);
    }
    m_account->setObjectName(QStringLiteral("platformAccount"));
    m_test->setObjectName(QStringLiteral("platformTest"));
    m_test->setChecked(true);
    m_testCode->setObjectName(QStringLiteral("platformTestCode"));
    m_modeNotice->setFrameShape(QFrame::StyledPanel);
    m_modeNotice->setMargin(4);
    m_credentialLayout->setContentsMargins(0, 0, 0, 0);
    m_send->setObjectName(QStringLiteral("platformSend"));
    m_cancel->setObjectName(QStringLiteral("platformCancel"));
    m_cancel->setEnabled(false);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    for (QPlainTextEdit* text : {m_preview, m_answer}) {
        text->setReadOnly(true); // the platform's words are shown as text, never rendered
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_preview->setObjectName(QStringLiteral("platformPreview"));
    m_answer->setObjectName(QStringLiteral("platformAnswer"));
    m_answer->setLineWrapMode(QPlainTextEdit::WidgetWidth); // sentences; the payload beside keeps its lines
    QFont headline = m_answerHeadline->font();
    headline.setBold(true);
    m_answerHeadline->setFont(headline);

    auto* top = new QGridLayout;
    top->addWidget(m_platformLabel, 0, 0);
    top->addWidget(m_platform, 0, 1);
    top->addWidget(m_accountLabel, 0, 2);
    top->addWidget(m_account, 0, 3);
    top->addWidget(m_test, 1, 0, 1, 2);
    top->addWidget(m_testCodeLabel, 1, 2);
    top->addWidget(m_testCode, 1, 3);
    top->setColumnStretch(1, 1);
    top->setColumnStretch(3, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_busy);
    buttons->addStretch();
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_credentialBox);
    leftLayout->addWidget(m_modeNotice);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_answerHeadline);
    leftLayout->addWidget(m_answer, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    rightLayout->addWidget(m_previewTitle);
    rightLayout->addWidget(m_preview, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
        m_account->setText(m_accounts.value(platformId()));
        rebuildCredentials();
    });
    connect(m_account, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_accounts.insert(platformId(), text.trimmed());
        updatePreview();
    });
    connect(m_account, &QLineEdit::editingFinished, this, &PlatformSendBox::updateKeys);
    connect(m_test, &QCheckBox::toggled, this, [this] {
        retranslate();
        updatePreview();
    });
    connect(m_testCode, &QLineEdit::textEdited, this, &PlatformSendBox::updatePreview);
    connect(m_send, &QPushButton::clicked, this, &PlatformSendBox::send);
    connect(m_cancel, &QPushButton::clicked, this, &PlatformSendBox::cancel);
    connect(m_sender, &PlatformSender::finished, this, &PlatformSendBox::onFinished);
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Send for real?"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    rebuildCredentials();
}

const ConversionPlatform* PlatformSendBox::platform() const
{
    return conversionPlatform(platformId());
}

QString PlatformSendBox::platformId() const
{
    return m_platform->currentData().toString();
}

void PlatformSendBox::selectPlatform(const QString& id)
{
    const int index = m_platform->findData(id);
    if (index >= 0)
        m_platform->setCurrentIndex(index);
}

bool PlatformSendBox::isBusy() const
{
    return m_fetching || m_sender->isRunning();
}

void PlatformSendBox::setEvents(const QList<CapiEvent>& events)
{
    m_events = events;
    updatePreview();
}

void PlatformSendBox::rebuildCredentials()
{
    while (m_credentialLayout->rowCount() > 0)
        m_credentialLayout->removeRow(0);
    m_secrets.clear();
    m_plain.clear();
    m_labels.clear();
    m_clickId = nullptr;
    m_clickIdLabel = nullptr;
    const ConversionPlatform* p = platform();
    if (!p)
        return;
    for (const PlatformCredential& credential : p->credentials) {
        if (credential.name == QLatin1String("measurement_id"))
            continue; // the account itself
        auto* label = new QLabel(m_credentialBox);
        m_labels.insert(credential.label, label);
        if (credential.secret) {
            auto* field = new SecretField(m_keychain, m_credentialBox);
            field->setObjectName(QStringLiteral("secret-") + credential.name);
            field->edit()->setAccessibleName(platformText(credential.label));
            m_secrets.insert(credential.name, field);
            m_credentialLayout->addRow(label, field);
        } else {
            auto* edit = new QLineEdit(m_credentialBox);
            edit->setObjectName(QStringLiteral("field-") + credential.name);
            edit->setAccessibleName(platformText(credential.label));
            connect(edit, &QLineEdit::textEdited, this, &PlatformSendBox::updatePreview);
            m_plain.insert(credential.name, edit);
            m_credentialLayout->addRow(label, edit);
        }
    }
    if (!p->clickIds.isEmpty()) {
        m_clickIdLabel = new QLabel(m_credentialBox);
        m_clickId = new QLineEdit(m_credentialBox);
        m_clickId->setObjectName(QStringLiteral("platformClickId"));
        connect(m_clickId, &QLineEdit::textEdited, this, &PlatformSendBox::updatePreview);
        m_credentialLayout->addRow(m_clickIdLabel, m_clickId);
    }
    m_testCode->setEnabled(p->testKind == QLatin1String("body_field"));
    updateKeys();
    retranslate();
    updatePreview();
}

void PlatformSendBox::updateKeys()
{
    const ConversionPlatform* p = platform();
    const QString account = m_account->text().trimmed();
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it.value()->setKey(p && !account.isEmpty() ? platformSecretKey(*p, account, it.key()) : QString());
}

QList<CapiEvent> PlatformSendBox::eventsToSend() const
{
    QList<CapiEvent> out = m_events;
    const ConversionPlatform* p = platform();
    if (!p || !m_clickId || m_clickId->text().trimmed().isEmpty())
        return out;
    const QString name = p->clickIds.first().name;
    for (CapiEvent& event : out) {
        QJsonObject ids = event.other.value(u"click_ids").toObject();
        if (ids.value(name).toString().trimmed().isEmpty())
            ids.insert(name, m_clickId->text().trimmed());
        event.other.insert(QStringLiteral("click_ids"), ids);
    }
    return out;
}

void PlatformSendBox::updatePreview()
{
    const ConversionPlatform* p = platform();
    if (!p)
        return;
    PlatformSend shown;
    shown.account = m_account->text().trimmed();
    shown.test = m_test->isChecked();
    shown.testCode = m_testCode->text().trimmed();
    if (QLineEdit* action = m_plain.value(QStringLiteral("conversionAction")))
        shown.credentials.insert(QStringLiteral("conversionAction"), action->text().toUtf8());
    m_preview->setPlainText(
        QString::fromUtf8(QJsonDocument(platformPayload(*p, eventsToSend(), shown)).toJson(QJsonDocument::Indented)));
}

void PlatformSendBox::send()
{
    const ConversionPlatform* p = platform();
    if (!p || isBusy())
        return;
    const QList<CapiEvent> events = eventsToSend();
    const QList<CapiProblem> problems = validatePlatformEvents(*p, events, QDateTime::currentDateTimeUtc());
    if (hasCapiErrors(problems)) {
        showAnswer([name = p->shortName] { return tr("Nothing was sent to %1: correct the errors first.").arg(name); },
                   [problems] {
                       QStringList lines;
                       for (const CapiProblem& problem : problems)
                           lines.append(capiProblemAsText(problem));
                       return lines.join(u'\n');
                   });
        return;
    }
    if (const QString problem = platformAccountProblem(*p, m_account->text()); !problem.isEmpty()) {
        showAnswer([problem] { return problem; });
        m_account->setFocus();
        return;
    }
    if (!m_test->isChecked()
        && !m_confirm(tr("This is not a test: %1 records %n conversion(s) for account %2, and they count in its "
                         "reports and optimisation. Send them?",
                         "", int(events.size()))
                          .arg(p->shortName, m_account->text().trimmed())))
        return;
    m_fetching = true;
    setBusy(true);
    fetchAndSend(0, {});
}

void PlatformSendBox::fetchAndSend(int index, QHash<QString, QByteArray> values)
{
    const ConversionPlatform* p = platform();
    const QStringList names = m_secrets.keys();
    if (index < names.size()) {
        const QString name = names.at(index);
        m_secrets.value(name)->fetch([this, index, values, name](const QByteArray& value, const QString&) mutable {
            if (!value.isEmpty())
                values.insert(name, value);
            fetchAndSend(index + 1, values);
        });
        return;
    }
    m_fetching = false;
    PlatformSend send;
    send.account = m_account->text().trimmed();
    send.test = m_test->isChecked();
    send.testCode = m_testCode->text().trimmed();
    send.baseUrl = m_baseUrls.value(p->id);
    send.credentials = values;
    for (auto it = m_plain.begin(); it != m_plain.end(); ++it)
        send.credentials.insert(it.key(), it.value()->text().trimmed().toUtf8());
    if (const auto problem = m_sender->send(*p, eventsToSend(), send)) {
        setBusy(false);
        showAnswer([problem = *problem] { return problem; });
        return;
    }
    showAnswer([name = p->shortName, count = int(m_events.size())] {
        return tr("Sending %n event(s) to %1…", "", count).arg(name);
    });
}

void PlatformSendBox::onFinished(const Exchange& exchange, const PlatformAnswer& answer)
{
    setBusy(false);
    showAnswer(
        [answer] { return retranslated(answer).headline(); },
        [answer, exchange] {
            QString text = platformAnswerAsText(retranslated(answer));
            if (exchange.error)
                text += QStringLiteral("\n\n✗ ") + exchange.error->message();
            else if (exchange.response)
                text += QStringLiteral("\n\nHTTP %1\n%2").arg(exchange.response->status).arg(exchange.response->text);
            return text;
        });
    emit exchangeCompleted(exchange, judgeExchange(exchange), StoredExchange::Role::TestCallback);
}

void PlatformSendBox::cancel()
{
    m_sender->cancel();
}

void PlatformSendBox::setBusy(bool busy)
{
    m_send->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_busy->setVisible(busy);
}

void PlatformSendBox::showAnswer(std::function<QString()> headline, std::function<QString()> details)
{
    m_headline = std::move(headline);
    m_details = std::move(details);
    m_answerHeadline->setText(m_headline ? m_headline() : QString());
    m_answer->setPlainText(m_details ? m_details() : QString());
}

void PlatformSendBox::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("capi/platforms/current"), platformId());
    for (auto it = m_accounts.begin(); it != m_accounts.end(); ++it)
        settings.setValue(QStringLiteral("capi/%1/account").arg(it.key()), it.value());
}

void PlatformSendBox::restoreState(const QSettings& settings)
{
    for (const ConversionPlatform& p : conversionPlatforms()) {
        m_baseUrls.insert(p.id, platformBaseUrl(settings, p));
        const QString account = settings.value(QStringLiteral("capi/%1/account").arg(p.id)).toString();
        if (!account.isEmpty())
            m_accounts.insert(p.id, account);
    }
    selectPlatform(settings.value(QStringLiteral("capi/platforms/current")).toString());
    m_account->setText(m_accounts.value(platformId()));
    updateKeys();
    updatePreview();
}

void PlatformSendBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showAnswer(m_headline, m_details); // the answer again, in the new language
    }
    QWidget::changeEvent(event);
}

void PlatformSendBox::retranslate()
{
    const ConversionPlatform* p = platform();
    m_platformLabel->setText(tr("Platform"));
    m_platform->setAccessibleName(tr("Platform"));
    m_accountLabel->setText(p ? platformText(p->accountLabel) : QString());
    m_account->setAccessibleName(m_accountLabel->text());
    m_test->setText(tr("Test mode: check, record nothing"));
    m_testCodeLabel->setText(tr("Test code"));
    m_testCode->setPlaceholderText(p && p->testKind == QLatin1String("body_field")
                                       ? tr("from %1's events manager").arg(p->shortName)
                                       : tr("not needed for %1").arg(p ? p->shortName : QString()));
    if (m_clickIdLabel && p)
        m_clickIdLabel->setText(tr("Click ID (%1)").arg(p->clickIds.first().name));
    if (m_clickId)
        m_clickId->setPlaceholderText(tr("used when the event's click_ids has none"));
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it)
        it.value()->setText(platformText(it.key()));
    for (SecretField* field : std::as_const(m_secrets))
        field->setPlaceholderWhenEmpty(tr("kept in the keychain for this account"));
    m_modeNotice->setText(!p                        ? QString()
                              : m_test->isChecked() ? platformTestModeText(*p)
                                                    : tr("Real send: %1 records these conversions.").arg(p->shortName));
    m_modeNotice->setStyleSheet(m_test->isChecked() ? QString()
                                                    : QStringLiteral("background: #fff4ce; color: #3b2f00;"));
    m_send->setText(m_test->isChecked() ? tr("Send as a test") : tr("Send for real…"));
    m_cancel->setText(tr("Cancel"));
    m_previewTitle->setText(p ? tr("What %1 receives (without its secrets)").arg(p->shortName) : QString());
    m_preview->setAccessibleName(m_previewTitle->text());
    m_answer->setAccessibleName(tr("The platform's answer"));
}

} // namespace pbw::ui
