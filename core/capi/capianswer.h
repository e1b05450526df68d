#pragma once

#include "net/exchange.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace pbw {

// An error the Graph API answered with, and what it means for the user.
struct CapiError
{
    qint64 code = 0;
    qint64 subcode = 0;
    QString type; // OAuthException…
    QString message; // Meta's words
    QString userTitle; // error_user_title
    QString userMessage; // error_user_msg
    bool transient = false;
    QString family; // token-expired, token-invalid, permission, invalid-parameter, rate-limit… (capi-errors.json)
    QString title; // translated: what happened
    QString explanation; // translated: why
    QString fix; // translated: what to do
};

// Meta's answer to a batch of events, read.
struct CapiAnswer
{
    enum class Outcome { Received, Partial, Rejected, NotMeta, NoAnswer };
    Outcome outcome = Outcome::NoAnswer;
    int eventsSent = 0;
    int eventsReceived = -1; // -1: the answer did not say
    QStringList messages; // Meta's warnings on a received batch
    QString fbtraceId; // quote it to Meta's support
    std::optional<CapiError> error;

    bool received() const { return outcome == Outcome::Received; }
    QString headline() const; // translated: "1 event received", "Meta rejected the events: …"
};

CapiAnswer readCapiAnswer(const Exchange& exchange, int eventsSent);
// Problems in resources/rules/capi-errors.json (unknown families, bad conditions); empty when sound.
QStringList capiErrorRulesProblems();

} // namespace pbw
