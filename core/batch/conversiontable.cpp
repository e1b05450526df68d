#include "conversiontable.h"

namespace pbw::batch {

ConversionRow ConversionTable::row(qsizetype i) const
{
    ConversionRow row;
    row.line = line(i);
    row.clickId = clickId(i);
    row.transactionId = transactionId(i);
    row.payout = payout(i);
    row.currency = currency(i);
    row.status = status(i);
    row.statusKind = statusKind(i);
    row.timeMs = timeMs(i);
    row.postbackUrl = postbackUrl(i);
    row.answerStatus = answerStatus(i);
    row.answerBody = answerBody(i);
    row.goal = goal(i);
    return row;
}

std::optional<Amount> ConversionTable::payout(qsizetype i) const
{
    const StoredRow& row = m_rows[i];
    return row.flags & HasPayout ? std::optional(row.payout) : std::nullopt;
}

std::optional<qint64> ConversionTable::timeMs(qsizetype i) const
{
    const StoredRow& row = m_rows[i];
    return row.flags & HasTime ? std::optional(row.timeMs) : std::nullopt;
}

void ConversionTable::append(const ConversionRow& row)
{
    const QByteArray clickId = row.clickId.toUtf8(), transactionId = row.transactionId.toUtf8(),
                     status = row.status.toUtf8(), currency = row.currency.toUtf8(),
                     postbackUrl = row.postbackUrl.toUtf8(), answerBody = row.answerBody.toUtf8(),
                     goal = row.goal.toUtf8();
    RawConversion raw;
    raw.line = row.line;
    raw.clickId = clickId;
    raw.transactionId = transactionId;
    raw.status = status;
    raw.currency = currency;
    raw.postbackUrl = postbackUrl;
    raw.answerBody = answerBody;
    raw.goal = goal;
    raw.payout = row.payout;
    raw.timeMs = row.timeMs;
    raw.answerStatus = row.answerStatus;
    append(raw);
}

void ConversionTable::append(const RawConversion& raw)
{
    StoredRow row;
    row.line = quint32(qBound<qint64>(0, raw.line, std::numeric_limits<quint32>::max()));
    row.clickId = m_text.store(raw.clickId);
    row.transactionId = m_text.store(raw.transactionId);
    storeExtra(m_postbackUrls, raw.postbackUrl);
    storeExtra(m_answerBodies, raw.answerBody);
    storeExtra(m_goals, raw.goal);
    row.status = m_statuses.number(raw.status);
    if (row.status == m_statusTexts.size()) { // a new one
        m_statusTexts.append(QString::fromUtf8(raw.status));
        m_statusKinds.append(m_words.kindOf(m_statusTexts.last()));
    }
    row.currency = m_currencies.number(raw.currency);
    if (row.currency == m_currencyCodes.size())
        m_currencyCodes.append(QString::fromUtf8(raw.currency).trimmed().toUpper());
    row.answerStatus = qint16(qBound(0, raw.answerStatus, 999));
    if (raw.payout) {
        row.payout = *raw.payout;
        row.flags |= HasPayout;
    }
    if (raw.timeMs) {
        row.timeMs = *raw.timeMs;
        row.flags |= HasTime;
    }
    m_rows.append(row);
}

void ConversionTable::storeExtra(QList<Span>& spans, QByteArrayView utf8)
{
    if (utf8.isEmpty() && spans.isEmpty())
        return;
    if (spans.size() < m_rows.size())
        spans.resize(m_rows.size());
    spans.append(m_text.store(utf8));
}

void ConversionTable::reserve(qsizetype rows)
{
    m_rows.reserve(rows);
}

qint64 ConversionTable::memoryBytes() const
{
    return qint64(m_rows.capacity()) * qint64(sizeof(StoredRow)) + m_text.bytes()
        + qint64(m_postbackUrls.capacity() + m_answerBodies.capacity() + m_goals.capacity()) * qint64(sizeof(Span));
}

} // namespace pbw::batch
