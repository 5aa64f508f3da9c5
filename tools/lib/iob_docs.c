/* iob_docs.c -- CoNLL-2003 reader: one document per -DOCSTART-, text rebuilt
 * the way the evaluation feeds it to the pipeline, IOB1 tags turned into
 * entity spans over that text. */
#include "iob_docs.h"
#include "bl_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int type_of(const char *t)
{
    if (!strcmp(t, "PER"))
        return BL_ENT_PERSON;
    if (!strcmp(t, "ORG"))
        return BL_ENT_ORGANIZATION;
    if (!strcmp(t, "LOC"))
        return BL_ENT_LOCATION;
    if (!strcmp(t, "MISC"))
        return BL_ENT_MISC;
    return -1;
}

struct builder {
    struct conll_doc d;
    size_t tcap, ecap, tycap;
    int open;      /* type of the entity being extended, or -1 */
    int sent_open; /* a sentence has tokens */
};

static int add_text(struct builder *b, const char *s, size_t n)
{
    if (bl_grow((void **)&b->d.text, &b->tcap, b->d.len + n + 1, 1) != BL_OK)
        return BL_ERR_NOMEM;
    memcpy(b->d.text + b->d.len, s, n);
    b->d.len += n;
    b->d.text[b->d.len] = '\0';
    return BL_OK;
}

static int add_token(struct builder *b, const char *tok, size_t n, const char *tag)
{
    size_t start;
    int type = -1, begin = 0;

    if (b->d.len && add_text(b, b->sent_open ? " " : "\n", 1) != BL_OK)
        return BL_ERR_NOMEM;
    start = b->d.len;
    if (add_text(b, tok, n) != BL_OK)
        return BL_ERR_NOMEM;
    b->sent_open = 1;
    b->d.ntoks++;
    if (tag[0] && tag[1] == '-') {
        type = type_of(tag + 2);
        begin = tag[0] == 'B';
    }
    if (type < 0) {
        b->open = -1;
        return BL_OK;
    }
    if (b->open == type && !begin) {
        b->d.ents[b->d.nents - 1].end = b->d.len;
        return BL_OK;
    }
    if (bl_grow((void **)&b->d.ents, &b->ecap, b->d.nents + 1, sizeof *b->d.ents) != BL_OK)
        return BL_ERR_NOMEM;
    if (bl_grow((void **)&b->d.types, &b->tycap, b->d.nents + 1, sizeof *b->d.types) != BL_OK)
        return BL_ERR_NOMEM;
    b->d.ents[b->d.nents].start = start;
    b->d.ents[b->d.nents].end = b->d.len;
    b->d.types[b->d.nents] = type;
    b->d.nents++;
    b->open = type;
    return BL_OK;
}

static int finish(struct builder *b, struct conll_doc **docs, size_t *n, size_t *cap)
{
    if (b->d.ntoks) {
        if (bl_grow((void **)docs, cap, *n + 1, sizeof **docs) != BL_OK)
            return BL_ERR_NOMEM;
        (*docs)[(*n)++] = b->d;
    } else {
        free(b->d.text);
        free(b->d.ents);
        free(b->d.types);
    }
    memset(b, 0, sizeof *b);
    b->open = -1;
    return BL_OK;
}

void conll_free(struct conll_doc *docs, size_t ndocs)
{
    size_t i;
    for (i = 0; i < ndocs; i++) {
        free(docs[i].text);
        free(docs[i].ents);
        free(docs[i].types);
    }
    free(docs);
}

int conll_read(const char *path, struct conll_doc **docs, size_t *ndocs)
{
    FILE *f;
    char line[4096];
    struct builder b;
    size_t cap = 0;
    int rc = BL_OK;

    *docs = NULL;
    *ndocs = 0;
    f = fopen(path, "r");
    if (!f)
        return errno == ENOENT ? BL_ERR_NOTFOUND : BL_ERR_IO;
    memset(&b, 0, sizeof b);
    b.open = -1;
    while (rc == BL_OK && fgets(line, sizeof line, f)) {
        char *tok, *tag, *sp;
        size_t n = strcspn(line, "\r\n");
        line[n] = '\0';
        if (n == 0) {
            b.sent_open = 0;
            b.open = -1;
            continue;
        }
        if (!strncmp(line, "-DOCSTART-", 10)) {
            rc = finish(&b, docs, ndocs, &cap);
            continue;
        }
        tok = line;
        sp = strchr(line, ' ');
        tag = strrchr(line, ' ');
        if (!sp || !tag)
            continue;
        rc = add_token(&b, tok, (size_t)(sp - tok), tag + 1);
    }
    if (rc == BL_OK)
        rc = finish(&b, docs, ndocs, &cap);
    else {
        free(b.d.text);
        free(b.d.ents);
        free(b.d.types);
    }
    if (ferror(f) && rc == BL_OK)
        rc = BL_ERR_IO;
    (void)fclose(f);
    if (rc != BL_OK) {
        conll_free(*docs, *ndocs);
        *docs = NULL;
        *ndocs = 0;
    }
    return rc;
}
