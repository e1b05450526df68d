#include "replaypanel.h"

#include "guide/firstrunview.h"
#include "net/curlcommand.h"
#include "requesteditor.h"
#include "responseview.h"
#include "text/casetext.h"
#include "text/exchangetext.h"
#include "text/verdicttext.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pbw::ui {

ReplayPanel::ReplayPanel(QWidget* parent, Replayer* replayer)
    : QWidget(parent)
    , m_replayer(replayer ? replayer : new Replayer(this))
    , m_editor(new RequestEditor(this))
    , m_response(new ResponseView(this))
    , m_send(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_copyCurl(new QPushButton(this))
    , m_copyResponse(new QPushButton(this))
    , m_saveBody(new QPushButton(this))
    , m_historyTitle(new QLabel(this))
    , m_historyList(new QListWidget(this))
    , m_caseStrip(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_keepSecrets(new QCheckBox(this))
    , m_secretNotice(new QLabel(this))
    , m_saveToCase(new QPushButton(this))
    , m_staleNote(new QLabel(this))
{
    m_saveToCase->setObjectName(QStringLiteral("saveToCase"));
    m_staleNote->setObjectName(QStringLiteral("staleAnswer"));
    m_staleNote->setWordWrap(true);
    m_staleNote->setTextFormat(Qt::PlainText);
    m_staleNote->setFrameShape(QFrame::StyledPanel);
    m_staleNote->setMargin(4);
    m_staleNote->hide();
    m_keepSecrets->setObjectName(QStringLiteral("keepSecrets"));
    m_keepSecrets->setChecked(true);
    m_secretNotice->setObjectName(QStringLiteral("secretNotice"));
    m_secretNotice->setWordWrap(true);
    m_secretNotice->setFrameShape(QFrame::StyledPanel);
    m_secretNotice->setTextFormat(Qt::PlainText);
    m_secretNotice->setMargin(4);
    m_secretNotice->hide();
    m_role->setObjectName(QStringLiteral("saveRole"));
    m_caseStrip->setObjectName(QStringLiteral("caseStrip"));
    m_caseStrip->setWordWrap(true);
    m_roleLabel->setBuddy(m_role);
    for (int role = 0; role <= int(StoredExchange::Role::Other); ++role)
        m_role->addItem(QString(), role);
    m_send->setObjectName(QStringLiteral("send"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_historyList->setObjectName(QStringLiteral("history"));
    m_busy->setRange(0, 0); // indeterminate: the window stays live while waiting
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_send->setDefault(true);
    m_cancel->setEnabled(false);
    // Ctrl+Enter and Esc are the window's (Edit menu), so they act on whichever tab is shown.

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_busy);
    buttons->addStretch();

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    leftLayout->addWidget(m_editor, 1);
    leftLayout->addLayout(buttons);
    auto* caseRow = new QHBoxLayout;
    caseRow->addWidget(m_roleLabel);
    caseRow->addWidget(m_role);
    caseRow->addWidget(m_keepSecrets);
    caseRow->addStretch();
    leftLayout->addWidget(m_caseStrip);
    leftLayout->addLayout(caseRow);
    leftLayout->addWidget(m_secretNotice);
    leftLayout->addWidget(m_historyTitle);
    leftLayout->addWidget(m_historyList);
    m_historyList->setMaximumHeight(110);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_copyCurl);
    actions->addWidget(m_copyResponse);
    actions->addWidget(m_saveBody);
    actions->addStretch();
    actions->addWidget(m_saveToCase);
    auto* answer = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(answer);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    rightLayout->addWidget(m_staleNote);
    rightLayout->addWidget(m_response, 1);
    rightLayout->addLayout(actions);
    m_firstRun = new FirstRunView(this);
    m_right = new QStackedWidget(this);
    m_right->addWidget(m_firstRun);
    m_right->addWidget(answer);
    connect(m_firstRun, &FirstRunView::goTo, this, [this](FirstRunView::Place place) { emit goTo(int(place)); });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("replaySplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_send, &QPushButton::clicked, this, &ReplayPanel::send);
    connect(m_editor, &RequestEditor::sendRequested, this, &ReplayPanel::send);
    connect(m_cancel, &QPushButton::clicked, this, &ReplayPanel::cancel);
    connect(m_copyCurl, &QPushButton::clicked, this, &ReplayPanel::copyAsCurl);
    connect(m_copyResponse, &QPushButton::clicked, this, &ReplayPanel::copyResponse);
    connect(m_saveBody, &QPushButton::clicked, this, &ReplayPanel::saveBody);
    connect(m_saveToCase, &QPushButton::clicked, this, &ReplayPanel::saveShown);
    connect(m_editor, &RequestEditor::changed, this, &ReplayPanel::updateStale);
    connect(m_replayer, &Replayer::finished, this, &ReplayPanel::onFinished);
    connect(m_historyList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_history.size() && !isBusy()) {
            m_response->showExchange(m_history.at(row).exchange);
            m_shownRequest = requestOf(m_history.at(row).exchange);
            updateActions();
        }
        updateStale();
    });
    connect(m_historyList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int row = m_historyList->row(item);
        if (row < 0 || row >= m_history.size())
            return;
        // Re-open an earlier exchange: its request goes back into the editor, a stored one with the
        // secrets the keychain kept.
        if (m_history.at(row).storedId != 0)
            emit reopenStored(m_history.at(row).storedId);
        else
            loadRequest(m_history.at(row).exchange, {});
    });
    connect(m_keepSecrets, &QCheckBox::toggled, this, [this](bool keep) {
        if (m_keychainAvailable)
            emit keepSecretsChanged(keep);
    });
    retranslate();
    updateActions();
}

void ReplayPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReplayPanel::retranslate()
{
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send the callback exactly as typed (Ctrl+Return)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop waiting for the answer (Esc)"));
    m_copyCurl->setText(tr("Copy as curl"));
    m_copyCurl->setToolTip(tr("A curl command that sends exactly what was sent, headers and body included"));
    m_copyResponse->setText(tr("Copy response"));
    m_saveBody->setText(tr("Save body…"));
    m_saveToCase->setText(tr("Save to the case"));
    m_saveToCase->setToolTip(tr("Keep this exchange in the case (a cancelled request is not kept unless you ask)"));
    updateStale();
    m_roleLabel->setText(tr("Save &as:"));
    m_historyList->setAccessibleName(tr("Exchanges"));
    for (int role = 0; role < m_role->count(); ++role)
        m_role->setItemText(role, roleName(StoredExchange::Role(role)));
    m_role->setToolTip(tr("The role the next exchange gets in the case"));
    m_keepSecrets->setText(tr("Keep tokens in the keychain"));
    m_keepSecrets->setToolTip(tr("The case never holds tokens, passwords or credential headers: it shows "
                                 "[redacted]. Ticked, their values are kept in the system keychain so the request "
                                 "can be sent again as it was; unticked, they are not kept anywhere."));
    if (!m_keychainAvailable)
        showSecretNotice(noKeychainText());
    retranslateCaseStrip();
}

void ReplayPanel::retranslateCaseStrip()
{
    if (m_caseTitle.isEmpty()) {
        m_caseStrip->setText(tr("No case open: exchanges stay in this session. Open or create a case in the Cases "
                                "list to keep them."));
        m_historyTitle->setText(tr("This session's exchanges (double-click to load the request again)"));
    } else {
        m_caseStrip->setText(tr("Every exchange is saved to the case \"%1\".").arg(m_caseTitle));
        m_historyTitle->setText(tr("The case's exchanges (double-click to load the request again)"));
    }
    m_roleLabel->setEnabled(!m_caseTitle.isEmpty());
    m_role->setEnabled(!m_caseTitle.isEmpty());
    m_keepSecrets->setEnabled(!m_caseTitle.isEmpty() && m_keychainAvailable);
}

