/*
** link.c: glean's name linking (link_names in lua/glean/init.lua): the
** names an article gives (a person's full name, their last name, a body's
** name, a company's short name) and where it names them again. In Lua
** this made a string and a table per name given and a string per
** capitalized word looked at, a fifth of the entity stage; here it
** compares token bytes. What to do with a mention that a one-token entity
** holds stays with the caller, which knows the entity.
**
** core.link_names(toks, entities, taken, dict, shorts, months, time_before)
**   -> events, alone; or nil when the article gives no name
**   entities: the article's entities (first_token, last_token, label,
**     canonical); taken[t]: true where an entity holds token t (read, and
**     set where a new mention is found); dict(a, b): the preferred
**     dictionary reading of tokens a .. b (a "surnames" reading makes the
**     first word of a two-word name a family name written first);
**     shorts: {a, b, canonical} for each short name of a company;
**     months, time_before: key sets ("in May" names the month, not a
**     person called May).
** The events, six values each: the mention's first and last token, what
** it is (1 a person's name, 2 a body's name, 3 a person's last name, 4 a
** company's short name), the canonical name, the first token of the full
** name a last name is of (or false), and the index of the one-token
** entity (or one hyphenated word, "Kilroy-Silk", or a person's name that
** is the last words of a longer one, "El Guerrouj") that holds the
** mention (or false). Where there is one, the caller
** decides (a last name a rule found alone, a place that is a person);
** elsewhere the mention is new and its tokens are now taken.
** alone: the tokens (in order) where a name's first word stands alone, in
** title case and before no capitalized word, or a one-word person's name
** stands: where the caller may read a given name alone as the person of
** the article with that given name.
**
** The rules, as the Lua version had them:
** - the names given: each person's and body's full name (not a one-word
**   person in capitals or whose word is another person's last name), then
**   each person's last name (its last word; its last two where it has
**   three words or more, or two with the first not capitalized; its first
**   of two when that is a family name), then the short names;
** - a name is kept once per first word, length and canonical name; a
**   name is also looked for in capitals ("CROSETTO" in a headline), its
**   first word's capitals pointing to the same names;
** - at a capitalized token whose text is a name's first word, not inside
**   the last mention found, free or a one-token entity: the names with
**   that first word, longest first, then in the order given; the first
**   whose other words follow (as written, or in capitals where the token
**   is in capitals) and that does not start here is the mention; a name of
**   one word needs the same word, or a token in capitals of two letters or
**   more;
** - a new mention needs all its tokens free, and no capitalized taken token
**   right before it (not the second word of a longer name).
*/
#include <string.h>

#include "glean.h"

/* a key of a hash table: a token's text, or its text in capitals */
typedef struct Key {
  uint32_t tok;         /* the token, 0-based */
  uint32_t upper;       /* 1: its text in capitals */
  uint32_t hash;
  uint32_t val;         /* 0: an empty slot; else a list + 1 (1 in a set) */
} Key;

typedef struct Table {
  Key *slots;
  size_t mask;
} Table;

typedef struct Name {
  uint32_t a;           /* first token, 0-based */
  uint32_t len;         /* tokens after the first */
  uint32_t what;        /* 1 .. 4, as the events say */
  uint32_t from;        /* first token of the full name, 1-based, or 0 */
  uint32_t canon;       /* its canonical name: index in the anchor table */
  int32_t next;         /* the next name of its list, or -1 */
} Name;

typedef struct List {
  int32_t first, last;  /* names in the order kept (linked by next) */
  uint32_t count;
  uint32_t at;          /* where its names are, sorted, in the order array */
} List;

/* what the call reads of an entity */
typedef struct Ent {
  uint32_t a, b;        /* tokens, 0-based */
  int label;            /* 1 PERSON, 2 ORG, 0 another */
  int has_canonical;    /* a canonical name of its own */
  uint32_t canon;       /* index in the anchor table, 0: not made yet */
  int tail;             /* the last words of a longer person's name */
  int family;           /* a person of two or three words, the family name first */
} Ent;

typedef struct Link {
  lua_State *L;
  const char *s;        /* the text */
  size_t slen;
  const gl_tokens *t;
  Table heads;          /* first words (and their capitals) -> lists */
  Table lastw;          /* last words of people's names of two or more */
  Name *names;
  List *lists;
  uint32_t nnames, nlists;
  uint32_t maxnames;    /* room in names (and lists) */
  int anchors;          /* stack index of the canonical names' table */
  uint32_t nanchors;
} Link;

enum { ARG_TOKS = 1, ARG_ENTS, ARG_TAKEN, ARG_DICT, ARG_SHORTS, ARG_MONTHS,
       ARG_TIME };

