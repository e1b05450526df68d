#include "cellvalues.h"

#include "textsniff.h"

namespace pbw::batch {

namespace {

// "200", "200 OK", "HTTP/1.1 404": the first three-digit number from 100 to 599.
std::optional<int> httpStatus(QByteArrayView text)
{
    for (qsizetype i = 0; i + 3 <= text.size(); ++i) {
        const auto digit = [&](qsizetype k) {
            return text[k] >= '0' && text[k] <= '9';
        };
        if (digit(i) && digit(i + 1) && digit(i + 2) && (i == 0 || !digit(i - 1))
            && (i + 3 == text.size() || !digit(i + 3))) {
            const int value = (text[i] - '0') * 100 + (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
            if (value >= 100 && value <= 599)
                return value;
        }
    }
    return std::nullopt;
}

} // namespace

CellValues::CellValues(const ReadOptions& options, FileFormat& format)
    : m_options(options)
    , m_format(format)
    , m_times(options.zone, options.slashDayFirst)
    , m_cp1251("windows-1251")
{
    m_slotOfField.fill(-1);
    m_table.setStatusWords(options.mapping.statusWords());
}

void CellValues::begin(qint64 totalBytes, QByteArrayView firstText, bool mayTurnWindows1251)
{
    m_mayTurnWindows1251 = mayTurnWindows1251 && m_format.encoding == TextEncoding::Utf8;
    // Rows to reserve: the file's size over the first lines' average length, so that a million rows do
    // not grow the row list twenty times.
    const qsizetype lines = firstText.count('\n');
    if (totalBytes > 0 && lines > 1) {
        const double perLine = double(firstText.size()) / double(lines);
        m_table.reserve(qsizetype(std::min(double(totalBytes) / perLine * 1.02 + 16, 50e6)));
    }
}

QString CellValues::decodedText(QByteArrayView raw)
{
    if (m_format.encoding == TextEncoding::Windows1251)
        return m_cp1251.decode(raw);
    return QString::fromUtf8(raw);
}

int CellValues::addSlot()
{
    m_slots.emplace_back();
    return int(m_slots.size() - 1);
}

void CellValues::mapField(ConversionField field, int slot)
{
    m_slotOfField[int(field)] = slot;
    m_table.setPresent(field);
}

std::optional<QByteArrayView> CellValues::text(ConversionField field)
{
    const int slot = m_slotOfField[int(field)];
    if (slot < 0)
        return QByteArrayView();
    const std::string& cell = m_slots[size_t(slot)];
    QByteArrayView raw(cell.data(), qsizetype(cell.size()));
    if (field != ConversionField::AnswerBody)
        raw = trimmedBlanks(raw);
    if (isAscii(raw))
        return raw;
    if (m_format.encoding != TextEncoding::Windows1251) {
        if (isValidUtf8(raw)) {
            m_mayTurnWindows1251 = false;
            return raw;
        }
        // Not UTF-8 after all: only ASCII was kept so far, so reading the file as Windows-1251 from
        // here on changes nothing already read. UTF-16 was converted to UTF-8 and cannot be wrong.
        if (!m_mayTurnWindows1251)
            return std::nullopt;
        m_format.encoding = TextEncoding::Windows1251;
    }
    m_cp1251.resetState();
    QByteArray& converted = m_converted[int(field)];
    converted = QString(m_cp1251.decode(raw)).toUtf8();
    return QByteArrayView(converted);
}

void CellValues::noteProblem(ConversionField field, qint64 line, QByteArrayView value)
{
    ValueProblem& problem = m_problems[int(field)];
    if (problem.count++ == 0) {
        problem.field = field;
        problem.firstLine = line;
        problem.firstValue = QString::fromUtf8(value.first(std::min<qsizetype>(value.size(), 200)));
    }
}

bool CellValues::addRow(qint64 line)
{
    RawConversion row;
    row.line = line;
    std::array<QByteArrayView, conversionFieldCount> cells;
    for (const ConversionField field : allConversionFields) {
        const std::optional<QByteArrayView> cell = text(field);
        if (!cell)
            return false;
        cells[int(field)] = *cell;
    }
    const auto cell = [&](ConversionField field) {
        return cells[int(field)];
    };
    row.clickId = cell(ConversionField::ClickId);
    row.transactionId = cell(ConversionField::TransactionId);
    row.status = cell(ConversionField::Status);
    row.currency = cell(ConversionField::Currency);
    row.postbackUrl = cell(ConversionField::PostbackUrl);
    row.answerBody = cell(ConversionField::AnswerBody);
    row.goal = cell(ConversionField::Goal);
    QByteArray moneyCurrency;
    if (const QByteArrayView payout = cell(ConversionField::Payout); !payout.isEmpty()) {
        if (const std::optional<ParsedMoney> money = parseMoney(payout, m_format.delimiter)) {
            row.payout = money->amount;
            if (row.currency.isEmpty() && !money->currency.isEmpty()) {
                moneyCurrency = money->currency.toLatin1();
                row.currency = moneyCurrency;
            }
        } else {
            noteProblem(ConversionField::Payout, line, payout);
        }
    }
    if (const QByteArrayView time = cell(ConversionField::Time); !time.isEmpty()) {
        row.timeMs = m_times.msecsSinceEpoch(time);
        if (!row.timeMs)
            noteProblem(ConversionField::Time, line, time);
    }
    if (const QByteArrayView status = cell(ConversionField::AnswerStatus); !status.isEmpty()) {
        const std::optional<int> code = httpStatus(status);
        row.answerStatus = code.value_or(0);
        // A sender that got no answer often logs why in the status column ("timeout", "ECONNREFUSED"):
        // with no body beside it, that is what the log says of the answer.
        if (!code && row.answerBody.isEmpty())
            row.answerBody = status;
        else if (!code)
            noteProblem(ConversionField::AnswerStatus, line, status);
    }
    m_table.append(row);
    return true;
}

ConversionTable CellValues::finish(const FileFormat& format)
{
    m_table.setFormat(format);
    QList<ValueProblem> problems;
    for (const ValueProblem& problem : m_problems) {
        if (problem.count > 0)
            problems.append(problem);
    }
    m_table.setValueProblems(problems);
    return std::move(m_table);
}

} // namespace pbw::batch
