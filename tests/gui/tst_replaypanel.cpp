// The real window on the offscreen platform, driven as a user would, against the loopback server.
#include "i18n/language.h"
#include "mainwindow.h"
#include "replay/replaypanel.h"
#include "replay/requesteditor.h"
#include "testserver.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace pbw;
using namespace pbw::test;

class TestReplayPanel : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sendWithCtrlReturnShowsTheAnswer();
    void wirePreviewExplainsDifferences();
    void parameterTableStaysInSyncWithUrl();
    void cancelASlowRequest();
    void escapeCancelsFromTheAddressField();
    void pastingCurlFillsTheRequest();
    void badInputIsExplainedNotLost();
    void languageSwitchesAtRunTime();
    void stateSurvivesARestart();
    void qtDialogsFollowTheLanguage();
    void smallWindowInADarkPalette();
    void verdictStandsAboveTheAnswer();
    void verdictReadsTheAnswersWords();
    void whatCannotBeSentOrReadIsSaid();

private:
    // Within the Replay tab: other tabs (Compare) hold widgets of the same names.
    template <typename T> T* find(const char* name) const
    {
        T* inPanel = m_window->replayPanel()->findChild<T*>(QLatin1String(name));
        return inPanel ? inPanel : m_window->findChild<T*>(QLatin1String(name));
    }
    void typeUrl(const QString& url);

    TestServer m_server;
};

void TestReplayPanel::initTestCase()
{
    useTestPaths({1180, 760});
    QVERIFY(m_server.listen());
}

void TestReplayPanel::init()
{
    m_server.clear();
    m_server.setReply(ScriptedReply::text(200, "{\"status\":\"success\",\"code\":200}", "application/json"));
    newSettings();
    QVERIFY(openWindow());
}

void TestReplayPanel::cleanup()
{
    closeWindow();
}

void TestReplayPanel::typeUrl(const QString& url)
{
    auto* edit = find<QPlainTextEdit>("url");
    edit->clear();
    edit->setFocus();
    QTest::keyClicks(edit, url);
}

