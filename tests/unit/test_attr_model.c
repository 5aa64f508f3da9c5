/* test_attr_model.c -- the learned attribution model: the shipped model finds
 * attributions with their cue, content and source in sentences written for
 * this test, nothing in a sentence that reports no one, offers the content
 * candidates that end a clause at a conjunction or preposition or start
 * past a noun phrase's particle, and source
 * candidates of a name far before the cue, adds them as claims
 * through the claims stage, its fast scoring equals the plain feature sums
 * (on our articles and on the shared list of common words), and loading
 * refuses truncated, bit-flipped and padded files and files of another
 * feature set. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attr_int.h"
#include "common_words.h"

#ifndef BL_DATADIR
#define BL_DATADIR "data"
#endif

static bl_models *load_models(void)
{
    bl_models *m = NULL;
    struct bl_error err = {0};
    if (bl_models_load(BL_DATADIR, &m, &err) != BL_OK) {
        printf("cannot load models: %s\n", err.message);
        fail();
    }
    return m;
}

static bool text_is(const char *text, size_t a, size_t b, const char *want)
{
    return b - a == strlen(want) && memcmp(text + a, want, b - a) == 0;
}

/* cue NULL: the model must find nothing. */
static const struct row {
    const char *text, *cue, *content, *source;
} rows[] = {
    {"The ministry's report shows that exports fell.", "shows", "that exports fell",
     "The ministry's report"},
    {"Exports fell last year, the ministry's report shows.", "shows", "Exports fell last year",
     "the ministry's report"},
    {"The council endorsed the plan to widen the river road.", "endorsed",
     "the plan to widen the river road", "The council"},
    {"The governor declined to comment on the lawsuit.", "declined", "to comment on the lawsuit",
     "The governor"},
    {"The bridge was painted green in 1998.", NULL, NULL, NULL},
    {"Heavy rain closed three schools on Tuesday.", NULL, NULL, NULL},
};

static void test_rows(void **state)
{
    bl_models *m = load_models();
    int failures = 0;
    (void)state;
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        const struct row *w = &rows[r];
        bl_doc *d = NULL;
        struct bl_error err = {0};
        struct bl_attr_pred *p = NULL;
        size_t n = 0;
        bool hit = false;
        assert_int_equal(bl_doc_create(w->text, strlen(w->text), &d, &err), BL_OK);
        assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_QUOTES, &err), BL_OK);
        assert_int_equal(bl_attr_model_run(m->attr, m->cues, d, NULL, NULL, 0, &p, &n), BL_OK);
        for (size_t i = 0; i < n; i++) {
            assert_true(p[i].a < p[i].b && p[i].b <= d->ntoks);
            if (w->cue && text_is(w->text, p[i].cue.start, p[i].cue.end, w->cue) &&
                text_is(w->text, d->toks[p[i].a].start, d->toks[p[i].b - 1].end, w->content) &&
                p[i].source.start != BL_NONE &&
                text_is(w->text, p[i].source.start, p[i].source.end, w->source))
                hit = true;
        }
        if (w->cue ? !hit : n != 0) {
            printf("row %zu: %s: %zu found\n", r, w->text, n);
            for (size_t i = 0; i < n; i++)
                printf("  cue [%.*s] content [%.*s]\n", (int)(p[i].cue.end - p[i].cue.start),
                       w->text + p[i].cue.start,
                       (int)(d->toks[p[i].b - 1].end - d->toks[p[i].a].start),
                       w->text + d->toks[p[i].a].start);
            failures++;
        }
        free(p);
        bl_doc_free(d);
    }
    bl_models_free(m);
    assert_int_equal(failures, 0);
}

/* Content candidates: a cue's object may end without a comma at "and" or
 * "but", a subordinating word or a preposition, so the ranker is offered
 * the span up to it, one word long at least; and an act named by a verb
 * and its object ("filed a lawsuit against") reports what follows the
 * object's particle, which is offered from there to the clause's end. */
static const struct cand_row {
    const char *text, *cue, *span;
} cand_rows[] = {
    {"The mayor praised the new bridge and said it would open in May.", "praised",
     "the new bridge"},
    {"Ms Ortiz criticised the budget but voted for it anyway.", "criticised", "the budget"},
    {"The union opposed the merger because jobs would go.", "opposed", "the merger"},
    {"The minister announced the new tax while visiting the port.", "announced", "the new tax"},
    {"The coach praised his young players during a long press conference.", "praised",
     "his young players"},
    {"The council welcomed the report on Tuesday evening.", "welcomed", "the report"},
    {"The senator praised them during the debate.", "praised", "them"},
    {"The ferry union filed a lawsuit against the port authority.", "filed",
     "the port authority"},
    {"Parents voiced their anger over the new school fees, the paper said.", "voiced",
     "the new school fees"},
};

