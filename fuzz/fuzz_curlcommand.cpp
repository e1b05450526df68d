// The curl command importer ("Copy as cURL (bash)" pasted into Replay or given to pbw --curl).
#include "fuzzmain.h"
#include "net/curlcommand.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    pbw::fuzz::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    pbw::looksLikeCurlCommand(text);
    if (const auto parsed = pbw::parseCurlCommand(text); parsed.ok())
        pbw::curlCommandFor(pbw::SentRequest{parsed.value().request.method,
                                             text,
                                             parsed.value().request.url,
                                             {},
                                             parsed.value().request.headers,
                                             parsed.value().request.body});
    return 0;
}
