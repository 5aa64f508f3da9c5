/* test_json_in.c -- the request body reader (handlers/json_in.c): every body
 * it takes must read as json_loadb reads it (same members, order and values),
 * and every body Jansson refuses must be left to Jansson. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "json_in.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LOAD_FLAGS (JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL | JSON_DECODE_ANY)
#define DUMP_FLAGS (JSON_COMPACT | JSON_ENCODE_ANY)

struct body_row {
    const char *in;
    size_t len; /* 0: strlen(in) */
    bool taken; /* bl_jin_request must read it (else it must leave it) */
};

#define LIT(s) s, sizeof(s) - 1

static const struct body_row rows[] = {
    /* the usual shapes */
    {LIT("{\"text\":\"Jane said hi.\"}"), true},
    {LIT("{\"text\": \"a\", \"id\": \"doc-1\"}"), true},
    {LIT("{\"id\": 42, \"text\": \"a\"}"), true},
    {LIT("{\"id\": -7, \"text\": \"a\"}"), true},
    {LIT("{\"id\": 0, \"text\": \"a\"}"), true},
    {LIT("{\"id\": -0, \"text\": \"a\"}"), true},
    {LIT("{\"id\": 123456789012345678, \"text\": \"a\"}"), true},
    {LIT("{\"id\": -999999999999999999, \"text\": \"a\"}"), true},
    {LIT("{\"id\": null, \"text\": \"a\"}"), true},
    {LIT("{\"text\":\"a\",\"options\":{\"offsets\":\"utf16\"}}"), true},
    {LIT("{\"text\":\"a\",\"options\":{}}"), true},
    {LIT("{\"text\":\"a\",\"options\":null}"), true},
    {LIT("{\"options\" : { \"offsets\" : \"nonsense\" } , \"text\":\"a\"}"), true},
    {LIT(" \t\r\n{ \"text\" :\n\"a\" } \n\t"), true},
    {LIT("{}"), true},
    {LIT("{\"id\":\"x\"}"), true},
    /* escapes, as Jansson decodes them */
    {LIT("{\"text\":\"q \\\"x\\\" \\\\ \\/ \\b\\f\\n\\r\\t end\"}"), true},
    {LIT("{\"text\":\"caf\\u00e9 \\u00E9 \\u2019 \\u20ac\"}"), true},
    {LIT("{\"text\":\"emoji \\ud83d\\ude00 and \\uD83D\\uDE00\"}"), true},
    {LIT("{\"text\":\"nul \\u0000 inside\"}"), true},
    {LIT("{\"text\":\"raw caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d \xf0\x9f\x98\x80\"}"), true},
    {LIT("{\"text\":\"a long plain run of more than sixteen bytes, then \\\"one\\\" escape, "
         "and more than sixteen bytes again before the end\"}"),
     true},
    {LIT("{\"text\":\"\"}"), true},
    /* left to Jansson: refused by it */
    {LIT(""), false},
    {LIT("{"), false},
    {LIT("{\"text\":\"a\""), false},
    {LIT("{\"text\":\"a\"}x"), false},
    {LIT("{\"text\":\"a\"}\0"), false},
    {LIT("\0{\"text\":\"a\"}"), false},
    {LIT("{\"text\":\"a\0b\"}"), false},
    {LIT("{\"text\":\"a\nb\"}"), false},
    {LIT("{\"text\":\"a\",}"), false},
    {LIT("{\"text\":\"a\" \"id\":1}"), false},
    {LIT("{\"text\":\"a\",\"text\":\"b\"}"), false},
    {LIT("{\"text\":\"\\ud800\"}"), false},
    {LIT("{\"text\":\"\\udc00\\ud800\"}"), false},
    {LIT("{\"text\":\"\\ud800\\u0041\"}"), false},
    {LIT("{\"text\":\"\\x41\"}"), false},
    {LIT("{\"text\":\"\\u12\"}"), false},
    {LIT("{\"text\":\"\\u12g4\"}"), false},
    {LIT("{\"text\":\"a\xff\"}"), false},
    {LIT("{\"text\":\"a\xc0\xaf\"}"), false},
    {LIT("{\"text\":\"a\xed\xa0\x80\"}"), false},
    {LIT("{\"text\":\"a\xf4\x90\x80\x80\"}"), false},
    {LIT("{\"text\":\"a\xe2\x82\"}"), false},
    {LIT("{\"te\xffxt\":\"a\"}"), false},
    {LIT("{\"te\\u0000xt\":\"a\"}"), false},
    {LIT("{\"id\": 01, \"text\": \"a\"}"), false},
    {LIT("{\"id\": -, \"text\": \"a\"}"), false},
    {LIT("{\"id\": 99999999999999999999999, \"text\": \"a\"}"), false},
    {LIT("\xef\xbb\xbf{\"text\":\"a\"}"), false},
    {LIT("[\"text\"]"), false},
    /* left to Jansson: read by it, then refused or used by read_json */
    {LIT("\"just a string\""), false},
    {LIT("{\"text\":\"a\",\"extra\":1}"), false},
    {LIT("{\"text\":5}"), false},
    {LIT("{\"text\":null}"), false},
    {LIT("{\"id\": 1.5, \"text\": \"a\"}"), false},
    {LIT("{\"id\": 1e3, \"text\": \"a\"}"), false},
    {LIT("{\"id\": true, \"text\": \"a\"}"), false},
    {LIT("{\"id\": 1234567890123456789, \"text\": \"a\"}"), false},
    {LIT("{\"id\": 9999999999999999999, \"text\": \"a\"}"), false},
    {LIT("{\"id\": 99999999999999999999999999, \"text\": \"a\"}"), false},
    {LIT("{\"text\":\"a\",\"options\":{\"offsets\":\"utf8\",\"x\":1}}"), false},
    {LIT("{\"text\":\"a\",\"options\":[]}"), false},
    {LIT("{\"text\":\"a\",\"options\":{\"offsets\":3}}"), false},
    {LIT("{\"t\\u0065xt\":\"a\"}"), false},
};

