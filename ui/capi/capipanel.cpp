#include "capipanel.h"

#include "capi/capiprepare.h"
#include "capi/capirequest.h"
#include "capi/capisender.h"
#include "capiform.h"
#include "endpointdialog.h"
#include "fbcdialog.h"
#include "guide/guidewindow.h"
#include "normalizationtable.h"
#include "platformsendbox.h"
#include "platformview.h"
#include "secretfield.h"
#include "secrets/secretstore.h"
#include "text/capitext.h"
#include "widgets/plaintextlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

QLabel* noticeLabel(QWidget* parent, const QString& name)
{
    QLabel* label = plainTextLabel(parent, name);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(4);
    label->hide();
    return label;
}

} // namespace

CapiPanel::CapiPanel(QWidget* parent, std::unique_ptr<SecretStore> keychain)
    : CapiPanel(parent, keychain ? std::move(keychain) : makeKeychainStore(keychainService()), nullptr, nullptr)
{
}

CapiPanel::CapiPanel(SecretStore* keychain, CapiSender* sender, QWidget* parent)
    : CapiPanel(parent, nullptr, keychain, sender)
{
}

CapiPanel::CapiPanel(QWidget* parent, std::unique_ptr<SecretStore> owned, SecretStore* keychain, CapiSender* sender)
    : QWidget(parent)
    , m_ownedKeychain(std::move(owned))
    , m_keychain(keychain ? keychain : m_ownedKeychain.get())
    , m_sender(sender ? sender : new CapiSender(this))
    , m_pixelLabel(new QLabel(this))
    , m_pixel(new QLineEdit(this))
    , m_tokenLabel(new QLabel(this))
    , m_token(new SecretField(m_keychain, this))
    , m_appSecretLabel(new QLabel(this))
    , m_appSecret(new SecretField(m_keychain, this))
    , m_keepSecrets(new QCheckBox(this))
    , m_testCodeLabel(new QLabel(this))
    , m_testCode(new QLineEdit(this))
    , m_testNotice(noticeLabel(this, QStringLiteral("testNotice")))
    , m_keychainNotice(noticeLabel(this, QStringLiteral("keychainNotice")))
    , m_presetLabel(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_form(new CapiForm(this))
    , m_jsonTitle(new QLabel(this))
    , m_json(new QPlainTextEdit(this))
    , m_jsonStatus(new QLabel(this))
    , m_jsonTimer(new QTimer(this))
    , m_validateTimer(new QTimer(this))
    , m_tableTitle(new QLabel(this))
    , m_table(new NormalizationTable(this))
    , m_problemsTitle(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_validate(new QPushButton(this))
    , m_send(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_endpoint(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_answerHeadline(new QLabel(this))
    , m_answer(new QPlainTextEdit(this))
    , m_views(new QTabWidget(this))
    , m_platformView(new PlatformView(this))
    , m_platformSend(new PlatformSendBox(m_keychain, this))
{
    m_views->setObjectName(QStringLiteral("capiViews"));
    m_views->addTab(m_table, QString());
    m_views->addTab(m_platformView, QString());
    auto* sendScroll = new QScrollArea(this); // the tab keeps a small least height: the window fits 1366×768
    sendScroll->setWidget(m_platformSend);
    sendScroll->setWidgetResizable(true);
    sendScroll->setFrameShape(QFrame::NoFrame);
    m_views->addTab(sendScroll, QString());
    m_pixel->setObjectName(QStringLiteral("pixel"));
    m_token->setObjectName(QStringLiteral("token"));
    m_token->edit()->setObjectName(QStringLiteral("tokenEdit"));
    m_appSecret->setObjectName(QStringLiteral("appSecret"));
    m_keepSecrets->setObjectName(QStringLiteral("keepCapiSecrets"));
    m_keepSecrets->setChecked(true);
    m_testCode->setObjectName(QStringLiteral("testCode"));
    m_testNotice->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00;"));
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->addItems({QStringLiteral("Purchase"), QStringLiteral("Lead"), QStringLiteral("CompleteRegistration")});
    m_json->setObjectName(QStringLiteral("eventsJson"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_jsonStatus->setObjectName(QStringLiteral("jsonStatus"));
    m_jsonStatus->setWordWrap(true);
    m_jsonStatus->setTextFormat(Qt::PlainText);
    m_jsonTimer->setSingleShot(true);
    m_jsonTimer->setInterval(400);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(300);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setResizeMode(QListView::Adjust); // long problems wrap again when the box narrows
    m_problems->setMinimumHeight(m_problems->fontMetrics().lineSpacing() * 5);
    m_validate->setObjectName(QStringLiteral("validate"));
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_cancel->setEnabled(false);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_answerHeadline->setObjectName(QStringLiteral("answerHeadline"));
    m_answerHeadline->setTextFormat(Qt::PlainText);
    m_answerHeadline->setWordWrap(true);
    m_answerHeadline->hide(); // until there is something to say: the problems have the room
    QFont headline = m_answerHeadline->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.15);
    m_answerHeadline->setFont(headline);
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setReadOnly(true); // Meta's answer is shown as text, never rendered
    m_answer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_answer->hide();

    auto* top = new QGridLayout;
    top->addWidget(m_pixelLabel, 0, 0);
    top->addWidget(m_pixel, 0, 1);
    top->addWidget(m_testCodeLabel, 0, 2);
    top->addWidget(m_testCode, 0, 3, 1, 2);
    top->addWidget(m_tokenLabel, 1, 0);
    top->addWidget(m_token, 1, 1);
    top->addWidget(m_appSecretLabel, 1, 2);
    top->addWidget(m_appSecret, 1, 3);
    top->addWidget(m_keepSecrets, 1, 4);
    top->setColumnStretch(1, 3);
    top->setColumnStretch(3, 2);

    auto* formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long labels wrap above their field
    auto* jsonBox = new QWidget(this);
    auto* jsonLayout = new QVBoxLayout(jsonBox);
    jsonLayout->setContentsMargins(4, 0, 0, 0);
    jsonLayout->addWidget(m_jsonTitle);
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addWidget(m_jsonStatus);
    auto* resultBox = new QWidget(this);
    auto* resultLayout = new QVBoxLayout(resultBox);
    resultLayout->setContentsMargins(4, 0, 0, 0);
    resultLayout->addWidget(m_problemsTitle);
    resultLayout->addWidget(m_problems, 2);
    resultLayout->addWidget(m_answerHeadline);
    resultLayout->addWidget(m_answer, 3);
    m_guideLink = new QLabel(this);
    m_guideLink->setObjectName(QStringLiteral("capiGuide"));
    m_guideLink->setTextFormat(Qt::RichText); // our own words and a link inside the guide; never Meta's text
    m_guideLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_guideLink, &QLabel::linkActivated, this,
            [this](const QString&) { GuideWindow::show(this, QStringLiteral("capi")); });
    resultLayout->addWidget(m_guideLink);
    // Beside the form: the JSON, and under it what is wrong with it, as the user types.
    auto* checks = new QSplitter(Qt::Vertical, this);
    checks->setObjectName(QStringLiteral("capiChecks"));
    checks->addWidget(jsonBox);
    checks->addWidget(resultBox);
    checks->setChildrenCollapsible(false);
    checks->setStretchFactor(0, 1);
    checks->setStretchFactor(1, 1);
    auto* editors = new QSplitter(Qt::Horizontal, this);
    editors->setObjectName(QStringLiteral("capiEditors"));
    editors->addWidget(formScroll);
    editors->addWidget(checks);
    editors->setChildrenCollapsible(false);
    editors->setStretchFactor(0, 1);
    editors->setStretchFactor(1, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_presetLabel);
    buttons->addWidget(m_preset);
    buttons->addSpacing(12);
    buttons->addWidget(m_validate);
    buttons->addWidget(m_send);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_busy);
    buttons->addStretch();
    buttons->addWidget(m_endpoint);

    // The customer information across the whole width: its values are long (e-mails, hashes).
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(buttons);
    bottomLayout->addWidget(m_tableTitle);
    bottomLayout->addWidget(m_views, 1);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("capiSplitter"));
    vertical->addWidget(editors);
    vertical->addWidget(bottom);
    vertical->setChildrenCollapsible(false);
    vertical->setStretchFactor(0, 4); // the form scrolls; the table needs its rows
    vertical->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_testNotice);
    layout->addWidget(m_keychainNotice);
    layout->addWidget(vertical, 1);

    connect(m_form, &CapiForm::changed, this, &CapiPanel::formChanged);
    connect(m_form, &CapiForm::buildFbcRequested, this, [this] {
        FbcDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (QLineEdit* fbc = m_form->userDataEdit(QStringLiteral("fbc"))) {
            fbc->setText(dialog.fbc());
            emit fbc->textEdited(dialog.fbc());
        }
    });
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_syncing)
            m_jsonTimer->start();
    });
    connect(m_jsonTimer, &QTimer::timeout, this, [this] {
        readJson();
        validate(); // the JSON waited for the typing to pause already
    });
    connect(m_validateTimer, &QTimer::timeout, this, &CapiPanel::validate);
    connect(m_testCode, &QLineEdit::textChanged, this, &CapiPanel::updateTestNotice);
    connect(m_keepSecrets, &QCheckBox::toggled, this, [this](bool keep) {
        m_token->setKeep(keep);
        m_appSecret->setKeep(keep);
    });
    connect(m_pixel, &QLineEdit::editingFinished, this, &CapiPanel::onPixelChanged);
    connect(m_preset, &QComboBox::activated, this, [this] { loadPreset(m_preset->currentText()); });
    connect(m_validate, &QPushButton::clicked, this, &CapiPanel::validate);
    connect(m_send, &QPushButton::clicked, this, &CapiPanel::send);
    connect(m_cancel, &QPushButton::clicked, this, &CapiPanel::cancel);
    connect(m_endpoint, &QPushButton::clicked, this, &CapiPanel::editEndpoint);
    connect(m_sender, &CapiSender::finished, this, &CapiPanel::onFinished);
    connect(m_platformSend, &PlatformSendBox::exchangeCompleted, this, &CapiPanel::exchangeCompleted);
    for (SecretField* field : {m_token, m_appSecret}) {
        connect(field, &SecretField::stateChanged, this, [this](SecretField::State state, const QString& message) {
            m_keychainNotice->setVisible(state == SecretField::State::NoKeychain);
            if (state == SecretField::State::NoKeychain)
                m_keychainProblem = message;
            updateKeychainNotice();
        });
    }
    retranslate();
    loadPreset(QStringLiteral("Purchase"));
}

