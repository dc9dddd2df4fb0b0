/*
** match.c: dictionary matching over token streams, and the Lua class
** glean.Matcher. Phrases are tokenized with the same tokenizer as the text
** and matched on folded token keys, so matching is case and diacritic
** insensitive (entries flagged "case" match only as written) and happens at
** token boundaries only. Word lists come in as TSV files (parsed here, with
** file:line errors) or one entry at a time from Lua.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glean.h"

#define MATCHER_T "glean.Matcher"
#define MATCHES_T "glean.Matches"

#define EXACT_SEP '\x1f'     /* between token texts in a payload's exact form */


/*
** {======================================================
** Token keys of a text
** =======================================================
*/

/* }====================================================== */


/*
** {======================================================
** Matching
** =======================================================
*/

static int matches_push (gl_matches *m, size_t a, size_t b, size_t p) {
  if (m->n == m->cap) {
    size_t ncap = m->cap ? m->cap * 2 : 64, old = m->cap * sizeof(uint32_t);
    uint32_t *x = (uint32_t *)gl_array_realloc(m->first, old, ncap * 4);
    if (x == NULL) return -1;
    m->first = x;
    x = (uint32_t *)gl_array_realloc(m->last, old, ncap * 4);
    if (x == NULL) {
      m->first = (uint32_t *)gl_array_realloc(m->first, ncap * 4, old);
      return -1;
    }
    m->last = x;
    x = (uint32_t *)gl_array_realloc(m->payload, old, ncap * 4);
    if (x == NULL) {
      m->first = (uint32_t *)gl_array_realloc(m->first, ncap * 4, old);
      m->last = (uint32_t *)gl_array_realloc(m->last, ncap * 4, old);
      return -1;
    }
    m->payload = x;
    m->cap = ncap;
  }
  m->first[m->n] = (uint32_t)a;
  m->last[m->n] = (uint32_t)b;
  m->payload[m->n] = (uint32_t)p;
  m->n++;
  return 0;
}

static void matches_free (gl_matches *m) {
  size_t size = m->cap * sizeof(uint32_t);
  gl_array_free(m->first, size);
  gl_array_free(m->last, size);
  gl_array_free(m->payload, size);
  memset(m, 0, sizeof(*m));
}

/* is the text token w (all capitals) the phrase token x in capitals? */
static int caps_equal (const char *x, const char *w, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)x[i];
    if (c >= 0x80 || (unsigned char)w[i] != ((c >= 'a' && c <= 'z') ? c - 32 : c))
      return 0;
  }
  return 1;
}

/*
** Do tokens a..b of s read as payload p's phrase was written? A token in
** capitals also matches its phrase token in capitals (CHINA, NICE in an
** all-caps headline), ASCII only: SAID is not Saïd.
*/
/*
** How many bytes of x (of xl) the token w (of wl) reads as, when each
** curly apostrophe (U+2019) of w stands for a straight one of x ("Prosecutor’s
** Office" for "Prosecutor's Office"), or 0 when it does not.
*/
static size_t apostrophes_equal (const char *x, size_t xl, const char *w,
                                 size_t wl) {
  size_t i = 0, j = 0;
  while (j < wl) {
    if (i >= xl) return 0;
    if (j + 2 < wl && (unsigned char)w[j] == 0xE2 && (unsigned char)w[j + 1] == 0x80 &&
        (unsigned char)w[j + 2] == 0x99 && x[i] == '\'') {
      i++;
      j += 3;
    }
    else if (x[i] == w[j]) {
      i++;
      j++;
    }
    else return 0;
  }
  return i;
}

static int exact_ok (const gl_gaz *g, const gl_payload *p, const char *s,
                     const gl_tokens *t, size_t a, size_t b) {
  size_t len, k, at = 0;
  const char *x = gl_intern_str(&g->strings, p->exact, &len);
  /* a word in capitals matches in any case only in a name all in capitals
     (a headline's "THE WHO"; "The WHO" is no band) */
  int caps = 1;
  for (k = a; k <= b && caps; k++)
    if ((t->info[k] & GL_F_ALPHA) && !(t->info[k] & GL_F_UPPER)) caps = 0;
  for (k = a; k <= b; k++) {
    size_t tl = t->end[k] - t->start[k];
    const char *w = s + t->start[k];
    if (k > a) {
      if (at >= len || x[at] != EXACT_SEP) return 0;
      at++;
    }
    if (at + tl <= len && (memcmp(x + at, w, tl) == 0 ||
        (caps && tl >= 2 && (t->info[k] & GL_F_UPPER) && caps_equal(x + at, w, tl)))) {
      at += tl;
      continue;
    }
    if (t->info[k] & GL_F_NONASCII) {
      size_t used = apostrophes_equal(x + at, len - at, w, tl);
      if (used != 0 && (at + used == len || x[at + used] == EXACT_SEP)) {
        at += used;
        continue;
      }
    }
    return 0;
  }
  return at == len;
}

static int payload_ok (const gl_gaz *g, const gl_payload *p, const char *s,
                       const gl_tokens *t, size_t a, size_t b) {
  return !(p->flags & GL_P_CASE) || exact_ok(g, p, s, t, a, b);
}

/* does some payload of node accept tokens a..b? */
static int node_ok (const gl_gaz *g, uint32_t node, const char *s,
                    const gl_tokens *t, size_t a, size_t b) {
  uint32_t idx;
  for (idx = g->node_head[node]; idx != 0; idx = g->payloads[idx - 1].next)
    if (payload_ok(g, &g->payloads[idx - 1], s, t, a, b)) return 1;
  return 0;
}

static int push_payloads (const gl_gaz *g, uint32_t node, const char *s,
                          const gl_tokens *t, size_t a, size_t b,
                          gl_matches *out) {
  uint32_t idx;
  for (idx = g->node_head[node]; idx != 0; idx = g->payloads[idx - 1].next)
    if (payload_ok(g, &g->payloads[idx - 1], s, t, a, b) &&
        matches_push(out, a, b, idx - 1) != 0)
      return -1;
  return 0;
}

/*
** Match the phrases of g in tokens t of text s, into out: one record per
** (token span, payload). longest: leftmost-longest spans, no overlaps;
** else every span that some payload accepts. Returns 0 or -1 (memory).
*/
/* the key ids of tokens have .. up to the ring's end, or the window's
** (i + the ring), in one call: the ring then holds tokens have - 64 ..
** have - 1; returns the new have */
static size_t fill_ring (gl_gaz *g, const char *s, const gl_tokens *t, size_t i,
                         size_t have, gl_keymemo *memo, gl_buf *tmp, uint32_t *ring) {
  size_t to = have + GL_MAX_PHRASE - have % GL_MAX_PHRASE;
  if (to > i + GL_MAX_PHRASE) to = i + GL_MAX_PHRASE;
  if (to > t->n) to = t->n;
  gl_keys_find_tokens(&g->keys, g->filters_stale ? NULL : g->key_bits, g->nkey_bits, s, t,
                      have, to, memo, tmp, ring + have % GL_MAX_PHRASE);
  return to;
}

