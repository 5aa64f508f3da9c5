/* tagger_int.h -- the entity tagger's features, labels and model format,
 * shared by core/tagger.c (inference) and tools/train_ner.c (training) so that
 * both see exactly the same features. Not part of the public API. */
#ifndef BL_TAGGER_INT_H
#define BL_TAGGER_INT_H

#include "bl_int.h"

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Labels are BIO over the four entity types, in enum bl_entity_type order:
 * 0 = O, 1 + 2*type = B-type, 2 + 2*type = I-type. */
#define NER_NTYPES  4
#define NER_NCLASS  (1 + 2 * NER_NTYPES)
#define NER_BOS     NER_NCLASS /* "label" before the first token of a sentence */
#define NER_B(type) (1 + 2 * (type))
#define NER_I(type) (2 + 2 * (type))
#define NER_TYPE(l) (((l)-1) / 2)
#define NER_IS_B(l) ((l) > 0 && ((l)-1) % 2 == 0)

/* Bounds on the features of one token: static ones and the ones that depend
 * on earlier labels and on the first pass. */
#define NER_MAX_STATIC 192
#define NER_MAX_DYN    24
#define NER_MAX_FEATS  (NER_MAX_STATIC + NER_MAX_DYN)

/* Model file (little-endian):
 *   magic "BLNERMDL" | u32 version | u32 feature-set version | u32 nclass |
 *   u32 nrows | f32 scale | u32 info length | info bytes (provenance text) |
 *   nrows * (u32 key, i16 weight[nclass]) | u32 FNV-1a checksum of all before
 * Weights are quantised: real weight = q * scale. */
#define NER_MAGIC    "BLNERMDL"
#define NER_VERSION  1u
#define NER_FEATSET  6u
#define NER_MAX_ROWS (1u << 24)
#define NER_MAX_INFO 4096u

/* Hash a feature key down to the 32-bit key stored in tables; 0 is the
 * empty slot marker, so it never comes out. Only the high 32 bits of a
 * feature's value count: tagger_features.c leaves the low ones half mixed. */
static inline uint32_t ner_key(uint64_t h)
{
    uint32_t k = (uint32_t)(h >> 32);
    return k ? k : 1u;
}

/* Per-document feature state. Built by ner_ctx_init, freed by ner_ctx_free.
 * Borrows text, tokens, sentences and the gazetteer; owns its arrays. One
 * thread at a time. */
struct ner_tokinfo {
    uint64_t hl;    /* lower-cased word (digits folded to 0) */
    uint64_t shape; /* short word shape: Xx, X.X., d-d */
    uint32_t flags; /* NER_TI_* */
};

#define NER_TI_CAP      0x01u /* first letter upper case */
#define NER_TI_SENTCAPS 0x02u /* the sentence is all capitals (a headline) */
#define NER_TI_FIRST    0x04u /* first token of its sentence */
#define NER_TI_LCDOC    0x08u /* capitalised, but its word is lower case elsewhere in the doc */
#define NER_TI_CAPDOC   0x10u /* first or in a headline, capitalised mid-sentence elsewhere */
#define NER_TI_RARE     0x20u /* a word the model does not know */
#define NER_TI_CAPWORD  0x40u /* a word token (BL_TOK_WORD) with NER_TI_CAP */
#define NER_TI_PARTICLE 0x80u /* a lower-case particle of names: of, and, von, de ... */

struct ner_ctx {
    const char *text;
    const struct bl_token *toks;
    size_t ntoks;
    const struct bl_sentence *sents;
    size_t nsents;
    struct ner_tokinfo *ti; /* ntoks */
    uint64_t *feats;        /* static features of token i: feats[foff[i] .. foff[i+1]) */
    uint32_t *foff;         /* ntoks + 1 */
    /* Tokens with the same bytes and kind share a word id, uid[i] < nuniq
     * (tokens outside every sentence: UINT32_MAX); urep[u] is the first
     * token of word u. What depends only on the word is computed once:
     * *wi[u] (its text's hashes, private to tagger_features.c) and urare[u].
     * wi[u] points into wstore, or for a common word of ner_ctx_sum's
     * table into the table's own (read-only). */
    uint32_t *uid;  /* ntoks */
    uint32_t *urep; /* nuniq */
    const struct wordinfo **wi;
    struct wordinfo *wstore;
    uint8_t *urare;
    /* ner_ctx_sum only (else NULL): lrow[u] is the row of word u's
     * vocabulary key, which is also its lower-cased identity feature, or
     * NULL when the model lacks it */
    const struct ner_row **lrow;
    /* ner_ctx_sum only (else NULL): ucommon[u] is 1 + the number of word
     * u in the model's common words (tab->common), 0 when it is not one */
    uint16_t *ucommon;
    /* g1[i]: gazetteer classes of token i's text alone when a gazetteer
     * was given and i is a word inside a sentence, else 0 (ntoks; malloc'd,
     * the caller may take it); nloose: tokens outside every sentence */
    uint16_t *g1;
    size_t nloose;
    size_t nuniq;
    /* the one allocation that ti, urep, wi, wstore, urare, lrow and
     * ucommon point into (ner_ctx_free frees it) */
    void *blk;
    uint64_t pos_mix[4]; /* the position feature's first step, by place in the sentence */
};

