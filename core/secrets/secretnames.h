#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pbw {

// Which parameter and header names carry secrets: the parameter table's auth names (token,
// security_token, access_token…), the usual credential headers, and names the user added in the
// settings (`secrets/names`, shared by the window and pbw).
class SecretNames
{
public:
    SecretNames() = default; // the built-in names only
    explicit SecretNames(const QStringList& extra);

    bool isSecretParameter(QStringView rawName) const; // a query or form key, percent-encoded or not
    bool isSecretHeader(QByteArrayView name) const;

private:
    QStringList m_extra; // lower-case
};

} // namespace pbw
