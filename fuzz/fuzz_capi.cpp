// The Conversions API event reader, preparation (normalisation and hashing) and validation — Meta's
// and every other platform's, with each platform's request body and its answer read — and one
// customer value normalised for every platform under the key the first byte picks.
#include "capi/capiprepare.h"
#include "capi/capivalidation.h"
#include "capi/fbc.h"
#include "capi/platformanswer.h"
#include "capi/platformcompare.h"
#include "capi/platformrequest.h"
#include "capi/platformvalidation.h"
#include "fuzzmain.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    pbw::fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1796000000, Qt::UTC);
    if (const auto events = pbw::parseCapiEvents(bytes); events.ok()) {
        const pbw::CapiPrepared prepared = pbw::prepareCapiEvents(events.value());
        pbw::validateCapiEvents(events.value(), now, &prepared);
        pbw::capiEventsToJson(prepared.events);
        for (const pbw::ConversionPlatform& platform : pbw::conversionPlatforms()) {
            pbw::validatePlatformEvents(platform, events.value(), now);
            pbw::platformPayload(platform, events.value(), pbw::PlatformSend{});
        }
    }
    // The bytes as any platform's answer, with a status the last byte picks.
    pbw::Exchange exchange;
    exchange.response.emplace();
    exchange.response->status = size > 0 ? 200 + (data[size - 1] % 4) * 100 : 200;
    exchange.response->body = bytes;
    for (const pbw::ConversionPlatform& platform : pbw::conversionPlatforms())
        pbw::readPlatformAnswer(platform, exchange, 2, size % 2 == 0).headline();
    if (size > 0) {
        static const char* keys[]
            = {"em", "ph", "fn", "ln", "ge", "db", "ct", "st", "zp", "country", "external_id", "fbc"};
        const QString value = QString::fromUtf8(bytes.mid(1));
        pbw::normalizeUserData(QString::fromLatin1(keys[data[0] % 12]), value);
        pbw::compareField({QString::fromLatin1(keys[data[0] % 12]), value}, pbw::allConversionPlatforms());
        pbw::checkFbc(value, now);
        pbw::buildFbc(value, now);
    }
    return 0;
}
