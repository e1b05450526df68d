#include "text/hoptext.h"

#include "trace/redirectscan.h"

#include <QCoreApplication>

namespace pbw {

namespace {

class HopWords
{
    Q_DECLARE_TR_FUNCTIONS(HopWords)
};

} // namespace

std::optional<HopText> hopText(StoredExchange::Role role, const Exchange& exchange)
{
    if (role != StoredExchange::Role::ReferenceClick || !exchange.response)
        return std::nullopt;
    const int status = exchange.response->status;
    const RedirectFound next = findRedirect(exchange);
    if (next.kind != HopKind::Final && !next.target.isEmpty()) {
        HopText hop;
        hop.redirect = true;
        hop.symbol = QStringLiteral("↪");
        hop.headline = HopWords::tr("Redirect to %1").arg(next.target);
        hop.summary = HopWords::tr("A hop of the click's way: the server answered %1 and sent the browser on (%2). A "
                                   "redirect is how a click travels; it is not an error.")
                          .arg(status)
                          .arg(hopKindName(next.kind));
        return hop;
    }
    if (status >= 200 && status < 300) {
        HopText hop;
        hop.symbol = QStringLiteral("✓");
        hop.headline = HopWords::tr("Reached: the page answered %1").arg(status);
        hop.summary
            = HopWords::tr("The click's way ends here: the page answered %1, so the click reached it.").arg(status);
        return hop;
    }
    return std::nullopt;
}

} // namespace pbw
