/* test_actors.c -- the actors stage over short articles written for these
 * tests. Entities are marked by hand ("[P:Anna Keller]") so the rows test the
 * actor layer alone, whatever the tagger does; a second set runs the whole
 * pipeline over odd inputs (empty, pronouns only, a megabyte of names) and
 * checks the contract: sorted unique mentions, salience order, entity refs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bl_int.h"

#ifndef BL_DATADIR
#define BL_DATADIR "data"
#endif

static bl_models *models;

/* ---- Marked-up fixtures -------------------------------------------------
 * "[T:text]" marks an entity of type T (P person, O organization, L location,
 * M misc). Each expectation is "name|kind|titles|affiliation|org|mentions"
 * with titles joined by ';', "" for none and "*" for any; a leading '!' asks
 * that no actor has that name, a leading '#' that exactly one has. */

struct row {
    const char *text;
    const char *want[8];
};

static const struct row rows[] = {
    /* "The panel said": a panel named by its head alone speaks as a body */
    {"Judges heard the appeal in May. The panel said his account was inconsistent.",
     {"panel|organization||||*"}},
    /* people of a trade or a sport who speak as a group */
    {"Drivers at the crossing described long nights. Passengers said the ferry was late. Growers "
     "said orders fell.",
     {"drivers|group||||*", "passengers|group||||*", "growers|group||||*"}},
    /* initials that keep the "o" of "of": ECOWAS, DOJ */
    {"The [O:Economic Community of West African States] condemned the coup. [O:ECOWAS] will meet "
     "on Friday. The [O:Department of Justice] said [O:DOJ] lawyers would appeal.",
     {"Economic Community of West African States|organization||||2",
      "Department of Justice|organization||||2"}},
    /* a country speaking past an appositive of "the" and lower-case words */
    {"Troops took the palace. [L:Portugal], the former colonial power, said it was following "
     "events.",
     {"Portugal|country||PT||*"}},
    /* a bare "the ministry" after "the Ministry of Trade": that body */
    {"The [O:Ministry of Trade] accused Tanzania of blocking trucks.\n\n[P:Wanjiru Kamau] told "
     "reporters that trucks were stuck.\n\n\"This is a barrier,\" [P:Kamau] said. She said the "
     "ministry had written to the bloc.",
     {"Ministry of Trade|organization||||2", "!ministry"}},
    /* the portfolio before a bare head that takes one ("Trade Cabinet
     * Secretary"), tagged a body, is the person's, no body */
    {"[O:Trade Cabinet] Secretary [P:Wanjiru Kamau] told reporters the trucks were stuck.",
     {"!Trade Cabinet", "Wanjiru Kamau|person|Cabinet Secretary||Trade|1"}},
    /* a name after "magazine" or "tabloid" is the publication, no person */
    {"The weekly magazine [P:Shukan Bunshun] reported the payments. The tabloid [P:Bild] said "
     "more would follow.",
     {"Shukan Bunshun|organization||||*", "Bild|organization||||*"}},
    /* a lone word ending a longer name the tagger cut ("Court of Arbitration
     * for Sport") is no person */
    {"The Court of Arbitration for [P:Sport] upheld the ban on Tuesday.", {"!Sport"}},
    {"[P:Kenji Morimoto] took office in May. Support for [P:Morimoto] fell to 24 percent.",
     {"Kenji Morimoto|person||||2"}},
    /* "the integrity unit" after "the Athletics Integrity Unit": that body */
    {"The [O:Athletics Integrity Unit] suspended him in May. According to the integrity unit, 70 "
     "runners are banned.",
     {"Athletics Integrity Unit|organization||||2"}},
    /* a lake or a mountain tagged a person is a place, no one who acts */
    {"Growers around [P:Lake Naivasha] lost orders as [P:Mount Kenya] vanished in cloud.",
     {"!Lake Naivasha", "!Mount Kenya"}},
    /* a body named after its country, tagged a place: three capitalised
     * words ending as bodies' names do speak as the body */
    {"The [L:Kenya Flower Council] said its members had lost orders. The [L:Ghana Cocoa Board] "
     "said prices would rise.",
     {"Kenya Flower Council|organization||||*", "Ghana Cocoa Board|organization||||*"}},
    /* the agency in the dateline is no mention of a body of the story whose
     * initials it shares, though longer names are resolved first */
    {"BISSAU, Guinea-Bissau ([O:AP]) \xe2\x80\x94 The [O:African Party] said the vote was "
     "stolen. The [O:African Party] will appeal.",
     {"African Party|organization||||2"}},
    /* a given name opening words no gazetteer holds as a place, owning
     * something, is a person even tagged a place; "Victoria Harbour's"
     * stays a place */
    {"Ferries in [L:Victoria Harbour]'s east basin were moved.", {"!Victoria Harbour"}},
    /* "Marcus Pell KC": a senior barrister's rank after the name is no part
     * of it, so "Pell" alone is the same man; "SC" too, in capitals only */
    {"His barrister, [P:Marcus Pell KC], said the case was weak. [P:Pell] said more.",
     {"Marcus Pell|person||||2", "!Marcus Pell KC"}},
    {"[P:Dana Orr SC] spoke for the state. [P:Orr] called the plea a delay.",
     {"Dana Orr|person||||2"}},
    /* "the snack maker said": the firm the article is about, when something
     * says it is a company; not a union ("the GMB union" is no company) */
    {"[O:Harwick Foods] will close two plants, the snack maker said. [O:Harwick Foods] "
     "shares fell.",
     {"Harwick Foods|organization||||3", "!snack maker"}},
    {"The [O:GMB] union called the cuts a betrayal. [O:GMB] members will vote. According to the "
     "company, the plan saves money.",
     {"GMB|organization||||2"}},
    {"The [O:Tarlow Party] won. [O:Tarlow Party] leaders met. The software maker said it would "
     "move.",
     {"Tarlow Party|organization||||2"}},
    /* the map's keys keep a name's kind apart from its text: the surname
     * "Hester" and the body "Tester" (t^o == h^s) are two actors */
    {"[P:Megan Hester] spoke first. [O:Tester] said it would not comment.",
     {"Megan Hester|person||||1", "Tester|organization||||*"}},
    /* "the Fed" after "the Federal Reserve": a clipping of the first word of
     * one body named before; not when two bodies share it, nor a surname */
    {"The [O:Federal Reserve] raised rates. The [O:Fed] said inflation was too high.",
     {"Federal Reserve|organization||||2", "!Fed"}},
    {"The [O:Federal Reserve] and the [O:Federated Press Union] met. The [O:Fed] said no.",
     {"Federal Reserve|organization||||1", "Fed|organization||||1"}},
    {"[O:Fordham University] hired [P:Tom Ford]. [O:Ford] said sales rose.",
     {"Fordham University|organization||||1"}},
    /* ... and a clipping is no role's head word ("aide" of "Aidenco") */
    {"[O:Aidenco Systems] bought the mill. [O:Aidenco Systems] shares rose. The aide said the "
     "deal was done.",
     {"Aidenco Systems|organization||||2", "aide|person||||1"}},
    /* "Pellman's said": the verb after "'s" leaves it no noun to own, so
     * the firm is named with it, here and where its name comes again */
    {"[P:Pellman]'s said sales rose 4 percent. Shares of [O:Pellman]'s fell.",
     {"Pellman's|organization||||2", "!Pellman"}},
    {"[O:Tavery]'s reported a loss on Monday, and [O:Tavery]'s shares fell.",
     {"Tavery's|organization||||2"}},
    /* ... not a possessive before a participle used as an adjective, nor
     * after "said" outside a report's inversion */
    {"[P:Ruiz]'s reported income rose, the ministry said.", {"!Ruiz's"}},
    {"He said [P:Ruiz]'s. Then he left.", {"!Ruiz's"}},
    /* a state's name tagged as a body, its first word a first name ("West"), is no
     * person; before "'s" and a title it is the place the office is in: no actor */
    {"Floods closed roads across [L:West Bengal] on Monday. [O:West Bengal]'s governor, "
     "[P:Anil Roy], said schools would stay shut.",
     {"!West Bengal", "Anil Roy|person|*|||*"}},
    {"[O:West Bengal] sued the railway on Monday.", {"West Bengal|organization||||1"}},
    /* "the coast guard said": a guard with a word before it is a body; a
     * bare "the guard" is not */
    {"Three fishermen were rescued off Kellen Point, the coast guard said on Sunday.",
     {"coast guard|organization||||1"}},
    {"The guard said the door had been locked all night.", {"!guard"}},
    /* The last word of a body's name alone later is that body; not a
     * place after "of" ("University of Oslo" ... "Oslo"). */
    {"[O:Corinth Rovers] signed the defender [P:Tomas Lind] on Monday. Rovers said he had "
     "passed a medical.",
     {"Corinth Rovers|organization||||2", "!Rovers", "Tomas Lind|person||||*"}},
    {"[O:University of Tromsdal] staff met on Monday. In Tromsdal, students marched.",
     {"University of Tromsdal|organization||||1"}},
    /* ... nor before a group noun: "Rovers fans" are no mention of the
     * club, they are a group */
    {"[O:Corinth Rovers] signed the defender on Monday. Rovers fans said he was too slow.",
     {"Corinth Rovers|organization||||1"}},
    /* Merging: full name, surname, possessive, a mislabelled mention. */
    {"President [P:Donald Trump] met his advisers on Monday. [P:Trump] said the plan "
     "would work. Later, [P:Trump’s] aides left the room and [O:Trump] spoke again.",
     {"Donald Trump|person|President|||*", "!Trump"}},
    /* A surname first, the full name later: still one actor. */
    {"[P:Halvorsen] spoke first. Hours later [P:Ingrid Halvorsen] took questions.",
     {"Ingrid Halvorsen|person||||2", "!Halvorsen"}},
    /* A title-case headline runs names into the next words. */
    {"[P:Keller Was] Right, [P:Anna Keller Says]\n\n[P:Anna Keller] said on Monday that "
     "the vote was fair.",
     {"Anna Keller|person||||3", "!Keller Was", "!Anna Keller Says"}},
    /* Tagger slips: a title tagged as a body, a surname tagged as a place. */
    {"[O:National Security Adviser] [P:Mike Waltz] met [P:Vera Ostrova]. Talks between "
     "[P:Waltz] and [L:Ostrova] went on.",
     {"Mike Waltz|person|National Security Adviser|||2", "Vera Ostrova|person||||2",
      "!National Security Adviser"}},
    {"Senator [M:Okonjo] voted no.", {"Okonjo|person|Senator|||1"}},
    /* A street or a county the tagger took for a person or a body is a
     * place; a county tagged as a body stays the body. */
    {"The shop on [O:Maple Street] closed after [P:Dora Finch] moved to [P:Pike County]. "
     "[O:Maricopa County] sued the state.",
     {"!Maple Street", "!Pike County", "Dora Finch|person||||1",
      "Maricopa County|organization||||1"}},
    /* "Philippine" is a demonym before a title, not a first name. */
    {"[P:Philippine Foreign Secretary Marta Reyes] left the talks early.",
     {"Marta Reyes|person|Foreign Secretary|PH||1", "!Philippine Foreign"}},
    /* The first word of a three-word body ending in a suffix is its short
     * name. */
    {"[O:Vantrell Pump Services] filed for bankruptcy. [O:Vantrell] had 40 staff.",
     {"Vantrell Pump Services|organization||||2", "!Vantrell"}},
    /* A dateline in capitals the tagger took for a body is the place. */
    {"[O:SAN DIEGO] \xe2\x80\x94 A judge ruled on Monday that the fee was illegal.",
     {"!SAN DIEGO"}},
    {"[O:NEW YORK] ([O:Reuters]) - Shares fell on Monday.", {"!NEW YORK"}},
    /* "officials in Dayton, Ohio, said": a place and its state between the
     * group and its verb */
    {"Farther north, officials in [L:Dayton], [L:Ohio], said the pumps had failed.",
     {"officials|group||||1"}},
    /* A name set off by commas after a role in lower case is a person,
     * whatever the tagger made of it. */
    {"Laos's deputy trade minister, [O:Phan Van Duc], said talks would resume.",
     {"Phan Van Duc|person|*|||1"}},
    /* A lone word opening a sentence that the text also writes in lower
     * case is a common noun, whatever the tagger made of it; a body is not. */
    {"[O:Reservoirs] in the south fell to a third. Engineers said the reservoirs "
     "would refill. [O:Veolia] said the same.",
     {"!Reservoirs", "Veolia|organization||||1"}},
    /* ... written in lower case before it too; "FLOODS" in capitals is
     * no such lower-case writing */
    {"Growers said the harvest was late and the FLOODS had passed. [O:Harvest] prices rose. "
     "[O:Floods] cut output. [O:Calloway] said the same.",
     {"!Harvest", "Floods|organization||||1", "Calloway|organization||||1"}},
    /* "the foreign ministry in Oslo said": a body in lower case with its
     * seat before the verb; the capital names its country */
    {"The foreign ministry in [L:Oslo] said the envoy would return on Friday.",
     {"foreign ministry|organization||NO||1"}},
    /* A body's name cut before "on"/"for" and its remit is one name. */
    {"The [O:Northern Institute] for [O:Coastal Research] and the [O:Lake County Council] on "
     "[M:Aging] and [L:Disability] said the levee was weak.",
     {"Northern Institute for Coastal Research|organization||||1", "!Coastal Research",
      "Lake County Council on Aging and Disability|organization||||1"}},
    /* "X, a fishing village near Y": a place, however tagged, and so when
     * named again */
    {"Floods hit [P:Ruma Tesi], a fishing village near the coast, on Monday. Residents of "
     "[P:Ruma Tesi] said the water rose fast. [P:Ana Tesi], a village elder, said so too.",
     {"!Ruma Tesi", "Ana Tesi|person||||1"}},
    /* ... but "on Monday" after a body's name is when it acted: one body */
    {"The [O:Harbour Commission] on Tuesday fined the port. The [O:Harbour Commission] said "
     "the fine was fair.",
     {"Harbour Commission|organization||||2", "!Harbour Commission on Tuesday"}},
    /* "the group" goes back to the body named before it. */
    {"The figures came from the [O:Arctic Monitoring Trust]. The group said the ice had thinned.",
     {"Arctic Monitoring Trust|organization||||2"}},
    /* Nobody acts "near" a body: a town there tagged ORG is no actor. */
    {"[P:Lukas Imboden] grows pears near [O:Sion] and sells them.",
     {"!Sion", "Lukas Imboden|person||||1"}},
    /* The first word of a county named before is the county, not a
     * person. */
    {"The suit was brought by drivers in [P:Pike County]. The [P:Pike] rule was vague, a "
     "judge said.",
     {"!Pike", "!Pike County"}},
    /* "President X of the Philippines": a country with its article is
     * the affiliation, not a body the person works for. */
    {"President [P:Jose Ramos] of the [L:Philippines] met Prime Minister [P:Tom Hale] of the "
     "[L:Netherlands].",
     {"Jose Ramos|person|President|PH||1", "Tom Hale|person|Prime Minister|NL||1"}},
    /* "the monitoring service" goes back to the body whose name ends so. */
    {"The [O:Arctic Ice Monitoring Service] published its data. The monitoring service said "
     "the melt had slowed.",
     {"Arctic Ice Monitoring Service|organization||||3", "!monitoring service"}},
    /* a capitalised "Police" after a place's name is a force, a body, though
     * the tagger cut the name or took it for a place; "the force" is it */
    {"Greater [O:Harwick Police] arrested two men. Both were held overnight, the force said.",
     {"Greater Harwick Police|organization||||2", "!Harwick Police"}},
    {"[L:West Harwick] Police said two men were held.", {"West Harwick Police|organization||||1"}},
    /* a name whose appositive calls it a website is a body */
    {"According to [M:Pingline], a website that tracks outages, 9,000 users lost access.",
     {"Pingline|organization||||1"}},
    /* enlisted and junior ranks are titles, not part of the name */
    {"[P:Petty Officer Marcus Bell] swam to the raft. [P:Bell] said the sea was rough.",
     {"Marcus Bell|person|Petty Officer|||2", "!Petty Officer Marcus Bell"}},
    {"[P:Staff Sgt. Ana Ruiz] led the patrol.", {"Ana Ruiz|person|Staff Sgt.|||1"}},
    /* a past form after its subject is the verb whose object the group
     * is, no part of its name */
    {"Critics said the board had ignored residents in Kelmoor who fear the noise.",
     {"residents|group||||1", "!ignored residents"}},
    {"The council neglected farmers who warned of floods.",
     {"farmers|group||||1", "!neglected farmers"}},
    /* "according to police": the group is the source; a body's name
     * with a group word in it stays the body */
    {"The ferry ran aground on Friday, according to police in Kelmoor.",
     {"police|group||||1"}},
    {"Two men were held, according to the [O:Kelmoor Police Agency].",
     {"Kelmoor Police Agency|organization||||1", "!Police"}},
    /* Advocates speak as a group. */
    {"Advocates said the rule would hurt renters.", {"advocates|group||||1"}},
    /* a state's or a devolved government's head: the whole title */
    {"Chief Minister [P:Ana Rao] visited the relief camps on Monday.",
     {"Ana Rao|person|Chief Minister|||1"}},
    {"First Minister [P:Eilidh Munro] opened the bridge.",
     {"Eilidh Munro|person|First Minister|||1"}},
    /* a body whose name ends on a group noun is one actor, no group too */
    {"Two men were held after the raid, [O:Kent County Police] said on Sunday.",
     {"#Kent County Police", "Kent County Police|organization||||1"}},
    /* a quantity before the noun sizes the figure, it names no group */
    {"Sales reached $4.1 billion, above the $3.9 billion analysts had expected.",
     {"analysts|group||||1", "!billion analysts"}},
    {"Rep. [P:Ada Vance] ([P:D-Ore.]) said [P:Hispanics] and [P:I.] agreed.",
     {"Ada Vance|person|Rep.|||1", "!D-Ore.", "!Hispanics", "!I."}},
    /* Two people who share a surname stay apart. */
    {"[P:Anna Keller] and [P:Tom Keller] arrived together. [P:Anna Keller] spoke first.",
     {"Anna Keller|person||||2", "Tom Keller|person||||1"}},
    /* Titles and roles. */
    {"Secretary of State [P:Linda Park] flew to [L:Oslo] on Friday.",
     {"Linda Park|person|Secretary of State|||1"}},
    {"[L:Kremlin] spokesperson [P:Oleg Sorokin] denied the report on Tuesday.",
     {"Oleg Sorokin|person|spokesperson|RU|Kremlin|1", "Kremlin|organization||RU||1"}},
    {"[M:Russian] President [P:Ivanov] warned that talks would fail.",
     {"Ivanov|person|President|RU||1"}},
    /* a lone word the tagger read as a person after a capitalised title is
     * the person, though some town bears the name too */
    {"Mayor [P:Vega] said the bridge would reopen. President [P:Ruiz] agreed.",
     {"Vega|person|Mayor|||1", "Ruiz|person|President|||1"}},
    /* A portfolio word widens a bare head; the demonym before it still counts. */
    {"[M:Canadian] Trade Minister [P:Amelia Hartwell] arrived late.",
     {"Amelia Hartwell|person|Trade Minister|CA||1"}},
    {"[M:British] Transport Secretary [P:Tom Hale] spoke first.",
     {"Tom Hale|person|Transport Secretary|GB||1"}},
    /* A country's possessive right before a name, with no title. */
    {"[L:Brazil]’s [P:Rafael Moreira] left early.",
     {"Rafael Moreira|person||BR||1"}},
    {"[P:Paul Grant], [P:Harris’s] envoy to [L:Kenya], said he would return in May.",
     {"Paul Grant|person|envoy|||2", "Harris|person||||1"}},
    {"[P:Nina Brandt], head of [L:Norway]’s sovereign wealth fund, said returns fell.",
     {"Nina Brandt|person|head|NO|sovereign wealth fund|1",
      "sovereign wealth fund|organization||NO||1"}},
    {"The talks included Defense Minister [P:Rafael Ortiz], Foreign Minister [P:Lena "
     "Novak] and [P:Ortiz’s] senior aide [P:Jonas Weber].",
     {"Rafael Ortiz|person|Defense Minister|||2", "Lena Novak|person|Foreign Minister|||1",
      "Jonas Weber|person|aide|||1"}},
    /* Affiliation from "of Country". */
    {"President [P:Olena Marchuk] of [L:Ukraine] arrived first. [P:Jan Kowal], the foreign "
     "minister of [L:Poland], followed.",
     {"Olena Marchuk|person|President|UA||1", "Jan Kowal|person|foreign minister|PL||1"}},
    /* Affiliation from a demonym. */
    {"[M:British] Prime Minister [P:Emma Hart] said the deal was fair.",
     {"Emma Hart|person|Prime Minister|GB||1"}},
    {"[M:German] Chancellor [P:Klaus Vogel] will visit next week.",
     {"Klaus Vogel|person|Chancellor|DE||1"}},
    /* Countries that act; places that do not. */
    {"[L:Russia] has controlled the port since May. [L:Moscow] hinted at new talks. "
     "[L:Kyiv] insists it will not give up the city.",
     {"Russia|country||RU||2", "Ukraine|country||UA||2"}},
    {"Tourists flew to [L:Moscow] last week and then on to [L:Kyiv].", {"!Russia", "!Ukraine"}},
    {"The ban is final, according to [L:Beijing].", {"China|country||CN||1"}},
    {"[P:Washington] said the sanctions would stay. [P:Georgia] insists it will not sign.",
     {"United States|country||US||1", "Georgia|country||GE||2", "!Washington"}},
    {"The [L:Oslo] talks ended early. Trade with [L:Kenya] grew.", {"!Norway", "!Kenya"}},
    {"[L:Ukraine], however, insists it must be at the table.", {"Ukraine|country||UA||2"}},
    /* Groups that speak or act. */
    /* A plural's apostrophe inside a union's name; "the union" is that union,
     * never the company the story is about. */
    {"[P:Kari Moen], leader of the [O:Harbour Workers' Union], said pay would fall. The "
     "union plans to strike next week.",
     {"Harbour Workers' Union|organization||||2", "!Harbour Workers"}},
    {"[O:Acme Corp.] cut 500 jobs on Monday. The union said the cuts were unfair.",
     {"Acme Corp.|organization||||1"}},
    /* A chief officer's title keeps "chief" and the area it runs. */
    {"Chief financial officer [P:Mara Lind] said the plant would reopen.",
     {"Mara Lind|person|Chief financial officer|||1"}},
    /* "Park" of "St Anne's Park" ends a place's name: no person. */
    {"Fans gathered outside [L:St Anne]'s [P:Park] before [P:Tom Reyes] spoke.",
     {"Tom Reyes|person||||1", "!Park"}},
    /* A body's published figures speak for it. */
    {"The transport ministry said on Monday that fares would rise. Most riders pay cash, "
     "according to the ministry's figures.",
     {"transport ministry|organization||||2"}},
    /* "groups" with a word before it speaks as a group; counted groups do not. */
    {"The new dam has split the valley. Farm groups say the river will run dry. Later "
     "the two groups met in the town hall.",
     {"Farm groups|group||||1", "!two groups"}},
    {"[L:U.S.] officials said the deal was close. Critics argue it is too soon. "
     "[M:European] leaders worry about the cost. Reporters waited outside.",
     {"U.S. officials|group||US||1", "critics|group||||1", "European leaders|group||||1",
      "!Reporters", "!reporters"}},
    {"Several cast members said the show was over. [O:Kremlin] officials declined to comment, "
     "and Democrats want a vote.",
     {"cast members|group||||1", "Kremlin officials|group|||Kremlin|1", "Democrats|group||||1"}},
    {"[L:U.S.] and [M:Russian] officials met in [L:Geneva] on Tuesday.",
     {"U.S. officials|group||US||1", "Russian officials|group||RU||1", "!United States"}},
    /* An unnamed source, and "the official" for it later. */
    {"A senior [L:U.S.] official said the talks would resume. The official did not say when. "
     "A person familiar with the plan said it was ready.",
     {"senior U.S. official|group||US||2", "person|group||||1"}},
    /* ... over the aside such a source comes with, and ahead of a person
     * named nearer ("said Lund had ... The official said") */
    {"A senior trade official, speaking on condition of anonymity, said [P:Ivo Lund] had "
     "rejected the offer. The official said talks would go on.",
     {"senior trade official|group||||2", "Ivo Lund|person||||1"}},
    /* Pronouns by gender; "the minister". */
    {"[P:Maria Lopez] arrived late. She said the vote was fair. [P:John Reed] disagreed, "
     "and he left early.",
     {"Maria Lopez|person||||2", "John Reed|person||||2"}},
    {"Deputy Minister [P:Sam Ortiz] visited the clinic. The minister said more beds were "
     "coming.",
     {"Sam Ortiz|person|Deputy Minister|||2"}},
    /* a noun that introduces a company by name makes a body of a lone
     * name tagged so (no surname then), and of a name after "-maker" */
    {"The family hired the investment bank [O:Moelis] in May. [P:Moelis] declined to comment.",
     {"Moelis|organization||||2"}},
    {"German toolmaker [P:Brenner Werkzeug] cut 900 jobs.", {"Brenner Werkzeug|organization||||1"}},
    /* a party's or a society's name keeps its demonym; a ministry's gives
     * the country */
    {"The [O:Scottish National Party]'s leader spoke first. The [O:British Medical Association] "
     "agreed.",
     {"Scottish National Party|organization||||1", "British Medical Association|organization||||1",
      "!National Party"}},
    /* a name after "published ... in" is a journal; not before a
     * possessive */
    {"A study published last year in The [P:Lancet Psychiatry] found a rise.",
     {"Lancet Psychiatry|organization||||1"}},
    {"Poems published in [P:Tom Vale]'s lifetime sold well.", {"Tom Vale|person||||1"}},
    /* "The authors wrote": a study's authors are a group */
    {"The study followed 900 pupils. The authors wrote that schools should start later.",
     {"authors|group||||1"}},
    /* "the college", "the university" is the body whose name it heads
     * before "of", and no other body */
    {"The [O:Royal College of Nursing] published figures. The college said the shortage was "
     "severe.",
     {"Royal College of Nursing|organization||||2"}},
    {"[O:Acme Corp] cut jobs on Monday. The college said the shortage was severe.",
     {"Acme Corp|organization||||1"}},
    /* the agency credited in a dateline is a body, whatever the tagger
     * says, and no "its" or "the firm" later is it */
    {"[L:SEOUL], May 2 ([P:Yonhap]) - The firm cut its forecast. A memo seen by [P:Yonhap] said "
     "so.",
     {"Yonhap|organization||||2"}},
    {"The winner ([P:Ana Ruiz]) - a surprise - spoke first.", {"Ana Ruiz|person||||1"}},
    /* an age with "the" before a verb or a comma is someone named before;
     * before a noun it may be someone new */
    {"[P:Adam Kowalczyk] lost in three sets. \"I gave it away,\" the 27-year-old told reporters.",
     {"Adam Kowalczyk|person||||2"}},
    {"[P:Adam Kowalczyk] lost on Friday. Police said the 27-year-old driver was unhurt.",
     {"Adam Kowalczyk|person||||1"}},
    /* ... and not someone named in its own sentence */
    {"[P:Adam Kowalczyk] lost on Friday. His coach, [P:Piotr Nowak], said the 27-year-old had "
     "no injury.",
     {"Adam Kowalczyk|person||||3", "Piotr Nowak|person|coach|||1"}},
    /* a title of two lower-case words: "the prime minister" */
    {"Prime Minister [P:Claire Hollis] spoke first. [P:Tom Ashworth] asked about the lists. "
     "The prime minister said the figures were improving.",
     {"Claire Hollis|person|Prime Minister|||2", "Tom Ashworth|person||||1"}},
    /* ... and paragraphs later, when no one else holds that title */
    {"Prime Minister [P:Claire Hollis] spoke first. The lists grew. The board met. The union "
     "spoke. Nurses marched. The prime minister said the figures were improving.",
     {"Claire Hollis|person|Prime Minister|||2"}},
    /* a name between commas is the subject of the verb after them, and
     * "she" next is hers, not a subject named before */
    {"[P:Teresa Whitfield] said nobody at [P:Norvik] saw those reviews. A spokeswoman for the "
     "board, [P:Linda Ocampo], declined to say whether it would act. She said the inquiry was "
     "continuing.",
     {"Linda Ocampo|person||||2", "Teresa Whitfield|person||||1"}},
    /* "the asset manager X" is a firm, not a person titled "manager" */
    {"[P:Paulo Ribeiro], a strategist at the asset manager [P:Tarvo Capital], said the bank "
     "could wait. Store manager [P:Ines Vale] disagreed.",
     {"Tarvo Capital|organization||||1", "Ines Vale|person|manager|||1"}},
    /* a sea the tagger took for a body names no one */
    {"Two fishermen drowned in the [O:Bay of Bengal], and the [O:Gulf of Mexico] was calm. "
     "The [O:Bank of Canada] said rates would hold.",
     {"!Bay of Bengal", "!Gulf of Mexico", "Bank of Canada|organization||||1"}},
    /* the people of an emergency speak as groups */
    {"Firefighters said the family escaped. Forecasters warned of more rain, and rescuers said "
     "the road was cut.",
     {"firefighters|group||||1", "forecasters|group||||1", "rescuers|group||||1"}},
    /* a span the tagger opened on a possessive names no one */
    {"The camps were spared, a spokesman for the refugee commissioner[O:'s office] said.",
     {"!'s office", "!office"}},
    /* a company by its name without "Inc.", though tagged a person */
    {"[O:Tarrow Home Inc.] recalled its heaters. In a statement, [P:Tarrow Home] said a sensor "
     "could fail.",
     {"Tarrow Home Inc.|organization||||3", "!Tarrow Home"}},
    /* "the agency" is not a company named with its legal form */
    {"The [O:Product Safety Commission] said [O:Tarrow Home Inc.] had received 214 reports. "
     "Nine people were hurt, the agency said.",
     {"Product Safety Commission|organization||||2", "Tarrow Home Inc.|organization||||1"}},
    /* "the agency" after the "... Space Agency": the body whose name ends on
     * that word, not a university named since */
    {"The [O:Orbis Space Agency] lost contact with its probe. [P:Mara Voss] of the [O:University "
     "of Lenwick] said the data were useful. The agency said the probe was safe.",
     {"Orbis Space Agency|organization||||3", "University of Lenwick|organization||||1"}},
    /* "the bureau" many sentences after the "Bureau of ..." was named: the
     * one body with that head word */
    {"The [O:Bureau of Tides] said the sea would rise. Roads were shut. Schools closed. Ferries "
     "stopped. Shops were boarded up. Crews stood by. Power failed in the east. The surge "
     "will peak on Sunday, the bureau said.",
     {"Bureau of Tides|organization||||2"}},
    {"Senior officials met in the capital. They agreed to meet again, and they said so.",
     {"senior officials|group||||3"}},
    /* Gender from a title, and from an earlier pronoun. */
    {"[P:Robin Chase] said the port was shut. Spokesman [P:Alex Ruiz] disagreed. She "
     "insisted the ships could not dock.",
     {"Robin Chase|person||||2", "Alex Ruiz|person|Spokesman|||1"}},
    {"[P:Jordan Vale] met reporters. [P:Kim Sato] spoke next, and she was brief. Later he "
     "left the hall.",
     {"Jordan Vale|person||||2", "Kim Sato|person||||2"}},
    /* Inside a quotation "she" is not its speaker. */
    {"[P:Maria Lopez] met [P:Ben Ortiz] on Monday. [P:Ortiz] said: “I think she is right.”",
     {"Maria Lopez|person||||2", "Ben Ortiz|person||||2"}},
    {"“She has to decide,” [P:Ben Ortiz] said of [P:Maria Lopez].", {"Ben Ortiz|person||||1"}},
    /* A name after a comma-title ("X's envoy, Name,"), and a reversed
     * appositive's verb. */
    {"[L:Chile]'s envoy, [P:Rosa Medina], called the meeting useful.",
     {"Rosa Medina|person|envoy|CL||1", "!Chile"}},
    /* Groups with a phrase before the verb, and a lone "they" for them. */
    {"Negotiators from [L:Peru] agreed on Monday. They will meet again.",
     {"negotiators|group||PE||2", "!Peru"}},
    /* Two groups named before the same verb stay two: the key is the noun,
     * not the verb the phrase runs to. */
    {"A spokesperson for [O:Dunmore Mutual] said claims were low. Officials in [L:Tarlow] "
     "said the water was falling.",
     {"spokesperson for Dunmore Mutual|group|||Dunmore Mutual|1", "officials|group||||1"}},
    /* a body's name with "of" that the tagger took for a place; a gulf
     * stays a place */
    {"The [L:U.S. Chamber of Commerce] welcomed the ruling on oil drilling in the [L:Gulf of "
     "Mexico].",
     {"U.S. Chamber of Commerce|organization||||1", "!Gulf of Mexico"}},
    /* the reporters and editors of a byline and a credit line are no
     * actors; someone also named in the story is */
    {"By [P:Ana Ruiz] and [P:Jo Kim]\n\nBy [P:Ana Ruiz] and [P:Jo Kim]\n\nThe port reopened on "
     "Monday, [P:Tom Vale] said.",
     {"!Ana Ruiz", "!Jo Kim", "Tom Vale|person||||1"}},
    {"By [P:Ana Ruiz] and [P:Tom Vale]\n\nThe port reopened on Monday, [P:Tom Vale] wrote in a "
     "memo.\n\n(Reporting by [P:Ana Ruiz]; Editing by [P:Jo Kim])",
     {"!Ana Ruiz", "!Jo Kim", "Tom Vale|person||||2"}},
    /* a word of boilerplate in a story's sentence makes no credit line of
     * it */
    {"Sen. [P:Ana Ruiz] said the copyright bill would pass. [P:Tom Vale] wrote in his "
     "newsletter that it would not.",
     {"Ana Ruiz|person|Sen.|||1", "Tom Vale|person||||2"}},
    /* "'s" inside a body's name that ends on a word ending bodies' names */
    {"[O:Boston Children's Hospital] said it would expand. [L:Russia]'s [O:Foreign Ministry] "
     "said talks would go on.",
     {"Boston Children's Hospital|organization||||2", "Foreign Ministry|organization||RU||1"}},
    /* a body's remit after "for the" and with "of" in it */
    {"The [O:Institute] for the [O:Study of War] said the front had moved.",
     {"Institute for the Study of War|organization||||1", "!Study of War", "!Institute"}},
    /* a group right after a speech verb that follows a comma said it */
    {"The plan is dead, said a senior official.", {"senior official|group||||1"}},
    /* the subject of a relative clause with a speech verb speaks, even
     * after a preposition */
    {"The judge met with aid groups that argued the rule was unlawful. It was a blow to "
     "unions, who said the rule protected workers.",
     {"aid groups|group||||1", "unions|group||||1"}},
    /* a capitalised particle opens the surname of someone named in full */
    {"[P:Virgil van Dijk] attended the gala. [P:Van Dijk] said he was proud.",
     {"Virgil van Dijk|person||||3", "!Van Dijk"}},
    /* ... but a particle-like given name is the given name of another
     * person of that surname */
    {"[P:Sarah Jones] attended the gala. [P:Van Jones] said he was proud.",
     {"Sarah Jones|person||||1", "Van Jones|person||||2"}},
    {"[P:Tipper Gore] spoke first. [P:Al Gore] said the plan would fail.",
     {"Tipper Gore|person||||1", "Al Gore|person||||1"}},
    /* a four-word name with a particle in lower case is no title-case
     * headline: the person, and a lone surname later is the same woman */
    {"For 31 years [P:Marit van der Berg] has kept the sea out. [L:Berg] said it was old.",
     {"Marit van der Berg|person||||2"}},
    {"[P:Jan de la Fuente] opened the port. [P:Fuente] said the water was rising.",
     {"Jan de la Fuente|person||||2"}},
    /* a relative introduced as such ("His son, Paul Hallam") leaves a lone
     * surname to the other bearer, named first ... */
    {"[P:Derek Hallam] died on Tuesday. His son, [P:Paul Hallam], said the end was near. "
     "[P:Hallam] played 212 games.",
     {"Derek Hallam|person||||3", "Paul Hallam|person||||1"}},
    {"[P:Rosa Maren] runs the farm. Her husband [P:Tom Maren] was away. [P:Maren] said so.",
     {"Rosa Maren|person||||3", "Tom Maren|person||||1"}},
    /* ... unless the text sets the relative apart: "the elder Brenner" */
    {"[P:Anna Brenner] runs the firm. Her father, [P:Klaus Brenner], ran it before. The elder "
     "[P:Brenner] said no.",
     {"Anna Brenner|person||||2", "Klaus Brenner|person||||2"}},
    /* a "she" in a clause that opens its sentence ("Asked whether she
     * ...,", "When he ...,") is the person named as subject after its
     * comma, not the one named before */
    {"[P:Mia Holt] left the room early. Asked whether she would stay, [P:Ana Ruiz] laughed.",
     {"Mia Holt|person||||1", "Ana Ruiz|person||||2"}},
    {"[P:Tom Bell] left early. When he was asked about the plan, [P:Sam Ortiz] shrugged.",
     {"Tom Bell|person||||1", "Sam Ortiz|person||||2"}},
    /* ... but not past a name before it in that clause */
    {"[P:Mia Holt] left. When [P:Eva Stone] asked whether she would stay, [P:Ana Ruiz] laughed.",
     {"Ana Ruiz|person||||1"}},
    /* an honorific keeps a lone surname from a bearer of the other sex */
    {"[P:Rosa Field] ran the farm. [P:Tom Field] sold it. Mrs. [P:Field] said it was sad.",
     {"Rosa Field|person|*|||2", "Tom Field|person||||1"}},
    /* "Ms." and "granddaughter" found in their tables (bisected: a word out
     * of order there hid them) */
    {"[P:Rosa Field] ran the farm. [P:Tom Field] sold it. Ms. [P:Field] said it was sad.",
     {"Rosa Field|person|*|||2", "Tom Field|person||||1"}},
    {"[P:Derek Hallam] died on Tuesday. His granddaughter, [P:Paula Hallam], said the end was "
     "near. [P:Hallam] played 212 games.",
     {"Derek Hallam|person||||3", "Paula Hallam|person||||1"}},
    {"[P:Rosa Field] ran the farm. [P:Tom Field] sold it. Mr [P:Field] said it was time.",
     {"Rosa Field|person||||1", "Tom Field|person|*|||2"}},
    /* with no relative, the bearer introduced last before a lone surname */
    {"[P:Derek Hallam] died on Tuesday. The coach [P:Paul Hallam] said the end was near. "
     "[P:Hallam] played 212 games.",
     {"Derek Hallam|person||||1", "Paul Hallam|person|coach|||2"}},
    /* the spokeswomen of two bodies are two speakers, each with its body;
     * "at the bank X" names the body through a common noun; "the company"
     * is no ministry */
    {"A spokeswoman for the [O:Interior Ministry] said checks would go on. A spokeswoman for "
     "[O:Alder Systems] said the company was not told. Analysts at the bank [O:Fenwick] said "
     "costs would rise.",
     {"spokeswoman for the Interior Ministry|group|||Interior Ministry|1",
      "spokeswoman for Alder Systems|group|||Alder Systems|1",
      "analysts at the bank Fenwick|group|||Fenwick|1", "Interior Ministry|organization||||1"}},
    /* an unnamed speaker known by a role is a person named by it, and
     * "the minister" later is that one; "she" after it too */
    {"The health minister said hospitals would get more money. \"We will not let them fail,\" "
     "the minister said.",
     {"health minister|person||||2", "#health minister", "!minister"}},
    {"The prosecutor told reporters the case was closed. \"We have enough evidence,\" she said.",
     {"prosecutor|person||||2"}},
    {"\"The talks went well,\" said the spokesman. According to the judge, the appeal failed.",
     {"spokesman|person||||1", "judge|person||||1"}},
    /* two roles with one head: "the minister" is neither */
    {"The health minister said hospitals would get more money. The finance minister said the "
     "budget was tight. \"We cannot pay for everything,\" the minister said.",
     {"health minister|person||||1", "finance minister|person||||1", "!minister"}},
    /* a role with a name is the person's title; a role named before stays
     * theirs; someone named just before without that title may be meant */
    {"Health Minister [P:Ana Ruiz] said hospitals would get more money. \"We will not let them "
     "fail,\" the minister said.",
     {"Ana Ruiz|person|Health Minister|||2", "!minister", "!health minister"}},
    {"[P:Ana Ruiz], the health minister, said hospitals would get more money. \"We will not let "
     "them fail,\" the minister said.",
     {"Ana Ruiz|person|health minister|||*", "!minister", "!health minister"}},
    {"[P:Tom Diaz] spoke at the rally. The governor said taxes would fall.", {"!governor"}},
    /* not the source of anything said: no actor */
    {"Police arrested the mayor on Monday.", {"!mayor"}},
    /* "the spokeswoman" after "a spokeswoman for X" is that one */
    {"A spokeswoman for the [O:Interior Ministry] said checks would go on. \"We are ready,\" the "
     "spokeswoman said.",
     {"spokeswoman for the Interior Ministry|group|||Interior Ministry|2", "!spokeswoman"}},
    /* Family name first; a body by its initials; a body that starts like a
     * title. */
    {"Secretary General [P:Ban Ki-moon] spoke first. Mr. [P:Ban] said the plan would work.",
     {"Ban Ki-moon|person|Secretary General;Mr.|||2", "!Ban"}},
    {"The [O:United Nations] said it would help. The [O:U.N.] sent food. The [O:General "
     "Assembly] voted.",
     {"United Nations|organization||||3", "General Assembly|organization||||1", "!U.N.",
      "!Assembly"}},
    /* Organisations, with "it" after a speech verb. */
    {"[O:NATO] said it would respond. The [O:Harbor Trust] bought the pier.",
     {"NATO|organization||||2", "Harbor Trust|organization||||1"}},
    /* "the company" for the body named before; not "the company's" */
    {"[O:Harbor Trust] bought the pier in May. The company said the market would reopen. "
     "The company's shares rose.",
     {"Harbor Trust|organization||||2"}},
    /* a name no gazetteer holds as a place, after a word for a firm, is the
     * firm, and so is the same name said again; "the company" is never an
     * association, nor an agency when it is the body most named */
    {"Pilots at the carrier [L:Quellavia] went on strike. The strike grounded 40 flights, "
     "[L:Quellavia] said. The [O:Nordic Pilots Association] said the talks had failed. "
     "Its leader said the strike was costing the company millions.",
     {"Quellavia|organization||||3", "Nordic Pilots Association|organization||||2"}},
    {"The [O:Space Exploration Agency] said the probe was silent. The agency said it would "
     "try again. The probe was built by the start-up [L:Tessaro Robotics]. The agency "
     "thanked its engineers. [L:Tessaro]'s chief said the landing was a success. According "
     "to the company, the probe carried nine instruments.",
     {"Space Exploration Agency|organization||||*", "Tessaro Robotics|organization||||3"}},
    /* a name tagged a person with an appositive headed by a firm's word is
     * the firm; "the airline" goes to it, not to the union named since */
    {"[P:Skarvik Air], a regional carrier based in [L:Bodo], said it accepted the findings. "
     "The [O:Nordic Cabin Crew Union] said it was pleased. The airline said it would cut "
     "the longest shifts.",
     {"Skarvik Air|organization||||3", "Nordic Cabin Crew Union|organization||||*"}},
    /* "the General Court": a body's name, whose first word is no title */
    {"The firm is appealing the fine at the [O:General Court] in [L:Luxembourg].",
     {"General Court|organization||||1", "!Court"}},
    /* a body tagged with its demonym keeps it as its name ("British
     * Airways", not "Airways"), but a state's ministry, army or navy has it
     * as its country */
    {"[O:British Airways] said flights were late. The [O:Syrian Democratic Forces] said the "
     "town fell. The [O:Russian Defence Ministry] said drones were downed.",
     {"British Airways|organization||||1", "Syrian Democratic Forces|organization||||1",
      "Defence Ministry|organization||RU||1", "!Airways"}},
    /* "Talbot had lied, he said": "he" is not the man named in what he
     * says; after an opening "After Talbot left," he may be */
    {"[P:Marcus Pell] spoke first. The bank, not [P:Talbot], had lied, he said.",
     {"Marcus Pell|person||||2", "Talbot|person||||1"}},
    {"[P:Marcus Pell] spoke first. After [P:Talbot] left the bank, he said he was innocent.",
     {"Marcus Pell|person||||1", "Talbot|person||||*"}},
    /* police ranks are titles, not part of the name (nor a body's name) */
    {"The boy was found safe, said [P:Detective Sergeant Paul Whelan]. [P:Detective Chief "
     "Inspector Mary Cole] said the case was closed.",
     {"Paul Whelan|person|Detective Sergeant|||1",
      "Mary Cole|person|Detective Chief Inspector|||1"}},
    /* "the Lebanese army said", "the navy said": an army speaks as a body;
     * "Malta's armed forces said": forces speak as a group; "Rapid Support
     * Forces" in capitals is a body's name, no group */
    {"The boat was stopped on Friday, the Lebanese army said. Nobody was hurt, the army said.",
     {"army|organization||LB||2"}},
    {"The navy said two sailors were missing.", {"navy|organization||||1"}},
    {"Malta's armed forces said they had not been asked to help.",
     {"armed forces|group||||2"}},
    {"Envoys of the army and the [O:Rapid Support Forces] met on Monday. The [O:Rapid Support "
     "Forces] said the talks would go on.",
     {"Rapid Support Forces|organization||||2", "#Rapid Support Forces"}},
    /* "the government said": a body of its own, named by its people when
     * they are given ("the Welsh government"), of the dateline's country
     * when bare */
    {"The government said on Monday it would raise the minimum wage.",
     {"government|organization||||1"}},
    {"The Welsh government said it was disappointed by the ruling.",
     {"Welsh government|organization||GB||1"}},
    {"[L:MANILA], Oct 3 - The government said it would send aid to the north. The ministry "
     "said 12 people had died.",
     {"government|organization||PH||1", "ministry|organization||PH||1"}},
    /* a bare "the ministry", "the government" after one was named is that one */
    {"The [O:Interior Ministry] announced the plan on Monday. The ministry said it would hire "
     "300 officers. The German government said the plan was lawful. Later the government "
     "said it would pay.",
     {"Interior Ministry|organization||||3", "German government|organization||DE||2",
      "!ministry", "!government"}},
    /* "the Gaza health ministry said": a place's name, then the body in
     * lower case, named with the place (of its country when it names one) */
    {"The [L:Gaza] health ministry said 40 people had died. The [L:Norway] energy "
     "ministry said prices would fall.",
     {"Gaza health ministry|organization||||1", "Norway energy ministry|organization||NO||1"}},
    /* "One nurse, who asked not to be named, said", "a witness said": an
     * unnamed source, as "a senior official said" */
    {"One nurse, who asked not to be named, said the ward had closed. A witness said the "
     "doors were locked.",
     {"nurse|group||||*", "witness|group||||1"}},
    /* "economists polled by X had expected", "on average": the group speaks */
    {"Economists polled by [O:Tellwright] had expected growth of 2.5 percent. Traders on "
     "average had expected a cut.",
     {"economists|group||||1", "traders|group||||1"}},
    /* "Norvik Bank's finance director Tom Vale": the word for the area
     * between the owner's possessive and the title is the title's, and the
     * owner the person's body */
    {"[O:Norvik Bank]'s finance director [P:Tom Vale] said profits rose.",
     {"Tom Vale|person|finance director||Norvik Bank|1"}},
    /* "Hurricane Delia" with only the name tagged (a person's, and a town
     * somewhere) is the storm, no actor, and so is "Delia" later */
    {"Hurricane [P:Delia] slammed into the coast on Tuesday. [P:Delia] is expected to weaken.",
     {"!Delia"}},
    /* "Investigators found that ...": what a group finds is its claim, so
     * the group acts */
    {"Investigators found that the pilot had ignored two warnings.",
     {"investigators|group||||1"}},
    /* "according to stadium officials": the group is the source */
    {"The crowd was the largest this season, according to stadium officials.",
     {"stadium officials|group||||1"}},
    /* "farmers' groups warned": a group of the members a possessive plural
     * names; "the national selection panel said": a panel is a body */
    {"Growers' groups warned that the fruit could spoil. The national review panel said "
     "it would report in May.",
     {"Growers' groups|group||||1", "national review panel|organization||||1"}},
    /* "Kestrels head coach Rory Vane", "Marlins director of rugby ...":
     * the name before a title and a person's name is a body, the one the
     * person works for; not a person named before ("Vaskorn's deputy") */
    {"[P:Kestrels] head coach [P:Rory Vane] said the side was tired. [P:Marlins] director "
     "of rugby [P:Neil Brack] said nothing. Mayor [P:Ingrid Vaskorn] spoke first. "
     "[P:Vaskorn]'s deputy, [P:Erik Lund], said talks would resume.",
     {"Kestrels|organization||||1", "Marlins|organization||||1",
      "Ingrid Vaskorn|person|Mayor|||2"}},
    /* a stadium, a building, an embankment tagged as a body or a person is
     * a place: no actor */
    {"The visitors won by 40 runs at the [O:Kestrel Cricket Association Stadium] on "
     "Saturday. Protesters gathered outside the [P:Marlow House Office Building]. Crowds "
     "stood on the [O:Long Quay Embankment].",
     {"!Kestrel Cricket Association Stadium", "!Marlow House Office Building",
      "!Long Quay Embankment"}},
    /* "economists at X forecast", as "economists at X said": a group that
     * speaks for the firm */
    {"Economists at [O:Harwell Capital] forecast that inflation would fall by June.",
     {"economists at Harwell Capital|group|||Harwell Capital|1"}},
    /* a union named for its members with an apostrophe ("Nurses'
     * Alliance"): "the union" later is that body */
    {"The [O:Northern Nurses' Alliance] called a strike on Monday. The union is seeking a "
     "rise of 6 percent.",
     {"Northern Nurses' Alliance|organization||||2"}},
    /* a town's name tagged as a body that speaks is a body named after it
     * (a club), not the place */
    {"[O:Benfica], who also sold a midfielder last year, said in a statement they would "
     "reinvest part of the fee. [O:Liverpool] said on Monday they would appeal.",
     {"Benfica|organization||||2", "Liverpool|organization||||2"}},
    /* "police said" after the force was named is that force, not a group */
    {"A man was arrested after a fire in [L:Leeds], [O:West Yorkshire Police] said. Police "
     "said the blaze had spread.",
     {"West Yorkshire Police|organization||||2", "!police"}},
    {"Police said the road would stay closed.", {"police|group||||1"}},
    /* "the Danish transport ministry said": a demonym, then a body in lower
     * case, the country's */
    {"The ferry will stop next year, the Danish transport ministry said on Friday.",
     {"transport ministry|organization||DK||1"}},
    /* ... after "in May," or "in [L:Helsingor],": the comma opens a clause
     * whose subject speaks, no list after "in"; a list stays one */
    {"Costs rose by a fifth in May, the Danish transport ministry said. Work began in "
     "[L:Helsingor], the port authority said on Friday. Ships call at [L:Oslo], the port "
     "authority and the harbour office.",
     {"transport ministry|organization||DK||1", "port authority|organization||||1"}},
    /* "after the software maker reported", "after the chipmaker said": the
     * clause after "after" has a subject, the firm the article is about */
    {"[O:Tavira Semicon Inc] shares rose on Tuesday after the chipmaker reported higher sales. "
     "[O:Tavira Semicon] said demand was strong. Its rival [O:Nolan Chips] fell.",
     {"Tavira Semicon Inc|organization||||4"}},
    {"[O:Harwick Data Inc] shares fell after the software maker said sales were flat. "
     "[O:Harwick Data] blamed the weather.",
     {"Harwick Data Inc|organization||||3"}},
    /* A name the tagger took for a place, with an appositive headed by a
     * word for a body, is that body; "the company's chief" heads no body. */
    {"The fares will rise, according to [L:Veltra], the regional transport authority. "
     "[P:Ana Ruiz], the company's chief, disagreed.",
     {"Veltra|organization||||1", "Ana Ruiz|person||||1"}},
    {"[L:Kovo], a Czech bus maker based in [L:Brno], said orders fell.",
     {"Kovo|organization||||1"}},
    /* the appositive's title after "the club's", or with a modifier that
     * opens it; "an adviser to the club" heads no body */
    {"[P:Giorgio Ferrante], the club's chief executive, said the plan was dead. "
     "[P:Wanjiru Kamau], the ministry's head of immunisation, agreed. [P:Paolo Neri], a "
     "senior adviser to the club, said nothing.",
     {"Giorgio Ferrante|person|chief executive|||1", "Wanjiru Kamau|person|head|||1",
      "Paolo Neri|person|adviser|||1"}},
    /* "The TITLE of X, Name, said": the title, and X's country or body;
     * the title phrase is a mention of the person */
    {"The mayor of [L:Lyon], [P:Odile Marchand], said the lines would reopen. The foreign "
     "minister of [L:Kenya], [P:Amina Odhiambo], agreed. The chief executive of [O:Acme "
     "Corp], [P:Jane Roe], said sales fell.",
     {"Odile Marchand|person|mayor|||2", "Amina Odhiambo|person|foreign minister|KE||2",
      "Jane Roe|person|chief executive||Acme Corp|2"}},
    /* "the company" with no body in the last sentences is the company
     * the article is about; not one named as where someone works */
    {"[O:Nordvik Energy] cut its dividend. Shares in [O:Nordvik Energy] fell. Rain fell. Snow "
     "fell. Winds rose. [P:Sofia Brandt] of [O:Pareto Securities] was unhappy. The company "
     "said prices would stay low.",
     {"Nordvik Energy|organization||||4", "Pareto Securities|organization||||1"}},
    /* ... and so is "the Swedish company": a demonym before the noun */
    {"[O:Nordvik Energy] cut its dividend. Shares in [O:Nordvik Energy] fell. Rain fell. Snow "
     "fell. Winds rose. The [M:Swedish] company said prices would stay low.",
     {"Nordvik Energy|organization||||4"}},
    /* ... but not after "of", nor before a name in quotation marks */
    {"[O:Nordvik Energy] cut its dividend. Shares in [O:Nordvik Energy] fell. Rain fell. He "
     "misspelt the name of the [M:Swedish] company. The [M:Swedish] group \"Solna\" said "
     "nothing.",
     {"Nordvik Energy|organization||||3"}},
    /* ... unless the body was introduced with another country's demonym */
    {"[M:German] carmaker [O:Baldrin Motoren] cut its dividend. Shares in [O:Baldrin Motoren] "
     "fell. Rain fell. Snow fell. Winds rose. The [M:Swedish] company said prices would stay "
     "low. The [M:German] firm said nothing.",
     {"Baldrin Motoren|organization||||4"}},
    /* "according to the report": the body the article said wrote it */
    {"A report by the [O:National Audit Office] found delays. According to the report, costs "
     "rose by a third.",
     {"National Audit Office|organization||||2"}},
    {"The [O:Harbour Board]'s annual report came out on Monday. According to the report, "
     "traffic fell.",
     {"Harbour Board|organization||||2"}},
    /* ... two bodies' reports, or none named: nobody */
    {"A report by the [O:National Audit Office] found delays. A report by [O:Acme Consulting] "
     "found none. According to the report, costs rose by a third.",
     {"National Audit Office|organization||||1", "Acme Consulting|organization||||1"}},
    {"[O:Acme Consulting] fell. According to the report, costs rose by a third.",
     {"Acme Consulting|organization||||1"}},
    /* a person's appositive never makes a body of them */
    {"[P:Kees Janssen], a crane operator who has worked at the port for years, said he was "
     "tired.",
     {"Kees Janssen|person||||*"}},
    /* "Name of BODY": the body the person is named with */
    {"[P:Sofia Brandt] of [O:Pareto Securities] disagreed. Dr. [P:Omar Hassan] of the "
     "[O:University of Nairobi] agreed.",
     {"Sofia Brandt|person|||Pareto Securities|1",
      "Omar Hassan|person|Dr.||University of Nairobi|1"}},
    /* "chief executive of BODY", "chief operating officer of BODY": the
     * title's head takes the body as the person's org */
    {"[P:Lena Berg], chief executive of [O:Norvik Bank], said rates would rise. [P:Ivo Sand], "
     "chief operating officer of [O:Halden Freight], agreed.",
     {"Lena Berg|person|chief executive||Norvik Bank|1",
      "Ivo Sand|person|chief operating officer||Halden Freight|1"}},
    /* "BODY's chief executive" before or after the name: the body is the
     * person's org; a name that only owns the next one gives none */
    {"[P:Ola Dahl], [O:Halden Freight]'s chief executive, said the deal was done. "
     "[O:Norvik Bank]'s spokeswoman, [P:Ida Moe], agreed.",
     {"Ola Dahl|person|chief executive||Halden Freight|1",
      "Ida Moe|person|spokeswoman||Norvik Bank|1"}},
    {"The panel chose [O:Kestrel TV]'s [P:Ana Ruiz], [O:Delta News]'s [P:Tom Berg] and others.",
     {"Ana Ruiz|person||||1", "Tom Berg|person||||1"}},
    /* the name after a job and "at" is the employer, unless a place */
    {"[P:Henrik Aas], an analyst at [L:Fjord Markets], said sales fell. [P:Ada Lind], a "
     "professor at [L:Oslo], disagreed.",
     {"Fjord Markets|organization||||1", "Henrik Aas|person|analyst||Fjord Markets|1",
      "!Oslo"}},
    /* a company by the first word of its name, tagged a person that no
     * one in the article is */
    {"[O:Harwick Mutual Insurance Co] said on Monday that hackers stole data. [P:Harwick] said "
     "it would offer free credit monitoring.",
     {"Harwick Mutual Insurance Co|organization||||*", "!Harwick"}},
    /* ... but a person who bears it keeps it */
    {"[O:Harwick Mutual Insurance Co] said on Monday that hackers stole data. [P:Jo Harwick], "
     "a customer, was angry. [P:Harwick] said she would sue.",
     {"Harwick Mutual Insurance Co|organization||||*", "Jo Harwick|person||||3"}},
    /* a nickname in quotation marks inside a name keeps it one person, and
     * the surname later is that person */
    {"The try came from [P:Joe] \"the [M:Bull]\" [P:Hartigan] in the last minute. [P:Hartigan] "
     "said the lads kept going.",
     {"Joe \"the Bull\" Hartigan|person||||2", "!Joe", "!Hartigan"}},
    /* a headline's preposition opens no group's name */
    {"Council approves bike lanes despite traders' protest\n\nThe traders said they would "
     "appeal.",
     {"!despite traders", "traders|group||||*"}},
    /* a national news agency keeps its demonym; so does a union the
     * tagger called MISC, apostrophe and all */
    {"The [O:Saudi Press Agency] said the port had reopened. The [M:Korean Dock Workers' "
     "Union] said its members would return.",
     {"Saudi Press Agency|organization||||*", "Korean Dock Workers' Union|organization||||*",
      "!Press Agency"}},
    /* a British councillor's title is no part of the name; a day after a
     * council's "on" is when it acted, not its remit */
    {"The plan was approved by [O:Harbour Borough Council] on Tuesday night. [P:Cllr Ann "
     "Birch] voted against it.",
     {"Harbour Borough Council|organization||||1", "Ann Birch|person|Cllr|||1"}},
    /* so after the plural job, capitalised where the sentence opens */
    {"Shares fell. Analysts at [L:Fjord Markets] cut their target, and economists at "
     "[L:Harbour Lane Capital] agreed.",
     {"Fjord Markets|organization||||*", "Harbour Lane Capital|organization||||*"}},
    /* A body named only in lower case, as a speaker or as the author of a
     * report, is an actor of its own; a place it is only in is not. */
    {"A 2023 review by the state rail regulator found that 30 bridges needed repairs. The "
     "city expects to finish the work by June.",
     {"state rail regulator|organization||||1", "city|organization||||1"}},
    /* a country's possessive opens such a phrase too; a bare "the ministry"
     * later is the ministry named in lower case before */
    {"[L:Norway]'s energy ministry said output would rise. Prices fell in May. Rain fell in "
     "June. Snow came early. The ministry expects output to grow. A 2024 audit by the "
     "national treasury found waste.",
     {"energy ministry|organization||NO||2", "national treasury|organization||||1"}},
    {"Crowds filled the city as the council met. Fans in the city said the night was long. "
     "The company said sales fell.",
     {"!city", "!council", "!company"}},
    /* A company with and without its legal form is one body, named in full. */
    {"[O:Corvane Systems] cut jobs. [O:Corvane Systems Inc.] said on Monday that sales fell. "
     "[O:Corvane] will close a plant. [O:Brightwell Ltd] and [O:Brightwell] agreed.",
     {"Corvane Systems Inc.|organization||||3", "Brightwell Ltd|organization||||2",
      "!Corvane Systems", "!Brightwell"}},
    /* "the ministry" is not an office named before, nor a commission */
    {"A report by the [O:National Audit Office] found that the health ministry had overspent. "
     "The ministry said the figures were wrong. The [O:Energy Commission] met. The "
     "department declined to comment.",
     {"National Audit Office|organization||||1", "Energy Commission|organization||||1"}},
    /* a role that acts is a person of their own for the "she" after it
     * only when its word allows her */
    {"The chairman paced the room for an hour. \u201cWe will win,\u201d she said.",
     {"!chairman"}},
    {"The chairwoman paced the room for an hour. \u201cWe will win,\u201d she said.",
     {"chairwoman|person||||2"}},
    /* the agency a dateline credits wrote the story; it acts in it only
     * when the story names it again */
    {"[L:OSLO] ([O:Wire]) - [O:Nordvik Energy] said on Monday it would close two plants.",
     {"!Wire", "Nordvik Energy|organization||||1"}},
    {"[L:OSLO] ([O:Wire]) - [O:Nordvik Energy] closed two plants, [O:Wire] reported.",
     {"Wire|organization||||2"}},
    /* Nordic, Dutch and European forms too: "AB", "ASA", "Oyj", "BV", "SE" */
    {"[O:Nordvik Energy AB] closed two plants. [O:Nordvik Energy] said demand fell. "
     "[O:Halvorsen ASA] and [O:Halvorsen] agreed. [O:Kestila Oyj] and [O:Kestila] left.",
     {"Nordvik Energy AB|organization||||2", "Halvorsen ASA|organization||||2",
      "Kestila Oyj|organization||||2", "!Nordvik Energy", "!Halvorsen", "!Kestila"}},
    /* A party label names no body; party members who act are one group. */
    {"PHOENIX - [O:Democrat] [P:Lena Moreau] beat [M:Republican] [P:Dale Hutch] on Tuesday. "
     "[M:Republicans] kept control of the state [O:Senate], [P:Moreau] said.",
     {"!Democrat", "!Republican", "#Republicans", "Lena Moreau|person||||2"}},
    /* A rank and a country inside a title: the whole title, the country too. */
    {"\"He lied,\" Assistant [L:U.S.] Attorney [P:Owen Marsh] told the court.",
     {"Owen Marsh|person|Assistant U.S. Attorney|US||1"}},
    /* A state's own body is not the nation's. */
    {"[P:Karen Voss] said Republicans kept control of the state [O:Senate] in [L:Arizona].",
     {"state Senate|organization||||1", "!Senate"}},
    /* People are not "in" someone: a big city tagged as a person is a place. */
    {"Police in [P:Lyon] said 40 tractors had blocked a ring road.", {"!Lyon"}},
    /* The seat of a body speaks for the body, not its country. */
    {"The [O:European Union] drafted new tariffs. [L:Kyiv] welcomed them, while [L:Brussels] "
     "said more measures were ready.",
     {"European Union|organization||||*", "!Belgium"}},
    /* A question's verb run into a place is no person. */
    {"Question: [P:Will Russia] respond with its own measures?", {"!Will Russia"}},
    /* A transcript's speaker labels name people the tagger missed; a label
     * used once, or a word like "Question", does not. */
    {"Morvek: We will not change course.\nQuestion: Will you respond?\nMorvek: The "
     "president decides.\nQuestion: When?\nUpdate: Talks resumed.",
     {"Morvek|person||||2", "#Morvek", "!Question", "!Update"}},
    {"Talvik Oranu: Prices rose again.\nBut markets held.\nTalvik Oranu: We expect more.",
     {"Talvik Oranu|person||||2"}},
    {"Exclusive: Prices rose again.\nMarkets held.", {"!Exclusive"}},
    /* A capital speaks past a relative clause: "Oslo, which ..., said". */
    {"[L:Oslo], which has long watched the fishing fleets, said it would send a ship.",
     {"Norway|country||NO||*"}},
    /* A surname the tagger missed is still a mention of the person. */
    {"[P:Denise Harrow] took the stand. Harrow said she kept copies. Harrow wept.",
     {"Denise Harrow|person||||4", "!Harrow"}},
    /* "the" before a body whose first word is also a first name: a body. */
    {"The Turkish [O:Red Crescent] said it had set up 900 tents.",
     {"Red Crescent|organization||TR||*"}},
    /* Two countries' bodies of one name stay apart. */
    {"[L:Norway]'s [O:Foreign Ministry] protested. The Chilean [O:Foreign Ministry] said it "
     "would reply on Monday.",
     {"Foreign Ministry|organization||CL||2"}},
    /* "Officer" tagged into the name is a title. */
    {"Chief Financial [P:Officer Dana Kolb] said inventory was high.",
     {"Dana Kolb|person|Officer|||1", "!Officer Dana Kolb"}},
    /* Words opening a sentence inside a quote are no names. */
    {"\"[P:Maybe] next year. [P:So] did I. [P:I. So] did everyone,\" [P:Rolf Amsel] said.",
     {"!Maybe", "!So", "!I. So", "Rolf Amsel|person||||1"}},
    /* "she" after a quote of several sentences reaches back to where it opened. */
    {"[P:Ada Lund] shrugged. \"A boat. A house. Nothing at all,\" she says.",
     {"Ada Lund|person||||2"}},
    /* ... and so does one opening the paragraph after a long quote. */
    {"[P:Vera Holm] spoke first.\n\"I was afraid. I kept copies. I told nobody. Not even my "
     "husband.\"\nShe said the files are safe.",
     {"Vera Holm|person||||2"}},
    /* A lone surname shared by two people is the one named before it, and
     * in a headline over both the one named first. */
    {"[P:Costa] signs for Villa\n[P:Rafael Costa] scored twice. [P:Costa] left early. Club "
     "president [P:Nuno Costa] said the fee was fair.",
     {"Rafael Costa|person||||3", "Nuno Costa|person|president|||1"}},
    /* "Florida Attorney" tagged apart from "General Mark Ellison": the
     * state, and the title of the name after it. */
    {"[O:Florida Attorney] General [P:Mark Ellison] said his office would review the deal. "
     "[L:Florida] has 67 counties.",
     {"Mark Ellison|person|Attorney General||Florida|*", "!Florida Attorney", "!Florida"}},
    /* A company's first word alone is its short name, also when a small
     * town has it too ("Northfield") or a surname ("Carvalho"); never a
     * state's name. */
    {"[O:Northfield Markets Inc] agreed to buy [O:Carvalho Foods]. [L:Northfield] said the "
     "deal would close in May. [P:Carvalho] shares rose.",
     {"Northfield Markets Inc|organization||||2", "Carvalho Foods|organization||||2",
      "!Northfield", "!Carvalho"}},
    {"[O:Texas Foods] cut 300 jobs. [L:Texas] has lost 9,000 jobs this year.",
     {"Texas Foods|organization||||1"}},
    /* A company's name, then a title and a name, tagged as one body or
     * with the title on the body's side: the company, and the person. */
    {"[O:Carvalho Foods] agreed. [O:Carvalho Chief Executive] [P:Luis Andrade] will stay. "
     "[O:Federal Reserve Governor Lisa Cook] spoke.",
     {"Carvalho Foods|organization||||2", "Luis Andrade|person|Chief Executive||Carvalho|1",
      "Lisa Cook|person|Governor||Federal Reserve|1", "Federal Reserve|organization||||1",
      "!Carvalho Chief Executive", "!Federal Reserve Governor Lisa Cook"}},
    /* A party named by its members ("Christian Democrats") tagged as a
     * person is one body, not a person and a group. */
    {"His [P:Christian Democrats] argued for months. The [P:Free Democrats] said the plan "
     "was wrong.",
     {"Christian Democrats|organization||||*", "#Christian Democrats", "#Free Democrats"}},
    /* A word that ends bodies' names after a title is no person's name. */
    {"Fans watched the Premier [O:League] all night.", {"League|organization||||1"}},
    /* A name after a word for a place and "of" is that place. */
    {"A fire killed one woman in the suburb of [P:Patima Dervou]. [P:Eleni Markou] fled the "
     "village of [P:Ano Liosia].",
     {"!Patima Dervou", "!Ano Liosia", "Eleni Markou|person||||1"}},
    /* "the village of X said": the place speaks as its local government;
     * a place after "the town of" that does not act stays a place. */
    {"The village of [L:Marrowby] said on Friday that its bridge would reopen. Farmers in the "
     "town of [L:Corliss] were pleased.",
     {"Marrowby|organization||||2", "!Corliss"}},
    /* A body named after its place, the place tagged alone: the whole name
     * is the body; a place before a capitalised word that heads no body
     * stays a place. */
    {"The [L:Vermont Fisheries] Division said it would restock the lakes. [L:Vermont] Maple "
     "Farms said nothing.",
     {"Vermont Fisheries Division|organization||||*", "!Vermont Maple Farms"}},
    /* "the city council voted": two body words name one body, headed by the
     * last, and the body acts whatever its verb */
    {"In [L:Dunmore], the city council voted on Tuesday to close the old pool.",
     {"city council|organization||||1", "!city"}},
    /* A body the tagger missed, named in capitals up to a head word, then
     * called by the head alone; a head after a preposition is no subject. */
    {"The Coastal Rowing Federation approved two new clubs on Monday. The federation said the "
     "clubs would row in May. Fans of the Harbour Darts Association were not surprised.",
     {"Coastal Rowing Federation|organization||||2", "!Harbour Darts Association"}},
    /* A firm introduced by what it is ("the music service Stemma", "the
     * trucking company, Redline Logistics,") is a body, though a number
     * follows it ("fined ... Corvane 1.2 billion euros") or the tagger
     * later takes its name for a person's. */
    {"Regulators fined the technology company [O:Corvane] 1.2 billion euros on Tuesday. "
     "[P:Corvane] said it would appeal.",
     {"Corvane|organization||||*", "#Corvane"}},
    {"Complaints came from the music service [P:Stemma].", {"Stemma|organization||||1"}},
    {"The trucking company, [P:Redline Logistics], said it was cooperating. The company said "
     "the driver had a clean record.",
     {"Redline Logistics|organization||||*"}},
    {"A spokesman for the company, [P:Mark Tolland], said the plant would reopen.",
     {"Mark Tolland|person||||1"}},
    /* after "a spokeswoman for the drug's maker," a name of more than one
     * word that ends on no family name is the maker; one that does, or a
     * lone surname, is the spokeswoman */
    {"A spokeswoman for the drug's maker, [P:Halden Pharma], said the trial would go on.",
     {"Halden Pharma|organization||||1"}},
    {"A spokeswoman for the drug's maker, [P:Okoro Miller], said the trial would go on.",
     {"Okoro Miller|person||||1"}},
    /* A body the tagger calls MISC, its name ending as bodies' names do,
     * is a body; other MISC names (an event) are no actor. */
    {"The [M:World Food Programme] said it was sending rice. A poll by [M:Harmon & Pratt "
     "Associates] gave her a lead before the [M:Harvest Festival].",
     {"World Food Programme|organization||||2", "Harmon & Pratt Associates|organization||||1",
      "!Harvest Festival"}},
    /* A sea the gazetteer knows, tagged as a body, is water: no actor, so
     * "the agency" after it finds the agency named before. */
    {"The weather service, [O:PAGASA], said the storm was over the [O:South China Sea]. The "
     "agency said rain would continue.",
     {"!South China Sea", "PAGASA|organization||||*"}},
    /* "the Commission" after "the European Commission" is that body; after
     * two commissions it is neither. */
    {"The [O:European Commission] fined the bank on Monday. The [O:Commission] said the bank "
     "had broken the rules.",
     {"European Commission|organization||||2", "!Commission"}},
    {"The [O:Federal Trade Commission] and the [O:Maritime Commission] met on Monday. The "
     "[O:Commission] said nothing.",
     {"Federal Trade Commission|organization||||1", "Commission|organization||||1"}},
    /* A body named for its numbers ("according to LSEG data") neither is
     * nor takes "the company" or a pronoun after it. */
    {"[O:Pellworth Inc] shares rose on Tuesday. Revenue beat forecasts, according to [O:LSEG] "
     "data. \"Customers love their new tools,\" a manager said. The company said margins fell.",
     {"Pellworth Inc|organization||||3", "LSEG|organization||||1"}},
    /* "Tomas Ibarra of Kestrel Research": a research firm, and his */
    {"\"It is a buy,\" said [P:Tomas Ibarra] of [P:Kestrel Research].",
     {"Kestrel Research|organization||||1", "Tomas Ibarra|person|||Kestrel Research|1"}},
    /* a body named after what it is ("a watchdog group, Civic Lantern,")
     * is that body by its whole name later, though tagged a person, and
     * "the director of" it is its person */
    {"The city gave the records to a local watchdog group, [P:Civic Lantern], after a lawsuit. "
     "[P:Ana Ruiz], the director of [P:Civic Lantern], said the files showed waste. [P:Civic "
     "Lantern] plans to publish the files.",
     {"Civic Lantern|organization||||3", "Ana Ruiz|person|director||Civic Lantern|1"}},
    /* Two first names and a surname the gazetteer lacks: the surname named
     * alone elsewhere is no headline word run on, so the full name stays
     * whole (and "Ana Lucia" alone elsewhere does not cut it). */
    {"[P:Ana Lucia Paredes] buys fish at dawn. [O:Paredes], 51, said the sea was rough. "
     "\"[P:Ana Lucia] is the best,\" a fisherman said.",
     {"Ana Lucia Paredes|person||||*", "!Ana Lucia Paredes Paredes"}},
    /* A law is no actor, whatever the tagger took its name for: "the Clean
     * Harbours Act" (tagged in part, as a person), "the Fair Rent Act" */
    {"Regulators said the firm broke the Clean [P:Harbours Act] in May. The [O:Fair Rent Act] "
     "forbids it, [P:Nadia Osei] said.",
     {"!Harbours Act", "!Fair Rent Act", "Nadia Osei|person||||1"}},
    /* A name the tagger missed after a word for a kind of body ("the
     * research firm X", "the analytics provider X") is that body when it is
     * the source; a title there is no name. */
    {"Freight rates doubled in May, according to the shipping data firm Marlowe. The analytics "
     "provider Quillon Partners said the rise would not last. The company Chief Executive [P:Rosa "
     "Lind] said so too.",
     {"Marlowe|organization||||1", "Quillon Partners|organization||||1", "!Chief Executive"}},
    /* "the health ministry" is the "Ministry of Health" named before, "the
     * statistics office" the "Office for National Statistics" */
    {"The [O:Ministry of Health] said cases rose. The health ministry said later that the figures "
     "were provisional. The [O:Office for National Statistics] said prices rose. The statistics "
     "office said food prices fell.",
     {"Ministry of Health|organization||||2", "Office for National Statistics|organization||||2",
      "!health ministry", "!statistics office"}},
    /* "the Bank" is the "Bank of England" named before, but not when two
     * banks of that kind were */
    {"The [O:Bank of England] held rates. The [O:Bank] said inflation would fall.",
     {"Bank of England|organization||||2", "!Bank"}},
    {"The [O:Bank of England] held rates and the [O:Bank of Japan] cut. The [O:Bank] said "
     "inflation would fall.",
     {"Bank of England|organization||||1", "Bank of Japan|organization||||1"}},
    /* a lone surname of a person named in full is the person, though a
     * body named after the family has the word first */
    {"[P:Donald Trump] spoke about [O:Trump University]. [P:Trump] said the case was a "
     "disgrace.",
     {"Donald Trump|person||||2", "Trump University|organization||||1"}},
    /* "forecast" and "conclude" report, so their subjects speak */
    {"Economists forecast a rise of 2.3%. Researchers concluded that the drug worked.",
     {"economists|group||||1", "researchers|group||||1"}},
    /* "the club" is a club named before, no other body */
    {"[O:FC Porto] beat [O:Benfica] on Sunday. The club said the coach would stay.",
     {"FC Porto|organization||||2"}},
    {"[O:Brenvik Radio] interviewed the owner. The club said the terrace would reopen.",
     {"Brenvik Radio|organization||||1"}},
    /* ... and as the author of a report that is the source */
    {"According to a report by the consultancy Arvell, the line could carry 9 million people.",
     {"Arvell|organization||||1"}},
    /* A storm's name is no person: "Halani" after "Typhoon Halani" */
    {"[L:Typhoon Halani] hit the north. [P:Halani] made landfall on Sunday, officials said.",
     {"!Halani", "!Typhoon Halani", "officials|group||||1"}},
    {"[P:Hurricane Mara] weakened. Residents of [L:Storm Lake] said [P:Mara] had spared them.",
     {"!Mara", "!Hurricane Mara", "!Storm Lake", "residents|group||||*"}},
};

