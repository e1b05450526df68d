#pragma once

// Every fuzz target needs a Qt core application (translations, resources, the event dispatcher some
// parsers touch) made once, before the first input.
#include <QCoreApplication>

namespace pbw::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "pbw-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

} // namespace pbw::fuzz
