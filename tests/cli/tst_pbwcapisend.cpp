// pbw capi validate | send | token end to end, against a loopback fake of Meta's Graph endpoint that
// checks the token and the appsecret_proof and answers every error family; the token kept in the
// real Secret Service keyring the test command starts; and the token found nowhere it must not be.
#include "fakegraph.h"
#include "pbwrun.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace pbw::test;

namespace {

QJsonObject purchase(qint64 time)
{
    return QJsonObject{
        {QStringLiteral("event_name"), QStringLiteral("Purchase")},
        {QStringLiteral("event_time"), double(time)},
        {QStringLiteral("event_id"), QStringLiteral("order-1001")},
        {QStringLiteral("action_source"), QStringLiteral("website")},
        {QStringLiteral("event_source_url"), QStringLiteral("https://shop.example/thanks")},
        {QStringLiteral("user_data"),
         QJsonObject{{QStringLiteral("em"), QStringLiteral("  John_Smith@Gmail.com ")},
                     {QStringLiteral("ph"), QStringLiteral("+7 (916) 123-45-67")},
                     {QStringLiteral("ct"), QStringLiteral("Moscow")},
                     {QStringLiteral("client_user_agent"), QStringLiteral("Mozilla/5.0 (X11; Linux x86_64)")}}},
        {QStringLiteral("custom_data"),
         QJsonObject{{QStringLiteral("value"), 49.9}, {QStringLiteral("currency"), QStringLiteral("USD")}}}};
}

QString sha256(const QByteArray& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestPbwCapiSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_server.clear(); }
    void sendsAndReadsReceived();
    void explainsEveryErrorFamily_data();
    void explainsEveryErrorFamily();
    void explainsInRussian();
    void validationStopsTheSend();
    void validatesAsJson();
    void tokenFromStandardInput();
    void noTokenNoSend();
    void deadEndpoint();
    void keychainRoundTrip();
    void buildsFbc();
    void tokenFoundNowhere();

private:
    QString writeEvents(const QString& name, const QJsonArray& events);
    PbwRun send(const QString& file, const QByteArray& token, QStringList extra = {});

    TestServer m_server;
    QTemporaryDir m_dir;
};

void TestPbwCapiSend::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.setHandler(fakeGraph);
}

QString TestPbwCapiSend::writeEvents(const QString& name, const QJsonArray& events)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("data"), events}}).toJson());
    return path;
}

PbwRun TestPbwCapiSend::send(const QString& file, const QByteArray& token, QStringList extra)
{
    QStringList arguments{QStringLiteral("capi"),        QStringLiteral("send"), file, QStringLiteral("--pixel"), pixel,
                          QStringLiteral("--graph-url"), m_server.baseUrl()};
    arguments += extra;
    QList<QPair<QString, QString>> environment;
    if (!token.isNull())
        environment.append({QStringLiteral("PBW_CAPI_TOKEN"), QString::fromUtf8(token)});
    return runPbw(arguments, {}, environment);
}

