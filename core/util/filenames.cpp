#include "util/filenames.h"

namespace pbw {

QString safeFileName(const QString& proposed, const QString& fallback)
{
    const qsizetype slash = qMax(proposed.lastIndexOf(u'/'), proposed.lastIndexOf(u'\\'));
    QString name;
    for (const QChar c : QStringView(proposed).mid(slash + 1)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringView(u":*?\"<>|").contains(c))
            name += u'_';
        else
            name += c;
    }
    while (name.startsWith(u'.') || name.startsWith(u' '))
        name.remove(0, 1);
    name = name.left(120);
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    return name.isEmpty() ? fallback : name;
}

} // namespace pbw