/* Strip the markup into plain text and entity spans. */
static char *unmark(const char *in, struct bl_entity *ents, size_t *nents, size_t cap)
{
    size_t n = strlen(in), o = 0, open = 0;
    char *out = malloc(n + 1);
    int type = 0;
    assert_non_null(out);
    *nents = 0;
    for (size_t i = 0; i < n; i++) {
        if (in[i] == '[' && i + 2 < n && in[i + 2] == ':') {
            switch (in[i + 1]) {
            case 'P':
                type = BL_ENT_PERSON;
                break;
            case 'O':
                type = BL_ENT_ORGANIZATION;
                break;
            case 'L':
                type = BL_ENT_LOCATION;
                break;
            default:
                type = BL_ENT_MISC;
                break;
            }
            open = o;
            i += 2;
            continue;
        }
        if (in[i] == ']') {
            assert_true(*nents < cap);
            ents[*nents].span.start = open;
            ents[*nents].span.end = o;
            ents[*nents].type = type;
            ents[*nents].actor = -1;
            ents[*nents].location = -1;
            (*nents)++;
            continue;
        }
        out[o++] = in[i];
    }
    out[o] = '\0';
    return out;
}

/* Run tokens, sentences and the actors stage over text with the given
 * entities (copied into the doc). */
static bl_doc *run_marked(const char *text, const struct bl_entity *ents, size_t nents)
{
    bl_doc *d = NULL;
    assert_int_equal(bl_doc_create(text, strlen(text), &d, NULL), BL_OK);
    assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, NULL), BL_OK);
    d->ents = malloc((nents ? nents : 1) * sizeof *d->ents);
    assert_non_null(d->ents);
    memcpy(d->ents, ents, nents * sizeof *ents);
    d->nents = nents;
    d->done |= BL_STAGE_ENTITIES;
    assert_int_equal(bl_actors_run(models, d), BL_OK);
    return d;
}

