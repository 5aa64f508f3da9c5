#!/usr/bin/env bash
# load.sh -- drive a bylined on loopback with wrk: an article-sized POST to
# /v1/extract from 256 connections for 60 s. Passes when there are no socket
# errors and no answer other than 200, and the server's resident memory
# (VmRSS) after the run is close to what it was after a warm-up.
#
#   tools/load.sh                      (make load; starts bin/bylined itself)
#   DURATION=60 CONNECTIONS=256 THREADS=2 RSS_SLACK_KB=32768
#   BYLINE_URL=http://127.0.0.1:8080 BYLINE_PID=1234 tools/load.sh   (a running one)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-256}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-10}
# Growth allowed between the warm-up and the end: allocator arenas and caches
# settle during the warm-up, a leak keeps growing after it.
RSS_SLACK_KB=${RSS_SLACK_KB:-32768}
LOG=$(mktemp /tmp/byline-load-XXXXXX.log)

say() { echo "load: $*"; }
fail() { say "FAIL: $*"; exit 1; }

command -v wrk >/dev/null || {
    say "installing wrk"
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
}

started=""
stop() {
    if [ -n "$started" ]; then
        kill -TERM "$BYLINE_PID" 2>/dev/null || true
        wait "$BYLINE_PID" 2>/dev/null || true
    fi
}
trap stop EXIT

if [ -z "${BYLINE_URL:-}" ]; then
    [ -x bin/bylined ] || fail "bin/bylined not built (make all)"
    # Connections above the 256 of the run, so none is refused.
    bin/bylined --host 127.0.0.1 --port 0 --max-connections 1024 --no-access-log 2>"$LOG" &
    BYLINE_PID=$!
    started=1
    for _ in $(seq 1 300); do
        port=$(sed -n 's/.*"msg":"listening".*"port":\([0-9]*\).*/\1/p' "$LOG" | head -1)
        [ -n "$port" ] && break
        kill -0 "$BYLINE_PID" 2>/dev/null || { cat "$LOG"; fail "bylined exited"; }
        sleep 0.1
    done
    [ -n "${port:-}" ] || fail "bylined did not log its port"
    BYLINE_URL="http://127.0.0.1:$port"
fi
[ -n "${BYLINE_PID:-}" ] || fail "BYLINE_PID is needed to sample the server's memory"
case "$BYLINE_URL" in
    http://127.*|http://localhost*|http://\[::1\]*) ;;
    *) fail "only loopback addresses are load-tested ($BYLINE_URL)" ;;
esac
curl -fsS "$BYLINE_URL/readyz" >/dev/null || fail "$BYLINE_URL/readyz is not ready"

rss() { awk '/^VmRSS:/ { print $2 }' "/proc/$BYLINE_PID/status"; }
ulimit -n 4096 2>/dev/null || true

say "warm-up ${WARMUP} s, $CONNECTIONS connections against $BYLINE_URL"
# The bench's wrk script, given our article: POST it to /v1/extract and
# print wrk.* key/value lines.
export BENCH_ARTICLES=${BYLINE_LOAD_ARTICLE:-tools/load/article.txt}
URL=$BYLINE_URL/v1/extract
wrk -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP}s" --timeout 10s -s bench/post.lua \
    "$URL" >/dev/null
rss_before=$(rss)

say "run ${DURATION} s"
out=$(wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --timeout 10s --latency \
    -s bench/post.lua "$URL")
rss_after=$(rss)
echo "$out"

kv() { echo "$out" | awk -v k="$1" '$1 == k { print $2 }'; }
requests=$(kv wrk.requests)
bad=$(kv wrk.non200)
errors=$(kv wrk.errors)
say "latency p50 $(kv wrk.p50_ms) ms, p99 $(kv wrk.p99_ms) ms, max $(kv wrk.max_ms) ms"
say "VmRSS before ${rss_before} kB, after ${rss_after} kB (growth $((rss_after - rss_before)) kB, allowed ${RSS_SLACK_KB} kB)"
[ "${requests:-0}" -gt 0 ] || fail "no requests completed"
[ "${bad:-1}" -eq 0 ] || fail "$bad answers were not 200"
[ "${errors:-1}" -eq 0 ] || fail "$errors socket or status errors"
[ $((rss_after - rss_before)) -le "$RSS_SLACK_KB" ] || fail "resident memory grew by $((rss_after - rss_before)) kB"
kill -0 "$BYLINE_PID" 2>/dev/null || fail "bylined died"
say "PASS: $requests requests, all 200, no socket errors, RSS flat"
