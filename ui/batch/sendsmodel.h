#pragma once

#include "store/sendledger.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pbw::ui {

// The callbacks of a send, as they go: each key with its state in the ledger, the answer's status
// and the verdict.
class SendsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Key, State, HttpStatus, Verdict };
    explicit SendsModel(QObject* parent = nullptr);

    void reset(const QStringList& keys); // every key planned
    void finish(const QString& key, LedgerEntry::State state, int httpStatus, const QString& verdict, bool accepted);
    LedgerEntry::State stateOf(int row) const { return m_rows.at(row).state; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

    static QString stateName(LedgerEntry::State state);

private:
    struct Row
    {
        QString key;
        LedgerEntry::State state = LedgerEntry::State::Planned;
        int httpStatus = 0;
        QString verdict;
        bool accepted = false;
    };
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace pbw::ui
