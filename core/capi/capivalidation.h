#pragma once

#include "capi/capievent.h"
#include "capi/capiprepare.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pbw {

// Something in a batch of events Meta would reject (error) or that would make the event count
// for less than it should (warning), with what to do about it.
struct CapiProblem
{
    enum class Severity { Error, Warning };
    int event = -1; // index in the batch (0 = the first event); -1 for the batch as a whole
    QString field; // where: event_time, user_data.em, custom_data.currency…
    QString id; // stable key: event-time-too-old, fbc-seconds, value-without-currency…
    Severity severity = Severity::Error;
    QString message; // translated: what is wrong
    QString fix; // translated: what to do
    bool operator==(const CapiProblem&) const = default;
};

inline constexpr int kCapiMaxEvents = 1000;

// Checks events as Meta's endpoint would, before anything is sent. now is the moment compared
// with event_time and the cookies' times. prepared: the same events' prepareCapiEvents(), when the
// caller has it, so that no value is normalised twice.
QList<CapiProblem> validateCapiEvents(const QList<CapiEvent>& events, const QDateTime& now,
                                      const CapiPrepared* prepared = nullptr);
bool isIso4217Currency(const QString& code); // upper case: USD, EUR, RUB
bool hasCapiErrors(const QList<CapiProblem>& problems);
QString capiSeverityKey(CapiProblem::Severity severity); // "error", "warning"

} // namespace pbw
