#include "replaycommand.h"

#include "analysis/answerrules.h"
#include "analysis/verdict.h"
#include "casecommand.h"
#include "cliapp.h"
#include "clicontext.h"
#include "commandline.h"
#include "console.h"
#include "io/exchangejson.h"
#include "io/verdictjson.h"
#include "jsonbody.h"
#include "keychainwait.h"
#include "net/curlcommand.h"
#include "net/replayer.h"
#include "secrets/redaction.h"
#include "settings/preferences.h"
#include "store/casestore.h"
#include "text/exchangetext.h"
#include "text/verdicttext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

struct Options
{
    explicit Options(const CliContext& cli)
        : context(cli)
    {
    }

    const CliContext& context;
    Preferences preferences = context.preferences;
    QCommandLineOption method{{QStringLiteral("X"), QStringLiteral("request")},
                              Pbw::tr("HTTP method (default GET, or POST with a body)."),
                              QStringLiteral("METHOD")};
    QCommandLineOption header{{QStringLiteral("H"), QStringLiteral("header")},
                              Pbw::tr("Add a header, \"Name: value\"; repeat for more."),
                              QStringLiteral("HEADER")};
    QCommandLineOption data{{QStringLiteral("d"), QStringLiteral("data")},
                            Pbw::tr("Send this body, exactly as written."),
                            QStringLiteral("DATA")};
    QCommandLineOption dataFile{QStringLiteral("data-file"), Pbw::tr("Send the contents of this file as the body."),
                                QStringLiteral("FILE")};
    QCommandLineOption curl{
        QStringLiteral("curl"),
        Pbw::tr("Read the request from a curl command (\"Copy as cURL (bash)\"); - reads it from standard input."),
        QStringLiteral("COMMAND")};
    QCommandLineOption timeout{
        QStringLiteral("timeout"),
        Pbw::tr("Give up after this many seconds (default %1, from the settings).").arg(preferences.timeoutMs / 1000.0),
        QStringLiteral("SECONDS")};
    QCommandLineOption proxy{
        QStringLiteral("proxy"),
        Pbw::tr("none, system, http://host:port or socks5://host:port (default %1, from the settings).")
            .arg(preferences.proxy),
        QStringLiteral("PROXY")};
    QCommandLineOption insecure{{QStringLiteral("k"), QStringLiteral("insecure")},
                                Pbw::tr("Accept an invalid TLS certificate (recorded in the result).")};
    QCommandLineOption follow{{QStringLiteral("L"), QStringLiteral("follow")},
                              Pbw::tr("Follow redirects (by default a 3xx is shown as the answer).")};
    QCommandLineOption maxBody{
        QStringLiteral("max-body"),
        Pbw::tr("Keep at most this many bytes of the answer's body (default %1, from the settings).")
            .arg(preferences.maxBodyBytes),
        QStringLiteral("BYTES")};
    QCommandLineOption allowUnknown{QStringLiteral("allow-unknown"),
                                    Pbw::tr("Exit 0 also when the answer cannot be judged (an empty 200): only the "
                                            "partner can confirm those.")};
    QCommandLineOption saveTo{QStringLiteral("case"), Pbw::tr("Save the exchange into this case (its number)."),
                              QStringLiteral("ID")};
    QCommandLineOption role{QStringLiteral("role"),
                            Pbw::tr("Its role in the case: failing, corrected, reference-click, test-callback or other "
                                    "(default other)."),
                            QStringLiteral("ROLE")};
    QCommandLineOption secrets{QStringLiteral("secrets"),
                               Pbw::tr("With --case: keep the values of tokens and credential headers in the OS "
                                       "keychain (keychain, the default) or not at all (drop). The case holds "
                                       "[redacted] either way."),
                               QStringLiteral("keychain|drop")};
    QCommandLineOption db = dbOption(context);
    QCommandLineOption json = jsonOption();
    QCommandLineOption lang = langOption();
};

// The largest body --data-file sends: a callback body is never near it.
constexpr qint64 maxRequestBodyBytes = 64 * 1024 * 1024;

