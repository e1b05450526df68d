// The Conversions API event: reading and writing Meta's JSON, validation before sending, the fbc
// builder, preparation (hashing), the request, and Meta's answers explained.
#include "capi/capianswer.h"
#include "capi/capievent.h"
#include "capi/capiprepare.h"
#include "capi/capirequest.h"
#include "capi/capivalidation.h"
#include "capi/fbc.h"
#include "i18n/language.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pbw;

namespace {

// A fixed "now" so that every time check is deterministic: 2026-11-30 12:00:00 UTC.
const QDateTime now = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
const qint64 nowSeconds = now.toSecsSinceEpoch();

QJsonObject goodEvent()
{
    return QJsonObject{
        {QStringLiteral("event_name"), QStringLiteral("Purchase")},
        {QStringLiteral("event_time"), double(nowSeconds - 3600)},
        {QStringLiteral("event_id"), QStringLiteral("order-1001")},
        {QStringLiteral("action_source"), QStringLiteral("website")},
        {QStringLiteral("event_source_url"), QStringLiteral("https://shop.example/thanks")},
        {QStringLiteral("user_data"),
         QJsonObject{{QStringLiteral("em"), QStringLiteral("john@example.com")},
                     {QStringLiteral("client_user_agent"), QStringLiteral("Mozilla/5.0")},
                     {QStringLiteral("fbc"), QStringLiteral("fb.1.%1.IwAR2xYz").arg((nowSeconds - 86400) * 1000)}}},
        {QStringLiteral("custom_data"),
         QJsonObject{{QStringLiteral("value"), 49.9}, {QStringLiteral("currency"), QStringLiteral("USD")}}}};
}

// Applies "a.b" = value (or removes it when value is undefined) to a copy of the good event.
QJsonObject changed(const QString& path, const QJsonValue& value)
{
    QJsonObject event = goodEvent();
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        if (value.isUndefined())
            event.remove(path);
        else
            event.insert(path, value);
        return event;
    }
    QJsonObject inner = event.value(parts.at(0)).toObject();
    if (value.isUndefined())
        inner.remove(parts.at(1));
    else
        inner.insert(parts.at(1), value);
    event.insert(parts.at(0), inner);
    return event;
}

QStringList idsOf(const QList<CapiProblem>& problems)
{
    QStringList ids;
    for (const CapiProblem& problem : problems)
        ids.append(problem.id);
    return ids;
}

Exchange answered(int status, const QByteArray& body)
{
    Exchange exchange;
    ReceivedResponse response;
    response.status = status;
    response.body = body;
    response.text = QString::fromUtf8(body);
    exchange.response = response;
    return exchange;
}

} // namespace

class TestCapiEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::apply(QStringLiteral("en")); }
    void readsEveryShape_data();
    void readsEveryShape();
    void refusesWhatIsNotEvents_data();
    void refusesWhatIsNotEvents();
    void roundTripKeepsUnknownMembers();
    void goodEventHasNoProblem();
    void validation_data();
    void limitedDataUseAccepted();
    void validation();
    void tooManyEvents();
    void buildsFbc_data();
    void buildsFbc();
    void checksCookies_data();
    void checksCookies();
    void preparesUserData();
    void appSecretProofIsHmacSha256();
    void buildsTheRequest();
    void refusesBadSendSettings();
    void explainsAnswers_data();
    void explainsAnswers();
    void readsSuccess();
    void errorRulesAreSound();
};

void TestCapiEvents::readsEveryShape_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count");
    const QByteArray event = QJsonDocument(goodEvent()).toJson(QJsonDocument::Compact);
    QTest::newRow("data array") << QByteArray("{\"data\":[" + event + "," + event + "]}") << 2;
    QTest::newRow("bare event") << event << 1;
    QTest::newRow("array of events") << QByteArray("[" + event + "]") << 1;
    QJsonObject form{{QStringLiteral("data"), QString::fromUtf8("[" + event + "]")}};
    QTest::newRow("data as a form field's string") << QJsonDocument(form).toJson() << 1;
    QTest::newRow("empty data") << QByteArray("{\"data\":[]}") << 0;
}

