#include "batchinput.h"

#include "batch/batchpresets.h"
#include "batch/csvreader.h"
#include "batch/timetexts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <unistd.h>

namespace pbw::cli {

using namespace pbw::batch;

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

Result<ReadOptions, QString> optionsFor(const QString& presetName, const QString& map, const QString& mapOption,
                                        const QTimeZone& zone)
{
    ReadOptions options;
    options.zone = zone;
    if (!presetName.isEmpty()) {
        const BatchPreset* preset = BatchPresets::builtIn().find(presetName);
        if (!preset)
            return Pbw::tr("Unknown preset \"%1\": use %2.")
                .arg(presetName, BatchPresets::builtIn().names().join(QStringLiteral(", ")));
        options.mapping = preset->mapping;
        options.slashDayFirst = preset->slashDayFirst;
    }
    if (!map.isEmpty()) {
        const auto explicitMapping = ColumnMapping::fromSpec(map);
        if (!explicitMapping)
            return QStringLiteral("--%1: %2").arg(mapOption, explicitMapping.error());
        options.mapping = options.mapping.overriddenBy(*explicitMapping);
    }
    return options;
}

Result<ConversionTable, QString> readSide(const QString& path, ReadOptions options)
{
    // At a terminal, a progress line on standard error while a big file is read (a tenth of the
    // work at a time, so a small file prints nothing but its end).
    if (::isatty(::fileno(stderr)) == 1) {
        const QString name = QFileInfo(path).fileName();
        options.progress = [name, last = -1](qint64 done, qint64 total) mutable {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (percent / 10 != last / 10 || percent == 100) {
                last = percent;
                std::fprintf(stderr, "\r%s", qPrintable(Pbw::tr("Reading %1: %2%").arg(name).arg(percent)));
                if (percent == 100)
                    std::fprintf(stderr, "\r\033[K");
                std::fflush(stderr);
            }
            return true;
        };
    }
    QFile file(path);
    if (!QFileInfo::exists(path))
        return Pbw::tr("%1: there is no such file.").arg(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Pbw::tr("%1: the file cannot be read: %2")
            .arg(path, QFileInfo(path).isFile() ? file.errorString() : Pbw::tr("not a file"));
    auto table = readConversions(&file, options);
    if (!table)
        return table.error().message(QFileInfo(path).fileName());
    return std::move(*table);
}

} // namespace

BatchInputOptions::BatchInputOptions()
    : trackerPreset(QStringLiteral("tracker-preset"),
                    Pbw::tr("The tool the tracker's file comes from: %1.")
                        .arg(BatchPresets::builtIn().names().join(QStringLiteral(", "))),
                    QStringLiteral("NAME"))
    , partnerPreset(QStringLiteral("partner-preset"),
                    Pbw::tr("The tool the partner's report comes from: %1.")
                        .arg(BatchPresets::builtIn().names().join(QStringLiteral(", "))),
                    QStringLiteral("NAME"))
    , mapTracker(QStringLiteral("map-tracker"),
                 Pbw::tr("Columns of the tracker's file, as field=column pairs separated by commas "
                         "(click_id=subid,payout=revenue; #3 is the third column). Fields: click_id, transaction_id, "
                         "payout, currency, status, time, postback_url, answer_status, answer_body, goal."),
                 QStringLiteral("MAP"))
    , mapPartner(QStringLiteral("map-partner"), Pbw::tr("Columns of the partner's report, as for --map-tracker."),
                 QStringLiteral("MAP"))
    , zone(QStringLiteral("zone"),
           Pbw::tr("The time zone of times written without one: Europe/Moscow, UTC, +03:00 (default UTC)."),
           QStringLiteral("ZONE"))
{
}

void BatchInputOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({trackerPreset, partnerPreset, mapTracker, mapPartner, zone});
}

Result<BatchInput, QString> readBatchInput(const QCommandLineParser& parser, const BatchInputOptions& options,
                                           const QString& trackerFile, const QString& partnerFile)
{
    BatchInput input;
    input.trackerFile = trackerFile;
    input.partnerFile = partnerFile;
    input.trackerPreset = parser.value(options.trackerPreset);
    input.partnerPreset = parser.value(options.partnerPreset);
    if (parser.isSet(options.zone)) {
        const std::optional<QTimeZone> found = zoneFromText(parser.value(options.zone));
        if (!found)
            return Pbw::tr("Unknown time zone \"%1\": use a name such as Europe/Moscow, or an offset such as +03:00.")
                .arg(parser.value(options.zone));
        input.zone = *found;
    }
    const auto trackerOptions = optionsFor(input.trackerPreset, parser.value(options.mapTracker),
                                           options.mapTracker.names().constFirst(), input.zone);
    if (!trackerOptions)
        return trackerOptions.error();
    const auto partnerOptions = optionsFor(input.partnerPreset, parser.value(options.mapPartner),
                                           options.mapPartner.names().constFirst(), input.zone);
    if (!partnerOptions)
        return partnerOptions.error();
    auto tracker = readSide(trackerFile, *trackerOptions);
    if (!tracker)
        return tracker.error();
    auto partner = readSide(partnerFile, *partnerOptions);
    if (!partner)
        return partner.error();
    input.tracker = std::move(*tracker);
    input.partner = std::move(*partner);
    return input;
}

} // namespace pbw::cli
