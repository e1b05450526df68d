#pragma once

#include "catch/catchcheck.h"
#include "net/exchange.h"

#include <QAbstractTableModel>

namespace pbw::ui {

// One callback the catcher kept, judged against the template.
struct CaughtCallback
{
    Exchange exchange; // with its arrival: the bytes exactly as they came
    CatchCheck check;
    QString verdict; // catchVerdictLine(check), in the language of the moment
    QString path; // path and query without the catcher's secret prefix
    qint64 savedId = 0; // in the case, once saved there (0: not saved, or saved without knowing its id)
    int savedNumber = 0;
    bool saved = false;
};

// The callbacks caught, as a table: appended a batch at a time (never a row per arrival, never a
// widget per row), judged again when the template or the language changes.
class CaughtModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, From, Method, Path, Verdict, Saved };
    static constexpr int columns = Saved + 1;

    explicit CaughtModel(QObject* parent = nullptr);

    void append(QList<CaughtCallback> callbacks);
    void clear();
    const CaughtCallback& at(int row) const { return m_rows.at(row); }
    int size() const { return int(m_rows.size()); }
    void setCheck(int row, const CatchCheck& check, const QString& verdict); // without a signal
    void checksChanged(); // after setCheck on every row
    void markSaved(int row, qint64 id, int number);
    void markSaved(const QList<int>& rows); // saved in one batch: their numbers not known here

    static QString fromText(const Arrival& arrival); // "203.0.113.7:51022", or the client a proxy named

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<CaughtCallback> m_rows;
};

} // namespace pbw::ui
