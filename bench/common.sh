# Shared by the bench scripts (sourced): a work folder removed on exit with the background programs
# started, and the timing helper.
work=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# Runs "$@" and prints its wall seconds and peak resident kilobytes.
seconds() {
    /usr/bin/time -f "%e %M" "$@" >/dev/null 2>"$work/time" || true
    tail -1 "$work/time"
}

# Starts the project's loopback test server (tests/pbw-test-server) with the given options and sets
# base to its address.
start_test_server() {
    "$build/tests/pbw-test-server" "$@" >"$work/port" &
    pids+=($!)
    for _ in $(seq 50); do grep -q PORT "$work/port" 2>/dev/null && break; sleep 0.1; done
    base="http://127.0.0.1:$(awk '/PORT/ {print $2}' "$work/port")"
}

mb() { echo "$1/1024" | bc -l; }
