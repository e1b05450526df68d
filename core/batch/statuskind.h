#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace pbw::batch {

// What a status means, whatever the tool calls it: the tracker's "sale" and the partner's
// "approved" are the same state; "lead" and "pending" are too. Reconcile compares these, not words.
enum class StatusKind : quint8 {
    None, // no status written
    Approved, // sale, approved, confirmed, paid, одобрен…
    Pending, // lead, pending, hold, on hold, в ожидании…
    Rejected, // rejected, declined, cancelled, trash, отклонён…
    Other, // a word neither table knows: compared as written
};

// Words → kinds. The built-in words cover the common English and Russian ones; a preset adds its
// tool's own (Affise's 1/2/3/5, RedTrack's "Declined"…), compared case-insensitively.
class StatusWords
{
public:
    static const StatusWords& builtIn();

    void add(QStringView word, StatusKind kind);
    StatusKind kindOf(QStringView status) const; // falls back on the built-in words

private:
    QHash<QString, StatusKind> m_words;
};

QString statusKindKey(StatusKind kind); // "approved", "pending", "rejected", "other", ""
QString statusKindName(StatusKind kind); // translated

} // namespace pbw::batch
