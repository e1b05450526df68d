#include "analysis/answerrules.h"

#include "analysis/verdictmessages.h"
#include "util/datafolder.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pbw {

namespace {

class AnswerRulesText
{
    Q_DECLARE_TR_FUNCTIONS(AnswerRulesText)
};

constexpr int supportedFormat = 1;
constexpr int maxDepth = 16;
constexpr qint64 maxFileBytes = 4 * 1024 * 1024;

// Reads one rules document; problems name the rule they belong to.
class RuleReader
{
public:
    RuleReader(const QJsonObject& defines, QStringList* problems)
        : m_defines(defines)
        , m_problems(problems)
    {
    }

    void setRule(const QString& name) { m_rule = name; }
    void problem(const QString& text)
    {
        m_ok = false;
        if (m_problems)
            m_problems->append(AnswerRulesText::tr("Rule \"%1\": %2").arg(m_rule, text));
    }
    bool takeOk()
    {
        const bool ok = m_ok;
        m_ok = true;
        return ok;
    }

    AnswerCondition condition(const QJsonValue& value, const QString& field, int depth);

private:
    std::optional<QStringList> texts(const QJsonValue& value, const QString& field);
    void status(const QJsonValue& value, AnswerCondition& out);
    std::optional<TextCondition> text(const QJsonValue& value, const QString& field);
    QList<ValueCondition> values(const QJsonValue& value, const QString& field, const QString& nameKey);
    QList<HeaderCondition> headers(const QJsonValue& value);
    void use(const QJsonValue& value, AnswerCondition& out, int depth);

    QJsonObject m_defines;
    QStringList* m_problems;
    QString m_rule;
    bool m_ok = true;
};

std::optional<QStringList> RuleReader::texts(const QJsonValue& value, const QString& field)
{
    const QJsonArray array = value.isString() ? QJsonArray{value} : value.toArray();
    QStringList out;
    for (const QJsonValue& entry : array) {
        if (!entry.isString() || entry.toString().isEmpty()) {
            problem(AnswerRulesText::tr("\"%1\" must be a list of non-empty texts.").arg(field));
            return std::nullopt;
        }
        out.append(foldedText(entry.toString()));
    }
    if (out.isEmpty()) {
        problem(AnswerRulesText::tr("\"%1\" must be a list of non-empty texts.").arg(field));
        return std::nullopt;
    }
    return out;
}

void RuleReader::status(const QJsonValue& value, AnswerCondition& out)
{
    const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue& entry : array) {
        const QString text = entry.isDouble() ? QString::number(entry.toInt()) : entry.toString().trimmed().toLower();
        StatusRange range;
        bool ok = false;
        if (text.size() == 3 && text.endsWith(QLatin1String("xx")) && text.at(0) >= u'1' && text.at(0) <= u'5') {
            range.from = (text.at(0).unicode() - u'0') * 100;
            range.to = range.from + 99;
            ok = true;
        } else if (const qsizetype dash = text.indexOf(u'-'); dash > 0) {
            bool fromOk = false;
            bool toOk = false;
            range.from = text.left(dash).toInt(&fromOk);
            range.to = text.mid(dash + 1).toInt(&toOk);
            ok = fromOk && toOk && range.from <= range.to;
        } else {
            range.from = range.to = text.toInt(&ok);
        }
        if (!ok || range.from < 100 || range.to > 599) {
            problem(AnswerRulesText::tr("\"status\" entry \"%1\" is not a status (200), a class (2xx) or a range "
                                        "(400-499).")
                        .arg(entry.isDouble() ? text : entry.toVariant().toString()));
            continue;
        }
        out.status.append(range);
    }
}

