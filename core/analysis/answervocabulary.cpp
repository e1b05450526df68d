// Reads resources/rules/vocabulary.json and finds its concepts in an answer's words.
#include "analysis/answervocabulary.h"

#include "util/keys.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

namespace pbw {

namespace {

class VocabularyText
{
    Q_DECLARE_TR_FUNCTIONS(VocabularyText)
};

constexpr int supportedFormat = 1;
constexpr int maxGap = 6;
constexpr const char* kindKeys[] = {"reason", "test", "queued", "success", "failure"};
constexpr const char* negatedKeys[] = {"kept", "drop", "flip"};

// Words after a marker that undo it: "errors: 0", "success: false".
bool undoesBefore(const QString& word)
{
    return word == u"0" || word == u"false" || word == u"none" || word == u"null" || word == u"nil";
}

QStringList wordsOf(const QString& text)
{
    // Patterns are split like answers, but '*' stays with its word.
    QStringList out;
    for (const QString& part : text.split(u' ', Qt::SkipEmptyParts))
        out.append(part);
    return out;
}

} // namespace

QString AnswerVocabulary::memberKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

int AnswerVocabulary::atomId(const QString& text)
{
    const bool prefix = text.endsWith(u'*') && text.size() > 1;
    const QString word = prefix ? text.chopped(1) : text;
    QHash<QString, int>& index = prefix ? m_prefixAtoms : m_exactAtoms;
    if (const auto it = index.constFind(word); it != index.constEnd())
        return *it;
    const int id = int(m_atoms.size());
    m_atoms.append({word, prefix});
    index.insert(word, id);
    if (prefix)
        m_prefixByHash.insert(qHash(QStringView(word)), id);
    if (prefix && !m_prefixLengths.contains(int(word.size()))) {
        m_prefixLengths.append(int(word.size()));
        std::sort(m_prefixLengths.begin(), m_prefixLengths.end());
    }
    return id;
}

std::optional<AnswerVocabulary::Element> AnswerVocabulary::compileElement(const QString& text, QString* problem)
{
    Element element;
    if (text.startsWith(u'{') && text.endsWith(u'}')) {
        const QString name = text.mid(1, text.size() - 2);
        const auto it = m_classes.constFind(name);
        if (it == m_classes.constEnd()) {
            *problem = VocabularyText::tr("the class {%1} is not defined.").arg(name);
            return std::nullopt;
        }
        for (const QStringList& entry : *it) {
            Alternative alternative;
            for (const QString& word : entry)
                alternative.append(atomId(word));
            element.alternatives.append(alternative);
        }
        // The longest entry first: "click event not found" is the click's, not the event's.
        std::stable_sort(element.alternatives.begin(), element.alternatives.end(),
                         [](const Alternative& a, const Alternative& b) { return a.size() > b.size(); });
        return element;
    }
    for (const QString& choice : text.split(u'|', Qt::SkipEmptyParts)) {
        if (choice.contains(u'{') || choice.contains(u'}')) {
            *problem = VocabularyText::tr("\"%1\": a class must stand alone, as {name}.").arg(text);
            return std::nullopt;
        }
        element.alternatives.append(Alternative{atomId(choice)});
    }
    if (element.alternatives.isEmpty()) {
        *problem = VocabularyText::tr("\"%1\" is not a word.").arg(text);
        return std::nullopt;
    }
    return element;
}

bool AnswerVocabulary::compile(int meaning, int index, const QString& text, int gap, QString* problem)
{
    Pattern pattern;
    pattern.meaning = meaning;
    pattern.index = index;
    pattern.gap = gap;
    QString body = text.trimmed();
    if (body.startsWith(u'=')) {
        pattern.whole = true;
        body = body.mid(1);
    }
    for (QString word : wordsOf(body.toLower())) {
        const bool adjacent = word.startsWith(u'+') && !pattern.elements.isEmpty();
        if (adjacent)
            word = word.mid(1);
        auto element = compileElement(word, problem);
        if (!element)
            return false;
        element->adjacent = adjacent;
        for (int i = 0; i < element->alternatives.size(); ++i)
            element->byFirstAtom[element->alternatives.at(i).first()].append(i);
        pattern.elements.append(*element);
    }
    if (pattern.elements.isEmpty()) {
        *problem = VocabularyText::tr("an empty pattern.");
        return false;
    }
    for (const Alternative& alternative : pattern.elements.first().alternatives)
        m_startingWith[alternative.first()].append(int(m_patterns.size()));
    m_patterns.push_back(std::move(pattern));
    return true;
}

AnswerVocabulary AnswerVocabulary::fromJson(const QByteArray& json, QStringList* problems)
{
    AnswerVocabulary out;
    QStringList found;
    const auto problem = [&](const QString& where, const QString& text) {
        found.append(where.isEmpty() ? text : QStringLiteral("%1: %2").arg(where, text));
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError || !root.value(QLatin1String("concepts")).isArray()) {
        problem({}, VocabularyText::tr("The vocabulary must be a JSON object with a \"concepts\" list."));
    } else if (root.value(QLatin1String("format")).toInt(supportedFormat) > supportedFormat) {
        problem({}, VocabularyText::tr("The vocabulary is in a newer format: update the program."));
    } else {
        const QJsonObject classes = root.value(QLatin1String("classes")).toObject();
        for (auto it = classes.constBegin(); it != classes.constEnd(); ++it) {
            QList<QStringList> entries;
            for (const QJsonValue& entry : it->toArray()) {
                const QStringList words = wordsOf(entry.toString().toLower());
                if (words.isEmpty())
                    problem(it.key(), VocabularyText::tr("a class entry must be words."));
                else
                    entries.append(words);
            }
            out.m_classes.insert(it.key(), entries);
        }
        for (const QJsonValue& negator : root.value(QLatin1String("negators")).toArray())
            out.m_negators.insert(negator.toString().toLower());
        QSet<QString> ids;
        const QJsonArray concepts = root.value(QLatin1String("concepts")).toArray();
        for (const QJsonValue& value : concepts) {
            const QJsonObject object = value.toObject();
            AnswerConcept meaning;
            meaning.id = object.value(QLatin1String("id")).toString();
            if (meaning.id.isEmpty() || ids.contains(meaning.id))
                problem(meaning.id, VocabularyText::tr("every concept needs an id of its own."));
            ids.insert(meaning.id);
            const auto kind
                = enumFromKey<AnswerConcept::Kind>(kindKeys, object.value(QLatin1String("kind")).toString());
            const auto bucket = bucketFromKey(object.value(QLatin1String("bucket")).toString());
            const auto negated = enumFromKey<AnswerConcept::Negated>(
                negatedKeys, object.value(QLatin1String("negated")).toString(QStringLiteral("kept")));
            if (!kind || !bucket || !negated)
                problem(meaning.id, VocabularyText::tr("\"kind\", \"bucket\" or \"negated\" has a value not known."));
            meaning.kind = kind.value_or(AnswerConcept::Kind::Reason);
            meaning.bucket = bucket.value_or(Verdict::Bucket::None);
            meaning.negated = negated.value_or(AnswerConcept::Negated::Kept);
            if (object.contains(QLatin1String("layer"))) {
                meaning.layer = layerFromKey(object.value(QLatin1String("layer")).toString());
                if (!meaning.layer)
                    problem(meaning.id, VocabularyText::tr("\"layer\" has a value not known."));
            }
            meaning.message = object.value(QLatin1String("message")).toString();
            meaning.weak = object.value(QLatin1String("weak")).toBool();
            const int gap = object.value(QLatin1String("gap")).toInt(2);
            if (gap < 0 || gap > maxGap)
                problem(meaning.id, VocabularyText::tr("\"gap\" must be 0 to %1.").arg(maxGap));
            const int index = int(out.m_concepts.size());
            const QJsonArray patterns = object.value(QLatin1String("patterns")).toArray();
            if (patterns.isEmpty())
                problem(meaning.id, VocabularyText::tr("a concept needs patterns."));
            for (const QJsonValue& pattern : patterns) {
                QString why;
                meaning.patterns.append(pattern.toString());
                if (!out.compile(index, int(meaning.patterns.size() - 1), pattern.toString(), gap, &why))
                    problem(meaning.id, why);
            }
            out.m_concepts.append(meaning);
        }
        const QJsonObject outcome = root.value(QLatin1String("outcome")).toObject();
        const auto names = [&](const char* key) {
            QSet<QString> set;
            for (const QJsonValue& name : outcome.value(QLatin1String(key)).toArray())
                set.insert(memberKey(name.toString()));
            return set;
        };
        const auto values = [&](const char* key) {
            QSet<QString> set;
            for (const QJsonValue& name : outcome.value(QLatin1String(key)).toArray())
                set.insert(name.toString().toLower());
            return set;
        };
        out.m_outcome.polarityMembers = names("polarity_members");
        out.m_outcome.failureMembers = names("failure_members");
        out.m_outcome.reasonMembers = names("reason_members");
        out.m_outcome.testMembers = names("test_members");
        out.m_outcome.fieldMembers = names("field_members");
        out.m_outcome.countMembers = names("count_members");
        out.m_outcome.recordMembers = names("record_members");
        out.m_outcome.successValues = values("success_values");
        out.m_outcome.failureValues = values("failure_values");
        for (const QJsonValue& code : outcome.value(QLatin1String("success_codes")).toArray())
            out.m_outcome.successCodes.append(code.toDouble());
        out.m_outcome.failureCodesFrom = outcome.value(QLatin1String("failure_codes_from")).toDouble(400);
        for (const QSet<QString>* set :
             {&out.m_outcome.polarityMembers, &out.m_outcome.failureMembers, &out.m_outcome.reasonMembers,
              &out.m_outcome.testMembers, &out.m_outcome.countMembers, &out.m_outcome.recordMembers})
            out.m_outcome.outcomeMembers.unite(*set);
    }
    out.indexFirstAtoms();
    if (problems)
        problems->append(found);
    return found.isEmpty() ? out : AnswerVocabulary();
}

void AnswerVocabulary::indexFirstAtoms()
{
    const qsizetype words = (m_atoms.size() + 63) / 64;
    for (Pattern& pattern : m_patterns) {
        for (Element& element : pattern.elements) {
            element.firstAtoms = QList<quint64>(words, 0);
            for (const Alternative& alternative : std::as_const(element.alternatives))
                element.firstAtoms[alternative.first() / 64] |= quint64(1) << (alternative.first() % 64);
        }
    }
}

const AnswerVocabulary& AnswerVocabulary::builtIn()
{
    static const AnswerVocabulary vocabulary = [] {
        QFile file(QStringLiteral(":/rules/vocabulary.json"));
        QStringList problems;
        AnswerVocabulary loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &problems);
        else
            problems.append(QStringLiteral("vocabulary.json is missing from the program's resources"));
        for (const QString& problem : problems)
            qCWarning(lcAnalysis) << "built-in answer vocabulary:" << problem;
        return loaded;
    }();
    return vocabulary;
}

