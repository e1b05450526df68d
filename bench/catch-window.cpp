// The window while callbacks pour in: the real main window on the Catch tab, its listener started
// through the tab's session, COUNT callbacks fired by `xargs -P8 curl` (one curl each), and a 5 ms
// timer measuring how long the window's event loop was ever kept from running (the longest gap
// between two ticks, and the 99th percentile). Prints one JSON object: callbacks kept, rows shown,
// seconds, requests a second, the stalls, and peak memory. bench/catch-bench.sh runs it.
#include "catch/catchpanel.h"
#include "catch/catchsession.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "procstatus.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postback-workbench-bench"));
    QStandardPaths::setTestModeEnabled(true);
    const int count = qEnvironmentVariableIntValue("COUNT") > 0 ? qEnvironmentVariableIntValue("COUNT") : 10000;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    pbw::Language::apply(QStringLiteral("en"));
    pbw::ui::MainWindow window(&settings);
    window.resize(1366, 768);
    window.show();
    pbw::ui::CatchPanel* panel = window.catchPanel();
    window.findChild<QTabWidget*>()->setCurrentWidget(panel);
    pbw::CatchOptions options;
    options.maxPerMinute = 0;
    if (const auto started = panel->session()->start(options); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error()));
        return 2;
    }
    QFile urls(dir.filePath(QStringLiteral("urls.txt")));
    if (!urls.open(QIODevice::WriteOnly))
        return 2;
    const QByteArray base = panel->session()->catchUrl().toLatin1() + "/pb?cid=c";
    for (int i = 1; i <= count; ++i)
        urls.write(base + QByteArray::number(i) + "&amount=1.50&goal=purchase\n");
    urls.close();
    QAbstractItemModel* rows = panel->findChild<QTableView*>()->model();

    QList<qint64> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000;
        if (lastTick > 0)
            gaps.append(now - lastTick);
        lastTick = now;
    });
    tick.start(5);

    QProcess fire;
    fire.setStandardInputFile(urls.fileName());
    QElapsedTimer took;
    took.start();
    double firedSeconds = 0;
    fire.start(QStringLiteral("xargs"),
               {QStringLiteral("-P8"), QStringLiteral("-n1"), QStringLiteral("curl"), QStringLiteral("-s"),
                QStringLiteral("-o"), QStringLiteral("/dev/null")});
    QObject::connect(&fire, &QProcess::finished, [&] { firedSeconds = double(took.elapsed()) / 1000; });
    QTimer done;
    QObject::connect(&done, &QTimer::timeout, [&] {
        const bool all = fire.state() == QProcess::NotRunning && rows->rowCount() >= count;
        if (!all && took.elapsed() < 300000)
            return;
        tick.stop();
        std::sort(gaps.begin(), gaps.end());
        const auto percentile = [&](double p) {
            return gaps.isEmpty() ? 0.0 : double(gaps.at(qMin(gaps.size() - 1, qsizetype(gaps.size() * p)))) / 1000;
        };
        QJsonObject out{
            {QStringLiteral("callbacks"), count},
            {QStringLiteral("kept"), panel->session()->caughtCount()},
            {QStringLiteral("rows_shown"), rows->rowCount()},
            {QStringLiteral("fired_seconds"), firedSeconds},
            {QStringLiteral("shown_seconds"), double(took.elapsed()) / 1000},
            {QStringLiteral("requests_per_second"), firedSeconds > 0 ? count / firedSeconds : 0},
            {QStringLiteral("longest_stall_ms"), gaps.isEmpty() ? 0.0 : double(gaps.last()) / 1000},
            {QStringLiteral("p99_tick_ms"), percentile(0.99)},
            {QStringLiteral("peak_rss_mb"), statusKb("VmHWM:") / 1024},
        };
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
        QApplication::quit();
    });
    done.start(50);
    return QApplication::exec();
}
