/*
** pattern.c: token patterns run by a Pike VM (a Thompson NFA with
** captures, as RE2 runs regular expressions over bytes). Lua compiles the
** pattern language (lua/glean/pattern.lua) to instructions and token tests;
** C runs every rule of a pass over a token stream. No backtracking: a
** rule's attempt at one start costs tokens x instructions at most, and
** attempts are bounded by the sentence and GL_PAT_MAXLEN tokens. Rules are
** indexed by what their first token must be (a key, a span label, or
** anything), so rules that cannot start at a token cost nothing there.
**
** Layers: spans over the tokens that rules can test and consume whole
** (dictionary matches, entities of earlier passes), each with label bits.
*/
#include <stdlib.h>
#include <string.h>

#include "glean.h"

#define PROGRAM_T "glean.Program"
#define LAYER_T "glean.Layer"

#define GL_PAT_MAXLEN 256    /* longest match, in tokens */
#define GL_PAT_MAXSLOTS 64   /* capture slots of one rule */
#define GL_PAT_MAXINST 100000

/* (captures are copied eight slots a move: see list_thread) */
typedef char gl_pat_slots_in_eights[GL_PAT_MAXSLOTS % 8 == 0 ? 1 : -1];

enum { OP_TOKEN, OP_SPAN, OP_TAIL, OP_SPLIT, OP_JMP, OP_SAVE, OP_MATCH,
       OP_SENTSTART, OP_SENTEND, OP_NOPS };

static const char *const op_names[] = {
  "token", "span", "tail", "split", "jmp", "save", "match", "sent_start",
  "sent_end", NULL
};

typedef struct pinst {
  uint32_t op, a, b;
} pinst;

/* a test of one token */
typedef struct ptest {
  uint32_t kinds;          /* bit per token kind; 0 = any kind */
  uint32_t on, off;        /* info flag bits that must be set / clear */
  int32_t keyset;          /* -1: any key */
  int32_t layer;           /* -1: none; else the token must lie in a span */
  uint64_t bits;           /*   of that layer with one of these bits */
  int32_t xlayer;          /* -1: none; else the token must not lie in a */
  uint64_t xbits;          /*   span of that layer with one of these bits */
  int neg;                 /* negate the test */
  /* worked out from the above: the kinds it takes (all for none given,
  ** none when on and off clash), the info bits it looks at */
  uint32_t kindmask, onoff;
} ptest;

/* per test: when it tests a key set alone (most do: "said", a title),
** the set and its negation in the top bit: a bit to read, cheaper than
** the per-token memo */
#define TKEY_NONE 0xFFFFFFFFu
#define TKEY_NEG 0x80000000u

typedef struct prule {
  uint32_t pc, nslots;
} prule;

/* a set of requirement slots (key sets some rule cannot match without):
** the sets of a sentence's keys, of a rule's needs, of a key's sets */
#define GL_REQW 2
#define GL_REQSLOTS (64 * GL_REQW)
typedef struct reqmask {
  uint64_t w[GL_REQW];
} reqmask;

static inline void req_add (reqmask *m, int slot) {
  m->w[slot >> 6] |= (uint64_t)1 << (slot & 63);
}

static inline void req_or (reqmask *m, const reqmask *o) {
  int k;
  for (k = 0; k < GL_REQW; k++) m->w[k] |= o->w[k];
}

/* whether m holds a slot that have lacks */
static inline int req_lacks (const reqmask *m, const reqmask *have) {
  uint64_t x = 0;
  int k;
  for (k = 0; k < GL_REQW; k++) x |= m->w[k] & ~have->w[k];
  return x != 0;
}

/* whether m and have share a slot */
static inline int req_meets (const reqmask *m, const reqmask *have) {
  uint64_t x = 0;
  int k;
  for (k = 0; k < GL_REQW; k++) x |= m->w[k] & have->w[k];
  return x != 0;
}

static inline int req_none (const reqmask *m) {
  uint64_t x = 0;
  int k;
  for (k = 0; k < GL_REQW; k++) x |= m->w[k];
  return x == 0;
}

typedef struct Program {
  pinst *code;
  size_t ncode;
  ptest *tests;
  size_t ntests;
  uint32_t *tkey;          /* per test: see TKEY_NONE */
  uint64_t *spanbits;      /* per instruction: OP_SPAN's bits */
  gl_intern keys;          /* every key the tests name */
  uint64_t firstlen[256];  /* bit len (max 63) for each first byte of a key
                           ** (a token's byte as it is: see core_program) */
  uint32_t **keysets;      /* sorted key ids */
  size_t *keyset_len, nkeysets;
  uint64_t *key_sets;      /* per key id: a bit per key set holding it */
  size_t ksw;              /*   (ksw words a key; row 0, no key: none) */
  prule *rules;
  size_t nrules;
  /* start index */
  uint32_t **by_key;       /* per key id: rules that may start with it */
  size_t *by_key_len;
  uint32_t *by_span[2][64]; /* per layer (0, 1) and bit: rules starting */
  size_t by_span_len[2][64];/*   with a whole span of that label */
  uint32_t *by_in[2][64];   /* ... starting with a token inside one */
  size_t by_in_len[2][64];
  uint64_t span_mask[2], in_mask[2];  /* bits that index some rule */
  uint32_t *by_flag[32];   /* per info bit: rules whose first token must */
  size_t by_flag_len[32];  /*   have that flag (a capitalized word) */
  uint32_t flag_mask;      /* info bits that index some rule */
  uint32_t *by_kind[32];   /* per token kind: rules whose first token must */
  size_t by_kind_len[32];  /*   be of that kind (a quote mark, a bullet) */
  uint32_t kind_mask;      /* kinds that index some rule */
  uint32_t *general;       /* rules that may start anywhere */
  size_t ngeneral;
  uint32_t **first_pc;     /* per rule: the instructions that may take */
  size_t *nfirst;          /*   its first token (TOKEN or SPAN) */
  unsigned char *always;   /* per rule: may match with none of them */
  unsigned char *anchored; /* per rule: opens with P.sent_start (it starts
                           ** at a sentence's first token or nowhere) */
  /* keys a rule cannot match without: key sets every path to its MATCH
  ** tests (a "v" between two sides, "spokesman" after a body); up to
  ** GL_REQSLOTS such sets in all, numbered 0..nreq; per rule a mask of
  ** those it needs, per key id a mask of the sets that hold it */
  reqmask *rule_req;
  reqmask *key_req;
  size_t nreq;
  size_t nreq_dropped;     /* needed key sets left without a slot */
  size_t nlong;            /* rules too long to look for what they need */
  int cuts;                /* some rule has a cut (see cut_of): a run looks
                           ** at the rest of each token's sentence */
  struct spanreq *span_req; /* per rule: the labels it cannot do without */
  /* per pc: its epsilon closure worked out once (the instructions that
  ** take a token or match, in the order a thread there would list them,
  ** with the capture slots saved on the way), or CLO_NONE when the
  ** closure depends on where it runs (sentence edges, span tails) */
  uint32_t *clo_off, *clo_len;
  struct cloent *clo;      /* the entries, each with what takes its token */
  uint64_t *clo_save;
  size_t nclo;
  gl_keymemo *memo;        /* recent token texts and key ids, kept */
  struct RunScratch *scratch;  /* kept between runs (short texts would */
  int scratch_busy;            /*   pay for its arrays at every run) */
} Program;

/* an entry of a closure kept: its pc, and what it asks of token p in one
** word (so that a run need not look at the instruction): the kind in the
** top two bits (CLO_*), then a negation bit, then the key set (a test of
** a key set alone: one bit of the token's row of key_sets), the test (any
** other, memoized per token) or the span layer */
typedef struct cloent {
  uint32_t pc, what;
} cloent;

#define CLO_KEY 0u
#define CLO_TEST 1u
#define CLO_SPAN 2u
#define CLO_MATCH 3u
#define CLO_KIND(w) ((w) >> 30)
#define CLO_NEG(w) (((w) >> 29) & 1u)
#define CLO_ARG(w) ((w) & 0x0FFFFFFFu)

/* spans a rule needs: a token (or a whole span) of layer[k] with one of
** bits[k], for each k < n (a "reporting verb" for a quote rule) */
#define GL_MAXSPANREQ 4
struct spanreq {
  uint64_t bits[GL_MAXSPANREQ];
  unsigned char layer[GL_MAXSPANREQ];
  unsigned char n;
  /* one of several: a capture every match has begins with one of these
  ** keys (key set slots) or spans (bits per layer): a cue that is a
  ** reporting verb of the list or one of a few words */
  reqmask any_slots[GL_MAXSPANREQ];
  uint64_t any_bits[GL_MAXSPANREQ][2];
  unsigned char nany;
};

typedef struct Layer {
  uint32_t *span_of;       /* per token: span id (1-based), 0 = none */
  size_t ntokens;
  uint32_t *first, *last;  /* per span: token range */
  uint64_t *bits;          /* per span: label bits */
  size_t nspans;
} Layer;


/*
** {======================================================
** Layers
** =======================================================
*/

static int layer_gc (lua_State *L) {
  Layer *ly = (Layer *)gl_checkudata(L, 1, LAYER_T);
  free(ly->span_of);
  free(ly->first);
  free(ly->last);
  free(ly->bits);
  memset(ly, 0, sizeof(*ly));
  return 0;
}

static int layer_len (lua_State *L) {
  Layer *ly = (Layer *)gl_checkudata(L, 1, LAYER_T);
  lua_pushinteger(L, (lua_Integer)ly->nspans);
  return 1;
}

static uint64_t check_bits (lua_State *L, int idx, const char *what) {
  lua_Number x;
  if (lua_type(L, idx) != LUA_TNUMBER)
    luaL_error(L, "glean: %s must be a number of label bits", what);
  x = lua_tonumber(L, idx);
  if (x < 0 || x > 9007199254740991.0 || x != (lua_Number)(uint64_t)x)
    luaL_error(L, "glean: %s must be an integer in 0..2^53", what);
  return (uint64_t)x;
}

/* a new empty Layer for ntokens tokens and up to maxspans spans, pushed */
void *gl_layer_push (lua_State *L, size_t ntokens, size_t maxspans) {
  Layer *ly = (Layer *)gl_newuserdata(L, sizeof(Layer));
  memset(ly, 0, sizeof(*ly));
  luaL_getmetatable(L, LAYER_T);
  lua_setmetatable(L, -2);
  ly->ntokens = ntokens;
  ly->span_of = (uint32_t *)calloc(ntokens + 1, sizeof(uint32_t));
  ly->first = (uint32_t *)malloc((maxspans + 1) * sizeof(uint32_t));
  ly->last = (uint32_t *)malloc((maxspans + 1) * sizeof(uint32_t));
  ly->bits = (uint64_t *)malloc((maxspans + 1) * sizeof(uint64_t));
  if (!ly->span_of || !ly->first || !ly->last || !ly->bits)
    luaL_error(L, "glean: not enough memory");
  return ly;
}

/* add span [a, b] (0-based tokens) with bits; 1 when it overlaps (dropped) */
int gl_layer_add (void *layer, size_t a, size_t b, uint64_t bits) {
  Layer *ly = (Layer *)layer;
  size_t k;
  for (k = a; k <= b; k++)
    if (ly->span_of[k] != 0) return 1;
  ly->nspans++;
  ly->first[ly->nspans] = (uint32_t)a;
  ly->last[ly->nspans] = (uint32_t)b;
  ly->bits[ly->nspans] = bits;
  for (k = a; k <= b; k++) ly->span_of[k] = (uint32_t)ly->nspans;
  return 0;
}

/* the Layer at arg (an error when it is none) and its token count */
const void *gl_check_layer (lua_State *L, int arg, size_t *ntokens) {
  const Layer *ly = (const Layer *)gl_checkudata(L, arg, LAYER_T);
  *ntokens = ly->ntokens;
  return ly;
}

/* 1 when tokens [a, b] (0-based) lie inside one span of the layer that
** is longer than they are */
int gl_layer_inside (const void *layer, size_t a, size_t b) {
  const Layer *ly = (const Layer *)layer;
  uint32_t k;
  if (b >= ly->ntokens) return 0;
  k = ly->span_of[a];
  return k != 0 && ly->span_of[b] == k && (ly->first[k] < a || ly->last[k] > b);
}

