/*
** gazetteer.c: the phrase dictionary behind glean's word lists. Pure C, no
** Lua state and no English: phrases arrive as token keys (folded by
** utf8.c), each with a payload of strings the caller chose (label,
** canonical name, kind, flags, extra, list name).
**
** A phrase is a path in a trie whose edges are token key ids; a payload
** hangs on the node where its phrase ends. Everything lives in flat arrays
** (two interning tables, one edge hash, node and payload arrays), so the
** automaton saves to a file and loads back with a few reads.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glean.h"

/*
** {======================================================
** Interning tables: string <-> id (ids start at 1)
** =======================================================
*/

/* the smallest power of two >= n */
size_t gl_pow2 (size_t n) {
  size_t p = 1;
  while (p < n) p *= 2;
  return p;
}

static int grow_array (void **p, size_t *cap, size_t need, size_t elem) {
  size_t ncap = *cap ? *cap : 16;
  void *q;
  if (need <= *cap) return 0;
  while (ncap < need) ncap *= 2;
  q = gl_array_realloc(*p, *cap * elem, ncap * elem);
  if (q == NULL) return -1;
  *p = q;
  *cap = ncap;
  return 0;
}

static void intern_free (gl_intern *t) {
  gl_array_free(t->slots, t->nslots * sizeof(uint64_t));
  gl_array_free(t->off, t->cap * sizeof(uint32_t));
  gl_array_free(t->len, t->cap * sizeof(uint32_t));
  gl_array_free(t->arena, t->arena_cap);
  memset(t, 0, sizeof(*t));
}

/* slot of s in the table: holds its id, or 0 where it would go */
static uint64_t *intern_slot (const gl_intern *t, const char *s, size_t len,
                              uint32_t h) {
  size_t mask = t->nslots - 1, i = h & mask;
  for (;;) {
    uint64_t v = t->slots[i];
    uint32_t id = (uint32_t)v;
    if (v == 0) return &t->slots[i];
    if ((uint32_t)(v >> 32) == h && t->len[id - 1] == len &&
        memcmp(t->arena + t->off[id - 1], s, len) == 0)
      return &t->slots[i];
    i = (i + 1) & mask;
  }
}

static int intern_rehash (gl_intern *t, size_t nslots) {
  uint64_t *slots = (uint64_t *)gl_array_realloc(NULL, 0,
                                                 nslots * sizeof(uint64_t));
  size_t id, mask = nslots - 1;
  if (slots == NULL) return -1;
  memset(slots, 0, nslots * sizeof(uint64_t));
  for (id = 1; id <= t->count; id++) {
    uint32_t h = gl_key_hash(t->arena + t->off[id - 1], t->len[id - 1]);
    size_t i = h & mask;
    while (slots[i] != 0) i = (i + 1) & mask;
    slots[i] = ((uint64_t)h << 32) | id;
  }
  gl_array_free(t->slots, t->nslots * sizeof(uint64_t));
  t->slots = slots;
  t->nslots = nslots;
  return 0;
}

/* id of s, or 0 */
uint32_t gl_intern_find (const gl_intern *t, const char *s, size_t len) {
  if (t->count == 0 || t->nslots == 0) return 0;
  return (uint32_t)*intern_slot(t, s, len, gl_key_hash(s, len));
}

