#pragma once

#include <QString>
#include <QStringList>

namespace pbw {

// Loads the product's catalogue and Qt's own for a language, replacing what was loaded before.
// "en", "ru", or empty for the system's language. Safe to call again at run time: every
// QCoreApplication gets a LanguageChange event and re-reads its texts.
class Language
{
public:
    static QStringList available(); // {"en", "ru"}
    static QString resolve(const QString& code); // empty → the system's, when we have it; else "en"
    static bool apply(const QString& code); // false when the code is not one of ours
    static QString current();
};

} // namespace pbw
