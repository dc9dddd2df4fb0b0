/*
** json.c: the JSON bridge, on cJSON. encode turns a Lua value into JSON
** text (objects' keys in a caller-given order, then sorted, so output is
** deterministic); decode turns JSON text into Lua values. No cJSON global
** state is touched (no cJSON_InitHooks, no cJSON_GetErrorPtr). Every cJSON
** tree lives in a boxed userdata while Lua code can raise, so an error
** frees it.
*/
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "glean.h"

#define JSON_MAXDEPTH 100
#define NULL_KEY "glean.json.null"
#define ARRAY_MT "glean.json.array"

typedef struct Box {
  cJSON *root;
  char *text;
} Box;

static int box_gc (lua_State *L) {
  Box *b = (Box *)lua_touserdata(L, 1);
  if (b->root) cJSON_Delete(b->root);
  if (b->text) cJSON_free(b->text);
  b->root = NULL;
  b->text = NULL;
  return 0;
}

static Box *push_box (lua_State *L) {
  Box *b = (Box *)lua_newuserdata(L, sizeof(Box));
  b->root = NULL;
  b->text = NULL;
  if (luaL_newmetatable(L, "glean.json.box")) {
    lua_pushcfunction(L, box_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  return b;
}

/* push the json.null sentinel */
static void push_null (lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, NULL_KEY);
}


/*
** {======================================================
** Encoding
** =======================================================
*/

typedef struct enc {
  lua_State *L;
  int order;          /* stack index of the key order table, or 0 */
  const char *err;    /* why to_json returned NULL (NULL: out of memory) */
} enc;

static cJSON *to_json (enc *E, int idx, int depth);

/* a string holding NUL bytes, which cJSON's C strings cannot: written as a
** raw JSON string literal, escaped as cJSON escapes (NUL as \u0000) */
static cJSON *nul_string (const char *s, size_t len) {
  static const char hex[] = "0123456789abcdef";
  char *buf, *p;
  size_t i;
  cJSON *v;
  if (len > ((size_t)-1 - 3) / 6) return NULL;
  if ((buf = (char *)malloc(len * 6 + 3)) == NULL) return NULL;
  p = buf;
  *p++ = '"';
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    const char *esc = NULL;
    switch (c) {
      case '"': esc = "\\\""; break;
      case '\\': esc = "\\\\"; break;
      case '\b': esc = "\\b"; break;
      case '\f': esc = "\\f"; break;
      case '\n': esc = "\\n"; break;
      case '\r': esc = "\\r"; break;
      case '\t': esc = "\\t"; break;
      default: break;
    }
    if (esc) { *p++ = esc[0]; *p++ = esc[1]; }
    else if (c < 0x20) {
      memcpy(p, "\\u00", 4);
      p[4] = hex[c >> 4];
      p[5] = hex[c & 15];
      p += 6;
    }
    else *p++ = (char)c;
  }
  *p++ = '"';
  *p = '\0';
  v = cJSON_CreateRaw(buf);
  free(buf);
  return v;
}

/* is the table at idx an array (keys 1..n)? sets *n */
static int is_array (lua_State *L, int idx, size_t *n) {
  size_t count = 0, max = 0;
  if (lua_getmetatable(L, idx)) {
    int arr;
    luaL_getmetatable(L, ARRAY_MT);
    arr = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    if (arr) { *n = lua_rawlen(L, idx); return 1; }
  }
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) == LUA_TNUMBER) {
      lua_Number k = lua_tonumber(L, -1);
      if (k >= 1 && k == (lua_Number)(size_t)k) {
        count++;
        if ((size_t)k > max) max = (size_t)k;
        continue;
      }
    }
    lua_pop(L, 1);
    return 0;
  }
  *n = max;
  return count > 0 && count == max;
}

