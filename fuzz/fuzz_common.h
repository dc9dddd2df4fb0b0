/*
** fuzz_common.h: shared by the libFuzzer targets in this folder. CHECK
** aborts (a crash libFuzzer records) with the broken invariant and where.
*/
#ifndef GLEAN_FUZZ_COMMON_H
#define GLEAN_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glean.h"

#define CHECK(cond, ...) do { \
    if (!(cond)) { \
      fprintf(stderr, "invariant failed at %s:%d: %s: ", __FILE__, __LINE__, \
              #cond); \
      fprintf(stderr, __VA_ARGS__); \
      fputc('\n', stderr); \
      abort(); \
    } \
  } while (0)

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* a copy of the input with the NUL byte after it that gl_tokenize needs */
static inline char *fuzz_cstr (const uint8_t *data, size_t size) {
  char *s = (char *)malloc(size + 1);
  if (s == NULL) abort();
  if (size) memcpy(s, data, size);
  s[size] = '\0';
  return s;
}

#endif
