/* tagger.c -- the named-entity tagger: loads the averaged-perceptron model
 * written by tools/train_ner, and tags a document in two greedy passes (the
 * second sees what the first said about the same word elsewhere in the
 * article), turning BIO labels into entity spans. */
#include "tagger_int.h"
#include "common_words.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

/* The model's table is struct ner_table (tagger_int.h); the rest are
 * sums made at load. */
struct bl_tagger {
    struct ner_table tab;
    void *block; /* tab's buckets, rows and filter, once parsed (see table_block) */
    struct ner_common *common; /* tab.common, owned */
    /* by common word: its groups' sums (struct crec), followed in the
     * same block by the distinct rows of groups 1 .. NER_NGROUPS - 1 */
    struct crec *crec;
    float scale;
    _Alignas(32) struct ner_row edge[NER_G_AFTER_O]; /* a missing neighbour, groups 1-4 */
    struct ner_row allow[NER_BOS + 1];  /* per previous label: -1 where a label may follow */
    /* after O: lab0 the rows of T1 and T12 after O O (every word's g[0]
     * has them, see struct wgroups), lab[t2] what those of the label
     * before last t2 add to them (lab[0] is zero) */
    struct ner_row lab0;
    struct ner_row lab[NER_BOS + 1];
    char info[NER_MAX_INFO + 1];
};

#define HDR_LEN (8 + 4 * 4 + 4 + 4) /* magic, 4 u32, f32 scale, u32 info length */
#define ROW_LEN (4 + 2 * NER_NCLASS)

static inline const struct ner_row *probe(const struct bl_tagger *t, uint64_t h)
{
    return ner_probe(&t->tab, h);
}

/* The row of feature h, or the all-zero row when the model lacks it. */
static inline const struct ner_row *find_row(const struct bl_tagger *t, uint64_t h)
{
    const struct ner_row *w = probe(t, h);
    return w ? w : &t->tab.w[t->tab.nrows];
}

/* Adds the row of feature h to acc; nothing when the model lacks it,
 * rather than adding the zero row. The features summed here (the shape
 * parts of the word groups, those of previous labels and of the first
 * pass) are mostly in the model: no filter. */
static inline void add_feat(const struct bl_tagger *t, uint64_t h, struct ner_row *acc)
{
    const struct ner_row *w = ner_find(&t->tab, h);
    if (w) {
        acc->lo += w->lo;
        acc->hi += w->hi;
    }
}

const char *ner_model_info(const bl_tagger *t)
{
    return t->info;
}

const struct ner_table *ner_model_table(const bl_tagger *t)
{
    return &t->tab;
}

void bl_tagger_free(bl_tagger *t)
{
    if (!t)
        return;
    if (t->block) {
        free(t->block);
    } else {
        free(t->tab.filter);
        free(t->tab.buckets);
        free(t->tab.w);
    }
    ner_common_free(t->common);
    free(t->crec);
    free(t);
}

static int common_build(struct bl_tagger *t, struct bl_error *err);

/* Huge pages: the size and alignment of table_block's block. */
#define HUGE_PAGE ((size_t)2 << 20)

/* Moves t's buckets (cap of them) and filter, and its nw distinct rows
 * from w with the zero row after them, into one block of whole huge pages
 * (t->block), where the kernel is asked to back it with huge pages: what a
 * token looks up is then one or two TLB entries instead of hundreds of 4 KB
 * pages (73,000 rows: 1.9 MB, one huge page). A hint only: without it the
 * block works the same. Returns BL_OK or BL_ERR_NOMEM (t unchanged). */
