#include "comparisonview.h"

#include "text/analysistext.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>

namespace pbw::ui {

namespace {

constexpr int SideRole = Qt::UserRole;
constexpr int OffsetRole = Qt::UserRole + 1;
constexpr int LengthRole = Qt::UserRole + 2;
constexpr qsizetype MaxCellChars = 300;

// A state or change as a symbol and a word: never colour alone.
QString stateText(MatchRow::State state)
{
    const char* symbol = "";
    switch (state) {
    case MatchRow::State::Filled:
        symbol = "✓";
        break;
    case MatchRow::State::Missing:
    case MatchRow::State::Literal:
    case MatchRow::State::Renamed:
    case MatchRow::State::Mismatch:
        symbol = "✗";
        break;
    case MatchRow::State::Extra:
        symbol = "+";
        break;
    }
    return QString::fromUtf8(symbol) + QLatin1Char(' ') + matchStateName(state);
}

QString changeText(const DiffRow& row)
{
    const char* symbol = row.change == DiffRow::Change::Same
        ? "="
        : (row.change == DiffRow::Change::Added ? "+" : (row.change == DiffRow::Change::Removed ? "−" : "≠"));
    return QString::fromUtf8(symbol) + QLatin1Char(' ') + changeName(row.change);
}

QString clipped(const QString& text)
{
    return text.size() > MaxCellChars ? text.left(MaxCellChars) + QChar(0x2026) : text;
}

} // namespace

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_raw(new QCheckBox)
    , m_table(new QTableWidget)
    , m_findingsTitle(new QLabel)
    , m_findings(new QTreeWidget)
    , m_proposedBox(new QGroupBox)
    , m_proposed(new QPlainTextEdit)
    , m_changes(new QLabel)
    , m_sendProposed(new QPushButton)
    , m_useProposed(new QPushButton)
{
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_raw->setObjectName(QStringLiteral("showRaw"));
    m_table->setObjectName(QStringLiteral("paramTable"));
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setColumnCount(3);
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->setUniformRowHeights(false);
    m_findings->header()->setStretchLastSection(true);
    // Wrapped rows take their height from the column's width: lay them out again when it changes.
    connect(m_findings->header(), &QHeaderView::sectionResized, this, &ComparisonView::fitFindingRows);
    m_proposed->setObjectName(QStringLiteral("proposed"));
    m_proposed->setReadOnly(true);
    m_proposed->setMaximumHeight(70);
    m_proposed->setWordWrapMode(QTextOption::WrapAnywhere);
    m_changes->setObjectName(QStringLiteral("proposedChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::PlainText);
    m_sendProposed->setObjectName(QStringLiteral("sendProposed"));
    m_useProposed->setObjectName(QStringLiteral("useProposed"));

    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_raw);
    tableLayout->addLayout(top);
    tableLayout->addWidget(m_table);

    auto* findingsBox = new QWidget;
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findingsTitle);
    findingsLayout->addWidget(m_findings);

    auto* proposedLayout = new QVBoxLayout(m_proposedBox);
    proposedLayout->addWidget(m_proposed);
    proposedLayout->addWidget(m_changes);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sendProposed);
    buttons->addWidget(m_useProposed);
    buttons->addStretch();
    proposedLayout->addLayout(buttons);

    auto* lower = new QSplitter(Qt::Horizontal);
    lower->setObjectName(QStringLiteral("diffLowerSplitter"));
    lower->addWidget(findingsBox);
    lower->addWidget(m_proposedBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setChildrenCollapsible(false);

    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("diffTableSplitter"));
    split->addWidget(tableBox);
    split->addWidget(lower);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_raw, &QCheckBox::toggled, this, [this] { display(m_comparison, m_leftEmpty, m_rightEmpty); });
    const auto activate = [this](QTreeWidgetItem* item) {
        if (item && item->data(0, OffsetRole).toInt() >= 0) {
            emit findingActivated(Comparison::Side(item->data(0, SideRole).toInt()), item->data(0, OffsetRole).toInt(),
                                  item->data(0, LengthRole).toInt());
        }
    };
    connect(m_findings, &QTreeWidget::itemClicked, this, activate);
    connect(m_findings, &QTreeWidget::itemActivated, this, activate);
    connect(m_sendProposed, &QPushButton::clicked, this, [this] {
        if (m_comparison.rebuilt) {
            const Comparison::Side side = m_comparison.mode == Comparison::Mode::TemplateVsCallback
                ? Comparison::Side::Right
                : Comparison::Side::Left;
            ReplayRequest request
                = replayRequestFor(side == Comparison::Side::Right ? m_comparison.right : m_comparison.left);
            request.url = m_comparison.rebuilt->url;
            emit sendRequested(request);
        }
    });
    connect(m_useProposed, &QPushButton::clicked, this, [this] {
        if (m_comparison.rebuilt)
            emit useOnTheRight(m_comparison.rebuilt->url);
    });
    retranslate();
}