/* Per-document arrays are carved from a few blocks instead of being
 * allocated one by one. Each starts on a cache line (what a wordinfo
 * asks, and a row's 32 bytes): ner_blk_add returns the offset of the next
 * n bytes of a block of *size bytes so far and adds them; allocate the
 * block with aligned_alloc(NER_BLK_ALIGN, *size) (a multiple of it, and
 * never 0). */
#define NER_BLK_ALIGN ((size_t)64)

static inline size_t ner_blk_add(size_t *size, size_t n)
{
    size_t at = *size;
    *size += (n + NER_BLK_ALIGN - 1) / NER_BLK_ALIGN * NER_BLK_ALIGN;
    if (!*size)
        *size = NER_BLK_ALIGN;
    return at;
}

/* A block's size rounded up to a power of two, so that documents of
 * similar lengths ask the allocator for the same sizes; past NER_BLK_ROUND
 * (long documents, whose blocks the allocator maps apart anyway) as it
 * is, so as not to add to the peak of memory. */
#define NER_BLK_ROUND ((size_t)1 << 20)

static inline size_t ner_blk_round(size_t size)
{
    size_t r = NER_BLK_ALIGN;
    if (size > NER_BLK_ROUND)
        return size;
    while (r < size)
        r *= 2;
    return r;
}

/* Compute every token's static features. gz may be NULL. Returns BL_OK or
 * BL_ERR_NOMEM (c is then empty; ner_ctx_free is still safe). */
int ner_ctx_init(struct ner_ctx *c, const char *text, const struct bl_token *toks, size_t ntoks,
                 const struct bl_sentence *sents, size_t nsents, const bl_gazetteer *gz);
void ner_ctx_free(struct ner_ctx *c);

/* Features whose values come from a small fixed set (the bias, a label
 * pair, a gazetteer class bit with the case of the word ...) have a small
 * id below NER_NSMALL as well as their 64-bit hash: ner_small_key(id) is the
 * hash the model keeps them under. The tagger looks each of them up once at
 * load, so at run time it adds a row from an array instead of hashing and
 * probing. The ranges, NER_S_<template> + index: */
enum {
    NER_S_BIAS = 0,                           /* 1 */
    NER_S_GZ0 = NER_S_BIAS + 1,               /* 1: the gazetteer was consulted */
    NER_S_LEN = NER_S_GZ0 + 1,                /* 13 lengths x 2 (capitalised) */
    NER_S_KIND = NER_S_LEN + 26,              /* 16 kinds x 8 (abbrev, period, non-ASCII) */
    NER_S_RUN_POS = NER_S_KIND + 128,         /* 6 places in a run x 6 run lengths */
    NER_S_RUN_LASTGZ = NER_S_RUN_POS + 36,    /* 16 class bits x 6 places */
    NER_S_RUN_PREVGZ = NER_S_RUN_LASTGZ + 96, /* the same */
    NER_S_RUN_FIRSTGZ = NER_S_RUN_PREVGZ + 96,
    NER_S_GZ1 = NER_S_RUN_FIRSTGZ + 96, /* 16 class bits x 4 (capitalised, headline) */
    NER_S_GZB = NER_S_GZ1 + 64,
    NER_S_GZI = NER_S_GZB + 64,
    NER_S_GZM1 = NER_S_GZI + 64,
    NER_S_GZP1 = NER_S_GZM1 + 64,
    NER_S_T1 = NER_S_GZP1 + 64,    /* 10 previous labels (NER_BOS included) */
    NER_S_T12 = NER_S_T1 + 10,     /* 10 x 10 label pairs */
    NER_S_DOC = NER_S_T12 + 100,   /* 10 docbits */
    NER_S_DOCMAJ = NER_S_DOC + 10, /* 8 majority labels */
    NER_NSMALL = NER_S_DOCMAJ + 8
};

