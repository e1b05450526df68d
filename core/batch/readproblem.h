#pragma once

#include "conversionfields.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pbw::batch {

// Why a file was refused. Nothing of a refused file is kept: the caller gets this and no table.
struct ReadProblem
{
    Q_DECLARE_TR_FUNCTIONS(ReadProblem)

public:
    enum class Kind {
        Unreadable, // could not be opened or read (detail: the system's words)
        TooLarge, // over the size limit (number: the limit in bytes)
        Empty, // no header, or a header and no rows
        Binary, // a NUL or another control character: not a text export
        BadEncoding, // UTF-8 that breaks off after valid UTF-8 text, or broken UTF-16
        BadQuote, // a quote inside an unquoted cell, or text right after a closing quote
        UnclosedQuote, // a quote opened and never closed (line: where it opened)
        CellTooLong, // a cell over 1 MB: a quote never closed, most likely
        TooManyColumns, // a row of more than 4,096 cells
        RaggedRow, // a row whose cell count is not the header's (expected, found)
        NoClickIdColumn, // neither the mapping nor the preset finds a click ID column (headers)
        MissingColumn, // a column the user named is not in the header (field, detail: the name)
        ColumnOutOfRange, // a column number past the header's last (field, number)
        Cancelled, // the progress callback asked to stop
    };

    Kind kind = Kind::Unreadable;
    qint64 line = 0; // 1-based line of the file, 0 when the problem is not on a line
    QString detail;
    qint64 number = 0;
    int expected = 0;
    int found = 0;
    ConversionField field = ConversionField::ClickId;
    QStringList headers; // the header as read, for the column problems

    // Plain words, translated: "line 12: 5 cells, but the header has 7 …". With a file name, it
    // starts with it ("tracker.csv, line 12: …").
    // inWindow: the way out is named as the window has it (Columns…) instead of pbw's --map.
    QString message(const QString& fileName = {}, bool inWindow = false) const;
};

} // namespace pbw::batch