/* The body in a buffer of its exact length, so that a read past it shows
 * under ASan and valgrind. */
static void check_body(size_t row, const char *in, size_t len, int want_taken)
{
    char *buf = malloc(len ? len : 1);
    json_t *fast, *slow;
    json_error_t err;

    assert_non_null(buf);
    memcpy(buf, in, len);
    fast = bl_jin_request(buf, len);
    slow = json_loadb(buf, len, LOAD_FLAGS, &err);
    if (want_taken >= 0 && (fast != NULL) != (bool)want_taken)
        fail_msg("row %zu: %s", row, fast ? "taken, should go to Jansson" : "not taken");
    if (fast) {
        char *a, *b;
        if (!slow)
            fail_msg("row %zu: taken, but Jansson refuses it (%s)", row, err.text);
        a = json_dumps(fast, DUMP_FLAGS);
        b = json_dumps(slow, DUMP_FLAGS);
        if (!a || !b || strcmp(a, b) != 0 || !json_equal(fast, slow))
            fail_msg("row %zu: read as %s, Jansson reads %s", row, a ? a : "?", b ? b : "?");
        free(a);
        free(b);
    }
    json_decref(fast);
    json_decref(slow);
    free(buf);
}

static void test_rows(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        check_body(i, rows[i].in, rows[i].len ? rows[i].len : strlen(rows[i].in), rows[i].taken);
}

/* Every prefix of a few good bodies: each is taken only if Jansson reads
 * it the same (most are cut short and go to Jansson). */
static void test_prefixes(void **state)
{
    static const char *const bodies[] = {
        "{\"id\": -12, \"text\": \"caf\\u00e9 \\ud83d\\ude00 \xe2\x80\x9cx\xe2\x80\x9d \\n end of "
        "a "
        "text long enough for two 16-byte runs\", \"options\": {\"offsets\": \"utf16\"}}  ",
        "{\"options\":null,\"id\":null,\"text\":\"\\\"\\\\\\/\"}",
    };
    (void)state;
    for (size_t b = 0; b < sizeof bodies / sizeof bodies[0]; b++)
        for (size_t n = 0; n <= strlen(bodies[b]); n++)
            check_body(1000 * b + n, bodies[b], n, -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_prefixes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
