/*
** records.c: result records at their exact size. A record (an entity, a
** quote) is filled in steps: made with a slot for every field a step may
** set, fields set to nil again once used. Lua never shrinks a table, so a
** record kept in a document would carry those slots: half of an entity's
** memory, for a long text tens of megabytes. core.compact copies each
** record of a list into a table made for the fields it holds.
*/
#include <stdlib.h>
#include <string.h>

#include "glean.h"

/* the number of fields of the table at idx (its array part too) */
static int fields (lua_State *L, int idx, int *narr) {
  int n = 0, a = 0;
  lua_pushnil(L);
  while (lua_next(L, idx) != 0) {
    if (lua_type(L, -2) == LUA_TNUMBER) a++;
    else n++;
    lua_pop(L, 1);
  }
  *narr = a;
  return n;
}

/*
** core.compact(list) -> list: each table in list[1 .. #list] replaced by a
** copy of itself made at its size (its metatable too). The copies are
** shallow: a field holding a table holds the same table.
*/
static int core_compact (lua_State *L) {
  lua_Integer i, n;
  gl_checktable(L, 1);
  n = (lua_Integer)lua_rawlen(L, 1);
  luaL_checkstack(L, 6, "glean: compact");
  for (i = 1; i <= n; i++) {
    int narr, nrec;
    lua_rawgeti(L, 1, i);
    if (lua_type(L, -1) != LUA_TTABLE) {
      lua_pop(L, 1);
      continue;
    }
    nrec = fields(L, 2, &narr);
    lua_createtable(L, narr, nrec);
    lua_pushnil(L);
    while (lua_next(L, 2) != 0) {
      lua_pushvalue(L, -2);
      lua_insert(L, -2);
      lua_rawset(L, 3);
    }
    if (lua_getmetatable(L, 2)) lua_setmetatable(L, 3);
    lua_rawseti(L, 1, i);
    lua_pop(L, 1);
  }
  lua_settop(L, 1);
  return 1;
}

/*
** Record i of the list at index list, pushed, and its token range in *a
** and *b, read from first_token and last_token. With n >= 0 the range must
** lie within 1 .. n, in order; an error names the record as what.
*/
static void push_range (lua_State *L, int list, lua_Integer i, lua_Integer n,
                        const char *what, lua_Integer *a, lua_Integer *b) {
  int ok1, ok2;
  lua_rawgeti(L, list, i);
  if (lua_type(L, -1) != LUA_TTABLE)
    luaL_error(L, "glean: %s %d is not a table", what, (int)i);
  lua_getfield(L, -1, "first_token");
  lua_getfield(L, -2, "last_token");
  *a = lua_tointegerx(L, -2, &ok1);
  *b = lua_tointegerx(L, -1, &ok2);
  lua_pop(L, 2);
  if (n < 0 && (!ok1 || !ok2))
    luaL_error(L, "glean: %s %d has no token range", what, (int)i);
  if (n >= 0 && (!ok1 || !ok2 || *a < 1 || *b < *a || n < *b))
    luaL_error(L, "glean: %s %d is not a token range of the text", what, (int)i);
}

/*
** core.place(toks, list) -> list: each record of list (a table with
** first_token and last_token, tokens of toks) gets first and last, the
** byte positions of its text (1-based, inclusive), and text, the text
** itself: what an entity's place in the text is, set in one call instead
** of three a record.
*/
static int core_place (lua_State *L) {
  const char *s;
  size_t slen;
  const gl_tokens *t = gl_check_tokens(L, 1, &s, &slen);
  lua_Integer i, n;
  gl_checktable(L, 2);
  lua_settop(L, 2);
  n = (lua_Integer)lua_rawlen(L, 2);
  for (i = 1; i <= n; i++) {
    lua_Integer a, b;
    size_t first, end;
    push_range(L, 2, i, (lua_Integer)t->n, "record", &a, &b);   /* 3 */
    first = t->start[a - 1];
    end = t->end[b - 1];
    lua_pushinteger(L, (lua_Integer)first + 1);
    lua_setfield(L, 3, "first");
    lua_pushinteger(L, (lua_Integer)end);
    lua_setfield(L, 3, "last");
    lua_pushlstring(L, s + first, end - first);
    lua_setfield(L, 3, "text");
    lua_settop(L, 2);
  }
  return 1;
}

