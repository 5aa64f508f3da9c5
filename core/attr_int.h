/* attr_int.h -- the learned attribution model's features, candidates and file
 * format, shared by core/attr_model.c (inference) and tools/train_attr.c
 * (training) so that both compute exactly the same features. Not part of the
 * public API. */
#ifndef BL_ATTR_INT_H
#define BL_ATTR_INT_H

#include "bl_int.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Three linear heads share one hashed feature table. A row holds ATTR_NW
 * weights; the cue tagger uses all three (O, B, I), the content and source
 * rankers only the first. A key's top two bits are its head's number, so a
 * row serves one head. */
enum { ATTR_HEAD_CUE, ATTR_HEAD_CONTENT, ATTR_HEAD_SOURCE, ATTR_NHEADS };
#define ATTR_NW 3
enum { ATTR_O = 0, ATTR_B = 1, ATTR_I = 2 };

#define ATTR_MAX_FEATS  64 /* features of one token, content or source candidate */
#define ATTR_MAX_CANDS  20 /* content candidates of one cue */
#define ATTR_SRC_WINDOW 14 /* source candidates: word tokens this close to the cue */
#define ATTR_SRC_FAR    30 /* and names and pronouns this close before it */
#define ATTR_MAX_SRC    (ATTR_SRC_FAR + ATTR_SRC_WINDOW + 4)
#define ATTR_MAX_CUE    4 /* tokens a predicted cue may cover */

/* Model file (little-endian):
 *   magic "BLATTMDL" | u32 version | u32 feature-set version | u32 nrows |
 *   f32 scale[3] (per head: real weight = q * scale) | f32 cue threshold |
 *   f32 source threshold | u32 info length | info bytes (provenance) |
 *   nrows * (u32 key, i16 w[3]) | u32 FNV-1a checksum of all before */
#define ATTR_MAGIC    "BLATTMDL"
#define ATTR_VERSION  1u
/* 4: three more content candidate types (CT_AFTER_AND, CT_AFTER_SUB,
 * CT_AFTER_PREP), which a set-3 model has no weights for */
/* 5: a candidate after a noun phrase's particle (CT_AFTER_NP) and one-word
 * spans before "and", a subordinating word or a preposition */
/* 6: a key's top two bits name its head (attr_model.c fk1), so that no
 * two heads share a row */
#define ATTR_FEATSET  6u
#define ATTR_MAX_ROWS (1u << 20)
#define ATTR_MAX_INFO 4096u
#define ATTR_HDR_LEN  (8 + 3 * 4 + 3 * 4 + 4 + 4 + 4)
#define ATTR_ROW_LEN  (4 + 2 * ATTR_NW)

/* Per-token facts computed once per document. */
struct attr_tok {
    uint32_t hw;    /* lower-cased word (digits folded to 0) */
    uint32_t hsuf;  /* its last three bytes */
    uint32_t stem;  /* the word without -s, -ed, -ing */
    uint32_t lemma; /* hash of the cue-lexicon lemma starting here, or 0 */
    uint8_t shape;  /* ATTR_SH_* */
    uint8_t ent;    /* 0, or 1 + entity type of the entity covering it */
    uint8_t cue_n;  /* tokens of the lexicon cue starting here, 0 for none */
    uint8_t cue_tag;
    uint8_t inq;    /* inside a quotation */
    uint8_t pron;   /* a personal pronoun (he, she, they, it, we, i, you) */
    uint8_t in_cue; /* inside (not at the start of) a lexicon cue */
    uint8_t cls;    /* coarse class (attr_model.c TC_*) */
};

enum { ATTR_SH_LOWER, ATTR_SH_CAP, ATTR_SH_CAPS, ATTR_SH_NUM, ATTR_SH_PUNCT, ATTR_SH_QUOTE };

/* Per-document context. Borrows the doc and the cue lexicon; owns tk, sa,
 * first and pre. */
struct attr_ctx {
    const struct bl_doc *d;
    const bl_cues *cues;
    struct attr_tok *tk; /* d->ntoks entries */
    uint32_t *sa;        /* first token of each sentence after any dateline */
    /* 1 + the first token of each of the tagger's spellings (d->tok_word;
     * nspell entries, 0: none spelt so), or NULL (then nspell is 0) */
    uint32_t *first;
    size_t nspell;
    /* the spellings met plus the tokens without one: at least as many as
     * the distinct (hw, hsuf, stem) of the tokens */
    size_t nkeys;
    /* every token has a spelling number below nspell (then attr_words_build
     * takes a spelling for a word) */
    bool numbered;
    /* quotation marks, commas (TC_COMMA) and lexicon cue starts before each
     * token: three runs of ntoks + 1 counts, which attr_words_build lends
     * its words (counted here, where each token's facts are at hand) */
    uint32_t *pre;
    /* some token's pronoun or quotation flag is over 1 (then attr_words'
     * plain, as when an entity code is beyond its tables) */
    bool plain;
};

/* A content candidate: tokens [a, b) and the rule that proposed it. */
struct attr_cand {
    uint32_t a, b;
    uint8_t type;
};

/* The word hashes of a token spelt s[0..n) (struct attr_tok's hw, hsuf and
 * stem). Pure; thread-safe. */
