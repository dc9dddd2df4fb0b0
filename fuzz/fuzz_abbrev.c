/*
** fuzz_abbrev.c: the abbreviation set against a simple model. The input
** is a list of records: one control byte (bit 7: find instead of add; bits
** 0-1: class 1-3; bits 2-6: length 0-31, +1 when it is 31), then that many
** bytes (fewer at the end). Adds of 1-32 bytes succeed and later finds give
** the class last added; other lengths are refused; strings never added are
** not found; the count is the number of distinct strings.
*/
#include "fuzz_common.h"

#define MAXN 4096

typedef struct entry { const uint8_t *s; size_t len; int cls; } entry;

static int model_find (const entry *m, size_t n, const uint8_t *s,
                       size_t len) {
  size_t i;
  for (i = 0; i < n; i++)
    if (m[i].len == len && memcmp(m[i].s, s, len) == 0) return (int)i;
  return -1;
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  static entry model[MAXN];
  size_t nm = 0, p = 0, i;
  gl_abbrev *ab = gl_abbrev_new();
  CHECK(ab != NULL, "oom");
  CHECK(gl_abbrev_find(ab, "x", 1) == 0, "empty set finds x");
  while (p < size && nm < MAXN) {
    unsigned ctl = data[p++];
    size_t len = (ctl >> 2) & 31;
    int cls = (int)(ctl & 3);
    const uint8_t *s = data + p;
    int at;
    if (len == 31) len = 32 + (cls == 0);    /* 32, and 33: too long */
    if (cls == 0) cls = GL_ABBREV_KEEP;
    if (len > size - p) len = size - p;
    p += len;
    at = model_find(model, nm, s, len);
    if (ctl & 0x80) {
      int want = at >= 0 ? model[at].cls : 0;
      int got = gl_abbrev_find(ab, (const char *)s, len);
      CHECK(got == want, "find of %zu bytes gave %d, not %d", len, got,
            want);
    }
    else {
      int r = gl_abbrev_add(ab, (const char *)s, len, cls);
      if (len == 0 || len > 32) {
        CHECK(r == -2, "add of %zu bytes gave %d", len, r);
        continue;
      }
      CHECK(r == 0, "add of %zu bytes failed: %d", len, r);
      if (at >= 0) model[at].cls = cls;
      else { model[nm].s = s; model[nm].len = len; model[nm].cls = cls; nm++; }
    }
    CHECK(gl_abbrev_count(ab) == nm, "count %zu, model %zu",
          gl_abbrev_count(ab), nm);
  }
  for (i = 0; i < nm; i++)
    CHECK(gl_abbrev_find(ab, (const char *)model[i].s, model[i].len) ==
          model[i].cls, "entry %zu lost", i);
  gl_abbrev_free(ab);
  return 0;
}
