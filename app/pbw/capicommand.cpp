#include "capicommand.h"

#include "capi/capiprepare.h"
#include "capi/capivalidation.h"
#include "capi/fbc.h"
#include "capi/userdata.h"
#include "cliapp.h"
#include "commandline.h"
#include "console.h"
#include "io/capijson.h"
#include "platformcommand.h"
#include "text/capitext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

QString overview()
{
    return Pbw::tr("Conversion APIs: Meta, TikTok, Snapchat, Google Ads, GA4, Pinterest, Reddit.\n\n"
                   "  hash FIELD VALUE...            normalise and SHA-256 each value as Meta requires; FIELD is\n"
                   "                                 Meta's key: em, ph, fn, ln, ge, db, ct, st, zp, country,\n"
                   "                                 external_id (client_ip_address, fbc, fbp… are never hashed)\n"
                   "  validate EVENTS.json           check events before sending: required fields, times, fbc,\n"
                   "                                 currency, customer information\n"
                   "  send EVENTS.json --pixel ID    hash, validate and send events; explain Meta's answer\n"
                   "  token set|clear --pixel ID     keep a pixel's access token in the OS keychain (read from\n"
                   "                                 standard input), or remove it\n"
                   "  fbc FBCLID|URL [--time T]      build the fbc value from an fbclid or a landing-page URL\n"
                   "\n"
                   "With --platform P (tiktok, snapchat, google-ads, ga4, pinterest, reddit; \"all\" for hash and\n"
                   "validate) each action works for that platform: hash shows what every platform receives and\n"
                   "where they disagree; send uses the platform's test mode unless --real is given, and takes\n"
                   "--account ID instead of --pixel.\n"
                   "\n"
                   "Run \"pbw capi ACTION --help\" for an action's options.");
}

QCommandLineOption platformOption()
{
    return {QStringLiteral("platform"),
            Pbw::tr("meta (default), tiktok, snapchat, google-ads, ga4, pinterest, reddit; several separated by "
                    "commas, or all."),
            QStringLiteral("P")};
}

// The --platform an action's arguments name, or "meta"; the option is taken out when it is Meta's.
QString takePlatform(QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        QString value;
        if (a == QLatin1String("--platform") && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (a.startsWith(QLatin1String("--platform=")))
            value = a.mid(11);
        else
            continue;
        if (value.trimmed().toLower() == QLatin1String("meta")) {
            arguments.remove(i, a.contains(u'=') ? 1 : 2);
            // Meta's own send takes --pixel and --graph-url: the other platforms' names serve too.
            for (QString& argument : arguments) {
                if (argument == QLatin1String("--account") || argument.startsWith(QLatin1String("--account=")))
                    argument.replace(0, 9, QStringLiteral("--pixel"));
                else if (argument == QLatin1String("--base-url") || argument.startsWith(QLatin1String("--base-url=")))
                    argument.replace(0, 10, QStringLiteral("--graph-url"));
            }
        }
        return value.trimmed().toLower();
    }
    return QStringLiteral("meta");
}

