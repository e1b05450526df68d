// The window as a whole on the offscreen platform: the first-run pane, the keys, accessible names,
// the Settings dialog (refusals and what it applies), the guide, and splitters kept across a restart.
#include "capi/capipanel.h"
#include "capi/capirequest.h"
#include "cases/casepanel.h"
#include "cases/casesdock.h"
#include "cases/casesession.h"
#include "guide/guidewindow.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "replay/replaypanel.h"
#include "replay/requesteditor.h"
#include "settings/settingsdialog.h"
#include "store/casestore.h"
#include "templatediff/templatediffpanel.h"
#include "testserver.h"
#include "trace/tracepanel.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace pbw;
using namespace pbw::test;

class TestMainWindow : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunShowsTheMethod();
    void keysActOnTheShownTab();
    void escCancelsWhatTheTabWaitsFor();
    void everyControlHasAnAccessibleName();
    void settingsRefuseBadValues();
    void settingsApplyAtOnce();
    void guideOpensAtTheVerdictsLayer();
    void splittersSurviveARestart();

private:
    QTabWidget* tabs() const { return m_window->findChild<QTabWidget*>(QStringLiteral("tabs")); }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), key, modifiers);
    }

    TestServer m_server;
};

void TestMainWindow::initTestCase()
{
    useTestPaths({1180, 760}, true); // active, for the keys
    QVERIFY(m_server.listen());
}

void TestMainWindow::init()
{
    m_server.clear();
    m_server.setReply(ScriptedReply::text(200, "Success", "text/plain"));
    newSettings();
    QVERIFY(openWindow());
}

void TestMainWindow::cleanup()
{
    closeWindow();
}

void TestMainWindow::firstRunShowsTheMethod()
{
    auto* right = m_window->replayPanel()->findChild<QStackedWidget*>();
    QVERIFY(right);
    QCOMPARE(right->currentWidget()->objectName(), QStringLiteral("firstRun"));
    const auto* title = m_window->findChild<QLabel*>(QStringLiteral("firstRunTitle"));
    QVERIFY(title->text().contains(QStringLiteral("returned 200")));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("firstRunClick"))->text().startsWith(QStringLiteral("Click")));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("firstRunEvent"))->text().startsWith(QStringLiteral("Event")));

    // Its buttons lead to the tab that proves the layer.
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("firstRunTrace")), Qt::LeftButton);
    QCOMPARE(tabs()->currentWidget(), m_window->tracePanel());
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("firstRunDiff")), Qt::LeftButton);
    QCOMPARE(tabs()->currentWidget(), m_window->templateDiffPanel());

    // In Russian too.
    m_window->setLanguage(QStringLiteral("ru"));
    QTRY_VERIFY(title->text().contains(QStringLiteral("вернул 200")));

    // The first exchange replaces it with the answer.
    m_window->showTab(ui::MainWindow::ReplayTab);
    m_window->replayPanel()->editor()->setUrlText(m_server.baseUrl() + QStringLiteral("/pb?subid=1"));
    m_window->sendInCurrentTab();
    QTRY_COMPARE(right->currentIndex(), 1);
    QTRY_VERIFY(!m_window->replayPanel()->isBusy());
    QCOMPARE(right->currentIndex(), 1);
}

