/*
** alloc.c: storage for large per-token arrays. Small arrays live on the
** heap; from GL_BIG_ARRAY bytes up, on Linux, they are mappings advised to
** use transparent huge pages, so that a 50 MB text costs tens of page
** faults instead of tens of thousands, and growing one (mremap) copies
** nothing. The size of a block decides where it lives, so callers pass the
** old size along.
*/
#if defined(__linux__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE
#endif

#include <stdlib.h>
#include <string.h>

#include "glean.h"

#if defined(__linux__)
#include <sys/mman.h>
#define GL_HAVE_MMAP 1
#else
#define GL_HAVE_MMAP 0
#endif

#define GL_BIG_ARRAY ((size_t)1 << 21)

#if GL_HAVE_MMAP

static size_t round_up (size_t n) {
  return (n + GL_BIG_ARRAY - 1) & ~(GL_BIG_ARRAY - 1);
}

static void *big_map (size_t size) {
  void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return NULL;
#if defined(MADV_HUGEPAGE)
  madvise(p, size, MADV_HUGEPAGE);
#endif
  return p;
}

#endif

/* resize a block of oldsize bytes (p NULL when oldsize is 0) */
void *gl_array_realloc (void *p, size_t oldsize, size_t newsize) {
#if GL_HAVE_MMAP
  if (newsize >= GL_BIG_ARRAY) {
    void *q;
    newsize = round_up(newsize);
    if (oldsize >= GL_BIG_ARRAY) {
      oldsize = round_up(oldsize);
      if (newsize == oldsize) return p;
      q = mremap(p, oldsize, newsize, MREMAP_MAYMOVE);
      return q == MAP_FAILED ? NULL : q;
    }
    if ((q = big_map(newsize)) == NULL) return NULL;
    if (oldsize > 0) memcpy(q, p, oldsize);
    free(p);
    return q;
  }
  if (oldsize >= GL_BIG_ARRAY) {            /* shrinking back to the heap */
    void *q = malloc(newsize ? newsize : 1);
    if (q == NULL) return NULL;
    memcpy(q, p, newsize);
    munmap(p, round_up(oldsize));
    return q;
  }
#else
  (void)oldsize;
#endif
  return realloc(p, newsize ? newsize : 1);
}

void gl_array_free (void *p, size_t size) {
  if (p == NULL) return;
#if GL_HAVE_MMAP
  if (size >= GL_BIG_ARRAY) {
    munmap(p, round_up(size));
    return;
  }
#else
  (void)size;
#endif
  free(p);
}
