// Each conversion API's request and its test mode, sent by PlatformSender to a loopback fake that
// checks the shape the platform documents (tests/support/fakeplatforms.cpp) and answers with its
// documented errors; every answer read and its error explained in both languages.
#include "capi/platformsender.h"
#include "capi/platformvalidation.h"
#include "fakegraph.h"
#include "fakeplatforms.h"
#include "i18n/language.h"
#include "io/exchangejson.h"
#include "secrets/redaction.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace pbw;
using namespace pbw::test;

namespace {

CapiEvent purchase(const QString& gclid = QStringLiteral("Cj0KCQ-test-gclid"))
{
    const qint64 now = QDateTime::currentSecsSinceEpoch() - 3600;
    CapiEvent e = capiEventFromJson(QJsonObject{
        {QStringLiteral("event_name"), QStringLiteral("Purchase")},
        {QStringLiteral("event_time"), double(now)},
        {QStringLiteral("event_id"), QStringLiteral("order-1001")},
        {QStringLiteral("action_source"), QStringLiteral("website")},
        {QStringLiteral("event_source_url"), QStringLiteral("https://shop.example/thanks")},
        {QStringLiteral("user_data"),
         QJsonObject{{QStringLiteral("em"), QStringLiteral(" John.Smith@Gmail.com ")},
                     {QStringLiteral("ph"), QStringLiteral("+1 (650) 555-1234")},
                     {QStringLiteral("fn"), QStringLiteral("John")},
                     {QStringLiteral("ln"), QStringLiteral("Smith")},
                     {QStringLiteral("ct"), QStringLiteral("Menlo Park")},
                     {QStringLiteral("st"), QStringLiteral("California")},
                     {QStringLiteral("zp"), QStringLiteral("94025")},
                     {QStringLiteral("country"), QStringLiteral("US")},
                     {QStringLiteral("external_id"), QStringLiteral("user-42")},
                     {QStringLiteral("client_ip_address"), QStringLiteral("203.0.113.7")},
                     {QStringLiteral("client_user_agent"), QStringLiteral("Mozilla/5.0 (X11; Linux x86_64)")}}},
        {QStringLiteral("custom_data"),
         QJsonObject{{QStringLiteral("value"), 49.9},
                     {QStringLiteral("currency"), QStringLiteral("USD")},
                     {QStringLiteral("order_id"), QStringLiteral("order-1001")}}},
        {QStringLiteral("click_ids"),
         QJsonObject{{QStringLiteral("ttclid"), QStringLiteral("E.C.P.test-ttclid")},
                     {QStringLiteral("ScCid"), QStringLiteral("sc-click-1")},
                     {QStringLiteral("gclid"), gclid},
                     {QStringLiteral("client_id"), QStringLiteral("123456789.1700000000")},
                     {QStringLiteral("epik"), QStringLiteral("dj0yJnU9epik")},
                     {QStringLiteral("rdt_cid"), QStringLiteral("3184742045291813272")}}}});
    return e;
}

QString accountOf(const QString& platform)
{
    static const QHash<QString, QString> accounts{
        {QStringLiteral("meta"), pixel},         {QStringLiteral("tiktok"), tiktokPixel},
        {QStringLiteral("snapchat"), snapPixel}, {QStringLiteral("google-ads"), googleCustomer},
        {QStringLiteral("ga4"), measurementId},  {QStringLiteral("pinterest"), pinterestAccount},
        {QStringLiteral("reddit"), redditPixel}};
    return accounts.value(platform);
}

} // namespace

class TestPlatformSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_server.clear(); }
    void sends_data();
    void sends();
    void errorFamiliesAreExplained();
    void explainsInRussian();
    void secretsStayOutOfTheBody();
    void caseKeepsNoSecret();
    void refusesToBuildWithoutWhatItNeeds();
    void validationPerPlatform();

private:
    PlatformAnswer send(const QString& platform, const QByteArray& token, bool test,
                        const QList<CapiEvent>& events = {purchase()});
    TestServer m_server;
};

