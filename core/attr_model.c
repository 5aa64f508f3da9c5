/* attr_model.c -- the learned attribution component: an averaged-perceptron
 * cue tagger (B/I/O over tokens) and two linear rankers, one choosing the
 * content span of each cue among rule-made candidates and one choosing the
 * source word near it. Trained on PolNeAR by tools/train_attr; adds the
 * attributions the hand-written rules of core/claims.c miss. */
#include "attr_int.h"
#include "common_words.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Open addressing on the 32-bit feature key (0 = empty), as in tagger.c. A
 * slot holds what inference reads of its row, so a feature costs one probe
 * and one add: the cue tagger decides on I - O alone (the B weights only
 * matter in training) and the rankers read the first weight. Empty slots
 * hold zeros, so a missing feature adds nothing without a branch. */
struct slot {
    uint32_t key;
    int32_t cue;  /* w[ATTR_I] - w[ATTR_O] */
    int32_t rank; /* w[0] */
};

/* The cue tagger's features whose values are few, summed at load time for
 * every combination of their values (load_cue_tables), so that a token pays
 * a few table reads for them instead of a hash and a probe each. */
#define NTC    14 /* token classes, TC_NONE .. TC_PRON */
#define TB_ENT 8  /* entity codes (1 + type) the tables cover */
#define TB_VAL 16 /* entity-or-sentinel values the tables cover */
#define TB_TAG 8  /* lexicon tags (enum bl_cue_tag) and cue lengths the tables cover */
#define KEY_NONE 32 /* cue_tables' key of no token (outside the sentence) */
struct cue_tables {
    int32_t bias, incue, prev[3], inq[2];
    int32_t sh[6][TB_ENT][2][4][2]; /* SHAPE W0SH FIRST QNEAR PRONM1: shape ent first qn pron-1 */
    /* sh plus INCUE, BIAS and PREV after an O: ... in_cue (INQ and ENTM1
     * are summed into the words' kept weights instead: see went_ei) */
    int32_t shx[6][TB_ENT][2][4][2][2];
    /* QNEAR's value from attr_cue_sentence's window of quotation marks (bit
     * k: token i - 4 + k): 1 for any of bits 5-7 (after), 2 for any of 0-3;
     * kept as its place in shx[sh][e], 4 * the value */
    uint8_t qn_of[256];
    /* FIRST and PRONM1 by the key of the token before (KEY_NONE: none),
     * as their place in shx[sh][e]: 16 * first + 2 * pron-1 */
    uint8_t fp_of[KEY_NONE + 1];
    /* PC NC NC2 by the classes before, after and two after packed as
     * pc | nc << 4 | nc2 << 8 (NTC <= 16), the window attr_cue_sentence
     * rolls along with one shift */
    int32_t cls[1 << 12];
    int32_t entm1[TB_VAL][2], entp1[TB_VAL][2];
    int32_t pos[9][9];
    /* POS by the distances themselves: pos[bucket(a)][bucket(b)] at
     * [min(a, 65)][min(b, 65)] (65 and more: bucket 8) */
    int32_t posd[66][66];
    int32_t subj[TB_VAL][8];
    /* LTAG by lexicon tag and cue length, LNEXT by tag and class after,
     * for tags and lengths below TB_TAG */
    int32_t ltag[TB_TAG][TB_TAG], lnext[TB_TAG][NTC];
    /* attr_cue_sentence's fast path reads a token's entity code and pronoun
     * flag as one key, ent | pron << 4 (below KEY_NONE there: entity codes
     * below TB_ENT, flags 0 or 1), and KEY_NONE outside the sentence: ENTP1
     * by the key of the token after; SUBJ's next index (cue_roll.subj) by
     * the current one and the key of the token passed; and went_ei's kept
     * weight (mo_ei(ek)) by the key of the token before */
    int32_t entp1k[KEY_NONE + 1];
    uint8_t subj_next[72][KEY_NONE];
    uint8_t ei_of[KEY_NONE + 1];
};

/* The same for the rankers: per content-candidate type t (NCT of them) the
 * few-valued content features summed, and the first halves of the keys whose
 * first value is t or t * 64 plus a class or bucket; per direction the
 * few-valued source features. load_rank_tables fills them. */
#define NCT    19 /* content candidate types, CT_AFTER_END .. CT_AFTER_NP */
#define TB_ACT 8  /* actor codes (1 + kind) */
enum { HC_CW, HC_CWL, HC_LEM, HC_FIRSTW, HC_ENDW, HC_ENDW2, HC_LASTW, NHC };
struct rank_tables {
    int32_t c_base[NCT][NTC][NTC]; /* TYPE NC PC NCPC: t nc pc */
    int32_t c_len[NCT][9], c_before[NCT][9], c_after[NCT][9], c_commas[NCT][9], c_ncues[NCT][9];
    int32_t c_sq[NCT][NTC][4];     /* SQ EQ: t nc sq*2+eq */
    int32_t c_inq[NCT][2][2];      /* INQ HASQ: t inq hasq */
    int32_t c_endc[NCT][NTC][NTC]; /* ENDC */
    int32_t c_firstc[NCT][NTC];    /* FIRSTC */
    uint64_t c_h[NCT][NHC];        /* first halves over t */
    uint64_t c_hcwnc[NCT][NTC], c_hlemnc[NCT][NTC], c_hcstem[NCT][NTC], c_hcwpc[NCT][NTC];
    uint64_t c_hlencw[NCT][9], c_hcommacw[NCT][9];
    /* ENDW and ENDW2 past the sentence (the value 2) */
    int32_t c_endw_none[NCT], c_endw2_none[NCT];
    int32_t s_dir[2][9];            /* DIR: dir db */
    int32_t s_ent[TB_ENT][2][2][9]; /* ENT PRON ENTDIST: ent pron dir db */
    int32_t s_shape[6][2][9];       /* SHAPE */
    int32_t s_act[TB_ACT][2][9];    /* ACTOR */
    int32_t s_punct[8][2][4];       /* PUNCT: punct dir min(db, 3) */
    int32_t s_small[2][2][2][2][2]; /* ADJ FIRST INQ POSS: dir adj first inq poss */
    int32_t s_cls[NTC][NTC][2];     /* NEXTC PREVC: next prev dir */
};

/* The key filter's size: 2^FILTER_LOG bits, of which a key sets two in one
 * 64-bit word (the shipped model's 132,000 keys: 2 bits in 5 set, and 1 key
 * in 6 that the model lacks passes). */
#define FILTER_LOG   19
#define FILTER_WORDS (1u << (FILTER_LOG - 6))

struct went;
struct bl_attr_model {
    struct slot *slots;
    /* two bits of one word per key in slots (FILTER_LOG): most lookups are
     * of keys the model lacks, and a clear bit answers them from 64 KB
     * instead of a cache line of the 12 MB slots (look). Smaller than one
     * bit per key in 256 KB: under cachegrind the bigger filter cost as many
     * misses, its own and the tagger's tables', as it saved */
    uint64_t *filter;
    struct cue_tables ct;
    struct rank_tables rt;
    /* common words with all their cue weights filled (load_common), found
     * by hw through cidx (1 + index, 0 = empty; cmask + 1 entries) */
    struct went *common;
    uint16_t *cidx;
    uint32_t ncommon, cmask;
    /* what stands for the words before a sentence's start and after its end:
     * the word hashes 1 and 2 that attr_cue_feats gives them */
    struct went *edge;
    /* the common word of each of bound's words (bl_cues_words: bound_words)
     * as 1 + its index in common, 0 when the word is none, kept by
     * bl_attr_model_bind_cues (two bytes an entry: a document's words are
     * spread over the table, which is as long as the cues' hash table) */
    const bl_cues *bound;
    const struct bl_word_facts *bound_words;
    uint16_t *cwent;
    int32_t *rk; /* the rk tables of the common cue words */
    int32_t *bk; /* the bk tables of the commonest words (load_bound_words) */
    /* LEM + LEMNC by candidate type and class after the cue, for the common
     * cue lemmas (load_lemmas): lemma hash lem_key[k] (0: none) has
     * lem_w + k * NCT * NTC, a cue of no lemma (0) lem_none */
    int32_t *lem_w;
    uint32_t lem_key[64];
    int32_t lem_none[NCT * NTC];
    /* the cue tagger's LEMMA + LEMNC of those lemmas by the class after
     * (NTC each, in lem_key's order) */
    int32_t *lem_cue;
    /* a cue score below cue_min_i leaves the token O; cue_wmax is the
     * largest cue weight of any key (at least 0, what a missing key adds):
     * a partial score below cue_min_i - cue_wmax stays O whatever one more
     * feature adds (see attr_cue_sentence's part) */
    int64_t cue_min_i, cue_part_lim; /* cue_min_i - cue_wmax */
    int32_t cue_wmax;
    uint32_t mask, nrows;
    float scale[ATTR_NHEADS];
    float cue_thr, src_thr;
    char info[ATTR_MAX_INFO + 1];
};

/* Feature templates: the cue tagger's, the content ranker's from C_TYPE and
 * the source ranker's from S_DIR (fk1 tells the heads apart by them). */
enum {
    F_BIAS = 1,
    F_W0,
    F_WM1,
    F_WP1,
    F_WM2,
    F_WP2,
    F_BI_L, /* BI_L, W0PC and STEMSUBJ: feature set 2 only, kept so that the
             * others keep their numbers */
    F_BI_R,
    F_SUF,
    F_SHAPE,
    F_LEMMA,
    F_LTAG,
    F_LNEXT,
    F_INCUE,
    F_NC,
    F_W0NC,
    F_PC,
    F_W0PC,
    F_ENTM1,
    F_ENTP1,
    F_INQ,
    F_W0INQ,
    F_FIRST,
    F_PREV,
    F_W0PREV,
    F_PRONM1,
    F_W0ENTM1,
    F_NC2,
    F_POS,
    F_LEMNC,
    F_W0SH,
    F_STEM,
    F_STEMNC,
    F_STEMM1,
    F_STEMP1,
    F_SUBJ,
    F_QNEAR,
    F_TRI,
    F_STEMSUBJ,
    /* content */
    C_TYPE = 100,
    C_CW,
    C_CWL,
    C_LEM,
    C_NC,
    C_PC,
    C_NCPC,
    C_LEN,
    C_BEFORE,
    C_AFTER,
    C_SQ,
    C_EQ,
    C_INQ,
    C_HASQ,
    C_FIRSTW,
    C_CWNC,
    C_LEMNC,
    C_CWPC,
    C_EXT,
    C_LENCW,
    C_ENDW,
    C_ENDW2,
    C_ENDC,
    C_LASTW,
    C_COMMAS,
    C_COMMACW,
    C_NCUES,
    C_CSTEM,
    C_FIRSTC,
    /* source */
    S_DIR = 200,
    S_W,
    S_WDIR,
    S_ENT,
    S_SHAPE,
    S_PRON,
    S_ACTOR,
    S_PREVW,
    S_NEXTW,
    S_CWDIR,
    S_PUNCT,
    S_ADJ,
    S_FIRST,
    S_INQ,
    S_ENTDIST,
    S_NEXTC,
    S_PREVC,
    S_CWADJ,
    S_POSS
};

/* ---- hashing ------------------------------------------------------------ */

static inline uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* The key of template tmpl over the values a, b (never 0), in two halves so
 * that the first can be kept for a word and finished for each b. The heads
 * share one table, so a key's top two bits (from KEY_HEAD_SHIFT) name its
 * template's head (cue, content, source): two heads' features never share a
 * row, in which one head would average the other's updates into its weight.
 * The first half carries the head in its own top bits, which b (32 bits)
 * leaves alone. */
#define KEY_HEAD_SHIFT 30
static inline uint64_t fk1(uint32_t tmpl, uint32_t a)
{
    uint64_t head = tmpl >= S_DIR ? ATTR_HEAD_SOURCE : tmpl >= C_TYPE ? ATTR_HEAD_CONTENT
                                                                      : ATTR_HEAD_CUE;
    uint64_t h = mix64(((uint64_t)tmpl << 32 | a) + 0x9e3779b97f4a7c15ull);
    return (h & ~(3ull << 62)) | head << 62;
}

static inline uint32_t fk2(uint64_t h, uint32_t b)
{
    uint32_t k = (uint32_t)(mix64(h ^ b) >> (64 - KEY_HEAD_SHIFT)) |
                 (uint32_t)(h >> 62) << KEY_HEAD_SHIFT;
    return k ? k : 1u;
}

static inline uint32_t fk(uint32_t tmpl, uint32_t a, uint32_t b)
{
    return fk2(fk1(tmpl, a), b);
}

/* Each byte as the word hashes see it: ASCII upper case to lower, digits
 * to '0', every other byte as it is. */
static const unsigned char hash_fold[256] = {
    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,   10,  11,  12,  13,  14,  15,  16,  17,  18,
    19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,
    38,  39,  40,  41,  42,  43,  44,  45,  46,  47,  48,  48,  48,  48,  48,  48,  48,  48,  48,
    48,  58,  59,  60,  61,  62,  63,  64,  97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107,
    108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91,  92,  93,  94,
    95,  96,  97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113,
    114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132,
    133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151,
    152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170,
    171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189,
    190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208,
    209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227,
    228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246,
    247, 248, 249, 250, 251, 252, 253, 254, 255,
};

static uint32_t word_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= hash_fold[(unsigned char)s[i]];
        h *= 16777619u;
    }
    return h ? h : 1u;
}

/* The suffix test of stem_hash: do the last m bytes of s[0..n) spell lit (lower
 * case letters) in either case? c | 0x20 equals a lower-case letter only for
 * that letter in either case, so this is strncasecmp's answer. */
static inline bool ends_ci(const char *s, size_t n, const char *lit, size_t m)
{
    for (size_t k = 0; k < m; k++)
        if (((unsigned char)s[n - m + k] | 0x20) != (unsigned char)lit[k])
            return false;
    return true;
}

/* FNV-1a from h over s[0..n), ASCII upper case folded to lower, digits to 0. */
static inline uint32_t fold_hash(const char *s, size_t n, uint32_t h)
{
    for (size_t i = 0; i < n; i++) {
        h ^= hash_fold[(unsigned char)s[i]];
        h *= 16777619u;
    }
    return h;
}

/* word_hash of s[0..n), and in *stem the hash of the lower-cased word without
 * an inflection (says, said -> say is not attempted, but shows/showed/showing
 * -> show), in one pass: the stem is a prefix, hashed on the way. */
static uint32_t word_stem_hash(const char *s, size_t n, uint32_t *stem)
{
    size_t sn = n;
    uint32_t h = 2166136261u, hs;
    if (n > 5 && ends_ci(s, n, "ing", 3))
        sn = n - 3;
    else if (n > 4 && (ends_ci(s, n, "ed", 2) || ends_ci(s, n, "es", 2)))
        sn = n - 2;
    else if (n > 3 && (s[n - 1] == 's' || s[n - 1] == 'S') && s[n - 2] != 's')
        sn = n - 1;
    h = fold_hash(s, sn, h);
    hs = h;
    h = fold_hash(s + sn, n - sn, h);
    *stem = (hs ? hs : 1u) ^ 0x5bd1e995u;
    return h ? h : 1u;
}

/* The word hashes attr_ctx_init gives a token spelt s[0..n). hsuf is
 * word_hash of the last three bytes, unrolled. */
static inline void word_keys(const char *s, size_t n, struct attr_tok *a)
{
    a->hw = word_stem_hash(s, n, &a->stem);
    if (n > 3) {
        const unsigned char *e = (const unsigned char *)s + n - 3;
        uint32_t h = (2166136261u ^ hash_fold[e[0]]) * 16777619u;
        h = (h ^ hash_fold[e[1]]) * 16777619u;
        h = (h ^ hash_fold[e[2]]) * 16777619u;
        a->hsuf = h ? h : 1u;
    } else {
        a->hsuf = a->hw;
    }
}

/* See attr_int.h. */
void attr_word_keys(const char *s, size_t n, uint32_t *hw, uint32_t *hsuf, uint32_t *stem)
{
    struct attr_tok a;
    word_keys(s, n, &a);
    *hw = a.hw;
    *hsuf = a.hsuf;
    *stem = a.stem;
}

/* ---- per-document facts ------------------------------------------------- */

/* A coarse class of token i, 0 when outside [lo, hi) (class_of). */
enum {
    TC_NONE,
    TC_THAT,
    TC_COMMA,
    TC_END,
    TC_QUOTE,
    TC_COLON,
    TC_TO,
    TC_CAP,
    TC_LOWER,
    TC_NUM,
    TC_PUNCT,
    TC_DASH,
    TC_DET,
    TC_PRON
};

static const char *const pronouns[] = {"he", "she", "they", "it", "we", "i", "you", NULL};

/* See attr_int.h. class_of and spelling_facts ask the same of a word token
 * through its hash first; the answer is that of the words themselves. */
void attr_word_facts(const char *s, size_t n, struct bl_word_facts *f)
{
    struct bl_token t = {0, (uint32_t)n, BL_TOK_WORD, 0};
    attr_word_keys(s, n, &f->hw, &f->hsuf, &f->stem);
    f->attr_pron = n <= 4 && bl_tok_in(s, &t, pronouns);
    f->attr_cls[0] = TC_LOWER;
    f->attr_cls[1] = TC_CAP; /* BL_TF_UPPER */
    if (bl_tok_is(s, &t, "that"))
        f->attr_cls[0] = f->attr_cls[1] = TC_THAT;
    else if (bl_tok_is(s, &t, "to"))
        f->attr_cls[0] = f->attr_cls[1] = TC_TO;
    else if (bl_tok_is(s, &t, "the") || bl_tok_is(s, &t, "a") || bl_tok_is(s, &t, "an"))
        f->attr_cls[0] = f->attr_cls[1] = TC_DET;
    else if (f->attr_pron)
        f->attr_cls[0] = f->attr_cls[1] = TC_PRON;
}

void attr_ctx_free(struct attr_ctx *x)
{
    free(x->tk);
    free(x->sa);
    free(x->first);
    free(x->pre);
    x->tk = NULL;
    x->sa = NULL;
    x->first = NULL;
    x->pre = NULL;
    x->nspell = 0;
    x->numbered = false;
}

/* word_hash of the words class_of and the pronoun test look for: a token
 * can only be one of them when its hash is (then bl_tok_is decides). */
