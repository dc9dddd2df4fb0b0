/*
** records.c: the result records of the rule engine, from match to entity.
** A pass's matches are candidates in C (core.candidates, core.candidate)
** until the overlaps are resolved (core.winners; core.resolve for records
** made elsewhere): only the winners become tables. Then core.taken marks
** their tokens and core.place sets their positions and text.
**
** A record (an entity, a quote) is filled in steps: made with a slot for
** every field a step may set, fields set to nil again once used. Lua never
** shrinks a table, so a record kept in a document would carry those
** slots: half of an entity's memory, for a long text tens of megabytes.
** core.compact copies each record of a list into a table made for the
** fields it holds.
*/
#include <stdlib.h>
#include <string.h>

#include "glean.h"

static const char *const result_keys[] = {
  "first_token", "last_token", "label", "rule", "priority", "pass", "order",
  "first", "last", "text", "canonical"
};

/* result_keys[k] as a Lua string: an upvalue of the functions here (set
** with a key pushed once, a field costs no lookup of its name's string) */
#define KEY(k) lua_upvalueindex(1 + (k))
#define NKEYS 11
enum { K_FIRST_TOKEN, K_LAST_TOKEN, K_LABEL, K_RULE, K_PRIORITY, K_PASS, K_ORDER,
       K_FIRST, K_LAST, K_TEXT, K_CANONICAL };

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

/* the token range of the record at index t (absolute) in *a and *b: 1 when
** first_token and last_token are integers */
static int range_at (lua_State *L, int t, lua_Integer *a, lua_Integer *b) {
  int ok1, ok2;
  lua_pushvalue(L, KEY(K_FIRST_TOKEN));
  lua_rawget(L, t);
  lua_pushvalue(L, KEY(K_LAST_TOKEN));
  lua_rawget(L, t);
  *a = lua_tointegerx(L, -2, &ok1);
  *b = lua_tointegerx(L, -1, &ok2);
  lua_pop(L, 2);
  return ok1 && ok2;
}

/*
** Record i of the list at index list, pushed, and its token range in *a
** and *b, which must lie within 1 .. n, in order.
*/
static void push_range (lua_State *L, int list, lua_Integer i, lua_Integer n,
                        lua_Integer *a, lua_Integer *b) {
  lua_rawgeti(L, list, i);
  if (lua_type(L, -1) != LUA_TTABLE)
    luaL_error(L, "glean: record %d is not a table", (int)i);
  if (!range_at(L, lua_gettop(L), a, b) || *a < 1 || *b < *a || n < *b)
    luaL_error(L, "glean: record %d is not a token range of the text", (int)i);
}

/* whether a name broken over lines or spaced out needs its white space
** made single spaces: a newline, return or tab, or two spaces in a row */
static int loose_space (const char *p, size_t n) {
  size_t k;
  for (k = 0; k < n; k++) {
    char c = p[k];
    if (c == '\n' || c == '\r' || c == '\t' ||
        (c == ' ' && k + 1 < n && p[k + 1] == ' '))
      return 1;
  }
  return 0;
}

/* pushes p[0..n) with each run of white space (as Lua's %s: space, \t,
** \n, \v, \f, \r) made one space */
static void push_single_spaced (lua_State *L, const char *p, size_t n) {
  luaL_Buffer b;
  size_t k = 0;
  luaL_buffinit(L, &b);
  while (k < n) {
    char c = p[k];
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      luaL_addchar(&b, ' ');
      while (k < n && (p[k] == ' ' || (p[k] >= '\t' && p[k] <= '\r'))) k++;
    }
    else {
      luaL_addchar(&b, c);
      k++;
    }
  }
  luaL_pushresult(&b);
}

