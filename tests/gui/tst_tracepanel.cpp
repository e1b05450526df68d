// The Redirect trace tab as the user goes through it, on the offscreen platform, against a
// loopback chain: an ad click with a gclid and UTM parameters, "iPhone Safari", the hops down to the
// landing page and the one hop that lost the gclid — in both languages; the extractor, the link
// builder with a QA click, Cancel, bad input, and the trace kept in the case.
#include "cases/casesession.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "store/casestore.h"
#include "testserver.h"
#include "trace/tracepanel.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

using namespace pbw;
using namespace pbw::test;

class TestTracePanel : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void iphoneClickLosesTheGclid();
    void russianHeadline();
    void extractorListsParameters();
    void qaClickReachesTheLanding();
    void cancelAndBadInput();
    void errorPageAndLoopAreTheHeadline();
    void keptInTheCase();

private:
    template <typename T> T* in(QWidget* parent, const char* name) const
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    void traceAndWait(ui::TracePanel* panel);
    QString clickUrl() const
    {
        return m_server.baseUrl()
            + QStringLiteral("/ad?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF&utm_source=google&utm_medium=cpc");
    }

    TestServer m_server;
    std::unique_ptr<ui::TracePanel> m_panel;
};

void TestTracePanel::initTestCase()
{
    useTestPaths();
    QVERIFY(m_server.listen());
    m_server.setHandler([](const RecordedRequest& request) -> ScriptedReply {
        const QUrl url(QString::fromLatin1(request.target));
        const QByteArray q = url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray();
        const QString path = url.path();
        if (path == QLatin1String("/ad"))
            return ScriptedReply::redirect(302, "/trk" + q);
        if (path == QLatin1String("/trk")) {
            QByteArray escaped = q;
            escaped.replace("&", "&amp;");
            return ScriptedReply::text(200, "<meta http-equiv=\"refresh\" content=\"0; url=/go" + escaped + "\">",
                                       "text/html");
        }
        if (path == QLatin1String("/go"))
            return request.header("User-Agent").contains("iPhone") ? ScriptedReply::redirect(301, "/m/landing")
                                                                   : ScriptedReply::redirect(301, "/landing" + q);
        if (path == QLatin1String("/gone")) // the offer was taken down
            return ScriptedReply::redirect(302, "/removed" + q);
        if (path == QLatin1String("/removed"))
            return ScriptedReply::text(404, "<html><title>404 Not Found</title></html>", "text/html");
        if (path == QLatin1String("/loop")) // drops the query, and the next hop sends the browser back
            return ScriptedReply::redirect(302, "/loop-back");
        if (path == QLatin1String("/loop-back"))
            return ScriptedReply::redirect(302, "/loop?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF");
        if (path == QLatin1String("/slow")) {
            ScriptedReply reply = ScriptedReply::text(200, "slow");
            reply.delayMs = 10'000;
            return reply;
        }
        return ScriptedReply::text(200, "<html><body>Offer</body></html>", "text/html");
    });
}