void TestCapiEvents::readsEveryShape()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    const auto events = parseCapiEvents(json);
    QVERIFY2(events.ok(), events.ok() ? "" : qPrintable(events.error().message));
    QCOMPARE(events.value().size(), count);
    if (count > 0) {
        QCOMPARE(events.value().first().eventName, QStringLiteral("Purchase"));
        QCOMPARE(events.value().first().eventTimeNumber(), nowSeconds - 3600);
        QCOMPARE(events.value().first().userDataValues(QStringLiteral("em")), QStringList{"john@example.com"});
    }
}

void TestCapiEvents::refusesWhatIsNotEvents_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("event_name=Purchase");
    QTest::newRow("cut short") << QByteArray("{\"data\": [{\"event_name\": \"Purchase\"");
    QTest::newRow("no data, no event") << QByteArray("{\"foo\": 1}");
    QTest::newRow("an event that is a string") << QByteArray("{\"data\": [\"Purchase\"]}");
}

void TestCapiEvents::refusesWhatIsNotEvents()
{
    QFETCH(QByteArray, json);
    const auto events = parseCapiEvents(json);
    QVERIFY(!events.ok());
    QVERIFY(!events.error().message.isEmpty());
}

void TestCapiEvents::roundTripKeepsUnknownMembers()
{
    QJsonObject event = goodEvent();
    event.insert(QStringLiteral("app_data"), QJsonObject{{QStringLiteral("advertiser_tracking_enabled"), 1}});
    event.insert(QStringLiteral("opt_out"), false);
    event.insert(QStringLiteral("data_processing_options"), QJsonArray{QStringLiteral("LDU")});
    event.insert(QStringLiteral("event_time"), QStringLiteral("not a time")); // kept as typed, reported
    const CapiEvent read = capiEventFromJson(event);
    QCOMPARE(capiEventToJson(read), event);
    const auto again = parseCapiEvents(capiEventsToJson({read}));
    QVERIFY(again.ok());
    QCOMPARE(again.value().first(), read);
}

void TestCapiEvents::goodEventHasNoProblem()
{
    const QList<CapiProblem> problems = validateCapiEvents({capiEventFromJson(goodEvent())}, now);
    QVERIFY2(problems.isEmpty(), qPrintable(idsOf(problems).join(u' ')));
}