void TestMainWindow::keysActOnTheShownTab()
{
    m_window->replayPanel()->editor()->setUrlText(m_server.baseUrl() + QStringLiteral("/pb?subid=keys"));
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs()->currentWidget(), m_window->tracePanel());
    press(Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(),
                 m_window->tracePanel()->findChild<QLineEdit*>(QStringLiteral("traceUrl")));
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(tabs()->currentWidget(), m_window->templateDiffPanel());
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(tabs()->currentWidget(), m_window->capiPanel());
    press(Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("pixel"));
    press(Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(tabs()->currentWidget(), m_window->casePanel());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("sendAction"))->isEnabled());

    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs()->currentWidget(), m_window->replayPanel());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("sendAction"))->isEnabled());
    press(Qt::Key_L, Qt::ControlModifier);
    auto* url = m_window->replayPanel()->findChild<QPlainTextEdit*>(QStringLiteral("url"));
    QTRY_COMPARE(QApplication::focusWidget(), url);
    // Ctrl+Enter from anywhere in the tab sends (here from the Options tab's timeout field too).
    m_window->replayPanel()->findChild<QDoubleSpinBox*>(QStringLiteral("timeout"))->setFocus();
    press(Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QTRY_COMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.requests().first().target, QByteArray("/pb?subid=keys"));
    QTRY_VERIFY(!m_window->replayPanel()->isBusy());

    // In the Template diff tab, Ctrl+Enter hands the right-hand callback to Replay.
    m_window->templateDiffPanel()->setTexts(QStringLiteral("https://t.example/pb?subid={subid}"),
                                            m_server.baseUrl() + QStringLiteral("/pb?subid=fixed"));
    press(Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(m_window->templateDiffPanel()->findChild<QPushButton*>(QStringLiteral("sendRight"))->isEnabled());
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(tabs()->currentWidget(), m_window->replayPanel());
    QVERIFY(m_window->replayPanel()->editor()->urlText().endsWith(QStringLiteral("subid=fixed")));

    // In the trace tab it traces.
    m_server.clear();
    m_window->tracePanel()
        ->findChild<QLineEdit*>(QStringLiteral("traceUrl"))
        ->setText(m_server.baseUrl() + QStringLiteral("/land"));
    press(Qt::Key_3, Qt::ControlModifier);
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_server.requests().size(), 1);
    QTRY_VERIFY(!m_window->tracePanel()->isBusy());
}

