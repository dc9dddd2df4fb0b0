/*
** class.c: the metatables of glean's userdata types. A class has its
** metamethods and a methods table (mt.methods); where the metamethods set
** no __index, __index is the methods table, else the type's own __index
** can hand numbers to a view and names to gl_index_dispatch.
*/
#include <string.h>

#include "glean.h"

/*
** The metatables made last, by name: a userdata whose metatable is the one
** here is of that class without a look in the registry (a method call is
** a check of its first argument). Several Lua states in one process each
** make their own metatables: where this one is another state's, the check
** takes the registry's answer, as luaL_testudata would.
*/
#define GL_MAXCLASSES 16
static struct { const char *name; const void *mt; } classes[GL_MAXCLASSES];

static void remember_class (const char *name, const void *mt) {
  int k;
  for (k = 0; k < GL_MAXCLASSES; k++) {
    if (classes[k].name == NULL || strcmp(classes[k].name, name) == 0) {
      classes[k].name = name;
      classes[k].mt = mt;
      return;
    }
  }
}

void *gl_testudata (lua_State *L, int ud, const char *tname) {
  void *p = lua_touserdata(L, ud);
  int k;
  const void *mt;
  if (p == NULL || !lua_getmetatable(L, ud)) return NULL;
  mt = lua_topointer(L, -1);
  for (k = 0; k < GL_MAXCLASSES && classes[k].name; k++) {
    if (classes[k].name == tname) {
      if (classes[k].mt == mt) { lua_pop(L, 1); return p; }
      break;
    }
  }
  luaL_getmetatable(L, tname);
  if (!lua_rawequal(L, -1, -2)) p = NULL;
  lua_pop(L, 2);
  return p;
}

/*
** register the metatable name with metamethods meta and methods (NULL:
** none). The metamethods have the methods table as their upvalue, which
** gl_index_dispatch reads: a method call as obj:name(...) looks the name
** up there without a look at the metatable.
*/
void gl_new_class (lua_State *L, const char *name, const luaL_Reg *meta,
                   const luaL_Reg *methods) {
  luaL_newmetatable(L, name);                 /* mt */
  remember_class(name, lua_topointer(L, -1));
  if (methods == NULL) {
    luaL_setfuncs(L, meta, 0);
    lua_pop(L, 1);
    return;
  }
  lua_newtable(L);                            /* mt, methods */
  luaL_setfuncs(L, methods, 0);
  lua_pushvalue(L, -2);
  lua_pushvalue(L, -2);                       /* mt, methods, mt, methods */
  luaL_setfuncs(L, meta, 1);                  /* mt, methods, mt */
  lua_pop(L, 1);                              /* mt, methods */
  lua_getfield(L, -2, "__index");             /* mt, methods, index */
  if (lua_isnil(L, -1)) {
    lua_pushvalue(L, -2);
    lua_setfield(L, -4, "__index");
  }
  lua_pop(L, 1);                              /* mt, methods */
  lua_setfield(L, -2, "methods");             /* mt */
  lua_pop(L, 1);
}

/*
** __index: integer -> view(i); string -> a method (from mt.methods, the
** running metamethod's upvalue)
*/
int gl_index_dispatch (lua_State *L, int (*view) (lua_State *L)) {
  if (lua_type(L, 2) == LUA_TNUMBER) {
    lua_settop(L, 2);
    return view(L);
  }
  lua_settop(L, 2);
  lua_rawget(L, lua_upvalueindex(1));
  return 1;
}
