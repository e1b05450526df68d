// Export… and Import… in the window on the offscreen platform: every format written from a case
// replayed against a loopback server (no secret in any, a real PDF), the export dialog's choices,
// a case file dropped on the window imported as a new case, a HAR's requests imported into the
// open case through its dialog (the file read off the window's thread; Cancel writes nothing), and the
// kept secrets put back only on request.
#include "cases/casepanel.h"
#include "cases/casesdock.h"
#include "cases/casesession.h"
#include "cases/casetransfer.h"
#include "cases/exportdialog.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "replay/replaypanel.h"
#include "testserver.h"
#include "text/casetext.h"
#include "windowfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace pbw;
using namespace pbw::test;

class TestCaseTransfer : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFormatWithoutSecrets();
    void theDialogSaysWhatItRedacts();
    void dropACaseFileAndImportAHar();
    void cancelLosesNothingAndWritesNothing();
    void keptSecretsOnlyOnRequest();
    void copyAsCurlFromTheCase();

private:
    QByteArray exportAs(ExportFormat format, const ui::CaseTransfer::Choices& base = {});
    void replay(const QString& url, StoredExchange::Role role);
    void whenShown(const QString& name, const std::function<void(QDialog*)>& answer);
    bool importAndWait(const QString& path);

    TestServer m_server;
    qint64 m_case = 0;
};

void TestCaseTransfer::initTestCase()
{
    useTestPaths(); // one window for all the tests, at its own size
    QVERIFY(m_server.listen());
    newSettings();
    QVERIFY(openWindow());
    if (qEnvironmentVariableIsSet("PBW_REQUIRE_KEYRING"))
        QTRY_VERIFY(m_window->caseSession()->keychainAvailable());
    m_case = m_window->caseSession()->createCase(QStringLiteral("Offer 7 — export"));
    m_server.setReply(
        ScriptedReply::text(200, R"({"status":"error","message":"Incorrect subid"})", "application/json"));
    replay(m_server.baseUrl() + QStringLiteral("/pb?subid={subid}&token=GUI-CANARY"), StoredExchange::Role::Failing);
    m_server.setReply(ScriptedReply::text(200, "OK"));
    replay(m_server.baseUrl() + QStringLiteral("/pb?subid=9f8e7d&token=GUI-CANARY"), StoredExchange::Role::Corrected);
}

void TestCaseTransfer::replay(const QString& url, StoredExchange::Role role)
{
    ui::ReplayPanel* panel = m_window->replayPanel();
    panel->setSaveRole(role);
    panel->findChild<QPlainTextEdit*>(QStringLiteral("url"))->setPlainText(url);
    const qsizetype before = m_window->caseSession()->store()->exchanges(m_case).value().size();
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("send")), Qt::LeftButton);
    QTRY_COMPARE(m_window->caseSession()->store()->exchanges(m_case).value().size(), before + 1);
}

