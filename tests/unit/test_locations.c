/* test_locations.c -- the locations stage over hand-built entities: population
 * prior, qualifiers ("Paris, Texas"), datelines, country vs US state,
 * metonymy ("Moscow hinted", teams), regions, gazetteer-only names, buildings,
 * roads and venues, one sense per article and grouping. The sentences are
 * written for this test. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bl_int.h"

#ifndef BL_DATADIR
#define BL_DATADIR "data"
#endif

#define MAXX 6

struct expect {
    const char *surface; /* first occurrence in the text */
    const char *cc;      /* NULL: no location at that mention */
    int kind;
    const char *admin1; /* NULL: not checked */
};

struct row {
    const char *text;
    const char *ents; /* "Paris|Texas": every occurrence is an entity; P: PERSON, O: ORG,
                       * "2:Bolton" the second occurrence only */
    struct expect x[MAXX];
    int nlocs; /* -1: not checked */
};

static const struct row rows[] = {
    /* a possessive the tagger took into the place name: the place is the
     * name without it (not "Victorias" in the Philippines) */
    {"Fire crews rested in Bendigo. Victoria's premier, Ann Royce, thanked them.",
     "Bendigo|Victoria's",
     {{"Victoria's", "AU", BL_LOC_ADMIN1, NULL}},
     2},
    /* "the county of Kakamega": the subdivision named after its chief town,
     * which the gazetteer looks up as the town; the town alone otherwise */
    {"Floods cut roads in the western county of Kakamega on Friday. Kakamega town was calm.",
     "Kakamega",
     {{"Kakamega", "KE", BL_LOC_ADMIN1, "Kakamega"}, {"Kakamega town", "KE", BL_LOC_CITY, NULL}},
     -1},
    /* a street lies in the one town the article names, even a town with
     * namesakes elsewhere and so no confident main place */
    {"Traders on Mill Lane said the new bus gate would ruin them. The mayor of Ashford said "
     "the plan would go ahead.",
     "Mill Lane|Ashford",
     {{"Mill Lane", "GB", BL_LOC_LANDMARK, "England"}},
     2},
    /* a council ward is no state: "the Victoria ward" of a town's council */
    {"Cllr Ann Birch, who represents the Victoria ward, said the plan was rushed.",
     "Victoria",
     {{"Victoria", NULL, 0, NULL}},
     0},
    /* a storm is named, not placed: "Typhoon Halani" tagged as a place is
     * none; the places it hits are */
    {"Typhoon Halani made landfall in Isabela on Sunday.",
     "Typhoon Halani|Isabela",
     {{"Isabela", "PH", BL_LOC_REGION, NULL}},
     1},
    /* a capital named like its subdivision is the city ("Lisbon"); an
     * English name GeoNames lacks ("Antwerp", not the province) */
    {"Dockers in Antwerp and officials in Lisbon said the talks had failed.", "Antwerp|Lisbon",
     {{"Antwerp", "BE", BL_LOC_CITY, NULL}, {"Lisbon", "PT", BL_LOC_CITY, NULL}},
     2},
    /* "The Hague": the article is part of the city's name (tagged with
     * it, the name without it is no place) */
    {"Talks will resume on Thursday in The Hague, a spokeswoman said.", "The Hague",
     {{"The Hague", "NL", BL_LOC_CITY, NULL}},
     1},
    /* English names GeoNames spells otherwise (Pátra; the island of the
     * Balearic Islands) */
    {"Ferries from Patras to Majorca were full, and hotels on Mallorca too.",
     "Patras|Majorca|Mallorca",
     {{"Patras", "GR", BL_LOC_CITY, NULL},
      {"Majorca", "ES", BL_LOC_ADMIN1, NULL},
      {"Mallorca", "ES", BL_LOC_ADMIN1, NULL}},
     -1},
    /* cities GeoNames names with a prefix that news leaves off (Greater
     * Sudbury, Ciudad Apodaca) */
    {"Miners from Sudbury and factory hands from Apodaca met at the congress.",
     "Sudbury|Apodaca",
     {{"Sudbury", "CA", BL_LOC_CITY, "Ontario"}, {"Apodaca", "MX", BL_LOC_CITY, NULL}},
     -1},
    /* a subdivision named after a large city in it is the city unless the
     * text says state, and a body named after the state does not make it so */
    {"The bank kept its rate, traders in São Paulo said, though the Federation of Industries "
     "of the State of São Paulo asked for a cut.",
     "1:São Paulo|O:Federation of Industries of the State of São Paulo",
     {{"São Paulo", "BR", BL_LOC_CITY, "São Paulo"}},
     -1},
    {"The carrier, which is based in Stockholm, cut 300 jobs.",
     "Stockholm",
     {{"Stockholm", "SE", BL_LOC_CITY, NULL}},
     -1},
    /* a namesake capital under a million people does not outrank its state */
    {"Heavy snow closed roads across Chihuahua on Friday.",
     "Chihuahua",
     {{"Chihuahua", "MX", BL_LOC_ADMIN1, NULL}},
     -1},
    /* a short word that opens a US state's name is its abbreviation only
     * with the period: "Mont Ventoux" is not Montana, "Mont." is */
    {"Cyclists rode up Mont Ventoux on Tuesday, and a rancher from Billings, Mont., won.",
     "Mont Ventoux|Billings|Mont.",
     {{"Mont Ventoux", NULL, 0, NULL}, {"Billings", "US", BL_LOC_CITY, "Montana"}},
     -1},
    /* mountain ranges are regions, and "Alpine" is the Alps' adjective,
     * not Alpine, California */
    {"Alpine resorts opened late, and snow was thin across the Alps and the Pyrenees.",
     "Alpine|Alps|Pyrenees",
     {{"Alpine", "", BL_LOC_REGION, NULL},
      {"Alps", "", BL_LOC_REGION, NULL},
      {"Pyrenees", "", BL_LOC_REGION, NULL}},
     -1},
    /* islands the news names on their own are their country's regions,
     * not a namesake town (Bali, Cameroon) or nothing */
    {"Ferries to Bali were cancelled, and the storm crossed Luzon and Mindanao before "
     "reaching Borneo.",
     "Bali|Luzon|Mindanao|Borneo",
     {{"Bali", "ID", BL_LOC_REGION, NULL},
      {"Luzon", "PH", BL_LOC_REGION, NULL},
      {"Mindanao", "PH", BL_LOC_REGION, NULL},
      {"Borneo", "", BL_LOC_REGION, NULL}},
     -1},
    /* "the Gulf" alone is the Persian Gulf, not Papua New Guinea's Gulf
     * province */
    {"Shipping in the Gulf slowed as tankers waited off Qatar.", "Gulf|Qatar",
     {{"Gulf", "", BL_LOC_REGION, NULL}, {"Qatar", "QA", BL_LOC_COUNTRY, NULL}},
     -1},
    /* a town tagged as a body (a club) after "near" is the town */
    {"Lukas Imboden grows apricots near Sierre and sells them in Geneva.",
     "P:Lukas Imboden|O:Sierre|Geneva",
     {{"Sierre", "CH", BL_LOC_CITY, "Valais"}},
     -1},
    /* well-known mountains are landmarks */
    {"Two climbers left Zermatt for the Matterhorn at dawn.",
     "Zermatt|Matterhorn",
     {{"Matterhorn", "CH", BL_LOC_LANDMARK, NULL}},
     -1},
    /* "X County" names no town called X in another country */
    {"SAN RAFAEL, Calif. \xe2\x80\x94 Deputies in Marin County cited 40 drivers last year.",
     "SAN RAFAEL|Calif.|P:Marin County",
     {{"SAN RAFAEL", "US", BL_LOC_CITY, "California"},
      {"Marin County", "US", BL_LOC_LANDMARK, NULL}},
     -1},
    /* the capitals of a dateline do not make a club's name a place */
    {"LYON, France \xe2\x80\x94 Lyon beat Marseille 2-1 on Sunday. The Lyon coach was happy.",
     "LYON|France|O:Lyon|O:Marseille",
     {{"LYON", "FR", BL_LOC_CITY, NULL}, {"Lyon", NULL, 0, NULL}, {"Marseille", NULL, 0, NULL}},
     -1},
    {"RIYADH, Feb 18 (Wire) - Officials met in the capital on Tuesday.",
     "",
     {{"RIYADH", "SA", BL_LOC_CITY, NULL}},
     1},
    {"Paris, Texas, is a small town. Paris has a small museum.",
     "Paris|Texas",
     {{"Paris", "US", BL_LOC_CITY, "Texas"}, {"Texas", "US", BL_LOC_ADMIN1, NULL}},
     2},
    /* a province named after its city still names its towns' admin1, and
     * the bare name is the city */
    {"Floods closed the old bridge in Uji on Monday, and ferries stopped in Konya and Kyoto.",
     "Uji|Konya|Kyoto",
     {{"Uji", "JP", BL_LOC_CITY, "Kyoto"},
      {"Konya", "TR", BL_LOC_CITY, "Konya"},
      {"Kyoto", "JP", BL_LOC_CITY, "Kyoto"}},
     3},
    /* a country before "U.S. officials" is not a town qualified by the U.S. */
    {"The rules would limit exports to China, U.S. officials said on Tuesday.",
     "China|U.S.",
     {{"China", "CN", BL_LOC_COUNTRY, NULL}, {"U.S.", "US", BL_LOC_COUNTRY, NULL}},
     2},
    {"Mexico, Missouri, held its county fair in the rain.",
     "Mexico|Missouri",
     {{"Mexico", "US", BL_LOC_CITY, "Missouri"}, {"Missouri", "US", BL_LOC_ADMIN1, NULL}},
     2},
    {"The minister flew to Paris on Monday for the summit.",
     "Paris",
     {{"Paris", "FR", BL_LOC_CITY, NULL}},
     1},
    {"The firm moved from Alexandria, Va., to a site near Washington last year.",
     "Alexandria|Washington",
     {{"Alexandria", "US", BL_LOC_CITY, "Virginia"},
      {"Va.", "US", BL_LOC_ADMIN1, NULL},
      {"Washington", "US", BL_LOC_CITY, NULL}},
     3},
    {"Georgia's capital Tbilisi hosted the regional talks.",
     "Georgia|Tbilisi",
     {{"Georgia", "GE", BL_LOC_COUNTRY, NULL}, {"Tbilisi", "GE", BL_LOC_CITY, NULL}},
     2},
    {"Voters in Atlanta and across Georgia went to the polls.",
     "Atlanta|Georgia",
     {{"Georgia", "US", BL_LOC_ADMIN1, NULL}, {"Atlanta", "US", BL_LOC_CITY, NULL}},
     2},
    {"Moscow hinted it would respond, while fighting went on in eastern Ukraine.",
     "Moscow|Ukraine",
     {{"Moscow", NULL, 0, NULL}, {"Ukraine", "UA", BL_LOC_COUNTRY, NULL}},
     1},
    {"Washington said the sanctions would stay in place.",
     "Washington",
     {{"Washington", NULL, 0, NULL}},
     0},
    {"Tensions rose across the Middle East and in Donbas this week.",
     "Middle East|Donbas",
     {{"Middle East", "", BL_LOC_REGION, NULL}, {"Donbas", "UA", BL_LOC_REGION, NULL}},
     2},
    /* an "alias" (Brunswick: Braunschweig) is no preferred reading: the
     * article's state still picks its namesake there */
    {"The shipyard in Brunswick will hire 200 workers, the governor of Maine said.",
     "Brunswick|Maine",
     {{"Brunswick", "US", BL_LOC_CITY, "Maine"}},
     2},
    {"Volkswagen will cut shifts at its plant in Brunswick, the company said.",
     "O:Volkswagen|Brunswick",
     {{"Brunswick", "DE", BL_LOC_CITY, NULL}},
     1},
    {"The conference in Lucerne drew delegates from across Switzerland.",
     "Lucerne|Switzerland",
     {{"Lucerne", "CH", BL_LOC_CITY, NULL}},
     2},
    /* the subdivision a dateline names ("Wash.") is what its name means
     * bare later in the story: the state, not the capital */
    {"CAMP BRAXTON, Wash. - The team trained all week. Its focus has been at home in "
     "Washington, its commander said.",
     "Washington",
     {{"Washington", "US", BL_LOC_ADMIN1, "Washington"}},
     -1},
    /* without it, Washington is the capital */
    {"The team trained all week. Its focus has been at home in Washington, its commander "
     "said.",
     "Washington",
     {{"Washington", "US", BL_LOC_CITY, NULL}},
     -1},
    /* a name listed with a subdivision is a subdivision of that country
     * when it can be ... */
    {"Firms are leaving western states such as Oregon or Washington, the report said.",
     "Oregon|Washington",
     {{"Washington", "US", BL_LOC_ADMIN1, "Washington"}},
     -1},
    /* ... not when listed with a country */
    {"Talks between Tehran and Washington stalled on Monday.",
     "Tehran|Washington",
     {{"Washington", "US", BL_LOC_CITY, NULL}},
     -1},
    /* an English name kept as an "alias" is the foreign city unless the
     * article's own state holds a namesake (Alexandria, Virginia; Canton,
     * Ohio) */
    {"Officials in Alexandria said the port was closed.",
     "Alexandria",
     {{"Alexandria", "EG", BL_LOC_CITY, NULL}},
     -1},
    {"Commuters in Alexandria face delays, Virginia officials said.",
     "Alexandria|Virginia",
     {{"Alexandria", "US", BL_LOC_CITY, "Virginia"}},
     -1},
    {"Workers in Canton, the Ohio city, voted to strike.",
     "Canton|Ohio",
     {{"Canton", "US", BL_LOC_CITY, "Ohio"}},
     -1},
    /* the island that names a country of two is that country, before a
     * town named after it; "Trinidad, Colorado" is the town */
    {"The ministry in Trinidad said the vote was lost.",
     "Trinidad",
     {{"Trinidad", "TT", BL_LOC_COUNTRY, NULL}},
     -1},
    {"Ranchers near Trinidad, Colorado, lost cattle.",
     "Trinidad|Colorado",
     {{"Trinidad", "US", BL_LOC_CITY, "Colorado"}},
     -1},
    /* a qualifier is the subdivision, not a city of its name; a bare
     * "New York" later in the story is still the city (only a
     * dateline's subdivision says what its name means in the story) */
    {"He grew up in Buffalo, New York, and later moved to New York to act.",
     "Buffalo|New York",
     {{"New York,", "US", BL_LOC_ADMIN1, "New York"}, {"New York to", "US", BL_LOC_CITY, NULL}},
     -1},
    /* a small town listed with a big city is the big city of its name */
    {"After stops in Washington, New York and Boston, the prince flew west.",
     "Washington|New York|Boston",
     {{"Boston", "US", BL_LOC_CITY, "Massachusetts"}},
     -1},
    /* an Arabic town name written without GeoNames' final h or article
     * ("Sabrata": Sabratah; "Hasaka": Al Hasakah) */
    {"Militias clashed in Sabrata and Hasaka on Monday.",
     "Sabrata|Hasaka",
     {{"Sabrata", "LY", BL_LOC_CITY, NULL}, {"Hasaka", "SY", BL_LOC_CITY, NULL}},
     -1},
    /* a sentence that names another country holding a namesake of the
     * town takes it there, against the dateline's sense: "Tripoli in
     * northern Lebanon" in a story from Tripoli, Libya */
    {"TRIPOLI, Libya (Wire) - Militias clashed in the capital, officials said.\n\n"
     "In a separate incident, gunmen attacked a checkpoint in Tripoli in northern Lebanon.",
     "Libya|Tripoli|Lebanon",
     {{"TRIPOLI", "LY", BL_LOC_CITY, NULL}, {"Tripoli", "LB", BL_LOC_CITY, NULL}},
     -1},
    /* ... or names its people, of a town introduced as a city of */
    {"TRIPOLI, Libya (Wire) - Militias clashed in the capital, officials said.\n\n"
     "Separately, the Lebanese army said it had stopped a boat off the northern city of "
     "Tripoli.",
     "Libya|Tripoli",
     {{"TRIPOLI", "LY", BL_LOC_CITY, NULL}, {"Tripoli", "LB", BL_LOC_CITY, NULL}},
     -1},
    /* a nationality alone does not move a town ("American fans": no
     * Birmingham, Alabama), nor a country's name one ten times the size of
     * its namesake there (no London, Ontario) */
    {"American fans packed the stadium in Birmingham as England played.",
     "Birmingham|England",
     {{"Birmingham", "GB", BL_LOC_CITY, NULL}},
     -1},
    {"Canada's envoy in London said the talks would resume.",
     "Canada|London",
     {{"London", "GB", BL_LOC_CITY, NULL}},
     -1},
    {"Protests spread to Kharkiv and Kiev on Sunday.",
     "",
     {{"Kharkiv", "UA", BL_LOC_CITY, NULL}, {"Kiev", "UA", BL_LOC_CITY, NULL}},
     2},
    {"Jordan Peterson spoke to students in London.",
     "P:Jordan Peterson|London",
     {{"Jordan", NULL, 0, NULL}, {"London", "GB", BL_LOC_CITY, NULL}},
     1},
    {"She lives on Frenchmen Street in New Orleans, near the river.",
     "Frenchmen Street|New Orleans",
     {{"New Orleans", "US", BL_LOC_CITY, NULL}, {"Frenchmen Street", "US", BL_LOC_LANDMARK, NULL}},
     2},
    {"Flights from São Paulo were cancelled. Sao Paulo airport reopened later.",
     "São Paulo|Sao Paulo",
     {{"São Paulo", "BR", BL_LOC_CITY, NULL}},
     1},
    {"The Texas Rangers beat the Houston Astros.",
     "O:Texas Rangers|O:Houston Astros",
     {{"Texas", NULL, 0, NULL}},
     0},
    {"Russian troops shelled the town, and British officials protested.",
     "",
     {{"Russian", "RU", BL_LOC_COUNTRY, NULL}, {"British", "GB", BL_LOC_COUNTRY, NULL}},
     2},
    {"The Amsterdam-Rotterdam line reopened on Friday.",
     "Amsterdam-Rotterdam",
     {{"Amsterdam", "NL", BL_LOC_CITY, NULL}, {"Rotterdam", "NL", BL_LOC_CITY, NULL}},
     2},
    {"The cricket board in India said the tour would go ahead.",
     "India",
     {{"India", "IN", BL_LOC_COUNTRY, NULL}},
     1},
    {"Wildfires spread across Washington state and Oregon on Sunday.",
     "Washington|Oregon",
     {{"Washington", "US", BL_LOC_ADMIN1, NULL}, {"Oregon", "US", BL_LOC_ADMIN1, NULL}},
     2},
    {"The race moves from Brands Hatch in Kent to Silverstone in England next month.",
     "Kent|England",
     {{"Kent", "GB", BL_LOC_REGION, NULL}, {"England", "GB", BL_LOC_ADMIN1, NULL}},
     -1},
    {"The Karnataka Assembly vote was delayed again.",
     "Karnataka Assembly",
     {{"Karnataka", "IN", BL_LOC_ADMIN1, NULL}},
     1},
    {"Flooding hit Leeds on Monday. A woman was taken to the Leeds General Infirmary Hospital.",
     "Leeds|O:Leeds General Infirmary Hospital",
     {{"Leeds", "GB", BL_LOC_CITY, NULL},
      {"Leeds General Infirmary Hospital", "GB", BL_LOC_LANDMARK, NULL}},
     2},
    {"Weather alert\nST. LOUIS - Storms knocked out power on Sunday.",
     "",
     {{"ST. LOUIS", "US", BL_LOC_CITY, "Missouri"}},
     1},
    {"The delegation flew from Washington, D.C., to Ottawa.",
     "Washington|Ottawa",
     {{"Washington, D.C.", "US", BL_LOC_CITY, NULL}, {"Ottawa", "CA", BL_LOC_CITY, NULL}},
     2},
    {"Farmers in the region blame El Niño for the drought.",
     "El Niño",
     {{"El Niño", NULL, 0, NULL}},
     0},
    {"Police in Cheltenham closed the A40 on Monday. Cheltenham police said 14th St. was also "
     "shut.",
     "Cheltenham",
     {{"A40", "GB", BL_LOC_LANDMARK, NULL}, {"14th St.", "GB", BL_LOC_LANDMARK, NULL}},
     3},
    {"John Bolton met the envoy. Later Bolton flew home to Washington.",
     "P:John Bolton|2:Bolton|Washington",
     {{"Bolton flew", NULL, 0, NULL}, {"Washington", "US", BL_LOC_CITY, NULL}},
     1},
    {"Shelling went on in Russian-held territory, officials in eastern Ukraine said.",
     "Ukraine",
     {{"Russian", "RU", BL_LOC_COUNTRY, NULL}, {"Ukraine", "UA", BL_LOC_COUNTRY, NULL}},
     2},
    {"Officials in Springfield, Illinois, said the vote was close.",
     "Springfield|Illinois",
     {{"Springfield", "US", BL_LOC_CITY, "Illinois"}},
     2},
    /* A named building after "the" or a place's possessive is a place; two
     * words ending in Court are an institution. */
    {"Storms hit Bristol. Nurses praised the Harwell Vale Hospital, and the High Court sat late.",
     "Bristol|O:Harwell Vale Hospital|O:High Court",
     {{"Harwell Vale Hospital", "GB", BL_LOC_LANDMARK, NULL}, {"High Court", NULL, 0, NULL}},
     2},
    {"Fans filled Bristol's Tenby Road Stadium on Saturday.",
     "Bristol|P:Tenby Road Stadium",
     {{"Tenby Road Stadium", "GB", BL_LOC_LANDMARK, NULL}},
     2},
    /* Two road names sharing a plural street word, and an ordinal in words. */
    {"Floods closed Maple and Quarry streets in Leeds, and Fifth Avenue stayed dry.",
     "Leeds",
     {{"Maple", "GB", BL_LOC_LANDMARK, NULL},
      {"Quarry", "GB", BL_LOC_LANDMARK, NULL},
      {"Fifth Avenue", "GB", BL_LOC_LANDMARK, NULL}},
     4},
    /* Two places the tagger ran into one name, a list missing its comma. */
    {"Envoys of Norway Finland and Chile signed a fishing pact.",
     "Norway Finland|Chile",
     {{"Norway", "NO", BL_LOC_COUNTRY, NULL}, {"Finland", "FI", BL_LOC_COUNTRY, NULL}},
     2}, /* "Chile signed": the government */
    /* A city the tagger called a person or an organisation, settled by the
     * subdivision after its comma. */
    {"The prize went to a Tulsa, Oklahoma-based charity. Its founder grew up near Flagstaff, "
     "Ariz.",
     "O:Tulsa|P:Flagstaff",
     {{"Tulsa", "US", BL_LOC_CITY, "Oklahoma"}, {"Flagstaff", "US", BL_LOC_CITY, "Arizona"}},
     -1},
    /* A name used as a team twice is the team throughout, not a US city. */
    {"Riverside beat Castleford 2-1 on Saturday.\nRiverside manager Petra Lindqvist praised her "
     "side.\nIs this the year Riverside finally end their 30-year wait for a championship?",
     "O:Riverside|O:Castleford|P:Petra Lindqvist",
     {{"Riverside", NULL, 0, NULL}},
     0},
    /* A name swept past a missing full stop is the place it opens with. */
    {"They spent a week in Croatia The trip was cheap.",
     "Croatia The",
     {{"Croatia", "HR", BL_LOC_COUNTRY, NULL}},
     1},
    /* "No." before a number is the word number, not Norway. */
    {"The case, filed in Boston as No. 22-cv-417, was sealed.",
     "Boston|No.",
     {{"No.", NULL, 0, NULL}},
     1},
    /* Datelines: the word City and a leading compass word belong to the name. */
    {"OLONGAPO CITY, March 3 (Wire) - Rain closed schools on Monday.",
     "",
     {{"OLONGAPO CITY", "PH", BL_LOC_CITY, NULL}},
     1},
    {"NORTH LONDON, March 3 (Wire) - Rain closed schools on Monday.",
     "",
     {{"NORTH LONDON", "GB", BL_LOC_CITY, NULL}},
     1},
    /* "X State" is the subdivision, also after a city the tagger ran in. */
    {"Troops patrolled Maiduguri Borno State overnight.",
     "Maiduguri Borno State",
     {{"Maiduguri", "NG", BL_LOC_CITY, NULL}, {"Borno State", "NG", BL_LOC_ADMIN1, NULL}},
     2},
    /* An event named as where something happens stands for its venue; named
     * as a thing, it is none. */
    {"Cork fans loved the Lee Valley Film Festival. She played at the Harbourside Piano "
     "Competition in Cork.",
     "Cork|O:Lee Valley Film Festival|O:Harbourside Piano Competition",
     {{"Harbourside Piano Competition", "IE", BL_LOC_OTHER, NULL},
      {"Lee Valley Film Festival", NULL, 0, NULL}},
     2},
    /* A building named by its kind and what it serves, where something happens. */
    {"Rain fell on Leeds. He taught at the College of Saint Brannock for ten years.",
     "Leeds|O:College of Saint Brannock",
     {{"College of Saint Brannock", "GB", BL_LOC_OTHER, NULL}},
     2},
    /* ... and lies in the large city its name ends on, not the article's. */
    {"Rain fell on Leeds. She lectured at the Polytechnic College of Madrid in the spring.",
     "Leeds|O:Polytechnic College of Madrid",
     {{"Polytechnic College of Madrid", "ES", BL_LOC_OTHER, NULL}},
     2},
    /* ... or in the state or country it ends on, when the article's place
     * lies elsewhere; in the article's place when that lies in it */
    {"Rain fell on Leeds. She lectured at the Polytechnic College of Nevada and at the "
     "Maritime Academy of Portugal, then at the Royal Academy of England.",
     "Leeds|O:Polytechnic College of Nevada|O:Maritime Academy of Portugal|"
     "O:Royal Academy of England",
     {{"Polytechnic College of Nevada", "US", BL_LOC_OTHER, "Nevada"},
      {"Maritime Academy of Portugal", "PT", BL_LOC_OTHER, NULL},
      {"Royal Academy of England", "GB", BL_LOC_OTHER, "England"}},
     4},
    /* A dateline after a byline on the same line, marked by its wire credit;
     * a degree with "(Hons)" is no dateline. */
    {"By Ann Lee, Associated Press LISBON (AP) - Talks resumed on Friday. The envoy holds a "
     "BA (Hons) in history.",
     "",
     {{"LISBON", "PT", BL_LOC_CITY, NULL}, {"BA", NULL, 0, NULL}},
     1},
    /* A place the tagger cut off from the landmark words after it. */
    {"Rain fell on Leeds. Visitors packed the Leeds Riverside Gardens on Sunday.",
     "Leeds",
     {{"Leeds Riverside Gardens", "GB", BL_LOC_LANDMARK, NULL}},
     2},
    /* A name, a possessive and one landmark word are one landmark, with a
     * straight or a curly apostrophe. */
    {"Rain fell on Leeds. Choirs sang at St Oswin's Chapel and at St Brannock\xe2\x80\x99s "
     "Cathedral.",
     "Leeds|St Oswin|St Brannock",
     {{"St Oswin's Chapel", "GB", BL_LOC_LANDMARK, NULL},
      {"St Brannock\xe2\x80\x99s Cathedral", "GB", BL_LOC_LANDMARK, NULL}},
     3},
    /* ... and with the apostrophe alone after a name that ends in "s". */
    {"Rain fell on Leeds. Fans waited outside St James' Park before kick-off.",
     "Leeds|St James",
     {{"St James' Park", "GB", BL_LOC_LANDMARK, NULL}},
     2},
    /* A place that wins or has a coach is a team; after "in" it is the place. */
    {"Leeds won 2-1 on Saturday, and the Cardiff coach resigned. A woman in Bristol won the "
     "lottery.",
     "Leeds|Cardiff|Bristol",
     {{"Leeds", NULL, 0, NULL}, {"Cardiff", NULL, 0, NULL}, {"Bristol", "GB", BL_LOC_CITY, NULL}},
     1},
    /* One sense per article: a name taken as a place once is one where it
     * recurs on its own, whatever the tagger called it there. */
    {"Ferries sailed to Tinos on Monday. Tinos's harbour stayed shut.",
     "1:Tinos|2:P:Tinos",
     {{"Tinos", "GR", BL_LOC_CITY, NULL}, {"Tinos's", "GR", BL_LOC_CITY, NULL}},
     1},
    /* An unknown multi-word LOCATION after "in the" is a place. */
    {"Rain fell on Leeds. The pair met in the Amber Room for an hour.",
     "Leeds|Amber Room",
     {{"Amber Room", "GB", BL_LOC_OTHER, NULL}},
     2},
    /* Words that open only place names: "Lake X" tagged PERSON. */
    {"Rain fell on Leeds. Lake Brennoch is a small reservoir.",
     "Leeds|P:Lake Brennoch",
     {{"Lake Brennoch", "GB", BL_LOC_LANDMARK, NULL}},
     2},
    /* The place after "of" in an organisation's name is a mention, unless the
     * name is used as a building ("at the Bank of ..."). */
    {"The Growers of Chile Association met. She worked at the Bank of Peru later.",
     "O:Growers of Chile Association|O:Bank of Peru",
     {{"Chile Association", NULL, 0, NULL}, {"Peru", NULL, 0, NULL}},
     0},
    {"The Farmers of Chile met on Monday.",
     "O:Farmers of Chile",
     {{"Chile", "CL", BL_LOC_COUNTRY, NULL}},
     1},
    /* A name cut at "and" that the gazetteer knows whole. */
    {"Aid convoys arrived in Bosnia and Herzegovina on Monday.",
     "Bosnia|Herzegovina",
     {{"Bosnia and Herzegovina", "BA", BL_LOC_COUNTRY, NULL}},
     1},
    /* "X County" is a first-level subdivision only where counties are one
     * (Kenya's, Sweden's); St. Louis County is no district of the
     * Seychelles, and Garissa County is Kenya's */
    {"Floods hit Hannibal, Missouri, on Monday. Officials in St. Louis County said the river "
     "was rising.",
     "Hannibal|Missouri|St. Louis County",
     {{"St. Louis County", "US", BL_LOC_LANDMARK, NULL}},
     -1},
    {"Officials in Garissa County said the river was rising.",
     "Garissa County",
     {{"Garissa County", "KE", BL_LOC_ADMIN1, NULL}},
     1},
    /* A dateline place the gazetteer does not know, vouched for by its state. */
    {"CAMP HOLLERBY, Ga. - Soldiers returned home on Friday.",
     "",
     {{"CAMP HOLLERBY", "US", BL_LOC_OTHER, NULL}, {"Ga.", "US", BL_LOC_ADMIN1, NULL}},
     2},
    /* A lone word that is only a small town and also written in lower case
     * in the article is the common word. */
    {"She has a degree in History from a college in Leeds. Her history tutor was proud.",
     "History|Leeds",
     {{"History", NULL, 0, NULL}, {"Leeds", "GB", BL_LOC_CITY, NULL}},
     1},
    /* ...but not when the lower-case word is only the start of a longer one. */
    {"She has a degree in History from a college in Leeds. Her historic tutor was proud.",
     "History|Leeds",
     {{"History", "GB", BL_LOC_OTHER, NULL}, {"Leeds", "GB", BL_LOC_CITY, NULL}},
     -1},
    /* The same past the scans lower_elsewhere makes before it indexes the
     * doc's lower-case words: every question gets the same answer. */
    {"History. History. History. History. History. History. History. History. History. "
     "History. History. History. History. History. History. History. History. History. "
     "History. History. She has a degree in History from a college in Leeds. Her history "
     "tutor was proud.",
     "History|Leeds",
     {{"History", NULL, 0, NULL}, {"Leeds", "GB", BL_LOC_CITY, NULL}},
     1},
    /* A small town's name run into a capitalised word the tagger left out is
     * part of another name. */
    {"She ran the sales team at Brennock Scrum for years.",
     "Brennock",
     {{"Brennock", NULL, 0, NULL}},
     0},
    /* A city of a million tagged LOCATION stays a place even when a PERSON
     * name ends on it. */
    {"Delegates from Smart Lagos arrived. Later the team flew to Lagos.",
     "P:Smart Lagos|2:Lagos",
     {{"Lagos.", "NG", BL_LOC_CITY, NULL}},
     1},
    /* "the corner of X and Y": two roads. */
    {"Rain fell on Leeds. A van overturned at the corner of Marsh and Tanner on Monday.",
     "Leeds",
     {{"Marsh", "GB", BL_LOC_LANDMARK, NULL}, {"Tanner", "GB", BL_LOC_LANDMARK, NULL}},
     3},
    /* A foreign name the gazetteer lacks for a city the article names. */
    {"A farmer said: \xe2\x80\x9e" "Die Politik in Br\xc3\xbcssel hat uns vergessen.\xe2\x80\x9c "
     "Ministers met in Brussels on Monday.",
     "Br\xc3\xbcssel|Brussels",
     {{"Br\xc3\xbcssel", "BE", BL_LOC_CITY, NULL}, {"Brussels", "BE", BL_LOC_CITY, NULL}},
     1},
    /* a small town only abroad (Marathon, Florida) in a story plainly from
     * elsewhere is a place there the gazetteer lacks */
    {"ATHENS, Greece \xe2\x80\x94 Fire reached Marathon on Sunday, and smoke covered Athens "
     "and much of Greece.",
     "ATHENS|Greece|Marathon|Athens",
     {{"Marathon", "GR", BL_LOC_OTHER, NULL}, {"ATHENS", "GR", BL_LOC_CITY, NULL}},
     -1},
};

