#include "batchpanel.h"

#include "batch/reconciledcsv.h"
#include "batchfileside.h"
#include "batchledger.h"
#include "batchsession.h"
#include "causesview.h"
#include "groupchart.h"
#include "reconcilemodel.h"
#include "rowactions.h"
#include "senddialog.h"
#include "sendsmodel.h"
#include "whyfilter.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pbw::ui {

using namespace pbw::batch;

namespace {

constexpr MatchGroup shownGroups[] = {MatchGroup::Credited, MatchGroup::MissingAtPartner, MatchGroup::PayoutDifferent,
                                      MatchGroup::StatusDifferent, MatchGroup::ExtraAtPartner};

QString moneyText(const QMap<QString, Amount>& money)
{
    QStringList parts;
    for (auto it = money.cbegin(); it != money.cend(); ++it)
        parts.append(it.key().isEmpty() ? amountText(it.value()) : amountText(it.value()) + u' ' + it.key());
    return parts.join(QStringLiteral(" + "));
}

// The money of a group as the buyer counts it: the partner's for what only the partner has.
QString groupMoney(const GroupTotal& total, MatchGroup group)
{
    return moneyText(group == MatchGroup::ExtraAtPartner ? total.partnerMoney : total.trackerMoney);
}

// In widths of an M.
constexpr int columnEms[ReconcileModel::columnCount_]{15, 18, 16, 13, 13, 10, 10, 12, 16, 7};

QProgressBar* progressBar(QWidget* parent, const QString& name)
{
    auto* bar = new QProgressBar(parent);
    bar->setObjectName(name);
    bar->setTextVisible(true);
    bar->setMaximumWidth(320);
    bar->hide();
    return bar;
}

} // namespace