static int table_block(struct bl_tagger *t, size_t cap, const struct ner_row *w, uint32_t nw)
{
    size_t bsz = cap * sizeof *t->tab.buckets, wsz = (((size_t)nw + 2) / 2) * 2 * sizeof *w;
    size_t fsz = NER_FILTER_WORDS * sizeof *t->tab.filter;
    size_t tot = (bsz + wsz + fsz + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
    unsigned char *b = aligned_alloc(HUGE_PAGE, tot);
    if (!b)
        return BL_ERR_NOMEM;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    (void)madvise(b, tot, MADV_HUGEPAGE);
#endif
    memcpy(b, t->tab.buckets, bsz);
    memcpy(b + bsz, w, (size_t)nw * sizeof *w);
    memset(b + bsz + (size_t)nw * sizeof *w, 0, sizeof *w);
    memcpy(b + bsz + wsz, t->tab.filter, fsz);
    free(t->tab.buckets);
    free(t->tab.filter);
    t->tab.buckets = (struct ner_bucket *)b;
    t->tab.w = (struct ner_row *)(b + bsz);
    t->tab.filter = (uint64_t *)(b + bsz + wsz);
    t->block = b;
    return BL_OK;
}

/* The number of row x among the n distinct rows w[0 .. n), appending it
 * when it is new. slot (mask + 1 entries, zeroed, more than n) finds them
 * by content: row number + 1, 0 empty.
 *
 * Most of the model's rows repeat another's (73,261 rows, 20,695 distinct:
 * the all-zero rows of vocabulary words, and the few values that
 * quantisation leaves rare features), and the buckets point at one copy:
 * 650 KB of rows instead of 2.3 MB, which with the buckets and the filter
 * fit in a core's cache where they did not before. The sums are the same. */
static uint64_t row_hash(const struct ner_row *x)
{
    uint64_t h = 0x9E3779B97F4A7C15ull;
    int c;
    for (c = 0; c < 4; c++) {
        h = (h ^ (uint32_t)x->lo[c]) * 0xff51afd7ed558ccdull;
        h = (h ^ (uint32_t)x->hi[c]) * 0xc4ceb9fe1a85ec53ull;
    }
    return h;
}

/* (h is row_hash(x)) */
static uint32_t row_intern(struct ner_row *w, uint32_t *n, uint32_t *slot, size_t mask,
                           const struct ner_row *x, uint64_t h)
{
    size_t i;
    for (i = (size_t)(h >> 32) & mask; slot[i]; i = (i + 1) & mask) {
        const struct ner_row *y = &w[slot[i] - 1];
        if (!memcmp(&y->lo, &x->lo, sizeof x->lo) && !memcmp(&y->hi, &x->hi, sizeof x->hi))
            return slot[i] - 1;
    }
    w[*n] = *x;
    slot[i] = ++*n;
    return *n - 1;
}

/* A model row read ahead of its turn (see ner_model_parse). */
struct row_ahead {
    uint32_t key;
    uint64_t h; /* row_hash(&x) */
    struct ner_row x;
};

#define AHEAD 16 /* rows read ahead, a power of 2 */

/* Reads the row at p (key, then NER_NCLASS little-endian int16 scores) into
 * a, as differences from label 0's score, and prefetches the bucket and the
 * row_intern slot it will be looked up at. */
static void row_read(const unsigned char *p, const struct ner_table *tab, const uint32_t *dslot,
                     size_t dmask, struct row_ahead *a)
{
    int16_t q[NER_NCLASS];
    int c;
    a->key = bl_rd32le(p);
    for (c = 0; c < NER_NCLASS; c++)
        q[c] = (int16_t)(uint16_t)(p[4 + 2 * c] | p[5 + 2 * c] << 8);
    for (c = 0; c < 4; c++) {
        a->x.lo[c] = (int32_t)q[1 + c] - q[0];
        a->x.hi[c] = (int32_t)q[5 + c] - q[0];
    }
    a->h = row_hash(&a->x);
    __builtin_prefetch(&tab->buckets[a->key & tab->mask]);
    __builtin_prefetch(&dslot[(size_t)(a->h >> 32) & dmask]);
}

int ner_model_parse(const unsigned char *buf, size_t len, bl_tagger **out, struct bl_error *err)
{
    struct bl_tagger *t = NULL;
    uint32_t version, featset, nclass, nrows, infolen, cap = 16, r, nw = 0;
    uint32_t *dslot = NULL; /* row_intern's table */
    size_t dcap = 16;
    struct ner_row *w = NULL;
    struct row_ahead ahead[AHEAD];
    size_t need;
    const unsigned char *p;
    float scale;
    int rc;

    *out = NULL;
    if (len < HDR_LEN || memcmp(buf, NER_MAGIC, 8) != 0)
        return bl_fail(err, BL_ERR_FORMAT, 0, "not a byline NER model (bad magic or too short)");
    version = bl_rd32le(buf + 8);
    featset = bl_rd32le(buf + 12);
    nclass = bl_rd32le(buf + 16);
    nrows = bl_rd32le(buf + 20);
    {
        uint32_t sbits = bl_rd32le(buf + 24);
        memcpy(&scale, &sbits, sizeof scale);
    }
    infolen = bl_rd32le(buf + 28);
    if (version != NER_VERSION || featset != NER_FEATSET)
        return bl_fail(err, BL_ERR_VERSION, 8,
                       "NER model version %u/features %u, this build reads %u/%u: retrain it",
                       version, featset, NER_VERSION, NER_FEATSET);
    if (nclass != NER_NCLASS || nrows > NER_MAX_ROWS || infolen > NER_MAX_INFO ||
        !(scale > 0.0f && scale < 1e6f))
        return bl_fail(err, BL_ERR_FORMAT, 16, "NER model header is corrupt");
    need = HDR_LEN + (size_t)infolen + (size_t)nrows * ROW_LEN + 4;
    if (len != need)
        return bl_fail(err, BL_ERR_FORMAT, len < need ? len : need,
                       "NER model is %s (%zu bytes, header says %zu)",
                       len < need ? "truncated" : "too long", len, need);
    if (bl_fnv32(buf, len - 4) != bl_rd32le(buf + len - 4))
        return bl_fail(err, BL_ERR_FORMAT, len - 4, "NER model checksum mismatch (corrupt file)");

    /* aligned as its rows ask (calloc gives 16 bytes) */
    t = aligned_alloc(_Alignof(struct bl_tagger),
                      (sizeof *t + _Alignof(struct bl_tagger) - 1) / _Alignof(struct bl_tagger) *
                          _Alignof(struct bl_tagger));
    if (!t)
        return bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
    memset(t, 0, sizeof *t);
    /* at most 2/3 full (73,000 rows: 1 MB of buckets). A third full
     * spilled less, but its 2 MB of buckets did not stay in a core's cache
     * beside the rows and the filter: the tagger alone measured about 10%
     * slower on one core, for the same instructions within 0.1% */
    while (cap < 3 * (size_t)nrows / 2 + 1)
        cap *= 2;
    cap /= 4;
    t->tab.buckets = aligned_alloc(64, cap * sizeof *t->tab.buckets);
    while (dcap < 2 * (size_t)nrows + 2)
        dcap *= 2;
    dslot = calloc(dcap, sizeof *dslot);
    w = malloc(((size_t)nrows + 1) * sizeof *w);
    t->tab.filter = calloc(NER_FILTER_WORDS, sizeof *t->tab.filter);
    if (!t->tab.buckets || !dslot || !w || !t->tab.filter) {
        rc = bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
        goto out;
    }
    memset(t->tab.buckets, 0, cap * sizeof *t->tab.buckets);
    t->tab.mask = cap - 1;
    t->scale = scale;
    memcpy(t->info, buf + HDR_LEN, infolen);
    t->info[infolen] = '\0';
    p = buf + HDR_LEN + infolen;
    /* The buckets and row_intern's slots are megabytes read at random, a
     * cache miss each: rows are read AHEAD rows before their turn and
     * their places prefetched, so that the misses overlap. */
    for (r = 0; r < nrows && r < AHEAD; r++)
        row_read(p + (size_t)r * ROW_LEN, &t->tab, dslot, dcap - 1, &ahead[r]);
    for (r = 0; r < nrows; r++, p += ROW_LEN) {
        const struct row_ahead *a = &ahead[r % AHEAD];
        uint32_t key = a->key, i = key & t->tab.mask;
        int k = 0;
        if (key == 0) {
            rc = bl_fail(err, BL_ERR_FORMAT, (size_t)(p - buf), "NER model has an empty key");
            goto out;
        }
        for (;;) {
            for (k = 0; k < 4 && t->tab.buckets[i].key[k] && t->tab.buckets[i].key[k] != key; k++)
                ;
            if (k < 4)
                break;
            i = (i + 1) & t->tab.mask;
        }
        if (t->tab.buckets[i].key[k] == key) {
            rc = bl_fail(err, BL_ERR_FORMAT, (size_t)(p - buf), "NER model has a duplicate key");
            goto out;
        }
        t->tab.buckets[i].key[k] = key;
        t->tab.buckets[i].row[k] = row_intern(w, &nw, dslot, dcap - 1, &a->x, a->h);
        ner_filter_add(t->tab.filter, key);
        if (r + AHEAD < nrows) /* a's place, read now */
            row_read(p + (size_t)AHEAD * ROW_LEN, &t->tab, dslot, dcap - 1, &ahead[r % AHEAD]);
    }
    /* the distinct rows alone, and the zero row after them */
    if (table_block(t, cap, w, nw) != BL_OK) {
        rc = bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
        goto out;
    }
    t->tab.nrows = nw;
    for (r = 0; r < NER_NSMALL; r++)
        t->tab.small[r] = *find_row(t, ner_small_key(r));
    for (r = 0; r <= NER_BOS; r++) {
        t->lab[r] = t->tab.small[NER_S_T12 + r * 10 + 0];
        t->lab[r].lo -= t->tab.small[NER_S_T12 + 0].lo;
        t->lab[r].hi -= t->tab.small[NER_S_T12 + 0].hi;
    }
    t->lab0 = t->tab.small[NER_S_T1 + 0];
    t->lab0.lo += t->tab.small[NER_S_T12 + 0].lo;
    t->lab0.hi += t->tab.small[NER_S_T12 + 0].hi;
    memset(&t->edge[0], 0, sizeof t->edge[0]);
    for (r = 0; r <= NER_BOS; r++) {
        int l;
        for (l = 0; l < 4; l++) {
            t->allow[r].lo[l] = ner_allowed((int)r, 1 + l) ? -1 : 0;
            t->allow[r].hi[l] = ner_allowed((int)r, 5 + l) ? -1 : 0;
        }
    }
    for (r = 1; r < NER_G_AFTER_O; r++) {
        uint64_t h[2];
        struct ner_feats f = {h, NULL, 0, 0};
        ner_edge_feats(r, &f);
        t->edge[r] = *find_row(t, h[0]);
        t->edge[r].lo += find_row(t, h[1])->lo;
        t->edge[r].hi += find_row(t, h[1])->hi;
    }
    ner_table_affixes(&t->tab);
    rc = common_build(t, err);
    if (rc != BL_OK)
        goto out;
    *out = t;
    rc = BL_OK;
out:
    free(dslot);
    free(w);
    if (rc != BL_OK)
        bl_tagger_free(t);
    return rc;
}

int bl_tagger_bind_gazetteer(bl_tagger *t, const bl_gazetteer *gz)
{
    if (!t)
        return BL_ERR_ARG;
    t->tab.common_gz = NULL;
    if (!gz || !t->common)
        return BL_OK;
    ner_common_bind(t->common, gz);
    t->tab.common_gz = gz;
    return BL_OK;
}

int bl_tagger_load(const char *path, bl_tagger **out, struct bl_error *err)
{
    const size_t max = (size_t)(HDR_LEN + NER_MAX_INFO + 4) + (size_t)NER_MAX_ROWS * ROW_LEN;
    char *buf = NULL;
    size_t size = 0;
    int rc;

    *out = NULL;
    rc = bl_model_file_read(path, max, "NER model", &buf, &size, err);
    if (rc != BL_OK)
        return rc;
    rc = ner_model_parse((const unsigned char *)buf, size, out, err);
    if (rc != BL_OK)
        bl_error_prefix(err, path);
    free(buf);
    return rc;
}

int ner_model_write(const char *path, const uint32_t *keys, const int16_t *q, uint32_t nrows,
                    float scale, const char *info)
{
    size_t infolen = strlen(info), len;
    unsigned char *buf, *p;
    uint32_t sbits;
    int rc;

    if (infolen > NER_MAX_INFO)
        infolen = NER_MAX_INFO;
    len = HDR_LEN + infolen + (size_t)nrows * ROW_LEN + 4;
    buf = malloc(len);
    if (!buf)
        return BL_ERR_NOMEM;
    memcpy(buf, NER_MAGIC, 8);
    bl_wr32le(buf + 8, NER_VERSION);
    bl_wr32le(buf + 12, NER_FEATSET);
    bl_wr32le(buf + 16, NER_NCLASS);
    bl_wr32le(buf + 20, nrows);
    memcpy(&sbits, &scale, sizeof sbits);
    bl_wr32le(buf + 24, sbits);
    bl_wr32le(buf + 28, (uint32_t)infolen);
    memcpy(buf + HDR_LEN, info, infolen);
    p = buf + HDR_LEN + infolen;
    rc = bl_model_file_write(path, buf, len, p, keys, q, nrows, NER_NCLASS);
    free(buf);
    return rc;
}

/* The sum of the rows of features f (hashed and small). */
static inline struct ner_row sum_feats(const struct bl_tagger *t, const struct ner_feats *f,
                                       struct ner_row acc)
{
    size_t k;
    for (k = 0; k < f->ns; k++) {
        acc.lo += t->tab.small[f->s[k]].lo;
        acc.hi += t->tab.small[f->s[k]].hi;
    }
    for (k = 0; k < f->nh; k++)
        add_feat(t, f->h[k], &acc);
    return acc;
}

/* The sum of the rows of hashed features f->h (the word groups have no
 * small ones). */
static inline struct ner_row sum_hashed(const struct bl_tagger *t, const struct ner_feats *f,
                                        struct ner_row acc)
{
    uint32_t k;
    for (k = 0; k < f->nh; k++)
        add_feat(t, f->h[k], &acc);
    return acc;
}

/* Per document: the static score rows being filled, and the sums of the
 * word groups by word id. Up to WCACHE_MAX distinct words they are all
 * summed at once (direct); beyond, a direct-mapped cache (slot u & mask,
 * tagged with u) of WCACHE_MAX entries keeps memory bounded on long
 * documents of distinct words. */
#define WCACHE_MAX 4096u

/* g[0] holds group NER_G_AFTER_O's rows and the label pair's after O O
 * (lab0) as well as its own: most tokens come after O, and add_groups adds
 * g[0] to every token, so decode takes them back after another label
 * instead of adding them after O. */
struct wgroups {
    _Alignas(64) struct ner_row g[NER_NGROUPS];
};

/* A common word's group sums as the tagger keeps them: g[0] (the word's
 * own features, nearly every word's different) in the record, and each
 * other group's among the distinct rows after the records, which few words
 * do not share with others (under 2,100 a group for some 12,000 words: as
 * a neighbour, most words have only features of their shape and kind in
 * the model). One cache line a word, where struct wgroups took three: a
 * document's first look at each of its common words read those from the
 * 2.3 MB of them. The other groups are found by their byte offset from
 * the record (off), so that a document's own words have records too
 * (struct sum_ctx's drec), and add_groups reads both alike. */
struct crec {
    _Alignas(64) struct ner_row g0;
    int32_t off[NER_NGROUPS - 1]; /* group g's sums: (char *)record + off[g - 1] */
};

/* n things of type T aligned as T asks (64 bytes for what holds struct
 * wgroups, so that a word's six rows are three cache lines, not four);
 * free() frees them. n > 0. */
#define ALIGNED_ALLOC(T, n) ((T *)aligned_alloc(_Alignof(T), (size_t)(n) * sizeof(T)))

/* The row of group g (1 .. NER_NGROUPS - 1) of record r. */
static inline const struct ner_row *crec_row(const struct crec *r, unsigned g)
{
    return (const struct ner_row *)(const void *)((const char *)r + r->off[g - 1]);
}

/* The offset from record r to row w, both in one block of under 2 GB. */
static inline int32_t crec_off(const struct crec *r, const struct ner_row *w)
{
    return (int32_t)((const char *)w - (const char *)r);
}

/* The shape parts of the groups (ner_shape_part) by short shape: a
 * document has few shapes. Open addressing over SHAPE_SLOTS; once
 * SHAPE_MAX shapes are in, further ones are summed with each word. */
#define SHAPE_SLOTS 128u
#define SHAPE_MAX   96u

struct shape_cache {
    uint64_t key[SHAPE_SLOTS];
    uint8_t used[SHAPE_SLOTS];
    struct wgroups val[SHAPE_SLOTS];
    unsigned n;
};

struct sum_ctx {
    const struct bl_tagger *t;
    struct ner_row *stat;
    struct wgroups *wg;
    /* direct: word id u's sums as a record, a common word's the tagger's
     * own, another's drec[u] (its other groups in wg[u]) */
    const struct crec **wgp;
    struct crec *drec;
    uint32_t *tag;
    struct shape_cache *shapes;
    uint32_t mask;
    int direct;
    void *blk; /* what wg, wgp, drec, tag and shapes point into (wcache_init's) */
};

/* The shape part's sums for short shape sh, or NULL when the cache is full
 * and sh not in it. */
static const struct wgroups *shape_groups(struct shape_cache *sc, const struct bl_tagger *t,
                                          uint64_t sh)
{
    const struct ner_row zero = {{0, 0, 0, 0}, {0, 0, 0, 0}};
    uint64_t hb[NER_NGROUPS * NER_MAX_GROUP];
    struct ner_feats grp[NER_NGROUPS];
    uint32_t h = (uint32_t)(sh ^ sh >> 29) & (SHAPE_SLOTS - 1);
    int g;
    while (sc->used[h]) {
        if (sc->key[h] == sh)
            return &sc->val[h];
        h = (h + 1) & (SHAPE_SLOTS - 1);
    }
    if (sc->n >= SHAPE_MAX)
        return NULL;
    sc->used[h] = 1;
    sc->key[h] = sh;
    sc->n++;
    ner_shape_part(sh, hb, grp);
    for (g = 0; g < NER_NGROUPS; g++)
        sc->val[h].g[g] = sum_feats(t, &grp[g], zero);
    return &sc->val[h];
}

/* Fills cache slot k with the group sums of word id u: its shape's part
 * (summed once per shape) plus its word part. */
static void groups_fill(const struct sum_ctx *s, const struct ner_ctx *c, uint32_t k, uint32_t u)
{
    const struct ner_row zero = {{0, 0, 0, 0}, {0, 0, 0, 0}};
    uint64_t hb[NER_NGROUPS * NER_MAX_GROUP];
    struct ner_feats grp[NER_NGROUPS];
    const struct wgroups *sp;
    int g;
    if (c->ucommon && c->ucommon[u]) {
        const struct crec *r = &s->t->crec[c->ucommon[u] - 1];
        s->wg[k].g[0] = r->g0;
        for (g = 1; g < NER_NGROUPS; g++)
            s->wg[k].g[g] = *crec_row(r, (unsigned)g);
        s->tag[k] = u;
        return;
    }
    sp = shape_groups(s->shapes, s->t, ner_word_sshape(c, u));
    if (sp) {
        ner_word_sum_from(c, u, &s->t->tab, sp->g, s->wg[k].g);
    } else {
        ner_shape_part(ner_word_sshape(c, u), hb, grp);
        for (g = 0; g < NER_NGROUPS; g++)
            s->wg[k].g[g] = sum_hashed(s->t, &grp[g], zero);
        ner_word_sum(c, u, &s->t->tab, s->wg[k].g);
    }
    ner_row_add(&s->wg[k].g[0], &s->wg[k].g[NER_G_AFTER_O]);
    ner_row_add(&s->wg[k].g[0], &s->t->lab0);
    s->tag[k] = u;
}

static int wcache_init(struct sum_ctx *s, const struct ner_ctx *c)
{
    uint32_t cap = 16, k;
    s->direct = c->nuniq <= WCACHE_MAX;
    while (cap < c->nuniq && cap < WCACHE_MAX)
        cap *= 2;
    {
        /* one block (s->blk) */
        size_t z = 0, o_wg = ner_blk_add(&z, cap * sizeof *s->wg),
               o_tag = ner_blk_add(&z, cap * sizeof *s->tag),
               o_sh = ner_blk_add(&z, sizeof *s->shapes),
               o_wgp = ner_blk_add(&z, s->direct ? c->nuniq * sizeof *s->wgp : 0),
               o_drec = ner_blk_add(&z, s->direct ? c->nuniq * sizeof *s->drec : 0);
        unsigned char *b = s->blk = aligned_alloc(NER_BLK_ALIGN, ner_blk_round(z));
        _Static_assert(_Alignof(struct wgroups) <= NER_BLK_ALIGN &&
                           _Alignof(struct shape_cache) <= NER_BLK_ALIGN,
                       "the block's lines align them");
        if (!b)
            return BL_ERR_NOMEM;
        s->wg = (struct wgroups *)(void *)(b + o_wg);
        s->tag = (uint32_t *)(void *)(b + o_tag);
        s->shapes = (struct shape_cache *)(void *)(b + o_sh);
        s->wgp = s->direct ? (const struct crec **)(void *)(b + o_wgp) : NULL;
        s->drec = s->direct ? (struct crec *)(void *)(b + o_drec) : NULL;
    }
    memset(s->shapes->used, 0, sizeof s->shapes->used);
    s->shapes->n = 0;
    s->mask = cap - 1;
    for (k = 0; k < cap; k++)
        s->tag[k] = UINT32_MAX;
    /* a common word's sums are read where they are, not copied */
    for (k = 0; s->direct && k < c->nuniq; k++) {
        if (c->ucommon && c->ucommon[k]) {
            s->wgp[k] = &s->t->crec[c->ucommon[k] - 1];
            /* add_groups reads the record's offsets and then the rows
             * they give: asked for here, all at once, the records are at
             * hand by then instead of each a wait before its rows */
            __builtin_prefetch(s->wgp[k]);
        } else {
            struct crec *r = &s->drec[k];
            unsigned g;
            groups_fill(s, c, k, k);
            r->g0 = s->wg[k].g[0];
            for (g = 1; g < NER_NGROUPS; g++)
                r->off[g - 1] = crec_off(r, &s->wg[k].g[g]);
            s->wgp[k] = r;
        }
    }
    return BL_OK;
}

/* At most this many distinct common words (core/common_words.c): the
 * tagger sums their groups once at load (common_build, into crec), and
 * ner_common numbers them in 16 bits. Past it no model loads, so that an
 * addition to the list cannot go unseen. */
#define NER_COMMON_MAX 16384u

/* Slots of crec_make's table: more than the rows it may number. */
#define CROW_SLOTS (1u << 17)

/* Makes t->crec for the n common words of c (n > 0), each word's sums
 * worked out by groups_fill in s's one slot in turn. Returns BL_OK, or
 * BL_ERR_NOMEM (also when there would be 65,536 distinct rows or more),
 * then t has none. What is held meanwhile is a few hundred KB at a time,
 * where all the words' struct wgroups took 2.3 MB: a block that large
 * freed here would move the allocator's point above which it maps memory
 * apart, and with it where a document's blocks go. */
static int crec_make(struct bl_tagger *t, struct sum_ctx *s, const struct ner_ctx *c, uint32_t n)
{
    uint32_t *slot = calloc(CROW_SLOTS, sizeof *slot), nrow = 0, cap = 1024, k;
    struct ner_row *rows = malloc(cap * sizeof *rows), *dst;
    struct ner_row *g0 = malloc((size_t)n * sizeof *g0);
    uint16_t *ri = malloc((size_t)n * (NER_NGROUPS - 1) * sizeof *ri);
    int rc = BL_ERR_NOMEM;

    t->crec = NULL;
    if (!slot || !rows || !g0 || !ri)
        goto out;
    for (k = 0; k < n; k++) {
        unsigned g;
        groups_fill(s, c, 0, k);
        g0[k] = s->wg[0].g[0];
        for (g = 1; g < NER_NGROUPS; g++) {
            const struct ner_row *r = &s->wg[0].g[g];
            uint64_t h = 0x9E3779B97F4A7C15ull;
            uint32_t i;
            int l;
            for (l = 0; l < 4; l++) {
                h = (h ^ (uint32_t)r->lo[l]) * 0xff51afd7ed558ccdull;
                h = (h ^ (uint32_t)r->hi[l]) * 0xc4ceb9fe1a85ec53ull;
            }
            for (i = (uint32_t)(h >> 32) & (CROW_SLOTS - 1); slot[i];
                 i = (i + 1) & (CROW_SLOTS - 1))
                if (!memcmp(&rows[slot[i] - 1], r, sizeof *r))
                    break;
            if (!slot[i]) {
                if (nrow >= UINT16_MAX)
                    goto out;
                if (nrow == cap) {
                    struct ner_row *p = realloc(rows, 2 * cap * sizeof *p);
                    if (!p)
                        goto out;
                    rows = p;
                    cap *= 2;
                }
                rows[nrow++] = *r;
                slot[i] = nrow;
            }
            ri[(size_t)k * (NER_NGROUPS - 1) + g - 1] = (uint16_t)(slot[i] - 1);
        }
    }
    /* the records, then the rows: commonest words and their rows first */
    t->crec = aligned_alloc(_Alignof(struct crec),
                            (n * sizeof *t->crec + nrow * sizeof *rows + sizeof *t->crec - 1) /
                                sizeof *t->crec * sizeof *t->crec);
    if (!t->crec)
        goto out;
    dst = (struct ner_row *)(void *)(t->crec + n);
    memcpy(dst, rows, nrow * sizeof *rows);
    for (k = 0; k < n; k++) {
        unsigned g;
        t->crec[k].g0 = g0[k];
        for (g = 1; g < NER_NGROUPS; g++)
            t->crec[k].off[g - 1] =
                crec_off(&t->crec[k], &dst[ri[(size_t)k * (NER_NGROUPS - 1) + g - 1]]);
    }
    rc = BL_OK;
out:
    free(slot);
    free(rows);
    free(g0);
    free(ri);
    return rc;
}

/* Makes t's common words (t->tab.common and t->crec) from every token of
 * the shared list bl_common_words. They only save work: when memory runs out
 * there are none, and BL_OK. More distinct tokens than NER_COMMON_MAX is a
 * mistake in the list, not in the model or the input: BL_ERR_LIMIT with
 * detail in err, where silently having none would only show as a slower
 * tagger. */
static int common_build(struct bl_tagger *t, struct bl_error *err)
{
    struct bl_token *toks = NULL;
    size_t ntoks = 0;
    struct bl_sentence sent;
    struct ner_ctx c;
    struct sum_ctx s;
    struct ner_common *cm = NULL;
    int rc = BL_OK;

    memset(&c, 0, sizeof c);
    memset(&s, 0, sizeof s);
    memset(&sent, 0, sizeof sent);
    s.t = t;
    if (bl_tokenize(bl_common_words, bl_common_words_len, &toks, &ntoks) != BL_OK || !ntoks)
        goto out;
    sent.tok_end = (uint32_t)ntoks;
    sent.start = toks[0].start;
    sent.end = toks[ntoks - 1].end;
    s.stat = malloc(ntoks * sizeof *s.stat);
    if (!s.stat || ner_ctx_sum(&c, bl_common_words, toks, ntoks, &sent, 1, NULL, &t->tab,
                               s.stat) != BL_OK)
        goto out;
    if (c.nuniq > NER_COMMON_MAX) {
        rc = bl_fail(err, BL_ERR_LIMIT, BL_NONE,
                     "tagger: %zu common words, over NER_COMMON_MAX (%u): shorten "
                     "core/common_words.c",
                     c.nuniq, NER_COMMON_MAX);
        goto out;
    }
    if (ner_common_make(&c, &cm) != BL_OK)
        goto out;
    /* every word's groups, as wcache_init sums a document's (the table has
     * no common words yet, so groups_fill works each one out), one at a
     * time in the one slot */
    s.wg = ALIGNED_ALLOC(struct wgroups, 1);
    s.tag = malloc(sizeof *s.tag);
    s.shapes = ALIGNED_ALLOC(struct shape_cache, 1);
    if (!s.wg || !s.tag || !s.shapes)
        goto out;
    memset(s.shapes->used, 0, sizeof s.shapes->used);
    s.shapes->n = 0;
    if (crec_make(t, &s, &c, (uint32_t)c.nuniq) != BL_OK)
        goto out;
    (void)ner_common_pairs(cm, &t->tab); /* only saves work */
    t->common = cm;
    t->tab.common = cm;
    cm = NULL;
out:
    ner_common_free(cm);
    free(toks);
    free(s.stat);
    free(s.wg);
    free(s.tag);
    free(s.shapes);
    ner_ctx_free(&c);
    return rc;
}

/* The group sums of word id u when not direct (computed on a cache miss).
 * The pointer is valid until the next call. */
static inline const struct wgroups *groups_of(const struct sum_ctx *s, const struct ner_ctx *c,
                                              uint32_t u)
{
    uint32_t k = u & s->mask;
    if (s->tag[k] != u)
        groups_fill(s, c, k, u);
    return &s->wg[k];
}

static inline void add_row(struct ner_row *acc, const struct ner_row *w)
{
    acc->lo += w->lo;
    acc->hi += w->hi;
}

/* Adds to token i's static score row (of sentence [a, b)) its own word's
 * group and its neighbours', or the edge rows where it has none. */
static inline void add_groups_at(struct sum_ctx *s, const struct ner_ctx *c, size_t a, size_t b,
                                 size_t i)
{
    const struct bl_tagger *t = s->t;
    const uint32_t *u = c->uid;
    struct ner_row acc = s->stat[i]; /* a local: one load and store */
    if (s->direct) {
        const struct crec *const *wg = s->wgp;
        add_row(&acc, &wg[u[i]]->g0);
        add_row(&acc, i > a ? crec_row(wg[u[i - 1]], 1) : &t->edge[1]);
        add_row(&acc, i + 1 < b ? crec_row(wg[u[i + 1]], 2) : &t->edge[2]);
        add_row(&acc, i > a + 1 ? crec_row(wg[u[i - 2]], 3) : &t->edge[3]);
        add_row(&acc, i + 2 < b ? crec_row(wg[u[i + 2]], 4) : &t->edge[4]);
    } else {
        add_row(&acc, &groups_of(s, c, u[i])->g[0]);
        add_row(&acc, i > a ? &groups_of(s, c, u[i - 1])->g[1] : &t->edge[1]);
        add_row(&acc, i + 1 < b ? &groups_of(s, c, u[i + 1])->g[2] : &t->edge[2]);
        add_row(&acc, i > a + 1 ? &groups_of(s, c, u[i - 2])->g[3] : &t->edge[3]);
        add_row(&acc, i + 2 < b ? &groups_of(s, c, u[i + 2])->g[4] : &t->edge[4]);
    }
    s->stat[i] = acc;
}

/* Adds to every token's static score row (the rest of its static
 * features, from ner_ctx_sum) its own word's group and its neighbours'.
 * The tokens [i0, i1) of a sentence have all four neighbours (most of
 * them): with the sums at hand (direct) they need no edge tests. */
static void add_groups(struct sum_ctx *s, const struct ner_ctx *c)
{
    const uint32_t *u = c->uid;
    const struct crec *const *wg = s->wgp;
    size_t si, i;

    for (si = 0; si < c->nsents; si++) {
        size_t a = c->sents[si].tok_start, b = c->sents[si].tok_end;
        size_t i0 = a + 2 < b ? a + 2 : b, i1 = b >= a + 4 ? b - 2 : i0;
        for (i = a; i < i0; i++)
            add_groups_at(s, c, a, b, i);
        if (s->direct && i0 < i1) {
            /* the records of the five words around i, each word's read
             * once as the window moves on instead of five times */
            const struct crec *m2 = wg[u[i0 - 2]], *m1 = wg[u[i0 - 1]], *w0 = wg[u[i0]],
                              *p1 = wg[u[i0 + 1]], *p2;
            for (; i < i1; i++) {
                struct ner_row acc = s->stat[i];
                p2 = wg[u[i + 2]];
                add_row(&acc, &w0->g0);
                add_row(&acc, crec_row(m1, 1));
                add_row(&acc, crec_row(p1, 2));
                add_row(&acc, crec_row(m2, 3));
                add_row(&acc, crec_row(p2, 4));
                s->stat[i] = acc;
                m2 = m1;
                m1 = w0;
                w0 = p1;
                p1 = p2;
            }
        }
        for (; i < b; i++)
            add_groups_at(s, c, a, b, i);
    }
}

/* The label with the highest score among those allowed (ok: all bits set in
 * the lanes of allowed labels), the lowest label of equal scores, and O
 * (score 0) unless some allowed label scores above 0. */
static inline int best_label(const struct ner_row *sc, const struct ner_row *ok)
{
#if defined(__SSE2__)
    const __m128i lo_ok = (__m128i)ok->lo, hi_ok = (__m128i)ok->hi;
    const __m128i none = _mm_set1_epi32(INT32_MIN);
    __m128i lo = _mm_or_si128(_mm_and_si128((__m128i)sc->lo, lo_ok), _mm_andnot_si128(lo_ok, none));
    __m128i hi = _mm_or_si128(_mm_and_si128((__m128i)sc->hi, hi_ok), _mm_andnot_si128(hi_ok, none));
    __m128i m, gt;
    unsigned mask;
    /* most tokens: no allowed label above O */
    gt = _mm_or_si128(_mm_cmpgt_epi32(lo, _mm_setzero_si128()),
                      _mm_cmpgt_epi32(hi, _mm_setzero_si128()));
    if (!_mm_movemask_epi8(gt))
        return 0;
    gt = _mm_cmpgt_epi32(lo, hi);
    m = _mm_or_si128(_mm_and_si128(gt, lo), _mm_andnot_si128(gt, hi));
    gt = _mm_cmpgt_epi32(m, _mm_shuffle_epi32(m, _MM_SHUFFLE(1, 0, 3, 2)));
    m = _mm_or_si128(_mm_and_si128(gt, m),
                     _mm_andnot_si128(gt, _mm_shuffle_epi32(m, _MM_SHUFFLE(1, 0, 3, 2))));
    gt = _mm_cmpgt_epi32(m, _mm_shuffle_epi32(m, _MM_SHUFFLE(2, 3, 0, 1)));
    m = _mm_or_si128(_mm_and_si128(gt, m),
                     _mm_andnot_si128(gt, _mm_shuffle_epi32(m, _MM_SHUFFLE(2, 3, 0, 1))));
    if (_mm_cvtsi128_si32(m) <= 0)
        return 0;
    mask = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(lo, m))) |
           (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(hi, m))) << 4;
    return 1 + __builtin_ctz(mask);
