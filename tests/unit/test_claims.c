/* test_claims.c -- the claims stage: checkworthiness ordering on pairs of
 * fixture claims, the kind the features point to, boilerplate lines, then
 * whole sentences through the full models (attributed claims with claimant
 * phrase, cue and content; authorial claims; nothing from boilerplate or
 * questions), spans sorted and inside the text on a long input. Every
 * sentence here was written for this test. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bl_int.h"
#include "claims_int.h"

#ifndef BL_DATADIR
#define BL_DATADIR "data"
#endif

#define NONE (-1)

/* Tokens and sentences only (no models): enough for the score. */
static bl_doc *split(const char *text)
{
    bl_doc *d = NULL;
    struct bl_error err = {0};
    assert_int_equal(bl_doc_create(text, strlen(text), &d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, &err), BL_OK);
    return d;
}

static double score_of(const char *text, unsigned flags, int *kind)
{
    bl_doc *d = split(text);
    double s = bl_claims_score(d, 0, d->ntoks, flags, kind);
    bl_doc_free(d);
    return s;
}

/* ---- checkable ---------------------------------------------------------- */

/* BL_CLAIM_F_CHECKABLE: -1 when bl_claims_checkable says no, else the same
 * score as without the flag. */
static const struct checkable_row {
    const char *text;
    bool checkable;
} checkable_rows[] = {
    {"Exports fell 14% in February.", true},
    {"It was a sunny day.", false},
    {"The ferry will be late again tomorrow.", true},
    {"We think the new logo is wonderful.", false},
    {"The floods were caused by heavy rain.", true},
    {"Nobody knows what they want.", false},
};

static void test_checkable(void **state)
{
    (void)state;
    for (size_t r = 0; r < sizeof checkable_rows / sizeof checkable_rows[0]; r++) {
        bl_doc *d = split(checkable_rows[r].text);
        int k1 = -5, k2 = -5;
        double s1 = bl_claims_score(d, 0, d->ntoks, BL_CLAIM_F_CHECKABLE, &k1);
        double s2 = bl_claims_score(d, 0, d->ntoks, 0, &k2);
        assert_int_equal(bl_claims_checkable(d, 0, d->ntoks), checkable_rows[r].checkable);
        if (checkable_rows[r].checkable) {
            assert_true(s1 == s2);
            assert_int_equal(k1, k2);
        } else {
            assert_true(s1 == -1);
        }
        assert_true(bl_claims_score(d, 2, 2, BL_CLAIM_F_CHECKABLE, NULL) == -1);
        bl_doc_free(d);
    }
}

/* ---- checkworthiness ordering ---------------------------------------- */

/* higher must score above lower (with the flags of each). */
static const struct pair {
    const char *higher;
    unsigned hflags;
    const char *lower;
    unsigned lflags;
} pairs[] = {
    {"Exports fell 14% in February.", 0, "It was a sunny day.", 0},
    {"The utility lost $300 million last year.", 0, "We think the new logo is wonderful.", 0},
    {"Unemployment rose to 7.2 percent in March.", 0, "Is unemployment rising?", 0},
    {"Exports fell 14% in February.", 0, "Exports may have fallen somewhat.", 0},
    {"The port handled 2.1 million containers in 2023.", 0,
     "The port handled 2.1 million containers in 2023.", BL_CLAIM_F_HEADLINE},
    {"The floods were caused by three days of record rainfall.", 0,
     "The floods were a terrible thing to see.", 0},
    {"Wheat prices are higher than they were a decade ago.", 0, "Prices are what they are.", 0},
    {"The dam will be finished by 2029.", 0, "I love this town.", 0},
    {"Farm incomes fell by a third after the drought.", BL_CLAIM_F_ATTRIBUTED,
     "We should all try harder.", BL_CLAIM_F_ATTRIBUTED},
    {"Inflation reached 9 percent in October.", 0, "Inflation is bad.", 0},
    {"The council approved the budget on Tuesday by 7 votes to 2.", 0,
     "Why did the council wait so long?", 0},
    /* a reported question asserts nothing */
    {"more than 40 jobs will go at the Leeds plant next year", BL_CLAIM_F_ATTRIBUTED,
     "whether more than 40 jobs will go at the Leeds plant next year", BL_CLAIM_F_ATTRIBUTED},
    {"the council will vote on the 2026 budget in March", BL_CLAIM_F_ATTRIBUTED,
     "to say if the council will vote on the 2026 budget in March", BL_CLAIM_F_ATTRIBUTED},
};

