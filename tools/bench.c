/* bench.c -- throughput and latency figures for the pipeline (never
 * pass/fail). Section "tagger": model load time and size, and entity
 * tagging speed on one core over already tokenized documents.
 * Usage: bench [--data DIR] [--models DIR] [--only tagger] */
#include "bl_int.h"
#include "iob_docs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* Our own text, used when the research data is not there. */
static const char *const sample =
    "Kyiv (Reuters) - Ukrainian President Volodymyr Zelensky met U.S. envoy Steve Witkoff in "
    "Riyadh on Tuesday, a spokesperson for the presidential office said.\n"
    "The talks, hosted by Saudi Arabia, followed a call between Donald Trump and Vladimir Putin. "
    "British Prime Minister Keir Starmer said Europe would stand by Ukraine, while NATO "
    "Secretary General Mark Rutte urged allies to raise defence spending.\n"
    "TikTok, owned by Beijing-based ByteDance, faces a ban in the United States unless it is "
    "sold, the Commerce Department said. Shares of Microsoft and Oracle rose 2% in New York.\n"
    "\"We are ready to work on a lasting peace,\" Zelensky told reporters in Kyiv, adding that "
    "the European Union and Germany had promised $3.5 billion in new aid.\n";

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of the calling thread, in seconds. */
static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int bench_tagger(const char *data_dir, const char *models_dir)
{
    char path[4096];
    struct conll_doc *docs = NULL;
    size_t ndocs = 0, i, ntoks = 0, rounds = 0;
    bl_doc **d = NULL;
    bl_models *m = NULL;
    bl_tagger *t = NULL;
    struct bl_error err = {0};
    struct stat st;
    double t0, t1, best = 1e9, elapsed = 0, best_round = 1e9, cpu = 0;
    int rc = 1, k;
    char *rep = NULL;

    (void)snprintf(path, sizeof path, "%s/ner.model", models_dir);
    for (k = 0; k < 5; k++) {
        t0 = now_s();
        if (bl_tagger_load(path, &t, &err) != BL_OK) {
            (void)fprintf(stderr, "bench: %s\n", err.message);
            return 1;
        }
        t1 = now_s();
        bl_tagger_free(t);
        t = NULL;
        if (t1 - t0 < best)
            best = t1 - t0;
    }
    (void)printf("tagger: model %s, %lld bytes, load %.1f ms (best of 5)\n", path,
                 stat(path, &st) == 0 ? (long long)st.st_size : -1LL, best * 1e3);
    t0 = now_s();
    if (bl_models_load(models_dir, &m, &err) != BL_OK) {
        (void)fprintf(stderr, "bench: %s\n", err.message);
        return 1;
    }
    (void)printf("tagger: bl_models_load (gazetteer + model) %.1f ms\n", (now_s() - t0) * 1e3);

    (void)snprintf(path, sizeof path, "%s/conll2003/dev.txt", data_dir);
    if (conll_read(path, &docs, &ndocs) == BL_OK) {
        (void)printf("tagger: input CoNLL-2003 dev (%zu documents)\n", ndocs);
    } else {
        size_t n = strlen(sample), r;
        (void)printf("tagger: %s not found; input is the built-in sample article x 200\n", path);
        docs = calloc(1, sizeof *docs);
        rep = malloc(200 * n + 1);
        if (!docs || !rep)
            goto out;
        for (r = 0; r < 200; r++)
            memcpy(rep + r * n, sample, n);
        rep[200 * n] = '\0';
        docs[0].text = rep;
        docs[0].len = 200 * n;
        ndocs = 1;
        rep = NULL;
    }
    d = calloc(ndocs, sizeof(bl_doc *));
    if (!d)
        goto out;
    for (i = 0; i < ndocs; i++) {
        if (bl_doc_create(docs[i].text, docs[i].len, &d[i], &err) != BL_OK ||
            bl_doc_analyze(d[i], m, BL_STAGE_SENTENCES, &err) != BL_OK) {
            (void)fprintf(stderr, "bench: %s\n", err.message);
            goto out;
        }
        ntoks += d[i]->ntoks;
    }
    /* Rounds over all documents for about 2 s; the best round (in this
     * thread's CPU time) is the figure least disturbed by other processes. */
    t0 = now_s();
    while (elapsed < 2.0) {
        double c0 = cpu_s(), c1;
        for (i = 0; i < ndocs; i++)
            if (bl_tagger_run(m->tagger, m->gz, d[i]) != BL_OK) {
                (void)fprintf(stderr, "bench: tagger failed\n");
                goto out;
            }
        c1 = cpu_s() - c0;
        if (c1 < best_round)
            best_round = c1;
        cpu += c1;
        rounds++;
        elapsed = now_s() - t0;
    }
    (void)printf("tagger: %zu tokens x %zu rounds: %.0f tokens/s on one core (best round), "
                 "%.0f mean (CPU time), %.0f mean (wall)\n",
                 ntoks, rounds, (double)ntoks / best_round, (double)(ntoks * rounds) / cpu,
                 (double)(ntoks * rounds) / elapsed);

    /* The whole path the server takes for entities, tokenizer included. */
    t0 = now_s();
    rounds = 0;
    elapsed = 0;
    cpu = 0;
    best_round = 1e9;
    while (elapsed < 2.0) {
        double c0 = cpu_s(), c1;
        for (i = 0; i < ndocs; i++) {
            bl_doc *x = NULL;
            if (bl_doc_create(docs[i].text, docs[i].len, &x, &err) != BL_OK ||
                bl_doc_analyze(x, m, BL_STAGE_ENTITIES, &err) != BL_OK) {
                bl_doc_free(x);
                goto out;
            }
            bl_doc_free(x);
        }
        c1 = cpu_s() - c0;
        if (c1 < best_round)
            best_round = c1;
        cpu += c1;
        rounds++;
        elapsed = now_s() - t0;
    }
    (void)printf(
        "tagger: create+tokenize+sentences+entities: %.0f tokens/s on one core (best round), "
        "%.0f mean (CPU time)\n",
        (double)ntoks / best_round, (double)(ntoks * rounds) / cpu);
    rc = 0;
out:
    if (d)
        for (i = 0; i < ndocs; i++)
            bl_doc_free(d[i]);
    free(d);
    free(rep);
    conll_free(docs, ndocs);
    bl_models_free(m);
    return rc;
}

int main(int argc, char **argv)
{
    const char *data_dir = "../shared/data", *models_dir = "data", *only = NULL;
    int ai, rc = 0;

    for (ai = 1; ai < argc; ai++) {
        if (!strcmp(argv[ai], "--data") && ai + 1 < argc)
            data_dir = argv[++ai];
        else if (!strcmp(argv[ai], "--models") && ai + 1 < argc)
            models_dir = argv[++ai];
        else if (!strcmp(argv[ai], "--only") && ai + 1 < argc)
            only = argv[++ai];
        else {
            (void)fprintf(stderr, "usage: bench [--data DIR] [--models DIR] [--only tagger]\n");
            return 2;
        }
    }
    if (!only || strstr(only, "tagger"))
        rc |= bench_tagger(data_dir, models_dir);
    return rc;
}
