/*
** tokens.c: the Lua side of tokenization. Three userdata types:
**   glean.Tokenizer  an abbreviation set (from Lua word lists)
**   glean.Tokens     a token list: offsets, kinds, flags as C arrays
**   glean.Sentences  sentences as token ranges
** Results stay in C arrays; a Lua table is built for one token only when
** asked (toks[i]). Positions seen by Lua are 1-based and inclusive, as in
** string.sub.
*/
#include <string.h>

#include "glean.h"

#define TOKENIZER_T "glean.Tokenizer"
#define TOKENS_T "glean.Tokens"
#define SENTENCES_T "glean.Sentences"

static const char *const kind_names[GL_NKINDS] = {
  "word", "number", "punct", "quote", "dash", "hyphen", "symbol", "url",
  "email", "bullet", "other"
};

static const char *const flag_names[GL_NFLAGS] = {
  "space_before", "newline_before", "para_before", "line_start",
  "joined_prev", "joined_next", "cap", "upper", "lower", "title", "digit",
  "alpha", "non_ascii", "open", "close", "single", "abbrev", "initial",
  "may_end", "clitic", "ellipsis", "terminal", "invalid", "cjk"
};

/* (each starts with its tag: see gl_totyped) */
typedef struct Tokenizer {
  gl_tag tag;
  gl_abbrev *ab;
} Tokenizer;

typedef struct Tokens {
  gl_tag tag;
  gl_tokens t;
  const char *s;      /* the text, kept alive by the uservalue */
  size_t len;
} Tokens;

typedef struct Sentences {
  gl_tag tag;
  gl_spans sp;
  const Tokens *tok;  /* kept alive by the uservalue */
} Sentences;

static const gl_type tokenizer_type = {TOKENIZER_T, sizeof(Tokenizer)};
static const gl_type tokens_type = {TOKENS_T, sizeof(Tokens)};
static const gl_type sentences_type = {SENTENCES_T, sizeof(Sentences)};


/*
** {======================================================
** Helpers
** =======================================================
*/

/*
** The flag names by a hash of their first two letters, last letter and
** length (collision-free for these 24 names; made by a search over small
** multipliers): toks:is(i, name) is a hot call, and this finds a name with
** one compare where a scan takes a dozen. A name whose slot is wrong or
** empty is unknown, which the specs (every name of core.FLAG) would see.
*/
#define FLAG_HASH(s, len) \
  ((2u * (unsigned char)(s)[0] + (unsigned char)(s)[1] + \
    3u * (unsigned char)(s)[(len) - 1] + (unsigned)(len)) & 31u)

static const signed char flag_slots[32] = {
  -1, 19, 8, -1, 15, 9, 14, 3, -1, -1, 5, 17, 16, -1, 18, 12,
  4, 0, 10, 22, 23, 7, 11, 20, -1, 21, 6, 2, 13, -1, 1, -1
};

/* strlen of each flag name */
static const unsigned char flag_lens[GL_NFLAGS] = {
  12, 14, 11, 10, 11, 11, 3, 5, 5, 5, 5, 5, 9, 4, 5, 6, 6, 7, 7, 6, 8, 8, 7, 3
};

static int check_flag (lua_State *L, int arg) {
  size_t len;
  const char *name = gl_checklstring(L, arg, &len);
  int f;
  /* the common case, a name at its Lua length: the same answer as below,
  ** with no strlen or strcmp (a name's text is followed by a NUL) */
  if (len >= 2 && (f = flag_slots[FLAG_HASH(name, len)]) >= 0 &&
      len == flag_lens[f] && memcmp(name, flag_names[f], len) == 0)
    return f;
  len = strlen(name);                 /* (to a NUL, as strcmp reads it) */
  if (len >= 2) {
    f = flag_slots[FLAG_HASH(name, len)];
    if (f >= 0 && strcmp(name, flag_names[f]) == 0) return f;
  }
  return luaL_error(L, "glean: unknown token flag '%s'", name);
}