static void test_ordering(void **state)
{
    int failures = 0;
    (void)state;
    for (size_t r = 0; r < sizeof pairs / sizeof pairs[0]; r++) {
        double h = score_of(pairs[r].higher, pairs[r].hflags, NULL);
        double l = score_of(pairs[r].lower, pairs[r].lflags, NULL);
        if (!(h > l) || h < 0 || h > 1 || l < 0 || l > 1) {
            printf("pair %zu: %.3f [%s] should beat %.3f [%s]\n", r, h, pairs[r].higher, l,
                   pairs[r].lower);
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

/* Questions, headlines and opinion with nothing to check stay low. */
static const char *const low[] = {
    "Is unemployment rising?", "It was a sunny day.", "We think the new logo is wonderful.",
    "I love this town.",       "Inflation is bad.",   NULL};

static void test_low(void **state)
{
    (void)state;
    for (size_t r = 0; low[r]; r++)
        if (score_of(low[r], 0, NULL) >= 0.3) {
            printf("[%s] scores %.3f\n", low[r], score_of(low[r], 0, NULL));
            fail();
        }
    assert_true(score_of("Exports fell 14% in February.", 0, NULL) >= 0.7);
    assert_true(score_of("Exports fell 14% in February", BL_CLAIM_F_HEADLINE, NULL) < 0.5);
}

/* ---- kinds ------------------------------------------------------------ */

static const struct kind_row {
    const char *text;
    int kind;
} kind_rows[] = {
    {"Exports fell 14% in February.", BL_CLAIM_STATISTICAL},
    {"The company employs about a fifth of the town.", BL_CLAIM_STATISTICAL},
    {"The bridge closed because the river flooded.", BL_CLAIM_CAUSAL},
    {"The new line will open next spring.", BL_CLAIM_PREDICTION},
    {"The plan is dangerous and wrong.", BL_CLAIM_EVALUATIVE},
    {"The mayor met the union leaders at the town hall.", BL_CLAIM_FACTUAL},
    /* a day of the month, a clock time and an age are no statistics */
    {"The two clubs meet again in the cup final on February 8.", BL_CLAIM_FACTUAL},
    {"The hearing opened at 9 a.m. in the old courthouse.", BL_CLAIM_FACTUAL},
    {"Ruiz, 58, moved back to the valley with her family.", BL_CLAIM_FACTUAL},
    {"Ruiz paid 58 workers in cash.", BL_CLAIM_STATISTICAL},
    /* a span of time back from the story is a date: "eleven years ago" */
    {"She opened the shop on a quiet farm road eleven years ago.", BL_CLAIM_FACTUAL},
    {"The driver was found in a field 20 minutes later.", BL_CLAIM_FACTUAL},
    {"The drought has lasted eleven years.", BL_CLAIM_STATISTICAL},
};

static void test_kinds(void **state)
{
    (void)state;
    for (size_t r = 0; r < sizeof kind_rows / sizeof kind_rows[0]; r++) {
        int kind = NONE;
        (void)score_of(kind_rows[r].text, 0, &kind);
        if (kind != kind_rows[r].kind) {
            printf("[%s]: kind %s, want %s\n", kind_rows[r].text, bl_claim_kind_name(kind),
                   bl_claim_kind_name(kind_rows[r].kind));
            fail();
        }
    }
}

/* The lexicon key is built eight bytes at a time where 16 bytes of text
 * follow a token and byte by byte near the text's end: a sentence scores
 * the same both ways, whatever the case of its words. */
static const char *const key_rows[] = {
    "The ferry terminal on the east bank of the river opens NEXT.",
    "Ticket sales at the ferry terminal on the east bank ROSE.",
    "The ferry terminal on the east bank of the river closed on MONDAY.",
    "The ferry terminal on the east bank of the river is Terrible.",
    "The ferry terminal on the east bank of the river REPORTEDLY shut.",
    "Sales Rose Because The Ministry Cut Taxes On Thursday.",
    "Die Preise stiegen um ein Drittel, sagt der Verband \xc3\xbc\xc3\x9f.",
};

static void test_key_at_end(void **state)
{
    (void)state;
    for (size_t r = 0; r < sizeof key_rows / sizeof key_rows[0]; r++) {
        char padded[512];
        int k1 = NONE, k2 = NONE;
        bl_doc *d = split(key_rows[r]), *p;
        size_t n = d->ntoks;
        double s1 = bl_claims_score(d, 0, n, 0, &k1), s2;
        (void)snprintf(padded, sizeof padded, "%s And then twenty more bytes follow here.",
                       key_rows[r]);
        p = split(padded);
        s2 = bl_claims_score(p, 0, n, 0, &k2);
        if (s1 != s2 || k1 != k2) {
            printf("[%s]: %g (%d) at the end, %g (%d) padded\n", key_rows[r], s1, k1, s2, k2);
            fail();
        }
        bl_doc_free(d);
        bl_doc_free(p);
    }
}

/* ---- boilerplate -------------------------------------------------------- */

static const struct boiler_row {
    const char *text;
    bool boiler, credit;
} boiler_rows[] = {
    {"Reporting by Jane Okafor; Editing by Tom Lind", true, true},
    {"Additional reporting by Sam Reyes in Lagos.", true, true},
    {"Click here to read the full report.", true, false},
    {"Sign up for our morning newsletter.", true, false},
    {"Copyright 2024 The Harbour Times. All rights reserved.", true, false},
    {"By Maria Lopez", true, true},
    {"Photo: Kim Berg for the Daily Ledger", true, true},
    /* a credit after a phrase that credits nobody */
    {"\xc2\xa9 2024 Harbour Times; photo: Kim Berg", true, true},
    {"Newsletter sign-ups rose; reporting by Sam Reyes", true, true},
    {"The ministry reported a 3 percent drop in sales.", false, false},
    {"By noon, the square was full of protesters.", false, false},
};

static void test_boilerplate(void **state)
{
    (void)state;
    for (size_t r = 0; r < sizeof boiler_rows / sizeof boiler_rows[0]; r++) {
        const struct boiler_row *row = &boiler_rows[r];
        bl_doc *d = split(row->text);
        bool got = bl_claims_boilerplate(d, 0), credit = bl_claims_credit_line(d, 0);
        /* the answers kept in the doc, asked twice: the second is the kept one */
        unsigned want = (row->boiler ? BL_BOILER_ANY : 0) | (row->credit ? BL_BOILER_CREDIT : 0);
        unsigned kept = bl_claims_boiler(d, 0), again = bl_claims_boiler(d, 0);
        if (got != row->boiler || credit != row->credit || kept != want || again != want) {
            printf("[%s]: boilerplate %d, credit %d, kept %u then %u\n", row->text, got, credit,
                   kept, again);
            bl_doc_free(d);
            fail();
        }
        bl_doc_free(d);
    }
    /* the credit line under a byline is part of it; a short line of
     * capitals elsewhere is not */
    {
        bl_doc *d = split("By Kevin Marsh\nStaff Writer\n\nDAYTON, Ohio \xe2\x80\x94 A truck hit a "
                          "shelter, police said.\n\nOne Dead");
        assert_int_equal(d->nsents, 4);
        assert_true(bl_claims_boilerplate(d, 1));
        assert_false(bl_claims_boilerplate(d, 2));
        assert_false(bl_claims_boilerplate(d, 3));
        bl_doc_free(d);
    }
    {
        bl_doc *d = split("VALLETTA, Malta (Wire) - The ferry strike ended on Monday.");
        size_t k = bl_claims_after_dateline(d, 0);
        assert_true(k < d->ntoks);
        assert_memory_equal(d->text + d->toks[k].start, "The", 3);
        bl_doc_free(d);
        d = split("The ferry strike - the longest in years - ended on Monday.");
        assert_int_equal(bl_claims_after_dateline(d, 0), 0);
        bl_doc_free(d);
    }
}

/* ---- the stage, end to end ---------------------------------------------- */

/* One expected claim: its content text, kind, claimant phrase and cue (NULL
 * for none), whether it comes from a quote (1, 0, or -1 when either will do:
 * the quotes stage may take reported speech first). kind NONE: no claim may have
 * that content; content NULL with kind NONE: the text yields no claim. */
static const struct row {
    const char *text;
    const char *content;
    int kind;
    const char *source;
    const char *cue;
    int from_quote;
} rows[] = {
    {"Critics argue that the new tax will hurt small farms.", "the new tax will hurt small farms",
     BL_CLAIM_ATTRIBUTED, "Critics", "argue", -1},
    /* the terms a source spoke on are not what it said */
    {"A second clerk confirmed the closure on the condition of anonymity because the vote was "
     "not public.",
     "the closure", BL_CLAIM_ATTRIBUTED, "A second clerk", "confirmed", -1},
    {"No buyer could be found for the old depot, one clerk said, on condition of anonymity to "
     "discuss the sale.",
     "No buyer could be found for the old depot", BL_CLAIM_ATTRIBUTED, "one clerk", "said", -1},
    /* "voted 27 to 19 in favour of": the tally is the vote's; what was
     * voted on is the content */
    {"Councillors voted 27 to 19 in favour of the new harbour scheme.", "the new harbour scheme",
     BL_CLAIM_ATTRIBUTED, "Councillors", "voted 27 to 19 in favour of", -1},
    {"Councillors voted 27 to 19 in favour of the new harbour scheme.",
     "27 to 19 in favour of the new harbour scheme", NONE, NULL, NULL, 0},
    /* "analysts polled by X", "on average": the poll's takers are the
     * claimant, not the pollster */
    {"Economists polled by Tellwright had expected growth of 2.5 percent.",
     "growth of 2.5 percent", BL_CLAIM_ATTRIBUTED, "Economists polled by Tellwright", "expected",
     -1},
    {"Economists on average had expected growth of 2.5 percent.", "growth of 2.5 percent",
     BL_CLAIM_ATTRIBUTED, "Economists", "expected", -1},
    /* another claimant and its cue after a comma open another claim */
    {"Some voters believe the plan is sound, others believe it will fail.", "the plan is sound",
     BL_CLAIM_ATTRIBUTED, "Some voters", "believe", -1},
    /* a claimant and its place may open the sentence, capitalised */
    {"Voters in Ohio think the economy is weak.", "the economy is weak", BL_CLAIM_ATTRIBUTED,
     "Voters in Ohio", "think", -1},
    /* an aside between a claimant and its cue ends where the cue comes */
    {"The union, which is widely seen as close to the governor, responded by calling a strike.",
     "which is widely seen as close to the governor", BL_CLAIM_ATTRIBUTED, NULL,
     "is widely seen as", -1},
    /* "... and its backing of separatists": a model source cut after "and"
     * and a possessive is half a noun phrase; the sentence stays a fact */
    {"The war began in 2008, following the annexation of Abkhazia and its backing of "
     "separatists in the west.",
     "separatists in the west", NONE, NULL, NULL, 0},
    /* a source the model ends on a verb and its preposition ("officials
     * met in") is the subject before the verb */
    {"Dutch and Belgian officials met in Antwerp on Monday to discuss ending the dock strike.",
     "ending the dock strike", BL_CLAIM_ATTRIBUTED, "Dutch and Belgian officials", "discuss", -1},
    /* "..., she told the jury, ...": whom she told is no claim; what she
     * told is */
    {"Those tenants, she told the jury, had paid their rent for years.", "the jury", NONE, NULL,
     NULL, 0},
    {"Those tenants, she told the jury, had paid their rent for years.",
     "Those tenants, she told the jury, had paid their rent for years", BL_CLAIM_ATTRIBUTED,
     "she", "told", -1},
    {"And, Marlow tells the crowd, he has been called stubborn in his home state.", "the crowd",
     NONE, NULL, NULL, 0},
    /* "The Geneva talks featured ...": a place after "the" names the
     * model's cue noun, no source (before: "talks featured" as a cue) */
    {"The Geneva talks featured a fresh U.S. team: the secretary of state, an envoy and a "
     "lawyer.",
     "an envoy and a lawyer", NONE, NULL, NULL, 0},
    /* a headline's "Firm cuts forecast as ...": the noun after a verb in
     * -s is its object, no cue */
    {"Nordhavn Foods cuts forecast as cocoa prices bite\n\nThe company said sales fell.",
     "as cocoa prices bite", NONE, NULL, NULL, 0},
    /* a place and its appositive before a report assert nothing */
    {"In Dayton, Ohio, a larger city that was spared, officials said they had offered help.",
     "In Dayton, Ohio, a larger city that was spared", NONE, NULL, NULL, 0},
    /* the phrase a source's name stands in apposition to, and an opening
     * circumstance before the source, assert nothing */
    {"The head of the African Union observer mission to Malawi, Lena Dahl, said voting had gone "
     "smoothly.",
     "The head of the African Union observer mission to Malawi", NONE, NULL, NULL, 0},
    {"In a long interview with the local radio station on Monday night, the harbour master said "
     "the pier would reopen.",
     "In a long interview with the local radio station on Monday night", NONE, NULL, NULL, 0},
    /* a participle's or a preposition's phrase, and the role before the
     * name, with no finite verb: the scene of the report */
    {"Speaking at a press briefing in the port on Friday, the harbour master said the pier "
     "would reopen.",
     "Speaking at a press briefing in the port on Friday", NONE, NULL, NULL, 0},
    {"At a crowded parish meeting in Dunmore on Thursday evening, the council's chair, Rosa "
     "Fenn, urged residents to stay calm.",
     "At a crowded parish meeting in Dunmore on Thursday evening, the council's chair", NONE,
     NULL, NULL, 0},
    /* ... and so does "the", a noun and a relative word after the place */
    {"In Rockport, the village where the old mill burned down, the fire chief, Ana Wells, said "
     "crews had saved the church and two barns.",
     "In Rockport, the village where the old mill burned down, the fire chief", NONE, NULL, NULL,
     0},
    /* a cue's passive with no "that" clause reports nothing */
    {"The suit was filed by six drivers who had been cited under the parking rule, along with a "
     "tenants' group.",
     "under the parking rule, along with a tenants' group", NONE, NULL, NULL, 0},
    {"Moscow claims the sanctions have backfired.", "the sanctions have backfired",
     BL_CLAIM_ATTRIBUTED, "Moscow", "claims", -1},
    {"The mayor wants to close the harbour by June.", "to close the harbour by June",
     BL_CLAIM_ATTRIBUTED, "The mayor", "wants", 0},
    {"The latest survey shows support for the tunnel at 61 percent.",
     "support for the tunnel at 61 percent", BL_CLAIM_ATTRIBUTED, "The latest survey", "shows", 0},
    {"Farmers fear the drought will last another year.", "the drought will last another year",
     BL_CLAIM_ATTRIBUTED, "Farmers", "fear", -1},
    {"Senator Anna Holt (R-Ore.) said the bill would cost $4 billion.",
     "the bill would cost $4 billion", BL_CLAIM_ATTRIBUTED, "Senator Anna Holt", "said", -1},
    {"“Exports will recover by 2026,” the minister said.", "Exports will recover by 2026",
     BL_CLAIM_ATTRIBUTED, "the minister", "said", 1},
    {"Residents of the valley believe the mine poisoned the river.", "the mine poisoned the river",
     BL_CLAIM_ATTRIBUTED, "Residents of the valley", "believe", -1},
    {"The union plans to strike for three days in May.", "to strike for three days in May",
     BL_CLAIM_ATTRIBUTED, "The union", "plans", 0},
    {"The governor on Monday said the budget would be balanced by 2026.",
     "the budget would be balanced by 2026", BL_CLAIM_ATTRIBUTED, "The governor", "said", -1},
    {"Fundraising, according to the campaign, has doubled since March.",
     "Fundraising, according to the campaign, has doubled since March", BL_CLAIM_ATTRIBUTED,
     "the campaign", "according to", -1},
    /* a question's auxiliary is no part of the source */
    {"Did the mayor say that the pier would close?", "that the pier would close",
     BL_CLAIM_ATTRIBUTED, "the mayor", "say", -1},
    /* where a statement was made ("in a statement on its website") is no
     * content */
    {"The ministry, in a statement on its website, said the strike was illegal.",
     "its website", NONE, NULL, NULL, 0},
    /* the subject of a passive of telling heard it; "It" in "It was
     * reported that" is no one: no source */
    {"The mayor was told that the bridge was unsafe.", "that the bridge was unsafe",
     BL_CLAIM_ATTRIBUTED, NULL, "was told", -1},
    {"It was reported that the ferry had been sold.", "that the ferry had been sold",
     BL_CLAIM_ATTRIBUTED, NULL, "was reported", -1},
    {"Mayor Ruiz: The harbour will stay open\n\nThe harbour reopened on Monday.",
     "The harbour will stay open", BL_CLAIM_ATTRIBUTED, "Mayor Ruiz", ":", 1},
    {"The minister arrived late but said talks would resume in May.", "talks would resume in May",
     BL_CLAIM_ATTRIBUTED, "The minister", "said", -1},
    {"Two in three said they would vote against the levy.", "they would vote against the levy",
     BL_CLAIM_ATTRIBUTED, "Two in three", "said", -1},
    /* a second predicate of the claimant after "and" is not more of the object */
    {"The senator criticized the new steel tariff and challenged the minister to a debate.",
     "the new steel tariff", BL_CLAIM_ATTRIBUTED, "The senator", "criticized", -1},
    {"Union leaders are denouncing the planned pension cuts and pointedly urging their members "
     "to vote no.",
     "the planned pension cuts", BL_CLAIM_ATTRIBUTED, "Union leaders", "denouncing", -1},
    /* an editor's note is the publication speaking, not a reported claim */
    {"Editor's note: The council has repeatedly pledged to close the depot by June.", NULL, NONE,
     NULL, NULL, 0},
    {"Editor\u2019s note: The council, which has repeatedly pledged to close the depot by June, "
     "is a disgrace.",
     NULL, NONE, NULL, NULL, 0},
    {"The council has repeatedly pledged to close the depot by June.", "to close the depot by June",
     BL_CLAIM_ATTRIBUTED, "The council", "pledged", -1},
    /* a participle between a number and its noun modifies the noun */
    {"Ruiz now holds 54 pledged delegates in the race.", "delegates in the race", NONE, NULL, NULL,
     0},
    {"A mere 9 percent say they only buy local goods.", "they only buy local goods",
     BL_CLAIM_ATTRIBUTED, "A mere 9 percent", "say", -1},
    {"Two thirds of voters say the mayor should resign.", "the mayor should resign",
     BL_CLAIM_ATTRIBUTED, "Two thirds of voters", "say", -1},
    {"In a survey by the Harbour Institute, 62 percent of residents opposed the tunnel.",
     "62 percent of residents opposed the tunnel", BL_CLAIM_ATTRIBUTED,
     "a survey by the Harbour Institute", "In", 0},
    {"Port authority: Cargo traffic fell by a third in 2023.\n\nThe port reopened on Monday.",
     "Cargo traffic fell by a third in 2023", BL_CLAIM_ATTRIBUTED, "Port authority", ":", 0},
    {"Protest organizers in Leeds want the new rules withdrawn.", "the new rules withdrawn",
     BL_CLAIM_ATTRIBUTED, "Protest organizers in Leeds", "want", 0},
    {"Those surveyed say the ferry fares are too high.", "the ferry fares are too high",
     BL_CLAIM_ATTRIBUTED, "Those surveyed", "say", -1},
    /* a belief's clause may open with a quantifier or an indefinite subject */
    {"The harbour master believes most trawlers will stay in port.",
     "most trawlers will stay in port", BL_CLAIM_ATTRIBUTED, "The harbour master", "believes",
     -1},
    {"Well, I think somebody has to mend the sea wall.", "somebody has to mend the sea wall",
     BL_CLAIM_ATTRIBUTED, "I", "think", -1},
    /* a light object noun and its particle go with the cue, not the content */
    {"The union leader voiced concern about the new pension rules.", "the new pension rules",
     BL_CLAIM_ATTRIBUTED, "The union leader", "voiced", 0},
    {"The harbour master offered kind words about the new ferry crew.", "the new ferry crew",
     BL_CLAIM_ATTRIBUTED, "The harbour master", "offered", 0},
    /* a cue in a fronted subordinate clause: the content ends at its comma */
    {"When residents fear the water is unsafe, they buy bottled water from the shop.",
     "the water is unsafe", BL_CLAIM_ATTRIBUTED, "residents", "fear", 0},
    {"Since the unions believe the deal is fair, the strike will end on Monday.",
     "the deal is fair", BL_CLAIM_ATTRIBUTED, "the unions", "believe", 0},
    {"While residents are worried that the ferry will close, the council has no plan for the "
     "harbour.",
     "the ferry will close", BL_CLAIM_ATTRIBUTED, "residents", "are worried that", 0},
    {"After his promise to rebuild the old pier, the mayor won the vote easily.",
     "to rebuild the old pier", BL_CLAIM_ATTRIBUTED, "his", "promise", 0},
    /* a claim noun as the subject: its content ends before the main verb */
    {"The council's plan to widen the coast road would cost far more than the bridge.",
     "to widen the coast road", BL_CLAIM_ATTRIBUTED, "The council", "plan", 0},
    {"The mayor's claim that the port lost jobs helped her rival win the vote.",
     "the port lost jobs", BL_CLAIM_ATTRIBUTED, "The mayor", "claim", 0},
    /* what seems ends before a clause or circumstance the writer adds */
    {"The old pier seemed safe enough as the storm passed over the bay.",
     "The old pier seemed safe enough", BL_CLAIM_ATTRIBUTED, NULL, "seemed", 0},
    {"The two mayors appeared to be locked in a close race, with neither side far ahead after "
     "the count.",
     "The two mayors appeared to be locked in a close race", BL_CLAIM_ATTRIBUTED, NULL,
     "appeared", 0},
    {"Tom Berg (a councillor who has sat on the harbour board since it was founded) says the "
     "board ignored the audit.",
     "the board ignored the audit", BL_CLAIM_ATTRIBUTED, "Tom Berg", "says", -1},
    {"The audit was rushed and incomplete, said Maria Lopez, a former auditor.",
     "The audit was rushed and incomplete", BL_CLAIM_ATTRIBUTED, "Maria Lopez", "said", -1},
    {"In a statement, the ministry said exports fell by a third.", "exports fell by a third",
     BL_CLAIM_ATTRIBUTED, "the ministry", "said", -1},
    {"His warning that the old pier would collapse by winter was ignored.",
     "the old pier would collapse by winter", BL_CLAIM_ATTRIBUTED, "His", "warning", 0},
    {"Ana Ruiz's claim that the port lost 300 jobs was disputed.", "the port lost 300 jobs",
     BL_CLAIM_ATTRIBUTED, "Ana Ruiz", "claim", 0},
    {"Allegations that the council rigged the tender were denied.", "the council rigged the tender",
     BL_CLAIM_ATTRIBUTED, NULL, "Allegations", 0},
    {"Harbour Pilot Says Night Crossings Are Unsafe\n\nThe port reopened on Monday.",
     "Night Crossings Are Unsafe", BL_CLAIM_ATTRIBUTED, "Harbour Pilot", "Says", -1},
    {"The cost of the tunnel, said Ruiz and others, would double by 2030.",
     "The cost of the tunnel, said Ruiz and others, would double by 2030", BL_CLAIM_ATTRIBUTED,
     "Ruiz and others", "said", -1},
    {"The mayor called the plan “a costly mistake.”",
     "the plan “a costly mistake.”", BL_CLAIM_ATTRIBUTED, "The mayor", "called", -1},
    {"Russia controls about a fifth of the region's farmland.",
     "Russia controls about a fifth of the region's farmland", BL_CLAIM_STATISTICAL, NULL, NULL, 0},
    {"The bridge closed in 2019 because the river flooded.",
     "The bridge closed in 2019 because the river flooded", BL_CLAIM_CAUSAL, NULL, NULL, 0},
    /* stance and topic cues: a particle joins the cue */
    {"The senator pointed to the rising cost of ferry tickets.", "the rising cost of ferry tickets",
     BL_CLAIM_ATTRIBUTED, "The senator", "pointed to", 0},
    {"Ruiz talked about the harbour strike for an hour.", "the harbour strike for an hour",
     BL_CLAIM_ATTRIBUTED, "Ruiz", "talked about", 0},
    /* ", but that ...", ", and that ...": a second clause of the same cue;
     * "but that plan" opens a clause of its own */
    {"The harbour master believes the tunnel is too costly, but that the bridge must be "
     "repaired.",
     "the tunnel is too costly, but that the bridge must be repaired", BL_CLAIM_ATTRIBUTED,
     "The harbour master", "believes", -1},
    {"The harbour master believes the tunnel is too costly, and that she will vote against it.",
     "the tunnel is too costly, and that she will vote against it", BL_CLAIM_ATTRIBUTED,
     "The harbour master", "believes", -1},
    {"The harbour master believes the tunnel is too costly, but that plan has wide support.",
     "the tunnel is too costly", BL_CLAIM_ATTRIBUTED, "The harbour master", "believes", -1},
    /* who spoke for the claimant is no part of the object */
    {"The harbour master denied the charges through her lawyer on Monday.", "the charges",
     BL_CLAIM_ATTRIBUTED, "The harbour master", "denied", -1},
    /* a relative clause with no comma before it restricts its noun: it
     * belongs to the object; one set off by a comma is the writer's aside */
    {"The union leader voiced the anger of dockers who lost their jobs in May.",
     "the anger of dockers who lost their jobs in May", BL_CLAIM_ATTRIBUTED, "The union leader",
     "voiced", 0},
    {"Ruiz talked about the ferry crews who worked through the storm.",
     "the ferry crews who worked through the storm", BL_CLAIM_ATTRIBUTED, "Ruiz", "talked about",
     0},
    {"Ruiz talked about the storm in which the old pier fell.",
     "the storm in which the old pier fell", BL_CLAIM_ATTRIBUTED, "Ruiz", "talked about", 0},
    {"Ruiz talked about the ferry crews, who worked through the storm.", "the ferry crews",
     BL_CLAIM_ATTRIBUTED, "Ruiz", "talked about", 0},
    {"The council offered to repair the old pier by May.", "to repair the old pier by May",
     BL_CLAIM_ATTRIBUTED, "The council", "offered", 0},
    /* a question put to someone */
    {"Asked whether the ferry would run in winter, Ruiz shrugged.",
     "whether the ferry would run in winter", BL_CLAIM_ATTRIBUTED, NULL, "Asked", 0},
    {"When asked about the harbour strike, the mayor changed the subject.", "the harbour strike",
     BL_CLAIM_ATTRIBUTED, NULL, "asked about", 0},
    /* (the rule's word in any case: its list bit is looked up case-folded) */
    {"WHEN ASKED about the harbour strike, the mayor changed the subject.", "the harbour strike",
     BL_CLAIM_ATTRIBUTED, NULL, "ASKED about", 0},
    /* the speaker of the quote before goes on: ", adding ...", ", noting ..." */
    {"“We will not give up,” Ruiz said, noting that the ferry had run at a loss since 2019.",
     "the ferry had run at a loss since 2019", BL_CLAIM_ATTRIBUTED, "Ruiz", "noting", -1},
    /* a finding of a poll named after the clause */
    {"Ruiz leads Berg by 8 points in the latest Harbour Times poll.", "Ruiz leads Berg by 8 points",
     BL_CLAIM_ATTRIBUTED, "the latest Harbour Times poll", "in", 0},
    {"He slid in the polls after the debate in May.", "He slid", NONE, NULL, NULL, 0},
    /* the cue's time phrase and a clause of circumstance after it are no content */
    {"Flu cases in the north have doubled, the health agency said on Friday, as hospital beds "
     "ran short in three provinces.",
     "on Friday, as hospital beds ran short in three provinces", NONE, NULL, NULL, 0},
    /* a quote over two paragraphs: its claim ends with the words, not ',”' */
    {"“The dam held through the night.\n\n“We need the army now,” Bellini said.",
     "The dam held through the night.\n\n“We need the army now", BL_CLAIM_ATTRIBUTED, "Bellini",
     "said", 1},
    /* evidence reported after the claim: "CONTENT, the figures show." */
    {"Ferry traffic fell 12 percent last year, harbour figures show.",
     "Ferry traffic fell 12 percent last year", BL_CLAIM_ATTRIBUTED, "harbour figures", "show", 0},
    /* "conceded" with an object or a time reports no speech; with a clause it does */
    {"The visitors have conceded only four goals in ten games.", "only four goals in ten games",
     NONE, NULL, NULL, 0},
    {"Oduya conceded late on Tuesday after a long count.", "late on Tuesday after a long count",
     NONE, NULL, NULL, 0},
    {"The mayor conceded that the budget was short.", "the budget was short", BL_CLAIM_ATTRIBUTED,
     "The mayor", "conceded", -1},
    {"Berg trails Ruiz by 5 points in the latest Coastal Survey.", "Berg trails Ruiz by 5 points",
     BL_CLAIM_ATTRIBUTED, "the latest Coastal Survey", "in", 0},
    /* appearances and hearsay with nobody named behind them */
    {"The harbour board, led by Ana Ruiz, seems ready to sell the old pier.",
     "The harbour board, led by Ana Ruiz, seems ready to sell the old pier", BL_CLAIM_ATTRIBUTED,
     NULL, "seems", 0},
    {"It seems the ferry company has lost its licence.", "the ferry company has lost its licence",
     BL_CLAIM_ATTRIBUTED, NULL, "seems", 0},
    /* a finding goes on past the commas that carry its figures */
    {"The latest harbour survey shows Ruiz leading Berg 44 percent to 37 percent, with 12 "
     "percent undecided.",
     "Ruiz leading Berg 44 percent to 37 percent, with 12 percent undecided", BL_CLAIM_ATTRIBUTED,
     "The latest harbour survey", "shows", 0},
    /* an object that opens a clause runs on past its verb and commas; with
     * no owner before the noun, the subject of the sentence asks */
    {"The dock workers raised questions about whether the count was fair in every district.",
     "whether the count was fair in every district", BL_CLAIM_ATTRIBUTED, "The dock workers",
     "questions about", 0},
    {"The union opposes how the board sold the pier, the ferry and the old mill.",
     "how the board sold the pier, the ferry and the old mill", BL_CLAIM_ATTRIBUTED, "The union",
     "opposes", 0},
    /* the subject is the words before the cue: an appositive in front of
     * it is the writer's, and a relative pronoun opens the clause */
    {"In the north, which votes first, the mayor seems certain to lose her seat.",
     "the mayor seems certain to lose her seat", BL_CLAIM_ATTRIBUTED, NULL, "seems", 0},
    {"The new rules hit the small farmers in the valley who are expected to lose most of their "
     "income this year.",
     "who are expected to lose most of their income this year", BL_CLAIM_ATTRIBUTED, NULL,
     "are expected", 0},
    /* a person who seems is the source of the appearance */
    {"Anna Ruiz seemed ready to sell the old pier to the city.",
     "Anna Ruiz seemed ready to sell the old pier to the city", BL_CLAIM_ATTRIBUTED, "Anna Ruiz",
     "seemed", 0},
    /* a subordinate clause ends at its comma, a content at a dash or at a
     * comma and a conjunction */
    {"While the ferry seems likely to keep running through winter, the pier will close.",
     "the ferry seems likely to keep running through winter", BL_CLAIM_ATTRIBUTED, NULL, "seems",
     0},
    {"The new ferry routes seem popular, but that could change in winter.",
     "The new ferry routes seem popular", BL_CLAIM_ATTRIBUTED, NULL, "seem", 0},
    {"The mill is expected to cut 300 jobs this spring -- the first wave of many.",
     "The mill is expected to cut 300 jobs this spring", BL_CLAIM_ATTRIBUTED, NULL, "is expected",
     0},
    {"The council is reportedly planning to close the pier in May.",
     "The council is reportedly planning to close the pier in May", BL_CLAIM_ATTRIBUTED, NULL,
     "reportedly", 0},
    {"Turnout is widely expected to fall below 40 percent.",
     "Turnout is widely expected to fall below 40 percent", BL_CLAIM_ATTRIBUTED, NULL,
     "is widely expected", 0},
    {"It is expected to rise to 2.9 percent this year.", "to rise to 2.9 percent this year",
     BL_CLAIM_ATTRIBUTED, NULL, "is expected", 0},
    {"The strike is seen as the largest in the port's history.",
     "The strike is seen as the largest in the port's history", BL_CLAIM_ATTRIBUTED, NULL,
     "is seen as", 0},
    {"The union criticized him for closing the ferry office.", "him for closing the ferry office",
     BL_CLAIM_ATTRIBUTED, "The union", "criticized", 0},
    {"The port authority has declined for years to publish its accounts.",
     "to publish its accounts", BL_CLAIM_ATTRIBUTED, "The port authority", "declined", 0},
    {"Ruiz is seeking a third term as mayor of the port.", "a third term as mayor of the port",
     BL_CLAIM_ATTRIBUTED, "Ruiz", "seeking", 0},
    /* a stance told by an adjective */
    {"Local fishermen are deeply worried about the new quota rules.", "the new quota rules",
     BL_CLAIM_ATTRIBUTED, "Local fishermen", "are deeply worried about", 0},
    {"The mayor is open to a second bridge over the river.", "a second bridge over the river",
     BL_CLAIM_ATTRIBUTED, "The mayor", "is open to", 0},
    {"The board was reluctant to raise the harbour fees.", "to raise the harbour fees",
     BL_CLAIM_ATTRIBUTED, "The board", "was reluctant", 0},
    {"Most members voted against the new harbour levy.", "the new harbour levy",
     BL_CLAIM_ATTRIBUTED, "Most members", "voted against", 0},
    {"The farmers' union knocked Ruiz, Berg, Holt and Lind over the new quota.",
     "Ruiz, Berg, Holt and Lind over the new quota", BL_CLAIM_ATTRIBUTED, "The farmers' union",
     "knocked", 0},
    {"Ruiz discussed the new harbour wall and explained its cost to the town.",
     "the new harbour wall", BL_CLAIM_ATTRIBUTED, "Ruiz", "discussed", 0},
    {"And yet, Mrs. Ruiz's aides say, the ferry remains a priority for her.",
     "the ferry remains a priority for her", BL_CLAIM_ATTRIBUTED, "Mrs. Ruiz's aides", "say", -1},
    {"Ruiz told a lunch group of harbour pilots that the pier would reopen in May.",
     "the pier would reopen in May", BL_CLAIM_ATTRIBUTED, "Ruiz", "told", -1},
    {"The idea that the ferry could pay for itself was dropped in May.",
     "the ferry could pay for itself", BL_CLAIM_ATTRIBUTED, NULL, "idea", 0},
    {"The mayor backs Ruiz.", "Ruiz", BL_CLAIM_ATTRIBUTED, "The mayor", "backs", 0},
    {"The harbour pilots endorsed her on Tuesday.", "her", BL_CLAIM_ATTRIBUTED,
     "The harbour pilots", "endorsed", 0},
    {"In the new Harbour Times poll, conducted in May, 40 percent back the levy.",
     "40 percent back the levy", BL_CLAIM_ATTRIBUTED, "the new Harbour Times poll", "In", 0},
    {"The dockers demanded to see the new contract before the vote.",
     "to see the new contract before the vote", BL_CLAIM_ATTRIBUTED, "The dockers", "demanded",
     -1},
    /* a stance named by a noun and its particle */
    {"Ruiz's attacks on the harbour board drew applause.", "the harbour board", BL_CLAIM_ATTRIBUTED,
     "Ruiz", "attacks on", 0},
    {"Ruiz's attacks on the harbour board, which ran the port, drew applause.",
     "the harbour board", BL_CLAIM_ATTRIBUTED, "Ruiz", "attacks on", 0},
    {"His support for the new levy has faded.", "the new levy", BL_CLAIM_ATTRIBUTED, "His",
     "support for", 0},
    /* an aside of the writer's is no part of the content */
    {"The council plans to close the old pier in May, when the ferry stops.",
     "to close the old pier in May", BL_CLAIM_ATTRIBUTED, "The council", "plans", 0},
    /* a day that owns the object is no circumstance of the cue */
    {"Party officials framed Friday’s vote as a test of the new leader.",
     "Friday’s vote as a test of the new leader", BL_CLAIM_ATTRIBUTED, "Party officials", "framed",
     0},
    /* the source is the noun phrase: no sentence adverb before it, no
     * auxiliary after it */
    {"Meanwhile, the council has backed new limits on short-term rentals in the old town.",
     "new limits on short-term rentals in the old town", BL_CLAIM_ATTRIBUTED, "the council",
     "backed", 0},
    /* nothing from boilerplate, questions or a bare opinion */
    {"Reporting by Jane Okafor; Editing by Tom Lind", NULL, NONE, NULL, NULL, 0},
    {"Sign up for our newsletter to get 20 percent off.", NULL, NONE, NULL, NULL, 0},
    {"Will the new bridge open in 2027?", NULL, NONE, NULL, NULL, 0},
    /* a headline drops the article: "large survey" is the source */
    {"Coffee drinkers sleep less, large survey finds\n\nThe survey of 2,000 adults ran for a year.",
     "Coffee drinkers sleep less", BL_CLAIM_ATTRIBUTED, "large survey", "finds", 0},
    /* "charged with" is an indictment, not speech */
    {"A 19-year-old woman was arrested Friday night and charged with arson after a shop on Elm "
     "Street was held up, police said.",
     "was held up, police said", NONE, NULL, NULL, 0},
    /* the writer's own question reports no one's claim */
    {"Why do officials insist that the ferry must close in winter?",
     "the ferry must close in winter", NONE, NULL, NULL, 0},
    {"It was a lovely evening.", NULL, NONE, NULL, NULL, 0},
    /* the attribution and its appositive are no content of the passive
     * after them */
    {"According to Ines Varga, an economist at Kestrel Bank, the rate cut was widely expected.",
     "According to Ines Varga, an economist at Kestrel Bank", NONE, NULL, NULL, 0},
    /* "slammed into", "blasted into": a movement, no claim */
    {"The rocket blasted into orbit with three weather satellites aboard.",
     "into orbit with three weather satellites aboard", NONE, NULL, NULL, 0},
    {"A powerful storm slammed into the Kelmoor coast on Sunday, forcing thousands to flee.",
     "into the Kelmoor coast on Sunday, forcing thousands to flee", NONE, NULL, NULL, 0},
    /* a learned content stops before the claimant's next act */
    {"The council read the letter and visited the old mill on Thursday.", "the letter",
     BL_CLAIM_ATTRIBUTED, "The council", "read", 0},
    /* a particle opening a learned content is its cue's: "made a case
     * [for]", "showed little enthusiasm [for]" */
    {"Ortiz made a case for lower ferry fares.", "lower ferry fares",
     BL_CLAIM_ATTRIBUTED, "Ortiz", "made a case for", 0},
    {"Voters showed little enthusiasm for either candidate.", "either candidate",
     BL_CLAIM_ATTRIBUTED, "Voters", "showed little enthusiasm for", 0},
    /* ", while" sets figure against figure: one finding */
    {"The survey found that 52 percent of residents back the tunnel, while 31 percent oppose it.",
     "52 percent of residents back the tunnel, while 31 percent oppose it", BL_CLAIM_ATTRIBUTED,
     "The survey", "found", 0},
    {"The survey found that 52 percent of residents back the tunnel, while the council opposes it.",
     "52 percent of residents back the tunnel", BL_CLAIM_ATTRIBUTED, "The survey", "found", 0},
    /* a comma between adjectives does not end a stance's object; one after
     * its noun does */
    {"Unions condemned the council's harsh, sudden cuts to bus services.",
     "the council's harsh, sudden cuts to bus services", BL_CLAIM_ATTRIBUTED, "Unions",
     "condemned", 0},
    {"Unions condemned the plan, a costly scheme for the port.", "the plan", BL_CLAIM_ATTRIBUTED,
     "Unions", "condemned", 0},
    /* a standing in a poll is a finding; a bare figure before "in the
     * poll" is none */
    {"Ortiz leads her rival by nine points in the latest poll.",
     "Ortiz leads her rival by nine points", BL_CLAIM_ATTRIBUTED, "the latest poll", "in", 0},
    {"Berg, whose 12-point lead in the latest poll surprised many, spoke on Friday.",
     "whose 12-point lead", NONE, NULL, NULL, 0},
    /* an attack with an owner is a stance; one without may be an act of force */
    {"Her attacks on the new parking rules won applause at the meeting.",
     "the new parking rules", BL_CLAIM_ATTRIBUTED, "Her", "attacks on", 0},
    {"Two attacks on the embassy in the capital left four guards hurt.",
     "the embassy in the capital", NONE, NULL, NULL, 0},
    /* "support among ..." is the noun: no stance's object */
    {"With 45 percent support among young voters, Ortiz leads the race.", "among young voters",
     NONE, NULL, NULL, 0},
    {"The mayor enjoys 60 percent support among retired voters, the highest of any candidate.",
     "among retired voters", NONE, NULL, NULL, 0},
    /* a "by" phrase naming who acted is the source's side of a passive,
     * not what was said; one naming what moved them is content */
    {"Judge Mara Lind was nominated by President Tomas Berg in 2019.",
     "by President Tomas Berg in 2019", NONE, NULL, NULL, 0},
    {"Residents were alarmed by the sudden closure of the clinic.",
     "the sudden closure of the clinic", BL_CLAIM_ATTRIBUTED, "Residents", "were alarmed by", 0},
    /* the speaker before an active verb of speech is no content */
    {"Ferry strike enters third day\n\nELMPORT \xe2\x80\x94 The ferry strike entered its third "
     "day on Wednesday.\n\nUnion leader Pedro Alves tweeted:\n\n\"No deal, no ferries.\"\n",
     "Union leader Pedro Alves tweeted", NONE, NULL, NULL, 0},
    /* to whom a statement was made is not what was said */
    {"Mayor backs harbour plan\n\nELMPORT \xe2\x80\x94 Mayor Ana Ruiz spoke to reporters on "
     "Monday. She later talked to Pedro Alves.\n",
     "to Pedro Alves", NONE, NULL, NULL, 0},
    {"Toll row goes on\n\nELMPORT \xe2\x80\x94 Councillor Jana Meyer argued in interviews "
     "this week that the toll was too high.\n\nMeyer wrote to Governor Tomas Berg on Friday.\n",
     "to Governor Tomas Berg on Friday", NONE, NULL, NULL, 0},
    {"Toll row goes on\n\nELMPORT \xe2\x80\x94 Councillor Jana Meyer argued in interviews "
     "this week that the toll was too high.\n\nMeyer wrote to Governor Tomas Berg on Friday.\n",
     "the toll was too high", BL_CLAIM_ATTRIBUTED, "Councillor Jana Meyer", "argued", -1},
    /* a manner adverb alone is no cue */
    {"Ruiz slips in the polls\n\nELMPORT \xe2\x80\x94 Mayor Ana Ruiz quickly slid in the polls "
     "behind her rivals after the harbour vote.\n\nHer deputy, Tomas Berg, was similarly "
     "skeptical of the plan.\n\nThe council consistently beats its neighbours in road "
     "safety.\n",
     "beats its neighbours in road safety", NONE, NULL, NULL, 0},
    /* what a cue with a colon reports follows the colon */
    {"Ferry strike goes on\n\nELMPORT \xe2\x80\x94 The ferry strike entered its fourth day on "
     "Thursday.\n\nIn a statement on Friday, the union declared:\n\n\"No ferries will sail "
     "until the council pays.\"\n",
     "In a statement on Friday", NONE, NULL, NULL, 0},
    {"Ferry strike goes on\n\nELMPORT \xe2\x80\x94 The ferry strike entered its fourth day on "
     "Thursday.\n\nPedro Alves continued:\n\n\"We will not give up.\"\n",
     "Pedro Alves", NONE, NULL, NULL, 0},
    /* a noun phrase just before a colon announces what was said */
    {"Ferry strike goes on\n\nELMPORT \xe2\x80\x94 The ferry strike entered its fourth day on "
     "Thursday.\n\nIn response to the strike, the council issued the following statement:\n\n"
     "We regret the disruption.\n",
     "the following statement", NONE, NULL, NULL, 0},
    /* punctuation alone is no content */
    {"Toll row goes on\n\nELMPORT \xe2\x80\x94 The toll on the harbour bridge will rise in May, "
     "said Mayor Ana Ruiz (\n\nRead more: Elmport Gazette ]\n\nCouncillor Jana Meyer, she said "
     "(\n\nThe union said: ]\n", "(", NONE, NULL, NULL, 0},
    {"Toll row goes on\n\nELMPORT \xe2\x80\x94 The toll on the harbour bridge will rise in May, "
     "said Mayor Ana Ruiz (\n\nRead more: Elmport Gazette ]\n\nCouncillor Jana Meyer, she said "
     "(\n\nThe union said: ]\n", "]", NONE, NULL, NULL, 0},
    /* what was written is a clause, not the document */
    {"Toll row goes on\n\nELMPORT \xe2\x80\x94 Councillor Jana Meyer wrote a long letter to the "
     "harbour board on Friday.\n",
     "a long letter to the harbour board on Friday", NONE, NULL, NULL, 0},
    {"Toll row goes on\n\nELMPORT \xe2\x80\x94 Councillor Jana Meyer wrote that the toll was "
     "too high.\n",
     "the toll was too high", BL_CLAIM_ATTRIBUTED, "Councillor Jana Meyer", "wrote", -1},
    /* nouns are no cues */
    {"His plans for the harbour were rejected by the council in 2020.",
     "for the harbour were rejected by the council in 2020", NONE, NULL, NULL, 0},
    /* a phrase naming where the claimant spoke is no part of a noun
     * phrase content; one the content names ("the debate over") stays */
    {"The mayor backed the new ferry plan during a rally on Friday.", "the new ferry plan",
     BL_CLAIM_ATTRIBUTED, "The mayor", "backed", 0},
    {"Okafor opposed the harbour tax in an interview with the local radio station.",
     "the harbour tax", BL_CLAIM_ATTRIBUTED, "Okafor", "opposed", 0},
    {"The senator supports a higher minimum wage for dock workers on Twitter.",
     "a higher minimum wage for dock workers", BL_CLAIM_ATTRIBUTED, "The senator", "supports", 0},
    {"Okafor backs the pier repairs in the debate over the budget.",
     "the pier repairs in the debate over the budget", BL_CLAIM_ATTRIBUTED, "Okafor", "backs", 0},
    /* a list of short lower-case items, or examples after "including",
     * go on with the content past their commas */
    {"The union wants to rally older, rural and working-class voters.",
     "to rally older, rural and working-class voters", BL_CLAIM_ATTRIBUTED, "The union", "wants",
     0},
    {"The council wants to cut fees, build a dock and hire crews.",
     "to cut fees, build a dock and hire crews", BL_CLAIM_ATTRIBUTED, "The council", "wants", 0},
    {"The mayor plans to expand the port, including a new ferry terminal and a dry dock.",
     "to expand the port, including a new ferry terminal and a dry dock", BL_CLAIM_ATTRIBUTED,
     "The mayor", "plans", 0},
    {"The mayor wants to close the pier, and the crews are angry.", "to close the pier",
     BL_CLAIM_ATTRIBUTED, "The mayor", "wants", 0},
    /* a participle cue between the parts of a quote reports more; a
     * relative clause there reports nothing */
    {"Ferry Row\n\n“The ferry will stop in the winter,” Ruiz said, referring to the night boat "
     "to the islands. “Nobody asked the people who live there.”",
     "the night boat to the islands", BL_CLAIM_ATTRIBUTED, "Ruiz", "referring to", 0},
    {"Ferry Row\n\n“We were never told,” the fisherman said, who has lived on the island for "
     "decades. “Nobody called us.”",
     "has lived on the island for decades", NONE, NULL, NULL, 0},
    /* "called" that names or convenes reports nothing */
    {"The walkout was called by the harbour union, which says 300 jobs are at risk.",
     "The walkout was", NONE, NULL, NULL, 0},
    {"The probe, called Tern One and built by the Leeds start-up Aldmoor Space under a contract "
     "with the agency, sent back its first images.",
     "Tern One and built", NONE, NULL, NULL, 0},
    /* the terms a source spoke on, read by the model as a cue, report
     * nothing */
    {"Two aides said the depot would close in May and spoke on condition of anonymity because "
     "the talks were private.",
     "anonymity because the talks were private", NONE, NULL, NULL, 0},
    /* "asked not to be named": a request for anonymity, no claim */
    {"A porter, who asked not to be named because he feared for his job, said the ward was "
     "full.",
     "to be named because he feared for his job", NONE, NULL, NULL, 0},
    {"A porter, who asked not to be named because he feared for his job, said the ward was "
     "full.",
     "not to be named because he feared for his job", NONE, NULL, NULL, 0},
    /* "be" and a participle are the narrator's passive, no cue */
    {"Two men were arrested on Saturday. Officers were called to the shop on Briggate shortly "
     "after 3pm.",
     "called to the shop on Briggate shortly after 3pm", NONE, NULL, NULL, 0},
    /* nor does "known as" */
    {"The decision by the harbour board, known as the Board of Pilots, was unanimous.",
     "as the Board of Pilots", NONE, NULL, NULL, 0},
    {"The rebels, known as the Eastern Front, seized the port in May.", "the Eastern Front", NONE,
     NULL, NULL, 0},
    {"Known as the Iron Lady of the docks, Ana Ruiz led the union through three strikes.",
     "as the Iron Lady of the docks", NONE, NULL, NULL, 0},
    /* "Name: “...”": the quote's claim, not a second one of the colon's
     * with the marks in it */
    {"Mark Ellison spoke in Leeds on Monday. "
     "Ellison continued: “Nobody believes those numbers.”",
     "“Nobody believes those numbers.”", NONE, NULL, NULL, 0},
    /* "CONTENT, said SOURCE": the phrase after the cue is no content */
    {"Defending that harbor is squarely within the mayor's strengths, said a handful of Democrats "
     "who point to her ties to labor.",
     "Defending that harbor is squarely within the mayor's strengths", BL_CLAIM_ATTRIBUTED,
     "a handful of Democrats", "said", 1},
    {"Even the north has more pull through its films, says political scientist Anna Berg in Oslo.",
     "Even the north has more pull through its films", BL_CLAIM_ATTRIBUTED,
     "political scientist Anna Berg", "says", 1},
    {"Prices at the port will fall next year, said officials at the port.",
     "officials at the port", NONE, NULL, NULL, 0},
    {"Ruiz, the former mayor of the town, criticized the port's fee rise.",
     "the port's fee rise", BL_CLAIM_ATTRIBUTED, "Ruiz", "criticized", -1},
    /* a cue in the infinitive after "continues", "seemed", "moved" */
    {"He continues to insist that he will fight on to the July convention and refuses to answer "
     "questions.",
     "he will fight on to the July convention", BL_CLAIM_ATTRIBUTED, "He", "continues to insist",
     1},
    {"I continue to believe that our next mayor will be chosen for a believable plan.",
     "our next mayor will be chosen for a believable plan", BL_CLAIM_ATTRIBUTED, "I",
     "continue to believe", 0},
    {"Ortiz moved to emphasize border security as a priority.", "border security as a priority",
     BL_CLAIM_ATTRIBUTED, "Ortiz", "moved to emphasize", 0},
    /* ", asked about ..." between the parts of a quote: the question */
    {"Vote Count\n\n“We will see what the voters say,” Ruiz said, asked about the delay in the "
     "count. “It is up to them.”",
     "the delay in the count", BL_CLAIM_ATTRIBUTED, NULL, "asked about", 0},
    {"Contract\n\n“It is a fair deal,” Lane said, when asked whether she would sign the "
     "contract. “We waited long enough.”",
     "whether she would sign the contract", BL_CLAIM_ATTRIBUTED, NULL, "asked", 0},
    /* cues of speech the lexicon lacked: rebuking, implying,
     * repudiating, portraying, lauding, likening, lashing out at */
    /* "echoing" is in the lexicon too, but whether it reports is the
     * learned model's call: PolNeAR train marks 2 of its 11 uses */
    {"The bishop rebuked Ortiz in May when the candidate called for closing the shelters.",
     "Ortiz in May when the candidate called for closing the shelters", BL_CLAIM_ATTRIBUTED,
     "The bishop", "rebuked", -1},
    {"Ruiz was implying that the audit had been buried.", "the audit had been buried",
     BL_CLAIM_ATTRIBUTED, "Ruiz", "implying", -1},
    {"The governor has repudiated decades of support for the coal mines.",
     "decades of support for the coal mines", BL_CLAIM_ATTRIBUTED, "The governor", "repudiated",
     -1},
    {"Berg portrays fishermen as victims and the council as too slow to act.",
     "fishermen as victims and the council as too slow to act", BL_CLAIM_ATTRIBUTED, "Berg",
     "portrays", -1},
    {"Lane, the union chief, was lauding the deal as the best in a decade.",
     "the deal as the best in a decade", BL_CLAIM_ATTRIBUTED, "Lane", "lauding", -1},
    {"Holt likened it to the campaigns of the past where voters were asked to “stand up and be "
     "counted.”",
     "it to the campaigns of the past where voters were asked to “stand up and be counted.”",
     BL_CLAIM_ATTRIBUTED, "Holt", "likened", -1},
    {"Holt, who chairs the committee, lashed out at the ferry company over its fares.",
     "the ferry company over its fares", BL_CLAIM_ATTRIBUTED, "Holt", "lashed out at", -1},
    /* an argument named by "make ... case", its that-clause after the
     * audience or a time; the subject before an auxiliary is the claimant */
    {"The mayor made the case to voters that the new bridge would pay for itself.",
     "the new bridge would pay for itself", BL_CLAIM_ATTRIBUTED, "The mayor", "made the case", 0},
    {"Aides are making a strong case that the harbour needs dredging.",
     "the harbour needs dredging", BL_CLAIM_ATTRIBUTED, "Aides", "making a strong case", 0},
    {"Holt has been making the case for months that the ferry is too slow.",
     "the ferry is too slow", BL_CLAIM_ATTRIBUTED, "Holt", "making the case", 0},
    /* "so" standing for what came before, in the writer's narration only */
    {"The mayor says the bridge is safe. Ruiz apparently thinks so, too.", "so",
     BL_CLAIM_ATTRIBUTED, "Ruiz", "thinks", 0},
    {"The strike could end this week, but the unions would not say so.", "so",
     BL_CLAIM_ATTRIBUTED, "the unions", "say", 0},
    {"“I hope so,” Holt said when asked about the ferry.", "so", NONE, NULL, NULL, 0},
    {"The ministry says the port is closed, but the union disputes this.", "this",
     BL_CLAIM_ATTRIBUTED, "the union", "disputes", 0},
    {"Ruiz asked for a recount in May, and the council rejected that, too.", "that",
     BL_CLAIM_ATTRIBUTED, "the council", "rejected", 0},
    /* "that" before a bare comma may open a clause of its own */
    {"Holt suggested that, in the end, the vote was fair.", "that", NONE, NULL, NULL, 0},
    /* a stance against something told in the passive: the by-phrase holds it */
    {"The levy, opposed by the council, passed in May.", "The levy", BL_CLAIM_ATTRIBUTED,
     "the council", "opposed by", 0},
    {"The plan was soundly rejected by voters in 2019.", "The plan", BL_CLAIM_ATTRIBUTED, "voters",
     "rejected by", 0},
    {"The mayor imposed a curfew, denounced by tenant groups, after the riot.", "a curfew",
     BL_CLAIM_ATTRIBUTED, "tenant groups", "denounced by", 0},
    {"The plan, endorsed by the port authority, would widen the canal.", "The plan",
     BL_CLAIM_ATTRIBUTED, "the port authority", "endorsed by", 0},
    /* ... and the model's reading of the same words the other way round
     * ("[by the council]", said by the levy) is not kept */
    {"The toll, opposed by the council, raised fares in March.", "by the council", NONE, NULL,
     NULL, 0},
    {"The levy, opposed by the council, raised fares in March.", "The levy", BL_CLAIM_ATTRIBUTED,
     "the council", "opposed by", 0},
    /* "so" and the passive are read in the narration only: a quote before
     * the trigger does not hide it, one around it does (in_quote) */
    {"“The bridge is safe,” Ruiz said. Vale thinks so, too.", "so", BL_CLAIM_ATTRIBUTED, "Vale",
     "thinks", 0},
    {"“The levy was opposed by the council,” Ruiz said on Monday.", "The levy", NONE, NULL, NULL,
     0},
    /* a case without a that-clause reports nothing */
    {"The lawyers made a good case for the tenants at the hearing.", "the tenants at the hearing",
     NONE, NULL, NULL, 0},
    /* the model's cue a form of "be" alone: a state, no act of saying */
    {"Shopkeepers were also critical, saying the new parking fees would drive customers away.",
     "also critical", NONE, NULL, NULL, 0},
    /* the model's cue a bare verb form after a finite verb: a noun there */
    {"Officials sent text messages to residents of Lindale, urging them to stay indoors.",
     "messages to residents of Lindale", NONE, NULL, NULL, 0},
    /* "said on Thursday, after sales fell 8%": a time and the narrator's
     * "after" clause are no content, nor is what a figure's sign opens;
     * what was said is the clause before the source */
    {"Harwick will close two factories, the firm said on Thursday, after sales fell 8% last "
     "year.",
     "Harwick will close two factories", BL_CLAIM_ATTRIBUTED, "the firm", "said", -1},
    {"Harwick will close two factories, the firm said on Thursday, after sales fell 8% last "
     "year.",
     "Thursday, after sales fell 8% last year", NONE, NULL, NULL, 0},
    {"Harwick Foods will cut 1,200 jobs and close two plants, the snack maker said on Thursday, "
     "after sales fell 8% in the first half of the year.",
     "% in the first half of the year", NONE, NULL, NULL, 0},
    /* a verb with content after it: the phrase before it is its subject */
    {"BERLIN (AP) — Germany's parliament narrowly approved a contested overhaul of the state rail "
     "network on Friday, after weeks of infighting within the governing coalition and a "
     "last-minute revolt by rural lawmakers.",
     "Germany's parliament narrowly", NONE, NULL, NULL, 0},
};

static bool span_is(const char *text, struct bl_span s, const char *want)
{
    if (!want)
        return s.start == BL_NONE;
    return s.start != BL_NONE && s.end - s.start == strlen(want) &&
           memcmp(text + s.start, want, s.end - s.start) == 0;
}

static bl_models *load_models(void)
{
    bl_models *m = NULL;
    struct bl_error err = {0};
    if (bl_models_load(BL_DATADIR, &m, &err) != BL_OK) {
        printf("cannot load models: %s\n", err.message);
        fail();
    }
    return m;
}

static void test_rows(void **state)
{
    bl_models *m = load_models();
    int failures = 0;
    (void)state;
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        const struct row *w = &rows[r];
        bl_doc *d = NULL;
        struct bl_error err = {0};
        size_t nc;
        const struct bl_claim *c, *hit = NULL;
        assert_int_equal(bl_doc_create(w->text, strlen(w->text), &d, &err), BL_OK);
        assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_CLAIMS, &err), BL_OK);
        c = bl_doc_claims(d, &nc);
        for (size_t i = 0; i < nc; i++)
            if (w->content && span_is(w->text, c[i].span, w->content))
                hit = &c[i];
        if (w->kind == NONE) {
            if (w->content ? hit != NULL : nc != 0) {
                printf("row %zu: unexpected claim in: %s\n", r, w->text);
                failures++;
            }
        } else if (!hit) {
            printf("row %zu: no claim [%s] in: %s\n  got:", r, w->content, w->text);
            for (size_t i = 0; i < nc; i++)
                printf(" %s[%.*s]", bl_claim_kind_name(c[i].kind),
                       (int)(c[i].span.end - c[i].span.start), w->text + c[i].span.start);
            printf("\n");
            failures++;
        } else {
            bool ok = hit->kind == w->kind && span_is(w->text, hit->source, w->source) &&
                      span_is(w->text, hit->cue, w->cue) && hit->checkworthiness >= 0 &&
                      hit->checkworthiness <= 1;
            if (w->kind == BL_CLAIM_ATTRIBUTED)
                ok = ok && hit->secondary >= BL_CLAIM_FACTUAL &&
                     (w->from_quote < 0 || (hit->quote >= 0) == (w->from_quote == 1));
            else
                ok = ok && hit->claimant == -1 && hit->quote == -1 && hit->secondary == -1;
            if (!ok) {
                printf("row %zu: [%s] kind %s source [%.*s] cue [%.*s] quote %d\n", r, w->content,
                       bl_claim_kind_name(hit->kind),
                       hit->source.start == BL_NONE ? 0
                                                    : (int)(hit->source.end - hit->source.start),
                       hit->source.start == BL_NONE ? "" : w->text + hit->source.start,
                       hit->cue.start == BL_NONE ? 0 : (int)(hit->cue.end - hit->cue.start),
                       hit->cue.start == BL_NONE ? "" : w->text + hit->cue.start, hit->quote);
                failures++;
            }
        }
        bl_doc_free(d);
    }
    bl_models_free(m);
    assert_int_equal(failures, 0);
}