enum { LIT_THAT, LIT_TO, LIT_THE, LIT_A, LIT_AN, LIT_PRON, NLIT = LIT_PRON + 7 };

static int class_of(const struct attr_ctx *x, size_t i, const struct attr_tok *a,
                    const uint32_t *lit, uint64_t litbits);

/* spelling_facts for a token that is no common word (f NULL) or no word
 * token. Out of line: most new spellings are common words, and the loop in
 * attr_ctx_init keeps fewer values for the rest. */
static __attribute__((noinline)) void
spelling_facts_other(const struct attr_ctx *x, size_t i, const uint32_t *lit, uint64_t litbits,
                     uint64_t pronbits, const struct bl_word_facts *f, struct attr_tok *a)
{
    const char *text = x->d->text;
    const struct bl_token *t = &x->d->toks[i];
    size_t n = t->end - t->start;
    if (f) {
        a->hw = f->hw;
        a->hsuf = f->hsuf;
        a->stem = f->stem;
    } else {
        word_keys(text + t->start, n, a);
    }
    if (t->kind == BL_TOK_QUOTE)
        a->shape = ATTR_SH_QUOTE;
    else if (t->kind == BL_TOK_NUMBER || (t->flags & BL_TF_DIGIT))
        a->shape = ATTR_SH_NUM;
    else if (t->kind != BL_TOK_WORD && t->kind != BL_TOK_CLITIC)
        a->shape = ATTR_SH_PUNCT;
    else if (t->flags & BL_TF_ALLCAPS)
        a->shape = ATTR_SH_CAPS;
    else if (t->flags & BL_TF_UPPER)
        a->shape = ATTR_SH_CAP;
    else
        a->shape = ATTR_SH_LOWER;
    a->pron = 0;
    if (t->kind == BL_TOK_WORD && n <= 4 && (pronbits >> (a->hw & 63) & 1))
        for (int k = LIT_PRON; k < NLIT; k++)
            if (a->hw == lit[k]) {
                a->pron = bl_tok_in(text, t, pronouns);
                break;
            }
    a->cls = (uint8_t)class_of(x, i, a, lit, litbits); /* reads hw and pron */
}

/* The facts of token i that depend on its spelling alone: word hashes,
 * shape, pronoun and coarse class. The hashes of a common word come from
 * the cue lexicon's table (f, NULL for any other word). */
static inline void spelling_facts(const struct attr_ctx *x, size_t i, const uint32_t *lit,
                                  uint64_t litbits, uint64_t pronbits,
                                  const struct bl_word_facts *f, struct attr_tok *a)
{
    const struct bl_token *t = &x->d->toks[i];
    if (f && t->kind == BL_TOK_WORD) {
        /* a common word: what the tests below would find, kept at load; a
         * word token's shape by its flags UPPER, ALLCAPS and DIGIT */
        static const uint8_t word_shape[8] = {
            ATTR_SH_LOWER, ATTR_SH_CAP, ATTR_SH_CAPS, ATTR_SH_CAPS,
            ATTR_SH_NUM,   ATTR_SH_NUM, ATTR_SH_NUM,  ATTR_SH_NUM,
        };
        _Static_assert(BL_TF_UPPER == 0x8 && BL_TF_ALLCAPS == 0x10 && BL_TF_DIGIT == 0x20,
                       "word_shape's index");
        a->hw = f->hw;
        a->hsuf = f->hsuf;
        a->stem = f->stem;
        a->shape = word_shape[(t->flags >> 3) & 7u];
        a->pron = f->attr_pron;
        a->cls = f->attr_cls[(t->flags >> 3) & 1u];
        return;
    }
    spelling_facts_other(x, i, lit, litbits, pronbits, f, a);
}

/* The first token in [lo, hi) of toks that ends after byte start, by
 * bisection (hi when none does). */
