#include "capi/normalizesteps.h"

#include "url/rawurl.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <array>

namespace pbw {

namespace {

// The translation context of the normalisation messages.
class Capi
{
    Q_DECLARE_TR_FUNCTIONS(Capi)
};

struct StepInfo
{
    NormalizationStep step;
    const char* name;
    const char* text;
};

const std::array steps{
    StepInfo{NormalizationStep::Trim, "trim", QT_TRANSLATE_NOOP("NormalizationStep", "removes spaces at both ends")},
    StepInfo{NormalizationStep::Lower, "lower", QT_TRANSLATE_NOOP("NormalizationStep", "lower-cases")},
    StepInfo{NormalizationStep::Upper, "upper", QT_TRANSLATE_NOOP("NormalizationStep", "upper-cases")},
    StepInfo{NormalizationStep::RemoveWhitespace, "remove_whitespace",
             QT_TRANSLATE_NOOP("NormalizationStep", "removes every space")},
    StepInfo{NormalizationStep::RemovePunctuation, "remove_punctuation",
             QT_TRANSLATE_NOOP("NormalizationStep", "removes punctuation")},
    StepInfo{NormalizationStep::LettersOnly, "letters_only",
             QT_TRANSLATE_NOOP("NormalizationStep", "keeps letters only")},
    StepInfo{NormalizationStep::LettersDigits, "letters_digits",
             QT_TRANSLATE_NOOP("NormalizationStep", "keeps letters and digits only")},
    StepInfo{NormalizationStep::DigitsOnly, "digits_only", QT_TRANSLATE_NOOP("NormalizationStep", "keeps digits only")},
    StepInfo{NormalizationStep::StripLeadingZeros, "strip_leading_zeros",
             QT_TRANSLATE_NOOP("NormalizationStep", "removes leading zeros")},
    StepInfo{NormalizationStep::StripLeading00, "strip_leading_00",
             QT_TRANSLATE_NOOP("NormalizationStep", "removes the international 00 prefix")},
    StepInfo{NormalizationStep::E164Plus, "e164_plus",
             QT_TRANSLATE_NOOP("NormalizationStep", "keeps the + before the country code (E.164)")},
    StepInfo{NormalizationStep::GmailRemoveDots, "gmail_remove_dots",
             QT_TRANSLATE_NOOP("NormalizationStep", "removes the dots before @gmail.com")},
    StepInfo{NormalizationStep::GmailRemovePlus, "gmail_remove_plus",
             QT_TRANSLATE_NOOP("NormalizationStep", "removes +tags before @gmail.com")},
    StepInfo{NormalizationStep::EmailCheck, "email_check",
             QT_TRANSLATE_NOOP("NormalizationStep", "checks that it is an e-mail address")},
    StepInfo{NormalizationStep::PhoneCheck, "phone_check",
             QT_TRANSLATE_NOOP("NormalizationStep", "checks the country code")},
    StepInfo{NormalizationStep::DateYyyymmdd, "date_yyyymmdd",
             QT_TRANSLATE_NOOP("NormalizationStep", "writes the date as YYYYMMDD")},
    StepInfo{NormalizationStep::GenderMf, "gender_mf", QT_TRANSLATE_NOOP("NormalizationStep", "writes m or f")},
    StepInfo{NormalizationStep::StateCode, "state_code",
             QT_TRANSLATE_NOOP("NormalizationStep", "turns a state's name into its code")},
    StepInfo{NormalizationStep::CountryCode, "country_code",
             QT_TRANSLATE_NOOP("NormalizationStep", "turns a country's name into its two-letter code")},
    StepInfo{NormalizationStep::ZipBeforeDash, "zip_before_dash",
             QT_TRANSLATE_NOOP("NormalizationStep", "keeps the postcode before its dash")},
    StepInfo{NormalizationStep::ZipFirst5, "zip_first5",
             QT_TRANSLATE_NOOP("NormalizationStep", "keeps the first 5 characters of the postcode")},
    StepInfo{NormalizationStep::WarnNotLatin, "warn_not_latin",
             QT_TRANSLATE_NOOP("NormalizationStep", "warns about non-Latin letters")},
    StepInfo{NormalizationStep::TrunkZeroAfterCountryCode, "trunk_zero_after_country_code",
             QT_TRANSLATE_NOOP("NormalizationStep", "removes the 0 after the country code")},
    StepInfo{NormalizationStep::LettersSpacesOnly, "letters_spaces_only",
             QT_TRANSLATE_NOOP("NormalizationStep", "removes digits and symbols, keeps spaces")},
    StepInfo{NormalizationStep::RemoveDotTilde, "remove_dot_tilde",
             QT_TRANSLATE_NOOP("NormalizationStep", "removes . and ~")},
    StepInfo{NormalizationStep::RemovePlusAlias, "remove_plus_alias",
             QT_TRANSLATE_NOOP("NormalizationStep", "removes +tags before the @ of any address")},
    StepInfo{NormalizationStep::LocalAlphanumericOnly, "local_alphanumeric_only",
             QT_TRANSLATE_NOOP("NormalizationStep", "removes dots and symbols before the @ of any address")},
    StepInfo{NormalizationStep::StripExtension, "strip_extension",
             QT_TRANSLATE_NOOP("NormalizationStep", "removes the phone's extension")},
    StepInfo{NormalizationStep::CnNationalWithout86, "cn_national_without_86",
             QT_TRANSLATE_NOOP("NormalizationStep", "writes Chinese numbers without +86")},
    StepInfo{NormalizationStep::WarnLetters, "warn_letters",
             QT_TRANSLATE_NOOP("NormalizationStep", "warns when letters are dropped")},
};

// Names people type for regions, from resources/rules/capi-regions.json, plus every country Qt
// knows by its English name; keys lower-case without spaces or punctuation.
struct Regions
{
    QHash<QString, QString> states;
    QHash<QString, QString> countries;
};

QString lettersAndDigits(QStringView text, bool digits)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetter() || c.isMark() || (digits && c.isDigit()))
            out += c;
    }
    return out;
}