CapiPanel::~CapiPanel() = default;

bool CapiPanel::isBusy() const
{
    return m_sender->isRunning() || m_fetching || m_platformSend->isBusy();
}

void CapiPanel::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("capi/pixel"), m_pixel->text().trimmed());
    settings.setValue(QStringLiteral("capi/test_event_code"), m_testCode->text().trimmed());
    m_platformSend->saveState(settings);
}

void CapiPanel::restoreState(const QSettings& settings)
{
    m_pixel->setText(settings.value(QStringLiteral("capi/pixel")).toString());
    m_testCode->setText(settings.value(QStringLiteral("capi/test_event_code")).toString());
    setEndpoint(CapiEndpoint::load(settings));
    onPixelChanged();
    m_platformSend->restoreState(settings);
}

void CapiPanel::setEndpoint(const CapiEndpoint& endpoint)
{
    m_endpointValue = endpoint;
    updateEndpointButton();
}

void CapiPanel::loadPreset(const QString& eventName)
{
    m_events = {capiPreset(eventName, QDateTime::currentSecsSinceEpoch())};
    m_form->setEvent(m_events.first());
    writeJson();
    refreshTable();
    validate();
}

void CapiPanel::formChanged()
{
    if (m_events.isEmpty())
        m_events.append(CapiEvent());
    m_events[0] = m_form->event();
    writeJson();
    refreshTable();
    m_validateTimer->start(); // restarted by every edit: validated once the user pauses
}

