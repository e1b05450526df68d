#include "catchcommand.h"

#include "casecommand.h"
#include "catch/catchanswers.h"
#include "catch/catchcertificate.h"
#include "catch/catchcheck.h"
#include "catch/catcher.h"
#include "catch/trackerurl.h"
#include "cliapp.h"
#include "clicontext.h"
#include "commandline.h"
#include "console.h"
#include "export/exportformat.h"
#include "io/exchangejson.h"
#include "io/verdictjson.h"
#include "store/casebundle.h"
#include "text/analysistext.h"
#include "util/datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <csignal>

namespace pbw::cli {

namespace {

// The translation context of pbw's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

volatile std::sig_atomic_t stopAsked = 0;

extern "C" void askToStop(int)
{
    stopAsked = 1;
}

struct Options
{
    QCommandLineOption address{QStringLiteral("address"),
                               Pbw::tr("Listen on this address (default 127.0.0.1; 0.0.0.0: every interface)."),
                               QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")};
    QCommandLineOption port{QStringLiteral("port"), Pbw::tr("Listen on this port (default: any free one)."),
                            QStringLiteral("PORT"), QStringLiteral("0")};
    QCommandLineOption https{
        QStringLiteral("https"),
        Pbw::tr("HTTPS with the program's own certificate (made once; its fingerprint is shown).")};
    QCommandLineOption cert{QStringLiteral("cert"), Pbw::tr("HTTPS with this certificate (PEM)."),
                            QStringLiteral("FILE")};
    QCommandLineOption key{QStringLiteral("key"), Pbw::tr("The private key of --cert (PEM)."), QStringLiteral("FILE")};
    QCommandLineOption prefix{QStringLiteral("prefix"),
                              Pbw::tr("The secret path prefix to use again (default: a new one each run)."),
                              QStringLiteral("PREFIX")};
    QCommandLineOption answer{QStringLiteral("answer"),
                              Pbw::tr("Answer as a partner documents it (an ID from --answers; default plain-ok)."),
                              QStringLiteral("ID"), QStringLiteral("plain-ok")};
    QCommandLineOption answers{QStringLiteral("answers"), Pbw::tr("List the answers --answer takes, and stop.")};
    QCommandLineOption status{QStringLiteral("status"), Pbw::tr("Answer with this HTTP status instead."),
                              QStringLiteral("CODE")};
    QCommandLineOption body{QStringLiteral("body"), Pbw::tr("Answer with this body instead."), QStringLiteral("TEXT")};
    QCommandLineOption templ{QStringLiteral("template"),
                             Pbw::tr("Check each callback against the partner's template (default: the case's)."),
                             QStringLiteral("URL")};
    QCommandLineOption caseId{QStringLiteral("case"), Pbw::tr("Save each callback to this case as a test callback."),
                              QStringLiteral("ID")};
    QCommandLineOption har{QStringLiteral("har"), Pbw::tr("When it stops, write what was caught as a HAR file."),
                           QStringLiteral("FILE")};
    QCommandLineOption caseFile{QStringLiteral("case-file"),
                                Pbw::tr("When it stops, write what was caught as a case file to import."),
                                QStringLiteral("FILE")};
    QCommandLineOption count{QStringLiteral("count"), Pbw::tr("Stop after this many callbacks."), QStringLiteral("N")};
    QCommandLineOption seconds{QStringLiteral("for"), Pbw::tr("Stop after this many seconds."),
                               QStringLiteral("SECONDS")};
    QCommandLineOption trust{QStringLiteral("trust-proxy"),
                             Pbw::tr("Believe X-Forwarded-For and Forwarded only from this address (a tunnel's "
                                     "end; repeatable)."),
                             QStringLiteral("ADDRESS")};
    QCommandLineOption maxBody{QStringLiteral("max-body"), Pbw::tr("Largest body kept, in bytes (default 1048576)."),
                               QStringLiteral("BYTES")};
    QCommandLineOption perMinute{QStringLiteral("max-per-minute"),
                                 Pbw::tr("Most callbacks kept a minute; more get 429 (default 60000; 0: no limit)."),
                                 QStringLiteral("N")};
};

int listAnswers(bool json)
{
    QJsonArray list;
    for (const CatchAnswerChoice& choice : catchAnswerChoices()) {
        if (json) {
            list.append(QJsonObject{{QStringLiteral("id"), choice.id},
                                    {QStringLiteral("platform"), choice.platform},
                                    {QStringLiteral("kind"), choice.kind},
                                    {QStringLiteral("status"), choice.answer.status},
                                    {QStringLiteral("body"), QString::fromUtf8(choice.answer.body)},
                                    {QStringLiteral("source"), choice.source}});
        } else {
            printOut(QStringLiteral("%1  %2").arg(choice.id, -22).arg(catchAnswerLabel(choice)));
        }
    }
    if (json)
        printJson({{QStringLiteral("answers"), list}});
    return Ok;
}

// The URL to give the tracker; without a template, the catcher's address for the user to finish.
QString trackerUrl(const QString& catchUrl, const QString& templateText)
{
    return templateText.trimmed().isEmpty() ? catchUrl + QStringLiteral("/…") : trackerUrlFor(catchUrl, templateText);
}

QJsonObject arrivalJson(int number, const Exchange& exchange, const CatchCheck& check, const Verdict& verdict)
{
    QJsonArray findings;
    for (const Finding& finding : check.findings)
        findings.append(QJsonObject{{QStringLiteral("id"), finding.id},
                                    {QStringLiteral("severity"), severityKey(finding.severity)},
                                    {QStringLiteral("param"), finding.param},
                                    {QStringLiteral("message"), finding.message}});
    return {{QStringLiteral("event"), QStringLiteral("caught")},
            {QStringLiteral("number"), number},
            {QStringLiteral("time"), exchange.timing.started.toString(Qt::ISODateWithMs)},
            {QStringLiteral("peer"), exchange.arrival->peer},
            {QStringLiteral("client"), exchange.arrival->client},
            {QStringLiteral("method"), QString::fromLatin1(exchange.request.method)},
            {QStringLiteral("target"), QString::fromLatin1(exchange.request.target)},
            {QStringLiteral("url_for_partner"), check.url},
            {QStringLiteral("verdict_line"), catchVerdictLine(check)},
            {QStringLiteral("errors"), check.errorCount()},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("verdict"), verdictToJson(verdict)},
            {QStringLiteral("exchange"), exchangeToJson(exchange)}};
}

// One event a line (JSON Lines): a program reading pbw catch's output gets each callback as it comes.
void printEvent(const QJsonObject& object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printError(Pbw::tr("%1: cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int runCatch(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Pbw::tr(
        "Receive the callbacks a tracker really fires: point its postback at the address printed (the partner's "
        "address replaced by this one, the secret prefix kept), fire a test conversion, and see each callback as "
        "it arrived, checked against the partner's template. Stops on Ctrl+C, --count or --for. Exit status: 0 "
        "stopped; 2 bad input or the address cannot be taken."));
    parser.addHelpOption();
    Options o;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption db = dbOption(context);
    parser.addOptions({o.address, o.port,    o.https,     o.cert,   o.key, o.prefix,    o.answer, o.answers,
                       o.status,  o.body,    o.templ,     o.caseId, o.har, o.caseFile,  o.count,  o.seconds,
                       o.trust,   o.maxBody, o.perMinute, json,     db,    langOption()});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    if (parser.isSet(o.answers))
        return listAnswers(parser.isSet(json));

    CatchOptions options;
    options.address = QHostAddress(parser.value(o.address));
    if (options.address.isNull())
        return badInput(Pbw::tr("--address needs an IP address (127.0.0.1, 0.0.0.0, ::1)."));
    bool ok = false;
    const uint port = parser.value(o.port).toUInt(&ok);
    if (!ok || port > 65535)
        return badInput(Pbw::tr("--port needs a number from 0 to 65535."));
    options.port = quint16(port);
    if (parser.isSet(o.prefix)) {
        options.prefix = parser.value(o.prefix);
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{8,64}$"));
        if (!safe.match(options.prefix).hasMatch())
            return badInput(Pbw::tr("--prefix needs 8 to 64 letters, digits, '-' or '_'."));
    }
    const auto choice = catchAnswerChoice(parser.value(o.answer));
    if (!choice)
        return badInput(Pbw::tr("--answer %1: no such answer (see --answers).").arg(parser.value(o.answer)));
    options.answer = choice->answer;
    if (parser.isSet(o.status)) {
        const int status = parser.value(o.status).toInt(&ok);
        if (!ok || status < 200 || status > 599)
            return badInput(Pbw::tr("--status needs an HTTP status from 200 to 599."));
        options.answer.status = status;
    }
    if (parser.isSet(o.body)) {
        options.answer.body = parser.value(o.body).toUtf8();
        options.answer.contentType = "text/plain; charset=utf-8";
    }
    for (const QString& proxy : parser.values(o.trust)) {
        const QHostAddress address(proxy);
        if (address.isNull())
            return badInput(Pbw::tr("--trust-proxy %1: not an IP address.").arg(proxy));
        options.trustedProxies.append(address);
    }
    if (parser.isSet(o.maxBody)) {
        const qint64 bytes = parser.value(o.maxBody).toLongLong(&ok);
        if (!ok || bytes < 0 || bytes > 64 * 1024 * 1024)
            return badInput(Pbw::tr("--max-body needs a number of bytes up to 67108864."));
        options.limits.maxBodyBytes = bytes;
    }
    if (parser.isSet(o.perMinute)) {
        options.maxPerMinute = parser.value(o.perMinute).toInt(&ok);
        if (!ok || options.maxPerMinute < 0)
            return badInput(Pbw::tr("--max-per-minute needs a number (0: no limit)."));
    }
    int stopCount = 0;
    if (parser.isSet(o.count) && ((stopCount = parser.value(o.count).toInt(&ok)), !ok || stopCount < 1))
        return badInput(Pbw::tr("--count needs a number of callbacks from 1."));
    double stopSeconds = 0;
    if (parser.isSet(o.seconds) && ((stopSeconds = parser.value(o.seconds).toDouble(&ok)), !ok || stopSeconds <= 0))
        return badInput(Pbw::tr("--for needs a number of seconds."));

    if (parser.isSet(o.cert) || parser.isSet(o.key)) {
        if (!parser.isSet(o.cert) || !parser.isSet(o.key))
            return badInput(Pbw::tr("--cert and --key go together."));
        const auto tls = readCatchCertificate(parser.value(o.cert), parser.value(o.key));
        if (!tls)
            return badInput(tls.error());
        options.certificate = tls->certificate;
        options.key = tls->key;
    } else if (parser.isSet(o.https)) {
        const auto tls = catchCertificateIn(QDir(dataFolder()).filePath(QStringLiteral("catch")));
        if (!tls)
            return badInput(tls.error());
        options.certificate = tls->certificate;
        options.key = tls->key;
    }

    std::optional<CaseTarget> target;
    QString templateText = parser.value(o.templ);
    if (parser.isSet(o.caseId)) {
        target = openCaseToSaveInto(parser.value(o.caseId), parser.value(db), context);
        if (!target)
            return BadInput;
        if (templateText.isEmpty()) {
            const auto attachments = target->store->attachments(target->caseId);
            if (!attachments)
                return storeFailed(attachments.error());
            for (const Attachment& attachment : *attachments) {
                if (attachment.kind == Attachment::Kind::Template)
                    templateText = attachment.text;
            }
        }
    }
    for (const QString& path : {parser.value(o.har), parser.value(o.caseFile)}) {
        if (!path.isEmpty() && !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
            return badInput(Pbw::tr("%1: its folder cannot be written to.").arg(path));
    }

    Catcher catcher;
    if (const auto started = catcher.start(options); !started) {
        printError(started.error());
        return BadInput;
    }
    const bool asJson = parser.isSet(json);
    const QString prefix = catcher.options().prefix;
    if (asJson) {
        printEvent({{QStringLiteral("event"), QStringLiteral("listening")},
                    {QStringLiteral("catch_url"), catcher.catchUrl()},
                    {QStringLiteral("tracker_url"), trackerUrl(catcher.catchUrl(), templateText)},
                    {QStringLiteral("prefix"), prefix},
                    {QStringLiteral("fingerprint_sha256"), catcher.certificateFingerprint()}});
    } else {
        printOut(Pbw::tr("Listening on %1. Point the tracker's postback at:").arg(catcher.listenerUrl()));
        printOut(QStringLiteral("  ") + trackerUrl(catcher.catchUrl(), templateText));
        if (!catcher.certificateFingerprint().isEmpty())
            printOut(Pbw::tr("Certificate SHA-256 fingerprint: %1").arg(catcher.certificateFingerprint()));
        if (options.address != QHostAddress::LocalHost && options.address != QHostAddress::LocalHostIPv6)
            printError(Pbw::tr("Warning: %1 can be reached from other machines; only the secret path is kept.")
                           .arg(options.address.toString()));
        printOut(templateText.isEmpty() ? Pbw::tr("No template: each callback is checked on its own.")
                                        : Pbw::tr("Each callback is checked against: %1").arg(templateText));
    }

    QList<StoredExchange> kept; // for --har and --case-file
    int number = 0;
    QEventLoop loop;
    QObject::connect(&catcher, &Catcher::caught, &loop, [&](const Exchange& exchange) {
        const CatchCheck check = checkCaught(exchange, prefix, templateText);
        const Verdict verdict = judgeCaught(exchange, check);
        ++number;
        if (asJson) {
            printEvent(arrivalJson(number, exchange, check, verdict));
        } else {
            const QString from = exchange.arrival->client.isEmpty()
                ? exchange.arrival->peer
                : Pbw::tr("%1 (via %2)").arg(exchange.arrival->client, exchange.arrival->peer);
            printOut(QStringLiteral("%1  %2  %3 %4")
                         .arg(exchange.timing.started.toLocalTime().toString(QStringLiteral("HH:mm:ss")), from,
                              QString::fromLatin1(exchange.request.method), check.url));
            printOut(QStringLiteral("    ") + catchVerdictLine(check));
            for (const Finding& finding : check.findings) {
                if (finding.severity != Finding::Severity::Info)
                    printOut(QStringLiteral("      %1 %2").arg(severitySymbol(finding.severity), finding.message));
            }
        }
        if (target) {
            const auto saved
                = target->store->addExchange(target->caseId, StoredExchange::Role::TestCallback, exchange, verdict);
            if (!saved)
                printError(saved.error().message());
        }
        if (parser.isSet(o.har) || parser.isSet(o.caseFile)) {
            StoredExchange stored;
            stored.id = number; // its position in the bundle
            stored.number = number;
            stored.role = StoredExchange::Role::TestCallback;
            stored.saved = QDateTime::currentDateTimeUtc();
            QJsonObject data = exchangeToJson(exchange);
            data.insert(QStringLiteral("verdict"), verdictToJson(verdict));
            stored.data = data;
            kept.append(stored);
        }
        if (stopCount > 0 && number >= stopCount)
            loop.quit();
    });
    stopAsked = 0;
    std::signal(SIGINT, askToStop);
    std::signal(SIGTERM, askToStop);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (stopAsked)
            loop.quit();
    });
    watch.start(100);
    if (stopSeconds > 0)
        QTimer::singleShot(int(stopSeconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    QJsonObject refused;
    QStringList refusedWords;
    for (int i = 0; i < catchRefusalCount; ++i) {
        const auto refusal = CatchRefusal(i);
        if (const int n = catcher.refusalCount(refusal); n > 0) {
            refused.insert(catchRefusalKey(refusal), n);
            refusedWords.append(QStringLiteral("%1 %2").arg(n).arg(catchRefusalName(refusal)));
        }
    }
    catcher.stop();

    int status = Ok;
    if (!kept.isEmpty()) {
        CaseBundle bundle;
        bundle.record.title = Pbw::tr("Callbacks caught %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate));
        bundle.record.created = bundle.record.updated = QDateTime::currentDateTimeUtc();
        bundle.exchanges = kept;
        bundle = checkedForSecrets(bundle, SecretNames(context.preferences.secretNames));
        if (parser.isSet(o.har)
            && !writeFile(parser.value(o.har), exportBytes(bundle, ExportFormat::Har, QDateTime::currentDateTimeUtc())))
            status = BadInput;
        if (parser.isSet(o.caseFile)
            && !writeFile(parser.value(o.caseFile),
                          exportBytes(bundle, ExportFormat::CaseFile, QDateTime::currentDateTimeUtc())))
            status = BadInput;
    }
    if (asJson) {
        printEvent({{QStringLiteral("event"), QStringLiteral("stopped")},
                    {QStringLiteral("caught"), number},
                    {QStringLiteral("refused"), refused}});
    } else {
        printOut(Pbw::tr("Stopped: %n callback(s) caught.", nullptr, number)
                 + (refusedWords.isEmpty()
                        ? QString()
                        : QLatin1Char(' ') + Pbw::tr("Refused: %1.").arg(refusedWords.join(QStringLiteral(", ")))));
    }
    return status;
}

} // namespace pbw::cli