/* capitals of ASCII letters (as string.upper in the C locale) */
static unsigned char upper_ascii (unsigned char c) {
  return (c >= 'a' && c <= 'z') ? (unsigned char)(c - 32) : c;
}

static uint32_t tok_len (const Link *lk, size_t i) {
  return lk->t->end[i] - lk->t->start[i];
}

static const unsigned char *tok_text (const Link *lk, size_t i) {
  return (const unsigned char *)lk->s + lk->t->start[i];
}

/* whether token i's text is one of words (a list ending in NULL) */
static int token_in (const Link *lk, size_t i, const char *const *words) {
  const unsigned char *w = tok_text(lk, i);
  uint32_t n = tok_len(lk, i);
  int k;
  for (k = 0; words[k] != NULL; k++)
    if (strlen(words[k]) == n && memcmp(words[k], w, n) == 0) return 1;
  return 0;
}

/* whether token i is what may follow a name: "Jr.", "Sr.", a regnal
** number ("Abdullah II", "Charles VI") */
static int name_suffix (const Link *lk, size_t i) {
  static const char *const suffixes[] = { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "VI",
    "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", NULL };
  return token_in(lk, i, suffixes);
}

/* whether token i is the word of a patronymic that follows a given name
** ("bin" of "Azman bin Harun", "binti"): the given name is the one used */
static int patronymic (const Link *lk, size_t i) {
  static const char *const words[] = { "bin", "binti", "bte", "bt", NULL };
  return token_in(lk, i, words);
}

/* gl_hash of token i's text, or of its capitals */
static uint32_t key_hash (const Link *lk, size_t i, int upper) {
  const unsigned char *w = tok_text(lk, i);
  uint32_t n = tok_len(lk, i), k, h = 2166136261u;
  if (!upper) return gl_hash((const char *)w, n);
  for (k = 0; k < n; k++) {
    h ^= upper_ascii(w[k]);
    h *= 16777619u;
  }
  return h;
}

/* whether token x's text (or its capitals, xu) reads as token y's (or its
** capitals, yu) */
static int same_key (const Link *lk, size_t x, int xu, size_t y, int yu) {
  const unsigned char *p = tok_text(lk, x), *q = tok_text(lk, y);
  uint32_t n = tok_len(lk, x), k;
  if (n != tok_len(lk, y)) return 0;
  if (!xu && !yu) return memcmp(p, q, n) == 0;
  for (k = 0; k < n; k++)
    if ((xu ? upper_ascii(p[k]) : p[k]) != (yu ? upper_ascii(q[k]) : q[k]))
      return 0;
  return 1;
}

/* the slot of token i's text (or its capitals) in tb: its key's, or the
** empty one where it would go */
static Key *slot (const Link *lk, const Table *tb, size_t i, int upper,
                  uint32_t h) {
  size_t at = h & tb->mask;
  for (;;) {
    Key *e = &tb->slots[at];
    if (e->val == 0 || (e->hash == h && same_key(lk, e->tok, (int)e->upper, i, upper)))
      return e;
    at = (at + 1) & tb->mask;
  }
}

static void set_key (Key *e, size_t i, int upper, uint32_t h, uint32_t val) {
  e->tok = (uint32_t)i;
  e->upper = (uint32_t)upper;
  e->hash = h;
  e->val = val;
}

/* the value at top as a canonical name in the anchor table (popped) */
static uint32_t anchor (Link *lk) {
  lua_rawseti(lk->L, lk->anchors, (lua_Integer)++lk->nanchors);
  return lk->nanchors;
}

/* whether two anchored canonical names are equal (as Lua's == says) */
static int same_canonical (const Link *lk, uint32_t x, uint32_t y) {
  int eq;
  if (x == y) return 1;
  lua_rawgeti(lk->L, lk->anchors, (lua_Integer)x);
  lua_rawgeti(lk->L, lk->anchors, (lua_Integer)y);
  eq = lua_rawequal(lk->L, -1, -2);
  lua_pop(lk->L, 2);
  return eq;
}

