/* models.c -- loads every data file the pipeline needs from one directory,
 * once at start; the result is shared read-only by all threads. */
#include "bl_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

int bl_models_load(const char *data_dir, bl_models **out, struct bl_error *err)
{
    struct bl_models *m;
    char path[4096];
    struct stat st;
    int rc;

    *out = NULL;
    if (!data_dir)
        return bl_fail(err, BL_ERR_ARG, BL_NONE, "no data directory");
    if (stat(data_dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return bl_fail(err, BL_ERR_NOTFOUND, BL_NONE, "data directory %s not found", data_dir);
    m = calloc(1, sizeof *m);
    if (!m)
        return bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");

    rc = bl_gazetteer_load(data_dir, &m->gz, err);
    if (rc != BL_OK)
        goto out;
    if ((size_t)snprintf(path, sizeof path, "%s/ner.model", data_dir) >= sizeof path) {
        rc = bl_fail(err, BL_ERR_ARG, BL_NONE, "data directory path too long");
        goto out;
    }
    rc = bl_tagger_load(path, &m->tagger, err);
    if (rc != BL_OK)
        goto out;
    /* only saves work: without it (out of memory) the tagger asks per document */
    (void)bl_tagger_bind_gazetteer(m->tagger, m->gz);
    /* only saves work: without it (out of memory) actors index per document */
    (void)bl_actors_index_create(&m->actor_ix);
    rc = bl_cues_load(data_dir, &m->cues, err);
    if (rc != BL_OK)
        goto out;
    if ((size_t)snprintf(path, sizeof path, "%s/attr.model", data_dir) >= sizeof path) {
        rc = bl_fail(err, BL_ERR_ARG, BL_NONE, "data directory path too long");
        goto out;
    }
    rc = bl_attr_model_load(path, &m->attr, err);
    if (rc != BL_OK)
        goto out;
    /* only saves work: without it (out of memory) attr searches its words */
    (void)bl_attr_model_bind_cues(m->attr, m->cues);
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
