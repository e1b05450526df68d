#include "groupchart.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

namespace pbw::ui {

using namespace pbw::batch;

namespace {

// The order a buyer reads them in, as pbw prints them: what is fine, what is lost, what differs.
constexpr MatchGroup shownGroups[] = {MatchGroup::Credited, MatchGroup::MissingAtPartner, MatchGroup::PayoutDifferent,
                                      MatchGroup::StatusDifferent, MatchGroup::ExtraAtPartner};

} // namespace

GroupChart::GroupChart(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void GroupChart::setCounts(const std::array<qint64, matchGroupCount>& rows)
{
    m_rows = rows;
    update();
}

QColor GroupChart::colorOf(MatchGroup group)
{
    switch (group) {
    case MatchGroup::Credited:
        return QColor(0x3c, 0x9a, 0x5f);
    case MatchGroup::MissingAtPartner:
        return QColor(0xc8, 0x3c, 0x3c);
    case MatchGroup::PayoutDifferent:
        return QColor(0xe0, 0x9a, 0x2a);
    case MatchGroup::StatusDifferent:
        return QColor(0xd0, 0x7a, 0x20);
    case MatchGroup::ExtraAtPartner:
        break;
    }
    return QColor(0x4a, 0x78, 0xc0);
}

QSize GroupChart::sizeHint() const
{
    const int line = fontMetrics().height() + 6;
    return {420, line * matchGroupCount + 4};
}

QSize GroupChart::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

void GroupChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height() + 6;
    int nameWidth = 0;
    int countWidth = 0;
    qint64 largest = 1;
    const QLocale locale;
    for (const MatchGroup group : shownGroups) {
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(matchGroupName(group)) + 4);
        countWidth = std::max(countWidth, metrics.horizontalAdvance(locale.toString(m_rows[size_t(group)])));
        largest = std::max(largest, m_rows[size_t(group)]);
    }
    nameWidth = std::min(nameWidth, width() * 3 / 5);
    const int barLeft = nameWidth + 10;
    const int barSpace = std::max(10, width() - barLeft - countWidth - 10);
    int y = 2;
    for (const MatchGroup group : shownGroups) {
        const qint64 rows = m_rows[size_t(group)];
        const QRect nameRect(0, y, nameWidth, line);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(nameRect, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(matchGroupName(group), Qt::ElideRight, nameWidth));
        const int length = rows > 0 ? std::max(2, int(double(rows) / double(largest) * barSpace)) : 0;
        const QRectF bar(barLeft, y + 3, length, line - 6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colorOf(group));
        painter.drawRoundedRect(bar, 2, 2);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(barLeft + length + 6, y, countWidth + 4, line), Qt::AlignLeft | Qt::AlignVCenter,
                         locale.toString(rows));
        y += line;
    }
}

void GroupChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace pbw::ui