static const char *check_text (lua_State *L, int arg, size_t *len) {
  if (lua_type(L, arg) != LUA_TSTRING)
    luaL_error(L, "glean: bad argument #%d (text expected, got %s)", arg,
               luaL_typename(L, arg));
  return lua_tolstring(L, arg, len);
}

static Tokenizer *check_tokenizer (lua_State *L, int arg) {
  Tokenizer *tz = (Tokenizer *)gl_checktyped(L, arg, &tokenizer_type);
  if (tz->ab == NULL) luaL_error(L, "glean: tokenizer is closed");
  return tz;
}

static Tokens *check_tokens (lua_State *L, int arg) {
  return (Tokens *)gl_checktyped(L, arg, &tokens_type);
}

/* a 1-based token index, checked against the list */
static size_t check_index (lua_State *L, int arg, size_t n) {
  lua_Integer i = gl_toindex(L, arg);
  if (i < 1 || (lua_Integer)n < i)
    luaL_error(L, "glean: index %d out of range (1..%d)", (int)i, (int)n);
  return (size_t)(i - 1);
}

static void set_int (lua_State *L, const char *k, lua_Integer v) {
  lua_pushinteger(L, v);
  lua_setfield(L, -2, k);
}

/* }====================================================== */


/*
** {======================================================
** Tokens
** =======================================================
*/

static int toks_gc (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  gl_tokens_free(&tk->t);
  return 0;
}

static int toks_len (lua_State *L) {
  lua_pushinteger(L, (lua_Integer)check_tokens(L, 1)->t.n);
  return 1;
}

static int toks_tostring (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  lua_pushfstring(L, "glean.Tokens (%d tokens)", (int)tk->t.n);
  return 1;
}

static int toks_first (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  lua_pushinteger(L, (lua_Integer)tk->t.start[check_index(L, 2, tk->t.n)] + 1);
  return 1;
}

static int toks_last (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  lua_pushinteger(L, (lua_Integer)tk->t.end[check_index(L, 2, tk->t.n)]);
  return 1;
}

/* (the kind names are its upvalues: a push of a string made once) */
static int toks_kind (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  size_t i = check_index(L, 2, tk->t.n);
  lua_pushvalue(L, lua_upvalueindex(1 + (int)(tk->t.info[i] & GL_KIND_MASK)));
  return 1;
}

static int toks_flags (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  size_t i = check_index(L, 2, tk->t.n);
  lua_pushinteger(L, (lua_Integer)(tk->t.info[i] >> GL_KIND_BITS));
  return 1;
}

static int toks_is (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  size_t i = check_index(L, 2, tk->t.n);
  int f = check_flag(L, 3);
  lua_pushboolean(L, (tk->t.info[i] & GL_FLAG(f)) != 0);
  return 1;
}

static int toks_text (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  size_t i = check_index(L, 2, tk->t.n);
  lua_pushlstring(L, tk->s + tk->t.start[i], tk->t.end[i] - tk->t.start[i]);
  return 1;
}

#define HIGH_BITS 0x8080808080808080ULL
#define ONES 0x0101010101010101ULL

/* the bytes of x lower-cased, where every byte of x is ASCII: 0x20 is
** added to the bytes from 'A' to 'Z' (no byte carries into the next) */
static uint64_t lower_word (uint64_t x) {
  uint64_t ge_a = (x + (0x80 - 'A') * ONES) & HIGH_BITS;
  uint64_t gt_z = (x + (0x80 - 'Z' - 1) * ONES) & HIGH_BITS;
  return x | ((ge_a & ~gt_z) >> 2);
}

/*
** w[0..len) lower-cased into low, eight bytes a step; the last step may
** read (and write) up to 7 bytes past len, which the caller has seen are
** in the text and low. 0 when a byte read is not ASCII (past len too).
*/
static int lower_words (const char *w, size_t len, char *low) {
  size_t k;
  for (k = 0; k < len; k += 8) {
    uint64_t x;
    memcpy(&x, w + k, 8);
    if (x & HIGH_BITS) return 0;
    x = lower_word(x);
    memcpy(low + k, &x, 8);
  }
  return 1;
}

