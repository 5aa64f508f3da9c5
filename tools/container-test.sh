#!/usr/bin/env bash
# container-test.sh -- build the byline image with podman from a Debian base
# made here (debootstrap bookworm -> podman import; no registry needed), run
# it, send a real extraction with curl, stop it with SIGTERM and check that it
# exits 0. The base image is kept in podman's store and reused next time.
#
#   tools/container-test.sh            (make container-test)
#   BASE=byline-base:bookworm MIRROR=http://deb.debian.org/debian
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${BASE:-localhost/byline-base:bookworm}
IMAGE=${IMAGE:-localhost/byline:test}
NAME=byline-ct-$$
PORT=${PORT:-18080}
# The Debian mirror this machine's apt uses (deb822 or one-line sources).
MIRROR=${MIRROR:-$(sed -n 's/^URIs: *\([^ ]*\/debian\)$/\1/p; s/^deb \(http[^ ]*\/debian\) .*/\1/p' \
                    /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
                    /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 || true)}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
RUNOPTS=(--runtime runc --ulimit nofile=20000:20000 --ulimit nproc=4096:4096)
t_start=$(date +%s)

say() { echo "container-test: $*"; }
fail() { say "FAIL: $*"; exit 1; }

need() {
    local missing=""
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        say "installing$missing"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    fi
}
need podman debootstrap runc curl

# ---- the base image: made once, then cached in podman's store -------------
if podman image exists "$BASE"; then
    say "base $BASE is cached"
else
    root=$(mktemp -d /var/tmp/byline-rootfs.XXXXXX)
    say "debootstrap bookworm from $MIRROR into $root"
    debootstrap --variant=minbase bookworm "$root" "$MIRROR" >"$root.log" 2>&1 \
        || { tail -20 "$root.log"; rm -rf "$root"; fail "debootstrap"; }
    # apt inside the image uses the same mirror.
    echo "deb $MIRROR bookworm main" >"$root/etc/apt/sources.list"
    rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
    tar -C "$root" -c . | podman import - "$BASE" >/dev/null
    rm -rf "$root" "$root.log"
    say "base $BASE imported"
fi
t_base=$(date +%s)

# ---- the image -----------------------------------------------------------
say "building $IMAGE"
# Docker format: the OCI format has no HEALTHCHECK.
podman build --isolation=chroot --network=host --format docker \
    --ulimit nofile=20000:20000 --ulimit nproc=4096:4096 \
    --build-arg BASE_IMAGE="$BASE" --build-arg RUNTIME_IMAGE="$BASE" \
    -t "$IMAGE" -f Dockerfile . >/tmp/byline-container-build.log 2>&1 \
    || { tail -40 /tmp/byline-container-build.log; fail "podman build (log: /tmp/byline-container-build.log)"; }
t_build=$(date +%s)

# ---- run, extract, SIGTERM -----------------------------------------------
cleanup() { podman rm -f "$NAME" >/dev/null 2>&1 || true; }
trap cleanup EXIT
user=$(podman image inspect -f '{{.Config.User}}' "$IMAGE")
[ -n "$user" ] && [ "$user" != "root" ] && [ "$user" != "0" ] || fail "image runs as root ('$user')"
# Its stderr goes to a log: without systemd podman complains that it cannot
# time healthchecks (they are run by hand below).
podman run -d --name "$NAME" "${RUNOPTS[@]}" --network=host -e BYLINE_PORT="$PORT" \
    --health-interval=disable --read-only "$IMAGE" >/dev/null 2>/tmp/byline-container-run.log \
    || { cat /tmp/byline-container-run.log; fail "podman run"; }

ok=""
for _ in $(seq 1 100); do
    if curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1; then ok=1; break; fi
    sleep 0.2
done
[ -n "$ok" ] || { podman logs "$NAME" | tail -20; fail "not ready on port $PORT"; }

out=$(curl -fsS "http://127.0.0.1:$PORT/v1/extract" -H 'Content-Type: application/json' \
    -d '{"id":"ct-1","text":"Finance Minister Clara Osei met officials in Nairobi on Tuesday. \u201cThe budget is balanced,\u201d Osei said."}') \
    || fail "extraction request"
echo "$out" | grep -q '"id": *"ct-1"' || fail "no id in reply: $out"
echo "$out" | grep -q '"quotes"' || fail "no quotes in reply: $out"
echo "$out" | grep -q 'Nairobi' || fail "Nairobi not found in reply: $out"
say "extraction ok (${#out} bytes of JSON)"

podman healthcheck run "$NAME" || fail "the image's HEALTHCHECK failed"
say "healthcheck ok"

# The batch Job's command: the CLI over a JSONL shard, read-only root too.
lines=$(printf '%s\n' '{"id":"j1","text":"Olaf Dahl flew to Oslo."}' '{"id":"j2","text":"Prices rose 4%."}' |
    podman run --rm -i "${RUNOPTS[@]}" --read-only --network=none --no-healthcheck --entrypoint /usr/local/bin/byline \
        "$IMAGE" --jsonl /dev/stdin) || fail "byline --jsonl in the image"
[ "$(echo "$lines" | grep -c '"id": *"j[12]"')" = 2 ] || fail "byline --jsonl output: $lines"
say "CLI over JSONL ok"

podman kill --signal TERM "$NAME" >/dev/null
code=$(podman wait "$NAME")
podman logs "$NAME" 2>&1 | tail -3
[ "$code" = 0 ] || fail "exit status $code after SIGTERM"
t_end=$(date +%s)
say "PASS: exited 0 on SIGTERM (base $((t_base - t_start)) s, build $((t_build - t_base)) s, run $((t_end - t_build)) s, total $((t_end - t_start)) s)"