BatchPanel::BatchPanel(BatchSession* session, BatchLedger* ledger, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ledger(ledger)
    , m_tracker(new BatchFileSide(BatchFileSide::Role::Tracker, this))
    , m_partner(new BatchFileSide(BatchFileSide::Role::Partner, this))
    , m_reconcile(new QPushButton(this))
    , m_progress(progressBar(this, QStringLiteral("reconcileProgress")))
    , m_eta(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_problem(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_chart(new GroupChart(this))
    , m_views(new QTabWidget(this))
    , m_rowsPage(new QWidget(m_views))
    , m_sendsPage(new QWidget(m_views))
    , m_groupLabel(new QLabel(m_rowsPage))
    , m_groupFilter(new QComboBox(m_rowsPage))
    , m_whyLabel(new QLabel(m_rowsPage))
    , m_why(new WhyFilter(m_rowsPage))
    , m_textFilter(new QLineEdit(m_rowsPage))
    , m_export(new QPushButton(m_rowsPage))
    , m_openCase(new QPushButton(m_rowsPage))
    , m_openReplay(new QPushButton(m_rowsPage))
    , m_saveNote(new QPushButton(m_rowsPage))
    , m_sendMissing(new QPushButton(m_rowsPage))
    , m_table(new QTableView(m_rowsPage))
    , m_model(new ReconcileModel(this))
    , m_rows(new RowActions(m_table, m_model, this))
    , m_sendProgress(progressBar(m_sendsPage, QStringLiteral("sendProgress")))
    , m_sendEta(new QLabel(m_sendsPage))
    , m_sendCancel(new QPushButton(m_sendsPage))
    , m_sendSummary(new QLabel(m_sendsPage))
    , m_sendsTable(new QTableView(m_sendsPage))
    , m_sendsModel(new SendsModel(this))
{
    m_reconcile->setObjectName(QStringLiteral("reconcile"));
    m_cancel->setObjectName(QStringLiteral("cancelReconcile"));
    m_eta->setObjectName(QStringLiteral("reconcileEta"));
    m_problem->setObjectName(QStringLiteral("batchProblem"));
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_chart->setObjectName(QStringLiteral("groupChart"));
    m_views->setObjectName(QStringLiteral("batchViews"));
    m_groupFilter->setObjectName(QStringLiteral("groupFilter"));
    m_why->setObjectName(QStringLiteral("whyFilter"));
    m_openCase->setObjectName(QStringLiteral("openInCase"));
    m_textFilter->setObjectName(QStringLiteral("clickIdFilter"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_openReplay->setObjectName(QStringLiteral("openInReplay"));
    m_saveNote->setObjectName(QStringLiteral("saveToCase"));
    m_sendMissing->setObjectName(QStringLiteral("sendMissing"));
    m_table->setObjectName(QStringLiteral("reconciledRows"));
    m_sendCancel->setObjectName(QStringLiteral("cancelSend"));
    m_sendSummary->setObjectName(QStringLiteral("sendSummary"));
    m_sendsTable->setObjectName(QStringLiteral("sendsTable"));

    m_cancel->hide();
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #b02020"));
    m_problem->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    // A million rows: every row the same height, no column sized by reading every cell.
    for (QTableView* view : {m_table, m_sendsTable}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    }
    m_sendsTable->horizontalHeader()->setStretchLastSection(true);
    m_table->setModel(m_model);
    m_sendsTable->setModel(m_sendsModel);
    // The last column takes what is left (a wide table scrolls); no column is sized by reading its cells.
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < ReconcileModel::columnCount_; ++c)
        m_table->setColumnWidth(c, columnWidth(c));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_sendsTable->setColumnWidth(SendsModel::Key, 18 * em);
    m_sendsTable->setColumnWidth(SendsModel::State, 8 * em);
    m_sendsTable->setColumnWidth(SendsModel::HttpStatus, 10 * em);
    m_textFilter->setClearButtonEnabled(true);
    m_groupLabel->setBuddy(m_groupFilter);
    m_whyLabel->setBuddy(m_why);
    // Shown once there is something in them: the check's causes, the ledger's re-fires.
    showColumn(ReconcileModel::Why, false);
    showColumn(ReconcileModel::Refire, false);
    m_groupFilter->addItem(QString(), -1);
    for (const MatchGroup group : shownGroups)
        m_groupFilter->addItem(matchGroupName(group), int(group));

    // The files, side by side; under them what runs.
    auto* files = new QHBoxLayout;
    files->addWidget(m_tracker, 1);
    files->addWidget(m_partner, 1);
    auto* run = new QHBoxLayout;
    run->addWidget(m_reconcile);
    run->addWidget(m_progress, 1);
    run->addWidget(m_eta);
    run->addWidget(m_cancel);
    run->addStretch();
    auto* totals = new QHBoxLayout;
    totals->addWidget(m_summary, 1);
    totals->addWidget(m_chart, 1);

    auto* filter = new QHBoxLayout;
    filter->addWidget(m_groupLabel);
    filter->addWidget(m_groupFilter);
    filter->addWidget(m_whyLabel);
    filter->addWidget(m_why);
    filter->addWidget(m_textFilter, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_openCase);
    actions->addWidget(m_openReplay);
    actions->addStretch();
    actions->addWidget(m_saveNote);
    actions->addWidget(m_export);
    actions->addWidget(m_sendMissing);
    auto* rows = new QVBoxLayout(m_rowsPage);
    rows->setContentsMargins(0, 6, 0, 0);
    rows->addLayout(filter);
    rows->addWidget(m_table, 1);
    rows->addLayout(actions);

    auto* sendRun = new QHBoxLayout;
    sendRun->addWidget(m_sendProgress, 1);
    sendRun->addWidget(m_sendEta);
    sendRun->addWidget(m_sendCancel);
    sendRun->addStretch();
    m_sendCancel->hide();
    m_sendSummary->setWordWrap(true);
    auto* sends = new QVBoxLayout(m_sendsPage);
    sends->setContentsMargins(0, 6, 0, 0);
    sends->addLayout(sendRun);
    sends->addWidget(m_sendSummary);
    sends->addWidget(m_sendsTable, 1);
    m_causes = new CausesView;
    m_views->addTab(m_rowsPage, QString());
    m_views->addTab(m_causes, QString());
    m_views->addTab(m_sendsPage, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(files);
    layout->addLayout(run);
    layout->addWidget(m_problem);
    layout->addLayout(totals);
    layout->addWidget(m_views, 1);

    connect(m_reconcile, &QPushButton::clicked, this, &BatchPanel::reconcile);
    connect(m_cancel, &QPushButton::clicked, this, &BatchPanel::cancel);
    connect(m_sendCancel, &QPushButton::clicked, this, &BatchPanel::cancel);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &BatchPanel::showProgress);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BatchPanel::showOutcome);
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, [this] {
        emit statusMessage(m_exportWatcher.result());
        updateButtons();
    });
    for (BatchFileSide* side : {m_tracker, m_partner}) {
        connect(side, &BatchFileSide::changed, this, &BatchPanel::updateButtons);
        connect(side, &BatchFileSide::problem, this, [this](const QString& text) {
            m_problem->setText(text);
            m_problem->show();
        });
    }
    connect(m_groupFilter, &QComboBox::currentIndexChanged, this, &BatchPanel::applyFilter);
    connect(m_why, &QComboBox::currentIndexChanged, this, &BatchPanel::applyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, this, &BatchPanel::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BatchPanel::updateButtons);
    connect(m_openReplay, &QPushButton::clicked, this, [this] { m_rows->openInReplay(m_table->currentIndex().row()); });
    connect(m_openCase, &QPushButton::clicked, this, [this] { m_rows->openInCase(m_table->currentIndex().row()); });
    connect(m_rows, &RowActions::replayRequested, this, &BatchPanel::openInReplay);
    connect(m_rows, &RowActions::exchangeRequested, this, &BatchPanel::openExchange);
    connect(m_rows, &RowActions::causeRequested, this, &BatchPanel::showCause);
    connect(m_rows, &RowActions::statusMessage, this, &BatchPanel::statusMessage);
    connect(m_causes, &CausesView::causeChosen, this, &BatchPanel::showCause);
    connect(m_ledger, &BatchLedger::changed, this, &BatchPanel::showRefires);
    connect(m_ledger, &BatchLedger::problem, this, &BatchPanel::statusMessage);
    connect(m_export, &QPushButton::clicked, this, &BatchPanel::chooseExport);
    connect(m_saveNote, &QPushButton::clicked, this, &BatchPanel::saveToCase);
    connect(m_sendMissing, &QPushButton::clicked, this, &BatchPanel::sendMissing);
    connect(m_session, &BatchSession::progress, this, &BatchPanel::showSendProgress);
    connect(m_session, &BatchSession::itemFinished, m_sendsModel, &SendsModel::finish);
    connect(m_session, &BatchSession::finished, this, &BatchPanel::sendFinished);
    retranslate();
    updateButtons();
}

BatchPanel::~BatchPanel()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

void BatchPanel::addResultsPage(QWidget* page, const QString& title)
{
    m_views->addTab(page, title);
}

void BatchPanel::setCaseOpen(bool open)
{
    m_caseOpen = open;
    m_rows->setCaseOpen(open);
    updateButtons();
}

void BatchPanel::updateButtons()
{
    const bool busy = m_reconciling;
    const bool have = m_outcome.result != nullptr;
    m_reconcile->setEnabled(!busy && !m_tracker->path().isEmpty() && !m_partner->path().isEmpty());
    m_tracker->setEnabled(!busy);
    m_partner->setEnabled(!busy);
    m_export->setEnabled(have && !m_exportWatcher.isRunning());
    m_saveNote->setEnabled(have && m_caseOpen);
    const int row = m_table->currentIndex().row();
    m_openReplay->setEnabled(have && m_rows->opensInReplay(row));
    m_openCase->setEnabled(have && m_rows->exchangeOf(row) > 0);
    const bool urls = have && m_outcome.tracker->has(ConversionField::PostbackUrl);
    const bool missing = have && m_outcome.result->total(MatchGroup::MissingAtPartner).rows > 0;
    m_sendMissing->setEnabled(urls && missing && m_caseOpen && !m_sending);
    m_sendMissing->setToolTip(!urls ? tr("The tracker's file needs a postback URL column to send the callbacks.")
                                  : !missing    ? tr("Nothing is missing at the partner.")
                                  : !m_caseOpen ? tr("Open or create a case first: its ledger records the sends.")
                                                : tr("Send the logged callbacks of the missing conversions again, "
                                                     "through the case's ledger: never twice."));
}

void BatchPanel::reconcile()
{
    if (m_reconciling)
        return;
    QString problem;
    const std::optional<BatchSideInput> tracker = m_tracker->input(&problem);
    const std::optional<BatchSideInput> partner = tracker ? m_partner->input(&problem) : std::nullopt;
    if (!tracker || !partner) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_trackerName = QFileInfo(tracker->path).fileName();
    m_partnerName = QFileInfo(partner->path).fileName();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_eta->clear();
    m_eta->show();
    m_clock.start();
    m_reconciling = true;
    m_watcher.setFuture(reconcileInBackground(*tracker, *partner));
    emit statusMessage(tr("Reading %1 and %2…").arg(m_trackerName, m_partnerName));
    updateButtons();
}

void BatchPanel::cancel()
{
    if (m_watcher.isRunning())
        m_watcher.cancel();
    if (m_sending)
        m_session->cancel();
}

QString BatchPanel::etaText(qint64 elapsedMs, double fraction) const
{
    if (fraction <= 0.02 || elapsedMs < 500)
        return tr("estimating the time left…");
    const double left = double(elapsedMs) / 1000.0 * (1.0 - fraction) / fraction;
    return tr("about %1 left").arg(SendDialog::durationText(left));
}

void BatchPanel::showProgress(int value)
{
    m_progress->setValue(value);
    m_eta->setText(etaText(m_clock.elapsed(), value / 1000.0));
}

void BatchPanel::showOutcome()
{
    m_reconciling = false;
    m_progress->hide();
    m_cancel->hide();
    m_eta->hide();
    const QFuture<ReconcileOutcome> future = m_watcher.future();
    const bool cancelled = future.isCanceled() || future.resultCount() == 0;
    const ReconcileOutcome outcome = cancelled ? ReconcileOutcome{} : future.result();
    if (cancelled || outcome.cancelled) {
        emit statusMessage(tr("Reconcile cancelled; the results shown before are kept."));
        updateButtons();
        return;
    }
    if (!outcome.problem.isEmpty()) {
        m_problem->setText(tr("Not reconciled: %1").arg(outcome.problem));
        m_problem->show();
        emit statusMessage(tr("A file could not be read; the results shown before are kept."));
        updateButtons();
        return;
    }
    m_outcome = outcome;
    m_model->setReconciliation(m_outcome.tracker, m_outcome.partner, m_outcome.result, m_tracker->zone(),
                               m_outcome.check);
    {
        const QSignalBlocker blocker(m_why); // one filter, below
        m_why->setSources(m_outcome.check, nullptr);
        m_why->setCurrentIndex(0); // other causes: the one chosen before is not among them
    }
    showColumn(ReconcileModel::Why, m_outcome.check && !m_outcome.check->causes.isEmpty());
    showColumn(ReconcileModel::Refire, false);
    m_ledger->setRows(m_outcome.tracker); // what the case's ledger says of these rows follows
    applyFilter();
    std::array<qint64, matchGroupCount> counts{};
    for (const MatchGroup group : allMatchGroups)
        counts[size_t(group)] = m_outcome.result->total(group).rows;
    m_chart->setCounts(counts);
    if (m_outcome.check)
        m_causes->show(m_outcome.check, m_outcome.tracker);
    else
        m_causes->clear();
    m_summary->setText(summaryText());
    m_views->setCurrentWidget(m_rowsPage);
    emit statusMessage(tr("Reconciled in %1 s.").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1)));
    updateButtons();
}

