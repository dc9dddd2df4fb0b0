/*
** fuzz_lua.c: the Lua bindings (glean.core) on arbitrary text, in one
** lua_State made with luaL_newstate. The first input byte picks the wrap
** mode and the order of positions; the rest is the text. Checks, in Lua
** (any error aborts): every toks[i] agrees with the accessors, arrays()
** and find(); token texts are the text's substrings; sentences cover the
** tokens; garbage collection between creating and reading is harmless.
** In C: core.offsets for every byte position 1..#text+1, in code points
** and UTF-16 units, against a reference count.
*/
#include "fuzz_luastate.h"

static lua_State *L;
static int checker_ref, offsets_ref;

static const char checker[] =
  "local core = ...\n"
  "local tz = core.tokenizer({['Dr.'] = true, ['etc.'] = 'end',\n"
  "  ['No.'] = 'number', ['e.g.'] = 'keep', ['Inc.'] = 'end'})\n"
  "local WRAP = { 'auto', 'no', 'yes' }\n"
  "return function (text, mode)\n"
  "  local toks = tz:tokenize(text)\n"
  "  local n, prev = #toks, 0\n"
  "  local firsts, lasts, kinds, flags = toks:arrays()\n"
  "  assert(#firsts == n and #lasts == n and #kinds == n and #flags == n)\n"
  "  if mode % 2 == 1 then collectgarbage() end\n"
  "  for i = 1, n do\n"
  "    local t = toks[i]\n"
  "    assert(t.first == toks:first(i) and t.first == firsts[i])\n"
  "    assert(t.last == toks:last(i) and t.last == lasts[i])\n"
  "    assert(t.kind == toks:kind(i) and t.kind == kinds[i])\n"
  "    assert(t.flags == toks:flags(i) and t.flags == flags[i])\n"
  "    assert(t.first > prev and t.last >= t.first and t.last <= #text)\n"
  "    assert(t.text == text:sub(t.first, t.last) and t.text == toks:text(i))\n"
  "    assert(type(t.key) == 'string' and t.key == toks:key(i))\n"
  "    assert(toks:find(t.first) == i and toks:find(t.last) == i)\n"
  "    assert(toks:is(i, 'invalid') == (t.invalid == true))\n"
  "    prev = t.last\n"
  "  end\n"
  "  assert(toks[0] == nil and toks[n + 1] == nil)\n"
  "  assert(not pcall(toks.first, toks, n + 1))\n"
  "  local ss = toks:sentences(WRAP[mode % 3 + 1])\n"
  "  local ss2 = tz:sentences(text, WRAP[mode % 3 + 1])\n"
  "  toks = nil\n"
  "  collectgarbage()\n"
  "  assert(#ss == #ss2)\n"
  "  local nextt = 1\n"
  "  for i = 1, #ss do\n"
  "    local s = ss[i]\n"
  "    assert(s.first_token == nextt and s.last_token >= s.first_token)\n"
  "    nextt = s.last_token + 1\n"
  "    assert(ss:text(i) == text:sub(s.first, s.last))\n"
  "    assert(ss2[i].first == s.first and ss2[i].last == s.last)\n"
  "  end\n"
  "  assert(nextt == #ss:tokens() + 1)\n"
  "  local ok, err = pcall(core.offsets, text, { #text + 2 })\n"
  "  assert(not ok and err:find('glean:', 1, true))\n"
  "end\n";

static void init (void) {
  L = fuzz_lua_state(checker, sizeof(checker) - 1, &checker_ref, 1);
  lua_getfield(L, -1, "offsets");     /* core, offsets */
  offsets_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pop(L, 1);
}

/* the reference: units of the characters that start before byte b */
static void check_offsets (const unsigned char *s, size_t len, int utf16,
                           int reverse) {
  size_t p, n = len + 1, at = 0, count = 0;
  size_t *want = (size_t *)malloc(n * sizeof(size_t));
  CHECK(want != NULL, "oom");
  for (p = 0; p < n; p++) {           /* want[p]: 0-based byte p */
    while (at < p) {
      int32_t cp = 0;
      int l = gl_utf8_decode(s + at, len - at, &cp);
      if (l == 0) l = 1;
      count += (utf16 && cp >= 0x10000) ? 2 : 1;
      at += (size_t)l;
    }
    want[p] = count;
  }
  lua_rawgeti(L, LUA_REGISTRYINDEX, offsets_ref);
  lua_pushlstring(L, (const char *)s, len);
  lua_createtable(L, (int)n, 0);
  for (p = 0; p < n; p++) {
    lua_pushinteger(L, reverse ? (lua_Integer)(n - p) : (lua_Integer)p + 1);
    lua_rawseti(L, -2, (int)p + 1);
  }
  lua_pushstring(L, utf16 ? "utf16" : "codepoint");
  CHECK(lua_pcall(L, 3, 1, 0) == 0, "offsets: %s", lua_tostring(L, -1));
  for (p = 0; p < n; p++) {
    size_t b = reverse ? n - 1 - p : p;
    lua_Integer got;
    lua_rawgeti(L, -1, (int)p + 1);
    got = lua_tointeger(L, -1);
    CHECK(got == (lua_Integer)want[b], "offset of byte %zu: %lld, not %zu",
          b, (long long)got, want[b]);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  free(want);
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  int mode;
  const unsigned char *text;
  size_t len;
  if (L == NULL) init();
  if (size == 0) return 0;
  mode = data[0];
  text = data + 1;
  len = size - 1;
  lua_rawgeti(L, LUA_REGISTRYINDEX, checker_ref);
  lua_pushlstring(L, (const char *)text, len);
  lua_pushinteger(L, mode);
  CHECK(lua_pcall(L, 2, 0, 0) == 0, "%s", lua_tostring(L, -1));
  check_offsets(text, len, 0, mode & 4);
  check_offsets(text, len, 1, mode & 8);
  CHECK(lua_gettop(L) == 0, "stack %d", lua_gettop(L));
  if ((mode & 0x30) == 0) lua_gc(L, LUA_GCCOLLECT, 0);
  return 0;
}
