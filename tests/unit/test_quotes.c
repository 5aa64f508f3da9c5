/* test_quotes.c -- the quotes stage: quotation conventions (curly, straight,
 * guillemets, German, doubled apostrophes, split, multi-paragraph, nested),
 * partial and indirect quotes, source/cue patterns, broken input and
 * pathological sizes; then speakers end to end with the full models. Every
 * sentence here was written for this test. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bl_int.h"
#include "quotes_int.h"

#ifndef BL_DATADIR
#define BL_DATADIR "data"
#endif

#define NONE (-1)

/* One expected quote: the text of its span, kind, source and cue text (NULL
 * for none). kind NONE means: no quote may have this span text. */
struct row {
    const char *text;
    int kind;
    const char *quote;
    const char *source;
    const char *cue;
};

static const struct row rows[] = {
    /* a source phrase too long for np_left after a quote that opens its
     * sentence and ends on its own comma: the whole phrase is the source,
     * and the quote after the attribution is more of the same quote */
    {"\u201cThe new fuel would let the plant run far longer,\u201d energy analysts Mara Lint and "
     "Joe Pell of the Ohio Institute for Power Studies wrote in May. \u201cIt is a problem the "
     "firm still has to solve.\u201d",
     BL_QUOTE_DIRECT,
     "The new fuel would let the plant run far longer,\u201d energy analysts Mara Lint and Joe "
     "Pell of the Ohio Institute for Power Studies wrote in May. \u201cIt is a problem the firm "
     "still has to solve.",
     "energy analysts Mara Lint and Joe Pell of the Ohio Institute for Power Studies", "wrote"},
    {"\u201cLint needs a plan for young voters,\u201d Tom Reyes, the pollster who founded the "
     "Reyes Group tweeted on Monday. \u201cThey are drifting away.\u201d",
     BL_QUOTE_DIRECT,
     "Lint needs a plan for young voters,\u201d Tom Reyes, the pollster who founded the Reyes "
     "Group tweeted on Monday. \u201cThey are drifting away.",
     "Tom Reyes, the pollster who founded the Reyes Group", "tweeted"},
    {"\u201cWorkers care about two things,\u201d Fight for $20 organizing director Ana Ruiz told "
     "WKRN 6 in Dayton. \u201cPay and a union.\u201d",
     BL_QUOTE_DIRECT,
     "Workers care about two things,\u201d Fight for $20 organizing director Ana Ruiz told WKRN 6 "
     "in Dayton. \u201cPay and a union.",
     "Fight for $20 organizing director Ana Ruiz", "told"},
    {"\u201cWe did what we could,\u201d the soft-spoken, 64-year-old envoy said in an interview. "
     "\u201cIt was not enough.\u201d",
     BL_QUOTE_DIRECT,
     "We did what we could,\u201d the soft-spoken, 64-year-old envoy said in an interview. "
     "\u201cIt was not enough.",
     "the soft-spoken, 64-year-old envoy", "said"},
    /* a cue's "that" clause running through a colon or comma into the
     * quote: the quote takes the clause in; not when a new speaker leads
     * in to the mark, nor when the quote is attributed after it */
    {"The mayor added that the council had two choices: \u201cWe rebuild the port or we lose "
     "the town.\u201d",
     BL_QUOTE_DIRECT, "the council had two choices: \u201cWe rebuild the port or we lose the town.",
     "The mayor", "added"},
    {"Ruiz said in an interview that after the vote on the dam, \u201cWe will not give up on "
     "the valley.\u201d",
     BL_QUOTE_DIRECT, "after the vote on the dam, \u201cWe will not give up on the valley.", "Ruiz",
     "said"},
    {"She said that the plan was sound, to which Lee fired back: \u201cIt is simply not "
     "true.\u201d",
     BL_QUOTE_DIRECT, "It is simply not true.", NULL, NULL},
    {"Ruiz argued that the town had lost its way: \u201cThe town is no longer the town,\u201d "
     "she said.",
     BL_QUOTE_DIRECT, "The town is no longer the town,", "she", "said"},
    /* a long circumstance between the cue and the mark: a statement
     * released or an op-ed published, then when */
    {"Sen. Jane Roe said in a statement released late on Tuesday night, \u201cWe will rebuild "
     "the bridge.\u201d",
     BL_QUOTE_DIRECT, "We will rebuild the bridge.", "Sen. Jane Roe", "said"},
    {"The official said Wednesday in an op-ed published before the hearing, \u201cThe plan is "
     "dead.\u201d",
     BL_QUOTE_DIRECT, "The plan is dead.", "The official", "said"},
    {"Ruiz said in a statement, released prisoners would be monitored.", BL_QUOTE_INDIRECT,
     "released prisoners would be monitored", "Ruiz", "said"},
    /* a few words in marks heading the next paragraph are a subhead, no
     * more of the quote before it */
    {"\u201cWe build them to last,\u201d said Tom Vale, a foreman at the plant.\n\n"
     "'Pretty cool work.'\n\nThe plant opened in 1952 and employs 300 people.",
     BL_QUOTE_DIRECT, "We build them to last,", "Tom Vale", "said"},
    {"\u201cWe build them to last,\u201d said Tom Vale, a foreman at the plant.\n\n"
     "'Pretty cool work.'\n\nThe plant opened in 1952 and employs 300 people.",
     NONE, "Pretty cool work.", NULL, NULL},
    /* `,” said the pier would close`: a verb after the phrase makes it the
     * subject of what was said, so the quote before is not that phrase's */
    {"The mayor, pointing to \u201cyears of neglect,\u201d said the pier would close in May.",
     NONE, "The mayor, pointing to \u201cyears of neglect,\u201d", NULL, NULL},
    /* a text ending on the verb after a relative clause, with no stop:
     * nothing is read past the last token */
    {"Okafor said the old ferry, which had sailed since 1971, sank", BL_QUOTE_INDIRECT,
     "the old ferry, which had sailed since 1971, sank", "Okafor", "said"},
    /* the content resumes after the one told: one report in two parts */
    /* an attribution interrupting a clause whose verb comes after it:
     * both pieces were reported */
    {"Missing from the budget, according to two council members, was any money for the "
     "library.",
     BL_QUOTE_INDIRECT,
     "Missing from the budget, according to two council members, was any money for the library",
     "two council members", "according to"},
    {"The cost of the new bridge, according to the transport agency, will be higher than "
     "planned.",
     BL_QUOTE_INDIRECT,
     "The cost of the new bridge, according to the transport agency, will be higher than planned",
     "the transport agency", "according to"},
    {"Left out of the plan, according to members who spoke to reporters, was any money for "
     "parks.",
     BL_QUOTE_INDIRECT,
     "Left out of the plan, according to members who spoke to reporters, was any money for parks",
     "members", "according to"},
    /* a relative clause on the source after "according to" tells who
     * spoke, not what */
    {"According to two harbour officials, who spoke on condition of anonymity, the ferry deal "
     "had collapsed.",
     BL_QUOTE_INDIRECT, "the ferry deal had collapsed", "two harbour officials", "According to"},
    /* a cue that moves before "into" reports nothing */
    {"A powerful storm slammed into the Kelmoor coast on Sunday, forcing thousands to flee.",
     NONE, "into the Kelmoor coast on Sunday, forcing thousands to flee", NULL, NULL},
    {"\u201cWe are ready,\u201d the mayor said into the microphone.", BL_QUOTE_DIRECT,
     "We are ready,", "the mayor", "said"},
    /* a party and state tag, then a relative clause: the name speaks */
    {"Sen. Ana Ruiz, D-N.M., who led the talks for her party, said the bill is fair to farmers.",
     BL_QUOTE_INDIRECT, "the bill is fair to farmers", "Sen. Ana Ruiz", "said"},
    /* "cautioned, however, that": the sentence adverb is no content; nor
     * is an aside between dashes after "that" */
    {"Lindqvist cautioned, however, that the study shows a link, not a cause.",
     BL_QUOTE_INDIRECT, "the study shows a link, not a cause", "Lindqvist", "cautioned"},
    {"Vale says, however, that – in his working life – he backs the new port.",
     BL_QUOTE_INDIRECT, "he backs the new port", "Vale", "says"},
    /* the terms a source spoke on are not what it said */
    {"No buyer could be found for the old depot, one clerk said, on condition of anonymity to "
     "discuss the sale.",
     BL_QUOTE_INDIRECT, "No buyer could be found for the old depot", "one clerk", "said"},
    {"The depot will be sold in May, one clerk said, speaking on the condition that he not be "
     "named.",
     BL_QUOTE_INDIRECT, "The depot will be sold in May", "one clerk", "said"},
    {"The plan, the mayor told reporters, would cost too much.", BL_QUOTE_INDIRECT,
     "The plan, the mayor told reporters, would cost too much", "the mayor", "told"},
    /* "X quoted Y as saying": Y said it; the agency passed it on */
    {"Interfax quoted the deputy minister as saying the pipeline would reopen within a week.",
     BL_QUOTE_INDIRECT, "the pipeline would reopen within a week", "the deputy minister",
     "saying"},
    {"Reuters quoted a company spokesman as saying, \u201cWe are looking at all options.\u201d",
     BL_QUOTE_DIRECT, "We are looking at all options.", "a company spokesman", "saying"},
    /* a title inside the sentence is no quote the words after it attribute */
    {"In her memoir, \u201cA Year on the Water,\u201d published in 2019, Mayor Ana Ruiz described "
     "the flood in detail.",
     NONE, "A Year on the Water,", NULL, NULL},
    /* ", and the city engineer warned": a subject of its own and a verb
     * of saying open another report */
    {"The mayor said the bridge would reopen in May, and the city engineer warned that "
     "repairs could take longer.",
     BL_QUOTE_INDIRECT, "the bridge would reopen in May", "The mayor", "said"},
    /* "at least" and "in all" open a quantity in the content; they are no
     * circumstance of the cue like "at a news conference" */
    {"Police said on Friday at least 12 people were arrested in Kisumu.", BL_QUOTE_INDIRECT,
     "at least 12 people were arrested in Kisumu", "Police", "said"},
    {"Officials said in all 40 homes were destroyed.", BL_QUOTE_INDIRECT,
     "in all 40 homes were destroyed", "Officials", "said"},
    {"Police said at a news conference that 12 people were arrested.", BL_QUOTE_INDIRECT,
     "12 people were arrested", "Police", "said"},
    /* the narrator's appositive after a comma inside the closing mark is
     * no part of what was said */
    {"The police chief said the officer acted \"within policy,\" a claim the family disputes.",
     BL_QUOTE_INDIRECT, "the officer acted \"within policy,\"", "The police chief", "said"},
    /* a time with no preposition after the one told ends the object */
    {"Ortiz told the Kelso Tribune last week she would not run again.", BL_QUOTE_INDIRECT,
     "she would not run again", "Ortiz", "told"},
    /* the people familiar with something speak, not the thing */
    {"Two people familiar with the harbour deal told reporters that it would close in May.",
     BL_QUOTE_INDIRECT, "it would close in May", "Two people familiar with the harbour deal",
     "told"},
    /* a participle's phrase between the people and the cue ("writing in",
     * "speaking on condition of anonymity", "interviewed by") names no
     * source; the people before it speak, and the participle is no cue */
    {"Doctors writing in the Harlow Medical Review said the drug was safe.", BL_QUOTE_INDIRECT,
     "the drug was safe", "Doctors writing in the Harlow Medical Review", "said"},
    {"Two officials speaking on condition of anonymity said the talks had stalled.",
     BL_QUOTE_INDIRECT, "the talks had stalled",
     "Two officials speaking on condition of anonymity", "said"},
    {"Doctors writing in the Harlow Medical Review said the drug was safe.", NONE,
     "said the drug was safe", NULL, NULL},
    /* a long role before "in Place" still heads the source */
    {"A senior port authority official in Aqaba said the cranes were idle.", BL_QUOTE_INDIRECT,
     "the cranes were idle", "A senior port authority official in Aqaba", "said"},
    /* "and" between capitals is inside the name in a circumstance */
    {"The insurer said in a filing with the Securities and Exchange Commission that it found "
     "\"unusual activity\" on its servers.",
     BL_QUOTE_INDIRECT, "it found \"unusual activity\" on its servers", "The insurer", "said"},
    /* the comma inside a closing mark comes before the participle */
    {"Mayor Ana Ruiz called the plan \u201creckless,\u201d saying it would empty the harbour.",
     BL_QUOTE_INDIRECT, "it would empty the harbour", "Mayor Ana Ruiz", "saying"},
    /* "X, NAME, rejected the demand": the cue's object is no circumstance,
     * and the role before the name is nothing said */
    {"The ministry's spokesman, Ivo Brandt, rejected the demand.", NONE,
     "The ministry's spokesman", NULL, NULL},
    {"The plan will fail, the minister said Monday night.", BL_QUOTE_INDIRECT,
     "The plan will fail", "the minister", "said"},
    /* a second report after ", but" and its own subject ends a short one */
    {"The Harbour Authority backs the plan, but it estimates that one in three berths will "
     "close.",
     NONE, "the plan, but it estimates that one in three berths will close", NULL, NULL},
    /* a second report after "but" ends a short first one */
    {"Harbour spokesman Ivo Brandt praised the offer but warned that any deal would take time.",
     NONE, "the offer but warned that any deal would take time", NULL, NULL},
    /* a passive with an adverb in it reports nothing of its subject's;
     * a progressive ("was apparently referring to") still may */
    {"Shares rose after the news was first reported, their best day since 2020.", NONE,
     "their best day since 2020", NULL, NULL},
    {"Support for the plan was first noted when the mayor spoke in May.", NONE,
     "when the mayor spoke in May", NULL, NULL},
    /* "A survivor from Chad said", "a doctor at the clinic said": the
     * person speaks, not the place or body after "from" or "at"; so do
     * people "from" a place */
    {"A survivor from Chad said he had paid smugglers for a seat.", BL_QUOTE_INDIRECT,
     "he had paid smugglers for a seat", "A survivor from Chad", "said"},
    {"A doctor at the clinic said staff had not slept.", BL_QUOTE_INDIRECT,
     "staff had not slept", "A doctor at the clinic", "said"},
    {"Officials from Chad said the border would reopen.", BL_QUOTE_INDIRECT,
     "the border would reopen", "Officials from Chad", "said"},
    /* "Nurses at the hospital told": the people at a place named in lower
     * case speak, not the place */
    {"Nurses at the hospital told reporters they had not been warned.", BL_QUOTE_INDIRECT,
     "they had not been warned", "Nurses at the hospital", "told"},
    /* "A spokeswoman for X in Y said": she speaks, not the place, however
     * long the body's name */
    {"A spokeswoman for the family office in Munich said it would not comment.",
     BL_QUOTE_INDIRECT, "it would not comment", "A spokeswoman for the family office in Munich",
     "said"},
    /* after "that" a "her" opens the clause's subject (a possessive); it
     * is no object pronoun that ends the report */
    {"Ana Ruiz said that her tweet was a joke.", BL_QUOTE_INDIRECT, "her tweet was a joke",
     "Ana Ruiz", "said"},
    {"Tom Vale told the board on Monday that her plan would fail.", BL_QUOTE_INDIRECT,
     "her plan would fail", "Tom Vale", "told"},
    /* "agree" and "advise" with a noun phrase alone name a deal or a
     * service, not a report; with a clause they report */
    {"Brewers Halden and Morrow agree $3 billion tie-up, face scrutiny in Europe", NONE,
     "$3 billion tie-up, face scrutiny in Europe", NULL, NULL},
    {"Rothschild advised Halden, while Morrow was advised by Evercore.", NONE,
     "Halden, while Morrow was advised by Evercore", NULL, NULL},
    {"The two ministers agreed the talks had been useful.", BL_QUOTE_INDIRECT,
     "the talks had been useful", "The two ministers", "agreed"},
    /* a relative "that" inside the circumstance of the cue: the content
     * follows the ", that" after it */
    {"Regulator Ana Ruiz said on Tuesday, in a speech that did not name the bank, that the "
     "agency would block the sale.",
     BL_QUOTE_INDIRECT, "the agency would block the sale", "Regulator Ana Ruiz", "said"},
    /* a partial quote in a clause of its own ("as Ferreira hails ...") is
     * no part of the first verb's object */
    {"Hamburg winger Duarte joins Lyon in record move as Ferreira hails 'rare talent'\n\nLYON, "
     "France — Lyon signed Portuguese winger Tiago Duarte from Hamburg on Monday for 40 million "
     "euros.\nCoach Rui Ferreira said Duarte had \"a rare talent\" and would start on Saturday.",
     NONE, "Lyon in record move as Ferreira hails 'rare talent'", NULL, NULL},
    /* a one-word quoted phrase no quote holds is a scare quote or a title,
     * not a quotation; held by reported speech it stays */
    {"The “reform” budget that Vale proposed cut the harbour fund by a third.", NONE, "reform",
     NULL, NULL},
    {"On Radio Norland's “Daybreak,” Vale said the docks would reopen in May.", NONE, "Daybreak,",
     NULL, NULL},
    {"Okafor's team dismissed the figures as “nonsense” on Friday.", BL_QUOTE_PARTIAL, "nonsense",
     "Okafor's team", NULL},
    /* held by a report that opens before it (a later one does not reach
     * it); a report that ends before it does not hold it */
    {"Ruiz said the council had called the levy a “scandal” for years, and Vale said the vote "
     "was late.",
     BL_QUOTE_PARTIAL, "scandal", "Ruiz", "said"},
    {"Vale said the vote was late. The “reform” budget passed on Friday.", NONE, "reform", NULL,
     NULL},
    /* reported speech whose object opens with a partial quote that ends on
     * its own punctuation says those words, not what follows them */
    {"Tom Vale, the harbour pilot who made headlines in 2011 when he shouted “Not on my watch!” "
     "at Governor Ruiz during her first budget speech, is running for mayor.",
     BL_QUOTE_INDIRECT, "“Not on my watch!”", "he", "shouted"},
    {"Supporters of the mayor responded with chants of “Four more years!” until Ruiz herself "
     "stepped in.",
     BL_QUOTE_INDIRECT, "“Four more years!”", "Supporters of the mayor", "responded"},
    /* an object "as" a quoted phrase, then a contrast or a day: what was
     * said ends with the phrase */
    {"Ruiz defended her deputy as a “decent man” Tuesday, hours after the deputy was charged "
     "with fraud.",
     BL_QUOTE_INDIRECT, "her deputy as a “decent man”", "Ruiz", "defended"},
    {"Speaking to reporters at the harbour, Vale referred to Ruiz as “a gifted speaker” but "
     "described her plans as a “wish list.”",
     BL_QUOTE_INDIRECT, "Ruiz as “a gifted speaker”", "Vale", "referred to"},
    /* "known as" names; it reports no belief */
    {"During an interview with Harbor Radio for “Coast at Night” broadcast on Friday’s “Morning "
     "Show,” Tom Vale, the blogger known as “Kite,” stated that he had read the mayor’s emails.",
     NONE,
     "During an interview with Harbor Radio for “Coast at Night” broadcast on Friday’s “Morning "
     "Show,”",
     NULL, NULL},
    /* a clause of time or reason after a fronted attribution is no part
     * of what was said */
    {"Flu cases in Norland have doubled since May, the health agency said on Monday, as "
     "schools reopened after the summer break.",
     BL_QUOTE_INDIRECT, "Flu cases in Norland have doubled since May", "the health agency",
     "said"},
    {"Ferry fares will rise by a tenth, officials said, after fuel costs soared.",
     BL_QUOTE_INDIRECT, "Ferry fares will rise by a tenth", "officials", "said"},
    /* an age after the name is no source */
    {"One of the tenants, Rosa Mendel, 71, a retired nurse, said the heating had failed twice.",
     BL_QUOTE_INDIRECT, "the heating had failed twice", "Rosa Mendel", "said"},
    /* nor is the last place of a relative clause before the cue */
    {"The Coastal Growers Union, which represents farmers in Kent, Essex and Suffolk, said "
     "prices had fallen.",
     BL_QUOTE_INDIRECT, "prices had fallen", "The Coastal Growers Union", "said"},
    /* "the ministry in Oslo said": the ministry speaks, not the city */
    {"The foreign ministry in Oslo said the envoy would return on Friday.", BL_QUOTE_INDIRECT,
     "the envoy would return on Friday", "The foreign ministry in Oslo", "said"},
    /* "said in a statement from Suva that": both phrases are circumstance */
    {"Minister Aroha Tane said in a statement from Suva that tuna catches had fallen.",
     BL_QUOTE_INDIRECT, "tuna catches had fallen", "Minister Aroha Tane", "said"},
    /* "told X of Y in a call on Thursday that": a long addressee and
     * circumstance before the content */
    {"President Ana Ruiz of Chile told Prime Minister Tom Hale of Peru in a phone call on "
     "Thursday that Santiago would return to the talks.",
     BL_QUOTE_INDIRECT, "Santiago would return to the talks", "President Ana Ruiz of Chile",
     "told"},
    /* "X told Y that CONTENT, according to a statement": the statement
     * reports the telling too */
    {"Mayor Ines Berg told the council on Monday that the pier would reopen, according to a "
     "statement from her office.",
     BL_QUOTE_INDIRECT,
     "Mayor Ines Berg told the council on Monday that the pier would reopen", "a statement",
     "according to"},
    /* "than models predicted" compares, it reports nothing */
    {"The ice sheet thinned more slowly than models predicted, possibly because of heavier "
     "snow.",
     NONE, "possibly because of heavier snow", NULL, NULL},
    /* direct, attribution after */
    {"“We will not back down,” she said.", BL_QUOTE_DIRECT, "We will not back down,", "she",
     "said"},
    {"\"The bridge is safe,\" said Mayor Ana Ruiz.", BL_QUOTE_DIRECT, "The bridge is safe,",
     "Mayor Ana Ruiz", "said"},
    {"“Prices will fall,” Tom Berg, a spokesman for the port authority, said on Friday.",
     BL_QUOTE_DIRECT, "Prices will fall,", "Tom Berg", "said"},
    {"“It is over,” the Kremlin said.", BL_QUOTE_DIRECT, "It is over,", "the Kremlin", "said"},
    {"“We need answers,” U.S. officials told reporters.", BL_QUOTE_DIRECT, "We need answers,",
     "U.S. officials", "told"},
    {"“No deal is better than a bad deal,” they insisted.", BL_QUOTE_DIRECT,
     "No deal is better than a bad deal,", "they", "insisted"},
    {"“Get out of my office,” Marlow snapped.", BL_QUOTE_DIRECT, "Get out of my office,", "Marlow",
     "snapped"},
    /* `," the title, Name, said.` */
    {"“We will rebuild,” the harbour master, Ines Kowalczyk, said.", BL_QUOTE_DIRECT,
     "We will rebuild,", "the harbour master", "said"},
    /* a phrase np_left reads only in part still opens after the mark */
    {"“The line stopped at noon,” one B&Q Leeds worker said.", BL_QUOTE_DIRECT,
     "The line stopped at noon,", "one B&Q Leeds worker", "said"},
    /* direct, attribution before */
    {"The minister said: “Nothing has been decided yet.”", BL_QUOTE_DIRECT,
     "Nothing has been decided yet.", "The minister", "said"},
    {"Ruiz told the council, \"We cannot afford another delay.\"", BL_QUOTE_DIRECT,
     "We cannot afford another delay.", "Ruiz", "told"},
    {"According to the coach, “the team has never played better.”", BL_QUOTE_DIRECT,
     "the team has never played better.", "the coach", "According to"},
    {"Lindqvist: “The vote is a warning to all of us.”", BL_QUOTE_DIRECT,
     "The vote is a warning to all of us.", "Lindqvist", NULL},
    {"“The harbour must stay open to everyone.” — Commissioner Elena Varga", BL_QUOTE_DIRECT,
     "The harbour must stay open to everyone.", "Commissioner Elena Varga", NULL},
    /* other marks */
    {"«Nous restons ici», said Marie Dubois.", BL_QUOTE_DIRECT, "Nous restons ici", "Marie Dubois",
     "said"},
    /* a German attribution verb after its own quotation marks */
    /* French puts "a déclaré" before the name */
    {"« Le pont restera ouvert », a déclaré Marc Vidal devant la presse.", BL_QUOTE_DIRECT,
     "Le pont restera ouvert", "Marc Vidal", "a déclaré"},
    {"Le maire parle.\n« Nous verrons », a dit Lucie de La Tour.\nPaul Roux a parlé ensuite.",
     BL_QUOTE_DIRECT, "Nous verrons", "Lucie de La Tour", "a dit"},
    {"„Wir bleiben hier“, sagte Jonas Keller.", BL_QUOTE_DIRECT, "Wir bleiben hier", "Jonas Keller",
     "sagte"},
    {"„Wir bleiben hier“, said Jonas Keller.", BL_QUOTE_DIRECT, "Wir bleiben hier", "Jonas Keller",
     "said"},
    {"‘We are ready for the storm,’ the mayor said.", BL_QUOTE_DIRECT,
     "We are ready for the storm,", "the mayor", "said"},
    {"''The budget is balanced,'' Ms. Ortiz said.", BL_QUOTE_DIRECT, "The budget is balanced,",
     "Ms. Ortiz", "said"},
    {"“The plan is sound,\" Patel said.", BL_QUOTE_DIRECT, "The plan is sound,", "Patel", "said"},
    /* nested: the outer quote only */
    {"“My father told me, ‘never sell the farm,’ and I never did,” Ostrowski said.",
     BL_QUOTE_DIRECT, "My father told me, ‘never sell the farm,’ and I never did,", "Ostrowski",
     "said"},
    {"“My father told me, ‘never sell the farm,’ and I never did,” Ostrowski said.", NONE,
     "never sell the farm,", NULL, NULL},
    /* a mixed quote (words of the writer's, then a few quoted) attributed
     * at the end of its sentence, and a quote in the next sentence that
     * names no one: the speaker goes on, one quote in two pieces */
    {"The dock reopened in May.\n\nSince the vote, the port \"has done well,\" Ruiz said. "
     "\"We hired 40 people this spring.\"",
     BL_QUOTE_DIRECT, "has done well,\" Ruiz said. \"We hired 40 people this spring.", "Ruiz",
     "said"},
    {"The dock reopened in May.\n\nSince the vote, the port \"has done well,\" Ruiz said. "
     "\"We hired 40 people this spring.\"",
     NONE, "We hired 40 people this spring.", NULL, NULL},
    /* narration between: the next quote is one of its own */
    {"Since the vote, the port \"has done well,\" Ruiz said. The city agreed. \"We hired 40 "
     "people this spring.\"",
     NONE, "has done well,\" Ruiz said. The city agreed. \"We hired 40 people this spring.",
     NULL, NULL},
    /* the attribution goes on "adding that ...": the next quote is more of
     * what was added, not of the quote before */
    {"\"We did what we could for the workers,\" Ruiz said, adding that the port would hire "
     "40 people. \"It is a good start for the town.\"",
     BL_QUOTE_DIRECT, "We did what we could for the workers,", NULL, "said"},
    {"\"We did what we could for the workers,\" Ruiz said, adding that the port would hire "
     "40 people. \"It is a good start for the town.\"",
     NONE, "We did what we could for the workers,\" Ruiz said, adding that the port would hire "
     "40 people. \"It is a good start for the town.", NULL, NULL},
    /* a sentence of a few words in marks after what was added is still
     * the speaker's, not a scare quote */
    {"\"It was a long month,\" said Tomas Berg, explaining that the crews worked every night "
     "to clear the quay. \"Nobody slept much.\"",
     BL_QUOTE_DIRECT, "Nobody slept much.", "Tomas Berg", NULL},
    {"\"We have work to do,\" Ruiz told the crowd, then referred to the port's old motto. "
     "\"But that work is not to go back to the old days.\"",
     BL_QUOTE_DIRECT, "We have work to do,", NULL, "told"},
    {"\"Russ is running in all 72 counties,\" said Ana Ruiz, a spokeswoman, explaining why "
     "he skips the convention. \"You will find him at a county fair.\"",
     BL_QUOTE_DIRECT, "Russ is running in all 72 counties,", "Ana Ruiz", "said"},
    /* a verb in a relative clause of the source's is no second report */
    {"\"There was a lot of shouting,\" said Ana Ruiz, who was at the dinner and argued with him "
     "for hours. \"It went on all night.\"",
     BL_QUOTE_DIRECT, "There was a lot of shouting,\" said Ana Ruiz, who was at the dinner and "
     "argued with him for hours. \"It went on all night.", "Ana Ruiz", "said"},
    /* split by the attribution: one quote over both parts */
    {"“We cannot,” he said, “accept this offer.”", BL_QUOTE_DIRECT,
     "We cannot,” he said, “accept this offer.", "he", "said"},
    /* more of the same speaker in the next sentence joins the quote */
    {"“The road is closed,” Kaur said. “It will reopen on Monday.”", BL_QUOTE_DIRECT,
     "The road is closed,” Kaur said. “It will reopen on Monday.", "Kaur", "said"},
    /* a sentence of the narrator's between two quotes ends the first: the
     * second is a statement of its own */
    {"“The road is closed,” Kaur said. Crews worked through the night. “It will reopen on "
     "Monday.”",
     BL_QUOTE_DIRECT, "The road is closed,", "Kaur", "said"},
    {"“The road is closed,” Kaur said. Crews worked through the night. “It will reopen on "
     "Monday.”",
     BL_QUOTE_DIRECT, "It will reopen on Monday.", "Kaur", NULL},
    /* a verb in -ed that is no listed cue after "the/an ..." */
    {"“The numbers are wrong,” the auditor retorted.", BL_QUOTE_DIRECT, "The numbers are wrong,",
     "the auditor", "retorted"},
    {"“Vote early and bring a friend,” the leaflet reads.", BL_QUOTE_DIRECT,
     "Vote early and bring a friend,", "the leaflet", "reads"},
    /* a quote ending on a comma with words after it has an attribution of
     * its own, even one no rule reads: not more of the quote before */
    {"“The first stage is done,” Lund said. “The second will take longer,” Halvorsen, visibly "
     "irritated, grumbled.",
     BL_QUOTE_DIRECT, "The second will take longer,", NULL, NULL},
    /* ", saying, “...”": the subject of the sentence */
    {"The mayor wrote to the council on Friday, saying, “The budget cannot wait.”", BL_QUOTE_DIRECT,
     "The budget cannot wait.", "The mayor", "saying"},
    {"Asked about the merger, the chairman smiled and said, “Never.”", BL_QUOTE_DIRECT, "Never.",
     "the chairman", "said"},
    {"On Tuesday night, the governor mocked the plan, saying it was “a fantasy.”",
     BL_QUOTE_INDIRECT, "it was “a fantasy.”", "the governor", "saying"},
    /* ... a subject in lower case or opened by a number after the opening
     * phrase, not the phrase itself */
    {"On Monday, farmers blocked the ring road, saying the new rules would ruin them.",
     BL_QUOTE_INDIRECT, "the new rules would ruin them", "farmers", "saying"},
    /* a lead-in ending on a colon names no speaker where the quote's own
     * attribution does */
    {"The Ledger dwells on the cost of the plan: “It will double the tax bill,” the "
     "editors wrote.",
     BL_QUOTE_DIRECT, "It will double the tax bill,", "the editors", "wrote"},
    /* a noun, an adjective before it, and a day before the verb */
    {"The harbour board on Thursday postponed the vote, saying more time was needed.",
     BL_QUOTE_INDIRECT, "more time was needed", "The harbour board", "saying"},
    {"At the last moment, 18 members of the youth wing threatened to vote no, saying the bill "
     "was unfair to the young.",
     BL_QUOTE_INDIRECT, "the bill was unfair to the young", "18 members of the youth wing",
     "saying"},
    {"12 members of the board resigned on Friday, saying the audit had been buried.",
     BL_QUOTE_INDIRECT, "the audit had been buried", "12 members of the board", "saying"},
    /* a participle after a document's noun is no cue: the author's verb is */
    {"In a message posted on the club's website, Nuno Reis said the move was a dream.",
     BL_QUOTE_INDIRECT, "the move was a dream", "Nuno Reis", "said"},
    /* a longer lead-in ending on a colon */
    {"Late in the second hour of the hearing, she leaned in to say: “Nobody here has read the "
     "bill.”",
     BL_QUOTE_DIRECT, "Nobody here has read the bill.", "she", NULL},
    /* "her" before a noun after a verb that names no addressee opens the
     * content; after "warn", "her" is whom it was said to */
    {"The mayor defended her administration's spending cuts on Thursday.", BL_QUOTE_INDIRECT,
     "her administration's spending cuts on Thursday", "The mayor", "defended"},
    {"The mayor warned her the storm would hit the coast.", BL_QUOTE_INDIRECT,
     "the storm would hit the coast", "The mayor", "warned"},
    /* a verbless phrase after a fronted attribution glosses what was said;
     * one with a verb goes on with it */
    {"Consumer price inflation fell to 2.1% in October, the statistics office said on Wednesday, "
     "the lowest rate in three years.",
     BL_QUOTE_INDIRECT, "Consumer price inflation fell to 2.1% in October", "the statistics office",
     "said"},
    /* a participle's phrase after a fronted attribution is the writer's,
     * unless a cue opens it */
    {"The striker will miss the final, the club said, ending his season.", BL_QUOTE_INDIRECT,
     "The striker will miss the final", "the club", "said"},
    {"Kwame Osei has signed a three-year contract, the club announced on Thursday, ending weeks "
     "of speculation.",
     BL_QUOTE_INDIRECT, "Kwame Osei has signed a three-year contract", "the club", "announced"},
    /* a name and its verb before a colon: the name speaks, the verb is
     * no part of the source (a clause before the colon: speaker_rows) */
    {"Ruiz continued: “Nobody here has read the bill.”", BL_QUOTE_DIRECT,
     "Nobody here has read the bill.", "Ruiz", NULL},
    {"The letter reads: “The port will close in May.”", BL_QUOTE_DIRECT,
     "The port will close in May.", "The letter", NULL},
    {"Kremlin spokesman Dmitry Peskov: “Nobody believes those numbers.”", BL_QUOTE_DIRECT,
     "Nobody believes those numbers.", "Kremlin spokesman Dmitry Peskov", NULL},
    /* signed in the next paragraph */
    {"“Taxes were never the problem.”\n\n- Ingrid Halvorsen.\n\nThe debate went on.",
     BL_QUOTE_DIRECT, "Taxes were never the problem.", "Ingrid Halvorsen", NULL},
    /* transcript labels: a name that opens two paragraphs with a colon speaks */
    {"Varga: The port stays open. We have the money.\nQuestion: Until when?\nVarga: Until the "
     "end of the year.",
     BL_QUOTE_INDIRECT, "The port stays open. We have the money", "Varga", ":"},
    {"Varga: The port stays open. We have the money.\nQuestion: Until when?\nVarga: Until the "
     "end of the year.",
     NONE, "Until when?", NULL, NULL},
    {"Varga: The port stays open.\nThe council met later.", NONE, "The port stays open", NULL,
     NULL},
    /* a signature without final punctuation ends with its paragraph */
    {"“Taxes were never the problem.”\n— Ingrid Halvorsen\nCity officials disagreed.",
     BL_QUOTE_DIRECT, "Taxes were never the problem.", "Ingrid Halvorsen", NULL},
    /* over several paragraphs: each reopens, the last closes */
    {"“The first part of the statement runs on.\n\n“The second part ends it,” Okafor said.",
     BL_QUOTE_DIRECT, "The first part of the statement runs on.\n\n“The second part ends it,",
     "Okafor", "said"},
    /* the same in single marks (British style): a single mark left open
     * runs to the end of its paragraph when the next one reopens with a
     * single mark; otherwise it was an apostrophe */
    {"‘The first part of the statement runs on.\n\n‘The second part ends it,’ Okafor said.",
     BL_QUOTE_DIRECT, "The first part of the statement runs on.\n\n‘The second part ends it,",
     "Okafor", "said"},
    {"‘Rates stay,’ said Okafor. ‘The first part runs on.\n\n‘The second part ends it.’",
     BL_QUOTE_DIRECT,
     "Rates stay,’ said Okafor. ‘The first part runs on.\n\n‘The second part "
     "ends it.",
     "Okafor", "said"},
    {"The band played rock ‘n roll all night.\n\nThe hall emptied at two.", NONE,
     "n roll all night.", NULL, NULL},
    /* a quote-only paragraph after its speaker's paragraph */
    {"Brandt spoke to reporters after the vote.\n\n“This is a good day for the city.”", NONE,
     "nothing", NULL, NULL},
    {"Brandt said in a statement:\n\n“This is a good day for the city.”", BL_QUOTE_DIRECT,
     "This is a good day for the city.", "Brandt", "said"},
    /* partial quotes */
    {"The senator called the proposal “reckless” and said it would fail.", BL_QUOTE_PARTIAL,
     "reckless", "The senator", "called"},
    {"Ruiz said the delay was “simply unacceptable” for residents.", BL_QUOTE_PARTIAL,
     "simply unacceptable", "Ruiz", "said"},
    /* no speech cue: the subject who acts on the quoted words */
    {"She dismissed the audit as “pure fiction” on Tuesday.", BL_QUOTE_PARTIAL, "pure fiction",
     "She", NULL},
    {"The audit uses the phrase “soft landing” twice.", NONE, "soft landing", NULL, NULL},
    /* after a cue's "that" a quote is direct; after another "that" it is
     * part of the reported clause */
    {"Harlan said that “nobody could keep a shop open.”", BL_QUOTE_DIRECT,
     "nobody could keep a shop open.", "Harlan", "said"},
    {"Harlan said the shortages were so severe that “nobody could keep a shop open.”",
     BL_QUOTE_INDIRECT, "the shortages were so severe that “nobody could keep a shop open.”",
     "Harlan", "said"},
    {"Ruiz said that “everyone” now agrees with the plan.", BL_QUOTE_INDIRECT,
     "“everyone” now agrees with the plan", "Ruiz", "said"},
    {"Ruiz said that “everyone” now agrees with the plan.", BL_QUOTE_PARTIAL, "everyone", "Ruiz",
     "said"},
    /* a partial quote attributed after its closing mark: the clause too */
    /* a partial quote no cue governs, in the sentence right after the one
     * attributing a direct quote, carries on those words; after a sentence
     * of narration, or as a lone word, it does not */
    {"“The pier is safe again,” harbour master Tom Vale said on Monday. That makes it “the "
     "best place in town to watch the boats come in.”",
     BL_QUOTE_DIRECT,
     "The pier is safe again,” harbour master Tom Vale said on Monday. That makes it “the best "
     "place in town to watch the boats come in.",
     "harbour master Tom Vale", "said"},
    {"“The pier is safe again,” Vale said. The board met at noon. It was “a waste of good money "
     "and time.”",
     BL_QUOTE_DIRECT, "The pier is safe again,", "Vale", "said"},
    {"“The pier is safe again,” Vale said. The “fuss” was over.", BL_QUOTE_DIRECT,
     "The pier is safe again,", "Vale", "said"},
    /* a paragraph opening on a right mark before an ellipsis: an elided
     * quote whose opening mark came out turned */
    {"The paper ran a long editorial on Sunday.\n\n” … if the mayor can visit the harbour "
     "without harm to the rescue work, then surely the governor can do the same,” it read.",
     BL_QUOTE_DIRECT,
     "… if the mayor can visit the harbour without harm to the rescue work, then surely the "
     "governor can do the same,",
     "it", "read"},
    /* "and" with an adverb and a past form after a partial quote opens a
     * second predicate of the subject: what was said ends at the mark */
    {"Ruiz vowed to fight “every cut to the harbour fund” and also met the unions on Friday.",
     BL_QUOTE_INDIRECT, "to fight “every cut to the harbour fund”", "Ruiz", "vowed"},
    /* an unfinished quote naming no one goes on in the next, lower-case
     * quote of its sentence and is attributed with it */
    {"“I do not think the new plan” -- which the council passed on Monday -- “will fix the "
     "harbour,” Ruiz said.",
     BL_QUOTE_DIRECT,
     "I do not think the new plan” -- which the council passed on Monday -- “will fix the "
     "harbour,",
     "Ruiz", "said"},
    {"“If there had been no warning” from the weather office, Ruiz said on Monday, “we would "
     "have lost the whole harbour.”",
     BL_QUOTE_DIRECT,
     "If there had been no warning” from the weather office, Ruiz said on Monday, “we would have "
     "lost the whole harbour.",
     "Ruiz", "said"},
    {"The new tariffs “will hurt every farmer,” Brandt said.", BL_QUOTE_INDIRECT,
     "The new tariffs “will hurt every farmer,”", "Brandt", "said"},
    {"The new tariffs “will hurt every farmer,” Brandt said.", BL_QUOTE_PARTIAL,
     "will hurt every farmer,", "Brandt", "said"},
    /* titles, nicknames and scare quotes: no quote */
    {"She starred in “The Long Winter” last year.", NONE, "The Long Winter", NULL, NULL},
    {"The so-called “miracle cure” was sold online.", NONE, "miracle cure", NULL, NULL},
    {"Fans call him “Big Mike” at the stadium.", NONE, "Big Mike", NULL, NULL},
    {"He read “How to Win Friends” on the train, the mayor said.", NONE, "How to Win Friends", NULL,
     NULL},
    /* indirect */
    /* a count before a word in -s makes a noun of it; a year does not */
    {"Brackton Foods, based in Dayton, operates 95 stores in 12 states.", NONE,
     "Brackton Foods, based in Dayton", NULL, NULL},
    {"The 2019 law states that every shop must close on Sunday.", BL_QUOTE_INDIRECT,
     "every shop must close on Sunday", "The 2019 law", "states"},
    {"A former aide to Mayor Ray Cole testified that the mayor hid the files.", BL_QUOTE_INDIRECT,
     "the mayor hid the files", "A former aide to Mayor Ray Cole", "testified"},
    /* "described as" labels what came before; "asking questions" reports nothing */
    {"Inventory rose 8 percent from a year earlier, a figure several analysts described as "
     "worrying.",
     NONE, "Inventory rose 8 percent from a year earlier", NULL, NULL},
    {"It began days after a reporter began asking questions about the contract.", NONE,
     "questions about the contract", NULL, NULL},
    {"Nine bridges were closed, according to the Office of Roads and Inland Waterways.",
     BL_QUOTE_INDIRECT, "Nine bridges were closed",
     "the Office of Roads and Inland Waterways", "according to"},
    {"Both sides have said they want a deal before June.", BL_QUOTE_INDIRECT,
     "they want a deal before June", "Both sides", "said"},
    {"The minister said that the talks would resume next week.", BL_QUOTE_INDIRECT,
     "the talks would resume next week", "The minister", "said"},
    {"Dr. Hana Sato warned the virus could spread quickly in winter.", BL_QUOTE_INDIRECT,
     "the virus could spread quickly in winter", "Dr. Hana Sato", "warned"},
    {"Ruiz told reporters on Monday that the bridge would reopen.", BL_QUOTE_INDIRECT,
     "the bridge would reopen", "Ruiz", "told"},
    {"According to U.S. officials, the convoy left before dawn.", BL_QUOTE_INDIRECT,
     "the convoy left before dawn", "U.S. officials", "According to"},
    /* "a report by NAME": who made the report is part of the source */
    {"Rents rose 9 percent, according to a report by the Harlow & Finch Housing Trust.",
     BL_QUOTE_INDIRECT, "Rents rose 9 percent", "a report by the Harlow & Finch Housing Trust",
     "according to"},
    {"The convoy left before dawn, according to local police.", BL_QUOTE_INDIRECT,
     "The convoy left before dawn", "local police", "according to"},
    /* a fronted phrase without a verb is not the content: the clause the
     * attribution interrupts is */
    {"Over the next decade, according to the treasury, the pension fund will run dry.",
     BL_QUOTE_INDIRECT, "the pension fund will run dry", "the treasury", "according to"},
    {"Over the next decade, according to the treasury, the pension fund will run dry.", NONE,
     "Over the next decade", NULL, NULL},
    /* a relative clause set off by commas ends what was said in it */
    {"The mayor, who said the harbour would reopen in May, was booed at the meeting.",
     BL_QUOTE_INDIRECT, "the harbour would reopen in May", "who", "said"},
    /* ... also when what was said in it is only two words long */
    {"Governor Tom Vale, who had suggested raising taxes, emphasized that the budget was "
     "balanced.",
     NONE, "raising taxes, emphasized that the budget was balanced", NULL, NULL},
    {"Governor Tom Vale, who had suggested raising taxes, emphasized that the budget was "
     "balanced.",
     BL_QUOTE_INDIRECT, "the budget was balanced", "Governor Tom Vale", "emphasized"},
    /* a cue in the relative clause ("testified before the panel") reports
     * nothing when "said", the main verb, follows its closing comma */
    {"Nadia Ferrante, who testified before the panel, said the audit was late.", NONE,
     "said the audit was late", NULL, NULL},
    {"Nadia Ferrante, who testified before the panel, said the audit was late.",
     BL_QUOTE_INDIRECT, "the audit was late", "Nadia Ferrante", "said"},
    /* "forecast", a noun as often as a verb, reports with "that" after it */
    {"Economists at Varrow Bank forecast that rents would climb in the spring.",
     BL_QUOTE_INDIRECT, "rents would climb in the spring", "Economists at Varrow Bank",
     "forecast that"},
    /* ", citing X": X is the source when it names someone or a paper, and
     * a reason otherwise */
    {"The ferry line cut its winter timetable, citing fuel costs.", NONE,
     "The ferry line cut its winter timetable", NULL, NULL},
    {"The ferry line cut its winter timetable, citing port officials.", BL_QUOTE_INDIRECT,
     "The ferry line cut its winter timetable", "port officials", "citing"},
    /* a report still to come, a noun phrase after it, reports nothing yet;
     * one with a clause does */
    {"The ferry board will announce its new fares on Friday.", NONE, "its new fares on Friday",
     NULL, NULL},
    {"The ferry board will announce the fares would rise on Friday.", BL_QUOTE_INDIRECT,
     "the fares would rise on Friday", "The ferry board", "announce"},
    /* "told Y CONTENT" with no "that": the one told, a circumstance and a
     * possessive end where a clause opens */
    {"The governor told reporters the pause was temporary.", BL_QUOTE_INDIRECT,
     "the pause was temporary", "The governor", "told"},
    {"Dana Ruiz told lawmakers on Tuesday the budget had a hole.", BL_QUOTE_INDIRECT,
     "the budget had a hole", "Dana Ruiz", "told"},
    {"Dana Ruiz told Radio Tarn's morning programme the deal would close.", BL_QUOTE_INDIRECT,
     "the deal would close", "Dana Ruiz", "told"},
    /* "about" before a number rounds it and opens the content; before a
     * noun it names a topic */
    {"The ministry said about 110,000 of the heaters were sold.", BL_QUOTE_INDIRECT,
     "about 110,000 of the heaters were sold", "The ministry", "said"},
    {"The agency said about a third of the ferries were late in June.", BL_QUOTE_INDIRECT,
     "about a third of the ferries were late in June", "The agency", "said"},
    {"The agency said about half of the ferries were late in June.", BL_QUOTE_INDIRECT,
     "about half of the ferries were late in June", "The agency", "said"},
    {"The ministry said about the heaters that nothing was known.", NONE,
     "about the heaters that nothing was known", NULL, NULL},
    {"The company is recalling about 1.2 million heaters sold in Ohio after reports of fires.",
     NONE, "about 1.2 million heaters sold in Ohio after reports of fires", NULL, NULL},
    /* "According to X, CONTENT": a noun phrase opening the content is no
     * appositive when X is no person */
    {"According to police, a third of homes lost power, and roads were shut.",
     BL_QUOTE_INDIRECT, "a third of homes lost power, and roads were shut", "police",
     "According to"},
    /* a "whose" clause with a town and its state between name and cue */
    {"Ann Cole, whose garage in Plano, Texas, burned in January, said she had called twice.",
     BL_QUOTE_INDIRECT, "she had called twice", "Ann Cole", "said"},
    {"The factory will close in March, the company said.", BL_QUOTE_INDIRECT,
     "The factory will close in March", "the company", "said"},
    /* a dateline opening the sentence is no part of the content */
    {"GRANTSVILLE, Utah (AP) - Snow closed the pass for three days, state police said.",
     BL_QUOTE_INDIRECT, "Snow closed the pass for three days", "state police", "said"},
    {"TALLINN — The ferry ran aground near the harbour, according to the coast guard.",
     BL_QUOTE_INDIRECT, "The ferry ran aground near the harbour", "the coast guard",
     "according to"},
    /* the people before "in" speak, not the place */
    {"Officials in Dorset said the beach would stay closed.", BL_QUOTE_INDIRECT,
     "the beach would stay closed", "Officials in Dorset", "said"},
    {"The beach will stay closed, police in Dorset said.", BL_QUOTE_INDIRECT,
     "The beach will stay closed", "police in Dorset", "said"},
    /* ", a move ..." after the attribution names the report, it does not go on with it */
    {"The port will close its north quay to cargo ships, officials said on Monday, a move "
     "shippers warned would raise costs.",
     BL_QUOTE_INDIRECT, "The port will close its north quay to cargo ships", "officials", "said"},
    {"The port will close its north quay to cargo ships, officials said on Monday, a move "
     "shippers warned would raise costs.",
     NONE, "a move shippers warned would raise costs", NULL, NULL},
    /* the whole subject of a coordinated cue: "The Dutch transport ministry" */
    {"The Dutch transport ministry called the plan “reckless” and said it would fail.",
     BL_QUOTE_INDIRECT, "it would fail", "The Dutch transport ministry", "said"},
    /* a semicolon ends even a short reported clause */
    {"The mayor said costs rose; the council disagreed and voted the plan down.", NONE,
     "costs rose; the council disagreed and voted the plan down", NULL, NULL},
    /* "a move Varga warned would ...": the name heads the relative clause */
    {"The port will close its north quay, a move Varga warned would raise costs.",
     BL_QUOTE_INDIRECT, "would raise costs", "Varga", "warned"},
    /* a time between the source and its cue */
    {"The harbour board on Friday said the tunnel would close in June.", BL_QUOTE_INDIRECT,
     "the tunnel would close in June", "The harbour board", "said"},
    {"The ministry last week warned that prices would rise.", BL_QUOTE_INDIRECT,
     "prices would rise", "The ministry", "warned"},
    {"The Senate on Tuesday dismissed the report as “pure fiction,” while Varga said it was "
     "accurate.",
     BL_QUOTE_PARTIAL, "pure fiction,", "The Senate", "dismissed"},
    /* "called" that names or convenes reports nothing */
    {"The walkout was called by the harbour union, which says 300 jobs are at risk.", NONE,
     "The walkout was", NULL, NULL},
    {"A charity called Harbour Light gave the money to the port.", NONE,
     "Harbour Light gave the money to the port", NULL, NULL},
    /* "called X to congratulate" is a telephone call */
    {"Hollis called Varga to congratulate her on the win.", NONE,
     "Varga to congratulate her on the win", NULL, NULL},
    /* "conceded" and "declared" as acts, not speech */
    {"The visitors have conceded only four goals in ten games.", NONE,
     "only four goals in ten games", NULL, NULL},
    {"The governor declared a state of emergency on Sunday.", NONE,
     "a state of emergency on Sunday", NULL, NULL},
    {"The mayor conceded the budget was short.", BL_QUOTE_INDIRECT, "the budget was short",
     "The mayor", "conceded"},
    {"The factory will close in March, said Lena Fischer.", BL_QUOTE_INDIRECT,
     "The factory will close in March", "Lena Fischer", "said"},
    {"The port will reopen in May, said former harbor chief Lena Fischer.", BL_QUOTE_INDIRECT,
     "The port will reopen in May", "former harbor chief Lena Fischer", "said"},
    {"Critics argue the reform goes too far.", BL_QUOTE_INDIRECT, "the reform goes too far",
     "Critics", "argue"},
    {"The union acknowledged that wages had stalled for years.", BL_QUOTE_INDIRECT,
     "wages had stalled for years", "The union", "acknowledged"},
    {"Moreno, the league's chief executive, insisted the season would go ahead.", BL_QUOTE_INDIRECT,
     "the season would go ahead", "Moreno", "insisted"},
    {"She declared the election a fraud and demanded a recount.", NONE,
     "a fraud and demanded a recount", NULL, NULL},
    /* reported content holding a partial quote keeps its closing mark */
    {"The mayor said the plan was \"a betrayal of every tenant.\"", BL_QUOTE_INDIRECT,
     "the plan was \"a betrayal of every tenant.\"", "The mayor", "said"},
    {"Okoro told the board that the budget was “frankly unworkable” in its present form.",
     BL_QUOTE_INDIRECT, "the budget was “frankly unworkable” in its present form", "Okoro", "told"},
    /* a second reported act ends the first content */
    {"Weller said the vote was \"rigged\" and then tweeted that the count must stop.",
     BL_QUOTE_INDIRECT, "the vote was \"rigged\"", "Weller", "said"},
    {"Weller said the vote was \"rigged,\" and he demanded a recount.", BL_QUOTE_INDIRECT,
     "the vote was \"rigged,\"", "Weller", "said"},
    /* an appositive between dashes */
    {"Jana Novak — a nurse from the night shift — says the ward is understaffed.",
     BL_QUOTE_INDIRECT, "the ward is understaffed", "Jana Novak", "says"},
    /* verbs of public criticism or defence report what was said */
    {"The minister decried the cuts as reckless and unfair.", BL_QUOTE_INDIRECT,
     "the cuts as reckless and unfair", "The minister", "decried"},
    /* a second verb of the subject: "X did this and said ..." */
    {"The nurses met the hospital board and said the night shifts were too long.",
     BL_QUOTE_INDIRECT, "the night shifts were too long", "The nurses", "said"},
    /* "told" and its object after the content; a parenthesis after a name */
    {"The plant will close in June, union leader Ana Diaz told WXYZ earlier this week.",
     BL_QUOTE_INDIRECT, "The plant will close in June", "union leader Ana Diaz", "told"},
    {"Sen. Mark Hollis (R-Ohio) told the radio host that the polls were wrong.", BL_QUOTE_INDIRECT,
     "the polls were wrong", "Sen. Mark Hollis", "told"},
    /* a transcript line; a label that is nobody */
    {"KOVACS: We have the votes and we will pass it this week.", BL_QUOTE_INDIRECT,
     "We have the votes and we will pass it this week", "KOVACS", ":"},
    {"Update: The bridge reopened at noon on Sunday.", NONE,
     "The bridge reopened at noon on Sunday", NULL, NULL},
    /* a quote right after a cue whose clause goes on past the marks is part
     * of that clause: partial, with the clause as an indirect quote */
    {"Okafor said “local crews” must lead the cleanup.", BL_QUOTE_INDIRECT,
     "“local crews” must lead the cleanup", "Okafor", "said"},
    {"Okafor said “local crews” must lead the cleanup.", BL_QUOTE_PARTIAL, "local crews", "Okafor",
     "said"},
    {"Asked about the delay, Ruiz said, “We have three weeks” until the vote.", BL_QUOTE_PARTIAL,
     "We have three weeks", "Ruiz", "said"},
    /* a full stop inside the marks and a capital after them: a new sentence,
     * not `," he said` */
    {"The mayor says the budget “will protect every school.” She warns that the vote is close.",
     BL_QUOTE_PARTIAL, "will protect every school.", "The mayor", "says"},
    /* split quotes join across a circumstance or the cue's object */
    {"“The first stage is done,” Lund said on Monday, “and the second starts in May.”",
     BL_QUOTE_DIRECT,
     "The first stage is done,” Lund said on Monday, “and the second starts in May.", "Lund",
     "said"},
    {"“First of all,” she told Berg, “the road stays open.”", BL_QUOTE_DIRECT,
     "First of all,” she told Berg, “the road stays open.", "she", "told"},
    {"“The price is fair,” said Berg, speaking for the port, “and nobody has to pay more.”",
     BL_QUOTE_DIRECT,
     "The price is fair,” said Berg, speaking for the port, “and nobody has to pay more.", "Berg",
     "said"},
    /* ... but a participle cue that reports a clause of its own ("arguing
     * that ...") ends the first quote: what follows is its content */
    {"“The fee is fair,” Berg wrote, arguing that if the ferries stopped, “the island would be "
     "cut off.”",
     BL_QUOTE_DIRECT, "The fee is fair,", "Berg", "wrote"},
    {"“The fee is fair,” Berg wrote, arguing that if the ferries stopped, “the island would be "
     "cut off.”",
     NONE, "The fee is fair,” Berg wrote, arguing that if the ferries stopped, “the island would "
     "be cut off.", NULL, NULL},
    /* a title in the attribution does not cut the speaker's statement */
    {"“The plan is sound,” Patel said on “Morning Report.” “We will start in May.”",
     BL_QUOTE_DIRECT, "The plan is sound,” Patel said on “Morning Report.” “We will start in May.",
     "Patel", "said"},
    /* a title-case name inside a sentence, not after a cue, is a title */
    {"Her memoir, “A Quiet Harbour,” sold well last year.", NONE, "A Quiet Harbour,", NULL, NULL},
    {"Asked about the merger, the chairman said, “Never.”", BL_QUOTE_DIRECT, "Never.",
     "the chairman", "said"},
    /* a quote in lower case after a comma goes on its sentence: the clause */
    {"After the vote in May, “the council has to act quickly,” Ruiz said.", BL_QUOTE_INDIRECT,
     "After the vote in May, “the council has to act quickly,”", "Ruiz", "said"},
    /* reported speech running into a quote after a comma takes the quote */
    {"Lund said he rarely asks for help, “except from people I trust.”", BL_QUOTE_INDIRECT,
     "he rarely asks for help, “except from people I trust.”", "Lund", "said"},
    {"Lund said he rarely asks for help, “except from people I trust.”", BL_QUOTE_PARTIAL,
     "except from people I trust.", "Lund", "said"},
    /* a partial quote in the object of the verb before it: the object too */
    {"She dismissed the audit as “pure fiction.”", BL_QUOTE_INDIRECT,
     "the audit as “pure fiction.”", "She", "dismissed"},
    /* the clause keeps the closing mark of the quote it ends on */
    {"Weller has called the plan “ridiculous,” saying it would fail.", BL_QUOTE_INDIRECT,
     "the plan “ridiculous,”", "Weller", "called"},
    /* ... also with doubled apostrophes for the marks */
    {"Weller has called the plan ''ridiculous,'' saying it would fail.", BL_QUOTE_INDIRECT,
     "the plan ''ridiculous,''", "Weller", "called"},
    {"Okafor called the levy ''a swindle,'' while the council stayed silent.", BL_QUOTE_INDIRECT,
     "the levy ''a swindle,''", "Okafor", "called"},
    {"Okafor called the levy ''a swindle,'' and he left the hall.", BL_QUOTE_INDIRECT,
     "the levy ''a swindle,''", "Okafor", "called"},
    /* a relative clause or a capital after a comma inside the closing
     * marks is the narrator's, not the object's */
    {"Okafor denounced the ''land swap,'' which the council had approved in May.",
     BL_QUOTE_INDIRECT, "the ''land swap,''", "Okafor", "denounced"},
    {"Okafor called the levy “a swindle,” Brandt is still in favour of it.", BL_QUOTE_INDIRECT,
     "the levy “a swindle,”", "Okafor", "called"},
    /* the object ends at its quote before a second verb of the subject, a
     * participle clause of the narrator, or after a quoted exclamation */
    {"The mayor denounced the rule as “a gift to landlords” and promised a review.",
     BL_QUOTE_INDIRECT, "the rule as “a gift to landlords”", "The mayor", "denounced"},
    {"Okafor called the levy “daylight robbery” before leaving the hall.", BL_QUOTE_INDIRECT,
     "the levy “daylight robbery”", "Okafor", "called"},
    {"A heckler shouted “Shame on you!” at the speaker during the debate.", BL_QUOTE_INDIRECT,
     "“Shame on you!”", "A heckler", "shouted"},
    /* a doubled-apostrophe partial quote ending the object stays in it */
    {"''It was a long night,'' Ms. Ortiz said, calling the recount ''a farce.''",
     BL_QUOTE_INDIRECT, "the recount ''a farce.''", "Ms. Ortiz", "calling"},
    /* an opening "Then"/"But" comes before the subject a participle cue
     * refers to */
    {"Then she turned on the board, calling the audit a “whitewash.”", BL_QUOTE_PARTIAL,
     "whitewash.", "she", "calling"},
    {"Ruiz toured the site and called the new bridge “a disgrace.”", BL_QUOTE_INDIRECT,
     "the new bridge “a disgrace.”", "Ruiz", "called"},
    /* a doubled closing mark after a word in s (the tokenizer reads its
     * first apostrophe as a possessive) still closes the quote */
    {"The motto - ''open to all visitors'' - was new. ''We will keep the park open,'' she said.",
     BL_QUOTE_DIRECT, "We will keep the park open,", "she", "said"},
    /* `what X calls "Y"` names a thing: the object ends at the name */
    {"Ruiz has fought what she calls the “parking mafia” and won a seat on the board.",
     BL_QUOTE_INDIRECT, "the “parking mafia”", "she", "calls"},
    {"Supporters chanted “Open the gates!” as the mayor walked in.", BL_QUOTE_INDIRECT,
     "“Open the gates!”", "Supporters", "chanted"},
    /* a capitalised exclamation right after a cue is said, not a title */
    {"The mayor shouted “Yes!” from the stage.", BL_QUOTE_PARTIAL, "Yes!", "The mayor",
     "shouted"},
    /* a title, slogan or chant put out by the subject is theirs */
    {"She released a memo titled “Where the Race Stands.”", BL_QUOTE_PARTIAL,
     "Where the Race Stands.", "She", "titled"},
    {"He ran on the slogan “Open Streets” in 2019.", BL_QUOTE_PARTIAL, "Open Streets", "He",
     "slogan"},
    /* the second apostrophe of an opening '' closes nothing */
    {"Ruiz said the deal was ''as he had promised, a fair one'' for the city.",
     BL_QUOTE_INDIRECT, "the deal was ''as he had promised, a fair one'' for the city", "Ruiz",
     "said"},
    /* "complained to X (, appositive,) that": the addressee comes first */
    {"She complained to her neighbour, Tom Berg, that the fence was too high.",
     BL_QUOTE_INDIRECT, "the fence was too high", "She", "complained"},
    {"She complained to firms that sell the permits.", NONE, "sell the permits", NULL, NULL},
    /* ... but a reported clause keeps the verb its own subject shares */
    {"Ruiz said the builder was “reckless” and ignored the warnings.", BL_QUOTE_INDIRECT,
     "the builder was “reckless” and ignored the warnings", "Ruiz", "said"},
    /* quoted items listed in one sentence are one quote in parts */
    {"The crowd chanted “Open the port” and “Fair pay now.”", BL_QUOTE_DIRECT,
     "Open the port” and “Fair pay now.", "The crowd", "chanted"},
    /* a lead-in ending on a colon */
    {"And the minister added: “Nothing has been decided.”", BL_QUOTE_DIRECT,
     "Nothing has been decided.", "the minister", NULL},
    {"PORT TO REOPEN - Ana Ruiz: “The work is done.”", BL_QUOTE_DIRECT, "The work is done.",
     "Ana Ruiz", NULL},
    {"In 2009, she praised the plan, telling reporters: “It is the right plan.”", BL_QUOTE_DIRECT,
     "It is the right plan.", "she", "telling"},
    /* a title-case headline */
    {"Clinic Director Says Funding Will Run Out in May", BL_QUOTE_INDIRECT,
     "Funding Will Run Out in May", "Clinic Director", "Says"},
    {"The company said on Thursday it had raised $4 million.", BL_QUOTE_INDIRECT,
     "it had raised $4 million", "The company", "said"},
    /* ", adding that ...": the sentence subject, not the dateline */
    {"BOSTON — Mayor Ana Ruiz argued on Monday that the plan would work, adding that the council "
     "agreed.",
     BL_QUOTE_INDIRECT, "the council agreed", "Mayor Ana Ruiz", "adding"},
    /* a partial quote inside an indirect one with the same cue has its
     * speaker, not the phrase its own search found ("armed men") */
    {"Flanked by a dozen armed men, Col. Omar Diallo read a statement on television, saying the "
     "army had acted \"to save the nation from chaos.\"",
     BL_QUOTE_PARTIAL, "to save the nation from chaos.", "Col. Omar Diallo", "saying"},
    /* a quote of two sentences before ", adding that": its second sentence's
     * "We" is no subject of the attribution that follows it */
    {"\"The voters are tired. We have heard them,\" Ana Ruiz said, adding that the count "
     "would resume.",
     BL_QUOTE_INDIRECT, "the count would resume", "Ana Ruiz", "adding"},
    /* ", with X, its chair, noting that ...": X notes it, not the subject */
    {"In Oslo, Norwegian officials discussed the pay offer, with Mari Lund, the union's chair, noting "
     "that wages had fallen for two years.",
     BL_QUOTE_INDIRECT, "wages had fallen for two years", "Mari Lund", "noting"},
    /* a "but" inside the quoted words does not end the reported clause */
    {"The board said the cuts were \"painful but fair\" to keep the mill open.", BL_QUOTE_INDIRECT,
     "the cuts were \"painful but fair\" to keep the mill open", "The board", "said"},
    /* "charged with" is an indictment: the content is the whole clause */
    {"A 19-year-old woman was arrested Friday night and charged with arson after a shop on Elm "
     "Street was held up, police said.",
     BL_QUOTE_INDIRECT,
     "A 19-year-old woman was arrested Friday night and charged with arson after a shop on Elm "
     "Street was held up",
     "police", "said"},
    /* "acknowledged that problem and said": "that" is a determiner */
    {"The engineers acknowledged that flaw and said a new valve would be fitted.", NONE,
     "flaw and said a new valve would be fitted", NULL, NULL},
    {"The engineers acknowledged that flaw and said a new valve would be fitted.",
     BL_QUOTE_INDIRECT, "a new valve would be fitted", "The engineers", "said"},
    /* the cue right before a partial quote governs it */
    {"The minister rejected the report on Friday, calling it “a work of fiction.”",
     BL_QUOTE_PARTIAL, "a work of fiction.", "The minister", "calling"},
    {"His claims were never tested in court.", NONE, "were never tested in court", NULL, NULL},
    /* ", saying ...": the speaker is the subject before, not the noun by
     * the comma */
    {"The mayor praised the dock workers, saying the cranes would stay.", BL_QUOTE_INDIRECT,
     "the cranes would stay", "The mayor", "saying"},
    {"In an interview in April, Varga defended the levy, saying the harbour needed it.",
     BL_QUOTE_INDIRECT, "the harbour needed it", "Varga", "saying"},
    /* a belief verb reports a state of mind, not words: left to claims */
    {"The harbour master thinks the pier will need new piles before winter.", NONE,
     "the pier will need new piles before winter", NULL, NULL},
    {"Most fishermen believe that the quota is too low for the coming season.", NONE,
     "the quota is too low for the coming season", NULL, NULL},
    /* "state(s)" is the noun unless a "that" clause or a colon follows */
    {"Twelve states hold primaries on the first Tuesday of March.", NONE,
     "hold primaries on the first Tuesday of March", NULL, NULL},
    {"A few states remained too close to call late on Tuesday.", NONE,
     "remained too close to call late on Tuesday", NULL, NULL},
    {"The memo states that the depot will close in June.", BL_QUOTE_INDIRECT,
     "the depot will close in June", "The memo", "states"},
    /* "added", "posted", "wrote", "maintained", "known" report speech
     * only with a clause or a quote */
    {"The shipyard added 300 welders to its payroll last spring.", NONE,
     "300 welders to its payroll last spring", NULL, NULL},
    {"The ferry company posted a timetable for the winter season.", NONE,
     "a timetable for the winter season", NULL, NULL},
    {"The harbour master wrote a long letter to the council on Friday.", NONE,
     "a long letter to the council on Friday", NULL, NULL},
    {"The incumbent maintained a narrow lead in the county polls all week.", NONE,
     "a narrow lead in the county polls all week", NULL, NULL},
    {"Varga knew the ferry captain from her years at the harbour school.", NONE,
     "the ferry captain from her years at the harbour school", NULL, NULL},
    /* a passive after "is"/"are"; "pledged delegates" is a kind of delegate */
    {"Two ferry crews are reported missing after the storm on the coast.", NONE,
     "missing after the storm on the coast", NULL, NULL},
    {"Okafor has won 412 pledged delegates in the spring contests so far.", NONE,
     "delegates in the spring contests so far", NULL, NULL},
    /* reported content never opens on a conjunction: the cue's phrase
     * ended and the narrator goes on */
    {"The ferry operator did not respond to a request, and the harbour stayed shut all week.",
     NONE, "and the harbour stayed shut all week", NULL, NULL},
    /* "but" with an auxiliary, a negation or "also" goes on with the clause */
    {"Varga said that the ferry is losing money, but will not raise fares this year.",
     BL_QUOTE_INDIRECT, "the ferry is losing money, but will not raise fares this year", "Varga",
     "said"},
    {"Varga said that the ferry is losing money but has enough cash for the winter.",
     BL_QUOTE_INDIRECT, "the ferry is losing money but has enough cash for the winter", "Varga",
     "said"},
    {"Varga said that the ferry is losing money, but the council disagrees.", BL_QUOTE_INDIRECT,
     "the ferry is losing money", "Varga", "said"},
    /* a pair of dashes or brackets sets off an aside inside the report */
    {"The mayor called for every bidder to publish its costs — including the ferry subsidy — "
     "before the vote.",
     BL_QUOTE_INDIRECT,
     "every bidder to publish its costs — including the ferry subsidy — before the vote",
     "The mayor", "called for"},
    {"Okafor said the new pier (the third since 1990) would open in May.", BL_QUOTE_INDIRECT,
     "the new pier (the third since 1990) would open in May", "Okafor", "said"},
    {"Okafor said the pier would open in May — a claim the builders doubt.", BL_QUOTE_INDIRECT,
     "the pier would open in May", "Okafor", "said"},
    /* a cue in a fronted subordinate clause reports up to its comma */
    {"Though the mayor never mentioned the contractor by name, she promised a full inquiry.",
     BL_QUOTE_INDIRECT, "the contractor by name", "the mayor", "mentioned"},
    {"While Okafor said the ferry would run all winter, the timetable shows gaps in January.",
     BL_QUOTE_INDIRECT, "the ferry would run all winter", "Okafor", "said"},
    {"A week after the harbour master said the pier was safe, part of it collapsed.",
     BL_QUOTE_INDIRECT, "the pier was safe", "the harbour master", "said"},
    /* "as" right after the cue names or ranks */
    {"The ferry crews, whom the mayor described as tireless, worked through the night.",
     NONE, "as tireless, worked through the night", NULL, NULL},
    {"Two inspectors mentioned as likely successors are Ana Ruiz and Tom Berg.", NONE,
     "as likely successors are Ana Ruiz and Tom Berg", NULL, NULL},
    /* a cue's noun form followed by a finite verb is the subject */
    {"The harbour board comments were read aloud at the meeting on Friday.", NONE,
     "were read aloud at the meeting on Friday", NULL, NULL},
    {"Union officials said the new rota was unfair to night crews.", BL_QUOTE_INDIRECT,
     "the new rota was unfair to night crews", "Union officials", "said"},
    /* `CONTENT, X said, adding, “...”`: two reports, the second the
     * participle's own */
    {"The two ferries will sail again in May, Okafor said, adding, “The crews are ready.”",
     BL_QUOTE_INDIRECT, "The two ferries will sail again in May", "Okafor", "said"},
    {"The two ferries will sail again in May, Okafor said, adding, “The crews are ready.”",
     BL_QUOTE_DIRECT, "The crews are ready.", "Okafor", "adding"},
    {"“We found the leak,” the engineer said, adding of the pumps, “They held all night.”",
     BL_QUOTE_DIRECT, "They held all night.", "the engineer", "adding"},
    /* a headline: a name, a colon and words running on into long marks */
    {"Ana Sorel: Harbour Board ‘Not Fit To Run The Port Or The Ferries.’\n\nThe board met.",
     BL_QUOTE_INDIRECT, "Harbour Board ‘Not Fit To Run The Port Or The Ferries.’", "Ana Sorel",
     NULL},
    /* after a "that" no cue governs, a long quote is still part of the
     * reported clause ("... failed and that “...”") */
    {"Okafor told the board that the pumps failed and that “We will need new pumps before the "
     "first winter storm.”",
     BL_QUOTE_PARTIAL, "We will need new pumps before the first winter storm.", "Okafor", "told"},
    {"Okafor told the board that the pumps failed and that “We will need new pumps before the "
     "first winter storm.”",
     BL_QUOTE_INDIRECT,
     "the pumps failed and that “We will need new pumps before the first winter storm.”", "Okafor",
     "told"},
    /* a headline credited to its writer is the title of a work */
    {"HARBOUR NEWS—\"Old harbour museum to close its doors at the end of May,\" by Times' Ana "
     "Ruiz.",
     NONE, "Old harbour museum to close its doors at the end of May,", NULL, NULL},
    /* "at one point calling ...": the phrase before the participle is a
     * time, the subject speaks */
    {"Mayor Ana Ruiz fought the council for years, at one point calling the budget \"a "
     "disgrace\" that nobody could defend.",
     BL_QUOTE_INDIRECT, "the budget \"a disgrace\" that nobody could defend", "Mayor Ana Ruiz",
     "calling"},
    /* a short lead-in with a verb the lexicon lacks, then a comma */
    {"The vote was close. She grinned back, “Nobody on this council has read the report.”",
     BL_QUOTE_DIRECT, "Nobody on this council has read the report.", "She", NULL},
    {"When the mayor objected to the new harbour plan at the meeting on Monday, she grinned back, "
     "“Nobody on this council has read it.”",
     BL_QUOTE_DIRECT, "Nobody on this council has read it.", "she", NULL},
    {"The ferry sank at dawn. She issued a statement on Monday night, “The crossing stays closed "
     "until spring.”",
     BL_QUOTE_DIRECT, "The crossing stays closed until spring.", "She", NULL},
    {"The choir was loud. As he sang back in the spring, “Fair winds will bring us home again.”",
     BL_QUOTE_DIRECT, "Fair winds will bring us home again.", "he", NULL},
    {"The tide turned. As she put it: “Nobody here remembers a winter this wet.”", BL_QUOTE_DIRECT,
     "Nobody here remembers a winter this wet.", "she", NULL},
    /* the clause goes on past the closing mark; the attribution ends the
     * sentence (and what goes on is part of the quote) */
    {"\"This will be a long winter\" for the harbour crews, said Ruiz, a union steward.",
     BL_QUOTE_DIRECT, "This will be a long winter\" for the harbour crews", "Ruiz", "said"},
    {"\"He can promise it, but it seems very unlikely\" that the port reopens in May, the "
     "analyst said.",
     BL_QUOTE_DIRECT, "He can promise it, but it seems very unlikely\" that the port reopens in May",
     "the analyst", "said"},
    /* a sentence opening with its cue and the speaker, a long appositive */
    {"Said Dorothy Vance, who grew up with the captain in the village, “We were all so proud of "
     "him.”",
     BL_QUOTE_DIRECT, "We were all so proud of him.", "Dorothy Vance", "Said"},
    /* the one told is no speaker when the subject is out of reach */
    {"Mayor Ana Ruiz later on Thursday told Harbour Radio: “The bridge will open in May.”",
     BL_QUOTE_DIRECT, "The bridge will open in May.", "Mayor Ana Ruiz", "told"},
    /* the one told may hold commas before "that" */
    {"Ruiz is telling shoppers at a small Leeds, West Yorkshire, market that the ferry will sail "
     "again in June.",
     BL_QUOTE_INDIRECT, "the ferry will sail again in June", "Ruiz", "telling"},
    /* a short quote no one said is a slogan or scare quotes */
    {"The storm passed on Monday.\n\n“Save the old harbour from the sea.”\n\nThe council met "
     "later.",
     NONE, "Save the old harbour from the sea.", NULL, NULL},
    /* the subject speaks for a participle lead-in */
    {"She clashed with the harbour board on Monday, chiding them, “Nobody here has read the plan.”",
     BL_QUOTE_DIRECT, "Nobody here has read the plan.", "She", NULL},
    /* the last clause before a colon names the speaker */
    {"The meeting ran so late that she could only quip: “We will need breakfast soon.”",
     BL_QUOTE_DIRECT, "We will need breakfast soon.", "she", NULL},
    /* a relative clause closing the content is the narrator's */
    {"Okafor said the council would sell the old ferry, which has sailed since 1971.",
     BL_QUOTE_INDIRECT, "the council would sell the old ferry", "Okafor", "said"},
    {"The mayor praised the harbour master Ines Kowalczyk, who ran the port for a decade.",
     BL_QUOTE_INDIRECT, "the harbour master Ines Kowalczyk", "The mayor", "praised"},
    {"Okafor said the old ferry, which has sailed since 1971, would be sold.", BL_QUOTE_INDIRECT,
     "the old ferry, which has sailed since 1971, would be sold", "Okafor", "said"},
    {"Okafor said she called the mayor after the vote, which ended the strike, to thank him.",
     BL_QUOTE_INDIRECT, "she called the mayor after the vote, which ended the strike, to thank him",
     "Okafor", "said"},
    /* ... and so does a verb in the past after the clause's comma: the
     * main clause goes on */
    {"The agency reported that a second ferry, which had left Sfax, reached the island at noon.",
     BL_QUOTE_INDIRECT, "a second ferry, which had left Sfax, reached the island at noon",
     "The agency", "reported"},
    {"Okafor said the old ferry, which had sailed since 1971, sank in the storm.",
     BL_QUOTE_INDIRECT, "the old ferry, which had sailed since 1971, sank in the storm", "Okafor",
     "said"},
    {"Okafor said 60 percent of crews backed the rota, compared with 45 percent in May.",
     BL_QUOTE_INDIRECT, "60 percent of crews backed the rota", "Okafor", "said"},
    /* ... but not one the main clause goes on after, in marks or with a
     * subjunctive "be", nor a "which means" that adds a claim of its own */
    {"Okafor argued the old pier, which the storm broke in March, “will stand another "
     "century” if the town pays for it.",
     BL_QUOTE_INDIRECT,
     "the old pier, which the storm broke in March, “will stand another century” if the town "
     "pays for it",
     "Okafor", "argued"},
    {"The crews demanded that the old ferry, which leaks in every storm, be taken out of "
     "service.",
     BL_QUOTE_INDIRECT, "the old ferry, which leaks in every storm, be taken out of service",
     "The crews", "demanded"},
    {"Okafor said the yard lost its biggest order, which means 300 welders could be out of work "
     "by May.",
     BL_QUOTE_INDIRECT,
     "the yard lost its biggest order, which means 300 welders could be out of work by May",
     "Okafor", "said"},
    /* ", and" before an auxiliary or a subordinate clause opens the
     * narrator's next clause about the speaker */
    {"Okafor insists the ferry must keep running, and has pushed the council for a new hull.",
     BL_QUOTE_INDIRECT, "the ferry must keep running", "Okafor", "insists"},
    {"Okafor said she had not seen the flooded pier, and when asked about the repairs she left.",
     BL_QUOTE_INDIRECT, "she had not seen the flooded pier", "Okafor", "said"},
    /* a closing noun phrase on "the" that sizes up what was said, but not
     * the last items of a list */
    {"Okafor praised the harbour levy, the lowest in the region.", BL_QUOTE_INDIRECT,
     "the harbour levy", "Okafor", "praised"},
    {"The mayor said the crews had repaired the old ferry, the pride of the town.",
     BL_QUOTE_INDIRECT, "the crews had repaired the old ferry", "The mayor", "said"},
    {"Okafor said the storm had closed the pier, the port and the school.", BL_QUOTE_INDIRECT,
     "the storm had closed the pier, the port and the school", "Okafor", "said"},
    /* ", just as ..." compares for the narrator */
    {"Okafor said the pier would reopen in May, just as the crews had hoped.", BL_QUOTE_INDIRECT,
     "the pier would reopen in May", "Okafor", "said"},
    {"The mayor said the yard would close the dry dock, just a week after the union vote.",
     BL_QUOTE_INDIRECT, "the yard would close the dry dock", "The mayor", "said"},
    /* so does a closing noun phrase that sizes up what was said */
    {"Okafor said the yard would cut 300 jobs, a heavy blow to the whole valley.",
     BL_QUOTE_INDIRECT, "the yard would cut 300 jobs", "Okafor", "said"},
    {"Okafor said the yard would build a tug, a barge, and a new ferry by spring.",
     BL_QUOTE_INDIRECT, "the yard would build a tug, a barge, and a new ferry by spring", "Okafor",
     "said"},
    /* a partial quote the sentence end cuts stays whole in the content */
    {"The harbour master says Okafor “knows the pier is unsafe. Still, she keeps it open.”\n\n"
     "Crews left at noon.",
     BL_QUOTE_INDIRECT, "Okafor “knows the pier is unsafe. Still, she keeps it open.”",
     "The harbour master", "says"},
    /* where the speaker spoke is no part of an object */
    {"The harbour master criticized the new ferry timetable in a tweet on Friday.",
     BL_QUOTE_INDIRECT, "the new ferry timetable", "The harbour master", "criticized"},
    /* nor who spoke for the speaker */
    {"The harbour master criticized the new ferry timetable through a spokeswoman.",
     BL_QUOTE_INDIRECT, "the new ferry timetable", "The harbour master", "criticized"},
    {"The harbour master said the timetable was made through a lawyer's advice.",
     BL_QUOTE_INDIRECT, "the timetable was made through a lawyer's advice", "The harbour master",
     "said"},
    {"Okafor said the crews would speak at a rally in May.", BL_QUOTE_INDIRECT,
     "the crews would speak at a rally in May", "Okafor", "said"},
    /* "what she called X" names the object of another verb */
    {"The mayor denounced what she called careless planning of the new ferry terminal.", NONE,
     "careless planning of the new ferry terminal", NULL, NULL},
    /* direct: a verb in -ed the lexicon lacks before the name */
    {"“This is wonderful news for the whole valley!” beamed Ines Okafor of Lindau, who came "
     "early.",
     BL_QUOTE_DIRECT, "This is wonderful news for the whole valley!", "Ines Okafor of Lindau",
     "beamed"},
    {"“We have had better weeks on the pier,” grumbled Tom Berg.", BL_QUOTE_DIRECT,
     "We have had better weeks on the pier,", "Tom Berg", "grumbled"},
    /* an adverb between an inverted cue and the name */
    {"“We have had better weeks on the pier,” said quietly Tom Berg.", BL_QUOTE_DIRECT,
     "We have had better weeks on the pier,", "Tom Berg", "said"},
    /* a sign or a message "read" */
    {"“The ferry is ours and so is the pier,” it read.", BL_QUOTE_DIRECT,
     "The ferry is ours and so is the pier,", "it", "read"},
    /* "as X put it" attributes what follows, in lower case too */
    {"As one boatman put it, “The new pier is a monument to waste and nobody will ever use it.”",
     BL_QUOTE_DIRECT, "The new pier is a monument to waste and nobody will ever use it.",
     "one boatman", "put it"},
    {"But as the harbour master put it, \"apart from the wind and some late boats, there was not "
     "much to complain about.\"",
     BL_QUOTE_DIRECT, "apart from the wind and some late boats, there was not much to complain about.",
     "the harbour master", "put it"},
    /* a right mark typed for the left one where a paragraph opens */
    {"The pier closed at noon.\n\n”This is why the pier must be rebuilt. It is old and it is "
     "failing,” said Tom Berg.",
     BL_QUOTE_DIRECT, "This is why the pier must be rebuilt. It is old and it is failing,",
     "Tom Berg", "said"},
    /* a straight mark glued to a colon opens a quote */
    {"Ines Okafor:\"I have not heard anyone else cite that figure. Who told you that?\"",
     BL_QUOTE_DIRECT, "I have not heard anyone else cite that figure. Who told you that?",
     "Ines Okafor", NULL},
    /* a quote inside a quote in the same curly marks */
    {"“People on the pier wore “Vote Okafor” shirts all day. Ouch,” wrote Tom Berg.",
     BL_QUOTE_DIRECT, "People on the pier wore “Vote Okafor” shirts all day. Ouch,", "Tom Berg",
     "wrote"},
    /* a partial quote in the attribution does not split the quote */
    {"“Everything is on the table,” Okafor told the paper on Wednesday after hinting that "
     "“staff changes” could come. “Every single thing is on the table.”",
     BL_QUOTE_DIRECT,
     "Everything is on the table,” Okafor told the paper on Wednesday after hinting that “staff "
     "changes” could come. “Every single thing is on the table.",
     "Okafor", "told"},
    /* an appositive with commas of its own between the name and the cue */
    {"“I would have been sitting in jail for a long time,” Mr. Okafor, now 81 and retired in "
     "Lindau, Bavaria, said by telephone.",
     BL_QUOTE_DIRECT, "I would have been sitting in jail for a long time,", "Mr. Okafor", "said"},
    /* "in X's words," / "in the words of X," and "as X put it" after a comma */
    {"The pier was chosen because, in the mayor's words, “it is the busiest harbour on the whole "
     "coast.”",
     BL_QUOTE_DIRECT, "it is the busiest harbour on the whole coast.", "the mayor", "words"},
    {"In the words of a senior boatman, “The new pier is a monument to waste and nobody will use "
     "it.”",
     BL_QUOTE_DIRECT, "The new pier is a monument to waste and nobody will use it.",
     "a senior boatman", "words"},
    {"But at the time, as the harbour master put it, \"apart from the wind and some late boats, "
     "there was not much to complain about.\"",
     BL_QUOTE_DIRECT, "apart from the wind and some late boats, there was not much to complain about.",
     "the harbour master", "put it"},
    /* the sentence goes on past the marks to its attribution: all of it is
     * what was said */
    {"“We are shocked and saddened” by the fire at the old ferry terminal that drew crowds, "
     "Okafor said.",
     BL_QUOTE_DIRECT,
     "We are shocked and saddened” by the fire at the old ferry terminal that drew crowds",
     "Okafor", "said"},
    /* the same with a time after the attribution */
    {"\"Boots on the pier\" would be right, the harbour master Ines Okafor said on Monday.",
     BL_QUOTE_DIRECT, "Boots on the pier\" would be right", "the harbour master Ines Okafor",
     "said"},
    /* words and a comma opening the sentence before a quote attributed
     * after it are part of it */
    {"After the storms in May and June, \"there is a sense of urgency that we rebuild the pier "
     "now,\" Okafor said.",
     BL_QUOTE_DIRECT,
     "After the storms in May and June, \"there is a sense of urgency that we rebuild the pier now,",
     "Okafor", "said"},
    /* what a crowd chants is kept, with no one speaker */
    {"The senator walked into the hall to chants of “Four more years!” from the crowd.",
     BL_QUOTE_PARTIAL, "Four more years!", NULL, NULL},
    /* broken input */
    {"“This quote never closes and runs to the end of the paragraph.\n\nA new paragraph "
     "starts here.",
     BL_QUOTE_DIRECT, "This quote never closes and runs to the end of the paragraph.", NULL, NULL},
    {"A stray ” mark and a lone \" here.\n\nNothing else.", NONE, "mark and a lone", NULL, NULL},
    /* a cue ending in a colon reports what follows the colon, not the
     * phrase before its speaker */
    {"In a speech to the harbour council last week, Mayor Ana Ruiz wrote:\n\nThe ferry will run "
     "again in May.",
     NONE, "In a speech to the harbour council last week", NULL, NULL},
    {"Later that evening, Ms. Okafor said:\n\nWe will not wait for the council.", NONE,
     "Later that evening", NULL, NULL},
    /* a fronted phrase of time or occasion, with no verb, before the
     * speaker and the cue is the setting, not what was said */
    {"Tuesday on Channel Nine's \"Morning Desk,\" Senator Ruth Okafor said the harbour tax would "
     "be cut.",
     NONE, "Tuesday on Channel Nine's \"Morning Desk,\"", NULL, NULL},
    {"On the radio show \"Coast Talk,\" Dr. Lena Moss said she would run for the board.", NONE,
     "On the radio show \"Coast Talk,\"", NULL, NULL},
    /* a fronted phrase with a verb of its own is still what was said */
    {"On Monday, the ferry ran aground near the pier, Ms. Okafor said.", BL_QUOTE_INDIRECT,
     "On Monday, the ferry ran aground near the pier", "Ms. Okafor", "said"},
    {"In May the harbour tax will be cut, Senator Ruth Okafor said.", BL_QUOTE_INDIRECT,
     "In May the harbour tax will be cut", "Senator Ruth Okafor", "said"},
    /* a plural noun after a lower-case modifier is no cue */
    {"The visit came after more ambiguous remarks a few weeks ago about the harbour fund.", NONE,
     "a few weeks ago about the harbour fund", NULL, NULL},
    {"The college faced scrutiny over its handling of assault charges against two coaches.", NONE,
     "against two coaches", NULL, NULL},
    {"In another year, these are the kinds of questions that would be hotly debated.", NONE,
     "would be hotly debated", NULL, NULL},
    /* "maintains a lead", "boasts a terminal": an object, not a report,
     * judged within its own clause */
    {"Though Ruiz still maintains a wide lead in the harbour wards, the race is close.", NONE,
     "a wide lead in the harbour wards", NULL, NULL},
    {"The port now boasts a new ferry terminal.", NONE, "a new ferry terminal", NULL, NULL},
    {"Ruiz maintains the pier is safe.", BL_QUOTE_INDIRECT, "the pier is safe", "Ruiz",
     "maintains"},
    /* after a relative or an adverb it is a verb */
    {"Ms. Okafor often questions whether the port can pay its debts.", BL_QUOTE_INDIRECT,
     "whether the port can pay its debts", "Ms. Okafor", "questions"},
    /* nesting: a report whose attribution opens another report's content
     * is part of what the outer speaker reported, not a second quote */
    {"The council noted that Mayor Ana Ruiz had said the ferry would stop running in May.",
     BL_QUOTE_INDIRECT, "Mayor Ana Ruiz had said the ferry would stop running in May",
     "The council", "noted"},
    {"The council noted that Mayor Ana Ruiz had said the ferry would stop running in May.",
     NONE, "the ferry would stop running in May", NULL, NULL},
    {"Dock workers reported that the harbor master told them the cranes were unsafe.", NONE,
     "the cranes were unsafe", NULL, NULL},
    {"The ministry announced that the regulator had warned the banks about the loans.", NONE,
     "the banks about the loans", NULL, NULL},
    /* ... or in a clause the outer content subordinates */
    {"The auditor criticized rules which the mayor said were unfair to small shops.", NONE,
     "were unfair to small shops", NULL, NULL},
    {"The union said the strike would go on until the minister said the wages would rise.", NONE,
     "the wages would rise", NULL, NULL},
    {"Ruiz said the ferry was late but that officials said the crew was not to blame.", NONE,
     "the crew was not to blame", NULL, NULL},
    /* ... or a participle with no source of its own inside the content */
    {"The mayor mocked the governor for calling himself the “friend of the harbor” at a rally.",
     NONE, "himself the “friend of the harbor”", NULL, NULL},
    {"Dock workers criticized the board for describing the strike as illegal.", NONE,
     "the strike as illegal", NULL, NULL},
    /* a named source after a comma opens a report of its own: the outer
     * content stops at the comma */
    {"Ruiz said the ferry was late because of the fog, the harbor master said the crew was to "
     "blame.",
     BL_QUOTE_INDIRECT, "the ferry was late because of the fog", "Ruiz", "said"},
    {"Ruiz said the ferry was late because of the fog, the harbor master said the crew was to "
     "blame.",
     BL_QUOTE_INDIRECT, "the crew was to blame", "the harbor master", "said"},
    {"The mayor promised the bridge would reopen in June, and port officials said the repairs "
     "would take a year.",
     BL_QUOTE_INDIRECT, "the bridge would reopen in June", "The mayor", "promised"},
    {"The minister insisted the budget was balanced, his critics said the figures did not add up.",
     BL_QUOTE_INDIRECT, "the budget was balanced", "The minister", "insisted"},
    /* a report later in the content, after words of its own, stays */
    {"Officials said the vote was delayed after the union said it would strike.",
     BL_QUOTE_INDIRECT, "it would strike", "the union", "said"},
    /* a speaker named by a noun and a place after the quote: the whole
     * phrase speaks, not the place */
    {"“We have waited long enough for this bridge,” a fisherman from the north shore said.",
     BL_QUOTE_DIRECT, "We have waited long enough for this bridge,",
     "a fisherman from the north shore", "said"},
    {"“The ferry runs late every single day,” one owner on the harbor front complained.",
     BL_QUOTE_DIRECT, "The ferry runs late every single day,", "one owner on the harbor front",
     "complained"},
    {"“Nobody asked the people who live here,” a woman in a red coat told reporters.",
     BL_QUOTE_DIRECT, "Nobody asked the people who live here,", "a woman in a red coat", "told"},
    /* two speakers joined by "and" after the quote are one source */
    {"“The old bridge cannot carry trucks,” Ana Ruiz and Tom Vale wrote in a letter.",
     BL_QUOTE_DIRECT, "The old bridge cannot carry trucks,", "Ana Ruiz and Tom Vale", "wrote"},
    {"“We will not raise the harbor fees,” the mayor and the governor said.", BL_QUOTE_DIRECT,
     "We will not raise the harbor fees,", "the mayor and the governor", "said"},
    /* "is quoted as" stands between the source and its cue "saying" */
    {"“The survey was never finished,” Vale is quoted as saying.", BL_QUOTE_DIRECT,
     "The survey was never finished,", "Vale", "quoted as saying"},
    /* "this" opens a source phrase as "the" does */
    {"“The survey was never finished,” this official said.", BL_QUOTE_DIRECT,
     "The survey was never finished,", "this official", "said"},
    /* a partial quote opening a report, then a clause of time: the report
     * ends at the closing mark even with no punctuation inside it */
    {"Opponents of the mayor responded with chants of “Not our mayor” until the council chair "
     "stepped in.",
     BL_QUOTE_INDIRECT, "“Not our mayor”", "Opponents of the mayor", "responded"},
    {"Dock workers chanted “no deal, no work” after the talks collapsed on Friday.",
     BL_QUOTE_INDIRECT, "“no deal, no work”", "Dock workers", "chanted"},
    /* "According to X, a website that ...,": a body's appositive headed by
     * a noun for a body is no part of what X reported; a thing's is */
    {"According to Pingline, a website that tracks outages, more than 9,000 users lost access "
     "on Monday.",
     BL_QUOTE_INDIRECT, "more than 9,000 users lost access on Monday", "Pingline", "According to"},
    {"According to Harlow Council, a new footbridge, opened in May, has cracked.",
     BL_QUOTE_INDIRECT, "a new footbridge, opened in May, has cracked", "Harlow Council",
     "According to"},
    /* "say" takes no object pronoun: "her" after it opens the content's
     * subject; after "warned" it is the one warned */
    {"The defence lawyer, Nina Sorel, said her client would appeal the verdict.",
     BL_QUOTE_INDIRECT, "her client would appeal the verdict", "The defence lawyer",
     "said"},
    {"The pilot warned her the storm would reach the coast by noon.", BL_QUOTE_INDIRECT,
     "the storm would reach the coast by noon", "The pilot", "warned"},
};

