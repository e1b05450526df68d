// The precedence of a verdict on an answer: docs/answer-rules.md, "How a verdict is reached".
#include "analysis/answerjudge.h"

#include "analysis/answerrules.h"
#include "analysis/answerview.h"

#include <utility>

namespace pbw {

namespace {

constexpr int shortAnswerWords = 8; // "Conversion accepted", "ERROR: Tag is invalid!"
constexpr int shortPageWords = 40; // an HTML answer read for its reasons only when it is this short
constexpr int maxWords = 512; // what means something in an answer is said near its start

using Step = AnswerReading::Step;

bool isReason(const ConceptHit& hit)
{
    return hit.meaning->kind == AnswerConcept::Kind::Reason;
}

bool isKind(const ConceptHit& hit, AnswerConcept::Kind kind)
{
    return hit.meaning->kind == kind && !hit.negated;
}

// A failure marker, or a success or queued word that a "not" turned round.
bool isFailure(const ConceptHit& hit)
{
    return isKind(hit, AnswerConcept::Kind::Failure)
        || (hit.negated
            && (hit.meaning->kind == AnswerConcept::Kind::Success || hit.meaning->kind == AnswerConcept::Kind::Queued));
}

// The reason an answer names: a concept of the vocabulary's own words before a generic one, then
// the match with the most of the pattern's words less the words skipped between them ("invalid
// revenue" over "event … failed (invalid", "goal too recent" over "too recent"), then the
// vocabulary's order.
template <typename Pred> const ConceptHit* bestHit(const QList<ConceptHit>& hits, Pred pred)
{
    const ConceptHit* best = nullptr;
    const auto key = [](const ConceptHit& hit) {
        return std::make_pair(hit.meaning->weak, hit.gaps - hit.matched);
    };
    for (const ConceptHit& hit : hits) {
        if (pred(hit) && (!best || key(hit) < key(*best)))
            best = &hit; // hits come in the vocabulary's order: an equal key keeps the earlier
    }
    return best;
}

template <typename Pred> const ConceptHit* firstHit(const QList<ConceptHit>& hits, Pred pred)
{
    for (const ConceptHit& hit : hits) {
        if (pred(hit))
            return &hit;
    }
    return nullptr;
}

class Judge
{
public:
    Judge(Verdict& verdict, const AnswerView& view, const AnswerRules& rules, const AnswerVocabulary& vocabulary,
          AnswerReading& reading, bool explain)
        : m_verdict(verdict)
        , m_view(view)
        , m_rules(rules)
        , m_vocabulary(vocabulary)
        , m_reading(reading)
        , m_success(view.status >= 200 && view.status < 300)
        , m_explain(explain)
    {
    }

    void run()
    {
        if (m_explain)
            read(); // everything is read for an explanation; a verdict reads only what it needs
        if (userRule() || httpStatus() || platformRule())
            return;
        if (!m_explain)
            read();
        if (m_success) {
            if (structured() || vocabulary() || createdStatus() || shape())
                return;
            nothing();
            return;
        }
        if (refusalOfStatus())
            return;
        statusDefault();
    }

private:
    bool userRule()
    {
        QList<Evidence> matched;
        const AnswerRule* rule = m_rules.match(m_view, &matched, !m_success, AnswerRule::Stage::User);
        return rule && fromRule(*rule, matched, Step::UserRule);
    }

    bool platformRule()
    {
        QList<Evidence> matched;
        const AnswerRule* rule = m_rules.match(m_view, &matched, !m_success, AnswerRule::Stage::Platform);
        return rule && fromRule(*rule, matched, Step::PlatformRule);
    }

    bool shape()
    {
        QList<Evidence> matched;
        const AnswerRule* rule = m_rules.match(m_view, &matched, false, AnswerRule::Stage::Shape);
        return rule && fromRule(*rule, matched, Step::Shape);
    }

    bool fromRule(const AnswerRule& rule, const QList<Evidence>& matched, Step step)
    {
        m_reading.step = step;
        m_reading.rule = &rule;
        m_verdict.rule = rule.id;
        m_verdict.platform = rule.platform;
        m_verdict.bucket = rule.bucket;
        m_verdict.confidence = rule.confidence;
        m_verdict.message = rule.message;
        m_verdict.summary = rule.summary;
        m_verdict.nextStep = rule.nextStep;
        m_verdict.evidence += matched;
        if (!m_success)
            m_verdict.layer = Verdict::Layer::Http;
        else if (rule.layer)
            m_verdict.layer = *rule.layer;
        else
            m_verdict.layer = rule.bucket == Verdict::Bucket::Accepted ? Verdict::Layer::Ok : Verdict::Layer::Business;
        return true;
    }

