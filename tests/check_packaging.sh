#!/usr/bin/env bash
# The package and its desktop files: desktop-file-validate and appstreamcli accept the menu entry and
# the AppStream metadata; CPack builds the .deb from this build; lintian finds no error in it. A check
# whose tool is missing is skipped with a message (scripts/install-deps.sh installs them all).
set -euo pipefail
source_dir=$1
build_dir=$2
app_id=io.github.postbackworkbench.Workbench
status=0

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$source_dir/packaging/$app_id.desktop" || status=1
else
    echo "SKIP desktop-file-validate: not installed"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$source_dir/packaging/$app_id.metainfo.xml" || status=1
else
    echo "SKIP appstreamcli validate: not installed"
fi
if ! command -v dpkg-shlibdeps >/dev/null; then
    echo "SKIP the package: dpkg-dev is not installed"
    exit $status
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/postback-workbench_*.deb)
echo "built $(basename "$deb")"
dpkg-deb -c "$deb" | awk '{print $6}' >"$work/files"
for expected in ./usr/bin/pbw ./usr/bin/postback-workbench ./usr/libexec/postback-workbench/pbw-pdf \
    ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/postback-workbench.svg ./usr/share/man/man1/pbw.1.gz \
    ./usr/share/bash-completion/completions/pbw; do
    grep -qx "$expected" "$work/files" || { echo "missing from the package: $expected"; status=1; }
done
grep -q 'pbw-keychain.so$' "$work/files" || { echo "missing from the package: pbw-keychain.so"; status=1; }
dpkg-deb -f "$deb" Depends | grep -q 'libqt6network6' || { echo "Depends was not computed"; status=1; }
if command -v lintian >/dev/null; then
    lintian --tag-display-limit 0 "$deb" >"$work/lintian" 2>&1 || true
    cat "$work/lintian"
    if grep -q '^E:' "$work/lintian"; then
        echo "lintian reports errors"
        status=1
    fi
else
    echo "SKIP lintian: not installed"
fi
exit $status