/* text through the pipeline up to quotes, with the model's context in *x
 * and the first token spelled cue at *ca (asserted to exist); the caller
 * frees both. */
static bl_doc *cue_doc(const bl_models *m, const char *text, const char *cue,
                       struct attr_ctx *x, size_t *ca)
{
    bl_doc *d = NULL;
    struct bl_error err = {0};
    assert_int_equal(bl_doc_create(text, strlen(text), &d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_QUOTES, &err), BL_OK);
    assert_int_equal(attr_ctx_init(x, d, m->cues), BL_OK);
    *ca = BL_NONE;
    for (size_t i = 0; i < d->ntoks && *ca == BL_NONE; i++)
        if (text_is(text, d->toks[i].start, d->toks[i].end, cue))
            *ca = i;
    assert_true(*ca != BL_NONE);
    return d;
}

static void test_candidates(void **state)
{
    bl_models *m = load_models();
    (void)state;
    for (size_t r = 0; r < sizeof cand_rows / sizeof cand_rows[0]; r++) {
        const struct cand_row *w = &cand_rows[r];
        struct attr_ctx x = {0};
        struct attr_cand c[ATTR_MAX_CANDS];
        size_t ca, nc = 0;
        bool hit = false;
        bl_doc *d = cue_doc(m, w->text, w->cue, &x, &ca);
        nc = attr_content_cands(&x, ca, ca + 1, c);
        for (size_t k = 0; k < nc; k++)
            hit |= text_is(w->text, d->toks[c[k].a].start, d->toks[c[k].b - 1].end, w->span);
        if (!hit)
            printf("cand row %zu: no candidate [%s] in: %s\n", r, w->span, w->text);
        assert_true(hit);
        attr_ctx_free(&x);
        bl_doc_free(d);
    }
    bl_models_free(m);
}

/* Source candidates: a name or pronoun up to ATTR_SRC_FAR words before the
 * cue is offered, a plain word that far is not. */
static const struct src_row {
    const char *text, *cue, *word;
    bool want;
} src_rows[] = {
    {"Lopez, who has run the harbour authority for the past eleven years under three "
     "different mayors, said the port would close.",
     "said", "Lopez", true},
    {"She had run the harbour authority for the past eleven years under three different "
     "mayors and never once said the port would close.",
     "said", "She", true},
    {"Harbour workers who have loaded ships at the old quay for the past eleven years under "
     "three different mayors said the port would close.",
     "said", "workers", false},
};

static void test_source_candidates(void **state)
{
    bl_models *m = load_models();
    (void)state;
    for (size_t r = 0; r < sizeof src_rows / sizeof src_rows[0]; r++) {
        const struct src_row *w = &src_rows[r];
        struct attr_ctx x = {0};
        uint32_t src[ATTR_MAX_SRC];
        size_t ca, ns;
        bool hit = false;
        bl_doc *d = cue_doc(m, w->text, w->cue, &x, &ca);
        assert_true(ca > ATTR_SRC_WINDOW);
        ns = attr_source_cands(&x, ca, ca + 1, ca + 1, d->ntoks, src);
        for (size_t k = 0; k < ns; k++)
            hit |= text_is(w->text, d->toks[src[k]].start, d->toks[src[k]].end, w->word);
        if (hit != w->want)
            printf("src row %zu: [%s] %s among the candidates in: %s\n", r, w->word,
                   hit ? "wrongly" : "not", w->text);
        assert_true(hit == w->want);
        attr_ctx_free(&x);
        bl_doc_free(d);
    }
    bl_models_free(m);
}

/* The heads share one table, so every key names its head in its top two
 * bits: a cue feature, a content feature and a source feature can never
 * share a row (in which one head would average the other's updates). */
