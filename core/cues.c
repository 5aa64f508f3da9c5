/* cues.c -- the cue lexicon: speech and belief verbs ("said", "warned",
 * "believes") and phrases ("according to") that introduce reported speech,
 * loaded from data/cues.tsv and matched against tokens by the quotes stage
 * (and the claims stage). It also keeps, for the common words, what the
 * rule stages work out from a word's bytes (struct bl_word_facts), looked
 * up once per spelling of a document. Read-only after load. */
#include "bl_int.h"
#include "attr_int.h"
#include "claims_int.h"
#include "common_words.h"
#include "quotes_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Longest form kept, in bytes, and the most tokens a form may span. */
#define CUE_MAX_FORM 48
#define CUE_MAX_TOKS 3

/* One key of the lookup table: a form, or the first words of a longer
 * form ("according" of "according to"), or both. */
struct slot {
    const char *key; /* into strings; the key is its first klen bytes */
    uint32_t hash;   /* hash_final of the FNV-1a of the key; 0: empty slot */
    uint16_t klen;
    bool prefix; /* a longer form goes on from this key */
    int32_t cue; /* index into v of the form, or -1 */
};

/* Bits in the sieve of first words (a power of two). */
#define CUE_SIEVE_BITS 8192 /* sieve_bit() gives 13 bits */

struct bl_cues {
    struct bl_cue *v; /* sorted by form */
    size_t n;
    char *strings;      /* every form and lemma, NUL-separated */
    struct slot *slots; /* open addressing, nslots a power of two */
    size_t nslots;
    /* One bit per (first byte, last byte, length) of the first word of some
     * form: a token whose bit is clear starts no cue, and most tokens are
     * turned away here without folding and hashing them. */
    uint64_t sieve[CUE_SIEVE_BITS / 64];
    /* The same over the second and the next-to-last bytes of a first word
     * of two bytes or more: "and" passes the first sieve by "add" but not
     * this one. */
    uint64_t sieve2[CUE_SIEVE_BITS / 64];
    /* The common words (core/common_words.c) with what the stages work
     * out from their bytes (struct bl_word_facts): an open-addressing table
     * of wmask + 1 entries by key (k0 == 0: empty), so that looking a word
     * up reads its entry straight away, one cache miss where an index
     * table and then the entry were two in a row. */
    struct bl_word_facts *words;
    size_t wmask;
};

static const struct bl_cue *find(const bl_cues *c, const char *key);
static int build_words(bl_cues *c);
static size_t match_from(const bl_cues *c, const char *text, const struct bl_token *toks, size_t n,
                         size_t i, const struct bl_cue **out);

/* FNV-1a, one byte at a time so a key can grow word by word; never 0. */
#define HASH_SEED 2166136261u
static uint32_t hash_byte(uint32_t h, unsigned char b)
{
    return (h ^ b) * 16777619u;
}

static uint32_t hash_final(uint32_t h)
{
    return h ? h : 1;
}

/* The slot of key[0..klen) (with hash h): its own, or the empty one where
 * it would go. */
static struct slot *slot_of(const bl_cues *c, const char *key, size_t klen, uint32_t h)
{
    size_t mask = c->nslots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        struct slot *sl = &c->slots[i];
        if (!sl->hash || (sl->hash == h && sl->klen == klen && memcmp(sl->key, key, klen) == 0))
            return sl;
    }
}

/* The sieve bit of a first word of len bytes whose first and last bytes are
 * first and last; a word of no bytes has both 0. The low five bits of a
 * letter are the same in either case, so a token and the lower-case form it
 * matches share their bit without folding. */
static size_t sieve_bit(unsigned char first, unsigned char last, size_t len)
{
    return (size_t)((first & 31u) << 8 | (last & 31u) << 3 | (len & 7u));
}

/* Could the token s[0..len) be the first word of a form? Most words are
 * turned away here, before any folding and hashing. */
static inline bool sieve_may(const bl_cues *c, const char *s, size_t len)
{
    size_t bit = len ? sieve_bit((unsigned char)s[0], (unsigned char)s[len - 1], len)
                     : sieve_bit(0, 0, 0);
    if (!((c->sieve[bit / 64] >> (bit % 64)) & 1))
        return false;
    if (len < 2)
        return true;
    bit = sieve_bit((unsigned char)s[1], (unsigned char)s[len - 2], len);
    return (c->sieve2[bit / 64] >> (bit % 64)) & 1;
}

