#!/usr/bin/env bash
# `pbw case import` of a generated HAR of 100,000 postbacks (about 90 MB, as a tracker's export or a
# browser's HAR holds them), next to python3's json.load of the same file, in one run: wall time and
# peak resident memory (/usr/bin/time -v). Goal: pbw's peak memory within 3x the file.
#
#   bench/import-bench.sh [BUILD_DIR] [ENTRIES]      (default build/release, 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
entries=${2:-100000}
if [[ ! -x $build/app/pbw ]]; then
    cmake --preset release >/dev/null && cmake --build --preset release --target pbw >/dev/null
fi
source bench/common.sh
python3 - "$work/import.har" "$entries" <<'PY'
import json, sys
path, count = sys.argv[1], int(sys.argv[2])
def entry(i):
    return {"startedDateTime": "2026-12-01T10:00:00.000Z", "time": 12,
            "request": {"method": "GET", "httpVersion": "HTTP/1.1", "cookies": [], "queryString": [],
                        "url": "https://track.example/postback?clickid=c%06d&payout=1.5&status=sale&token=t%d" % (i, i),
                        "headers": [{"name": "Host", "value": "track.example"},
                                    {"name": "User-Agent", "value": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"}],
                        "headersSize": -1, "bodySize": 0},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [],
                         "headers": [{"name": "Content-Type", "value": "application/json"},
                                     {"name": "Date", "value": "Tue, 01 Dec 2026 10:00:00 GMT"}],
                         "content": {"size": 60, "mimeType": "application/json",
                                     "text": "{\"status\":\"error\",\"message\":\"Duplicate conversion %d\"}" % i},
                         "redirectURL": "", "headersSize": -1, "bodySize": 60},
            "cache": {}, "timings": {"send": 0, "wait": 12, "receive": 0}}
with open(path, "w") as out:
    json.dump({"log": {"version": "1.2", "creator": {"name": "import-bench", "version": "1"},
                       "entries": [entry(i) for i in range(count)]}}, out)
PY
size=$(stat -c %s "$work/import.har")
measure() { # label, command...: prints wall time and peak memory
    local label=$1
    shift
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt"
    local wall peak
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    awk -v l="$label" -v w="$wall" -v p="$peak" -v s="$size" \
        'BEGIN { printf "%-44s %8s  peak %7.1f MB  (%.1fx the file)\n", l, w, p / 1024, p * 1024 / s }'
}
awk -v n="$entries" -v s="$size" 'BEGIN { printf "HAR of %s entries: %.1f MB\n", n, s / 1048576 }'
XDG_DATA_HOME=$work XDG_CONFIG_HOME=$work measure "pbw case import (read, judged, saved)" \
    "$build/app/pbw" case import "$work/import.har" --db "$work/cases.sqlite"
measure "python3 json.load (read only)" python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/import.har"
