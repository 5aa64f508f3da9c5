/* train_ner.c -- trains the entity tagger's averaged perceptron on
 * CoNLL-2003 and writes data/ner.model. Documents go through the same
 * tokenizer, sentence splitter and feature code as at run time; gold IOB1
 * labels are projected onto the pipeline's tokens by byte offsets.
 * Deterministic: the same data and gazetteer give the same bytes. */
#include "bl_int.h"
#include "iob_docs.h"
#include "tagger_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct tdoc {
    const struct conll_doc *src;
    struct bl_token *toks;
    size_t ntoks;
    struct bl_sentence *sents;
    size_t nsents;
    struct ner_ctx ctx;
    uint8_t *gold;
};

/* The weight table while training: open addressing on the 32-bit feature
 * key; w is the current weight, u the sum of (step * update) for
 * averaging (averaged weight = w - u / step). */
struct wtab {
    uint32_t *keys;
    float *w;
    double *u;
    uint32_t *nup; /* updates of each row (for --min-updates) */
    size_t cap, n;
};

static int tab_init(struct wtab *t, size_t cap)
{
    t->cap = cap;
    t->n = 0;
    t->keys = calloc(cap, sizeof *t->keys);
    t->w = calloc(cap * NER_NCLASS, sizeof *t->w);
    t->u = calloc(cap * NER_NCLASS, sizeof *t->u);
    t->nup = calloc(cap, sizeof *t->nup);
    return t->keys && t->w && t->u && t->nup ? BL_OK : BL_ERR_NOMEM;
}

static void tab_free(struct wtab *t)
{
    free(t->keys);
    free(t->w);
    free(t->u);
    free(t->nup);
}

static long tab_find(const struct wtab *t, uint32_t key)
{
    size_t mask = t->cap - 1, i = key & mask;
    while (t->keys[i]) {
        if (t->keys[i] == key)
            return (long)i;
        i = (i + 1) & mask;
    }
    return -1;
}

static int tab_grow(struct wtab *t)
{
    struct wtab nt;
    size_t i;
    if (tab_init(&nt, t->cap * 2) != BL_OK) {
        tab_free(&nt);
        return BL_ERR_NOMEM;
    }
    for (i = 0; i < t->cap; i++) {
        size_t j;
        if (!t->keys[i])
            continue;
        j = t->keys[i] & (nt.cap - 1);
        while (nt.keys[j])
            j = (j + 1) & (nt.cap - 1);
        nt.keys[j] = t->keys[i];
        memcpy(nt.w + j * NER_NCLASS, t->w + i * NER_NCLASS, NER_NCLASS * sizeof *nt.w);
        memcpy(nt.u + j * NER_NCLASS, t->u + i * NER_NCLASS, NER_NCLASS * sizeof *nt.u);
        nt.nup[j] = t->nup[i];
    }
    nt.n = t->n;
    tab_free(t);
    *t = nt;
    return BL_OK;
}

static long tab_insert(struct wtab *t, uint32_t key)
{
    size_t mask, i;
    if ((t->n + 1) * 2 > t->cap && tab_grow(t) != BL_OK)
        return -1;
    mask = t->cap - 1;
    i = key & mask;
    while (t->keys[i]) {
        if (t->keys[i] == key)
            return (long)i;
        i = (i + 1) & mask;
    }
    t->keys[i] = key;
    t->n++;
    return (long)i;
}

static void add_scores(const struct wtab *t, const float *w, const uint64_t *f, size_t n, float *sc)
{
    size_t k;
    int l;
    for (k = 0; k < n; k++) {
        long r = tab_find(t, ner_key(f[k]));
        if (r >= 0)
            for (l = 0; l < NER_NCLASS; l++)
                sc[l] += w[(size_t)r * NER_NCLASS + (size_t)l];
    }
}

static int best_label(const float *sc, int prev)
{
    int l, best = 0;
    for (l = 1; l < NER_NCLASS; l++)
        if (ner_allowed(prev, l) && sc[l] > sc[best])
            best = l;
    return best;
}

/* One greedy pass over a document. With gold != NULL the perceptron is
 * updated on every mistake (step counts updates for averaging). w is the
 * weight array to score with (current or averaged). */
