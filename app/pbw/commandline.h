#pragma once

#include <QCommandLineParser>
#include <optional>

namespace pbw::cli {

// Options every command has.
QCommandLineOption jsonOption();
QCommandLineOption langOption();

// Parses a command's arguments; returns the exit status when the command is already done
// (--help printed, or bad options reported), nothing when it should run.
std::optional<int> parseOrFinish(QCommandLineParser& parser, const QStringList& arguments);

// Prints a bad-input message and returns the matching exit status.
int badInput(const QString& message);

} // namespace pbw::cli