/* A question in quotation marks is still a claim of the quote, but scores low. */
static void test_quoted_question(void **state)
{
    static const char text[] = "“Will the steel plant in Dunmore close before 2030?” a worker "
                               "asked. “The steel plant in Dunmore will close in 2030,” the "
                               "owner said.";
    bl_models *m = load_models();
    bl_doc *d = NULL;
    struct bl_error err = {0};
    size_t nc;
    const struct bl_claim *c;
    double q = -1, a = -1;
    (void)state;
    assert_int_equal(bl_doc_create(text, strlen(text), &d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_CLAIMS, &err), BL_OK);
    c = bl_doc_claims(d, &nc);
    for (size_t i = 0; i < nc; i++) {
        if (c[i].quote >= 0 && text[c[i].span.start] == 'W')
            q = c[i].checkworthiness;
        if (c[i].quote >= 0 && text[c[i].span.start] == 'T')
            a = c[i].checkworthiness;
    }
    bl_doc_free(d);
    bl_models_free(m);
    assert_true(q >= 0 && a >= 0);
    assert_true(q < 0.3);
    assert_true(a > q);
}

/* An auxiliary or "also" alone is no cue of the learned model's claims, and
 * the model's claims keep their other cues: rows of {article, cue that must
 * not appear}. */
