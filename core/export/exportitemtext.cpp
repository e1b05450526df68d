#include "export/exportitemtext.h"

#include <QCoreApplication>

namespace pbw {

QString redactionItemText(const RedactionItem& item)
{
    QString place;
    switch (item.where) {
    case FoundSecret::Where::Query:
        place = QCoreApplication::translate("pbw::Export", "%1 in the URL").arg(item.name);
        break;
    case FoundSecret::Where::Form:
        place = QCoreApplication::translate("pbw::Export", "%1 in the form body").arg(item.name);
        break;
    case FoundSecret::Where::RequestHeader:
        place = QCoreApplication::translate("pbw::Export", "%1 header").arg(item.name);
        break;
    case FoundSecret::Where::Json:
        place = QCoreApplication::translate("pbw::Export", "%1 in the JSON body").arg(item.name);
        break;
    case FoundSecret::Where::UserInfo:
        place = item.name.isEmpty()
            ? QCoreApplication::translate("pbw::Export", "user info in the URL")
            : QCoreApplication::translate("pbw::Export", "password of %1 in the URL").arg(item.name);
        break;
    }
    if (item.echoed > 0)
        place += QLatin1Char(' ')
            + QCoreApplication::translate("pbw::Export", "(and %n time(s) where the answer repeated it)", nullptr,
                                          item.echoed);
    return item.removedWhenSaved ? QCoreApplication::translate("pbw::Export", "%1 — never saved in the case").arg(place)
                                 : QCoreApplication::translate("pbw::Export", "%1 — found now").arg(place);
}

} // namespace pbw
