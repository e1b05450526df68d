#include "textsniff.h"

#include <QList>
#include <array>

namespace pbw::batch {

namespace {

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// UTF-16 without a byte-order mark: in the first lines, NULs at every other byte (ASCII text).
std::optional<TextEncoding> utf16WithoutMark(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == 0 ? 1 : 0;
        oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs)
        return TextEncoding::Utf16LE;
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes, bool allowCutEnd)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint minimum = 0, code = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + length > n) {
            for (qsizetype j = i + 1; j < n; ++j) {
                if ((p[j] & 0xC0) != 0x80)
                    return false;
            }
            return allowCutEnd;
        }
        for (int j = 1; j < length; ++j) {
            if ((p[i + j] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i + j] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

Sniffed sniffEncoding(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8, 3, false};
    if (bytes.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16LE, 2, false};
    if (bytes.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16BE, 2, false};
    if (const std::optional<TextEncoding> utf16 = utf16WithoutMark(bytes))
        return {*utf16, 0, false};
    if (isAscii(bytes))
        return {TextEncoding::Utf8, 0, true};
    if (isValidUtf8(bytes, true))
        return {TextEncoding::Utf8, 0, false};
    return {TextEncoding::Windows1251, 0, false};
}

char sniffDelimiter(QByteArrayView text)
{
    constexpr std::array<char, 4> candidates = {',', ';', '\t', '|'};
    // Counts per line, outside quotes, for the first 20 lines.
    QList<std::array<int, 4>> lines;
    std::array<int, 4> counts{};
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && lines.size() < 20; ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            lines.append(counts);
            counts = {};
        } else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k)
                counts[k] += c == candidates[k] ? 1 : 0;
        }
    }
    if (counts != std::array<int, 4>{})
        lines.append(counts);
    if (lines.isEmpty())
        return ',';
    int best = -1, bestAgreeing = -1, bestCount = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int headerCount = lines.first()[k];
        if (headerCount == 0)
            continue;
        int agreeing = 0;
        for (const auto& line : lines)
            agreeing += line[k] == headerCount ? 1 : 0;
        if (agreeing > bestAgreeing || (agreeing == bestAgreeing && headerCount > bestCount)) {
            best = int(k);
            bestAgreeing = agreeing;
            bestCount = headerCount;
        }
    }
    return best < 0 ? ',' : candidates[size_t(best)];
}

} // namespace pbw::batch
