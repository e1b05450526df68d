#!/usr/bin/env bash
# Runs a command with a freshly unlocked GNOME keyring on the current D-Bus session bus.
# Meant to run inside dbus-run-session (scripts/test.sh does that).
set -euo pipefail

if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    echo "with-keyring.sh: no D-Bus session; run it inside dbus-run-session" >&2
    exit 2
fi
# A private home keeps the test keyring away from the user's own.
export XDG_DATA_HOME
XDG_DATA_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
# --unlock reads the password on standard input and creates and unlocks "login" with it
# (an empty password makes the daemon ask through a prompter, which cannot run without a display).
eval "$(printf 'pbw-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# Until this daemon owns org.freedesktop.secrets on the bus, a client's call would make D-Bus start
# another one (its service file), whose "login" keyring is locked: writes then fail now and then.
# Asking whether the name has an owner starts nothing.
for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        break
    fi
    sleep 0.05
done
# It creates and unlocks "login" after that; a write before then would ask a prompter (there is
# none) and fail. Wait until a write and a removal go through.
for _ in $(seq 50); do
    if printf 'ready' | secret-tool store --label='pbw keyring check' pbw-check ready 2>/dev/null; then
        secret-tool clear pbw-check ready
        break
    fi
    sleep 0.1
done
# Keychain tests fail (rather than skip) when this keyring does not answer.
export PBW_REQUIRE_KEYRING=1
export QT_QPA_PLATFORM=offscreen
"$@"
