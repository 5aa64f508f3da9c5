/* test_golden.c -- each tests/golden/NAME.txt article runs through the same
 * handler code as POST /v1/extract, and the JSON must equal NAME.json (stats.ms
 * aside). BYLINE_GOLDEN_UPDATE=1 rewrites the expected files; review the diff
 * before committing them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "bl_handlers.h"
#include "each_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GOLDEN_DIR "tests/golden"

static bl_models *models;

static void check_one(const char *name)
{
    struct bl_app app = { models, { SIZE_MAX, SIZE_MAX }, "data", NULL };
    struct bl_extract_status st;
    char path[512];
    size_t len = 0;
    char *text;
    json_t *got, *want, *id;
    json_error_t jerr;

    snprintf(path, sizeof path, GOLDEN_DIR "/%s.txt", name);
    assert_int_equal(bl_file_read(path, 0, &text, &len, NULL), BL_OK);
    id = json_string(name);
    memset(&st, 0, sizeof st);
    got = bl_extract_json(&app, text, len, id, BL_UNIT_CODEPOINT, BL_PART_ALL, &st);
    json_decref(id);
    if (!got)
        fail_msg("%s: %d %s", name, st.status, st.err.message);
    json_object_del(json_object_get(got, "stats"), "ms");

    snprintf(path, sizeof path, GOLDEN_DIR "/%s.json", name);
    if (getenv("BYLINE_GOLDEN_UPDATE")) {
        assert_int_equal(json_dump_file(got, path, JSON_INDENT(1) | JSON_REAL_PRECISION(10)), 0);
        print_message("updated %s\n", path);
    } else {
        want = json_load_file(path, 0, &jerr);
        if (!want)
            fail_msg("%s: %s (run make golden-update)", path, jerr.text);
        if (!json_equal(got, want)) {
            char *g = json_dumps(got, JSON_INDENT(1) | JSON_REAL_PRECISION(10));
            FILE *f = fopen("build/golden-actual.json", "w");
            if (f && g) {
                fputs(g, f);
                fclose(f);
            } else if (f) {
                fclose(f);
            }
            free(g);
            json_decref(want);
            json_decref(got);
            free(text);
            fail_msg("%s differs from %s; actual output in build/golden-actual.json", name, path);
        }
        json_decref(want);
    }
    json_decref(got);
    free(text);
}

static void test_golden(void **state)
{
    (void)state;
    assert_true(each_file(GOLDEN_DIR, ".txt", check_one) >= 4);
}

/* A claim taken from a quote that the attribution splits carries the quote's
 * pieces without the interruption; a claim from one piece carries one. */
static void test_claim_parts(void **state)
{
    static const char text[] =
        "LONDON -- \"We cannot accept this deal,\" the minister said on Monday, "
        "\"because it would cost 4,000 jobs in the north.\"\n\n"
        "The union said that the plan would close three depots.\n";
    struct bl_app app = { models, { SIZE_MAX, SIZE_MAX }, "data", NULL };
    struct bl_extract_status st;
    json_t *got, *claims, *c;
    size_t i, split = 0, single = 0;

    (void)state;
    memset(&st, 0, sizeof st);
    got = bl_extract_json(&app, text, sizeof text - 1, NULL, BL_UNIT_CODEPOINT, BL_PART_ALL, &st);
    assert_non_null(got);
    claims = json_object_get(got, "claims");
    assert_true(json_array_size(claims) >= 2);
    json_array_foreach(claims, i, c) {
        json_t *parts = json_object_get(c, "parts"), *p0, *p1;
        assert_true(json_is_array(parts));
        p0 = json_array_get(parts, 0);
        if (json_array_size(parts) == 2) {
            p1 = json_array_get(parts, 1);
            assert_string_equal(json_string_value(json_object_get(p0, "text")),
                                "We cannot accept this deal,");
            assert_true(strncmp(json_string_value(json_object_get(p1, "text")),
                                "because it would cost 4,000 jobs", 32) == 0);
            assert_int_equal(json_integer_value(json_object_get(p0, "start")),
                             json_integer_value(json_object_get(c, "start")));
            assert_int_equal(json_integer_value(json_object_get(p1, "end")),
                             json_integer_value(json_object_get(c, "end")));
            split++;
        } else {
            assert_int_equal(json_array_size(parts), 1);
            assert_string_equal(json_string_value(json_object_get(p0, "text")),
                                json_string_value(json_object_get(c, "text")));
            single++;
        }
    }
    assert_int_equal(split, 1);
    assert_true(single >= 1);
    json_decref(got);
}

static int setup(void **state)
{
    struct bl_error err = { 0, BL_NONE, "" };
    (void)state;
    json_object_seed(1);
    if (bl_models_load("data", &models, &err) != BL_OK) {
        fprintf(stderr, "cannot load data/: %s\n", err.message);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    bl_models_free(models);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_golden),
                                        cmocka_unit_test(test_claim_parts) };
    return cmocka_run_group_tests_name("golden", tests, setup, teardown);
}