void TestTracePanel::init()
{
    resetLanguage();
    m_panel = std::make_unique<ui::TracePanel>();
    m_panel->resize(1100, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestTracePanel::cleanup()
{
    m_panel.reset();
    closeWindow();
}

void TestTracePanel::traceAndWait(ui::TracePanel* panel)
{
    QTest::mouseClick(in<QPushButton>(panel, "trace"), Qt::LeftButton);
    QVERIFY(panel->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20'000);
}

void TestTracePanel::iphoneClickLosesTheGclid()
{
    ui::TracePanel* panel = m_panel.get();
    in<QLineEdit>(panel, "traceUrl")->setText(clickUrl());
    auto* ua = in<QComboBox>(panel, "userAgent");
    ua->setCurrentIndex(ua->findData(QStringLiteral("iphone")));
    QCOMPARE(ua->currentText(), QStringLiteral("iPhone Safari"));
    traceAndWait(panel);
    QVERIFY(m_server.lastRequest().header("User-Agent").contains("iPhone"));
    auto* hops = in<QTableWidget>(panel, "hops");
    QCOMPARE(hops->rowCount(), 4);
    QCOMPARE(hops->item(0, 2)->text(), QStringLiteral("HTTP redirect"));
    QCOMPARE(hops->item(1, 2)->text(), QStringLiteral("meta refresh"));
    QCOMPARE(hops->item(3, 2)->text(), QStringLiteral("final page"));
    QCOMPARE(hops->item(2, 1)->text(), QStringLiteral("HTTP 301"));
    QCOMPARE(in<QLabel>(panel, "traceHeadline")->text(),
             QStringLiteral("gclid lost at hop 4: hop 3's 301 from 127.0.0.1/go to 127.0.0.1/m/landing dropped the "
                            "query string."));
    auto* timeline = in<QTableWidget>(panel, "timeline");
    QCOMPARE(timeline->rowCount(), 3);
    QCOMPARE(timeline->columnCount(), 5);
    QCOMPARE(timeline->item(0, 0)->text(), QStringLiteral("gclid"));
    QCOMPARE(timeline->item(0, 3)->text(), QStringLiteral("✓"));
    // The ✗ stands under the hop the headline names, and its tooltip says the same.
    QCOMPARE(timeline->item(0, 4)->text(), QStringLiteral("✗"));
    QCOMPARE(timeline->horizontalHeaderItem(4)->text(), QStringLiteral("Hop 4"));
    QCOMPARE(timeline->item(0, 4)->toolTip(), in<QLabel>(panel, "traceHeadline")->text());
    QVERIFY(timeline->item(0, 3)->toolTip().contains(QStringLiteral("Cj0KCQiA5rGuBhCnARIsAN11vgSF")));
    // The selected hop's headers and body, as text.
    hops->setCurrentCell(1, 0);
    const QString details = in<QPlainTextEdit>(panel, "hopDetails")->toPlainText();
    QVERIFY(details.startsWith(QStringLiteral("Hop 2: meta refresh")));
    QVERIFY(details.contains(QStringLiteral("<meta http-equiv=\"refresh\"")));
    QVERIFY(details.contains(QStringLiteral("User-Agent: Mozilla/5.0 (iPhone")));
    QCOMPARE(panel->lastTrace().hops.size(), 4);
}

void TestTracePanel::russianHeadline()
{
    ui::TracePanel* panel = m_panel.get();
    in<QLineEdit>(panel, "traceUrl")->setText(clickUrl());
    auto* ua = in<QComboBox>(panel, "userAgent");
    ua->setCurrentIndex(ua->findData(QStringLiteral("iphone")));
    traceAndWait(panel);
    Language::apply(QStringLiteral("ru"));
    QTRY_VERIFY(in<QLabel>(panel, "traceHeadline")->text().startsWith(QStringLiteral("gclid потерян на шаге 4")));
    QCOMPARE(in<QPushButton>(panel, "trace")->text(), QStringLiteral("Проследить"));
    QCOMPARE(ua->currentData().toString(), QStringLiteral("iphone")); // the choice survives the language switch
    QCOMPARE(in<QTableWidget>(panel, "hops")->item(1, 2)->text(), QStringLiteral("meta refresh"));
}

void TestTracePanel::extractorListsParameters()
{
    ui::TracePanel* panel = m_panel.get();
    in<QLineEdit>(panel, "traceUrl")
        ->setText(QStringLiteral("https://shop.example/?fbclid=IwAR2F4&msclkid=4d0f6b53b1a115a5f0cb8fa37d6e1f2c"));
    auto* table = in<QTableWidget>(panel, "extracted");
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("fbclid"));
    QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("truncated")));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Microsoft Advertising"));
    // A generic parameter belongs to no platform: said in words, not the data file's "any".
    in<QLineEdit>(panel, "traceUrl")->setText(QStringLiteral("https://shop.example/?utm_source=fb"));
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("any platform"));
}

