#include "sendsmodel.h"

#include <QBrush>
#include <QColor>

namespace pbw::ui {

SendsModel::SendsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString SendsModel::stateName(LedgerEntry::State state)
{
    switch (state) {
    case LedgerEntry::State::Planned:
        return tr("waiting");
    case LedgerEntry::State::Sending:
        return tr("in flight");
    case LedgerEntry::State::Sent:
        return tr("sent");
    case LedgerEntry::State::Failed:
        return tr("failed");
    case LedgerEntry::State::Skipped:
        break;
    }
    return tr("skipped");
}

void SendsModel::reset(const QStringList& keys)
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    for (const QString& key : keys) {
        m_rowOf.insert(key, int(m_rows.size()));
        Row row;
        row.key = key;
        m_rows.append(row);
    }
    endResetModel();
}

void SendsModel::finish(const QString& key, LedgerEntry::State state, int httpStatus, const QString& verdict,
                        bool accepted)
{
    const auto found = m_rowOf.constFind(key);
    if (found == m_rowOf.cend())
        return;
    Row& row = m_rows[*found];
    row.state = state;
    row.httpStatus = httpStatus;
    row.verdict = verdict;
    row.accepted = accepted;
    emit dataChanged(index(*found, 0), index(*found, Verdict));
}

int SendsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SendsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Verdict + 1;
}

QVariant SendsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Verdict && row.state != LedgerEntry::State::Planned)
        return QBrush(row.accepted ? QColor(0x2e, 0x7d, 0x4a) : QColor(0xb0, 0x20, 0x20));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Key:
        return row.key;
    case State:
        return stateName(row.state);
    case HttpStatus:
        return row.httpStatus > 0 ? QVariant(row.httpStatus) : QVariant();
    case Verdict:
        return row.verdict;
    }
    return {};
}

QVariant SendsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Key:
        return tr("Conversion");
    case State:
        return tr("State");
    case HttpStatus:
        return tr("HTTP status");
    case Verdict:
        return tr("Verdict");
    }
    return {};
}

void SendsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, Verdict);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, State), index(int(m_rows.size()) - 1, State));
}

} // namespace pbw::ui
