// A case tells one true story (issue 23), tried as a media buyer would in the window: a Keitaro-style
// tracker fires clickid={clickid}&payout=…&token=… at a network whose template is
// click_id={clickid}&amount={payout}&goal=purchase&token={token}. Each send is saved in the role chosen
// for it, a cancelled one is not saved, an answer beside another request says so, the trace's hops read
// as hops, exchanges can be removed with undo and keep their numbers, Compare checks against the
// approved template and sends its proposal (its token put back), and the report shows the pair chosen.
#include "cases/casepanel.h"
#include "cases/casesdock.h"
#include "cases/casesession.h"
#include "cases/compareview.h"
#include "export/htmlreport.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "print/reportpdf.h"
#include "replay/replaypanel.h"
#include "templatediff/templatediffpanel.h"
#include "testserver.h"
#include "text/saidtext.h"
#include "trace/tracepanel.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace pbw;
using namespace pbw::test;

class TestCaseStory : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void eachSendHasItsRoleAndItsOwnAnswer();
    void hopsRemovalAndNumbers();
    void compareChecksTheTemplateAndSendsTheProposal();
    void checklistSuggestsAndTheCaseIsMarkedFixed();
    void newCaseAsksWhoseProblemItIs();
    void theProgramsNotesFollowTheLanguage();
    void screenshotsOfTheStory(); // only with PBW_SCREENSHOT_DIR

private:
    template <typename T> T* in(QWidget* parent, const char* name) const
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    QList<StoredExchange> saved() const { return m_window->caseSession()->store()->exchanges(m_case).value(); }
    void send(const QString& url); // through the Replay tab, waits for the answer
    Exchange hop(const QString& url, int status, const QByteArray& location) const;

    TestServer m_server;
    qint64 m_case = 0;
    QString m_failing;
    QString m_corrected;
};

void TestCaseStory::initTestCase()
{
    useTestPaths({1366, 768});
    QVERIFY(m_server.listen());
    m_failing = m_server.baseUrl() + QStringLiteral("/pb?clickid={clickid}&payout=49.90&status=sale&token=tok-8842");
    m_corrected
        = m_server.baseUrl() + QStringLiteral("/pb?click_id=c0ffee12ab34&amount=49.90&goal=purchase&token=tok-8842");
}

void TestCaseStory::init()
{
    static int run = 0;
    ++run;
    newSettings(QStringLiteral("story-%1.ini").arg(run), QStringLiteral("story-%1.sqlite").arg(run));
    QVERIFY(openWindow());
    QTRY_VERIFY(m_window->caseSession()->keychainAvailable()); // the token is kept there
    m_case = m_window->caseSession()->createCase(QStringLiteral("Keitaro → MyNet, purchase not credited"));
    QVERIFY(m_case > 0);
}

void TestCaseStory::cleanup()
{
    closeWindow();
}

void TestCaseStory::send(const QString& url)
{
    ui::ReplayPanel* panel = m_window->replayPanel();
    in<QPlainTextEdit>(panel, "url")->setPlainText(url);
    const qsizetype before = in<QListWidget>(panel, "history")->count();
    QTest::mouseClick(in<QPushButton>(panel, "send"), Qt::LeftButton);
    QTRY_COMPARE(in<QListWidget>(panel, "history")->count(), before + 1);
}

Exchange TestCaseStory::hop(const QString& url, int status, const QByteArray& location) const
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.input = url;
    exchange.request.url = url;
    exchange.timing.started = QDateTime::currentDateTimeUtc();
    ReceivedResponse response;
    response.status = status;
    if (!location.isEmpty())
        response.headers.append({"Location", location});
    response.text = status == 200 ? QStringLiteral("<html><body>Offer</body></html>") : QString();
    response.body = response.text.toUtf8();
    exchange.response = response;
    return exchange;
}

