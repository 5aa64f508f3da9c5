/* gazetteer.c -- places (countries, subdivisions, cities, hand-kept regions)
 * and word lists (given names, titles, organisations, demonyms) loaded once
 * from the data directory into one hash table of normalised names. After
 * bl_gazetteer_load nothing writes to it, so threads share it freely. */
#include "bl_int.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#define MAX_KEY  256 /* longest normalised name we index or look up */
/* The classes from the word lists, not from places. */
#define WORD_CLASSES                                                                       \
    (BL_GZ_GIVEN_NAME | BL_GZ_DEMONYM | BL_GZ_ORG_SUFFIX | BL_GZ_TITLE | BL_GZ_ORG |      \
     BL_GZ_SURNAME | BL_GZ_NOT_PLACE)
#define NO_PLACE UINT32_MAX
/* The bits of a slot (struct bl_gazetteer) that hold the key index + 1; the
 * rest hold the tag, when there are fewer keys than that. */
#define SLOT_INDEX 0x00FFFFFFu

/* Gender bits of a key. */
#define G_MALE   1u
#define G_FEMALE 2u

/* One name -> (place | word class) pair gathered while loading. */
struct rec {
    uint32_t key;     /* index into g->keys: its normalised name */
    uint32_t place;   /* index into places, or NO_PLACE */
    uint16_t classes; /* BL_GZ_* */
    uint8_t gender;   /* G_* */
    uint8_t prio;     /* 0 for hand-kept aliases, 1 otherwise */
    char cc[2];       /* demonym country */
};

/* One distinct normalised name. */
struct key {
    uint32_t off; /* into pool */
    uint16_t len;
    uint16_t npref; /* leading postings that are hand-kept readings */
    uint32_t post;  /* first index into postings */
    uint32_t npost;
    uint16_t classes;
    uint8_t gender;
    char cc[2];
    /* a key of up to 8 bytes, zero-padded: a look-up that finds such a key
     * compares it here, not in the pool (a cache miss of its own); 32
     * bytes in all, so that a key never straddles a cache line */
    char head[8];
};

struct bl_gazetteer {
    char *files[4]; /* file contents; place strings point into them */
    struct bl_place *places;
    size_t nplaces;
    char *pool; /* normalised keys */
    size_t npool;
    struct key *keys;
    size_t nkeys;
    uint32_t *postings;
    size_t npostings;
    /* key index + 1 in the bits of idx_mask, 0 = empty; size nslots (a power
     * of 2). The bits above hold the top bits of the key's hash (its tag)
     * while the index leaves room for them: a probe at another key is
     * turned away there, without reading the key and its bytes (two more
     * cache misses in a table of megabytes). */
    uint32_t *slots;
    size_t nslots;
    uint32_t idx_mask; /* SLOT_INDEX, or all bits when no tag fits */
    /* A filter of every key (a Bloom filter of one 64-bit word per probe,
     * three bits each, 4 to 8 bits per key), NULL when there was no memory
     * for it: most names asked about are no key, and this table, small
     * enough to stay in the cache, says so for most of them (some 85%)
     * where the slots would cost a trip to memory. nkeybits words, a power
     * of two. */
    uint64_t *keybits;
    size_t nkeybits;
    /* One bit per first word of a many-word key, by hash_bytes of the word
     * (nfirst bits, a power of two; NULL when no key has two words): a name
     * whose first word's bit is clear is no key, and is turned away before
     * the rest of it is hashed. */
    uint64_t *first;
    size_t nfirst;
    /* The same for the keys with a word-list class (WORD_CLASSES): a few
     * hundred, so most words are turned away. */
    uint64_t *first_word;
    size_t nfirst_word;
    uint32_t *ids; /* place index + 1 by GeoNames id, open addressing */
    size_t nids;
    uint32_t *admins; /* admin1 place indices sorted by ISO code */
    size_t nadmins;
    uint32_t *admadm; /* admin1 place indices sorted by (cc, adm) */
    size_t nadmadm;
    uint32_t *adm1; /* by place, for the first nadm1: its admin1's index + 1, or 0 */
    size_t nadm1;
    uint32_t country[26 * 26];
    uint32_t capital[26 * 26];
    /* the locations stage's word-list filters, built at load; NULL when
     * there was no memory for them (the stage then builds its own) */
    struct bl_loc_lists *loc_lists;
    size_t bytes;
};

/* A record whose name is normalised and hashed, and whose slot in kslot is
 * being fetched: add_rec queues PEND of them before pend_flush interns them,
 * so that the slot is in the cache by then (a table of megabytes, read at
 * random, where each such read was a trip to memory). */
#define PEND 32
struct pend {
    uint64_t hk;
    uint32_t place;
    uint16_t classes;
    uint8_t gender, prio;
    char cc[2];
    uint16_t len;
    char name[MAX_KEY];
};

/* Loader state, freed when loading ends. Each distinct name becomes a key
 * (g->keys, g->pool) when it is first seen, found again through kslot, so
 * that the records only need grouping by key at the end, not sorting. */
struct build {
    struct rec *recs;
    size_t nrecs, caprecs;
    size_t cappool, capplaces, capkeys, capkhash;
    uint64_t *khash; /* hash_bytes of each key's name, by key index */
    uint8_t *kfirst; /* the length of each key's first word, 0 when it has one */
    size_t capkfirst;
    uint64_t *kslot; /* kslot_entry of each key by khash, 0 empty; nkslot, a power of 2 */
    size_t nkslot;
    struct pend *pend; /* PEND records normalised and hashed, not yet interned */
    size_t npend;
};

/* ---- Normalisation ------------------------------------------------------ */

static size_t utf8_decode(const unsigned char *s, size_t len, int32_t *cp)
{
    utf8proc_ssize_t n = utf8proc_iterate(s, (utf8proc_ssize_t)len, cp);
    if (n <= 0) {
        *cp = -1;
        return 1;
    }
    return (size_t)n;
}

static bool is_apostrophe(int32_t c)
{
    return c == '\'' || c == '`' || c == '.' || c == 0x2019 || c == 0x2018 || c == 0x02BC ||
           c == 0x02BB || c == 0x00B4;
}

/* Replace a finished word out[w..*pos) by its expansion when it is one of
 * the abbreviations places are written with: st saint, ste sainte, mt
 * mount, ft fort. */
static inline bool expand_word(char *out, size_t cap, size_t w, size_t *pos)
{
    const char *full = NULL;
    size_t n = *pos - w, fl;
    const char *s = out + w;
    if (n == 2 && s[1] == 't') {
        if (s[0] == 's')
            full = "saint";
        else if (s[0] == 'm')
            full = "mount";
        else if (s[0] == 'f')
            full = "fort";
    } else if (n == 3 && s[0] == 's' && s[1] == 't' && s[2] == 'e') {
        full = "sainte";
    }
    if (!full)
        return true;
    fl = strlen(full);
    if (w + fl >= cap)
        return false;
    memcpy(out + w, full, fl);
    *pos = w + fl;
    return true;
}

/* What normalisation makes of an ASCII byte it keeps as it is (a letter,
 * lower-cased, a digit or '&'); 0 for the rest. */
/* clang-format off */
static const unsigned char ascii_keep[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 38, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0,
    0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
    0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};
/* clang-format on */

