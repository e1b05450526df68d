#pragma once

#include <QRect>

class QWidget;

namespace pbw::ui {

// Where a window with no saved geometry opens: a comfortable share (9/10, at most 1600×1000) of the
// available area of the screen it opens on, at least `minimum` when that area allows, never larger
// than it, centred in it.
QRect placementIn(const QRect& available, const QSize& minimum);

// Sizes and centres `window` on its own screen (QWidget::screen()) with placementIn. On a screen
// smaller than the window's minimum size, the minimum is lowered to the screen, so that the window
// fits, and the frame, when the platform knows it already, stays inside the screen too. Call it when
// there is no saved geometry to restore (before show() is fine).
void placeOnScreen(QWidget* window);

} // namespace pbw::ui
