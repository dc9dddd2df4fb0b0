/*
** tokenize.c: UTF-8 text to tokens (byte offsets, kind, flags). Pure C, no
** Lua state and no English: which abbreviations keep their period comes
** from the caller (abbrev.c holds what Lua passed in). ASCII takes a table
** driven fast path; other code points go through utf8proc's categories.
** Invalid UTF-8 never fails: each bad byte becomes an "other" token.
*/
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "glean.h"

/*
** {======================================================
** Character classes
** =======================================================
*/

#define A_SPACE 0x01   /* space, tab, CR, FF, VT */
#define A_NL    0x02   /* line feed */
#define A_UP    0x04   /* upper-case letter */
#define A_LO    0x08   /* lower-case letter */
#define A_DIG   0x10   /* decimal digit */
#define A_OL    0x20   /* letter without case (non-ASCII only) */
#define A_HIGH  0x40   /* byte >= 0x80 */
#define A_CTRL  0x80   /* other control character */
#define A_WORD  (A_UP | A_LO | A_DIG)

#define CL(c) ((c) >= 0x80 ? A_HIGH : (c) == '\n' ? A_NL : \
  ((c) == ' ' || (c) == '\t' || (c) == '\r' || (c) == '\f' || (c) == '\v') ? \
  A_SPACE : ((c) >= 'A' && (c) <= 'Z') ? A_UP : ((c) >= 'a' && (c) <= 'z') ? \
  A_LO : ((c) >= '0' && (c) <= '9') ? A_DIG : ((c) < 0x20 || (c) == 0x7F) ? \
  A_CTRL : 0)
#define R4(c) CL(c), CL((c) + 1), CL((c) + 2), CL((c) + 3)
#define R16(c) R4(c), R4((c) + 4), R4((c) + 8), R4((c) + 12)
#define R64(c) R16(c), R16((c) + 16), R16((c) + 32), R16((c) + 48)

static const unsigned char aclass[256] = {
  R64(0), R64(64), R64(128), R64(192)
};

#if defined(__SSE2__)
#include <emmintrin.h>

/*
** The run of ASCII letters and digits at p, 16 bytes at a time: returns its
** length (16 when all are) and ORs the class bits of its bytes into *bits.
** p[0..15] must be readable.
*/
static inline unsigned ascii_run16 (const unsigned char *p, unsigned *bits) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
  __m128i low = _mm_or_si128(v, _mm_set1_epi8(0x20));
  __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(low, _mm_set1_epi8('a' - 1)),
                                _mm_cmplt_epi8(low, _mm_set1_epi8('z' + 1)));
  __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  __m128i lower = _mm_and_si128(alpha, _mm_cmpeq_epi8(
                    _mm_and_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x20)));
  unsigned word = (unsigned)_mm_movemask_epi8(_mm_or_si128(alpha, digit));
  unsigned run = word == 0xFFFFu ? 16 : (unsigned)__builtin_ctz(~word);
  unsigned keep = (1u << run) - 1;
  unsigned ma = (unsigned)_mm_movemask_epi8(alpha) & keep;
  unsigned ml = (unsigned)_mm_movemask_epi8(lower) & keep;
  unsigned md = (unsigned)_mm_movemask_epi8(digit) & keep;
  *bits |= (ml ? A_LO : 0) | ((ma & ~ml) ? A_UP : 0) | (md ? A_DIG : 0);
  return run;
}
#endif

/* scripts that are written without spaces and need their own rule */
enum { SC_OTHER = 0, SC_HAN, SC_HIRA, SC_KATA };

static int script_of (int32_t cp) {
  if (cp < 0x3040) return SC_OTHER;
  if (cp <= 0x309F) return SC_HIRA;
  if (cp <= 0x30FF || (cp >= 0x31F0 && cp <= 0x31FF)) return SC_KATA;
  if ((cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF))
    return SC_HAN;
  return SC_OTHER;
}

/* class bits of a non-ASCII code point inside a word, or -1 if it ends one */
static int word_class (int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: return A_UP;
    case UTF8PROC_CATEGORY_LL: return A_LO;
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: return A_OL;
    case UTF8PROC_CATEGORY_ND: return A_DIG;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return 0;
    case UTF8PROC_CATEGORY_CF:
      return (cp == 0x200B || cp == 0xFEFF) ? -1 : 0;  /* ZWSP, BOM split */
    default: return -1;
  }
}

static int is_apostrophe (int32_t cp) {
  return cp == '\'' || cp == 0x2019;
}

static int is_hyphen (int32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* }====================================================== */


/*
** {======================================================
** Tokenizer state
** =======================================================
*/

typedef struct tk {
  const unsigned char *s;
  size_t n;
  const gl_abbrev *ab;
  gl_tokens *out;
  uint32_t pending;    /* flags owed to the next token */
} tk;

