#include "money.h"

#include <cstdlib>

namespace pbw::batch {

namespace {

struct Symbol
{
    QByteArrayView text;
    const char* code;
};

// Signs exports put before or after the number; a three-letter code is read as written.
constexpr Symbol symbols[] = {
    {"$", "USD"},
    {"\xe2\x82\xac", "EUR"},
    {"\xc2\xa3", "GBP"},
    {"\xe2\x82\xbd", "RUB"},
    {"\xe2\x82\xb4", "UAH"},
    {"\xe2\x82\xb8", "KZT"},
    {"\xe2\x82\xb9", "INR"},
    {"\xc2\xa5", "JPY"},
    {"\xd1\x80\xd1\x83\xd0\xb1.", "RUB"},
    {"\xd1\x80\xd1\x83\xd0\xb1", "RUB"},
    {"\xd1\x80.", "RUB"},
};

bool isAsciiLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Spaces of every kind that group thousands or pad a cell: space, tab, U+00A0, U+2009, U+202F.
qsizetype spaceAt(QByteArrayView text, qsizetype i)
{
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\'')
        return 1;
    if (text.sliced(i).startsWith("\xc2\xa0"))
        return 2;
    if (text.sliced(i).startsWith("\xe2\x80\xaf") || text.sliced(i).startsWith("\xe2\x80\x89"))
        return 3;
    return 0;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty()) {
        if (const qsizetype n = spaceAt(text, 0); n > 0 && text[0] != '\'')
            text = text.sliced(n);
        else
            break;
    }
    for (bool again = true; again && !text.isEmpty();) {
        again = false;
        for (const qsizetype n : {1, 2, 3}) {
            if (text.size() >= n && spaceAt(text, text.size() - n) == n && text.back() != '\'') {
                text.chop(n);
                again = true;
                break;
            }
        }
    }
    return text;
}

// Takes a currency sign or code off either end of the text.
QByteArrayView withoutCurrency(QByteArrayView text, QString* currency)
{
    for (const Symbol& symbol : symbols) {
        if (text.startsWith(symbol.text)) {
            *currency = QLatin1String(symbol.code);
            return trimmed(text.sliced(symbol.text.size()));
        }
        if (text.endsWith(symbol.text)) {
            *currency = QLatin1String(symbol.code);
            return trimmed(text.first(text.size() - symbol.text.size()));
        }
    }
    if (text.size() > 3 && isAsciiLetter(text[0]) && isAsciiLetter(text[1]) && isAsciiLetter(text[2])
        && !isAsciiLetter(text[3])) {
        *currency = QString::fromLatin1(text.first(3)).toUpper();
        return trimmed(text.sliced(3));
    }
    const qsizetype n = text.size();
    if (n > 3 && isAsciiLetter(text[n - 1]) && isAsciiLetter(text[n - 2]) && isAsciiLetter(text[n - 3])
        && !isAsciiLetter(text[n - 4])) {
        *currency = QString::fromLatin1(text.last(3)).toUpper();
        return trimmed(text.first(n - 3));
    }
    return text;
}

} // namespace

std::optional<ParsedMoney> parseMoney(QByteArrayView utf8, char delimiter)
{
    ParsedMoney money;
    QByteArrayView text = withoutCurrency(trimmed(utf8), &money.currency);
    bool negative = false;
    if (!text.isEmpty() && (text[0] == '-' || text[0] == '+')) {
        negative = text[0] == '-';
        text = trimmed(text.sliced(1));
    }
    if (text.isEmpty())
        return std::nullopt;
    // First pass: which marks there are, and where the last one is.
    qsizetype commas = 0, periods = 0, lastMark = -1, digitsAfterLast = 0;
    for (qsizetype i = 0; i < text.size();) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            ++digitsAfterLast;
            ++i;
        } else if (c == ',' || c == '.') {
            (c == ',' ? commas : periods) += 1;
            lastMark = i;
            digitsAfterLast = 0;
            ++i;
        } else if (const qsizetype n = spaceAt(text, i); n > 0) {
            i += n;
        } else {
            return std::nullopt;
        }
    }
    char decimalMark = 0;
    if (lastMark >= 0) {
        const char last = text[lastMark];
        const qsizetype sameKind = last == ',' ? commas : periods;
        const bool groupsThousands
            = sameKind > 1 || (last == ',' && periods == 0 && delimiter == ',' && digitsAfterLast == 3);
        if (commas > 0 && periods > 0)
            decimalMark = last; // "1,234.50" and "1.234,50": the last mark is the decimal one
        else if (!groupsThousands)
            decimalMark = last;
    }
    // Second pass: the value, rounded half away from zero to four decimals.
    Amount whole = 0, fraction = 0;
    int fractionDigits = 0, wholeDigits = 0;
    bool roundUp = false, inFraction = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            if (!inFraction) {
                if (++wholeDigits > 14)
                    return std::nullopt; // beyond any payout, and beyond what an Amount holds
                whole = whole * 10 + (c - '0');
            } else if (fractionDigits < 4) {
                fraction = fraction * 10 + (c - '0');
                ++fractionDigits;
            } else if (fractionDigits == 4) {
                roundUp = c >= '5';
                ++fractionDigits;
            }
        } else if (c == decimalMark && i == lastMark) {
            inFraction = true;
        }
    }
    if (wholeDigits == 0 && !inFraction)
        return std::nullopt;
    for (int i = std::min(fractionDigits, 4); i < 4; ++i)
        fraction *= 10;
    money.amount = whole * amountScale + fraction + (roundUp ? 1 : 0);
    if (negative)
        money.amount = -money.amount;
    return money;
}

QString amountText(Amount amount)
{
    const bool negative = amount < 0;
    const quint64 magnitude = negative ? quint64(-(amount + 1)) + 1 : quint64(amount);
    QString fraction = QString::number(magnitude % amountScale).rightJustified(4, u'0');
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / amountScale) + u'.' + fraction;
}

bool sameToTheCent(Amount a, Amount b)
{
    const auto cents = [](Amount value) {
        return (value >= 0 ? value + 50 : value - 50) / 100;
    };
    return cents(a) == cents(b);
}

QString moneyText(const QMap<QString, Amount>& money)
{
    QStringList parts;
    for (auto it = money.cbegin(); it != money.cend(); ++it)
        parts.append(it.key().isEmpty() ? amountText(it.value()) : it.key() + u' ' + amountText(it.value()));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(" + "));
}

QJsonObject moneyJson(const QMap<QString, Amount>& money)
{
    QJsonObject object;
    for (auto it = money.cbegin(); it != money.cend(); ++it)
        object.insert(it.key(), amountText(it.value()));
    return object;
}

} // namespace pbw::batch
