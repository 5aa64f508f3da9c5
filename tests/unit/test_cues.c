/* test_cues.c -- the cue lexicon: longest match of one to three words,
 * ASCII case ignored, a word that only opens a longer form ("according")
 * matching nothing alone, non-word tokens ending the walk; loaded from a
 * small lexicon written here, and from the shipped data/cues.tsv. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bl_int.h"
#include "attr_int.h"
#include "claims_int.h"
#include "quotes_int.h"

#ifndef BL_DATADIR
#define BL_DATADIR "data"
#endif

static const char lexicon[] = "# a lexicon for this test\n"
                              "said\tsay\tspeech\tpast\n"
                              "Told\ttell\tspeech\tpast\n"
                              "according to\taccording to\tspeech\tprep\n"
                              "call\tcall\tspeech\tbase\n"
                              "call for\tcall for\tspeech\tbase\n"
                              "point out that\tpoint out\tspeech\tbase\n"
                              "believes\tbelieve\tbelief\t3sg\n";

/* One question: the match starting at token `at` of text. */
static const struct row {
    const char *text;
    size_t at;
    size_t len;        /* tokens matched, 0 for none */
    const char *lemma; /* NULL for none */
} rows[] = {
    {"He said so.", 1, 1, "say"},
    {"He SAID so.", 1, 1, "say"},
    {"They told us.", 1, 1, "tell"},
    {"He says so.", 1, 0, NULL},
    {"He sai so.", 1, 0, NULL},
    {"According to the mayor, it rained.", 0, 2, "according to"},
    {"according TO the mayor", 0, 2, "according to"},
    {"according the mayor", 0, 0, NULL}, /* a prefix alone is no cue */
    {"according, to", 0, 0, NULL},       /* punctuation ends the walk */
    {"they call for calm", 1, 2, "call for"},
    {"they call on us", 1, 1, "call"}, /* the longest that matches */
    {"they call", 1, 1, "call"},       /* the text ends */
    {"point out that it", 0, 3, "point out"},
    {"point out it", 0, 0, NULL},
    {"she believes it", 1, 1, "believe"},
    {"she believes", 5, 0, NULL}, /* past the last token */
};

static char dir[64];

static int setup(void **state)
{
    char path[128];
    FILE *f;
    (void)state;
    (void)snprintf(dir, sizeof dir, "/tmp/bl_test_cues.XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    (void)snprintf(path, sizeof path, "%s/cues.tsv", dir);
    f = fopen(path, "w");
    if (!f)
        return -1;
    if (fputs(lexicon, f) < 0) {
        (void)fclose(f);
        return -1;
    }
    return fclose(f) == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    char path[128];
    (void)state;
    (void)snprintf(path, sizeof path, "%s/cues.tsv", dir);
    (void)remove(path);
    (void)rmdir(dir);
    return 0;
}

static void test_rows(void **state)
{
    bl_cues *c = NULL;
    struct bl_error err = {0};
    (void)state;
    assert_int_equal(bl_cues_load(dir, &c, &err), BL_OK);
    assert_int_equal(bl_cues_count(c), 7);
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        struct bl_token *t = NULL;
        size_t n = 0, len;
        const struct bl_cue *q = NULL;
        assert_int_equal(bl_tokenize(rows[r].text, strlen(rows[r].text), &t, &n), BL_OK);
        len = bl_cues_match(c, rows[r].text, t, n, rows[r].at, &q);
        if (len != rows[r].len || (q == NULL) != (rows[r].lemma == NULL) ||
            (q && strcmp(q->lemma, rows[r].lemma) != 0) || (q && q->ntoks != len)) {
            printf("[%s] at %zu: %zu tokens, lemma %s\n", rows[r].text, rows[r].at, len,
                   q ? q->lemma : "(none)");
            free(t);
            bl_cues_free(c);
            fail();
        }
        /* the answer is the same without asking for the entry */
        assert_int_equal(bl_cues_match(c, rows[r].text, t, n, rows[r].at, NULL), len);
        free(t);
    }
    bl_cues_free(c);
    /* no lexicon: no match */
    {
        struct bl_token tok = {0, 4, BL_TOK_WORD, 0};
        const struct bl_cue *q = (const struct bl_cue *)&tok;
        assert_int_equal(bl_cues_match(NULL, "said", &tok, 1, 0, &q), 0);
        assert_null(q);
    }
}

