#!/usr/bin/env bash
# Times the main window from process start to its first painted frame, and its memory after one
# replay, under Xvfb; next to an empty Qt window measured in the same run (the floor Qt sets).
# Targets: first paint under 400 ms, resident memory under 90 MB after one exchange.
#
#   bench/gui-bench.sh [BUILD_DIR]      (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
server_build=${SERVER_BUILD:-build/dev}
runs=${RUNS:-15}

[[ -d $build ]] || cmake --preset release >/dev/null
cmake --build "$build" --target pbw-gui-bench >/dev/null
if [[ ! -x $server_build/tests/pbw-test-server ]]; then
    echo "needs $server_build/tests/pbw-test-server: cmake --preset dev && cmake --build --preset dev" >&2
    exit 2
fi
for tool in xvfb-run python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (scripts/install-deps.sh installs it)" >&2; exit 2; }
done

work=$(mktemp -d)
"$server_build/tests/pbw-test-server" --body '{"status":"success"}' >"$work/port" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q PORT "$work/port" 2>/dev/null && break; sleep 0.1; done
port=$(awk '/PORT/ {print $2}' "$work/port")

cat >"$work/measure.py" <<'PY'
import json, os, statistics, subprocess, sys, time
binary, runs, url = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def measure(arg):
    rows = []
    for _ in range(runs):
        env = dict(os.environ, PBW_T0_NS=str(time.time_ns()))
        out = subprocess.run([binary, arg], env=env, capture_output=True, text=True, timeout=60).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    return {k: statistics.median(r[k] for r in rows) for k in rows[0]}
app, bare = measure(url), measure("--bare")
ok = lambda v, limit: "ok" if v <= limit else "OVER TARGET"
print(f"first paint   workbench {app['first_paint_ms']:6.1f} ms   empty Qt window {bare['first_paint_ms']:6.1f} ms"
      f"   (target < 400 ms: {ok(app['first_paint_ms'], 400)})")
print(f"resident      workbench {app['rss_mb']:6.1f} MB   empty Qt window {bare['rss_mb']:6.1f} MB"
      f"   (target < 90 MB after one exchange: {ok(app['rss_mb'], 90)})")
print(f"peak resident workbench {app['peak_rss_mb']:6.1f} MB   empty Qt window {bare['peak_rss_mb']:6.1f} MB")
PY

echo "main window under Xvfb 1280x800, median of $runs runs ($(nproc) cores, $(date -u +%F))"
xvfb-run -a -s "-screen 0 1280x800x24" python3 "$work/measure.py" "$build/bench/pbw-gui-bench" "$runs" \
    "http://127.0.0.1:$port/pb?cid=abc123&payout=1.5"
