#pragma once

#include <QString>
#include <QStringList>

namespace pbw {

// One customer-information value as Meta's Conversions API wants it: normalised the way Meta's own
// SDKs do it, then SHA-256 (lower-case hex) — or passed through for keys Meta never hashes.
struct UserDataValue
{
    QString field; // Meta's key: em, ph, fn, ln, ge, db, ct, st, zp, country, external_id, fbc…
    QString input;
    QString normalized; // empty with an error
    QString hash; // empty for keys that are never hashed, and with an error
    QStringList warnings; // translated: probably wrong although it normalises
    QString error; // translated: cannot be normalised ("no '@' in the e-mail")
    bool alreadyHashed = false; // the input was a SHA-256 already: lower-cased, not hashed again
};

// Keys that are normalised and hashed, and keys sent as they are.
bool isHashedUserDataKey(const QString& field);
bool isPlainUserDataKey(const QString& field); // client_ip_address, client_user_agent, fbc, fbp…

// Normalises and hashes one value of a user_data key; an unknown key is an error.
UserDataValue normalizeUserData(const QString& field, const QString& input);

} // namespace pbw