/* id of s, added if new; 0 out of memory or when the table is full */
uint32_t gl_intern_add (gl_intern *t, const char *s, size_t len) {
  uint64_t *slot;
  uint32_t h;
  if (len > 0xFFFFFF) return 0;
  if ((t->count + 1) * 2 > t->nslots &&      /* (a loaded table has none) */
      intern_rehash(t, gl_pow2((t->count + 1) * 2 > 1024 ?
                               (t->count + 1) * 2 : 1024)) != 0)
    return 0;
  h = gl_key_hash(s, len);
  slot = intern_slot(t, s, len, h);
  if (*slot != 0) return (uint32_t)*slot;
  if (t->count >= 0xFFFFFFF0u || t->arena_used + len > 0xFFFFFFF0u) return 0;
  if (grow_array((void **)&t->arena, &t->arena_cap, t->arena_used + len + 1,
                 1) != 0)
    return 0;
  if (t->count + 1 > t->cap) {
    size_t cap = t->cap, cap2 = t->cap;
    if (grow_array((void **)&t->off, &cap, t->count + 1, sizeof(uint32_t)) ||
        grow_array((void **)&t->len, &cap2, t->count + 1, sizeof(uint32_t)))
      return 0;
    t->cap = cap < cap2 ? cap : cap2;
  }
  memcpy(t->arena + t->arena_used, s, len);
  t->arena[t->arena_used + len] = '\0';
  t->off[t->count] = (uint32_t)t->arena_used;
  t->len[t->count] = (uint32_t)len;
  t->arena_used += len + 1;
  t->count++;
  *slot = ((uint64_t)h << 32) | t->count;
  return (uint32_t)t->count;
}

const char *gl_intern_str (const gl_intern *t, uint32_t id, size_t *len) {
  if (id == 0 || id > t->count) { *len = 0; return ""; }
  *len = t->len[id - 1];
  return t->arena + t->off[id - 1];
}

/* }====================================================== */


/*
** {======================================================
** Trie edges: (node, key id) -> child node
** =======================================================
*/

static uint32_t edge_hash (uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  return (uint32_t)k;
}

static uint64_t edge_key (uint32_t node, uint32_t kid) {
  return ((uint64_t)node << 32) | kid;     /* kid >= 1: never 0 */
}

uint32_t gl_edge_hash (uint32_t node, uint32_t kid) {
  return edge_hash(edge_key(node, kid));
}

#define FILTER_BIT(h, nbits) ((((h) >> 7) ^ ((h) << 9)) & ((nbits) - 1))

static int filter_reset (uint64_t **bits, size_t *nbits, size_t want) {
  size_t n = gl_pow2(want < 65536 ? 65536 : want);
  if (n > ((size_t)1 << 27)) n = (size_t)1 << 27;
  if (n != *nbits) {
    uint64_t *b = (uint64_t *)gl_array_realloc(NULL, 0, n / 8);
    if (b == NULL) return -1;
    gl_array_free(*bits, *nbits / 8);
    *bits = b;
    *nbits = n;
  }
  memset(*bits, 0, n / 8);
  return 0;
}

/* rebuild the bit filters (before matching, after adds or a load) */
int gl_gaz_filters (gl_gaz *g) {
  size_t i;
  if (filter_reset(&g->key_bits, &g->nkey_bits, g->keys.count * 8) != 0 ||
      filter_reset(&g->edge_bits, &g->nedge_bits, g->nedges * 8) != 0)
    return -1;
  for (i = 0; i < g->keys.nslots; i++) {
    if (g->keys.slots[i] != 0) {
      uint32_t h = (uint32_t)(g->keys.slots[i] >> 32);
      size_t b = FILTER_BIT(h, g->nkey_bits);
      g->key_bits[b >> 6] |= (uint64_t)1 << (b & 63);
    }
  }
  for (i = 0; i < g->nedge_slots; i++) {
    if (g->edge_keys[i] != 0) {
      uint32_t h = edge_hash(g->edge_keys[i]);
      size_t b = FILTER_BIT(h, g->nedge_bits);
      g->edge_bits[b >> 6] |= (uint64_t)1 << (b & 63);
    }
  }
  g->filters_stale = 0;
  /* (the memo may say "no key" of a word that has one now) */
  free(g->memo);
  g->memo = NULL;
  return 0;
}

int gl_filter_has (const uint64_t *bits, size_t nbits, uint32_t h) {
  size_t b = FILTER_BIT(h, nbits);
  return (bits[b >> 6] >> (b & 63)) & 1;
}

static size_t edge_slot (const gl_gaz *g, uint64_t k) {
  size_t mask = g->nedge_slots - 1, i = edge_hash(k) & mask;
  while (g->edge_keys[i] != 0 && g->edge_keys[i] != k) i = (i + 1) & mask;
  return i;
}