int runHash(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Pbw::tr("Normalise and SHA-256 customer information as Meta requires; with --platform, as each platform "
                "does, side by side."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("field"),
                                 Pbw::tr("Meta's key: em, ph, fn, ln, ge, db, ct, st, zp, "
                                         "country, external_id…"));
    parser.addPositionalArgument(QStringLiteral("values"), Pbw::tr("One or more values."), QStringLiteral("VALUE..."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    const QCommandLineOption platform = platformOption();
    parser.addOptions({platform, json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return badInput(Pbw::tr("Use \"pbw capi hash FIELD VALUE...\"."));
    const QString field = positional.takeFirst();
    if (parser.isSet(platform) && parser.value(platform) != QLatin1String("meta"))
        return runPlatformHash(parser.value(platform), field, positional, parser.isSet(json));
    if (!isHashedUserDataKey(field) && !isPlainUserDataKey(field))
        return badInput(normalizeUserData(field, QString()).error);

    QJsonArray array;
    bool failed = false;
    for (const QString& input : std::as_const(positional)) {
        const UserDataValue value = normalizeUserData(field, input);
        failed = failed || !value.error.isEmpty();
        if (parser.isSet(json)) {
            array.append(userDataValueToJson(value));
            continue;
        }
        QString text = Pbw::tr("%1 \"%2\"").arg(field, input);
        if (!value.error.isEmpty()) {
            text += QStringLiteral("\n  ") + Pbw::tr("✗ %1").arg(value.error);
        } else {
            text += QStringLiteral("\n  ") + Pbw::tr("normalized: %1").arg(value.normalized);
            text += QStringLiteral("\n  ")
                + (value.hash.isEmpty()      ? Pbw::tr("not hashed: Meta takes this key as it is")
                       : value.alreadyHashed ? Pbw::tr("already a SHA-256: %1").arg(value.hash)
                                             : Pbw::tr("sha256: %1").arg(value.hash));
            for (const QString& warning : value.warnings)
                text += QStringLiteral("\n  ") + Pbw::tr("! %1").arg(warning);
        }
        printOut(text);
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    return failed ? ProblemFound : Ok;
}

int runValidate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Pbw::tr("Check Conversions API events before sending them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("events"),
                                 Pbw::tr("A JSON file: {\"data\": [event, …]}, an event, or an array of events; - "
                                         "reads standard input."),
                                 QStringLiteral("EVENTS.json"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    const QCommandLineOption platform = platformOption();
    parser.addOptions({platform, json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return badInput(Pbw::tr("Use \"pbw capi validate EVENTS.json\"."));
    if (parser.isSet(platform) && parser.value(platform) != QLatin1String("meta"))
        return runPlatformValidate(parser.value(platform), parser.positionalArguments().constFirst(),
                                   parser.isSet(json));
    const auto events = readCapiEventsFile(parser.positionalArguments().constFirst());
    if (!events)
        return badInput(events.error().message);
    const CapiPrepared prepared = prepareCapiEvents(events.value());
    const QList<CapiProblem> problems = validateCapiEvents(events.value(), QDateTime::currentDateTimeUtc(), &prepared);
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const CapiUserDataRow& row : prepared.rows) {
            QJsonObject object = userDataValueToJson(row.value);
            object.insert(QStringLiteral("event"), row.event);
            rows.append(object);
        }
        printJson(QJsonObject{{QStringLiteral("events"), int(events.value().size())},
                              {QStringLiteral("problems"), capiProblemsToJson(problems)},
                              {QStringLiteral("user_data"), rows}});
    } else {
        printCapiProblems(problems, int(events.value().size()));
    }
    return hasCapiErrors(problems) ? ProblemFound : Ok;
}

int runFbc(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Pbw::tr("Build fbc = fb.<subdomain index>.<click time in ms>.<fbclid> from an fbclid, or from the landing-page "
                "URL that carries ?fbclid=…; the fbclid is kept exactly as received."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("source"), Pbw::tr("The fbclid, or the landing-page URL."),
                                 QStringLiteral("FBCLID|URL"));
    const QCommandLineOption time{QStringLiteral("time"),
                                  Pbw::tr("The click time: ISO 8601 (2026-11-30T10:15:00Z), Unix seconds or "
                                          "milliseconds (default now)."),
                                  QStringLiteral("T")};
    const QCommandLineOption index{
        QStringLiteral("subdomain-index"),
        Pbw::tr("Dots in the cookie's domain: example.com → 1 (default), www.example.com → 2."), QStringLiteral("N")};
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    parser.addOptions({time, index, json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return badInput(Pbw::tr("Use \"pbw capi fbc FBCLID|URL\"; put a URL in single quotes."));
    QDateTime clickTime = QDateTime::currentDateTimeUtc();
    if (parser.isSet(time)) {
        const QString text = parser.value(time).trimmed();
        bool number = false;
        const qint64 value = text.toLongLong(&number);
        clickTime = number ? QDateTime::fromMSecsSinceEpoch(text.size() >= 13 ? value : value * 1000, Qt::UTC)
                           : QDateTime::fromString(text, Qt::ISODateWithMs);
        // fbc carries the time in milliseconds since 1970: a time before that cannot be written in it.
        if (!clickTime.isValid() || clickTime.toMSecsSinceEpoch() <= 0)
            return badInput(Pbw::tr("--time \"%1\" is not a date and time: use 2026-11-30T10:15:00Z, Unix seconds or "
                                    "milliseconds.")
                                .arg(text));
    }
    bool indexOk = true;
    const int subdomain = parser.isSet(index) ? parser.value(index).toInt(&indexOk) : 1;
    if (!indexOk || subdomain < 0 || subdomain > 9)
        return badInput(Pbw::tr("--subdomain-index needs a number from 0 to 9."));
    const FbcBuilt built = buildFbc(parser.positionalArguments().constFirst(), clickTime, subdomain);
    if (!built.error.isEmpty())
        return badInput(built.error);
    if (parser.isSet(json))
        printJson({{QStringLiteral("fbc"), built.fbc},
                   {QStringLiteral("fbclid"), built.fbc.section(u'.', 3)},
                   {QStringLiteral("click_time_ms"), clickTime.toMSecsSinceEpoch()}});
    else
        printOut(built.fbc);
    return Ok;
}

} // namespace

Result<QList<CapiEvent>, CapiParseError> readCapiEventsFile(const QString& path)
{
    const InputBytes input = readFileOrStdin(path, 64 * 1024 * 1024);
    if (!input.opened)
        return CapiParseError{Pbw::tr("Cannot read \"%1\": %2").arg(path, input.error)};
    if (input.tooBig)
        return CapiParseError{
            Pbw::tr("\"%1\" is larger than 64 MB; Meta takes at most 1,000 events per request.").arg(path)};
    return parseCapiEvents(input.bytes);
}

void printCapiProblems(const QList<CapiProblem>& problems, int eventCount)
{
    for (const CapiProblem& problem : problems)
        printOut(capiProblemAsText(problem));
    const auto errors = std::count_if(problems.begin(), problems.end(), [](const CapiProblem& problem) {
        return problem.severity == CapiProblem::Severity::Error;
    });
    if (errors > 0)
        printOut(Pbw::tr("%n error(s): Meta would reject the request.", "", int(errors)));
    else if (!problems.isEmpty())
        printOut(Pbw::tr("No errors in %n event(s); the warnings above may cost matches.", "", eventCount));
    else
        printOut(Pbw::tr("%n event(s) checked: no problems found.", "", eventCount));
}

bool stopOnErrors(const QList<CapiProblem>& problems, const QJsonObject& wouldSend, bool json)
{
    if (!hasCapiErrors(problems))
        return false;
    if (json)
        printJson({{QStringLiteral("sent"), QJsonValue()},
                   {QStringLiteral("would_send"), wouldSend},
                   {QStringLiteral("problems"), capiProblemsToJson(problems)}});
    else
        printError(Pbw::tr("Nothing was sent: correct the errors above first."));
    return true;
}

void addSendOutcome(QJsonObject& object, const Exchange& result)
{
    QJsonObject response;
    if (result.response) {
        response.insert(QStringLiteral("status"), result.response->status);
        response.insert(QStringLiteral("body"), result.response->text);
    }
    object.insert(QStringLiteral("response"), result.response ? QJsonValue(response) : QJsonValue());
    if (result.error)
        object.insert(QStringLiteral("transport_error"), result.error->message());
}

void printSendOutcome(const Exchange& result, const QString& url, int eventCount)
{
    printOut(Pbw::tr("POST %1 — %n event(s)", "", eventCount).arg(url));
    if (result.error)
        printOut(QStringLiteral("✗ ") + result.error->message());
    else if (result.response)
        printOut(Pbw::tr("HTTP %1").arg(result.response->status));
}

int runCapi(const QStringList& arguments, const CliContext& context)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    if (!action.startsWith(u'-') && !action.isEmpty())
        rest.removeAt(1);
    if (action == QLatin1String("hash"))
        return runHash(rest);
    if (action == QLatin1String("validate"))
        return runValidate(rest);
    if (action == QLatin1String("send"))
        return takePlatform(rest) == QLatin1String("meta") ? runCapiSend(rest, context)
                                                           : runPlatformSend(rest, context);
    if (action == QLatin1String("token"))
        return takePlatform(rest) == QLatin1String("meta") ? runCapiToken(rest) : runPlatformToken(rest);
    if (action == QLatin1String("fbc"))
        return runFbc(rest);
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action == QLatin1String("help")) {
        printOut(overview());
        return Ok;
    }
    if (action.isEmpty() || action.startsWith(u'-'))
        return badInput(overview());
    return badInput(Pbw::tr("Unknown action \"%1\": see \"pbw capi --help\".").arg(action));
}

} // namespace pbw::cli
