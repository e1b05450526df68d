#include "analysis/queryparams.h"

#include "url/rawurl.h"

namespace pbw {

namespace {

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
    const RawUrl raw = readRawUrl(typed);
    const qsizetype beforeFragment = raw.fragment.isPresent() ? raw.fragment.start - 1 : typed.size();
    url.fragment = raw.fragment.isPresent() ? typed.mid(beforeFragment) : QString();
    if (!raw.query.isPresent()) {
        url.base = typed.left(beforeFragment);
        return url;
    }
    url.base = typed.left(raw.query.start - 1);
    url.hasQuery = true;
    for (const RawPair& pair : raw.pairs) // every pair, empty ones too: joinQuery gives the text back
        url.params.append({pair.whole.in(typed).toString(), pair.decodedKey, pair.decodedValue, pair.hasValue()});
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
