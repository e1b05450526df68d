#include "batchpresets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbw::batch {

namespace {

StatusKind kindFromKey(const QString& key)
{
    if (key == QLatin1String("approved"))
        return StatusKind::Approved;
    if (key == QLatin1String("pending"))
        return StatusKind::Pending;
    if (key == QLatin1String("rejected") || key == QLatin1String("chargeback"))
        return StatusKind::Rejected;
    return StatusKind::Other;
}

// Keys of the file that name a field of ours under another name.
std::optional<ConversionField> fieldOfColumnKey(const QString& key)
{
    if (key == QLatin1String("event_type") || key == QLatin1String("event"))
        return ConversionField::Goal;
    return fieldFromKey(key);
}

BatchPreset presetFrom(const QJsonObject& object)
{
    BatchPreset preset;
    preset.name = object.value(QLatin1String("name")).toString();
    preset.title = object.value(QLatin1String("title")).toString();
    preset.side = object.value(QLatin1String("side")).toString();
    const QJsonObject columns = object.value(QLatin1String("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const std::optional<ConversionField> field = fieldOfColumnKey(it.key());
        if (!field || (it.key() != fieldKey(*field) && columns.contains(fieldKey(*field))))
            continue; // a column we do not keep, or an alias of one the preset names itself
        QStringList names;
        for (const QJsonValue name : it.value().toArray())
            names.append(name.toString());
        preset.mapping.set(*field, {names});
    }
    StatusWords words;
    const QJsonObject statuses = object.value(QLatin1String("status_values")).toObject();
    for (auto it = statuses.begin(); it != statuses.end(); ++it) {
        for (const QJsonValue word : it.value().toArray())
            words.add(word.toVariant().toString(), kindFromKey(it.key()));
    }
    preset.mapping.setStatusWords(words);
    for (const QJsonValue format : object.value(QLatin1String("time_formats")).toArray()) {
        if (format.toString().contains(QLatin1String("dd/MM")))
            preset.slashDayFirst = true;
    }
    return preset;
}

} // namespace

const BatchPresets& BatchPresets::builtIn()
{
    static const BatchPresets presets = [] {
        QFile file(QStringLiteral(":/rules/batch-presets.json"));
        return file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : BatchPresets();
    }();
    return presets;
}

BatchPresets BatchPresets::fromJson(const QByteArray& json, QStringList* problems)
{
    BatchPresets result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject()) {
        if (problems)
            problems->append(error.errorString());
        return result;
    }
    for (const QJsonValue value : document.object().value(QLatin1String("presets")).toArray()) {
        BatchPreset preset = presetFrom(value.toObject());
        if (preset.name.isEmpty() || !preset.mapping.isMapped(ConversionField::ClickId)) {
            if (problems)
                problems->append(QStringLiteral("preset \"%1\": no name or no click_id column").arg(preset.name));
            continue;
        }
        result.m_presets.append(std::move(preset));
    }
    return result;
}

const BatchPreset* BatchPresets::find(QStringView name) const
{
    for (const BatchPreset& preset : m_presets) {
        if (preset.name.compare(name, Qt::CaseInsensitive) == 0)
            return &preset;
    }
    return nullptr;
}

QStringList BatchPresets::names() const
{
    QStringList names;
    for (const BatchPreset& preset : m_presets)
        names.append(preset.name);
    return names;
}

} // namespace pbw::batch