static inline size_t first_end_after(const struct bl_token *toks, size_t lo, size_t hi,
                                     size_t start)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (toks[mid].end <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The first token of toks[0, n) that ends after byte start, when every
 * token before lo ends at or before it: found on from lo by doubling steps,
 * then by bisection of the last step (n when none). Walking starts that
 * come in order, each search begins at the last answer. */
static size_t first_end_after_from(const struct bl_token *toks, size_t lo, size_t n, size_t start)
{
    size_t j = lo, step = 1;
    while (j < n && toks[j].end <= start) {
        lo = j + 1;
        j += step;
        step *= 2;
    }
    return first_end_after(toks, lo, j < n ? j : n, start);
}

int attr_ctx_init(struct attr_ctx *x, const struct bl_doc *d, const bl_cues *cues)
{
    bool inq = false;
    uint32_t lit[NLIT];
    uint64_t litbits = 0; /* bit h % 64 for the hash h of each of lit */
    uint64_t pronbits = 0; /* the same for the pronouns alone */
    size_t cue_left = 0, nw;
    uint32_t *seen = NULL;
    bool numbered;

    lit[LIT_THAT] = word_hash("that", 4);
    lit[LIT_TO] = word_hash("to", 2);
    lit[LIT_THE] = word_hash("the", 3);
    lit[LIT_A] = word_hash("a", 1);
    lit[LIT_AN] = word_hash("an", 2);
    for (int k = 0; k < 7; k++)
        lit[LIT_PRON + k] = word_hash(pronouns[k], strlen(pronouns[k]));
    for (int k = 0; k < NLIT; k++)
        litbits |= (uint64_t)1 << (lit[k] & 63);
    for (int k = LIT_PRON; k < NLIT; k++)
        pronbits |= (uint64_t)1 << (lit[k] & 63);
    x->d = d;
    x->cues = cues;
    x->first = NULL;
    x->nspell = x->nkeys = 0;
    x->numbered = false;
    x->tk = malloc((d->ntoks ? d->ntoks : 1) * sizeof *x->tk); /* every field set below */
    x->sa = calloc(d->nsents ? d->nsents : 1, sizeof *x->sa);
    x->pre = malloc(3 * (d->ntoks + 1) * sizeof *x->pre);
    x->plain = false;
    if (!x->tk || !x->sa || !x->pre)
        return BL_ERR_NOMEM;
    for (size_t s = 0; s < d->nsents; s++)
        x->sa[s] = (uint32_t)bl_claims_after_dateline(d, s);
    /* a spelling's word hashes once (the tagger's spelling numbers): seen[u]
     * is 1 + the first token spelt u; without them or memory, every token */
    if (d->tok_word && d->nwords)
        seen = calloc(d->nwords, sizeof *seen);
    nw = seen ? d->nwords : 0;
    numbered = nw > 0;
    /* (the document's arrays in locals: the loop's one-byte stores could
     * alias anything, which would have each re-read from d every token) */
    const struct bl_token *toks = d->toks;
    const uint32_t *tok_word = d->tok_word;
    struct attr_tok *tk = x->tk;
    /* the quotes stage's cue index when it is of these cues (what
     * bl_cues_at reads), else each word is matched */
    const struct bl_cue *const *cue_at = d->cue_at && d->cue_src == cues ? d->cue_at : NULL;
    /* and its common words' facts (which hold the word hashes) */
    const struct bl_word_facts *const *facts = cue_at && nw ? d->spell_facts : NULL;
    /* the counts before each token (x->pre) */
    uint32_t *qpre = x->pre, *cpre = qpre + d->ntoks + 1, *kpre = cpre + d->ntoks + 1;
    uint32_t nq = 0, nc = 0, nk = 0;
    unsigned flag_or = 0;
    qpre[0] = cpre[0] = kpre[0] = 0;
    for (size_t i = 0, n = d->ntoks; i < n; i++) {
        const struct bl_token *t = &toks[i];
        struct attr_tok *a = &tk[i];
        const struct bl_cue *cue = NULL;
        uint32_t u = nw ? tok_word[i] : UINT32_MAX;
        /* what depends on the spelling alone (its bytes, kind and the
         * tokenizer's case and digit flags, which come from the bytes) */
        if (u < nw && seen[u]) {
            *a = tk[seen[u] - 1]; /* the fields set below are this token's own */
        } else {
            spelling_facts(x, i, lit, litbits, pronbits, facts && u < nw ? facts[u] : NULL, a);
            flag_or |= a->pron; /* the same for the spelling's other tokens */
            if (u < nw)
                seen[u] = (uint32_t)i + 1;
            else
                numbered = false;
            x->nkeys++;
        }
        a->lemma = 0;
        a->ent = 0;
        a->cue_n = 0;
        a->cue_tag = 0;
        /* inside a lexicon cue that started before */
        a->in_cue = cue_left > 0;
        if (cue_left)
            cue_left--;
        if (t->flags & BL_TF_PARA_BEFORE)
            inq = false;
        if (t->kind == BL_TOK_QUOTE) {
            if (t->flags & BL_TF_OPEN_QUOTE)
                inq = true;
            else if (t->flags & BL_TF_CLOSE_QUOTE)
                inq = false;
            a->inq = 0;
            nq++; /* its shape is ATTR_SH_QUOTE */
        } else {
            a->inq = inq; /* (0 or 1: never more in flag_or) */
        }
        if (t->kind == BL_TOK_WORD) {
            size_t k;
            if (cue_at) {
                cue = cue_at[i];
                k = cue ? cue->ntoks : 0;
            } else {
                /* (not &cue: a local whose address is taken is stored and
                 * reloaded every token) */
                const struct bl_cue *found = NULL;
                k = bl_cues_at(cues, d, i, &found);
                cue = found;
            }
            if (k && cue) {
                a->cue_n = (uint8_t)k;
                a->cue_tag = cue->tag;
                a->lemma = word_hash(cue->lemma, strlen(cue->lemma));
                if (k - 1 > cue_left)
                    cue_left = k - 1;
                nk++;
            }
        } else {
            nc += a->cls == TC_COMMA; /* is_char(","): never a word's class */
        }
        qpre[i + 1] = nq;
        cpre[i + 1] = nc;
        kpre[i + 1] = nk;
    }
    /* entity type of each token: the first token ending after each
     * entity's start, found on from the last one's while the starts come in
     * order (they do: the tagger's entities are sorted), else from the
     * first token */
    for (size_t e = 0, lo = 0, prev = 0; e < d->nents; e++) {
        size_t start = d->ents[e].span.start;
        if (start < prev)
            lo = 0;
        prev = start;
        lo = first_end_after_from(toks, lo, d->ntoks, start);
        for (size_t i = lo; i < d->ntoks && toks[i].start < d->ents[e].span.end; i++)
            tk[i].ent = (uint8_t)(1 + d->ents[e].type);
    }
    x->plain = flag_or > 1;
    x->first = seen; /* kept for attr_words_build */
    x->nspell = nw;
    x->numbered = numbered;
    return BL_OK;
}

/* ---- shared helpers ------------------------------------------------------ */

static bool is_tok(const struct attr_ctx *x, size_t i, const char *lit)
{
    return bl_tok_is(x->d->text, &x->d->toks[i], lit);
}

/* A one-byte punctuation token whose byte is in set (strchr's answer, which
 * a NUL byte would also get). */
static inline bool is_char(const struct attr_ctx *x, size_t i, const char *set)
{
    const struct bl_token *t = &x->d->toks[i];
    char c;
    if (t->kind != BL_TOK_PUNCT || t->end - t->start != 1)
        return false;
    c = x->d->text[t->start];
    if (c == '\0')
        return true;
    for (; *set; set++)
        if (*set == c)
            return true;
    return false;
}

static int class_of(const struct attr_ctx *x, size_t i, const struct attr_tok *a,
                    const uint32_t *lit, uint64_t litbits)
{
    uint32_t hw = a->hw;
    const struct bl_token *t = &x->d->toks[i];
    switch (t->kind) {
    case BL_TOK_QUOTE:
        return TC_QUOTE;
    case BL_TOK_DASH:
        return TC_DASH;
    case BL_TOK_NUMBER:
        return TC_NUM;
    case BL_TOK_WORD:
        if (!(litbits >> (hw & 63) & 1)) /* none of lit */
            return (t->flags & BL_TF_UPPER) ? TC_CAP : TC_LOWER;
        if (hw == lit[LIT_THAT] && is_tok(x, i, "that"))
            return TC_THAT;
        if (hw == lit[LIT_TO] && is_tok(x, i, "to"))
            return TC_TO;
        if ((hw == lit[LIT_THE] && is_tok(x, i, "the")) ||
            (hw == lit[LIT_A] && is_tok(x, i, "a")) || (hw == lit[LIT_AN] && is_tok(x, i, "an")))
            return TC_DET;
        if (a->pron)
            return TC_PRON;
        return (t->flags & BL_TF_UPPER) ? TC_CAP : TC_LOWER;
    default:
        if (is_char(x, i, ","))
            return TC_COMMA;
        if (is_char(x, i, ".!?") || t->kind == BL_TOK_ELLIPSIS)
            return TC_END;
        if (is_char(x, i, ":;"))
            return TC_COLON;
        return TC_PUNCT;
    }
}

/* is_char(x, i, ","): class_of gives TC_COMMA to exactly these tokens. */
static inline bool is_comma(const struct attr_ctx *x, size_t i)
{
    return x->tk[i].cls == TC_COMMA;
}

static int tok_class(const struct attr_ctx *x, size_t i, size_t lo, size_t hi)
{
    return i < lo || i >= hi ? TC_NONE : x->tk[i].cls;
}

/* 0, 1, 2, 3-4, 5-8, 9-16, 17-32, 33-64, more: 0 .. 8 */
static uint32_t bucket(size_t n)
{
    static const uint8_t b[65] = {0, 1, 2, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6,
                                  6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
                                  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7};
    return n < 65 ? b[n] : 8;
}

/* Sentence bounds of token i: [*sa, *se), sa after any dateline. */
static size_t sent_of(const struct attr_ctx *x, size_t i, size_t *sa, size_t *se)
{
    size_t s = x->d->tok_sent[i];
    *sa = x->sa[s];
    if (*sa > i)
        *sa = x->d->sents[s].tok_start;
    *se = x->d->sents[s].tok_end;
    return s;
}

/* ---- cue tagger features --------------------------------------------------
 */

#define ADD(k)                                                                                     \
    do {                                                                                           \
        if (n < ATTR_MAX_FEATS)                                                                    \
            f[n++] = (k);                                                                          \
    } while (0)

size_t attr_cue_feats(const struct attr_ctx *x, size_t i, int prev, uint32_t *f)
{
    const struct attr_tok *tk = x->tk;
    size_t sa, se, n = 0;
    uint32_t w0 = tk[i].hw, wm1, wp1, wm2, wp2;
    int nc, pc, nc2;
    (void)sent_of(x, i, &sa, &se);
    wm1 = i > sa ? tk[i - 1].hw : 1;
    wm2 = i > sa + 1 ? tk[i - 2].hw : 1;
    wp1 = i + 1 < se ? tk[i + 1].hw : 2;
    wp2 = i + 2 < se ? tk[i + 2].hw : 2;
    nc = tok_class(x, i + 1, sa, se);
    nc2 = tok_class(x, i + 2, sa, se);
    pc = i > sa ? tok_class(x, i - 1, sa, se) : TC_NONE;
    ADD(fk(F_BIAS, 0, 0));
    ADD(fk(F_W0, w0, 0));
    ADD(fk(F_WM1, wm1, 0));
    ADD(fk(F_WP1, wp1, 0));
    ADD(fk(F_WM2, wm2, 0));
    ADD(fk(F_WP2, wp2, 0));
    ADD(fk(F_BI_R, w0, wp1));
    ADD(fk(F_SUF, tk[i].hsuf, 0));
    ADD(fk(F_SHAPE, tk[i].shape, 0));
    ADD(fk(F_W0SH, tk[i].shape, tk[i].ent));
    if (tk[i].cue_n) {
        ADD(fk(F_LEMMA, tk[i].lemma, 0));
        ADD(fk(F_LTAG, tk[i].cue_tag, tk[i].cue_n));
        ADD(fk(F_LNEXT, tk[i].cue_tag, (uint32_t)nc));
        ADD(fk(F_LEMNC, tk[i].lemma, (uint32_t)nc));
    }
    if (tk[i].in_cue)
        ADD(fk(F_INCUE, 0, 0));
    ADD(fk(F_NC, (uint32_t)nc, (uint32_t)nc2));
    ADD(fk(F_W0NC, w0, (uint32_t)nc));
    ADD(fk(F_PC, (uint32_t)pc, 0));
    ADD(fk(F_NC2, (uint32_t)pc, (uint32_t)nc));
    ADD(fk(F_ENTM1, i > sa ? tk[i - 1].ent : 9u, i > sa ? tk[i - 1].pron : 0u));
    ADD(fk(F_ENTP1, i + 1 < se ? tk[i + 1].ent : 9u, i + 1 < se ? tk[i + 1].pron : 0u));
    ADD(fk(F_W0ENTM1, w0, i > sa ? (uint32_t)(tk[i - 1].ent | tk[i - 1].pron << 4) : 99u));
    ADD(fk(F_PRONM1, i > sa ? tk[i - 1].pron : 0u, tk[i].shape));
    ADD(fk(F_INQ, tk[i].inq, 0));
    ADD(fk(F_W0INQ, w0, tk[i].inq));
    ADD(fk(F_FIRST, i == sa, tk[i].shape));
    ADD(fk(F_POS, bucket(i - sa), bucket(se - i)));
    ADD(fk(F_PREV, (uint32_t)prev, 0));
    ADD(fk(F_W0PREV, w0, (uint32_t)prev));
    ADD(fk(F_STEM, tk[i].stem, 0));
    ADD(fk(F_STEMNC, tk[i].stem, (uint32_t)nc));
    {
        /* the nearest name, pronoun or capitalised word before: a subject */
        uint32_t subj = 0, dist = 0, qn = 0;
        for (size_t k = i; k > sa && k + 6 > i; k--)
            if (tk[k - 1].ent || tk[k - 1].pron) {
                subj = tk[k - 1].ent ? tk[k - 1].ent : 8u;
                dist = (uint32_t)(i - k + 1);
                break;
            }
        for (size_t k = i + 1; k < se && k < i + 4; k++)
            if (x->d->toks[k].kind == BL_TOK_QUOTE)
                qn |= 1u;
        for (size_t k = i; k > sa && k + 4 > i; k--)
            if (x->d->toks[k - 1].kind == BL_TOK_QUOTE)
                qn |= 2u;
        ADD(fk(F_SUBJ, subj, dist));
        ADD(fk(F_QNEAR, qn, tk[i].shape));
    }
    return n;
}

/* The slot of key, or an empty (all-zero) slot: where it would be, or
 * no_slot when the filter says that it is not there. */
static const struct slot no_slot = {0, 0, 0};

/* The filter's word and two bits of key, read from the bits under the
 * head's (KEY_HEAD_SHIFT), which are spread evenly: the head bits are not,
 * as the cue head has most of the keys. */
static inline uint32_t filter_word(uint32_t key)
{
    return key >> (KEY_HEAD_SHIFT - FILTER_LOG + 6) & (FILTER_WORDS - 1);
}

static inline uint64_t filter_bits(uint32_t key)
{
    return 1ull << (key >> (KEY_HEAD_SHIFT - FILTER_LOG) & 63) |
           1ull << (key >> (KEY_HEAD_SHIFT - 6 - FILTER_LOG) & 63);
}

static inline const struct slot *look(const struct bl_attr_model *m, uint32_t key)
{
    uint32_t i = key & m->mask;
    const struct slot *sl;
    uint64_t fm = filter_bits(key);
    if ((m->filter[filter_word(key)] & fm) != fm)
        return &no_slot;
    sl = &m->slots[i];
    while (sl->key != key && sl->key != 0) {
        i = (i + 1) & m->mask;
        sl = &m->slots[i];
    }
    return sl;
}

/* The slot of lemma hash lem (not 0) in m->lem_key, or the empty one where
 * it would go. */
static inline uint32_t lem_slot(const struct bl_attr_model *m, uint32_t lem)
{
    uint32_t j = (lem * 0x9e3779b1u) >> 26;
    while (m->lem_key[j] != lem && m->lem_key[j] != 0)
        j = (j + 1) & 63u;
    return j;
}

/* ---- cue scoring at inference --------------------------------------------
 * The same features as attr_cue_feats, summed straight from the table: the
 * few-valued ones come from load-time sums (integer addition in any order
 * gives the same total), the rest are hashed as attr_cue_feats hashes them.
 * tests/unit/test_attr_model.c checks the two agree on every token. */

static inline int32_t cue_w(const struct bl_attr_model *m, uint32_t tmpl, uint32_t a, uint32_t b)
{
    return look(m, fk(tmpl, a, b))->cue;
}

static void load_cue_tables(struct bl_attr_model *m)
{
    struct cue_tables *t = &m->ct;
    _Static_assert(TC_PRON + 1 == NTC, "NTC counts the token classes");
    _Static_assert(ATTR_SH_QUOTE + 1 == 6, "six shapes");
    t->bias = cue_w(m, F_BIAS, 0, 0);
    t->incue = cue_w(m, F_INCUE, 0, 0);
    for (uint32_t p = 0; p < 3; p++)
        t->prev[p] = cue_w(m, F_PREV, p, 0);
    for (uint32_t q = 0; q < 2; q++)
        t->inq[q] = cue_w(m, F_INQ, q, 0);
    for (uint32_t sh = 0; sh < 6; sh++) {
        int32_t w = cue_w(m, F_SHAPE, sh, 0);
        for (uint32_t e = 0; e < TB_ENT; e++) {
            int32_t we = w + cue_w(m, F_W0SH, sh, e);
            for (uint32_t fi = 0; fi < 2; fi++) {
                int32_t wf = we + cue_w(m, F_FIRST, fi, sh);
                for (uint32_t q = 0; q < 4; q++) {
                    int32_t wq = wf + cue_w(m, F_QNEAR, q, sh);
                    for (uint32_t pr = 0; pr < 2; pr++)
                        t->sh[sh][e][fi][q][pr] = wq + cue_w(m, F_PRONM1, pr, sh);
                }
            }
        }
    }
    for (uint32_t b = 0; b < 256; b++)
        t->qn_of[b] = (uint8_t)(4u * ((b >> 5 ? 1u : 0u) | (b & 15u ? 2u : 0u)));
    for (uint32_t k = 0; k <= KEY_NONE; k++)
        t->fp_of[k] = (uint8_t)(k == KEY_NONE ? 16u : 2u * (k >> 4 & 1u));
    for (uint32_t sh = 0; sh < 6; sh++)
        for (uint32_t e = 0; e < TB_ENT; e++)
            for (uint32_t fi = 0; fi < 2; fi++)
                for (uint32_t q = 0; q < 4; q++)
                    for (uint32_t pr = 0; pr < 2; pr++)
                        for (uint32_t ic = 0; ic < 2; ic++)
                            t->shx[sh][e][fi][q][pr][ic] = t->sh[sh][e][fi][q][pr] +
                                                           (ic ? t->incue : 0) + t->bias +
                                                           t->prev[ATTR_O];
    _Static_assert(NTC <= 16, "a class packs into four bits");
    for (uint32_t pc = 0; pc < NTC; pc++)
        for (uint32_t nc = 0; nc < NTC; nc++) {
            int32_t w = cue_w(m, F_PC, pc, 0) + cue_w(m, F_NC2, pc, nc);
            for (uint32_t nc2 = 0; nc2 < NTC; nc2++)
                t->cls[pc | nc << 4 | nc2 << 8] = w + cue_w(m, F_NC, nc, nc2);
        }
    for (uint32_t v = 0; v < TB_VAL; v++)
        for (uint32_t pr = 0; pr < 2; pr++) {
            t->entm1[v][pr] = cue_w(m, F_ENTM1, v, pr);
            t->entp1[v][pr] = cue_w(m, F_ENTP1, v, pr);
        }
    for (uint32_t a = 0; a < 9; a++)
        for (uint32_t b = 0; b < 9; b++)
            t->pos[a][b] = cue_w(m, F_POS, a, b);
    for (uint32_t a = 0; a < 66; a++)
        for (uint32_t b = 0; b < 66; b++)
            t->posd[a][b] = t->pos[bucket(a)][bucket(b)];
    for (uint32_t v = 0; v < TB_VAL; v++)
        for (uint32_t dd = 0; dd < 8; dd++)
            t->subj[v][dd] = cue_w(m, F_SUBJ, v, dd);
    for (uint32_t g = 0; g < TB_TAG; g++) {
        for (uint32_t n = 0; n < TB_TAG; n++)
            t->ltag[g][n] = cue_w(m, F_LTAG, g, n);
        for (uint32_t nc = 0; nc < NTC; nc++)
            t->lnext[g][nc] = cue_w(m, F_LNEXT, g, nc);
    }
    _Static_assert(TB_ENT <= 16 && 8 * 8 + 6 < 72, "the keys' and subj_next's ranges");
    for (uint32_t k = 0; k < KEY_NONE; k++) {
        uint32_t ent = k & 15u, pron = k >> 4;
        t->entp1k[k] = t->entp1[ent][pron];
        for (uint32_t sj = 0; sj < 72; sj++) {
            uint32_t nx = 0;
            if (ent >= TB_ENT)
                nx = 0; /* no such key in the fast path */
            else if (ent || pron)
                nx = (ent ? ent : 8u) * 8 + 1;
            else if (sj && (sj & 7u) < 6)
                nx = sj + 1;
            t->subj_next[sj][k] = (uint8_t)nx;
        }
    }
    t->entp1k[KEY_NONE] = t->entp1[9][0];
}

/* ---- the document's words -------------------------------------------------
 * A word's own features (W0, SUF, STEM), its features as a neighbour (WM1,
 * WP1, WM2, WP2) and the first halves of the keys it starts are computed once
 * per distinct (hw, hsuf, stem) of the document: the features read nothing
 * else of the word, so its repeats get the same values. */
enum { H_BIR, H_W0NC, H_W0ENTM1, H_W0INQ, H_W0PREV, H_STEMNC, NH };

/* The weights of the features that pair a word with a few-valued context
 * (W0NC plus STEMNC by the class after; W0ENTM1 by the entity code and
 * pronoun flag before, or 99, with W0INQ by the quotation flag) are kept in
 * the word as they are first needed: bit k of known says mo[k] is set. A
 * word repeats more often than its feature keys are new. */
enum {
    /* went_ei's with ek 0 (no name or pronoun before, most tokens): + the
     * quotation flag */
    MO_EI0 = 0,
    MO_NC = MO_EI0 + 2, /* W0NC + STEMNC: + nc_rank[the class after] */
    /* went_ei's with ek = entity code + 8 * pronoun flag, or MO_EI_FIRST at
     * the sentence's start, ek >= 1: + 2 * (ek - 1) + quotation flag */
    MO_EI = MO_NC + NTC,
    MO_EI_FIRST = 2 * TB_ENT,
    NMO = MO_EI + 2 * MO_EI_FIRST
};

/* The order of the classes after a word in mo (from MO_NC): the commonest
 * first, so that with MO_EI0 they are in the word's first cache line,
 * where its own and its neighbours' weights are (struct went), and most
 * tokens read no second line of their word. */
static const uint8_t nc_rank[NTC] = {
    [TC_LOWER] = 0, [TC_CAP] = 1,  [TC_DET] = 2,   [TC_COMMA] = 3, [TC_END] = 4,
    [TC_NONE] = 5,  [TC_THAT] = 6, [TC_QUOTE] = 7, [TC_COLON] = 8, [TC_TO] = 9,
    [TC_NUM] = 10,  [TC_PUNCT] = 11, [TC_DASH] = 12, [TC_PRON] = 13};
#define MO_HOT 4 /* classes of nc_rank in the first line */

/* The place in mo of went_ei's weight for ek (0 .. MO_EI_FIRST) and the
 * quotation flag 0 (+ 1 for 1). */
static inline int mo_ei(uint32_t ek)
{
    return ek ? MO_EI + 2 * (int)(ek - 1) : MO_EI0;
}

struct went {
    /* (what the cue tagger reads of every token first: its hashes, its own
     * and its neighbours' weights, then known and mo: mo[MO_EI0 ..] and
     * the commonest mo[MO_NC ..] in the first cache line of a word of
     * m->common, which are 64-byte aligned, the other mo[MO_NC ..] and the
     * first mo[MO_EI ..] in the second; the rest after) */
    uint32_t hw, hsuf, stem;
    int32_t self; /* W0, SUF, STEM and W0PREV after an O */
    int32_t m1, p1, m2, p2;
    uint64_t known;
    int32_t mo[NMO];
    int32_t po; /* W0PREV after an O */
    uint64_t h[NH];
    const int32_t *rk; /* the content ranker's weights over it as a cue
                        * (load_cue_words), or NULL */
    const int32_t *bk; /* ... over it at a content span's edge
                        * (load_bound_words), or NULL */
    char pad[16];      /* to five cache lines (WENT_ALIGN) */
};
#define WENT_ALIGN 64
_Static_assert(sizeof(struct went) % WENT_ALIGN == 0, "struct went fills whole cache lines");
_Static_assert(offsetof(struct went, mo) + 4 * (MO_NC + MO_HOT) <= WENT_ALIGN,
               "mo[MO_EI0 ..] and the commonest mo[MO_NC ..] in the first line");
_Static_assert(offsetof(struct went, mo) + 4 * (MO_EI + 6) <= 2 * WENT_ALIGN,
               "mo[MO_NC ..] and the first mo[MO_EI ..] in the first two lines");

struct attr_words {
    struct went **e; /* distinct words: common ones in the model (all their
                      * weights are known, so nothing writes to them), the
                      * rest in fill */
    struct went *fill;
    /* each token's word: d->tok_word itself when every token has a
     * spelling number (a spelling is one word), else own_id */
    const uint32_t *id;
    uint32_t *own_id;
    /* borrowed from the attr_ctx (its pre): */
    const uint32_t *qpre; /* quotation marks before each token (ntoks + 1) */
    const uint32_t *cpre; /* commas before each token (ntoks + 1) */
    const uint32_t *kpre; /* lexicon cue starts before each token (ntoks + 1) */
    uint8_t *actor;       /* 1 where some actor mention overlaps the token: only
                           * there can bl_actor_at find one */
    bool plain;           /* an entity code, pronoun or quotation flag beyond the
                           * tables: score from the feature lists instead */
    struct went edge[2];  /* m->edge */
};

void attr_words_free(struct attr_words *w)
{
    if (!w)
        return;
    free(w->e);
    free(w->fill);
    free(w->own_id);
    free(w->actor);
    free(w);
}

static inline int32_t cue_h(const struct bl_attr_model *m, uint64_t h, uint32_t b)
{
    return look(m, fk2(h, b))->cue;
}

static void went_fill(const struct bl_attr_model *m, struct went *e, const struct attr_tok *t)
{
    enum { K_W0, K_SUF, K_STEM, K_WM1, K_WP1, K_WM2, K_WP2, K_PO, NK };
    uint32_t k[NK];
    e->hw = t->hw;
    e->hsuf = t->hsuf;
    e->stem = t->stem;
    e->h[H_BIR] = fk1(F_BI_R, t->hw);
    e->h[H_W0NC] = fk1(F_W0NC, t->hw);
    e->h[H_W0ENTM1] = fk1(F_W0ENTM1, t->hw);
    e->h[H_W0INQ] = fk1(F_W0INQ, t->hw);
    e->h[H_W0PREV] = fk1(F_W0PREV, t->hw);
    e->h[H_STEMNC] = fk1(F_STEMNC, t->stem);
    /* the keys first, and their slots asked for at once: one after
     * another, these lookups in the 12 MB table each waited for memory in
     * turn (the filter's 64 KB are mostly at hand) */
    k[K_W0] = fk(F_W0, t->hw, 0);
    k[K_SUF] = fk(F_SUF, t->hsuf, 0);
    k[K_STEM] = fk(F_STEM, t->stem, 0);
    k[K_WM1] = fk(F_WM1, t->hw, 0);
    k[K_WP1] = fk(F_WP1, t->hw, 0);
    k[K_WM2] = fk(F_WM2, t->hw, 0);
    k[K_WP2] = fk(F_WP2, t->hw, 0);
    k[K_PO] = fk2(e->h[H_W0PREV], ATTR_O);
    for (int j = 0; j < NK; j++)
        __builtin_prefetch(&m->slots[k[j] & m->mask]);
    e->self = look(m, k[K_W0])->cue + look(m, k[K_SUF])->cue + look(m, k[K_STEM])->cue;
    e->m1 = look(m, k[K_WM1])->cue;
    e->p1 = look(m, k[K_WP1])->cue;
    e->m2 = look(m, k[K_WM2])->cue;
    e->p2 = look(m, k[K_WP2])->cue;
    e->po = look(m, k[K_PO])->cue;
    e->self += e->po;
    e->known = 0;
    e->rk = NULL;
    e->bk = NULL;
}

/* The weight of the features of word e's token that read the entity code
 * em1 and pronoun flag pm1 of the token before (first: there is none, the
 * sentence's first token, which attr_cue_feats gives 99, and 9 and 0) and
 * its quotation flag inq: W0ENTM1, ENTM1, W0INQ and INQ, kept as one mo[k]. */
static inline int32_t went_ei(const struct bl_attr_model *m, struct went *e, uint32_t em1,
                              uint32_t pm1, bool first, uint32_t inq)
{
    uint32_t ek = first ? MO_EI_FIRST : em1 + TB_ENT * pm1;
    int k = mo_ei(ek) + (int)inq;
    if (!(e->known >> k & 1)) {
        e->mo[k] = (first ? cue_h(m, e->h[H_W0ENTM1], 99u) + m->ct.entm1[9][0]
                          : cue_h(m, e->h[H_W0ENTM1], em1 | pm1 << 4) + m->ct.entm1[em1][pm1]) +
                   cue_h(m, e->h[H_W0INQ], inq) + m->ct.inq[inq];
        e->known |= (uint64_t)1 << k;
    }
    return e->mo[k];
}

/* went_nc's weight when it is not kept yet: summed, kept and returned. Out
 * of line, as is went_ei_new, so that the scoring loop need not keep what
 * they read in registers or on the stack for the few words that get here. */
static __attribute__((noinline)) int32_t went_nc_new(const struct bl_attr_model *m,
                                                     struct went *e, uint32_t nc)
{
    int k = MO_NC + nc_rank[nc];
    e->mo[k] = cue_h(m, e->h[H_W0NC], nc) + cue_h(m, e->h[H_STEMNC], nc);
    e->known |= (uint64_t)1 << k;
    return e->mo[k];
}

/* went_cue for W0NC and STEMNC, which share their second value. */
static inline int32_t went_nc(const struct bl_attr_model *m, struct went *e, uint32_t nc)
{
    int k = MO_NC + nc_rank[nc];
    if (!(e->known >> k & 1))
        return went_nc_new(m, e, nc);
    return e->mo[k];
}

/* went_eik's weight when it is not kept yet (see went_nc_new). */
static __attribute__((noinline)) int32_t went_ei_new(const struct bl_attr_model *m,
                                                     struct went *e, uint32_t pk, uint32_t inq)
{
    return went_ei(m, e, pk & 15u, pk >> 4 & 1u, pk == KEY_NONE, inq);
}

/* went_ei by the key pk (cue_tables) of the token before, KEY_NONE at the
 * sentence's start. */
static inline int32_t went_eik(const struct bl_attr_model *m, struct went *e, uint32_t pk,
                               uint32_t inq)
{
    int k = m->ct.ei_of[pk] + (int)inq;
    if (!(e->known >> k & 1))
        return went_ei_new(m, e, pk, inq);
    return e->mo[k];
}

/* m->common and m->cidx: one entry for each word hash among the tokens of
 * the shared list bl_common_words (core/common_words.c), each with all its
 * cue weights filled, so that a document's words among them cost one probe
 * in attr_words_build. Which words are there changes only the speed. BL_OK,
 * BL_ERR_LIMIT (too long a list for cidx) or BL_ERR_NOMEM. */
static int load_common(struct bl_attr_model *m)
{
    struct bl_token *toks = NULL;
    size_t n = 0, cap = 16;
    int rc = BL_ERR_NOMEM;
    _Static_assert(NMO <= 64, "known has a bit for each kept weight");
    for (uint32_t k = 0; k <= KEY_NONE; k++)
        m->ct.ei_of[k] = (uint8_t)mo_ei(k == KEY_NONE || (k & 15u) >= TB_ENT
                                            ? MO_EI_FIRST /* (never read for the latter) */
                                            : (k & 15u) + TB_ENT * (k >> 4));
    if (bl_tokenize(bl_common_words, bl_common_words_len, &toks, &n) != BL_OK)
        goto out;
    if (n >= UINT16_MAX) { /* cidx numbers them in 16 bits */
        rc = BL_ERR_LIMIT;
        goto out;
    }
    while (cap < 4 * n)
        cap *= 2;
    m->common = aligned_alloc(WENT_ALIGN, (n ? n : 1) * sizeof *m->common);
    m->cidx = calloc(cap, sizeof *m->cidx);
    m->edge = malloc(2 * sizeof *m->edge);
    if (!m->common || !m->cidx || !m->edge)
        goto out;
    for (uint32_t k = 0; k < 2; k++) {
        struct attr_tok t = {.hw = k + 1, .hsuf = k + 1, .stem = k + 1};
        went_fill(m, &m->edge[k], &t);
    }
    m->cmask = (uint32_t)cap - 1;
    for (size_t k = 0; k < n; k++) {
        struct attr_tok t;
        struct went *e = &m->common[m->ncommon];
        uint32_t j;
        word_keys(bl_common_words + toks[k].start, toks[k].end - toks[k].start, &t);
        for (j = t.hw & m->cmask; m->cidx[j]; j = (j + 1) & m->cmask) {
            const struct went *c = &m->common[m->cidx[j] - 1];
            if (c->hw == t.hw && c->hsuf == t.hsuf && c->stem == t.stem)
                break;
        }
        if (m->cidx[j])
            continue; /* a spelling of a word listed already */
        went_fill(m, e, &t);
        for (uint32_t v = 0; v < NTC; v++) {
            e->mo[MO_NC + nc_rank[v]] = cue_h(m, e->h[H_W0NC], v) + cue_h(m, e->h[H_STEMNC], v);
        }
        /* as went_ei keeps them */
        for (uint32_t iq = 0; iq < 2; iq++) {
            int32_t wi = cue_h(m, e->h[H_W0INQ], iq) + m->ct.inq[iq];
            for (uint32_t pr = 0; pr < 2; pr++)
                for (uint32_t v = 0; v < TB_ENT; v++)
                    e->mo[mo_ei(v + TB_ENT * pr) + iq] =
                        cue_h(m, e->h[H_W0ENTM1], v | pr << 4) + m->ct.entm1[v][pr] + wi;
            e->mo[mo_ei(MO_EI_FIRST) + iq] =
                cue_h(m, e->h[H_W0ENTM1], 99u) + m->ct.entm1[9][0] + wi;
        }
        /* every kept weight known: documents share these entries
         * (attr_words_build points at them), so went_cue and went_nc must
         * never write to them */
        e->known = ((uint64_t)2 << (NMO - 1)) - 1;
        m->cidx[j] = (uint16_t)++m->ncommon;
    }
    rc = BL_OK;
out:
    free(toks);
    return rc;
}

/* The common word t spells, or NULL. */
static struct went *went_common(const struct bl_attr_model *m, const struct attr_tok *t)
{
    for (uint32_t j = t->hw & m->cmask; m->cidx[j]; j = (j + 1) & m->cmask) {
        struct went *c = &m->common[m->cidx[j] - 1];
        if (c->hw == t->hw && c->hsuf == t->hsuf && c->stem == t->stem)
            return c;
    }
    return NULL;
}

/* See bl_int.h. */
int bl_attr_model_bind_cues(bl_attr_model *m, const bl_cues *c)
{
    const struct bl_word_facts *words;
    uint16_t *cw;
    size_t n;

    if (!m)
        return BL_ERR_ARG;
    free(m->cwent);
    m->cwent = NULL;
    m->bound = NULL;
    m->bound_words = NULL;
    if (!c)
        return BL_OK;
    words = bl_cues_words(c, &n);
    cw = malloc((n ? n : 1) * sizeof *cw);
    if (!cw)
        return BL_ERR_NOMEM;
    for (size_t k = 0; k < n; k++) {
        struct attr_tok t = {.hw = words[k].hw, .hsuf = words[k].hsuf, .stem = words[k].stem};
        const struct went *e = words[k].k0 ? went_common(m, &t) : NULL; /* (k0 0: empty) */
        /* (load_common numbers the common words in 16 bits) */
        cw[k] = e ? (uint16_t)(e - m->common + 1) : 0;
    }
    m->cwent = cw;
    m->bound = c;
    m->bound_words = words;
    return BL_OK;
}

int attr_words_build(const bl_attr_model *m, const struct attr_ctx *x, struct attr_words **out)
{
    const struct bl_doc *d = x->d;
    size_t nt = d->ntoks, cap = 16, ne = 0;
    uint32_t *tab = NULL, *first = NULL; /* first[k]: a token of word k */
    struct attr_words *w;
    int rc = BL_ERR_NOMEM;
    /* the spellings and their first tokens (attr_ctx_init) */
    const uint32_t *tok_word = d->tok_word, *spell_first = x->first;
    size_t nsp = x->nspell;
    bool numbered = x->numbered && nsp > 0; /* every token has a spelling number */
    /* a spelling's common-word facts when the model was bound to these cues
     * (its word found at load, NULL there when none), else searched */
    const struct bl_word_facts *const *facts =
        m->cwent && m->bound == x->cues && d->cue_src == x->cues && nsp ? d->spell_facts : NULL;

    *out = NULL;
    w = calloc(1, sizeof *w);
    if (!w)
        goto out;
    w->qpre = x->pre;
    w->cpre = x->pre + nt + 1;
    w->kpre = x->pre + 2 * (nt + 1);
    w->actor = calloc(nt ? nt : 1, 1);
    if (!w->actor)
        goto out;
    /* the first token ending after each mention starts: found on from the
     * last one's by doubling steps while the starts come in order, else
     * the same way from the first token (as attr_ctx_init finds the
     * entities') */
    for (size_t r = 0, lo = 0, prev = 0; r < d->nactor_refs; r++) {
        const struct bl_span sp = d->actor_refs[r].span;
        if (sp.start < prev)
            lo = 0;
        prev = sp.start;
        lo = first_end_after_from(d->toks, lo, nt, sp.start);
        for (size_t i = lo; i < nt && d->toks[i].start < sp.end; i++)
            w->actor[i] = 1;
    }
    w->edge[0] = m->edge[0];
    w->edge[1] = m->edge[1];
    {
        /* any entity code >= TB_ENT (8) sets a bit >= 8 of the OR */
        unsigned ent_or = 0, or2 = 0;
        size_t i = 0;
        for (; i + 4 <= nt; i += 4) { /* (four a round: half the loop's cost) */
            ent_or |= x->tk[i].ent | x->tk[i + 1].ent;
            or2 |= x->tk[i + 2].ent | x->tk[i + 3].ent;
        }
        for (; i < nt; i++)
            ent_or |= x->tk[i].ent;
        w->plain = (ent_or | or2) >= TB_ENT || x->plain;
    }
    if (numbered) {
        /* a spelling is a word: attr_ctx_init gave the tokens of a spelling
         * the same word hashes, and the words read nothing else. Spellings
         * that differ in case alone get a word each, alike in all but
         * speed. */
        w->id = tok_word;
        ne = nsp;
    } else {
        /* the table holds each distinct word once: fewer than x->nkeys */
        while (cap < 2 * x->nkeys)
            cap *= 2;
        tab = calloc(cap, sizeof *tab); /* 1 + index into first, 0 = empty */
        first = malloc((nt ? nt : 1) * sizeof *first);
        w->own_id = malloc((nt ? nt : 1) * sizeof *w->own_id);
        if (!tab || !first || !w->own_id)
            goto out;
        for (size_t i = 0; i < nt; i++) {
            const struct attr_tok *t = &x->tk[i];
            /* a spelling met before has that token's word (attr_ctx_init
             * gave both the same word hashes) */
            if (nsp && tok_word[i] < nsp && spell_first[tok_word[i]] - 1 != i) {
                w->own_id[i] = w->own_id[spell_first[tok_word[i]] - 1];
                continue;
            }
            size_t h =
                (size_t)((t->hw ^ t->hsuf * 0x9e3779b1u ^ t->stem * 0x85ebca6bu) & (cap - 1));
            for (;;) {
                const struct attr_tok *e;
                if (!tab[h]) {
                    first[ne] = (uint32_t)i;
                    tab[h] = (uint32_t)++ne;
                    break;
                }
                e = &x->tk[first[tab[h] - 1]];
                if (e->hw == t->hw && e->hsuf == t->hsuf && e->stem == t->stem)
                    break;
                h = (h + 1) & (cap - 1);
            }
            w->own_id[i] = tab[h] - 1;
        }
        w->id = w->own_id;
    }
    /* the words, once their number is known (each is large) */
    w->e = malloc((ne ? ne : 1) * sizeof *w->e);
    w->fill = malloc((ne ? ne : 1) * sizeof *w->fill);
    if (!w->e || !w->fill)
        goto out;
    for (size_t k = 0, nf = 0; k < ne; k++) {
        const struct attr_tok *t;
        if (!first) {
            if (!spell_first[k]) { /* no token spelt so: never read */
                w->e[k] = &w->edge[0];
                continue;
            }
            t = &x->tk[spell_first[k] - 1];
            /* (the word of tokens spelt k: their hashes are the facts') */
            if (facts && facts[k]) {
                uint16_t c = m->cwent[facts[k] - m->bound_words];
                w->e[k] = c ? &m->common[c - 1] : NULL;
            } else {
                w->e[k] = went_common(m, t);
            }
        } else {
            t = &x->tk[first[k]];
            w->e[k] = went_common(m, t);
        }
        if (!w->e[k]) {
            w->e[k] = &w->fill[nf++];
            went_fill(m, w->e[k], t);
        }
    }
    *out = w;
    w = NULL;
    rc = BL_OK;
out:
    attr_words_free(w);
    free(tab);
    free(first);
    return rc;
}

/* attr_cue_sentence's view of the tokens around the one it scores, rolled
 * along the sentence so that no token re-reads its neighbours with bounds
 * checks: everything outside [sa, se) (sent_of's bounds) reads as
 * attr_cue_feats reads it there. */
struct cue_roll {
    uint32_t cls;      /* classes of tokens i - 1, i + 1, i + 2 (TC_NONE outside), packed
                        * as in cue_tables.cls */
    uint32_t pk;       /* the key (cue_tables) of token i - 1, or KEY_NONE */
    uint32_t k1;       /* ... of token i + 1, or KEY_NONE */
    uint32_t quotes;   /* bit k: token i - 4 + k is a quotation mark in [sa, se) */
    /* SUBJ's values as an index into cue_tables.subj: 8 * the value of the
     * latest token in [sa, i) with a name or pronoun (its entity code, or 8
     * for a pronoun) + its distance, when that is at most six; else 0 */
    uint32_t subj;
};

/* The words of a sentence's tokens, for the fast scoring: win[2 + k] is
 * that of its token k, the two before it w->edge[0] and the two after it
 * w->edge[1], so that a token's neighbours are read without bounds checks
 * (the scoring loop had more values to hold than registers). Sentences
 * longer than the run scores take the plain path. */
#define CUE_WIN (ATTR_MAX_SENT_TOKENS + 4)

/* The cue tagger's features of a lexicon cue starting at t (LEMMA, LTAG,
 * LNEXT, LEMNC) given the class nc after it: from load time for its tag
 * and length, and for a common lemma (t->lemma is never 0). */
static inline int32_t cue_lexicon_w(const struct bl_attr_model *m, const struct attr_tok *t,
                                    uint32_t nc)
{
    uint32_t j = lem_slot(m, t->lemma);
    int32_t s = m->lem_key[j] ? m->lem_cue[j * NTC + nc]
                              : cue_w(m, F_LEMMA, t->lemma, 0) + cue_w(m, F_LEMNC, t->lemma, nc);
    if (t->cue_tag < TB_TAG && t->cue_n < TB_TAG)
        return s + m->ct.ltag[t->cue_tag][t->cue_n] + m->ct.lnext[t->cue_tag][nc];
    return s + cue_w(m, F_LTAG, t->cue_tag, t->cue_n) + cue_w(m, F_LNEXT, t->cue_tag, nc);
}

/* Clamps a distance for cue_tables.posd. */
static inline size_t pos_clamp(size_t n)
{
    return n < 65 ? n : 65;
}

/* The key (cue_tables) of token i. */
static inline uint32_t tok_key(const struct attr_tok *tk, size_t i)
{
    return tk[i].ent | (uint32_t)tk[i].pron << 4;
}

/* The cue score of token i after an O, given the rolled view r and e, the
 * window at token i (e[-2] .. e[2] are the words of tokens i - 2 .. i + 2),
 * and pos, POS's weight there (posd[pos_clamp(i - sa)][pos_clamp(se - i)]
 * for the sentence bounds [sa, se)). */
static inline __attribute__((always_inline)) int32_t
cue_score(const struct bl_attr_model *m, const struct attr_tok *t0, const struct cue_roll *r,
          struct went *const *e, int32_t pos, int64_t lim, bool *partial)
{
    struct went *e0 = e[0];
    const struct cue_tables *t = &m->ct;
    uint32_t pk = r->pk;
    uint32_t nc = r->cls >> 4 & 15u;
    /* shx[shape][ent][first][qn][pm1][in_cue]: FIRST and PRONM1 by the key
     * before, quotation marks among the three after (bits 5-7) and the four
     * before */
    uint32_t sx = t->fp_of[pk] + t->qn_of[r->quotes & 255u] + t0->in_cue;
    int32_t s;

    /* the few-valued features, from the load-time sums */
    /* w->plain is false: entity codes, pronoun and quotation flags are in range */
    s = t->cls[r->cls] + pos + (&t->shx[t0->shape][t0->ent][0][0][0][0])[sx] +
        t->entp1k[r->k1] + (&t->subj[0][0])[r->subj];

    /* the word features: the document's words hold what depends on the word
     * alone, the rest is finished from their first halves */
    s += e0->self + e[-2]->m2 + e[-1]->m1 + e[1]->p1 + e[2]->p2;
    if (t0->cue_n)
        s += cue_lexicon_w(m, t0, nc);
    /* the word's pairs with a few-valued context, kept in the word with
     * ENTM1 and INQ (at the sentence's start pk is KEY_NONE) */
    s += went_nc(m, e0, nc) + went_eik(m, e0, pk, t0->inq);
    /* the pair with the word after (BI_R) last: most tokens are O whatever
     * it adds, and it costs a hash and a probe */
    *partial = s < lim;
    if (*partial)
        return s;
    return s + cue_h(m, e0->h[H_BIR], e[1]->hw);
}

/* attr_cue_sentence's scoring of token i of the part [sa, se) of the
 * sentence from token a, and the roll on to the next token. diag: the part
 * has at most 65 tokens (POS's weight is posd[i - sa][se - i] unclamped);
 * tail: i + 4 >= se (the window ahead reaches past the sentence). Inlined
 * into loops that fix both, which then test neither. */
static inline __attribute__((always_inline)) void
cue_step(const struct bl_attr_model *m, const struct attr_tok *tk, size_t a, size_t sa, size_t se,
         size_t i, bool diag, bool tail, struct cue_roll *r, uint32_t *k0, struct went **win,
         int64_t lim, int32_t *out, uint8_t *part)
{
    bool partial;
    int32_t pos = diag ? m->ct.posd[i - sa][se - i]
                       : m->ct.posd[pos_clamp(i - sa)][pos_clamp(se - i)];
    r->k1 = !tail || i + 1 < se ? tok_key(tk, i + 1) : KEY_NONE;
    out[i - a] = cue_score(m, &tk[i], r, &win[2 + i - a], pos, lim, &partial);
    part[i - a] = partial;
    r->subj = m->ct.subj_next[r->subj][*k0];
    r->pk = *k0;
    *k0 = r->k1;
    r->quotes >>= 1;
    /* the class window: token i before, i + 2 and i + 3 after */
    r->cls = (r->cls >> 4 & 0xf0u) | tk[i].cls;
    if (!tail) {
        r->cls |= (uint32_t)tk[i + 3].cls << 8;
        r->quotes |= (uint32_t)(tk[i + 4].shape == ATTR_SH_QUOTE) << 7;
    } else {
        r->cls |= (uint32_t)(i + 3 < se ? tk[i + 3].cls : TC_NONE) << 8;
    }
}

void attr_cue_sentence(const bl_attr_model *m, const struct attr_ctx *x, struct attr_words *w,
                       size_t si, int32_t *out, uint8_t *part)
{
    const struct bl_sentence *st = &x->d->sents[si];
    const struct attr_tok *tk = x->tk;
    size_t a = st->tok_start, se = st->tok_end, xsa = x->sa[si];
    struct went *win[CUE_WIN];
    uint8_t nopart[ATTR_MAX_SENT_TOKENS]; /* part's stand-in when NULL */
    struct cue_roll r;
    int64_t lim = part ? m->cue_part_lim : INT64_MIN; /* partial scores below stay O */
    if (a >= se)
        return;
    if (w->plain || se - a > ATTR_MAX_SENT_TOKENS) {
        uint32_t f[ATTR_MAX_FEATS];
        for (size_t i = a; i < se; i++) {
            out[i - a] = attr_feats_score(m, f, attr_cue_feats(x, i, ATTR_O, f), ATTR_HEAD_CUE);
            if (part)
                part[i - a] = 0;
        }
        return;
    }
    /* sent_of's bounds: the start after any dateline (xsa), unless i is in it */
    if (xsa <= a || xsa >= se)
        xsa = se; /* no restart within the sentence */
    if (!part)
        part = nopart;
    win[0] = win[1] = &w->edge[0];
    {
        /* Each word's first two lines are asked for here, all at once: a
         * word is mostly first read as the token two ahead (p2), and a
         * document's words are spread over megabytes (m->common), so one
         * by one each waited for memory in turn. */
        size_t i = a;
        for (; i + 2 <= se; i += 2) { /* (two a round: less of the loop's cost) */
            struct went *e0 = w->e[w->id[i]], *e1 = w->e[w->id[i + 1]];
            win[2 + i - a] = e0;
            win[3 + i - a] = e1;
            __builtin_prefetch(e0);
            __builtin_prefetch((const char *)e0 + WENT_ALIGN);
            __builtin_prefetch(e1);
            __builtin_prefetch((const char *)e1 + WENT_ALIGN);
        }
        if (i < se) {
            win[2 + i - a] = w->e[w->id[i]];
            __builtin_prefetch(win[2 + i - a]);
            __builtin_prefetch((const char *)win[2 + i - a] + WENT_ALIGN);
        }
    }
    win[2 + se - a] = win[3 + se - a] = &w->edge[1];
    r.cls = TC_NONE | (uint32_t)(a + 1 < se ? tk[a + 1].cls : TC_NONE) << 4 |
            (uint32_t)(a + 2 < se ? tk[a + 2].cls : TC_NONE) << 8;
    r.pk = KEY_NONE;
    r.subj = 0;
    r.quotes = 0;
    for (size_t k = a; k < se && k < a + 4; k++)
        r.quotes |= (uint32_t)(tk[k].shape == ATTR_SH_QUOTE) << (k - a + 4);
    /* the tokens before any dateline's end, then those after it */
    for (size_t sa = a, end = xsa; sa < se; sa = end, end = se) {
        uint32_t k0 = tok_key(tk, sa); /* the key of token i */
        if (sa > a) {
            /* the dateline's tokens are outside the rest's sentence */
            win[sa - a] = win[sa - a + 1] = &w->edge[0];
            r.cls &= ~15u; /* TC_NONE before */
            r.pk = KEY_NONE;
            r.subj = 0;
            r.quotes &= ~15u;
        }
        /* the tokens with all of the window ahead in the sentence (i + 4 <
         * se), then the last four; each loop specialised for POS along the
         * diagonal of posd (a part of at most 65 tokens) */
        size_t mid = se > sa + 4 ? se - 4 : sa, i = sa;
        if (mid > end)
            mid = end;
        if (se - sa <= 65) {
            for (; i < mid; i++)
                cue_step(m, tk, a, sa, se, i, true, false, &r, &k0, win, lim, out, part);
            for (; i < end; i++)
                cue_step(m, tk, a, sa, se, i, true, true, &r, &k0, win, lim, out, part);
        } else {
            for (; i < mid; i++)
                cue_step(m, tk, a, sa, se, i, false, false, &r, &k0, win, lim, out, part);
            for (; i < end; i++)
                cue_step(m, tk, a, sa, se, i, false, true, &r, &k0, win, lim, out, part);
        }
    }
}

bool attr_cue_is_i(const bl_attr_model *m, int32_t sc)
{
    return (float)sc * m->scale[ATTR_HEAD_CUE] > m->cue_thr;
}

int32_t attr_cue_bir(const bl_attr_model *m, const struct attr_ctx *x,
                     const struct attr_words *w, size_t i)
{
    size_t se = x->d->sents[x->d->tok_sent[i]].tok_end;
    const struct went *e0 = w->e[w->id[i]];
    return cue_h(m, e0->h[H_BIR], i + 1 < se ? w->e[w->id[i + 1]]->hw : w->edge[1].hw);
}

int32_t attr_cue_prev_i(const bl_attr_model *m, const struct attr_ctx *x,
                        const struct attr_words *w, size_t i)
{
    const struct went *e0;
    if (w->plain) {
        uint32_t f[ATTR_MAX_FEATS];
        int32_t si = attr_feats_score(m, f, attr_cue_feats(x, i, ATTR_I, f), ATTR_HEAD_CUE);
        return si - attr_feats_score(m, f, attr_cue_feats(x, i, ATTR_O, f), ATTR_HEAD_CUE);
    }
    e0 = w->e[w->id[i]];
    return m->ct.prev[ATTR_I] - m->ct.prev[ATTR_O] + cue_h(m, e0->h[H_W0PREV], ATTR_I) - e0->po;
}

/* ---- content candidates
 * ------------------------------------------------------ */

enum {
    CT_AFTER_END,
    CT_AFTER_CLAUSE,
    CT_AFTER_THAT,
    CT_AFTER_COMMA,
    CT_BEFORE_LAST,
    CT_BEFORE_FIRST,
    CT_BEFORE_ALL,
    CT_SENT,
    CT_AFTER_EXT1,
    CT_AFTER_EXT2,
    CT_BEFORE_EXT1,
    CT_QUOTE_AFTER,
    CT_QUOTE_BEFORE,
    CT_PREV_SENT,
    CT_AFTER_CONJ,
    /* after the cue up to the first "and"/"but", subordinating word or
     * preposition before the clause's end (no comma needed) */
    CT_AFTER_AND,
    CT_AFTER_SUB,
    CT_AFTER_PREP,
    /* after a noun phrase and its particle following the cue ("filed [a
     * lawsuit against] X"): from past the particle to the clause's end */
    CT_AFTER_NP
};

/* A comma that opens a new clause: ", and", ", but", ", which" ... */
static const char *const clause_words[] = {"and",     "but",      "while",  "which",  "who",
                                           "as",      "although", "though", "so",     "because",
                                           "whereas", "when",     "after",  "before", "according",
                                           "saying",  "adding",   "if",     "where",  NULL};

/* Which word may end a content clause without a comma (see
 * attr_content_cands): 1 for "and" and "but", 2 for a subordinating word, 3
 * for a preposition, 0 for any other spelling s[0..n) (lower case). */
enum { EW_NONE, EW_AND, EW_SUB, EW_PREP };
static int end_word(const char *s, size_t n)
{
#define EQ(lit) (memcmp(s, lit, n) == 0)
    switch (n) {
    case 2:
        return EQ("as") || EQ("if") ? EW_SUB
               : EQ("in") || EQ("on") || EQ("at") || EQ("by") ? EW_PREP
                                                               : EW_NONE;
    case 3:
        return EQ("and") || EQ("but") ? EW_AND : EQ("for") ? EW_PREP : EW_NONE;
    case 4:
        return EQ("when") ? EW_SUB : EQ("with") || EQ("over") || EQ("amid") || EQ("from") ? EW_PREP : EW_NONE;
    case 5:
        return EQ("after") || EQ("while") || EQ("until") || EQ("since") ? EW_SUB : EW_NONE;
    case 6:
        return EQ("before") || EQ("unless") || EQ("though") ? EW_SUB
               : EQ("during")                                ? EW_PREP
                                                             : EW_NONE;
    case 7:
        return EQ("because") || EQ("whereas") || EQ("despite") ? EW_SUB
               : EQ("through") || EQ("without")                ? EW_PREP
                                                               : EW_NONE;
    case 8:
        return EQ("although") ? EW_SUB : EW_NONE;
    case 9:
        return EQ("following") ? EW_PREP : EW_NONE;
    default:
        return EW_NONE;
    }
#undef EQ
}

/* An ellipsis, a dash or one of .!?,;: -- class_of gives exactly these the
 * classes TC_END, TC_DASH, TC_COMMA and TC_COLON. */
static bool is_stop_punct(const struct attr_ctx *x, size_t i)
{
    return (1u << x->tk[i].cls) & (1u << TC_END | 1u << TC_DASH | 1u << TC_COMMA | 1u << TC_COLON);
}

/* Push [a, b) trimmed of edge punctuation when new and not empty. */
static inline size_t push_cand(const struct attr_ctx *x, struct attr_cand *out, size_t n, size_t a,
                               size_t b, int type)
{
    /* (a ")" has class TC_PUNCT: the byte is read for those alone) */
    while (a < b && (is_stop_punct(x, a) || (x->tk[a].cls == TC_PUNCT && is_char(x, a, ")"))))
        a++;
    while (b > a && is_stop_punct(x, b - 1))
        b--;
    if (b <= a || n >= ATTR_MAX_CANDS)
        return n;
    {
        /* a and b side by side compared as one eight-byte value */
        struct attr_cand c = {(uint32_t)a, (uint32_t)b, (uint8_t)type};
        uint64_t key, v;
        _Static_assert(offsetof(struct attr_cand, b) == sizeof c.a && sizeof c.a == 4,
                       "a and b fill the first eight bytes");
        memcpy(&key, &c, 8);
        for (size_t k = 0; k < n; k++) {
            memcpy(&v, &out[k], 8);
            if (v == key)
                return n;
        }
        out[n] = c;
    }
    return n + 1;
}

/* Is token i a possessive determiner (his, her, their, its, our, my, your)? */
static bool is_poss(const struct attr_ctx *x, size_t i)
{
    static const char *const poss[] = {"his", "her", "their", "its", "our", "my", "your", NULL};
    return x->tk[i].cls == TC_LOWER && bl_tok_in(x->d->text, &x->d->toks[i], poss);
}

/* End of the paragraph-bounded run of k sentences after sentence s. */
static size_t sent_ext(const struct attr_ctx *x, size_t s, size_t k)
{
    const struct bl_doc *d = x->d;
    size_t e = s;
    while (k-- && e + 1 < d->nsents && d->sents[e + 1].para == d->sents[s].para)
        e++;
    return e == s ? BL_NONE : d->sents[e].tok_end;
}

size_t attr_content_cands(const struct attr_ctx *x, size_t ca, size_t cb, struct attr_cand *out)
{
    const struct bl_doc *d = x->d;
    size_t sa, se, s = sent_of(x, ca, &sa, &se), n = 0, k, e;
    size_t first_comma = BL_NONE, last_stop = BL_NONE;

    if (cb > se)
        cb = se;
    /* after the cue */
    n = push_cand(x, out, n, cb, se, CT_AFTER_END);
    {
        /* One scan from cb for the ends of the candidates after the cue:
         * the first stop mark after cb (the clause's end, kst); the first
         * ";" (class TC_COLON), dash (TC_DASH: exactly the dash tokens) or
         * clause-opening comma after cb (kcj, at or after kst: its marks
         * are stop marks); the first "that" among the ten tokens from cb
         * (kth); the first comma from cb (kcm). se or BL_NONE when none. */
        const uint32_t stop = 1u << TC_END | 1u << TC_DASH | 1u << TC_COMMA | 1u << TC_COLON;
        const uint32_t conj = 1u << TC_COLON | 1u << TC_DASH | 1u << TC_COMMA;
        size_t kst = se, kcj = se, kth = BL_NONE, kcm = BL_NONE;
        size_t kand = BL_NONE, ksub = BL_NONE, kprep = BL_NONE;
        size_t tlim = cb + 10 < se ? cb + 10 : se;
        for (k = cb; k < se; k++) {
            uint32_t cls = x->tk[k].cls, bit = 1u << cls;
            if (cls == TC_LOWER && kst == se && k > cb) {
                /* (the first of each kind within the clause; a span of one
                 * token at least: "asked for [copies] as well") */
                switch (end_word(d->text + d->toks[k].start, d->toks[k].end - d->toks[k].start)) {
                case EW_AND:
                    kand = kand == BL_NONE ? k : kand;
                    break;
                case EW_SUB:
                    ksub = ksub == BL_NONE ? k : ksub;
                    break;
                case EW_PREP:
                    kprep = kprep == BL_NONE ? k : kprep;
                    break;
                default:
                    break;
                }
            }
            if (bit & stop) {
                if (k > cb && kst == se)
                    kst = k;
                if (k > cb && kcj == se && (bit & conj) &&
                    (is_char(x, k, ";") || d->toks[k].kind == BL_TOK_DASH ||
                     (cls == TC_COMMA && k + 1 < se &&
                      bl_tok_in(d->text, &d->toks[k + 1], clause_words))))
                    kcj = k;
                if (kcm == BL_NONE && cls == TC_COMMA)
                    kcm = k;
            }
            if (kth == BL_NONE && k < tlim &&
                (cls == TC_THAT || (d->toks[k].kind != BL_TOK_WORD && is_tok(x, k, "that"))))
                kth = k;
            if (kcj < se && kcm != BL_NONE && (kth != BL_NONE || k + 1 >= tlim))
                break;
        }
        n = push_cand(x, out, n, cb, kst, CT_AFTER_CLAUSE);
        n = push_cand(x, out, n, cb, kcj, CT_AFTER_CONJ);
        if (kth != BL_NONE)
            n = push_cand(x, out, n, kth + 1, se, CT_AFTER_THAT);
        if (kcm != BL_NONE)
            n = push_cand(x, out, n, kcm + 1, se, CT_AFTER_COMMA);
        if (kand != BL_NONE)
            n = push_cand(x, out, n, cb, kand, CT_AFTER_AND);
        if (ksub != BL_NONE)
            n = push_cand(x, out, n, cb, ksub, CT_AFTER_SUB);
        if (kprep != BL_NONE)
            n = push_cand(x, out, n, cb, kprep, CT_AFTER_PREP);
        if (cb < kst && (x->tk[cb].cls == TC_DET || is_poss(x, cb))) {
            /* a determiner or possessive, at most four words, a particle */
            static const char *const particles[] = {"of",   "about", "against", "at",      "on",
                                                    "for",  "with",  "over",    "toward", "towards",
                                                    NULL};
            for (k = cb + 1; k < kst && k < cb + 6; k++) {
                uint32_t cls = x->tk[k].cls;
                if (cls == TC_LOWER && k > cb + 1 &&
                    bl_tok_in(d->text, &d->toks[k], particles)) {
                    if (k + 1 < kst)
                        n = push_cand(x, out, n, k + 1, kst, CT_AFTER_NP);
                    break;
                }
                if (cls != TC_LOWER && cls != TC_CAP && cls != TC_NUM &&
                    !(cls == TC_PUNCT && is_char(x, k, "-")))
                    break;
            }
        }
    }
    e = sent_ext(x, s, 1);
    if (e != BL_NONE)
        n = push_cand(x, out, n, cb, e, CT_AFTER_EXT1);
    e = sent_ext(x, s, 2);
    if (e != BL_NONE)
        n = push_cand(x, out, n, cb, e, CT_AFTER_EXT2);
    /* before the cue */
    for (k = sa; k < ca; k++) {
        if (is_comma(x, k) && first_comma == BL_NONE)
            first_comma = k;
        if (is_comma(x, k) || d->toks[k].kind == BL_TOK_DASH ||
            (d->toks[k].kind == BL_TOK_QUOTE && (d->toks[k].flags & BL_TF_CLOSE_QUOTE)))
            last_stop = d->toks[k].kind == BL_TOK_QUOTE ? k + 1 : k;
    }
    if (last_stop != BL_NONE)
        n = push_cand(x, out, n, sa, last_stop, CT_BEFORE_LAST);
    if (first_comma != BL_NONE)
        n = push_cand(x, out, n, sa, first_comma, CT_BEFORE_FIRST);
    n = push_cand(x, out, n, sa, ca, CT_BEFORE_ALL);
    n = push_cand(x, out, n, sa, se, CT_SENT);
    if (s > 0 && d->sents[s - 1].para == d->sents[s].para)
        n = push_cand(x, out, n, d->sents[s - 1].tok_start, last_stop != BL_NONE ? last_stop : ca,
                      CT_BEFORE_EXT1);
    if (s > 0 && sa == ca)
        n = push_cand(x, out, n, d->sents[s - 1].tok_start, d->sents[s - 1].tok_end, CT_PREV_SENT);
    /* quotations next to the cue */
    {
        size_t lim = sent_ext(x, s, 3);
        if (lim == BL_NONE)
            lim = se;
        for (k = cb; k < lim && k < cb + 6; k++)
            if (d->toks[k].kind == BL_TOK_QUOTE && (d->toks[k].flags & BL_TF_OPEN_QUOTE)) {
                size_t j;
                for (j = k + 1; j < lim; j++)
                    if (d->toks[j].kind == BL_TOK_QUOTE)
                        break;
                if (j < lim)
                    n = push_cand(x, out, n, k, j + 1, CT_QUOTE_AFTER);
                break;
            }
        lim = s > 0 ? d->sents[s - 1].tok_start : sa;
        for (k = ca; k > lim && k + 8 > ca; k--)
            if (d->toks[k - 1].kind == BL_TOK_QUOTE && (d->toks[k - 1].flags & BL_TF_CLOSE_QUOTE)) {
                size_t j;
                for (j = k - 1; j > lim; j--)
                    if (d->toks[j - 1].kind == BL_TOK_QUOTE)
                        break;
                if (j > lim)
                    n = push_cand(x, out, n, j - 1, k, CT_QUOTE_BEFORE);
                break;
            }
    }
    return n;
}

size_t attr_content_feats(const struct attr_ctx *x, size_t ca, size_t cb, const struct attr_cand *c,
                          uint32_t *f)
{
    const struct attr_tok *tk = x->tk;
    const struct bl_doc *d = x->d;
    size_t sa, se, n = 0;
    uint32_t t = c->type, cw = tk[ca].hw, cwl = tk[cb - 1].hw;
    int nc, pc;
    bool sq, eq, hasq = false;
    (void)sent_of(x, ca, &sa, &se);
    nc = tok_class(x, cb, sa, se);
    pc = ca > sa ? tok_class(x, ca - 1, sa, se) : TC_NONE;
    sq = d->toks[c->a].kind == BL_TOK_QUOTE;
    eq = d->toks[c->b - 1].kind == BL_TOK_QUOTE ||
         (c->b < d->ntoks && d->toks[c->b].kind == BL_TOK_QUOTE);
    for (size_t k = sa; k < se && !hasq; k++)
        hasq = d->toks[k].kind == BL_TOK_QUOTE;
    ADD(fk(C_TYPE, t, 0));
    ADD(fk(C_CW, t, cw));
    ADD(fk(C_CWL, t, cwl));
    ADD(fk(C_LEM, t, tk[ca].lemma));
    ADD(fk(C_NC, t, (uint32_t)nc));
    ADD(fk(C_PC, t, (uint32_t)pc));
    ADD(fk(C_NCPC, t, (uint32_t)(nc * 16 + pc)));
    ADD(fk(C_LEN, t, bucket(c->b - c->a)));
    ADD(fk(C_BEFORE, t, bucket(ca - sa)));
    ADD(fk(C_AFTER, t, bucket(se > cb ? se - cb : 0)));
    ADD(fk(C_SQ, t, sq * 2u + eq));
    ADD(fk(C_INQ, t, tk[ca].inq));
    ADD(fk(C_HASQ, t, hasq));
    ADD(fk(C_FIRSTW, t, tk[c->a].hw));
    ADD(fk(C_CWNC, t * 64u + (uint32_t)nc, cw));
    ADD(fk(C_LEMNC, t * 64u + (uint32_t)nc, tk[ca].lemma));
    ADD(fk(C_CWPC, t * 64u + (uint32_t)pc, cw));
    ADD(fk(C_LENCW, t * 64u + bucket(c->b - c->a), cw));
    ADD(fk(C_EQ, t * 64u + (uint32_t)nc, sq * 2u + eq));
    {
        /* what stops the span, and what it holds */
        size_t commas = 0;
        for (size_t k = c->a; k < c->b; k++)
            commas += is_comma(x, k);
        ADD(fk(C_ENDW, t, c->b < se ? tk[c->b].hw : 2u));
        ADD(fk(C_ENDW2, t, c->b + 1 < se ? tk[c->b + 1].hw : 2u));
        ADD(fk(C_ENDC, t * 64u + (uint32_t)tok_class(x, c->b, sa, se),
               (uint32_t)tok_class(x, c->b + 1, sa, se)));
        ADD(fk(C_LASTW, t, tk[c->b - 1].hw));
        ADD(fk(C_COMMAS, t, bucket(commas)));
        ADD(fk(C_COMMACW, t * 64u + bucket(commas), cw));
        {
            size_t ncue = 0;
            for (size_t k = c->a; k < c->b; k++)
                ncue += tk[k].cue_n > 0;
            ADD(fk(C_NCUES, t, bucket(ncue)));
        }
        ADD(fk(C_CSTEM, t * 64u + (uint32_t)nc, tk[ca].stem));
        ADD(fk(C_FIRSTC, t, (uint32_t)tok_class(x, c->a, c->a, c->b)));
    }
    return n;
}

/* ---- source candidates
 * -------------------------------------------------------- */

size_t attr_source_cands(const struct attr_ctx *x, size_t ca, size_t cb, size_t a, size_t b,
                         uint32_t *out)
{
    const struct bl_doc *d = x->d;
    size_t sa, se, n = 0, lo, hi;
    (void)sent_of(x, ca, &sa, &se);
    sa = d->sents[d->tok_sent[ca]].tok_start;
    lo = ca > sa + ATTR_SRC_FAR ? ca - ATTR_SRC_FAR : sa;
    hi = cb + ATTR_SRC_WINDOW < se ? cb + ATTR_SRC_WINDOW : se;
    for (size_t k = lo; k < hi && n < ATTR_MAX_SRC; k++) {
        /* farther before the cue: names and pronouns alone ("Smith, who
         * ... for years, said") */
        if (k + ATTR_SRC_WINDOW < ca && !x->tk[k].ent && !x->tk[k].pron)
            continue;
        if (k >= ca && k < cb)
            continue;
        if (k >= a && k < b)
            continue;
        if (d->toks[k].kind != BL_TOK_WORD)
            continue;
        out[n++] = (uint32_t)k;
    }
    return n;
}

size_t attr_source_feats(const struct attr_ctx *x, size_t ca, size_t cb, size_t a, size_t b,
                         size_t s, uint32_t *f)
{
    const struct attr_tok *tk = x->tk;
    const struct bl_doc *d = x->d;
    size_t n = 0, sa, se, gap, lo, hi;
    uint32_t dir = s < ca ? 0 : 1, db, punct = 0, adj, cw = tk[ca].hw;
    int act;
    (void)sent_of(x, ca, &sa, &se);
    sa = d->sents[d->tok_sent[ca]].tok_start;
    gap = s < ca ? ca - s : s - cb + 1;
    db = bucket(gap);
    lo = s < ca ? s + 1 : cb;
    hi = s < ca ? ca : s;
    for (size_t k = lo; k < hi; k++)
        if (d->toks[k].kind != BL_TOK_WORD && d->toks[k].kind != BL_TOK_CLITIC)
            punct |= is_comma(x, k) ? 1u : (d->toks[k].kind == BL_TOK_QUOTE ? 2u : 4u);
    adj = gap == 1;
    act = bl_actor_at(d, d->toks[s].start, d->toks[s].end);
    ADD(fk(S_DIR, dir, db));
    ADD(fk(S_W, tk[s].hw, 0));
    ADD(fk(S_WDIR, tk[s].hw, dir * 16 + db));
    ADD(fk(S_ENT, tk[s].ent, dir * 16 + db));
    ADD(fk(S_SHAPE, tk[s].shape, dir * 16 + db));
    ADD(fk(S_PRON, tk[s].pron, dir * 16 + db));
    ADD(fk(S_ACTOR, act >= 0 ? 1u + (uint32_t)d->actors[act].kind : 0u, dir * 16 + db));
    ADD(fk(S_PREVW, s > sa ? tk[s - 1].hw : 1u, dir));
    ADD(fk(S_NEXTW, s + 1 < se ? tk[s + 1].hw : 2u, dir));
    ADD(fk(S_CWDIR, cw, dir * 16 + db));
    ADD(fk(S_PUNCT, punct, dir * 16 + (db > 3 ? 3 : db)));
    ADD(fk(S_ADJ, adj, dir));
    ADD(fk(S_CWADJ, cw, dir * 4 + adj * 2 + (punct != 0)));
    ADD(fk(S_FIRST, s == sa, dir));
    ADD(fk(S_INQ, tk[s].inq, dir));
    ADD(fk(S_ENTDIST, tk[s].ent * 8u + (uint32_t)tk[s].pron, dir * 16 + db));
    ADD(fk(S_NEXTC, (uint32_t)tok_class(x, s + 1, sa, se), dir));
    ADD(fk(S_PREVC, s > sa ? (uint32_t)tok_class(x, s - 1, sa, se) : 0u, dir));
    ADD(fk(S_POSS, s + 1 < se && d->toks[s + 1].kind == BL_TOK_CLITIC, dir));
    (void)a;
    (void)b;
    return n;
}

static int32_t score_rank(const struct bl_attr_model *m, const uint32_t *f, size_t n);

/* ---- ranker scoring at inference -----------------------------------------
 * As for the cue tagger: the same features as attr_content_feats and
 * attr_source_feats, few-valued ones from load-time sums, the rest hashed
 * (their first halves from load time where the first value is small). */

static inline int32_t rank_w(const struct bl_attr_model *m, uint32_t tmpl, uint32_t a, uint32_t b)
{
    return look(m, fk(tmpl, a, b))->rank;
}

static inline int32_t rank_h(const struct bl_attr_model *m, uint64_t h, uint32_t b)
{
    return look(m, fk2(h, b))->rank;
}

static void load_rank_tables(struct bl_attr_model *m)
{
    struct rank_tables *r = &m->rt;
    static const uint32_t ht[NHC] = {C_CW, C_CWL, C_LEM, C_FIRSTW, C_ENDW, C_ENDW2, C_LASTW};
    _Static_assert(CT_AFTER_NP + 1 == NCT, "NCT counts the candidate types");
    for (uint32_t t = 0; t < NCT; t++) {
        for (uint32_t nc = 0; nc < NTC; nc++) {
            for (uint32_t pc = 0; pc < NTC; pc++) {
                r->c_base[t][nc][pc] = rank_w(m, C_TYPE, t, 0) + rank_w(m, C_NC, t, nc) +
                                       rank_w(m, C_PC, t, pc) + rank_w(m, C_NCPC, t, nc * 16 + pc);
                r->c_endc[t][nc][pc] = rank_w(m, C_ENDC, t * 64u + nc, pc);
            }
            for (uint32_t q = 0; q < 4; q++)
                r->c_sq[t][nc][q] = rank_w(m, C_SQ, t, q) + rank_w(m, C_EQ, t * 64u + nc, q);
            r->c_firstc[t][nc] = rank_w(m, C_FIRSTC, t, nc);
            r->c_hcwnc[t][nc] = fk1(C_CWNC, t * 64u + nc);
            r->c_hlemnc[t][nc] = fk1(C_LEMNC, t * 64u + nc);
            r->c_hcstem[t][nc] = fk1(C_CSTEM, t * 64u + nc);
            r->c_hcwpc[t][nc] = fk1(C_CWPC, t * 64u + nc);
        }
        for (uint32_t b = 0; b < 9; b++) {
            r->c_len[t][b] = rank_w(m, C_LEN, t, b);
            r->c_before[t][b] = rank_w(m, C_BEFORE, t, b);
            r->c_after[t][b] = rank_w(m, C_AFTER, t, b);
            r->c_commas[t][b] = rank_w(m, C_COMMAS, t, b);
            r->c_ncues[t][b] = rank_w(m, C_NCUES, t, b);
            r->c_hlencw[t][b] = fk1(C_LENCW, t * 64u + b);
            r->c_hcommacw[t][b] = fk1(C_COMMACW, t * 64u + b);
        }
        for (uint32_t q = 0; q < 2; q++)
            for (uint32_t h = 0; h < 2; h++)
                r->c_inq[t][q][h] = rank_w(m, C_INQ, t, q) + rank_w(m, C_HASQ, t, h);
        for (int k = 0; k < NHC; k++)
            r->c_h[t][k] = fk1(ht[k], t);
        r->c_endw_none[t] = rank_h(m, r->c_h[t][HC_ENDW], 2u);
        r->c_endw2_none[t] = rank_h(m, r->c_h[t][HC_ENDW2], 2u);
    }
    for (uint32_t dir = 0; dir < 2; dir++) {
        for (uint32_t db = 0; db < 9; db++) {
            uint32_t v = dir * 16 + db;
            r->s_dir[dir][db] = rank_w(m, S_DIR, dir, db);
            for (uint32_t e = 0; e < TB_ENT; e++)
                for (uint32_t pr = 0; pr < 2; pr++)
                    r->s_ent[e][pr][dir][db] = rank_w(m, S_ENT, e, v) + rank_w(m, S_PRON, pr, v) +
                                               rank_w(m, S_ENTDIST, e * 8u + pr, v);
            for (uint32_t sh = 0; sh < 6; sh++)
                r->s_shape[sh][dir][db] = rank_w(m, S_SHAPE, sh, v);
            for (uint32_t a = 0; a < TB_ACT; a++)
                r->s_act[a][dir][db] = rank_w(m, S_ACTOR, a, v);
        }
        for (uint32_t pu = 0; pu < 8; pu++)
            for (uint32_t db = 0; db < 4; db++)
                r->s_punct[pu][dir][db] = rank_w(m, S_PUNCT, pu, dir * 16 + db);
        for (uint32_t adj = 0; adj < 2; adj++)
            for (uint32_t fi = 0; fi < 2; fi++)
                for (uint32_t q = 0; q < 2; q++)
                    for (uint32_t po = 0; po < 2; po++)
                        r->s_small[dir][adj][fi][q][po] =
                            rank_w(m, S_ADJ, adj, dir) + rank_w(m, S_FIRST, fi, dir) +
                            rank_w(m, S_INQ, q, dir) + rank_w(m, S_POSS, po, dir);
        for (uint32_t a = 0; a < NTC; a++)
            for (uint32_t b = 0; b < NTC; b++)
                r->s_cls[a][b][dir] = rank_w(m, S_NEXTC, a, dir) + rank_w(m, S_PREVC, b, dir);
    }
}

/* The content features that pair a candidate type with the cue's word
 * (its first token's hash, stem, and the last token's hash when the cue is
 * one token) and a few-valued value, per type: NRK weights for each. */
enum {
    RK_CW,
    RK_CWL,
    RK_CWNC,
    RK_CWPC = RK_CWNC + NTC,
    RK_CSTEM = RK_CWPC + NTC,
    RK_LENCW = RK_CSTEM + NTC,
    RK_COMMACW = RK_LENCW + 9,
    NRK = RK_COMMACW + 9
};

/* Common words that are often cues (upper case hashes as lower case); any
 * not among the shared list's (load_common) is skipped. Which words are here changes only the
 * speed. */
static const char *const cue_words[] = {
    "said", "says", "say", "told", "added", "according", "asked", "called", "believe", "believes",
    "think", "thinks", "thought", "reported", "announced", "claimed", "argued", "warned",
    "explained", "insisted", "suggested", "urged", "denied", "admitted", "acknowledged", "wrote",
    "stated", "noted", "expected", "want", "wants", "wanted", "show", "shows", "showed", "found",
    "agreed", "confirmed", "described", "accused", "revealed", "comment", "promised", "pledged",
    "refused", "declined", "hope", "fear", "know", "known", "saying", "telling", NULL};

/* m->rk, and the rk of each common word in cue_words; BL_OK or
 * BL_ERR_NOMEM. After load_common and load_rank_tables. */
static int load_cue_words(struct bl_attr_model *m)
{
    const struct rank_tables *r = &m->rt;
    size_t n = 0, used = 0;
    while (cue_words[n])
        n++;
    m->rk = malloc(n * NCT * NRK * sizeof *m->rk);
    if (!m->rk)
        return BL_ERR_NOMEM;
    for (size_t k = 0; k < n; k++) {
        struct attr_tok t;
        struct went *e = NULL;
        int32_t *v = m->rk + used * NCT * NRK;
        word_keys(cue_words[k], strlen(cue_words[k]), &t);
        for (uint32_t j = t.hw & m->cmask; m->cidx[j]; j = (j + 1) & m->cmask) {
            struct went *c = &m->common[m->cidx[j] - 1];
            if (c->hw == t.hw && c->hsuf == t.hsuf && c->stem == t.stem)
                e = c;
        }
        if (!e || e->rk)
            continue;
        for (uint32_t ty = 0; ty < NCT; ty++, v += NRK) {
            v[RK_CW] = rank_h(m, r->c_h[ty][HC_CW], e->hw);
            v[RK_CWL] = rank_h(m, r->c_h[ty][HC_CWL], e->hw);
            for (uint32_t c = 0; c < NTC; c++) {
                v[RK_CWNC + c] = rank_h(m, r->c_hcwnc[ty][c], e->hw);
                v[RK_CWPC + c] = rank_h(m, r->c_hcwpc[ty][c], e->hw);
                v[RK_CSTEM + c] = rank_h(m, r->c_hcstem[ty][c], e->stem);
            }
            for (uint32_t b = 0; b < 9; b++) {
                v[RK_LENCW + b] = rank_h(m, r->c_hlencw[ty][b], e->hw);
                v[RK_COMMACW + b] = rank_h(m, r->c_hcommacw[ty][b], e->hw);
            }
        }
        e->rk = m->rk + used * NCT * NRK;
        used++;
    }
    return BL_OK;
}

/* The content features over the words at a candidate span's edges: its
 * first and last word, and the two words after it. */
enum { BK_FIRSTW, BK_LASTW, BK_ENDW, BK_ENDW2, NBK };

/* How many of the common words (the first listed: marks, numbers and
 * function words, which edge most spans) get bk tables. Which words get
 * them changes only the speed. */
#define BK_WORDS 200

/* m->bk, and the bk of the first BK_WORDS common words; BL_OK or
 * BL_ERR_NOMEM. After load_common and load_rank_tables. */
static int load_bound_words(struct bl_attr_model *m)
{
    const struct rank_tables *r = &m->rt;
    size_t n = m->ncommon < BK_WORDS ? m->ncommon : BK_WORDS;
    m->bk = malloc((n ? n : 1) * NCT * NBK * sizeof *m->bk);
    if (!m->bk)
        return BL_ERR_NOMEM;
    for (size_t k = 0; k < n; k++) {
        struct went *e = &m->common[k];
        int32_t *v = m->bk + k * NCT * NBK;
        for (uint32_t ty = 0; ty < NCT; ty++, v += NBK) {
            v[BK_FIRSTW] = rank_h(m, r->c_h[ty][HC_FIRSTW], e->hw);
            v[BK_LASTW] = rank_h(m, r->c_h[ty][HC_LASTW], e->hw);
            v[BK_ENDW] = rank_h(m, r->c_h[ty][HC_ENDW], e->hw);
            v[BK_ENDW2] = rank_h(m, r->c_h[ty][HC_ENDW2], e->hw);
        }
        e->bk = m->bk + k * NCT * NBK;
    }
    return BL_OK;
}

/* The lemmas of the cue lexicon (data/cues.tsv) that most cues have:
 * load_lemmas sums their content weights, and those of no lemma (a cue the
 * model finds off the lexicon). Which lemmas are here changes only the
 * speed. */
static const char *const cue_lemmas[] = {
    "say",     "tell",     "add",         "according to", "ask",     "announce", "argue",
    "believe", "claim",    "report",      "think",        "warn",    "write",    "know",
    "call",    "explain",  "insist",      "suggest",      "urge",    "deny",     "admit",
    "note",    "state",    "agree",       "expect",       "want",    "show",     "find",
    "hope",    "fear",     "accuse",      "describe",     "confirm", "reveal",   "promise",
    "predict", "estimate", "acknowledge", "caution",      "contend", "declare",  "maintain",
    NULL};

/* LEM + LEMNC of lemma hash lem (0: none) for each type t at [t * NTC] and
 * class nc after the cue, or NULL when not kept. */
static inline const int32_t *lem_weights(const struct bl_attr_model *m, uint32_t lem, uint32_t nc)
{
    uint32_t j;
    if (!lem)
        return m->lem_none + nc;
    j = lem_slot(m, lem);
    return m->lem_key[j] ? m->lem_w + (size_t)j * NCT * NTC + nc : NULL;
}

/* m->lem_w and m->lem_key; BL_OK or BL_ERR_NOMEM. After load_rank_tables. */
static int load_lemmas(struct bl_attr_model *m)
{
    const struct rank_tables *r = &m->rt;
    _Static_assert(sizeof cue_lemmas / sizeof cue_lemmas[0] < 48, "lem_key stays sparse");
    m->lem_w = malloc(64 * NCT * NTC * sizeof *m->lem_w);
    m->lem_cue = malloc(64 * NTC * sizeof *m->lem_cue);
    if (!m->lem_w || !m->lem_cue)
        return BL_ERR_NOMEM;
    for (size_t k = 0;; k++) {
        uint32_t lem = cue_lemmas[k] ? word_hash(cue_lemmas[k], strlen(cue_lemmas[k])) : 0;
        int32_t *v = m->lem_none;
        if (lem) {
            uint32_t j = lem_slot(m, lem);
            if (m->lem_key[j])
                continue; /* listed already */
            m->lem_key[j] = lem;
            v = m->lem_w + (size_t)j * NCT * NTC;
            for (uint32_t nc = 0; nc < NTC; nc++)
                m->lem_cue[j * NTC + nc] = cue_w(m, F_LEMMA, lem, 0) + cue_w(m, F_LEMNC, lem, nc);
        }
        for (uint32_t t = 0; t < NCT; t++)
            for (uint32_t nc = 0; nc < NTC; nc++)
                v[t * NTC + nc] =
                    rank_h(m, r->c_h[t][HC_LEM], lem) + rank_h(m, r->c_hlemnc[t][nc], lem);
        if (!lem)
            break;
    }
    return BL_OK;
}

/* What the content features of one cue share: its sentence (after any
 * dateline), the classes around it and the facts of its first word. */
struct cnt_cue {
    size_t ca, cb, sa, se;
    uint32_t nc, pc, cw, lem, stem, inq, hasq, bbefore, bafter;
    const int32_t *rk; /* the cue word's went rk, or NULL */
    const int32_t *lw; /* LEM + LEMNC by type (stride NTC) for its lemma and nc, or NULL */
};

static void cnt_cue_init(const struct bl_attr_model *m, const struct attr_ctx *x,
                         const struct attr_words *w, size_t ca, size_t cb, struct cnt_cue *q)
{
    const struct attr_tok *tk = x->tk;
    (void)sent_of(x, ca, &q->sa, &q->se);
    q->ca = ca;
    q->cb = cb;
    q->nc = (uint32_t)tok_class(x, cb, q->sa, q->se);
    q->pc = ca > q->sa ? (uint32_t)tok_class(x, ca - 1, q->sa, q->se) : TC_NONE;
    q->cw = tk[ca].hw;
    q->lem = tk[ca].lemma;
    q->stem = tk[ca].stem;
    q->inq = tk[ca].inq & 1;
    q->hasq = w->qpre[q->se] > w->qpre[q->sa];
    q->bbefore = bucket(ca - q->sa);
    q->bafter = bucket(q->se > cb ? q->se - cb : 0);
    q->rk = w->e[w->id[ca]]->rk;
    q->lw = lem_weights(m, q->lem, q->nc);
}

/* The content ranker's weight of template hc (bk slot k) over the word of
 * token i for candidate type t. */
static inline int32_t edge_w(const struct bl_attr_model *m, const struct attr_words *w,
                             const struct attr_tok *tk, size_t i, uint32_t t, int k, int hc)
{
    const struct went *e = w->e[w->id[i]];
    return e->bk ? e->bk[t * NBK + (uint32_t)k] : rank_h(m, m->rt.c_h[t][hc], tk[i].hw);
}

/* attr_content_score given q; c->type < NCT. */
static int32_t content_score(const struct bl_attr_model *m, const struct attr_ctx *x,
                             const struct attr_words *w, const struct cnt_cue *q,
                             const struct attr_cand *c)
{
    const struct rank_tables *r = &m->rt;
    const struct attr_tok *tk = x->tk;
    const struct bl_doc *d = x->d;
    size_t sa = q->sa, se = q->se, len = c->b - c->a;
    uint32_t t = c->type, cw = q->cw, lem = q->lem, nc = q->nc, pc = q->pc, bl, bc;
    uint32_t sq, eq, commas, ncue;
    int32_t s;
    sq = d->toks[c->a].kind == BL_TOK_QUOTE;
    eq = d->toks[c->b - 1].kind == BL_TOK_QUOTE ||
         (c->b < d->ntoks && d->toks[c->b].kind == BL_TOK_QUOTE);
    commas = w->cpre[c->b] - w->cpre[c->a];
    ncue = w->kpre[c->b] - w->kpre[c->a];
    bl = bucket(len);
    bc = bucket(commas);
    s = r->c_base[t][nc][pc] + r->c_len[t][bl] + r->c_before[t][q->bbefore] +
        r->c_after[t][q->bafter] + r->c_sq[t][nc][sq * 2u + eq] + r->c_inq[t][q->inq][q->hasq] +
        r->c_endc[t][tok_class(x, c->b, sa, se)][tok_class(x, c->b + 1, sa, se)] +
        r->c_commas[t][bc] + r->c_ncues[t][bucket(ncue)] + r->c_firstc[t][tk[c->a].cls];
    if (q->rk) {
        /* a common cue word: what pairs it with the type, from load time */
        const int32_t *k = q->rk + t * NRK;
        s += k[RK_CW] + k[RK_CWNC + nc] + k[RK_CWPC + pc] + k[RK_LENCW + bl] +
             k[RK_COMMACW + bc] + k[RK_CSTEM + nc] +
             (q->cb - 1 == q->ca ? k[RK_CWL] : rank_h(m, r->c_h[t][HC_CWL], tk[q->cb - 1].hw));
    } else {
        s += rank_h(m, r->c_h[t][HC_CW], cw) + rank_h(m, r->c_h[t][HC_CWL], tk[q->cb - 1].hw) +
             rank_h(m, r->c_hcwnc[t][nc], cw) + rank_h(m, r->c_hcwpc[t][pc], cw) +
             rank_h(m, r->c_hlencw[t][bl], cw) + rank_h(m, r->c_hcommacw[t][bc], cw) +
             rank_h(m, r->c_hcstem[t][nc], q->stem);
    }
    s += q->lw ? q->lw[t * NTC]
               : rank_h(m, r->c_h[t][HC_LEM], lem) + rank_h(m, r->c_hlemnc[t][nc], lem);
    /* the words at the span's edges: from load time when common */
    s += edge_w(m, w, tk, c->a, t, BK_FIRSTW, HC_FIRSTW) +
         edge_w(m, w, tk, c->b - 1, t, BK_LASTW, HC_LASTW) +
         (c->b < se ? edge_w(m, w, tk, c->b, t, BK_ENDW, HC_ENDW) : r->c_endw_none[t]) +
         (c->b + 1 < se ? edge_w(m, w, tk, c->b + 1, t, BK_ENDW2, HC_ENDW2) : r->c_endw2_none[t]);
    return s;
}

int32_t attr_content_score(const bl_attr_model *m, const struct attr_ctx *x,
                           const struct attr_words *w, size_t ca, size_t cb,
                           const struct attr_cand *c)
{
    struct cnt_cue q;
    if (c->type >= NCT) {
        uint32_t f[ATTR_MAX_FEATS];
        return score_rank(m, f, attr_content_feats(x, ca, cb, c, f));
    }
    cnt_cue_init(m, x, w, ca, cb, &q);
    return content_score(m, x, w, &q, c);
}

/* What the source features of one cue share: the cue, its sentence (from
 * its first token, no dateline cut) and the first key halves over its word. */
struct src_cue {
    size_t ca, cb, sa, se;
    uint64_t hcwdir, hcwadj;
};

static void src_cue_init(const struct attr_ctx *x, size_t ca, size_t cb, struct src_cue *q)
{
    const struct bl_sentence *st = &x->d->sents[x->d->tok_sent[ca]];
    q->ca = ca;
    q->cb = cb;
    q->sa = st->tok_start;
    q->se = st->tok_end;
    q->hcwdir = fk1(S_CWDIR, x->tk[ca].hw);
    q->hcwadj = fk1(S_CWADJ, x->tk[ca].hw);
}

/* Token k's part of S_PUNCT: 1 comma, 2 quotation mark, 4 other punctuation. */
static uint32_t src_flag(const struct attr_ctx *x, size_t k)
{
    const struct bl_token *t = &x->d->toks[k];
    if (t->kind == BL_TOK_WORD || t->kind == BL_TOK_CLITIC)
        return 0;
    return x->tk[k].cls == TC_COMMA ? 1u : (t->kind == BL_TOK_QUOTE ? 2u : 4u);
}

/* attr_source_score given q and punct, the OR of src_flag over the tokens
 * between s and the cue. */
static int32_t source_score(const struct bl_attr_model *m, const struct attr_ctx *x,
                            const struct attr_words *w, const struct src_cue *q, size_t s,
                            uint32_t punct)
{
    const struct rank_tables *r = &m->rt;
    const struct attr_tok *tk = x->tk;
    const struct bl_doc *d = x->d;
    size_t sa = q->sa, se = q->se, gap;
    uint32_t dir = s < q->ca ? 0 : 1, db, adj, v, ent = tk[s].ent;
    uint32_t pron = tk[s].pron, ac, poss;
    int act;
    int32_t sc;
    gap = s < q->ca ? q->ca - s : s - q->cb + 1;
    db = bucket(gap);
    v = dir * 16 + db;
    adj = gap == 1;
    act = w->actor[s] ? bl_actor_at(d, d->toks[s].start, d->toks[s].end) : -1;
    ac = act >= 0 ? 1u + (uint32_t)d->actors[act].kind : 0u;
    poss = s + 1 < se && d->toks[s + 1].kind == BL_TOK_CLITIC;
    sc = r->s_dir[dir][db] + r->s_shape[tk[s].shape][dir][db] +
         r->s_punct[punct][dir][db > 3 ? 3 : db] +
         r->s_small[dir][adj][s == sa][tk[s].inq & 1][poss] +
         r->s_cls[tok_class(x, s + 1, sa, se)][s > sa ? tok_class(x, s - 1, sa, se) : 0][dir];
    sc += ent < TB_ENT && pron < 2 ? r->s_ent[ent][pron][dir][db]
                                   : rank_w(m, S_ENT, ent, v) + rank_w(m, S_PRON, pron, v) +
                                         rank_w(m, S_ENTDIST, ent * 8u + pron, v);
    sc += ac < TB_ACT ? r->s_act[ac][dir][db] : rank_w(m, S_ACTOR, ac, v);
    sc += rank_w(m, S_W, tk[s].hw, 0) + rank_w(m, S_WDIR, tk[s].hw, v) +
          rank_w(m, S_PREVW, s > sa ? tk[s - 1].hw : 1u, dir) +
          rank_w(m, S_NEXTW, s + 1 < se ? tk[s + 1].hw : 2u, dir) + rank_h(m, q->hcwdir, v) +
          rank_h(m, q->hcwadj, dir * 4 + adj * 2 + (punct != 0));
    return sc;
}

int32_t attr_source_score(const bl_attr_model *m, const struct attr_ctx *x,
                          const struct attr_words *w, size_t ca, size_t cb, size_t s)
{
    struct src_cue q;
    uint32_t punct = 0;
    src_cue_init(x, ca, cb, &q);
    for (size_t k = s < ca ? s + 1 : cb; k < (s < ca ? ca : s); k++)
        punct |= src_flag(x, k);
    return source_score(m, x, w, &q, s, punct);
}

/* ---- model file
 * --------------------------------------------------------------- */


static float rdf(const unsigned char *p)
{
    uint32_t b = bl_rd32le(p);
    float v;
    memcpy(&v, &b, sizeof v);
    return v;
}

static void wrf(unsigned char *p, float v)
{
    uint32_t b;
    memcpy(&b, &v, sizeof b);
    bl_wr32le(p, b);
}

void bl_attr_model_free(bl_attr_model *m)
{
    if (!m)
        return;
    free(m->slots);
    free(m->filter);
    free(m->common);
    free(m->cidx);
    free(m->edge);
    free(m->rk);
    free(m->bk);
    free(m->lem_w);
    free(m->lem_cue);
    free(m->cwent);
    free(m);
}

/* m->cue_wmax and m->cue_min_i. The run decides I when
 * (float)sc * scale > cue_thr, which for scale > 0 grows with sc: the least
 * such sc is found by bisection over the same expression. Otherwise no
 * score is known to leave a token O (cue_min_i is below them all). */
static void load_cue_bound(struct bl_attr_model *m)
{
    float scale = m->scale[ATTR_HEAD_CUE];
    int64_t lo = INT32_MIN, hi = (int64_t)INT32_MAX + 1; /* the least sc deciding I is in [lo, hi] */
    m->cue_wmax = 0;
    for (uint32_t k = 0; k <= m->mask; k++)
        if (m->slots[k].key && m->slots[k].cue > m->cue_wmax)
            m->cue_wmax = m->slots[k].cue;
    m->cue_min_i = m->cue_part_lim = INT64_MIN;
    if (!(scale > 0))
        return;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        float mg = (float)(int32_t)mid * scale;
        if (mg > m->cue_thr)
            hi = mid;
        else
            lo = mid + 1;
    }
    m->cue_min_i = lo;
    m->cue_part_lim = lo - m->cue_wmax;
}