/* the longest phrase that starts at token i: its last token in *best
** ((size_t)-1 when none) and its node in *best_node (asked only where a
** phrase with "the" may give way to it: the sweep below does the same
** inline) */
static void longest_at (gl_gaz *g, const char *s, const gl_tokens *t, size_t i,
                        size_t *have, gl_keymemo *memo, gl_buf *tmp, uint32_t *ring,
                        size_t *best, uint32_t *best_node) {
  uint32_t node = 0;
  size_t j, stop = i + GL_MAX_PHRASE;
  if (stop > t->n) stop = t->n;
  *best = (size_t)-1;
  *best_node = 0;
  for (j = i; j < stop; j++) {
    uint32_t id;
    if (j >= *have) *have = fill_ring(g, s, t, i, *have, memo, tmp, ring);
    id = ring[j % GL_MAX_PHRASE];
    if (id == 0) break;
    if (node == 0) node = id < g->root_cap ? g->root_child[id] : 0;
    else node = gl_gaz_child(g, node, id);
    if (node == 0) break;
    if (g->node_head[node] != 0 && node_ok(g, node, s, t, i, j)) {
      *best = j;
      *best_node = node;
    }
  }
}

/* is token i the word "the", in any case? */
static int is_the (const char *s, const gl_tokens *t, size_t i) {
  const char *w = s + t->start[i];
  return t->end[i] - t->start[i] == 3 && (w[0] | 0x20) == 't' && (w[1] | 0x20) == 'h' &&
         (w[2] | 0x20) == 'e';
}

static int gaz_match (gl_gaz *g, const char *s, const gl_tokens *t,
                      int longest, gl_matches *out) {
  /* key ids are computed once per token, into a ring as long as the
  ** longest phrase, rather than an array as long as the text */
  uint32_t ring[GL_MAX_PHRASE];
  size_t n = t->n, i, have = 0;     /* ids of tokens < have are in ring */
  gl_buf tmp = {NULL, 0, 0};
  gl_keymemo *memo;
  int r = 0;
  if (n == 0 || g->nedges == 0) return 0;
  if (g->filters_stale && gl_gaz_filters(g) != 0) return -1;
  /* the gazetteer's memo, made once at its largest */
  if (g->memo == NULL && (g->memo = gl_keymemo_new((size_t)-1)) == NULL)
    return -1;
  memo = g->memo;
  i = 0;
  while (i < n && r == 0) {
    uint32_t node = 0, best_node = 0;
    size_t j, best = (size_t)-1, stop = i + GL_MAX_PHRASE;
    if (stop > n) stop = n;
    for (j = i; j < stop; j++) {
      uint32_t id;
      if (j >= have) have = fill_ring(g, s, t, i, have, memo, &tmp, ring);
      id = ring[j % GL_MAX_PHRASE];
      if (id == 0) break;
      if (node == 0)                   /* (the root's children: an array) */
        node = id < g->root_cap ? g->root_child[id] : 0;
      else node = gl_gaz_child(g, node, id);
      if (node == 0) break;
      if (g->node_head[node] != 0) {
        if (longest) {
          if (node_ok(g, node, s, t, i, j)) { best = j; best_node = node; }
        }
        else r = push_payloads(g, node, s, t, i, j, out);
      }
    }
    if (longest && best != (size_t)-1) {
      if (best > i && is_the(s, t, i)) {
        /* a phrase a list wrote with "the" gives way to a longer one
        ** without it: "the West African nation" is no "the West" */
        size_t b2;
        uint32_t n2;
        longest_at(g, s, t, i + 1, &have, memo, &tmp, ring, &b2, &n2);
        if (b2 != (size_t)-1 && b2 > best) {
          i++;
          best = b2;
          best_node = n2;
        }
      }
      r = push_payloads(g, best_node, s, t, i, best, out);
      i = best + 1;
    }
    else i++;
  }
  gl_buf_free(&tmp);
  return r;
}

/* }====================================================== */


/*
** {======================================================
** Adding phrases
** =======================================================
*/

/* scratch for turning a surface into token keys */
typedef struct phrase {
  gl_tokens toks;
  gl_buf keys;          /* the folded keys, one after another */
  gl_buf exact;         /* token texts joined by EXACT_SEP */
  gl_buf surface;       /* a NUL-terminated copy of the surface */
  const char **kp;
  size_t *kl;
  size_t kcap;
} phrase;

static void phrase_free (phrase *ph) {
  gl_tokens_free(&ph->toks);
  gl_buf_free(&ph->keys);
  gl_buf_free(&ph->exact);
  gl_buf_free(&ph->surface);
  free((void *)ph->kp);
  free(ph->kl);
  memset(ph, 0, sizeof(*ph));
}

static int buf_put (gl_buf *b, const char *s, size_t len) {
  if (b->n + len + 1 > b->cap) {
    size_t ncap = b->cap ? b->cap : 64;
    char *p;
    while (ncap < b->n + len + 1) ncap *= 2;
    if ((p = (char *)realloc(b->p, ncap)) == NULL) return -1;
    b->p = p;
    b->cap = ncap;
  }
  memcpy(b->p + b->n, s, len);
  b->n += len;
  b->p[b->n] = '\0';
  return 0;
}

/* one string column of a payload: "" and "-" are empty (id 0) */
static int intern_field (gl_gaz *g, const char *s, size_t len, uint32_t *id) {
  if (len == 0 || (len == 1 && s[0] == '-')) { *id = 0; return 0; }
  if ((*id = gl_intern_add(&g->strings, s, len)) == 0) return -1;
  return 0;
}

static uint32_t parse_flags (const char *s, size_t len) {
  uint32_t f = 0;
  size_t i = 0;
  while (i < len) {
    size_t j = i;
    while (j < len && s[j] != ',') j++;
    if (j - i == 4 && memcmp(s + i, "case", 4) == 0) f |= GL_P_CASE;
    else if (j - i == 4 && memcmp(s + i, "weak", 4) == 0) f |= GL_P_WEAK;
    else if (j - i == 3 && memcmp(s + i, "alt", 3) == 0) f |= GL_P_ALT;
    i = j + 1;
  }
  return f;
}

typedef struct entry {
  const char *col[7];   /* surface label canonical kind flags extra list */
  size_t len[7];
  uint32_t line;
} entry;