/* The model as the tagger keeps it. Open addressing on the 32-bit feature
 * key (key 0 = empty slot) in buckets of four keys and their row numbers:
 * one 32-byte bucket is one cache line's worth, and with SSE2 one compare
 * tests all four keys. A bucket fills in order, so a key that is not in a
 * bucket with a free slot is not in the table; a full bucket spills into the
 * next. Most features of a text are not in the model, and they usually cost
 * one bucket.
 *
 * Only the argmax of the label scores matters, so adding the same amount to
 * every label of a feature changes nothing: at load each row becomes
 * w[l] - w[O] for the 8 labels after O, as int32 (exact, no rounding), and
 * O always scores 0. A row is then 32 bytes, two 4-lane vectors, and adding
 * a feature is two vector additions. Small features (struct ner_feats) are
 * summed once at load into small[id]. Built by tagger.c's loader; read-only
 * after, so threads may share it. */
typedef int32_t ner_v4i __attribute__((vector_size(16)));

struct ner_row {
    ner_v4i lo, hi; /* labels 1-4, 5-8 */
};

struct ner_bucket {
    uint32_t key[4], row[4];
};

/* Frequent words (function words, punctuation) with what ner_ctx_sum
 * works out about each from its bytes and the model alone, made once at
 * load: a document's first occurrence of one then copies it instead.
 * Opaque (tagger_features.c); read-only once made. */
struct ner_common;

/* Before the buckets, a filter of 2^NER_FILTER_LOG bits where a model key
 * sets two bits of one 64-bit word, chosen by its top NER_FILTER_LOG + 6
 * bits (73,000 rows set about 1 bit in 4, and 1 key in 16 that the model
 * lacks has both set). Most features of a text are not in the model, and a
 * clear bit says so in a few instructions and from 64 KB, where the bucket
 * would cost twice the instructions and a cache line of a table of a
 * megabyte. 64 KB rather than the 256 KB of one bit per key: under
 * cachegrind (2 MB last level, bench/corpus) the pipeline's data read
 * misses fell from 9.5 to 7.1 per word with the attribution model's filter
 * (attr_model.c) made the same way: the larger filter was itself what a
 * core's cache lost the tables to. */
#define NER_FILTER_LOG   19
#define NER_FILTER_WORDS (1u << (NER_FILTER_LOG - 6))

struct ner_table {
    uint64_t *filter; /* NER_FILTER_WORDS */
    struct ner_bucket *buckets;
    struct ner_row *w; /* nrows + 1 rows, distinct but the last, which is all zero */
    uint32_t mask;
    uint32_t nrows;
    /* 32-byte aligned, so that no row spans two cache lines (the table
     * is the first member of struct bl_tagger, which this member makes
     * 32-byte aligned and ner_model_parse allocates with aligned_alloc;
     * one copied elsewhere is aligned by the compiler) */
    _Alignas(32) struct ner_row small[NER_NSMALL];
    const struct ner_common *common; /* NULL: none */
    /* the gazetteer whose classes each common word keeps (ner_common_bind),
     * for ner_ctx_sum with that gazetteer: set by bl_tagger_bind_gazetteer;
     * NULL when not */
    const bl_gazetteer *common_gz;
    /* the rows of the one-letter prefix (aff1[0]) and suffix (aff1[1])
     * features by ASCII code point, NULL when the model lacks one: filled
     * by ner_table_affixes */
    const struct ner_row *aff1[2][128];
    /* the first steps of the previous-label features F_T1_L and F_T1_SH
     * by label (NER_BOS included), which ner_label_sum finishes with the
     * word: filled by ner_table_affixes */
    uint64_t t1_l[NER_BOS + 1], t1_sh[NER_BOS + 1];
};

/* Sets the filter's two bits for a model key (a ner_key). At load only. */
static inline void ner_filter_add(uint64_t *filter, uint32_t key)
{
    filter[key >> (32 - NER_FILTER_LOG + 6)] |= 1ull << (key >> (32 - NER_FILTER_LOG) & 63) |
                                                1ull << (key >> (26 - NER_FILTER_LOG) & 63);
}

/* Whether the filter has both bits of key ner_key(h), as ner_filter_add
 * set them, taken straight from h (the same bits, also for the key 0 that
 * becomes 1). */