static const struct function_row {
    const char *text;
    const char *cue;
} function_rows[] = {
    {"Ruiz wins big in the coastal primaries\n\n"
     "ELMPORT \xe2\x80\x94 Mayor Ana Ruiz swept the coastal primaries on Tuesday, taking four of "
     "the five districts.\n\n"
     "Her rival, Tomas Berg, has yet to win a district. Berg has, by most counts, been outspent "
     "three to one by the mayor and her allies.\n\n"
     "\"We will keep fighting,\" Berg told supporters.\n",
     "has"},
    /* "about" before a quantity rounds it: no topic of a report (the
     * shipped model reads this one as "has controlled about") */
    {"The war began in 2022. Since then, Russia has controlled about a fifth of the territory.",
     "has controlled about"},
    /* a passive and "to" a noun phrase says where something went */
    {"The results were also presented to The New England Journal of Medicine, which is "
     "reviewing a second paper.",
     "were also presented"},
};

static void test_function_cues(void **state)
{
    bl_models *m = load_models();
    (void)state;
    for (size_t r = 0; r < sizeof function_rows / sizeof function_rows[0]; r++) {
        const char *text = function_rows[r].text;
        size_t nc, cl = strlen(function_rows[r].cue);
        bl_doc *d = NULL;
        struct bl_error err = {0};
        const struct bl_claim *c;
        assert_int_equal(bl_doc_create(text, strlen(text), &d, &err), BL_OK);
        assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_CLAIMS, &err), BL_OK);
        c = bl_doc_claims(d, &nc);
        for (size_t i = 0; i < nc; i++)
            if (c[i].cue.start != BL_NONE && c[i].cue.end - c[i].cue.start == cl &&
                memcmp(text + c[i].cue.start, function_rows[r].cue, cl) == 0) {
                printf("row %zu: a claim with the cue [%s]: %.*s\n", r, function_rows[r].cue,
                       (int)(c[i].span.end - c[i].span.start), text + c[i].span.start);
                fail();
            }
        bl_doc_free(d);
    }
    bl_models_free(m);
}