static void test_heads_apart(void **state)
{
    static const char text[] = "Lopez said on Monday that the port would close.";
    bl_models *m = load_models();
    struct attr_ctx x = {0};
    struct attr_cand c[ATTR_MAX_CANDS];
    uint32_t f[ATTR_MAX_FEATS], src[ATTR_MAX_SRC];
    size_t ca, nc, ns, n;
    bl_doc *d = cue_doc(m, text, "said", &x, &ca);
    (void)state;
    for (size_t i = 0; i < d->ntoks; i++)
        for (int prev = ATTR_O; prev <= ATTR_I; prev++) {
            n = attr_cue_feats(&x, i, prev, f);
            assert_true(n > 0);
            for (size_t k = 0; k < n; k++)
                assert_int_equal(f[k] >> 30, ATTR_HEAD_CUE);
        }
    nc = attr_content_cands(&x, ca, ca + 1, c);
    assert_true(nc > 0);
    for (size_t j = 0; j < nc; j++) {
        n = attr_content_feats(&x, ca, ca + 1, &c[j], f);
        assert_true(n > 0);
        for (size_t k = 0; k < n; k++)
            assert_int_equal(f[k] >> 30, ATTR_HEAD_CONTENT);
    }
    ns = attr_source_cands(&x, ca, ca + 1, c[0].a, c[0].b, src);
    assert_true(ns > 0);
    for (size_t j = 0; j < ns; j++) {
        n = attr_source_feats(&x, ca, ca + 1, c[0].a, c[0].b, src[j], f);
        assert_true(n > 0);
        for (size_t k = 0; k < n; k++)
            assert_int_equal(f[k] >> 30, ATTR_HEAD_SOURCE);
    }
    attr_ctx_free(&x);
    bl_doc_free(d);
    bl_models_free(m);
}

/* The claims stage turns what the model finds into attributed claims. */
static void test_claims_hook(void **state)
{
    static const char text[] = "The council endorsed the plan to widen the river road.";
    bl_models *m = load_models();
    bl_doc *d = NULL;
    struct bl_error err = {0};
    const struct bl_claim *c;
    size_t nc;
    bool hit = false;
    (void)state;
    assert_int_equal(bl_doc_create(text, strlen(text), &d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_CLAIMS, &err), BL_OK);
    c = bl_doc_claims(d, &nc);
    for (size_t i = 0; i < nc; i++)
        if (c[i].kind == BL_CLAIM_ATTRIBUTED &&
            text_is(text, c[i].span.start, c[i].span.end, "the plan to widen the river road") &&
            c[i].cue.start != BL_NONE && text_is(text, c[i].cue.start, c[i].cue.end, "endorsed"))
            hit = true;
    assert_true(hit);
    bl_doc_free(d);
    bl_models_free(m);
}

/* Articles written for this test, with names, pronouns, quotations, cues,
 * a dateline and long sentences: the fast scoring must equal the plain sum
 * over the listed features on every token. */
static const char *const articles[] = {
    "LISBON (Reuters) - Portugal's finance minister, Ana Ribeiro, said on Monday that the "
    "budget would be balanced by 2027. \"We will not raise taxes,\" she told reporters in "
    "Lisbon, adding that spending on schools would rise.\n\nCritics argue the plan relies on "
    "optimistic growth forecasts. The opposition Social Democrats, who lost the last election, "
    "accused the government of hiding a deficit of 1.2 billion euros.",
    "The city council voted 7-2 to close the old harbour bridge. According to the mayor, "
    "repairs would cost more than a new bridge. \"It is simply unsafe,\" Mayor Tom Okafor "
    "said. He believes traffic will move to the ring road, officials say, though residents "
    "of Northbank fear delays...\n\nIn a statement, the transport agency warned that "
    "buses could be rerouted; it declined to give dates. Engineers from Lund University, "
    "who inspected the bridge in March, found cracks in three of its five pillars, the "
    "report shows.",
    "\"No comment,\" a spokeswoman replied. They insisted: the deal is off! We think it "
    "isn't, and I'd say so again -- but you never know.",
    /* quotation marks and names just after a dateline, and a sentence that
     * is all dateline */
    "OSLO - \"We are ready,\" she said. BERGEN (AP) - \"Not yet,\" Mr Dahl replied, "
    "\"not\" \"now\". TROMSO -",
};

enum { PARTS_NONE, PARTS_SOME, PARTS_MANY };