static const char *find_sub(const char *hay, const char *needle)
{
    return needle ? strstr(hay, needle) : NULL;
}

static bool span_is(const char *text, struct bl_span s, const char *want)
{
    if (!want)
        return s.start == BL_NONE;
    if (s.start == BL_NONE)
        return false;
    return s.end - s.start == strlen(want) && !memcmp(text + s.start, want, s.end - s.start);
}

static bl_cues *load_cues(void)
{
    bl_cues *c = NULL;
    struct bl_error err = {0};
    int rc = bl_cues_load(BL_DATADIR, &c, &err);
    if (rc != BL_OK) {
        printf("cannot load cues: %s\n", err.message);
        fail();
    }
    return c;
}

/* Tokens, sentences and quotes only: speakers stay -1. */
static bl_doc *run_quotes(const struct bl_models *m, const char *text, size_t len)
{
    bl_doc *d = NULL;
    struct bl_error err = {0};
    assert_int_equal(bl_doc_create(text, len, &d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, &err), BL_OK);
    assert_int_equal(bl_quotes_run(m, d), BL_OK);
    return d;
}

static void test_rows(void **state)
{
    struct bl_models m;
    int failures = 0;
    (void)state;
    memset(&m, 0, sizeof m);
    m.cues = load_cues();
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        const struct row *w = &rows[r];
        bl_doc *d = run_quotes(&m, w->text, strlen(w->text));
        size_t nq;
        const struct bl_quote *q = bl_doc_quotes(d, &nq);
        const struct bl_quote *hit = NULL;
        for (size_t i = 0; i < nq; i++)
            if (span_is(w->text, q[i].span, w->quote))
                hit = &q[i];
        if (w->kind == NONE) {
            if (hit) {
                printf("row %zu: unexpected quote [%s] in: %s\n", r, w->quote, w->text);
                failures++;
            }
        } else if (!hit) {
            printf("row %zu: no quote [%s] in: %s\n  got:", r, w->quote, w->text);
            for (size_t i = 0; i < nq; i++)
                printf(" [%.*s]", (int)(q[i].span.end - q[i].span.start),
                       w->text + q[i].span.start);
            printf("\n");
            failures++;
        } else if (hit->kind != w->kind ||
                   (w->source && !span_is(w->text, hit->source, w->source)) ||
                   (w->cue && !span_is(w->text, hit->cue, w->cue)) ||
                   (!w->source && w->kind != BL_QUOTE_DIRECT && hit->source.start != BL_NONE)) {
            printf("row %zu: [%s] kind %d (want %d) source [%.*s] cue [%.*s] in: %s\n", r, w->quote,
                   hit->kind, w->kind,
                   hit->source.start == BL_NONE ? 0 : (int)(hit->source.end - hit->source.start),
                   hit->source.start == BL_NONE ? "" : w->text + hit->source.start,
                   hit->cue.start == BL_NONE ? 0 : (int)(hit->cue.end - hit->cue.start),
                   hit->cue.start == BL_NONE ? "" : w->text + hit->cue.start, w->text);
            failures++;
        }
        /* invariants: sorted, parts inside the span and the text */
        for (size_t i = 0; i < nq; i++) {
            assert_true(q[i].nparts >= 1);
            assert_true(q[i].span.start == q[i].parts[0].start);
            assert_true(q[i].span.end == q[i].parts[q[i].nparts - 1].end);
            assert_true(q[i].span.end <= strlen(w->text));
            if (i)
                assert_true(q[i - 1].span.start <= q[i].span.start);
        }
        (void)find_sub;
        bl_doc_free(d);
    }
    bl_cues_free(m.cues);
    assert_int_equal(failures, 0);
}

