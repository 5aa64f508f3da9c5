/* util.c -- small pieces every core module uses: error codes and detail,
 * the per-document arena, growable arrays, a stable sort and the names of
 * enum values. */
#include "bl_int.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *bl_strerror(int rc)
{
    switch (rc) {
    case BL_OK: return "ok";
    case BL_ERR_NOMEM: return "out of memory";
    case BL_ERR_ARG: return "invalid argument";
    case BL_ERR_UTF8: return "invalid UTF-8";
    case BL_ERR_IO: return "input/output error";
    case BL_ERR_FORMAT: return "corrupt or truncated data file";
    case BL_ERR_VERSION: return "unsupported data file version";
    case BL_ERR_LIMIT: return "over a configured limit";
    case BL_ERR_NOTFOUND: return "not found";
    default: return "unknown error";
    }
}

int bl_fail(struct bl_error *err, int code, size_t offset, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        err->code = code;
        err->offset = offset;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return code;
}

/* ---- files -------------------------------------------------------------- */

int bl_file_read(const char *path, size_t max, char **out, size_t *len, struct bl_error *err)
{
    FILE *f;
    char *buf = NULL;
    long sz;
    int rc = BL_OK;

    *out = NULL;
    f = fopen(path, "rb");
    if (!f)
        return bl_fail(err, errno == ENOENT ? BL_ERR_NOTFOUND : BL_ERR_IO, BL_NONE,
                       "cannot open %s: %s", path, strerror(errno));
    if (fseek(f, 0, SEEK_END) != 0 || (sz = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        rc = bl_fail(err, BL_ERR_IO, BL_NONE, "cannot read %s", path);
        goto out;
    }
    if (max && (unsigned long)sz > max) {
        rc = bl_fail(err, BL_ERR_LIMIT, BL_NONE, "%s is larger than %zu bytes", path, max);
        goto out;
    }
    buf = malloc((size_t)sz + 1);
    if (!buf) {
        rc = bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory reading %s", path);
        goto out;
    }
    if (fread(buf, 1, (size_t)sz, f) != (size_t)sz) {
        rc = bl_fail(err, BL_ERR_IO, BL_NONE, "short read on %s", path);
        goto out;
    }
    buf[sz] = '\0';
    *out = buf;
    *len = (size_t)sz;
    buf = NULL;
out:
    free(buf);
    (void)fclose(f);
    return rc;
}

int bl_model_file_read(const char *path, size_t max, const char *what, char **buf, size_t *size,
                       struct bl_error *err)
{
    int rc = bl_file_read(path, max, buf, size, err);
    if (rc == BL_ERR_LIMIT)
        return bl_fail(err, BL_ERR_FORMAT, BL_NONE, "%s %s is too large", what, path);
    return rc;
}

void bl_error_prefix(struct bl_error *err, const char *path)
{
    char msg[sizeof err->message];
    if (!err)
        return;
    (void)snprintf(msg, sizeof msg, "%.120s: %.120s", path, err->message);
    memcpy(err->message, msg, sizeof msg);
}

uint32_t bl_fnv32(const unsigned char *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 16777619u;
    }
    return h;
}

int bl_model_file_write(const char *path, unsigned char *buf, size_t len, unsigned char *rows,
                        const uint32_t *keys, const int16_t *q, uint32_t nrows, size_t nw)
{
    unsigned char *p = rows;
    FILE *f;
    int rc = BL_ERR_IO;

    for (uint32_t r = 0; r < nrows; r++, p += 4 + 2 * nw) {
        bl_wr32le(p, keys[r]);
        for (size_t c = 0; c < nw; c++) {
            uint16_t v = (uint16_t)q[(size_t)r * nw + c];
            p[4 + 2 * c] = (unsigned char)v;
            p[5 + 2 * c] = (unsigned char)(v >> 8);
        }
    }
    bl_wr32le(p, bl_fnv32(buf, len - 4));
    f = fopen(path, "wb");
    if (f) {
        if (fwrite(buf, 1, len, f) == len)
            rc = BL_OK;
        if (fclose(f) != 0)
            rc = BL_ERR_IO;
    }
    return rc;
}

