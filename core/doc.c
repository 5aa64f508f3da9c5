/* doc.c -- the document object and the pipeline that runs the analysis
 * stages over it in dependency order, timing each one. */
#include "bl_int.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

int bl_doc_create(const char *text, size_t len, bl_doc **out, struct bl_error *err)
{
    struct bl_doc *d = NULL;
    size_t bad = 0;
    int rc;

    *out = NULL;
    if (!text && len)
        return bl_fail(err, BL_ERR_ARG, BL_NONE, "text is NULL");
    if (len > UINT32_MAX - 1)
        return bl_fail(err, BL_ERR_LIMIT, BL_NONE, "text is over 4 GiB");
    if (!text)
        text = "";
    rc = bl_utf8_validate(text, len, &bad);
    if (rc != BL_OK)
        return bl_fail(err, rc, bad, "invalid UTF-8 at byte offset %zu", bad);
    d = calloc(1, sizeof *d);
    if (!d)
        return bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
    d->text = text;
    d->len = len;
    rc = bl_offsets_init(&d->offsets, text, len);
    if (rc != BL_OK) {
        bl_doc_free(d);
        return bl_fail(err, rc, BL_NONE, "out of memory");
    }
    *out = d;
    return BL_OK;
}

void bl_doc_free(bl_doc *d)
{
    if (!d)
        return;
    bl_offsets_free(&d->offsets);
    free(d->toks);
    free(d->sents);
    free(d->tok_sent);
    free(d->tok_gz);
    free(d->tok_word);
    free(d->ents);
    free(d->actors);
    free(d->locs);
    free(d->quotes);
    free(d->claims);
    bl_arena_free(&d->arena);
    free(d);
}

/* See bl_int.h. Room for every token, so that one pass fills it: a few in
 * a hundred are capitalised words. */
int bl_doc_caps(struct bl_doc *d)
{
    const unsigned caps = BL_TF_UPPER | BL_TF_ALLCAPS;
    const struct bl_token *t = d->toks;
    size_t n = 0;
    uint32_t *v;

    if (d->caps && d->caps_src == d->toks)
        return BL_OK;
    d->caps = NULL;
    d->ncaps = 0;
    v = bl_arena_alloc_raw(&d->arena, (d->ntoks ? d->ntoks : 1) * sizeof *v);
    if (!v)
        return BL_ERR_NOMEM;
    for (size_t i = 0; i < d->ntoks; i++)
        if (t[i].kind == BL_TOK_WORD && (t[i].flags & caps))
            v[n++] = (uint32_t)i;
    d->caps = v;
    d->ncaps = n;
    d->caps_src = d->toks;
    return BL_OK;
}

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int run_tokens(const bl_models *m, struct bl_doc *d)
{
    (void)m;
    return bl_tokenize(d->text, d->len, &d->toks, &d->ntoks);
}

/* v[a..b) = x, two entries a store (a sentence is a few dozen tokens; one
 * store an entry was most of the time this stage spends here). */
static void fill_u32(uint32_t *v, size_t a, size_t b, uint32_t x)
{
    uint64_t xx = (uint64_t)x << 32 | x;
    for (; a + 4 <= b; a += 4) {
        memcpy(v + a, &xx, sizeof xx);
        memcpy(v + a + 2, &xx, sizeof xx);
    }
    for (; a < b; a++)
        v[a] = x;
}

/* d->tok_sent[i] = the last sentence holding token i, 0 for a token in none.
 * Sentences come in token order without overlap, so one pass writes each
 * entry once; anything else takes the general way. */
static bool fill_in_order(struct bl_doc *d)
{
    size_t next = 0;

    for (size_t s = 0; s < d->nsents; s++) {
        size_t a = d->sents[s].tok_start, b = d->sents[s].tok_end;
        if (b > d->ntoks)
            b = d->ntoks;
        if (a >= b)
            continue;
        if (a < next)
            return false;
        fill_u32(d->tok_sent, next, a, 0);
        fill_u32(d->tok_sent, a, b, (uint32_t)s);
        next = b;
    }
    fill_u32(d->tok_sent, next, d->ntoks, 0);
    return true;
}

static void fill_tok_sent(struct bl_doc *d)
{
    if (fill_in_order(d))
        return;
    memset(d->tok_sent, 0, d->ntoks * sizeof *d->tok_sent);
    for (size_t s = 0; s < d->nsents; s++)
        for (size_t i = d->sents[s].tok_start; i < d->sents[s].tok_end && i < d->ntoks; i++)
            d->tok_sent[i] = (uint32_t)s;
}

/* Sentences, and the sentence of every token, which later stages look up
 * all the time. */
static int run_sentences(const bl_models *m, struct bl_doc *d)
{
    int rc;
    (void)m;
    rc = bl_sentences_split(d->text, d->toks, d->ntoks, &d->sents, &d->nsents);
    if (rc != BL_OK)
        return rc;
    d->tok_sent = malloc((d->ntoks ? d->ntoks : 1) * sizeof *d->tok_sent);
    if (!d->tok_sent)
        return BL_ERR_NOMEM;
    fill_tok_sent(d);
    return BL_OK;
}

