// What each family of conversion-API errors means for the user, in both languages; which family
// an answer's error belongs to comes from the errors of resources/rules/platforms/<id>.json.
#include "capi/platformanswer.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pbw {

namespace {

struct Family
{
    const char* key;
    const char* title; // %1: the platform
    const char* explanation;
    const char* fix;
};

const Family families[] = {
    {"token-invalid", QT_TRANSLATE_NOOP("PlatformError", "%1 does not accept this token."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "The token is mistyped, cut short, revoked or for another account; nothing was recorded."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "Get the token again, whole, where %1 issues it, and save it for this account.")},
    {"token-expired", QT_TRANSLATE_NOOP("PlatformError", "The %1 token has expired."),
     QT_TRANSLATE_NOOP("PlatformError", "The platform no longer accepts it; nothing was recorded."),
     QT_TRANSLATE_NOOP("PlatformError", "Get a new token (OAuth access tokens last about an hour) and save it.")},
    {"token-missing", QT_TRANSLATE_NOOP("PlatformError", "The request carried no %1 token."),
     QT_TRANSLATE_NOOP("PlatformError", "The platform needs a token with every request."),
     QT_TRANSLATE_NOOP("PlatformError", "Save the account's token, then send again.")},
    {"permission", QT_TRANSLATE_NOOP("PlatformError", "The token may not send to this %1 account."),
     QT_TRANSLATE_NOOP("PlatformError", "The token is valid, but its user has no access to this pixel or account."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "Use a token made in this account's own settings, or give the token's user access to it.")},
    {"account-not-found", QT_TRANSLATE_NOOP("PlatformError", "%1 does not know this account ID."),
     QT_TRANSLATE_NOOP("PlatformError", "The ID is mistyped, or belongs to another account than the token's."),
     QT_TRANSLATE_NOOP("PlatformError", "Copy the ID again from %1's events manager.")},
    {"no-match-key", QT_TRANSLATE_NOOP("PlatformError", "%1 found nothing to match a person with."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "The event needs an e-mail, a phone, a click ID, or the IP address and user agent together."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "Add the customer information you have, normalised and hashed this "
                       "platform's way.")},
    {"user-data", QT_TRANSLATE_NOOP("PlatformError", "%1 refused the customer information."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "A value is not hashed, hashed another platform's way, or not one this platform takes."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "Look at the per-platform view: send each value normalised and hashed as %1 documents.")},
    {"missing-field", QT_TRANSLATE_NOOP("PlatformError", "A field %1 requires is missing."),
     QT_TRANSLATE_NOOP("PlatformError", "The platform needs it in every event; its message names it."),
     QT_TRANSLATE_NOOP("PlatformError", "Add the field named below and send again.")},
    {"invalid-parameter", QT_TRANSLATE_NOOP("PlatformError", "%1 refused a field of the request."),
     QT_TRANSLATE_NOOP("PlatformError", "A value has the wrong type or form; the platform's message names it."),
     QT_TRANSLATE_NOOP("PlatformError", "Correct the field named below and send again.")},
    {"currency", QT_TRANSLATE_NOOP("PlatformError", "%1 refused the value or the currency."),
     QT_TRANSLATE_NOOP("PlatformError", "A purchase needs a value and an ISO 4217 currency code."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "Send the value as a number (49.90) and the currency as a code (USD, EUR, "
                       "RUB).")},
    {"event-time", QT_TRANSLATE_NOOP("PlatformError", "%1 refused the event's time."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "The conversion is too old for the platform's window, comes before the click, or is in the "
                       "future."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "Send conversions within the platform's window, with the time of the conversion itself.")},
    {"too-recent", QT_TRANSLATE_NOOP("PlatformError", "Too soon for %1."),
     QT_TRANSLATE_NOOP("PlatformError", "The click, or the conversion action, is less than 6 hours old."),
     QT_TRANSLATE_NOOP("PlatformError", "Send again once 6 hours have passed.")},
    {"invalid-click-id", QT_TRANSLATE_NOOP("PlatformError", "%1 cannot read the click ID."),
     QT_TRANSLATE_NOOP("PlatformError", "The click ID was cut, changed, or mixed with another kind of click ID."),
     QT_TRANSLATE_NOOP("PlatformError", "Send the click ID exactly as the ad's landing address carried it.")},
    {"click-not-found", QT_TRANSLATE_NOOP("PlatformError", "%1 found no ad click for this conversion."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "The person did not come from this account's ads, or the data matches no click."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "Expected for conversions that did not come from these ads; otherwise check the click ID and "
                       "the account.")},
    {"duplicate", QT_TRANSLATE_NOOP("PlatformError", "%1 has this conversion already."),
     QT_TRANSLATE_NOOP("PlatformError", "The order ID, or the same click and time, was recorded before."),
     QT_TRANSLATE_NOOP("PlatformError", "Nothing to send again; give every conversion its own order ID.")},
    {"conversion-action", QT_TRANSLATE_NOOP("PlatformError", "%1 cannot use this conversion action."),
     QT_TRANSLATE_NOOP("PlatformError", "It does not exist in this account, or it is not set up for uploads."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "Pick a conversion action of the import (upload clicks) type in this "
                       "account.")},
    {"account-setup", QT_TRANSLATE_NOOP("PlatformError", "The %1 account is not set up for this."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "A setting of the account blocks it: customer data terms, enhanced conversions or tracking."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "Turn on the setting the message names in the account's conversion "
                       "settings.")},
    {"batch-too-large", QT_TRANSLATE_NOOP("PlatformError", "Too many events in one request for %1."),
     QT_TRANSLATE_NOOP("PlatformError", "The platform takes a limited number of events or parameters per request."),
     QT_TRANSLATE_NOOP("PlatformError", "Send the events in smaller batches.")},
    {"rate-limit", QT_TRANSLATE_NOOP("PlatformError", "Too many requests: %1 is limiting them."),
     QT_TRANSLATE_NOOP("PlatformError", "Nothing is wrong with the events; they were not recorded this time."),
     QT_TRANSLATE_NOOP("PlatformError", "Wait a few minutes and send again, in batches rather than one by one.")},
    {"temporary", QT_TRANSLATE_NOOP("PlatformError", "%1 had a temporary problem."),
     QT_TRANSLATE_NOOP("PlatformError", "The error is on the platform's side and usually passes."),
     QT_TRANSLATE_NOOP("PlatformError", "Send again later; quote the request ID if it goes on.")},
    {"partial-failure", QT_TRANSLATE_NOOP("PlatformError", "%1 took only some of the events."),
     QT_TRANSLATE_NOOP("PlatformError", "Each refused event has its own message."),
     QT_TRANSLATE_NOOP("PlatformError", "Correct the events named below and send those again.")},
    {"unknown", QT_TRANSLATE_NOOP("PlatformError", "%1 refused the request."),
     QT_TRANSLATE_NOOP("PlatformError",
                       "This error is not one the workbench knows; the platform's own words are below."),
     QT_TRANSLATE_NOOP("PlatformError", "Read the message below; quote the request ID to the platform's support.")},
};

const Family* familyOf(const QString& key)
{
    for (const Family& family : families) {
        if (key == QLatin1String(family.key))
            return &family;
    }
    return nullptr;
}

bool holds(const QJsonObject& match, const PlatformError& error, int httpStatus)
{
    if (match.isEmpty())
        return false;
    if (match.contains(u"http") && match.value(u"http").toInt() != httpStatus)
        return false;
    if (match.contains(u"code") && match.value(u"code").toVariant().toString() != error.code)
        return false;
    if (match.contains(u"message_contains")
        && !error.message.contains(match.value(u"message_contains").toString(), Qt::CaseInsensitive))
        return false;
    return true;
}

QString tr(const char* text, const QString& platform)
{
    QString out = QCoreApplication::translate("PlatformError", text);
    return out.contains(QLatin1String("%1")) ? out.arg(platform) : out;
}

} // namespace

