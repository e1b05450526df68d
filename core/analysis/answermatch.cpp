// Evaluates answer rules against a prepared answer, collecting what matched as evidence.
#include "analysis/answerrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace pbw {

namespace {

constexpr int maxJsonMatches = 64;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

struct Hit
{
    qsizetype at = -1;
    qsizetype length = 0;
};

// Finds needle where a word starts (and, for whole words, ends) in the folded text.
Hit findWord(QStringView haystack, QStringView needle, bool wholeWord)
{
    const bool checkStart = isWordChar(needle.front());
    const bool checkEnd = wholeWord && isWordChar(needle.back());
    qsizetype from = 0;
    while (true) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0)
            return {};
        const qsizetype end = at + needle.size();
        const bool startOk = !checkStart || at == 0 || !isWordChar(haystack[at - 1]);
        const bool endOk = !checkEnd || end == haystack.size() || !isWordChar(haystack[end]);
        if (startOk && endOk) {
            // A match at a word's start ("duplicat") stands for the whole word ("Duplicate").
            qsizetype length = needle.size();
            while (!wholeWord && at + length < haystack.size() && isWordChar(haystack[at + length]))
                ++length;
            return {at, length};
        }
        from = at + 1;
    }
}

// Whether a needle that starts with a word can match at all: its first word must begin a word of
// the text (or be one, when the needle goes on after it). Without the text's words: maybe.
bool mayMatch(QStringView needle, const AnswerView* view)
{
    if (!view)
        return true;
    if (needle.size() >= 2 && isWordChar(needle[0]) && isWordChar(needle[1])) {
        const AnswerView::WordStarts& starts = view->wordStarts();
        const int bit = AnswerView::wordStartBit(needle.left(3));
        if ((starts[bit / 64] & (quint64(1) << (bit % 64))) == 0)
            return false;
    }
    qsizetype length = 0;
    while (length < needle.size() && isWordChar(needle[length]))
        ++length;
    if (length == 0)
        return true;
    const QStringView first = needle.left(length);
    const AnswerView::Words& words = view->visibleWords(); // made only when the starts let a phrase through
    const auto it = std::lower_bound(words.begin(), words.end(), first);
    if (it == words.end())
        return false;
    return length < needle.size() ? *it == first : it->startsWith(first);
}

Hit findAny(QStringView haystack, const QStringList& needles, bool wholeWord, const AnswerView* view = nullptr)
{
    for (const QString& needle : needles) {
        if (!mayMatch(needle, view))
            continue;
        if (const Hit hit = findWord(haystack, needle, wholeWord); hit.at >= 0)
            return hit;
    }
    return {};
}

// Matches a text condition against folded text; hits are relative to haystack.
bool textHolds(const TextCondition& condition, QStringView haystack, QList<Hit>* hits, const AnswerView* view = nullptr)
{
    QList<Hit> found;
    for (const QStringList& list : condition.contains) {
        const Hit hit = findAny(haystack, list, false, view);
        if (hit.at < 0)
            return false;
        found.append(hit);
    }
    if (!condition.words.isEmpty()) {
        const Hit hit = findAny(haystack, condition.words, true, view);
        if (hit.at < 0)
            return false;
        found.append(hit);
    }
    if (!condition.anywhere.isEmpty()) {
        Hit hit;
        for (const QString& needle : condition.anywhere) {
            if (const qsizetype at = haystack.indexOf(needle); at >= 0) {
                hit = {at, needle.size()};
                break;
            }
        }
        if (hit.at < 0)
            return false;
        found.append(hit);
    }
    if (!condition.equals.isEmpty()) {
        if (!condition.equals.contains(haystack))
            return false;
        found.append({0, haystack.size()});
    }
    if (!condition.startsWith.isEmpty()) {
        Hit hit;
        for (const QString& needle : condition.startsWith) {
            if (haystack.startsWith(needle)) {
                hit = {0, needle.size()};
                break;
            }
        }
        if (hit.at < 0)
            return false;
        found.append(hit);
    }
    if (condition.regex) {
        const QRegularExpressionMatch match = condition.regex->match(haystack);
        if (!match.hasMatch())
            return false;
        found.append({match.capturedStart(), match.capturedLength()});
    }
    if (hits)
        hits->append(found);
    return true;
}