static int cmp_str (const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static cJSON *object_json (enc *E, int idx, int depth) {
  lua_State *L = E->L;
  cJSON *o = cJSON_CreateObject();
  const char **keys = NULL;
  size_t nkeys = 0, cap = 0, i;
  if (o == NULL) return NULL;
  /* the string keys, sorted (the order table puts some first) */
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) {
      lua_pop(L, 1);
      free((void *)keys);
      cJSON_Delete(o);
      E->err = "glean: cannot encode a table with mixed or non-string keys";
      return NULL;
    }
    if (nkeys == cap) {
      const char **k;
      cap = cap ? cap * 2 : 16;
      k = (const char **)realloc((void *)keys, cap * sizeof(char *));
      if (k == NULL) { free((void *)keys); cJSON_Delete(o); return NULL; }
      keys = k;
    }
    {
      size_t klen;
      const char *key = lua_tolstring(L, -1, &klen);
      if (strlen(key) != klen) {          /* (cJSON's keys are C strings) */
        lua_pop(L, 1);
        free((void *)keys);
        cJSON_Delete(o);
        E->err = "glean: cannot encode a key with a NUL byte in JSON";
        return NULL;
      }
      keys[nkeys++] = key;                /* the table keeps it alive */
    }
  }
  if (nkeys > 1) qsort((void *)keys, nkeys, sizeof(char *), cmp_str);
  if (E->order) {                           /* ordered keys first */
    size_t norder = lua_rawlen(L, E->order), k, at = 0;
    for (k = 1; k <= norder; k++) {
      const char *name;
      lua_rawgeti(L, E->order, (int)k);
      name = lua_tostring(L, -1);
      lua_pop(L, 1);
      if (name == NULL) continue;
      for (i = at; i < nkeys; i++)
        if (strcmp(keys[i], name) == 0) {
          const char *t = keys[i];
          memmove((void *)(keys + at + 1), (const void *)(keys + at),
                  (i - at) * sizeof(char *));
          keys[at++] = t;
          break;
        }
    }
  }
  for (i = 0; i < nkeys; i++) {
    cJSON *v;
    lua_getfield(L, idx, keys[i]);
    v = to_json(E, lua_gettop(L), depth + 1);
    lua_pop(L, 1);
    if (v == NULL || !cJSON_AddItemToObject(o, keys[i], v)) {
      if (v) cJSON_Delete(v);
      free((void *)keys);
      cJSON_Delete(o);
      return NULL;
    }
  }
  free((void *)keys);
  return o;
}

/* a cJSON for the value at idx; NULL on error (E->err says why, NULL: out
** of memory) after freeing what it built: nothing here raises */
static cJSON *to_json (enc *E, int idx, int depth) {
  lua_State *L = E->L;
  switch (lua_type(L, idx)) {
    case LUA_TNIL: return cJSON_CreateNull();
    case LUA_TBOOLEAN: return cJSON_CreateBool(lua_toboolean(L, idx));
    case LUA_TNUMBER: {
      lua_Number x = lua_tonumber(L, idx);
      if (x != x || x > 1.7e308 || x < -1.7e308) {
        E->err = x != x ? "glean: cannot encode NaN in JSON" :
                          "glean: cannot encode infinity in JSON";
        return NULL;
      }
      return cJSON_CreateNumber((double)x);
    }
    case LUA_TSTRING: {
      size_t len;
      const char *s = lua_tolstring(L, idx, &len);
      if (strlen(s) != len) return nul_string(s, len);
      return cJSON_CreateString(s);
    }
    case LUA_TLIGHTUSERDATA: {
      int isnull;
      push_null(L);
      isnull = lua_rawequal(L, -1, idx);
      lua_pop(L, 1);
      if (isnull) return cJSON_CreateNull();
      break;
    }
    case LUA_TTABLE: {
      size_t n, i;
      cJSON *a;
      if (depth > JSON_MAXDEPTH || !lua_checkstack(L, 4)) {
        E->err = "glean: cannot encode tables nested deeper than 100";
        return NULL;
      }
      if (!is_array(L, idx, &n)) return object_json(E, idx, depth);
      if ((a = cJSON_CreateArray()) == NULL) return NULL;
      for (i = 1; i <= n; i++) {
        cJSON *v;
        lua_rawgeti(L, idx, (int)i);
        v = to_json(E, lua_gettop(L), depth + 1);
        lua_pop(L, 1);
        if (v == NULL || !cJSON_AddItemToArray(a, v)) {
          if (v) cJSON_Delete(v);
          cJSON_Delete(a);
          return NULL;
        }
      }
      return a;
    }
    default: break;
  }
  E->err = "glean: cannot encode this type of value in JSON";
  return NULL;
}

