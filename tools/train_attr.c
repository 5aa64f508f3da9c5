/* train_attr.c -- trains the learned attribution model (data/attr.model) on
 * the PolNeAR training split: an averaged-perceptron cue tagger and the
 * content and source rankers of core/attr_model.c, with the features defined
 * there. Deterministic: the same data and models give the same bytes.
 *
 *   train_attr [--holdout] [--oracle] [--epochs N] [--cue-thr X] [--prune Q]
 *              [--min-updates K] [--models DIR] [DATA [OUT]]
 *
 * DATA defaults to ../shared/data (PolNeAR under DATA/polnear/train), OUT to
 * data/attr.model, DIR (the gazetteer, NER model and cue lexicon) to data.
 * The defaults (8 epochs, cue threshold -5, features updated fewer than 4
 * times dropped, no weight pruning) make the shipped model. --holdout leaves
 * out every article whose index % 5 == 0 (ATTR_FOLD=k: == k) and reports
 * held-out figures.
 * --oracle also reports the candidates' oracle recall by content shape (on
 * the training articles, and on the held-out ones with --holdout).
 * Variants that stayed within 0.002 quotes+claims F1 of the defaults on the
 * held-out articles: 5 to 16 epochs; --min-updates 1 to 8 (1 to 32 for the
 * content head alone); a training-time cue threshold of -5 to +5; content
 * updates weighted by the Dice gap; a second ranker pass per epoch.
 * On all five fifths, each held out in turn (ATTR_FOLD) and pooled, where
 * the defaults score q+c F1 .7101 (direct .9326): 4, 5, 6, 7 and 12 epochs
 * .7100, .7108, .7113, .7104, .7080 (6 epochs, trained on every article,
 * gives dev .7023 against the defaults' .7067, so the 8 stay); --min-updates
 * 2 .7100; a cue threshold of -8 or -2 .7083, .7099 (the tagger's training
 * decodes at 0, so the threshold changes no weight, only the run). Two ways
 * of training for what the rules miss (the model's output counts only where
 * no rule's quote or claim overlaps it) lost: the rankers learning only from
 * golds whose content no rule-made quote or claim matches, .7035 (more
 * contents kept, fewer right); the cue tagger making no update on the cues
 * of golds the rules find, .7058 (P .7559 R .6619; .7057 with a threshold of
 * -12).
 * Also measured pooled and left out (the defaults .7110, direct .9374): cue
 * features for what follows within three words (that, whether/if/how/what,
 * comma and quotation mark, colon, quotation mark, to, comma) by distance and
 * case, and with a name or pronoun before and a quotation mark in the
 * sentence, .7121 (P .7426 R .6839: precision, not the recall of unseen
 * cues, which stayed at the fifths' .66-.70); word dropout, the token's own
 * word and stem features left out in training with probability a / (a +
 * count of the word), a = .25 .7116, with those features and a = 1 .7118,
 * on the content ranker's cue-word features .7122; content features (a name
 * or pronoun before the cue, the span's end against the sentence's, the
 * quotation marks inside, the last token's class) .7124, with the cue
 * features .7127 but train .7550 -> .7538 and dev .7089 -> .7069; a run-time
 * bonus for lower-case words the model has no W0 weight for, +2 .7109, +5
 * .7107, +15 .7088 (R .6906, P .7281). Of the five fifths' 3,812 misses that
 * no prediction touches, 2,535 have a cue of several words and only 563 a
 * cue string that the other fifths mark gold three times or more.
 * Content ranker variants measured pooled (feature set 4: .7111, direct
 * .9437; feature set 5's two candidates: .7124, .9439): updating only when
 * the chosen content does not match, towards the best Dice .7111 or
 * towards the highest-scoring matching candidate .7106; features of what
 * follows the candidate's end (the next word's suffix and classes, a cue
 * later in the sentence, the next segment's length, a quotation left
 * open, the last word's suffix) .7116, with feature set 5 .7125 (they
 * raise the held-out ranker, .766 -> .772 of gold cues chosen right, but
 * mostly on cues the rules take), with the cue word and lemma by the end's
 * class .7110; the ranker trimming a rule's claim to its own choice when
 * that starts where the claim does and ends earlier .7099 to .7112 (at
 * ", and"/", which" alone .7112): the rules' ends are better than its.
 * With 9 epochs feature set 5 keeps its lead (.7121 against .7110). More
 * candidates that lost: the clause's end before a time ("on Monday", "this
 * week") .7118; from the last stop before the cue to the clause's end
 * after it .7123. Left out though it scored a little higher: dropping the
 * model's attribution when its best content beats the next by less than 2
 * (real units; not for a quotation) .7132 (P .7448 R .6841, direct .9439;
 * 4: .7135, direct .9437), dev unchanged at .7044.
 * Measured with feature set 6 (pooled .7147, direct .9456) and left out: the
 * claims stage asking a cue margin of 5 (real units) when no word of the
 * model's cue is in the cue lexicon (not for a content with a quotation
 * mark or a vote) .7166 (P .7665 R .6728; a bar of 2 or 8: .7165, .7168),
 * direct unchanged, but dev .7107 -> .7076 (2: .7089, 8: .7043): of the
 * dev attributions it drops 42 in 100 are right, of the held-out ones 299 in
 * 937 (branch h/cuefp-offlex). With that bar, a lower cue threshold only
 * adds lexicon cues: -7, -9, -10, -11, -14 .7170, .7171, .7174, .7173,
 * .7171, direct .9459 to .9475, but its longer cue runs ("sent text" for
 * "text") slip past the claims stage's readings of a one-word cue. */
