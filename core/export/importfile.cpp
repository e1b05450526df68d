#include "export/importfile.h"

#include "analysis/verdict.h"
#include "export/casefile.h"
#include "export/jsonspans.h"
#include "io/verdictjson.h"
#include "secrets/redaction.h"
#include "store/casestore.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <atomic>

namespace pbw {

namespace {

constexpr qint64 chunkBytes = 1 << 20;
constexpr int maxDepth = 512;

QString pathText(const JsonSplitter::Path& path)
{
    QString text;
    for (const JsonSplitter::Step& step : path) {
        if (step.index >= 0) {
            text += QStringLiteral("[%1]").arg(step.index);
        } else {
            if (!text.isEmpty())
                text += u'.';
            text += QString::fromUtf8(step.key);
        }
    }
    return text;
}

} // namespace

Result<ImportedFile, ImportProblem> importFile(QIODevice* device, const ImportControl& control)
{
    using Kind = ImportProblem::Kind;
    using Take = JsonSplitter::Take;
    const qint64 total = device->isSequential() ? 0 : device->size();
    if (total > maxImportFileBytes)
        return ImportProblem::of(Kind::TooLarge);
    const auto isCancelled = [&control] {
        return control.cancelled && control.cancelled();
    };

    // Which file it is: told by the first of the root's keys that one of the two formats has.
    enum class Sniffed { Unknown, CaseFile, Har };
    Sniffed sniffed = Sniffed::Unknown;
    CaseFileParts caseFile;
    HarParts har;
    bool cancelled = false;
    JsonSplitter splitter(
        [&](const JsonSplitter::Path& where, char first) -> Take {
            if (where.isEmpty())
                return {first == '{' ? Take::Descend : Take::Skip, 0};
            if (sniffed == Sniffed::Unknown) {
                if (where.first().key == "log")
                    sniffed = Sniffed::Har;
                else if (CaseFileParts::isCaseFileKey(where.first().key))
                    sniffed = Sniffed::CaseFile;
                else
                    return {Take::Skip, 0};
            }
            return sniffed == Sniffed::Har ? har.take(where, first) : caseFile.take(where, first);
        },
        [&](const JsonSplitter::Path& where, QByteArray value) {
            if (isCancelled()) {
                cancelled = true;
                return false;
            }
            if (sniffed == Sniffed::Har)
                har.add(where, value);
            else
                caseFile.add(where, value);
            return true;
        },
        maxDepth);

    qint64 done = 0;
    for (;;) {
        if (isCancelled())
            return ImportProblem::of(Kind::Cancelled);
        const QByteArray chunk = device->read(chunkBytes);
        if (chunk.isEmpty())
            break;
        done += chunk.size();
        if (done > maxImportFileBytes)
            return ImportProblem::of(Kind::TooLarge);
        if (!splitter.feed(chunk))
            break;
        if (control.progress)
            control.progress(done, total);
    }
    if (cancelled || isCancelled())
        return ImportProblem::of(Kind::Cancelled);
    if (splitter.stop() == JsonSplitter::Stop::None)
        splitter.finish();
    switch (splitter.stop()) {
    case JsonSplitter::Stop::None:
        break;
    case JsonSplitter::Stop::NotJson:
    case JsonSplitter::Stop::Stopped:
        return ImportProblem::of(Kind::NotJson, ImportProblem::tr("at byte %1").arg(splitter.offset()));
    case JsonSplitter::Stop::TooDeep:
        return ImportProblem::of(Kind::NotJson, ImportProblem::tr("nested deeper than %1 levels").arg(maxDepth));
    case JsonSplitter::Stop::TooLarge:
        return ImportProblem::of(Kind::FieldTooLarge, pathText(splitter.stoppedAt()));
    }

    ImportedFile file;
    if (sniffed == Sniffed::Har) {
        auto read = har.finish();
        if (!read)
            return read.error();
        file.kind = ImportedFile::Kind::Har;
        file.har = std::move(*read);
        return file;
    }
    if (sniffed == Sniffed::CaseFile) {
        auto read = caseFile.finish();
        if (!read)
            return read.error();
        file.kind = ImportedFile::Kind::CaseFile;
        file.caseFile = std::move(*read);
        return file;
    }
    return ImportProblem::of(Kind::NotOurs);
}

Result<ImportedFile, ImportProblem> importFile(const QString& path, const ImportControl& control)
{
    if (QFileInfo(path).size() > maxImportFileBytes)
        return ImportProblem::of(ImportProblem::Kind::TooLarge);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportProblem::of(ImportProblem::Kind::Unreadable, file.errorString());
    return importFile(&file, control);
}

Result<ImportedFile, ImportProblem> importBytes(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importFile(&buffer);
}

std::optional<CaseBundle> harImportBundle(const QList<HarEntry>& entries, const QList<qsizetype>& chosen,
                                          StoredExchange::Role role, const SecretNames& names, qint64 intoCase,
                                          const QString& newCaseTitle, const std::function<bool()>& cancelled)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::atomic_bool stopped = false;
    QList<StoredExchange> exchanges = QtConcurrent::blockingMapped<QList<StoredExchange>>(chosen, [&](qsizetype index) {
        StoredExchange stored;
        if (stopped.load(std::memory_order_relaxed) || (cancelled && cancelled())) {
            stopped = true;
            return stored;
        }
        const Exchange& exchange = entries.at(index).exchange;
        stored.role = entries.at(index).role.value_or(role);
        stored.note = entries.at(index).note.value_or(entries.at(index).comment);
        stored.saved = now;
        // As CaseStore::addExchange keeps one: judged as it was, then redacted, the secrets' places recorded.
        stored.data = QJsonObject{{QStringLiteral("verdict"), verdictToJson(judgeExchange(exchange))}};
        const Redacted redacted = redact(exchange, names);
        stored.data = stored.dataWith(redacted.exchange, redacted.secrets);
        return stored;
    });
    if (stopped || (cancelled && cancelled()))
        return std::nullopt;
    CaseBundle bundle;
    bundle.record.title = newCaseTitle;
    bundle.record.created = now;
    bundle.record.updated = now;
    for (qsizetype i = 0; i < exchanges.size(); ++i)
        exchanges[i].id = i + 1;
    bundle.exchanges = std::move(exchanges);
    bundle.record.exchangeCount = int(bundle.exchanges.size());
    bundle.secretsChecked = true;
    bundle.intoCase = intoCase;
    return bundle;
}

