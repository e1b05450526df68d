#include "catch/trackerurl.h"

#include "analysis/callback.h"

#include <QStringList>

namespace pbw {

QString trackerUrlFor(const QString& catchUrl, const QString& templateText)
{
    const QString written = templateText.trimmed();
    if (catchUrl.isEmpty() || written.isEmpty())
        return catchUrl.isEmpty() ? QString() : catchUrl + u'/';
    const Callback templ = readCallback(written);
    QString tail;
    if (templ.textIsUrl && templ.pathOffset >= 0) {
        tail = templ.text.mid(templ.pathOffset).trimmed(); // as written: macros, encoding, a '#' if there is one
    } else { // a raw request or a curl command: its path and query, as the reader found them
        tail = templ.path;
        QStringList pairs;
        for (const CallbackParam& param : templ.paramsFrom(ParamSource::Query))
            pairs.append(param.hasValue ? param.rawKey + u'=' + param.rawValue : param.rawKey);
        if (!pairs.isEmpty())
            tail += u'?' + pairs.join(u'&');
        if (templ.fragmentOffset >= 0)
            tail += u'#' + templ.fragment;
    }
    if (!tail.startsWith(u'/'))
        tail.prepend(u'/');
    return catchUrl + tail;
}

QString pathWithoutPrefix(const QByteArray& target, const QString& prefix)
{
    const QString text = QString::fromLatin1(target);
    const QString start = QStringLiteral("/c/") + prefix;
    if (prefix.isEmpty() || !text.startsWith(start))
        return text;
    const QString rest = text.mid(start.size());
    return rest.startsWith(u'/') ? rest : u'/' + rest;
}

} // namespace pbw
