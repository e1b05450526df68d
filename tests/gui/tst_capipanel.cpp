// The Conversion APIs tab, Meta's part, as the issue's user goes through it, on the offscreen platform, against the
// loopback fake Graph endpoint: a Purchase with a raw e-mail, phone and city, each value shown
// normalised and hashed, the one warning fixed, sent with a test event code, "1 event received";
// a wrong token explained; both languages; the form and the JSON edited both ways; the token in
// the real keychain (or, on a machine without one, used for the session only) and nowhere else.
#include "capi/capipanel.h"
#include "capi/endpointdialog.h"
#include "capi/fbcdialog.h"
#include "capi/secretfield.h"
#include "cases/casesession.h"
#include "fakegraph.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "secrets/secretstore.h"
#include "store/casestore.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace pbw;
using namespace pbw::test;

namespace {

// A machine without a keychain: the one place a stand-in is used, because the real keyring runs.
class NoKeychain : public SecretStore
{
public:
    void write(const QString&, const QByteArray&, Done done) override { done(none()); }
    void read(const QString&, Done done) override { done(none()); }
    void remove(const QString&, Done done) override { done(none()); }
    void probe(Done done) override { done(none()); }

private:
    static SecretOutcome none()
    {
        SecretOutcome outcome;
        outcome.status = SecretOutcome::Status::NoKeychain;
        outcome.message = QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
        return outcome;
    }
};

QStringList logged;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    logged.append(message);
    previousHandler(type, context, message);
}

QString sha256(const QByteArray& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestCapiPanel : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void purchaseFromRawValuesToReceived();
    void formAndJsonEditBothWays();
    void russianWordsForAWrongToken();
    void tokenComesBackFromTheKeychain();
    void withoutKeychainTheTokenServesTheSession();
    void fbcBuiltFromALandingUrl();
    void exchangeKeptInTheCaseWithoutTheToken();
    void cancelWhileWaiting();
    void endpointSettings();

private:
    template <typename T> T* in(QWidget* parent, const char* name) const
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    void type(QWidget* panel, const char* name, const QString& text);
    QString tableCell(ui::CapiPanel* panel, const QString& field, int column);
    void sendAndWait(ui::CapiPanel* panel);

    TestServer m_server;
    std::unique_ptr<ui::CapiPanel> m_panel;
};

// The settings the test writes the fake Graph API's address to (what the window hands the panel).
static QSettings& testSettings()
{
    static QSettings settings(QStringLiteral("PostbackWorkbench"), QStringLiteral("postback-workbench"));
    return settings;
}

void TestCapiPanel::initTestCase()
{
    useTestPaths();
    QVERIFY(m_server.listen());
    m_server.setHandler(fakeGraph);
    testSettings().setValue(QStringLiteral("capi/graph_url"), m_server.baseUrl());
    previousHandler = qInstallMessageHandler(recordMessage);
}

