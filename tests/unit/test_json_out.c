/* test_json_out.c -- the streaming JSON writer (handlers/json_out.c): string
 * escaping, UTF-8 checks, numbers, nesting and indentation, each row checked
 * against the text we expect and against what Jansson's json_dumps writes for
 * the same value, plus round trips through Jansson's parser. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "json_out.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* json_dumps flags matching a writer's indent. */
static size_t flags_for(int indent)
{
    return (indent ? JSON_INDENT(indent) : JSON_COMPACT) | JSON_ENCODE_ANY |
           JSON_REAL_PRECISION(BL_JOUT_PRECISION);
}

/* What Jansson writes for v (stolen); NULL when it cannot. */
static char *jansson_text(json_t *v, int indent)
{
    char *s = v ? json_dumps(v, flags_for(indent)) : NULL;
    json_decref(v);
    return s;
}

static void check_text(const char *what, size_t row, char *got, const char *want)
{
    if (!got || !want || strcmp(got, want) != 0)
        fail_msg("%s row %zu: got %s, want %s", what, row, got ? got : "(failed)",
                 want ? want : "(failure)");
}

/* ---- strings ----------------------------------------------------------- */

struct str_row {
    const char *in;
    size_t len;       /* 0: strlen(in) */
    const char *want; /* NULL: the writer must fail */
};

static const struct str_row str_rows[] = {
    {"", 0, "\"\""},
    {"plain", 0, "\"plain\""},
    {"say \"hi\"", 0, "\"say \\\"hi\\\"\""},
    {"back\\slash", 0, "\"back\\\\slash\""},
    {"a/b", 0, "\"a/b\""},         /* no JSON_ESCAPE_SLASH */
    {"del\x7f", 0, "\"del\x7f\""}, /* DEL is not a control in JSON */
    {"tab\there", 0, "\"tab\\there\""},
    {"a\0b", 3, "\"a\\u0000b\""},
    {"caf\xC3\xA9", 0, "\"caf\xC3\xA9\""},                             /* é as it is */
    {"\xE2\x80\x9Cq\xE2\x80\x9D", 0, "\"\xE2\x80\x9Cq\xE2\x80\x9D\""}, /* curly quotes */
    {"\xF0\x9F\x98\x80", 0, "\"\xF0\x9F\x98\x80\""},                   /* emoji */
    {"\xF4\x8F\xBF\xBF", 0, "\"\xF4\x8F\xBF\xBF\""},                   /* U+10FFFF */
    {"\xE2\x80\xA8", 0, "\"\xE2\x80\xA8\""},                           /* U+2028 kept */
    {"long enough for words: \"x\"\n and \xC3\xA9 after", 0,
     "\"long enough for words: \\\"x\\\"\\n and \xC3\xA9 after\""},
    /* escapes before and inside the last eight bytes, which the writer
     * may check as one word */
    {"ab\"cdefghijklmnop", 0, "\"ab\\\"cdefghijklmnop\""},
    {"0123456789abc\"d", 0, "\"0123456789abc\\\"d\""},
    {"0123456789abcdefghi\n", 0, "\"0123456789abcdefghi\\n\""},
    /* invalid UTF-8: refused, as json_stringn refuses it */
    {"abc\x80", 0, NULL},
    {"abcdefghijk\x80", 0, NULL},
    {"\xC0\xAF", 0, NULL},
    {"\xC1\xBF", 0, NULL},
    {"\xE0\x80\xAF", 0, NULL},
    {"\xF0\x80\x80\xAF", 0, NULL},
    {"\xED\xA0\x80", 0, NULL},
    {"\xED\xBF\xBF", 0, NULL},
    {"\xF4\x90\x80\x80", 0, NULL},
    {"\xF5\x80\x80\x80", 0, NULL},
    {"\xFF", 0, NULL},
    {"end\xE2\x80", 0, NULL},
    {"\xC3(", 0, NULL},
    {"12345678abcdefgh\xC3\xA9xyz\xFE", 0, NULL},
};

static char *write_string(const char *s, size_t n)
{
    struct bl_jout w;
    bl_jout_init(&w, 0);
    bl_jout_stringn(&w, s, n);
    return bl_jout_finish(&w, NULL);
}

static void test_strings(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof str_rows / sizeof str_rows[0]; i++) {
        const struct str_row *r = &str_rows[i];
        size_t n = r->len ? r->len : strlen(r->in);
        char *got = write_string(r->in, n);
        char *jans = jansson_text(json_stringn(r->in, n), 0);

        if (!r->want) {
            if (got || jans)
                fail_msg("string row %zu: accepted invalid UTF-8", i);
            continue;
        }
        check_text("string", i, got, r->want);
        check_text("string vs jansson", i, got, jans);
        free(got);
        free(jans);
    }
}

