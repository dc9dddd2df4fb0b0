/*
** sentences.c: sentence boundaries over a token stream. Pure C: it reads
** token kinds and flags (terminal punctuation, abbreviations, quote sides,
** line breaks) and never a word. A sentence ends after . ? ! or an
** ellipsis (with any closing quotes and brackets that follow) when the next
** token can start one, never inside an open double quotation, and at line
** breaks, except inside paragraphs of hard-wrapped text.
*/
#include <stdlib.h>
#include <string.h>

#include "glean.h"

#define KIND(x) ((x) & GL_KIND_MASK)

#define WRAP_MIN 40          /* shortest width taken as hard wrapping */
#define WRAP_MAX 120         /* longest */
#define WRAP_SLACK 20        /* a wrapped line is at most this much shorter */

typedef struct wrapinfo {
  int wrapped;
  size_t width;
} wrapinfo;

static size_t trimmed_len (const char *a, const char *b) {
  while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r')) b--;
  while (a < b && (*a == ' ' || *a == '\t')) a++;
  return (size_t)(b - a);
}

/*
** Is the text hard-wrapped (lines broken at a fixed width inside
** paragraphs)? Looks at lines followed by a non-empty line: most of them
** must be within WRAP_SLACK bytes of the longest, which is at most WRAP_MAX.
*/
static wrapinfo detect_wrap (const char *s, size_t len) {
  size_t hist[WRAP_MAX + 1];
  size_t cand = 0, longer = 0, width = 0, near = 0, k;
  const char *p = s, *end = s + len;
  size_t prevlen = 0;
  int have_prev = 0;
  wrapinfo w = {0, 0};
  memset(hist, 0, sizeof(hist));
  while (p < end) {
    const char *nl = (const char *)memchr(p, '\n', (size_t)(end - p));
    const char *le = nl ? nl : end;
    size_t l = trimmed_len(p, le);
    if (have_prev && prevlen > 0 && l > 0) {   /* previous line continues */
      cand++;
      if (prevlen > WRAP_MAX) longer++;
      else hist[prevlen]++;
    }
    prevlen = l;
    have_prev = 1;
    if (!nl) break;
    p = nl + 1;
  }
  if (cand < 3 || longer * 10 > cand) return w;
  for (k = WRAP_MAX; k > 0; k--)
    if (hist[k]) { width = k; break; }
  if (width < WRAP_MIN) return w;
  for (k = width - WRAP_SLACK; k <= width; k++) near += hist[k];
  if (near * 10 >= (cand - longer) * 7) {
    w.wrapped = 1;
    w.width = width;
  }
  return w;
}

/*
** Length of the line that ends just before byte offset pos, looking back
** at most LINE_LOOK bytes: a longer line counts as long (the scan must stay
** linear where lines break without '\n', at U+2028).
*/
#define LINE_LOOK 512

/* bytes of a line break (\n, NEL, U+2028, U+2029) ending at e, or 0 */
static size_t break_before (const char *s, size_t e) {
  const unsigned char *u = (const unsigned char *)s;
  if (e >= 1 && u[e - 1] == '\n') return 1;
  if (e >= 2 && u[e - 2] == 0xC2 && u[e - 1] == 0x85) return 2;
  if (e >= 3 && u[e - 3] == 0xE2 && u[e - 2] == 0x80 &&
      (u[e - 1] == 0xA8 || u[e - 1] == 0xA9))
    return 3;
  return 0;
}

static size_t prev_line_len (const char *s, size_t pos) {
  size_t e = pos, b, stop = pos > LINE_LOOK ? pos - LINE_LOOK : 0, k;
  while (e > stop && !break_before(s, e)) e--;   /* start of pos's line */
  if ((k = break_before(s, e)) == 0) return e == 0 ? 0 : LINE_LOOK;
  e -= k;                                        /* the line break */
  b = e;
  stop = e > LINE_LOOK ? e - LINE_LOOK : 0;
  while (b > stop && !break_before(s, b)) b--;
  if (b > 0 && !break_before(s, b)) return LINE_LOOK;
  return trimmed_len(s + b, s + e);
}

static int spans_push (gl_spans *sp, size_t a, size_t b) {
  if (sp->n == sp->cap) {
    size_t ncap = sp->cap ? sp->cap * 2 : 64;
    uint32_t *f = (uint32_t *)realloc(sp->first, ncap * sizeof(uint32_t));
    uint32_t *l;
    if (f == NULL) return -1;
    sp->first = f;
    l = (uint32_t *)realloc(sp->last, ncap * sizeof(uint32_t));
    if (l == NULL) return -1;
    sp->last = l;
    sp->cap = ncap;
  }
  sp->first[sp->n] = (uint32_t)a;
  sp->last[sp->n] = (uint32_t)b;
  sp->n++;
  return 0;
}

