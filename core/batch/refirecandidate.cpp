#include "refirecandidate.h"

#include "analysis/macros.h"
#include "analysis/paramtable.h"
#include "analysis/rebuild.h"

#include <QCoreApplication>

namespace pbw::batch {

namespace {

class BatchCheck
{
    Q_DECLARE_TR_FUNCTIONS(BatchCheck)
};

// "{click_id}" → "clickid", "${SUBID}" → "subid", "{status:lead=0 sale=1}" → "status",
// "{conversion.payout}" → "payout".
QString macroName(const QString& macroText)
{
    QString name;
    for (const QChar c : macroText) {
        if (c == u':')
            break;
        if (c == u'.')
            name.clear();
        else if (c.isLetterOrNumber())
            name += c.toLower();
    }
    return name;
}

RowField fieldForRole(ParamRole role)
{
    switch (role) {
    case ParamRole::ClickId:
        return RowField::ClickId;
    case ParamRole::Payout:
        return RowField::Payout;
    case ParamRole::TransactionId:
        return RowField::TransactionId;
    case ParamRole::Status:
        return RowField::Status;
    case ParamRole::Currency:
        return RowField::Currency;
    case ParamRole::Goal:
        return RowField::Goal;
    default:
        return RowField::None;
    }
}

} // namespace

QString refireKey(const ConversionTable& table, qsizetype row)
{
    const QString tid = table.transactionId(row);
    return tid.isEmpty() ? table.clickId(row) : table.clickId(row) + QStringLiteral(" / ") + tid;
}

RowField rowFieldForMacro(const QString& macroText)
{
    static const QHash<QString, RowField> fields{
        {QStringLiteral("clickid"), RowField::ClickId},
        {QStringLiteral("subid"), RowField::ClickId},
        {QStringLiteral("cid"), RowField::ClickId},
        {QStringLiteral("payout"), RowField::Payout},
        {QStringLiteral("amount"), RowField::Payout},
        {QStringLiteral("sum"), RowField::Payout},
        {QStringLiteral("revenue"), RowField::Payout},
        {QStringLiteral("txid"), RowField::TransactionId},
        {QStringLiteral("transactionid"), RowField::TransactionId},
        {QStringLiteral("status"), RowField::Status},
        {QStringLiteral("currency"), RowField::Currency},
        {QStringLiteral("goal"), RowField::Goal},
    };
    return fields.value(macroName(macroText), RowField::None);
}

RowValues RowValues::of(const ConversionTable& table, qsizetype row)
{
    const std::optional<Amount> payout = table.payout(row);
    return {table.clickId(row),       payout ? amountText(*payout) : QString(),
            table.transactionId(row), table.status(row),
            table.currency(row),      table.goal(row)};
}

QString RowValues::value(RowField field) const
{
    switch (field) {
    case RowField::ClickId:
        return clickId;
    case RowField::Payout:
        return payout;
    case RowField::TransactionId:
        return transactionId;
    case RowField::Status:
        return status;
    case RowField::Currency:
        return currency;
    case RowField::Goal:
        return goal;
    case RowField::None:
        break;
    }
    return {};
}

QString rowFieldName(RowField field)
{
    switch (field) {
    case RowField::ClickId:
        return fieldName(ConversionField::ClickId);
    case RowField::Payout:
        return fieldName(ConversionField::Payout);
    case RowField::TransactionId:
        return fieldName(ConversionField::TransactionId);
    case RowField::Status:
        return fieldName(ConversionField::Status);
    case RowField::Currency:
        return fieldName(ConversionField::Currency);
    case RowField::Goal:
        return fieldName(ConversionField::Goal);
    case RowField::None:
        break;
    }
    return {};
}

MacroFiller::MacroFiller(const QString& url, bool byParamRole)
    : m_url(url)
{
    const ParamTable& table = ParamTable::builtIn();
    const Callback callback = readCallbackUrl(url);
    // Every macro of a raw part (the path, a value), left to right; an encoded one takes the whole part.
    const auto scan = [&](const QString& raw, int offset, RowField byRole) {
        if (offset < 0)
            return;
        qsizetype from = 0;
        while (from < raw.size()) {
            const MacroHit hit = findMacro(raw.mid(from), table.placeholderWords());
            if (!hit.found())
                break;
            RowField field = rowFieldForMacro(hit.text);
            if (field == RowField::None)
                field = byRole;
            if (hit.encoding != MacroHit::Encoding::Literal || hit.rawStart < 0) {
                m_slots.append({offset, raw.size(), field, hit.text});
                break;
            }
            m_slots.append({offset + from + hit.rawStart, hit.rawLength, field, hit.text});
            from += hit.rawStart + std::max(1, hit.rawLength);
        }
    };
    scan(callback.path, callback.pathOffset, RowField::None);
    for (const CallbackParam& param : callback.paramsFrom(ParamSource::Query)) {
        const RowField byRole = byParamRole ? fieldForRole(table.roleOf(param.key)) : RowField::None;
        // A click ID sent blank ("subid=") is as fillable as a macro.
        if (byRole == RowField::ClickId && param.hasValue && param.rawValue.isEmpty() && param.valueOffset >= 0)
            m_slots.append({param.valueOffset, 0, byRole, param.key + u'='});
        else
            scan(param.rawValue, param.valueOffset, byRole);
    }
    std::sort(m_slots.begin(), m_slots.end(), [](const Slot& a, const Slot& b) { return a.start < b.start; });
}

QString MacroFiller::filled(const RowValues& values, QStringList* unfilled) const
{
    if (m_slots.isEmpty())
        return m_url;
    QString out;
    out.reserve(m_url.size() + 32);
    qsizetype at = 0;
    for (const Slot& slot : m_slots) {
        out += QStringView(m_url).mid(at, slot.start - at);
        at = slot.start + slot.length;
        const QString value = values.value(slot.field);
        if (!value.isEmpty()) {
            out += encodedQueryPart(value);
            continue;
        }
        out += QStringView(m_url).mid(slot.start, slot.length);
        if (unfilled)
            unfilled->append(slot.field == RowField::None
                                 ? slot.macro
                                 : BatchCheck::tr("%1 (the row has no %2)").arg(slot.macro, rowFieldName(slot.field)));
    }
    out += QStringView(m_url).mid(at);
    return out;
}

std::optional<Finding> truncatedClickId(const Callback& callback, const QString& clickId)
{
    constexpr qsizetype shortest = 8;
    if (clickId.size() <= shortest)
        return std::nullopt;
    const CallbackParam* cut = nullptr;
    for (const CallbackParam& param : callback.params) {
        if (param.value == clickId)
            return std::nullopt;
        if (!cut && param.value.size() >= shortest && param.value.size() < clickId.size()
            && clickId.startsWith(param.value))
            cut = &param;
    }
    if (!cut)
        return std::nullopt;
    Finding finding
        = Finding::make(QStringLiteral("clickid-truncated"), Finding::Severity::Error, cut->key,
                        BatchCheck::tr("%1 carries the click ID cut short: %2 of the %3 characters of %4.")
                            .arg(cut->key)
                            .arg(cut->value.size())
                            .arg(clickId.size())
                            .arg(quotedValue(clickId)),
                        BatchCheck::tr("Send the whole click ID: look for a column or a field that cuts it."), clickId);
    finding.offset = cut->valueOffset;
    finding.length = int(cut->rawValue.size());
    return finding;
}

} // namespace pbw::batch