static inline int ner_filter_has(const uint64_t *filter, uint64_t h)
{
    uint64_t m = 1ull << (h >> (64 - NER_FILTER_LOG) & 63) | 1ull << (h >> (58 - NER_FILTER_LOG) & 63);
    return (filter[h >> (64 - NER_FILTER_LOG + 6)] & m) == m;
}

/* The row of feature h, or NULL when the model lacks it, from the buckets
 * alone: for the features the model usually has (affixes, shapes, the
 * unknown-word ones), where asking the filter first would only add to the
 * cost. ner_probe is for the others. */
static inline __attribute__((always_inline)) const struct ner_row *
ner_find(const struct ner_table *t, uint64_t h)
{
    uint32_t key = ner_key(h), i = key & t->mask;
#if defined(__SSE2__)
    const __m128i kb = _mm_set1_epi32((int)key);
#endif
    for (;;) {
        const struct ner_bucket *b = &t->buckets[i];
#if defined(__SSE2__)
        __m128i eq = _mm_cmpeq_epi32(_mm_load_si128((const __m128i *)b->key), kb);
        unsigned m = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(eq));
        if (m)
            return &t->w[b->row[__builtin_ctz(m)]];
#else
        int k;
        for (k = 0; k < 4; k++)
            if (b->key[k] == key)
                return &t->w[b->row[k]];
#endif
        if (b->key[3] == 0)
            return NULL;
        i = (i + 1) & t->mask;
    }
}

/* The same through the filter first: for features most of which the model
 * lacks (pairs of words, word identities). */
static inline __attribute__((always_inline)) const struct ner_row *
ner_probe(const struct ner_table *t, uint64_t h)
{
    return ner_filter_has(t->filter, h) ? ner_find(t, h) : NULL;
}

static inline void ner_row_add(struct ner_row *acc, const struct ner_row *w)
{
    acc->lo += w->lo;
    acc->hi += w->hi;
}

/* The hash of small feature id (id < NER_NSMALL). */
uint64_t ner_small_key(unsigned id);

/* Where features go. With s == NULL every feature is written to h as its
 * hash (training keeps one list); otherwise small features go to s as ids
 * and the rest to h (run time). The caller sizes both arrays. */
struct ner_feats {
    uint64_t *h;
    uint16_t *s;
    uint32_t nh, ns; /* not size_t: a store to h[] then cannot alias them */
};

static inline void ner_put_hash(struct ner_feats *f, uint64_t h)
{
    f->h[f->nh++] = h;
}

static inline void ner_put_small(struct ner_feats *f, unsigned id)
{
    if (f->s)
        f->s[f->ns++] = (uint16_t)id;
    else
        f->h[f->nh++] = ner_small_key(id);
}

/* Tells whether the model knows a word (by its lower-cased hash hl). */
typedef int (*ner_known_fn)(const void *arg, uint64_t hl);

/* The features that depend on one word alone come in NER_NGROUPS groups:
 * the word's own (identity, affixes, shape, and the bias, length and kind
 * features, hashed, which token features leave out when grouped), the word
 * seen as the neighbour at -1, +1, -2 and +2 (static), and group
 * NER_G_AFTER_O, the word after a token labelled O (a dynamic feature, see
 * ner_dyn_put). */
#define NER_NGROUPS   6
#define NER_G_AFTER_O 5
#define NER_MAX_GROUP 16

/* What ner_ctx_init_ex calls while it works (known and token may be NULL):
 * known() as below; token(), for each token i of sentence s, with its
 * static features, split as in struct ner_feats and, when grouped is set,
 * without the word groups (the caller adds them, see ner_word_groups). The
 * features are valid during the call only; token() returns BL_OK or a
 * BL_ERR_* that stops the work. */
struct ner_hooks {
    ner_known_fn known;
    const void *known_arg;
    int (*token)(void *arg, const struct ner_ctx *c, const struct bl_sentence *s, size_t i,
                 const struct ner_feats *f);
    void *arg;
    int grouped;
};

/* The groups of word id u (u < c->nuniq), split as in struct ner_feats:
 * grp[g] gets at most NER_MAX_GROUP hashes, written to hbuf + g *
 * NER_MAX_GROUP. */
void ner_word_groups(const struct ner_ctx *c, uint32_t u, uint64_t *hbuf,
                     struct ner_feats grp[NER_NGROUPS]);

/* The same features in two parts, written as by ner_word_groups: the
 * shape part depends on the word's short shape alone (ner_word_sshape), so
 * that the tagger sums it once per shape; the word part is the rest. */
