// The batch reader (batch/csvreader.h) on any bytes, with the generic columns and with a preset's: it
// reads or refuses, never crashes; a refusal names a line inside the input; a table's rows are in file
// order and their lines inside it; reconcile of the table with itself credits every row that has a
// click ID.
#include "batch/batchpresets.h"
#include "batch/csvreader.h"
#include "batch/reconcile.h"
#include "fuzzmain.h"

#include <QBuffer>
#include <cstdlib>

namespace {

using namespace pbw::batch;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void check(const QByteArray& bytes, const ReadOptions& options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto table = readConversions(&buffer, options);
    const qint64 lines = bytes.count('\n') + bytes.count('\r') + 2;
    if (!table) {
        require(table.error().line >= 0 && table.error().line <= lines);
        require(!table.error().message(QStringLiteral("f.csv")).isEmpty());
        return;
    }
    qint64 previous = 0;
    for (qsizetype i = 0; i < table->size(); ++i) {
        require(table->line(i) > previous && table->line(i) <= lines);
        previous = table->line(i);
        const ConversionRow row = table->row(i);
        require(row.clickId == table->clickId(i));
    }
    const Reconciliation self = reconcile(*table, *table);
    require(self.trackerRows() == table->size() && self.partnerRows() == table->size());
    for (qsizetype i = 0; i < table->size(); ++i) {
        if (!table->clickIdUtf8(i).isEmpty())
            require(self.partnerRow(i) >= 0);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    pbw::fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    check(bytes, ReadOptions{});
    ReadOptions keitaro;
    if (const BatchPreset* preset = BatchPresets::builtIn().find(u"keitaro"))
        keitaro.mapping = preset->mapping;
    keitaro.zone = QTimeZone("Europe/Moscow");
    check(bytes, keitaro);
    return 0;
}