#else
    int l, best = 0;
    int32_t best_sc = 0;
    for (l = 1; l < NER_NCLASS; l++) {
        int32_t v = l <= 4 ? sc->lo[l - 1] : sc->hi[l - 5];
        int32_t k = l <= 4 ? ok->lo[l - 1] : ok->hi[l - 5];
        if (k && v > best_sc) {
            best = l;
            best_sc = v;
        }
    }
    return best;
#endif
}

/* best_label after O or at a sentence start, where only O and the B-
 * labels (1, 3, 5, 7: lanes 0 and 2 of lo and hi) may come: those four
 * lanes gathered, one max fewer. */
static inline int best_b_label(const struct ner_row *sc)
{
#if defined(__SSE2__)
    __m128i v = _mm_castps_si128(_mm_shuffle_ps(_mm_castsi128_ps((__m128i)sc->lo),
                                                _mm_castsi128_ps((__m128i)sc->hi),
                                                _MM_SHUFFLE(2, 0, 2, 0)));
    __m128i m, s, gt;
    /* most tokens: no B- label above O */
    if (!_mm_movemask_epi8(_mm_cmpgt_epi32(v, _mm_setzero_si128())))
        return 0;
    s = _mm_shuffle_epi32(v, _MM_SHUFFLE(1, 0, 3, 2));
    gt = _mm_cmpgt_epi32(v, s);
    m = _mm_or_si128(_mm_and_si128(gt, v), _mm_andnot_si128(gt, s));
    s = _mm_shuffle_epi32(m, _MM_SHUFFLE(2, 3, 0, 1));
    gt = _mm_cmpgt_epi32(m, s);
    m = _mm_or_si128(_mm_and_si128(gt, m), _mm_andnot_si128(gt, s));
    if (_mm_cvtsi128_si32(m) <= 0)
        return 0;
    return 1 +
           2 * __builtin_ctz((unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(v, m))));
