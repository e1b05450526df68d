#pragma once

#include "net/headers.h"

#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <array>
#include <memory>

namespace pbw {

struct ReceivedResponse;

// One XML element with simple text content, as answer rules look at it.
struct XmlElement
{
    QString name; // local name, lower-case
    QString text; // trimmed
    int offset = -1; // of the element's start tag in the answer's text
    int length = 0; // up to the end of its end tag
};

// A partner's answer prepared once for every rule: its shape, the visible text folded to lower
// case (same length as the text, so a match points back into it), the parsed JSON or XML.
struct AnswerView
{
    enum class Shape { Empty, Json, Xml, Html, Text, Binary };

    int status = 0;
    QByteArray contentType; // lower-case
    HeaderList headers;
    QString text; // the decoded body, at most judgedChars of it
    QString folded; // text lower-cased; keys, tags, scripts and styles replaced by spaces
    int trimStart = 0; // the visible text without surrounding white space: folded.mid(trimStart, trimEnd - trimStart)
    int trimEnd = 0;
    Shape shape = Shape::Empty;
    QJsonValue json; // when shape is Json
    QList<XmlElement> xml; // when shape is Xml
    QString title; // an HTML page's <title>, folded
    int titleOffset = -1;
    bool judgedOnPart = false; // the body was cut (capture limit or judgedChars)

    // Larger bodies are judged on their beginning: answers that mean something are short.
    static constexpr int judgedChars = 256 * 1024;

    QStringView visibleText() const { return QStringView(folded).mid(trimStart, trimEnd - trimStart); }
    // The distinct words of the visible text, sorted (made on first use): a rule's word that no
    // word of the text starts with is turned down without a scan of a large body.
    using Words = QList<QStringView>; // views into folded
    const Words& visibleWords() const;
    // Every key of the JSON answer, folded (made on first use): a rule's path whose names are not
    // all there is turned down without walking the document.
    const QSet<QString>& jsonKeys() const;
    // The first three letters of every visible word (two for a word of two), as bits of
    // wordStartBit(): a rule's phrase whose start no word of the answer has is turned down with one test.
    using WordStarts = std::array<quint64, 64>;
    const WordStarts& wordStarts() const;
    static int wordStartBit(QStringView word)
    {
        uint hash = word[0].unicode() * 31u + word[1].unicode();
        if (word.size() > 2 && (word[2].isLetterOrNumber() || word[2] == u'_'))
            hash = hash * 31u + word[2].unicode();
        return int(hash % 4096u);
    }

private:
    mutable std::shared_ptr<const Words> m_visibleWords;
    mutable std::shared_ptr<const QSet<QString>> m_jsonKeys;
    mutable std::shared_ptr<const WordStarts> m_wordStarts;
};

AnswerView prepareAnswer(const ReceivedResponse& response);
AnswerView prepareAnswer(int status, const QByteArray& contentType, const HeaderList& headers, const QString& text,
                         bool isBinary = false);

QString shapeKey(AnswerView::Shape shape); // "empty", "json", "xml", "html", "text", "binary"

// Lower-cases one UTF-16 unit without changing the length (so offsets stay valid).
QChar foldedChar(QChar c);
QString foldedText(QStringView text);

// Where a JSON field's last key and its value are written in the text; {-1, 0} when not found.
std::pair<int, int> locateJsonField(const QString& text, const QString& key);

} // namespace pbw
