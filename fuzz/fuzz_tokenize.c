/*
** fuzz_tokenize.c: gl_tokenize and gl_sentences on arbitrary bytes, with
** no abbreviations and with a small set, the splitter in every wrap mode.
** Checks: tokens in bounds, ordered, non-overlapping; every byte outside
** the tokens is white space (ASCII space or a Zs/Zl/Zp/Cf code point or
** NEL, the characters the tokenizer skips); an "invalid" token is one byte
** that does not decode, any other token is valid UTF-8; kinds and flags in
** range; a line break implies white space before. Sentences: non-empty,
** ordered token ranges that cover all tokens contiguously; with wrap "no",
** every token after a line break starts one.
*/
#include <utf8proc.h>

#include "fuzz_common.h"

static gl_abbrev *abbrevs;

static void make_abbrevs (void) {
  static const struct { const char *s; int cls; } list[] = {
    {"Dr.", GL_ABBREV_KEEP}, {"Mr.", GL_ABBREV_KEEP},
    {"Gen.", GL_ABBREV_KEEP}, {"St.", GL_ABBREV_KEEP},
    {"Jan.", GL_ABBREV_KEEP}, {"e.g.", GL_ABBREV_KEEP},
    {"U.S.", GL_ABBREV_KEEP}, {"etc.", GL_ABBREV_MAYEND},
    {"Inc.", GL_ABBREV_MAYEND}, {"a.m.", GL_ABBREV_MAYEND},
    {"No.", GL_ABBREV_NUM}, {"p.", GL_ABBREV_NUM},
    {"\xd0\xb3.", GL_ABBREV_KEEP},                 /* г. */
    {"\xd1\x83\xd0\xbb.", GL_ABBREV_KEEP},         /* ул. */
  };
  size_t i;
  abbrevs = gl_abbrev_new();
  CHECK(abbrevs != NULL, "out of memory");
  for (i = 0; i < sizeof(list) / sizeof(list[0]); i++)
    CHECK(gl_abbrev_add(abbrevs, list[i].s, strlen(list[i].s),
                        list[i].cls) == 0, "add %s", list[i].s);
}

/* a character the tokenizer may skip: is s[i..) one, and how long */
static size_t skippable (const unsigned char *s, size_t len, size_t i) {
  int32_t cp;
  int l;
  unsigned c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
      c == '\v')
    return 1;
  if (c < 0x80) return 0;
  l = gl_utf8_decode(s + i, len - i, &cp);
  if (l == 0) return 0;
  if (cp == 0x85) return (size_t)l;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CF:
      return (size_t)l;
    default:
      return 0;
  }
}

static void check_valid_utf8 (const unsigned char *s, size_t a, size_t b) {
  while (a < b) {
    int32_t cp;
    int l = gl_utf8_decode(s + a, b - a, &cp);
    CHECK(l > 0, "token byte %zu does not decode inside the token", a);
    a += (size_t)l;
  }
}

