// pbw-pdf: lays a report's HTML (standard input) out on A4 pages and saves it as a PDF. A helper of
// pbw, which stays free of Qt GUI (a quarter of its start-up time) and runs this only for
// "pbw case export --format pdf".
//
//   pbw-pdf --title TITLE --output FILE.pdf < report.html
#include "print/reportpdf.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The PDF's title."),
                                   QStringLiteral("TITLE"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Where to write it."),
                                    QStringLiteral("FILE"));
    parser.addOptions({title, output});
    parser.process(app);
    if (!parser.isSet(output))
        return 2;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    QString error;
    if (!pbw::writeHtmlPdf(QString::fromUtf8(input.readAll()), parser.value(title), parser.value(output), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