static int pass(struct wtab *t, const float *w, const struct tdoc *d, const uint32_t *docbits,
                uint8_t *labels, const uint8_t *gold, double *step)
{
    uint64_t f[NER_MAX_FEATS];
    size_t si, i, k;

    for (si = 0; si < d->nsents; si++) {
        size_t a = d->sents[si].tok_start, b = d->sents[si].tok_end;
        for (i = a; i < b; i++) {
            float sc[NER_NCLASS] = {0};
            size_t ns = d->ctx.foff[i + 1] - d->ctx.foff[i], n;
            int prev = i > a ? labels[i - 1] : NER_BOS, p, g;
            memcpy(f, d->ctx.feats + d->ctx.foff[i], ns * sizeof *f);
            n = ns + ner_dyn_feats(&d->ctx, i, a, labels, docbits, f + ns);
            add_scores(t, w, f, n, sc);
            p = best_label(sc, prev);
            labels[i] = (uint8_t)p;
            if (!gold)
                continue;
            *step += 1;
            g = gold[i];
            if (!ner_allowed(prev, g))
                g = NER_B(NER_TYPE(g)); /* after our own mistake, I-X must restart */
            if (p == g)
                continue;
            for (k = 0; k < n; k++) {
                long r = tab_insert(t, ner_key(f[k]));
                if (r < 0)
                    return BL_ERR_NOMEM;
                w = t->w; /* the table may have moved */
                t->nup[r]++;
                t->w[(size_t)r * NER_NCLASS + (size_t)g] += 1;
                t->w[(size_t)r * NER_NCLASS + (size_t)p] -= 1;
                t->u[(size_t)r * NER_NCLASS + (size_t)g] += *step;
                t->u[(size_t)r * NER_NCLASS + (size_t)p] -= *step;
            }
            labels[i] = (uint8_t)g; /* continue from the corrected label */
        }
    }
    return BL_OK;
}

/* Both passes over one document: first without document features, then
 * with the first pass's summary. */
static int tag_doc(struct wtab *t, const float *w, const struct tdoc *d, uint8_t *labels,
                   uint32_t *docbits, int train, double *step)
{
    int rc;
    if (train) {
        rc = pass(t, t->w, d, NULL, labels, d->gold, step);
        if (rc != BL_OK)
            return rc;
        w = t->w;
    }
    /* first-pass labels as the tagger will see them: no corrections */
    rc = pass(t, w, d, NULL, labels, NULL, step);
    if (rc != BL_OK)
        return rc;
    rc = ner_doc_bits(&d->ctx, labels, docbits);
    if (rc != BL_OK)
        return rc;
    return pass(t, train ? t->w : w, d, docbits, labels, train ? d->gold : NULL, step);
}

/* Gold BIO label of every pipeline token, from the CoNLL entity spans. */
static void project(struct tdoc *d)
{
    const struct conll_doc *s = d->src;
    size_t i, e = 0, prev_e = (size_t)-1;
    for (i = 0; i < d->ntoks; i++) {
        size_t st = d->toks[i].start;
        while (e < s->nents && s->ents[e].end <= st)
            e++;
        if (e < s->nents && s->ents[e].start <= st) {
            d->gold[i] = (uint8_t)(prev_e == e ? NER_I(s->types[e]) : NER_B(s->types[e]));
            prev_e = e;
        } else {
            d->gold[i] = 0;
            prev_e = (size_t)-1;
        }
    }
}

/* Word counts over the training documents, keyed by lower-cased word hash;
 * a slot is in use when its count is non-zero. Words seen more than
 * rare_max times form the model's vocabulary. */
struct vocab {
    uint64_t *keys;
    uint32_t *n;
    size_t cap;
    int rare_max;
    int gz_every; /* every gz_every-th training document goes without the gazetteer */
};

static size_t vocab_slot(const struct vocab *v, uint64_t hl)
{
    size_t i = (size_t)(hl >> 11) & (v->cap - 1);
    while (v->n[i] && v->keys[i] != hl)
        i = (i + 1) & (v->cap - 1);
    return i;
}

static int vocab_known(const void *arg, uint64_t hl)
{
    const struct vocab *v = arg;
    return v->n[vocab_slot(v, hl)] > (uint32_t)v->rare_max;
}

/* Tokenize, split and featurise every document. For the training set
 * (v->n still empty) the vocabulary is counted first. */