#else
    int l, best = 0;
    int32_t best_sc = 0;
    for (l = 1; l < NER_NCLASS; l += 2) {
        int32_t v = l <= 4 ? sc->lo[l - 1] : sc->hi[l - 5];
        if (v > best_sc) {
            best = l;
            best_sc = v;
        }
    }
    return best;
#endif
}

/* The sums of the document features (ner_doc_sum) by docbits and short
 * shape, direct-mapped (bits 0: empty; docbits are never 0): the tokens
 * with document features are mostly capitalised words of a few shapes and
 * few docbits, so most of them find their sum here. */
#define DOC_SLOTS 128u

struct doc_cache {
    uint64_t shape[DOC_SLOTS];
    uint32_t bits[DOC_SLOTS];
    struct ner_row row[DOC_SLOTS];
};

/* Adds the document features' rows of a token with docbits bits (not 0)
 * and short shape shape to acc, from dc when it has them. */
static inline void add_doc(const struct bl_tagger *t, struct doc_cache *dc, uint32_t bits,
                           uint64_t shape, struct ner_row *acc)
{
    uint32_t k = (uint32_t)((shape ^ bits * 0x9E3779B97F4A7C15ull) >> 57) & (DOC_SLOTS - 1);
    if (dc->bits[k] != bits || dc->shape[k] != shape) {
        const struct ner_row zero = {{0, 0, 0, 0}, {0, 0, 0, 0}};
        dc->row[k] = zero;
        ner_doc_sum(&t->tab, bits, shape, &dc->row[k]);
        dc->bits[k] = bits;
        dc->shape[k] = shape;
    }
    add_row(acc, &dc->row[k]);
}

/* Greedy left-to-right decoding of every sentence over the static scores
 * plus the features of earlier labels and of the first pass (docbits, NULL
 * in the first pass). Scores are relative to O (lane l - 1 is label l). The
 * second pass works in place: labels holds the first pass's labels, and
 * each token's is read before it is replaced. There a token with no
 * document features whose two previous labels are what they were in the
 * first pass scores as it did then, so it keeps its first-pass label, where
 * it already is. Inlined into decode_first and decode_second, where whether
 * docbits is NULL is known, so that its tests go from the first pass's
 * loop. */