/* Every token's cue score, after an O and after an I, against the plain sum. */
static void check_cue_scores(const bl_attr_model *am, const struct attr_ctx *x,
                             struct attr_words *w, int expect_parts)
{
    const bl_doc *d = x->d;
    uint32_t f[ATTR_MAX_FEATS];
    int32_t *sc = malloc(d->ntoks * sizeof *sc), *sp = malloc(d->ntoks * sizeof *sp);
    uint8_t *part = malloc(d->ntoks);
    size_t nparts = 0;
    assert_non_null(sc);
    assert_non_null(sp);
    assert_non_null(part);
    for (size_t si = 0; si < d->nsents; si++) {
        size_t a = d->sents[si].tok_start;
        attr_cue_sentence(am, x, w, si, sc, NULL);
        attr_cue_sentence(am, x, w, si, sp, part);
        for (size_t i = a; i < d->sents[si].tok_end; i++) {
            size_t n = attr_cue_feats(x, i, ATTR_O, f);
            int32_t plain = attr_feats_score(am, f, n, ATTR_HEAD_CUE);
            assert_int_equal(sc[i - a], plain);
            /* the partial scores: all but BI_R, and then surely O */
            if (part[i - a]) {
                nparts++;
                assert_int_equal(sp[i - a] + attr_cue_bir(am, x, w, i), plain);
                assert_false(attr_cue_is_i(am, plain));
            } else {
                assert_int_equal(sp[i - a], plain);
            }
            n = attr_cue_feats(x, i, ATTR_I, f);
            assert_int_equal(sc[i - a] + attr_cue_prev_i(am, x, w, i),
                             attr_feats_score(am, f, n, ATTR_HEAD_CUE));
        }
    }
    /* most tokens of an article are plainly O: the shortcut must be taken
     * (PARTS_MANY), except when the scores come from the feature lists
     * (PARTS_NONE); a list of words has long sentences, where it is taken
     * less (PARTS_SOME) */
    if (expect_parts == PARTS_MANY)
        assert_true(nparts > d->ntoks / 4);
    else if (expect_parts == PARTS_SOME)
        assert_true(nparts > 0);
    else
        assert_int_equal(nparts, 0);
    free(sc);
    free(sp);
    free(part);
}

/* The shared list of common words (core/common_words.c), whose cue weights
 * the model fills at load, as a document, once as written and once in upper
 * case: every token's cue score must equal the plain sum. */
static void test_common_words_plain(void **state)
{
    bl_models *m = load_models();
    char *upper = malloc(bl_common_words_len + 1);
    (void)state;
    assert_non_null(upper);
    for (size_t k = 0; k <= bl_common_words_len; k++) {
        char ch = bl_common_words[k];
        upper[k] = ch >= 'a' && ch <= 'z' ? (char)(ch - 'a' + 'A') : ch;
    }
    for (int r = 0; r < 2; r++) {
        const char *text = r ? upper : bl_common_words;
        bl_doc *d = NULL;
        struct bl_error err = {0};
        struct attr_ctx x = {0};
        struct attr_words *w = NULL;
        assert_int_equal(bl_doc_create(text, bl_common_words_len, &d, &err), BL_OK);
        assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_QUOTES, &err), BL_OK);
        assert_int_equal(attr_ctx_init(&x, d, m->cues), BL_OK);
        assert_int_equal(attr_words_build(m->attr, &x, &w), BL_OK);
        assert_true(d->ntoks > 4000);
        check_cue_scores(m->attr, &x, w, PARTS_SOME);
        attr_words_free(w);
        attr_ctx_free(&x);
        bl_doc_free(d);
    }
    free(upper);
    bl_models_free(m);
}

