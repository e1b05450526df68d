#include "missingcheck.h"

#include "analysis/answerrules.h"
#include "analysis/checker.h"
#include "analysis/paramtable.h"
#include "analysis/rebuild.h"
#include "analysis/templatematch.h"
#include "loggedanswer.h"

#include <QCoreApplication>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <numeric>

namespace pbw::batch {

size_t qHash(const CauseKey& key, size_t seed)
{
    return qHashMulti(seed, int(key.layer), int(key.bucket), key.findingId, key.detail);
}

namespace {

class BatchCheck
{
    Q_DECLARE_TR_FUNCTIONS(BatchCheck)
};

// Errors a filled macro resolves: what was left literal, blank or missing.
bool fillable(const Finding& finding)
{
    static const QStringList ids{QStringLiteral("macro-literal"),     QStringLiteral("literal-param"),
                                 QStringLiteral("placeholder-value"), QStringLiteral("empty-value"),
                                 QStringLiteral("missing-value"),     QStringLiteral("missing-param")};
    return ids.contains(finding.id);
}

struct RowResult
{
    CauseKey key;
    Verdict verdict;
    std::optional<Finding> firstError;
    QString why;
    std::optional<RefireCandidate> candidate;
    QString notRefired; // why not, when there is no candidate
    std::optional<Amount> payout; // the row's, else the one its callback carried
    QString currency;
    bool hasCallback = false;
    bool hasAnswer = false;
};

// A postback log often has no payout column: the payout is in the callback it logged.
std::optional<ParsedMoney> callbackPayout(const Callback& callback, const ParamTable& params)
{
    for (const CallbackParam& param : callback.params) {
        if (params.roleOf(param.key) == ParamRole::Payout)
            return parseMoney(param.value.toUtf8(), ',');
    }
    return std::nullopt;
}

QString whyText(const Verdict& verdict, const std::optional<Finding>& firstError)
{
    if (!firstError)
        return verdict.summary;
    if (verdict.layer == Verdict::Layer::Template)
        return firstError->message;
    return verdict.summary + u' ' + BatchCheck::tr("The callback itself is wrong too: %1").arg(firstError->message);
}

// What every chunk shares: read once.
struct Shared
{
    explicit Shared(const ConversionTable& table)
        : tracker(table)
    {
    }

    const ConversionTable& tracker;
    const AnswerRules& rules = AnswerRules::active();
    const ParamTable& params = ParamTable::builtIn();
    std::optional<Callback> templ;
    std::optional<MacroFiller> templateFiller;
};

// One chunk's work, with its own cache of verdicts (answers repeat: "IP not whitelisted" ten thousand
// times is judged once).
class RowChecker
{
public:
    explicit RowChecker(const Shared& shared)
        : m_shared(shared)
    {
    }

    RowResult check(qsizetype row, bool refire);

private:
    Verdict judged(int status, QByteArrayView body, const QList<Finding>& errors);
    void buildCandidate(RowResult& result, qsizetype row, const std::optional<Callback>& callback,
                        const QList<Finding>& findings);