static int run_entities(const bl_models *m, struct bl_doc *d)
{
    return bl_tagger_run(m->tagger, m->gz, d);
}

static int run_actors(const bl_models *m, struct bl_doc *d)
{
    return bl_actors_run(m, d);
}

static int run_locations(const bl_models *m, struct bl_doc *d)
{
    return bl_locations_run(m->gz, d);
}

/* One row per stage, in run order: what it needs before it and whether it
 * needs the models. A NULL run means the stage is not built yet and leaves
 * its results empty. */
static const struct {
    unsigned stage, needs;
    bool wants_models;
    int (*run)(const bl_models *m, struct bl_doc *d);
} stages[BL_NSTAGES] = {
    { BL_STAGE_TOKENS, 0, false, run_tokens },
    { BL_STAGE_SENTENCES, BL_STAGE_TOKENS, false, run_sentences },
    { BL_STAGE_ENTITIES, BL_STAGE_SENTENCES, true, run_entities },
    { BL_STAGE_ACTORS, BL_STAGE_ENTITIES, true, run_actors },
    { BL_STAGE_LOCATIONS, BL_STAGE_ACTORS, true, run_locations },
    { BL_STAGE_QUOTES, BL_STAGE_ACTORS, true, bl_quotes_run },
    { BL_STAGE_CLAIMS, BL_STAGE_QUOTES, true, bl_claims_run },
};

int bl_doc_analyze(bl_doc *d, const bl_models *m, unsigned want, struct bl_error *err)
{
    unsigned all = want & BL_STAGE_ALL;
    int i, rc;

    if (!d)
        return bl_fail(err, BL_ERR_ARG, BL_NONE, "doc is NULL");
    /* Close the mask over dependencies, last stage first. */
    for (i = BL_NSTAGES - 1; i >= 0; i--)
        if (all & stages[i].stage)
            all |= stages[i].needs;
    for (i = 0; i < BL_NSTAGES; i++) {
        uint64_t t0;
        if (!(all & stages[i].stage) || (d->done & stages[i].stage))
            continue;
        if (stages[i].wants_models && !m)
            return bl_fail(err, BL_ERR_ARG, BL_NONE, "stage %s needs models", bl_stage_name(i));
        t0 = now_ns();
        rc = stages[i].run ? stages[i].run(m, d) : BL_OK;
        d->stage_ns[i] += now_ns() - t0;
        if (rc != BL_OK)
            return bl_fail(err, rc, BL_NONE, "%s: %s", bl_stage_name(i), bl_strerror(rc));
        d->done |= stages[i].stage;
    }
    return BL_OK;
}

uint64_t bl_doc_stage_ns(const bl_doc *d, int i)
{
    return (i >= 0 && i < BL_NSTAGES) ? d->stage_ns[i] : 0;
}

const char *bl_doc_text(const bl_doc *d, size_t *len)
{
    *len = d->len;
    return d->text;
}

size_t bl_doc_offset(const bl_doc *d, size_t byte_off, enum bl_unit unit)
{
    return bl_offsets_convert(&d->offsets, byte_off, unit);
}

size_t bl_doc_char_count(const bl_doc *d)
{
    return bl_offsets_convert(&d->offsets, d->len, BL_UNIT_CODEPOINT);
}

size_t bl_doc_token_count(const bl_doc *d) { return d->ntoks; }
size_t bl_doc_sentence_count(const bl_doc *d) { return d->nsents; }

#define ACCESSOR(fn, type, field, count) \
    const type *fn(const bl_doc *d, size_t *n) { *n = d->count; return d->field; }
ACCESSOR(bl_doc_entities, struct bl_entity, ents, nents)
ACCESSOR(bl_doc_actors, struct bl_actor, actors, nactors)
ACCESSOR(bl_doc_locations, struct bl_location, locs, nlocs)
ACCESSOR(bl_doc_quotes, struct bl_quote, quotes, nquotes)
ACCESSOR(bl_doc_claims, struct bl_claim, claims, nclaims)

bool bl_doc_clitic_in_name(const struct bl_doc *d, size_t i)
{
    size_t lo, n, k;
    const char *name;
    int a;
    if (i >= d->ntoks || d->toks[i].kind != BL_TOK_CLITIC)
        return false;
    /* the entity before the first one starting at the clitic or after is
     * the only one that may end on it */
    lo = bl_doc_ent_from(d, d->toks[i].start);
    if (lo == 0 || d->ents[lo - 1].span.end != d->toks[i].end)
        return false;
    /* the tagger takes a possessive in at times ("Trump's claim"): only a
     * name the actors stage kept with its clitic counts */
    a = d->ents[lo - 1].actor;
    if (a < 0 || (size_t)a >= d->nactors || !(name = d->actors[a].name))
        return false;
    n = strlen(name);
    k = d->toks[i].end - d->toks[i].start;
    return n > k && memcmp(name + n - k, d->text + d->toks[i].start, k) == 0;
}

size_t bl_doc_ent_from(const struct bl_doc *d, size_t off)
{
    size_t lo = 0, hi = d->nents;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->ents[mid].span.start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
