#include "analysis/verdict.h"

#include "analysis/answerjudge.h"
#include "analysis/answerrules.h"
#include "analysis/answerview.h"
#include "analysis/checker.h"
#include "analysis/paramtable.h"
#include "analysis/statedreason.h"
#include "analysis/verdictmessages.h"
#include "net/exchange.h"
#include "util/keys.h"

#include <QCoreApplication>
#include <QLocale>

namespace pbw {

namespace {

class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(VerdictText)
};

constexpr const char* layerKeys[] = {"transport", "http", "template", "business", "ok", "unknown"};
constexpr const char* bucketKeys[] = {"none",      "duplicate", "identifier", "business-rule", "auth",
                                      "test-mode", "accepted",  "rate-limit", "server-error",  "redirect"};
constexpr const char* confidenceKeys[] = {"low", "medium", "high"};

// The request as the checker reads it: the URL as typed (a '#' that cut it is still there), and the
// fields of the body that was sent.
Callback callbackOf(const SentRequest& request)
{
    Callback callback = readCallbackUrl(request.input.isEmpty() ? request.url : request.input);
    callback.method = QString::fromLatin1(request.method);
    callback.headers = request.headers;
    callback.body = request.body;
    callback.contentType = QString::fromLatin1(headerValue(request.headers, "content-type"));
    if (!request.body.isEmpty())
        callback.params += bodyParams(request.body, callback.contentType);
    return callback;
}

void addHeader(Verdict& verdict, const ReceivedResponse& response, const char* name)
{
    const QByteArray value = headerValue(response.headers, name);
    if (!value.isEmpty())
        verdict.evidence.append(
            {Evidence::Kind::HttpHeader, QString::fromLatin1(name), QString::fromUtf8(value), -1, 0});
}

void judgeStatusAndBody(Verdict& verdict, const ReceivedResponse& response, const AnswerRules& rules,
                        AnswerReading* reading)
{
    const AnswerView view = prepareAnswer(response);
    verdict.judgedOnPart = view.judgedOnPart;
    verdict.evidence.reserve(4);
    verdict.evidence.append(
        {Evidence::Kind::Status, QStringLiteral("status"),
         (QString::number(response.status) + QLatin1Char(' ') + QString::fromLatin1(response.reason)).trimmed(), -1,
         0});
    judgeAnswerView(verdict, view, rules, AnswerVocabulary::builtIn(), reading);
    if (verdict.bucket == Verdict::Bucket::Redirect)
        addHeader(verdict, response, "location");
    if (verdict.bucket == Verdict::Bucket::RateLimit || verdict.bucket == Verdict::Bucket::ServerError)
        addHeader(verdict, response, "retry-after");
}

void judgeTransport(Verdict& verdict, const TransportError& error)
{
    verdict.layer = Verdict::Layer::Transport;
    verdict.confidence = Verdict::Confidence::High;
    const QString key = TransportError::layerKey(error.layer);
    verdict.message = error.layer == TransportError::Layer::RedirectLoop ? QStringLiteral("transport-redirect-loop")
        : error.layer == TransportError::Layer::Cancelled                ? QStringLiteral("transport-cancelled")
                                                                         : QStringLiteral("transport-") + key;
    if (error.layer == TransportError::Layer::RedirectLoop)
        verdict.bucket = Verdict::Bucket::Redirect;
    verdict.evidence.append({Evidence::Kind::Transport, key, error.message(), -1, 0});
}

void applyRequestErrors(Verdict& verdict, const QList<Finding>& findings)
{
    QList<Finding> errors;
    for (const Finding& finding : findings) {
        if (finding.severity == Finding::Severity::Error)
            errors.append(finding);
    }
    if (errors.isEmpty())
        return;
    for (const Finding& error : errors)
        verdict.evidence.append({Evidence::Kind::Request, error.id, error.message, -1, 0});
    const bool answered2xx = verdict.layer == Verdict::Layer::Ok || verdict.layer == Verdict::Layer::Business
        || verdict.layer == Verdict::Layer::Unknown;
    if (answered2xx) {
        // A literal macro is wrong whatever the partner answered: it outranks a 200.
        verdict.layer = Verdict::Layer::Template;
        verdict.confidence = Verdict::Confidence::High;
        if (verdict.bucket == Verdict::Bucket::Accepted)
            verdict.bucket = Verdict::Bucket::None;
        verdict.message = QStringLiteral("template-error");
        verdict.summary.clear();
        verdict.nextStep.clear();
    } else if (verdict.layer == Verdict::Layer::Http) {
        verdict.nextStep = messageNextStep(verdict.message) + QLatin1Char(' ')
            + VerdictText::tr("The callback itself also has %n error(s): fix them too.", nullptr, int(errors.size()));
    }
}

void fillWords(Verdict& verdict, int status)
{
    if (verdict.summary.isEmpty())
        verdict.summary = messageSummary(verdict.message, status);
    if (verdict.nextStep.isEmpty())
        verdict.nextStep = messageNextStep(verdict.message);
}

// The message a reason names when read as a 4xx's body ("IP not whitelisted" → allow-list); empty when
// it names nothing more than a malformed request or an error.
QString causeNamed(const QString& reason)
{
    Verdict cause;
    judgeAnswerView(cause, prepareAnswer(400, "text/plain", {}, reason), AnswerRules{}, AnswerVocabulary::builtIn());
    const bool specific = cause.bucket != Verdict::Bucket::None && cause.bucket != Verdict::Bucket::ServerError
        && cause.bucket != Verdict::Bucket::RateLimit && cause.confidence != Verdict::Confidence::Low;
    return specific ? cause.message : QString();
}

// A refusal (4xx, 5xx) whose body states its reason: the summary quotes it, short, beside what it
// means. A 5xx is the partner's server failing whatever its body says; where the body names a cause
// all the same (some partners answer every refusal with a 500), the next step names it too.
void quoteStatedReason(Verdict& verdict, const ReceivedResponse& response)
{
    if (verdict.layer != Verdict::Layer::Http || response.status < 400)
        return;
    const AnswerView view = prepareAnswer(response);
    const QString reason = statedReason(view, readOutcome(view, AnswerVocabulary::builtIn()), response.reason);
    if (reason.isEmpty())
        return;
    verdict.summary += QLatin1Char(' ') + VerdictText::tr("The partner's answer says: “%1”.").arg(reason);
    if (verdict.bucket == Verdict::Bucket::ServerError) {
        if (const QString cause = causeNamed(reason); !cause.isEmpty())
            verdict.nextStep += QLatin1Char(' ')
                + VerdictText::tr("Its answer names a cause, though: %1").arg(messageNextStep(cause));
    }
}

// An answer later than senders wait is flagged: many trackers and networks give up on a callback
// after about usualPartnerTimeoutMs and count it as failed, whatever the answer then says.
void flagSlowAnswer(Verdict& verdict, const Exchange& exchange)
{
    const double ms = exchange.timing.totalMs >= 0 ? exchange.timing.totalMs : exchange.timing.firstByteMs;
    if (ms <= usualPartnerTimeoutMs)
        return;
    verdict.evidence.append(
        {Evidence::Kind::Transport, QStringLiteral("slow-answer"),
         VerdictText::tr("Slow answer: %1 s, longer than the %2 s after which many trackers and networks give up on "
                         "a callback: the sender may count it as failed, whatever the answer says.")
             .arg(QLocale().toString(ms / 1000.0, 'f', 1))
             .arg(usualPartnerTimeoutMs / 1000),
         -1, 0});
    if (verdict.layer == Verdict::Layer::Ok || verdict.layer == Verdict::Layer::Unknown)
        verdict.nextStep += QLatin1Char(' ')
            + VerdictText::tr("Check in the sender's log that it did not time out, and ask the partner why the "
                              "answer took so long.");
}

// An unknown click ID is often a click ID sent under another name than the partner reads: say which
// name this callback used.
void nameClickIdParam(Verdict& verdict, const Callback& callback, const ParamTable& table)
{
    if (verdict.bucket != Verdict::Bucket::Identifier)
        return;
    for (const CallbackParam& param : callback.params) {
        if (table.roleOf(param.key) == ParamRole::ClickId) {
            verdict.nextStep = VerdictText::tr("This callback sends the click ID as %1.").arg(param.key)
                + QLatin1Char(' ') + verdict.nextStep;
            return;
        }
    }
}

} // namespace