const Regions& regions()
{
    static const Regions loaded = [] {
        Regions out;
        QFile file(QStringLiteral(":/rules/capi-regions.json"));
        if (!file.open(QIODevice::ReadOnly))
            qCWarning(lcAnalysis) << "capi-regions.json is missing";
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject states = root.value(QStringLiteral("states")).toObject();
        for (auto it = states.begin(); it != states.end(); ++it)
            out.states.insert(it.key(), it.value().toString());
        for (int territory = 1; territory <= int(QLocale::LastTerritory); ++territory) {
            const QString code = QLocale::territoryToCode(QLocale::Territory(territory)).toLower();
            if (code.size() == 2)
                out.countries.insert(
                    lettersAndDigits(QLocale::territoryToString(QLocale::Territory(territory)).toLower(), true), code);
        }
        const QJsonObject countries = root.value(QStringLiteral("countries")).toObject();
        for (auto it = countries.begin(); it != countries.end(); ++it)
            out.countries.insert(it.key(), it.value().toString());
        return out;
    }();
    return loaded;
}

bool isLatin(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

QString withoutSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

QString asciiDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            out += c;
    }
    return out;
}

void checkEmail(const QString& email, QString& error)
{
    const qsizetype at = email.indexOf(u'@');
    const QStringView domain = QStringView(email).mid(at + 1);
    if (at < 0)
        error = Capi::tr("There is no '@' in the e-mail.");
    else if (email.indexOf(u'@', at + 1) >= 0)
        error = Capi::tr("The e-mail has more than one '@'.");
    else if (at == 0)
        error = Capi::tr("Nothing before the '@' in the e-mail.");
    else if (at == email.size() - 1)
        error = Capi::tr("Nothing after the '@' in the e-mail.");
    else if (!domain.contains(u'.') || email.endsWith(u'.') || domain.startsWith(u'.'))
        error = Capi::tr("The e-mail's domain has no ending such as .com.");
    else if (email.contains(QStringLiteral("..")))
        error = Capi::tr("The e-mail has two dots in a row.");
    else if (email.contains(u' '))
        error = Capi::tr("The e-mail has a space in it.");
}

