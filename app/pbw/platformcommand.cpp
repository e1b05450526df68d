#include "platformcommand.h"

#include "analysis/verdict.h"
#include "capi/platformcompare.h"
#include "capi/platformsender.h"
#include "capi/platformvalidation.h"
#include "capicommand.h"
#include "casecommand.h"
#include "cliapp.h"
#include "clicontext.h"
#include "commandline.h"
#include "console.h"
#include "io/capijson.h"
#include "io/platformjson.h"
#include "keychainwait.h"
#include "secrets/redaction.h"
#include "store/casestore.h"
#include "text/capitext.h"
#include "text/platformtext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

// "all", one id, or ids separated by commas; empty with a message when one is unknown.
QList<const ConversionPlatform*> platformsFrom(const QString& text, QString* why)
{
    if (text.trimmed() == QLatin1String("all"))
        return allConversionPlatforms();
    QList<const ConversionPlatform*> out;
    for (const QString& id : text.split(u',', Qt::SkipEmptyParts)) {
        const ConversionPlatform* platform = conversionPlatform(id.trimmed().toLower());
        if (!platform) {
            *why = Pbw::tr("Unknown platform \"%1\": use %2 or all.")
                       .arg(id.trimmed(), conversionPlatformIds().join(QStringLiteral(", ")));
            return {};
        }
        out.append(platform);
    }
    if (out.isEmpty())
        *why = Pbw::tr("--platform needs a platform: %1 or all.")
                   .arg(conversionPlatformIds().join(QStringLiteral(", ")));
    return out;
}

QByteArray readStandardInput()
{
    return readFileOrStdin(QStringLiteral("-"), 64 * 1024).bytes.trimmed();
}

QByteArray readSecret(const QString& key)
{
    const SecretOutcome read
        = waitForSecret([&](SecretStore& keychain, SecretStore::Done done) { keychain.read(key, done); });
    return read.ok() ? read.value : QByteArray();
}

// An environment variable's name for a credential: PBW_CAPI_DEVELOPER_TOKEN…
QByteArray environmentName(const QString& credential)
{
    QString name = credential.toUpper();
    name.replace(u'-', u'_');
    return "PBW_CAPI_" + name.toLatin1();
}

} // namespace

int runPlatformHash(const QString& platforms, const QString& field, const QStringList& values, bool json)
{
    QString why;
    const QList<const ConversionPlatform*> list = platformsFrom(platforms, &why);
    if (list.isEmpty())
        return badInput(why);
    if (std::none_of(list.begin(), list.end(), [&field](const ConversionPlatform* p) { return p->fieldFor(field); }))
        return badInput(Pbw::tr("No platform asked for takes \"%1\".").arg(field));
    QJsonArray rows;
    bool failed = false;
    for (const QString& input : values) {
        const FieldComparison row = compareField({field, input}, list);
        for (const PlatformCell& cell : row.cells)
            failed = failed || (cell.taken() && !cell.value.error.isEmpty());
        if (json)
            rows.append(fieldComparisonToJson(row));
        else
            printOut(fieldComparisonAsText(row));
    }
    if (json)
        printJson({{QStringLiteral("values"), rows}});
    return failed ? ProblemFound : Ok;
}

int runPlatformValidate(const QString& platforms, const QString& path, bool json)
{
    QString why;
    const QList<const ConversionPlatform*> list = platformsFrom(platforms, &why);
    if (list.isEmpty())
        return badInput(why);
    const auto events = readCapiEventsFile(path);
    if (!events)
        return badInput(events.error().message);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool errors = false;
    QJsonObject byPlatform;
    for (const ConversionPlatform* platform : list) {
        const QList<CapiProblem> problems = validatePlatformEvents(*platform, events.value(), now);
        errors = errors || hasCapiErrors(problems);
        if (json) {
            PlatformSend shown;
            shown.test = false;
            byPlatform.insert(
                platform->id,
                QJsonObject{{QStringLiteral("problems"), capiProblemsToJson(problems)},
                            {QStringLiteral("would_send"), platformPayload(*platform, events.value(), shown)}});
            continue;
        }
        printOut(QStringLiteral("== %1").arg(platform->shortName));
        for (const CapiProblem& problem : problems)
            printOut(capiProblemAsText(problem));
        printOut(hasCapiErrors(problems) ? Pbw::tr("%1 would refuse these events.").arg(platform->shortName)
                     : problems.isEmpty()
                     ? Pbw::tr("No problems for %1.").arg(platform->shortName)
                     : Pbw::tr("No errors for %1; the warnings may cost matches.").arg(platform->shortName));
    }
    if (json)
        printJson({{QStringLiteral("events"), int(events.value().size())}, {QStringLiteral("platforms"), byPlatform}});
    return errors ? ProblemFound : Ok;
}