size_t bl_gazetteer_normalize(const char *s, size_t len, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, pos = 0, w = 0;
    bool in_word = false;

    if (!s || !out || cap < 2)
        return 0;
    while (i < len) {
        int32_t c;
        utf8proc_int32_t buf[8];
        utf8proc_ssize_t nd, j;
        int bound = 0;
        bool sep = false;

        /* the common case first: a run of ASCII letters and digits, copied
         * lower-cased in a tight loop (the same as the branch below); the
         * run may fill out up to cap - 1 bytes */
        if (ascii_keep[p[i]]) {
            size_t stop = len - i < cap - 1 - pos ? len : i + (cap - 1 - pos);
            if (!in_word) {
                w = pos;
                in_word = true;
            }
            while (i < stop && ascii_keep[p[i]])
                out[pos++] = (char)ascii_keep[p[i++]];
            if (i < len && ascii_keep[p[i]])
                return 0; /* no room */
            continue;
        }
        if (p[i] < 0x80) {
            c = p[i++];
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&') {
                /* letter */
            } else if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            } else if (is_apostrophe(c)) {
                continue;
            } else {
                sep = true;
            }
            if (!sep) {
                if (pos + 1 >= cap)
                    return 0;
                if (!in_word) {
                    w = pos;
                    in_word = true;
                }
                out[pos++] = (char)c;
                continue;
            }
        } else {
            i += utf8_decode(p + i, len - i, &c);
            if (c < 0 || is_apostrophe(c))
                continue;
            switch (utf8proc_category(c)) {
            case UTF8PROC_CATEGORY_PC:
            case UTF8PROC_CATEGORY_PD:
            case UTF8PROC_CATEGORY_PS:
            case UTF8PROC_CATEGORY_PE:
            case UTF8PROC_CATEGORY_PI:
            case UTF8PROC_CATEGORY_PF:
            case UTF8PROC_CATEGORY_PO:
            case UTF8PROC_CATEGORY_ZS:
            case UTF8PROC_CATEGORY_ZL:
            case UTF8PROC_CATEGORY_ZP:
            case UTF8PROC_CATEGORY_CC:
            case UTF8PROC_CATEGORY_CF:
                sep = true;
                break;
            case UTF8PROC_CATEGORY_MN:
            case UTF8PROC_CATEGORY_MC:
            case UTF8PROC_CATEGORY_ME:
                continue;
            default:
                break;
            }
            if (!sep) {
                nd = utf8proc_decompose_char(c, buf, 8,
                                             UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                                 UTF8PROC_STRIPMARK | UTF8PROC_COMPAT,
                                             &bound);
                if (nd < 0 || nd > 8)
                    continue;
                if (!in_word) {
                    w = pos;
                    in_word = true;
                }
                for (j = 0; j < nd; j++) {
                    utf8proc_uint8_t enc[4];
                    utf8proc_ssize_t ne = utf8proc_encode_char(buf[j], enc);
                    if (pos + (size_t)ne + 1 >= cap)
                        return 0;
                    memcpy(out + pos, enc, (size_t)ne);
                    pos += (size_t)ne;
                }
                continue;
            }
        }
        /* A separator: close the word, emit one space. */
        if (in_word) {
            if (!expand_word(out, cap, w, &pos))
                return 0;
            in_word = false;
            if (pos + 1 >= cap)
                return 0;
            out[pos++] = ' ';
        }
    }
    if (in_word && !expand_word(out, cap, w, &pos))
        return 0;
    while (pos > 0 && out[pos - 1] == ' ')
        pos--;
    out[pos] = '\0';
    return pos;
}

/* The hash of a key: eight bytes a step, as keys are short and hashing them
 * is much of a lookup. The last 0-7 bytes make one little-endian word,
 * which hash_key below loads in one go. */
static inline uint64_t hash_start(size_t n)
{
    return 0x9E3779B97F4A7C15ull * (n + 1);
}

/* One step: the next word w (eight key bytes, or the last 1-7 and zeros). */
static inline uint64_t hash_step(uint64_t h, uint64_t w)
{
    return (h ^ w) * 0xFF51AFD7ED558CCDull;
}

static inline uint64_t hash_mix(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
}

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = hash_start(n), w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, sizeof w);
        h = hash_step(h, w);
    }
    if (i < n) {
        w = 0;
        for (size_t k = 0; i + k < n; k++)
            w |= (uint64_t)(unsigned char)s[i + k] << (8 * k);
        h = hash_step(h, w);
    }
    return hash_mix(h);
}

/* hash_bytes of s[0..n) when s[n..n + 8) may be read too (a lookup's key
 * buffer): the last word is loaded whole and masked. */
static inline uint64_t hash_key(const char *s, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t h = hash_start(n), w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, sizeof w);
        h = hash_step(h, w);
    }
    if (i < n) {
        memcpy(&w, s + i, sizeof w);
        w &= ~0ull >> (64 - 8 * (n - i)); /* 1 to 7 bytes */
        h = hash_step(h, w);
    }
    return hash_mix(h);
#else
    return hash_bytes(s, n);
#endif
}

/* ---- File reading ------------------------------------------------------- */

static int read_file(const char *path, char **out, size_t *len, struct bl_error *err)
{
    int rc = bl_file_read(path, 0, out, len, err);
    if (rc != BL_OK && err) {
        char msg[sizeof err->message];
        (void)snprintf(msg, sizeof msg, "gazetteer: %.240s", err->message);
        memcpy(err->message, msg, sizeof msg);
    }
    return rc;
}

/* 0x80 in each byte of x that equals the byte repeated in pat, 0 in the
 * others (exact: no carry crosses a byte). */
static inline uint64_t bytes_eq(uint64_t x, uint64_t pat)
{
    uint64_t t = x ^ pat;
    return ~(((t & ~BL_HIGH8) + ~BL_HIGH8) | t) & BL_HIGH8;
}

/* Split the line at *cur into tab-separated fields, in place; the text ends
 * at end (a NUL, and no NUL before it). Returns the number of fields (at
 * most max), advances *cur past the line. The tabs are found eight bytes a
 * step: the places file has a million of them. */
static size_t next_line(char **cur, char *end, char **fields, size_t max, char **line)
{
    char *p = *cur, *e, *lim;
    size_t n = 0;

    *line = p;
    e = memchr(p, '\n', (size_t)(end - p));
    if (e) {
        *e = '\0';
        *cur = e + 1;
        lim = e;
    } else {
        *cur = lim = end;
    }
    if (e && e > p && e[-1] == '\r')
        e[-1] = '\0';
    fields[n++] = p;
    while (n < max) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        uint64_t x, m = 0;
        for (; lim - p >= 8; p += 8) {
            memcpy(&x, p, sizeof x);
            if ((m = bytes_eq(x, '\t' * BL_ONES8)) != 0)
                break;
        }
        if (m)
            p += (size_t)__builtin_ctzll(m) / 8;
        else
#endif
            while (p < lim && *p != '\t')
                p++;
        if (p == lim)
            break;
        *p++ = '\0';
        fields[n++] = p;
    }
    return n;
}

/* strtoul(s, &end, 10), and *ok false unless it read all of s (as "" is
 * read: 0): the digits are read here, anything else goes to strtoul. */
static unsigned long parse_ulong(const char *s, bool *ok)
{
    unsigned long v = 0;
    const char *p = s;
    char *end;

    for (; *p >= '0' && *p <= '9' && p - s < 19; p++)
        v = v * 10 + (unsigned long)(*p - '0');
    if (!*p)
        return v;
    v = strtoul(s, &end, 10);
    if (*end)
        *ok = false;
    return v;
}

/* ---- Building ----------------------------------------------------------- */

/* bl_grow, with the common case (room enough) inline. */
static inline int grow(void **ptr, size_t *cap, size_t need, size_t elem)
{
    return need <= *cap ? BL_OK : bl_grow(ptr, cap, need, elem);
}

/* A kslot entry: the key's index + 1 in the low 32 bits, the top of its
 * hash in the high ones, which turn away a probe at another key without a
 * trip to the key and its bytes (the table is megabytes, and most names
 * are new keys). */
static inline uint64_t kslot_entry(uint64_t hk, size_t i)
{
    return (hk & 0xFFFFFFFF00000000ull) | ((uint64_t)i + 1);
}

/* Makes b->kslot at least twice as large as it was and at least room
 * slots (a power of 2), placing the keys again by khash. */
static int kslot_grow(const struct bl_gazetteer *g, struct build *b, size_t room)
{
    size_t n = b->nkslot ? 2 * b->nkslot : 1024, i, h;
    uint64_t *slot;

    while (n < room)
        n *= 2;
    slot = calloc(n, sizeof *slot);
    if (!slot)
        return BL_ERR_NOMEM;
    for (i = 0; i < g->nkeys; i++) {
        for (h = (size_t)b->khash[i] & (n - 1); slot[h]; h = (h + 1) & (n - 1))
            ;
        slot[h] = kslot_entry(b->khash[i], i);
    }
    free(b->kslot);
    b->kslot = slot;
    b->nkslot = n;
    return BL_OK;
}

/* The index of the key named s[0..n) (normalised, 0 < n < MAX_KEY; hk its
 * hash_bytes) in *key, adding it to g->keys and g->pool when it is new. */
static int key_intern(struct bl_gazetteer *g, struct build *b, const char *s, size_t n,
                      uint64_t hk, uint32_t *key)
{
    uint64_t e;
    size_t h, mask;
    struct key *k;

    if (2 * (g->nkeys + 1) > b->nkslot && kslot_grow(g, b, 0) != BL_OK)
        return BL_ERR_NOMEM;
    mask = b->nkslot - 1;
    for (h = (size_t)hk & mask; (e = b->kslot[h]) != 0; h = (h + 1) & mask) {
        uint32_t i = (uint32_t)e - 1;
        if ((e >> 32) == (hk >> 32) && g->keys[i].len == n &&
            memcmp(g->pool + g->keys[i].off, s, n) == 0) {
            *key = i;
            return BL_OK;
        }
    }
    if (g->nkeys >= UINT32_MAX - 1 ||
        grow((void **)&g->keys, &b->capkeys, g->nkeys + 1, sizeof *g->keys) != BL_OK ||
        grow((void **)&b->khash, &b->capkhash, g->nkeys + 1, sizeof *b->khash) != BL_OK ||
        grow((void **)&b->kfirst, &b->capkfirst, g->nkeys + 1, 1) != BL_OK ||
        grow((void **)&g->pool, &b->cappool, g->npool + n + 1, 1) != BL_OK)
        return BL_ERR_NOMEM;
    k = &g->keys[g->nkeys];
    memset(k, 0, sizeof *k);
    k->off = (uint32_t)g->npool;
    k->len = (uint16_t)n;
    if (n <= sizeof k->head)
        memcpy(k->head, s, n);
    memcpy(g->pool + g->npool, s, n);
    g->pool[g->npool + n] = '\0';
    g->npool += n + 1;
    b->khash[g->nkeys] = hk;
    {
        /* normalised names have no space first, so 0 says none */
        const char *sp = memchr(s, ' ', n);
        b->kfirst[g->nkeys] = sp ? (uint8_t)(sp - s) : 0;
    }
    b->kslot[h] = kslot_entry(hk, g->nkeys);
    *key = (uint32_t)g->nkeys++;
    return BL_OK;
}

