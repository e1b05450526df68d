#include "mainwindow.h"

#include "i18n/language.h"
#include "replay/replaypanel.h"
#include "replay/requesteditor.h"
#include "templatediff/templatediffpanel.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace pbw::ui {

MainWindow::MainWindow(QSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
    , m_replay(new ReplayPanel(this))
    , m_templateDiff(new TemplateDiffPanel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_replay, QString());
    m_tabs->addTab(m_templateDiff, QString());
    connect(m_templateDiff, &TemplateDiffPanel::sendToReplay, this, [this](const ReplayRequest& request) {
        m_replay->editor()->setRequest(request);
        m_tabs->setCurrentWidget(m_replay);
    });
    setCentralWidget(m_tabs);
    setMinimumSize(1024, 640);
    buildMenus();
    connect(m_replay, &ReplayPanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
    restore();
    retranslate();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_saveBody = m_fileMenu->addAction(QString(), m_replay, &ReplayPanel::saveBody);
    m_saveBody->setShortcut(QKeySequence::Save);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_send = m_editMenu->addAction(QString(), m_replay, &ReplayPanel::send);
    m_cancel = m_editMenu->addAction(QString(), m_replay, &ReplayPanel::cancel);
    m_editMenu->addSeparator();
    m_copyCurl = m_editMenu->addAction(QString(), m_replay, &ReplayPanel::copyAsCurl);
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyResponse = m_editMenu->addAction(QString(), m_replay, &ReplayPanel::copyResponse);

    m_viewMenu = menuBar()->addMenu(QString());
    m_replayTab = m_viewMenu->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_replay); });
    m_replayTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_templateDiffTab = m_viewMenu->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_templateDiff); });
    m_templateDiffTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));

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
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::setLanguage(const QString& code)
{
    Language::apply(code); // every widget re-reads its texts on the LanguageChange event
    m_settings->setValue(QStringLiteral("language"), code);
    for (QAction* action : m_languages->actions())
        action->setChecked(action->data().toString() == code);
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
    m_fileMenu->setTitle(tr("&File"));
    m_saveBody->setText(tr("&Save answer body…"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_send->setText(tr("Se&nd"));
    m_cancel->setText(tr("&Cancel request"));
    m_copyCurl->setText(tr("Copy as c&url"));
    m_copyResponse->setText(tr("Copy &response"));
    m_viewMenu->setTitle(tr("&View"));
    m_replayTab->setText(tr("&Replay"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("&System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Postback Workbench"));
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
    if (!restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray())) {
        // A comfortable first size that still fits a small or high-DPI screen.
        QSize size(1180, 760);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
        resize(size);
    }
    restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_tabs->setCurrentIndex(m_settings->value(QStringLiteral("window/tab"), 0).toInt());
    const QString language = m_settings->value(QStringLiteral("language")).toString();
    for (QAction* action : m_languages->actions())
        action->setChecked(action->data().toString() == language);
    m_replay->restoreState(*m_settings);
}

void MainWindow::save()
{
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    m_settings->setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    m_replay->saveState(*m_settings);
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_replay->cancel();
    save();
    event->accept();
}

} // namespace pbw::ui
