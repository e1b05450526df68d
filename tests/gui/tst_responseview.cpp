// The answer side of the Replay tab on its own, on the offscreen platform, against the loopback
// server: the Body tab keeps a JSON answer's members in the partner's order and its values as
// written; a refusal's verdict quotes the reason its body states; a slow answer is flagged; an
// unknown click ID points at the parameter name and Template diff — the words pbw prints too.
#include "analysis/verdict.h"
#include "i18n/language.h"
#include "net/replayer.h"
#include "replay/responseview.h"
#include "testserver.h"
#include "text/verdicttext.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace pbw;
using namespace pbw::test;

class TestResponseView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void bodyKeepsThePartnersOrder();
    void refusalQuotesItsReason();
    void unknownClickIdPointsAtTheParameterName();
    void slowAnswerIsFlagged();

private:
    Exchange replay(const ScriptedReply& reply, const QString& query = QStringLiteral("clickid=8fk2q9x1mz0c4"));
    QString text(const char* name) const { return m_view->findChild<QLabel*>(QLatin1String(name))->text(); }

    TestServer m_server;
    std::unique_ptr<ui::ResponseView> m_view;
};

void TestResponseView::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestResponseView::init()
{
    Language::apply(QStringLiteral("en"));
    m_view = std::make_unique<ui::ResponseView>();
    m_view->resize(900, 700);
    m_view->show();
}

Exchange TestResponseView::replay(const ScriptedReply& reply, const QString& query)
{
    m_server.setReply(reply);
    Replayer replayer;
    QSignalSpy finished(&replayer, &Replayer::finished);
    ReplayRequest request;
    request.url = m_server.baseUrl() + QStringLiteral("/track/conv?") + query;
    if (!replayer.send(request) || !finished.wait(10'000))
        return {};
    const Exchange exchange = finished.first().at(1).value<Exchange>();
    m_view->showExchange(exchange);
    return exchange;
}

void TestResponseView::bodyKeepsThePartnersOrder()
{
    replay(ScriptedReply::text(200, R"({"status":"error","message":"Invalid click_id","code":1.50e2,"amount":49.90})",
                               "application/json"));
    const QString shown = m_view->findChild<QPlainTextEdit*>(QStringLiteral("responseBody"))->toPlainText();
    QCOMPARE(shown,
             QStringLiteral("{\n    \"status\": \"error\",\n    \"message\": \"Invalid click_id\",\n"
                            "    \"code\": 1.50e2,\n    \"amount\": 49.90\n}"));
}

void TestResponseView::refusalQuotesItsReason()
{
    const Exchange exchange = replay(ScriptedReply::text(403, "IP not whitelisted"));
    QCOMPARE(exchange.response->status, 403);
    QCOMPARE(text("verdictSummary"),
             QStringLiteral("The partner refused the callback because it came from an IP "
                            "address they do not allow. The partner's answer says: “IP not "
                            "whitelisted”."));
    QVERIFY(text("verdictNextStep").contains(QStringLiteral("ask them to allow-list it")));
    // pbw prints the same words.
    QVERIFY(verdictAsText(judgeExchange(exchange)).contains(text("verdictSummary")));
}

void TestResponseView::unknownClickIdPointsAtTheParameterName()
{
    replay(ScriptedReply::text(200, R"({"status":"error","message":"Invalid click_id"})", "application/json"),
           QStringLiteral("clickid=8fk2q9x1mz0c4&payout=49.90&status=sale&token=t0k3n"));
    const QString next = text("verdictNextStep");
    QVERIFY2(next.startsWith(QStringLiteral("Next step: This callback sends the click ID as clickid.")),
             qPrintable(next));
    QVERIFY(next.contains(QStringLiteral("clickid is not click_id")));
    QVERIFY(next.contains(QStringLiteral("Template diff")));
    QVERIFY(next.contains(QStringLiteral("fresh QA click")));
}

void TestResponseView::slowAnswerIsFlagged()
{
    // The answer as a partner 6 s away gives it (the loopback answers at once; its timing is set).
    Exchange exchange = replay(ScriptedReply::text(200, "OK"));
    exchange.timing.firstByteMs = 6'000;
    exchange.timing.totalMs = 6'100;
    m_view->showExchange(exchange);
    QVERIFY(text("verdictHeadline").startsWith(QStringLiteral("✓ Accepted")));
    QVERIFY2(text("verdictEvidence").contains(QStringLiteral("• Slow answer: 6.1 s, longer than the 5 s")),
             qPrintable(text("verdictEvidence").replace(u'\n', u'|')));
}

QTEST_MAIN(TestResponseView)
#include "tst_responseview.moc"