static void check_tokens (const unsigned char *s, size_t len,
                          const gl_tokens *t) {
  size_t k, at = 0;
  CHECK(t->n <= t->cap, "n %zu > cap %zu", t->n, t->cap);
  CHECK(t->n <= len, "%zu tokens for %zu bytes", t->n, len);
  for (k = 0; k < t->n; k++) {
    size_t a = t->start[k], b = t->end[k];
    uint32_t x = t->info[k];
    CHECK(a < b, "token %zu empty or reversed [%zu, %zu)", k, a, b);
    CHECK(b <= len, "token %zu [%zu, %zu) past the end %zu", k, a, b, len);
    CHECK(a >= at, "token %zu starts at %zu before the previous end %zu",
          k, a, at);
    while (at < a) {                  /* the gap: skipped characters only */
      size_t l = skippable(s, len, at);
      CHECK(l > 0 && at + l <= a, "byte %zu (0x%02x) before token %zu is "
            "covered by no token", at, s[at], k);
      at += l;
    }
    CHECK((x & GL_KIND_MASK) < GL_NKINDS, "token %zu kind %u", k,
          x & GL_KIND_MASK);
    CHECK((x >> (GL_KIND_BITS + GL_NFLAGS)) == 0, "token %zu info %x", k, x);
    CHECK(!(x & GL_F_NEWLINE) || (x & GL_F_SPACE),
          "token %zu: newline_before without space_before", k);
    CHECK(!(x & GL_F_PARA) || (x & GL_F_NEWLINE),
          "token %zu: para_before without newline_before", k);
    if (x & GL_F_INVALID) {
      int32_t cp;
      CHECK(b == a + 1, "invalid token %zu is %zu bytes", k, b - a);
      CHECK(gl_utf8_decode(s + a, len - a, &cp) == 0,
            "invalid token %zu decodes", k);
      CHECK((x & GL_KIND_MASK) == GL_OTHER, "invalid token %zu kind", k);
    }
    else
      check_valid_utf8(s, a, b);
    at = b;
  }
  while (at < len) {
    size_t l = skippable(s, len, at);
    CHECK(l > 0 && at + l <= len, "byte %zu (0x%02x) after the last token "
          "is covered by no token", at, s[at]);
    at += l;
  }
}

static void check_sentences (const char *s, size_t len, const gl_tokens *t,
                             enum gl_wrap wrap) {
  gl_spans sp = {NULL, NULL, 0, 0};
  size_t i;
  CHECK(gl_sentences(s, len, t, wrap, &sp) == 0, "gl_sentences failed");
  if (t->n == 0)
    CHECK(sp.n == 0, "%zu sentences without tokens", sp.n);
  else {
    CHECK(sp.n >= 1 && sp.n <= t->n, "%zu sentences for %zu tokens", sp.n,
          t->n);
    CHECK(sp.first[0] == 0, "first sentence starts at token %u",
          sp.first[0]);
    CHECK(sp.last[sp.n - 1] == t->n - 1, "last sentence ends at token %u "
          "of %zu", sp.last[sp.n - 1], t->n);
    for (i = 0; i < sp.n; i++) {
      CHECK(sp.first[i] <= sp.last[i], "sentence %zu is [%u, %u]", i,
            sp.first[i], sp.last[i]);
      if (i > 0)
        CHECK(sp.first[i] == sp.last[i - 1] + 1, "sentence %zu starts at "
              "%u after one ending at %u", i, sp.first[i], sp.last[i - 1]);
    }
    if (wrap == GL_WRAP_NO) {          /* every line break ends a sentence */
      size_t k, at = 0;
      for (k = 1; k < t->n; k++) {
        if (!(t->info[k] & GL_F_NEWLINE)) continue;
        while (at < sp.n && sp.first[at] < k) at++;
        CHECK(at < sp.n && sp.first[at] == k, "wrap no: token %zu after a "
              "line break starts no sentence", k);
      }
    }
  }
  gl_spans_free(&sp);
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  char *s = fuzz_cstr(data, size);
  gl_tokens plain = {NULL, NULL, NULL, 0, 0};
  gl_tokens ab = {NULL, NULL, NULL, 0, 0};
  if (abbrevs == NULL) make_abbrevs();
  CHECK(gl_tokenize(s, size, NULL, &plain) == 0, "gl_tokenize failed");
  check_tokens((const unsigned char *)s, size, &plain);
  check_sentences(s, size, &plain, GL_WRAP_AUTO);
  CHECK(gl_tokenize(s, size, abbrevs, &ab) == 0, "gl_tokenize failed");
  check_tokens((const unsigned char *)s, size, &ab);
  check_sentences(s, size, &ab, GL_WRAP_AUTO);
  check_sentences(s, size, &ab, GL_WRAP_NO);
  check_sentences(s, size, &ab, GL_WRAP_YES);
  gl_tokens_free(&plain);
  gl_tokens_free(&ab);
  free(s);
  return 0;
}