void CapiPanel::writeJson()
{
    m_syncing = true;
    m_json->setPlainText(QString::fromUtf8(capiEventsToJson(m_events)));
    m_syncing = false;
    m_jsonTimer->stop();
    m_jsonBroken = false;
    m_jsonStatus->setText(jsonCountText());
}

QString CapiPanel::jsonCountText() const
{
    return m_events.size() > 1 ? tr("%n event(s); the form shows the first.", "", int(m_events.size())) : QString();
}

bool CapiPanel::readJson()
{
    m_jsonTimer->stop();
    const auto parsed = parseCapiEvents(m_json->toPlainText().toUtf8());
    m_jsonBroken = !parsed;
    if (!parsed) {
        m_jsonStatus->setText(tr("The JSON is not read yet: %1").arg(parsed.error().message));
    } else {
        m_events = parsed.value();
        m_jsonStatus->setText(jsonCountText());
        if (!m_events.isEmpty())
            m_form->setEvent(m_events.first());
        refreshTable();
    }
    return !m_jsonBroken;
}

void CapiPanel::refreshTable()
{
    // Normalised and hashed once per edit: the table, Validate and Send all use this.
    m_prepared = prepareCapiEvents(m_events);
    m_table->showRows(m_prepared.rows, int(m_events.size()));
    m_platformView->setEvents(m_events);
    m_platformSend->setEvents(m_events);
}