/* Strings of 0 to 17 characters, one of them (at each place in turn) a
 * special byte or sequence, written with room reserved (the short-string
 * path) and without, against Jansson. Each string sits in a buffer of its
 * exact length. */
static void test_short_strings(void **state)
{
    static const char *const specials[] = {"\"", "\\", "\n", "\x01", "\x7f", "\xC3\xA9",
                                           "\xE2\x80\x9C", "\x80", "\xC3", "/"};
    (void)state;
    for (size_t n = 0; n <= 17; n++)
        for (size_t sp = 0; sp < sizeof specials / sizeof specials[0]; sp++)
            for (size_t at = 0; at <= n; at++) {
                size_t k = strlen(specials[sp]), len = n - (at < n) + (at < n ? k : 0);
                char *str = malloc(len ? len : 1);
                assert_non_null(str);
                for (size_t i = 0, j = 0; i < n; i++) {
                    if (i == at) {
                        memcpy(str + j, specials[sp], k);
                        j += k;
                    } else {
                        str[j++] = (char)('a' + i % 26);
                    }
                }
                for (int roomy = 0; roomy < 2; roomy++) {
                    struct bl_jout w;
                    char *got, *jans;
                    bl_jout_init(&w, 0);
                    if (roomy)
                        bl_jout_reserve(&w, 64);
                    bl_jout_stringn(&w, str, len);
                    got = bl_jout_finish(&w, NULL);
                    jans = jansson_text(json_stringn(str, len), 0);
                    if ((got == NULL) != (jans == NULL) || (got && strcmp(got, jans) != 0))
                        fail_msg("short string n %zu special %zu at %zu roomy %d: got %s, want %s",
                                 n, sp, at, roomy, got ? got : "(failed)", jans ? jans : "(failure)");
                    free(got);
                    free(jans);
                }
                free(str);
            }
}

/* Every control character, alone and in the middle of text long enough for
 * the 8-byte scan, at every offset within the word. */
static void test_controls(void **state)
{
    static const char *const short_form[32] = {
        [8] = "\\b", [9] = "\\t", [10] = "\\n", [12] = "\\f", [13] = "\\r",
    };
    (void)state;
    for (unsigned c = 0; c < 0x20; c++) {
        char want[16], in[32], wantlong[64];
        char *got, *jans;

        if (short_form[c])
            (void)snprintf(want, sizeof want, "\"%s\"", short_form[c]);
        else
            (void)snprintf(want, sizeof want, "\"\\u%04X\"", c);
        in[0] = (char)c;
        got = write_string(in, 1);
        check_text("control", c, got, want);
        free(got);

        for (size_t at = 0; at < 20; at++) {
            memset(in, 'x', 20);
            in[at] = (char)c;
            got = write_string(in, 20);
            jans = jansson_text(json_stringn(in, 20), 0);
            check_text("control in text", (size_t)c * 100 + at, got, jans);
            /* and the text itself, spelled out */
            (void)snprintf(wantlong, sizeof wantlong, "\"%.*s%.*s%.*s\"", (int)at,
                           "xxxxxxxxxxxxxxxxxxxx", (int)strlen(want) - 2, want + 1, (int)(19 - at),
                           "xxxxxxxxxxxxxxxxxxxx");
            check_text("control in text, spelled", (size_t)c * 100 + at, got, wantlong);
            free(got);
            free(jans);
        }
    }
}

/* Every special byte at every offset of a 24-byte text, including multi-byte
 * characters straddling the 8-byte words. */
static void test_string_offsets(void **state)
{
    static const char *const inserts[] = {
        "\"", "\\", "\xC3\xA9", "\xE2\x80\x9D", "\xF0\x9F\x98\x80", "\x1F", "\x7F", "/"};
    (void)state;
    for (size_t k = 0; k < sizeof inserts / sizeof inserts[0]; k++) {
        for (size_t at = 0; at < 24; at++) {
            char in[64];
            size_t m = strlen(inserts[k]), n = 0;
            char *got, *jans;

            memset(in, 'a', at);
            n = at;
            memcpy(in + n, inserts[k], m);
            n += m;
            memset(in + n, 'b', 24 - at);
            n += 24 - at;
            got = write_string(in, n);
            jans = jansson_text(json_stringn(in, n), 0);
            check_text("insert", k * 100 + at, got, jans);
            free(got);
            free(jans);
            /* the same text cut inside the character: invalid unless ASCII */
            if (m > 1) {
                got = write_string(in, at + m - 1);
                if (got)
                    fail_msg("insert %zu at %zu: accepted a cut character", k, at);
            }
        }
    }
}