/* Tag every occurrence of each |-separated entity string. */
static void add_ents(struct bl_doc *d, const char *spec)
{
    char buf[256];
    char *p, *save = NULL;
    size_t cap = 0;

    snprintf(buf, sizeof buf, "%s", spec);
    for (p = strtok_r(buf, "|", &save); p; p = strtok_r(NULL, "|", &save)) {
        int type = BL_ENT_LOCATION, only = 0, seen = 0;
        const char *hit = d->text;
        size_t n;
        if (p[0] >= '1' && p[0] <= '9' && p[1] == ':') { /* "2:Bolton": that occurrence */
            only = p[0] - '0';
            p += 2;
        }
        if (p[0] && p[1] == ':') {
            type = p[0] == 'P' ? BL_ENT_PERSON : BL_ENT_ORGANIZATION;
            p += 2;
        }
        n = strlen(p);
        while ((hit = strstr(hit, p)) != NULL) {
            struct bl_entity *e;
            if (only && ++seen != only) {
                hit += n;
                continue;
            }
            assert_int_equal(bl_grow((void **)&d->ents, &cap, d->nents + 1, sizeof *e), BL_OK);
            e = &d->ents[d->nents++];
            e->span.start = (size_t)(hit - d->text);
            e->span.end = e->span.start + n;
            e->type = type;
            e->actor = -1;
            e->location = -1;
            hit += n;
        }
    }
}