QList<CapiProblem> CapiPanel::validate()
{
    // Local only: the events as Meta would check them, nothing sent.
    m_validateTimer->stop();
    if (m_jsonTimer->isActive())
        readJson();
    const QList<CapiProblem> problems = m_jsonBroken
        ? QList<CapiProblem>{{-1, QStringLiteral("data"), QStringLiteral("json-invalid"), CapiProblem::Severity::Error,
                              m_jsonStatus->text(), tr("Correct the JSON, or use the form.")}}
        : validateCapiEvents(m_events, QDateTime::currentDateTimeUtc(), &m_prepared);
    showProblems(problems);
    return problems;
}

void CapiPanel::showProblems(const QList<CapiProblem>& problems)
{
    m_problems->clear();
    int errors = 0;
    for (const CapiProblem& problem : problems) {
        const bool error = problem.severity == CapiProblem::Severity::Error;
        errors += error ? 1 : 0;
        auto* item = new QListWidgetItem(capiProblemAsText(problem), m_problems);
        item->setForeground(error ? QColor(0xb0, 0x00, 0x20) : QColor(0x9a, 0x5b, 0x00));
    }
    if (problems.isEmpty())
        new QListWidgetItem(tr("✓ No problems: Meta should take these events."), m_problems);
    m_problemsTitle->setText(errors > 0 ? tr("Problems: %n error(s) — Meta would reject the request", "", errors)
                                        : tr("Problems"));
}

void CapiPanel::updateTestNotice()
{
    const QString code = m_testCode->text().trimmed();
    m_testNotice->setVisible(!code.isEmpty());
    if (!code.isEmpty())
        m_testNotice->setText(capiTestCodeNotice(code));
}

void CapiPanel::onPixelChanged()
{
    const QString pixel = m_pixel->text().trimmed();
    m_token->setKey(pixel.isEmpty() ? QString() : capiTokenKey(pixel));
    m_appSecret->setKey(pixel.isEmpty() ? QString() : capiAppSecretKey(pixel));
}

