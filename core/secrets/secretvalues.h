#pragma once

#include "analysis/verdict.h"
#include "secrets/redaction.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pbw {

// A value known to be secret removed from wherever else it was written back (an answer that echoes
// the request): every occurrence replaced by the mark, in the forms a server may write it — as typed,
// decoded, percent-encoded, JSON-escaped, a credential header's token, a cookie's value. count, when
// given, grows by the number replaced (perSecret: by secret, in the order of secrets). Values shorter
// than 6 characters are left alone: "1" or "true" would take the answer's meaning with them.
QString withoutSecretValues(const QString& text, const QList<FoundSecret>& secrets, int* count = nullptr,
                            QList<int>* perSecret = nullptr);
QByteArray withoutSecretValues(const QByteArray& bytes, const QList<FoundSecret>& secrets, int* count = nullptr,
                               QList<int>* perSecret = nullptr);
// The verdict's evidence without those values (what the answer echoed of them).
Verdict withoutSecretValues(Verdict verdict, const QList<FoundSecret>& secrets, int* count = nullptr);

} // namespace pbw
