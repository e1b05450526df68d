#!/usr/bin/env bash
# Times `pbw trace` against `curl -L` following the same 10-hop HTTP redirect chain on a loopback
# server, in one run (whole-process wall time, median of many runs, hyperfine). Target: pbw within
# 1.5x of curl. Then the click-ID extractor's rate (pbw-trace-bench): at least 200,000 URLs per
# second on one core.
#
#   bench/trace-bench.sh [BUILD_DIR]      (default build/release; configure it with --preset release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
server_build=${SERVER_BUILD:-build/dev}
runs=${RUNS:-40}

cmake --build "$build" --target pbw pbw-trace-bench >/dev/null
if [[ ! -x $server_build/tests/pbw-test-server ]]; then
    echo "needs $server_build/tests/pbw-test-server: cmake --preset dev && cmake --build --preset dev" >&2
    exit 2
fi
for tool in hyperfine curl python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (scripts/install-deps.sh installs it)" >&2; exit 2; }
done
work=$(mktemp -d)
"$server_build/tests/pbw-test-server" --chain 10 --content-type text/html --body '<html>landing</html>' >"$work/port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q PORT "$work/port" 2>/dev/null && break; sleep 0.1; done
port=$(awk '/PORT/ {print $2}' "$work/port")
url="http://127.0.0.1:$port/hop/1?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF&utm_source=google"

# Both must agree on where the chain ends before they are timed.
pbw_final=$("$build/app/pbw" trace --json "$url" | python3 -c 'import json,sys; print(json.load(sys.stdin)["final_url"])')
curl_final=$(curl -sL -o /dev/null -w '%{url_effective}' "$url")
[[ $pbw_final == "$curl_final" ]] || { echo "pbw ends at $pbw_final, curl at $curl_final" >&2; exit 1; }

hyperfine -N --warmup 5 --runs "$runs" --export-json "$work/t.json" \
    "$build/app/pbw trace '$url'" "curl -sL -o /dev/null '$url'" >/dev/null 2>&1
python3 - "$work/t.json" <<'PY'
import json, sys
pbw, curl = (r["median"] * 1000 for r in json.load(open(sys.argv[1]))["results"])
ratio = pbw / curl
print(f"10-hop chain           time  pbw trace {pbw:7.2f} ms   curl -L {curl:7.2f} ms   ratio {ratio:4.2f} "
      f"(target <= 1.50: {'ok' if ratio <= 1.5 else 'OVER TARGET'})")
PY
"$build/bench/pbw-trace-bench"
