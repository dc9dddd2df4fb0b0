/*
** compat.c: Lua 5.2 auxiliary functions missing from 5.1 and LuaJIT.
*/
#include "glean.h"

#if LUA_VERSION_NUM < 502

void gl_setfuncs (lua_State *L, const luaL_Reg *l, int nup) {
  luaL_checkstack(L, nup + 1, "too many upvalues");
  for (; l->name != NULL; l++) {
    int i;
    for (i = 0; i < nup; i++) lua_pushvalue(L, -nup);
    lua_pushcclosure(L, l->func, nup);
    lua_setfield(L, -(nup + 2), l->name);
  }
  lua_pop(L, nup);
}

lua_Integer gl_tointegerx (lua_State *L, int i, int *isnum) {
  lua_Number x = lua_tonumber(L, i);
  lua_Integer r;
  /* NaN, infinities and values out of range have no integer (and casting
  ** them is undefined) */
  if (!lua_isnumber(L, i) || x != x || x < -9223372036854775808.0 ||
      x >= 9223372036854775808.0) {
    *isnum = 0;
    return 0;
  }
  r = (lua_Integer)x;
  *isnum = (lua_Number)r == x;
  return r;
}

#else

typedef int gl_compat_unused;   /* ISO C wants something in a file */

#endif