    // Redirects, rate limits and server failures are what the status says, whatever the body
    // holds: a 500's "Internal Server Error" is not the partner refusing the conversion.
    bool httpStatus()
    {
        const int status = m_view.status;
        if (status >= 300 && status < 400)
            set(Verdict::Bucket::Redirect, QStringLiteral("redirect"), Verdict::Confidence::High,
                QStringLiteral("http-redirect"));
        else if (status == 429)
            set(Verdict::Bucket::RateLimit, QStringLiteral("rate-limit"), Verdict::Confidence::High,
                QStringLiteral("http-rate-limit"));
        else if (status >= 500)
            set(Verdict::Bucket::ServerError, QStringLiteral("server-error"), Verdict::Confidence::High,
                QStringLiteral("http-server-error"));
        else
            return false;
        m_reading.step = Step::HttpStatus;
        return true;
    }

    void read()
    {
        m_reading.outcome = readOutcome(m_view, m_vocabulary);
        if (m_explain)
            wholeHits();
        // The reason members are read as one list of words, a segment each, and their hits given back
        // to the member they are in (first counted from the member's own start).
        QList<AnswerWord> all;
        QList<int> starts;
        for (int i = 0; i < m_reading.outcome.reasons.size(); ++i) {
            const AnswerMember& reason = m_reading.outcome.reasons.at(i);
            QList<AnswerWord> words = splitAnswerWords(reason.value, 256);
            if (!reason.field.isEmpty()) {
                // The field's words come first, at offset -1: they are not in the member's text.
                QList<AnswerWord> field = splitAnswerWords(reason.field, 16);
                for (AnswerWord& word : field)
                    word.offset = -1 - word.length;
                words = field + words;
            }
            if (!words.isEmpty())
                words.first().breakBefore = true;
            starts.append(int(all.size()));
            all += words;
            m_reading.memberWords.append(words);
        }
        if (all.isEmpty())
            return;
        for (ConceptHit hit : m_vocabulary.find(all, starts)) {
            const int member = int(std::upper_bound(starts.begin(), starts.end(), hit.first) - starts.begin()) - 1;
            hit.first -= starts.at(member);
            m_reading.memberHits.append(hit);
            m_reading.memberOf.append(member);
        }
    }

    // The concepts in the whole answer's words, read the first time a step needs them: a structured
    // answer whose members name the reason never needs them.
    const QList<ConceptHit>& wholeHits()
    {
        if (!m_wholeRead) {
            m_wholeRead = true;
            m_reading.words = answerWords(m_view, maxWords);
            m_reading.hits = m_vocabulary.find(m_reading.words);
        }
        return m_reading.hits;
    }