/*
** json.encode(value [, order [, pretty]]) -> string. order: key names that
** come first in every object, in that order; the others follow sorted.
** Strings must be valid UTF-8 (not checked here); NaN, infinities,
** functions and such raise errors.
*/
static int json_encode (lua_State *L) {
  enc E;
  Box *b;
  int pretty = lua_toboolean(L, 3);
  lua_settop(L, 3);
  E.L = L;
  E.order = 0;
  E.err = NULL;
  if (!lua_isnil(L, 2)) {
    gl_checktable(L, 2);
    E.order = 2;
  }
  b = push_box(L);                          /* frees on any error below */
  b->root = to_json(&E, 1, 0);
  if (b->root == NULL)
    return luaL_error(L, "%s", E.err ? E.err : "glean: not enough memory");
  b->text = pretty ? cJSON_Print(b->root) : cJSON_PrintUnformatted(b->root);
  if (b->text == NULL) return luaL_error(L, "glean: not enough memory");
  lua_pushstring(L, b->text);
  cJSON_Delete(b->root);
  cJSON_free(b->text);
  b->root = NULL;
  b->text = NULL;
  return 1;
}

/* }====================================================== */


/*
** {======================================================
** Decoding
** =======================================================
*/

/*
** cJSON keeps strings as C strings, so "\u0000" would cut one short. A text
** with such escapes is parsed from a copy where each becomes the two bytes
** FF '0' and each FF byte of the text FF 'F'. Escapes decode to UTF-8,
** which has no FF byte, so every FF in a decoded string starts one of
** these pairs, undone when the string goes to Lua.
*/

/* does s have a "\u0000" escape? */
static int has_nul_escape (const char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    if (s[i] != '\\') i++;
    else if (i + 5 < len && s[i + 1] == 'u' && memcmp(s + i + 2, "0000", 4) == 0)
      return 1;
    else i += 2;
  }
  return 0;
}

/* the copy to parse (on the stack, as a userdata); *n: its length */
static const char *nul_copy (lua_State *L, const char *s, size_t len, size_t *n) {
  char *copy = (char *)lua_newuserdata(L, 2 * len + 1), *p = copy;
  size_t i = 0;
  while (i < len) {
    if ((unsigned char)s[i] == 0xff) { *p++ = (char)0xff; *p++ = 'F'; i++; }
    else if (s[i] != '\\') *p++ = s[i++];
    else if (i + 5 < len && s[i + 1] == 'u' && memcmp(s + i + 2, "0000", 4) == 0) {
      *p++ = (char)0xff;
      *p++ = '0';
      i += 6;
    }
    else {
      *p++ = s[i++];
      if (i < len && (unsigned char)s[i] != 0xff) *p++ = s[i++];
    }
  }
  *p = '\0';
  *n = (size_t)(p - copy);
  return copy;
}

/* push a decoded string (or key), its FF pairs undone when nul */
static void push_jstring (lua_State *L, const char *s, int nul) {
  const char *m;
  luaL_Buffer B;
  if (!nul || (m = strchr(s, 0xff)) == NULL) {
    lua_pushstring(L, s);
    return;
  }
  luaL_checkstack(L, 4, "glean: JSON too deep");
  luaL_buffinit(L, &B);
  do {
    luaL_addlstring(&B, s, (size_t)(m - s));
    luaL_addchar(&B, m[1] == '0' ? '\0' : (char)0xff);
    s = m[1] ? m + 2 : m + 1;
  } while ((m = strchr(s, 0xff)) != NULL);
  luaL_addstring(&B, s);
  luaL_pushresult(&B);
}

