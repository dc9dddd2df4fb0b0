/*
** glean.h: internal header of the glean.core module.
** Types and gl_* functions shared between the C files. Everything here is
** hidden; luaopen_glean_core (core.c) is the module's only exported symbol.
*/
#ifndef GLEAN_H
#define GLEAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "compat.h"

#define GLEAN_VERSION "0.1.0"

#if defined(__GNUC__)
#define GLEAN_API __attribute__((visibility("default")))
#else
#define GLEAN_API
#endif

/*
** {======================================================
** Tokens
** =======================================================
*/

/* token kinds: the low GL_KIND_BITS bits of a token's info word */
enum gl_kind {
  GL_WORD = 0, GL_NUMBER, GL_PUNCT, GL_QUOTE, GL_DASH, GL_HYPHEN,
  GL_SYMBOL, GL_URL, GL_EMAIL, GL_BULLET, GL_OTHER,
  GL_NKINDS
};

#define GL_KIND_BITS 5
#define GL_KIND_MASK ((1u << GL_KIND_BITS) - 1)
#define GL_FLAG(n) (1u << (GL_KIND_BITS + (n)))

/* token flags: the other bits of the info word */
#define GL_F_SPACE      GL_FLAG(0)   /* whitespace precedes the token */
#define GL_F_NEWLINE    GL_FLAG(1)   /* a line break precedes it */
#define GL_F_PARA       GL_FLAG(2)   /* a blank line (or U+2029) precedes it */
#define GL_F_LINESTART  GL_FLAG(3)   /* first token of its line (or text) */
#define GL_F_JOINPREV   GL_FLAG(4)   /* joined to the previous token by a hyphen */
#define GL_F_JOINNEXT   GL_FLAG(5)   /* joined to the next token by a hyphen */
#define GL_F_CAP        GL_FLAG(6)   /* first character is upper or title case */
#define GL_F_UPPER      GL_FLAG(7)   /* has cased letters, all upper case */
#define GL_F_LOWER      GL_FLAG(8)   /* has cased letters, all lower case */
#define GL_F_TITLE      GL_FLAG(9)   /* capitalized, the rest lower case */
#define GL_F_DIGIT      GL_FLAG(10)  /* has a decimal digit */
#define GL_F_ALPHA      GL_FLAG(11)  /* has a letter */
#define GL_F_NONASCII   GL_FLAG(12)  /* has a byte >= 0x80 */
#define GL_F_OPEN       GL_FLAG(13)  /* opening quote mark or bracket */
#define GL_F_CLOSE      GL_FLAG(14)  /* closing quote mark or bracket */
#define GL_F_SINGLE     GL_FLAG(15)  /* single quote mark (or apostrophe) */
#define GL_F_ABBREV     GL_FLAG(16)  /* abbreviation that keeps its period */
#define GL_F_INITIAL    GL_FLAG(17)  /* an initial: one capital and a period */
#define GL_F_MAYEND     GL_FLAG(18)  /* abbreviation that may end a sentence */
#define GL_F_CLITIC     GL_FLAG(19)  /* split-off clitic: 's n't 're ... */
#define GL_F_ELLIPSIS   GL_FLAG(20)  /* ... or U+2026 */
#define GL_F_TERMINAL   GL_FLAG(21)  /* . ? ! or an ellipsis */
#define GL_F_INVALID    GL_FLAG(22)  /* a byte that is not valid UTF-8 */
#define GL_F_CJK        GL_FLAG(23)  /* Han, Hiragana or Katakana */
#define GL_NFLAGS 24

typedef struct gl_tokens {
  uint32_t *start;   /* 0-based byte offset of the first byte */
  uint32_t *end;     /* 0-based byte offset one past the last byte */
  uint32_t *info;    /* kind | flags */
  size_t n, cap;
} gl_tokens;

/* abbreviation set: strings that keep their final period */
typedef struct gl_abbrev gl_abbrev;

#define GL_ABBREV_KEEP 1     /* never ends a sentence (Dr. Gen. e.g.) */
#define GL_ABBREV_MAYEND 2   /* ends one before a capital (etc. Inc.) */
#define GL_ABBREV_NUM 3      /* an abbreviation only before a digit (No. 5) */
#define GL_ABBREV_PLACE 4    /* ends one before a capital after a comma only: a
                             ** state's ("Baltimore, Md. The …"), not a given
                             ** name's ("said Md. Enamul Haque") */

/* sentences as token ranges (inclusive, 0-based) */
typedef struct gl_spans {
  uint32_t *first, *last;
  size_t n, cap;
} gl_spans;

/* line-break policy of the sentence splitter */
enum gl_wrap { GL_WRAP_AUTO = 0, GL_WRAP_NO, GL_WRAP_YES };

/* folded keys */
typedef struct gl_buf {
  char *p;
  size_t n, cap;
} gl_buf;

/*
** {======================================================
** Gazetteer (gazetteer.c, match.c)
** =======================================================
*/