/* Interns the queued records' names and appends the records, in the order
 * they were queued. */
static int pend_flush(struct bl_gazetteer *g, struct build *b)
{
    size_t i;
    for (i = 0; i < b->npend; i++) {
        const struct pend *q = &b->pend[i];
        struct rec *r;
        uint32_t key;
        if (key_intern(g, b, q->name, q->len, q->hk, &key) != BL_OK ||
            grow((void **)&b->recs, &b->caprecs, b->nrecs + 1, sizeof *b->recs) != BL_OK)
            return BL_ERR_NOMEM;
        r = &b->recs[b->nrecs++];
        r->key = key;
        r->place = q->place;
        r->classes = q->classes;
        r->gender = q->gender;
        r->prio = q->prio;
        r->cc[0] = q->cc[0];
        r->cc[1] = q->cc[1];
    }
    b->npend = 0;
    return BL_OK;
}

/* Queues the record name -> (place, classes, gender, prio, demonym cc). */
static int add_rec(struct bl_gazetteer *g, struct build *b, const char *name, uint32_t place,
                   unsigned classes, unsigned gender, unsigned prio, const char *cc)
{
    struct pend *q = &b->pend[b->npend];
    size_t n = bl_gazetteer_normalize(name, strlen(name), q->name, sizeof q->name);

    if (n == 0)
        return BL_OK; /* empty or overlong names are simply not indexed */
    q->hk = hash_bytes(q->name, n);
    q->len = (uint16_t)n;
    q->place = place;
    q->classes = (uint16_t)classes;
    q->gender = (uint8_t)gender;
    q->prio = (uint8_t)prio;
    q->cc[0] = q->cc[1] = 0;
    if (cc && cc[0] && cc[1] && !cc[2]) {
        q->cc[0] = cc[0];
        q->cc[1] = cc[1];
    }
    if (b->nkslot)
        __builtin_prefetch(&b->kslot[(size_t)q->hk & (b->nkslot - 1)]);
    return ++b->npend == PEND ? pend_flush(g, b) : BL_OK;
}

static unsigned kind_class(int kind)
{
    switch (kind) {
    case BL_LOC_COUNTRY:
        return BL_GZ_COUNTRY;
    case BL_LOC_ADMIN1:
        return BL_GZ_ADMIN1;
    case BL_LOC_CITY:
        return BL_GZ_CITY;
    default:
        return BL_GZ_REGION;
    }
}

static int cc_index(const char *cc)
{
    int a, b;
    if (!cc || !cc[0] || !cc[1] || cc[2])
        return -1;
    a = (cc[0] | 0x20) - 'a';
    b = (cc[1] | 0x20) - 'a';
    if (a < 0 || a >= 26 || b < 0 || b >= 26)
        return -1;
    return a * 26 + b;
}

/* Coordinates are short decimals ("-33.86785"). With at most 15 digits the
 * digits are an exact double and so is 10^k, and IEEE division rounds
 * correctly, so m / 10^k is exactly what strtod returns; strtod was a quarter
 * of the load time. Anything else (exponents, spaces, long digit runs) still
 * goes to strtod. */
static float parse_coord(const char *s, bool *ok)
{
    static const double pow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const char *p = s;
    char *end;
    double v;
    uint64_t m = 0;
    int digits = 0, frac = -1;
    bool neg = false;

    if (!s[0] || (s[0] == '-' && !s[1]))
        return NAN;
    if (*p == '-' || *p == '+')
        neg = *p++ == '-';
    for (; (unsigned)(*p - '0') < 10; p++, digits++)
        m = m * 10 + (uint64_t)(*p - '0');
    if (*p == '.')
        for (frac = 0, p++; (unsigned)(*p - '0') < 10; p++, digits++, frac++)
            m = m * 10 + (uint64_t)(*p - '0');
    /* past 15 digits m may have wrapped, and is not used */
    if (!*p && digits > 0 && digits <= 15) {
        v = (double)m / pow10[frac > 0 ? frac : 0];
        return (float)(neg ? -v : v);
    }
    errno = 0;
    v = strtod(s, &end);
    if (*end || errno)
        *ok = false;
    return (float)v;
}

/* The value of the 1 to 8 ASCII digits at s[0..n) into *v, eight bytes a
 * step (s[0..8) must be readable); false when one is not a digit. */
static inline bool digits8(const char *s, size_t n, uint64_t *v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t x;
    memcpy(&x, s, sizeof x);
    if (n < 8) /* the digits to the top, '0's before them */
        x = x << (8 * (8 - n)) | 0x3030303030303030ull >> (8 * n);
    /* each byte 0x30-0x39: its high nibble 3, and still 3 after adding 6 */
    if (((x & 0xF0F0F0F0F0F0F0F0ull) |
         ((x + 0x0606060606060606ull) & 0xF0F0F0F0F0F0F0F0ull) >> 4) != 0x3333333333333333ull)
        return false;
    /* pairs of digits, then fours, then all eight; the first is the highest */
    x = (x & 0x0F0F0F0F0F0F0F0Full) * 2561 >> 8;
    x = (x & 0x00FF00FF00FF00FFull) * 6553601 >> 16;
    *v = (x & 0x0000FFFF0000FFFFull) * 42949672960001ull >> 32;
    return true;
#else
    uint64_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        m = m * 10 + (uint64_t)(s[i] - '0');
    }
    *v = m;
    return true;
#endif
}

/* parse_ulong of the field s[0..n), where end - s leaves room to read
 * eight bytes past it: up to eight digits in one go. */
static unsigned long field_ulong(const char *s, size_t n, const char *end, bool *ok)
{
    uint64_t v;
    if (n == 0)
        return 0;
    if (n <= 8 && end - s >= 8 && digits8(s, n, &v))
        return (unsigned long)v;
    return parse_ulong(s, ok);
}

static int new_place(struct bl_gazetteer *g, struct build *b, uint32_t *idx)
{
    if (grow((void **)&g->places, &b->capplaces, g->nplaces + 1, sizeof *g->places) != BL_OK)
        return BL_ERR_NOMEM;
    *idx = (uint32_t)g->nplaces++;
    memset(&g->places[*idx], 0, sizeof g->places[*idx]);
    g->places[*idx].adm = "";
    return BL_OK;
}

/* Index each |-separated alternative name of place idx. */
static int add_alts(struct bl_gazetteer *g, struct build *b, char *alts, uint32_t idx,
                    unsigned prio)
{
    char *p = alts, *bar;
    int rc;
    while (p && *p) {
        bar = strchr(p, '|');
        if (bar)
            *bar = '\0';
        rc = add_rec(g, b, p, idx, kind_class(g->places[idx].kind), 0, prio, NULL);
        if (rc != BL_OK)
            return rc;
        p = bar ? bar + 1 : NULL;
    }
    return BL_OK;
}

/* Check "#byline-gazetteer <type> 1 <rows>" and the "#end" trailer. */
static int check_header(const char *path, char *buf, const char *type, size_t *rows, char **body,
                        struct bl_error *err)
{
    char t[32];
    unsigned ver;
    unsigned long n;
    size_t len = strlen(buf), nl = 0;
    char *eol = strchr(buf, '\n');

    if (!eol && strncmp(buf, "#byline-gazetteer ", 18) == 0)
        return bl_fail(err, BL_ERR_FORMAT, len, "gazetteer: %s is truncated (in the header)", path);
    if (!eol || sscanf(buf, "#byline-gazetteer %31s %u %lu", t, &ver, &n) != 3 ||
        strcmp(t, type) != 0)
        return bl_fail(err, BL_ERR_FORMAT, 0, "gazetteer: %s is not a byline %s file", path, type);
    if (ver != 1)
        return bl_fail(err, BL_ERR_VERSION, 0, "gazetteer: %s has version %u, want 1", path, ver);
    if (len < 5 || strcmp(buf + len - 5, "#end\n") != 0)
        return bl_fail(err, BL_ERR_FORMAT, len, "gazetteer: %s is truncated (no #end line)", path);
    for (const char *q = buf; (q = memchr(q, '\n', len - (size_t)(q - buf))) != NULL; q++)
        nl++;
    if (nl != n + 2)
        return bl_fail(err, BL_ERR_FORMAT, BL_NONE,
                       "gazetteer: %s is corrupt: header says %lu rows, found %zu", path, n,
                       nl >= 2 ? nl - 2 : 0);
    buf[len - 5] = '\0'; /* cut the trailer */
    *rows = n;
    *body = eol + 1;
    return BL_OK;
}

