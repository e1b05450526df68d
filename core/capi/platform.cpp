#include "capi/platform.h"

#include "capi/normalizesteps.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace pbw {

namespace {

// The order the window, pbw and the comparison show platforms in.
const QStringList order{QStringLiteral("meta"),       QStringLiteral("tiktok"), QStringLiteral("snapchat"),
                        QStringLiteral("google-ads"), QStringLiteral("ga4"),    QStringLiteral("pinterest"),
                        QStringLiteral("reddit")};

// Every label the platform files use, so that lupdate finds them (a test checks the list is whole).
const char* const labels[] = {
    QT_TRANSLATE_NOOP("PlatformText", "API secret"),
    QT_TRANSLATE_NOOP("PlatformText", "Access token"),
    QT_TRANSLATE_NOOP("PlatformText", "Ad account ID"),
    QT_TRANSLATE_NOOP("PlatformText", "App secret"),
    QT_TRANSLATE_NOOP("PlatformText", "Conversion access token"),
    QT_TRANSLATE_NOOP("PlatformText", "Conversion action ID"),
    QT_TRANSLATE_NOOP("PlatformText", "Customer ID"),
    QT_TRANSLATE_NOOP("PlatformText", "Developer token"),
    QT_TRANSLATE_NOOP("PlatformText", "Manager customer ID"),
    QT_TRANSLATE_NOOP("PlatformText", "Measurement ID"),
    QT_TRANSLATE_NOOP("PlatformText", "OAuth access token"),
    QT_TRANSLATE_NOOP("PlatformText", "Pixel (dataset) ID"),
    QT_TRANSLATE_NOOP("PlatformText", "Pixel ID"),
    QT_TRANSLATE_NOOP("PlatformText", "Pixel code"),
};

struct Loaded
{
    QList<ConversionPlatform> platforms;
    QStringList problems;
};

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

PlatformField fieldFrom(const QJsonObject& object, const QString& file, QStringList& problems)
{
    PlatformField field;
    field.field = text(object, "field");
    field.key = text(object, "key");
    field.multi = object.value(u"multi").toBool();
    field.source = text(object, "source");
    const QString hash = text(object, "hash");
    if (hash == QLatin1String("none"))
        field.hash = PlatformField::Hash::None;
    else if (hash != QLatin1String("sha256"))
        problems.append(QStringLiteral("%1: %2 has hash \"%3\"").arg(file, field.field, hash));
    for (const QJsonValue& step : object.value(u"steps").toArray()) {
        if (const auto known = normalizationStep(step.toString()))
            field.steps.append(*known);
        else
            problems.append(QStringLiteral("%1: %2 has unknown step \"%3\"").arg(file, field.field, step.toString()));
    }
    if (field.field.isEmpty() || field.key.isEmpty())
        problems.append(QStringLiteral("%1: a field without \"field\" or \"key\"").arg(file));
    if (field.source.isEmpty())
        problems.append(QStringLiteral("%1: %2 has no source").arg(file, field.field));
    return field;
}

ConversionPlatform platformFrom(const QJsonObject& root, const QString& file, QStringList& problems)
{
    ConversionPlatform p;
    p.id = text(root, "id");
    p.name = text(root, "name");
    p.shortName = text(root, "short_name");
    p.docs = text(root, "docs");
    const QJsonObject endpoint = root.value(u"endpoint").toObject();
    p.method = endpoint.value(u"method").toString(QStringLiteral("POST"));
    p.url = text(endpoint, "url");
    p.baseUrl = text(endpoint, "base_url");
    p.version = text(endpoint, "version");
    p.validateUrl = text(endpoint, "validate_url");
    const QJsonObject account = root.value(u"account").toObject();
    p.accountLabel = text(account, "label");
    p.accountPattern = text(account, "pattern");
    p.accountRemove = text(account, "remove");
    for (const QJsonValue& value : root.value(u"credentials").toArray()) {
        const QJsonObject c = value.toObject();
        p.credentials.append({text(c, "name"), text(c, "in"), text(c, "label"), c.value(u"secret").toBool()});
    }
    const QJsonObject test = root.value(u"test_mode").toObject();
    p.testKind = text(test, "kind");
    p.testName = text(test, "name");
    p.testWhat = text(test, "what");
    const QJsonObject limits = root.value(u"limits").toObject();
    p.eventAgeDays = limits.value(u"event_age_days").toInt();
    p.eventAgeHours = limits.value(u"event_age_hours").toInt();
    p.batchMax = limits.value(u"batch_max").toInt();
    p.dedupKey = text(root.value(u"dedup").toObject(), "key");
    const QJsonObject names = root.value(u"event_names").toObject();
    for (auto it = names.begin(); it != names.end(); ++it) {
        if (it.value().isString() && it.key() != QLatin1String("source") && it.key() != QLatin1String("note"))
            p.eventNames.insert(it.key(), it.value().toString());
    }
    const QJsonObject sources = root.value(u"action_sources").toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        if (it.key() != QLatin1String("source"))
            p.actionSources.insert(it.key(), it.value().toString());
    }
    p.timeFormat = text(root, "time_format");
    for (const QJsonValue& value : root.value(u"fields").toArray())
        p.fields.append(fieldFrom(value.toObject(), file, problems));
    for (const QJsonValue& value : root.value(u"click_ids").toArray())
        p.clickIds.append({text(value.toObject(), "name"), text(value.toObject(), "key")});
    p.answer = root.value(u"answer").toObject();
    for (const QJsonValue& value : root.value(u"errors").toArray())
        p.errors.append(value.toObject());