static int ent_cmp(const void *a, const void *b)
{
    const struct bl_entity *x = a, *y = b;
    return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

static void test_rows(void **state)
{
    const bl_gazetteer *g = *state;
    size_t i, j, k, l;

    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        const struct row *r = &rows[i];
        bl_doc *d = NULL;
        struct bl_error err = {0};

        assert_int_equal(bl_doc_create(r->text, strlen(r->text), &d, &err), BL_OK);
        assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, &err), BL_OK);
        add_ents(d, r->ents);
        if (d->nents)
            qsort(d->ents, d->nents, sizeof *d->ents, ent_cmp);
        assert_int_equal(bl_locations_run(g, d), BL_OK);
        if (r->nlocs >= 0 && (size_t)r->nlocs != d->nlocs)
            fail_msg("row %zu: %zu locations, want %d", i, d->nlocs, r->nlocs);
        for (j = 0; j < MAXX && r->x[j].surface; j++) {
            const struct expect *x = &r->x[j];
            size_t off = (size_t)(strstr(r->text, x->surface) - r->text);
            const struct bl_location *hit = NULL;
            for (k = 0; k < d->nlocs && !hit; k++)
                for (l = 0; l < d->locs[k].nmentions; l++)
                    if (d->locs[k].mentions[l].start == off)
                        hit = &d->locs[k];
            if (!x->cc) {
                if (hit)
                    fail_msg("row %zu: %s resolved to %s, want no location", i, x->surface,
                             hit->name);
                continue;
            }
            if (!hit)
                fail_msg("row %zu: %s has no location", i, x->surface);
            if (hit->kind != x->kind ||
                strcmp(hit->country_code ? hit->country_code : "", x->cc) != 0)
                fail_msg("row %zu: %s -> %s kind %s cc %s, want %s %s", i, x->surface, hit->name,
                         bl_location_kind_name(hit->kind),
                         hit->country_code ? hit->country_code : "-",
                         bl_location_kind_name(x->kind), x->cc);
            if (x->admin1 && (!hit->admin1 || strcmp(hit->admin1, x->admin1) != 0))
                fail_msg("row %zu: %s admin1 %s, want %s", i, x->surface,
                         hit->admin1 ? hit->admin1 : "(null)", x->admin1);
            if (isnan(hit->lat) || hit->confidence <= 0 || hit->confidence > 1)
                fail_msg("row %zu: %s has no coordinates or a bad confidence", i, x->surface);
        }
        /* Every resolved LOCATION entity points at a location whose mention overlaps it. */
        for (k = 0; k < d->nents; k++)
            if (d->ents[k].location >= 0) {
                const struct bl_location *L = &d->locs[d->ents[k].location];
                bool found = false;
                for (l = 0; l < L->nmentions; l++) /* overlapping: "A-B", "Washington, D.C." */
                    found = found || (L->mentions[l].start < d->ents[k].span.end &&
                                      d->ents[k].span.start < L->mentions[l].end);
                assert_true(found);
            }
        bl_doc_free(d);
    }
}