void TestCapiPanel::init()
{
    resetLanguage();
    m_server.clear();
    m_panel = std::make_unique<ui::CapiPanel>();
    m_panel->setEndpoint(CapiEndpoint::load(testSettings()));
    m_panel->resize(1100, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestCapiPanel::cleanup()
{
    m_panel.reset();
    closeWindow();
    for (const QString& message : std::as_const(logged))
        QVERIFY2(!message.contains(QString::fromUtf8(goodToken)), qPrintable(message));
}

void TestCapiPanel::type(QWidget* panel, const char* name, const QString& text)
{
    auto* edit = in<QLineEdit>(panel, name);
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QString TestCapiPanel::tableCell(ui::CapiPanel* panel, const QString& field, int column)
{
    auto* table = in<QTableWidget>(panel, "normalization");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == field)
            return table->item(row, column)->text();
    }
    return QStringLiteral("<no row for %1>").arg(field);
}

void TestCapiPanel::sendAndWait(ui::CapiPanel* panel)
{
    QSignalSpy done(panel, &ui::CapiPanel::exchangeCompleted);
    QTest::mouseClick(in<QPushButton>(panel, "send"), Qt::LeftButton);
    QVERIFY(done.wait(20'000));
}

void TestCapiPanel::purchaseFromRawValuesToReceived()
{
    ui::CapiPanel* panel = m_panel.get();
    type(panel, "pixel", pixel);
    in<QLineEdit>(panel, "pixel")->editingFinished();
    type(panel, "testCode", QStringLiteral("TEST4242"));
    QVERIFY(in<QLabel>(panel, "testNotice")->isVisible());
    QVERIFY(in<QLabel>(panel, "testNotice")->text().contains(QStringLiteral("Test Events")));
    type(panel, "field_em", QStringLiteral("  John_Smith@Gmail.com "));
    type(panel, "field_ph", QStringLiteral("8 (916) 123-45-67"));
    type(panel, "field_ct", QStringLiteral("Moscow"));
    type(panel, "field_client_user_agent", QStringLiteral("Mozilla/5.0 (X11; Linux x86_64)"));
    type(panel, "field_value", QStringLiteral("49.90"));

    // Each value normalised and hashed, the suspicious phone warned about.
    QCOMPARE(tableCell(panel, QStringLiteral("em"), 2), QStringLiteral("john_smith@gmail.com"));
    QCOMPARE(tableCell(panel, QStringLiteral("em"), 4), sha256("john_smith@gmail.com"));
    QCOMPARE(tableCell(panel, QStringLiteral("ct"), 2), QStringLiteral("moscow"));
    QCOMPARE(tableCell(panel, QStringLiteral("ct"), 4), sha256("moscow"));
    QVERIFY(tableCell(panel, QStringLiteral("ph"), 3).contains(QStringLiteral("79161234567")));
    QVERIFY(tableCell(panel, QStringLiteral("client_user_agent"), 4).contains(QStringLiteral("never hashed")));
    QTest::mouseClick(in<QPushButton>(panel, "validate"), Qt::LeftButton);
    auto* problems = in<QListWidget>(panel, "problems");
    QCOMPARE(problems->count(), 1);
    QVERIFY(problems->item(0)->text().contains(QStringLiteral("user_data.ph")));

    type(panel, "field_ph", QStringLiteral("+7 (916) 123-45-67")); // the fix
    QCOMPARE(tableCell(panel, QStringLiteral("ph"), 3), QString());
    QTest::mouseClick(in<QPushButton>(panel, "validate"), Qt::LeftButton);
    QVERIFY(problems->item(0)->text().startsWith(QStringLiteral("✓")));

    type(panel, "tokenEdit", QStringLiteral("WRONG"));
    sendAndWait(panel);
    QCOMPARE(in<QLabel>(panel, "answerHeadline")->text(),
             QStringLiteral("Meta rejected the events: Meta does not accept this access token."));
    QVERIFY(in<QPlainTextEdit>(panel, "answer")->toPlainText().contains(QStringLiteral("Generate access token")));

    type(panel, "tokenEdit", QString::fromUtf8(goodToken));
    sendAndWait(panel);
    QCOMPARE(in<QLabel>(panel, "answerHeadline")->text(), QStringLiteral("1 event received"));
    const QJsonObject body = QJsonDocument::fromJson(m_server.lastRequest().body).object();
    QCOMPARE(body.value(u"test_event_code").toString(), QStringLiteral("TEST4242"));
    QCOMPARE(body.value(u"access_token").toString().toUtf8(), goodToken);
    const QJsonObject userData = body.value(u"data").toArray().first().toObject().value(u"user_data").toObject();
    QCOMPARE(userData.value(u"ph").toString(), sha256("79161234567"));
    QCOMPARE(body.value(u"data").toArray().first().toObject().value(u"custom_data").toObject().value(u"value"),
             QJsonValue(49.9));
    in<QLineEdit>(panel, "tokenEdit")->clear();
    panel->findChild<ui::SecretField*>(QStringLiteral("token"))->forget();
}

void TestCapiPanel::formAndJsonEditBothWays()
{
    ui::CapiPanel* panel = m_panel.get();
    auto* json = in<QPlainTextEdit>(panel, "eventsJson");
    type(panel, "field_em", QStringLiteral("a@example.com"));
    QVERIFY(json->toPlainText().contains(QStringLiteral("\"em\": \"a@example.com\"")));
    type(panel, "field_em", QString()); // a cleared field leaves the key out
    QVERIFY(!json->toPlainText().contains(QStringLiteral("\"em\"")));

    // JSON → form, with a member the form has no field for kept as it is.
    json->setPlainText(QStringLiteral(R"({"data": [
        {"event_name": "Lead", "event_time": 1796000000123, "action_source": "system_generated",
         "user_data": {"em": "lead@example.com", "zp": "37221-3312"}, "app_data": {"x": 1}},
        {"event_name": "Lead", "event_time": 1796000000, "action_source": "email", "user_data": {"em": "b@x.com"}}]})"));
    QTRY_COMPARE(in<QLineEdit>(panel, "field_em")->text(), QStringLiteral("lead@example.com"));
    QCOMPARE(in<QLineEdit>(panel, "field_zp")->text(), QStringLiteral("37221-3312"));
    QCOMPARE(tableCell(panel, QStringLiteral("zp (event 1)"), 2), QStringLiteral("37221"));
    QVERIFY(in<QLabel>(panel, "jsonStatus")->text().contains(QStringLiteral("2 events")));
    type(panel, "field_fn", QStringLiteral("O'Connor"));
    const QString written = json->toPlainText();
    QVERIFY(written.contains(QStringLiteral("\"fn\": \"O'Connor\"")));
    QVERIFY(written.contains(QStringLiteral("1796000000123"))); // never silently changed
    QVERIFY(written.contains(QStringLiteral("\"app_data\"")));
    QVERIFY(written.contains(QStringLiteral("b@x.com")));
    QTest::mouseClick(in<QPushButton>(panel, "validate"), Qt::LeftButton);
    auto* problems = in<QListWidget>(panel, "problems");
    QVERIFY(problems->item(0)->text().contains(QStringLiteral("milliseconds")));

    json->setPlainText(QStringLiteral("{\"data\": [")); // broken: said, and nothing is lost
    QTRY_VERIFY(in<QLabel>(panel, "jsonStatus")->text().startsWith(QStringLiteral("The JSON is not read yet")));
    QCOMPARE(in<QLineEdit>(panel, "field_fn")->text(), QStringLiteral("O'Connor"));
    QCOMPARE(m_server.requests().size(), 0);

    panel->loadPreset(QStringLiteral("CompleteRegistration"));
    QVERIFY(json->toPlainText().contains(QStringLiteral("CompleteRegistration")));
}

void TestCapiPanel::russianWordsForAWrongToken()
{
    Language::apply(QStringLiteral("ru"));
    ui::CapiPanel* panel = m_panel.get();
    QTRY_COMPARE(in<QPushButton>(panel, "validate")->text(), QStringLiteral("Проверить"));
    QCOMPARE(in<QPushButton>(panel, "send")->text(), QStringLiteral("Отправить"));
    type(panel, "pixel", pixel);
    type(panel, "field_em", QStringLiteral("ivan@example.ru"));
    type(panel, "field_client_user_agent", QStringLiteral("Mozilla/5.0"));
    type(panel, "field_value", QStringLiteral("990"));
    type(panel, "field_currency", QStringLiteral("RUB"));
    in<QPushButton>(panel, "send")->setFocus();
    auto* token = panel->findChild<ui::SecretField*>(QStringLiteral("token"));
    QTRY_VERIFY(token->state() != ui::SecretField::State::Unknown);
    type(panel, "tokenEdit", QStringLiteral("EXPIRED"));
    sendAndWait(panel);
    QCOMPARE(in<QLabel>(panel, "answerHeadline")->text(),
             QStringLiteral("Meta отклонила события: Срок действия маркера доступа истёк."));
    QVERIFY(in<QPlainTextEdit>(panel, "answer")->toPlainText().contains(QStringLiteral("Как исправить:")));
    token->forget();
}

void TestCapiPanel::tokenComesBackFromTheKeychain()
{
    if (!qEnvironmentVariableIsSet("PBW_REQUIRE_KEYRING"))
        QSKIP("No test keyring: run the suite through scripts/test.sh");
    ui::CapiPanel* panel = m_panel.get();
    type(panel, "pixel", pixel);
    in<QLineEdit>(panel, "pixel")->editingFinished();
    auto* token = panel->findChild<ui::SecretField*>(QStringLiteral("token"));
    QTRY_VERIFY(token->state() != ui::SecretField::State::Unknown);
    type(panel, "field_em", QStringLiteral("john@example.com"));
    type(panel, "field_client_user_agent", QStringLiteral("Mozilla/5.0"));
    type(panel, "field_value", QStringLiteral("10"));
    type(panel, "tokenEdit", QString::fromUtf8(goodToken));
    sendAndWait(panel);
    QCOMPARE(token->state(), ui::SecretField::State::Kept);
    QVERIFY(in<QLineEdit>(panel, "tokenEdit")->text().isEmpty()); // never shown again

    // A new tab (the next start of the program) finds the token in the keychain.
    m_panel = std::make_unique<ui::CapiPanel>();
    m_panel->setEndpoint(CapiEndpoint::load(testSettings()));
    panel = m_panel.get();
    type(panel, "pixel", pixel);
    in<QLineEdit>(panel, "pixel")->editingFinished();
    token = panel->findChild<ui::SecretField*>(QStringLiteral("token"));
    QTRY_COMPARE(token->state(), ui::SecretField::State::Kept);
    type(panel, "field_em", QStringLiteral("john@example.com"));
    type(panel, "field_client_user_agent", QStringLiteral("Mozilla/5.0"));
    type(panel, "field_value", QStringLiteral("10"));
    sendAndWait(panel);
    QCOMPARE(in<QLabel>(panel, "answerHeadline")->text(), QStringLiteral("1 event received"));
    QCOMPARE(QJsonDocument::fromJson(m_server.lastRequest().body).object().value(u"access_token").toString().toUtf8(),
             goodToken);
    token->forget();
    QTRY_COMPARE(token->state(), ui::SecretField::State::NotKept);
}

void TestCapiPanel::withoutKeychainTheTokenServesTheSession()
{
    m_panel = std::make_unique<ui::CapiPanel>(nullptr, std::make_unique<NoKeychain>());
    m_panel->setEndpoint(CapiEndpoint::load(testSettings()));
    ui::CapiPanel* panel = m_panel.get();
    panel->show();
    type(panel, "pixel", pixel);
    in<QLineEdit>(panel, "pixel")->editingFinished();
    QTRY_VERIFY(in<QLabel>(panel, "keychainNotice")->isVisible());
    QVERIFY(in<QLabel>(panel, "keychainNotice")->text().contains(QStringLiteral("No keychain")));
    type(panel, "field_em", QStringLiteral("john@example.com"));
    type(panel, "field_client_user_agent", QStringLiteral("Mozilla/5.0"));
    type(panel, "field_value", QStringLiteral("10"));
    type(panel, "tokenEdit", QString::fromUtf8(goodToken));
    sendAndWait(panel);
    QCOMPARE(in<QLabel>(panel, "answerHeadline")->text(), QStringLiteral("1 event received"));
    in<QLineEdit>(panel, "tokenEdit")->clear();
    sendAndWait(panel); // the typed token serves the rest of the session
    QCOMPARE(in<QLabel>(panel, "answerHeadline")->text(), QStringLiteral("1 event received"));
}

void TestCapiPanel::fbcBuiltFromALandingUrl()
{
    ui::FbcDialog dialog;
    dialog.source()->setText(QStringLiteral("https://shop.example/p?utm_source=fb&fbclid=IwAR2AbC-dEf"));
    QVERIFY(dialog.fbc().startsWith(QStringLiteral("fb.1.")));
    QVERIFY(dialog.fbc().endsWith(QStringLiteral(".IwAR2AbC-dEf")));
    QCOMPARE(dialog.fbc().section(u'.', 2, 2).size(), 13);
    dialog.source()->setText(QStringLiteral("https://shop.example/p?gclid=1"));
    QVERIFY(dialog.fbc().isEmpty());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("fbcResult"))->text().contains(QStringLiteral("fbclid")));
}