static int tokens_grow (gl_tokens *t, size_t need) {
  size_t ncap = t->cap ? t->cap : 64, old = t->cap * sizeof(uint32_t);
  uint32_t *a, *b, *c;
  while (ncap < need) ncap += ncap / 2 + 16;
  a = (uint32_t *)gl_array_realloc(t->start, old, ncap * sizeof(uint32_t));
  if (a == NULL) return -1;
  t->start = a;
  b = (uint32_t *)gl_array_realloc(t->end, old, ncap * sizeof(uint32_t));
  if (b == NULL) { t->start = (uint32_t *)gl_array_realloc(a, ncap * sizeof(uint32_t), old); return -1; }
  t->end = b;
  c = (uint32_t *)gl_array_realloc(t->info, old, ncap * sizeof(uint32_t));
  if (c == NULL) {
    t->start = (uint32_t *)gl_array_realloc(a, ncap * sizeof(uint32_t), old);
    t->end = (uint32_t *)gl_array_realloc(b, ncap * sizeof(uint32_t), old);
    return -1;
  }
  t->info = c;
  t->cap = ncap;
  return 0;
}

void gl_tokens_free (gl_tokens *t) {
  size_t size = t->cap * sizeof(uint32_t);
  gl_array_free(t->start, size);
  gl_array_free(t->end, size);
  gl_array_free(t->info, size);
  t->start = t->end = t->info = NULL;
  t->n = t->cap = 0;
}

/* append a token; capacity for it was reserved by the main loop */
static void emit (tk *T, size_t a, size_t b, uint32_t info) {
  gl_tokens *t = T->out;
  t->start[t->n] = (uint32_t)a;
  t->end[t->n] = (uint32_t)b;
  t->info[t->n] = info | T->pending;
  t->n++;
  T->pending = 0;
}

/* decode at i; invalid bytes decode as themselves with length 0 */
static int decode_at (const tk *T, size_t i, int32_t *cp) {
  return gl_utf8_decode(T->s + i, T->n - i, cp);
}

/* code point ending at i (exclusive), or -1 at the start or on bad bytes */
static int32_t prev_cp (const tk *T, size_t i) {
  size_t k = i, stop = i >= 4 ? i - 4 : 0;
  int32_t cp;
  if (i == 0) return -1;
  while (k > stop && (T->s[k - 1] & 0xC0) == 0x80) k--;
  if (k == 0 && (T->s[0] & 0xC0) == 0x80) return -1;
  if (k > 0) k--;
  if (T->s[k] < 0x80) return T->s[k];
  if (gl_utf8_decode(T->s + k, i - k, &cp) != (int)(i - k)) return -1;
  return cp;
}

/* is the code point at i a letter, digit or mark (a word character)? */
static int word_char_at (const tk *T, size_t i) {
  int32_t cp;
  if (i >= T->n) return 0;
  if (T->s[i] < 0x80) return (aclass[T->s[i]] & A_WORD) != 0;
  if (decode_at(T, i, &cp) == 0) return 0;
  return word_class(cp) > 0;
}

static int ascii_letter (unsigned c) {
  return (aclass[c] & (A_UP | A_LO)) != 0;
}

/* }====================================================== */


/*
** {======================================================
** Words, numbers, abbreviations, clitics
** =======================================================
*/

/*
** Case and content flags from the first character's class and the rest's
** (letter and digit bits only: A_UP A_LO A_DIG A_OL, bits 2 to 5), from a
** table of every pair: a load where the tests took a dozen branches.
*/
#define SHAPE_ALL(f, r) ((f) | (r))
#define SHAPE(f, r) \
  (((f) & A_UP ? GL_F_CAP : 0) | \
   ((SHAPE_ALL(f, r) & A_UP) && !(SHAPE_ALL(f, r) & A_LO) ? GL_F_UPPER : 0) | \
   ((SHAPE_ALL(f, r) & A_LO) && !(SHAPE_ALL(f, r) & A_UP) ? GL_F_LOWER : 0) | \
   (((f) & A_UP) && !((r) & A_UP) ? GL_F_TITLE : 0) | \
   (SHAPE_ALL(f, r) & A_DIG ? GL_F_DIGIT : 0) | \
   (SHAPE_ALL(f, r) & (A_UP | A_LO | A_OL) ? GL_F_ALPHA : 0))
#define SH(x) SHAPE(((x) >> 4) << 2, ((x) & 15) << 2)
#define SH4(x) SH(x), SH((x) + 1), SH((x) + 2), SH((x) + 3)
#define SH16(x) SH4(x), SH4((x) + 4), SH4((x) + 8), SH4((x) + 12)
#define SH64(x) SH16(x), SH16((x) + 16), SH16((x) + 32), SH16((x) + 48)

static const uint32_t shapes[256] = {
  SH64(0), SH64(64), SH64(128), SH64(192)
};

static inline uint32_t shape_flags (unsigned first, unsigned rest) {
  return shapes[(first & 0x3C) << 2 | (rest & 0x3C) >> 2];
}

