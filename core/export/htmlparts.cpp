#include "export/htmlparts.h"

#include <QLocale>

namespace pbw::html {

QString escaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        case 0:
            out += QChar(0xFFFD);
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString when(const QDateTime& time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return escaped(time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))) + QStringLiteral(" (")
        + escaped(QLocale().toString(time.toLocalTime(), QLocale::LongFormat)) + QLatin1Char(')');
}

} // namespace pbw::html
