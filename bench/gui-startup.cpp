// Starts the real main window as the app does, and reports: milliseconds from process start
// (PBW_T0_NS, CLOCK_REALTIME nanoseconds taken by the launcher just before exec) to the first
// painted frame, then, after one replay through the panel against the URL given, the resident
// memory (VmRSS) and its peak (VmHWM). Prints one JSON object and exits. `--bare` shows an empty
// QMainWindow instead, to measure what Qt alone costs.
#include "i18n/language.h"
#include "mainwindow.h"
#include "procstatus.h"
#include "replay/replaypanel.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <memory>

namespace {

double msSince(qint64 t0Ns)
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    const qint64 nowNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    return double(nowNs - t0Ns) / 1e6;
}

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(std::function<void()> done)
        : m_done(std::move(done))
    {
    }
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, m_done); // after the whole frame is painted and flushed
        }
        return false;
    }

private:
    std::function<void()> m_done;
    bool m_seen = false;
};

} // namespace

int main(int argc, char* argv[])
{
    const qint64 t0 = qgetenv("PBW_T0_NS").toLongLong();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postback-workbench-bench"));
    QStandardPaths::setTestModeEnabled(true);
    const QString url = QApplication::arguments().value(1);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    pbw::Language::apply(qEnvironmentVariable("PBW_LANG", QStringLiteral("en")));
    // --bare: an empty QMainWindow, the floor that Qt itself sets on this machine.
    const bool bare = url == QLatin1String("--bare");
    std::unique_ptr<QMainWindow> owned;
    if (bare)
        owned = std::make_unique<QMainWindow>();
    else
        owned = std::make_unique<pbw::ui::MainWindow>(&settings);
    QMainWindow& window = *owned;
    window.resize(1180, 760);
    QJsonObject out;

    auto finish = [&] {
        if (auto* badge = window.findChild<QLabel*>(QStringLiteral("statusBadge")))
            out.insert(QStringLiteral("answer"), badge->text()); // proves the exchange happened
        out.insert(QStringLiteral("rss_mb"), statusKb("VmRSS:") / 1024);
        out.insert(QStringLiteral("peak_rss_mb"), statusKb("VmHWM:") / 1024);
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
        QApplication::quit();
    };
    FirstPaint firstPaint([&] {
        out.insert(QStringLiteral("first_paint_ms"), t0 > 0 ? msSince(t0) : -1.0);
        if (url.isEmpty() || bare)
            return finish();
        // Within the Replay tab: other tabs hold controls of the same names ("send" in CAPI test).
        QWidget* replay = static_cast<pbw::ui::MainWindow&>(window).replayPanel();
        auto* history = replay->findChild<QListWidget*>(QStringLiteral("history"));
        QObject::connect(history->model(), &QAbstractItemModel::rowsInserted, &window, [&] {
            QTimer::singleShot(50, finish); // let the answer view paint
        });
        replay->findChild<QPlainTextEdit*>(QStringLiteral("url"))->setPlainText(url);
        replay->findChild<QPushButton*>(QStringLiteral("send"))->click();
    });
    window.installEventFilter(&firstPaint);
    window.show();
    return QApplication::exec();
}