Verdict judgeAnswer(const ReceivedResponse& response, const QList<Finding>& requestFindings, const AnswerRules& rules,
                    AnswerReading* reading)
{
    Verdict verdict;
    judgeStatusAndBody(verdict, response, rules, reading);
    applyRequestErrors(verdict, requestFindings);
    fillWords(verdict, response.status);
    quoteStatedReason(verdict, response);
    return verdict;
}

Verdict judgeExchange(const Exchange& exchange, const AnswerRules& rules, const ParamTable& table)
{
    if (exchange.error) {
        Verdict verdict;
        judgeTransport(verdict, *exchange.error);
        fillWords(verdict, 0);
        return verdict;
    }
    if (!exchange.response) {
        Verdict verdict;
        judgeTransport(verdict, TransportError{});
        fillWords(verdict, 0);
        return verdict;
    }
    const Callback callback = callbackOf(exchange.request);
    Verdict verdict = judgeAnswer(*exchange.response, checkCallback(callback, table), rules);
    nameClickIdParam(verdict, callback, table);
    flagSlowAnswer(verdict, exchange);
    return verdict;
}

Verdict judgeExchange(const Exchange& exchange)
{
    return judgeExchange(exchange, AnswerRules::active(), ParamTable::builtIn());
}

QString layerKey(Verdict::Layer layer)
{
    return QLatin1String(layerKeys[int(layer)]);
}