void TestCapiEvents::validation_data()
{
    QTest::addColumn<QJsonObject>("event");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("isError");
    const QJsonValue gone(QJsonValue::Undefined);
    QTest::newRow("no event_name") << changed(QStringLiteral("event_name"), gone) << "missing-event-name"
                                   << "event_name" << true;
    QTest::newRow("no event_time") << changed(QStringLiteral("event_time"), gone) << "missing-event-time"
                                   << "event_time" << true;
    QTest::newRow("event_time a date") << changed(QStringLiteral("event_time"), QStringLiteral("2026-11-30"))
                                       << "event-time-not-number"
                                       << "event_time" << true;
    QTest::newRow("event_time beyond any time (found by fuzzing)")
        << changed(QStringLiteral("event_time"), 3.6e108) << "event-time-not-number"
        << "event_time" << true;
    QTest::newRow("event_time in ms") << changed(QStringLiteral("event_time"), double(nowSeconds * 1000))
                                      << "event-time-milliseconds"
                                      << "event_time" << true;
    QTest::newRow("8 days old") << changed(QStringLiteral("event_time"), double(nowSeconds - 8 * 86400))
                                << "event-time-too-old"
                                << "event_time" << true;
    QTest::newRow("an hour ahead") << changed(QStringLiteral("event_time"), double(nowSeconds + 3600))
                                   << "event-time-future"
                                   << "event_time" << true;
    QTest::newRow("no action_source") << changed(QStringLiteral("action_source"), gone) << "missing-action-source"
                                      << "action_source" << true;
    QTest::newRow("action_source web") << changed(QStringLiteral("action_source"), QStringLiteral("web"))
                                       << "unknown-action-source"
                                       << "action_source" << true;
    QTest::newRow("website without URL") << changed(QStringLiteral("event_source_url"), gone)
                                         << "missing-event-source-url"
                                         << "event_source_url" << true;
    QTest::newRow("URL without scheme") << changed(QStringLiteral("event_source_url"), QStringLiteral("shop.example"))
                                        << "event-source-url-invalid"
                                        << "event_source_url" << false;
    QTest::newRow("website without user agent")
        << changed(QStringLiteral("user_data.client_user_agent"), gone) << "missing-user-agent"
        << "user_data.client_user_agent" << true;
    QTest::newRow("website without event_id") << changed(QStringLiteral("event_id"), gone) << "missing-event-id"
                                              << "event_id" << false;
    QTest::newRow("fbc in seconds") << changed(QStringLiteral("user_data.fbc"), QStringLiteral("fb.1.1796000000.IwAR"))
                                    << "fbc-seconds"
                                    << "user_data.fbc" << true;
    QTest::newRow("fbc malformed") << changed(QStringLiteral("user_data.fbc"), QStringLiteral("IwAR2xYz"))
                                   << "fbc-malformed"
                                   << "user_data.fbc" << true;
    QTest::newRow("fbc in the future") << changed(QStringLiteral("user_data.fbc"),
                                                  QStringLiteral("fb.1.%1.IwAR").arg((nowSeconds + 86400) * 1000))
                                       << "fbc-future"
                                       << "user_data.fbc" << true;
    QTest::newRow("fbc 100 days old") << changed(QStringLiteral("user_data.fbc"),
                                                 QStringLiteral("fb.1.%1.IwAR").arg((nowSeconds - 100 * 86400) * 1000))
                                      << "fbc-old"
                                      << "user_data.fbc" << false;
    QTest::newRow("fbp malformed") << changed(QStringLiteral("user_data.fbp"), QStringLiteral("fb.1.1796000000000.abc"))
                                   << "fbp-malformed"
                                   << "user_data.fbp" << true;
    QTest::newRow("value without currency")
        << changed(QStringLiteral("custom_data.currency"), gone) << "value-without-currency"
        << "custom_data.currency" << true;
    QTest::newRow("currency a sign") << changed(QStringLiteral("custom_data.currency"), QStringLiteral("$"))
                                     << "currency-invalid"
                                     << "custom_data.currency" << true;
    QTest::newRow("currency a name") << changed(QStringLiteral("custom_data.currency"), QStringLiteral("dollars"))
                                     << "currency-invalid"
                                     << "custom_data.currency" << true;
    QTest::newRow("value with a sign") << changed(QStringLiteral("custom_data.value"), QStringLiteral("$49.90"))
                                       << "value-not-number"
                                       << "custom_data.value" << true;
    QTest::newRow("Purchase without value")
        << changed(QStringLiteral("custom_data.value"), gone) << "purchase-without-value"
        << "custom_data" << true;
    QTest::newRow("e-mail without @") << changed(QStringLiteral("user_data.em"), QStringLiteral("john.example.com"))
                                      << "user-data-invalid"
                                      << "user_data.em" << true;
    QTest::newRow("Russian 8") << changed(QStringLiteral("user_data.ph"), QStringLiteral("8 916 123-45-67"))
                               << "user-data-warning"
                               << "user_data.ph" << false;
    QTest::newRow("unknown key") << changed(QStringLiteral("user_data.email"), QStringLiteral("john@example.com"))
                                 << "unknown-user-data-key"
                                 << "user_data.email" << false;
    QJsonObject ipOnly = goodEvent();
    ipOnly.insert(QStringLiteral("user_data"),
                  QJsonObject{{QStringLiteral("client_ip_address"), QStringLiteral("203.0.113.5")},
                              {QStringLiteral("client_user_agent"), QStringLiteral("Mozilla/5.0")},
                              {QStringLiteral("country"), QStringLiteral("us")}});
    QTest::newRow("IP, user agent and country only") << ipOnly << "no-match-key"
                                                     << "user_data" << true;
    QJsonObject store = changed(QStringLiteral("action_source"), QStringLiteral("physical_store"));
    store.insert(QStringLiteral("event_time"), double(nowSeconds - 63 * 86400));
    QTest::newRow("store event 63 days old") << store << "event-time-too-old"
                                             << "event_time" << true;
    // Limited Data Use.
    const QString dpo = QStringLiteral("data_processing_options");
    const auto withDpo = [&](const QJsonValue& options, const QJsonValue& country, const QJsonValue& state) {
        QJsonObject event = goodEvent();
        event.insert(dpo, options);
        if (!country.isUndefined())
            event.insert(QStringLiteral("data_processing_options_country"), country);
        if (!state.isUndefined())
            event.insert(QStringLiteral("data_processing_options_state"), state);
        return event;
    };
    QTest::newRow("LDU a string") << withDpo(QStringLiteral("LDU"), 0, 0) << "data-processing-not-array" << dpo << true;
    QTest::newRow("LDU misspelt") << withDpo(QJsonArray{QStringLiteral("ldu")}, 0, 0) << "data-processing-unknown"
                                  << dpo << true;
    QTest::newRow("LDU without region") << withDpo(QJsonArray{QStringLiteral("LDU")}, gone, gone)
                                        << "ldu-without-region" << dpo << true;
    QTest::newRow("LDU country 2") << withDpo(QJsonArray{QStringLiteral("LDU")}, 2, 1000) << "ldu-region-invalid" << dpo
                                   << true;
    QTest::newRow("LDU state a name") << withDpo(QJsonArray{QStringLiteral("LDU")}, 1, QStringLiteral("CA"))
                                      << "ldu-region-invalid" << dpo << true;
    QTest::newRow("region without LDU") << withDpo(QJsonArray{}, 1, 1000) << "region-without-ldu" << dpo << false;
}