// gmail.com and googlemail.com addresses, whose dots and +tags Gmail ignores.
bool isGmail(QStringView email, qsizetype* at)
{
    *at = email.lastIndexOf(u'@');
    if (*at < 0)
        return false;
    const QStringView domain = email.mid(*at + 1);
    return domain.compare(u"gmail.com", Qt::CaseInsensitive) == 0
        || domain.compare(u"googlemail.com", Qt::CaseInsensitive) == 0;
}

void checkPhone(const QString& value, const QString& input, const QString& platform, QStringList& warnings,
                QString& error)
{
    QString digits = asciiDigits(value);
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    if (digits.isEmpty()) {
        error = Capi::tr("There are no digits in the phone number.");
        return;
    }
    static const QRegularExpression extension(QStringLiteral("\\d\\s*(?:ext\\.?|x|#|доб\\.?)\\s*\\d+\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (extension.match(input).hasMatch())
        warnings.append(Capi::tr("The number ends with an extension: %1 sends its digits as part of the number. "
                                 "Leave the extension out.")
                            .arg(platform));
    if (digits.size() == 11 && digits.startsWith(u'8') && !input.trimmed().startsWith(u'+'))
        warnings.append(Capi::tr("This looks like a Russian number written with 8: with the country code it "
                                 "starts with 7 (7%1).")
                            .arg(digits.mid(1)));
    else if (digits.size() < 10)
        warnings.append(Capi::tr("Only %1 digits: the country code is probably missing, and %2 does not add it.")
                            .arg(digits.size())
                            .arg(platform));
}

QString normalizedDate(const QString& input, const QString& platform, QStringList& warnings, QString& error)
{
    const QString text = input.trimmed();
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})$"));
    static const QRegularExpression yearLast(QStringLiteral("^(\\d{1,2})([-./])(\\d{1,2})[-./](\\d{4})$"));
    static const QRegularExpression eight(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    int year = 0;
    int month = 0;
    int day = 0;
    const QRegularExpressionMatch first8 = yearFirst.match(text);
    const QRegularExpressionMatch digits8 = eight.match(text);
    const QRegularExpressionMatch last8 = yearLast.match(text);
    if (first8.hasMatch() || digits8.hasMatch()) {
        const QRegularExpressionMatch& m = first8.hasMatch() ? first8 : digits8;
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (last8.hasMatch()) {
        const int first = last8.captured(1).toInt();
        const int second = last8.captured(3).toInt();
        year = last8.captured(4).toInt();
        // Dots are written day first (31.12.1990); slashes and dashes month first (12/31/1990).
        const bool dayFirst = last8.captured(2) == QLatin1String(".");
        day = dayFirst ? first : second;
        month = dayFirst ? second : first;
        if (first <= 12 && second <= 12 && first != second)
            warnings.append(dayFirst ? Capi::tr("%1 could be a day or a month: read as day %2 of month %3 (with "
                                                "dots the day comes first).")
                                           .arg(text)
                                           .arg(day)
                                           .arg(month)
                                     : Capi::tr("%1 could be a day or a month: read as month %2, day %3 (with "
                                                "slashes or dashes the month comes first).")
                                           .arg(text)
                                           .arg(month)
                                           .arg(day));
    } else {
        error = Capi::tr("Not a date %1 accepts: write it as YYYY-MM-DD.").arg(platform);
        return {};
    }
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900 || date > QDate::currentDate()) {
        error = Capi::tr("%1 is not a real date of birth.").arg(text);
        return {};
    }
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString normalizedGender(const QString& value, const QString& platform, QString& error)
{
    const QString word = lettersAndDigits(value.toLower(), false);
    static const QStringList male{QStringLiteral("m"),      QStringLiteral("male"), QStringLiteral("man"),
                                  QStringLiteral("м"),      QStringLiteral("муж"),  QStringLiteral("мужской"),
                                  QStringLiteral("мужчина")};
    static const QStringList female{QStringLiteral("f"),      QStringLiteral("female"), QStringLiteral("woman"),
                                    QStringLiteral("ж"),      QStringLiteral("жен"),    QStringLiteral("женский"),
                                    QStringLiteral("женщина")};
    if (male.contains(word))
        return QStringLiteral("m");
    if (female.contains(word))
        return QStringLiteral("f");
    error = Capi::tr("%1 takes only m or f for gender.").arg(platform);
    return {};
}

QString normalizedState(const QString& value, const QString& platform, QStringList& warnings)
{
    const QString key = lettersAndDigits(value.toLower(), false);
    if (key.size() == 2)
        return key;
    if (const QString code = regions().states.value(key); !code.isEmpty()) {
        warnings.append(Capi::tr("%1 was turned into its code %2.").arg(value.trimmed(), code));
        return code;
    }
    warnings.append(Capi::tr("Not a US state or Canadian province: sent as written, without spaces, which may not "
                             "match how %1 stored it.")
                        .arg(platform));
    return key;
}

QString normalizedCountry(const QString& value, const QString& platform, QStringList& warnings, QString& error)
{
    const QString key = lettersAndDigits(value.toLower(), false);
    if (key.size() == 2) {
        if (QLocale::codeToTerritory(key) == QLocale::AnyTerritory)
            error = Capi::tr("%1 is not a country code (ISO 3166-1 alpha-2, like us or ru).").arg(value.trimmed());
        return error.isEmpty() ? key : QString();
    }
    if (const QString code = regions().countries.value(key); !code.isEmpty()) {
        warnings.append(Capi::tr("%1 was turned into its code %2.").arg(value.trimmed(), code));
        return code;
    }
    error = Capi::tr("%1 is not a country %2 knows: use its two-letter code (us, gb, ru…).")
                .arg(value.trimmed(), platform);
    return {};
}

} // namespace

std::optional<NormalizationStep> normalizationStep(QStringView name)
{
    for (const StepInfo& info : steps) {
        if (name == QLatin1String(info.name))
            return info.step;
    }
    return std::nullopt;
}

QString normalizationStepName(NormalizationStep step)
{
    return QLatin1String(steps.at(size_t(step)).name);
}

QString normalizationStepText(NormalizationStep step)
{
    return QCoreApplication::translate("NormalizationStep", steps.at(size_t(step)).text);
}

bool looksLikeSha256(QStringView value)
{
    return value.size() == 64 && std::all_of(value.begin(), value.end(), [](QChar c) { return hexValue(c) >= 0; });
}

void applyNormalizationStep(NormalizationStep step, QString& value, const QString& input, const QString& platform,
                            QStringList& warnings, QString& error)
{
    qsizetype at = -1;
    switch (step) {
    case NormalizationStep::Trim:
        value = value.trimmed();
        break;
    case NormalizationStep::Lower:
        value = value.toLower();
        break;
    case NormalizationStep::Upper:
        value = value.toUpper();
        break;
    case NormalizationStep::RemoveWhitespace:
        value = withoutSpaces(value);
        break;
    case NormalizationStep::RemovePunctuation:
        value.removeIf([](QChar c) { return c.isPunct() || c.isSymbol(); });
        break;
    case NormalizationStep::LettersOnly:
        value = lettersAndDigits(value, false);
        break;
    case NormalizationStep::LettersDigits:
        value = lettersAndDigits(value, true);
        break;
    case NormalizationStep::DigitsOnly:
        value = asciiDigits(value);
        break;
    case NormalizationStep::StripLeadingZeros:
        while (value.startsWith(u'0'))
            value.remove(0, 1);
        break;
    case NormalizationStep::StripLeading00:
        if (value.startsWith(QLatin1String("00")))
            value.remove(0, 2);
        break;
    case NormalizationStep::E164Plus:
        if (value.isEmpty())
            break;
        value.prepend(u'+');
        if (const QString typed = input.trimmed(); !typed.startsWith(u'+') && !typed.startsWith(QLatin1String("00")))
            warnings.append(Capi::tr("Written without + or 00: %1 reads the first digits as the country code (%2). "
                                     "Check that the number starts with it.")
                                .arg(platform, value));
        break;
    case NormalizationStep::GmailRemoveDots:
        if (isGmail(value, &at))
            value = value.left(at).remove(u'.') + value.mid(at);
        break;
    case NormalizationStep::GmailRemovePlus:
        if (isGmail(value, &at) && value.left(at).contains(u'+'))
            value = value.left(value.indexOf(u'+')) + value.mid(at);
        break;
    case NormalizationStep::EmailCheck:
        checkEmail(value, error);
        break;
    case NormalizationStep::PhoneCheck:
        checkPhone(value, input, platform, warnings, error);
        break;
    case NormalizationStep::DateYyyymmdd:
        value = normalizedDate(value, platform, warnings, error);
        break;
    case NormalizationStep::GenderMf:
        value = normalizedGender(value, platform, error);
        break;
    case NormalizationStep::StateCode:
        value = normalizedState(value, platform, warnings);
        break;
    case NormalizationStep::CountryCode:
        value = normalizedCountry(value, platform, warnings, error);
        break;
    case NormalizationStep::ZipBeforeDash:
        value = value.section(u'-', 0, 0);
        break;
    case NormalizationStep::ZipFirst5:
        value.truncate(5);
        break;
    case NormalizationStep::TrunkZeroAfterCountryCode: {
        // Snap's SDK: a country code written with + or 00, a separator, then the national number's 0
        // (also written "(0)"). A country code has at most 3 digits: "+440207946 0958" is left alone.
        static const QRegularExpression trunk(QStringLiteral("^((?:\\+|00)\\d{1,3})([\\-\\s]+0|\\s*\\(0\\)\\s*)"));
        value.replace(trunk, QStringLiteral("\\1 "));
        break;
    }
    case NormalizationStep::LettersSpacesOnly:
        value.removeIf([](QChar c) { return !(c.isLetter() || c.isMark() || c.isSpace()); });
        break;
    case NormalizationStep::RemoveDotTilde:
        value.removeIf([](QChar c) { return c == u'.' || c == u'~'; });
        break;
    case NormalizationStep::RemovePlusAlias:
        at = value.lastIndexOf(u'@');
        if (const qsizetype plus = value.indexOf(u'+'); at > 0 && plus >= 0 && plus < at)
            value.remove(plus, at - plus);
        break;
    case NormalizationStep::LocalAlphanumericOnly:
        at = value.lastIndexOf(u'@');
        if (at > 0)
            value = lettersAndDigits(QStringView(value).left(at), true) + value.mid(at);
        break;
    case NormalizationStep::StripExtension: {
        static const QRegularExpression extension(
            QStringLiteral("\\s*(?:ext\\.?|x|#|anexo|poste|int\\.?)\\s*\\d+\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        value.remove(extension);
        break;
    }
    case NormalizationStep::CnNationalWithout86:
        if (value.startsWith(QLatin1String("+86")) && value.size() == 14)
            value.remove(0, 3);
        break;
    case NormalizationStep::WarnLetters:
        if (std::any_of(value.begin(), value.end(), [](QChar c) { return c.isLetter(); }))
            warnings.append(Capi::tr("%1 keeps only the digits of %2: its letters are dropped, and it matches only "
                                     "if %1 stored it the same way.")
                                .arg(platform, value.trimmed()));
        break;
    case NormalizationStep::WarnNotLatin:
        if (!isLatin(value))
            warnings.append(Capi::tr("Not Latin letters: hashed as UTF-8 as they are; it matches only if the "
                                     "person's profile has the same spelling."));
        break;
    }
}

} // namespace pbw
