/*
** keys.c: finding a token's key id in an interning table of folded keys,
** fast: ASCII tokens are lower-cased while they are hashed (no copy), a bit
** filter turns most absent words away in one cache line, and a small memo
** of recent tokens answers the words a text repeats. Shared by the
** dictionary matcher and the pattern VM.
*/
#include <stdlib.h>
#include <string.h>

#include "glean.h"

#define LC(c) ((unsigned char)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)))
#define L4(c) LC(c), LC((c) + 1), LC((c) + 2), LC((c) + 3)
#define L16(c) L4(c), L4((c) + 4), L4((c) + 8), L4((c) + 12)
#define L64(c) L16(c), L16((c) + 16), L16((c) + 32), L16((c) + 48)

static const unsigned char lower[256] = { L64(0), L64(64), L64(128), L64(192) };

#define MEMO_SIZE 4096
#define MEMO_WORD 20

typedef struct {
  char word[MEMO_WORD];
  uint32_t len;               /* 0: empty */
  uint32_t id;
  uint32_t pad;
} memo_entry;

struct gl_keymemo {
  size_t mask;
  memo_entry e[1];            /* mask + 1 of them */
};

/* a memo for a text of ntokens tokens: no larger than the text needs (a
** short document must not pay for clearing a large one) */
gl_keymemo *gl_keymemo_new (size_t ntokens) {
  size_t size = 64;
  gl_keymemo *m;
  while (size < MEMO_SIZE && size < ntokens) size <<= 1;
  m = (gl_keymemo *)calloc(1, sizeof(gl_keymemo) + (size - 1) * sizeof(memo_entry));
  if (m) m->mask = size - 1;
  return m;
}

/* id of the key of ASCII s (lower-cased on the fly), or 0 */
static uint32_t find_ascii_lower (const gl_intern *t, const uint64_t *bits,
                                  size_t nbits, const char *s, size_t len) {
  uint32_t h = 2166136261u;
  size_t i, mask;
  for (i = 0; i < len; i++) {
    h ^= lower[(unsigned char)s[i]];
    h *= 16777619u;
  }
  if (bits && !gl_filter_has(bits, nbits, h)) return 0;
  mask = t->nslots - 1;
  for (i = h & mask;; i = (i + 1) & mask) {
    uint64_t v = t->slots[i];
    uint32_t id = (uint32_t)v;
    const char *k;
    size_t j;
    if (v == 0) return 0;
    if ((uint32_t)(v >> 32) != h || t->len[id - 1] != len) continue;
    k = t->arena + t->off[id - 1];
    for (j = 0; j < len; j++)
      if ((char)lower[(unsigned char)s[j]] != k[j]) break;
    if (j == len) return id;
  }
}

/*
** Key id of the token text s[0..len) in t, or 0. bits/nbits: a filter of
** t's key hashes (NULL: none); memo: recent answers (NULL: none); tmp:
** scratch for folding non-ASCII text.
*/
uint32_t gl_keys_find (const gl_intern *t, const uint64_t *bits, size_t nbits,
                       const char *s, size_t len, gl_keymemo *memo,
                       gl_buf *tmp) {
  size_t i;
  uint32_t h = 2166136261u, id;
  int slot = -1;
  if (t->count == 0 || t->nslots == 0) return 0;
  if (memo && len <= MEMO_WORD) {
    for (i = 0; i < len; i++) {
      h ^= (unsigned char)s[i];
      h *= 16777619u;
    }
    slot = (int)((h ^ (h >> 15)) & memo->mask);
    if (memo->e[slot].len == len && memcmp(memo->e[slot].word, s, len) == 0)
      return memo->e[slot].id;
  }
  for (i = 0; i < len; i++)
    if ((unsigned char)s[i] >= 0x80) break;
  if (i == len)
    id = find_ascii_lower(t, bits, nbits, s, len);
  else {
    tmp->n = 0;
    id = gl_fold(s, len, tmp) != 0 ? 0 : gl_intern_find(t, tmp->p, tmp->n);
  }
  if (slot >= 0) {
    memcpy(memo->e[slot].word, s, len);
    memo->e[slot].len = (uint32_t)len;
    memo->e[slot].id = id;
  }
  return id;
}