void TestCapiEvents::validation()
{
    QFETCH(QJsonObject, event);
    QFETCH(QString, id);
    QFETCH(QString, field);
    QFETCH(bool, isError);
    const QList<CapiProblem> problems = validateCapiEvents({capiEventFromJson(event)}, now);
    const CapiPrepared prepared = prepareCapiEvents({capiEventFromJson(event)});
    QCOMPARE(validateCapiEvents({capiEventFromJson(event)}, now, &prepared), problems); // same with rows reused
    const auto found
        = std::find_if(problems.begin(), problems.end(), [&](const CapiProblem& problem) { return problem.id == id; });
    QVERIFY2(found != problems.end(), qPrintable(idsOf(problems).join(u' ')));
    QCOMPARE(found->field, field);
    QCOMPARE(found->event, 0);
    QCOMPARE(found->severity == CapiProblem::Severity::Error, isError);
    QVERIFY(!found->message.isEmpty());
    QCOMPARE(hasCapiErrors(problems), isError || std::any_of(problems.begin(), problems.end(), [](const auto& p) {
                                          return p.severity == CapiProblem::Severity::Error;
                                      }));
}

void TestCapiEvents::limitedDataUseAccepted()
{
    for (const auto& [country, state] : {std::pair{0, 0}, std::pair{1, 1000}}) {
        QJsonObject event = goodEvent();
        event.insert(QStringLiteral("data_processing_options"), QJsonArray{QStringLiteral("LDU")});
        event.insert(QStringLiteral("data_processing_options_country"), country);
        event.insert(QStringLiteral("data_processing_options_state"), state);
        QVERIFY2(validateCapiEvents({capiEventFromJson(event)}, now).isEmpty(),
                 qPrintable(idsOf(validateCapiEvents({capiEventFromJson(event)}, now)).join(u' ')));
    }
    QJsonObject none = goodEvent();
    none.insert(QStringLiteral("data_processing_options"), QJsonArray{});
    QVERIFY(validateCapiEvents({capiEventFromJson(none)}, now).isEmpty());
}

void TestCapiEvents::tooManyEvents()
{
    const QList<CapiEvent> events(1001, capiEventFromJson(goodEvent()));
    const QList<CapiProblem> problems = validateCapiEvents(events, now);
    QCOMPARE(idsOf(problems), QStringList{QStringLiteral("too-many-events")});
    QCOMPARE(problems.first().event, -1);
    QCOMPARE(idsOf(validateCapiEvents({}, now)), QStringList{QStringLiteral("no-events")});
    QVERIFY(validateCapiEvents(QList<CapiEvent>(1000, capiEventFromJson(goodEvent())), now).isEmpty());
}

