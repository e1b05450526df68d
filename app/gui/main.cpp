// postback-workbench: the desktop window.
#include "i18n/language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postback-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postback Workbench"));
    QApplication::setOrganizationName(QStringLiteral("PostbackWorkbench"));
    QApplication::setApplicationVersion(QStringLiteral(PBW_VERSION));
    QSettings settings;
    pbw::Language::apply(settings.value(QStringLiteral("language")).toString());
    pbw::ui::MainWindow window(&settings);
    window.show();
    return QApplication::exec();
}