/*
** core.layer(ntokens, firsts, lasts, bits) -> Layer: spans over tokens
** 1..ntokens given as 1-based inclusive token ranges with label bits (an
** integer < 2^53). Spans must not overlap; a later one that does is dropped.
*/
static int core_layer (lua_State *L) {
  lua_Integer nt = gl_checkinteger(L, 1);
  size_t n, i;
  Layer *ly;
  gl_checktable(L, 2);
  gl_checktable(L, 3);
  gl_checktable(L, 4);
  if (nt < 0 || nt > 0x7FFFFFFF) return luaL_error(L, "glean: bad token count");
  n = lua_rawlen(L, 2);
  if (lua_rawlen(L, 3) != n || lua_rawlen(L, 4) != n)
    return luaL_error(L, "glean: layer arrays differ in length");
  ly = (Layer *)gl_layer_push(L, (size_t)nt, n);
  for (i = 0; i < n; i++) {
    lua_Integer a, b;
    uint64_t bits;
    int isnum1, isnum2;
    lua_rawgeti(L, 2, (int)i + 1);
    lua_rawgeti(L, 3, (int)i + 1);
    lua_rawgeti(L, 4, (int)i + 1);
    a = lua_tointegerx(L, -3, &isnum1);
    b = lua_tointegerx(L, -2, &isnum2);
    if (!isnum1 || !isnum2 || a < 1 || b < a || b > nt)
      return luaL_error(L, "glean: span %d is not a token range in 1..%d",
                        (int)i + 1, (int)nt);
    bits = check_bits(L, -1, "span bits");
    lua_pop(L, 3);
    gl_layer_add(ly, (size_t)a - 1, (size_t)b - 1, bits);  /* overlaps: dropped */
  }
  return 1;
}

/* }====================================================== */


/*
** {======================================================
** Programs
** =======================================================
*/

static void program_free (Program *pg) {
  size_t i, l, b;
  free(pg->code);
  free(pg->tests);
  free(pg->tkey);
  free(pg->spanbits);
  for (i = 0; i < pg->nkeysets; i++) free(pg->keysets[i]);
  free(pg->keysets);
  free(pg->keyset_len);
  free(pg->key_sets);
  if (pg->by_key) {
    for (i = 0; i <= pg->keys.count; i++) free(pg->by_key[i]);
  }
  free(pg->by_key);
  free(pg->by_key_len);
  for (l = 0; l < 2; l++)
    for (b = 0; b < 64; b++) {
      free(pg->by_span[l][b]);
      free(pg->by_in[l][b]);
    }
  for (b = 0; b < 32; b++) {
    free(pg->by_flag[b]);
    free(pg->by_kind[b]);
  }
  free(pg->general);
  free(pg->memo);
  free(pg->rule_req);
  free(pg->key_req);
  free(pg->span_req);
  free(pg->clo_off);
  free(pg->clo_len);
  free(pg->clo);
  free(pg->clo_save);
  if (pg->first_pc)
    for (i = 0; i < pg->nrules; i++) free(pg->first_pc[i]);
  free(pg->first_pc);
  free(pg->nfirst);
  free(pg->always);
  free(pg->anchored);
  free(pg->rules);
  gl_array_free(pg->keys.slots, pg->keys.nslots * sizeof(uint64_t));
  gl_array_free(pg->keys.off, pg->keys.cap * sizeof(uint32_t));
  gl_array_free(pg->keys.len, pg->keys.cap * sizeof(uint32_t));
  gl_array_free(pg->keys.arena, pg->keys.arena_cap);
  memset(pg, 0, sizeof(*pg));
}

static void scratch_free (struct RunScratch *S);

static int program_gc (lua_State *L) {
  Program *pg = (Program *)gl_checkudata(L, 1, PROGRAM_T);
  if (pg->scratch) {
    scratch_free(pg->scratch);
    free(pg->scratch);
    pg->scratch = NULL;
  }
  program_free(pg);
  return 0;
}

static int field_int (lua_State *L, int t, const char *k, lua_Integer def) {
  lua_Integer v = def;
  lua_getfield(L, t, k);
  if (!lua_isnil(L, -1)) {
    int isnum;
    v = lua_tointegerx(L, -1, &isnum);
    if (!isnum) luaL_error(L, "glean: program field '%s' must be an integer", k);
  }
  lua_pop(L, 1);
  return (int)v;
}

static int cmp_u32 (const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return (x > y) - (x < y);
}

static int push_rule (uint32_t **list, size_t *len, uint32_t r) {
  uint32_t *p;
  if (*len > 0 && (*list)[*len - 1] == r) return 0;
  p = (uint32_t *)realloc(*list, (*len + 1) * sizeof(uint32_t));
  if (p == NULL) return -1;
  *list = p;
  p[(*len)++] = r;
  return 0;
}

/* the flag of a test's required ones that the fewest tokens have (by a
** fixed guess: an initial is rarer than a line start, a capital, ...) */
static int rarest_flag (uint32_t on) {
  static const uint32_t order[] = {
    GL_F_INVALID, GL_F_CJK, GL_F_ELLIPSIS, GL_F_INITIAL, GL_F_ABBREV,
    GL_F_MAYEND, GL_F_CLITIC, GL_F_PARA, GL_F_LINESTART, GL_F_NEWLINE,
    GL_F_OPEN, GL_F_CLOSE, GL_F_SINGLE, GL_F_TERMINAL, GL_F_JOINPREV,
    GL_F_JOINNEXT, GL_F_UPPER, GL_F_NONASCII, GL_F_DIGIT, GL_F_TITLE,
    GL_F_CAP
  };
  size_t k;
  for (k = 0; k < sizeof(order) / sizeof(order[0]); k++)
    if (on & order[k]) return __builtin_ctz(order[k]);
  return -1;                      /* lower, alpha, space: no use */
}

/*
** The instructions that can consume a rule's first token: follow the
** epsilon instructions from pc. Returns 0, 1 when the rule can match
** without consuming or starts with an unindexable test (index it as
** general), -1 out of memory.
*/
static int index_rule (Program *pg, uint32_t r) {
  uint32_t *stack, *seen;
  size_t sp = 0;
  int general = 0, rc = 0;
  /* each instruction is expanded once and pushes at most two */
  stack = (uint32_t *)malloc((2 * pg->ncode + 2) * sizeof(uint32_t));
  seen = (uint32_t *)calloc(pg->ncode + 1, sizeof(uint32_t));
  if (stack == NULL || seen == NULL) { free(stack); free(seen); return -1; }
  stack[sp++] = pg->rules[r].pc;
  while (sp > 0 && rc == 0) {
    uint32_t pc = stack[--sp];
    const pinst *in;
    if (pc >= pg->ncode || seen[pc]) continue;
    seen[pc] = 1;
    in = &pg->code[pc];
    switch (in->op) {
      case OP_JMP: stack[sp++] = in->a; break;
      case OP_SPLIT: stack[sp++] = in->b; stack[sp++] = in->a; break;
      case OP_SAVE: case OP_SENTSTART: case OP_SENTEND:
        stack[sp++] = pc + 1; break;
      case OP_MATCH: case OP_TAIL:
        general = 1; pg->always[r] = 1; break;
      case OP_SPAN: {
        uint64_t bits = pg->spanbits[pc];
        int b;
        if (in->a > 1 || bits == 0) { general = 1; pg->always[r] = 1; break; }
        if (push_rule(&pg->first_pc[r], &pg->nfirst[r], pc) != 0) rc = -1;
        for (b = 0; b < 64; b++)
          if ((bits >> b) & 1)
            if (push_rule(&pg->by_span[in->a][b], &pg->by_span_len[in->a][b],
                          r) != 0)
              rc = -1;
        pg->span_mask[in->a] |= bits;
        break;
      }
      case OP_TOKEN: {
        const ptest *t = &pg->tests[in->a];
        if (push_rule(&pg->first_pc[r], &pg->nfirst[r], pc) != 0) rc = -1;
        if (!t->neg && t->keyset >= 0) {
          size_t k;
          for (k = 0; k < pg->keyset_len[t->keyset]; k++) {
            uint32_t id = pg->keysets[t->keyset][k];
            if (push_rule(&pg->by_key[id], &pg->by_key_len[id], r) != 0)
              rc = -1;
          }
        }
        else if (!t->neg && t->layer >= 0 && t->layer <= 1 && t->bits) {
          int b;
          for (b = 0; b < 64; b++)
            if ((t->bits >> b) & 1)
              if (push_rule(&pg->by_in[t->layer][b],
                            &pg->by_in_len[t->layer][b], r) != 0)
                rc = -1;
          pg->in_mask[t->layer] |= t->bits;
        }
        else if (!t->neg && rarest_flag(t->on) >= 0) {
          int b = rarest_flag(t->on);
          if (push_rule(&pg->by_flag[b], &pg->by_flag_len[b], r) != 0) rc = -1;
          pg->flag_mask |= (uint32_t)1 << b;
        }
        else if (!t->neg && t->kinds != 0 && !(t->kinds & 1u)) {
          /* kinds other than words (most tokens are words: those rules
          ** stay general) */
          int b;
          for (b = 0; b < 32; b++)
            if ((t->kinds >> b) & 1) {
              if (push_rule(&pg->by_kind[b], &pg->by_kind_len[b], r) != 0) rc = -1;
              pg->kind_mask |= (uint32_t)1 << b;
            }
        }
        else general = 1;
        break;
      }
      default: general = 1; pg->always[r] = 1; break;
    }
  }
  free(stack);
  free(seen);
  if (rc != 0) return rc;
  if (general && push_rule(&pg->general, &pg->ngeneral, r) != 0) return -1;
  return 0;
}

#define CLO_NONE 0xFFFFFFFFu
#define CLO_MAXTOTAL (1u << 20)   /* closure entries kept, all pcs together */
#define CLO_MAXVISITS 256         /* instructions one closure may visit */

/* what the TOKEN, SPAN or MATCH instruction at pc asks (see cloent) */
static uint32_t clo_what (const Program *pg, uint32_t pc) {
  const pinst *in = &pg->code[pc];
  uint32_t tk;
  if (in->op == OP_MATCH) return CLO_MATCH << 30;
  if (in->op == OP_SPAN) return CLO_SPAN << 30 | in->a;  /* (a layer, <= 7) */
  tk = pg->tkey[in->a];                                  /* (a test, < 2^28) */
  if (tk != TKEY_NONE && (tk & ~TKEY_NEG) <= 0x0FFFFFFFu)
    return CLO_KEY << 30 | (tk >> 31) << 29 | (tk & ~TKEY_NEG);
  return CLO_TEST << 30 | in->a;
}