    static const QStringList kinds{QStringLiteral("body_field"), QStringLiteral("body_flag"),
                                   QStringLiteral("query_flag"), QStringLiteral("validate_url")};
    static const QStringList times{QStringLiteral("unix_seconds"), QStringLiteral("unix_millis"),
                                   QStringLiteral("unix_micros"), QStringLiteral("iso8601"),
                                   QStringLiteral("google_datetime")};
    if (p.id.isEmpty() || p.name.isEmpty() || p.shortName.isEmpty() || p.url.isEmpty() || p.baseUrl.isEmpty())
        problems.append(
            QStringLiteral("%1: id, name, short_name, endpoint.url or endpoint.base_url missing").arg(file));
    if (!kinds.contains(p.testKind))
        problems.append(QStringLiteral("%1: test_mode.kind \"%2\"").arg(file, p.testKind));
    if (!times.contains(p.timeFormat))
        problems.append(QStringLiteral("%1: time_format \"%2\"").arg(file, p.timeFormat));
    if (!p.token())
        problems.append(QStringLiteral("%1: no secret credential").arg(file));
    return p;
}

const Loaded& loaded()
{
    static const Loaded all = [] {
        Loaded out;
        QDir dir(QStringLiteral(":/rules/platforms"));
        QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        std::sort(files.begin(), files.end(), [](const QString& a, const QString& b) {
            const auto rank = [](const QString& f) {
                const qsizetype i = order.indexOf(f.chopped(5));
                return i < 0 ? order.size() : i;
            };
            return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
        });
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                out.problems.append(name + QStringLiteral(": unreadable"));
                continue;
            }
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
            if (!doc.isObject()) {
                out.problems.append(QStringLiteral("%1: %2").arg(name, error.errorString()));
                continue;
            }
            ConversionPlatform platform = platformFrom(doc.object(), name, out.problems);
            if (platform.id + QStringLiteral(".json") != name)
                out.problems.append(QStringLiteral("%1: id \"%2\" is not the file's name").arg(name, platform.id));
            out.platforms.append(std::move(platform));
        }
        // Fields normalised and hashed alike share an ID, so that a value is worked out once for them.
        QList<QPair<QList<NormalizationStep>, PlatformField::Hash>> rules;
        for (ConversionPlatform& platform : out.platforms) {
            for (qsizetype i = 0; i < platform.fields.size(); ++i) {
                PlatformField& field = platform.fields[i];
                const QPair<QList<NormalizationStep>, PlatformField::Hash> rule{field.steps, field.hash};
                qsizetype id = rules.indexOf(rule);
                if (id < 0) {
                    id = rules.size();
                    rules.append(rule);
                }
                field.ruleId = int(id) + 1;
                platform.fieldIndex.insert(field.field, i);
            }
        }
        for (const QString& problem : std::as_const(out.problems))
            qCWarning(lcAnalysis) << "platform rules:" << problem;
        return out;
    }();
    return all;
}

} // namespace

