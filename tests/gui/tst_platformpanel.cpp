// The Conversion APIs tab beyond Meta, as a media buyer running the same offer on Meta and TikTok
// uses it, on the offscreen platform: one Purchase typed once in the form, every platform's value
// side by side with the + and the Gmail dots marked and explained; a test send to TikTok's and
// Pinterest's loopback fakes with the token kept in the real keychain; a real send only after the
// question is answered yes; both languages.
#include "capi/capipanel.h"
#include "capi/platformsendbox.h"
#include "capi/platformview.h"
#include "capi/secretfield.h"
#include "fakeplatforms.h"
#include "i18n/language.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace pbw;
using namespace pbw::test;

class TestPlatformPanel : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_panel.reset(); }
    void everyPlatformSideBySide();
    void testSendToTikTokWithTheKeychain();
    void realSendAsksFirst();
    void russian();
    void screenshots(); // only with PBW_SCREENSHOT_DIR: the window, per-platform view and send, en and ru

private:
    template <typename T> T* in(const char* name) const { return m_panel->findChild<T*>(QLatin1String(name)); }
    void type(const char* name, const QString& text);
    int row(const QString& field) const;
    QString cell(const QString& field, const QString& platform) const;
    ui::PlatformSendBox* sendBox() const { return m_panel->findChild<ui::PlatformSendBox*>(); }
    void sendAndWait();

    TestServer m_server;
    std::unique_ptr<QSettings> m_settingsFile;
    std::unique_ptr<ui::CapiPanel> m_panel;
};

void TestPlatformPanel::initTestCase()
{
    useTestPaths();
    QVERIFY(m_server.listen());
    m_server.setHandler(fakePlatforms);
}

void TestPlatformPanel::init()
{
    resetLanguage();
    m_server.clear();
    m_settingsFile = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("platforms.ini")), QSettings::IniFormat);
    for (const char* id : {"tiktok", "snapchat", "google-ads", "ga4", "pinterest", "reddit"})
        m_settingsFile->setValue(QStringLiteral("capi/%1/base_url").arg(QLatin1String(id)), m_server.baseUrl());
    m_panel = std::make_unique<ui::CapiPanel>();
    m_panel->restoreState(*m_settingsFile);
    m_panel->resize(1280, 860);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    type("field_em", QStringLiteral("John.Smith@Gmail.com"));
    type("field_ph", QStringLiteral("+1 (650) 555-1234"));
    type("field_client_user_agent", QStringLiteral("Mozilla/5.0 (X11; Linux x86_64)"));
    type("field_client_ip_address", QStringLiteral("203.0.113.7"));
    type("field_value", QStringLiteral("49.90"));
}

void TestPlatformPanel::type(const char* name, const QString& text)
{
    auto* edit = in<QLineEdit>(name);
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

int TestPlatformPanel::row(const QString& field) const
{
    const QTableWidget* table = in<QTableWidget>("platformTable");
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text().endsWith(field))
            return r;
    }
    return -1;
}

QString TestPlatformPanel::cell(const QString& field, const QString& platform) const
{
    const QTableWidget* table = in<QTableWidget>("platformTable");
    const int r = row(field);
    for (int c = 0; c < table->columnCount(); ++c) {
        if (r >= 0 && table->horizontalHeaderItem(c)->text() == platform)
            return table->item(r, c)->text();
    }
    return QStringLiteral("<no cell %1 %2>").arg(field, platform);
}

