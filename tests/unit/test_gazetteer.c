/* test_gazetteer.c -- the gazetteer loaded from data/: place lookups by exact
 * and normalised name, word classes, genders, demonyms, country / capital /
 * admin1 lookups, and truncated or corrupt files refused with a clear error. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "bl_int.h"

#ifndef BL_DATADIR
#define BL_DATADIR "data"
#endif

struct norm_row {
    const char *in, *out;
};

static const struct norm_row norm_rows[] = {
    {"Kyiv", "kyiv"},
    {"São Paulo", "sao paulo"},
    {"St. Petersburg", "saint petersburg"},
    {"Saint-Petersburg", "saint petersburg"},
    {"  Côte d’Ivoire ", "cote divoire"},
    {"U.S.", "us"},
    {"Baden-Württemberg", "baden wurttemberg"},
    {"Mt. Everest", "mount everest"},
    {"Straße", "strasse"},
    {"KRAMATORS’K", "kramatorsk"},
    {"...", ""},
};

static void test_normalize(void **state)
{
    size_t i;
    char buf[64];
    (void)state;
    for (i = 0; i < sizeof norm_rows / sizeof norm_rows[0]; i++) {
        size_t n =
            bl_gazetteer_normalize(norm_rows[i].in, strlen(norm_rows[i].in), buf, sizeof buf);
        if (n != strlen(norm_rows[i].out) || (n && strcmp(buf, norm_rows[i].out) != 0))
            fail_msg("row %zu: '%s' -> '%s', want '%s'", i, norm_rows[i].in, n ? buf : "",
                     norm_rows[i].out);
    }
    /* Too long for the buffer: no key rather than a cut one. */
    assert_int_equal(bl_gazetteer_normalize("Saint Petersburg", 16, buf, 8), 0);
}

struct place_row {
    const char *name;
    int kind;       /* of the first place */
    const char *cc; /* of the first place */
    double lat, lon;
    const char *admin1_code; /* of the first place, or NULL: not checked */
    int second_kind;         /* -1: not checked */
    const char *second_cc;
};

