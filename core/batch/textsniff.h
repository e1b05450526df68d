#pragma once

#include "fileformat.h"

#include <QByteArrayView>

namespace pbw::batch {

// What the first bytes of a file say about how to read the rest.
struct Sniffed
{
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype bomLength = 0; // bytes to skip
    bool asciiOnly = false; // the first bytes were ASCII: UTF-8 until a byte says otherwise
};

// A byte-order mark (UTF-8, UTF-16LE/BE) decides. Without one: UTF-16 when NULs sit in every other
// byte of the first lines; UTF-8 when the bytes are valid UTF-8 (a sequence cut by the end of the
// sample is allowed), or mostly valid (the broken line is refused later, not misread); Windows-1251
// otherwise.
Sniffed sniffEncoding(QByteArrayView firstBytes);

// The delimiter of the first lines (UTF-8 text): of ",", ";", tab and "|", the one the header has
// and most of the following lines have as many times, outside quotes. "," when none is found.
char sniffDelimiter(QByteArrayView firstLines);

// Where the first control character (not tab, CR or LF) is, -1 when there is none.
qsizetype firstControlCharacter(QByteArrayView bytes);

// Whether bytes are valid UTF-8. An ASCII-only text is.
bool isValidUtf8(QByteArrayView bytes, bool allowCutEnd = false);
bool isAscii(QByteArrayView bytes);
// Without the spaces and tabs around it.
QByteArrayView trimmedBlanks(QByteArrayView text);

} // namespace pbw::batch
