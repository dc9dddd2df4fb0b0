# mk/hardening.mk: memory and undefined-behaviour checks, included by the
# Makefile (until it is, run: make -f Makefile -f mk/hardening.mk TARGET).
#
#   make asan      the module built with AddressSanitizer + UBSan into
#                  build/asan/glean/core.so; the busted specs on Lua 5.4
#                  against it (fails on any sanitizer report);
#                  ASAN_LUA=jit: the same on LuaJIT (build/asan-jit)
#   make valgrind  the specs on Lua 5.4 under valgrind (normal build): no
#                  memory errors, no definite leaks
#   make fuzz      libFuzzer targets (clang) under fuzz/, each run for
#                  FUZZ_SECONDS (default 60) from fuzz/corpus/<target>/;
#                  new inputs go to fuzz/out/corpus/<target>/, crashes to
#                  fuzz/out/artifacts/ (fuzz/out/ is ignored by git)
#   make fuzz-regress  the fuzz targets over the seed corpus and the saved
#                  reproducers in fuzz/repro/<target>/ only (a few seconds)
#
# Variables: ASAN_CC (gcc or clang; default $(CC)), ASAN_LUA, FUZZ_CC (clang),
# FUZZ_SECONDS, FUZZ_TARGETS, FUZZ_FLAGS (extra libFuzzer flags), VALGRIND.

.PHONY: asan asan-build valgrind fuzz fuzz-build fuzz-regress fuzz-gaz-cache

HARDEN_BUSTED := $(shell command -v $(BUSTED) 2>/dev/null)

# ---------------------------------------------------------------- asan

ASAN_CC ?= $(CC)
# the Lua to test against: 5.4 (the default) or jit (LuaJIT: the 5.1 compat
# code in csrc/compat.c is only compiled there)
ASAN_LUA ?= 5.4
ifeq ($(ASAN_LUA),jit)
ASAN_BUILD = build/asan-jit
ASAN_INTERP = luajit
else
ASAN_BUILD = build/asan
ASAN_INTERP = lua$(ASAN_LUA)
endif
ASAN_IS_CLANG := $(shell $(ASAN_CC) --version 2>/dev/null | grep -qi clang && echo 1)
ASAN_SAN = -fsanitize=address,undefined,float-cast-overflow \
           -fno-sanitize-recover=all -fno-omit-frame-pointer
ifeq ($(ASAN_IS_CLANG),1)
# a shared runtime, so that it can be preloaded into the uninstrumented lua
ASAN_LINK = -shared-libasan
ASAN_RT := $(shell $(ASAN_CC) -print-file-name=libclang_rt.asan-x86_64.so)
else
ASAN_LINK =
ASAN_RT := $(shell $(ASAN_CC) -print-file-name=libasan.so)
endif
# Lua itself is not instrumented: the runtime must be loaded first. Leaks
# are valgrind's job (LSan would also report the tools the specs spawn).
ASAN_ENV = LD_PRELOAD="$(ASAN_RT)" \
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:halt_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

asan-build:
	@test -f "$(ASAN_RT)" || { echo "asan: no sanitizer runtime ($(ASAN_RT))"; exit 1; }
	$(MAKE) -B build LUA_VERSION=$(ASAN_LUA) BUILD=$(ASAN_BUILD) CC=$(ASAN_CC) \
	  CFLAGS="-O1 -g $(ASAN_SAN)" LDFLAGS="$(ASAN_SAN) $(ASAN_LINK)"

asan: asan-build
	$(ASAN_ENV) GLEAN_LUA=$(ASAN_INTERP) $(ASAN_INTERP) $(HARDEN_BUSTED) \
	  --ignore-lua --cpath="./$(ASAN_BUILD)/?.so" $(BUSTED_FLAGS)

# ---------------------------------------------------------------- valgrind

VALGRIND ?= valgrind
VALGRIND_FLAGS ?= --error-exitcode=1 --leak-check=full \
  --errors-for-leak-kinds=definite --show-leak-kinds=definite \
  --num-callers=30 --suppressions=fuzz/valgrind.supp

# the hostile specs scale their biggest inputs down under valgrind
valgrind:
	$(MAKE) build LUA_VERSION=5.4
	GLEAN_LUA=lua5.4 GLEAN_SPEC_SCALE=0.1 $(VALGRIND) \
	  $(VALGRIND_FLAGS) lua5.4 $(HARDEN_BUSTED) --ignore-lua \
	  --cpath="./build/5.4/?.so" $(BUSTED_FLAGS)

# ---------------------------------------------------------------- fuzz

FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= tokenize fold abbrev lua gazload json pattern pipeline
FUZZ_OUT = fuzz/out
FUZZ_BIN = $(FUZZ_OUT)/bin
FUZZ_FLAGS ?=
FUZZ_CFLAGS = -g -O1 -fsanitize=fuzzer,address,undefined \
  -fno-sanitize-recover=all -fno-omit-frame-pointer -std=gnu99 \
  -I$(LUA_INCDIR) -I$(UTF8PROC_INCDIR) -I$(CJSON_INCDIR) -Icsrc