void CapiPanel::send()
{
    if (isBusy())
        return;
    const QList<CapiProblem> problems = validate();
    if (hasCapiErrors(problems)) {
        showAnswerText([] { return tr("Nothing was sent: correct the errors first."); });
        return;
    }
    onPixelChanged();
    if (m_pixel->text().trimmed().isEmpty()) {
        showAnswerText([] { return tr("Enter the pixel (dataset) ID first, as Events Manager shows it."); });
        m_pixel->setFocus();
        return;
    }
    m_fetching = true;
    setBusy(true);
    m_token->fetch([this](const QByteArray& token, const QString& problem) {
        if (token.isEmpty()) {
            m_fetching = false;
            setBusy(false);
            showAnswerText([problem, pixel = m_pixel->text().trimmed()] {
                return problem.isEmpty() ? tr("Type the access token for pixel %1: Events Manager → your dataset → "
                                              "Settings → Conversions API → Generate access token.")
                                               .arg(pixel)
                                         : problem; // the keychain's words, as they came
            });
            m_token->edit()->setFocus();
            return;
        }
        m_appSecret->fetch([this, token](const QByteArray& appSecret, const QString&) {
            m_fetching = false;
            sendWithSecrets(token, appSecret);
        });
    });
}

void CapiPanel::sendWithSecrets(const QByteArray& token, const QByteArray& appSecret)
{
    CapiSend send;
    send.pixelId = m_pixel->text().trimmed();
    send.testEventCode = m_testCode->text().trimmed();
    send.accessToken = token;
    send.appSecret = appSecret;
    send.endpoint = m_endpointValue;
    if (const auto problem = m_sender->send(m_prepared.events, send)) {
        setBusy(false);
        showAnswerText([problem = *problem] { return problem; });
        return;
    }
    showAnswer([this, count = int(m_events.size()), url = send.endpoint.graphUrl] {
        showAnswerText(tr("Sending %n event(s) to %1…", "", count).arg(url), {}, true);
    });
}

void CapiPanel::cancel()
{
    m_sender->cancel();
}

void CapiPanel::focusPixel()
{
    m_pixel->setFocus(Qt::ShortcutFocusReason);
    m_pixel->selectAll();
}

void CapiPanel::updateEndpointButton()
{
    const CapiEndpoint& endpoint = m_endpointValue;
    m_endpoint->setText(tr("Graph API %1…").arg(endpoint.apiVersion));
    m_endpoint->setToolTip(tr("Events go to %1/%2/<pixel ID>/events").arg(endpoint.graphUrl, endpoint.apiVersion));
}

void CapiPanel::editEndpoint()
{
    EndpointDialog dialog(m_endpointValue, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setEndpoint(dialog.endpoint());
    emit endpointEdited(m_endpointValue);
}

void CapiPanel::onFinished(const Exchange& exchange, const CapiAnswer& answer)
{
    setBusy(false);
    showExchange(exchange, answer.eventsSent);
    emit statusMessage(m_answerHeadline->text());
    const bool cancelled = exchange.error && exchange.error->layer == TransportError::Layer::Cancelled;
    if (!cancelled) // a send the user called off is not evidence for the case
        emit exchangeCompleted(exchange, judgeExchange(exchange), StoredExchange::Role::TestCallback);
}

void CapiPanel::showExchange(const Exchange& exchange, int eventsSent)
{
    showAnswer([this, exchange, eventsSent] {
        const CapiAnswer answer = readCapiAnswer(exchange, eventsSent); // read again: in the language of now
        QString details;
        if (exchange.error)
            details = exchange.error->message();
        else { // the headline is shown apart; the indented lines under it stand alone here
            QStringList lines = capiAnswerAsText(answer).split(QLatin1Char('\n')).mid(1);
            for (QString& line : lines)
                line = line.trimmed();
            details = lines.join(QLatin1Char('\n'));
        }
        if (exchange.response) {
            details += QStringLiteral("\n\n")
                + tr("HTTP %1 from %2").arg(exchange.response->status).arg(exchange.request.url) + QLatin1Char('\n')
                + exchange.response->text;
        }
        const bool cancelled = exchange.error && exchange.error->layer == TransportError::Layer::Cancelled;
        showAnswerText(cancelled ? tr("Cancelled: nothing is known about these events.") : answer.headline(),
                       details.trimmed(), answer.received());
    });
}

void CapiPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_send->setEnabled(!busy);
    m_cancel->setEnabled(busy);
}

