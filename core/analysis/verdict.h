#pragma once

#include "analysis/finding.h"

#include <QList>
#include <QString>
#include <optional>

namespace pbw {

struct Exchange;
struct ReceivedResponse;
class AnswerRules;
class ParamTable;
struct AnswerReading;

// What in the answer (or the request) led to a verdict.
struct Evidence
{
    enum class Kind { Status, HttpHeader, Body, Json, Xml, Title, Shape, Request, Transport };

    Kind kind = Kind::Body;
    QString where; // a header's name, a JSON field's path, an element's name, a finding's id
    QString text; // what was found there, as the partner wrote it
    int offset = -1; // in the answer's text, for highlighting; -1 when it is not in the body
    int length = 0;

    friend bool operator==(const Evidence&, const Evidence&) = default;
};

// What the partner most likely did with a callback, and why: "a 200 only proves the server answered".
struct Verdict
{
    enum class Layer { Transport, Http, Template, Business, Ok, Unknown };
    enum class Bucket {
        None,
        Duplicate,
        Identifier,
        BusinessRule,
        Auth,
        TestMode,
        Accepted,
        RateLimit,
        ServerError,
        Redirect
    };
    enum class Confidence { Low, Medium, High };

    Layer layer = Layer::Unknown;
    Bucket bucket = Bucket::None;
    Confidence confidence = Confidence::Low;
    QString rule; // the answer rule that matched; empty when none did
    QString platform; // whose documented answer it is, when the rule knows
    QString message; // the message key: "duplicate", "unknown-empty"...
    QString summary; // one sentence, translated
    QString nextStep; // translated
    QList<Evidence> evidence;
    bool judgedOnPart = false; // the body was cut at the capture limit: judged on what was captured

    // pbw replay's exit status: only an accepted answer passes, or one nobody can judge when allowed.
    bool passes(bool allowUnknown = false) const
    {
        return layer == Layer::Ok || (allowUnknown && layer == Layer::Unknown);
    }
};

// How long a sender usually waits for the partner's answer before it gives up on a callback and counts
// it as failed (the figure issue 23 names; Branch waits 2 s — help.branch.io, "What is the retry logic
// for webhooks?" —, Affonso 10 s — affonso.io/help/for-affiliates/postback-urls). A slower answer is
// flagged in the verdict.
inline constexpr int usualPartnerTimeoutMs = 5'000;

// Judges a whole exchange: a transport error first, then the HTTP status, then the request's own
// errors (which outrank a 200), then the body read by the answer rules.
Verdict judgeExchange(const Exchange& exchange);
Verdict judgeExchange(const Exchange& exchange, const AnswerRules& rules, const ParamTable& table);

// Judges an answer alone, given the errors found in the request that produced it; reading, when
// given, is filled with how the verdict was reached (pbw rules explain).
Verdict judgeAnswer(const ReceivedResponse& response, const QList<Finding>& requestFindings, const AnswerRules& rules,
                    AnswerReading* reading = nullptr);

QString layerKey(Verdict::Layer layer); // "transport", "http", "template", "business", "ok", "unknown"
QString bucketKey(Verdict::Bucket bucket); // "duplicate", "business-rule"...; "none"
QString confidenceKey(Verdict::Confidence confidence); // "low", "medium", "high"
std::optional<Verdict::Layer> layerFromKey(const QString& key);
std::optional<Verdict::Bucket> bucketFromKey(const QString& key);
std::optional<Verdict::Confidence> confidenceFromKey(const QString& key);

QString layerName(Verdict::Layer layer); // translated
QString bucketName(Verdict::Bucket bucket); // translated
QString confidenceName(Verdict::Confidence confidence); // translated

} // namespace pbw
