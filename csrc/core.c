/*
** core.c: luaopen_glean_core, the module's only exported symbol. Each
** concern registers its own part (tokens.c, match.c, pattern.c, json.c, offsets.c,
** records.c, link.c).
*/
#if defined(__linux__) || defined(__APPLE__)
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#endif

#include "glean.h"

GLEAN_API int luaopen_glean_core (lua_State *L);

/*
** The module stays loaded until the process ends. A Lua state that closes
** unloads its C libraries, and on Lua 5.1 and LuaJIT it can do so before
** the last finalizers run: a finalizer that calls glean then (an
** extraction in an object's __gc at exit) would jump into unmapped code.
** Loading the library once more with RTLD_NODELETE keeps it mapped. (Not
** with a glibc older than 2.34, whose dlopen is in a libdl the module is
** not linked with.)
*/
#if defined(RTLD_NODELETE) && defined(RTLD_NOLOAD) && \
    (!defined(__GLIBC__) || __GLIBC__ > 2 || \
     (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
#define GL_STAY_LOADED 1
#endif

static void stay_loaded (void) {
#ifdef GL_STAY_LOADED
  Dl_info info;
  if (dladdr((void *)(size_t)luaopen_glean_core, &info) && info.dli_fname)
    (void)dlopen(info.dli_fname, RTLD_NOW | RTLD_NODELETE | RTLD_NOLOAD);
#endif
}

int luaopen_glean_core (lua_State *L) {
  stay_loaded();
  lua_newtable(L);
  gl_tok_open(L);
  gl_match_open(L);
  gl_pattern_open(L);
  gl_json_open(L);
  gl_offsets_open(L);
  gl_records_open(L);
  gl_link_open(L);
  lua_pushliteral(L, GLEAN_VERSION);
  lua_setfield(L, -2, "_VERSION");
  return 1;
}
