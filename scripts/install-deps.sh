#!/usr/bin/env bash
# Installs, on Debian 12, the packages the project needs to build, test and run.
# Idempotent: installs only what is missing; asks apt nothing when all is there.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config clang-format
    # Qt 6.4 as shipped by Debian 12
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libgl-dev
    qtkeychain-qt6-dev
    # the streaming CSV parser the batch reconcile reads exports with
    libcsv-dev
    # tests: a real Secret Service keyring, a display for GUI runs, TLS material
    dbus dbus-x11 gnome-keyring libsecret-tools openssl
    xvfb xauth imagemagick python3-jsonschema
    # a real browser: the catcher's test loads a page whose pixel fires a callback
    chromium
    # fuzzing (fuzz/run): clang with libFuzzer
    clang libclang-rt-14-dev
    # benchmarks and peers
    curl hyperfine time sqlite3
    # packaging and its checks
    dpkg-dev file desktop-file-utils appstream lintian man-db
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
    SUDO="sudo"
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