/*
** core.place(toks, list [, named]) -> list: each record of list (a table
** with first_token and last_token, tokens of toks) gets first and last,
** the byte positions of its text (1-based, inclusive), and text, the text
** itself: what an entity's place in the text is, set in one call instead
** of three a record.
** With named (a set of labels), each record is also made an entity as the
** extractor gives it: the engine's priority, pass and order go; a record
** with a label of named and no canonical name gets its text as one; a
** canonical name a line break or a run of spaces cuts (over two tokens or
** more) gets single spaces.
*/
static int core_place (lua_State *L) {
  const char *s;
  size_t slen;
  const gl_tokens *t = gl_check_tokens(L, 1, &s, &slen);
  lua_Integer i, n;
  int named;
  gl_checktable(L, 2);
  named = !lua_isnoneornil(L, 3);
  if (named) gl_checktable(L, 3);
  lua_settop(L, 3);
  n = (lua_Integer)lua_rawlen(L, 2);
  for (i = 1; i <= n; i++) {
    lua_Integer a, b;
    size_t first, end;
    push_range(L, 2, i, (lua_Integer)t->n, &a, &b);   /* 4 */
    first = t->start[a - 1];
    end = t->end[b - 1];
    lua_pushvalue(L, KEY(K_FIRST));
    lua_pushinteger(L, (lua_Integer)first + 1);
    lua_rawset(L, 4);
    lua_pushvalue(L, KEY(K_LAST));
    lua_pushinteger(L, (lua_Integer)end);
    lua_rawset(L, 4);
    lua_pushlstring(L, s + first, end - first);        /* 5: the text */
    lua_pushvalue(L, KEY(K_TEXT));
    lua_pushvalue(L, 5);
    lua_rawset(L, 4);
    if (named) {
      int k;
      for (k = K_PRIORITY; k <= K_ORDER; k++) {
        lua_pushvalue(L, KEY(k));
        lua_pushnil(L);
        lua_rawset(L, 4);
      }
      lua_pushvalue(L, KEY(K_CANONICAL));
      lua_rawget(L, 4);                                 /* 6 */
      if (!lua_toboolean(L, 6)) {
        lua_pushvalue(L, KEY(K_LABEL));
        lua_rawget(L, 4);
        lua_rawget(L, 3);                               /* named[label] */
        if (lua_toboolean(L, -1)) {
          lua_pushvalue(L, KEY(K_CANONICAL));
          lua_pushvalue(L, 5);
          lua_rawset(L, 4);
          lua_pushvalue(L, 5);
          lua_replace(L, 6);                            /* (checked below) */
        }
        lua_settop(L, 6);
      }
      if (b > a && lua_type(L, 6) == LUA_TSTRING) {
        size_t clen;
        const char *c = lua_tolstring(L, 6, &clen);
        if (loose_space(c, clen)) {
          lua_pushvalue(L, KEY(K_CANONICAL));
          push_single_spaced(L, c, clen);
          lua_rawset(L, 4);
        }
      }
    }
    lua_settop(L, 3);
  }
  lua_settop(L, 2);
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
    push_range(L, 2, i, n, &a, &b);                  /* 4 */
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

static double number_field (lua_State *L, int t, int k) {
  double v;
  lua_pushvalue(L, KEY(k));
  lua_rawget(L, t);
  v = lua_isnumber(L, -1) ? (double)lua_tonumber(L, -1) : 0;
  lua_pop(L, 1);
  return v;
}

/*
** The winners of r[0 .. n) (see core.resolve), their idx in out[], in order
** of first token; returns how many. cl: scratch for n pointers. Sorts r.
*/
static lua_Integer resolve_res (lua_State *L, Res *r, Res **cl, lua_Integer n,
                                int sorted, lua_Integer *out) {
  lua_Integer i, nk = 0;
  if (!sorted) qsort(r, (size_t)n, sizeof(Res), res_by_first);
  for (i = 0; i < n;) {
    lua_Integer j = i, maxlast = r[i].last, k;
    while (j + 1 < n && r[j + 1].first <= maxlast) {
      j++;
      if (r[j].last > maxlast) maxlast = r[j].last;
    }
    if (j == i)
      out[nk++] = r[i].idx;
    else if (j == i + 1)                     /* (a pair: the usual cluster) */
      out[nk++] = res_better(&r[j], &r[i]) ? r[j].idx : r[i].idx;
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
        taken = (unsigned char *)lua_newuserdata(L, width);
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
      for (k = 0; k < nc; k++) out[nk++] = cl[k]->idx;
    }
    i = j + 1;
  }
  return nk;
}

/* scratch for n results: Res[n], then n pointers, then n indices; in a
** userdata pushed on the stack (freed with the call, whatever raises) */
static Res *res_scratch (lua_State *L, lua_Integer n, Res ***cl, lua_Integer **out) {
  size_t m = (size_t)(n > 0 ? n : 1);
  Res *r;
  if (m > ((size_t)-1) / (sizeof(Res) + sizeof(Res *) + sizeof(lua_Integer)))
    luaL_error(L, "glean: too many results");
  r = (Res *)lua_newuserdata(L, m * (sizeof(Res) + sizeof(Res *) + sizeof(lua_Integer)));
  *cl = (Res **)(void *)(r + m);
  *out = (lua_Integer *)(void *)(*cl + m);
  return r;
}

