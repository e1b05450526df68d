#pragma once

#include "batch/missingcheck.h"
#include "batchinput.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace pbw::cli {

// What pbw batch check reports: the files, the reconcile's missing conversions, and why they failed.
struct CheckReport
{
    const BatchInput* input = nullptr;
    const batch::Reconciliation* reconciliation = nullptr;
    const batch::MissingCheck* check = nullptr;
    QString templateUrl;
};

// The causes (count, money, what failed in words, examples), then the re-fire list's size.
QString checkText(const CheckReport& report);
// The same for scripts: {tracker, partner, template, missing, checked, with_callback, with_answer,
// causes: […], refire: […], not_refired: […]}.
QJsonObject checkJson(const CheckReport& report);
// The cause's name in a few words: "HTTP error · authentication · no answer logged".
QString causeTitle(const batch::CauseKey& key);

// The re-fire list as CSV for pbw batch send: key,line,method,url,payout,currency,why (UTF-8, RFC 4180:
// CRLF, fields with a comma, a quote or a line break quoted). Written whole or not at all.
Result<void, QString> writeRefireCsv(const QString& path, const QList<batch::RefireCandidate>& candidates);

} // namespace pbw::cli