static void test_fast_equals_plain(void **state)
{
    bl_models *m = load_models();
    long checked = 0;
    (void)state;
    for (size_t r = 0; r < sizeof articles / sizeof articles[0]; r++) {
        bl_doc *d = NULL;
        struct bl_error err = {0};
        struct attr_ctx x = {0};
        struct attr_words *w = NULL;
        uint32_t f[ATTR_MAX_FEATS];
        assert_int_equal(bl_doc_create(articles[r], strlen(articles[r]), &d, &err), BL_OK);
        assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_QUOTES, &err), BL_OK);
        assert_int_equal(attr_ctx_init(&x, d, m->cues), BL_OK);
        assert_int_equal(attr_words_build(m->attr, &x, &w), BL_OK);
        check_cue_scores(m->attr, &x, w, PARTS_MANY);
        checked += (long)d->ntoks;
        /* every word, and every pair, as a cue: its content candidates and
         * the source words around each */
        for (size_t ca = 0; ca < d->ntoks; ca++)
            for (size_t cb = ca + 1; cb <= ca + 2 && cb <= d->ntoks; cb++) {
                struct attr_cand c[ATTR_MAX_CANDS];
                uint32_t src[ATTR_MAX_SRC];
                size_t nc;
                if (d->tok_sent[cb - 1] != d->tok_sent[ca])
                    continue;
                nc = attr_content_cands(&x, ca, cb, c);
                for (size_t k = 0; k < nc; k++) {
                    size_t n = attr_content_feats(&x, ca, cb, &c[k], f), ns;
                    assert_int_equal(attr_content_score(m->attr, &x, w, ca, cb, &c[k]),
                                     attr_feats_score(m->attr, f, n, ATTR_HEAD_CONTENT));
                    ns = attr_source_cands(&x, ca, cb, c[k].a, c[k].b, src);
                    for (size_t j = 0; j < ns; j++) {
                        n = attr_source_feats(&x, ca, cb, c[k].a, c[k].b, src[j], f);
                        assert_int_equal(attr_source_score(m->attr, &x, w, ca, cb, src[j]),
                                         attr_feats_score(m->attr, f, n, ATTR_HEAD_SOURCE));
                        checked++;
                    }
                    checked++;
                }
            }
        /* an entity code beyond the load-time tables: the cue scorer falls
         * back to the feature lists and still agrees */
        attr_words_free(w);
        w = NULL;
        x.tk[d->ntoks / 2].ent = 12;
        assert_int_equal(attr_words_build(m->attr, &x, &w), BL_OK);
        check_cue_scores(m->attr, &x, w, PARTS_NONE);
        attr_words_free(w);
        attr_ctx_free(&x);
        bl_doc_free(d);
    }
    assert_true(checked > 2000);
    bl_models_free(m);
}

/* attr_ctx_init's per-token facts are the same whether it takes a
 * spelling's from the tagger's spelling numbers (d->tok_word) or computes
 * every token's. */
static void test_spellings_shared(void **state)
{
    bl_models *m = load_models();
    (void)state;
    for (size_t r = 0; r < sizeof articles / sizeof articles[0]; r++) {
        bl_doc *d = NULL;
        struct bl_error err = {0};
        struct attr_ctx x = {0}, y = {0};
        uint32_t *kept;
        assert_int_equal(bl_doc_create(articles[r], strlen(articles[r]), &d, &err), BL_OK);
        assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_QUOTES, &err), BL_OK);
        assert_non_null(d->tok_word);
        assert_int_equal(attr_ctx_init(&x, d, m->cues), BL_OK);
        kept = d->tok_word;
        d->tok_word = NULL;
        assert_int_equal(attr_ctx_init(&y, d, m->cues), BL_OK);
        d->tok_word = kept;
        for (size_t i = 0; i < d->ntoks; i++) {
            const struct attr_tok *a = &x.tk[i], *b = &y.tk[i];
            if (a->hw != b->hw || a->hsuf != b->hsuf || a->stem != b->stem ||
                a->lemma != b->lemma || a->shape != b->shape || a->ent != b->ent ||
                a->cue_n != b->cue_n || a->cue_tag != b->cue_tag || a->inq != b->inq ||
                a->pron != b->pron || a->in_cue != b->in_cue || a->cls != b->cls)
                fail_msg("article %zu token %zu differs", r, i);
        }
        /* the words built from either (attr_words_build takes a repeated
         * spelling's word from its first token when it can) score alike */
        {
            struct attr_words *wx = NULL, *wy = NULL;
            assert_int_equal(attr_words_build(m->attr, &x, &wx), BL_OK);
            assert_int_equal(attr_words_build(m->attr, &y, &wy), BL_OK);
            check_cue_scores(m->attr, &x, wx, PARTS_MANY);
            check_cue_scores(m->attr, &y, wy, PARTS_MANY);
            attr_words_free(wx);
            attr_words_free(wy);
        }
        attr_ctx_free(&x);
        attr_ctx_free(&y);
        bl_doc_free(d);
    }
    bl_models_free(m);
}