/* No cue lexicon: still no crash, quoted material still found. */
static void test_no_cues(void **state)
{
    static const char text[] = "“The port is open again for business,” Diaz said.";
    struct bl_models m;
    size_t nq;
    bl_doc *d;
    (void)state;
    memset(&m, 0, sizeof m);
    d = run_quotes(&m, text, sizeof text - 1);
    bl_doc_quotes(d, &nq);
    assert_int_equal(nq, 1);
    bl_doc_free(d);
    d = run_quotes(NULL, text, sizeof text - 1);
    bl_doc_free(d);
}

/* Pathological input: 100k quote marks, a 1 MB paragraph of said-clauses,
 * unbalanced marks; every span must stay in bounds. (Growth with input size
 * is measured by make bench, not here: no timings in pass/fail tests.) */
static void test_pathological(void **state)
{
    static const char *const units[] = {"\"", "“",    "” ",         "'x' ", "he said, \"a ",
                                        "''", "« » ", "said that ", "a, ",  "according to X, "};
    struct bl_models m;
    (void)state;
    memset(&m, 0, sizeof m);
    m.cues = load_cues();
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t ul = strlen(units[u]), reps = (1u << 20) / ul, len = 0, nq;
        char *buf = malloc(reps * ul + 1);
        bl_doc *d;
        const struct bl_quote *q;
        assert_non_null(buf);
        for (size_t i = 0; i < reps; i++, len += ul)
            memcpy(buf + len, units[u], ul);
        buf[len] = '\0';
        d = run_quotes(&m, buf, len);
        q = bl_doc_quotes(d, &nq);
        for (size_t i = 0; i < nq; i++)
            assert_true(q[i].span.end <= len && q[i].span.start <= q[i].span.end);
        bl_doc_free(d);
        free(buf);
    }
    bl_cues_free(m.cues);
}

