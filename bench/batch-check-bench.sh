#!/usr/bin/env bash
# `pbw batch check` of a generated postback log of 100,000 rows, every one missing at the partner, so
# every logged callback is checked and every logged answer judged (and each corrected callback built):
# Keitaro→Everflow-shaped URLs with a literal macro in one of nine, a comma payout in one of eleven;
# answers mixed as logs have them (200 success, 403 IP not whitelisted, 200 {"status":"error",…}, a
# timeout, none, duplicates, and one in fifty a body of its own). Next to it in the same run, the peer:
# python3 reading the same CSV and splitting each URL with urllib.parse — it does much less (no check,
# no verdict, no rebuild), it is the floor of "read every row and parse every URL". Wall time and peak
# resident memory (/usr/bin/time -v). Goal: pbw under 2 s.
#
#   bench/batch-check-bench.sh [BUILD_DIR] [ROWS]      (default build/release, 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
rows=${2:-100000}
if [[ ! -x $build/app/pbw ]]; then
    cmake --preset release >/dev/null && cmake --build --preset release --target pbw >/dev/null
fi
source bench/common.sh
python3 - "$work" "$rows" <<'PY'
import random, sys
work, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(24)
alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
answers = [("200", "success=true;"), ("403", "IP not whitelisted"),
           ("200", '"{""status"":""error"",""message"":""Invalid click_id""}"'), ("", "timeout"), ("", ""),
           ("200", "ERROR: This conversion has already been notified and saved."), ("500", "Internal Server Error")]
with open(f"{work}/log.csv", "w") as out:
    out.write("click_id,postback_url,http_status,response_body,sent_at\n")
    for i in range(count):
        click = "".join(rng.choice(alphabet) for _ in range(18))
        payout = "49,90" if i % 11 == 0 else ("49.90", "25.00", "12.50")[i % 3]
        value = "{clickid}" if i % 9 == 0 else click
        url = f"https://trk.example-network.com/?nid=1466&transaction_id={value}&amount={payout}"
        status, body = answers[i % len(answers)]
        if i % 50 == 0:
            status, body = "200", f"OK {i}"
        out.write(f'{click},"{url}",{status},{body},2026-12-07T{i % 24:02d}:{i % 60:02d}:00+00:00\n')
with open(f"{work}/partner.csv", "w") as out:
    out.write("conversion_id,transaction_id,sub1,status,payout,currency_id,conversion_unix_timestamp\n")
    out.write("0,0,not-in-the-log,approved,1.00,USD,1796600000\n")
PY
measure() { # label, command...: prints wall time and peak memory
    local label=$1
    shift
    /usr/bin/time -v "$@" >"$work/out.txt" 2>"$work/time.txt" || true
    local wall peak
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    awk -v l="$label" -v w="$wall" -v p="$peak" 'BEGIN { printf "%-58s %8s  peak %7.1f MB\n", l, w, p / 1024 }'
}
awk -v n="$rows" -v s="$(stat -c %s "$work/log.csv")" 'BEGIN { printf "postback log: %s rows, %.1f MB of CSV, all missing at the partner\n", n, s / 1048576 }'
measure "pbw batch check (check, judge, group, build re-fire list)" \
    "$build/app/pbw" batch check "$work/log.csv" "$work/partner.csv" --partner-preset everflow
grep -E '^ +[0-9]+  ' "$work/out.txt" | sed 's/^/    /'
tail -1 "$work/out.txt" | sed 's/^/    /'
measure "pbw batch check --csv (and the re-fire list written)" \
    "$build/app/pbw" batch check "$work/log.csv" "$work/partner.csv" --partner-preset everflow --csv "$work/refire.csv"
measure "pbw batch check --template (template filled per row)" \
    "$build/app/pbw" batch check "$work/log.csv" "$work/partner.csv" --partner-preset everflow \
    --template 'https://trk.example-network.com/?nid=1466&transaction_id={clickid}&amount={payout}'
cat >"$work/peer.py" <<'PY'
import csv, sys
from urllib.parse import urlsplit, parse_qsl
n = 0
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f):
        parts = urlsplit(row["postback_url"])
        n += len(parse_qsl(parts.query, keep_blank_values=True))
print(n)
PY
measure "peer: python3 csv + urllib.parse (read and split only)" python3 "$work/peer.py" "$work/log.csv"
