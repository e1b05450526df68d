// The redirect trace against loopback chains: every kind of hop, relative and protocol-relative
// Locations, a hop that drops the query, one that rewrites a value, a cookie-gated hop, a
// user-agent-dependent hop, loops, a 30-hop chain, a javascript: Location, a script that must not
// run, a 50 MB body mid-chain; the parameter timeline and its headline.
#include "i18n/language.h"
#include "net/useragents.h"
#include "testserver.h"
#include "trace/paramtimeline.h"
#include "trace/tracer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace pbw;
using namespace pbw::test;

namespace {

QByteArray html(const QByteArray& body)
{
    return "<!doctype html><html><head><title>t</title></head><body>" + body + "</body></html>";
}

ScriptedReply page(const QByteArray& body)
{
    return ScriptedReply::text(200, html(body), "text/html; charset=utf-8");
}

} // namespace

class TestTracer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyKindOfHop();
    void locationForms_data();
    void locationForms();
    void queryDroppedNamesTheHop();
    void valueRewritten();
    void cookieGatedHop();
    void userAgentDecides();
    void loopIsNamed();
    void loopIsTheHeadline();
    void errorPageIsNotTheFinalPage();
    void longChainStopsAtTheLimit();
    void javascriptSchemeRecordedNotFollowed();
    void scriptIsReadNeverRun();
    void hugeBodyEndsTheHop();
    void deadServerIsAnError();
    void cancelStops();
    void badUrlIsBadInput();
    void metaRefreshVariants_data();
    void metaRefreshVariants();

private:
    ClickTrace run(const QString& path, TraceOptions options = {});
    QString url(const QString& path) const { return m_server.baseUrl() + path; }

    TestServer m_server;
};

void TestTracer::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    QVERIFY(m_server.listen());
    const QString base = m_server.baseUrl();
    m_server.setHandler([base](const RecordedRequest& request) -> ScriptedReply {
        const QUrl url(QString::fromLatin1(request.target));
        const QString path = url.path();
        const QString query = url.query(QUrl::FullyEncoded);
        const QByteArray q = query.isEmpty() ? QByteArray() : "?" + query.toLatin1();
        if (path == QLatin1String("/ad")) // 302 keeping the query
            return ScriptedReply::redirect(302, "/tracker" + q);
        if (path == QLatin1String("/tracker")) { // Refresh header
            ScriptedReply reply = ScriptedReply::text(200, "wait", "text/plain");
            reply.headers.append({QByteArrayLiteral("Refresh"), "0; url=/meta" + q});
            return reply;
        }
        if (path == QLatin1String("/meta"))
            return page("<META CONTENT='0;URL=/js" + q + "' HTTP-EQUIV=\"Refresh\">");
        if (path == QLatin1String("/js"))
            return page("<script>if (true) { window.location.replace(\"/landing" + q + "\"); }</script>");
        if (path == QLatin1String("/landing"))
            return page("<h1>Offer</h1>");
        if (path == QLatin1String("/relative"))
            return ScriptedReply::redirect(301, "landing?" + query.toLatin1());
        if (path == QLatin1String("/protocol-relative"))
            return ScriptedReply::redirect(301, "//" + QUrl(base).authority().toLatin1() + "/landing" + q);
        if (path == QLatin1String("/absolute"))
            return ScriptedReply::redirect(307, base.toLatin1() + "/landing" + q);
        if (path == QLatin1String("/short")) // a short link that rebuilds the destination without the query
            return ScriptedReply::redirect(301, "/www/landing");
        if (path == QLatin1String("/www/landing"))
            return page("landing");
        if (path == QLatin1String("/rewrite")) {
            QUrlQuery params(url);
            params.removeQueryItem(QStringLiteral("subid"));
            params.addQueryItem(QStringLiteral("subid"), QStringLiteral("rewritten42"));
            return ScriptedReply::redirect(302, "/landing?" + params.toString(QUrl::FullyEncoded).toLatin1());
        }
        if (path == QLatin1String("/gate")) { // sets a cookie first, lets the click through with it
            if (request.header("Cookie").contains("gate=passed"))
                return ScriptedReply::redirect(302, "/landing" + q);
            ScriptedReply reply = ScriptedReply::redirect(302, "/gate" + q);
            reply.headers.append({QByteArrayLiteral("Set-Cookie"), QByteArrayLiteral("gate=passed; Path=/; HttpOnly")});
            return reply;
        }
        if (path == QLatin1String("/by-agent")) {
            if (request.header("User-Agent").contains("iPhone"))
                return ScriptedReply::redirect(302, "/mobile" + q);
            return ScriptedReply::redirect(302, "/desktop");
        }
        if (path == QLatin1String("/mobile") || path == QLatin1String("/desktop"))
            return page("device page");
        if (path == QLatin1String("/loop-c")) // drops the gclid, and the next hop puts it back: a loop
            return ScriptedReply::redirect(302, "/loop-d");
        if (path == QLatin1String("/loop-d"))
            return ScriptedReply::redirect(302, "/loop-c?gclid=Cj0KCQiA1234567890abcdefghij");
        if (path == QLatin1String("/gone")) // the offer was taken down: the click ends on a 404
            return ScriptedReply::redirect(302, "/offer-removed" + q);
        if (path == QLatin1String("/loop-a"))
            return ScriptedReply::redirect(302, "/loop-b");
        if (path == QLatin1String("/loop-b"))
            return ScriptedReply::redirect(302, "/loop-a");
        if (path.startsWith(QLatin1String("/chain/"))) {
            const int n = path.mid(7).toInt();
            return ScriptedReply::redirect(302, "/chain/" + QByteArray::number(n + 1) + q);
        }
        if (path == QLatin1String("/to-script"))
            return ScriptedReply::redirect(302, "javascript:alert(document.cookie)");
        if (path == QLatin1String("/to-app"))
            return ScriptedReply::redirect(302, "market://details?id=com.example.app&gclid=x" + query.toLatin1());
        if (path == QLatin1String("/scripted")) // script that would call home if it ran, and a computed location
            return page("<script>fetch('/beacon'); var u = atob('L2xhbmRpbmc='); location.href = u;</script>"
                        "<p>x</p>");
        if (path == QLatin1String("/huge-hop")) {
            ScriptedReply reply = ScriptedReply::text(200, {}, "text/html");
            reply.streamBytes = 50LL * 1024 * 1024;
            return reply;
        }
        if (path == QLatin1String("/to-huge"))
            return ScriptedReply::redirect(302, "/huge-hop");
        if (path == QLatin1String("/slow")) {
            ScriptedReply reply = page("slow");
            reply.delayMs = 10'000;
            return reply;
        }
        return ScriptedReply::text(404, "not found");
    });
}