QString ReplayPanel::noKeychainText() const
{
    return tr("No keychain is available, so tokens and passwords in saved exchanges are not kept: the case shows "
              "[redacted] where they were. Type them again when you resend. (%1)")
        .arg(m_keychainMessage);
}

void ReplayPanel::setKeepSecrets(bool keep)
{
    const QSignalBlocker blocker(m_keepSecrets);
    m_keepSecrets->setChecked(keep && m_keychainAvailable);
}

void ReplayPanel::setKeychainState(bool available, const QString& message)
{
    const bool keep = m_keepSecrets->isChecked() || !m_keychainAvailable;
    m_keychainAvailable = available;
    m_keychainMessage = message;
    setKeepSecrets(keep);
    retranslateCaseStrip();
    showSecretNotice(available ? QString() : noKeychainText());
}

void ReplayPanel::showSecretNotice(const QString& message)
{
    m_secretNotice->setText(message);
    m_secretNotice->setVisible(!message.isEmpty());
}

void ReplayPanel::loadRequest(const Exchange& exchange, const QList<FoundSecret>& secrets)
{
    ReplayRequest request = m_editor->request();
    request.method = exchange.request.method;
    request.url = exchange.request.input;
    request.body = exchange.request.body;
    m_editor->setRequest(withSecrets(request, secrets));
}

void ReplayPanel::reopen(qint64 storedId, const Exchange& exchange, const QList<FoundSecret>& restored, int recorded,
                         const QString& problem)
{
    if (isBusy())
        return;
    for (qsizetype row = 0; row < m_history.size(); ++row) {
        if (m_history.at(row).storedId == storedId) {
            const QSignalBlocker blocker(m_historyList);
            m_historyList->setCurrentRow(int(row));
        }
    }
    m_response->showExchange(exchange);
    loadRequest(exchange, restored);
    m_shownRequest = m_editor->request(); // the request as it was, its secrets back: the answer is its own
    updateActions();
    updateStale();
    if (recorded == 0)
        showSecretNotice(m_keychainAvailable ? QString() : noKeychainText());
    else if (restored.size() == recorded)
        showSecretNotice(tr("%n secret value(s) came back from the keychain into the request.", "", recorded));
    else
        showSecretNotice(
            (problem.isEmpty()
                 ? tr("%n secret value(s) of this exchange were not kept.", "", recorded - int(restored.size()))
                 : problem)
            + QLatin1Char(' ') + tr("Type the value again where the request shows [redacted] before you send."));
}

void ReplayPanel::setCase(const QString& title, const QList<Exchange>& exchanges, const QList<qint64>& storedIds)
{
    // The same case again (an exchange or a trace was saved into it): what is shown stays, so the
    // answer beside the request is never swapped for another one.
    const bool sameCase = !title.isEmpty() && title == m_caseTitle;
    m_caseTitle = title;
    retranslateCaseStrip();
    m_history.clear();
    {
        const QSignalBlocker blocker(m_historyList);
        m_historyList->clear();
    }
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        m_history.append(HistoryEntry{exchanges.at(i), false, storedIds.value(i), true});
        addHistoryLine(exchanges.at(i), judgeExchange(exchanges.at(i)).layer);
    }
    if (!isBusy() && !(sameCase && m_response->exchange())) {
        if (exchanges.isEmpty()) {
            m_response->clear();
            m_shownRequest.reset();
        } else {
            m_response->showExchange(exchanges.last());
            m_shownRequest = requestOf(exchanges.last());
        }
    }
    updateActions();
    updateStale();
}

StoredExchange::Role ReplayPanel::saveRole() const
{
    return StoredExchange::Role(m_role->currentData().toInt());
}

void ReplayPanel::setSaveRole(StoredExchange::Role role)
{
    m_role->setCurrentIndex(int(role));
}

