/* fuzz_pipeline.c -- libFuzzer target for the whole analysis pipeline on
 * arbitrary bytes: bl_doc_create, then every stage, then a check that each
 * result the core hands out stays inside the text and on character
 * boundaries (the JSON layer trusts both). */
#include "fuzz.h"

#include <stdlib.h>

#include <string.h>

/* Abort (so the fuzzer reports it) unless s is a span of d's text that
 * converts to every offset unit. */
static void check_span(const bl_doc *d, struct bl_span s, size_t len, int may_be_absent)
{
    if (may_be_absent && s.start == BL_NONE)
        return;
    if (s.start > s.end || s.end > len)
        abort();
    for (int u = BL_UNIT_CODEPOINT; u <= BL_UNIT_UTF8; u++)
        if (bl_doc_offset(d, s.start, (enum bl_unit)u) > bl_doc_offset(d, s.end, (enum bl_unit)u))
            abort();
}

static void check_results(const bl_doc *d, size_t len)
{
    size_t ne, na, nl, nq, nc;
    const struct bl_entity *e = bl_doc_entities(d, &ne);
    const struct bl_actor *a = bl_doc_actors(d, &na);
    const struct bl_location *l = bl_doc_locations(d, &nl);
    const struct bl_quote *q = bl_doc_quotes(d, &nq);
    const struct bl_claim *c = bl_doc_claims(d, &nc);

    for (size_t i = 0; i < ne; i++) {
        check_span(d, e[i].span, len, 0);
        if (e[i].actor >= (int)na || e[i].location >= (int)nl)
            abort();
    }
    for (size_t i = 0; i < na; i++) {
        if (!a[i].name || strlen(a[i].name) > len + 64)
            abort();
        for (size_t k = 0; k < a[i].nmentions; k++)
            check_span(d, a[i].mentions[k], len, 0);
        for (size_t k = 0; k < a[i].ntitles; k++)
            if (!a[i].titles[k])
                abort();
        if (!(a[i].salience >= 0 && a[i].salience <= 1))
            abort();
    }
    for (size_t i = 0; i < nl; i++) {
        if (!l[i].name)
            abort();
        for (size_t k = 0; k < l[i].nmentions; k++)
            check_span(d, l[i].mentions[k], len, 0);
    }
    for (size_t i = 0; i < nq; i++) {
        check_span(d, q[i].span, len, 0);
        check_span(d, q[i].source, len, 1);
        check_span(d, q[i].cue, len, 1);
        for (size_t k = 0; k < q[i].nparts; k++)
            check_span(d, q[i].parts[k], len, 0);
        if (q[i].speaker >= (int)na)
            abort();
    }
    for (size_t i = 0; i < nc; i++) {
        check_span(d, c[i].span, len, 0);
        check_span(d, c[i].source, len, 1);
        check_span(d, c[i].cue, len, 1);
        if (c[i].claimant >= (int)na || c[i].quote >= (int)nq)
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* An exact-size copy, not NUL-terminated, so ASan sees any read past
     * the end of the text. */
    char *text = malloc(size ? size : 1);
    struct bl_error err = { 0, BL_NONE, "" };
    bl_doc *d = NULL;

    if (!text)
        return 0;
    if (size)
        memcpy(text, data, size);
    if (bl_doc_create(text, size, &d, &err) != BL_OK)
        goto out;
    if (bl_doc_analyze(d, fuzz_models(), BL_STAGE_ALL, &err) == BL_OK)
        check_results(d, size);
out:
    bl_doc_free(d);
    free(text);
    return 0;
}