void TestCapiPanel::exchangeKeptInTheCaseWithoutTheToken()
{
    m_panel.reset();
    newSettings(QStringLiteral("window.ini"), QStringLiteral("capi-cases.sqlite"));
    QVERIFY(openWindow());
    ui::MainWindow* window = m_window.get();
    const qint64 caseId = window->caseSession()->createCase(QStringLiteral("Meta CAPI"));
    QVERIFY(caseId > 0);
    ui::CapiPanel* panel = window->capiPanel();
    type(panel, "pixel", pixel);
    type(panel, "field_em", QStringLiteral("john@example.com"));
    type(panel, "field_client_user_agent", QStringLiteral("Mozilla/5.0"));
    type(panel, "field_value", QStringLiteral("10"));
    auto* token = panel->findChild<ui::SecretField*>(QStringLiteral("token"));
    in<QLineEdit>(panel, "pixel")->editingFinished();
    QTRY_VERIFY(token->state() != ui::SecretField::State::Unknown);
    type(panel, "tokenEdit", QString::fromUtf8(goodToken));
    sendAndWait(panel);
    QTRY_COMPARE(window->caseSession()->store()->exchanges(caseId).value().size(), 1);
    const StoredExchange stored = window->caseSession()->store()->exchanges(caseId).value().first();
    QCOMPARE(stored.role, StoredExchange::Role::TestCallback);
    const QByteArray data = QJsonDocument(stored.data).toJson();
    QVERIFY(data.contains("[redacted]"));
    QVERIFY(!data.contains(goodToken));
    token->forget();
    closeWindow();
    const QDir folder(m_dir.path());
    for (const QString& name : folder.entryList({QStringLiteral("capi-cases.sqlite*")}, QDir::Files)) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(goodToken), qPrintable(name));
    }
}

