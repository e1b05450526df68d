#pragma once

#include "analysis/answerview.h"
#include "analysis/verdict.h"

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace pbw {

// Conditions on the visible text of an answer; every list present must match (any one entry of it).
struct TextCondition
{
    QList<QStringList> contains; // "contains", "and_contains": at the start of a word
    QStringList words; // whole words
    QStringList anywhere; // plain substrings
    QStringList equals; // the whole trimmed text
    QStringList exactly; // the whole trimmed text, letter case included ("Success", not "SUCCESS")
    QStringList startsWith;
    std::optional<QRegularExpression> regex;
};

// A condition on a JSON field (by path) or an XML element (by name).
struct ValueCondition
{
    QString path; // JSON: "status", "error.code", "errors.*.message"; XML: an element's name
    QStringList segments;
    QStringList keys; // the path's names folded, without "*" and indexes: the answer must have them all
    QList<QJsonValue> equals;
    std::optional<std::pair<double, double>> between; // a number (or a number written as text) in the range
    std::optional<bool> truthy;
    std::optional<bool> present;
    QStringList contains;
};

struct HeaderCondition
{
    QByteArray name; // lower-case
    QStringList contains; // folded; empty: the header only needs to be there
};

struct StatusRange
{
    int from = 0;
    int to = 0;
};

// Everything in one condition must hold; "any" needs one of its branches, "not" none of its.
struct AnswerCondition
{
    QList<StatusRange> status;
    QList<QByteArray> contentTypes;
    QList<AnswerView::Shape> shapes;
    QList<HeaderCondition> headers;
    QList<ValueCondition> json;
    QList<ValueCondition> xml;
    std::optional<TextCondition> title;
    std::optional<TextCondition> text;
    std::vector<AnswerCondition> all; // conditions brought in by "use"
    std::vector<AnswerCondition> any;
    std::vector<AnswerCondition> none; // "not"
};

struct AnswerRule
{
    // When a rule is tried: the user's own first, then platforms' documented answers (before the
    // vocabulary reads the answer), then the shapes no vocabulary reads (an HTML error page…).
    enum class Stage { User, Platform, Shape };

    QString id;
    QString platform;
    QString source; // "built-in" or the user's file
    QString documentedAt; // "source" in the file: where the answer is documented
    Stage stage = Stage::User;
    AnswerCondition when;
    Verdict::Bucket bucket = Verdict::Bucket::None;
    std::optional<Verdict::Layer> layer; // ok, unknown or business: overrides what the bucket implies
    QString message; // a message key known to the program
    QString summary; // a user rule's own words, used as they are
    QString nextStep;
    Verdict::Confidence confidence = Verdict::Confidence::Medium;
    // A quick test that turns most answers down before the condition is evaluated: the JSON names its
    // paths need, and the first two letters of the phrases of its first "contains" list.
    QStringList guardKeys;
    QList<int> guardStarts; // empty: no guard on the text

    bool accepts() const
    {
        return bucket == Verdict::Bucket::Accepted
            || (layer && (*layer == Verdict::Layer::Ok || *layer == Verdict::Layer::Unknown));
    }
};

// The rules that read a partner's answer (resources/rules/answers.json, plus the user's own file),
// tried in order: the first whose condition holds gives the verdict.
class AnswerRules
{
public:
    // The rules shipped in the program (resources/rules/answers/*.json: one file a platform, and
    // answers.json: the shapes); loaded once.
    static const AnswerRules& builtIn();
    // The user's rules (when the file exists and can be read) followed by the built-in ones; loaded
    // once. A broken user file is skipped as a whole and its problems kept for the GUI and pbw to show.
    static const AnswerRules& active();
    static const QStringList& activeProblems();
    static QString userFilePath(); // <data folder>/answer-rules.json

    // Reads rules; every problem found is appended to problems, translated and naming the rule.
    static AnswerRules fromJson(const QByteArray& json, const QString& source, QStringList* problems);
    static AnswerRules fromFile(const QString& path, QStringList* problems);
    // A user's file in front of the built-in rules; the user's rules are left out when it has problems.
    static AnswerRules withUserFile(const QString& path, QStringList* problems);

    // The first rule that holds, with what matched appended to evidence; nullptr when none does.
    // refusalsOnly skips rules that accept: a body saying "ok" cannot turn a 404 into a success.
    const AnswerRule* match(const AnswerView& view, QList<Evidence>* evidence, bool refusalsOnly = false) const;
    // The same among the rules of one stage.
    const AnswerRule* match(const AnswerView& view, QList<Evidence>* evidence, bool refusalsOnly,
                            AnswerRule::Stage stage) const;
    const QList<AnswerRule>& rules() const { return m_rules; }
    qsizetype size() const { return m_rules.size(); }

private:
    QList<AnswerRule> m_rules;
};

} // namespace pbw
