// pbw capi … --platform end to end: every platform's hash side by side, validation per platform,
// a test-mode send to each platform's loopback fake (tests/support/fakeplatforms.cpp), a real send
// only with --real, tokens kept per platform and account in the real Secret Service keyring the
// test command starts, errors explained in both languages.
#include "fakeplatforms.h"
#include "pbwrun.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace pbw::test;

namespace {

QJsonObject purchase()
{
    return QJsonObject{
        {QStringLiteral("event_name"), QStringLiteral("Purchase")},
        {QStringLiteral("event_time"), double(QDateTime::currentSecsSinceEpoch() - 600)},
        {QStringLiteral("event_id"), QStringLiteral("order-77")},
        {QStringLiteral("action_source"), QStringLiteral("website")},
        {QStringLiteral("event_source_url"), QStringLiteral("https://shop.example/thanks")},
        {QStringLiteral("user_data"),
         QJsonObject{{QStringLiteral("em"), QStringLiteral("Ann.Lee+promo@gmail.com")},
                     {QStringLiteral("ph"), QStringLiteral("+44 0447 234 2344")},
                     {QStringLiteral("client_ip_address"), QStringLiteral("203.0.113.9")},
                     {QStringLiteral("client_user_agent"), QStringLiteral("Mozilla/5.0")}}},
        {QStringLiteral("custom_data"),
         QJsonObject{{QStringLiteral("value"), 20}, {QStringLiteral("currency"), QStringLiteral("EUR")}}},
        {QStringLiteral("click_ids"),
         QJsonObject{{QStringLiteral("ttclid"), QStringLiteral("E.C.P.abc")},
                     {QStringLiteral("gclid"), QStringLiteral("Cj0-gclid")},
                     {QStringLiteral("client_id"), QStringLiteral("555.666")},
                     {QStringLiteral("rdt_cid"), QStringLiteral("318474")}}}};
}

QString sha256(const QByteArray& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestPbwPlatforms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_server.clear(); }
    void hashesForEveryPlatform();
    void validatesPerPlatform();
    void sendsInTestModeByDefault();
    void realSendOnlyWhenAsked();
    void explainsErrorsInBothLanguages();
    void tokensPerPlatformAndAccount();
    void badInput();

private:
    QString eventsFile();
    PbwRun send(const QString& platform, const QString& account, const QByteArray& token, QStringList extra = {});
    TestServer m_server;
    QTemporaryDir m_dir;
};

void TestPbwPlatforms::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.setHandler(fakePlatforms);
}

QString TestPbwPlatforms::eventsFile()
{
    const QString path = m_dir.filePath(QStringLiteral("events.json"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonArray{purchase()}}}).toJson());
    return path;
}

PbwRun TestPbwPlatforms::send(const QString& platform, const QString& account, const QByteArray& token,
                              QStringList extra)
{
    QStringList arguments{QStringLiteral("capi"),
                          QStringLiteral("send"),
                          eventsFile(),
                          QStringLiteral("--platform"),
                          platform,
                          QStringLiteral("--account"),
                          account,
                          QStringLiteral("--base-url"),
                          m_server.baseUrl()};
    arguments += extra;
    QList<QPair<QString, QString>> environment;
    if (!token.isNull())
        environment.append({QStringLiteral("PBW_CAPI_TOKEN"), QString::fromUtf8(token)});
    environment.append({QStringLiteral("PBW_CAPI_DEVELOPER_TOKEN"), QString::fromUtf8(developerToken)});
    return runPbw(arguments, {}, environment);
}

