#include "csvreader.h"

#include "cellvalues.h"
#include "textsniff.h"

#include <QStringDecoder>
#include <csv.h>
#include <string>
#include <vector>

namespace pbw::batch {

namespace {

constexpr qint64 chunkSize = 1 << 20;
constexpr qsizetype pieceSize = 64 * 1024; // the most handed to libcsv at once: a cell's growth is checked between
constexpr size_t maxCellBytes = 1 << 20;
constexpr int maxColumns = 4096;
// libcsv's state between rows (ROW_NOT_BEGUN in libcsv.c, version 3): a row that starts in the
// next bytes starts on the line they are on.
constexpr int rowNotBegun = 0;

int onlySpace(unsigned char c)
{
    return c == ' ' ? 1 : 0; // in a TSV the tab is the delimiter, never a space to trim
}

class Reader
{
public:
    explicit Reader(const ReadOptions& options)
        : m_options(options)
        , m_cells(options, m_format)
    {
        csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI);
    }
    ~Reader() { csv_free(&m_parser); }
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    Result<ConversionTable, ReadProblem> read(QIODevice* device);

private:
    static void onCell(void* data, size_t length, void* self)
    {
        static_cast<Reader*>(self)->cell(static_cast<const char*>(data), length);
    }
    static void onRowEnd(int, void* self) { static_cast<Reader*>(self)->rowEnd(); }

    void cell(const char* data, size_t length);
    void rowEnd();
    void header();
    bool resolveColumns();
    bool feed(QByteArrayView bytes); // text as libcsv reads it: UTF-8, or Windows-1251
    bool parse(QByteArrayView piece);
    void fail(ReadProblem::Kind kind, qint64 line)
    {
        if (m_problem)
            return;
        m_problem = ReadProblem{};
        m_problem->kind = kind;
        m_problem->line = line;
    }

