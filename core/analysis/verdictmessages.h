#pragma once

#include <QString>
#include <QStringList>

namespace pbw {

// The sentences a verdict says, by message key. Answer rules name a key; the program's own
// judgements (empty answer, transport errors, the request's errors) use keys of their own.

bool isRuleMessage(const QString& key); // a key answer rules may name
QStringList ruleMessageKeys();
bool isKnownMessage(const QString& key);

// Translated; %1 in a summary is the HTTP status.
QString messageSummary(const QString& key, int status = 0);
QString messageNextStep(const QString& key);

} // namespace pbw