/*
** core.result(first_token, last_token, label, rule, priority, pass, order
** [, fields]) -> a result of the rule engine: a table made for the fields
** an entity comes to hold (16), with these seven set in this order, then
** each field of the table fields but rule, pass and order (a build's
** answer, copied: a build may give one table for many matches). What a
** constructor of named fields and a pairs loop did in Lua, in one call.
*/
static const char *const result_keys[] = {
  "first_token", "last_token", "label", "rule", "priority", "pass", "order"
};

static int core_result (lua_State *L) {
  int k;
  lua_settop(L, 8);
  lua_createtable(L, 0, 16);                       /* 9 */
  for (k = 0; k < 7; k++) {
    lua_pushvalue(L, k + 1);
    lua_setfield(L, 9, result_keys[k]);
  }
  if (lua_type(L, 8) == LUA_TTABLE) {
    lua_pushnil(L);
    while (lua_next(L, 8) != 0) {                  /* 10 key, 11 value */
      size_t len;
      const char *key = lua_type(L, 10) == LUA_TSTRING ? lua_tolstring(L, 10, &len) : NULL;
      if (key != NULL &&
          ((len == 4 && memcmp(key, "rule", 4) == 0) ||
           (len == 4 && memcmp(key, "pass", 4) == 0) ||
           (len == 5 && memcmp(key, "order", 5) == 0))) {
        lua_pop(L, 1);
        continue;
      }
      lua_pushvalue(L, 10);
      lua_insert(L, -2);                           /* 10 key, 11 key, 12 value */
      lua_rawset(L, 9);
    }
  }
  lua_settop(L, 9);
  return 1;
}

/*
** core.taken(n, list) -> a table with true at each token of each record
** of list (first_token .. last_token, within 1 .. n), made with n array
** slots: the other tokens are marked later without the table growing,
** where a table filled from empty was rehashed at each doubling.
*/
static int core_taken (lua_State *L) {
  lua_Integer n = gl_checkinteger(L, 1), i, len;
  gl_checktable(L, 2);
  if (n < 0 || n > 0x7fffffff) return luaL_error(L, "glean: bad token count");
  lua_settop(L, 2);
  lua_createtable(L, (int)n, 0);                   /* 3 */
  len = (lua_Integer)lua_rawlen(L, 2);
  for (i = 1; i <= len; i++) {
    lua_Integer a, b, t;
    push_range(L, 2, i, n, "record", &a, &b);                  /* 4 */
    for (t = a; t <= b; t++) {
      lua_pushboolean(L, 1);
      lua_rawseti(L, 3, t);
    }
    lua_settop(L, 3);
  }
  return 1;
}

/*
** core.resolve(results) -> kept: of results that overlap, directly or
** through others (a cluster), the better win, each on tokens no better one
** took (glean.rules.resolve, which says the order: priority, then length,
** then first token, then pass, then rule order); kept is in order of first
** token, the order of results for equal ones. A field priority, pass or
** order that is not a number counts as 0.
*/
typedef struct Res {
  lua_Integer first, last;
  double prio, pass, order;
  lua_Integer idx;         /* 1-based index in results */
} Res;

static int res_better (const Res *a, const Res *b) {
  lua_Integer la = a->last - a->first, lb = b->last - b->first;
  if (a->prio != b->prio) return a->prio > b->prio;
  if (la != lb) return la > lb;
  if (a->first != b->first) return a->first < b->first;
  if (a->pass != b->pass) return a->pass < b->pass;
  return a->order < b->order;
}

static int res_by_first (const void *x, const void *y) {
  const Res *a = (const Res *)x, *b = (const Res *)y;
  if (a->first != b->first) return a->first < b->first ? -1 : 1;
  return a->idx < b->idx ? -1 : (a->idx > b->idx);
}