std::optional<TextCondition> RuleReader::text(const QJsonValue& value, const QString& field)
{
    if (!value.isObject()) {
        problem(AnswerRulesText::tr("\"%1\" must be an object such as {\"contains\": [\"duplicate\"]}.").arg(field));
        return std::nullopt;
    }
    TextCondition out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("regex")) {
            QRegularExpression regex(it.value().toString(),
                                     QRegularExpression::CaseInsensitiveOption
                                         | QRegularExpression::UseUnicodePropertiesOption);
            if (!it.value().isString() || !regex.isValid()) {
                problem(AnswerRulesText::tr("\"%1\" has an invalid regular expression: %2.")
                            .arg(field, regex.errorString()));
                continue;
            }
            out.regex = regex;
            continue;
        }
        if (key == QLatin1String("exactly")) {
            for (const QJsonValue& entry : it.value().toArray())
                out.exactly.append(entry.toString());
            if (out.exactly.isEmpty() || out.exactly.contains(QString()))
                problem(AnswerRulesText::tr("\"%1\" must be a list of non-empty texts.")
                            .arg(field + QStringLiteral(".exactly")));
            continue;
        }
        const auto list = texts(it.value(), field + QLatin1Char('.') + key);
        if (!list)
            continue;
        if (key == QLatin1String("contains") || key == QLatin1String("and_contains"))
            out.contains.append(*list);
        else if (key == QLatin1String("words"))
            out.words = *list;
        else if (key == QLatin1String("anywhere"))
            out.anywhere = *list;
        else if (key == QLatin1String("equals"))
            out.equals = *list;
        else if (key == QLatin1String("starts_with"))
            out.startsWith = *list;
        else
            problem(AnswerRulesText::tr("unknown condition \"%1\".").arg(field + QLatin1Char('.') + key));
    }
    if (out.contains.isEmpty() && out.words.isEmpty() && out.anywhere.isEmpty() && out.equals.isEmpty()
        && out.startsWith.isEmpty() && out.exactly.isEmpty() && !out.regex)
        problem(AnswerRulesText::tr("\"%1\" is empty: it would match every answer.").arg(field));
    return out;
}

QList<ValueCondition> RuleReader::values(const QJsonValue& value, const QString& field, const QString& nameKey)
{
    QList<ValueCondition> out;
    const QJsonArray array = value.isObject() ? QJsonArray{value} : value.toArray();
    if (array.isEmpty())
        problem(AnswerRulesText::tr("\"%1\" must be a list of objects.").arg(field));
    for (const QJsonValue& entry : array) {
        const QJsonObject object = entry.toObject();
        ValueCondition condition;
        condition.path = object.value(nameKey).toString().trimmed();
        if (condition.path.isEmpty()) {
            problem(AnswerRulesText::tr("every \"%1\" entry needs \"%2\".").arg(field, nameKey));
            continue;
        }
        condition.segments = condition.path.split(u'.');
        for (const QString& segment : std::as_const(condition.segments)) {
            bool index = false;
            segment.toInt(&index);
            if (segment != u"*" && !index)
                condition.keys.append(segment.toLower());
        }
        bool tested = false;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            if (key == nameKey)
                continue;
            tested = true;
            if (key == QLatin1String("equals")) {
                const QJsonArray expected = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
                for (const QJsonValue& e : expected)
                    condition.equals.append(e);
            } else if (key == QLatin1String("truthy") && it.value().isBool()) {
                condition.truthy = it.value().toBool();
            } else if (key == QLatin1String("present") && it.value().isBool()) {
                condition.present = it.value().toBool();
            } else if (key == QLatin1String("contains")) {
                if (const auto list = texts(it.value(), field + QLatin1String(".contains")))
                    condition.contains = *list;
            } else if (key == QLatin1String("between")) {
                const QJsonArray bounds = it.value().toArray();
                if (bounds.size() == 2 && bounds.at(0).isDouble() && bounds.at(1).isDouble()
                    && bounds.at(0).toDouble() <= bounds.at(1).toDouble())
                    condition.between = std::make_pair(bounds.at(0).toDouble(), bounds.at(1).toDouble());
                else
                    problem(AnswerRulesText::tr("\"%1\" must be two numbers, the lower first, such as [200, 299].")
                                .arg(field + QStringLiteral(".between")));
            } else {
                problem(AnswerRulesText::tr("unknown condition \"%1\".").arg(field + QLatin1Char('.') + key));
            }
        }
        if (!tested)
            problem(AnswerRulesText::tr("\"%1\" on \"%2\" needs equals, between, truthy, present or contains.")
                        .arg(field, condition.path));
        out.append(condition);
    }
    return out;
}