/* Index every form and the word-prefixes of the longer ones. A form maps
 * to the entry the binary search over v finds, so a lexicon with duplicate
 * forms answers as before. */
static int build_index(bl_cues *c)
{
    size_t keys = 0, need = 16;
    for (size_t i = 0; i < c->n; i++)
        keys += c->v[i].ntoks; /* the form and its shorter prefixes, at most */
    while (need < 2 * keys)
        need *= 2; /* at most half full: probes stay short */
    c->slots = calloc(need, sizeof *c->slots);
    if (!c->slots)
        return BL_ERR_NOMEM;
    c->nslots = need;
    for (size_t i = 0; i < c->n; i++) {
        const char *form = c->v[i].form;
        size_t w = strcspn(form, " ");
        size_t bit = w ? sieve_bit((unsigned char)form[0], (unsigned char)form[w - 1], w)
                       : sieve_bit(0, 0, 0);
        uint32_t h = HASH_SEED;
        c->sieve[bit / 64] |= (uint64_t)1 << (bit % 64);
        if (w >= 2) {
            bit = sieve_bit((unsigned char)form[1], (unsigned char)form[w - 2], w);
            c->sieve2[bit / 64] |= (uint64_t)1 << (bit % 64);
        }
        for (size_t k = 0;; k++) {
            if (form[k] == ' ' || form[k] == '\0') {
                struct slot *sl = slot_of(c, form, k, hash_final(h));
                if (!sl->hash) {
                    sl->key = form;
                    sl->klen = (uint16_t)k;
                    sl->hash = hash_final(h);
                    sl->cue = -1;
                }
                if (form[k] == ' ')
                    sl->prefix = true;
                else
                    sl->cue = (int32_t)(find(c, form) - c->v);
            }
            if (form[k] == '\0')
                break;
            h = hash_byte(h, (unsigned char)form[k]);
        }
    }
    return BL_OK;
}

static int cmp_cue(const void *a, const void *b)
{
    return strcmp(((const struct bl_cue *)a)->form, ((const struct bl_cue *)b)->form);
}

static int parse_class(const char *s)
{
    if (!strcmp(s, "speech"))
        return BL_CUE_SPEECH;
    if (!strcmp(s, "belief"))
        return BL_CUE_BELIEF;
    return -1;
}

static int parse_tag(const char *s)
{
    static const char *const names[] = {"base", "3sg", "past", "pp", "ing", "prep"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(s, names[i]))
            return (int)i;
    return -1;
}

/* Lower-case ASCII copy; the lexicon and the keys built from tokens are
 * folded the same way. */
static void fold(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s - 'A' + 'a');
}

/* Load data_dir/cues.tsv. The caller owns *out (bl_cues_free); on failure
 * *out is NULL and err names the line. The result is read-only and may be
 * shared by threads. */
