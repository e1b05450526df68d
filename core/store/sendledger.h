#pragma once

#include "store/casetypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pbw {

// One callback a batch re-fires, as the case's ledger keeps it. The ledger is what makes re-firing
// safe: a callback is written down before it is sent and its outcome after, so one already sent, or
// in flight when the program died, is never sent again unless the user names it. A conversion (its
// key: the click ID, with the transaction ID when there is one) has one entry per case, ever.
struct LedgerEntry
{
    enum class State {
        Planned, // written down, not sent yet
        Sending, // handed to the network: it may have arrived (in flight when a run died)
        Sent, // answered; the verdict says whether it was credited
        Failed, // no answer after the retries (or a refusal that retrying cannot change)
        Skipped, // left out by the user (or stopped before its turn and not wanted again)
    };

    qint64 id = 0;
    qint64 caseId = 0;
    QString key; // the conversion: click ID, or "click ID / transaction ID"
    QString batch; // the run that planned it (a name the user recognises: the file, the date)
    QString method = QStringLiteral("GET");
    QString url; // redacted: the run's file gives the URL to send
    State state = State::Planned;
    int attempts = 0;
    QDateTime planned; // UTC
    QDateTime started; // the last attempt, UTC
    QDateTime finished; // UTC
    int status = 0; // the answer's HTTP status, 0 without one
    QString layer; // the verdict's layer key ("ok", "business"…), empty before an answer
    QString error; // a transport error's words, or the verdict's summary
    qint64 exchangeId = 0; // the exchange kept in the case for the last attempt

    bool mayBeSent() const { return state == State::Planned; }
};

QString ledgerStateKey(LedgerEntry::State state); // "planned", "sending", "sent", "failed", "skipped"
std::optional<LedgerEntry::State> ledgerStateFromKey(const QString& key);

// What a case's ledger says of its re-fired callbacks, for the partner's report.
struct LedgerTotals
{
    qint64 sent = 0; // answered: accepted and refused
    qint64 accepted = 0; // answered, and the verdict says the partner took it
    qint64 refused = 0; // answered with anything else
    qint64 failed = 0; // no answer after the retries
    qint64 inFlight = 0; // handed to the network when a run stopped: it may have arrived
    qint64 notSent = 0; // planned, or left out

    qint64 total() const { return sent + failed + inFlight + notSent; }
    friend bool operator==(const LedgerTotals&, const LedgerTotals&) = default;
};
LedgerTotals ledgerTotals(const QList<LedgerEntry>& entries);

// How an exchange kept for a re-fired callback is noted (its noteSaid; text/saidtext.h tells it).
QJsonObject refiredSaid(const QString& key);
bool isRefiredSaid(const QJsonObject& said);

// A callback to plan.
struct PlannedSend
{
    QString key;
    QString url; // as it will be sent; the ledger keeps it redacted
    QString method = QStringLiteral("GET");
};

// What planning found: how many were written down now, and the entries the ledger had already for
// keys of the plan (sent, failed, in flight: not sent again unless named).
struct PlanOutcome
{
    int planned = 0;
    QList<LedgerEntry> already;
};

} // namespace pbw