/* child of node along key id kid, or 0 (the root is node 0: never a child) */
uint32_t gl_gaz_child (const gl_gaz *g, uint32_t node, uint32_t kid) {
  uint64_t k;
  uint32_t h;
  size_t mask, i;
  if (node == 0) return kid < g->root_cap ? g->root_child[kid] : 0;
  if (g->nedges == 0) return 0;
  k = edge_key(node, kid);
  h = edge_hash(k);
  if (!g->filters_stale && g->nedge_bits &&
      !gl_filter_has(g->edge_bits, g->nedge_bits, h))
    return 0;
  mask = g->nedge_slots - 1;
  for (i = h & mask; g->edge_keys[i] != 0; i = (i + 1) & mask)
    if (g->edge_keys[i] == k) return g->edge_vals[i];
  return 0;
}

static int edges_rehash (gl_gaz *g, size_t nslots) {
  uint64_t *keys = (uint64_t *)gl_array_realloc(NULL, 0,
                                                nslots * sizeof(uint64_t));
  uint32_t *vals = (uint32_t *)gl_array_realloc(NULL, 0,
                                                nslots * sizeof(uint32_t));
  size_t i, oldn = g->nedge_slots;
  uint64_t *okeys = g->edge_keys;
  uint32_t *ovals = g->edge_vals;
  if (keys == NULL || vals == NULL) {
    gl_array_free(keys, nslots * sizeof(uint64_t));
    gl_array_free(vals, nslots * sizeof(uint32_t));
    return -1;
  }
  memset(keys, 0, nslots * sizeof(uint64_t));
  memset(vals, 0, nslots * sizeof(uint32_t));   /* saved files: all defined */
  g->edge_keys = keys;
  g->edge_vals = vals;
  g->nedge_slots = nslots;
  for (i = 0; i < oldn; i++) {
    if (okeys[i] != 0) {
      size_t j = edge_slot(g, okeys[i]);
      keys[j] = okeys[i];
      vals[j] = ovals[i];
    }
  }
  gl_array_free(okeys, oldn * sizeof(uint64_t));
  gl_array_free(ovals, oldn * sizeof(uint32_t));
  return 0;
}

static uint32_t new_node (gl_gaz *g) {
  if (g->nnodes >= 0xFFFFFFF0u) return 0;
  if (grow_array((void **)&g->node_head, &g->node_cap, g->nnodes + 1,
                 sizeof(uint32_t)) != 0)
    return 0;
  g->node_head[g->nnodes] = 0;
  return (uint32_t)g->nnodes++;
}

/* room in root_child for key id kid (new slots are 0) */
static int root_reserve (gl_gaz *g, uint32_t kid) {
  size_t old = g->root_cap;
  if (kid < old) return 0;
  if (grow_array((void **)&g->root_child, &g->root_cap, (size_t)kid + 1,
                 sizeof(uint32_t)) != 0)
    return -1;
  memset(g->root_child + old, 0, (g->root_cap - old) * sizeof(uint32_t));
  return 0;
}

/* child of node along kid, created if missing; 0 out of memory */
static uint32_t child_add (gl_gaz *g, uint32_t node, uint32_t kid) {
  uint64_t k = edge_key(node, kid);
  size_t i;
  uint32_t c;
  if ((g->nedges + 1) * 2 > g->nedge_slots &&
      edges_rehash(g, g->nedge_slots ? g->nedge_slots * 2 : 1024) != 0)
    return 0;
  i = edge_slot(g, k);
  if (g->edge_keys[i] != 0) return g->edge_vals[i];
  if (node == 0 && root_reserve(g, kid) != 0) return 0;
  if ((c = new_node(g)) == 0) return 0;
  g->edge_keys[i] = k;
  g->edge_vals[i] = c;
  g->nedges++;
  if (node == 0) g->root_child[kid] = c;
  return c;
}

