/* eval_ner.c -- the named-entity section of tools/eval. Each CoNLL-2003 dev
 * document is rebuilt as text (tokens joined by spaces, sentences by
 * newlines), analysed with bl_doc_analyze(BL_STAGE_ENTITIES) exactly as the
 * server does, and scored by exact entity span in code points: precision,
 * recall and F1 per type, micro over PER/ORG/LOC, MISC apart. */
#include "eval_ner.h"
#include "bl_int.h"
#include "iob_docs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define NTYPES 4

struct counts {
    size_t tp[NTYPES], np[NTYPES], ng[NTYPES];
};

static void dev_path(const char *data_dir, char *buf, size_t cap)
{
    (void)snprintf(buf, cap, "%s/conll2003/dev.txt", data_dir);
}

bool eval_ner_available(const char *data_dir)
{
    char path[4096];
    struct stat st;
    dev_path(data_dir, path, sizeof path);
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Count matches of one document: both lists are in text order. */
static void score_doc(const bl_doc *d, const struct conll_doc *g, const struct bl_entity *e,
                      size_t ne, struct counts *c)
{
    size_t i, j;
    for (i = 0; i < g->nents; i++)
        c->ng[g->types[i]]++;
    for (i = 0; i < ne; i++) {
        size_t ps = bl_doc_offset(d, e[i].span.start, BL_UNIT_CODEPOINT);
        size_t pe = bl_doc_offset(d, e[i].span.end, BL_UNIT_CODEPOINT);
        if (e[i].type < 0 || e[i].type >= NTYPES)
            continue;
        c->np[e[i].type]++;
        for (j = 0; j < g->nents; j++) {
            size_t gs = bl_doc_offset(d, g->ents[j].start, BL_UNIT_CODEPOINT);
            size_t ge = bl_doc_offset(d, g->ents[j].end, BL_UNIT_CODEPOINT);
            if (gs == ps && ge == pe && g->types[j] == e[i].type) {
                c->tp[e[i].type]++;
                break;
            }
        }
    }
}

static void row(const char *name, size_t tp, size_t np, size_t ng)
{
    double p = np ? (double)tp / (double)np : 0, r = ng ? (double)tp / (double)ng : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    (void)printf("  %-22s %8.4f %8.4f %8.4f %7zu %7zu %7zu\n", name, p, r, f, tp, np, ng);
}

int eval_ner_run(const char *data_dir, const bl_models *m)
{
    static const char *const names[NTYPES] = {"PER", "ORG", "LOC", "MISC"};
    char path[4096];
    struct conll_doc *docs = NULL;
    size_t ndocs = 0, i, ntoks = 0, tp = 0, np = 0, ng = 0;
    struct counts c;
    double secs;
    struct timespec t0, t1;
    int rc;

    memset(&c, 0, sizeof c);
    dev_path(data_dir, path, sizeof path);
    rc = conll_read(path, &docs, &ndocs);
    if (rc == BL_ERR_NOTFOUND) {
        (void)fprintf(
            stderr, "eval ner: %s not found (pass --data / DATA=path to the shared data)\n", path);
        return 2;
    }
    if (rc != BL_OK) {
        (void)fprintf(stderr, "eval ner: cannot read %s: %s\n", path, bl_strerror(rc));
        return 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (i = 0; i < ndocs; i++) {
        bl_doc *d = NULL;
        struct bl_error err = {0};
        const struct bl_entity *e;
        size_t ne;
        rc = bl_doc_create(docs[i].text, docs[i].len, &d, &err);
        if (rc == BL_OK)
            rc = bl_doc_analyze(d, m, BL_STAGE_ENTITIES, &err);
        if (rc != BL_OK) {
            (void)fprintf(stderr, "eval ner: document %zu: %s\n", i + 1, err.message);
            bl_doc_free(d);
            conll_free(docs, ndocs);
            return 1;
        }
        e = bl_doc_entities(d, &ne);
        score_doc(d, &docs[i], e, ne, &c);
        ntoks += bl_doc_token_count(d);
        bl_doc_free(d);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;

    (void)printf("ner: CoNLL-2003 dev, %zu documents, exact entity spans (code points)\n", ndocs);
    (void)printf("  %-22s %8s %8s %8s %7s %7s %7s\n", "type", "P", "R", "F1", "tp", "pred", "gold");
    for (i = 0; i < NTYPES; i++)
        row(names[i], c.tp[i], c.np[i], c.ng[i]);
    for (i = 0; i < 3; i++) {
        tp += c.tp[i];
        np += c.np[i];
        ng += c.ng[i];
    }
    row("micro PER/ORG/LOC", tp, np, ng);
    row("micro all four", tp + c.tp[3], np + c.np[3], ng + c.ng[3]);
    (void)printf("  pipeline (tokenize+sentences+entities): %zu tokens in %.3f s\n", ntoks, secs);
    conll_free(docs, ndocs);
    return 0;
}