void TestPlatformPanel::sendAndWait()
{
    QSignalSpy done(m_panel.get(), &ui::CapiPanel::exchangeCompleted);
    QTest::mouseClick(in<QPushButton>("platformSend"), Qt::LeftButton);
    QVERIFY(done.wait(20'000));
}

void TestPlatformPanel::everyPlatformSideBySide()
{
    auto* views = in<QTabWidget>("capiViews");
    views->setCurrentIndex(1);
    QCOMPARE(views->tabText(1), QStringLiteral("Every platform"));
    QCOMPARE(cell(QStringLiteral("ph"), QStringLiteral("Meta")), QStringLiteral("16505551234"));
    QCOMPARE(cell(QStringLiteral("ph"), QStringLiteral("TikTok")), QStringLiteral("≠ +16505551234"));
    QCOMPARE(cell(QStringLiteral("em"), QStringLiteral("Google Ads")), QStringLiteral("≠ johnsmith@gmail.com"));
    QCOMPARE(cell(QStringLiteral("em"), QStringLiteral("Meta")), QStringLiteral("john.smith@gmail.com"));
    QCOMPARE(cell(QStringLiteral("client_user_agent"), QStringLiteral("Google Ads")), QStringLiteral("—"));
    const QTableWidget* table = in<QTableWidget>("platformTable");
    QVERIFY(table->item(row(QStringLiteral("ph")), 0)->text().startsWith(QStringLiteral("≠")));
    QVERIFY(table->item(row(QStringLiteral("em")), 3)->toolTip().contains(QStringLiteral("SHA-256 ")));
    QStringList reasons;
    for (int i = 0; i < in<QListWidget>("platformReasons")->count(); ++i)
        reasons.append(in<QListWidget>("platformReasons")->item(i)->text());
    QVERIFY2(reasons.join(u'\n').contains(QStringLiteral("keeps the + before the country code (E.164)")),
             qPrintable(reasons.join(u'\n')));
    QVERIFY(reasons.join(u'\n').contains(QStringLiteral("Google Ads, GA4: removes the dots before @gmail.com")));
    // The checks row: GA4 lacks the visitor's client_id.
    const int checks = table->rowCount() - 1;
    QCOMPARE(table->item(checks, 0)->text(), QStringLiteral("Checks"));
    QVERIFY(table->item(checks, 6)->text().startsWith(QStringLiteral("✗")));
    QVERIFY2(table->item(checks, 6)->toolTip().contains(QStringLiteral("client_id")),
             qPrintable(table->item(checks, 6)->toolTip()));
}

void TestPlatformPanel::testSendToTikTokWithTheKeychain()
{
    in<QTabWidget>("capiViews")->setCurrentIndex(2);
    sendBox()->selectPlatform(QStringLiteral("tiktok"));
    type("platformAccount", tiktokPixel);
    in<QLineEdit>("platformAccount")->editingFinished();
    type("platformTestCode", QStringLiteral("TEST777"));
    type("platformClickId", QStringLiteral("E.C.P.from-the-box"));
    QVERIFY(in<QPlainTextEdit>("platformPreview")->toPlainText().contains(QStringLiteral("CompletePayment")));
    QVERIFY(in<QPlainTextEdit>("platformPreview")->toPlainText().contains(QStringLiteral("E.C.P.from-the-box")));
    auto* token = sendBox()->findChild<ui::SecretField*>(QStringLiteral("secret-Access-Token"));
    QVERIFY(token);
    token->edit()->setText(QString::fromLatin1(platformToken));
    sendAndWait();
    QCOMPARE(in<QLabel>("platformAnswerHeadline")->text(), QStringLiteral("TikTok: 1 test event received"));
    QCOMPARE(m_server.lastRequest().header("Access-Token"), platformToken);
    QVERIFY(!in<QPlainTextEdit>("platformPreview")->toPlainText().contains(QString::fromLatin1(platformToken)));

    // Again, from a new panel: the token comes back from the keychain.
    m_panel->saveState(*m_settingsFile);
    init();
    QCOMPARE(sendBox()->platformId(), QStringLiteral("tiktok"));
    QCOMPARE(in<QLineEdit>("platformAccount")->text(), tiktokPixel);
    type("platformTestCode", QStringLiteral("TEST778"));
    m_server.clear();
    sendAndWait();
    QVERIFY2(m_server.lastRequest().header("Access-Token") == platformToken,
             qPrintable(in<QLabel>("platformAnswerHeadline")->text()));
}

void TestPlatformPanel::realSendAsksFirst()
{
    sendBox()->selectPlatform(QStringLiteral("pinterest"));
    type("platformAccount", pinterestAccount);
    in<QLineEdit>("platformAccount")->editingFinished();
    sendBox()
        ->findChild<ui::SecretField*>(QStringLiteral("secret-Authorization"))
        ->edit()
        ->setText(QStringLiteral("GOOD"));
    in<QCheckBox>("platformTest")->setChecked(false);
    QCOMPARE(in<QPushButton>("platformSend")->text(), QStringLiteral("Send for real…"));
    QString asked;
    sendBox()->setConfirmation([&asked](const QString& question) {
        asked = question;
        return false;
    });
    QTest::mouseClick(in<QPushButton>("platformSend"), Qt::LeftButton);
    QVERIFY(asked.contains(QStringLiteral("Pinterest records 1 conversion")));
    QTest::qWait(200);
    QCOMPARE(m_server.requests().size(), 0); // answered no: nothing went
    sendBox()->setConfirmation([](const QString&) { return true; });
    sendAndWait();
    QCOMPARE(in<QLabel>("platformAnswerHeadline")->text(), QStringLiteral("Pinterest: 1 event received"));
    QVERIFY(!m_server.lastRequest().target.contains("test=true"));
}

void TestPlatformPanel::russian()
{
    Language::apply(QStringLiteral("ru"));
    QCoreApplication::processEvents();
    auto* views = in<QTabWidget>("capiViews");
    QVERIFY2(views->tabText(1) != QStringLiteral("Every platform"), qPrintable(views->tabText(1)));
    views->setCurrentIndex(1); // worked out when it shows
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    const QString reasons = in<QListWidget>("platformReasons")->item(0)->text();
    QVERIFY2(reasons.contains(QRegularExpression(QStringLiteral("[а-я]{4}"))), qPrintable(reasons));
    sendBox()->selectPlatform(QStringLiteral("pinterest"));
    type("platformAccount", pinterestAccount);
    sendBox()
        ->findChild<ui::SecretField*>(QStringLiteral("secret-Authorization"))
        ->edit()
        ->setText(QStringLiteral("NOPERM"));
    sendAndWait();
    const QString headline = in<QLabel>("platformAnswerHeadline")->text();
    QVERIFY2(headline.contains(QStringLiteral("Pinterest"))
                 && headline.contains(QRegularExpression(QStringLiteral("[а-я]{4}"))),
             qPrintable(headline));
    QVERIFY(in<QPlainTextEdit>("platformAnswer")->toPlainText().contains(QStringLiteral("You are not permitted")));
    // Back to English: the answer is explained again in it.
    Language::apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(in<QLabel>("platformAnswerHeadline")->text(),
             QStringLiteral("Pinterest refused the events: The token may not send to this Pinterest account."));
}

void TestPlatformPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("PBW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("screenshots only: PBW_SCREENSHOT_DIR is not set");
    m_panel.reset();
    newSettings();
    for (const char* id : {"tiktok", "snapchat", "google-ads", "ga4", "pinterest", "reddit"})
        m_settings->setValue(QStringLiteral("capi/%1/base_url").arg(QLatin1String(id)), m_server.baseUrl());
    m_window.reset();
    QVERIFY(openWindow());
    m_window->resize(1366, 768);
    ui::CapiPanel* panel = m_window->capiPanel();
    m_window->findChild<QTabWidget*>()->setCurrentWidget(panel);
    const auto fill = [panel](const char* name, const QString& text) {
        auto* edit = panel->findChild<QLineEdit*>(QLatin1String(name));
        edit->setText(text);
        emit edit->textEdited(text);
    };
    fill("field_em", QStringLiteral("John.Smith+shop@Gmail.com"));
    fill("field_ph", QStringLiteral("+44 0447 234 2344"));
    fill("field_fn", QStringLiteral("Mary-Ann"));
    fill("field_ln", QStringLiteral("Van Dyke"));
    fill("field_ct", QStringLiteral("London"));
    fill("field_zp", QStringLiteral("SW1A 1AA"));
    fill("field_country", QStringLiteral("United Kingdom"));
    fill("field_client_ip_address", QStringLiteral("203.0.113.7"));
    fill("field_client_user_agent", QStringLiteral("Mozilla/5.0 (X11; Linux x86_64)"));
    fill("field_value", QStringLiteral("49.90"));
    auto* views = panel->findChild<QTabWidget*>(QStringLiteral("capiViews"));
    auto* splitter = panel->findChild<QSplitter*>(QStringLiteral("capiSplitter"));
    splitter->setSizes({250, 450}); // the table's rows in view
    views->setCurrentIndex(1);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        m_window->setLanguage(language);
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("platforms-%1.png").arg(language))));
    }
    m_window->setLanguage(QStringLiteral("en"));
    views->setCurrentIndex(2);
    auto* box = panel->findChild<ui::PlatformSendBox*>();
    box->selectPlatform(QStringLiteral("google-ads"));
    fill("platformAccount", googleCustomer);
    panel->findChild<QLineEdit*>(QStringLiteral("platformAccount"))->editingFinished();
    fill("field-conversionAction", QStringLiteral("987654"));
    fill("platformClickId", QStringLiteral("UNKNOWN-CLICK"));
    box->findChild<ui::SecretField*>(QStringLiteral("secret-Authorization"))->edit()->setText(QStringLiteral("GOOD"));
    box->findChild<ui::SecretField*>(QStringLiteral("secret-developer-token"))
        ->edit()
        ->setText(QString::fromLatin1(developerToken));
    QSignalSpy done(panel, &ui::CapiPanel::exchangeCompleted);
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("platformSend")), Qt::LeftButton);
    QVERIFY(done.wait(20'000));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        m_window->setLanguage(language);
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("platforms-send-%1.png").arg(language))));
    }
    closeWindow();
}

QTEST_MAIN(TestPlatformPanel)
#include "tst_platformpanel.moc"