QList<HeaderCondition> RuleReader::headers(const QJsonValue& value)
{
    QList<HeaderCondition> out;
    const QJsonArray array = value.isObject() ? QJsonArray{value} : value.toArray();
    for (const QJsonValue& entry : array) {
        const QJsonObject object = entry.toObject();
        HeaderCondition header;
        header.name = object.value(QLatin1String("name")).toString().trimmed().toLatin1().toLower();
        if (header.name.isEmpty()) {
            problem(AnswerRulesText::tr("every \"header\" entry needs \"name\"."));
            continue;
        }
        if (object.contains(QLatin1String("contains"))) {
            if (const auto list = texts(object.value(QLatin1String("contains")), QStringLiteral("header.contains")))
                header.contains = *list;
        }
        out.append(header);
    }
    if (out.isEmpty())
        problem(AnswerRulesText::tr("\"header\" must be a list of objects with a \"name\"."));
    return out;
}

void RuleReader::use(const QJsonValue& value, AnswerCondition& out, int depth)
{
    const QJsonArray names = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue& name : names) {
        if (!m_defines.contains(name.toString())) {
            problem(AnswerRulesText::tr("\"use\" names \"%1\", which \"define\" does not have.").arg(name.toString()));
            continue;
        }
        out.all.push_back(condition(m_defines.value(name.toString()), name.toString(), depth + 1));
    }
}

AnswerCondition RuleReader::condition(const QJsonValue& value, const QString& field, int depth)
{
    AnswerCondition out;
    if (depth > maxDepth) {
        problem(AnswerRulesText::tr("conditions nest too deep (does a \"use\" refer to itself?)."));
        return out;
    }
    if (!value.isObject() || value.toObject().isEmpty()) {
        problem(AnswerRulesText::tr("\"%1\" must be a non-empty object of conditions.").arg(field));
        return out;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue& v = it.value();
        if (key == QLatin1String("status")) {
            status(v, out);
        } else if (key == QLatin1String("content_type")) {
            if (const auto list = texts(v, key))
                for (const QString& type : *list)
                    out.contentTypes.append(type.toLatin1());
        } else if (key == QLatin1String("shape")) {
            const auto list = texts(v, key);
            for (const QString& shape : list.value_or(QStringList{})) {
                bool known = false;
                for (auto s : {AnswerView::Shape::Empty, AnswerView::Shape::Json, AnswerView::Shape::Xml,
                               AnswerView::Shape::Html, AnswerView::Shape::Text, AnswerView::Shape::Binary}) {
                    if (shapeKey(s) == shape) {
                        out.shapes.append(s);
                        known = true;
                    }
                }
                if (!known)
                    problem(AnswerRulesText::tr("\"shape\" entry \"%1\" is not one of empty, json, xml, html, text, "
                                                "binary.")
                                .arg(shape));
            }
        } else if (key == QLatin1String("header")) {
            out.headers = headers(v);
        } else if (key == QLatin1String("text")) {
            out.text = text(v, key);
        } else if (key == QLatin1String("title")) {
            out.title = text(v, key);
        } else if (key == QLatin1String("json")) {
            out.json = values(v, key, QStringLiteral("path"));
        } else if (key == QLatin1String("xml")) {
            out.xml = values(v, key, QStringLiteral("element"));
            for (ValueCondition& element : out.xml)
                element.path = element.path.toLower();
        } else if (key == QLatin1String("any")) {
            const QJsonArray branches = v.toArray();
            if (branches.isEmpty())
                problem(AnswerRulesText::tr("\"any\" must be a non-empty list of conditions."));
            for (const QJsonValue& branch : branches)
                out.any.push_back(condition(branch, key, depth + 1));
        } else if (key == QLatin1String("not")) {
            out.none.push_back(condition(v, key, depth + 1));
        } else if (key == QLatin1String("use")) {
            use(v, out, depth);
        } else if (key != QLatin1String("comment")) {
            problem(AnswerRulesText::tr("unknown condition \"%1\".").arg(key));
        }
    }
    return out;
}

QString bucketList()
{
    QStringList keys;
    for (int b = int(Verdict::Bucket::None); b <= int(Verdict::Bucket::Redirect); ++b)
        keys.append(bucketKey(Verdict::Bucket(b)));
    return keys.join(QLatin1String(", "));
}