void ner_word_part(const struct ner_ctx *c, uint32_t u, uint64_t *hbuf,
                   struct ner_feats grp[NER_NGROUPS]);
void ner_shape_part(uint64_t sshape, uint64_t *hbuf, struct ner_feats grp[NER_NGROUPS]);

/* Adds the rows of ner_word_part's features (group g to acc[g]) instead of
 * writing them; c comes from ner_ctx_sum with the same tab. */
void ner_word_sum(const struct ner_ctx *c, uint32_t u, const struct ner_table *tab,
                  struct ner_row acc[NER_NGROUPS]);
/* The same, acc[g] = from[g] plus the rows (from may be acc): a cached sum
 * is the start without being copied first. */
void ner_word_sum_from(const struct ner_ctx *c, uint32_t u, const struct ner_table *tab,
                       const struct ner_row from[NER_NGROUPS], struct ner_row acc[NER_NGROUPS]);
uint64_t ner_word_sshape(const struct ner_ctx *c, uint32_t u);

/* Group g (1-4 only) of the neighbour before the sentence start or after its end:
 * what token() callers add for a missing neighbour. Writes 2 hashes. */
void ner_edge_feats(unsigned g, struct ner_feats *out);

/* ner_ctx_init with hooks (hk may be NULL). With hk->known, a word token
 * that known() says is unknown gets no word-identity features but "unknown
 * word" features with its shape and neighbours instead. At run time known()
 * asks the model for the word's vocabulary row (ner_vocab_key); at training
 * time it asks for a count, so that the model learns to tag unseen names
 * from shape, context and gazetteer. With hk->token, each token's static
 * features go to token() as they are made and are not kept (c->feats is
 * then scratch and c->foff NULL): the tagger sums them at once, so memory
 * stays small on long documents. */
int ner_ctx_init_ex(struct ner_ctx *c, const char *text, const struct bl_token *toks, size_t ntoks,
                    const struct bl_sentence *sents, size_t nsents, const bl_gazetteer *gz,
                    const struct ner_hooks *hk);

/* The tagger's ner_ctx_init_ex: known() asks tab for the word's vocabulary
 * row, features are grouped, and each token's static features other than
 * the word groups are not kept but summed at once: stat[i] (the caller's
 * array of ntoks rows) gets the sum of their rows in tab, for every token i
 * inside a sentence (the others are left alone). Same returns as
 * ner_ctx_init; tab is only read. */
int ner_ctx_sum(struct ner_ctx *c, const char *text, const struct bl_token *toks, size_t ntoks,
                const struct bl_sentence *sents, size_t nsents, const bl_gazetteer *gz,
                const struct ner_table *tab, struct ner_row *stat);

/* The common words of c, a context that ner_ctx_sum made over a text of
 * them (with tab->common NULL): common word k is c's word id k (and a
 * document's ucommon says k + 1). *out is the caller's, to free with
 * ner_common_free, and read-only once set in a table (threads may share
 * it). Returns BL_OK, BL_ERR_NOMEM, or BL_ERR_ARG (c not from ner_ctx_sum,
 * or 65,535 words or more); *out is NULL on error. Reads c only. */
int ner_common_make(const struct ner_ctx *c, struct ner_common **out);
void ner_common_free(struct ner_common *cm);

/* Sums for cm at load, once tab (the table cm is for, without cm) is
 * ready: the features of a common word next to a token of a frequent short
 * shape, so that ner_ctx_sum adds one row for them. Returns BL_OK or
 * BL_ERR_NOMEM (cm then works as before, without them). */
int ner_common_pairs(struct ner_common *cm, const struct ner_table *tab);

/* Gives each common word of cm the classes gz gives its text as a token
 * (0 for tokens that are not BL_TOK_WORD, as ner_ctx_sum asks), kept with
 * the word itself; gz is not kept. At load only, before threads share
 * cm. */
void ner_common_bind(struct ner_common *cm, const bl_gazetteer *gz);

/* Fills t->aff1 from t's rows (the rest of t must be ready), and t->t1_l
 * and t->t1_sh. */
void ner_table_affixes(struct ner_table *t);

/* The feature key under which the model keeps a known word (every word of
 * the training vocabulary has a row, possibly all zero). */
uint64_t ner_vocab_key(uint64_t hl);

/* Features of token i that depend on the labels already chosen in its
 * sentence (labels[sent_start .. i)) and on the first-pass document summary
 * docbits (NULL in the first pass). Writes at most NER_MAX_DYN hashes to out
 * and returns how many. */
