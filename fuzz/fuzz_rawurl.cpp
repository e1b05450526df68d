// The one raw-URL reader and percent-decoder (url/rawurl.h), in every reading: spans lie inside the
// text with the delimiters where they say, the pairs give the query back, and the decoder agrees with
// Qt's wherever every '%' starts a valid escape.
#include "url/rawurl.h"

#include <QUrl>
#include <cstdlib>

namespace {

using namespace pbw;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkSpan(QStringView text, TextSpan span)
{
    require(span.isPresent() ? span.length >= 0 && span.end() <= text.size() : span.start == -1);
}

void checkPairs(QStringView text, TextSpan within, const QList<RawPair>& pairs, std::optional<PlusAs> decode)
{
    if (!within.isPresent() || within.length == 0) {
        require(pairs.isEmpty());
        return;
    }
    qsizetype at = within.start;
    for (const RawPair& pair : pairs) {
        for (const TextSpan span : {pair.whole, pair.key, pair.value})
            checkSpan(text, span);
        require(pair.whole.start == at && pair.key.start == at && !pair.whole.in(text).contains(u'&'));
        require(!pair.key.in(text).contains(u'='));
        require(decode ? pair.decodedKey == percentDecoded(pair.key.in(text), *decode) : pair.decodedKey.isNull());
        if (pair.hasValue()) {
            require(text.at(pair.value.start - 1) == u'=' && pair.value.end() == pair.whole.end());
            require(decode ? pair.decodedValue == percentDecoded(pair.value.in(text), *decode)
                           : pair.decodedValue.isNull());
        } else {
            require(pair.key == pair.whole && pair.decodedValue.isNull());
        }
        if (pair.whole.end() < within.end())
            require(text.at(pair.whole.end()) == u'&');
        at = pair.whole.end() + 1;
    }
    require(at == within.end() + 1);
}

void checkUrl(QStringView text, const RawUrlReading& reading)
{
    const RawUrl url = readRawUrl(text, reading);
    for (const TextSpan span :
         {url.scheme, url.authority, url.userInfo, url.host, url.port, url.path, url.query, url.fragment})
        checkSpan(text, span);
    if (url.scheme.isPresent()) {
        require(url.scheme.start == 0 && url.scheme.length > 0);
        require(reading.scheme == RawUrlReading::Scheme::Rfc ? text.at(url.scheme.end()) == u':'
                                                             : text.mid(url.scheme.end()).startsWith(u"://"));
    }
    if (url.authority.isPresent()) {
        const QStringView authority = url.authority.in(text);
        require(!authority.contains(u'/') && !authority.contains(u'?') && !authority.contains(u'#'));
        require(url.host.isPresent() && url.host.start >= url.authority.start);
        require(url.path.start == url.authority.end());
        if (url.userInfo.isPresent())
            require(url.userInfo.start == url.authority.start && text.at(url.userInfo.end()) == u'@'
                    && url.host.start == url.userInfo.end() + 1);
        if (url.port.isPresent())
            require(text.at(url.port.start - 1) == u':' && url.port.end() == url.authority.end()
                    && url.host.end() == url.port.start - 1);
        else
            require(url.host.end() == url.authority.end());
    } else {
        require(!url.userInfo.isPresent() && !url.host.isPresent() && !url.port.isPresent() && !url.badIpLiteral);
    }
    require(url.path.isPresent() && !url.path.in(text).contains(u'?') && !url.path.in(text).contains(u'#'));
    const qsizetype question = text.indexOf(u'?');
    const qsizetype hash = text.indexOf(u'#');
    if (reading.query == RawUrlReading::Query::BeforeFragment)
        require(url.query.isPresent() == (question >= 0 && (hash < 0 || question < hash)));
    else
        require(url.query.isPresent() == (question >= 0));
    if (url.query.isPresent())
        require(url.query.start == question + 1 && !url.query.in(text).contains(u'#')
                && (url.query.end() == text.size() || text.at(url.query.end()) == u'#'));
    require(url.fragment.isPresent() == (hash >= 0));
    if (url.fragment.isPresent())
        require(url.fragment.start == hash + 1 && url.fragment.end() == text.size());
    const TextSpan route = fragmentParams(text, url.fragment);
    require(route.isPresent() == url.fragment.isPresent());
    if (route.isPresent())
        require(route.start >= url.fragment.start && route.end() == url.fragment.end());
    checkPairs(text, url.query, url.pairs, reading.decode);
}

void checkDecoder(QStringView text)
{
    const QString plain = percentDecoded(text, PlusAs::Plus);
    const QString spaced = percentDecoded(text, PlusAs::Space);
    require(plain.size() <= text.size() && spaced.size() == plain.size());
    require(hasPercentEscape(text) == (plain.size() < text.size()));
    if (!hasPercentEscape(text)) {
        require(plain == text);
        require(spaced == text.toString().replace(u'+', u' '));
    }
    // Qt decodes the whole text at once; this decoder decodes each run of escapes (so that an invalid
    // escape stays as written) and, like QString::fromUtf8, drops a byte-order mark that starts a run.
    bool everyPercentEscapes = true;
    for (qsizetype i = text.indexOf(u'%'); i >= 0 && everyPercentEscapes; i = text.indexOf(u'%', i + 1))
        everyPercentEscapes = isPercentEscapeAt(text, i);
    const QString qt = QUrl::fromPercentEncoding(text.toUtf8());
    const QChar bom(u'\uFEFF');
    if (everyPercentEscapes && !text.contains(bom) && !qt.contains(bom))
        require(plain == qt);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const auto scheme : {RawUrlReading::Scheme::Rfc, RawUrlReading::Scheme::Template}) {
        for (const auto query : {RawUrlReading::Query::BeforeFragment, RawUrlReading::Query::FirstQuestionMark}) {
            for (const std::optional<PlusAs> decode :
                 {std::optional(PlusAs::Plus), std::optional(PlusAs::Space), std::optional<PlusAs>()})
                checkUrl(text, RawUrlReading{scheme, query, decode});
        }
    }
    checkPairs(text, TextSpan{0, text.size()}, readRawPairs(text, PlusAs::Space), PlusAs::Space);
    checkDecoder(text);
    return 0;
}