static void push_json (lua_State *L, const cJSON *v, int depth, int nul) {
  if (depth > JSON_MAXDEPTH)
    luaL_error(L, "glean: JSON nested deeper than %d", JSON_MAXDEPTH);
  luaL_checkstack(L, 3, "glean: JSON too deep");
  if (cJSON_IsNull(v)) push_null(L);
  else if (cJSON_IsFalse(v)) lua_pushboolean(L, 0);
  else if (cJSON_IsTrue(v)) lua_pushboolean(L, 1);
  else if (cJSON_IsNumber(v)) {
    double d = v->valuedouble;
    /* (the range first: casting a double out of range is undefined) */
    if (d > -9007199254740992.0 && d < 9007199254740992.0 &&
        d == (double)(lua_Integer)d)
      lua_pushinteger(L, (lua_Integer)d);
    else
      lua_pushnumber(L, (lua_Number)d);
  }
  else if (cJSON_IsString(v)) push_jstring(L, v->valuestring, nul);
  else if (cJSON_IsArray(v)) {
    const cJSON *c;
    int i = 0;
    lua_createtable(L, cJSON_GetArraySize(v), 0);
    luaL_getmetatable(L, ARRAY_MT);
    lua_setmetatable(L, -2);
    for (c = v->child; c != NULL; c = c->next) {
      push_json(L, c, depth + 1, nul);
      lua_rawseti(L, -2, ++i);
    }
  }
  else if (cJSON_IsObject(v)) {
    const cJSON *c;
    lua_createtable(L, 0, cJSON_GetArraySize(v));
    for (c = v->child; c != NULL; c = c->next) {
      push_jstring(L, c->string ? c->string : "", nul);
      push_json(L, c, depth + 1, nul);
      lua_settable(L, -3);
    }
  }
  else lua_pushnil(L);
}

/*
** json.decode(text) -> value, or nil, message, byte offset (1-based) of the
** error. JSON null decodes to json.null; arrays get the json.array
** metatable so that they encode back as arrays even when empty.
*/
static int json_decode (lua_State *L) {
  size_t len;
  const char *s = gl_checklstring(L, 1, &len);
  const char *end = NULL;
  int nul;
  Box *b = push_box(L);
  if (len > 0 && memchr(s, '\0', len) != NULL) {
    const char *z = (const char *)memchr(s, '\0', len);
    lua_pushnil(L);
    lua_pushliteral(L, "glean: JSON text holds a NUL byte");
    lua_pushinteger(L, (lua_Integer)(z - s) + 1);
    return 3;
  }
  nul = has_nul_escape(s, len);
  /* the NUL that ends every Lua string is part of the buffer: cJSON wants
  ** to see it to know the text ends there */
  if (nul) {
    size_t n;
    const char *copy = nul_copy(L, s, len, &n);
    b->root = cJSON_ParseWithLengthOpts(copy, n + 1, &end, 1);
    if (b->root == NULL) {          /* where the text itself goes wrong */
      cJSON *again = cJSON_ParseWithLengthOpts(s, len + 1, &end, 1);
      if (again != NULL) {          /* (it cannot parse either) */
        cJSON_Delete(again);
        end = NULL;
      }
    }
  }
  else b->root = cJSON_ParseWithLengthOpts(s, len + 1, &end, 1);
  if (b->root == NULL) {
    size_t at = end && end >= s && end <= s + len ? (size_t)(end - s) : len;
    lua_pushnil(L);
    lua_pushfstring(L, "glean: invalid JSON at byte %d", (int)at + 1);
    lua_pushinteger(L, (lua_Integer)at + 1);
    return 3;
  }
  push_json(L, b->root, 0, nul);
  cJSON_Delete(b->root);
  b->root = NULL;
  return 1;
}

/* }====================================================== */


static const luaL_Reg json_funcs[] = {
  {"encode", json_encode},
  {"decode", json_decode},
  {NULL, NULL}
};

/* core.json = {encode, decode, null, array_mt} */
void gl_json_open (lua_State *L) {
  lua_newtable(L);
  luaL_setfuncs(L, json_funcs, 0);
  lua_pushlightuserdata(L, (void *)&json_funcs);  /* a unique address */
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, NULL_KEY);
  lua_setfield(L, -2, "null");
  luaL_newmetatable(L, ARRAY_MT);
  lua_setfield(L, -2, "array_mt");
  lua_setfield(L, -2, "json");
}
