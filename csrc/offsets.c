/*
** offsets.c: byte positions to code point or UTF-16 offsets, for output
** formats whose consumers (Python, brat, browsers) count characters. One
** pass over the text for any number of positions. Invalid bytes count as
** one unit each, as the tokenizer makes each its own token.
*/
#include <stdlib.h>

#include "glean.h"

typedef struct pos {
  size_t byte;     /* 0-based byte offset */
  size_t slot;     /* index in the caller's array */
} pos;

static int cmp_pos (const void *a, const void *b) {
  size_t x = ((const pos *)a)->byte, y = ((const pos *)b)->byte;
  return (x > y) - (x < y);
}

/* units of one character: code points, or UTF-16 code units */
static size_t units (int32_t cp, int utf16) {
  return (utf16 && cp >= 0x10000) ? 2 : 1;
}

typedef struct Scratch {
  pos *p;
} Scratch;

static int scratch_gc (lua_State *L) {
  Scratch *sc = (Scratch *)lua_touserdata(L, 1);
  free(sc->p);
  sc->p = NULL;
  return 0;
}

/*
** core.offsets(text, positions, unit) -> array. positions is an array of
** 1-based byte positions (character starts, or #text + 1 for the end); the
** result holds the 0-based offsets in unit ("codepoint" or "utf16") of the
** characters there. A position inside a character counts that character.
*/
static int core_offsets (lua_State *L) {
  static const char *const unit_names[] = {"codepoint", "utf16", NULL};
  size_t len, n, i, at = 0, count = 0;
  const unsigned char *s;
  int utf16;
  Scratch *sc;
  if (lua_type(L, 1) != LUA_TSTRING)
    return luaL_argerror(L, 1, "glean: text expected");
  s = (const unsigned char *)lua_tolstring(L, 1, &len);
  gl_checktable(L, 2);
  utf16 = gl_checkoption(L, 3, "codepoint", unit_names);
  n = lua_rawlen(L, 2);
  sc = (Scratch *)lua_newuserdata(L, sizeof(Scratch));
  sc->p = NULL;
  lua_createtable(L, 0, 1);
  lua_pushcfunction(L, scratch_gc);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);                    /* scratch freed on error */
  if (n > 0 && (sc->p = (pos *)malloc(n * sizeof(pos))) == NULL)
    return luaL_error(L, "glean: not enough memory");
  for (i = 0; i < n; i++) {
    lua_Integer b;
    int isnum;
    lua_rawgeti(L, 2, (int)i + 1);
    b = lua_tointegerx(L, -1, &isnum);
    if (!isnum || b < 1 || (size_t)b > len + 1)
      return luaL_error(L, "glean: positions[%d] is not a byte position in "
                        "1..%d", (int)i + 1, (int)len + 1);
    lua_pop(L, 1);
    sc->p[i].byte = (size_t)b - 1;
    sc->p[i].slot = i;
  }
  if (n > 1) qsort(sc->p, n, sizeof(pos), cmp_pos);
  lua_createtable(L, (int)n, 0);
  for (i = 0; i < n; i++) {
    while (at < sc->p[i].byte) {
      int32_t cp = 0xFFFD;
      int l = s[at] < 0x80 ? (cp = s[at], 1) :
              gl_utf8_decode(s + at, len - at, &cp);
      if (l == 0) l = 1;
      count += units(cp, utf16);
      at += (size_t)l;
    }
    lua_pushinteger(L, (lua_Integer)count);
    lua_rawseti(L, -2, (int)sc->p[i].slot + 1);
  }
  return 1;
}

static const luaL_Reg offsets_funcs[] = {
  {"offsets", core_offsets},
  {NULL, NULL}
};

void gl_offsets_open (lua_State *L) {
  luaL_setfuncs(L, offsets_funcs, 0);
}
