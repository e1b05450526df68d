#include "caseexport.h"

#include "analysis/verdict.h"
#include "casecommand.h"
#include "caseedits.h"
#include "cliapp.h"
#include "clicontext.h"
#include "commandline.h"
#include "console.h"
#include "export/casefile.h"
#include "export/exportformat.h"
#include "export/exportredaction.h"
#include "export/har.h"
#include "export/htmlreport.h"
#include "export/importfile.h"
#include "keychainwait.h"
#include "secrets/secretkeeper.h"
#include "store/casestore.h"
#include "util/helperlocator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSaveFile>
#include <cstdio>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

bool writeOut(const QString& path, const QByteArray& bytes, QString* error)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Pbw::tr("\"%1\" cannot be written: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

// The kept values of the bundle's secrets, read back from the keychain (--no-redact).
CaseBundle withSecretsFromKeychain(const CaseBundle& bundle)
{
    QHash<int, QList<FoundSecret>> values;
    int missing = 0;
    QString problem;
    waitForKeychain([&](SecretStore& keychain, SecretsDone finished) {
        readKeptSecrets(keychain, bundle,
                        [&, finished](const QHash<int, QList<FoundSecret>>& kept, int lost, const QString& why) {
                            values = kept;
                            missing = lost;
                            problem = why;
                            finished({});
                        });
    });
    if (missing > 0)
        printError(Pbw::tr("%n secret value(s) were not in the keychain and stay [redacted].", "", missing) + u' '
                   + problem);
    return withKeptSecrets(bundle, values);
}

// Numbers like "1,3-5" (1-based), each within count.
std::optional<QList<qsizetype>> entryNumbers(const QString& text, qsizetype count)
{
    QList<qsizetype> out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList range = part.split(u'-');
        bool okFirst = false;
        bool okLast = false;
        const qsizetype first = range.value(0).trimmed().toLongLong(&okFirst);
        const qsizetype last = range.size() == 2 ? range.value(1).trimmed().toLongLong(&okLast) : first;
        if (!okFirst || (range.size() == 2 && !okLast) || range.size() > 2 || first < 1 || last < first || last > count)
            return std::nullopt;
        for (qsizetype n = first; n <= last; ++n)
            out.append(n - 1);
    }
    return out;
}

// Lays the report out as a PDF in the pbw-pdf helper (next to pbw, or where it is installed).
bool runPdfHelper(const QString& html, const QString& title, const QString& output, QString* error)
{
    QString helper = findHelper(Helper::PdfWriter);
    if (helper.isEmpty())
        helper = helperCandidates(Helper::PdfWriter).constLast(); // its failure to start says where it was looked for
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(helper, {QStringLiteral("--title"), title, QStringLiteral("--output"), output});
    if (!process.waitForStarted(10'000)) {
        *error = Pbw::tr("The PDF helper %1 could not be started: %2").arg(helper, process.errorString());
        return false;
    }
    process.write(html.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = Pbw::tr("The PDF could not be written to %1.").arg(output);
        return false;
    }
    return true;
}

} // namespace

int runCaseExport(const QStringList& arguments, const QCommandLineParser& parser, const CaseOptions& o)
{
    bool ok = false;
    const qint64 id = arguments.value(0).toLongLong(&ok);
    if (arguments.size() != 1 || !ok)
        return badInput(Pbw::tr("Use \"pbw case export ID --format case|har|html|pdf|curl [-o FILE]\"."));
    const QString format = parser.isSet(o.format) ? parser.value(o.format) : QStringLiteral("case");
    if (!exportFormatFromKey(format))
        return badInput(Pbw::tr("Unknown format \"%1\": use case, har, html, pdf or curl.").arg(format));
    const QString output = parser.value(o.output);
    const auto store = openStore(parser.value(o.db), o.context);
    if (!store)
        return BadInput;
    auto bundle = bundleOf(*store, id, parser.isSet(o.noRedact));
    if (!bundle)
        return storeFailed(bundle.error());

    if (parser.isSet(o.noRedact)) {
        printError(Pbw::tr("Not redacted: the export holds the tokens and passwords the keychain kept. Send it "
                           "to no one you would not give them to."));
        *bundle = withSecretsFromKeychain(*bundle);
    } else {
        const SecretNames names = store->secretNames();
        const QList<RedactionItem> items = redactionItems(*bundle, names);
        int foundNow = 0;
        int echoed = 0;
        for (const RedactionItem& item : items) {
            foundNow += item.removedWhenSaved ? 0 : 1;
            echoed += item.echoed;
        }
        *bundle = redactedForExport(*bundle, names, parser.values(o.redact));
        if (!items.isEmpty() || parser.isSet(o.redact))
            printError(Pbw::tr("Redacted: %1 removed when saved, %2 found now, %3 marked by you.")
                           .arg(items.size() - foundNow)
                           .arg(foundNow)
                           .arg(parser.values(o.redact).size())
                       + (echoed > 0 ? QLatin1Char(' ')
                                  + Pbw::tr("The answers repeated them %n time(s); removed there too.", nullptr, echoed)
                                     : QString()));
    }

    if (format == QLatin1String("pdf")) {
        if (output.isEmpty() || output == QLatin1String("-"))
            return badInput(Pbw::tr("A PDF needs a file: add -o FILE.pdf."));
        QString error;
        if (!runPdfHelper(htmlReport(*bundle, QDateTime::currentDateTimeUtc()), bundle->record.title, output, &error)) {
            printError(error);
            return ProblemFound;
        }
        printError(Pbw::tr("Case #%1 exported to %2 (%3).").arg(id).arg(output, format));
        return Ok;
    }
    const QByteArray bytes = exportBytes(*bundle, *exportFormatFromKey(format), QDateTime::currentDateTimeUtc());
    QString error;
    if (!writeOut(output, bytes, &error)) {
        printError(error);
        return ProblemFound;
    }
    if (!output.isEmpty() && output != QLatin1String("-"))
        printError(Pbw::tr("Case #%1 exported to %2 (%3).").arg(id).arg(output, format));
    return Ok;
}

