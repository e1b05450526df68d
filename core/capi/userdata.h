#pragma once

#include "capi/normalizesteps.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pbw {

struct ConversionPlatform;

// One customer-information value as a conversion API wants it: normalised the way the platform
// documents (Meta's as Meta's own SDKs do it), then SHA-256 (lower-case hex) — or passed through
// for keys the platform never hashes.
struct UserDataValue
{
    QString field; // the workbench's (Meta's) key: em, ph, fn, ln, ge, db, ct, st, zp, country, external_id, fbc…
    QString input;
    QString normalized; // empty with an error
    QString hash; // empty for keys that are never hashed, and with an error
    QStringList warnings; // translated: probably wrong although it normalises
    QString error; // translated: cannot be normalised ("no '@' in the e-mail")
    bool alreadyHashed = false; // the input was a SHA-256 already: lower-cased, not hashed again
    QList<NormalizationStep> changedBy; // the steps that changed the value, in order
};

// Keys Meta normalises and hashes, and keys it takes as they are.
bool isHashedUserDataKey(const QString& field);
bool isPlainUserDataKey(const QString& field); // client_ip_address, client_user_agent, fbc, fbp…

// Normalises and hashes one value of a Meta user_data key; an unknown key is an error.
UserDataValue normalizeUserData(const QString& field, const QString& input);
// The same for any platform: its field's steps (resources/rules/platforms/<id>.json), then its hash;
// a field the platform does not take is an error.
// hashes: normalised values hashed already (for the same value across platforms), consulted and
// added to when given.
UserDataValue normalizeForPlatform(const ConversionPlatform& platform, const QString& field, const QString& input,
                                   QList<QPair<QString, QString>>* hashes = nullptr);

} // namespace pbw