void TestCapiPanel::cancelWhileWaiting()
{
    m_panel = std::make_unique<ui::CapiPanel>(nullptr, std::make_unique<NoKeychain>());
    m_panel->setEndpoint(CapiEndpoint::load(testSettings()));
    ui::CapiPanel* panel = m_panel.get();
    panel->show();
    type(panel, "pixel", pixel);
    type(panel, "field_em", QStringLiteral("john@example.com"));
    type(panel, "field_client_user_agent", QStringLiteral("Mozilla/5.0"));
    type(panel, "field_value", QStringLiteral("10"));
    type(panel, "tokenEdit", QStringLiteral("SLOW"));
    QSignalSpy done(panel, &ui::CapiPanel::statusMessage);
    QSignalSpy kept(panel, &ui::CapiPanel::exchangeCompleted);
    QTest::mouseClick(in<QPushButton>(panel, "send"), Qt::LeftButton);
    QVERIFY2(panel->isBusy(), qPrintable(in<QLabel>(panel, "answerHeadline")->text()));
    QVERIFY(in<QPushButton>(panel, "cancel")->isEnabled());
    QTRY_COMPARE(m_server.requests().size(), 1); // on the wire, waiting for the answer
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(in<QPushButton>(panel, "cancel"), Qt::LeftButton);
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(clock.elapsed() < 5'000);
    QVERIFY(!panel->isBusy());
    QCOMPARE(in<QLabel>(panel, "answerHeadline")->text(),
             QStringLiteral("Cancelled: nothing is known about these events."));
    QVERIFY(in<QPushButton>(panel, "send")->isEnabled());
    QCOMPARE(kept.size(), 0); // a send called off is not kept in the case
}

void TestCapiPanel::endpointSettings()
{
    QSettings& settings = testSettings();
    const CapiEndpoint before = CapiEndpoint::load(settings);
    QCOMPARE(before.graphUrl, m_server.baseUrl());
    ui::EndpointDialog dialog(before);
    auto* version = dialog.findChild<QLineEdit*>(QStringLiteral("apiVersion"));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    version->setText(QStringLiteral("25"));
    QVERIFY(!ok->isEnabled());
    version->setText(QStringLiteral("v26.0"));
    QVERIFY(ok->isEnabled());
    // What the window does with the panel's endpointEdited: keep it, and the panel sends there.
    dialog.endpoint().save(settings);
    m_panel->setEndpoint(dialog.endpoint());
    QCOMPARE(CapiEndpoint::load(settings).apiVersion, QStringLiteral("v26.0"));
    QCOMPARE(in<QPushButton>(m_panel.get(), "endpoint")->text(),
             QStringLiteral("Graph API %1…").arg(before.apiVersion));
    // The next send goes to the new version.
    ui::CapiPanel* panel = m_panel.get();
    type(panel, "pixel", pixel);
    type(panel, "field_em", QStringLiteral("john@example.com"));
    type(panel, "field_client_user_agent", QStringLiteral("Mozilla/5.0"));
    type(panel, "field_value", QStringLiteral("10"));
    type(panel, "tokenEdit", QString::fromUtf8(goodToken));
    in<QCheckBox>(panel, "keepCapiSecrets")->setChecked(false);
    sendAndWait(panel);
    QCOMPARE(m_server.lastRequest().target, QByteArray("/v26.0/1234567890/events"));
    before.save(settings);
}

QTEST_MAIN(TestCapiPanel)
#include "tst_capipanel.moc"