/* ---- arena ---------------------------------------------------------------
 * Blocks of at least ARENA_BLOCK bytes; a request larger than that gets a
 * block of its own. Alignment is that of max_align_t. */
#define ARENA_BLOCK 16384

struct bl_arena_block {
    struct bl_arena_block *next;
    size_t used, cap;
    _Alignas(max_align_t) unsigned char mem[];
};

/* The next size bytes of the arena, not zeroed. */
static void *arena_take(struct bl_arena *a, size_t size)
{
    const size_t align = _Alignof(max_align_t);
    struct bl_arena_block *b = a->head;
    size_t off;

    if (size == 0)
        size = 1;
    if (size > SIZE_MAX / 2)
        return NULL;
    off = b ? (b->used + align - 1) & ~(align - 1) : 0;
    if (!b || off + size > b->cap) {
        size_t cap = size > ARENA_BLOCK ? size : ARENA_BLOCK;
        b = malloc(sizeof *b + cap);
        if (!b)
            return NULL;
        b->cap = cap;
        b->used = 0;
        /* A big one-off block goes behind the head so the head keeps
         * serving small requests. */
        if (a->head && cap > ARENA_BLOCK) {
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
        off = 0;
    }
    b->used = off + size;
    return b->mem + off;
}

/* See bl_int.h. */
void *bl_arena_alloc(struct bl_arena *a, size_t size)
{
    void *p = arena_take(a, size);
    if (p)
        memset(p, 0, size ? size : 1);
    return p;
}

/* See bl_int.h: for callers that write every byte themselves. */
void *bl_arena_alloc_raw(struct bl_arena *a, size_t size)
{
    return arena_take(a, size);
}

char *bl_arena_strndup(struct bl_arena *a, const char *s, size_t len)
{
    char *p = arena_take(a, len + 1); /* every byte written below */
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void bl_arena_free(struct bl_arena *a)
{
    struct bl_arena_block *b = a->head;
    while (b) {
        struct bl_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

/* ---- growable arrays ---------------------------------------------------- */

int bl_grow(void **ptr, size_t *cap, size_t need, size_t elem)
{
    size_t ncap;
    void *p;

    if (need <= *cap)
        return BL_OK;
    ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return BL_ERR_NOMEM;
        ncap *= 2;
    }
    if (elem && ncap > SIZE_MAX / elem)
        return BL_ERR_NOMEM;
    p = realloc(*ptr, ncap * elem);
    if (!p)
        return BL_ERR_NOMEM;
    *ptr = p;
    *cap = ncap;
    return BL_OK;
}

/* ---- sorting ------------------------------------------------------------ */

/* Merges the sorted runs b[0..h) and b[h..n) of size-byte elements, stably
 * (on a tie the left run's element first), through tmp (h elements): the
 * left run is moved out and the two merged back from the front, which never
 * overtakes the right run's unread elements. */
static void merge_runs(unsigned char *b, unsigned char *tmp, size_t h, size_t n, size_t size,
                       int (*cmp)(const void *, const void *))
{
    size_t i = 0, j = h, k = 0;
    memcpy(tmp, b, h * size);
    while (i < h && j < n) {
        if (cmp(b + j * size, tmp + i * size) < 0)
            memcpy(b + k++ * size, b + j++ * size, size);
        else
            memcpy(b + k++ * size, tmp + i++ * size, size);
    }
    memcpy(b + k * size, tmp + i * size, (h - i) * size); /* the right run's rest is in place */
}

/* A top-down merge sort of b[0..n) with tmp of n / 2 elements. */
static void merge_sort(unsigned char *b, unsigned char *tmp, size_t n, size_t size,
                       int (*cmp)(const void *, const void *))
{
    size_t h = n / 2;
    if (n < 2)
        return;
    merge_sort(b, tmp, h, size, cmp);
    merge_sort(b + h * size, tmp, n - h, size, cmp);
    if (cmp(b + (h - 1) * size, b + h * size) > 0)
        merge_runs(b, tmp, h, n, size, cmp);
}

/* Without memory for merge_sort: insertion by swapping neighbours, byte by
 * byte (stable; slow, but only when malloc has failed). */
static void swap_sort(unsigned char *b, size_t n, size_t size,
                      int (*cmp)(const void *, const void *))
{
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && cmp(b + (j - 1) * size, b + j * size) > 0; j--)
            for (size_t k = 0; k < size; k++) {
                unsigned char x = b[(j - 1) * size + k];
                b[(j - 1) * size + k] = b[j * size + k];
                b[j * size + k] = x;
            }
}

/* Stable whatever the C library's qsort is (glibc's is a merge sort, but
 * falls back to a quicksort when memory is short; musl's is a smoothsort),
 * as the callers' comparators tie and the output must not depend on it.
 * Insertion with a budget first: each element moved back costs its
 * distance, and past about four moves an element (and a few hundred for
 * any short array) the input is not "nearly sorted" and the rest goes to
 * merge_sort. A half-done insertion pass leaves equal elements in their
 * first order, so the result is the same either way. */
void bl_sort_stable(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    unsigned char *b = base, tmp[512], *buf;
    size_t i, budget = 4 * n + 256;

    if (n < 2)
        return;
    if (size > sizeof tmp)
        goto merge;
    for (i = 1; i < n; i++) {
        unsigned char *x = b + i * size;
        size_t lo = 0, j = i - 1;
        if (cmp(b + j * size, x) <= 0)
            continue; /* the common case: already in place */
        /* x goes to the first place in [0, i) holding a greater element
         * (b[i - 1] is one): an equal one stays before it */
        while (lo < j) {
            size_t mid = lo + (j - lo) / 2;
            if (cmp(b + mid * size, x) > 0)
                j = mid;
            else
                lo = mid + 1;
        }
        if (i - j > budget)
            goto merge;
        budget -= i - j;
        memcpy(tmp, x, size);
        memmove(b + (j + 1) * size, b + j * size, (i - j) * size);
        memcpy(b + j * size, tmp, size);
    }
    return;
merge:
    buf = malloc(n / 2 * size);
    if (buf)
        merge_sort(b, buf, n, size, cmp);
    else
        swap_sort(b, n, size, cmp);
    free(buf);
}

/* ---- enum names --------------------------------------------------------- */

#define NAME_OF(table, i) \
    ((i) >= 0 && (size_t)(i) < sizeof(table) / sizeof(table[0]) ? table[i] : "unknown")

const char *bl_entity_type_name(int type)
{
    static const char *const names[] = { "PERSON", "ORGANIZATION", "LOCATION", "MISC" };
    return NAME_OF(names, type);
}

const char *bl_actor_kind_name(int kind)
{
    static const char *const names[] = { "person", "organization", "country", "group" };
    return NAME_OF(names, kind);
}

const char *bl_location_kind_name(int kind)
{
    static const char *const names[] = { "country", "admin1", "city", "region", "landmark", "other" };
    return NAME_OF(names, kind);
}

const char *bl_quote_kind_name(int kind)
{
    static const char *const names[] = { "direct", "indirect", "partial" };
    return NAME_OF(names, kind);
}

const char *bl_claim_kind_name(int kind)
{
    static const char *const names[] = { "attributed", "factual", "statistical", "causal",
                                         "prediction", "evaluative" };
    return NAME_OF(names, kind);
}

const char *bl_stage_name(int i)
{
    static const char *const names[] = { "tokenize", "sentences", "entities", "actors",
                                         "locations", "quotes", "claims" };
    return NAME_OF(names, i);
}
