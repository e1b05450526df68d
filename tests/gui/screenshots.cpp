// pbw-screenshots DIR: writes the README's screenshots of the Replay and Template diff tabs into DIR
// (scripts/screenshots.sh runs it). The real window on Qt's offscreen platform, as the GUI tests
// drive it, against the loopback server; not a test, so it is not registered with CTest.
#include "examplecallbacks.h"
#include "mainwindow.h"
#include "replay/replaypanel.h"
#include "templatediff/templatediffpanel.h"
#include "testserver.h"
#include "windowfixture.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <cstdio>

using namespace pbw;
using namespace pbw::test;

namespace {

const QString& Template = exampleTemplate;
const QString& RealCallback = exampleCallback;

} // namespace

// Each slot is one set of screenshots, taken in a new window with new settings (the fixture's).
class Screenshots : public QObject, protected WindowFixture
{
    Q_OBJECT

public:
    explicit Screenshots(const QString& dir)
        : m_out(dir)
    {
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void replay();
    void templateDiff();

private:
    // Within the given tab first: other tabs (Compare) hold widgets of the same names.
    template <typename T> T* find(QWidget* tab, const char* name) const
    {
        T* inTab = tab->findChild<T*>(QLatin1String(name));
        return inTab ? inTab : m_window->findChild<T*>(QLatin1String(name));
    }
    template <typename T> T* inReplay(const char* name) const { return find<T>(m_window->replayPanel(), name); }
    template <typename T> T* inDiff(const char* name) const { return find<T>(m_window->templateDiffPanel(), name); }
    bool save(const QString& name) const
    {
        const QString path = QDir(m_out).filePath(name);
        const bool saved = m_window->grab().save(path);
        if (saved)
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
        return saved;
    }

    QString m_out;
    TestServer m_server;
};

void Screenshots::initTestCase()
{
    useTestPaths({1180, 760});
    QVERIFY(m_server.listen());
}

void Screenshots::init()
{
    m_server.clear();
    newSettings();
    QVERIFY(openWindow());
}

void Screenshots::cleanup()
{
    closeWindow();
}

// replay-en/ru: a callback with a macro left in it and a fragment; replay-verdict-en/ru: a 200
// refusing a duplicate; replay-reason-en/ru: a reason read from an enum token.
void Screenshots::replay()
{
    m_server.setReply(ScriptedReply::text(
        200, "{\"status\":\"success\",\"code\":200,\"conversion\":{\"click_id\":\"\",\"payout\":null}}",
        "application/json"));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        m_window->setLanguage(language);
        QTest::qWait(50);
        // QTest::keyClicks types ASCII only; a pasted URL is what a user does anyway.
        inReplay<QPlainTextEdit>("url")->setPlainText(
            m_server.baseUrl() + QStringLiteral("/postback?subid={clickid}&payout=1.5&goal=покупка&status=#status#"));
        QTest::mouseClick(inReplay<QPushButton>("send"), Qt::LeftButton);
        QTRY_VERIFY(inReplay<QLabel>("statusBadge")->text().contains(QStringLiteral("200")));
        QVERIFY(save(QStringLiteral("replay-%1.png").arg(language)));
    }
    // The verdict on an answer, in both languages: a duplicate, then a reason read from the answer's
    // own words (an enum token in the outcome member).
    const auto shootVerdict = [&](const QByteArray& answer, const QString& name) {
        m_server.setReply(ScriptedReply::text(200, answer, "application/json"));
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            m_window->setLanguage(language);
            inReplay<QPlainTextEdit>("url")->setPlainText(
                m_server.baseUrl() + QStringLiteral("/postback?subid=8fk2q9x1mz0c4&payout=1.50&status=sale"));
            QTest::mouseClick(inReplay<QPushButton>("send"), Qt::LeftButton);
            QTRY_VERIFY(inReplay<QLabel>("verdictHeadline")->isVisible());
            QTest::qWait(50);
            QVERIFY(save(QStringLiteral("%1-%2.png").arg(name, language)));
        }
    };
    shootVerdict(R"({"status":"error","message":"Duplicate conversion","code":409})", QStringLiteral("replay-verdict"));
    shootVerdict(R"({"success":false,"error":{"code":"OFFER_CAP_REACHED","message":"Daily conversion cap reached"}})",
                 QStringLiteral("replay-reason"));
    m_window->setLanguage(QStringLiteral("en"));
}

// template-diff-en/ru: the partner's template against a callback that returned 200, with its findings.
void Screenshots::templateDiff()
{
    inDiff<QTabWidget>("tabs")->setCurrentWidget(m_window->templateDiffPanel());
    inDiff<QPlainTextEdit>("leftInput")->setPlainText(Template);
    inDiff<QPlainTextEdit>("rightInput")->setPlainText(RealCallback);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        m_window->setLanguage(language);
        QTest::qWait(400);
        QVERIFY(QTest::qWaitFor([&] { return inDiff<QTreeWidget>("findings")->topLevelItemCount() >= 4; }, 5000));
        QVERIFY(save(QStringLiteral("template-diff-%1.png").arg(language)));
    }
    m_window->setLanguage(QStringLiteral("en"));
}

int main(int argc, char** argv)
{
    if (argc != 2 || argv[1][0] == '-') {
        std::fprintf(stderr,
                     "usage: %s DIR\nwrites the Replay and Template diff screenshots (PNG) into DIR, on Qt's "
                     "offscreen platform unless QT_QPA_PLATFORM names another\n",
                     argv[0]);
        return 2;
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true); // as QTEST_MAIN sets it: the same sizes as in the GUI tests
    const QStringList arguments = QApplication::arguments();
    const QString dir = QDir(arguments.at(1)).absolutePath();
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir));
        return 1;
    }
    Screenshots screenshots(dir);
    // Run as a test object so a step that does not come (no answer, no verdict) fails loudly.
    return QTest::qExec(&screenshots, QStringList{arguments.at(0), QStringLiteral("-silent")});
}

#include "screenshots.moc"