/*
** Length of a clitic starting with an apostrophe of alen bytes at j
** ('s 'm 'd 're 've 'll, any case), or 0. It must end the word.
*/
static size_t clitic_len (const tk *T, size_t j, size_t alen) {
  size_t k = j + alen, m = 0;
  const unsigned char *s = T->s;
  while (k + m < T->n && m < 3 && ascii_letter(s[k + m])) m++;
  if (m == 0 || m == 3 || word_char_at(T, k + m)) return 0;
  if (m == 1) {
    unsigned c = s[k] | 0x20;
    return (c == 's' || c == 'm' || c == 'd') ? alen + 1 : 0;
  }
  else {
    unsigned a = s[k] | 0x20, b = s[k + 1] | 0x20;
    if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') ||
        (a == 'l' && b == 'l'))
      return alen + 2;
    return 0;
  }
}

/* n't: an apostrophe at j after 'n', followed by a lone 't' */
static int is_nt (const tk *T, size_t start, size_t j, size_t alen) {
  const unsigned char *s = T->s;
  size_t k = j + alen;
  return j >= start + 2 && (s[j - 1] | 0x20) == 'n' && k < T->n &&
         (s[k] | 0x20) == 't' && !word_char_at(T, k + 1);
}

/*
** After a word ending at j with s[j] == '.': the end of the abbreviation
** token (past its period) and its class, or 0 when it is no abbreviation.
** Dotted forms (U.S., e.g., Ph.D.) and single capitals (J.) are shapes;
** any other form must be in the caller's list.
*/
/* the class abbrev_end gives initials written as one word: they never end
** a sentence, as GL_ABBREV_KEEP */
#define ABBREV_INITIALS 8

/* are the n bytes at p two to four capital letters, each with its
** period ("V.D.", "A.P.J.")? */
static int dotted_initials (const unsigned char *p, size_t n) {
  size_t k;
  if (n < 4 || n > 8 || n % 2 != 0) return 0;
  for (k = 0; k < n; k += 2)
    if (p[k] < 'A' || p[k] > 'Z' || p[k + 1] != '.') return 0;
  return 1;
}

static size_t abbrev_end (const tk *T, size_t start, size_t j, int onecap,
                          int *cls) {
  const unsigned char *s = T->s;
  char tmp[40];
  size_t len = j + 1 - start, k;
  int c;
  /* dotted sequence: (letters{1,3} '.'){2,8}; the cap keeps a run like
  ** a.a.a.a... linear (a longer run is no abbreviation) */
  if (j - start <= 3 && j + 1 < T->n && ascii_letter(s[j + 1])) {
    size_t e = j + 1, segs = 1;
    while (segs <= 8) {
      size_t m = 0;
      while (e + m < T->n && m < 4 && ascii_letter(s[e + m])) m++;
      if (m == 0 || m > 3 || e + m >= T->n || s[e + m] != '.') break;
      e += m + 1;
      segs++;
      if (e >= T->n || !ascii_letter(s[e])) break;
    }
    if (segs >= 2 && segs <= 8 && !word_char_at(T, e) &&
        (e >= T->n || s[e] != '.')) {
      c = gl_abbrev_find(T->ab, (const char *)s + start, e - start);
      /* initials no list knows, written as one word ("V.D. Satheesan",
      ** "A.P.J."), go with the name after them */
      *cls = c ? c : dotted_initials(s + start, e - start) ? ABBREV_INITIALS
                                                           : GL_ABBREV_MAYEND;
      return e;
    }
  }
  if ((c = gl_abbrev_find(T->ab, (const char *)s + start, len)) != 0)
    goto found;
  if (len < sizeof(tmp) && (s[start] & 0x80) == 0) {
    /* "Etc." finds "etc.", "DR." finds "Dr." */
    memcpy(tmp, s + start, len);
    if (tmp[0] >= 'A' && tmp[0] <= 'Z') {
      tmp[0] = (char)(tmp[0] + 32);
      if ((c = gl_abbrev_find(T->ab, tmp, len)) != 0) goto found;
      tmp[0] = (char)(tmp[0] - 32);
      for (k = 1; k < len; k++)
        if (tmp[k] >= 'A' && tmp[k] <= 'Z') tmp[k] = (char)(tmp[k] + 32);
      /* (a word in capitals before a word in title case, or "A" or
      ** "I", is an acronym that ends its sentence: "helps the PT. A
      ** spokesman", not "Pt."; "DR. SMITH", a line in capitals, keeps the
      ** fold) */
      k = j + 1;
      for (;;) {                     /* (past closing marks: `PT." A`) */
        if (k < T->n && (s[k] == ' ' || s[k] == '\t' || s[k] == '"' || s[k] == '\'' ||
                         s[k] == ')'))
          k++;
        else if (k + 2 < T->n && s[k] == 0xE2 && s[k + 1] == 0x80 &&
                 (s[k + 2] == 0x9D || s[k + 2] == 0x99))
          k += 3;
        else
          break;
      }
      if (!(k + 1 < T->n && s[k] >= 'A' && s[k] <= 'Z' &&
            !(s[k + 1] >= 'A' && s[k + 1] <= 'Z')) &&
          (c = gl_abbrev_find(T->ab, tmp, len)) != 0)
        goto found;
    }
  }
  if (onecap) {                      /* an initial: J. R. R. Tolkien */
    *cls = GL_ABBREV_KEEP;
    return j + 1;
  }
  return 0;
found:
  if (c == GL_ABBREV_NUM) {          /* "No. 5", but "said no." */
    k = j + 1;
    while (k < T->n && (s[k] == ' ' || s[k] == '\t')) k++;
    if (k >= T->n || !(aclass[s[k]] & A_DIG)) {
      /* "P. Simmons": not "p." (page) but an initial */
      if (!onecap) return 0;
    }
    c = GL_ABBREV_KEEP;
  }
  *cls = c;
  return j + 1;
}