void ReplayPanel::addHistoryLine(const Exchange& exchange, Verdict::Layer layer)
{
    QString label;
    if (exchange.response)
        label = QStringLiteral("%1  %2  %3")
                    .arg(exchange.response->status)
                    .arg(QString::fromLatin1(exchange.request.method), exchange.request.url);
    else
        label = QStringLiteral("—  %1  %2").arg(QString::fromLatin1(exchange.request.method), exchange.request.url);
    label = verdictSymbol(layer) + QStringLiteral("  ")
        + exchange.timing.started.toLocalTime().toString(QStringLiteral("HH:mm:ss  ")) + label;
    const QSignalBlocker blocker(m_historyList);
    m_historyList->addItem(label);
    m_historyList->setCurrentRow(m_historyList->count() - 1);
}

void ReplayPanel::send()
{
    if (isBusy())
        return;
    const auto id = m_replayer->send(m_editor->request());
    if (!id) {
        QMessageBox::warning(this, tr("Cannot send"), id.error().message());
        return;
    }
    m_running = id.value();
    m_sentRequest = m_editor->request();
    setBusy(true);
    m_response->showBusy();
    updateActions();
    emit statusMessage(tr("Sending…"));
}

void ReplayPanel::cancel()
{
    if (isBusy())
        m_replayer->cancel(m_running);
}

void ReplayPanel::setBusy(bool busy)
{
    m_send->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_busy->setVisible(busy);
    updateActions();
}

void ReplayPanel::onFinished(Replayer::Id id, const Exchange& exchange)
{
    if (id != m_running)
        return;
    const bool followed = m_editor->request().options.followRedirects;
    m_running = 0;
    setBusy(false);
    // A cancelled request is no evidence: it is kept in the case only when asked (Save to the case).
    const bool cancelled = exchange.error && exchange.error->layer == TransportError::Layer::Cancelled;
    const bool keep = !m_caseTitle.isEmpty() && !cancelled;
    m_history.append(HistoryEntry{exchange, followed, 0, keep});
    m_shownRequest = m_sentRequest;
    m_response->showExchange(exchange); // judges the answer once; the history line reuses the verdict
    addHistoryLine(exchange, m_response->verdict()->layer);
    if (exchange.response)
        emit statusMessage(
            tr("Answer: %1 in %2 ms").arg(exchange.response->status).arg(formatMs(exchange.timing.totalMs)));
    else if (cancelled && !m_caseTitle.isEmpty())
        emit statusMessage(exchange.error->message() + QLatin1Char(' ')
                           + tr("Not saved to the case (\"Save to the case\" keeps it)."));
    else
        emit statusMessage(exchange.error ? exchange.error->message() : QString());
    if (keep) {
        emit exchangeCompleted(exchange, *m_response->verdict(), saveRole());
        // Each send is saved with the role chosen for it: the next one starts from a plain test again.
        setSaveRole(StoredExchange::Role::TestCallback);
    }
    updateActions();
    updateStale();
}

void ReplayPanel::updateActions()
{
    const bool has = m_response->exchange().has_value();
    // Until the first exchange the pane shows the method instead of an empty answer.
    m_right->setCurrentIndex(has || isBusy() || !m_history.isEmpty() ? 1 : 0);
    m_copyCurl->setEnabled(has);
    m_copyResponse->setEnabled(has && m_response->exchange()->response);
    m_saveBody->setEnabled(has && m_response->exchange()->response
                           && !m_response->exchange()->response->body.isEmpty());
    const int row = m_historyList->currentRow();
    m_saveToCase->setVisible(!m_caseTitle.isEmpty());
    m_saveToCase->setEnabled(has && !isBusy() && row >= 0 && row < m_history.size() && !m_history.at(row).saved
                             && m_history.at(row).storedId == 0);
}

ReplayRequest ReplayPanel::requestOf(const Exchange& exchange) const
{
    ReplayRequest request = m_editor->request();
    request.method = exchange.request.method;
    request.url = exchange.request.input;
    request.body = exchange.request.body;
    return request;
}

void ReplayPanel::saveShown()
{
    const int row = m_historyList->currentRow();
    if (row < 0 || row >= m_history.size() || m_history.at(row).saved || m_caseTitle.isEmpty())
        return;
    m_history[row].saved = true;
    const Exchange exchange = m_history.at(row).exchange;
    emit exchangeCompleted(exchange, judgeExchange(exchange), saveRole());
    setSaveRole(StoredExchange::Role::TestCallback);
    updateActions();
}