static const struct place_row place_rows[] = {
    {"Kyiv", BL_LOC_CITY, "UA", 50.45, 30.52, NULL, -1, NULL},
    {"Kiev", BL_LOC_CITY, "UA", 50.45, 30.52, NULL, -1, NULL},
    {"São Paulo", BL_LOC_CITY, "BR", -23.55, -46.64, NULL, -1, NULL},
    {"Sao Paulo", BL_LOC_CITY, "BR", -23.55, -46.64, NULL, -1, NULL},
    {"St. Petersburg", BL_LOC_CITY, "RU", 59.94, 30.31, NULL, -1, NULL},
    {"Saint Petersburg", BL_LOC_CITY, "RU", 59.94, 30.31, NULL, -1, NULL},
    {"Paris", BL_LOC_CITY, "FR", 48.85, 2.35, NULL, BL_LOC_CITY, NULL},
    {"Georgia", BL_LOC_COUNTRY, "GE", 42.0, 43.5, NULL, BL_LOC_ADMIN1, "US"},
    {"Riyadh", BL_LOC_CITY, "SA", 24.69, 46.72, NULL, -1, NULL},
    {"Texas", BL_LOC_ADMIN1, "US", 31.0, -98.0, "US-TX", -1, NULL},
    {"Middle East", BL_LOC_REGION, "", 29.3, 42.5, NULL, -1, NULL},
    {"Donbas", BL_LOC_REGION, "UA", 48.0, 38.0, NULL, -1, NULL},
    {"Crimea", BL_LOC_ADMIN1, "UA", 45.0, 34.1, "UA-43", -1, NULL},
    {"Bavaria", BL_LOC_ADMIN1, "DE", 49.0, 11.5, "DE-BY", -1, NULL},
    {"Britain", BL_LOC_COUNTRY, "GB", 54.0, -2.0, NULL, -1, NULL},
    {"United States", BL_LOC_COUNTRY, "US", 39.8, -98.6, NULL, -1, NULL},
    {"Kent", BL_LOC_CITY, "US", 47.38, -122.23, NULL, BL_LOC_REGION, "GB"},
    {"Rajasthan", BL_LOC_ADMIN1, "IN", 27.0, 74.2, "IN-RJ", -1, NULL},
    {"RUSSIA", BL_LOC_COUNTRY, "RU", 60.0, 100.0, NULL, -1, NULL},
    {"Washington", BL_LOC_CITY, "US", 38.9, -77.04, NULL, -1, NULL},
    {"New York", BL_LOC_CITY, "US", 40.71, -74.0, NULL, -1, NULL},
    {"Houston", BL_LOC_CITY, "US", 29.76, -95.36, "US-TX", -1, NULL},
    /* provinces named after their city (kind 'A' rows): the name is the
     * city, and the province still names its towns' admin1 */
    {"Kyoto", BL_LOC_CITY, "JP", 35.02, 135.75, "JP-26", -1, NULL},
    {"Uji", BL_LOC_CITY, "JP", 34.89, 135.80, "JP-26", -1, NULL},
    {"Konya", BL_LOC_CITY, "TR", 37.87, 32.48, "TR-42", -1, NULL},
    {"Hiroshima", BL_LOC_CITY, "JP", 34.39, 132.45, "JP-34", -1, NULL},
    /* subdivisions matched through their neighbours' numbering (generate.js
     * sequenceCodes): Kenya's counties */
    {"Lodwar", BL_LOC_CITY, "KE", 3.12, 35.60, "KE-43", -1, NULL},
    {"Eldoret", BL_LOC_CITY, "KE", 0.52, 35.27, "KE-44", -1, NULL},
    {"Maralal", BL_LOC_CITY, "KE", 1.10, 36.70, "KE-37", -1, NULL},
    /* towns GeoNames names in another language or in two (Sitten, Biel/Bienne) */
    {"Sion", BL_LOC_CITY, "CH", 46.23, 7.36, "CH-VS", -1, NULL},
    {"Bienne", BL_LOC_CITY, "CH", 47.14, 7.25, "CH-BE", -1, NULL},
    {"Biel", BL_LOC_CITY, "CH", 47.14, 7.25, "CH-BE", -1, NULL},
    /* English names of cities GeoNames spells otherwise: an "alias" row
     * ranks the city by population among the name's namesakes
     * (Braunschweig before Brunswick, Ohio; Zuwarah, the only reading), a
     * "place" row before them (Lucerne: the city, not its canton) */
    {"Brunswick", BL_LOC_CITY, "DE", 52.27, 10.53, "DE-NI", BL_LOC_CITY, "US"},
    {"Zuwara", BL_LOC_CITY, "LY", 32.93, 12.08, NULL, -1, NULL},
    {"Lucerne", BL_LOC_CITY, "CH", 47.05, 8.31, "CH-LU", -1, NULL},
    {"Ciudad Juarez", BL_LOC_CITY, "MX", 31.72, -106.46, NULL, -1, NULL},
    {"Misrata", BL_LOC_CITY, "LY", 32.38, 15.09, NULL, -1, NULL},
    {"Hama", BL_LOC_CITY, "SY", 35.13, 36.75, NULL, -1, NULL},
};