/*
** Add one entry. Returns 0; 1 when the surface has no token, 2 when it has
** more than GL_MAX_PHRASE; -1 out of memory.
*/
static int add_entry (gl_gaz *g, const gl_abbrev *ab, phrase *ph,
                      const entry *e) {
  gl_payload p;
  size_t k, at;
  memset(&p, 0, sizeof(p));
  ph->toks.n = 0;
  ph->keys.n = ph->exact.n = ph->surface.n = 0;
  if (buf_put(&ph->surface, e->col[0], e->len[0]) != 0) return -1;
  if (gl_tokenize(ph->surface.p, ph->surface.n, ab, &ph->toks) != 0)
    return -1;
  if (ph->toks.n == 0) return 1;
  if (ph->toks.n > ph->kcap) {
    size_t ncap = ph->toks.n * 2;
    const char **kp = (const char **)realloc((void *)ph->kp,
                                             ncap * sizeof(char *));
    size_t *kl;
    if (kp == NULL) return -1;
    ph->kp = kp;
    if ((kl = (size_t *)realloc(ph->kl, ncap * sizeof(size_t))) == NULL)
      return -1;
    ph->kl = kl;
    ph->kcap = ncap;
  }
  for (k = 0; k < ph->toks.n; k++) {
    const char *ts = ph->surface.p + ph->toks.start[k];
    size_t tl = ph->toks.end[k] - ph->toks.start[k];
    size_t before = ph->keys.n;
    if (gl_fold(ts, tl, &ph->keys) != 0) return -1;
    ph->kl[k] = ph->keys.n - before;
    if (k > 0 && buf_put(&ph->exact, "\x1f", 1) != 0) return -1;
    if (buf_put(&ph->exact, ts, tl) != 0) return -1;
  }
  for (k = 0, at = 0; k < ph->toks.n; k++) {   /* keys may have moved */
    ph->kp[k] = ph->keys.p + at;
    at += ph->kl[k];
  }
  p.flags = parse_flags(e->col[4], e->len[4]);
  if (intern_field(g, e->col[1], e->len[1], &p.label) ||
      intern_field(g, e->col[2], e->len[2], &p.canonical) ||
      intern_field(g, e->col[3], e->len[3], &p.kind) ||
      intern_field(g, e->col[4], e->len[4], &p.flagstr) ||
      intern_field(g, e->col[5], e->len[5], &p.extra) ||
      intern_field(g, e->col[6], e->len[6], &p.list))
    return -1;
  if ((p.flags & GL_P_CASE) &&
      intern_field(g, ph->exact.p, ph->exact.n, &p.exact) != 0)
    return -1;
  p.line = e->line;
  if (ph->toks.n > GL_MAX_PHRASE) return 2;
  return gl_gaz_add(g, ph->toks.n, ph->kp, ph->kl, &p);
}

static int valid_utf8 (const char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    int32_t cp;
    int l = (unsigned char)s[i] < 0x80 ? 1 :
            gl_utf8_decode((const unsigned char *)s + i, len - i, &cp);
    if (l == 0) return 0;
    i += (size_t)l;
  }
  return 1;
}

/*
** Split TSV text (len bytes at buf) into entries, checking every line
** before any is used: returns the count, or -1 with *errline and *errmsg.
** out may be NULL to only count and check.
*/
static long parse_tsv (const char *buf, size_t len, const char *list,
                       size_t listlen, entry *out, uint32_t *errline,
                       const char **errmsg) {
  size_t i = 0;
  long n = 0;
  uint32_t line = 0;
  while (i < len) {
    size_t e = i, a, c;
    entry ent;
    const void *nl = memchr(buf + i, '\n', len - i);
    e = nl ? (size_t)((const char *)nl - buf) : len;
    line++;
    a = i;
    i = e + 1;
    if (e > a && buf[e - 1] == '\r') e--;
    if (e == a || buf[a] == '#') continue;
    if (!valid_utf8(buf + a, e - a)) {
      *errline = line;
      *errmsg = "invalid UTF-8";
      return -1;
    }
    for (c = 0; c < 6; c++) {
      size_t b = a;
      while (b < e && buf[b] != '\t') b++;
      ent.col[c] = buf + a;
      ent.len[c] = b - a;
      if (b == e && c < 5) {
        *errline = line;
        *errmsg = c == 0 ? "expected 6 tab-separated columns, got 1" :
                  "expected 6 tab-separated columns, got fewer";
        return -1;
      }
      a = b + 1;
      if (c == 5 && b != e) {
        *errline = line;
        *errmsg = "expected 6 tab-separated columns, got more";
        return -1;
      }
    }
    {
      size_t k;
      for (k = 0; k < ent.len[0]; k++)
        if (ent.col[0][k] != ' ' && ent.col[0][k] != '\t') break;
      if (k == ent.len[0]) {
        *errline = line;
        *errmsg = "empty surface";
        return -1;
      }
    }
    if (ent.len[1] == 0 || (ent.len[1] == 1 && ent.col[1][0] == '-')) {
      *errline = line;
      *errmsg = "empty label";
      return -1;
    }
    ent.col[6] = list;
    ent.len[6] = listlen;
    ent.line = line;
    if (out) out[n] = ent;
    n++;
  }
  return n;
}

/* }====================================================== */


/*
** {======================================================
** Lua: glean.Matcher
** =======================================================
*/

typedef struct Matcher {
  gl_gaz *g;
  /* each payload's preference key (see ms:best), + 1; 0: not worked out */
  uint64_t *rank;
  size_t nrank;
} Matcher;

/* (starts with its tag: see gl_totyped; ms:span is a hot call) */
typedef struct Matches {
  gl_tag tag;
  gl_matches m;
  Matcher *mt;            /* kept alive by the uservalue */
  const gl_gaz *g;        /* mt's gazetteer when matched */
  const gl_tokens *t;
  const char *s;
} Matches;

static const gl_type matches_type = {MATCHES_T, sizeof(Matches)};

static Matcher *check_matcher (lua_State *L, int arg) {
  Matcher *mt = (Matcher *)gl_checkudata(L, arg, MATCHER_T);
  if (mt->g == NULL) luaL_error(L, "glean: matcher is closed");
  return mt;
}

static int mt_close (lua_State *L) {
  Matcher *mt = (Matcher *)gl_checkudata(L, 1, MATCHER_T);
  gl_gaz_free(mt->g);
  mt->g = NULL;
  free(mt->rank);
  mt->rank = NULL;
  mt->nrank = 0;
  return 0;
}

static int mt_tostring (lua_State *L) {
  Matcher *mt = (Matcher *)gl_checkudata(L, 1, MATCHER_T);
  if (mt->g == NULL) lua_pushliteral(L, "glean.Matcher (closed)");
  else lua_pushfstring(L, "glean.Matcher (%d entries)",
                       (int)mt->g->npayloads);
  return 1;
}

/* a new Matcher userdata around g (NULL: empty), tokenizer at arg */
static Matcher *push_matcher (lua_State *L, int tokarg) {
  Matcher *mt = (Matcher *)gl_newuserdata(L, sizeof(Matcher));
  mt->g = NULL;
  mt->rank = NULL;
  mt->nrank = 0;
  luaL_getmetatable(L, MATCHER_T);
  lua_setmetatable(L, -2);
  lua_createtable(L, 1, 0);
  lua_pushvalue(L, tokarg);
  lua_rawseti(L, -2, 1);
  gl_setuservalue(L, -2);
  return mt;
}

/* the abbreviations of the matcher's tokenizer */
static const gl_abbrev *matcher_abbrev (lua_State *L, int arg) {
  const gl_abbrev *ab;
  gl_getuservalue(L, arg);
  lua_rawgeti(L, -1, 1);
  ab = gl_check_abbrev(L, -1);
  lua_pop(L, 2);
  return ab;
}