size_t ner_dyn_feats(const struct ner_ctx *c, size_t i, size_t sent_start, const uint8_t *labels,
                     const uint32_t *docbits, uint64_t *out);

/* The same features written to out (split or hashed, see struct ner_feats);
 * appends at most NER_MAX_DYN. With grouped set, the features of group
 * NER_G_AFTER_O are left out when the previous label is O (the caller adds
 * that group's sum). */
void ner_dyn_put(const struct ner_ctx *c, size_t i, size_t sent_start, const uint8_t *labels,
                 const uint32_t *docbits, int grouped, struct ner_feats *out);

/* Adds to acc the rows in tab of the features that ner_dyn_put gives
 * token i grouped and without docbits when the labels before it are t1
 * (not 0: after O the word's share is its group NER_G_AFTER_O) and t2
 * (NER_BOS before the sentence): the tagger's sum of them without making
 * the list. tab is only read. */
void ner_label_sum(const struct ner_ctx *c, size_t i, unsigned t1, unsigned t2,
                   const struct ner_table *tab, struct ner_row *acc);

/* Adds to acc the rows in tab of the document features that ner_dyn_put
 * gives a token with docbits bits (not 0) and short shape shape (its
 * ner_tokinfo's): what the tagger adds when it sums those features apart
 * (ner_dyn_put given no docbits) and keeps the sum by bits and shape. tab
 * is only read. */
void ner_doc_sum(const struct ner_table *tab, uint32_t bits, uint64_t shape, struct ner_row *acc);

/* From first-pass labels, summarise for every token what the other
 * occurrences of the same word in the document were tagged as (docbits[i]).
 * Returns BL_OK or BL_ERR_NOMEM. */
int ner_doc_bits(const struct ner_ctx *c, const uint8_t *labels, uint32_t *docbits);

/* True when label l may follow label prev (I-X only after B-X or I-X). */
static inline int ner_allowed(int prev, int l)
{
    if (l == 0 || NER_IS_B(l))
        return 1;
    return prev != NER_BOS && prev != 0 && NER_TYPE(prev) == NER_TYPE(l);
}

/* A token of at most 3 bytes as one number (bytes and length), so that
 * checking it against a short word list is a few integer compares: 0 for
 * longer (or empty) tokens. */
#define NER_PACK(a, b, c, n)                                                                       \
    ((uint32_t)(unsigned char)(a) | (uint32_t)(unsigned char)(b) << 8 |                            \
     (uint32_t)(unsigned char)(c) << 16 | (uint32_t)(n) << 24)

static inline uint32_t ner_pack_short(const char *text, const struct bl_token *t)
{
    const char *s = text + t->start;
    switch (t->end - t->start) {
    case 1:
        return NER_PACK(s[0], 0, 0, 1);
    case 2:
        return NER_PACK(s[0], s[1], 0, 2);
    case 3:
        return NER_PACK(s[0], s[1], s[2], 3);
    default:
        return 0;
    }
}

/* Write a model file. keys[r] and q[r * NER_NCLASS ...] are row r; info is a
 * NUL-terminated provenance line. Returns BL_OK or BL_ERR_IO. */
int ner_model_write(const char *path, const uint32_t *keys, const int16_t *q, uint32_t nrows,
                    float scale, const char *info);

/* Load a tagger from an in-memory image (the bytes of a model file); the
 * bytes are copied where needed, not kept. Same errors as bl_tagger_load. */
int ner_model_parse(const unsigned char *buf, size_t len, bl_tagger **out, struct bl_error *err);

/* The two greedy passes over document d (tokenized and split), before the
 * clean-ups on person names: writes d->ntoks labels to the caller's labels
 * and leaves the features' state in c, which the caller frees with
 * ner_ctx_free whatever this returns. Returns BL_OK or BL_ERR_NOMEM. t and gz
 * are only read (threads may share them); c and labels are the caller's. */
int ner_tag(const bl_tagger *t, const bl_gazetteer *gz, const struct bl_doc *d, struct ner_ctx *c,
            uint8_t *labels);

/* The provenance line stored in a loaded model; owned by t. */
const char *ner_model_info(const bl_tagger *t);

/* The table of a loaded model (for ner_ctx_sum); owned by t, read-only. */
const struct ner_table *ner_model_table(const bl_tagger *t);

#endif /* BL_TAGGER_INT_H */
