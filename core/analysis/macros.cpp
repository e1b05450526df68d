#include "analysis/macros.h"

#include "url/rawurl.h"
#include "util/redactedmark.h"

namespace pbw {

namespace {

constexpr qsizetype MaxNameLength = 64;

bool isLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isNameChar(QChar c)
{
    return isLetter(c) || isDigit(c) || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-');
}

// Length of a macro name at text[from], ending right before `close`; 0 when there is none.
// A name starts with a letter or '_'; with allowArgs, "name:anything" (Keitaro's {status:lead=0 sale=1}).
qsizetype nameBefore(QStringView text, qsizetype from, QStringView close, bool allowArgs)
{
    if (from >= text.size() || !(isLetter(text.at(from)) || text.at(from) == QLatin1Char('_')))
        return 0;
    qsizetype i = from;
    while (i < text.size() && i - from <= MaxNameLength && isNameChar(text.at(i)))
        ++i;
    if (allowArgs && i < text.size() && text.at(i) == QLatin1Char(':')) {
        while (i < text.size() && i - from <= MaxNameLength && text.at(i) != close.at(0)
               && text.at(i) != QLatin1Char('{') && text.at(i) != QLatin1Char('"'))
            ++i;
    }
    if (i - from > MaxNameLength || !text.mid(i).startsWith(close))
        return 0;
    return i - from;
}

struct Span
{
    qsizetype start = -1;
    qsizetype length = 0;
    const char* syntax = nullptr;
};

// The first macro in text; raw: the text is as written in a URL, where "%AB" is an escape.
Span scan(QStringView text, bool raw)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const QStringView rest = text.mid(i);
        qsizetype len = 0;
        switch (c.unicode()) {
        case '{':
            if (rest.startsWith(QLatin1String("{{")) && (len = nameBefore(text, i + 2, u"}}", false)) > 0)
                return {i, len + 4, "{{x}}"};
            if ((len = nameBefore(text, i + 1, u"}", true)) > 0)
                return {i, len + 2, "{x}"};
            break;
        case '$':
            if (rest.startsWith(QLatin1String("${")) && (len = nameBefore(text, i + 2, u"}", false)) > 0)
                return {i, len + 3, "${x}"};
            break;
        case '[':
            if (rest.startsWith(QLatin1String("[[")) && (len = nameBefore(text, i + 2, u"]]", false)) > 0)
                return {i, len + 4, "[[x]]"};
            if (rest.startsWith(QLatin1String("[=")) && (len = nameBefore(text, i + 2, u"=]", false)) > 0)
                return {i, len + 4, "[=x=]"};
            if (rest.startsWith(QLatin1String("[%")) && (len = nameBefore(text, i + 2, u"%]", false)) > 0)
                return {i, len + 4, "[%x%]"};
            if ((len = nameBefore(text, i + 1, u"]", false)) > 0)
                return {i, len + 2, "[x]"};
            break;
        case '#':
            if ((len = nameBefore(text, i + 1, u"#", false)) > 0)
                return {i, len + 2, "#x#"};
            break;
        case '%':
            if ((len = nameBefore(text, i + 1, u"%", false)) > 0) {
                // In a raw URL "%E2%" is an escape followed by another: a macro name must not start
                // with two hex digits unless it is clearly a word (%ADVERTISER_ID%).
                const bool escapeLike = raw && len >= 2 && isPercentEscapeAt(text, i);
                const QStringView name = text.mid(i + 1, len);
                bool wordLike = len >= 4;
                if (wordLike) {
                    wordLike = false;
                    for (const QChar ch : name)
                        wordLike = wordLike || hexValue(ch) < 0;
                }
                if (!escapeLike || wordLike)
                    return {i, len + 2, "%x%"};
            }
            break;
        case '<':
            if ((len = nameBefore(text, i + 1, u">", false)) > 0)
                return {i, len + 2, "<x>"};
            break;
        case '_':
            if (rest.startsWith(QLatin1String("__")) && i + 2 < n && text.at(i + 2) >= QLatin1Char('A')
                && text.at(i + 2) <= QLatin1Char('Z')) {
                qsizetype j = i + 2;
                while (j < n && j - i <= MaxNameLength
                       && ((text.at(j) >= QLatin1Char('A') && text.at(j) <= QLatin1Char('Z')) || isDigit(text.at(j))
                           || text.at(j) == QLatin1Char('_')))
                    ++j;
                // the name is everything up to the last "__" of the run
                if (j - i >= 5 && text.mid(i, j - i).endsWith(QLatin1String("__"))
                    && text.at(j - 3) != QLatin1Char('_'))
                    return {i, j - i, "__X__"};
            }
            break;
        default:
            break;
        }
    }
    // "(name)" only as the whole value: parentheses are too common inside ordinary text.
    if (n >= 3 && text.front() == QLatin1Char('(') && text.back() == QLatin1Char(')')
        && nameBefore(text, 1, u")", false) == n - 2)
        return {0, n, "(x)"};
    return {};
}

MacroHit hitFrom(QStringView text, Span span, MacroHit::Encoding encoding)
{
    MacroHit hit;
    hit.text = text.mid(span.start, span.length).toString();
    hit.syntax = QString::fromLatin1(span.syntax);
    hit.encoding = encoding;
    return hit;
}

MacroHit wordHit(const QString& value, const QSet<QString>& words)
{
    MacroHit hit;
    if (!words.isEmpty() && words.contains(value.trimmed())) {
        hit.text = value.trimmed();
        hit.syntax = QStringLiteral("word");
    }
    return hit;
}

} // namespace

MacroHit findMacro(const QString& rawValue, const QSet<QString>& placeholderWords)
{
    if (rawValue == QLatin1String(redactedMark))
        return {}; // a value this program took out of a saved exchange, not the sender's macro
    if (const Span span = scan(rawValue, true); span.start >= 0) {
        MacroHit hit = hitFrom(rawValue, span, MacroHit::Encoding::Literal);
        hit.rawStart = int(span.start);
        hit.rawLength = int(span.length);
        return hit;
    }
    if (!hasPercentEscape(rawValue))
        return wordHit(rawValue, placeholderWords);
    const QString once = percentDecoded(rawValue);
    if (const Span span = scan(once, false); span.start >= 0)
        return hitFrom(once, span, MacroHit::Encoding::Encoded);
    if (hasPercentEscape(once)) {
        const QString twice = percentDecoded(once);
        if (const Span span = scan(twice, false); span.start >= 0)
            return hitFrom(twice, span, MacroHit::Encoding::DoubleEncoded);
    }
    return wordHit(once, placeholderWords);
}

MacroHit findMacroInText(const QString& text, const QSet<QString>& placeholderWords)
{
    if (text == QLatin1String(redactedMark))
        return {};
    if (const Span span = scan(text, false); span.start >= 0) {
        MacroHit hit = hitFrom(text, span, MacroHit::Encoding::Literal);
        return hit;
    }
    if (hasPercentEscape(text)) {
        const QString once = percentDecoded(text);
        if (const Span span = scan(once, false); span.start >= 0)
            return hitFrom(once, span, MacroHit::Encoding::Encoded);
    }
    return wordHit(text, placeholderWords);
}

} // namespace pbw