/* A dateline the tagger took for a body ("O:ATLANTA") or a big city after
 * "in" it took for a person is a place: its entity becomes a LOCATION linked
 * to the location. */
static void test_dateline_entity(void **state)
{
    static const struct {
        const char *text, *ents, *surface;
    } dl[] = {
        {"ATLANTA (Wire) \xe2\x80\x94 A judge sentenced a clinic owner on Thursday.",
         "O:ATLANTA|O:Wire", "ATLANTA"},
        {"ATLANTA \xe2\x80\x94 A judge sentenced a clinic owner on Thursday.", "O:ATLANTA",
         "ATLANTA"},
        /* a big city after "in" tagged as a person (Lyon is a name too) */
        {"Police in Lyon said 40 tractors had blocked a ring road.", "P:Lyon", "Lyon"},
        /* a name the dateline gives in capitals, tagged as a club later */
        {"LYON, France \xe2\x80\x94 Lyon has struggled with its tram budget since 2020.",
         "LYON|France|O:Lyon", "Lyon"},
        {"TURIN, Italy \xe2\x80\x94 The mayor of Turin said the bridge would shut.",
         "TURIN|Italy|O:Turin", "Turin"},
    };
    const bl_gazetteer *g = *state;
    for (size_t i = 0; i < sizeof dl / sizeof dl[0]; i++) {
        bl_doc *d = NULL;
        struct bl_error err = {0};
        size_t off = (size_t)(strstr(dl[i].text, dl[i].surface) - dl[i].text), k;
        assert_int_equal(bl_doc_create(dl[i].text, strlen(dl[i].text), &d, &err), BL_OK);
        assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, &err), BL_OK);
        add_ents(d, dl[i].ents);
        qsort(d->ents, d->nents, sizeof *d->ents, ent_cmp);
        assert_int_equal(bl_locations_run(g, d), BL_OK);
        for (k = 0; k < d->nents && d->ents[k].span.start != off; k++)
            ;
        assert_true(k < d->nents);
        if (d->ents[k].type != BL_ENT_LOCATION || d->ents[k].location < 0)
            fail_msg("dateline row %zu: %s is type %d location %d", i, dl[i].surface,
                     d->ents[k].type, d->ents[k].location);
        bl_doc_free(d);
    }
}

