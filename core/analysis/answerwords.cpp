#include "analysis/answerwords.h"

#include "analysis/answerview.h"

namespace pbw {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

bool isBreak(QChar c)
{
    return c == u'\n' || c == u'|' || c == u';' || c == u'"';
}

QChar foldWordChar(QChar c)
{
    const QChar folded = foldedChar(c);
    return folded == QChar(0x0451) ? QChar(0x0435) : folded; // ё → е
}

// Reads words out of text; masked (a position to skip, as JSON keys are) may be empty.
class WordReader
{
public:
    WordReader(QStringView text, QStringView masked, int maxWords)
        : m_text(text)
        , m_masked(masked)
        , m_maxWords(maxWords)
    {
    }

    QList<AnswerWord> read()
    {
        m_current.reserve(32);
        m_words.reserve(qMin<qsizetype>(m_maxWords, m_text.size() / 6 + 4));
        for (qsizetype i = 0; i < m_text.size() && m_words.size() < m_maxWords; ++i) {
            const QChar c = m_text[i];
            if (isHidden(i)) {
                finish(i);
                m_pendingBreak = true;
                continue;
            }
            if (c.isLetterOrNumber()) {
                if (m_start >= 0 && turnsCase(i))
                    finish(i);
                if (m_start < 0)
                    start(i);
                m_current += foldWordChar(c);
                continue;
            }
            if (isApostrophe(c) && m_start >= 0 && i + 1 < m_text.size() && m_text[i + 1].isLetter())
                continue; // "doesn't" is one word
            finish(i);
            if (isBreak(c))
                m_pendingBreak = true;
        }
        finish(m_text.size());
        return m_words;
    }

private:
    bool isHidden(qsizetype i) const
    {
        return !m_masked.isEmpty() && i < m_masked.size() && m_masked[i] == u' ' && !m_text[i].isSpace();
    }

    // A run of letters and digits with digits in it ("d0UtZqE0BZuBPrJS", "168h0m0s") is a value, read
    // as one word; a run of letters only is split where its case turns.
    void start(qsizetype i)
    {
        m_start = i;
        bool digit = false;
        bool letter = false;
        qsizetype end = i;
        while (end < m_text.size() && m_text[end].isLetterOrNumber() && !isHidden(end)) {
            digit = digit || m_text[end].isDigit();
            letter = letter || m_text[end].isLetter();
            ++end;
        }
        m_runHasDigit = digit;
        m_runIsValue = digit && (letter || end - i >= 5);
    }

    // "invalidClick" turns at C; "HTTPError" turns before E (an upper-case run followed by lower case).
    bool turnsCase(qsizetype i) const
    {
        if (m_runHasDigit)
            return false;
        const QChar c = m_text[i];
        const QChar before = m_text[i - 1];
        if (!c.isUpper() || !before.isLetter())
            return false;
        if (before.isLower())
            return true;
        return before.isUpper() && i + 1 < m_text.size() && m_text[i + 1].isLower() && i - 1 > m_start;
    }

    void finish(qsizetype end)
    {
        if (m_start < 0)
            return;
        AnswerWord word;
        word.word = QString(m_current.constData(), m_current.size());
        word.offset = int(m_start);
        word.length = int(end - m_start);
        word.breakBefore = m_pendingBreak;
        word.value = m_runIsValue;
        m_words.append(std::move(word));
        m_current.resize(0); // keeps its room for the next word
        m_start = -1;
        m_pendingBreak = false;
    }

    QStringView m_text;
    QStringView m_masked;
    int m_maxWords;
    QList<AnswerWord> m_words;
    QString m_current;
    qsizetype m_start = -1;
    bool m_pendingBreak = false;
    bool m_runHasDigit = false;
    bool m_runIsValue = false;
};

} // namespace

QList<AnswerWord> splitAnswerWords(QStringView text, int maxWords)
{
    return WordReader(text, {}, maxWords).read();
}

QList<AnswerWord> answerWords(const AnswerView& view, int maxWords)
{
    if (view.shape == AnswerView::Shape::Empty || view.shape == AnswerView::Shape::Binary)
        return {};
    const QStringView text = QStringView(view.text).mid(view.trimStart, view.trimEnd - view.trimStart);
    const QStringView masked = QStringView(view.folded).mid(view.trimStart, view.trimEnd - view.trimStart);
    QList<AnswerWord> words = WordReader(text, masked, maxWords).read();
    for (AnswerWord& word : words)
        word.offset += view.trimStart;
    return words;
}

} // namespace pbw
