/* test_tagger.c -- the entity tagger: modern names the 1996 training text
 * never saw (our own fixture sentences), document consistency, and model
 * files that are truncated, corrupt or of the wrong version. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <unistd.h>

#include "bl_int.h"
#include "tagger_int.h"

struct fixture {
    bl_tagger *t;
    bl_gazetteer *gz;
};

static int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);
    struct bl_error err = {0};
    if (!f)
        return -1;
    if (bl_tagger_load("data/ner.model", &f->t, &err) != BL_OK) {
        (void)fprintf(stderr, "cannot load data/ner.model: %s\n", err.message);
        free(f);
        return -1;
    }
    /* Without a gazetteer the tagger still runs; the rows must hold anyway. */
    if (bl_gazetteer_load("data", &f->gz, &err) != BL_OK)
        f->gz = NULL;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    bl_tagger_free(f->t);
    bl_gazetteer_free(f->gz);
    free(f);
    return 0;
}

/* Tag text (tokenize, split, tag) into a doc the caller frees. */
static bl_doc *tag(const struct fixture *f, const char *text)
{
    bl_doc *d = NULL;
    assert_int_equal(bl_doc_create(text, strlen(text), &d, NULL), BL_OK);
    assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, NULL), BL_OK);
    assert_int_equal(bl_tagger_run(f->t, f->gz, d), BL_OK);
    return d;
}

static int has_entity(const bl_doc *d, const char *text, const char *name, int type)
{
    size_t i, n = strlen(name);
    for (i = 0; i < d->nents; i++) {
        const struct bl_entity *e = &d->ents[i];
        if (e->span.end - e->span.start == n && !memcmp(text + e->span.start, name, n))
            return e->type == type ? 1 : -1;
    }
    return 0;
}

static void dump(const bl_doc *d, const char *text)
{
    size_t i;
    for (i = 0; i < d->nents; i++)
        (void)fprintf(stderr, "  [%s] %.*s\n", bl_entity_type_name(d->ents[i].type),
                      (int)(d->ents[i].span.end - d->ents[i].span.start),
                      text + d->ents[i].span.start);
}

#define PER  BL_ENT_PERSON
#define ORG  BL_ENT_ORGANIZATION
#define LOC  BL_ENT_LOCATION
#define MISC BL_ENT_MISC

/* A text and an entity the tagger must find in it, with its type. */
struct entity_row {
    const char *text;
    const char *entity;
    int type;
};

/* Our own sentences about 2020s news. Each row: text, an entity as it must
 * appear (exact span), its type. */
