/*
** compat.h: the few Lua C API differences between 5.1/LuaJIT and 5.2-5.4
** that glean.core uses. Nothing else belongs here.
*/
#ifndef GLEAN_COMPAT_H
#define GLEAN_COMPAT_H

#include "lua.h"
#include "lauxlib.h"

#if LUA_VERSION_NUM < 502

#define lua_rawlen(L, i) lua_objlen(L, (i))

/* the uservalue of a userdata is its environment table on 5.1 */
#define gl_setuservalue(L, i) lua_setfenv(L, (i))
#define gl_getuservalue(L, i) lua_getfenv(L, (i))
#define gl_newuserdata(L, sz) lua_newuserdata(L, (sz))

#pragma GCC visibility push(hidden)
void gl_setfuncs (lua_State *L, const luaL_Reg *l, int nup);
lua_Integer gl_tointegerx (lua_State *L, int i, int *isnum);
#pragma GCC visibility pop

#define lua_tointegerx(L, i, n) gl_tointegerx(L, (i), (n))
#define luaL_setfuncs(L, l, n) gl_setfuncs(L, (l), (n))
#define luaL_testudata(L, i, t) gl_testudata(L, (i), (t))

#elif LUA_VERSION_NUM < 504

#define gl_setuservalue(L, i) lua_setuservalue(L, (i))
#define gl_getuservalue(L, i) lua_getuservalue(L, (i))
#define gl_newuserdata(L, sz) lua_newuserdata(L, (sz))

#else

#define gl_setuservalue(L, i) lua_setiuservalue(L, (i), 1)
#define gl_getuservalue(L, i) lua_getiuservalue(L, (i), 1)
#define gl_newuserdata(L, sz) lua_newuserdatauv(L, (sz), 1)

#endif

#endif
