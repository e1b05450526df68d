// pbw: the Postback Workbench engine on the command line.
#include "cliapp.h"

#include <QCoreApplication>

// Qt Core only: a PDF export runs the pbw-pdf helper, so no command pays for loading Qt GUI.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pbw"));
    QCoreApplication::setOrganizationName(QStringLiteral("PostbackWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PBW_VERSION));
    return pbw::cli::run(QCoreApplication::arguments());
}