    // A structured answer's outcome member first: "status": "error" with "message": "Duplicate".
    bool structured()
    {
        const AnswerOutcome& outcome = m_reading.outcome;
        if (outcome.polarity == AnswerOutcome::Polarity::Failure) {
            addMember(*outcome.deciding);
            if (const ConceptHit* hit = bestHit(m_reading.memberHits, isReason))
                return fromMemberHit(*hit,
                                     hit->meaning->weak ? Verdict::Confidence::Medium : Verdict::Confidence::High);
            if (const ConceptHit* hit = bestHit(wholeHits(), isReason))
                return fromHit(*hit, hit->meaning->weak ? Verdict::Confidence::Low : Verdict::Confidence::Medium,
                               Step::Structured);
            if (const ConceptHit* hit = test())
                return fromHit(*hit, Verdict::Confidence::Low, Step::Structured);
            set(Verdict::Bucket::None, QStringLiteral("rejected"), Verdict::Confidence::Medium,
                QStringLiteral("rejected"));
            m_reading.step = Step::Structured;
            return true;
        }
        const auto queued = [](const ConceptHit& hit) {
            return isKind(hit, AnswerConcept::Kind::Queued);
        };
        if (outcome.polarity == AnswerOutcome::Polarity::None) {
            // {"Status": "QUEUED"}: the outcome member says it in a word of its own.
            const ConceptHit* hit = firstHit(m_reading.memberHits, queued);
            return hit && fromMemberHit(*hit, Verdict::Confidence::High);
        }
        // Success said by the answer's own member, unless its message names a refusal.
        const auto namedRefusal = [](const ConceptHit& hit) {
            return isReason(hit) && !hit.meaning->weak && hit.meaning->bucket != Verdict::Bucket::None;
        };
        if (const ConceptHit* hit = bestHit(m_reading.memberHits, namedRefusal)) {
            addMember(*outcome.deciding);
            return fromMemberHit(*hit, Verdict::Confidence::Medium);
        }
        if (outcome.test) {
            addMember(*outcome.test);
            set(Verdict::Bucket::TestMode, QStringLiteral("test-mode"), Verdict::Confidence::Low,
                QStringLiteral("test-mode-hint"));
            m_reading.step = Step::Structured;
            return true;
        }
        if (const ConceptHit* hit = test())
            return fromHit(*hit, Verdict::Confidence::Low, Step::Structured);
        addMember(*outcome.deciding);
        if (const ConceptHit* hit = firstHit(m_reading.memberHits, queued))
            return fromMemberHit(*hit, Verdict::Confidence::High);
        const bool saidSuccess = firstHit(
            m_reading.memberHits, [](const ConceptHit& hit) { return isKind(hit, AnswerConcept::Kind::Success); });
        const bool sure = !outcome.successFromCodeOnly || saidSuccess;
        set(Verdict::Bucket::Accepted, QStringLiteral("accepted"),
            sure ? Verdict::Confidence::High : Verdict::Confidence::Medium,
            QStringLiteral("accepted-") + shapeKey(m_view.shape));
        m_reading.step = Step::Structured;
        return true;
    }

    const ConceptHit* test()
    {
        const auto isTest = [](const ConceptHit& hit) {
            return isKind(hit, AnswerConcept::Kind::Test);
        };
        if (const ConceptHit* hit = firstHit(m_reading.memberHits, isTest))
            return hit;
        return firstHit(wholeHits(), isTest);
    }

    // The answer's words, where no member said the outcome.
    bool vocabulary()
    {
        const QList<ConceptHit>& hits = wholeHits();
        const qsizetype count = m_reading.words.size();
        if (m_view.shape == AnswerView::Shape::Html) {
            // A web page is read for a refusal only when it is as short as an answer; a server's own
            // error page ("Internal Server Error" served with 200) is the shape rules' to name.
            const auto pageReason = [](const ConceptHit& hit) {
                return isReason(hit) && hit.meaning->bucket != Verdict::Bucket::ServerError
                    && hit.meaning->bucket != Verdict::Bucket::RateLimit;
            };
            const ConceptHit* hit = count <= shortPageWords ? bestHit(hits, pageReason) : nullptr;
            return hit && !hit->meaning->weak && fromHit(*hit, Verdict::Confidence::Low, Step::Vocabulary);
        }
        const auto plain = [&](const ConceptHit& hit) {
            return hit.whole || hit.first == 0 || count <= shortAnswerWords ? Verdict::Confidence::Medium
                                                                            : Verdict::Confidence::Low;
        };
        if (const ConceptHit* hit = firstHit(hits, isReason))
            return fromHit(*hit, hit->meaning->weak ? Verdict::Confidence::Low : Verdict::Confidence::Medium,
                           Step::Vocabulary);
        if (const ConceptHit* hit = test())
            return fromHit(*hit, Verdict::Confidence::Low, Step::Vocabulary);
        if (const ConceptHit* hit = firstHit(hits, isFailure)) {
            addHit(*hit);
            set(Verdict::Bucket::None, QStringLiteral("rejected"), plain(*hit), QStringLiteral("rejected"));
            m_reading.decidingHit = *hit;
            m_reading.step = Step::Vocabulary;
            return true;
        }
        const auto queued = [](const ConceptHit& hit) {
            return isKind(hit, AnswerConcept::Kind::Queued);
        };
        if (const ConceptHit* hit = firstHit(hits, queued))
            return fromHit(*hit, Verdict::Confidence::Medium, Step::Vocabulary);
        const auto success = [](const ConceptHit& hit) {
            return isKind(hit, AnswerConcept::Kind::Success);
        };
        if (const ConceptHit* hit = firstHit(hits, success)) {
            if (m_view.shape == AnswerView::Shape::Binary)
                return false;
            return fromHit(*hit, plain(*hit), Step::Vocabulary);
        }
        return false;
    }

