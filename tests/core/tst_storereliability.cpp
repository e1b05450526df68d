// The case store under a crash and under two writers: a writer process killed (SIGKILL) in the
// middle of a burst leaves an intact database holding every exchange it reported as saved, and two
// processes plus this one writing the same store at once all succeed.
#include "store/casestore.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace pbw;

namespace {

QList<qint64> savedIds(const QByteArray& output)
{
    QList<qint64> ids;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("saved "))
            ids.append(line.mid(6).toLongLong());
    }
    return ids;
}

QString integrity(const QString& path)
{
    const QString connection = QStringLiteral("integrity-check");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

CaseRecord titled(const QString& title)
{
    CaseRecord record;
    record.title = title;
    return record;
}

void startWriter(QProcess& process, const QString& path, qint64 caseId, int count, const QString& tag)
{
    process.start(QStringLiteral(PBW_STORE_WRITER), {path, QString::number(caseId), QString::number(count), tag});
    QVERIFY(process.waitForStarted(10000));
}

} // namespace

class TestStoreReliability : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingReported();
    void twoWritersAndThisProcessAtOnce();

private:
    QTemporaryDir m_dir;
};

void TestStoreReliability::killedWriterLosesNothingReported()
{
    const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
    qint64 caseId = 0;
    {
        auto store = CaseStore::open(path);
        QVERIFY(store);
        caseId = store.value()->createCase(titled(QStringLiteral("burst"))).value();
    }
    QProcess writer;
    startWriter(writer, path, caseId, 1'000'000, QStringLiteral("k"));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += writer.readAllStandardOutput(), savedIds(output).size() >= 500), 60000);
    ::kill(pid_t(writer.processId()), SIGKILL);
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    output += writer.readAllStandardOutput();
    const QList<qint64> reported = savedIds(output);

    QCOMPARE(integrity(path), QStringLiteral("ok"));
    auto store = CaseStore::open(path);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    QList<qint64> kept;
    const auto exchanges = store.value()->exchanges(caseId); // kept: a loop over a temporary's value dangles
    QVERIFY(exchanges);
    for (const StoredExchange& stored : *exchanges)
        kept.append(stored.id);
    for (const qint64 id : reported)
        QVERIFY2(kept.contains(id),
                 qPrintable(QStringLiteral("exchange %1 was reported saved but is missing").arg(id)));
    // At most the one in flight when the writer died was committed without being reported.
    QVERIFY(kept.size() - reported.size() <= 1);
    QVERIFY(store.value()->addNote(caseId, QStringLiteral("after the crash")));
}

void TestStoreReliability::twoWritersAndThisProcessAtOnce()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
    auto opened = CaseStore::open(path);
    QVERIFY(opened);
    CaseStore& store = *opened.value();
    const qint64 caseId = store.createCase(titled(QStringLiteral("shared"))).value();
    constexpr int perWriter = 400;
    QProcess first;
    QProcess second;
    startWriter(first, path, caseId, perWriter, QStringLiteral("a"));
    startWriter(second, path, caseId, perWriter, QStringLiteral("b"));
    // Meanwhile this process (the GUI's part) edits the same case.
    int notes = 0;
    while (first.state() != QProcess::NotRunning || second.state() != QProcess::NotRunning) {
        QVERIFY(store.addNote(caseId, QStringLiteral("note %1").arg(notes)));
        QVERIFY(store.setStatus(caseId, notes % 2 ? CaseRecord::Status::Open : CaseRecord::Status::Waiting));
        ++notes;
        QTest::qWait(5);
    }
    for (QProcess* writer : {&first, &second}) {
        QCOMPARE(writer->exitStatus(), QProcess::NormalExit);
        QVERIFY2(writer->exitCode() == 0, writer->readAllStandardError().constData());
        QCOMPARE(savedIds(writer->readAllStandardOutput()).size(), perWriter);
    }
    QCOMPARE(store.exchanges(caseId).value().size(), 2 * perWriter);
    QCOMPARE(store.notes(caseId).value().size(), notes);
    QCOMPARE(store.search(QStringLiteral("writer b")).value(), QList<qint64>{caseId});
    QCOMPARE(integrity(path), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestStoreReliability)
#include "tst_storereliability.moc"
