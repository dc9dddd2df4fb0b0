/*
** fuzz_luastate.h: for the targets that drive glean.core from Lua (lua,
** json, pattern): a lua_State made with luaL_newstate, the standard
** libraries and glean.core, and the checker chunk (a Lua source that gets
** glean.core and returns the function each input is given to).
*/
#ifndef GLEAN_FUZZ_LUASTATE_H
#define GLEAN_FUZZ_LUASTATE_H

#include "lualib.h"
#include "lauxlib.h"

#include "fuzz_common.h"

int luaopen_glean_core (lua_State *L);

/* the state, with the checker's function in the registry at *ref; the
** core module is left on the stack first when keep_core (else popped) */
static inline lua_State *fuzz_lua_state (const char *checker, size_t len,
                                         int *ref, int keep_core) {
  lua_State *L = luaL_newstate();
  CHECK(L != NULL, "luaL_newstate");
  luaL_openlibs(L);
  CHECK(luaL_loadbuffer(L, checker, len, "=checker") == 0,
        "%s", lua_tostring(L, -1));
  lua_pushcfunction(L, luaopen_glean_core);
  CHECK(lua_pcall(L, 0, 1, 0) == 0, "%s", lua_tostring(L, -1));
  if (keep_core) {                    /* checker, core -> core, checker, core */
    lua_pushvalue(L, -1);
    lua_insert(L, -3);
  }
  CHECK(lua_pcall(L, 1, 1, 0) == 0, "%s", lua_tostring(L, -1));
  *ref = luaL_ref(L, LUA_REGISTRYINDEX);
  return L;
}

#endif
