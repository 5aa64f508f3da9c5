#!/bin/sh
# run.sh -- `make bench`: every figure from one run on this machine, printed
# as one table. Pipeline throughput (bench/bench.c), HTTP throughput and
# latency (wrk against a live bylined), peak RSS and start-to-ready, and the
# compromise peer on the same texts. Figures only; nothing here passes or fails.
#
# Environment: BENCH (bench binary), BYLINED (server binary), DATA_DIR (models,
# default data), EXAMPLES (extra articles, default ../shared/examples),
# RESEARCH (research data for the tagger-alone row, default ../shared/data),
# TAGGER_BENCH (tools/bench binary), OPENLOOP (bench/openloop binary),
# SECONDS_PER_RUN (pipeline seconds per set, default 3), WRK_SECONDS (10),
# BENCH_KV (also keep the raw key/value figures in this file), BENCH_RENDER
# (print the table of such a file and measure nothing).
set -u

BENCH=${BENCH:-build/release/bench/bench}
BYLINED=${BYLINED:-bin/bylined}
DATA_DIR=${DATA_DIR:-data}
EXAMPLES=${EXAMPLES:-../shared/examples}
RESEARCH=${RESEARCH:-../shared/data}
TAGGER_BENCH=${TAGGER_BENCH:-build/release/tools/bench}
OPENLOOP=${OPENLOOP:-build/release/bench/openloop}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-3}
WRK_SECONDS=${WRK_SECONDS:-10}
WRK_CONNECTIONS=64

TMP=$(mktemp -d "${TMPDIR:-/tmp}/byline-bench.XXXXXX") || exit 1
KV=$TMP/kv
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill -TERM "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
    if [ -n "${BENCH_KV:-}" ] && [ -z "${BENCH_RENDER:-}" ]; then cp "$KV" "$BENCH_KV"; fi
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM
: >"$KV"