    const Shared& m_shared;
    QHash<QByteArray, Verdict> m_verdicts;
};

Verdict RowChecker::judged(int status, QByteArrayView body, const QList<Finding>& errors)
{
    QByteArray key = QByteArray::number(status);
    for (const Finding& error : errors)
        key += ' ' + error.id.toLatin1();
    key += '\n';
    key += body;
    if (const auto known = m_verdicts.constFind(key); known != m_verdicts.cend())
        return *known;
    Verdict verdict;
    if (status == 0) {
        Exchange exchange;
        exchange.error = loggedTransportFailure(body);
        verdict = judgeExchange(exchange, m_shared.rules, m_shared.params);
    } else {
        verdict = judgeAnswer(loggedResponse(status, body), errors, m_shared.rules);
    }
    m_verdicts.insert(key, verdict);
    return verdict;
}

RowResult RowChecker::check(qsizetype row, bool refire)
{
    const ConversionTable& tracker = m_shared.tracker;
    RowResult result;
    const QByteArrayView url = tracker.postbackUrlUtf8(row);
    std::optional<Callback> callback;
    QList<Finding> findings;
    if (!url.isEmpty()) {
        result.hasCallback = true;
        callback = readCallbackUrl(QString::fromUtf8(url));
        findings = checkCallback(*callback, m_shared.params);
        if (m_shared.templ)
            findings += matchTemplate(*m_shared.templ, *callback, m_shared.params).findings;
        if (std::optional<Finding> cut = truncatedClickId(*callback, tracker.clickId(row)))
            findings.append(*cut);
    }
    QList<Finding> errors;
    for (const Finding& finding : std::as_const(findings)) {
        if (finding.severity == Finding::Severity::Error)
            errors.append(finding);
    }
    if (!errors.isEmpty()) {
        result.firstError = errors.constFirst();
        result.key.findingId = errors.constFirst().id;
    }

    result.payout = tracker.payout(row);
    result.currency = tracker.currency(row);
    if (!result.payout && callback) {
        if (const std::optional<ParsedMoney> money = callbackPayout(*callback, m_shared.params)) {
            result.payout = money->amount;
            if (result.currency.isEmpty())
                result.currency = money->currency;
        }
    }

    const int status = tracker.answerStatus(row);
    const QByteArrayView body = tracker.answerBodyUtf8(row);
    const std::optional<TransportError> failure = status == 0 ? loggedTransportFailure(body) : std::nullopt;
    result.hasAnswer = status > 0 || !body.trimmed().isEmpty();
    if (!result.hasCallback && !result.hasAnswer) {
        result.key.detail = QStringLiteral("no-callback");
        result.verdict.summary
            = BatchCheck::tr("The log has no callback for this conversion: it may never have been sent.");
        result.why = result.verdict.summary;
    } else if (failure) {
        result.verdict = judged(0, body, {});
        result.key.detail = TransportError::kindKey(failure->layer);
        result.why = whyText(result.verdict, result.firstError);
    } else if (!result.hasAnswer) {
        result.key.detail = QStringLiteral("no-answer");
        if (result.firstError) {
            result.verdict.layer = Verdict::Layer::Template;
            result.verdict.confidence = Verdict::Confidence::High;
            result.verdict.message = QStringLiteral("template-error");
            result.verdict.summary = result.firstError->message;
            result.verdict.nextStep = result.firstError->fix;
            result.why = result.firstError->message + u' ' + BatchCheck::tr("No answer logged.");
        } else {
            result.verdict.summary = BatchCheck::tr(
                "No answer logged: the log does not say what the partner answered, or whether it answered at all.");
            result.why = result.verdict.summary;
        }
    } else {
        // An answer body logged without its status was an answer all the same: read as a 200.
        result.verdict = judged(status > 0 ? status : 200, body, errors);
        result.why = whyText(result.verdict, result.firstError);
    }
    // A wrong callback's next step is its first error's fix, which says what to change.
    if (result.verdict.layer == Verdict::Layer::Template && result.firstError && !result.firstError->fix.isEmpty())
        result.verdict.nextStep = result.firstError->fix;
    result.key.layer = result.verdict.layer;
    result.key.bucket = result.verdict.bucket;
    if (refire)
        buildCandidate(result, row, callback, findings);
    return result;
}

void RowChecker::buildCandidate(RowResult& result, qsizetype row, const std::optional<Callback>& callback,
                                const QList<Finding>& findings)
{
    const ConversionTable& tracker = m_shared.tracker;
    if (result.verdict.layer == Verdict::Layer::Ok) {
        result.notRefired = BatchCheck::tr("The partner accepted this callback: a re-send would likely be a "
                                           "duplicate. Ask the partner to look the click ID up.");
        return;
    }
    if (result.verdict.bucket == Verdict::Bucket::Duplicate) {
        result.notRefired = BatchCheck::tr("The partner answered that it already has this conversion: a re-send "
                                           "would be refused as a duplicate.");
        return;
    }
    QString url;
    QStringList unfilled;
    RowValues values = RowValues::of(tracker, row);
    if (values.payout.isEmpty() && result.payout)
        values.payout = amountText(*result.payout);
    if (values.currency.isEmpty())
        values.currency = result.currency;
    if (m_shared.templateFiller) {
        url = m_shared.templateFiller->filled(values, &unfilled);
    } else if (callback) {
        const RebuiltCallback rebuilt = rebuildCallback(*callback, findings);
        for (const Finding& finding : rebuilt.unresolved) {
            if (!fillable(finding)) {
                result.notRefired
                    = BatchCheck::tr("The callback cannot be corrected from the log: %1").arg(finding.message);
                return;
            }
        }
        url = rebuilt.unresolved.isEmpty() ? rebuilt.url : MacroFiller(rebuilt.url, true).filled(values, &unfilled);
    } else {
        result.notRefired = BatchCheck::tr(
            "The log has no callback URL for this conversion: give the partner's template (--template) to build one.");
        return;
    }
    if (!unfilled.isEmpty()) {
        result.notRefired = BatchCheck::tr("Macros that could not be filled from the row: %1.")
                                .arg(unfilled.join(QStringLiteral(", ")));
        return;
    }
    RefireCandidate candidate;
    candidate.key = refireKey(tracker, row);
    candidate.line = tracker.line(row);
    candidate.url = url;
    if (callback && !m_shared.templateFiller)
        candidate.method = callback->method;
    candidate.payout = result.payout;
    candidate.currency = result.currency;
    candidate.why = result.why;
    result.candidate = std::move(candidate);
}

struct Chunk
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QList<RowResult> results;
};

} // namespace

