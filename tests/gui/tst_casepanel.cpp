// The case flow of the issue, in the window on the offscreen platform, against a loopback server:
// replay a failing callback into a case, fix it in Template diff, replay the corrected one, paste
// the partner's confirmation, tick the checklist, close the window, open a new one, and find both
// exchanges side by side in Compare. Also: delete with undo, search, and an unusable store.
#include "cases/casepanel.h"
#include "cases/casesdock.h"
#include "cases/casesession.h"
#include "cases/compareview.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "replay/replaypanel.h"
#include "secrets/secretkeeper.h"
#include "secrets/secretstore.h"
#include "templatediff/templatediffpanel.h"
#include "testserver.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace pbw;
using namespace pbw::test;

class TestCasePanel : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void failingFixedConfirmedAndComparedAfterARestart();
    void deleteCanBeUndoneUntilTheWindowCloses();
    void unusableStoreIsMovedAsideOnRequest();
    void secretsComeBackFromTheKeychain();
    void showsWhatAnotherProgramWrote();

private:
    void replay(const QString& url, StoredExchange::Role role);
    template <typename T> T* in(QWidget* parent, const char* name) const
    {
        return parent->findChild<T*>(QLatin1String(name));
    }

    TestServer m_server;
    QString m_store;
};

void TestCasePanel::initTestCase()
{
    useTestPaths({1280, 860});
    QVERIFY(m_server.listen());
}

void TestCasePanel::init()
{
    static int run = 0; // a store of its own for each test
    ++run;
    m_store = newSettings(QStringLiteral("settings-%1.ini").arg(run), QStringLiteral("cases-%1.sqlite").arg(run));
    QVERIFY(openWindow());
}

void TestCasePanel::cleanup()
{
    closeWindow();
}

void TestCasePanel::replay(const QString& url, StoredExchange::Role role)
{
    ui::ReplayPanel* panel = m_window->replayPanel();
    panel->setSaveRole(role);
    in<QPlainTextEdit>(panel, "url")->setPlainText(url);
    const int before
        = m_window->caseSession()->store()->exchanges(m_window->caseSession()->currentCase()).value().size();
    QTest::mouseClick(in<QPushButton>(panel, "send"), Qt::LeftButton);
    QTRY_COMPARE(m_window->caseSession()->store()->exchanges(m_window->caseSession()->currentCase()).value().size(),
                 before + 1);
}