/* Random bytes from a fixed alphabet of marks, words and breaks. */
static void test_random(void **state)
{
    static const char *const alpha[] = {"\"",   "“",     "”",  "‘", "’",    "'",  "«",
                                        "»",    "„",     " ",  " ", "\n\n", "\n", "said",
                                        "he",   "Smith", ",",  ".", ":",    "—",  "according to",
                                        "that", "the",   "war"};
    struct bl_models m;
    uint32_t seed = 12345;
    (void)state;
    memset(&m, 0, sizeof m);
    m.cues = load_cues();
    for (int iter = 0; iter < 300; iter++) {
        char buf[2048];
        size_t len = 0, nq;
        bl_doc *d;
        const struct bl_quote *q;
        while (len < sizeof buf - 16) {
            const char *a;
            seed = seed * 1103515245u + 12345u;
            a = alpha[(seed >> 16) % (sizeof alpha / sizeof alpha[0])];
            if (len + strlen(a) + 1 >= sizeof buf)
                break;
            for (const char *x = a; *x; x++)
                buf[len++] = *x;
            if ((seed >> 8) % 3 == 0)
                buf[len++] = ' ';
        }
        d = run_quotes(&m, buf, len);
        q = bl_doc_quotes(d, &nq);
        for (size_t i = 0; i < nq; i++) {
            assert_true(q[i].span.end <= len);
            for (size_t p = 0; p < q[i].nparts; p++)
                assert_true(q[i].parts[p].start < q[i].parts[p].end);
        }
        bl_doc_free(d);
    }
    bl_cues_free(m.cues);
}