MissingCheck checkMissing(const ConversionTable& tracker, const Reconciliation& reconciliation,
                          const CheckOptions& options)
{
    MissingCheck check;
    Shared shared(tracker);
    if (!options.templateUrl.trimmed().isEmpty()) {
        Callback templ = readCallback(options.templateUrl.trimmed());
        if (!looksLikeUrl(templ)) {
            check.templateError = BatchCheck::tr("The template is not a URL: %1").arg(quotedValue(options.templateUrl));
            return check;
        }
        shared.templ = std::move(templ);
        shared.templateFiller.emplace(options.templateUrl.trimmed());
    }

    std::vector<qsizetype> rows;
    std::vector<bool> refire;
    for (qsizetype i = 0; i < reconciliation.trackerRows(); ++i) {
        const MatchGroup group = reconciliation.group(i);
        const bool missing = group == MatchGroup::MissingAtPartner;
        if (missing
            || (options.includeDifferent
                && (group == MatchGroup::PayoutDifferent || group == MatchGroup::StatusDifferent))) {
            rows.push_back(i);
            refire.push_back(missing);
        }
    }

    constexpr qsizetype chunkRows = 2048;
    QList<Chunk> chunks;
    for (qsizetype begin = 0; begin < qsizetype(rows.size()); begin += chunkRows)
        chunks.append({begin, std::min(begin + chunkRows, qsizetype(rows.size())), {}});
    const auto work = [&](Chunk& chunk) {
        RowChecker checker(shared);
        chunk.results.reserve(chunk.end - chunk.begin);
        for (qsizetype k = chunk.begin; k < chunk.end; ++k)
            chunk.results.append(checker.check(rows[size_t(k)], refire[size_t(k)]));
    };
    if (chunks.size() > 1)
        QtConcurrent::blockingMap(chunks, work);
    else if (!chunks.isEmpty())
        work(chunks.first());

    QHash<CauseKey, qsizetype> causeIndex;
    check.causeOfRow.fill(-1, tracker.size());
    for (Chunk& chunk : chunks) {
        for (qsizetype k = chunk.begin; k < chunk.end; ++k) {
            RowResult& result = chunk.results[k - chunk.begin];
            const qsizetype row = rows[size_t(k)];
            ++check.checked;
            check.withCallback += result.hasCallback;
            check.withAnswer += result.hasAnswer;
            auto found = causeIndex.constFind(result.key);
            if (found == causeIndex.cend()) {
                found = causeIndex.insert(result.key, check.causes.size());
                Cause cause;
                cause.key = result.key;
                cause.verdict = result.verdict;
                cause.firstError = result.firstError;
                cause.why = result.why;
                check.causes.append(std::move(cause));
            }
            check.causeOfRow[row] = qint32(*found);
            Cause& cause = check.causes[*found];
            ++cause.rows;
            if (result.payout)
                cause.money[result.currency] += *result.payout;
            if (cause.examples.size() < examplesPerCause)
                cause.examples.append(row);
            if (result.candidate)
                check.refire.append(std::move(*result.candidate));
            else if (refire[size_t(k)])
                check.notRefired.append({refireKey(tracker, row), tracker.line(row), result.notRefired});
        }
        chunk.results.clear();
    }
    // Most rows first; each row's cause follows its cause to its new place.
    std::vector<qint32> order(size_t(check.causes.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qint32 a, qint32 b) { return check.causes.at(a).rows > check.causes.at(b).rows; });
    std::vector<qint32> placeOf(order.size());
    QList<Cause> sorted;
    sorted.reserve(check.causes.size());
    for (size_t i = 0; i < order.size(); ++i) {
        placeOf[size_t(order[i])] = qint32(i);
        sorted.append(std::move(check.causes[order[i]]));
    }
    check.causes = std::move(sorted);
    for (qint32& cause : check.causeOfRow) {
        if (cause >= 0)
            cause = placeOf[size_t(cause)];
    }
    return check;
}

const RefireCandidate* MissingCheck::refireAtLine(qint64 line) const
{
    // In file order: the lines only grow.
    const auto found = std::lower_bound(refire.cbegin(), refire.cend(), line,
                                        [](const RefireCandidate& candidate, qint64 l) { return candidate.line < l; });
    return found != refire.cend() && found->line == line ? &*found : nullptr;
}

} // namespace pbw::batch