/* the keys core.resolve reads of the record at index t (absolute),
** record i of its list */
static void record_keys (lua_State *L, int t, lua_Integer i, Res *x) {
  if (!range_at(L, t, &x->first, &x->last))
    luaL_error(L, "glean: result %d has no token range", (int)i);
  x->prio = number_field(L, t, K_PRIORITY);
  x->pass = number_field(L, t, K_PASS);
  x->order = number_field(L, t, K_ORDER);
  x->idx = i;
}

static int core_resolve (lua_State *L) {
  lua_Integer n, i, nk, *out;
  Res *r, **cl;
  int sorted = 1;
  gl_checktable(L, 1);
  lua_settop(L, 1);
  n = (lua_Integer)lua_rawlen(L, 1);
  r = res_scratch(L, n, &cl, &out);                            /* 2 */
  for (i = 0; i < n; i++) {
    Res *x = &r[i];
    lua_rawgeti(L, 1, i + 1);                                  /* 3 */
    if (lua_type(L, 3) != LUA_TTABLE)
      luaL_error(L, "glean: result %d is not a table", (int)(i + 1));
    record_keys(L, 3, i + 1, x);
    lua_settop(L, 2);
    if (i > 0 && x->first < r[i - 1].first) sorted = 0;
  }
  nk = resolve_res(L, r, cl, n, sorted, out);
  lua_createtable(L, (int)(nk < 0x7fffffff ? nk : 0), 0);   /* 3: kept */
  for (i = 0; i < nk; i++) {
    lua_rawgeti(L, 1, out[i]);
    lua_rawseti(L, 3, i + 1);
  }
  return 1;
}

/*
** {======================================================
** Candidates: a pass's results, resolved before any becomes a table
** =======================================================
**
** The rule engine hands each match it keeps to core.candidate: the keys
** that resolving reads (token range, priority, pass, order, with what the
** build's fields say of them) stay in C, the values a record is made of
** (label, rule id, the build's fields, or a record of a pass before) in
** the buffer's uservalue. core.winners resolves and makes the records of
** the winners only: a record costs thousands of instructions, and a
** quarter of the matches lose.
*/

typedef struct Cand {
  Res key;                   /* what resolving reads (key.idx: 1-based) */
  lua_Integer first, last;   /* the rule's range, before the fields */
  lua_Integer iprio;         /* the rule's priority: an integer, */
  double fprio;              /* or a float */
  int isint;
} Cand;

typedef struct Cands {
  gl_tag tag;
  size_t n, cap;
  lua_Integer ntoks;
} Cands;

static const gl_type cands_type = {"glean.Candidates", sizeof(Cands)};

static Cands *check_cands (lua_State *L, int arg) {
  Cands *c = (Cands *)lua_touserdata(L, arg);
  gl_tag tag;
  if (c == NULL || lua_rawlen(L, arg) < sizeof(Cands)) c = NULL;
  else {
    memcpy(&tag, c, sizeof(tag));
    if (tag != &cands_type ||
        lua_rawlen(L, arg) != sizeof(Cands) + c->cap * sizeof(Cand)) c = NULL;
  }
  if (c == NULL) luaL_error(L, "glean: bad argument #%d (glean.Candidates expected)", arg);
  return c;
}

#define CANDS(c) ((Cand *)(void *)((c) + 1))

/*
** core.candidates(cap, ntokens) -> a buffer for up to cap candidates over
** a text of ntokens tokens (the rule engine's: cap is the entities of the
** passes before and the pass's matches)
*/
static int core_candidates (lua_State *L) {
  lua_Integer cap = gl_checkinteger(L, 1), nt = gl_checkinteger(L, 2);
  Cands *c;
  if (cap < 0 || cap > 0x7fffffff / 3 || nt < 0)
    return luaL_error(L, "glean: bad candidate count");
  c = (Cands *)gl_newuserdata(L, sizeof(Cands) + (size_t)cap * sizeof(Cand));
  c->tag = &cands_type;
  c->n = 0;
  c->cap = (size_t)cap;
  c->ntoks = nt;
  lua_createtable(L, (int)(3 * cap), 0);
  gl_setuservalue(L, -2);
  return 1;
}

