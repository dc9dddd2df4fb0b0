/*
** utf8.c: UTF-8 decoding and key folding. Pure C, no Lua state: decoding
** is strict (no overlongs, no surrogates, nothing past U+10FFFF) so that a
** bad byte can become a token of its own; folding (case, compatibility,
** diacritics) is utf8proc's.
*/
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "glean.h"

/*
** Decode the sequence at s (len > 0 bytes available). Returns its length
** (1 to 4) and stores the code point, or returns 0 when the first byte does
** not start a valid sequence (the caller then takes one byte as invalid).
*/
int gl_utf8_decode (const unsigned char *s, size_t len, int32_t *cp) {
  unsigned c = s[0];
  if (c < 0x80) { *cp = (int32_t)c; return 1; }
  if (c < 0xC2) return 0;                    /* continuation or overlong */
  if (c < 0xE0) {
    if (len < 2 || (s[1] & 0xC0) != 0x80) return 0;
    *cp = (int32_t)(((c & 0x1F) << 6) | (s[1] & 0x3F));
    return 2;
  }
  if (c < 0xF0) {
    unsigned lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;                /* overlong */
    else if (c == 0xED) hi = 0x9F;           /* surrogates */
    if (len < 3 || s[1] < lo || s[1] > hi || (s[2] & 0xC0) != 0x80)
      return 0;
    *cp = (int32_t)(((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F));
    return 3;
  }
  if (c < 0xF5) {
    unsigned lo = 0x80, hi = 0xBF;
    if (c == 0xF0) lo = 0x90;                /* overlong */
    else if (c == 0xF4) hi = 0x8F;           /* beyond U+10FFFF */
    if (len < 4 || s[1] < lo || s[1] > hi || (s[2] & 0xC0) != 0x80 ||
        (s[3] & 0xC0) != 0x80)
      return 0;
    *cp = (int32_t)(((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) |
                    ((s[2] & 0x3F) << 6) | (s[3] & 0x3F));
    return 4;
  }
  return 0;
}


static int buf_reserve (gl_buf *b, size_t extra) {
  if (b->n + extra > b->cap) {
    size_t ncap = b->cap ? b->cap : 64;
    char *p;
    while (ncap < b->n + extra) ncap *= 2;
    p = (char *)realloc(b->p, ncap);
    if (p == NULL) return -1;
    b->p = p;
    b->cap = ncap;
  }
  return 0;
}


void gl_buf_free (gl_buf *b) {
  free(b->p);
  b->p = NULL;
  b->n = b->cap = 0;
}


/*
** Append the dictionary key of s to out: case folded, NFKC, diacritics
** removed, quote marks and dashes lumped to ASCII, default-ignorable
** characters (soft hyphen, joiners) dropped. ASCII takes a fast path.
** Invalid UTF-8 is folded bytewise (ASCII letters lowered, other bytes
** kept) so that every text has a key. Returns 0, or -1 out of memory.
*/
int gl_fold (const char *s, size_t len, gl_buf *out) {
  size_t i;
  utf8proc_uint8_t *mapped = NULL;
  utf8proc_ssize_t mlen;
  for (i = 0; i < len; i++)
    if ((unsigned char)s[i] >= 0x80) break;
  if (i < len) {
    mlen = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
                        &mapped, UTF8PROC_STABLE | UTF8PROC_COMPAT |
                        UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                        UTF8PROC_STRIPMARK | UTF8PROC_IGNORE |
                        UTF8PROC_LUMP);
    if (mlen >= 0) {
      int r = buf_reserve(out, (size_t)mlen);
      if (r == 0) {                  /* utf8proc lumps ' but not " */
        utf8proc_ssize_t k;
        for (k = 0; k < mlen; k++) {
          unsigned char c = mapped[k];
          if (c == 0xE2 && k + 2 < mlen && mapped[k + 1] == 0x80 &&
              mapped[k + 2] >= 0x9C && mapped[k + 2] <= 0x9F) {
            out->p[out->n++] = '"';  /* U+201C..U+201F */
            k += 2;
          }
          else if (c == 0xC2 && k + 1 < mlen &&
                   (mapped[k + 1] == 0xAB || mapped[k + 1] == 0xBB)) {
            out->p[out->n++] = '"';  /* U+00AB, U+00BB */
            k += 1;
          }
          else out->p[out->n++] = (char)c;
        }
      }
      free(mapped);
      return r;
    }
  }
  /* ASCII, or invalid UTF-8 */
  if (buf_reserve(out, len) != 0) return -1;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    out->p[out->n++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
  }
  return 0;
}