static const struct entity_row rows[] = {
    {"Ukrainian President Volodymyr Zelensky met the envoy on Tuesday.", "Volodymyr Zelensky", PER},
    {"Ukrainian President Volodymyr Zelensky met the envoy on Tuesday.", "Ukrainian", MISC},
    {"Zelensky said the talks had been useful.", "Zelensky", PER},
    {"U.S. envoy Steve Witkoff flew to Moscow on Thursday.", "Steve Witkoff", PER},
    {"U.S. envoy Steve Witkoff flew to Moscow on Thursday.", "Moscow", LOC},
    {"Witkoff told reporters that a deal was close.", "Witkoff", PER},
    {"Air raid sirens sounded across Kyiv overnight.", "Kyiv", LOC},
    {"Drones struck an energy plant near Kharkiv, officials in Kyiv said.", "Kyiv", LOC},
    {"The video app TikTok said it would challenge the ban in court.", "TikTok", ORG},
    {"A U.S. ban on TikTok was upheld by the Supreme Court.", "TikTok", ORG},
    {"Shares of TikTok owner ByteDance were not affected.", "ByteDance", ORG},
    {"British Prime Minister Keir Starmer spoke to reporters in London.", "Keir Starmer", PER},
    {"British Prime Minister Keir Starmer spoke to reporters in London.", "London", LOC},
    {"Starmer said Britain would increase its defence budget.", "Britain", LOC},
    {"Kamala Harris campaigned in Pennsylvania on Monday.", "Kamala Harris", PER},
    {"Kamala Harris campaigned in Pennsylvania on Monday.", "Pennsylvania", LOC},
    {"The talks in Riyadh were hosted by Saudi Arabia.", "Riyadh", LOC},
    {"The talks in Riyadh were hosted by Saudi Arabia.", "Saudi Arabia", LOC},
    {"Elon Musk said Tesla would build a new factory in Texas.", "Elon Musk", PER},
    {"Elon Musk said Tesla would build a new factory in Texas.", "Tesla", ORG},
    {"NATO Secretary General Mark Rutte urged allies to spend more.", "Mark Rutte", PER},
    {"NATO Secretary General Mark Rutte urged allies to spend more.", "NATO", ORG},
    {"OpenAI released a new model, the company said in San Francisco.", "San Francisco", LOC},
    {"The European Commission fined Meta Platforms 800 million euros.", "European Commission", ORG},
    {"Giorgia Meloni, the Italian prime minister, arrived in Brussels.", "Giorgia Meloni", PER},
    {"Giorgia Meloni, the Italian prime minister, arrived in Brussels.", "Brussels", LOC},
    {"European Commission President Ursula von der Leyen said the EU would respond.",
     "Ursula von der Leyen", PER},
    /* a Dutch "ten" joins too, whatever the tagger took the surname for */
    {"Manchester United manager Erik ten Hag insisted his side were improving.", "Erik ten Hag",
     PER},
    {"The Bank of England raised interest rates on Thursday.", "Bank of England", ORG},
    {"Russian President Vladimir Putin and Donald Trump spoke by phone.", "Vladimir Putin", PER},
    {"Russian President Vladimir Putin and Donald Trump spoke by phone.", "Donald Trump", PER},
    {"Mayor Ruiz: The harbour will stay open", "Ruiz", PER},
    /* a place split at its particles is one place when the gazetteer knows
     * the whole name */
    {"Soy farmers in Rio Grande do Sul lost half their crop.", "Rio Grande do Sul", LOC},
    {"The agency sent tents to Cox's Bazar, where many refugees live.", "Cox's Bazar", LOC},
    /* the same clean-ups (particles joined, a title dropped) on names well
     * past the first eight tokens, which are skipped eight at a time */
    {"After a long and quiet morning in which nothing at all was decided by anyone, the "
     "commission president Ursula von der Leyen said the talks would go on.",
     "Ursula von der Leyen", PER},
    {"When the rain had stopped and the last of the visitors had gone home for the night, "
     "Mayor Ruiz: The harbour will stay open",
     "Ruiz", PER},
    {"The small committee that met on the third floor every other week for many years thanked "
     "Ludwig van Beethoven",
     "Ludwig van Beethoven", PER},
};

/* Tags each of the n rows and reports (with what was found) every row
 * whose entity is missing; returns how many were. */
static size_t missing_entities(const struct fixture *f, const struct entity_row *r, size_t n)
{
    size_t failed = 0;
    for (size_t i = 0; i < n; i++) {
        bl_doc *d = tag(f, r[i].text);
        if (has_entity(d, r[i].text, r[i].entity, r[i].type) != 1) {
            (void)fprintf(stderr, "row %zu: want [%s] %s in \"%s\"; got:\n", i,
                          bl_entity_type_name(r[i].type), r[i].entity, r[i].text);
            dump(d, r[i].text);
            failed++;
        }
        bl_doc_free(d);
    }
    return failed;
}

static void test_modern_names(void **state)
{
    assert_int_equal(missing_entities(*state, rows, sizeof rows / sizeof rows[0]), 0);
}

/* A given name that is also a town's, before a surname the text uses alone
 * for a person: the person, not a place; the town alone stays a town (the
 * gazetteer's given names tell, so these rows are not in rows). */