/* A time and nothing else is no proposition (the learned model's claims
 * whose content is one are dropped): rows of {text, whole text a time}. */
static const struct time_row {
    const char *text;
    bool only_time;
} time_rows[] = {
    {"on Monday", true},
    {"last week", true},
    {"in March 2019", true},
    {"on Friday, March 3", true},
    {"Tuesday", true},
    {"on the bridge", false},
    {"the vote on Monday", false},
    {"prices rose on Monday", false},
    {"in March 2019 the plant closed", false},
};

static void test_only_time(void **state)
{
    (void)state;
    for (size_t r = 0; r < sizeof time_rows / sizeof time_rows[0]; r++) {
        bl_doc *d = NULL;
        struct bl_error err = {0};
        const char *text = time_rows[r].text;
        assert_int_equal(bl_doc_create(text, strlen(text), &d, &err), BL_OK);
        assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_TOKENS, &err), BL_OK);
        if (bl_claims_only_time(d, 0, d->ntoks) != time_rows[r].only_time) {
            printf("row %zu: [%s] only a time: want %d\n", r, text, time_rows[r].only_time);
            fail();
        }
        bl_doc_free(d);
    }
}

/* An attributed claim that reports speech ("pledged to ...") and that no
 * quote covers is an indirect quote too, linked both ways; a belief ("fear"),
 * a cue with "not", a topic ("comments about") and a decision ("agreed to")
 * stay claims, unless quoted words in the content put someone's words
 * forward ("voted for a motion that “...”", not the same vote unquoted). Rows of
 * {content of the claim, quote wanted}; the article holds them all. */
