#include "capi/userdata.h"

#include "url/rawurl.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace pbw {

namespace {

// The translation context of the normalisation messages.
class Capi
{
    Q_DECLARE_TR_FUNCTIONS(Capi)
};

const QStringList hashedKeys{QStringLiteral("em"),      QStringLiteral("ph"),         QStringLiteral("fn"),
                             QStringLiteral("ln"),      QStringLiteral("ge"),         QStringLiteral("db"),
                             QStringLiteral("ct"),      QStringLiteral("st"),         QStringLiteral("zp"),
                             QStringLiteral("country"), QStringLiteral("external_id")};
const QStringList plainKeys{QStringLiteral("client_ip_address"),
                            QStringLiteral("client_user_agent"),
                            QStringLiteral("fbc"),
                            QStringLiteral("fbp"),
                            QStringLiteral("subscription_id"),
                            QStringLiteral("fb_login_id"),
                            QStringLiteral("lead_id"),
                            QStringLiteral("anon_id"),
                            QStringLiteral("madid"),
                            QStringLiteral("page_id"),
                            QStringLiteral("ctwa_clid")};

// Names people type for regions, from resources/rules/capi-regions.json, plus every country Qt
// knows by its English name; keys lower-case without spaces or punctuation.
struct Regions
{
    QHash<QString, QString> states;
    QHash<QString, QString> countries;
};

QString lettersAndDigits(QStringView text, bool digits = true)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetter() || c.isMark() || (digits && c.isDigit()))
            out += c.toLower();
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
                out.countries.insert(lettersAndDigits(QLocale::territoryToString(QLocale::Territory(territory))), code);
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
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool looksHashed(QStringView value)
{
    if (value.size() != 64)
        return false;
    for (const QChar c : value) {
        if (hexValue(c) < 0)
            return false;
    }
    return true;
}

QString withoutSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c.toLower();
    }
    return out;
}

QString normalizedEmail(const QString& input, QString* error)
{
    const QString email = input.trimmed().toLower();
    const qsizetype at = email.indexOf(u'@');
    if (at < 0)
        *error = Capi::tr("There is no '@' in the e-mail.");
    else if (email.indexOf(u'@', at + 1) >= 0)
        *error = Capi::tr("The e-mail has more than one '@'.");
    else if (at == 0)
        *error = Capi::tr("Nothing before the '@' in the e-mail.");
    else if (at == email.size() - 1)
        *error = Capi::tr("Nothing after the '@' in the e-mail.");
    else if (!email.mid(at + 1).contains(u'.') || email.endsWith(u'.') || email.mid(at + 1).startsWith(u'.'))
        *error = Capi::tr("The e-mail's domain has no ending such as .com.");
    else if (email.contains(QStringLiteral("..")))
        *error = Capi::tr("The e-mail has two dots in a row.");
    else if (email.contains(u' '))
        *error = Capi::tr("The e-mail has a space in it.");
    return error->isEmpty() ? email : QString();
}

QString normalizedPhone(const QString& input, QStringList* warnings, QString* error)
{
    QString digits;
    for (const QChar c : input) {
        if (c.isDigit() && c.unicode() < 0x80)
            digits += c;
    }
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    if (digits.isEmpty()) {
        *error = Capi::tr("There are no digits in the phone number.");
        return {};
    }
    if (digits.size() == 11 && digits.startsWith(u'8') && !input.trimmed().startsWith(u'+'))
        warnings->append(Capi::tr("This looks like a Russian number written with 8: with the country code it "
                                  "starts with 7 (7%1).")
                             .arg(digits.mid(1)));
    else if (digits.size() < 10)
        warnings->append(Capi::tr("Only %1 digits: the country code is probably missing, and Meta does not add "
                                  "it.")
                             .arg(digits.size()));
    return digits;
}