const PlatformField* ConversionPlatform::fieldFor(const QString& key) const
{
    const auto it = fieldIndex.constFind(key);
    return it == fieldIndex.cend() ? nullptr : &fields.at(*it);
}

QString ConversionPlatform::eventName(const QString& metaName) const
{
    return eventNames.value(metaName, metaName);
}

const PlatformCredential* ConversionPlatform::token() const
{
    for (const PlatformCredential& c : credentials) {
        if (c.secret)
            return &c;
    }
    return nullptr;
}

const QList<ConversionPlatform>& conversionPlatforms()
{
    return loaded().platforms;
}

const ConversionPlatform* conversionPlatform(const QString& id)
{
    for (const ConversionPlatform& p : conversionPlatforms()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const ConversionPlatform& metaPlatform()
{
    static const ConversionPlatform fallback;
    const ConversionPlatform* meta = conversionPlatform(QStringLiteral("meta"));
    return meta ? *meta : fallback;
}

QStringList conversionPlatformIds()
{
    QStringList ids;
    for (const ConversionPlatform& p : conversionPlatforms())
        ids.append(p.id);
    return ids;
}

QString platformText(const QString& english)
{
    return QCoreApplication::translate("PlatformText", english.toUtf8().constData());
}

QString platformTextInSentence(const QString& english)
{
    QString text = platformText(english);
    if (text.size() > 1 && text.at(1).isLower())
        text[0] = text.at(0).toLower();
    return text;
}

namespace {

// Labels of the platform files that have no translation entry (labels above).
QStringList untranslatableLabels()
{
    QStringList missing;
    const auto known = [](const QString& text) {
        return std::any_of(std::begin(labels), std::end(labels),
                           [&text](const char* label) { return text == QLatin1String(label); });
    };
    for (const ConversionPlatform& p : conversionPlatforms()) {
        if (!known(p.accountLabel))
            missing.append(p.accountLabel);
        for (const PlatformCredential& c : p.credentials) {
            if (!known(c.label))
                missing.append(c.label);
        }
    }
    return missing;
}

} // namespace

QString platformTestModeText(const ConversionPlatform& platform)
{
    const QString& kind = platform.testKind;
    if (kind == QLatin1String("body_flag"))
        return QCoreApplication::translate("PlatformText", "%1 checks the request and records nothing.")
            .arg(platform.shortName);
    if (kind == QLatin1String("query_flag"))
        return QCoreApplication::translate("PlatformText", "%1 answers as usual but records nothing.")
            .arg(platform.shortName);
    if (kind == QLatin1String("validate_url") && platform.id == QLatin1String("ga4"))
        return QCoreApplication::translate("PlatformText",
                                           "Sent to GA4's validation server: checked, not recorded. It does not check "
                                           "the API secret or the measurement ID.");
    if (kind == QLatin1String("validate_url"))
        return QCoreApplication::translate("PlatformText", "Sent to %1's validation address: checked, not recorded.")
            .arg(platform.shortName);
    return QCoreApplication::translate("PlatformText",
                                       "The events carry the test code and show in %1's test events view.")
        .arg(platform.shortName);
}

QStringList conversionPlatformProblems()
{
    QStringList problems = loaded().problems;
    for (const QString& id : order) {
        if (!conversionPlatform(id))
            problems.append(id + QStringLiteral(".json is missing"));
    }
    for (const QString& label : untranslatableLabels())
        problems.append(
            QStringLiteral("label \"%1\" is not in platform.cpp's labels: it would not be translated").arg(label));
    return problems;
}

} // namespace pbw