void TestCapiEvents::buildsFbc_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("subdomain");
    QTest::addColumn<QString>("expected");
    const qint64 ms = now.toMSecsSinceEpoch();
    QTest::newRow("fbclid")
        << "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk" << 1
        << QStringLiteral("fb.1.%1.IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk").arg(ms);
    QTest::newRow("landing URL, case kept") << "https://shop.example/p?utm_source=fb&fbclid=AbCdEf123&x=1" << 1
                                            << QStringLiteral("fb.1.%1.AbCdEf123").arg(ms);
    QTest::newRow("in the fragment") << "https://shop.example/#/p?fbclid=XyZ" << 2
                                     << QStringLiteral("fb.2.%1.XyZ").arg(ms);
    QTest::newRow("URL without fbclid") << "https://shop.example/p?gclid=abc" << 1 << QString();
    QTest::newRow("nothing") << "  " << 1 << QString();
}

void TestCapiEvents::buildsFbc()
{
    QFETCH(QString, input);
    QFETCH(int, subdomain);
    QFETCH(QString, expected);
    const FbcBuilt built = buildFbc(input, now, subdomain);
    QCOMPARE(built.fbc, expected);
    QCOMPARE(built.error.isEmpty(), !expected.isEmpty());
    if (!expected.isEmpty())
        QCOMPARE(checkFbc(built.fbc, now).problem, ClickCookieCheck::Problem::None);
}

void TestCapiEvents::checksCookies_data()
{
    QTest::addColumn<bool>("isFbc");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("problem");
    using P = ClickCookieCheck::Problem;
    const qint64 ms = now.toMSecsSinceEpoch();
    QTest::newRow("fbc fine") << true << QStringLiteral("fb.1.%1.IwAR").arg(ms - 1000) << int(P::None);
    QTest::newRow("fbc with a fifth segment") << true << QStringLiteral("fb.1.%1.IwAR.AQ").arg(ms) << int(P::None);
    QTest::newRow("fbc seconds") << true << QStringLiteral("fb.1.%1.IwAR").arg(ms / 1000) << int(P::Seconds);
    QTest::newRow("fbc no fb prefix") << true << QStringLiteral("fc.1.%1.IwAR").arg(ms) << int(P::Malformed);
    QTest::newRow("fbc 12 digits") << true << QStringLiteral("fb.1.%1.IwAR").arg(ms / 10) << int(P::Malformed);
    QTest::newRow("fbc no fbclid") << true << QStringLiteral("fb.1.%1.").arg(ms) << int(P::Malformed);
    QTest::newRow("fbp fine") << false << QStringLiteral("fb.1.%1.1098115397").arg(ms) << int(P::None);
    QTest::newRow("fbp letters") << false << QStringLiteral("fb.1.%1.abc").arg(ms) << int(P::Malformed);
    QTest::newRow("fbp seconds") << false << QStringLiteral("fb.1.%1.1098115397").arg(ms / 1000) << int(P::Seconds);
}

void TestCapiEvents::checksCookies()
{
    QFETCH(bool, isFbc);
    QFETCH(QString, value);
    QFETCH(int, problem);
    const ClickCookieCheck check = isFbc ? checkFbc(value, now) : checkFbp(value, now);
    QCOMPARE(int(check.problem), problem);
    QCOMPARE(check.message.isEmpty(), problem == int(ClickCookieCheck::Problem::None));
}

void TestCapiEvents::preparesUserData()
{
    CapiEvent event = capiEventFromJson(goodEvent());
    const QString upperHash = QStringLiteral("973DFE463EC85785F5F95AF5BA3906EEDB2D931C24E69824A89EA65DBA4E813B");
    event.userData = QJsonObject{{QStringLiteral("em"),
                                  QJsonArray{QStringLiteral(" Test@Example.com"), QStringLiteral("test@example.com "),
                                             QStringLiteral("john@example.com")}},
                                 {QStringLiteral("ph"), QStringLiteral("+1 (650) 555-1234")},
                                 {QStringLiteral("country"), QStringLiteral("United States")},
                                 {QStringLiteral("external_id"), upperHash},
                                 {QStringLiteral("fn"), QString()},
                                 {QStringLiteral("client_ip_address"), QStringLiteral("203.0.113.5")},
                                 {QStringLiteral("fbc"), QStringLiteral("fb.1.1796000000000.IwAR")}};
    event.customData.insert(QStringLiteral("order_id"), QString());
    const CapiPrepared prepared = prepareCapiEvents({event});
    const QJsonObject sent = prepared.events.first().userData;
    // Duplicates removed after hashing; the array stays an array.
    QCOMPARE(sent.value(u"em").toArray(),
             (QJsonArray{QStringLiteral("973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b"),
                         QStringLiteral("855f96e983f1f8e8be944692b6f719fd54329826cb62e98015efee8e2e071dd4")}));
    QCOMPARE(sent.value(u"ph").toString(),
             QStringLiteral("6069d14bf122fdfd931dc7beb58e5dfbba395b1faf05bdcd42d12358d63d8599"));
    QCOMPARE(sent.value(u"country").toString(),
             QStringLiteral("79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621"));
    QCOMPARE(sent.value(u"external_id").toString(), upperHash.toLower()); // a hash already: not hashed again
    QVERIFY(!sent.contains(u"fn")); // empty: left out
    QCOMPARE(sent.value(u"client_ip_address").toString(), QStringLiteral("203.0.113.5"));
    QCOMPARE(sent.value(u"fbc").toString(), QStringLiteral("fb.1.1796000000000.IwAR"));
    QVERIFY(!prepared.events.first().customData.contains(u"order_id"));
    QCOMPARE(prepared.events.first().customData.value(u"value").toDouble(), 49.9);
    QCOMPARE(prepared.rows.size(), 3 + 1 + 1 + 1 + 2);
    QCOMPARE(prepared.rows.first().value.field, QStringLiteral("client_ip_address")); // keys in JSON order
}

