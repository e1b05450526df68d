#include "reconcilemodel.h"

#include "causetitle.h"

#include <QBrush>
#include <QColor>

namespace pbw::ui {

using namespace pbw::batch;

ReconcileModel::ReconcileModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReconcileModel::setReconciliation(std::shared_ptr<const ConversionTable> tracker,
                                       std::shared_ptr<const ConversionTable> partner,
                                       std::shared_ptr<const Reconciliation> result, const QTimeZone& zone,
                                       std::shared_ptr<const MissingCheck> check)
{
    beginResetModel();
    m_tracker = std::move(tracker);
    m_partner = std::move(partner);
    m_result = std::move(result);
    m_check = std::move(check);
    m_refires.reset(); // another table's rows
    m_times.emplace(zone);
    m_filter = {};
    m_filtered = false;
    m_visible.clear();
    endResetModel();
}

void ReconcileModel::setRefires(std::shared_ptr<const RowRefires> refires)
{
    m_refires = std::move(refires);
    if (m_filter.why.kind == Reason::Kind::Refire) {
        beginResetModel();
        refilter();
        endResetModel();
    } else if (rowCount() > 0) {
        emit dataChanged(index(0, Refire), index(rowCount() - 1, Refire));
    }
}

void ReconcileModel::clear()
{
    beginResetModel();
    m_tracker.reset();
    m_partner.reset();
    m_result.reset();
    m_check.reset();
    m_refires.reset();
    m_filter = {};
    m_filtered = false;
    m_visible.clear();
    endResetModel();
}

qsizetype ReconcileModel::allRows() const
{
    return m_result ? m_result->trackerRows() + m_result->extraPartnerRows().size() : 0;
}

ReconcileModel::Place ReconcileModel::placeOfAll(qsizetype index) const
{
    if (index < m_result->trackerRows())
        return {false, index};
    return {true, m_result->extraPartnerRows().at(index - m_result->trackerRows())};
}

bool ReconcileModel::matches(const Place& place, const QByteArray& text) const
{
    const MatchGroup in = place.partnerOnly ? MatchGroup::ExtraAtPartner : m_result->group(place.row);
    if (m_filter.group && *m_filter.group != in)
        return false;
    switch (m_filter.why.kind) {
    case Reason::Kind::Any:
        break;
    case Reason::Kind::Cause:
        if (place.partnerOnly || !m_check || m_check->causeOf(place.row) != m_filter.why.cause)
            return false;
        break;
    case Reason::Kind::Refire: {
        const RowRefire* refire = place.partnerOnly || !m_refires ? nullptr : m_refires->of(place.row);
        if (!refire || refire->outcome != m_filter.why.refire)
            return false;
        break;
    }
    }
    if (text.isEmpty())
        return true;
    const QByteArrayView id = place.partnerOnly ? m_partner->clickIdUtf8(place.row) : m_tracker->clickIdUtf8(place.row);
    // Click IDs are ASCII: a case-insensitive search without making a QString of each.
    return QLatin1String(id.data(), id.size()).contains(QLatin1String(text), Qt::CaseInsensitive);
}

void ReconcileModel::setFilter(const Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
}

void ReconcileModel::refilter()
{
    m_visible.clear();
    const QByteArray needle = m_filter.text.trimmed().toUtf8();
    m_filtered = m_filter.group.has_value() || m_filter.why.kind != Reason::Kind::Any || !needle.isEmpty();
    if (m_filtered && m_result) {
        const qsizetype all = allRows();
        for (qsizetype i = 0; i < all; ++i) {
            if (matches(placeOfAll(i), needle))
                m_visible.push_back(qint32(i));
        }
    }
}

ReconcileModel::Place ReconcileModel::placeAt(int row) const
{
    if (!m_result || row < 0 || row >= rowCount())
        return {};
    return placeOfAll(m_filtered ? m_visible[size_t(row)] : row);
}

QString ReconcileModel::postbackUrl(int row) const
{
    const Place place = placeAt(row);
    return place.row < 0 || place.partnerOnly ? QString() : m_tracker->postbackUrl(place.row);
}

QString ReconcileModel::clickId(int row) const
{
    const Place place = placeAt(row);
    if (place.row < 0)
        return {};
    return place.partnerOnly ? m_partner->clickId(place.row) : m_tracker->clickId(place.row);
}

int ReconcileModel::causeAt(int row) const
{
    const Place place = placeAt(row);
    return place.row < 0 || place.partnerOnly || !m_check ? -1 : m_check->causeOf(place.row);
}

const RefireCandidate* ReconcileModel::correctedCallback(int row) const
{
    const Place place = placeAt(row);
    return place.row < 0 || place.partnerOnly || !m_check ? nullptr : m_check->refireAtLine(m_tracker->line(place.row));
}

const RowRefire* ReconcileModel::refireAt(int row) const
{
    const Place place = placeAt(row);
    return place.row < 0 || place.partnerOnly || !m_refires ? nullptr : m_refires->of(place.row);
}

QString ReconcileModel::refireText(const RowRefire& refire) const
{
    QString text = refireOutcomeName(refire.outcome);
    if (refire.httpStatus > 0 && refire.outcome != RefireOutcome::Accepted)
        text = tr("%1, HTTP %2").arg(text).arg(refire.httpStatus);
    if (refire.exchangeNumber > 0)
        text = tr("%1 · exchange %2").arg(text).arg(refire.exchangeNumber);
    return text;
}

int ReconcileModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_filtered ? qsizetype(m_visible.size()) : allRows());
}

int ReconcileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columnCount_;
}

QString ReconcileModel::payout(const ConversionTable& table, qsizetype row) const
{
    const std::optional<Amount> amount = table.payout(row);
    if (!amount)
        return {};
    const QString currency = table.currency(row);
    return currency.isEmpty() ? amountText(*amount) : amountText(*amount) + u' ' + currency;
}

QVariant ReconcileModel::data(const QModelIndex& index, int role) const
{
    const Place place = placeAt(index.row());
    if (place.row < 0)
        return {};
    const ConversionTable& tracker = *m_tracker;
    const ConversionTable& partner = *m_partner;
    const qsizetype other = place.partnerOnly ? place.row : m_result->partnerRow(place.row);
    const MatchGroup group = place.partnerOnly ? MatchGroup::ExtraAtPartner : m_result->group(place.row);
    if (role == Qt::TextAlignmentRole) {
        const int column = index.column();
        if (column == TrackerPayout || column == PartnerPayout || column == TrackerLine)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (index.column() == Why || index.column() == Refire)
        return whyData(place, Column(index.column()), role);
    if (role == Qt::ForegroundRole && index.column() == Group && group != MatchGroup::Credited)
        return QBrush(group == MatchGroup::MissingAtPartner ? QColor(0xb0, 0x20, 0x20) : QColor(0x8a, 0x5a, 0x00));
    if (role == Qt::ToolTipRole && index.column() == TrackerLine)
        return other >= 0 ? tr("Partner's report, line %1").arg(partner.line(other)) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Group:
        return matchGroupName(group);
    case ClickId:
        return place.partnerOnly ? partner.clickId(place.row) : tracker.clickId(place.row);
    case TransactionId:
        return place.partnerOnly ? partner.transactionId(place.row) : tracker.transactionId(place.row);
    case TrackerPayout:
        return place.partnerOnly ? QString() : payout(tracker, place.row);
    case PartnerPayout:
        return other >= 0 ? payout(partner, other) : QString();
    case Status: {
        const QString mine = place.partnerOnly ? QString() : tracker.status(place.row);
        const QString theirs = other >= 0 ? partner.status(other) : QString();
        if (place.partnerOnly)
            return theirs;
        return other >= 0 && theirs != mine ? QStringLiteral("%1 → %2").arg(mine, theirs) : mine;
    }
    case Time:
        return m_times->text(place.partnerOnly ? partner.timeMs(place.row) : tracker.timeMs(place.row));
    case TrackerLine:
        return place.partnerOnly ? QVariant() : QVariant(tracker.line(place.row));
    case Why:
    case Refire:
        break;
    }
    return {};
}

QVariant ReconcileModel::whyData(const Place& place, Column column, int role) const
{
    if (place.partnerOnly)
        return {};
    if (column == Why) {
        const qint32 cause = m_check ? m_check->causeOf(place.row) : -1;
        if (cause < 0 || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        const Cause& found = m_check->causes.at(cause);
        return role == Qt::DisplayRole ? causeTitle(found) : found.why;
    }
    const RowRefire* refire = m_refires ? m_refires->of(place.row) : nullptr;
    if (!refire)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return refireText(*refire);
    case Qt::ToolTipRole:
        return refire->said.isEmpty() ? QVariant() : QVariant(refire->said);
    case Qt::ForegroundRole:
        if (refire->outcome == RefireOutcome::Accepted)
            return QBrush(QColor(0x2e, 0x7d, 0x4a));
        if (refire->outcome != RefireOutcome::NotSent)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        break;
    default:
        break;
    }
    return {};
}

QVariant ReconcileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Group:
        return tr("Group");
    case ClickId:
        return tr("Click ID");
    case TransactionId:
        return tr("Transaction ID");
    case TrackerPayout:
        return tr("Tracker payout");
    case PartnerPayout:
        return tr("Partner payout");
    case Status:
        return tr("Status");
    case Time:
        return tr("Time");
    case Why:
        return tr("Why");
    case Refire:
        return tr("Re-fire");
    case TrackerLine:
        return tr("Tracker line");
    }
    return {};
}

void ReconcileModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount_ - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, Group), index(rowCount() - 1, TrackerLine), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace pbw::ui