void gl_spans_free (gl_spans *sp) {
  free(sp->first);
  free(sp->last);
  sp->first = sp->last = NULL;
  sp->n = sp->cap = 0;
}

/* quote depth after token info x (double marks only) */
static int quote_depth (uint32_t x, int depth) {
  if (KIND(x) != GL_QUOTE || (x & GL_F_SINGLE)) return depth;
  if (x & GL_F_OPEN) return depth < 1000 ? depth + 1 : depth;
  if (x & GL_F_CLOSE) return depth > 0 ? depth - 1 : 0;
  return depth > 0 ? depth - 1 : 1;           /* ambiguous: toggle */
}

/* can a token with info x start a sentence after terminal punctuation? */
static int can_start (uint32_t x) {
  if (!(x & GL_F_SPACE)) return 0;
  if (x & GL_F_CAP) return 1;
  switch (KIND(x)) {
    case GL_QUOTE: return (x & GL_F_OPEN) != 0 || !(x & GL_F_CLOSE);
    case GL_PUNCT: return (x & GL_F_OPEN) != 0;
    case GL_NUMBER: case GL_BULLET: return 1;
    default: return 0;
  }
}

/* does a run of tokens after a terminal mark continue it (.” ?! .)) */
static int continues_terminal (uint32_t x) {
  if (x & GL_F_SPACE) return 0;
  if (x & GL_F_TERMINAL) return 1;
  if (KIND(x) == GL_QUOTE) return !(x & GL_F_OPEN);
  return KIND(x) == GL_PUNCT && (x & GL_F_CLOSE);
}

/*
** Ends suppressed because a quotation was open: if it closes, they were
** inside the quotation and stay suppressed; if the paragraph ends with it
** still open (an unbalanced mark), they are sentence ends after all.
*/
typedef struct pending {
  gl_spans ends;      /* first: last token of a sentence, last: next start */
} pending;

/* the suppressed ends before token limit become sentence ends */
static int flush_pending (pending *pd, size_t *start, size_t limit,
                          gl_spans *out) {
  size_t i;
  for (i = 0; i < pd->ends.n && pd->ends.last[i] < limit; i++) {
    if (spans_push(out, *start, pd->ends.first[i]) != 0) return -1;
    *start = pd->ends.last[i];
  }
  pd->ends.n = 0;
  return 0;
}

/*
** Split the tokens t of text s into sentences (token index ranges) in out.
** Returns 0, or -1 out of memory.
*/
int gl_sentences (const char *s, size_t len, const gl_tokens *t,
                  enum gl_wrap wrap, gl_spans *out) {
  size_t k, start = 0, nt = t->n;
  int depth = 0, r = 0;
  wrapinfo w = {0, 0};
  pending pd;
  memset(&pd, 0, sizeof(pd));
  if (nt == 0) return 0;
  if (wrap == GL_WRAP_AUTO) w = detect_wrap(s, len);
  else if (wrap == GL_WRAP_YES) {
    w = detect_wrap(s, len);
    w.wrapped = 1;
    if (w.width == 0) w.width = 72;
  }
  for (k = 0; k < nt && r == 0; k++) {
    uint32_t x = t->info[k];
    if (k > start && (x & GL_F_NEWLINE)) {
      int boundary = 1;
      if (w.wrapped && !(x & GL_F_PARA) && KIND(x) != GL_BULLET &&
          prev_line_len(s, t->start[k]) + WRAP_SLACK >= w.width)
        boundary = 0;                        /* a wrapped line goes on */
      if (boundary) {
        if ((depth > 0 && flush_pending(&pd, &start, k, out) != 0) ||
            spans_push(out, start, k - 1) != 0) { r = -1; break; }
        pd.ends.n = 0;
        start = k;
        depth = 0;
      }
    }
    depth = quote_depth(x, depth);
    if (depth == 0) pd.ends.n = 0;           /* the quotation closed */
    if ((x & GL_F_TERMINAL) || (x & GL_F_MAYEND)) {
      size_t j = k + 1;
      while (j < nt && continues_terminal(t->info[j])) {
        depth = quote_depth(t->info[j], depth);
        if (depth == 0) pd.ends.n = 0;
        j++;
      }
      k = j - 1;
      if (j < nt && can_start(t->info[j])) {
        if ((x & GL_F_MAYEND) && !(t->info[j] & GL_F_CAP)) continue;
        if (depth == 0) {
          if (spans_push(out, start, k) != 0) { r = -1; break; }
          start = j;
        }
        else if (spans_push(&pd.ends, k, j) != 0) { r = -1; break; }
      }
    }
  }
  if (r == 0 && start < nt) {
    if ((depth > 0 && flush_pending(&pd, &start, nt, out) != 0) ||
        spans_push(out, start, nt - 1) != 0)
      r = -1;
  }
  gl_spans_free(&pd.ends);
  return r;
}
