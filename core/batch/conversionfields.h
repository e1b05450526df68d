#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace pbw::batch {

// The fields of a conversion that the batch layer reads from a tracker's log or a partner's report.
// Only these are kept of a row; every other column is read past and dropped.
enum class ConversionField : quint8 {
    ClickId, // the click ID (subid, cid, clickid…)
    TransactionId, // the transaction / order / conversion ID, where the tool has one
    Payout, // money, decimal point or comma
    Currency, // ISO 4217 code
    Status, // as the tool writes it (sale, approved, 1…)
    Time, // when the conversion happened or the postback was sent
    PostbackUrl, // the callback URL the tracker logged
    AnswerStatus, // the HTTP status the partner answered with, as the tracker logged it
    AnswerBody, // the partner's answer body, as the tracker logged it
    Goal, // goal / event / conversion type
};
inline constexpr int conversionFieldCount = 10;

inline constexpr ConversionField allConversionFields[] = {
    ConversionField::ClickId,     ConversionField::TransactionId, ConversionField::Payout,
    ConversionField::Currency,    ConversionField::Status,        ConversionField::Time,
    ConversionField::PostbackUrl, ConversionField::AnswerStatus,  ConversionField::AnswerBody,
    ConversionField::Goal,
};

// The key a preset and --map use: click_id, transaction_id, payout, currency, status, time,
// postback_url, answer_status, answer_body, goal.
QString fieldKey(ConversionField field);
std::optional<ConversionField> fieldFromKey(QStringView key);

// The field's name in a message, translated ("click ID", "payout"…).
QString fieldName(ConversionField field);

} // namespace pbw::batch
