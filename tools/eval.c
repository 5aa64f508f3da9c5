/* eval.c -- scores the pipeline against the research data sets, one section
 * per task (ner now; locations and attribution join as tools/lib/eval_*.c).
 * Usage: eval [--data DIR] [--models DIR] [--only name[,name...]]
 * Exit status: 0 scored, 2 data missing, 1 other failure. */
#include "bl_int.h"
#include "eval_geo.h"
#include "eval_attr.h"
#include "eval_ner.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One row per section. To add one, write tools/lib/eval_<x>.c with an
 * available/run pair and list it here. */
static const struct section {
    const char *name;
    bool (*available)(const char *data_dir);
    int (*run)(const char *data_dir, const bl_models *m);
} sections[] = {
    {"ner", eval_ner_available, eval_ner_run},
    {"geo", eval_geo_available, eval_geo_run},
    {"attr", eval_attr_available, eval_attr_run},
};
#define NSECTIONS (sizeof sections / sizeof sections[0])

static void usage(void)
{
    size_t i;
    (void)fprintf(stderr, "usage: eval [--data DIR] [--models DIR] [--only name[,name...]]\n"
                          "  --data    research data (default ../shared/data)\n"
                          "  --models  model directory (default data)\n"
                          "  sections:");
    for (i = 0; i < NSECTIONS; i++)
        (void)fprintf(stderr, " %s", sections[i].name);
    (void)fprintf(stderr, " (default: every section whose data is present)\n");
}

/* True when name appears in the comma-separated list. */
static bool listed(const char *list, const char *name)
{
    size_t n = strlen(name);
    const char *p = list;
    while (p && *p) {
        const char *q = strchr(p, ',');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        if (len == n && !strncmp(p, name, n))
            return true;
        p = q ? q + 1 : NULL;
    }
    return false;
}

int main(int argc, char **argv)
{
    const char *data_dir = "../shared/data", *models_dir = "data", *only = NULL;
    bl_models *m = NULL;
    struct bl_error err = {0};
    size_t i, ran = 0;
    int ai, rc = 0;

    for (ai = 1; ai < argc; ai++) {
        if (!strcmp(argv[ai], "--data") && ai + 1 < argc) {
            data_dir = argv[++ai];
        } else if (!strcmp(argv[ai], "--models") && ai + 1 < argc) {
            models_dir = argv[++ai];
        } else if (!strcmp(argv[ai], "--only") && ai + 1 < argc) {
            only = argv[++ai];
        } else {
            usage();
            return 2;
        }
    }
    if (only) {
        const char *p = only;
        while (p && *p) {
            const char *q = strchr(p, ',');
            size_t len = q ? (size_t)(q - p) : strlen(p);
            bool known = false;
            for (i = 0; i < NSECTIONS; i++)
                if (strlen(sections[i].name) == len && !strncmp(sections[i].name, p, len))
                    known = true;
            if (!known) {
                (void)fprintf(stderr, "eval: unknown section '%.*s'\n", (int)len, p);
                usage();
                return 2;
            }
            p = q ? q + 1 : NULL;
        }
    }
    for (i = 0; i < NSECTIONS; i++) {
        if (only && !listed(only, sections[i].name))
            continue;
        if (!sections[i].available(data_dir)) {
            (void)fprintf(stderr,
                          "eval: %s: data missing under %s (pass --data DIR or DATA=DIR)%s\n",
                          sections[i].name, data_dir, only ? "" : "; skipped");
            if (only)
                rc = 2;
            continue;
        }
        if (!m && bl_models_load(models_dir, &m, &err) != BL_OK) {
            (void)fprintf(stderr, "eval: cannot load models from %s: %s\n", models_dir,
                          err.message);
            return 1;
        }
        {
            int r = sections[i].run(data_dir, m);
            if (r > rc)
                rc = r;
        }
        ran++;
    }
    if (ran == 0 && rc == 0) {
        (void)fprintf(stderr, "eval: no evaluation data found under %s\n", data_dir);
        rc = 2;
    }
    bl_models_free(m);
    return rc;
}