static void test_places(void **state)
{
    const bl_gazetteer *g = *state;
    size_t i;
    for (i = 0; i < sizeof place_rows / sizeof place_rows[0]; i++) {
        const struct place_row *r = &place_rows[i];
        const struct bl_place *out[8];
        size_t n = bl_gazetteer_places(g, r->name, strlen(r->name), out, 8);
        if (n == 0)
            fail_msg("row %zu: %s not found", i, r->name);
        if (out[0]->kind != r->kind || strcmp(out[0]->cc, r->cc) != 0)
            fail_msg("row %zu: %s -> %s kind %d cc '%s', want kind %d cc '%s'", i, r->name,
                     out[0]->name, out[0]->kind, out[0]->cc, r->kind, r->cc);
        if (fabs(out[0]->lat - r->lat) > 1.5 || fabs(out[0]->lon - r->lon) > 1.5)
            fail_msg("row %zu: %s at %.2f,%.2f, want near %.2f,%.2f", i, r->name, out[0]->lat,
                     out[0]->lon, r->lat, r->lon);
        if (r->admin1_code &&
            (!out[0]->admin1_code || strcmp(out[0]->admin1_code, r->admin1_code) != 0))
            fail_msg("row %zu: %s admin1 %s, want %s", i, r->name,
                     out[0]->admin1_code ? out[0]->admin1_code : "(null)", r->admin1_code);
        if (r->second_kind >= 0) {
            size_t j;
            bool found = false;
            for (j = 1; j < n && j < 8; j++)
                if (out[j]->kind == r->second_kind &&
                    (!r->second_cc || strcmp(out[j]->cc, r->second_cc) == 0))
                    found = true;
            if (!found)
                fail_msg("row %zu: %s has no second reading kind %d", i, r->name, r->second_kind);
        }
    }
    /* Paris: France's first by population, then the US Parises. */
    {
        const struct bl_place *out[32];
        size_t n = bl_gazetteer_places(g, "Paris", 5, out, 32), j;
        assert_true(n >= 5);
        for (j = 2; j < n && j < 32; j++)
            if (out[j]->kind == BL_LOC_CITY && out[j - 1]->kind == BL_LOC_CITY)
                assert_true(out[j]->population <= out[j - 1]->population);
    }
    assert_int_equal(bl_gazetteer_places(g, "Xyzzyville", 10, NULL, 0), 0);
}

struct class_row {
    const char *s;
    unsigned want; /* these bits must be set */
    unsigned not ; /* these must not */
};

static const struct class_row class_rows[] = {
    {"Anna", BL_GZ_GIVEN_NAME, BL_GZ_TITLE},
    {"John", BL_GZ_GIVEN_NAME, 0},
    {"Keir", BL_GZ_GIVEN_NAME, 0},
    {"President", BL_GZ_TITLE, 0},
    {"Prime Minister", BL_GZ_TITLE, 0},
    {"Secretary of State", BL_GZ_TITLE, 0},
    {"Sen.", BL_GZ_TITLE, 0},
    {"spokesperson", BL_GZ_TITLE, 0},
    {"Inc", BL_GZ_ORG_SUFFIX, 0},
    {"Ministry", BL_GZ_ORG_SUFFIX, 0},
    {"NATO", BL_GZ_ORG, 0},
    {"Kremlin", BL_GZ_ORG, 0},
    {"Russian", BL_GZ_DEMONYM, BL_GZ_COUNTRY},
    {"Ukrainians", BL_GZ_DEMONYM, 0},
    {"France", BL_GZ_COUNTRY, BL_GZ_CITY},
    {"Texas", BL_GZ_ADMIN1, 0},
    {"Riyadh", BL_GZ_CITY, 0},
    {"Middle East", BL_GZ_REGION, 0},
    {"Smith", BL_GZ_SURNAME, 0},
    {"Va.", 0, BL_GZ_ADMIN1},
    {"the", 0, ~0u},
};

static void test_classes(void **state)
{
    const bl_gazetteer *g = *state;
    size_t i;
    for (i = 0; i < sizeof class_rows / sizeof class_rows[0]; i++) {
        unsigned c = bl_gazetteer_classes(g, class_rows[i].s, strlen(class_rows[i].s));
        if ((c & class_rows[i].want) != class_rows[i].want || (c & class_rows[i].not ))
            fail_msg("row %zu: %s classes 0x%x", i, class_rows[i].s, c);
    }
}