/* Every form of the shipped lexicon matches itself, whatever its case. */
static void test_shipped(void **state)
{
    bl_cues *c = NULL;
    struct bl_error err = {0};
    FILE *f;
    char line[256];
    size_t forms = 0;
    (void)state;
    assert_int_equal(bl_cues_load(BL_DATADIR, &c, &err), BL_OK);
    f = fopen(BL_DATADIR "/cues.tsv", "r");
    assert_non_null(f);
    while (fgets(line, sizeof line, f)) {
        struct bl_token *t = NULL;
        size_t n = 0, words = 1;
        const struct bl_cue *q = NULL;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        line[strcspn(line, "\t")] = '\0';
        for (const char *p = line; *p; p++)
            words += *p == ' ';
        line[0] = (char)(line[0] >= 'a' && line[0] <= 'z' ? line[0] - 'a' + 'A' : line[0]);
        assert_int_equal(bl_tokenize(line, strlen(line), &t, &n), BL_OK);
        if (bl_cues_match(c, line, t, n, 0, &q) != words || !q) {
            printf("[%s] does not match itself\n", line);
            free(t);
            (void)fclose(f);
            bl_cues_free(c);
            fail();
        }
        free(t);
        forms++;
    }
    (void)fclose(f);
    assert_int_equal(forms, bl_cues_count(c));
    bl_cues_free(c);
}

/* At every token of d, bl_cues_at (d's index, or the direct search when
 * there is none) gives what the direct search bl_cues_match gives, for c;
 * what names the case in a failure. Returns how many tokens open a cue. */
static size_t index_agrees(const bl_cues *c, const bl_doc *d, const char *what)
{
    size_t hits = 0;
    for (size_t i = 0; i <= d->ntoks; i++) {
        const struct bl_cue *want = NULL, *got = NULL;
        size_t lw = bl_cues_match(c, d->text, d->toks, d->ntoks, i, &want);
        size_t lg = bl_cues_at(c, d, i, &got);
        if (lg != lw || got != want) {
            printf("%s, token %zu: %zu vs %zu\n", what, i, lg, lw);
            fail();
        }
        hits += lw > 0;
    }
    return hits;
}

/* The per-document index (bl_cues_index, read by bl_cues_at) gives at every
 * token what the direct search gives, before and after it is filled, and
 * a second lexicon is searched, not read from the first one's answers. */
static void test_index(void **state)
{
    static const char text[] =
        "According to the port authority, the strike will end soon. Officials said on Monday "
        "they believe talks could resume, and union leaders told reporters they would call for "
        "calm. \u201cWe will not back down,\u201d she said, pointing out that wages fell. SAID "
        "nobody; according, to nothing.";
    bl_cues *mine = NULL, *shipped = NULL;
    struct bl_error err = {0};
    bl_doc *d = NULL;
    (void)state;
    assert_int_equal(bl_cues_load(dir, &mine, &err), BL_OK);
    assert_int_equal(bl_cues_load(BL_DATADIR, &shipped, &err), BL_OK);
    assert_int_equal(bl_doc_create(text, sizeof text - 1, &d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, &err), BL_OK);
    for (int pass = 0; pass < 2; pass++) {
        size_t hits = index_agrees(shipped, d, "shipped") + index_agrees(mine, d, "mine");
        assert_true(hits >= 8);
        if (pass == 0)
            assert_int_equal(bl_cues_index(shipped, d), BL_OK);
    }
    bl_doc_free(d);
    bl_cues_free(mine);
    bl_cues_free(shipped);
}

/* Number the spellings of d's tokens as the tagger does (same bytes and
 * kind, same number), leaving every skip-th token unnumbered (skip 0: none). */
static void number_spellings(bl_doc *d, size_t skip)
{
    free(d->tok_word);
    d->tok_word = malloc(d->ntoks * sizeof *d->tok_word);
    assert_non_null(d->tok_word);
    d->nwords = 0;
    for (size_t i = 0; i < d->ntoks; i++) {
        const struct bl_token *t = &d->toks[i];
        size_t len = t->end - t->start, j;
        d->tok_word[i] = UINT32_MAX;
        if (skip && i % skip == skip - 1)
            continue;
        for (j = 0; j < i; j++) {
            const struct bl_token *u = &d->toks[j];
            if (d->tok_word[j] != UINT32_MAX && u->kind == t->kind && u->end - u->start == len &&
                memcmp(d->text + u->start, d->text + t->start, len) == 0)
                break;
        }
        d->tok_word[i] = j < i ? d->tok_word[j] : (uint32_t)d->nwords++;
    }
}

