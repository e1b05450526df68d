#include "conversiontable.h"

namespace pbw::batch {

namespace {

// More distinct statuses or currencies than this in one file is not an export: the rest share the last.
constexpr qsizetype maxInterned = 60000;

} // namespace

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
    row.clickId = store(raw.clickId);
    row.transactionId = store(raw.transactionId);
    row.postbackUrl = store(raw.postbackUrl);
    row.answerBody = store(raw.answerBody);
    row.goal = store(raw.goal);
    row.status = internStatus(raw.status);
    row.currency = internCurrency(raw.currency);
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

void ConversionTable::reserve(qsizetype rows)
{
    m_rows.reserve(rows);
}

qint64 ConversionTable::memoryBytes() const
{
    return qint64(m_rows.capacity()) * qint64(sizeof(StoredRow)) + m_text.capacity();
}

ConversionTable::Span ConversionTable::store(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return {};
    const Span span{quint32(m_text.size()), quint32(utf8.size())};
    m_text.append(utf8);
    return span;
}

quint16 ConversionTable::internStatus(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return 0;
    const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size());
    if (const auto found = m_statusIndex.constFind(key); found != m_statusIndex.cend())
        return *found;
    if (m_statuses.size() >= maxInterned)
        return quint16(m_statuses.size() - 1);
    const QString status = QString::fromUtf8(utf8);
    const quint16 index = quint16(m_statuses.size());
    m_statuses.append(status);
    m_statusKinds.append(m_words.kindOf(status));
    m_statusIndex.insert(QByteArray(utf8.data(), utf8.size()), index);
    return index;
}

quint16 ConversionTable::internCurrency(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return 0;
    const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size());
    if (const auto found = m_currencyIndex.constFind(key); found != m_currencyIndex.cend())
        return *found;
    if (m_currencies.size() >= maxInterned)
        return quint16(m_currencies.size() - 1);
    const quint16 index = quint16(m_currencies.size());
    m_currencies.append(QString::fromUtf8(utf8).trimmed().toUpper());
    m_currencyIndex.insert(QByteArray(utf8.data(), utf8.size()), index);
    return index;
}

} // namespace pbw::batch
