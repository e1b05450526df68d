#include "conversionfields.h"

#include <QCoreApplication>

namespace pbw::batch {

namespace {

class Batch
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

constexpr const char* keys[conversionFieldCount] = {
    "click_id", "transaction_id", "payout",        "currency",    "status",
    "time",     "postback_url",   "answer_status", "answer_body", "goal",
};

} // namespace

QString fieldKey(ConversionField field)
{
    return QLatin1String(keys[int(field)]);
}

std::optional<ConversionField> fieldFromKey(QStringView key)
{
    for (const ConversionField field : allConversionFields) {
        if (key.compare(QLatin1String(keys[int(field)]), Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

QString fieldName(ConversionField field)
{
    switch (field) {
    case ConversionField::ClickId:
        return Batch::tr("click ID");
    case ConversionField::TransactionId:
        return Batch::tr("transaction ID");
    case ConversionField::Payout:
        return Batch::tr("payout");
    case ConversionField::Currency:
        return Batch::tr("currency");
    case ConversionField::Status:
        return Batch::tr("status");
    case ConversionField::Time:
        return Batch::tr("time");
    case ConversionField::PostbackUrl:
        return Batch::tr("postback URL");
    case ConversionField::AnswerStatus:
        return Batch::tr("answer status");
    case ConversionField::AnswerBody:
        return Batch::tr("answer body");
    case ConversionField::Goal:
        return Batch::tr("goal");
    }
    return {};
}

} // namespace pbw::batch