std::optional<QString> readCurlText(const QString& value)
{
    if (value != QLatin1String("-"))
        return value;
    const InputBytes input = readFileOrStdin(value, 64 * 1024 * 1024); // far beyond any curl command
    if (!input.opened)
        return std::nullopt;
    return QString::fromUtf8(input.bytes);
}

// Fills the request from the command line; returns a message on bad input.
std::optional<QString> buildRequest(const QCommandLineParser& parser, const Options& o, ReplayRequest& request)
{
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(o.curl)) {
        if (!positional.isEmpty())
            return Pbw::tr("Give either a URL or --curl, not both.");
        const auto text = readCurlText(parser.value(o.curl));
        if (!text)
            return Pbw::tr("The curl command could not be read from standard input.");
        auto parsed = parseCurlCommand(*text);
        if (!parsed)
            return parsed.error().message();
        request = parsed.value().request;
        // The curl command's own --max-time and --proxy win; the settings fill what it left out.
        const ReplayOptions configured = o.preferences.replayOptions();
        if (request.options.timeoutMs == ReplayOptions::DefaultTimeoutMs)
            request.options.timeoutMs = configured.timeoutMs;
        if (request.options.proxy.mode == ProxySetting::Mode::None)
            request.options.proxy = configured.proxy;
        request.options.maxBodyBytes = configured.maxBodyBytes;
    } else {
        request.options = o.preferences.replayOptions();
        if (positional.isEmpty())
            return InputProblem{InputProblem::Kind::EmptyUrl, {}}.message();
        if (positional.size() > 1)
            return Pbw::tr("Give one URL; put it in single quotes so the shell leaves & and # alone.");
        request.url = positional.first();
    }
    if (parser.isSet(o.data) && parser.isSet(o.dataFile))
        return Pbw::tr("Give either --data or --data-file, not both.");
    if (parser.isSet(o.data))
        request.body = parser.value(o.data).toUtf8();
    if (parser.isSet(o.dataFile)) {
        // Read in pieces and never past the limit: a device (/dev/zero) or a pipe has no size to check first.
        InputBytes input = readFileOrStdin(parser.value(o.dataFile), maxRequestBodyBytes);
        if (!input.opened)
            return InputProblem{InputProblem::Kind::UnreadableFile, parser.value(o.dataFile)}.message();
        if (input.tooBig)
            return Pbw::tr("The body file is larger than 64 MB; a callback body is never that large.");
        request.body = std::move(input.bytes);
    }
    for (const QString& line : parser.values(o.header)) {
        auto header = parseHeaderLine(line);
        if (!header)
            return header.error().message();
        request.headers.append(header.value());
    }
    if (parser.isSet(o.method))
        request.method = parser.value(o.method).toLatin1();
    else if (!parser.isSet(o.curl) && !request.body.isEmpty())
        request.method = "POST";
    if (parser.isSet(o.timeout)) {
        const auto timeout = timeoutMsFrom(parser.value(o.timeout));
        if (!timeout)
            return timeout.error();
        request.options.timeoutMs = timeout.value();
    }
    if (parser.isSet(o.proxy)) {
        auto proxy = ProxySetting::parse(parser.value(o.proxy));
        if (!proxy)
            return proxy.error().message();
        request.options.proxy = proxy.value();
    }
    if (parser.isSet(o.insecure))
        request.options.acceptInvalidCertificate = true;
    if (parser.isSet(o.follow))
        request.options.followRedirects = true;
    if (parser.isSet(o.maxBody)) {
        bool ok = false;
        const qint64 bytes = parser.value(o.maxBody).toLongLong(&ok);
        if (!ok || bytes < 0 || bytes > Preferences::MaxBodyBytes)
            return Pbw::tr("--max-body needs a number of bytes from 0 to %1 (1 GB).").arg(Preferences::MaxBodyBytes);
        request.options.maxBodyBytes = bytes;
    }
    return std::nullopt;
}

} // namespace

