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

int badInput(const QString& message)
{
    printError(message);
    return BadInput;
}

} // namespace pbw::cli
