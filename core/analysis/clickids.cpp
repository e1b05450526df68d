#include "analysis/clickids.h"

#include "analysis/macros.h"
#include "url/rawurl.h"
#include "util/datafolder.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbw {

namespace {

// The translation context of the click-ID messages.
class ClickIds
{
    Q_DECLARE_TR_FUNCTIONS(ClickIds)
};

struct KindKey
{
    TrackingKind kind;
    const char* key;
    const char* name;
};

constexpr KindKey kindKeys[] = {
    {TrackingKind::ClickId, "click-id", QT_TRANSLATE_NOOP("ClickIds", "click ID")},
    {TrackingKind::Tracker, "tracker", QT_TRANSLATE_NOOP("ClickIds", "tracker click ID")},
    {TrackingKind::SubId, "sub-id", QT_TRANSLATE_NOOP("ClickIds", "sub-ID")},
    {TrackingKind::Utm, "utm", QT_TRANSLATE_NOOP("ClickIds", "UTM")},
    {TrackingKind::Marker, "marker", QT_TRANSLATE_NOOP("ClickIds", "marker")},
    {TrackingKind::Other, "other", QT_TRANSLATE_NOOP("ClickIds", "other")},
};

bool kindFromKey(const QString& key, TrackingKind* kind)
{
    for (const KindKey& known : kindKeys) {
        if (key == QLatin1String(known.key)) {
            *kind = known.kind;
            return true;
        }
    }
    return false;
}

QString shapeNote(const TrackingParamInfo& info, const QString& name, const QString& value)
{
    if (value.isEmpty())
        return ClickIds::tr("%1 is empty.").arg(name);
    if (const MacroHit macro = findMacroInText(value); macro.found())
        return ClickIds::tr("%1 holds the macro %2, not a value: the tracker or ad platform did not fill it in.")
            .arg(name, macro.text);
    if (info.shapes.isEmpty())
        return {};
    for (const IdShape& shape : info.shapes) {
        if (shape.matches(value))
            return {};
    }
    const IdShape& first = info.shapes.first();
    int shortest = first.min;
    int longest = first.max;
    for (const IdShape& shape : info.shapes) {
        shortest = qMin(shortest, shape.min);
        longest = shape.max == 0 || longest == 0 ? 0 : qMax(longest, shape.max);
    }
    if (value.size() < shortest)
        return ClickIds::tr("%1 looks truncated: %n character(s), a %2 one has at least %3.", "", int(value.size()))
            .arg(name, info.platform)
            .arg(shortest);
    if (longest > 0 && value.size() > longest)
        return ClickIds::tr("%1 is longer than a %2 one: %n character(s).", "", int(value.size()))
            .arg(name, info.platform);
    if (!first.prefixes.isEmpty()
        && std::none_of(first.prefixes.begin(), first.prefixes.end(),
                        [&](const QString& prefix) { return value.startsWith(prefix); }))
        return ClickIds::tr("%1 does not start the way a %2 one does (%3).")
            .arg(name, info.platform, first.prefixes.join(QStringLiteral(", ")));
    return ClickIds::tr("%1 has characters a %2 one never has: expected %3.")
        .arg(name, info.platform, first.describe());
}

class Extractor
{
public:
    Extractor(const ClickIdTable& table, QList<TrackingParam>& out)
        : m_table(table)
        , m_out(out)
    {
    }

    void url(QStringView url, const QString& where, int depth)
    {
        // Pairs are decoded here, a value only when its name is known.
        const RawUrl raw = readRawUrl(url, {.decode = std::nullopt});
        pairs(url, raw.pairs, where, depth);
        if (raw.fragment.isPresent()) {
            // A fragment carries parameters in single-page apps: #/path?x=1, or #x=1&y=2.
            const TextSpan fragment = fragmentParams(url, raw.fragment);
            if (fragment.in(url).contains(u'='))
                pairs(url, readRawPairs(url, fragment, std::nullopt),
                      where.isEmpty() ? QStringLiteral("fragment") : where, depth);
        }
    }

private:
    void pairs(QStringView text, const QList<RawPair>& pairs, const QString& where, int depth)
    {
        for (const RawPair& pair : pairs) {
            if (pair.whole.length > 0)
                this->pair(pair.key.in(text), pair.value.in(text), where, depth);
        }
    }