/* the root's children again, from the edges (after loading) */
static int root_rebuild (gl_gaz *g) {
  size_t i;
  if (root_reserve(g, (uint32_t)g->keys.count) != 0) return -1;
  memset(g->root_child, 0, g->root_cap * sizeof(uint32_t));
  for (i = 0; i < g->nedge_slots; i++)
    if (g->edge_keys[i] != 0 && (g->edge_keys[i] >> 32) == 0)
      g->root_child[(uint32_t)g->edge_keys[i]] = g->edge_vals[i];
  return 0;
}

/* }====================================================== */


gl_gaz *gl_gaz_new (void) {
  gl_gaz *g = (gl_gaz *)calloc(1, sizeof(gl_gaz));
  if (g == NULL) return NULL;
  if (new_node(g) != 0) {            /* the root must be node 0 */
    gl_gaz_free(g);
    return NULL;
  }
  if (g->nnodes != 1) { gl_gaz_free(g); return NULL; }
  return g;
}

void gl_gaz_free (gl_gaz *g) {
  if (g == NULL) return;
  intern_free(&g->keys);
  intern_free(&g->strings);
  gl_array_free(g->edge_keys, g->nedge_slots * sizeof(uint64_t));
  gl_array_free(g->edge_vals, g->nedge_slots * sizeof(uint32_t));
  gl_array_free(g->node_head, g->node_cap * sizeof(uint32_t));
  gl_array_free(g->root_child, g->root_cap * sizeof(uint32_t));
  gl_array_free(g->dup_slots, g->ndup_slots * sizeof(uint32_t));
  gl_array_free(g->key_bits, g->nkey_bits / 8);
  gl_array_free(g->edge_bits, g->nedge_bits / 8);
  gl_array_free(g->payloads, g->payload_cap * sizeof(gl_payload));
  free(g->memo);
  free(g);
}

/*
** Add a phrase: its token keys (nkeys strings at keys/lens) and a payload
** (strings as given; p->node and p->next are filled here). Adding the same
** phrase with the same payload twice keeps one. Returns 0, or -1 out of
** memory (the gazetteer stays consistent: at worst some nodes are unused),
** -2 when the phrase has no token or more than GL_MAX_PHRASE.
*/
static uint32_t payload_hash (const gl_payload *p) {
  uint32_t f[9];
  f[0] = p->node; f[1] = p->label; f[2] = p->canonical; f[3] = p->kind;
  f[4] = p->list; f[5] = p->flags; f[6] = p->extra; f[7] = p->exact;
  f[8] = p->flagstr;
  return gl_hash((const char *)f, sizeof(f));
}

static int same_payload (const gl_payload *a, const gl_payload *b) {
  return a->node == b->node && a->label == b->label &&
         a->canonical == b->canonical && a->kind == b->kind &&
         a->list == b->list && a->flags == b->flags && a->extra == b->extra &&
         a->exact == b->exact && a->flagstr == b->flagstr;
}

/* slot for p in the duplicate table: 0 (free) or a payload equal to p */
static uint32_t *dup_slot (const gl_gaz *g, const gl_payload *p) {
  size_t mask = g->ndup_slots - 1, i = payload_hash(p) & mask;
  while (g->dup_slots[i] != 0 &&
         !same_payload(&g->payloads[g->dup_slots[i] - 1], p))
    i = (i + 1) & mask;
  return &g->dup_slots[i];
}

static int dup_rehash (gl_gaz *g, size_t nslots) {
  size_t i;
  gl_array_free(g->dup_slots, g->ndup_slots * sizeof(uint32_t));
  g->dup_slots = (uint32_t *)gl_array_realloc(NULL, 0,
                                              nslots * sizeof(uint32_t));
  g->ndup_slots = g->dup_slots ? nslots : 0;
  if (g->dup_slots == NULL) return -1;
  memset(g->dup_slots, 0, nslots * sizeof(uint32_t));
  for (i = 0; i < g->npayloads; i++) {
    uint32_t *slot = dup_slot(g, &g->payloads[i]);
    if (*slot == 0) *slot = (uint32_t)i + 1;
  }
  return 0;
}