int runPlatformSend(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Pbw::tr("Send events to a conversion API in its test or validation mode (or for real with --real), and "
                "explain its answer. Credentials come from --token-stdin, PBW_CAPI_TOKEN or the keychain (pbw capi "
                "token set --platform P --account ID).\nExit status: 0 when the platform took or validated every "
                "event, 1 otherwise, 2 bad input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("events"), Pbw::tr("A JSON file of events; - reads standard input."),
                                 QStringLiteral("EVENTS.json"));
    const QCommandLineOption platformOption{QStringLiteral("platform"),
                                            Pbw::tr("tiktok, snapchat, google-ads, ga4, pinterest or reddit."),
                                            QStringLiteral("P")};
    const QCommandLineOption account{QStringLiteral("account"),
                                     Pbw::tr("Where the events go: pixel code, pixel ID, customer ID, measurement ID "
                                             "or ad account ID."),
                                     QStringLiteral("ID")};
    const QCommandLineOption testCode{QStringLiteral("test-code"),
                                      Pbw::tr("The test code from the platform's events manager (TikTok, Reddit)."),
                                      QStringLiteral("CODE")};
    const QCommandLineOption real{QStringLiteral("real"),
                                  Pbw::tr("Send for real: the platform records the conversions. Without it, the "
                                          "platform's test or validation mode is used.")};
    const QCommandLineOption action{QStringLiteral("conversion-action"),
                                    Pbw::tr("Google Ads: the conversion action's ID."), QStringLiteral("ID")};
    const QCommandLineOption manager{QStringLiteral("login-customer-id"),
                                     Pbw::tr("Google Ads: the manager account's ID, when sending through one."),
                                     QStringLiteral("ID")};
    const QCommandLineOption baseUrl{QStringLiteral("base-url"), Pbw::tr("The platform's address (default its own)."),
                                     QStringLiteral("URL")};
    const QCommandLineOption tokenStdin{
        QStringLiteral("token-stdin"),
        Pbw::tr("Read the token from standard input (otherwise PBW_CAPI_TOKEN, then the "
                "keychain).")};
    const QCommandLineOption timeout{
        QStringLiteral("timeout"), Pbw::tr("Give up after this many seconds (default 30)."), QStringLiteral("SECONDS")};
    const QCommandLineOption saveTo{QStringLiteral("case"), Pbw::tr("Save the exchange into this case (its number)."),
                                    QStringLiteral("ID")};
    const QCommandLineOption db = dbOption(context);
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    parser.addOptions({platformOption, account, testCode, real, action, manager, baseUrl, tokenStdin, timeout, saveTo,
                       db, json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    QString why;
    const QList<const ConversionPlatform*> list = platformsFrom(parser.value(platformOption), &why);
    if (list.size() != 1 || parser.positionalArguments().size() != 1 || !parser.isSet(account))
        return badInput(why.isEmpty() ? Pbw::tr("Use \"pbw capi send EVENTS.json --platform P --account ID\".") : why);
    const ConversionPlatform& platform = *list.first();
    const QString path = parser.positionalArguments().constFirst();
    if (path == QLatin1String("-") && parser.isSet(tokenStdin))
        return badInput(Pbw::tr("Standard input cannot carry both the events and the token."));
    const auto events = readCapiEventsFile(path);
    if (!events)
        return badInput(events.error().message);

    PlatformSend send;
    send.account = parser.value(account).trimmed();
    send.test = !parser.isSet(real);
    send.testCode = parser.value(testCode);
    send.baseUrl = parser.isSet(baseUrl) ? parser.value(baseUrl) : context.platformBaseUrls.value(platform.id);
    send.timeoutMs = context.preferences.timeoutMs;
    if (parser.isSet(timeout)) {
        const auto ms = timeoutMsFrom(parser.value(timeout));
        if (!ms)
            return badInput(ms.error());
        send.timeoutMs = ms.value();
    }
    if (const QString problem = platformAccountProblem(platform, send.account); !problem.isEmpty())
        return badInput(problem);
    std::unique_ptr<CaseStore> store;
    qint64 caseId = 0;
    if (parser.isSet(saveTo)) {
        auto target = openCaseToSaveInto(parser.value(saveTo), parser.value(db), context);
        if (!target)
            return BadInput;
        store = std::move(target->store);
        caseId = target->caseId;
    }

    if (parser.isSet(action)) // shown as it is sent
        send.credentials.insert(QStringLiteral("conversionAction"), parser.value(action).trimmed().toUtf8());
    const QList<CapiProblem> problems
        = validatePlatformEvents(platform, events.value(), QDateTime::currentDateTimeUtc());
    const QJsonObject shown = platformPayload(platform, events.value(), send);
    const bool asJson = parser.isSet(json);
    if (!asJson)
        for (const CapiProblem& problem : problems)
            printOut(capiProblemAsText(problem));
    if (stopOnErrors(problems, shown, asJson))
        return ProblemFound;

    // Credentials: the token from --token-stdin, the environment or the keychain; the others from
    // their option, environment variable or the keychain.
    for (const PlatformCredential& credential : platform.credentials) {
        QByteArray value;
        if (credential.name == QLatin1String("conversionAction"))
            value = parser.value(action).toUtf8();
        else if (credential.name == QLatin1String("login-customer-id"))
            value = parser.value(manager).toUtf8();
        else if (&credential == platform.token() && parser.isSet(tokenStdin))
            value = readStandardInput();
        else if (&credential == platform.token())
            value = qgetenv("PBW_CAPI_TOKEN").trimmed();
        else
            value = qgetenv(environmentName(credential.name).constData()).trimmed();
        if (value.isEmpty() && credential.secret)
            value = readSecret(platformSecretKey(platform, send.account, credential.name));
        if (!value.isEmpty())
            send.credentials.insert(credential.name, value);
        else if (credential.secret)
            return badInput(
                Pbw::tr("No %1 is kept for %2 %3: run \"pbw capi token set --platform %4 --account %3%5\" "
                        "(it reads it from standard input), or pass it with %6.")
                    .arg(platformTextInSentence(credential.label), platform.shortName, send.account, platform.id,
                         &credential == platform.token() ? QString()
                                                         : QStringLiteral(" --credential ") + credential.name)
                    .arg(&credential == platform.token() ? QStringLiteral("--token-stdin / PBW_CAPI_TOKEN")
                                                         : QString::fromLatin1(environmentName(credential.name))));
    }
    PlatformSender sender;
    Exchange result;
    PlatformAnswer answer;
    QEventLoop loop;
    QObject::connect(&sender, &PlatformSender::finished, &loop,
                     [&](const Exchange& exchange, const PlatformAnswer& read) {
                         result = exchange;
                         answer = read;
                         loop.quit();
                     });
    if (const auto problem = sender.send(platform, events.value(), send))
        return badInput(*problem);
    if (!asJson) // once the request is sure to go
        printError(send.test ? platformTestModeText(platform)
                             : Pbw::tr("Real send: %1 records these conversions.").arg(platform.shortName));
    loop.exec();
    result = redactedExchange(result); // a token in the query (Snapchat, GA4) is never printed
    if (store) {
        const auto saved
            = store->addExchange(caseId, StoredExchange::Role::TestCallback, result, judgeExchange(result), nullptr);
        if (!saved)
            printError(saved.error().message());
        else
            printError(Pbw::tr("Saved into case #%1 (test-callback).").arg(caseId));
    }
    if (asJson) {
        QJsonObject object = platformAnswerToJson(answer);
        object.insert(QStringLiteral("sent"), shown);
        object.insert(QStringLiteral("url"), result.request.url);
        object.insert(QStringLiteral("problems"), capiProblemsToJson(problems));
        addSendOutcome(object, result);
        printJson(object);
    } else {
        printSendOutcome(result, result.request.url, int(events.value().size()));
        printOut(platformAnswerAsText(answer));
    }
    return answer.ok() ? Ok : ProblemFound;
}

int runPlatformToken(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Pbw::tr("Keep a platform account's token (or another of its credentials) in the "
                                             "OS keychain, or remove it; \"set\" reads it from standard input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set|clear"));
    const QCommandLineOption platformOption{QStringLiteral("platform"), Pbw::tr("The platform."), QStringLiteral("P")};
    const QCommandLineOption account{QStringLiteral("account"), Pbw::tr("The account's ID."), QStringLiteral("ID")};
    const QCommandLineOption credentialOption{QStringLiteral("credential"),
                                              Pbw::tr("Another credential than the token: developer-token…"),
                                              QStringLiteral("NAME")};
    const QCommandLineOption lang = langOption();
    parser.addOptions({platformOption, account, credentialOption, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    QString why;
    const QList<const ConversionPlatform*> list = platformsFrom(parser.value(platformOption), &why);
    const QString verb = parser.positionalArguments().value(0);
    if (list.size() != 1 || parser.positionalArguments().size() != 1
        || (verb != QLatin1String("set") && verb != QLatin1String("clear")) || !parser.isSet(account))
        return badInput(why.isEmpty() ? Pbw::tr("Use \"pbw capi token set|clear --platform P --account ID\".") : why);
    const ConversionPlatform& platform = *list.first();
    const QString id = parser.value(account).trimmed();
    if (const QString problem = platformAccountProblem(platform, id); !problem.isEmpty())
        return badInput(problem);
    const PlatformCredential* credential = platform.token();
    if (parser.isSet(credentialOption)) {
        credential = nullptr;
        for (const PlatformCredential& c : platform.credentials) {
            if (c.secret && c.name == parser.value(credentialOption))
                credential = &c;
        }
        QStringList names;
        for (const PlatformCredential& c : platform.credentials) {
            if (c.secret)
                names.append(c.name);
        }
        if (!credential)
            return badInput(
                Pbw::tr("%1 keeps no secret called \"%2\": use %3.")
                    .arg(platform.shortName, parser.value(credentialOption), names.join(QStringLiteral(", "))));
    }
    const QString key = platformSecretKey(platform, id, credential->name);
    const QString what = platformTextInSentence(credential->label);
    if (verb == QLatin1String("set")) {
        const QByteArray value = readStandardInput();
        if (value.isEmpty())
            return badInput(Pbw::tr("Standard input held no %1: pipe it in, or type it and press Ctrl+D.").arg(what));
        const SecretOutcome written
            = waitForSecret([&](SecretStore& keychain, SecretStore::Done done) { keychain.write(key, value, done); });
        if (!written.ok())
            return badInput(written.message);
        printError(Pbw::tr("The %1 of %2 %3 is kept in the keychain.").arg(what, platform.shortName, id));
        return Ok;
    }
    const SecretOutcome removed
        = waitForSecret([&](SecretStore& keychain, SecretStore::Done done) { keychain.remove(key, done); });
    if (removed.status == SecretOutcome::Status::NotFound) {
        printError(Pbw::tr("No %1 was kept for %2 %3.").arg(what, platform.shortName, id));
        return Ok;
    }
    if (!removed.ok())
        return badInput(removed.message);
    printError(Pbw::tr("The %1 of %2 %3 is removed from the keychain.").arg(what, platform.shortName, id));
    return Ok;
}

} // namespace pbw::cli
