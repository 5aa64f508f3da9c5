/* byline.c -- the command-line front end: the same JSON as POST /v1/extract
 * for files or standard input, or one result per line for JSONL batches. */
#include "bl_handlers.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: byline [options] [FILE...]\n"
    "\n"
    "Prints the byline analysis of each FILE (standard input when none) as JSON,\n"
    "one object per line.\n"
    "\n"
    "  --jsonl              input is JSON Lines, one {\"id\", \"text\"} per line;\n"
    "                       one result (or {\"id\", \"error\"}) per line, in order\n"
    "  --offsets UNIT       codepoint (default), utf16 or utf8\n"
    "  --pretty             indent the JSON\n"
    "  --data DIR           data directory (default: ./data, else beside the binary;\n"
    "                       BYLINE_DATA)\n"
    "  --max-text BYTES     largest text accepted (default 16777216)\n"
    "  --help, --version\n"
    "\n"
    "Exit status: 0 when every input was analysed, 1 when any failed, 2 on bad usage.\n";

struct cli {
    struct bl_app app;
    enum bl_unit unit;
    size_t flags;
};

/* Read a whole stream into a malloc'd buffer. */
static char *slurp(FILE *f, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);

    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
        if (n == cap) {
            char *nb = cap < SIZE_MAX / 2 ? realloc(buf, cap * 2) : NULL;
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
    }
    if (buf && ferror(f)) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static void print_json(const struct cli *c, json_t *obj)
{
    char *s = json_dumps(obj, c->flags | JSON_REAL_PRECISION(10));
    if (s) {
        puts(s);
        free(s);
    }
}

static json_t *error_obj(json_t *id, int status, const char *code, const char *msg)
{
    return json_pack("{s:O,s:{s:i,s:s,s:s}}", "id", id ? id : json_null(), "error", "status",
                     status, "code", code, "message", msg);
}

/* Analyse one text and print the result or an error line. Returns 0 on
 * success. */
static int analyse(const struct cli *c, const char *text, size_t len, json_t *id)
{
    struct bl_extract_status st;
    char *out;

    memset(&st, 0, sizeof st);
    out = bl_extract_text(&c->app, text, len, id, c->unit, BL_PART_ALL,
                          (int)(c->flags & JSON_MAX_INDENT), NULL, &st);
    if (!out) {
        json_t *e = error_obj(id, st.status, st.code ? st.code : "error", st.err.message);
        if (e)
            print_json(c, e);
        json_decref(e);
        return 1;
    }
    puts(out);
    free(out);
    return 0;
}

static int run_file(const struct cli *c, const char *name, FILE *f)
{
    size_t len = 0;
    char *text = slurp(f, &len);
    json_t *id;
    int rc;

    if (!text) {
        fprintf(stderr, "byline: %s: %s\n", name, strerror(errno ? errno : ENOMEM));
        return 1;
    }
    id = strcmp(name, "-") ? json_string(name) : json_null();
    rc = analyse(c, text, len, id);
    json_decref(id);
    free(text);
    return rc;
}

static int run_jsonl(const struct cli *c, FILE *f)
{
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t n;
    int failed = 0;

    while ((n = getline(&line, &cap, f)) >= 0) {
        json_error_t jerr;
        json_t *root, *text, *id;
        char msg[300];

        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n == 0)
            continue;
        root = json_loadb(line, (size_t)n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
        if (!root || !json_is_object(root)) {
            json_t *e;
            snprintf(msg, sizeof msg, "line %zu: %s", lineno, root ? "not a JSON object" : jerr.text);
            e = error_obj(NULL, 400, "bad_json", msg);
            if (e)
                print_json(c, e);
            json_decref(e);
            json_decref(root);
            failed = 1;
            continue;
        }
        id = json_object_get(root, "id");
        text = json_object_get(root, "text");
        if (!json_is_string(text)) {
            json_t *e;
            snprintf(msg, sizeof msg, "line %zu: \"text\" is missing or not a string", lineno);
            e = error_obj(id, 400, text ? "bad_text" : "missing_text", msg);
            if (e)
                print_json(c, e);
            json_decref(e);
            failed = 1;
        } else {
            failed |= analyse(c, json_string_value(text), json_string_length(text), id);
        }
        json_decref(root);
    }
    free(line);
    return failed;
}

int main(int argc, char **argv)
{
    struct cli c;
    struct bl_error err = { 0, BL_NONE, "" };
    char data[4096] = "";
    bl_models *models = NULL;
    bool jsonl = false;
    int i, nfiles = 0, failed = 0;
    const char *env = getenv("BYLINE_DATA");

    memset(&c, 0, sizeof c);
    c.unit = BL_UNIT_CODEPOINT;
    c.flags = JSON_COMPACT;
    c.app.limits.max_text = 16u << 20;
    c.app.limits.max_body = SIZE_MAX;
    if (env && *env)
        snprintf(data, sizeof data, "%s", env);

    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage, stdout);
            return 0;
        } else if (!strcmp(a, "--version")) {
            printf("byline %s\n", BYLINE_VERSION);
            return 0;
        } else if (!strcmp(a, "--jsonl")) {
            jsonl = true;
        } else if (!strcmp(a, "--pretty")) {
            c.flags = JSON_INDENT(2);
        } else if (!strcmp(a, "--offsets") && i + 1 < argc) {
            if (!bl_unit_parse(argv[++i], &c.unit)) {
                fprintf(stderr, "byline: --offsets takes codepoint, utf16 or utf8\n");
                return 2;
            }
        } else if (!strcmp(a, "--data") && i + 1 < argc) {
            snprintf(data, sizeof data, "%s", argv[++i]);
        } else if (!strcmp(a, "--max-text") && i + 1 < argc) {
            char *end;
            unsigned long long v = strtoull(argv[++i], &end, 10);
            if (*end || v == 0) {
                fprintf(stderr, "byline: --max-text takes a number of bytes\n");
                return 2;
            }
            c.app.limits.max_text = (size_t)v;
        } else if (!strcmp(a, "--")) {
            i++;
            break;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "byline: unknown option %s (see --help)\n", a);
            return 2;
        } else {
            break;
        }
    }
    if (!data[0])
        bl_data_dir_find(data, sizeof data);
    if (bl_models_load(data, &models, &err) != BL_OK) {
        fprintf(stderr, "byline: cannot load models from %s: %s\n", data, err.message);
        return 1;
    }
    c.app.models = models;
    c.app.data_dir = data;

    for (; i < argc; i++) {
        FILE *f = strcmp(argv[i], "-") ? fopen(argv[i], "rb") : stdin;
        nfiles++;
        if (!f) {
            fprintf(stderr, "byline: %s: %s\n", argv[i], strerror(errno));
            failed = 1;
            continue;
        }
        failed |= jsonl ? run_jsonl(&c, f) : run_file(&c, argv[i], f);
        if (f != stdin)
            fclose(f);
    }
    if (nfiles == 0)
        failed |= jsonl ? run_jsonl(&c, stdin) : run_file(&c, "-", stdin);
    bl_models_free(models);
    return failed;
}
