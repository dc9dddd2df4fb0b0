/*
** core.c: luaopen_glean_core, the module's only exported symbol. Each
** concern registers its own part (tokens.c, match.c, pattern.c, json.c, offsets.c,
** records.c, link.c).
*/
#include "glean.h"

GLEAN_API int luaopen_glean_core (lua_State *L);

int luaopen_glean_core (lua_State *L) {
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
