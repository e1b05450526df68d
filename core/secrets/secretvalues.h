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
class SecretValues
{
public:
    explicit SecretValues(const QList<FoundSecret>& secrets); // the forms worked out once, here
    bool isEmpty() const { return m_texts.isEmpty(); }
    QString without(const QString& text, int* count = nullptr, QList<int>* perSecret = nullptr) const;
    QByteArray without(const QByteArray& bytes, int* count = nullptr, QList<int>* perSecret = nullptr) const;
    // The verdict's evidence without those values (what the answer echoed of them).
    Verdict without(Verdict verdict) const;

private:
    QList<QStringList> m_texts; // by secret, longest form first
    QList<QList<QByteArray>> m_bytes; // the same forms as UTF-8
};

// For one verdict: the forms worked out for that call.
Verdict withoutSecretValues(Verdict verdict, const QList<FoundSecret>& secrets);

} // namespace pbw
