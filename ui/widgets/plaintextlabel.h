#pragma once

#include <QLabel>

namespace pbw::ui {

// A label that wraps and always shows its text as text, never as markup: partners' answers and
// users' values reach labels, and a label would otherwise guess "rich text" from a leading tag.
inline QLabel* plainTextLabel(QWidget* parent, const QString& objectName = {}, const QString& text = {})
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace pbw::ui