/* ---- numbers ----------------------------------------------------------- */

struct int_row {
    json_int_t v;
    const char *want;
};

static const struct int_row int_rows[] = {
    {0, "0"},
    {7, "7"},
    {-1, "-1"},
    {1234567890123LL, "1234567890123"},
    {99, "99"},
    {100, "100"},
    {-4294967295LL, "-4294967295"},
    {4294967296LL, "4294967296"},
    {429496729600LL, "429496729600"},
    {INT64_MAX, "9223372036854775807"},
    {INT64_MIN, "-9223372036854775808"},
};

static void test_integers(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof int_rows / sizeof int_rows[0]; i++) {
        struct bl_jout w;
        char *got, *jans;

        bl_jout_init(&w, 0);
        bl_jout_integer(&w, int_rows[i].v);
        got = bl_jout_finish(&w, NULL);
        jans = jansson_text(json_integer(int_rows[i].v), 0);
        check_text("integer", i, got, int_rows[i].want);
        check_text("integer vs jansson", i, got, jans);
        free(got);
        free(jans);
    }
}

/* bl_jout_key_integer (and bl_jout_key_integer_pair) write what BL_JOUT_KEY
 * and bl_jout_integer write, compact and indented, as the first member and
 * as a later one. */
static void test_key_integer(void **state)
{
    (void)state;
    for (int indent = 0; indent <= 2; indent += 2) {
        for (size_t i = 0; i < sizeof int_rows / sizeof int_rows[0]; i++) {
            json_int_t v2 = int_rows[(i + 1) % (sizeof int_rows / sizeof int_rows[0])].v;
            struct bl_jout a, b, c;
            char *ta, *tb, *tc;

            bl_jout_init(&a, indent);
            bl_jout_init(&b, indent);
            bl_jout_init(&c, indent);
            bl_jout_open_object(&a);
            bl_jout_open_object(&b);
            bl_jout_open_object(&c);
            bl_jout_key_integer(&a, BL_JOUT_QUOTED("start"), int_rows[i].v);
            BL_JOUT_KEY(&b, "start");
            bl_jout_integer(&b, int_rows[i].v);
            bl_jout_key_integer(&a, BL_JOUT_QUOTED("end"), v2);
            BL_JOUT_KEY(&b, "end");
            bl_jout_integer(&b, v2);
            bl_jout_key_integer_pair(&c, BL_JOUT_QUOTED("start"), int_rows[i].v,
                                     BL_JOUT_QUOTED("end"), v2);
            BL_JOUT_KEY(&a, "text");
            BL_JOUT_KEY(&b, "text");
            BL_JOUT_KEY(&c, "text");
            bl_jout_null(&a);
            bl_jout_null(&b);
            bl_jout_null(&c);
            /* a later member: the pair after one */
            bl_jout_key_integer_pair(&a, BL_JOUT_QUOTED("s"), v2, BL_JOUT_QUOTED("e"),
                                     int_rows[i].v);
            bl_jout_key_integer(&b, BL_JOUT_QUOTED("s"), v2);
            bl_jout_key_integer(&b, BL_JOUT_QUOTED("e"), int_rows[i].v);
            bl_jout_key_integer(&c, BL_JOUT_QUOTED("s"), v2);
            bl_jout_key_integer(&c, BL_JOUT_QUOTED("e"), int_rows[i].v);
            bl_jout_close_object(&a);
            bl_jout_close_object(&b);
            bl_jout_close_object(&c);
            ta = bl_jout_finish(&a, NULL);
            tb = bl_jout_finish(&b, NULL);
            tc = bl_jout_finish(&c, NULL);
            check_text("key_integer", i, ta, tb);
            check_text("key_integer_pair", i, tc, tb);
            free(ta);
            free(tb);
            free(tc);
        }
    }
}

struct real_row {
    double v;
    const char *want; /* NULL: the writer must fail */
};

static const struct real_row real_rows[] = {
    {0.0, "0.0"},
    {-0.0, "-0.0"},
    {1.0, "1.0"},
    {-3.0, "-3.0"},
    {0.5, "0.5"},
    {0.123, "0.123"},
    {0.001, "0.001"},
    {0.0001, "0.0001"},
    {0.00001, "1e-5"},
    {1.5e-7, "1.5e-7"},
    {-2.5e-05, "-2.5e-5"},
    {-122.41942, "-122.41942"},
    {12345.678, "12345.678"},
    {1234567.891, "1234567.891"},
    {999999999.5, "999999999.5"},
    {1e9, "1000000000.0"},
    {1e10, "1e10"}, /* 11 digits: "%.10g" turns to an exponent */
    {12345678901.0, "1.23456789e10"},
    {123456789012.0, "1.23456789e11"},
    {1e20, "1e20"},
    {-1e300, "-1e300"},
    {1e-300, "1e-300"},
    {0.1 + 0.2, "0.3"},
    {1.0 / 3.0, "0.3333333333"},
    {2.0 / 3.0, "0.6666666667"},
    {3.14159265358979, "3.141592654"},
    {4.841, "4.841"},
    {INFINITY, NULL},
    {-INFINITY, NULL},
    {NAN, NULL},
};

