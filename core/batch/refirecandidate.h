#pragma once

#include "analysis/callback.h"
#include "analysis/finding.h"
#include "batch/conversiontable.h"

#include <QList>
#include <QString>
#include <optional>

namespace pbw::batch {

// One corrected callback to send again (what `pbw batch check --csv` writes and `pbw batch send` reads).
struct RefireCandidate
{
    QString key; // the click ID, or "click ID / transaction ID" when the row has one
    qint64 line = 0; // of the tracker's file
    QString url;
    QString method = QStringLiteral("GET");
    std::optional<Amount> payout; // the row's, or where it has none the one its logged callback carried
    QString currency;
    QString why; // why the logged callback failed, in words (translated)

    friend bool operator==(const RefireCandidate&, const RefireCandidate&) = default;
};

QString refireKey(const ConversionTable& table, qsizetype row);

// The row's value for a macro or a parameter: {clickid}, {click_id}, {subid}, {sub_id}, {cid} → the
// click ID; {payout}, {amount}, {sum}, {revenue} → the payout; {txid}, {transaction_id} → the
// transaction ID; {status}, {currency}, {goal}. Nothing for a name it does not know or a value the
// row lacks.
enum class RowField { None, ClickId, Payout, TransactionId, Status, Currency, Goal };
RowField rowFieldForMacro(const QString& macroText); // "{clickid}", "%7Bpayout%7D" decoded, "[sub_id]"…
QString rowFieldName(RowField field); // translated: "click ID", "payout"…

// The values a row fills macros with (the payout as "49.90").
struct RowValues
{
    QString clickId, payout, transactionId, status, currency, goal;

    static RowValues of(const ConversionTable& table, qsizetype row);
    QString value(RowField field) const;
};

// A URL with macros, read once, filled for many rows (the partner's template, a rebuilt callback).
class MacroFiller
{
public:
    explicit MacroFiller(const QString& url, bool byParamRole = false);

    // The URL with every macro it knows replaced by the row's value (encoded once); the macros it could
    // not fill in unfilled ("{externalId}", "{payout} (the row has no payout)").
    QString filled(const RowValues& values, QStringList* unfilled) const;
    bool hasMacros() const { return !m_slots.isEmpty(); }

private:
    struct Slot
    {
        qsizetype start = 0;
        qsizetype length = 0;
        RowField field = RowField::None;
        QString macro;
    };
    QString m_url;
    QList<Slot> m_slots;
};

// A finding the batch adds to the checker's: the callback carries the row's click ID cut short (a
// column or a macro that truncates it). Its suggestion is the whole click ID, so the rebuild fixes it.
std::optional<Finding> truncatedClickId(const Callback& callback, const QString& clickId);

} // namespace pbw::batch