/* the key of token i of t over the text s of slen bytes (toks:key; the
** link search asks for it too) */
void gl_push_token_key (lua_State *L, const char *s, size_t slen,
                        const gl_tokens *t, size_t i) {
  gl_buf b = {NULL, 0, 0};
  const char *w = s + t->start[i];
  size_t len = t->end[i] - t->start[i];
  if (len <= 64) {                   /* a short ASCII word: lowered here */
    char low[64];
    size_t k;
    if (t->start[i] + ((len + 7) & ~(size_t)7) <= slen &&
        lower_words(w, len, low)) {
      lua_pushlstring(L, low, len);
      return;
    }
    for (k = 0; k < len; k++) {
      unsigned char c = (unsigned char)w[k];
      if (c >= 0x80) break;
      low[k] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    if (k == len) {
      lua_pushlstring(L, low, len);
      return;
    }
  }
  if (gl_fold(w, len, &b)) {
    gl_buf_free(&b);
    luaL_error(L, "glean: not enough memory");
  }
  lua_pushlstring(L, b.p ? b.p : "", b.n);
  gl_buf_free(&b);
}

static int toks_key (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  gl_push_token_key(L, tk->s, tk->len, &tk->t, check_index(L, 2, tk->t.n));
  return 1;
}

/* toks[i]: a table describing token i (nil outside the list) */
static int toks_view (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  lua_Integer idx = gl_toindex(L, 2);
  uint32_t x;
  size_t i;
  int f;
  if (idx < 1 || (lua_Integer)tk->t.n < idx) {
    lua_pushnil(L);
    return 1;
  }
  i = (size_t)(idx - 1);
  x = tk->t.info[i];
  lua_createtable(L, 0, 12);
  set_int(L, "first", (lua_Integer)tk->t.start[i] + 1);
  set_int(L, "last", (lua_Integer)tk->t.end[i]);
  lua_pushstring(L, kind_names[x & GL_KIND_MASK]);
  lua_setfield(L, -2, "kind");
  lua_pushlstring(L, tk->s + tk->t.start[i], tk->t.end[i] - tk->t.start[i]);
  lua_setfield(L, -2, "text");
  gl_push_token_key(L, tk->s, tk->len, &tk->t, i);
  lua_setfield(L, -2, "key");
  set_int(L, "flags", (lua_Integer)(x >> GL_KIND_BITS));
  for (f = 0; f < GL_NFLAGS; f++) {
    if (x & GL_FLAG(f)) {
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, flag_names[f]);
    }
  }
  if ((x & GL_KIND_MASK) == GL_QUOTE) {
    lua_pushstring(L, (x & GL_F_OPEN) ? "open" :
                      (x & GL_F_CLOSE) ? "close" : "ambiguous");
    lua_setfield(L, -2, "side");
  }
  return 1;
}

static int toks_index (lua_State *L) {
  return gl_index_dispatch(L, toks_view);
}

/* toks:arrays() -> firsts, lasts, kinds, flags: parallel Lua arrays */
static int toks_arrays (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  size_t i, n = tk->t.n;
  int a;
  luaL_checkstack(L, 5, "glean: too many results");
  for (a = 0; a < 4; a++) lua_createtable(L, (int)(n < 0x7fffffff ? n : 0), 0);
  for (i = 0; i < n; i++) {
    uint32_t x = tk->t.info[i];
    lua_pushinteger(L, (lua_Integer)tk->t.start[i] + 1);
    lua_rawseti(L, -5, (int)i + 1);
    lua_pushinteger(L, (lua_Integer)tk->t.end[i]);
    lua_rawseti(L, -4, (int)i + 1);
    lua_pushstring(L, kind_names[x & GL_KIND_MASK]);
    lua_rawseti(L, -3, (int)i + 1);
    lua_pushinteger(L, (lua_Integer)(x >> GL_KIND_BITS));
    lua_rawseti(L, -2, (int)i + 1);
  }
  return 4;
}