void TestReplayPanel::sendWithCtrlReturnShowsTheAnswer()
{
    typeUrl(m_server.baseUrl() + QStringLiteral("/pb?cid={clickid}"));
    QTest::keyClick(find<QPlainTextEdit>("url"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(find<QLabel>("statusBadge")->text().contains(QStringLiteral("200")));
    // {clickid} went literally: a 200, but the verdict says the callback is wrong, in words not colour.
    QCOMPARE(find<QLabel>("statusBadge")->text(), QStringLiteral("HTTP 200 OK"));
    QVERIFY(find<QLabel>("verdictHeadline")->text().startsWith(QStringLiteral("✗ Wrong callback")));
    QCOMPARE(m_server.lastRequest().target, QByteArray("/pb?cid=%7Bclickid%7D"));
    QVERIFY(find<QPlainTextEdit>("responseBody")->toPlainText().contains(QStringLiteral("\"status\": \"success\"")));
    QVERIFY(find<QTableWidget>("responseHeaders")->rowCount() >= 2);
    QCOMPARE(find<QListWidget>("history")->count(), 1);
    QVERIFY(find<QPushButton>("send")->isEnabled());
}

void TestReplayPanel::wirePreviewExplainsDifferences()
{
    typeUrl(QStringLiteral("http://127.0.0.1:1/pb?cid={clickid}&s=#status#"));
    const QString preview = find<QPlainTextEdit>("wirePreview")->toPlainText();
    QVERIFY(preview.contains(QStringLiteral("`{` was sent as `%7B`")));
    QVERIFY(preview.contains(QStringLiteral("is a fragment and was not sent")));
}

void TestReplayPanel::parameterTableStaysInSyncWithUrl()
{
    typeUrl(QStringLiteral("http://h/pb?cid=%7Bx%7D&payout=1.5"));
    auto* params = find<QTableWidget>("params");
    QCOMPARE(params->rowCount(), 2);
    QCOMPARE(params->item(0, 1)->text(), QStringLiteral("{x}"));
    params->item(1, 1)->setText(QStringLiteral("2,5 & more"));
    // The edited value is encoded where the URL needs it; the untouched one stays as typed.
    QCOMPARE(m_window->replayPanel()->editor()->urlText(),
             QStringLiteral("http://h/pb?cid=%7Bx%7D&payout=2,5%20%26%20more"));
}

void TestReplayPanel::cancelASlowRequest()
{
    ScriptedReply reply;
    reply.neverAnswer = true;
    m_server.setReply(reply);
    typeUrl(m_server.baseUrl() + QStringLiteral("/slow"));
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QTRY_VERIFY(m_window->replayPanel()->isBusy());
    QVERIFY(find<QPushButton>("cancel")->isEnabled());
    QVERIFY(!find<QPushButton>("send")->isEnabled());
    QTRY_COMPARE(m_server.requests().size(), 1);
    QTest::qWait(100); // the window stays responsive while waiting
    QTest::mouseClick(find<QPushButton>("cancel"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->replayPanel()->isBusy());
    QVERIFY(find<QLabel>("statusBadge")->text().contains(QStringLiteral("No answer")));
    QVERIFY(find<QLabel>("explanation")->text().contains(QStringLiteral("cancelled")));
}

void TestReplayPanel::escapeCancelsFromTheAddressField()
{
    // Ctrl+Enter sends from the address field and leaves the focus there: Esc from there cancels.
    ScriptedReply reply;
    reply.neverAnswer = true;
    m_server.setReply(reply);
    typeUrl(m_server.baseUrl() + QStringLiteral("/slow"));
    auto* url = find<QPlainTextEdit>("url");
    QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->replayPanel()->isBusy());
    QTRY_COMPARE(m_server.requests().size(), 1);
    QTest::keyClick(url, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->replayPanel()->isBusy());
    QVERIFY(find<QLabel>("explanation")->text().contains(QStringLiteral("cancelled")));
    QCOMPARE(url->toPlainText(), m_server.baseUrl() + QStringLiteral("/slow")); // nothing typed is lost
}

void TestReplayPanel::pastingCurlFillsTheRequest()
{
    auto* edit = find<QPlainTextEdit>("url");
    edit->setPlainText(
        QStringLiteral("curl '%1/api?x=1' \\\n  -H 'X-Partner: acme' \\\n  --data-raw '{\"event\":\"lead\"}'")
            .arg(m_server.baseUrl()));
    QCOMPARE(find<QComboBox>("method")->currentText(), QStringLiteral("POST"));
    QCOMPARE(edit->toPlainText(), m_server.baseUrl() + QStringLiteral("/api?x=1"));
    auto* headers = find<QTableWidget>("headers");
    QCOMPARE(headers->item(0, 0)->text(), QStringLiteral("X-Partner"));
    QCOMPARE(find<QPlainTextEdit>("body")->toPlainText(), QStringLiteral("{\"event\":\"lead\"}"));
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QTRY_COMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.lastRequest().body, QByteArray("{\"event\":\"lead\"}"));
    QCOMPARE(m_server.lastRequest().header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
}

void TestReplayPanel::badInputIsExplainedNotLost()
{
    typeUrl(QStringLiteral("ftp://h/x"));
    QVERIFY(find<QPlainTextEdit>("wirePreview")->toPlainText().contains(QStringLiteral("\"ftp:\" is not supported")));
    QCOMPARE(find<QPlainTextEdit>("url")->toPlainText(), QStringLiteral("ftp://h/x"));
    find<QPlainTextEdit>("url")->setPlainText(QStringLiteral("curl 'http://h/"));
    QVERIFY(find<QPlainTextEdit>("wirePreview")->toPlainText().contains(QStringLiteral("not closed")));
    QCOMPARE(find<QPlainTextEdit>("url")->toPlainText(), QStringLiteral("curl 'http://h/"));
}

void TestReplayPanel::languageSwitchesAtRunTime()
{
    auto* send = find<QPushButton>("send");
    QCOMPARE(send->text(), QStringLiteral("Send"));
    find<QAction>("language_ru")->trigger();
    QTRY_COMPARE(send->text(), QStringLiteral("Отправить")); // LanguageChange events are posted
    QCOMPARE(find<QTabWidget>("tabs")->tabText(0), QStringLiteral("Повтор"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Postback Workbench"));
    QCOMPARE(m_settings->value(QStringLiteral("language")).toString(), QStringLiteral("ru"));
    find<QAction>("language_en")->trigger();
    QTRY_COMPARE(send->text(), QStringLiteral("Send"));
}

void TestReplayPanel::stateSurvivesARestart()
{
    typeUrl(QStringLiteral("http://h/pb?cid=42"));
    find<QTabWidget>("tabs")->setCurrentIndex(0);
    m_window->close();
    m_window = std::make_unique<ui::MainWindow>(m_settings.get());
    QCOMPARE(m_window->replayPanel()->editor()->urlText(), QStringLiteral("http://h/pb?cid=42"));
}

void TestReplayPanel::qtDialogsFollowTheLanguage()
{
    find<QAction>("language_ru")->trigger();
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Отмена"));
    find<QAction>("language_en")->trigger();
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

// The smallest supported size, in a dark palette: every control stays on screen and readable.
void TestReplayPanel::smallWindowInADarkPalette()
{
    const QPalette original = QApplication::palette();
    QPalette dark(QColor(0x2b, 0x2b, 0x2b), QColor(0x3c, 0x3f, 0x41));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff)); // as dark themes set it
    QApplication::setPalette(dark);
    m_window->resize(1024, 640);
    QVERIFY(m_window->minimumSizeHint().width() <= 1024);
    QVERIFY(m_window->minimumSizeHint().height() <= 640);
    typeUrl(m_server.baseUrl() + QStringLiteral("/pb?cid=abc&payout=1.5"));
    QTest::keyClick(find<QPlainTextEdit>("url"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(find<QLabel>("statusBadge")->text().contains(QStringLiteral("200")));
    QCOMPARE(m_window->size(), QSize(1024, 640));
    const QRect inside = m_window->rect();
    for (const char* name : {"url", "send", "params", "statusBadge", "responseBody", "history"}) {
        auto* widget = find<QWidget>(name);
        QVERIFY2(widget->isVisible(), name);
        const QRect where(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
        QVERIFY2(inside.contains(where), name);
        QVERIFY2(where.height() >= widget->fontMetrics().height(), name);
    }
    const QString dir = qEnvironmentVariable("PBW_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/replay-dark-1024x640.png")));
    QApplication::setPalette(original);
}

void TestReplayPanel::whatCannotBeSentOrReadIsSaid()
{
    // Two headers of one name cannot both be sent: the preview says so before anything is sent.
    typeUrl(m_server.baseUrl() + QStringLiteral("/pb?cid=abc"));
    auto* headers = find<QTableWidget>("headers");
    for (const auto& [name, value] : {std::pair{"X-A", "one"}, std::pair{"x-a", "two"}}) {
        const int row = headers->rowCount();
        headers->insertRow(row);
        headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        headers->setItem(row, 1, new QTableWidgetItem(QString::fromLatin1(value)));
    }
    QTRY_VERIFY(find<QPlainTextEdit>("wirePreview")->toPlainText().contains(QStringLiteral("more than once")));
    headers->item(headers->rowCount() - 1, 0)->setText(QStringLiteral("X-B"));
    QTRY_VERIFY(!find<QPlainTextEdit>("wirePreview")->toPlainText().contains(QStringLiteral("more than once")));

    // An answer whose headers Qt dropped whole says so where the headers are shown.
    ScriptedReply reply = ScriptedReply::text(200, R"({"status":"ok"})", "application/json");
    for (int i = 0; i < 150; ++i)
        reply.headers.append(RawHeader("X-H" + QByteArray::number(i), "v"));
    reply.cutAfterBytes = reply.body.size();
    m_server.setReply(reply);
    QTest::keyClick(find<QPlainTextEdit>("url"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(find<QLabel>("statusBadge")->text().contains(QStringLiteral("200")));
    auto* answerHeaders = find<QTableWidget>("responseHeaders");
    QCOMPARE(answerHeaders->rowCount(), 1);
    QVERIFY(answerHeaders->item(0, 0)->text().contains(QStringLiteral("could not be read")));
    const QString dir = qEnvironmentVariable("PBW_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QWidget* parent = answerHeaders->parentWidget();
        while (parent && !qobject_cast<QTabWidget*>(parent))
            parent = parent->parentWidget();
        if (auto* tabs = qobject_cast<QTabWidget*>(parent))
            tabs->setCurrentWidget(answerHeaders);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/replay-headers-unread-en.png")));
    }
}

void TestReplayPanel::verdictStandsAboveTheAnswer()
{
    m_server.setReply(
        ScriptedReply::text(200, R"({"status":"error","message":"Duplicate conversion"})", "application/json"));
    find<QPlainTextEdit>("url")->setPlainText(m_server.baseUrl() + QStringLiteral("/postback?subid=abc123def456ghi"));
    QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
    QTRY_VERIFY(find<QLabel>("verdictHeadline")->isVisible());
    QCOMPARE(find<QLabel>("verdictHeadline")->text(),
             QStringLiteral("✗ Refused by the partner · duplicate · high confidence"));
    QVERIFY(find<QLabel>("verdictSummary")
                ->text()
                .startsWith(QStringLiteral("The partner answered but rejected it as a duplicate")));
    QVERIFY(find<QLabel>("verdictNextStep")->text().startsWith(QStringLiteral("Next step: Look this click ID up")));
    QVERIFY(find<QLabel>("verdictEvidence")->text().contains(QStringLiteral("JSON field status: `error`")));
    // A refused 200 gets no tick: "200 does not mean credited".
    QCOMPARE(find<QLabel>("statusBadge")->text(), QStringLiteral("HTTP 200 OK"));
    // The verdict stands above the answer's tabs.
    const QWidget* verdict = find<QWidget>("verdict");
    const QWidget* body = find<QPlainTextEdit>("responseBody");
    QVERIFY(verdict->mapTo(m_window.get(), QPoint()).y() < body->mapTo(m_window.get(), QPoint()).y());
    // The evidence is marked in the indented body, with an underline as well as a colour.
    const auto* bodyView = find<QPlainTextEdit>("responseBody");
    QStringList marked;
    for (const QTextEdit::ExtraSelection& selection : bodyView->extraSelections()) {
        QVERIFY(selection.format.fontUnderline());
        marked.append(selection.cursor.selectedText());
    }
    QCOMPARE(marked, (QStringList{QStringLiteral("\"status\": \"error\""), QStringLiteral("Duplicate")}));

    m_window->setLanguage(QStringLiteral("ru"));
    QTRY_COMPARE(find<QLabel>("verdictHeadline")->text(),
                 QStringLiteral("✗ Отклонено партнёром · дубликат · высокая уверенность"));
    QVERIFY(find<QLabel>("verdictSummary")->text().contains(QStringLiteral("как дубль")));
    m_window->setLanguage(QStringLiteral("en"));
    // The history says the verdict without colour.
    QVERIFY(find<QListWidget>("history")->item(0)->text().startsWith(QStringLiteral("✗")));
}

// The verdict as the window shows it for answers no exact rule names: an enum token in a JSON
// outcome member, a 5xx whose body says "Error", an answer nothing recognises — in both languages.
void TestReplayPanel::verdictReadsTheAnswersWords()
{
    const auto send = [&](const ScriptedReply& reply) {
        m_server.setReply(reply);
        find<QPlainTextEdit>("url")->setPlainText(m_server.baseUrl()
                                                  + QStringLiteral("/postback?subid=8fk2q9x1mz0c4&payout=1.50"));
        QTest::mouseClick(find<QPushButton>("send"), Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>("verdictHeadline")->isVisible()
                    && find<QLabel>("statusBadge")->text().contains(QString::number(reply.status)));
    };
    send(ScriptedReply::text(200, R"({"success":false,"error":{"code":"OFFER_CAP_REACHED"}})", "application/json"));
    QTRY_COMPARE(find<QLabel>("verdictHeadline")->text(),
                 QStringLiteral("✗ Refused by the partner · business rule · high confidence"));
    QVERIFY(find<QLabel>("verdictSummary")->text().contains(QLatin1String("cap")));
    QVERIFY(find<QLabel>("verdictEvidence")->text().contains(QLatin1String("OFFER_CAP_REACHED")));

    send(ScriptedReply::text(500, "Internal Server Error", "text/plain"));
    QTRY_COMPARE(find<QLabel>("verdictHeadline")->text(),
                 QStringLiteral("✗ HTTP error · server error · high confidence"));

    send(ScriptedReply::text(200, R"({"state":"in_progress"})", "application/json"));
    QTRY_VERIFY(find<QLabel>("verdictSummary")->text().contains(QLatin1String("no rule recognised")));
    QVERIFY(find<QLabel>("verdictEvidence")->text().contains(QLatin1String("in_progress")));

    m_window->setLanguage(QStringLiteral("ru"));
    send(ScriptedReply::text(200, R"({"success":false,"error":{"code":"OFFER_CAP_REACHED"}})", "application/json"));
    QTRY_VERIFY(find<QLabel>("verdictSummary")->text().contains(QStringLiteral("кап")));
    m_window->setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestReplayPanel)
#include "tst_replaypanel.moc"