void ComparisonView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComparisonView::retranslate()
{
    m_raw->setText(tr("Show values as written (raw)"));
    m_raw->setToolTip(tr("Off: values as the partner reads them (decoded). On: exactly as written in the URL."));
    m_findingsTitle->setText(tr("What is wrong, and how to fix it (click a line to see the place):"));
    m_findings->setHeaderLabels({tr("Severity"), tr("Parameter"), tr("What and how to fix")});
    m_findings->setAccessibleName(tr("What is wrong, and how to fix it"));
    m_table->setAccessibleName(tr("Parameters side by side"));
    m_proposedBox->setTitle(tr("Proposed callback"));
    m_sendProposed->setText(tr("Send proposed in Replay"));
    m_useProposed->setText(tr("Put it on the right"));
    m_useProposed->setToolTip(tr("Replace the right side with the proposed callback, to compare again"));
    display(m_comparison, m_leftEmpty, m_rightEmpty);
}

void ComparisonView::display(const Comparison& comparison, bool leftEmpty, bool rightEmpty)
{
    m_comparison = comparison;
    m_leftEmpty = leftEmpty;
    m_rightEmpty = rightEmpty;
    m_table->clearContents();
    m_table->setRowCount(0);
    const bool templateMode = comparison.mode == Comparison::Mode::TemplateVsCallback;
    if (templateMode)
        m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Template expects"), tr("Callback sent"), tr("State")});
    else
        m_table->setHorizontalHeaderLabels({tr("Part / parameter"), tr("Failing"), tr("Corrected"), tr("Change")});

    int errors = 0;
    for (const Comparison::SideFinding& item : comparison.findings)
        errors += item.finding.severity == Finding::Severity::Error;
    if (leftEmpty && rightEmpty) {
        m_summary->setText(
            templateMode
                ? tr("Paste the partner's template on the left and the callback that returned 200 on the right: "
                     "every parameter is matched and every mistake explained as you type.")
                : tr("Paste the failing callback on the left and the corrected one on the right to see exactly "
                     "what changed."));
    } else if ((!leftEmpty && !comparison.leftIsUrl) || (!rightEmpty && !comparison.rightIsUrl)) {
        m_summary->setText(tr("One side does not read as a callback URL (no host name): paste a whole URL, a raw "
                              "request or a curl command."));
    } else if (leftEmpty || rightEmpty) {
        m_summary->setText(tr("Paste the other side to compare; the side you pasted is checked below."));
    } else if (errors > 0) {
        m_summary->setText(tr("✗ %n problem(s) that stop the partner from crediting the conversion.", nullptr, errors));
    } else {
        m_summary->setText(templateMode ? tr("✓ The callback matches the partner's template.")
                                        : tr("✓ No error in either callback; the differences are listed below."));
    }
    if (templateMode)
        fillTemplateRows();
    else
        fillDiffRows();
    fillFindings();
    fillProposed();
}

void ComparisonView::setUseOnTheRightShown(bool shown)
{
    m_useProposed->setVisible(shown);
}

void ComparisonView::setValueCell(int row, int column, const QString& text, const QList<QPair<int, int>>& marks)
{
    if (marks.isEmpty() || text.size() > MaxCellChars) {
        auto* item = new QTableWidgetItem(clipped(text));
        item->setToolTip(clipped(text));
        m_table->setItem(row, column, item);
        return;
    }
    // The differing characters underlined and bold: visible without colour. Text is escaped.
    QString html;
    int position = 0;
    for (const auto& [start, length] : marks) {
        html += text.mid(position, start - position).toHtmlEscaped();
        html += QStringLiteral("<b><u>") + text.mid(start, length).toHtmlEscaped() + QStringLiteral("</u></b>");
        position = start + length;
    }
    html += text.mid(position).toHtmlEscaped();
    auto* label = new QLabel(html.replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    label->setTextFormat(Qt::RichText);
    label->setContentsMargins(4, 0, 4, 0);
    auto* item = new QTableWidgetItem; // the label shows the text; the item keeps it for copying
    item->setData(Qt::UserRole, text);
    item->setToolTip(text);
    m_table->setItem(row, column, item);
    m_table->setCellWidget(row, column, label);
}

void ComparisonView::fillTemplateRows()
{
    if (!m_comparison.match)
        return;
    const bool raw = m_raw->isChecked();
    for (const MatchRow& match : m_comparison.match->rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const CallbackParam* expected
            = match.templateIndex >= 0 ? &m_comparison.left.params.at(match.templateIndex) : nullptr;
        const CallbackParam* actual
            = match.callbackIndex >= 0 ? &m_comparison.right.params.at(match.callbackIndex) : nullptr;
        QString name = match.key;
        if (match.state == MatchRow::State::Renamed)
            name = tr("%1 (sent as %2)").arg(match.key, match.actualKey);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        const QString expectedText = expected ? (raw ? expected->rawValue : expected->value) : QString();
        const QString actualText = actual ? (raw ? actual->rawValue : actual->value) : QString();
        QList<QPair<int, int>> marks;
        if (match.state == MatchRow::State::Mismatch)
            marks = charDiff(expectedText, actualText).inB;
        setValueCell(row, 1, expectedText);
        setValueCell(row, 2, actualText, marks);
        auto* state = new QTableWidgetItem(stateText(match.state));
        m_table->setItem(row, 3, state);
    }
    for (const PartMismatch& part : m_comparison.match->parts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(part.part));
        setValueCell(row, 1, part.expected);
        setValueCell(row, 2, part.actual, charDiff(part.expected, part.actual).inB);
        m_table->setItem(row, 3, new QTableWidgetItem(stateText(MatchRow::State::Mismatch)));
    }
}