static char *write_real(double v)
{
    struct bl_jout w;
    bl_jout_init(&w, 0);
    bl_jout_real(&w, v);
    return bl_jout_finish(&w, NULL);
}

static void test_reals(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof real_rows / sizeof real_rows[0]; i++) {
        char *got = write_real(real_rows[i].v);
        char *jans = jansson_text(json_real(real_rows[i].v), 0);

        if (!real_rows[i].want) {
            if (got || jans)
                fail_msg("real row %zu: wrote a non-finite number", i);
            continue;
        }
        check_text("real", i, got, real_rows[i].want);
        check_text("real vs jansson", i, got, jans);
        free(got);
        free(jans);
    }
}

/* Many reals against Jansson: the rounded values the contract uses (k / 10^d,
 * where the writer skips printf) and arbitrary doubles from random bits. */
static void test_reals_sweep(void **state)
{
    uint64_t x = 88172645463325252ull; /* xorshift64 */
    (void)state;
    for (int i = 0; i < 40000; i++) {
        double v;
        char *got, *jans;

        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        if (i % 2) {
            static const double scale[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7};
            int64_t k = (int64_t)(x % 20000000001ull) - 10000000000LL;
            v = (double)(k >> (x >> 60)) / scale[(x >> 40) % 8];
        } else {
            memcpy(&v, &x, sizeof v);
            if (!isfinite(v))
                continue;
        }
        got = write_real(v);
        jans = jansson_text(json_real(v), 0);
        if (!got || !jans || strcmp(got, jans) != 0)
            fail_msg("real %.17g: got %s, jansson %s", v, got ? got : "(failed)",
                     jans ? jans : "(failed)");
        free(got);
        free(jans);
    }
}

/* bl_jout_real_scaled(k, p) must write what Jansson writes for k / 10^p: rounded
 * values of every size and sign, the edges of the fast path (0, -0, below
 * 1e-4, ten digits and more) among them. */
static const double scaled_rows[] = {
    0,      -0.0,    1,      -1,      9,       10,     99,      100,        12345,
    -12345, 1000,    999999, 1000000, 5e9,     9999999999.0, 1e10, 12345678901.0, -9999999999.0,
    0.5,    2.5,     1e15,   -1e15,   123456789, 3,    -7,      40000000,   4e9 + 1,
};

static char *write_scaled(double k, int places)
{
    struct bl_jout w;

    bl_jout_init(&w, 0);
    bl_jout_real_scaled(&w, k, places);
    return bl_jout_finish(&w, NULL);
}

static void test_reals_scaled(void **state)
{
    static const double p10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
    uint64_t x = 0x9E3779B97F4A7C15ull; /* xorshift64 */
    (void)state;
    for (int i = 0; i < 40000 + 7 * (int)(sizeof scaled_rows / sizeof scaled_rows[0]); i++) {
        double k;
        int p;
        char *got, *jans;

        if (i < 7 * (int)(sizeof scaled_rows / sizeof scaled_rows[0])) {
            k = scaled_rows[i / 7];
            p = i % 7;
        } else {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            p = (int)((x >> 50) % 7);
            k = (double)((int64_t)(x % 20000000001ull) - 10000000000LL) / (double)(1ull << (x >> 59));
            if (x >> 58 & 1)
                k = round(k);
        }
        got = write_scaled(k, p);
        jans = jansson_text(json_real(k / p10[p]), 0);
        if (!got || !jans || strcmp(got, jans) != 0)
            fail_msg("scaled %.17g / 10^%d: got %s, jansson %s", k, p, got ? got : "(failed)",
                     jans ? jans : "(failed)");
        free(got);
        free(jans);
    }
}

/* bl_jout_plain: plain ASCII only, wherever the special byte is. */
struct plain_row {
    const char *s;
    bool plain;
};

static const struct plain_row plain_rows[] = {
    {"", true},
    {"abc", true},
    {"The mayor said so.", true},
    {"exactly8", true},
    {"tab\there", false},
    {"ends with a quote\"", false},
    {"\\ starts", false},
    {"caf\xc3\xa9", false},
    {"seventeen bytes!\n", false},
    {"sixteen bytes ok", true},
    {"a longer plain text of more than twenty-four bytes", true},
    {"a longer plain text with a byte \x7f then", true},
    {"a longer plain text with a nul\001 then", false},
    {"a plain text of more than sixty-four bytes, to take the long way there", true},
    {"a text of more than sixty-four bytes with a \"quote\" in the first block", false},
    {"a text of more than sixty-four bytes, the special byte far on, then\n", false},
};