    // '+' stays in a name or value: a click ID is never form-encoded.
    void pair(QStringView rawName, QStringView rawValue, const QString& where, int depth)
    {
        const QString name = percentDecoded(rawName);
        if (m_table.isNested(name) && depth < 2) {
            QString inner = percentDecoded(rawValue);
            if (inner.contains(QLatin1String("%3D"), Qt::CaseInsensitive)
                || inner.contains(QLatin1String("%26"), Qt::CaseInsensitive))
                inner = percentDecoded(inner); // encoded twice
            if (inner.contains(u'?') || inner.contains(u'#'))
                url(inner, QStringLiteral("nested:") + name, depth + 1);
            return;
        }
        const TrackingParamInfo* info = m_table.find(name);
        if (!info)
            return;
        TrackingParam param;
        param.name = name;
        param.value = percentDecoded(rawValue);
        param.platform = info->platform;
        param.kind = info->kind;
        param.where = where.isEmpty() ? QStringLiteral("query") : where;
        param.shapeNote = shapeNote(*info, name, param.value);
        param.shapeOk = param.shapeNote.isEmpty();
        m_out.append(param);
    }

    const ClickIdTable& m_table;
    QList<TrackingParam>& m_out;
};

} // namespace

QString trackingKindKey(TrackingKind kind)
{
    for (const KindKey& known : kindKeys) {
        if (known.kind == kind)
            return QLatin1String(known.key);
    }
    return QStringLiteral("other");
}

QString trackingPlatformName(const QString& platform)
{
    return platform == QLatin1String("any") ? QCoreApplication::translate("ClickIds", "any platform") : platform;
}

QString trackingKindName(TrackingKind kind)
{
    for (const KindKey& known : kindKeys) {
        if (known.kind == kind)
            return QCoreApplication::translate("ClickIds", known.name);
    }
    return {};
}

QString trackingWhereText(const QString& where)
{
    if (where == QLatin1String("query"))
        return ClickIds::tr("in the query");
    if (where == QLatin1String("fragment"))
        return ClickIds::tr("in the fragment (after #)");
    if (where.startsWith(QLatin1String("nested:")))
        return ClickIds::tr("in the URL inside %1").arg(where.mid(7));
    return where;
}

ClickIdTable ClickIdTable::fromJson(const QByteArray& json, QStringList* errors)
{
    ClickIdTable table;
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        errors->append(QStringLiteral("not JSON: %1").arg(parseError.errorString()));
        return table;
    }
    const auto read = [&](const QJsonObject& object, const QString& nameKey, TrackingParamInfo* info) {
        info->name = object.value(nameKey).toString();
        info->platform = object.value(u"platform").toString();
        if (info->name.isEmpty() || !kindFromKey(object.value(u"kind").toString(), &info->kind)) {
            errors->append(QStringLiteral("entry \"%1\": a name and a known kind are needed").arg(info->name));
            return false;
        }
        for (const QJsonValue& value : object.value(u"shapes").toArray()) {
            const QJsonObject shapeObject = value.toObject();
            IdShape shape;
            if (!IdShape::charsetFromKey(shapeObject.value(u"charset").toString(QStringLiteral("any")),
                                         &shape.charset)) {
                errors->append(QStringLiteral("entry \"%1\": unknown charset").arg(info->name));
                return false;
            }
            shape.min = shapeObject.value(u"min").toInt();
            shape.max = shapeObject.value(u"max").toInt();
            for (const QJsonValue& prefix : shapeObject.value(u"prefixes").toArray())
                shape.prefixes.append(prefix.toString());
            info->shapes.append(shape);
        }
        return true;
    };
    for (const QJsonValue& value : root.value(u"params").toArray()) {
        TrackingParamInfo info;
        if (!read(value.toObject(), QStringLiteral("name"), &info))
            continue;
        const QString key = info.name.toLower();
        if (table.m_byLowerName.contains(key)) {
            errors->append(QStringLiteral("\"%1\" is listed twice").arg(info.name));
            continue;
        }
        table.m_byLowerName.insert(key, table.m_params.size());
        table.m_params.append(info);
    }
    for (const QJsonValue& value : root.value(u"name_prefixes").toArray()) {
        TrackingParamInfo info;
        if (read(value.toObject(), QStringLiteral("prefix"), &info))
            table.m_prefixes.append(info);
    }
    for (const QJsonValue& value : root.value(u"nested").toArray())
        table.m_nested.append(value.toString().toLower());
    return table;
}

