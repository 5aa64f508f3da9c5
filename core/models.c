/* models.c -- loads every data file the pipeline needs from one directory,
 * once at start; the result is shared read-only by all threads. */
#include "bl_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

/* What bl_models_load reads beside the gazetteer: the tagger, the cue
 * lexicon and the attribution model, none of which needs the gazetteer
 * until they are bound to it. In the order it had when all was read in
 * turn, stopping at the first failure (rc, with err). */
struct side_load {
    const char *data_dir;
    bl_tagger *tagger;
    bl_cues *cues;
    bl_attr_model *attr;
    struct bl_error err;
    int rc;
};

/* path = dir/name, or the error when it does not fit */
static int data_path(char *path, size_t size, const char *dir, const char *name,
                     struct bl_error *err)
{
    if ((size_t)snprintf(path, size, "%s/%s", dir, name) >= size)
        return bl_fail(err, BL_ERR_ARG, BL_NONE, "data directory path too long");
    return BL_OK;
}

static void *side_load_run(void *arg)
{
    struct side_load *s = arg;
    char path[4096];
    struct bl_error *err = &s->err;
    int rc;

    rc = data_path(path, sizeof path, s->data_dir, "ner.model", err);
    if (rc != BL_OK)
        goto out;
    rc = bl_tagger_load(path, &s->tagger, err);
    if (rc != BL_OK)
        goto out;
    rc = bl_cues_load(s->data_dir, &s->cues, err);
    if (rc != BL_OK)
        goto out;
    rc = data_path(path, sizeof path, s->data_dir, "attr.model", err);
    if (rc != BL_OK)
        goto out;
    rc = bl_attr_model_load(path, &s->attr, err);
    if (rc != BL_OK)
        goto out;
    /* only saves work: without it (out of memory) attr searches its words */
    (void)bl_attr_model_bind_cues(s->attr, s->cues);
out:
    s->rc = rc;
    return NULL;
}

/* The gazetteer is read on this thread while another reads the rest (they
 * take about as long), so that start-up waits for the longer of the two,
 * not for both; when no thread can be made, the rest is read after it. A
 * failure is reported as it was when all was read in turn: the
 * gazetteer's first. */
int bl_models_load(const char *data_dir, bl_models **out, struct bl_error *err)
{
    struct bl_models *m;
    struct side_load side;
    struct stat st;
    pthread_t th;
    bool threaded;
    int rc;

    *out = NULL;
    if (!data_dir)
        return bl_fail(err, BL_ERR_ARG, BL_NONE, "no data directory");
    if (stat(data_dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return bl_fail(err, BL_ERR_NOTFOUND, BL_NONE, "data directory %s not found", data_dir);
    m = calloc(1, sizeof *m);
    if (!m)
        return bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");

    memset(&side, 0, sizeof side);
    side.data_dir = data_dir;
    threaded = pthread_create(&th, NULL, side_load_run, &side) == 0;
    rc = bl_gazetteer_load(data_dir, &m->gz, err);
    if (threaded)
        (void)pthread_join(th, NULL);
    else if (rc == BL_OK)
        (void)side_load_run(&side);
    m->tagger = side.tagger;
    m->cues = side.cues;
    m->attr = side.attr;
    if (rc != BL_OK)
        goto out;
    rc = side.rc;
    if (rc != BL_OK) {
        if (err)
            *err = side.err;
        goto out;
    }
    /* only saves work: without it (out of memory) the tagger asks per document */
    (void)bl_tagger_bind_gazetteer(m->tagger, m->gz);
    /* only saves work: without it (out of memory) actors index per document */
    (void)bl_actors_index_create(&m->actor_ix);
    snprintf(m->describe, sizeof m->describe, "data=%s", data_dir);
    *out = m;
out:
    if (rc != BL_OK)
        bl_models_free(m);
    return rc;
}

void bl_models_free(bl_models *m)
{
    if (!m)
        return;
    bl_tagger_free(m->tagger);
    bl_cues_free(m->cues);
    bl_attr_model_free(m->attr);
    bl_actors_index_free(m->actor_ix);
    bl_gazetteer_free(m->gz);
    free(m);
}

const char *bl_models_describe(const bl_models *m)
{
    return m->describe;
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool try_dir(char *buf, size_t cap, const char *cand)
{
    if (!is_dir(cand) || strlen(cand) >= cap)
        return false;
    memcpy(buf, cand, strlen(cand) + 1);
    return true;
}

void bl_data_dir_find(char *buf, size_t cap)
{
    char exe[PATH_MAX], cand[PATH_MAX + 32];
    ssize_t n;

    if (try_dir(buf, cap, "data"))
        return;
    n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        char *slash;
        exe[n] = '\0';
        slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            /* bin/bylined and build/<variant>/bin/bylined in a checkout,
             * bin/ next to share/byline when installed. */
            static const char *const rel[] = { "../data", "../../../data", "../share/byline" };
            for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++) {
                snprintf(cand, sizeof cand, "%s/%s", exe, rel[i]);
                if (try_dir(buf, cap, cand))
                    return;
            }
        }
    }
    snprintf(buf, cap, "%s", BL_DATADIR);
}
