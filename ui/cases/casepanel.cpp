#include "casepanel.h"

#include "caseevidence.h"
#include "casesession.h"
#include "checklistview.h"
#include "compareview.h"
#include "io/exchangejson.h"
#include "labels.h"
#include "net/curlcommand.h"
#include "text/casetext.h"
#include "text/hoptext.h"
#include "text/saidtext.h"
#include "text/timetext.h"
#include "text/verdicttext.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

constexpr int roleCount = 5;
constexpr int statusCount = 4;

enum Column { IdColumn, RoleColumn, SavedColumn, RequestColumn, AnswerColumn, NoteColumn, ColumnCount };

} // namespace

CasePanel::CasePanel(CaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget)
    , m_none(new QLabel)
    , m_titleLabel(new QLabel)
    , m_title(new QLineEdit)
    , m_partnerLabel(new QLabel)
    , m_partner(new QLineEdit)
    , m_offerLabel(new QLabel)
    , m_offer(new QLineEdit)
    , m_trackerLabel(new QLabel)
    , m_tracker(new QLineEdit)
    , m_statusLabel(new QLabel)
    , m_status(new QComboBox)
    , m_tabs(new QTabWidget)
    , m_checklist(new ChecklistView(session))
    , m_exchangesTitle(boldLabel())
    , m_exchanges(new QTableWidget(0, ColumnCount))
    , m_openInReplay(new QPushButton)
    , m_copyCurl(new QPushButton)
    , m_compareSelected(new QPushButton)
    , m_remove(new QPushButton)
    , m_undoBar(new QWidget)
    , m_undoText(new QLabel)
    , m_undo(new QPushButton)
    , m_evidence(new CaseEvidence(session))
    , m_compare(new CompareView(session))
{
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_exchanges->setObjectName(QStringLiteral("caseExchanges"));
    m_openInReplay->setObjectName(QStringLiteral("openInReplay"));
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));
    m_remove->setObjectName(QStringLiteral("removeExchanges"));
    m_undo->setObjectName(QStringLiteral("undoRemoveExchanges"));
    m_undoText->setObjectName(QStringLiteral("removedExchanges"));
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_none->setWordWrap(true);
    m_none->setAlignment(Qt::AlignCenter);
    m_none->setMargin(40);
    for (int status = 0; status < statusCount; ++status)
        m_status->addItem(QString(), status);
    for (auto [label, field] : {std::pair{m_titleLabel, m_title}, std::pair{m_partnerLabel, m_partner},
                                std::pair{m_offerLabel, m_offer}, std::pair{m_trackerLabel, m_tracker}}) {
        label->setBuddy(field);
        connect(field, &QLineEdit::editingFinished, this, &CasePanel::saveFields);
    }
    m_statusLabel->setBuddy(m_status);
    connect(m_status, &QComboBox::activated, this, &CasePanel::saveFields);

    m_exchanges->verticalHeader()->hide();
    m_exchanges->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exchanges->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_exchanges->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_exchanges->horizontalHeader()->setSectionResizeMode(RequestColumn, QHeaderView::Stretch);
    // The answer and the note can be long (a hop's redirect target): a column's share, the whole
    // text in the tooltip, so the table fits without scrolling sideways.
    for (const int column : {int(AnswerColumn), int(NoteColumn)}) {
        m_exchanges->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_exchanges->setColumnWidth(column, column == AnswerColumn ? 230 : 170);
    }
    m_exchanges->setWordWrap(false);
    connect(m_exchanges, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != NoteColumn)
            return;
        const qint64 id = m_exchanges->item(item->row(), IdColumn)->data(Qt::UserRole).toLongLong();
        const auto* role = qobject_cast<QComboBox*>(m_exchanges->cellWidget(item->row(), RoleColumn));
        m_session->setExchangeRole(id, StoredExchange::Role(role->currentData().toInt()), item->text());
    });
    connect(m_exchanges, &QTableWidget::itemSelectionChanged, this, [this] {
        m_remove->setEnabled(!selectedExchanges().isEmpty());
        m_openInReplay->setEnabled(selectedExchange() != 0);
        m_copyCurl->setEnabled(selectedExchange() != 0);
        const QList<QTableWidgetSelectionRange> ranges = m_exchanges->selectedRanges();
        int rows = 0;
        for (const auto& range : ranges)
            rows += range.rowCount();
        m_compareSelected->setEnabled(rows == 2 || m_exchanges->rowCount() >= 2);
    });
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        // As sent, secrets as the case holds them ([redacted]): what can be pasted into a ticket.
        if (const auto stored = m_session->exchange(selectedExchange()))
            QApplication::clipboard()->setText(curlCommandFor(stored->exchange().request));
    });
    connect(m_openInReplay, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedExchange())
            emit openInReplay(id);
    });
    connect(m_remove, &QPushButton::clicked, this, &CasePanel::removeSelected);
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_exchanges, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &CasePanel::removeSelected);
    connect(m_undo, &QPushButton::clicked, this, [this] { m_session->undoRemoveExchanges(); });
    connect(m_compareSelected, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedExchanges();
        showCompare();
        if (ids.size() == 2)
            m_compare->compare(ids.at(0), ids.at(1));
    });

    auto* fields = new QFormLayout;
    fields->addRow(m_titleLabel, m_title);
    auto* who = new QGridLayout;
    who->addWidget(m_partnerLabel, 0, 0);
    who->addWidget(m_partner, 0, 1);
    who->addWidget(m_offerLabel, 0, 2);
    who->addWidget(m_offer, 0, 3);
    who->addWidget(m_trackerLabel, 1, 0);
    who->addWidget(m_tracker, 1, 1);
    who->addWidget(m_statusLabel, 1, 2);
    who->addWidget(m_status, 1, 3);
    fields->addRow(who);

    auto* exchangeButtons = new QHBoxLayout;
    exchangeButtons->addWidget(m_openInReplay);
    exchangeButtons->addWidget(m_copyCurl);
    exchangeButtons->addWidget(m_compareSelected);
    exchangeButtons->addStretch();
    exchangeButtons->addWidget(m_remove);
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    m_undoText->setWordWrap(true);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undo);
    m_undoBar->hide();
    auto* exchangesBox = new QWidget;
    auto* exchangesLayout = new QVBoxLayout(exchangesBox);
    exchangesLayout->setContentsMargins(0, 0, 0, 0);
    exchangesLayout->addWidget(m_exchangesTitle);
    exchangesLayout->addWidget(m_exchanges, 1);
    exchangesLayout->addLayout(exchangeButtons);
    exchangesLayout->addWidget(m_undoBar);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    leftLayout->addWidget(m_checklist);
    leftLayout->addWidget(exchangesBox, 1);
    auto* overview = new QSplitter(Qt::Horizontal);
    overview->setObjectName(QStringLiteral("caseSplitter"));
    overview->addWidget(left);
    overview->addWidget(m_evidence);
    overview->setStretchFactor(0, 3);
    overview->setStretchFactor(1, 2);
    overview->setChildrenCollapsible(false);
    m_tabs->addTab(overview, QString());
    m_tabs->addTab(m_compare, QString());

    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(fields);
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_none);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_session, &CaseSession::currentCaseChanged, this, &CasePanel::reload);
    connect(m_session, &CaseSession::caseContentChanged, this, [this](qint64 id) {
        if (id == m_session->currentCase())
            reload();
    });
    retranslate();
}

void CasePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CasePanel::retranslate()
{
    m_none->setText(tr("No case is open.\n\nCreate one with \"New…\" in the Cases list (or pick one there): every "
                       "callback you replay is then kept in it with its answer and verdict, beside the partner's "
                       "confirmation, your notes and the checklist of layers."));
    m_titleLabel->setText(tr("&Title:"));
    m_partnerLabel->setText(tr("&Partner:"));
    m_offerLabel->setText(tr("&Offer:"));
    m_trackerLabel->setText(tr("T&racker:"));
    m_statusLabel->setText(tr("&Status:"));
    for (int status = 0; status < statusCount; ++status)
        m_status->setItemText(status, caseStatusName(CaseRecord::Status(status)));
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Compare"));
    m_tabs->setTabToolTip(1, tr("Two exchanges side by side: the failing one and the corrected one"));
    m_exchangesTitle->setText(tr("Exchanges (role and note can be changed; what was sent and answered cannot)"));
    m_exchanges->setHorizontalHeaderLabels({tr("#"), tr("Role"), tr("Saved"), tr("Request"), tr("Answer"), tr("Note")});
    m_copyCurl->setText(tr("Copy as curl"));
    m_copyCurl->setToolTip(tr("A curl command that sends what this exchange sent (secrets stay [redacted])"));
    m_openInReplay->setText(tr("Open in Replay"));
    m_openInReplay->setToolTip(tr("Show this exchange in the Replay tab and load its request to send it again"));
    m_remove->setText(tr("Remove from the case"));
    m_remove->setToolTip(tr("Take the selected exchanges out of the case (Delete); you can undo it until the window "
                            "closes. The others keep their numbers."));
    m_undo->setText(tr("Undo"));
    m_compareSelected->setText(tr("Compare"));
    m_compareSelected->setToolTip(tr("Compare the two selected exchanges (or the latest failing and corrected)"));
    reload();
}

void CasePanel::showCompare()
{
    m_tabs->setCurrentWidget(m_compare);
}