Result<qint64, StoreError> importHarInto(CaseStore& store, HarFile&& har, const QList<qsizetype>& chosen,
                                         StoredExchange::Role role, qint64 intoCase, const QString& newCaseTitle,
                                         const std::function<bool()>& cancelled)
{
    // Each entry once, so that an entry written can be released.
    QList<qsizetype> order;
    QSet<qsizetype> seen;
    for (const qsizetype index : chosen) {
        if (index >= 0 && index < har.entries.size() && !seen.contains(index)) {
            seen.insert(index);
            order.append(index);
        }
    }
    const SecretNames names = store.secretNames();
    const auto header = harImportBundle(har.entries, {}, role, names, intoCase, newCaseTitle);
    constexpr qsizetype batchSize = 500;
    qsizetype next = 0;
    return store.importCase(*header, [&]() -> std::optional<QList<StoredExchange>> {
        const QList<qsizetype> batch = order.mid(next, batchSize);
        next += batch.size();
        if (batch.isEmpty())
            return QList<StoredExchange>();
        auto prepared = harImportBundle(har.entries, batch, role, names, intoCase, newCaseTitle, cancelled);
        for (const qsizetype index : batch)
            har.entries[index] = HarEntry(); // written next: the entry is not needed any more
        if (!prepared)
            return std::nullopt;
        return std::move(prepared->exchanges);
    });
}

} // namespace pbw