void ReplayPanel::updateStale()
{
    // The answer shown belongs to the request that was sent; once the editor holds another one
    // (typed, loaded from Template diff or Compare, a history line picked) the answer says so.
    const auto& shown = m_response->exchange();
    const ReplayRequest now = m_editor->request();
    const bool stale = shown && !isBusy() && m_shownRequest
        && (m_shownRequest->url != now.url || m_shownRequest->method != now.method || m_shownRequest->body != now.body
            || m_shownRequest->headers != now.headers);
    m_staleNote->setVisible(stale);
    if (stale)
        m_staleNote->setText(tr("This answer belongs to the request sent at %1 (%2 %3), not to the request now in the "
                                "editor: press Send to get its answer.")
                                 .arg(shown->timing.started.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                      QString::fromLatin1(shown->request.method), shown->request.input));
}

void ReplayPanel::copyAsCurl()
{
    const auto& exchange = m_response->exchange();
    if (!exchange)
        return;
    const int row = m_historyList->currentRow();
    const bool followed = row >= 0 && row < m_history.size() && m_history.at(row).followedRedirects;
    QApplication::clipboard()->setText(curlCommandFor(exchange->request, followed));
    emit statusMessage(tr("curl command copied"));
}

void ReplayPanel::copyResponse()
{
    const auto& exchange = m_response->exchange();
    if (!exchange)
        return;
    QString text = exchangeAsText(*exchange, 1'000'000);
    if (const auto& verdict = m_response->verdict())
        text += QStringLiteral("\n\n") + verdictAsText(*verdict);
    QApplication::clipboard()->setText(text);
    emit statusMessage(tr("Response copied"));
}

void ReplayPanel::saveBody()
{
    const auto& exchange = m_response->exchange();
    if (!exchange || !exchange->response)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the answer's body"), QStringLiteral("body.txt"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exchange->response->body) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The body could not be saved to %1: %2").arg(path, file.errorString()));
        return;
    }
    emit statusMessage(tr("Body saved to %1").arg(path));
}

void ReplayPanel::saveState(QSettings& settings) const
{
    const ReplayRequest request = m_editor->request();
    settings.beginGroup(QStringLiteral("replay"));
    settings.setValue(QStringLiteral("method"), QString::fromLatin1(request.method));
    settings.setValue(QStringLiteral("url"), request.url);
    QStringList headers;
    for (const auto& [name, value] : request.headers) {
        // Credentials stay out of the plain-text settings file.
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "cookie" || lower.contains("token") || lower.contains("secret"))
            continue;
        headers.append(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value));
    }
    settings.setValue(QStringLiteral("headers"), headers);
    settings.setValue(QStringLiteral("body"), QString::fromUtf8(request.body));
    settings.setValue(QStringLiteral("timeoutMs"), request.options.timeoutMs);
    settings.setValue(QStringLiteral("follow"), request.options.followRedirects);
    settings.endGroup();
}

void ReplayPanel::restoreState(const QSettings& settings)
{
    ReplayRequest request;
    request.method = settings.value(QStringLiteral("replay/method"), QStringLiteral("GET")).toString().toLatin1();
    request.url = settings.value(QStringLiteral("replay/url")).toString();
    for (const QString& line : settings.value(QStringLiteral("replay/headers")).toStringList()) {
        if (const auto header = parseHeaderLine(line); header.ok())
            request.headers.append(header.value());
    }
    request.body = settings.value(QStringLiteral("replay/body")).toString().toUtf8();
    request.options = m_editor->defaults();
    request.options.timeoutMs = settings.value(QStringLiteral("replay/timeoutMs"), request.options.timeoutMs).toInt();
    request.options.followRedirects = settings.value(QStringLiteral("replay/follow"), false).toBool();
    m_editor->setRequest(request);
}

} // namespace pbw::ui