static const char speech_text[] =
    "Harbor officials on Monday pledged to reopen the east pier by June.\n\n"
    "Councilor Mia Thorne, who chairs the transport committee, did not respond to requests for "
    "comment.\n\n"
    "Fishermen fear the closure will last all summer.\n\n"
    "Thorne's comments about the ferry schedule drew criticism from the union.\n\n"
    "The two port authorities agreed on Friday to share the dredging costs.\n\n"
    "The council voted 7-2 for a motion that \xe2\x80\x9c" "condemns the closure of the east pier "
    "without a hearing.\xe2\x80\x9d\n\n"
    "The port board voted 5-4 for a plan that doubles the fees for cargo ships next spring.\n";
static const struct speech_row {
    const char *content;
    bool quote;
    bool tail; /* the claim's content may open with more words before it */
} speech_rows[] = {
    {"to reopen the east pier by June", true},
    {"the closure will last all summer", false},
    {"to requests for comment", false},
    {"the ferry schedule", false},
    {"to share the dredging costs", false}, /* an agreement is no speech */
    /* (the model reads the motion's quoted words as the content, with or
     * without "a motion that" before them, depending on its training: the
     * content ends with them) */
    {"\xe2\x80\x9c" "condemns the closure of the east pier without a hearing."
     "\xe2\x80\x9d",
     true, true},
    {"doubles the fees for cargo ships next spring", false},
};

