// pbw trace and pbw clickid end to end against loopback chains: human output, --json, exit status,
// both languages; the final URL of an HTTP-only chain checked against curl -L, the peer every user has.
#include "pbwrun.h"
#include "testserver.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

using namespace pbw::test;

class TestPbwTrace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lostClickIdIsTheHeadline();
    void intactChainExitsZero();
    void errorPageAndLoopAreTheHeadline();
    void finalUrlAsCurlFindsIt();
    void russian();
    void badInput();
    void clickIdList();

private:
    TestServer m_server;
};

void TestPbwTrace::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.setHandler([](const RecordedRequest& request) -> ScriptedReply {
        const QUrl url(QString::fromLatin1(request.target));
        const QByteArray q = url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray();
        const QString path = url.path();
        if (path == QLatin1String("/ad"))
            return ScriptedReply::redirect(302, "/go" + q);
        if (path == QLatin1String("/go")) // an http→https-style hop that rebuilds the URL without the query
            return request.header("User-Agent").contains("iPhone") ? ScriptedReply::redirect(301, "/m/landing")
                                                                   : ScriptedReply::redirect(301, "/landing" + q);
        if (path == QLatin1String("/gone")) // the offer was taken down: the click ends on a 404
            return ScriptedReply::redirect(302, "/removed" + q);
        if (path == QLatin1String("/removed"))
            return ScriptedReply::text(404, "<html><title>404 Not Found</title></html>", "text/html");
        if (path == QLatin1String("/loop")) // drops the query; the next hop sends the browser back
            return ScriptedReply::redirect(302, "/loop-back");
        if (path == QLatin1String("/loop-back"))
            return ScriptedReply::redirect(302, "/loop?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF");
        if (path.startsWith(QLatin1String("/hop"))) {
            const int n = path.mid(4).toInt();
            return n < 10 ? ScriptedReply::redirect(302, "/hop" + QByteArray::number(n + 1) + q)
                          : ScriptedReply::text(200, "<html>landing</html>", "text/html");
        }
        return ScriptedReply::text(200, "<html><body>landing</body></html>", "text/html");
    });
}

