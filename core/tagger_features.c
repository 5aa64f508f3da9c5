/* tagger_features.c -- the entity tagger's features: word, case, shape,
 * affixes, neighbours, gazetteer membership, previous labels and first-pass
 * document consistency, each hashed to 64 bits without building strings.
 * Used by the tagger at run time and by tools/train_ner at training time. */
#include "tagger_int.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Feature templates. The numbers are part of the model: change them only
 * together with NER_FEATSET. */
enum {
    F_BIAS = 1,
    F_W,
    F_L,
    F_P1,
    F_P2,
    F_P3,
    F_P4,
    F_S1,
    F_S2,
    F_S3,
    F_S4,
    F_SHAPE,
    F_SSHAPE,
    F_LM1,
    F_LP1,
    F_LM2,
    F_LP2,
    F_SHM1,
    F_SHP1,
    F_SHM2,
    F_SHP2,
    F_SH3,
    F_BIL,
    F_BIR,
    F_LM1_SH,
    F_SH_LP1,
    F_POS,
    F_CAPS_SH,
    F_CAPS_L,
    F_HEAD_SH,
    F_LEN,
    F_KIND,
    F_GZ1,
    F_GZB,
    F_GZI,
    F_GZM1,
    F_GZP1,
    F_T1,
    F_T12,
    F_T1_L,
    F_T1_SH,
    F_DOC,
    F_DOC_SH,
    F_DOCMAJ,
    F_SFX_M1,
    F_LM1_LP1,
    F_GZ0,
    F_LCDOC,
    F_CAPDOC,
    F_GZMASK,
    F_UNK,
    F_UNK_P1,
    F_UNK_M1,
    F_UNK_SHAPE,
    F_RUN_POS,
    F_RUN_PREVW,
    F_RUN_NEXTW,
    F_RUN_LASTGZ,
    F_RUN_PREVGZ,
    F_RUN_FIRSTGZ
};

#define SEED 0x9E3779B97F4A7C15ull

static inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

/* A feature's value is only ever used through ner_key, its high 32 bits,
 * and the last step of mix64 (x ^= x >> 33) leaves those as they are: the
 * outermost mix of a feature, top64, stops before it. Inner mixes (m1, the
 * first steps of f2 and f3) go the whole way. */
static inline uint64_t top64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    return x;
}

/* The first step of a pair feature, kept to be finished with top64. */
static inline uint64_t m1(uint32_t tmpl, uint64_t a)
{
    return mix64(a ^ (tmpl * SEED));
}

static inline uint64_t f1(uint32_t tmpl, uint64_t a)
{
    return top64(a ^ (tmpl * SEED));
}

static inline uint64_t f2(uint32_t tmpl, uint64_t a, uint64_t b)
{
    return top64(mix64(a ^ (tmpl * SEED)) + b);
}

static inline uint64_t f3(uint32_t tmpl, uint64_t a, uint64_t b, uint64_t c)
{
    return top64(mix64(mix64(a ^ (tmpl * SEED)) + b) + c);
}

#define FNV_OFF   0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull
#define H_BOS     0x5bd1e9955bd1e995ull /* neighbour before the sentence */
#define H_EOS     0xc6a4a7935bd1e995ull /* neighbour after it */
#define MAXCP     64                    /* code points kept per token for affixes */

/* Shape class of one code point: X upper, x lower, d digit, the character
 * itself for ASCII punctuation, o for anything else. */
static int shape_class(int32_t cp, int *upper, int *letter)
{
    *upper = 0;
    *letter = 0;
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') {
            *upper = *letter = 1;
            return 'X';
        }
        if (cp >= 'a' && cp <= 'z') {
            *letter = 1;
            return 'x';
        }
        if (cp >= '0' && cp <= '9')
            return 'd';
        return (int)cp;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        *upper = *letter = 1;
        return 'X';
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        *letter = 1;
        return 'x';
    case UTF8PROC_CATEGORY_ND:
        return 'd';
    default:
        break;
    }
    if (cp == 0x2019 || cp == 0x2018)
        return '\'';
    if (cp >= 0x2010 && cp <= 0x2015)
        return '-';
    return 'o';
}

/* Fold a code point for the word features: lower case, curly apostrophes
 * and dashes to ASCII, digits to 0. */
static inline int32_t fold(int32_t cp)
{
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z')
            return cp + 32;
        if (cp >= '0' && cp <= '9')
            return '0';
        return cp;
    }
    if (cp == 0x2019 || cp == 0x2018)
        return '\'';
    if (cp >= 0x2010 && cp <= 0x2015)
        return '-';
    return utf8proc_tolower(cp);
}

static inline uint64_t fnv_step(uint64_t h, uint32_t v)
{
    h ^= v;
    return h * FNV_PRIME;
}

/* Everything about one token's own text, computed once. What the tagger
 * reads of every token and of its neighbours (sum_one, and ctx_build's and
 * ner_doc_bits' loops) is in the first 64 bytes, one cache line: a
 * wordinfo is 64-byte aligned (allocated with aligned_alloc), and the
 * common words' 1.7 MB of them are mostly read one line a word. */
struct wordinfo {
    _Alignas(64) uint64_t hl; /* lower-cased */
    uint64_t sshape;
    /* m1(template, value) of the pair features in which this word is the
     * first value (f2 and f3 go on from it), once per word instead of once
     * per token: as the left neighbour (bil, lm1lp1; lm1sh and sfx below)
     * and as the token itself (bir, shlp1) */
    uint64_t m_bil, m_lm1lp1, m_bir, m_shlp1;
    /* ner_ctx_sum with a table's common words: 1 + the word's number among
     * them (0: not one), and its short shape's number among the common
     * shapes (GS_NONE: not one); see ner_common_pairs */
    uint16_t cid, gs;
    uint32_t kf; /* kind_flags of the token the wordinfo was made from */
    int cap;
    /* kind_id of that token (a word id's first token, or a common word's in
     * the list) */
    uint16_t kid;
    /* WI_MULTI and WI_ALLCAPS: what word_flags asks of ncp and allcaps,
     * here in the first cache line with the rest that every document's
     * occurrence of a common word reads (ctx_build), where reading ncp and
     * allcaps cost a second line of the table's wordinfo */
    uint8_t cflags;
    /* the rest: for a word's first token and its word groups */
    uint64_t m_lm1sh, m_sfx;
    uint64_t hw, shape;
    uint64_t pre[4], suf[4];
    int npre;
    int32_t c0, cl; /* with npre: the folded first and last code points (low[0], low[n - 1]) */
    int ncp, allcaps, digit;
};

#define WI_MULTI    0x01u /* ncp > 1 */
#define WI_ALLCAPS  0x02u /* allcaps */
#define WI_PARTICLE 0x04u /* is_particle of the token (its bytes alone decide) */
_Static_assert(offsetof(struct wordinfo, cflags) < 64, "cflags must stay in the first line");

/* An array of n wordinfos (n > 0), aligned as they ask; free() frees it. */
static struct wordinfo *wordinfo_alloc(size_t n)
{
    return aligned_alloc(_Alignof(struct wordinfo), n * sizeof(struct wordinfo));
}

/* word_info's loop for a token of at most MAXCP ASCII bytes (most of
 * them): the same values in fewer steps, with the ASCII branch of the
 * general loop below as its model. Returns 0, with only low[] written, at
 * the first byte that is not ASCII. */
static int ascii_word(const unsigned char *s, size_t len, struct wordinfo *wi, int32_t *low)
{
    uint64_t hw = FNV_OFF, hl = FNV_OFF, sh = FNV_OFF, ssh = FNV_OFF;
    unsigned prevc = 256; /* no class */
    int letters = 0, uppers = 0, digit = 0, cap = 0, prevrun = 0;
    size_t i;

    for (i = 0; i < len; i++) {
        unsigned b = s[i], c, fc;
        if (b - 'a' < 26u) {
            c = 'x';
            fc = b;
            letters++;
        } else if (b - 'A' < 26u) {
            c = 'X';
            fc = b + 32;
            if (!letters)
                cap = 1; /* the first letter, after any leading punctuation */
            letters++;
            uppers++;
        } else if (b - '0' < 10u) {
            c = 'd';
            fc = '0';
            digit = 1;
        } else if (b < 0x80) {
            c = fc = b;
        } else {
            return 0;
        }
        hw = fnv_step(hw, b);
        hl = fnv_step(hl, fc);
        low[i] = (int32_t)fc;
        if (c != prevc) {
            ssh = fnv_step(ssh, c);
            sh = fnv_step(sh, c);
            prevrun = 1;
        } else if (prevrun < 2) {
            sh = fnv_step(sh, c);
            prevrun++;
        }
        prevc = c;
    }
    wi->digit = digit;
    wi->cap = cap;
    wi->allcaps = letters > 1 && uppers == letters;
    wi->ncp = (int)len;
    wi->cflags = (uint8_t)((wi->ncp > 1 ? WI_MULTI : 0) | (wi->allcaps ? WI_ALLCAPS : 0));
    wi->hw = hw;
    wi->hl = hl;
    wi->shape = sh;
    wi->sshape = ssh;
    return 1;
}

/* The small feature id of a token's kind with its flags, or KID_NONE when
 * the kind has none (it is then hashed). */
#define KID_NONE 0xffffu

static inline unsigned kind_id(const struct bl_token *tk)
{
    if (tk->kind >= 16)
        return KID_NONE;
    return NER_S_KIND + tk->kind * 8u + (tk->flags & BL_TF_PERIOD_END ? 1u : 0u) +
           (tk->flags & BL_TF_ABBREV ? 2u : 0u) + (tk->flags & BL_TF_NONASCII ? 4u : 0u);
}

/* A token's kind and the flags kind_id reads, as one number: equal for
 * two tokens exactly when their kind_id (or for kinds without one, their
 * hashed kind feature) is. */
static inline uint32_t kind_flags(const struct bl_token *tk)
{
    return (uint32_t)tk->kind |
           (uint32_t)(tk->flags & (BL_TF_PERIOD_END | BL_TF_ABBREV | BL_TF_NONASCII)) << 16;
}

/* The small feature id of a word's length and case. */
static inline unsigned len_id(const struct wordinfo *w)
{
    return NER_S_LEN + (unsigned)(w->ncp > 12 ? 12 : w->ncp) * 2 + (unsigned)w->cap;
}

static int is_particle(const char *text, const struct bl_token *t);

static void word_info(const char *text, const struct bl_token *tk, struct wordinfo *wi)
{
    const unsigned char *s = (const unsigned char *)text + tk->start;
    size_t len = tk->end - tk->start, i = 0;
    int32_t low[MAXCP];
    int n = 0, letters = 0, uppers = 0, prevc = -1, prevrun = 0, k;
    uint64_t hw = FNV_OFF, hl = FNV_OFF, sh = FNV_OFF, ssh = FNV_OFF;

    wi->suf[0] = 0; /* read for an empty token as its last suffix */
    wi->kid = (uint16_t)kind_id(tk);
    wi->kf = kind_flags(tk);
    if (len <= MAXCP && ascii_word(s, len, wi, low)) {
        n = (int)len;
        goto affixes;
    }
    /* what the loop below may leave unset */
    wi->digit = 0;
    wi->cap = 0;
    while (i < len) {
        int32_t cp, fc;
        int up, let, c;
        unsigned b = s[i];
        if (b < 0x80) {
            /* shape_class and fold for ASCII */
            i++;
            cp = (int32_t)b;
            if (b - 'a' < 26u) {
                c = 'x';
                let = 1;
                up = 0;
                fc = cp;
            } else if (b - 'A' < 26u) {
                c = 'X';
                let = up = 1;
                fc = cp + 32;
            } else if (b - '0' < 10u) {
                c = 'd';
                let = up = 0;
                fc = '0';
                wi->digit = 1;
            } else {
                c = cp;
                let = up = 0;
                fc = cp;
            }
        } else {
            utf8proc_ssize_t r = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
            if (r <= 0) {
                cp = 0xFFFD;
                r = 1;
            }
            i += (size_t)r;
            c = shape_class(cp, &up, &let);
            fc = fold(cp);
            if (c == 'd')
                wi->digit = 1;
        }
        if (let && letters == 0)
            wi->cap = up; /* the first letter, after any leading punctuation */
        letters += let;
        uppers += up;
        hw = fnv_step(hw, (uint32_t)cp);
        if (n < MAXCP)
            low[n] = fc;
        hl = fnv_step(hl, (uint32_t)fc);
        if (c != prevc) {
            ssh = fnv_step(ssh, (uint32_t)c);
            sh = fnv_step(sh, (uint32_t)c);
            prevrun = 1;
        } else if (prevrun < 2) {
            sh = fnv_step(sh, (uint32_t)c);
            prevrun++;
        }
        prevc = c;
        n++;
    }
    wi->allcaps = letters > 1 && uppers == letters;
    wi->ncp = n;
    wi->cflags = (uint8_t)((wi->ncp > 1 ? WI_MULTI : 0) | (wi->allcaps ? WI_ALLCAPS : 0));
    wi->hw = hw;
    wi->hl = hl;
    wi->shape = sh;
    wi->sshape = ssh;
    if (n > MAXCP)
        n = MAXCP;
affixes:
    wi->npre = n < 4 ? n : 4;
    wi->c0 = n ? low[0] : 0;
    wi->cl = n ? low[n - 1] : 0;
    {
        uint64_t hp = FNV_OFF, hs = FNV_OFF;
        for (k = 0; k < wi->npre; k++) {
            hp = fnv_step(hp, (uint32_t)low[k]);
            hs = fnv_step(hs, (uint32_t)low[n - 1 - k]);
            wi->pre[k] = hp;
            wi->suf[k] = hs;
        }
    }
    wi->m_bil = m1(F_BIL, wi->hl);
    wi->m_lm1sh = m1(F_LM1_SH, wi->hl);
    wi->m_lm1lp1 = m1(F_LM1_LP1, wi->hl);
    wi->m_sfx = m1(F_SFX_M1, wi->suf[wi->npre ? wi->npre - 1 : 0]);
    wi->m_bir = m1(F_BIR, wi->hl);
    wi->m_shlp1 = m1(F_SH_LP1, wi->sshape);
    if (is_particle(text, tk))
        wi->cflags |= WI_PARTICLE;
}