static int local_part_char (unsigned c) {
  return (aclass[c] & A_WORD) || c == '.' || c == '_' || c == '%' ||
         c == '+' || c == '-';
}

/*
** At an '@' at i: if the tokens just before it (with no space between)
** and what follows form an e-mail address, replace them by one token and
** return the address's end; else return 0. Addresses are rare, so they
** are found here rather than at every word start.
*/
static size_t merge_email (tk *T, size_t i) {
  gl_tokens *t = T->out;
  const unsigned char *s = T->s;
  size_t k = t->n, a = i, e, dots = 0, p;
  if (T->pending & GL_F_SPACE) return 0;
  while (k > 0 && t->end[k - 1] == a) {
    size_t ts = t->start[k - 1];
    for (p = ts; p < a; p++)
      if (!local_part_char(s[p])) break;
    if (p < a) break;
    a = ts;
    k--;
    if (t->info[k] & GL_F_SPACE) break;
  }
  if (a == i || !(aclass[s[a]] & A_WORD)) return 0;
  for (e = i + 1; e < T->n; e++) {
    unsigned c = s[e];
    if (c == '.' && e > i + 1 && e + 1 < T->n && (aclass[s[e + 1]] & A_WORD)) {
      dots++;
      continue;
    }
    if (!(aclass[c] & A_WORD) && c != '-') break;
  }
  if (dots == 0) return 0;
  T->pending = t->info[k] & (GL_F_SPACE | GL_F_NEWLINE | GL_F_PARA |
                             GL_F_LINESTART | GL_F_JOINPREV);
  t->n = k;
  emit(T, a, e, GL_EMAIL | GL_F_ALPHA);
  return e;
}

static int starts_ci (const unsigned char *s, size_t n, const char *p) {
  size_t i;
  for (i = 0; p[i]; i++)
    if (i >= n || (s[i] | 0x20) != (unsigned char)p[i]) return 0;
  return 1;
}

/* a URL starting at i (scheme:// or www.): its end, or 0 */
static size_t url_end (const tk *T, size_t i) {
  const unsigned char *s = T->s + i;
  size_t n = T->n - i, k, open = 0;
  if (!(starts_ci(s, n, "http://") || starts_ci(s, n, "https://") ||
        starts_ci(s, n, "ftp://") || starts_ci(s, n, "www.")))
    return 0;
  for (k = 0; k < n; k++) {
    unsigned c = s[k];
    if (c < 0x80) {
      if (aclass[c] & (A_SPACE | A_NL | A_CTRL)) break;
      if (c == '"' || c == '<' || c == '>' || c == '`' || c == '{' ||
          c == '}' || c == '|' || c == '\\' || c == '^')
        break;
      if (c == '(') open++;
      if (c == ')') { if (open == 0) break; open--; }
    }
    else {
      int32_t cp;
      int l = gl_utf8_decode(s + k, n - k, &cp);
      utf8proc_category_t cat;
      if (l == 0) break;
      cat = utf8proc_category(cp);
      if (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_ZP) break;
      k += (size_t)l - 1;
    }
  }
  while (k > 0 && strchr(".,;:!?'", s[k - 1]) != NULL) k--;
  return k > 4 ? i + k : 0;
}

/*
** Emit the word [i, e) with info; when a hyphen joins it to a following
** word character (end-2024, pro-Russian, U.S.-led), emit the hyphen too
** and mark the three tokens joined. Returns where scanning resumes.
*/
static size_t emit_joined (tk *T, size_t i, size_t e, uint32_t info) {
  const unsigned char *s = T->s;
  if (e < T->n && (s[e] == '-' || s[e] == 0xE2)) {  /* '-', U+2010, U+2011 */
    int32_t cp = '-';
    int l = s[e] == '-' ? 1 : decode_at(T, e, &cp);
    if (l > 0 && is_hyphen(cp) && word_char_at(T, e + (size_t)l)) {
      emit(T, i, e, info | GL_F_JOINNEXT);
      emit(T, e, e + (size_t)l, GL_HYPHEN | GL_F_JOINPREV | GL_F_JOINNEXT |
           (l > 1 ? GL_F_NONASCII : 0));
      T->pending |= GL_F_JOINPREV;
      return e + (size_t)l;
    }
  }
  emit(T, i, e, info);
  return e;
}