/* Quote-only paragraphs in articles of several paragraphs (issue 6): a
 * speaker goes on along a run of their quote paragraphs and over a
 * paragraph of narration that names no one else; a paragraph whose subject
 * is someone else hands the next quote to them; a quote passes its speaker
 * one paragraph back at most, and only its own. */
#define LANES_HEAD                                                                              \
    "Bus lanes split the council\n\nThe council voted 5-4 on Tuesday to add bus lanes.\n\n"
#define LANES_GAP                                                                               \
    LANES_HEAD "\u201cWe have waited ten years for this,\u201d Mayor Ana Ruiz said.\n\n"          \
               "The lanes will cost $40 million over five years, and work starts in May.\n\n"  \
               "\u201cEvery bus will save riders ten minutes a day.\u201d\n\n"                  \
               "\u201cNobody asked the shop owners,\u201d council member Tom Becker said."
#define LANES_LONG_GAP                                                                          \
    LANES_HEAD "\u201cWe have waited ten years for this,\u201d Mayor Ana Ruiz said.\n\n"          \
               "The lanes will cost $40 million over five years.\n\n"                          \
               "Work starts in May on the first avenue.\n\n"                                   \
               "\u201cEvery bus will save riders ten minutes a day.\u201d\n\n"                  \
               "\u201cThe city cannot wait another decade for this.\u201d\n\n"                  \
               "\u201cNobody asked the shop owners,\u201d council member Tom Becker said."