void TestPbwPlatforms::hashesForEveryPlatform()
{
    const PbwRun run = runPbw({QStringLiteral("capi"), QStringLiteral("hash"), QStringLiteral("ph"),
                               QStringLiteral("+1 650 555 1234"), QStringLiteral("--platform"), QStringLiteral("all"),
                               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject row = run.json().value(u"values").toArray().first().toObject();
    QVERIFY(row.value(u"disagree").toBool());
    QHash<QString, QString> sent;
    for (const QJsonValue& cell : row.value(u"platforms").toArray())
        sent.insert(cell.toObject().value(u"platform").toString(), cell.toObject().value(u"sent").toString());
    QCOMPARE(sent.value(QStringLiteral("meta")), sha256("16505551234"));
    QCOMPARE(sent.value(QStringLiteral("tiktok")), sha256("+16505551234"));
    QCOMPARE(sent.value(QStringLiteral("snapchat")), sha256("16505551234"));
    QCOMPARE(sent.value(QStringLiteral("reddit")), sha256("+16505551234"));

    const PbwRun text = runPbw({QStringLiteral("capi"), QStringLiteral("hash"), QStringLiteral("em"),
                                QStringLiteral("John.Smith@Gmail.com"), QStringLiteral("--platform"),
                                QStringLiteral("meta,google-ads")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Why they differ: Google Ads: removes the dots before @gmail.com")),
             qPrintable(text.out));
    QVERIFY(text.out.contains(sha256("johnsmith@gmail.com")));

    const PbwRun ru
        = runPbw({QStringLiteral("capi"), QStringLiteral("hash"), QStringLiteral("em"), QStringLiteral("a.b@gmail.com"),
                  QStringLiteral("--platform"), QStringLiteral("all"), QStringLiteral("--lang"), QStringLiteral("ru")});
    QVERIFY2(ru.out.contains(QStringLiteral("Google Ads, GA4:")), qPrintable(ru.out));
    QVERIFY2(ru.out.contains(QRegularExpression(QStringLiteral("[а-я]{4}"))), qPrintable(ru.out));
}

void TestPbwPlatforms::validatesPerPlatform()
{
    QJsonObject event = purchase();
    event.remove(QStringLiteral("click_ids")); // GA4 now has no client_id
    const QString path = m_dir.filePath(QStringLiteral("noclient.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(event).toJson());
    file.close();
    const PbwRun run = runPbw({QStringLiteral("capi"), QStringLiteral("validate"), path, QStringLiteral("--platform"),
                               QStringLiteral("all"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject platforms = run.json().value(u"platforms").toObject();
    QCOMPARE(platforms.size(), 7);
    const QJsonArray ga4 = platforms.value(u"ga4").toObject().value(u"problems").toArray();
    QVERIFY(std::any_of(ga4.begin(), ga4.end(), [](const QJsonValue& p) {
        return p.toObject().value(u"id").toString() == QLatin1String("no-match-key");
    }));
    const QJsonObject tiktok = platforms.value(u"tiktok").toObject().value(u"would_send").toObject();
    QCOMPARE(tiktok.value(u"data").toArray().first().toObject().value(u"event").toString(),
             QStringLiteral("CompletePayment"));
}

void TestPbwPlatforms::sendsInTestModeByDefault()
{
    const struct
    {
        const char* platform;
        QString account;
        QStringList extra;
        const char* outcome;
    } cases[] = {
        {"tiktok", tiktokPixel, {QStringLiteral("--test-code"), QStringLiteral("TEST777")}, "received"},
        {"snapchat", snapPixel, {}, "validated"},
        {"google-ads", googleCustomer, {QStringLiteral("--conversion-action"), QStringLiteral("4242")}, "validated"},
        {"ga4", measurementId, {}, "validated"},
        {"pinterest", pinterestAccount, {}, "validated"},
        {"reddit", redditPixel, {QStringLiteral("--test-code"), QStringLiteral("t2_test")}, "received"},
    };
    for (const auto& c : cases) {
        m_server.clear();
        const PbwRun run = send(QLatin1String(c.platform), c.account, platformToken,
                                c.extra + QStringList{QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(QLatin1String(c.platform) + u' ' + run.out + run.err));
        QCOMPARE(run.json().value(u"outcome").toString(), QLatin1String(c.outcome));
        QCOMPARE(run.json().value(u"test").toBool(), true);
        QCOMPARE(m_server.requests().size(), 1);
        QVERIFY2(!run.out.contains(QStringLiteral("=GOOD")) && !run.out.contains(QStringLiteral("Bearer GOOD")),
                 qPrintable(run.out));
    }
    const PbwRun human = send(QStringLiteral("pinterest"), pinterestAccount, platformToken);
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.err.contains(QStringLiteral("Pinterest answers as usual but records nothing.")),
             qPrintable(human.err));
    QVERIFY2(human.out.contains(QStringLiteral("✓ Pinterest validated the events")), qPrintable(human.out));
    QVERIFY(m_server.lastRequest().target.contains("test=true"));
    // TikTok's test mode needs its code: without it nothing is sent.
    m_server.clear();
    const PbwRun noCode = send(QStringLiteral("tiktok"), tiktokPixel, platformToken);
    QCOMPARE(noCode.exitCode, 2);
    QVERIFY2(noCode.err.contains(QStringLiteral("test_event_code")), qPrintable(noCode.err));
    QCOMPARE(m_server.requests().size(), 0);
}

void TestPbwPlatforms::realSendOnlyWhenAsked()
{
    const PbwRun run = send(QStringLiteral("ga4"), measurementId, platformToken, {QStringLiteral("--real")});
    QCOMPARE(run.exitCode, 1); // GA4 never confirms a real send
    QVERIFY2(run.err.contains(QStringLiteral("Real send: GA4 records these conversions.")), qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("never says")), qPrintable(run.out));
    QVERIFY(m_server.lastRequest().target.startsWith("/mp/collect?"));
    const PbwRun google = send(QStringLiteral("google-ads"), googleCustomer, platformToken,
                               {QStringLiteral("--real"), QStringLiteral("--conversion-action"), QStringLiteral("1"),
                                QStringLiteral("--json")});
    QCOMPARE(google.exitCode, 0);
    QCOMPARE(google.json().value(u"outcome").toString(), QStringLiteral("received"));
    QVERIFY(!google.json().value(u"sent").toObject().contains(u"validateOnly"));
}

void TestPbwPlatforms::explainsErrorsInBothLanguages()
{
    const PbwRun run = send(QStringLiteral("pinterest"), pinterestAccount, "NOPERM", {QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error = run.json().value(u"errors").toArray().first().toObject();
    QCOMPARE(error.value(u"family").toString(), QStringLiteral("permission"));
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("29"));
    QCOMPARE(error.value(u"message").toString(), QStringLiteral("You are not permitted to access that resource."));
    const PbwRun ru = send(QStringLiteral("pinterest"), pinterestAccount, "NOPERM",
                           {QStringLiteral("--lang"), QStringLiteral("ru")});
    QCOMPARE(ru.exitCode, 1);
    QVERIFY2(ru.out.contains(QStringLiteral("Pinterest"))
                 && ru.out.contains(QRegularExpression(QStringLiteral("[а-я]{5}"))),
             qPrintable(ru.out));
    QVERIFY(ru.out.contains(QStringLiteral("You are not permitted to access that resource.")));
}

void TestPbwPlatforms::tokensPerPlatformAndAccount()
{
    const QStringList set{QStringLiteral("capi"),
                          QStringLiteral("token"),
                          QStringLiteral("set"),
                          QStringLiteral("--platform"),
                          QStringLiteral("reddit"),
                          QStringLiteral("--account"),
                          redditPixel};
    const PbwRun stored = runPbw(set, platformToken + "\n");
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
    const PbwRun run = send(QStringLiteral("reddit"), redditPixel, QByteArray(),
                            {QStringLiteral("--test-code"), QStringLiteral("t2"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QCOMPARE(m_server.lastRequest().header("Authorization"), QByteArray("Bearer ") + platformToken);
    // Another account of the same platform has no token.
    const PbwRun other = send(QStringLiteral("reddit"), QStringLiteral("a2_other99"), QByteArray());
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.err.contains(QStringLiteral("pbw capi token set --platform reddit --account a2_other99")),
             qPrintable(other.err));
    QStringList clear = set;
    clear[2] = QStringLiteral("clear");
    QCOMPARE(runPbw(clear).exitCode, 0);
    QCOMPARE(send(QStringLiteral("reddit"), redditPixel, QByteArray()).exitCode, 2);
}

void TestPbwPlatforms::badInput()
{
    const PbwRun unknown = runPbw({QStringLiteral("capi"), QStringLiteral("hash"), QStringLiteral("em"),
                                   QStringLiteral("a@b.co"), QStringLiteral("--platform"), QStringLiteral("myspace")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("tiktok")));
    const PbwRun account = send(QStringLiteral("google-ads"), QStringLiteral("123-456-7890"), platformToken);
    QCOMPARE(account.exitCode, 2);
    const PbwRun dead = runPbw({QStringLiteral("capi"), QStringLiteral("send"), eventsFile(),
                                QStringLiteral("--platform"), QStringLiteral("pinterest"), QStringLiteral("--account"),
                                pinterestAccount, QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9")},
                               {}, {{QStringLiteral("PBW_CAPI_TOKEN"), QStringLiteral("GOOD")}});
    QCOMPARE(dead.exitCode, 1);
    QVERIFY2(dead.out.contains(QStringLiteral("✗")), qPrintable(dead.out));
}

QTEST_GUILESS_MAIN(TestPbwPlatforms)
#include "tst_pbwplatforms.moc"