void TestPlatformSend::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    QVERIFY(m_server.listen());
    m_server.setHandler(fakePlatforms);
}

PlatformAnswer TestPlatformSend::send(const QString& id, const QByteArray& token, bool test,
                                      const QList<CapiEvent>& events)
{
    const ConversionPlatform* platform = conversionPlatform(id);
    if (!platform)
        return {};
    PlatformSend send;
    send.account = accountOf(id);
    send.test = test;
    send.testCode = QStringLiteral("TEST12345");
    send.baseUrl = m_server.baseUrl();
    send.timeoutMs = 10000;
    const QByteArray secret = id == QLatin1String("meta") && token == platformToken ? goodToken : token;
    send.credentials.insert(platform->token()->name, secret);
    send.credentials.insert(QStringLiteral("developer-token"), developerToken);
    send.credentials.insert(QStringLiteral("conversionAction"), "987654");
    PlatformSender sender;
    QSignalSpy done(&sender, &PlatformSender::finished);
    if (const auto problem = sender.send(*platform, events, send)) {
        qWarning() << *problem;
        return {};
    }
    if (!done.wait(15000))
        return {};
    return done.first().at(1).value<PlatformAnswer>();
}

void TestPlatformSend::sends_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("test");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("path"); // what the request went to
    for (const bool test : {true, false}) {
        const char* mode = test ? "test" : "real";
        QTest::addRow("meta %s", mode) << "meta" << test << "received"
                                       << "/events";
        QTest::addRow("tiktok %s", mode) << "tiktok" << test << "received"
                                         << "/open_api/v1.3/event/track/";
        QTest::addRow("snapchat %s", mode)
            << "snapchat" << test << (test ? "validated" : "received") << (test ? "/events/validate" : "/events");
        QTest::addRow("google-ads %s", mode)
            << "google-ads" << test << (test ? "validated" : "received") << ":uploadClickConversions";
        QTest::addRow("ga4 %s", mode) << "ga4" << test << (test ? "validated" : "unconfirmed")
                                      << (test ? "/debug/mp/collect" : "/mp/collect");
        QTest::addRow("pinterest %s", mode) << "pinterest" << test << (test ? "validated" : "received") << "/events";
        QTest::addRow("reddit %s", mode) << "reddit" << test << "received"
                                         << "/conversion_events";
    }
}

void TestPlatformSend::sends()
{
    QFETCH(QString, platform);
    QFETCH(bool, test);
    QFETCH(QString, outcome);
    QFETCH(QString, path);
    const PlatformAnswer answer = send(platform, platformToken, test);
    QVERIFY2(answer.outcomeKey() == outcome,
             qPrintable(answer.outcomeKey() + u' ' + answer.headline() + u' '
                        + (answer.errors.isEmpty() ? QString() : answer.errors.first().message)));
    QVERIFY(answer.errors.isEmpty());
    QCOMPARE(m_server.requests().size(), 1);
    const RecordedRequest request = m_server.lastRequest();
    const QString target = QString::fromLatin1(request.target).section(u'?', 0, 0);
    QVERIFY2(target.endsWith(path), qPrintable(target));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QUrlQuery query(QString::fromLatin1(request.target).section(u'?', 1));
    // The platform's own test switch, and none on a real send.
    if (platform == QLatin1String("tiktok") || platform == QLatin1String("meta"))
        QCOMPARE(body.value(u"test_event_code").toString(), test ? QStringLiteral("TEST12345") : QString());
    if (platform == QLatin1String("google-ads"))
        QCOMPARE(body.value(u"validateOnly").toBool(), test);
    if (platform == QLatin1String("pinterest"))
        QCOMPARE(query.queryItemValue(QStringLiteral("test")), test ? QStringLiteral("true") : QString());
    if (platform == QLatin1String("reddit"))
        QCOMPARE(body.value(u"data").toObject().value(u"test_id").toString(),
                 test ? QStringLiteral("TEST12345") : QString());
    // The e-mail each receives is the hash of its own normalisation.
    if (platform == QLatin1String("google-ads")) {
        const QJsonArray ids
            = body.value(u"conversions").toArray().first().toObject().value(u"userIdentifiers").toArray();
        QCOMPARE(
            ids.first().toObject().value(u"hashedEmail").toString(),
            QString::fromLatin1(QCryptographicHash::hash("johnsmith@gmail.com", QCryptographicHash::Sha256).toHex()));
    }
    if (platform == QLatin1String("tiktok")) {
        const QJsonObject user = body.value(u"data").toArray().first().toObject().value(u"user").toObject();
        QCOMPARE(user.value(u"phone").toString(),
                 QString::fromLatin1(QCryptographicHash::hash("+16505551234", QCryptographicHash::Sha256).toHex()));
        QCOMPARE(user.value(u"ttclid").toString(), QStringLiteral("E.C.P.test-ttclid"));
    }
}