/*
** Add a phrase: its token keys (nkeys strings at keys/lens) and a payload
** (strings as given; p->node and p->next are filled here). Adding the same
** phrase with the same payload twice keeps one. Returns 0, -1 out of
** memory (the gazetteer stays consistent: at worst some nodes are unused),
** -2 when the phrase has no token or more than GL_MAX_PHRASE.
*/
int gl_gaz_add (gl_gaz *g, size_t nkeys, const char *const *keys,
                const size_t *lens, const gl_payload *p) {
  uint32_t node = 0, *slot;
  size_t k;
  gl_payload q;
  if (nkeys == 0 || nkeys > GL_MAX_PHRASE) return -2;
  g->filters_stale = 1;
  for (k = 0; k < nkeys; k++) {
    uint32_t kid = gl_intern_add(&g->keys, keys[k], lens[k]);
    if (kid == 0 || (node = child_add(g, node, kid)) == 0) return -1;
  }
  q = *p;
  q.node = node;
  q.ntok = (uint32_t)nkeys;
  if ((g->npayloads + 1) * 2 > g->ndup_slots &&
      dup_rehash(g, gl_pow2((g->npayloads + 1) * 4)) != 0)
    return -1;
  slot = dup_slot(g, &q);
  if (*slot != 0) return 0;                  /* a duplicate row */
  if (g->npayloads >= 0xFFFFFFF0u ||
      grow_array((void **)&g->payloads, &g->payload_cap, g->npayloads + 1,
                 sizeof(gl_payload)) != 0)
    return -1;
  q.next = g->node_head[node];               /* chains run backwards */
  g->payloads[g->npayloads] = q;
  g->npayloads++;
  g->node_head[node] = (uint32_t)g->npayloads;
  *slot = (uint32_t)g->npayloads;
  return 0;
}


/*
** {======================================================
** Saving and loading
** =======================================================
*/

#define GAZ_MAGIC "GLEANGAZ"
#define GAZ_VERSION 4u      /* 4: the four-lane checksum */
#define GAZ_ENDIAN 0x01020304u

typedef struct gaz_header {
  char magic[8];
  uint32_t version, endian;
  uint64_t nkeys, keys_arena, nstrings, strings_arena;
  uint64_t nedge_slots, nedges, nnodes, npayloads;
  uint64_t body_size, checksum;
} gaz_header;

/*
** The checksum of the saved files and the fingerprint of the word lists
** (core.fingerprint): four independent lanes of eight bytes each step, a
** multiply and a rotation per eight bytes (two thirds of the instructions
** of one lane with a shift, and a start-up reads tens of megabytes). Each
** step is one-to-one in its lane, and so is the final mix: a change in
** one word of the input always changes the result, and the length is
** mixed in last (a truncation changes it too).
*/
#define SUM_K 0x9E3779B97F4A7C15ULL
#define SUM_STEP(h, w) ((h) = gl_rotl64(((h) ^ (w)) * SUM_K, 29))

static uint64_t gl_rotl64 (uint64_t x, int r) {
  return (x << r) | (x >> (64 - r));
}

void gl_sum_init (gl_sum *s, uint64_t seed) {
  s->lane[0] = seed;
  s->lane[1] = seed ^ 0x243F6A8885A308D3ULL;
  s->lane[2] = seed ^ 0x13198A2E03707344ULL;
  s->lane[3] = seed ^ 0xA4093822299F31D0ULL;
  s->n = 0;
}

