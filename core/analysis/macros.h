#pragma once

#include <QSet>
#include <QString>

namespace pbw {

// A macro left unreplaced in a value: "{clickid}", "%7Bpayout%7D", "#s2#", "[subid]", "REPLACE"...
struct MacroHit
{
    enum class Encoding { Literal, Encoded, DoubleEncoded };

    QString text; // the macro as it reads decoded, e.g. "{clickid}"
    QString syntax; // "{x}", "{{x}}", "[x]", "[[x]]", "[=x=]", "#x#", "%x%", "${x}", "<x>", "__X__", "(x)", "word"
    Encoding encoding = Encoding::Literal;
    int rawStart = -1; // in the raw value, when the macro is written there literally
    int rawLength = 0;

    bool found() const { return !text.isEmpty(); }
};

// Finds the first macro in a raw value (as written in a URL, before percent-decoding): literally,
// percent-encoded once, or encoded twice. Ordinary escapes (%20, %2F, %E2%80%94) are not macros.
// placeholderWords: whole values that templates use as "fill me in" (REPLACE, OPTIONAL...).
MacroHit findMacro(const QString& rawValue, const QSet<QString>& placeholderWords = {});

// The same search in a value that is already decoded (a JSON field, a form field).
MacroHit findMacroInText(const QString& text, const QSet<QString>& placeholderWords = {});

} // namespace pbw
