// postback-workbench: the desktop window.
#include "appservices.h"
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
    // Made once, here, and handed in: the settings file, the keychain store and the network.
    QSettings settings;
    pbw::Language::apply(settings.value(QStringLiteral("language")).toString());
    const pbw::ui::AppServices services = pbw::ui::completeServices({&settings}, &app);
    pbw::ui::MainWindow window(services);
    window.show();
    return QApplication::exec();
}