/* core.matcher(tokenizer) -> an empty Matcher */
static int core_matcher (lua_State *L) {
  Matcher *mt;
  gl_check_abbrev(L, 1);
  mt = push_matcher(L, 1);
  if ((mt->g = gl_gaz_new()) == NULL)
    return luaL_error(L, "glean: not enough memory");
  return 1;
}

/* core.load_matcher(path, tokenizer) -> Matcher, or nil, message */
static int core_load_matcher (lua_State *L) {
  const char *path = gl_checklstring(L, 1, NULL);
  const char *err = NULL;
  Matcher *mt;
  gl_check_abbrev(L, 2);
  mt = push_matcher(L, 2);
  errno = 0;
  if ((mt->g = gl_gaz_load(path, &err)) == NULL) {
    lua_pushnil(L);
    if (errno != 0 && strcmp(err, "cannot open") == 0)
      lua_pushfstring(L, "glean: %s: %s", path, strerror(errno));
    else
      lua_pushfstring(L, "glean: %s: %s", path, err);
    return 2;
  }
  return 1;
}

/* m:save(path) -> true, or nil, message */
static int mt_save (lua_State *L) {
  Matcher *mt = check_matcher(L, 1);
  const char *path = gl_checklstring(L, 2, NULL);
  errno = 0;
  if (gl_gaz_save(mt->g, path) != 0) {
    lua_pushnil(L);
    lua_pushfstring(L, "glean: %s: %s", path,
                    errno ? strerror(errno) : "write error");
    return 2;
  }
  lua_pushboolean(L, 1);
  return 1;
}

/* scratch owned by a userdata, so that an error cannot leak it */
typedef struct Scratch {
  phrase ph;
  entry *entries;
  char *buf;
} Scratch;

static int scratch_gc (lua_State *L) {
  Scratch *sc = (Scratch *)lua_touserdata(L, 1);
  phrase_free(&sc->ph);
  free(sc->entries);
  free(sc->buf);
  sc->entries = NULL;
  sc->buf = NULL;
  return 0;
}

static Scratch *push_scratch (lua_State *L) {
  Scratch *sc = (Scratch *)lua_newuserdata(L, sizeof(Scratch));
  memset(sc, 0, sizeof(*sc));
  lua_createtable(L, 0, 1);
  lua_pushcfunction(L, scratch_gc);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);
  return sc;
}

static const char *opt_field (lua_State *L, int t, const char *k,
                              size_t *len) {
  const char *s;
  lua_getfield(L, t, k);
  if (lua_isnil(L, -1)) { lua_pop(L, 1); *len = 0; return ""; }
  if (lua_type(L, -1) != LUA_TSTRING)
    luaL_error(L, "glean: entry field '%s' must be a string", k);
  s = lua_tolstring(L, -1, len);
  lua_pop(L, 1);                   /* the table still holds the string */
  return s;
}

/*
** m:add{surface=, label=, canonical=, kind=, flags=, extra=, list=}:
** add one entry at run time.
*/
static int mt_add (lua_State *L) {
  Matcher *mt = check_matcher(L, 1);
  const gl_abbrev *ab;
  Scratch *sc;
  entry e;
  int r;
  static const char *const fields[7] = {
    "surface", "label", "canonical", "kind", "flags", "extra", "list"
  };
  int k;
  gl_checktable(L, 2);
  ab = matcher_abbrev(L, 1);
  for (k = 0; k < 7; k++) e.col[k] = opt_field(L, 2, fields[k], &e.len[k]);
  e.line = 0;
  if (!valid_utf8(e.col[0], e.len[0]))
    return luaL_error(L, "glean: entry surface is not valid UTF-8");
  if (e.len[1] == 0) return luaL_error(L, "glean: entry needs a label");
  sc = push_scratch(L);
  r = add_entry(mt->g, ab, &sc->ph, &e);
  if (r == 1) return luaL_error(L, "glean: entry surface '%s' has no token",
                                e.col[0]);
  if (r == 2) return luaL_error(L, "glean: entry surface has more than %d "
                                "tokens", GL_MAX_PHRASE);
  if (r != 0) return luaL_error(L, "glean: not enough memory");
  lua_pushboolean(L, 1);
  return 1;
}

/*
** Add entry e again under its German letters written out, as English
** news writes them ("Duesseldorf", "Juergen", "Baden-Wuerttemberg"): ä ö ü
** as ae oe ue, ß as ss. Returns 0 (also when there is none), -1 out of
** memory.
*/
static int add_written_out (gl_gaz *g, const gl_abbrev *ab, phrase *ph,
                            const entry *e) {
  const unsigned char *s = (const unsigned char *)e->col[0];
  size_t n = e->len[0], k;
  gl_buf b = {NULL, 0, 0};
  entry w;
  int found = 0, r;
  for (k = 0; k + 1 < n; k++)
    if (s[k] == 0xC3 && (s[k + 1] == 0xA4 || s[k + 1] == 0xB6 || s[k + 1] == 0xBC ||
                         s[k + 1] == 0x84 || s[k + 1] == 0x96 || s[k + 1] == 0x9C ||
                         s[k + 1] == 0x9F)) {
      found = 1;
      break;
    }
  if (!found) return 0;
  for (k = 0; k < n; k++) {
    const char *o = NULL;
    if (s[k] == 0xC3 && k + 1 < n) {
      switch (s[k + 1]) {
        case 0xA4: o = "ae"; break;
        case 0xB6: o = "oe"; break;
        case 0xBC: o = "ue"; break;
        case 0x84: o = "Ae"; break;
        case 0x96: o = "Oe"; break;
        case 0x9C: o = "Ue"; break;
        case 0x9F: o = "ss"; break;
        default: break;
      }
    }
    if (o != NULL) {
      if (buf_put(&b, o, 2) != 0) { gl_buf_free(&b); return -1; }
      k++;
    }
    else if (buf_put(&b, (const char *)s + k, 1) != 0) { gl_buf_free(&b); return -1; }
  }
  w = *e;
  w.col[0] = b.p;
  w.len[0] = b.n;
  r = add_entry(g, ab, ph, &w);
  gl_buf_free(&b);
  return r < 0 ? -1 : 0;
}