void TestCapiEvents::appSecretProofIsHmacSha256()
{
    // RFC 4231-style check with the well-known HMAC-SHA256 example (key "key").
    QCOMPARE(capiAppSecretProof("The quick brown fox jumps over the lazy dog", "key"),
             QByteArray("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"));
}

void TestCapiEvents::buildsTheRequest()
{
    CapiSend send;
    send.pixelId = QStringLiteral(" 1234567890 ");
    send.testEventCode = QStringLiteral("TEST4242");
    send.accessToken = "EAAB-token";
    send.appSecret = "app-secret";
    send.endpoint.graphUrl = QStringLiteral("http://127.0.0.1:9/");
    const CapiEvent event = capiEventFromJson(goodEvent());
    const auto request = buildCapiRequest({event}, send);
    QVERIFY(request.ok());
    QCOMPARE(request.value().method, QByteArray("POST"));
    QCOMPARE(request.value().url,
             QStringLiteral("http://127.0.0.1:9/%1/1234567890/events").arg(CapiEndpoint::defaultApiVersion()));
    const QJsonObject body = QJsonDocument::fromJson(request.value().body).object();
    QCOMPARE(body.value(u"access_token").toString(), QStringLiteral("EAAB-token"));
    QCOMPARE(body.value(u"test_event_code").toString(), QStringLiteral("TEST4242"));
    QCOMPARE(body.value(u"appsecret_proof").toString(),
             QString::fromLatin1(capiAppSecretProof("EAAB-token", "app-secret")));
    QCOMPARE(body.value(u"data").toArray().first().toObject(), capiEventToJson(event));
    const QJsonObject shown = capiShownPayload({event}, send.testEventCode);
    QVERIFY(!shown.contains(u"access_token"));
    QVERIFY(!shown.contains(u"appsecret_proof"));
    send.appSecret.clear();
    send.testEventCode.clear();
    const QJsonObject plain = QJsonDocument::fromJson(buildCapiRequest({event}, send).value().body).object();
    QVERIFY(!plain.contains(u"appsecret_proof"));
    QVERIFY(!plain.contains(u"test_event_code"));
}

void TestCapiEvents::refusesBadSendSettings()
{
    CapiSend send;
    send.pixelId = QStringLiteral("1234567890");
    send.accessToken = "token";
    const QList<CapiEvent> events{capiEventFromJson(goodEvent())};
    QVERIFY(buildCapiRequest(events, send).ok());
    CapiSend bad = send;
    bad.pixelId = QStringLiteral("act_123");
    QVERIFY(!buildCapiRequest(events, bad).ok());
    bad = send;
    bad.endpoint.apiVersion = QStringLiteral("25");
    QVERIFY(!buildCapiRequest(events, bad).ok());
    bad = send;
    bad.endpoint.graphUrl = QStringLiteral("ftp://graph.example");
    QVERIFY(!buildCapiRequest(events, bad).ok());
    bad = send;
    bad.accessToken.clear();
    QVERIFY(!buildCapiRequest(events, bad).ok());
}