int runReplay(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Pbw::tr("Send a callback exactly as typed and show the full answer."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("url"), Pbw::tr("The callback URL, in single quotes."));
    const Options o(context);
    parser.addOptions({o.method, o.header, o.data, o.dataFile, o.curl, o.timeout, o.proxy, o.insecure, o.follow,
                       o.maxBody, o.allowUnknown, o.saveTo, o.role, o.secrets, o.db, o.json, o.lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;

    ReplayRequest request;
    if (const auto problem = buildRequest(parser, o, request))
        return badInput(*problem);

    // The store is opened before sending: a callback is not sent when its exchange cannot be kept.
    std::unique_ptr<CaseStore> store;
    qint64 caseId = 0;
    StoredExchange::Role role = StoredExchange::Role::Other;
    if (parser.isSet(o.role) && !parser.isSet(o.saveTo))
        return badInput(Pbw::tr("--role needs --case."));
    if (parser.isSet(o.secrets) && !parser.isSet(o.saveTo))
        return badInput(Pbw::tr("--secrets needs --case."));
    const QString secretsChoice = parser.isSet(o.secrets) ? parser.value(o.secrets) : QStringLiteral("keychain");
    if (secretsChoice != QLatin1String("keychain") && secretsChoice != QLatin1String("drop"))
        return badInput(Pbw::tr("Unknown --secrets \"%1\": use keychain or drop.").arg(secretsChoice));
    if (parser.isSet(o.saveTo)) {
        const auto parsedRole
            = roleFromKey(parser.value(o.role).isEmpty() ? QStringLiteral("other") : parser.value(o.role));
        if (!parsedRole)
            return badInput(Pbw::tr("Unknown role \"%1\": use failing, corrected, reference-click, test-callback or "
                                    "other.")
                                .arg(parser.value(o.role)));
        role = *parsedRole;
        auto target = openCaseToSaveInto(parser.value(o.saveTo), parser.value(o.db), context);
        if (!target)
            return BadInput;
        store = std::move(target->store);
        caseId = target->caseId;
    }

    Replayer replayer;
    Exchange result;
    QEventLoop loop;
    QObject::connect(&replayer, &Replayer::finished, &loop, [&](Replayer::Id, const Exchange& exchange) {
        result = exchange;
        loop.quit();
    });
    const auto sent = replayer.send(request);
    if (!sent)
        return badInput(sent.error().message());
    loop.exec();

    for (const QString& problem : AnswerRules::activeProblems())
        printError(Pbw::tr("Your answer rules are not used: %1").arg(problem));
    const Verdict verdict = judgeExchange(result);
    if (store) {
        QList<KeptSecret> secrets;
        QString noKeychain;
        // Without a keychain the exchange records its secrets as not kept, never a dangling entry.
        const bool keep = secretsChoice == QLatin1String("keychain")
            && !redact(result, store->secretNames()).secrets.isEmpty() && keychainAnswers(&noKeychain);
        if (!noKeychain.isEmpty())
            printError(Pbw::tr("%1 Secret values are not kept: the case holds [redacted].").arg(noKeychain));
        const auto saved = store->addExchange(caseId, role, result, verdict, keep ? &secrets : nullptr);
        if (!saved) {
            printError(saved.error().message());
        } else {
            const auto stored = store->exchangeById(saved.value());
            printError(Pbw::tr("Saved as exchange %1 of case #%2 (%3).")
                           .arg(stored ? stored->number : 0)
                           .arg(caseId)
                           .arg(roleKey(role)));
        }
        if (saved && !secrets.isEmpty()) {
            const SecretsOutcome kept = waitForKeychain(
                [&](SecretStore& keychain, SecretsDone done) { keepSecrets(keychain, secrets, std::move(done)); });
            if (kept.missing == 0)
                printError(
                    Pbw::tr("%n secret value(s) kept in the keychain; the case holds [redacted].", "", kept.done));
            else
                printError(
                    Pbw::tr("%1 The case holds [redacted]: type the value again when you resend.").arg(kept.message));
        }
    }
    if (parser.isSet(o.json)) {
        printExchangeJson(result, verdictToJson(verdict)); // the body straight from its bytes
    } else {
        printOut(exchangeAsText(result) + QStringLiteral("\n\n") + verdictAsText(verdict));
    }
    return verdict.passes(parser.isSet(o.allowUnknown)) ? Ok : ProblemFound;
}

} // namespace pbw::cli
