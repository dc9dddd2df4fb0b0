/*
** fuzz_gazload.c: the saved-gazetteer loader (gl_gaz_load) on corrupt,
** truncated and foreign files. A small gazetteer is built and saved once;
** each input then either is the file itself (first byte odd) or edits a
** copy of the good file: (offset, byte) pairs, a truncation, and with the
** checksum recomputed (first byte & 2) so that the link checks behind it
** are reached too. A file the loader accepts must be usable: every key is
** found again along its edges, payload strings resolve, and a save and a
** second load give the same counts. Nothing may crash or leak.
*/
#include <unistd.h>

#include "fuzz_common.h"
#include "gazetteer.c"       /* its statics: header layout and checksum */

static unsigned char *good;
static size_t good_len;
static char path[64], path2[64];

static void add (gl_gaz *g, const char *phrase, const char *label) {
  const char *keys[8];
  size_t lens[8], n = 0;
  char buf[128];
  char *p, *save = NULL;
  gl_payload pl;
  memset(&pl, 0, sizeof(pl));
  CHECK(strlen(phrase) < sizeof(buf), "phrase");
  strcpy(buf, phrase);
  for (p = strtok_r(buf, " ", &save); p && n < 8; p = strtok_r(NULL, " ", &save)) {
    keys[n] = p;
    lens[n] = strlen(p);
    n++;
  }
  pl.label = gl_intern_add(&g->strings, label, strlen(label));
  pl.canonical = gl_intern_add(&g->strings, phrase, strlen(phrase));
  pl.list = gl_intern_add(&g->strings, "fuzz", 4);
  CHECK(pl.label && pl.canonical && pl.list, "intern");
  CHECK(gl_gaz_add(g, n, keys, lens, &pl) == 0, "add %s", phrase);
}

static void init (void) {
  gl_gaz *g = gl_gaz_new();
  FILE *f;
  long n;
  CHECK(g != NULL, "gl_gaz_new");
  add(g, "kyiv", "GPE");
  add(g, "new york", "GPE");
  add(g, "new york times", "ORG");
  add(g, "the new york times", "ORG");
  add(g, "guido crosetto", "PERSON");
  add(g, "ministry of defence", "ORG");
  add(g, "oskil river", "LOC");
  add(g, "italian", "NORP");
  CHECK(gl_gaz_filters(g) == 0, "filters");
  snprintf(path, sizeof(path), "/dev/shm/glean-fuzz-%d.gaz", (int)getpid());
  snprintf(path2, sizeof(path2), "/dev/shm/glean-fuzz-%d-2.gaz", (int)getpid());
  CHECK(gl_gaz_save(g, path) == 0, "save");
  gl_gaz_free(g);
  f = fopen(path, "rb");
  CHECK(f != NULL, "open");
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  good = (unsigned char *)malloc((size_t)n);
  CHECK(good != NULL && fread(good, 1, (size_t)n, f) == (size_t)n, "read");
  fclose(f);
  good_len = (size_t)n;
}

static void write_file (const unsigned char *p, size_t n) {
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL, "open for writing");
  CHECK(n == 0 || fwrite(p, 1, n, f) == n, "write");
  CHECK(fclose(f) == 0, "close");
}

/* an accepted gazetteer is whole: every string and key id resolves, and
** every payload's phrase leads back to its node */
static void use (gl_gaz *g) {
  size_t i, len;
  for (i = 0; i < g->npayloads; i++) {
    const gl_payload *p = &g->payloads[i];
    if (p->label) CHECK(gl_intern_str(&g->strings, p->label, &len) != NULL, "label");
    if (p->canonical) CHECK(gl_intern_str(&g->strings, p->canonical, &len) != NULL, "canon");
  }
  for (i = 1; i <= g->keys.count; i++) {
    const char *k = gl_intern_str(&g->keys, (uint32_t)i, &len);
    uint32_t node;
    CHECK(k != NULL, "key %zu", i);
    node = gl_gaz_child(g, 0, (uint32_t)i);
    CHECK(node < g->nnodes, "child");
    (void)gl_intern_find(&g->keys, k, len);
  }
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  unsigned char *img;
  size_t n, i;
  const char *err = NULL;
  gl_gaz *g;
  if (good == NULL) init();
  if (size == 0) return 0;
  if (data[0] & 1) {
    write_file(data + 1, size - 1);
  }
  else {
    img = (unsigned char *)malloc(good_len);
    CHECK(img != NULL, "oom");
    memcpy(img, good, good_len);
    n = good_len;
    /* (offset lo, offset hi, value) triples; a last odd pair truncates */
    for (i = 1; i + 3 <= size; i += 3) {
      size_t at = ((size_t)data[i] | (size_t)data[i + 1] << 8) % good_len;
      img[at] = data[i + 2];
    }
    if (size - i == 2) n = ((size_t)data[i] | (size_t)data[i + 1] << 8) % (good_len + 1);
    if ((data[0] & 2) && n >= sizeof(gaz_header)) {
      /* the checksum the loader computes: section by section */
      gaz_header h;
      uint64_t sizes[10], sum = 14695981039346656037ULL, at = sizeof(h);
      size_t k;
      memcpy(&h, img, sizeof(h));
      sizes[0] = sizes[1] = h.nkeys * 4;
      sizes[2] = h.keys_arena;
      sizes[3] = sizes[4] = h.nstrings * 4;
      sizes[5] = h.strings_arena;
      sizes[6] = h.nedge_slots * 8;
      sizes[7] = h.nedge_slots * 4;
      sizes[8] = h.nnodes * 4;
      sizes[9] = h.npayloads * (uint64_t)sizeof(gl_payload);
      for (k = 0; k < 10; k++) {
        if (sizes[k] > n - at) break;
        if (sizes[k]) sum = checksum64(sum, img + at, (size_t)sizes[k]);
        at += sizes[k];
      }
      h.checksum = sum;
      memcpy(img, &h, sizeof(h));
    }
    write_file(img, n);
    free(img);
  }
  g = gl_gaz_load(path, &err);
  if (g == NULL) {
    CHECK(err != NULL && err[0] != '\0', "a rejected file gives a reason");
    return 0;
  }
  use(g);
  CHECK(gl_gaz_save(g, path2) == 0, "save again");
  {
    gl_gaz *g2 = gl_gaz_load(path2, &err);
    CHECK(g2 != NULL, "reload: %s", err ? err : "?");
    CHECK(g2->npayloads == g->npayloads && g2->keys.count == g->keys.count &&
          g2->nnodes == g->nnodes, "reload counts");
    gl_gaz_free(g2);
  }
  gl_gaz_free(g);
  return 0;
}
