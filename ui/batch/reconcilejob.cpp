#include "reconcilejob.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

namespace pbw::ui {

using namespace pbw::batch;

namespace {

class BatchRead
{
    Q_DECLARE_TR_FUNCTIONS(BatchRead)
};

// One file: its table, or the problem in words that name the file and the line.
Result<ConversionTable, QString> readSide(BatchSideInput side, QPromise<ReconcileOutcome>& promise, qint64 before,
                                          qint64 all, bool* cancelled)
{
    const QFileInfo info(side.path);
    if (!info.exists())
        return BatchRead::tr("%1: there is no such file.").arg(side.path);
    QFile file(side.path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return BatchRead::tr("%1: the file cannot be read: %2")
            .arg(side.path, info.isFile() ? file.errorString() : BatchRead::tr("not a file"));
    side.options.progress = [&promise, before, all](qint64 done, qint64) {
        if (all > 0)
            promise.setProgressValue(int(std::min<qint64>(1000, (before + done) * 1000 / all)));
        return !promise.isCanceled();
    };
    auto table = readConversions(&file, side.options);
    if (!table) {
        *cancelled = table.error().kind == ReadProblem::Kind::Cancelled;
        return table.error().message(info.fileName(), true);
    }
    return std::move(*table);
}

} // namespace

QFuture<ReconcileOutcome> reconcileInBackground(const BatchSideInput& tracker, const BatchSideInput& partner)
{
    return QtConcurrent::run([tracker, partner](QPromise<ReconcileOutcome>& promise) {
        promise.setProgressRange(0, 1000);
        const qint64 trackerSize = QFileInfo(tracker.path).size();
        const qint64 all = trackerSize + QFileInfo(partner.path).size();
        ReconcileOutcome outcome;
        auto trackerTable = readSide(tracker, promise, 0, all, &outcome.cancelled);
        if (!trackerTable) {
            outcome.problem = trackerTable.error();
            promise.addResult(outcome);
            return;
        }
        auto partnerTable = readSide(partner, promise, trackerSize, all, &outcome.cancelled);
        if (!partnerTable) {
            outcome.problem = partnerTable.error();
            promise.addResult(outcome);
            return;
        }
        auto trackerShared = std::make_shared<const ConversionTable>(std::move(*trackerTable));
        auto partnerShared = std::make_shared<const ConversionTable>(std::move(*partnerTable));
        outcome.result = std::make_shared<const Reconciliation>(reconcile(*trackerShared, *partnerShared));
        outcome.check = std::make_shared<const MissingCheck>(checkMissing(*trackerShared, *outcome.result));
        outcome.tracker = std::move(trackerShared);
        outcome.partner = std::move(partnerShared);
        outcome.trackerFile = QFileInfo(tracker.path).fileName();
        outcome.partnerFile = QFileInfo(partner.path).fileName();
        outcome.trackerPreset = tracker.preset;
        outcome.partnerPreset = partner.preset;
        promise.setProgressValue(1000);
        promise.addResult(outcome);
    });
}

} // namespace pbw::ui
