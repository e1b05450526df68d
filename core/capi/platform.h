#pragma once

#include "capi/normalizesteps.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pbw {

// One customer-information field as a conversion API takes it: where it goes, whether it is
// hashed, and the normalisation steps (normalizesteps.h) applied, in order, before SHA-256.
struct PlatformField
{
    enum class Hash { Sha256, None };
    QString field; // the workbench's (Meta's) key: em, ph, fn, ln, ge, db, ct, st, zp, country, external_id…
    QString key; // where it goes in the platform's request: user.email, userIdentifiers.hashedEmail…
    Hash hash = Hash::Sha256;
    QList<NormalizationStep> steps;
    bool multi = false; // sent as an array
    QString source; // the platform's documentation the rule comes from
    int ruleId = 0; // the same for fields of any platform with the same steps and hashing
};

// A click or browser ID a platform's ads add, and where it goes in the event.
struct PlatformClickId
{
    QString name; // as the event's click_ids member names it: ttclid, ScCid, gclid, epik, rdt_cid, client_id…
    QString key; // where it goes: user.ttclid, user_data.sc_click_id, gclid…
};

// A secret or an identifier a platform needs besides the events (a token, an API secret, a
// developer token, a customer ID).
struct PlatformCredential
{
    QString name; // the header, parameter or member it goes in
    QString in; // header | bearer | query | body | url
    QString label; // English; shown translated (PlatformText)
    bool secret = false; // kept in the keychain, never in the case, a log or an export
};

// Everything the workbench knows about one conversion API, from
// resources/rules/platforms/<id>.json: each rule there carries its source.
struct ConversionPlatform
{
    QString id; // meta, tiktok, snapchat, google-ads, ga4, pinterest, reddit
    QString name; // "TikTok Events API"
    QString shortName; // "TikTok"
    QString docs;
    QString method = QStringLiteral("POST");
    QString url; // {base}, {version} and {account} are filled in
    QString baseUrl; // the platform's host, replaceable in settings (a test's local server)
    QString version;
    QString validateUrl; // the validation endpoint, when the platform has one
    QString accountLabel; // "Pixel code", "Customer ID"…
    QString accountPattern; // a regular expression an account ID must match
    QString accountRemove; // characters people type in an account ID that are not part of it (Google's dashes)
    QList<PlatformCredential> credentials; // the first secret one is "the token"
    QString testKind; // body_field | body_flag | query_flag | validate_url
    QString testName; // test_event_code, validateOnly, test, test_mode…
    QString testWhat; // what the platform does with a test send (English, from its docs)
    int eventAgeDays = 0; // 0: the docs give none
    int eventAgeHours = 0;
    int batchMax = 0;
    QString dedupKey;
    QHash<QString, QString> eventNames; // Meta's standard name → the platform's
    QHash<QString, QString> actionSources; // Meta's action_source → the platform's
    QString timeFormat; // unix_seconds | unix_millis | unix_micros | iso8601 | google_datetime
    QList<PlatformField> fields;
    QHash<QString, qsizetype> fieldIndex; // field → its index in fields
    QList<PlatformClickId> clickIds;
    QJsonObject answer; // how to read its answers (platformanswer.cpp)
    QList<QJsonObject> errors; // rules: a match → an error family

    const PlatformField* fieldFor(const QString& field) const;
    QString eventName(const QString& metaName) const; // the platform's name, or the one given
    const PlatformCredential* token() const; // the first secret credential
};

// A label of a platform file (an account's or a credential's name), translated.
QString platformText(const QString& english);
// The same inside a sentence: "access token", but "OAuth access token" and "API secret" as they are.
QString platformTextInSentence(const QString& english);
// Translated: what the platform does with a send in its test or validation mode.
QString platformTestModeText(const ConversionPlatform& platform);

// Every platform, Meta first, in the order the window shows them.
const QList<ConversionPlatform>& conversionPlatforms();
const ConversionPlatform* conversionPlatform(const QString& id);
const ConversionPlatform& metaPlatform();
QStringList conversionPlatformIds();
// Problems in the platform files (unknown steps, missing members, labels without a translation
// entry); empty when sound.
QStringList conversionPlatformProblems();

} // namespace pbw