/* keep a name (tokens a .. a + len) unless its first word's list has it */
static void keep (Link *lk, uint32_t a, uint32_t len, uint32_t what,
                  uint32_t canon, uint32_t from) {
  uint32_t h;
  Key *e;
  Name *nm;
  List *list;
  /* (the room is counted for the most names a call keeps; never past it) */
  if (lk->nnames >= lk->maxnames) return;
  h = key_hash(lk, a, 0);
  e = slot(lk, &lk->heads, a, 0, h);
  if (e->val) {
    int32_t k;
    list = &lk->lists[e->val - 1];
    for (k = list->first; k >= 0; k = lk->names[k].next) {
      const Name *o = &lk->names[k];
      if (o->len == len && same_key(lk, o->a, 0, a, 0) &&
          same_canonical(lk, o->canon, canon))
        return;
    }
  }
  else {
    const unsigned char *w = tok_text(lk, a);
    uint32_t k, n = tok_len(lk, a);
    set_key(e, a, 0, h, ++lk->nlists);
    list = &lk->lists[e->val - 1];
    list->first = list->last = -1;
    list->count = 0;
    /* the capitals point to the list too, unless they are a key already */
    for (k = 0; k < n; k++) if (upper_ascii(w[k]) != w[k]) break;
    if (k < n) {
      uint32_t hu = key_hash(lk, a, 1);
      Key *u = slot(lk, &lk->heads, a, 1, hu);
      if (u->val == 0) set_key(u, a, 1, hu, e->val);
    }
  }
  nm = &lk->names[lk->nnames];
  nm->a = a;
  nm->len = len;
  nm->what = what;
  nm->canon = canon;
  nm->from = from;
  nm->next = -1;
  if (list->last >= 0) lk->names[list->last].next = (int32_t)lk->nnames;
  else list->first = (int32_t)lk->nnames;
  list->last = (int32_t)lk->nnames;
  list->count++;
  lk->nnames++;
}

/* each list's names, longest first, then in the order kept, into order */
static void sort_lists (Link *lk, uint32_t *order) {
  uint32_t l, at = 0;
  for (l = 0; l < lk->nlists; l++) {
    List *list = &lk->lists[l];
    uint32_t c = 0;
    int32_t k;
    list->at = at;
    for (k = list->first; k >= 0; k = lk->names[k].next) {
      uint32_t j = c++;                  /* insertion, stable on order */
      while (j > 0 && lk->names[order[at + j - 1]].len < lk->names[k].len) {
        order[at + j] = order[at + j - 1];
        j--;
      }
      order[at + j] = (uint32_t)k;
    }
    at += c;
  }
}

/* whether t[i] is neither nil nor false, for the table at arg */
static int is_set (lua_State *L, int arg, lua_Integer i) {
  int set;
  lua_rawgeti(L, arg, i);
  set = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return set;
}

/* whether the key of token i (as toks:key makes it) is in the set at arg */
static int key_in (lua_State *L, const Link *lk, size_t i, int arg) {
  int in;
  gl_push_token_key(L, lk->s, lk->slen, lk->t, i);
  lua_rawget(L, arg);
  in = !lua_isnil(L, -1);
  lua_pop(L, 1);
  return in;
}

/* the name of list whose mention starts at token i, or NULL */
static const Name *mention_at (const Link *lk, const List *list,
                               const uint32_t *order, size_t i) {
  size_t n = lk->t->n;
  int upper = (lk->t->info[i] & GL_F_UPPER) != 0;
  uint32_t c;
  for (c = 0; c < list->count; c++) {
    const Name *nm = &lk->names[order[list->at + c]];
    uint32_t k, len = nm->len;
    int ok = 1;
    if (i + len >= n || nm->a == i) continue;
    for (k = 1; k <= len && ok; k++)
      if (!same_key(lk, i + k, 0, nm->a + k, 0) &&
          !(upper && same_key(lk, i + k, 0, nm->a + k, 1)))
        ok = 0;
    if (ok && (len > 0 || same_key(lk, i, 0, nm->a, 0) ||
               (upper && tok_len(lk, i) > 1)))
      return nm;
  }
  return NULL;
}

/* an integer field of the table at top, checked to be a token of the text
** (0-based) */
static uint32_t token_field (lua_State *L, const char *k, size_t ntoks,
                             size_t e) {
  lua_Integer v;
  int isnum;
  lua_getfield(L, -1, k);
  v = lua_tointegerx(L, -1, &isnum);
  lua_pop(L, 1);
  if (!isnum || v < 1 || (lua_Integer)ntoks < v)
    luaL_error(L, "glean: name %d: %s is not a token of the text", (int)e, k);
  return (uint32_t)(v - 1);
}

/* the canonical name of entity e (index e + 1), anchored: its own, or
** else its text */
static uint32_t canonical_of (Link *lk, Ent *x, size_t e) {
  if (x->canon == 0) {
    if (x->has_canonical) {
      lua_rawgeti(lk->L, ARG_ENTS, (lua_Integer)e + 1);
      lua_getfield(lk->L, -1, "canonical");
      lua_remove(lk->L, -2);
    }
    else {
      size_t first = lk->t->start[x->a], last = lk->t->end[x->b];
      lua_pushlstring(lk->L, lk->s + first, last - first);
    }
    x->canon = anchor(lk);
  }
  return x->canon;
}

