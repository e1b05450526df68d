#include "commandline.h"

#include "cliapp.h"
#include "console.h"

#include <QCoreApplication>
#include <QFile>

namespace pbw::cli {

namespace {

// The translation context of pbw's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

} // namespace

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), Pbw::tr("Print one JSON object instead of text.")};
}

QCommandLineOption langOption()
{
    return {QStringLiteral("lang"), Pbw::tr("Language of messages: en or ru (default: the system's)."),
            QStringLiteral("LANG")};
}

std::optional<int> parseOrFinish(QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.parse(arguments))
        return badInput(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return Ok;
    }
    return std::nullopt;
}

InputBytes readFileOrStdin(const QString& name, qint64 maxBytes)
{
    InputBytes input;
    QFile file;
    input.opened = name == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                              : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!input.opened) {
        input.error = file.errorString();
        return input;
    }
    // In pieces: a limit of many megabytes is not reserved up front for a small file.
    while (input.bytes.size() <= maxBytes) {
        const QByteArray piece = file.read(qMin<qint64>(64 * 1024, maxBytes + 1 - input.bytes.size()));
        if (piece.isEmpty())
            break; // the end of the file or of the input
        input.bytes += piece;
    }
    input.tooBig = input.bytes.size() > maxBytes;
    if (input.tooBig)
        input.bytes.truncate(maxBytes);
    return input;
}

Result<int, QString> timeoutMsFrom(const QString& seconds)
{
    bool ok = false;
    const double value = seconds.toDouble(&ok);
    if (!ok || !(value > 0 && value <= 3600)) // written so that nan is refused too
        return Pbw::tr("--timeout needs a number of seconds between 0 and 3600.");
    return qMax(1, int(value * 1000));
}

int badInput(const QString& message)
{
    printError(message);
    return BadInput;
}

} // namespace pbw::cli