void TestCaseStory::eachSendHasItsRoleAndItsOwnAnswer()
{
    ui::ReplayPanel* replay = m_window->replayPanel();
    m_server.setReply(
        ScriptedReply::text(200, R"({"status":"error","message":"Invalid click_id"})", "application/json"));
    replay->setSaveRole(StoredExchange::Role::Failing);
    send(m_failing);
    QCOMPARE(saved().size(), 1);
    QCOMPARE(saved().first().role, StoredExchange::Role::Failing);
    // The next send starts from a plain test again: "Save as" does not keep the last role.
    QCOMPARE(replay->saveRole(), StoredExchange::Role::TestCallback);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("exchange 1 ")));
    auto* stale = in<QLabel>(replay, "staleAnswer");
    QVERIFY(!stale->isVisible());

    // From Template diff: the corrected callback arrives in Replay as Corrected; the answer still
    // shown is the failing one's, and it says so.
    ui::TemplateDiffPanel* diff = m_window->templateDiffPanel();
    diff->setMode(Comparison::Mode::FailingVsCorrected);
    diff->setTexts(m_failing, m_corrected);
    QTRY_VERIFY(in<QPushButton>(diff, "sendRight")->isEnabled());
    diff->sendCorrected();
    QCOMPARE(replay->saveRole(), StoredExchange::Role::Corrected);
    QTRY_VERIFY(stale->isVisible());
    QVERIFY2(stale->text().contains(QStringLiteral("{clickid}")), qPrintable(stale->text()));
    m_server.setReply(ScriptedReply::text(200, R"({"status":"ok"})", "application/json"));
    QTest::mouseClick(in<QPushButton>(replay, "send"), Qt::LeftButton);
    QTRY_COMPARE(saved().size(), 2);
    QCOMPARE(saved().last().role, StoredExchange::Role::Corrected);
    QVERIFY(!stale->isVisible());

    // A callback with the macro still in it, sent later, is not saved as Corrected.
    send(m_failing);
    QTRY_COMPARE(saved().size(), 3);
    QCOMPARE(saved().last().role, StoredExchange::Role::TestCallback);

    // A cancelled request is kept only when asked.
    ScriptedReply slow = ScriptedReply::text(200, "OK");
    slow.delayMs = 5'000;
    m_server.setReply(slow);
    in<QPlainTextEdit>(replay, "url")->setPlainText(m_corrected);
    QTest::mouseClick(in<QPushButton>(replay, "send"), Qt::LeftButton);
    QTRY_VERIFY(in<QPushButton>(replay, "cancel")->isEnabled());
    QTest::mouseClick(in<QPushButton>(replay, "cancel"), Qt::LeftButton);
    QTRY_VERIFY(in<QPushButton>(replay, "send")->isEnabled());
    QCOMPARE(saved().size(), 3);
    auto* keep = in<QPushButton>(replay, "saveToCase");
    QVERIFY(keep->isEnabled());
    keep->click();
    QTRY_COMPARE(saved().size(), 4);
    QVERIFY(!keep->isEnabled()); // once
}

void TestCaseStory::hopsRemovalAndNumbers()
{
    ui::CaseSession* session = m_window->caseSession();
    m_server.setReply(
        ScriptedReply::text(200, R"({"status":"error","message":"Invalid click_id"})", "application/json"));
    m_window->replayPanel()->setSaveRole(StoredExchange::Role::Failing);
    send(m_failing);
    // A click trace of two hops, saved as the reference click.
    const QString start = QStringLiteral("https://trk.example/click?campaign=7&gclid=Cj0KCQiA");
    QVERIFY(session->importExchanges(m_case,
                                     {{StoredExchange::Role::ReferenceClick,
                                       QStringLiteral("hop 1"),
                                       hop(start, 302, "https://offer.example/land?gclid=Cj0KCQiA"),
                                       Verdict{},
                                       {}},
                                      {StoredExchange::Role::ReferenceClick,
                                       QStringLiteral("hop 2"),
                                       hop(QStringLiteral("https://offer.example/land?gclid=Cj0KCQiA"), 200, {}),
                                       Verdict{},
                                       {}}},
                                     {}));
    ui::CasePanel* panel = m_window->casePanel();
    auto* table = in<QTableWidget>(panel, "caseExchanges");
    QTRY_COMPARE(table->rowCount(), 3);
    const QString redirect = table->item(1, 4)->text();
    QVERIFY2(redirect.startsWith(QStringLiteral("↪")) && redirect.contains(QStringLiteral("Redirect to "))
                 && !redirect.contains(QStringLiteral("✗")),
             qPrintable(redirect));
    QVERIFY2(table->item(2, 4)->text().contains(QStringLiteral("Reached")), qPrintable(table->item(2, 4)->text()));
    // …in the partner's report too.
    const QString report = htmlReport(*session->bundle(m_case), QDateTime::currentDateTimeUtc());
    QVERIFY(report.contains(QStringLiteral("Redirect to https://offer.example/land?gclid=Cj0KCQiA")));
    QVERIFY(!report.contains(QStringLiteral("HTTP error · redirect")));

    // Removed, undone, removed again: the rest keep their numbers, and a new one takes the next.
    for (int row = 0; row < 3; ++row)
        QCOMPARE(table->item(row, 0)->text(), QString::number(row + 1));
    table->selectRow(1);
    auto* remove = in<QPushButton>(panel, "removeExchanges");
    QVERIFY(remove->isEnabled());
    remove->click();
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("3"));
    QVERIFY(in<QLabel>(panel, "removedExchanges")->text().contains(QStringLiteral("(2)")));
    in<QPushButton>(panel, "undoRemoveExchanges")->click();
    QTRY_COMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("2"));
    table->selectRow(1);
    remove->click();
    QTRY_COMPARE(table->rowCount(), 2);
    m_server.setReply(ScriptedReply::text(200, "OK"));
    send(m_corrected);
    QTRY_COMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("4"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("exchange 4 ")));
    // Removed for good when the window closes.
    const qint64 removed = saved().at(0).id + 1;
    m_window->close();
    m_window.reset();
    QVERIFY(openWindow());
    QVERIFY(!m_window->caseSession()->store()->exchangeById(removed));
}