/* Many mentions stay linear and grouped: one location per distinct place. */
/* A small town read far from the towns of its paragraph is its namesake
 * near one: Overton by Morecambe, not the larger one in Hampshire; alone,
 * the larger. */
static void test_nearby(void **state)
{
    static const struct {
        const char *text;
        double lat;
    } cases[] = {
        {"Fishermen in Morecambe said the tide had cut off the village of Overton.", 54.0},
        {"The tide had cut off the village of Overton on Sunday.", 51.2},
    };
    const bl_gazetteer *g = *state;
    size_t i, k;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        bl_doc *d = NULL;
        struct bl_error err = {0};
        const struct bl_location *hit = NULL;
        assert_int_equal(bl_doc_create(cases[i].text, strlen(cases[i].text), &d, &err), BL_OK);
        assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, &err), BL_OK);
        add_ents(d, i == 0 ? "Morecambe|Overton" : "Overton");
        if (d->nents)
            qsort(d->ents, d->nents, sizeof *d->ents, ent_cmp);
        assert_int_equal(bl_locations_run(g, d), BL_OK);
        for (k = 0; k < d->nlocs; k++)
            if (strcmp(d->locs[k].name, "Overton") == 0)
                hit = &d->locs[k];
        if (!hit || fabs(hit->lat - cases[i].lat) > 0.5)
            fail_msg("case %zu: Overton at latitude %.2f, want %.2f", i, hit ? hit->lat : 0.0,
                     cases[i].lat);
        bl_doc_free(d);
    }
}

