#!/usr/bin/env bash
# Writes the README's screenshots that the window takes of itself, on Qt's offscreen platform (no
# display needed), into docs/screenshots or the folder given:
#   replay-en/ru, replay-verdict-en/ru, replay-reason-en/ru, template-diff-en/ru   pbw-screenshots
#   replay-dark-1024x640                    the GUI test tst_replaypanel smallWindowInADarkPalette
#   case-overview-en/ru, case-compare-en/ru the GUI test tst_casepanel failingFixedConfirmedAndComparedAfterARestart
# It builds what it runs in build/ci (the ci preset), or in BUILD_DIR, an already configured build.
# In a real X window instead of the offscreen platform:
#   QT_QPA_PLATFORM=xcb xvfb-run -a scripts/screenshots.sh
# The other screenshots (a real window under Xvfb, a keyring, a browser) are taken by hand.
set -euo pipefail

out=$(realpath -m "${1:-$(dirname "$0")/../docs/screenshots}")
build=${BUILD_DIR:+$(realpath -m "$BUILD_DIR")}
cd "$(dirname "$0")/.."

if [[ -z $build ]]; then
    cmake --preset ci
    build=$PWD/build/ci
fi
cmake --build "$build" --target pbw-screenshots tst_replaypanel tst_casepanel

mkdir -p "$out"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export LC_ALL=C.UTF-8
"$build/tests/pbw-screenshots" "$out"
PBW_SCREENSHOT_DIR=$out "$build/tests/tst_replaypanel" -silent smallWindowInADarkPalette
PBW_SCREENSHOT_DIR=$out "$build/tests/tst_casepanel" -silent failingFixedConfirmedAndComparedAfterARestart
echo "Screenshots written to $out"
