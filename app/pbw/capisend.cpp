#include "analysis/verdict.h"
#include "capi/capianswer.h"
#include "capi/capiprepare.h"
#include "capi/capirequest.h"
#include "capi/capisender.h"
#include "capicommand.h"
#include "casecommand.h"
#include "cliapp.h"
#include "clicontext.h"
#include "commandline.h"
#include "console.h"
#include "io/capijson.h"
#include "keychainwait.h"
#include "settings/preferences.h"
#include "store/casestore.h"
#include "text/capitext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

QCommandLineOption pixelOption()
{
    return {QStringLiteral("pixel"), Pbw::tr("The pixel (dataset) ID, as Events Manager shows it."),
            QStringLiteral("ID")};
}

QByteArray readStandardInput()
{
    return readFileOrStdin(QStringLiteral("-"), 64 * 1024).bytes.trimmed();
}

// The token from --token-stdin, PBW_CAPI_TOKEN or the keychain — never from an argument, which other
// users of the machine can read.
QByteArray findToken(bool fromStdin, const QString& pixel, QString* why)
{
    if (fromStdin) {
        const QByteArray token = readStandardInput();
        if (token.isEmpty())
            *why = Pbw::tr("--token-stdin was given, but standard input held no token.");
        return token;
    }
    const QByteArray fromEnvironment = qgetenv("PBW_CAPI_TOKEN").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const SecretOutcome read = waitForSecret(
        [&](SecretStore& keychain, SecretStore::Done done) { keychain.read(capiTokenKey(pixel), done); });
    if (read.ok())
        return read.value;
    *why = read.status == SecretOutcome::Status::NotFound
        ? Pbw::tr("No access token is kept for pixel %1: run \"pbw capi token set --pixel %1\" (it reads the token "
                  "from standard input), or pass it with --token-stdin or PBW_CAPI_TOKEN.")
              .arg(pixel)
        : Pbw::tr("%1 Pass the token with --token-stdin or PBW_CAPI_TOKEN.").arg(read.message);
    return {};
}

QByteArray findAppSecret(const QString& pixel)
{
    const QByteArray fromEnvironment = qgetenv("PBW_CAPI_APP_SECRET").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const SecretOutcome read = waitForSecret(
        [&](SecretStore& keychain, SecretStore::Done done) { keychain.read(capiAppSecretKey(pixel), done); });
    return read.ok() ? read.value : QByteArray();
}

struct SendOptions
{
    explicit SendOptions(const CliContext& cli)
        : context(cli)
    {
    }

    const CliContext& context;
    QCommandLineOption pixel = pixelOption();
    QCommandLineOption testCode{QStringLiteral("test-code"),
                                Pbw::tr("Test event code from Events Manager → Test Events: the events show there."),
                                QStringLiteral("CODE")};
    QCommandLineOption graphUrl{QStringLiteral("graph-url"),
                                Pbw::tr("Graph API address (default %1).").arg(CapiEndpoint::defaultGraphUrl()),
                                QStringLiteral("URL")};
    QCommandLineOption apiVersion{QStringLiteral("api-version"),
                                  Pbw::tr("Graph API version (default %1).").arg(CapiEndpoint::defaultApiVersion()),
                                  QStringLiteral("V")};
    QCommandLineOption tokenStdin{QStringLiteral("token-stdin"),
                                  Pbw::tr("Read the access token from standard input (otherwise PBW_CAPI_TOKEN, then "
                                          "the keychain).")};
    QCommandLineOption timeout{QStringLiteral("timeout"), Pbw::tr("Give up after this many seconds (default 30)."),
                               QStringLiteral("SECONDS")};
    QCommandLineOption saveTo{QStringLiteral("case"), Pbw::tr("Save the exchange into this case (its number)."),
                              QStringLiteral("ID")};
    QCommandLineOption db = dbOption(context);
    QCommandLineOption json = jsonOption();
    QCommandLineOption lang = langOption();
};

} // namespace