int attr_model_parse(const unsigned char *buf, size_t len, bl_attr_model **out,
                     struct bl_error *err)
{
    struct bl_attr_model *m = NULL;
    uint32_t version, featset, nrows, infolen, cap = 16;
    int16_t w[ATTR_NW];
    const unsigned char *p;
    size_t need;
    int rc = BL_OK;

    *out = NULL;
    if (len < ATTR_HDR_LEN || memcmp(buf, ATTR_MAGIC, 8) != 0)
        return bl_fail(err, BL_ERR_FORMAT, 0,
                       "not a byline attribution model (bad magic or too short)");
    version = bl_rd32le(buf + 8);
    featset = bl_rd32le(buf + 12);
    nrows = bl_rd32le(buf + 16);
    infolen = bl_rd32le(buf + ATTR_HDR_LEN - 4);
    if (version != ATTR_VERSION || featset != ATTR_FEATSET)
        return bl_fail(err, BL_ERR_VERSION, 8,
                       "attribution model version %u/features %u, this build reads %u/%u: "
                       "retrain it",
                       version, featset, ATTR_VERSION, ATTR_FEATSET);
    if (nrows > ATTR_MAX_ROWS || infolen > ATTR_MAX_INFO)
        return bl_fail(err, BL_ERR_FORMAT, 16, "attribution model header is corrupt");
    need = ATTR_HDR_LEN + (size_t)infolen + (size_t)nrows * ATTR_ROW_LEN + 4;
    if (len != need)
        return bl_fail(err, BL_ERR_FORMAT, len < need ? len : need,
                       "attribution model is %s (%zu bytes, header says %zu)",
                       len < need ? "truncated" : "too long", len, need);
    if (bl_fnv32(buf, len - 4) != bl_rd32le(buf + len - 4))
        return bl_fail(err, BL_ERR_FORMAT, len - 4,
                       "attribution model checksum mismatch (corrupt file)");
    m = calloc(1, sizeof *m);
    if (!m)
        return bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
    for (int h = 0; h < ATTR_NHEADS; h++) {
        m->scale[h] = rdf(buf + 20 + 4 * h);
        if (!(m->scale[h] > 0.0f && m->scale[h] < 1e6f)) {
            rc = bl_fail(err, BL_ERR_FORMAT, 20, "attribution model scale is corrupt");
            goto out;
        }
    }
    m->cue_thr = rdf(buf + 32);
    m->src_thr = rdf(buf + 36);
    if (!(m->cue_thr > -1e6f && m->cue_thr < 1e6f) || !(m->src_thr > -1e6f && m->src_thr < 1e6f)) {
        rc = bl_fail(err, BL_ERR_FORMAT, 32, "attribution model threshold is corrupt");
        goto out;
    }
    /* at most a sixth full (12 MB for the shipped model): a missing key,
     * which most lookups are, ends on an empty slot after 1.2 probes on
     * average (1.5 a third full) */
    while (cap < 6 * nrows + 1)
        cap *= 2;
    m->slots = calloc(cap, sizeof *m->slots);
    m->filter = calloc(FILTER_WORDS, sizeof *m->filter);
    if (!m->slots || !m->filter) {
        rc = bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
        goto out;
    }
    m->mask = cap - 1;
    memcpy(m->info, buf + ATTR_HDR_LEN, infolen);
    m->info[infolen] = '\0';
    p = buf + ATTR_HDR_LEN + infolen;
    for (uint32_t r = 0; r < nrows; r++, p += ATTR_ROW_LEN) {
        uint32_t key = bl_rd32le(p), i = key & m->mask;
        if (key == 0) {
            rc = bl_fail(err, BL_ERR_FORMAT, (size_t)(p - buf),
                         "attribution model has an empty key");
            goto out;
        }
        while (m->slots[i].key && m->slots[i].key != key)
            i = (i + 1) & m->mask;
        if (m->slots[i].key == key) {
            rc = bl_fail(err, BL_ERR_FORMAT, (size_t)(p - buf),
                         "attribution model has a duplicate key");
            goto out;
        }
        for (int c = 0; c < ATTR_NW; c++)
            w[c] = (int16_t)(uint16_t)(p[4 + 2 * c] | p[5 + 2 * c] << 8);
        m->slots[i].key = key;
        m->filter[filter_word(key)] |= filter_bits(key);
        m->slots[i].cue = (int32_t)w[ATTR_I] - (int32_t)w[ATTR_O];
        m->slots[i].rank = w[0];
    }
    m->nrows = nrows;
    load_cue_tables(m);
    load_rank_tables(m);
    load_cue_bound(m);
    rc = load_common(m);
    if (rc != BL_OK) {
        rc = bl_fail(err, rc, BL_NONE, "%s",
                     rc == BL_ERR_LIMIT
                         ? "attr model: over 65,534 common tokens: shorten core/common_words.c"
                         : "out of memory");
        goto out;
    }
    if (load_cue_words(m) != BL_OK || load_bound_words(m) != BL_OK || load_lemmas(m) != BL_OK) {
        rc = bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
        goto out;
    }
    *out = m;
out:
    if (rc != BL_OK)
        bl_attr_model_free(m);
    return rc;
}

