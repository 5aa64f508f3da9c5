/* test_config.c -- bylined's settings: defaults, file, environment and flags,
 * each beating the one before, and bad values refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "bl_server.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char cfg_path[] = "/tmp/byline-cfg-XXXXXX";

static int load(struct bl_config *c, const char *const *args)
{
    char *argv[32];
    int argc = 0;
    argv[argc++] = "bylined";
    while (args && *args && argc < 31)
        argv[argc++] = (char *)*args++;
    argv[argc] = NULL;
    return bl_config_load(c, argc, argv);
}

static void test_defaults(void **state)
{
    struct bl_config c;
    (void)state;
    assert_int_equal(load(&c, NULL), 0);
    assert_string_equal(c.host, "127.0.0.1");
    assert_int_equal(c.port, 8080);
    assert_int_equal(c.max_body, 1 << 20);
    assert_int_equal(c.norigins, 0);
    assert_true(c.access_log);
    assert_false(c.pin_workers);
    bl_config_free(&c);
}

static void test_precedence(void **state)
{
    struct bl_config c;
    FILE *f;
    int fd;
    (void)state;
    fd = mkstemp(cfg_path);
    assert_true(fd >= 0);
    f = fdopen(fd, "w");
    fputs("{\"_comment\": \"x\", \"port\": 9000, \"threads\": 3, \"max_body\": \"2M\", "
          "\"host\": \"0.0.0.0\", \"cors_origins\": [\"https://a.example\"], \"access_log\": false}",
          f);
    fclose(f);

    setenv("BYLINE_CONFIG", cfg_path, 1);
    assert_int_equal(load(&c, NULL), 0);
    assert_int_equal(c.port, 9000);
    assert_int_equal(c.threads, 3);
    assert_int_equal(c.max_body, 2u << 20);
    assert_string_equal(c.host, "0.0.0.0");
    assert_int_equal(c.norigins, 1);
    assert_string_equal(c.origins[0], "https://a.example");
    assert_false(c.access_log);
    bl_config_free(&c);

    /* The environment beats the file ... */
    setenv("BYLINE_PORT", "9100", 1);
    setenv("BYLINE_CORS_ORIGINS", "https://b.example, https://c.example", 1);
    assert_int_equal(load(&c, NULL), 0);
    assert_int_equal(c.port, 9100);
    assert_int_equal(c.threads, 3);
    assert_int_equal(c.norigins, 2);
    assert_string_equal(c.origins[1], "https://c.example");
    bl_config_free(&c);

    /* ... and flags beat the environment. */
    {
        const char *args[] = { "--port", "9200", "--max-body=512K", "--access-log",
                               "--conn-memory", "64K", "--pin-workers", "on", NULL };
        assert_int_equal(load(&c, args), 0);
        assert_int_equal(c.port, 9200);
        assert_int_equal(c.max_body, 512u << 10);
        assert_int_equal(c.conn_memory, 64u << 10);
        assert_true(c.pin_workers);
        assert_true(c.access_log);
        bl_config_free(&c);
    }
    unsetenv("BYLINE_PORT");
    unsetenv("BYLINE_CORS_ORIGINS");
    unsetenv("BYLINE_CONFIG");
    unlink(cfg_path);
}

static void test_bad_values(void **state)
{
    static const char *const rows[][3] = {
        { "--port", "70000", NULL },
        { "--port", "-1", NULL },
        { "--max-body", "0", NULL },
        { "--max-body", "12Q", NULL },
        { "--threads", "lots", NULL },
        { "--io-threads", "0", NULL },
        { "--io-threads", "65", NULL },
        { "--conn-memory", "2K", NULL },
        { "--conn-memory", "32M", NULL },
        { "--resume-batch", "0", NULL },
        { "--resume-hold", "0", NULL },
        { "--resume-wait", "2000000", NULL },
        { "--bogus", "1", NULL },
        { "--port", NULL, NULL },
        { "stray", NULL, NULL },
        { "--config", "/nonexistent/byline.json", NULL },
        { "--access_log", "maybe", NULL },
        { "--pin-workers", "maybe", NULL },
    };
    (void)state;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        struct bl_config c;
        assert_int_equal(load(&c, rows[i]), -1);
        bl_config_free(&c);
    }
}

static void test_help_version(void **state)
{
    static const char *const help[] = { "--help", NULL }, *const ver[] = { "--version", NULL };
    struct bl_config c;
    (void)state;
    assert_int_equal(load(&c, help), 1);
    bl_config_free(&c);
    assert_int_equal(load(&c, ver), 1);
    bl_config_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_precedence),
        cmocka_unit_test(test_bad_values),
        cmocka_unit_test(test_help_version),
    };
    unsetenv("BYLINE_CONFIG");
    return cmocka_run_group_tests_name("config", tests, NULL, NULL);
}
