// pbw: the Postback Workbench engine on the command line.
#include "cliapp.h"
#include "clicontext.h"

#include <QCoreApplication>
#include <QSettings>

// Qt Core only: a PDF export runs the pbw-pdf helper, so no command pays for loading Qt GUI.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pbw"));
    QCoreApplication::setOrganizationName(QStringLiteral("PostbackWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PBW_VERSION));
    // The window's settings file, the one place pbw reads the user's settings from.
    const QSettings settings(QStringLiteral("PostbackWorkbench"), QStringLiteral("postback-workbench"));
    return pbw::cli::run(QCoreApplication::arguments(), pbw::cli::CliContext::read(settings));
}