namespace {

struct Walk
{
    const QList<AnswerWord>& words;
    const QList<QList<int>>& atoms;
    QVarLengthArray<int, 16> matched; // indices of the words that are the pattern's own
};

// The length of an alternative (adjacent words, no break inside) at word at; 0 when it does not match.
int alternativeLength(const QList<int>& alternative, const Walk& walk, int at)
{
    const int size = int(walk.words.size());
    for (int k = 0; k < alternative.size(); ++k) {
        const int i = at + k;
        if (i >= size || (k > 0 && walk.words.at(i).breakBefore) || !walk.atoms.at(i).contains(alternative.at(k)))
            return 0;
    }
    return int(alternative.size());
}

} // namespace

QList<ConceptHit> AnswerVocabulary::find(const QList<AnswerWord>& words) const
{
    return find(words, {0});
}

QList<ConceptHit> AnswerVocabulary::find(const QList<AnswerWord>& words, const QList<int>& segmentStarts) const
{
    const int size = int(words.size());
    QList<QList<int>> atoms(size);
    for (int i = 0; i < size; ++i) {
        const QString& word = words.at(i).word;
        if (const auto it = m_exactAtoms.constFind(word); it != m_exactAtoms.constEnd())
            atoms[i].append(*it);
        for (const int length : m_prefixLengths) {
            if (length > word.size())
                break;
            const QStringView head = QStringView(word).left(length);
            for (auto it = m_prefixByHash.constFind(qHash(head));
                 it != m_prefixByHash.constEnd() && it.key() == qHash(head); ++it) {
                if (m_atoms.at(*it).text == head)
                    atoms[i].append(*it);
            }
        }
    }

    // The atoms the answer has, as bits: a pattern one of whose elements starts with none of them is
    // never tried.
    const qsizetype bitWords = (m_atoms.size() + 63) / 64;
    QVarLengthArray<quint64, 32> present(bitWords, 0);
    for (const QList<int>& wordAtoms : std::as_const(atoms)) {
        for (const int atom : wordAtoms)
            present[atom / 64] |= quint64(1) << (atom % 64);
    }
    const auto possible = [&](const Pattern& pattern) {
        for (const Element& element : pattern.elements) {
            bool any = false;
            for (qsizetype w = 0; w < bitWords && !any; ++w)
                any = (element.firstAtoms.at(w) & present[w]) != 0;
            if (!any)
                return false;
        }
        return true;
    };

    // Tries the pattern's elements from word at; returns the end of the match or -1. At each word only
    // the alternatives that start with one of its atoms are tried, the longest first.
    const auto from = [&](const auto& self, const Pattern& pattern, int element, int at, Walk& walk) -> int {
        if (element == pattern.elements.size())
            return at;
        const Element& current = pattern.elements.at(element);
        // Values between the words ("Click 9f3a… not found") are not counted as words skipped.
        const int reach = element == 0 || current.adjacent ? 0 : pattern.gap;
        int skipped = 0;
        for (int start = at; start < size && skipped <= reach; ++start) {
            if (element > 0 && words.at(start).breakBefore)
                break;
            if (element == 0 && start > at)
                break;
            QVarLengthArray<int, 16> tries;
            for (const int atom : atoms.at(start)) {
                if (const auto it = current.byFirstAtom.constFind(atom); it != current.byFirstAtom.constEnd())
                    tries.append(it->constData(), it->size());
            }
            std::sort(tries.begin(), tries.end());
            for (qsizetype t = 0; t < tries.size(); ++t) {
                if (t > 0 && tries[t] == tries[t - 1])
                    continue;
                const int length = alternativeLength(current.alternatives.at(tries[t]), walk, start);
                if (length == 0)
                    continue;
                const qsizetype mark = walk.matched.size();
                for (int k = 0; k < length; ++k)
                    walk.matched.append(start + k);
                const int end = self(self, pattern, element + 1, start + length, walk);
                if (end >= 0)
                    return end;
                walk.matched.resize(mark);
            }
            if (!words.at(start).value)
                ++skipped;
        }
        return -1;
    };

    // Only the patterns that can start at a word are tried there, in the file's order: the places
    // are put in a bucket per pattern (words come in order, so each bucket is in order too).
    const int patterns = int(m_patterns.size());
    QVarLengthArray<int, 1024> head(patterns, -1);
    QVarLengthArray<int, 1024> tail(patterns, -1);
    QVarLengthArray<std::pair<int, int>, 256> places; // word, next place of the same pattern
    for (int i = 0; i < size; ++i) {
        for (const int atom : atoms.at(i)) {
            const auto it = m_startingWith.constFind(atom);
            if (it == m_startingWith.constEnd())
                continue;
            for (const int pattern : *it) {
                if (tail[pattern] >= 0 && places[tail[pattern]].first == i)
                    continue; // two atoms of one word start the same pattern
                places.append({i, -1});
                const int place = int(places.size() - 1);
                if (tail[pattern] >= 0)
                    places[tail[pattern]].second = place;
                else
                    head[pattern] = place;
                tail[pattern] = place;
            }
        }
    }
    QList<std::pair<int, int>> candidates; // pattern, word
    for (int pattern = 0; pattern < patterns; ++pattern) {
        if (head[pattern] < 0 || !possible(m_patterns.at(pattern)))
            continue;
        for (int place = head[pattern]; place >= 0; place = places[place].second)
            candidates.append({pattern, places[place].first});
    }

    QList<ConceptHit> hits;
    int done = -1; // the last pattern that matched: its first place is enough
    for (const auto& [index, at] : candidates) {
        if (index == done)
            continue;
        const Pattern& pattern = m_patterns.at(index);
        const AnswerConcept& meaning = m_concepts.at(pattern.meaning);
        {
            // The segment the place is in: "=…" patterns must cover it whole.
            const auto segment = std::upper_bound(segmentStarts.begin(), segmentStarts.end(), at);
            const int segmentEnd = segment == segmentStarts.end() ? size : *segment;
            if (pattern.whole && !std::binary_search(segmentStarts.begin(), segmentStarts.end(), at))
                continue;
            Walk walk{words, atoms, {}};
            const int end = from(from, pattern, 0, at, walk);
            if (end < 0 || (pattern.whole && end != segmentEnd))
                continue;
            int gaps = 0;
            for (int i = at; i < end; ++i)
                gaps += !walk.matched.contains(i) && !words.at(i).value ? 1 : 0;
            ConceptHit hit{&meaning, pattern.index, at, end - at, gaps, int(walk.matched.size()), false, pattern.whole};
            if (meaning.negated != AnswerConcept::Negated::Kept) {
                for (int i = at; i < end && !hit.negated; ++i) {
                    if (!walk.matched.contains(i) && isNegator(words.at(i).word))
                        hit.negated = true;
                }
                for (int i = at - 1; i >= qMax(0, at - 2) && !hit.negated && !words.at(at).breakBefore; --i) {
                    if (isNegator(words.at(i).word))
                        hit.negated = true;
                    if (words.at(i).breakBefore)
                        break;
                }
                if (end < size && !words.at(end).breakBefore && undoesBefore(words.at(end).word))
                    hit.negated = true;
                if (words.at(at).breakBefore == false && at > 0 && undoesBefore(words.at(at - 1).word)
                    && meaning.kind == AnswerConcept::Kind::Failure)
                    hit.negated = true; // "0 errors"
            }
            if (hit.negated && meaning.negated == AnswerConcept::Negated::Dropped)
                continue;
            hits.append(hit);
            done = index;
        }
    }
    return hits;
}

} // namespace pbw