ClickTrace TestTracer::run(const QString& path, TraceOptions options)
{
    if (options.userAgent.isEmpty())
        options.userAgent = userAgentFor(QStringLiteral("chrome"));
    Tracer tracer;
    QSignalSpy finished(&tracer, &Tracer::finished);
    const auto started = tracer.trace(url(path), options);
    if (!started)
        return {};
    if (!finished.wait(30'000))
        return {};
    return finished.first().at(1).value<ClickTrace>();
}

void TestTracer::everyKindOfHop()
{
    m_server.clear();
    const ClickTrace trace = run(QStringLiteral("/ad?gclid=Cj0KCQiA1234567890abcdefghij&utm_source=google"));
    QCOMPARE(trace.stopped, ClickTrace::Stop::Final);
    QCOMPARE(trace.hops.size(), 5);
    const QList<HopKind> kinds{HopKind::Http, HopKind::RefreshHeader, HopKind::MetaRefresh, HopKind::Js,
                               HopKind::Final};
    for (int i = 0; i < kinds.size(); ++i) {
        QCOMPARE(trace.hops.at(i).n, i + 1);
        QCOMPARE(trace.hops.at(i).kind, kinds.at(i));
    }
    QCOMPARE(trace.finalUrl, url(QStringLiteral("/landing?gclid=Cj0KCQiA1234567890abcdefghij&utm_source=google")));
    const QList<ParamTimeline> lines = paramTimelines(trace);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first().name, QStringLiteral("gclid"));
    QCOMPARE(lines.first().lostAtHop, 0);
    QVERIFY(clickIdsIntact(trace, lines));
    QCOMPARE(traceHeadline(trace, lines), QStringLiteral("Every click ID reached the final page intact (5 hops)."));
    // The user agent went with every hop.
    for (const RecordedRequest& request : m_server.requests())
        QVERIFY(request.header("User-Agent").contains("Chrome/"));
}

void TestTracer::locationForms_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("relative") << "/relative";
    QTest::newRow("protocol-relative") << "/protocol-relative";
    QTest::newRow("absolute, 307") << "/absolute";
}