/*
** Scan a word or number starting at i (its first character has class
** first and is cp0, of len0 bytes) and emit it, with any abbreviation
** period, clitic or hyphen that follows. Returns where scanning resumes.
*/
static size_t scan_word (tk *T, size_t i, int32_t cp0, int len0,
                         unsigned first) {
  const unsigned char *s = T->s;
  size_t n = T->n, j = i + (size_t)len0;
  unsigned rest = 0;
  int sc = cp0 < 0x80 ? SC_OTHER : script_of(cp0);
  int nonascii = cp0 >= 0x80, notnum = 0;
  uint32_t kind, flags;
  size_t e;

  if ((cp0 | 0x20) == 'w' || (cp0 | 0x20) == 'h' || (cp0 | 0x20) == 'f') {
    if ((e = url_end(T, i)) != 0) {
      emit(T, i, e, GL_URL | GL_F_ALPHA);
      return e;
    }
  }
  if (sc == SC_HAN) goto marks;        /* Han: one character a token */
  for (;;) {
    unsigned c;
    int32_t cp;
    int l, wc;
    if (sc == SC_OTHER) {              /* the hot loop: ASCII letters */
      unsigned cl;
      while ((cl = aclass[s[j]]) & A_WORD) {  /* s[n] is NUL */
        rest |= cl;
        j++;
      }
    }
    if (j >= n) break;
    c = s[j];
    if (c < 0x80) {
      if (sc != SC_OTHER) break;
      if ((c == '.' || c == ',' || c == ':' || c == '/') && first == A_DIG &&
          !(rest & ~A_DIG) && !notnum && j + 1 < n &&
          (aclass[s[j + 1]] & A_DIG)) {
        j += 2;                        /* 1,000.5  10:30  24/7 */
        continue;
      }
      if (c == '\'') { l = 1; goto apostrophe; }
      if (c == '&' && (rest | first) == A_UP && j + 1 < n &&
          (aclass[s[j + 1]] & A_UP)) {
        j++;                           /* AT&T, S&P */
        continue;
      }
      break;
    }
    l = decode_at(T, j, &cp);
    if (l == 0) break;
    if (is_apostrophe(cp)) goto apostrophe;
    wc = word_class(cp);
    if (wc < 0) break;
    if (wc > 0 && script_of(cp) != sc) break;
    rest |= (unsigned)wc;
    nonascii = 1;
    j += (size_t)l;
    continue;
  apostrophe:
    {
      size_t cl_len;
      if (!word_char_at(T, j + (size_t)l)) break;
      if (is_nt(T, i, j, (size_t)l)) {
        emit(T, i, j - 1, GL_WORD | shape_flags(first, rest) |
             (nonascii ? GL_F_NONASCII : 0));
        emit(T, j - 1, j + (size_t)l + 1, GL_WORD | GL_F_CLITIC |
             GL_F_ALPHA | (l > 1 ? GL_F_NONASCII : 0));
        return j + (size_t)l + 1;
      }
      if ((cl_len = clitic_len(T, j, (size_t)l)) != 0) {
        kind = (first == A_DIG && !(rest & ~A_DIG) && !notnum) ?
               GL_NUMBER : GL_WORD;
        emit(T, i, j, kind | shape_flags(first, rest) |
             (nonascii ? GL_F_NONASCII : 0));
        emit(T, j, j + cl_len, GL_WORD | GL_F_CLITIC | GL_F_ALPHA |
             (l > 1 ? GL_F_NONASCII : 0));
        return j + cl_len;
      }
      notnum = 1;                      /* O'Brien, d'Ivoire */
      if (j == i + 1 && cp0 == 'd') {
        /* d'Almeida, d'Ávila: a name's elided particle; the word's shape
           is its capital's (not d'amour, nor a word of two letters,
           "Palme d'Or"; "l'Audiovisuel" is an article's) */
        int32_t cn;
        int ln = decode_at(T, j + (size_t)l, &cn);
        if (ln > 0 && word_class(cn) == A_UP &&
            word_char_at(T, j + (size_t)(l + ln)) &&
            word_char_at(T, j + (size_t)(l + ln) + 1)) {
          rest |= first;
          first = A_UP;
        }
      }
      j += (size_t)l;
      if (l > 1) nonascii = 1;
      continue;
    }
  }
  goto done;
marks:                                 /* a Han character and its marks */
  while (j < n) {
    int32_t cp;
    int l = decode_at(T, j, &cp);
    if (l == 0 || word_class(cp) != 0) break;
    j += (size_t)l;
  }
done:
  kind = (first == A_DIG && !(rest & ~A_DIG) && !notnum) ? GL_NUMBER : GL_WORD;
  flags = shape_flags(first, rest) | (nonascii ? GL_F_NONASCII : 0) |
          (sc != SC_OTHER ? GL_F_CJK : 0);
  if (j < n) {
    unsigned c = s[j];
    if (c == '.') {
      int cls = 0;
      int onecap = (first & A_UP) && j == i + (size_t)len0;
      if (kind != GL_NUMBER &&
          (e = abbrev_end(T, i, j, onecap, &cls)) != 0) {
        flags |= GL_F_ABBREV;
        if ((onecap && e == j + 1) || cls == ABBREV_INITIALS) flags |= GL_F_INITIAL;
        if (cls == GL_ABBREV_MAYEND) flags |= GL_F_MAYEND;
        else if (cls == GL_ABBREV_PLACE && T->out->n > 0) {
          /* (after a comma: "Baltimore, Md. The …") */
          size_t p = T->out->n - 1;
          if (T->out->end[p] == T->out->start[p] + 1 && s[T->out->start[p]] == ',')
            flags |= GL_F_MAYEND;
        }
        return emit_joined(T, i, e, kind | flags);   /* U.S.-led */
      }
    }
  }
  return emit_joined(T, i, j, kind | flags);
}

