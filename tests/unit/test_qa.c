/* test_qa.c -- what a fact-checker would expect from the articles in
 * tests/qa/: each NAME.expect beside NAME.txt lists, one a line and fields
 * separated by tabs, the speaker of a quote, the claimant of a claim, the
 * place a mention resolves to, an actor's kind and an entity's type. The
 * articles were written for these tests. A line opening with '?' is a known
 * problem: it is checked and reported, and never fails the test.
 *
 *   quote   TEXT    SPEAKER [KIND]  first quote whose text holds TEXT (and, given
 *                                KIND: direct, partial, indirect, is of that kind); "-": none
 *   noquote TEXT                 no quote's text holds TEXT
 *   claim   TEXT    CLAIMANT     first claim whose text holds TEXT; "-": none
 *   noclaim TEXT                 no claim's text holds TEXT
 *   rank    HIGH    LOW          the first claim holding HIGH is more checkworthy
 *                                than every claim holding LOW (none may hold LOW)
 *   loc     SURF    KIND CC ADM1 SURF's first occurrence ("SURF@2": second);
 *                                KIND "-": no place there; ADM1 "*": any
 *   actor   NAME    KIND         an actor of that name (any case) and kind; "-": none
 *   entity  SURF    TYPE         the entity at SURF's occurrence, "-": none
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "byline.h"
#include "each_file.h"

#define QA_DIR "tests/qa"
#define MAXF   6

static bl_models *models;

struct run {
    const char *name, *text;
    size_t len;
    bl_doc *d;
    int failed, known, fixed, checked;
};

/* Byte offset of the occurrence of "SURF" or "SURF@n" in the text, or -1. */
static long occurrence(const struct run *r, const char *spec)
{
    char surf[256];
    const char *at = strrchr(spec, '@'), *p = r->text;
    int n = 1;
    size_t k = at ? (size_t)(at - spec) : strlen(spec);
    if (k == 0 || k >= sizeof surf)
        return -1;
    memcpy(surf, spec, k);
    surf[k] = '\0';
    if (at)
        n = atoi(at + 1);
    while ((p = strstr(p, surf)) != NULL && --n > 0)
        p += k;
    return p ? (long)(p - r->text) : -1;
}

static const char *actor_name(const struct run *r, int a)
{
    size_t n;
    const struct bl_actor *A = bl_doc_actors(r->d, &n);
    return a >= 0 && (size_t)a < n ? A[a].name : "-";
}

/* Does the span's text hold s? */
static bool holds(const struct run *r, struct bl_span sp, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = sp.start; i + n <= sp.end; i++)
        if (memcmp(r->text + i, s, n) == 0)
            return true;
    return false;
}

static bool same_name(const char *got, const char *want)
{
    return strcasecmp(got, want) == 0;
}