    // 201 Created and 202 Accepted say it in the status, when the body says nothing more.
    bool createdStatus()
    {
        if (m_view.status == 201)
            set(Verdict::Bucket::Accepted, QStringLiteral("accepted"), Verdict::Confidence::Medium,
                QStringLiteral("http-created"));
        else if (m_view.status == 202)
            set(Verdict::Bucket::Accepted, QStringLiteral("queued"), Verdict::Confidence::Medium,
                QStringLiteral("http-accepted"));
        else
            return false;
        if (m_view.status == 202)
            m_verdict.layer = Verdict::Layer::Unknown;
        m_reading.step = Step::StatusDefault;
        return true;
    }

    // A 4xx read with its body: the reason it names, when it names one.
    bool refusalOfStatus()
    {
        const int status = m_view.status;
        // A server's own error page, or a body that only repeats the status ("Not Found" on a 404),
        // names no reason of the partner's.
        const bool gone = status == 404 || status == 410;
        const ConceptHit* hit
            = bestHit(m_reading.memberHits, [&](const ConceptHit& h) { return isReason(h) && !(gone && h.whole); });
        const bool inMember = hit != nullptr;
        if (!hit && m_view.shape != AnswerView::Shape::Html)
            hit = bestHit(wholeHits(), [&](const ConceptHit& h) { return isReason(h) && !(gone && h.whole); });
        if (!hit || hit->meaning->weak || hit->meaning->bucket == Verdict::Bucket::None) {
            if ((status == 401 || status == 403) || !hit)
                return false;
        }
        if (m_reading.outcome.deciding)
            addMember(*m_reading.outcome.deciding);
        const Verdict::Confidence confidence = hit->meaning->weak ? Verdict::Confidence::Low
            : inMember                                            ? Verdict::Confidence::High
                                                                  : Verdict::Confidence::Medium;
        return inMember ? fromMemberHit(*hit, confidence) : fromHit(*hit, confidence, Step::Vocabulary);
    }

    void statusDefault()
    {
        const int status = m_view.status;
        m_reading.step = Step::StatusDefault;
        if (status == 401 || status == 403)
            set(Verdict::Bucket::Auth, QStringLiteral("auth"), Verdict::Confidence::Medium,
                QStringLiteral("http-auth"));
        else if (status == 404 || status == 410)
            set(Verdict::Bucket::None, QStringLiteral("not-found"), Verdict::Confidence::Medium,
                QStringLiteral("http-not-found"));
        else if (status == 409)
            set(Verdict::Bucket::Duplicate, QStringLiteral("duplicate"), Verdict::Confidence::Low,
                QStringLiteral("http-conflict"));
        else if (status == 400 || status == 422)
            set(Verdict::Bucket::None, QStringLiteral("bad-request"), Verdict::Confidence::Low,
                QStringLiteral("http-bad-request"));
        else
            set(Verdict::Bucket::None, QStringLiteral("http-error"), Verdict::Confidence::Medium, {});
        if (m_reading.outcome.deciding)
            addMember(*m_reading.outcome.deciding);
        else if (m_reading.outcome.first)
            addMember(*m_reading.outcome.first);
    }

    void nothing()
    {
        m_reading.step = Step::Nothing;
        m_verdict.layer = Verdict::Layer::Unknown;
        m_verdict.confidence = Verdict::Confidence::Low;
        m_verdict.message = m_view.shape == AnswerView::Shape::Empty ? QStringLiteral("unknown-empty")
            : m_view.shape == AnswerView::Shape::Binary              ? QStringLiteral("unknown-binary")
                                                                     : QStringLiteral("unknown-body");
        if (m_view.shape == AnswerView::Shape::Empty)
            m_verdict.evidence.append({Evidence::Kind::Shape, QStringLiteral("body"), QStringLiteral("empty"), -1, 0});
        else if (m_reading.outcome.first)
            addMember(*m_reading.outcome.first); // what the answer said of itself, though no rule knew it
    }

