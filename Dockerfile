# byline: build and test on Debian bookworm, run on bookworm-slim as a
# non-root user with the model, gazetteers and demo page baked in.
# BASE_IMAGE / RUNTIME_IMAGE let the image be built from a locally made base
# (see tools/container-test.sh, which uses a debootstrapped bookworm).
ARG BASE_IMAGE=debian:bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${BASE_IMAGE} AS build
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      build-essential pkg-config libmicrohttpd-dev libjansson-dev libcurl4-openssl-dev \
      libcmocka-dev libutf8proc-dev curl ca-certificates python3-yaml \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The image is only made from a tree whose tests pass. PGO=1: the release
# build with profile-guided optimisation (see the Makefile), the same output.
RUN make clean && make test PGO=1

FROM ${RUNTIME_IMAGE}
# curl is for the HEALTHCHECK only.
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      libmicrohttpd12 libjansson4 libutf8proc2 curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 byline \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --shell /usr/sbin/nologin byline
COPY --from=build /src/bin/bylined /src/bin/byline /usr/local/bin/
COPY --from=build /src/data /usr/local/share/byline
COPY --from=build /src/web /usr/local/share/byline/web
COPY --from=build /src/config /etc/byline
# Numeric, so Kubernetes' runAsNonRoot can verify it without /etc/passwd.
USER 10001:10001
ENV BYLINE_HOST=0.0.0.0 BYLINE_PORT=8080 BYLINE_DATA=/usr/local/share/byline
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${BYLINE_PORT}/healthz" >/dev/null || exit 1
# bylined is PID 1: it blocks SIGTERM/SIGINT and waits for them with
# sigwait(), so it drains requests in flight and exits 0 without an init.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/bylined"]
