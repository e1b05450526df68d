#pragma once

#include "conversionfields.h"
#include "fileformat.h"
#include "money.h"
#include "statuskind.h"
#include "textarena.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace pbw::batch {

// One conversion as a caller reads it: a copy, made on demand from the compact table.
struct ConversionRow
{
    qint64 line = 0; // the line of the file the row starts on (1 = the first line, the header's)
    QString clickId;
    QString transactionId;
    std::optional<Amount> payout; // nothing when the file has no payout or the cell is no number
    QString currency; // upper-case ISO code, or empty
    QString status; // as written
    StatusKind statusKind = StatusKind::None;
    std::optional<qint64> timeMs; // UTC milliseconds since the epoch
    QString postbackUrl; // the callback as the tracker logged it
    int answerStatus = 0; // the HTTP status the tracker logged, 0 when none
    QString answerBody; // the answer as the tracker logged it
    QString goal;
};

// Cells of one field that were not read as a value (a payout that is no number, a time in no format
// the reader knows): the row is kept, that value is not. How many, and the first one.
struct ValueProblem
{
    ConversionField field = ConversionField::Payout;
    qint64 count = 0;
    qint64 firstLine = 0;
    QString firstValue;
};

// A row as the reader hands it over: views of UTF-8 text, valid only during the call to append().
struct RawConversion
{
    qint64 line = 0;
    QByteArrayView clickId, transactionId, status, currency, postbackUrl, answerBody, goal;
    std::optional<Amount> payout;
    std::optional<qint64> timeMs;
    int answerStatus = 0;
};

// The conversions of one file, compact: the text of the kept fields in one UTF-8 buffer, statuses and
// currencies stored once each, and per row 48 bytes of offsets and numbers. A million rows of
// a tracker's log, with their postback URLs, take well under 300 MB.
//
// Read it by index: the cheap accessors (clickIdUtf8, payout, statusKind…) copy nothing; row(i)
// makes a ConversionRow. has(field) says whether the file had that column at all (a file without
// an answer column is not a file whose answers were empty).
class ConversionTable
{
public:
    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    bool has(ConversionField field) const { return m_present & (1u << int(field)); }

    ConversionRow row(qsizetype i) const;

    qint64 line(qsizetype i) const { return m_rows[i].line; }
    QByteArrayView clickIdUtf8(qsizetype i) const { return text(m_rows[i].clickId); }
    QByteArrayView transactionIdUtf8(qsizetype i) const { return text(m_rows[i].transactionId); }
    QString clickId(qsizetype i) const { return QString::fromUtf8(clickIdUtf8(i)); }
    QString transactionId(qsizetype i) const { return QString::fromUtf8(transactionIdUtf8(i)); }
    std::optional<Amount> payout(qsizetype i) const;
    QString currency(qsizetype i) const { return m_currencyCodes.at(m_rows[i].currency); }
    // The currency as a small number (0 = none), the same for the same code within this table.
    quint16 currencyId(qsizetype i) const { return m_rows[i].currency; }
    const QList<QString>& currencies() const { return m_currencyCodes; } // by currencyId
    QString status(qsizetype i) const { return m_statusTexts.at(m_rows[i].status); }
    StatusKind statusKind(qsizetype i) const { return m_statusKinds.at(m_rows[i].status); }
    std::optional<qint64> timeMs(qsizetype i) const;
    QString postbackUrl(qsizetype i) const { return QString::fromUtf8(extra(m_postbackUrls, i)); }
    int answerStatus(qsizetype i) const { return m_rows[i].answerStatus; }
    QString answerBody(qsizetype i) const { return QString::fromUtf8(extra(m_answerBodies, i)); }
    QByteArrayView postbackUrlUtf8(qsizetype i) const { return extra(m_postbackUrls, i); }
    QByteArrayView answerBodyUtf8(qsizetype i) const { return extra(m_answerBodies, i); }
    QString goal(qsizetype i) const { return QString::fromUtf8(extra(m_goals, i)); }

    // How the file was read (encoding, delimiter, header, columns), and the values it could not read.
    const FileFormat& format() const { return m_format; }
    const QList<ValueProblem>& valueProblems() const { return m_valueProblems; }

    // Building (the reader, and tests that make a table by hand).
    void setPresent(ConversionField field) { m_present |= 1u << int(field); }
    void append(const ConversionRow& row);
    void append(const RawConversion& row);
    void reserve(qsizetype rows);
    // The tool's own status words (a preset's), before the built-in ones; set before appending.
    void setStatusWords(const StatusWords& words) { m_words = words; }
    void setFormat(FileFormat format) { m_format = std::move(format); }
    void setValueProblems(QList<ValueProblem> problems) { m_valueProblems = std::move(problems); }
    // Bytes held, for the benchmark and for a progress line.
    qint64 memoryBytes() const;

private:
    using Span = TextArena::Span;
    // 48 bytes a row; the postback URL, the answer body and the goal, which a partner's report seldom
    // has, in lists of their own that stay empty until a row has one.
    struct StoredRow
    {
        qint64 payout = 0;
        qint64 timeMs = 0;
        Span clickId, transactionId;
        quint32 line = 0;
        quint16 status = 0; // number in m_statuses; 0 is ""
        quint16 currency = 0; // number in m_currencies; 0 is ""
        qint16 answerStatus = 0;
        quint8 flags = 0;
    };
    enum Flag : quint8 { HasPayout = 1, HasTime = 2 };

    QByteArrayView text(Span span) const { return m_text.view(span); }
    QByteArrayView extra(const QList<Span>& spans, qsizetype i) const
    {
        return i < spans.size() ? m_text.view(spans.at(i)) : QByteArrayView();
    }
    void storeExtra(QList<Span>& spans, QByteArrayView utf8);

    QList<StoredRow> m_rows;
    QList<Span> m_postbackUrls, m_answerBodies, m_goals;
    TextArena m_text;
    Interner m_statuses, m_currencies;
    QList<QString> m_statusTexts{QString()};
    QList<StatusKind> m_statusKinds{StatusKind::None};
    QList<QString> m_currencyCodes{QString()};
    quint32 m_present = 0;
    FileFormat m_format;
    QList<ValueProblem> m_valueProblems;
    StatusWords m_words = StatusWords::builtIn();
};

} // namespace pbw::batch
