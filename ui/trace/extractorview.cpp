#include "extractorview.h"

#include "analysis/clickids.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pbw::ui {

ExtractorView::ExtractorView(QWidget* parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_input(new QPlainTextEdit(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_timer(new QTimer(this))
{
    m_input->setObjectName(QStringLiteral("extractorInput"));
    m_input->setMaximumHeight(70);
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_table->setObjectName(QStringLiteral("extracted"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Names, platforms and kinds are short and shown whole; the value and the check share the rest.
    for (int column : {0, 2, 3})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle); // the whole value is in the tooltip
    m_hint->setWordWrap(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_input);
    layout->addWidget(m_table, 1);
    connect(m_input, &QPlainTextEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &ExtractorView::extract);
    retranslate();
}

void ExtractorView::setText(const QString& text)
{
    m_input->setPlainText(text);
    extract();
}

void ExtractorView::extract()
{
    m_timer->stop();
    const QList<TrackingParam> params = extractTrackingParams(m_input->toPlainText());
    m_table->setRowCount(int(params.size()));
    for (int row = 0; row < params.size(); ++row) {
        const TrackingParam& param = params.at(row);
        const QStringList cells{param.name, param.value, trackingPlatformName(param.platform),
                                trackingKindName(param.kind),
                                param.shapeOk ? trackingWhereText(param.where) : param.shapeNote};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == 4 && !param.shapeOk)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, column, item);
        }
    }
}

void ExtractorView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        extract();
    }
    QWidget::changeEvent(event);
}

void ExtractorView::retranslate()
{
    m_hint->setText(tr("Paste a URL — or any text with URLs in it — to list its click IDs and tracking parameters."));
    m_input->setPlaceholderText(QStringLiteral("https://shop.example/?gclid=…&utm_source=…"));
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Value"), tr("Platform"), tr("Kind"), tr("Check")});
}

} // namespace pbw::ui