FUZZ_LIBS = $(LIBS)
# the C files each target needs: no Lua state, except for targets lua, json,
# pattern and pipeline (which also loads lua/glean/*.lua from the checkout)
FUZZ_CORE = csrc/tokenize.c csrc/sentences.c csrc/abbrev.c csrc/utf8.c \
            csrc/alloc.c
FUZZ_SRCS_tokenize = $(FUZZ_CORE)
FUZZ_SRCS_fold = csrc/utf8.c
FUZZ_SRCS_abbrev = csrc/abbrev.c
FUZZ_SRCS_lua = $(wildcard csrc/*.c)
# (gazload includes csrc/gazetteer.c itself, for its statics)
FUZZ_SRCS_gazload = csrc/utf8.c csrc/alloc.c csrc/keys.c
FUZZ_SRCS_json = $(wildcard csrc/*.c)
FUZZ_SRCS_pattern = $(wildcard csrc/*.c)
FUZZ_LIBS_json = $(FUZZ_LIBS_lua)
FUZZ_LIBS_pattern = $(FUZZ_LIBS_lua)
FUZZ_SRCS_pipeline = $(wildcard csrc/*.c)
FUZZ_LIBS_pipeline = $(FUZZ_LIBS_lua)
FUZZ_LIBS_lua = $(shell $(PKG_CONFIG) --libs lua5.4 2>/dev/null || echo -llua5.4)
FUZZ_LUA_INC = $(patsubst -I%,%,$(filter -I%,$(shell $(PKG_CONFIG) --cflags lua5.4 2>/dev/null)))

$(FUZZ_BIN)/%: fuzz/fuzz_%.c fuzz/fuzz_common.h fuzz/fuzz_luastate.h $(wildcard csrc/*.c csrc/*.h)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(if $(filter lua json pattern pipeline,$*),-I$(or $(FUZZ_LUA_INC),/usr/include/lua5.4)) \
	  -o $@ $< $(FUZZ_SRCS_$*) $(FUZZ_LIBS) $(FUZZ_LIBS_$*)

fuzz-build: $(addprefix $(FUZZ_BIN)/,$(FUZZ_TARGETS))

# the pipeline target reads the compiled default word lists (the cache
# glean.gazetteer keeps): made here with the normal build when there is no
# up-to-date one, since compiling them in the instrumented binary is slow
FUZZ_GAZ_CACHE = $(if $(filter pipeline,$(FUZZ_TARGETS)),fuzz-gaz-cache)
fuzz-gaz-cache:
	@$(MAKE) -s build LUA_VERSION=5.4
	@LUA_PATH="./lua/?.lua;./lua/?/init.lua;;" LUA_CPATH="./build/5.4/?.so;;" \
	  lua5.4 -e 'local g = require "glean"; g.gazetteer.default(g.tokenizer())'

# libFuzzer flags of one target: pipeline's heap (the gazetteer, the Lua
# state) makes the leak check of every new input slow, and its leaks are
# the Lua state's (valgrind checks the C core's under the specs)
FUZZ_RUN_FLAGS = case $$t in pipeline) echo -detect_leaks=0;; esac

# each target in turn; stops at the first crash (its input is saved in
# fuzz/out/artifacts/ and printed)
fuzz: fuzz-build $(FUZZ_GAZ_CACHE)
	@mkdir -p $(FUZZ_OUT)/artifacts
	@set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_OUT)/corpus/$$t; \
	  dict=; [ -f fuzz/$$t.dict ] && dict=-dict=fuzz/$$t.dict; \
	  echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
	  rc=0; $(FUZZ_BIN)/$$t -max_total_time=$(FUZZ_SECONDS) -timeout=20 \
	    -rss_limit_mb=4096 -print_final_stats=1 $$dict $$($(FUZZ_RUN_FLAGS)) \
	    -artifact_prefix=$(FUZZ_OUT)/artifacts/$$t- $(FUZZ_FLAGS) \
	    $(FUZZ_OUT)/corpus/$$t fuzz/corpus/$$t >$(FUZZ_OUT)/$$t.log 2>&1 || rc=$$?; \
	  grep -E '^#[0-9]+ +DONE|^stat::number_of_executed_units|^stat::new_units_added|^SUMMARY|^==[0-9]+==|Test unit written' \
	    $(FUZZ_OUT)/$$t.log || true; \
	  [ $$rc = 0 ] || { tail -60 $(FUZZ_OUT)/$$t.log; echo "!! fuzz $$t failed (exit $$rc): see $(FUZZ_OUT)/$$t.log"; exit 1; }; \
	done

fuzz-regress: fuzz-build $(FUZZ_GAZ_CACHE)
	@set -e; for t in $(FUZZ_TARGETS); do \
	  files=$$(find fuzz/corpus/$$t fuzz/repro/$$t -type f 2>/dev/null || true); \
	  echo "== $$t: $$(echo "$$files" | wc -w) inputs"; \
	  $(FUZZ_BIN)/$$t -timeout=5 $$($(FUZZ_RUN_FLAGS)) $$files >$(FUZZ_OUT)/$$t-regress.log 2>&1 || \
	    { tail -40 $(FUZZ_OUT)/$$t-regress.log; exit 1; }; \
	done