/* A word of 4 to 16 ASCII letters is looked up on a short path (hashed and
 * compared from registers); with a period after it, the same key goes the
 * general way. Both must agree, in any case, found or not. */
static void test_word_path(void **state)
{
    /* real names of every length from 4 to 18 bytes, and a few that are not */
    static const char words[] =
        "Paris London Washington Mississippi Johannesburg Ouagadougou Minister President Mary "
        "John Kyiv Texas Vladimir Smith Russian Spokesperson Chairwoman Saskatchewan Kazakhstan "
        "Philippines Thiruvananthapuram Oslo Rome Zqxvwplm Ab Z\xC3\xBCrich Jerusalem Madagascar "
        "Nottinghamshire Elm";
    const bl_gazetteer *g = *state;
    char w[64], dotted[72];
    size_t found = 0;
    unsigned seed = 77;
    const char *at = words;
    for (size_t r = 0; r < 400; r++) {
        size_t n;
        if (r < 90) { /* each listed word as written, in capitals, in lower case */
            n = strcspn(at, " ");
            memcpy(w, at, n);
            w[n] = '\0';
            for (size_t k = 0; k < n; k++) {
                if (r >= 30 && r < 60 && w[k] >= 'a' && w[k] <= 'z')
                    w[k] = (char)(w[k] - 32);
                if (r >= 60 && w[k] >= 'A' && w[k] <= 'Z')
                    w[k] = (char)(w[k] + 32);
            }
            at = at[n] ? at + n + 1 : words;
        } else { /* letters at random, 3 to 17 of them */
            n = 3 + r % 15;
            for (size_t k = 0; k < n; k++) {
                seed = seed * 1103515245u + 12345u;
                w[k] = "aeioulnrstmpAEIOULNRST"[(seed >> 16) % 22];
            }
            w[n] = '\0';
        }
        (void)snprintf(dotted, sizeof dotted, "%s.", w);
        {
            const struct bl_place *a[8], *b[8];
            unsigned ca = bl_gazetteer_classes(g, w, n);
            unsigned cb = bl_gazetteer_classes(g, dotted, n + 1);
            size_t pa = bl_gazetteer_places(g, w, n, a, 8);
            size_t pb = bl_gazetteer_places(g, dotted, n + 1, b, 8);
            if (ca != cb || pa != pb || (pa && a[0] != b[0]))
                fail_msg("%s: classes 0x%x, %zu places; with a period 0x%x, %zu", w, ca, pa, cb,
                         pb);
            found += ca != 0;
        }
    }
    assert_true(found >= 40); /* the rows compare found words, not only misses */
}

/* bl_gazetteer_may_lead: never false for the first word of a name of two or
 * more words of those classes; true (unsure) for what is not one plain
 * ASCII word; false for most words that start no such name. */
struct lead_row {
    const char *phrase; /* a name of two or more words, or one word */
    unsigned classes;
};

static const struct lead_row lead_rows[] = {
    {"Prime Minister", BL_GZ_TITLE}, {"Foreign Minister", BL_GZ_TITLE},
    {"New York", BL_GZ_CITY},        {"Saudi Arabia", BL_GZ_COUNTRY},
    {"St. Louis", BL_GZ_CITY},       {"al-Assad", BL_GZ_TITLE},
    {"caf\xC3\xA9", BL_GZ_TITLE},     {"", BL_GZ_TITLE},
    {"...", BL_GZ_TITLE},            {"United States", BL_GZ_COUNTRY},
    {"Democratic Republic of the Congo", BL_GZ_COUNTRY},
};

/* Words of 4 to 16 letters take a quick path: the same answer as the
 * byte-by-byte one, which a period (dropped by normalisation) sends them
 * down. */
static const char *const lead_words[] = {"Saudi", "Foreign", "United", "Democratic", "Zqxvw",
                                         "Blorptic", "NEW", "York", "Massachusetts",
                                         "Internationalise", "Abcdefghijklmnop", "Abcdefghijklmnopq"};

