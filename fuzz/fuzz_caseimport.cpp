// The importer of outside files (export/importfile.h): a case file (.pbcase) or a HAR, as dropped on
// the window or given to pbw case import, read through the one entry point; a HAR's requests then
// judged and checked for secrets as an import prepares them.
#include "export/importfile.h"
#include "fuzzmain.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    pbw::fuzz::ensureApplication();
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto read = pbw::importFile(&buffer);
    if (read && read->kind == pbw::ImportedFile::Kind::Har) {
        QList<qsizetype> all;
        for (qsizetype i = 0; i < read->har.entries.size(); ++i)
            all.append(i);
        pbw::harImportBundle(read->har.entries, all, pbw::StoredExchange::Role::Other, {}, 0, QStringLiteral("fuzz"));
    }
    return 0;
}
