#pragma once

#include "analysis/finding.h"
#include "analysis/verdict.h"
#include "batch/reconcile.h"
#include "batch/refirecandidate.h"

#include <QList>
#include <QMap>
#include <QString>

namespace pbw::batch {

struct CheckOptions
{
    // The partner's approved template: each logged URL is matched against it, and the re-fired
    // callback is the template filled from the row. Empty: each logged URL is rebuilt by the checker.
    QString templateUrl;
    // Also explain the conversions the partner has with another payout or status (never re-fired: the
    // partner has them, a re-send would be a duplicate).
    bool includeDifferent = false;
};

// What groups the missing conversions: the verdict's layer and bucket, the first error the checker
// found in the logged callback, and what the log lacked or said instead of an answer.
struct CauseKey
{
    Verdict::Layer layer = Verdict::Layer::Unknown;
    Verdict::Bucket bucket = Verdict::Bucket::None;
    QString findingId; // the first error finding's id ("macro-literal"…), empty when the callback has none
    QString detail; // "no-callback", "no-answer", a transport failure's kind ("timeout"…), else empty

    friend bool operator==(const CauseKey&, const CauseKey&) = default;
};
size_t qHash(const CauseKey& key, size_t seed = 0);

// Missing conversions that failed for the same reason.
struct Cause
{
    CauseKey key;
    qint64 rows = 0;
    QMap<QString, Amount> money; // the rows' payouts (or, where a row has none, its callback's) per currency
    QList<qsizetype> examples; // tracker rows (ConversionTable indexes), up to examplesPerCause, file order
    Verdict verdict; // of the first example: summary and next step in words
    std::optional<Finding> firstError; // of the first example's callback
    QString why; // the cause in words, translated
};
inline constexpr qsizetype examplesPerCause = 3;

// A conversion left out of the re-fire list, and why.
struct NotRefired
{
    QString key;
    qint64 line = 0;
    QString reason; // translated
};

// Why the tracker's missing conversions failed, grouped, and the corrected callbacks to re-fire.
struct MissingCheck
{
    qint64 checked = 0; // tracker rows explained (missing, and with includeDifferent the different ones)
    qint64 withCallback = 0; // of those, rows whose log has the callback URL
    qint64 withAnswer = 0; // rows whose log has the partner's answer (or a transport failure)
    QList<Cause> causes; // most rows first
    // Each tracker row's cause (an index into causes), -1 for a row not checked: what the rows are
    // filtered by, a number a row with no lookup and no text (a million rows: 4 MB).
    QList<qint32> causeOfRow;
    QList<RefireCandidate> refire; // file order
    QList<NotRefired> notRefired; // file order
    QString templateError; // the template could not be read as a URL (nothing was filled from it)

    qint32 causeOf(qsizetype row) const { return row >= 0 && row < causeOfRow.size() ? causeOfRow.at(row) : -1; }
    // The corrected callback of the tracker row at that line of its file, or nullptr.
    const RefireCandidate* refireAtLine(qint64 line) const;
};

// Checks each missing conversion's logged callback (against the template, when given), judges its
// logged answer with the verdict (answers are judged once per distinct status, body and request
// errors), and builds its corrected callback. Rows are processed in parallel chunks.
MissingCheck checkMissing(const ConversionTable& tracker, const Reconciliation& reconciliation,
                          const CheckOptions& options = {});

} // namespace pbw::batch