static inline __attribute__((always_inline)) void
decode(const struct bl_tagger *t, const struct ner_ctx *c, const struct sum_ctx *s,
       const uint32_t *docbits, uint8_t *labels)
{
    struct doc_cache dc;
    /* in locals: a store to labels (bytes) might be any of them, as far as
     * the compiler can tell, and it reloaded them after each */
    const struct ner_row *const stat = s->stat;
    const struct bl_sentence *const sents = c->sents;
    const size_t nsents = c->nsents;
    size_t si, i;

    if (docbits)
        memset(dc.bits, 0, sizeof dc.bits);
    for (si = 0; si < nsents; si++) {
        size_t a = sents[si].tok_start, b = sents[si].tok_end;
        /* second pass: how many of the next tokens have a label before
         * them (at i - 1 or i - 2) that differs from the first pass's */
        unsigned differ = 0;
        /* the labels at i - 1 and i - 2 (NER_BOS before the sentence) */
        unsigned p1 = NER_BOS, p2 = NER_BOS;
        for (i = a; i < b; i++) {
            struct ner_row sc;
            unsigned l;
            if (docbits) {
                if (differ) {
                    differ--;
                } else if (!docbits[i]) {
                    /* the run of tokens from i with no document features
                     * keeps its first-pass labels, up to the next token
                     * that has some (decided below) */
                    while (++i < b && !docbits[i])
                        ;
                    if (i == b)
                        break;
                    p1 = labels[i - 1];
                    p2 = i > a + 1 ? labels[i - 2] : NER_BOS;
                }
            }
            if (p1 == 0) {
                /* after O, ner_dyn_put gives the label pair's two small
                 * features alone (the word's are in its group
                 * NER_G_AFTER_O, already in stat by g[0]) besides the
                 * document features */
                sc = stat[i];
                if (p2)
                    add_row(&sc, &t->lab[p2]);
            } else {
                const struct ner_row *o = s->direct
                                              ? crec_row(s->wgp[c->uid[i]], NER_G_AFTER_O)
                                              : &groups_of(s, c, c->uid[i])->g[NER_G_AFTER_O];
                sc = stat[i];
                /* the word's after-O features and lab0, which its g[0]
                 * brought */
                sc.lo -= o->lo + t->lab0.lo;
                sc.hi -= o->hi + t->lab0.hi;
                ner_label_sum(c, i, p1, p2, &t->tab, &sc);
            }
            /* the document features, which ner_dyn_put was not given */
            if (docbits && docbits[i])
                add_doc(t, &dc, docbits[i], c->ti[i].shape, &sc);
            l = (unsigned)(p1 == 0 || p1 == NER_BOS ? best_b_label(&sc)
                                                   : best_label(&sc, &t->allow[p1]));
            if (docbits && l != labels[i]) /* the first pass's */
                differ = 2;
            labels[i] = (uint8_t)l;
            p2 = p1;
            p1 = l;
        }
    }
}

static __attribute__((noinline, nonnull)) void decode_first(const struct bl_tagger *t,
                                                   const struct ner_ctx *c,
                                                   const struct sum_ctx *s, uint8_t *labels)
{
    decode(t, c, s, NULL, labels);
}

static __attribute__((noinline, nonnull)) void decode_second(const struct bl_tagger *t,
                                                    const struct ner_ctx *c,
                                                    const struct sum_ctx *s,
                                                    const uint32_t *docbits, uint8_t *labels)
{
    decode(t, c, s, docbits, labels);
}

/* True for the lower-case particles inside personal names (Ursula von der
 * Leyen, Ludwig van Beethoven, Mohammed bin Salman). */
static int name_particle(const char *text, const struct bl_token *t)
{
    static const uint32_t words[] = {
        NER_PACK('v', 'o', 'n', 3), NER_PACK('v', 'a', 'n', 3), NER_PACK('d', 'e', 'r', 3),
        NER_PACK('d', 'e', 'n', 3), NER_PACK('d', 'e', 0, 2),   NER_PACK('l', 'a', 0, 2),
        NER_PACK('l', 'e', 0, 2),   NER_PACK('d', 'u', 0, 2),   NER_PACK('d', 'a', 0, 2),
        NER_PACK('d', 'e', 'l', 3), NER_PACK('d', 'i', 0, 2),   NER_PACK('b', 'i', 'n', 3),
        NER_PACK('a', 'l', 0, 2),   NER_PACK('i', 'b', 'n', 3), NER_PACK('t', 'e', 'n', 3),
        NER_PACK('t', 'e', 'r', 3), NER_PACK('d', 'o', 's', 3), NER_PACK('d', 'a', 's', 3)};
    uint32_t v = ner_pack_short(text, t);
    size_t k;
    switch (v & 0xffu) { /* what they start with (0: longer tokens) */
    case 'a':
    case 'b':
    case 'd':
    case 'i':
    case 'l':
    case 't':
    case 'v':
        break;
    default:
        return 0;
    }
    for (k = 0; k < sizeof words / sizeof words[0]; k++)
        if (words[k] == v)
            return 1;
    return 0;
}

/* The first index from i on (below n) whose label is not O, or n. Most
 * labels are O: eight at a time are looked at while they all are. */
static size_t next_labelled(const uint8_t *labels, size_t i, size_t n)
{
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, labels + i, sizeof v);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        if (v) /* the first nonzero byte is the lowest */
            return i + (size_t)__builtin_ctzll(v) / 8;
#else
        if (v)
            break;
#endif
    }
    while (i < n && !labels[i])
        i++;
    return i;
}

/* The token after the name that opens at i (labels[i] a B label): the
 * first, before n, whose label is not its type's inside label. */
static size_t name_end(const uint8_t *labels, size_t i, size_t n)
{
    const int in = NER_I(NER_TYPE(labels[i]));
    while (++i < n && labels[i] == in)
        ;
    return i;
}

/* Is token t one punctuation byte ch? */
static bool punct_is(const char *text, const struct bl_token *t, char ch)
{
    return t->kind == BL_TOK_PUNCT && t->end == t->start + 1 && text[t->start] == ch;
}

/* Labels tokens [a, b) one name of type t, whatever they were. */
static void label_name(uint8_t *labels, size_t a, size_t b, int t)
{
    labels[a] = (uint8_t)NER_B(t);
    while (++a < b)
        labels[a] = (uint8_t)NER_I(t);
}

/* A person name the tagger split at its particles (PER, one or two
 * particles tagged O, then a name) becomes one name. The name after the
 * particles may have been taken for another type ("Erik ten Hag" with "Hag"
 * an organisation): a person's particle makes it the person's surname. */
static void join_particles(const struct ner_ctx *c, uint8_t *labels)
{
    const int bper = NER_B(BL_ENT_PERSON), iper = NER_I(BL_ENT_PERSON);
    size_t i, k, n = c->ntoks;
    for (i = next_labelled(labels, 0, n); i + 2 < n; i = next_labelled(labels, i + 1, n)) {
        size_t e;
        if (labels[i] != bper && labels[i] != iper)
            continue;
        for (k = i + 1; k < n && k <= i + 2; k++)
            if (labels[k] != 0 || (c->ti[k].flags & NER_TI_FIRST) ||
                !name_particle(c->text, &c->toks[k]))
                break;
        if (k == i + 1 || k >= n || !NER_IS_B(labels[k]) || (c->ti[k].flags & NER_TI_FIRST))
            continue;
        /* the whole name after the particles: its B and the I's of its type */
        for (e = k + 1; e < n && labels[e] == labels[k] + 1; e++)
            ;
        for (; i + 1 < e; i++)
            labels[i + 1] = (uint8_t)iper;
        i = e - 1;
    }
}

/* The clitic "'s" inside a place name ("Cox's Bazar"). */
static int clitic_s(const char *text, const struct bl_token *t)
{
    size_t n = t->end - t->start;
    const char *w = text + t->start;
    return (n == 2 && memcmp(w, "'s", 2) == 0) || (n == 4 && memcmp(w, "\xe2\x80\x99s", 4) == 0);
}

/* A place name the tagger split at its lower-case particles ("Rio Grande"
 * "do" "Sul", "Mato Grosso do Sul") or at a clitic ("Cox" "'s" "Bazar"):
 * LOCATION, one or two particles tagged O, LOCATION becomes one place when
 * the whole run is a gazetteer name of a place. So does a name of another
 * type with the clitic inside ("Cox's Bazar" taken whole for a body). */
static void join_place_particles(const struct ner_ctx *c, const bl_gazetteer *gz,
                                 uint8_t *labels)
{
    const int bloc = NER_B(BL_ENT_LOCATION);
    const uint32_t pdo = NER_PACK('d', 'o', 0, 2), pdos = NER_PACK('d', 'o', 's', 3),
                   pdas = NER_PACK('d', 'a', 's', 3);
    size_t i, k, s, e, n = c->ntoks;
    if (!gz)
        return;
    for (i = next_labelled(labels, 0, n); i + 2 < n; i = next_labelled(labels, i + 1, n)) {
        int t = NER_TYPE(labels[i]), u;
        bool clitic = false;
        if (labels[i] != NER_B(t))
            continue;
        s = i;
        while (i + 1 < n && labels[i + 1] == NER_I(t))
            i++;
        for (k = i + 1; k < n && k <= i + 2 && !clitic; k++) {
            uint32_t v = ner_pack_short(c->text, &c->toks[k]);
            if (labels[k] != 0 || (c->ti[k].flags & NER_TI_FIRST))
                break;
            clitic = k == i + 1 && clitic_s(c->text, &c->toks[k]);
            if (!(clitic || name_particle(c->text, &c->toks[k]) || v == pdo || v == pdos ||
                  v == pdas))
                break;
        }
        if (k == i + 1 || k >= n || (c->ti[k].flags & NER_TI_FIRST)) {
            /* the tagger took the clitic in, one name of any type ("Cox's
             * Bazar" a body): a place when the whole name is one */
            for (k = s + 1; k < i && !clitic_s(c->text, &c->toks[k]); k++)
                ;
            if (k < i && t != BL_ENT_LOCATION &&
                (bl_gazetteer_classes(gz, c->text + c->toks[s].start,
                                      c->toks[i].end - c->toks[s].start) &
                 (BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_COUNTRY | BL_GZ_REGION))) {
                label_name(labels, s, i + 1, BL_ENT_LOCATION);
            }
            continue;
        }
        u = NER_TYPE(labels[k]);
        /* particles join two places; the clitic joins whatever the tagger
         * made of the two halves ("Cox" a body, "Bazar" a person) */
        if (labels[k] != NER_B(u) || labels[k] == 0 ||
            (!clitic && (labels[s] != bloc || labels[k] != bloc)))
            continue;
        e = name_end(labels, k, n);
        if (!(bl_gazetteer_classes(gz, c->text + c->toks[s].start,
                                   c->toks[e - 1].end - c->toks[s].start) &
              (BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_COUNTRY | BL_GZ_REGION)))
            continue;
        label_name(labels, s, e, BL_ENT_LOCATION);
        i = e - 1;
    }
}

