#!/usr/bin/env bash
# Fires 10,000 callbacks at `pbw catch` with `xargs -P8 curl` (one curl each, 8 at a time, as a busy
# tracker would) and checks every one was kept (none lost), then the same load at its peer in the
# same run: python3's http.server (ThreadingHTTPServer, a handler that keeps each request's line and
# headers and answers "OK"). Prints requests a second and peak memory of each. Here one curl costs
# about 25 ms of CPU to start, so xargs measures curl more than the receiver: each receiver also gets
# the same load from one `curl -Z --parallel-max 8` (8 kept-alive connections), which it does not.
# LOAD=xargs or LOAD=parallel runs one of the two.
#
#   bench/catch-bench.sh [BUILD_DIR]     (default build/ci; COUNT=10000)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build/ci}")
count=${COUNT:-10000}
source bench/common.sh
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 100); do (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return; sleep 0.05; done; }
load=${LOAD:-xargs}
fire() { # fires the URLs of file $1 (one curl each, or one curl for all), prints the seconds it took
    local start end
    start=$(date +%s.%N)
    if [[ $load == parallel ]]; then
        sed 's|.*|url = "&"\noutput = /dev/null|' "$1" >"$1.cfg"
        curl -s -Z --parallel-max 8 -K "$1.cfg" 2>/dev/null
    else
        xargs -P8 -n1 curl -s -o /dev/null <"$1"
    fi
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

# pbw catch
port=$(free_port)
prefix=bench0catch0prefix
/usr/bin/time -f "%e %M" -o "$work/pbw.time" "$build/app/pbw" catch --port "$port" --prefix "$prefix" \
    --max-per-minute 0 --count "$count" --json >"$work/pbw.out" &
pbw_pid=$!
pids+=($pbw_pid)
wait_port "$port"
seq "$count" | sed "s|.*|http://127.0.0.1:$port/c/$prefix/pb?cid=c&\\&amount=1.50\\&goal=purchase|" >"$work/pbw.urls"
pbw_s=$(fire "$work/pbw.urls")
wait "$pbw_pid" || true
pbw_kb=$(awk '{print $2}' "$work/pbw.time")
pbw_kept=$(grep -c '"event":"caught"' "$work/pbw.out" || true)

# python3 http.server
port=$(free_port)
cat >"$work/peer.py" <<'PY'
import http.server, sys, threading
kept = []
lock = threading.Lock()
class Keep(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        with lock:
            kept.append((self.requestline, list(self.headers.items())))
            n = len(kept)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"OK")
        if n >= int(sys.argv[2]):
            threading.Thread(target=self.server.shutdown).start()
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Keep)
server.serve_forever()
print(len(kept))
PY
/usr/bin/time -f "%e %M" -o "$work/py.time" python3 "$work/peer.py" "$port" "$count" >"$work/py.out" &
py_pid=$!
pids+=($py_pid)
wait_port "$port"
seq "$count" | sed "s|.*|http://127.0.0.1:$port/pb?cid=c&\\&amount=1.50\\&goal=purchase|" >"$work/py.urls"
py_s=$(fire "$work/py.urls")
wait "$py_pid" || true
py_kb=$(awk '{print $2}' "$work/py.time")
py_kept=$(cat "$work/py.out")

if [[ $load == parallel ]]; then
    printf 'Receive %d callbacks from curl -Z --parallel-max 8 (8 kept-alive connections)\n' "$count"
else
    printf 'Receive %d callbacks from xargs -P8 curl (one connection each)\n' "$count"
fi
printf '%-58s %7.0f req/s  peak %6.1f MB  kept %s\n' "pbw catch (byte-exact record, checked, JSON line each)" \
    "$(echo "$count / $pbw_s" | bc -l)" "$(mb "$pbw_kb")" "$pbw_kept"
printf '%-58s %7.0f req/s  peak %6.1f MB  kept %s\n' "python3 http.server (ThreadingHTTPServer, keeps headers)" \
    "$(echo "$count / $py_s" | bc -l)" "$(mb "$py_kb")" "$py_kept"
[[ $pbw_kept == "$count" ]] || { echo "LOST: pbw catch kept $pbw_kept of $count" >&2; exit 1; }

[[ $load == parallel ]] && exit 0
# The window: the Catch tab listening while the same load arrives; how long its event loop was ever
# kept from running (a 5 ms timer's longest gap).
cmake --build "$build" --target pbw-catch-window-bench >/dev/null
QT_QPA_PLATFORM=offscreen COUNT=$count "$build/bench/pbw-catch-window-bench" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print("%-58s %7.0f req/s  peak %6.1f MB  kept %d, shown %d; longest stall %.0f ms, p99 tick %.1f ms" % (
    "the window, Catch tab listening (table, verdicts)", r["requests_per_second"], r["peak_rss_mb"],
    r["kept"], r["rows_shown"], r["longest_stall_ms"], r["p99_tick_ms"]))'

