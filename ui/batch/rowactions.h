#pragma once

#include "net/replayrequest.h"

#include <QObject>

class QPoint;
class QTableView;

namespace pbw::ui {

class ReconcileModel;

// Where a row of the Rows page opens: a row whose callback was re-fired (and whose exchange the
// open case keeps) in the Case tab, at that exchange; any other in Replay, with the corrected
// callback when the check built one, else the one the tracker logged. Enter and a double-click do
// the first that applies; the row's menu offers both, and the rows of its cause.
class RowActions : public QObject
{
    Q_OBJECT

public:
    RowActions(QTableView* table, ReconcileModel* model, QObject* parent = nullptr);

    void setCaseOpen(bool open) { m_caseOpen = open; }
    int exchangeOf(int row) const; // the number of the exchange its re-fire kept; 0: none
    bool opensInReplay(int row) const; // it has a callback to load
    void open(int row);
    void openInCase(int row);
    void openInReplay(int row);
    void showMenu(const QPoint& at); // at: in the table's viewport

signals:
    // corrected: the callback the check built for the row (else the one the tracker logged).
    void replayRequested(const pbw::ReplayRequest& request, bool corrected);
    void exchangeRequested(int number);
    void causeRequested(int cause);
    void statusMessage(const QString& text);

private:
    QTableView* m_table;
    ReconcileModel* m_model;
    bool m_caseOpen = false;
};

} // namespace pbw::ui