/* Places rows: kind id name cc adm iso pop lat lon alts (the format is
 * described in tools/gazetteer/generate.js). Kind c country, a admin1, A
 * admin1 named after its chief city (Kyoto, Konya, Hiroshima: loaded so that
 * its cities name it as their admin1, but its names are not indexed, so the
 * name finds the city), d second-level subdivision, p city, P capital. */
static int load_places(struct bl_gazetteer *g, struct build *b, const char *path, char *buf,
                       struct bl_error *err)
{
    char *cur, *end, *line, *f[10];
    size_t rows = 0, r;
    int rc = check_header(path, buf, "places", &rows, &cur, err);

    if (rc != BL_OK)
        return rc;
    end = cur + strlen(cur);
    /* room for every row and regions.tsv's few after them, and interning
     * room for as many names again and a half, so that the table is not
     * moved about as it fills (it still grows if there are more) */
    if (bl_grow((void **)&g->places, &b->capplaces, rows + 1024, sizeof *g->places) != BL_OK ||
        (b->nkslot < rows + rows / 2 && kslot_grow(g, b, rows + rows / 2) != BL_OK))
        return bl_fail(err, BL_ERR_NOMEM, BL_NONE, "gazetteer: out of memory");
    for (r = 0; r < rows; r++) {
        struct bl_place *p;
        uint32_t idx;
        bool ok = true;
        unsigned long id, pop;
        size_t nf = next_line(&cur, end, f, 10, &line);

        if (nf != 10 || strlen(f[0]) != 1 || !*f[2])
            return bl_fail(err, BL_ERR_FORMAT, BL_NONE, "gazetteer: %s row %zu: bad fields", path,
                           r + 2);
        /* fields 1 to 8 are followed by another: their length is known,
         * and up to eight digits are read at once */
        id = field_ulong(f[1], (size_t)(f[2] - f[1] - 1), end, &ok);
        pop = field_ulong(f[6], (size_t)(f[7] - f[6] - 1), end, &ok);
        rc = new_place(g, b, &idx);
        if (rc != BL_OK)
            return rc;
        p = &g->places[idx];
        p->name = f[2];
        p->geonames_id = (uint32_t)id;
        p->population = pop > UINT32_MAX ? UINT32_MAX : (uint32_t)pop;
        p->lat = parse_coord(f[7], &ok);
        p->lon = parse_coord(f[8], &ok);
        p->adm = f[4];
        if (strlen(f[3]) == 2)
            memcpy(p->cc, f[3], 3);
        switch (f[0][0]) {
        case 'c':
            p->kind = BL_LOC_COUNTRY;
            if (cc_index(p->cc) < 0)
                ok = false;
            else {
                g->country[cc_index(p->cc)] = idx + 1;
                /* the capital's GeoNames id, resolved after loading */
                g->capital[cc_index(p->cc)] = (uint32_t)strtoul(f[5], NULL, 10);
            }
            break;
        case 'A': /* named after its chief city: names admin1s, not looked up */
        case 'a':
            p->kind = BL_LOC_ADMIN1;
            p->admin1_code = f[5];
            p->admin1 = p->name;
            break;
        case 'd':
            p->kind = BL_LOC_REGION;
            p->flags |= BL_PLACE_ADMIN2;
            break;
        case 'P':
            p->flags |= BL_PLACE_CAPITAL;
            /* fall through */
        case 'p':
            p->kind = BL_LOC_CITY;
            break;
        default:
            ok = false;
        }
        if (!ok)
            return bl_fail(err, BL_ERR_FORMAT, BL_NONE, "gazetteer: %s row %zu: bad value", path,
                           r + 2);
        if (f[0][0] == 'A')
            continue;
        rc = add_rec(g, b, p->name, idx, kind_class(p->kind), 0, 1, NULL);
        if (rc == BL_OK)
            rc = add_alts(g, b, f[9], idx, 1);
        if (rc != BL_OK)
            return rc;
    }
    return BL_OK;
}

static int load_words(struct bl_gazetteer *g, struct build *b, const char *path, char *buf,
                      bool hand, struct bl_error *err);

/* Hand-kept regions: kind name cc lat lon alts [iso]. Kind r region, l
 * landmark, o other, a admin1 (merged into the ISO 3166-2 entry when the
 * iso column names one), c country (merged into the country whose code is in
 * the iso column: new centre, extra names). */
static int load_regions(struct bl_gazetteer *g, struct build *b, const char *path, char *buf,
                        struct bl_error *err)
{
    char *cur = buf, *end = buf + strlen(buf), *line, *f[7];
    size_t lineno = 0;
    int rc;

    while (*cur) {
        struct bl_place *p = NULL;
        uint32_t idx = NO_PLACE;
        bool ok = true;
        size_t nf = next_line(&cur, end, f, 7, &line), i;

        lineno++;
        if (!line[0] || line[0] == '#')
            continue;
        if (nf < 6 || strlen(f[0]) != 1 || !*f[1])
            return bl_fail(err, BL_ERR_FORMAT, BL_NONE, "gazetteer: %s line %zu: bad fields", path,
                           lineno);
        if (f[0][0] == 'c' && nf == 7 && cc_index(f[6]) >= 0 && g->country[cc_index(f[6])])
            idx = g->country[cc_index(f[6])] - 1;
        if (f[0][0] == 'a' && nf == 7 && *f[6]) {
            for (i = 0; i < g->nplaces; i++)
                if (g->places[i].kind == BL_LOC_ADMIN1 && g->places[i].admin1_code &&
                    strcmp(g->places[i].admin1_code, f[6]) == 0) {
                    idx = (uint32_t)i;
                    break;
                }
        }
        if (idx == NO_PLACE) {
            rc = new_place(g, b, &idx);
            if (rc != BL_OK)
                return rc;
            p = &g->places[idx];
            p->name = f[1];
            p->flags = BL_PLACE_HAND;
            if (strlen(f[2]) == 2)
                memcpy(p->cc, f[2], 3);
            switch (f[0][0]) {
            case 'r':
                p->kind = BL_LOC_REGION;
                break;
            case 'l':
                p->kind = BL_LOC_LANDMARK;
                break;
            case 'o':
                p->kind = BL_LOC_OTHER;
                break;
            case 'a':
                p->kind = BL_LOC_ADMIN1;
                p->admin1 = p->name;
                p->admin1_code = nf == 7 && *f[6] ? f[6] : NULL;
                break;
            default:
                ok = false;
            }
        }
        p = &g->places[idx];
        {
            /* Merged rows keep a generated centre; hand coordinates fill gaps. */
            float lat = parse_coord(f[3], &ok), lon = parse_coord(f[4], &ok);
            if (!p->name || isnan(p->lat) || f[0][0] == 'c' || (p->flags & BL_PLACE_HAND)) {
                p->lat = lat;
                p->lon = lon;
            }
        }
        if (!ok)
            return bl_fail(err, BL_ERR_FORMAT, BL_NONE, "gazetteer: %s line %zu: bad value", path,
                           lineno);
        rc = add_rec(g, b, f[1], idx, kind_class(p->kind), 0, 0, NULL);
        if (rc == BL_OK)
            rc = add_alts(g, b, f[5], idx, 0);
        if (rc != BL_OK)
            return rc;
    }
    return BL_OK;
}

static uint32_t id_find(const struct bl_gazetteer *g, uint32_t id)
{
    size_t mask = g->nids - 1, h;
    if (!g->ids || !id)
        return NO_PLACE;
    for (h = (size_t)id * 2654435761u & mask;; h = (h + 1) & mask) {
        uint32_t s = g->ids[h];
        if (!s)
            return NO_PLACE;
        if (g->places[s - 1].geonames_id == id)
            return s - 1;
    }
}

/* Find a place named by a words.tsv "place" row: a GeoNames id, a country
 * code or an ISO 3166-2 code. */
static uint32_t resolve_target(const struct bl_gazetteer *g, const char *t)
{
    const struct bl_place *p = NULL;
    if (t[0] >= '0' && t[0] <= '9')
        return id_find(g, (uint32_t)strtoul(t, NULL, 10));
    if (strlen(t) == 2)
        p = bl_gazetteer_country(g, t);
    else
        p = bl_gazetteer_admin1(g, t);
    return p ? (uint32_t)(p - g->places) : NO_PLACE;
}