void TestPlatformSend::errorFamiliesAreExplained()
{
    struct Case
    {
        const char* platform;
        QByteArray token;
        const char* family;
        QList<CapiEvent> events;
    };
    CapiEvent noCurrency = purchase();
    noCurrency.customData.remove(QStringLiteral("currency"));
    CapiEvent badName = purchase();
    badName.eventName = QStringLiteral("_badEventName");
    const QList<Case> cases{
        {"meta", "EXPIRED", "token-expired", {purchase()}},
        {"tiktok", "WRONG", "unknown", {purchase()}},
        {"snapchat", "WRONG", "token-invalid", {purchase()}},
        {"snapchat", platformToken, "currency", {noCurrency}},
        {"google-ads", "EXPIRED", "token-expired", {purchase()}},
        {"google-ads", "WRONG", "token-invalid", {purchase()}},
        {"google-ads", platformToken, "click-not-found", {purchase(QStringLiteral("UNKNOWN-CLICK"))}},
        {"ga4", platformToken, "invalid-parameter", {badName}},
        {"pinterest", "WRONG", "token-invalid", {purchase()}},
        {"pinterest", "NOPERM", "permission", {purchase()}},
        {"pinterest", "RATE", "rate-limit", {purchase()}},
        {"reddit", "WRONG", "token-invalid", {purchase()}},
        {"reddit", "FORBIDDEN", "permission", {purchase()}},
    };
    for (const Case& c : cases) {
        const PlatformAnswer answer = send(QLatin1String(c.platform), c.token, true, c.events);
        const QString where = QStringLiteral("%1 %2").arg(QLatin1String(c.platform), QString::fromLatin1(c.token));
        QVERIFY2(!answer.ok(), qPrintable(where));
        QVERIFY2(!answer.errors.isEmpty(), qPrintable(where + u' ' + answer.headline()));
        const PlatformError& e = answer.errors.first();
        QVERIFY2(e.family == QLatin1String(c.family), qPrintable(where + u' ' + e.family + u' ' + e.message));
        QVERIFY(!e.title.isEmpty() && !e.explanation.isEmpty() && !e.fix.isEmpty());
        QVERIFY2(!e.message.isEmpty(), qPrintable(where)); // the platform's own words are kept
    }
    // Google's partial failure names the conversion that failed.
    const PlatformAnswer partial = send(QStringLiteral("google-ads"), platformToken, false,
                                        {purchase(), purchase(QStringLiteral("UNKNOWN-CLICK"))});
    QCOMPARE(partial.outcomeKey(), QStringLiteral("partial"));
    QCOMPARE(partial.errors.first().code, QStringLiteral("CLICK_NOT_FOUND"));
}