static void test_may_lead(void **state)
{
    static const char *const nonsense[] = {"Zqxvw", "Blorptic", "Quuxly", "Frobnitz", "Xyzzyq",
                                           "Plughh", "Wibblet", "Snorkq", "Grault", "Garplyx"};
    const bl_gazetteer *g = *state;
    size_t i, no = 0;
    for (i = 0; i < sizeof lead_rows / sizeof lead_rows[0]; i++) {
        const char *s = lead_rows[i].phrase, *sp = strchr(s, ' ');
        size_t n = sp ? (size_t)(sp - s) : strlen(s);
        if (sp && !(bl_gazetteer_classes(g, s, strlen(s)) & lead_rows[i].classes))
            fail_msg("row %zu: %s is not in the gazetteer", i, s);
        if (!bl_gazetteer_may_lead(g, s, n, lead_rows[i].classes))
            fail_msg("row %zu: %.*s may lead no name", i, (int)n, s);
    }
    for (i = 0; i < sizeof nonsense / sizeof nonsense[0]; i++)
        no += !bl_gazetteer_may_lead(g, nonsense[i], strlen(nonsense[i]), BL_GZ_TITLE);
    assert_true(no >= 8); /* a word may share its bit with a real one */
    for (i = 0; i < sizeof lead_words / sizeof lead_words[0]; i++) {
        char buf[32];
        size_t n = strlen(lead_words[i]);
        memcpy(buf, lead_words[i], n);
        buf[n] = '.';
        /* the word-list classes' set, and the set of all */
        if (bl_gazetteer_may_lead(g, buf, n, BL_GZ_TITLE) !=
                bl_gazetteer_may_lead(g, buf, n + 1, BL_GZ_TITLE) ||
            bl_gazetteer_may_lead(g, buf, n, BL_GZ_CITY) !=
                bl_gazetteer_may_lead(g, buf, n + 1, BL_GZ_CITY))
            fail_msg("%s: the quick path and the slow one differ", lead_words[i]);
    }
    assert_true(bl_gazetteer_may_lead(NULL, "Prime", 5, BL_GZ_TITLE));
}

struct gender_row {
    const char *s;
    int g;
};

static const struct gender_row gender_rows[] = {
    {"John", 'm'}, {"Mary", 'f'}, {"Vladimir", 'm'}, {"Ursula", 'f'}, {"Paris", 0}, {"", 0},
};

struct demonym_row {
    const char *s, *cc;
};

static const struct demonym_row demonym_rows[] = {
    {"Russian", "RU"}, {"British", "GB"},   {"American", "US"}, {"Ukrainian", "UA"},
    {"Saudi", "SA"},   {"French", "FR"},    {"Israeli", "IL"},  {"Georgian", "GE"},
    {"Paris", NULL},   {"President", NULL},
};

static void test_gender_demonym(void **state)
{
    const bl_gazetteer *g = *state;
    size_t i;
    for (i = 0; i < sizeof gender_rows / sizeof gender_rows[0]; i++) {
        int got = bl_gazetteer_gender(g, gender_rows[i].s, strlen(gender_rows[i].s));
        if (got != gender_rows[i].g)
            fail_msg("row %zu: %s gender %d, want %d", i, gender_rows[i].s, got, gender_rows[i].g);
    }
    for (i = 0; i < sizeof demonym_rows / sizeof demonym_rows[0]; i++) {
        char cc[3] = "";
        bool ok = bl_gazetteer_demonym(g, demonym_rows[i].s, strlen(demonym_rows[i].s), cc);
        if (ok != (demonym_rows[i].cc != NULL) || (ok && strcmp(cc, demonym_rows[i].cc) != 0))
            fail_msg("row %zu: %s demonym %d '%s'", i, demonym_rows[i].s, ok, cc);
    }
}