/*
** Work out every pc's epsilon closure once, as addthread would walk it
** (JMP, SPLIT a before b, SAVE): the TOKEN, SPAN and MATCH instructions
** reached, first visit wins, each with the slots saved on its path. A
** closure through a sentence edge or a span tail depends on the position:
** those stay CLO_NONE and are walked at run time. -1 out of memory.
*/
static int closures (Program *pg) {
  size_t n = pg->ncode, total = 0, cap = 64, pc0;
  uint32_t *seen = (uint32_t *)calloc(n + 1, sizeof(uint32_t));
  struct { uint32_t pc; uint64_t save; } *stack =
    malloc((2 * n + 2) * sizeof(*stack));
  pg->clo_off = (uint32_t *)malloc((n + 1) * sizeof(uint32_t));
  pg->clo_len = (uint32_t *)malloc((n + 1) * sizeof(uint32_t));
  pg->clo = (cloent *)malloc(cap * sizeof(cloent));
  pg->clo_save = (uint64_t *)malloc(cap * sizeof(uint64_t));
  if (!seen || !stack || !pg->clo_off || !pg->clo_len || !pg->clo ||
      !pg->clo_save) {
    free(seen); free(stack);
    return -1;
  }
  for (pc0 = 0; pc0 < n; pc0++) {
    size_t sp = 0, start = total, visits = 0;
    int ok = 1;
    pg->clo_off[pc0] = (uint32_t)total;
    pg->clo_len[pc0] = CLO_NONE;
    stack[sp].pc = (uint32_t)pc0; stack[sp].save = 0; sp++;
    while (sp > 0 && ok) {
      uint32_t pc = stack[--sp].pc;
      uint64_t save = stack[sp].save;
      const pinst *in;
      if (seen[pc] == pc0 + 1) continue;
      seen[pc] = (uint32_t)pc0 + 1;
      /* (a closure this long is walked at run time: working every one out
      ** would cost the square of a long program) */
      if (++visits > CLO_MAXVISITS) { ok = 0; break; }
      in = &pg->code[pc];
      switch (in->op) {
        case OP_JMP:
          stack[sp].pc = in->a; stack[sp].save = save; sp++;
          break;
        case OP_SPLIT:
          stack[sp].pc = in->b; stack[sp].save = save; sp++;
          stack[sp].pc = in->a; stack[sp].save = save; sp++;
          break;
        case OP_SAVE:
          stack[sp].pc = pc + 1;
          stack[sp].save = save | ((uint64_t)1 << in->a); sp++;
          break;
        case OP_TOKEN: case OP_SPAN: case OP_MATCH:
          if (total >= CLO_MAXTOTAL) { ok = 0; break; }
          if (total == cap) {
            cloent *a = (cloent *)realloc(pg->clo, 2 * cap * sizeof(cloent));
            uint64_t *b;
            if (a) pg->clo = a;
            b = a ? (uint64_t *)realloc(pg->clo_save, 2 * cap * sizeof(uint64_t)) : NULL;
            if (b) pg->clo_save = b;
            if (!a || !b) { free(seen); free(stack); return -1; }
            cap *= 2;
          }
          pg->clo[total].pc = pc;
          pg->clo[total].what = clo_what(pg, pc);
          pg->clo_save[total] = save;
          total++;
          break;
        default: ok = 0; break;           /* sentence edges, tails */
      }
    }
    if (ok) pg->clo_len[pc0] = (uint32_t)(total - start);
    else total = start;
  }
  pg->nclo = total;
  free(seen);
  free(stack);
  return 0;
}

/* whether rule r can reach its MATCH without passing instruction block
** (seen: per pc, the stamp of the walk that saw it; list, when given,
** receives every instruction of the rule, *nlist of them) */
static int reaches_match (const Program *pg, uint32_t r, uint32_t block,
                          uint32_t *stack, uint32_t *seen, uint32_t stamp,
                          uint32_t *list, size_t *nlist) {
  size_t sp = 0;
  int found = 0;
  stack[sp++] = pg->rules[r].pc;
  /* (with a list: the whole rule, each instruction listed once) */
  while (sp > 0 && (list || !found)) {
    uint32_t pc = stack[--sp];
    const pinst *in;
    if (pc >= pg->ncode || seen[pc] == stamp || pc == block) continue;
    seen[pc] = stamp;
    if (list) list[(*nlist)++] = pc;
    in = &pg->code[pc];
    switch (in->op) {
      case OP_MATCH: found = 1; break;
      case OP_JMP: stack[sp++] = in->a; break;
      case OP_SPLIT: stack[sp++] = in->a; stack[sp++] = in->b; break;
      case OP_TAIL: stack[sp++] = pc; stack[sp++] = pc + 1; break;
      default: stack[sp++] = pc + 1; break;
    }
  }
  return found;
}

/*
** What each rule cannot match without (see rule_req and span_req): the
** positive key tests and span tests that every path to its MATCH goes
** through. A rule of more than GL_REQ_MAXLEN instructions is not looked
** at (each candidate costs a walk of the rule). -1 out of memory.
*/
/* the requirement slot of key set ks (made on first use), or -1 when the
** GL_REQSLOTS slots are taken */
static int key_slot (Program *pg, int32_t *slot_of_set, int32_t ks) {
  size_t q, k;
  int slot;
  for (q = 0; q < pg->nreq; q++)
    if (slot_of_set[q] == ks) return (int)q;
  if (pg->nreq == GL_REQSLOTS) { pg->nreq_dropped++; return -1; }
  slot = (int)pg->nreq++;
  slot_of_set[slot] = ks;
  for (k = 0; k < pg->keyset_len[ks]; k++)
    req_add(&pg->key_req[pg->keysets[ks][k]], slot);
  return slot;
}

#define GL_REQ_MAXLEN 2048     /* instructions of a rule looked at (the quote
                                  ** rules with a speaker, an aside, a day and a
                                  ** listener reach 600 and more) */
#define GL_REQ_MAXTESTS 64     /* tests of a rule tried as needed ones */

/*
** A cut of rule r: key and span tests one of which every path to its
** MATCH passes ("said" or "that" after a speaker: the speaker alone is
** no match). Each test taken stands for what a token needs to pass it: a
** key of its set (a requirement slot) or a span of its layer with its
** bits. The walk starts with every such test blocked; then each is let
** through again where the MATCH stays out of reach: first the tests of
** layer 1 (the entities: names are everywhere in a text, a cut of them
** would prune little), then the others in program order, so the cut
** keeps the rule's later tests (a cue comes after its speaker). The rule
** can start only where a token of the rest of the sentence passes one of
** them. Returns 1 with *slots and bits[2] set, 0 when there is no cut
** (or its keys find no slot). reach: the rule's nreach instructions.
*/
#define GL_CUT_MAXTESTS 64
static int cut_of (Program *pg, uint32_t r, const uint32_t *reach,
                   size_t nreach, uint32_t *stack, uint32_t *seen,
                   uint32_t *stamp, int32_t *slot_of_set, reqmask *slots,
                   uint64_t *bits) {
  uint32_t cand[GL_CUT_MAXTESTS], order[GL_CUT_MAXTESTS];
  unsigned char kept[GL_CUT_MAXTESTS];
  size_t nc = 0, j, k;
  for (j = 0; j < nreach; j++) {
    uint32_t pc = reach[j], o;
    const pinst *in = &pg->code[pc];
    int names;                         /* a test of the entity layer */
    if (in->op == OP_TOKEN) {
      const ptest *t = &pg->tests[in->a];
      if (t->neg || (t->keyset < 0 && (t->layer < 0 || t->layer > 1 || t->bits == 0)))
        continue;
      names = t->keyset < 0 && t->layer == 1;
    }
    else if (in->op == OP_SPAN && in->a <= 1 && pg->spanbits[pc] != 0)
      names = in->a == 1;
    else continue;
    if (nc == GL_CUT_MAXTESTS) return 0;
    /* (in the order they are let through: an insertion sort) */
    o = names ? pc : pc + (uint32_t)pg->ncode;
    for (k = nc; k > 0 && order[k - 1] > o; k--) {
      cand[k] = cand[k - 1];
      order[k] = order[k - 1];
    }
    cand[k] = pc;
    order[k] = o;
    nc++;
  }
  if (nc == 0) return 0;
  for (k = 0; k < nc; k++) kept[k] = 1;
  for (j = 0; j <= nc; j++) {
    /* j == 0: all blocked (is there a cut at all?); then test j - 1 let
    ** through */
    if (j > 0) kept[j - 1] = 0;
    ++*stamp;
    for (k = 0; k < nc; k++)
      if (kept[k]) seen[cand[k]] = *stamp;    /* (a blocked test: seen) */
    if (reaches_match(pg, r, (uint32_t)-1, stack, seen, *stamp, NULL, NULL)) {
      if (j == 0) return 0;
      kept[j - 1] = 1;
    }
  }
  memset(slots, 0, sizeof(*slots));
  bits[0] = bits[1] = 0;
  for (k = 0; k < nc; k++) {
    const pinst *in = &pg->code[cand[k]];
    if (!kept[k]) continue;
    if (in->op == OP_SPAN) bits[in->a] |= pg->spanbits[cand[k]];
    else {
      const ptest *t = &pg->tests[in->a];
      if (t->layer >= 0 && t->layer <= 1 && t->bits) bits[t->layer] |= t->bits;
      else {
        int slot = key_slot(pg, slot_of_set, t->keyset);
        if (slot < 0) return 0;
        req_add(slots, slot);
      }
    }
  }
  return 1;
}

static int required_keys (Program *pg) {
  size_t n = pg->ncode, r;
  int32_t slot_of_set[GL_REQSLOTS];
  uint32_t stamp = 0;
  uint32_t *stack = (uint32_t *)malloc((2 * n + 4) * sizeof(uint32_t));
  uint32_t *seen = (uint32_t *)calloc(n + 1, sizeof(uint32_t));
  uint32_t *reach = (uint32_t *)malloc((n + 1) * sizeof(uint32_t));
  pg->rule_req = (reqmask *)calloc(pg->nrules + 1, sizeof(reqmask));
  pg->key_req = (reqmask *)calloc(pg->keys.count + 1, sizeof(reqmask));
  pg->span_req = (struct spanreq *)calloc(pg->nrules + 1, sizeof(struct spanreq));
  if (!stack || !seen || !reach || !pg->rule_req || !pg->key_req ||
      !pg->span_req) {
    free(stack); free(seen); free(reach);
    return -1;
  }
  for (r = 0; r < pg->nrules; r++) {
    size_t nreach = 0, j, tried = 0;
    struct spanreq *sr = &pg->span_req[r];
    /* the rule's own instructions: those reachable from its start (a
    ** long rule is left alone: each test tried costs a walk of the rule) */
    reaches_match(pg, (uint32_t)r, (uint32_t)-1, stack, seen, ++stamp,
                  reach, &nreach);
    if (nreach > GL_REQ_MAXLEN) { pg->nlong++; continue; }
    for (j = 0; j < nreach && tried < GL_REQ_MAXTESTS; j++) {
      uint32_t pc = reach[j];
      const pinst *in = &pg->code[pc];
      const ptest *t = NULL;
      int slot, layer = -1;
      uint64_t bits = 0;
      if (in->op == OP_TOKEN) {
        t = &pg->tests[in->a];
        if (t->neg) continue;
        if (t->keyset < 0) {
          if (t->layer < 0 || t->layer > 1 || t->bits == 0) continue;
          layer = t->layer;
          bits = t->bits;
        }
      }
      else if (in->op == OP_SPAN && in->a <= 1 && pg->spanbits[pc] != 0) {
        layer = (int)in->a;
        bits = pg->spanbits[pc];
      }
      else continue;
      if (layer >= 0 && sr->n == GL_MAXSPANREQ) continue;
      tried++;
      if (reaches_match(pg, (uint32_t)r, pc, stack, seen, ++stamp, NULL, NULL))
        continue;
      if (layer >= 0) {                      /* a span it needs */
        sr->layer[sr->n] = (unsigned char)layer;
        sr->bits[sr->n++] = bits;
        continue;
      }
      slot = key_slot(pg, slot_of_set, t->keyset);  /* a key it needs */
      if (slot >= 0) req_add(&pg->rule_req[r], slot);
    }
    /* captures every match has: the first token of each is one of a few
    ** keys or spans (the closure after its SAVE) */
    for (j = 0; j < nreach && sr->nany < GL_MAXSPANREQ; j++) {
      uint32_t pc = reach[j], e, ne;
      reqmask slots;
      uint64_t bits[2] = {0, 0};
      int ok = 1;
      memset(&slots, 0, sizeof(slots));
      if (pg->code[pc].op != OP_SAVE || pc + 1 >= n ||
          pg->clo_len[pc + 1] == CLO_NONE || pg->clo_len[pc + 1] == 0)
        continue;
      if (tried++ >= GL_REQ_MAXTESTS) break;
      ne = pg->clo_len[pc + 1];
      for (e = 0; e < ne && ok; e++) {
        uint32_t q = pg->clo[pg->clo_off[pc + 1] + e].pc;
        const pinst *in = &pg->code[q];
        if (in->op == OP_TOKEN) {
          const ptest *t = &pg->tests[in->a];
          int slot;
          if (t->neg) ok = 0;
          else if (t->keyset >= 0) {
            if ((slot = key_slot(pg, slot_of_set, t->keyset)) < 0) ok = 0;
            else req_add(&slots, slot);
          }
          else if (t->layer >= 0 && t->layer <= 1 && t->bits) bits[t->layer] |= t->bits;
          else ok = 0;
        }
        else if (in->op == OP_SPAN && in->a <= 1 && pg->spanbits[q])
          bits[in->a] |= pg->spanbits[q];
        else ok = 0;                           /* MATCH: the capture may be empty */
      }
      if (!ok) continue;
      if (reaches_match(pg, (uint32_t)r, pc, stack, seen, ++stamp, NULL, NULL))
        continue;                              /* not every match has it */
      sr->any_slots[sr->nany] = slots;
      sr->any_bits[sr->nany][0] = bits[0];
      sr->any_bits[sr->nany][1] = bits[1];
      sr->nany++;
    }
    if (sr->nany < GL_MAXSPANREQ &&
        cut_of(pg, (uint32_t)r, reach, nreach, stack, seen, &stamp, slot_of_set,
               &sr->any_slots[sr->nany], sr->any_bits[sr->nany])) {
      sr->nany++;
      pg->cuts = 1;
    }
  }
  free(stack); free(seen); free(reach);
  return 0;
}

