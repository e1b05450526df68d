#include "analysis/paramtable.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbw {

namespace {

class ParamTableText
{
    Q_DECLARE_TR_FUNCTIONS(ParamTableText)
};

struct RoleName
{
    ParamRole role;
    const char* key;
};

constexpr RoleName roleNames[] = {
    {ParamRole::ClickId, "clickid"},   {ParamRole::SubId, "subid"}, {ParamRole::Payout, "payout"},
    {ParamRole::Status, "status"},     {ParamRole::Goal, "goal"},   {ParamRole::TransactionId, "txid"},
    {ParamRole::Currency, "currency"}, {ParamRole::Auth, "auth"},
};

struct CharsetName
{
    IdShape::Charset charset;
    const char* key;
};

constexpr CharsetName charsetNames[] = {
    {IdShape::Charset::Any, "any"},       {IdShape::Charset::Hex, "hex"},
    {IdShape::Charset::Digits, "digits"}, {IdShape::Charset::Alnum, "alnum"},
    {IdShape::Charset::Base36, "base36"}, {IdShape::Charset::Base64Url, "base64url"},
};

bool inCharset(QChar c, IdShape::Charset charset)
{
    const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
    const bool lower = c >= QLatin1Char('a') && c <= QLatin1Char('z');
    const bool upper = c >= QLatin1Char('A') && c <= QLatin1Char('Z');
    switch (charset) {
    case IdShape::Charset::Any:
        return true;
    case IdShape::Charset::Hex:
        return digit || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
    case IdShape::Charset::Digits:
        return digit;
    case IdShape::Charset::Alnum:
        return digit || lower || upper;
    case IdShape::Charset::Base36:
        return digit || lower;
    case IdShape::Charset::Base64Url:
        return digit || lower || upper || c == QLatin1Char('-') || c == QLatin1Char('_');
    }
    return false;
}

} // namespace

QString roleKey(ParamRole role)
{
    for (const RoleName& entry : roleNames) {
        if (entry.role == role)
            return QString::fromLatin1(entry.key);
    }
    return QStringLiteral("unknown");
}

bool IdShape::charsetFromKey(QStringView key, Charset* charset)
{
    for (const CharsetName& known : charsetNames) {
        if (key == QLatin1String(known.key)) {
            *charset = known.charset;
            return true;
        }
    }
    return false;
}

bool IdShape::matches(QStringView value) const
{
    if (value.size() < min || (max > 0 && value.size() > max))
        return false;
    if (!prefixes.isEmpty() && std::none_of(prefixes.begin(), prefixes.end(), [&](const QString& prefix) {
            return value.startsWith(prefix);
        }))
        return false;
    for (const QChar c : value) {
        if (!inCharset(c, charset))
            return false;
    }
    return true;
}

QString IdShape::describe() const
{
    QString chars;
    switch (charset) {
    case Charset::Any:
        chars = ParamTableText::tr("characters");
        break;
    case Charset::Hex:
        chars = ParamTableText::tr("hex characters (0-9, a-f)");
        break;
    case Charset::Digits:
        chars = ParamTableText::tr("digits");
        break;
    case Charset::Alnum:
        chars = ParamTableText::tr("letters and digits");
        break;
    case Charset::Base36:
        chars = ParamTableText::tr("lower-case letters and digits");
        break;
    case Charset::Base64Url:
        chars = ParamTableText::tr("letters, digits, '-' and '_'");
        break;
    }
    if (min == max && min > 0)
        return ParamTableText::tr("%1 %2").arg(min).arg(chars);
    if (max > 0)
        return ParamTableText::tr("%1 to %2 %3").arg(min).arg(max).arg(chars);
    return ParamTableText::tr("at least %1 %2").arg(min).arg(chars);
}

const ParamTable& ParamTable::builtIn()
{
    static const ParamTable table = [] {
        QFile file(QStringLiteral(":/rules/params.json"));
        QStringList errors;
        ParamTable loaded = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll(), &errors) : ParamTable();
        if (!file.isOpen())
            errors.append(QStringLiteral("the built-in parameter table is missing"));
        for (const QString& error : errors)
            qCWarning(lcAnalysis) << "params.json:" << error;
        return loaded;
    }();
    return table;
}

ParamTable ParamTable::fromJson(const QByteArray& json, QStringList* errors)
{
    ParamTable table;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        errors->append(QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
        return table;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toInt() != 1)
        errors->append(
            QStringLiteral("unknown version %1").arg(root.value(QLatin1String("version")).toVariant().toString()));
    const QJsonArray params = root.value(QLatin1String("params")).toArray();
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QJsonObject entry = params.at(i).toObject();
        KnownParam param;
        param.name = entry.value(QLatin1String("name")).toString();
        const QString role = entry.value(QLatin1String("role")).toString();
        for (const RoleName& known : roleNames) {
            if (role == QLatin1String(known.key))
                param.role = known.role;
        }
        const QString where = QStringLiteral("params[%1] (%2)").arg(i).arg(param.name);
        if (param.name.isEmpty() || param.role == ParamRole::Unknown) {
            errors->append(where + QStringLiteral(": needs a name and a known role, not \"%1\"").arg(role));
            continue;
        }
        if (table.m_byLowerName.contains(param.name.toLower())) {
            errors->append(where + QStringLiteral(": listed twice"));
            continue;
        }
        for (const QJsonValue platform : entry.value(QLatin1String("platforms")).toArray())
            param.platforms.append(platform.toString());
        bool valid = true;
        for (const QJsonValue value : entry.value(QLatin1String("shapes")).toArray()) {
            const QJsonObject shapeObject = value.toObject();
            IdShape shape;
            const QString charset = shapeObject.value(QLatin1String("charset")).toString(QStringLiteral("any"));
            bool knownCharset = false;
            for (const CharsetName& known : charsetNames) {
                if (charset == QLatin1String(known.key)) {
                    shape.charset = known.charset;
                    knownCharset = true;
                }
            }
            shape.min = shapeObject.value(QLatin1String("min")).toInt(0);
            shape.max = shapeObject.value(QLatin1String("max")).toInt(0);
            if (!knownCharset || shape.min < 0 || (shape.max > 0 && shape.max < shape.min)) {
                errors->append(where + QStringLiteral(": a shape has an unknown charset or min > max"));
                valid = false;
            }
            param.shapes.append(shape);
        }
        if (!valid)
            continue;
        table.m_byLowerName.insert(param.name.toLower(), table.m_params.size());
        table.m_params.append(param);
    }
    for (const QJsonValue word : root.value(QLatin1String("placeholderWords")).toArray())
        table.m_placeholderWords.insert(word.toString());
    for (const QJsonValue value : root.value(QLatin1String("placeholderValues")).toArray())
        table.m_placeholderValues.insert(value.toString().toLower());
    if (table.m_params.isEmpty())
        errors->append(QStringLiteral("no parameters"));
    return table;
}

const KnownParam* ParamTable::find(QStringView name) const
{
    const auto it = m_byLowerName.constFind(name.toString().toLower());
    return it == m_byLowerName.cend() ? nullptr : &m_params.at(*it);
}

ParamRole ParamTable::roleOf(QStringView name) const
{
    const KnownParam* param = find(name);
    return param ? param->role : ParamRole::Unknown;
}

QStringList ParamTable::namesWithRole(ParamRole role) const
{
    QStringList out;
    for (const KnownParam& param : m_params) {
        if (param.role == role)
            out.append(param.name);
    }
    return out;
}

bool ParamTable::isPlaceholderValue(QStringView value) const
{
    return m_placeholderValues.contains(value.trimmed().toString().toLower());
}

} // namespace pbw