/* The index built by spelling (d->tok_word known) answers at every token
 * what the direct search does: repeated cues, a word that opens a longer
 * form alone and in it, case variants, tokens left unnumbered. */
static void test_index_spellings(void **state)
{
    static const char text[] =
        "He said it. She said, \u201cnot so,\u201d and they SAID it too; Said he. They call for "
        "calm, call on us and call; they call for it. According to him, according, to. Point "
        "out that it is, point out it. She believes it, believes nothing; said said said. "
        "1999 said 1999. They told us, Told us, and told.";
    bl_cues *mine = NULL, *shipped = NULL;
    struct bl_error err = {0};
    bl_doc *d = NULL;
    (void)state;
    assert_int_equal(bl_cues_load(dir, &mine, &err), BL_OK);
    assert_int_equal(bl_cues_load(BL_DATADIR, &shipped, &err), BL_OK);
    assert_int_equal(bl_doc_create(text, sizeof text - 1, &d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, &err), BL_OK);
    for (size_t skip = 0; skip < 4; skip++)
        for (int k = 0; k < 2; k++) {
            const bl_cues *c = k ? mine : shipped;
            char what[48];
            number_spellings(d, skip);
            d->cue_at = NULL; /* index again (the old answers stay in the arena) */
            assert_int_equal(bl_cues_index(c, d), BL_OK);
            assert_non_null(d->cue_at);
            snprintf(what, sizeof what, "skip %zu lexicon %d", skip, k);
            assert_true(index_agrees(c, d, what) >= 18);
        }
    bl_doc_free(d);
    bl_cues_free(mine);
    bl_cues_free(shipped);
}

/* The common-word facts bl_cues_index keeps of each spelling
 * (d->spell_facts) are what the stages work out from its bytes: the claims
 * lists and the attribution model's hashes (the cue answers are checked
 * through index_agrees), for case variants, clitics and words at the very
 * end of the text; an upper-case "-SS" word, an unknown one, one over 16
 * bytes and a number have none. word is a token of text, spelt exactly. */
static const struct facts_row {
    const char *text;
    const char *word;
    bool common;
} facts_rows[] = {
    {"He said it.", "said", true},
    {"SAID he, Said she.", "SAID", true},
    {"SAID he, Said she.", "Said", true},
    {"The class met.", "class", true},
    {"THE CLASS MET.", "THE", true},
    {"THE CLASS MET.", "CLASS", false},
    {"It's over; we'll see.", "'s", true},
    {"It's over; we'll see.", "'ll", true},
    {"Zyxwv quux.", "Zyxwv", false},
    {"so he said", "said", true},
    {"They officials", "officials", true},
    {"Internationalization matters.", "Internationalization", false},
    {"In 1999 it rose.", "1999", false},
    {"That is TO THE point, HE said; an A to a They.", "That", true},
    {"COVID-19 cases rose in 2020s Britain.", "COVID-19", true},
};

/* "called" as a name or a summons, not a report (bl_cues_names_only) */
static const struct {
    const char *text;
    bool names;
} naming_rows[] = {
    {"The probe, called Tern One and built by a start-up, landed.", true},
    {"She runs a small firm called Aldmoor Analytics, which sells maps.", true},
    {"A charity called Harbour Light gave the money.", true},
    {"The strike was called by the dockers' union.", true},
    {"The vote was called off on Monday.", true},
    {"It is the so called plan of the year.", true},
    {"It is a so called \u201cminiature budget\u201d they mean.", false},
    {"The mayor called the plan reckless.", false},
    {"The mayor called Varga a liar.", false},
    {"Varga called Hollis, her rival, a liar.", false},
    {"Hollis called for calm on Friday.", false},
    {"Hollis called Wednesday for an inquiry.", false},
    {"Hollis called on the council to resign.", false},
    {"Hollis called the levy \u201ca scandal.\u201d", false},
};

