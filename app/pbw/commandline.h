#pragma once

#include "util/result.h"

#include <QCommandLineParser>
#include <optional>

namespace pbw::cli {

// Options every command has.
QCommandLineOption jsonOption();
QCommandLineOption langOption();

// Parses a command's arguments; returns the exit status when the command is already done
// (--help printed, or bad options reported), nothing when it should run.
std::optional<int> parseOrFinish(QCommandLineParser& parser, const QStringList& arguments);

// --timeout SECONDS (more than 0, at most 3600) as milliseconds; the message when it is not that.
Result<int, QString> timeoutMsFrom(const QString& seconds);

// A file's bytes, or standard input's for "-", at most maxBytes. opened is false when it cannot be
// read (error says why); tooBig when there was more than maxBytes (bytes then holds the first ones).
struct InputBytes
{
    QByteArray bytes;
    bool opened = false;
    bool tooBig = false;
    QString error;
};
InputBytes readFileOrStdin(const QString& name, qint64 maxBytes);

// Prints a bad-input message and returns the matching exit status.
int badInput(const QString& message);

} // namespace pbw::cli