void TestTracer::locationForms()
{
    QFETCH(QString, path);
    const ClickTrace trace = run(path + QStringLiteral("?fbclid=IwAR2xYz_abcdefghijklmnopqrstuvwxyz0123456789AB"));
    QCOMPARE(trace.stopped, ClickTrace::Stop::Final);
    QCOMPARE(trace.hops.size(), 2);
    QCOMPARE(trace.hops.at(1).url,
             url(QStringLiteral("/landing?fbclid=IwAR2xYz_abcdefghijklmnopqrstuvwxyz0123456789AB")));
    QVERIFY(clickIdsIntact(trace, paramTimelines(trace)));
}

void TestTracer::queryDroppedNamesTheHop()
{
    const ClickTrace trace = run(QStringLiteral("/ad?gclid=Cj0KCQiA1234567890abcdefghij")
                                     .replace(QStringLiteral("/ad"), QStringLiteral("/short")));
    QCOMPARE(trace.stopped, ClickTrace::Stop::Final);
    const QList<ParamTimeline> lines = paramTimelines(trace);
    QCOMPARE(lines.size(), 1);
    // "Lost at hop 2" is where the timeline shows ✗ (hop 2's URL lacks it); hop 1's redirect dropped it.
    QCOMPARE(lines.first().marks,
             (QList<ParamTimeline::Mark>{ParamTimeline::Mark::Present, ParamTimeline::Mark::Lost}));
    QCOMPARE(lines.first().lostAtHop, int(lines.first().marks.indexOf(ParamTimeline::Mark::Lost)) + 1);
    QCOMPARE(lines.first().lostAtHop, 2);
    const QString headline = traceHeadline(trace, lines);
    QVERIFY2(headline.startsWith(QStringLiteral("gclid lost at hop 2: hop 1's 301 from 127.0.0.1/short to "
                                                "127.0.0.1/www/landing dropped the query string.")),
             qPrintable(headline));
    QVERIFY(!clickIdsIntact(trace, lines));
}

void TestTracer::valueRewritten()
{
    const ClickTrace trace = run(QStringLiteral("/rewrite?subid=abc123def456ghi"));
    const QList<ParamTimeline> lines = paramTimelines(trace);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().changes.size(), 1);
    QCOMPARE(lines.first().changes.first().hop, 2);
    QCOMPARE(lines.first().changes.first().oldValue, QStringLiteral("abc123def456ghi"));
    QCOMPARE(lines.first().changes.first().newValue, QStringLiteral("rewritten42"));
    QCOMPARE(lines.first().story, QStringLiteral("subid changed at hop 2: abc123def456ghi → rewritten42."));
    QVERIFY(!clickIdsIntact(trace, lines));
}

void TestTracer::cookieGatedHop()
{
    m_server.clear();
    const ClickTrace trace = run(QStringLiteral("/gate?clickid=0123456789abcdef01234567"));
    QCOMPARE(trace.stopped, ClickTrace::Stop::Final); // not a loop: the second visit carries the cookie
    QCOMPARE(trace.hops.size(), 3);
    QCOMPARE(m_server.requests().at(1).header("Cookie"), QByteArray("gate=passed"));
    QVERIFY(m_server.requests().at(0).header("Cookie").isEmpty());
    // A fresh jar per trace: the next trace starts without the cookie.
    m_server.clear();
    run(QStringLiteral("/gate"));
    QVERIFY(m_server.requests().at(0).header("Cookie").isEmpty());
}

void TestTracer::userAgentDecides()
{
    TraceOptions iphone;
    iphone.userAgent = userAgentFor(QStringLiteral("iphone"));
    const ClickTrace mobile = run(QStringLiteral("/by-agent?gclid=Cj0KCQiA1234567890abcdefghij"), iphone);
    QCOMPARE(mobile.finalUrl, url(QStringLiteral("/mobile?gclid=Cj0KCQiA1234567890abcdefghij")));
    const ClickTrace desktop = run(QStringLiteral("/by-agent?gclid=Cj0KCQiA1234567890abcdefghij"));
    QCOMPARE(desktop.finalUrl, url(QStringLiteral("/desktop")));
    QCOMPARE(paramTimelines(desktop).first().lostAtHop, 2);
}

