#pragma once

#include "batch/csvreader.h"
#include "batch/missingcheck.h"
#include "batch/reconcile.h"

#include <QFuture>
#include <QTimeZone>
#include <memory>

namespace pbw::ui {

// One side of a reconcile as the tab reads it: the file and how (preset or chosen columns, zone).
struct BatchSideInput
{
    QString path;
    QString preset; // the preset's name, empty when columns are found by their names
    batch::ReadOptions options;
};

// What a reconcile gives the tab: both tables and the result, shared with the model and the CSV
// export without a copy; or the words of the file that could not be read.
struct ReconcileOutcome
{
    std::shared_ptr<const batch::ConversionTable> tracker;
    std::shared_ptr<const batch::ConversionTable> partner;
    std::shared_ptr<const batch::Reconciliation> result;
    // Why the missing ones failed (their logged callbacks checked, answers judged) and the corrected
    // callbacks to re-fire.
    std::shared_ptr<const batch::MissingCheck> check;
    QString trackerFile, partnerFile; // names, without their folders
    QString trackerPreset, partnerPreset; // empty: columns found by their names
    QString problem; // "partner.csv, line 12: …"; empty when it worked
    bool cancelled = false;
};

// Reads both files and reconciles them on a pool thread. The future reports progress from 0 to 1000
// (bytes read of both files) and stops reading when cancelled; nothing of a refused file is kept.
QFuture<ReconcileOutcome> reconcileInBackground(const BatchSideInput& tracker, const BatchSideInput& partner);

} // namespace pbw::ui
