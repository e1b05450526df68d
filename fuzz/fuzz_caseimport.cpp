// The importers of outside files: a case file (.pbcase) and a HAR, as dropped on the window or given
// to pbw case import.
#include "export/casefile.h"
#include "export/har.h"
#include "fuzzmain.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    pbw::fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    pbw::readCaseFile(bytes);
    if (const auto entries = pbw::readHar(bytes); entries.ok()) {
        QList<qsizetype> all;
        for (qsizetype i = 0; i < entries.value().size(); ++i)
            all.append(i);
        pbw::exchangesToImport(entries.value(), all, pbw::StoredExchange::Role::Other);
    }
    return 0;
}