static void titles_str(const struct bl_actor *a, char *buf, size_t cap)
{
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < a->ntitles && o < cap; i++)
        o += (size_t)snprintf(buf + o, cap - o, "%s%s", i ? ";" : "", a->titles[i]);
}

static bool field_ok(const char *want, size_t wl, const char *got)
{
    if (wl == 1 && want[0] == '*')
        return true;
    if (!got)
        got = "";
    return strlen(got) == wl && strncmp(want, got, wl) == 0;
}

/* The contract every result keeps. */
static void check_invariants(const bl_doc *d)
{
    size_t na, ne;
    const struct bl_actor *a = bl_doc_actors(d, &na);
    const struct bl_entity *e = bl_doc_entities(d, &ne);
    size_t len, nl;
    const char *text = bl_doc_text(d, &len);

    /* the most salient actor kept is the measure of the others */
    if (na)
        assert_true(a[0].salience == 1.0);
    for (size_t i = 0; i < na; i++) {
        assert_non_null(a[i].name);
        assert_true(a[i].name[0] != '\0');
        assert_true(a[i].salience >= 0.0 && a[i].salience <= 1.0);
        if (i)
            assert_true(a[i].salience <= a[i - 1].salience);
        assert_true(a[i].nmentions >= 1);
        if (a[i].affiliation)
            assert_int_equal(strlen(a[i].affiliation), 2);
        for (size_t m = 0; m < a[i].nmentions; m++) {
            struct bl_span s = a[i].mentions[m];
            assert_true(s.start < s.end && s.end <= len);
            if (m) {
                struct bl_span p = a[i].mentions[m - 1];
                assert_true(p.start < s.start || (p.start == s.start && p.end < s.end));
            }
            /* bl_actor_at finds some actor over every mention */
            assert_true(bl_actor_at(d, s.start, s.end) >= 0);
        }
        /* names carry no possessive, but for a firm named with its "'s"
         * ("McDonald's"), which then has it in every mention */
        nl = strlen(a[i].name);
        if (nl >= 2 && a[i].name[nl - 1] == 's' &&
            (a[i].name[nl - 2] == '\'' || (unsigned char)a[i].name[nl - 2] == 0x99)) {
            assert_int_equal(a[i].kind, BL_ACTOR_ORGANIZATION);
            for (size_t m = 0; m < a[i].nmentions; m++) {
                struct bl_span s = a[i].mentions[m];
                assert_true(s.end - s.start >= 2 && text[s.end - 1] == 's' &&
                            (text[s.end - 2] == '\'' || (unsigned char)text[s.end - 2] == 0x99));
            }
        }
    }
    for (size_t i = 0; i < ne; i++) {
        int ai = e[i].actor;
        bool hit = false;
        if (ai < 0)
            continue;
        assert_true((size_t)ai < na);
        for (size_t m = 0; m < a[ai].nmentions; m++)
            if (a[ai].mentions[m].start < e[i].span.end && a[ai].mentions[m].end > e[i].span.start)
                hit = true;
        if (!hit)
            fail_msg("entity '%.*s' refers to a%d (%s) with no mention over it",
                     (int)(e[i].span.end - e[i].span.start), text + e[i].span.start, ai + 1,
                     a[ai].name);
    }
}

