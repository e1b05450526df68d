#pragma once

#include "catch/catchoptions.h"

#include <QList>
#include <QString>

namespace pbw {

// An answer the catcher can give: a partner's documented success or refusal (resources/rules/
// catch-answers.json, each with its source), or a plain one (200 OK, 404, 500, 204).
struct CatchAnswerChoice
{
    QString id; // "everflow-duplicate", "plain-ok"
    QString platform; // "Everflow"; empty for a plain answer
    QString kind; // "accepted", "duplicate", "identifier", "auth-key", or a plain answer's own
    CatchAnswer answer;
    QString source; // where the platform documents it
};

QList<CatchAnswerChoice> catchAnswerChoices(); // plain ones first, then the platforms', by name
std::optional<CatchAnswerChoice> catchAnswerChoice(const QString& id);
QString catchAnswerLabel(const CatchAnswerChoice& choice); // "Everflow: duplicate (200)", translated

} // namespace pbw