/*
** m:add_tsv(path [, list]) -> number of rows. The list name defaults to the
** file's base name. Every line is checked before any is added: a malformed
** line raises "glean: path:line: message" and adds nothing.
*/
static int mt_add_tsv (lua_State *L) {
  Matcher *mt = check_matcher(L, 1);
  const char *path = gl_checklstring(L, 2, NULL);
  size_t listlen = 0, len = 0, cap = 0;
  const char *list = gl_optlstring(L, 3, NULL, &listlen);
  const gl_abbrev *ab = matcher_abbrev(L, 1);
  Scratch *sc = push_scratch(L);
  FILE *f;
  long n, i;
  uint32_t errline = 0;
  const char *errmsg = NULL;
  if (list == NULL) {                  /* base name without .tsv */
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    listlen = strlen(b);
    if (listlen > 4 && strcmp(b + listlen - 4, ".tsv") == 0) listlen -= 4;
    lua_pushlstring(L, b, listlen);
    list = lua_tostring(L, -1);
  }
  if ((f = fopen(path, "rb")) == NULL)
    return luaL_error(L, "glean: %s: %s", path, strerror(errno));
  for (;;) {
    size_t got;
    if (len + 65536 > cap) {
      char *p;
      cap = cap ? cap * 2 : 1 << 20;
      if ((p = (char *)realloc(sc->buf, cap)) == NULL) {
        fclose(f);
        return luaL_error(L, "glean: not enough memory");
      }
      sc->buf = p;
    }
    got = fread(sc->buf + len, 1, cap - len, f);
    len += got;
    if (got == 0) break;
  }
  if (ferror(f)) {
    fclose(f);
    return luaL_error(L, "glean: %s: read error", path);
  }
  fclose(f);
  n = parse_tsv(sc->buf, len, list, listlen, NULL, &errline, &errmsg);
  if (n < 0)
    return luaL_error(L, "glean: %s:%d: %s", path, (int)errline, errmsg);
  if (n > 0 && (sc->entries = (entry *)malloc((size_t)n * sizeof(entry))) == NULL)
    return luaL_error(L, "glean: not enough memory");
  parse_tsv(sc->buf, len, list, listlen, sc->entries, &errline, &errmsg);
  for (i = 0; i < n; i++) {   /* token counts, where they are in doubt */
    const entry *e = &sc->entries[i];
    size_t k;
    for (k = 0; k < e->len[0]; k++)
      if ((unsigned char)e->col[0][k] < 0x80 && e->col[0][k] != ' ') break;
    if (k == e->len[0] || e->len[0] > 2 * GL_MAX_PHRASE) {
      gl_tokens t = {NULL, NULL, NULL, 0, 0};
      gl_buf b = {NULL, 0, 0};
      size_t nt;
      if (buf_put(&b, e->col[0], e->len[0]) != 0 ||
          gl_tokenize(b.p, b.n, ab, &t) != 0) {
        gl_buf_free(&b);
        gl_tokens_free(&t);
        return luaL_error(L, "glean: not enough memory");
      }
      nt = t.n;
      gl_buf_free(&b);
      gl_tokens_free(&t);
      if (nt == 0)
        return luaL_error(L, "glean: %s:%d: surface has no token", path,
                          (int)e->line);
      if (nt > GL_MAX_PHRASE)
        return luaL_error(L, "glean: %s:%d: surface has more than %d tokens",
                          path, (int)e->line, GL_MAX_PHRASE);
    }
  }
  for (i = 0; i < n; i++) {
    int r = add_entry(mt->g, ab, &sc->ph, &sc->entries[i]);
    if (r < 0 || add_written_out(mt->g, ab, &sc->ph, &sc->entries[i]) != 0)
      return luaL_error(L, "glean: not enough memory");
  }
  lua_pushinteger(L, (lua_Integer)n);
  return 1;
}

/* push payload idx of g as a table */
static void push_payload (lua_State *L, const gl_gaz *g, uint32_t idx) {
  const gl_payload *p = &g->payloads[idx];
  size_t len;
  const char *s;
  lua_createtable(L, 0, 10);
#define FIELD(name, id) \
  if ((id) != 0) { \
    s = gl_intern_str(&g->strings, (id), &len); \
    lua_pushlstring(L, s, len); \
    lua_setfield(L, -2, name); \
  }
  FIELD("label", p->label)
  FIELD("canonical", p->canonical)
  FIELD("kind", p->kind)
  FIELD("list", p->list)
  FIELD("flags", p->flagstr)
  FIELD("extra", p->extra)
#undef FIELD
  if (p->flags & GL_P_WEAK) { lua_pushboolean(L, 1); lua_setfield(L, -2, "weak"); }
  if (p->flags & GL_P_ALT) { lua_pushboolean(L, 1); lua_setfield(L, -2, "alt"); }
  if (p->flags & GL_P_CASE) { lua_pushboolean(L, 1); lua_setfield(L, -2, "case"); }
  lua_pushinteger(L, (lua_Integer)idx + 1);
  lua_setfield(L, -2, "id");
  lua_pushinteger(L, (lua_Integer)p->ntok);
  lua_setfield(L, -2, "tokens");
  if (p->line) {
    lua_pushinteger(L, (lua_Integer)p->line);
    lua_setfield(L, -2, "line");
  }
}

/* m:payload(id) -> table */
static int mt_payload (lua_State *L) {
  Matcher *mt = check_matcher(L, 1);
  lua_Integer id = gl_checkinteger(L, 2);
  if (id < 1 || (size_t)id > mt->g->npayloads)
    return luaL_error(L, "glean: payload %d out of range (1..%d)", (int)id,
                      (int)mt->g->npayloads);
  push_payload(L, mt->g, (uint32_t)(id - 1));
  return 1;
}

/* m:stats() -> {entries, keys, nodes, edges, strings, bytes} */
static int mt_stats (lua_State *L) {
  Matcher *mt = check_matcher(L, 1);
  const gl_gaz *g = mt->g;
  size_t bytes = g->keys.nslots * 4 + g->keys.cap * 8 + g->keys.arena_cap +
                 g->strings.nslots * 4 + g->strings.cap * 8 +
                 g->strings.arena_cap + g->nedge_slots * 12 +
                 g->node_cap * 4 + g->payload_cap * sizeof(gl_payload);
  lua_createtable(L, 0, 6);
  lua_pushinteger(L, (lua_Integer)g->npayloads);
  lua_setfield(L, -2, "entries");
  lua_pushinteger(L, (lua_Integer)g->keys.count);
  lua_setfield(L, -2, "keys");
  lua_pushinteger(L, (lua_Integer)g->nnodes);
  lua_setfield(L, -2, "nodes");
  lua_pushinteger(L, (lua_Integer)g->nedges);
  lua_setfield(L, -2, "edges");
  lua_pushinteger(L, (lua_Integer)g->strings.count);
  lua_setfield(L, -2, "strings");
  lua_pushinteger(L, (lua_Integer)bytes);
  lua_setfield(L, -2, "bytes");
  return 1;
}

/*
** m:match(tokens [, "longest" | "all"]) -> Matches: one record per token
** span and payload, in text order.
*/
static int mt_match (lua_State *L) {
  static const char *const modes[] = {"longest", "all", NULL};
  Matcher *mt = check_matcher(L, 1);
  const char *s;
  size_t len;
  const gl_tokens *t = gl_check_tokens(L, 2, &s, &len);
  int longest = gl_checkoption(L, 3, "longest", modes) == 0;
  Matches *ms = (Matches *)gl_newuserdata(L, sizeof(Matches));
  memset(ms, 0, sizeof(*ms));
  ms->tag = &matches_type;
  luaL_getmetatable(L, MATCHES_T);
  lua_setmetatable(L, -2);
  lua_createtable(L, 2, 0);
  lua_pushvalue(L, 1);
  lua_rawseti(L, -2, 1);
  lua_pushvalue(L, 2);
  lua_rawseti(L, -2, 2);
  gl_setuservalue(L, -2);
  ms->mt = mt;
  ms->g = mt->g;
  ms->t = t;
  ms->s = s;
  if (gaz_match(mt->g, s, t, longest, &ms->m) != 0)
    return luaL_error(L, "glean: not enough memory");
  return 1;
}