static void test_plain(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof plain_rows / sizeof plain_rows[0]; i++)
        if (bl_jout_plain(plain_rows[i].s, strlen(plain_rows[i].s)) != plain_rows[i].plain)
            fail_msg("plain row %zu (\"%s\"): want %d", i, plain_rows[i].s, plain_rows[i].plain);
}

/* bl_jout_plain_in agrees with bl_jout_plain on every span of texts short
 * and long, with special bytes before, inside and after the span. */
static void test_plain_in(void **state)
{
    static const char *const texts[] = {
        "", "ab", "Anne said \"no\" twice", "caf\xc3\xa9 and tea, \\ then a\ttab here",
        "a plain text of well over sixteen bytes, no special ones at all",
        "\x01short\x7f", "x\"y",
    };
    (void)state;
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        size_t len = strlen(texts[t]);
        for (size_t a = 0; a <= len; a++)
            for (size_t n = 0; a + n <= len; n++)
                if (bl_jout_plain_in(texts[t], len, a, n) != bl_jout_plain(texts[t] + a, n))
                    fail_msg("text %zu, span %zu+%zu", t, a, n);
    }
}

/* bl_jout_real_precision writes what json_dumps does with the same
 * JSON_REAL_PRECISION, for durations and other reals of every size. */
static void test_real_precision(void **state)
{
    static const double rows[] = {0.0,      -0.0,     1.0,       0.5,     0.089537, 2.520751,
                                  1234.5678, 1e-5,    1.25e-7,   123456.0, 1234567.0, 1e21,
                                  -3.75,    0.1,      99999.95,  1e-4,    7.0e300,  2.0 / 3.0};
    static const int precisions[] = {1, 3, 6, 10, 17};
    (void)state;
    for (size_t p = 0; p < sizeof precisions / sizeof precisions[0]; p++)
        for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
            struct bl_jout w;
            char *got, *want;
            bl_jout_init(&w, 0);
            bl_jout_real_precision(&w, rows[i], precisions[p]);
            got = bl_jout_finish(&w, NULL);
            {
                json_t *v = json_real(rows[i]);
                want = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT |
                                         JSON_REAL_PRECISION(precisions[p]));
                json_decref(v);
            }
            if (!got || !want || strcmp(got, want) != 0)
                fail_msg("real %g precision %d: got %s, want %s", rows[i], precisions[p],
                         got ? got : "(failed)", want ? want : "(failure)");
            free(got);
            free(want);
        }
}

/* bl_jout_copy_plain agrees with bl_jout_plain on every span and copies the
 * plain ones; each text sits in a buffer of its exact length, so that a read
 * outside it shows under ASan and valgrind. */
static void test_copy_plain(void **state)
{
    static const char *const texts[] = {
        "", "ab", "Anne said \"no\" twice", "caf\xc3\xa9 and tea, \\ then a\ttab here",
        "a plain text of well over sixteen bytes, no special ones at all, none",
        "thirty-three plain bytes, then \"a quote\" and forty more plain bytes",
        "\x01short\x7f", "x\"y",
    };
    (void)state;
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        size_t len = strlen(texts[t]);
        char *text = malloc(len ? len : 1), d[128];
        assert_non_null(text);
        memcpy(text, texts[t], len);
        for (size_t a = 0; a <= len; a++)
            for (size_t n = 0; a + n <= len; n++) {
                bool plain = bl_jout_copy_plain(d, text, len, a, n);
                if (plain != bl_jout_plain(text + a, n))
                    fail_msg("text %zu, span %zu+%zu: plain %d", t, a, n, plain);
                if (plain && memcmp(d, text + a, n) != 0)
                    fail_msg("text %zu, span %zu+%zu: copy differs", t, a, n);
            }
        free(text);
    }
}

/* bl_jout_uint_at writes what printf does, around each change of length. */
static void test_uint_at(void **state)
{
    static const uint64_t rows[] = {0,    1,    9,     10,    11,     99,     100,   101,
                                    999,  1000, 1001,  9999,  10000,  10001,  99999, 123456,
                                    4294967295u, 4294967296u, 18446744073709551615u};
    (void)state;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        char got[32], want[32];
        char *e = bl_jout_uint_at(got, rows[i]);
        *e = '\0';
        snprintf(want, sizeof want, "%llu", (unsigned long long)rows[i]);
        if (strcmp(got, want) != 0)
            fail_msg("uint row %zu: got %s, want %s", i, got, want);
    }
}