/* whether the languages of a list row's extra ("gender=m;lang=en,zh")
** write the family name first: Chinese, Korean */
static int family_first_lang (const char *extra) {
  const char *p = extra ? strstr(extra, "lang=") : NULL;
  if (p == NULL) return 0;
  p += 5;
  while (*p != '\0' && *p != ';') {
    if ((p[0] == 'z' && p[1] == 'h') || (p[0] == 'k' && p[1] == 'o'))
      if (p[2] == ',' || p[2] == ';' || p[2] == '\0') return 1;
    while (*p != '\0' && *p != ';' && *p != ',') p++;
    if (*p == ',') p++;
  }
  return 0;
}

/* whether the reading on the top of the stack is of the list "surnames"
** (fam: and of a language that writes the family name first), or (any:
** of any list) of a name of such a language */
static int family_reading (lua_State *L, int fam, int any) {
  int is;
  lua_getfield(L, -1, "list");
  lua_getfield(L, -2, "extra");
  is = lua_type(L, -2) == LUA_TSTRING && strcmp(lua_tostring(L, -2), "surnames") == 0;
  if (is && fam) is = lua_type(L, -1) == LUA_TSTRING && family_first_lang(lua_tostring(L, -1));
  if (!is && any)
    is = lua_type(L, -1) == LUA_TSTRING && family_first_lang(lua_tostring(L, -1));
  lua_pop(L, 2);
  return is;
}

/* push dict(a, a, true), every reading of token a (0-based); its length */
static lua_Integer push_readings (lua_State *L, uint32_t a) {
  lua_pushvalue(L, ARG_DICT);
  lua_pushinteger(L, (lua_Integer)a + 1);
  lua_pushinteger(L, (lua_Integer)a + 1);
  lua_pushboolean(L, 1);
  lua_call(L, 3, 1);
  return lua_istable(L, -1) ? (lua_Integer)lua_rawlen(L, -1) : 0;
}