void ner_ctx_free(struct ner_ctx *c)
{
    if (!c)
        return;
    free(c->blk); /* ti, urep, wi, wstore, urare, lrow and ucommon */
    free(c->feats);
    free(c->foff);
    free(c->uid);
    free(c->g1);
    c->blk = NULL;
    c->ucommon = NULL;
    c->g1 = NULL;
    c->ti = NULL;
    c->feats = NULL;
    c->foff = NULL;
    c->uid = NULL;
    c->urep = NULL;
    c->wi = NULL;
    c->wstore = NULL;
    c->urare = NULL;
    c->lrow = NULL;
}

static int is_word(const struct bl_token *t)
{
    return t->kind == BL_TOK_WORD;
}

/* Gazetteer matches of 2 to 4 tokens inside sentence [a, b) (single-token
 * classes are already in g1): a match marks its first token in gb and the
 * rest in gi. The sentence's token flags (c->ti) must be set. */
static void gaz_sentence(const struct ner_ctx *c, const bl_gazetteer *gz, size_t a, size_t b,
                         const struct wordinfo *const *wp, uint16_t *g1, uint16_t *gb, uint16_t *gi)
{
    size_t i, j, k;
    for (i = a; i < b; i++) {
        if (!(c->ti[i].flags & NER_TI_CAPWORD)) /* a capitalised word */
            continue;
        for (j = i + 1; j < b && j < i + 4; j++) {
            unsigned cls;
            if (!is_word(&c->toks[j]) && c->toks[j].kind != BL_TOK_DASH)
                break;
            /* names end in a capitalised word (Isle of Man, Rio de Janeiro) */
            if (!wp[j]->cap)
                continue;
            cls = bl_gazetteer_classes(gz, c->text + c->toks[i].start,
                                       c->toks[j].end - c->toks[i].start);
            if (!cls)
                continue;
            gb[i] |= (uint16_t)cls;
            for (k = i + 1; k <= j; k++)
                gi[k] |= (uint16_t)cls;
        }
    }
}

/* ner_ctx_sum numbers the short shapes of a document's words from 1
 * (SID_EDGE is the neighbour beyond the sentence, SID_NONE a shape past
 * SID_MAX) and keeps the sum of the rows of the features that depend on
 * three short shapes and the place in the sentence alone (F_SH3, F_POS) by
 * those four numbers: most tokens repeat a combination seen before. A
 * direct-mapped cache, key 0 empty. */
#define SID_EDGE     0u
#define SID_NONE     511u /* the one number with SID_NONE_BIT */
#define SID_NONE_BIT 0x100u
#define SID_MAX      255u /* few documents have more short shapes */
#define SHAPE_CAP    512u /* slots of the shape numbering */
#define S3_MAX_LOG   9    /* at most 512 combinations */

/* The common shapes of struct ner_common: at most GS_MAX, GS_NONE for
 * others. */
#define GS_NONE  0xffffu
#define GS_MAX   64u
#define GS_SLOTS 128u

/* What the common words' table keeps of word k: its length, kind and
 * tok_words, so that a token of up to 16 bytes is told to be the word or
 * not without looking at the word's bytes (its tok_hash is made of those
 * alone: no need to keep it), and the classes of ner_common_bind, here
 * rather than in an array of their own: one cache line less for each
 * common word of a document. */
struct cword {
    uint64_t lo, hi;
    uint8_t len, kind;
    uint16_t g1;
    /* word_flags of the word (its kind and vocabulary row decide rare),
     * and its short shape's number among the common shapes (GS_NONE: not
     * one, or none numbered): with them here, ctx_build's first look at a
     * common word reads this record alone, not its wordinfo as well */
    uint16_t uf, gs;
    /* the word's vocabulary row (NULL: none), beside what common_find has
     * just read instead of in an array of its own, one cache line less per
     * common word of a document */
    const struct ner_row *lrow;
};

/* The common words (see struct ner_common in tagger_int.h): word k's
 * bytes and kind, wordinfo and vocabulary row, found by tok_hash through
 * open addressing. A slot holds k + 1 in its low 16 bits (0: empty) and
 * the top 16 bits of the word's tok_hash above: 4 bytes a slot, so that the
 * slots that a document's words probe (most of them not common words) are
 * 64 KB, not the 512 KB that slots with the whole struct cword took, and
 * cw[k] is read only when those bits agree (words come commonest first, so
 * the cw that are read share cache lines). */
struct ner_common {
    char *bytes;
    uint32_t *off; /* n + 1: word k is bytes[off[k] .. off[k + 1]) */
    uint16_t *kind;
    struct wordinfo *wi;
    uint32_t *slot;
    struct cword *cw;
    uint32_t mask, n;
    /* The common shapes (ner_common_pairs): the short shapes of the common
     * words and of a few other frequent tokens, numbered 0 .. ngs - 1 and
     * found by open addressing (gsval: number + 1, 0 empty). */
    uint64_t gskey[GS_SLOTS];
    uint8_t gsval[GS_SLOTS];
    uint32_t ngs;
    /* By common word k and common shape s, the row in prow of the sum of
     * the features of a word before a shape (F_LM1_SH and F_SFX_M1: word
     * k, then a token of shape s) at lsh[s * n + k], and of a shape
     * before a word (F_SH_LP1: a token of shape s, then word k) at
     * shr[s * n + k]. prow[0] is zero, and no row is there twice. NULL:
     * none (then every feature is looked up). Shape first, then word: the
     * words come commonest first, so that what most tokens read (a few
     * shapes after or before the commonest words) is a few cache lines of
     * each table, where word first spread it over a line per word. */
    uint16_t *lsh, *shr;
    struct ner_row *prow;
};

struct shape3 {
    uint32_t *key;
    struct ner_row *row;
    unsigned shift; /* 32 - log2(slots) */
    uint16_t *tsid; /* by token (inside a sentence): its short shape's number */
};

static inline uint32_t shape3_key(uint32_t sm, uint32_t ss, uint32_t sp, unsigned pos)
{
    if ((sm | ss | sp) & SID_NONE_BIT)
        return 0;
    return sm | ss << 10 | sp << 20 | (uint32_t)pos << 30; /* ss >= 1: never 0 */
}

/* Where token_feats puts a feature: written to out, or (sum set) its row
 * added to acc at once, the tagger's case. sum is a constant at each
 * inlined use, so the test goes away. */
struct sink {
    int sum;
    struct ner_feats *out;
    const struct ner_table *tab;
    struct ner_row acc;
    struct shape3 *s3; /* with sum, or NULL */
};

static inline __attribute__((always_inline)) void put_h(struct sink *k, uint64_t h)
{
    if (k->sum) {
        const struct ner_row *w = ner_probe(k->tab, h);
        if (w)
            ner_row_add(&k->acc, w);
    } else {
        ner_put_hash(k->out, h);
    }
}

/* put_h for the features the model usually has (see ner_find). */
static inline __attribute__((always_inline)) void put_hd(struct sink *k, uint64_t h)
{
    if (k->sum) {
        const struct ner_row *w = ner_find(k->tab, h);
        if (w)
            ner_row_add(&k->acc, w);
    } else {
        ner_put_hash(k->out, h);
    }
}

static inline __attribute__((always_inline)) void put_s(struct sink *k, unsigned id)
{
    if (k->sum)
        ner_row_add(&k->acc, &k->tab->small[id]);
    else
        ner_put_small(k->out, id);
}

/* One small feature per set class bit b: id base + b * stride + extra. */
static inline __attribute__((always_inline)) void
emit_bits(struct sink *out, unsigned base, unsigned stride, unsigned bits, unsigned extra)
{
    bits &= 0xffffu;
    while (bits) {
        unsigned b = (unsigned)__builtin_ctz(bits);
        put_s(out, base + b * stride + extra);
        bits &= bits - 1;
    }
}

uint64_t ner_small_key(unsigned id)
{
    if (id < NER_S_GZ0)
        return f1(F_BIAS, 0);
    if (id < NER_S_LEN)
        return f1(F_GZ0, 1);
    if (id < NER_S_KIND)
        return f2(F_LEN, (id - NER_S_LEN) / 2, (id - NER_S_LEN) % 2);
    if (id < NER_S_RUN_POS) {
        unsigned k = id - NER_S_KIND, fl = k % 8;
        return f2(F_KIND, k / 8,
                  (fl & 1 ? BL_TF_PERIOD_END : 0) | (fl & 2 ? BL_TF_ABBREV : 0) |
                      (fl & 4 ? BL_TF_NONASCII : 0));
    }
    if (id < NER_S_RUN_LASTGZ)
        return f2(F_RUN_POS, (id - NER_S_RUN_POS) / 6, (id - NER_S_RUN_POS) % 6);
    if (id < NER_S_RUN_PREVGZ)
        return f2(F_RUN_LASTGZ, (id - NER_S_RUN_LASTGZ) / 6, (id - NER_S_RUN_LASTGZ) % 6);
    if (id < NER_S_RUN_FIRSTGZ)
        return f2(F_RUN_PREVGZ, (id - NER_S_RUN_PREVGZ) / 6, (id - NER_S_RUN_PREVGZ) % 6);
    if (id < NER_S_GZ1)
        return f2(F_RUN_FIRSTGZ, (id - NER_S_RUN_FIRSTGZ) / 6, (id - NER_S_RUN_FIRSTGZ) % 6);
    if (id < NER_S_GZB)
        return f2(F_GZ1, (id - NER_S_GZ1) / 4, (id - NER_S_GZ1) % 4);
    if (id < NER_S_GZI)
        return f2(F_GZB, (id - NER_S_GZB) / 4, (id - NER_S_GZB) % 4);
    if (id < NER_S_GZM1)
        return f2(F_GZI, (id - NER_S_GZI) / 4, (id - NER_S_GZI) % 4);
    if (id < NER_S_GZP1)
        return f2(F_GZM1, (id - NER_S_GZM1) / 4, (id - NER_S_GZM1) % 4);
    if (id < NER_S_T1)
        return f2(F_GZP1, (id - NER_S_GZP1) / 4, (id - NER_S_GZP1) % 4);
    if (id < NER_S_T12)
        return f1(F_T1, id - NER_S_T1);
    if (id < NER_S_DOC)
        return f2(F_T12, (id - NER_S_T12) / 10, (id - NER_S_T12) % 10);
    if (id < NER_S_DOCMAJ)
        return f1(F_DOC, id - NER_S_DOC);
    return f1(F_DOCMAJ, id - NER_S_DOCMAJ);
}

/* Lower-case particles that may sit inside a name between two capitalised
 * words: Bank of England, Ursula von der Leyen, Marks and Spencer. */
