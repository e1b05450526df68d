#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace pbw {

// The normalisation steps conversion APIs document before SHA-256, named as the platform files
// (resources/rules/platforms/*.json) name them. Each does one thing; a platform's field lists its
// steps in order.
enum class NormalizationStep : unsigned char {
    Trim, // whitespace at both ends removed
    Lower,
    Upper,
    RemoveWhitespace, // every whitespace removed
    RemovePunctuation, // keeps letters (any script), digits and whitespace
    LettersOnly, // keeps letters (any script) and their marks
    LettersDigits, // keeps letters, marks and digits
    DigitsOnly, // keeps ASCII digits
    StripLeadingZeros, // every leading 0
    StripLeading00, // one international 00 prefix
    E164Plus, // "+" before the digits
    GmailRemoveDots, // gmail.com and googlemail.com: dots before the @ removed
    GmailRemovePlus, // gmail.com and googlemail.com: "+anything" before the @ removed
    EmailCheck, // refuses what is not an e-mail address
    PhoneCheck, // warns about numbers without their country code
    DateYyyymmdd, // a date of birth as YYYYMMDD
    GenderMf, // m or f
    StateCode, // US state and Canadian province names to their 2-letter codes
    CountryCode, // country names to ISO 3166-1 alpha-2 (lower case)
    ZipBeforeDash, // 94025-1234 → 94025
    ZipFirst5, // the first 5 characters
    WarnNotLatin, // warns that non-Latin letters match only the same spelling
    TrunkZeroAfterCountryCode, // "+44 0447…" → "+44 447…": the national trunk 0 after a written country code
    LettersSpacesOnly, // keeps letters (any script), marks and whitespace
    RemoveDotTilde, // removes . and ~
    RemovePlusAlias, // any domain: "+anything" before the @ removed
    LocalAlphanumericOnly, // any domain: only letters and digits kept before the @
    StripExtension, // a phone's extension (ext, x, #…) removed
    CnNationalWithout86, // +86… → the Chinese national number, without + and 86
    WarnLetters, // warns that the letters of a value (a UK postcode) are about to be dropped
};

std::optional<NormalizationStep> normalizationStep(QStringView name);
QString normalizationStepName(NormalizationStep step); // as the platform files write it
// Translated: what the step does to a value ("adds + before the country code").
QString normalizationStepText(NormalizationStep step);

// Applies one step to value. platform names the platform in messages; input is the value as the
// user typed it. A step that cannot go on sets error (translated); warnings are appended.
void applyNormalizationStep(NormalizationStep step, QString& value, const QString& input, const QString& platform,
                            QStringList& warnings, QString& error);

// 64 hexadecimal digits: a value that is hashed already.
bool looksLikeSha256(QStringView value);

} // namespace pbw
