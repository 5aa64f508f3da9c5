/* test_sort.c -- bl_sort_stable against a plain stable sort: already sorted,
 * nearly sorted, reversed and scrambled input with many equal keys, short
 * and long (the merge sort past the insertion budget), and elements too big
 * for its buffer. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "bl_int.h"

/* A key that ties often and the element's first place, which the sort must
 * keep in order among equal keys. */
struct item {
    int key;
    int first;
};

struct big {
    int key;
    int first;
    char pad[600]; /* more than bl_sort_stable's insertion buffer */
};

static int key_cmp(const void *a, const void *b)
{
    const struct item *x = a, *y = b;
    return (x->key > y->key) - (x->key < y->key);
}

static int big_cmp(const void *a, const void *b)
{
    const struct big *x = a, *y = b;
    return (x->key > y->key) - (x->key < y->key);
}

/* The reference: by key, then by first place (what a stable sort gives). */
static int ref_cmp(const void *a, const void *b)
{
    const struct item *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return (x->first > y->first) - (x->first < y->first);
}

enum { ASCENDING, NEARLY, DESCENDING, SCRAMBLED };

struct row {
    size_t n;  /* elements */
    int shape; /* how the keys are laid out */
    int range; /* keys are in [0, range): small ranges tie a lot */
};

static const struct row rows[] = {
    {0, ASCENDING, 1},      {1, ASCENDING, 1},      {2, DESCENDING, 5},  {2, DESCENDING, 1},
    {7, ASCENDING, 3},      {25, NEARLY, 10},       {25, SCRAMBLED, 4},  {42, DESCENDING, 42},
    {42, SCRAMBLED, 1000},  {300, NEARLY, 50},      {300, SCRAMBLED, 7}, {2000, NEARLY, 2000},
    {2000, DESCENDING, 30}, {5000, SCRAMBLED, 100},
};

static int key_at(const struct row *r, size_t i, unsigned *seed)
{
    *seed = *seed * 1103515245u + 12345u;
    switch (r->shape) {
    case ASCENDING:
        return (int)(i % (size_t)r->range);
    case NEARLY: /* in order but for one element in eight */
        return (int)((i % 8 == 3 ? (*seed >> 8) : i) % (size_t)r->range);
    case DESCENDING:
        return (int)((r->n - i) % (size_t)r->range);
    default:
        return (int)((*seed >> 8) % (unsigned)r->range);
    }
}

static void test_against_reference(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        const struct row *r = &rows[k];
        struct item *got = calloc(r->n + 1, sizeof *got), *want = calloc(r->n + 1, sizeof *want);
        unsigned seed = 7u + (unsigned)k;
        assert_non_null(got);
        assert_non_null(want);
        for (size_t i = 0; i < r->n; i++) {
            got[i].key = key_at(r, i, &seed);
            got[i].first = (int)i;
        }
        memcpy(want, got, r->n * sizeof *got);
        qsort(want, r->n, sizeof *want, ref_cmp);
        bl_sort_stable(got, r->n, sizeof *got, key_cmp);
        for (size_t i = 0; i < r->n; i++) {
            if (got[i].key != want[i].key || got[i].first != want[i].first)
                fail_msg("row %zu, place %zu: key %d first %d, want %d %d", k, i, got[i].key,
                         got[i].first, want[i].key, want[i].first);
        }
        free(got);
        free(want);
    }
}

/* Elements too big for the insertion buffer go straight to the merge sort:
 * equal keys must keep their order there too, short and long. */
static void test_big_elements(void **state)
{
    static const size_t sizes[] = {2, 3, 40, 257, 1000};
    (void)state;
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        size_t n = sizes[k];
        struct big *b = calloc(n, sizeof *b);
        assert_non_null(b);
        for (size_t i = 0; i < n; i++) {
            b[i].key = (int)((i * 7) % 13);
            b[i].first = (int)i;
            b[i].pad[0] = (char)i; /* the whole element moves, not just its head */
            b[i].pad[sizeof b[i].pad - 1] = (char)(i * 3);
        }
        bl_sort_stable(b, n, sizeof *b, big_cmp);
        for (size_t i = 0; i < n; i++) {
            assert_int_equal(b[i].pad[0], (char)b[i].first);
            assert_int_equal(b[i].pad[sizeof b[i].pad - 1], (char)(b[i].first * 3));
            if (i == 0)
                continue;
            if (b[i - 1].key > b[i].key ||
                (b[i - 1].key == b[i].key && b[i - 1].first > b[i].first))
                fail_msg("n %zu, place %zu: key %d first %d after key %d first %d", n, i,
                         b[i].key, b[i].first, b[i - 1].key, b[i - 1].first);
        }
        free(b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_against_reference),
        cmocka_unit_test(test_big_elements),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