/* Word rows: class phrase extra. */
static int load_words(struct bl_gazetteer *g, struct build *b, const char *path, char *buf,
                      bool hand, struct bl_error *err)
{
    static const struct {
        const char *name;
        unsigned cls;
    } classes[] = {
        {"given", BL_GZ_GIVEN_NAME},
        {"surname", BL_GZ_SURNAME},
        {"title", BL_GZ_TITLE},
        {"orgsuffix", BL_GZ_ORG_SUFFIX},
        {"org", BL_GZ_ORG},
        {"demonym", BL_GZ_DEMONYM},
        {"place", 0},
        {"alias", 0},
        {"abbrev", 0},
        {"notplace", BL_GZ_NOT_PLACE},
    };
    char *cur = buf, *end, *line, *f[3];
    size_t rows = 0, lineno = hand ? 0 : 1, r = 0;
    int rc;

    if (!hand) {
        rc = check_header(path, buf, "words", &rows, &cur, err);
        if (rc != BL_OK)
            return rc;
    }
    end = cur + strlen(cur);
    while (*cur && (hand || r < rows)) {
        size_t nf = next_line(&cur, end, f, 3, &line), i;
        unsigned gender = 0;
        const char *extra;

        lineno++;
        r++;
        if (hand && (!line[0] || line[0] == '#'))
            continue;
        for (i = 0; i < sizeof classes / sizeof classes[0]; i++)
            if (strcmp(f[0], classes[i].name) == 0)
                break;
        if (nf < 2 || i == sizeof classes / sizeof classes[0] || !*f[1])
            return bl_fail(err, BL_ERR_FORMAT, BL_NONE, "gazetteer: %s line %zu: bad row", path,
                           lineno);
        extra = nf == 3 ? f[2] : "";
        if (classes[i].cls == BL_GZ_GIVEN_NAME) {
            gender = (strchr(extra, 'm') ? G_MALE : 0) | (strchr(extra, 'f') ? G_FEMALE : 0);
        } else if (classes[i].cls == 0) {
            uint32_t idx = resolve_target(g, extra);
            if (idx == NO_PLACE)
                return bl_fail(err, BL_ERR_FORMAT, BL_NONE,
                               "gazetteer: %s line %zu: unknown place %s", path, lineno, extra);
            /* an "alias" is ranked among the name's other readings by
             * population; a "place" or "abbrev" comes first */
            rc = add_rec(g, b, f[1], idx,
                         strcmp(f[0], "abbrev") == 0 ? 0 : kind_class(g->places[idx].kind), 0,
                         strcmp(f[0], "alias") == 0 ? 1 : 0, NULL);
            if (rc != BL_OK)
                return rc;
            continue;
        } else if (classes[i].cls == BL_GZ_DEMONYM && strlen(extra) != 2) {
            return bl_fail(err, BL_ERR_FORMAT, BL_NONE,
                           "gazetteer: %s line %zu: demonym without country", path, lineno);
        }
        rc = add_rec(g, b, f[1], NO_PLACE, classes[i].cls, gender, hand ? 0 : 1,
                     classes[i].cls == BL_GZ_DEMONYM ? extra : NULL);
        if (rc != BL_OK)
            return rc;
    }
    if (!hand && r != rows)
        return bl_fail(err, BL_ERR_FORMAT, BL_NONE, "gazetteer: %s is truncated", path);
    return BL_OK;
}

/* Order of a key's records: hand-kept first, then countries, then by
 * population (rank), then by place, then as they were read (i). */
struct srec {
    uint32_t rank, place, i;
};

