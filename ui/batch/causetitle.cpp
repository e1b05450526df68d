#include "causetitle.h"

#include "text/verdicttext.h"

namespace pbw::ui {

QString causeTitle(const batch::Cause& cause)
{
    QString title = verdictSymbol(cause.verdict.layer) + u' ' + verdictHeadline(cause.verdict);
    if (cause.firstError)
        title += QStringLiteral(" [%1]").arg(cause.firstError->id);
    return title;
}

} // namespace pbw::ui