std::optional<AnswerRule> readRule(const QJsonObject& object, RuleReader& reader)
{
    AnswerRule rule;
    rule.id = object.value(QLatin1String("id")).toString().trimmed();
    for (auto it = object.begin(); it != object.end(); ++it) {
        static const QSet<QString> known{
            QStringLiteral("id"),      QStringLiteral("platform"),  QStringLiteral("when"),
            QStringLiteral("bucket"),  QStringLiteral("layer"),     QStringLiteral("message"),
            QStringLiteral("summary"), QStringLiteral("next_step"), QStringLiteral("confidence"),
            QStringLiteral("comment"), QStringLiteral("source")};
        if (!known.contains(it.key()))
            reader.problem(AnswerRulesText::tr("unknown field \"%1\".").arg(it.key()));
    }
    rule.platform = object.value(QLatin1String("platform")).toString();
    rule.documentedAt = object.value(QLatin1String("source")).toString();
    rule.when = reader.condition(object.value(QLatin1String("when")), QStringLiteral("when"), 0);

    const QString bucket = object.value(QLatin1String("bucket")).toString();
    if (const auto b = bucketFromKey(bucket))
        rule.bucket = *b;
    else
        reader.problem(AnswerRulesText::tr("\"%1\" is not a bucket; use one of: %2.").arg(bucket, bucketList()));

    if (object.contains(QLatin1String("layer"))) {
        const auto layer = layerFromKey(object.value(QLatin1String("layer")).toString());
        if (layer
            && (*layer == Verdict::Layer::Ok || *layer == Verdict::Layer::Unknown
                || *layer == Verdict::Layer::Business))
            rule.layer = layer;
        else
            reader.problem(AnswerRulesText::tr("\"%1\" is not a layer a rule can give; use ok, unknown or business.")
                               .arg(object.value(QLatin1String("layer")).toString()));
    }
    if (object.contains(QLatin1String("confidence"))) {
        const QString confidence = object.value(QLatin1String("confidence")).toString();
        if (const auto c = confidenceFromKey(confidence))
            rule.confidence = *c;
        else
            reader.problem(AnswerRulesText::tr("\"%1\" is not a confidence; use low, medium or high.").arg(confidence));
    }
    rule.summary = object.value(QLatin1String("summary")).toString().trimmed();
    rule.nextStep = object.value(QLatin1String("next_step")).toString().trimmed();
    rule.message = object.value(QLatin1String("message")).toString();
    const bool messageGiven = object.contains(QLatin1String("message"));
    if (!messageGiven && rule.summary.isEmpty())
        rule.message = bucket;
    // A message taken from a bad bucket was reported with the bucket already.
    if (rule.summary.isEmpty() && !isRuleMessage(rule.message) && (messageGiven || bucketFromKey(bucket)))
        reader.problem(AnswerRulesText::tr("\"%1\" is not a message this program knows; write your own words in "
                                           "\"summary\" (and \"next_step\") instead.")
                           .arg(rule.message));
    if (!reader.takeOk())
        return std::nullopt;
    return rule;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// What a rule needs of any answer it can match (AnswerRule::guardKeys, guardStarts).
void setGuard(AnswerRule& rule)
{
    for (const ValueCondition& json : rule.when.json) {
        if (!json.present || *json.present)
            rule.guardKeys += json.keys;
    }
    if (!rule.when.text || rule.when.text->contains.isEmpty())
        return;
    QList<int> starts;
    for (const QString& needle : rule.when.text->contains.first()) {
        if (needle.size() < 2 || !isWordChar(needle[0]) || !isWordChar(needle[1]))
            return; // a phrase that starts otherwise cannot be guarded this way
        starts.append(AnswerView::wordStartBit(QStringView(needle).left(3)));
    }
    rule.guardStarts = starts;
}

} // namespace

