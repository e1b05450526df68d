#include "fileformat.h"

#include <QCoreApplication>

namespace pbw::batch {

namespace {

class Batch
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1251:
        return QStringLiteral("Windows-1251");
    }
    return {};
}

QString delimiterName(char delimiter)
{
    if (delimiter == '\t')
        return Batch::tr("tab");
    return QString(QLatin1Char(delimiter));
}

} // namespace pbw::batch
