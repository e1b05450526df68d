#!/usr/bin/env bash
# `pbw batch reconcile` of a generated tracker postback log and partner report of 1,000,000 rows each
# (Keitaro-shaped log with the postback URL and the partner's answer; Everflow-shaped report in another
# order; 2% missing at the partner, 1% extra, 1% payout and 1% status different), next to its peers
# in the same run: sqlite3 importing both CSVs and joining them, and sort + join on the click ID. Wall
# time and peak resident memory (/usr/bin/time -v). Goal: pbw under 3 s and 500 MB.
#
#   bench/batch-bench.sh [BUILD_DIR] [ROWS]      (default build/release, 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
rows=${2:-1000000}
if [[ ! -x $build/app/pbw ]]; then
    cmake --preset release >/dev/null && cmake --build --preset release --target pbw >/dev/null
fi
source bench/common.sh
python3 - "$work" "$rows" <<'PY'
import random, sys
work, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(24)
alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
partner = []
with open(f"{work}/tracker.csv", "w") as out:
    out.write("sub_id,tid,status,revenue,postback_datetime,postback_url,http_status,response_body\n")
    for i in range(count):
        click = "".join(rng.choice(alphabet) for _ in range(18))
        status = "sale" if i % 7 else "lead"
        payout = ("49.90", "25.00", "12.50", "30.00")[i % 4]
        out.write(f"{click},tx-{i},{status},{payout},2026-12-07 {i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d},"
                  f"https://trk.example-network.com/?nid=1466&transaction_id={click}&amount={payout},200,success=true;\n")
        r = i % 100
        if r < 2:
            continue  # missing at the partner
        pay = "45.00" if r == 2 else payout  # payout different
        st = "rejected" if r == 3 else ("approved" if status == "sale" else "pending")  # status different
        partner.append((click, st, pay, 1796600000 + i))
for i in range(count // 100):  # extra at the partner
    partner.append(("x" + "".join(rng.choice(alphabet) for _ in range(17)), "approved", "18.75", 1796700000 + i))
partner.reverse()
with open(f"{work}/partner.csv", "w") as out:
    out.write("conversion_id,transaction_id,sub1,status,payout,currency_id,conversion_unix_timestamp\n")
    for n, (click, st, pay, ts) in enumerate(partner):
        out.write(f"{n:032x},{(n * 2654435761) % (1 << 128):032x},{click},{st},{pay},USD,{ts}\n")
PY
size=$(du -cb "$work/tracker.csv" "$work/partner.csv" | tail -1 | cut -f1)
measure() { # label, command...: prints wall time and peak memory
    local label=$1
    shift
    /usr/bin/time -v "$@" >"$work/out.txt" 2>"$work/time.txt" || true
    local wall peak
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    awk -v l="$label" -v w="$wall" -v p="$peak" 'BEGIN { printf "%-52s %8s  peak %7.1f MB\n", l, w, p / 1024 }'
}
awk -v n="$rows" -v s="$size" 'BEGIN { printf "tracker %s rows + partner report: %.1f MB of CSV\n", n, s / 1048576 }'
measure "pbw batch reconcile (read both, match, totals)" \
    "$build/app/pbw" batch reconcile "$work/tracker.csv" "$work/partner.csv" \
    --tracker-preset keitaro --partner-preset everflow --map-tracker postback_url=postback_url,answer_status=http_status,answer_body=response_body
grep -E '^(Credited|Missing|Payout|Status|Extra).*[0-9]$' "$work/out.txt" | sed 's/^/    /'
measure "pbw batch reconcile --csv (and every row written)" \
    "$build/app/pbw" batch reconcile "$work/tracker.csv" "$work/partner.csv" \
    --tracker-preset keitaro --partner-preset everflow --csv "$work/reconciled.csv" \
    --map-tracker postback_url=postback_url,answer_status=http_status,answer_body=response_body
cat >"$work/join.sql" <<'SQL'
.mode csv
.import tracker.csv tracker
.import partner.csv partner
CREATE INDEX partner_sub1 ON partner(sub1);
CREATE INDEX tracker_sub_id ON tracker(sub_id);
.mode list
SELECT CASE WHEN p.sub1 IS NULL THEN 'missing'
            WHEN CASE t.status WHEN 'sale' THEN 'approved' WHEN 'lead' THEN 'pending' ELSE t.status END
                 <> p.status THEN 'status'
            WHEN abs(t.revenue - p.payout) >= 0.005 THEN 'payout' ELSE 'credited' END AS g,
       count(*), sum(t.revenue)
FROM tracker t LEFT JOIN partner p ON p.sub1 = t.sub_id GROUP BY g;
SELECT 'extra', count(*), sum(payout) FROM partner p WHERE NOT EXISTS (SELECT 1 FROM tracker t WHERE t.sub_id = p.sub1);
SQL
measure "sqlite3 (import both, index, join, group)" sh -c "cd '$work' && sqlite3 ':memory:' < join.sql"
sed 's/^/    /' "$work/out.txt"
measure "sort + join on the click ID (missing and extra only)" sh -c "cd '$work' && \
    tail -n +2 tracker.csv | cut -d, -f1,4 | LC_ALL=C sort -t, -k1,1 > t.sorted && \
    tail -n +2 partner.csv | cut -d, -f3,5 | LC_ALL=C sort -t, -k1,1 > p.sorted && \
    LC_ALL=C join -t, -a1 -a2 -o 0,1.2,2.2 -e '' t.sorted p.sorted | awk -F, '\$3==\"\"{m++} \$2==\"\"{e++} END{print m\" missing, \"e\" extra\"}'"
sed 's/^/    /' "$work/out.txt"