QString normalizedDate(const QString& input, QStringList* warnings, QString* error)
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
            warnings->append(dayFirst ? Capi::tr("%1 could be a day or a month: read as day %2 of month %3 (with "
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
        *error = Capi::tr("Not a date Meta accepts: write it as YYYY-MM-DD.");
        return {};
    }
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900 || date > QDate::currentDate()) {
        *error = Capi::tr("%1 is not a real date of birth.").arg(text);
        return {};
    }
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString normalizedGender(const QString& input, QString* error)
{
    const QString word = lettersAndDigits(input, false);
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
    *error = Capi::tr("Meta takes only m or f for gender.");
    return {};
}

QString normalizedState(const QString& input, QStringList* warnings)
{
    const QString key = lettersAndDigits(input, false);
    if (key.size() == 2)
        return key;
    if (const QString code = regions().states.value(key); !code.isEmpty()) {
        warnings->append(Capi::tr("%1 was turned into its code %2.").arg(input.trimmed(), code));
        return code;
    }
    warnings->append(Capi::tr("Not a US state or Canadian province: sent as written, without spaces, which may not "
                              "match how Meta stored it."));
    return key;
}

QString normalizedCountry(const QString& input, QStringList* warnings, QString* error)
{
    const QString key = lettersAndDigits(input, false);
    if (key.size() == 2) {
        if (QLocale::codeToTerritory(key) == QLocale::AnyTerritory)
            *error = Capi::tr("%1 is not a country code (ISO 3166-1 alpha-2, like us or ru).").arg(input.trimmed());
        return error->isEmpty() ? key : QString();
    }
    if (const QString code = regions().countries.value(key); !code.isEmpty()) {
        warnings->append(Capi::tr("%1 was turned into its code %2.").arg(input.trimmed(), code));
        return code;
    }
    *error = Capi::tr("%1 is not a country Meta knows: use its two-letter code (us, gb, ru…).").arg(input.trimmed());
    return {};
}

} // namespace

bool isHashedUserDataKey(const QString& field)
{
    return hashedKeys.contains(field);
}

bool isPlainUserDataKey(const QString& field)
{
    return plainKeys.contains(field);
}

UserDataValue normalizeUserData(const QString& field, const QString& input)
{
    UserDataValue out;
    out.field = field;
    out.input = input;
    if (isPlainUserDataKey(field)) {
        out.normalized = input.trimmed();
        return out;
    }
    if (!isHashedUserDataKey(field)) {
        out.error = Capi::tr("%1 is not a user_data key of the Conversions API.").arg(field);
        return out;
    }
    if (looksHashed(QStringView(input).trimmed())) {
        out.alreadyHashed = true;
        out.normalized = input.trimmed().toLower();
        out.hash = out.normalized;
        return out;
    }
    QString value;
    if (field == QLatin1String("em")) {
        value = normalizedEmail(input, &out.error);
    } else if (field == QLatin1String("ph")) {
        value = normalizedPhone(input, &out.warnings, &out.error);
    } else if (field == QLatin1String("fn") || field == QLatin1String("ln")) {
        value = lettersAndDigits(input);
    } else if (field == QLatin1String("ct")) {
        value = lettersAndDigits(input, false);
    } else if (field == QLatin1String("st")) {
        value = normalizedState(input, &out.warnings);
    } else if (field == QLatin1String("zp")) {
        value = withoutSpaces(input).section(u'-', 0, 0);
    } else if (field == QLatin1String("country")) {
        value = normalizedCountry(input, &out.warnings, &out.error);
    } else if (field == QLatin1String("db")) {
        value = normalizedDate(input, &out.warnings, &out.error);
    } else if (field == QLatin1String("ge")) {
        value = normalizedGender(input, &out.error);
    } else { // external_id
        value = withoutSpaces(input);
    }
    if (out.error.isEmpty() && value.isEmpty())
        out.error = Capi::tr("Nothing is left after normalising: the value is empty or only punctuation.");
    if (!out.error.isEmpty())
        return out;
    if ((field == QLatin1String("fn") || field == QLatin1String("ln") || field == QLatin1String("ct"))
        && !isLatin(value))
        out.warnings.append(Capi::tr("Not Latin letters: hashed as UTF-8 as they are; it matches only if the person's "
                                     "profile has the same spelling."));
    out.normalized = value;
    out.hash = QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
    return out;
}

} // namespace pbw