void TestMainWindow::escCancelsWhatTheTabWaitsFor()
{
    ScriptedReply silent;
    silent.neverAnswer = true;
    m_server.setReply(silent);
    m_window->replayPanel()->editor()->setUrlText(m_server.baseUrl() + QStringLiteral("/slow"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->replayPanel()->isBusy());
    press(Qt::Key_Escape);
    QTRY_VERIFY(!m_window->replayPanel()->isBusy());

    m_window->tracePanel()
        ->findChild<QLineEdit*>(QStringLiteral("traceUrl"))
        ->setText(m_server.baseUrl() + QStringLiteral("/slow"));
    press(Qt::Key_3, Qt::ControlModifier);
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->tracePanel()->isBusy());
    press(Qt::Key_Escape);
    QTRY_VERIFY(!m_window->tracePanel()->isBusy());
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    // Screen readers read a control by its name: a label's buddy, the button's words, or one we set.
    m_window->casesDock()->show();
    QStringList unnamed;
    for (int tab = 0; tab < tabs()->count(); ++tab) {
        tabs()->setCurrentIndex(tab);
        QTest::qWait(20);
        for (QWidget* widget : m_window->findChildren<QWidget*>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
                || qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QComboBox*>(widget)
                || qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QAbstractItemView*>(widget);
            if (!control || qobject_cast<QLineEdit*>(widget->parentWidget()) // a spin box's or combo's own edit
                || qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
                || qobject_cast<QComboBox*>(widget->parentWidget()))
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 %2 (tab %3)")
                               .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
                               .arg(tab);
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
}

void TestMainWindow::settingsRefuseBadValues()
{
    ui::SettingsDialog dialog(m_window->preferences(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problem"));
    auto* proxy = dialog.findChild<QLineEdit*>(QStringLiteral("defaultProxy"));
    auto* agents = dialog.findChild<QPlainTextEdit*>(QStringLiteral("userAgents"));
    auto* store = dialog.findChild<QLineEdit*>(QStringLiteral("caseStore"));
    auto* version = dialog.findChild<QLineEdit*>(QStringLiteral("apiVersion"));
    auto* secrets = dialog.findChild<QLineEdit*>(QStringLiteral("secretNames"));

    const auto refused = [&](QWidget* field, const QString& says) {
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(says), qPrintable(problem->text()));
        QTRY_COMPARE(QApplication::focusWidget(), field);
    };
    proxy->setText(QStringLiteral("ftp://10.0.0.1:21"));
    refused(proxy, QStringLiteral("ftp"));
    proxy->setText(QStringLiteral("http://127.0.0.1:3128"));
    agents->setPlainText(QStringLiteral("My phone PbwPhone/1.0"));
    refused(agents, QStringLiteral("Line 1"));
    agents->setPlainText(QStringLiteral("My phone = PbwPhone/1.0"));
    secrets->setText(QStringLiteral("api key"));
    refused(secrets, QStringLiteral("api key"));
    secrets->setText(QStringLiteral("api_key"));
    store->setText(QStringLiteral("cases.sqlite"));
    refused(store, QStringLiteral("full path"));
    store->setText(m_dir.filePath(QStringLiteral("other/cases.sqlite")));
    version->setText(QStringLiteral("25"));
    refused(version, QStringLiteral("v25.0"));
    version->setText(QStringLiteral("v24.0"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Preferences p = dialog.preferences();
    QCOMPARE(p.proxy, QStringLiteral("http://127.0.0.1:3128"));
    QCOMPARE(p.userAgents.size(), 1);
    QCOMPARE(p.secretNames, QStringList{QStringLiteral("api_key")});
    QCOMPARE(p.apiVersion, QStringLiteral("v24.0"));
}

void TestMainWindow::settingsApplyAtOnce()
{
    const CapiEndpoint before = CapiEndpoint::load(*m_settings);
    Preferences p = m_window->preferences();
    p.language = QStringLiteral("ru");
    p.timeoutMs = 5'000;
    p.maxBodyBytes = 2 * 1024 * 1024;
    p.userAgents = Preferences::userAgentsFromText(QStringLiteral("My phone = PbwPhone/1.0")).value();
    p.secretNames = {QStringLiteral("partner_sign")};
    const QString moved = m_dir.filePath(QStringLiteral("moved/cases.sqlite"));
    p.caseStorePath = moved;
    p.apiVersion = QStringLiteral("v24.0");
    m_window->applyPreferences(p);

    QTRY_COMPARE(tabs()->tabText(0), QStringLiteral("Повтор"));
    QCOMPARE(Language::current(), QStringLiteral("ru"));
    const ReplayRequest request = m_window->replayPanel()->editor()->request();
    QCOMPARE(request.options.timeoutMs, 5'000);
    QCOMPARE(request.options.maxBodyBytes, qint64(2 * 1024 * 1024));
    auto* ua = m_window->tracePanel()->findChild<QComboBox*>(QStringLiteral("userAgent"));
    QVERIFY(ua->findText(QStringLiteral("My phone")) >= 0);
    QCOMPARE(m_window->caseSession()->store()->path(), moved);
    QVERIFY(QFile::exists(moved));
    QVERIFY(m_window->caseSession()->store()->secretNames().isSecretParameter(u"partner_sign"));
    QCOMPARE(CapiEndpoint::load(*m_settings).apiVersion, QStringLiteral("v24.0"));
    QVERIFY(m_window->capiPanel()
                ->findChild<QPushButton*>(QStringLiteral("endpoint"))
                ->text()
                .contains(QStringLiteral("v24.0")));

    // Kept: a new window starts with them.
    m_window->close();
    m_window.reset();
    openWindow();
    QCOMPARE(m_window->preferences().timeoutMs, 5'000);
    QCOMPARE(m_window->caseSession()->store()->path(), moved);
    QVERIFY(
        m_window->tracePanel()->findChild<QComboBox*>(QStringLiteral("userAgent"))->findText(QStringLiteral("My phone"))
        >= 0);
    before.save(*m_settings);
}

void TestMainWindow::guideOpensAtTheVerdictsLayer()
{
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto* guide = m_window->findChild<ui::GuideWindow*>(QStringLiteral("guide"));
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("three layers")));
    guide->activateWindow();
    QTRY_VERIFY(guide->isActiveWindow());
    QTest::keyClick(guide->browser(), Qt::Key_Escape); // closes it, like a dialog
    QTRY_VERIFY(!guide->isVisible());

    // An empty 200 is a business-layer verdict: its link opens the guide at "200, yet no conversion".
    m_window->replayPanel()->editor()->setUrlText(m_server.baseUrl() + QStringLiteral("/pb?subid=1"));
    m_window->sendInCurrentTab();
    QTRY_VERIFY(!m_window->replayPanel()->isBusy());
    auto* link = m_window->replayPanel()->findChild<QLabel*>(QStringLiteral("verdictGuide"));
    QTRY_VERIFY(link->isVisible());
    QVERIFY(link->text().contains(QStringLiteral("#business")));
    emit link->linkActivated(QStringLiteral("#business"));
    QTRY_VERIFY(guide->isVisible());
    QCOMPARE(guide->currentSection(), QStringLiteral("business"));

    // Meta's answer in the CAPI tab links to the guide's CAPI section.
    auto* capiLink = m_window->capiPanel()->findChild<QLabel*>(QStringLiteral("capiGuide"));
    QVERIFY(capiLink && capiLink->text().contains(QStringLiteral("#capi")));
    emit capiLink->linkActivated(QStringLiteral("#capi"));
    QCOMPARE(guide->currentSection(), QStringLiteral("capi"));
    emit link->linkActivated(QStringLiteral("#business"));

    // The guide follows the language, its sections too.
    m_window->setLanguage(QStringLiteral("ru"));
    QTRY_VERIFY(guide->browser()->toPlainText().contains(QStringLiteral("три слоя")));
    QCOMPARE(guide->currentSection(), QStringLiteral("business"));
}

void TestMainWindow::splittersSurviveARestart()
{
    auto* splitter = m_window->replayPanel()->findChild<QSplitter*>(QStringLiteral("replaySplitter"));
    QVERIFY(splitter);
    const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
    splitter->setSizes({total / 4, total - total / 4});
    const QList<int> sizes = splitter->sizes();
    m_window->showTab(ui::MainWindow::TraceTab);
    m_window->close();
    m_window.reset();
    openWindow();
    QCOMPARE(tabs()->currentWidget(), m_window->tracePanel());
    splitter = m_window->replayPanel()->findChild<QSplitter*>(QStringLiteral("replaySplitter"));
    m_window->showTab(ui::MainWindow::ReplayTab); // a hidden tab's splitter takes its sizes when shown
    QTRY_COMPARE(splitter->sizes(), sizes);
    // A tab not opened in a session keeps its sizes: the trace tab was not shown this time.
    m_window->showTab(ui::MainWindow::TraceTab);
    auto* trace = m_window->tracePanel()->findChild<QSplitter*>(QStringLiteral("traceSplitter"));
    QTRY_VERIFY(trace->isVisible());
    const int traceTotal = trace->sizes().at(0) + trace->sizes().at(1) + trace->sizes().at(2);
    trace->setSizes({traceTotal / 2, traceTotal / 4, traceTotal - traceTotal / 2 - traceTotal / 4});
    const QList<int> traceSizes = trace->sizes();
    m_window->showTab(ui::MainWindow::ReplayTab);
    m_window->close();
    m_window.reset();
    openWindow(); // opens on Replay; the trace tab stays hidden until closed
    m_window->close();
    m_window.reset();
    openWindow();
    m_window->showTab(ui::MainWindow::TraceTab);
    trace = m_window->tracePanel()->findChild<QSplitter*>(QStringLiteral("traceSplitter"));
    QTRY_COMPARE(trace->sizes(), traceSizes);

    // The same view in three places (Template diff; Compare's A against B and B against the
    // template) keeps three sizes: their keys differ.
    QStringList keys;
    for (const QString& key : m_settings->allKeys()) {
        if (key.startsWith(QLatin1String("splitters/")))
            keys << key;
    }
    QVERIFY2(keys.contains(QStringLiteral("splitters/tabs.templateDiffPanel.diffSplitter")),
             qPrintable(keys.join(u' ')));
    const auto tables = std::count_if(keys.cbegin(), keys.cend(), [](const QString& key) {
        return key.endsWith(QLatin1String(".diffTableSplitter"));
    });
    QVERIFY2(tables == 3, qPrintable(keys.join(u' ')));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