/* field k of the fields table at idx, if it has one (pushed: 1), else 0 */
static int has_field (lua_State *L, int idx, int k) {
  lua_pushvalue(L, KEY(k));
  lua_rawget(L, idx);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    return 0;
  }
  return 1;
}

/* a token bound: an integer, or an error naming the rule */
static lua_Integer bound_of (lua_State *L, int idx, int rule) {
  int ok = 0;
  lua_Integer v = 0;
  if (lua_type(L, idx) == LUA_TNUMBER) v = lua_tointegerx(L, idx, &ok);
  if (!ok)
    luaL_error(L, "glean: rule '%s': a result's first_token and last_token "
               "must be token numbers", lua_tostring(L, rule));
  return v;
}

/* append a candidate's values to the uservalue (at uv) */
static void cand_values (lua_State *L, int uv, size_t k, int label, int rule,
                         int rec) {
  lua_pushvalue(L, label);
  lua_rawseti(L, uv, (lua_Integer)(3 * k + 1));
  lua_pushvalue(L, rule);
  lua_rawseti(L, uv, (lua_Integer)(3 * k + 2));
  lua_pushvalue(L, rec);
  lua_rawseti(L, uv, (lua_Integer)(3 * k + 3));
}

/*
** core.candidate(buf, first, last, label, rule, priority, pass, order
** [, fields]): a match of a rule, kept when it holds:
** a label and a range within the text once the fields (a build's answer)
** have set theirs. core.candidate(buf, record): a record of a pass before.
*/
static int core_candidate (lua_State *L) {
  Cands *c = check_cands(L, 1);
  Cand *x;
  if (c->n >= c->cap) return luaL_error(L, "glean: more candidates than room");
  x = &CANDS(c)[c->n];
  if (lua_type(L, 2) == LUA_TTABLE) {                   /* a record */
    lua_settop(L, 2);
    record_keys(L, 2, (lua_Integer)c->n + 1, &x->key);
    gl_getuservalue(L, 1);                              /* 3 */
    x->first = 0;                                       /* (no rule: a record) */
    lua_pushboolean(L, 0);                              /* 4 */
    cand_values(L, 3, c->n, 4, 4, 2);
  }
  else {
    lua_Integer f, l;
    int hasfields, label = 4;
    lua_settop(L, 9);
    x->first = bound_of(L, 2, 5);
    x->last = bound_of(L, 3, 5);
#if LUA_VERSION_NUM >= 503
    x->isint = lua_isinteger(L, 6);
    x->iprio = x->isint ? lua_tointeger(L, 6) : 0;
#else
    x->isint = 0;          /* (numbers are floats: pushed back as they were) */
    x->iprio = 0;
#endif
    x->fprio = (double)lua_tonumber(L, 6);
    x->key.pass = (double)lua_tonumber(L, 7);
    x->key.order = (double)lua_tonumber(L, 8);
    x->key.prio = x->fprio;
    f = x->first;
    l = x->last;
    hasfields = lua_type(L, 9) == LUA_TTABLE;
    if (hasfields) {
      if (has_field(L, 9, K_FIRST_TOKEN)) { f = bound_of(L, -1, 5); lua_pop(L, 1); }
      if (has_field(L, 9, K_LAST_TOKEN)) { l = bound_of(L, -1, 5); lua_pop(L, 1); }
      if (has_field(L, 9, K_PRIORITY)) {
        x->key.prio = lua_isnumber(L, -1) ? (double)lua_tonumber(L, -1) : 0;
        lua_pop(L, 1);
      }
      if (has_field(L, 9, K_LABEL)) label = lua_gettop(L);       /* 10 */
    }
    if (!lua_toboolean(L, label) || f < 1 || l > c->ntoks || f > l) return 0;
    x->key.first = f;
    x->key.last = l;
    gl_getuservalue(L, 1);
    cand_values(L, lua_gettop(L), c->n, 4, 5, hasfields ? 9 : 1);
  }
  x->key.idx = (lua_Integer)c->n + 1;
  c->n++;
  return 0;
}