bool statusHolds(const QList<StatusRange>& ranges, int status)
{
    if (ranges.isEmpty())
        return true;
    for (const StatusRange& range : ranges) {
        if (status >= range.from && status <= range.to)
            return true;
    }
    return false;
}

bool isFalsyText(QStringView text)
{
    const QString folded = foldedText(text.trimmed());
    return folded.isEmpty() || folded == u"0" || folded == u"false" || folded == u"null" || folded == u"none"
        || folded == u"no";
}

bool truthy(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::String:
        return !isFalsyText(value.toString());
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    default:
        return false;
    }
}

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

bool jsonEquals(const QJsonValue& expected, const QJsonValue& actual)
{
    if (expected.isBool() || actual.isBool())
        return expected.isBool() && actual.isBool() && expected.toBool() == actual.toBool();
    if (expected.isNull() || actual.isNull())
        return expected.isNull() && actual.isNull();
    if (actual.isArray() || actual.isObject())
        return false;
    if (expected.isDouble() && actual.isDouble())
        return expected.toDouble() == actual.toDouble();
    if (expected.isDouble()) {
        bool ok = false;
        const double number = actual.toString().trimmed().toDouble(&ok);
        return ok && number == expected.toDouble();
    }
    return scalarText(actual).trimmed().compare(expected.toString(), Qt::CaseInsensitive) == 0;
}

bool textEquals(const QJsonValue& expected, const QString& actual)
{
    if (expected.isDouble() || expected.isBool() || expected.isNull())
        return actual.compare(scalarText(expected), Qt::CaseInsensitive) == 0;
    return actual.compare(expected.toString(), Qt::CaseInsensitive) == 0;
}

struct Found
{
    QString path;
    QJsonValue value;
};