void TestCasePanel::failingFixedConfirmedAndComparedAfterARestart()
{
    ui::CaseSession* session = m_window->caseSession();
    QVERIFY(session->isOpen());
    const qint64 id = session->createCase(QStringLiteral("Offer 12 — MyNet lead not credited"));
    QVERIFY(id > 0);
    QCOMPARE(in<QListWidget>(m_window->casesDock(), "caseList")->count(), 1);
    QVERIFY(in<QLabel>(m_window->replayPanel(), "caseStrip")->text().contains(QStringLiteral("Offer 12")));

    // The failing callback: the tracker sent the macro's name.
    m_server.setReply(
        ScriptedReply::text(200, R"({"status":"error","message":"Incorrect subid"})", "application/json"));
    const QString failing = m_server.baseUrl() + QStringLiteral("/pb?subid={subid}&status=lead&payout=12.50");
    replay(failing, StoredExchange::Role::Failing);

    // Fixed in Template diff, then sent from there to Replay.
    ui::TemplateDiffPanel* diff = m_window->templateDiffPanel();
    diff->setMode(Comparison::Mode::TemplateVsCallback);
    diff->setTexts(QStringLiteral("https://partner.example/pb?subid={subid}&status=lead&payout={payout}"), failing);
    in<QPushButton>(diff, "saveToCase")->click();
    QCOMPARE(session->store()->attachments(id).value().size(), 1);
    QCOMPARE(session->store()->attachments(id).value().first().kind, Attachment::Kind::Template);

    m_server.setReply(ScriptedReply::text(200, R"({"status":"ok","conversion_id":"c-991"})", "application/json"));
    replay(m_server.baseUrl() + QStringLiteral("/pb?subid=9f8e7d6c5b4a&status=lead&payout=12.50"),
           StoredExchange::Role::Corrected);

    // The partner's confirmation, pasted.
    QTimer::singleShot(0, this, [this] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        in<QLineEdit>(dialog, "confirmationTitle")->setText(QStringLiteral("MyNet ticket 551"));
        in<QPlainTextEdit>(dialog, "confirmationText")
            ->setPlainText(QStringLiteral("We see conversion c-991 for subid 9f8e7d6c5b4a, approved."));
        dialog->accept();
    });
    in<QPushButton>(m_window->casePanel(), "pasteConfirmation")->click();
    QTRY_COMPARE(session->store()->attachments(id).value().size(), 2);

    // The checklist: callback proved by the corrected exchange, the partner by the confirmation.
    ui::CasePanel* panel = m_window->casePanel();
    auto* callbackEvidence = in<QComboBox>(panel, "evidence_callback");
    const qint64 corrected = session->store()->exchanges(id).value().last().id;
    callbackEvidence->setCurrentIndex(callbackEvidence->findData(QStringLiteral("x:%1").arg(corrected)));
    emit callbackEvidence->activated(callbackEvidence->currentIndex());
    in<QCheckBox>(panel, "check_partner")->click(); // the Case tab is not the one shown
    in<QPlainTextEdit>(panel, "noteEdit")->setPlainText(QStringLiteral("Keitaro used {subid}; fixed to {sub_id}."));
    in<QPushButton>(panel, "addNote")->click();
    QList<ChecklistStep> steps = session->store()->checklist(id).value();
    QVERIFY(steps.at(int(ChecklistStep::Layer::Callback)).done);
    QCOMPARE(steps.at(int(ChecklistStep::Layer::Callback)).exchangeId, corrected);
    QVERIFY(steps.at(int(ChecklistStep::Layer::Partner)).done);
    QCOMPARE(session->store()->notes(id).value().size(), 1);

    // Closed and opened again: the same case, both exchanges side by side in Compare.
    m_window->close();
    m_window.reset();
    openWindow();
    session = m_window->caseSession();
    QCOMPARE(session->currentCase(), id);
    panel = m_window->casePanel();
    QCOMPARE(in<QTableWidget>(panel, "caseExchanges")->rowCount(), 2);
    // Dates in ISO order in every language, never a short locale form such as 12/7/26.
    const QString saved = in<QTableWidget>(panel, "caseExchanges")->item(0, 2)->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$")).match(saved).hasMatch(),
             qPrintable(saved));
    QVERIFY(in<QCheckBox>(panel, "check_partner")->isChecked());
    QCOMPARE(in<QListWidget>(m_window->replayPanel(), "history")->count(), 2);
    panel->showCompare();
    auto* left = in<QComboBox>(panel, "compareLeft");
    auto* right = in<QComboBox>(panel, "compareRight");
    QCOMPARE(left->currentData().toLongLong(), session->store()->exchanges(id).value().first().id);
    QCOMPARE(right->currentData().toLongLong(), corrected);
    QVERIFY(in<QLabel>(panel, "answerSummary")->text().contains(QStringLiteral("JSON field")));
    QVERIFY(in<QTableWidget>(panel, "answerDiff")->rowCount() >= 3);

    const QString dir = qEnvironmentVariable("PBW_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        m_window->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(m_window->casePanel());
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            m_window->setLanguage(language);
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(QStringLiteral("%1/case-compare-%2.png").arg(dir, language)));
            m_window->casePanel()->findChild<QTabWidget*>(QStringLiteral("caseTabs"))->setCurrentIndex(0);
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(QStringLiteral("%1/case-overview-%2.png").arg(dir, language)));
            panel->showCompare();
        }
        m_window->setLanguage(QStringLiteral("en"));
    }
}

void TestCasePanel::deleteCanBeUndoneUntilTheWindowCloses()
{
    ui::CaseSession* session = m_window->caseSession();
    const qint64 keep = session->createCase(QStringLiteral("keep me"));
    const qint64 gone = session->createCase(QStringLiteral("delete me"));
    QVERIFY(keep && gone);
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(in<QPushButton>(m_window->casesDock(), "deleteCase"), Qt::LeftButton);
    QTRY_COMPARE(in<QListWidget>(m_window->casesDock(), "caseList")->count(), 1);
    QVERIFY(in<QPushButton>(m_window->casesDock(), "undoDelete")->isVisible());
    QTest::mouseClick(in<QPushButton>(m_window->casesDock(), "undoDelete"), Qt::LeftButton);
    QCOMPARE(in<QListWidget>(m_window->casesDock(), "caseList")->count(), 2);
    QCOMPARE(session->currentCase(), gone);

    session->trashCase(gone);
    m_window->close(); // the trash is emptied now
    m_window.reset();
    openWindow();
    QVERIFY(!m_window->caseSession()->store()->caseById(gone));
    QVERIFY(m_window->caseSession()->store()->caseById(keep));
    in<QLineEdit>(m_window->casesDock(), "caseSearch")->setText(QStringLiteral("keep"));
    QCOMPARE(in<QListWidget>(m_window->casesDock(), "caseList")->count(), 1);
    in<QLineEdit>(m_window->casesDock(), "caseSearch")->setText(QStringLiteral("nothing-like-this"));
    QCOMPARE(in<QListWidget>(m_window->casesDock(), "caseList")->count(), 0);
}

