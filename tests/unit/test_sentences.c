/* test_sentences.c -- sentence and paragraph splitting: stops, titles and
 * initials, ambiguous abbreviations, quotes around stops, headlines, hard
 * wraps and blank lines. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bl_int.h"

/* Split text; return sentence texts joined with "|" and, in *shape, one
 * "<para>[P][H]" item per sentence joined with "|". Checks that sentences
 * are non-empty and cover all tokens in order. Caller frees both. */
static char *split(const char *text, char **shape)
{
    struct bl_token *t = NULL;
    struct bl_sentence *s = NULL;
    size_t n = 0, ns = 0, i, len = strlen(text), at = 0, sat = 0, next = 0;
    char *out = malloc(len * 2 + 2), *sh = malloc(len * 8 + 8);
    assert_true(out && sh);
    assert_int_equal(bl_tokenize(text, len, &t, &n), BL_OK);
    assert_int_equal(bl_sentences_split(text, t, n, &s, &ns), BL_OK);
    for (i = 0; i < ns; i++) {
        size_t l = s[i].end - s[i].start;
        assert_int_equal(s[i].tok_start, next);
        assert_true(s[i].tok_end > s[i].tok_start);
        assert_int_equal(s[i].start, t[s[i].tok_start].start);
        assert_int_equal(s[i].end, t[s[i].tok_end - 1].end);
        next = s[i].tok_end;
        if (i) {
            out[at++] = '|';
            sh[sat++] = '|';
        }
        memcpy(out + at, text + s[i].start, l);
        at += l;
        sat += (size_t)sprintf(sh + sat, "%u%s%s", (unsigned)s[i].para,
                               s[i].flags & BL_SF_PARA_START ? "P" : "",
                               s[i].flags & BL_SF_HEADLINE ? "H" : "");
    }
    assert_int_equal(next, n);
    out[at] = 0;
    sh[sat] = 0;
    free(t);
    free(s);
    if (shape)
        *shape = sh;
    else
        free(sh);
    return out;
}

struct row {
    const char *in, *want;
};

static const struct row rows[] = {
    {"", ""},
    {"  \n\n \t ", ""},
    {"It rained. We stayed in.", "It rained.|We stayed in."},
    {"Mr. Okafor arrived. He sat down.", "Mr. Okafor arrived.|He sat down."},
    {"Dr. Ruiz and Gen. Park met Sen. Cole.", "Dr. Ruiz and Gen. Park met Sen. Cole."},
    {"Gov. Hale and Prof. Lind spoke at St. Mark's.",
     "Gov. Hale and Prof. Lind spoke at St. Mark's."},
    {"J. D. Vance spoke first.", "J. D. Vance spoke first."},
    {"It all began in the U.S. He said so.", "It all began in the U.S.|He said so."},
    {"The U.S. Senate voted late.", "The U.S. Senate voted late."},
    {"She works at Acme Inc. and likes it.", "She works at Acme Inc. and likes it."},
    {"Shares of Acme Inc. The firm fell.", "Shares of Acme Inc.|The firm fell."},
    {"They met at 5 p.m. Then they left.", "They met at 5 p.m.|Then they left."},
    {"They met at 5 p.m. Monday evening.", "They met at 5 p.m. Monday evening."},
    /* a time of day ends the sentence before a capitalised word that does
     * not go on with it (a day, a month, a zone) */
    {"The record fell shortly after 3 p.m. Senior staff said so.",
     "The record fell shortly after 3 p.m.|Senior staff said so."},
    {"Polls close at 8 p.m. Eastern on Tuesday.", "Polls close at 8 p.m. Eastern on Tuesday."},
    {"The launch is at 9:30 a.m. ET. Crews are ready.",
     "The launch is at 9:30 a.m. ET.|Crews are ready."},
    {"It opens at 10 a.m. Beijing time.", "It opens at 10 a.m. Beijing time."},
    {"It closed at 4 p.m. Nov. 3 for repairs.", "It closed at 4 p.m. Nov. 3 for repairs."},
    {"It closed at 4 p.m. A crowd waited.", "It closed at 4 p.m.|A crowd waited."},
    {"On Jan. 5 the vote passed.", "On Jan. 5 the vote passed."},
    {"It is ranked No. 3 overall.", "It is ranked No. 3 overall."},
    {"Talks began on Feb. 12. They ended soon.", "Talks began on Feb. 12.|They ended soon."},
    {"Smith Jr. said no.", "Smith Jr. said no."},
    {"He was the son of Lee Jr. He died young.", "He was the son of Lee Jr.|He died young."},
    {"He spoke in the U.S. \u201CWe won,\u201D he said.",
     "He spoke in the U.S.|\u201CWe won,\u201D he said."},
    /* ... but a quotation opening on a lower-case word goes on with the
     * sentence */
    {"Schools that start before 8:30 a.m. \"should think again,\" they wrote. The board met.",
     "Schools that start before 8:30 a.m. \"should think again,\" they wrote.|The board met."},
    {"She said the U.S. \u201Cclearly\u201D needed help.",
     "She said the U.S. \u201Cclearly\u201D needed help."},
    {"Why? Because it mattered!", "Why?|Because it mattered!"},
    {"Is it? Yes. No!", "Is it?|Yes.|No!"},
    {"Really?! Yes.", "Really?!|Yes."},
    {"Wait... Then it ended.", "Wait...|Then it ended."},
    {"He paused\u2026 and went on.", "He paused\u2026 and went on."},
    {"he said. \u201CWe will go,\u201D he added.", "he said.|\u201CWe will go,\u201D he added."},
    {"\u201CWe will go.\u201D He left.", "\u201CWe will go.\u201D|He left."},
    {"\"We will go.\" He left.", "\"We will go.\"|He left."},
    {"\u201CIs it over?\u201D she asked.", "\u201CIs it over?\u201D she asked."},
    {"She called it \u201Cfine.\u201D Then she left.",
     "She called it \u201Cfine.\u201D|Then she left."},
    {"(It was late.) She slept.", "(It was late.)|She slept."},
    {"one. two. three.", "one. two. three."},
    {"It rose 5%. Analysts cheered.", "It rose 5%.|Analysts cheered."},
    {"Version 2.0 is out. It works.", "Version 2.0 is out.|It works."},
    {"Visit www.example.com. It is new.", "Visit www.example.com.|It is new."},
    {"Great news \xF0\x9F\x98\x80. We won.", "Great news \xF0\x9F\x98\x80.|We won."},
    {"\u201CWe never stop. They said", "\u201CWe never stop.|They said"},
    {"\u0413\u0440\u043E\u043C \u0443\u0442\u0438\u0445. \u042D\u0442\u043E \u0432\u0441\u0451.",
     "\u0413\u0440\u043E\u043C \u0443\u0442\u0438\u0445.|\u042D\u0442\u043E \u0432\u0441\u0451."},
    {"Title Here\nThe body starts. It ends.", "Title Here|The body starts.|It ends."},
    {"First part.\n\nSecond part.", "First part.|Second part."},
    {"The storm hit the\ncoast and moved on.", "The storm hit the\ncoast and moved on."},
    {"It was late.\nthen more came", "It was late.|then more came"},
    {"Hello\r\n\r\nWorld.", "Hello|World."},
    {"\n\nLeading lines. Then text.", "Leading lines.|Then text."},
    {"A line without end", "A line without end"},
    {"a\x01"
     "b. C",
     "a\x01"
     "b.|C"}, /* a control character is whitespace */
};

