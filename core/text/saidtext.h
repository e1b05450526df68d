#pragma once

#include "store/casetypes.h"
#include "trace/tracer.h"

#include <QJsonObject>

namespace pbw {

// Words the program writes into a case (a trace hop's note, a trace's story, the failing and
// corrected pair from Template diff) are kept as data ("said": a key and its values) and told in the
// language the user reads now; the stored text is how they read when written (for search, and for
// a version that does not know the key). The store writes some itself: a re-fired callback's
// exchange (store/sendledger.h, refiredSaid) and a batch check's causes (store/reconciliationrecord.h).
namespace said {
QJsonObject traceHop(int n, int of);
QJsonObject trace(const ClickTrace& trace, const QString& qaParam, const QString& qaValue);
QJsonObject failingAndCorrected(const QString& failing, const QString& corrected);
} // namespace said

// The words of said in the current language; empty when the key is not known (the stored text is
// shown then).
QString saidText(const QJsonObject& said);

// What to show for an exchange's note and a case note: the program's words told now, or the user's.
QString shownNote(const StoredExchange& stored);
QString shownText(const CaseNote& note);

} // namespace pbw
