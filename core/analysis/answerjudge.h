#pragma once

#include "analysis/answeroutcome.h"
#include "analysis/answervocabulary.h"
#include "analysis/answerwords.h"
#include "analysis/verdict.h"

#include <QList>
#include <QString>

namespace pbw {

struct AnswerView;
struct AnswerRule;
class AnswerRules;

// How a verdict on an answer was reached, step by step: what pbw rules explain shows a user who
// writes a rule of their own.
struct AnswerReading
{
    // The steps in the order they are taken; the first that decides gives the verdict.
    enum class Step {
        UserRule, // the user's own rules file
        HttpStatus, // 3xx, 429, 5xx: the status alone decides
        PlatformRule, // a platform's documented answer (resources/rules/answers/)
        Structured, // the answer's own outcome member, with the vocabulary's reason
        Vocabulary, // the vocabulary in the answer's words
        StatusDefault, // a 4xx whose body names no reason
        Shape, // an HTML page, an empty 204 (resources/rules/answers.json)
        Nothing // no rule recognised the answer
    };

    Step step = Step::Nothing;
    const AnswerRule* rule = nullptr; // UserRule, PlatformRule, Shape
    QList<AnswerWord> words; // the answer's visible words
    QList<ConceptHit> hits; // concepts found in them
    QList<QList<AnswerWord>> memberWords; // the words of each of outcome.reasons
    QList<ConceptHit> memberHits; // concepts found in the outcome's reason members
    QList<int> memberOf; // for each member hit, its member's index in outcome.reasons
    AnswerOutcome outcome;
    ConceptHit decidingHit; // Structured, Vocabulary: the meaning that decided (may be empty)
    bool hitInMember = false; // decidingHit is in outcome.reasons[memberIndex]
    int memberIndex = -1;
};

QString stepKey(AnswerReading::Step step); // "user-rule", "http-status", "platform-rule"...

// Judges the status and the body of an answer in the precedence docs/answer-rules.md states:
// the user's rules; 3xx, 429 and 5xx by the status; a platform's documented answer; the outcome
// member of a structured answer; the vocabulary; the status's default; the page shapes.
// Fills the verdict's layer, bucket, confidence, rule, platform, message and evidence.
void judgeAnswerView(Verdict& verdict, const AnswerView& view, const AnswerRules& rules,
                     const AnswerVocabulary& vocabulary, AnswerReading* reading = nullptr);

} // namespace pbw