/* }====================================================== */


/*
** {======================================================
** Quote marks and other punctuation
** =======================================================
*/

/* does the character before i leave a quote mark at i "opening"? */
static int opens_before (const tk *T, size_t i) {
  int32_t p = prev_cp(T, i);
  if (p < 0) return 1;
  if (p == ' ' || p == '\t' || p == '\n' || p == '\r' || p == '(' ||
      p == '[' || p == '{' || p == '-' || p == '/' || p == 0x2014 ||
      p == 0x2013 || p == 0xA0)
    return 1;
  switch (utf8proc_category(p)) {
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PI: return 1;
    default: return 0;
  }
}

/* does the character after e (exclusive end) leave the mark "closing"? */
static int closes_after (const tk *T, size_t e) {
  unsigned c;
  int32_t cp;
  if (e >= T->n) return 1;
  c = T->s[e];
  if (c < 0x80)
    return (aclass[c] & (A_SPACE | A_NL)) ||
           (c != 0 && strchr(",.;:!?)]}-", (int)c) != NULL);
  if (decode_at(T, e, &cp) == 0) return 0;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PD: return 1;
    default: return 0;
  }
}

/* side of a quote mark at [i, e): declared side, corrected by context */
static uint32_t quote_side (const tk *T, size_t i, size_t e, uint32_t side) {
  int before = opens_before(T, i), after = closes_after(T, e);
  if (side == 0) {                     /* straight marks: context only */
    if (before && !after) return GL_F_OPEN;
    if (after && !before) return GL_F_CLOSE;
    if (before && after) return 0;
    return GL_F_CLOSE;                 /* between word characters */
  }
  if (side == GL_F_OPEN && !before && after) return GL_F_CLOSE;
  if (side == GL_F_CLOSE && before && !after) return GL_F_OPEN;
  return side;
}

/* quote marks: side flags | GL_F_SINGLE, or (uint32_t)-1 if cp is none */
static uint32_t quote_info (int32_t cp) {
  switch (cp) {
    case '"': case 0xFF02: return 0;
    case '\'': case 0xFF07: return GL_F_SINGLE;
    case 0x201C: case 0x201E: case 0x201F: case 0x00AB: case 0x300C:
    case 0x300E: case 0x301D: return GL_F_OPEN;
    case 0x201D: case 0x00BB: case 0x300D: case 0x300F: case 0x301E:
    case 0x301F: return GL_F_CLOSE;
    case 0x2018: case 0x201A: case 0x201B: case 0x2039:
      return GL_F_OPEN | GL_F_SINGLE;
    case 0x2019: case 0x203A: return GL_F_CLOSE | GL_F_SINGLE;
    default: return (uint32_t)-1;
  }
}

static int is_bullet_cp (int32_t cp) {
  switch (cp) {
    case '-': case '*': case 0x2022: case 0x2023: case 0x2043: case 0x25E6:
    case 0x25AA: case 0x25CF: case 0x00B7: case 0x2219: case 0x25A0:
    case 0x25BA: case 0x2013: case 0x2014: case 0x2027:
      return 1;
    default: return 0;
  }
}

/* a bullet: a mark at the start of a line followed by white space */
static int is_bullet (const tk *T, size_t e, int32_t cp) {
  return (T->pending & GL_F_LINESTART) && is_bullet_cp(cp) && e < T->n &&
         (T->s[e] == ' ' || T->s[e] == '\t');
}

