#pragma once

#include "batch/conversiontable.h"
#include "util/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTimeZone>

namespace pbw::cli {

// The options of the two files a batch action reads (presets, column maps, the time zone).
struct BatchInputOptions
{
    BatchInputOptions();
    void addTo(QCommandLineParser& parser) const;

    QCommandLineOption trackerPreset, partnerPreset, mapTracker, mapPartner, zone;
};

// The tracker's file and the partner's, read as the options say.
struct BatchInput
{
    QString trackerFile, partnerFile;
    QString trackerPreset, partnerPreset;
    batch::ConversionTable tracker, partner;
    QTimeZone zone = QTimeZone::utc();
};

// Reads both files; the message (naming the file and the line) when an option or a file is wrong.
Result<BatchInput, QString> readBatchInput(const QCommandLineParser& parser, const BatchInputOptions& options,
                                           const QString& trackerFile, const QString& partnerFile);

} // namespace pbw::cli
