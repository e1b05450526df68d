#!/usr/bin/env bash
# Times `pbw batch send` of 1,000 callbacks to a loopback partner at concurrency 8 and no rate limit
# (each written in the case's ledger before it is sent, its exchange and verdict kept after), next
# to its peers in the same run: `xargs -P8 curl` (sends only) and, when installed, newman (Postman's
# runner) with the same CSV as its data file. Targets: within 1.5x of xargs+curl, 10x faster than
# newman.
#
#   bench/batch-send-bench.sh [BUILD_DIR]     (default build/ci; newman: npm install -g newman)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build/ci}")
count=${COUNT:-1000}
source bench/common.sh
start_test_server --body '{"status":"ok"}' --content-type application/json

{
    echo "key,url"
    for i in $(seq "$count"); do echo "k$i,$base/pb?click_id=k$i&amount=49.90&goal=purchase"; done
} >"$work/callbacks.csv"
tail -n +2 "$work/callbacks.csv" | cut -d, -f2- >"$work/urls.txt"

export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=offscreen
"$build/app/pbw" case new "Send bench" --db "$work/cases.sqlite" >/dev/null

read -r pbw_s pbw_kb < <(seconds "$build/app/pbw" batch send "$work/callbacks.csv" --case 1 --db "$work/cases.sqlite" \
    --yes --rate 0 --concurrency 8)
sent=$("$build/app/pbw" case show 1 --db "$work/cases.sqlite" --json | python3 -c \
    "import json,sys; print(len(json.load(sys.stdin)['exchanges']))")
read -r curl_s curl_kb < <(seconds sh -c "xargs -P8 -n1 curl -s -o /dev/null < '$work/urls.txt'")
printf 'Send %d callbacks to loopback, concurrency 8, no rate limit\n' "$count"
printf '%-52s %6.2f s  peak %6.1f MB  (%s kept in the case)\n' "pbw batch send (ledger, verdict, exchange kept)" \
    "$pbw_s" "$(echo "$pbw_kb/1024" | bc -l)" "$sent"
printf '%-52s %6.2f s  peak %6.1f MB  (one curl each)\n' "xargs -P8 curl (sends only)" "$curl_s" \
    "$(echo "$curl_kb/1024" | bc -l)"
if command -v newman >/dev/null; then
    cat >"$work/collection.json" <<JSON
{"info": {"name": "refire", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
 "item": [{"name": "callback", "request": {"method": "GET", "url": "{{url}}"}}]}
JSON
    read -r newman_s newman_kb < <(seconds newman run "$work/collection.json" -d "$work/callbacks.csv" \
        --reporters cli --silent)
    printf '%-52s %6.2f s  peak %6.1f MB\n' "newman run -d callbacks.csv (one after another)" "$newman_s" \
        "$(echo "$newman_kb/1024" | bc -l)"
    python3 -c "print('pbw / xargs+curl: %.2fx (target <= 1.5); newman / pbw: %.1fx (target >= 10)' % ($pbw_s/$curl_s, $newman_s/$pbw_s))"
else
    python3 -c "print('pbw / xargs+curl: %.2fx (target <= 1.5); newman not installed' % ($pbw_s/$curl_s))"
fi
