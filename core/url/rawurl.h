#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace pbw {

// Where a part of a URL lies in the text it was read from. An absent part starts at -1; a present
// part may be empty ("http://h/p?" has an empty query, "http://h:/" an empty port).
struct TextSpan
{
    qsizetype start = -1;
    qsizetype length = 0;

    bool isPresent() const { return start >= 0; }
    qsizetype end() const { return start + length; }
    QStringView in(QStringView text) const { return isPresent() ? text.mid(start, length) : QStringView(); }

    friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

// What a '+' means once decoded: a plus sign (a URL's query, as partners' frameworks read it), or
// a space (an application/x-www-form-urlencoded body).
enum class PlusAs { Plus, Space };

// One '&'-separated pair of a query, a form body or a fragment: where it is written, and decoded once.
struct RawPair
{
    TextSpan whole; // the pair; empty for the middle of "a&&b"
    TextSpan key; // up to the first '='; the whole pair when it has none
    TextSpan value; // after the first '='; absent for a bare "flag"
    QString decodedKey; // null when the pairs were read without decoding
    QString decodedValue; // null for a bare flag, or when the pairs were read without decoding

    bool hasValue() const { return value.isPresent(); }
};

// How text that is not a well-formed URL is read. Each caller keeps the reading it has always had;
// on a well-formed absolute URL every reading gives the same parts.
struct RawUrlReading
{
    enum class Scheme {
        // RFC 3986, what the network layer sends: a letter, then letters, digits, '+', '-' or '.'
        // before the first ':'; an authority only after "//"; the port after the last ':' unless the
        // host starts with '[' (an IPv6 literal, "[::1]:8080").
        Rfc,
        // A partner's template as the checker reads it: anything before a "://" that comes before
        // any '/', '?' or '#' ("{scheme}://" too); without one, the text starts with the authority
        // ("example.com/pb"); the port after the last ':' unless the authority ends with ']'.
        Template,
    };
    enum class Query {
        // From the first '?' before any '#' (RFC 3986): a '?' after the '#' is part of the fragment.
        BeforeFragment,
        // From the first '?' anywhere to the next '#': the redactor and the HAR writer have always
        // read a query so, and a secret typed after "#…?" is taken out. The query can then lie
        // inside the fragment.
        FirstQuestionMark,
    };

    Scheme scheme = Scheme::Rfc;
    Query query = Query::BeforeFragment;
    // How the pairs' keys and values are decoded; nothing leaves them null, for a caller that only
    // rewrites the text (and need not pay for decoding).
    std::optional<PlusAs> decode = PlusAs::Plus;
};

// A URL as typed, cut into parts that point into the text it was read from. Nothing is trimmed,
// normalised or decoded, except each query pair's decoded key and value.
struct RawUrl
{
    TextSpan scheme; // without ':'
    TextSpan authority; // "user:password@host:port"; absent without "//" (Rfc)
    TextSpan userInfo; // without '@'
    TextSpan host; // an IPv6 literal with its brackets
    TextSpan port; // without ':'
    TextSpan path; // always present, may be empty
    TextSpan query; // without '?'
    TextSpan fragment; // without '#'
    QList<RawPair> pairs; // the query's pairs in order, empty ones too; none for an empty query
    bool badIpLiteral = false; // the host starts with '[' but no ']' closes it, or more than ":port" follows
};

// The one reader of a URL as typed. Never fails and never changes the text.
RawUrl readRawUrl(QStringView typed, const RawUrlReading& reading = {});

// The '&'-separated pairs of text within a span (a query, a fragment) or of the whole text (a form
// body); their spans point into text. None when the span is empty or absent.
QList<RawPair> readRawPairs(QStringView text, TextSpan within, std::optional<PlusAs> decode);
QList<RawPair> readRawPairs(QStringView text, std::optional<PlusAs> decode);

// The part of a fragment that carries parameters in a single-page app: after its first '?'
// ("#/path?x=1"), or the whole fragment ("#x=1&y=2"). Absent when the fragment is.
TextSpan fragmentParams(QStringView text, TextSpan fragment);

// The one percent-decoder: decodes %XX escapes once; an invalid escape ("%zz", a lone '%') stays as
// written; each run of escapes is read as UTF-8 on its own, invalid UTF-8 becoming U+FFFD and a
// byte-order mark that starts the run dropped (as QString::fromUtf8 does).
QString percentDecoded(QStringView text, PlusAs plus = PlusAs::Plus);

// The value of a hexadecimal digit (either case), -1 for any other character.
inline int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// True when text holds a valid %XX escape at the index, or anywhere.
inline bool isPercentEscapeAt(QStringView text, qsizetype at)
{
    return at >= 0 && at + 2 < text.size() && text.at(at) == u'%' && hexValue(text.at(at + 1)) >= 0
        && hexValue(text.at(at + 2)) >= 0;
}
bool hasPercentEscape(QStringView text);

} // namespace pbw
