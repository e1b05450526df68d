#pragma once

#include "net/exchange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pbw {

// One line of the answer diff: the status, a header (by name), a JSON field (by path) or a line
// of the body, on each side.
struct AnswerDiffRow
{
    enum class Part { Status, Headers, Body };
    enum class Change { Same, Changed, OnlyLeft, OnlyRight };

    Part part = Part::Body;
    QString name; // header name, JSON path ("$.status"), or line numbers ("3 → 4")
    QString left;
    QString right;
    Change change = Change::Same;
};

// Two answers side by side, the way a partner's support reads them: what differs in the status,
// the headers and the body — field by field when both bodies are JSON, line by line otherwise.
struct AnswerDiff
{
    Q_DECLARE_TR_FUNCTIONS(AnswerDiff)

public:
    QList<AnswerDiffRow> rows;
    bool jsonBodies = false; // the body was compared field by field
    int changes() const;
    QString summary() const; // translated: "3 differences: status, 1 header, 2 body lines"
};

AnswerDiff diffAnswers(const Exchange& left, const Exchange& right);

} // namespace pbw
