#include "casesdock.h"

#include "casesession.h"
#include "newcasedialog.h"
#include "text/casetext.h"
#include "text/timetext.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

constexpr int statusCount = 4;

} // namespace

CasesDock::CasesDock(CaseSession* session, QWidget* parent)
    : QDockWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit)
    , m_filter(new QComboBox)
    , m_list(new QListWidget)
    , m_empty(new QLabel)
    , m_new(new QPushButton)
    , m_rename(new QPushButton)
    , m_status(new QToolButton)
    , m_delete(new QPushButton)
    , m_export(new QPushButton)
    , m_import(new QPushButton)
    , m_undoBar(new QWidget)
    , m_undoText(new QLabel)
    , m_undo(new QPushButton)
{
    setObjectName(QStringLiteral("casesDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("caseFilter"));
    m_filter->addItem(QString(), -1);
    for (int status = 0; status < statusCount; ++status)
        m_filter->addItem(QString(), status);
    m_list->setObjectName(QStringLiteral("caseList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("casesEmpty"));
    m_new->setObjectName(QStringLiteral("newCase"));
    m_delete->setObjectName(QStringLiteral("deleteCase"));
    m_export->setObjectName(QStringLiteral("exportCase"));
    m_import->setObjectName(QStringLiteral("importCase"));
    m_undo->setObjectName(QStringLiteral("undoDelete"));
    m_status->setPopupMode(QToolButton::InstantPopup);
    auto* statusMenu = new QMenu(m_status);
    for (int status = 0; status < statusCount; ++status) {
        QAction* action = statusMenu->addAction(QString());
        action->setData(status);
        connect(action, &QAction::triggered, this, [this, status] {
            if (const auto record = m_session->caseRecord(selectedCase())) {
                CaseRecord changed = *record;
                changed.status = CaseRecord::Status(status);
                m_session->updateCase(changed);
            }
        });
    }
    m_status->setMenu(statusMenu);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_filter);
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_new, 0, 0);
    buttons->addWidget(m_rename, 0, 1);
    buttons->addWidget(m_status, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    buttons->addWidget(m_export, 2, 0);
    buttons->addWidget(m_import, 2, 1);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    m_undoText->setWordWrap(true);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undo);
    m_undoBar->hide();

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_undoBar);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_search, &QLineEdit::textChanged, this, &CasesDock::refresh);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CasesDock::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (selectedCase() != 0)
            m_session->setCurrentCase(selectedCase());
        updateActions();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &CasesDock::renameCase);
    connect(m_new, &QPushButton::clicked, this, &CasesDock::newCase);
    connect(m_rename, &QPushButton::clicked, this, &CasesDock::renameCase);
    connect(m_delete, &QPushButton::clicked, this, &CasesDock::deleteCase);
    connect(m_undo, &QPushButton::clicked, this, &CasesDock::undoDelete);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedCase())
            emit exportRequested(id);
    });
    connect(m_import, &QPushButton::clicked, this, &CasesDock::importRequested);
    connect(m_session, &CaseSession::casesChanged, this, &CasesDock::refresh);
    connect(m_session, &CaseSession::currentCaseChanged, this, &CasesDock::showCurrent);
    retranslate();
    refresh();
}

void CasesDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void CasesDock::retranslate()
{
    setWindowTitle(tr("Cases"));
    m_search->setPlaceholderText(tr("Search titles, notes, URLs, answers…"));
    m_search->setAccessibleName(tr("Search cases"));
    m_list->setAccessibleName(tr("Cases"));
    m_filter->setItemText(0, tr("All statuses"));
    for (int status = 0; status < statusCount; ++status)
        m_filter->setItemText(status + 1, caseStatusName(CaseRecord::Status(status)));
    m_filter->setAccessibleName(tr("Show cases with status"));
    m_new->setText(tr("New…"));
    m_new->setToolTip(tr("Start a case: every exchange you replay is then kept in it"));
    m_rename->setText(tr("Rename…"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("The case as a file for the partner or a colleague: a report, HAR, case file or curl"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("A case file (.pbcase) as a new case, or requests from a HAR (you can also drop the "
                            "file on the window)"));
    m_status->setText(tr("Status"));
    for (QAction* action : m_status->menu()->actions())
        action->setText(caseStatusName(CaseRecord::Status(action->data().toInt())));
    m_delete->setText(tr("Delete"));
    m_undo->setText(tr("Undo"));
    refresh();
}

qint64 CasesDock::selectedCase() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CasesDock::refresh()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_session->isOpen()) {
        m_empty->setText(tr("The case store is not open: exchanges stay in this session only."));
        m_empty->show();
        updateActions();
        return;
    }
    QList<CaseRecord> cases;
    if (m_search->text().trimmed().isEmpty()) {
        cases = m_session->cases();
    } else {
        for (const qint64 id : m_session->search(m_search->text())) {
            if (const auto record = m_session->caseRecord(id))
                cases.append(*record);
        }
    }
    const int filter = m_filter->currentData().toInt();
    for (const CaseRecord& record : std::as_const(cases)) {
        if (filter >= 0 && int(record.status) != filter)
            continue;
        QStringList details{caseStatusName(record.status)};
        if (!record.partner.isEmpty())
            details.prepend(record.partner);
        details.append(tr("%n exchange(s)", nullptr, record.exchangeCount));
        auto* item = new QListWidgetItem(record.title + QLatin1Char('\n') + details.join(QStringLiteral(" · ")));
        item->setData(Qt::UserRole, record.id);
        item->setToolTip(tr("Updated %1").arg(dateTimeText(record.updated)));
        m_list->addItem(item);
    }
    if (m_list->count() == 0) {
        m_empty->setText(m_search->text().trimmed().isEmpty() && filter < 0
                             ? tr("No cases yet. \"New…\" starts one: the failing callback, the corrected one and "
                                  "the partner's confirmation then stay together.")
                             : tr("No case matches."));
        m_empty->show();
    } else {
        m_empty->hide();
    }
    showCurrent();
}

void CasesDock::showCurrent()
{
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == m_session->currentCase())
            m_list->setCurrentRow(row);
    }
    updateActions();
}

void CasesDock::updateActions()
{
    const bool selected = selectedCase() != 0;
    m_new->setEnabled(m_session->isOpen());
    m_rename->setEnabled(selected);
    m_status->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_export->setEnabled(selected);
    m_import->setEnabled(m_session->isOpen());
    const QString trashed = m_session->trashedTitle();
    m_undoBar->setVisible(!trashed.isEmpty());
    m_undoText->setText(tr("Deleted \"%1\".").arg(trashed));
}

void CasesDock::newCase()
{
    if (!m_session->isOpen())
        return;
    NewCaseDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->createCase(dialog.record());
}

void CasesDock::renameCase()
{
    const auto record = m_session->caseRecord(selectedCase());
    if (!record)
        return;
    bool ok = false;
    const QString title
        = QInputDialog::getText(this, tr("Rename case"), tr("Title:"), QLineEdit::Normal, record->title, &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    CaseRecord changed = *record;
    changed.title = title.trimmed();
    m_session->updateCase(changed);
}

void CasesDock::deleteCase()
{
    const auto record = m_session->caseRecord(selectedCase());
    if (!record)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete case"),
        tr("Delete \"%1\" with its %n exchange(s), notes and attachments?\n\nYou can undo this until the window "
           "closes.",
           nullptr, record->exchangeCount)
            .arg(record->title));
    if (answer == QMessageBox::Yes)
        m_session->trashCase(record->id);
}

void CasesDock::undoDelete()
{
    m_session->undoTrash();
}

} // namespace pbw::ui