static void test_reported_speech(void **state)
{
    bl_models *m = load_models();
    bl_doc *d = NULL;
    struct bl_error err = {0};
    size_t nc, nq;
    const struct bl_claim *c;
    const struct bl_quote *q;
    (void)state;
    assert_int_equal(bl_doc_create(speech_text, strlen(speech_text), &d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_CLAIMS, &err), BL_OK);
    c = bl_doc_claims(d, &nc);
    q = bl_doc_quotes(d, &nq);
    for (size_t j = 1; j < nq; j++)
        assert_true(q[j - 1].span.start <= q[j].span.start);
    for (size_t i = 0; i < nc; i++)
        if (c[i].quote >= 0) {
            /* every link, old or new, points at a quote over the claim */
            assert_true((size_t)c[i].quote < nq);
            assert_true(q[c[i].quote].span.start < c[i].span.end &&
                        c[i].span.start < q[c[i].quote].span.end);
        }
    for (size_t r = 0; r < sizeof speech_rows / sizeof speech_rows[0]; r++) {
        const char *want = speech_rows[r].content;
        size_t wl = strlen(want);
        bool found = false;
        for (size_t i = 0; i < nc && !found; i++) {
            const struct bl_quote *x;
            size_t cl = c[i].span.end - c[i].span.start;
            if (c[i].kind != BL_CLAIM_ATTRIBUTED ||
                (speech_rows[r].tail ? cl < wl : cl != wl) ||
                memcmp(speech_text + c[i].span.end - wl, want, wl) != 0)
                continue;
            found = true;
            if (!speech_rows[r].quote) {
                if (c[i].quote >= 0) {
                    printf("row %zu: [%s] became a quote\n", r, want);
                    fail();
                }
                continue;
            }
            assert_true(c[i].quote >= 0);
            x = &q[c[i].quote];
            assert_int_equal(x->kind, BL_QUOTE_INDIRECT);
            assert_true(x->span.start == c[i].span.start && x->span.end == c[i].span.end);
            assert_int_equal(x->nparts, 1);
            assert_int_equal(x->speaker, c[i].claimant);
            assert_true(x->cue.start == c[i].cue.start && x->cue.end == c[i].cue.end);
        }
        /* a report that is no speech may also be no claim with another
         * model; it must never be a quote */
        for (size_t j = 0; j < nq && !speech_rows[r].quote; j++)
            if (q[j].span.end - q[j].span.start == wl &&
                memcmp(speech_text + q[j].span.start, want, wl) == 0) {
                printf("row %zu: [%s] is a quote\n", r, want);
                fail();
            }
        if (!found && speech_rows[r].quote) {
            printf("row %zu: no claim [%s]\n", r, want);
            fail();
        }
    }
    bl_doc_free(d);
    bl_models_free(m);
}

/* Does text give a claim whose claimant is the actor named name (NULL: no
 * claimant)? The claim's content is content, or, when content is NULL, any
 * attributed claim will do. */
static bool claim_by(bl_models *m, const char *text, const char *content, const char *name)
{
    bl_doc *d = NULL;
    struct bl_error err = {0};
    size_t nc, na;
    const struct bl_claim *c;
    const struct bl_actor *a;
    bool found = false;
    assert_int_equal(bl_doc_create(text, strlen(text), &d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_CLAIMS, &err), BL_OK);
    c = bl_doc_claims(d, &nc);
    a = bl_doc_actors(d, &na);
    for (size_t i = 0; i < nc && !found; i++) {
        if (content ? !span_is(text, c[i].span, content) : c[i].kind != BL_CLAIM_ATTRIBUTED)
            continue;
        found = name ? c[i].claimant >= 0 && (size_t)c[i].claimant < na &&
                           strcmp(a[c[i].claimant].name, name) == 0
                     : c[i].claimant == -1;
    }
    bl_doc_free(d);
    return found;
}

/* A claimant phrase naming an actor gives the claim that actor. */
static void test_claimant(void **state)
{
    static const char text[] =
        "Finance Minister Lena Ortiz spoke in Valletta on Monday. Ortiz believes the "
        "currency will recover by the end of the year.";
    bl_models *m = load_models();
    bool found;
    (void)state;
    found = claim_by(m, text, NULL, "Lena Ortiz");
    /* evidence with a participle's "by" appositive is the claim of whom
     * the "by" names */
    found = found && claim_by(m,
                              "The report, released Tuesday by the Kelso Housing Institute, "
                              "found that rents rose 12 percent.",
                              "rents rose 12 percent", "Kelso Housing Institute");
    bl_models_free(m);
    assert_true(found);
}

/* "According to the report, ...": the claim is the report's author's when
 * the article named it ("a report by ...", "X's report"), else nobody's. */
static void test_report_claimant(void **state)
{
    static const char *const texts[] = {
        "A report by the National Audit Office found that the new hospital ran two years "
        "late.\n\nAccording to the report, costs rose by 40 percent.",
        "The Harbour Board's annual report was published on Monday.\n\nAccording to the "
        "report, traffic through the port fell by a tenth.",
        "The new hospital ran two years late.\n\nAccording to the report, costs rose by 40 "
        "percent."};
    static const char *const names[] = {"National Audit Office", "Harbour Board", NULL};
    static const char *const contents[] = {"costs rose by 40 percent",
                                           "traffic through the port fell by a tenth",
                                           "costs rose by 40 percent"};
    bl_models *m = load_models();
    (void)state;
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++)
        if (!claim_by(m, texts[t], contents[t], names[t]))
            fail_msg("claim [%s] not %s's in: %s", contents[t], names[t] ? names[t] : "nobody",
                     texts[t]);
    bl_models_free(m);
}