/* interning table: strings <-> ids 1..count */
typedef struct gl_intern {
  uint64_t *slots;      /* open addressing: hash << 32 | id, or 0 */
  size_t nslots;
  uint32_t *off, *len;  /* per id - 1: where the string is in the arena */
  size_t count, cap;
  char *arena;          /* strings, each followed by a NUL */
  size_t arena_used, arena_cap;
} gl_intern;

/* longest phrase, in tokens */
#define GL_MAX_PHRASE 64

/* payload flags */
#define GL_P_CASE 1u    /* matches only as written */
#define GL_P_WEAK 2u    /* also a common word: needs context */
#define GL_P_ALT 4u     /* an older or alternate form */

/* what a phrase stands for; string fields are ids in gl_gaz.strings */
typedef struct gl_payload {
  uint32_t node;        /* trie node where the phrase ends */
  uint32_t next;        /* an earlier payload of the same node, +1 (0: none) */
  uint32_t ntok;        /* tokens in the phrase */
  uint32_t flags;       /* GL_P_* */
  uint32_t label, canonical, kind, list, flagstr, extra;
  uint32_t exact;       /* GL_P_CASE: the token texts joined by \x1f */
  uint32_t line;        /* source line (TSV), or 0 */
} gl_payload;

typedef struct gl_gaz {
  gl_intern keys;       /* token keys (folded) */
  gl_intern strings;    /* payload strings */
  uint64_t *edge_keys;  /* (node << 32 | key id), 0 = empty slot */
  uint32_t *edge_vals;  /* child node */
  size_t nedge_slots, nedges;
  uint32_t *root_child; /* child of the root along each key id (0: none) */
  size_t root_cap;
  uint32_t *node_head;  /* first payload of each node, +1 (0: none) */
  size_t nnodes, node_cap;
  gl_payload *payloads;
  size_t npayloads, payload_cap;
  /* bit filters over key hashes and edge hashes: most lookups of words no
  ** list has end in a few cache lines; rebuilt before matching after adds */
  uint64_t *key_bits, *edge_bits;
  size_t nkey_bits, nedge_bits;
  int filters_stale;
  /* recent token texts and their key ids, kept from one text to the next
  ** (news repeats its words); emptied when keys are added (not saved) */
  struct gl_keymemo *memo;
  /* payload index + 1 by content, to drop duplicate rows (not saved) */
  uint32_t *dup_slots;
  size_t ndup_slots;
} gl_gaz;

/* matches: token ranges (0-based, inclusive) and payload index (0-based) */
typedef struct gl_matches {
  uint32_t *first, *last, *payload;
  size_t n, cap;
} gl_matches;

/* }====================================================== */

