#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pbw {

// Dates and times as the window and pbw write them: ISO order in local time ("2026-12-07 00:38",
// "2026-12-07"), the same in every language — never a short locale form such as "12/7/26", which a
// reader on the other side of the world reads as another day.
QString dateTimeText(const QDateTime& when);
QString dateText(const QDate& day);

} // namespace pbw