static const struct entity_row given_rows[] = {
    {"Sydney Okafor, who ran the shop for a decade, said the rent had doubled. Okafor said "
     "she would move to Sydney.",
     "Sydney Okafor", PER},
    {"Victoria Hale said the plan would fail. Hale added that nobody had asked.", "Victoria Hale",
     PER},
    {"Florence Mbeki, a nurse at the clinic, said staff were tired. Mbeki said more would leave.",
     "Florence Mbeki", PER},
    {"Police in Sydney said the man was arrested. Okafor said she saw him.", "Sydney", LOC},
    /* a police rank before a name is a title (the gazetteer's), no body */
    {"Detective Inspector Mary Cole said the case was closed.", "Mary Cole", PER},
};

/* A country's name with the clitic inside is a place, whatever the tagger
 * took the whole for (the gazetteer tells, so not among rows). */
static const struct entity_row clitic_place_rows[] = {
    {"Envoys of the Democratic People's Republic of Korea walked out.",
     "Democratic People's Republic of Korea", LOC},
};

static void test_clitic_places(void **state)
{
    assert_int_equal(missing_entities(*state, clitic_place_rows,
                                      sizeof clitic_place_rows / sizeof clitic_place_rows[0]),
                     0);
}

static void test_given_name_places(void **state)
{
    assert_int_equal(
        missing_entities(*state, given_rows, sizeof given_rows / sizeof given_rows[0]), 0);
}

/* A name ending in a body's last word is a body, with the capitalised words
 * before it; it ends on a capitalised word (not among rows: the gazetteer's
 * classes help the tagger see the names at all). */
static const struct entity_row body_rows[] = {
    {"Demand peaked at noon, the Australian Energy Market Operator said on Friday.",
     "Australian Energy Market Operator", ORG},
    {"The Computer and Communications Industry Association warned that the rules would deter "
     "investment.",
     "Computer and Communications Industry Association", ORG},
    {"The budget kept money for the Department of Public Safety and for rural clinics.",
     "Department of Public Safety", ORG},
    {"A grant from the Harlow Vance Foundation paid for the clinic.", "Harlow Vance Foundation",
     ORG},
    {"The German Foreign Ministry summoned the ambassador.", "Foreign Ministry", ORG},
    {"The firm is appealing the fine at the General Court in Luxembourg.", "General Court", ORG},
    /* a body's head word before "of" in a name tagged MISC */
    {"The Canadian Association of Harbour Pilots, which had argued for the rule, said it was "
     "disappointed.",
     "Canadian Association of Harbour Pilots", ORG},
};

static void test_body_names(void **state)
{
    assert_int_equal(
        missing_entities(*state, body_rows, sizeof body_rows / sizeof body_rows[0]), 0);
}

/* A name ending in a word for water or land is a place */
static const struct entity_row landform_rows[] = {
    {"Thousands fled after the Brahmaputra River burst its banks on Sunday.", "Brahmaputra River",
     LOC},
    {"Speaking outside City Hall, Reilly said the council could have sold unused buildings.",
     "City Hall", LOC},
};

static void test_landform_places(void **state)
{
    assert_int_equal(missing_entities(*state, landform_rows,
                                      sizeof landform_rows / sizeof landform_rows[0]),
                     0);
}

/* "Seattle-based Pribilof Fisheries" tagged one name: the name after the
 * "-based" word is a body of its own */
static const struct entity_row based_rows[] = {
    {"The boat's owner, Seattle-based Pribilof Fisheries, said it was heartbroken.",
     "Pribilof Fisheries", ORG},
};

static void test_based_names(void **state)
{
    assert_int_equal(
        missing_entities(*state, based_rows, sizeof based_rows / sizeof based_rows[0]), 0);
}

/* A name in the headline takes the type the story gives it below (the
 * first occurrence is the one checked) */
static const struct entity_row headline_rows[] = {
    {"Halvard Lines swings to profit as cargo surges\n\nOSLO - The shipping group Halvard Lines "
     "reported a profit of 80 million crowns on Tuesday.",
     "Halvard Lines", ORG},
};

static void test_headline_types(void **state)
{
    assert_int_equal(missing_entities(*state, headline_rows,
                                      sizeof headline_rows / sizeof headline_rows[0]),
                     0);
}

/* A sentence-case headline's first word is no name when the story never
 * uses it again ("Harbour plan"); a name the story repeats stays one. */
