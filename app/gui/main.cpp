// postback-workbench: the desktop window.
#include "i18n/language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postback-workbench"));
    // The menu entry and the icon the package installs (hicolor theme); the window manager ties the
    // window to its menu entry by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.postbackworkbench.Workbench"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("postback-workbench")));
    QApplication::setApplicationDisplayName(QStringLiteral("Postback Workbench"));
    QApplication::setOrganizationName(QStringLiteral("PostbackWorkbench"));
    QApplication::setApplicationVersion(QStringLiteral(PBW_VERSION));
    QSettings settings;
    pbw::Language::apply(settings.value(QStringLiteral("language")).toString());
    pbw::ui::MainWindow window(&settings);
    window.show();
    return QApplication::exec();
}
