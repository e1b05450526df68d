#include "linkbuilderview.h"

#include "analysis/linkbuilder.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace pbw::ui {

LinkBuilderView::LinkBuilderView(QWidget* parent)
    : QWidget(parent)
    , m_baseLabel(new QLabel(this))
    , m_base(new QLineEdit(this))
    , m_parts(new QTableWidget(6, 2, this))
    , m_syntaxLabel(new QLabel(this))
    , m_syntax(new QComboBox(this))
    , m_macro(new QPushButton(this))
    , m_resultLabel(new QLabel(this))
    , m_result(new QLineEdit(this))
    , m_notes(new QLabel(this))
    , m_trace(new QPushButton(this))
    , m_qaLabel(new QLabel(this))
    , m_qaParam(new QComboBox(this))
    , m_qa(new QPushButton(this))
{
    m_base->setObjectName(QStringLiteral("linkBase"));
    m_parts->setObjectName(QStringLiteral("linkParts"));
    m_result->setObjectName(QStringLiteral("linkResult"));
    m_qa->setObjectName(QStringLiteral("qaClick"));
    m_qaParam->setObjectName(QStringLiteral("qaParam"));
    m_trace->setObjectName(QStringLiteral("traceLink"));
    m_result->setReadOnly(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_syntax->addItems(macroSyntaxes());
    m_qaParam->setEditable(true);
    m_qaParam->addItems({QStringLiteral("subid"), QStringLiteral("clickid"), QStringLiteral("cid"),
                         QStringLiteral("click_id"), QStringLiteral("sub1"), QStringLiteral("aff_sub"),
                         QStringLiteral("utm_content")});
    m_parts->verticalHeader()->hide();
    m_parts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_parts->horizontalHeader()->setStretchLastSection(true);
    const QStringList names{QStringLiteral("utm_source"),  QStringLiteral("utm_medium"), QStringLiteral("utm_campaign"),
                            QStringLiteral("utm_content"), QStringLiteral("subid"),      QString()};
    for (int row = 0; row < names.size(); ++row) {
        m_parts->setItem(row, 0, new QTableWidgetItem(names.at(row)));
        m_parts->setItem(row, 1, new QTableWidgetItem(QString()));
    }
    fitPartsHeight();

    // The parameters on the left, all their rows in sight; what is done with them on the right.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->addWidget(m_baseLabel, 0, 0);
    grid->addWidget(m_base, 0, 1, 1, 4);
    grid->addWidget(m_parts, 1, 0, 6, 2);
    grid->addWidget(m_syntaxLabel, 1, 2);
    grid->addWidget(m_syntax, 1, 3);
    grid->addWidget(m_macro, 1, 4);
    grid->addWidget(m_resultLabel, 2, 2);
    grid->addWidget(m_result, 2, 3, 1, 2);
    grid->addWidget(m_trace, 3, 4);
    grid->addWidget(m_notes, 4, 2, 1, 3);
    auto* qaRow = new QHBoxLayout;
    qaRow->addWidget(m_qaParam, 1);
    qaRow->addWidget(m_qa);
    grid->addWidget(m_qaLabel, 5, 2);
    grid->addLayout(qaRow, 5, 3, 1, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 2);
    grid->setRowStretch(6, 1); // the controls together at the top; the table takes the height

    connect(m_base, &QLineEdit::textChanged, this, &LinkBuilderView::rebuild);
    connect(m_parts, &QTableWidget::itemChanged, this, &LinkBuilderView::rebuild);
    connect(m_macro, &QPushButton::clicked, this, &LinkBuilderView::insertMacro);
    connect(m_trace, &QPushButton::clicked, this, [this] { emit traceRequested(link(), {}, {}); });
    connect(m_qa, &QPushButton::clicked, this, [this] {
        const QString name = m_qaParam->currentText().trimmed();
        if (name.isEmpty() || link().isEmpty())
            return;
        const QString id = qaClickId();
        emit traceRequested(buildTrackingLink(link(), {{name, id}}).url, name, id);
    });
    retranslate();
}

void LinkBuilderView::setBase(const QString& url)
{
    m_base->setText(url);
}

QString LinkBuilderView::link() const
{
    return m_result->text();
}

void LinkBuilderView::insertMacro()
{
    // The selected row's value becomes a macro named after its parameter, in the chosen syntax.
    const int row = qMax(0, m_parts->currentRow());
    const QString name = m_parts->item(row, 0) ? m_parts->item(row, 0)->text().trimmed() : QString();
    if (!name.isEmpty())
        m_parts->item(row, 1)->setText(macroFor(m_syntax->currentText(), name));
}

void LinkBuilderView::rebuild()
{
    QList<LinkPart> parts;
    for (int row = 0; row < m_parts->rowCount(); ++row) {
        const QTableWidgetItem* name = m_parts->item(row, 0);
        const QTableWidgetItem* value = m_parts->item(row, 1);
        if (name && value && !name->text().trimmed().isEmpty() && !value->text().isEmpty())
            parts.append({name->text(), value->text()});
    }
    if (m_base->text().trimmed().isEmpty()) {
        m_result->clear();
        m_notes->clear();
        return;
    }
    const BuiltLink built = buildTrackingLink(m_base->text(), parts);
    m_result->setText(built.url);
    m_notes->setText(built.notes.join(QLatin1Char('\n')));
}

void LinkBuilderView::fitPartsHeight()
{
    // Every row of the table in sight, with its header: the splitter above leaves it that much.
    const int frame = 2 * m_parts->frameWidth();
    m_parts->setMinimumHeight(m_parts->horizontalHeader()->sizeHint().height() + m_parts->verticalHeader()->length()
                              + frame);
}

void LinkBuilderView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild(); // the notes, in the new language
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitPartsHeight();
    }
    QWidget::changeEvent(event);
}

void LinkBuilderView::retranslate()
{
    m_baseLabel->setText(tr("Offer or tracker URL"));
    m_base->setPlaceholderText(QStringLiteral("https://tracker.example/click?offer=12"));
    m_parts->setHorizontalHeaderLabels({tr("Parameter"), tr("Value or macro")});
    m_syntaxLabel->setText(tr("Macro syntax"));
    m_macro->setText(tr("Macro for the selected row"));
    m_macro->setToolTip(tr("Puts the selected parameter's macro in this syntax as its value, e.g. {subid}"));
    m_resultLabel->setText(tr("Tracking link"));
    m_trace->setText(tr("Trace this link"));
    m_qaLabel->setText(tr("QA click"));
    m_qa->setText(tr("Trace with a fresh test click ID"));
    m_qa->setToolTip(tr("Puts a new, recognisable click ID (qa-date-code) into the chosen parameter, traces the link, "
                        "and says whether it reached the landing page intact."));
}

} // namespace pbw::ui
