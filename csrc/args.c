/*
** args.c: argument checks for the Lua-callable functions. Like lauxlib's
** luaL_check*, but every message starts with "glean:" so that callers can
** tell glean's errors from their own.
*/
#include <string.h>

#include "glean.h"

static int arg_error (lua_State *L, int arg, const char *expected) {
  const char *got = luaL_typename(L, arg);
  if (luaL_getmetafield(L, arg, "__name") != 0 &&   /* pushed something */
      lua_type(L, -1) == LUA_TSTRING)
    got = lua_tostring(L, -1);
  return luaL_error(L, "glean: bad argument #%d (%s expected, got %s)", arg,
                    expected, got);
}

void *gl_checkudata (lua_State *L, int arg, const char *tname) {
  void *p = gl_testudata(L, arg, tname);
  if (p == NULL) arg_error(L, arg, tname);
  return p;
}

/* gl_checktyped's error: the value at arg is not of type ty */
void *gl_checktyped_slow (lua_State *L, int arg, const gl_type *ty) {
  void *p = gl_totyped(L, arg, ty);
  if (p == NULL) arg_error(L, arg, ty->name);
  return p;
}

lua_Integer gl_checkinteger (lua_State *L, int arg) {
  int isnum = 0;
  lua_Integer i = 0;
  if (lua_type(L, arg) == LUA_TNUMBER) i = lua_tointegerx(L, arg, &isnum);
  if (!isnum) arg_error(L, arg, "integer");
  return i;
}

const char *gl_checklstring (lua_State *L, int arg, size_t *len) {
  if (lua_type(L, arg) != LUA_TSTRING) arg_error(L, arg, "string");
  return lua_tolstring(L, arg, len);
}

const char *gl_optlstring (lua_State *L, int arg, const char *def,
                           size_t *len) {
  if (lua_isnoneornil(L, arg)) {
    if (len) *len = def ? strlen(def) : 0;
    return def;
  }
  return gl_checklstring(L, arg, len);
}

void gl_checktable (lua_State *L, int arg) {
  if (lua_type(L, arg) != LUA_TTABLE) arg_error(L, arg, "table");
}

int gl_checkoption (lua_State *L, int arg, const char *def,
                    const char *const lst[]) {
  const char *name = def;
  int i;
  if (!lua_isnoneornil(L, arg)) name = gl_checklstring(L, arg, NULL);
  for (i = 0; lst[i]; i++)
    if (strcmp(lst[i], name) == 0) return i;
  return luaL_error(L, "glean: bad argument #%d (invalid option '%s')", arg,
                    name);
}