/*
** toks:among(set) -> the indices (in order) of the capitalized tokens whose
** text is a key of the table set: where the names of a document may start.
** A token's text is looked up as a Lua string, which is made (hashed,
** interned, later collected) for the look-up; most capitalized words are
** no key, so a bit filter of the set's string keys (the FNV hash of each,
** one bit of AMONG_BITS) drops most of them first. A bit can be set by
** another key, never missed by a key: what the filter drops is not in the
** set, and what it passes is looked up as before. A set with more than
** AMONG_MAXKEYS entries (the filter would be full) is not filtered.
*/
#define AMONG_BITS 1024
#define AMONG_MAXKEYS 256

/* fill bits from the string keys of the table at arg: 0, or -1 if the
** set has too many entries to filter */
static int among_filter (lua_State *L, int arg, uint64_t *bits) {
  int n = 0;
  memset(bits, 0, AMONG_BITS / 8);
  lua_pushnil(L);
  while (lua_next(L, arg)) {                  /* ..., key, value */
    lua_pop(L, 1);
    if (++n > AMONG_MAXKEYS) {
      lua_pop(L, 1);
      return -1;
    }
    if (lua_type(L, -1) == LUA_TSTRING) {     /* (tolstring: no number) */
      size_t len;
      const char *k = lua_tolstring(L, -1, &len);
      uint32_t h = gl_hash(k, len) % AMONG_BITS;
      bits[h / 64] |= (uint64_t)1 << (h % 64);
    }
  }
  return 0;
}

static int toks_among (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  uint64_t bits[AMONG_BITS / 64];
  size_t i;
  int n = 0, filtered;
  gl_checktable(L, 2);
  filtered = among_filter(L, 2, bits) == 0;
  lua_newtable(L);
  for (i = 0; i < tk->t.n; i++) {
    const char *w = tk->s + tk->t.start[i];
    size_t len = tk->t.end[i] - tk->t.start[i];
    if (!(tk->t.info[i] & GL_F_CAP)) continue;
    if (filtered) {
      uint32_t h = gl_hash(w, len) % AMONG_BITS;
      if (!(bits[h / 64] & ((uint64_t)1 << (h % 64)))) continue;
    }
    lua_pushlstring(L, w, len);
    lua_rawget(L, 2);
    if (!lua_isnil(L, -1)) {
      lua_pushinteger(L, (lua_Integer)i + 1);
      lua_rawseti(L, -3, ++n);
    }
    lua_pop(L, 1);
  }
  return 1;
}

/*
** toks:flagged(flag) -> indices, texts: the tokens with the flag (a name
** as toks:is takes), in order, and their texts: one call where a loop
** asked each token (the dates stage's tokens with a digit)
*/
static int toks_flagged (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  uint32_t bit = GL_FLAG(check_flag(L, 2));
  size_t i;
  lua_Integer n = 0;
  lua_newtable(L);
  lua_newtable(L);
  for (i = 0; i < tk->t.n; i++) {
    if (!(tk->t.info[i] & bit)) continue;
    n++;
    lua_pushinteger(L, (lua_Integer)i + 1);
    lua_rawseti(L, -3, n);
    lua_pushlstring(L, tk->s + tk->t.start[i], tk->t.end[i] - tk->t.start[i]);
    lua_rawseti(L, -2, n);
  }
  return 2;
}