/* A title at the front of a person name is not part of it (CoNLL leaves
 * "Mayor" of "Mayor Ruiz" outside): the name starts after it. */
static void drop_titles(const struct ner_ctx *c, const bl_gazetteer *gz, uint8_t *labels)
{
    const int bper = NER_B(BL_ENT_PERSON), iper = NER_I(BL_ENT_PERSON);
    size_t i, n = c->ntoks;
    if (!gz)
        return;
    for (i = next_labelled(labels, 0, n); i + 1 < n; i = next_labelled(labels, i + 1, n)) {
        const struct bl_token *tk = &c->toks[i];
        if (labels[i] != bper || labels[i + 1] != iper)
            continue;
        if (bl_gazetteer_classes(gz, c->text + tk->start, tk->end - tk->start) & BL_GZ_TITLE) {
            labels[i] = 0;
            labels[i + 1] = (uint8_t)bper;
        }
    }
}

/* "the governor's office said" with the clitic "'s" tagged a body: no name
 * opens on a possessive clitic, so the name (if any) starts after it. */
static void drop_clitic_starts(const struct ner_ctx *c, uint8_t *labels)
{
    size_t i, n = c->ntoks;
    for (i = next_labelled(labels, 0, n); i < n; i = next_labelled(labels, i + 1, n)) {
        int t = NER_TYPE(labels[i]);
        if (labels[i] != NER_B(t) || c->toks[i].kind != BL_TOK_CLITIC)
            continue;
        labels[i] = 0;
        if (i + 1 < n && labels[i + 1] == NER_I(t))
            labels[i + 1] = (uint8_t)NER_B(t);
    }
}

/* "SPRINGFIELD, Ill. — Heavy rain ..." tagged "Ill. — Heavy" one name: a
 * dash with a space before it ends a name ("Hewlett-Packard" has none), so
 * it is no part of one and what follows it starts another, if anything. */
static void split_at_dashes(const struct ner_ctx *c, uint8_t *labels)
{
    size_t i, n = c->ntoks;
    for (i = next_labelled(labels, 0, n); i < n; i = next_labelled(labels, i + 1, n)) {
        int t = NER_TYPE(labels[i]);
        if (c->toks[i].kind != BL_TOK_DASH || !(c->toks[i].flags & BL_TF_SPACE_BEFORE))
            continue;
        labels[i] = 0;
        if (i + 1 < n && labels[i + 1] == NER_I(t))
            labels[i + 1] = (uint8_t)NER_B(t);
    }
}

/* "Meridel, which makes the sensors, said ..." tagged a person: a name that
 * opens its sentence and that "which" takes up is no person (people take
 * "who"); a body is what speaks so. Places ("Narva, which lies on the
 * border") stay places; after a name later in the sentence "which" mostly
 * takes up the whole clause ("... endorsed Ana Ruiz, which surprised"). */
static void which_bodies(const struct ner_ctx *c, uint8_t *labels)
{
    size_t i, j, n = c->ntoks;
    for (i = next_labelled(labels, 0, n); i < n; i = next_labelled(labels, j, n)) {
        j = name_end(labels, i, n);
        if (labels[i] != NER_B(BL_ENT_PERSON) || !(c->ti[i].flags & NER_TI_FIRST) || j + 1 >= n ||
            !punct_is(c->text, &c->toks[j], ',') ||
            c->toks[j + 1].end - c->toks[j + 1].start != 5 ||
            strncmp(c->text + c->toks[j + 1].start, "which", 5) != 0)
            continue;
        label_name(labels, i, j, BL_ENT_ORGANIZATION);
    }
}

/* "Memphis and Jackson, Mississippi, braced for storms" with Jackson tagged
 * a person: a name that the gazetteer knows as a town of the subdivision
 * named after its comma (a place the tagger found) is that town. At most
 * QUAL_CANDS readings of each name are compared. */
#define QUAL_CANDS 16
static void qualified_towns(const struct ner_ctx *c, const bl_gazetteer *gz, uint8_t *labels)
{
    const int bloc = NER_B(BL_ENT_LOCATION);
    size_t i, j, n = c->ntoks;
    if (!gz)
        return;
    for (i = next_labelled(labels, 0, n); i < n; i = next_labelled(labels, j, n)) {
        const struct bl_place *town[QUAL_CANDS], *area[QUAL_CANDS];
        size_t nt, na, e, a, b;
        bool hit = false;
        j = name_end(labels, i, n);
        if (NER_TYPE(labels[i]) == BL_ENT_LOCATION || j + 1 >= n || labels[j] != 0 ||
            !punct_is(c->text, &c->toks[j], ',') || labels[j + 1] != bloc)
            continue;
        e = name_end(labels, j + 1, n);
        /* "Jackson, Mississippi, ...", "Jackson, Mississippi." : the
         * subdivision ends the phrase */
        if (e < n && c->toks[e].kind == BL_TOK_WORD)
            continue;
        na = bl_gazetteer_lookup(gz, c->text + c->toks[j + 1].start,
                                 c->toks[e - 1].end - c->toks[j + 1].start, area, QUAL_CANDS,
                                 NULL);
        if (na == 0)
            continue;
        nt = bl_gazetteer_lookup(gz, c->text + c->toks[i].start,
                                 c->toks[j - 1].end - c->toks[i].start, town, QUAL_CANDS, NULL);
        for (a = 0; a < nt && a < QUAL_CANDS && !hit; a++) {
            const struct bl_place *up;
            if (town[a]->kind != BL_LOC_CITY || !(up = bl_gazetteer_admin1_of(gz, town[a])))
                continue;
            for (b = 0; b < na && b < QUAL_CANDS && !hit; b++)
                hit = area[b] == up;
        }
        if (!hit)
            continue;
        label_name(labels, i, j, BL_ENT_LOCATION);
    }
}

/* "Florence Nguyen" tagged a place, or "Florence" a place and "Nguyen" a
 * person: a given name that is also a place's name ("Florence",
 * "Chelsea", "Sydney"), then a capitalised word that names no country,
 * region or body and that the text names a person by alone (elsewhere, or
 * right here when the tagger took it for a one-word person: "Florence
 * Denver said" is Florence Denver even though Denver is a town), is a
 * person's name, unless the two words name a place. Words are told apart
 * by their ids (c->uid), so the pass is linear. */
static int given_name_persons(const struct ner_ctx *c, const bl_gazetteer *gz, uint8_t *labels)
{
    const int bper = NER_B(BL_ENT_PERSON), iper = NER_I(BL_ENT_PERSON),
              bloc = NER_B(BL_ENT_LOCATION), iloc = NER_I(BL_ENT_LOCATION);
    const unsigned place = BL_GZ_COUNTRY | BL_GZ_ADMIN1 | BL_GZ_REGION | BL_GZ_DEMONYM |
                           BL_GZ_ORG | BL_GZ_TITLE;
    size_t i, n = c->ntoks;
    uint8_t *ends;
    if (!gz || !c->g1 || !c->uid || !c->nuniq)
        return BL_OK;
    ends = calloc(c->nuniq, 1);
    if (!ends)
        return BL_ERR_NOMEM;
    /* the surname alone, a person of one word: "Nguyen said" */
    for (i = next_labelled(labels, 0, n); i < n; i = next_labelled(labels, i + 1, n))
        if (labels[i] == bper && (i + 1 >= n || labels[i + 1] != iper) && c->uid[i] < c->nuniq)
            ends[c->uid[i]] = 1;
    for (i = next_labelled(labels, 0, n); i + 1 < n; i = next_labelled(labels, i + 1, n)) {
        size_t k = i + 1;
        bool two = labels[k] == iloc && (k + 1 >= n || labels[k + 1] != iloc),
             then_per = labels[k] == bper && (k + 1 >= n || labels[k + 1] != iper);
        if (labels[i] != bloc || !(c->g1[i] & BL_GZ_GIVEN_NAME) || (c->g1[k] & place) ||
            (c->ti[k].flags & NER_TI_FIRST) || !(c->toks[k].flags & BL_TF_UPPER) ||
            c->toks[k].kind != BL_TOK_WORD || !(two || then_per))
            continue;
        /* a surname that is also a town's ("Hale") needs the name alone:
         * elsewhere, or here as the tagger's one-word person */
        if ((two || (c->g1[k] & BL_GZ_CITY)) && !(c->uid[k] < c->nuniq && ends[c->uid[k]]))
            continue;
        if (bl_gazetteer_classes(gz, c->text + c->toks[i].start,
                                 c->toks[k].end - c->toks[i].start) &
            (place | BL_GZ_CITY))
            continue;
        label_name(labels, i, k + 1, BL_ENT_PERSON);
        i = k;
    }
    free(ends);
    return BL_OK;
}

/* Does token t spell w (lower case) but for the case of its first letter? */
static bool word_head_is(const char *text, const struct bl_token *t, const char *w)
{
    size_t n = t->end - t->start;
    const char *s = text + t->start;
    /* the first letter before the length: most words fail on it */
    if (n == 0 || (s[0] | 0x20) != w[0] || n != strlen(w))
        return false;
    return memcmp(s + 1, w + 1, n - 1) == 0;
}

/* Last words that make a capitalised name a public body or an association
 * ("Australian Energy Market Operator", "Computer and Communications
 * Industry Association"). Not "Union", "Bank", "Federation", "Office":
 * places end in them too (Soviet Union, West Bank, Oval Office). */
enum { HEAD_NONE, HEAD_BODY, HEAD_COURT };

static int body_head(const char *text, const struct bl_token *t)
{
    /* the court's words are weaker: surnames end so too (Margaret Court) */
    static const struct {
        const char *w;
        int head;
    } heads[] = {
        {"agency", HEAD_BODY},     {"association", HEAD_BODY}, {"authority", HEAD_BODY},
        {"board", HEAD_BODY},      {"bureau", HEAD_BODY},      {"commission", HEAD_BODY},
        {"committee", HEAD_BODY},  {"council", HEAD_BODY},     {"department", HEAD_BODY},
        {"foundation", HEAD_BODY}, {"fund", HEAD_BODY},        {"institute", HEAD_BODY},
        {"ministry", HEAD_BODY},   {"operator", HEAD_BODY},    {"regulator", HEAD_BODY},
        {"service", HEAD_BODY},    {"court", HEAD_COURT},      {"tribunal", HEAD_COURT},
        {NULL, HEAD_NONE}};
    unsigned first;
    if (t->kind != BL_TOK_WORD || !(t->flags & BL_TF_UPPER))
        return HEAD_NONE;
    /* the word's first letter against each head's before anything else */
    first = (unsigned char)text[t->start] | 0x20u;
    for (size_t h = 0; heads[h].w; h++)
        if ((unsigned char)heads[h].w[0] == first && word_head_is(text, t, heads[h].w))
            return heads[h].head;
    return HEAD_NONE;
}

