/* cues.c -- the cue lexicon: speech and belief verbs ("said", "warned",
 * "believes") and phrases ("according to") that introduce reported speech,
 * loaded from data/cues.tsv and matched against tokens by the quotes stage
 * (and the claims stage). Read-only after load. */
#include "bl_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Longest form kept, in bytes, and the most tokens a form may span. */
#define CUE_MAX_FORM 48
#define CUE_MAX_TOKS 3

struct bl_cues {
    struct bl_cue *v; /* sorted by form */
    size_t n;
    char *strings; /* every form and lemma, NUL-separated */
};

static int cmp_cue(const void *a, const void *b)
{
    return strcmp(((const struct bl_cue *)a)->form, ((const struct bl_cue *)b)->form);
}

static int parse_class(const char *s)
{
    if (!strcmp(s, "speech"))
        return BL_CUE_SPEECH;
    if (!strcmp(s, "belief"))
        return BL_CUE_BELIEF;
    return -1;
}

static int parse_tag(const char *s)
{
    static const char *const names[] = {"base", "3sg", "past", "pp", "ing", "prep"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(s, names[i]))
            return (int)i;
    return -1;
}

/* Lower-case ASCII copy; the lexicon and the keys built from tokens are
 * folded the same way. */
static void fold(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s - 'A' + 'a');
}

/* Load data_dir/cues.tsv. The caller owns *out (bl_cues_free); on failure
 * *out is NULL and err names the line. The result is read-only and may be
 * shared by threads. */
int bl_cues_load(const char *data_dir, bl_cues **out, struct bl_error *err)
{
    struct bl_cues *c = NULL;
    FILE *f = NULL;
    char path[4096], line[256];
    size_t cap = 0, scap = 0, slen = 0, lineno = 0;
    size_t *offs = NULL; /* form/lemma offsets into strings while it grows */
    size_t ocap = 0;
    int rc = BL_OK;

    *out = NULL;
    if ((size_t)snprintf(path, sizeof path, "%s/cues.tsv", data_dir) >= sizeof path)
        return bl_fail(err, BL_ERR_ARG, BL_NONE, "data directory path too long");
    f = fopen(path, "r");
    if (!f)
        return bl_fail(err, BL_ERR_NOTFOUND, BL_NONE, "cannot open %s", path);
    c = calloc(1, sizeof *c);
    if (!c) {
        rc = bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
        goto out;
    }
    while (fgets(line, sizeof line, f)) {
        char *form, *lemma, *cls, *tag, *save = NULL;
        size_t fl, ll;
        int ci, ti;
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        form = strtok_r(line, "\t", &save);
        lemma = strtok_r(NULL, "\t", &save);
        cls = strtok_r(NULL, "\t", &save);
        tag = strtok_r(NULL, "\t", &save);
        ci = cls ? parse_class(cls) : -1;
        ti = tag ? parse_tag(tag) : -1;
        if (!form || !lemma || ci < 0 || ti < 0 || strlen(form) >= CUE_MAX_FORM) {
            rc = bl_fail(err, BL_ERR_FORMAT, BL_NONE, "%s:%zu: bad line", path, lineno);
            goto out;
        }
        fold(form);
        fl = strlen(form) + 1;
        ll = strlen(lemma) + 1;
        if (bl_grow((void **)&c->v, &cap, c->n + 1, sizeof *c->v) != BL_OK ||
            bl_grow((void **)&offs, &ocap, 2 * c->n + 2, sizeof *offs) != BL_OK ||
            bl_grow((void **)&c->strings, &scap, slen + fl + ll, 1) != BL_OK) {
            rc = bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
            goto out;
        }
        memcpy(c->strings + slen, form, fl);
        offs[2 * c->n] = slen;
        slen += fl;
        memcpy(c->strings + slen, lemma, ll);
        offs[2 * c->n + 1] = slen;
        slen += ll;
        c->v[c->n].cls = (uint8_t)ci;
        c->v[c->n].tag = (uint8_t)ti;
        c->v[c->n].ntoks = 1;
        for (const char *p = form; *p; p++)
            if (*p == ' ')
                c->v[c->n].ntoks++;
        if (c->v[c->n].ntoks > CUE_MAX_TOKS) {
            rc = bl_fail(err, BL_ERR_FORMAT, BL_NONE, "%s:%zu: form over %d words", path, lineno,
                         CUE_MAX_TOKS);
            goto out;
        }
        c->n++;
    }
    if (ferror(f)) {
        rc = bl_fail(err, BL_ERR_IO, BL_NONE, "cannot read %s", path);
        goto out;
    }
    /* strings has stopped moving: point the entries into it */
    for (size_t i = 0; i < c->n; i++) {
        c->v[i].form = c->strings + offs[2 * i];
        c->v[i].lemma = c->strings + offs[2 * i + 1];
    }
    if (c->n)
        qsort(c->v, c->n, sizeof *c->v, cmp_cue);
    *out = c;
    c = NULL;
out:
    free(offs);
    if (f)
        (void)fclose(f);
    bl_cues_free(c);
    return rc;
}

void bl_cues_free(bl_cues *c)
{
    if (!c)
        return;
    free(c->v);
    free(c->strings);
    free(c);
}

size_t bl_cues_count(const bl_cues *c)
{
    return c ? c->n : 0;
}

static const struct bl_cue *find(const bl_cues *c, const char *key)
{
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int r = strcmp(key, c->v[mid].form);
        if (r == 0)
            return &c->v[mid];
        if (r < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* Longest cue starting at toks[i]; see bl_int.h. */
size_t bl_cues_match(const bl_cues *c, const char *text, const struct bl_token *toks, size_t n,
                     size_t i, const struct bl_cue **out)
{
    char key[CUE_MAX_FORM];
    size_t ends[CUE_MAX_TOKS], klen = 0, k, best = 0;

    if (out)
        *out = NULL;
    if (!c || !c->n || i >= n)
        return 0;
    /* build "w1", "w1 w2", "w1 w2 w3" from word tokens */
    for (k = 0; k < CUE_MAX_TOKS && i + k < n; k++) {
        const struct bl_token *t = &toks[i + k];
        size_t tl = t->end - t->start;
        if (t->kind != BL_TOK_WORD)
            break;
        if (klen + (k > 0) + tl >= sizeof key)
            break;
        if (k > 0)
            key[klen++] = ' ';
        memcpy(key + klen, text + t->start, tl);
        klen += tl;
        ends[k] = klen;
    }
    while (k > 0) {
        const struct bl_cue *hit;
        key[ends[k - 1]] = '\0';
        fold(key);
        hit = find(c, key);
        if (hit && hit->ntoks == k) {
            if (out)
                *out = hit;
            best = k;
            break;
        }
        k--;
    }
    return best;
}