void TestCasePanel::unusableStoreIsMovedAsideOnRequest()
{
    m_window.reset();
    QFile file(m_store);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("these are my notes, not a database");
    file.close();
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("not a case store")));
        box->buttons().first()->click(); // "Start a new store"
    });
    openWindow();
    QVERIFY(m_window->caseSession()->isOpen());
    const QStringList aside
        = QDir(m_dir.path()).entryList({QFileInfo(m_store).fileName() + QStringLiteral(".unusable-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("these are my notes, not a database"));
}

void TestCasePanel::secretsComeBackFromTheKeychain()
{
    if (!qEnvironmentVariableIsSet("PBW_REQUIRE_KEYRING"))
        QSKIP("No test keyring: run the suite through scripts/test.sh");
    ui::CaseSession* session = m_window->caseSession();
    ui::ReplayPanel* replayPanel = m_window->replayPanel();
    QTRY_VERIFY(session->keychainAvailable());
    const qint64 id = session->createCase(QStringLiteral("Token kept"));
    auto* keep = in<QCheckBox>(replayPanel, "keepSecrets");
    QVERIFY(keep->isEnabled());
    QVERIFY(keep->isChecked());

    m_server.setReply(ScriptedReply::text(200, "OK"));
    const QString url = m_server.baseUrl() + QStringLiteral("/pb?subid=abc&token=gui-s3cret%2F1&payout=2");
    replay(url, StoredExchange::Role::Failing);
    const StoredExchange stored = session->store()->exchanges(id).value().first();
    QVERIFY(!QJsonDocument(stored.data).toJson().contains("gui-s3cret"));
    const QList<KeptSecret> recorded = secretsFromJson(stored.data.value(QStringLiteral("secrets")).toArray());
    QCOMPARE(recorded.size(), 1);
    QVERIFY(!recorded.first().ref.isEmpty());

    // Opened again from the case: the editor holds the token as typed, and says where it came from.
    auto* urlEdit = in<QPlainTextEdit>(replayPanel, "url");
    urlEdit->setPlainText(QStringLiteral("https://other.example/"));
    auto* table = in<QTableWidget>(m_window->casePanel(), "caseExchanges");
    table->selectRow(0);
    in<QPushButton>(m_window->casePanel(), "openInReplay")->click();
    QTRY_COMPARE(urlEdit->toPlainText(), url);
    auto* notice = in<QLabel>(replayPanel, "secretNotice");
    QVERIFY(!notice->isHidden());
    QVERIFY2(notice->text().contains(QStringLiteral("came back from the keychain")), qPrintable(notice->text()));

    // Not kept when the user unticks it: the mark stays and the notice says to type it again.
    keep->click();
    QVERIFY(!m_settings->value(QStringLiteral("secrets/keep")).toBool());
    replay(m_server.baseUrl() + QStringLiteral("/pb?subid=abd&token=second"), StoredExchange::Role::Corrected);
    QTRY_COMPARE(table->rowCount(), 2);
    table->selectRow(1);
    in<QPushButton>(m_window->casePanel(), "openInReplay")->click();
    QTRY_VERIFY(urlEdit->toPlainText().endsWith(QStringLiteral("token=[redacted]")));
    QTRY_VERIFY2(notice->text().contains(QStringLiteral("not kept")), qPrintable(notice->text()));

    // Deleted for good (the window closes): its kept token leaves the keychain.
    session->trashCase(id);
    m_window->close();
    const auto keychain = makeKeychainStore(keychainService());
    std::optional<SecretsOutcome> answer;
    restoreSecrets(*keychain, recorded, [&](const SecretsOutcome& outcome) { answer = outcome; });
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->missing, 1);
}

void TestCasePanel::showsWhatAnotherProgramWrote()
{
    ui::CaseSession* session = m_window->caseSession();
    const qint64 id = session->createCase(QStringLiteral("Written by pbw too"));
    auto* table = in<QTableWidget>(m_window->casePanel(), "caseExchanges");
    m_server.setReply(ScriptedReply::text(200, "Incorrect subid"));
    replay(m_server.baseUrl() + QStringLiteral("/pb?subid={subid}"), StoredExchange::Role::Failing);
    QCOMPARE(table->rowCount(), 1);
    m_window->casePanel()->showCompare(); // one exchange: nothing to compare yet

    // Another connection to the same file, as pbw would hold.
    auto other = std::move(CaseStore::open(m_store).value());
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.input = QStringLiteral("https://t.example/pb?subid=1");
    exchange.request.url = exchange.request.input;
    exchange.timing.started = QDateTime::currentDateTimeUtc();
    QVERIFY(other->addExchange(id, StoredExchange::Role::Corrected, exchange, judgeExchange(exchange)));
    QVERIFY(other->createCase(CaseRecord{}));

    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(in<QListWidget>(m_window->casesDock(), "caseList")->count(), 2);
    QCOMPARE(in<QListWidget>(m_window->replayPanel(), "history")->count(), 2);
    // Compare now pairs the window's failing exchange with the corrected one pbw saved.
    const QList<StoredExchange> saved = session->store()->exchanges(id).value();
    QCOMPARE(in<QComboBox>(m_window->casePanel(), "compareLeft")->currentData().toLongLong(), saved.first().id);
    QCOMPARE(in<QComboBox>(m_window->casePanel(), "compareRight")->currentData().toLongLong(), saved.last().id);

    // The case deleted elsewhere: the window lets it go instead of showing a ghost.
    QVERIFY(other->deleteCase(id));
    QTRY_COMPARE(session->currentCase(), qint64(0));
    QCOMPARE(in<QListWidget>(m_window->casesDock(), "caseList")->count(), 1);
}

QTEST_MAIN(TestCasePanel)
#include "tst_casepanel.moc"