/* Check one expectation line against the actors of d; where names the
 * article in messages. */
static void check_want(const bl_doc *d, const char *where, const char *want)
{
    size_t na;
    const struct bl_actor *a = bl_doc_actors(d, &na);
    const char *r = where;
    const char *f[6] = {"", "", "", "", "", ""};
    size_t fl[6] = {0}, nf = 0, i;
    bool found = false;
    if (want[0] == '#') { /* "#Name": exactly one actor of that name */
        size_t same = 0;
        for (i = 0; i < na; i++)
            same += strcmp(a[i].name, want + 1) == 0;
        if (same != 1)
            fail_msg("%s: %zu actors named '%s', want 1", r, same, want + 1);
        return;
    }
    if (want[0] == '!') {
        for (i = 0; i < na; i++)
            if (strcmp(a[i].name, want + 1) == 0)
                fail_msg("%s: unexpected actor '%s'", r, want + 1);
        return;
    }
    for (const char *p = want; nf < 6; nf++) {
        const char *bar = strchr(p, '|');
        f[nf] = p;
        fl[nf] = bar ? (size_t)(bar - p) : strlen(p);
        if (!bar) {
            nf++;
            break;
        }
        p = bar + 1;
    }
    assert_int_equal(nf, 6);
    for (i = 0; i < na && !found; i++) {
        char titles[256], mentions[16];
        if (!field_ok(f[0], fl[0], a[i].name))
            continue;
        found = true;
        titles_str(&a[i], titles, sizeof titles);
        (void)snprintf(mentions, sizeof mentions, "%zu", a[i].nmentions);
        if (!field_ok(f[1], fl[1], bl_actor_kind_name(a[i].kind)) ||
            !field_ok(f[2], fl[2], titles) || !field_ok(f[3], fl[3], a[i].affiliation) ||
            !field_ok(f[4], fl[4], a[i].org) || !field_ok(f[5], fl[5], mentions))
            fail_msg("%s: want %s, got %s|%s|%s|%s|%s|%zu", r, want, a[i].name,
                     bl_actor_kind_name(a[i].kind), titles,
                     a[i].affiliation ? a[i].affiliation : "", a[i].org ? a[i].org : "",
                     a[i].nmentions);
    }
    if (!found) {
        (void)fprintf(stderr, "%s actors:", r);
        for (i = 0; i < na; i++)
            (void)fprintf(stderr, " [%s]", a[i].name);
        (void)fprintf(stderr, "\n");
        fail_msg("%s: no actor for %s", r, want);
    }
}

