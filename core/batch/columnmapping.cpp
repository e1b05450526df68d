#include "columnmapping.h"

#include <QCoreApplication>

namespace pbw::batch {

namespace {

class Batch
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

} // namespace

ColumnMapping ColumnMapping::automatic()
{
    ColumnMapping mapping;
    const auto names = [&](ConversionField field, QStringList list) {
        mapping.set(field, {std::move(list)});
    };
    names(ConversionField::ClickId,
          {QStringLiteral("click_id"), QStringLiteral("clickid"), QStringLiteral("subid"), QStringLiteral("sub_id"),
           QStringLiteral("cid"), QStringLiteral("cnv_id")});
    names(ConversionField::TransactionId,
          {QStringLiteral("txid"), QStringLiteral("tid"), QStringLiteral("transaction_id"),
           QStringLiteral("conversion_id"), QStringLiteral("order_id")});
    names(ConversionField::Payout,
          {QStringLiteral("payout"), QStringLiteral("revenue"), QStringLiteral("sum"), QStringLiteral("amount"),
           QStringLiteral("выплата")});
    names(ConversionField::Currency, {QStringLiteral("currency"), QStringLiteral("валюта")});
    names(ConversionField::Status,
          {QStringLiteral("status"), QStringLiteral("conversion_status"), QStringLiteral("статус")});
    names(ConversionField::Time,
          {QStringLiteral("time"), QStringLiteral("sent_at"), QStringLiteral("datetime"), QStringLiteral("date"),
           QStringLiteral("conversion_time"), QStringLiteral("postback_datetime"), QStringLiteral("timestamp"),
           QStringLiteral("created_at"), QStringLiteral("время"), QStringLiteral("дата")});
    names(ConversionField::PostbackUrl,
          {QStringLiteral("postback_url"), QStringLiteral("postback"), QStringLiteral("url"),
           QStringLiteral("callback_url"), QStringLiteral("request_url")});
    names(ConversionField::AnswerStatus,
          {QStringLiteral("http_status"), QStringLiteral("response_status"), QStringLiteral("status_code"),
           QStringLiteral("response_code"), QStringLiteral("answer_status")});
    names(ConversionField::AnswerBody,
          {QStringLiteral("response_body"), QStringLiteral("response"), QStringLiteral("answer"),
           QStringLiteral("answer_body"), QStringLiteral("body")});
    names(ConversionField::Goal, {QStringLiteral("goal"), QStringLiteral("event"), QStringLiteral("type")});
    return mapping;
}

Result<ColumnMapping, QString> ColumnMapping::fromSpec(QStringView spec)
{
    ColumnMapping mapping;
    for (const QStringView part : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        const QStringView key = equals > 0 ? part.first(equals).trimmed() : QStringView();
        const QStringView column = equals > 0 ? part.sliced(equals + 1).trimmed() : QStringView();
        if (key.isEmpty() || column.isEmpty())
            return Batch::tr("\"%1\" is not field=column (for example click_id=subid).").arg(part.toString());
        const std::optional<ConversionField> field = fieldFromKey(key);
        if (!field) {
            QStringList keys;
            for (const ConversionField known : allConversionFields)
                keys.append(fieldKey(known));
            return Batch::tr("Unknown field \"%1\": use %2.").arg(key.toString(), keys.join(QStringLiteral(", ")));
        }
        ColumnChoice choice;
        choice.required = true;
        bool isNumber = false;
        const int number = column.startsWith(u'#') ? column.sliced(1).toInt(&isNumber) : 0;
        if (isNumber && number > 0)
            choice.number = number;
        else if (column.startsWith(u'#'))
            return Batch::tr("\"%1\": a column number is #1 or more.").arg(part.toString());
        else
            choice.names = QStringList{column.toString()};
        mapping.set(*field, choice);
    }
    return mapping;
}

bool ColumnMapping::isMapped(ConversionField field) const
{
    const ColumnChoice& c = choice(field);
    return c.number > 0 || !c.names.isEmpty();
}

ColumnMapping ColumnMapping::overriddenBy(const ColumnMapping& other) const
{
    ColumnMapping merged = *this;
    for (const ConversionField field : allConversionFields) {
        if (other.isMapped(field))
            merged.set(field, other.choice(field));
    }
    return merged;
}

QString ColumnMapping::normalisedName(QStringView name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'\uFEFF')
            continue;
        result.append(c.toLower());
    }
    return result;
}

} // namespace pbw::batch
