// pbw: the Postback Workbench engine on the command line.
#include "cliapp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

namespace {

// Only a PDF export needs Qt's page layout (a GUI application, on no screen); everything else
// runs on the bare core application.
bool needsPageLayout(int argc, char* argv[])
{
    bool exporting = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        exporting = exporting || argument == "export";
        pdf = pdf || argument == "--format=pdf"
            || (argument == "--format" && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf");
    }
    return exporting && pdf;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsPageLayout(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("pbw"));
    QCoreApplication::setOrganizationName(QStringLiteral("PostbackWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PBW_VERSION));
    return pbw::cli::run(QCoreApplication::arguments());
}
