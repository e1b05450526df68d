#!/usr/bin/env bash
# Times `pbw replay` against curl for the same requests to a loopback server, in one run:
# whole-process wall time (median of many runs, hyperfine) and peak resident memory (median of
# /usr/bin/time's maximum RSS). Targets: pbw within 1.25x of curl's time and 2x of its memory.
#
#   bench/replay-bench.sh [BUILD_DIR]      (default build/release; configure it with --preset release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
server_build=${SERVER_BUILD:-build/dev}
runs=${RUNS:-60}

if [[ ! -x $build/app/pbw ]]; then
    cmake --preset release >/dev/null && cmake --build --preset release >/dev/null
fi
if [[ ! -x $server_build/tests/pbw-test-server ]]; then
    echo "needs $server_build/tests/pbw-test-server: cmake --preset dev && cmake --build --preset dev" >&2
    exit 2
fi
for tool in hyperfine curl /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (scripts/install-deps.sh installs it)" >&2; exit 2; }
done

work=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

start_server() { # $1: name, rest: server options; sets port_<name>
    "$server_build/tests/pbw-test-server" "${@:2}" >"$work/$1.port" &
    pids+=($!)
    for _ in $(seq 50); do grep -q PORT "$work/$1.port" 2>/dev/null && break; sleep 0.1; done
    printf -v "port_$1" '%s' "$(awk '/PORT/ {print $2}' "$work/$1.port")"
}
start_server small --body Success
start_server large --stream-bytes 1048576

median_rss() { # prints the median peak RSS in KB of running "$@" 15 times
    for _ in $(seq 15); do /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 || true; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

compare() { # $1: label, $2: url
    local label=$1 url=$2
    hyperfine -N -i --warmup 5 --runs "$runs" --export-json "$work/t.json" \
        "$build/app/pbw replay --max-body 2097152 '$url'" "curl -s --globoff -o /dev/null '$url'" >/dev/null 2>&1
    read -r pbw_ms curl_ms < <(python3 -c "
import json; r=json.load(open('$work/t.json'))['results']
print(' '.join('%.2f' % (x['median']*1000) for x in r))")
    local pbw_kb curl_kb
    pbw_kb=$(median_rss "$build/app/pbw" replay --max-body 2097152 "$url")
    curl_kb=$(median_rss curl -s --globoff -o /dev/null "$url")
    python3 - "$label" "$pbw_ms" "$curl_ms" "$pbw_kb" "$curl_kb" <<'PY'
import sys
label, pt, ct, pm, cm = sys.argv[1], *map(float, sys.argv[2:])
tr, mr = pt / ct, pm / cm
ok = lambda v, limit: "ok" if v <= limit else "OVER TARGET"
print(f"{label:<22} time  pbw {pt:7.2f} ms   curl {ct:7.2f} ms   ratio {tr:4.2f} (target <= 1.25: {ok(tr, 1.25)})")
print(f"{'':<22} peak  pbw {pm/1024:7.1f} MB   curl {cm/1024:7.1f} MB   ratio {mr:4.2f} (target <= 2.00: {ok(mr, 2.0)})")
PY
}

echo "pbw replay vs curl, loopback, median of $runs runs ($(nproc) cores, $(date -u +%F))"
compare "7-byte answer" "http://127.0.0.1:$port_small/pb?cid={clickid}&payout=1.5"
compare "1 MiB answer" "http://127.0.0.1:$port_large/pb?cid=abc"