/* bl_jout_span_members: plain or not, first member or not, compact or
 * indented, the same text as the members written one by one. */
static void test_span_members(void **state)
{
    static const char *const texts[] = {"Anne Hidalgo", "caf\xc3\xa9 \"x\"", ""};
    (void)state;
    for (int indent = 0; indent <= 2; indent += 2)
        for (size_t t = 0; t < 3; t++)
            for (int first = 0; first < 2; first++) {
                struct bl_jout a, b;
                const char *s = texts[t];
                size_t n = strlen(s);
                char *x, *y;

                bl_jout_init(&a, indent);
                bl_jout_init(&b, indent);
                bl_jout_open_object(&a);
                bl_jout_open_object(&b);
                if (!first) {
                    BL_JOUT_KEY(&a, "id");
                    bl_jout_integer(&a, 7);
                    BL_JOUT_KEY(&b, "id");
                    bl_jout_integer(&b, 7);
                }
                bl_jout_span_members(&a, 12, 1234567, s, n, bl_jout_plain(s, n));
                BL_JOUT_KEY(&b, "start");
                bl_jout_integer(&b, 12);
                BL_JOUT_KEY(&b, "end");
                bl_jout_integer(&b, 1234567);
                BL_JOUT_KEY(&b, "text");
                bl_jout_stringn(&b, s, n);
                {
                    /* a member by hand when compact, else the ordinary way */
                    char *d = bl_jout_member_at(&a, 8);
                    if (d) {
                        memcpy(d, "\"k\":null", 8);
                        bl_jout_member_end(&a, d + 8);
                    } else {
                        BL_JOUT_KEY(&a, "k");
                        bl_jout_null(&a);
                    }
                }
                BL_JOUT_KEY(&b, "k");
                bl_jout_null(&b);
                bl_jout_close_object(&a);
                bl_jout_close_object(&b);
                x = bl_jout_finish(&a, NULL);
                y = bl_jout_finish(&b, NULL);
                check_text("span members", (size_t)(indent * 3) + t * 2 + (size_t)first, x, y);
                free(x);
                free(y);
            }
}

/* ---- structure --------------------------------------------------------- */

/* JSON texts that Jansson parses into values; the writer, given the value,
 * must write what json_dumps writes, compact and at several indents. */
static const char *const value_rows[] = {
    "{}",
    "[]",
    "null",
    "true",
    "false",
    "\"s\"",
    "-42",
    "2.5",
    "[[]]",
    "[{}]",
    "{\"a\":{}}",
    "{\"a\":[]}",
    "[1,[2,[3,[4,[]]]],{\"b\":[],\"c\":{}}]",
    "{\"k\\\"ey\":\"v\\u0000\\n\",\"\\u00e9\":[true,false,null],\"n\":{\"m\":{\"o\":-0.0}}}",
    "[1.5,1e20,-1e-7,0.1,123456789012]",
    "{\"z\":1,\"a\":2,\"m\":3}", /* insertion order, not sorted */
};

static void test_values(void **state)
{
    static const int indents[] = {0, 1, 2, 4, 31};
    (void)state;
    for (size_t i = 0; i < sizeof value_rows / sizeof value_rows[0]; i++) {
        json_error_t err;
        json_t *v = json_loads(value_rows[i], JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);

        if (!v)
            fail_msg("value row %zu does not parse: %s", i, err.text);
        for (size_t k = 0; k < sizeof indents / sizeof indents[0]; k++) {
            struct bl_jout w;
            char *got, *jans;

            bl_jout_init(&w, indents[k]);
            bl_jout_value(&w, v);
            got = bl_jout_finish(&w, NULL);
            jans = jansson_text(json_incref(v), indents[k]);
            check_text("value", i * 100 + (size_t)indents[k], got, jans);
            free(got);
            free(jans);
        }
        json_decref(v);
    }
}

/* A key holding a NUL byte (Jansson's parser refuses one, its API takes it). */
static void test_nul_key(void **state)
{
    json_t *v = json_object();
    struct bl_jout w;
    char *got, *jans;

    (void)state;
    assert_int_equal(json_object_setn_new(v, "nul\0key", 7, json_integer(1)), 0);
    bl_jout_init(&w, 0);
    bl_jout_value(&w, v);
    got = bl_jout_finish(&w, NULL);
    jans = jansson_text(v, 0);
    check_text("nul key", 0, got, "{\"nul\\u0000key\":1}");
    check_text("nul key vs jansson", 0, got, jans);
    free(got);
    free(jans);
}

