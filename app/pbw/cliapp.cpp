#include "cliapp.h"

#include "analysiscommands.h"
#include "batchcommand.h"
#include "capicommand.h"
#include "casecommand.h"
#include "catchcommand.h"
#include "console.h"
#include "i18n/language.h"
#include "replaycommand.h"
#include "rulescommand.h"
#include "tracecommand.h"

#include <QCoreApplication>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

QString usage()
{
    return Pbw::tr("Usage: pbw <command> [options]\n"
                   "\n"
                   "Commands:\n"
                   "  replay   send a callback exactly as typed and show the full answer\n"
                   "  check    find what is wrong in a callback itself; match it against a template\n"
                   "  diff     compare two callbacks parameter by parameter\n"
                   "  trace    follow a click URL hop by hop; where a click ID is lost\n"
                   "  clickid  list the click IDs and tracking parameters in a URL\n"
                   "  rules    check an answer rules file, list the rules in use, explain a verdict\n"
                   "  case     keep what was tried for one offer: new, list, show, export, import\n"
                   "  capi     Meta Conversions API: hash customer information, validate and send events\n"
                   "  batch    many conversions at once: reconcile the tracker's with the partner's report\n"
                   "  catch    receive the callbacks a tracker really fires, and check each as it arrives\n"
                   "\n"
                   "Run \"pbw <command> --help\" for a command's options.\n"
                   "Exit status: 0 success, 1 a problem was found (an answer the partner did not accept, an\n"
                   "error in the callback), 2 bad input.");
}

// --lang is read before anything else so that every message, errors included, is in that language.
QString languageFrom(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

} // namespace

int run(const QStringList& arguments, const CliContext& context)
{
    const QString language = languageFrom(arguments);
    if (!Language::apply(language)) {
        Language::apply({});
        printError(Pbw::tr("Unknown language \"%1\": use en or ru.").arg(language));
        return BadInput;
    }
    // "pbw --lang ru check ..." and "pbw check --lang ru ..." both work: a leading --lang is moved
    // after the command.
    QStringList ordered = arguments;
    while (ordered.size() > 1 && ordered.at(1).startsWith(QLatin1String("--lang"))) {
        const qsizetype taken = ordered.at(1) == QLatin1String("--lang") ? 2 : 1;
        const QStringList option = ordered.mid(1, taken);
        ordered.remove(1, std::min(taken, ordered.size() - 1));
        ordered.append(option);
    }
    const QString command = ordered.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        printOut(usage());
        return command.isEmpty() ? BadInput : Ok;
    }
    if (command == QLatin1String("--version")) {
        printOut(QStringLiteral("pbw ") + QCoreApplication::applicationVersion());
        return Ok;
    }
    QStringList rest = ordered;
    rest.removeAt(1); // "pbw replay URL" → parsed as "pbw URL"
    if (command == QLatin1String("replay"))
        return runReplay(rest, context);
    if (command == QLatin1String("check"))
        return runCheck(rest);
    if (command == QLatin1String("diff"))
        return runDiff(rest);
    if (command == QLatin1String("trace"))
        return runTrace(rest, context);
    if (command == QLatin1String("clickid"))
        return runClickId(rest);
    if (command == QLatin1String("rules"))
        return runRules(rest);
    if (command == QLatin1String("case"))
        return runCase(rest, context);
    if (command == QLatin1String("capi"))
        return runCapi(rest, context);
    if (command == QLatin1String("batch"))
        return runBatch(rest, context);
    if (command == QLatin1String("catch"))
        return runCatch(rest, context);
    printError(Pbw::tr("Unknown command \"%1\".").arg(command) + QLatin1Char('\n') + usage());
    return BadInput;
}

} // namespace pbw::cli