QString BatchPanel::summaryText() const
{
    if (!m_outcome.result)
        return tr("Choose the tracker's export and the partner's report, then Reconcile.");
    const Reconciliation& result = *m_outcome.result;
    const QLocale locale;
    QStringList parts{
        tr("%1 × %2: %n tracker row(s), ", nullptr, int(result.trackerRows())).arg(m_trackerName, m_partnerName)
        + tr("%n partner row(s)", nullptr, int(result.partnerRows()))};
    for (const MatchGroup group : shownGroups) {
        const GroupTotal& total = result.total(group);
        const QString money = groupMoney(total, group);
        parts.append(
            money.isEmpty()
                ? QStringLiteral("%1: %2").arg(matchGroupName(group), locale.toString(total.rows))
                : QStringLiteral("%1: %2 (%3)").arg(matchGroupName(group), locale.toString(total.rows), money));
    }
    return parts.join(QStringLiteral(" · "));
}

void BatchPanel::applyFilter()
{
    const int group = m_groupFilter->currentData().toInt();
    m_model->setFilter(
        {group < 0 ? std::nullopt : std::optional(MatchGroup(group)), m_textFilter->text(), m_why->choice()});
    updateButtons();
}

void BatchPanel::showCause(int cause)
{
    {
        // Exactly the rows of the cause: no other filter hides some of them.
        const QSignalBlocker blockGroup(m_groupFilter);
        const QSignalBlocker blockText(m_textFilter);
        const QSignalBlocker blockWhy(m_why);
        m_groupFilter->setCurrentIndex(0);
        m_textFilter->clear();
        m_why->choose({ReconcileModel::Reason::Kind::Cause, cause, {}});
    }
    applyFilter();
    m_views->setCurrentWidget(m_rowsPage);
    m_table->setFocus(Qt::OtherFocusReason);
}

