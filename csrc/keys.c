/*
** keys.c: finding a token's key id in an interning table of folded keys,
** fast: ASCII tokens are lower-cased while they are hashed (no copy), a bit
** filter turns most absent words away in one cache line, and a small memo
** of recent tokens answers the words a text repeats. Shared by the
** dictionary matcher and the pattern VM. The interning tables' hash is
** here too: it reads a word eight bytes at a time, and a short word in two
** loads (see pack), so that a token's hash costs no loop over its bytes.
*/
#include <stdlib.h>
#include <string.h>

#include "glean.h"

#define LC(c) ((unsigned char)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)))
#define L4(c) LC(c), LC((c) + 1), LC((c) + 2), LC((c) + 3)
#define L16(c) L4(c), L4((c) + 4), L4((c) + 8), L4((c) + 12)
#define L64(c) L16(c), L16((c) + 16), L16((c) + 32), L16((c) + 48)

static const unsigned char lower[256] = { L64(0), L64(64), L64(128), L64(192) };

/* (the few helpers of the hot path: inlined, whatever gcc guesses) */
#if defined(__GNUC__)
#define HOT static inline __attribute__((always_inline))
#else
#define HOT static inline
#endif

#define MEMO_SIZE 4096
#define SHORT 16              /* a word this long packs into two words */

#define ONES 0x0101010101010101ULL
#define HIGH_BITS 0x8080808080808080ULL
#define K1 0x9E3779B97F4A7C15ULL
#define K2 0xC2B2AE3D27D4EB4FULL