static int srec_cmp(const void *a, const void *b)
{
    const struct srec *x = a, *y = b;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    if (x->place != y->place)
        return x->place < y->place ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

/* Sorts a key's n records: most keys have one to three, which insertion
 * sort orders in place; more go to qsort (the order is total, so it is the
 * same either way). */
static void srec_sort(struct srec *s, size_t n)
{
    size_t i, j;
    if (n > 16) {
        qsort(s, n, sizeof *s, srec_cmp);
        return;
    }
    for (i = 1; i < n; i++) {
        struct srec x = s[i];
        for (j = i; j > 0 && srec_cmp(&s[j - 1], &x) > 0; j--)
            s[j] = s[j - 1];
        s[j] = x;
    }
}

static uint32_t place_rank(const struct bl_gazetteer *g, const struct rec *r)
{
    const struct bl_place *p;
    uint32_t pop;
    if (r->place == NO_PLACE)
        return 0;
    p = &g->places[r->place];
    if (r->prio == 0)
        return 1;
    if (p->kind == BL_LOC_COUNTRY)
        return 2;
    pop = p->population > 0x7FFFFFF0u ? 0x7FFFFFF0u : p->population;
    return 3 + (0x7FFFFFF0u - pop);
}

/* qsort wants a context-free comparator: sort (iso pointer, index) pairs. */
struct strref {
    const char *s;
    uint32_t idx;
};

static int strref_cmp(const void *a, const void *b)
{
    return strcmp(((const struct strref *)a)->s, ((const struct strref *)b)->s);
}

/* GeoNames ids and admin1 ISO codes, needed before words.tsv can name
 * places by them. */
static int build_lookup(struct bl_gazetteer *g)
{
    struct strref *refs = NULL;
    size_t i, nref = 0;

    for (g->nids = 16; g->nids < g->nplaces * 2; g->nids <<= 1)
        ;
    g->ids = calloc(g->nids, sizeof *g->ids);
    refs = malloc((g->nplaces + 1) * sizeof *refs);
    g->admins = malloc((g->nplaces + 1) * sizeof *g->admins);
    g->admadm = malloc((g->nplaces + 1) * sizeof *g->admadm);
    if (!g->ids || !refs || !g->admins || !g->admadm) {
        free(refs);
        return BL_ERR_NOMEM;
    }
    for (i = 0; i < g->nplaces; i++) {
        uint32_t id = g->places[i].geonames_id;
        size_t h;
        if (!id)
            continue;
        for (h = (size_t)id * 2654435761u & (g->nids - 1); g->ids[h]; h = (h + 1) & (g->nids - 1))
            ;
        g->ids[h] = (uint32_t)i + 1;
    }
    for (i = 0; i < g->nplaces; i++)
        if (g->places[i].kind == BL_LOC_ADMIN1 && g->places[i].admin1_code)
            refs[nref++] = (struct strref){g->places[i].admin1_code, (uint32_t)i};
    qsort(refs, nref, sizeof *refs, strref_cmp);
    for (i = 0; i < nref; i++)
        g->admins[i] = refs[i].idx;
    g->nadmins = nref;
    free(refs);
    return BL_OK;
}

/* A set of the first words of keys of two or more words: 8 bits per such
 * key (n of them), a power of two in all; *bits is calloc'd, NULL when n
 * is 0. */
static int first_set(size_t n, uint64_t **bits, size_t *nbits)
{
    *bits = NULL;
    *nbits = 0;
    if (!n)
        return BL_OK;
    for (*nbits = 64; *nbits < n * 8; *nbits <<= 1)
        ;
    *bits = calloc(*nbits / 64, sizeof **bits);
    return *bits ? BL_OK : BL_ERR_NOMEM;
}

/* g->first, the first words of all keys of two or more words, and
 * g->first_word, of those with a word-list class, from the first word's
 * length key_intern noted, each word hashed once for both. */
static int first_words(struct bl_gazetteer *g, const struct build *b)
{
    size_t i, nall = 0, nword = 0;

    for (i = 0; i < g->nkeys; i++)
        if (b->kfirst[i]) {
            nall++;
            nword += (g->keys[i].classes & WORD_CLASSES) != 0;
        }
    if (first_set(nall, &g->first, &g->nfirst) != BL_OK ||
        first_set(nword, &g->first_word, &g->nfirst_word) != BL_OK)
        return BL_ERR_NOMEM;
    for (i = 0; i < g->nkeys; i++) {
        uint64_t hw;
        size_t h;
        if (!b->kfirst[i])
            continue;
        hw = hash_bytes(g->pool + g->keys[i].off, b->kfirst[i]);
        h = hw & (g->nfirst - 1);
        g->first[h / 64] |= 1ull << (h % 64);
        if (g->keys[i].classes & WORD_CLASSES) {
            h = hw & (g->nfirst_word - 1);
            g->first_word[h / 64] |= 1ull << (h % 64);
        }
    }
    return BL_OK;
}

/* Where a key of hash hk sets its bits in g->keybits: one word, chosen by
 * the hash's product with an odd constant (all its bits mixed in, unlike
 * the low bits that choose the slot), and three bits of it, from hash bits
 * the slot index and the tag leave alone in a table of up to 2^32 slots. */
static inline size_t keybits_word(const struct bl_gazetteer *g, uint64_t hk)
{
    return (size_t)((hk * 0x9E3779B97F4A7C15ull) >> 40) & (g->nkeybits - 1);
}

static inline uint64_t keybits_mask(uint64_t hk)
{
    return 1ull << ((hk >> 32) & 63) | 1ull << ((hk >> 38) & 63) | 1ull << ((hk >> 44) & 63);
}

/* Could a key have hash hk? False only when none has. */
static inline bool may_be_key(const struct bl_gazetteer *g, uint64_t hk)
{
    uint64_t m = keybits_mask(hk);
    return !g->keybits || (g->keybits[keybits_word(g, hk)] & m) == m;
}

/* The postings of every key and the name hash table. The records are
 * grouped by key (a counting sort, which keeps each key's in the order they
 * were read), and each key's are ordered as struct srec says. */
static int build_names(struct bl_gazetteer *g, struct build *b)
{
    struct srec *s = NULL;
    uint32_t *end = NULL, *order = NULL;
    size_t i, j, k, n = b->nrecs, nk = g->nkeys, cap = 0;
    int rc = BL_ERR_NOMEM;

    end = calloc(nk + 1, sizeof *end);
    order = malloc((n + 1) * sizeof *order);
    g->postings = malloc((n + 1) * sizeof *g->postings);
    if (!end || !order || !g->postings)
        goto fail;
    /* end[k]: where key k's records end in order */
    for (i = 0; i < n; i++)
        end[b->recs[i].key]++;
    for (k = 1; k < nk; k++)
        end[k] += end[k - 1];
    for (i = n; i-- > 0;)
        order[--end[b->recs[i].key]] = (uint32_t)i;
    /* now end[k] is where key k's records start; end[nk] = n */
    end[nk] = (uint32_t)n;
    for (k = 0; k < nk; k++) {
        struct key *key = &g->keys[k];
        size_t m = end[k + 1] - end[k];
        if (grow((void **)&s, &cap, m, sizeof *s) != BL_OK)
            goto fail;
        for (j = 0; j < m; j++) {
            const struct rec *r = &b->recs[order[end[k] + j]];
            s[j].rank = place_rank(g, r);
            s[j].place = r->place;
            s[j].i = order[end[k] + j];
        }
        srec_sort(s, m);
        key->post = (uint32_t)g->npostings;
        for (j = 0; j < m; j++) {
            const struct rec *r = &b->recs[s[j].i];
            size_t q;
            key->classes |= r->classes;
            key->gender |= r->gender;
            if (r->cc[0] && !key->cc[0]) {
                key->cc[0] = r->cc[0];
                key->cc[1] = r->cc[1];
            }
            if (r->place == NO_PLACE)
                continue;
            for (q = key->post; q < g->npostings; q++)
                if (g->postings[q] == r->place)
                    break;
            if (q == g->npostings) {
                g->postings[g->npostings++] = r->place;
                if (s[j].rank == 1)
                    key->npref++;
            }
        }
        key->npost = (uint32_t)(g->npostings - key->post);
    }
    for (g->nslots = 16; g->nslots < g->nkeys * 2; g->nslots <<= 1)
        ;
    g->slots = calloc(g->nslots, sizeof *g->slots);
    if (!g->slots)
        goto fail;
    g->idx_mask = g->nkeys < SLOT_INDEX ? SLOT_INDEX : UINT32_MAX;
    for (i = 0; i < g->nkeys; i++) {
        uint64_t hk = b->khash[i];
        size_t h = (size_t)hk & (g->nslots - 1);
        while (g->slots[h])
            h = (h + 1) & (g->nslots - 1);
        g->slots[h] = ((uint32_t)(hk >> 32) & ~g->idx_mask) | ((uint32_t)i + 1);
    }
    for (g->nkeybits = 1; g->nkeybits * 64 < g->nkeys * 4; g->nkeybits <<= 1)
        ;
    g->keybits = calloc(g->nkeybits, sizeof *g->keybits); /* optional */
    for (i = 0; g->keybits && i < g->nkeys; i++) {
        uint64_t hk = b->khash[i];
        g->keybits[keybits_word(g, hk)] |= keybits_mask(hk);
    }
    if (first_words(g, b) != BL_OK)
        goto fail;
    rc = BL_OK;
fail:
    free(s);
    free(end);
    free(order);
    return rc;
}

/* (cc, adm) order for the admin1_of lookup. */
static int adm_cmp_key(const struct bl_place *a, const char *cc, const char *adm)
{
    int c = strcmp(a->cc, cc);
    return c ? c : strcmp(a->adm, adm);
}

static int build_admadm(struct bl_gazetteer *g)
{
    size_t i, n = 0;
    /* Insertion into a sorted array: admin1 count is a few thousand, but keep
     * it n log n with qsort over string refs "cc\0adm" packed into a buffer. */
    struct strref *refs = malloc((g->nplaces + 1) * sizeof *refs);
    char *keys = malloc((g->nplaces + 1) * 16);
    if (!refs || !keys) {
        free(refs);
        free(keys);
        return BL_ERR_NOMEM;
    }
    for (i = 0; i < g->nplaces; i++) {
        const struct bl_place *p = &g->places[i];
        if (p->kind != BL_LOC_ADMIN1 || !p->adm[0] || p->flags & BL_PLACE_HAND)
            continue;
        (void)snprintf(keys + n * 16, 16, "%s %s", p->cc, p->adm);
        refs[n] = (struct strref){keys + n * 16, (uint32_t)i};
        n++;
    }
    qsort(refs, n, sizeof *refs, strref_cmp);
    for (i = 0; i < n; i++)
        g->admadm[i] = refs[i].idx;
    g->nadmadm = n;
    free(refs);
    free(keys);
    return BL_OK;
}

/* The admin1 place of p (not an admin1 itself) by bisection, or NULL. */
static const struct bl_place *adm1_find(const struct bl_gazetteer *g, const struct bl_place *p)
{
    size_t lo = 0, hi = g->nadmadm;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = adm_cmp_key(&g->places[g->admadm[mid]], p->cc, p->adm);
        if (c == 0)
            return &g->places[g->admadm[mid]];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* FNV-1a of a place's (cc, adm) pair, for link_places' table. */
static inline uint32_t adm_hash(const struct bl_place *p)
{
    uint32_t h = 2166136261u;
    const unsigned char *a = (const unsigned char *)p->adm;
    h = (h ^ (unsigned char)p->cc[0]) * 16777619u;
    h = (h ^ (unsigned char)p->cc[1]) * 16777619u;
    for (; *a; a++)
        h = (h ^ *a) * 16777619u;
    return h ^ h >> 15;
}

/* adm_cmp_key(a, b->cc, b->adm) == 0, with the codes compared in place */
static inline bool same_adm(const struct bl_place *a, const struct bl_place *b)
{
    return a->cc[0] == b->cc[0] && a->cc[1] == b->cc[1] && a->cc[2] == b->cc[2] &&
           strcmp(a->adm, b->adm) == 0;
}

/* Resolve capitals, give cities their admin1 names, and remember every
 * place's admin1 (the locations stage asks often). What adm1_find answers
 * depends on (cc, adm) alone, so it is asked once for each of the admin1s'
 * pairs, and the places find the answer by their pair in a table (slot:
 * the answer's index + 1, 0 empty): a look-up instead of a bisection of
 * string comparisons for each of 140,000 places. Without memory for the
 * table each place bisects. */
static int link_places(struct bl_gazetteer *g)
{
    uint32_t *slot = NULL;
    size_t i, h, nslot = 16;

    g->adm1 = calloc(g->nplaces ? g->nplaces : 1, sizeof *g->adm1);
    if (!g->adm1)
        return BL_ERR_NOMEM;
    g->nadm1 = g->nplaces;
    for (i = 0; i < 26 * 26; i++) {
        uint32_t id = g->capital[i];
        uint32_t idx = id ? id_find(g, id) : NO_PLACE;
        g->capital[i] = idx == NO_PLACE ? 0 : idx + 1;
    }
    while (nslot < 2 * g->nadmadm)
        nslot <<= 1;
    slot = calloc(nslot, sizeof *slot);
    for (i = 0; slot && i < g->nadmadm; i++) {
        const struct bl_place *a = adm1_find(g, &g->places[g->admadm[i]]);
        if (!a)
            continue; /* not found by its own pair: nor will a place be */
        for (h = (size_t)adm_hash(a) & (nslot - 1); slot[h] && &g->places[slot[h] - 1] != a;
             h = (h + 1) & (nslot - 1))
            ;
        slot[h] = (uint32_t)(a - g->places) + 1;
    }
    for (i = 0; i < g->nplaces; i++) {
        struct bl_place *p = &g->places[i];
        const struct bl_place *a = NULL;
        if (p->kind == BL_LOC_ADMIN1 || !p->adm || !p->adm[0])
            continue;
        if (!slot) {
            a = adm1_find(g, p);
        } else {
            for (h = (size_t)adm_hash(p) & (nslot - 1); slot[h]; h = (h + 1) & (nslot - 1)) {
                const struct bl_place *x = &g->places[slot[h] - 1];
                if (same_adm(x, p)) {
                    a = x;
                    break;
                }
            }
        }
        if (!a)
            continue;
        g->adm1[i] = (uint32_t)(a - g->places) + 1;
        if (p->kind == BL_LOC_CITY) {
            p->admin1 = a->name;
            p->admin1_code = a->admin1_code;
        }
    }
    free(slot);
    return BL_OK;
}

static int load_one(struct bl_gazetteer *g, struct build *b, const char *dir, const char *name,
                    int slot, struct bl_error *err)
{
    char path[4096];
    size_t len = 0;
    int rc;

    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >= sizeof path)
        return bl_fail(err, BL_ERR_ARG, BL_NONE, "gazetteer: data path too long");
    rc = read_file(path, &g->files[slot], &len, err);
    if (rc != BL_OK)
        return rc;
    g->bytes += len + 1;
    /* A cut file says so, even when the cut splits a character. */
    if ((slot == 0 || slot == 2) && strncmp(g->files[slot], "#byline-gazetteer ", 18) != 0)
        return bl_fail(err, BL_ERR_FORMAT, 0, "gazetteer: %s is not a byline gazetteer file", path);
    if ((slot == 0 || slot == 2) && (len < 5 || memcmp(g->files[slot] + len - 5, "#end\n", 5) != 0))
        return bl_fail(err, BL_ERR_FORMAT, len, "gazetteer: %s is truncated (no #end line)", path);
    if (memchr(g->files[slot], '\0', len))
        return bl_fail(err, BL_ERR_FORMAT, BL_NONE, "gazetteer: %s contains a NUL byte", path);
    if (bl_utf8_validate(g->files[slot], len, NULL) != BL_OK)
        return bl_fail(err, BL_ERR_FORMAT, BL_NONE, "gazetteer: %s is not UTF-8", path);
    switch (slot) {
    case 0:
        return load_places(g, b, path, g->files[slot], err);
    case 1:
        return load_regions(g, b, path, g->files[slot], err);
    case 2:
        return load_words(g, b, path, g->files[slot], false, err);
    default:
        return load_words(g, b, path, g->files[slot], true, err);
    }
}

/* Load gazetteer.places.tsv, regions.tsv, gazetteer.words.tsv and words.tsv
 * from data_dir. The caller owns *out (free with bl_gazetteer_free); on
 * failure *out is NULL and err names the file and the problem. */
int bl_gazetteer_load(const char *data_dir, bl_gazetteer **out, struct bl_error *err)
{
    struct bl_gazetteer *g = NULL;
    struct build b = {0};
    int rc;

    *out = NULL;
    if (!data_dir)
        return bl_fail(err, BL_ERR_ARG, BL_NONE, "gazetteer: no data directory");
    g = calloc(1, sizeof *g);
    b.pend = malloc(PEND * sizeof *b.pend);
    if (!g || !b.pend) {
        free(g);
        free(b.pend);
        return bl_fail(err, BL_ERR_NOMEM, BL_NONE, "gazetteer: out of memory");
    }
    rc = load_one(g, &b, data_dir, "gazetteer.places.tsv", 0, err);
    if (rc == BL_OK)
        rc = load_one(g, &b, data_dir, "regions.tsv", 1, err);
    if (rc != BL_OK)
        goto out;
    /* Ids and admin1 codes must be indexed before words.tsv names places. */
    rc = build_lookup(g);
    if (rc == BL_OK)
        rc = build_admadm(g);
    if (rc == BL_OK)
        rc = link_places(g);
    if (rc != BL_OK)
        goto nomem;
    rc = load_one(g, &b, data_dir, "gazetteer.words.tsv", 2, err);
    if (rc == BL_OK)
        rc = load_one(g, &b, data_dir, "words.tsv", 3, err);
    if (rc != BL_OK)
        goto out;
    rc = pend_flush(g, &b);
    if (rc == BL_OK)
        rc = build_names(g, &b);
    if (rc != BL_OK)
        goto nomem;
    g->bytes += g->nplaces * sizeof *g->places + g->npool + g->nkeys * sizeof *g->keys +
                g->npostings * 4 + g->nslots * 4 + g->nfirst / 8 + g->nfirst_word / 8 +
                g->nkeybits * 8 + g->nids * 4 + g->nplaces * 8 + g->nadm1 * 4;
    (void)bl_locations_lists_create(&g->loc_lists);
    *out = g;
    g = NULL;
    goto out;
nomem:
    rc = bl_fail(err, BL_ERR_NOMEM, BL_NONE, "gazetteer: out of memory");
out:
    free(b.recs);
    free(b.khash);
    free(b.kfirst);
    free(b.kslot);
    free(b.pend);
    bl_gazetteer_free(g);
    return rc;
}

/* Free a gazetteer; NULL is ignored. Not while other threads still use it. */
void bl_gazetteer_free(bl_gazetteer *g)
{
    size_t i;
    if (!g)
        return;
    for (i = 0; i < sizeof g->files / sizeof g->files[0]; i++)
        free(g->files[i]);
    free(g->places);
    free(g->pool);
    free(g->keys);
    free(g->postings);
    free(g->slots);
    free(g->keybits);
    free(g->first);
    free(g->first_word);
    free(g->ids);
    free(g->admins);
    free(g->admadm);
    free(g->adm1);
    bl_locations_lists_free(g->loc_lists);
    free(g);
}

/* See bl_int.h. Reads g only. */
const struct bl_loc_lists *bl_gazetteer_loc_lists(const bl_gazetteer *g)
{
    return g ? g->loc_lists : NULL;
}

/* ---- Lookups ------------------------------------------------------------ */

/* Would expand_word replace the word s[0..n)? */
static inline bool expands(const char *s, size_t n)
{
    if (n == 2)
        return s[1] == 't' && (s[0] == 's' || s[0] == 'm' || s[0] == 'f');
    return n == 3 && s[0] == 's' && s[1] == 't' && s[2] == 'e';
}

/* Normalise an all-ASCII name as bl_gazetteer_normalize would, into buf
 * (MAX_KEY + 8 bytes, as hash_key reads up to 8 bytes past the name).
 * Returns the length written to buf; 0 for a name that normalises to
 * nothing or that is surely no key of g (its first word starts no
 * many-word key); SIZE_MAX when the slow path must decide: a byte over
 * 0x7F, a word normalisation expands ("st", "mt"), or a name near
 * MAX_KEY. */
static size_t ascii_key(const struct bl_gazetteer *g, const char *s, size_t len, char *buf)
{
    size_t i = 0, n = 0, w = 0;
    bool in_word = false, spaced = false;

    if (len + 2 > MAX_KEY)
        return SIZE_MAX;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* the first word's letters eight at a time (most names are one word),
     * lower-cased by setting bit 5; the bytes stored past them (inside
     * s's length) are overwritten below or unused */
    while (i + 8 <= len) {
        uint64_t x, m;
        memcpy(&x, s + i, sizeof x);
        m = bl_letters8(x);
        x |= 0x20 * BL_ONES8;
        memcpy(buf + i, &x, sizeof x);
        if (m != BL_HIGH8) {
            i += (size_t)__builtin_ctzll(~m & BL_HIGH8) / 8;
            break;
        }
        i += 8;
    }
#endif
    for (; i < len; i++) {
        unsigned char c = ascii_keep[(unsigned char)s[i]];
        if (!c)
            break;
        buf[i] = (char)c;
    }
    if (i > 0) {
        n = i;
        in_word = true;
    }
    for (; i < len; i++) {
        unsigned char ch = (unsigned char)s[i], c = ascii_keep[ch];
        if (c) {
            if (!in_word) {
                if (n) { /* the space the previous word's separator left */
                    if (!spaced) {
                        /* a second word: does any key start with the first? */
                        uint64_t f;
                        if (!g->first)
                            return 0;
                        f = hash_key(buf, n) & (g->nfirst - 1);
                        if (!((g->first[f / 64] >> (f % 64)) & 1))
                            return 0;
                        spaced = true;
                    }
                    buf[n++] = ' ';
                }
                w = n;
                in_word = true;
            }
            buf[n++] = (char)c;
        } else if (ch >= 0x80) {
            return SIZE_MAX;
        } else if (ch == '\'' || ch == '`' || ch == '.') {
            continue; /* dropped, inside a word or not */
        } else if (in_word) {
            if (n - w <= 3 && expands(buf + w, n - w))
                return SIZE_MAX;
            in_word = false;
        }
    }
    if (in_word && n - w <= 3 && expands(buf + w, n - w))
        return SIZE_MAX;
    return n;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* A word of 4 to 16 ASCII letters, s[0..len), lower-cased from two
 * overlapping loads inside it (by setting bit 5) and hashed as hash_key
 * would hash it, without writing it out: *lo gets its first eight bytes
 * (up to 8 bytes: all of it, zero-padded), *hi its last eight (more than 8
 * bytes; else 0), *h the hash. False, and nothing set, unless every byte
 * is a letter. */
static inline bool fold_letters(const char *s, size_t len, uint64_t *lo, uint64_t *hi,
                                uint64_t *h)
{
    uint64_t x, y;
    if (len >= 8) {
        memcpy(&x, s, sizeof x);
        memcpy(&y, s + len - 8, sizeof y);
        if ((bl_letters8(x) & bl_letters8(y)) != BL_HIGH8)
            return false;
        x |= 0x20 * BL_ONES8;
        y |= 0x20 * BL_ONES8;
        *h = hash_step(hash_start(len), x);
        if (len > 8) /* bytes 8 to len - 1: the top of y */
            *h = hash_step(*h, y >> (8 * (16 - len)));
    } else {
        uint32_t a, b;
        memcpy(&a, s, sizeof a);
        memcpy(&b, s + len - 4, sizeof b);
        x = a | (uint64_t)b << 32;
        if (bl_letters8(x) != BL_HIGH8)
            return false;
        /* the word lower-cased and zero-padded: b overlaps a with the same
         * bytes */
        x = (a | 0x20202020u) | (uint64_t)(b | 0x20202020u) << (8 * (len - 4));
        y = 0; /* not read: such a word is compared with a key's head */
        *h = hash_step(hash_start(len), x);
    }
    *lo = x;
    *hi = y;
    return true;
}

/* find_key for one word of 4 to 16 ASCII letters, most of what is asked:
 * it is its own key, folded by fold_letters and compared with the keys
 * from registers: a key buffer written in pieces and read back at once
 * would stall the read. Sets *done unless the word is not all letters. */
static const struct key *find_word(const struct bl_gazetteer *g, const char *s, size_t len,
                                   bool *done)
{
    uint64_t lo, hi, h;
    size_t slot;
    uint32_t tag;

    if (!fold_letters(s, len, &lo, &hi, &h))
        return NULL;
    *done = true;
    h = hash_mix(h);
    if (!may_be_key(g, h))
        return NULL;
    tag = (uint32_t)(h >> 32) & ~g->idx_mask;
    for (slot = (size_t)h & (g->nslots - 1);; slot = (slot + 1) & (g->nslots - 1)) {
        uint32_t at = g->slots[slot];
        const struct key *k;
        if (!at)
            return NULL;
        if ((at & ~g->idx_mask) != tag)
            continue;
        k = &g->keys[(at & g->idx_mask) - 1];
        if (k->len != len)
            continue;
        if (len <= 8) { /* lo holds the word, zero-padded like head */
            uint64_t p0;
            memcpy(&p0, k->head, sizeof p0);
            if (p0 == lo)
                return k;
        } else {
            uint64_t p0, p1;
            memcpy(&p0, g->pool + k->off, sizeof p0);
            memcpy(&p1, g->pool + k->off + len - 8, sizeof p1);
            if (p0 == lo && p1 == hi)
                return k;
        }
    }
}
#endif

static const struct key *find_key(const struct bl_gazetteer *g, const char *s, size_t len)
{
    char buf[MAX_KEY + 8];
    size_t n, h;
    uint64_t hk;
    uint32_t tag;

    if (!g || !s || !g->slots)
        return NULL;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (len >= 4 && len <= 16) {
        bool done = false;
        const struct key *k = find_word(g, s, len, &done);
        if (done)
            return k;
    }
#endif
    /* Most names asked about are ASCII: lower-case them in a quick pass,
     * unless normalisation has more to do. */
    n = ascii_key(g, s, len, buf);
    if (n == SIZE_MAX)
        n = bl_gazetteer_normalize(s, len, buf, MAX_KEY);
    if (n == 0)
        return NULL;
    hk = hash_key(buf, n);
    if (!may_be_key(g, hk))
        return NULL;
    tag = (uint32_t)(hk >> 32) & ~g->idx_mask;
    for (h = (size_t)hk & (g->nslots - 1);; h = (h + 1) & (g->nslots - 1)) {
        uint32_t slot = g->slots[h];
        const struct key *k;
        if (!slot)
            return NULL;
        if ((slot & ~g->idx_mask) != tag)
            continue;
        k = &g->keys[(slot & g->idx_mask) - 1];
        if (k->len == n &&
            memcmp(n <= sizeof k->head ? k->head : g->pool + k->off, buf, n) == 0)
            return k;
    }
}

/* See bl_int.h: the word is folded and hashed as find_key would, and looked
 * up in the first-word set for the classes asked about. */
bool bl_gazetteer_may_lead(const bl_gazetteer *g, const char *s, size_t len, unsigned classes)
{
    char key[MAX_KEY + 8];
    const uint64_t *bits;
    size_t nbits, i, n = 0;
    uint64_t f;

    if (!g || !s)
        return true;
    bits = (classes & ~WORD_CLASSES) ? g->first : g->first_word;
    nbits = (classes & ~WORD_CLASSES) ? g->nfirst : g->nfirst_word;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    {
        /* most words asked about: 4 to 16 letters, hashed as they are
         * (none of them expands) */
        uint64_t lo, hi, h;
        if (len >= 4 && len <= 16 && fold_letters(s, len, &lo, &hi, &h)) {
            if (!bits)
                return false;
            f = hash_mix(h) & (nbits - 1);
            return (bits[f / 64] >> (f % 64)) & 1;
        }
    }
#endif
    for (i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i], c = ascii_keep[ch];
        if (c) {
            if (n == MAX_KEY)
                return true; /* longer than any key: unsure is allowed */
            key[n++] = (char)c;
        } else if (ch != '\'' && ch != '`' && ch != '.') {
            return true; /* a separator or a non-ASCII byte: not one plain word */
        }
    }
    if (n == 0 || (n <= 3 && expands(key, n)))
        return true;
    if (!bits)
        return false; /* no such key has two words */
    f = hash_key(key, n) & (nbits - 1);
    return (bits[f / 64] >> (f % 64)) & 1;
}

unsigned bl_gazetteer_classes(const bl_gazetteer *g, const char *s, size_t len)
{
    const struct key *k = find_key(g, s, len);
    return k ? k->classes : 0;
}

unsigned bl_gazetteer_token_classes(const bl_gazetteer *g, const struct bl_doc *d, size_t i)
{
    const struct bl_token *t = &d->toks[i];
    if (d->tok_gz && d->tok_gz_src == g && t->kind == BL_TOK_WORD)
        return d->tok_gz[i];
    return bl_gazetteer_classes(g, d->text + t->start, t->end - t->start);
}

size_t bl_gazetteer_places(const bl_gazetteer *g, const char *s, size_t len,
                           const struct bl_place **out, size_t cap)
{
    return bl_gazetteer_lookup(g, s, len, out, cap, NULL);
}

size_t bl_gazetteer_lookup(const bl_gazetteer *g, const char *s, size_t len,
                           const struct bl_place **out, size_t cap, size_t *npref)
{
    const struct key *k = find_key(g, s, len);
    size_t i;
    if (npref)
        *npref = k ? k->npref : 0;
    if (!k)
        return 0;
    for (i = 0; i < k->npost && i < cap; i++)
        out[i] = &g->places[g->postings[k->post + i]];
    return k->npost;
}

const struct bl_place *bl_gazetteer_country(const bl_gazetteer *g, const char *cc)
{
    int i = cc_index(cc);
    return (g && i >= 0 && g->country[i]) ? &g->places[g->country[i] - 1] : NULL;
}

const struct bl_place *bl_gazetteer_capital(const bl_gazetteer *g, const char *cc)
{
    int i = cc_index(cc);
    return (g && i >= 0 && g->capital[i]) ? &g->places[g->capital[i] - 1] : NULL;
}

const struct bl_place *bl_gazetteer_admin1(const bl_gazetteer *g, const char *iso_code)
{
    size_t lo = 0, hi;
    if (!g || !iso_code)
        return NULL;
    hi = g->nadmins;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(g->places[g->admins[mid]].admin1_code, iso_code);
        if (c == 0)
            return &g->places[g->admins[mid]];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const struct bl_place *bl_gazetteer_by_id(const bl_gazetteer *g, uint32_t geonames_id)
{
    uint32_t i = g ? id_find(g, geonames_id) : NO_PLACE;
    return i == NO_PLACE ? NULL : &g->places[i];
}

const struct bl_place *bl_gazetteer_admin1_of(const bl_gazetteer *g, const struct bl_place *p)
{
    uintptr_t at, base;
    if (!g || !p || !p->adm || !p->adm[0])
        return NULL;
    if (p->kind == BL_LOC_ADMIN1)
        return p;
    at = (uintptr_t)p;
    base = (uintptr_t)g->places;
    if (g->adm1 && at >= base && at < base + g->nadm1 * sizeof *g->places) {
        uint32_t k = g->adm1[(at - base) / sizeof *g->places];
        return k ? &g->places[k - 1] : NULL;
    }
    return adm1_find(g, p);
}

int bl_gazetteer_gender(const bl_gazetteer *g, const char *s, size_t len)
{
    const struct key *k = find_key(g, s, len);
    if (!k || !(k->classes & BL_GZ_GIVEN_NAME))
        return 0;
    if (k->gender == G_MALE)
        return 'm';
    if (k->gender == G_FEMALE)
        return 'f';
    return 0;
}

bool bl_gazetteer_demonym(const bl_gazetteer *g, const char *s, size_t len, char cc[3])
{
    const struct key *k = find_key(g, s, len);
    if (!k || !(k->classes & BL_GZ_DEMONYM) || !k->cc[0])
        return false;
    cc[0] = k->cc[0];
    cc[1] = k->cc[1];
    cc[2] = '\0';
    return true;
}

size_t bl_gazetteer_bytes(const bl_gazetteer *g)
{
    return g ? g->bytes : 0;
}