    const ReadOptions& m_options;
    FileFormat m_format;
    CellValues m_cells;
    csv_parser m_parser{};
    std::optional<ReadProblem> m_problem;
    qint64 m_line = 1; // the line of the bytes being parsed
    qint64 m_rowStartLine = 1;
    bool m_lastWasCR = false;
    int m_column = 0; // cells of the current row so far
    bool m_lastCellEmpty = false;
    bool m_headerDone = false;
    std::vector<std::string> m_headerCells;
    std::vector<int> m_slotOfColumn; // per column: its slot in m_cells, or -1
};

void Reader::cell(const char* data, size_t length)
{
    if (m_problem)
        return;
    const int column = m_column++;
    m_lastCellEmpty = length == 0;
    if (!m_headerDone) {
        if (column >= maxColumns) {
            fail(ReadProblem::Kind::TooManyColumns, m_rowStartLine);
            m_problem->expected = maxColumns;
            return;
        }
        m_headerCells.emplace_back(data, length);
        return;
    }
    if (size_t(column) < m_slotOfColumn.size()) {
        if (const int slot = m_slotOfColumn[size_t(column)]; slot >= 0)
            m_cells.slot(slot).assign(data, length);
    }
}

void Reader::rowEnd()
{
    if (m_problem)
        return;
    const int cells = m_column;
    m_column = 0;
    if (cells == 0 || (cells == 1 && m_lastCellEmpty)) {
        m_headerCells.clear();
        return; // a blank line
    }
    if (!m_headerDone) {
        header();
        return;
    }
    if (cells != int(m_format.headers.size())) {
        fail(ReadProblem::Kind::RaggedRow, m_rowStartLine);
        m_problem->expected = int(m_format.headers.size());
        m_problem->found = cells;
        return;
    }
    if (!m_cells.addRow(m_rowStartLine)) {
        fail(ReadProblem::Kind::BadEncoding, m_rowStartLine);
        m_problem->detail = encodingName(m_format.encoding);
    }
}

void Reader::header()
{
    m_headerDone = true;
    for (const std::string& cell : m_headerCells) {
        QString name = m_cells.decodedText(QByteArrayView(cell.data(), qsizetype(cell.size()))).trimmed();
        if (name.startsWith(u'\uFEFF'))
            name.remove(0, 1);
        m_format.headers.append(name);
    }
    m_headerCells.clear();
    resolveColumns();
}

bool Reader::resolveColumns()
{
    const QStringList& headers = m_format.headers;
    QStringList normalised;
    for (const QString& header : headers)
        normalised.append(ColumnMapping::normalisedName(header));
    for (const ConversionField field : allConversionFields) {
        const ColumnChoice& choice = m_options.mapping.choice(field);
        int column = -1;
        if (choice.number > 0) {
            if (choice.number > headers.size()) {
                fail(ReadProblem::Kind::ColumnOutOfRange, 0);
                m_problem->field = field;
                m_problem->number = choice.number;
                m_problem->headers = headers;
                return false;
            }
            column = choice.number - 1;
        }
        for (qsizetype i = 0; column < 0 && i < choice.names.size(); ++i)
            column = int(normalised.indexOf(ColumnMapping::normalisedName(choice.names.at(i))));
        if (column < 0 && choice.required) {
            fail(ReadProblem::Kind::MissingColumn, 1);
            m_problem->field = field;
            m_problem->detail = choice.names.value(0);
            m_problem->headers = headers;
            return false;
        }
        m_format.columns[int(field)] = column;
    }
    if (m_format.column(ConversionField::ClickId) < 0) {
        fail(ReadProblem::Kind::NoClickIdColumn, 1);
        m_problem->headers = headers;
        return false;
    }
    m_slotOfColumn.assign(size_t(headers.size()), -1);
    for (const ConversionField field : allConversionFields) {
        const int column = m_format.column(field);
        if (column < 0)
            continue;
        int& slot = m_slotOfColumn[size_t(column)];
        if (slot < 0)
            slot = m_cells.addSlot();
        m_cells.mapField(field, slot);
    }
    return true;
}

bool Reader::parse(QByteArrayView piece)
{
    if (m_parser.pstate == rowNotBegun)
        m_rowStartLine = m_line;
    const size_t done = csv_parse(&m_parser, piece.data(), size_t(piece.size()), onCell, onRowEnd, this);
    if (m_problem)
        return false;
    if (done < size_t(piece.size())) {
        fail(csv_error(&m_parser) == CSV_EPARSE ? ReadProblem::Kind::BadQuote : ReadProblem::Kind::CellTooLong, m_line);
        return false;
    }
    if (m_parser.entry_pos > maxCellBytes) {
        fail(ReadProblem::Kind::CellTooLong, m_rowStartLine);
        return false;
    }
    return true;
}

// Splits the bytes at line ends, so that every piece libcsv reads is on one known line, and refuses
// control characters on the way.
bool Reader::feed(QByteArrayView bytes)
{
    const char* p = bytes.data();
    const char* const end = p + bytes.size();
    while (p < end) {
        if (m_lastWasCR && *p == '\n') { // the LF of a CR LF cut by the chunk's end
            m_lastWasCR = false;
            if (!parse(QByteArrayView(p, 1)))
                return false;
            ++p;
            continue;
        }
        m_lastWasCR = false;
        const char* const start = p;
        const char* const limit = std::min(end, start + pieceSize);
        bool lineEnds = false;
        while (p < limit) {
            const uchar c = uchar(*p++);
            if (c >= 0x20)
                continue;
            if (c == '\n') {
                lineEnds = true;
                break;
            }
            if (c == '\r') {
                if (p < end && *p == '\n')
                    ++p;
                else
                    m_lastWasCR = p == end;
                lineEnds = true;
                break;
            }
            if (c != '\t') {
                fail(ReadProblem::Kind::Binary, m_line);
                return false;
            }
        }
        if (!parse(QByteArrayView(start, p - start)))
            return false;
        if (lineEnds)
            ++m_line;
    }
    return true;
}

Result<ConversionTable, ReadProblem> Reader::read(QIODevice* device)
{
    const auto problem = [&](ReadProblem::Kind kind) {
        fail(kind, 0);
        return *m_problem;
    };
    if (!device || !device->isReadable()) {
        fail(ReadProblem::Kind::Unreadable, 0);
        m_problem->detail = device ? device->errorString() : QString();
        return *m_problem;
    }
    const qint64 total = device->isSequential() ? -1 : device->size() - device->pos();
    if (total > m_options.maxBytes) {
        fail(ReadProblem::Kind::TooLarge, 0);
        m_problem->number = m_options.maxBytes;
        return *m_problem;
    }
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    qint64 bytesRead = 0;
    // The first chunk, whole: what is sniffed from it.
    qint64 filled = 0;
    while (filled < chunkSize) {
        const qint64 n = device->read(buffer.data() + filled, chunkSize - filled);
        if (n < 0) {
            fail(ReadProblem::Kind::Unreadable, 0);
            m_problem->detail = device->errorString();
            return *m_problem;
        }
        if (n == 0)
            break;
        filled += n;
    }
    const Sniffed sniffed = sniffEncoding(QByteArrayView(buffer.constData(), filled));
    m_format.encoding = sniffed.encoding;
    m_format.byteOrderMark = sniffed.bomLength > 0;
    std::optional<QStringDecoder> utf16;
    if (sniffed.encoding == TextEncoding::Utf16LE || sniffed.encoding == TextEncoding::Utf16BE)
        utf16.emplace(sniffed.encoding == TextEncoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    const auto textOf = [&](QByteArrayView raw) {
        return utf16 ? QString(utf16->decode(raw)).toUtf8() : QByteArray::fromRawData(raw.data(), raw.size());
    };
    QByteArrayView chunk(buffer.constData() + sniffed.bomLength, filled - sniffed.bomLength);
    bool first = true;
    while (!chunk.isEmpty() || first) {
        bytesRead += filled;
        if (total < 0 && bytesRead > m_options.maxBytes)
            return problem(ReadProblem::Kind::TooLarge);
        const QByteArray text = textOf(chunk);
        QByteArrayView rest = text;
        if (first) {
            m_format.delimiter = sniffDelimiter(text);
            // Excel's "sep=;" line names the delimiter and is no header.
            if (const qsizetype end = rest.indexOf('\n');
                rest.startsWith("sep=") && rest.size() > 4 && end >= 5 && end <= 6 && rest[4] != '\r') {
                m_format.delimiter = rest[4];
                rest = rest.sliced(end + 1);
                m_line = 2;
            }
            csv_set_delim(&m_parser, uchar(m_format.delimiter));
            if (m_format.delimiter == '\t') // libcsv trims spaces and tabs around unquoted cells
                csv_set_space_func(&m_parser, onlySpace);
            m_cells.begin(total, text, sniffed.asciiOnly);
            first = false;
            // Binary data is refused before its first line is read as a header.
            if (const qsizetype at = firstControlCharacter(text); at >= 0) {
                const QByteArrayView before = QByteArrayView(text).first(at);
                fail(ReadProblem::Kind::Binary, 1 + std::max(before.count('\n'), before.count('\r')));
                return *m_problem;
            }
        }
        if (!feed(rest))
            return *m_problem;
        if (m_options.progress && !m_options.progress(bytesRead, total))
            return problem(ReadProblem::Kind::Cancelled);
        filled = device->read(buffer.data(), chunkSize);
        if (filled < 0) {
            fail(ReadProblem::Kind::Unreadable, 0);
            m_problem->detail = device->errorString();
            return *m_problem;
        }
        chunk = QByteArrayView(buffer.constData(), filled);
    }
    if (utf16 && utf16->hasError()) {
        fail(ReadProblem::Kind::BadEncoding, m_line);
        m_problem->detail = encodingName(m_format.encoding);
        return *m_problem;
    }
    if (csv_fini(&m_parser, onCell, onRowEnd, this) != 0 && !m_problem)
        fail(ReadProblem::Kind::UnclosedQuote, m_rowStartLine);
    if (m_problem)
        return *m_problem;
    if (!m_headerDone || m_cells.rows() == 0) {
        fail(ReadProblem::Kind::Empty, 0);
        m_problem->headers = m_format.headers;
        return *m_problem;
    }
    return m_cells.finish(m_format);
}

} // namespace

Result<ConversionTable, ReadProblem> readConversions(QIODevice* device, const ReadOptions& options)
{
    Reader reader(options);
    return reader.read(device);
}

} // namespace pbw::batch
