/*
** glean.h: internal header of the glean.core module.
** Types and gl_* functions shared between the C files. Everything here is
** hidden; luaopen_glean_core (core.c) is the module's only exported symbol.
*/
#ifndef GLEAN_H
#define GLEAN_H

#include <stddef.h>
#include <stdint.h>

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

#pragma GCC visibility push(hidden)

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

/* Lua bindings: each file registers its part of the module table */
void gl_tok_open (lua_State *L);
void gl_offsets_open (lua_State *L);

#pragma GCC visibility pop

/* }====================================================== */

#endif