void TestPbwTrace::lostClickIdIsTheHeadline()
{
    const QString start = m_server.baseUrl()
        + QStringLiteral("/ad?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF&utm_source=google&utm_medium=cpc");
    const PbwRun run = runPbw(
        {QStringLiteral("trace"), start, QStringLiteral("--ua"), QStringLiteral("iphone"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(u"stopped").toString(), QStringLiteral("final"));
    const QJsonArray hops = json.value(u"hops").toArray();
    QCOMPARE(hops.size(), 3);
    QCOMPARE(hops.at(0).toObject().value(u"n").toInt(), 1);
    QCOMPARE(hops.at(0).toObject().value(u"status").toInt(), 302);
    QCOMPARE(hops.at(0).toObject().value(u"kind").toString(), QStringLiteral("http"));
    QCOMPARE(hops.at(2).toObject().value(u"kind").toString(), QStringLiteral("final"));
    QVERIFY(hops.at(2).toObject().value(u"next").isNull());
    QCOMPARE(json.value(u"final_url").toString(), m_server.baseUrl() + QStringLiteral("/m/landing"));
    const QJsonArray params = json.value(u"params").toArray();
    QCOMPARE(params.size(), 3);
    const QJsonObject gclid = params.at(0).toObject();
    QCOMPARE(gclid.value(u"name").toString(), QStringLiteral("gclid"));
    QCOMPARE(gclid.value(u"platform").toString(), QStringLiteral("Google Ads"));
    QCOMPARE(gclid.value(u"kind").toString(), QStringLiteral("click-id"));
    QCOMPARE(gclid.value(u"first_hop").toInt(), 1);
    QCOMPARE(gclid.value(u"lost_at_hop").toInt(), 3); // the hop whose URL lacks it, where ✗ stands
    QVERIFY(json.value(u"headline").toString().startsWith(QStringLiteral("gclid lost at hop 3: hop 2's 301")));
    QVERIFY(m_server.lastRequest().header("User-Agent").contains("iPhone"));

    const PbwRun human = runPbw({QStringLiteral("trace"), start, QStringLiteral("--ua"), QStringLiteral("iphone")});
    QCOMPARE(human.exitCode, 1);
    QVERIFY2(human.out.startsWith(QStringLiteral("✗ gclid lost at hop 3: hop 2's 301 from 127.0.0.1/go to "
                                                 "127.0.0.1/m/landing dropped the query string.")),
             qPrintable(human.out));
    QVERIFY(human.out.contains(QStringLiteral("gclid           ✓ ✓ ✗")));
}

void TestPbwTrace::intactChainExitsZero()
{
    const PbwRun run = runPbw(
        {QStringLiteral("trace"), m_server.baseUrl() + QStringLiteral("/ad?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("✓ Every click ID reached the final page intact (3 hops).")),
             qPrintable(run.out));
    const PbwRun limited = runPbw({QStringLiteral("trace"), m_server.baseUrl() + QStringLiteral("/hop1?subid=abc"),
                                   QStringLiteral("--max-hops"), QStringLiteral("5"), QStringLiteral("--json")});
    QCOMPARE(limited.exitCode, 1);
    QCOMPARE(limited.json().value(u"stopped").toString(), QStringLiteral("max-hops"));
}

void TestPbwTrace::errorPageAndLoopAreTheHeadline()
{
    const QString gone = m_server.baseUrl() + QStringLiteral("/gone?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF");
    const PbwRun json = runPbw({QStringLiteral("trace"), gone, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json().value(u"stopped").toString(), QStringLiteral("error-page"));
    const QString headline = json.json().value(u"headline").toString();
    QVERIFY2(headline.startsWith(QStringLiteral("The click ends on an error page: hop 2 answered HTTP 404")),
             qPrintable(headline));
    const PbwRun human = runPbw({QStringLiteral("trace"), gone});
    QCOMPARE(human.exitCode, 1);
    QVERIFY2(human.out.startsWith(QStringLiteral("✗ ") + headline), qPrintable(human.out));
    QVERIFY(!human.out.contains(QStringLiteral("Reached the final page")));
    QVERIFY(human.out.contains(QStringLiteral("HTTP 404 · ")) && human.out.contains(QStringLiteral(" · error page")));

    const QString loop = m_server.baseUrl() + QStringLiteral("/loop?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF");
    const PbwRun loopJson = runPbw({QStringLiteral("trace"), loop, QStringLiteral("--json")});
    QCOMPARE(loopJson.json().value(u"stopped").toString(), QStringLiteral("loop"));
    const QString loopHeadline = loopJson.json().value(u"headline").toString();
    QVERIFY2(loopHeadline.startsWith(QStringLiteral("Stopped: a redirect loop (hops 1 → 2 → 1)")),
             qPrintable(loopHeadline));
    QCOMPARE(loopJson.json().value(u"params").toArray().at(0).toObject().value(u"lost_at_hop").toInt(), 2);
    const PbwRun loopHuman = runPbw({QStringLiteral("trace"), loop});
    QVERIFY2(loopHuman.out.startsWith(QStringLiteral("✗ ") + loopHeadline), qPrintable(loopHuman.out));
    QVERIFY(loopHuman.out.contains(QStringLiteral("gclid           ✓ ✗")));
    QVERIFY(loopHuman.out.contains(QStringLiteral("gclid lost at hop 2: hop 1's 302")));
}

void TestPbwTrace::finalUrlAsCurlFindsIt()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    const QString start = m_server.baseUrl() + QStringLiteral("/hop1?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF&x=%7Bq%7D");
    QProcess peer;
    peer.start(curl,
               {QStringLiteral("-sL"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                QStringLiteral("%{url_effective} %{num_redirects}"), start});
    while (peer.state() != QProcess::NotRunning)
        QTest::qWait(10);
    const QStringList curlSays = QString::fromUtf8(peer.readAllStandardOutput()).split(u' ');
    const PbwRun run = runPbw({QStringLiteral("trace"), start, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"final_url").toString(), curlSays.value(0));
    QCOMPARE(run.json().value(u"hops").toArray().size() - 1, curlSays.value(1).toInt());
}

void TestPbwTrace::russian()
{
    const PbwRun run = runPbw({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("trace"),
                               m_server.baseUrl() + QStringLiteral("/ad?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF"),
                               QStringLiteral("--ua"), QStringLiteral("iphone")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("gclid потерян на шаге 3")), qPrintable(run.out));
}

void TestPbwTrace::badInput()
{
    QCOMPARE(runPbw({QStringLiteral("trace"), QStringLiteral("ftp://example.com/")}).exitCode, 2);
    QCOMPARE(runPbw({QStringLiteral("trace")}).exitCode, 2);
    QCOMPARE(runPbw({QStringLiteral("trace"), m_server.baseUrl(), QStringLiteral("--max-hops"), QStringLiteral("0")})
                 .exitCode,
             2);
    QCOMPARE(
        runPbw({QStringLiteral("trace"), m_server.baseUrl(), QStringLiteral("--proxy"), QStringLiteral("gopher://x")})
            .exitCode,
        2);
}

void TestPbwTrace::clickIdList()
{
    const PbwRun run = runPbw(
        {QStringLiteral("clickid"),
         QStringLiteral("https://shop.example/?utm_source=fb&fbclid=IwAR2F4-dbP0&gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF"),
         QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1); // the fbclid looks truncated
    const QJsonArray params = run.json().value(u"params").toArray();
    QCOMPARE(params.size(), 3);
    QCOMPARE(params.at(1).toObject().value(u"name").toString(), QStringLiteral("fbclid"));
    QCOMPARE(params.at(1).toObject().value(u"shape_ok").toBool(), false);
    QCOMPARE(params.at(1).toObject().value(u"platform").toString(), QStringLiteral("Meta (Facebook, Instagram)"));
    QCOMPARE(params.at(2).toObject().value(u"shape_ok").toBool(), true);
    const PbwRun stdinText = runPbw({QStringLiteral("clickid"), QStringLiteral("-")},
                                    "see https://a.example/?msclkid=4d0f6b53b1a115a5f0cb8fa37d6e1f2c please");
    QCOMPARE(stdinText.exitCode, 0);
    QVERIFY(stdinText.out.contains(QStringLiteral("msclkid = 4d0f6b53b1a115a5f0cb8fa37d6e1f2c")));
    QCOMPARE(runPbw({QStringLiteral("clickid"), QStringLiteral("https://a.example/")}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestPbwTrace)
#include "tst_pbwtrace.moc"