#include "attr_int.h"
#include "attr_gold.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* One gold attribution with a cue, mapped onto tokens. */
struct gold {
    size_t ca, cb; /* cue tokens (first piece) */
    struct ag_span content, source;
    bool has_source;
};

struct tdoc {
    char *text;
    size_t len;
    bl_doc *d;
    struct attr_ctx x;
    uint8_t *label; /* gold I/O per token */
    uint8_t *pred;  /* the tagger's labels in the last pass */
    struct gold *g;
    size_t ng;
    bool held;
};

/* ---- the weight table: key -> row of ATTR_NW averaged weights ---------- */

struct table {
    uint32_t *keys; /* open addressing, 0 = empty */
    uint32_t *rowof;
    size_t mask, nrows, rcap;
    float *w;  /* nrows * ATTR_NW */
    double *u; /* sum of (counter * update), for averaging */
    uint8_t *head;
    uint32_t *rkey;
    uint32_t *nupd; /* updates each row received */
    long counter[ATTR_NHEADS];
};

static int table_init(struct table *t, size_t cap)
{
    memset(t, 0, sizeof *t);
    t->keys = calloc(cap, sizeof *t->keys);
    t->rowof = calloc(cap, sizeof *t->rowof);
    t->mask = cap - 1;
    return t->keys && t->rowof ? BL_OK : BL_ERR_NOMEM;
}

static void table_free(struct table *t)
{
    free(t->keys);
    free(t->rowof);
    free(t->w);
    free(t->u);
    free(t->head);
    free(t->rkey);
    free(t->nupd);
}

/* Row of key, or (create) a new one; SIZE_MAX when absent or out of memory. */
static size_t row(struct table *t, uint32_t key, int head, bool create)
{
    size_t i = key & t->mask;
    while (t->keys[i] && t->keys[i] != key)
        i = (i + 1) & t->mask;
    if (t->keys[i] == key)
        return t->rowof[i];
    if (!create || t->nrows + 1 > (t->mask + 1) / 2)
        return SIZE_MAX;
    if (t->nrows == t->rcap) {
        size_t nc = t->rcap ? 2 * t->rcap : 4096;
        float *w = realloc(t->w, nc * ATTR_NW * sizeof *w);
        double *u;
        uint8_t *h;
        uint32_t *rk;
        if (!w)
            return SIZE_MAX;
        t->w = w;
        u = realloc(t->u, nc * ATTR_NW * sizeof *u);
        if (!u)
            return SIZE_MAX;
        t->u = u;
        h = realloc(t->head, nc);
        if (!h)
            return SIZE_MAX;
        t->head = h;
        rk = realloc(t->rkey, nc * sizeof *rk);
        if (!rk)
            return SIZE_MAX;
        t->rkey = rk;
        rk = realloc(t->nupd, nc * sizeof *rk);
        if (!rk)
            return SIZE_MAX;
        t->nupd = rk;
        t->rcap = nc;
    }
    t->keys[i] = key;
    t->rowof[i] = (uint32_t)t->nrows;
    memset(t->w + t->nrows * ATTR_NW, 0, ATTR_NW * sizeof *t->w);
    memset(t->u + t->nrows * ATTR_NW, 0, ATTR_NW * sizeof *t->u);
    t->head[t->nrows] = (uint8_t)head;
    t->rkey[t->nrows] = key;
    t->nupd[t->nrows] = 0;
    return t->nrows++;
}

static void scores(struct table *t, const uint32_t *f, size_t n, int nw, double *s)
{
    for (int c = 0; c < nw; c++)
        s[c] = 0;
    for (size_t k = 0; k < n; k++) {
        size_t r = row(t, f[k], 0, false);
        if (r != SIZE_MAX)
            for (int c = 0; c < nw; c++)
                s[c] += t->w[r * ATTR_NW + (size_t)c];
    }
}

