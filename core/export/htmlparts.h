#pragma once

#include <QDateTime>
#include <QString>

namespace pbw::html {

// Text as text: markup, entities and broken characters can never become part of the page.
QString escaped(const QString& text);
// A time as the reports give it: UTC, then the reader's local time in their language ("—" when none).
QString when(const QDateTime& time);

} // namespace pbw::html