QByteArray TestCaseTransfer::exportAs(ExportFormat format, const ui::CaseTransfer::Choices& base)
{
    ui::CaseTransfer::Choices choices = base;
    choices.format = format;
    const QString path = m_dir.filePath(QStringLiteral("out.") + exportFileSuffix(format));
    std::optional<QString> error;
    m_window->caseTransfer()->exportTo(m_case, choices, path, [&](const QString& e) { error = e; });
    if (!QTest::qWaitFor([&] { return error.has_value(); }, 20'000) || !error->isEmpty())
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCaseTransfer::everyFormatWithoutSecrets()
{
    for (const ExportFormat format :
         {ExportFormat::CaseFile, ExportFormat::Har, ExportFormat::Html, ExportFormat::Curl, ExportFormat::Pdf}) {
        const QByteArray bytes = exportAs(format);
        QVERIFY2(!bytes.isEmpty(), qPrintable(exportFormatKey(format)));
        QVERIFY2(!bytes.contains("GUI-CANARY"), qPrintable(exportFormatKey(format)));
    }
    QVERIFY(exportAs(ExportFormat::Pdf).startsWith("%PDF-"));
    QVERIFY(exportAs(ExportFormat::Html).contains("Offer 7 — export"));
}

void TestCaseTransfer::theDialogSaysWhatItRedacts()
{
    const auto bundle = m_window->caseSession()->bundle(m_case);
    const SecretNames names({QStringLiteral("subid")});
    ui::ExportDialog dialog(bundle->record.title, redactionItems(*bundle, names), m_window.get());
    auto* items = dialog.findChild<QTreeWidget*>(QStringLiteral("redactionItems"));
    QCOMPARE(items->topLevelItemCount(), 4); // token twice (removed when saved), subid twice (found now)
    QVERIFY(!(items->topLevelItem(0)->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(items->topLevelItem(0)->text(2).contains(QStringLiteral("never saved")));
    QVERIFY(items->topLevelItem(3)->text(2).contains(QStringLiteral("found now")));
    items->topLevelItem(3)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(dialog.leftIn(), QSet<qsizetype>{3});
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("markedValues"))->setPlainText(QStringLiteral(" 9f8e7d \n\n"));
    QCOMPARE(dialog.markedValues(), QStringList{QStringLiteral("9f8e7d")});
    dialog.setFormat(ExportFormat::Har);
    QCOMPARE(dialog.format(), ExportFormat::Har);

    ui::CaseTransfer::Choices choices;
    choices.marked = dialog.markedValues();
    QVERIFY(!exportAs(ExportFormat::Har, choices).contains("9f8e7d"));
}

// Answers the next modal dialog of that name once it shows (the import reads off the window's
// thread, so its dialogs come later): answer runs on it, then the watch ends.
void TestCaseTransfer::whenShown(const QString& name, const std::function<void(QDialog*)>& answer)
{
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [poll, name, answer] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || (!name.isEmpty() && dialog->objectName() != name))
            return;
        poll->stop();
        poll->deleteLater();
        answer(dialog);
    });
    poll->start(20);
}

bool TestCaseTransfer::importAndWait(const QString& path)
{
    QSignalSpy finished(m_window->caseTransfer(), &ui::CaseTransfer::importFinished);
    m_window->caseTransfer()->importFile(path);
    if (!finished.wait(30'000))
        return false;
    return finished.first().at(1).toBool();
}

void TestCaseTransfer::dropACaseFileAndImportAHar()
{
    const QByteArray caseFile = exportAs(ExportFormat::CaseFile);
    QVERIFY(!caseFile.isEmpty());
    ui::CaseSession* session = m_window->caseSession();
    const qsizetype before = session->store()->cases().value().size();
    QSignalSpy finished(m_window->caseTransfer(), &ui::CaseTransfer::importFinished);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("out.pbcase")))});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(m_window->caseTransfer()->isImporting()); // read off the window's thread
    QVERIFY(finished.wait(30'000));
    QVERIFY(finished.first().at(1).toBool());
    QCOMPARE(session->store()->cases().value().size(), before + 1);
    const qint64 imported = session->currentCase();
    QVERIFY(imported != m_case);
    QCOMPARE(session->store()->exchanges(imported).value().size(), 2);

    // The app's own HAR: its dialog picks the second request only, into the open case; the role the
    // HAR wrote for it comes back with it.
    exportAs(ExportFormat::Har);
    const StoredExchange second = session->store()->exchanges(m_case).value().at(1);
    whenShown(QStringLiteral("importHarDialog"), [&second](QDialog* dialog) {
        auto* entries = dialog->findChild<QTreeWidget*>(QStringLiteral("harEntries"));
        QCOMPARE(entries->topLevelItemCount(), 2);
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("harLeftOut")));
        QCOMPARE(entries->topLevelItem(1)->text(3), roleName(second.role));
        entries->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("importRole"))->isEnabled());
        dialog->accept();
    });
    QVERIFY(importAndWait(m_dir.filePath(QStringLiteral("out.har"))));
    const QList<StoredExchange> exchanges = session->store()->exchanges(imported).value();
    QCOMPARE(exchanges.size(), 3);
    QCOMPARE(exchanges.last().role, second.role);
    QCOMPARE(exchanges.last().note, second.note);

    // A file that is not one of ours: said, and nothing changes.
    QFile notes(m_dir.filePath(QStringLiteral("notes.har")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("these are my notes");
    notes.close();
    // The message may come after the import ends: it is waited for, so that its watch cannot take the
    // next import's dialog instead (what made this test fail under load).
    bool told = false;
    whenShown(QString(), [&told](QDialog* box) {
        told = true;
        box->reject();
    });
    QVERIFY(!importAndWait(notes.fileName()));
    QTRY_VERIFY(told);
    QCOMPARE(session->store()->exchanges(imported).value().size(), 3);

    // Entries that are not requests: the dialog says so and lists the others.
    QFile mixed(m_dir.filePath(QStringLiteral("mixed.har")));
    QVERIFY(mixed.open(QIODevice::WriteOnly));
    mixed.write(R"({"log":{"entries":[null, {"request":{"method":"GET","url":"https://a.example/pb"},)"
                R"("response":{"status":200,"content":{"mimeType":"text/plain","text":"OK"}}}]}})");
    mixed.close();
    QString leftOut;
    whenShown(QStringLiteral("importHarDialog"), [&leftOut](QDialog* dialog) {
        auto* label = dialog->findChild<QLabel*>(QStringLiteral("harLeftOut"));
        leftOut = label ? label->text() : QString();
        QCOMPARE(dialog->findChild<QTreeWidget*>(QStringLiteral("harEntries"))->topLevelItemCount(), 1);
        dialog->reject();
    });
    QVERIFY(!importAndWait(mixed.fileName()));
    QVERIFY2(leftOut.contains(QStringLiteral("entry 1: not a request")), qPrintable(leftOut));
    QCOMPARE(session->store()->exchanges(imported).value().size(), 3);
    session->setCurrentCase(m_case);
}

void TestCaseTransfer::cancelLosesNothingAndWritesNothing()
{
    // A HAR big enough to take a while: Cancel in the progress dialog while it is read.
    QFile big(m_dir.filePath(QStringLiteral("big.har")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(R"({"log":{"entries":[)");
    for (int i = 0; i < 100'000; ++i)
        big.write(QStringLiteral(R"(%1{"request":{"method":"GET","url":"https://a.example/pb?n=%2"},)"
                                 R"("response":{"status":200,"content":{"mimeType":"text/plain","text":"OK"}}})")
                      .arg(i == 0 ? QString() : QStringLiteral(","))
                      .arg(i)
                      .toUtf8());
    big.write("]}}");
    big.close();
    ui::CaseSession* session = m_window->caseSession();
    const qsizetype cases = session->store()->cases().value().size();
    const qsizetype exchanges = session->store()->exchanges(m_case).value().size();
    bool asked = false;
    whenShown(QStringLiteral("importHarDialog"), [&asked](QDialog* dialog) {
        asked = true;
        dialog->reject();
    });
    QSignalSpy finished(m_window->caseTransfer(), &ui::CaseTransfer::importFinished);
    m_window->caseTransfer()->importFile(big.fileName());
    auto* progress = m_window->findChild<QProgressDialog*>(QStringLiteral("importProgress"));
    QVERIFY(progress);
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(finished.wait(30'000));
    QVERIFY(!finished.first().at(1).toBool());
    QVERIFY(!asked);
    QVERIFY(!m_window->caseTransfer()->isImporting());
    QCOMPARE(session->store()->cases().value().size(), cases);
    QCOMPARE(session->store()->exchanges(m_case).value().size(), exchanges);
    QCOMPARE(session->currentCase(), m_case);
    // The dialog watch that was not needed.
    for (auto* poll : findChildren<QTimer*>())
        poll->deleteLater();
}

void TestCaseTransfer::keptSecretsOnlyOnRequest()
{
    if (!qEnvironmentVariableIsSet("PBW_REQUIRE_KEYRING"))
        QSKIP("No test keyring: run the suite through scripts/test.sh");
    ui::CaseTransfer::Choices raw;
    raw.includeKeptSecrets = true;
    QVERIFY(exportAs(ExportFormat::CaseFile, raw).contains("GUI-CANARY"));
    QVERIFY(!exportAs(ExportFormat::CaseFile).contains("GUI-CANARY"));
}

void TestCaseTransfer::copyAsCurlFromTheCase()
{
    m_window->caseSession()->setCurrentCase(m_case);
    ui::CasePanel* panel = m_window->casePanel();
    panel->showCompare();
    QApplication::clipboard()->clear();
    panel->findChild<QPushButton*>(QStringLiteral("copyRightCurl"))->click();
    const QString command = QApplication::clipboard()->text();
    QVERIFY2(command.startsWith(QStringLiteral("curl --globoff --path-as-is")), qPrintable(command));
    QVERIFY(command.contains(QStringLiteral("subid=9f8e7d")));
    QVERIFY(command.contains(QStringLiteral("token=[redacted]")));
    QVERIFY(!command.contains(QStringLiteral("GUI-CANARY")));

    auto* table = panel->findChild<QTableWidget*>(QStringLiteral("caseExchanges"));
    table->selectRow(0);
    panel->findChild<QPushButton*>(QStringLiteral("copyCurl"))->click();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("subid=%7Bsubid%7D")));
}

QTEST_MAIN(TestCaseTransfer)
#include "tst_casetransfer.moc"