void ClickIdTable::merge(const ClickIdTable& other)
{
    for (const TrackingParamInfo& info : other.m_params) {
        const QString key = info.name.toLower();
        if (const auto it = m_byLowerName.constFind(key); it != m_byLowerName.cend()) {
            m_params[*it] = info;
        } else {
            m_byLowerName.insert(key, m_params.size());
            m_params.append(info);
        }
    }
    m_prefixes = other.m_prefixes + m_prefixes;
    for (const QString& nested : other.m_nested) {
        if (!m_nested.contains(nested))
            m_nested.append(nested);
    }
}

const ClickIdTable& ClickIdTable::builtIn()
{
    static const ClickIdTable table = [] {
        QStringList errors;
        QFile shipped(QStringLiteral(":/rules/clickids.json"));
        if (!shipped.open(QIODevice::ReadOnly))
            errors.append(QStringLiteral("clickids.json is missing"));
        ClickIdTable loaded = fromJson(shipped.readAll(), &errors);
        QFile own(QDir(dataFolder()).filePath(QStringLiteral("clickids.json")));
        if (own.open(QIODevice::ReadOnly))
            loaded.merge(fromJson(own.readAll(), &errors));
        for (const QString& error : std::as_const(errors))
            qCWarning(lcAnalysis) << "clickids.json:" << error;
        return loaded;
    }();
    return table;
}

const TrackingParamInfo* ClickIdTable::find(QStringView name) const
{
    const QString lower = name.toString().toLower();
    if (const auto it = m_byLowerName.constFind(lower); it != m_byLowerName.cend())
        return &m_params.at(*it);
    for (const TrackingParamInfo& prefix : m_prefixes) {
        if (lower.startsWith(prefix.name))
            return &prefix;
    }
    return nullptr;
}

bool ClickIdTable::isNested(QStringView name) const
{
    return m_nested.contains(name.toString().toLower());
}

QList<TrackingParam> trackingParamsOfUrl(const QString& url, const ClickIdTable& table)
{
    QList<TrackingParam> out;
    Extractor(table, out).url(url, {}, 0);
    return out;
}

QList<TrackingParam> extractTrackingParams(const QString& text, const ClickIdTable& table)
{
    QList<TrackingParam> out;
    Extractor extractor(table, out);
    bool foundUrl = false;
    qsizetype from = 0;
    while (true) {
        const qsizetype http = text.indexOf(QLatin1String("http"), from, Qt::CaseInsensitive);
        if (http < 0)
            break;
        const QStringView rest = QStringView(text).mid(http);
        if (!rest.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            && !rest.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
            from = http + 4;
            continue;
        }
        qsizetype end = http;
        while (end < text.size()) {
            const QChar c = text.at(end);
            if (c.isSpace() || c == u'"' || c == u'\'' || c == u'<' || c == u'>' || c == u'`')
                break;
            ++end;
        }
        extractor.url(QStringView(text).mid(http, end - http), {}, 0);
        foundUrl = true;
        from = end;
    }
    if (!foundUrl) {
        const QString trimmed = text.trimmed();
        // A URL without its scheme, or only a query string.
        extractor.url(trimmed.contains(u'?') || trimmed.contains(u'#') ? trimmed : QStringLiteral("?") + trimmed, {},
                      0);
    }
    return out;
}

} // namespace pbw
