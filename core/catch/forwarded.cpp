#include "catch/forwarded.h"

#include <QStringList>

namespace pbw {

namespace {

// "for" values of a Forwarded header: for=192.0.2.60, for="[2001:db8:cafe::17]:4711", for=unknown.
QStringList forwardedFor(const QByteArray& value)
{
    QStringList found;
    for (const QByteArray& element : value.split(',')) {
        for (const QByteArray& pair : element.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            if (!trimmed.toLower().startsWith("for="))
                continue;
            QString node = QString::fromLatin1(trimmed.mid(4)).trimmed();
            if (node.size() >= 2 && node.startsWith(u'"') && node.endsWith(u'"'))
                node = node.mid(1, node.size() - 2);
            found.append(node);
        }
    }
    return found;
}

// The address of a node without its port: "[2001:db8::1]:4711" → "2001:db8::1", "192.0.2.1:80" → "192.0.2.1".
QString addressOf(const QString& node)
{
    if (node.startsWith(u'[')) {
        const qsizetype close = node.indexOf(u']');
        return close > 0 ? node.mid(1, close - 1) : node;
    }
    if (node.count(u':') == 1)
        return node.section(u':', 0, 0);
    return node;
}

bool isTrusted(const QString& node, const QList<QHostAddress>& trusted)
{
    const QHostAddress address(addressOf(node));
    if (address.isNull())
        return false;
    for (const QHostAddress& proxy : trusted) {
        if (proxy.isEqual(address, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

} // namespace

QString forwardedClientOf(const HeaderList& headers, const QList<QHostAddress>& trusted)
{
    QStringList chain;
    for (const auto& [name, value] : headers) {
        if (name.compare("Forwarded", Qt::CaseInsensitive) == 0)
            chain += forwardedFor(value);
    }
    if (chain.isEmpty()) {
        for (const auto& [name, value] : headers) {
            if (name.compare("X-Forwarded-For", Qt::CaseInsensitive) != 0)
                continue;
            for (const QByteArray& node : value.split(','))
                if (!node.trimmed().isEmpty())
                    chain.append(QString::fromLatin1(node.trimmed()));
        }
    }
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        if (!isTrusted(chain.at(i), trusted))
            return chain.at(i).left(100);
    }
    return chain.isEmpty() ? QString() : chain.first().left(100);
}

} // namespace pbw