/* Is token i an article or a possessive ("The", "His")? */
static bool function_word(const struct ner_ctx *c, size_t i)
{
    static const char *const function_words[] = {"the",   "a",     "an",  "this", "that",
                                                 "these", "those", "his", "her",  "its",
                                                 "their", "our",   "my",  "your", NULL};
    for (const char *const *w = function_words; *w; w++)
        if (word_head_is(c->text, &c->toks[i], *w))
            return true;
    return false;
}

/* Is token i a capitalised word that may open a body's name: not first in
 * its sentence, no article or possessive ("The", "His"), no title with a
 * period ("Gov."), no capitals of a headline run ("FROM OLYMPICS")? */
static bool plain_capital(const struct ner_ctx *c, size_t i)
{
    const struct bl_token *t = &c->toks[i];
    if (!(c->ti[i].flags & NER_TI_CAPWORD) || (c->ti[i].flags & NER_TI_FIRST) ||
        (t->flags & (BL_TF_PERIOD_END | BL_TF_ALLCAPS)) || t->end - t->start < 2)
        return false;
    return !function_word(c, i);
}

/* The capitalised words inside sentences (NER_TI_CAPWORD, neither a
 * sentence's first word nor in a sentence in capitals), in order: the
 * post-passes that ask only about those (untagged_bodies, clitic_firms)
 * walk this list, not every token. */
struct mid_caps {
    uint32_t *tok; /* malloc'd, ntoks at most */
    size_t n;
};

/* Fills mc for c; BL_OK or BL_ERR_NOMEM. The caller frees mc->tok. */
static int mid_caps_make(const struct ner_ctx *c, struct mid_caps *mc)
{
    mc->n = 0;
    mc->tok = malloc((c->ntoks ? c->ntoks : 1) * sizeof *mc->tok);
    if (!mc->tok)
        return BL_ERR_NOMEM;
    for (size_t i = 0; i < c->ntoks; i++)
        if ((c->ti[i].flags & (NER_TI_CAPWORD | NER_TI_FIRST | NER_TI_SENTCAPS)) == NER_TI_CAPWORD)
            mc->tok[mc->n++] = (uint32_t)i;
    return BL_OK;
}

/* A body's name the tagger missed altogether ("the Australian Energy
 * Market Operator" as MISC "Australian" and nothing): plain capitalised
 * words, at least two, ending in a body's last word (not a court's) and
 * not running on into another capitalised word, are an organisation, with
 * a demonym or other MISC name just before them (which the tagger found
 * alone). The run must be whole: it may not start right after a
 * capitalised word it could not take ("Energy Market Operator said" at a
 * sentence's start is left alone). */
static void untagged_bodies(const struct ner_ctx *c, const struct mid_caps *mc, uint8_t *labels)
{
    const int bmisc = NER_B(BL_ENT_MISC), imisc = NER_I(BL_ENT_MISC);
    size_t x, n = c->ntoks;
    for (x = 0; x < mc->n; x++) {
        size_t i = mc->tok[x], k, p;
        if (i == 0 || labels[i] || body_head(c->text, &c->toks[i]) != HEAD_BODY ||
            !plain_capital(c, i))
            continue;
        if (i + 1 < n && (c->ti[i + 1].flags & NER_TI_CAPWORD) &&
            !(c->ti[i + 1].flags & NER_TI_FIRST))
            continue;
        /* plain_capital refuses a sentence's first word, so the walk
         * stays in i's sentence */
        for (k = i; k > 0 && i - k < 5;) {
            p = k - 1;
            if (labels[p] == 0 && plain_capital(c, p)) {
                k = p;
                continue;
            }
            /* "Computer and Communications ..." */
            if (p > 0 && labels[p] == 0 && !(c->ti[p].flags & NER_TI_FIRST) &&
                word_head_is(c->text, &c->toks[p], "and") && labels[p - 1] == 0 &&
                plain_capital(c, p - 1)) {
                k = p - 1;
                continue;
            }
            break;
        }
        if (k == i)
            continue;
        /* the word before: no capitalised word the walk did not take
         * ("The" and the like aside) */
        if (k > 0 && labels[k - 1] == 0 && (c->ti[k - 1].flags & NER_TI_CAPWORD) &&
            !function_word(c, k - 1))
            continue;
        /* a demonym or other MISC name the tagger found alone before it */
        if (k > 0 && labels[k - 1] == bmisc) {
            k--;
        } else if (k > 0 && labels[k - 1] == imisc) {
            continue; /* a longer MISC name: leave both */
        }
        label_name(labels, k, i + 1, BL_ENT_ORGANIZATION);
    }
}

/* A name the tagger ran on into "and" or "of" ends before them. A name the
 * tagger cut or mistyped before a body's last word (or a court's, "the
 * General Court", when the tagger cut it) ("the
 * Australian Energy Market Operator" as MISC "Australian" and PERSON
 * "Market Operator"): a person or other name ending in such a word is an
 * organisation, and the capitalised words just before it ("Energy",
 * "Computer and", and for a mistyped name the demonym "Australian") are the
 * start of its name. The
 * walk left stops at a sentence's first word, a person, a place, a
 * possessive or anything not capitalised; it takes at most six words. */
static void body_names(const struct ner_ctx *c, const struct mid_caps *mc, uint8_t *labels)
{
    const int borg = NER_B(BL_ENT_ORGANIZATION);
    const int bmisc = NER_B(BL_ENT_MISC), imisc = NER_I(BL_ENT_MISC);
    size_t i, n = c->ntoks;
    for (i = next_labelled(labels, 0, n); i < n; i = next_labelled(labels, i + 1, n)) {
        int t = NER_TYPE(labels[i]), head;
        size_t s = i, e, k;
        if (labels[i] != NER_B(t))
            continue;
        e = name_end(labels, i, n);
        i = e - 1;
        /* "the Department of Public Safety and for rural hospitals": a
         * name ends on a capitalised word, never on "and" or "of" */
        while (e > s + 1 && !(c->toks[e - 1].flags & BL_TF_UPPER) &&
               (word_head_is(c->text, &c->toks[e - 1], "and") ||
                word_head_is(c->text, &c->toks[e - 1], "of") ||
                word_head_is(c->text, &c->toks[e - 1], "for")))
            labels[--e] = 0;
        /* "the Canadian Association of Police Executives" tagged MISC: a
         * body's head word before an "of" inside the name makes it a body */
        if (t == BL_ENT_MISC && !(c->ti[s].flags & NER_TI_SENTCAPS)) {
            for (k = s + 1; k + 1 < e; k++)
                if (word_head_is(c->text, &c->toks[k], "of") &&
                    body_head(c->text, &c->toks[k - 1]) == HEAD_BODY) {
                    label_name(labels, s, e, BL_ENT_ORGANIZATION);
                    break;
                }
            continue;
        }
        if ((t != BL_ENT_PERSON && t != BL_ENT_ORGANIZATION) || (c->ti[s].flags & NER_TI_SENTCAPS) ||
            (head = body_head(c->text, &c->toks[e - 1])) == HEAD_NONE ||
            (head != HEAD_BODY && t != BL_ENT_PERSON))
            continue;
        /* "Obama's Council": someone's body, not its name */
        for (k = s; k < e && c->toks[k].kind != BL_TOK_CLITIC; k++)
            ;
        if (k < e)
            continue;
        /* the capitalised run before it, word by word */
        for (k = s; k > 0 && s - k < 6;) {
            size_t p = k - 1;
            const struct bl_token *tp = &c->toks[p];
            if (c->ti[k].flags & NER_TI_FIRST)
                break;
            /* a demonym or other name before a name the tagger mistyped
             * ("Australian Energy Market Operator"); before a body it
             * found, a demonym describes it ("the German Foreign
             * Ministry", as CoNLL has it) */
            if ((labels[p] == bmisc || labels[p] == imisc) && t != BL_ENT_ORGANIZATION) {
                k = p;
                continue;
            }
            if (labels[p] != 0)
                break;
            if (plain_capital(c, p)) {
                k = p;
                continue;
            }
            /* "Computer and Communications ...": "and" between two
             * capitalised words */
            if (p > 0 && !(c->ti[p].flags & NER_TI_FIRST) && word_head_is(c->text, tp, "and") &&
                (labels[p - 1] == 0 || labels[p - 1] == borg) && plain_capital(c, p - 1)) {
                /* (the word before may be a one-word body the tagger cut
                 * off there) */
                k = p - 1;
                continue;
            }
            break;
        }
        if (k == s && t == BL_ENT_ORGANIZATION)
            continue;
        /* a court only where the tagger cut the name ("General" of
         * "General Court") or took the word alone for a person */
        if (head != HEAD_BODY && k == s && e - s > 1)
            continue;
        label_name(labels, k, e, BL_ENT_ORGANIZATION);
    }
    untagged_bodies(c, mc, labels);
}

/* ("Demand is weak," said Tavery's.): after a quotation or a
 * comma and "said" or "says", a capitalised word the tagger left untagged
 * with an "'s" that owns nothing (a period or a comma follows) is a firm
 * named with the clitic, as "McDonald's" or "Sainsbury's" is: an
 * organisation, its "'s" with it (the actors stage then sees the firm). */
static void clitic_firms(const struct ner_ctx *c, const struct mid_caps *mc, uint8_t *labels)
{
    size_t x, next = 2, n = c->ntoks;
    for (x = 0; x < mc->n; x++) {
        size_t i = mc->tok[x];
        const struct bl_token *t = &c->toks[i];
        if (i < next || i + 2 >= n || c->toks[i + 1].start != t->end || labels[i] ||
            labels[i + 1] || (t->flags & BL_TF_ALLCAPS) || !clitic_s(c->text, &c->toks[i + 1]) ||
            !(punct_is(c->text, &c->toks[i + 2], '.') || punct_is(c->text, &c->toks[i + 2], ',')))
            continue;
        if (!(word_head_is(c->text, &c->toks[i - 1], "said") ||
              word_head_is(c->text, &c->toks[i - 1], "says")) ||
            (c->toks[i - 1].flags & BL_TF_UPPER) ||
            !(c->toks[i - 2].kind == BL_TOK_QUOTE || punct_is(c->text, &c->toks[i - 2], ',')))
            continue;
        label_name(labels, i, i + 2, BL_ENT_ORGANIZATION);
        next = i + 2; /* past its "'s" */
    }
}

/* "the Brahmaputra River burst its banks": a name ending in a word for
 * water or land ("River", "Lake", "Mountains") is a place, whatever type
 * the tagger gave it; so are "City Hall", "Town Hall" and "County Hall". */
