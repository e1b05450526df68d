#pragma once

#include "batch/missingcheck.h"
#include "batch/reconcile.h"
#include "batch/timetexts.h"
#include "refire/rowrefires.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <memory>
#include <optional>
#include <vector>

namespace pbw::ui {

// The rows of a reconcile as a table: every tracker row, then each partner row nothing matched; with
// the batch check's cause of each missing one and what became of its re-fire (the case's ledger).
// Made for a million rows: nothing is copied, each cell is computed when the view asks for it, and a
// filter keeps only a list of row numbers, found in one pass that reads numbers, not texts.
class ReconcileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Why and Re-fire beside the click ID: what a buyer reads a missing row for.
    enum Column { Group, ClickId, Why, Refire, TransactionId, TrackerPayout, PartnerPayout, Status, Time, TrackerLine };
    static constexpr int columnCount_ = TrackerLine + 1;

    explicit ReconcileModel(QObject* parent = nullptr);

    void setReconciliation(std::shared_ptr<const batch::ConversionTable> tracker,
                           std::shared_ptr<const batch::ConversionTable> partner,
                           std::shared_ptr<const batch::Reconciliation> result, const QTimeZone& zone,
                           std::shared_ptr<const batch::MissingCheck> check = {});
    // The ledger laid over these tracker rows (nothing: no case open, or none read yet). The filter
    // is run again when it asks for re-fires.
    void setRefires(std::shared_ptr<const RowRefires> refires);
    void clear();

    // Why a row is shown: any reason, one cause of the check, or one outcome of its re-fire.
    struct Reason
    {
        enum class Kind { Any, Cause, Refire };
        Kind kind = Kind::Any;
        int cause = -1; // Kind::Cause: an index into the check's causes
        RefireOutcome refire = RefireOutcome::Accepted; // Kind::Refire

        friend bool operator==(const Reason&, const Reason&) = default;
    };
    struct Filter
    {
        std::optional<batch::MatchGroup> group; // none: every group
        QString text; // a part of the click ID, in any case
        Reason why;
    };
    void setFilter(const Filter& filter);
    void setFilter(std::optional<batch::MatchGroup> group, const QString& text) { setFilter(Filter{group, text, {}}); }
    const Filter& filter() const { return m_filter; }

    // The row shown at a place: a tracker row, or (partnerOnly) a partner row nothing matched.
    struct Place
    {
        bool partnerOnly = false;
        qsizetype row = -1;
    };
    Place placeAt(int row) const;
    QString postbackUrl(int row) const; // as the tracker logged it; empty for a partner row
    QString clickId(int row) const;
    int causeAt(int row) const; // an index into the check's causes; -1 when the row was not checked
    // The corrected callback the check built for the row; nullptr when it built none.
    const batch::RefireCandidate* correctedCallback(int row) const;
    const RowRefire* refireAt(int row) const; // nullptr when the ledger has none for the row
    const batch::MissingCheck* check() const { return m_check.get(); }
    const RowRefires* refires() const { return m_refires.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate(); // the group names and headers follow the language

private:
    qsizetype allRows() const;
    Place placeOfAll(qsizetype index) const;
    bool matches(const Place& place, const QByteArray& text) const;
    void refilter();
    QString payout(const batch::ConversionTable& table, qsizetype row) const;
    QString refireText(const RowRefire& refire) const;
    QVariant whyData(const Place& place, Column column, int role) const; // the Why and Re-fire columns

    std::shared_ptr<const batch::ConversionTable> m_tracker;
    std::shared_ptr<const batch::ConversionTable> m_partner;
    std::shared_ptr<const batch::Reconciliation> m_result;
    std::shared_ptr<const batch::MissingCheck> m_check;
    std::shared_ptr<const RowRefires> m_refires;
    mutable std::optional<batch::TimeTexts> m_times;
    Filter m_filter;
    bool m_filtered = false;
    std::vector<qint32> m_visible; // indexes into all rows, when filtered
};

} // namespace pbw::ui