/* Checks one line's fields; writes why it fails to why. */
static bool check(const struct run *r, char **f, int nf, char *why, size_t cap)
{
    size_t n, i;
    if (nf >= 3 && strcmp(f[0], "quote") == 0) {
        const struct bl_quote *q = bl_doc_quotes(r->d, &n);
        for (i = 0; i < n && !(holds(r, q[i].span, f[1]) &&
                               (nf < 4 || strcmp(bl_quote_kind_name(q[i].kind), f[3]) == 0));
             i++)
            ;
        if (i == n) {
            snprintf(why, cap, "no quote%s%s holds [%s]", nf >= 4 ? " of kind " : "",
                     nf >= 4 ? f[3] : "", f[1]);
            return false;
        }
        snprintf(why, cap, "quote [%s]: speaker %s, want %s", f[1], actor_name(r, q[i].speaker),
                 f[2]);
        return same_name(actor_name(r, q[i].speaker), f[2]);
    }
    if (nf >= 2 && strcmp(f[0], "noquote") == 0) {
        const struct bl_quote *q = bl_doc_quotes(r->d, &n);
        for (i = 0; i < n && !holds(r, q[i].span, f[1]); i++)
            ;
        snprintf(why, cap, "a quote holds [%s]", f[1]);
        return i == n;
    }
    if (nf >= 2 && strcmp(f[0], "noclaim") == 0) {
        const struct bl_claim *c = bl_doc_claims(r->d, &n);
        for (i = 0; i < n && !holds(r, c[i].span, f[1]); i++)
            ;
        snprintf(why, cap, "a claim holds [%s]", f[1]);
        return i == n;
    }
    if (nf >= 3 && strcmp(f[0], "rank") == 0) {
        const struct bl_claim *c = bl_doc_claims(r->d, &n);
        for (i = 0; i < n && !holds(r, c[i].span, f[1]); i++)
            ;
        if (i == n) {
            snprintf(why, cap, "no claim holds [%s]", f[1]);
            return false;
        }
        for (size_t k = 0; k < n; k++)
            if (holds(r, c[k].span, f[2]) && c[k].checkworthiness >= c[i].checkworthiness) {
                snprintf(why, cap, "claim [%s] scores %.3f, not above [%s] at %.3f", f[1],
                         c[i].checkworthiness, f[2], c[k].checkworthiness);
                return false;
            }
        return true;
    }
    if (nf >= 3 && strcmp(f[0], "claim") == 0) {
        const struct bl_claim *c = bl_doc_claims(r->d, &n);
        for (i = 0; i < n && !holds(r, c[i].span, f[1]); i++)
            ;
        if (i == n) {
            snprintf(why, cap, "no claim holds [%s]", f[1]);
            return false;
        }
        snprintf(why, cap, "claim [%s]: claimant %s, want %s", f[1], actor_name(r, c[i].claimant),
                 f[2]);
        return same_name(actor_name(r, c[i].claimant), f[2]);
    }
    if (nf >= 3 && strcmp(f[0], "actor") == 0) {
        const struct bl_actor *A = bl_doc_actors(r->d, &n);
        for (i = 0; i < n; i++)
            if (same_name(A[i].name, f[1]))
                break;
        if (i == n) {
            snprintf(why, cap, "no actor %s", f[1]);
            return strcmp(f[2], "-") == 0;
        }
        snprintf(why, cap, "actor %s is %s, want %s", f[1], bl_actor_kind_name(A[i].kind), f[2]);
        return strcmp(bl_actor_kind_name(A[i].kind), f[2]) == 0;
    }
    if (nf >= 3 && strcmp(f[0], "entity") == 0) {
        const struct bl_entity *E = bl_doc_entities(r->d, &n);
        long off = occurrence(r, f[1]);
        const char *got = "-";
        if (off < 0) {
            snprintf(why, cap, "%s is not in the text", f[1]);
            return false;
        }
        for (i = 0; i < n; i++)
            if (E[i].span.start == (size_t)off)
                got = bl_entity_type_name(E[i].type);
        snprintf(why, cap, "entity %s is %s, want %s", f[1], got, f[2]);
        return strcmp(got, f[2]) == 0;
    }
    if (nf >= 3 && strcmp(f[0], "loc") == 0) {
        const struct bl_location *L = bl_doc_locations(r->d, &n);
        const struct bl_location *hit = NULL;
        long off = occurrence(r, f[1]);
        if (off < 0) {
            snprintf(why, cap, "%s is not in the text", f[1]);
            return false;
        }
        for (i = 0; i < n && !hit; i++)
            for (size_t m = 0; m < L[i].nmentions; m++)
                if (L[i].mentions[m].start == (size_t)off)
                    hit = &L[i];
        if (strcmp(f[2], "-") == 0) {
            snprintf(why, cap, "%s resolved to %s, want no place", f[1], hit ? hit->name : "-");
            return hit == NULL;
        }
        if (!hit || nf < 5) {
            snprintf(why, cap, "%s has no place", f[1]);
            return false;
        }
        snprintf(why, cap, "%s -> %s %s %s %s, want %s %s %s", f[1], hit->name,
                 bl_location_kind_name(hit->kind), hit->country_code ? hit->country_code : "-",
                 hit->admin1 ? hit->admin1 : "-", f[2], f[3], f[4]);
        return strcmp(bl_location_kind_name(hit->kind), f[2]) == 0 && hit->country_code &&
               strcmp(hit->country_code, f[3]) == 0 &&
               (strcmp(f[4], "*") == 0 || (hit->admin1 && strcmp(hit->admin1, f[4]) == 0));
    }
    snprintf(why, cap, "bad line");
    return false;
}

static int failed_articles; /* by check_article, in this run of test_qa */

static void check_article(const char *name)
{
    char path[512], why[512];
    char *exp = NULL, *text = NULL, *line, *save = NULL;
    size_t elen = 0;
    struct run r = {0};
    struct bl_error err = {0};

    r.name = name;
    snprintf(path, sizeof path, QA_DIR "/%s.txt", name);
    assert_int_equal(bl_file_read(path, 0, &text, &r.len, NULL), BL_OK);
    r.text = text;
    snprintf(path, sizeof path, QA_DIR "/%s.expect", name);
    assert_int_equal(bl_file_read(path, 0, &exp, &elen, NULL), BL_OK);
    assert_int_equal(bl_doc_create(r.text, r.len, &r.d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(r.d, models, BL_STAGE_ALL, &err), BL_OK);
    for (line = strtok_r(exp, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char *f[MAXF], *p = line, *tsave = NULL;
        int nf = 0;
        bool known = line[0] == '?', ok;
        if (line[0] == '#' || line[0] == '\0')
            continue;
        if (known)
            p++;
        for (char *t = strtok_r(p, "\t", &tsave); t && nf < MAXF; t = strtok_r(NULL, "\t", &tsave))
            f[nf++] = t;
        ok = check(&r, f, nf, why, sizeof why);
        r.checked++;
        if (ok && known) {
            r.fixed++;
            print_message("%s: known problem now right: %s\n", name, why);
        } else if (!ok && known) {
            r.known++;
            if (getenv("QA_KNOWN"))
                print_message("%s: known: %s\n", name, why);
        } else if (!ok) {
            r.failed++;
            print_error("%s: %s\n", name, why);
        }
    }
    print_message("%s: %d checked, %d known problems, %d failed\n", name, r.checked, r.known,
                  r.failed);
    bl_doc_free(r.d);
    free(exp);
    free((char *)r.text);
    if (r.failed) {
        print_error("%s: %d expectations failed\n", name, r.failed);
        failed_articles++;
    }
}

/* Every article is checked, so that one run lists every failure; the test
 * fails at the end when any article did. */
static void test_qa(void **state)
{
    (void)state;
    failed_articles = 0;
    assert_true(each_file(QA_DIR, ".expect", check_article) >= 1);
    assert_int_equal(failed_articles, 0);
}

static int setup(void **state)
{
    struct bl_error err = {0};
    (void)state;
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
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_qa)};
    return cmocka_run_group_tests_name("qa", tests, setup, teardown);
}