static void test_many(void **state)
{
    const bl_gazetteer *g = *state;
    static const char unit[] = "Talks in Kyiv and Paris went on. ";
    size_t n = 2000, i, len = n * (sizeof unit - 1);
    char *text = malloc(len + 1);
    bl_doc *d = NULL;
    struct bl_error err = {0};

    assert_non_null(text);
    for (i = 0; i < n; i++)
        memcpy(text + i * (sizeof unit - 1), unit, sizeof unit - 1);
    text[len] = '\0';
    assert_int_equal(bl_doc_create(text, len, &d, &err), BL_OK);
    assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, &err), BL_OK);
    assert_int_equal(bl_locations_run(g, d), BL_OK);
    assert_int_equal(d->nlocs, 2);
    assert_int_equal(d->locs[0].nmentions, n);
    assert_string_equal(d->locs[0].name, "Kyiv");
    assert_string_equal(d->locs[1].country_code, "FR");
    /* A doc with no gazetteer gets no locations and no error. */
    assert_int_equal(bl_locations_run(NULL, d), BL_OK);
    assert_int_equal(d->nlocs, 0);
    bl_doc_free(d);
    free(text);
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
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_many),
        cmocka_unit_test(test_nearby),
        cmocka_unit_test(test_dateline_entity),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
