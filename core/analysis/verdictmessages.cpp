#include "analysis/verdictmessages.h"

#include <QCoreApplication>

namespace pbw {

namespace {

struct Message
{
    const char* key;
    bool forRules;
    const char* summary;
    const char* nextStep;
};

// The next steps follow the method's order: the click, the event, the callback, the partner's answer.
constexpr Message messages[] = {
    {"accepted", true, QT_TRANSLATE_NOOP("VerdictMessage", "The partner answered that the conversion was accepted."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Confirm in the partner's report that the conversion appears with the expected payout, status "
                       "and date (some trackers file it under the day of the click).")},
    {"accepted-no-content", true,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner answered 204 No Content: accepted without a word, as some partners (Taboola) do."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Confirm in the partner's report that the conversion appears; the answer itself proves only "
                       "that it was received.")},
    {"queued", true,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The tracker only queued the callback: it looks the click up later, so this answer does not "
                       "prove the conversion was recorded."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Open the tracker's postback log and find this click ID: only the log says whether the "
                       "conversion was recorded, and why not.")},
    {"duplicate", true,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner answered but rejected it as a duplicate: a conversion for this "
                       "click (or transaction) is already recorded."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Look this click ID up in the partner's report: the conversion may already be there. For a "
                       "repeat conversion send a new transaction ID; for a test, use a fresh click.")},
    {"identifier", true,
     QT_TRANSLATE_NOOP(
         "VerdictMessage",
         "The partner answered but did not recognise the click ID: unknown, stale, expired or malformed."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Check that the click ID goes under the parameter name the partner's template expects (clickid "
                       "is not click_id): compare the callback with the template in Template diff. Then check that the "
                       "value is the click ID the partner issued for this click (not cut short, not a macro, not from "
                       "an old test), and try a fresh QA click.")},
    {"identifier-empty", true,
     QT_TRANSLATE_NOOP("VerdictMessage", "The tracker says the click ID (subid) in the callback is empty or wrong."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Check that the click ID goes under the parameter name the partner's template expects (clickid "
                       "is not click_id) and that the sender fills its macro: compare the callback with the template "
                       "in Template diff. Then make a fresh QA click and check that it reached the offer with its "
                       "click ID.")},
    {"expired", true,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner answered that it came too late: the click (or the conversion) is older than "
                       "their window allows."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Compare the click's and the conversion's time with the partner's window (often 30 days for a "
                       "click, 7 days for a conversion API's event); test with a fresh click, and send conversions "
                       "sooner.")},
    {"auth", true,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner refused the callback's credentials: a wrong key or token, or your IP address is "
                       "not on their allow-list."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Check the postback key or token against the partner's panel, and ask the partner whether the "
                       "IP address you send from is allow-listed.")},
    {"auth-key", true,
     QT_TRANSLATE_NOOP("VerdictMessage", "The partner refused the key, token or secret in the callback."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Copy the postback key or token again from the partner's panel (on Keitaro it is part of the "
                       "path) and compare it with the callback in Template diff.")},
    {"allow-list", true,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner refused the callback because it came from an IP address they do not allow."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Give the partner the IP address your tracker sends from (it changes when the server moves) and "
                       "ask them to allow-list it.")},
    {"business-rule", true,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner answered but refused the conversion by a business rule: goal, payout, status, "
                       "currency, offer or cap."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Compare goal, status, payout and currency with the partner's approved template in Template "
                       "diff, and ask whether the offer is active and under its cap.")},
    {"payout", true, QT_TRANSLATE_NOOP("VerdictMessage", "The partner refused the payout (amount) in the callback."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Check the payout's format (a period as the decimal separator, no currency sign) and whether "
                       "the offer expects a payout at all.")},
    {"goal", true,
     QT_TRANSLATE_NOOP("VerdictMessage", "The partner does not know the goal or event named in the callback."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Compare the goal or event name with the partner's offer settings, letter for letter: some "
                       "partners match it case-sensitively.")},
    {"offer", true, QT_TRANSLATE_NOOP("VerdictMessage", "The partner says the offer is disabled or not available."),
     QT_TRANSLATE_NOOP("VerdictMessage", "Ask the partner whether the offer is active for you and under its cap.")},
    {"cap", true,
     QT_TRANSLATE_NOOP(
         "VerdictMessage",
         "The partner refused the conversion because a cap (a limit on conversions or budget) is reached."),
     QT_TRANSLATE_NOOP(
         "VerdictMessage",
         "Ask the partner which cap is reached (daily, monthly, per offer) and when it resets; conversions "
         "over a cap are usually not paid even when sent again.")},
    {"currency", true, QT_TRANSLATE_NOOP("VerdictMessage", "The partner refused the currency of the callback."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Send the currency as the partner expects it (a three-letter ISO 4217 code such as USD or EUR), "
                       "or leave it out when the offer has one currency.")},
    {"event-time", true,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner refused the conversion's time: before the click, in the future, too soon after the "
                       "click or older than they accept."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Check the conversion time you send (Unix seconds or the format the partner asks for, in the "
                       "right time zone) against the click's time and the partner's window, then send it again.")},
    {"status-change", true,
     QT_TRANSLATE_NOOP("VerdictMessage", "The partner refused to change the conversion's status."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Check which status changes the partner allows (often only from pending) and what status the "
                       "conversion has now.")},
    {"test-mode", true,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The answer suggests the partner handled it as a test, not a real conversion."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Ask the partner whether the postback or the offer is in test mode, and where test conversions "
                       "are shown.")},
    {"rejected", true,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner answered that it did not accept the conversion, without a "
                       "reason this program recognises."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Read the partner's answer below and ask them what it means, with this exchange; meanwhile "
                       "check the click ID, goal and payout against the template.")},
    {"html-error-page", true,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner answered with an HTML error page, although the status says success."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The address probably leads to a website, not to the postback handler: check the host and path "
                       "against the template.")},
    {"html-page", true,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner answered with a web page, not a postback answer: only the partner can confirm the "
                       "conversion."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Check that the host and path are the partner's postback address, not their website; then ask "
                       "the partner whether the conversion was recorded.")},
    {"redirect", true,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner answered with a redirect (%1); most senders do not follow it, so the callback did "
                       "not reach its handler."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Put the address from the Location header into the template (often http → https or a new "
                       "domain), then send again.")},
    {"not-found", true,
     QT_TRANSLATE_NOOP("VerdictMessage", "The partner has no postback handler at this address (%1)."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Compare the host and path with the approved template; on Keitaro the path holds the postback "
                       "key.")},
    {"bad-request", true, QT_TRANSLATE_NOOP("VerdictMessage", "The partner refused the request as malformed (%1)."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Compare the callback with the approved template in Template diff: a required parameter may be "
                       "missing or badly formatted.")},
    {"rate-limit", true, QT_TRANSLATE_NOOP("VerdictMessage", "The partner is limiting how often you may call (%1)."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Wait, then send again more slowly; a Retry-After header, when there is one, says how long.")},
    {"server-error", true,
     QT_TRANSLATE_NOOP("VerdictMessage", "The partner's server failed while handling the callback (%1)."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Send again later; if it keeps failing, send this exchange to the partner's support: the "
                       "problem is on their side.")},

    {"http-error", false, QT_TRANSLATE_NOOP("VerdictMessage", "The partner refused the callback with HTTP %1."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Read the answer below for the partner's reason; check the address and parameters against the "
                       "template.")},
    {"unknown-empty", false,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner answered %1 with an empty body: that proves only that the server answered; only "
                       "the partner can confirm the conversion."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Ask the partner, or look in their postback log, whether a conversion with this click ID was "
                       "recorded.")},
    {"unknown-body", false,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner answered %1, but no rule recognised this answer: only the partner can confirm "
                       "whether the conversion was recorded."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Ask the partner, or look in their postback log, whether a conversion with this click ID was "
                       "recorded. If their answer has a meaning, add a rule for it.")},
    {"unknown-binary", false,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The partner answered %1 with a binary body, which says nothing about the conversion: only the "
                       "partner can confirm."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Check that the address is the partner's postback handler, then ask the partner whether the "
                       "conversion was recorded.")},
    {"template-error", false,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The callback itself is wrong, so whatever the partner answered, this conversion cannot be "
                       "credited as intended."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Fix the callback first (its errors are listed in the evidence), compare it with the approved "
                       "template in Template diff, then send it again.")},
    {"transport-dns", false,
     QT_TRANSLATE_NOOP("VerdictMessage", "The callback never reached the partner: the host name was not found."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Check the host name in the callback for typos and against the template; a tracking domain may "
                       "have expired or moved.")},
    {"transport-connect", false,
     QT_TRANSLATE_NOOP("VerdictMessage", "The callback never reached the partner: the server refused the connection."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Check the host and port; ask the partner whether the endpoint is up or has moved.")},
    {"transport-tls", false,
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "The callback never reached the partner: the secure (TLS) connection could not be made."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Check that the host name matches the partner's certificate and that it has not expired; a "
                       "sender refuses such a server just as this program did.")},
    {"transport-timeout", false, QT_TRANSLATE_NOOP("VerdictMessage", "The partner did not answer in time."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Send again; if it keeps timing out, tell the partner: a sender may give up even sooner and "
                       "never retry.")},
    {"transport-reset", false,
     QT_TRANSLATE_NOOP("VerdictMessage", "The connection was cut before a complete answer arrived."),
     QT_TRANSLATE_NOOP("VerdictMessage",
                       "Send again; check proxies and firewalls between you and the partner, and ask the partner.")},
    {"transport-redirect-loop", false,
     QT_TRANSLATE_NOOP("VerdictMessage", "The partner's redirects go round in a circle and never reach an answer."),
     QT_TRANSLATE_NOOP("VerdictMessage", "Send it to the partner: their server is misconfigured.")},
    {"transport-cancelled", false,
     QT_TRANSLATE_NOOP("VerdictMessage", "You cancelled the request, so there is no answer to judge."),
     QT_TRANSLATE_NOOP("VerdictMessage", "Send it again when you are ready.")},
    {"transport-other", false, QT_TRANSLATE_NOOP("VerdictMessage", "The callback got no HTTP answer."),
     QT_TRANSLATE_NOOP("VerdictMessage", "Read the error below, then send again.")},
};

const Message* find(const QString& key)
{
    for (const Message& message : messages) {
        if (key == QLatin1String(message.key))
            return &message;
    }
    return nullptr;
}

} // namespace

bool isRuleMessage(const QString& key)
{
    const Message* message = find(key);
    return message && message->forRules;
}

bool isKnownMessage(const QString& key)
{
    return find(key) != nullptr;
}

QStringList ruleMessageKeys()
{
    QStringList keys;
    for (const Message& message : messages) {
        if (message.forRules)
            keys.append(QLatin1String(message.key));
    }
    return keys;
}

QString messageSummary(const QString& key, int status)
{
    const Message* message = find(key);
    if (!message)
        return {};
    QString text = QCoreApplication::translate("VerdictMessage", message->summary);
    return text.contains(QLatin1String("%1")) ? text.arg(status) : text;
}

QString messageNextStep(const QString& key)
{
    const Message* message = find(key);
    return message ? QCoreApplication::translate("VerdictMessage", message->nextStep) : QString();
}

} // namespace pbw