/*
** Emit the punctuation or symbol token for code point cp at [i, i+l) (not
** a word character, not white space). Returns where scanning resumes.
*/
static size_t scan_punct (tk *T, size_t i, int32_t cp, int l) {
  const unsigned char *s = T->s;
  size_t n = T->n, e = i + (size_t)l;
  uint32_t q, na = cp >= 0x80 ? GL_F_NONASCII : 0;
  if ((q = quote_info(cp)) != (uint32_t)-1) {
    uint32_t single = q & GL_F_SINGLE;
    emit(T, i, e, GL_QUOTE | single | na |
         quote_side(T, i, e, q & (GL_F_OPEN | GL_F_CLOSE)));
    return e;
  }
  if (cp == '@') {
    size_t m = merge_email(T, i);
    if (m != 0) return m;
  }
  if (is_bullet(T, e, cp)) {
    emit(T, i, e, GL_BULLET | na);
    return e;
  }
  switch (cp) {
    case '.':
      while (e < n && s[e] == '.') e++;
      emit(T, i, e, GL_PUNCT | GL_F_TERMINAL |
           (e - i > 1 ? GL_F_ELLIPSIS : 0));
      return e;
    case 0x2026:
      emit(T, i, e, GL_PUNCT | GL_F_TERMINAL | GL_F_ELLIPSIS | na);
      return e;
    case '?': case '!': case 0x3002: case 0xFF01: case 0xFF1F: case 0x203C:
    case 0x2047: case 0x2048: case 0x2049: case 0xFF0E:
      emit(T, i, e, GL_PUNCT | GL_F_TERMINAL | na);
      return e;
    case '-':
      if (e < n && s[e] == '-') {
        while (e < n && s[e] == '-') e++;
        emit(T, i, e, GL_DASH);
      }
      else if ((T->pending & GL_F_SPACE) &&
               (e >= n || (aclass[s[e]] & (A_SPACE | A_NL))))
        emit(T, i, e, GL_DASH);
      else
        emit(T, i, e, GL_HYPHEN);
      return e;
    case 0x2010: case 0x2011:
      emit(T, i, e, GL_HYPHEN | na);
      return e;
    default:
      break;
  }
  if (cp < 0x80) {
    if (aclass[cp] & A_CTRL) { emit(T, i, e, GL_OTHER); return e; }
    if (strchr("([{", (int)cp)) { emit(T, i, e, GL_PUNCT | GL_F_OPEN); return e; }
    if (strchr(")]}", (int)cp)) { emit(T, i, e, GL_PUNCT | GL_F_CLOSE); return e; }
    if (strchr("$%&+<=>^`|~#@*", (int)cp)) { emit(T, i, e, GL_SYMBOL); return e; }
    emit(T, i, e, GL_PUNCT);
    return e;
  }
  {
    uint32_t kind, side = 0;
    utf8proc_int32_t state = 0;
    int32_t prev = cp;
    switch (utf8proc_category(cp)) {
      case UTF8PROC_CATEGORY_PD: kind = GL_DASH; break;
      case UTF8PROC_CATEGORY_PS: kind = GL_PUNCT; side = GL_F_OPEN; break;
      case UTF8PROC_CATEGORY_PE: kind = GL_PUNCT; side = GL_F_CLOSE; break;
      case UTF8PROC_CATEGORY_PI: kind = GL_QUOTE; side = GL_F_OPEN; break;
      case UTF8PROC_CATEGORY_PF: kind = GL_QUOTE; side = GL_F_CLOSE; break;
      case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PO:
        kind = GL_PUNCT; break;
      case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        kind = GL_NUMBER; break;
      case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC:
      case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO:
        kind = GL_SYMBOL; break;
      default: kind = GL_OTHER; break;
    }
    /* keep a grapheme cluster whole: emoji with modifiers, flags, ZWJ */
    while (e < n) {
      int32_t next;
      int nl = decode_at(T, e, &next);
      if (nl == 0 || utf8proc_grapheme_break_stateful(prev, next, &state))
        break;
      prev = next;
      e += (size_t)nl;
    }
    emit(T, i, e, kind | side | GL_F_NONASCII);
    return e;
  }
}

/* }====================================================== */