/* add the whole 32-byte blocks of p[0..n); returns the bytes taken */
size_t gl_sum_blocks (gl_sum *s, const void *p, size_t n) {
  const unsigned char *b = (const unsigned char *)p;
  uint64_t h0 = s->lane[0], h1 = s->lane[1], h2 = s->lane[2], h3 = s->lane[3];
  size_t i;
  for (i = 0; i + 32 <= n; i += 32) {
    uint64_t w0, w1, w2, w3;         /* (one array made gcc copy it) */
    memcpy(&w0, b + i, 8);
    memcpy(&w1, b + i + 8, 8);
    memcpy(&w2, b + i + 16, 8);
    memcpy(&w3, b + i + 24, 8);
    SUM_STEP(h0, w0);
    SUM_STEP(h1, w1);
    SUM_STEP(h2, w2);
    SUM_STEP(h3, w3);
  }
  s->lane[0] = h0; s->lane[1] = h1; s->lane[2] = h2; s->lane[3] = h3;
  s->n += i;
  return i;
}

/* add the last n (< 32) bytes at p; the result */
uint64_t gl_sum_end (gl_sum *s, const void *p, size_t n) {
  const unsigned char *b = (const unsigned char *)p;
  uint64_t h = s->lane[0];
  size_t i;
  for (i = 0; i < n; i++) SUM_STEP(h, b[i]);
  SUM_STEP(h, s->lane[1]);
  SUM_STEP(h, s->lane[2]);
  SUM_STEP(h, s->lane[3]);
  SUM_STEP(h, s->n + n);
  return h;
}

/* the checksum of n bytes at p, after h */
static uint64_t checksum64 (uint64_t h, const void *p, size_t n) {
  gl_sum s;
  size_t k;
  gl_sum_init(&s, h);
  k = gl_sum_blocks(&s, p, n);
  return gl_sum_end(&s, (const char *)p + k, n - k);
}

typedef struct section {
  void *p;
  size_t size;
} section;

/* the arrays of g in file order; counts from g */
static size_t sections (gl_gaz *g, section *s) {
  size_t n = 0;
  s[n].p = g->keys.off; s[n++].size = g->keys.count * sizeof(uint32_t);
  s[n].p = g->keys.len; s[n++].size = g->keys.count * sizeof(uint32_t);
  s[n].p = g->keys.arena; s[n++].size = g->keys.arena_used;
  s[n].p = g->strings.off; s[n++].size = g->strings.count * sizeof(uint32_t);
  s[n].p = g->strings.len; s[n++].size = g->strings.count * sizeof(uint32_t);
  s[n].p = g->strings.arena; s[n++].size = g->strings.arena_used;
  s[n].p = g->edge_keys; s[n++].size = g->nedge_slots * sizeof(uint64_t);
  s[n].p = g->edge_vals; s[n++].size = g->nedge_slots * sizeof(uint32_t);
  s[n].p = g->node_head; s[n++].size = g->nnodes * sizeof(uint32_t);
  s[n].p = g->payloads; s[n++].size = g->npayloads * sizeof(gl_payload);
  return n;
}

/* Save to path. Returns 0, or -1 with errno set by stdio. */
int gl_gaz_save (gl_gaz *g, const char *path) {
  gaz_header h;
  section s[16];
  size_t ns = sections(g, s), i;
  FILE *f;
  memset(&h, 0, sizeof(h));
  memcpy(h.magic, GAZ_MAGIC, 8);
  h.version = GAZ_VERSION;
  h.endian = GAZ_ENDIAN;
  h.nkeys = g->keys.count;
  h.keys_arena = g->keys.arena_used;
  h.nstrings = g->strings.count;
  h.strings_arena = g->strings.arena_used;
  h.nedge_slots = g->nedge_slots;
  h.nedges = g->nedges;
  h.nnodes = g->nnodes;
  h.npayloads = g->npayloads;
  h.checksum = 14695981039346656037ULL;
  for (i = 0; i < ns; i++) {
    h.body_size += s[i].size;
    if (s[i].size) h.checksum = checksum64(h.checksum, s[i].p, s[i].size);
  }
  if ((f = fopen(path, "wb")) == NULL) return -1;
  if (fwrite(&h, sizeof(h), 1, f) != 1) { fclose(f); return -1; }
  for (i = 0; i < ns; i++) {
    if (s[i].size && fwrite(s[i].p, 1, s[i].size, f) != s[i].size) {
      fclose(f);
      return -1;
    }
  }
  return fclose(f) == 0 ? 0 : -1;
}

