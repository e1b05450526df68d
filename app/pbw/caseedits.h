#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace pbw::cli {

// The options of `pbw case`, shared by its actions.
struct CliContext;

struct CaseOptions
{
    explicit CaseOptions(const CliContext& context);
    const CliContext& context;

    QCommandLineOption title, partner, offer, tracker, kind, who, exchange, note, attachment, undo, format, output,
        noRedact, redact, into, role, entries, db, json, lang;
};

// edit, status, delete, note, attach, check, role: the actions that change a case.
bool isCaseEdit(const QString& action);
int runCaseEdit(const QString& action, const QStringList& arguments, const QCommandLineParser& parser,
                const CaseOptions& o);

} // namespace pbw::cli