/* Every damaged copy of the shipped model is refused, and nothing leaks. */
static void test_refuses_damage(void **state)
{
    char *buf = NULL, path[4096];
    size_t len = 0;
    bl_attr_model *am = NULL;
    struct bl_error err = {0};
    unsigned char *copy;
    (void)state;
    (void)snprintf(path, sizeof path, "%s/attr.model", BL_DATADIR);
    assert_int_equal(bl_file_read(path, 0, &buf, &len, NULL), BL_OK);
    assert_true(len > ATTR_HDR_LEN + 4);
    assert_int_equal(attr_model_parse((const unsigned char *)buf, len, &am, &err), BL_OK);
    assert_non_null(am);
    assert_non_null(strstr(bl_attr_model_info(am), "PolNeAR"));
    bl_attr_model_free(am);
    copy = malloc(len + 1);
    assert_non_null(copy);
    {
        /* truncated anywhere: in the magic, the header, the rows, the checksum */
        const size_t cuts[] = {0,       4,       8,      20, ATTR_HDR_LEN, ATTR_HDR_LEN + 10,
                               len / 2, len - 4, len - 1};
        for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
            memcpy(copy, buf, len);
            am = (bl_attr_model *)copy; /* must come back NULL */
            assert_int_not_equal(attr_model_parse(copy, cuts[i], &am, &err), BL_OK);
            assert_null(am);
        }
    }
    {
        /* one bit flipped: magic, version, row count, scale, threshold,
         * info, a row, the checksum */
        const size_t at[] = {0, 8, 16, 22, 33, ATTR_HDR_LEN + 3, len / 2, len - 9, len - 2};
        for (size_t i = 0; i < sizeof at / sizeof at[0]; i++) {
            memcpy(copy, buf, len);
            copy[at[i]] ^= 0x10;
            assert_int_not_equal(attr_model_parse(copy, len, &am, &err), BL_OK);
            assert_null(am);
        }
    }
    /* a byte too many */
    memcpy(copy, buf, len);
    copy[len] = 0;
    assert_int_equal(attr_model_parse(copy, len + 1, &am, &err), BL_ERR_FORMAT);
    assert_null(am);
    /* a missing file */
    assert_int_not_equal(bl_attr_model_load("/nonexistent/attr.model", &am, &err), BL_OK);
    assert_null(am);
    bl_attr_model_free(NULL);
    free(copy);
    free(buf);
}

/* A model of another format or feature set, its checksum intact, is refused
 * with BL_ERR_VERSION and a message that says to retrain: its weights belong
 * to features this build no longer computes (feature set 2 had BI_L, W0PC and
 * STEMSUBJ; set 3 lacked three content candidate types). */
static const struct vrow {
    uint32_t version, featset;
    int want;
} vrows[] = {
    {ATTR_VERSION, ATTR_FEATSET, BL_OK},
    {ATTR_VERSION, 2, BL_ERR_VERSION},
    {ATTR_VERSION, 3, BL_ERR_VERSION},
    {ATTR_VERSION, 5, BL_ERR_VERSION},
    {ATTR_VERSION, ATTR_FEATSET + 1, BL_ERR_VERSION},
    {ATTR_VERSION + 1, ATTR_FEATSET, BL_ERR_VERSION},
};

static void test_refuses_other_featset(void **state)
{
    char *buf = NULL, path[4096];
    size_t len = 0;
    unsigned char *copy;
    (void)state;
    (void)snprintf(path, sizeof path, "%s/attr.model", BL_DATADIR);
    assert_int_equal(bl_file_read(path, 0, &buf, &len, NULL), BL_OK);
    assert_true(len > ATTR_HDR_LEN + 4);
    copy = malloc(len);
    assert_non_null(copy);
    for (size_t r = 0; r < sizeof vrows / sizeof vrows[0]; r++) {
        bl_attr_model *am = NULL;
        struct bl_error err = {0};
        memcpy(copy, buf, len);
        bl_wr32le(copy + 8, vrows[r].version);
        bl_wr32le(copy + 12, vrows[r].featset);
        bl_wr32le(copy + len - 4, bl_fnv32(copy, len - 4));
        assert_int_equal(attr_model_parse(copy, len, &am, &err), vrows[r].want);
        if (vrows[r].want == BL_OK) {
            assert_non_null(am);
            bl_attr_model_free(am);
        } else {
            assert_null(am);
            assert_non_null(strstr(err.message, "retrain"));
        }
    }
    free(copy);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_claims_hook),
        cmocka_unit_test(test_candidates),
        cmocka_unit_test(test_source_candidates),
        cmocka_unit_test(test_heads_apart),
        cmocka_unit_test(test_fast_equals_plain),
        cmocka_unit_test(test_common_words_plain),
        cmocka_unit_test(test_spellings_shared),
        cmocka_unit_test(test_refuses_damage),
        cmocka_unit_test(test_refuses_other_featset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
