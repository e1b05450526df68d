#include "capi/capiprepare.h"

#include <QJsonArray>

namespace pbw {

CapiPrepared prepareCapiEvents(const QList<CapiEvent>& events)
{
    CapiPrepared prepared;
    prepared.events.reserve(events.size());
    for (int index = 0; index < events.size(); ++index) {
        CapiEvent event = events.at(index);
        QJsonObject userData;
        for (auto it = event.userData.begin(); it != event.userData.end(); ++it) {
            const QString& key = it.key();
            const bool hashed = isHashedUserDataKey(key);
            if (!hashed && !isPlainUserDataKey(key)) {
                userData.insert(key, it.value()); // unknown to us: sent as given, validation warns
                continue;
            }
            QStringList sent;
            for (const QString& input : event.userDataValues(key)) {
                const UserDataValue value = normalizeUserData(key, input);
                prepared.rows.append({index, value});
                const QString out = !value.error.isEmpty() ? input : hashed ? value.hash : value.normalized;
                if (!sent.contains(out))
                    sent.append(out);
            }
            if (sent.isEmpty())
                continue;
            // Meta takes single-valued keys as strings; several values of a key go as an array.
            if (sent.size() == 1 && !it.value().isArray())
                userData.insert(key, sent.first());
            else
                userData.insert(key, QJsonArray::fromStringList(sent));
        }
        event.userData = userData;
        event.other.remove(QStringLiteral("click_ids")); // other platforms' click IDs: not Meta's
        for (auto it = event.customData.begin(); it != event.customData.end();) {
            if (it.value().isString() && it.value().toString().trimmed().isEmpty())
                it = event.customData.erase(it); // an empty form field is absent
            else
                ++it;
        }
        prepared.events.append(event);
    }
    return prepared;
}

} // namespace pbw