static const struct entity_row headline_name_rows[] = {
    {"Ruiz wins runoff\n\nThe council met on Monday in Leeds. Officials said Ana Ruiz had won by "
     "200 votes.",
     "Ruiz", PER},
};

static void test_headline_opener(void **state)
{
    static const char *const texts[] = {
        "Harbour plan\n\nThe council met on Monday in Leeds. Officials said the work would take "
        "a year.",
        "Ferryman strike ends after deal\n\nThe dockers returned to work in Hull on Monday."};
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        bl_doc *d = tag(*state, texts[k]);
        for (size_t i = 0; i < d->nents; i++)
            if (d->ents[i].span.start == 0) {
                dump(d, texts[k]);
                fail_msg("text %zu: the headline's first word is a name", k);
            }
        bl_doc_free(d);
    }
    assert_int_equal(missing_entities(*state, headline_name_rows,
                                      sizeof headline_name_rows / sizeof headline_name_rows[0]),
                     0);
}

/* A name opening its sentence that "which" takes up is no person. */
static const struct entity_row which_rows[] = {
    {"Meridel, which makes the sensors, said it would appeal.", "Meridel", ORG},
};

static void test_which_bodies(void **state)
{
    assert_int_equal(missing_entities(*state, which_rows, sizeof which_rows / sizeof which_rows[0]),
                     0);
}

/* A name the gazetteer knows as a town of the subdivision named after its
 * comma is that town, whatever the tagger took it for. */
static const struct entity_row qualified_rows[] = {
    {"Further south, Memphis and Jackson, Mississippi, braced for storms.", "Jackson", LOC},
    {"Schools closed in Salem, Oregon, and Cleveland, Ohio, on Monday.", "Cleveland", LOC},
};

static void test_qualified_towns(void **state)
{
    assert_int_equal(missing_entities(*state, qualified_rows,
                                      sizeof qualified_rows / sizeof qualified_rows[0]),
                     0);
}

/* A spaced dash ends a name: "SPRINGFIELD, Ill. — Heavy rain" was tagged
 * "Ill. — Heavy", which hid the state from the dateline's qualifier. */
static void test_dash_ends_names(void **state)
{
    static const char *const texts[] = {
        "SPRINGFIELD, Ill. — Heavy rain flooded roads across the county on Monday.",
        "PEORIA, Ill. — Heavy snow closed schools on Tuesday, officials said."};
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        bl_doc *d = tag(*state, texts[k]);
        const char *dash = strstr(texts[k], "—");
        size_t at = (size_t)(dash - texts[k]);
        for (size_t i = 0; i < d->nents; i++)
            if (d->ents[i].span.start <= at && d->ents[i].span.end > at) {
                dump(d, texts[k]);
                fail_msg("text %zu: a name runs over the dash", k);
            }
        bl_doc_free(d);
    }
}

/* No name opens on a possessive clitic: the tagger once took the "'s" of
 * "the mayor's office said", after a long clause, for a body. */
static void test_no_clitic_names(void **state)
{
    static const char *const texts[] = {
        "If no deal is reached by May 1, most ferry routes would stop, although freight and some "
        "island services would continue to run, the mayor's office said.",
        "If no contract is signed by July 4, most clinics would close, although hospitals, "
        "ambulances and some rural services would continue to operate, the premier's office "
        "said."};
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        bl_doc *d = tag(*state, texts[k]);
        for (size_t i = 0; i < d->nents; i++)
            if (texts[k][d->ents[i].span.start] == '\'') {
                dump(d, texts[k]);
                fail_msg("text %zu: a name opens on a clitic", k);
            }
        bl_doc_free(d);
    }
}

/* Without a gazetteer (data files missing) the tagger still runs and still
 * gets most of the rows right from shape and context alone. */
static void test_without_gazetteer(void **state)
{
    struct fixture f = *(struct fixture *)*state;
    size_t i, right = 0, n = sizeof rows / sizeof rows[0];
    f.gz = NULL;
    for (i = 0; i < n; i++) {
        bl_doc *d = tag(&f, rows[i].text);
        right += has_entity(d, rows[i].text, rows[i].entity, rows[i].type) == 1;
        bl_doc_free(d);
    }
    assert_true(right * 10 >= n * 7);
}

