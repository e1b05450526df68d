#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <memory>
#include <vector>

namespace pbw::batch {

// Where a conversion table keeps its text: UTF-8 appended to blocks of 16 MB that never move (no
// copy and no doubled peak while a million rows grow it), each value addressed by 8 bytes.
class TextArena
{
public:
    struct Span
    {
        quint32 offset = 0; // block << 24 | position in it
        quint32 length = 0;
    };

    Span store(QByteArrayView utf8);
    QByteArrayView view(Span span) const
    {
        if (span.length == 0)
            return {};
        return QByteArrayView(m_blocks[span.offset >> blockBits].get() + (span.offset & blockMask), span.length);
    }
    qint64 bytes() const { return qint64(m_blocks.size()) << blockBits; }

private:
    static constexpr int blockBits = 24;
    static constexpr quint32 blockMask = (1u << blockBits) - 1;

    std::vector<std::unique_ptr<char[]>> m_blocks;
    quint32 m_used = 1u << blockBits; // in the last block: full, so that the first value opens one
};

// Small numbers for the few distinct values of a column (statuses, currencies): a linear look at the
// first ones (no hashing for the handful an export has), a hash beyond them.
class Interner
{
public:
    // The value's number (0 for the empty value); at most 65,535 values, then the last one.
    quint16 number(QByteArrayView utf8);
    QByteArrayView value(quint16 number) const { return m_values.at(number); }
    qsizetype size() const { return m_values.size(); }

private:
    QList<QByteArray> m_values{QByteArray()};
    QHash<QByteArray, quint16> m_index;
};

} // namespace pbw::batch
