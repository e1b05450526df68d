#include "caughtmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <algorithm>

namespace pbw::ui {

namespace {

// A tooltip is shown as rich text when it looks like markup: what a client sent is escaped first,
// so it is always read as text.
QString textTip(const QString& text)
{
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.left(4000).toHtmlEscaped());
}

} // namespace

CaughtModel::CaughtModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CaughtModel::append(QList<CaughtCallback> callbacks)
{
    if (callbacks.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(callbacks.size()) - 1);
    m_rows.append(std::move(callbacks));
    endInsertRows();
}

void CaughtModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void CaughtModel::setCheck(int row, const CatchCheck& check, const QString& verdict)
{
    m_rows[row].check = check;
    m_rows[row].verdict = verdict;
}

void CaughtModel::checksChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Verdict), index(int(m_rows.size()) - 1, Verdict));
}

void CaughtModel::markSaved(int row, qint64 id, int number)
{
    CaughtCallback& callback = m_rows[row];
    callback.saved = true;
    callback.savedId = id;
    callback.savedNumber = number;
    emit dataChanged(index(row, Saved), index(row, Saved));
}

void CaughtModel::markSaved(const QList<int>& rows)
{
    if (rows.isEmpty())
        return;
    for (const int row : rows)
        m_rows[row].saved = true;
    const auto [low, high] = std::minmax_element(rows.cbegin(), rows.cend());
    emit dataChanged(index(*low, Saved), index(*high, Saved));
}

QString CaughtModel::fromText(const Arrival& arrival)
{
    return arrival.client.isEmpty() ? arrival.peer : tr("%1 (through %2)").arg(arrival.client, arrival.peer);
}

int CaughtModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaughtModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant CaughtModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaughtCallback& row = m_rows.at(index.row());
    const Arrival arrival = row.exchange.arrival.value_or(Arrival{});
    if (role == Qt::ForegroundRole && index.column() == Verdict)
        return QBrush(row.check.clean() ? QColor(0x2e, 0x7d, 0x4a) : QColor(0xb0, 0x20, 0x20));
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Path:
            return textTip(QString::fromLatin1(row.exchange.request.target));
        case Verdict:
            return textTip(row.verdict);
        case From:
            return arrival.secure ? tr("Arrived over HTTPS") : tr("Arrived over plain HTTP");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return QLocale().toString(row.exchange.timing.started.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    case From:
        return fromText(arrival);
    case Method:
        return QString::fromLatin1(row.exchange.request.method);
    case Path:
        return row.path;
    case Verdict:
        return row.verdict;
    case Saved:
        if (!row.saved)
            return {};
        return row.savedNumber > 0 ? tr("exchange %1").arg(row.savedNumber) : tr("saved");
    }
    return {};
}

QVariant CaughtModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case From:
        return tr("From");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path and query");
    case Verdict:
        return tr("Verdict");
    case Saved:
        return tr("In the case");
    }
    return {};
}

void CaughtModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columns - 1));
}

} // namespace pbw::ui
