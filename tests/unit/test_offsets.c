/* test_offsets.c -- byte offsets to code points and UTF-16 units, across
 * checkpoint boundaries, inside characters and past the end. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "bl_int.h"

struct row {
    const char *in;
    size_t byte;
    size_t cp, u16, u8;
};

static const struct row rows[] = {
    {"", 0, 0, 0, 0},
    {"", 5, 0, 0, 0}, /* clamps to len */
    {"hello", 3, 3, 3, 3},
    {"hello", 99, 5, 5, 5},
    {"caf\xC3\xA9!", 5, 4, 4, 5},                /* after é */
    {"caf\xC3\xA9!", 4, 3, 3, 3},                /* inside é: rounds down */
    {"\xE2\x80\x9Cyes\xE2\x80\x9D", 6, 4, 4, 6}, /* “yes” */
    {"\xF0\x9F\x98\x80x", 4, 1, 2, 4},           /* emoji is 2 UTF-16 units */
    {"\xF0\x9F\x98\x80x", 5, 2, 3, 5},
    {"\xF0\x9F\x98\x80x", 2, 0, 0, 0}, /* inside the emoji */
    {"e\xCC\x81t", 3, 2, 2, 3},        /* combining acute is its own code point */
    {"\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD", 10, 5, 5, 10}, /* Cyrillic */
};

static void test_rows(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        struct bl_offsets o;
        const struct row *r = &rows[i];
        assert_int_equal(bl_offsets_init(&o, r->in, strlen(r->in)), BL_OK);
        if (bl_offsets_convert(&o, r->byte, BL_UNIT_CODEPOINT) != r->cp ||
            bl_offsets_convert(&o, r->byte, BL_UNIT_UTF16) != r->u16 ||
            bl_offsets_convert(&o, r->byte, BL_UNIT_UTF8) != r->u8)
            fail_msg("row %zu: got %zu/%zu/%zu", i,
                     bl_offsets_convert(&o, r->byte, BL_UNIT_CODEPOINT),
                     bl_offsets_convert(&o, r->byte, BL_UNIT_UTF16),
                     bl_offsets_convert(&o, r->byte, BL_UNIT_UTF8));
        bl_offsets_free(&o);
    }
}

/* Every offset of buf[0..len) against a naive count. */
static void check_naive(const char *buf, size_t len)
{
    struct bl_offsets o;
    size_t i;
    assert_int_equal(bl_offsets_init(&o, buf, len), BL_OK);
    for (i = 0; i <= len + 1; i++) {
        size_t j, cp = 0, u16 = 0, b = i > len ? len : i;
        while (b < len && ((unsigned char)buf[b] & 0xC0) == 0x80)
            b--;
        for (j = 0; j < b; j++) {
            unsigned char c = (unsigned char)buf[j];
            if ((c & 0xC0) != 0x80) {
                cp++;
                u16 += c >= 0xF0 ? 2 : 1;
            }
        }
        assert_int_equal(bl_offsets_convert(&o, i, BL_UNIT_CODEPOINT), cp);
        assert_int_equal(bl_offsets_convert(&o, i, BL_UNIT_UTF16), u16);
        assert_int_equal(bl_offsets_convert(&o, i, BL_UNIT_UTF8), b);
    }
    bl_offsets_free(&o);
    bl_offsets_free(&o); /* twice is harmless */
}

/* A long mixed text: compare every offset with a naive count. */
static void test_against_naive(void **state)
{
    static const char *pieces[] = {"ab", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", " "};
    char buf[4000];
    size_t len = 0, k = 0;
    (void)state;
    while (len + 4 < sizeof buf) {
        const char *p = pieces[(k * 7 + k / 3) % 5];
        memcpy(buf + len, p, strlen(p));
        len += strlen(p);
        k++;
    }
    check_naive(buf, len);
}

/* Mostly ASCII, whose all-ASCII strides are answered without a scan: the odd
 * character sits on stride boundaries, its lead byte last in a stride or
 * straddling two, and the text ends on a boundary or just after one. */
static void test_mostly_ascii(void **state)
{
    static const struct {
        size_t at;
        const char *s;
    } marks[] = {
        {63, "\xC3\xA9"},         {127, "\xF0\x9F\x98\x80"}, {190, "\xE2\x80\x94"},
        {320, "\xF0\x9F\x98\x80"}, {447, "\xE2\x80\x94"},     {511, "\xC3\xA9"},
    };
    char buf[700];
    size_t len, k;
    (void)state;
    for (len = 0; len < sizeof buf; len++)
        buf[len] = (char)('a' + len % 26);
    for (k = 0; k < sizeof marks / sizeof marks[0]; k++)
        memcpy(buf + marks[k].at, marks[k].s, strlen(marks[k].s));
    check_naive(buf, 640);
    check_naive(buf, 641);
    check_naive(buf, 512);
    check_naive(buf, 130);
    check_naive(buf, 64);
    check_naive(buf, 63);
    /* not UTF-8 (no doc holds it, but offsets need not know): a lone lead
     * byte of a 4-byte character, counted as two UTF-16 units */
    buf[600] = '\xF0';
    check_naive(buf, 700);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_against_naive),
        cmocka_unit_test(test_mostly_ascii),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
