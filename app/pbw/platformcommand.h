#pragma once

#include <QStringList>

namespace pbw::cli {

struct CliContext;

// pbw capi hash|validate|send|token … --platform P: the conversion APIs beyond Meta (and "all" for
// hash and validate). Meta without --platform stays in capicommand.cpp and capisend.cpp.
int runPlatformHash(const QString& platforms, const QString& field, const QStringList& values, bool json);
int runPlatformValidate(const QString& platforms, const QString& path, bool json);
int runPlatformSend(const QStringList& arguments, const CliContext& context);
int runPlatformToken(const QStringList& arguments);

} // namespace pbw::cli
