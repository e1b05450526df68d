#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace pbw {

struct AnswerView;

// One word of an answer as a person reads it: "INVALID_CLICK_ID", "invalidClickId" and
// "Invalid click ID" all give the words invalid, click, id.
struct AnswerWord
{
    QString word; // folded to lower case ("ё" read as "е"), apostrophes left out ("doesn't" → "doesnt")
    int offset = 0; // in the answer's text
    int length = 0;
    bool breakBefore = false; // a line, "|", ";" or another value of a structured answer comes before it
    bool value = false; // an identifier or a number ("d0UtZqE0BZuBPrJS", "40002"), not a word of the sentence
};

// Splits text into words: at anything that is not a letter or a digit, at "_", and where camel case
// turns ("invalidClickId", "HTTPError" → http, error). At most maxWords words are read.
QList<AnswerWord> splitAnswerWords(QStringView text, int maxWords = 2048);

// The visible words of a prepared answer: JSON keys, tags, scripts and styles are not read; each
// JSON or XML value starts a new part.
QList<AnswerWord> answerWords(const AnswerView& view, int maxWords = 2048);

} // namespace pbw
