#!/usr/bin/env bash
# Run cmocka test binaries one after another (optionally under $RUNNER),
# then print one closing line "N passed, M failed" over all of them.
# Exit status is non-zero when any binary failed.
#
# Each binary gets at most $TEST_TIMEOUT seconds (default 900): a hang fails
# that binary with what it printed so far instead of stalling the whole run.
# Output goes through a file, not a pipe, so a process a test left behind
# cannot hold the runner open.
set -u
limit=${TEST_TIMEOUT:-900}
passed=0 failed=0 status=0
log=$(mktemp /tmp/byline-test-XXXXXX)
trap 'rm -f "$log"' EXIT
for t in "$@"; do
    echo "== $t"
    timeout -k 10 "$limit" ${RUNNER:-} "$t" >"$log" 2>&1 </dev/null
    rc=$?
    cat "$log"
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        echo "== $t: stopped after $limit s (TEST_TIMEOUT); the last [ RUN ] line above is the test that hung"
    fi
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test(s)\./\1/p' "$log" | tail -1)
    f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test(s), listed below:/\1/p' "$log" | tail -1)
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
    if [ "$rc" -ne 0 ]; then
        status=1
        [ -z "$f" ] && failed=$((failed + 1))   # crashed, hung or leaked: count it
    fi
done
echo "$passed passed, $failed failed"
exit $status
