#pragma once

#include "capi/platform.h"
#include "net/exchange.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pbw {

// One error a conversion API answered with, and what it means for the user.
struct PlatformError
{
    QString code; // the platform's code or name: 40001, CLICK_NOT_FOUND, VALUE_INVALID, 401…
    QString message; // the platform's own words
    QString field; // where, when the platform says (GA4's fieldPath, Google's location)
    int event = -1; // which event, when the platform says
    QString family; // token-invalid, click-not-found… (the platform file's errors)
    QString title; // translated: what happened
    QString explanation; // translated: why
    QString fix; // translated: what to do
};

// A conversion API's answer to a send, read the way that platform answers.
struct PlatformAnswer
{
    enum class Outcome {
        Received, // recorded (or, in test mode, accepted as a test)
        Validated, // checked in validation mode, nothing wrong, nothing recorded
        Partial, // some events taken, some refused
        Rejected,
        Unconfirmed, // sent, but the platform never says (GA4's /mp/collect)
        NotPlatform, // the answer is not this platform's: a wrong address?
        NoAnswer
    };
    QString platform; // id
    QString platformName; // short name
    Outcome outcome = Outcome::NoAnswer;
    bool test = false;
    int eventsSent = 0;
    int eventsReceived = -1; // -1: the answer did not say
    QStringList messages; // the platform's warnings
    QString requestId; // quote it to the platform's support
    QList<PlatformError> errors;

    bool ok() const { return outcome == Outcome::Received || outcome == Outcome::Validated; }
    QString headline() const; // translated
    QString outcomeKey() const; // received, validated, partial, rejected, unconfirmed, not-platform, no-answer
};

PlatformAnswer readPlatformAnswer(const ConversionPlatform& platform, const Exchange& exchange, int eventsSent,
                                  bool test);
// A platform error explained: its family from the platform file's rules, in words.
PlatformError explainPlatformError(const ConversionPlatform& platform, PlatformError error, int httpStatus);
// The same answer with its errors explained again in the current language (after a switch).
PlatformAnswer retranslated(PlatformAnswer answer);
// Families the workbench explains, and problems in the platform files' error rules.
QStringList platformErrorFamilies();
QStringList platformErrorRulesProblems();

} // namespace pbw