say() { echo "bench: $*" >&2; }
# "user system workers socket" clock ticks a process has used: all of it
# (user, system), its threads named bylined-worker, and the rest
server_cpu() {
    for t in /proc/"$1"/task/*; do
        # the name is in parentheses and has no spaces (comm of bylined's threads)
        echo "$(cat "$t/comm" 2>/dev/null) $(cut -d' ' -f14,15 "$t/stat" 2>/dev/null)"
    done | awk '{ if ($1 == "bylined-worker") w += $2 + $3; else o += $2 + $3 } END { print w + 0, o + 0 }' |
        { read -r w o; echo "$(cut -d' ' -f14,15 /proc/"$1"/stat) $w $o"; }
}
# user + system seconds of the shell's finished children (the times builtin,
# run in this shell: in a command substitution it would count the subshell's)
children_cpu() {
    times >"$TMP/times"
    awk 'NR == 2 { t = 0
        for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); t += a[1] * 60 + a[2] }
        printf "%.6f\n", t }' "$TMP/times"
}
get() { awk -v k="$1" '$1 == k { v = $2 } END { print v }' "$KV"; }

if [ -n "${BENCH_RENDER:-}" ]; then
    KV=$BENCH_RENDER # only print the table of an earlier run
else
echo "loadavg.start $(cut -d' ' -f1 /proc/loadavg)" >>"$KV"
# ---- tools: wrk from Debian, compromise from npm (into bench/peers/) ----
if ! command -v wrk >/dev/null 2>&1; then
    say "installing wrk"
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get install -y -qq wrk >/dev/null 2>&1 || say "wrk is not available; HTTP rows skipped"
fi
HAVE_NODE=1
if ! command -v node >/dev/null 2>&1; then
    say "node is not installed; peer rows skipped"
    HAVE_NODE=0
elif [ ! -f bench/peers/node_modules/compromise/package.json ]; then
    say "installing compromise into bench/peers/"
    npm install --prefix bench/peers --no-audit --no-fund --silent compromise@14 >/dev/null 2>&1 ||
        { say "npm install compromise failed; peer rows skipped"; HAVE_NODE=0; }
fi

# ---- the article set ----------------------------------------------------
ARTICLES=$(ls bench/corpus/*.txt)
if [ -d "$EXAMPLES" ]; then
    ARTICLES="$ARTICLES $(ls "$EXAMPLES"/*.txt 2>/dev/null)"
else
    say "$EXAMPLES not found; using bench/corpus only"
fi
BIG=$TMP/big.txt
PIN=
if command -v taskset >/dev/null 2>&1; then PIN="taskset -c 0"; fi

# ---- pipeline on one core -------------------------------------------------
say "pipeline: $(echo "$ARTICLES" | wc -w) articles, ${SECONDS_PER_RUN}s per set"
# shellcheck disable=SC2086
$PIN "$BENCH" --kv --models "$DATA_DIR" --seconds "$SECONDS_PER_RUN" \
    --write-big "$BIG" $ARTICLES >>"$KV" || { say "pipeline bench failed"; exit 1; }

# ---- the tagger alone on CoNLL-2003 dev (when the research data is there) --
if [ -x "$TAGGER_BENCH" ] && [ -f "$RESEARCH/conll2003/dev.txt" ]; then
    say "tagger: CoNLL-2003 dev through the entity stage alone"
    $PIN "$TAGGER_BENCH" --data "$RESEARCH" --models "$DATA_DIR" >"$TMP/tagger.out" 2>&1
    sed -n 's/^tagger: [0-9]* tokens x [0-9]* rounds: \([0-9]*\) tokens\/s.*/tagger.tokens_per_s \1/p' \
        "$TMP/tagger.out" >>"$KV"
else
    say "$RESEARCH/conll2003/dev.txt not found; tagger-alone row skipped"
fi

# ---- the peer on the same texts, same core ------------------------------
if [ "$HAVE_NODE" = 1 ]; then
    say "peer: compromise on the same texts"
    # shellcheck disable=SC2086
    $PIN node bench/peer.js "$SECONDS_PER_RUN" "$BIG" $ARTICLES >>"$KV" ||
        say "peer run failed"
fi

# ---- the server: start to ready, RSS, wrk, one 1 MB article ---------------
if command -v wrk >/dev/null 2>&1; then
    LOG=$TMP/server.log
    : >"$LOG"
    t0=$(date +%s%N)
    "$BYLINED" --port 0 --no-access-log --max-body 4M --max-text 4M --data "$DATA_DIR" \
        2>"$LOG" &
    SERVER_PID=$!
    PORT=
    ready=0
    i=0
    while [ $i -lt 5000 ]; do
        if [ -z "$PORT" ]; then
            PORT=$(sed -n 's/.*"msg":"listening".*"port":\([0-9]*\).*/\1/p' "$LOG" | head -n 1)
        fi
        if [ -n "$PORT" ] &&
            [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/readyz")" = 200 ]; then
            ready=1
            break
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || break
        i=$((i + 1))
    done
    t1=$(date +%s%N)
    if [ "$ready" = 1 ]; then
        echo "server.ready_ms $(((t1 - t0) / 1000000))" >>"$KV"
        echo "server.ready_rss_kb $(awk '/^VmRSS/ { print $2 }' /proc/$SERVER_PID/status)" >>"$KV"
        URL=http://127.0.0.1:$PORT/v1/extract
        export BENCH_ARTICLES="$ARTICLES"
        say "http: warm-up, then wrk -c$WRK_CONNECTIONS for ${WRK_SECONDS}s on port $PORT"
        wrk -t2 -c$WRK_CONNECTIONS -d2s -s bench/post.lua "$URL" >/dev/null 2>&1
        # CPU spent on the run, in clock ticks: the server's by thread
        # (analysis workers, the rest: MHD's socket thread, main) and user /
        # system, and wrk's (the shell's children, from times)
        cpu0=$(server_cpu "$SERVER_PID")
        children_cpu >"$TMP/wrk0"
        wrk0=$(cat "$TMP/wrk0")
        wrk -t2 -c$WRK_CONNECTIONS -d"${WRK_SECONDS}s" --timeout 10s -s bench/post.lua "$URL" \
            >"$TMP/wrk.out" 2>&1
        cpu1=$(server_cpu "$SERVER_PID")
        children_cpu >"$TMP/wrk1"
        wrk1=$(cat "$TMP/wrk1")
        grep '^wrk\.' "$TMP/wrk.out" >>"$KV"
        echo "$cpu0 $cpu1 $wrk0 $wrk1 $(getconf CLK_TCK 2>/dev/null || echo 100) $(get wrk.requests)" |
            awk '$12 > 0 {
                us = 1e6 / $11 / $12
                printf "server.cpu_us %.0f\nserver.workers_us %.0f\nserver.sys_us %.0f\n",
                       ($5 + $6 - $1 - $2) * us, ($7 - $3) * us, ($6 - $2) * us
                printf "client.cpu_us %.0f\n", ($10 - $9) * 1e6 / $12
            }' >>"$KV"
        echo "server.wrk_rss_kb $(awk '/^VmHWM/ { print $2 }' /proc/$SERVER_PID/status)" >>"$KV"
        # wrk's latency is only connections / throughput: ask instead what a
        # client sending on a clock sees, at the target rate and at the
        # highest rate (of a few below wrk's) that keeps p99 within 10 ms.
        if [ -x "$OPENLOOP" ]; then
            say "http: open loop, 3000 req/s offered for ${WRK_SECONDS}s"
            # shellcheck disable=SC2086
            "$OPENLOOP" --port "$PORT" --rate 3000 --seconds "$WRK_SECONDS" --connections \
                $WRK_CONNECTIONS --prefix open3000 $ARTICLES >>"$KV" 2>/dev/null
            wrk_rps=$(get wrk.rps)
            for f in 90 75 60 45 30 15; do
                rate=$((${wrk_rps:-0} * f / 100))
                [ "$rate" -gt 0 ] || break
                say "http: open loop, $rate req/s offered for 3s"
                # shellcheck disable=SC2086
                "$OPENLOOP" --port "$PORT" --rate "$rate" --seconds 3 --connections \
                    $WRK_CONNECTIONS --prefix probe $ARTICLES >"$TMP/probe" 2>/dev/null || break
                p99=$(awk '$1 == "probe.p99_ms" { print $2 }' "$TMP/probe")
                if awk -v p="$p99" 'BEGIN { exit !(p <= 10) }'; then
                    sed 's/^probe\./open10ms./' "$TMP/probe" >>"$KV"
                    break
                fi
            done
        fi
        say "http: one $(wc -c <"$BIG") byte article, 3 times"
        for _ in 1 2 3; do
            curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
                -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$BIG" "$URL"
        done >"$TMP/big.out"
        echo "server.big_status $(awk '{ print $1 }' "$TMP/big.out" | sort -u | paste -sd/)" >>"$KV"
        echo "server.big_ms $(awk '{ print $2 * 1000 }' "$TMP/big.out" | sort -n | sed -n 2p)" >>"$KV"
        echo "server.peak_rss_kb $(awk '/^VmHWM/ { print $2 }' /proc/$SERVER_PID/status)" >>"$KV"
    else
        say "bylined did not become ready; its log:"
        cat "$LOG" >&2
    fi
    kill -TERM "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null
    SERVER_PID=
