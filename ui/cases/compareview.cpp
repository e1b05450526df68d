#include "compareview.h"

#include "analysis/answerdiff.h"
#include "analysis/comparison.h"
#include "analysis/verdict.h"
#include "casesession.h"
#include "io/exchangejson.h"
#include "labels.h"
#include "net/curlcommand.h"
#include "replay/verdictview.h"
#include "secrets/redaction.h"
#include "store/comparepair.h"
#include "store/evidencesuggestions.h"
#include "templatediff/comparisonview.h"
#include "text/casetext.h"
#include "text/timetext.h"
#include "text/verdicttext.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

using Change = AnswerDiffRow::Change;

QString changeMark(Change change)
{
    switch (change) {
    case Change::Same:
        return QString();
    case Change::Changed:
        return QStringLiteral("≠");
    case Change::OnlyLeft:
        return QStringLiteral("−");
    case Change::OnlyRight:
        break;
    }
    return QStringLiteral("+");
}

} // namespace

CompareView::CompareView(CaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_leftLabel(new QLabel)
    , m_left(new QComboBox)
    , m_rightLabel(new QLabel)
    , m_right(new QComboBox)
    , m_copyLeft(new QPushButton)
    , m_copyRight(new QPushButton)
    , m_useInReport(new QPushButton)
    , m_pairNote(new QLabel)
    , m_templateNote(new QLabel)
    , m_verdictLine(new QLabel)
    , m_empty(new QLabel)
    , m_requestTitle(boldLabel())
    , m_request(new ComparisonView)
    , m_templateView(new ComparisonView)
    , m_views(new QTabWidget)
    , m_answerTitle(boldLabel())
    , m_answerSummary(new QLabel)
    , m_answer(new QTableWidget(0, 4))
    , m_leftVerdict(new VerdictView)
    , m_rightVerdict(new VerdictView)
    , m_content(new QWidget)
{
    m_left->setObjectName(QStringLiteral("compareLeft"));
    m_right->setObjectName(QStringLiteral("compareRight"));
    m_answer->setObjectName(QStringLiteral("answerDiff"));
    m_answerSummary->setObjectName(QStringLiteral("answerSummary"));
    m_empty->setWordWrap(true);
    m_leftLabel->setBuddy(m_left);
    m_rightLabel->setBuddy(m_right);
    m_left->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_right->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_answer->verticalHeader()->hide();
    m_answer->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answer->setWordWrap(true);
    m_answer->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_answer->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_answer->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_answer->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto* pickers = new QHBoxLayout;
    pickers->addWidget(m_leftLabel);
    pickers->addWidget(m_left, 1);
    pickers->addWidget(m_copyLeft);
    pickers->addWidget(m_rightLabel);
    pickers->addWidget(m_right, 1);
    pickers->addWidget(m_copyRight);
    auto* report = new QHBoxLayout;
    m_pairNote->setWordWrap(true);
    report->addWidget(m_pairNote, 1);
    report->addWidget(m_useInReport);
    m_templateNote->setWordWrap(true);
    m_templateNote->setObjectName(QStringLiteral("compareTemplate"));
    m_templateNote->setTextFormat(Qt::PlainText);

    // The two verdicts in a line each (the whole verdict in its tooltip and on its own tab): what
    // was sent keeps the height, even on a laptop's screen.
    m_verdictLine->setObjectName(QStringLiteral("compareVerdicts"));
    m_verdictLine->setTextFormat(Qt::PlainText);
    m_verdictLine->setWordWrap(true);
    auto* verdictsPage = new QWidget;
    auto* verdicts = new QHBoxLayout(verdictsPage);
    verdicts->addWidget(m_leftVerdict, 1);
    verdicts->addWidget(m_rightVerdict, 1);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_verdictLine);
    topLayout->addWidget(m_templateNote);
    topLayout->addWidget(m_requestTitle);
    m_templateView->setObjectName(QStringLiteral("compareTemplateView"));
    m_request->setUseOnTheRightShown(false); // B is a kept exchange: it cannot be replaced
    m_templateView->setUseOnTheRightShown(false);
    m_views->setObjectName(QStringLiteral("compareViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_request, QString());
    m_views->addTab(m_templateView, QString());
    m_views->addTab(verdictsPage, QString());
    topLayout->addWidget(m_views, 1);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_answerTitle);
    bottomLayout->addWidget(m_answerSummary);
    bottomLayout->addWidget(m_answer, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    // What was sent (the diff table, its findings) is the heart of it: most of the height.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addLayout(report);
    layout->addWidget(m_empty);
    layout->addWidget(m_content, 1);

    m_copyLeft->setObjectName(QStringLiteral("copyLeftCurl"));
    m_copyRight->setObjectName(QStringLiteral("copyRightCurl"));
    for (auto [button, picker] : {std::pair{m_copyLeft, m_left}, std::pair{m_copyRight, m_right}}) {
        connect(button, &QPushButton::clicked, this, [this, picker = picker] {
            // As sent; secrets stay as the case holds them ([redacted]).
            if (const auto stored = m_session->exchange(picker->currentData().toLongLong()))
                QApplication::clipboard()->setText(curlCommandFor(stored->exchange().request));
        });
    }
    connect(m_left, &QComboBox::activated, this, &CompareView::show);
    connect(m_right, &QComboBox::activated, this, &CompareView::show);
    m_useInReport->setObjectName(QStringLiteral("useInReport"));
    connect(m_useInReport, &QPushButton::clicked, this, [this] {
        m_session->setComparePair(m_left->currentData().toLongLong(), m_right->currentData().toLongLong());
    });
    connect(m_request, &ComparisonView::sendRequested, this, [this] { sendProposed(false); });
    connect(m_templateView, &ComparisonView::sendRequested, this, [this] { sendProposed(true); });
    retranslate();
}

void CompareView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CompareView::retranslate()
{
    m_leftLabel->setText(tr("&A:"));
    m_rightLabel->setText(tr("&B:"));
    m_copyLeft->setText(tr("Copy as curl"));
    m_copyRight->setText(tr("Copy as curl"));
    m_copyLeft->setToolTip(tr("A curl command that sends what exchange A sent (secrets stay [redacted])"));
    m_copyRight->setToolTip(tr("A curl command that sends what exchange B sent (secrets stay [redacted])"));
    m_left->setAccessibleName(tr("First exchange to compare"));
    m_right->setAccessibleName(tr("Second exchange to compare"));
    m_requestTitle->setText(tr("What was sent: A (failing) against B (corrected)"));
    m_views->setTabText(0, tr("A against B"));
    m_views->setTabText(1, tr("B against the approved template"));
    m_views->setTabText(2, tr("The two verdicts"));
    m_useInReport->setText(tr("Use this pair in the report"));
    m_useInReport->setToolTip(tr("The partner's report puts A and B side by side as the failing and the corrected "
                                 "callback"));
    m_answerTitle->setText(tr("What the partner answered"));
    m_answer->setHorizontalHeaderLabels({QString(), tr("Part"), tr("A"), tr("B")});
    const qint64 left = m_left->currentData().toLongLong();
    const qint64 right = m_right->currentData().toLongLong();
    m_shownCase = -1; // rebuild the choices in the new language, keeping the pair
    reload();
    if (left && right)
        compare(left, right);
}

void CompareView::reload()
{
    const qint64 caseId = m_session->currentCase();
    m_exchanges = m_session->exchanges(caseId);
    const bool sameCase = caseId == m_shownCase;
    const qint64 left = sameCase ? m_left->currentData().toLongLong() : 0;
    const qint64 right = sameCase ? m_right->currentData().toLongLong() : 0;
    m_shownCase = caseId;
    for (QComboBox* combo : {m_left, m_right}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const StoredExchange& stored : std::as_const(m_exchanges)) {
            const Exchange exchange = stored.exchange();
            combo->addItem(QStringLiteral("%1 · %2 · %3 · %4")
                               .arg(stored.number)
                               .arg(roleName(stored.role), dateTimeText(stored.saved),
                                    exchange.response ? QStringLiteral("HTTP %1").arg(exchange.response->status)
                                                      : tr("no answer")),
                           stored.id);
        }
    }
    if (m_exchanges.size() < 2) {
        m_empty->setText(caseId == 0 ? tr("Open a case to compare its exchanges.")
                                     : tr("A case needs two exchanges to compare: replay the failing callback, then "
                                          "the corrected one."));
        m_empty->show();
        m_content->hide();
        return;
    }
    m_empty->hide();
    m_content->show();
    qint64 a = left;
    qint64 b = right;
    if (!a || !b || a == b) { // no pair chosen yet (one exchange shows in both pickers until a second comes)
        const auto record = m_session->caseRecord(caseId);
        std::tie(a, b) = comparePair(record.value_or(CaseRecord{}), m_exchanges, m_session->checklist(caseId));
    }
    compare(a, b);
}

QString CompareView::approvedTemplate()
{
    QString approved; // the latest the case holds
    for (const Attachment& attachment : m_session->attachments(m_shownCase)) {
        if (attachment.kind == Attachment::Kind::Template)
            approved = attachment.text;
    }
    return approved;
}

std::pair<int, int> CompareView::reportPair()
{
    const auto record = m_session->caseRecord(m_shownCase);
    const auto [first, second]
        = comparePair(record.value_or(CaseRecord{}), m_exchanges, m_session->checklist(m_shownCase));
    return {numberOf(m_exchanges, first), numberOf(m_exchanges, second)};
}

void CompareView::showTemplateCheck(const Exchange& left, const Exchange& right)
{
    // Two callbacks can agree with each other and both be wrong: the partner's approved template,
    // when the case holds one, says what each should be.
    const QString approved = approvedTemplate();
    m_templateNote->setVisible(!approved.isEmpty());
    m_views->setTabVisible(1, !approved.isEmpty());
    if (approved.isEmpty())
        return;
    m_templateView->display(compareCallbacks(approved, right.request.input, Comparison::Mode::TemplateVsCallback),
                            false, right.request.input.isEmpty());
    const auto errorsAgainst = [&approved](const Exchange& exchange) {
        QStringList errors;
        for (const Finding& error : errorsAgainstTemplate(approved, exchange.request.input))
            errors.append(error.message);
        return errors;
    };
    const QStringList a = errorsAgainst(left);
    const QStringList b = errorsAgainst(right);
    // One line each; the problems themselves in the tooltip and, for B, on the template's tab.
    const auto line = [this](const QString& side, const QStringList& errors) {
        return errors.isEmpty()
            ? tr("✓ %1 matches the approved template.").arg(side)
            : tr("✗ %1: %n problem(s) against the approved template.", nullptr, int(errors.size())).arg(side);
    };
    m_templateNote->setText(line(tr("A"), a) + QStringLiteral("   ") + line(tr("B"), b));
    QStringList tip;
    for (const auto& [side, errors] : {std::pair{tr("A"), a}, std::pair{tr("B"), b}}) {
        for (const QString& error : errors)
            tip.append(side + QStringLiteral(": ") + error);
    }
    m_templateNote->setToolTip(tip.join(u'\n'));
}

void CompareView::sendProposed(bool againstTemplate)
{
    // The case holds [redacted] where a secret (a token) was: the proposal is made again from the two
    // exchanges with their kept values read back from the keychain, so what Replay gets can be sent.
    // Against the template the proposal is B made to match it; else A fixed with B's values.
    const qint64 a = m_left->currentData().toLongLong();
    const qint64 b = m_right->currentData().toLongLong();
    const QString approved = againstTemplate ? approvedTemplate() : QString();
    m_session->reopenExchange(
        a, [this, b, approved](const Exchange& left, int leftRecorded, const SecretsOutcome& leftOutcome) {
            m_session->reopenExchange(
                b,
                [this, left, leftRecorded, leftOutcome, approved](const Exchange& right, int rightRecorded,
                                                                  const SecretsOutcome& rightOutcome) {
                    const Exchange failing = withSecrets(left, leftOutcome.restored);
                    const Exchange corrected = withSecrets(right, rightOutcome.restored);
                    const Comparison again = approved.isEmpty()
                        ? compareCallbacks(failing.request.input, corrected.request.input,
                                           Comparison::Mode::FailingVsCorrected)
                        : compareCallbacks(approved, corrected.request.input, Comparison::Mode::TemplateVsCallback);
                    if (!again.rebuilt)
                        return;
                    ReplayRequest request = replayRequestFor(approved.isEmpty() ? again.left : again.right);
                    request.url = again.rebuilt->url;
                    const auto missing
                        = leftRecorded + rightRecorded - leftOutcome.restored.size() - rightOutcome.restored.size();
                    emit sendToReplay(request,
                                      missing > 0 ? tr("The proposed callback still holds [redacted] where a secret "
                                                       "was not kept: type its value in before sending.")
                                                  : QString());
                });
        });
}

void CompareView::compare(qint64 left, qint64 right)
{
    const QSignalBlocker leftBlocker(m_left);
    const QSignalBlocker rightBlocker(m_right);
    m_left->setCurrentIndex(std::max(0, m_left->findData(left)));
    m_right->setCurrentIndex(std::max(0, m_right->findData(right)));
    show();
}

void CompareView::show()
{
    const auto find = [this](qint64 id) -> const StoredExchange* {
        for (const StoredExchange& stored : std::as_const(m_exchanges)) {
            if (stored.id == id)
                return &stored;
        }
        return nullptr;
    };
    const StoredExchange* a = find(m_left->currentData().toLongLong());
    const StoredExchange* b = find(m_right->currentData().toLongLong());
    if (!a || !b)
        return;
    const Exchange left = a->exchange();
    const Exchange right = b->exchange();
    const auto record = m_session->caseRecord(m_shownCase);
    const bool chosen = record && record->pairFirst == a->id && record->pairSecond == b->id;
    m_pairNote->setText(chosen ? tr("The partner's report puts these two side by side.")
                               : tr("The partner's report puts exchanges %1 and %2 side by side.")
                                     .arg(reportPair().first)
                                     .arg(reportPair().second));
    m_useInReport->setEnabled(!chosen && a->id != b->id);
    showTemplateCheck(left, right);
    const Verdict leftVerdict = judgeExchange(left);
    const Verdict rightVerdict = judgeExchange(right);
    m_leftVerdict->setVerdict(leftVerdict);
    m_rightVerdict->setVerdict(rightVerdict);
    m_verdictLine->setText(tr("A: %1 %2     B: %3 %4")
                               .arg(verdictSymbol(leftVerdict.layer), verdictHeadline(leftVerdict),
                                    verdictSymbol(rightVerdict.layer), verdictHeadline(rightVerdict)));
    m_verdictLine->setToolTip(QStringLiteral("A: %1\n\nB: %2").arg(leftVerdict.summary, rightVerdict.summary));
    m_request->display(compareCallbacks(left.request.input, right.request.input, Comparison::Mode::FailingVsCorrected),
                       left.request.input.isEmpty(), right.request.input.isEmpty());

    const AnswerDiff diff = diffAnswers(left, right);
    m_answerSummary->setText(diff.summary());
    m_answer->setRowCount(0);
    for (const AnswerDiffRow& row : diff.rows) {
        const int at = m_answer->rowCount();
        m_answer->insertRow(at);
        QString part = row.name;
        if (row.part == AnswerDiffRow::Part::Headers)
            part = tr("Header %1").arg(row.name);
        else if (row.part == AnswerDiffRow::Part::Body)
            part = diff.jsonBodies ? row.name : tr("Line %1").arg(row.name);
        const QStringList cells{changeMark(row.change), part, row.left, row.right};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (row.change != Change::Same)
                item->setBackground(palette().color(QPalette::AlternateBase));
            if (column == 0)
                item->setToolTip(row.change == Change::Same           ? QString()
                                     : row.change == Change::Changed  ? tr("Differs")
                                     : row.change == Change::OnlyLeft ? tr("Only in A")
                                                                      : tr("Only in B"));
            m_answer->setItem(at, column, item);
        }
    }
    m_answer->resizeRowsToContents();
}

} // namespace pbw::ui
