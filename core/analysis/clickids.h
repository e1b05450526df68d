#pragma once

#include "analysis/paramtable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pbw {

// What a tracking parameter is for.
enum class TrackingKind { ClickId, Tracker, SubId, Utm, Marker, Other };
QString trackingKindKey(TrackingKind kind); // "click-id", "tracker", "sub-id", "utm", "marker", "other"
QString trackingKindName(TrackingKind kind); // translated
// A parameter's platform as shown: its name ("Google Ads", "TikTok"), or for the generic ones that
// belong to none ("any" in resources/rules/clickids.json) the translated word.
QString trackingPlatformName(const QString& platform);
QString trackingWhereText(const QString& where); // translated: "in the query", "in the URL inside u"

struct TrackingParamInfo
{
    QString name; // as the table writes it
    QString platform;
    TrackingKind kind = TrackingKind::Other;
    QList<IdShape> shapes;
};

// One tracking parameter found in a URL.
struct TrackingParam
{
    QString name; // as it appeared
    QString value; // decoded
    QString platform;
    TrackingKind kind = TrackingKind::Other;
    QString where; // "query", "fragment", or "nested:u" (in a URL carried by the parameter u)
    bool shapeOk = true;
    QString shapeNote; // translated: "fbclid looks truncated: 12 characters"
};

// The table of tracking parameters (resources/rules/clickids.json, plus the user's own file).
class ClickIdTable
{
public:
    static const ClickIdTable& builtIn(); // the shipped table and the user's additions, loaded once
    static ClickIdTable fromJson(const QByteArray& json, QStringList* errors);
    void merge(const ClickIdTable& other); // other's entries win

    const TrackingParamInfo* find(QStringView name) const; // case-insensitive, then by prefix
    bool isNested(QStringView name) const; // a parameter whose value is often a whole URL
    qsizetype size() const { return m_params.size(); }

private:
    QList<TrackingParamInfo> m_params;
    QHash<QString, qsizetype> m_byLowerName;
    QList<TrackingParamInfo> m_prefixes; // name is the prefix
    QStringList m_nested;
};

// Every tracking parameter in a URL — query, fragment, and URLs nested in parameters (decoded
// once or twice) — or in every URL of a pasted text.
QList<TrackingParam> extractTrackingParams(const QString& text, const ClickIdTable& table = ClickIdTable::builtIn());
// Only the parameters of one URL (no search for URLs in text): what a trace compares hop by hop.
QList<TrackingParam> trackingParamsOfUrl(const QString& url, const ClickIdTable& table = ClickIdTable::builtIn());

} // namespace pbw