void attr_word_keys(const char *s, size_t n, uint32_t *hw, uint32_t *hsuf, uint32_t *stem);
/* Those and the class and pronoun flag of a word token spelt s[0..n), in
 * f's hw, hsuf, stem, attr_cls and attr_pron: what attr_ctx_init gives any
 * word token of the same bytes, ASCII case folded (but an upper-case 'S'
 * before the last of over three bytes: see cues.c's word_key), and reads
 * from f for the common words (bl_cues_load keeps them). Pure;
 * thread-safe. */
void attr_word_facts(const char *s, size_t n, struct bl_word_facts *f);

/* Fill x for d (needs tokens, sentences, entities). BL_OK or BL_ERR_NOMEM;
 * attr_ctx_free is safe either way. */
int attr_ctx_init(struct attr_ctx *x, const struct bl_doc *d, const bl_cues *cues);
void attr_ctx_free(struct attr_ctx *x);

/* Cue-tagger features of token i given the previous token's label. Writes at
 * most ATTR_MAX_FEATS keys to f and returns how many. */
size_t attr_cue_feats(const struct attr_ctx *x, size_t i, int prev, uint32_t *f);

/* The cue tagger's per-document table of distinct words (attr_model.c):
 * attr_words_build fills *out for x (the caller frees it with
 * attr_words_free, which takes NULL); BL_OK or BL_ERR_NOMEM. */
struct attr_words;
int attr_words_build(const bl_attr_model *m, const struct attr_ctx *x, struct attr_words **out);
void attr_words_free(struct attr_words *w);

/* The cue tagger's I - O scores, in quantised units, of the tokens of
 * sentence si given an O label before each: out[k] for token
 * d->sents[si].tok_start + k (out holds the sentence's tokens). With part
 * NULL, exactly the sums of the weights of attr_cue_feats(x, i, ATTR_O),
 * computed faster. With part (one byte per token of the sentence), a token
 * whose score without the BI_R pair feature leaves it O after an O whatever
 * that one feature adds gets part[k] = 1 and that partial score (the
 * hash and probe of BI_R are saved: most tokens are plainly O);
 * attr_cue_bir gives what it lacks, for scoring it after an I. Every other
 * token gets part[k] = 0 and its exact score. attr_cue_prev_i gives what an
 * I before token i adds (only two features read the previous label). w
 * keeps weights it looks up for later tokens, so one thread at a time may
 * use it; m and x are only read. */
void attr_cue_sentence(const bl_attr_model *m, const struct attr_ctx *x, struct attr_words *w,
                       size_t si, int32_t *out, uint8_t *part);
int32_t attr_cue_bir(const bl_attr_model *m, const struct attr_ctx *x,
                     const struct attr_words *w, size_t i);
/* Whether the cue tagger labels a token with cue score sc (quantised) I. */
bool attr_cue_is_i(const bl_attr_model *m, int32_t sc);
int32_t attr_cue_prev_i(const bl_attr_model *m, const struct attr_ctx *x,
                        const struct attr_words *w, size_t i);

/* The plain sum over the features f[0..n) of head's weight (I - O for the
 * cue head), in quantised units: what the fast paths must equal. */
int32_t attr_feats_score(const bl_attr_model *m, const uint32_t *f, size_t n, int head);

/* The rankers' scores of content candidate c and of source word s, in
 * quantised units: exactly the sums of the weights of attr_content_feats and
 * attr_source_feats (whose a, b the source features do not read), computed
 * faster. Everything is only read; thread-safe. */
int32_t attr_content_score(const bl_attr_model *m, const struct attr_ctx *x,
                           const struct attr_words *w, size_t ca, size_t cb,
                           const struct attr_cand *c);
int32_t attr_source_score(const bl_attr_model *m, const struct attr_ctx *x,
                          const struct attr_words *w, size_t ca, size_t cb, size_t s);

/* Sentences longer than this many tokens are left to the rules at run time
 * (see bl_attr_model_run): the model's cost per cue grows with its sentence. */
#define ATTR_MAX_SENT_TOKENS 200

/* Content candidates of the cue at tokens [ca, cb): writes at most
 * ATTR_MAX_CANDS distinct spans to out and returns how many. */
size_t attr_content_cands(const struct attr_ctx *x, size_t ca, size_t cb, struct attr_cand *out);
size_t attr_content_feats(const struct attr_ctx *x, size_t ca, size_t cb,
                          const struct attr_cand *cand, uint32_t *f);

/* Source candidates of the cue [ca, cb) whose content is [a, b): word tokens
 * near the cue outside the content. Writes at most ATTR_MAX_SRC token
 * indices and returns how many. */
size_t attr_source_cands(const struct attr_ctx *x, size_t ca, size_t cb, size_t a, size_t b,
                         uint32_t *out);
size_t attr_source_feats(const struct attr_ctx *x, size_t ca, size_t cb, size_t a, size_t b,
                         size_t s, uint32_t *f);


/* Write a model file (see the format above). keys/q hold nrows rows of
 * ATTR_NW quantised weights. BL_OK, BL_ERR_IO or BL_ERR_NOMEM. */
int attr_model_write(const char *path, const uint32_t *keys, const int16_t *q, uint32_t nrows,
                     const float *scale, float cue_thr, float src_thr, const char *info);

/* Parse a model image (see bl_attr_model_load). */
int attr_model_parse(const unsigned char *buf, size_t len, bl_attr_model **out,
                     struct bl_error *err);

#endif /* BL_ATTR_INT_H */
