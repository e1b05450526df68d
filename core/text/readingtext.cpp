#include "text/readingtext.h"

#include "analysis/answerrules.h"
#include "text/verdicttext.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace pbw {

namespace {

class ReadingText
{
    Q_DECLARE_TR_FUNCTIONS(ReadingText)
};

constexpr int maxWordsShown = 40;

QString polarityName(AnswerOutcome::Polarity polarity)
{
    switch (polarity) {
    case AnswerOutcome::Polarity::Success:
        return ReadingText::tr("says success");
    case AnswerOutcome::Polarity::Failure:
        return ReadingText::tr("says failure");
    case AnswerOutcome::Polarity::None:
        break;
    }
    return ReadingText::tr("says neither");
}

QString hitText(const ConceptHit& hit, const QList<AnswerWord>& words)
{
    QStringList said;
    for (int i = hit.first; i < hit.first + hit.count && i < words.size(); ++i)
        said.append(words.at(i).word);
    QString line = ReadingText::tr("%1 — pattern \"%2\", words \"%3\"")
                       .arg(hit.meaning->id, hit.meaning->patterns.value(hit.pattern), said.join(u' '));
    if (hit.negated)
        line += ReadingText::tr(" (turned round by a \"not\")");
    return line;
}

} // namespace

QString stepName(AnswerReading::Step step)
{
    switch (step) {
    case AnswerReading::Step::UserRule:
        return ReadingText::tr("your own rules");
    case AnswerReading::Step::HttpStatus:
        return ReadingText::tr("the HTTP status (3xx, 429, 5xx)");
    case AnswerReading::Step::PlatformRule:
        return ReadingText::tr("the platforms' documented answers");
    case AnswerReading::Step::Structured:
        return ReadingText::tr("the answer's outcome member");
    case AnswerReading::Step::Vocabulary:
        return ReadingText::tr("the vocabulary in the answer's words");
    case AnswerReading::Step::StatusDefault:
        return ReadingText::tr("what the HTTP status means when the body names no reason");
    case AnswerReading::Step::Shape:
        return ReadingText::tr("the answer's shape (a web page, an empty 204)");
    case AnswerReading::Step::Nothing:
        return ReadingText::tr("nothing: no rule recognised this answer");
    }
    return {};
}

QString readingAsText(const AnswerReading& reading, const Verdict& verdict)
{
    QStringList lines;
    QStringList words;
    for (int i = 0; i < reading.words.size() && i < maxWordsShown; ++i)
        words.append(reading.words.at(i).word);
    if (reading.words.size() > maxWordsShown)
        words.append(ReadingText::tr("… (%n more)", nullptr, int(reading.words.size() - maxWordsShown)));
    lines.append(ReadingText::tr("Words: %1").arg(words.isEmpty() ? ReadingText::tr("(none)") : words.join(u' ')));

    const AnswerOutcome& outcome = reading.outcome;
    if (!outcome.structured) {
        lines.append(ReadingText::tr("Outcome member: none (the answer is not JSON, XML or key=value pairs)"));
    } else if (const auto& member = outcome.deciding ? outcome.deciding : outcome.first) {
        lines.append(ReadingText::tr("Outcome member: %1 = \"%2\" — %3")
                         .arg(member->path, member->value, polarityName(outcome.polarity)));
    } else {
        lines.append(ReadingText::tr("Outcome member: none found"));
    }
    for (const AnswerMember& reason : outcome.reasons)
        lines.append(ReadingText::tr("  Reason member: %1 = \"%2\"").arg(reason.path, reason.value));

    if (reading.hits.isEmpty() && reading.memberHits.isEmpty())
        lines.append(ReadingText::tr("Vocabulary: no concept found"));
    // Each concept once, where it was first found: its other patterns add nothing for the reader.
    QSet<const AnswerConcept*> shown;
    for (int i = 0; i < reading.memberHits.size(); ++i) {
        const ConceptHit& hit = reading.memberHits.at(i);
        if (!shown.contains(hit.meaning))
            lines.append(ReadingText::tr("Vocabulary, in a reason member: %1")
                             .arg(hitText(hit, reading.memberWords.value(reading.memberOf.value(i)))));
        shown.insert(hit.meaning);
    }
    for (const ConceptHit& hit : reading.hits) {
        if (!shown.contains(hit.meaning))
            lines.append(ReadingText::tr("Vocabulary: %1").arg(hitText(hit, reading.words)));
        shown.insert(hit.meaning);
    }

    lines.append(ReadingText::tr("Steps, in order (the first that decides gives the verdict):"));
    for (int s = 0; s <= int(AnswerReading::Step::Nothing); ++s) {
        const auto step = AnswerReading::Step(s);
        if (step == reading.step) {
            QString line = QStringLiteral("  ✓ ") + stepName(step);
            if (reading.rule)
                line += ReadingText::tr(": rule \"%1\"").arg(reading.rule->id)
                    + (reading.rule->platform.isEmpty() ? QString()
                                                        : QStringLiteral(" (%1)").arg(reading.rule->platform));
            else if (reading.decidingHit.meaning)
                line += ReadingText::tr(": concept \"%1\"").arg(reading.decidingHit.meaning->id);
            lines.append(line);
            break;
        }
        lines.append(QStringLiteral("  – ") + stepName(step));
    }
    lines.append(verdictAsText(verdict));
    return lines.join(u'\n');
}

} // namespace pbw