int runCaseImport(const QStringList& arguments, const QCommandLineParser& parser, const CaseOptions& o)
{
    if (arguments.size() != 1)
        return badInput(Pbw::tr("Use \"pbw case import FILE [--into ID]\"."));
    const QString path = arguments.first();
    const auto role = roleFromKey(parser.isSet(o.role) ? parser.value(o.role) : QStringLiteral("other"));
    if (!role)
        return badInput(Pbw::tr("Unknown role \"%1\".").arg(parser.value(o.role)));
    auto read = importFile(path);
    if (!read)
        return badInput(Pbw::tr("\"%1\" was not imported. %2").arg(path, read.error().message()));
    const auto store = openStore(parser.value(o.db), o.context, CaseStore::Opening::CreateIfMissing);
    if (!store)
        return BadInput;
    const bool json = parser.isSet(o.json);

    // A case file becomes a new case; a HAR's entries go into a new case or --into one.
    if (read->kind == ImportedFile::Kind::CaseFile) {
        const CaseBundle& bundle = read->caseFile;
        if (parser.isSet(o.into))
            return badInput(Pbw::tr("A case file becomes a case of its own; --into is for HAR files."));
        const auto imported = store->importCase(bundle);
        if (!imported) {
            printError(imported.error().message());
            return ProblemFound;
        }
        if (json)
            printJson(
                {{QStringLiteral("id"), imported.value()}, {QStringLiteral("exchanges"), bundle.exchanges.size()}});
        else
            printOut(Pbw::tr("Case #%1 imported: %2 (%3 exchanges).")
                         .arg(imported.value())
                         .arg(bundle.record.title)
                         .arg(bundle.exchanges.size()));
        return Ok;
    }
    const HarFile& har = read->har;
    for (const HarLeftOut& left : har.leftOut)
        printError(Pbw::tr("Entry %1 of the HAR was left out: %2.").arg(left.index + 1).arg(left.reason));
    QList<qsizetype> chosen;
    if (parser.isSet(o.entries)) {
        const auto numbers = entryNumbers(parser.value(o.entries), har.entries.size());
        if (!numbers)
            return badInput(Pbw::tr("--entries takes numbers from 1 to %1, like 1,3-5.").arg(har.entries.size()));
        chosen = *numbers;
    } else {
        for (qsizetype i = 0; i < har.entries.size(); ++i)
            chosen.append(i);
    }
    qint64 caseId = 0;
    if (parser.isSet(o.into)) {
        caseId = parser.value(o.into).toLongLong();
        if (const auto into = store->caseById(caseId); !into)
            return storeFailed(into.error());
    }
    const int count = int(QSet<qsizetype>(chosen.cbegin(), chosen.cend()).size());
    // Written a batch at a time, each batch's entries released once written.
    const auto added = importHarInto(*store, std::move(read->har), chosen, *role, caseId,
                                     Pbw::tr("Imported from %1").arg(QFileInfo(path).fileName()));
    if (!added) {
        printError(added.error().message());
        return ProblemFound;
    }
    caseId = added.value();
    if (json)
        printJson({{QStringLiteral("id"), caseId}, {QStringLiteral("exchanges"), count}});
    else
        printOut(Pbw::tr("%n exchange(s) imported into case #%1.", "", count).arg(caseId));
    return Ok;
}

} // namespace pbw::cli