/* A relative pronoun as the source: the group named right before it, or a
 * few words before ("the Kestrel Dockers union, which says"). */
static void test_relative_claimant(void **state)
{
    static const char *const texts[] = {
        "The judge met on Friday with aid groups that argued the rule was unlawful.",
        "The ruling was a blow to the unions, who argued that the rule protected workers.",
        "The walkout was called by the Kestrel Dockers union, which says the plans could cost "
        "300 jobs."};
    static const char *const names[] = {"aid groups", "unions", "Kestrel Dockers"};
    bl_models *m = load_models();
    (void)state;
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++)
        if (!claim_by(m, texts[t], NULL, names[t]))
            fail_msg("no claim of '%s' in: %s", names[t], texts[t]);
    bl_models_free(m);
}

/* The checkworthiness of the claim of text whose content is content, or -1
 * when there is none. */
static double score_of_claim(bl_models *m, const char *text, const char *content)
{
    bl_doc *d = NULL;
    struct bl_error err = {0};
    size_t nc;
    const struct bl_claim *c;
    double s = -1;
    assert_int_equal(bl_doc_create(text, strlen(text), &d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_CLAIMS, &err), BL_OK);
    c = bl_doc_claims(d, &nc);
    for (size_t i = 0; i < nc && s < 0; i++)
        if (span_is(text, c[i].span, content))
            s = c[i].checkworthiness;
    bl_doc_free(d);
    return s;
}

/* "thanked volunteers ...", "ordered a halt to ...": the noun phrase a
 * stance verb takes names a thing and says nothing of it, so it scores below
 * a reported statement with no more to check; a figure in it still counts. */
static void test_stance_object(void **state)
{
    static const struct {
        const char *text, *object, *statement;
    } objrows[] = {
        {"The Harbour Users Group thanked volunteers at the quay on Saturday. The group said "
         "the new ramp had been used by almost every visiting boat.",
         "volunteers at the quay on Saturday",
         "the new ramp had been used by almost every visiting boat"},
        {"The regional court ordered a halt to blasting at the Marlow quarry. Residents said "
         "the blasting had cracked walls in their village.",
         "a halt to blasting at the Marlow quarry", "the blasting had cracked walls in their village"},
    };
    bl_models *m = load_models();
    (void)state;
    for (size_t r = 0; r < sizeof objrows / sizeof objrows[0]; r++) {
        double so = score_of_claim(m, objrows[r].text, objrows[r].object);
        double ss = score_of_claim(m, objrows[r].text, objrows[r].statement);
        if (so < 0 || ss < 0 || so >= ss)
            fail_msg("[%s] %.3f, want below [%s] %.3f", objrows[r].object, so, objrows[r].statement,
                     ss);
    }
    /* the flag alone: a figure keeps the object checkable */
    assert_true(score_of("the ferry timetable", BL_CLAIM_F_ATTRIBUTED | BL_CLAIM_F_OBJECT, NULL) <
                score_of("the ferry timetable", BL_CLAIM_F_ATTRIBUTED, NULL));
    assert_true(score_of("a fee of $40 million", BL_CLAIM_F_ATTRIBUTED | BL_CLAIM_F_OBJECT,
                         NULL) == score_of("a fee of $40 million", BL_CLAIM_F_ATTRIBUTED, NULL));
    bl_models_free(m);
}

/* Many paragraphs: sorted, inside the text, quote indices valid, and time
 * growing no faster than the text. */
static void test_long(void **state)
{
    static const char para[] =
        "Exports fell 14% in February, the ministry said. Critics argue that the port is too "
        "small. “We will build a second quay by 2028,” Director Ana Ruiz said. The union "
        "wants to strike. The port handled 2.1 million containers in 2023.\n\nReporting by Sam "
        "Reyes\n\n";
    bl_models *m = load_models();
    size_t reps[2] = {200, 800}, pl = strlen(para);
    double secs[2];
    (void)state;
    for (int k = 0; k < 2; k++) {
        char *text = malloc(pl * reps[k] + 1);
        bl_doc *d = NULL;
        struct bl_error err = {0};
        size_t nc, nq, n_auth = 0;
        const struct bl_claim *c;
        clock_t t0;
        assert_non_null(text);
        for (size_t i = 0; i < reps[k]; i++)
            memcpy(text + i * pl, para, pl);
        text[pl * reps[k]] = '\0';
        assert_int_equal(bl_doc_create(text, pl * reps[k], &d, &err), BL_OK);
        assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_QUOTES, &err), BL_OK);
        t0 = clock();
        assert_int_equal(bl_claims_run(m, d), BL_OK);
        secs[k] = (double)(clock() - t0) / CLOCKS_PER_SEC;
        c = bl_doc_claims(d, &nc);
        (void)bl_doc_quotes(d, &nq);
        assert_true(nc >= 3 * reps[k]);
        for (size_t i = 0; i < nc; i++) {
            assert_true(c[i].span.start < c[i].span.end && c[i].span.end <= pl * reps[k]);
            if (i)
                assert_true(c[i - 1].span.start <= c[i].span.start);
            assert_true(c[i].quote < (int)nq);
            assert_true(strstr(text + c[i].span.start, "Reporting by") != text + c[i].span.start);
            n_auth += c[i].kind != BL_CLAIM_ATTRIBUTED;
        }
        assert_true(n_auth >= reps[k]);
        bl_doc_free(d);
        free(text);
    }
    /* 4x the text must not take 16x the time (allow noise on tiny times) */
    assert_true(secs[1] < 10 * secs[0] + 0.05);
    bl_models_free(m);
}

/* ---- word lists by spelling --------------------------------------------- */

/* bl_claims_word_lists_all with spelling numbers (each spelling looked up
 * once) gives every token what bl_claims_word_lists gives it alone, with
 * some tokens left unnumbered, and without numbers. The rows repeat words
 * in several cases and end on a listed word (read byte by byte). */
static const char *const spelling_rows[] = {
    "The claims were false, the minister said; THE CLAIMS were the claims.",
    "Exports fell 14% in May. May he fall? He'll say it's the biggest drop ever, they'd warned.",
    "We think our plans will work because prices rose again, and again.",
    "Critics argue the plan is bad. Critics argue the plan is bad. Warned",
};

static void test_word_lists_spelling(void **state)
{
    (void)state;
    for (size_t r = 0; r < sizeof spelling_rows / sizeof spelling_rows[0]; r++) {
        bl_doc *d = split(spelling_rows[r]);
        size_t n = d->ntoks, nsp = 0;
        uint32_t *sp = malloc(n * sizeof *sp), *got = malloc(n * sizeof *got);
        assert_non_null(sp);
        assert_non_null(got);
        /* the spelling numbers as the tagger gives them: same bytes and kind */
        for (size_t i = 0; i < n; i++) {
            const struct bl_token *t = &d->toks[i];
            sp[i] = UINT32_MAX;
            for (size_t j = 0; j < i && sp[i] == UINT32_MAX; j++) {
                const struct bl_token *u = &d->toks[j];
                if (u->kind == t->kind && u->end - u->start == t->end - t->start &&
                    !memcmp(d->text + u->start, d->text + t->start, t->end - t->start))
                    sp[i] = sp[j];
            }
            if (sp[i] == UINT32_MAX)
                sp[i] = (uint32_t)nsp++;
        }
        for (int pass = 0; pass < 3; pass++) {
            if (pass == 1) /* some tokens unnumbered */
                for (size_t i = 0; i < n; i += 3)
                    sp[i] = UINT32_MAX;
            bl_claims_word_lists_all(d->text, d->len, d->toks, n, pass < 2 ? sp : NULL, nsp, got);
            for (size_t i = 0; i < n; i++) {
                uint32_t want = bl_claims_word_lists(d->text, d->len, &d->toks[i]);
                if (got[i] != want) {
                    printf("[%s] pass %d token %zu: %#x, alone %#x\n", spelling_rows[r], pass, i,
                           got[i], want);
                    fail();
                }
            }
        }
        free(sp);
        free(got);
        bl_doc_free(d);
    }
}

/* No models, no text, a doc without sentences: no claims and no crash. */
static void test_edges(void **state)
{
    bl_doc *d = NULL;
    struct bl_error err = {0};
    size_t nc = 1;
    (void)state;
    assert_int_equal(bl_claims_run(NULL, NULL), BL_ERR_ARG);
    assert_int_equal(bl_doc_create("", 0, &d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, &err), BL_OK);
    assert_int_equal(bl_claims_run(NULL, d), BL_OK);
    (void)bl_doc_claims(d, &nc);
    assert_int_equal(nc, 0);
    bl_doc_free(d);
    d = split("Exports fell 14% in February. “Why?” he asked.");
    assert_int_equal(bl_claims_run(NULL, d), BL_OK); /* no cues: authorial only */
    (void)bl_doc_claims(d, &nc);
    assert_int_equal(nc, 1);
    assert_int_equal(bl_claims_score(d, 3, 3, 0, NULL), 0);
    assert_int_equal(bl_claims_score(d, 0, d->ntoks + 1, 0, NULL), 0);
    bl_doc_free(d);
    /* a claim noun's clause whose text opens with a lower-case "-ed" word:
     * the verb test must not look at the token before the first (caught by
     * the sanitizers and valgrind, not by the counts) */
    {
        static const char *const openers[] = {
            "dropped his plan to widen the road is a good idea.",
            "surprised by his claim that the port lost jobs, Ruiz left.",
        };
        bl_models *m = load_models();
        for (size_t k = 0; k < sizeof openers / sizeof openers[0]; k++) {
            assert_int_equal(bl_doc_create(openers[k], strlen(openers[k]), &d, &err), BL_OK);
            assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_ALL, &err), BL_OK);
            bl_doc_free(d);
        }
        bl_models_free(m);
    }
    assert_true(bl_claims_lexicon_sorted());
    assert_true(bl_claims_rule_lists_ok());
}

/* The token search from a nearby token agrees with the plain bisection,
 * from every token and at every offset (between tokens, inside them, past
 * the end), and on a text with no token. */
static void test_tok_near(void **state)
{
    static const char *const texts[] = {
        "“We will not sell the pier,” Ana Ruiz said on Monday.  The board, however, disagreed.",
        "A", "", "   ", "Ports, piers and ferries: 3 of them closed in 2023 -- \"for good\"."};
    (void)state;
    for (size_t r = 0; r < sizeof texts / sizeof texts[0]; r++) {
        bl_doc *d = split(texts[r]);
        assert_true(bl_claims_tok_near_ok(d));
        bl_doc_free(d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ordering),
        cmocka_unit_test(test_checkable),
        cmocka_unit_test(test_low),
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_key_at_end),
        cmocka_unit_test(test_boilerplate),
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_claimant),
        cmocka_unit_test(test_relative_claimant),
        cmocka_unit_test(test_stance_object),
        cmocka_unit_test(test_report_claimant),
        cmocka_unit_test(test_reported_speech),
        cmocka_unit_test(test_quoted_question),
        cmocka_unit_test(test_function_cues),
        cmocka_unit_test(test_only_time),
        cmocka_unit_test(test_long),
        cmocka_unit_test(test_word_lists_spelling),
        cmocka_unit_test(test_tok_near),
        cmocka_unit_test(test_edges),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