int bl_cues_load(const char *data_dir, bl_cues **out, struct bl_error *err)
{
    struct bl_cues *c = NULL;
    FILE *f = NULL;
    char path[4096], line[256];
    size_t cap = 0, scap = 0, slen = 0, lineno = 0;
    size_t *offs = NULL; /* form/lemma offsets into strings while it grows */
    size_t ocap = 0;
    int rc = BL_OK;

    *out = NULL;
    if ((size_t)snprintf(path, sizeof path, "%s/cues.tsv", data_dir) >= sizeof path)
        return bl_fail(err, BL_ERR_ARG, BL_NONE, "data directory path too long");
    f = fopen(path, "r");
    if (!f)
        return bl_fail(err, BL_ERR_NOTFOUND, BL_NONE, "cannot open %s", path);
    c = calloc(1, sizeof *c);
    if (!c) {
        rc = bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
        goto out;
    }
    while (fgets(line, sizeof line, f)) {
        char *form, *lemma, *cls, *tag, *save = NULL;
        size_t fl, ll;
        int ci, ti;
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        form = strtok_r(line, "\t", &save);
        lemma = strtok_r(NULL, "\t", &save);
        cls = strtok_r(NULL, "\t", &save);
        tag = strtok_r(NULL, "\t", &save);
        ci = cls ? parse_class(cls) : -1;
        ti = tag ? parse_tag(tag) : -1;
        if (!form || !lemma || ci < 0 || ti < 0 || strlen(form) >= CUE_MAX_FORM) {
            rc = bl_fail(err, BL_ERR_FORMAT, BL_NONE, "%s:%zu: bad line", path, lineno);
            goto out;
        }
        fold(form);
        fl = strlen(form) + 1;
        ll = strlen(lemma) + 1;
        if (bl_grow((void **)&c->v, &cap, c->n + 1, sizeof *c->v) != BL_OK ||
            bl_grow((void **)&offs, &ocap, 2 * c->n + 2, sizeof *offs) != BL_OK ||
            bl_grow((void **)&c->strings, &scap, slen + fl + ll, 1) != BL_OK) {
            rc = bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
            goto out;
        }
        memcpy(c->strings + slen, form, fl);
        offs[2 * c->n] = slen;
        slen += fl;
        memcpy(c->strings + slen, lemma, ll);
        offs[2 * c->n + 1] = slen;
        slen += ll;
        c->v[c->n].cls = (uint8_t)ci;
        c->v[c->n].tag = (uint8_t)ti;
        c->v[c->n].ntoks = 1;
        for (const char *p = form; *p; p++)
            if (*p == ' ')
                c->v[c->n].ntoks++;
        if (c->v[c->n].ntoks > CUE_MAX_TOKS) {
            rc = bl_fail(err, BL_ERR_FORMAT, BL_NONE, "%s:%zu: form over %d words", path, lineno,
                         CUE_MAX_TOKS);
            goto out;
        }
        c->n++;
    }
    if (ferror(f)) {
        rc = bl_fail(err, BL_ERR_IO, BL_NONE, "cannot read %s", path);
        goto out;
    }
    /* strings has stopped moving: point the entries into it */
    for (size_t i = 0; i < c->n; i++) {
        c->v[i].form = c->strings + offs[2 * i];
        c->v[i].lemma = c->strings + offs[2 * i + 1];
    }
    if (c->n)
        qsort(c->v, c->n, sizeof *c->v, cmp_cue);
    if (build_index(c) != BL_OK || build_words(c) != BL_OK) {
        rc = bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
        goto out;
    }
    *out = c;
    c = NULL;
out:
    free(offs);
    if (f)
        (void)fclose(f);
    bl_cues_free(c);
    return rc;
}

void bl_cues_free(bl_cues *c)
{
    if (!c)
        return;
    free(c->v);
    free(c->strings);
    free(c->slots);
    free(c->words);
    free(c);
}

size_t bl_cues_count(const bl_cues *c)
{
    return c ? c->n : 0;
}

const struct bl_word_facts *bl_cues_words(const bl_cues *c, size_t *n)
{
    *n = c && c->words ? c->wmask + 1 : 0;
    return c ? c->words : NULL;
}