void TestTracer::loopIsNamed()
{
    const ClickTrace trace = run(QStringLiteral("/loop-a"));
    QCOMPARE(trace.stopped, ClickTrace::Stop::Loop);
    QCOMPARE(trace.hops.size(), 2);
    QCOMPARE(trace.detail, QStringLiteral("hops 1 → 2 → 1"));
    QVERIFY(trace.stopText().contains(QStringLiteral("loop")));
}

void TestTracer::loopIsTheHeadline()
{
    // The gclid goes missing at hop 2 on the way round; the loop is what stops the click.
    const ClickTrace trace = run(QStringLiteral("/loop-c?gclid=Cj0KCQiA1234567890abcdefghij"));
    QCOMPARE(trace.stopped, ClickTrace::Stop::Loop);
    const QList<ParamTimeline> lines = paramTimelines(trace);
    QCOMPARE(lines.first().lostAtHop, 2);
    const QString headline = traceHeadline(trace, lines);
    QCOMPARE(headline, trace.stopText());
    QVERIFY2(headline.startsWith(QStringLiteral("Stopped: a redirect loop (hops 1 → 2 → 1)")), qPrintable(headline));
    QVERIFY(!headline.contains(QStringLiteral("gclid")));
    QVERIFY(lines.first().story.startsWith(QStringLiteral("gclid lost at hop 2"))); // still on its own line
    QVERIFY(!clickIdsIntact(trace, lines));
}

void TestTracer::errorPageIsNotTheFinalPage()
{
    const ClickTrace trace = run(QStringLiteral("/gone?gclid=Cj0KCQiA1234567890abcdefghij"));
    QCOMPARE(trace.stopped, ClickTrace::Stop::ErrorPage);
    QCOMPARE(ClickTrace::stopKey(trace.stopped), QStringLiteral("error-page"));
    QCOMPARE(trace.hops.size(), 2);
    const QList<ParamTimeline> lines = paramTimelines(trace);
    QCOMPARE(lines.first().lostAtHop, 0); // the gclid reached the page; the page is the problem
    const QString headline = traceHeadline(trace, lines);
    QVERIFY2(headline.startsWith(QStringLiteral("The click ends on an error page: hop 2 answered HTTP 404")),
             qPrintable(headline));
    QVERIFY(!headline.contains(QStringLiteral("final page")));
    QVERIFY(!trace.stopText().contains(QStringLiteral("Reached")));
    QVERIFY(!clickIdsIntact(trace, lines));
}

void TestTracer::longChainStopsAtTheLimit()
{
    const ClickTrace trace = run(QStringLiteral("/chain/1?subid=abc123def456ghi"));
    QCOMPARE(trace.stopped, ClickTrace::Stop::MaxHops);
    QCOMPARE(trace.hops.size(), TraceOptions::DefaultMaxHops);
    TraceOptions thirty;
    thirty.maxHops = 30;
    const ClickTrace longer = run(QStringLiteral("/chain/1"), thirty);
    QCOMPARE(longer.hops.size(), 30);
    QCOMPARE(longer.hops.last().url, url(QStringLiteral("/chain/30")));
}

void TestTracer::javascriptSchemeRecordedNotFollowed()
{
    const ClickTrace trace = run(QStringLiteral("/to-script"));
    QCOMPARE(trace.stopped, ClickTrace::Stop::Scheme);
    QCOMPARE(trace.detail, QStringLiteral("javascript:alert(document.cookie)"));
    QCOMPARE(trace.hops.size(), 1);
    // An app deep link carries the click ID on: it is not lost.
    const ClickTrace app = run(QStringLiteral("/to-app?gclid=Cj0KCQiA1234567890abcdefghij"));
    QCOMPARE(app.stopped, ClickTrace::Stop::Scheme);
    QCOMPARE(paramTimelines(app).first().lostAtHop, 0);
}