/* }====================================================== */


/*
** {======================================================
** Lua: glean.Matches
** =======================================================
*/

static Matches *check_matches (lua_State *L, int arg) {
  Matches *ms = (Matches *)gl_checktyped(L, arg, &matches_type);
  /* the matcher may have been closed since: its gazetteer is gone */
  if (ms->mt->g == NULL)
    luaL_error(L, "glean: the matcher of these matches is closed");
  return ms;
}

static int ms_gc (lua_State *L) {
  Matches *ms = (Matches *)gl_checktyped(L, 1, &matches_type);
  matches_free(&ms->m);
  return 0;
}

static int ms_len (lua_State *L) {
  Matches *ms = (Matches *)gl_checktyped(L, 1, &matches_type);
  lua_pushinteger(L, (lua_Integer)ms->m.n);
  return 1;
}

/* ms[i]: the payload's fields plus first, last, first_token, last_token */
static int ms_view (lua_State *L) {
  Matches *ms = check_matches(L, 1);
  lua_Integer idx = gl_checkinteger(L, 2);
  size_t i, a, b;
  if (idx < 1 || (lua_Integer)ms->m.n < idx) {
    lua_pushnil(L);
    return 1;
  }
  i = (size_t)(idx - 1);
  a = ms->t->start[ms->m.first[i]];
  b = ms->t->end[ms->m.last[i]];
  push_payload(L, ms->g, ms->m.payload[i]);
  lua_pushinteger(L, (lua_Integer)a + 1);
  lua_setfield(L, -2, "first");
  lua_pushinteger(L, (lua_Integer)b);
  lua_setfield(L, -2, "last");
  lua_pushinteger(L, (lua_Integer)ms->m.first[i] + 1);
  lua_setfield(L, -2, "first_token");
  lua_pushinteger(L, (lua_Integer)ms->m.last[i] + 1);
  lua_setfield(L, -2, "last_token");
  lua_pushlstring(L, ms->s + a, b - a);
  lua_setfield(L, -2, "text");
  return 1;
}

/* ms:arrays() -> first_tokens, last_tokens, payload ids (1-based) */
static int ms_arrays (lua_State *L) {
  Matches *ms = check_matches(L, 1);
  size_t i;
  lua_createtable(L, (int)ms->m.n, 0);
  lua_createtable(L, (int)ms->m.n, 0);
  lua_createtable(L, (int)ms->m.n, 0);
  for (i = 0; i < ms->m.n; i++) {
    lua_pushinteger(L, (lua_Integer)ms->m.first[i] + 1);
    lua_rawseti(L, -4, (int)i + 1);
    lua_pushinteger(L, (lua_Integer)ms->m.last[i] + 1);
    lua_rawseti(L, -3, (int)i + 1);
    lua_pushinteger(L, (lua_Integer)ms->m.payload[i] + 1);
    lua_rawseti(L, -2, (int)i + 1);
  }
  return 3;
}

/* luaL_optinteger, with gl_toindex's fast path for an integer */
static lua_Integer opt_index (lua_State *L, int arg, lua_Integer def) {
#if LUA_VERSION_NUM >= 503
  if (lua_isinteger(L, arg)) return lua_tointegerx(L, arg, NULL);
#endif
  return luaL_optinteger(L, arg, def);
}