QJsonValue member(const QJsonObject& object, const QString& key, QString* actualKey)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd()) {
        *actualKey = key;
        return *exact;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0) {
            *actualKey = it.key();
            return *it;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Follows a path; "*" is any member or element, and a name on an array applies to each element.
void collect(const QJsonValue& value, const QStringList& segments, qsizetype index, const QString& path,
             QList<Found>& out)
{
    if (out.size() >= maxJsonMatches)
        return;
    if (index == segments.size()) {
        out.append({path, value});
        return;
    }
    const QString& segment = segments.at(index);
    const auto join = [&](const QString& step) {
        return path.isEmpty() ? step : path + QLatin1Char('.') + step;
    };
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        bool isIndex = false;
        const int at = segment.toInt(&isIndex);
        if (isIndex) {
            if (at >= 0 && at < array.size())
                collect(array.at(at), segments, index + 1, join(segment), out);
            return;
        }
        for (qsizetype i = 0; i < array.size() && out.size() < maxJsonMatches; ++i)
            collect(array.at(i), segments, segment == u"*" ? index + 1 : index, join(QString::number(i)), out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (segment == u"*") {
        for (auto it = object.constBegin(); it != object.constEnd() && out.size() < maxJsonMatches; ++it)
            collect(*it, segments, index + 1, join(it.key()), out);
        return;
    }
    QString key;
    const QJsonValue next = member(object, segment, &key);
    if (!next.isUndefined())
        collect(next, segments, index + 1, join(key), out);
}

bool numberBetween(double number, const std::pair<double, double>& range)
{
    return number >= range.first && number <= range.second; // false for NaN
}

bool textBetween(const QString& text, const std::pair<double, double>& range)
{
    bool ok = false;
    const double number = text.trimmed().toDouble(&ok);
    return ok && numberBetween(number, range);
}

class Matcher
{
public:
    Matcher(const AnswerView& view, QList<Evidence>* evidence)
        : m_view(view)
        , m_evidence(evidence)
    {
    }

    bool holds(const AnswerCondition& condition)
    {
        const qsizetype mark = m_evidence ? m_evidence->size() : 0;
        const bool ok = check(condition);
        if (!ok && m_evidence)
            m_evidence->resize(mark);
        return ok;
    }

private:
    void add(Evidence evidence)
    {
        if (m_evidence)
            m_evidence->append(std::move(evidence));
    }

    void addText(Evidence::Kind kind, qsizetype base, const Hit& hit)
    {
        add({kind, {}, m_view.text.mid(base + hit.at, hit.length), int(base + hit.at), int(hit.length)});
    }

    bool check(const AnswerCondition& c)
    {
        if (!statusHolds(c.status, m_view.status))
            return false;
        if (!c.shapes.isEmpty() && !c.shapes.contains(m_view.shape))
            return false;
        if (!c.contentTypes.isEmpty()
            && std::none_of(c.contentTypes.begin(), c.contentTypes.end(),
                            [&](const QByteArray& type) { return m_view.contentType.contains(type); }))
            return false;
        for (const HeaderCondition& header : c.headers) {
            if (!headerHolds(header))
                return false;
        }
        for (const ValueCondition& json : c.json) {
            if (!jsonHolds(json))
                return false;
        }
        for (const ValueCondition& xml : c.xml) {
            if (!xmlHolds(xml))
                return false;
        }
        // Conditions brought in first, so the evidence reads "why it is a refusal" before "what kind".
        for (const AnswerCondition& part : c.all) {
            if (!holds(part))
                return false;
        }
        if (!c.any.empty() && std::none_of(c.any.begin(), c.any.end(), [&](const auto& b) { return holds(b); }))
            return false;
        if (c.title) {
            QList<Hit> hits;
            if (m_view.titleOffset < 0 || !textHolds(*c.title, m_view.title, &hits))
                return false;
            add({Evidence::Kind::Title, {}, m_view.title, m_view.titleOffset, int(m_view.title.size())});
        }
        if (c.text) {
            if (m_view.shape == AnswerView::Shape::Empty || m_view.shape == AnswerView::Shape::Binary)
                return false;
            if (!c.text->exactly.isEmpty()
                && !c.text->exactly.contains(m_view.text.mid(m_view.trimStart, m_view.trimEnd - m_view.trimStart)))
                return false;
            QList<Hit> hits;
            // A tiny answer is scanned as it is; a longer one is first asked for the rule's words (made
            // once an answer): most of the platforms' phrases are turned down without a scan.
            const bool tiny = m_view.visibleText().size() <= 24;
            if (!textHolds(*c.text, m_view.visibleText(), &hits, tiny ? nullptr : &m_view))
                return false;
            if (!c.text->exactly.isEmpty())
                hits.append({0, m_view.visibleText().size()});
            for (const Hit& hit : hits)
                addText(Evidence::Kind::Body, m_view.trimStart, hit);
        }
        for (const AnswerCondition& excluded : c.none) {
            Matcher quiet(m_view, nullptr);
            if (quiet.holds(excluded))
                return false;
        }
        return true;
    }

    bool headerHolds(const HeaderCondition& condition)
    {
        for (const auto& [name, value] : m_view.headers) {
            if (name.toLower() != condition.name)
                continue;
            const QString folded = foldedText(QString::fromUtf8(value));
            if (!condition.contains.isEmpty() && findAny(folded, condition.contains, false).at < 0)
                continue;
            add({Evidence::Kind::HttpHeader, QString::fromLatin1(name), QString::fromUtf8(value), -1, 0});
            return true;
        }
        return false;
    }

    bool valueHolds(const ValueCondition& c, const QJsonValue& value) const
    {
        if (c.between && !numberBetween(value.isDouble() ? value.toDouble() : std::nan(""), *c.between)
            && !(value.isString() && textBetween(value.toString(), *c.between)))
            return false;
        if (c.truthy && truthy(value) != *c.truthy)
            return false;
        if (!c.equals.isEmpty() && std::none_of(c.equals.begin(), c.equals.end(), [&](const QJsonValue& e) {
                return jsonEquals(e, value);
            }))
            return false;
        if (!c.contains.isEmpty()
            && (!value.isString() || findAny(foldedText(value.toString()), c.contains, false).at < 0))
            return false;
        return true;
    }

    bool jsonHolds(const ValueCondition& c)
    {
        if (m_view.shape != AnswerView::Shape::Json)
            return false;
        const QSet<QString>& keys = m_view.jsonKeys();
        const bool pathExists
            = std::all_of(c.keys.begin(), c.keys.end(), [&](const QString& key) { return keys.contains(key); });
        if (!pathExists)
            return c.present && !*c.present; // the path is not there: only "present": false holds
        QList<Found> found;
        collect(m_view.json, c.segments, 0, {}, found);
        if (c.present && *c.present != !found.isEmpty())
            return false;
        const bool onlyPresence = c.equals.isEmpty() && !c.truthy && c.contains.isEmpty() && !c.between;
        if (onlyPresence) {
            if (!found.isEmpty())
                addJson(found.first());
            return true;
        }
        for (const Found& f : found) {
            if (valueHolds(c, f.value)) {
                addJson(f);
                return true;
            }
        }
        return false;
    }

    void addJson(const Found& found)
    {
        if (!m_evidence)
            return;
        const QString key = found.path.section(u'.', -1);
        const auto [offset, length] = locateJsonField(m_view.text, key);
        add({Evidence::Kind::Json, found.path, scalarText(found.value), offset, length});
    }

    bool xmlHolds(const ValueCondition& c)
    {
        if (m_view.shape != AnswerView::Shape::Xml)
            return false;
        const XmlElement* first = nullptr;
        for (const XmlElement& element : m_view.xml) {
            if (element.name != c.path)
                continue;
            if (!first)
                first = &element;
            if (c.truthy && isFalsyText(element.text) == *c.truthy)
                continue;
            if (c.between && !textBetween(element.text, *c.between))
                continue;
            if (!c.equals.isEmpty() && std::none_of(c.equals.begin(), c.equals.end(), [&](const QJsonValue& e) {
                    return textEquals(e, element.text);
                }))
                continue;
            if (!c.contains.isEmpty() && findAny(foldedText(element.text), c.contains, false).at < 0)
                continue;
            if (c.present && !*c.present)
                return false;
            add({Evidence::Kind::Xml, element.name, element.text, element.offset, element.length});
            return true;
        }
        if (c.present && !*c.present)
            return first == nullptr;
        return false;
    }

    const AnswerView& m_view;
    QList<Evidence>* m_evidence;
};

} // namespace

const AnswerRule* AnswerRules::match(const AnswerView& view, QList<Evidence>* evidence, bool refusalsOnly) const
{
    Matcher matcher(view, evidence);
    for (const AnswerRule& rule : m_rules) {
        if (refusalsOnly && rule.accepts())
            continue;
        if (matcher.holds(rule.when))
            return &rule;
    }
    return nullptr;
}

namespace {

// Whether an answer can match a rule at all, by the rule's guard (cheap: set look-ups and bits).
bool guardPasses(const AnswerRule& rule, const AnswerView& view)
{
    if (!rule.guardKeys.isEmpty()) {
        if (view.shape != AnswerView::Shape::Json)
            return false;
        const QSet<QString>& keys = view.jsonKeys();
        for (const QString& key : rule.guardKeys) {
            if (!keys.contains(key))
                return false;
        }
    }
    if (!rule.guardStarts.isEmpty()) {
        if (view.shape == AnswerView::Shape::Empty || view.shape == AnswerView::Shape::Binary)
            return false;
        const AnswerView::WordStarts& starts = view.wordStarts();
        return std::any_of(rule.guardStarts.begin(), rule.guardStarts.end(),
                           [&](int bit) { return (starts[bit / 64] & (quint64(1) << (bit % 64))) != 0; });
    }
    return true;
}

} // namespace

const AnswerRule* AnswerRules::match(const AnswerView& view, QList<Evidence>* evidence, bool refusalsOnly,
                                     AnswerRule::Stage stage) const
{
    Matcher matcher(view, evidence);
    for (const AnswerRule& rule : m_rules) {
        if (rule.stage != stage || (refusalsOnly && rule.accepts()) || !guardPasses(rule, view))
            continue;
        if (matcher.holds(rule.when))
            return &rule;
    }
    return nullptr;
}

} // namespace pbw
