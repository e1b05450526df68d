#pragma once

// Runs the pbw binary (PBW_EXECUTABLE, set by the test's CMake target) while this process's event
// loop keeps serving the loopback server's requests.
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace pbw::test {

struct PbwRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// pbw's data folder during tests (answer rules, the case store): never the user's own.
inline QString testDataHome()
{
    static QTemporaryDir dir;
    return dir.path();
}

// pbw's settings folder during tests (the window's settings it reads, such as secret names).
inline QString testConfigHome()
{
    static QTemporaryDir dir;
    return dir.path();
}

inline PbwRun runPbw(const QStringList& arguments, const QByteArray& input = {},
                     const QList<QPair<QString, QString>>& environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), testDataHome());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), testConfigHome());
    env.remove(QStringLiteral("LANGUAGE"));
    for (const auto& [name, value] : environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PBW_EXECUTABLE), arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < 60000)
        QTest::qWait(10);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace pbw::test