#define LANES_TURNS                                                                             \
    LANES_HEAD "\u201cWe have waited ten years for this,\u201d Mayor Ana Ruiz said.\n\n"          \
               "\u201cEvery bus will save riders ten minutes a day.\u201d\n\n"                  \
               "Council member Tom Becker voted against the plan.\n\n"                         \
               "\u201cThe shops on Main Street will lose half their customers.\u201d\n\n"       \
               "\u201cNobody asked the owners what they need or when they open.\u201d\n\n"      \
               "In a statement after the vote, Ruiz thanked the council.\n\n"                  \
               "\u201cRiders will see the first lanes well before the summer.\u201d"
#define LANES_ADDED                                                                             \
    LANES_HEAD "\u201cThis plan gives riders a faster trip,\u201d said Mayor Ana Ruiz.\n\n"      \
               "\u201cNobody asked the shop owners,\u201d council member Tom Becker said.\n\n"  \
               "\u201cWe will fight this in court.\u201d Becker added.\n\n"                     \
               "\u201cIt was a fair and open process.\u201d Ruiz said."
/* issue 6: a quote that its own sentence leads in to (`Becker said in a
 * letter ..., “`, `... and then Ruiz went on: “`) is that sentence's, not
 * the speaker's of the quote before */
#define LANES_LEADIN                                                                            \
    LANES_HEAD "\u201cWe have waited ten years for this,\u201d Mayor Ana Ruiz said.\n\n"          \
               "Council member Tom Becker said in a letter to the council before the vote on "  \
               "Tuesday, \u201cThe shops on Main Street will lose half their customers.\u201d\n\n" \
               "The Main Street Merchants Association said in a statement late on Tuesday "     \
               "night, \u201cWe will take this to court.\u201d\n\n"                             \
               "The crowd cheered, and then Ruiz went on: \u201cRiders will see the first "     \
               "lanes well before the summer.\u201d"

/* Speakers end to end: the whole pipeline with the shipped models. */
struct speaker_row {
    const char *text;
    const char *quote;   /* span text */
    const char *speaker; /* actor name contains this; NULL: no speaker */
    const char *source;  /* the source span's text; NULL: not checked */
};