/* The writer's own calls, as extract.c makes them, with the text expected
 * compact and at indent 2. */
static void write_doc(struct bl_jout *w)
{
    bl_jout_open_object(w);
    BL_JOUT_KEY(w, "id");
    bl_jout_null(w);
    bl_jout_key(w, "esc\"aped");
    bl_jout_string(w, "x");
    BL_JOUT_KEY(w, "empty");
    bl_jout_open_array(w);
    bl_jout_close_array(w);
    BL_JOUT_KEY(w, "list");
    bl_jout_open_array(w);
    bl_jout_integer(w, -5);
    bl_jout_open_object(w);
    bl_jout_close_object(w);
    bl_jout_open_object(w);
    BL_JOUT_KEY(w, "r");
    bl_jout_real(w, 0.25);
    BL_JOUT_KEY(w, "s");
    bl_jout_string_or_null(w, NULL);
    bl_jout_close_object(w);
    bl_jout_bool(w, true);
    bl_jout_close_array(w);
    BL_JOUT_KEY(w, "last");
    bl_jout_bool(w, false);
    bl_jout_close_object(w);
}

/* bl_jout_string_plain writes what bl_jout_string writes for the plain ASCII
 * it is meant for (references, enum names), compact and indented, as a value
 * in arrays and objects. */
static void test_string_plain(void **state)
{
    static const char *const plain[] = {"a1", "q12", "l3", "c999", "PERSON", "attributed",
                                        "codepoint", "", "x"};
    (void)state;
    for (int indent = 0; indent <= 2; indent += 2) {
        struct bl_jout a, b;
        char *ta, *tb;
        bl_jout_init(&a, indent);
        bl_jout_init(&b, indent);
        bl_jout_open_object(&a);
        bl_jout_open_object(&b);
        for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
            bl_jout_key(&a, plain[i][0] ? plain[i] : "empty");
            bl_jout_key(&b, plain[i][0] ? plain[i] : "empty");
            bl_jout_open_array(&a);
            bl_jout_open_array(&b);
            bl_jout_string_plain(&a, plain[i], strlen(plain[i]));
            bl_jout_string(&b, plain[i]);
            bl_jout_string_plain(&a, plain[i], strlen(plain[i]));
            bl_jout_string(&b, plain[i]);
            bl_jout_close_array(&a);
            bl_jout_close_array(&b);
        }
        bl_jout_close_object(&a);
        bl_jout_close_object(&b);
        ta = bl_jout_finish(&a, NULL);
        tb = bl_jout_finish(&b, NULL);
        assert_non_null(ta);
        assert_non_null(tb);
        assert_string_equal(ta, tb);
        free(ta);
        free(tb);
    }
}

static void test_calls(void **state)
{
    static const struct {
        int indent;
        const char *want;
    } rows[] = {
        {0,
         "{\"id\":null,\"esc\\\"aped\":\"x\",\"empty\":[],\"list\":[-5,{},{\"r\":0.25,\"s\":null},"
         "true],\"last\":false}"},
        {2, "{\n  \"id\": null,\n  \"esc\\\"aped\": \"x\",\n  \"empty\": [],\n  \"list\": [\n"
            "    -5,\n    {},\n    {\n      \"r\": 0.25,\n      \"s\": null\n    },\n    true\n"
            "  ],\n  \"last\": false\n}"},
    };
    (void)state;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        struct bl_jout w;
        json_error_t err;
        json_t *back;
        char *got, *again;
        size_t len;

        bl_jout_init(&w, rows[i].indent);
        write_doc(&w);
        got = bl_jout_finish(&w, &len);
        check_text("calls", i, got, rows[i].want);
        assert_int_equal(len, strlen(rows[i].want));
        /* round trip: Jansson reads it back and writes the same text */
        back = json_loadb(got, len, 0, &err);
        if (!back)
            fail_msg("calls row %zu does not parse: %s", i, err.text);
        again = jansson_text(back, rows[i].indent);
        check_text("calls round trip", i, again, got);
        free(again);
        free(got);
    }
}

/* The stats trick of extract.c: members written later, spliced in between. */
static void test_splice(void **state)
{
    static const struct {
        int indent;
        const char *want;
    } rows[] = {
        {0, "{\"a\":1,\"b\":{\"x\":[]},\"c\":3}"},
        {2, "{\n  \"a\": 1,\n  \"b\": {\n    \"x\": []\n  },\n  \"c\": 3\n}"},
    };
    (void)state;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        struct bl_jout w, s;
        size_t at;
        char *got;

        bl_jout_init(&w, rows[i].indent);
        bl_jout_open_object(&w);
        BL_JOUT_KEY(&w, "a");
        bl_jout_integer(&w, 1);
        at = w.len;
        BL_JOUT_KEY(&w, "c");
        bl_jout_integer(&w, 3);
        bl_jout_init_inside(&s, rows[i].indent, 1);
        BL_JOUT_KEY(&s, "b");
        bl_jout_open_object(&s);
        BL_JOUT_KEY(&s, "x");
        bl_jout_open_array(&s);
        bl_jout_close_array(&s);
        bl_jout_close_object(&s);
        bl_jout_splice(&w, at, &s);
        bl_jout_close_object(&w);
        got = bl_jout_finish(&w, NULL);
        check_text("splice", i, got, rows[i].want);
        free(got);
    }
}

