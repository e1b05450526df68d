#include "secrets/secretnames.h"

#include "analysis/paramtable.h"
#include "url/rawurl.h"

namespace pbw {

SecretNames::SecretNames(const QStringList& extra)
{
    for (const QString& name : extra) {
        const QString clean = name.trimmed().toLower();
        if (!clean.isEmpty() && !m_extra.contains(clean))
            m_extra.append(clean);
    }
}

bool SecretNames::isSecretParameter(QStringView rawName) const
{
    const QString name = percentDecoded(rawName, PlusAs::Space);
    return ParamTable::builtIn().roleOf(name) == ParamRole::Auth || m_extra.contains(name.toLower());
}

bool SecretNames::isSecretHeader(QByteArrayView name) const
{
    const QByteArray lower = name.toByteArray().toLower();
    static const QByteArrayList credentialHeaders
        = {"authorization", "proxy-authorization", "cookie",        "set-cookie", "x-api-key",
           "api-key",       "x-auth-token",        "x-access-token"};
    if (credentialHeaders.contains(lower))
        return true;
    const QString underscored = QString::fromLatin1(lower).replace(u'-', u'_');
    return isSecretParameter(underscored) || m_extra.contains(QString::fromLatin1(lower));
}

} // namespace pbw