/* FNV-1a, the hash of the small tables (the interning tables use
** gl_key_hash, keys.c) */
static inline uint32_t gl_hash (const char *s, size_t len) {
  uint32_t h = 2166136261u;
  size_t i;
  for (i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}

typedef struct gl_keymemo gl_keymemo;

#pragma GCC visibility push(hidden)

/* keys.c */
gl_keymemo *gl_keymemo_new (size_t ntokens);
uint32_t gl_key_hash (const char *s, size_t len);
uint32_t gl_keys_find (const gl_intern *t, const uint64_t *bits, size_t nbits,
                       const char *s, size_t len, gl_keymemo *memo,
                       gl_buf *tmp);
void gl_keys_find_tokens (const gl_intern *t, const uint64_t *bits,
                          size_t nbits, const char *s, const gl_tokens *tk,
                          size_t from, size_t to, gl_keymemo *memo,
                          gl_buf *tmp, uint32_t *out);

/* gazetteer.c */
gl_gaz *gl_gaz_new (void);
void gl_gaz_free (gl_gaz *g);
int gl_gaz_add (gl_gaz *g, size_t nkeys, const char *const *keys,
                const size_t *lens, const gl_payload *p);
uint32_t gl_gaz_child (const gl_gaz *g, uint32_t node, uint32_t kid);
int gl_gaz_filters (gl_gaz *g);
int gl_filter_has (const uint64_t *bits, size_t nbits, uint32_t h);
uint32_t gl_edge_hash (uint32_t node, uint32_t kid);
int gl_gaz_save (gl_gaz *g, const char *path);
gl_gaz *gl_gaz_load (const char *path, const char **err);
typedef struct gl_sum {
  uint64_t lane[4];
  uint64_t n;
} gl_sum;
void gl_sum_init (gl_sum *s, uint64_t seed);
size_t gl_sum_blocks (gl_sum *s, const void *p, size_t n);
uint64_t gl_sum_end (gl_sum *s, const void *p, size_t n);
uint32_t gl_intern_find (const gl_intern *t, const char *s, size_t len);
uint32_t gl_intern_add (gl_intern *t, const char *s, size_t len);
const char *gl_intern_str (const gl_intern *t, uint32_t id, size_t *len);
size_t gl_pow2 (size_t n);

/* alloc.c: per-token arrays (sizes in bytes) */
void *gl_array_realloc (void *p, size_t oldsize, size_t newsize);
void gl_array_free (void *p, size_t size);

/* tokenize.c */
int gl_tokenize (const char *s, size_t len, const gl_abbrev *ab,
                 gl_tokens *out);
void gl_tokens_free (gl_tokens *t);
size_t gl_plain_pass (const char *s, size_t len, gl_tokens *out);

/* abbrev.c */
gl_abbrev *gl_abbrev_new (void);
int gl_abbrev_add (gl_abbrev *ab, const char *s, size_t len, int cls);
int gl_abbrev_find (const gl_abbrev *ab, const char *s, size_t len);
void gl_abbrev_free (gl_abbrev *ab);
size_t gl_abbrev_count (const gl_abbrev *ab);

/* sentences.c */
int gl_sentences (const char *s, size_t len, const gl_tokens *t,
                  enum gl_wrap wrap, gl_spans *out);
void gl_spans_free (gl_spans *sp);

/* utf8.c */
int gl_utf8_decode (const unsigned char *s, size_t len, int32_t *cp);
int gl_fold (const char *s, size_t len, gl_buf *out);
void gl_buf_free (gl_buf *b);

/*
** Tagged userdata. A type's C struct starts with a gl_tag that holds the
** address of the type's gl_type (a static of the file that makes it). A
** method's check of its first argument is then two cheap API calls and a
** compare, where a look at the metatable takes a push, a pointer and a pop:
** the token methods are called hundreds of thousands of times a corpus.
** The size must match too, and it is read through lua_rawlen, which is 0
** for anything but a full userdata: a light userdata is never dereferenced
** and a foreign userdata is read only within its own size. The tag is the
** type's identity: a metatable swapped in by debug.setmetatable makes no
** foreign block pass for a glean one.
*/
typedef struct gl_type {
  const char *name;     /* for error messages: "glean.Tokens" */
  size_t size;          /* sizeof the struct */
} gl_type;

typedef const gl_type *gl_tag;

/* the userdata at arg if it is of type ty, else NULL */
static inline void *gl_totyped (lua_State *L, int arg, const gl_type *ty) {
  void *p = lua_touserdata(L, arg);
  gl_tag tag;
  if (p == NULL || lua_rawlen(L, arg) != ty->size) return NULL;
  memcpy(&tag, p, sizeof(tag));       /* (any block's bytes may be read) */
  return tag == ty ? p : NULL;
}

/* args.c: argument checks whose errors say "glean: ..." */
void *gl_checkudata (lua_State *L, int arg, const char *tname);
void *gl_testudata (lua_State *L, int ud, const char *tname);
void *gl_checktyped_slow (lua_State *L, int arg, const gl_type *ty);
lua_Integer gl_checkinteger (lua_State *L, int arg);
const char *gl_checklstring (lua_State *L, int arg, size_t *len);
const char *gl_optlstring (lua_State *L, int arg, const char *def,
                           size_t *len);
void gl_checktable (lua_State *L, int arg);
int gl_checkoption (lua_State *L, int arg, const char *def,
                    const char *const lst[]);

/* Lua bindings: each file registers its part of the module table */
void gl_tok_open (lua_State *L);
void gl_match_open (lua_State *L);
void gl_pattern_open (lua_State *L);
void gl_json_open (lua_State *L);
void *gl_layer_push (lua_State *L, size_t ntokens, size_t maxspans);
int gl_layer_add (void *layer, size_t a, size_t b, uint64_t bits);
const void *gl_check_layer (lua_State *L, int arg, size_t *ntokens);
int gl_layer_inside (const void *layer, size_t a, size_t b);
const gl_abbrev *gl_check_abbrev (lua_State *L, int arg);
const gl_tokens *gl_check_tokens (lua_State *L, int arg, const char **s,
                                  size_t *len);
void gl_push_token_key (lua_State *L, const char *s, size_t slen,
                        const gl_tokens *t, size_t i);
const gl_spans *gl_test_sentences (lua_State *L, int arg);

/* class.c */
void gl_new_class (lua_State *L, const char *name, const luaL_Reg *meta,
                   const luaL_Reg *methods);
int gl_index_dispatch (lua_State *L, int (*view) (lua_State *L));
void gl_offsets_open (lua_State *L);

/* records.c */
void gl_records_open (lua_State *L);

/* link.c */
void gl_link_open (lua_State *L);

#pragma GCC visibility pop

/* the userdata at arg, of type ty, or an error */
static inline void *gl_checktyped (lua_State *L, int arg, const gl_type *ty) {
  void *p = gl_totyped(L, arg, ty);
  return p != NULL ? p : gl_checktyped_slow(L, arg, ty);
}

/*
** gl_checkinteger's common case inline: an integer (Lua 5.3 and later;
** on 5.1 and LuaJIT numbers are floats and take the checked conversion)
*/
static inline lua_Integer gl_toindex (lua_State *L, int arg) {
#if LUA_VERSION_NUM >= 503
  if (lua_isinteger(L, arg)) return lua_tointegerx(L, arg, NULL);
#endif
  return gl_checkinteger(L, arg);
}

/* }====================================================== */

#endif