/* every id, offset and link in g points inside g */
static int gaz_valid (const gl_gaz *g) {
  size_t i;
  const gl_intern *tabs[2];
  tabs[0] = &g->keys;
  tabs[1] = &g->strings;
  for (i = 0; i < 2; i++) {
    const gl_intern *t = tabs[i];
    size_t id;
    for (id = 0; id < t->count; id++) {
      if ((uint64_t)t->off[id] + t->len[id] + 1 > t->arena_used ||
          t->arena[t->off[id] + t->len[id]] != '\0')
        return 0;
    }
  }
  if (g->nnodes == 0 || (g->nedge_slots & (g->nedge_slots - 1)) != 0 ||
      (g->nedge_slots == 0 && g->nedges != 0))
    return 0;
  for (i = 0; i < g->nedge_slots; i++) {
    uint64_t k = g->edge_keys[i];
    if (k == 0) continue;
    if ((k >> 32) >= g->nnodes || (uint32_t)k == 0 ||
        (uint32_t)k > g->keys.count || g->edge_vals[i] == 0 ||
        g->edge_vals[i] >= g->nnodes)
      return 0;
  }
  for (i = 0; i < g->nnodes; i++) {
    uint32_t h = g->node_head[i];
    if (h > g->npayloads || (h != 0 && g->payloads[h - 1].node != i))
      return 0;
  }
  for (i = 0; i < g->npayloads; i++) {
    const gl_payload *p = &g->payloads[i];
    /* chains run backwards (no cycles) and stay on their node */
    if (p->node >= g->nnodes || p->next > g->npayloads ||
        (p->next != 0 && (p->next >= i + 1 ||
                          g->payloads[p->next - 1].node != p->node)) ||
        p->label > g->strings.count || p->canonical > g->strings.count ||
        p->kind > g->strings.count || p->list > g->strings.count ||
        p->flagstr > g->strings.count || p->extra > g->strings.count ||
        p->exact > g->strings.count)
      return 0;
  }
  return 1;
}