/* whether a sentence (or the rest of one, from a token on) holding the
** needed keys keys and spans with the bits have[0], have[1] can hold a
** match of rule r */
static inline int sentence_may (const Program *pg, uint32_t r,
                                const reqmask *keys, const uint64_t *have) {
  const struct spanreq *sr = &pg->span_req[r];
  unsigned k;
  if (req_lacks(&pg->rule_req[r], keys)) return 0;
  for (k = 0; k < sr->n; k++)
    if (!(have[sr->layer[k]] & sr->bits[k])) return 0;
  for (k = 0; k < sr->nany; k++)
    if (!req_meets(&sr->any_slots[k], keys) && !(have[0] & sr->any_bits[k][0]) &&
        !(have[1] & sr->any_bits[k][1]))
      return 0;
  return 1;
}

/* push the program spec's field k (at index 1), a table: its length */
static size_t spec_array (lua_State *L, const char *k) {
  lua_getfield(L, 1, k);
  if (!lua_istable(L, -1)) luaL_error(L, "glean: program needs %s", k);
  return lua_rawlen(L, -1);
}

/*
** core.program{code = {op, a, b, op, a, b, ...}, spanbits = {[pc] = bits},
** tests = {{kinds=, on=, off=, keyset=, layer=, bits=, neg=}, ...},
** keysets = {{key, ...}, ...}, rules = {{pc=, nslots=}, ...}} -> Program.
** Indices in code and tests are 0-based; ops are names in op_names order.
*/
static int core_program (lua_State *L) {
  Program *pg;
  size_t i, n;
  gl_checktable(L, 1);
  pg = (Program *)gl_newuserdata(L, sizeof(Program));
  memset(pg, 0, sizeof(*pg));
  luaL_getmetatable(L, PROGRAM_T);
  lua_setmetatable(L, -2);                       /* spec, pg */
  /* key sets */
  n = spec_array(L, "keysets");
  pg->keysets = (uint32_t **)calloc(n + 1, sizeof(uint32_t *));
  pg->keyset_len = (size_t *)calloc(n + 1, sizeof(size_t));
  if (!pg->keysets || !pg->keyset_len)
    return luaL_error(L, "glean: not enough memory");
  pg->nkeysets = n;
  for (i = 0; i < n; i++) {
    size_t m, k;
    lua_rawgeti(L, -1, (int)i + 1);
    if (!lua_istable(L, -1)) return luaL_error(L, "glean: bad key set %d", (int)i + 1);
    m = lua_rawlen(L, -1);
    pg->keysets[i] = (uint32_t *)malloc((m + 1) * sizeof(uint32_t));
    if (pg->keysets[i] == NULL) return luaL_error(L, "glean: not enough memory");
    for (k = 0; k < m; k++) {
      size_t len;
      const char *s;
      uint32_t id;
      lua_rawgeti(L, -1, (int)k + 1);
      if (lua_type(L, -1) != LUA_TSTRING)
        return luaL_error(L, "glean: key set %d holds a non-string", (int)i + 1);
      s = lua_tolstring(L, -1, &len);
      if ((id = gl_intern_add(&pg->keys, s, len)) == 0)
        return luaL_error(L, "glean: not enough memory");
      if (len > 0)
        pg->firstlen[(unsigned char)s[0]] |= (uint64_t)1 << (len < 63 ? len : 63);
      pg->keysets[i][pg->keyset_len[i]++] = id;
      lua_pop(L, 1);
    }
    qsort(pg->keysets[i], pg->keyset_len[i], sizeof(uint32_t), cmp_u32);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  /* a token's first byte is looked up as it is: an upper-case letter has
  ** the row of its lower-case one (tokens are lower-cased to find their
  ** key), a byte >= 0x80 every length (its token is folded first) */
  for (i = 'A'; i <= 'Z'; i++) pg->firstlen[i] = pg->firstlen[i + 32];
  for (i = 0x80; i < 256; i++) pg->firstlen[i] = ~(uint64_t)0;
  /* which sets hold each key: a test of a key set is one bit */
  pg->ksw = (pg->nkeysets + 63) / 64;
  if (pg->ksw == 0) pg->ksw = 1;
  pg->key_sets = (uint64_t *)calloc((pg->keys.count + 1) * pg->ksw,
                                    sizeof(uint64_t));
  if (pg->key_sets == NULL) return luaL_error(L, "glean: not enough memory");
  for (i = 0; i < pg->nkeysets; i++) {
    size_t k;
    for (k = 0; k < pg->keyset_len[i]; k++)
      pg->key_sets[pg->keysets[i][k] * pg->ksw + i / 64] |=
        (uint64_t)1 << (i % 64);
  }
  /* tests */
  n = spec_array(L, "tests");
  pg->tests = (ptest *)calloc(n + 1, sizeof(ptest));
  pg->tkey = (uint32_t *)malloc((n + 1) * sizeof(uint32_t));
  if (pg->tests == NULL || pg->tkey == NULL)
    return luaL_error(L, "glean: not enough memory");
  pg->ntests = n;
  for (i = 0; i < n; i++) {
    ptest *t = &pg->tests[i];
    int tix;
    lua_rawgeti(L, -1, (int)i + 1);
    tix = lua_gettop(L);
    if (!lua_istable(L, tix)) return luaL_error(L, "glean: bad test %d", (int)i + 1);
    t->kinds = (uint32_t)field_int(L, tix, "kinds", 0);
    t->on = (uint32_t)field_int(L, tix, "on", 0) << GL_KIND_BITS;
    t->off = (uint32_t)field_int(L, tix, "off", 0) << GL_KIND_BITS;
    t->keyset = field_int(L, tix, "keyset", -1);
    t->layer = field_int(L, tix, "layer", -1);
    t->neg = field_int(L, tix, "neg", 0) != 0;
    lua_getfield(L, tix, "bits");
    t->bits = lua_isnil(L, -1) ? 0 : check_bits(L, -1, "test bits");
    lua_pop(L, 1);
    t->xlayer = field_int(L, tix, "xlayer", -1);
    lua_getfield(L, tix, "xbits");
    t->xbits = lua_isnil(L, -1) ? 0 : check_bits(L, -1, "test bits");
    lua_pop(L, 1);
    if (t->xlayer < -1 || t->xlayer > 7)
      return luaL_error(L, "glean: test %d refers to a missing layer", (int)i + 1);
    if (t->keyset < -1 || t->keyset >= (int32_t)pg->nkeysets ||
        t->layer < -1 || t->layer > 7)
      return luaL_error(L, "glean: test %d refers to a missing key set or "
                        "layer", (int)i + 1);
    t->kindmask = (t->on & t->off) != 0 ? 0 : t->kinds ? t->kinds : ~0u;
    t->onoff = t->on | t->off;
    pg->tkey[i] = TKEY_NONE;
    if (t->keyset >= 0 && t->kinds == 0 && t->onoff == 0 && t->layer < 0 &&
        t->xlayer < 0 && (uint32_t)t->keyset < TKEY_NEG)
      pg->tkey[i] = (uint32_t)t->keyset | (t->neg ? TKEY_NEG : 0);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  /* code */
  n = spec_array(L, "code");
  if (n % 3 != 0 || n / 3 > GL_PAT_MAXINST)
    return luaL_error(L, "glean: program code has a bad length");
  pg->ncode = n / 3;
  pg->code = (pinst *)calloc(pg->ncode + 1, sizeof(pinst));
  pg->spanbits = (uint64_t *)calloc(pg->ncode + 1, sizeof(uint64_t));
  if (!pg->code || !pg->spanbits) return luaL_error(L, "glean: not enough memory");
  for (i = 0; i < pg->ncode; i++) {
    pinst *in = &pg->code[i];
    int k, isnum;
    lua_Integer v[3];
    lua_rawgeti(L, -1, (int)(3 * i + 1));
    if (lua_type(L, -1) == LUA_TSTRING) {
      const char *name = lua_tostring(L, -1);
      for (k = 0; op_names[k]; k++) if (strcmp(op_names[k], name) == 0) break;
      if (!op_names[k]) return luaL_error(L, "glean: unknown op '%s'", name);
      v[0] = k;
    }
    else return luaL_error(L, "glean: instruction %d has no op", (int)i);
    lua_pop(L, 1);
    for (k = 1; k < 3; k++) {
      lua_rawgeti(L, -1, (int)(3 * i + 1 + k));
      v[k] = lua_isnil(L, -1) ? 0 : lua_tointegerx(L, -1, &isnum);
      if (!lua_isnil(L, -1) && !isnum)
        return luaL_error(L, "glean: instruction %d has a bad operand", (int)i);
      lua_pop(L, 1);
    }
    if (v[1] < 0 || v[2] < 0 || v[1] > 0xFFFFFFF || v[2] > 0xFFFFFFF)
      return luaL_error(L, "glean: instruction %d has a bad operand", (int)i);
    in->op = (uint32_t)v[0];
    in->a = (uint32_t)v[1];
    in->b = (uint32_t)v[2];
    /* an instruction that goes on to the next one must have one */
    if (i + 1 >= pg->ncode && in->op != OP_MATCH && in->op != OP_JMP &&
        in->op != OP_SPLIT)
      return luaL_error(L, "glean: instruction %d runs off the end", (int)i);
    switch (in->op) {
      case OP_TOKEN:
        if (in->a >= pg->ntests)
          return luaL_error(L, "glean: instruction %d: no test %d", (int)i, (int)in->a);
        break;
      case OP_SPLIT:
        if (in->b >= pg->ncode) return luaL_error(L, "glean: instruction %d jumps out", (int)i);
        /* FALLTHROUGH */
      case OP_JMP:
        if (in->a >= pg->ncode) return luaL_error(L, "glean: instruction %d jumps out", (int)i);
        break;
      case OP_SAVE:
        if (in->a >= GL_PAT_MAXSLOTS)
          return luaL_error(L, "glean: instruction %d: too many captures", (int)i);
        break;
      case OP_SPAN: case OP_TAIL:
        if (in->a > 7) return luaL_error(L, "glean: instruction %d: bad layer", (int)i);
        break;
      default: break;
    }
  }
  lua_pop(L, 1);
  lua_getfield(L, 1, "spanbits");
  if (lua_istable(L, -1)) {
    for (i = 0; i < pg->ncode; i++) {
      lua_rawgeti(L, -1, (int)i);
      if (!lua_isnil(L, -1)) pg->spanbits[i] = check_bits(L, -1, "span bits");
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  /* rules */
  n = spec_array(L, "rules");
  pg->rules = (prule *)calloc(n + 1, sizeof(prule));
  pg->first_pc = (uint32_t **)calloc(n + 1, sizeof(uint32_t *));
  pg->nfirst = (size_t *)calloc(n + 1, sizeof(size_t));
  pg->always = (unsigned char *)calloc(n + 1, 1);
  pg->anchored = (unsigned char *)calloc(n + 1, 1);
  if (pg->rules == NULL || pg->first_pc == NULL || pg->nfirst == NULL ||
      pg->always == NULL || pg->anchored == NULL)
    return luaL_error(L, "glean: not enough memory");
  pg->nrules = n;
  for (i = 0; i < n; i++) {
    int rix;
    lua_rawgeti(L, -1, (int)i + 1);
    rix = lua_gettop(L);
    if (!lua_istable(L, rix)) return luaL_error(L, "glean: bad rule %d", (int)i + 1);
    pg->rules[i].pc = (uint32_t)field_int(L, rix, "pc", 0);
    pg->rules[i].nslots = (uint32_t)field_int(L, rix, "nslots", 0);
    if (pg->rules[i].pc >= pg->ncode || pg->rules[i].nslots > GL_PAT_MAXSLOTS)
      return luaL_error(L, "glean: rule %d: bad start or slots", (int)i + 1);
    lua_pop(L, 1);
  }
  /* rules every path of which opens with a sentence start (past SAVEs
  ** only: one path is enough to follow) */
  for (i = 0; i < pg->nrules; i++) {
    uint32_t pc = pg->rules[i].pc, steps = 0;
    while (pc < pg->ncode && steps++ < pg->ncode &&
           (pg->code[pc].op == OP_SAVE || pg->code[pc].op == OP_JMP))
      pc = pg->code[pc].op == OP_SAVE ? pc + 1 : pg->code[pc].a;
    pg->anchored[i] = pc < pg->ncode && pg->code[pc].op == OP_SENTSTART;
  }
  lua_pop(L, 1);
  /* the start index */
  pg->by_key = (uint32_t **)calloc(pg->keys.count + 1, sizeof(uint32_t *));
  pg->by_key_len = (size_t *)calloc(pg->keys.count + 1, sizeof(size_t));
  if (!pg->by_key || !pg->by_key_len) return luaL_error(L, "glean: not enough memory");
  for (i = 0; i < pg->nrules; i++)
    if (index_rule(pg, (uint32_t)i) != 0)
      return luaL_error(L, "glean: not enough memory");
  if (closures(pg) != 0 || required_keys(pg) != 0)
    return luaL_error(L, "glean: not enough memory");
  /* plain = true: none of the above used (the same matches, found the
  ** slow way; the specs compare the two) */
  lua_getfield(L, 1, "plain");
  if (lua_toboolean(L, -1)) {
    for (i = 0; i < pg->ncode; i++) pg->clo_len[i] = CLO_NONE;
    for (i = 0; i < pg->nrules; i++) {
      pg->always[i] = 1;
      pg->anchored[i] = 0;
      memset(&pg->rule_req[i], 0, sizeof(reqmask));
      pg->span_req[i].n = 0;
      pg->span_req[i].nany = 0;
    }
    pg->ngeneral = 0;
    for (i = 0; i < pg->nrules; i++)
      if (push_rule(&pg->general, &pg->ngeneral, (uint32_t)i) != 0)
        return luaL_error(L, "glean: not enough memory");
    pg->flag_mask = pg->kind_mask = 0;
    pg->span_mask[0] = pg->span_mask[1] = 0;
    pg->in_mask[0] = pg->in_mask[1] = 0;
    for (i = 0; i <= pg->keys.count; i++) pg->by_key_len[i] = 0;
  }
  lua_pop(L, 1);
  return 1;
}

/* }====================================================== */


/*
** {======================================================
** The VM
** =======================================================
*/

typedef struct thread {
  uint32_t pc;
  uint32_t span;           /* span id a TAIL instruction continues */
  uint32_t k;              /* which of the rules run together */
  uint32_t nslots;         /* its rule's capture slots */
  int32_t *caps;
} thread;

typedef struct tlist {
  thread *t;
  size_t n;
  int32_t *capbuf;         /* capacity ncode * nslots */
} tlist;

typedef struct vm {
  const Program *pg;
  const gl_tokens *toks;
  const uint32_t *keyid;   /* per token */
  const uint32_t *sent_first, *sent_last;  /* per token: its sentence */
  const Layer *layers[2];
  uint64_t *tstamp;        /* per test: (run, token) its result is for */
  unsigned char *tval;     /*   and the result */
  uint64_t run;            /* this run's number, shifted left 32 */
  uint32_t *mark;          /* per pc: step + 1 when listed */
  uint32_t step;
  int32_t init[GL_PAT_MAXSLOTS];  /* captures of a new thread: all unset */
  /* closure stack: pc, or restore entries */
  struct { uint32_t pc; int32_t slot, val; } *stack;
  size_t stackcap;
} vm;

static int keyset_has (const Program *pg, int32_t ks, uint32_t id) {
  return (int)((pg->key_sets[(size_t)id * pg->ksw + (uint32_t)ks / 64] >>
                ((uint32_t)ks % 64)) & 1);
}

static int test_ok (const vm *V, const ptest *t, size_t p) {
  uint32_t info = V->toks->info[p];
  int ok = 1;
  if (!((t->kindmask >> (info & GL_KIND_MASK)) & 1)) ok = 0;
  else if ((info & t->onoff) != t->on) ok = 0;
  else if (t->keyset >= 0 && !keyset_has(V->pg, t->keyset, V->keyid[p])) ok = 0;
  else if (t->layer >= 0) {
    const Layer *ly = t->layer <= 1 ? V->layers[t->layer] : NULL;
    uint32_t sp = ly ? ly->span_of[p] : 0;
    if (sp == 0 || !(ly->bits[sp] & t->bits)) ok = 0;
  }
  if (ok && t->xlayer >= 0) {
    const Layer *ly = t->xlayer <= 1 ? V->layers[t->xlayer] : NULL;
    uint32_t sp = ly ? ly->span_of[p] : 0;
    if (sp != 0 && (ly->bits[sp] & t->xbits)) ok = 0;
  }
  return t->neg ? !ok : ok;
}

/* test ti at token p the first time it is asked for there (out of line:
** the callers' loops stay small) */
static int __attribute__((noinline)) test_fill (const vm *V, uint32_t ti,
                                                size_t p, uint64_t stamp) {
  int ok = test_ok(V, &V->pg->tests[ti], p);
  V->tstamp[ti] = stamp;
  V->tval[ti] = (unsigned char)ok;
  return ok;
}

/* test ti at token p, worked out once per token (rules and threads share
** tests: "the", a reporting verb, a word that is no modifier) */
static inline int test_memo (const vm *V, uint32_t ti, size_t p) {
  uint64_t stamp = V->run | ((uint64_t)p + 1);
  if (V->tstamp[ti] == stamp) return V->tval[ti];
  return test_fill(V, ti, p, stamp);
}

/* test ti at token p: a key set alone is one bit, others are memoized */
static inline int test_at (const vm *V, uint32_t ti, size_t p) {
  uint32_t ks = V->pg->tkey[ti];
  if (ks != TKEY_NONE)
    return keyset_has(V->pg, (int32_t)(ks & ~TKEY_NEG), V->keyid[p]) ^
           (int)(ks >> 31);
  return test_memo(V, ti, p);
}

/* a span of layer l starting at token p with one of bits: its id, or 0 */
static uint32_t span_start (const vm *V, uint32_t l, size_t p, uint64_t bits) {
  const Layer *ly = l <= 1 ? V->layers[l] : NULL;
  uint32_t sp;
  if (ly == NULL || p >= ly->ntokens) return 0;
  sp = ly->span_of[p];
  if (sp == 0 || ly->first[sp] != p || !(ly->bits[sp] & bits)) return 0;
  return sp;
}

/* whether rule r's first token can be token p: one of the instructions
** that may take it accepts it (a cheap look before the rule's threads
** are made: most rules that may start anywhere start almost nowhere) */
static int may_start (const vm *V, uint32_t r, size_t p) {
  const Program *pg = V->pg;
  size_t k;
  for (k = 0; k < pg->nfirst[r]; k++) {
    uint32_t pc = pg->first_pc[r][k];
    const pinst *in = &pg->code[pc];
    if (in->op == OP_TOKEN) {
      if (test_at(V, in->a, p)) return 1;
    }
    else if (span_start(V, in->a, p, pg->spanbits[pc]) != 0) return 1;
  }
  return 0;
}

/* list a thread at pc, with a copy of its captures; its captures, to be
** set. (Eight slots a move, a few moves a thread, cheaper than a call of
** memcpy: every block of captures, a thread's or V->init, has
** GL_PAT_MAXSLOTS of them, the copy rounds up within it, and what lies
** past nslots is never read.) */
static inline int32_t *list_thread (tlist *l, uint32_t pc, uint32_t span,
                                    uint32_t k, uint32_t nslots,
                                    const int32_t *caps) {
  thread *t = &l->t[l->n];
  int32_t *tc = l->capbuf + l->n * GL_PAT_MAXSLOTS;
  uint32_t j;
  t->pc = pc;
  t->span = span;
  t->k = k;
  t->nslots = nslots;
  t->caps = tc;
  for (j = 0; j < nslots; j += 8)
    memcpy(tc + j, caps + j, 8 * sizeof(int32_t));
  l->n++;
  return tc;
}

/* the key sets of token p (before limit; else none are read) */
static inline const uint64_t *key_row (const vm *V, size_t p, size_t limit) {
  return p < limit ? V->pg->key_sets + (size_t)V->keyid[p] * V->pg->ksw : NULL;
}

/*
** Add the thread at pc0 to list l for position p along its closure worked
** out once (see closures): the instructions it reaches that take token p
** (or match), each listed with a copy of caps and the slots saved on the
** way set to p. A thread whose test fails at p would only die at the next
** step: it is not listed (nor its captures copied). At the end of the
** run (p == limit) only a MATCH can be listed. A thread listed at a SPAN
** holds the span that starts at p (its own is of no more use there).
** krow: token p's row of key_sets (see key_row), the callers' to work
** out once a step.
*/
static inline __attribute__((always_inline))
void add_closure (vm *V, tlist *l, uint32_t pc0, const int32_t *caps,
                  uint32_t span, uint32_t k, uint32_t nslots, size_t p,
                  size_t limit, const uint64_t *krow) {
  const Program *pg = V->pg;
  uint32_t off = pg->clo_off[pc0], e, ne = pg->clo_len[pc0];
  const cloent *ce = pg->clo + off;
  const uint64_t *csave = pg->clo_save + off;
  uint32_t *mark = V->mark, step = V->step;
  if (p >= limit) {
    for (e = 0; e < ne; e++) {
      uint32_t pc = ce[e].pc;
      uint64_t m;
      int32_t *tc;
      if (mark[pc] == step) continue;
      mark[pc] = step;
      if (CLO_KIND(ce[e].what) != CLO_MATCH) continue;
      tc = list_thread(l, pc, span, k, nslots, caps);
      for (m = csave[e]; m; m &= m - 1)
        tc[__builtin_ctzll(m)] = (int32_t)p;
    }
    return;
  }
  for (e = 0; e < ne; e++) {
    uint32_t pc = ce[e].pc, w = ce[e].what, a = CLO_ARG(w), tsp = span;
    uint64_t m;
    int32_t *tc;
    /* (tested first: a pc whose test fails at p needs no mark, for
    ** every visit of it this step fails alike) */
    if (CLO_KIND(w) == CLO_KEY) {
      if (!(((krow[a / 64] >> (a % 64)) ^ CLO_NEG(w)) & 1)) continue;
    }
    else if (CLO_KIND(w) == CLO_TEST) {
      if (!test_memo(V, a, p)) continue;
    }
    else if (CLO_KIND(w) == CLO_SPAN) {
      if ((tsp = span_start(V, a, p, pg->spanbits[pc])) == 0) continue;
    }
    if (mark[pc] == step) continue;
    mark[pc] = step;
    tc = list_thread(l, pc, tsp, k, nslots, caps);
    for (m = csave[e]; m; m &= m - 1)
      tc[__builtin_ctzll(m)] = (int32_t)p;
  }
}

/* whether token p (before limit) lies in span of layer l (a TAIL there
** consumes it) */
static inline int in_tail (const vm *V, uint32_t l, uint32_t span, size_t p,
                           size_t limit) {
  const Layer *ly = l <= 1 ? V->layers[l] : NULL;
  return ly && p < limit && p < ly->ntokens && span != 0 &&
         ly->span_of[p] == span;
}

/*
** Add the thread at pc0 (with caps, span) to list l for position p,
** walking its epsilon instructions (a closure through a sentence edge or
** a span's tail, or one too long to keep). Caps are copied into the
** list's buffer; those the walk changes are restored.
*/
static int __attribute__((noinline)) add_walk (vm *V, tlist *l, uint32_t pc0,
                                               int32_t *caps, uint32_t span,
                                               uint32_t k, uint32_t nslots,
                                               size_t p, size_t limit) {
  size_t sp = 0;
  const Program *pg = V->pg;
  if (V->stackcap < 1) return -1;
  V->stack[sp].pc = pc0;
  V->stack[sp].slot = -1;
  sp++;
  while (sp > 0) {
    uint32_t pc;
    const pinst *in;
    sp--;
    if (V->stack[sp].slot >= 0) {            /* undo a SAVE */
      caps[V->stack[sp].slot] = V->stack[sp].val;
      continue;
    }
    pc = V->stack[sp].pc;
    if (V->mark[pc] == V->step) continue;
    V->mark[pc] = V->step;
    in = &pg->code[pc];
    if (sp + 3 > V->stackcap) return -1;
    switch (in->op) {
      case OP_JMP:
        V->stack[sp].pc = in->a; V->stack[sp].slot = -1; sp++;
        break;
      case OP_SPLIT:                         /* a before b */
        V->stack[sp].pc = in->b; V->stack[sp].slot = -1; sp++;
        V->stack[sp].pc = in->a; V->stack[sp].slot = -1; sp++;
        break;
      case OP_SAVE:
        V->stack[sp].pc = 0; V->stack[sp].slot = (int32_t)in->a;
        V->stack[sp].val = caps[in->a]; sp++;
        caps[in->a] = (int32_t)p;
        V->stack[sp].pc = pc + 1; V->stack[sp].slot = -1; sp++;
        break;
      case OP_SENTSTART:
        if (p < V->toks->n && V->sent_first[p] == p) {
          V->stack[sp].pc = pc + 1; V->stack[sp].slot = -1; sp++;
        }
        break;
      case OP_SENTEND:
        if (p == limit) {
          V->stack[sp].pc = pc + 1; V->stack[sp].slot = -1; sp++;
        }
        break;
      case OP_TAIL: {
        if (in_tail(V, in->a, span, p, limit)) {
          list_thread(l, pc, span, k, nslots, caps);  /* consumes and stays */
        }
        else {
          V->stack[sp].pc = pc + 1; V->stack[sp].slot = -1; sp++;
        }
        break;
      }
      default: {                             /* TOKEN, SPAN, MATCH */
        /* a thread whose token test fails at p would only die at the next
        ** step: it is not listed (nor its captures copied); one at a SPAN
        ** holds the span (see add_closure) */
        uint32_t tsp = span;
        if (in->op == OP_TOKEN &&
            (p >= limit || !test_at(V, in->a, p)))
          break;
        if (in->op == OP_SPAN &&
            (p >= limit ||
             (tsp = span_start(V, in->a, p, pg->spanbits[pc])) == 0))
          break;
        list_thread(l, pc, tsp, k, nslots, caps);
        break;
      }
    }
  }
  return 0;
}

/* add the thread at pc0 to list l for position p (see add_closure and
** add_walk); -1 when the walk ran out of stack. (A step of run_rules
** goes to add_closure itself when pc0's closure is kept: this is for the
** rest, and the first threads of a run.) */
static int __attribute__((noinline)) addthread (vm *V, tlist *l, uint32_t pc0,
                                                int32_t *caps, uint32_t span,
                                                uint32_t k, uint32_t nslots,
                                                size_t p, size_t limit) {
  const Program *pg = V->pg;
  if (pg->clo_len[pc0] != CLO_NONE) {
    add_closure(V, l, pc0, caps, span, k, nslots, p, limit,
                key_row(V, p, limit));
    return 0;
  }
  if (pg->code[pc0].op == OP_TAIL) {
    /* a thread in a span's tail (the most common walk): it stays while
    ** the span goes on, else goes on to the closure after it, as the walk
    ** would (pc0 marked first) */
    if (V->mark[pc0] == V->step) return 0;
    V->mark[pc0] = V->step;
    if (in_tail(V, pg->code[pc0].a, span, p, limit)) {
      list_thread(l, pc0, span, k, nslots, caps);
      return 0;
    }
    pc0++;
  }
  if (pg->clo_len[pc0] == CLO_NONE)
    return add_walk(V, l, pc0, caps, span, k, nslots, p, limit);
  add_closure(V, l, pc0, caps, span, k, nslots, p, limit,
              key_row(V, p, limit));
  return 0;
}

/*
** Run rules rs[0..nr) together, anchored at token i, up to token limit
** (exclusive), their threads in one list (a rule's pcs are its own, so
** they never merge across rules). ends[k]: the end (exclusive) of rule
** rs[k]'s preferred match, or 0; its capture slots at caps + k *
** GL_PAT_MAXSLOTS. cut[k] marks the step where rule k matched: its
** lower-priority threads of that step lose.
*/
static void run_rules (vm *V, tlist *cl, tlist *nl, const uint32_t *rs,
                       size_t nr, size_t i, size_t limit, size_t *ends,
                       int32_t *caps, uint32_t *cut) {
  const Program *pg = V->pg;
  const uint64_t *krow = key_row(V, i, limit);
  size_t p, k;
  cl->n = nl->n = 0;
  /* (steps go on from run to run; this one takes up to limit - i + 2) */
  if (V->step > 0xFFFFFFFFu - GL_PAT_MAXLEN - 4) {
    memset(V->mark, 0, (pg->ncode + 1) * sizeof(uint32_t));
    V->step = 0;
  }
  V->step++;
  for (k = 0; k < nr; k++) {
    const prule *ru = &pg->rules[rs[k]];
    ends[k] = 0;
    cut[k] = 0;
    if (pg->clo_len[ru->pc] != CLO_NONE) {
      add_closure(V, cl, ru->pc, V->init, 0, (uint32_t)k, ru->nslots, i,
                  limit, krow);
      continue;
    }
    /* (a walk restores the captures it saves on the way: V->init stays
    ** unset, but for a walk that gave up half way) */
    if (addthread(V, cl, ru->pc, V->init, 0, (uint32_t)k, ru->nslots, i,
                  limit) != 0) {
      for (k = 0; k < GL_PAT_MAXSLOTS; k++) V->init[k] = -1;
      return;
    }
  }
  for (p = i; cl->n > 0; p++) {
    size_t t;
    V->step++;
    krow = key_row(V, p + 1, limit);
    for (t = 0; t < cl->n; t++) {
      thread *th = &cl->t[t];
      uint32_t op = pg->code[th->pc].op, next;
      if (cut[th->k] == V->step) continue;   /* its rule matched above */
      if (op == OP_MATCH) {
        ends[th->k] = p;
        memcpy(caps + th->k * GL_PAT_MAXSLOTS, th->caps,
               th->nslots * sizeof(int32_t));
        cut[th->k] = V->step;
        continue;
      }
      if (p >= limit) continue;
      /* TOKEN, SPAN: tested when listed (a SPAN's thread holds the span
      ** it takes); a TAIL stays while its span goes on */
      if (op == OP_TOKEN || op == OP_SPAN) next = th->pc + 1;
      else if (op == OP_TAIL) next = th->pc;
      else continue;
      if (pg->clo_len[next] != CLO_NONE)
        add_closure(V, nl, next, th->caps, th->span, th->k, th->nslots,
                    p + 1, limit, krow);
      else
        addthread(V, nl, next, th->caps, th->span, th->k, th->nslots,
                  p + 1, limit);
    }
    { tlist tmp = *cl; *cl = *nl; *nl = tmp; }
    nl->n = 0;
  }
}

/* }====================================================== */


/*
** {======================================================
** Running a program over a text
** =======================================================
*/

typedef struct Results {
  uint32_t *rule, *first, *last;
  int32_t *caps;             /* GL_PAT_MAXSLOTS per match would waste: */
  uint32_t *capoff;          /* offset of each match's caps in caps */
  size_t n, cap, ncaps, capcap;
} Results;

static int results_push (Results *R, uint32_t rule, size_t a, size_t b,
                         const int32_t *caps, uint32_t nslots) {
  if (R->n == R->cap) {
    size_t nc = R->cap ? R->cap * 2 : 64;
    uint32_t *x;
    if (!(x = (uint32_t *)realloc(R->rule, nc * 4))) return -1;
    R->rule = x;
    if (!(x = (uint32_t *)realloc(R->first, nc * 4))) return -1;
    R->first = x;
    if (!(x = (uint32_t *)realloc(R->last, nc * 4))) return -1;
    R->last = x;
    if (!(x = (uint32_t *)realloc(R->capoff, nc * 4))) return -1;
    R->capoff = x;
    R->cap = nc;
  }
  if (R->ncaps + nslots > R->capcap) {
    size_t nc = R->capcap ? R->capcap * 2 : 256;
    int32_t *c;
    while (nc < R->ncaps + nslots) nc *= 2;
    if (!(c = (int32_t *)realloc(R->caps, nc * 4))) return -1;
    R->caps = c;
    R->capcap = nc;
  }
  R->rule[R->n] = rule;
  R->first[R->n] = (uint32_t)a;
  R->last[R->n] = (uint32_t)b;
  R->capoff[R->n] = (uint32_t)R->ncaps;
  if (nslots > 0) memcpy(R->caps + R->ncaps, caps, nslots * sizeof(int32_t));
  R->ncaps += nslots;
  R->n++;
  return 0;
}

/* what (the rest of) a sentence holds: the requirement slots of its keys,
** the span bits of layers 0 and 1 */
typedef struct sentrest {
  reqmask keys;
  uint64_t bits[2];
} sentrest;

typedef struct RunScratch {
  size_t ntok;             /* keyid, sfirst, slast: ntok + 1 entries */
  uint32_t *keyid, *sfirst, *slast, *mark, *next_start, *tried;
  uint32_t *cand, *cut;    /* the rules tried at one token */
  uint32_t *gen;           /* the general rules that may start there */
  sentrest *suffix;        /* per token: what its sentence holds from it */
  size_t nsuffix;          /*   to its end */
  uint32_t *genlive;       /* the general rules a sentence can match */
  uint64_t *tstamp;        /* per test: the (run, token) of tval */
  unsigned char *tval;
  uint64_t runs;
  uint32_t step;           /* the last step of mark (kept from run to run:
                           ** marks of a finished run are below it) */
  size_t *ends;
  int32_t *caps;
  thread *t1, *t2;
  int32_t *cb1, *cb2;
  void *stack;
  Results R;
} RunScratch;

static void scratch_free (RunScratch *S) {
  gl_array_free(S->keyid, (S->ntok + 1) * 4);
  gl_array_free(S->sfirst, (S->ntok + 1) * 4);
  gl_array_free(S->slast, (S->ntok + 1) * 4);
  free(S->mark);
  free(S->next_start); free(S->tried);
  free(S->cand); free(S->cut); free(S->ends); free(S->caps); free(S->gen);
  free(S->tstamp); free(S->tval); free(S->genlive);
  free(S->suffix);
  free(S->t1); free(S->t2); free(S->cb1); free(S->cb2); free(S->stack);
  free(S->R.rule); free(S->R.first); free(S->R.last); free(S->R.caps);
  free(S->R.capoff);
  memset(S, 0, sizeof(*S));
}

/* a scratch kept by its program holds per-token arrays only up to this many
** tokens: after a run over a longer text they are given back, so that a
** program does not keep tens of megabytes for the biggest text it saw */
#define SCRATCH_KEEP_TOKENS ((size_t)1 << 16)

static void scratch_shrink (RunScratch *S) {
  if (S->ntok > SCRATCH_KEEP_TOKENS) {
    gl_array_free(S->keyid, (S->ntok + 1) * 4);
    gl_array_free(S->sfirst, (S->ntok + 1) * 4);
    gl_array_free(S->slast, (S->ntok + 1) * 4);
    S->keyid = S->sfirst = S->slast = NULL;
    S->ntok = 0;
  }
  if (S->nsuffix > SCRATCH_KEEP_TOKENS) {
    free(S->suffix);
    S->suffix = NULL;
    S->nsuffix = 0;
  }
  if (S->R.cap > SCRATCH_KEEP_TOKENS) {
    free(S->R.rule); free(S->R.first); free(S->R.last); free(S->R.capoff);
    S->R.rule = S->R.first = S->R.last = S->R.capoff = NULL;
    S->R.cap = 0;
  }
  if (S->R.capcap > SCRATCH_KEEP_TOKENS) {
    free(S->R.caps);
    S->R.caps = NULL;
    S->R.capcap = 0;
  }
}

static int scratch_gc (lua_State *L) {
  scratch_free((RunScratch *)lua_touserdata(L, 1));
  return 0;
}

/* the arrays of a scratch for n tokens (those sized by the program once,
** the token arrays grown when n is larger than before); -1 out of memory */
static int scratch_ready (RunScratch *S, const Program *pg, size_t n) {
  size_t maxthreads = pg->ncode + 1;
  if (S->keyid == NULL || S->ntok < n) {
    size_t old = S->keyid ? (S->ntok + 1) * 4 : 0;
    uint32_t *k = (uint32_t *)gl_array_realloc(S->keyid, old, (n + 1) * 4);
    uint32_t *f = k ? (uint32_t *)gl_array_realloc(S->sfirst, S->sfirst ? old : 0, (n + 1) * 4) : NULL;
    uint32_t *l = f ? (uint32_t *)gl_array_realloc(S->slast, S->slast ? old : 0, (n + 1) * 4) : NULL;
    if (k) S->keyid = k;
    if (f) S->sfirst = f;
    if (l) S->slast = l;
    if (!k || !f || !l) return -1;
    S->ntok = n;
  }
  if (S->mark == NULL) {
    S->mark = (uint32_t *)calloc(pg->ncode + 1, 4);
    S->next_start = (uint32_t *)calloc(pg->nrules + 1, 4);
    S->tried = (uint32_t *)calloc(pg->nrules + 1, 4);
    S->cand = (uint32_t *)malloc((pg->nrules + 1) * 4);
    S->gen = (uint32_t *)malloc((pg->nrules + 1) * 4);
    S->genlive = (uint32_t *)malloc((pg->nrules + 1) * 4);
    S->tstamp = (uint64_t *)calloc(pg->ntests + 1, sizeof(uint64_t));
    S->tval = (unsigned char *)calloc(pg->ntests + 1, 1);
    S->cut = (uint32_t *)malloc((pg->nrules + 1) * 4);
    S->ends = (size_t *)malloc((pg->nrules + 1) * sizeof(size_t));
    S->caps = (int32_t *)malloc((pg->nrules + 1) * GL_PAT_MAXSLOTS * 4);
    S->t1 = (thread *)malloc(maxthreads * sizeof(thread));
    S->t2 = (thread *)malloc(maxthreads * sizeof(thread));
    S->cb1 = (int32_t *)malloc(maxthreads * GL_PAT_MAXSLOTS * 4 + 4);
    S->cb2 = (int32_t *)malloc(maxthreads * GL_PAT_MAXSLOTS * 4 + 4);
    S->stack = malloc((3 * (pg->ncode + 1) + 8) * sizeof(((vm *)0)->stack[0]));
    if (!S->mark || !S->next_start || !S->tried || !S->t1 || !S->t2 ||
        !S->cb1 || !S->cb2 || !S->stack || !S->cand || !S->cut || !S->ends ||
        !S->caps || !S->gen || !S->genlive || !S->tstamp || !S->tval)
      return -1;
  }
  else {
    memset(S->next_start, 0, (pg->nrules + 1) * 4);
    memset(S->tried, 0, (pg->nrules + 1) * 4);
  }
  S->R.n = 0;
  S->R.ncaps = 0;
  return 0;
}

/* what the rest of token i's sentence holds, from each of its tokens on,
** a sentrest a token from the sentence's first; -1 out of memory */
static int suffix_fill (RunScratch *S, const vm *V, const Program *pg, size_t i,
                        size_t n) {
  size_t first = S->sfirst[i];
  size_t e = S->slast[i] < n ? S->slast[i] : n - 1;
  size_t count = e - first + 1, k;
  const Layer *l0 = V->layers[0], *l1 = V->layers[1];
  sentrest acc;                            /* from k on */
  memset(&acc, 0, sizeof(acc));
  if (S->nsuffix < count + 1) {
    sentrest *m = (sentrest *)realloc(S->suffix, (count + 1) * sizeof(sentrest));
    if (m == NULL) return -1;
    S->suffix = m;
    S->nsuffix = count + 1;
  }
  for (k = e + 1; k-- > first;) {
    uint32_t sp;
    req_or(&acc.keys, &pg->key_req[S->keyid[k]]);  /* (row 0, no key: none) */
    if (l0 && (sp = l0->span_of[k]) != 0) acc.bits[0] |= l0->bits[sp];
    if (l1 && (sp = l1->span_of[k]) != 0) acc.bits[1] |= l1->bits[sp];
    S->suffix[k - first] = acc;
  }
  return 0;
}

/* the last token of the run from token i on that shares its sentence
** (tidy: the sentences are in order, apart and within the text, so that
** the tokens of one are a run; but for a token in none, which has the
** whole text) */
static size_t segment_end (const RunScratch *S, size_t i, size_t n,
                           int tidy) {
  uint32_t f = S->sfirst[i], l = S->slast[i];
  size_t j = i + 1;
  if (tidy && (f != 0 || l != n - 1)) return l;
  while (j < n && S->sfirst[j] == f && S->slast[j] == l) j++;
  return j - 1;
}

/* key ids of the tokens in the program's vocabulary; -1 out of memory */
static int token_keys (Program *pg, const char *s, const gl_tokens *t,
                       uint32_t *out) {
  gl_buf b = {NULL, 0, 0};
  gl_keymemo *memo;
  size_t i;
  if (pg->keys.count == 0) {
    memset(out, 0, t->n * sizeof(uint32_t));
    return 0;
  }
  /* a small vocabulary stays in cache: a memo would only cost; a large
  ** one has a memo, kept from run to run (the program never changes) */
  if (pg->keys.count < 512) memo = NULL;
  else if (pg->memo == NULL && (pg->memo = gl_keymemo_new((size_t)-1)) == NULL)
    return -1;
  else memo = pg->memo;
  for (i = 0; i < t->n; i++) {
    const char *w = s + t->start[i];
    size_t len = t->end[i] - t->start[i];
    /* no key starts with this (lower-cased) byte at this length: skip
    ** (a word with a byte >= 0x80 may fold to another length: "Dáil") */
    if (!(t->info[i] & GL_F_NONASCII) &&
        !((pg->firstlen[(unsigned char)w[0]] >> (len < 63 ? len : 63)) & 1)) {
      out[i] = 0;
      continue;
    }
    out[i] = gl_keys_find(&pg->keys, NULL, 0, w, len, memo, &b);
  }
  gl_buf_free(&b);
  return 0;
}

/*
** prog:run(tokens [, sentences [, layer0 [, layer1]]]) -> rules, firsts,
** (sentences: a glean.Sentences of these tokens, or {{first, last}, ...})
** lasts, slots: parallel arrays of 1-based rule numbers and token indices,
** and the capture slots of every match in order (as many as its rule has:
** token positions + 1, 0 where unset). Each rule's matches do not overlap;
** matches are in order of start, then rule.
*/
static int program_run (lua_State *L) {
  Program *pg = (Program *)gl_checkudata(L, 1, PROGRAM_T);
  const char *s;
  size_t len, n, i, r, maxthreads;
  const gl_tokens *t = gl_check_tokens(L, 2, &s, &len);
  RunScratch *S;
  const gl_spans *ss;       /* the sentences, when a glean.Sentences */
  vm V;
  int li, own, tidy = 0;
  n = t->n;
  /* (the arguments at their places: a scratch of a run inside a run is
  ** pushed above them, never where an absent one is looked for) */
  lua_settop(L, 5);
  memset(&V, 0, sizeof(V));
  for (i = 0; i < GL_PAT_MAXSLOTS; i++) V.init[i] = -1;
  V.pg = pg;
  V.toks = t;
  for (li = 0; li < 2; li++) {
    if (!lua_isnoneornil(L, 4 + li)) {
      const Layer *ly = (const Layer *)gl_checkudata(L, 4 + li, LAYER_T);
      if (ly->ntokens != n)
        return luaL_error(L, "glean: layer %d is for %d tokens, not %d", li,
                          (int)ly->ntokens, (int)n);
      V.layers[li] = ly;
    }
  }
  /* arguments are checked before the kept scratch is taken */
  if (!lua_isnoneornil(L, 3) && gl_test_sentences(L, 3) == NULL) gl_checktable(L, 3);
  if (pg->scratch == NULL && (pg->scratch =
        (RunScratch *)calloc(1, sizeof(RunScratch))) == NULL)
    return luaL_error(L, "glean: not enough memory");
  if (!pg->scratch_busy) S = pg->scratch;
  else {
    /* a run inside a run (a finalizer, say): a scratch of its own */
    S = (RunScratch *)lua_newuserdata(L, sizeof(RunScratch));
    memset(S, 0, sizeof(*S));
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, scratch_gc);
    lua_setfield(L, -2, "__gc");
    lua_setmetatable(L, -2);
  }
  maxthreads = pg->ncode + 1;
  (void)maxthreads;
  if (scratch_ready(S, pg, n) != 0)
    return luaL_error(L, "glean: not enough memory");
  own = S == pg->scratch;
  if (own) pg->scratch_busy = 1;
  V.stackcap = 3 * (pg->ncode + 1) + 8;
  V.stack = S->stack;
  V.mark = S->mark;
  V.tstamp = S->tstamp;
  V.tval = S->tval;
  V.run = (uint64_t)(++S->runs) << 32;
  V.step = S->step;
  V.keyid = S->keyid;
  V.sent_first = S->sfirst;
  V.sent_last = S->slast;
  if (token_keys(pg, s, t, S->keyid) != 0) {
    if (own) pg->scratch_busy = 0;
    return luaL_error(L, "glean: not enough memory");
  }
  /* sentences: each token's first and last token (a token in none: the
  ** whole text). A glean.Sentences as the splitter makes them (in order,
  ** apart, within the text: tidy) is filled in one pass. */
  ss = gl_test_sentences(L, 3);
  if (ss != NULL) {
    size_t k, next = 0;
    for (k = 0; k < ss->n; k++) {
      if (ss->first[k] < next || ss->first[k] > ss->last[k] ||
          ss->last[k] >= n)
        break;
      next = (size_t)ss->last[k] + 1;
    }
    tidy = k == ss->n;
  }
  if (tidy) {
    size_t k, next = 0;
    for (k = 0; k <= ss->n; k++) {         /* (k == ss->n: the last gap) */
      size_t a = k < ss->n ? ss->first[k] : n;
      for (i = next; i < a; i++) {
        S->sfirst[i] = 0;
        S->slast[i] = (uint32_t)n - 1;
      }
      if (k == ss->n) break;
      for (i = a; i <= ss->last[k]; i++) {
        S->sfirst[i] = (uint32_t)a;
        S->slast[i] = ss->last[k];
      }
      next = (size_t)ss->last[k] + 1;
    }
  }
  else {
    for (i = 0; i < n; i++) { S->sfirst[i] = 0; S->slast[i] = (uint32_t)n - 1; }
  }
  if (ss != NULL) {
    size_t k;
    if (!tidy)                               /* (later ones win) */
      for (k = 0; k < ss->n; k++)
        for (i = ss->first[k]; i <= ss->last[k] && i < n; i++) {
          S->sfirst[i] = ss->first[k];
          S->slast[i] = ss->last[k];
        }
  }
  else if (!lua_isnoneornil(L, 3)) {
    lua_Integer ns, k;
    gl_checktable(L, 3);                     /* {first_token, last_token}... */
    ns = (lua_Integer)lua_rawlen(L, 3);
    for (k = 1; k <= ns; k++) {
      lua_Integer a, b;
      int ok1, ok2;
      lua_rawgeti(L, 3, (int)k);
      lua_rawgeti(L, -1, 1);
      lua_rawgeti(L, -2, 2);
      a = lua_tointegerx(L, -2, &ok1);
      b = lua_tointegerx(L, -1, &ok2);
      lua_pop(L, 3);
      if (!ok1 || !ok2 || a < 1 || b < a || (size_t)b > n) {
        if (own) pg->scratch_busy = 0;
        return luaL_error(L, "glean: sentence %d is not a token range", (int)k);
      }
      for (i = (size_t)a - 1; i < (size_t)b; i++) {
        S->sfirst[i] = (uint32_t)(a - 1);
        S->slast[i] = (uint32_t)(b - 1);
      }
    }
  }
  {
    tlist cl, nl;
    size_t ncand, nlive = 0;
    /* what tells a token no rule starts at: its key, its spans in the
    ** layers some rule starts on, its kind and flags */
    const uint32_t *info = V.toks->info;
    const size_t *by_key_len = pg->by_key_len;
    const uint32_t *lspan[2];
    uint32_t kind_mask = pg->kind_mask, flag_mask = pg->flag_mask;
    sentrest whole;          /* what the sentence holds: its needed key
                             ** sets, its span labels per layer */
    for (li = 0; li < 2; li++)
      lspan[li] = V.layers[li] && (pg->in_mask[li] | pg->span_mask[li]) ?
                  V.layers[li]->span_of : NULL;
    cl.t = S->t1; cl.capbuf = S->cb1; cl.n = 0;
    nl.t = S->t2; nl.capbuf = S->cb2; nl.n = 0;
    /* a sentence at a time (tokens that share their sentence: a table of
    ** sentences may leave some out, or overlap) */
    for (i = 0; i < n;) {
      size_t last = segment_end(S, i, n, tidy), g, k;
      /* the keys it holds, the general rules it can match at all (a rule
      ** that needs "v" needs it in the sentence); with cuts, what the rest
      ** of it holds from each of its tokens on, the whole of it first */
      if (pg->cuts) {
        if (suffix_fill(S, &V, pg, i, n) != 0) {
          if (own) pg->scratch_busy = 0;
          return luaL_error(L, "glean: not enough memory");
        }
        whole = S->suffix[0];
      }
      else {
        memset(&whole, 0, sizeof(whole));
        for (k = S->sfirst[i]; k <= S->slast[i] && k < n; k++)
          req_or(&whole.keys, &pg->key_req[S->keyid[k]]);
        for (li = 0; li < 2; li++) {
          const Layer *ly = V.layers[li];
          if (ly)
            for (k = S->sfirst[i]; k <= S->slast[i] && k < n; k++)
              if (ly->span_of[k]) whole.bits[li] |= ly->bits[ly->span_of[k]];
        }
      }
      nlive = 0;
      for (g = 0; g < pg->ngeneral; g++)
        if (sentence_may(pg, pg->general[g], &whole.keys, whole.bits))
          S->genlive[nlive++] = pg->general[g];
      for (; i <= last; i++) {
        size_t limit;
        uint32_t stamp;
        const uint32_t *lists[2 + 4 * 64 + 32 + 2];
        const sentrest *rest;
        size_t lens[2 + 4 * 64 + 32 + 2], nl_ = 0;
        /* (the tokens no rule can start at, most of them: passed over in a
        ** loop of their own, unless a general rule is live) */
        if (nlive == 0) {
          const uint32_t *s0 = lspan[0], *s1 = lspan[1];
          while (i <= last && by_key_len[S->keyid[i]] == 0 &&
                 !(s0 && s0[i]) && !(s1 && s1[i]) &&
                 !((kind_mask >> (info[i] & GL_KIND_MASK)) & 1) &&
                 !(info[i] & flag_mask))
            i++;
          if (i > last) break;
        }
        limit = (size_t)S->slast[i] + 1;
        stamp = (uint32_t)i + 1;
        if (limit > i + GL_PAT_MAXLEN) limit = i + GL_PAT_MAXLEN;
        if (by_key_len[S->keyid[i]]) {      /* (row 0, no key: none) */
          lists[nl_] = pg->by_key[S->keyid[i]];
          lens[nl_++] = by_key_len[S->keyid[i]];
        }
        for (li = 0; li < 2; li++) {
          const Layer *ly = V.layers[li];
          uint32_t sp = lspan[li] ? lspan[li][i] : 0;
          if (sp) {
            uint64_t m = ly->bits[sp] & pg->in_mask[li];
            while (m) {                          /* rules on a token inside */
              int b = __builtin_ctzll(m);
              m &= m - 1;
              lists[nl_] = pg->by_in[li][b];
              lens[nl_++] = pg->by_in_len[li][b];
            }
            m = ly->first[sp] == i ? ly->bits[sp] & pg->span_mask[li] : 0;
            while (m) {                          /* rules on a whole span */
              int b = __builtin_ctzll(m);
              m &= m - 1;
              lists[nl_] = pg->by_span[li][b];
              lens[nl_++] = pg->by_span_len[li][b];
            }
          }
        }
        {                               /* rules on a token of a kind */
          uint32_t kd = info[i] & GL_KIND_MASK;
          if ((kind_mask >> kd) & 1) {
            lists[nl_] = pg->by_kind[kd];
            lens[nl_++] = pg->by_kind_len[kd];
          }
        }
        {                               /* rules on a token with a flag */
          uint32_t m = info[i] & flag_mask;
          while (m) {
            int b = __builtin_ctz(m);
            m &= m - 1;
            lists[nl_] = pg->by_flag[b];
            lens[nl_++] = pg->by_flag_len[b];
          }
        }
        if (nlive) {                    /* those whose first test may pass */
          size_t ng = 0;
          for (g = 0; g < nlive; g++) {
            uint32_t gr = S->genlive[g];
            if (S->next_start[gr] > i) continue;   /* (not tried: below) */
            if (pg->anchored[gr] && S->sfirst[i] != i) continue;
            if (!pg->always[gr] && !may_start(&V, gr, i)) continue;
            S->gen[ng++] = gr;
          }
          if (ng) { lists[nl_] = S->gen; lens[nl_++] = ng; }
        }
        if (nl_ == 0) continue;
        /* candidates: each rule of the lists once (the stamp) that the
        ** rest of the sentence may hold ("said" or "that" after a
        ** speaker: none after the last one), then in rule order (an
        ** insertion sort: a token has a few) */
        rest = pg->cuts ? &S->suffix[i - S->sfirst[i]] : &whole;
        ncand = 0;
        for (k = 0; k < nl_; k++) {
          const uint32_t *lst = lists[k];
          size_t j;
          for (j = 0; j < lens[k]; j++) {
            r = lst[j];
            if (nl_ > 1) {              /* (a list holds a rule once) */
              if (S->tried[r] == stamp) continue;
              S->tried[r] = stamp;
            }
            if (S->next_start[r] > i) continue;
            /* what fails here fails at every later token of the sentence
            ** (its rest only loses keys and spans; an anchored rule has
            ** passed its start): not looked at again before its end */
            if ((pg->anchored[r] && S->sfirst[i] != i) ||
                !sentence_may(pg, (uint32_t)r, &rest->keys, rest->bits)) {
              S->next_start[r] = (uint32_t)last + 1;
              continue;
            }
            S->cand[ncand++] = (uint32_t)r;
          }
        }
        if (ncand == 0) continue;
        for (k = 1; k < ncand; k++) {
          uint32_t x = S->cand[k];
          size_t j = k;
          while (j > 0 && S->cand[j - 1] > x) { S->cand[j] = S->cand[j - 1]; j--; }
          S->cand[j] = x;
        }
        run_rules(&V, &cl, &nl, S->cand, ncand, i, limit, S->ends, S->caps,
                  S->cut);
        S->step = V.step;
        for (k = 0; k < ncand; k++) {
          size_t e = S->ends[k];
          r = S->cand[k];
          if (e > i) {
            if (results_push(&S->R, (uint32_t)r, i, e - 1,
                             S->caps + k * GL_PAT_MAXSLOTS,
                             pg->rules[r].nslots) != 0) {
              if (own) pg->scratch_busy = 0;
              return luaL_error(L, "glean: not enough memory");
            }
            S->next_start[r] = (uint32_t)e;
          }
        }
      }
    }
  }
  /* results to Lua: parallel arrays, and the capture slots of all
  ** matches one after another (each rule's count of slots) */
  {
    Results *R = &S->R;
    size_t c = 0;
    lua_createtable(L, (int)R->n, 0);
    lua_createtable(L, (int)R->n, 0);
    lua_createtable(L, (int)R->n, 0);
    lua_createtable(L, (int)R->ncaps, 0);
    for (i = 0; i < R->n; i++) {
      lua_pushinteger(L, (lua_Integer)R->rule[i] + 1);
      lua_rawseti(L, -5, (int)i + 1);
      lua_pushinteger(L, (lua_Integer)R->first[i] + 1);
      lua_rawseti(L, -4, (int)i + 1);
      lua_pushinteger(L, (lua_Integer)R->last[i] + 1);
      lua_rawseti(L, -3, (int)i + 1);
    }
    for (c = 0; c < R->ncaps; c++) {
      int32_t v = R->caps[c];
      lua_pushinteger(L, v < 0 ? 0 : (lua_Integer)v + 1);
      lua_rawseti(L, -2, (int)c + 1);
    }
  }
  if (own) {
    scratch_shrink(S);
    pg->scratch_busy = 0;
  }
  return 4;
}

static int program_stats (lua_State *L) {
  Program *pg = (Program *)gl_checkudata(L, 1, PROGRAM_T);
  lua_createtable(L, 0, 5);
  lua_pushinteger(L, (lua_Integer)pg->nrules); lua_setfield(L, -2, "rules");
  lua_pushinteger(L, (lua_Integer)pg->ncode); lua_setfield(L, -2, "instructions");
  lua_pushinteger(L, (lua_Integer)pg->ntests); lua_setfield(L, -2, "tests");
  lua_pushinteger(L, (lua_Integer)pg->keys.count); lua_setfield(L, -2, "keys");
  lua_pushinteger(L, (lua_Integer)pg->ngeneral); lua_setfield(L, -2, "unindexed");
  {
    size_t g, tot = 0;
    for (g = 0; g < pg->ngeneral; g++) tot += pg->nfirst[pg->general[g]];
    lua_pushinteger(L, (lua_Integer)tot); lua_setfield(L, -2, "unindexed_firsts");
    tot = 0;
    for (g = 0; g < pg->nrules; g++) tot += !req_none(&pg->rule_req[g]);
    lua_pushinteger(L, (lua_Integer)tot); lua_setfield(L, -2, "rules_needing_keys");
  }
  {
    /* closures kept (entries, all pcs together) and those walked at run
    ** time (too long, or past the total kept) */
    size_t pc, kept = 0, walked = 0;
    if (pg->clo_len != NULL)
      for (pc = 0; pc < pg->ncode; pc++) {
        if (pg->clo_len[pc] == CLO_NONE) walked++;
        else kept += pg->clo_len[pc];
      }
    lua_pushinteger(L, (lua_Integer)kept); lua_setfield(L, -2, "closure_entries");
    lua_pushinteger(L, (lua_Integer)walked); lua_setfield(L, -2, "closures_walked");
  }
  /* (a rule this long runs wherever it may start: no token it needs is
  ** looked for first) */
  lua_pushinteger(L, (lua_Integer)pg->nlong); lua_setfield(L, -2, "rules_unpruned");
  lua_pushinteger(L, (lua_Integer)pg->nreq); lua_setfield(L, -2, "required_slots");
  lua_pushinteger(L, (lua_Integer)pg->nreq_dropped); lua_setfield(L, -2, "required_dropped");
  return 1;
}

/* }====================================================== */


static const luaL_Reg program_meta[] = {
  {"__gc", program_gc},
  {NULL, NULL}
};

static const luaL_Reg program_methods[] = {
  {"run", program_run},
  {"stats", program_stats},
  {NULL, NULL}
};

static const luaL_Reg layer_meta[] = {
  {"__gc", layer_gc},
  {"__len", layer_len},
  {NULL, NULL}
};

static const luaL_Reg pattern_funcs[] = {
  {"program", core_program},
  {"layer", core_layer},
  {NULL, NULL}
};

void gl_pattern_open (lua_State *L) {
  gl_new_class(L, PROGRAM_T, program_meta, program_methods);
  gl_new_class(L, LAYER_T, layer_meta, NULL);
  luaL_setfuncs(L, pattern_funcs, 0);
}