static void update(struct table *t, int head, const uint32_t *f, size_t n, int cls, float v)
{
    for (size_t k = 0; k < n; k++) {
        size_t r = row(t, f[k], head, true);
        if (r == SIZE_MAX)
            continue;
        /* a key names its head (attr_model.c fk1): another head's row here
         * would take this head's updates, averaged by the wrong counter */
        if (t->head[r] != head) {
            (void)fprintf(stderr, "train_attr: key %08x shared by heads %d and %d\n",
                          (unsigned)f[k], t->head[r], head);
            abort();
        }
        t->w[r * ATTR_NW + (size_t)cls] += v;
        t->nupd[r]++;
        t->u[r * ATTR_NW + (size_t)cls] += (double)t->counter[head] * v;
    }
}

/* ---- reading PolNeAR
 * ----------------------------------------------------------- */

/* First token ending after byte off. */
static size_t tok_after(const bl_doc *d, size_t off)
{
    size_t lo = 0, hi = d->ntoks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->toks[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Gold attributions of one .ann file with their cues on tokens. */
static int read_gold(const char *path, struct tdoc *td)
{
    struct ag_attr *a = NULL;
    size_t na = 0, gcap = 0;
    int rc = ag_read_attrs(path, td->text, td->len, &a, &na);

    for (size_t i = 0; i < na && rc == BL_OK; i++) {
        struct gold g;
        if (!a[i].has_cue)
            continue;
        memset(&g, 0, sizeof g);
        g.content = a[i].content;
        g.source = a[i].source;
        g.has_source = a[i].has_source;
        g.ca = tok_after(td->d, a[i].cue.p[0].start);
        for (g.cb = g.ca; g.cb < td->d->ntoks && td->d->toks[g.cb].start < a[i].cue.p[0].end;
             g.cb++)
            ;
        if (g.cb <= g.ca)
            continue;
        if (bl_grow((void **)&td->g, &gcap, td->ng + 1, sizeof *td->g) != BL_OK) {
            rc = BL_ERR_NOMEM;
            break;
        }
        td->g[td->ng++] = g;
        for (size_t k = g.ca; k < g.cb; k++)
            td->label[k] = ATTR_I;
    }
    free(a);
    return rc;
}

static size_t overlap(const struct ag_span *a, struct bl_span b)
{
    size_t o = 0;
    for (size_t i = 0; i < a->n; i++) {
        size_t s = a->p[i].start > b.start ? a->p[i].start : b.start;
        size_t e = a->p[i].end < b.end ? a->p[i].end : b.end;
        if (e > s)
            o += e - s;
    }
    return o;
}

static size_t plen(const struct ag_span *a)
{
    size_t l = 0;
    for (size_t i = 0; i < a->n; i++)
        l += a->p[i].end - a->p[i].start;
    return l;
}

/* Dice of candidate c against gold content when it matches (overlap at
 * least half of each), else 0: the eval's criterion. */
static double cand_quality(const struct tdoc *td, const struct gold *g, const struct attr_cand *c)
{
    struct bl_span s = {td->d->toks[c->a].start, td->d->toks[c->b - 1].end};
    size_t o = overlap(&g->content, s), lg = plen(&g->content), lp = s.end - s.start;
    if (!o || 2 * o < lg || 2 * o < lp)
        return 0;
    return 2.0 * (double)o / (double)(lg + lp);
}

static bool src_ok(const struct tdoc *td, const struct gold *g, size_t tok)
{
    struct bl_span s = {td->d->toks[tok].start, td->d->toks[tok].end};
    return overlap(&g->source, s) > 0;
}

/* ---- training passes
 * --------------------------------------------------------------- */

struct stats {
    size_t tp, fp, fn;            /* cue tokens */
    size_t cue_hit;               /* gold cues with a token tagged */
    size_t inst, oracle, content; /* content: instances, some candidate matches, chosen matches */
    size_t src_n, src_cand, src;  /* sources: gold with source, a correct candidate, chosen right */
};

/* One pass of the cue tagger over doc td; learn when train is set. */
static void cue_pass(struct table *t, struct tdoc *td, bool train, struct stats *st)
{
    const bl_doc *d = td->d;
    uint32_t f[ATTR_MAX_FEATS];
    for (size_t si = 0; si < d->nsents; si++) {
        int prev = ATTR_O;
        if (bl_claims_boilerplate(d, si))
            continue;
        for (size_t i = d->sents[si].tok_start; i < d->sents[si].tok_end; i++) {
            size_t n = attr_cue_feats(&td->x, i, prev, f);
            double s[ATTR_NW];
            int lab = ATTR_O, gold = td->label[i];
            scores(t, f, n, ATTR_NW, s);
            if (s[ATTR_I] > s[lab])
                lab = ATTR_I;
            if (train) {
                if (lab != gold) {
                    update(t, ATTR_HEAD_CUE, f, n, gold, 1.0f);
                    update(t, ATTR_HEAD_CUE, f, n, lab, -1.0f);
                }
                t->counter[ATTR_HEAD_CUE]++;
            }
            if (st) {
                st->tp += lab == ATTR_I && gold == ATTR_I;
                st->fp += lab == ATTR_I && gold != ATTR_I;
                st->fn += lab != ATTR_I && gold == ATTR_I;
            }
            prev = lab;
            td->pred[i] = (uint8_t)lab;
        }
    }
}

/* The run of tokens the cue tagger marks over gold cue g, within its
 * sentence, into [*ca, *cb); false (and *ca, *cb untouched) when it marks
 * none of the cue. */
static bool tagged_run(const struct tdoc *td, const struct gold *g, size_t *ca, size_t *cb)
{
    for (size_t k = g->ca; k < g->cb; k++)
        if (td->pred[k] == ATTR_I) {
            size_t lo = td->d->sents[td->d->tok_sent[k]].tok_start;
            size_t hi = td->d->sents[td->d->tok_sent[k]].tok_end;
            size_t a = k, b = k + 1;
            while (a > lo && td->pred[a - 1] == ATTR_I)
                a--;
            while (b < hi && td->pred[b] == ATTR_I)
                b++;
            *ca = a;
            *cb = b;
            return true;
        }
    return false;
}

/* Content and source rankers over the gold cues of td. */
static void span_pass(struct table *t, struct tdoc *td, bool train, struct stats *st)
{
    uint32_t f[ATTR_MAX_FEATS], fb[ATTR_MAX_FEATS], src[ATTR_MAX_SRC];
    struct attr_cand c[ATTR_MAX_CANDS];
    for (size_t gi = 0; gi < td->ng; gi++) {
        const struct gold *g = &td->g[gi];
        size_t ca = g->ca, cb = g->cb, nc, best = BL_NONE, pred = 0, ns, nf, nfb;
        double bq = 0, bs = -INFINITY, q[ATTR_MAX_CANDS];
        if (st) {
            st->inst++;
            for (size_t k = g->ca; k < g->cb; k++)
                if (td->pred[k] == ATTR_I) {
                    st->cue_hit++;
                    break;
                }
        }
        /* the tagger's run over the gold cue, as the runtime will see it */
        tagged_run(td, g, &ca, &cb);
        nc = attr_content_cands(&td->x, ca, cb, c);
        for (size_t k = 0; k < nc; k++) {
            double s;
            q[k] = cand_quality(td, g, &c[k]);
            if (q[k] > bq) {
                bq = q[k];
                best = k;
            }
            nf = attr_content_feats(&td->x, ca, cb, &c[k], f);
            scores(t, f, nf, 1, &s);
            if (s > bs) {
                bs = s;
                pred = k;
            }
        }
        if (best == BL_NONE)
            continue;
        if (st) {
            st->oracle++;
            st->content += q[pred] > 0;
        }
        if (train) {
            if (q[pred] < bq) {
                nf = attr_content_feats(&td->x, ca, cb, &c[best], f);
                update(t, ATTR_HEAD_CONTENT, f, nf, 0, 1.0f);
                nf = attr_content_feats(&td->x, ca, cb, &c[pred], f);
                update(t, ATTR_HEAD_CONTENT, f, nf, 0, -1.0f);
            }
            t->counter[ATTR_HEAD_CONTENT]++;
        }
        if (!g->has_source)
            continue;
        /* the source, given the content the ranker chose when it matches */
        {
            const struct attr_cand *cc = q[pred] > 0 ? &c[pred] : &c[best];
            size_t ps = BL_NONE, gs = BL_NONE;
            double pbs = -INFINITY, gbs = -INFINITY;
            ns = attr_source_cands(&td->x, ca, cb, cc->a, cc->b, src);
            if (st)
                st->src_n++;
            for (size_t k = 0; k < ns; k++) {
                double s;
                nf = attr_source_feats(&td->x, ca, cb, cc->a, cc->b, src[k], f);
                scores(t, f, nf, 1, &s);
                if (s > pbs) {
                    pbs = s;
                    ps = k;
                }
                if (src_ok(td, g, src[k]) && s > gbs) {
                    gbs = s;
                    gs = k;
                }
            }
            if (gs == BL_NONE)
                continue;
            if (st) {
                st->src_cand++;
                st->src += src_ok(td, g, src[ps]);
            }
            if (train) {
                if (!src_ok(td, g, src[ps])) {
                    nfb = attr_source_feats(&td->x, ca, cb, cc->a, cc->b, src[gs], fb);
                    update(t, ATTR_HEAD_SOURCE, fb, nfb, 0, 1.0f);
                    nf = attr_source_feats(&td->x, ca, cb, cc->a, cc->b, src[ps], f);
                    update(t, ATTR_HEAD_SOURCE, f, nf, 0, -1.0f);
                }
                t->counter[ATTR_HEAD_SOURCE]++;
            }
        }
    }
}

/* ---- oracle recall of the candidates (--oracle) -------------------------
 * For the gold attributions whose cue the tagger finds (the runtime's run of
 * I tokens over it): how often some content candidate would match the gold
 * content (the eval's criterion) and the ranker picks a matching one, by the
 * shape of the gold content around the cue, and how often some source
 * candidate overlaps the gold source. */

enum { SH_BEFORE, SH_CROSS, SH_OTHER, SH_COLON, SH_TO, SH_THAT, SH_QUOTE, SH_AFTER, SH_SPAN, NSH };
static const char *const sh_name[NSH] = {"before the cue",  "over a sentence end",
                                         "other sentence",  "after a colon",
                                         "to-infinitive",   "that-clause",
                                         "quotation",       "after the cue, other",
                                         "around the cue"};

struct oracle {
    size_t n[NSH], hit[NSH], chosen[NSH], longer[NSH], shorter[NSH];
    size_t src_n, src_hit;
};

static bool tok_is(const bl_doc *d, size_t i, const char *w)
{
    size_t n = strlen(w);
    return i < d->ntoks && d->toks[i].end - d->toks[i].start == n &&
           !strncasecmp(d->text + d->toks[i].start, w, n);
}

/* The shape of g's content relative to its cue [ca, cb). */
static int shape_of(const struct tdoc *td, const struct gold *g, size_t ca, size_t cb)
{
    const bl_doc *d = td->d;
    size_t cs = g->content.p[0].start, ce = g->content.p[g->content.n - 1].end, ta, tl;
    ta = tok_after(d, cs);
    tl = tok_after(d, ce - 1);
    if (ta >= d->ntoks || tl >= d->ntoks)
        return SH_AFTER;
    if (ce <= d->toks[ca].start)
        return d->toks[tl].kind == BL_TOK_QUOTE || d->toks[ta].kind == BL_TOK_QUOTE ? SH_QUOTE
                                                                                   : SH_BEFORE;
    if (cs < d->toks[cb - 1].end)
        return SH_SPAN;
    if (d->tok_sent[ta] != d->tok_sent[tl])
        return SH_CROSS;
    if (d->tok_sent[ta] != d->tok_sent[ca])
        return SH_OTHER;
    if (d->toks[ta].kind == BL_TOK_QUOTE)
        return SH_QUOTE;
    if (ta > 0 && tok_is(d, ta - 1, ":"))
        return SH_COLON;
    if (tok_is(d, ta, "to"))
        return SH_TO;
    if (tok_is(d, ta, "that") || (ta > 0 && tok_is(d, ta - 1, "that")))
        return SH_THAT;
    return SH_AFTER;
}

/* Add td's golds to o, the content ranker scored with t. */
static void oracle_doc(struct table *t, const struct tdoc *td, struct oracle *o)
{
    struct attr_cand c[ATTR_MAX_CANDS];
    uint32_t src[ATTR_MAX_SRC];
    const bl_doc *d = td->d;
    for (size_t gi = 0; gi < td->ng; gi++) {
        const struct gold *g = &td->g[gi];
        size_t ca = BL_NONE, cb = 0, nc, best = BL_NONE, near = BL_NONE, no = 0;
        double bq = 0, bs = -INFINITY;
        size_t pred = 0;
        uint32_t f[ATTR_MAX_FEATS];
        int sh;
        if (!tagged_run(td, g, &ca, &cb))
            continue;
        sh = shape_of(td, g, ca, cb);
        nc = attr_content_cands(&td->x, ca, cb, c);
        for (size_t k = 0; k < nc; k++) {
            struct bl_span s = {d->toks[c[k].a].start, d->toks[c[k].b - 1].end};
            double q = cand_quality(td, g, &c[k]);
            size_t ov = overlap(&g->content, s), nf = attr_content_feats(&td->x, ca, cb, &c[k], f);
            double sc;
            scores(t, f, nf, 1, &sc);
            if (sc > bs) {
                bs = sc;
                pred = k;
            }
            if (q > bq) {
                bq = q;
                best = k;
            }
            if (ov > no) {
                no = ov;
                near = k;
            }
        }
        o->n[sh]++;
        if (best != BL_NONE) {
            o->hit[sh]++;
            o->chosen[sh] += cand_quality(td, g, &c[pred]) > 0;
        } else if (near != BL_NONE) {
            size_t lp = d->toks[c[near].b - 1].end - d->toks[c[near].a].start;
            if (2 * no < lp)
                o->longer[sh]++;
            else
                o->shorter[sh]++;
        }
        if (g->has_source) {
            const struct attr_cand *cc = best != BL_NONE ? &c[best] : NULL;
            size_t ns = attr_source_cands(&td->x, ca, cb, cc ? cc->a : 0, cc ? cc->b : 0, src);
            bool ok = false;
            for (size_t k = 0; k < ns && !ok; k++)
                ok = src_ok(td, g, src[k]);
            o->src_n++;
            o->src_hit += ok;
        }
    }
}

static void oracle_report(struct table *t, const char *what, struct tdoc *docs, size_t ndocs,
                          bool held)
{
    struct oracle o;
    size_t n = 0, h = 0;
    memset(&o, 0, sizeof o);
    for (size_t i = 0; i < ndocs; i++)
        if (docs[i].held == held)
            oracle_doc(t, &docs[i], &o);
    for (int s = 0; s < NSH; s++) {
        n += o.n[s];
        h += o.hit[s];
    }
    printf("%s oracle (golds whose cue the tagger finds): content %.4f (%zu of %zu), source "
           "%.4f (%zu of %zu)\n",
           what, n ? (double)h / (double)n : 0, h, n,
           o.src_n ? (double)o.src_hit / (double)o.src_n : 0, o.src_hit, o.src_n);
    for (int s = 0; s < NSH; s++)
        printf("  %-22s %5zu  oracle %.4f  chosen %.4f  missed: nearest longer %zu shorter %zu\n",
               sh_name[s], o.n[s], o.n[s] ? (double)o.hit[s] / (double)o.n[s] : 0,
               o.n[s] ? (double)o.chosen[s] / (double)o.n[s] : 0, o.longer[s], o.shorter[s]);
}

/* Replace every weight by its average over all updates. */
static void average(struct table *t)
{
    for (size_t r = 0; r < t->nrows; r++) {
        long c = t->counter[t->head[r]];
        if (c <= 0)
            continue;
        for (int k = 0; k < ATTR_NW; k++)
            t->w[r * ATTR_NW + (size_t)k] -= (float)(t->u[r * ATTR_NW + (size_t)k] / (double)c);
    }
}

/* Train the cue tagger and the rankers on the docs not held out, then
 * average them. */
static void fit(struct table *t, struct tdoc *docs, size_t ndocs, int epochs)
{
    for (int e = 0; e < epochs; e++) {
        /* a fixed shuffle per epoch keeps training deterministic */
        uint64_t seed = 0x2545F4914F6CDD1Dull * (uint64_t)(e + 1);
        size_t *order = malloc(ndocs * sizeof *order);
        if (!order)
            return;
        for (size_t i = 0; i < ndocs; i++)
            order[i] = i;
        for (size_t i = ndocs; i > 1; i--) {
            size_t j, tmp;
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            j = (size_t)(seed % i);
            tmp = order[i - 1];
            order[i - 1] = order[j];
            order[j] = tmp;
        }
        for (size_t i = 0; i < ndocs; i++) {
            struct tdoc *td = &docs[order[i]];
            if (td->held)
                continue;
            cue_pass(t, td, true, NULL);
            span_pass(t, td, true, NULL);
        }
        free(order);
    }
    average(t);
}

static void report(const char *what, const struct stats *s)
{
    double p = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 0;
    double r = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 0;
    printf("%s: cue-level recall %.4f\n", what, s->inst ? (double)s->cue_hit / (double)s->inst : 0);
    printf("%s: cue P %.4f R %.4f F1 %.4f | content oracle %.4f chosen %.4f (of "
           "%zu) | source "
           "oracle %.4f chosen %.4f (of %zu)\n",
           what, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0,
           s->inst ? (double)s->oracle / (double)s->inst : 0,
           s->inst ? (double)s->content / (double)s->inst : 0, s->inst,
           s->src_n ? (double)s->src_cand / (double)s->src_n : 0,
           s->src_n ? (double)s->src / (double)s->src_n : 0, s->src_n);
}

/* Quantise the averaged weights per head and write the model. */
static int write_model(struct table *t, const char *out, float cue_thr, int prune, int min_upd,
                       const char *info)
{
    float maxabs[ATTR_NHEADS] = {0}, scale[ATTR_NHEADS];
    uint32_t *keys = malloc((t->nrows + 1) * sizeof *keys);
    int16_t *q = malloc((t->nrows + 1) * ATTR_NW * sizeof *q);
    uint32_t n = 0;
    int rc;
    if (!keys || !q) {
        free(keys);
        free(q);
        return BL_ERR_NOMEM;
    }
    for (size_t r = 0; r < t->nrows; r++)
        for (int k = 0; k < ATTR_NW; k++) {
            float a = fabsf(t->w[r * ATTR_NW + (size_t)k]);
            if (a > maxabs[t->head[r]])
                maxabs[t->head[r]] = a;
        }
    for (int h = 0; h < ATTR_NHEADS; h++)
        scale[h] = maxabs[h] > 0 ? maxabs[h] / 32000.0f : 1.0f;
    for (size_t r = 0; r < t->nrows; r++) {
        int16_t v[ATTR_NW];
        bool keep = false;
        for (int k = 0; k < ATTR_NW; k++) {
            long x = lrintf(t->w[r * ATTR_NW + (size_t)k] / scale[t->head[r]]);
            v[k] = (int16_t)(x > 32767 ? 32767 : x < -32767 ? -32767 : x);
            keep |= v[k] > prune || v[k] < -prune;
        }
        if (!keep || t->nupd[r] < (uint32_t)min_upd)
            continue;
        keys[n] = t->rkey[r];
        memcpy(q + (size_t)n * ATTR_NW, v, sizeof v);
        n++;
    }
    /* rows go out in insertion order, which is deterministic (same data,
     * same order); thresholds are in real units */
    rc = attr_model_write(out, keys, q, n, scale, cue_thr, -1e5f, info);
    printf("train_attr: wrote %s: %u rows (%zu seen), %zu bytes\n", out, n, t->nrows,
           (size_t)ATTR_HDR_LEN + strlen(info) + (size_t)n * ATTR_ROW_LEN + 4);
    free(keys);
    free(q);
    return rc;
}

/* The model alone (no rules) on the held-out articles, matched to gold as
 * tools/eval does: content overlap at least half of each, one-to-one. */
static void model_alone(const char *path, struct tdoc *docs, size_t ndocs, const bl_cues *cues)
{
    bl_attr_model *am = NULL;
    size_t ng = 0, np = 0, tp = 0, sn = 0, sok = 0, fp_cue = 0;
    if (bl_attr_model_load(path, &am, NULL) != BL_OK)
        return;
    for (size_t i = 0; i < ndocs; i++) {
        struct tdoc *td = &docs[i];
        struct bl_attr_pred *p = NULL;
        size_t n = 0;
        bool *used;
        if (!td->held || bl_attr_model_run(am, cues, td->d, NULL, NULL, 0, &p, &n) != BL_OK)
            continue;
        used = calloc(n + 1, sizeof *used);
        if (!used) {
            free(p);
            continue;
        }
        ng += td->ng;
        np += n;
        for (size_t g = 0; g < td->ng; g++) {
            size_t best = BL_NONE, lg = plen(&td->g[g].content);
            double bf = 0;
            for (size_t k = 0; k < n; k++) {
                struct bl_span s = {td->d->toks[p[k].a].start, td->d->toks[p[k].b - 1].end};
                size_t o = overlap(&td->g[g].content, s), lp = s.end - s.start;
                if (used[k] || !o || 2 * o < lg || 2 * o < lp)
                    continue;
                if (2.0 * (double)o / (double)(lg + lp) > bf) {
                    bf = 2.0 * (double)o / (double)(lg + lp);
                    best = k;
                }
            }
            if (best == BL_NONE)
                continue;
            used[best] = true;
            tp++;
            if (td->g[g].has_source) {
                sn++;
                sok += p[best].source.start != BL_NONE && overlap(&td->g[g].source, p[best].source);
            }
        }
        for (size_t k = 0; k < n; k++) {
            bool cue_gold = false;
            if (used[k])
                continue;
            for (size_t g = 0; g < td->ng && !cue_gold; g++)
                cue_gold = td->d->toks[td->g[g].ca].start < p[k].cue.end &&
                           p[k].cue.start < td->d->toks[td->g[g].cb - 1].end;
            fp_cue += cue_gold;
        }
        free(used);
        free(p);
    }
    printf("held-out model alone: false positives on a gold cue %zu\n", fp_cue);
    printf("held-out model alone: P %.4f R %.4f (pred %zu tp %zu gold %zu) src "
           "%.4f\n",
           np ? (double)tp / (double)np : 0, ng ? (double)tp / (double)ng : 0, np, tp, ng,
           sn ? (double)sok / (double)sn : 0);
    bl_attr_model_free(am);
}

static void usage(void)
{
    (void)fprintf(stderr, "usage: train_attr [--holdout] [--oracle] [--epochs N] [--cue-thr X] [--prune Q] "
                          "[--min-updates K] [--models DIR] [DATA [OUT]]\n");
}

int main(int argc, char **argv)
{
    const char *data = "../shared/data", *out = "data/attr.model", *mdir = "data";
    int epochs = 8, npos = 0, rc = 1, prune = 0, min_upd = 4;
    bool holdout = false, oracle = false;
    float cue_thr = -5.0f;
    /* ATTR_FOLD=k (0 to 4): hold out index % 5 == k instead, for a
     * five-fold check; the eval reads the same variable */
    const char *fold_env = getenv("ATTR_FOLD");
    size_t fold = fold_env && *fold_env >= '0' && *fold_env <= '4' ? (size_t)(*fold_env - '0') : 0;
    char dir[4096], path[8192], info[1024];
    char **texts = NULL, **anns = NULL;
    size_t ntexts = 0, nanns = 0, ndocs = 0;
    struct tdoc *docs = NULL;
    struct bl_models m;
    struct bl_error err = {0};
    struct table t;
    struct stat sb;

    memset(&m, 0, sizeof m);
    memset(&t, 0, sizeof t);
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--holdout"))
            holdout = true;
        else if (!strcmp(argv[i], "--oracle"))
            oracle = true;
        else if (!strcmp(argv[i], "--epochs") && i + 1 < argc)
            epochs = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--cue-thr") && i + 1 < argc)
            cue_thr = strtof(argv[++i], NULL);
        else if (!strcmp(argv[i], "--prune") && i + 1 < argc)
            prune = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--min-updates") && i + 1 < argc)
            min_upd = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--models") && i + 1 < argc)
            mdir = argv[++i];
        else if (argv[i][0] == '-') {
            usage();
            return 2;
        } else if (npos == 0) {
            data = argv[i];
            npos++;
        } else if (npos == 1) {
            out = argv[i];
            npos++;
        } else {
            usage();
            return 2;
        }
    }
    (void)snprintf(dir, sizeof dir, "%s/polnear/train", data);
    (void)snprintf(path, sizeof path, "%s/attributions", dir);
    if (stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        (void)fprintf(stderr,
                      "train_attr: PolNeAR training data not found at %s (pass the "
                      "shared data "
                      "directory, e.g. train_attr ../shared/data)\n",
                      path);
        return 2;
    }
    if (bl_gazetteer_load(mdir, &m.gz, &err) != BL_OK ||
        (snprintf(path, sizeof path, "%s/ner.model", mdir),
         bl_tagger_load(path, &m.tagger, &err) != BL_OK) ||
        bl_cues_load(mdir, &m.cues, &err) != BL_OK) {
        (void)fprintf(stderr, "train_attr: cannot load models from %s: %s\n", mdir, err.message);
        goto out;
    }
    (void)snprintf(path, sizeof path, "%s/text", dir);
    texts = ag_list_dir(path, ".txt", &ntexts);
    (void)snprintf(path, sizeof path, "%s/attributions", dir);
    anns = ag_list_dir(path, ".ann", &nanns);
    docs = calloc(ntexts + 1, sizeof *docs);
    if (!ntexts || !docs || table_init(&t, (size_t)1 << 22) != BL_OK) {
        (void)fprintf(stderr, "train_attr: no articles under %s or out of memory\n", dir);
        goto out;
    }
    for (size_t i = 0; i < ntexts; i++) {
        const char *ann = ag_annotation_of(anns, nanns, texts[i]);
        struct tdoc *td = &docs[ndocs];
        if (!ann)
            continue;
        (void)snprintf(path, sizeof path, "%s/text/%s", dir, texts[i]);
        if (bl_file_read(path, 0, &td->text, &td->len, &err) != BL_OK ||
            bl_doc_create(td->text, td->len, &td->d, &err) != BL_OK ||
            bl_doc_analyze(td->d, &m, BL_STAGE_ACTORS, &err) != BL_OK ||
            attr_ctx_init(&td->x, td->d, m.cues) != BL_OK ||
            !(td->label = calloc(td->d->ntoks + 1, 1)) ||
            !(td->pred = calloc(td->d->ntoks + 1, 1))) {
            (void)fprintf(stderr, "train_attr: %s: %s\n", texts[i], err.message);
            ndocs++;
            goto out;
        }
        (void)snprintf(path, sizeof path, "%s/attributions/%s", dir, ann);
        if (read_gold(path, td) != BL_OK) {
            (void)fprintf(stderr, "train_attr: cannot read %s\n", path);
            ndocs++;
            goto out;
        }
        /* the eval's article index: position among the scored articles */
        td->held = holdout && ndocs % 5 == fold;
        ndocs++;
    }
    fit(&t, docs, ndocs, epochs);
    {
        struct stats tr = {0}, ho = {0};
        for (size_t i = 0; i < ndocs; i++) {
            struct stats *s = docs[i].held ? &ho : &tr;
            cue_pass(&t, &docs[i], false, s);
            span_pass(&t, &docs[i], false, s);
        }
        report("train", &tr);
        if (holdout)
            report("held-out", &ho);
        if (oracle) {
            oracle_report(&t, "train", docs, ndocs, false);
            if (holdout)
                oracle_report(&t, "held-out", docs, ndocs, true);
        }
    }
    (void)snprintf(info, sizeof info,
                   "byline attribution model: averaged perceptron, PolNeAR train (%zu "
                   "articles%s), "
                   "%d epochs, cue threshold %.3f; research use (see data/NOTICE)",
                   ndocs, holdout ? ", index % 5 == 0 held out" : "", epochs, (double)cue_thr);
    if (write_model(&t, out, cue_thr, prune, min_upd, info) != BL_OK) {
        (void)fprintf(stderr, "train_attr: cannot write %s\n", out);
        goto out;
    }
    if (holdout)
        model_alone(out, docs, ndocs, m.cues);
    rc = 0;
out:
    for (size_t i = 0; i < ndocs; i++) {
        attr_ctx_free(&docs[i].x);
        bl_doc_free(docs[i].d);
        free(docs[i].text);
        free(docs[i].label);
        free(docs[i].pred);
        free(docs[i].g);
    }
    free(docs);
    ag_list_free(texts, ntexts);
    ag_list_free(anns, nanns);
    table_free(&t);
    bl_tagger_free(m.tagger);
    bl_cues_free(m.cues);
    bl_gazetteer_free(m.gz);
    return rc;
}
