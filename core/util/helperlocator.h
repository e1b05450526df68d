#pragma once

#include <QString>
#include <QStringList>

namespace pbw {

// The programs' own helpers, found the same way by an installed program and by a test: next to the
// program (the build tree keeps them together), then where the package installs them relative to the
// program's folder (so any prefix works). A build with tests also looks in the build tree, so test
// executables find them; a release build has neither a build-tree path nor an environment variable
// in it.
enum class Helper {
    KeychainModule, // pbw-keychain.so: QtKeychain, loaded on the first keychain operation
    PdfWriter // pbw-pdf: lays a report out as a PDF (Qt GUI) for pbw, which links Qt Core only
};

// Where the helper would be, in the order they are tried; the first that exists is the one to use.
QStringList helperCandidates(Helper helper);
// The first candidate that exists (and, for a program, can be run); empty when none does.
QString findHelper(Helper helper);

} // namespace pbw