/*
** Load a saved gazetteer. Returns it, or NULL with *err set to a message:
** the file is unreadable, not a gazetteer, of another version or byte
** order, truncated or corrupt.
*/
gl_gaz *gl_gaz_load (const char *path, const char **err) {
  gaz_header h;
  gl_gaz *g;
  section s[16];
  size_t ns, i;
  uint64_t sum = 14695981039346656037ULL, total = 0;
  FILE *f = fopen(path, "rb");
  if (f == NULL) { *err = "cannot open"; return NULL; }
  if (fread(&h, sizeof(h), 1, f) != 1 || memcmp(h.magic, GAZ_MAGIC, 8) != 0) {
    fclose(f);
    *err = "not a glean gazetteer file";
    return NULL;
  }
  if (h.version != GAZ_VERSION || h.endian != GAZ_ENDIAN) {
    fclose(f);
    *err = "gazetteer file of another version or byte order";
    return NULL;
  }
  if (h.nkeys > 0xFFFFFFF0u || h.nstrings > 0xFFFFFFF0u ||
      h.keys_arena > 0xFFFFFFF0u || h.strings_arena > 0xFFFFFFF0u ||
      h.nnodes > 0xFFFFFFF0u || h.npayloads > 0xFFFFFFF0u ||
      h.nedge_slots > ((uint64_t)1 << 32) || h.nedges > h.nedge_slots ||
      h.nnodes == 0) {
    fclose(f);
    *err = "corrupt gazetteer file (bad sizes)";
    return NULL;
  }
  {
    /* the sizes the header announces must be the file's, before anything
    ** is allocated for them (a corrupt header must not ask for gigabytes) */
    uint64_t want = h.nkeys * 8 + h.keys_arena + h.nstrings * 8 +
                    h.strings_arena + h.nedge_slots * 12 + h.nnodes * 4 +
                    h.npayloads * (uint64_t)sizeof(gl_payload);
    long here = ftell(f), end;
    if (want != h.body_size || here < 0 || fseek(f, 0, SEEK_END) != 0 ||
        (end = ftell(f)) < 0 || fseek(f, here, SEEK_SET) != 0) {
      fclose(f);
      *err = "corrupt gazetteer file (bad sizes)";
      return NULL;
    }
    if ((uint64_t)(end - here) < want) {
      fclose(f);
      *err = "truncated gazetteer file";
      return NULL;
    }
  }
  if ((g = (gl_gaz *)calloc(1, sizeof(gl_gaz))) == NULL) {
    fclose(f);
    *err = "not enough memory";
    return NULL;
  }
  g->keys.count = g->keys.cap = (size_t)h.nkeys;
  g->keys.arena_used = g->keys.arena_cap = (size_t)h.keys_arena;
  g->strings.count = g->strings.cap = (size_t)h.nstrings;
  g->strings.arena_used = g->strings.arena_cap = (size_t)h.strings_arena;
  g->nedge_slots = (size_t)h.nedge_slots;
  g->nedges = (size_t)h.nedges;
  g->nnodes = g->node_cap = (size_t)h.nnodes;
  g->npayloads = g->payload_cap = (size_t)h.npayloads;
  g->keys.off = (uint32_t *)gl_array_realloc(NULL, 0, g->keys.cap * 4);
  g->keys.len = (uint32_t *)gl_array_realloc(NULL, 0, g->keys.cap * 4);
  g->keys.arena = (char *)gl_array_realloc(NULL, 0, g->keys.arena_cap);
  g->strings.off = (uint32_t *)gl_array_realloc(NULL, 0, g->strings.cap * 4);
  g->strings.len = (uint32_t *)gl_array_realloc(NULL, 0, g->strings.cap * 4);
  g->strings.arena = (char *)gl_array_realloc(NULL, 0, g->strings.arena_cap);
  g->edge_keys = (uint64_t *)gl_array_realloc(NULL, 0, g->nedge_slots * 8);
  g->edge_vals = (uint32_t *)gl_array_realloc(NULL, 0, g->nedge_slots * 4);
  g->node_head = (uint32_t *)gl_array_realloc(NULL, 0, g->node_cap * 4);
  g->payloads = (gl_payload *)gl_array_realloc(NULL, 0,
                  g->payload_cap * sizeof(gl_payload));
  ns = sections(g, s);
  for (i = 0; i < ns; i++) {
    total += s[i].size;
    if (s[i].size && s[i].p == NULL) {
      fclose(f);
      gl_gaz_free(g);
      *err = "not enough memory";
      return NULL;
    }
  }
  if (total != h.body_size) {
    fclose(f);
    gl_gaz_free(g);
    *err = "corrupt gazetteer file (bad sizes)";
    return NULL;
  }
  for (i = 0; i < ns; i++) {
    if (s[i].size && fread(s[i].p, 1, s[i].size, f) != s[i].size) {
      fclose(f);
      gl_gaz_free(g);
      *err = "truncated gazetteer file";
      return NULL;
    }
    if (s[i].size) sum = checksum64(sum, s[i].p, s[i].size);
  }
  if (fgetc(f) != EOF) {
    fclose(f);
    gl_gaz_free(g);
    *err = "corrupt gazetteer file (trailing bytes)";
    return NULL;
  }
  fclose(f);
  if (sum != h.checksum || !gaz_valid(g)) {
    gl_gaz_free(g);
    *err = "corrupt gazetteer file (checksum or links)";
    return NULL;
  }
  /* hash slots are not saved: matching needs the keys' now; the payload
  ** strings' are rebuilt by the first add (gl_intern_add) */
  if (intern_rehash(&g->keys, 1024 > g->keys.count * 2 ? 1024 :
                    gl_pow2(g->keys.count * 2)) != 0 ||
      root_rebuild(g) != 0 || gl_gaz_filters(g) != 0) {
    gl_gaz_free(g);
    *err = "not enough memory";
    return NULL;
  }
  return g;
}

/* }====================================================== */