/*
** Tokenize s[0..len) into out (which must be empty or hold earlier
** results to append to). s[len] must be a NUL byte, as it is in Lua
** strings: the hot loops use it as their sentinel. ab may be NULL. Returns 0, -1 out of memory, -2
** if the text is too long for 32-bit offsets.
*/
int gl_tokenize (const char *text, size_t len, const gl_abbrev *ab,
                 gl_tokens *out) {
  tk T;
  size_t i = 0;
  if (len > 0xFFFFFFF0u) return -2;
  T.s = (const unsigned char *)text;
  T.n = len;
  T.ab = ab;
  T.out = out;
  T.pending = GL_F_LINESTART;
  /* news text has a token every 5 bytes; unused capacity is never touched */
  if (out->cap < out->n + len / 4 + 16 &&
      tokens_grow(out, out->n + len / 4 + 16) != 0)
    return -1;
  while (i < len) {
    unsigned c = T.s[i];
    unsigned cl = aclass[c];
    int32_t cp;
    int l;
    if (out->cap - out->n < 4 && tokens_grow(out, out->n + 4) != 0)
      return -1;
    if (cl & A_WORD) {
      /* fast path: an ASCII word or number that white space or common
      ** punctuation ends; anything else goes through scan_word */
      size_t j = i + 1;
      unsigned rest = 0, stop;
      {                                /* (URLs stop at ':' or '.') */
        const unsigned char *s = T.s;
        unsigned k, m;
        /* most words end within a few bytes: a byte loop for those, then
        ** 16 bytes a step for a long run */
        for (m = 0; m < 7 && ((k = aclass[s[j]]) & A_WORD); m++) {
          rest |= k;                   /* s[len] is NUL */
          j++;
        }
#if defined(__SSE2__)
        if (m == 7) {
          while (j + 16 <= len) {
            unsigned run = ascii_run16(s + j, &rest);
            j += run;
            if (run < 16) break;
          }
        }
#endif
        while ((k = aclass[s[j]]) & A_WORD) {
          rest |= k;
          j++;
        }
        stop = j < len ? s[j] : ' ';
        if ((aclass[stop] & (A_SPACE | A_NL)) ||
            (cl != A_DIG && (stop == ',' || stop == ';' || stop == ')' ||
                             stop == '?' || stop == '!' || stop == '"'))) {
          gl_tokens *t = out;
          uint32_t kind = (cl == A_DIG && !(rest & ~A_DIG)) ?
                          GL_NUMBER : GL_WORD;
          t->start[t->n] = (uint32_t)i;
          t->end[t->n] = (uint32_t)j;
          t->info[t->n] = kind | shape_flags(cl, rest) | T.pending;
          t->n++;
          T.pending = 0;
          i = j;
          continue;
        }
      }
      i = scan_word(&T, i, (int32_t)c, 1, cl);
      continue;
    }
    if (cl & A_SPACE) {
      T.pending |= GL_F_SPACE;
      i++;
      while (i < len && T.s[i] == ' ') i++;
      continue;
    }
    if (cl & A_NL) {
      if (T.pending & GL_F_NEWLINE) T.pending |= GL_F_PARA;
      T.pending |= GL_F_SPACE | GL_F_NEWLINE | GL_F_LINESTART;
      i++;
      continue;
    }
    if (c < 0x80) {
      uint32_t info;
      switch (c) {                     /* the common marks, directly */
        case ',': case ';': case ':': info = GL_PUNCT; break;
        case '?': case '!': info = GL_PUNCT | GL_F_TERMINAL; break;
        case '(': case '[': case '{': info = GL_PUNCT | GL_F_OPEN; break;
        case ')': case ']': case '}': info = GL_PUNCT | GL_F_CLOSE; break;
        case '.':
          if (i + 1 < len && T.s[i + 1] == '.') info = (uint32_t)-1;
          else info = GL_PUNCT | GL_F_TERMINAL;
          break;
        default: info = (uint32_t)-1; break;
      }
      if (info != (uint32_t)-1) {
        emit(&T, i, i + 1, info);
        i++;
      }
      else
        i = scan_punct(&T, i, (int32_t)c, 1);
      continue;
    }
    l = gl_utf8_decode(T.s + i, len - i, &cp);
    if (l == 0) {
      emit(&T, i, i + 1, GL_OTHER | GL_F_INVALID | GL_F_NONASCII);
      i++;
      continue;
    }
    switch (utf8proc_category(cp)) {
      case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
        i = scan_word(&T, i, cp, l, A_UP);
        break;
      case UTF8PROC_CATEGORY_LL:
        i = scan_word(&T, i, cp, l, A_LO);
        break;
      case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
      case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
      case UTF8PROC_CATEGORY_ME:
        i = scan_word(&T, i, cp, l, A_OL);
        break;
      case UTF8PROC_CATEGORY_ND:
        i = scan_word(&T, i, cp, l, A_DIG);
        break;
      case UTF8PROC_CATEGORY_ZS:
        T.pending |= GL_F_SPACE;
        i += (size_t)l;
        break;
      case UTF8PROC_CATEGORY_ZL:
        if (T.pending & GL_F_NEWLINE) T.pending |= GL_F_PARA;
        T.pending |= GL_F_SPACE | GL_F_NEWLINE | GL_F_LINESTART;
        i += (size_t)l;
        break;
      case UTF8PROC_CATEGORY_ZP:
        T.pending |= GL_F_SPACE | GL_F_NEWLINE | GL_F_LINESTART | GL_F_PARA;
        i += (size_t)l;
        break;
      case UTF8PROC_CATEGORY_CF:
        if (cp == 0x200B) T.pending |= GL_F_SPACE;
        i += (size_t)l;                /* joiners, BOM: no token */
        break;
      case UTF8PROC_CATEGORY_CC:
        if (cp == 0x85) {              /* NEL */
          if (T.pending & GL_F_NEWLINE) T.pending |= GL_F_PARA;
          T.pending |= GL_F_SPACE | GL_F_NEWLINE | GL_F_LINESTART;
          i += (size_t)l;
          break;
        }
        /* FALLTHROUGH */
      default:
        i = scan_punct(&T, i, cp, l);
        break;
    }
  }
  return 0;
}


/*
** The benchmark's ceiling: classify bytes into word and non-word runs and
** record each word run's offsets, nothing else. Returns the run count.
*/
size_t gl_plain_pass (const char *text, size_t len, gl_tokens *out) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = 0;
  if (out->cap < out->n + len / 4 + 16 &&
      tokens_grow(out, out->n + len / 4 + 16) != 0)
    return out->n;
  while (i < len) {
    size_t a;
    while (i < len && !(aclass[s[i]] & (A_WORD | A_HIGH))) i++;
    if (i >= len) break;
    a = i;
    while (i < len && (aclass[s[i]] & (A_WORD | A_HIGH))) i++;
    if (out->n == out->cap && tokens_grow(out, out->n + 1) != 0) break;
    out->start[out->n] = (uint32_t)a;
    out->end[out->n] = (uint32_t)i;
    out->info[out->n] = 0;
    out->n++;
  }
  return out->n;
}
