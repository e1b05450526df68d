#include "url/rawurl.h"

#include <QStringDecoder>
#include <QVarLengthArray>
#include <algorithm>

namespace pbw {

namespace {

using Scheme = RawUrlReading::Scheme;

bool isAsciiLetter(char16_t u)
{
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// The first '/', '?' or '#' at or after from (where an authority or a scheme ends); the end of the
// text when there is none.
qsizetype firstDelimiter(QStringView text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == '/' || u == '?' || u == '#')
            return i;
    }
    return text.size();
}

// The last c in a short text (an authority), -1 when there is none.
qsizetype lastOf(QStringView text, char16_t c)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (text.at(i).unicode() == c)
            return i;
    }
    return -1;
}

TextSpan rfcScheme(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == ':')
            return i > 0 ? TextSpan{0, i} : TextSpan{};
        const bool allowed
            = isAsciiLetter(u) || (i > 0 && ((u >= '0' && u <= '9') || u == '+' || u == '-' || u == '.'));
        if (!allowed)
            return {};
    }
    return {};
}

TextSpan templateScheme(QStringView text)
{
    const qsizetype slashes = text.indexOf(QLatin1String("://"));
    if (slashes > 0 && slashes <= firstDelimiter(text, 0))
        return {0, slashes};
    return {};
}

void readAuthority(QStringView text, Scheme rule, RawUrl& url)
{
    TextSpan hostPort = url.authority;
    if (const qsizetype at = lastOf(url.authority.in(text), u'@'); at >= 0) {
        url.userInfo = {url.authority.start, at};
        hostPort = {url.authority.start + at + 1, url.authority.length - at - 1};
    }
    const QStringView view = hostPort.in(text);
    qsizetype close = -1;
    if (view.startsWith(u'[')) {
        close = view.indexOf(u']');
        url.badIpLiteral = close < 0 || (close + 1 < view.size() && view.at(close + 1) != u':');
    }
    qsizetype colon = -1;
    if (rule == Scheme::Rfc && close >= 0 && !url.badIpLiteral)
        colon = close + 1 < view.size() ? close + 1 : -1;
    else if (rule == Scheme::Rfc || !view.endsWith(u']'))
        colon = lastOf(view, u':');
    url.host = {hostPort.start, colon >= 0 ? colon : view.size()};
    if (colon >= 0)
        url.port = {hostPort.start + colon + 1, view.size() - colon - 1};
}

} // namespace

RawUrl readRawUrl(QStringView text, const RawUrlReading& reading)
{
    RawUrl url;
    qsizetype pathStart = 0;
    if (reading.scheme == Scheme::Rfc) {
        url.scheme = rfcScheme(text);
        const qsizetype afterScheme = url.scheme.isPresent() ? url.scheme.end() + 1 : 0;
        if (text.mid(afterScheme).startsWith(QLatin1String("//"))) {
            const qsizetype start = afterScheme + 2;
            url.authority = {start, firstDelimiter(text, start) - start};
        }
        pathStart = url.authority.isPresent() ? url.authority.end() : afterScheme;
    } else {
        url.scheme = templateScheme(text);
        const qsizetype start = url.scheme.isPresent() ? url.scheme.end() + 3 : 0;
        url.authority = {start, firstDelimiter(text, start) - start};
        pathStart = url.authority.end();
    }
    if (url.authority.isPresent())
        readAuthority(text, reading.scheme, url);

    const qsizetype hash = text.indexOf(u'#', pathStart);
    const qsizetype beforeFragment = hash < 0 ? text.size() : hash;
    qsizetype question = text.indexOf(u'?', pathStart);
    if (reading.query == RawUrlReading::Query::BeforeFragment && question > beforeFragment)
        question = -1;
    url.path = {pathStart, std::min(question < 0 ? text.size() : question, beforeFragment) - pathStart};
    if (question >= 0) {
        qsizetype queryEnd = question < beforeFragment ? beforeFragment : text.indexOf(u'#', question);
        if (queryEnd < 0)
            queryEnd = text.size();
        url.query = {question + 1, queryEnd - question - 1};
        url.pairs = readRawPairs(text, url.query, reading.decode);
    }
    if (hash >= 0)
        url.fragment = {hash + 1, text.size() - hash - 1};
    return url;
}