/* A whole article: a surname alone later on keeps the type of the full name,
 * and entities are sorted, non-overlapping and well formed. */
static void test_article(void **state)
{
    const struct fixture *f = *state;
    static const char text[] =
        "ZELENSKY AND WITKOFF DISCUSS CEASEFIRE\n"
        "KYIV, March 3 (Byline) - Ukrainian President Volodymyr Zelensky met U.S. special "
        "envoy Steve Witkoff in Kyiv on Monday to discuss a ceasefire.\n"
        "\"We are ready for peace,\" Zelensky said after the meeting. Witkoff later flew to "
        "Riyadh, where Saudi officials hosted a second round of talks.\n";
    bl_doc *d = tag(f, text);
    size_t i;
    assert_int_equal(has_entity(d, text, "Volodymyr Zelensky", PER), 1);
    assert_int_equal(has_entity(d, text, "Steve Witkoff", PER), 1);
    assert_int_equal(has_entity(d, text, "Riyadh", LOC), 1);
    for (i = 0; i < d->nents; i++) {
        const struct bl_entity *e = &d->ents[i];
        assert_true(e->span.start < e->span.end);
        assert_true(e->span.end <= sizeof text - 1);
        assert_int_equal(e->actor, -1);
        assert_int_equal(e->location, -1);
        if (i > 0)
            assert_true(d->ents[i - 1].span.end <= e->span.start);
        /* every later bare "Zelensky" / "Witkoff" is a person */
        if (e->span.end - e->span.start == 8 && !memcmp(text + e->span.start, "Zelensky", 8))
            assert_int_equal(e->type, PER);
        if (e->span.end - e->span.start == 7 && !memcmp(text + e->span.start, "Witkoff", 7))
            assert_int_equal(e->type, PER);
    }
    bl_doc_free(d);
}

static void test_empty_inputs(void **state)
{
    const struct fixture *f = *state;
    static const char *const texts[] = {"", "   \n\n ", "...", "12 34 -- 56 %", "\"\""};
    size_t i;
    for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        bl_doc *d = tag(f, texts[i]);
        assert_int_equal(d->nents, 0);
        bl_doc_free(d);
    }
    assert_int_equal(bl_tagger_run(NULL, NULL, NULL) == BL_OK, 0);
}

/* One tagger shared by several threads at once, as the server does: every
 * thread gets the entities a lone run gets. */
struct job {
    const struct fixture *f;
    size_t nents[sizeof rows / sizeof rows[0]];
};

static void *tag_all(void *arg)
{
    struct job *j = arg;
    size_t i;
    int round;
    for (round = 0; round < 5; round++)
        for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
            bl_doc *d = NULL;
            if (bl_doc_create(rows[i].text, strlen(rows[i].text), &d, NULL) != BL_OK ||
                bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, NULL) != BL_OK ||
                bl_tagger_run(j->f->t, j->f->gz, d) != BL_OK) {
                j->nents[i] = BL_NONE;
            } else if (round == 0) {
                j->nents[i] = d->nents;
            } else if (j->nents[i] != d->nents) {
                j->nents[i] = BL_NONE;
            }
            bl_doc_free(d);
        }
    return NULL;
}

static void test_threads(void **state)
{
    struct job lone, jobs[4];
    pthread_t th[4];
    size_t k;
    lone.f = *state;
    (void)tag_all(&lone);
    for (k = 0; k < 4; k++) {
        jobs[k].f = *state;
        assert_int_equal(pthread_create(&th[k], NULL, tag_all, &jobs[k]), 0);
    }
    for (k = 0; k < 4; k++) {
        assert_int_equal(pthread_join(th[k], NULL), 0);
        assert_memory_equal(jobs[k].nents, lone.nents, sizeof lone.nents);
    }
}

