#include "platformview.h"

#include "capi/platformvalidation.h"
#include "text/capitext.h"
#include "widgets/plaintextlabel.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

const QColor oddColour(0xff, 0xe0, 0x99); // a platform that sends something else
const QColor errorColour(0xf8, 0xc8, 0xc8);

QString cellText(const PlatformCell& cell)
{
    if (!cell.taken())
        return QStringLiteral("—");
    if (!cell.value.error.isEmpty())
        return QStringLiteral("✗ ") + cell.value.error;
    const QString mark = cell.odd ? QStringLiteral("≠ ") : QString();
    if (!cell.hashed())
        return mark + PlatformView::tr("%1 (unhashed)").arg(cell.value.normalized);
    return mark + cell.value.normalized + (cell.value.warnings.isEmpty() ? QString() : QStringLiteral(" !"));
}

QString cellTip(const ConversionPlatform& platform, const PlatformCell& cell)
{
    if (!cell.taken())
        return PlatformView::tr("%1 does not take this field.").arg(platform.shortName);
    QStringList lines{PlatformView::tr("Sent as %1").arg(cell.rule->key)};
    if (!cell.value.error.isEmpty())
        lines.append(cell.value.error);
    else if (cell.hashed())
        lines.append(QStringLiteral("SHA-256 %1").arg(cell.value.hash));
    QStringList steps;
    for (const NormalizationStep step : cell.value.changedBy)
        steps.append(normalizationStepText(step));
    if (!steps.isEmpty())
        lines.append(PlatformView::tr("Normalisation: %1").arg(steps.join(QStringLiteral("; "))));
    lines += cell.value.warnings;
    lines.append(PlatformView::tr("Rule: %1").arg(cell.rule->source));
    return lines.join(u'\n');
}

} // namespace

PlatformView::PlatformView(QWidget* parent)
    : QWidget(parent)
    , m_title(plainTextLabel(this, QStringLiteral("platformTitle")))
    , m_table(new QTableWidget(this))
    , m_reasonsTitle(plainTextLabel(this, QStringLiteral("platformReasonsTitle")))
    , m_reasons(new QListWidget(this))
{
    m_table->setObjectName(QStringLiteral("platformTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setTextElideMode(Qt::ElideMiddle); // every platform's column in view; the whole value in the tooltip
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_reasons->setObjectName(QStringLiteral("platformReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setMaximumHeight(m_reasons->fontMetrics().lineSpacing() * 6);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reasonsTitle);
    layout->addWidget(m_reasons);
    rebuild();
}

void PlatformView::setEvents(const QList<CapiEvent>& events)
{
    m_events = events;
    // Seven platforms' normalisation and checks of a large batch: only when someone looks.
    m_stale = !isVisible();
    if (!m_stale)
        rebuild();
}

void PlatformView::showEvent(QShowEvent* event)
{
    if (m_stale) {
        m_stale = false;
        rebuild();
    }
    QWidget::showEvent(event);
}

void PlatformView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_stale = !isVisible();
        if (!m_stale)
            rebuild(); // the reasons and checks are worded again
    }
    QWidget::changeEvent(event);
}

void PlatformView::rebuild()
{
    m_title->setText(tr("One event, as each platform receives it: ≠ marks a value that differs from the first "
                        "column's (Meta's); point at a cell for its hash and rule."));
    m_reasonsTitle->setText(tr("Where the platforms disagree, and why"));
    m_table->setAccessibleName(tr("Customer information per platform"));
    m_reasons->setAccessibleName(tr("Where the platforms disagree, and why"));
    const QList<const ConversionPlatform*> platforms = allConversionPlatforms();
    // Every customer value of the events, once.
    QList<FieldInput> inputs;
    for (const CapiEvent& event : std::as_const(m_events)) {
        for (const ConversionPlatform* platform : platforms) {
            for (const PlatformField& field : platform->fields) {
                for (const QString& input : event.userDataValues(field.field)) {
                    const bool seen = std::any_of(inputs.begin(), inputs.end(), [&](const FieldInput& in) {
                        return in.field == field.field && in.input == input;
                    });
                    if (!input.trimmed().isEmpty() && !seen)
                        inputs.append({field.field, input});
                }
            }
        }
    }
    m_rows = compareAcrossPlatforms(inputs, platforms);

    QStringList headers{tr("Field"), tr("Typed")};
    for (const ConversionPlatform* platform : platforms)
        headers.append(platform->shortName);
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_rows.size()) + 1);
    m_reasons->clear();
    for (int r = 0; r < m_rows.size(); ++r) {
        const FieldComparison& row = m_rows.at(r);
        auto* field = new QTableWidgetItem(row.disagree ? QStringLiteral("≠ ") + row.field : row.field);
        field->setToolTip(row.reasons.join(u'\n'));
        m_table->setItem(r, 0, field);
        m_table->setItem(r, 1, new QTableWidgetItem(row.input));
        for (int c = 0; c < row.cells.size(); ++c) {
            const PlatformCell& cell = row.cells.at(c);
            auto* item = new QTableWidgetItem(cellText(cell));
            item->setToolTip(cellTip(*platforms.at(c), cell));
            item->setData(Qt::UserRole, cell.sent()); // what goes on the wire, for copying
            if (!cell.value.error.isEmpty())
                item->setBackground(errorColour);
            else if (cell.odd)
                item->setBackground(oddColour);
            if (!cell.taken())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, c + 2, item);
        }
        for (const QString& reason : row.reasons)
            m_reasons->addItem(tr("%1 \"%2\" — %3").arg(row.field, row.input, reason));
    }
    // The last row: what each platform's checks say about the events.
    const int last = int(m_rows.size());
    auto* checks = new QTableWidgetItem(tr("Checks"));
    QFont bold = checks->font();
    bold.setBold(true);
    checks->setFont(bold);
    m_table->setItem(last, 0, checks);
    m_table->setItem(last, 1, new QTableWidgetItem());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int c = 0; c < platforms.size(); ++c) {
        const QList<CapiProblem> problems
            = m_events.isEmpty() ? QList<CapiProblem>{} : validatePlatformEvents(*platforms.at(c), m_events, now);
        const auto errors = std::count_if(problems.begin(), problems.end(), [](const CapiProblem& p) {
            return p.severity == CapiProblem::Severity::Error;
        });
        const qsizetype warnings = problems.size() - errors;
        QString text = errors ? tr("✗ %n error(s)", "", int(errors)) : QStringLiteral("✓");
        if (warnings)
            text += QStringLiteral(" ") + tr("! %n warning(s)", "", int(warnings));
        auto* item = new QTableWidgetItem(text);
        QStringList tips;
        for (const CapiProblem& problem : problems)
            tips.append(capiProblemAsText(problem));
        item->setToolTip(tips.isEmpty() ? tr("No problems for %1.").arg(platforms.at(c)->shortName) : tips.join(u'\n'));
        if (errors)
            item->setBackground(errorColour);
        m_table->setItem(last, c + 2, item);
    }
    if (m_reasons->count() == 0)
        m_reasons->addItem(m_rows.isEmpty() ? tr("No customer information yet.")
                                            : tr("Every platform receives the same values."));
    m_table->resizeColumnsToContents();
    const int cap = m_table->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 11;
    for (int c = 1; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), c == 1 ? cap * 3 / 2 : cap));
}

} // namespace pbw::ui