/* toks:find(pos) -> index of the token that holds byte pos, or nil */
static int toks_find (lua_State *L) {
  Tokens *tk = check_tokens(L, 1);
  lua_Integer pos = gl_checkinteger(L, 2);
  size_t lo = 0, hi = tk->t.n;
  if (pos < 1) { lua_pushnil(L); return 1; }
  while (lo < hi) {                  /* first token with end >= pos */
    size_t mid = lo + (hi - lo) / 2;
    if ((lua_Integer)tk->t.end[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  if (lo < tk->t.n && (lua_Integer)tk->t.start[lo] < pos)
    lua_pushinteger(L, (lua_Integer)lo + 1);
  else
    lua_pushnil(L);
  return 1;
}

/* }====================================================== */


/*
** {======================================================
** Sentences
** =======================================================
*/

static Sentences *check_sentences (lua_State *L, int arg) {
  return (Sentences *)gl_checktyped(L, arg, &sentences_type);
}

static int sents_gc (lua_State *L) {
  gl_spans_free(&check_sentences(L, 1)->sp);
  return 0;
}

static int sents_len (lua_State *L) {
  lua_pushinteger(L, (lua_Integer)check_sentences(L, 1)->sp.n);
  return 1;
}

static int sents_tostring (lua_State *L) {
  lua_pushfstring(L, "glean.Sentences (%d sentences)",
                  (int)check_sentences(L, 1)->sp.n);
  return 1;
}

static void sent_bytes (const Sentences *ss, size_t i, size_t *a, size_t *b) {
  *a = ss->tok->t.start[ss->sp.first[i]];
  *b = ss->tok->t.end[ss->sp.last[i]];
}

/*
** The field names of a sentence view, upvalues 2..5 of sents_view's
** closures (1 is the methods table: see gl_new_class): a raw set with a
** key at hand costs less than lua_setfield's look-up of a C string, and
** the quote stage asks for thousands of views an article set.
*/
static const char *const view_keys[4] = {
  "first", "last", "first_token", "last_token"
};

static void view_field (lua_State *L, int k, lua_Integer v) {
  lua_pushvalue(L, lua_upvalueindex(2 + k));
  lua_pushinteger(L, v);
  lua_rawset(L, -3);
}

/* ss[i]: {first, last, first_token, last_token} */
static int sents_view (lua_State *L) {
  Sentences *ss = check_sentences(L, 1);
  lua_Integer idx = gl_toindex(L, 2);
  size_t i, a, b;
  if (idx < 1 || (lua_Integer)ss->sp.n < idx) {
    lua_pushnil(L);
    return 1;
  }
  i = (size_t)(idx - 1);
  sent_bytes(ss, i, &a, &b);
  lua_createtable(L, 0, 4);
  view_field(L, 0, (lua_Integer)a + 1);
  view_field(L, 1, (lua_Integer)b);
  view_field(L, 2, (lua_Integer)ss->sp.first[i] + 1);
  view_field(L, 3, (lua_Integer)ss->sp.last[i] + 1);
  return 1;
}

static int sents_index (lua_State *L) {
  return gl_index_dispatch(L, sents_view);
}

/*
** ss:arrays() -> first_tokens, last_tokens: parallel Lua arrays of the
** sentences' token ranges (a view per sentence, ss[i], is a table of four
** fields made at each ask; a caller that looks up many sentences by token
** takes these once)
*/
static int sents_arrays (lua_State *L) {
  Sentences *ss = check_sentences(L, 1);
  size_t i, n = ss->sp.n;
  int sz = (int)(n < 0x7fffffff ? n : 0);
  lua_createtable(L, sz, 0);
  lua_createtable(L, sz, 0);
  for (i = 0; i < n; i++) {
    lua_pushinteger(L, (lua_Integer)ss->sp.first[i] + 1);
    lua_rawseti(L, -3, (int)i + 1);
    lua_pushinteger(L, (lua_Integer)ss->sp.last[i] + 1);
    lua_rawseti(L, -2, (int)i + 1);
  }
  return 2;
}

static int sents_text (lua_State *L) {
  Sentences *ss = check_sentences(L, 1);
  size_t a, b;
  sent_bytes(ss, check_index(L, 2, ss->sp.n), &a, &b);
  lua_pushlstring(L, ss->tok->s + a, b - a);
  return 1;
}

static int sents_tokens (lua_State *L) {
  check_sentences(L, 1);
  gl_getuservalue(L, 1);
  lua_rawgeti(L, -1, 2);
  return 1;
}

/* split the Tokens at index arg into sentences */
static int split_tokens (lua_State *L, int arg, enum gl_wrap wrap) {
  Tokens *tk = check_tokens(L, arg);
  Sentences *ss = (Sentences *)gl_newuserdata(L, sizeof(Sentences));
  memset(ss, 0, sizeof(*ss));
  ss->tag = &sentences_type;
  ss->tok = tk;
  luaL_getmetatable(L, SENTENCES_T);
  lua_setmetatable(L, -2);                    /* ..., ss */
  lua_createtable(L, 2, 0);
  gl_getuservalue(L, arg);
  lua_rawgeti(L, -1, 1);                      /* ..., ss, uv, tuv, text */
  lua_rawseti(L, -3, 1);
  lua_pop(L, 1);
  lua_pushvalue(L, arg);
  lua_rawseti(L, -2, 2);                      /* ..., ss, uv */
  gl_setuservalue(L, -2);
  if (gl_sentences(tk->s, tk->len, &tk->t, wrap, &ss->sp) != 0) {
    gl_spans_free(&ss->sp);
    return luaL_error(L, "glean: not enough memory");
  }
  return 1;
}

static enum gl_wrap check_wrap (lua_State *L, int arg) {
  static const char *const opts[] = {"auto", "no", "yes", NULL};
  int o;
  if (lua_isnoneornil(L, arg)) return GL_WRAP_AUTO;
  if (lua_type(L, arg) == LUA_TBOOLEAN)
    return lua_toboolean(L, arg) ? GL_WRAP_YES : GL_WRAP_NO;
  o = gl_checkoption(L, arg, "auto", opts);
  return (enum gl_wrap)o;
}

/* toks:sentences([wrap]) */
static int toks_sentences (lua_State *L) {
  enum gl_wrap wrap = check_wrap(L, 2);
  return split_tokens(L, 1, wrap);
}

/* }====================================================== */


/*
** {======================================================
** Tokenizer
** =======================================================
*/

static int tz_close (lua_State *L) {
  Tokenizer *tz = (Tokenizer *)gl_checktyped(L, 1, &tokenizer_type);
  gl_abbrev_free(tz->ab);
  tz->ab = NULL;
  return 0;
}

static int tz_tostring (lua_State *L) {
  Tokenizer *tz = (Tokenizer *)gl_checktyped(L, 1, &tokenizer_type);
  if (tz->ab == NULL) lua_pushliteral(L, "glean.Tokenizer (closed)");
  else lua_pushfstring(L, "glean.Tokenizer (%d abbreviations)",
                       (int)gl_abbrev_count(tz->ab));
  return 1;
}

/* tokenize text at arg into a new Tokens, left on the stack */
static Tokens *tokenize_text (lua_State *L, const gl_abbrev *ab, int arg) {
  size_t len;
  const char *s = check_text(L, arg, &len);
  Tokens *tk;
  int r;
  tk = (Tokens *)gl_newuserdata(L, sizeof(Tokens));
  memset(tk, 0, sizeof(*tk));                 /* empty before it can fail */
  tk->tag = &tokens_type;
  luaL_getmetatable(L, TOKENS_T);
  lua_setmetatable(L, -2);
  lua_createtable(L, 1, 0);
  lua_pushvalue(L, arg);
  lua_rawseti(L, -2, 1);
  gl_setuservalue(L, -2);
  tk->s = s;
  tk->len = len;
  r = gl_tokenize(s, len, ab, &tk->t);
  if (r == -2) luaL_error(L, "glean: text too long (%d bytes; at most 4 GB)",
                          (int)len);
  else if (r != 0) luaL_error(L, "glean: not enough memory");
  return tk;
}

/* tz:tokenize(text) -> Tokens */
static int tz_tokenize (lua_State *L) {
  Tokenizer *tz = check_tokenizer(L, 1);
  tokenize_text(L, tz->ab, 2);
  return 1;
}

/* tz:sentences(text | tokens [, wrap]) -> Sentences */
static int tz_sentences (lua_State *L) {
  Tokenizer *tz = check_tokenizer(L, 1);
  enum gl_wrap wrap = check_wrap(L, 3);
  if (gl_totyped(L, 2, &tokens_type) == NULL) {
    tokenize_text(L, tz->ab, 2);
    lua_replace(L, 2);
  }
  return split_tokens(L, 2, wrap);
}

static int tz_count (lua_State *L) {
  lua_pushinteger(L, (lua_Integer)gl_abbrev_count(check_tokenizer(L, 1)->ab));
  return 1;
}

/*
** core.tokenizer([abbreviations]): abbreviations maps each form (with its
** period: "Dr.", "etc.") to true or "keep" (it never ends a sentence),
** "end" (it ends one before a capital) or "number" (it is an abbreviation
** only before a digit: "No. 5").
*/
static int core_tokenizer (lua_State *L) {
  Tokenizer *tz;
  if (!lua_isnoneornil(L, 1) && lua_type(L, 1) != LUA_TTABLE)
    return luaL_error(L, "glean: bad argument #1 (table of abbreviations "
                      "expected)");
  tz = (Tokenizer *)gl_newuserdata(L, sizeof(Tokenizer));
  tz->tag = &tokenizer_type;
  tz->ab = NULL;
  luaL_getmetatable(L, TOKENIZER_T);
  lua_setmetatable(L, -2);
  if ((tz->ab = gl_abbrev_new()) == NULL)
    return luaL_error(L, "glean: not enough memory");
  if (lua_istable(L, 1)) {
    lua_pushnil(L);
    while (lua_next(L, 1)) {              /* ..., tz, key, value */
      size_t len;
      const char *s;
      int cls = GL_ABBREV_KEEP, r;
      if (lua_type(L, -2) != LUA_TSTRING)
        return luaL_error(L, "glean: abbreviation keys must be strings");
      if (lua_type(L, -1) == LUA_TSTRING) {
        const char *v = lua_tostring(L, -1);
        if (strcmp(v, "end") == 0) cls = GL_ABBREV_MAYEND;
        else if (strcmp(v, "number") == 0) cls = GL_ABBREV_NUM;
        else if (strcmp(v, "place") == 0) cls = GL_ABBREV_PLACE;
        else if (strcmp(v, "keep") != 0)
          return luaL_error(L, "glean: abbreviation '%s': class must be "
                            "'keep', 'end', 'place' or 'number'", lua_tostring(L, -2));
      }
      else if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        continue;
      }
      s = lua_tolstring(L, -2, &len);
      r = gl_abbrev_add(tz->ab, s, len, cls);
      if (r == -1) return luaL_error(L, "glean: not enough memory");
      if (r == -2)
        return luaL_error(L, "glean: abbreviation '%s' is empty or too long",
                          s);
      lua_pop(L, 1);
    }
  }
  return 1;
}

/* core.fold(s) -> the dictionary key of s (see gl_fold) */
static int core_fold (lua_State *L) {
  size_t len;
  const char *s = gl_checklstring(L, 1, &len);
  gl_buf b = {NULL, 0, 0};
  if (gl_fold(s, len, &b) != 0) {
    gl_buf_free(&b);
    return luaL_error(L, "glean: not enough memory");
  }
  lua_pushlstring(L, b.p ? b.p : "", b.n);
  gl_buf_free(&b);
  return 1;
}

/* core._plain_pass(text) -> number of word runs (benchmark ceiling) */
static int core_plain_pass (lua_State *L) {
  size_t len;
  const char *s = check_text(L, 1, &len);
  gl_tokens t = {NULL, NULL, NULL, 0, 0};
  size_t n = gl_plain_pass(s, len, &t);
  gl_tokens_free(&t);
  lua_pushinteger(L, (lua_Integer)n);
  return 1;
}

/* }====================================================== */


/* for other files: the abbreviations of the Tokenizer at arg */
const gl_abbrev *gl_check_abbrev (lua_State *L, int arg) {
  return check_tokenizer(L, arg)->ab;
}

/* for other files: the spans of the Sentences at arg, or NULL */
const gl_spans *gl_test_sentences (lua_State *L, int arg) {
  Sentences *ss = (Sentences *)gl_totyped(L, arg, &sentences_type);
  return ss ? &ss->sp : NULL;
}

/* for other files: the tokens (and text) of the Tokens at arg */
const gl_tokens *gl_check_tokens (lua_State *L, int arg, const char **s,
                                  size_t *len) {
  Tokens *tk = check_tokens(L, arg);
  *s = tk->s;
  *len = tk->len;
  return &tk->t;
}


static const luaL_Reg toks_meta[] = {
  {"__gc", toks_gc},
  {"__len", toks_len},
  {"__index", toks_index},
  {"__tostring", toks_tostring},
  {NULL, NULL}
};

static const luaL_Reg toks_methods[] = {
  {"first", toks_first},
  {"last", toks_last},
  {"flags", toks_flags},
  {"is", toks_is},
  {"text", toks_text},
  {"key", toks_key},
  {"get", toks_view},
  {"arrays", toks_arrays},
  {"find", toks_find},
  {"among", toks_among},
  {"flagged", toks_flagged},
  {"sentences", toks_sentences},
  {NULL, NULL}
};

static const luaL_Reg sents_meta[] = {
  {"__gc", sents_gc},
  {"__len", sents_len},
  {"__tostring", sents_tostring},
  {NULL, NULL}
};

static const luaL_Reg sents_methods[] = {
  {"text", sents_text},
  {"tokens", sents_tokens},
  {"arrays", sents_arrays},
  {NULL, NULL}
};

static const luaL_Reg tz_meta[] = {
  {"__gc", tz_close},
#if LUA_VERSION_NUM >= 504
  {"__close", tz_close},
#endif
  {"__tostring", tz_tostring},
  {NULL, NULL}
};

static const luaL_Reg tz_methods[] = {
  {"tokenize", tz_tokenize},
  {"sentences", tz_sentences},
  {"count", tz_count},
  {"close", tz_close},
  {NULL, NULL}
};

static const luaL_Reg tok_funcs[] = {
  {"tokenizer", core_tokenizer},
  {"fold", core_fold},
  {"_plain_pass", core_plain_pass},
  {NULL, NULL}
};


/* register the token classes and functions into the module table on top */
void gl_tok_open (lua_State *L) {
  int i;
  gl_new_class(L, TOKENS_T, toks_meta, toks_methods);
  luaL_getmetatable(L, TOKENS_T);             /* toks:kind(i) */
  lua_getfield(L, -1, "methods");
  for (i = 0; i < GL_NKINDS; i++) lua_pushstring(L, kind_names[i]);
  lua_pushcclosure(L, toks_kind, GL_NKINDS);
  lua_setfield(L, -2, "kind");
  lua_pop(L, 2);
  gl_new_class(L, SENTENCES_T, sents_meta, sents_methods);
  luaL_getmetatable(L, SENTENCES_T);          /* __index and get: */
  lua_getfield(L, -1, "methods");             /* mt, methods */
  lua_pushvalue(L, -1);
  for (i = 0; i < 4; i++) lua_pushstring(L, view_keys[i]);
  lua_pushcclosure(L, sents_index, 5);
  lua_setfield(L, -3, "__index");
  lua_pushvalue(L, -1);
  for (i = 0; i < 4; i++) lua_pushstring(L, view_keys[i]);
  lua_pushcclosure(L, sents_view, 5);
  lua_setfield(L, -2, "get");
  lua_pop(L, 2);
  gl_new_class(L, TOKENIZER_T, tz_meta, tz_methods);
  luaL_setfuncs(L, tok_funcs, 0);
  lua_createtable(L, 0, GL_NKINDS);           /* core.KIND: name -> code */
  for (i = 0; i < GL_NKINDS; i++) {
    lua_pushinteger(L, i);
    lua_setfield(L, -2, kind_names[i]);
  }
  lua_setfield(L, -2, "KIND");
  lua_createtable(L, 0, GL_NFLAGS);           /* core.FLAG: name -> bit */
  for (i = 0; i < GL_NFLAGS; i++) {
    lua_pushinteger(L, (lua_Integer)1 << i);
    lua_setfield(L, -2, flag_names[i]);
  }
  lua_setfield(L, -2, "FLAG");
}