void TestTracePanel::qaClickReachesTheLanding()
{
    ui::TracePanel* panel = m_panel.get();
    in<QLineEdit>(panel, "linkBase")->setText(m_server.baseUrl() + QStringLiteral("/ad?offer=12"));
    auto* parts = in<QTableWidget>(panel, "linkParts");
    parts->item(0, 1)->setText(QStringLiteral("google"));
    parts->item(2, 1)->setText(QStringLiteral("black friday"));
    QCOMPARE(in<QLineEdit>(panel, "linkResult")->text(),
             m_server.baseUrl() + QStringLiteral("/ad?offer=12&utm_source=google&utm_campaign=black%20friday"));
    auto* param = in<QComboBox>(panel, "qaParam");
    param->setCurrentText(QStringLiteral("subid"));
    QTest::mouseClick(in<QPushButton>(panel, "qaClick"), Qt::LeftButton);
    QVERIFY(panel->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20'000);
    const QString headline = in<QLabel>(panel, "traceHeadline")->text();
    QVERIFY2(headline.startsWith(QStringLiteral("QA click qa-"))
                 && headline.contains(QStringLiteral("reached the "
                                                     "landing page "
                                                     "intact")),
             qPrintable(headline));
    QVERIFY(m_server.lastRequest().target.contains("subid=qa-"));
}

void TestTracePanel::cancelAndBadInput()
{
    ui::TracePanel* panel = m_panel.get();
    in<QLineEdit>(panel, "traceUrl")->setText(m_server.baseUrl() + QStringLiteral("/slow"));
    QTest::mouseClick(in<QPushButton>(panel, "trace"), Qt::LeftButton);
    QVERIFY(panel->isBusy());
    QTest::qWait(100);
    QTest::mouseClick(in<QPushButton>(panel, "cancelTrace"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 3'000);
    QVERIFY(in<QLabel>(panel, "traceHeadline")->text().contains(QStringLiteral("Cancelled")));
    in<QLineEdit>(panel, "traceUrl")->setText(QStringLiteral("ftp://example.com/file"));
    QTest::mouseClick(in<QPushButton>(panel, "trace"), Qt::LeftButton);
    QVERIFY(!panel->isBusy());
    QVERIFY(!in<QLabel>(panel, "traceHeadline")->text().isEmpty());
}

void TestTracePanel::errorPageAndLoopAreTheHeadline()
{
    ui::TracePanel* panel = m_panel.get();
    auto* headline = in<QLabel>(panel, "traceHeadline");
    in<QLineEdit>(panel, "traceUrl")
        ->setText(m_server.baseUrl() + QStringLiteral("/gone?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF"));
    traceAndWait(panel);
    QVERIFY2(headline->text().startsWith(QStringLiteral("The click ends on an error page: hop 2 answered HTTP 404")),
             qPrintable(headline->text()));
    QVERIFY(!headline->text().contains(QStringLiteral("Reached the final page")));
    QCOMPARE(in<QTableWidget>(panel, "hops")->item(1, 2)->text(), QStringLiteral("error page"));

    in<QLineEdit>(panel, "traceUrl")
        ->setText(m_server.baseUrl() + QStringLiteral("/loop?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF"));
    traceAndWait(panel);
    QVERIFY2(headline->text().startsWith(QStringLiteral("Stopped: a redirect loop (hops 1 → 2 → 1)")),
             qPrintable(headline->text()));
    QVERIFY(!headline->text().contains(QStringLiteral("gclid lost")));
    auto* timeline = in<QTableWidget>(panel, "timeline");
    QCOMPARE(timeline->item(0, 2)->text(), QStringLiteral("✗")); // the gclid's own story stays on its row
    QVERIFY(timeline->item(0, 2)->toolTip().startsWith(QStringLiteral("gclid lost at hop 2")));
}

void TestTracePanel::keptInTheCase()
{
    m_panel.reset();
    newSettings(QStringLiteral("window.ini"));
    QVERIFY(openWindow());
    ui::MainWindow* window = m_window.get();
    const qint64 caseId = window->caseSession()->createCase(QStringLiteral("Offer 12: unknown click ID"));
    ui::TracePanel* panel = window->tracePanel();
    in<QLineEdit>(panel, "traceUrl")->setText(clickUrl());
    traceAndWait(panel);
    auto* save = in<QPushButton>(panel, "saveTrace");
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    const QList<StoredExchange> stored = window->caseSession()->store()->exchanges(caseId).value();
    QCOMPARE(stored.size(), 4);
    for (const StoredExchange& exchange : stored)
        QCOMPARE(exchange.role, StoredExchange::Role::ReferenceClick);
    const auto notes = window->caseSession()->store()->notes(caseId).value();
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().text.contains(QStringLiteral("Every click ID reached the final page intact")));
    // Saved once: the button, which keeps the focus, does not save the same hops again on Space.
    QVERIFY(!save->isEnabled());
    save->setFocus();
    QTest::keyClick(save, Qt::Key_Space);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(window->caseSession()->store()->exchanges(caseId).value().size(), 4);
    // A QA click is kept at once as the case's reference click.
    QTest::mouseClick(in<QPushButton>(panel, "qaClick"), Qt::LeftButton);
    QTRY_COMPARE(window->caseSession()->store()->exchanges(caseId).value().size(), 8);
    QTRY_COMPARE(window->caseSession()->store()->notes(caseId).value().size(), 2);
    QVERIFY(
        window->caseSession()->store()->notes(caseId).value().last().text.contains(QStringLiteral("reached the landing "
                                                                                                  "page intact")));
}

QTEST_MAIN(TestTracePanel)
#include "tst_tracepanel.moc"