int bl_attr_model_load(const char *path, bl_attr_model **out, struct bl_error *err)
{
    const size_t max =
        (size_t)(ATTR_HDR_LEN + ATTR_MAX_INFO + 4) + (size_t)ATTR_MAX_ROWS * ATTR_ROW_LEN;
    char *buf = NULL;
    size_t size = 0;
    int rc;

    *out = NULL;
    rc = bl_model_file_read(path, max, "attribution model", &buf, &size, err);
    if (rc != BL_OK)
        return rc;
    rc = attr_model_parse((const unsigned char *)buf, size, out, err);
    if (rc != BL_OK)
        bl_error_prefix(err, path);
    free(buf);
    return rc;
}

const char *bl_attr_model_info(const bl_attr_model *m)
{
    return m ? m->info : "";
}

int attr_model_write(const char *path, const uint32_t *keys, const int16_t *q, uint32_t nrows,
                     const float *scale, float cue_thr, float src_thr, const char *info)
{
    size_t infolen = strlen(info), len;
    unsigned char *buf, *p;
    int rc;

    if (infolen > ATTR_MAX_INFO)
        infolen = ATTR_MAX_INFO;
    len = ATTR_HDR_LEN + infolen + (size_t)nrows * ATTR_ROW_LEN + 4;
    buf = malloc(len);
    if (!buf)
        return BL_ERR_NOMEM;
    memcpy(buf, ATTR_MAGIC, 8);
    bl_wr32le(buf + 8, ATTR_VERSION);
    bl_wr32le(buf + 12, ATTR_FEATSET);
    bl_wr32le(buf + 16, nrows);
    for (int h = 0; h < ATTR_NHEADS; h++)
        wrf(buf + 20 + 4 * h, scale[h]);
    wrf(buf + 32, cue_thr);
    wrf(buf + 36, src_thr);
    bl_wr32le(buf + 40, (uint32_t)infolen);
    memcpy(buf + ATTR_HDR_LEN, info, infolen);
    p = buf + ATTR_HDR_LEN + infolen;
    rc = bl_model_file_write(path, buf, len, p, keys, q, nrows, ATTR_NW);
    free(buf);
    return rc;
}