static const struct speaker_row speaker_rows[] = {
    /* a group at a body in a city speaks, not the city */
    {"Forecasters at the Caribbean Storm Centre in Miami said the storm would weaken.",
     "the storm would weaken", "forecasters"},
    /* two people named and joined by "and" speak together */
    {"Maria Ortiz and Ana Reyes said they would appeal the ruling.",
     "they would appeal the ruling", "Ana Reyes", "Maria Ortiz and Ana Reyes"},
    /* the people who know the matter or are close to someone speak, not the
     * matter or the one they are close to */
    {"Sources close to the minister said he was weighing his resignation.",
     "he was weighing his resignation", "sources", "Sources close to the minister"},
    {"A person with knowledge of the talks said the deal could be signed next week.",
     "the deal could be signed next week", NULL, "A person with knowledge of the talks"},
    {"Officials with direct knowledge of the plan said it would be announced Monday.",
     "it would be announced Monday", NULL, "Officials with direct knowledge of the plan"},
    /* one person named by a common noun after "a" speaks, not the ward or
     * the field after "in", a relative clause between or not */
    {"A nurse in the emergency ward said the beds were full.", "the beds were full", "nurse",
     "A nurse in the emergency ward"},
    {"A lecturer in sociology, who asked not to be named because she feared for her job, said "
     "many staff backed the students.",
     "many staff backed the students", "lecturer", "A lecturer in sociology"},
    /* the people before a participle's phrase speak, not the paper or the
     * event it names */
    {"Residents interviewed by the Kelso Tribune said the water smelled of chlorine. Analysts "
     "speaking at the Brannock Investment Forum said rates would fall.",
     "the water smelled of chlorine", "residents"},
    {"Residents interviewed by the Kelso Tribune said the water smelled of chlorine. Analysts "
     "speaking at the Brannock Investment Forum said rates would fall.",
     "rates would fall", "analysts"},
    /* a clause before a colon: its subject speaks, not the clause */
    {"Mark Ellison spoke in Leeds on Monday. Ellison disputed the figure: “Nobody believes those "
     "numbers.”",
     "Nobody believes those numbers.", "Mark Ellison", "Ellison"},
    /* a short clause in marks after a sentence of narration is said by
     * whom that sentence names */
    {"The harbour flooded overnight.\n\nAna Ruiz stood at the end of the pier and looked at the "
     "water. \"It's all gone.\"",
     "It's all gone.", "Ana Ruiz"},
    /* "the pumps in Rosa Elvira Salinas's bakery", tagged a place: a given
     * name, words no gazetteer holds as a place and a possessive make a
     * person, so "said Salinas" finds her */
    {"Since Tuesday the pumps in Rosa Elvira Salinas's bakery have drawn nothing but mud.\n\n"
     "\"We bake with bottled water,\" said Salinas, 61.",
     "We bake with bottled water,", "Rosa Elvira Salinas"},
    /* "According to X, the ROLE NAME, who ..., will": a role and another
     * person's name open what was said, no appositive of X's (one is
     * still: "According to X, the club captain, ...") */
    {"Coach Dele Okonkwo spoke after the match.\n\nAccording to Okonkwo, the winger Tariq "
     "Bell, who limped off in the first half, will miss the final.",
     "the winger Tariq Bell, who limped off in the first half, will miss the final",
     "Dele Okonkwo"},
    {"Coach Dele Okonkwo spoke after the match.\n\nAccording to Okonkwo, the club captain, "
     "the squad is tired.",
     "the squad is tired", "Dele Okonkwo"},
    /* "Surname, 52, who ..., said" opening a sentence: the age and the
     * relative clause lie between the name and its cue */
    {"Marta Oyelaran rowed the lake in record time on Sunday.\n\nOyelaran, 52, who took up "
     "rowing only last year, said she had tired at the halfway buoy.",
     "she had tired at the halfway buoy", "Marta Oyelaran"},
    /* "the Spaniard said": the person named as subject before, not the
     * player named after him */
    {"Manager Manuel Ortega described Rafael Costa as a complete forward. \u201cThe boy can "
     "score with both feet,\u201d the Spaniard said.",
     "The boy can score with both feet,", "Manuel Ortega"},
    {"Coach Anna Lindqvist praised Maria Berg after the match. \u201cThe girl never "
     "stops running,\u201d the Swede said.",
     "The girl never stops running,", "Anna Lindqvist"},
    /* "van der Berg laughed": a subject, so the "she said" after it is
     * hers, not the speaker named just before */
    {"For 31 years Marit van der Berg has helped keep the sea out.\n\n\"Everyone agrees on the "
     "problem,\" said Jeroen Bakker, a hydrologist. \"Nobody has agreed on who pays.\"\n\n"
     "Asked whether she would miss the job, van der Berg laughed. \"I will miss the storms,\" "
     "she said.",
     "I will miss the storms,", "Marit van der Berg"},
    /* a role naming nobody, then the name in an appositive after it */
    /* "according to NAME's ROLE, NAME": the name after the role says who,
     * as after "the harbour's director" */
    {"The mill will shut in May, according to Brenvik's head of operations, Ida Solberg.",
     "The mill will shut in May", "Ida Solberg"},
    {"\u201cThe pier is safe,\u201d said the harbour's director, Lotte van Dijk.",
     "The pier is safe,", "Lotte van Dijk"},
    {"A group of local anglers, the Kestrel Angling Club, said the pier should stay shut.",
     "the pier should stay shut", "Kestrel Angling Club"},
    {"The maker of the cranes, the Finnish company Kranvik, said its parts had passed every "
     "test.",
     "its parts had passed every test", "Kranvik"},
    /* "according to the city council": a body in lower case is the source
     * (unless its name follows: "the statistics agency IBGE", tests/qa
     * centralbank-rates) */
    {"The bridge would reopen in May, according to the city council.",
     "The bridge would reopen in May", "city council"},
    /* a day between a body in lower case and its verb */
    {"The school board on Thursday said the vote would wait until May.",
     "the vote would wait until May", "school board"},
    /* an action verb (not a verb of saying) after a body in lower case and
     * a day: the body acts, and ", saying" is its */
    {"The harbour board on Thursday postponed the vote, saying more time was needed.",
     "more time was needed", "harbour board"},
    /* ", blaming ...": the subject is the firm its description leads to */
    {"Danish snack maker Nordhavn Foods on Tuesday cut its forecast, blaming record cocoa "
     "prices.",
     "record cocoa prices", "Nordhavn Foods"},
    /* issue 6: quote-only paragraphs (LANES_* above) */
    {LANES_GAP, "Every bus will save riders ten minutes a day.", "Ruiz"},
    {LANES_LONG_GAP, "The city cannot wait another decade for this.", "Becker"},
    {LANES_LONG_GAP, "Every bus will save riders ten minutes a day.", NULL},
    {LANES_TURNS, "The shops on Main Street will lose half their customers.\u201d\n\n\u201cNobody "
                  "asked the owners what they need or when they open.",
     "Becker"},
    {LANES_TURNS, "Riders will see the first lanes well before the summer.", "Ruiz"},
    {LANES_ADDED, "We will fight this in court.", "Becker"},
    {LANES_ADDED, "It was a fair and open process.", "Ruiz"},
    {LANES_LEADIN, "The shops on Main Street will lose half their customers.", "Becker"},
    {LANES_LEADIN, "We will take this to court.", "Merchants Association"},
    {LANES_LEADIN, "Riders will see the first lanes well before the summer.", "Ruiz"},
    /* "The U.N. weather agency, WMO, said": a common noun with a body's
     * name as its modifier, then the body itself in the appositive */
    {"The European Union's border agency, Frontex, met on Monday. The U.N. weather agency, "
     "WMO, said the summer had been the hottest on record.",
     "the summer had been the hottest on record", "WMO"},
    /* "Pellman's said": a firm named with its "'s" speaks (the verb after
     * it leaves the clitic no noun to own), and so does "Pellman's" later */
    {"Pellman's said sales rose 4 percent in the quarter. \u201cWe are pleased,\u201d "
     "Pellman's said.",
     "We are pleased,", "Pellman's"},
    {"Shares of Tavery's fell. \u201cDemand is weak,\u201d said Tavery's.", "Demand is weak,",
     "Tavery's"},
    /* "said one senior diplomat": "one" opens the source phrase, and the
     * group after "said" is who said it */
    {"\u201cNobody in Europe believes them,\u201d said one senior EU diplomat.",
     "Nobody in Europe believes them,", "senior EU diplomat"},
    /* an unnamed speaker known by a role speaks, as "the minister" later */
    {"The health minister said on Monday that hospitals would get more money. \u201cWe will "
     "not let them fail,\u201d the minister said.",
     "We will not let them fail,", "health minister"},
    /* a role that only acts ("The mayor looked ...") is who a "she" or
     * "he" with no one named before speaks for; a name still wins */
    {"The mayor looked at the crowd: \u201cWe will win this fight,\u201d she said.",
     "We will win this fight,", "mayor"},
    {"The coach paced the touchline for most of the second half. \u201cI have never seen a "
     "team run like that,\u201d he said afterwards.",
     "I have never seen a team run like that,", "coach"},
    {"The prosecutor was ready before dawn, and the judge had arrived late. She said the case "
     "was strong.",
     "the case was strong", "judge"},
    {"Mayor Ana Ruiz spoke on Monday. The mayor looked at the crowd: \u201cWe will win,\u201d "
     "she said.",
     "We will win,", "Ana Ruiz"},
    {"Officials thanked the coach on Monday. \u201cIt was a long season,\u201d he said.",
     "It was a long season,", NULL},
    /* ... and the person the pronouns went on about still wins */
    {"Ana Ruiz spoke first.\n\nShe said the fight was long. She said the town would win.\n\n"
     "The mayor looked at the crowd: \u201cWe will win,\u201d she said.",
     "We will win,", "Ana Ruiz"},
    /* "the paper" after a newspaper's name is the newspaper; not a body
     * of another kind, nor in a story about a study */
    {"The Daily Ledger focuses on the cost of the plan: \u201cIt will double the tax bill,\u201d "
     "the paper wrote.",
     "It will double the tax bill,", "Daily Ledger"},
    {"Acme Corp. focuses on the cost of the plan: \u201cIt will double the tax bill,\u201d "
     "the paper wrote.",
     "It will double the tax bill,", NULL},
    {"The Daily Ledger covered the study on Monday. Researchers found that mice slept less. "
     "\u201cIt changes how we see sleep,\u201d the paper said.",
     "It changes how we see sleep,", NULL},
    /* "It said": the body that was the subject before, across sentences */
    {"Harwell Mining Corp. reported a loss on Monday. It said sales fell 5 percent.",
     "sales fell 5 percent", "Harwell Mining"},
    {"The Harbour Authority backs the plan, but it estimates that one in three berths will "
     "close.",
     "one in three berths will close", "Harbour Authority"},
    /* the speaker of "but added" is the whole "title Name" subject, not
     * the body before the title */
    {"Kremlin spokesperson Ivo Brandt praised the offer but added that any deal would take time.",
     "any deal would take time", "Ivo Brandt"},
    /* "A spokesman for Acme in London said": a body's name before the
     * place, the spokesman still speaks */
    {"A spokesman for Acme in London said the plan was fair.", "the plan was fair", "spokesman"},
    /* an Arabic surname on its lower-case particle still names the speaker */
    {"Port spokesman Karim al-Nasser spoke in Aqaba.\n\n\u201cThe cranes are idle,\u201d "
     "al-Nasser said. \u201cNobody has left the table.\u201d",
     "The cranes are idle,\u201d al-Nasser said. \u201cNobody has left the table.",
     "Karim al-Nasser"},
    {"Port spokesman Karim el-Nasser spoke in Aqaba. The berths would reopen, el-Nasser said.",
     "The berths would reopen", "Karim el-Nasser"},
    /* an appositive naming the one a role phrase stands for: "the" and
     * role words before the name, or a role headed by a common noun; not
     * someone the role is related to ("the brother of ...") */
    {"The talks ended on Monday. The club's lawyer, the veteran litigator Ana Ruiz, said the fee "
     "was fair.",
     "the fee was fair", "Ana Ruiz"},
    {"The council met on Monday. The Labour member for the harbour ward, Ana Ruiz, said the fee "
     "was fair.",
     "the fee was fair", "Ana Ruiz"},
    {"The talks ended on Monday. Vale's lawyer, the brother of Simon Hale, said the fee was fair.",
     "the fee was fair", NULL},
    /* "and", a subject of its own and a speech verb after a partial
     * quote: a second speaker's report ends the first one at the mark */
    {"Ana Ruiz said she was \"very encouraged\" and Tom Vale called it a fine meeting.",
     "she was \"very encouraged\"", "Ruiz"},
    /* a naming verb, its object and a quoted name: the report ends at the
     * closing mark when the narrator goes on (a parenthesis, a new clause,
     * an appositive), not when a relative still describes the name */
    {"Ana Ruiz called the new toll a \"tax on the poor\" (although she allowed that some drivers "
     "could pay it).",
     "the new toll a \"tax on the poor\"", "Ruiz"},
    {"Tom Vale called his rival a \"liar\" and left the room before the vote.",
     "his rival a \"liar\"", "Vale"},
    {"Ana Ruiz called the plan \"a disaster,\" an unusual rebuke from a party leader.",
     "the plan \"a disaster,\"", "Ruiz"},
    {"Tom Vale called the mayor a \"nasty man,\" an \"empty suit,\" \"weak\" and \"sick.\"",
     "the mayor a \"nasty man,\" an \"empty suit,\" \"weak\" and \"sick.\"", "Vale"},
    {"Tom Vale called the mayor a \"liar\" who was not fit to lead the harbour board.",
     "the mayor a \"liar\" who was not fit to lead the harbour board", "Vale"},
    /* a name, its comma, then an aside too long or mixed for np_left (a
     * title in quotation marks, a relative clause) up to ", said ...": the
     * name is the speaker of the indirect report */
    {"Ana Ruiz, a harbour pilot on the radio show “Deep Water,” who went on to run the port, "
     "said the new pier was “a gift to the town.”",
     "the new pier was “a gift to the town.”", "Ruiz"},
    {"Tom Vale, meanwhile, who has no boat of his own, said the new rules were “a tax on the "
     "poor.”",
     "the new rules were “a tax on the poor.”", "Vale"},
    /* "her rival" is not the one "her" names */
    {"Ana Ruiz lost the runoff on Sunday. Her rival said the count had been fair and open.",
     "the count had been fair and open", NULL},
    {"Ana Ruiz lost the runoff on Sunday. Her campaign said the count had been rigged in the "
     "north.",
     "the count had been rigged in the north", "Ruiz"},
    /* a second verb after "and" in a clause of its own after ", but": that
     * clause's subject speaks, not the sentence's */
    {"Ana Ruiz won the vote on Sunday, but Tom Vale refused to concede and said his party "
     "would appeal.",
     "his party would appeal", "Vale"},
    {"The mayor won the vote on Sunday, but the main rival, Tom Vale, refused to concede and "
     "said his party would appeal.",
     "his party would appeal", "Vale"},
    /* two appositives between the name and the cue: the person before
     * them speaks, not the party tag or the place in them */
    {"Lawmakers met late on Monday. Rep. Hugo Brandt, D-Tucson, the top Democrat on the roads "
     "panel, said the bridge plan would cost too much.",
     "the bridge plan would cost too much", "Brandt"},
    {"Lawmakers met late on Monday. Sen. Mina Okafor, a Republican from Ohio, the chairwoman "
     "of the farm panel, said the subsidy would end in May.",
     "the subsidy would end in May", "Okafor"},
    /* a party and an abbreviated state between commas after the name */
    {"Lawmakers met late on Monday. Sen. Dora Fenwick, R-Nev., said the vote on the water bill "
     "would be close.",
     "the vote on the water bill would be close", "Fenwick"},
    /* a speech verb in the infinitive before the mark: the clause's subject */
    {"Mayor Ana Ruiz took the microphone to say, “We will not give up the harbour without a "
     "fight.”",
     "We will not give up the harbour without a fight.", "Ruiz"},
    /* a partial quote whose speaker is the named subject before an
     * appositive between commas */
    {"Tom Vale, head of the harbour trust and a critic of the plan, welcomed “the news that the "
     "council has, at long last, found the money it needs.”",
     "the news that the council has, at long last, found the money it needs.", "Vale"},
    /* a partial quote whose speaker is the subject after an opening phrase
     * of time or occasion and its comma */
    {"In a speech on Friday, Mayor Ana Ruiz condemned the “attack whose cruel nature "
     "nobody in this harbour town can deny.”",
     "attack whose cruel nature nobody in this harbour town can deny.", "Ruiz"},
    /* a body named before "in" and a place speaks, not the place */
    {"The Halden Institute in Berlin estimated that growth would slow to 1 percent.",
     "growth would slow to 1 percent", "Halden Institute"},
    /* a partial quote put on an object "as" after a verb that is no cue:
     * what was said is the object through the closing mark, by the subject */
    {"Ana Ruiz further summed up Tom Vale as “reckless” and said he should step aside.",
     "Tom Vale as “reckless”", "Ruiz"},
    {"Tom Berg sized up the whole budget as a “wish list” and said the council would vote it "
     "down.",
     "the whole budget as a “wish list”", "Berg"},
    /* the particle of `summed up` is the verb's, not the object's */
    {"Ana Ruiz summed up the plan as “a gift to developers.”", "the plan as “a gift to developers.”",
     "Ruiz"},
    /* `CONTENT, X said, adding, “...”`: X, not the subject of CONTENT */
    {"Lena Park and Tom Berg will meet next week, Okafor said, adding, “They need a long talk.”",
     "They need a long talk.", "Okafor"},
    {"Mayor Ana Ruiz opened the bridge on Monday. “The bridge is safe,” she said.",
     "The bridge is safe,", "Ruiz"},
    {"“We will appeal,” said Tom Berg, a lawyer for the family.", "We will appeal,", "Berg"},
    /* the name in the appositive of `," the title, Name, said.` */
    {"“We will rebuild,” the harbour master, Ines Kowalczyk, told reporters.",
     "We will rebuild,", "Kowalczyk"},
    {"Chancellor Greta Lindqvist spoke in Oslo. Lindqvist said the talks would resume in May.",
     "the talks would resume in May", "Lindqvist"},
    {"Senator Omar Haddad arrived late. He said the bill would pass.", "the bill would pass",
     "Haddad"},
    {"The Kremlin said the talks would resume in May.", "the talks would resume in May", "Kremlin"},
    {"U.S. officials said the convoy left before dawn.", "the convoy left before dawn",
     "officials"},
    {"The bill was drafted by Senator Omar Haddad, who said it would pass easily.",
     "it would pass easily", "Haddad"},
    {"Mayor Ana Ruiz spoke first.\n\n“The bridge is safe and it will stay open.”",
     "The bridge is safe and it will stay open.", "Ruiz"},
    /* a narrator's sentence naming someone else between two quotes */
    {"“The dam will hold,” said Mayor Ana Ruiz. Engineer Tomas Berglund shook his head. “It "
     "was built for a smaller river.”",
     "It was built for a smaller river.", "Berglund"},
    {"“The road is closed,” Kaur said.\n\nTown engineer Lena Brandt disagreed. “We can reopen "
     "it before the weekend.”",
     "We can reopen it before the weekend.", "Brandt"},
    /* "who" after an appositive with an organisation in it */
    {"The grant went to Dr. Lucia Ferrante, 52, a chemist at Bellhaven University, who said the "
     "money would fund two new laboratories.",
     "the money would fund two new laboratories", "Ferrante"},
    /* the name after the title word heads "Firm Name analyst Jo Doe" */
    {"Morgan Kessler analyst David Lin called the outlook weak and said sales would fall.",
     "sales would fall", "David Lin"},
    /* "X's lawyer, Name,": the lawyer speaks, not X */
    {"Marcus Delaney was sentenced on Thursday. Delaney's lawyer, Sandra Ruiz, said the "
     "sentence would be appealed.",
     "the sentence would be appealed", "Sandra Ruiz"},
    /* the group before "in", not the place after it */
    {"Police in Lyon said 40 tractors had blocked a ring road for six hours.",
     "40 tractors had blocked a ring road for six hours", "police"},
    /* "at" a body too: the official speaks, not the body */
    {"An official at the Harbour Authority said the berths would reopen on Monday.",
     "the berths would reopen on Monday", "official at the Harbour Authority"},
    {"Analysts at Harwell Capital Group said the shares were cheap.", "the shares were cheap",
     "analysts at Harwell Capital Group"},
    /* ... and not the last place of a list after "in" */
    {"Officials in Ghent and Porto said they would study the new tunnel design.",
     "they would study the new tunnel design", "officials"},
    /* a person before the place they are in */
    {"District Judge Sean Jordan in Sherman wrote in a ruling that the rule was unlawful.",
     "the rule was unlawful", "Sean Jordan"},
    /* a person before the body they work for */
    {"Dr. Paul Mercer of Bellhaven University said the trial would end in June.",
     "the trial would end in June", "Mercer"},
    /* a title and the surname of someone named in full before */
    {"Governor Nadia Kovacs toured the plant on Friday. Ms. Kovacs said the jobs would stay in "
     "the county.",
     "the jobs would stay in the county", "Kovacs"},
    /* "His spokesman, Name,": the spokesman speaks, not the one "his" is */
    {"Mayor Ray Dunmore skipped the hearing. His spokesman, Tobias Wren, said the mayor would "
     "testify next week.",
     "the mayor would testify next week", "Tobias Wren"},
    /* a capital "Her" opens the phrase before the appositive */
    {"Greta Oakes has kept bees for years.\nHer neighbour, Lionel Pratt, said the hives never "
     "swarm.",
     "the hives never swarm", "Lionel Pratt"},
    /* an unattributed quote after a sentence naming its speaker in the same
     * paragraph: that person, not the next paragraph's speaker */
    {"Coach Rina Takeda took questions.\nPressed on the late substitution, Takeda grew impatient. "
     "“We made the change we thought was right. It was not. Next question.”\n“She has our "
     "full support,” club owner Milo Brandt said.",
     "We made the change we thought was right. It was not. Next question.", "Takeda"},
    /* a quote in the next paragraph after a sentence of its own is a new
     * quote, not more of the last one; its speaker is that sentence's */
    {"“I missed the easy ones,” Oskar Lind said. “I will fix that.”\nTeammate Ruben Vale "
     "shrugged off the loss. “Every striker has nights like this. He will score on Sunday.”",
     "Every striker has nights like this. He will score on Sunday.", "Ruben Vale"},
    /* ", and the Red Cross said ...": a second actor's statement ends the first */
    {"The World Bank said it would lend $2 billion, and the European Union said it would send "
     "food.",
     "it would lend $2 billion", "World Bank"},
    /* "an aide to Mayor X": the aide speaks, not the mayor */
    {"A former aide to Mayor Ray Cole testified that the mayor hid the files.",
     "the mayor hid the files", NULL},
    /* ... or the first person it names, when a quoted title opens it */
    {"“The bridge is safe,” Governor Ana Ruiz said.\nOn “Morning Report,” Senator Paul Okafor "
     "(Ohio), who lost to Ruiz last year, took the opposite view. “The bridge needs a year of "
     "repairs before anyone drives on it again.”",
     "The bridge needs a year of repairs before anyone drives on it again.", "Okafor"},
    /* the subject of "... but warned" is the body after the possessive */
    {"Brazil's central bank left its rate unchanged on Wednesday but warned it could resume "
     "tightening.",
     "it could resume tightening", "central bank"},
    /* "According to X, a person's appositive, CONTENT": not what was said */
    {"According to Paulo Ribeiro, a strategist at the asset manager Itaú Gestão in São Paulo, "
     "the bank had room to wait.",
     "the bank had room to wait", "Paulo Ribeiro"},
    /* ... also when it names someone else after "of" (role_names_other) */
    {"According to Maria Tully, a friend of Ana Lopez, the council never voted on the plan.",
     "the council never voted on the plan", "Maria Tully"},
    /* a person in the appositive before the body named in the phrase */
    {"A spokesman for the Northern Fleet Command, Captain Ilse Varnholt, said the drill was "
     "planned months ago.",
     "the drill was planned months ago", "Varnholt"},
    /* "Gov." and "Sen." before a name are "the governor" and "the senator" later, and
     * "the governor's office" speaks for her */
    {"Gov. Maria Lindqvist vetoed the transport bill on Tuesday.\n\nRoad projects would be "
     "delayed by a year, the governor's office said.",
     "Road projects would be delayed by a year", "Lindqvist"},
    {"Sen. Omar Haddad voted against the bill.\n\nThe plan would raise fares, the senator said.",
     "The plan would raise fares", "Haddad"},
    /* "in Texas, police said": the group after the comma speaks, no member of a list after
     * "in"; a list it is where "and" ends it */
    {"Two people died when a wall collapsed in Texas, police said.", "Two people died when a wall "
     "collapsed in Texas", "police"},
    {"Two people died when a wall collapsed in the harbour of Lorient, officials in the port "
     "town said.",
     "Two people died when a wall collapsed in the harbour of Lorient", "officials"},
    /* "the union": a body named for its members, without the word */
    {"The Nurses Federation called a strike on Monday.\n\nAccording to the union, wards are "
     "short of 400 nurses.",
     "wards are short of 400 nurses", "Nurses Federation"},
    /* a title before the name after the content is the source's, not
     * the content's end */
    {"The ferry will be sold in May, a spokeswoman, Ana Ruiz, said on Monday.",
     "The ferry will be sold in May", "Ana Ruiz"},
    {"The depot will close, the company's chief engineer, Tom Okafor, said.",
     "The depot will close", "Tom Okafor"},
    /* "Lt. Gov." is no "the governor" */
    {"Lt. Gov. Maria Lindqvist opened the session.\n\nThe bill would pass, the governor said.",
     "The bill would pass", NULL},
    /* an unnamed speaker by a job: "a lecturer", "a nurse at the hospital" */
    {"A lecturer, who asked not to be named, said many staff agreed.", "many staff agreed",
     "lecturer"},
    {"A nurse at the hospital said the ward was full.", "the ward was full", "nurse"},
    /* a source phrase longer than NP_MAX words, cut just after the name's
     * "of" or inside the name: the person opening it speaks, not the body */
    {"Professor Lena Holt of the University of Tartu's law faculty said the ruling would be "
     "appealed.",
     "the ruling would be appealed", "Lena Holt"},
    {"Mira Sand of the Baltic Research Centre's energy unit said prices would rise.",
     "prices would rise", "Mira Sand"},
};

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