static void landform_places(const struct ner_ctx *c, uint8_t *labels)
{
    static const char *const landforms[] = {"Bay",    "Canal",   "Channel", "Creek",  "Desert",
                                            "Falls",  "Glacier", "Gulf",    "Island", "Islands",
                                            "Lake",   "Mountains", "Ocean", "Peninsula",
                                            "River",  "Sea",     "Strait",  "Valley", NULL};
    const int bloc = NER_B(BL_ENT_LOCATION);
    size_t i, j, n = c->ntoks;
    for (i = next_labelled(labels, 0, n); i < n; i = next_labelled(labels, j, n)) {
        bool hit = false;
        j = name_end(labels, i, n);
        size_t len = c->toks[j - 1].end - c->toks[j - 1].start;
        if (j < i + 2 || labels[i] == bloc || !NER_IS_B(labels[i]) || len < 3 || len > 9)
            continue;
        for (const char *const *w = landforms; *w && !hit; w++)
            hit = c->text[c->toks[j - 1].start] == (*w)[0] && len == strlen(*w) &&
                  !memcmp(c->text + c->toks[j - 1].start, *w, len);
        /* "outside City Hall", "at Town Hall": the seat of a local
         * government, a building */
        if (!hit && j == i + 2 && len == 4 && !memcmp(c->text + c->toks[i + 1].start, "Hall", 4)) {
            const struct bl_token *t = &c->toks[i];
            size_t l0 = t->end - t->start;
            hit = (l0 == 4 && (!memcmp(c->text + t->start, "City", 4) ||
                               !memcmp(c->text + t->start, "Town", 4))) ||
                  (l0 == 6 && !memcmp(c->text + t->start, "County", 6));
        }
        if (!hit)
            continue;
        label_name(labels, i, j, BL_ENT_LOCATION);
    }
}

/* "Seattle-based Pribilof Fisheries" tagged one name: the "-based" word
 * (with the words of its place before it) is a name of its own, as
 * "London-based" alone is, and the name after it the body (a person's name
 * stays one). */
static void based_names(const struct ner_ctx *c, uint8_t *labels)
{
    static const char based[] = "-based";
    const size_t bl = sizeof based - 1;
    size_t i, j, n = c->ntoks;
    for (i = next_labelled(labels, 0, n); i < n; i = next_labelled(labels, j, n)) {
        int type = NER_TYPE(labels[i]);
        j = name_end(labels, i, n);
        if (j < i + 2 || !NER_IS_B(labels[i]))
            continue;
        for (size_t k = i; k + 1 < j; k++) {
            const struct bl_token *t = &c->toks[k];
            if (t->end - t->start > bl + 1 &&
                strncasecmp(c->text + t->end - bl, based, bl) == 0) {
                label_name(labels, i, k + 1, BL_ENT_MISC);
                label_name(labels, k + 1, j,
                           type == BL_ENT_PERSON ? BL_ENT_PERSON : BL_ENT_ORGANIZATION);
                break;
            }
        }
    }
}

static bool same_words(const struct ner_ctx *c, size_t i, size_t k, size_t len)
{
    for (size_t m = 0; m < len; m++)
        if (c->uid[i + m] != c->uid[k + m])
            return false;
    return true;
}

/* One name, one type: "Nordwind Air swings to profit" heading a story
 * that names the airline mid-sentence as an organisation. A name in the
 * headline (the text's first line, with no final stop), where capitals
 * tell the tagger little, takes the type that every other occurrence of
 * the same words has, when they agree. (Not other lines without a stop,
 * nor names opening a sentence: on CoNLL-2003 dev, whose tables of
 * results are such lines, either costs a point of F1.) Each of the
 * headline's first 16 names is looked for once over the names after it. */
static void headline_types(const struct ner_ctx *c, uint8_t *labels)
{
    const struct bl_sentence *h;
    size_t i, j, k, e, done = 0;
    if (!c->uid || !c->nsents || !(c->sents[0].flags & BL_SF_HEADLINE))
        return;
    h = &c->sents[0];
    for (i = next_labelled(labels, h->tok_start, h->tok_end); i < h->tok_end && done < 16;
         i = next_labelled(labels, j, h->tok_end), done++) {
        int t = NER_TYPE(labels[i]), other = -1;
        bool agree = true;
        j = name_end(labels, i, h->tok_end);
        if (!NER_IS_B(labels[i]))
            continue;
        for (k = next_labelled(labels, h->tok_end, c->ntoks); k < c->ntoks && agree;
             k = next_labelled(labels, e, c->ntoks)) {
            int u = NER_TYPE(labels[k]);
            e = name_end(labels, k, c->ntoks);
            if (e - k != j - i || !NER_IS_B(labels[k]) || !same_words(c, i, k, j - i))
                continue;
            agree = other < 0 || other == u;
            other = u;
        }
        if (!agree || other < 0 || other == t)
            continue;
        label_name(labels, i, j, other);
    }
}

/* "Harbour plan", "Bridge repairs delayed again": a headline in sentence
 * case capitalises its first word whatever it is. A one-word name there,
 * before a word in lower case, that no gazetteer knows and that the text
 * never uses again in any case, is that first word, not a name: a story
 * names again whom its headline names. */
static void headline_opener(const struct ner_ctx *c, uint8_t *labels)
{
    const struct bl_sentence *h;
    size_t i, len;
    if (!c->nsents || !(c->sents[0].flags & BL_SF_HEADLINE))
        return;
    h = &c->sents[0];
    i = h->tok_start;
    if (i + 1 >= h->tok_end || !NER_IS_B(labels[i]) || labels[i + 1] != 0 ||
        (c->g1 && c->g1[i]) || c->toks[i + 1].kind != BL_TOK_WORD ||
        (c->toks[i + 1].flags & BL_TF_UPPER))
        return;
    len = c->toks[i].end - c->toks[i].start;
    for (size_t k = h->tok_end; k < c->ntoks; k++)
        if (c->toks[k].end - c->toks[k].start == len &&
            strncasecmp(c->text + c->toks[k].start, c->text + c->toks[i].start, len) == 0)
            return;
    labels[i] = 0;
}

int ner_tag(const bl_tagger *t, const bl_gazetteer *gz, const struct bl_doc *d, struct ner_ctx *c,
            uint8_t *labels)
{
    struct sum_ctx sc;
    const size_t n = d->ntoks ? d->ntoks : 1;
    unsigned char *b;
    uint32_t *docbits;
    int rc;

    memset(c, 0, sizeof *c);
    memset(labels, 0, d->ntoks);
    memset(&sc, 0, sizeof sc);
    sc.t = t;
    {
        /* one block: the static score rows, 32-byte aligned so that no row
         * spans two cache lines, then docbits */
        size_t z = 0, o_stat = ner_blk_add(&z, n * sizeof *sc.stat),
               o_bits = ner_blk_add(&z, n * sizeof *docbits);
        b = aligned_alloc(NER_BLK_ALIGN, ner_blk_round(z));
        if (!b)
            return BL_ERR_NOMEM;
        sc.stat = (struct ner_row *)(void *)(b + o_stat);
        docbits = (uint32_t *)(void *)(b + o_bits);
    }
    rc = ner_ctx_sum(c, d->text, d->toks, d->ntoks, d->sents, d->nsents, gz, &t->tab, sc.stat);
    if (rc != BL_OK)
        goto out;
    rc = BL_ERR_NOMEM;
    if (wcache_init(&sc, c) != BL_OK)
        goto out;
    add_groups(&sc, c);
    /* both passes write labels (tokens outside every sentence stay O),
     * the second over the first's */
    decode_first(t, c, &sc, labels);
    if (ner_doc_bits(c, labels, docbits) != BL_OK)
        goto out;
    decode_second(t, c, &sc, docbits, labels);
    rc = BL_OK;
out:
    free(sc.blk);
    free(b);
    return rc;
}

/* Gives d what the tagger learnt of single tokens, taken from c, so that
 * later stages need not ask again: the gazetteer classes of word tokens
 * (d->tok_gz, only when it asked of every word token) and the spelling
 * numbers (d->tok_word). */
static void keep_token_facts(struct ner_ctx *c, const bl_gazetteer *gz, struct bl_doc *d)
{
    if (!d->ntoks)
        return;
    if (gz && c->g1 && !c->nloose) {
        d->tok_gz = c->g1;
        d->tok_gz_src = gz;
        c->g1 = NULL;
    }
    if (c->uid) {
        d->tok_word = c->uid;
        d->nwords = c->nuniq;
        c->uid = NULL;
    }
}

int bl_tagger_run(const bl_tagger *t, const bl_gazetteer *gz, struct bl_doc *d)
{
    struct ner_ctx c;
    struct mid_caps mc = {NULL, 0};
    uint8_t *labels = NULL;
    struct bl_entity *ents = NULL;
    size_t n, i, ne = 0, cap = 0;
    int rc;

    if (!t || !d)
        return BL_ERR_ARG;
    free(d->ents);
    d->ents = NULL;
    d->nents = 0;
    free(d->tok_gz);
    free(d->tok_word);
    d->tok_gz = NULL;
    d->tok_gz_src = NULL;
    d->tok_word = NULL;
    d->nwords = 0;
    n = d->ntoks;
    memset(&c, 0, sizeof c);
    labels = malloc(n ? n : 1);
    if (!labels)
        return BL_ERR_NOMEM;
    rc = ner_tag(t, gz, d, &c, labels);
    if (rc != BL_OK)
        goto out;
    rc = BL_ERR_NOMEM;
    drop_clitic_starts(&c, labels);
    split_at_dashes(&c, labels);
    join_particles(&c, labels);
    join_place_particles(&c, gz, labels);
    drop_titles(&c, gz, labels);
    if (given_name_persons(&c, gz, labels) != BL_OK)
        goto out;
    if (mid_caps_make(&c, &mc) != BL_OK)
        goto out;
    body_names(&c, &mc, labels);
    clitic_firms(&c, &mc, labels);
    landform_places(&c, labels);
    based_names(&c, labels);
    headline_types(&c, labels);
    headline_opener(&c, labels);
    qualified_towns(&c, gz, labels);
    which_bodies(&c, labels);
    for (i = next_labelled(labels, 0, n); i < n; i = next_labelled(labels, i + 1, n)) {
        size_t j;
        struct bl_entity *e;
        j = name_end(labels, i, n);
        if (bl_grow((void **)&ents, &cap, ne + 1, sizeof *ents) != BL_OK)
            goto out;
        e = &ents[ne++];
        e->span.start = d->toks[i].start;
        e->span.end = d->toks[j - 1].end;
        e->type = NER_TYPE(labels[i]);
        e->actor = -1;
        e->location = -1;
        i = j - 1;
    }
    d->ents = ents;
    d->nents = ne;
    ents = NULL;
    keep_token_facts(&c, gz, d);
    rc = BL_OK;
out:
    free(mc.tok);
    free(ents);
    free(labels);
    ner_ctx_free(&c);
    return rc;
}
