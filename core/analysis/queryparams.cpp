#include "analysis/queryparams.h"

#include <QUrl>

namespace pbw {

namespace {

QString decoded(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encodedForQuery(const QString& text, bool isKey)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('&') || c == QLatin1Char('#') || c == QLatin1Char('+')
            || c.isSpace() || (isKey && c == QLatin1Char('='))) {
            for (const char byte : QString(c).toUtf8())
                out += QStringLiteral("%%1").arg(uchar(byte), 2, 16, QLatin1Char('0')).toUpper();
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

SplitUrl splitQuery(const QString& typed)
{
    SplitUrl url;
    const qsizetype hash = typed.indexOf(QLatin1Char('#'));
    const QString beforeFragment = hash >= 0 ? typed.left(hash) : typed;
    url.fragment = hash >= 0 ? typed.mid(hash) : QString();
    const qsizetype question = beforeFragment.indexOf(QLatin1Char('?'));
    if (question < 0) {
        url.base = beforeFragment;
        return url;
    }
    url.base = beforeFragment.left(question);
    url.hasQuery = true;
    const QString query = beforeFragment.mid(question + 1);
    if (query.isEmpty())
        return url;
    for (const QString& segment : query.split(QLatin1Char('&'))) {
        QueryParam param;
        param.raw = segment;
        const qsizetype equals = segment.indexOf(QLatin1Char('='));
        param.hasValue = equals >= 0;
        param.key = decoded(equals >= 0 ? segment.left(equals) : segment);
        param.value = equals >= 0 ? decoded(segment.mid(equals + 1)) : QString();
        url.params.append(param);
    }
    return url;
}

QString joinQuery(const SplitUrl& url)
{
    QString out = url.base;
    if (url.hasQuery || !url.params.isEmpty()) {
        out += QLatin1Char('?');
        QStringList raws;
        for (const QueryParam& param : url.params)
            raws.append(param.raw);
        out += raws.join(QLatin1Char('&'));
    }
    return out + url.fragment;
}

QueryParam paramFromDecoded(const QString& key, const QString& value)
{
    QueryParam param;
    param.key = key;
    param.value = value;
    param.hasValue = true;
    param.raw = encodedForQuery(key, true) + QLatin1Char('=') + encodedForQuery(value, false);
    return param;
}

} // namespace pbw
