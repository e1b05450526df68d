#include "textarena.h"

#include <cstring>

namespace pbw::batch {

TextArena::Span TextArena::store(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return {};
    const quint32 length = quint32(std::min<qsizetype>(utf8.size(), blockMask)); // a cell is at most 1 MB anyway
    if (m_used + length > (1u << blockBits)) {
        if (m_blocks.size() >= 256)
            return {}; // 4 GB of text: beyond any file the reader takes (1 GB)
        m_blocks.push_back(std::make_unique_for_overwrite<char[]>(size_t(1) << blockBits));
        m_used = 0;
    }
    const quint32 block = quint32(m_blocks.size() - 1);
    std::memcpy(m_blocks.back().get() + m_used, utf8.data(), length);
    const Span span{block << blockBits | m_used, length};
    m_used += length;
    return span;
}

quint16 Interner::number(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return 0;
    constexpr qsizetype linear = 16;
    for (qsizetype i = 1; i < std::min(linear, m_values.size()); ++i) {
        if (m_values.at(i) == utf8)
            return quint16(i);
    }
    if (m_values.size() > linear) {
        if (const auto found = m_index.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
            found != m_index.cend())
            return *found;
    }
    if (m_values.size() >= 65535)
        return quint16(m_values.size() - 1);
    const quint16 number = quint16(m_values.size());
    m_values.append(QByteArray(utf8.data(), utf8.size()));
    if (number >= linear)
        m_index.insert(m_values.last(), number);
    return number;
}

} // namespace pbw::batch
