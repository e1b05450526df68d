#include "analysis/statedreason.h"

#include "analysis/answeroutcome.h"
#include "analysis/answerview.h"

#include <QRegularExpression>

namespace pbw {

namespace {

constexpr int maxQuoted = 120; // characters: a reason is a phrase, not a page

// The standard reason phrases of 4xx and 5xx statuses, and words that name no reason at all.
constexpr const char* statusWords[] = {"error",
                                       "fail",
                                       "failed",
                                       "failure",
                                       "false",
                                       "bad request",
                                       "unauthorized",
                                       "payment required",
                                       "forbidden",
                                       "not found",
                                       "method not allowed",
                                       "not acceptable",
                                       "request timeout",
                                       "conflict",
                                       "gone",
                                       "unprocessable entity",
                                       "unprocessable content",
                                       "too many requests",
                                       "internal server error",
                                       "not implemented",
                                       "bad gateway",
                                       "service unavailable",
                                       "service temporarily unavailable",
                                       "gateway timeout",
                                       "http error"};

// The words of a text without digits, punctuation and letter case: "403 Forbidden." → "forbidden".
QString bareWords(const QString& text)
{
    static const QRegularExpression noise(QStringLiteral("[^\\p{L}]+"));
    return text.toLower().replace(noise, QStringLiteral(" ")).simplified();
}

bool namesAReason(const QString& text, const QByteArray& statusReason)
{
    const QString bare = bareWords(text);
    if (bare.isEmpty())
        return false;
    if (!statusReason.isEmpty() && bare == bareWords(QString::fromLatin1(statusReason)))
        return false;
    for (const char* word : statusWords) {
        if (bare == QLatin1String(word))
            return false;
    }
    return true;
}

// One line, cut at a word when it is too long.
QString quotable(const QString& text)
{
    QString line = text.simplified();
    if (line.size() > maxQuoted) {
        line.truncate(maxQuoted);
        const qsizetype space = line.lastIndexOf(u' ');
        if (space > maxQuoted / 2)
            line.truncate(space);
        line += QStringLiteral("…");
    }
    return line;
}

// The visible text as written: markup, scripts and JSON keys left out (they are blanks in folded).
QString visibleText(const AnswerView& view)
{
    QString visible = view.text.mid(view.trimStart, view.trimEnd - view.trimStart);
    for (qsizetype i = 0; i < visible.size(); ++i) {
        if (view.folded.at(view.trimStart + i) == u' ')
            visible[i] = u' ';
    }
    return visible.simplified();
}

QString rawTitle(const AnswerView& view)
{
    const qsizetype close = view.text.indexOf(u"</title", view.titleOffset, Qt::CaseInsensitive);
    return view.text.mid(view.titleOffset, close < 0 ? maxQuoted : close - view.titleOffset);
}

} // namespace

QString statedReason(const AnswerView& view, const AnswerOutcome& outcome, const QByteArray& statusReason)
{
    QStringList candidates;
    // A structured answer says it in a member: "message", "reason", "error"…
    for (const AnswerMember& member : outcome.reasons)
        candidates.append(member.value);
    if (outcome.deciding)
        candidates.append(outcome.deciding->value);
    if (view.shape == AnswerView::Shape::Text) {
        candidates.append(visibleText(view));
    } else if (view.shape == AnswerView::Shape::Html) {
        // A server's own error page is titled with the status: then the page states no reason.
        if (view.titleOffset >= 0)
            candidates.append(rawTitle(view));
        else if (const QString visible = visibleText(view); visible.size() <= 2 * maxQuoted)
            candidates.append(visible);
    }
    for (const QString& candidate : std::as_const(candidates)) {
        if (namesAReason(candidate, statusReason))
            return quotable(candidate);
    }
    return {};
}

} // namespace pbw