void TestCapiEvents::explainsAnswers_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("subcode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("family");
    QTest::newRow("expired token") << 190 << 463 << "Error validating access token: Session has expired"
                                   << "token-expired";
    QTest::newRow("password changed") << 190 << 460 << "The session has been invalidated"
                                      << "token-revoked";
    QTest::newRow("malformed token") << 190 << 0 << "Invalid OAuth access token - Cannot parse access token"
                                     << "token-invalid";
    QTest::newRow("no token") << 104 << 0 << "An access token is required to request this resource."
                              << "token-missing";
    QTest::newRow("permission") << 200 << 0 << "Permissions error"
                                << "permission";
    QTest::newRow("no such pixel") << 100 << 33 << "Unsupported post request. Object with ID '123' does not exist"
                                   << "pixel-not-found";
    QTest::newRow("no match key") << 100 << 2804050 << "Invalid parameter"
                                  << "no-match-key";
    QTest::newRow("event_time too old") << 100 << 2804003 << "Invalid parameter: event_time is too far in the past"
                                        << "event-time";
    QTest::newRow("other parameter") << 100 << 0 << "Invalid parameter"
                                     << "invalid-parameter";
    QTest::newRow("rate limit") << 17 << 0 << "User request limit reached"
                                << "rate-limit";
    QTest::newRow("app rate limit") << 4 << 0 << "Application request limit reached"
                                    << "rate-limit";
    QTest::newRow("temporary") << 2 << 0 << "An unexpected error has occurred. Please retry your request later."
                               << "temporary";
    QTest::newRow("unknown") << 987654 << 0 << "Something new"
                             << "unknown";
}

void TestCapiEvents::explainsAnswers()
{
    QFETCH(int, code);
    QFETCH(int, subcode);
    QFETCH(QString, message);
    QFETCH(QString, family);
    QJsonObject error{{QStringLiteral("message"), message},
                      {QStringLiteral("type"), QStringLiteral("OAuthException")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("fbtrace_id"), QStringLiteral("AbC123")}};
    if (subcode)
        error.insert(QStringLiteral("error_subcode"), subcode);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson();
    const CapiAnswer answer = readCapiAnswer(answered(400, body), 1);
    QCOMPARE(answer.outcome, CapiAnswer::Outcome::Rejected);
    QVERIFY(answer.error);
    QCOMPARE(answer.error->family, family);
    QCOMPARE(answer.error->code, qint64(code));
    QCOMPARE(answer.error->subcode, qint64(subcode));
    QCOMPARE(answer.error->message, message);
    QCOMPARE(answer.fbtraceId, QStringLiteral("AbC123"));
    QVERIFY(!answer.error->title.isEmpty() && !answer.error->explanation.isEmpty() && !answer.error->fix.isEmpty());
    QVERIFY(answer.headline().contains(answer.error->title));
    QVERIFY(!answer.received());
}

void TestCapiEvents::readsSuccess()
{
    const CapiAnswer all
        = readCapiAnswer(answered(200, R"({"events_received": 2, "messages": [], "fbtrace_id": "Xyz"})"), 2);
    QCOMPARE(all.outcome, CapiAnswer::Outcome::Received);
    QCOMPARE(all.eventsReceived, 2);
    QCOMPARE(all.fbtraceId, QStringLiteral("Xyz"));
    QCOMPARE(all.headline(), QStringLiteral("2 events received"));
    const CapiAnswer partial = readCapiAnswer(
        answered(200, R"({"events_received": 1, "messages": ["event 2 was dropped"], "fbtrace_id": "Xyz"})"), 2);
    QCOMPARE(partial.outcome, CapiAnswer::Outcome::Partial);
    QCOMPARE(partial.messages, QStringList{QStringLiteral("event 2 was dropped")});
    QCOMPARE(readCapiAnswer(answered(200, "OK"), 1).outcome, CapiAnswer::Outcome::NotMeta);
    QCOMPARE(readCapiAnswer(Exchange{}, 1).outcome, CapiAnswer::Outcome::NoAnswer);
}

void TestCapiEvents::errorRulesAreSound()
{
    QCOMPARE(capiErrorRulesProblems(), QStringList());
}

QTEST_GUILESS_MAIN(TestCapiEvents)
#include "tst_capievents.moc"