static void test_rows(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        char *got = split(rows[i].in, NULL);
        char msg[512];
        int bad = strcmp(got, rows[i].want) != 0;
        if (bad)
            (void)snprintf(msg, sizeof msg, "row %zu: \"%s\" gave \"%s\", want \"%s\"", i,
                           rows[i].in, got, rows[i].want);
        free(got);
        if (bad)
            fail_msg("%s", msg);
    }
}

/* Paragraph index, P (paragraph start) and H (headline) per sentence. */
static const struct row shapes[] = {
    {"Storm Hits Coast\nBy Ana Lima\n\nThe storm hit. It was bad.", "0PH|1PH|2P|2"},
    {"One. Two.\nThree.", "0P|0|1P"},
    {"The storm hit the\ncoast today. Next one.", "0P|0"},
    {"Title\n\n\n\nBody text.", "0PH|1P"},
    {"End of a line\nwithout a stop", "0P"},
    {"Last line has no stop", "0P"},
    {"A.\n\nB.\n\nC.", "0P|1P|2P"},
};

static void test_shapes(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        char *sh;
        char *got = split(shapes[i].in, &sh);
        char msg[512];
        int bad = strcmp(sh, shapes[i].want) != 0;
        if (bad)
            (void)snprintf(msg, sizeof msg, "shape %zu: \"%s\" gave %s, want %s", i, shapes[i].in,
                           sh, shapes[i].want);
        free(got);
        free(sh);
        if (bad)
            fail_msg("%s", msg);
    }
}

/* Long runs of stops, closers and line breaks stay linear and covered. */
static void test_pathological(void **state)
{
    const size_t big = 300000;
    char *s = malloc(big + 1);
    char *got;
    size_t i;
    (void)state;
    assert_non_null(s);
    for (i = 0; i < big; i++)
        s[i] = "A.\" "[i % 4];
    s[big] = 0;
    got = split(s, NULL);
    free(got);
    memset(s, '"', big);
    got = split(s, NULL);
    free(got);
    for (i = 0; i < big; i++)
        s[i] = i % 2 ? '\n' : 'x';
    got = split(s, NULL);
    free(got);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_shapes),
        cmocka_unit_test(test_pathological),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
