#pragma once

#include "batch/reconcile.h"
#include "batch/timetexts.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <memory>
#include <optional>
#include <vector>

namespace pbw::ui {

// The rows of a reconcile as a table: every tracker row, then each partner row nothing matched. Made
// for a million rows: nothing is copied, each cell is computed when the view asks for it, and a
// filter keeps only a list of row numbers.
class ReconcileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Group, ClickId, TransactionId, TrackerPayout, PartnerPayout, Status, Time, TrackerLine };
    static constexpr int columnCount_ = TrackerLine + 1;

    explicit ReconcileModel(QObject* parent = nullptr);

    void setReconciliation(std::shared_ptr<const batch::ConversionTable> tracker,
                           std::shared_ptr<const batch::ConversionTable> partner,
                           std::shared_ptr<const batch::Reconciliation> result, const QTimeZone& zone);
    void clear();
    // Only the rows of a group (none: every group) whose click ID contains text (no case).
    void setFilter(std::optional<batch::MatchGroup> group, const QString& text);

    // The row shown at a place: a tracker row, or (partnerOnly) a partner row nothing matched.
    struct Place
    {
        bool partnerOnly = false;
        qsizetype row = -1;
    };
    Place placeAt(int row) const;
    QString postbackUrl(int row) const; // as the tracker logged it; empty for a partner row
    QString clickId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate(); // the group names and headers follow the language

private:
    qsizetype allRows() const;
    Place placeOfAll(qsizetype index) const;
    bool matches(const Place& place, std::optional<batch::MatchGroup> group, const QByteArray& text) const;
    QString payout(const batch::ConversionTable& table, qsizetype row) const;

    std::shared_ptr<const batch::ConversionTable> m_tracker;
    std::shared_ptr<const batch::ConversionTable> m_partner;
    std::shared_ptr<const batch::Reconciliation> m_result;
    mutable std::optional<batch::TimeTexts> m_times;
    bool m_filtered = false;
    std::vector<qint32> m_visible; // indexes into all rows, when filtered
};

} // namespace pbw::ui