void TestPbwCapiSend::sendsAndReadsReceived()
{
    const QString file
        = writeEvents(QStringLiteral("purchase.json"), {purchase(QDateTime::currentSecsSinceEpoch() - 60)});
    const PbwRun run
        = send(file, goodToken, {QStringLiteral("--test-code"), QStringLiteral("TEST4242"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(u"received").toBool(), true);
    QCOMPARE(json.value(u"events_received").toInt(), 1);
    QCOMPARE(json.value(u"fbtrace_id").toString(), QStringLiteral("TraceOk1"));
    QVERIFY(json.value(u"error").isNull());
    const QJsonObject sent = json.value(u"sent").toObject();
    QCOMPARE(sent.value(u"test_event_code").toString(), QStringLiteral("TEST4242"));
    QVERIFY(!sent.contains(u"access_token"));
    QVERIFY(!run.out.contains(QString::fromUtf8(goodToken)));

    // What went on the wire: the path, JSON, the token, and every customer value hashed as sha256sum would.
    QCOMPARE(m_server.requests().size(), 1);
    const RecordedRequest request = m_server.lastRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/v25.0/1234567890/events"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(u"access_token").toString().toUtf8(), goodToken);
    QVERIFY(!body.contains(u"appsecret_proof"));
    const QJsonObject userData = body.value(u"data").toArray().first().toObject().value(u"user_data").toObject();
    QCOMPARE(userData.value(u"em").toString(), sha256("john_smith@gmail.com"));
    QCOMPARE(userData.value(u"ph").toString(), sha256("79161234567"));
    QCOMPARE(userData.value(u"ct").toString(), sha256("moscow"));
    QCOMPARE(userData.value(u"client_user_agent").toString(), QStringLiteral("Mozilla/5.0 (X11; Linux x86_64)"));
    QCOMPARE(sent.value(u"data").toArray(), body.value(u"data").toArray());

    const PbwRun human = send(file, goodToken, {QStringLiteral("--test-code"), QStringLiteral("TEST4242")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(QStringLiteral("✓ 1 event received")), qPrintable(human.out));
    QVERIFY2(human.err.contains(QStringLiteral("Test Events")), qPrintable(human.err));

    const PbwRun partial = send(writeEvents(QStringLiteral("two.json"),
                                            {purchase(QDateTime::currentSecsSinceEpoch() - 60),
                                             purchase(QDateTime::currentSecsSinceEpoch() - 30)}),
                                "PARTIAL");
    QCOMPARE(partial.exitCode, 1);
    QVERIFY2(partial.out.contains(QStringLiteral("Only 1 of 2 events received")), qPrintable(partial.out));
    QVERIFY(partial.out.contains(QStringLiteral("event 2: duplicate event_id")));
}

void TestPbwCapiSend::explainsEveryErrorFamily_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("code");
    QTest::newRow("wrong token") << QByteArray("WRONG") << "token-invalid" << 190;
    QTest::newRow("expired token") << QByteArray("EXPIRED") << "token-expired" << 190;
    QTest::newRow("no permission") << QByteArray("NOPERM") << "permission" << 200;
    QTest::newRow("rate limit") << QByteArray("RATE") << "rate-limit" << 17;
    QTest::newRow("temporary") << QByteArray("TEMP") << "temporary" << 2;
    QTest::newRow("timestamp") << QByteArray("OLD") << "event-time" << 100;
}

void TestPbwCapiSend::explainsEveryErrorFamily()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, family);
    QFETCH(int, code);
    const QString file = writeEvents(QStringLiteral("one.json"), {purchase(QDateTime::currentSecsSinceEpoch() - 60)});
    const PbwRun run = send(file, token, {QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error = run.json().value(u"error").toObject();
    QCOMPARE(error.value(u"family").toString(), family);
    QCOMPARE(error.value(u"code").toInt(), code);
    QVERIFY(!error.value(u"title").toString().isEmpty());
    QVERIFY(!error.value(u"explanation").toString().isEmpty());
    QVERIFY(!error.value(u"fix").toString().isEmpty());
    QCOMPARE(run.json().value(u"fbtrace_id").toString(), QStringLiteral("TraceErr1"));
    const PbwRun human = send(file, token);
    QCOMPARE(human.exitCode, 1);
    QVERIFY2(human.out.contains(QStringLiteral("✗ Meta rejected the events: ") + error.value(u"title").toString()),
             qPrintable(human.out));
    QVERIFY(human.out.contains(QStringLiteral("Fix: ") + error.value(u"fix").toString()));
    QVERIFY(human.out.contains(QStringLiteral("TraceErr1")));
}

void TestPbwCapiSend::explainsInRussian()
{
    const QString file = writeEvents(QStringLiteral("one.json"), {purchase(QDateTime::currentSecsSinceEpoch() - 60)});
    const PbwRun wrong = send(file, "WRONG", {QStringLiteral("--lang"), QStringLiteral("ru")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.out.contains(QStringLiteral("Meta отклонила события: Meta не принимает этот маркер доступа.")),
             qPrintable(wrong.out));
    QVERIFY(wrong.out.contains(QStringLiteral("Как исправить:")));
    const PbwRun good = send(file, goodToken, {QStringLiteral("--lang"), QStringLiteral("ru")});
    QCOMPARE(good.exitCode, 0);
    QVERIFY2(good.out.contains(QStringLiteral("Получено 1 событие")), qPrintable(good.out));
}

void TestPbwCapiSend::validationStopsTheSend()
{
    QJsonObject event = purchase(QDateTime::currentSecsSinceEpoch() * 1000); // milliseconds: the classic mistake
    QJsonObject userData = event.value(u"user_data").toObject();
    userData.insert(QStringLiteral("fbc"), QStringLiteral("fb.1.1700000000.IwAR2abc")); // seconds
    event.insert(QStringLiteral("user_data"), userData);
    const QString file = writeEvents(QStringLiteral("bad.json"), {event});
    const PbwRun run = send(file, goodToken);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(m_server.requests().size(), 0);
    QVERIFY2(run.out.contains(QStringLiteral("event_time")) && run.out.contains(QStringLiteral("milliseconds")),
             qPrintable(run.out));
    QVERIFY(run.err.contains(QStringLiteral("Nothing was sent")));
    const PbwRun json = send(file, goodToken, {QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    QVERIFY(json.json().value(u"sent").isNull());
    QCOMPARE(json.json().value(u"problems").toArray().size(), 2);
    QCOMPARE(m_server.requests().size(), 0);
}

void TestPbwCapiSend::validatesAsJson()
{
    QJsonObject event = purchase(QDateTime::currentSecsSinceEpoch() - 60);
    QJsonObject custom = event.value(u"custom_data").toObject();
    custom.insert(QStringLiteral("currency"), QStringLiteral("$"));
    event.insert(QStringLiteral("custom_data"), custom);
    QJsonObject userData = event.value(u"user_data").toObject();
    userData.insert(QStringLiteral("ph"), QStringLiteral("8 (916) 123-45-67"));
    event.insert(QStringLiteral("user_data"), userData);
    const QString file
        = writeEvents(QStringLiteral("validate.json"), {purchase(QDateTime::currentSecsSinceEpoch() - 60), event});
    const PbwRun run = runPbw({QStringLiteral("capi"), QStringLiteral("validate"), file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray problems = run.json().value(u"problems").toArray();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).toObject(),
             (QJsonObject{{QStringLiteral("event"), 1},
                          {QStringLiteral("field"), QStringLiteral("user_data.ph")},
                          {QStringLiteral("id"), QStringLiteral("user-data-warning")},
                          {QStringLiteral("severity"), QStringLiteral("warning")},
                          {QStringLiteral("message"), problems.at(0).toObject().value(u"message")},
                          {QStringLiteral("fix"), QString()}}));
    QCOMPARE(problems.at(1).toObject().value(u"id").toString(), QStringLiteral("currency-invalid"));
    QCOMPARE(problems.at(1).toObject().value(u"severity").toString(), QStringLiteral("error"));
    QCOMPARE(run.json().value(u"user_data").toArray().size(), 8);

    const QString clean = writeEvents(QStringLiteral("clean.json"), {purchase(QDateTime::currentSecsSinceEpoch())});
    const PbwRun ok = runPbw({QStringLiteral("capi"), QStringLiteral("validate"), clean});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.contains(QStringLiteral("1 event checked: no problems found.")), qPrintable(ok.out));
    QCOMPARE(runPbw({QStringLiteral("capi"), QStringLiteral("validate"), m_dir.filePath(QStringLiteral("none.json"))})
                 .exitCode,
             2);
    QCOMPARE(runPbw({QStringLiteral("capi"), QStringLiteral("validate"), QStringLiteral("-")}, "{not json").exitCode,
             2);
}

void TestPbwCapiSend::tokenFromStandardInput()
{
    const QString file = writeEvents(QStringLiteral("one.json"), {purchase(QDateTime::currentSecsSinceEpoch() - 60)});
    const PbwRun run = runPbw({QStringLiteral("capi"), QStringLiteral("send"), file, QStringLiteral("--pixel"), pixel,
                               QStringLiteral("--graph-url"), m_server.baseUrl(), QStringLiteral("--token-stdin")},
                              goodToken + "\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(m_server.lastRequest().body).object().value(u"access_token").toString().toUtf8(),
             goodToken);
    // The events and the token cannot both come from standard input.
    QCOMPARE(runPbw({QStringLiteral("capi"), QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--pixel"),
                     pixel, QStringLiteral("--token-stdin")},
                    "{}")
                 .exitCode,
             2);
}

void TestPbwCapiSend::noTokenNoSend()
{
    const QString file = writeEvents(QStringLiteral("one.json"), {purchase(QDateTime::currentSecsSinceEpoch() - 60)});
    const PbwRun run = send(file, QByteArray(), {QStringLiteral("--pixel"), QStringLiteral("999000111")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--token-stdin")), qPrintable(run.err));
    QCOMPARE(m_server.requests().size(), 0);
    const PbwRun badPixel = send(file, goodToken, {QStringLiteral("--pixel"), QStringLiteral("act_123")});
    QCOMPARE(badPixel.exitCode, 2);
    QVERIFY(badPixel.err.contains(QStringLiteral("digits only")));
}

void TestPbwCapiSend::deadEndpoint()
{
    QTcpServer closed; // a port that was just free: nobody answers there
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    const QString file = writeEvents(QStringLiteral("one.json"), {purchase(QDateTime::currentSecsSinceEpoch() - 60)});
    const PbwRun run = runPbw({QStringLiteral("capi"), QStringLiteral("send"), file, QStringLiteral("--pixel"), pixel,
                               QStringLiteral("--graph-url"), url},
                              {}, {{QStringLiteral("PBW_CAPI_TOKEN"), QString::fromUtf8(goodToken)}});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("No answer from the Graph API.")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QString::fromUtf8(goodToken)) && !run.err.contains(QString::fromUtf8(goodToken)));
}

void TestPbwCapiSend::keychainRoundTrip()
{
    const QString kept = QStringLiteral("555000111");
    const PbwRun set = runPbw(
        {QStringLiteral("capi"), QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("--pixel"), kept},
        goodToken);
    if (set.exitCode != 0 && !qEnvironmentVariableIsSet("PBW_REQUIRE_KEYRING"))
        QSKIP("No test keyring: run the suite through scripts/test.sh");
    QCOMPARE(set.exitCode, 0);
    QVERIFY(set.err.contains(QStringLiteral("kept in the keychain")));
    const QString file = writeEvents(QStringLiteral("one.json"), {purchase(QDateTime::currentSecsSinceEpoch() - 60)});
    const PbwRun fromKeychain = send(file, QByteArray(), {QStringLiteral("--pixel"), kept});
    QCOMPARE(fromKeychain.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(m_server.lastRequest().body).object().value(u"access_token").toString().toUtf8(),
             goodToken);

    // With the app secret kept too, appsecret_proof goes along, and the fake endpoint checks it.
    QCOMPARE(runPbw({QStringLiteral("capi"), QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("--pixel"),
                     kept, QStringLiteral("--app-secret")},
                    appSecret)
                 .exitCode,
             0);
    QCOMPARE(send(file, QByteArray(), {QStringLiteral("--pixel"), kept}).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(m_server.lastRequest().body).object().value(u"appsecret_proof").toString(),
             QString::fromLatin1(
                 QMessageAuthenticationCode::hash(goodToken, appSecret, QCryptographicHash::Sha256).toHex()));

    for (const QStringList& which : {QStringList{}, QStringList{QStringLiteral("--app-secret")}}) {
        const PbwRun cleared = runPbw(QStringList{QStringLiteral("capi"), QStringLiteral("token"),
                                                  QStringLiteral("clear"), QStringLiteral("--pixel"), kept}
                                      + which);
        QCOMPARE(cleared.exitCode, 0);
        QVERIFY(cleared.err.contains(QStringLiteral("removed from the keychain")));
    }
    const PbwRun gone = send(file, QByteArray(), {QStringLiteral("--pixel"), kept});
    QCOMPARE(gone.exitCode, 2);
    QVERIFY2(gone.err.contains(QStringLiteral("pbw capi token set --pixel 555000111")), qPrintable(gone.err));
}

void TestPbwCapiSend::tokenFoundNowhere()
{
    const QString db = m_dir.filePath(QStringLiteral("capi-cases.sqlite"));
    const PbwRun created = runPbw({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Meta CAPI check"),
                                   QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(created.exitCode, 0);
    const QString id = QString::number(created.json().value(u"id").toInteger());
    const QString file = writeEvents(QStringLiteral("one.json"), {purchase(QDateTime::currentSecsSinceEpoch() - 60)});
    QList<PbwRun> runs;
    runs.append(send(file, goodToken, {QStringLiteral("--case"), id, QStringLiteral("--db"), db}));
    QCOMPARE(runs.last().exitCode, 0);
    QVERIFY2(runs.last().err.contains(QStringLiteral("Saved as exchange 1 of case #") + id),
             qPrintable(runs.last().err));
    runs.append(runPbw(
        {QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--db"), db, QStringLiteral("--json")}));
    QCOMPARE(runs.last().exitCode, 0);
    QStringList exported;
    for (const QString& format :
         {QStringLiteral("case"), QStringLiteral("har"), QStringLiteral("html"), QStringLiteral("curl")}) {
        const QString path = m_dir.filePath(QStringLiteral("export.") + format);
        runs.append(runPbw({QStringLiteral("case"), QStringLiteral("export"), id, QStringLiteral("--format"), format,
                            QStringLiteral("-o"), path, QStringLiteral("--db"), db}));
        QCOMPARE(runs.last().exitCode, 0);
        exported.append(path);
    }
    // The database (and its journal), every export, and everything pbw printed hold no token; the
    // stored request says where it was.
    const QDir folder(m_dir.path());
    QStringList files = exported;
    for (const QString& name : folder.entryList({QStringLiteral("capi-cases.sqlite*")}, QDir::Files))
        files.append(folder.filePath(name));
    QVERIFY(files.size() >= 5);
    for (const QString& path : std::as_const(files)) {
        QFile read(path);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QVERIFY2(!read.readAll().contains(goodToken), qPrintable(path));
    }
    for (const PbwRun& run : std::as_const(runs)) {
        QVERIFY(!run.out.contains(QString::fromUtf8(goodToken)));
        QVERIFY(!run.err.contains(QString::fromUtf8(goodToken)));
    }
    QFile caseFile(exported.first());
    QVERIFY(caseFile.open(QIODevice::ReadOnly));
    QVERIFY(caseFile.readAll().contains("access_token"));
    QVERIFY(runs.at(1).out.contains(QStringLiteral("[redacted]")));
}

void TestPbwCapiSend::buildsFbc()
{
    // 2026-11-30T10:15:00Z is 1796033700 (date -u -d @1796033700).
    const PbwRun url = runPbw({QStringLiteral("capi"), QStringLiteral("fbc"),
                               QStringLiteral("https://shop.example/p?utm_source=fb&fbclid=IwAR2AbC-dEf"),
                               QStringLiteral("--time"), QStringLiteral("2026-11-30T10:15:00Z")});
    QCOMPARE(url.exitCode, 0);
    QCOMPARE(url.out.trimmed(), QStringLiteral("fb.1.1796033700000.IwAR2AbC-dEf"));
    const PbwRun json = runPbw({QStringLiteral("capi"), QStringLiteral("fbc"), QStringLiteral("IwAR.x"),
                                QStringLiteral("--time"), QStringLiteral("1796033700"),
                                QStringLiteral("--subdomain-index"), QStringLiteral("2"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(u"fbc").toString(), QStringLiteral("fb.2.1796033700000.IwAR.x"));
    QCOMPARE(json.json().value(u"fbclid").toString(), QStringLiteral("IwAR.x"));
    QCOMPARE(
        runPbw({QStringLiteral("capi"), QStringLiteral("fbc"), QStringLiteral("https://x.example/?gclid=1")}).exitCode,
        2);
    QCOMPARE(runPbw({QStringLiteral("capi"), QStringLiteral("fbc"), QStringLiteral("IwAR"), QStringLiteral("--time"),
                     QStringLiteral("yesterday")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestPbwCapiSend)
#include "tst_pbwcapisend.moc"
