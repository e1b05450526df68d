// The Conversions API event reader, preparation (normalisation and hashing) and validation, and one
// customer value normalised under the key the first byte picks.
#include "capi/capiprepare.h"
#include "capi/capivalidation.h"
#include "capi/fbc.h"
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
    }
    if (size > 0) {
        static const char* keys[]
            = {"em", "ph", "fn", "ln", "ge", "db", "ct", "st", "zp", "country", "external_id", "fbc"};
        const QString value = QString::fromUtf8(bytes.mid(1));
        pbw::normalizeUserData(QString::fromLatin1(keys[data[0] % 12]), value);
        pbw::checkFbc(value, now);
        pbw::buildFbc(value, now);
    }
    return 0;
}
