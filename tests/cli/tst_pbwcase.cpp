// pbw case and pbw replay --case end to end: a case store in a temporary folder, exchanges saved
// with their role and verdict, secrets never written, and stores that must be refused untouched.
#include "pbwrun.h"
#include "rawsqlite.h"
#include "secrets/secretkeeper.h"
#include "secrets/secretstore.h"
#include "testserver.h"

#include <QDir>
#include <QJsonArray>
#include <QSettings>

using namespace pbw::test;

namespace {

// Every byte of a store: the file and its write-ahead log.
QByteArray storeBytes(const QString& db)
{
    QByteArray bytes;
    for (const QString& path : {db, db + QStringLiteral("-wal")}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class TestPbwCase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failingAndCorrectedInOneCase();
    void refusesAFileThatIsNotAStore();
    void refusesAnotherProgramsDatabase();
    void aStoreMissingATableSaysSo();
    void unknownCaseSendsNothing();
    void notesAttachmentsChecklistAndEdits();
    void secretsKeptInTheKeychain();
    void secretsWithoutAKeychain();
    void exportAndImport();
    void importRefusesWhatItCannotRead();
    void echoedSecretsLeaveNoTrace();
    void curlScriptSendsABinaryBodyExactly();
    void russianShowsNamesWithTheirKeys();
    void oneNumberingEverywhere();

private:
    TestServer m_server;
    QTemporaryDir m_dir;
};

void TestPbwCase::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestPbwCase::failingAndCorrectedInOneCase()
{
    const QString db = m_dir.filePath(QStringLiteral("cases.sqlite"));
    const PbwRun created = runPbw({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Offer 7: duplicate"),
                                   QStringLiteral("--partner"), QStringLiteral("MyNet"), QStringLiteral("--db"), db,
                                   QStringLiteral("--json")});
    QCOMPARE(created.exitCode, 0);
    const QString id = QString::number(created.json().value(QStringLiteral("id")).toInteger());
    QVERIFY(id != QLatin1String("0"));

    m_server.setReply(
        ScriptedReply::text(200, R"({"status":"error","message":"Duplicate conversion"})", "application/json"));
    const PbwRun failing = runPbw({QStringLiteral("replay"),
                                   m_server.baseUrl() + QStringLiteral("/pb?subid=abc123def456ghi&token=sekr1t-value"),
                                   QStringLiteral("--case"), id, QStringLiteral("--role"), QStringLiteral("failing"),
                                   QStringLiteral("--db"), db});
    QCOMPARE(failing.exitCode, 1);
    QVERIFY2(failing.err.contains(QStringLiteral("Saved as exchange")), qPrintable(failing.err));
    m_server.setReply(ScriptedReply::text(200, "OK"));
    const PbwRun corrected = runPbw(
        {QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb?subid=abc123def456ghj&token=sekr1t-value"),
         QStringLiteral("--case"), id, QStringLiteral("--role"), QStringLiteral("corrected"), QStringLiteral("--db"),
         db, QStringLiteral("--json")});
    QCOMPARE(corrected.exitCode, 0);
    QCOMPARE(corrected.json().value(QStringLiteral("verdict")).toObject().value(QStringLiteral("layer")).toString(),
             QStringLiteral("ok")); // stdout stays one JSON object

    const PbwRun shown = runPbw(
        {QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonArray exchanges = shown.json().value(QStringLiteral("exchanges")).toArray();
    QCOMPARE(exchanges.size(), 2);
    QCOMPARE(exchanges.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("failing"));
    QCOMPARE(exchanges.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("corrected"));
    const QJsonObject first = exchanges.at(0).toObject().value(QStringLiteral("exchange")).toObject();
    QCOMPARE(first.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("bucket")).toString(),
             QStringLiteral("duplicate"));
    QVERIFY(first.value(QStringLiteral("request"))
                .toObject()
                .value(QStringLiteral("url"))
                .toString()
                .endsWith(QStringLiteral("token=[redacted]")));
    QVERIFY(!shown.out.contains(QStringLiteral("sekr1t")));
    const QByteArray everything = storeBytes(db);
    QVERIFY(!everything.contains("sekr1t"));

    const PbwRun listed = runPbw({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--db"), db});
    QVERIFY2(listed.out.contains(QStringLiteral("Offer 7: duplicate  [open]  2 exchanges")), qPrintable(listed.out));
}

void TestPbwCase::refusesAFileThatIsNotAStore()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my notes\n");
    file.close();
    const PbwRun run = runPbw({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("is not a case store")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my notes\n"));
}

void TestPbwCase::refusesAnotherProgramsDatabase()
{
    // Another program's SQLite file is refused and left byte for byte as it was: no tables added,
    // neither its user_version nor its journal mode changed, no -wal file beside it.
    const QString path = m_dir.filePath(QStringLiteral("their.sqlite"));
    QCOMPARE(runRawSql(path,
                       {QStringLiteral("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)"),
                        QStringLiteral("INSERT INTO invoices(total) VALUES(49.9)")}),
             QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("case"), QStringLiteral("list")},
          QStringList{QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("X")}}) {
        const PbwRun run = runPbw(arguments + QStringList{QStringLiteral("--db"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("another program")), qPrintable(run.err));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    // A read never creates: no folder, no file.
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/dir/x.sqlite"));
    const PbwRun listed = runPbw({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--db"), nowhere});
    QCOMPARE(listed.exitCode, 2);
    QVERIFY2(listed.err.contains(QStringLiteral("There is no case store")), qPrintable(listed.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
}

void TestPbwCase::aStoreMissingATableSaysSo()
{
    const QString db = m_dir.filePath(QStringLiteral("lost-table.sqlite"));
    const PbwRun created = runPbw({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Lost"),
                                   QStringLiteral("--db"), db, QStringLiteral("--json")});
    const QString id = QString::number(created.json().value(QStringLiteral("id")).toInteger());
    QCOMPARE(runRawSql(db, {QStringLiteral("DROP TABLE notes")}), QString());
    const PbwRun run = runPbw({QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("is damaged")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("Parameter count mismatch")));
    QVERIFY(!run.err.contains(QStringLiteral("pbw.core")));
}

void TestPbwCase::unknownCaseSendsNothing()
{
    m_server.clear();
    const QString db = m_dir.filePath(QStringLiteral("empty.sqlite"));
    const PbwRun run = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb"),
                               QStringLiteral("--case"), QStringLiteral("99"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("There is no case 99")));
    QVERIFY(m_server.requests().isEmpty());
    QCOMPARE(runPbw({QStringLiteral("replay"), m_server.baseUrl(), QStringLiteral("--role"), QStringLiteral("failing")})
                 .exitCode,
             2);
}

void TestPbwCase::notesAttachmentsChecklistAndEdits()
{
    const QString db = m_dir.filePath(QStringLiteral("edits.sqlite"));
    const auto pbw = [&db](QStringList arguments, const QByteArray& input = {}) {
        arguments << QStringLiteral("--db") << db;
        return runPbw(arguments, input);
    };
    const QString id = QString::number(
        pbw({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Lead offer"), QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("id"))
            .toInteger());
    m_server.setReply(ScriptedReply::text(200, "OK"));
    QCOMPARE(pbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb?clickid=abc"),
                  QStringLiteral("--case"), id, QStringLiteral("--role"), QStringLiteral("corrected")})
                 .exitCode,
             0);

    const PbwRun note
        = pbw({QStringLiteral("case"), QStringLiteral("note"), id, QStringLiteral("-"), QStringLiteral("--json")},
              "payout must be 12.50, not 12,50\n");
    QCOMPARE(note.exitCode, 0);
    const QString noteId = QString::number(note.json().value(QStringLiteral("id")).toInteger());
    const PbwRun pasted = pbw({QStringLiteral("case"), QStringLiteral("attach"), id, QStringLiteral("-"),
                               QStringLiteral("--kind"), QStringLiteral("confirmation"), QStringLiteral("--json")},
                              "Conversion for click abc received, thanks!");
    QCOMPARE(pasted.exitCode, 0);
    const QString confirmation = QString::number(pasted.json().value(QStringLiteral("id")).toInteger());
    const QString templatePath = m_dir.filePath(QStringLiteral("template.txt"));
    QFile templateFile(templatePath);
    QVERIFY(templateFile.open(QIODevice::WriteOnly));
    templateFile.write("https://partner.example/pb?clickid={clickid}&payout={payout}");
    templateFile.close();
    QCOMPARE(pbw({QStringLiteral("case"), QStringLiteral("attach"), id, templatePath, QStringLiteral("--kind"),
                  QStringLiteral("template")})
                 .exitCode,
             0);
    QCOMPARE(
        pbw({QStringLiteral("case"), QStringLiteral("attach"), id, m_dir.filePath(QStringLiteral("missing"))}).exitCode,
        2);

    QCOMPARE(pbw({QStringLiteral("case"), QStringLiteral("check"), id, QStringLiteral("partner"),
                  QStringLiteral("--attachment"), confirmation, QStringLiteral("--who"), QStringLiteral("anna")})
                 .exitCode,
             0);
    QCOMPARE(pbw({QStringLiteral("case"), QStringLiteral("check"), id, QStringLiteral("template"),
                  QStringLiteral("--note"), noteId})
                 .exitCode,
             0);
    QCOMPARE(pbw({QStringLiteral("case"), QStringLiteral("check"), id, QStringLiteral("callback"),
                  QStringLiteral("--exchange"), QStringLiteral("999")})
                 .exitCode,
             2); // evidence from nowhere is refused
    QCOMPARE(pbw({QStringLiteral("case"), QStringLiteral("check"), id, QStringLiteral("layer9")}).exitCode, 2);
    QCOMPARE(pbw({QStringLiteral("case"), QStringLiteral("status"), id, QStringLiteral("waiting")}).exitCode, 0);
    QCOMPARE(pbw({QStringLiteral("case"), QStringLiteral("status"), id, QStringLiteral("solved")}).exitCode, 2);
    QCOMPARE(pbw({QStringLiteral("case"), QStringLiteral("edit"), id, QStringLiteral("--title"),
                  QStringLiteral("Lead offer (MyNet)"), QStringLiteral("--partner"), QStringLiteral("MyNet")})
                 .exitCode,
             0);

    const PbwRun shown = pbw({QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--json")});
    const QJsonObject json = shown.json();
    QCOMPARE(json.value(QStringLiteral("title")).toString(), QStringLiteral("Lead offer (MyNet)"));
    QCOMPARE(json.value(QStringLiteral("partner")).toString(), QStringLiteral("MyNet"));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("waiting"));
    QCOMPARE(json.value(QStringLiteral("notes")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("payout must be 12.50, not 12,50"));
    const QJsonArray attachments = json.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("template"));
    QCOMPARE(attachments.at(1).toObject().value(QStringLiteral("file_name")).toString(),
             QStringLiteral("template.txt"));
    const QJsonArray checklist = json.value(QStringLiteral("checklist")).toArray();
    QCOMPARE(checklist.size(), 5);
    const QJsonObject partner = checklist.at(4).toObject();
    QCOMPARE(partner.value(QStringLiteral("layer")).toString(), QStringLiteral("partner"));
    QVERIFY(partner.value(QStringLiteral("done")).toBool());
    QCOMPARE(partner.value(QStringLiteral("who")).toString(), QStringLiteral("anna"));
    QCOMPARE(QString::number(partner.value(QStringLiteral("attachment")).toInteger()), confirmation);
    QVERIFY(!checklist.at(2).toObject().value(QStringLiteral("done")).toBool());

    const QString exchangeNumber = QString::number(json.value(QStringLiteral("exchanges"))
                                                       .toArray()
                                                       .first()
                                                       .toObject()
                                                       .value(QStringLiteral("number"))
                                                       .toInteger());
    QCOMPARE(pbw({QStringLiteral("case"), QStringLiteral("role"), id, exchangeNumber, QStringLiteral("test-callback"),
                  QStringLiteral("--note"), QStringLiteral("sent from the partner's test form")})
                 .exitCode,
             0);
    const PbwRun found
        = pbw({QStringLiteral("case"), QStringLiteral("search"), QStringLiteral("thanks"), QStringLiteral("--json")});
    QCOMPARE(found.json().value(QStringLiteral("cases")).toArray().size(), 1);

    QCOMPARE(pbw({QStringLiteral("case"), QStringLiteral("delete"), id}).exitCode, 0);
    QCOMPARE(pbw({QStringLiteral("case"), QStringLiteral("show"), id}).exitCode, 2);
    QCOMPARE(pbw({QStringLiteral("case"), QStringLiteral("frobnicate"), id}).exitCode, 2);
}

namespace {

QString newCase(const QString& db)
{
    const PbwRun created = runPbw({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Secrets"),
                                   QStringLiteral("--db"), db, QStringLiteral("--json")});
    return QString::number(created.json().value(QStringLiteral("id")).toInteger());
}

QList<pbw::KeptSecret> recordedSecrets(const QString& db, const QString& id, int index)
{
    const PbwRun shown = runPbw(
        {QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--db"), db, QStringLiteral("--json")});
    const QJsonObject exchange = shown.json()
                                     .value(QStringLiteral("exchanges"))
                                     .toArray()
                                     .at(index)
                                     .toObject()
                                     .value(QStringLiteral("exchange"))
                                     .toObject();
    return pbw::secretsFromJson(exchange.value(QStringLiteral("secrets")).toArray());
}

// Reads the values back from the same keychain pbw wrote to.
pbw::SecretsOutcome readBack(const QList<pbw::KeptSecret>& recorded)
{
    const auto keychain = pbw::makeKeychainStore(pbw::keychainService());
    std::optional<pbw::SecretsOutcome> answer;
    pbw::restoreSecrets(*keychain, recorded, [&](const pbw::SecretsOutcome& outcome) { answer = outcome; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20'000))
        return {};
    return *answer;
}

} // namespace

void TestPbwCase::secretsKeptInTheKeychain()
{
    if (!qEnvironmentVariableIsSet("PBW_REQUIRE_KEYRING"))
        QSKIP("No test keyring: run the suite through scripts/test.sh");
    const QString db = m_dir.filePath(QStringLiteral("secrets.sqlite"));
    const QString id = newCase(db);
    // A name the user added in the window's settings is a secret for pbw too.
    {
        QSettings settings(testConfigHome() + QStringLiteral("/PostbackWorkbench/postback-workbench.conf"),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("secrets/names"), QStringList{QStringLiteral("partner_pin")});
    }
    m_server.setReply(ScriptedReply::text(200, "OK"));
    const QString url = m_server.baseUrl() + QStringLiteral("/pb?subid=a1&token=tok%2F42&partner_pin=9911");
    const PbwRun kept = runPbw({QStringLiteral("replay"), url, QStringLiteral("-H"),
                                QStringLiteral("Authorization: Bearer s3cr3t-bearer"), QStringLiteral("--case"), id,
                                QStringLiteral("--db"), db});
    QCOMPARE(kept.exitCode, 0);
    QVERIFY2(kept.err.contains(QStringLiteral("3 secret values kept in the keychain")), qPrintable(kept.err));
    const PbwRun dropped = runPbw({QStringLiteral("replay"), url, QStringLiteral("--case"), id,
                                   QStringLiteral("--secrets"), QStringLiteral("drop"), QStringLiteral("--db"), db});
    QCOMPARE(dropped.exitCode, 0);

    const auto recorded = recordedSecrets(db, id, 0);
    QCOMPARE(recorded.size(), 3);
    QCOMPARE(recorded.at(1).secret.name, QStringLiteral("partner_pin"));
    const pbw::SecretsOutcome back = readBack(recorded);
    QCOMPARE(back.missing, 0);
    QCOMPARE(back.restored.size(), 3);
    QCOMPARE(back.restored.at(0).value, QStringLiteral("tok%2F42"));
    QCOMPARE(back.restored.at(1).value, QStringLiteral("9911"));
    QCOMPARE(back.restored.at(2).value, QStringLiteral("Bearer s3cr3t-bearer"));
    const auto notKept = recordedSecrets(db, id, 1);
    QCOMPARE(notKept.size(), 2);
    QVERIFY(notKept.at(0).ref.isEmpty());

    const QByteArray everything = storeBytes(db);
    QVERIFY(!everything.contains("9911"));
    QVERIFY(!everything.contains("s3cr3t-bearer"));

    // Deleting the case forgets its secrets.
    const PbwRun deleted = runPbw({QStringLiteral("case"), QStringLiteral("delete"), id, QStringLiteral("--db"), db});
    QCOMPARE(deleted.exitCode, 0);
    const pbw::SecretsOutcome gone = readBack(recorded);
    QCOMPARE(gone.missing, 3);
    QVERIFY(QFile::remove(testConfigHome() + QStringLiteral("/PostbackWorkbench/postback-workbench.conf")));
}

void TestPbwCase::secretsWithoutAKeychain()
{
    const QString db = m_dir.filePath(QStringLiteral("no-keychain.sqlite"));
    const QString id = newCase(db);
    m_server.setReply(ScriptedReply::text(200, "OK"));
    const PbwRun run = runPbw(
        {QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb?subid=a1&token=tok42"),
         QStringLiteral("--case"), id, QStringLiteral("--db"), db},
        {}, {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/pbw-no-bus")}});
    QCOMPARE(run.exitCode, 0); // the verdict decides, not the keychain
    QVERIFY2(run.err.contains(QStringLiteral("No keychain is available")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("Saved as exchange")));
    const auto recorded = recordedSecrets(db, id, 0);
    QCOMPARE(recorded.size(), 1);
    QVERIFY(recorded.at(0).ref.isEmpty()); // recorded as not kept: no entry that was never written
}

void TestPbwCase::exportAndImport()
{
    const QString db = m_dir.filePath(QStringLiteral("export.sqlite"));
    const QString id = newCase(db);
    m_server.setReply(
        ScriptedReply::text(200, R"({"status":"error","message":"Incorrect subid"})", "application/json"));
    runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb?subid={subid}&token=EXPORT-CANARY"),
            QStringLiteral("--case"), id, QStringLiteral("--role"), QStringLiteral("failing"), QStringLiteral("--db"),
            db});
    m_server.setReply(ScriptedReply::text(200, "OK"));
    runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb?subid=abc&token=EXPORT-CANARY"),
            QStringLiteral("--case"), id, QStringLiteral("--role"), QStringLiteral("corrected"), QStringLiteral("--db"),
            db});

    for (const QString& format :
         {QStringLiteral("case"), QStringLiteral("har"), QStringLiteral("html"), QStringLiteral("curl")}) {
        const QString out = m_dir.filePath(QStringLiteral("out.") + format);
        const PbwRun exported
            = runPbw({QStringLiteral("case"), QStringLiteral("export"), id, QStringLiteral("--format"), format,
                      QStringLiteral("-o"), out, QStringLiteral("--db"), db});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.isEmpty() && !bytes.contains("EXPORT-CANARY"), qPrintable(format));
    }
    // A PDF, laid out without a display.
    const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
    const PbwRun printed = runPbw({QStringLiteral("case"), QStringLiteral("export"), id, QStringLiteral("--format"),
                                   QStringLiteral("pdf"), QStringLiteral("-o"), pdf, QStringLiteral("--db"), db},
                                  {}, {{QStringLiteral("DISPLAY"), QString()}});
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.readAll().startsWith("%PDF-"));
    const PbwRun pdfToStdout = runPbw({QStringLiteral("case"), QStringLiteral("export"), id, QStringLiteral("--format"),
                                       QStringLiteral("pdf"), QStringLiteral("--db"), db});
    QCOMPARE(pdfToStdout.exitCode, 2);

    // Standard output when no file is named.
    const PbwRun toStdout = runPbw({QStringLiteral("case"), QStringLiteral("export"), id, QStringLiteral("--format"),
                                    QStringLiteral("har"), QStringLiteral("--db"), db});
    QCOMPARE(toStdout.exitCode, 0);
    QVERIFY(toStdout.json().contains(QStringLiteral("log")));

    const PbwRun imported
        = runPbw({QStringLiteral("case"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("out.case")),
                  QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.json().value(QStringLiteral("exchanges")).toInt(), 2);
    const QString copy = QString::number(imported.json().value(QStringLiteral("id")).toInteger());
    QVERIFY(copy != id);

    const PbwRun har = runPbw(
        {QStringLiteral("case"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("out.har")),
         QStringLiteral("--into"), id, QStringLiteral("--entries"), QStringLiteral("2"), QStringLiteral("--role"),
         QStringLiteral("reference-click"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(har.exitCode == 0, qPrintable(har.err));
    QCOMPARE(har.json().value(QStringLiteral("id")).toInteger(), id.toLongLong());
    QCOMPARE(har.json().value(QStringLiteral("exchanges")).toInt(), 1);

    const PbwRun badFormat = runPbw({QStringLiteral("case"), QStringLiteral("export"), id, QStringLiteral("--format"),
                                     QStringLiteral("docx"), QStringLiteral("--db"), db});
    QCOMPARE(badFormat.exitCode, 2);
    const PbwRun badEntries
        = runPbw({QStringLiteral("case"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("out.har")),
                  QStringLiteral("--entries"), QStringLiteral("3-9"), QStringLiteral("--db"), db});
    QCOMPARE(badEntries.exitCode, 2);
}

void TestPbwCase::importRefusesWhatItCannotRead()
{
    const QString db = m_dir.filePath(QStringLiteral("refuse.sqlite"));
    newCase(db);
    const auto casesNow = [&] {
        return runPbw({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--db"), db,
                       QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("cases"))
            .toArray()
            .size();
    };
    const qsizetype before = casesNow();
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("notes.txt"), "these are my notes"},
        {QStringLiteral("cut.pbcase"), R"({"format":"postback-workbench-case","version":1,"case":{"ti)"},
        {QStringLiteral("future.pbcase"), R"({"format":"postback-workbench-case","version":2})"},
        {QStringLiteral("empty.har"), R"({"log":{"version":"1.2","entries":[]}})"}};
    for (const auto& [name, bytes] : files) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const PbwRun run
            = runPbw({QStringLiteral("case"), QStringLiteral("import"), file.fileName(), QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(name));
    }
    // A 1 GB file is refused before a byte of it is read.
    QFile huge(m_dir.filePath(QStringLiteral("huge.har")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(1LL << 30));
    huge.close();
    const PbwRun big
        = runPbw({QStringLiteral("case"), QStringLiteral("import"), huge.fileName(), QStringLiteral("--db"), db});
    QCOMPARE(big.exitCode, 2);
    QVERIFY2(big.err.contains(QStringLiteral("too large")), qPrintable(big.err));
    QVERIFY(QFile::remove(huge.fileName()));
    QCOMPARE(casesNow(), before);
}

void TestPbwCase::echoedSecretsLeaveNoTrace()
{
    // An endpoint that echoes the request (as many do) puts the token, the Authorization value and
    // the form's api_key into its answer: none of them reaches the store or any export.
    m_server.setHandler([](const RecordedRequest& request) {
        ScriptedReply reply = ScriptedReply::text(
            200,
            QJsonDocument(QJsonObject{{QStringLiteral("raw"), QString::fromLatin1(request.raw)},
                                      {QStringLiteral("auth"), QString::fromLatin1(request.header("Authorization"))},
                                      {QStringLiteral("status"), QStringLiteral("error")},
                                      {QStringLiteral("message"),
                                       QStringLiteral("Invalid token ") + QString::fromLatin1(request.target)}})
                .toJson(QJsonDocument::Compact),
            "application/json");
        reply.headers.append(RawHeader("X-Echo-Target", request.target));
        reply.headers.append(RawHeader("Location", "/next" + request.target));
        return reply;
    });
    const QString db = m_dir.filePath(QStringLiteral("echo.sqlite"));
    const QString id = newCase(db);
    const PbwRun run = runPbw(
        {QStringLiteral("replay"),
         m_server.baseUrl().replace(QStringLiteral("http://"), QStringLiteral("http://bob:PASS-ECHO-9@"))
             + QStringLiteral("/pb?subid=a1&token=TOKEN-ECHO-1"),
         QStringLiteral("-H"), QStringLiteral("Authorization: Bearer BEARER-ECHO-2"), QStringLiteral("--data"),
         QStringLiteral("clickid=9&api_key=KEY-ECHO-3"), QStringLiteral("-H"),
         QStringLiteral("Content-Type: application/x-www-form-urlencoded"), QStringLiteral("--case"), id,
         QStringLiteral("--db"), db},
        {}, {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/pbw-no-bus")}});
    m_server.setHandler({});
    QVERIFY2(run.err.contains(QStringLiteral("Saved as exchange")), qPrintable(run.err));
    QVERIFY(m_server.lastRequest().raw.contains("TOKEN-ECHO-1")); // the server did see them
    const QStringList secrets{QStringLiteral("PASS-ECHO-9"), QStringLiteral("TOKEN-ECHO-1"),
                              QStringLiteral("BEARER-ECHO-2"), QStringLiteral("KEY-ECHO-3")};
    const PbwRun shown = runPbw(
        {QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY(shown.out.contains(QStringLiteral("[redacted]")));
    for (const QString& secret : secrets)
        QVERIFY2(!shown.out.contains(secret), qPrintable(secret + QStringLiteral(" in ") + shown.out));
    for (const QString& format :
         {QStringLiteral("case"), QStringLiteral("har"), QStringLiteral("html"), QStringLiteral("curl")}) {
        const PbwRun exported = runPbw({QStringLiteral("case"), QStringLiteral("export"), id,
                                        QStringLiteral("--format"), format, QStringLiteral("--db"), db});
        QCOMPARE(exported.exitCode, 0);
        for (const QString& secret : secrets)
            QVERIFY2(!exported.out.contains(secret), qPrintable(format + QStringLiteral(": ") + secret));
    }
    // The redaction summary says the answer repeated them.
    const PbwRun summary = runPbw({QStringLiteral("case"), QStringLiteral("export"), id, QStringLiteral("--db"), db});
    QVERIFY2(summary.err.contains(QStringLiteral("removed when saved")), qPrintable(summary.err));
    QVERIFY2(summary.err.contains(QStringLiteral("The answers repeated them")), qPrintable(summary.err));
}

void TestPbwCase::curlScriptSendsABinaryBodyExactly()
{
    // bash cannot pass a NUL in an argument: the exported script must still send every byte, as the
    // recording server receives them when the script runs with the real curl.
    m_server.clear();
    m_server.setReply(ScriptedReply::text(200, "OK"));
    QByteArray body("a\0b\x01\xff\xfe'%s\\x41\n\r\"$(id)`x`", 23);
    body += QByteArray(3, '\0');
    const QString path = m_dir.filePath(QStringLiteral("binary.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(body);
    file.close();
    const QString db = m_dir.filePath(QStringLiteral("binary.sqlite"));
    const PbwRun created = runPbw({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Binary"),
                                   QStringLiteral("--db"), db, QStringLiteral("--json")});
    const QString id = QString::number(created.json().value(QStringLiteral("id")).toInteger());
    runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/bin"), QStringLiteral("--data-file"), path,
            QStringLiteral("-H"), QStringLiteral("Content-Type: application/octet-stream"), QStringLiteral("--case"),
            id, QStringLiteral("--db"), db});
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.lastRequest().body, body);
    const QString script = m_dir.filePath(QStringLiteral("binary.sh"));
    const PbwRun exported = runPbw({QStringLiteral("case"), QStringLiteral("export"), id, QStringLiteral("--format"),
                                    QStringLiteral("curl"), QStringLiteral("-o"), script, QStringLiteral("--db"), db});
    QCOMPARE(exported.exitCode, 0);
    QProcess bash;
    bash.start(QStringLiteral("bash"), {script});
    QVERIFY(bash.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return bash.state() == QProcess::NotRunning; }, 20'000));
    QCOMPARE(bash.exitCode(), 0);
    QCOMPARE(m_server.requests().size(), 2);
    QCOMPARE(m_server.lastRequest().body, body);
    QCOMPARE(m_server.lastRequest().header("Content-Type"), QByteArray("application/octet-stream"));
}

void TestPbwCase::russianShowsNamesWithTheirKeys()
{
    // In Russian, statuses, roles, layers and verdicts read in Russian, each with the key pbw's
    // commands take beside it; in English the keys alone, as before.
    m_server.setReply(ScriptedReply::text(200, "OK"));
    const QString db = m_dir.filePath(QStringLiteral("russian.sqlite"));
    const PbwRun created = runPbw({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Оффер 7"),
                                   QStringLiteral("--db"), db, QStringLiteral("--json")});
    const QString id = QString::number(created.json().value(QStringLiteral("id")).toInteger());
    runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb?subid=a1"), QStringLiteral("--case"), id,
            QStringLiteral("--role"), QStringLiteral("corrected"), QStringLiteral("--db"), db});
    const PbwRun ru = runPbw({QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--db"), db,
                              QStringLiteral("--lang"), QStringLiteral("ru")});
    QCOMPARE(ru.exitCode, 0);
    for (const QString& expected : {QStringLiteral("Открыт (open)"), QStringLiteral("Исправленный (corrected)"),
                                    QStringLiteral("Постбек отправлен (callback)")})
        QVERIFY2(ru.out.contains(expected), qPrintable(ru.out));
    const PbwRun en = runPbw({QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--db"), db});
    QVERIFY2(en.out.contains(QStringLiteral("[open]")) && en.out.contains(QStringLiteral("  corrected  ")),
             qPrintable(en.out));
}

QTEST_GUILESS_MAIN(TestPbwCase)
void TestPbwCase::oneNumberingEverywhere()
{
    // Two cases in one store: each numbers its exchanges from 1, and every face (show, check,
    // role, remove, the report, the case file) speaks of the same numbers.
    const QString db = m_dir.filePath(QStringLiteral("numbering.sqlite"));
    const QString other = newCase(db);
    const QString id = newCase(db);
    const auto send = [&](const QString& caseId, const QString& role, const QString& clickId) {
        return runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb?click_id=") + clickId,
                       QStringLiteral("--case"), caseId, QStringLiteral("--role"), role, QStringLiteral("--db"), db});
    };
    m_server.setReply(ScriptedReply::text(200, "OK"));
    QVERIFY(send(other, QStringLiteral("other"), QStringLiteral("o1")).err.contains(QStringLiteral("exchange 1 ")));
    QVERIFY(send(id, QStringLiteral("failing"), QStringLiteral("a1")).err.contains(QStringLiteral("exchange 1 ")));
    QVERIFY(
        send(id, QStringLiteral("test-callback"), QStringLiteral("a2")).err.contains(QStringLiteral("exchange 2 ")));
    const PbwRun third = send(id, QStringLiteral("corrected"), QStringLiteral("a3"));
    QVERIFY2(third.err.contains(QStringLiteral("Saved as exchange 3 of case #%1").arg(id)), qPrintable(third.err));

    const auto shown = [&] {
        return runPbw({QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--db"), db,
                       QStringLiteral("--json")})
            .json();
    };
    const auto numbers = [&] {
        QList<qint64> out;
        for (const QJsonValue& exchange : shown().value(QStringLiteral("exchanges")).toArray())
            out.append(exchange.toObject().value(QStringLiteral("number")).toInteger());
        return out;
    };
    QCOMPARE(numbers(), (QList<qint64>{1, 2, 3}));
    const auto pbwIn = [&](QStringList arguments) {
        arguments << QStringLiteral("--db") << db;
        return runPbw(arguments);
    };
    QCOMPARE(pbwIn({QStringLiteral("case"), QStringLiteral("check"), id, QStringLiteral("callback"),
                    QStringLiteral("--exchange"), QStringLiteral("3")})
                 .exitCode,
             0);
    QCOMPARE(shown().value(QStringLiteral("checklist")).toArray().at(2).toObject().value(QStringLiteral("exchange")),
             QJsonValue(3));
    QCOMPARE(pbwIn({QStringLiteral("case"), QStringLiteral("check"), id, QStringLiteral("callback"),
                    QStringLiteral("--exchange"), QStringLiteral("4")})
                 .exitCode,
             2);
    QCOMPARE(pbwIn({QStringLiteral("case"), QStringLiteral("role"), id, QStringLiteral("2"), QStringLiteral("other")})
                 .exitCode,
             0);
    const PbwRun text = pbwIn({QStringLiteral("case"), QStringLiteral("show"), id});
    QVERIFY2(text.out.contains(QStringLiteral("evidence: exchange 3")), qPrintable(text.out));

    // Removed for good: the others keep their numbers, and a number is never given again.
    const PbwRun removed = pbwIn({QStringLiteral("case"), QStringLiteral("remove"), id, QStringLiteral("2")});
    QCOMPARE(removed.exitCode, 0);
    QVERIFY2(removed.out.contains(QStringLiteral("removed for good: 2")), qPrintable(removed.out));
    QCOMPARE(pbwIn({QStringLiteral("case"), QStringLiteral("remove"), id, QStringLiteral("2")}).exitCode, 2);
    QCOMPARE(numbers(), (QList<qint64>{1, 3}));
    QVERIFY(send(id, QStringLiteral("failing"), QStringLiteral("a4")).err.contains(QStringLiteral("exchange 4 ")));
    QCOMPARE(numbers(), (QList<qint64>{1, 3, 4}));

    // The pair the report puts side by side is the one chosen, named by the same numbers.
    QCOMPARE(pbwIn({QStringLiteral("case"), QStringLiteral("compare"), id, QStringLiteral("1"), QStringLiteral("1")})
                 .exitCode,
             2);
    QCOMPARE(pbwIn({QStringLiteral("case"), QStringLiteral("compare"), id, QStringLiteral("1"), QStringLiteral("3")})
                 .exitCode,
             0);
    const PbwRun html = pbwIn(
        {QStringLiteral("case"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE(html.exitCode, 0);
    const qsizetype pair = html.out.indexOf(QStringLiteral("<div class=\"pair\">"));
    QVERIFY(pair > 0);
    const QString sideBySide = html.out.mid(pair, html.out.indexOf(QStringLiteral("</div>"), pair) - pair);
    QVERIFY(sideBySide.contains(QStringLiteral("<h3>Exchange 1</h3>")));
    QVERIFY2(sideBySide.contains(QStringLiteral("<h3>Exchange 3</h3>")), qPrintable(sideBySide.left(400)));
    QVERIFY(html.out.contains(QStringLiteral("Exchange 4")));
    QVERIFY(!html.out.contains(QStringLiteral("Exchange 2")));

    // The case file keeps the numbers and the pair; imported, the new case speaks of them too.
    const QString file = m_dir.filePath(QStringLiteral("numbering.pbcase"));
    QCOMPARE(pbwIn({QStringLiteral("case"), QStringLiteral("export"), id, QStringLiteral("--format"),
                    QStringLiteral("case"), QStringLiteral("-o"), file})
                 .exitCode,
             0);
    const PbwRun imported = pbwIn({QStringLiteral("case"), QStringLiteral("import"), file, QStringLiteral("--json")});
    QCOMPARE(imported.exitCode, 0);
    const QString copy = QString::number(imported.json().value(QStringLiteral("id")).toInteger());
    const QJsonObject copied
        = pbwIn({QStringLiteral("case"), QStringLiteral("show"), copy, QStringLiteral("--json")}).json();
    QList<qint64> copiedNumbers;
    for (const QJsonValue& exchange : copied.value(QStringLiteral("exchanges")).toArray())
        copiedNumbers.append(exchange.toObject().value(QStringLiteral("number")).toInteger());
    QCOMPARE(copiedNumbers, (QList<qint64>{1, 3, 4}));
    QCOMPARE(copied.value(QStringLiteral("checklist")).toArray().at(2).toObject().value(QStringLiteral("exchange")),
             QJsonValue(3));
    const PbwRun again = pbwIn(
        {QStringLiteral("case"), QStringLiteral("export"), copy, QStringLiteral("--format"), QStringLiteral("case")});
    QVERIFY2(again.out.contains(QStringLiteral("\"compare\": [\n")), qPrintable(again.out.left(600)));
}

#include "tst_pbwcase.moc"
