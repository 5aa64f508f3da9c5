/* test_utf8.c -- bl_utf8_validate: well-formed text passes, and the first
 * bad byte of overlongs, surrogates, out-of-range and truncated sequences is
 * reported. */
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
    size_t len; /* 0: strlen(in) */
    int rc;
    size_t bad;
};

static const struct row rows[] = {
    {"", 0, BL_OK, BL_NONE},
    {"plain ascii text, long enough for the fast path", 0, BL_OK, BL_NONE},
    {"caf\xC3\xA9", 0, BL_OK, BL_NONE},                    /* é */
    {"\xE2\x80\x9CQuoted\xE2\x80\x9D", 0, BL_OK, BL_NONE}, /* “ ” */
    {"smile \xF0\x9F\x98\x80 ok", 0, BL_OK, BL_NONE},      /* 4-byte emoji */
    {"\xF4\x8F\xBF\xBF", 0, BL_OK, BL_NONE},               /* U+10FFFF */
    {"\xED\x9F\xBF", 0, BL_OK, BL_NONE},                   /* U+D7FF */
    {"\xEF\xBF\xBD", 0, BL_OK, BL_NONE},                   /* U+FFFD */
    {"a\0b", 3, BL_OK, BL_NONE},                           /* NUL is valid */
    {"abc\x80", 0, BL_ERR_UTF8, 3},                        /* lone continuation */
    {"\xC0\xAF", 0, BL_ERR_UTF8, 0},                       /* overlong / */
    {"ok \xC1\xBF", 0, BL_ERR_UTF8, 3},                    /* overlong */
    {"\xE0\x80\xAF", 0, BL_ERR_UTF8, 0},                   /* overlong 3-byte */
    {"\xF0\x80\x80\xAF", 0, BL_ERR_UTF8, 0},               /* overlong 4-byte */
    {"x\xED\xA0\x80", 0, BL_ERR_UTF8, 1},                  /* surrogate D800 */
    {"\xED\xBF\xBF", 0, BL_ERR_UTF8, 0},                   /* surrogate DFFF */
    {"\xF4\x90\x80\x80", 0, BL_ERR_UTF8, 0},               /* U+110000 */
    {"\xF5\x80\x80\x80", 0, BL_ERR_UTF8, 0},               /* lead F5 */
    {"\xFF", 0, BL_ERR_UTF8, 0},
    {"end\xE2\x80", 0, BL_ERR_UTF8, 3},     /* truncated */
    {"end\xF0\x9F\x98", 0, BL_ERR_UTF8, 3}, /* truncated emoji */
    {"\xC3", 0, BL_ERR_UTF8, 0},
    {"\xC3(", 0, BL_ERR_UTF8, 0},                            /* bad continuation */
    {"12345678abcdefgh\xC3\xA9xyz\xFE", 0, BL_ERR_UTF8, 21}, /* after fast path */
};

static void test_rows(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        size_t len = rows[i].len ? rows[i].len : strlen(rows[i].in);
        size_t bad = 12345;
        int rc = bl_utf8_validate(rows[i].in, len, &bad);
        if (rc != rows[i].rc || bad != rows[i].bad)
            fail_msg("row %zu: rc %d bad %zu, want rc %d bad %zu", i, rc, bad, rows[i].rc,
                     rows[i].bad);
        assert_int_equal(bl_utf8_validate(rows[i].in, len, NULL), rows[i].rc);
    }
}

/* Every byte position as the place of a single bad byte in a long buffer. */
static void test_bad_byte_everywhere(void **state)
{
    char buf[100];
    size_t i, bad;
    (void)state;
    for (i = 0; i < sizeof buf; i++) {
        memset(buf, 'a', sizeof buf);
        buf[i] = (char)0x80;
        assert_int_equal(bl_utf8_validate(buf, sizeof buf, &bad), BL_ERR_UTF8);
        assert_int_equal(bad, i);
    }
}

static void test_decode(void **state)
{
    const unsigned char s[] = "A\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80\x80";
    size_t clen, n = sizeof s - 1;
    (void)state;
    assert_int_equal(bl_utf8_decode(s, n, 0, &clen), 'A');
    assert_int_equal(clen, 1);
    assert_int_equal(bl_utf8_decode(s, n, 1, &clen), 0xE9);
    assert_int_equal(clen, 2);
    assert_int_equal(bl_utf8_decode(s, n, 3, &clen), 0x2014);
    assert_int_equal(clen, 3);
    assert_int_equal(bl_utf8_decode(s, n, 6, &clen), 0x1F600);
    assert_int_equal(clen, 4);
    assert_int_equal(bl_utf8_decode(s, n, 10, &clen), 0xFFFD);
    assert_int_equal(clen, 1);
    assert_int_equal(bl_utf8_char_start(s, 8), 6);
    assert_int_equal(bl_utf8_char_start(s, 2), 1);
    assert_int_equal(bl_utf8_char_start(s, 0), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_bad_byte_everywhere),
        cmocka_unit_test(test_decode),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