/* ---- inference
 * ------------------------------------------------------------------ */

/* The ranker score summed over f[0..n). */
static int32_t score_rank(const struct bl_attr_model *m, const uint32_t *f, size_t n)
{
    int32_t s = 0;
    for (size_t k = 0; k < n; k++)
        s += look(m, f[k])->rank;
    return s;
}

int32_t attr_feats_score(const bl_attr_model *m, const uint32_t *f, size_t n, int head)
{
    int32_t s = 0;
    if (head != ATTR_HEAD_CUE)
        return score_rank(m, f, n);
    for (size_t k = 0; k < n; k++)
        s += look(m, f[k])->cue;
    return s;
}

/* The text the quotes and the rules' attributed claims hold, as sorted,
 * disjoint byte ranges (touching ones joined): a span meets one of them
 * exactly when it meets one of the quotes or claims. */
struct cover {
    struct bl_span *v;
    size_t n;
};

static int span_cmp(const void *a, const void *b)
{
    const struct bl_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

static int cover_build(const struct bl_doc *d, const struct bl_claim *have, size_t nhave,
                       struct cover *cv)
{
    size_t n = 0;
    cv->n = 0;
    cv->v = malloc((d->nquotes + nhave + 1) * sizeof *cv->v);
    if (!cv->v)
        return BL_ERR_NOMEM;
    for (size_t i = 0; i < d->nquotes; i++)
        if (d->quotes[i].span.end > d->quotes[i].span.start)
            cv->v[n++] = d->quotes[i].span;
    for (size_t i = 0; i < nhave; i++)
        if (have[i].kind == BL_CLAIM_ATTRIBUTED && have[i].span.end > have[i].span.start)
            cv->v[n++] = have[i].span;
    /* The spans come nearly in order (quotes, then claims, each mostly in
     * text order): insertion sort, unless that turns out to be a long way
     * (then qsort). Which of two equal starts comes first changes nothing
     * below. */
    for (size_t i = 1, budget = 8 * n + 64; i < n; i++) {
        struct bl_span v = cv->v[i];
        size_t j = i;
        for (; j > 0 && cv->v[j - 1].start > v.start && budget; j--, budget--)
            cv->v[j] = cv->v[j - 1];
        cv->v[j] = v;
        if (!budget) {
            qsort(cv->v, n, sizeof *cv->v, span_cmp);
            break;
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (cv->n && cv->v[i].start <= cv->v[cv->n - 1].end) {
            if (cv->v[i].end > cv->v[cv->n - 1].end)
                cv->v[cv->n - 1].end = cv->v[i].end;
        } else {
            cv->v[cv->n++] = cv->v[i];
        }
    }
    return BL_OK;
}

/* True when content s overlaps a quote or an attributed claim found
 * already: the rules' reading stands, and no two claims share text. (Letting
 * through contents that overlap a claim by less than half of both scores a
 * little higher on PolNeAR, +0.003 F1 on held-out training articles, but
 * shows near-duplicate claims.) A shared cue alone is no reason: the rules
 * and the model often read different contents off one cue. cv holds the
 * quotes and claims (cover_build), disjoint and sorted; lo is the first
 * of them ending after some offset at or before s.start (cover_after), so
 * the first ending after s starts is a few on at most: a cue's contents lie
 * close together. */
static inline bool taken(const struct cover *cv, struct bl_span s, size_t lo)
{
    while (lo < cv->n && cv->v[lo].end <= s.start)
        lo++;
    return lo < cv->n && cv->v[lo].start < s.end && s.end > s.start;
}

/* The first range of cv ending after offset off. */
static size_t cover_after(const struct cover *cv, size_t off)
{
    size_t lo = 0, hi = cv->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cv->v[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static const char *const determiners[] = {
    "the",   "a",   "an", "this", "that", "these", "those", "his",     "her", "its",
    "their", "our", "my", "your", "some", "many",  "most",  "several", NULL};

static const char *const preps[] = {"from", "of", "at", "for", "in", "with", NULL};
/* words that end a phrase to the left: verbs and auxiliaries, conjunctions */
static const char *const stops[] = {
    "is",     "are",   "was",  "were",    "be",     "been", "has", "have", "had",  "will",  "would",
    "could",  "can",   "may",  "might",   "should", "must", "did", "does", "do",   "also",  "not",
    "who",    "which", "that", "said",    "says",   "and",  "but", "or",   "when", "while", "after",
    "before", "as",    "if",   "because", "to",     "by",   "on",  NULL};

/* Grow the source word s into its noun phrase: over its entity, over the
 * words between it and a cue it precedes (a determiner picked alone: "The
 * council"), and back over determiners, possessives and capitalised words. */
static struct bl_span source_span(const struct attr_ctx *x, size_t s, size_t ca)
{
    const struct bl_doc *d = x->d;
    const char *text = d->text;
    size_t a = s, b = s + 1, lim = s < ca ? ca : d->sents[d->tok_sent[s]].tok_end;
    uint32_t sent = d->tok_sent[s];
    if (x->tk[s].ent) {
        while (a > 0 && x->tk[a - 1].ent == x->tk[s].ent && d->tok_sent[a - 1] == sent)
            a--;
        while (b < d->ntoks && x->tk[b].ent == x->tk[s].ent && d->tok_sent[b] == sent)
            b++;
    } else if (bl_tok_in(text, &d->toks[s], determiners) || x->tk[s].shape == ATTR_SH_CAP) {
        while (b < lim && b < s + 4 && !x->tk[b].pron &&
               (d->toks[b].kind == BL_TOK_WORD || d->toks[b].kind == BL_TOK_CLITIC) &&
               (s < ca || !x->tk[b].cue_n) && !bl_tok_in(text, &d->toks[b], stops))
            b++;
    }
    while (a > 0 && d->tok_sent[a - 1] == sent && a + 4 > s &&
           (d->toks[a - 1].kind == BL_TOK_CLITIC ||
            (d->toks[a].kind == BL_TOK_CLITIC && d->toks[a - 1].kind == BL_TOK_WORD) ||
            bl_tok_in(text, &d->toks[a - 1], determiners) ||
            (d->toks[a - 1].kind == BL_TOK_WORD && x->tk[a - 1].shape == ATTR_SH_CAP &&
             !x->tk[a - 1].pron)))
        a--;
    /* a name modifying the head before the cue: "several European [countries]" */
    if (x->tk[s].ent && s < ca)
        for (size_t h = b; h < ca && h < b + 2 && d->toks[h].kind == BL_TOK_WORD &&
                           x->tk[h].shape == ATTR_SH_LOWER && !bl_tok_in(text, &d->toks[h], stops);
             h++)
            b = h + 1;
    /* a name in a list or after a preposition belongs to the phrase before:
     * "[Negotiators from Turkey, Greece and] Bulgaria" */
    for (int round = 0; round < 4 && a > 1 && d->tok_sent[a - 2] == sent; round++) {
        const struct bl_token *p = &d->toks[a - 1];
        size_t k;
        /* (a sentence's first word is capitalised anyway: "Meanwhile, the
         * U.S." is no list unless that word is a name) */
        if ((bl_tok_is(text, p, "and") || is_char(x, a - 1, ",")) &&
            (x->tk[a - 2].ent ||
             (x->tk[a - 2].shape == ATTR_SH_CAP && a - 2 > d->sents[sent].tok_start))) {
            a -= 2;
            while (a > 0 && d->tok_sent[a - 1] == sent && x->tk[a - 1].ent &&
                   x->tk[a - 1].ent == x->tk[a].ent)
                a--;
            continue;
        }
        if (!bl_tok_in(text, p, preps))
            break;
        for (k = a - 1; k > 0 && k + 4 > a && d->tok_sent[k - 1] == sent &&
                        d->toks[k - 1].kind == BL_TOK_WORD && !x->tk[k - 1].pron &&
                        !bl_tok_in(text, &d->toks[k - 1], stops);
             k--)
            ;
        if (k == a - 1)
            break;
        a = k;
    }
    /* a possessor takes its head: "the ministry['s report]" */
    if (b < lim && d->toks[b].kind == BL_TOK_CLITIC && (text[d->toks[b].end - 1] | 0x20) == 's') {
        size_t h = b + 1;
        while (h < lim && h < b + 4 && d->toks[h].kind == BL_TOK_WORD && !x->tk[h].pron)
            h++;
        if (h > b + 1)
            b = h;
    }
    return (struct bl_span){d->toks[a].start, d->toks[b - 1].end};
}

/* Content and source of the cue [ca, cb); appends the attribution to *v
 * unless it competes with one found already. */
struct found {
    struct bl_attr_pred *v;
    size_t n, cap;
};

static int one_cue(const struct bl_attr_model *m, const struct attr_ctx *x,
                   const struct attr_words *w, size_t ca, size_t cb, float margin,
                   const struct cover *cv, struct found *fo)
{
    const struct bl_doc *d = x->d;
    uint32_t src[ATTR_MAX_SRC], punct[ATTR_MAX_SRC];
    struct attr_cand cands[ATTR_MAX_CANDS];
    bool is_taken[ATTR_MAX_CANDS];
    struct src_cue q;
    struct cnt_cue cq;
    size_t nc, best = 0, ns, bsrc = BL_NONE;
    int32_t bs = INT32_MIN;
    bool open = false, have = false;
    struct bl_attr_pred p;

    /* a cue run that took a possessor ("framed [Tuesday]'s talks as ..."):
     * the possessor opens the content, which must not start at the clitic */
    while (cb > ca + 1 && cb < d->ntoks && d->toks[cb].kind == BL_TOK_CLITIC)
        cb--;
    nc = attr_content_cands(x, ca, cb, cands);
    /* whichever candidate wins, a content that competes with one found
     * already drops the cue: when all of them do, none need scoring */
    {
        size_t a0 = ca, lo;
        for (size_t k = 0; k < nc; k++)
            if (cands[k].a < a0)
                a0 = cands[k].a;
        lo = cover_after(cv, d->toks[a0].start);
        for (size_t k = 0; k < nc; k++) {
            is_taken[k] = taken(
                cv, (struct bl_span){d->toks[cands[k].a].start, d->toks[cands[k].b - 1].end}, lo);
            open |= !is_taken[k];
        }
    }
    if (!open)
        return BL_OK;
    cnt_cue_init(m, x, w, ca, cb, &cq);
    /* The winner is the first candidate of the highest score, and a
     * content that competes with one found already drops the cue. So the
     * open candidates are scored first, and as soon as a taken one beats
     * the best of them (or ties it from before), the winner is taken and
     * the rest need no scoring. */
    for (int pass = 0; pass < 2; pass++)
        for (size_t k = 0; k < nc; k++) {
            int32_t s1;
            if (is_taken[k] != (pass == 1))
                continue;
            s1 = cands[k].type < NCT ? content_score(m, x, w, &cq, &cands[k])
                                     : attr_content_score(m, x, w, ca, cb, &cands[k]);
            if (pass == 1) {
                if (s1 > bs || (s1 == bs && k < best))
                    return BL_OK;
            } else if (!have || s1 > bs) {
                bs = s1;
                best = k;
                have = true;
            }
        }
    p.a = cands[best].a;
    p.b = cands[best].b;
    p.cue = (struct bl_span){d->toks[ca].start, d->toks[cb - 1].end};
    p.source = (struct bl_span){BL_NONE, BL_NONE};
    p.score = margin;
    /* nor may it compete with one the model found just before ("declined
     * [to comment on it]", "comment on [it]"); a few back suffice, as cues
     * come in order */
    for (size_t k = fo->n; k > 0 && k + 8 > fo->n; k--)
        if (fo->v[k - 1].b > p.a && p.b > fo->v[k - 1].a)
            return BL_OK;
    ns = attr_source_cands(x, ca, cb, p.a, p.b, src);
    src_cue_init(x, ca, cb, &q);
    {
        /* S_PUNCT's OR over the tokens between each candidate and the cue,
         * grown outwards from the cue on each side */
        uint32_t acc = 0;
        size_t j = ca;
        for (size_t k = ns; k-- > 0;)
            if (src[k] < ca) {
                while (j > src[k] + 1)
                    acc |= src_flag(x, --j);
                punct[k] = acc;
            }
        acc = 0;
        j = cb;
        for (size_t k = 0; k < ns; k++)
            if (src[k] >= cb) {
                while (j < src[k])
                    acc |= src_flag(x, j++);
                punct[k] = acc;
            }
    }
    bs = INT32_MIN;
    for (size_t k = 0; k < ns; k++) {
        int32_t s1 = source_score(m, x, w, &q, src[k], punct[k]);
        if (s1 > bs) {
            bs = s1;
            bsrc = src[k];
        }
    }
    if (bsrc != BL_NONE && (float)bs * m->scale[ATTR_HEAD_SOURCE] >= m->src_thr)
        p.source = source_span(x, bsrc, ca);
    if (bl_grow((void **)&fo->v, &fo->cap, fo->n + 1, sizeof *fo->v) != BL_OK)
        return BL_ERR_NOMEM;
    fo->v[fo->n++] = p;
    return BL_OK;
}

/* Is sentence [a, b) at least nine tenths inside the quotes and claims
 * found already (tokens wholly inside a range of cv)? Then the rules have
 * read it, and a content the model could add would have to fit in the few
 * words left over (any that overlaps one of them drops the cue); on
 * PolNeAR's training articles no kept prediction comes from such a
 * sentence, so it is not tagged at all. *j is the first range of cv ending
 * after the last token looked at before (sentences come in order); the
 * count stops at the first uncovered token too many, so an open sentence
 * costs a few tokens. */
static bool covered_sentence(const struct bl_doc *d, const struct cover *cv, size_t *j, size_t a,
                             size_t b)
{
    size_t room = (b - a) / 10, k = *j;
    for (size_t i = a; i < b; i++) {
        while (k < cv->n && cv->v[k].end < d->toks[i].end)
            k++;
        *j = k;
        if (k == cv->n) /* none after: this token and the rest are open */
            return b - i <= room;
        if (cv->v[k].start > d->toks[i].start && room-- == 0)
            return false;
    }
    return true;
}

int bl_attr_model_run(const bl_attr_model *m, const bl_cues *cues, const struct bl_doc *d,
                      const uint8_t *boiler, const struct bl_claim *have, size_t nhave,
                      struct bl_attr_pred **out, size_t *nout)
{
    struct attr_ctx x = {0};
    struct attr_words *w = NULL;
    struct found fo = {0};
    struct cover cv = {0};
    int32_t *sc0 = NULL; /* cue scores of a sentence's tokens given an O before */
    uint8_t *part = NULL; /* 1 where sc0 lacks BI_R and the token is O after an O */
    size_t cj = 0;        /* covered_sentence's place in cv */
    int rc;

    *out = NULL;
    *nout = 0;
    if (!m || !d->ntoks || !d->nsents)
        return BL_OK;
    rc = attr_ctx_init(&x, d, cues);
    if (rc == BL_OK)
        rc = attr_words_build(m, &x, &w);
    if (rc == BL_OK)
        rc = cover_build(d, have, nhave, &cv);
    if (rc == BL_OK) {
        sc0 = malloc(d->ntoks * sizeof *sc0); /* each sentence's part set before read */
        part = malloc(d->ntoks);
        if (!sc0 || !part)
            rc = BL_ERR_NOMEM;
    }
    for (size_t si = 0; si < d->nsents && rc == BL_OK; si++) {
        const struct bl_sentence *se = &d->sents[si];
        int prev = ATTR_O;
        size_t ca = BL_NONE;
        float margin = 0;
        if (boiler ? boiler[si] : bl_claims_boilerplate(d, si))
            continue;
        /* Content candidates and features scan the cue's sentence, so a cue
         * costs its sentence's length: an endless "sentence" (a list, a
         * table, text with no full stops) would make the stage quadratic.
         * News sentences are far shorter than this; the rules still run on
         * such text, the model does not. */
        if (se->tok_end - se->tok_start > ATTR_MAX_SENT_TOKENS)
            continue;
        if (covered_sentence(d, &cv, &cj, se->tok_start, se->tok_end))
            continue;
        /* greedy I/O tagging; a run of cue tokens is one cue. Only two
         * features read the previous label, so the scores given an O come
         * first and an I before adds the difference. */
        attr_cue_sentence(m, &x, w, si, sc0, part);
        for (size_t i = se->tok_start; i < se->tok_end && rc == BL_OK; i++) {
            int32_t sc;
            float mg;
            if (prev == ATTR_O) {
                /* O again over the partial scores (and no cue run is open):
                 * most tokens, passed over in a tight loop */
                while (i < se->tok_end && part[i - se->tok_start])
                    i++;
                if (i == se->tok_end)
                    break;
            }
            sc = sc0[i - se->tok_start];
            if (part[i - se->tok_start]) /* after an I */
                sc += attr_cue_bir(m, &x, w, i);
            if (prev == ATTR_I)
                sc += attr_cue_prev_i(m, &x, w, i);
            mg = (float)sc * m->scale[ATTR_HEAD_CUE];
            /* the threshold moves the decision itself, so a negative one
             * finds more cues */
            prev = mg > m->cue_thr ? ATTR_I : ATTR_O;
            if (prev == ATTR_I) {
                if (ca == BL_NONE || mg > margin)
                    margin = mg;
                if (ca == BL_NONE)
                    ca = i;
            } else if (ca != BL_NONE) {
                rc = one_cue(m, &x, w, ca, i, margin, &cv, &fo);
                ca = BL_NONE;
            }
        }
        if (ca != BL_NONE && rc == BL_OK)
            rc = one_cue(m, &x, w, ca, se->tok_end, margin, &cv, &fo);
    }
    if (rc == BL_OK) {
        *out = fo.v;
        *nout = fo.n;
        fo.v = NULL;
    }
    free(fo.v);
    free(cv.v);
    free(sc0);
    free(part);
    attr_words_free(w);
    attr_ctx_free(&x);
    return rc;
}
