#pragma once

#include "batch/conversiontable.h"
#include "batch/reconcile.h"
#include "batch/timetexts.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

namespace pbw::cli {

// One side of a reconcile as pbw reports it: the file as the user named it, the preset (or none).
struct ReportSide
{
    QString file;
    QString preset;
    const batch::ConversionTable* table = nullptr;
};

struct ReconcileReport
{
    ReportSide tracker;
    ReportSide partner;
    const batch::Reconciliation* result = nullptr;
    QTimeZone zone; // times are shown in it
};

// The groups with their counts and money, a few examples of each, and how each file was read.
QString reportText(const ReconcileReport& report);
// The same for scripts: {tracker, partner, groups: {credited: {rows, tracker_money, partner_money,
// examples: […]}, …}, all_credited}.
QJsonObject reportJson(const ReconcileReport& report);

// What pbw shows of a time (core/batch/timetexts.h, shared with the CSV and the window).
using batch::timeText;
using batch::TimeTexts;
QString payoutText(const batch::ConversionTable& table, qsizetype row);

} // namespace pbw::cli
