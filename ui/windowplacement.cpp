#include "windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>
#include <QWindow>

namespace pbw::ui {

QRect placementIn(const QRect& available, const QSize& minimum)
{
    if (available.isEmpty())
        return {};
    const QSize share = (available.size() * 9 / 10).boundedTo(QSize(1600, 1000));
    const QSize size = share.expandedTo(minimum).boundedTo(available.size());
    return QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available);
}

void placeOnScreen(QWidget* window)
{
    const QScreen* screen = window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // The frame (title bar, borders) goes around the geometry set: when the platform knows it, it is
    // kept inside the screen too.
    QMargins frame;
    if (window->isVisible())
        frame = QMargins(window->geometry().left() - window->frameGeometry().left(),
                         window->geometry().top() - window->frameGeometry().top(),
                         window->frameGeometry().right() - window->geometry().right(),
                         window->frameGeometry().bottom() - window->geometry().bottom());
    else if (const QWindow* handle = window->windowHandle())
        frame = handle->frameMargins();
    const QRect available = screen->availableGeometry().marginsRemoved(frame);
    const QRect placed = placementIn(available, window->minimumSize());
    if (placed.isEmpty())
        return;
    window->setMinimumSize(window->minimumSize().boundedTo(placed.size()));
    window->setGeometry(placed);
}

} // namespace pbw::ui
