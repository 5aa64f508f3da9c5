#!/usr/bin/env bash
# Run cmocka test binaries one after another (optionally under $RUNNER),
# then print one closing line "N passed, M failed" over all of them.
# Exit status is non-zero when any binary failed.
set -u
passed=0 failed=0 status=0
for t in "$@"; do
    echo "== $t"
    out=$(${RUNNER:-} "$t" 2>&1)
    rc=$?
    printf '%s\n' "$out"
    p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test(s)\./\1/p' | tail -1)
    f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test(s), listed below:/\1/p' | tail -1)
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
    if [ "$rc" -ne 0 ]; then
        status=1
        [ -z "$f" ] && failed=$((failed + 1))   # crashed or leaked: count it
    fi
done
echo "$passed passed, $failed failed"
exit $status