void CapiPanel::showAnswerText(const QString& headline, const QString& details, bool good)
{
    m_answerHeadline->setText(headline);
    m_answerHeadline->setStyleSheet(good ? QStringLiteral("color: #0a6b2d;") : QStringLiteral("color: #b00020;"));
    m_answerHeadline->setVisible(!headline.isEmpty());
    m_answer->setPlainText(details);
    m_answer->setVisible(!details.isEmpty());
}

void CapiPanel::showAnswerText(std::function<QString()> headline)
{
    showAnswer([this, headline = std::move(headline)] { showAnswerText(headline(), {}, false); });
}

void CapiPanel::showAnswer(std::function<void()> render)
{
    m_renderAnswer = std::move(render);
    m_renderAnswer();
}

void CapiPanel::updateKeychainNotice()
{
    // The keychain's own words (translated when they came, with the system's detail) in the tooltip:
    // the notice itself follows the language.
    if (m_keychainNotice->isHidden())
        return;
    m_keychainNotice->setText(tr("No keychain is available: the token you type is used for this session's sends only "
                                 "and is not saved anywhere."));
    m_keychainNotice->setToolTip(m_keychainProblem);
}

void CapiPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        retranslateResults();
    }
    QWidget::changeEvent(event);
}

void CapiPanel::retranslateResults()
{
    // Worked out again rather than kept: core's words come translated when they are made.
    if (m_jsonBroken)
        readJson(); // the parser's message, in the new language; the events stay as they were
    else
        m_jsonStatus->setText(jsonCountText());
    refreshTable();
    validate();
    if (m_renderAnswer)
        m_renderAnswer();
    updateKeychainNotice();
}

void CapiPanel::retranslate()
{
    m_pixelLabel->setText(tr("Pixel ID"));
    m_pixel->setPlaceholderText(tr("digits, from Events Manager"));
    m_tokenLabel->setText(tr("Access token"));
    m_token->setPlaceholderWhenEmpty(tr("paste the Conversions API access token"));
    m_appSecretLabel->setText(tr("App secret"));
    m_appSecret->setPlaceholderWhenEmpty(tr("optional: adds appsecret_proof"));
    m_keepSecrets->setText(tr("Keep in the keychain"));
    m_keepSecrets->setToolTip(tr("Keep what you type here in the OS keychain, one entry per pixel; never in a file, "
                                 "the case or a log. Without it, the values serve this session only."));
    m_testCodeLabel->setText(tr("Test event code"));
    m_testCode->setPlaceholderText(tr("TEST12345, from Events Manager → Test Events"));
    m_presetLabel->setText(tr("Start from"));
    m_jsonTitle->setText(tr("The same events as JSON (edit either side)"));
    m_tableTitle->setText(tr("Customer information as it is sent"));
    m_views->setTabText(0, tr("Meta"));
    m_views->setTabText(1, tr("Every platform"));
    m_views->setTabText(2, tr("Send to TikTok, Snapchat, Google…"));
    m_problemsTitle->setText(tr("Problems"));
    m_guideLink->setText(QStringLiteral("<a href=\"#capi\">%1</a>")
                             .arg(tr("How events reach Meta, and what to check: the guide").toHtmlEscaped()));
    m_pixel->setAccessibleName(tr("Pixel ID"));
    m_token->edit()->setAccessibleName(tr("Access token"));
    m_appSecret->edit()->setAccessibleName(tr("App secret"));
    m_testCode->setAccessibleName(tr("Test event code"));
    m_preset->setAccessibleName(tr("Start from"));
    m_json->setAccessibleName(tr("The same events as JSON (edit either side)"));
    m_table->setAccessibleName(tr("Customer information as it is sent"));
    m_problems->setAccessibleName(tr("Problems"));
    m_answer->setAccessibleName(tr("Meta's answer"));
    m_validate->setText(tr("Validate"));
    m_send->setText(tr("Send"));
    m_cancel->setText(tr("Cancel"));
    updateEndpointButton();
    updateTestNotice();
}

} // namespace pbw::ui
