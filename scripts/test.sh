#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs the whole test suite inside a
# private D-Bus session with an unlocked GNOME keyring, so keychain tests use a real Secret Service.
# GUI tests run on Qt's offscreen platform: no display is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"
exec dbus-run-session -- ./scripts/with-keyring.sh ctest --preset ci --parallel "$(nproc)"
