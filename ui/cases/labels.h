#pragma once

#include <QLabel>

namespace pbw::ui {

// A section title in the case views: the label's own font, bold.
inline QLabel* makeBold(QLabel* label)
{
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

inline QLabel* boldLabel()
{
    return makeBold(new QLabel);
}

} // namespace pbw::ui
