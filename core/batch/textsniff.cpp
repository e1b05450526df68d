#include "textsniff.h"

#include <QList>
#include <array>

namespace pbw::batch {

namespace {

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
    // Text in any other encoding has no NUL at all; UTF-16 of Latin or Cyrillic text has them in one
    // of the two bytes of most characters.
    if (oddZeros * 4 >= pairs && evenZeros * 50 <= pairs)
        return TextEncoding::Utf16LE;
    if (evenZeros * 4 >= pairs && oddZeros * 50 <= pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

} // namespace

namespace {

// Length of the valid UTF-8 sequence at p[i] (1 for ASCII), 0 when it is not valid, -1 when the
// bytes end inside it.
int sequenceAt(const uchar* p, qsizetype i, qsizetype n)
{
    const uchar c = p[i];
    if (c < 0x80)
        return 1;
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
        return 0;
    }
    for (int j = 1; j < length; ++j) {
        if (i + j >= n)
            return -1;
        if ((p[i + j] & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (p[i + j] & 0x3F);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes, bool allowCutEnd)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    for (qsizetype i = 0; i < bytes.size();) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceAt(p, i, bytes.size());
        if (length == 0)
            return false;
        if (length < 0)
            return allowCutEnd;
        i += length;
    }
    return true;
}

qsizetype firstControlCharacter(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return i;
    }
    return -1;
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
    // Valid multi-byte sequences against invalid bytes: Windows-1251 text makes almost no valid
    // sequence, UTF-8 with a broken byte makes many (it is then refused at that line, not misread).
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    qsizetype valid = 0, invalid = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = sequenceAt(p, i, bytes.size());
        if (length < 0)
            break;
        valid += length > 1 ? 1 : 0;
        invalid += length == 0 ? 1 : 0;
        i += std::max(length, 1);
    }
    return {invalid == 0 || valid > invalid ? TextEncoding::Utf8 : TextEncoding::Windows1251, 0, false};
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

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

QByteArrayView trimmedBlanks(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

} // namespace pbw::batch
