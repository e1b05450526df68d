#include "mainwindow.h"

#include "batch/batchledger.h"
#include "batch/batchpanel.h"
#include "batch/batchsession.h"
#include "capi/capipanel.h"
#include "capi/capirequest.h"
#include "cases/casepanel.h"
#include "cases/casesdock.h"
#include "cases/casesession.h"
#include "cases/casetransfer.h"
#include "cases/compareview.h"
#include "catch/catchpanel.h"
#include "catch/catchsession.h"
#include "guide/firstrunview.h"
#include "guide/guidewindow.h"
#include "i18n/language.h"
#include "io/exchangejson.h"
#include "replay/replaypanel.h"
#include "replay/requesteditor.h"
#include "secrets/redaction.h"
#include "secrets/secretstore.h"
#include "settings/settingsdialog.h"
#include "store/casestore.h"
#include "templatediff/templatediffpanel.h"
#include "text/casetext.h"
#include "text/saidtext.h"
#include "trace/tracepanel.h"
#include "windowplacement.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace pbw::ui {

MainWindow::MainWindow(QSettings* settings, QWidget* parent)
    : MainWindow(AppServices{settings, nullptr, nullptr, nullptr, nullptr}, parent)
{
}

MainWindow::MainWindow(const AppServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(services.settings)
    , m_services(completeServices(services, this))
    , m_tabs(new QTabWidget(this))
    , m_replay(new ReplayPanel(this, m_services.replayer))
    , m_templateDiff(new TemplateDiffPanel(this))
    , m_tracePanel(new TracePanel(this, m_services.tracer))
    , m_case(nullptr)
    , m_capi(new CapiPanel(m_services.keychain, m_services.capiSender, this))
    , m_casesDock(nullptr)
{
    m_session = new CaseSession(this);
    m_transfer = new CaseTransfer(m_session, this);
    setAcceptDrops(true);
    m_case = new CasePanel(m_session, this);
    m_casesDock = new CasesDock(m_session, this);
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_replay->setObjectName(QStringLiteral("replayPanel"));
    m_templateDiff->setObjectName(QStringLiteral("templateDiffPanel"));
    m_tracePanel->setObjectName(QStringLiteral("tracePanel"));
    m_capi->setObjectName(QStringLiteral("capiPanel"));
    m_case->setObjectName(QStringLiteral("casePanel"));
    m_tabs->addTab(m_replay, QString());
    m_tabs->addTab(m_templateDiff, QString());
    m_tabs->addTab(m_tracePanel, QString());
    m_tabs->addTab(m_capi, QString());
    m_tabs->addTab(m_case, QString());
    m_batch = new BatchPanel(new BatchSession(m_session, m_services.replayer, this), new BatchLedger(m_session, this),
                             this);
    m_batch->setObjectName(QStringLiteral("batchPanel"));
    m_tabs->addTab(m_batch, QString());
    connect(m_batch, &BatchPanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
    // A batch row's callback goes to Replay, to be sent and judged by hand: the check's corrected
    // one is saved so.
    connect(m_batch, &BatchPanel::openInReplay, this, [this](const ReplayRequest& request, bool corrected) {
        m_replay->editor()->setRequest(request);
        if (corrected)
            m_replay->setSaveRole(StoredExchange::Role::Corrected);
        m_tabs->setCurrentWidget(m_replay);
    });
    // A re-fired row: the exchange its send kept in the case.
    connect(m_batch, &BatchPanel::openExchange, this, [this](int number) {
        if (!m_case->showExchange(number)) {
            statusBar()->showMessage(tr("Exchange %1 is no longer in the open case.").arg(number), 10'000);
            return;
        }
        m_tabs->setCurrentWidget(m_case);
    });
    addDockWidget(Qt::LeftDockWidgetArea, m_casesDock);
    connect(m_session, &CaseSession::currentCaseChanged, this, &MainWindow::showCase);
    connect(m_session, &CaseSession::changedElsewhere, this, [this] { showCase(m_session->currentCase()); });
    connect(m_session, &CaseSession::failed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Case store"), message); });
    const auto keepInCase = [this](const Exchange& exchange, const Verdict& verdict, StoredExchange::Role role) {
        if (m_session->currentCase() == 0)
            return;
        if (const qint64 id = m_session->saveExchange(role, exchange, verdict)) {
            const auto saved = m_session->exchange(id);
            // After what the answer was ("Answer: 200 in 41 ms"), when the panel just said it.
            const QString before = statusBar()->currentMessage();
            statusBar()->showMessage(
                (before.isEmpty() ? QString() : before + QStringLiteral(" · "))
                    + tr("Saved to the case as exchange %1 (%2).").arg(saved ? saved->number : 0).arg(roleName(role)),
                10'000);
        }
    };
    connect(m_replay, &ReplayPanel::exchangeCompleted, this, keepInCase);
    connect(m_capi, &CapiPanel::exchangeCompleted, this, keepInCase);
    connect(m_tracePanel, &TracePanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
    connect(m_tracePanel, &TracePanel::saveToCase, this, &MainWindow::saveTrace);
    connect(m_capi, &CapiPanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
    connect(m_templateDiff, &TemplateDiffPanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
    connect(m_replay, &ReplayPanel::goTo, this, [this](int place) {
        showTab(place == int(FirstRunView::Place::Trace)              ? TraceTab
                    : place == int(FirstRunView::Place::TemplateDiff) ? TemplateDiffTab
                                                                      : CapiTab);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTabActions);
    connect(m_case, &CasePanel::openInReplay, this, [this](qint64 exchangeId) {
        reopenStored(exchangeId);
        m_tabs->setCurrentWidget(m_replay);
    });
    connect(m_replay, &ReplayPanel::reopenStored, this, &MainWindow::reopenStored);
    connect(m_casesDock, &CasesDock::exportRequested, m_transfer, &CaseTransfer::exportCase);
    connect(m_casesDock, &CasesDock::importRequested, m_transfer, &CaseTransfer::chooseAndImport);
    connect(m_transfer, &CaseTransfer::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
    connect(m_session, &CaseSession::keychainChecked, m_replay, &ReplayPanel::setKeychainState);
    connect(m_session, &CaseSession::secretsNotice, m_replay, &ReplayPanel::showSecretNotice);
    connect(m_replay, &ReplayPanel::keepSecretsChanged, this, [this](bool keep) {
        m_session->setKeepSecrets(keep);
        m_settings->setValue(QStringLiteral("secrets/keep"), keep);
    });
    m_preferences = Preferences::load(*m_settings);
    m_session->setSecretNames(SecretNames(m_preferences.secretNames));
    m_replay->editor()->setDefaults(m_preferences.replayOptions());
    m_tracePanel->setPreferences(m_preferences.userAgents, m_preferences.proxy);
    m_session->setKeepSecrets(m_settings->value(QStringLiteral("secrets/keep"), true).toBool());
    m_replay->setKeepSecrets(m_session->keepSecrets());
    m_session->setSecretStore(m_services.keychain); // the one store, shared with the CAPI tab
    connect(m_capi, &CapiPanel::endpointEdited, this, [this](const CapiEndpoint& endpoint) {
        endpoint.save(*m_settings); // what pbw reads too
        m_settings->sync();
    });
    connect(m_templateDiff, &TemplateDiffPanel::saveToCase, this,
            [this](Comparison::Mode mode, const QString& left, const QString& right) {
                saveToCase(int(mode), left, right);
            });
    // A callback sent from Template diff or Compare is the corrected one: saved so, unless changed.
    connect(m_templateDiff, &TemplateDiffPanel::sendToReplay, this, [this](const ReplayRequest& request) {
        m_replay->editor()->setRequest(request);
        m_replay->setSaveRole(StoredExchange::Role::Corrected);
        m_tabs->setCurrentWidget(m_replay);
    });
    connect(m_case->compareView(), &CompareView::sendToReplay, this,
            [this](const ReplayRequest& request, const QString& notice) {
                m_replay->editor()->setRequest(request);
                m_replay->setSaveRole(StoredExchange::Role::Corrected);
                m_replay->showSecretNotice(notice);
                m_tabs->setCurrentWidget(m_replay);
            });
    setCentralWidget(m_tabs);
    setMinimumSize(1024, 640);
    buildMenus();
    connect(m_replay, &ReplayPanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
    addCatchTab();
    restore();
    retranslate();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_saveBody = m_fileMenu->addAction(QString(), m_replay, &ReplayPanel::saveBody);
    m_saveBody->setShortcut(QKeySequence::Save);
    m_fileMenu->addSeparator();
    m_exportCase = m_fileMenu->addAction(QString(), this, [this] {
        if (m_session->currentCase())
            m_transfer->exportCase(m_session->currentCase());
    });
    m_exportCase->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_import = m_fileMenu->addAction(QString(), m_transfer, &CaseTransfer::chooseAndImport);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_send = m_editMenu->addAction(QString(), this, &MainWindow::sendInCurrentTab);
    m_send->setObjectName(QStringLiteral("sendAction"));
    m_send->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_cancel = m_editMenu->addAction(QString(), this, &MainWindow::cancelInCurrentTab);
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_focusAddress = m_editMenu->addAction(QString(), this, &MainWindow::focusAddress);
    m_focusAddress->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_editMenu->addSeparator();
    m_copyCurl = m_editMenu->addAction(QString(), m_replay, &ReplayPanel::copyAsCurl);
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyResponse = m_editMenu->addAction(QString(), m_replay, &ReplayPanel::copyResponse);
    m_editMenu->addSeparator();
    m_undoDelete = m_editMenu->addAction(QString(), m_casesDock, &CasesDock::undoDelete);
    m_undoDelete->setShortcut(QKeySequence::Undo);
    m_undoDelete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_casesDock->addAction(m_undoDelete);
    m_editMenu->addSeparator();
    m_settingsAction = m_editMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    m_viewMenu = menuBar()->addMenu(QString());
    m_replayTab = m_viewMenu->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_replay); });
    m_replayTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_templateDiffTab = m_viewMenu->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_templateDiff); });
    m_templateDiffTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_traceTab = m_viewMenu->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_tracePanel); });
    m_traceTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_capiTab = m_viewMenu->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_capi); });
    m_capiTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_caseTab = m_viewMenu->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_case); });
    m_caseTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_batchTab = m_viewMenu->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_batch); });
    m_batchTab->setObjectName(QStringLiteral("batchTabAction"));
    m_batchTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    m_viewMenu->addSeparator();
    m_toggleCases = m_casesDock->toggleViewAction();
    m_viewMenu->addAction(m_toggleCases);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languages = new QActionGroup(this);
    m_systemLanguage = m_languageMenu->addAction(QString());
    m_systemLanguage->setData(QString());
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    m_english->setData(QStringLiteral("en"));
    m_russian = m_languageMenu->addAction(QStringLiteral("Русский"));
    m_russian->setData(QStringLiteral("ru"));
    for (QAction* action : {m_systemLanguage, m_english, m_russian}) {
        action->setCheckable(true);
        action->setObjectName(
            QStringLiteral("language_")
            + (action->data().toString().isEmpty() ? QStringLiteral("system") : action->data().toString()));
        m_languages->addAction(action);
    }
    connect(m_languages, &QActionGroup::triggered, this,
            [this](QAction* action) { setLanguage(action->data().toString()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_guide = m_helpMenu->addAction(QString(), this, [this] { GuideWindow::show(this); });
    m_guide->setObjectName(QStringLiteral("guideAction"));
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::setLanguage(const QString& code)
{
    Language::apply(code); // every widget re-reads its texts on the LanguageChange event
    m_preferences.language = code;
    m_settings->setValue(QStringLiteral("language"), code);
    for (QAction* action : m_languages->actions())
        action->setChecked(action->data().toString() == code);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_preferences, this);
    if (dialog.exec() == QDialog::Accepted)
        applyPreferences(dialog.preferences());
}

void MainWindow::applyPreferences(const Preferences& preferences)
{
    Preferences applied = preferences;
    if (applied.effectiveCaseStorePath() != m_preferences.effectiveCaseStorePath()) {
        m_session->purgeTrash(); // the trash of the store being left
        if (const auto error = m_session->open(applied.effectiveCaseStorePath())) {
            QMessageBox::warning(this, tr("Case store"),
                                 error->message() + QStringLiteral("\n\n")
                                     + tr("The cases stay in %1.").arg(m_preferences.effectiveCaseStorePath()));
            applied.caseStorePath = m_preferences.caseStorePath;
        } else {
            statusBar()->showMessage(tr("Cases are now kept in %1.").arg(applied.effectiveCaseStorePath()), 10'000);
        }
    }
    const bool languageChanged = applied.language != m_preferences.language;
    const bool replayDefaultsChanged = applied.timeoutMs != m_preferences.timeoutMs
        || applied.proxy != m_preferences.proxy || applied.maxBodyBytes != m_preferences.maxBodyBytes;
    m_preferences = applied;
    m_preferences.save(*m_settings);
    if (replayDefaultsChanged)
        m_replay->editor()->setDefaults(m_preferences.replayOptions());
    m_tracePanel->setPreferences(m_preferences.userAgents, m_preferences.proxy);
    m_session->setSecretNames(SecretNames(m_preferences.secretNames));
    CapiEndpoint endpoint = m_capi->endpoint();
    if (endpoint.apiVersion != m_preferences.effectiveApiVersion()) {
        endpoint.apiVersion = m_preferences.effectiveApiVersion();
        endpoint.save(*m_settings); // what the CAPI tab and pbw read
        m_capi->setEndpoint(endpoint);
    }
    if (languageChanged)
        setLanguage(m_preferences.language);
    m_settings->sync();
}

void MainWindow::showTab(Tab tab)
{
    const QList<QWidget*> panels{m_replay, m_templateDiff, m_tracePanel, m_capi, m_case, m_batch};
    m_tabs->setCurrentWidget(panels.at(int(tab)));
}

// What the window's keys do on each tab; a tab without an entry has nothing for that key.
MainWindow::TabKeys MainWindow::keysOf(QWidget* tab) const
{
    if (tab == m_catch)
        return {m_catch->isListening() ? tr("S&top listening") : tr("S&tart listening"), tr("S&top listening"),
                [this] { m_catch->startOrStop(); },
                m_catch->isListening() ? std::function<void()>([this] { m_catch->stop(); }) : nullptr,
                [this] {
                    m_catch->focusTemplate();
                }};
    if (tab == m_replay)
        return {tr("Se&nd"), tr("&Cancel request"), [this] { m_replay->send(); }, [this] { m_replay->cancel(); },
                [this] {
                    m_replay->editor()->focusUrl();
                }};
    if (tab == m_templateDiff)
        return {tr("Se&nd the corrected callback to Replay"),
                {},
                [this] { m_templateDiff->sendCorrected(); },
                {},
                [this] {
                    m_templateDiff->focusFirst();
                }};
    if (tab == m_tracePanel)
        return {tr("T&race the click"), tr("&Cancel the trace"), [this] { m_tracePanel->trace(); },
                [this] { m_tracePanel->cancel(); },
                [this] {
                    m_tracePanel->focusUrl();
                }};
    if (tab == m_capi)
        return {tr("Se&nd the events to Meta"), tr("&Cancel request"), [this] { m_capi->send(); },
                [this] { m_capi->cancel(); },
                [this] {
                    m_capi->focusPixel();
                }};
    if (tab == m_batch)
        return {tr("Reco&ncile the two files"),
                tr("&Cancel the reconcile or the send"),
                [this] { m_batch->reconcile(); },
                [this] { m_batch->cancel(); },
                {}};
    return {tr("Se&nd"), tr("&Cancel request"), {}, {}, {}};
}

void MainWindow::sendInCurrentTab()
{
    if (const auto send = keysOf(m_tabs->currentWidget()).send)
        send();
}

void MainWindow::cancelInCurrentTab()
{
    if (const auto cancel = keysOf(m_tabs->currentWidget()).cancel)
        cancel();
}

void MainWindow::focusAddress()
{
    if (const auto focus = keysOf(m_tabs->currentWidget()).focus)
        focus();
}

// The Edit menu names what Ctrl+Enter and Esc do on the tab that is shown.
void MainWindow::updateTabActions()
{
    if (!m_send)
        return;
    const TabKeys keys = keysOf(m_tabs->currentWidget());
    m_send->setText(keys.sendText);
    m_send->setEnabled(bool(keys.send));
    m_cancel->setText(keys.cancelText.isEmpty() ? tr("&Cancel request") : keys.cancelText);
    m_cancel->setEnabled(bool(keys.cancel));
    m_focusAddress->setEnabled(bool(keys.focus));
}

// Each splitter's sizes, by its place in the window (the same view can sit in two panels).
static QString splitterKey(const QSplitter* splitter, const QWidget* window)
{
    QStringList path;
    for (const QObject* o = splitter; o && o != window; o = o->parent()) {
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(o->objectName());
    }
    return QStringLiteral("splitters/") + path.join(u'.');
}

void MainWindow::saveSplitters()
{
    for (QSplitter* splitter : findChildren<QSplitter*>()) {
        if (splitter->objectName().isEmpty())
            continue;
        // A tab not opened this session keeps the sizes it came with.
        const QByteArray state = m_splitterStates.value(splitter, splitter->saveState());
        m_settings->setValue(splitterKey(splitter, this), state);
    }
}

void MainWindow::restoreSplitters()
{
    for (QSplitter* splitter : findChildren<QSplitter*>()) {
        const QByteArray state = m_settings->value(splitterKey(splitter, this)).toByteArray();
        if (state.isEmpty())
            continue;
        if (splitter->isVisible()) {
            splitter->restoreState(state);
        } else { // on a hidden tab: its size is not known until it is shown
            m_splitterStates.insert(splitter, state);
            splitter->installEventFilter(this);
        }
    }
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show && m_splitterStates.contains(watched)) {
        auto* splitter = static_cast<QSplitter*>(watched);
        splitter->removeEventFilter(this);
        const QByteArray state = m_splitterStates.take(watched);
        // After this event the layout has given the splitter its size.
        QTimer::singleShot(0, splitter, [splitter, state] { splitter->restoreState(state); });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Postback Workbench"));
    m_tabs->setTabText(m_tabs->indexOf(m_replay), tr("Replay"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_replay), tr("Send the exact callback and keep the full answer"));
    m_tabs->setTabText(m_tabs->indexOf(m_templateDiff), tr("Template diff"));
    m_tabs->setTabToolTip(
        m_tabs->indexOf(m_templateDiff),
        tr("Put the partner's template beside the real callback, or the failing callback beside the corrected one"));
    m_templateDiffTab->setText(tr("&Template diff"));
    m_tabs->setTabText(m_tabs->indexOf(m_case), tr("Case"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_case),
                          tr("The open case: checklist, exchanges, the partner's confirmation, notes, and Compare"));
    m_caseTab->setText(tr("&Case"));
    m_tabs->setTabText(m_tabs->indexOf(m_tracePanel), tr("Redirect trace"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_tracePanel),
                          tr("Follow a click hop by hop and see where a click ID is lost; extract click IDs; build a "
                             "tracking link and run a QA click"));
    m_traceTab->setText(tr("&Redirect trace"));
    m_tabs->setTabText(m_tabs->indexOf(m_capi), tr("Conversion APIs"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_capi),
                          tr("Compose one conversion event; see it as Meta, TikTok, Snapchat, Google Ads, GA4, "
                             "Pinterest and Reddit receive it; validate, send and read each platform's answer"));
    m_capiTab->setText(tr("Conversion &APIs"));
    m_tabs->setTabText(m_tabs->indexOf(m_batch), tr("Batch"));
    m_batchTab->setText(tr("&Batch"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_batch),
                          tr("Reconcile the tracker's conversions with the partner's report and send the missing "
                             "callbacks again, safely"));
    m_undoDelete->setText(tr("&Undo delete case"));
    m_fileMenu->setTitle(tr("&File"));
    m_saveBody->setText(tr("&Save answer body…"));
    m_exportCase->setText(tr("&Export case…"));
    m_import->setText(tr("&Import case or HAR…"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_focusAddress->setText(tr("Go to the a&ddress"));
    m_settingsAction->setText(tr("Se&ttings…"));
    m_guide->setText(tr("&Guide to the method"));
    updateTabActions();
    m_copyCurl->setText(tr("Copy as c&url"));
    m_copyResponse->setText(tr("Copy &response"));
    m_viewMenu->setTitle(tr("&View"));
    m_replayTab->setText(tr("&Replay"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("&System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Postback Workbench"));
    retranslateCatchTab();
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Postback Workbench"),
        tr("<h3>Postback Workbench %1</h3>"
           "<p>Find out why a conversion postback did not credit, fix it, and prove the fix to the partner.</p>"
           "<p>Built with Qt %2 (LGPL-3.0; <a href=\"https://www.qt.io/licensing/\">qt.io/licensing</a>) and "
           "QtKeychain (BSD-3-Clause).</p>")
            .arg(QStringLiteral(PBW_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::restore()
{
    // The first time: sized for and centred on the screen the window opens on.
    if (!restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray()))
        placeOnScreen(this);
    restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_tabs->setCurrentIndex(m_settings->value(QStringLiteral("window/tab"), 0).toInt());
    const QString language = m_settings->value(QStringLiteral("language")).toString();
    for (QAction* action : m_languages->actions())
        action->setChecked(action->data().toString() == language);
    m_replay->restoreState(*m_settings);
    m_capi->restoreState(*m_settings);
    m_tracePanel->restoreState(*m_settings);
    openStore();
}

void MainWindow::openStore()
{
    const QString path = m_preferences.effectiveCaseStorePath();
    auto error = m_session->open(path);
    if (error && error->fileIsUnusable()) {
        QMessageBox box(QMessageBox::Warning, tr("Case store"), error->message(), QMessageBox::NoButton, this);
        QPushButton* fresh = box.addButton(tr("Start a new store"), QMessageBox::AcceptRole);
        box.addButton(tr("Continue without cases"), QMessageBox::RejectRole);
        box.setInformativeText(tr("A new store starts empty; the unusable file is kept beside it, renamed, so "
                                  "nothing in it is lost."));
        box.exec();
        if (box.clickedButton() == static_cast<QAbstractButton*>(fresh)) {
            const auto aside = CaseStore::moveAside(path);
            if (aside) {
                error = m_session->open(path);
                statusBar()->showMessage(tr("The unusable store was kept as \"%1\".").arg(aside.value()), 30'000);
            } else {
                error = aside.error();
            }
        } else {
            error.reset();
        }
    }
    if (error)
        QMessageBox::warning(this, tr("Case store"),
                             error->message() + QStringLiteral("\n\n")
                                 + tr("Exchanges stay in this session until the store can be opened."));
    if (m_session->isOpen())
        m_session->setCurrentCase(m_settings->value(QStringLiteral("cases/current")).toLongLong());
    showCase(m_session->currentCase());
}

void MainWindow::showCase(qint64 id)
{
    const auto record = m_session->caseRecord(id);
    QList<Exchange> exchanges;
    QList<qint64> ids;
    if (record) {
        for (const StoredExchange& stored : m_session->exchanges(id)) {
            exchanges.append(stored.exchange());
            ids.append(stored.id);
        }
    }
    m_replay->setCase(record ? record->title : QString(), exchanges, ids);
    m_templateDiff->setCaseOpen(record.has_value());
    m_tracePanel->setCaseOpen(record.has_value());
    m_batch->setCaseOpen(record.has_value());
    m_exportCase->setEnabled(record.has_value());
}

void MainWindow::reopenStored(qint64 exchangeId)
{
    m_session->reopenExchange(
        exchangeId, [this, exchangeId](const Exchange& exchange, int recorded, const SecretsOutcome& outcome) {
            m_replay->reopen(exchangeId, exchange, outcome.restored, recorded, outcome.message);
            // Sent again, it is saved in the role it had (a failing one re-opened is failing again).
            if (const auto stored = m_session->exchange(exchangeId))
                m_replay->setSaveRole(stored->role);
        });
}

void MainWindow::saveToCase(int mode, const QString& left, const QString& right)
{
    if (mode == int(Comparison::Mode::TemplateVsCallback)) {
        Attachment attachment;
        attachment.kind = Attachment::Kind::Template;
        attachment.title = tr("Approved template");
        attachment.text = left.trimmed();
        if (attachment.text.isEmpty() || !m_session->addAttachment(attachment))
            return;
    } else if (const QJsonObject words
               = said::failingAndCorrected(redactedUrl(left.trimmed(), m_session->secretNames()),
                                           redactedUrl(right.trimmed(), m_session->secretNames()));
               !m_session->addNote(saidText(words), words)) {
        return;
    }
    statusBar()->showMessage(tr("Saved to the case."), 10'000);
}

void MainWindow::saveTrace(const ClickTrace& trace, const QString& qaParam, const QString& qaValue)
{
    if (m_session->currentCase() == 0) {
        statusBar()->showMessage(tr("Open or create a case first: the trace is kept in a case."), 10'000);
        return;
    }
    QList<NewExchange> hops;
    // The program's words as data, told in the language the case is read in later.
    for (const TraceHop& hop : trace.hops) {
        const QJsonObject note = said::traceHop(hop.n, int(trace.hops.size()));
        hops.append(
            {StoredExchange::Role::ReferenceClick, saidText(note), hop.exchange, judgeExchange(hop.exchange), note});
    }
    if (!m_session->importExchanges(m_session->currentCase(), hops, {}))
        return;
    const QJsonObject story = said::trace(trace, qaParam, qaValue);
    m_session->addNote(saidText(story), story);
    statusBar()->showMessage(
        tr("The trace is kept in the case: %n hop(s) as the reference click, and its story as a note.", "",
           int(hops.size())),
        10'000);
}

// The Catch tab: its panel, its entry in the View menu, its keys, its messages and its settings.
void MainWindow::addCatchTab()
{
    // Made under the tabs, which go before the case session: what it still has to save is saved
    // while the session is there.
    m_catch = new CatchPanel(new CatchSession(m_session, m_tabs), this);
    m_catch->setObjectName(QStringLiteral("catchPanel"));
    m_tabs->addTab(m_catch, QString());
    m_catch->restoreState(*m_settings);
    connect(m_catch, &CatchPanel::settingsChanged, this, [this] { m_catch->saveState(*m_settings); });
    connect(m_catch, &CatchPanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
    connect(m_catch, &CatchPanel::listeningChanged, this, &MainWindow::updateTabActions);
    // A caught callback goes to Replay as the partner would have received it.
    connect(m_catch, &CatchPanel::openInReplay, this, [this](const ReplayRequest& request) {
        m_replay->editor()->setRequest(request);
        m_tabs->setCurrentWidget(m_replay);
    });
    // In the View menu after the other tabs, before the separator that ends them.
    const QList<QAction*> view = m_viewMenu->actions();
    const qsizetype cases = view.indexOf(m_toggleCases);
    QAction* before = cases > 0 && view.at(cases - 1)->isSeparator() ? view.at(cases - 1) : m_toggleCases;
    m_catchTab = new QAction(this);
    m_catchTab->setObjectName(QStringLiteral("catchTabAction"));
    m_catchTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    connect(m_catchTab, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_catch); });
    m_viewMenu->insertAction(before, m_catchTab);
}

void MainWindow::retranslateCatchTab()
{
    m_tabs->setTabText(m_tabs->indexOf(m_catch), tr("Catch"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_catch),
                          tr("Receive the callbacks the tracker really fires, and check each against the partner's "
                             "template as it arrives"));
    m_catchTab->setText(tr("Catc&h"));
}

void MainWindow::save()
{
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    m_settings->setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    m_settings->setValue(QStringLiteral("cases/current"), m_session->currentCase());
    m_replay->saveState(*m_settings);
    m_capi->saveState(*m_settings);
    m_tracePanel->saveState(*m_settings);
    saveSplitters();
    m_settings->sync();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile().toLower();
        if (path.endsWith(QLatin1String(".pbcase")) || path.endsWith(QLatin1String(".har"))) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && m_session->isOpen())
            m_transfer->importFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Splitter sizes are pixels: they hold only once the window has its real size.
    if (!m_splittersRestored) {
        m_splittersRestored = true;
        restoreSplitters();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_replay->cancel();
    save();
    m_session->purgeTrash(); // deleted cases can be undone until now
    m_session->waitForKeychain(3'000); // secrets being kept or forgotten
    event->accept();
}

} // namespace pbw::ui
