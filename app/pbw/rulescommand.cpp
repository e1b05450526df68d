#include "rulescommand.h"

#include "analysis/answerjudge.h"
#include "analysis/answerrules.h"
#include "cliapp.h"
#include "commandline.h"
#include "console.h"
#include "io/readingjson.h"
#include "io/verdictjson.h"
#include "net/rawanswer.h"
#include "text/readingtext.h"

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

constexpr qint64 maxAnswerBytes = 16 * 1024 * 1024;

// Why an answer got its verdict: the words, the outcome member, the concepts and the step that
// decided, for a user who writes a rule of their own.
int explainAnswer(const QString& name, const QString& statusText, const QString& contentType, bool json)
{
    bool ok = false;
    const int status = statusText.isEmpty() ? 200 : statusText.toInt(&ok);
    if (!statusText.isEmpty() && (!ok || status < 100 || status > 599))
        return badInput(Pbw::tr("--status must be an HTTP status from 100 to 599, not \"%1\".").arg(statusText));
    const InputBytes input = readFileOrStdin(name, maxAnswerBytes);
    if (!input.opened)
        return badInput(input.error);
    if (input.tooBig)
        return badInput(Pbw::tr("The answer in \"%1\" is larger than 16 MB; save the part that matters.").arg(name));
    const ReceivedResponse response = readRawAnswer(input.bytes, status, contentType.toUtf8(), maxAnswerBytes);
    AnswerReading reading;
    const Verdict verdict = judgeAnswer(response, {}, AnswerRules::active(), &reading);
    if (json) {
        printJson({{QStringLiteral("status"), response.status},
                   {QStringLiteral("content_type"), QString::fromUtf8(response.contentType)},
                   {QStringLiteral("reading"), readingToJson(reading)},
                   {QStringLiteral("verdict"), verdictToJson(verdict)}});
        return Ok;
    }
    printOut(
        Pbw::tr("Answer: HTTP %1, %2, %n byte(s)", nullptr, int(response.body.size()))
            .arg(response.status)
            .arg(response.contentType.isEmpty() ? Pbw::tr("no content type") : QString::fromUtf8(response.contentType))
        + QLatin1Char('\n') + readingAsText(reading, verdict));
    return Ok;
}

} // namespace

int runRules(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Pbw::tr("Answer rules: how pbw reads a partner's answer. \"check FILE\" validates a rules file; \"list\" "
                "shows the rules in use; \"explain FILE\" (or - for standard input) shows how an answer is read: "
                "its words, its outcome member, the concepts found and the rule that decided. The file holds the "
                "body, or the whole answer as curl -i prints it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Pbw::tr("check, list or explain"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Pbw::tr("The rules file to check, or the answer to explain (- for standard input)."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    const QCommandLineOption status(QStringLiteral("status"),
                                    Pbw::tr("explain: the answer's HTTP status when the file holds the body only "
                                            "(default 200)."),
                                    QStringLiteral("code"));
    const QCommandLineOption contentType(QStringLiteral("content-type"),
                                         Pbw::tr("explain: the answer's Content-Type when the file holds the body "
                                                 "only."),
                                         QStringLiteral("type"));
    parser.addOptions({json, lang, status, contentType});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("check") && positional.size() == 2)
        return checkFile(positional.at(1), parser.isSet(json));
    if (action == QLatin1String("list") && positional.size() == 1)
        return listRules(parser.isSet(json));
    if (action == QLatin1String("explain") && positional.size() == 2)
        return explainAnswer(positional.at(1), parser.value(status), parser.value(contentType), parser.isSet(json));
    return badInput(Pbw::tr(
        "Use \"pbw rules check FILE\", \"pbw rules list\" or \"pbw rules explain FILE\" (- for standard input)."));
}

} // namespace pbw::cli