/*
** A memoized word is its length and its packed bytes (see pack): three
** integer compares where a memcmp call was, and the memo's slot comes from
** the same two words.
*/
typedef struct {
  uint64_t a, b;
  uint32_t len;               /* 0: empty */
  uint32_t id;
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

HOT uint64_t load64 (const char *s) {
  uint64_t w;
  memcpy(&w, s, 8);
  return w;
}

HOT uint64_t load32 (const char *s) {
  uint32_t w;
  memcpy(&w, s, 4);
  return w;
}

/*
** The 0..SHORT bytes at s as two words, read without a loop and without a
** byte outside s[0..len): the first and the last eight (or four) bytes,
** overlapping in the middle; below four, the first, middle and last byte.
** Every byte lands in a or b at a place set by len, so two texts of one
** length with the same a and b are the same text.
*/
HOT void pack (const char *s, size_t len, uint64_t *a, uint64_t *b) {
  if (len >= 8) {
    *a = load64(s);
    *b = load64(s + len - 8);
    return;
  }
  *b = 0;
  if (len >= 4) *a = load32(s) | load32(s + len - 4) << 32;
  else if (len > 0)
    *a = (uint64_t)(unsigned char)s[0] |
         (uint64_t)(unsigned char)s[len / 2] << 8 |
         (uint64_t)(unsigned char)s[len - 1] << 16;
  else *a = 0;
}

/* the bytes of w lower-cased, where every byte of w is ASCII: 0x20 is
** added to the bytes from 'A' to 'Z' (no byte carries into the next) */
HOT uint64_t lower_word (uint64_t w) {
  uint64_t ge_a = (w + (0x80 - 'A') * ONES) & HIGH_BITS;
  uint64_t gt_z = (w + (0x80 - 'Z' - 1) * ONES) & HIGH_BITS;
  return w | ((ge_a & ~gt_z) >> 2);
}

/* the hash of two words of bytes after h: a product mixes its factor's
** bits upwards only, so each high half is folded down before the next
** step (a probe uses the low bits) */
HOT uint32_t finish (uint64_t h, uint64_t a, uint64_t b) {
  h = (h ^ a) * K1;
  h = ((h ^ (h >> 32)) ^ b) * K2;
  return (uint32_t)(h ^ (h >> 32));
}

/* hash of a text longer than SHORT, lower-cased first if low (ASCII
** only): eight bytes a step, the last sixteen as for a short word */
static uint32_t hash_long (const char *s, size_t len, int low) {
  uint64_t h = len, a, b;
  size_t i;
  for (i = 0; i + SHORT < len; i += 8) {
    uint64_t w = load64(s + i);
    h = (h ^ (low ? lower_word(w) : w)) * K1;
    h ^= h >> 32;
  }
  a = load64(s + len - 16);
  b = load64(s + len - 8);
  if (low) {
    a = lower_word(a);
    b = lower_word(b);
  }
  return finish(h, a, b);
}

/* the hash of the interning tables (gazetteer.c) */
uint32_t gl_key_hash (const char *s, size_t len) {
  uint64_t a, b;
  if (len > SHORT) return hash_long(s, len, 0);
  pack(s, len, &a, &b);
  return finish(len, a, b);
}

/*
** id of the key of ASCII s of len <= SHORT bytes, packed as a and b
** (lower-cased here), or 0. Inlined into its one caller: the common case
** of the hot path, with no call or second prologue.
*/
HOT uint32_t find_short (const gl_intern *t, const uint64_t *bits,
                         size_t nbits, size_t len, uint64_t a, uint64_t b) {
  uint32_t h;
  size_t i, mask;
  a = lower_word(a);
  b = lower_word(b);
  h = finish(len, a, b);
  if (bits && !gl_filter_has(bits, nbits, h)) return 0;
  mask = t->nslots - 1;
  for (i = h & mask;; i = (i + 1) & mask) {
    uint64_t v = t->slots[i];
    uint32_t id = (uint32_t)v;
    uint64_t ka, kb;
    if (v == 0) return 0;
    if ((uint32_t)(v >> 32) != h || t->len[id - 1] != len) continue;
    pack(t->arena + t->off[id - 1], len, &ka, &kb);
    if (ka == a && kb == b) return id;
  }
}

/* id of the key of ASCII s, longer than SHORT (lower-cased on the fly),
** or 0 */
static uint32_t find_long (const gl_intern *t, const uint64_t *bits,
                           size_t nbits, const char *s, size_t len) {
  uint32_t h = hash_long(s, len, 1);
  size_t i, mask;
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

/* id of the key of s, which has a byte >= 0x80 (folded into tmp), or 0 */
static uint32_t find_folded (const gl_intern *t, const char *s, size_t len,
                             gl_buf *tmp) {
  tmp->n = 0;
  return gl_fold(s, len, tmp) != 0 ? 0 : gl_intern_find(t, tmp->p, tmp->n);
}

static int all_ascii (const char *s, size_t len) {
  size_t i;
  for (i = 0; i < len; i++)
    if ((unsigned char)s[i] >= 0x80) return 0;
  return 1;
}

/* gl_keys_find's work, inlined into it and into gl_keys_find_tokens' loop
** (t is not empty) */
HOT uint32_t keys_find (const gl_intern *t, const uint64_t *bits, size_t nbits,
                        const char *s, size_t len, gl_keymemo *memo,
                        gl_buf *tmp) {
  uint64_t a, b;
  memo_entry *e = NULL;
  uint32_t id;
  if (len > SHORT) {                 /* (rare: not memoized) */
    if (all_ascii(s, len)) return find_long(t, bits, nbits, s, len);
    return find_folded(t, s, len, tmp);
  }
  pack(s, len, &a, &b);
  if (memo != NULL && len != 0) {
    e = &memo->e[(((a ^ len) * K1 ^ b * K2) >> 40) & memo->mask];
    if (e->a == a && e->b == b && e->len == len) return e->id;
  }
  /* (the packed words hold every byte: their high bits say "not ASCII") */
  if (((a | b) & HIGH_BITS) == 0) id = find_short(t, bits, nbits, len, a, b);
  else id = find_folded(t, s, len, tmp);
  if (e != NULL) {
    e->a = a;
    e->b = b;
    e->len = (uint32_t)len;
    e->id = id;
  }
  return id;
}

/*
** Key id of the token text s[0..len) in t, or 0. bits/nbits: a filter of
** t's key hashes (NULL: none); memo: recent answers (NULL: none); tmp:
** scratch for folding non-ASCII text.
*/
uint32_t gl_keys_find (const gl_intern *t, const uint64_t *bits, size_t nbits,
                       const char *s, size_t len, gl_keymemo *memo,
                       gl_buf *tmp) {
  if (t->count == 0 || t->nslots == 0) return 0;
  return keys_find(t, bits, nbits, s, len, memo, tmp);
}

/*
** gl_keys_find for tokens from..to-1 of tk (text s), into out[0..to-from):
** one call for a run of tokens, where the matcher would make one a token
*/
void gl_keys_find_tokens (const gl_intern *t, const uint64_t *bits,
                          size_t nbits, const char *s, const gl_tokens *tk,
                          size_t from, size_t to, gl_keymemo *memo,
                          gl_buf *tmp, uint32_t *out) {
  size_t j;
  if (t->count == 0 || t->nslots == 0) {
    for (j = from; j < to; j++) out[j - from] = 0;
    return;
  }
  for (j = from; j < to; j++)
    out[j - from] = keys_find(t, bits, nbits, s + tk->start[j],
                              tk->end[j] - tk->start[j], memo, tmp);
}