static void test_rows(void **state)
{
    (void)state;
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        struct bl_entity ents[32];
        size_t nents;
        char where[32];
        char *text = unmark(rows[r].text, ents, &nents, 32);
        bl_doc *d = run_marked(text, ents, nents);

        (void)snprintf(where, sizeof where, "row %zu", r);
        check_invariants(d);
        for (size_t w = 0; w < 8 && rows[r].want[w]; w++)
            check_want(d, where, rows[r].want[w]);
        bl_doc_free(d);
        free(text);
    }
}

/* ---- Fixture articles ----------------------------------------------------
 * tests/fixtures/actors/NAME.txt is an article marked up as above and
 * NAME.expect its expected actors, one line each ('#' starts a comment). */

#define FIXTURE_DIR "tests/fixtures/actors"

static char *slurp(const char *path)
{
    char *buf;
    size_t len;
    return bl_file_read(path, 0, &buf, &len, NULL) == BL_OK ? buf : NULL;
}

/* ACTORS_DUMP=1 prints what the stage found, to write or fix an .expect. */
static void dump(const bl_doc *d, const char *name)
{
    size_t na, len;
    const struct bl_actor *a = bl_doc_actors(d, &na);
    const char *text = bl_doc_text(d, &len);
    char titles[256];
    for (size_t i = 0; i < na; i++) {
        titles_str(&a[i], titles, sizeof titles);
        (void)printf("%s: %s|%s|%s|%s|%s|%zu  %.3f :", name, a[i].name,
                     bl_actor_kind_name(a[i].kind), titles,
                     a[i].affiliation ? a[i].affiliation : "", a[i].org ? a[i].org : "",
                     a[i].nmentions, a[i].salience);
        for (size_t m = 0; m < a[i].nmentions; m++)
            (void)printf(" [%.*s]", (int)(a[i].mentions[m].end - a[i].mentions[m].start),
                         text + a[i].mentions[m].start);
        (void)printf("\n");
    }
}