static void test_codes(void **state)
{
    const bl_gazetteer *g = *state;
    const struct bl_place *p;

    p = bl_gazetteer_country(g, "fr");
    assert_non_null(p);
    assert_string_equal(p->name, "France");
    p = bl_gazetteer_capital(g, "FR");
    assert_non_null(p);
    assert_string_equal(p->name, "Paris");
    assert_true(p->flags & BL_PLACE_CAPITAL);
    p = bl_gazetteer_capital(g, "SA");
    assert_non_null(p);
    assert_string_equal(p->name, "Riyadh");
    p = bl_gazetteer_admin1(g, "US-TX");
    assert_non_null(p);
    assert_string_equal(p->name, "Texas");
    p = bl_gazetteer_by_id(g, 703448);
    assert_non_null(p);
    assert_string_equal(p->name, "Kyiv");
    /* An admin1 named after its city is found by code, never by name. */
    p = bl_gazetteer_admin1(g, "JP-26");
    assert_non_null(p);
    assert_string_equal(p->name, "Kyoto");
    assert_int_equal(p->kind, BL_LOC_ADMIN1);
    {
        const struct bl_place *out[32];
        size_t n = bl_gazetteer_places(g, "Kyoto", 5, out, 32), j;
        for (j = 0; j < n && j < 32; j++)
            assert_int_not_equal(out[j]->kind, BL_LOC_ADMIN1);
        p = bl_gazetteer_places(g, "Uji", 3, out, 32) > 0 ? out[0] : NULL;
        assert_non_null(p);
        assert_non_null(p->admin1);
        assert_string_equal(p->admin1, "Kyoto");
        assert_ptr_equal(bl_gazetteer_admin1_of(g, p), bl_gazetteer_admin1(g, "JP-26"));
    }
    assert_null(bl_gazetteer_country(g, "ZZ"));
    assert_null(bl_gazetteer_country(g, "FRA"));
    assert_null(bl_gazetteer_admin1(g, "XX-YY"));
    assert_null(bl_gazetteer_by_id(g, 1));
}

/* Memory: the issue caps the gazetteer at 60 MB resident. How fast lookups
 * are is measured by make bench, never here. */
static void test_memory(void **state)
{
    const bl_gazetteer *g = *state;
    assert_true(bl_gazetteer_bytes(g) > 1000000);
    assert_true(bl_gazetteer_bytes(g) <= 60u * 1024 * 1024);
}

/* Copy data/ to a temporary directory with one file replaced by a damaged
 * version, and check the load fails with the expected code and message. */
static int copy_file(const char *from, const char *to, long cut, const char *append)
{
    FILE *in = fopen(from, "rb"), *out = NULL;
    char *buf = NULL;
    long n = 0;
    int rc = -1;

    if (!in)
        return -1;
    if (fseek(in, 0, SEEK_END) != 0 || (n = ftell(in)) < 0 || fseek(in, 0, SEEK_SET) != 0)
        goto out;
    buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, in) != (size_t)n)
        goto out;
    out = fopen(to, "wb");
    if (!out)
        goto out;
    if (cut >= 0 && cut < n)
        n = cut;
    if (fwrite(buf, 1, (size_t)n, out) != (size_t)n)
        goto out;
    if (append && fputs(append, out) < 0)
        goto out;
    rc = 0;
out:
    free(buf);
    if (out && fclose(out) != 0)
        rc = -1;
    (void)fclose(in);
    return rc;
}

struct damage_row {
    const char *file;
    long cut;           /* keep this many bytes, -1 all */
    const char *append; /* then write this */
    int rc;
    const char *msg; /* substring of the error message */
};

