// Secrets: found and redacted in every place a request carries them, put back exactly where the
// mark is, recorded by the store as references only, and kept, read back and forgotten in a real
// Secret Service keyring (gnome-keyring under dbus-run-session, started by scripts/test.sh).
#include "analysis/verdict.h"
#include "net/exchange.h"
#include "net/replayrequest.h"
#include "secrets/redaction.h"
#include "secrets/secretkeeper.h"
#include "secrets/secretstore.h"
#include "secrets/secretvalues.h"
#include "store/casestore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pbw;

namespace {

Exchange requestOf(const QString& url, const QByteArray& body = {}, const HeaderList& headers = {})
{
    Exchange exchange;
    exchange.request.method = body.isEmpty() ? "GET" : "POST";
    exchange.request.input = url;
    exchange.request.url = url;
    exchange.request.target = url.mid(url.indexOf(u'/', 8)).toLatin1();
    exchange.request.headers = headers;
    exchange.request.body = body;
    return exchange;
}

ReplayRequest replayOf(const SentRequest& request)
{
    ReplayRequest replay;
    replay.method = request.method;
    replay.url = request.input;
    replay.body = request.body;
    for (const auto& header : request.headers) {
        if (header.first.compare("content-type", Qt::CaseInsensitive) == 0)
            replay.headers.append(header);
    }
    return replay;
}

// Runs one batch against the keychain and waits for its answer.
SecretsOutcome wait(const std::function<void(SecretsDone)>& work)
{
    std::optional<SecretsOutcome> answer;
    work([&](const SecretsOutcome& outcome) { answer = outcome; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20'000))
        return {};
    return *answer;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsAndRedacts_data();
    void findsAndRedacts();
    void putsBackWhereTheMarkIs();
    void userNamesCount();
    void echoedValuesGoToo();
    void jsonBodiesKeepTheirBytes();
    void storeRecordsReferencesOnly();
    void keychainKeepsRestoresForgets();

private:
    std::unique_ptr<SecretStore> m_keychain;
    bool m_haveKeychain = false;
};

void TestSecrets::initTestCase()
{
    m_keychain = makeKeychainStore(QStringLiteral("Postback Workbench tests"));
    std::optional<SecretOutcome> probe;
    m_keychain->probe([&](const SecretOutcome& outcome) { probe = outcome; });
    QVERIFY(QTest::qWaitFor([&] { return probe.has_value(); }, 20'000));
    m_haveKeychain = probe->status != SecretOutcome::Status::NoKeychain;
    // scripts/with-keyring.sh provides a real keyring: there, its absence is a failure, not a skip.
    if (qEnvironmentVariableIsSet("PBW_REQUIRE_KEYRING"))
        QVERIFY2(m_haveKeychain, qPrintable(probe->message));
}

void TestSecrets::findsAndRedacts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("redactedInput");
    QTest::addColumn<QByteArray>("redactedBody");
    QTest::addColumn<QStringList>("found"); // where:name=value

    QTest::newRow("query token") << QStringLiteral("https://t.example/pb?subid=a1&token=abc123&payout=2")
                                 << QByteArray()
                                 << QStringLiteral("https://t.example/pb?subid=a1&token=[redacted]&payout=2")
                                 << QByteArray() << QStringList{QStringLiteral("query:token=abc123")};
    QTest::newRow("same name twice, fragment kept")
        << QStringLiteral("https://t.example/pb?key=one&x=1&key=two#frag") << QByteArray()
        << QStringLiteral("https://t.example/pb?key=[redacted]&x=1&key=[redacted]#frag") << QByteArray()
        << QStringList{QStringLiteral("query:key=one"), QStringLiteral("query:key=two")};
    QTest::newRow("encoded value kept as typed")
        << QStringLiteral("https://t.example/pb?security_token=a%2Bb%3D") << QByteArray()
        << QStringLiteral("https://t.example/pb?security_token=[redacted]") << QByteArray()
        << QStringList{QStringLiteral("query:security_token=a%2Bb%3D")};
    QTest::newRow("form body") << QStringLiteral("https://t.example/pb")
                               << QByteArray("clickid=9&access_token=EAAB&sum=3")
                               << QStringLiteral("https://t.example/pb")
                               << QByteArray("clickid=9&access_token=[redacted]&sum=3")
                               << QStringList{QStringLiteral("form:access_token=EAAB")};
    QTest::newRow("password in the URL") << QStringLiteral("https://bob:PASS-w0rd@t.example/pb?subid=a1")
                                         << QByteArray()
                                         << QStringLiteral("https://bob:[redacted]@t.example/pb?subid=a1")
                                         << QByteArray() << QStringList{QStringLiteral("userinfo:bob=PASS-w0rd")};
    QTest::newRow("token as the user") << QStringLiteral("https://sk_live_42abc@t.example/pb") << QByteArray()
                                       << QStringLiteral("https://[redacted]@t.example/pb") << QByteArray()
                                       << QStringList{QStringLiteral("userinfo:=sk_live_42abc")};
    QTest::newRow("token after # without ?") << QStringLiteral("https://t.example/pb#token=abc123&x=1") << QByteArray()
                                             << QStringLiteral("https://t.example/pb#token=[redacted]&x=1")
                                             << QByteArray() << QStringList{QStringLiteral("query:token=abc123")};
    QTest::newRow("nothing secret") << QStringLiteral("https://t.example/pb?subid=a1&status=lead") << QByteArray()
                                    << QStringLiteral("https://t.example/pb?subid=a1&status=lead") << QByteArray()
                                    << QStringList();
}

void TestSecrets::findsAndRedacts()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, body);
    QFETCH(QString, redactedInput);
    QFETCH(QByteArray, redactedBody);
    QFETCH(QStringList, found);

    HeaderList headers{{"Host", "t.example"}};
    if (!body.isEmpty())
        headers.append(Header("Content-Type", "application/x-www-form-urlencoded"));
    const Redacted redacted = redact(requestOf(url, body, headers));
    QCOMPARE(redacted.exchange.request.input, redactedInput);
    QCOMPARE(redacted.exchange.request.url, redactedInput);
    QCOMPARE(redacted.exchange.request.body, redactedBody);
    QStringList got;
    for (const FoundSecret& secret : redacted.secrets)
        got.append(secretPlaceKey(secret.where) + u':' + secret.name + u'=' + secret.value);
    QCOMPARE(got, found);
    QVERIFY(!redacted.exchange.request.target.contains("abc123"));
    // Each comes back where its mark is.
    const ReplayRequest back = withSecrets(replayOf(redacted.exchange.request), redacted.secrets);
    QCOMPARE(back.url, url);
}

void TestSecrets::echoedValuesGoToo()
{
    // An endpoint that echoes the request puts the values in its answer: once a value is known to
    // be secret, it goes from the answer's body and headers, the final URL and the notes, in the
    // forms an echo writes it (plain, decoded, percent-encoded, JSON-escaped), and is counted.
    const QString url = QStringLiteral("https://u:pa55word@t.example/pb?token=tok%2Fen%2B1&subid=a1");
    Exchange exchange = requestOf(url, "clickid=9&api_key=K3y-value",
                                  {{"Content-Type", "application/x-www-form-urlencoded"},
                                   {"Authorization", "Bearer bearer-S3CRET"},
                                   {"Cookie", "theme=dark; sid=sess-10n-id"}});
    exchange.notes.append(WireNote{WireNote::Kind::UserInfoRemoved, 9, 1, QStringLiteral("u:pa55word@"), QString()});
    ReceivedResponse response;
    response.status = 200;
    response.body = QByteArrayLiteral("{\"args\":{\"token\":\"tok\\/en+1\",\"raw\":\"tok%2Fen%2B1\"},"
                                      "\"form\":{\"api_key\":\"K3y-value\"},\"headers\":{\"Authorization\":"
                                      "\"Bearer bearer-S3CRET\",\"Cookie\":\"theme=dark; sid=sess-10n-id\"},"
                                      "\"auth\":\"bearer-S3CRET\",\"sid\":\"sess-10n-id\",\"password\":\"pa55word\","
                                      "\"theme\":\"dark\"}");
    response.text = QString::fromUtf8(response.body);
    response.headers = {{"X-Echo-Token", "tok/en+1"}, {"Location", "https://t.example/next?t=tok%2Fen%2B1"}};
    response.finalUrl = QStringLiteral("https://t.example/next?t=tok%2Fen%2B1");
    exchange.response = response;

    const Redacted redacted = redact(exchange);
    const ReceivedResponse& kept = *redacted.exchange.response;
    for (const QByteArray& secret : QList<QByteArray>{"tok/en", "tok\\/en", "tok%2F", "K3y-value", "bearer-S3CRET",
                                                      "sess-10n-id", "pa55word", "en+1", "en%2B1"}) {
        QVERIFY2(!kept.body.contains(secret), kept.body.constData());
        QVERIFY2(!kept.text.contains(QString::fromLatin1(secret)), qPrintable(kept.text));
        for (const auto& header : kept.headers)
            QVERIFY2(!header.second.contains(secret), header.second.constData());
        QVERIFY(!kept.finalUrl.contains(QString::fromLatin1(secret)));
        for (const WireNote& note : redacted.exchange.notes)
            QVERIFY(!note.typed.contains(QString::fromLatin1(secret)));
    }
    // What is not secret stays: "dark" is a cookie's value, but too short to be taken for one.
    QVERIFY(kept.body.contains("\"theme\":\"dark\""));
    QVERIFY(kept.body.contains("\"args\""));
    QVERIFY(redacted.echoes >= 9);
    int echoed = 0;
    for (const FoundSecret& secret : redacted.secrets)
        echoed += secret.echoed;
    QCOMPARE(echoed, redacted.echoes);

    // The verdict's evidence quotes the answer: it loses the values too.
    Verdict verdict;
    verdict.evidence = {{Evidence::Kind::Json, QStringLiteral("auth"), QStringLiteral("bearer-S3CRET"), 10, 13}};
    const Verdict clean = withoutSecretValues(verdict, redacted.secrets);
    QCOMPARE(clean.evidence.first().text, QStringLiteral("[redacted]"));
    QCOMPARE(clean.evidence.first().offset, -1);
}

void TestSecrets::putsBackWhereTheMarkIs()
{
    const QString url = QStringLiteral("https://t.example/pb?key=one&x=1&key=two&token=%7Bt%7D");
    const QByteArray body("a=1&password=p%40ss");
    const HeaderList headers{{"Content-Type", "application/x-www-form-urlencoded"},
                             {"Authorization", "Bearer s3cr3t"},
                             {"X-Api-Key", "k-42"}};
    const Exchange original = requestOf(url, body, headers);
    const Redacted redacted = redact(original);
    QCOMPARE(redacted.secrets.size(), 6);
    QVERIFY(!QString::fromUtf8(redacted.exchange.request.body).contains(QStringLiteral("p%40ss")));

    const ReplayRequest back = withSecrets(replayOf(redacted.exchange.request), redacted.secrets);
    QCOMPARE(back.url, url);
    QCOMPARE(back.body, body);
    QCOMPARE(headerValue(back.headers, "authorization"), QByteArray("Bearer s3cr3t"));
    QCOMPARE(headerValue(back.headers, "x-api-key"), QByteArray("k-42"));

    // A secret that did not come back leaves its mark; nothing is invented.
    QList<FoundSecret> some = redacted.secrets;
    some.removeFirst();
    const ReplayRequest partial = withSecrets(replayOf(redacted.exchange.request), some);
    QCOMPARE(partial.url, QStringLiteral("https://t.example/pb?key=two&x=1&key=[redacted]&token=%7Bt%7D"));
}

void TestSecrets::userNamesCount()
{
    const Exchange exchange
        = requestOf(QStringLiteral("https://t.example/pb?subid=1&partner_pin=4242"), {}, {{"X-Partner-Pin", "4242"}});
    QCOMPARE(redact(exchange).secrets.size(), 0);
    const SecretNames names({QStringLiteral(" Partner_PIN "), QStringLiteral("x-partner-pin")});
    const Redacted redacted = redact(exchange, names);
    QCOMPARE(redacted.secrets.size(), 2);
    QCOMPARE(redacted.exchange.request.input, QStringLiteral("https://t.example/pb?subid=1&partner_pin=[redacted]"));
    QCOMPARE(headerValue(redacted.exchange.request.headers, "x-partner-pin"), QByteArray(redactedMark));
}

void TestSecrets::jsonBodiesKeepTheirBytes()
{
    // Nested, any value type, spacing as the sender wrote it; a secret-looking word inside a string
    // value is text, not a member.
    const QByteArray body("{ \"data\": [{\"event_name\":\"Lead\"}],\n"
                          "  \"access_token\" :  \"EAAB\\\"x/1\",\n"
                          "  \"note\": \"\\\"token\\\": \\\"not a member\\\"\",\n"
                          "  \"auth\": {\"key\": 12345, \"password\": null}, \"sig\":true }");
    const Exchange original = requestOf(QStringLiteral("https://graph.example/v25.0/1/events"), body,
                                        {{"Content-Type", "application/json"}});
    const Redacted redacted = redact(original);
    QStringList got;
    for (const FoundSecret& secret : redacted.secrets)
        got.append(secretPlaceKey(secret.where) + u':' + secret.name + u'=' + secret.value);
    QCOMPARE(got,
             (QStringList{QStringLiteral("json:access_token=\"EAAB\\\"x/1\""), QStringLiteral("json:key=12345"),
                          QStringLiteral("json:password=null"), QStringLiteral("json:sig=true")}));
    const QByteArray safe = redacted.exchange.request.body;
    QVERIFY2(!safe.contains("EAAB") && !safe.contains("12345"), safe.constData());
    QVERIFY(safe.contains("\"note\": \"\\\"token\\\": \\\"not a member\\\"\""));
    QVERIFY(safe.contains("\"access_token\" :  \"[redacted]\""));
    // "auth" holds an object: its members are redacted one by one, the object stays.
    QVERIFY(safe.contains("\"auth\": {\"key\": \"[redacted]\""));

    const ReplayRequest back = withSecrets(replayOf(redacted.exchange.request), redacted.secrets);
    QCOMPARE(back.body, body); // byte for byte
}

void TestSecrets::storeRecordsReferencesOnly()
{
    QTemporaryDir dir;
    auto store = std::move(CaseStore::open(dir.filePath(QStringLiteral("cases.sqlite"))).value());
    const qint64 caseId = store->createCase(CaseRecord{}).value();
    const Exchange exchange = requestOf(QStringLiteral("https://t.example/pb?subid=1&token=abc123"), {},
                                        {{"Authorization", "Bearer s3cr3t"}});
    const Verdict verdict = judgeExchange(exchange);

    QList<KeptSecret> toKeep;
    const qint64 kept = store->addExchange(caseId, StoredExchange::Role::Failing, exchange, verdict, &toKeep).value();
    QCOMPARE(toKeep.size(), 2);
    QCOMPARE(toKeep.at(0).secret.value, QStringLiteral("abc123"));
    QVERIFY(toKeep.at(0).ref.startsWith(QStringLiteral("exchange-secret/")));
    QVERIFY(toKeep.at(0).ref != toKeep.at(1).ref);
    const qint64 dropped = store->addExchange(caseId, StoredExchange::Role::Other, exchange, verdict).value();

    const auto recorded = secretsFromJson(store->exchangeById(kept)->data.value(QStringLiteral("secrets")).toArray());
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(recorded.at(0).ref, toKeep.at(0).ref);
    QCOMPARE(recorded.at(1).secret.where, FoundSecret::Where::RequestHeader);
    QVERIFY(recorded.at(1).secret.value.isEmpty());
    const auto notKept = secretsFromJson(store->exchangeById(dropped)->data.value(QStringLiteral("secrets")).toArray());
    QCOMPARE(notKept.size(), 2);
    QVERIFY(notKept.at(0).ref.isEmpty());

    QCOMPARE(store->secretRefs(caseId).value(), (QStringList{toKeep.at(0).ref, toKeep.at(1).ref}));
    QVERIFY(store->trashedSecretRefs().value().isEmpty());
    QVERIFY(store->trashCase(caseId).ok());
    QCOMPARE(store->trashedSecretRefs().value().size(), 2);

    // The file itself never holds a value.
    QFile file(store->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("abc123"));
    QVERIFY(!bytes.contains("s3cr3t"));
}

void TestSecrets::keychainKeepsRestoresForgets()
{
    if (!m_haveKeychain)
        QSKIP("No Secret Service on this session bus: run the suite through scripts/test.sh");
    const Redacted redacted = redact(requestOf(QStringLiteral("https://t.example/pb?subid=1&token=abc%2F123"), {},
                                               {{"Authorization", "Bearer ключ"}}));
    QList<KeptSecret> secrets;
    for (const FoundSecret& found : redacted.secrets)
        secrets.append(KeptSecret{found, newSecretRef()});

    const SecretsOutcome kept = wait([&](SecretsDone done) { keepSecrets(*m_keychain, secrets, done); });
    QVERIFY2(kept.done == 2,
             qPrintable(QStringLiteral("%1 found, %2 kept, %3 missing: %4")
                            .arg(secrets.size())
                            .arg(kept.done)
                            .arg(kept.missing)
                            .arg(kept.message)));
    QCOMPARE(kept.missing, 0);

    const auto recorded = secretsFromJson(secretsToJson(secrets));
    const SecretsOutcome back = wait([&](SecretsDone done) { restoreSecrets(*m_keychain, recorded, done); });
    QCOMPARE(back.missing, 0);
    QCOMPARE(back.restored.size(), 2);
    QCOMPARE(back.restored.at(0).value, QStringLiteral("abc%2F123"));
    QCOMPARE(back.restored.at(1).value, QStringLiteral("Bearer ключ"));

    QStringList refs;
    for (const KeptSecret& secret : secrets)
        refs.append(secret.ref);
    const SecretsOutcome forgotten = wait([&](SecretsDone done) { forgetSecrets(*m_keychain, refs, done); });
    QCOMPARE(forgotten.done, 2);
    const SecretsOutcome gone = wait([&](SecretsDone done) { restoreSecrets(*m_keychain, recorded, done); });
    QCOMPARE(gone.missing, 2);
    QVERIFY(gone.restored.isEmpty());
    QVERIFY2(gone.message.contains(QStringLiteral("token")), qPrintable(gone.message));

    // A secret recorded as not kept is said so without asking the keychain.
    QList<KeptSecret> notKept = recorded;
    notKept[0].ref.clear();
    notKept.removeLast();
    const SecretsOutcome none = wait([&](SecretsDone done) { restoreSecrets(*m_keychain, notKept, done); });
    QCOMPARE(none.missing, 1);
    QVERIFY(none.message.contains(QStringLiteral("not kept")));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
