# glean: build, test, lint, bench and install the module from a checkout.
# Every variable can be overridden: make LUA_VERSION=5.3, make CC=clang ...

LUA_VERSION ?= 5.4
ifeq ($(LUA_VERSION),jit)
LUA ?= luajit
LUA_PC ?= luajit
else
LUA ?= lua$(LUA_VERSION)
LUA_PC ?= lua$(LUA_VERSION)
endif
PKG_CONFIG ?= pkg-config
LUA_INCDIR ?= $(patsubst -I%,%,$(filter -I%,$(shell $(PKG_CONFIG) --cflags $(LUA_PC) 2>/dev/null)))
ifeq ($(strip $(LUA_INCDIR)),)
LUA_INCDIR = /usr/include/lua$(LUA_VERSION)
endif
CJSON_INCDIR ?= /usr/include
CJSON_LIBDIR ?= $(shell $(PKG_CONFIG) --variable=libdir libcjson 2>/dev/null)
UTF8PROC_INCDIR ?= /usr/include
UTF8PROC_LIBDIR ?= $(shell $(PKG_CONFIG) --variable=libdir libutf8proc 2>/dev/null)

CC ?= cc
WARN ?= -Wall -Wextra -Wshadow -Wmissing-prototypes -Wpointer-arith \
        -Wcast-qual -Wstrict-prototypes -Wundef -Wwrite-strings
OPT ?= -O2
CFLAGS ?= $(OPT) -g
ALL_CFLAGS = $(CFLAGS) $(WARN) $(EXTRA_CFLAGS) -std=gnu99 -fPIC \
             -fvisibility=hidden -I$(LUA_INCDIR) -I$(CJSON_INCDIR) \
             -I$(UTF8PROC_INCDIR) -Icsrc
LIBFLAG ?= -shared
LIBS = $(if $(CJSON_LIBDIR),-L$(CJSON_LIBDIR)) \
       $(if $(UTF8PROC_LIBDIR),-L$(UTF8PROC_LIBDIR)) -lutf8proc -lcjson

BUILD = build/$(LUA_VERSION)
SRCS = $(wildcard csrc/*.c)
OBJS = $(patsubst csrc/%.c,$(BUILD)/obj/%.o,$(SRCS))
MODULE = $(BUILD)/glean/core.so

# installation (LuaRocks passes these through its make backend too)
PREFIX ?= /usr/local
INST_LIBDIR ?= $(PREFIX)/lib/lua/$(LUA_VERSION)
INST_LUADIR ?= $(PREFIX)/share/lua/$(LUA_VERSION)
INST_BINDIR ?= $(PREFIX)/bin

BUSTED ?= busted
CORPUS ?= ../shared/corpus/bbc-news.txt

.PHONY: all build test test-one lint bench bench-count install rock deps deps-dev clean data demo cache

all: build

build: $(MODULE)

$(MODULE): $(OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(LIBFLAG) -o $@ $(OBJS) $(LIBS) $(LDFLAGS)

$(BUILD)/obj/%.o: csrc/%.c csrc/glean.h csrc/compat.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# set up a fresh machine, build, and run glean on the example article
demo: deps
	$(MAKE) build
	bin/glean --format json --dct 2024-03-04 examples/article.txt

# the specs on Lua 5.4 and, where it is installed, LuaJIT
test: deps
	$(MAKE) test-one LUA_VERSION=5.4
	@if command -v luajit >/dev/null 2>&1; then \
	  $(MAKE) test-one LUA_VERSION=jit; \
	else echo "luajit not installed: specs ran on Lua 5.4 only"; fi

test-one: build
	GLEAN_LUA=$(LUA) $(BUSTED) --lua=$(LUA) --cpath="./$(BUILD)/?.so" $(BUSTED_FLAGS)

lint:
	$(MAKE) -B build EXTRA_CFLAGS=-Werror
	luacheck lua spec bin bench
	luarocks lint rockspec/glean-scm-1.rockspec

bench: build
	$(LUA) bench/bench.lua "$(CORPUS)" "$(BUILD)"

# instruction counts per stage under valgrind (repeatable, unlike MB/s)
bench-count: build
	$(CC) -shared -fPIC -O2 -o $(BUILD)/fixtime.so bench/fixtime.c
	$(LUA) bench/count.lua "$(CORPUS)" "$(BUILD)"

# the compiled default word lists, beside the lists (installed by install)
cache: build
	rm -rf lua/glean/data/cache && mkdir -p lua/glean/data/cache
	LUA_PATH="./lua/?.lua;./lua/?/init.lua;;" LUA_CPATH="./$(BUILD)/?.so;;" \
	  $(LUA) -e 'local g = require "glean"; print(g.gazetteer.write_cache(g.tokenizer(), "lua/glean/data/cache"))'

install: build
	install -d $(INST_LIBDIR)/glean $(INST_LUADIR)/glean $(INST_BINDIR)
	install -m 644 $(MODULE) $(INST_LIBDIR)/glean/core.so
	cd lua && find glean -type f \( -name '*.lua' -o -name '*.tsv' -o -name '*.gaz' \) \
	  -exec install -D -m 644 {} $(INST_LUADIR)/{} \;
	install -m 755 bin/glean $(INST_BINDIR)/glean

rock:
	luarocks --lua-version=5.4 make --local --deps-mode=none \
	  rockspec/glean-scm-1.rockspec

# Debian/Ubuntu packages for building, testing and linting (run as root)
DEB_PACKAGES = build-essential pkg-config lua5.4 liblua5.4-dev lua-lpeg \
  lua-busted lua-check lua-argparse libcjson-dev libutf8proc-dev luarocks \
  luajit libluajit-5.1-dev binutils
# and for the hardening targets (asan, valgrind, fuzz) and the specs that
# skip without them (GNU parallel; Chromium for the HTML view, ~140 MB):
# make deps-dev
DEB_DEV_PACKAGES = clang libclang-rt-14-dev valgrind parallel chromium

deps-dev:
	$(MAKE) deps DEB_PACKAGES="$(DEB_PACKAGES) $(DEB_DEV_PACKAGES)"

deps:
	@SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	missing=$$(for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | \
	    grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  $$SUDO apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

# regenerate the bundled word lists (by hand; needs npm and apt-get)
data:
	bash tools/gaz/build.sh

clean:
	rm -rf build glean/core.so csrc/*.o lua/glean/data/cache

# sanitizers, valgrind and fuzzing (make asan, make valgrind, make fuzz)
-include mk/hardening.mk