void TestCaseStory::compareChecksTheTemplateAndSendsTheProposal()
{
    ui::CaseSession* session = m_window->caseSession();
    ui::ReplayPanel* replay = m_window->replayPanel();
    m_server.setReply(
        ScriptedReply::text(200, R"({"status":"error","message":"Invalid click_id"})", "application/json"));
    replay->setSaveRole(StoredExchange::Role::Failing);
    send(m_failing);
    m_server.setReply(ScriptedReply::text(200, R"({"status":"ok"})", "application/json"));
    replay->setSaveRole(StoredExchange::Role::Corrected);
    const QString wrongGoal
        = m_server.baseUrl() + QStringLiteral("/pb?click_id=c0ffee12ab34&amount=49.90&goal=sale&token=tok-8842");
    send(wrongGoal);
    replay->setSaveRole(StoredExchange::Role::Corrected);
    send(m_corrected);
    QTRY_COMPARE(saved().size(), 3);
    ui::TemplateDiffPanel* diff = m_window->templateDiffPanel();
    diff->setMode(Comparison::Mode::TemplateVsCallback);
    diff->setTexts(m_server.baseUrl()
                       + QStringLiteral("/pb?click_id={clickid}&amount={payout}&goal=purchase&token={token}"),
                   m_failing);
    auto* keep = in<QPushButton>(diff, "saveToCase");
    keep->setFocus();
    keep->click();
    QTest::keyClick(keep, Qt::Key_Space); // the focus stays on the button: nothing is saved twice
    QTest::keyClick(keep, Qt::Key_Space);
    QCOMPARE(session->attachments(m_case).size(), 1);
    QVERIFY(!keep->isEnabled());

    ui::CasePanel* panel = m_window->casePanel();
    panel->showCompare();
    ui::CompareView* compare = panel->compareView();
    const QList<StoredExchange> exchanges = saved();
    compare->compare(exchanges.at(0).id, exchanges.at(1).id);
    auto* check = in<QLabel>(compare, "compareTemplate");
    QTRY_VERIFY(!check->isHidden());
    QVERIFY2(check->text().contains(QStringLiteral("✗ A: 4 problems against the approved template")),
             qPrintable(check->text()));
    QVERIFY2(check->text().contains(QStringLiteral("✗ B: 1 problem against the approved template")),
             qPrintable(check->text()));
    QVERIFY2(check->toolTip().contains(QStringLiteral("B: ")) && check->toolTip().contains(QStringLiteral("goal")),
             qPrintable(check->toolTip()));

    // The pair chosen goes into the report, whatever is latest.
    in<QPushButton>(compare, "useInReport")->click();
    QTRY_COMPARE(session->caseRecord(m_case)->pairSecond, exchanges.at(1).id);
    const QString report = htmlReport(*session->bundle(m_case), QDateTime::currentDateTimeUtc());
    const qsizetype pair = report.indexOf(QStringLiteral("<div class=\"pair\">"));
    const QString sideBySide = report.mid(pair, report.indexOf(QStringLiteral("</div>"), pair) - pair);
    QVERIFY(sideBySide.contains(QStringLiteral("<h3>Exchange 1</h3>")));
    QVERIFY(sideBySide.contains(QStringLiteral("<h3>Exchange 2</h3>")));
    QVERIFY(!sideBySide.contains(QStringLiteral("<h3>Exchange 3</h3>")));

    // The proposal (B made to match the template) goes to Replay with the kept token put back, as
    // the corrected callback.
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(panel);
    in<QPlainTextEdit>(replay, "url")->clear();
    auto* send = in<QPushButton>(in<QWidget>(compare, "compareTemplateView"), "sendProposed");
    QVERIFY(send->isEnabled());
    send->click();
    QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget*>(replay));
    const QString url = in<QPlainTextEdit>(replay, "url")->toPlainText();
    QVERIFY2(url.contains(QStringLiteral("goal=purchase")) && url.contains(QStringLiteral("token=tok-8842"))
                 && !url.contains(QStringLiteral("redacted")),
             qPrintable(url));
    QCOMPARE(replay->saveRole(), StoredExchange::Role::Corrected);
}

