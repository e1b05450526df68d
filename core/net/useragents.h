#pragma once

#include <QList>
#include <QString>

namespace pbw {

// A user agent a trace can present (resources/rules/user-agents.json).
struct UserAgentPreset
{
    QString key; // chrome, iphone, android, facebook, tiktok, bot
    QString name; // translated
    QString value;
};

QList<UserAgentPreset> userAgentPresets();
// A preset's key (shipped, or one of the user's presets from the settings) gives its value; anything
// else is taken as a typed user agent.
QString userAgentFor(const QString& keyOrValue, const QList<UserAgentPreset>& userPresets = {});

} // namespace pbw
