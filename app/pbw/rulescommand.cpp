#include "rulescommand.h"

#include "analysis/answerrules.h"
#include "cliapp.h"
#include "commandline.h"
#include "console.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

int checkFile(const QString& path, bool json)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return badInput(Pbw::tr("The rules file \"%1\" cannot be read.").arg(path));
    QStringList problems;
    const AnswerRules rules = AnswerRules::fromFile(path, &problems);
    if (json) {
        printJson({{QStringLiteral("file"), path},
                   {QStringLiteral("valid"), problems.isEmpty()},
                   {QStringLiteral("rules"), rules.size()},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else if (problems.isEmpty()) {
        printOut(Pbw::tr("%1: %n rule(s), no problems. Put it at %2 to use it.", nullptr, int(rules.size()))
                     .arg(path, AnswerRules::userFilePath()));
    } else {
        QStringList lines;
        for (const QString& problem : problems)
            lines.append(QStringLiteral("✗ ") + problem);
        lines.append(Pbw::tr("%1: %n problem(s); the program does not use a file with problems and keeps its "
                             "built-in rules.",
                             nullptr, int(problems.size()))
                         .arg(path));
        printOut(lines.join(QLatin1Char('\n')));
    }
    return problems.isEmpty() ? Ok : ProblemFound;
}

int listRules(bool json)
{
    const AnswerRules& rules = AnswerRules::active();
    const QStringList& problems = AnswerRules::activeProblems();
    const QString userFile = AnswerRules::userFilePath();
    if (json) {
        QJsonArray array;
        for (const AnswerRule& rule : rules.rules()) {
            array.append(QJsonObject{{QStringLiteral("id"), rule.id},
                                     {QStringLiteral("bucket"), bucketKey(rule.bucket)},
                                     {QStringLiteral("message"), rule.message},
                                     {QStringLiteral("confidence"), confidenceKey(rule.confidence)},
                                     {QStringLiteral("platform"), rule.platform},
                                     {QStringLiteral("source"), rule.source}});
        }
        printJson({{QStringLiteral("user_file"), userFile},
                   {QStringLiteral("user_file_problems"), QJsonArray::fromStringList(problems)},
                   {QStringLiteral("rules"), array}});
        return problems.isEmpty() ? Ok : ProblemFound;
    }
    QStringList lines;
    if (!QFileInfo::exists(userFile))
        lines.append(Pbw::tr("Your rules file: %1 (none yet)").arg(userFile));
    else if (problems.isEmpty())
        lines.append(Pbw::tr("Your rules file: %1").arg(userFile));
    else
        lines.append(Pbw::tr("Your rules file: %1 — not used, %n problem(s); run \"pbw rules check\" on it.", nullptr,
                             int(problems.size()))
                         .arg(userFile));
    for (const AnswerRule& rule : rules.rules()) {
        QString line = QStringLiteral("  %1  %2 → %3").arg(rule.source, rule.id, bucketName(rule.bucket));
        if (!rule.platform.isEmpty())
            line += QStringLiteral(" (%1)").arg(rule.platform);
        lines.append(line);
    }
    lines.append(Pbw::tr("%n rule(s), tried in this order; the first that matches gives the verdict.", nullptr,
                         int(rules.size())));
    printOut(lines.join(QLatin1Char('\n')));
    return problems.isEmpty() ? Ok : ProblemFound;
}

} // namespace

int runRules(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Pbw::tr("Answer rules: how pbw reads a partner's answer. \"check FILE\" validates a rules file; \"list\" "
                "shows the rules in use."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Pbw::tr("check or list"));
    parser.addPositionalArgument(QStringLiteral("file"), Pbw::tr("The rules file to check."), QStringLiteral("[file]"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    parser.addOptions({json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("check") && positional.size() == 2)
        return checkFile(positional.at(1), parser.isSet(json));
    if (action == QLatin1String("list") && positional.size() == 1)
        return listRules(parser.isSet(json));
    return badInput(Pbw::tr("Use \"pbw rules check FILE\" or \"pbw rules list\"."));
}

} // namespace pbw::cli
