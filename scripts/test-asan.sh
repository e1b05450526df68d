#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer (the asan preset),
# inside the same private D-Bus session and keyring as scripts/test.sh. Any sanitizer report fails
# the run: ASan and LeakSanitizer abort, UBSan is told to halt. About 12 minutes on 2 cores; CI runs
# scripts/test.sh, this one is run by hand before a release.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset asan
cmake --build --preset asan --parallel "$(nproc)"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
exec dbus-run-session -- ./scripts/with-keyring.sh ctest --preset asan --parallel "$(nproc)"
