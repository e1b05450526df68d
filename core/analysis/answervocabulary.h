#pragma once

#include "analysis/answerwords.h"
#include "analysis/verdict.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace pbw {

// A thing an answer can say: a reason for a refusal (duplicate, an unknown click ID, a refused
// token…), or that it succeeded, failed, was queued, or was a test.
struct AnswerConcept
{
    enum class Kind { Reason, Test, Queued, Success, Failure };
    enum class Negated { Kept, Dropped, Flipped }; // what "not" before it does: "not recorded" is a failure

    QString id;
    Kind kind = Kind::Reason;
    Negated negated = Negated::Kept;
    Verdict::Bucket bucket = Verdict::Bucket::None;
    std::optional<Verdict::Layer> layer;
    QString message;
    bool weak = false; // generic words: a verdict from them alone has low confidence
    QStringList patterns; // as written in the file
};

// Where a meaning's pattern was found in a list of words.
struct ConceptHit
{
    const AnswerConcept* meaning = nullptr;
    int pattern = -1; // index into meaning->patterns
    int first = 0; // index of the first word
    int count = 0; // words covered, gaps included
    int gaps = 0; // words inside the match that are not the pattern's own (values not counted)
    int matched = 0; // the pattern's own words
    bool negated = false; // a "not" stood before it (a negated success is a failure)
    bool whole = false; // the pattern is the whole answer ("=ok")
};

// The words partners use, from resources/rules/vocabulary.json: concepts made of patterns of words.
class AnswerVocabulary
{
public:
    struct Outcome
    {
        QSet<QString> polarityMembers; // member names without case, '_' or '-'
        QSet<QString> failureMembers;
        QSet<QString> reasonMembers;
        QSet<QString> testMembers;
        QSet<QString> fieldMembers; // "field", "fieldPath": the field a message beside them is about
        QSet<QString> outcomeMembers; // every name above but the fields': a member of none of them is not read
        QSet<QString> countMembers; // "conversions_processed": 1 is a success, 0 a failure
        QSet<QString> recordMembers; // "conversion_id": "…" names the record made
        QSet<QString> successValues; // folded
        QSet<QString> failureValues;
        QList<double> successCodes;
        double failureCodesFrom = 400;
    };

    static const AnswerVocabulary& builtIn();
    static AnswerVocabulary fromJson(const QByteArray& json, QStringList* problems);

    // Every meaning found in words, in the file's order of concepts, then by position.
    QList<ConceptHit> find(const QList<AnswerWord>& words) const;
    // The same over several texts read as one list (each starting at one of segmentStarts, with a
    // break before it): a pattern "=…" must then be one of them whole.
    QList<ConceptHit> find(const QList<AnswerWord>& words, const QList<int>& segmentStarts) const;
    const QList<AnswerConcept>& concepts() const { return m_concepts; }
    const Outcome& outcome() const { return m_outcome; }
    bool isNegator(const QString& word) const { return m_negators.contains(word); }

    // A member's name as the outcome lists hold it: "errorMessage", "error_message" → "errormessage".
    static QString memberKey(QStringView name);

private:
    struct Atom
    {
        QString text;
        bool prefix = false;
    };
    using Alternative = QList<int>; // atom ids, adjacent words
    struct Element
    {
        QList<Alternative> alternatives; // the longest first
        QHash<int, QList<int>> byFirstAtom; // atom → indices of the alternatives that start with it
        QList<quint64> firstAtoms; // the same atoms as bits, to turn a pattern down before it is tried
        bool adjacent = false; // "+word": no word may stand between it and the element before
    };
    struct Pattern
    {
        int meaning = -1;
        int index = -1;
        bool whole = false;
        int gap = 2;
        QList<Element> elements;
    };

    int atomId(const QString& text);
    void indexFirstAtoms();
    bool compile(int meaning, int index, const QString& text, int gap, QString* problem);
    std::optional<Element> compileElement(const QString& text, QString* problem);

    QList<AnswerConcept> m_concepts;
    QHash<QString, QList<QStringList>> m_classes; // each entry split into words
    QSet<QString> m_negators;
    QList<Atom> m_atoms;
    QHash<QString, int> m_exactAtoms;
    QHash<QString, int> m_prefixAtoms;
    QList<int> m_prefixLengths; // of the prefix atoms, ascending
    QMultiHash<size_t, int> m_prefixByHash; // qHash of a prefix atom's text → its id (no string made to look up)
    std::vector<Pattern> m_patterns; // in the file's order
    QHash<int, QList<int>> m_startingWith; // atom → the patterns whose first word it can be
    Outcome m_outcome;
};

} // namespace pbw