static double number_field (lua_State *L, int t, const char *k) {
  double v;
  lua_getfield(L, t, k);
  v = lua_isnumber(L, -1) ? (double)lua_tonumber(L, -1) : 0;
  lua_pop(L, 1);
  return v;
}

static int core_resolve (lua_State *L) {
  lua_Integer n, i, nk = 0;
  Res *r, **cl;
  int sorted = 1;
  gl_checktable(L, 1);
  lua_settop(L, 1);
  n = (lua_Integer)lua_rawlen(L, 1);
  /* (scratch in userdata: freed with the call, whatever raises) */
  r = (Res *)lua_newuserdata(L, (size_t)(n > 0 ? n : 1) * (sizeof(Res) + sizeof(Res *)));
  cl = (Res **)(void *)(r + (n > 0 ? n : 1));
  for (i = 0; i < n; i++) {
    Res *x = &r[i];
    push_range(L, 1, i + 1, -1, "result", &x->first, &x->last);  /* 3 */
    x->prio = number_field(L, 3, "priority");
    x->pass = number_field(L, 3, "pass");
    x->order = number_field(L, 3, "order");
    x->idx = i + 1;
    lua_settop(L, 2);
    if (i > 0 && x->first < r[i - 1].first) sorted = 0;
  }
  if (!sorted) qsort(r, (size_t)n, sizeof(Res), res_by_first);
  lua_createtable(L, (int)(n < 0x7fffffff ? n : 0), 0);     /* 3: kept */
  for (i = 0; i < n;) {
    lua_Integer j = i, maxlast = r[i].last, k;
    while (j + 1 < n && r[j + 1].first <= maxlast) {
      j++;
      if (r[j].last > maxlast) maxlast = r[j].last;
    }
    if (j == i) {
      lua_rawgeti(L, 1, r[i].idx);
      lua_rawseti(L, 3, ++nk);
    }
    else if (j == i + 1) {                   /* (a pair: the usual cluster) */
      lua_rawgeti(L, 1, res_better(&r[j], &r[i]) ? r[j].idx : r[i].idx);
      lua_rawseti(L, 3, ++nk);
    }
    else {
      /* the best first (an insertion sort, stable), then the winners,
      ** each on tokens no better one took, in order of first token */
      lua_Integer c, lo = r[i].first, m = j - i + 1, nc = 0;
      unsigned char *taken;
      for (k = i; k <= j; k++) {
        c = k - i;
        while (c >= 1 && res_better(&r[k], cl[c - 1])) {
          cl[c] = cl[c - 1];
          c--;
        }
        cl[c] = &r[k];
      }
      {
        size_t width = maxlast >= lo ? (size_t)(maxlast - lo + 1) : 1;
        taken = (unsigned char *)lua_newuserdata(L, width);          /* 4 */
        memset(taken, 0, width);
      }
      for (k = 0; k < m; k++) {
        const Res *x = cl[k];
        lua_Integer t;
        int free = 1;
        for (t = x->first; t <= x->last && free; t++)
          if (taken[t - lo]) free = 0;
        if (free) {
          for (t = x->first; t <= x->last; t++) taken[t - lo] = 1;
          cl[nc++] = cl[k];
        }
      }
      lua_pop(L, 1);
      /* (the winners share no token: their first tokens differ) */
      for (k = 1; k < nc; k++) {
        Res *x = cl[k];
        c = k;
        while (c >= 1 && cl[c - 1]->first > x->first) {
          cl[c] = cl[c - 1];
          c--;
        }
        cl[c] = x;
      }
      for (k = 0; k < nc; k++) {
        lua_rawgeti(L, 1, cl[k]->idx);
        lua_rawseti(L, 3, ++nk);
      }
    }
    i = j + 1;
  }
  return 1;
}

static const luaL_Reg records_funcs[] = {
  { "resolve", core_resolve },
  { "taken", core_taken },
  { "result", core_result },
  { "compact", core_compact },
  { "place", core_place },
  { NULL, NULL }
};

void gl_records_open (lua_State *L) {
  luaL_setfuncs(L, records_funcs, 0);
}