    bool fromMemberHit(const ConceptHit& hit, Verdict::Confidence confidence)
    {
        const int member = m_reading.memberOf.at(int(&hit - m_reading.memberHits.constData()));
        m_reading.hitInMember = true;
        m_reading.memberIndex = member;
        // The words themselves, pointed at in the body where they can be found there as written.
        const AnswerMember& reason = m_reading.outcome.reasons.at(member);
        const QList<AnswerWord>& words = m_reading.memberWords.at(member);
        const int from = words.at(hit.first).offset; // negative: the hit starts in the field's name
        const int to = words.at(hit.first + hit.count - 1).offset + words.at(hit.first + hit.count - 1).length;
        const QString said = reason.value.mid(from, to - from);
        const qsizetype at = reason.offset >= 0 && from >= 0 ? m_view.text.indexOf(said, reason.offset) : -1;
        if (at >= 0 && at < reason.offset + reason.length)
            m_verdict.evidence.append({Evidence::Kind::Body, {}, said, int(at), int(said.size())});
        else
            addMember(reason);
        fromConcept(hit, confidence, Step::Structured);
        return true;
    }

    bool fromHit(const ConceptHit& hit, Verdict::Confidence confidence, Step step)
    {
        addHit(hit);
        fromConcept(hit, confidence, step);
        return true;
    }

    void fromConcept(const ConceptHit& hit, Verdict::Confidence confidence, Step step)
    {
        const AnswerConcept& meaning = *hit.meaning;
        const QString rule = meaning.kind == AnswerConcept::Kind::Success
            ? QStringLiteral("accepted-") + shapeKey(m_view.shape)
            : meaning.kind == AnswerConcept::Kind::Reason ? QStringLiteral("rejected-") + meaning.id
                                                          : meaning.id;
        set(meaning.bucket, meaning.message, confidence, rule);
        if (m_success && meaning.layer)
            m_verdict.layer = *meaning.layer;
        m_reading.decidingHit = hit;
        m_reading.step = step;
    }

    void set(Verdict::Bucket bucket, const QString& message, Verdict::Confidence confidence, const QString& rule)
    {
        m_verdict.bucket = bucket;
        m_verdict.message = message;
        m_verdict.confidence = confidence;
        m_verdict.rule = rule;
        if (!m_success)
            m_verdict.layer = Verdict::Layer::Http;
        else
            m_verdict.layer = bucket == Verdict::Bucket::Accepted ? Verdict::Layer::Ok : Verdict::Layer::Business;
    }

    void addHit(const ConceptHit& hit)
    {
        const AnswerWord& first = m_reading.words.at(hit.first);
        const AnswerWord& last = m_reading.words.at(hit.first + hit.count - 1);
        const int length = last.offset + last.length - first.offset;
        m_verdict.evidence.append(
            {Evidence::Kind::Body, {}, m_view.text.mid(first.offset, length), first.offset, length});
    }

    void addMember(const AnswerMember& member)
    {
        for (const Evidence& evidence : std::as_const(m_verdict.evidence)) {
            if (evidence.where == member.path && evidence.text == member.value)
                return;
        }
        const Evidence::Kind kind = m_view.shape == AnswerView::Shape::Json ? Evidence::Kind::Json
            : m_view.shape == AnswerView::Shape::Xml                        ? Evidence::Kind::Xml
                                                                            : Evidence::Kind::Body;
        m_verdict.evidence.append({kind, member.path, member.value, member.offset, member.length});
    }

    Verdict& m_verdict;
    const AnswerView& m_view;
    const AnswerRules& m_rules;
    const AnswerVocabulary& m_vocabulary;
    AnswerReading& m_reading;
    const bool m_success;
    const bool m_explain;
    bool m_wholeRead = false;
};

} // namespace

QString stepKey(AnswerReading::Step step)
{
    constexpr const char* keys[] = {"user-rule",  "http-status",    "platform-rule", "structured",
                                    "vocabulary", "status-default", "shape",         "nothing"};
    return QLatin1String(keys[int(step)]);
}

void judgeAnswerView(Verdict& verdict, const AnswerView& view, const AnswerRules& rules,
                     const AnswerVocabulary& vocabulary, AnswerReading* reading)
{
    AnswerReading local;
    Judge(verdict, view, rules, vocabulary, reading ? *reading : local, reading != nullptr).run();
}

} // namespace pbw