// The ledger read again (a send ended, the case changed): the Re-fire column and the Why filter's
// outcomes follow it.
void BatchPanel::showRefires()
{
    if (m_ledger->rows() != m_outcome.tracker.get())
        return;
    const std::shared_ptr<const RowRefires> refires = m_ledger->refires();
    m_model->setRefires(refires);
    m_why->setSources(m_outcome.check, refires);
    showColumn(ReconcileModel::Refire, refires && !refires->refires.isEmpty());
    updateButtons();
}

int BatchPanel::columnWidth(int column) const
{
    return columnEms[column] * fontMetrics().horizontalAdvance(QLatin1Char('M'));
}

void BatchPanel::showColumn(int column, bool shown)
{
    m_table->setColumnHidden(column, !shown);
    // A reset of the model forgets what a hidden column measured.
    if (shown && m_table->columnWidth(column) < columnWidth(column)) {
        m_table->setColumnWidth(column, columnWidth(column));
        fitHeaders();
    }
}

void BatchPanel::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the reconciled rows"),
        QFileInfo(m_tracker->path()).absolutePath() + QStringLiteral("/reconciled.csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void BatchPanel::exportCsv(const QString& path)
{
    if (!m_outcome.result || m_exportWatcher.isRunning())
        return;
    const ReconcileOutcome outcome = m_outcome;
    const QTimeZone zone = m_tracker->zone();
    const qint64 rows = outcome.result->trackerRows() + outcome.result->extraPartnerRows().size();
    m_exportWatcher.setFuture(QtConcurrent::run([outcome, zone, path, rows] {
        const auto written = writeReconciledCsv(path, *outcome.tracker, *outcome.partner, *outcome.result, zone);
        return written ? tr("%n row(s) written to %1.", nullptr, int(rows)).arg(path) : written.error();
    }));
    updateButtons();
}

void BatchPanel::saveToCase()
{
    if (!m_outcome.result)
        return;
    // Kept as data (groups by key, causes said), so the case's report tells it in its reader's language.
    ReconciliationRecord record = reconciliationRecord(*m_outcome.tracker, *m_outcome.result, m_outcome.check.get());
    record.trackerFile = m_outcome.trackerFile;
    record.partnerFile = m_outcome.partnerFile;
    record.trackerPreset = m_outcome.trackerPreset;
    record.partnerPreset = m_outcome.partnerPreset;
    if (m_session->keepReconciliation(record))
        emit statusMessage(tr("The reconciliation is kept in the case: its report tells the totals and why the "
                              "missing ones failed."));
    else
        emit statusMessage(m_session->lastError());
}

QList<PlannedSend> BatchPanel::missingCallbacks() const
{
    QList<PlannedSend> sends;
    if (!m_outcome.result)
        return sends;
    // The check's corrected callbacks (macros filled, click IDs whole…), not the logged ones that failed.
    if (m_outcome.check) {
        for (const batch::RefireCandidate& candidate : m_outcome.check->refire)
            sends.append({candidate.key, candidate.url, candidate.method});
        return sends;
    }
    const ConversionTable& tracker = *m_outcome.tracker;
    const Reconciliation& result = *m_outcome.result;
    QSet<QString> keys;
    for (qsizetype row = 0; row < tracker.size(); ++row) {
        if (result.group(row) != MatchGroup::MissingAtPartner || tracker.clickIdUtf8(row).isEmpty())
            continue;
        const QString url = tracker.postbackUrl(row);
        const QUrl parsed(url);
        if (url.isEmpty() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
            continue;
        const QString transaction = tracker.transactionId(row);
        const QString key
            = transaction.isEmpty() ? tracker.clickId(row) : tracker.clickId(row) + QStringLiteral(" / ") + transaction;
        if (keys.contains(key))
            continue;
        keys.insert(key);
        sends.append({key, url});
    }
    return sends;
}

void BatchPanel::sendMissing()
{
    if (m_sending || !m_outcome.result)
        return;
    const QList<PlannedSend> sends = missingCallbacks();
    if (sends.isEmpty()) {
        emit statusMessage(tr("No missing conversion has a logged http(s) postback to send."));
        return;
    }
    const BatchSession::Preview preview = m_session->preview(sends);
    if (!preview.problem.isEmpty()) {
        emit statusMessage(preview.problem);
        return;
    }
    if (preview.toSend.isEmpty()) {
        QMessageBox::information(this, tr("Nothing to send"),
                                 tr("The ledger of this case has every one of these %n callback(s) already: none is "
                                    "sent twice.",
                                    nullptr, int(sends.size())));
        return;
    }
    SendDialog dialog(int(preview.toSend.size()), preview.hosts, int(preview.held.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<RefireItem> items = m_session->start(preview.toSend, m_trackerName, dialog.options());
    if (items.isEmpty()) {
        emit statusMessage(m_session->lastError().isEmpty() ? tr("Nothing was sent.") : m_session->lastError());
        return;
    }
    QStringList keys;
    for (const RefireItem& item : items)
        keys.append(item.key);
    m_sendsModel->reset(keys);
    m_sending = true;
    m_sendTotal = int(items.size());
    m_lastSend.reset();
    m_sendSummary->clear();
    m_sendProgress->setRange(0, m_sendTotal);
    m_sendProgress->setValue(0);
    m_sendProgress->show();
    m_sendCancel->show();
    m_sendEta->show();
    m_sendClock.start();
    showSendProgress(0, m_sendTotal);
    m_views->setCurrentWidget(m_sendsPage);
    updateButtons();
}

void BatchPanel::showSendProgress(int done, int total)
{
    m_sendTotal = total;
    m_sendProgress->setRange(0, std::max(1, total));
    m_sendProgress->setValue(done);
    m_sendProgress->setFormat(tr("%1 of %2 sent").arg(done).arg(total));
    m_sendEta->setText(total > 0 ? etaText(m_sendClock.elapsed(), double(done) / total) : QString());
}

QString BatchPanel::sendSummaryText() const
{
    if (!m_lastSend)
        return {};
    const RefireSummary& summary = *m_lastSend;
    QString text = tr("%1 sent, %2 accepted, %3 failed, %4 not sent.")
                       .arg(summary.sent)
                       .arg(summary.accepted)
                       .arg(summary.failed)
                       .arg(summary.notStarted);
    if (summary.stoppedAfterFailures)
        text += u' '
            + tr("Stopped after refusals in a row: find out why before sending the rest (Send again goes on where "
                 "it stopped).");
    else if (summary.cancelled)
        text += u' ' + tr("Cancelled: the rest stay planned in the ledger; Send again goes on.");
    if (!summary.storeError.isEmpty())
        text += u' ' + summary.storeError;
    return text;
}

void BatchPanel::sendFinished(const RefireSummary& summary)
{
    m_sending = false;
    m_lastSend = summary;
    m_sendProgress->hide();
    m_sendCancel->hide();
    m_sendEta->hide();
    m_sendSummary->setText(sendSummaryText());
    emit statusMessage(sendSummaryText());
    updateButtons();
}

void BatchPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BatchPanel::fitHeaders()
{
    // Each column at least as wide as its header in the language of the moment (cells are not read:
    // a million rows would be measured).
    for (QTableView* view : {m_table, m_sendsTable}) {
        const QFontMetrics metrics = view->horizontalHeader()->fontMetrics();
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            const int needed = metrics.horizontalAdvance(view->model()->headerData(c, Qt::Horizontal).toString()) + 24;
            if (view->columnWidth(c) < needed)
                view->setColumnWidth(c, needed);
        }
    }
}

void BatchPanel::retranslate()
{
    m_tracker->retranslate();
    m_partner->retranslate();
    m_reconcile->setText(tr("Reconcile"));
    m_reconcile->setToolTip(tr("Match the tracker's conversions with the partner's report by click ID"));
    m_cancel->setText(tr("Cancel"));
    m_sendCancel->setText(tr("Cancel"));
    m_views->setTabText(m_views->indexOf(m_rowsPage), tr("Rows"));
    m_views->setTabText(m_views->indexOf(m_causes), tr("Why they failed"));
    m_views->setTabText(m_views->indexOf(m_sendsPage), tr("Sends"));
    m_groupLabel->setText(tr("Show:"));
    m_whyLabel->setText(tr("Why:"));
    m_why->setToolTip(tr("The rows of one cause the check found, or of one outcome of their re-fire"));
    m_why->setAccessibleName(tr("Filter by why"));
    {
        const QSignalBlocker blocker(m_why); // the same choice, told again
        m_why->retranslate();
    }
    m_groupFilter->setItemText(0, tr("All groups"));
    for (int i = 1; i < m_groupFilter->count(); ++i)
        m_groupFilter->setItemText(i, matchGroupName(MatchGroup(m_groupFilter->itemData(i).toInt())));
    m_textFilter->setPlaceholderText(tr("Filter by click ID"));
    m_textFilter->setAccessibleName(tr("Filter by click ID"));
    m_table->setAccessibleName(tr("Reconciled rows"));
    m_sendsTable->setAccessibleName(tr("Callbacks sent"));
    m_export->setText(tr("Export CSV…"));
    m_openReplay->setText(tr("Open in Replay"));
    m_openReplay->setToolTip(tr("Load the row's callback into Replay: the corrected one when the check built one, "
                                "else the one the tracker logged (Enter or a double-click, for a row not re-fired)"));
    m_openCase->setText(tr("Open in the case"));
    m_openCase->setToolTip(tr("Show the exchange this row's re-fire kept in the case (Enter or a double-click)"));
    m_saveNote->setText(tr("Keep in the case"));
    m_saveNote->setToolTip(tr("Keep the totals of each group and why the missing ones failed in the open case, "
                              "for its report"));
    m_sendMissing->setText(tr("Send the missing ones…"));
    m_model->retranslate();
    m_sendsModel->retranslate();
    m_summary->setText(summaryText());
    m_sendSummary->setText(sendSummaryText());
    if (m_sending)
        showSendProgress(m_sendProgress->value(), m_sendTotal);
    if (m_reconciling)
        showProgress(m_progress->value());
    updateButtons();
    fitHeaders();
}

} // namespace pbw::ui