static void test_fixtures(void **state)
{
    static const char *const names[] = {"port-strike", "border-talks", "tech-merger"};
    (void)state;
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        char path[256];
        struct bl_entity ents[128];
        size_t nents;
        char *marked, *expect, *text, *line, *save = NULL;
        bl_doc *d;

        (void)snprintf(path, sizeof path, FIXTURE_DIR "/%s.txt", names[k]);
        marked = slurp(path);
        if (!marked)
            fail_msg("cannot read %s (run the tests from the repository root)", path);
        (void)snprintf(path, sizeof path, FIXTURE_DIR "/%s.expect", names[k]);
        expect = slurp(path);
        assert_non_null(expect);
        text = unmark(marked, ents, &nents, 128);
        d = run_marked(text, ents, nents);
        if (getenv("ACTORS_DUMP"))
            dump(d, names[k]);
        check_invariants(d);
        for (line = strtok_r(expect, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
            if (line[0] && line[0] != '#')
                check_want(d, names[k], line);
        bl_doc_free(d);
        free(text);
        free(expect);
        free(marked);
    }
}

/* Pronouns and quotes find their actor through bl_actor_at. */
static void test_actor_at(void **state)
{
    struct bl_entity ents[8];
    size_t nents, na;
    char *text = unmark("[L:Kremlin] spokesperson [P:Oleg Sorokin] said talks would go on. "
                        "He did not say when.",
                        ents, &nents, 8);
    bl_doc *d = run_marked(text, ents, nents);
    const struct bl_actor *a = bl_doc_actors(d, &na);
    const char *he = strstr(text, "He did");
    const char *full = strstr(text, "Kremlin spokesperson Oleg Sorokin");
    int ai;

    (void)state;
    ai = bl_actor_at(d, (size_t)(he - text), (size_t)(he - text) + 2);
    assert_true(ai >= 0);
    assert_string_equal(a[ai].name, "Oleg Sorokin");
    /* The whole source span: the person, not the Kremlin, wins. */
    ai = bl_actor_at(d, (size_t)(full - text),
                     (size_t)(full - text) + strlen("Kremlin spokesperson Oleg Sorokin"));
    assert_true(ai >= 0);
    assert_string_equal(a[ai].name, "Oleg Sorokin");
    assert_int_equal(bl_actor_at(d, 0, 0), -1);
    assert_int_equal(bl_actor_at(d, strlen(text) - 3, strlen(text)), -1);
    /* The entity points at its actor, and the ranking is by salience. */
    assert_true(d->ents[1].actor >= 0);
    assert_string_equal(a[d->ents[1].actor].name, "Oleg Sorokin");
    assert_true(a[0].salience == 1.0);
    bl_doc_free(d);
    free(text);
}

/* "The United Nations children's agency UNICEF said": of two bodies apart
 * in one source phrase the last heads it, the first modifies it, however
 * long its name. */
static void test_actor_at_head(void **state)
{
    struct bl_entity ents[8];
    size_t nents, na;
    char *text = unmark("The [O:United Nations Development Programme] relief agency [O:UNRA] "
                        "said aid was late.",
                        ents, &nents, 8);
    bl_doc *d = run_marked(text, ents, nents);
    const struct bl_actor *a = bl_doc_actors(d, &na);
    const char *src = strstr(text, " said");
    int ai;

    (void)state;
    ai = bl_actor_at(d, 0, (size_t)(src - text));
    assert_true(ai >= 0);
    assert_string_equal(a[ai].name, "UNRA");
    bl_doc_free(d);
    free(text);
}

/* `"Marco saved us," he said. "Nobody told him to."`: the one who closes a
 * quote with "he said" is no one named inside it, and the "him" in the quote
 * he goes on with is someone other than him. */
static void test_quote_pronouns(void **state)
{
    struct bl_entity ents[8];
    size_t nents, na;
    char *text = unmark("Coach [P:Peter Hale] singled out his goalkeeper, [P:Marco Ferri]. "
                        "\"[P:Marco] saved us three times,\" he said. \"Nobody told him to come "
                        "off his line.\"",
                        ents, &nents, 8);
    bl_doc *d = run_marked(text, ents, nents);
    const struct bl_actor *a = bl_doc_actors(d, &na);
    const char *he = strstr(text, "he said"), *him = strstr(text, "him to");
    int ai;

    (void)state;
    ai = bl_actor_at(d, (size_t)(he - text), (size_t)(he - text) + 2);
    assert_true(ai >= 0);
    assert_string_equal(a[ai].name, "Peter Hale");
    ai = bl_actor_at(d, (size_t)(him - text), (size_t)(him - text) + 3);
    assert_true(ai >= 0);
    assert_string_equal(a[ai].name, "Marco Ferri");
    bl_doc_free(d);
    free(text);
}

static void test_metonymic(void **state)
{
    struct bl_entity ents[8];
    size_t nents;
    char *text =
        unmark("[L:Moscow] hinted at talks. Tourists visited [L:Moscow].", ents, &nents, 8);
    bl_doc *d = run_marked(text, ents, nents);
    (void)state;
    assert_true(bl_actor_is_metonymic(models->gz, d, 0));
    assert_false(bl_actor_is_metonymic(models->gz, d, 1));
    assert_true(d->ents[0].actor >= 0);
    assert_int_equal(d->ents[1].actor, -1);
    assert_false(bl_actor_is_metonymic(models->gz, d, 7));
    bl_doc_free(d);
    free(text);
}

/* ---- Whole pipeline over odd inputs ------------------------------------- */

static void run_full(const char *text, size_t len)
{
    bl_doc *d = NULL;
    assert_int_equal(bl_doc_create(text, len, &d, NULL), BL_OK);
    assert_int_equal(bl_doc_analyze(d, models, BL_STAGE_ACTORS, NULL), BL_OK);
    check_invariants(d);
    bl_doc_free(d);
}

static void test_odd_inputs(void **state)
{
    static const char *const odd[] = {
        "",
        "Trump",
        "he",
        "he she they it its him her them his their the official the minister",
        "He said. She said. They said. It said.",
        "’s ’s ’s 's",
        ", , , and and the the",
        "President",
        "President Minister Secretary of State",
        "Officials officials officials said said said",
        "[[[ ]]] “” ‘’ — – … U.S. U.S. U.S.",
        "Kremlin spokesperson, head of, envoy to , ,",
        "Anna Keller, Tom Keller, Anna Keller, Keller, Keller’s, Kellers' said he she",
    };
    (void)state;
    for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++)
        run_full(odd[i], strlen(odd[i]));
}

