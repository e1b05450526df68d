#include "commandline.h"

#include "cliapp.h"
#include "console.h"

#include <QCoreApplication>

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

Result<int, QString> timeoutMsFrom(const QString& seconds)
{
    bool ok = false;
    const double value = seconds.toDouble(&ok);
    if (!ok || value <= 0 || value > 3600)
        return Pbw::tr("--timeout needs a number of seconds between 0 and 3600.");
    return qMax(1, int(value * 1000));
}

int badInput(const QString& message)
{
    printError(message);
    return BadInput;
}

} // namespace pbw::cli
