#include "analysiscommands.h"

#include "analysis/checker.h"
#include "cliapp.h"
#include "commandline.h"
#include "console.h"
#include "io/analysisjson.h"
#include "net/inputproblem.h"
#include "text/analysistext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace pbw::cli {

namespace {

class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

constexpr qint64 MaxInputBytes = 4 * 1024 * 1024;

// A URL as given, or "@file" (a URL, a raw request or a curl command), "@-" for standard input.
std::optional<QString> readInput(const QString& argument, QString* problem)
{
    if (!argument.startsWith(QLatin1Char('@')))
        return argument;
    const QString name = argument.mid(1);
    const InputBytes input = readFileOrStdin(name, MaxInputBytes);
    if (!input.opened) {
        *problem = InputProblem{InputProblem::Kind::UnreadableFile, name}.message();
        return std::nullopt;
    }
    if (input.tooBig) {
        *problem = Pbw::tr("The file \"%1\" is larger than 4 MB; a callback is never that large.").arg(name);
        return std::nullopt;
    }
    return QString::fromUtf8(input.bytes);
}

std::optional<Callback> readArgument(const QString& argument, QString* problem)
{
    const auto text = readInput(argument, problem);
    if (!text)
        return std::nullopt;
    if (text->trimmed().isEmpty()) {
        *problem = InputProblem{InputProblem::Kind::EmptyUrl, {}}.message();
        return std::nullopt;
    }
    Callback callback = readCallback(*text);
    if (!looksLikeUrl(callback)) {
        *problem = Pbw::tr("\"%1\" does not read as a callback URL: there is no host name.").arg(text->left(200));
        return std::nullopt;
    }
    return callback;
}

} // namespace

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Pbw::tr("Find what is wrong in a callback itself: macros left literal, a # that cuts the URL, empty "
                "values, encoding, payout and click ID format; with --template, match it against the partner's "
                "template."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("url"),
        Pbw::tr("The callback URL in single quotes, or @file (a URL, a raw request or a curl command)."));
    const QCommandLineOption templ{
        QStringLiteral("template"),
        Pbw::tr("The partner's template (with macros), to match the callback against: a URL or @file."),
        QStringLiteral("TEMPLATE")};
    const QCommandLineOption fix{QStringLiteral("fix"),
                                 Pbw::tr("Propose a corrected callback: every change listed, values encoded once.")};
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    parser.addOptions({templ, fix, json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return badInput(Pbw::tr("Give one URL; put it in single quotes so the shell leaves & and # alone."));
    QString problem;
    const auto callback = readArgument(positional.first(), &problem);
    if (!callback)
        return badInput(problem);
    std::optional<Callback> templateCallback;
    if (parser.isSet(templ)) {
        templateCallback = readArgument(parser.value(templ), &problem);
        if (!templateCallback)
            return badInput(problem);
    }
    QList<Finding> findings = checkCallback(*callback);
    std::optional<TemplateMatch> match;
    if (templateCallback) {
        match = matchTemplate(*templateCallback, *callback);
        findings += match->findings;
    }
    std::optional<RebuiltCallback> rebuilt;
    if (parser.isSet(fix))
        rebuilt = rebuildCallback(*callback, findings, templateCallback ? &*templateCallback : nullptr,
                                  match ? &*match : nullptr);
    if (parser.isSet(json))
        printJson(checkToJson(*callback, findings, match ? &*match : nullptr, rebuilt ? &*rebuilt : nullptr));
    else
        printOut(checkAsText(*callback, findings, match ? &*match : nullptr, rebuilt ? &*rebuilt : nullptr));
    return hasErrors(findings) ? ProblemFound : Ok;
}

int runDiff(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Pbw::tr("Compare two callbacks (failing and corrected, or template and "
                                             "real) part by part and parameter by parameter."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("a"), Pbw::tr("The first callback: a URL or @file."));
    parser.addPositionalArgument(QStringLiteral("b"), Pbw::tr("The second callback: a URL or @file."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    parser.addOptions({json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return badInput(Pbw::tr("Give two callbacks to compare, each a URL in single quotes or @file."));
    QString problem;
    const auto a = readArgument(positional.at(0), &problem);
    if (!a)
        return badInput(problem);
    const auto b = readArgument(positional.at(1), &problem);
    if (!b)
        return badInput(problem);
    const QList<DiffRow> rows = diffCallbacks(*a, *b);
    const QList<Finding> findingsA = checkCallback(*a);
    const QList<Finding> findingsB = checkCallback(*b);
    if (parser.isSet(json))
        printJson(diffToJson(rows, findingsA, findingsB));
    else
        printOut(diffAsText(rows, findingsA, findingsB));
    return hasErrors(findingsA) || hasErrors(findingsB) ? ProblemFound : Ok;
}

} // namespace pbw::cli