bool CasePanel::showExchange(int number)
{
    const QString shown = QString::number(number);
    for (int row = 0; row < m_exchanges->rowCount(); ++row) {
        if (m_exchanges->item(row, IdColumn)->text() != shown)
            continue;
        m_tabs->setCurrentIndex(0);
        m_exchanges->clearSelection();
        m_exchanges->setCurrentCell(row, IdColumn, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_exchanges->scrollToItem(m_exchanges->item(row, IdColumn), QAbstractItemView::PositionAtCenter);
        m_exchanges->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void CasePanel::reload()
{
    const auto record = m_session->caseRecord(m_session->currentCase());
    m_stack->setCurrentIndex(record ? 1 : 0);
    if (record) {
        m_title->setText(record->title);
        m_partner->setText(record->partner);
        m_offer->setText(record->offer);
        m_tracker->setText(record->tracker);
        m_status->setCurrentIndex(int(record->status));
    }
    m_checklist->reload();
    m_evidence->reload();
    m_compare->reload();
    reloadExchanges();
}

void CasePanel::reloadExchanges()
{
    const QSignalBlocker blocker(m_exchanges);
    m_exchanges->setRowCount(0);
    const qint64 caseId = m_session->currentCase();
    const QList<StoredExchange> exchanges = m_session->exchanges(caseId);
    for (const StoredExchange& stored : exchanges) {
        const int row = m_exchanges->rowCount();
        m_exchanges->insertRow(row);
        const Exchange exchange = stored.exchange();
        const Verdict verdict = stored.verdict();
        const auto hop = hopText(stored.role, exchange);
        const QString status
            = exchange.response ? QStringLiteral("HTTP %1").arg(exchange.response->status) : tr("no answer");
        // A hop of a click trace is a hop ("↪ HTTP 302 · redirect to …"), not a failed postback.
        const QString answer = hop ? hop->symbol + QStringLiteral("  ") + status + QStringLiteral(" · ") + hop->headline
                                   : verdictSymbol(verdict.layer) + QStringLiteral("  ") + status;
        const QStringList cells{QString::number(stored.number),
                                QString(),
                                dateTimeText(stored.saved),
                                QString::fromLatin1(exchange.request.method) + QLatin1Char(' ') + exchange.request.url,
                                answer,
                                shownNote(stored)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column != NoteColumn)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (column == AnswerColumn)
                item->setToolTip(hop ? hop->summary : verdict.summary);
            if (column == RequestColumn)
                item->setToolTip(exchange.request.input);
            if (column == NoteColumn) {
                item->setData(Qt::UserRole, stored.note); // as stored: the shown text may be told anew
                item->setToolTip(cells.at(column));
            }
            m_exchanges->setItem(row, column, item);
        }
        m_exchanges->item(row, IdColumn)->setData(Qt::UserRole, stored.id);
        auto* role = new QComboBox;
        role->setAccessibleName(tr("Role of exchange %1").arg(stored.number));
        for (int r = 0; r < roleCount; ++r)
            role->addItem(roleName(StoredExchange::Role(r)), r);
        role->setCurrentIndex(int(stored.role));
        const qint64 id = stored.id;
        const QString shown = cells.at(NoteColumn);
        connect(role, &QComboBox::activated, this, [this, id, row, role, shown] {
            // A note left as shown stays as stored (the program's words, told in any language).
            const QTableWidgetItem* note = m_exchanges->item(row, NoteColumn);
            m_session->setExchangeRole(id, StoredExchange::Role(role->currentData().toInt()),
                                       note->text() == shown ? note->data(Qt::UserRole).toString() : note->text());
        });
        m_exchanges->setCellWidget(row, RoleColumn, role);
    }
    m_openInReplay->setEnabled(false);
    m_copyCurl->setEnabled(false);
    m_remove->setEnabled(false);
    m_compareSelected->setEnabled(exchanges.size() >= 2);
    const QList<int> removed = m_session->removedNumbers();
    QStringList numbers;
    for (const int number : removed)
        numbers.append(QString::number(number));
    m_undoBar->setVisible(!removed.isEmpty());
    m_undoText->setText(tr("Removed from the case: %n exchange(s) (%1).", nullptr, int(removed.size()))
                            .arg(numbers.join(QStringLiteral(", "))));
}

QList<qint64> CasePanel::selectedExchanges() const
{
    QList<qint64> ids;
    for (const auto& range : m_exchanges->selectedRanges()) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row)
            ids.append(m_exchanges->item(row, IdColumn)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void CasePanel::removeSelected()
{
    const QList<qint64> ids = selectedExchanges();
    if (!ids.isEmpty())
        m_session->removeExchanges(ids);
}

qint64 CasePanel::selectedExchange() const
{
    const QList<QTableWidgetItem*> selected = m_exchanges->selectedItems();
    return selected.isEmpty() ? 0
                              : m_exchanges->item(selected.first()->row(), IdColumn)->data(Qt::UserRole).toLongLong();
}

void CasePanel::saveFields()
{
    auto record = m_session->caseRecord(m_session->currentCase());
    if (!record)
        return;
    CaseRecord changed = *record;
    if (!m_title->text().trimmed().isEmpty())
        changed.title = m_title->text().trimmed();
    changed.partner = m_partner->text().trimmed();
    changed.offer = m_offer->text().trimmed();
    changed.tracker = m_tracker->text().trimmed();
    changed.status = CaseRecord::Status(m_status->currentData().toInt());
    if (changed.title != record->title || changed.partner != record->partner || changed.offer != record->offer
        || changed.tracker != record->tracker || changed.status != record->status)
        m_session->updateCase(changed);
}

} // namespace pbw::ui
