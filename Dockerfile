# byline: build and test on Debian bookworm, run on bookworm-slim as a
# non-root user. BASE_IMAGE / RUNTIME_IMAGE let the image be built from a
# locally made base (see `make container-test`).
ARG BASE_IMAGE=debian:bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${BASE_IMAGE} AS build
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      build-essential pkg-config libmicrohttpd-dev libjansson-dev libcurl4-openssl-dev \
      libcmocka-dev libutf8proc-dev curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make clean && make test

FROM ${RUNTIME_IMAGE}
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      libmicrohttpd12 libjansson4 libutf8proc2 curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --no-create-home byline
COPY --from=build /src/bin/bylined /src/bin/byline /usr/local/bin/
COPY --from=build /src/data /usr/local/share/byline
USER 10001
ENV BYLINE_HOST=0.0.0.0 BYLINE_PORT=8080 BYLINE_DATA=/usr/local/share/byline
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s \
  CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/bylined"]