static int prepare(const struct conll_doc *src, size_t n, const bl_gazetteer *gz, int training,
                   struct vocab *v, struct tdoc **out)
{
    struct tdoc *docs = calloc(n ? n : 1, sizeof *docs);
    size_t i, k;
    int rc = BL_OK;
    *out = docs;
    if (!docs)
        return BL_ERR_NOMEM;
    for (i = 0; i < n && rc == BL_OK; i++) {
        struct tdoc *d = &docs[i];
        d->src = &src[i];
        rc = bl_tokenize(src[i].text, src[i].len, &d->toks, &d->ntoks);
        if (rc == BL_OK)
            rc = bl_sentences_split(src[i].text, d->toks, d->ntoks, &d->sents, &d->nsents);
        if (rc == BL_OK && !(d->gold = calloc(d->ntoks ? d->ntoks : 1, 1)))
            rc = BL_ERR_NOMEM;
        if (rc == BL_OK)
            project(d);
        if (rc == BL_OK && training) {
            rc = ner_ctx_init(&d->ctx, src[i].text, d->toks, d->ntoks, d->sents, d->nsents, NULL);
            for (k = 0; rc == BL_OK && k < d->ntoks; k++) {
                size_t sl;
                if (d->toks[k].kind != BL_TOK_WORD)
                    continue;
                sl = vocab_slot(v, d->ctx.ti[k].hl);
                v->keys[sl] = d->ctx.ti[k].hl;
                v->n[sl]++;
            }
            ner_ctx_free(&d->ctx);
        }
    }
    for (i = 0; i < n && rc == BL_OK; i++) {
        struct tdoc *d = &docs[i];
        /* Some training documents are seen without the gazetteer, so the
         * model still works when it is missing or does not know a name. */
        const bl_gazetteer *g =
            training && v->gz_every > 0 && i % (size_t)v->gz_every == 5 % (size_t)v->gz_every ? NULL
                                                                                              : gz;
        struct ner_hooks hk = {vocab_known, v, NULL, NULL, 0};
        rc = ner_ctx_init_ex(&d->ctx, src[i].text, d->toks, d->ntoks, d->sents, d->nsents, g, &hk);
    }
    return rc;
}

static void free_docs(struct tdoc *docs, size_t n)
{
    size_t i;
    if (!docs)
        return;
    for (i = 0; i < n; i++) {
        free(docs[i].toks);
        free(docs[i].sents);
        free(docs[i].gold);
        ner_ctx_free(&docs[i].ctx);
    }
    free(docs);
}

