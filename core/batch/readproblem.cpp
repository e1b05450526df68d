#include "readproblem.h"

#include "columnmapping.h"

namespace pbw::batch {

namespace {

QString headerList(const QStringList& headers)
{
    QStringList quoted;
    for (const QString& header : headers.mid(0, 30))
        quoted.append(QLatin1Char('"') + header + QLatin1Char('"'));
    if (headers.size() > 30)
        quoted.append(QStringLiteral("…"));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QString ReadProblem::message(const QString& fileName, bool inWindow) const
{
    QString text;
    switch (kind) {
    case Kind::Unreadable:
        text = tr("the file cannot be read: %1").arg(detail);
        break;
    case Kind::TooLarge:
        text = tr("the file is larger than %1 MB: split the export by date and reconcile each part.")
                   .arg(number / 1048576);
        break;
    case Kind::Empty:
        text = headers.isEmpty() ? tr("the file is empty.") : tr("the file has a header and no rows.");
        break;
    case Kind::Binary:
        text = tr("the file holds binary data (a control character), not a CSV or TSV export. Export the report as "
                  "CSV and try again.");
        break;
    case Kind::BadEncoding:
        text = tr("the text is not valid %1 here, although the lines before it are. Save the file again as "
                  "UTF-8.")
                   .arg(detail);
        break;
    case Kind::BadQuote:
        text = tr("a quote (\") in the middle of a cell, or text right after a closing quote. A cell with "
                  "quotes must be quoted as a whole, with each quote inside doubled (\"\").");
        break;
    case Kind::UnclosedQuote:
        text = tr("a quote (\") opened here is never closed.");
        break;
    case Kind::CellTooLong:
        text = tr("a cell that starts here is longer than 1 MB: most likely a quote (\") that is never closed.");
        break;
    case Kind::TooManyColumns:
        text = tr("more than %1 cells in one row: this is not a conversions export.").arg(expected);
        break;
    case Kind::RaggedRow:
        text = tr("%n cell(s) in this row, but the header has %1. Every row must have as many cells as the "
                  "header (a delimiter inside a value must be quoted).",
                  nullptr, found)
                   .arg(expected);
        break;
    case Kind::NoClickIdColumn:
        text = (inWindow ? tr("no click ID column found in the header (%1). Choose it with Columns…, or pick the "
                              "tool's preset.")
                         : tr("no click ID column found in the header (%1). Name it with --map click_id=COLUMN, or "
                              "pick the tool's preset."))
                   .arg(headerList(headers));
        break;
    case Kind::MissingColumn:
        text = tr("there is no column \"%1\" for the %2 in the header (%3).")
                   .arg(detail, fieldName(field), headerList(headers));
        break;
    case Kind::ColumnOutOfRange:
        text = tr("column #%1 for the %2 does not exist: the header has %n column(s).", nullptr, int(headers.size()))
                   .arg(number)
                   .arg(fieldName(field));
        break;
    case Kind::Cancelled:
        text = tr("reading was cancelled.");
        break;
    }
    if (line > 0)
        text = tr("line %1: %2").arg(line).arg(text);
    return fileName.isEmpty() ? text : tr("%1: %2").arg(fileName, text);
}

} // namespace pbw::batch