/* ---- model files ------------------------------------------------------- */

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    n = ftell(f);
    assert_true(n > 0);
    assert_int_equal(fseek(f, 0, SEEK_SET), 0);
    buf = malloc((size_t)n);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    (void)fclose(f);
    *len = (size_t)n;
    return buf;
}

static void spill(const char *path, const void *buf, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(buf, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

static int load_rc(const char *path)
{
    bl_tagger *t = (bl_tagger *)&t; /* must come back NULL on failure */
    struct bl_error err = {0};
    int rc = bl_tagger_load(path, &t, &err);
    if (rc == BL_OK) {
        assert_non_null(t);
        bl_tagger_free(t);
    } else {
        assert_null(t);
        assert_int_equal(err.code, rc);
        assert_true(err.message[0] != '\0');
    }
    return rc;
}

/* A small model written with the real writer, then damaged in every way we
 * can think of. */
static void test_model_files(void **state)
{
    static const uint32_t keys[] = {7, 99, 123456, 0xfffffff0u};
    int16_t q[4 * NER_NCLASS];
    char path[] = "/tmp/test_tagger_XXXXXX";
    char *buf, *bad;
    size_t len, i;
    int fd;
    static const struct {
        size_t off;      /* byte to change (from the start) */
        unsigned char x; /* xor mask */
        int rc;
    } damage[] = {
        {0, 0x01, BL_ERR_FORMAT},   /* magic */
        {7, 0x20, BL_ERR_FORMAT},   /* magic */
        {8, 0x02, BL_ERR_VERSION},  /* version */
        {12, 0x01, BL_ERR_VERSION}, /* feature-set version */
        {16, 0x01, BL_ERR_FORMAT},  /* class count */
        {20, 0x01, BL_ERR_FORMAT},  /* row count no longer matches the size */
        {23, 0x80, BL_ERR_FORMAT},  /* absurd row count */
        {27, 0x80, BL_ERR_FORMAT},  /* negative scale */
        {28, 0x05, BL_ERR_FORMAT},  /* info length */
        {40, 0x10, BL_ERR_FORMAT},  /* a weight: checksum */
    };

    (void)state;
    for (i = 0; i < sizeof q / sizeof q[0]; i++)
        q[i] = (int16_t)((int)i * 37 - 600);
    fd = mkstemp(path);
    assert_true(fd >= 0);
    (void)close(fd);
    assert_int_equal(ner_model_write(path, keys, q, 4, 0.001f, "unit test"), BL_OK);
    assert_int_equal(load_rc(path), BL_OK);
    buf = slurp(path, &len);
    bad = malloc(len + 8);
    assert_non_null(bad);

    /* every truncation is refused */
    for (i = 0; i < len; i++) {
        spill(path, buf, i);
        assert_int_equal(load_rc(path), BL_ERR_FORMAT);
    }
    /* trailing garbage */
    memcpy(bad, buf, len);
    memcpy(bad + len, "garbage!", 8);
    spill(path, bad, len + 8);
    assert_int_equal(load_rc(path), BL_ERR_FORMAT);
    /* single damaged bytes */
    for (i = 0; i < sizeof damage / sizeof damage[0]; i++) {
        memcpy(bad, buf, len);
        bad[damage[i].off] = (char)(bad[damage[i].off] ^ damage[i].x);
        spill(path, bad, len);
        assert_int_equal(load_rc(path), damage[i].rc);
    }
    /* every single bit flip anywhere is caught */
    for (i = 0; i < len * 8; i++) {
        memcpy(bad, buf, len);
        bad[i / 8] = (char)(bad[i / 8] ^ (1 << (i % 8)));
        spill(path, bad, len);
        assert_int_not_equal(load_rc(path), BL_OK);
    }
    (void)unlink(path);
    assert_int_equal(load_rc(path), BL_ERR_NOTFOUND);
    free(bad);
    free(buf);
}

/* The shipped model, cut short at a few places. */
static void test_real_model_truncated(void **state)
{
    char path[] = "/tmp/test_tagger_XXXXXX";
    size_t len, i;
    char *buf = slurp("data/ner.model", &len);
    const size_t cuts[] = {0, 7, 8, 31, 32, 100, len / 2, len - 5, len - 4, len - 1};
    int fd = mkstemp(path);

    (void)state;
    assert_true(fd >= 0);
    (void)close(fd);
    for (i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        spill(path, buf, cuts[i]);
        assert_int_equal(load_rc(path), BL_ERR_FORMAT);
    }
    spill(path, buf, len);
    assert_int_equal(load_rc(path), BL_OK);
    (void)unlink(path);
    free(buf);
}

/* The classes the tagger keeps of each word token (d->tok_gz) answer as
 * the gazetteer itself does, with and without them; another gazetteer or
 * a doc the tagger has not run on asks the gazetteer. */
static const char *const kept_texts[] = {
    "President Lena Marsh of Brazil met NATO officials in Texas on Friday, a spokesperson said.",
    "THE RUSSIAN MINISTRY SAYS NOTHING.\n\nSaint-Denis, Kyiv-based Acme Corp and St. Louis 's mayor.",
    "\u201cWe will see,\u201d said Sen. Tom Baker - a Republican - in Paris.",
};

static void test_kept_classes(void **state)
{
    const struct fixture *f = *state;
    size_t r, i;
    for (r = 0; r < sizeof kept_texts / sizeof kept_texts[0]; r++) {
        bl_doc *d = tag(f, kept_texts[r]);
        uint16_t *kept = d->tok_gz;
        size_t hits = 0;
        assert_non_null(kept);
        assert_ptr_equal(d->tok_gz_src, f->gz);
        for (i = 0; i < d->ntoks; i++) {
            const struct bl_token *t = &d->toks[i];
            unsigned want = bl_gazetteer_classes(f->gz, d->text + t->start, t->end - t->start);
            if (bl_gazetteer_token_classes(f->gz, d, i) != want)
                fail_msg("text %zu token %zu: kept %u, want %u", r, i,
                         bl_gazetteer_token_classes(f->gz, d, i), want);
            hits += want != 0;
            d->tok_gz = NULL;
            assert_int_equal(bl_gazetteer_token_classes(f->gz, d, i), want);
            d->tok_gz = kept;
            assert_int_equal(bl_gazetteer_token_classes(NULL, d, i),
                             bl_gazetteer_classes(NULL, d->text + t->start, t->end - t->start));
        }
        assert_true(hits > 0);
        /* spelling numbers: equal exactly for the same bytes and kind */
        assert_non_null(d->tok_word);
        for (i = 0; i < d->ntoks; i++) {
            const struct bl_token *t = &d->toks[i];
            size_t j;
            assert_true(d->tok_word[i] < d->nwords);
            for (j = 0; j < i; j++) {
                const struct bl_token *o = &d->toks[j];
                bool same = t->kind == o->kind && t->end - t->start == o->end - o->start &&
                            !memcmp(d->text + t->start, d->text + o->start, t->end - t->start);
                assert_int_equal(d->tok_word[i] == d->tok_word[j], same);
            }
        }
        /* tagged again without a gazetteer: no classes kept */
        assert_int_equal(bl_tagger_run(f->t, NULL, d), BL_OK);
        assert_null(d->tok_gz);
        assert_non_null(d->tok_word);
        bl_doc_free(d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_modern_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_body_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_headline_types, setup, teardown),
        cmocka_unit_test_setup_teardown(test_headline_opener, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dash_ends_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_qualified_towns, setup, teardown),
        cmocka_unit_test_setup_teardown(test_which_bodies, setup, teardown),
        cmocka_unit_test_setup_teardown(test_landform_places, setup, teardown),
        cmocka_unit_test_setup_teardown(test_based_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_clitic_places, setup, teardown),
        cmocka_unit_test_setup_teardown(test_given_name_places, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_clitic_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_without_gazetteer, setup, teardown),
        cmocka_unit_test_setup_teardown(test_article, setup, teardown),
        cmocka_unit_test_setup_teardown(test_kept_classes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_threads, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty_inputs, setup, teardown),
        cmocka_unit_test(test_model_files),
        cmocka_unit_test(test_real_model_truncated),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