void ComparisonView::fillDiffRows()
{
    const bool raw = m_raw->isChecked();
    for (const DiffRow& diff : m_comparison.rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString name = diff.key.isEmpty() ? diff.part : diff.key;
        if (diff.part == QLatin1String("header"))
            name = tr("header %1").arg(diff.key);
        else if (diff.part == QLatin1String("body"))
            name = diff.key.isEmpty() ? tr("body") : tr("body %1").arg(diff.key);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        const QString a = raw ? diff.rawA : diff.a;
        const QString b = raw ? diff.rawB : diff.b;
        const CharDiff marks = diff.change == DiffRow::Change::Changed ? charDiff(a, b) : CharDiff();
        setValueCell(row, 1, a, marks.inA);
        setValueCell(row, 2, b, marks.inB);
        QString change = changeText(diff);
        if (diff.encodingOnly)
            change += QStringLiteral(" (") + tr("encoding only") + QLatin1Char(')');
        if (diff.moved)
            change += QStringLiteral(" (") + tr("moved") + QLatin1Char(')');
        m_table->setItem(row, 3, new QTableWidgetItem(change));
    }
}

void ComparisonView::fillFindings()
{
    m_findings->clear();
    for (const Comparison::SideFinding& item : m_comparison.findings) {
        const Finding& finding = item.finding;
        auto* line = new QTreeWidgetItem(m_findings);
        line->setText(0, severitySymbol(finding.severity) + QLatin1Char(' ') + severityName(finding.severity));
        QString where = finding.param;
        if (m_comparison.mode == Comparison::Mode::FailingVsCorrected)
            where = (item.side == Comparison::Side::Left ? tr("failing: %1") : tr("corrected: %1")).arg(finding.param);
        line->setText(1, where);
        line->setText(2, finding.message + QLatin1Char('\n') + tr("Fix: %1").arg(finding.fix));
        line->setToolTip(2, finding.message + QLatin1Char('\n') + tr("Fix: %1").arg(finding.fix));
        line->setData(0, SideRole, int(item.side));
        line->setData(0, OffsetRole, finding.offset);
        line->setData(0, LengthRole, finding.length);
    }
    m_findings->resizeColumnToContents(0);
    m_findings->resizeColumnToContents(1);
    fitFindingRows();
}

void ComparisonView::fitFindingRows()
{
    // QTreeView asks for a wrapped row's height before it knows the column's width: say it here.
    const int width = std::max(80, m_findings->columnWidth(2) - 8);
    const QFontMetrics metrics(m_findings->font());
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_findings->topLevelItem(i);
        const QRect needed = metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, item->text(2));
        item->setSizeHint(2, QSize(width, needed.height() + 6));
    }
    m_findings->doItemsLayout();
}

void ComparisonView::fillProposed()
{
    const bool has = m_comparison.rebuilt.has_value();
    m_proposed->setPlainText(has ? m_comparison.rebuilt->url : QString());
    QStringList lines;
    if (has) {
        for (const RebuiltCallback::Change& change : m_comparison.rebuilt->changes) {
            if (!change.oldKey.isEmpty() && change.before == change.after) {
                lines.append(QStringLiteral("• ") + tr("%1 renamed to %2").arg(change.oldKey, change.key));
                continue;
            }
            const QString name
                = change.oldKey.isEmpty() ? change.key : tr("%1 (was %2)").arg(change.key, change.oldKey);
            lines.append(QStringLiteral("• %1: “%2” → “%3”").arg(name, clipped(change.before), clipped(change.after)));
        }
        if (lines.isEmpty())
            lines.append(m_comparison.rebuilt->unresolved.isEmpty()
                             ? tr("Nothing to correct: the callback already matches.")
                             : tr("Nothing could be corrected automatically."));
        if (!m_comparison.rebuilt->unresolved.isEmpty())
            lines.append(tr("%n problem(s) still need you: see the list on the left.", nullptr,
                            int(m_comparison.rebuilt->unresolved.size())));
    }
    m_changes->setText(lines.join(QLatin1Char('\n')));
    m_sendProposed->setEnabled(has);
    m_useProposed->setEnabled(has && m_comparison.mode == Comparison::Mode::TemplateVsCallback);
}

} // namespace pbw::ui
