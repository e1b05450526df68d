#include "net/useragents.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbw {

namespace {

// The names of the shipped presets, for translation.
[[maybe_unused]] const char* const presetNames[] = {
    QT_TRANSLATE_NOOP("UserAgents", "Chrome on a desktop"),
    QT_TRANSLATE_NOOP("UserAgents", "iPhone Safari"),
    QT_TRANSLATE_NOOP("UserAgents", "Android Chrome"),
    QT_TRANSLATE_NOOP("UserAgents", "Facebook in-app browser (iPhone)"),
    QT_TRANSLATE_NOOP("UserAgents", "TikTok in-app browser (Android)"),
    QT_TRANSLATE_NOOP("UserAgents", "A plain crawler"),
};

const QList<UserAgentPreset>& loaded()
{
    static const QList<UserAgentPreset> presets = [] {
        QList<UserAgentPreset> out;
        QFile file(QStringLiteral(":/rules/user-agents.json"));
        if (!file.open(QIODevice::ReadOnly))
            qCWarning(lcNet) << "user-agents.json is missing";
        for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).object().value(u"presets").toArray()) {
            const QJsonObject object = value.toObject();
            out.append(
                {object.value(u"key").toString(), object.value(u"name").toString(), object.value(u"value").toString()});
        }
        return out;
    }();
    return presets;
}

} // namespace

QList<UserAgentPreset> userAgentPresets()
{
    QList<UserAgentPreset> presets = loaded();
    for (UserAgentPreset& preset : presets)
        preset.name = QCoreApplication::translate("UserAgents", preset.name.toUtf8().constData());
    return presets;
}

QString userAgentFor(const QString& keyOrValue, const QList<UserAgentPreset>& userPresets)
{
    for (const UserAgentPreset& preset : loaded() + userPresets) {
        if (preset.key.compare(keyOrValue.trimmed(), Qt::CaseInsensitive) == 0)
            return preset.value;
    }
    return keyOrValue.trimmed();
}

} // namespace pbw