void TestCaseStory::checklistSuggestsAndTheCaseIsMarkedFixed()
{
    ui::CaseSession* session = m_window->caseSession();
    ui::CasePanel* panel = m_window->casePanel();
    const auto suggestion = [&](const char* layer) {
        return panel->findChild<QPushButton*>(QStringLiteral("suggest_%1").arg(QLatin1String(layer)));
    };
    QVERIFY(session->importExchanges(
        m_case,
        {{StoredExchange::Role::ReferenceClick,
          QString(),
          hop(QStringLiteral("https://trk.example/c?gclid=Cj0K"), 302, "https://offer.example/?gclid=Cj0K"),
          Verdict{},
          {}},
         {StoredExchange::Role::ReferenceClick,
          QString(),
          hop(QStringLiteral("https://offer.example/?gclid=Cj0K"), 200, {}),
          Verdict{},
          {}}},
        {}));
    QTRY_VERIFY(!suggestion("click")->isHidden());
    QVERIFY(suggestion("click")->text().contains(QStringLiteral("exchange 2")));
    QVERIFY(suggestion("callback")->isHidden()); // nothing accepted yet

    m_server.setReply(ScriptedReply::text(200, R"({"status":"ok"})", "application/json"));
    m_window->replayPanel()->setSaveRole(StoredExchange::Role::Corrected);
    send(m_corrected);
    Attachment approved;
    approved.kind = Attachment::Kind::Template;
    approved.title = QStringLiteral("MyNet template");
    approved.text
        = m_server.baseUrl() + QStringLiteral("/pb?click_id={clickid}&amount={payout}&goal=purchase&token={token}");
    QVERIFY(session->addAttachment(approved));
    Attachment confirmation;
    confirmation.kind = Attachment::Kind::Confirmation;
    confirmation.title = QStringLiteral("Ticket 551");
    confirmation.text = QStringLiteral("Conversion for c0ffee12ab34 recorded, approved.");
    QVERIFY(session->addAttachment(confirmation));
    for (const char* layer : {"click", "callback", "template", "partner"}) {
        QTRY_VERIFY2(!suggestion(layer)->isHidden(), layer);
        suggestion(layer)->click();
    }
    const QList<ChecklistStep> steps = session->checklist(m_case);
    QCOMPARE(steps.at(int(ChecklistStep::Layer::Callback)).exchangeId, saved().last().id);
    QVERIFY(steps.at(int(ChecklistStep::Layer::Template)).attachmentId > 0);
    QVERIFY(!steps.at(int(ChecklistStep::Layer::Event)).done);
    auto* proved = panel->findChild<QWidget*>(QStringLiteral("provedBar"));
    QVERIFY(proved->isHidden()); // the event layer is the user's to tick
    panel->findChild<QCheckBox*>(QStringLiteral("check_event"))->click();
    QTRY_VERIFY(!proved->isHidden());
    panel->findChild<QPushButton*>(QStringLiteral("markFixed"))->click();
    QTRY_COMPARE(session->caseRecord(m_case)->status, CaseRecord::Status::Fixed);
    QVERIFY(proved->isHidden());
}