static const struct damage_row damage_rows[] = {
    {"gazetteer.places.tsv", 4000000, NULL, BL_ERR_FORMAT, "truncated"},
    {"gazetteer.places.tsv", 20, NULL, BL_ERR_FORMAT, "truncated"},
    {"gazetteer.places.tsv", 0, "#byline-gazetteer places 2 0\n#end\n", BL_ERR_VERSION, "version"},
    {"gazetteer.places.tsv", 0, "#byline-gazetteer places 1 1\nbad row\n#end\n", BL_ERR_FORMAT,
     "bad fields"},
    {"gazetteer.places.tsv", 0, "#byline-gazetteer places 1 5\nbad row\n#end\n", BL_ERR_FORMAT,
     "corrupt"},
    {"gazetteer.places.tsv", 0, "hello\n", BL_ERR_FORMAT, "not a byline"},
    {"gazetteer.words.tsv", 1000, NULL, BL_ERR_FORMAT, "truncated"},
    {"words.tsv", -1, "demonym\tMartian\n", BL_ERR_FORMAT, "demonym without country"},
    {"words.tsv", -1, "place\tAtlantis\t999999999\n", BL_ERR_FORMAT, "unknown place"},
    {"regions.tsv", -1, "r\tNowhere\t-\tnorth\t1\t-\n", BL_ERR_FORMAT, "bad value"},
};

static void test_damaged(void **state)
{
    static const char *const files[] = {"gazetteer.places.tsv", "gazetteer.words.tsv",
                                        "regions.tsv", "words.tsv"};
    char dir[] = "/tmp/bl_gz_XXXXXX";
    char from[4096], to[4096];
    size_t i, f;
    (void)state;

    assert_non_null(mkdtemp(dir));
    for (i = 0; i < sizeof damage_rows / sizeof damage_rows[0]; i++) {
        const struct damage_row *r = &damage_rows[i];
        struct bl_error err = {0};
        bl_gazetteer *g = (bl_gazetteer *)1;
        int rc;
        for (f = 0; f < 4; f++) {
            bool hit = strcmp(files[f], r->file) == 0;
            snprintf(from, sizeof from, "%s/%s", BL_DATADIR, files[f]);
            snprintf(to, sizeof to, "%s/%s", dir, files[f]);
            assert_int_equal(copy_file(from, to, hit ? r->cut : -1, hit ? r->append : NULL), 0);
        }
        rc = bl_gazetteer_load(dir, &g, &err);
        if (rc != r->rc || g != NULL || !strstr(err.message, r->msg) ||
            !strstr(err.message, r->file))
            fail_msg("row %zu: rc %d (%s), want %d '%s'", i, rc, err.message, r->rc, r->msg);
    }
    /* A missing file says which. */
    snprintf(to, sizeof to, "%s/regions.tsv", dir);
    assert_int_equal(unlink(to), 0);
    {
        struct bl_error err = {0};
        bl_gazetteer *g = NULL;
        assert_int_equal(bl_gazetteer_load(dir, &g, &err), BL_ERR_NOTFOUND);
        assert_non_null(strstr(err.message, "regions.tsv"));
    }
    for (f = 0; f < 4; f++) {
        snprintf(to, sizeof to, "%s/%s", dir, files[f]);
        (void)unlink(to);
    }
    assert_int_equal(rmdir(dir), 0);
    bl_gazetteer_free(NULL);
}

static int setup(void **state)
{
    struct bl_error err = {0};
    bl_gazetteer *g = NULL;
    if (bl_gazetteer_load(BL_DATADIR, &g, &err) != BL_OK) {
        print_error("gazetteer load: %s\n", err.message);
        return -1;
    }
    *state = g;
    return 0;
}

static int teardown(void **state)
{
    bl_gazetteer_free(*state);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_normalize), cmocka_unit_test(test_places),
        cmocka_unit_test(test_classes),   cmocka_unit_test(test_gender_demonym),
        cmocka_unit_test(test_codes),     cmocka_unit_test(test_memory),
        cmocka_unit_test(test_damaged),   cmocka_unit_test(test_may_lead),
        cmocka_unit_test(test_word_path),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