fi
echo "loadavg.end $(cut -d' ' -f1 /proc/loadavg)" >>"$KV"
fi # measuring

# ---- the table ------------------------------------------------------------
cores=$(nproc)
cpu=$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)
echo
echo "byline ${BENCH_REV:-$(git describe --always --dirty 2>/dev/null)}, $(date -u '+%Y-%m-%d %H:%M UTC'), $cores cores, $cpu"
echo "load average at start / end: $(get loadavg.start) / $(get loadavg.end) (other processes share these cores)"
echo
awk -v cores="$cores" '
function v(k) { return (k in kv) ? kv[k] : "" }
function num(x) { return x == "" ? 0 : x + 0 }
function commas(x,   s, r) {
    s = sprintf("%.0f", x); r = ""
    while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) }
    return s r
}
function ratio(a, b) { return (a == "" || b == "" || b + 0 == 0) ? "" : sprintf("%.1fx", a / b) }
function row(what, by, peer, rat, target) {
    printf "| %s | %s | %s | %s | %s |\n", what, by, peer, rat, target
}
{ kv[$1] = $2 }
END {
    pw = v("peer.version") == "" ? "peer" : "compromise " v("peer.version")
    printf "| figure | byline | %s | byline/peer | target |\n", pw
    print "|---|---|---|---|---|"
    n = v("articles"); w = v("article.words")
    # Throughput is words per CPU-second (wall clock in brackets): other load
    # on the machine stretches wall time but not CPU time.
    aw = v("articles.cpu_wps"); pa = v("peer.articles.cpu_wps")
    pcell = "n/a"
    if (pa != "")
        pcell = sprintf("%s (wall %s)", commas(pa), commas(v("peer.articles.wps")))
    row(sprintf("pipeline words/s, one core: %d articles, %s words, extract + JSON", n, commas(w)),
        sprintf("%s (wall %s)", commas(aw), commas(v("articles.wps"))), pcell, ratio(aw, pa),
        ">= 1,000,000")
    calls = num(v("articles.calls"))
    if (calls > 0)
            row("  per article (mean, CPU / wall)", sprintf("%.2f / %.2f ms",
            num(v("articles.cpu_ns")) / calls / 1e6, num(v("articles.total_ns")) / calls / 1e6),
            "", "", "")
    split("tokenize sentences entities actors locations quotes claims json", st, " ")
    tot = num(v("articles.total_ns"))
    for (i = 1; i <= 8; i++) {
        ns = num(v("articles.stage." st[i] ".ns"))
        # A stage that is not built yet costs only the clock reads around it.
        if (calls > 0 && ns / calls < 200)
            cell = "not built yet (no results)"
        else
            cell = sprintf("%.1f%%, %s words/s", tot ? 100 * ns / tot : 0,
                           ns ? commas(num(v("articles.words")) * 1e9 / ns) : "-")
        row(sprintf("  stage %s", st[i] == "json" ? "JSON (+ doc create)" : st[i]), cell, "", "", "")
    }
    bw = v("big.cpu_wps"); pbw = v("peer.big.cpu_wps")
    bcalls = num(v("big.calls"))
    if (bcalls == 0)
        bcalls = 1
    pcell = "n/a"
    if (pbw != "")
        pcell = sprintf("%s ms (wall %s), %s words/s", v("peer.big.cpu_ms"), v("peer.big.ms"),
                        commas(pbw))
    row(sprintf("1 MB article (%s bytes, %s words), one core", commas(num(v("big.bytes")) / bcalls),
                commas(num(v("big.words")) / bcalls)),
        sprintf("%.0f ms (wall %.0f), %s words/s", num(v("big.cpu_ns")) / bcalls / 1e6,
                num(v("big.total_ns")) / bcalls / 1e6, commas(bw)),
        pcell, ratio(bw, pbw), "<= 1 s")
    qw = v("quarter.cpu_wps")
    row("linearity: words/s at 1 MB / at 256 KB", qw ? sprintf("%.2f", bw / qw) : "", "", "",
        "~1.0 (no quadratic path)")
    split("nostop quotes labels names partials orgtails modelcues inchain", sh, " ")
    shdesc["nostop"] = "one endless sentence (article words, no punctuation)"
    shdesc["quotes"] = "dense quotes and cues, no sentence end"
    shdesc["labels"] = "a transcript, every line \"Name Name: ...\""
    shdesc["names"] = "a crowd, every sentence a new titled speaker and a pronoun"
    shdesc["partials"] = "a quote, a one-word partial quote and a \"so\" in every sentence"
    shdesc["orgtails"] = "a new company every line, a lone capitalised word after it"
    shdesc["modelcues"] = "a verbless phrase before a cue (\"according to the ...\") every line"
    shdesc["inchain"] = "one sentence, a name and \"in PLACE\" again and again before its cue"
    for (i = 1; i <= 8; i++) {
        k = "shape." sh[i]
        if (v(k ".big.cpu_ns") == "")
            continue
        qn = num(v(k ".quarter.cpu_ns")) / (num(v(k ".quarter.words")) + 1e-9)
        bn = num(v(k ".big.cpu_ns")) / (num(v(k ".big.words")) + 1e-9)
        row(sprintf("adversarial 1 MB, %s, %s words", shdesc[sh[i]], commas(v(k ".big.words"))),
            sprintf("%.0f ms CPU; ns/word x%.2f vs 256 KB", num(v(k ".big.cpu_ns")) / 1e6,
                    qn > 0 ? bn / qn : 0), "", "", "<= 1 s; x1.0")
    }
    if (v("wrk.rps") != "") {
        row(sprintf("HTTP POST /v1/extract, the articles in turn (%.0f words mean), %d connections, %d cores: req/s",
                    n ? w / n : 0, 64, cores),
            sprintf("%s (%s words/s)", commas(v("wrk.rps")), commas(n ? v("wrk.rps") * w / n : 0)),
            "", "", ">= 3,000")
        row("  latency p50 / p99", sprintf("%s / %s ms", v("wrk.p50_ms"), v("wrk.p99_ms")), "", "",
            "p99 <= 10 ms")
        row("  non-200 answers / socket errors", sprintf("%s / %s", v("wrk.non200"), v("wrk.errors")),
            "", "", "0")
        if (v("server.cpu_us") != "" && calls > 0)
            row("  CPU per request: bylined (analysis workers + socket thread; of it in the kernel) / wrk; pipeline alone per article",
                sprintf("%s us (%s + %s; %s) / %s us; %.0f us", v("server.cpu_us"), v("server.workers_us"),
                        v("server.cpu_us") - v("server.workers_us"), v("server.sys_us"),
                        v("client.cpu_us"), num(v("articles.cpu_ns")) / calls / 1e3), "", "", "")
        client = ""
        if (v("open3000.client_cpu_pct") != "")
            client = sprintf(" (the client: %s%% of a core)", v("open3000.client_cpu_pct"))
        if (v("open3000.p99_ms") != "")
            row("HTTP open loop (sent on a clock), 3,000 req/s offered: answered req/s, p50 / p99",
                sprintf("%s, %s / %s ms%s", commas(v("open3000.achieved_rps")), v("open3000.p50_ms"),
                        v("open3000.p99_ms"), client), "", "", ">= 3,000, p99 <= 10 ms")
        if (v("open10ms.p99_ms") != "")
            row("HTTP open loop: highest rate tried with p99 <= 10 ms, p50 / p99",
                sprintf("%s req/s, %s / %s ms", commas(v("open10ms.offered_rps")),
                        v("open10ms.p50_ms"), v("open10ms.p99_ms")), "", "", "")
        else if (v("open3000.p99_ms") != "")
            row("HTTP open loop: highest rate tried with p99 <= 10 ms", "none of 90..15% of the wrk rate",
                "", "", "")
        row("HTTP one 1 MB article (median of 3)", sprintf("%s ms (status %s)", v("server.big_ms"),
            v("server.big_status")), "", "", "<= 1 s")
        row("bylined peak RSS: after the wrk run / after the 1 MB article too",
            sprintf("%.1f MB / %.1f MB", num(v("server.wrk_rss_kb")) / 1024,
                    num(v("server.peak_rss_kb")) / 1024), "", "", "<= 150 MB")
        row("bylined start to /readyz 200", sprintf("%s ms (RSS %.1f MB)", v("server.ready_ms"),
            num(v("server.ready_rss_kb")) / 1024), "", "", "<= 300 ms")
    } else {
        row("HTTP figures", "n/a (wrk or the server missing)", "", "", "")
    }
    if (v("tagger.tokens_per_s") != "")
        row("entity tagger alone, CoNLL-2003 dev: tokens/s, one core (best round)",
            commas(v("tagger.tokens_per_s")), "", "", ">= 1,000,000")
    row("models load in-process (bl_models_load)", sprintf("%.0f ms", num(v("load_ns")) / 1e6),
        "", "", "")
    if (v("peer.rss_kb") != "")
        row("process peak RSS, pipeline bench", sprintf("%.1f MB", num(v("peak_rss_kb")) / 1024),
            sprintf("%.1f MB", num(v("peer.rss_kb")) / 1024), "", "")
}' "$KV"
