/* replay.c -- runs the saved inputs of one fuzz target (its seed corpus and
 * the crashers found so far) through the same entry point, without
 * libFuzzer, so `make test` (and `make check` under the sanitizers) keeps
 * them fixed. The target comes from the program's name: fuzz_replay_NAME
 * reads tests/fuzz/corpus/NAME and tests/fuzz/regressions/NAME. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char target[64];

/* Read all of path into a malloc'd buffer of exactly its size. */
static uint8_t *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    uint8_t *b = NULL;
    long n;
    if (!f)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
        b = malloc((size_t)n ? (size_t)n : 1);
        if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
            free(b);
            b = NULL;
        }
        *len = (size_t)n;
    }
    (void)fclose(f);
    return b;
}

/* Replay every regular file in dir; returns how many. */
static int replay_dir(const char *dir)
{
    DIR *dp = opendir(dir);
    struct dirent *de;
    int n = 0;
    if (!dp)
        return 0;
    while ((de = readdir(dp)) != NULL) {
        char path[1024];
        size_t len = 0;
        uint8_t *b;
        if (de->d_name[0] == '.')
            continue;
        (void)snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        b = slurp(path, &len);
        if (!b)
            continue;
        LLVMFuzzerTestOneInput(b, len);
        free(b);
        n++;
    }
    (void)closedir(dp);
    return n;
}

static void test_replay(void **state)
{
    const char *root = getenv("BYLINE_FUZZ_DIR");
    char dir[512];
    int n;
    (void)state;
    if (!root)
        root = "tests/fuzz";
    (void)snprintf(dir, sizeof dir, "%s/corpus/%s", root, target);
    n = replay_dir(dir);
    (void)snprintf(dir, sizeof dir, "%s/regressions/%s", root, target);
    n += replay_dir(dir);
    (void)fprintf(stderr, "fuzz replay %s: %d inputs\n", target, n);
    assert_true(n > 0); /* an empty corpus means a wrong directory */
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_replay) };
    const char *base = strrchr(argv[0], '/'), *name;
    int rc;
    base = base ? base + 1 : argv[0];
    name = strncmp(base, "fuzz_replay_", 12) == 0 ? base + 12 : base;
    (void)snprintf(target, sizeof target, "%s", name);
    LLVMFuzzerInitialize(&argc, &argv);
    rc = cmocka_run_group_tests_name(target, tests, NULL, NULL);
    bl_fuzz_cleanup();
    return rc;
}
