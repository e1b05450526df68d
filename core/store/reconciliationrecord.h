#pragma once

#include "batch/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pbw {

namespace batch {
class ConversionTable;
class Reconciliation;
struct Cause;
struct MissingCheck;
} // namespace batch

// A batch reconcile as a case keeps it: the two files, each group's rows and money and, when the
// batch check ran, why the missing conversions failed. Nothing in it is in a language: groups are
// named by key and each cause by its said (the program's words as data, told by text/causetext.h in
// the language of the reader), so the partner's report tells it in the reader's language.
struct ReconciliationRecord
{
    struct Group
    {
        QString key; // batch::matchGroupKey: "credited", "payout_different", "status_different", "missing", "extra"
        qint64 rows = 0;
        QMap<QString, batch::Amount> trackerMoney; // per currency ("" for a file without one)
        QMap<QString, batch::Amount> partnerMoney;

        friend bool operator==(const Group&, const Group&) = default;
    };
    // Missing conversions that failed for one reason.
    struct Cause
    {
        QJsonObject said; // batchCauseSaid()
        qint64 rows = 0;
        QMap<QString, batch::Amount> money;
        QStringList examples; // click IDs, at most batch::examplesPerCause, in file order

        friend bool operator==(const Cause&, const Cause&) = default;
    };

    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime made; // UTC; the store sets it when it is not given
    QString trackerFile; // the file's name, without its folder
    QString trackerPreset; // empty when the columns were found by their names
    QString partnerFile;
    QString partnerPreset;
    qint64 trackerRows = 0;
    qint64 partnerRows = 0;
    QList<Group> groups; // each group of batch::allMatchGroups, in that order

    bool checked = false; // the batch check ran: the numbers and causes below are known
    qint64 checkedRows = 0; // tracker rows explained
    qint64 withCallback = 0; // of those, rows whose log has the callback
    qint64 withAnswer = 0; // rows whose log has the partner's answer
    qint64 rebuilt = 0; // corrected callbacks the check built, to send again
    QList<Cause> causes; // most rows first

    friend bool operator==(const ReconciliationRecord&, const ReconciliationRecord&) = default;
};

// What a reconcile found, and, when check is given, why the missing ones failed; the files' names and
// presets are the caller's to fill in.
ReconciliationRecord reconciliationRecord(const batch::ConversionTable& tracker, const batch::Reconciliation& result,
                                          const batch::MissingCheck* check);

// A cause of the batch check as data: {"key": "batch-cause", "layer", "bucket", "finding" (the first
// error's id), "param" (the parameter it is in), "detail" ("no-callback", "no-answer", a transport
// failure's kind), "message" (the verdict's message key), "status" (the first example's logged
// HTTP status)}; empty values are left out.
QJsonObject batchCauseSaid(const batch::Cause& cause, int status);

} // namespace pbw
