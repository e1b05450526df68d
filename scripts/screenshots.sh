#!/usr/bin/env bash
# Writes the README's screenshots that the window takes of itself, on Qt's offscreen platform (no
# display needed), into docs/screenshots or the folder given:
#   replay-en/ru, replay-verdict-en/ru, replay-reason-en/ru, template-diff-en/ru   pbw-screenshots
#   replay-dark-1024x640                    the GUI test tst_replaypanel smallWindowInADarkPalette
#   case-overview-en/ru, case-compare-en/ru, case-compare-template-en/ru, replay-stale-en/ru, and the
#   partner's report of that case: report-en/ru (its HTML in chromium, when installed) and
#   report-pdf-en/ru (its PDF's first page, pdftoppm)   the GUI test tst_casestory screenshotsOfTheStory
#   batch-reconcile-en/ru, batch-send-en/ru  the GUI test tst_batchpanel
#   catch-en/ru (callbacks caught, one passing, one failing)  the GUI test tst_catchpanel screenshots
#   platforms-en/ru, platforms-send-en/ru (one event for every conversion API; a Google Ads
#   validation)  the GUI test tst_platformpanel screenshots
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
cmake --build "$build" --target pbw-screenshots tst_replaypanel tst_casestory tst_batchpanel tst_catchpanel tst_platformpanel

mkdir -p "$out"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export LC_ALL=C.UTF-8
"$build/tests/pbw-screenshots" "$out"
PBW_SCREENSHOT_DIR=$out "$build/tests/tst_replaypanel" -silent smallWindowInADarkPalette
PBW_SCREENSHOT_DIR=$out "$build/tests/tst_casestory" -silent screenshotsOfTheStory
PBW_SCREENSHOT_DIR=$out "$build/tests/tst_batchpanel" -silent
PBW_SCREENSHOT_DIR=$out "$build/tests/tst_catchpanel" -silent screenshots
PBW_SCREENSHOT_DIR=$out "$build/tests/tst_platformpanel" -silent screenshots
for language in en ru; do
    if command -v chromium >/dev/null; then
        chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1500 \
            --screenshot="$out/report-$language.png" "file://$out/report-$language.html" 2>/dev/null
    fi
    if command -v pdftoppm >/dev/null; then
        pdftoppm -png -r 70 -f 1 -l 2 "$out/report-$language.pdf" "$out/report-pdf-$language"
        mv "$out/report-pdf-$language-1.png" "$out/report-pdf-$language.png"
        if [[ $language == ru ]]; then mv "$out/report-pdf-ru-2.png" "$out/report-pdf-ru-page2.png"; fi
        rm -f "$out/report-pdf-$language-2.png"
    fi
    rm -f "$out/report-$language.html" "$out/report-$language.pdf"
done
echo "Screenshots written to $out"
