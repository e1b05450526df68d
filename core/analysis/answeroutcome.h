#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace pbw {

struct AnswerView;
class AnswerVocabulary;

// One member of a structured answer: a JSON field, an XML element, a "key=value" pair of a text.
struct AnswerMember
{
    QString path; // "status", "error.message", "errors.0.code"
    QString value; // as written, scalars only
    int offset = -1; // in the answer's text; -1 when it cannot be pointed at
    int length = 0;
    QString field; // the field a reason is about, named beside it ({"field": "amount", "message": …})
};

// What a structured answer says of itself in the members that carry the outcome ("status",
// "success", "code", "error", "errors"…), read before its free text.
struct AnswerOutcome
{
    enum class Polarity { None, Success, Failure };

    bool structured = false; // JSON, XML or key=value pairs were read
    Polarity polarity = Polarity::None;
    bool successFromCodeOnly = false; // the only sign of success is a numeric code such as 0 or 200
    std::optional<AnswerMember> deciding; // the member that gave the polarity
    std::optional<AnswerMember> first; // the first outcome member, whatever it said ("status": "pending")
    QList<AnswerMember> reasons; // members that say why: "message", "reason", "err_msg", an enum in "status"…
    std::optional<AnswerMember> test; // a test flag that is set ("test": true)
};

AnswerOutcome readOutcome(const AnswerView& view, const AnswerVocabulary& vocabulary);

QString polarityKey(AnswerOutcome::Polarity polarity); // "none", "success", "failure"

} // namespace pbw