static const struct bl_cue *find(const bl_cues *c, const char *key)
{
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int r = strcmp(key, c->v[mid].form);
        if (r == 0)
            return &c->v[mid];
        if (r < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* Longest cue starting at toks[i]; see bl_int.h. The key "w1 w2 w3" is
 * folded and hashed as it grows, and the walk stops at the first key that
 * no form starts with: most words cost one probe. */
size_t bl_cues_match(const bl_cues *c, const char *text, const struct bl_token *toks, size_t n,
                     size_t i, const struct bl_cue **out)
{
    if (out)
        *out = NULL;
    if (!c || !c->n || i >= n || toks[i].kind != BL_TOK_WORD)
        return 0;
    if (!sieve_may(c, text + toks[i].start, toks[i].end - toks[i].start))
        return 0; /* no form starts with this word */
    return match_from(c, text, toks, n, i, out);
}

/* bl_cues_match for a word token i that passed the sieve; *out is NULL
 * on entry. */
static size_t match_from(const bl_cues *c, const char *text, const struct bl_token *toks, size_t n,
                         size_t i, const struct bl_cue **out)
{
    char key[CUE_MAX_FORM];
    size_t klen = 0, best = 0;
    uint32_t h = HASH_SEED;

    for (size_t k = 0; k < CUE_MAX_TOKS && i + k < n; k++) {
        const struct bl_token *t = &toks[i + k];
        size_t tl = t->end - t->start;
        const struct slot *sl;
        if (t->kind != BL_TOK_WORD)
            break;
        if (klen + (k > 0) + tl >= sizeof key)
            break;
        if (k > 0) {
            key[klen++] = ' ';
            h = hash_byte(h, ' ');
        }
        for (size_t j = 0; j < tl; j++) {
            char ch = text[t->start + j];
            if (ch >= 'A' && ch <= 'Z')
                ch = (char)(ch - 'A' + 'a');
            key[klen++] = ch;
            h = hash_byte(h, (unsigned char)ch);
        }
        sl = slot_of(c, key, klen, hash_final(h));
        if (!sl->hash)
            break;
        if (sl->cue >= 0 && c->v[sl->cue].ntoks == k + 1) {
            if (out)
                *out = &c->v[sl->cue];
            best = k + 1;
        }
        if (!sl->prefix)
            break;
    }
    return best;
}

/* What a word alone says of the cues starting at it, kept per spelling by
 * bl_cues_index: SP_UNASKED, not asked yet; SP_NONE, no cue starts there;
 * SP_LONGER, a longer form may go on from it (search at each token);
 * SP_CUE + k, the one-word cue v[k] and nothing longer. */
enum { SP_UNASKED = 0, SP_NONE, SP_LONGER, SP_CUE };

/* The SP_ answer for the word token t, which passed the sieve: what
 * match_from would find were the walk to stop after it, or SP_LONGER when
 * it might not. */
static __attribute__((noinline)) uint32_t spelling_answer(const bl_cues *c, const char *text,
                                                          const struct bl_token *t)
{
    const char *s = text + t->start;
    size_t tl = t->end - t->start;
    uint32_t h = HASH_SEED;
    char key[CUE_MAX_FORM];
    const struct slot *sl;

    if (tl >= sizeof key)
        return SP_NONE;
    for (size_t j = 0; j < tl; j++) {
        char ch = s[j];
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch - 'A' + 'a');
        key[j] = ch;
        h = hash_byte(h, (unsigned char)ch);
    }
    sl = slot_of(c, key, tl, hash_final(h));
    if (!sl->hash)
        return SP_NONE;
    if (sl->prefix)
        return SP_LONGER;
    if (sl->cue >= 0 && c->v[sl->cue].ntoks == 1)
        return SP_CUE + (uint32_t)sl->cue;
    return SP_NONE;
}

/* bl_cues_index's pass by token: the sieve, then the search. */
static void index_tokens(const bl_cues *c, const struct bl_doc *d, const struct bl_cue **at)
{
    for (size_t i = 0; i < d->ntoks; i++) {
        const struct bl_token *t = &d->toks[i];
        at[i] = NULL;
        if (t->kind == BL_TOK_WORD && sieve_may(c, d->text + t->start, t->end - t->start))
            (void)match_from(c, d->text, d->toks, d->ntoks, i, &at[i]);
    }
}

/* The key of the common-word table for token t of text[0..len): its bytes,
 * ASCII case folded, NUL-padded to 16 and read as two numbers (k0 is never
 * 0: tokens hold no NUL). False for a token no entry may stand for: not a
 * word or clitic, over 16 bytes, or of over three bytes with an upper-case
 * 'S' before the last (the attribution model's stem tells "-SS" from "-ss"
 * by case: stem_hash's s[n - 2] != 's'; such a word is analysed as any). */
static inline bool word_key(const char *text, size_t len, const struct bl_token *t, uint64_t *k0,
                            uint64_t *k1)
{
    size_t l = t->end - t->start;

    if ((t->kind != BL_TOK_WORD && t->kind != BL_TOK_CLITIC) || l == 0 || l > 16)
        return false;
    if (l > 3 && text[t->end - 2] == 'S')
        return false;
    if (t->start + 16 <= len) {
        uint64_t x0, x1 = 0;
        memcpy(&x0, text + t->start, 8);
        if (l < 8) {
            x0 &= ((uint64_t)1 << (8 * l)) - 1;
        } else if (l > 8) {
            memcpy(&x1, text + t->start + 8, 8);
            if (l < 16)
                x1 &= ((uint64_t)1 << (8 * (l - 8))) - 1;
            x1 = bl_fold8(x1);
        }
        *k0 = bl_fold8(x0);
        *k1 = x1;
    } else {
        /* near the end of the text: byte by byte, the same numbers */
        char key[16] = {0};
        for (size_t j = 0; j < l; j++) {
            char ch = text[t->start + j];
            key[j] = (char)(ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
        }
        memcpy(k0, key, 8);
        memcpy(k1, key + 8, 8);
    }
    return true;
}

static inline size_t word_slot(uint64_t k0, uint64_t k1)
{
    return (size_t)(((k0 ^ (k1 * 0x9e3779b97f4a7c15ull)) * 0xff51afd7ed558ccdull) >> 40);
}

/* The common word of key k0, k1 searched from slot j (word_slot's, masked),
 * or NULL. */
static inline const struct bl_word_facts *word_find_at(const bl_cues *c, size_t j, uint64_t k0,
                                                       uint64_t k1)
{
    for (; c->words[j].k0; j = (j + 1) & c->wmask) {
        const struct bl_word_facts *f = &c->words[j];
        if (f->k0 == k0 && f->k1 == k1)
            return f;
    }
    return NULL;
}

/* The common word of key k0, k1, or NULL. */
static inline const struct bl_word_facts *word_find(const bl_cues *c, uint64_t k0, uint64_t k1)
{
    return word_find_at(c, word_slot(k0, k1) & c->wmask, k0, k1);
}

/* c->words: every word and clitic of bl_common_words once (by
 * key), with its facts worked out from its lower-case bytes, which are
 * those of any token of the same key (see word_key). BL_OK or
 * BL_ERR_NOMEM. */
static int build_words(bl_cues *c)
{
    struct bl_token *toks = NULL;
    size_t n = 0, cap = 16, len = bl_common_words_len;
    char *low = NULL;
    int rc = BL_ERR_NOMEM;

    if (bl_tokenize(bl_common_words, len, &toks, &n) != BL_OK)
        goto out;
    low = malloc(len + 1);
    while (cap < 2 * n)
        cap *= 2;
    c->words = calloc(cap, sizeof *c->words); /* all empty */
    if (!low || !c->words)
        goto out;
    c->wmask = cap - 1;
    for (size_t k = 0; k <= len; k++) {
        char ch = bl_common_words[k];
        low[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
    }
    for (size_t k = 0; k < n; k++) {
        const struct bl_token *t = &toks[k];
        struct bl_word_facts *f;
        uint64_t k0, k1;
        size_t j;
        if (!word_key(low, len, t, &k0, &k1) || word_find(c, k0, k1))
            continue;
        /* its slot: the first empty one from word_slot's (the table is
         * at most half full) */
        for (j = word_slot(k0, k1) & c->wmask; c->words[j].k0; j = (j + 1) & c->wmask)
            ;
        f = &c->words[j];
        f->k0 = k0;
        f->k1 = k1;
        f->lists = bl_claims_word_lists(low, len, t);
        f->quote_lists = (uint8_t)bl_quotes_word_lists(low, len, t);
        /* as index_spellings asks of a word token */
        f->cue =
            sieve_may(c, low + t->start, t->end - t->start) ? spelling_answer(c, low, t) : SP_NONE;
        attr_word_facts(low + t->start, t->end - t->start, f);
    }
    rc = BL_OK;
out:
    free(low);
    free(toks);
    return rc;
}

/* The SP_ answer and common word of the spelling first met at token t (of
 * key k0, k1 and slot j when keyed): what index_spellings keeps for it. */
static inline uint32_t spelling_resolve(const bl_cues *c, const char *text,
                                        const struct bl_token *t, bool keyed, size_t j,
                                        uint64_t k0, uint64_t k1,
                                        const struct bl_word_facts **fp)
{
    const struct bl_word_facts *f = keyed ? word_find_at(c, j, k0, k1) : NULL;
    *fp = f;
    if (t->kind != BL_TOK_WORD)
        return SP_NONE;
    if (f)
        return f->cue;
    if (sieve_may(c, text + t->start, t->end - t->start))
        return spelling_answer(c, text, t);
    return SP_NONE;
}

/* index_spellings' first pass takes the spellings in batches of this many:
 * the table entries of a batch are asked for together, then each is looked
 * up, so that their cache misses overlap (one spelling after another, the
 * misses were most of the stage's time). */
#define SPELL_BATCH 16
/* memo's mark of a spelling in the batch (above every SP_CUE + k: see
 * bl_cues_index's test of c->n) */
#define SP_PENDING UINT32_MAX

struct spell_pend {
    uint64_t k0, k1;
    size_t i;  /* its first token */
    size_t j;  /* its first slot in c->words */
    bool keyed; /* word_key gave k0, k1 */
};

static void spell_flush(const bl_cues *c, const struct bl_doc *d, uint32_t *memo,
                        const struct bl_word_facts **facts, struct spell_pend *p, size_t np)
{
    for (size_t q = 0; q < np; q++) {
        uint32_t w = d->tok_word[p[q].i];
        memo[w] = spelling_resolve(c, d->text, &d->toks[p[q].i], p[q].keyed, p[q].j, p[q].k0, p[q].k1,
                                   &facts[w]);
    }
}

/* bl_cues_index's pass by spelling: memo[w] keeps the SP_ answer of
 * spelling w (nw of them, SP_UNASKED on entry) and facts[w] its entry in
 * the common words (NULL: none), both found at its first token, so that a
 * spelling is looked up once and only words that may open a longer form
 * are searched again at each of their tokens. A common word's answer was
 * worked out at load; any other word is sieved, then looked up. */
static void index_spellings(const bl_cues *c, const struct bl_doc *d, const struct bl_cue **at,
                            uint32_t *memo, const struct bl_word_facts **facts, size_t nw)
{
    const uint32_t *tw = d->tok_word;
    const struct bl_token *toks = d->toks;
    const char *text = d->text;
    size_t n = d->ntoks, len = d->len;

    {
        /* first each spelling's answer, in batches (SPELL_BATCH) */
        struct spell_pend p[SPELL_BATCH];
        size_t np = 0;
        for (size_t i = 0; i < n; i++) {
            uint32_t w = tw[i];
            if (w >= nw || memo[w] != SP_UNASKED)
                continue;
            memo[w] = SP_PENDING;
            p[np].i = i;
            p[np].keyed = word_key(text, len, &toks[i], &p[np].k0, &p[np].k1);
            if (p[np].keyed) {
                p[np].j = word_slot(p[np].k0, p[np].k1) & c->wmask;
                __builtin_prefetch(&c->words[p[np].j]);
            }
            if (++np == SPELL_BATCH) {
                spell_flush(c, d, memo, facts, p, np);
                np = 0;
            }
        }
        spell_flush(c, d, memo, facts, p, np);
    }
    for (size_t i = 0; i < n; i++) {
        const struct bl_token *t = &toks[i];
        uint32_t w = tw[i], m;
        at[i] = NULL;
        if (w >= nw) { /* not numbered */
            if (t->kind == BL_TOK_WORD && sieve_may(c, text + t->start, t->end - t->start))
                (void)match_from(c, text, toks, n, i, &at[i]);
            continue;
        }
        m = memo[w]; /* every spelling's is set above */
        if (m == SP_NONE)
            continue; /* most tokens */
        if (m >= SP_CUE)
            at[i] = &c->v[m - SP_CUE];
        else if (m == SP_LONGER)
            (void)match_from(c, text, toks, n, i, &at[i]);
    }
}

/* See bl_int.h. One pass of bl_cues_match over the tokens; a match's length
 * is its cue's ntoks, so the pointer alone is the whole answer. When the
 * tagger has numbered the spellings (d->tok_word), a word is looked up once
 * a spelling and its answer reused. */
/* ---- "called" as naming --------------------------------------------- */

static bool word_is(const struct bl_doc *d, size_t i, const char *lit)
{
    const struct bl_token *t = &d->toks[i];
    size_t l = strlen(lit);
    if (t->kind != BL_TOK_WORD || t->end - t->start != l)
        return false;
    for (size_t k = 0; k < l; k++) {
        unsigned char b = (unsigned char)d->text[t->start + k];
        if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != (unsigned char)lit[k])
            return false;
    }
    return true;
}

static bool word_in(const struct bl_doc *d, size_t i, const char *const *list)
{
    for (; *list; list++)
        if (word_is(d, i, *list))
            return true;
    return false;
}

static bool capitalised(const struct bl_doc *d, size_t i)
{
    const struct bl_token *t = &d->toks[i];
    return (t->kind == BL_TOK_WORD || t->kind == BL_TOK_NUMBER) && (t->flags & BL_TF_UPPER);
}

static bool punct_is(const struct bl_doc *d, size_t i, char ch)
{
    const struct bl_token *t = &d->toks[i];
    return t->kind == BL_TOK_PUNCT && t->end - t->start == 1 && d->text[t->start] == ch;
}

/* Does a name ("Kaguya Two", "the Clinton Global Initiative") open at token
 * i and end where the phrase ends (a comma, a stop, "which", "and built")?
 * Then "called NAME" names or telephones: what someone called something
 * ("called Trump “unhinged”", "called Obama a liar") needs more after the
 * name. */
static bool lone_name_at(const struct bl_doc *d, size_t i, size_t end)
{
    static const char *const inner[] = {"of", "for", "the", "and", "de", NULL};
    static const char *const after[] = {"which", "who", "whose", "that", "where", "in", "on",
                                        "at",    "from", "with", NULL};
    /* "called Wednesday for ...": a day is when, not a name */
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "today", "yesterday", NULL};
    size_t k = i, last = i;
    if (k < end && word_is(d, k, "the"))
        k++;
    if (k >= end || !capitalised(d, k) || word_is(d, k, "I") || word_in(d, k, days))
        return false;
    /* the capitalised run, with a short word inside it ("Bank of Korea") */
    while (k < end && k < i + 8) {
        if (capitalised(d, k))
            last = k++;
        else if (word_in(d, k, inner) && k + 1 < end && capitalised(d, k + 1))
            k++;
        else
            break;
    }
    k = last + 1;
    if (k >= end)
        return true;
    if (d->toks[k].kind == BL_TOK_CLITIC)
        return false; /* "called Ford's plans ..." */
    if (punct_is(d, k, ',') || punct_is(d, k, '.') || punct_is(d, k, ';') ||
        punct_is(d, k, '(') || punct_is(d, k, ')') || d->toks[k].kind == BL_TOK_DASH)
        return true;
    if (word_in(d, k, after))
        return true;
    /* "called Kaguya Two and built by ...": "and" then a lower-case word */
    return word_is(d, k, "and") && k + 1 < end && d->toks[k + 1].kind == BL_TOK_WORD &&
           !(d->toks[k + 1].flags & BL_TF_UPPER);
}

bool bl_cue_moves(const struct bl_doc *d, const struct bl_cue *q, size_t next)
{
    return next < d->ntoks && (word_is(d, next, "into") || word_is(d, next, "onto")) &&
           (strcmp(q->lemma, "slam") == 0 || strcmp(q->lemma, "blast") == 0);
}

bool bl_cues_names_only(const struct bl_doc *d, size_t i)
{
    static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being", NULL};
    static const char *const summoned[] = {"by", "off", "after", "before", "for", "at",
                                           "during", "to", "in", "and", "amid", NULL};
    static const char *const pronouns[] = {"he", "she", "they", "we", "i", "you", "who",
                                           "it", NULL};
    static const char *const adverbs[] = {"also", "first", "later", "already", "then",
                                          "never", "not", "quickly", "finally", NULL};
    size_t s0, end, k;
    /* "the committee, known as Copom", "contests known as Super Tuesday",
     * "Known as the Iron Lady, Ruiz led ...": "known as" gives a name or a
     * label, never a report */
    if (d && i + 1 < d->ntoks && word_is(d, i, "known") && word_is(d, i + 1, "as"))
        return true;
    if (!d || i >= d->ntoks || !word_is(d, i, "called") || (d->toks[i].flags & BL_TF_UPPER))
        return false;
    s0 = d->tok_sent ? d->sents[d->tok_sent[i]].tok_start : 0;
    end = d->tok_sent ? d->sents[d->tok_sent[i]].tok_end : d->ntoks;
    /* "so called" (but `so called “Implementation Initiative”` marks the
     * words as someone's, which PolNeAR takes for a quotation) */
    if (i > s0 && word_is(d, i - 1, "so"))
        return !(i + 1 < end && d->toks[i + 1].kind == BL_TOK_QUOTE);
    /* "the strike was called by the union", "after the race was called,":
     * a passive of "call" with no name after it convenes or decides */
    k = i;
    while (k > s0 + 1 && i - k < 2 && word_in(d, k - 1, adverbs))
        k--;
    if (k > s0 && word_in(d, k - 1, be) &&
        (i + 1 >= end || word_in(d, i + 1, summoned) || punct_is(d, i + 1, ',') ||
         punct_is(d, i + 1, '.') || punct_is(d, i + 1, ';')))
        return true;
    if (i + 1 >= end)
        return false;
    /* "a start-up called Hoshizora Robotics", `a website called “...”`:
     * after an indefinite phrase of lower-case words the participle names */
    for (k = i; k > s0 && i - k < 4; k--) {
        const struct bl_token *t = &d->toks[k - 1];
        if (t->kind != BL_TOK_WORD || (t->flags & BL_TF_UPPER && k - 1 > s0))
            break;
        if (word_is(d, k - 1, "a") || word_is(d, k - 1, "an")) {
            if (k < i && capitalised(d, i + 1))
                return true;
            break;
        }
    }
    /* "The lander, called Kaguya Two and built by ...", "a program called
     * BleachBit, which ...": a name alone after "called" that follows no
     * subject of its own ("Trump called Clinton, his rival, a ..." names
     * what he called her) */
    if (i > s0 && (capitalised(d, i - 1) || word_in(d, i - 1, pronouns)))
        return false;
    return lone_name_at(d, i + 1, end);
}

int bl_cues_index(const bl_cues *c, struct bl_doc *d)
{
    const struct bl_cue **at;
    uint32_t *memo = NULL; /* SP_ answer of each spelling */
    const struct bl_word_facts **facts = NULL;
    size_t nw;

    if (!c || !d || !d->ntoks || (d->cue_at && d->cue_src == c))
        return BL_OK;
    if (d->ntoks > SIZE_MAX / sizeof *at)
        return BL_ERR_NOMEM;
    at = bl_arena_alloc_raw(&d->arena, d->ntoks * sizeof *at); /* each set below */
    if (!at)
        return BL_ERR_NOMEM;
    nw = d->tok_word ? d->nwords : 0;
    if (nw && nw <= SIZE_MAX / sizeof *facts && c->n < UINT32_MAX - SP_CUE) {
        memo = bl_arena_alloc(&d->arena, nw * sizeof *memo); /* SP_UNASKED */
        /* each spelling's set at its first token; one no token has is
         * never read (callgrind counts a large memset byte by byte) */
        facts = bl_arena_alloc_raw(&d->arena, nw * sizeof *facts);
        if (!memo || !facts)
            return BL_ERR_NOMEM;
    }
    if (memo)
        index_spellings(c, d, at, memo, facts, nw);
    else
        index_tokens(c, d, at);
    d->cue_at = at;
    d->cue_src = c;
    d->spell_facts = facts;
    return BL_OK;
}

/* See bl_int.h. */
const char *const bl_and_auxes[] = {"has", "have", "had", "would", "will", "did", NULL};
const char *const bl_and_pasts[] = {"won",  "went", "led",     "cast",  "made", "took",
                                    "gave", "lost", "sent",    "met",   "ran",  "held",
                                    "kept", "left", "brought", "began", "drew", NULL};
const char *const bl_and_heads[] = {"that", "to",   "with", "on",      "about", "for",
                                    "in",   "at",   "into", "against", "up",    "out",
                                    "off",  "back", "him",  "them",    "the",   "a",
                                    "an",   "his",  "her",  "their",   "its",   NULL};
const char *const bl_and_participles[] = {"gone", "not", "been", NULL};

/* Do toks from m on, in [m, b), state terms of anonymity: "of anonymity",
 * "that he not be named" (a name or identity within six words)? "on
 * condition that sanctions are lifted" is a term of the deal reported, and
 * part of what was said. */
static bool anonymous_terms(const char *text, const struct bl_token *t, size_t m, size_t b)
{
    static const char *const of[] = {"of", NULL};
    static const char *const anon[] = {"anonymity", NULL};
    static const char *const that[] = {"that", NULL};
    static const char *const named[] = {"named",     "identified", "name", "identity",
                                        "anonymity", "quoted",     NULL};
    if (bl_tok_in(text, &t[m], of))
        return bl_tok_in(text, &t[m + 1], anon);
    if (!bl_tok_in(text, &t[m], that))
        return false;
    for (size_t k = m + 1; k < b && k < m + 7; k++)
        if (bl_tok_in(text, &t[k], named))
            return true;
    return false;
}

size_t bl_anonymity_cut(const char *text, const struct bl_token *t, size_t a, size_t b)
{
    static const char *const on[] = {"on", NULL};
    static const char *const the[] = {"the", NULL};
    static const char *const cond[] = {"condition", NULL};
    static const char *const speak[] = {"speaking", "spoke", "speak", "talking", "talked", NULL};
    static const char *const who[] = {"who", "and", NULL};
    /* one scan for "on", then a look at the words after and before it;
     * from the word before the content: "speaking on [the condition of
     * anonymity]" is no report at all */
    for (size_t k = a > 0 ? a - 1 : a; k + 2 < b; k++) {
        size_t m = k + 1, cut = k;
        if (t[k].kind != BL_TOK_WORD || t[k].end - t[k].start != 2 || !bl_tok_in(text, &t[k], on))
            continue;
        if (bl_tok_in(text, &t[m], the))
            m++;
        if (m + 2 >= b || !bl_tok_in(text, &t[m], cond) || !anonymous_terms(text, t, m + 1, b))
            continue;
        /* "speaking on ...", "who spoke on ...", "and spoke on ..." */
        if (cut > a && bl_tok_in(text, &t[cut - 1], speak)) {
            cut--;
            if (cut > a && bl_tok_in(text, &t[cut - 1], who))
                cut--;
        }
        while (cut > a && t[cut - 1].kind == BL_TOK_PUNCT && text[t[cut - 1].start] == ',')
            cut--;
        return k < a ? a : cut;
    }
    return b;
}