static void test_names_only(void **state)
{
    struct bl_error err = {0};
    (void)state;
    for (size_t r = 0; r < sizeof naming_rows / sizeof naming_rows[0]; r++) {
        bl_doc *d = NULL;
        size_t at = SIZE_MAX;
        assert_int_equal(bl_doc_create(naming_rows[r].text, strlen(naming_rows[r].text), &d, &err),
                         BL_OK);
        assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, &err), BL_OK);
        for (size_t i = 0; i < d->ntoks; i++)
            if (d->toks[i].end - d->toks[i].start == 6 &&
                memcmp(d->text + d->toks[i].start, "called", 6) == 0)
                at = i;
        assert_true(at != SIZE_MAX);
        if (bl_cues_names_only(d, at) != naming_rows[r].names) {
            printf("row %zu: %s: want %s\n", r, naming_rows[r].text,
                   naming_rows[r].names ? "a name" : "a report");
            fail();
        }
        assert_false(bl_cues_names_only(d, d->ntoks)); /* past the end */
        bl_doc_free(d);
    }
    assert_false(bl_cues_names_only(NULL, 0));
}

static void test_word_facts(void **state)
{
    bl_cues *shipped = NULL;
    struct bl_error err = {0};
    (void)state;
    assert_int_equal(bl_cues_load(BL_DATADIR, &shipped, &err), BL_OK);
    for (size_t r = 0; r < sizeof facts_rows / sizeof facts_rows[0]; r++) {
        const struct facts_row *row = &facts_rows[r];
        bl_doc *d = NULL;
        bool seen = false;
        assert_int_equal(bl_doc_create(row->text, strlen(row->text), &d, &err), BL_OK);
        assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, &err), BL_OK);
        number_spellings(d, 0);
        assert_int_equal(bl_cues_index(shipped, d), BL_OK);
        assert_non_null(d->spell_facts);
        for (size_t i = 0; i < d->ntoks; i++) {
            const struct bl_token *t = &d->toks[i];
            const struct bl_word_facts *f = d->spell_facts[d->tok_word[i]];
            size_t n = t->end - t->start;
            uint32_t hw, hsuf, stem;
            if (n == strlen(row->word) && memcmp(d->text + t->start, row->word, n) == 0) {
                seen = true;
                if ((f != NULL) != row->common) {
                    printf("row %zu: %s %s facts\n", r, row->word, f ? "has" : "lacks");
                    fail();
                }
            }
            if (!f)
                continue;
            attr_word_keys(d->text + t->start, n, &hw, &hsuf, &stem);
            assert_int_equal(f->lists, bl_claims_word_lists(d->text, d->len, t));
            assert_int_equal(f->quote_lists, bl_quotes_word_lists(d->text, d->len, t));
            assert_int_equal(f->hw, hw);
            assert_int_equal(f->hsuf, hsuf);
            assert_int_equal(f->stem, stem);
        }
        assert_true(seen);
        (void)index_agrees(shipped, d, row->text); /* fails by itself */
        {
            /* the claims stage's lists, read from the facts where it can */
            uint32_t *lists = malloc(d->ntoks * sizeof *lists);
            assert_non_null(lists);
            bl_claims_word_lists_doc(d, shipped, lists);
            for (size_t i = 0; i < d->ntoks; i++)
                assert_int_equal(lists[i], bl_claims_word_lists(d->text, d->len, &d->toks[i]));
            free(lists);
        }
        {
            /* the attribution model's token facts, read from d->spell_facts
             * or worked out (the same but for speed) */
            struct attr_ctx with = {0}, without = {0};
            const struct bl_word_facts **keep = d->spell_facts;
            assert_int_equal(attr_ctx_init(&with, d, shipped), BL_OK);
            d->spell_facts = NULL;
            assert_int_equal(attr_ctx_init(&without, d, shipped), BL_OK);
            d->spell_facts = keep;
            assert_memory_equal(with.tk, without.tk, d->ntoks * sizeof *with.tk);
            attr_ctx_free(&with);
            attr_ctx_free(&without);
        }
        bl_doc_free(d);
    }
    bl_cues_free(shipped);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_shipped),
        cmocka_unit_test(test_index),
        cmocka_unit_test(test_index_spellings),
        cmocka_unit_test(test_word_facts),
        cmocka_unit_test(test_names_only),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
