#include "rowactions.h"

#include "reconcilemodel.h"

#include <QMenu>
#include <QTableView>

namespace pbw::ui {

RowActions::RowActions(QTableView* table, ReconcileModel* model, QObject* parent)
    : QObject(parent)
    , m_table(table)
    , m_model(model)
{
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Enter or a double-click.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { open(index.row()); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &RowActions::showMenu);
}

int RowActions::exchangeOf(int row) const
{
    const RowRefire* refire = m_caseOpen ? m_model->refireAt(row) : nullptr;
    return refire ? refire->exchangeNumber : 0;
}

bool RowActions::opensInReplay(int row) const
{
    return m_model->correctedCallback(row) || !m_model->postbackUrl(row).isEmpty();
}

void RowActions::open(int row)
{
    if (exchangeOf(row) > 0)
        openInCase(row);
    else
        openInReplay(row);
}

void RowActions::openInCase(int row)
{
    if (const int number = exchangeOf(row))
        emit exchangeRequested(number);
    else
        emit statusMessage(tr("This row's callback was not re-fired in the open case."));
}

void RowActions::openInReplay(int row)
{
    ReplayRequest request;
    const batch::RefireCandidate* corrected = m_model->correctedCallback(row);
    if (corrected) {
        request.url = corrected->url;
        request.method = corrected->method.toLatin1();
    } else {
        request.url = m_model->postbackUrl(row);
    }
    if (request.url.isEmpty()) {
        emit statusMessage(tr("This row has no logged postback to open."));
        return;
    }
    emit replayRequested(request, corrected != nullptr);
}

void RowActions::showMenu(const QPoint& at)
{
    const QModelIndex index = m_table->indexAt(at);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    const int row = index.row();
    QMenu menu(m_table);
    menu.setObjectName(QStringLiteral("rowMenu"));
    const int number = exchangeOf(row);
    QAction* inCase
        = menu.addAction(number > 0 ? tr("Open exchange %1 in the case").arg(number) : tr("Open in the case"), this,
                         [this, row] { openInCase(row); });
    inCase->setObjectName(QStringLiteral("openRowInCase"));
    inCase->setEnabled(number > 0);
    const bool corrected = m_model->correctedCallback(row) != nullptr;
    QAction* inReplay = menu.addAction(corrected ? tr("Open the corrected callback in Replay") : tr("Open in Replay"),
                                       this, [this, row] { openInReplay(row); });
    inReplay->setObjectName(QStringLiteral("openRowInReplay"));
    inReplay->setEnabled(opensInReplay(row));
    menu.setDefaultAction(number > 0 ? inCase : inReplay); // what Enter does
    if (const int cause = m_model->causeAt(row); cause >= 0) {
        menu.addSeparator();
        QAction* only
            = menu.addAction(tr("Only the rows of this cause"), this, [this, cause] { emit causeRequested(cause); });
        only->setObjectName(QStringLiteral("onlyThisCause"));
    }
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

} // namespace pbw::ui
