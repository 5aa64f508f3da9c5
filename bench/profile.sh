#!/bin/sh
# profile.sh -- where the pipeline spends its instructions, by callgrind.
# Instruction counts do not move with other load on the machine, so use this
# (not wall time) to judge a hot-spot fix: run it before and after.
#
# Usage: bench/profile.sh [ARTICLE...]   (default: bench/corpus/*.txt)
# Environment: BENCH (bench binary), DATA_DIR (models, default data),
# ROUNDS (rounds over the articles, default 3), TOP (rows, default 30),
# CACHE=1: also simulate the caches (slower) and give the data cache misses
# per word and the functions with the most, also deterministic: a first
# level of 32 KB and a last one of LL (default 2097152,16,64: about a
# core's L2 here, which the models' tables overflow); cachegrind models no
# TLB and no prefetching, so a change that works through those needs time
# measured: pairs of runs side by side, one on each core, many times.
set -u

BENCH=${BENCH:-build/release/bench/bench}
DATA_DIR=${DATA_DIR:-data}
ROUNDS=${ROUNDS:-3}
TOP=${TOP:-30}
if [ $# -eq 0 ]; then
    set -- bench/corpus/*.txt
fi
command -v valgrind >/dev/null 2>&1 || { echo "profile: valgrind is not installed" >&2; exit 2; }

OUT=$(mktemp "${TMPDIR:-/tmp}/byline-callgrind.XXXXXX") || exit 1
trap 'rm -f "$OUT"' EXIT INT TERM

# Only extract_once is counted: analysis, contract building and json_dumps,
# not model loading or file reading.
SIM=
if [ "${CACHE:-0}" = 1 ]; then
    SIM="--cache-sim=yes --D1=32768,8,64 --LL=${LL:-2097152,16,64}"
fi
# shellcheck disable=SC2086 # SIM is options, split on purpose
valgrind -q --tool=callgrind $SIM --toggle-collect=extract_once --callgrind-out-file="$OUT" \
    "$BENCH" --models "$DATA_DIR" --rounds "$ROUNDS" --big-bytes 0 --kv "$@" >"$OUT.kv" ||
    { echo "profile: the bench failed" >&2; rm -f "$OUT.kv"; exit 1; }
# The warm-up round goes through extract_once too: count its words.
words=$(awk -v r="$ROUNDS" '$1 == "articles.words" { print $2 + $2 / r }' "$OUT.kv")
rm -f "$OUT.kv"

total=$(callgrind_annotate "$OUT" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
echo "instructions: $total over $words words ($ROUNDS rounds + warm-up): $((total / words)) per word"
if [ -n "$SIM" ]; then
    # events: Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw
    callgrind_annotate "$OUT" 2>/dev/null | sed 's/([^)]*)//g' | awk -v w="$words" '
        /PROGRAM TOTALS/ { for (i = 1; i <= 9; i++) gsub(",", "", $i)
            printf "per word: D1 read misses %.2f, write misses %.2f; LL read misses %.3f, write misses %.3f\n",
                $5 / w, $6 / w, $8 / w, $9 / w }'
    for ev in D1mr DLmr; do
        echo
        echo "self $ev per word, top $TOP (Ir/w D1mr/w D1mw/w DLmr/w DLmw/w):"
        callgrind_annotate --sort=$ev "$OUT" 2>/dev/null | sed 's/([^)]*)//g' |
            awk -v w="$words" -v top="$TOP" '
                /file:function/ { on = 1; next }
                on && NF >= 10 && n < top { for (i = 1; i <= 9; i++) { gsub(",", "", $i); if ($i == ".") $i = 0 }
                    n++; printf "%8.1f %6.2f %6.2f %6.3f %6.3f  %s\n", $1 / w, $5 / w, $6 / w, $8 / w, $9 / w, $10 }'
    done
fi
echo
echo "inclusive, by stage and by JSON step:"
callgrind_annotate --threshold=100 --inclusive=yes "$OUT" 2>/dev/null |
    grep -E ' (core/doc\.c:run_[a-z]+|core/quotes\.c:bl_quotes_run|core/claims\.c:bl_claims_run|handlers/extract\.c:bl_extract_(json|text)|core/doc\.c:bl_doc_create|handlers/extract\.c:[a-z_]+_json|core/doc\.c:bl_doc_offset|\?\?\?:json_dumps) \[' |
    sed 's/ \[.*//'
# The reply's JSON is written inside bl_extract_text (json_out.c, mostly
# inlined): all of it that is not the document's creation, analysis or free.
callgrind_annotate --threshold=100 --inclusive=yes "$OUT" 2>/dev/null |
    awk -v total="$total" '
        / handlers\/extract\.c:bl_extract_text \[/ { gsub(",", "", $1); x = $1 }
        / core\/doc\.c:(bl_doc_analyze|bl_doc_create|bl_doc_free) \[/ { gsub(",", "", $1); core += $1 }
        END { if (x) printf "%11d (%5.2f%%)  JSON: bl_extract_text less bl_doc_create/analyze/free\n", x - core, 100 * (x - core) / total }'
echo
echo "self (exclusive), top $TOP:"
callgrind_annotate "$OUT" 2>/dev/null | sed -n '/file:function/,$p' | sed -n "3,$((TOP + 2))p" |
    sed 's/ \[.*//'
echo
echo "who calls the libc string functions and malloc (their time is charged there):"
callgrind_annotate --tree=caller "$OUT" 2>/dev/null |
    awk '/^ *[0-9,]+ .*< / { buf = buf $0 "\n"; next }
         /\*  .*(:__str[a-z]+_[a-z0-9_]+|:__mem[a-z]+_[a-z0-9_]+|malloc\.c:malloc) / {
             pct = 0
             if (match($0, /\( *[0-9.]+%\)/))
                 pct = substr($0, RSTART + 1, RLENGTH - 3) + 0
             if (pct < 0.5) { buf = ""; next }
             n = split(buf, l, "\n"); out = ""
             for (i = 1; i <= n && i <= 6; i++) if (l[i] != "") out = out l[i] "\n"
             printf "%s%s\n\n", out, $0 }
         { buf = "" }' | sed 's/ \[.*//'
