// postback-workbench: the desktop window.
#include "i18n/language.h"
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postback-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postback Workbench"));
    QApplication::setOrganizationName(QStringLiteral("PostbackWorkbench"));
    QApplication::setApplicationVersion(QStringLiteral(PBW_VERSION));
    pbw::Language::apply({});
    pbw::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