/* text through the pipeline up to quotes; the caller frees the doc. */
static bl_doc *quotes_of(const bl_models *m, const char *text, const struct bl_quote **q,
                         size_t *nq)
{
    bl_doc *d = NULL;
    struct bl_error err = {0};
    assert_int_equal(bl_doc_create(text, strlen(text), &d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(d, m, BL_STAGE_QUOTES, &err), BL_OK);
    *q = bl_doc_quotes(d, nq);
    return d;
}

static void test_speakers(void **state)
{
    bl_models *m = load_models();
    int failures = 0;
    (void)state;
    for (size_t r = 0; r < sizeof speaker_rows / sizeof speaker_rows[0]; r++) {
        const struct speaker_row *w = &speaker_rows[r];
        size_t nq, na;
        const struct bl_quote *q;
        bl_doc *d = quotes_of(m, w->text, &q, &nq);
        const struct bl_actor *a = bl_doc_actors(d, &na);
        bool ok = false;
        for (size_t i = 0; i < nq; i++)
            if (span_is(w->text, q[i].span, w->quote))
                ok = (!w->speaker ? q[i].speaker < 0
                                  : q[i].speaker >= 0 && (size_t)q[i].speaker < na &&
                                        strstr(a[q[i].speaker].name, w->speaker)) &&
                     (!w->source || span_is(w->text, q[i].source, w->source));
        if (!ok) {
            printf("speaker row %zu: want %s (source %s) for [%s]\n", r,
                   w->speaker ? w->speaker : "none", w->source ? w->source : "any", w->quote);
            failures++;
        }
        bl_doc_free(d);
    }
    bl_models_free(m);
    assert_int_equal(failures, 0);
}

/* Whole pipeline with the shipped models: no quote may have this span. */
struct absent_row {
    const char *text;
    const char *quote;
};

static const struct absent_row absent_rows[] = {
    /* a verbless label in marks after narration is no one's quote (a
     * clause is: speaker_rows) */
    {"The harbour flooded overnight.\n\nAna Ruiz stood at the end of the pier and looked at the "
     "water. \"A proud town.\"",
     "A proud town."},
    /* a place phrase opening the sentence is no subject, so no speaker of
     * what a sign reads */
    {"Outside the Corran Exchange Building, a group of tenants held signs reading \"Fix the "
     "heating.\"",
     "Fix the heating."},
    /* an opening participle is no scene: its subject acts, says nothing */
    {"Citing the storm, Tom Vale cancelled the “harbour festival that the whole town waits "
     "for all year.”",
     "harbour festival that the whole town waits for all year."},
    /* "Name: a few words" past the headline heads a section about them */
    {"Harbour race tightens before the vote.\n\nThe candidates for mayor need different "
     "things from Tuesday's vote.\n\nAna Ruiz: Hold the lead.\n\nRuiz has led every poll since "
     "March.",
     "Hold the lead"},
    {"Harbour race tightens before the vote.\n\nPaul Okafor: Win the docks.\n\nOkafor needs "
     "the harbour wards.\n\nAna Ruiz: Hold the lead.\n\nRuiz has led every poll.",
     "Win the docks"},
    /* "asked not to be named" states the terms a source spoke on */
    {"A porter, who asked not to be named, said the ward was full.", "not to be named"},
    /* a tag of the page before a colon is nobody speaking */
    {"The council met on Monday.\n\nCORRECTION: An earlier version of this story gave the "
     "wrong date for the vote.",
     "An earlier version of this story gave the wrong date for the vote"},
    {"BOOM: Mayor Ruiz Just Shut Down The Whole Harbour Board.\n\nThe board met for the last "
     "time on Friday.",
     "Mayor Ruiz Just Shut Down The Whole Harbour Board"},
    /* a live blog's tag */
    {"LIVE: Harbour strike talks resume as unions meet ministers\n\n09:05 GMT - Talks "
     "resume\n\nUnion leaders met ministers on Thursday.",
     "Harbour strike talks resume as unions meet ministers"},
};

/* A headline's "Name: words" is still theirs. */
static const struct speaker_row label_rows[] = {
    {"Ana Ruiz: Bridge Will Reopen in May\n\nThe mayor spoke at the harbour on Friday.",
     "Bridge Will Reopen in May", "Ruiz"},
};

static void test_absent(void **state)
{
    bl_models *m = load_models();
    int failures = 0;
    (void)state;
    for (size_t r = 0; r < sizeof absent_rows / sizeof absent_rows[0]; r++) {
        const struct absent_row *w = &absent_rows[r];
        size_t nq;
        const struct bl_quote *q;
        bl_doc *d = quotes_of(m, w->text, &q, &nq);
        for (size_t i = 0; i < nq; i++)
            if (span_is(w->text, q[i].span, w->quote)) {
                printf("absent row %zu: unexpected quote [%s]\n", r, w->quote);
                failures++;
            }
        bl_doc_free(d);
    }
    for (size_t r = 0; r < sizeof label_rows / sizeof label_rows[0]; r++) {
        const struct speaker_row *w = &label_rows[r];
        size_t nq;
        const struct bl_quote *q;
        bl_doc *d = quotes_of(m, w->text, &q, &nq);
        bool ok = false;
        for (size_t i = 0; i < nq; i++)
            ok = ok || span_is(w->text, q[i].span, w->quote);
        if (!ok) {
            printf("label row %zu: no quote [%s]\n", r, w->quote);
            failures++;
        }
        bl_doc_free(d);
    }
    bl_models_free(m);
    assert_int_equal(failures, 0);
}

/* Print one table as quotes.c writes it (as clang-format lays it out: 18
 * numbers a line in columns). */
static void print_table(const char *name, const char *size, const uint8_t *v, size_t n)
{
    printf("static const uint8_t %s[%s] = {", name, size);
    for (size_t k = 0; k < n; k++) {
        char num[8];
        (void)snprintf(num, sizeof num, "%u,", (unsigned)v[k]);
        if (k % 18 == 0)
            printf("\n    ");
        printf(k % 18 == 17 || k + 1 == n ? "%s" : "%-4s ", num);
    }
    printf("\n};\n");
}

/* One content, one report: the quote with this span comes back once. */
static const struct absent_row once_rows[] = {
    {"In a later speech, she warned of the risks of “owners of ferries” who are “mainly "
     "interested in fares rather than the safety of riders.”",
     "of the risks of “owners of ferries” who are “mainly interested in fares rather than the "
     "safety of riders.”"},
    {"But Ruiz would not comment on a plan signed by the governor “to protect the docks” for "
     "many harbour workers “to cover the night shifts.”",
     "by the governor “to protect the docks” for many harbour workers “to cover the night "
     "shifts.”"},
    {"While Okafor has pledged to back the budget, Vale suggested that the vote would be slow "
     "and messy.",
     "the vote would be slow and messy"},
};

static void test_once(void **state)
{
    bl_models *m = load_models();
    int failures = 0;
    (void)state;
    for (size_t r = 0; r < sizeof once_rows / sizeof once_rows[0]; r++) {
        const struct absent_row *w = &once_rows[r];
        size_t nq, seen = 0;
        const struct bl_quote *q;
        bl_doc *d = quotes_of(m, w->text, &q, &nq);
        for (size_t i = 0; i < nq; i++)
            seen += span_is(w->text, q[i].span, w->quote);
        if (seen != 1) {
            printf("once row %zu: quote [%s] %zu times\n", r, w->quote, seen);
            failures++;
        }
        bl_doc_free(d);
    }
    bl_models_free(m);
    assert_int_equal(failures, 0);
}

/* "Judge Ana Ruiz in Lyon in Lyon ... wrote", "The Halden Institute in
 * Berlin in Berlin ... estimated": each "in" a place after a person or a
 * body opens a phrase read inside the one before it; a sentence of tens of
 * thousands of them must neither exhaust the stack nor take time
 * quadratic in its length. */
static void test_nested_phrases(void **state)
{
    static const char *const heads[][3] = {
        {"Judge Ana Ruiz", " in Lyon", " wrote that the rule was unlawful."},
        {"The Halden Institute", " in Berlin", " estimated that growth would slow."}};
    bl_models *m = load_models();
    (void)state;
    for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
        size_t hl = strlen(heads[h][0]), ul = strlen(heads[h][1]), tl = strlen(heads[h][2]);
        size_t reps = 60000, len = 0, nq;
        char *buf = malloc(hl + reps * ul + tl + 1);
        const struct bl_quote *q;
        bl_doc *d;
        assert_non_null(buf);
        memcpy(buf, heads[h][0], hl);
        len = hl;
        for (size_t i = 0; i < reps; i++, len += ul)
            memcpy(buf + len, heads[h][1], ul);
        memcpy(buf + len, heads[h][2], tl + 1);
        len += tl;
        d = quotes_of(m, buf, &q, &nq);
        for (size_t i = 0; i < nq; i++)
            assert_true(q[i].span.end <= len && q[i].span.start <= q[i].span.end);
        bl_doc_free(d);
        free(buf);
    }
    bl_models_free(m);
}

/* The word-list chains quotes.c has written out are the ones its list words
 * give (bl_quotes_word_chains); when they are not, print the new tables to
 * paste over word_head and word_next, and fail. */
static void test_word_chains(void **state)
{
    uint8_t head[BL_QUOTES_WORD_CHAINS], next[BL_QUOTES_WORD_END];
    (void)state;
    if (!bl_quotes_words_ok()) {
        size_t nwords = bl_quotes_word_chains(head, next);
        printf("quotes.c: list_words and its chains differ; the chains are now:\n");
        print_table("word_head", "BL_QUOTES_WORD_CHAINS", head, sizeof head);
        print_table("word_next", "BL_QUOTES_WORD_END", next, nwords);
        fail();
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_chains), cmocka_unit_test(test_rows),
        cmocka_unit_test(test_no_cues),     cmocka_unit_test(test_pathological),
        cmocka_unit_test(test_random),      cmocka_unit_test(test_speakers),
        cmocka_unit_test(test_absent),      cmocka_unit_test(test_once),
        cmocka_unit_test(test_nested_phrases),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
