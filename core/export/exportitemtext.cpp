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
    }
    return item.removedWhenSaved ? QCoreApplication::translate("pbw::Export", "%1 — never saved in the case").arg(place)
                                 : QCoreApplication::translate("pbw::Export", "%1 — found now").arg(place);
}

} // namespace pbw
