// The settings the window and pbw share: defaults, round trip, every refused value, and pbw following
// them (timeout, user agents, the case store) against the loopback server.
#include "capi/capirequest.h"
#include "pbwrun.h"
#include "settings/preferences.h"
#include "store/casestore.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pbw;
using namespace pbw::test;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void defaultsWhenNothingIsSet();
    void roundTrip();
    void handEditedNonsenseFallsBackToDefaults();
    void problems_data();
    void problems();
    void userAgentLines_data();
    void userAgentLines();
    void userPresetsAreFoundByName();
    void pbwReplayWaitsAsLongAsTheSettingsSay();
    void pbwTraceUsesTheUsersUserAgent();
    void pbwCaseUsesTheStoreFromTheSettings();

private:
    QSettings pbwSettings() const
    {
        return QSettings(testConfigHome() + QStringLiteral("/PostbackWorkbench/postback-workbench.conf"),
                         QSettings::IniFormat);
    }

    QTemporaryDir m_dir;
    TestServer m_server;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
}

void TestPreferences::cleanup()
{
    QSettings settings = pbwSettings();
    settings.clear();
}

void TestPreferences::defaultsWhenNothingIsSet()
{
    const QSettings settings(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    const Preferences p = Preferences::load(settings);
    QCOMPARE(p.language, QString());
    QCOMPARE(p.timeoutMs, ReplayOptions::DefaultTimeoutMs);
    QCOMPARE(p.proxy, QStringLiteral("none"));
    QCOMPARE(p.maxBodyBytes, ReplayOptions::DefaultMaxBodyBytes);
    QVERIFY(p.userAgents.isEmpty());
    QVERIFY(p.secretNames.isEmpty());
    QCOMPARE(p.effectiveCaseStorePath(), CaseStore::defaultPath());
    QCOMPARE(p.effectiveApiVersion(), CapiEndpoint::defaultApiVersion());
    QVERIFY2(p.problems().isEmpty(), qPrintable(p.problems().value(0).message));
    const ReplayOptions options = p.replayOptions();
    QCOMPARE(options.timeoutMs, ReplayOptions::DefaultTimeoutMs);
    QCOMPARE(options.proxy.mode, ProxySetting::Mode::None);
}

void TestPreferences::roundTrip()
{
    Preferences p;
    p.language = QStringLiteral("ru");
    p.timeoutMs = 7'500;
    p.proxy = QStringLiteral("socks5://127.0.0.1:1080");
    p.userAgents = {{QStringLiteral("My phone"), QStringLiteral("My phone"), QStringLiteral("PbwPhone/1.0 (test)")},
                    {QStringLiteral("Old TV"), QStringLiteral("Old TV"), QStringLiteral("TV/0.1")}};
    p.maxBodyBytes = 3 * 1024 * 1024;
    p.secretNames = {QStringLiteral("api_key"), QStringLiteral("x-partner-sign")};
    p.caseStorePath = m_dir.filePath(QStringLiteral("elsewhere/cases.sqlite"));
    p.apiVersion = QStringLiteral("v24.0");
    QVERIFY2(p.problems().isEmpty(), qPrintable(p.problems().value(0).message));
    {
        QSettings settings(m_dir.filePath(QStringLiteral("round.ini")), QSettings::IniFormat);
        p.save(settings);
    }
    const QSettings settings(m_dir.filePath(QStringLiteral("round.ini")), QSettings::IniFormat);
    const Preferences back = Preferences::load(settings);
    QCOMPARE(back.language, p.language);
    QCOMPARE(back.timeoutMs, p.timeoutMs);
    QCOMPARE(back.proxy, p.proxy);
    QCOMPARE(back.userAgents.size(), 2);
    QCOMPARE(back.userAgents.at(0).name, QStringLiteral("My phone"));
    QCOMPARE(back.userAgents.at(1).value, QStringLiteral("TV/0.1"));
    QCOMPARE(back.maxBodyBytes, p.maxBodyBytes);
    QCOMPARE(back.secretNames, p.secretNames);
    QCOMPARE(back.effectiveCaseStorePath(), p.caseStorePath);
    QCOMPARE(back.effectiveApiVersion(), QStringLiteral("v24.0"));
    const ReplayOptions options = back.replayOptions();
    QCOMPARE(options.timeoutMs, 7'500);
    QCOMPARE(options.maxBodyBytes, p.maxBodyBytes);
    QCOMPARE(options.proxy.mode, ProxySetting::Mode::Url);
    QCOMPARE(options.proxy.url.port(), 1080);
}

void TestPreferences::handEditedNonsenseFallsBackToDefaults()
{
    QSettings settings(m_dir.filePath(QStringLiteral("nonsense.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("net/timeout_ms"), QStringLiteral("-5"));
    settings.setValue(QStringLiteral("net/max_body_bytes"), QStringLiteral("lots"));
    settings.setValue(QStringLiteral("net/proxy"), QStringLiteral("ftp://nowhere"));
    settings.setValue(QStringLiteral("trace/user_agent_presets"), QStringList{QStringLiteral("no equals sign")});
    const Preferences p = Preferences::load(settings);
    QCOMPARE(p.timeoutMs, ReplayOptions::DefaultTimeoutMs);
    QCOMPARE(p.maxBodyBytes, ReplayOptions::DefaultMaxBodyBytes);
    QCOMPARE(p.proxy, QStringLiteral("none"));
    QVERIFY(p.userAgents.isEmpty());
}

void TestPreferences::problems_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("field"); // -1: accepted
    QTest::addColumn<QString>("says");
    using F = PreferenceProblem::Field;
    const QString file = m_dir.filePath(QStringLiteral("a-file"));
    QFile(file).open(QIODevice::WriteOnly);
    QTest::newRow("language ru") << "language"
                                 << "ru" << -1 << "";
    QTest::newRow("language system") << "language"
                                     << "" << -1 << "";
    QTest::newRow("language de") << "language"
                                 << "de" << int(F::Language) << "\"de\"";
    QTest::newRow("timeout 1 s") << "timeout"
                                 << "1000" << -1 << "";
    QTest::newRow("timeout 0.5 s") << "timeout"
                                   << "500" << int(F::Timeout) << "between 1 and 600";
    QTest::newRow("timeout 11 min") << "timeout"
                                    << "660000" << int(F::Timeout) << "between 1 and 600";
    QTest::newRow("proxy system") << "proxy"
                                  << "system" << -1 << "";
    QTest::newRow("proxy http") << "proxy"
                                << "http://10.0.0.1:3128" << -1 << "";
    QTest::newRow("proxy ftp") << "proxy"
                               << "ftp://10.0.0.1:21" << int(F::Proxy) << "ftp";
    QTest::newRow("proxy words") << "proxy"
                                 << "my proxy" << int(F::Proxy) << "";
    QTest::newRow("body 1 MiB") << "body"
                                << "1048576" << -1 << "";
    QTest::newRow("body 1 KiB") << "body"
                                << "1024" << int(F::BodyLimit) << "capture limit";
    QTest::newRow("body 2 GiB") << "body"
                                << "2147483648" << int(F::BodyLimit) << "capture limit";
    QTest::newRow("secret names") << "secrets"
                                  << "api_key,x-sign,data[token]" << -1 << "";
    QTest::newRow("secret with space") << "secrets"
                                       << "api key" << int(F::SecretNames) << "\"api key\"";
    QTest::newRow("secret with =") << "secrets"
                                   << "a=b" << int(F::SecretNames) << "\"a=b\"";
    QTest::newRow("store absolute") << "store" << m_dir.filePath(QStringLiteral("new/deeper/cases.sqlite")) << -1 << "";
    QTest::newRow("store relative") << "store"
                                    << "cases.sqlite" << int(F::CaseStore) << "full path";
    QTest::newRow("store is a folder") << "store" << m_dir.path() << int(F::CaseStore) << "is a folder";
    QTest::newRow("store under a file") << "store" << file + QStringLiteral("/cases.sqlite") << int(F::CaseStore)
                                        << "is a file";
    QTest::newRow("version v24.0") << "version"
                                   << "v24.0" << -1 << "";
    QTest::newRow("version 25") << "version"
                                << "25" << int(F::ApiVersion) << "v25.0";
    QTest::newRow("user agent twice") << "agents"
                                      << "Phone = A/1\nPhone = B/2" << int(F::UserAgents) << "twice";
    QTest::newRow("user agent named like a preset") << "agents"
                                                    << "chrome = A/1" << int(F::UserAgents) << "twice";
}

void TestPreferences::problems()
{
    QFETCH(QString, what);
    QFETCH(QString, value);
    QFETCH(int, field);
    QFETCH(QString, says);
    Preferences p;
    if (what == QLatin1String("language"))
        p.language = value;
    else if (what == QLatin1String("timeout"))
        p.timeoutMs = value.toInt();
    else if (what == QLatin1String("proxy"))
        p.proxy = value;
    else if (what == QLatin1String("body"))
        p.maxBodyBytes = value.toLongLong();
    else if (what == QLatin1String("secrets"))
        p.secretNames = value.split(u',');
    else if (what == QLatin1String("store"))
        p.caseStorePath = value;
    else if (what == QLatin1String("version"))
        p.apiVersion = value;
    else if (what == QLatin1String("agents"))
        p.userAgents = Preferences::userAgentsFromText(value).value();
    const QList<PreferenceProblem> problems = p.problems();
    if (field < 0) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(int(problems.first().field), field);
    QVERIFY2(problems.first().message.contains(says), qPrintable(problems.first().message));
}

void TestPreferences::userAgentLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count"); // -1: refused
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << "" << 0 << "";
    QTest::newRow("two, blank line between") << "A = x/1\n\n  B=y/2 (z)  " << 2 << "";
    QTest::newRow("equals inside the value") << "A = x/1 (k=v)" << 1 << "";
    QTest::newRow("no equals") << "A x/1" << -1 << "Line 1";
    QTest::newRow("no name") << "ok = a/1\n = x/1" << -1 << "Line 2";
    QTest::newRow("no value") << "A = " << -1 << "Line 1";
    QTest::newRow("not ASCII") << "A = Мой/1" << -1 << "\"A\"";
}

void TestPreferences::userAgentLines()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QString, says);
    const auto parsed = Preferences::userAgentsFromText(text);
    if (count < 0) {
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(says), qPrintable(parsed.error()));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed.value().size(), count);
    // The text the dialog shows reads back to the same presets.
    const auto again = Preferences::userAgentsFromText(Preferences::userAgentsAsText(parsed.value()));
    QVERIFY(again);
    QCOMPARE(again.value().size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(again.value().at(i).value, parsed.value().at(i).value);
}

void TestPreferences::userPresetsAreFoundByName()
{
    const auto mine = Preferences::userAgentsFromText(QStringLiteral("My phone = PbwPhone/1.0")).value();
    QCOMPARE(userAgentFor(QStringLiteral("my phone"), mine), QStringLiteral("PbwPhone/1.0"));
    QVERIFY(userAgentFor(QStringLiteral("chrome"), mine).contains(QStringLiteral("Chrome/")));
    QCOMPARE(userAgentFor(QStringLiteral("Typed/2.0"), mine), QStringLiteral("Typed/2.0"));
    Preferences p;
    p.userAgents = mine;
    QCOMPARE(p.allUserAgents().last().name, QStringLiteral("My phone"));
    QCOMPARE(p.allUserAgents().size(), userAgentPresets().size() + 1);
}

void TestPreferences::pbwReplayWaitsAsLongAsTheSettingsSay()
{
    {
        QSettings settings = pbwSettings();
        settings.setValue(QStringLiteral("net/timeout_ms"), 1'000);
    }
    const PbwRun help = runPbw({QStringLiteral("replay"), QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("(default 1,")), qPrintable(help.out));
    ScriptedReply silent;
    silent.neverAnswer = true;
    m_server.setReply(silent);
    QElapsedTimer clock;
    clock.start();
    const PbwRun run = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb?subid=1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(clock.elapsed() < 8'000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(run.out.contains(QStringLiteral("1 s")) || run.out.contains(QStringLiteral("timed out"))
                 || run.out.contains(QStringLiteral("time")),
             qPrintable(run.out));
    // --timeout on the command line still wins.
    clock.restart();
    const PbwRun longer = runPbw(
        {QStringLiteral("replay"), QStringLiteral("--timeout"), QStringLiteral("3"), m_server.baseUrl() + "/pb"});
    QCOMPARE(longer.exitCode, 1);
    QVERIFY2(clock.elapsed() >= 2'950, qPrintable(QString::number(clock.elapsed())));
}

void TestPreferences::pbwTraceUsesTheUsersUserAgent()
{
    {
        QSettings settings = pbwSettings();
        settings.setValue(QStringLiteral("trace/user_agent_presets"),
                          QStringList{QStringLiteral("My phone = PbwPhone/1.0 (settings test)")});
    }
    m_server.clear();
    m_server.setReply(ScriptedReply::text(200, "<html>landing</html>", "text/html"));
    const PbwRun help = runPbw({QStringLiteral("trace"), QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("\"My phone\"")), qPrintable(help.out));
    const PbwRun run = runPbw({QStringLiteral("trace"), QStringLiteral("--ua"), QStringLiteral("My phone"),
                               m_server.baseUrl() + QStringLiteral("/land?gclid=abc")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.requests().first().header("User-Agent"), QByteArray("PbwPhone/1.0 (settings test)"));
}

void TestPreferences::pbwCaseUsesTheStoreFromTheSettings()
{
    const QString store = m_dir.filePath(QStringLiteral("moved/cases.sqlite"));
    {
        QSettings settings = pbwSettings();
        settings.setValue(QStringLiteral("cases/store"), store);
    }
    const PbwRun created = runPbw({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Moved store")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));
    QVERIFY(QFile::exists(store));
    const PbwRun listed = runPbw({QStringLiteral("case"), QStringLiteral("list")});
    QVERIFY2(listed.out.contains(QStringLiteral("Moved store")), qPrintable(listed.out));
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