static void test_megabyte_of_names(void **state)
{
    static const char *const first[] = {"Anna", "Tom", "Maria", "John", "Lena", "Paul"};
    static const char *const last[] = {"Keller", "Park", "Novak", "Reed", "Lopez", "Hart", "Weber"};
    size_t cap = 1u << 20, n = 0, k = 0;
    char *buf = malloc(cap + 64);
    (void)state;
    assert_non_null(buf);
    while (n < cap) {
        n += (size_t)snprintf(buf + n, 64, "%s %s%zu said he met %s. ", first[k % 6], last[k % 7],
                              k % 5000, last[(k + 3) % 7]);
        k++;
    }
    run_full(buf, n);
    /* only pronouns, a lot of them */
    for (n = 0; n + 8 < cap; n += 8) {
        static const char pair[8] = {'h', 'e', ' ', 's', 'h', 'e', ' ', ' '};
        memcpy(buf + n, pair, sizeof pair);
    }
    run_full(buf, n);
    free(buf);
}

/* Word soup from the words the stage reacts to, in random order: whatever
 * comes out must keep the contract. */
static void test_random_soup(void **state)
{
    static const char *const words[] = {
        "he",         "she",       "they",    "it",       "its",
        "his",        "their",     "the",     "official", "minister",
        "President",  "Secretary", "of",      "State",    "spokesperson",
        "envoy",      "head",      "Kremlin", "U.S.",     "officials",
        "critics",    "said",      "argue",   "insists",  "has",
        "controlled", "and",       ",",       ".",        "’s",
        "'s",         "Anna",      "Keller",  "Tom",      "Moscow",
        "Kyiv",       "Russia",    "Russian", "British",  "Prime",
        "Minister",   "“",         "”",       "however",  "with",
        "from",       "reporters", "fund",    "company",  "University",
        "Jr.",        "NATO",      "them",    "him",      "who",
        "that",       "—"};
    size_t nw = sizeof words / sizeof words[0];
    unsigned seed = 12345;
    char *buf = malloc(1 << 14);
    (void)state;
    assert_non_null(buf);
    for (int doc = 0; doc < 300; doc++) {
        size_t n = 0, len = 5 + (size_t)(doc % 400);
        for (size_t w = 0; w < len; w++) {
            const char *x;
            seed = seed * 1103515245u + 12345u;
            x = words[(seed >> 8) % nw];
            n += (size_t)snprintf(buf + n, (1 << 14) - n, "%s%s", w ? " " : "", x);
        }
        run_full(buf, n);
    }
    free(buf);
}

