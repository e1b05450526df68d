#include "filepreview.h"

#include "textsniff.h"

#include <QStringDecoder>
#include <csv.h>

namespace pbw::batch {

namespace {

constexpr qint64 previewBytes = 256 * 1024;

struct Collector
{
    QStringList cells;
    QList<QStringList> rows; // the header first
    int maxRows = 0;

    static void onCell(void* data, size_t length, void* self)
    {
        static_cast<Collector*>(self)->cells.append(
            QString::fromUtf8(static_cast<const char*>(data), qsizetype(length)).trimmed());
    }
    static void onRowEnd(int, void* self)
    {
        auto* collector = static_cast<Collector*>(self);
        QStringList row = std::exchange(collector->cells, {});
        if (row.isEmpty() || (row.size() == 1 && row.first().isEmpty()))
            return; // a blank line
        if (collector->rows.size() <= collector->maxRows)
            collector->rows.append(row);
    }
};

ReadProblem problemOf(ReadProblem::Kind kind, qint64 line = 0)
{
    ReadProblem problem;
    problem.kind = kind;
    problem.line = line;
    return problem;
}

} // namespace

Result<FilePreview, ReadProblem> previewConversions(QIODevice* device, int maxRows)
{
    if (!device || !device->isReadable()) {
        ReadProblem problem = problemOf(ReadProblem::Kind::Unreadable);
        problem.detail = device ? device->errorString() : QString();
        return problem;
    }
    const QByteArray raw = device->read(previewBytes);
    const bool whole = device->atEnd();
    const Sniffed sniffed = sniffEncoding(raw);
    const QByteArrayView body = QByteArrayView(raw).sliced(sniffed.bomLength);
    FilePreview preview;
    preview.format.encoding = sniffed.encoding;
    preview.format.byteOrderMark = sniffed.bomLength > 0;
    QByteArray text;
    if (sniffed.encoding == TextEncoding::Utf16LE || sniffed.encoding == TextEncoding::Utf16BE) {
        QStringDecoder utf16(sniffed.encoding == TextEncoding::Utf16LE ? QStringDecoder::Utf16LE
                                                                       : QStringDecoder::Utf16BE);
        text = QString(utf16.decode(body)).toUtf8();
    } else if (sniffed.encoding == TextEncoding::Windows1251 || !isValidUtf8(body, !whole)) {
        preview.format.encoding = TextEncoding::Windows1251;
        QStringDecoder cp1251("windows-1251");
        text = QString(cp1251.decode(body)).toUtf8();
    } else {
        text = body.toByteArray();
    }
    if (const qsizetype at = firstControlCharacter(text); at >= 0) {
        const QByteArrayView before = QByteArrayView(text).first(at);
        return problemOf(ReadProblem::Kind::Binary, 1 + std::max(before.count('\n'), before.count('\r')));
    }
    preview.format.delimiter = sniffDelimiter(text);
    QByteArrayView rest = text;
    if (const qsizetype end = rest.indexOf('\n');
        rest.startsWith("sep=") && rest.size() > 4 && end >= 5 && end <= 6 && rest[4] != '\r') {
        preview.format.delimiter = rest[4];
        rest = rest.sliced(end + 1);
    }
    if (!whole) { // the last line may be cut: only whole lines are read
        const qsizetype lastEnd = rest.lastIndexOf('\n');
        rest = lastEnd >= 0 ? rest.first(lastEnd + 1) : QByteArrayView();
    }

    csv_parser parser{};
    csv_init(&parser, CSV_STRICT);
    csv_set_delim(&parser, uchar(preview.format.delimiter));
    Collector collector;
    collector.maxRows = maxRows;
    const size_t done
        = csv_parse(&parser, rest.data(), size_t(rest.size()), Collector::onCell, Collector::onRowEnd, &collector);
    const bool broken = done != size_t(rest.size());
    if (!broken)
        csv_fini(&parser, Collector::onCell, Collector::onRowEnd, &collector);
    csv_free(&parser);
    if (collector.rows.isEmpty()) {
        if (broken)
            return problemOf(ReadProblem::Kind::BadQuote, 1);
        return problemOf(ReadProblem::Kind::Empty);
    }
    preview.format.headers = collector.rows.takeFirst();
    for (QString& header : preview.format.headers) {
        if (header.startsWith(u'\uFEFF'))
            header.remove(0, 1);
    }
    preview.rows = collector.rows;
    return preview;
}

} // namespace pbw::batch