int runCapiSend(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Pbw::tr("Normalise and hash customer information, validate, send the events to Meta and explain the answer.\n"
                "For TikTok, Snapchat, Google Ads, GA4, Pinterest and Reddit add --platform: see \"pbw capi send "
                "--platform tiktok --help\".\n"
                "Exit status: 0 when Meta received every event, 1 otherwise, 2 bad input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("events"), Pbw::tr("A JSON file of events; - reads standard input."),
                                 QStringLiteral("EVENTS.json"));
    const SendOptions o(context);
    parser.addOptions(
        {o.pixel, o.testCode, o.graphUrl, o.apiVersion, o.tokenStdin, o.timeout, o.saveTo, o.db, o.json, o.lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(o.pixel))
        return badInput(Pbw::tr("Use \"pbw capi send EVENTS.json --pixel ID\"."));
    const QString path = parser.positionalArguments().constFirst();
    if (path == QLatin1String("-") && parser.isSet(o.tokenStdin))
        return badInput(Pbw::tr("Standard input cannot carry both the events and the token."));
    const auto events = readCapiEventsFile(path);
    if (!events)
        return badInput(events.error().message);

    CapiSend send;
    send.pixelId = parser.value(o.pixel);
    send.testEventCode = parser.value(o.testCode);
    send.endpoint = context.endpoint;
    send.timeoutMs = context.preferences.timeoutMs;
    if (parser.isSet(o.graphUrl))
        send.endpoint.graphUrl = parser.value(o.graphUrl);
    if (parser.isSet(o.apiVersion))
        send.endpoint.apiVersion = parser.value(o.apiVersion);
    if (parser.isSet(o.timeout)) {
        const auto timeout = timeoutMsFrom(parser.value(o.timeout));
        if (!timeout)
            return badInput(timeout.error());
        send.timeoutMs = timeout.value();
    }
    std::unique_ptr<CaseStore> store;
    qint64 caseId = 0;
    if (parser.isSet(o.saveTo)) {
        auto target = openCaseToSaveInto(parser.value(o.saveTo), parser.value(o.db), context);
        if (!target)
            return BadInput;
        store = std::move(target->store);
        caseId = target->caseId;
    }

    const CapiPrepared prepared = prepareCapiEvents(events.value());
    const QList<CapiProblem> problems = validateCapiEvents(events.value(), QDateTime::currentDateTimeUtc(), &prepared);
    const QJsonObject shown = capiShownPayload(prepared.events, send.testEventCode);
    const bool json = parser.isSet(o.json);
    if (!json && !problems.isEmpty())
        printCapiProblems(problems, int(prepared.events.size()));
    if (stopOnErrors(problems, shown, json))
        return ProblemFound;

    QString why;
    send.accessToken = findToken(parser.isSet(o.tokenStdin), send.pixelId.trimmed(), &why);
    if (send.accessToken.isEmpty())
        return badInput(why);
    send.appSecret = findAppSecret(send.pixelId.trimmed());
    if (!send.testEventCode.trimmed().isEmpty() && !json)
        printError(capiTestCodeNotice(send.testEventCode.trimmed()));

    CapiSender sender;
    Exchange result;
    CapiAnswer answer;
    QEventLoop loop;
    QObject::connect(&sender, &CapiSender::finished, &loop, [&](const Exchange& exchange, const CapiAnswer& read) {
        result = exchange;
        answer = read;
        loop.quit();
    });
    if (const auto problem = sender.send(prepared.events, send))
        return badInput(*problem);
    loop.exec();
    const QString url = result.request.url;
    if (store) {
        // The stored request holds [redacted] for access_token and appsecret_proof; the token
        // stays under the pixel's keychain entry, so no second copy is kept.
        const auto saved
            = store->addExchange(caseId, StoredExchange::Role::TestCallback, result, judgeExchange(result), nullptr);
        const auto stored = saved ? store->exchangeById(saved.value()) : saved.error();
        if (!saved)
            printError(saved.error().message());
        else
            printError(Pbw::tr("Saved as exchange %1 of case #%2 (test-callback).")
                           .arg(stored ? stored->number : 0)
                           .arg(caseId));
    }
    if (json) {
        QJsonObject object = capiAnswerToJson(answer);
        object.insert(QStringLiteral("sent"), shown);
        object.insert(QStringLiteral("url"), url);
        object.insert(QStringLiteral("problems"), capiProblemsToJson(problems));
        addSendOutcome(object, result);
        printJson(object);
    } else {
        printSendOutcome(result, url, int(prepared.events.size()));
        printOut(capiAnswerAsText(answer));
    }
    return answer.received() ? Ok : ProblemFound;
}

int runCapiToken(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Pbw::tr("Keep a pixel's access token (or, with --app-secret, its app secret) in the OS keychain, or remove "
                "it. \"set\" reads the value from standard input, so it never shows in the process list."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set|clear"));
    const QCommandLineOption pixel = pixelOption();
    const QCommandLineOption appSecret{QStringLiteral("app-secret"),
                                       Pbw::tr("The app secret (for appsecret_proof) instead of the token.")};
    const QCommandLineOption lang = langOption();
    parser.addOptions({pixel, appSecret, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || (action != QLatin1String("set") && action != QLatin1String("clear"))
        || !parser.isSet(pixel))
        return badInput(Pbw::tr("Use \"pbw capi token set --pixel ID\" or \"pbw capi token clear --pixel ID\"."));
    const QString id = parser.value(pixel).trimmed();
    if (const QString problem = capiPixelProblem(id); !problem.isEmpty())
        return badInput(problem);
    const QString key = parser.isSet(appSecret) ? capiAppSecretKey(id) : capiTokenKey(id);
    const QString what = parser.isSet(appSecret) ? Pbw::tr("app secret") : Pbw::tr("access token");
    if (action == QLatin1String("set")) {
        const QByteArray value = readStandardInput();
        if (value.isEmpty())
            return badInput(Pbw::tr("Standard input held no %1: pipe it in, or type it and press Ctrl+D.").arg(what));
        const SecretOutcome written
            = waitForSecret([&](SecretStore& keychain, SecretStore::Done done) { keychain.write(key, value, done); });
        if (!written.ok())
            return badInput(written.message);
        printError(Pbw::tr("The %1 of pixel %2 is kept in the keychain.").arg(what, id));
        return Ok;
    }
    const SecretOutcome removed
        = waitForSecret([&](SecretStore& keychain, SecretStore::Done done) { keychain.remove(key, done); });
    if (removed.status == SecretOutcome::Status::NotFound) {
        printError(Pbw::tr("No %1 was kept for pixel %2.").arg(what, id));
        return Ok;
    }
    if (!removed.ok())
        return badInput(removed.message);
    printError(Pbw::tr("The %1 of pixel %2 is removed from the keychain.").arg(what, id));
    return Ok;
}

} // namespace pbw::cli
