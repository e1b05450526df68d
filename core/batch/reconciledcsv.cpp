#include "reconciledcsv.h"

#include "timetexts.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace pbw::batch {

namespace {

bool startsAFormula(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    const char first = bytes.front();
    if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r')
        return false;
    // A signed number ("-4.50", "+1,5") is a value, not a formula.
    if (first == '+' || first == '-') {
        bool digit = false;
        for (const char c : bytes.sliced(1)) {
            if (c >= '0' && c <= '9')
                digit = true;
            else if (c != '.' && c != ',')
                return true;
        }
        return !digit;
    }
    return true;
}

} // namespace

QString cellAsWritten(const QString& cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && startsAFormula(cell.sliced(1).toUtf8()))
        return cell.sliced(1);
    return cell;
}

void appendCsvCell(QByteArray& out, QByteArrayView bytes)
{
    const bool formula = startsAFormula(bytes);
    const bool quote
        = formula || bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r');
    if (!quote) {
        out.append(bytes);
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (const char c : bytes) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

namespace {

// The translation context of this file's messages.
class ReconciledCsv
{
    Q_DECLARE_TR_FUNCTIONS(ReconciledCsv)
};

// A cell as UTF-8: the table's own text is written as it is kept, without a round trip through QString.
struct Cell
{
    QByteArray owned;
    QByteArrayView bytes;
    Cell(QByteArrayView utf8)
        : bytes(utf8)
    {
    }
    Cell(const QString& text)
        : owned(text.toUtf8())
        , bytes(owned)
    {
    }
};

void appendRow(QByteArray& out, std::initializer_list<Cell> cells)
{
    bool first = true;
    for (const Cell& cell : cells) {
        if (!first)
            out += ',';
        first = false;
        appendCsvCell(out, cell.bytes);
    }
    out += '\n';
}

QString payoutOnly(const ConversionTable& table, qsizetype row)
{
    const std::optional<Amount> payout = table.payout(row);
    return payout ? amountText(*payout) : QString();
}

} // namespace

Result<void, QString> writeReconciledCsv(const QString& path, const ConversionTable& tracker,
                                         const ConversionTable& partner, const Reconciliation& result,
                                         const QTimeZone& zone,
                                         const std::function<bool(qint64 done, qint64 total)>& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ReconciledCsv::tr("%1: cannot be written: %2").arg(path, file.errorString());
    const auto cancelled = [&] {
        file.cancelWriting();
        return ReconciledCsv::tr("%1: not written (cancelled).").arg(path);
    };
    TimeTexts times(zone);
    const qint64 total = tracker.size() + result.extraPartnerRows().size();
    qint64 done = 0;
    const auto goOn = [&] {
        return !progress || ++done % 65536 != 0 || progress(done, total);
    };
    QByteArray out;
    appendRow(out,
              {QStringLiteral("group"), QStringLiteral("click_id"), QStringLiteral("transaction_id"),
               QStringLiteral("tracker_line"), QStringLiteral("partner_line"), QStringLiteral("tracker_payout"),
               QStringLiteral("partner_payout"), QStringLiteral("tracker_currency"), QStringLiteral("partner_currency"),
               QStringLiteral("tracker_status"), QStringLiteral("partner_status"), QStringLiteral("time"),
               QStringLiteral("postback_url"), QStringLiteral("answer_status"), QStringLiteral("answer_body")});
    const auto flush = [&] {
        if (out.size() < (1 << 20))
            return true;
        const bool written = file.write(out) == out.size();
        out.clear();
        return written;
    };
    for (qsizetype t = 0; t < tracker.size(); ++t) {
        const qsizetype p = result.partnerRow(t);
        const bool matched = p >= 0;
        appendRow(out,
                  {matchGroupKey(result.group(t)), tracker.clickIdUtf8(t), tracker.transactionIdUtf8(t),
                   QString::number(tracker.line(t)), matched ? QString::number(partner.line(p)) : QString(),
                   payoutOnly(tracker, t), matched ? payoutOnly(partner, p) : QString(), tracker.currency(t),
                   matched ? partner.currency(p) : QString(), tracker.status(t),
                   matched ? partner.status(p) : QString(), times.text(tracker.timeMs(t)), tracker.postbackUrlUtf8(t),
                   tracker.answerStatus(t) > 0 ? QString::number(tracker.answerStatus(t)) : QString(),
                   tracker.answerBodyUtf8(t)});
        if (!flush())
            return ReconciledCsv::tr("%1: cannot be written: %2").arg(path, file.errorString());
        if (!goOn())
            return cancelled();
    }
    for (const qsizetype p : result.extraPartnerRows()) {
        appendRow(out,
                  {matchGroupKey(MatchGroup::ExtraAtPartner), partner.clickIdUtf8(p), partner.transactionIdUtf8(p),
                   QString(), QString::number(partner.line(p)), QString(), payoutOnly(partner, p), QString(),
                   partner.currency(p), QString(), partner.status(p), times.text(partner.timeMs(p)), QString(),
                   QString(), QString()});
        if (!flush())
            return ReconciledCsv::tr("%1: cannot be written: %2").arg(path, file.errorString());
        if (!goOn())
            return cancelled();
    }
    if (file.write(out) != out.size() || !file.commit())
        return ReconciledCsv::tr("%1: cannot be written: %2").arg(path, file.errorString());
    return {};
}

} // namespace pbw::batch
