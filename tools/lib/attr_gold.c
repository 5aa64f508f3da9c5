/* attr_gold.c -- see attr_gold.h. A brat .ann file holds T lines ("T3\tContent
 * 10 42;50 60\ttext", offsets in code points, pieces split by ';') and E
 * lines ("E1\tAttribution:T1 Source:T2 Cue:T3 Content:T4") that may refer to
 * T lines further down, so all lines are read before relations resolve. */
#include "attr_gold.h"
#include "bl_int.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **ag_list_dir(const char *dir, const char *suffix, size_t *n)
{
    DIR *dp = opendir(dir);
    struct dirent *e;
    char **v = NULL;
    size_t cap = 0, k = 0, sl = strlen(suffix);
    *n = 0;
    if (!dp)
        return NULL;
    while ((e = readdir(dp))) {
        size_t l = strlen(e->d_name);
        char *s;
        if (l <= sl || strcmp(e->d_name + l - sl, suffix) != 0)
            continue;
        if (bl_grow((void **)&v, &cap, k + 1, sizeof *v) != BL_OK || !(s = strdup(e->d_name)))
            break;
        v[k++] = s;
    }
    (void)closedir(dp);
    if (k)
        qsort(v, k, sizeof *v, cmp_str);
    *n = k;
    return v;
}

void ag_list_free(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

const char *ag_annotation_of(char *const *anns, size_t nanns, const char *text_name)
{
    size_t base = strlen(text_name);
    if (base > 4 && !strcmp(text_name + base - 4, ".txt"))
        base -= 4;
    for (size_t k = 0; k < nanns; k++)
        if (!strncmp(anns[k], text_name, base) && anns[k][base] == '_' &&
            !strchr(anns[k] + base + 1, '_'))
            return anns[k];
    return NULL;
}

/* A T or E line: for T the pieces, for E the offset of its relation text
 * (stashed in s.p[0].start) for the second pass. */
struct tline {
    char id[16];
    struct ag_span s;
};

/* Parse "a b;c d" code point offsets into byte pieces through cp. */
static bool parse_offsets(const char *s, const size_t *cp, size_t ncp, struct ag_span *out)
{
    out->n = 0;
    while (*s) {
        char *end;
        unsigned long a = strtoul(s, &end, 10), b;
        if (end == s)
            return false;
        s = end;
        b = strtoul(s, &end, 10);
        if (end == s || a > b || b > ncp)
            return false;
        if (out->n < AG_MAX_PIECES) {
            out->p[out->n].start = cp[a];
            out->p[out->n].end = cp[b];
            out->n++;
        }
        s = end;
        if (*s != ';')
            break;
        s++;
    }
    return out->n > 0;
}

/* Whether tok is role or role followed by a number: brat numbers the second
 * and later arguments of one role ("Content2" for the second part of a split
 * quote, "He said, ... Content:T5 Content2:T7"). */
static bool is_role(const char *tok, const char *role)
{
    size_t l = strlen(role);
    if (strncmp(tok, role, l) != 0)
        return false;
    for (tok += l; *tok; tok++)
        if (*tok < '0' || *tok > '9')
            return false;
    return true;
}

/* Add the pieces of from to to, keeping to's pieces in text order (pieces
 * past AG_MAX_PIECES are dropped). */
static void add_pieces(struct ag_span *to, const struct ag_span *from)
{
    for (size_t i = 0; i < from->n && to->n < AG_MAX_PIECES; i++) {
        size_t k = to->n;
        while (k > 0 && to->p[k - 1].start > from->p[i].start) {
            to->p[k] = to->p[k - 1];
            k--;
        }
        to->p[k] = from->p[i];
        to->n++;
    }
}

static const struct tline *find_t(const struct tline *ts, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (ts[i].id[0] == 'T' && !strcmp(ts[i].id, id))
            return &ts[i];
    return NULL;
}

int ag_read_attrs(const char *path, const char *text, size_t len, struct ag_attr **out, size_t *n)
{
    char *ann = NULL, *line, *save = NULL;
    size_t alen = 0, ncp = 0, nt = 0, tcap = 0, acap = 0, na = 0;
    size_t *cp = malloc((len + 1) * sizeof *cp);
    struct tline *ts = NULL;
    struct ag_attr *a = NULL;
    int rc;

    *out = NULL;
    *n = 0;
    if (!cp)
        return BL_ERR_NOMEM;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            cp[ncp++] = i;
    cp[ncp] = len;
    rc = bl_file_read(path, 0, &ann, &alen, NULL);
    if (rc != BL_OK)
        goto out;
    for (line = strtok_r(ann, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char *tab1 = strchr(line, '\t'), *sp, *tab2;
        struct tline t;
        memset(&t, 0, sizeof t);
        if (!tab1 || (size_t)(tab1 - line) >= sizeof t.id)
            continue;
        memcpy(t.id, line, (size_t)(tab1 - line));
        if (line[0] == 'T') {
            /* "Type a b;c d": the type ends at the first space */
            sp = strchr(tab1 + 1, ' ');
            tab2 = strchr(tab1 + 1, '\t');
            if (!sp || (tab2 && tab2 < sp) || sp - tab1 - 1 >= 24)
                continue;
            if (tab2)
                *tab2 = '\0';
            if (!parse_offsets(sp + 1, cp, ncp, &t.s))
                continue;
        } else if (line[0] == 'E') {
            t.s.p[0].start = (size_t)(tab1 + 1 - ann);
        } else {
            continue;
        }
        if (bl_grow((void **)&ts, &tcap, nt + 1, sizeof *ts) != BL_OK) {
            rc = BL_ERR_NOMEM;
            goto out;
        }
        ts[nt++] = t;
    }
    for (size_t i = 0; i < nt; i++) {
        char *tok, *s2 = NULL;
        struct ag_attr at;
        bool have_content = false;
        if (ts[i].id[0] != 'E')
            continue;
        memset(&at, 0, sizeof at);
        for (tok = strtok_r(ann + ts[i].s.p[0].start, " \t", &s2); tok;
             tok = strtok_r(NULL, " \t", &s2)) {
            char *colon = strchr(tok, ':');
            const struct tline *t;
            if (!colon)
                continue;
            *colon = '\0';
            t = find_t(ts, nt, colon + 1);
            if (!t)
                continue;
            /* a numbered role adds its pieces to the first one's */
            if (is_role(tok, "Content")) {
                add_pieces(&at.content, &t->s);
                have_content = true;
            } else if (is_role(tok, "Cue")) {
                add_pieces(&at.cue, &t->s);
                at.has_cue = true;
            } else if (is_role(tok, "Source")) {
                add_pieces(&at.source, &t->s);
                at.has_source = true;
            }
        }
        if (!have_content)
            continue;
        if (bl_grow((void **)&a, &acap, na + 1, sizeof *a) != BL_OK) {
            rc = BL_ERR_NOMEM;
            goto out;
        }
        a[na++] = at;
    }
    *out = a;
    *n = na;
    a = NULL;
out:
    free(a);
    free(ts);
    free(ann);
    free(cp);
    return rc;
}
