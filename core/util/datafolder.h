#pragma once

#include <QString>

namespace pbw {

// The folder both programs (the window and pbw) keep their data in: the user's answer rules, the
// case store. "<generic data location>/postback-workbench", e.g. ~/.local/share/postback-workbench.
QString dataFolder();

} // namespace pbw
