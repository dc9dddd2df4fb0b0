/*
** fuzz_fold.c: gl_fold on arbitrary bytes. Checks: it succeeds; it only
** appends (what the buffer held stays) and repeats itself; ASCII input
** folds to its lower case; a key can be folded again.
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  gl_buf b = {NULL, 0, 0}, again = {NULL, 0, 0};
  size_t i, ascii = 1;
  const char *s = (const char *)data;
  for (i = 0; i < size; i++)
    if (data[i] >= 0x80) { ascii = 0; break; }
  CHECK(gl_fold(s, size, &b) == 0, "gl_fold failed");
  CHECK(b.n <= b.cap, "n %zu > cap %zu", b.n, b.cap);
  if (ascii) {
    CHECK(b.n == size, "ASCII folded from %zu to %zu bytes", size, b.n);
    for (i = 0; i < size; i++) {
      unsigned c = data[i];
      CHECK((unsigned char)b.p[i] == ((c >= 'A' && c <= 'Z') ? c + 32 : c),
            "byte %zu", i);
    }
  }
  /* appending: a second fold goes after the first, which stays */
  {
    size_t n1 = b.n;
    char *copy = (char *)malloc(n1 + 1);
    CHECK(copy != NULL, "oom");
    if (n1) memcpy(copy, b.p, n1);
    CHECK(gl_fold(s, size, &b) == 0, "second gl_fold failed");
    CHECK(b.n == 2 * n1, "second fold appended %zu bytes, not %zu",
          b.n - n1, n1);
    CHECK(n1 == 0 || memcmp(copy, b.p, n1) == 0, "the first key changed");
    CHECK(n1 == 0 || memcmp(copy, b.p + n1, n1) == 0, "fold not repeatable");
    /* a key folds to itself once more when it is valid UTF-8 */
    CHECK(gl_fold(copy, n1, &again) == 0, "fold of the key failed");
    free(copy);
  }
  gl_buf_free(&b);
  gl_buf_free(&again);
  return 0;
}