static int is_particle(const char *text, const struct bl_token *t)
{
    static const uint32_t words[] = {
        NER_PACK('o', 'f', 0, 2),   NER_PACK('a', 'n', 'd', 3), NER_PACK('&', 0, 0, 1),
        NER_PACK('d', 'e', 0, 2),   NER_PACK('v', 'o', 'n', 3), NER_PACK('v', 'a', 'n', 3),
        NER_PACK('d', 'e', 'r', 3), NER_PACK('d', 'e', 'n', 3), NER_PACK('a', 'l', 0, 2),
        NER_PACK('l', 'a', 0, 2),   NER_PACK('l', 'e', 0, 2),   NER_PACK('d', 'u', 0, 2),
        NER_PACK('d', 'a', 0, 2),   NER_PACK('d', 'e', 'l', 3), NER_PACK('d', 'i', 0, 2),
        NER_PACK('b', 'i', 'n', 3)};
    uint32_t v = ner_pack_short(text, t);
    size_t k;
    switch (v & 0xffu) { /* what they start with */
    case 'a':
    case '&':
    case 'b':
    case 'd':
    case 'l':
    case 'o':
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

static inline int capword(const struct ner_ctx *c, size_t j)
{
    return (c->ti[j].flags & NER_TI_CAPWORD) != 0;
}

/* is_particle of token j inside a sentence, from its flags. */
static inline int particle(const struct ner_ctx *c, size_t j)
{
    return (c->ti[j].flags & NER_TI_PARTICLE) != 0;
}

/* The run of capitalised words (with inner particles) around capitalised
 * token i of sentence [a, b), at most 8 tokens each way: [*rs, *re). */
static void cap_run(const struct ner_ctx *c, size_t a, size_t b, size_t i, size_t *rs, size_t *re)
{
    size_t j = i, k;
    while (j > a && i - j < 8) {
        if (capword(c, j - 1)) {
            j--;
            continue;
        }
        /* one or two particles, then a capitalised word */
        for (k = 1; k <= 2 && j >= a + k + 1 && particle(c, j - k); k++)
            if (capword(c, j - k - 1))
                break;
        if (k > 2 || j < a + k + 1 || !particle(c, j - k) ||
            !capword(c, j - k - 1))
            break;
        j -= k + 1;
    }
    *rs = j;
    j = i + 1;
    while (j < b && j - i < 8) {
        if (capword(c, j)) {
            j++;
            continue;
        }
        for (k = 0; k < 2 && j + k + 1 < b && particle(c, j + k); k++)
            if (capword(c, j + k + 1))
                break;
        if (k >= 2 || j + k + 1 >= b || !particle(c, j + k) ||
            !capword(c, j + k + 1))
            break;
        j += k + 2;
    }
    *re = j;
}

/* Static features of token i of sentence [a, b). */
/* Group 0: the features of a word's own text (identity unless rare,
 * affixes, shape). At most NER_MAX_GROUP. */
static void self_feats(const struct wordinfo *w, int rare, struct ner_feats *out)
{
    int k;
    if (!rare) {
        ner_put_hash(out, f1(F_W, w->hw));
        ner_put_hash(out, f1(F_L, w->hl));
    }
    for (k = 0; k < w->npre; k++) {
        ner_put_hash(out, f1(F_P1 + (uint32_t)k, w->pre[k]));
        ner_put_hash(out, f1(F_S1 + (uint32_t)k, w->suf[k]));
    }
    ner_put_hash(out, f1(F_SHAPE, w->shape));
    ner_put_hash(out, f1(F_SSHAPE, w->sshape));
}

/* The small features of a word's group 0, hashed (groups have no small
 * ones): the bias, the word's length and case, and its first token's kind.
 * They fire for every token, so that the tagger sums them once per word;
 * token_feats leaves them out when grouped (see there for a token whose
 * kind flags are not its word's). */
static void word_smalls(const struct wordinfo *w, struct ner_feats *out)
{
    ner_put_hash(out, ner_small_key(NER_S_BIAS));
    ner_put_hash(out, ner_small_key(len_id(w)));
    if (w->kid != KID_NONE)
        ner_put_hash(out, ner_small_key(w->kid));
}

/* Groups 1-4: a word (lower-cased hl, short shape sshape) as the neighbour
 * at -1, +1, -2, +2. */
static void nb_feats(unsigned g, uint64_t hl, uint64_t sshape, struct ner_feats *out)
{
    static const uint32_t tl[5] = {0, F_LM1, F_LP1, F_LM2, F_LP2};
    static const uint32_t ts[5] = {0, F_SHM1, F_SHP1, F_SHM2, F_SHP2};
    ner_put_hash(out, f1(tl[g], hl));
    ner_put_hash(out, f1(ts[g], sshape));
}

/* Group NER_G_AFTER_O for t1 = 0: the previous label t1 with the word
 * (lower-cased hl unless rare, short shape). */
static void label_feats(unsigned t1, uint64_t hl, uint64_t shape, int rare, struct ner_feats *out)
{
    if (!rare)
        ner_put_hash(out, f2(F_T1_L, t1, hl));
    ner_put_hash(out, f2(F_T1_SH, t1, shape));
}

void ner_edge_feats(unsigned g, struct ner_feats *out)
{
    uint64_t e = g == 1 || g == 3 ? H_BOS : H_EOS;
    nb_feats(g, e, e, out);
}

static void groups_init(uint64_t *hbuf, struct ner_feats grp[NER_NGROUPS])
{
    unsigned k;
    for (k = 0; k < NER_NGROUPS; k++) {
        grp[k].h = hbuf + (size_t)k * NER_MAX_GROUP;
        grp[k].s = NULL; /* none are small; if one were, it would be hashed */
        grp[k].nh = grp[k].ns = 0;
    }
}

void ner_word_groups(const struct ner_ctx *c, uint32_t u, uint64_t *hbuf,
                     struct ner_feats grp[NER_NGROUPS])
{
    const struct wordinfo *w = c->wi[u];
    unsigned k;
    groups_init(hbuf, grp);
    self_feats(w, c->urare[u], &grp[0]);
    word_smalls(w, &grp[0]);
    for (k = 1; k < NER_G_AFTER_O; k++)
        nb_feats(k, w->hl, w->sshape, &grp[k]);
    label_feats(0, w->hl, w->sshape, c->urare[u], &grp[NER_G_AFTER_O]);
}

/* The same features, split: ner_word_part those of ner_word_groups that
 * the short shape alone does not decide, ner_shape_part the others (the
 * same for every word of that shape). Together they are ner_word_groups. */
void ner_word_part(const struct ner_ctx *c, uint32_t u, uint64_t *hbuf,
                   struct ner_feats grp[NER_NGROUPS])
{
    static const uint32_t tl[5] = {0, F_LM1, F_LP1, F_LM2, F_LP2};
    const struct wordinfo *w = c->wi[u];
    int rare = c->urare[u], k;
    groups_init(hbuf, grp);
    if (!rare) {
        ner_put_hash(&grp[0], f1(F_W, w->hw));
        ner_put_hash(&grp[0], f1(F_L, w->hl));
    }
    for (k = 0; k < w->npre; k++) {
        ner_put_hash(&grp[0], f1(F_P1 + (uint32_t)k, w->pre[k]));
        ner_put_hash(&grp[0], f1(F_S1 + (uint32_t)k, w->suf[k]));
    }
    ner_put_hash(&grp[0], f1(F_SHAPE, w->shape));
    word_smalls(w, &grp[0]);
    for (k = 1; k < NER_G_AFTER_O; k++)
        ner_put_hash(&grp[k], f1(tl[k], w->hl));
    if (!rare)
        ner_put_hash(&grp[NER_G_AFTER_O], f2(F_T1_L, 0, w->hl));
}

static inline void add_probe(struct ner_row *acc, const struct ner_table *tab, uint64_t h)
{
    const struct ner_row *w = ner_probe(tab, h);
    if (w)
        ner_row_add(acc, w);
}

/* add_probe for the features the model usually has (see ner_find). */
static inline void add_find(struct ner_row *acc, const struct ner_table *tab, uint64_t h)
{
    const struct ner_row *w = ner_find(tab, h);
    if (w)
        ner_row_add(acc, w);
}

/* ner_word_part's features, summed as they are made into six local rows
 * (kept in registers). The row of the word's F_L feature is the one
 * ner_ctx_sum found for its vocabulary key (the same key), so it is not
 * looked up again. */
void ner_word_sum(const struct ner_ctx *c, uint32_t u, const struct ner_table *tab,
                  struct ner_row acc[NER_NGROUPS])
{
    ner_word_sum_from(c, u, tab, acc, acc);
}

void ner_word_sum_from(const struct ner_ctx *c, uint32_t u, const struct ner_table *tab,
                       const struct ner_row from[NER_NGROUPS], struct ner_row acc[NER_NGROUPS])
{
    const struct wordinfo *w = c->wi[u];
    struct ner_row g0 = from[0], g1 = from[1], g2 = from[2], g3 = from[3], g4 = from[4],
                   g5 = from[5];
    int k;
    if (!c->urare[u]) {
        add_probe(&g0, tab, f1(F_W, w->hw));
        if (!c->lrow)
            add_probe(&g0, tab, f1(F_L, w->hl));
        else if (c->lrow[u])
            ner_row_add(&g0, c->lrow[u]);
        add_probe(&g5, tab, f2(F_T1_L, 0, w->hl));
    }
    if (w->npre) {
        /* one-letter affixes of ASCII letters from the table's own rows */
        const struct ner_row *p =
            (uint32_t)w->c0 < 128 ? tab->aff1[0][w->c0] : ner_find(tab, f1(F_P1, w->pre[0]));
        const struct ner_row *q =
            (uint32_t)w->cl < 128 ? tab->aff1[1][w->cl] : ner_find(tab, f1(F_S1, w->suf[0]));
        if (p)
            ner_row_add(&g0, p);
        if (q)
            ner_row_add(&g0, q);
    }
    for (k = 1; k < w->npre; k++) {
        add_find(&g0, tab, f1(F_P1 + (uint32_t)k, w->pre[k]));
        add_find(&g0, tab, f1(F_S1 + (uint32_t)k, w->suf[k]));
    }
    add_find(&g0, tab, f1(F_SHAPE, w->shape));
    ner_row_add(&g0, &tab->small[NER_S_BIAS]);
    ner_row_add(&g0, &tab->small[len_id(w)]);
    if (w->kid != KID_NONE)
        ner_row_add(&g0, &tab->small[w->kid]);
    add_probe(&g1, tab, f1(F_LM1, w->hl));
    add_probe(&g2, tab, f1(F_LP1, w->hl));
    add_probe(&g3, tab, f1(F_LM2, w->hl));
    add_probe(&g4, tab, f1(F_LP2, w->hl));
    acc[0] = g0;
    acc[1] = g1;
    acc[2] = g2;
    acc[3] = g3;
    acc[4] = g4;
    acc[5] = g5;
}

void ner_shape_part(uint64_t sshape, uint64_t *hbuf, struct ner_feats grp[NER_NGROUPS])
{
    static const uint32_t ts[5] = {0, F_SHM1, F_SHP1, F_SHM2, F_SHP2};
    int k;
    groups_init(hbuf, grp);
    ner_put_hash(&grp[0], f1(F_SSHAPE, sshape));
    for (k = 1; k < NER_G_AFTER_O; k++)
        ner_put_hash(&grp[k], f1(ts[k], sshape));
    ner_put_hash(&grp[NER_G_AFTER_O], f2(F_T1_SH, 0, sshape));
}

uint64_t ner_word_sshape(const struct ner_ctx *c, uint32_t u)
{
    return c->wi[u]->sshape;
}

/* The parts of token_feats that few tokens need, each written once for
 * both token_feats and the tagger's interior loop (sum_inner). */

/* An unknown word's features in place of its identity and pair features
 * (lm1, lp1: its neighbours' lower-cased hashes, pos its place). */
static inline __attribute__((always_inline)) void
rare_feats(const struct wordinfo *w, uint64_t lm1, uint64_t lp1, int caps, uint64_t pos,
           struct sink *out)
{
    uint64_t cp = (uint64_t)(w->cap | caps << 1);
    put_hd(out, f2(F_UNK, w->sshape, pos));
    put_h(out, f2(F_UNK_P1, lp1, cp));
    put_h(out, f2(F_UNK_M1, lm1, cp));
    put_hd(out, f2(F_UNK_SHAPE, w->shape, cp));
}

/* A headline's, an all-capitals sentence's and the document-case features. */
static inline __attribute__((always_inline)) void
case_feats(const struct ner_ctx *c, const struct bl_sentence *s, size_t i,
           const struct wordinfo *w, int caps, struct sink *out)
{
    if (caps) {
        put_h(out, f1(F_CAPS_SH, w->sshape));
        put_h(out, f1(F_CAPS_L, w->hl));
    }
    if (s->flags & BL_SF_HEADLINE)
        put_h(out, f1(F_HEAD_SH, w->sshape));
    if (c->ti[i].flags & NER_TI_LCDOC)
        put_h(out, f2(F_LCDOC, (uint64_t)(c->ti[i].flags & (NER_TI_FIRST | NER_TI_SENTCAPS)),
                      w->sshape));
    if (c->ti[i].flags & NER_TI_CAPDOC)
        put_h(out, f2(F_CAPDOC, (uint64_t)(c->ti[i].flags & (NER_TI_FIRST | NER_TI_SENTCAPS)),
                      w->sshape));
}

/* The token's kind, when not grouped or when its kind flags are not its
 * word's. */
static inline __attribute__((always_inline)) void
kind_feats(const struct bl_token *tk, const struct wordinfo *w, int grouped, struct sink *out)
{
    unsigned kid = kind_id(tk);
    if (kid != KID_NONE)
        put_s(out, kid);
    else
        put_h(out, f2(F_KIND, tk->kind,
                      tk->flags & (BL_TF_ABBREV | BL_TF_PERIOD_END | BL_TF_NONASCII)));
    /* A token whose kind flags are not those of the token its word's
     * group was made from (the tokenizer gives the same bytes the
     * same flags, so this is for safety): the group's kind is taken
     * back when summing. A feature list cannot say so, and keeps the
     * group's in that case. */
    if (grouped && out->sum && w->kid != KID_NONE) {
        out->acc.lo -= out->tab->small[w->kid].lo;
        out->acc.hi -= out->tab->small[w->kid].hi;
    }
}

/* True when token i (not in a headline in capitals) is in a run of
 * capitalised words or a particle next to one. */
static inline __attribute__((always_inline)) int
in_run(const struct ner_ctx *c, size_t a, size_t b, size_t i)
{
    return capword(c, i) || (i > a && i + 1 < b && (capword(c, i - 1) || capword(c, i + 1)) &&
                             particle(c, i));
}

/* The last run of capitalised words [rs, re) that cap_run gave a
 * capitalised token, with the first steps of its F_RUN_PREVW and
 * F_RUN_NEXTW features (sum_run's; rs == re: none yet). cap_run gives
 * every capitalised token of a run the same run as long as its scans stop
 * where the run ends and not at their limit of eight tokens, which holds
 * for runs of at most seven: the run is then reused. */
struct runc {
    size_t rs, re;
    uint64_t mprev, mnext;
};

/* Where the token sits in its run of capitalised words, and what
 * surrounds the run as a whole; rc (NULL: none) keeps the run, see struct
 * runc. */
static inline __attribute__((always_inline)) void
run_feats(const struct ner_ctx *c, size_t a, size_t b, size_t i, const struct wordinfo *const *wp,
          const uint16_t *g1, int gz_on, struct runc *rc, struct sink *out)
{
    size_t rs, re, len;
    uint64_t rp, mprev, mnext;
    if (rc && capword(c, i) && i >= rc->rs && i < rc->re && rc->re - rc->rs <= 7) {
        rs = rc->rs;
        re = rc->re;
        mprev = rc->mprev;
        mnext = rc->mnext;
    } else {
        cap_run(c, a, b, i, &rs, &re);
        mprev = m1(F_RUN_PREVW, rs > a ? wp[rs - 1]->hl : H_BOS);
        mnext = m1(F_RUN_NEXTW, re < b ? wp[re]->hl : H_EOS);
        if (rc && capword(c, i)) {
            rc->rs = rs;
            rc->re = re;
            rc->mprev = mprev;
            rc->mnext = mnext;
        }
    }
    len = re - rs;
    rp = len == 1 ? 0 : i == rs ? 1 : i + 1 == re ? 3 : 2;
    if (!capword(c, i))
        rp = len == 1 ? 5 : 4; /* a particle: inside a run, or loose */
    put_s(out, NER_S_RUN_POS + (unsigned)rp * 6 + (unsigned)(len > 5 ? 5 : len));
    put_hd(out, top64(mprev + rp)); /* f2(F_RUN_PREVW, the word before the run, rp) */
    put_hd(out, top64(mnext + rp)); /* f2(F_RUN_NEXTW, the word after it, rp) */
    if (gz_on) {
        emit_bits(out, NER_S_RUN_LASTGZ, 6, g1[re - 1], (unsigned)rp);
        if (rs > a)
            emit_bits(out, NER_S_RUN_PREVGZ, 6, g1[rs - 1], (unsigned)rp);
        if (len > 1)
            emit_bits(out, NER_S_RUN_FIRSTGZ, 6, g1[rs], (unsigned)rp);
    }
}

/* The gazetteer's class bits of the token and its neighbours, but for
 * NER_S_GZ0 (which every token has when the gazetteer was consulted). */
static inline __attribute__((always_inline)) void
gz_self(size_t i, const uint16_t *g1, const uint16_t *gb, const uint16_t *gi, unsigned capbit,
        struct sink *out)
{
    emit_bits(out, NER_S_GZ1, 4, g1[i], capbit);
    if (g1[i] | gb[i] | gi[i]) /* the exact combination: CITY alone is not CITY + SURNAME */
        put_hd(out, f3(F_GZMASK, g1[i], (uint64_t)gb[i] << 16 | gi[i], capbit));
    emit_bits(out, NER_S_GZB, 4, gb[i], capbit);
    emit_bits(out, NER_S_GZI, 4, gi[i], capbit);
}

static inline __attribute__((always_inline)) void
gz_bits(size_t a, size_t b, size_t i, const uint16_t *g1, const uint16_t *gb, const uint16_t *gi,
        unsigned capbit, struct sink *out)
{
    gz_self(i, g1, gb, gi, capbit, out);
    if (i > a)
        emit_bits(out, NER_S_GZM1, 4, g1[i - 1] | gi[i - 1] | gb[i - 1], capbit);
    if (i + 1 < b)
        emit_bits(out, NER_S_GZP1, 4, g1[i + 1] | gb[i + 1], capbit);
}

/* F_SH3 and F_POS of a token with short shapes sm1, ss, sp1 at place pos,
 * summed. */
static inline __attribute__((always_inline)) void
shape_pos_feats(const struct ner_ctx *c, uint64_t sm1, uint64_t ss, uint64_t sp1, uint64_t pos,
                struct sink *out)
{
    put_hd(out, f3(F_SH3, sm1, ss, sp1));
    put_hd(out, top64(c->pos_mix[pos] + ss));
}

/* Static features of token i of sentence s; without the word groups when
 * grouped is set. Inlined into ctx_build (its only caller): as a call it
 * passed eleven arguments, most on the stack, and reloaded what the caller
 * already held in registers (about 70 instructions per token). */
static inline __attribute__((always_inline)) void
token_feats(const struct ner_ctx *c, const struct bl_sentence *s, size_t i,
            const struct wordinfo *const *wp, const uint16_t *g1, const uint16_t *gb,
            const uint16_t *gi, int gz_on, int grouped, struct sink *out)
{
    size_t a = s->tok_start, b = s->tok_end;
    const struct wordinfo *w = wp[i];
    const struct bl_token *tk = &c->toks[i];
    uint64_t lm1 = i > a ? wp[i - 1]->hl : H_BOS, lp1 = i + 1 < b ? wp[i + 1]->hl : H_EOS;
    uint64_t sm1 = i > a ? wp[i - 1]->sshape : H_BOS, sp1 = i + 1 < b ? wp[i + 1]->sshape : H_EOS;
    int caps = (c->ti[i].flags & NER_TI_SENTCAPS) != 0;
    uint64_t pos = i - a < 2 ? 1 + (i - a) : i + 1 == b ? 3 : 0; /* 1 first, 2 second, 3 last */

    if (!grouped) {
        /* grouped: the bias, length and kind are in the word's group 0 */
        put_s(out, NER_S_BIAS);
        /* the neighbours at distance 2 are in the word groups alone */
        uint64_t lm2 = i > a + 1 ? wp[i - 2]->hl : H_BOS, lp2 = i + 2 < b ? wp[i + 2]->hl : H_EOS;
        uint64_t sm2 = i > a + 1 ? wp[i - 2]->sshape : H_BOS;
        uint64_t sp2 = i + 2 < b ? wp[i + 2]->sshape : H_EOS;
        self_feats(w, (c->ti[i].flags & NER_TI_RARE) != 0, out->out);
        nb_feats(1, lm1, sm1, out->out);
        nb_feats(2, lp1, sp1, out->out);
        nb_feats(3, lm2, sm2, out->out);
        nb_feats(4, lp2, sp2, out->out);
    }
    if (!(c->ti[i].flags & NER_TI_RARE)) {
        put_h(out, top64((i > a ? wp[i - 1]->m_bil : m1(F_BIL, H_BOS)) + w->hl));
        put_h(out, top64(w->m_bir + lp1));
    } else {
        rare_feats(w, lm1, lp1, caps, pos, out);
    }
    {
        /* F_SH3 and F_POS, from the cache when summing */
        uint32_t key = 0, slot = 0;
        if (out->sum && out->s3) {
            const uint16_t *sid = out->s3->tsid;
            key = shape3_key(i > a ? sid[i - 1] : SID_EDGE, sid[i],
                             i + 1 < b ? sid[i + 1] : SID_EDGE, (unsigned)pos);
            slot = (key * 0x9E3779B1u) >> out->s3->shift;
        }
        if (key && out->s3->key[slot] == key) {
            ner_row_add(&out->acc, &out->s3->row[slot]);
        } else if (key) {
            struct sink t = {1, NULL, out->tab, {{0, 0, 0, 0}, {0, 0, 0, 0}}, NULL};
            shape_pos_feats(c, sm1, w->sshape, sp1, pos, &t);
            out->s3->key[slot] = key;
            out->s3->row[slot] = t.acc;
            ner_row_add(&out->acc, &t.acc);
        } else {
            shape_pos_feats(c, sm1, w->sshape, sp1, pos, out);
        }
    }
    {
        /* the features of a word with a shape come from the common words'
         * sums when the word is a common one and the shape a common one
         * (most tokens), else one by one */
        const struct ner_common *cm = out->sum ? out->tab->common : NULL;
        if (cm && i + 1 < b && wp[i + 1]->cid && w->gs != GS_NONE)
            ner_row_add(&out->acc, &cm->prow[cm->shr[w->gs * cm->n + wp[i + 1]->cid - 1u]]);
        else
            put_h(out, top64(w->m_shlp1 + lp1));
        if (i > a) {
            const struct wordinfo *p = wp[i - 1];
            if (cm && p->cid && w->gs != GS_NONE) {
                ner_row_add(&out->acc, &cm->prow[cm->lsh[w->gs * cm->n + p->cid - 1u]]);
            } else {
                put_h(out, top64(p->m_lm1sh + w->sshape));
                put_h(out, top64(p->m_sfx + w->sshape));
            }
            put_h(out, top64(p->m_lm1lp1 + lp1));
        } else {
            put_h(out, f2(F_LM1_SH, lm1, w->sshape));
            put_h(out, f2(F_LM1_LP1, lm1, lp1));
        }
    }
    /* one test for four features that few tokens have */
    if ((c->ti[i].flags & (NER_TI_SENTCAPS | NER_TI_LCDOC | NER_TI_CAPDOC)) ||
        (s->flags & BL_SF_HEADLINE))
        case_feats(c, s, i, w, caps, out);
    if (!grouped)
        put_s(out, len_id(w));
    if (!grouped || kind_flags(tk) != w->kf)
        kind_feats(tk, w, grouped, out);
    if (!caps && in_run(c, a, b, i))
        run_feats(c, a, b, i, wp, g1, gz_on, NULL, out);
    if (gz_on) {
        put_s(out, NER_S_GZ0); /* the gazetteer was consulted */
        gz_bits(a, b, i, g1, gb, gi, (unsigned)(w->cap | (caps << 1)), out);
    }
}

/* What ctx_build keeps by word id of a word's kind and case: the token
 * flags that depend on the word alone (UF_TI, as NER_TI_*), and for the
 * sentence's case UF_MULTI (a BL_TOK_WORD of two or more code points),
 * UF_NOTCAPS (one of those not all in capitals) and UF_MARK2 (one of those
 * capitalised or all in capitals: doc_case's bit 2 inside a mixed-case
 * sentence), above the NER_TI_* bits. */
#define UF_MULTI   0x100u
#define UF_NOTCAPS 0x200u
#define UF_MARK2   0x400u
#define UF_TI      (NER_TI_CAP | NER_TI_RARE | NER_TI_CAPWORD | NER_TI_PARTICLE)

static inline unsigned word_flags(const struct wordinfo *w, unsigned kind, int rare)
{
    unsigned f = (w->cap ? NER_TI_CAP : 0) | (rare ? NER_TI_RARE : 0) |
                 (w->cap && kind == BL_TOK_WORD ? NER_TI_CAPWORD : 0) |
                 (w->cflags & WI_PARTICLE ? NER_TI_PARTICLE : 0);
    if ((w->cflags & WI_MULTI) && kind == BL_TOK_WORD) {
        f |= UF_MULTI;
        if (!(w->cflags & WI_ALLCAPS))
            f |= UF_NOTCAPS;
        if (w->cap || (w->cflags & WI_ALLCAPS))
            f |= UF_MARK2;
    }
    return f;
}

/* Mark capitalised tokens whose word also appears in lower case in the
 * document (a common word at a sentence start or in a headline), and
 * sentence-initial or headline tokens whose word appears capitalised inside
 * a mixed-case sentence (a name). Words are the same when their lower-cased
 * hashes agree but for the low two bits. The marks are gathered by word id
 * and then by that hash, so the tables grow with the distinct words.
 *
 * mark[u] (by word id, the caller's, zeroed) comes with bit 2 set for the
 * words of at least two code points with a capitalised (or all capitals)
 * token of kind BL_TOK_WORD inside a mixed-case sentence and not first in
 * it. doc_case adds 1 for the lower-case words of the same kind and length,
 * and for the capitalised ones of that kind and length 4 (LCDOC: their
 * hash has a lower-case word) and 8 (CAPDOC: it has a bit 2 word); the
 * token flags come from those with doc_flags. uf[u] is word u's
 * word_flags. */
static int doc_case(struct ner_ctx *c, uint8_t *mark, const uint16_t *uf)
{
    size_t cap = 16, mask, u;
    uint32_t *set = NULL;   /* word id + 1 of the first word with the hash, 0 empty */
    uint32_t *dslot = NULL; /* by word id: its hash's slot (the words that ask) */
    uint8_t *hmark = NULL;
    int rc = BL_ERR_NOMEM;

    if (!c->nuniq)
        return BL_OK;
    while (cap < 2 * c->nuniq)
        cap *= 2;
    mask = cap - 1;
    set = calloc(cap, sizeof *set);
    hmark = malloc(cap);
    dslot = malloc(c->nuniq * sizeof *dslot);
    if (!set || !hmark || !dslot)
        goto out;
    /* the marks of all words with one hash, and which slot each word's is */
    for (u = 0; u < c->nuniq; u++) {
        uint64_t key;
        size_t h;
        /* lower case: two or more code points, not all capitals, not
         * capitalised (UF_NOTCAPS says the first two) */
        if ((uf[u] & (UF_NOTCAPS | NER_TI_CAP)) == UF_NOTCAPS)
            mark[u] |= 1;
        if (!mark[u] && !(uf[u] & NER_TI_CAP))
            continue; /* nothing to give and nothing to ask */
        /* hl from the word's first token's ner_tokinfo, the same value:
         * those are read in order of u, where a common word's wordinfo is
         * a line of the model's 1.7 MB of them */
        key = c->ti[c->urep[u]].hl & ~(uint64_t)3;
        h = (size_t)(key >> 9) & mask;
        while (set[h] && (c->ti[c->urep[set[h] - 1]].hl & ~(uint64_t)3) != key)
            h = (h + 1) & mask;
        if (!set[h]) {
            set[h] = (uint32_t)u + 1;
            hmark[h] = 0;
        }
        hmark[h] |= mark[u];
        dslot[u] = (uint32_t)h;
    }
    for (u = 0; u < c->nuniq; u++) {
        /* capitalised, two or more code points */
        if ((uf[u] & (NER_TI_CAP | UF_MULTI)) != (NER_TI_CAP | UF_MULTI))
            continue;
        if (hmark[dslot[u]] & 1)
            mark[u] |= 4;
        if (hmark[dslot[u]] & 2)
            mark[u] |= 8;
    }
    rc = BL_OK;
out:
    free(set);
    free(dslot);
    free(hmark);
    return rc;
}

/* The LCDOC and CAPDOC flags of a token in a sentence, from its word's
 * doc_case marks m. */
static inline uint32_t doc_flags(uint32_t flags, unsigned m)
{
    if (m & 4)
        flags |= NER_TI_LCDOC;
    if ((flags & (NER_TI_FIRST | NER_TI_SENTCAPS)) && (m & 8))
        flags |= NER_TI_CAPDOC;
    return flags;
}

void ner_table_affixes(struct ner_table *t)
{
    unsigned ch, l;
    for (ch = 0; ch < 128; ch++) {
        uint64_t h = fnv_step(FNV_OFF, ch);
        t->aff1[0][ch] = ner_probe(t, f1(F_P1, h));
        t->aff1[1][ch] = ner_probe(t, f1(F_S1, h));
    }
    for (l = 0; l <= NER_BOS; l++) {
        t->t1_l[l] = m1(F_T1_L, l);
        t->t1_sh[l] = m1(F_T1_SH, l);
    }
}

uint64_t ner_vocab_key(uint64_t hl)
{
    return f1(F_L, hl);
}

int ner_ctx_init(struct ner_ctx *c, const char *text, const struct bl_token *toks, size_t ntoks,
                 const struct bl_sentence *sents, size_t nsents, const bl_gazetteer *gz)
{
    return ner_ctx_init_ex(c, text, toks, ntoks, sents, nsents, gz, NULL);
}

static inline uint64_t load8(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

static inline uint32_t load4(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

/* A token's n bytes at p as at most two words, read a word at a time
 * without going past the end: what tok_hash and same_tok look at. For
 * n <= 16, *lo and *hi are all of them (overlapping); beyond, the caller
 * walks the middle. */
static inline void tok_words(const unsigned char *p, size_t n, uint64_t *lo, uint64_t *hi)
{
    if (n >= 8) {
        *lo = load8(p);
        *hi = load8(p + n - 8);
    } else if (n >= 4) {
        *lo = load4(p);
        *hi = load4(p + n - 4);
    } else {
        *lo = n ? (uint64_t)p[0] | (uint64_t)p[n >> 1] << 8 | (uint64_t)p[n - 1] << 16 : 0;
        *hi = 0;
    }
}

/* Hash of a token's bytes and kind, for the word ids (any hash will do:
 * ids are given in order of first occurrence); *lo and *hi get its
 * tok_words. */
static inline __attribute__((always_inline)) uint32_t
tok_hash_words(const char *text, const struct bl_token *t, uint64_t *lo, uint64_t *hi)
{
    const unsigned char *p = (const unsigned char *)text + t->start;
    size_t k, n = t->end - t->start;
    uint64_t h = (uint64_t)n << 8 ^ t->kind;
    tok_words(p, n, lo, hi);
    for (k = 8; k + 8 < n; k += 8)
        h = (h ^ load8(p + k)) * 0x9E3779B97F4A7C15ull;
    h = (h ^ *lo) * 0xff51afd7ed558ccdull;
    h = (h ^ *hi) * 0xc4ceb9fe1a85ec53ull;
    return (uint32_t)(h >> 32);
}

static inline __attribute__((always_inline)) uint32_t tok_hash(const char *text,
                                                               const struct bl_token *t)
{
    uint64_t lo, hi;
    return tok_hash_words(text, t, &lo, &hi);
}

/* What the word-id table keeps of a word's first token: its tok_hash,
 * length, kind and tok_words, so that a token is told to be the same word
 * (or not) without reading that token again. */
struct wkey {
    uint64_t lo, hi;
    uint32_t hash, n;
    uint32_t kind;
};

/* True when the n bytes at p and q are the same. */
static inline int same_bytes(const unsigned char *p, const unsigned char *q, size_t n)
{
    uint64_t plo, phi, qlo, qhi;
    if (n > 16)
        return !memcmp(p, q, n);
    tok_words(p, n, &plo, &phi);
    tok_words(q, n, &qlo, &qhi);
    return plo == qlo && phi == qhi;
}

static int same_tok(const char *text, const struct bl_token *x, const struct bl_token *y)
{
    size_t n = x->end - x->start;
    if (x->kind != y->kind || n != y->end - y->start)
        return 0;
    return same_bytes((const unsigned char *)text + x->start,
                      (const unsigned char *)text + y->start, n);
}

void ner_common_free(struct ner_common *cm)
{
    if (!cm)
        return;
    free(cm->bytes);
    free(cm->off);
    free(cm->kind);
    free(cm->wi);
    free(cm->slot);
    free(cm->cw);
    free(cm->lsh);
    free(cm->shr);
    free(cm->prow);
    free(cm);
}

int ner_common_make(const struct ner_ctx *c, struct ner_common **out)
{
    struct ner_common *cm;
    size_t total = 0, k, cap = 16;
    int rc = BL_ERR_NOMEM;

    *out = NULL;
    if (!c->lrow || c->nuniq >= UINT16_MAX)
        return BL_ERR_ARG;
    for (k = 0; k < c->nuniq; k++)
        total += c->toks[c->urep[k]].end - c->toks[c->urep[k]].start;
    while (cap < 2 * c->nuniq)
        cap *= 2;
    cm = calloc(1, sizeof *cm);
    if (!cm)
        return rc;
    cm->n = (uint32_t)c->nuniq;
    cm->mask = (uint32_t)(cap - 1);
    cm->bytes = malloc(total ? total : 1);
    cm->off = malloc((c->nuniq + 1) * sizeof *cm->off);
    cm->kind = malloc((c->nuniq ? c->nuniq : 1) * sizeof *cm->kind);
    cm->wi = wordinfo_alloc(c->nuniq ? c->nuniq : 1);
    cm->slot = calloc(cap, sizeof *cm->slot);
    cm->cw = malloc((c->nuniq ? c->nuniq : 1) * sizeof *cm->cw);
    if (!cm->bytes || !cm->off || !cm->kind || !cm->wi || !cm->slot || !cm->cw)
        goto out;
    total = 0;
    for (k = 0; k < c->nuniq; k++) {
        const struct bl_token *tk = &c->toks[c->urep[k]];
        uint64_t lo, hi;
        uint32_t h = tok_hash_words(c->text, tk, &lo, &hi), i = (h >> 7) & cm->mask;
        if (tk->end - tk->start > UINT8_MAX || tk->kind > UINT8_MAX) {
            rc = BL_ERR_ARG;
            goto out;
        }
        cm->off[k] = (uint32_t)total;
        memcpy(cm->bytes + total, c->text + tk->start, tk->end - tk->start);
        total += tk->end - tk->start;
        cm->kind[k] = tk->kind;
        cm->wi[k] = *c->wi[k];
        cm->wi[k].cid = (uint16_t)(k + 1);
        cm->wi[k].gs = GS_NONE; /* ner_common_pairs numbers the shapes */
        while (cm->slot[i])
            i = (i + 1) & cm->mask;
        cm->slot[i] = (h & 0xffff0000u) | (uint32_t)(k + 1);
        cm->cw[k].lo = lo;
        cm->cw[k].hi = hi;
        cm->cw[k].g1 = 0;
        cm->cw[k].len = (uint8_t)(tk->end - tk->start);
        cm->cw[k].kind = (uint8_t)tk->kind;
        cm->cw[k].lrow = c->lrow[k];
        cm->cw[k].uf = (uint16_t)word_flags(&cm->wi[k], tk->kind,
                                            tk->kind == BL_TOK_WORD && !c->lrow[k]);
        cm->cw[k].gs = GS_NONE;
    }
    cm->off[c->nuniq] = (uint32_t)total;
    *out = cm;
    cm = NULL;
    rc = BL_OK;
out:
    ner_common_free(cm);
    return rc;
}

/* The number of short shape sh among cm's common shapes, or GS_NONE. */
static inline uint16_t gshape_find(const struct ner_common *cm, uint64_t sh)
{
    uint32_t h = (uint32_t)(sh ^ sh >> 29) & (GS_SLOTS - 1);
    while (cm->gsval[h]) {
        if (cm->gskey[h] == sh)
            return (uint16_t)(cm->gsval[h] - 1);
        h = (h + 1) & (GS_SLOTS - 1);
    }
    return GS_NONE;
}

/* Adds short shape sh to cm's common shapes unless it is there or they are
 * full. */
static void gshape_add(struct ner_common *cm, uint64_t sh)
{
    uint32_t h = (uint32_t)(sh ^ sh >> 29) & (GS_SLOTS - 1);
    while (cm->gsval[h]) {
        if (cm->gskey[h] == sh)
            return;
        h = (h + 1) & (GS_SLOTS - 1);
    }
    if (cm->ngs >= GS_MAX)
        return;
    cm->gskey[h] = sh;
    cm->gsval[h] = (uint8_t)++cm->ngs;
}

/* Slots of prow_add's table: more than its rows (at most UINT16_MAX). */
#define PSLOTS (1u << 17)

/* The number of row r in cm->prow (*n rows, cap allocated, doubled as
 * needed), appending it when it is not there; slot (PSLOTS, zeroed at
 * first) finds the rows by content: row number, 0 empty. 0 (the zero row)
 * when r is all zero, UINT32_MAX when memory ran out or there are too many
 * for 16 bits. */
static uint32_t prow_add(struct ner_common *cm, uint32_t *n, uint32_t *cap, uint32_t *slot,
                         struct ner_row r)
{
    const ner_v4i z = {0, 0, 0, 0};
    uint64_t h = 0x9E3779B97F4A7C15ull;
    uint32_t i;
    int c;
    if (!__builtin_memcmp(&r.lo, &z, sizeof z) && !__builtin_memcmp(&r.hi, &z, sizeof z))
        return 0;
    for (c = 0; c < 4; c++) {
        h = (h ^ (uint32_t)r.lo[c]) * 0xff51afd7ed558ccdull;
        h = (h ^ (uint32_t)r.hi[c]) * 0xc4ceb9fe1a85ec53ull;
    }
    for (i = (uint32_t)(h >> 32) & (PSLOTS - 1); slot[i]; i = (i + 1) & (PSLOTS - 1)) {
        const struct ner_row *y = &cm->prow[slot[i]];
        if (!__builtin_memcmp(&y->lo, &r.lo, sizeof r.lo) &&
            !__builtin_memcmp(&y->hi, &r.hi, sizeof r.hi))
            return slot[i];
    }
    if (*n >= UINT16_MAX)
        return UINT32_MAX;
    if (*n == *cap) {
        struct ner_row *p = realloc(cm->prow, 2 * *cap * sizeof *p);
        if (!p)
            return UINT32_MAX;
        cm->prow = p;
        *cap *= 2;
    }
    cm->prow[*n] = r;
    slot[i] = *n;
    return (*n)++;
}

int ner_common_pairs(struct ner_common *cm, const struct ner_table *tab)
{
    /* shapes frequent in news besides those of the common words: numbers,
     * abbreviations, hyphenated and inner-capital words */
    static const char extra[] = "2024 3.5 10,000 1990s 9am U.S. e-mail Jean-Luc McDonald";
    const struct ner_row zero = {{0, 0, 0, 0}, {0, 0, 0, 0}};
    uint64_t shapes[GS_MAX];
    uint32_t k, g, nrow = 1, cap = 1024, i = 0, *pslot = NULL;
    int rc = BL_ERR_NOMEM;

    for (k = 0; k < cm->n; k++)
        gshape_add(cm, cm->wi[k].sshape);
    while (extra[i]) {
        struct bl_token tk = {0, 0, BL_TOK_WORD, 0};
        struct wordinfo w;
        tk.start = i;
        while (extra[i] && extra[i] != ' ')
            i++;
        tk.end = i;
        word_info(extra, &tk, &w);
        gshape_add(cm, w.sshape);
        while (extra[i] == ' ')
            i++;
    }
    for (g = 0; g < GS_SLOTS; g++)
        if (cm->gsval[g])
            shapes[cm->gsval[g] - 1] = cm->gskey[g];
    for (k = 0; k < cm->n; k++)
        cm->cw[k].gs = cm->wi[k].gs = gshape_find(cm, cm->wi[k].sshape);
    cm->prow = malloc(cap * sizeof *cm->prow);
    cm->lsh = malloc((size_t)cm->n * cm->ngs * sizeof *cm->lsh);
    cm->shr = malloc((size_t)cm->n * cm->ngs * sizeof *cm->shr);
    pslot = calloc(PSLOTS, sizeof *pslot);
    if (!cm->prow || !cm->lsh || !cm->shr || !pslot)
        goto out;
    cm->prow[0] = zero;
    for (g = 0; g < cm->ngs; g++) {
        for (k = 0; k < cm->n; k++) {
            const struct wordinfo *w = &cm->wi[k];
            struct ner_row l = zero, r = zero;
            const struct ner_row *x;
            uint32_t li = 0, ri = 0;
            bool hl = false, hr = false;
            /* as token_feats makes them; most pairs have none of the three
             * features (97% of l, 99% of r), and their row is the zero one,
             * prow[0], without asking prow_add */
            if ((x = ner_probe(tab, top64(w->m_lm1sh + shapes[g]))) != NULL) {
                ner_row_add(&l, x);
                hl = true;
            }
            if ((x = ner_probe(tab, top64(w->m_sfx + shapes[g]))) != NULL) {
                ner_row_add(&l, x);
                hl = true;
            }
            if ((x = ner_probe(tab, top64(m1(F_SH_LP1, shapes[g]) + w->hl))) != NULL) {
                ner_row_add(&r, x);
                hr = true;
            }
            if (hl)
                li = prow_add(cm, &nrow, &cap, pslot, l);
            if (hr)
                ri = prow_add(cm, &nrow, &cap, pslot, r);
            if (li == UINT32_MAX || ri == UINT32_MAX)
                goto out;
            cm->lsh[g * cm->n + k] = (uint16_t)li;
            cm->shr[g * cm->n + k] = (uint16_t)ri;
        }
    }
    rc = BL_OK;
out:
    free(pslot);
    if (rc != BL_OK) {
        free(cm->lsh);
        free(cm->shr);
        free(cm->prow);
        cm->lsh = cm->shr = NULL;
        cm->prow = NULL;
        for (k = 0; k < cm->n; k++)
            cm->cw[k].gs = cm->wi[k].gs = GS_NONE;
    }
    return rc;
}

void ner_common_bind(struct ner_common *cm, const bl_gazetteer *gz)
{
    uint32_t k;

    for (k = 0; k < cm->n; k++)
        cm->cw[k].g1 = gz && cm->kind[k] == BL_TOK_WORD
                           ? (uint16_t)bl_gazetteer_classes(gz, cm->bytes + cm->off[k],
                                                            cm->off[k + 1] - cm->off[k])
                           : 0;
}

/* 1 + the common word that token tk (tok_hash h, tok_words lo and hi) is,
 * or 0. h is made of the length, kind, lo and hi (and for more than 16
 * bytes the middle ones, which same_bytes compares): those decide. */
static uint32_t common_find(const struct ner_common *cm, uint32_t h, uint64_t lo, uint64_t hi,
                            const char *text, const struct bl_token *tk)
{
    uint32_t i = (h >> 7) & cm->mask, n = tk->end - tk->start;
    for (;; i = (i + 1) & cm->mask) {
        const struct cword *w;
        uint32_t e = cm->slot[i], k;
        if (!e)
            return 0;
        if ((e ^ h) >> 16)
            continue;
        k = (e & 0xffffu) - 1u;
        w = &cm->cw[k];
        if (w->len != n || w->kind != tk->kind || w->lo != lo || w->hi != hi)
            continue;
        /* up to 16 bytes, lo and hi hold them all */
        if (n <= 16 || same_bytes((const unsigned char *)cm->bytes + cm->off[k],
                                  (const unsigned char *)text + tk->start, n))
            return k + 1;
    }
}

/* The number of short shape sh in the document (see struct shape3): open
 * addressing over cap slots (val 0 empty), which never fill past SID_MAX. */
static uint32_t shape_number(uint64_t *key, uint16_t *val, size_t cap, uint32_t *n, uint64_t sh)
{
    size_t h = (size_t)(sh ^ sh >> 31) & (cap - 1);
    while (val[h]) {
        if (key[h] == sh)
            return val[h];
        h = (h + 1) & (cap - 1);
    }
    if (*n >= SID_MAX)
        return SID_NONE;
    key[h] = sh;
    ++*n;
    val[h] = (uint16_t)*n;
    return *n;
}

/* sum_one's cache of the sums of a token's own gazetteer features (gz_self)
 * when it is in no phrase of the gazetteer (gb and gi 0): they depend on
 * its classes g1 and case bits alone, key g1 | capbit << 16 | 1 << 31 (0:
 * empty). A document has few combinations. */
#define GZC_LOG 6
struct gzslot {
    struct ner_row row;
    uint32_t key;
};

/* ner_ctx_sum's work on a sentence once the words and the doc_case marks
 * are known: each token's flags, then stat[i] = the sum of the rows of its
 * static features. What the out-of-line parts of that work share. */
struct sum_env {
    struct ner_ctx *c;
    const struct bl_sentence *s;
    const struct wordinfo *const *wp;
    const uint16_t *g1, *gb, *gi;
    const uint8_t *mark;
    const struct ner_table *tab;
    struct shape3 *s3;
    struct ner_row *stat;
    int gz_on;
    struct runc *run; /* sum_run's */
    struct ner_row base; /* what every token has: NER_S_GZ0's row with gz_on, else zero */
    /* the neighbours before a sentence's first token and after its last,
     * as sum_inner reads them (edge_init) */
    struct wordinfo bos, eos;
    struct gzslot *gzc; /* 1 << GZC_LOG, zeroed */
};

/* What sum_inner reads of a missing neighbour: the values token_feats
 * gives it (H_BOS, H_EOS), and no common word. */
static void edge_init(struct wordinfo *w, uint64_t h)
{
    memset(w, 0, sizeof *w);
    w->hl = h;
    w->sshape = h;
    w->m_bil = m1(F_BIL, h);
    w->m_lm1sh = m1(F_LM1_SH, h);
    w->m_lm1lp1 = m1(F_LM1_LP1, h);
}

/* Token i's sum by token_feats: the edges of a sentence, the tokens of a
 * headline or with the case features or a kind not their word's, and every
 * token when the table has no common words (sum_inner takes the rest). */
static __attribute__((noinline)) struct ner_row sum_token(const struct sum_env *e, size_t i)
{
    struct sink k = {1, NULL, e->tab, {{0, 0, 0, 0}, {0, 0, 0, 0}}, e->s3};
    token_feats(e->c, e->s, i, e->wp, e->g1, e->gb, e->gi, e->gz_on, 1, &k);
    return k.acc;
}

/* The out-of-line parts of sum_inner's token i, each as token_feats
 * makes them for a token with both neighbours in a mixed-case sentence:
 * an unknown word's features, */
static __attribute__((noinline)) struct ner_row
sum_rare(const struct sum_env *e, const struct wordinfo *w, uint64_t lm1, uint64_t lp1,
         uint64_t pos)
{
    struct sink k = {1, NULL, e->tab, {{0, 0, 0, 0}, {0, 0, 0, 0}}, NULL};
    rare_feats(w, lm1, lp1, 0, pos, &k);
    return k.acc;
}

/* F_SH3 and F_POS when the cache lacks them (kept there when key is not 0), */
static __attribute__((noinline)) struct ner_row
sum_shape3(const struct sum_env *e, uint64_t sm1, uint64_t ss, uint64_t sp1, uint64_t pos,
           uint32_t key, uint32_t slot)
{
    struct sink k = {1, NULL, e->tab, {{0, 0, 0, 0}, {0, 0, 0, 0}}, NULL};
    shape_pos_feats(e->c, sm1, ss, sp1, pos, &k);
    if (key) {
        e->s3->key[slot] = key;
        e->s3->row[slot] = k.acc;
    }
    return k.acc;
}

/* the run of capitalised words, */
static __attribute__((noinline)) struct ner_row sum_run(const struct sum_env *e, size_t i)
{
    struct sink k = {1, NULL, e->tab, {{0, 0, 0, 0}, {0, 0, 0, 0}}, NULL};
    run_feats(e->c, e->s->tok_start, e->s->tok_end, i, e->wp, e->g1, e->gz_on, e->run, &k);
    return k.acc;
}

/* and the gazetteer's class bits of the token itself (gz_bits' first four
 * kinds of feature). */
static __attribute__((noinline)) struct ner_row sum_gz(const struct sum_env *e, size_t i)
{
    struct sink k = {1, NULL, e->tab, {{0, 0, 0, 0}, {0, 0, 0, 0}}, NULL};
    gz_self(i, e->g1, e->gb, e->gi, (unsigned)e->wp[i]->cap, &k);
    return k.acc;
}

static inline void add_hit(struct ner_row *acc, const struct ner_table *tab, uint64_t h)
{
    const struct ner_row *w = ner_probe(tab, h);
    if (w)
        ner_row_add(acc, w);
}

/* stat[i] for token i of sentence e->s (first: i is its first token, last:
 * its last), with the table's common words (tab->common not NULL). A token
 * of a mixed-case sentence with its word's kind (most tokens) has its
 * features summed here as token_feats would sum them, a missing neighbour
 * read from e->bos or e->eos and the features few tokens have out of line;
 * the others go to token_feats itself. first
 * and last are constants at each use, so that the tests for the edges go. */
static inline __attribute__((always_inline)) void sum_one(const struct sum_env *e, size_t i,
                                                          int first, int last)
{
    struct ner_ctx *c = e->c;
    const struct ner_table *tab = e->tab;
    const struct ner_common *cm = tab->common;
    const struct wordinfo *const *wp = e->wp;
    const uint16_t *sid = e->s3->tsid, *g1 = e->g1, *gb = e->gb, *gi = e->gi;
    const size_t a = e->s->tok_start;
    const uint32_t flags = doc_flags(c->ti[i].flags, e->mark[c->uid[i]]);
    const struct wordinfo *w = wp[i], *p, *nx;
    struct ner_row acc;
    uint32_t key, slot;
    uint64_t pos;

    c->ti[i].flags = flags;
    if ((flags & NER_TI_SENTCAPS) || kind_flags(&c->toks[i]) != w->kf) {
        e->stat[i] = sum_token(e, i);
        return;
    }
    p = first ? &e->bos : wp[i - 1];
    nx = last ? &e->eos : wp[i + 1];
    pos = first ? 1 : i == a + 1 ? 2 : last ? 3 : 0; /* 1 first, 2 second, 3 last */
    acc = e->base;
    if (!(flags & NER_TI_RARE)) {
        add_hit(&acc, tab, top64(p->m_bil + w->hl));
        add_hit(&acc, tab, top64(w->m_bir + nx->hl));
    } else {
        struct ner_row r = sum_rare(e, w, p->hl, nx->hl, pos);
        ner_row_add(&acc, &r);
    }
    key = shape3_key(first ? SID_EDGE : sid[i - 1], sid[i], last ? SID_EDGE : sid[i + 1],
                     (unsigned)pos);
    slot = (key * 0x9E3779B1u) >> e->s3->shift;
    if (key && e->s3->key[slot] == key) {
        ner_row_add(&acc, &e->s3->row[slot]);
    } else {
        struct ner_row r = sum_shape3(e, p->sshape, w->sshape, nx->sshape, pos, key, slot);
        ner_row_add(&acc, &r);
    }
    if (nx->cid && w->gs != GS_NONE)
        ner_row_add(&acc, &cm->prow[cm->shr[w->gs * cm->n + nx->cid - 1u]]);
    else
        add_hit(&acc, tab, top64(w->m_shlp1 + nx->hl));
    if (p->cid && w->gs != GS_NONE) {
        ner_row_add(&acc, &cm->prow[cm->lsh[w->gs * cm->n + p->cid - 1u]]);
    } else {
        add_hit(&acc, tab, top64(p->m_lm1sh + w->sshape));
        if (!first) /* the first token has no F_SFX_M1 */
            add_hit(&acc, tab, top64(p->m_sfx + w->sshape));
    }
    add_hit(&acc, tab, top64(p->m_lm1lp1 + nx->hl));
    /* case_feats of a token outside a sentence in capitals: the
     * document-case features (a sentence's first word, say, that is lower
     * case elsewhere) */
    if (flags & (NER_TI_LCDOC | NER_TI_CAPDOC)) {
        const uint64_t fs = (uint64_t)(flags & (NER_TI_FIRST | NER_TI_SENTCAPS));
        if (flags & NER_TI_LCDOC)
            add_hit(&acc, tab, f2(F_LCDOC, fs, w->sshape));
        if (flags & NER_TI_CAPDOC)
            add_hit(&acc, tab, f2(F_CAPDOC, fs, w->sshape));
    }
    if (capword(c, i) || (!first && !last && (capword(c, i - 1) || capword(c, i + 1)) &&
                          particle(c, i))) { /* in_run */
        struct ner_row r = sum_run(e, i);
        ner_row_add(&acc, &r);
    }
    if (e->gz_on) {
        /* gz_bits: the token's own classes out of line, its neighbours'
         * here */
        unsigned m = first ? 0u : g1[i - 1] | gi[i - 1] | gb[i - 1];
        unsigned n = last ? 0u : g1[i + 1] | gb[i + 1];
        if (gb[i] | gi[i]) {
            struct ner_row r = sum_gz(e, i);
            ner_row_add(&acc, &r);
        } else if (g1[i]) {
            const uint32_t gkey = g1[i] | (uint32_t)w->cap << 16 | 1u << 31;
            struct gzslot *z = &e->gzc[(gkey * 0x9E3779B1u) >> (32 - GZC_LOG)];
            if (z->key != gkey) {
                z->row = sum_gz(e, i);
                z->key = gkey;
            }
            ner_row_add(&acc, &z->row);
        }
        while (m) {
            ner_row_add(&acc,
                        &tab->small[NER_S_GZM1 + (unsigned)__builtin_ctz(m) * 4 + (unsigned)w->cap]);
            m &= m - 1;
        }
        while (n) {
            ner_row_add(&acc,
                        &tab->small[NER_S_GZP1 + (unsigned)__builtin_ctz(n) * 4 + (unsigned)w->cap]);
            n &= n - 1;
        }
    }
    e->stat[i] = acc;
}

/* sum_one over sentence e->s; a headline's tokens all by token_feats. */
static __attribute__((noinline)) void sum_inner(const struct sum_env *e)
{
    const size_t a = e->s->tok_start, b = e->s->tok_end;
    size_t i;

    if (e->s->flags & BL_SF_HEADLINE) {
        for (i = a; i < b; i++) {
            e->c->ti[i].flags = doc_flags(e->c->ti[i].flags, e->mark[e->c->uid[i]]);
            e->stat[i] = sum_token(e, i);
        }
        return;
    }
    if (b - a == 1) {
        sum_one(e, a, 1, 1);
        return;
    }
    sum_one(e, a, 1, 0);
    for (i = a + 1; i + 1 < b; i++)
        sum_one(e, i, 0, 0);
    sum_one(e, b - 1, 0, 1);
}

/* The same for a table without common words (only while they are made, at
 * load): every token by token_feats. */
static __attribute__((noinline)) void sum_plain(const struct sum_env *e)
{
    size_t i;
    for (i = e->s->tok_start; i < e->s->tok_end; i++) {
        e->c->ti[i].flags = doc_flags(e->c->ti[i].flags, e->mark[e->c->uid[i]]);
        e->stat[i] = sum_token(e, i);
    }
}

/* ner_ctx_init_ex, or with tab set ner_ctx_sum. */
static int ctx_build(struct ner_ctx *c, const char *text, const struct bl_token *toks, size_t ntoks,
                     const struct bl_sentence *sents, size_t nsents, const bl_gazetteer *gz,
                     const struct ner_hooks *hk, const struct ner_table *tab, struct ner_row *stat)
{
    static const struct ner_hooks none = {NULL, NULL, NULL, NULL, 0};
    static const struct ner_hooks summing = {NULL, NULL, NULL, NULL, 1};
    static const struct wordinfo nowi; /* for tokens outside every sentence */
    const size_t n1 = ntoks ? ntoks : 1;
    const struct wordinfo **wi;        /* per word id: c->wi */
    struct wordinfo *ws;               /* c->wstore */
    const struct wordinfo **wp = NULL; /* per token: its word's */
    uint16_t *g = NULL, *ug1 = NULL, small[NER_MAX_STATIC];
    uint32_t *itab = NULL, u;
    struct wkey *wk = NULL;       /* by word id */
    uint8_t *urare, *mark = NULL; /* by word id: doc_case's */
    uint16_t *uf = NULL;          /* by word id: word_flags */
    size_t si, cap, icap = 16, used = 0, next = 0, i, scap = 16;
    struct shape3 s3 = {NULL, NULL, 0, NULL};
    uint16_t *tsid;
    struct sum_env env; /* with tab: for sum_inner */
    struct runc run = {0, 0, 0, 0};
    struct gzslot gzc[1u << GZC_LOG];
    uint64_t *skey = NULL;
    uint16_t *sval = NULL, *usid = NULL; /* by word id: its short shape's number */
    uint32_t nsid = 0;
    /* by common shape (struct cword's gs): its number in the document
     * (shape_number's), 0 until asked */
    uint16_t gsid[GS_MAX] = {0};
    unsigned s3log = 4;
    void *scratch = NULL; /* the block of wp, itab, wk ... */
    const struct ner_common *cm = tab ? tab->common : NULL;
    struct ner_tokinfo *ti;
    uint32_t *uid, *urep;
    const struct ner_row **lrow;
    uint16_t *ucommon;
    size_t nuniq;
    int grouped, rc = BL_ERR_NOMEM;

    if (!hk)
        hk = tab ? &summing : &none;
    grouped = hk->grouped;
    memset(c, 0, sizeof *c);
    c->text = text;
    c->toks = toks;
    c->ntoks = ntoks;
    c->sents = sents;
    c->nsents = nsents;
    for (i = 0; i < 4; i++)
        c->pos_mix[i] = m1(F_POS, i);
    /* ti, wp and uid are filled sentence by sentence (tokens between
     * sentences are set there); with a token hook, one token's features at
     * a time and no offsets. wi is as long as it might need to be, but only
     * the first nuniq entries are touched. */
    /* a slot per token at most, and one free at least: news has far fewer
     * distinct words than tokens, so the table is rarely half full. A text
     * of nothing but distinct words can fill it all but one slot, and
     * probes get longer (measured: about a third more time for the whole
     * pipeline at 131,071 such tokens), but every probe ends at a free
     * slot. */
    while (icap <= ntoks)
        icap *= 2;
    if (tab) {
        while (scap < 2 * ntoks && scap < SHAPE_CAP)
            scap *= 2;
        while ((1u << s3log) < ntoks && s3log < S3_MAX_LOG)
            s3log++;
    }
    {
        /* The arrays that live as long as c go in one block (c->blk), and
         * those that live only here in another: two allocations instead of
         * some twenty a document (uid and g1 apart, which the caller may
         * take). Only itab, mark, sval and s3.key need zeroing. */
        const size_t ns3 = tab ? (size_t)1 << s3log : 0, nt = tab ? n1 : 0;
        size_t o = 0, o_ti, o_urep, o_wi, o_ws, o_urare, o_lrow, o_uc;
        size_t x = 0, x_wp, x_itab, x_wk, x_ug1, x_mark, x_uf, x_skey, x_sval, x_s3k, x_s3r,
               x_tsid, x_usid;
        unsigned char *cb, *xb;
        o_ti = ner_blk_add(&o, n1 * sizeof *c->ti);
        o_urep = ner_blk_add(&o, n1 * sizeof *c->urep);
        o_wi = ner_blk_add(&o, n1 * sizeof *wi);
        o_urare = ner_blk_add(&o, n1);
        o_lrow = ner_blk_add(&o, nt * sizeof *c->lrow);
        o_uc = ner_blk_add(&o, nt * sizeof *c->ucommon);
        o_ws = ner_blk_add(&o, n1 * sizeof *ws); /* last: most documents use its start alone */
        x_wp = ner_blk_add(&x, n1 * sizeof *wp);
        x_itab = ner_blk_add(&x, icap * sizeof *itab);
        x_wk = ner_blk_add(&x, n1 * sizeof *wk);
        x_ug1 = ner_blk_add(&x, n1 * sizeof *ug1);
        x_mark = ner_blk_add(&x, n1);
        x_uf = ner_blk_add(&x, n1 * sizeof *uf);
        x_skey = ner_blk_add(&x, (tab ? scap : 0) * sizeof *skey);
        x_sval = ner_blk_add(&x, (tab ? scap : 0) * sizeof *sval);
        x_s3k = ner_blk_add(&x, ns3 * sizeof *s3.key);
        x_tsid = ner_blk_add(&x, nt * sizeof *s3.tsid);
        x_usid = ner_blk_add(&x, nt * sizeof *usid);
        x_s3r = ner_blk_add(&x, ns3 * sizeof *s3.row);
        cb = c->blk = aligned_alloc(NER_BLK_ALIGN, ner_blk_round(o));
        xb = scratch = aligned_alloc(NER_BLK_ALIGN, ner_blk_round(x));
        if (!cb || !xb)
            goto out;
        ws = c->wstore = (struct wordinfo *)(void *)(cb + o_ws);
        c->ti = (struct ner_tokinfo *)(void *)(cb + o_ti);
        c->urep = (uint32_t *)(void *)(cb + o_urep);
        wi = c->wi = (const struct wordinfo **)(void *)(cb + o_wi);
        urare = c->urare = cb + o_urare;
        c->lrow = tab ? (const struct ner_row **)(void *)(cb + o_lrow) : NULL;
        c->ucommon = tab ? (uint16_t *)(void *)(cb + o_uc) : NULL;
        wp = (const struct wordinfo **)(void *)(xb + x_wp);
        itab = (uint32_t *)(void *)(xb + x_itab);
        memset(itab, 0, icap * sizeof *itab);
        wk = (struct wkey *)(void *)(xb + x_wk);
        ug1 = (uint16_t *)(void *)(xb + x_ug1);
        mark = xb + x_mark;
        memset(mark, 0, n1);
        uf = (uint16_t *)(void *)(xb + x_uf);
        if (tab) {
            skey = (uint64_t *)(void *)(xb + x_skey);
            sval = (uint16_t *)(void *)(xb + x_sval);
            memset(sval, 0, scap * sizeof *sval);
            s3.key = (uint32_t *)(void *)(xb + x_s3k);
            memset(s3.key, 0, ns3 * sizeof *s3.key);
            s3.row = (struct ner_row *)(void *)(xb + x_s3r);
            s3.shift = 32 - s3log;
            s3.tsid = (uint16_t *)(void *)(xb + x_tsid);
            usid = (uint16_t *)(void *)(xb + x_usid);
        }
    }
    c->foff = hk->token || tab ? NULL : calloc(ntoks + 1, sizeof *c->foff);
    c->uid = malloc(n1 * sizeof *c->uid);
    /* g1, gb, gi: each token's g1 set as its sentence is reached, gb and
     * gi by gaz_sentence */
    g = malloc(3 * n1 * sizeof *g);
    if (g)
        memset(g + ntoks, 0, 2 * ntoks * sizeof *g);
    /* feature lists: none when summing */
    cap = (hk->token || tab ? 0 : ntoks * 56) + NER_MAX_STATIC;
    c->feats = tab ? NULL : malloc(cap * sizeof *c->feats);
    if ((!hk->token && !tab && !c->foff) || !c->uid || !g || (!tab && !c->feats))
        goto out;
    ti = c->ti;
    uid = c->uid;
    urep = c->urep;
    lrow = c->lrow;
    ucommon = c->ucommon;

    for (si = 0; si <= nsents; si++) {
        const struct bl_sentence *s = si < nsents ? &sents[si] : NULL;
        size_t a = s ? s->tok_start : ntoks, b;
        unsigned letters = 0, notcaps = 0;
        int allcaps;
        c->nloose += a - next;
        for (i = next; i < a; i++) {
            wp[i] = &nowi;
            g[i] = 0;
            memset(&c->ti[i], 0, sizeof c->ti[i]);
            c->uid[i] = UINT32_MAX;
        }
        if (!s)
            break;
        b = next = s->tok_end;
        /* the word ids, then what each token takes from its word (c's
         * arrays and count in locals: a store through wi or urare might
         * be any of them, as far as the compiler can tell) */
        nuniq = c->nuniq;
        for (i = a; i < b; i++) {
            const struct bl_token *tk = &toks[i];
            uint64_t lo, hi;
            uint32_t h = tok_hash_words(text, tk, &lo, &hi), slot = h & (uint32_t)(icap - 1);
            /* everything about the word's own text comes from its first
             * occurrence: the same word when the kind, length and bytes
             * agree (all of them in lo and hi up to 16 bytes) */
            while (itab[slot]) {
                const struct wkey *e = &wk[itab[slot] - 1];
                if (e->hash == h && e->lo == lo && e->hi == hi && e->n == tk->end - tk->start &&
                    e->kind == tk->kind &&
                    (e->n <= 16 || same_tok(text, tk, &toks[urep[itab[slot] - 1]])))
                    break;
                slot = (slot + 1) & (uint32_t)(icap - 1);
            }
            if (itab[slot]) {
                u = itab[slot] - 1;
            } else {
                uint32_t cw; /* 1 + its common word */
                u = (uint32_t)nuniq++;
                itab[slot] = u + 1;
                wk[u].hash = h;
                wk[u].lo = lo;
                wk[u].hi = hi;
                wk[u].n = tk->end - tk->start;
                wk[u].kind = tk->kind;
                urep[u] = (uint32_t)i;
                if (cm && (cw = common_find(cm, h, lo, hi, text, tk)) != 0) {
                    /* read where it is: a common word's wordinfo is the
                     * table's, the same in every document. What this loop
                     * asks of the word is in the record common_find has
                     * just read, not in the wordinfo a line further on
                     * (its short shape only for the first word of each
                     * common shape): two dependent loads, not three */
                    const struct cword *r = &cm->cw[cw - 1];
                    wi[u] = &cm->wi[cw - 1];
                    lrow[u] = r->lrow;
                    ucommon[u] = (uint16_t)cw;
                    urare[u] = tk->kind == BL_TOK_WORD && !r->lrow;
                    if (r->gs == GS_NONE) {
                        usid[u] = (uint16_t)shape_number(skey, sval, scap, &nsid, wi[u]->sshape);
                    } else {
                        if (!gsid[r->gs])
                            gsid[r->gs] =
                                (uint16_t)shape_number(skey, sval, scap, &nsid, wi[u]->sshape);
                        usid[u] = gsid[r->gs];
                    }
                    if (gz && gz == tab->common_gz)
                        ug1[u] = r->g1; /* asked at load */
                    else
                        ug1[u] = gz && is_word(tk) ? (uint16_t)bl_gazetteer_classes(
                                                         gz, text + tk->start, tk->end - tk->start)
                                                   : 0;
                    uf[u] = r->uf;
                } else {
                    if (tab) {
                        word_info(text, tk, &ws[u]);
                        lrow[u] = ner_probe(tab, ner_vocab_key(ws[u].hl));
                        ws[u].cid = 0;
                        ws[u].gs = cm && cm->lsh ? gshape_find(cm, ws[u].sshape) : GS_NONE;
                        wi[u] = &ws[u];
                        ucommon[u] = 0;
                        usid[u] = (uint16_t)shape_number(skey, sval, scap, &nsid, ws[u].sshape);
                        urare[u] = tk->kind == BL_TOK_WORD && !lrow[u];
                    } else {
                        word_info(text, tk, &ws[u]);
                        ws[u].cid = 0;
                        ws[u].gs = GS_NONE;
                        wi[u] = &ws[u];
                        urare[u] = hk->known && tk->kind == BL_TOK_WORD &&
                                   !hk->known(hk->known_arg, ws[u].hl);
                    }
                    ug1[u] = gz && is_word(tk) ? (uint16_t)bl_gazetteer_classes(
                                                     gz, text + tk->start, tk->end - tk->start)
                                               : 0;
                    uf[u] = (uint16_t)word_flags(wi[u], tk->kind, urare[u]);
                }
            }
            uid[i] = u;
            letters += (uf[u] & UF_MULTI) != 0;
            notcaps |= uf[u];
        }
        c->nuniq = nuniq;
        /* a headline: at least two words of two or more letters, all in
         * capitals */
        allcaps = letters >= 2 && !(notcaps & UF_NOTCAPS);
        tsid = s3.tsid; /* not reloaded for each token */
        for (i = a; i < b; i++) {
            uint32_t uu = uid[i];
            const struct wordinfo *w = wi[uu];
            unsigned f = uf[uu];
            wp[i] = w;
            if (tab)
                tsid[i] = usid[uu];
            g[i] = ug1[uu];
            ti[i].hl = w->hl;
            ti[i].shape = w->sshape;
            ti[i].flags =
                (f & UF_TI) | (allcaps ? NER_TI_SENTCAPS : 0) | (i == a ? NER_TI_FIRST : 0);
            /* doc_case's bit 2: capitalised inside a mixed-case sentence */
            if ((f & UF_MARK2) && i != a && !allcaps)
                mark[uu] |= 2;
        }
        if (gz)
            gaz_sentence(c, gz, a, b, wp, g, g + ntoks, g + 2 * ntoks);
    }
    if (doc_case(c, mark, uf) != BL_OK)
        goto out;
    if (tab) {
        env.c = c;
        env.wp = wp;
        env.g1 = g;
        env.gb = g + ntoks;
        env.gi = g + 2 * ntoks;
        env.mark = mark;
        env.tab = tab;
        env.s3 = &s3;
        env.stat = stat;
        env.gz_on = gz != NULL;
        env.run = &run;
        env.gzc = gzc;
        memset(gzc, 0, sizeof gzc);
        memset(&env.base, 0, sizeof env.base);
        if (gz)
            env.base = tab->small[NER_S_GZ0];
        edge_init(&env.bos, H_BOS);
        edge_init(&env.eos, H_EOS);
    }
    next = 0;
    for (si = 0; si <= nsents; si++) {
        const struct bl_sentence *s = si < nsents ? &sents[si] : NULL;
        size_t a = s ? s->tok_start : ntoks;
        /* tokens outside every sentence get no features */
        for (i = next; i < a && c->foff; i++)
            c->foff[i + 1] = (uint32_t)used;
        if (!s)
            break;
        next = s->tok_end;
        if (tab) {
            env.s = s;
            if (tab->common)
                sum_inner(&env);
            else
                sum_plain(&env);
            continue;
        }
        for (i = s->tok_start; i < s->tok_end; i++) {
            c->ti[i].flags = doc_flags(c->ti[i].flags, mark[c->uid[i]]);
            if (hk->token) {
                struct ner_feats f = {c->feats, small, 0, 0};
                struct sink k = {0, &f, NULL, {{0, 0, 0, 0}, {0, 0, 0, 0}}, NULL};
                token_feats(c, s, i, wp, g, g + ntoks, g + 2 * ntoks, gz != NULL, grouped, &k);
                rc = hk->token(hk->arg, c, s, i, &f);
                if (rc != BL_OK)
                    goto out;
                rc = BL_ERR_NOMEM;
                continue;
            }
            if (used + NER_MAX_STATIC > cap) {
                void *p;
                cap = cap * 2;
                p = realloc(c->feats, cap * sizeof *c->feats);
                if (!p)
                    goto out;
                c->feats = p;
            }
            {
                struct ner_feats f = {c->feats + used, NULL, 0, 0};
                struct sink k = {0, &f, NULL, {{0, 0, 0, 0}, {0, 0, 0, 0}}, NULL};
                c->foff[i] = (uint32_t)used;
                token_feats(c, s, i, wp, g, g + ntoks, g + 2 * ntoks, gz != NULL, grouped, &k);
                used += f.nh;
                c->foff[i + 1] = (uint32_t)used;
            }
        }
    }
    /* g1 (with gb and gi after it) stays for the tagger's readers */
    c->g1 = g;
    g = NULL;
    rc = BL_OK;
out:
    free(scratch);
    free(g);
    if (rc != BL_OK)
        ner_ctx_free(c);
    return rc;
}

int ner_ctx_init_ex(struct ner_ctx *c, const char *text, const struct bl_token *toks, size_t ntoks,
                    const struct bl_sentence *sents, size_t nsents, const bl_gazetteer *gz,
                    const struct ner_hooks *hk)
{
    return ctx_build(c, text, toks, ntoks, sents, nsents, gz, hk, NULL, NULL);
}

int ner_ctx_sum(struct ner_ctx *c, const char *text, const struct bl_token *toks, size_t ntoks,
                const struct bl_sentence *sents, size_t nsents, const bl_gazetteer *gz,
                const struct ner_table *tab, struct ner_row *stat)
{
    return ctx_build(c, text, toks, ntoks, sents, nsents, gz, NULL, tab, stat);
}

/* docbits layout: bits 0-3 another occurrence was tagged type t; bits 4-7 the
 * same, counting only occurrences inside a mixed-case sentence and not first
 * in it; bit 8 other occurrences were all O; bit 9 no other occurrence;
 * bits 10-12 the majority label (1 + type, 5 = O). */
void ner_dyn_put(const struct ner_ctx *c, size_t i, size_t sent_start, const uint8_t *labels,
                 const uint32_t *docbits, int grouped, struct ner_feats *out)
{
    const struct ner_tokinfo *t = &c->ti[i];
    unsigned t1 = i > sent_start ? labels[i - 1] : NER_BOS;
    unsigned t2 = i > sent_start + 1 ? labels[i - 2] : NER_BOS;

    ner_put_small(out, NER_S_T1 + t1);
    ner_put_small(out, NER_S_T12 + t2 * 10 + t1);
    if (!grouped || t1 != 0)
        label_feats(t1, t->hl, t->shape, (t->flags & NER_TI_RARE) != 0, out);
    if (docbits && docbits[i]) {
        unsigned bits = docbits[i], b;
        for (b = 0; b < 10; b++)
            if (bits & (1u << b)) {
                ner_put_small(out, NER_S_DOC + b);
                ner_put_hash(out, f2(F_DOC_SH, b, t->shape));
            }
        ner_put_small(out, NER_S_DOCMAJ + ((bits >> 10) & 7u));
    }
}

void ner_label_sum(const struct ner_ctx *c, size_t i, unsigned t1, unsigned t2,
                   const struct ner_table *tab, struct ner_row *acc)
{
    const struct ner_tokinfo *t = &c->ti[i];
    /* ner_dyn_put's order: the label pair, then label_feats */
    ner_row_add(acc, &tab->small[NER_S_T1 + t1]);
    ner_row_add(acc, &tab->small[NER_S_T12 + t2 * 10 + t1]);
    /* f2(F_T1_L, t1, hl) and f2(F_T1_SH, t1, shape), their first steps
     * from the table */
    if (!(t->flags & NER_TI_RARE))
        add_find(acc, tab, top64(tab->t1_l[t1] + t->hl));
    add_find(acc, tab, top64(tab->t1_sh[t1] + t->shape));
}

void ner_doc_sum(const struct ner_table *tab, uint32_t bits, uint64_t shape, struct ner_row *acc)
{
    unsigned b;
    for (b = 0; b < 10; b++)
        if (bits & (1u << b)) {
            const struct ner_row *w = ner_find(tab, f2(F_DOC_SH, b, shape));
            ner_row_add(acc, &tab->small[NER_S_DOC + b]);
            if (w)
                ner_row_add(acc, w);
        }
    ner_row_add(acc, &tab->small[NER_S_DOCMAJ + ((bits >> 10) & 7u)]);
}

size_t ner_dyn_feats(const struct ner_ctx *c, size_t i, size_t sent_start, const uint8_t *labels,
                     const uint32_t *docbits, uint64_t *out)
{
    struct ner_feats f = {out, NULL, 0, 0};
    ner_dyn_put(c, i, sent_start, labels, docbits, 0, &f);
    return f.nh;
}

/* A capitalised word token (NER_TI_CAPWORD is NER_TI_CAP on a BL_TOK_WORD). */
static int doc_eligible(const struct ner_ctx *c, size_t i)
{
    return (c->ti[i].flags & NER_TI_CAPWORD) != 0;
}

/* The occurrences of one word (tokens whose lower-cased hashes agree), by
 * label: index 0 = O, 1 + type; and the docbits of its tokens by their own
 * label and whether they are inside a mixed-case sentence and not first in
 * it (bits[2 * label + mid], 0 until worked out: docbits are never 0). */
struct docent {
    uint16_t any[5], mid[5];
    uint32_t bits[10];
};

/* The docbits of a token labelled l (index as in struct docent) whose
 * word's occurrences are e. */
static uint32_t doc_summary(const struct docent *e, int l, int mid)
{
    int k, total = 0, best = -1, bestn = 0;
    uint32_t bits = 0;
    for (k = 0; k < 5; k++) {
        int na = e->any[k] - (k == l), nm = e->mid[k] - (k == l && mid);
        total += na;
        if (k > 0 && na > 0)
            bits |= 1u << (k - 1);
        if (k > 0 && nm > 0)
            bits |= 1u << (4 + k - 1);
        if (na > bestn) {
            bestn = na;
            best = k;
        }
    }
    if (total == 0)
        bits |= 1u << 9;
    else if (!(bits & 0xFu))
        bits |= 1u << 8;
    if (best >= 0)
        bits |= (unsigned)(best == 0 ? 5 : best) << 10;
    return bits;
}

int ner_doc_bits(const struct ner_ctx *c, const uint8_t *labels, uint32_t *docbits)
{
    size_t cap = 16, mask, i, si, u, ngrp = 0, nel = 0, x, ncap = 0, next = 0;
    uint32_t *grp = NULL;  /* by word id: its group */
    uint32_t *el = NULL;   /* the capitalised words, then the counted tokens, in order */
    uint32_t *set = NULL;  /* word id + 1 of a group's first word, 0 empty */
    uint32_t *sgrp = NULL; /* the group of a slot */
    struct docent *tab = NULL;
    int rc = BL_ERR_NOMEM;

    if (!c->nuniq) {
        for (i = 0; i < c->ntoks; i++)
            docbits[i] = 0;
        return BL_OK;
    }
    grp = malloc(c->nuniq * sizeof *grp);
    el = malloc((c->ntoks > c->nuniq ? c->ntoks : c->nuniq) * sizeof *el);
    if (!grp || !el)
        goto out;
    /* words whose first token is capitalised are the ones counted: a word
     * id's bytes fix its case. The table is sized to them, not to all. */
    for (u = 0; u < c->nuniq; u++) {
        grp[u] = UINT32_MAX;
        if (doc_eligible(c, c->urep[u])) /* its first token's, the word's */
            el[ncap++] = (uint32_t)u;
    }
    while (cap < 2 * ncap)
        cap *= 2;
    mask = cap - 1;
    set = calloc(cap, sizeof *set);
    sgrp = malloc(cap * sizeof *sgrp);
    tab = malloc((ncap ? ncap : 1) * sizeof *tab);
    if (!set || !sgrp || !tab)
        goto out;
    /* a word's key from its first token's ner_tokinfo (the same hl), just
     * read, not from its wordinfo: a common word's is a line of the
     * model's 1.7 MB of them, no longer cached by now */
    for (x = 0; x < ncap; x++) {
        uint64_t key;
        size_t h;
        u = el[x];
        key = c->ti[c->urep[u]].hl | 1u;
        h = (size_t)(key >> 7) & mask;
        while (set[h] && (c->ti[c->urep[set[h] - 1]].hl | 1u) != key)
            h = (h + 1) & mask;
        if (!set[h]) {
            set[h] = (uint32_t)u + 1;
            sgrp[h] = (uint32_t)ngrp;
            memset(&tab[ngrp], 0, sizeof tab[ngrp]);
            ngrp++;
        }
        grp[u] = sgrp[h];
    }
    for (si = 0; si <= c->nsents; si++) {
        size_t a = si < c->nsents ? c->sents[si].tok_start : c->ntoks;
        for (i = next; i < a; i++)
            docbits[i] = 0; /* outside every sentence */
        if (si == c->nsents)
            break;
        next = c->sents[si].tok_end;
        for (i = a; i < next; i++) {
            struct docent *e;
            int l;
            docbits[i] = 0;
            if (!doc_eligible(c, i))
                continue;
            el[nel++] = (uint32_t)i;
            l = labels[i] ? 1 + NER_TYPE(labels[i]) : 0;
            e = &tab[grp[c->uid[i]]];
            if (e->any[l] < UINT16_MAX)
                e->any[l]++;
            if (!(c->ti[i].flags & (NER_TI_SENTCAPS | NER_TI_FIRST)) && e->mid[l] < UINT16_MAX)
                e->mid[l]++;
        }
    }
    /* tokens of one word with the same label and place share their bits */
    for (x = 0; x < nel; x++) {
        struct docent *e;
        uint32_t *b;
        int l, mid;
        i = el[x];
        e = &tab[grp[c->uid[i]]];
        l = labels[i] ? 1 + NER_TYPE(labels[i]) : 0;
        mid = !(c->ti[i].flags & (NER_TI_SENTCAPS | NER_TI_FIRST));
        b = &e->bits[2 * l + mid];
        if (!*b)
            *b = doc_summary(e, l, mid);
        docbits[i] = *b;
    }
    rc = BL_OK;
out:
    free(grp);
    free(set);
    free(sgrp);
    free(tab);
    free(el);
    return rc;
}