/* Entity-level exact-span micro F1 over PER/ORG/LOC on dev documents. */
static double dev_f1(struct wtab *t, const float *w, const struct tdoc *docs, size_t n)
{
    size_t i, tp = 0, np = 0, ng = 0;
    double step = 0;
    for (i = 0; i < n; i++) {
        const struct tdoc *d = &docs[i];
        uint8_t *lab = calloc(d->ntoks + 1, 1);
        uint32_t *db = calloc(d->ntoks + 1, sizeof *db);
        size_t k, e = 0;
        if (!lab || !db || tag_doc(t, w, d, lab, db, 0, &step) != BL_OK) {
            free(lab);
            free(db);
            return -1;
        }
        for (e = 0; e < d->src->nents; e++)
            ng += d->src->types[e] != BL_ENT_MISC;
        e = 0;
        for (k = 0; k < d->ntoks; k++) {
            size_t j = k + 1, st, en;
            int ty;
            if (!lab[k])
                continue;
            ty = NER_TYPE(lab[k]);
            while (j < d->ntoks && lab[j] == NER_I(ty))
                j++;
            st = d->toks[k].start;
            en = d->toks[j - 1].end;
            k = j - 1;
            if (ty == BL_ENT_MISC)
                continue;
            np++;
            while (e < d->src->nents && d->src->ents[e].start < st)
                e++;
            if (e < d->src->nents && d->src->ents[e].start == st && d->src->ents[e].end == en &&
                d->src->types[e] == ty)
                tp++;
        }
        free(lab);
        free(db);
    }
    {
        double p = np ? (double)tp / (double)np : 0, r = ng ? (double)tp / (double)ng : 0;
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
}

static void averaged(const struct wtab *t, double step, float *avg)
{
    size_t i;
    for (i = 0; i < t->cap * NER_NCLASS; i++)
        avg[i] = (float)(t->w[i] - t->u[i] / step);
}

static uint64_t rng_next(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *s = x;
    return x;
}

static int cmp_key(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Which rows save keeps, and how finely it quantises them. The tagger's
 * table (buckets, distinct rows, filter: 1.7 MB at the defaults) is what
 * its probes miss the cache on; these options make it smaller. */
struct saveopt {
    double prune;     /* a row is kept when some label's weight reaches this */
    int spread;       /* ... or, with spread, when max - min of its weights does */
    unsigned min_upd; /* ... and it was updated at least this many times */
    int qbits;        /* quantisation: weights in +-(2^(qbits-1) - 1), stored as int16;
                       * below 16, a row whose labels all round to O's is dropped */
};

/* Quantise the averaged weights and write, sorted by key, the rows that
 * o keeps plus a (possibly zero) row for every vocabulary word, which is
 * how the tagger tells known words from unknown ones. */
static int save(const struct wtab *t, const float *avg, const struct vocab *v, const char *path,
                const char *info, const struct saveopt *o, size_t *nrows_out)
{
    double prune = o->prune;
    size_t nweighted = 0;
    float maxabs = 0, scale;
    size_t i, nr = 0, nv = 0, cap;
    uint32_t *order = NULL, *keys = NULL, *vk = NULL;
    int16_t *q = NULL;
    int rc = BL_ERR_NOMEM;

    for (i = 0; i < t->cap * NER_NCLASS; i++)
        if (fabsf(avg[i]) > maxabs)
            maxabs = fabsf(avg[i]);
    {
        float top = o->qbits >= 16 ? 32000.0f : (float)((1 << (o->qbits - 1)) - 1);
        scale = maxabs > 0 ? maxabs / top : 1.0f;
    }
    vk = malloc((v->cap + 1) * sizeof *vk);
    if (!vk)
        goto out;
    for (i = 0; i < v->cap; i++)
        if (v->n[i] > (uint32_t)v->rare_max)
            vk[nv++] = ner_key(ner_vocab_key(v->keys[i]));
    qsort(vk, nv, sizeof *vk, cmp_key);
    cap = t->n + nv + 1;
    order = malloc(cap * 2 * sizeof *order);
    keys = malloc(cap * sizeof *keys);
    q = calloc(cap * NER_NCLASS, sizeof *q);
    if (!order || !keys || !q)
        goto out;
    for (i = 0; i < t->cap; i++) {
        int l, any = 0;
        float lo = 0, hi = 0;
        if (!t->keys[i])
            continue;
        for (l = 0; l < NER_NCLASS; l++) {
            float x = avg[i * NER_NCLASS + (size_t)l];
            if (fabsf(x) >= prune)
                any = 1;
            if (l == 0 || x < lo)
                lo = x;
            if (l == 0 || x > hi)
                hi = x;
        }
        if (o->spread)
            any = hi - lo >= prune;
        if (any) {
            /* quantised to zero differences from O: the row adds nothing */
            int nz = 0;
            for (l = 1; l < NER_NCLASS; l++)
                nz |= lrintf(avg[i * NER_NCLASS + (size_t)l] / scale) !=
                      lrintf(avg[i * NER_NCLASS] / scale);
            any = nz || o->qbits >= 16;
        }
        if (t->nup[i] < o->min_upd)
            any = 0;
        nweighted += (size_t)any;
        if (!any && !bsearch(&t->keys[i], vk, nv, sizeof *vk, cmp_key))
            continue;
        order[2 * nr] = t->keys[i];
        order[2 * nr + 1] = (uint32_t)i;
        nr++;
    }
    for (i = 0; i < nv; i++) {
        if ((i > 0 && vk[i] == vk[i - 1]) || tab_find(t, vk[i]) >= 0)
            continue;
        order[2 * nr] = vk[i];
        order[2 * nr + 1] = UINT32_MAX; /* all-zero row */
        nr++;
    }
    qsort(order, nr, 2 * sizeof *order, cmp_key);
    for (i = 0; i < nr; i++) {
        size_t r = order[2 * i + 1];
        int l;
        keys[i] = order[2 * i];
        if (order[2 * i + 1] == UINT32_MAX)
            continue;
        for (l = 0; l < NER_NCLASS; l++) {
            float x = avg[r * NER_NCLASS + (size_t)l] / scale;
            q[i * NER_NCLASS + (size_t)l] = (int16_t)lrintf(x);
        }
    }
    rc = ner_model_write(path, keys, q, (uint32_t)nr, scale, info);
    *nrows_out = nr;
    (void)fprintf(stderr, "train_ner: %zu rows with weights, %zu vocabulary words\n", nweighted,
                  nv);
out:
    free(vk);
    free(order);
    free(keys);
    free(q);
    return rc;
}

static void usage(void)
{
    (void)fprintf(stderr,
                  "usage: train_ner [--epochs N] [--data DIR] [--dev dev.txt] [--no-gazetteer]\n"
                  "                 [--prune W] [--prune-spread] [--min-updates N] [--qbits B]\n"
                  "                 [--rare N] train.txt out.model\n"
                  "  --data DIR   directory with the gazetteer files (default data)\n");
}

int main(int argc, char **argv)
{
    const char *train_path = NULL, *out_path = NULL, *dev_path = NULL, *data_dir = "data";
    int epochs = 20, use_gz = 1, rare_max = 2, ai, e, rc = 1;
    double prune = 0.05, step = 0;
    struct saveopt so = {0, 0, 0, 16};
    struct conll_doc *src = NULL, *dsrc = NULL;
    size_t nsrc = 0, ndsrc = 0, i, nrows = 0;
    struct tdoc *docs = NULL, *ddocs = NULL;
    bl_gazetteer *gz = NULL;
    struct bl_error err = {0};
    struct wtab t = {0};
    struct vocab voc = {NULL, NULL, 1u << 18, 0, 8};
    float *avg = NULL;
    size_t *order = NULL;
    uint8_t *labels = NULL;
    uint32_t *docbits = NULL;
    size_t maxtok = 1;
    uint64_t seed = 0x2003c0111ull;
    char info[1024];

    for (ai = 1; ai < argc; ai++) {
        if (!strcmp(argv[ai], "--epochs") && ai + 1 < argc)
            epochs = atoi(argv[++ai]);
        else if (!strcmp(argv[ai], "--dev") && ai + 1 < argc)
            dev_path = argv[++ai];
        else if (!strcmp(argv[ai], "--data") && ai + 1 < argc)
            data_dir = argv[++ai];
        else if (!strcmp(argv[ai], "--prune") && ai + 1 < argc)
            prune = atof(argv[++ai]);
        else if (!strcmp(argv[ai], "--prune-spread"))
            so.spread = 1;
        else if (!strcmp(argv[ai], "--min-updates") && ai + 1 < argc)
            so.min_upd = (unsigned)atoi(argv[++ai]);
        else if (!strcmp(argv[ai], "--qbits") && ai + 1 < argc)
            so.qbits = atoi(argv[++ai]);
        else if (!strcmp(argv[ai], "--rare") && ai + 1 < argc)
            rare_max = atoi(argv[++ai]);
        else if (!strcmp(argv[ai], "--gz-every") && ai + 1 < argc)
            voc.gz_every = atoi(argv[++ai]);
        else if (!strcmp(argv[ai], "--no-gazetteer"))
            use_gz = 0;
        else if (argv[ai][0] == '-') {
            usage();
            return 2;
        } else if (!train_path)
            train_path = argv[ai];
        else if (!out_path)
            out_path = argv[ai];
    }
    if (!train_path || !out_path || epochs < 1 || so.qbits < 2 || so.qbits > 16) {
        usage();
        return 2;
    }
    if (conll_read(train_path, &src, &nsrc) != BL_OK) {
        (void)fprintf(stderr, "train_ner: cannot read %s (pass DATA=path to the shared data)\n",
                      train_path);
        return 2;
    }
    if (use_gz && bl_gazetteer_load(data_dir, &gz, &err) != BL_OK) {
        (void)fprintf(stderr, "train_ner: no gazetteer (%s); training without it\n", err.message);
        gz = NULL;
    }
    if (dev_path && conll_read(dev_path, &dsrc, &ndsrc) != BL_OK) {
        (void)fprintf(stderr, "train_ner: cannot read %s\n", dev_path);
        goto out;
    }
    voc.rare_max = rare_max;
    voc.keys = calloc(voc.cap, sizeof *voc.keys);
    voc.n = calloc(voc.cap, sizeof *voc.n);
    if (!voc.keys || !voc.n || prepare(src, nsrc, gz, 1, &voc, &docs) != BL_OK ||
        (dsrc && prepare(dsrc, ndsrc, gz, 0, &voc, &ddocs) != BL_OK) ||
        tab_init(&t, 1u << 20) != BL_OK)
        goto oom;
    for (i = 0; i < nsrc; i++)
        if (docs[i].ntoks + 1 > maxtok)
            maxtok = docs[i].ntoks + 1;
    for (i = 0; i < ndsrc; i++)
        if (ddocs[i].ntoks + 1 > maxtok)
            maxtok = ddocs[i].ntoks + 1;
    order = malloc(nsrc * sizeof *order);
    labels = malloc(maxtok);
    docbits = malloc(maxtok * sizeof *docbits);
    if (!order || !labels || !docbits)
        goto oom;
    for (i = 0; i < nsrc; i++)
        order[i] = i;
    (void)fprintf(stderr, "train_ner: %zu documents, gazetteer %s, %d epochs\n", nsrc,
                  gz ? "loaded" : "absent", epochs);
    for (e = 0; e < epochs; e++) {
        for (i = nsrc; i > 1; i--) {
            size_t j = (size_t)(rng_next(&seed) % i), tmp = order[i - 1];
            order[i - 1] = order[j];
            order[j] = tmp;
        }
        for (i = 0; i < nsrc; i++)
            if (tag_doc(&t, t.w, &docs[order[i]], labels, docbits, 1, &step) != BL_OK)
                goto oom;
        if (ddocs) {
            free(avg);
            avg = malloc(t.cap * NER_NCLASS * sizeof *avg);
            if (!avg)
                goto oom;
            averaged(&t, step, avg);
            (void)fprintf(stderr, "epoch %d: %zu features, dev micro F1 (PER/ORG/LOC) %.4f\n",
                          e + 1, t.n, dev_f1(&t, avg, ddocs, ndsrc));
        } else {
            (void)fprintf(stderr, "epoch %d: %zu features\n", e + 1, t.n);
        }
    }
    free(avg);
    avg = malloc(t.cap * NER_NCLASS * sizeof *avg);
    if (!avg)
        goto oom;
    averaged(&t, step, avg);
    (void)snprintf(
        info, sizeof info,
        "averaged perceptron, %d epochs, CoNLL-2003 eng.train (Reuters RCV1, research use), "
        "%zu documents, gazetteer %s (every %d-th document without), prune %g, rare %d",
        epochs, nsrc, gz ? "yes" : "no", voc.gz_every, prune, rare_max);
    if (so.spread || so.min_upd || so.qbits != 16) {
        size_t il = strlen(info);
        (void)snprintf(info + il, sizeof info - il, "%s, min updates %u, %d bits",
                       so.spread ? " (spread)" : "", so.min_upd, so.qbits);
    }
    so.prune = prune;
    if (save(&t, avg, &voc, out_path, info, &so, &nrows) != BL_OK) {
        (void)fprintf(stderr, "train_ner: cannot write %s\n", out_path);
        goto out;
    }
    (void)fprintf(stderr,
                  "train_ner: wrote %s: %zu rows (%zu features seen, plus the vocabulary)\n",
                  out_path, nrows, t.n);
    {
        /* what the tagger will hold: buckets, distinct rows, filter */
        bl_tagger *tg = NULL;
        struct bl_error le = {0};
        if (bl_tagger_load(out_path, &tg, &le) == BL_OK) {
            const struct ner_table *nt = ner_model_table(tg);
            size_t bk = ((size_t)nt->mask + 1) * sizeof(struct ner_bucket),
                   rw = ((size_t)nt->nrows + 1) * sizeof(struct ner_row),
                   fl = NER_FILTER_WORDS * sizeof(uint64_t);
            (void)fprintf(stderr,
                          "train_ner: in memory %zu KB: buckets %zu KB, %u distinct rows %zu KB, "
                          "filter %zu KB\n",
                          (bk + rw + fl) / 1024, bk / 1024, nt->nrows, rw / 1024, fl / 1024);
            bl_tagger_free(tg);
        }
    }
    rc = 0;
    goto out;
oom:
    (void)fprintf(stderr, "train_ner: out of memory or tokenizer failure\n");
out:
    free(avg);
    free(order);
    free(labels);
    free(docbits);
    tab_free(&t);
    free(voc.keys);
    free(voc.n);
    free_docs(docs, nsrc);
    free_docs(ddocs, ndsrc);
    conll_free(src, nsrc);
    conll_free(dsrc, ndsrc);
    bl_gazetteer_free(gz);
    return rc;
}
