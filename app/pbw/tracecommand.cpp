#include "tracecommand.h"

#include "analysis/clickids.h"
#include "cliapp.h"
#include "clicontext.h"
#include "commandline.h"
#include "console.h"
#include "io/tracejson.h"
#include "net/useragents.h"
#include "settings/preferences.h"
#include "text/tracetext.h"
#include "trace/paramtimeline.h"
#include "trace/tracer.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

QString presetKeys(const Preferences& preferences)
{
    QStringList keys;
    for (const UserAgentPreset& preset : preferences.allUserAgents())
        keys.append(preset.key.contains(u' ') ? u'"' + preset.key + u'"' : preset.key);
    return keys.join(QStringLiteral(", "));
}

} // namespace

int runTrace(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Pbw::tr("Follow a click URL hop by hop (HTTP redirects, Refresh, meta refresh, JavaScript location changes "
                "— read, never run) and show where each click ID and tracking parameter appears, changes or is "
                "lost.\nExit status: 0 when the final page was reached with every click ID of the URL intact, 1 "
                "otherwise, 2 bad input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("url"), Pbw::tr("The click URL, in single quotes."));
    const QCommandLineOption ua{QStringLiteral("ua"),
                                Pbw::tr("User agent: a preset (%1; default chrome) or the header's value.")
                                    .arg(presetKeys(context.preferences)),
                                QStringLiteral("PRESET|STRING")};
    const QCommandLineOption maxHops{QStringLiteral("max-hops"), Pbw::tr("Stop after this many hops (default 20)."),
                                     QStringLiteral("N")};
    const QCommandLineOption proxy{
        QStringLiteral("proxy"),
        Pbw::tr("none, system, http://host:port or socks5://host:port (default: the settings' proxy)."),
        QStringLiteral("PROXY")};
    const QCommandLineOption timeout{QStringLiteral("timeout"),
                                     Pbw::tr("Give up on the whole trace after this many seconds (default 60)."),
                                     QStringLiteral("SECONDS")};
    const QCommandLineOption insecure{{QStringLiteral("k"), QStringLiteral("insecure")},
                                      Pbw::tr("Accept invalid TLS certificates (recorded in the hops).")};
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    parser.addOptions({ua, maxHops, proxy, timeout, insecure, json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return badInput(Pbw::tr("Give one URL; put it in single quotes so the shell leaves & and # alone."));

    TraceOptions options;
    const Preferences& preferences = context.preferences;
    options.userAgent
        = userAgentFor(parser.isSet(ua) ? parser.value(ua) : QStringLiteral("chrome"), preferences.userAgents);
    if (auto configured = ProxySetting::parse(preferences.proxy))
        options.proxy = configured.value();
    if (options.userAgent.isEmpty())
        return badInput(Pbw::tr("--ua needs a preset (%1) or a user agent.").arg(presetKeys(context.preferences)));
    if (parser.isSet(maxHops)) {
        bool ok = false;
        options.maxHops = parser.value(maxHops).toInt(&ok);
        if (!ok || options.maxHops < 1 || options.maxHops > 100)
            return badInput(Pbw::tr("--max-hops needs a number from 1 to 100."));
    }
    if (parser.isSet(proxy)) {
        auto parsed = ProxySetting::parse(parser.value(proxy));
        if (!parsed)
            return badInput(parsed.error().message());
        options.proxy = parsed.value();
    }
    if (parser.isSet(timeout)) {
        const auto ms = timeoutMsFrom(parser.value(timeout));
        if (!ms)
            return badInput(ms.error());
        options.timeoutMs = ms.value();
        options.hopTimeoutMs = qMin(options.hopTimeoutMs, options.timeoutMs);
    }
    options.acceptInvalidCertificate = parser.isSet(insecure);

    Tracer tracer;
    ClickTrace result;
    QEventLoop loop;
    QObject::connect(&tracer, &Tracer::finished, &loop, [&](Tracer::Id, const ClickTrace& trace) {
        result = trace;
        loop.quit();
    });
    const auto started = tracer.trace(parser.positionalArguments().constFirst(), options);
    if (!started)
        return badInput(started.error().message());
    loop.exec();
    const QList<ParamTimeline> timelines = paramTimelines(result);
    if (parser.isSet(json))
        printJson(traceToJson(result, timelines));
    else
        printOut(traceAsText(result, timelines));
    return clickIdsIntact(result, timelines) ? Ok : ProblemFound;
}

int runClickId(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Pbw::tr("List every click ID and tracking parameter in a URL — or in every URL of a text — with its platform, "
                "kind, decoded value and a check of its shape. Exit status: 0 when parameters were found and all look "
                "right, 1 when none was found or one looks wrong, 2 bad input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("url"),
                                 Pbw::tr("A URL in single quotes, or - to read text from "
                                         "standard input."),
                                 QStringLiteral("URL|-"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    parser.addOptions({json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return badInput(Pbw::tr("Give one URL in single quotes, or - to read standard input."));
    QString text = parser.positionalArguments().constFirst();
    if (text == QLatin1String("-")) {
        const InputBytes input = readFileOrStdin(text, 64 * 1024 * 1024); // more is left unread
        if (!input.opened)
            return badInput(Pbw::tr("Standard input could not be read."));
        text = QString::fromUtf8(input.bytes);
    }
    const QList<TrackingParam> params = extractTrackingParams(text);
    if (parser.isSet(json))
        printJson({{QStringLiteral("params"), trackingParamsToJson(params)}});
    else
        printOut(trackingParamsAsText(params));
    const bool allRight
        = std::all_of(params.begin(), params.end(), [](const TrackingParam& param) { return param.shapeOk; });
    return !params.isEmpty() && allRight ? Ok : ProblemFound;
}

} // namespace pbw::cli