/* whether a reading of token a (0-based) is a given name of Japanese */
static int japanese_given (lua_State *L, uint32_t a) {
  lua_Integer i, len = push_readings(L, a);
  int is = 0;
  for (i = 1; i <= len && !is; i++) {
    lua_rawgeti(L, -1, i);
    if (lua_istable(L, -1)) {
      lua_getfield(L, -1, "list");
      lua_getfield(L, -2, "extra");
      if (lua_type(L, -2) == LUA_TSTRING && strcmp(lua_tostring(L, -2), "given_names") == 0 &&
          lua_type(L, -1) == LUA_TSTRING) {
        const char *p = strstr(lua_tostring(L, -1), "lang=");
        while (p != NULL && !is) {
          p = strstr(p, "ja");
          if (p == NULL) break;
          if ((p[-1] == '=' || p[-1] == ',') && (p[2] == ',' || p[2] == ';' || p[2] == '\0'))
            is = 1;
          p += 2;
        }
      }
      lua_pop(L, 2);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return is;
}

/* whether any reading of token a (0-based) is a family name of a language
** that writes it first */
static int family_first_any (lua_State *L, uint32_t a) {
  lua_Integer i, len = push_readings(L, a);
  int is = 0;
  for (i = 1; i <= len && !is; i++) {
    lua_rawgeti(L, -1, i);
    if (lua_istable(L, -1)) is = family_reading(L, 1, 0);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return is;
}

/* whether dict(a, a) reads token a first as a surname, or as a name of a
** language that writes the family name first ("Xi", read first as a
** Chinese given name, of "Xi Jinping"); in a name of three words (n = 2),
** also where another reading is a family name of such a language ("Kim",
** read first as a Western given name, of "Kim Jong Un") */
static int surname (lua_State *L, uint32_t a, uint32_t n) {
  int is;
  lua_pushvalue(L, ARG_DICT);
  lua_pushinteger(L, (lua_Integer)a + 1);
  lua_pushinteger(L, (lua_Integer)a + 1);
  lua_call(L, 2, 1);
  if (!lua_istable(L, -1)) {
    lua_pop(L, 1);
    /* (a word no list knows before a Japanese given name: "Fujisaki
    ** Mayumi", written family name first; see also below) */
    return n == 1 && japanese_given(L, a + 1);
  }
  is = family_reading(L, 0, 1);
  if (!is && n == 1) {
    /* (nor when its reading is no given name's: "Fujisaki", a town too;
    ** but a Chinese or Korean family name that is a town's name too is
    ** that family name: "Gao Lianying", Gao also a town of Mali) */
    lua_getfield(L, -1, "list");
    if (!(lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), "given_names") == 0)) {
      lua_pop(L, 2);
      return family_first_any(L, a) || japanese_given(L, a + 1);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  if (!is && n == 2) is = family_first_any(L, a);
  return is;
}

/* whether token a, the next-to-last word of a name of three or four, is a family name
** as Spanish and Portuguese names have two: a reading of dict(a, a, true)
** is a surname and none a given name ("Vargas" of "Ana Vargas Quispe", not
** "Paul" of "John Paul Jones") */
static int middle_surname (lua_State *L, uint32_t a) {
  lua_Integer i, len = push_readings(L, a);
  int sur = 0, given = 0;
  for (i = 1; i <= len && !given; i++) {
    lua_rawgeti(L, -1, i);
    if (lua_istable(L, -1)) {
      lua_getfield(L, -1, "list");
      if (lua_type(L, -1) == LUA_TSTRING) {
        const char *list = lua_tostring(L, -1);
        if (strcmp(list, "surnames") == 0) sur = 1;
        else if (strcmp(list, "given_names") == 0) given = 1;
      }
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return sur && !given;
}

static void push_event (lua_State *L, lua_Integer *nev, size_t i, size_t j,
                        const Name *nm, int32_t one, int anchors) {
  lua_pushinteger(L, (lua_Integer)i + 1);
  lua_rawseti(L, -2, ++*nev);
  lua_pushinteger(L, (lua_Integer)j + 1);
  lua_rawseti(L, -2, ++*nev);
  lua_pushinteger(L, (lua_Integer)nm->what);
  lua_rawseti(L, -2, ++*nev);
  lua_rawgeti(L, anchors, (lua_Integer)nm->canon);
  lua_rawseti(L, -2, ++*nev);
  if (nm->from) lua_pushinteger(L, (lua_Integer)nm->from);
  else lua_pushboolean(L, 0);
  lua_rawseti(L, -2, ++*nev);
  if (one) lua_pushinteger(L, (lua_Integer)one);
  else lua_pushboolean(L, 0);
  lua_rawseti(L, -2, ++*nev);
}

/* whether tokens a .. b are one word of words and hyphens with no space
** between ("Kilroy-Silk"), a > b being no such word */
static int hyphen_word (const uint32_t *info, uint32_t a, uint32_t b) {
  uint32_t t;
  if (b <= a || (b - a) % 2 != 0) return 0;
  for (t = a; t <= b; t++) {
    uint32_t k = info[t] & GL_KIND_MASK;
    if ((t - a) % 2 == 0 ? k != GL_WORD : k != GL_HYPHEN) return 0;
    if (t > a && (info[t] & GL_F_SPACE)) return 0;
  }
  return 1;
}

/* whether person x, of two or three words, is the last words of another
** person's longer name ("El Guerrouj" of "Hicham El Guerrouj"); longs:
** the indexes of the people of three words or more */
static int tail_of_longer (const Link *lk, const Ent *ents, const uint32_t *longs,
                           size_t nlong, const Ent *x) {
  uint32_t n = x->b - x->a, k;
  size_t e;
  if (x->label != 1 || n == 0 || n > 2) return 0;
  for (e = 0; e < nlong; e++) {
    const Ent *y = &ents[longs[e]];
    if (y->b - y->a <= n) continue;
    for (k = 0; k <= n; k++)
      if (!same_key(lk, y->b - k, 0, x->b - k, 0)) break;
    if (k > n) return 1;
  }
  return 0;
}

/* the names an article gives, kept in order (see the rules above) */
static void keep_names (Link *lk, Ent *ents, size_t nent, size_t nshort) {
  lua_State *L = lk->L;
  const uint32_t *info = lk->t->info;
  size_t e;
  for (e = 0; e < nent; e++) {
    Ent *x = &ents[e];
    /* (nor a body's name of one word in title case that is a person's
    ** last name: "Ruiz", a town that "beat" somebody, after "Alvaro
    ** Ruiz") */
    if ((x->label == 2 &&
         !(x->a == x->b && !(info[x->a] & GL_F_UPPER) &&
           slot(lk, &lk->lastw, x->a, 0, key_hash(lk, x->a, 0))->val)) ||
        (x->label == 1 &&
         !(x->a == x->b &&
           ((info[x->a] & GL_F_UPPER) ||
            slot(lk, &lk->lastw, x->a, 0, key_hash(lk, x->a, 0))->val)) &&
         !(hyphen_word(info, x->a, x->b) &&
           slot(lk, &lk->lastw, x->b, 0, key_hash(lk, x->b, 0))->val) &&
         !x->tail))
      keep(lk, x->a, x->b - x->a, (uint32_t)x->label, canonical_of(lk, x, e), 0);
  }
  for (e = 0; e < nent; e++) {
    Ent *x = &ents[e];
    if (x->label == 1 && x->b > x->a) {
      uint32_t canon = canonical_of(lk, x, e);
      uint32_t h = x->b;
      /* (a hyphenated last name is one, "Kilroy-Silk" of "Robert
      ** Kilroy-Silk": words and hyphens with no space between; its last
      ** word stays one too, for where the whole cannot be taken) */
      while (h >= x->a + 3 && (info[h - 1] & GL_KIND_MASK) == GL_HYPHEN &&
             !(info[h - 1] & GL_F_SPACE) && !(info[h] & GL_F_SPACE) &&
             (info[h - 2] & GL_KIND_MASK) == GL_WORD)
        h -= 2;
      if (h < x->b) keep(lk, h, x->b - h, 3, canon, x->a + 1);
      if (x->b >= x->a + 2 || !(info[x->a] & GL_F_CAP))
        keep(lk, x->b - 1, 1, 3, canon, x->a + 1);
      /* (the last word of a hyphenated name comes after the other last
      ** names: "Dr Fenwick" is Ruth Fenwick, not Ann Oduya-Fenwick) */
      if (h == x->b) keep(lk, x->b, 0, 3, canon, x->a + 1);
      /* (the word before a suffix: "King" of "Martin Luther King Jr.",
      ** "Charles" of "Charles VI") */
      if (name_suffix(lk, x->b)) keep(lk, x->b - 1, 0, 3, canon, x->a + 1);
      /* (a family name written first, as Chinese, Korean, Hungarian
      ** names are; a Malay given name before its patronymic, "Azman" of
      ** "Azman bin Harun") */
      if (x->family || (x->b >= x->a + 2 && patronymic(lk, x->a + 1)))
        keep(lk, x->a, 0, 3, canon, 0);
      /* (the first of two family names: "Vargas" of "Ana Vargas Quispe",
      ** "Bermúdez" of "Rosa María Bermúdez Ochoa") */
      else if ((x->b == x->a + 2 || x->b == x->a + 3) && (info[x->b - 1] & GL_F_CAP) &&
               !(info[x->b - 1] & GL_F_UPPER) && middle_surname(L, x->b - 1))
        keep(lk, x->b - 1, 0, 3, canon, x->a + 1);
      /* (the family name before a particle and the rest: "Villacís" and
      ** "Villacís de la Torre" of "Andrés Villacís de la Torre") */
      if (!x->family && x->b >= x->a + 3) {
        uint32_t p;
        for (p = x->a + 2; p < x->b; p++) {
          if ((info[p] & GL_KIND_MASK) == GL_WORD && (info[p] & GL_F_LOWER)) {
            if ((info[p - 1] & GL_F_CAP) && !(info[p - 1] & GL_F_UPPER)) {
              keep(lk, p - 1, 0, 3, canon, x->a + 1);
              keep(lk, p - 1, x->b - (p - 1), 3, canon, x->a + 1);
            }
            break;
          }
        }
      }
    }
  }
  for (e = 0; e < nent; e++) {
    Ent *x = &ents[e];
    if (x->label == 1 && x->b >= x->a + 3 && (info[x->b - 1] & GL_KIND_MASK) == GL_HYPHEN &&
        !(info[x->b - 1] & GL_F_SPACE) && !(info[x->b] & GL_F_SPACE) &&
        (info[x->b - 2] & GL_KIND_MASK) == GL_WORD)
      keep(lk, x->b, 0, 3, canonical_of(lk, x, e), x->a + 1);
  }
  for (e = 1; e <= nshort; e++) {
    uint32_t a, b;
    lua_rawgeti(L, ARG_SHORTS, (lua_Integer)e);
    if (!lua_istable(L, -1)) luaL_error(L, "glean: short name %d is not a table", (int)e);
    lua_rawgeti(L, -1, 1);
    lua_rawgeti(L, -2, 2);
    a = (uint32_t)lua_tointeger(L, -2);
    b = (uint32_t)lua_tointeger(L, -1);
    if (a < 1 || b < a || lk->t->n < b)
      luaL_error(L, "glean: short name %d is not a token range of the text", (int)e);
    lua_pop(L, 2);
    lua_rawgeti(L, -1, 3);
    keep(lk, a - 1, b - a, 4, anchor(lk), 0);
    lua_pop(L, 1);
  }
}

static int core_link_names (lua_State *L) {
  const char *s;
  size_t slen, ntoks, i, nent, nshort, e, after = 0, nslots = 16, nlast = 16;
  const gl_tokens *t = gl_check_tokens(L, ARG_TOKS, &s, &slen);
  Link lk;
  Ent *ents;
  int32_t *single;
  uint32_t *order;
  size_t maxnames;
  lua_Integer nev = 0, nalone = 0;
  int alone;
  char *mem;
  gl_checktable(L, ARG_ENTS);
  gl_checktable(L, ARG_TAKEN);
  if (lua_type(L, ARG_DICT) != LUA_TFUNCTION)
    return luaL_error(L, "glean: bad argument #%d (function expected, got %s)",
                      ARG_DICT, luaL_typename(L, ARG_DICT));
  gl_checktable(L, ARG_SHORTS);
  gl_checktable(L, ARG_MONTHS);
  gl_checktable(L, ARG_TIME);
  lua_settop(L, ARG_TIME);
  ntoks = t->n;
  nent = (size_t)lua_rawlen(L, ARG_ENTS);
  nshort = (size_t)lua_rawlen(L, ARG_SHORTS);
  if (nent > 4 * ntoks + 4 || nshort > 4 * ntoks + 4)
    return luaL_error(L, "glean: more names than the text has tokens");
  /* (three names an entity at most, and the shorts; two keys a name) */
  /* (a person keeps up to four names: the full one, a hyphenated last
  ** name, the last two words and the last one) */
  maxnames = 4 * nent + nshort;
  while (nslots < 4 * maxnames + 4) nslots *= 2;
  while (nlast < 2 * nent + 4) nlast *= 2;
  /* (one block, collected with the call's stack: nothing leaks when an
  ** argument is found wrong on the way) */
  mem = (char *)gl_newuserdata(L, (nslots + nlast) * sizeof(Key) +
                               maxnames * (sizeof(Name) + sizeof(List) +
                                           sizeof(uint32_t)) +
                               nent * sizeof(Ent) + ntoks * sizeof(int32_t));
  lua_newtable(L);                               /* the canonical names */
  lk.L = L;
  lk.anchors = lua_gettop(L);
  lk.nanchors = 0;
  lk.s = s;
  lk.slen = slen;
  lk.t = t;
  lk.heads.slots = (Key *)(void *)mem;
  lk.heads.mask = nslots - 1;
  lk.lastw.slots = lk.heads.slots + nslots;
  lk.lastw.mask = nlast - 1;
  lk.names = (Name *)(void *)(lk.lastw.slots + nlast);
  lk.lists = (List *)(void *)(lk.names + maxnames);
  ents = (Ent *)(void *)(lk.lists + maxnames);
  order = (uint32_t *)(void *)(ents + nent);
  single = (int32_t *)(void *)(order + maxnames);
  lk.nnames = lk.nlists = 0;
  lk.maxnames = (uint32_t)maxnames;
  memset(lk.heads.slots, 0, (nslots + nlast) * sizeof(Key));
  for (i = 0; i < ntoks; i++) single[i] = 0;
  /* the entities' fields; the last words of people's names of two words
  ** or more; the one-token entities by token (the last one there) */
  for (e = 0; e < nent; e++) {
    Ent *x = &ents[e];
    size_t llen = 0;
    const char *label;
    lua_rawgeti(L, ARG_ENTS, (lua_Integer)e + 1);
    if (!lua_istable(L, -1))
      return luaL_error(L, "glean: name %d is not a table", (int)e + 1);
    x->a = token_field(L, "first_token", ntoks, e + 1);
    x->b = token_field(L, "last_token", ntoks, e + 1);
    if (x->b < x->a)
      return luaL_error(L, "glean: name %d ends before it starts", (int)e + 1);
    lua_getfield(L, -1, "label");
    label = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &llen) : NULL;
    x->label = !label ? 0 : (llen == 6 && memcmp(label, "PERSON", 6) == 0) ? 1 :
               (llen == 3 && memcmp(label, "ORG", 3) == 0) ? 2 : 0;
    lua_getfield(L, -2, "canonical");
    x->has_canonical = lua_toboolean(L, -1);
    x->canon = 0;
    x->family = 0;
    lua_pop(L, 3);
    if (x->a == x->b || hyphen_word(t->info, x->a, x->b)) single[x->a] = (int32_t)e + 1;
    if (x->label == 1 && x->b > x->a && !hyphen_word(t->info, x->a, x->b)) {
      uint32_t h = key_hash(&lk, x->b, 0);
      Key *k = slot(&lk, &lk.lastw, x->b, 0, h);
      if (k->val == 0) set_key(k, x->b, 0, h, 1);
      if (name_suffix(&lk, x->b)) {            /* (and the word before a suffix) */
        h = key_hash(&lk, x->b - 1, 0);
        k = slot(&lk, &lk.lastw, x->b - 1, 0, h);
        if (k->val == 0) set_key(k, x->b - 1, 0, h, 1);
      }
      /* (and a family name written first: "Xi" of "Xi Jinping", "Yoon" of
      ** "Yoon Suk Yeol") */
      /* ("Park" of "Park Ji-hoon": a given name of two syllables joined by
      ** a hyphen, the second in lower case, follows a family name) */
      if (x->b == x->a + 3 && hyphen_word(t->info, x->a + 1, x->b) &&
          (t->info[x->b] & GL_F_LOWER))
        x->family = 1;
      else
        x->family = x->b <= x->a + 2 && surname(L, x->a, x->b - x->a);
      if (x->family) {
        h = key_hash(&lk, x->a, 0);
        k = slot(&lk, &lk.lastw, x->a, 0, h);
        if (k->val == 0) set_key(k, x->a, 0, h, 1);
      }
    }
  }
  /* (a person's name that is the last words of a longer one is that
  ** person's last name: found where it stands, as a one-token one is) */
  {
    /* (the people of three words or more, in order's room: it is free
    ** until the names are sorted) */
    size_t nlong = 0;
    for (e = 0; e < nent; e++)
      if (ents[e].label == 1 && ents[e].b >= ents[e].a + 2) order[nlong++] = (uint32_t)e;
    for (e = 0; e < nent; e++) {
      Ent *x = &ents[e];
      x->tail = nlong > 0 && !hyphen_word(t->info, x->a, x->b) &&
                tail_of_longer(&lk, ents, order, nlong, x);
      if (x->tail) single[x->a] = (int32_t)e + 1;
    }
  }
  keep_names(&lk, ents, nent, nshort);
  if (lk.nnames == 0) {
    lua_pushnil(L);
    return 1;
  }
  sort_lists(&lk, order);
  /* where the article names them again (and, second, where a name's
  ** first word stands alone in title case, no capitalized word after it:
  ** the caller may read a given name alone there) */
  lua_newtable(L);
  alone = lua_gettop(L);
  lua_newtable(L);
  for (i = 0; i < ntoks; i++) {
    const Key *k;
    const Name *nm;
    size_t j, x;
    int32_t one;
    if (!(t->info[i] & GL_F_CAP) || i + 1 <= after) continue;
    k = slot(&lk, &lk.heads, i, 0, key_hash(&lk, i, 0));
    if (k->val == 0) continue;
    /* (a name where a rule found it already is left as it is) */
    one = single[i];
    if (!one && is_set(L, ARG_TAKEN, (lua_Integer)i + 1)) continue;
    /* ("in May", "since August": the month, not Theresa May) */
    if (i > 0 && key_in(L, &lk, i, ARG_MONTHS) && key_in(L, &lk, i - 1, ARG_TIME))
      continue;
    nm = mention_at(&lk, &lk.lists[k->val - 1], order, i);
    if (nm == NULL) {
      if ((t->info[i] & GL_F_TITLE) &&
          !(i + 1 < ntoks && (t->info[i + 1] & GL_F_CAP) &&
            ((t->info[i + 1] & GL_KIND_MASK) == GL_WORD)) &&
          !(i + 1 < ntoks && (t->info[i + 1] & GL_KIND_MASK) == GL_HYPHEN)) {
        lua_pushinteger(L, (lua_Integer)i + 1);
        lua_rawseti(L, alone, ++nalone);
      }
      continue;
    }
    j = i + nm->len;
    /* (a one-word person's name is the caller's to read as a given name
    ** alone too: "Anil" after "Anil Ambani" and "Anil, who") */
    if (j == i && nm->what == 1 && (t->info[i] & GL_F_TITLE)) {
      lua_pushinteger(L, (lua_Integer)i + 1);
      lua_rawseti(L, alone, ++nalone);
    }
    if (one && j == ents[one - 1].b) {
      after = j + 1;
      push_event(L, &nev, i, j, nm, one, lk.anchors);
      continue;
    }
    for (x = i; x <= j; x++)
      if (is_set(L, ARG_TAKEN, (lua_Integer)x + 1)) break;
    /* (not the second word of a longer capitalized name; a mention that
    ** cannot be taken leaves its words to be looked at: "Garcia-Lopez"
    ** where a rule found "Lopez") */
    if (x <= j || (i > 0 && (t->info[i - 1] & GL_F_CAP) &&
                   is_set(L, ARG_TAKEN, (lua_Integer)i)))
      continue;
    after = j + 1;
    for (x = i; x <= j; x++) {
      lua_pushboolean(L, 1);
      lua_rawseti(L, ARG_TAKEN, (lua_Integer)x + 1);
    }
    push_event(L, &nev, i, j, nm, 0, lk.anchors);
  }
  lua_pushvalue(L, alone);
  return 2;
}

static const luaL_Reg link_funcs[] = {
  { "link_names", core_link_names },
  { NULL, NULL }
};

void gl_link_open (lua_State *L) {
  luaL_setfuncs(L, link_funcs, 0);
}