AnswerRules AnswerRules::fromJson(const QByteArray& json, const QString& source, QStringList* problems)
{
    AnswerRules out;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        if (problems)
            problems->append(error.error != QJsonParseError::NoError
                                 ? AnswerRulesText::tr("The file is not valid JSON: %1 (at character %2).")
                                       .arg(error.errorString())
                                       .arg(error.offset)
                                 : AnswerRulesText::tr("The file must hold a JSON object with a \"rules\" list."));
        return out;
    }
    const QJsonObject root = document.object();
    const int format = root.value(QLatin1String("format")).toInt(supportedFormat);
    if (format > supportedFormat) {
        if (problems)
            problems->append(AnswerRulesText::tr("The file is in rules format %1; this program reads format %2. "
                                                 "Update the program.")
                                 .arg(format)
                                 .arg(supportedFormat));
        return out;
    }
    if (!root.value(QLatin1String("rules")).isArray()) {
        if (problems)
            problems->append(AnswerRulesText::tr("The file must hold a JSON object with a \"rules\" list."));
        return out;
    }
    RuleReader reader(root.value(QLatin1String("define")).toObject(), problems);
    QSet<QString> ids;
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject object = rules.at(i).toObject();
        const QString id = object.value(QLatin1String("id")).toString().trimmed();
        reader.setRule(id.isEmpty() ? QStringLiteral("#%1").arg(i + 1) : id);
        if (id.isEmpty())
            reader.problem(AnswerRulesText::tr("a rule needs an \"id\"."));
        else if (ids.contains(id))
            reader.problem(AnswerRulesText::tr("the id is used by an earlier rule too."));
        ids.insert(id);
        if (auto rule = readRule(object, reader)) {
            rule->source = source;
            setGuard(*rule);
            out.m_rules.append(*rule);
        }
    }
    return out;
}

AnswerRules AnswerRules::fromFile(const QString& path, QStringList* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(
                AnswerRulesText::tr("The rules file \"%1\" cannot be read: %2.").arg(path, file.errorString()));
        return {};
    }
    if (file.size() > maxFileBytes) {
        if (problems)
            problems->append(AnswerRulesText::tr("The rules file \"%1\" is larger than 4 MB; a rules file is never "
                                                 "that large.")
                                 .arg(path));
        return {};
    }
    return fromJson(file.readAll(), QFileInfo(path).fileName(), problems);
}

AnswerRules AnswerRules::withUserFile(const QString& path, QStringList* problems)
{
    AnswerRules out;
    if (QFileInfo::exists(path)) {
        QStringList found;
        AnswerRules user = fromFile(path, &found);
        if (found.isEmpty()) {
            out.m_rules = user.m_rules;
        } else {
            qCWarning(lcAnalysis) << "answer rules in" << path << "not used:" << found;
            if (problems)
                problems->append(found);
        }
    }
    out.m_rules.append(builtIn().m_rules);
    return out;
}

const AnswerRules& AnswerRules::builtIn()
{
    static const AnswerRules rules = [] {
        QStringList problems;
        AnswerRules loaded;
        const auto add = [&](const QString& path, AnswerRule::Stage stage) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                problems.append(QStringLiteral("%1 is missing from the program's resources").arg(path));
                return;
            }
            QStringList found;
            AnswerRules part = fromJson(file.readAll(), QStringLiteral("built-in"), &found);
            for (const QString& problem : std::as_const(found))
                problems.append(QFileInfo(path).fileName() + QStringLiteral(": ") + problem);
            for (AnswerRule& rule : part.m_rules) {
                rule.stage = stage;
                loaded.m_rules.append(rule);
            }
        };
        const QDir platforms(QStringLiteral(":/rules/answers"));
        for (const QString& name : platforms.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            add(platforms.filePath(name), AnswerRule::Stage::Platform);
        add(QStringLiteral(":/rules/answers.json"), AnswerRule::Stage::Shape);
        for (const QString& problem : std::as_const(problems))
            qCWarning(lcAnalysis) << "built-in answer rules:" << problem;
        return loaded;
    }();
    return rules;
}

namespace {

struct ActiveRules
{
    AnswerRules rules;
    QStringList problems;
};

const ActiveRules& activeRules()
{
    static const ActiveRules active = [] {
        ActiveRules loaded;
        loaded.rules = AnswerRules::withUserFile(AnswerRules::userFilePath(), &loaded.problems);
        return loaded;
    }();
    return active;
}

} // namespace

const AnswerRules& AnswerRules::active()
{
    return activeRules().rules;
}

const QStringList& AnswerRules::activeProblems()
{
    return activeRules().problems;
}

QString AnswerRules::userFilePath()
{
    return dataFolder() + QStringLiteral("/answer-rules.json");
}

} // namespace pbw