PlatformError explainPlatformError(const ConversionPlatform& platform, PlatformError error, int httpStatus)
{
    if (error.family.isEmpty()) {
        error.family = QStringLiteral("unknown");
        for (const QJsonObject& rule : platform.errors) {
            if (holds(rule.value(u"match").toObject(), error, httpStatus)) {
                error.family = rule.value(u"family").toString();
                break;
            }
        }
    }
    const Family* family = familyOf(error.family);
    if (!family)
        family = familyOf(QStringLiteral("unknown"));
    error.title = tr(family->title, platform.shortName);
    error.explanation = tr(family->explanation, platform.shortName);
    error.fix = tr(family->fix, platform.shortName);
    return error;
}

PlatformAnswer retranslated(PlatformAnswer answer)
{
    if (const ConversionPlatform* platform = conversionPlatform(answer.platform)) {
        for (PlatformError& error : answer.errors) {
            if (answer.platform != QLatin1String("meta")) // Meta's own words come from capianswer.cpp
                error = explainPlatformError(*platform, error, 0);
        }
    }
    return answer;
}

QStringList platformErrorFamilies()
{
    QStringList out;
    for (const Family& family : families)
        out.append(QLatin1String(family.key));
    return out;
}

QStringList platformErrorRulesProblems()
{
    QStringList problems;
    for (const ConversionPlatform& platform : conversionPlatforms()) {
        for (const QJsonObject& rule : platform.errors) {
            const QString family = rule.value(u"family").toString();
            if (!familyOf(family))
                problems.append(QStringLiteral("%1: unknown family \"%2\"").arg(platform.id, family));
            if (rule.value(u"match").toObject().isEmpty())
                problems.append(QStringLiteral("%1: a rule without a match").arg(platform.id));
            if (rule.value(u"source").toString().isEmpty())
                problems.append(QStringLiteral("%1: a rule without a source").arg(platform.id));
        }
    }
    return problems;
}

} // namespace pbw