/* each field of the table at from set in the table at to, but rule, pass
** and order */
static void copy_fields (lua_State *L, int from, int to) {
  int top = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, from) != 0) {                 /* top+1 key, top+2 value */
    size_t len;
    const char *key = lua_type(L, top + 1) == LUA_TSTRING ?
                      lua_tolstring(L, top + 1, &len) : NULL;
    if (key != NULL &&
        ((len == 4 && memcmp(key, "rule", 4) == 0) ||
         (len == 4 && memcmp(key, "pass", 4) == 0) ||
         (len == 5 && memcmp(key, "order", 5) == 0))) {
      lua_pop(L, 1);
      continue;
    }
    lua_pushvalue(L, top + 1);
    lua_insert(L, -2);                       /* key, key, value */
    lua_rawset(L, to);
  }
  lua_settop(L, top);
}

/* the result table of candidate x (its values at uv), pushed: a table made
** for the fields an entity comes to hold (16), with first_token,
** last_token, label, rule, priority, pass and order set in this order,
** then each field of the build's table but rule, pass and order (copied:
** a build may give one table for many matches) */
static void push_result (lua_State *L, const Cand *x, int uv, lua_Integer k) {
  int t;
  lua_createtable(L, 0, 16);
  t = lua_gettop(L);
  lua_pushvalue(L, KEY(K_FIRST_TOKEN));
  lua_pushinteger(L, x->first);
  lua_rawset(L, t);
  lua_pushvalue(L, KEY(K_LAST_TOKEN));
  lua_pushinteger(L, x->last);
  lua_rawset(L, t);
  lua_pushvalue(L, KEY(K_LABEL));
  lua_rawgeti(L, uv, 3 * k + 1);
  lua_rawset(L, t);
  lua_pushvalue(L, KEY(K_RULE));
  lua_rawgeti(L, uv, 3 * k + 2);
  lua_rawset(L, t);
  lua_pushvalue(L, KEY(K_PRIORITY));
  if (x->isint) lua_pushinteger(L, x->iprio);
  else lua_pushnumber(L, (lua_Number)x->fprio);
  lua_rawset(L, t);
  lua_pushvalue(L, KEY(K_PASS));
  lua_pushinteger(L, (lua_Integer)x->key.pass);
  lua_rawset(L, t);
  lua_pushvalue(L, KEY(K_ORDER));
  lua_pushinteger(L, (lua_Integer)x->key.order);
  lua_rawset(L, t);
  lua_rawgeti(L, uv, 3 * k + 3);
  if (lua_type(L, -1) == LUA_TTABLE) copy_fields(L, lua_gettop(L), t);
  lua_pop(L, 1);
}

/*
** core.winners(buf) -> the records of the candidates that win (see
** core.resolve), in order of first token: a record of a pass before as it
** is, a match's made now
*/
static int core_winners (lua_State *L) {
  Cands *c = check_cands(L, 1);
  lua_Integer n = (lua_Integer)c->n, i, nk, *out;
  Res *r, **cl;
  Cand *cs = CANDS(c);
  int sorted = 1;
  lua_settop(L, 1);
  gl_getuservalue(L, 1);                                       /* 2 */
  r = res_scratch(L, n, &cl, &out);                            /* 3 */
  for (i = 0; i < n; i++) {
    r[i] = cs[i].key;
    if (i > 0 && r[i].first < r[i - 1].first) sorted = 0;
  }
  nk = resolve_res(L, r, cl, n, sorted, out);
  lua_createtable(L, (int)nk, 0);                              /* 4 */
  for (i = 0; i < nk; i++) {
    const Cand *x = &cs[out[i] - 1];
    if (x->first == 0) lua_rawgeti(L, 2, 3 * (out[i] - 1) + 3);
    else push_result(L, x, 2, out[i] - 1);
    lua_rawseti(L, 4, i + 1);
  }
  return 1;
}

/* }====================================================== */

static const luaL_Reg records_funcs[] = {
  { "candidates", core_candidates },
  { "candidate", core_candidate },
  { "winners", core_winners },
  { "resolve", core_resolve },
  { "taken", core_taken },
  { "compact", core_compact },
  { "place", core_place },
  { NULL, NULL }
};

void gl_records_open (lua_State *L) {
  int k;
  for (k = 0; k < NKEYS; k++) lua_pushstring(L, result_keys[k]);
  luaL_setfuncs(L, records_funcs, NKEYS);
}
