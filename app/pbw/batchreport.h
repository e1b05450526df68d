#pragma once

#include "batch/conversiontable.h"
#include "batch/reconcile.h"

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

// What pbw shows of a time and of money (shared with the CSV): "2026-12-07 17:07:56 UTC",
// "… +03:00".
QString timeText(const std::optional<qint64>& msecs, const QTimeZone& zone);

// The same for a million rows: the zone's offset asked once an hour of times, the text made by hand.
class TimeTexts
{
public:
    explicit TimeTexts(QTimeZone zone)
        : m_zone(std::move(zone))
    {
    }
    QString text(const std::optional<qint64>& msecs);

private:
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByHour;
};
QString payoutText(const batch::ConversionTable& table, qsizetype row);

} // namespace pbw::cli
