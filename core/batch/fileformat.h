#pragma once

#include "conversionfields.h"

#include <QString>
#include <QStringList>
#include <array>

namespace pbw::batch {

enum class TextEncoding : quint8 { Utf8, Utf16LE, Utf16BE, Windows1251 };

QString encodingName(TextEncoding encoding); // "UTF-8", "UTF-16LE", "Windows-1251"

// What the reader found out about a file: its encoding (and byte-order mark), its delimiter, its
// header and which column it read each field from.
struct FileFormat
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    char delimiter = ',';
    QStringList headers; // as written
    std::array<int, conversionFieldCount> columns; // 0-based column of each field, -1 when not read

    FileFormat() { columns.fill(-1); }
    int column(ConversionField field) const { return columns[int(field)]; }
};

// ",", ";", "tab", "|": the delimiter as a message names it.
QString delimiterName(char delimiter);

} // namespace pbw::batch