/* The actors of d, their mentions and each entity's actor, as one string;
 * caller frees. */
static char *actors_str(const bl_doc *d)
{
    size_t na, cap = 1 << 16, o = 0;
    const struct bl_actor *a = bl_doc_actors(d, &na);
    char *s = malloc(cap);
    assert_non_null(s);
    s[0] = '\0';
    for (size_t i = 0; i < na && o < cap; i++) {
        o += (size_t)snprintf(s + o, cap - o, "%s|%d|%.6f|%zu:", a[i].name, (int)a[i].kind,
                              a[i].salience, a[i].nmentions);
        for (size_t m = 0; m < a[i].nmentions && o < cap; m++)
            o += (size_t)snprintf(s + o, cap - o, " %zu-%zu", a[i].mentions[m].start,
                                  a[i].mentions[m].end);
        if (o < cap)
            o += (size_t)snprintf(s + o, cap - o, "\n");
    }
    for (size_t e = 0; e < d->nents && o < cap; e++)
        o += (size_t)snprintf(s + o, cap - o, "%d ", d->ents[e].actor);
    assert_true(o < cap);
    return s;
}

/* The stage keeps verb classes per spelling (d->tok_word) when the tagger
 * numbered the tokens: without the numbers it must find the same actors. */
static void test_verb_memo(void **state)
{
    static const char *const words[] = {
        "Anna",      "Keller",    "said",    "says",      "told",     "has",        "have",
        "denied",    "denies",    "warned",  "warning",   "stopped",  "studies",    "quickly",
        "reporters", "officials", "critics", "argue",     "insists",  "controlled", "would",
        "not",       "he",        "she",     "they",      "the",      "minister",   "Ivanov",
        "Moscow",    "Russian",   ",",       ".",         "“",        "”",          "with",
        "from",      "Kyiv",      "agreed",  "spoke",     "speaking", "Sørensen",   "naïve",
        "Ministry",  "of",        "Health",  "announced", "on",       "Monday"};
    size_t nw = sizeof words / sizeof words[0];
    unsigned seed = 4242;
    char *buf = malloc(1 << 14);
    (void)state;
    assert_non_null(buf);
    for (int doc = 0; doc < 60; doc++) {
        size_t n = 0, len = 20 + (size_t)(doc * 7 % 300);
        bl_doc *d = NULL;
        char *with, *without;
        for (size_t w = 0; w < len; w++) {
            const char *x;
            seed = seed * 1103515245u + 12345u;
            x = words[(seed >> 8) % nw];
            n += (size_t)snprintf(buf + n, (1 << 14) - n, "%s%s", w ? " " : "", x);
        }
        assert_int_equal(bl_doc_create(buf, n, &d, NULL), BL_OK);
        assert_int_equal(bl_doc_analyze(d, models, BL_STAGE_ACTORS, NULL), BL_OK);
        if (doc == 0)
            assert_non_null(d->tok_word); /* else this compares nothing */
        with = actors_str(d);
        free(d->tok_word);
        d->tok_word = NULL;
        d->nwords = 0;
        assert_int_equal(bl_actors_run(models, d), BL_OK);
        without = actors_str(d);
        assert_string_equal(with, without);
        free(with);
        free(without);
        bl_doc_free(d);
    }
    free(buf);
}

/* The models keep the word tables' first-letter indexes (built once at
 * load); models without them (m->actor_ix NULL) make them per document and
 * must find the same actors. */
static void test_index_at_load(void **state)
{
    static const char *const texts[] = {
        "A senior official said the talks had stalled. Police officers and residents gathered "
        "outside; a spokesman for the ministry declined to comment.",
        "The committee chairman, Anna Keller, told lawmakers that critics were wrong. Several "
        "analysts and two economists disagreed, the agency reported.",
        "Prime Minister Tom Okafor met union leaders and the health secretary on Friday. "
        "Doctors, nurses and teachers say the plan fails them, a person familiar with it said.",
        "Officials in Lund said the bridge was unsafe. Engineers from the university found "
        "cracks, and the mayor's office said repairs would start in March.",
    };
    struct bl_models plain = *models;
    (void)state;
    assert_non_null(models->actor_ix);
    plain.actor_ix = NULL;
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        bl_doc *d = NULL;
        char *with, *without;
        assert_int_equal(bl_doc_create(texts[k], strlen(texts[k]), &d, NULL), BL_OK);
        assert_int_equal(bl_doc_analyze(d, models, BL_STAGE_ACTORS, NULL), BL_OK);
        assert_true(d->nactors > 0);
        with = actors_str(d);
        assert_int_equal(bl_actors_run(&plain, d), BL_OK);
        without = actors_str(d);
        assert_string_equal(with, without);
        free(with);
        free(without);
        bl_doc_free(d);
    }
}

static int setup(void **state)
{
    (void)state;
    return bl_models_load(BL_DATADIR, &models, NULL) == BL_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    bl_models_free(models);
    return 0;
}

/* The word tables are searched by bisection: a word out of order is missed. */
static void test_tables_sorted(void **state)
{
    (void)state;
    assert_true(bl_actors_tables_sorted());
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),        cmocka_unit_test(test_fixtures),
        cmocka_unit_test(test_actor_at),
        cmocka_unit_test(test_actor_at_head),
        cmocka_unit_test(test_quote_pronouns),    cmocka_unit_test(test_metonymic),
        cmocka_unit_test(test_odd_inputs),  cmocka_unit_test(test_megabyte_of_names),
        cmocka_unit_test(test_random_soup),  cmocka_unit_test(test_tables_sorted),
        cmocka_unit_test(test_verb_memo),   cmocka_unit_test(test_index_at_load),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