void TestTracer::scriptIsReadNeverRun()
{
    m_server.clear();
    const ClickTrace trace = run(QStringLiteral("/scripted"));
    QCOMPARE(trace.stopped, ClickTrace::Stop::Final); // a computed location cannot be read statically
    QCOMPARE(trace.hops.size(), 1);
    QCOMPARE(m_server.requests().size(), 1); // no /beacon: nothing ran
}

void TestTracer::hugeBodyEndsTheHop()
{
    QElapsedTimer clock;
    clock.start();
    const ClickTrace trace = run(QStringLiteral("/to-huge"));
    QCOMPARE(trace.stopped, ClickTrace::Stop::Final);
    QCOMPARE(trace.hops.size(), 2);
    QVERIFY(trace.hops.last().exchange.response->truncated);
    QVERIFY(trace.hops.last().exchange.response->body.size() <= 2 * 1024 * 1024);
    QVERIFY(clock.elapsed() < 10'000);
}

void TestTracer::deadServerIsAnError()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    Tracer tracer;
    QSignalSpy finished(&tracer, &Tracer::finished);
    QVERIFY(tracer.trace(QStringLiteral("http://127.0.0.1:%1/x?gclid=abc").arg(port), {}).ok());
    QVERIFY(finished.wait(20'000));
    const auto trace = finished.first().at(1).value<ClickTrace>();
    QCOMPARE(trace.stopped, ClickTrace::Stop::Error);
    QVERIFY(trace.error.has_value());
    QCOMPARE(trace.hops.size(), 1);
}

void TestTracer::cancelStops()
{
    Tracer tracer;
    QSignalSpy finished(&tracer, &Tracer::finished);
    const auto id = tracer.trace(url(QStringLiteral("/slow")), {});
    QVERIFY(id.ok());
    QTest::qWait(200);
    QElapsedTimer clock;
    clock.start();
    tracer.cancel(id.value());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(clock.elapsed() < 2'000);
    QCOMPARE(finished.first().at(1).value<ClickTrace>().stopped, ClickTrace::Stop::Cancelled);
    TraceOptions quick;
    quick.timeoutMs = 300;
    QCOMPARE(run(QStringLiteral("/slow"), quick).stopped, ClickTrace::Stop::Timeout);
}

void TestTracer::badUrlIsBadInput()
{
    Tracer tracer;
    QVERIFY(!tracer.trace(QStringLiteral("ftp://example.com/x"), {}).ok());
    QVERIFY(!tracer.trace(QStringLiteral("not a url"), {}).ok());
    QVERIFY(!tracer.trace(QString(), {}).ok());
}

void TestTracer::metaRefreshVariants_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("kind");
    QTest::newRow("meta, double quotes") << R"(<meta http-equiv="refresh" content="0; url=/a?x=1&amp;y=2">)"
                                         << "/a?x=1&y=2" << int(HopKind::MetaRefresh);
    QTest::newRow("meta, quoted URL") << R"(<meta content="5;URL='https://b.example/p'" http-equiv=refresh>)"
                                      << "https://b.example/p" << int(HopKind::MetaRefresh);
    QTest::newRow("meta without URL") << R"(<meta http-equiv="refresh" content="30">)"
                                      << "" << int(HopKind::Final);
    QTest::newRow("location.href") << R"(<script>location.href = '/c';</script>)"
                                   << "/c" << int(HopKind::Js);
    QTest::newRow("document.location") << R"(<script>document.location="/d?q=\x26z"</script>)"
                                       << "/d?q=&z" << int(HopKind::Js);
    QTest::newRow("top.location.assign") << R"(<script>top.location.assign("https:\/\/e.example\/")</script>)"
                                         << "https://e.example/" << int(HopKind::Js);
    QTest::newRow("comparison is not a redirect") << R"(<script>if (location == "/x") {}</script>)"
                                                  << "" << int(HopKind::Final);
}

void TestTracer::metaRefreshVariants()
{
    QFETCH(QString, body);
    QFETCH(QString, target);
    QFETCH(int, kind);
    Exchange exchange;
    ReceivedResponse response;
    response.status = 200;
    response.text = QString::fromUtf8(html(body.toUtf8()));
    exchange.response = response;
    const RedirectFound found = findRedirect(exchange);
    QCOMPARE(int(found.kind), kind);
    QCOMPARE(found.target, target);
}

QTEST_GUILESS_MAIN(TestTracer)
#include "tst_tracer.moc"
