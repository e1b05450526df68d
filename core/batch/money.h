#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace pbw::batch {

// Money as an integer of ten-thousandths of the currency's unit (49.90 → 499000): totals of a million
// rows add up exactly, and 4 decimals hold every payout trackers write.
using Amount = qint64;
inline constexpr Amount amountScale = 10000;

struct ParsedMoney
{
    Amount amount = 0;
    QString currency; // ISO code when the text carried one ("$", "USD", "₽"), else empty
};

// Reads a payout as exports write it: "49.90", "49,90", "1 234,50" (spaces, no-break spaces and
// apostrophes group thousands), "1,234.50", "1.234,50", "$12.5", "49,90 ₽", "USD 12", "-3". Where a
// single comma is followed by exactly three digits in a comma-separated file it groups thousands
// ("1,234" is 1234), elsewhere a single comma is the decimal mark. Nothing when it is not a number.
std::optional<ParsedMoney> parseMoney(QByteArrayView utf8, char delimiter = ';');

// 499000 → "49.90", 12345678 → "1234.5678": at least two decimals, at most four, a period.
QString amountText(Amount amount);
// Sums per currency ("" for a file without one): "49.90 + USD 45.00" ("—" when none), and as JSON
// {"": "49.90", "USD": "45.00"}.
QString moneyText(const QMap<QString, Amount>& money);
QJsonObject moneyJson(const QMap<QString, Amount>& money);

// Equal to the cent: a partner that rounds 1.2345 to 1.23 has not changed the payout.
bool sameToTheCent(Amount a, Amount b);

} // namespace pbw::batch