QList<RawPair> readRawPairs(QStringView text, TextSpan within, std::optional<PlusAs> decode)
{
    QList<RawPair> pairs;
    const QStringView all = within.in(text);
    if (all.isEmpty())
        return pairs;
    // Where each pair ends and where its first '=' is, first: the list is then allocated once.
    struct Cut
    {
        qsizetype start;
        qsizetype end;
        qsizetype equals;
    };
    QVarLengthArray<Cut, 16> cuts;
    for (qsizetype start = 0; start <= all.size();) {
        qsizetype end = all.indexOf(u'&', start);
        if (end < 0)
            end = all.size();
        cuts.append({start, end, all.sliced(start, end - start).indexOf(u'=')});
        start = end + 1;
    }
    pairs.reserve(cuts.size());
    for (const Cut& cut : cuts) {
        RawPair& pair = pairs.emplace_back();
        pair.whole = {within.start + cut.start, cut.end - cut.start};
        if (cut.equals >= 0) {
            pair.key = {pair.whole.start, cut.equals};
            pair.value = {pair.whole.start + cut.equals + 1, pair.whole.length - cut.equals - 1};
            if (decode)
                pair.decodedValue = percentDecoded(pair.value.in(text), *decode);
        } else {
            pair.key = pair.whole;
        }
        if (decode)
            pair.decodedKey = percentDecoded(pair.key.in(text), *decode);
    }
    return pairs;
}

QList<RawPair> readRawPairs(QStringView text, std::optional<PlusAs> decode)
{
    return readRawPairs(text, TextSpan{0, text.size()}, decode);
}

TextSpan fragmentParams(QStringView text, TextSpan fragment)
{
    if (const qsizetype question = fragment.in(text).indexOf(u'?'); question >= 0)
        return {fragment.start + question + 1, fragment.length - question - 1};
    return fragment;
}

bool hasPercentEscape(QStringView text)
{
    for (qsizetype i = text.indexOf(u'%'); i >= 0; i = text.indexOf(u'%', i + 1)) {
        if (isPercentEscapeAt(text, i))
            return true;
    }
    return false;
}

QString percentDecoded(QStringView text, PlusAs plus)
{
    const bool plusIsSpace = plus == PlusAs::Space;
    if (!text.contains(u'%') && !(plusIsSpace && text.contains(u'+')))
        return text.toString();
    // Decoding never lengthens the text (an escape's three characters become at most one), so the
    // result is written in place. Each run of escapes is decoded as UTF-8 on its own, as
    // QString::fromUtf8 would: stateless, a byte-order mark that starts the run dropped.
    QString out(text.size(), Qt::Uninitialized);
    QChar* end = out.data();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QVarLengthArray<char, 64> bytes;
    for (qsizetype i = 0; i < text.size();) {
        if (isPercentEscapeAt(text, i)) {
            bytes.clear();
            do {
                bytes.append(char(hexValue(text.at(i + 1)) * 16 + hexValue(text.at(i + 2))));
                i += 3;
            } while (isPercentEscapeAt(text, i));
            end = utf8.appendToBuffer(end, QByteArrayView(bytes.data(), bytes.size()));
            continue;
        }
        // Up to the next '%', copied as it is ('+' becomes a space when asked).
        qsizetype next = text.indexOf(u'%', i + 1);
        if (next < 0)
            next = text.size();
        for (const QChar c : text.sliced(i, next - i))
            *end++ = plusIsSpace && c == u'+' ? QChar(u' ') : c;
        i = next;
    }
    out.truncate(end - out.constData());
    return out;
}

} // namespace pbw