void TestPlatformSend::explainsInRussian()
{
    const QStringList families = platformErrorFamilies();
    QVERIFY(families.size() >= 20);
    QCOMPARE(platformErrorRulesProblems(), QStringList());
    Language::apply(QStringLiteral("ru"));
    const ConversionPlatform* pinterest = conversionPlatform(QStringLiteral("pinterest"));
    for (const QString& family : families) {
        const PlatformError e
            = explainPlatformError(*pinterest, PlatformError{{}, {}, {}, -1, family, {}, {}, {}}, 400);
        QVERIFY2(e.title.contains(QRegularExpression(QStringLiteral("[а-яА-Я]"))), qPrintable(family + u' ' + e.title));
        QVERIFY2(e.fix.contains(QRegularExpression(QStringLiteral("[а-яА-Я]"))), qPrintable(family + u' ' + e.fix));
    }
    const PlatformAnswer answer = send(QStringLiteral("pinterest"), "NOPERM", true);
    QVERIFY2(answer.headline().contains(QStringLiteral("Pinterest")), qPrintable(answer.headline()));
    QVERIFY2(answer.headline().contains(QRegularExpression(QStringLiteral("[а-яА-Я]"))), qPrintable(answer.headline()));
    Language::apply(QStringLiteral("en"));
    // Read in Russian, shown again in English after a switch.
    QCOMPARE(retranslated(answer).headline(),
             QStringLiteral("Pinterest refused the events: The token may not send to this Pinterest account."));
}

void TestPlatformSend::secretsStayOutOfTheBody()
{
    for (const QString& id : conversionPlatformIds()) {
        if (id == QLatin1String("meta"))
            continue; // Meta's token is a body member by design; the case keeps it redacted
        send(id, "SECRET-TOKEN-XYZ", true);
        const RecordedRequest request = m_server.lastRequest();
        QVERIFY2(!request.body.contains("SECRET-TOKEN-XYZ"), qPrintable(id));
        QVERIFY2(request.raw.contains("SECRET-TOKEN-XYZ"), qPrintable(id)); // it went, in its header or parameter
    }
}

// What the case keeps of a send (the exchange, redacted as every exchange is) holds no credential of
// any platform: a header (Access-Token, Authorization, developer-token) or a query parameter
// (access_token, api_secret).
void TestPlatformSend::caseKeepsNoSecret()
{
    for (const QString& id : conversionPlatformIds()) {
        const ConversionPlatform* platform = conversionPlatform(id);
        PlatformSend s;
        s.account = accountOf(id);
        s.testCode = QStringLiteral("TEST1");
        s.baseUrl = m_server.baseUrl();
        s.credentials.insert(platform->token()->name, "SECRET-TOKEN-XYZ");
        s.credentials.insert(QStringLiteral("developer-token"), "SECRET-DEV-XYZ");
        s.credentials.insert(QStringLiteral("conversionAction"), "1");
        PlatformSender sender;
        QSignalSpy done(&sender, &PlatformSender::finished);
        QVERIFY(!sender.send(*platform, {purchase()}, s));
        QVERIFY(done.wait(15000));
        const Exchange exchange = done.first().at(0).value<Exchange>();
        const QByteArray kept = QJsonDocument(exchangeToJson(redactedExchange(exchange))).toJson();
        QVERIFY2(!kept.contains("SECRET-TOKEN-XYZ") && !kept.contains("SECRET-DEV-XYZ"), qPrintable(id));
        QVERIFY2(kept.contains(redactedMark), qPrintable(id));
    }
}

