/*
** class.c: the metatables of glean's userdata types. A class has its
** metamethods and a methods table (mt.methods); where the metamethods set
** no __index, __index is the methods table, else the type's own __index
** can hand numbers to a view and names to gl_index_dispatch.
*/
#include "glean.h"

/* register the metatable name with metamethods meta and methods (NULL:
** none) */
void gl_new_class (lua_State *L, const char *name, const luaL_Reg *meta,
                   const luaL_Reg *methods) {
  luaL_newmetatable(L, name);                 /* mt */
  luaL_setfuncs(L, meta, 0);
  if (methods != NULL) {
    lua_newtable(L);                          /* mt, methods */
    luaL_setfuncs(L, methods, 0);
    lua_getfield(L, -2, "__index");           /* mt, methods, index */
    if (lua_isnil(L, -1)) {
      lua_pushvalue(L, -2);
      lua_setfield(L, -4, "__index");
    }
    lua_pop(L, 1);                            /* mt, methods */
    lua_setfield(L, -2, "methods");           /* mt */
  }
  lua_pop(L, 1);
}

/* __index: integer -> view(i); string -> a method (from mt.methods) */
int gl_index_dispatch (lua_State *L, int (*view) (lua_State *L)) {
  if (lua_type(L, 2) == LUA_TNUMBER) {
    lua_settop(L, 2);
    return view(L);
  }
  lua_getmetatable(L, 1);
  lua_getfield(L, -1, "methods");
  lua_pushvalue(L, 2);
  lua_rawget(L, -2);
  return 1;
}