/* the first record that starts at token a (1-based), or where it would be
** (records are in order of first token) */
static size_t first_at (const Matches *ms, lua_Integer a) {
  size_t lo = 0, hi = ms->m.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if ((lua_Integer)ms->m.first[mid] + 1 < a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/*
** ms:span(first_token, last_token) -> the payload ids (1-based) of the
** records of exactly that span, as several results (none: no record)
*/
static int ms_span (lua_State *L) {
  Matches *ms = check_matches(L, 1);
  lua_Integer a = gl_toindex(L, 2), b = opt_index(L, 3, a);
  size_t i;
  int n = 0;
  if (a < 1 || b < a || a > (lua_Integer)UINT32_MAX || b > (lua_Integer)UINT32_MAX)
    return 0;
  for (i = first_at(ms, a); i < ms->m.n && (lua_Integer)ms->m.first[i] + 1 == a; i++) {
    if ((lua_Integer)ms->m.last[i] + 1 != b) continue;
    luaL_checkstack(L, 1, "glean: too many readings");
    lua_pushinteger(L, (lua_Integer)ms->m.payload[i] + 1);
    n++;
  }
  return n;
}

/*
** ms:best(a, b, ranks) -> the id of the preferred reading of tokens a..b
** (1-based, inclusive), or nothing. The preference, as glean.gazetteer
** orders readings: strong before weak, then the list's rank (ranks: list
** name -> number, 0 for a list not in it), then current before alternate
** spellings, then the larger population (the first "pop=N" of the extra
** field, at most 2^31 - 1), then the smaller id. A reading's key is worked
** out once, with the ranks of the first call that needs it.
*/
#define MAXPOP 2147483647u

static uint64_t population_of (const char *x, size_t len) {
  size_t i;
  for (i = 0; i + 4 < len; i++) {
    if (memcmp(x + i, "pop=", 4) == 0 && x[i + 4] >= '0' && x[i + 4] <= '9') {
      uint64_t v = 0;
      size_t k;
      for (k = i + 4; k < len && x[k] >= '0' && x[k] <= '9'; k++) {
        v = v * 10 + (uint64_t)(x[k] - '0');
        if (v > MAXPOP) v = MAXPOP + 1;      /* (saturates: clamped below) */
      }
      return v > MAXPOP ? MAXPOP : v;
    }
  }
  return 0;
}

static uint64_t reading_rank (lua_State *L, Matcher *mt, uint32_t idx,
                              int ranks) {
  const gl_gaz *g = mt->g;
  const gl_payload *p = &g->payloads[idx];
  uint64_t list = 0, pop = 0;
  size_t len;
  const char *x;
  if (mt->nrank < g->npayloads) {
    uint64_t *r = (uint64_t *)realloc(mt->rank, g->npayloads * sizeof(uint64_t));
    if (r == NULL) luaL_error(L, "glean: not enough memory");
    memset(r + mt->nrank, 0, (g->npayloads - mt->nrank) * sizeof(uint64_t));
    mt->rank = r;
    mt->nrank = g->npayloads;
  }
  if (mt->rank[idx]) return mt->rank[idx] - 1;
  if (p->list != 0) {
    lua_Number v;
    x = gl_intern_str(&g->strings, p->list, &len);
    lua_pushlstring(L, x, len);
    lua_rawget(L, ranks);
    v = lua_tonumber(L, -1);
    lua_pop(L, 1);
    if (v > 0 && v < 65536) list = (uint64_t)v;
  }
  if (p->extra != 0) {
    x = gl_intern_str(&g->strings, p->extra, &len);
    pop = population_of(x, len);
  }
  mt->rank[idx] = ((p->flags & GL_P_WEAK) ? (uint64_t)1 << 39 : 0) + (list << 32) +
                  ((p->flags & GL_P_ALT) ? (uint64_t)1 << 31 : 0) + (MAXPOP - pop) + 1;
  return mt->rank[idx] - 1;
}

/* the preferred reading of tokens a..b (1-based) in *best (0-based), with
** the ranks table at index ranks; 0 when the span has none */
static int best_reading (lua_State *L, Matches *ms, lua_Integer a, lua_Integer b,
                         int ranks, uint32_t *best) {
  size_t i;
  uint64_t bestrank = 0;
  int found = 0;
  if (a < 1 || b < a || a > (lua_Integer)UINT32_MAX || b > (lua_Integer)UINT32_MAX)
    return 0;
  for (i = first_at(ms, a); i < ms->m.n && (lua_Integer)ms->m.first[i] + 1 == a; i++) {
    uint32_t id = ms->m.payload[i];
    uint64_t r;
    if ((lua_Integer)ms->m.last[i] + 1 != b) continue;
    r = reading_rank(L, ms->mt, id, ranks);
    if (!found || r < bestrank || (r == bestrank && id < *best)) {
      *best = id;
      bestrank = r;
      found = 1;
    }
  }
  return found;
}

static int ms_best (lua_State *L) {
  Matches *ms = check_matches(L, 1);
  lua_Integer a = gl_toindex(L, 2), b = opt_index(L, 3, a);
  uint32_t best = 0;
  gl_checktable(L, 4);
  if (ms->mt->g != ms->g)
    return luaL_error(L, "glean: the matcher has changed since these matches");
  if (!best_reading(L, ms, a, b, 4, &best)) return 0;
  lua_pushinteger(L, (lua_Integer)best + 1);
  return 1;
}

/* ms:rank(id, ranks) -> the preference key of reading id (smaller first;
** as ms:best orders readings, the id breaking ties) */
static int ms_rank (lua_State *L) {
  Matches *ms = check_matches(L, 1);
  lua_Integer id = gl_checkinteger(L, 2);
  gl_checktable(L, 3);
  if (ms->mt->g != ms->g)
    return luaL_error(L, "glean: the matcher has changed since these matches");
  if (id < 1 || (size_t)id > ms->g->npayloads)
    return luaL_error(L, "glean: reading %d out of range (1..%d)", (int)id,
                      (int)ms->g->npayloads);
  lua_pushinteger(L, (lua_Integer)reading_rank(L, ms->mt, (uint32_t)(id - 1), 3));
  return 1;
}

/*
** {======================================================
** The span reader
** =======================================================
**
** ms:reader(payloads, ranks [, ntokens [, none]]) -> reader: the function
** rules call as ctx.dict. reader(a [, b]) is the preferred reading of
** tokens a..b (ms:best with ranks), or nil; reader(a, b, true) the list of
** all its readings (ms:span's, in the matcher's order). A reading is a
** table made once per matcher and kept in payloads (id -> table, shared by
** the readers of one matcher). With ntokens, the lists of all readings
** are kept by span for the reader's life, and a span with none gives none
** (a table that is never written); without, each ask makes a new list.
** One call into C, where a Lua closure called ms:best and a payload cache.
*/
#define R_MS lua_upvalueindex(1)
#define R_PAYLOADS lua_upvalueindex(2)
#define R_RANKS lua_upvalueindex(3)
#define R_KNOWN lua_upvalueindex(4)
#define R_NONE lua_upvalueindex(5)
#define R_N1 lua_upvalueindex(6)

/* push reading id (0-based) of ms, made once and kept in payloads */
static void push_reading (lua_State *L, const Matches *ms, uint32_t id) {
  lua_rawgeti(L, R_PAYLOADS, (lua_Integer)id + 1);
  if (lua_type(L, -1) == LUA_TTABLE) return;
  lua_pop(L, 1);
  push_payload(L, ms->g, id);
  lua_pushvalue(L, -1);
  lua_rawseti(L, R_PAYLOADS, (lua_Integer)id + 1);
}

static int span_read (lua_State *L) {
  Matches *ms = (Matches *)lua_touserdata(L, R_MS);
  lua_Integer a = gl_toindex(L, 1), b = opt_index(L, 2, a);
  int every = lua_toboolean(L, 3);
  size_t i;
  if (ms->mt->g == NULL) return luaL_error(L, "glean: matcher is closed");
  if (ms->mt->g != ms->g)
    return luaL_error(L, "glean: the matcher has changed since these matches");
  if (every) {
    lua_Integer n1 = lua_tointeger(L, R_N1);
    /* (a span of the text is kept by its place, a key below 2^31: the
    ** spans rules ask about are short; one outside the text has no
    ** reading, and is not kept) */
    int n = 0;
    int known = a >= 1 && b >= a && b < n1 && b - a < 64 && n1 <= 0x7fffffff / 64 &&
                lua_type(L, R_KNOWN) == LUA_TTABLE;
    lua_Integer key = 0;
    lua_settop(L, 3);
    if (known) {
      key = (b - a) * n1 + a;
      lua_rawgeti(L, R_KNOWN, key);                              /* 4 */
      if (!lua_isnil(L, -1)) return 1;
      lua_pop(L, 1);
    }
    if (a >= 1 && b >= a && a <= (lua_Integer)UINT32_MAX && b <= (lua_Integer)UINT32_MAX) {
      for (i = first_at(ms, a); i < ms->m.n && (lua_Integer)ms->m.first[i] + 1 == a; i++)
        if ((lua_Integer)ms->m.last[i] + 1 == b) {
          if (n == 0) lua_createtable(L, 1, 0);                  /* 4 */
          push_reading(L, ms, ms->m.payload[i]);
          lua_rawseti(L, 4, ++n);
        }
    }
    if (n == 0) {
      if (lua_type(L, R_KNOWN) == LUA_TTABLE) lua_pushvalue(L, R_NONE);
      else lua_createtable(L, 0, 0);
    }
    if (known) {
      lua_pushvalue(L, -1);
      lua_rawseti(L, R_KNOWN, key);
    }
    return 1;
  }
  else {
    uint32_t best = 0;
    if (!best_reading(L, ms, a, b, R_RANKS, &best)) return 0;
    push_reading(L, ms, best);
    return 1;
  }
}

static int ms_reader (lua_State *L) {
  Matches *ms = check_matches(L, 1);
  lua_Integer ntokens = 0;
  int known;
  gl_checktable(L, 2);
  gl_checktable(L, 3);
  known = !lua_isnoneornil(L, 4);
  if (known) {
    ntokens = gl_checkinteger(L, 4);
    if (ntokens < 0 || ntokens > 0x7fffffff) return luaL_error(L, "glean: bad token count");
  }
  if (!lua_isnoneornil(L, 5)) gl_checktable(L, 5);
  if (ms->mt->g != ms->g)
    return luaL_error(L, "glean: the matcher has changed since these matches");
  lua_settop(L, 5);
  lua_pushvalue(L, 1);                                 /* the matches */
  lua_pushvalue(L, 2);                                 /* payloads */
  lua_pushvalue(L, 3);                                 /* ranks */
  if (known) lua_newtable(L);                          /* the lists kept */
  else lua_pushnil(L);
  if (lua_istable(L, 5)) lua_pushvalue(L, 5);          /* the empty list */
  else lua_newtable(L);
  lua_pushinteger(L, ntokens + 1);
  lua_pushcclosure(L, span_read, 6);
  return 1;
}

/* }====================================================== */

/* the bits of string ids already asked for in one ms:layer call (a few
** labels, lists and kinds come back again and again) */
#define BITCACHE 256
typedef struct bitcache {
  uint32_t sid[BITCACHE];
  uint64_t bits[BITCACHE];
} bitcache;

/* bit of string id sid in the names table at index 2 (0 if absent) */
static uint64_t name_bit (lua_State *L, const gl_gaz *g, uint32_t sid,
                          bitcache *bc) {
  size_t len;
  const char *s;
  uint64_t b = 0;
  unsigned slot = (sid * 2654435761u) >> 24;    /* 0..255 */
  if (sid == 0) return 0;
  if (bc->sid[slot] == sid) return bc->bits[slot];
  s = gl_intern_str(&g->strings, sid, &len);
  lua_pushlstring(L, s, len);
  lua_rawget(L, 2);
  if (lua_type(L, -1) == LUA_TNUMBER) {
    lua_Number x = lua_tonumber(L, -1);
    if (x > 0 && x <= 9007199254740991.0) b = (uint64_t)x;
  }
  lua_pop(L, 1);
  bc->sid[slot] = sid;
  bc->bits[slot] = b;
  return b;
}

/*
** ms:layer(names [, within, drop]) -> a glean.Layer of the matched spans
** for token patterns; names maps labels, list names and kinds to bits
** (< 2^53); a span's bits are those of all its payloads. With a Layer
** within (of the same tokens) and bits drop, a span that lies inside a
** longer span of within loses the bits drop: a reporting verb inside a
** body's name is no cue ("the Department of Planning and Environment
** said"), nor a name's word ("Edward Said").
*/
static int ms_layer (lua_State *L) {
  Matches *ms = check_matches(L, 1);
  void *ly;
  const void *within = NULL;
  uint64_t drop = 0;
  size_t i = 0;
  bitcache bc;
  gl_checktable(L, 2);
  if (!lua_isnoneornil(L, 3)) {
    size_t nt;
    lua_Number x = luaL_checknumber(L, 4);
    within = gl_check_layer(L, 3, &nt);
    if (nt != ms->t->n)
      return luaL_error(L, "glean: the layer is for %d tokens, not %d", (int)nt,
                        (int)ms->t->n);
    if (x < 0 || x > 9007199254740991.0 || x != (lua_Number)(uint64_t)x)
      return luaL_error(L, "glean: drop must be an integer in 0..2^53");
    drop = (uint64_t)x;
  }
  memset(bc.sid, 0, sizeof(bc.sid));
  ly = gl_layer_push(L, ms->t->n, ms->m.n);
  while (i < ms->m.n) {
    size_t a = ms->m.first[i], b = ms->m.last[i];
    uint64_t bits = 0;
    for (; i < ms->m.n && ms->m.first[i] == a && ms->m.last[i] == b; i++) {
      const gl_payload *p = &ms->g->payloads[ms->m.payload[i]];
      bits |= name_bit(L, ms->g, p->label, &bc) |
              name_bit(L, ms->g, p->list, &bc) | name_bit(L, ms->g, p->kind, &bc);
    }
    if ((bits & drop) && gl_layer_inside(within, a, b)) bits &= ~drop;
    if (bits) gl_layer_add(ly, a, b, bits);
  }
  return 1;
}

static int ms_index (lua_State *L) {
  return gl_index_dispatch(L, ms_view);
}

/* }====================================================== */


static const luaL_Reg mt_meta[] = {
  {"__gc", mt_close},
#if LUA_VERSION_NUM >= 504
  {"__close", mt_close},
#endif
  {"__tostring", mt_tostring},
  {NULL, NULL}
};

static const luaL_Reg mt_methods[] = {
  {"add", mt_add},
  {"add_tsv", mt_add_tsv},
  {"match", mt_match},
  {"payload", mt_payload},
  {"stats", mt_stats},
  {"save", mt_save},
  {"close", mt_close},
  {NULL, NULL}
};

static const luaL_Reg ms_meta[] = {
  {"__gc", ms_gc},
  {"__len", ms_len},
  {"__index", ms_index},
  {NULL, NULL}
};

static const luaL_Reg ms_methods[] = {
  {"get", ms_view},
  {"layer", ms_layer},
  {"arrays", ms_arrays},
  {"span", ms_span},
  {"best", ms_best},
  {"reader", ms_reader},
  {"rank", ms_rank},
  {NULL, NULL}
};

/*
** core.fingerprint(path, ...) -> hex string: a hash of the files' contents,
** in order, to tell whether a saved matcher is still up to date. The hash
** is the gazetteer's checksum (gl_sum_*), file after file, each one's
** length mixed in at its end: any change of a byte or of a length changes
** it, and it reads the lists at a fraction of the cost of a byte loop.
*/
static int core_fingerprint (lua_State *L) {
  int i, n = lua_gettop(L);
  uint64_t h = 14695981039346656037ULL;
  char buf[1 << 16], hex[17];
  for (i = 1; i <= n; i++) {
    const char *path = gl_checklstring(L, i, NULL);
    FILE *f = fopen(path, "rb");
    size_t got, have = 0;
    gl_sum sum;
    if (f == NULL) {
      lua_pushnil(L);
      lua_pushfstring(L, "glean: %s: %s", path, strerror(errno));
      return 2;
    }
    gl_sum_init(&sum, h);
    /* (a short read leaves its last bytes for the next block) */
    while ((got = fread(buf + have, 1, sizeof(buf) - have, f)) > 0) {
      size_t k = gl_sum_blocks(&sum, buf, have + got);
      have = have + got - k;
      memmove(buf, buf + k, have);
    }
    fclose(f);
    h = gl_sum_end(&sum, buf, have);
  }
  for (i = 0; i < 16; i++) hex[i] = "0123456789abcdef"[(h >> (60 - 4 * i)) & 15];
  hex[16] = '\0';
  lua_pushstring(L, hex);
  return 1;
}

static const luaL_Reg match_funcs[] = {
  {"matcher", core_matcher},
  {"load_matcher", core_load_matcher},
  {"fingerprint", core_fingerprint},
  {NULL, NULL}
};

void gl_match_open (lua_State *L) {
  gl_new_class(L, MATCHER_T, mt_meta, mt_methods);
  gl_new_class(L, MATCHES_T, ms_meta, ms_methods);
  luaL_setfuncs(L, match_funcs, 0);
}