void TestCaseStory::newCaseAsksWhoseProblemItIs()
{
    QTimer::singleShot(0, this, [this] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        in<QLineEdit>(dialog, "newCaseTitle")->setText(QStringLiteral("Purchases on offer 12 not credited"));
        in<QLineEdit>(dialog, "newCasePartner")->setText(QStringLiteral("MyNet"));
        in<QLineEdit>(dialog, "newCaseOffer")->setText(QStringLiteral("Offer 12"));
        in<QLineEdit>(dialog, "newCaseTracker")->setText(QStringLiteral("Keitaro"));
        dialog->accept();
    });
    in<QPushButton>(m_window->casesDock(), "newCase")->click();
    const auto record = m_window->caseSession()->caseRecord(m_window->caseSession()->currentCase());
    QVERIFY(record);
    QCOMPARE(record->title, QStringLiteral("Purchases on offer 12 not credited"));
    QCOMPARE(record->partner, QStringLiteral("MyNet"));
    QCOMPARE(record->offer, QStringLiteral("Offer 12"));
    QCOMPARE(record->tracker, QStringLiteral("Keitaro"));
}

void TestCaseStory::theProgramsNotesFollowTheLanguage()
{
    // A trace of two hops saved into the case: its hops' notes and its story are the program's
    // words, told in the language the case is read in, not the one it was saved in.
    m_server.setHandler([](const RecordedRequest& request) {
        return request.target.startsWith("/click") ? ScriptedReply::redirect(302, "/land?gclid=Cj0KCQiA")
                                                   : ScriptedReply::text(200, "<html>offer</html>", "text/html");
    });
    m_window->setLanguage(QStringLiteral("ru"));
    ui::TracePanel* trace = m_window->tracePanel();
    trace->findChild<QLineEdit*>(QStringLiteral("traceUrl"))
        ->setText(m_server.baseUrl() + QStringLiteral("/click?gclid=Cj0KCQiA"));
    trace->findChild<QPushButton*>(QStringLiteral("trace"))->click();
    QTRY_VERIFY(!trace->isBusy() && trace->lastTrace().hops.size() == 2);
    auto* save = trace->findChild<QPushButton*>(QStringLiteral("saveTrace"));
    QTRY_VERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE(saved().size(), 2);
    ui::CaseSession* session = m_window->caseSession();
    QCOMPARE(shownNote(saved().first()), QStringLiteral("Цепочка редиректов, шаг 1 из 2"));
    QVERIFY2(session->notes(m_case).first().text.contains(QStringLiteral("Шаги")),
             qPrintable(session->notes(m_case).first().text));

    m_window->setLanguage(QStringLiteral("en"));
    auto* table = in<QTableWidget>(m_window->casePanel(), "caseExchanges");
    QTRY_COMPARE(table->item(0, 5)->text(), QStringLiteral("Redirect trace, hop 1 of 2"));
    const QString story = shownText(session->notes(m_case).first());
    QVERIFY2(story.contains(QStringLiteral("Hops:")) && story.contains(QStringLiteral("/land?gclid=Cj0KCQiA"))
                 && !story.contains(QStringLiteral("Шаги")),
             qPrintable(story));
    // Changing the role keeps the note the program's; the user's own words replace it.
    auto* role = qobject_cast<QComboBox*>(table->cellWidget(0, 1));
    role->setCurrentIndex(int(StoredExchange::Role::Other));
    emit role->activated(role->currentIndex());
    QTRY_COMPARE(saved().first().role, StoredExchange::Role::Other);
    QVERIFY(!saved().first().noteSaid.isEmpty());
    table->item(0, 5)->setText(QStringLiteral("the tracker's own click"));
    QTRY_VERIFY(saved().first().noteSaid.isEmpty());
    QCOMPARE(shownNote(saved().first()), QStringLiteral("the tracker's own click"));
    m_server.setHandler({});
}

