// The redirect scanner (a page's meta refresh, Refresh header, JavaScript location) and the click-ID
// extractor over the same bytes.
#include "analysis/clickids.h"
#include "fuzzmain.h"
#include "trace/redirectscan.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    pbw::fuzz::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    pbw::Exchange exchange;
    pbw::ReceivedResponse response;
    response.status = 200;
    response.text = text;
    response.headers.append({QByteArrayLiteral("Refresh"), text.left(200).toUtf8()});
    exchange.response = response;
    pbw::findRedirect(exchange);
    pbw::refreshTarget(text);
    pbw::extractTrackingParams(text);
    return 0;
}