QString bucketKey(Verdict::Bucket bucket)
{
    return QLatin1String(bucketKeys[int(bucket)]);
}

QString confidenceKey(Verdict::Confidence confidence)
{
    return QLatin1String(confidenceKeys[int(confidence)]);
}

std::optional<Verdict::Layer> layerFromKey(const QString& key)
{
    return enumFromKey<Verdict::Layer>(layerKeys, key);
}

std::optional<Verdict::Bucket> bucketFromKey(const QString& key)
{
    return enumFromKey<Verdict::Bucket>(bucketKeys, key);
}

std::optional<Verdict::Confidence> confidenceFromKey(const QString& key)
{
    return enumFromKey<Verdict::Confidence>(confidenceKeys, key);
}

QString layerName(Verdict::Layer layer)
{
    switch (layer) {
    case Verdict::Layer::Transport:
        return VerdictText::tr("No answer");
    case Verdict::Layer::Http:
        return VerdictText::tr("HTTP error");
    case Verdict::Layer::Template:
        return VerdictText::tr("Wrong callback");
    case Verdict::Layer::Business:
        return VerdictText::tr("Refused by the partner");
    case Verdict::Layer::Ok:
        return VerdictText::tr("Accepted");
    case Verdict::Layer::Unknown:
        return VerdictText::tr("Not confirmed");
    }
    return {};
}

QString bucketName(Verdict::Bucket bucket)
{
    switch (bucket) {
    case Verdict::Bucket::None:
        return VerdictText::tr("no reason given");
    case Verdict::Bucket::Duplicate:
        return VerdictText::tr("duplicate");
    case Verdict::Bucket::Identifier:
        return VerdictText::tr("click ID");
    case Verdict::Bucket::BusinessRule:
        return VerdictText::tr("business rule");
    case Verdict::Bucket::Auth:
        return VerdictText::tr("key, token or IP");
    case Verdict::Bucket::TestMode:
        return VerdictText::tr("test mode");
    case Verdict::Bucket::Accepted:
        return VerdictText::tr("accepted");
    case Verdict::Bucket::RateLimit:
        return VerdictText::tr("rate limit");
    case Verdict::Bucket::ServerError:
        return VerdictText::tr("server error");
    case Verdict::Bucket::Redirect:
        return VerdictText::tr("redirect");
    }
    return {};
}

QString confidenceName(Verdict::Confidence confidence)
{
    switch (confidence) {
    case Verdict::Confidence::Low:
        return VerdictText::tr("low confidence");
    case Verdict::Confidence::Medium:
        return VerdictText::tr("medium confidence");
    case Verdict::Confidence::High:
        return VerdictText::tr("high confidence");
    }
    return {};
}

} // namespace pbw