void TestCaseStory::screenshotsOfTheStory()
{
    const QString dir = qEnvironmentVariable("PBW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("screenshots only: PBW_SCREENSHOT_DIR is not set");
    // The issue's story, whole: the tracker's failing callback, a click trace, the corrected one
    // accepted, the template and the partner's confirmation; the checklist proved, the pair chosen.
    ui::CaseSession* session = m_window->caseSession();
    ui::ReplayPanel* replay = m_window->replayPanel();
    m_server.setHandler([](const RecordedRequest& request) {
        if (request.target.startsWith("/click"))
            return ScriptedReply::redirect(302, "/land?gclid=Cj0KCQiA9t");
        if (request.target.startsWith("/land"))
            return ScriptedReply::text(200, "<html>offer</html>", "text/html");
        if (request.target.contains("click_id=c0ffee"))
            return ScriptedReply::text(200, R"({"status":"ok","conversion_id":"cv-7731"})", "application/json");
        return ScriptedReply::text(200, R"({"status":"error","message":"Invalid click_id"})", "application/json");
    });
    CaseRecord record = *session->caseRecord(m_case);
    record.partner = QStringLiteral("MyNet");
    record.offer = QStringLiteral("Offer 12 — purchase");
    record.tracker = QStringLiteral("Keitaro");
    session->updateCase(record);
    replay->setSaveRole(StoredExchange::Role::Failing);
    send(m_failing);
    ui::TracePanel* trace = m_window->tracePanel();
    trace->findChild<QLineEdit*>(QStringLiteral("traceUrl"))
        ->setText(m_server.baseUrl() + QStringLiteral("/click?gclid=Cj0KCQiA9t"));
    trace->findChild<QPushButton*>(QStringLiteral("trace"))->click();
    QTRY_VERIFY(!trace->isBusy() && trace->lastTrace().hops.size() == 2);
    trace->findChild<QPushButton*>(QStringLiteral("saveTrace"))->click();
    QTRY_COMPARE(saved().size(), 3);
    replay->setSaveRole(StoredExchange::Role::Corrected);
    send(m_corrected);
    QTRY_COMPARE(saved().size(), 4);
    Attachment approved;
    approved.kind = Attachment::Kind::Template;
    approved.title = QStringLiteral("MyNet postback template");
    approved.text
        = m_server.baseUrl() + QStringLiteral("/pb?click_id={clickid}&amount={payout}&goal=purchase&token={token}");
    session->addAttachment(approved);
    Attachment confirmation;
    confirmation.kind = Attachment::Kind::Confirmation;
    confirmation.title = QStringLiteral("MyNet ticket 551");
    confirmation.text = QStringLiteral("Conversion cv-7731 for click c0ffee12ab34 recorded and approved.");
    session->addAttachment(confirmation);
    ui::CasePanel* panel = m_window->casePanel();
    for (const char* layer : {"click", "callback", "template"}) {
        auto* accept = panel->findChild<QPushButton*>(QStringLiteral("suggest_%1").arg(QLatin1String(layer)));
        QTRY_VERIFY(!accept->isHidden());
        accept->click();
    }
    panel->findChild<QCheckBox*>(QStringLiteral("check_event"))->click();
    // Typed after the corrected send: the answer shown says it is the previous request's.
    in<QPlainTextEdit>(replay, "url")->setPlainText(m_failing + QStringLiteral("&sub2=test"));
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        m_window->setLanguage(language);
        tabs->setCurrentWidget(replay);
        QTest::qWait(80);
        QVERIFY(m_window->grab().save(QStringLiteral("%1/replay-stale-%2.png").arg(dir, language)));
        tabs->setCurrentWidget(panel);
        panel->findChild<QTabWidget*>(QStringLiteral("caseTabs"))->setCurrentIndex(0);
        QTest::qWait(80);
        QVERIFY(m_window->grab().save(QStringLiteral("%1/case-overview-%2.png").arg(dir, language)));
        panel->showCompare();
        panel->compareView()->compare(saved().at(0).id, saved().at(3).id);
        QTest::qWait(80);
        QVERIFY(m_window->grab().save(QStringLiteral("%1/case-compare-%2.png").arg(dir, language)));
        panel->compareView()->findChild<QTabWidget*>(QStringLiteral("compareViews"))->setCurrentIndex(1);
        QTest::qWait(80);
        QVERIFY(m_window->grab().save(QStringLiteral("%1/case-compare-template-%2.png").arg(dir, language)));
        panel->compareView()->findChild<QTabWidget*>(QStringLiteral("compareViews"))->setCurrentIndex(0);
        // The partner's report of this case, as the export writes it (its pictures are taken from
        // these files by scripts/screenshots.sh).
        const CaseBundle bundle = *session->bundle(m_case);
        QFile html(QStringLiteral("%1/report-%2.html").arg(dir, language));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write(htmlReport(bundle, QDateTime::currentDateTimeUtc()).toUtf8());
        html.close();
        QString error;
        QVERIFY2(writeReportPdf(bundle, QDateTime::currentDateTimeUtc(),
                                QStringLiteral("%1/report-%2.pdf").arg(dir, language), &error),
                 qPrintable(error));
    }
    m_window->setLanguage(QStringLiteral("en"));
    m_server.setHandler({});
}

QTEST_MAIN(TestCaseStory)
#include "tst_casestory.moc"