/* ---- failures ---------------------------------------------------------- */

/* Each way to fail is sticky: later calls do nothing, finish gives NULL and
 * frees everything (the sanitizers and valgrind check that). */
static void fail_null_string(struct bl_jout *w)
{
    bl_jout_string(w, NULL);
}
static void fail_null_key(struct bl_jout *w)
{
    bl_jout_key(w, NULL);
}
static void fail_bad_utf8(struct bl_jout *w)
{
    bl_jout_stringn(w, "\xC3", 1);
}
static void fail_bad_key(struct bl_jout *w)
{
    bl_jout_key(w, "k\xFF");
}
static void fail_nan(struct bl_jout *w)
{
    bl_jout_real(w, NAN);
}
static void fail_explicit(struct bl_jout *w)
{
    bl_jout_fail(w);
}
/* A length no buffer can reach: the allocation fails as under OOM, before
 * any byte of s is read. */
static void fail_huge(struct bl_jout *w)
{
    bl_jout_stringn(w, "", SIZE_MAX / 2);
}
static void fail_splice(struct bl_jout *w)
{
    struct bl_jout s;
    bl_jout_init_inside(&s, 0, 1);
    bl_jout_real(&s, INFINITY);
    bl_jout_splice(w, 1, &s);
}

static void test_failures(void **state)
{
    static void (*const fails[])(struct bl_jout *) = {
        fail_null_string, fail_null_key, fail_bad_utf8, fail_bad_key,
        fail_nan,         fail_explicit, fail_huge,     fail_splice,
    };
    (void)state;
    for (size_t i = 0; i < sizeof fails / sizeof fails[0]; i++) {
        struct bl_jout w;
        size_t len = 99;

        bl_jout_init(&w, i % 2 ? 2 : 0);
        bl_jout_open_object(&w);
        BL_JOUT_KEY(&w, "before");
        bl_jout_string(&w, "a fine value, long enough to have been allocated");
        BL_JOUT_KEY(&w, "bad");
        fails[i](&w);
        if (!bl_jout_failed(&w))
            fail_msg("failure %zu: the writer did not fail", i);
        BL_JOUT_KEY(&w, "after");
        bl_jout_integer(&w, 1);
        bl_jout_close_object(&w);
        assert_true(bl_jout_failed(&w));
        assert_null(bl_jout_finish(&w, &len));
        assert_int_equal(len, 0);
    }
}

/* Nothing written is an empty text, and bl_jout_free may end a writer early. */
static void test_empty_and_free(void **state)
{
    struct bl_jout w;
    size_t len = 99;
    char *s;

    (void)state;
    bl_jout_init(&w, 0);
    s = bl_jout_finish(&w, &len);
    assert_non_null(s);
    assert_string_equal(s, "");
    assert_int_equal(len, 0);
    free(s);

    bl_jout_init(&w, 0);
    bl_jout_open_array(&w);
    bl_jout_string(&w, "dropped");
    bl_jout_free(&w);
    bl_jout_free(&w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_strings),        cmocka_unit_test(test_controls),
        cmocka_unit_test(test_string_offsets), cmocka_unit_test(test_integers),
        cmocka_unit_test(test_key_integer),
        cmocka_unit_test(test_reals),          cmocka_unit_test(test_reals_sweep),
        cmocka_unit_test(test_reals_scaled),
        cmocka_unit_test(test_plain),
        cmocka_unit_test(test_plain_in),
        cmocka_unit_test(test_copy_plain),
        cmocka_unit_test(test_real_precision),
        cmocka_unit_test(test_short_strings),
        cmocka_unit_test(test_uint_at),
        cmocka_unit_test(test_span_members),
        cmocka_unit_test(test_values),         cmocka_unit_test(test_nul_key),
        cmocka_unit_test(test_calls),          cmocka_unit_test(test_splice),
        cmocka_unit_test(test_string_plain),
        cmocka_unit_test(test_failures),       cmocka_unit_test(test_empty_and_free),
    };
    return cmocka_run_group_tests_name("json_out", tests, NULL, NULL);
}
