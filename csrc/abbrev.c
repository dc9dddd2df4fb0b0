/*
** abbrev.c: the set of abbreviations that keep their period ("Dr.",
** "etc.", "e.g."). The strings come from Lua word lists; C only stores and
** finds them (open addressing, FNV-1a). It holds no word of its own.
*/
#include <stdlib.h>
#include <string.h>

#include "glean.h"

#define GL_ABBREV_MAXLEN 32

typedef struct slot {
  uint32_t off;     /* offset of the string in the arena, +1 (0 = empty) */
  uint16_t len;
  uint16_t cls;
} slot;

struct gl_abbrev {
  slot *slots;
  size_t nslots, count;
  char *arena;
  size_t used, size;
};


gl_abbrev *gl_abbrev_new (void) {
  gl_abbrev *ab = (gl_abbrev *)calloc(1, sizeof(gl_abbrev));
  if (ab == NULL) return NULL;
  ab->nslots = 64;
  ab->slots = (slot *)calloc(ab->nslots, sizeof(slot));
  if (ab->slots == NULL) { free(ab); return NULL; }
  return ab;
}


void gl_abbrev_free (gl_abbrev *ab) {
  if (ab == NULL) return;
  free(ab->slots);
  free(ab->arena);
  free(ab);
}


size_t gl_abbrev_count (const gl_abbrev *ab) {
  return ab->count;
}


static slot *lookup (const gl_abbrev *ab, const char *s, size_t len) {
  size_t mask = ab->nslots - 1;
  size_t i = gl_hash(s, len) & mask;
  for (;;) {
    slot *sl = &ab->slots[i];
    if (sl->off == 0) return sl;
    if (sl->len == len && memcmp(ab->arena + sl->off - 1, s, len) == 0)
      return sl;
    i = (i + 1) & mask;
  }
}


static int grow (gl_abbrev *ab) {
  size_t i, old = ab->nslots;
  slot *olds = ab->slots;
  ab->nslots = old * 2;
  ab->slots = (slot *)calloc(ab->nslots, sizeof(slot));
  if (ab->slots == NULL) { ab->slots = olds; ab->nslots = old; return -1; }
  for (i = 0; i < old; i++) {
    if (olds[i].off != 0) {
      slot *sl = lookup(ab, ab->arena + olds[i].off - 1, olds[i].len);
      *sl = olds[i];
    }
  }
  free(olds);
  return 0;
}


/*
** Add (or re-class) an abbreviation. Returns 0, -1 out of memory, -2 when
** the string is empty or longer than GL_ABBREV_MAXLEN bytes.
*/
int gl_abbrev_add (gl_abbrev *ab, const char *s, size_t len, int cls) {
  slot *sl;
  if (len == 0 || len > GL_ABBREV_MAXLEN) return -2;
  if ((ab->count + 1) * 2 > ab->nslots && grow(ab) != 0) return -1;
  sl = lookup(ab, s, len);
  if (sl->off == 0) {
    if (ab->used + len > ab->size) {
      size_t nsize = ab->size ? ab->size * 2 : 1024;
      char *p;
      while (nsize < ab->used + len) nsize *= 2;
      p = (char *)realloc(ab->arena, nsize);
      if (p == NULL) return -1;
      ab->arena = p;
      ab->size = nsize;
    }
    memcpy(ab->arena + ab->used, s, len);
    sl->off = (uint32_t)ab->used + 1;
    sl->len = (uint16_t)len;
    ab->used += len;
    ab->count++;
  }
  sl->cls = (uint16_t)cls;
  return 0;
}


/* class of s (GL_ABBREV_KEEP, _MAYEND, _NUM or _PLACE), or 0 when absent */
int gl_abbrev_find (const gl_abbrev *ab, const char *s, size_t len) {
  if (ab == NULL || ab->count == 0 || len == 0 || len > GL_ABBREV_MAXLEN)
    return 0;
  return lookup(ab, s, len)->cls;
}