void TestPlatformSend::refusesToBuildWithoutWhatItNeeds()
{
    const ConversionPlatform* tiktok = conversionPlatform(QStringLiteral("tiktok"));
    PlatformSend s;
    s.account = tiktokPixel;
    s.credentials.insert(QStringLiteral("Access-Token"), platformToken);
    s.test = true; // without its test code
    QVERIFY(!buildPlatformRequest(*tiktok, {purchase()}, s).ok());
    s.testCode = QStringLiteral("TEST1");
    QVERIFY(buildPlatformRequest(*tiktok, {purchase()}, s).ok());
    s.account = QStringLiteral("not a pixel!");
    QVERIFY(!buildPlatformRequest(*tiktok, {purchase()}, s).ok());

    const ConversionPlatform* google = conversionPlatform(QStringLiteral("google-ads"));
    PlatformSend g;
    g.account = googleCustomer;
    g.credentials.insert(QStringLiteral("Authorization"), platformToken);
    g.credentials.insert(QStringLiteral("conversionAction"), "1");
    const auto noDeveloperToken = buildPlatformRequest(*google, {purchase()}, g);
    QVERIFY(!noDeveloperToken.ok());
    QVERIFY2(noDeveloperToken.error().message.contains(QStringLiteral("developer token")),
             qPrintable(noDeveloperToken.error().message));
    // A secret in the query is percent-encoded whole: + & = % and spaces stay part of it.
    PlatformSend snap;
    snap.account = snapPixel;
    snap.credentials.insert(QStringLiteral("access_token"), "a+b&c=d%e f");
    const auto built = buildPlatformRequest(*conversionPlatform(QStringLiteral("snapchat")), {purchase()}, snap);
    QVERIFY(built.ok());
    QVERIFY2(built->url.endsWith(QStringLiteral("/events/validate?access_token=a%2Bb%26c%3Dd%25e%20f")),
             qPrintable(built->url));
    // Google's customer ID as its interface shows it, with dashes.
    PlatformSend dashed = g;
    dashed.account = QStringLiteral("123-456-7890");
    dashed.credentials.insert(QStringLiteral("developer-token"), developerToken);
    const auto withDashes = buildPlatformRequest(*google, {purchase()}, dashed);
    QVERIFY(withDashes.ok());
    QVERIFY2(withDashes->url.endsWith(QStringLiteral("/customers/1234567890:uploadClickConversions")),
             qPrintable(withDashes->url));
    g.baseUrl = QStringLiteral("ftp://example.com");
    g.credentials.insert(QStringLiteral("developer-token"), developerToken);
    QVERIFY(!buildPlatformRequest(*google, {purchase()}, g).ok());
}

void TestPlatformSend::validationPerPlatform()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CapiEvent old = purchase();
    old.eventTime = double(now.toSecsSinceEpoch() - 10 * 86400);
    const auto ids = [](const QList<CapiProblem>& problems) {
        QStringList out;
        for (const CapiProblem& p : problems)
            out.append(p.id);
        return out;
    };
    // 10 days: too old for Reddit (7 days) and GA4 (72 hours), fine for Snapchat (37 days).
    QVERIFY(ids(validatePlatformEvents(*conversionPlatform(QStringLiteral("reddit")), {old}, now))
                .contains(QStringLiteral("event-time-too-old")));
    QVERIFY(ids(validatePlatformEvents(*conversionPlatform(QStringLiteral("ga4")), {old}, now))
                .contains(QStringLiteral("event-time-too-old")));
    QVERIFY(!ids(validatePlatformEvents(*conversionPlatform(QStringLiteral("snapchat")), {old}, now))
                 .contains(QStringLiteral("event-time-too-old")));
    // GA4 needs the visitor's client_id.
    CapiEvent anonymous = purchase();
    anonymous.other.remove(QStringLiteral("click_ids"));
    QVERIFY(ids(validatePlatformEvents(*conversionPlatform(QStringLiteral("ga4")), {anonymous}, now))
                .contains(QStringLiteral("no-match-key")));
    // A refused value is an error for the platform that refuses it only.
    CapiEvent spaced = purchase();
    spaced.userData.insert(QStringLiteral("em"), QStringLiteral(" a@b.com"));
    QVERIFY(hasCapiErrors(validatePlatformEvents(*conversionPlatform(QStringLiteral("pinterest")), {spaced}, now)));
    QVERIFY(!hasCapiErrors(validatePlatformEvents(*conversionPlatform(QStringLiteral("tiktok")), {spaced}, now)));
    // Batch limits.
    QList<CapiEvent> many(26, purchase());
    QVERIFY(ids(validatePlatformEvents(*conversionPlatform(QStringLiteral("ga4")), many, now))
                .contains(QStringLiteral("batch-too-large")));
}

QTEST_GUILESS_MAIN(TestPlatformSend)
#include "tst_platformsend.moc"
