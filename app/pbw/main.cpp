// pbw: the Postback Workbench engine on the command line.
#include "cliapp.h"
#include "clicontext.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

// Qt Core only: a PDF export runs the pbw-pdf helper, so no command pays for loading Qt GUI.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pbw"));
    QCoreApplication::setOrganizationName(QStringLiteral("PostbackWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PBW_VERSION));
    // pbw says what went wrong in its own words on standard error; the engine's log lines are for
    // developers (QT_LOGGING_RULES="pbw.*=true" brings them back).
    QLoggingCategory::setFilterRules(QStringLiteral("pbw.*.warning=false\npbw.*.info=false"));
    // The window's settings file, the one place pbw reads the user's settings from.
    const QSettings settings(QStringLiteral("PostbackWorkbench"), QStringLiteral("postback-workbench"));
    return pbw::cli::run(QCoreApplication::arguments(), pbw::cli::CliContext::read(settings));
}
