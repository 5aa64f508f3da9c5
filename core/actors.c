/* actors.c -- who is in the story: the tagger's entities merged into people,
 * bodies and countries that act, plus groups that speak ("U.S. officials"),
 * with titles, affiliations, pronouns resolved and a salience ranking. Each
 * pass is linear in the tokens; merging goes through one hash map. */
#include "bl_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define WORD_MAX   48 /* longest word we look up in the tables below */
#define MAX_TITLES 8  /* titles kept per actor */
#define SAME_NAME  8  /* actors sharing a surname that a mention is tried against */
#define RECENT     24 /* mentions a pronoun may look back over */
#define QUOTE_WALK 400 /* tokens back from a closing mark to the one opening it */
#define PRON_SENTS 2  /* ... and how many sentences back */
#define BIG_CITY   200000 /* as in locations.c: "in Lyon" is the city */

/* ---- Word tables --------------------------------------------------------
 * Small closed lists, matched on the lower-cased ASCII word. */

/* Plural common nouns that name a group of people when they speak or act. */
static const char *const group_nouns[] = {"activists",     "advisers",
                                          "advisors",      "advocates",
                                          "aides",
                                          "allies",        "analysts",
                                          "athletes",
                                          "authorities",   "authors",
                                          "bankers",
                                          "businesses",    "campaigners",
                                          "citizens",      "commanders",
                                          "commentators",  "companies",
                                          "conservatives", "consumers",
                                          "critics",       "democrats",
                                          "diplomats",     "doctors",
                                          "drivers",
                                          "economists",    "environmentalists",
                                          "envoys",        "executives",
                                          "experts",       "exporters",
                                          "families",
                                          "fans",          "farmers",
                                          "firefighters",
                                          "firms",         "fishermen",
                                          "forces",
                                          "forecasters",
                                          "generals",
                                          "governments",   "growers",
                                          "hardliners",
                                          "insiders",      "investigators",
                                          "investors",
                                          "journalists",   "judges",
                                          "lawmakers",     "lawyers",
                                          "leaders",       "legislators",
                                          "liberals",      "locals",
                                          "medics",        "members",
                                          "militants",     "miners",
                                          "ministers",
                                          "negotiators",   "nurses",
                                          "observers",     "officers",
                                          "officials",     "opponents",
                                          "organisers",    "organizers",
                                          "paramedics",    "parents",
                                          "passengers",
                                          "pilots",
                                          "players",
                                          "police",
                                          "politicians",   "proponents",
                                          "prosecutors",   "protesters",
                                          "protestors",    "rebels",
                                          "regulators",    "reporters",
                                          "republicans",   "rescuers",
                                          "researchers",
                                          "residents",     "sceptics",
                                          "scientists",    "senators",
                                          "separatists",   "shoppers",
                                          "skeptics",      "soldiers",
                                          "sources",       "spokespeople",
                                          "students",      "supporters",
                                          "survivors",     "teachers",
                                          "traders",       "troops",
                                          "unions",        "villagers",
                                          "voters",        "witnesses",
                                          "workers"};

/* Plurals that are no actor but that "they" may mean ("the three countries
 * ... urged them"). */
static const char *const plural_nouns[] = {"children", "countries", "forces",  "groups", "men",
                                           "nations",  "others",    "parties", "people", "sides",
                                           "states",   "troops",    "women"};

/* Group nouns that are names ("Democrats"), never lower-cased. */
static const char *const proper_groups[] = {"democrats", "republicans"};

/* Words before a group noun that belong to its name. */
static const char *const group_mods[] = {
    "administration", "armed",         "congressional", "defence",    "defense",    "european",
    "federal",        "foreign",       "government", "health",     "industry",
    "intelligence",   "local",         "military",   "opposition", "party",
    "security",       "senior",        "state",      "top",        "western"};

/* Verbs whose subject acts or speaks. cls 1 = speech or belief, 2 = action. */
struct verb {
    const char *base;
    int cls;
};
#define V_SPEECH 1
#define V_ACTION 2
static const struct verb verbs[] = {
    {"abandon", 2},   {"accept", 2},    {"accuse", 1},    {"acknowledge", 1}, {"acquire", 2},
    {"act", 2},       {"add", 1},       {"admit", 1},     {"adopt", 2},     {"advance", 2},
    {"agree", 1},     {"aim", 2},       {"allege", 1},    {"allow", 2},     {"annex", 2},
    {"announce", 1},  {"appoint", 2},   {"approve", 2},   {"argue", 1},     {"arrest", 2},
    {"ask", 1},       {"assert", 1},    {"attack", 2},    {"authorise", 2}, {"authorize", 2},
    {"award", 2},     {"back", 2},      {"ban", 2},       {"begin", 2},     {"believe", 1},
    {"blame", 1},     {"block", 2},     {"boast", 1},     {"bomb", 2},      {"build", 2},
    {"buy", 2},       {"call", 1},      {"cancel", 2},    {"capture", 2},   {"caution", 1},
    {"claim", 1},     {"close", 2},     {"complain", 1},  {"concede", 1},   {"conclude", 1},
    {"condemn", 1},
    {"confirm", 1},   {"consider", 2},  {"contend", 1},   {"continue", 2},  {"control", 2},
    {"convict", 2},   {"counter", 1},   {"criticise", 1}, {"criticize", 1}, {"cut", 2},
    {"decide", 2},    {"declare", 1},   {"decline", 2},   {"defend", 1},    {"defer", 2},
    {"delay", 2},     {"demand", 1},    {"deny", 1},      {"deploy", 2},    {"describe", 1},
    {"detain", 2},    {"disagree", 1},  {"discuss", 2},   {"dismiss", 1},   {"dissolve", 2},
    {"doubt", 1},     {"elect", 2},     {"emphasise", 1}, {"emphasize", 1}, {"enter", 2},
    {"estimate", 1},  {"evacuate", 2},  {"expand", 2},    {"expect", 1},    {"expel", 2},
    {"explain", 1},   {"extend", 2},    {"fear", 1},      {"fight", 2},     {"file", 2},
    {"find", 2},      {"fire", 2},      {"forecast", 1},  {"frame", 1},     {"fund", 2},
    {"gather", 2},    {"get", 2},
    {"give", 2},      {"grant", 2},     {"halt", 2},      {"help", 2},      {"hint", 1},
    {"hire", 2},      {"hold", 2},      {"hope", 1},      {"host", 2},      {"impose", 2},
    {"indicate", 1},  {"insist", 1},    {"intend", 2},    {"invade", 2},    {"invest", 2},
    {"investigate", 2}, {"join", 2}, {"keep", 2}, {"kill", 2}, {"laugh", 2}, {"launch", 2},
    {"lead", 2},      {"leave", 2},     {"lose", 2},      {"lower", 2},     {"maintain", 1},
    {"make", 2},      {"march", 2},     {"meet", 2},      {"merge", 2},     {"move", 2},
    {"need", 2}, {"negotiate", 2}, {"nod", 2}, {"note", 1}, {"observe", 1}, {"occupy", 2},
    {"offer", 2},     {"open", 2},      {"oppose", 2},    {"order", 2},     {"overturn", 2},
    {"pass", 2},      {"pay", 2},       {"permit", 2},    {"plan", 2},      {"pledge", 1},
    {"postpone", 2},  {"praise", 1},    {"predict", 1},   {"prepare", 2},   {"promise", 1},
    {"propose", 1},   {"prosecute", 2}, {"protest", 2},   {"provide", 2},   {"push", 2},
    {"question", 1},  {"raise", 2},     {"reach", 2},     {"recall", 1},    {"recommend", 1},
    {"reduce", 2},    {"refuse", 2},    {"reinstate", 2}, {"reiterate", 1}, {"reject", 1},
    {"release", 2},   {"remark", 1},    {"reopen", 2},    {"reply", 1},     {"report", 1},
    {"require", 2},   {"rescue", 2},    {"resist", 2},    {"respond", 1},   {"restrict", 2},
    {"resume", 2},    {"retake", 2},    {"reveal", 1},    {"reverse", 2},   {"revoke", 2},
    {"rush", 2},      {"sanction", 2},  {"say", 1},       {"scrap", 2},     {"seek", 2},
    {"seize", 2}, {"sell", 2}, {"send", 2}, {"settle", 2}, {"shoot", 2}, {"shrug", 2}, {"sigh", 2},
    {"sign", 2}, {"signal", 1}, {"slash", 2}, {"smile", 2}, {"spend", 2}, {"state", 1},
    {"stress", 1},    {"strike", 2},    {"sue", 2},       {"suggest", 1},   {"support", 2},
    {"suspend", 2},   {"take", 2},      {"target", 2},    {"tell", 1},      {"testify", 1},
    {"think", 1},     {"threaten", 1},  {"tout", 1},      {"try", 2},       {"tweet", 1},
    {"uphold", 2},    {"urge", 1},      {"veto", 2},      {"visit", 2},     {"vote", 2},
    {"vow", 1},       {"want", 1},      {"warn", 1},      {"welcome", 1},   {"win", 2},
    {"withdraw", 2},  {"work", 2},      {"worry", 1},     {"write", 1}};

/* Irregular forms: past, participle or third person. */
static const struct verb irregular[] = {
    {"became", 2},    {"began", 2},    {"begun", 2},  {"bought", 2},  {"brought", 2}, {"built", 2},
    {"came", 2},      {"chose", 2},    {"chosen", 2}, {"drew", 2},    {"felt", 1},    {"fought", 2},
    {"found", 2},     {"gave", 2},     {"given", 2},  {"got", 2},     {"gotten", 2},  {"held", 2},
    {"kept", 2},
    {"knew", 2},      {"known", 2},    {"led", 2},    {"left", 2},    {"lost", 2},    {"made", 2},
    {"meant", 2},     {"met", 2},      {"paid", 2},   {"said", 1},    {"saw", 2},     {"says", 1},
    {"seen", 2},      {"sent", 2},     {"shot", 2},   {"showed", 2},  {"shown", 2},   {"sold", 2},
    {"sought", 2},    {"spent", 2},    {"spoke", 1},  {"spoken", 1},  {"stood", 2},   {"struck", 2},
    {"taken", 2},     {"thought", 1},  {"told", 1},   {"took", 2},    {"upheld", 2},  {"warned", 1},
    {"went", 2},      {"withdrawn", 2}, {"withdrew", 2}, {"won", 2},  {"written", 1}, {"wrote", 1}};

static const char *const auxiliaries[] = {"are", "be",  "been", "being", "did", "do",  "does",
                                          "had", "has", "have", "is",    "was", "were"};
static const char *const modals[] = {"can",  "cannot", "could",  "may",  "might",
                                     "must", "shall",  "should", "will", "would"};
static const char *const adverbs[] = {
    "again",    "already",    "also",       "apparently", "even",  "just", "later",
    "n't",      "never",      "not",        "now",        "often", "once", "previously",
    "recently", "repeatedly", "reportedly", "soon",       "still", "then", "too"};
/* A parenthetical that may sit between a subject and its verb ("Ukraine,
 * however, insists"). */
static const char *const asides[] = {
    "for her part", "for his part", "for its part", "for their part", "however",
    "in turn",      "instead",      "meanwhile",    "though",         "too"};
static const char *const prepositions[] = {
    "about",   "across",  "after",      "against", "among",  "around",  "at",      "before",
    "between", "beyond",  "by",         "during",  "for",    "from",    "in",      "inside",
    "into",    "like",    "near",       "of",      "on",     "onto",    "outside", "over",
    "than",    "through", "throughout", "to",      "toward", "towards", "under",   "upon",
    "via",     "with",    "within",     "without"};
/* Words between a possessive or demonym and a title ("long-time Foreign
 * Minister", "senior aide"). */
static const char *const title_mods[] = {
    "acting",   "chief",       "close",   "current", "de facto",  "deputy",   "former",
    "incoming", "influential", "interim", "key",     "long-time", "longtime", "new",
    "outgoing", "powerful",    "senior",  "special", "then",      "top",      "veteran"};
/* Name suffixes that are not surnames. */
static const char *const suffixes[] = {"ii", "iii", "iv", "jr", "jr.", "sr", "sr."};

static const char *const male_titles[] = {
    "baron", "brother", "businessman", "chairman", "congressman", "count", "crown prince",
    "duke",  "emir",    "father",      "king",     "lord",        "mr",    "mr.",
    "pope",  "prince",  "sheikh",      "sir",      "spokesman",   "sultan"};
static const char *const female_titles[] = {
    "baroness", "businesswoman", "chairwoman", "congresswoman", "countess", "dame",
    "duchess",  "lady",          "miss",       "mother",        "mrs",      "mrs.",
    "ms",       "ms.",           "princess",   "queen",         "sister",   "spokeswoman"};

/* Organisations that speak for a country. */
static const struct {
    const char *name, *cc;
} org_country[] = {{"kremlin", "RU"},
                   {"white house", "US"},
                   {"pentagon", "US"},
                   {"state department", "US"},
                   {"downing street", "GB"},
                   {"elysee", "FR"},
                   {"bundestag", "DE"},
                   {"duma", "RU"},
                   {"state duma", "RU"},
                   {"knesset", "IL"},
                   {"congress", "US"},
                   {"senate", "US"},
                   {"fsb", "RU"},
                   {"sbu", "UA"},
                   {"idf", "IL"},
                   {"mossad", "IL"},
                   {"cia", "US"},
                   {"fbi", "US"},
                   {"home office", "GB"},
                   {"foreign office", "GB"},
                   {"mi5", "GB"},
                   {"mi6", "GB"},
                   {"tass", "RU"},
                   {"xinhua", "CN"},
                   {"gazprom", "RU"},
                   {"rosneft", "RU"},
                   {"irgc", "IR"},
                   {"revolutionary guards", "IR"},
                   {"politburo", "CN"},
                   {NULL, NULL}};

/* Nouns that end an organisation named in lower case after "head of". */
static const char *const org_heads[] = {
    "agency",  "association", "authority", "bank",       "board", "commission", "committee",
    "company", "corporation", "council",   "department", "firm",  "foundation", "fund",
    "group",   "institute",   "ministry",  "office",     "party", "service",    "union"};

/* Title words that head a role appositive and take "of X" as the org. */
static const char *const org_roles[] = {
    "ceo",       "chair",       "chairman",          "chairwoman", "chief",
    "director",  "executive",   "founder",           "governor",   "head",
    "leader",    "manager",     "minister",          "officer",    "owner",
    "president", "secretary-general", "spokesman",   "spokesperson", "spokeswoman",
    "treasurer"};

/* Is w in the sorted table list of n words? A bisection with strcmp
 * inline: most probes differ in the first byte. */
static bool in_sorted(const char *const *list, size_t n, const char *w)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const unsigned char *x = (const unsigned char *)w, *y = (const unsigned char *)list[mid];
        int r;
        while (*x && *x == *y)
            x++, y++;
        r = *x - *y;
        if (r == 0)
            return true;
        if (r < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}
#define IN_LIST(list, w) in_sorted((list), sizeof(list) / sizeof((list)[0]), (w))

/* Where the words of a sorted table start, by first letter: the words
 * starting with letter 'a' + j are list[at[j] .. at[j + 1]); a word that
 * starts with no letter is sought in all n. Lets a scan that asks about
 * every word of a doc bisect only among words with its first letter; the
 * index fills 27 places rather than one per byte. struct bl_actor_index
 * holds those of the tables asked about every word, built once at models
 * load. */
struct first_index {
    uint16_t at[27];
    uint16_t n;
    /* a quicker no: bit k of lens for a word of k bytes (31: longer), and
     * bit (last & 31) of ends[first & 31] for a word's first and last
     * bytes. The low five bits of a letter do not change with its case. */
    uint32_t lens;
    uint32_t ends[32];
    /* bit (second & 31) of seconds[first & 31] for a word of two or more
     * bytes: its first two bytes, likewise */
    uint32_t seconds[32];
    /* bit k (31: longer) of by_first[first & 31] for a word of k bytes:
     * asked only of a word the tests above let through, before it is
     * bisected for */
    uint32_t by_first[32];
};

/* The first-letter indexes of the tables asked about every word
 * (index_all). */
struct bl_actor_index {
    struct first_index title;  /* of extra_titles */
    struct first_index source; /* of source_nouns */
    struct first_index body;   /* of body_nouns */
    struct first_index group;  /* of group_nouns */
    struct first_index plural; /* of plural_nouns */
    /* lens, ends and seconds only: a word that none of group, source and
     * plural could hold, by length and end bytes (group_scan) */
    struct first_index group_any;
    /* of the tables verb_after asks about each word after a subject */
    struct first_index adverb, modal, aux;
    /* of the tables tok_in asks about (index_of) */
    struct first_index name_stop, suffixes, group_mods, pp_heads, prepositions, title_mods;
    struct first_index org_tail, org_intro, proper_groups, rank_leads, peoples, party_members;
    struct first_index local_mods, named_heads;
    struct first_index body_words; /* of body_words (body_scan) */
    /* where the bases of verbs[] and irregular[] start, by first letter
     * ('a' + j at [j], the end at [26]): verb_class bisects only those */
    uint16_t verb_at[27], irr_at[27];
    /* bit (second & 31) of verb_seconds[first & 31] for each base of
     * verbs[]: every stem verb_class tries keeps a word's first two bytes */
    uint32_t verb_seconds[32];
};

static void index_sorted(const char *const *list, size_t n, struct first_index *ix)
{
    unsigned j = 0;
    ix->n = (uint16_t)n;
    ix->lens = 0;
    memset(ix->ends, 0, sizeof ix->ends);
    memset(ix->seconds, 0, sizeof ix->seconds);
    memset(ix->by_first, 0, sizeof ix->by_first);
    for (size_t k = 0; k < n; k++) {
        const unsigned char *w = (const unsigned char *)list[k];
        size_t len = strlen(list[k]);
        ix->lens |= 1u << (len < 31 ? len : 31);
        if (len) {
            ix->ends[w[0] & 31u] |= 1u << (w[len - 1] & 31u);
            ix->by_first[w[0] & 31u] |= 1u << (len < 31 ? len : 31);
        }
        if (len >= 2)
            ix->seconds[w[0] & 31u] |= 1u << (w[1] & 31u);
        /* the list is sorted: letters up to this word's first start here */
        while (j <= 26 && 'a' + j <= w[0])
            ix->at[j++] = (uint16_t)k;
    }
    while (j <= 26)
        ix->at[j++] = (uint16_t)n;
}

/* Is the text s of len bytes (0 < len < WORD_MAX), lower-cased in ASCII, in
 * list[lo, hi) of a sorted table? The same answer as in_sorted() on a
 * lower-cased copy, compared in place, the first byte on its own: most
 * probes differ there. */
static bool bisect_text(const char *const *list, size_t lo, size_t hi, const char *s, size_t len)
{
    unsigned f = (unsigned char)s[0];
    if (f >= 'A' && f <= 'Z')
        f += 'a' - 'A';
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2, k;
        const unsigned char *y = (const unsigned char *)list[mid];
        int r = (int)f - (int)y[0];
        if (r == 0) {
            for (k = 1; k < len; k++) {
                unsigned x = (unsigned char)s[k];
                if (x >= 'A' && x <= 'Z')
                    x += 'a' - 'A';
                if (x != y[k]) {
                    r = (int)x - (int)y[k];
                    break;
                }
            }
            if (k == len)
                r = y[len] ? -1 : 0; /* a table word the text is a prefix of sorts after it */
        }
        if (r == 0)
            return true;
        if (r < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

/* May the text s of len bytes be in a list indexed as ix? False when its
 * length or its first, second and last bytes say no (only lens, ends and
 * seconds are read). */
static inline bool may_hold(const struct first_index *ix, const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    return len > 0 && len < WORD_MAX && ((ix->lens >> (len < 31 ? len : 31)) & 1u) &&
           ((ix->ends[u[0] & 31u] >> (u[len - 1] & 31u)) & 1u) &&
           (len < 2 || ((ix->seconds[u[0] & 31u] >> (u[1] & 31u)) & 1u));
}

/* Is the text s of len bytes, lower-cased in ASCII, in the indexed sorted
 * list? Most words leave at the index: their length, first and last bytes
 * or first byte's range say no. Words of WORD_MAX bytes or more are never
 * in a table. */
static inline bool in_indexed_text(const char *const *list, const struct first_index *ix,
                                   const char *s, size_t len)
{
    unsigned b;
    if (!may_hold(ix, s, len) ||
        !((ix->by_first[(unsigned char)s[0] & 31u] >> (len < 31 ? len : 31)) & 1u))
        return false;
    b = (unsigned char)s[0];
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    if (b < 'a' || b > 'z')
        return bisect_text(list, 0, ix->n, s, len);
    return bisect_text(list, ix->at[b - 'a'], ix->at[b - 'a' + 1], s, len);
}

/* The tables above are searched by bisection: a word added out of order is a
 * programmer's mistake, caught by the unit tests (bl_actors_tables_sorted). */
static bool word_before(const char *a, const char *b)
{
    /* strcmp(a, b) < 0; neighbours in a table mostly differ in the first byte */
    if (a[0] != b[0])
        return (unsigned char)a[0] < (unsigned char)b[0];
    return strcmp(a, b) < 0;
}

static bool sorted_words(const char *const *list, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (!word_before(list[i - 1], list[i]))
            return false;
    return true;
}
#define SORTED(list) sorted_words((list), sizeof(list) / sizeof((list)[0]))

/* ---- Working state ------------------------------------------------------ */

/* Mention flags. */
#define M_POSS    0x1u /* possessive ("Trump's") */
#define M_SUBJECT 0x2u /* subject of an action or speech verb */
#define M_SPEAKS  0x4u /* subject of a speech verb */
#define M_PRONOUN 0x8u /* a pronoun or "the official" */
#define M_NAMED   0x10u
#define M_PLURAL  0x20u /* a plural noun that is no actor ("its troops") */
#define M_PLACE   0x40u /* a place that does not act ("reward Russia") */
#define M_CREDIT  0x80u /* the agency credited in a dateline ("(Reuters)") */

struct mention {
    struct bl_span span;
    uint32_t tok;  /* first token */
    uint32_t sent; /* sentence index */
    int actor;
    unsigned flags;
    char cc[3]; /* a place's country, for places that do not act */
};

struct act {
    int kind;
    const char *name; /* arena */
    size_t name_ntok;
    const char *titles[MAX_TITLES];
    size_t ntitles;
    char cc[3];
    const char *org;
    int gender;              /* 'm', 'f' or 0 */
    uint64_t given, surname; /* hashes of the normalised given name and surname */
    int next_same;           /* next actor with the same hash key, or -1 */
    size_t first;            /* first mention token */
    double raw;
    int boss;    /* actor whose possessive introduced a role, or -1 */
    bool credit; /* credited in a dateline: no "its" or "the company" is it */
    bool role;   /* an unnamed person known by a role ("the health minister") */
    bool kin;    /* introduced as someone's relative ("His son, Paul Hallam") */
};

/* A hash map from a 64-bit key to an actor index, open addressing. */
struct map {
    uint64_t *keys;
    int *vals;
    size_t cap, n;
};

struct ctx {
    const bl_gazetteer *gz;
    struct bl_doc *d;
    const struct bl_token *t;
    size_t n;
    const uint32_t *sent_of; /* sentence index of each token (d->tok_sent) */
    int *ent_of;       /* entity index starting at each token, or -1 */
    size_t *ent_tok;   /* tok_at of each entity's first byte (ent_toks) */
    size_t firm_clitic; /* the "'s" that ends the name make_cand is given
                           ("McDonald's"), or SIZE_MAX */
    bool main_firm_known; /* main_firm worked out (body_scan, once) */
    bool dateline_known;  /* dateline_cc worked out (body_scan, once) */
    char dateline[3];     /* its answer: the dateline's country, "" when none */
    int main_firm;        /* the firm the article is about, or -1 */
    struct act *acts;
    size_t nacts, capacts;
    struct mention *ms;
    size_t nms, capms;
    struct mention *places; /* places that do not act, for "its" (actor or -1) */
    size_t nplaces, capplaces;
    struct map map;
    int *ent_actor;    /* actor per entity before sorting */
    int *tok_actor;    /* actor whose name ends at each token, or -1 */
    struct memo *memo; /* gazetteer classes and countries asked so far, or NULL */
    struct hmemo *hmemo; /* span hashes worked out so far, or NULL */
    /* answers kept per spelling (d->tok_word), 0 until asked, each in bits
     * of its own: verb_class (VMEMO_KNOWN | class << 8 | form), word_bits
     * (WB_*), may_lead's gazetteer answer (ML_*), the_noun_bits (PK_*)
     * and pronoun_word (PW_*).
     * NULL: no memo. */
    uint32_t *vmemo;
    const struct bl_actor_index *ix; /* the models' or this run's */
    /* where body_scan may find a phrase start, in order: a superset of
     * the words that are "the" or come before a clitic, noted by the
     * pronoun pass as it walks the tokens (nstarts of them); NULL: not
     * noted, body_scan walks the tokens itself */
    uint32_t *starts;
    size_t nstarts;
    /* the words in lower case, by hash_fold, for common_opener: sorted at
     * its first question (lows_done); NULL then: none, or no memory for
     * nlows of them */
    struct hashed *lows;
    size_t nlows;
    bool lows_done;
};

/* Answers of classes() and country_of() for one run: the same token ranges
 * are asked about again and again (a title is tried at 4, 3, 2 and 1
 * tokens, for each candidate), and each question normalises and hashes the
 * text. Open addressing on (a, b) and the question; full at half the slots,
 * after which both ask the gazetteer directly. */
struct memo {
    uint64_t *keys; /* memo_key(a, b, question), 0 = empty */
    unsigned *vals;
    size_t cap, used;
};

/* The text hashes of spans (hash_toks) asked so far. */
struct hmemo {
    uint64_t *keys; /* memo_key(a, b, 0), 0 = empty */
    uint64_t *vals; /* span_hash(a, b) */
    size_t cap, used;
};

/* ---- Small helpers ------------------------------------------------------ */

/* The keys of c->map: a hash of a text (FNV-1a, text_hash) mixed with a tag
 * that keeps apart the kinds of key one text may give ('o' an organisation,
 * 's' a surname ...). The text's part does not depend on the tag, so that
 * hash_toks works it out once for a span asked under several tags. Never
 * 0. */
static inline uint64_t tag_key(char tag, uint64_t h)
{
    h ^= (uint64_t)(unsigned char)tag * 0x9E3779B97F4A7C15ull;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ull;
    h ^= h >> 32;
    return h ? h : 1;
}

static uint64_t text_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static uint64_t hash_str(char tag, const char *s, size_t n)
{
    return tag_key(tag, text_hash(s, n));
}

static int map_get(const struct map *m, uint64_t k)
{
    if (!m->cap)
        return -1;
    for (size_t h = (size_t)k & (m->cap - 1);; h = (h + 1) & (m->cap - 1)) {
        if (m->keys[h] == 0)
            return -1;
        if (m->keys[h] == k)
            return m->vals[h];
    }
}

/* Moves m's entries into ncap slots (a power of two, more than m holds). */
static int map_rehash(struct map *m, size_t ncap)
{
    size_t h;
    uint64_t *nk = calloc(ncap, sizeof *nk);
    int *nv = calloc(ncap, sizeof *nv);
    if (!nk || !nv) {
        free(nk);
        free(nv);
        return BL_ERR_NOMEM;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        for (h = (size_t)m->keys[i] & (ncap - 1); nk[h]; h = (h + 1) & (ncap - 1))
            ;
        nk[h] = m->keys[i];
        nv[h] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = nk;
    m->vals = nv;
    m->cap = ncap;
    return BL_OK;
}

static int map_put(struct map *m, uint64_t k, int v)
{
    size_t h;
    if ((m->n + 1) * 2 > m->cap && map_rehash(m, m->cap ? m->cap * 2 : 64) != BL_OK)
        return BL_ERR_NOMEM;
    for (h = (size_t)k & (m->cap - 1); m->keys[h] && m->keys[h] != k; h = (h + 1) & (m->cap - 1))
        ;
    if (!m->keys[h])
        m->n++;
    m->keys[h] = k;
    m->vals[h] = v;
    return BL_OK;
}

static bool is_word(const struct ctx *c, size_t i)
{
    return i < c->n && c->t[i].kind == BL_TOK_WORD;
}

static bool is_upper(const struct ctx *c, size_t i)
{
    return is_word(c, i) && (c->t[i].flags & BL_TF_UPPER);
}

static char lc(char ch)
{
    if (ch >= 'A' && ch <= 'Z')
        ch = (char)(ch - 'A' + 'a');
    return ch;
}

/* Lower-cased ASCII copy of token i into buf (WORD_MAX); "" when too long. */
static const char *lower(const struct ctx *c, size_t i, char *buf)
{
    size_t len = c->t[i].end - c->t[i].start, k;
    const char *s = c->d->text + c->t[i].start;
    if (len >= WORD_MAX) {
        buf[0] = '\0';
        return buf;
    }
    for (k = 0; k < len; k++)
        buf[k] = lc(s[k]);
    buf[len] = '\0';
    return buf;
}

/* Do the n bytes at s, lower-cased in ASCII, equal the n bytes of w? */
static inline bool lower_eq(const char *s, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (lc(s[k]) != w[k])
            return false;
    return true;
}

/* strcmp(lower(c, i, buf), w) == 0 without the copy, for w of wn bytes (no
 * NUL inside): a token of another length is no match, before any byte is
 * read. tok_is passes a string literal's length. */
static inline bool tok_is_n(const struct ctx *c, size_t i, const char *w, size_t wn)
{
    size_t len;
    if (i >= c->n)
        return false;
    len = c->t[i].end - c->t[i].start;
    if (len >= WORD_MAX)
        return wn == 0; /* lower() makes "" of it */
    return len == wn && lower_eq(c->d->text + c->t[i].start, w, len);
}
#define tok_is(c, i, w) tok_is_n((c), (i), ("" w), sizeof(w) - 1)

static bool tok_in_n(const struct ctx *c, size_t i, const char *const *list, size_t n)
{
    size_t len;
    if (i >= c->n)
        return false;
    len = c->t[i].end - c->t[i].start;
    /* lower() makes "" of a longer word, which no table holds */
    return len > 0 && len < WORD_MAX && bisect_text(list, 0, n, c->d->text + c->t[i].start, len);
}
static inline const struct first_index *index_of(const struct bl_actor_index *ix,
                                                 const char *const *list);

/* tok_in_n through list's first-letter index when it has one (index_of):
 * the same answer, most words turned away by their length and bytes
 * before any bisection. */
static inline bool tok_in_any(const struct ctx *c, size_t i, const char *const *list, size_t n,
                              const struct first_index *fx)
{
    if (!fx)
        return tok_in_n(c, i, list, n);
    return i < c->n &&
           in_indexed_text(list, fx, c->d->text + c->t[i].start, c->t[i].end - c->t[i].start);
}
#define tok_in(c, i, list)                                                                         \
    tok_in_any((c), (i), (list), sizeof(list) / sizeof((list)[0]), index_of((c)->ix, (list)))

/* tok_in for a table indexed as ix (a struct first_index). */
#define tok_in_ix(c, i, list, ix)                                                             \
    ((i) < (c)->n && in_indexed_text((list), (ix), (c)->d->text + (c)->t[(i)].start,         \
                                     (c)->t[(i)].end - (c)->t[(i)].start))

static inline bool is_punct(const struct ctx *c, size_t i, char ch)
{
    return i < c->n && (c->t[i].kind == BL_TOK_PUNCT || c->t[i].kind == BL_TOK_DASH) &&
           c->t[i].end - c->t[i].start == 1 && c->d->text[c->t[i].start] == ch;
}

/* A possessive clitic ('s, ’s, or a bare apostrophe after a plural). */
static inline bool is_poss(const struct ctx *c, size_t i)
{
    const char *s;
    size_t len;
    if (i >= c->n || c->t[i].kind != BL_TOK_CLITIC)
        return false;
    s = c->d->text + c->t[i].start;
    len = c->t[i].end - c->t[i].start;
    return (len >= 2 && (s[len - 1] == 's' || s[len - 1] == 'S')) || len == 1 ||
           (len == 3 && (unsigned char)s[0] == 0xE2);
}

/* The memo key of tokens [a,b) for question q: MQ_CLASSES or MQ_COUNTRY. */
#define MQ_CLASSES 0ull
#define MQ_COUNTRY (1ull << 63)
static inline uint64_t memo_key(size_t a, size_t b, uint64_t q)
{
    return (((uint64_t)a << 32 | (uint64_t)b) + 1) | q;
}

/* The slot of key in mm: the one holding it (*hit set) or the empty one to
 * fill. */
static size_t memo_slot(const struct memo *mm, uint64_t key, bool *hit)
{
    size_t h;
    for (h = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & (mm->cap - 1); mm->keys[h];
         h = (h + 1) & (mm->cap - 1))
        if (mm->keys[h] == key) {
            *hit = true;
            return h;
        }
    *hit = false;
    return h;
}

/* Remember v for key in the empty slot h, unless mm is half full (after
 * which the question is asked again each time). */
static void memo_put(struct memo *mm, size_t h, uint64_t key, unsigned v)
{
    if (2 * (mm->used + 1) <= mm->cap) {
        mm->keys[h] = key;
        mm->vals[h] = v;
        mm->used++;
    }
}

/* classes() of two tokens or more, through the memo. */
static __attribute__((noinline)) unsigned classes_of_span(const struct ctx *c, size_t a, size_t b)
{
    struct memo *mm = c->memo;
    size_t h;
    bool hit;
    unsigned v;
    if (!mm)
        return bl_gazetteer_classes(c->gz, c->d->text + c->t[a].start,
                                    c->t[b - 1].end - c->t[a].start);
    h = memo_slot(mm, memo_key(a, b, MQ_CLASSES), &hit);
    if (hit)
        return mm->vals[h];
    v = bl_gazetteer_classes(c->gz, c->d->text + c->t[a].start, c->t[b - 1].end - c->t[a].start);
    memo_put(mm, h, memo_key(a, b, MQ_CLASSES), v);
    return v;
}

/* The gazetteer classes of tokens [a,b). Inlined: most questions are of
 * one token, which the tagger's answer settles without a frame here. */
static inline unsigned classes(const struct ctx *c, size_t a, size_t b)
{
    if (a >= b || b > c->n)
        return 0;
    if (b == a + 1) /* one token: the tagger's answer when it kept one */
        return bl_gazetteer_token_classes(c->gz, c->d, a);
    return classes_of_span(c, a, b);
}

/* A letter, digit or '&': a byte normalisation keeps (lower-cased). */
static inline bool ascii_word_byte(unsigned ch)
{
    return ch - 'A' < 26u || ch - 'a' < 26u || ch - '0' < 10u || ch == '&';
}

/* Would normalisation expand the word s[0..n) ("St" to "saint", as
 * bl_gazetteer_normalize does with st, mt, ft and ste)? */
static inline bool expands_word(const unsigned char *s, size_t n)
{
    if (n == 2)
        return (s[1] | 0x20) == 't' &&
               ((s[0] | 0x20) == 's' || (s[0] | 0x20) == 'm' || (s[0] | 0x20) == 'f');
    return n == 3 && (s[0] | 0x20) == 's' && (s[1] | 0x20) == 't' && (s[2] | 0x20) == 'e';
}

/* text_hash of the gazetteer's normal form of tokens [a,b) (a < b). Most
 * keys are plain words of ASCII letters and digits with one space between
 * them ("Dana Whitfield"), whose normal form is the text lower-cased
 * (unless a word is an abbreviation normalisation expands: st, mt, ft,
 * ste): that is hashed as it is read, with no normalisation. */
static uint64_t span_hash(const struct ctx *c, size_t a, size_t b)
{
    char buf[256];
    size_t n = c->t[b - 1].end - c->t[a].start;
    if (n >= 4 && n < 200) {
        const unsigned char *s = (const unsigned char *)c->d->text + c->t[a].start;
        uint64_t h = 1469598103934665603ull;
        size_t i, w = 0; /* where the current word starts */
        for (i = 0; i < n; i++) {
            unsigned ch = s[i];
            if (ch - 'A' < 26u) {
                ch += 'a' - 'A';
            } else if (!(ch - 'a' < 26u || ch - '0' < 10u || ch == '&')) {
                /* one space between two words, as normalisation leaves it */
                if (ch != ' ' || i == w || i + 1 == n || !ascii_word_byte(s[i + 1]) ||
                    expands_word(s + w, i - w))
                    break;
                w = i + 1;
            }
            h ^= ch;
            h *= 1099511628211ull;
        }
        if (i == n && !expands_word(s + w, n - w))
            return h;
    }
    n = bl_gazetteer_normalize(c->d->text + c->t[a].start, c->t[b - 1].end - c->t[a].start, buf,
                               sizeof buf);
    if (!n)
        return text_hash(c->d->text + c->t[a].start, c->t[b - 1].end - c->t[a].start);
    return text_hash(buf, n);
}

/* hash_str(tag, ...) of the gazetteer's normal form of tokens [a,b); 0 when
 * a >= b. A span is mostly asked again, under other tags: its text hash is
 * kept in c->hmemo (while that is under half full). */
static uint64_t hash_toks(const struct ctx *c, char tag, size_t a, size_t b)
{
    struct hmemo *hm = c->hmemo;
    uint64_t key, h;
    size_t j;
    if (a >= b)
        return 0;
    if (!hm)
        return tag_key(tag, span_hash(c, a, b));
    key = memo_key(a, b, 0);
    for (j = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & (hm->cap - 1); hm->keys[j];
         j = (j + 1) & (hm->cap - 1))
        if (hm->keys[j] == key)
            return tag_key(tag, hm->vals[j]);
    h = span_hash(c, a, b);
    if (2 * (hm->used + 1) <= hm->cap) {
        hm->keys[j] = key;
        hm->vals[j] = h;
        hm->used++;
    }
    return tag_key(tag, h);
}

/* The entry of tab[lo, hi) (sorted by base) whose base is w, or NULL. */
static const struct verb *find_verb(const struct verb *tab, size_t lo, size_t hi, const char *w)
{
    /* bsearch with strcmp, inline: the bases are unique, so the same entry */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const unsigned char *x = (const unsigned char *)w;
        const unsigned char *y = (const unsigned char *)tab[mid].base;
        int r;
        while (*x && *x == *y)
            x++, y++;
        r = *x - *y;
        if (r == 0)
            return &tab[mid];
        if (r < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* Verb class (V_SPEECH, V_ACTION) of lower-case word w, 0 when not a known
 * verb, and its form in *form: 'b' base, 's' third person, 'd'
 * past/participle, 'g' -ing (*form untouched for 0). */
static int verb_class(const struct bl_actor_index *ix, const char *w, int *form)
{
    const struct verb *v;
    char stem[WORD_MAX + 2];
    size_t len = strlen(w), k;
    /* every stem tried starts with w's first byte: bisect only the bases
     * that do (all of a table when it is no letter) */
    unsigned f0 = (unsigned char)w[0] - 'a';
    size_t vlo = f0 < 26u ? ix->verb_at[f0] : 0;
    size_t vhi = f0 < 26u ? ix->verb_at[f0 + 1] : sizeof verbs / sizeof verbs[0];
    size_t ilo = f0 < 26u ? ix->irr_at[f0] : 0;
    size_t ihi = f0 < 26u ? ix->irr_at[f0 + 1] : sizeof irregular / sizeof irregular[0];
    /* need: the ending the form implies, as a bit of have below: 1 any,
     * 2 -s, 3 -es, 4 -ies, 5 -ed, 6 -ied, 7 -ing, 8 -ed after a doubled
     * consonant, 9 -ing after one */
    static const struct {
        size_t cut;
        const char *add;
        int form;
        unsigned need;
    } tries[] = {{0, "", 'b', 1},  {1, "", 's', 2}, {2, "", 's', 3},  {3, "y", 's', 4},
                 {2, "", 'd', 5},  {1, "", 'd', 5}, {3, "y", 'd', 6}, {3, "", 'g', 7},
                 {3, "e", 'g', 7}, {2, "", 'D', 8}, {3, "", 'G', 9}};
    unsigned have = 1u << 1;
    /* w ends in the n bytes suf (w has len >= n bytes): strcmp on its tail */
#define ENDS(suf) (memcmp(w + len - (sizeof(suf) - 1), (suf), sizeof(suf) - 1) == 0)
    if ((v = find_verb(irregular, ilo, ihi, w)) != NULL) {
        *form = strcmp(w, "says") == 0 ? 's' : 'd';
        return v->cls;
    }
    /* every stem tried below has two bytes or more, w's first two: no
     * base starting with them, no verb (most words leave here) */
    if (len < 2 ||
        !((ix->verb_seconds[(unsigned char)w[0] & 31u] >> ((unsigned char)w[1] & 31u)) & 1u))
        return 0;
    /* the endings of w, each checked once rather than for each try */
    if (len >= 1 && w[len - 1] == 's') {
        have |= 1u << 2;
        if (len >= 2 && w[len - 2] == 'e') {
            have |= 1u << 3;
            if (len >= 3 && w[len - 3] == 'i')
                have |= 1u << 4;
        }
    } else if (len >= 2 && ENDS("ed")) {
        have |= 1u << 5;
        if (len >= 3 && w[len - 3] == 'i')
            have |= 1u << 6;
        if (len >= 5 && w[len - 3] == w[len - 4])
            have |= 1u << 8;
    } else if (len >= 3 && ENDS("ing")) {
        have |= 1u << 7;
        if (len >= 6 && w[len - 4] == w[len - 5])
            have |= 1u << 9;
    }
    for (k = 0; k < sizeof tries / sizeof tries[0]; k++) {
        size_t cut = tries[k].cut;
        int f = tries[k].form;
        if (len <= cut + 1 || len > WORD_MAX)
            continue;
        /* Check the suffix being cut is the one the form implies. */
        if (!((have >> tries[k].need) & 1u))
            continue;
        memcpy(stem, w, len - cut);
        stem[len - cut] = '\0';
        if (f == 'D' || f == 'G') {
            stem[len - cut - 1] = '\0'; /* controlled -> control */
            f = f == 'D' ? 'd' : 'g';
        }
        if (tries[k].add[0]) {
            size_t sl = strlen(stem);
            stem[sl] = tries[k].add[0]; /* stem has room: it is shorter than w */
            stem[sl + 1] = '\0';
        }
        if ((v = find_verb(verbs, vlo, vhi, stem)) != NULL) {
            *form = f;
            return v->cls;
        }
    }
    return 0;
#undef ENDS
}

/* A vmemo entry: VMEMO_KNOWN | class << 8 | form (classes are 1 and 2, forms
 * ASCII letters: each fits its field). */
#define VMEMO_KNOWN 0x8000u

/* verb_class of token i's lower-cased text. verb_class may try eleven
 * stems, each a bisection, and the verbs and function words after names
 * ("said", "told", "has") come back again and again, so the answer is kept
 * per spelling when the tagger numbered them (d->tok_word): tokens with
 * the same bytes share one. */
static int verb_class_at(const struct ctx *c, size_t i, int *form)
{
    char buf[WORD_MAX];
    uint32_t w = c->vmemo ? c->d->tok_word[i] : UINT32_MAX;
    int vc, f = 0;

    if (w >= c->d->nwords)
        return verb_class(c->ix, lower(c, i, buf), form);
    if (!(c->vmemo[w] & VMEMO_KNOWN)) {
        vc = verb_class(c->ix, lower(c, i, buf), &f);
        c->vmemo[w] |= VMEMO_KNOWN | (unsigned)vc << 8 | (vc ? (unsigned)f & 0xFFu : 0u);
    }
    vc = (c->vmemo[w] >> 8) & 0x7F;
    if (vc) /* verb_class leaves *form alone for a word it does not know */
        *form = c->vmemo[w] & 0xFF;
    return vc;
}

/* What verb_after asks of token i's lower-cased spelling, as bits kept in
 * the high half of a vmemo entry (WB_KNOWN once asked). */
#define WB_KNOWN      0x10000u
#define WB_ADVERB     0x20000u  /* in adverbs */
#define WB_MODAL      0x40000u  /* in modals */
#define WB_AUX        0x80000u  /* in auxiliaries */
#define WB_LY         0x100000u /* more than 4 bytes, ending in -ly */
#define WB_PARTICIPLE 0x200000u /* more than 3 bytes, ending in -ed, -ing or -en */
#define WB_SAYS       0x400000u /* "says" */

static unsigned word_bits_of(const struct ctx *c, size_t i)
{
    const char *w = c->d->text + c->t[i].start;
    size_t len = c->t[i].end - c->t[i].start;
    unsigned b = WB_KNOWN;
    /* ends with the lower-case n bytes of suf, ignoring w's case */
#define W_ENDS(suf) lower_eq(w + len - (sizeof(suf) - 1), (suf), sizeof(suf) - 1)
    if (len >= WORD_MAX)
        return b; /* lower() makes "" of it: in no table, no ending */
    if (in_indexed_text(adverbs, &c->ix->adverb, w, len))
        b |= WB_ADVERB;
    if (in_indexed_text(modals, &c->ix->modal, w, len))
        b |= WB_MODAL;
    if (in_indexed_text(auxiliaries, &c->ix->aux, w, len))
        b |= WB_AUX;
    if (len > 4 && W_ENDS("ly"))
        b |= WB_LY;
    if (len > 3 && (W_ENDS("ed") || W_ENDS("ing") || W_ENDS("en")))
        b |= WB_PARTICIPLE;
    if (len == 4 && lower_eq(w, "says", 4))
        b |= WB_SAYS;
    return b;
#undef W_ENDS
}

/* word_bits_of token i's lower-cased text, kept per spelling like
 * verb_class_at's answers: verb_after asks about the same few words (the
 * verbs and auxiliaries after names) again and again. */
static unsigned word_bits(const struct ctx *c, size_t i)
{
    uint32_t w = c->vmemo ? c->d->tok_word[i] : UINT32_MAX;

    if (w >= c->d->nwords)
        return word_bits_of(c, i);
    if (!(c->vmemo[w] & WB_KNOWN))
        c->vmemo[w] |= word_bits_of(c, i);
    return c->vmemo[w];
}

/* When the tokens from k on make the phrase ending before k the subject of a
 * verb, returns the verb's token index (and its class in *cls); else -1.
 * Skips adverbs, auxiliaries and an aside (", however,"); a noun-like -s form
 * at the end of a clause ("U.S. demands.") is not taken for a verb. */
static long verb_after(const struct ctx *c, size_t k, int *cls, bool allow_ing)
{
    size_t i = k, end = k + 8;
    bool aux = false, modal = false;
    int form = 0, vc;
    unsigned wb;

    if (is_punct(c, i, ',')) {
        size_t j = i + 1, m;
        for (m = 0; m < 3 && is_word(c, j + m); m++)
            ;
        /* ", however," and friends, up to three words */
        if (m >= 1 && is_punct(c, j + m, ',')) {
            char phrase[64];
            const char *s = c->d->text + c->t[j].start;
            size_t len = c->t[j + m - 1].end - c->t[j].start, q;
            if (len < sizeof phrase) {
                for (q = 0; q < len; q++)
                    phrase[q] = lc(s[q]);
                phrase[len] = '\0';
                if (IN_LIST(asides, phrase)) {
                    i = j + m + 1;
                    end = i + 8;
                }
            }
        }
        /* "Tokyo, which has grown wary of ..., said": over the relative
         * clause to the verb after its closing comma; so over the aside
         * an unnamed source comes with ("an official, speaking on
         * condition of anonymity, said", "requesting anonymity", "asking
         * not to be named"), but not over any participle ("X, speaking at
         * a rally, said" is left as it was) */
        bool relative = tok_is(c, j, "which") || tok_is(c, j, "who") || tok_is(c, j, "whose");
        if (i == k && (relative || tok_is(c, j, "speaking") || tok_is(c, j, "requesting") ||
                       tok_is(c, j, "asking") || tok_is(c, j, "declining"))) {
            bool anon = relative;
            for (m = j + 1; m < c->n && m < j + 25 && c->sent_of[m] == c->sent_of[j] &&
                            c->t[m].kind != BL_TOK_QUOTE && !is_punct(c, m, ',');
                 m++)
                anon = anon || tok_is(c, m, "anonymity") || tok_is(c, m, "named") ||
                       tok_is(c, m, "identified");
            if (anon && m < c->n && m < j + 25 && is_punct(c, m, ',')) {
                i = m + 1;
                end = i + 8;
            }
        }
        /* "Portugal, the former colonial power, said": over an appositive
         * of "the" or "a" and up to four words in lower case */
        if (i == k && (tok_is(c, j, "the") || tok_is(c, j, "a") || tok_is(c, j, "an"))) {
            for (m = j + 1; m < c->n && m < j + 5 && is_word(c, m) && !is_upper(c, m); m++)
                ;
            if (m > j + 1 && m < c->n && is_punct(c, m, ',')) {
                i = m + 1;
                end = i + 8;
            }
        }
    }
    for (; i < c->n && i < end; i++) {
        /* "The school board on Thursday said", "the ministry Tuesday
         * said": the day between the subject and its verb (sorted) */
        static const char *const days[] = {"friday",   "monday",  "saturday", "sunday",
                                           "thursday", "tuesday", "wednesday"};
        if (i == k && i + 1 < c->n && tok_is(c, i, "on") &&
            tok_in_n(c, i + 1, days, sizeof days / sizeof days[0])) {
            i++;
            continue;
        }
        if (i == k && (c->t[i].flags & BL_TF_UPPER) &&
            tok_in_n(c, i, days, sizeof days / sizeof days[0]))
            continue;
        if (c->t[i].kind == BL_TOK_CLITIC && aux == false && tok_is(c, i, "n't"))
            continue;
        if (c->t[i].kind == BL_TOK_CLITIC) {
            /* they're, he'd, she'll, it's: an auxiliary */
            aux = true;
            modal = modal || tok_is(c, i, "’d") || tok_is(c, i, "'d") || tok_is(c, i, "’ll") ||
                    tok_is(c, i, "'ll");
            continue;
        }
        if (!is_word(c, i) || (c->t[i].flags & BL_TF_UPPER))
            return -1;
        wb = word_bits(c, i);
        if ((wb & WB_ADVERB) || ((wb & WB_LY) && !verb_class_at(c, i, &form)))
            continue;
        if (wb & WB_MODAL) {
            modal = aux = true;
            continue;
        }
        if (wb & WB_AUX) {
            aux = true;
            continue;
        }
        vc = verb_class_at(c, i, &form);
        if (modal) {
            *cls = vc ? vc : V_ACTION;
            return (long)i;
        }
        if (aux) {
            if (vc || (wb & WB_PARTICIPLE)) {
                *cls = vc ? vc : V_ACTION;
                return (long)i;
            }
            return -1;
        }
        if (!vc || (form == 'g' && !allow_ing))
            return -1;
        if (form == 's' && !(wb & WB_SAYS) && (i + 1 >= c->n || c->t[i + 1].kind == BL_TOK_PUNCT))
            return -1;
        *cls = vc;
        return (long)i;
    }
    return -1;
}

/* The phrase starting at token a is the object of a preposition: the word
 * before it (after one determiner, and back over a list of names: "from
 * Turkey, Greece and Bulgaria") is one. */
static bool after_prep(const struct ctx *c, size_t a)
{
    size_t k;
    if (a == 0)
        return false;
    if (tok_is(c, a - 1, "the") || tok_is(c, a - 1, "a") || tok_is(c, a - 1, "an"))
        a--;
    if (a > 0 && (tok_is(c, a - 1, "and") || tok_is(c, a - 1, "or") || is_punct(c, a - 1, ','))) {
        for (k = a - 1; k > 0 && a - k < 10; k--) {
            size_t p = k - 1;
            if (is_upper(c, p) || tok_is(c, p, "and") || tok_is(c, p, "or") ||
                is_punct(c, p, ',') || tok_is(c, p, "the"))
                continue;
            /* p is the word before the list; the list must start with a name */
            return is_upper(c, k) && tok_in(c, p, prepositions);
        }
        return false;
    }
    return a > 0 && tok_in(c, a - 1, prepositions);
}

/* ---- Actors and mentions ------------------------------------------------ */

static int new_actor(struct ctx *c, int kind, const char *name, size_t ntok)
{
    struct act *a;
    if (c->nacts == c->capacts &&
        bl_grow((void **)&c->acts, &c->capacts, c->nacts + 1, sizeof *c->acts) != BL_OK)
        return BL_ERR_NOMEM;
    a = &c->acts[c->nacts];
    memset(a, 0, sizeof *a);
    a->kind = kind;
    a->name = name;
    a->name_ntok = ntok;
    a->next_same = -1;
    a->first = SIZE_MAX;
    a->boss = -1;
    return (int)c->nacts++;
}

static int add_mention(struct ctx *c, int actor, size_t start, size_t end, size_t tok,
                       unsigned flags)
{
    struct mention *m;
    if (actor < 0 || start >= end)
        return BL_OK;
    if (c->nms == c->capms && bl_grow((void **)&c->ms, &c->capms, c->nms + 1, sizeof *c->ms) != BL_OK)
        return BL_ERR_NOMEM;
    m = &c->ms[c->nms++];
    m->span.start = start;
    m->span.end = end;
    m->tok = (uint32_t)tok;
    m->sent = c->sent_of[tok];
    m->actor = actor;
    m->flags = flags;
    if (flags & M_CREDIT)
        c->acts[actor].credit = true;
    if (tok < c->acts[actor].first)
        c->acts[actor].first = tok;
    return BL_OK;
}

static int add_title(struct ctx *c, struct act *a, size_t ta, size_t tb)
{
    const char *s = c->d->text + c->t[ta].start;
    size_t len = c->t[tb - 1].end - c->t[ta].start, i;
    char *copy;
    char lw[WORD_MAX];

    for (i = 0; i < a->ntitles; i++)
        if (strlen(a->titles[i]) == len && strncasecmp(a->titles[i], s, len) == 0)
            return BL_OK;
    if (a->ntitles >= MAX_TITLES)
        return BL_OK;
    copy = bl_arena_strndup(&c->d->arena, s, len);
    if (!copy)
        return BL_ERR_NOMEM;
    a->titles[a->ntitles++] = copy;
    if (!a->gender && tb - ta <= 2) {
        lower(c, tb - 1, lw);
        if (IN_LIST(male_titles, lw))
            a->gender = 'm';
        else if (IN_LIST(female_titles, lw))
            a->gender = 'f';
    }
    return BL_OK;
}

/* Role words the gazetteer's title list lacks, for appositives ("Erik Lund,
 * her deputy,", "an epidemiologist at ...") and "the deputy" later on. */
static const char *const extra_titles[] = {
    "activist",   "analyst",   "attorney",       "author",     "candidate",     "co-host",
    "coach",      "columnist", "commentator",    "consultant", "correspondent", "deputy",
    "economist",  "editor",    "epidemiologist", "historian",  "host",          "journalist",
    "lawyer",     "manager",   "nominee",        "officer",    "owner",         "physician",
    "pollster",
    "researcher", "scientist", "strategist",     "treasurer"};

static bool is_title(const struct ctx *c, size_t a, size_t b)
{
    if (b == a + 1 && a < c->n &&
        in_indexed_text(extra_titles, &c->ix->title, c->d->text + c->t[a].start,
                        c->t[a].end - c->t[a].start))
        return true;
    return (classes(c, a, b) & BL_GZ_TITLE) != 0;
}

/* May a gazetteer name of two or more tokens with a class in cls start at
 * token a? False only when surely not: token a is one plain word that starts
 * no such name, and white space and a letter or digit follow it, so that
 * every phrase from a on normalises to token a's word, a space and more. */
/* vmemo bits of bl_gazetteer_may_lead(word, BL_GZ_TITLE): asked, and yes */
#define ML_KNOWN 0x800000u
#define ML_TITLE 0x1000000u

static bool may_lead(const struct ctx *c, size_t a, unsigned cls)
{
    const char *s = c->d->text;
    unsigned char nx;
    if (a + 1 >= c->n || c->t[a].end >= c->t[a + 1].start)
        return true;
    for (size_t k = c->t[a].end; k < c->t[a + 1].start; k++)
        if (s[k] != ' ' && s[k] != '\n' && s[k] != '\t' && s[k] != '\r')
            return true;
    nx = (unsigned char)s[c->t[a + 1].start];
    if (!((nx >= 'a' && nx <= 'z') || (nx >= 'A' && nx <= 'Z') || (nx >= '0' && nx <= '9')))
        return true;
    if (cls == BL_GZ_TITLE && c->vmemo && c->d->tok_word[a] < c->d->nwords) {
        /* the gazetteer's answer depends on the word's bytes only: kept per
         * spelling (make_cand asks about each candidate's first word twice
         * or more) */
        uint32_t *v = &c->vmemo[c->d->tok_word[a]];
        if (!(*v & ML_KNOWN))
            *v |= ML_KNOWN |
                  (bl_gazetteer_may_lead(c->gz, s + c->t[a].start, c->t[a].end - c->t[a].start, cls)
                       ? ML_TITLE
                       : 0u);
        return (*v & ML_TITLE) != 0;
    }
    return bl_gazetteer_may_lead(c->gz, s + c->t[a].start, c->t[a].end - c->t[a].start, cls);
}

/* Longest title (gazetteer class TITLE) ending at token e (inclusive) that
 * starts at or after lo; returns its first token or SIZE_MAX. */
static size_t title_ending(const struct ctx *c, size_t e, size_t lo)
{
    size_t top = 0; /* a title is words only: at most the words ending at e */
    while (top < 4 && top <= e && e - top >= lo && is_word(c, e - top))
        top++;
    for (size_t len = top; len >= 1; len--)
        if (is_title(c, e + 1 - len, e + 1))
            return e + 1 - len;
    return SIZE_MAX;
}

/* Longest title of at least minlen (>= 1) tokens starting at token a and
 * ending before b; returns its end (exclusive) or a when none. */
static size_t title_starting(const struct ctx *c, size_t a, size_t b, size_t minlen)
{
    int lead = -1; /* may_lead(c, a), asked once the length is 2 or more */
    size_t top = 0; /* a title is words only: at most the words from a on */
    while (top < 4 && a + top < b && is_word(c, a + top))
        top++;
    for (size_t len = top; len >= minlen; len--) {
        if (len >= 2) {
            if (lead < 0)
                lead = may_lead(c, a, BL_GZ_TITLE);
            if (!lead)
                continue; /* is_title would say no */
        }
        if (is_title(c, a, a + len))
            return a + len;
    }
    return a;
}

/* The ISO code of a country named by tokens [a,b) (a country, its capital,
 * "U.S."), written to cc; false when the tokens name no country. */
static bool country_of(const struct ctx *c, size_t a, size_t b, char cc[3])
{
    const struct bl_place *p[4];
    size_t n, k, h = 0;
    bool hit = false, yes = false;
    unsigned cl = classes(c, a, b);
    if (!(cl & (BL_GZ_COUNTRY | BL_GZ_CITY)))
        return false;
    /* the same names are asked about again and again: remember the answer,
     * 0 for no country, else 1 << 24 | cc[0] << 16 | cc[1] << 8 | cc[2] */
    if (c->memo) {
        h = memo_slot(c->memo, memo_key(a, b, MQ_COUNTRY), &hit);
        if (hit) {
            unsigned v = c->memo->vals[h];
            if (!v)
                return false;
            cc[0] = (char)(v >> 16 & 0xFF);
            cc[1] = (char)(v >> 8 & 0xFF);
            cc[2] = (char)(v & 0xFF);
            return true;
        }
    }
    n = bl_gazetteer_places(c->gz, c->d->text + c->t[a].start, c->t[b - 1].end - c->t[a].start, p,
                            4);
    for (k = 0; k < n && k < 4; k++) {
        if ((p[k]->kind == BL_LOC_COUNTRY || (p[k]->flags & BL_PLACE_CAPITAL)) && p[k]->cc[0]) {
            memcpy(cc, p[k]->cc, 3);
            yes = true;
            break;
        }
        if (k == 0 && p[k]->kind == BL_LOC_CITY)
            break; /* the best reading is an ordinary city */
    }
    if (c->memo)
        memo_put(c->memo, h, memo_key(a, b, MQ_COUNTRY),
                 yes ? 1u << 24 | (unsigned)(unsigned char)cc[0] << 16 |
                           (unsigned)(unsigned char)cc[1] << 8 | (unsigned char)cc[2]
                     : 0);
    return yes;
}

/* Is token a's best reading a city of BIG_CITY people or more? The
 * locations stage keeps such a city after "in" whatever the tagger said. */
static bool big_city(const struct ctx *c, size_t a)
{
    const struct bl_place *p[1];
    size_t n = bl_gazetteer_places(c->gz, c->d->text + c->t[a].start, c->t[a].end - c->t[a].start,
                                   p, 1);
    return n >= 1 && p[0]->kind == BL_LOC_CITY && p[0]->population >= BIG_CITY;
}

static bool demonym_of(const struct ctx *c, size_t i, char cc[3])
{
    if (!is_word(c, i))
        return false;
    /* the tagger's classes of the word, when it kept them, say no to most
     * words without another look-up */
    if (c->d->tok_gz && c->d->tok_gz_src == c->gz && !(c->d->tok_gz[i] & BL_GZ_DEMONYM))
        return false;
    return bl_gazetteer_demonym(c->gz, c->d->text + c->t[i].start, c->t[i].end - c->t[i].start, cc);
}

static const char *org_cc(const struct ctx *c, size_t a, size_t b)
{
    char buf[64];
    size_t n;
    if (a >= b)
        return NULL;
    n = bl_gazetteer_normalize(c->d->text + c->t[a].start, c->t[b - 1].end - c->t[a].start, buf,
                               sizeof buf);
    if (!n)
        return NULL;
    for (size_t k = 0; org_country[k].name; k++)
        if (org_country[k].name[0] == buf[0] && strcmp(org_country[k].name, buf) == 0)
            return org_country[k].cc;
    return NULL;
}

/* ---- Pass 1: entities to candidate mentions ---------------------------- */

enum { C_PERSON, C_ORG, C_LOC, C_MAYBE };

struct cand {
    uint32_t a, b;  /* name tokens */
    uint32_t ta;    /* first token of the titles/modifiers before the name */
    int cls;        /* C_* */
    int type;       /* the tagger's entity type */
    int ent;        /* entity index */
    unsigned flags; /* M_* */
    int actor;
};

/* Token index of the token starting at byte off, or SIZE_MAX. */
static size_t tok_at(const struct ctx *c, size_t off)
{
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->t[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (lo < c->n && c->t[lo].start == off) ? lo : SIZE_MAX;
}

/* tok_at of each entity's first byte, into c->ent_tok. The entities come
 * in text order, a few tokens apart: each is sought from the last one's
 * token in steps that double (1, 2, 4 ... tokens on), then bisected between
 * the last two; one out of order is bisected for in all the tokens. */
static void ent_toks(struct ctx *c)
{
    size_t k = 0, prev = 0;
    for (size_t e = 0; e < c->d->nents; e++) {
        size_t off = c->d->ents[e].span.start, lo = k, hi, step;
        if (off < prev) {
            c->ent_tok[e] = tok_at(c, off);
            continue;
        }
        prev = off;
        /* every token before lo starts before off */
        for (step = 1;; step *= 2) {
            hi = c->n - lo > step ? lo + step : c->n;
            if (hi == lo || c->t[hi - 1].start >= off)
                break;
            lo = hi;
        }
        while (lo < hi) { /* the first token in [lo, hi) starting at or after off */
            size_t mid = lo + (hi - lo) / 2;
            if (c->t[mid].start < off)
                lo = mid + 1;
            else
                hi = mid;
        }
        k = lo;
        c->ent_tok[e] = (k < c->n && c->t[k].start == off) ? k : SIZE_MAX;
    }
}

static int push_cand(struct cand **cs, size_t *n, size_t *cap, struct cand x)
{
    if (*n == *cap && bl_grow((void **)cs, cap, *n + 1, sizeof **cs) != BL_OK)
        return BL_ERR_NOMEM;
    (*cs)[(*n)++] = x;
    return BL_OK;
}

/* Common nouns that introduce a company by name ("the startup Acme"). */
static const char *const org_intro[] = {
    "airline",  "bank",      "brand",        "broadcaster", "carrier", "chain",        "charity",
    "club",     "company",   "conglomerate", "consultancy", "developer", "firm",  "fund",  "giant",
    "group",    "insurer",   "label",        "lender",      "magazine", "maker",  "manufacturer",
    "newspaper", "operator", "platform",     "provider",    "publisher", "retailer", "service",
    "start-up", "startup",   "tabloid",      "team",        "website"};

/* Last words of company names that the gazetteer's suffix list lacks. */
static const char *const org_tail[] = {
    "airlines", "airways",    "associates",   "brands",       "capital", "council", "energy",
    "foods",    "foundation", "fund",         "holdings", "institute", "journal",
    "labs",     "markets",    "media",        "motors",  "news",    "partners",
    "pharmaceuticals", "post", "programme",  "research", "securities",  "stores",  "studios", "systems",
    "technologies", "times",  "trust",        "ventures"};

/* Are tokens [a, b) all words opening with a capital ("Kenya Flower
 * Council", not "Bay of Bengal")? */
static bool all_upper(const struct ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (!is_word(c, k) || !is_upper(c, k))
            return false;
    return true;
}

/* Does word i end bodies' names ("Hospital", "Associates", "Research"):
 * the gazetteer's organisation suffixes or org_tail? */
static bool ends_body_name(const struct ctx *c, size_t i)
{
    return (classes(c, i, i + 1) & BL_GZ_ORG_SUFFIX) || tok_in(c, i, org_tail);
}

/* "carmaker", "chipmaker", "toolmaker": a lower-case word in -maker. */
static bool maker_word(const struct ctx *c, size_t i)
{
    size_t l = c->t[i].end - c->t[i].start;
    return is_word(c, i) && !is_upper(c, i) && l > 6 &&
           lower_eq(c->d->text + c->t[i].end - 5, "maker", 5);
}

/* "The trucking company, Redline Logistics, said", "the drug's maker,
 * Halden Pharma,": the name [a, b) set off by a comma after the firm's word
 * k is the firm, unless the name opens with a first name or the phrase is
 * someone's employer ("a spokesman for the company, Miller, said": a
 * preposition before its article) and the name ends on a family name or is
 * one word. */
static bool comma_firm(const struct ctx *c, size_t k, size_t a, size_t b)
{
    if (classes(c, a, a + 1) & BL_GZ_GIVEN_NAME)
        return false;
    for (size_t j = k, lim = k > 6 ? k - 6 : 0; j > lim; j--) {
        size_t p = j - 1;
        if (tok_is(c, p, "the") || tok_is(c, p, "a") || tok_is(c, p, "an"))
            return p == 0 ||
                   !(tok_is(c, p - 1, "for") || tok_is(c, p - 1, "of") ||
                     tok_is(c, p - 1, "at") || tok_is(c, p - 1, "from") ||
                     tok_is(c, p - 1, "with") || tok_is(c, p - 1, "by") ||
                     tok_is(c, p - 1, "to")) ||
                   (b > a + 1 && !(classes(c, b - 1, b) & BL_GZ_SURNAME));
        /* "the vaccine's maker": a possessive noun before the word */
        if (c->t[p].kind == BL_TOK_CLITIC && p > 0 && is_word(c, p - 1) && !is_upper(c, p - 1))
            continue;
        if (!is_word(c, p) || is_upper(c, p))
            return false;
    }
    return false;
}

/* A tagger PERSON (or ORGANIZATION) that reads as a body: "Johns Hopkins
 * University", "Lamar County Chamber of Commerce", "the company Acme". */
static bool looks_like_org(const struct ctx *c, size_t a0, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (tok_is(c, k, "of") || tok_is(c, k, "for") || tok_is(c, k, "&") || tok_is(c, k, "and"))
            return true;
    if (b - a >= 2 && ends_body_name(c, b - 1))
        return true;
    if (a0 > 0 && a0 == a && (tok_in(c, a0 - 1, org_intro) || maker_word(c, a0 - 1)))
        return true;
    /* "The trucking company, Redline Logistics of Columbus, said" */
    if (a0 > 1 && a0 == a && is_punct(c, a0 - 1, ',') && tok_in(c, a0 - 2, org_intro))
        return comma_firm(c, a0 - 2, a, b);
    return false;
}

/* "Harlequins head coach Rory Kinsella", "Saracens director of rugby Neil
 * Braddock", "Chega's leader, Andre Ventura": after token b-1, a title in
 * lower case (and its "of" phrase), then a name in capitals: the name
 * before is the one the titled person works for. */
static bool staff_after(const struct ctx *c, size_t b)
{
    size_t k = b, te;
    if (k < c->n && is_poss(c, k))
        k++;
    if (k >= c->n || !is_word(c, k) || is_upper(c, k))
        return false;
    te = title_starting(c, k, k + 4 < c->n ? k + 4 : c->n, 1);
    if (te == k)
        return false;
    /* "head" "coach": titles one after another, a few */
    for (int more = 0; more < 2 && te < c->n && is_word(c, te) && !is_upper(c, te); more++) {
        size_t t2 = title_starting(c, te, te + 4 < c->n ? te + 4 : c->n, 1);
        if (t2 == te)
            break;
        te = t2;
    }
    if (te + 2 < c->n && tok_is(c, te, "of") && is_word(c, te + 1) && !is_upper(c, te + 1))
        te += 2;
    if (te < c->n && is_punct(c, te, ','))
        te++;
    return te < c->n && is_word(c, te) && is_upper(c, te);
}

/* Does a person's name of two words or more among the SURNAME_LOOK
 * entities before entity ent end with token a's word ("Ingrid Solberg"
 * before "Solberg's deputy")? */
#define SURNAME_LOOK 256
static bool surname_before(const struct ctx *c, int ent, size_t a)
{
    size_t wl = c->t[a].end - c->t[a].start;
    const char *w = c->d->text + c->t[a].start;
    for (int k = ent - 1; k >= 0 && ent - k <= SURNAME_LOOK; k--) {
        const struct bl_entity *e = &c->d->ents[k];
        size_t el = e->span.end - e->span.start;
        if (e->type == BL_ENT_PERSON && el > wl + 1 &&
            c->d->text[e->span.end - wl - 1] == ' ' &&
            memcmp(c->d->text + e->span.end - wl, w, wl) == 0)
            return true;
    }
    return false;
}

/* "U.S. Chamber of Commerce", "Bank of England" tagged as a place: a word
 * that ends bodies' names, then "of". */
static bool body_of(const struct ctx *c, size_t a, size_t b)
{
    for (size_t k = a + 1; k + 1 < b && k < a + 6; k++)
        if (tok_is(c, k, "of"))
            return ends_body_name(c, k - 1) || tok_is(c, k - 1, "chamber");
    return false;
}

/* Words for a body of water or a landform that "of" and a name follow ("the
 * Bay of Bengal", "the Gulf of Mexico"): a place, whatever the tagger says.
 * Sorted. */
static const char *const water_words[] = {"bay", "cape", "gulf", "sea", "strait", "straits"};

/* Words before "manager" for a firm that manages money ("the asset manager
 * X"). Sorted. */
static const char *const money_words[] = {"asset", "fund", "investment", "money", "wealth"};

/* Last words of a place's name that a person's is not ("Victoria Harbour",
 * "Charles River"). Sorted. */
static const char *const feature_heads[] = {
    "avenue",   "bay",     "beach", "bridge", "canyon", "creek",  "falls",
    "harbor",   "harbour", "hill",  "hills",  "island", "lake",   "mount",
    "mountain", "park",    "river", "road",   "square", "street", "valley"};

/* Words for a place that "of" and its name follow ("the suburb of X"). */
static const char *const place_words[] = {"district", "island",   "municipality", "neighborhood",
                                          "neighbourhood", "province", "suburb", "town",
                                          "township", "village"};

/* Is there after token b-1 an appositive ", a town in", ", a small
 * fishing village near": "a" or "an", at most two lower-case words, a word
 * for a place, then a preposition of where it lies? */
static bool place_appositive(const struct ctx *c, size_t b)
{
    static const char *const where[] = {"in", "near", "on", "outside"};
    size_t k;
    if (b + 3 >= c->n || !is_punct(c, b, ',') || !(tok_is(c, b + 1, "a") || tok_is(c, b + 1, "an")))
        return false;
    for (k = b + 2; k < b + 5 && k + 1 < c->n; k++) {
        if (!is_word(c, k) || is_upper(c, k))
            return false;
        if (tok_in_n(c, k, place_words, sizeof place_words / sizeof place_words[0]))
            return tok_in_n(c, k + 1, where, sizeof where / sizeof where[0]);
    }
    return false;
}

/* Peoples and faiths the tagger takes for names ("Hispanics are ...");
 * as actors they are groups, not persons. */
static const char *const peoples[] = {
    "arabs",     "catholics", "christians",   "evangelicals", "hindus",  "hispanic",
    "hispanics", "jews",      "kurds",        "latina",       "latinas", "latino",
    "latinos",   "muslims",   "palestinians", "shiites",      "sikhs",   "sunnis"};

/* A party member: "Democrat Ann Lee" is a label, not a body. */
static const char *const party_members[] = {"democrat", "republican"};

/* Words that open a sentence (often one inside a quotation) and that the
 * tagger may take for a name: "Maybe nothing.", "So did I.", "All of it." */
static const char *const openers[] = {"all",   "maybe", "nobody", "nothing", "perhaps", "so",
                                      "sorry", "thanks", "today", "well",    "yes"};

/* A lone word that names nobody: a party-and-state tag ("R-IN", "D-N.C."),
 * an initial ("I."), a people or faith, a party's members. */
static bool not_a_name(const struct ctx *c, size_t i)
{
    const char *s = c->d->text + c->t[i].start;
    size_t len = c->t[i].end - c->t[i].start, letters = 0;
    if (bl_party_tag(s, len))
        return true;
    for (size_t k = 0; k < len; k++)
        if ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= 'a' && s[k] <= 'z') ||
            (unsigned char)s[k] >= 0x80)
            letters++;
    return letters <= 1 || tok_in(c, i, peoples) ||
           (len <= 7 && strchr("AMNPSTWYamnpstwy", s[0]) && tok_in(c, i, openers)) ||
           ((s[0] == 'D' || s[0] == 'R') && tok_in(c, i, party_members));
}

/* "St James' Park", "St Thomas' Hospital": a word for a place after a name's
 * possessive ends that place's name, and is no name on its own. */
static bool landmark_tail(const struct ctx *c, size_t i)
{
    static const char *const tails[] = {"abbey",    "bridge",  "cathedral", "church",
                                        "college",  "gardens", "hall",      "hospital",
                                        "palace",   "park",    "square",    "stadium",
                                        "street"};
    return i >= 2 && is_poss(c, i - 1) && is_upper(c, i - 2) &&
           tok_in_n(c, i, tails, sizeof tails / sizeof tails[0]);
}

/* An index (a token's, an actor's) under a hash of its word, for the
 * lookups that sort such pairs once and bisect them. */
struct hashed {
    uint64_t h;
    uint32_t i;
};

static int hashed_cmp(const void *x, const void *y)
{
    const struct hashed *p = x, *q = y;
    if (p->h != q->h)
        return p->h < q->h ? -1 : 1;
    return p->i < q->i ? -1 : p->i > q->i;
}

/* The first of v[0, n), sorted by hashed_cmp, whose hash is h or more. */
static size_t hashed_first(const struct hashed *v, size_t n, uint64_t h)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid].h < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* hash_str of the text with ASCII upper case folded to lower, as
 * strncasecmp compares. */
static uint64_t hash_fold(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i]);
        h *= 1099511628211ull;
    }
    return h;
}

/* Sorts the word tokens of three or more bytes in lower case by hash_fold
 * into c->lows (NULL when there is none, or, with nlows set, no memory). */
static void lows_build(struct ctx *c)
{
    size_t n = 0;
    c->lows_done = true;
    for (size_t i = 0; i < c->n; i++)
        n += c->t[i].end - c->t[i].start >= 3 && is_word(c, i) && !is_upper(c, i);
    if (!n)
        return;
    if (!(c->lows = malloc(n * sizeof *c->lows))) {
        c->nlows = n;
        return;
    }
    for (size_t i = 0; i < c->n; i++)
        if (c->t[i].end - c->t[i].start >= 3 && is_word(c, i) && !is_upper(c, i)) {
            c->lows[c->nlows].h =
                hash_fold(c->d->text + c->t[i].start, c->t[i].end - c->t[i].start);
            c->lows[c->nlows++].i = (uint32_t)i;
        }
    qsort(c->lows, c->nlows, sizeof *c->lows, hashed_cmp);
}

/* "Glaciers in the Alps lost ...": a lone word opening a sentence, in title
 * case, that the text also writes in lower case is a common noun, not a
 * body. The lower-case words are sorted by their folded hash at the first
 * question (lows_build): a scan of the text for each such word was
 * quadratic in a text of many ("Shares of Alder Birch Inc rose. Birch said
 * little."); without memory for them, it scans. */
static bool common_opener(struct ctx *c, size_t a)
{
    size_t n = c->t[a].end - c->t[a].start;
    const char *w = c->d->text + c->t[a].start;
    bool opens = a == 0 || c->sent_of[a - 1] != c->sent_of[a] ||
                 (a > 1 && c->t[a - 1].kind == BL_TOK_DASH && (c->t[a - 2].flags & BL_TF_ALLCAPS));
    uint64_t h;
    if (!opens || (c->t[a].flags & BL_TF_ALLCAPS) || n < 3)
        return false; /* (or after a dateline: "GENEVA — Glaciers ...") */
    if (!c->lows_done)
        lows_build(c);
    if (!c->lows && c->nlows) { /* no memory for the table */
        for (size_t i = 0; i < c->n; i++)
            if (i != a && c->t[i].end - c->t[i].start == n && is_word(c, i) && !is_upper(c, i) &&
                strncasecmp(c->d->text + c->t[i].start, w, n) == 0)
                return true;
        return false;
    }
    h = hash_fold(w, n);
    for (size_t k = hashed_first(c->lows, c->nlows, h); k < c->nlows && c->lows[k].h == h; k++) {
        size_t i = c->lows[k].i;
        if (i != a && c->t[i].end - c->t[i].start == n &&
            strncasecmp(c->d->text + c->t[i].start, w, n) == 0)
            return true;
    }
    return false;
}

/* "SAN FRANCISCO — A court ruled": a place in capitals opening a sentence
 * before a dash or a comma is a dateline, whatever the tagger took it for. */
static bool dateline_place(const struct ctx *c, size_t a, size_t b, unsigned cl)
{
    if (!(cl & (BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_COUNTRY)) || b >= c->n ||
        (a > 0 && c->sent_of[a - 1] == c->sent_of[a]) ||
        !(c->t[b].kind == BL_TOK_DASH || is_punct(c, b, ',') || is_punct(c, b, '(')))
        return false; /* "NEW YORK (Reuters) -": a wire's credit after it */
    for (size_t i = a; i < b; i++)
        if (!(c->t[i].flags & BL_TF_ALLCAPS))
            return false;
    return true;
}

/* "FRANKFURT, March 4 (Wire) -", "SEOUL (Yonhap) —": the name in brackets
 * between a dateline in capitals and a dash is the agency's credit, a body
 * whatever the tagger took it for. */
static bool wire_credit(const struct ctx *c, size_t a, size_t b)
{
    size_t s;
    if (a < 2 || b + 1 >= c->n || b - a > 3 || !is_punct(c, a - 1, '(') || !is_punct(c, b, ')') ||
        !(c->t[b + 1].kind == BL_TOK_DASH || is_punct(c, b + 1, '-')))
        return false;
    s = c->d->sents[c->sent_of[a]].tok_start;
    return s < a - 1 && a - 1 - s <= 8 && (c->t[s].flags & BL_TF_ALLCAPS) && is_word(c, s);
}

/* A body's name in [a, b) ending in a word for a party, a society or a body
 * of its own, whose demonym is part of the name ("Scottish National Party",
 * "British Medical Association", "Norwegian Refugee Council", "Australian
 * Energy Market Operator"); not a ministry or an army, whose demonym says
 * the country ("the Chinese Foreign Ministry"). */
static bool society_tail(const struct ctx *c, size_t a, size_t b)
{
    static const char *const tails[] = {"academy",    "association", "church",  "club",
                                        "congress",   "council",     "federation",
                                        "foundation", "fund",        "institute", "league",
                                        "operator",   "party",       "society", "union"};
    while (b > a + 1 && (c->t[b - 1].kind != BL_TOK_WORD || is_poss(c, b - 1)))
        b--;
    if (b > a + 2 && is_upper(c, b - 1) &&
        /* "Saudi Press Agency", "Korean Central News Agency", "Canadian
         * Broadcasting Corporation": a national news agency or broadcaster */
        ((tok_is(c, b - 1, "agency") && (tok_is(c, b - 2, "press") || tok_is(c, b - 2, "news"))) ||
         (tok_is(c, b - 1, "corporation") && tok_is(c, b - 2, "broadcasting"))))
        return true;
    return b > a + 1 && is_upper(c, b - 1) && tok_in(c, b - 1, tails);
}

/* "the Russian Defence Ministry", "the Indian Navy": a state's body that
 * the text may name again without its demonym, so the demonym is its
 * country, not its name; any other body tagged with its demonym keeps it
 * ("British Airways", "the Palestinian Authority", "the Swiss National
 * Bank"). */
static bool state_body_tail(const struct ctx *c, size_t a, size_t b)
{
    static const char *const tails[] = {"army",     "coastguard", "department", "embassy",
                                        "government", "military", "ministry",   "navy",
                                        "office",   "parliament", "police",     "presidency"};
    while (b > a + 1 && (c->t[b - 1].kind != BL_TOK_WORD || is_poss(c, b - 1)))
        b--;
    return b > a + 1 && tok_in_n(c, b - 1, tails, sizeof tails / sizeof tails[0]);
}

/* "a study published in The Lancet Psychiatry", "published last year in the
 * journal Nature": a name at a0 after "published ... in" is a journal, a body. */
static bool journal_at(const struct ctx *c, size_t a0)
{
    size_t k = a0;
    if (k > 0 && tok_is(c, k - 1, "journal"))
        k--;
    if (k > 0 && tok_is(c, k - 1, "the"))
        k--;
    if (k < 2 || !tok_is(c, k - 1, "in"))
        return false;
    /* "published last year in", "published on Tuesday in" */
    for (size_t j = k - 1; j > 0 && j + 4 >= k; j--)
        if (tok_is(c, j - 1, "published"))
            return true;
    return false;
}

/* "Clarksville Street", "Lamar County": a name ending in one of these words
 * is a place, whatever the tagger took it for; a county tagged as a body
 * ("Harris County sued") stays the body that governs it. */
static bool place_name_tail(const struct ctx *c, size_t i, int type)
{
    /* roads, and buildings and works people go to or stand on ("the
     * Maharashtra Cricket Association Stadium", "the Rayburn House Office
     * Building", "the Long Embankment"), which neither speak nor act */
    static const char *const roads[] = {"arena",  "avenue", "boulevard", "building",
                                        "embankment", "road", "stadium", "street"};
    static const char *const areas[] = {"county", "parish", "township"};
    return tok_in_n(c, i, roads, sizeof roads / sizeof roads[0]) ||
           (type == BL_ENT_PERSON && tok_in_n(c, i, areas, sizeof areas / sizeof areas[0]));
}

/* "Lake Naivasha", "Mount Kenya": a name opened by a word for a lake or a
 * mountain is a place, though the tagger took it for a person's. */
static bool place_name_head(const struct ctx *c, size_t a)
{
    return is_upper(c, a) && (tok_is(c, a, "lake") || tok_is(c, a, "mount"));
}

/* "Sytral, the regional transport authority,", "Kovo, a Czech bus maker":
 * an appositive after token b-1 whose head is a word for a body, so the
 * name before it is that body whatever else the tagger took it for (not
 * a person: "Kees Janssen, a crane operator,"). The head
 * is the last word before punctuation, a preposition or a function word
 * ("the owner of ...", "an adviser to the club" are headed by "owner",
 * "adviser"); a possessive ("the company's chief") says no. */
static bool org_appositive(const struct ctx *c, size_t b, bool person)
{
    /* after a name tagged a person, only words no person's job ends in
     * ("a crane operator", "a software developer" are people). Sorted. */
    static const char *const firm_words[] = {
        "airline",  "association", "bank",   "broadcaster", "carrier",  "chain",
        "charity",  "company",     "conglomerate", "corporation", "firm", "insurer",
        "lender",   "manufacturer", "newspaper", "retailer", "start-up", "startup"};
    static const char *const stops[] = {"and", "at",  "based", "by",    "for", "from",
                                        "in",  "of",  "on",    "that",  "the", "to",
                                        "which", "who", "with"};
    char buf[WORD_MAX];
    size_t k, h = SIZE_MAX;
    if (b + 2 >= c->n || c->d->text[c->t[b].start] != ',' || !is_punct(c, b, ',') ||
        !(tok_is(c, b + 1, "the") || tok_is(c, b + 1, "a") || tok_is(c, b + 1, "an")))
        return false;
    for (k = b + 2; k < c->n && k < b + 8; k++) {
        if (is_poss(c, k))
            return false;
        if (!is_word(c, k) || IN_LIST(stops, lower(c, k, buf)))
            break;
        h = k;
    }
    if (h == SIZE_MAX || k >= c->n || k >= b + 8 || is_upper(c, h) ||
        !(c->t[k].kind == BL_TOK_PUNCT || is_word(c, k)))
        return false;
    lower(c, h, buf);
    if (person)
        return IN_LIST(firm_words, buf);
    return IN_LIST(org_heads, buf) || IN_LIST(org_intro, buf);
}

/* "an analyst at Fjord Markets", "a partner at Deloitte": the name after a
 * job and "at" is the employer, a body, when the gazetteer knows no place
 * by it ("a professor at Oxford" stays the city). a is the name's first
 * token; cl its gazetteer classes. */
static bool employer_at(const struct ctx *c, size_t a, unsigned cl)
{
    static const char *const jobs[] = {
        "analyst",   "banker",    "consultant", "director",   "economist", "engineer",
        "executive", "fellow",    "lawyer",     "lecturer",   "manager",   "partner",
        "professor", "researcher", "scientist", "strategist", "trader"};
    char buf[WORD_MAX];
    size_t j = a, l;
    if (cl & (BL_GZ_COUNTRY | BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_REGION))
        return false;
    if (j > 0 && tok_is(c, j - 1, "the"))
        j--;
    /* the job in lower case, or capitalised where the sentence opens on
     * it ("Analysts at Morgan Stanley cut ...") */
    if (!(j >= 2 && tok_is(c, j - 1, "at") && is_word(c, j - 2) &&
          (!is_upper(c, j - 2) || j == 2 || c->sent_of[j - 3] != c->sent_of[j - 2])))
        return false;
    lower(c, j - 2, buf);
    if (IN_LIST(jobs, buf))
        return true;
    /* "analysts at", "economists at": the plural */
    l = strlen(buf);
    if (l < 4 || buf[l - 1] != 's')
        return false;
    buf[l - 1] = '\0';
    return IN_LIST(jobs, buf);
}

/* A fresh candidate of entity ent (or -1) tagged type, with no actor yet. */
static void cand_init(struct cand *x, int ent, int type)
{
    memset(x, 0, sizeof *x);
    x->ent = ent;
    x->type = type;
    x->actor = -1;
}

/* Sets the candidate's name tokens [a,b), the first token ta of the words
 * before the name that belong to it, and its class. */
static void cand_at(struct cand *x, size_t a, size_t b, size_t ta, int cls)
{
    x->a = (uint32_t)a;
    x->b = (uint32_t)b;
    x->ta = (uint32_t)ta;
    x->cls = cls;
}

/* "KC", "QC", "SC": the rank of a senior barrister, written after the
 * name in capitals (case-sensitive: "Sc" or "kc" is something else) */
static bool postnominal(const struct ctx *c, size_t i)
{
    const char *s = c->d->text + c->t[i].start;
    return c->t[i].end - c->t[i].start == 2 && (s[0] == 'K' || s[0] == 'Q' || s[0] == 'S') &&
           s[1] == 'C';
}

/* "President Vega said", "Mayor Ruiz": a capitalised title right before a
 * lone word the tagger read as a person names that person, though the word
 * is some town's name too (the title stays outside the entity). */
static bool title_before(const struct ctx *c, size_t a)
{
    return a > 0 && is_upper(c, a - 1) && title_ending(c, a - 1, 0) != SIZE_MAX;
}

/* The particles that open a surname: "van", "von der", "de", "ten" ... */
static bool name_particle_word(const struct ctx *c, size_t i)
{
    static const char *const particles[] = {"al",  "bin", "da",  "das", "de",  "del", "den",
                                            "der", "di",  "dos", "du",  "ibn", "la",  "le",
                                            "ten", "ter", "van", "von"};
    return tok_in_n(c, i, particles, sizeof particles / sizeof particles[0]);
}

/* "Marit van der Berg": a particle in lower case inside name tokens [a,b),
 * which a title-case headline never has. */
static bool lower_particle_in(const struct ctx *c, size_t a, size_t b)
{
    for (size_t i = a + 1; i + 1 < b; i++)
        if (!is_upper(c, i) && name_particle_word(c, i))
            return true;
    return false;
}

/* Heads that take a portfolio word in front: "Trade Minister", "Transport
 * Secretary", "Energy Commissioner". */
static const char *const portfolio_heads[] = {"commissioner", "minister", "secretary"};

/* Trim one entity part [a,b) into a candidate: drop "the", leading titles and
 * demonyms, a trailing possessive and name suffixes; classify it. */
static int make_cand(struct ctx *c, int ent, size_t a, size_t b, int type, struct cand **cs,
                     size_t *ncs, size_t *capcs)
{
    struct cand x;
    size_t e, a0 = a, b0;
    bool titled = false;
    unsigned cl;
    char cc[3];

    cand_init(&x, ent, type);
    if (a < b && tok_is(c, a, "the"))
        a++;
    /* "Will Russia respond?": a question's verb run into a place */
    if (type == BL_ENT_PERSON && b - a >= 2 &&
        (a == 0 || c->sent_of[a - 1] != c->sent_of[a] || is_punct(c, a - 1, ':')) &&
        (tok_in(c, a, modals) || tok_in(c, a, auxiliaries)) &&
        (classes(c, a + 1, b) & (BL_GZ_COUNTRY | BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_REGION)) &&
        !(classes(c, a + 1, b) & (BL_GZ_GIVEN_NAME | BL_GZ_SURNAME))) {
        a++;
        type = BL_ENT_LOCATION;
    }
    a0 = a;
    /* "Trade Cabinet Secretary Wanjiru Kamau" with "Trade Cabinet" tagged a
     * body: the words before a bare head that takes a portfolio, and a name
     * after it, are the person's portfolio, no body */
    if (type == BL_ENT_ORGANIZATION && b - a >= 2 && b + 1 < c->n &&
        tok_in(c, b, portfolio_heads) && is_upper(c, b) && is_word(c, b + 1) &&
        is_upper(c, b + 1) && !(classes(c, a, b) & BL_GZ_ORG))
        return BL_OK;
    /* "General Assembly" is a body, not General Assembly the person */
    if (b - a >= 2 && b - a <= 6 && (classes(c, a, b) & BL_GZ_ORG)) {
        cand_at(&x, a, b, a, C_ORG);
        if (is_poss(c, b))
            x.flags |= M_POSS;
        return push_cand(cs, ncs, capcs, x);
    }
    for (;;) {
        e = title_starting(c, a, b, 1);
        /* "the General Court", "the Chief Rabbinate Council": a body's
         * name, whose first word is no title of anyone's */
        if (e > a && e < b && type == BL_ENT_ORGANIZATION && is_upper(c, b - 1) &&
            (tok_in(c, b - 1, org_heads) || tok_is(c, b - 1, "court") ||
             tok_is(c, b - 1, "tribunal")))
            e = a;
        if (e > a && e < b) {
            a = e;
            titled = true;
            continue;
        }
        if (a + 1 < b && demonym_of(c, a, cc) &&
            !((type == BL_ENT_ORGANIZATION || type == BL_ENT_MISC) && society_tail(c, a, b)) &&
            !(type == BL_ENT_ORGANIZATION && !state_body_tail(c, a, b))) {
            a++;
            continue;
        }
        break;
    }
    /* e is title_starting(c, a, b, 1): a title through b (e == b), a title
     * tagged on its own as below, or none ending by b (e == a), so that
     * below only titles running past b are new */
    if (e > a)
        return BL_OK;
    b0 = b;
    while (b > a && b - 1 != c->firm_clitic &&
           (c->t[b - 1].kind != BL_TOK_WORD || tok_in(c, b - 1, suffixes))) {
        if (is_poss(c, b - 1))
            x.flags |= M_POSS;
        b--;
    }
    /* "Marcus Fenwick KC", "Jane Roe SC": a barrister's rank after the
     * name, in capitals, is no part of it */
    if (type == BL_ENT_PERSON && b - a >= 3 && postnominal(c, b - 1))
        b--;
    if (b <= a)
        return BL_OK;
    if (is_poss(c, b))
        x.flags |= M_POSS;
    /* "National Security" tagged apart from "Adviser Mike Waltz": the start
     * of a title, not a body */
    if (title_starting(c, a, a + 4 < c->n ? a + 4 : c->n, b0 - a + 1) >= b)
        return BL_OK; /* ... or a title tagged on its own */
    /* "Florida Attorney" tagged apart from "General Mark Ellison": a state
     * (or a country, a city) before a title that runs past the tag is the
     * place, and the title belongs to the name after it */
    if (b - a >= 2 && b == b0 && type != BL_ENT_LOCATION &&
        (classes(c, a, a + 1) & (BL_GZ_COUNTRY | BL_GZ_CITY | BL_GZ_ADMIN1)) &&
        title_starting(c, a + 1, a + 5 < c->n ? a + 5 : c->n, b - a) > b) {
        cand_at(&x, a, a + 1, a0, C_LOC);
        return push_cand(cs, ncs, capcs, x);
    }
    /* "in the suburb of Patima Halandriou", "the village of Ano Liosia": a
     * name after a word for a place and "of" is that place, not a person */
    if (type == BL_ENT_PERSON && a == a0 && a >= 2 && tok_is(c, a - 1, "of") &&
        tok_in(c, a - 2, place_words)) {
        cand_at(&x, a, b, a, C_LOC);
        if (ent >= 0 && c->d->ents[ent].span.start == c->t[a].start)
            c->d->ents[ent].type = BL_ENT_LOCATION;
        return push_cand(cs, ncs, capcs, x);
    }
    /* "Mai Tembo, a town in the Rift Valley", "a fishing village near X":
     * a name whose appositive is a word for a place and where it lies */
    if (type == BL_ENT_PERSON && a == a0 && b == b0 && place_appositive(c, b)) {
        int rc; /* ... and stays that place when named again (see "Marin") */
        if ((rc = map_put(&c->map, hash_toks(c, 'K', a, b), 0)) != BL_OK)
            return rc;
        cand_at(&x, a, b, a, C_LOC);
        if (ent >= 0 && c->d->ents[ent].span.start == c->t[a].start)
            c->d->ents[ent].type = BL_ENT_LOCATION;
        return push_cand(cs, ncs, capcs, x);
    }
    /* "the asset manager Itau Gestao", "fund manager Pareto": a firm that
     * manages money, not a person whose title is "manager" */
    if (type == BL_ENT_PERSON && a == a0 && a >= 2 && tok_is(c, a - 1, "manager") &&
        tok_in(c, a - 2, money_words)) {
        x.a = (uint32_t)a;
        x.b = (uint32_t)b;
        x.ta = (uint32_t)a;
        x.cls = C_ORG;
        if (is_poss(c, b))
            x.flags |= M_POSS;
        return push_cand(cs, ncs, capcs, x);
    }
    /* "Carvalho Chief Executive" tagged apart from "Luis Andrade", or
     * "Halverson Chief Financial Officer Tom Lee" tagged as one body: the
     * company's name, then a title with a name after it */
    if (type == BL_ENT_ORGANIZATION && b - a >= 2 && a == a0 && b == b0) {
        for (size_t k = a + 1; k < b; k++) {
            size_t te = title_starting(c, k, k + 4 < c->n ? k + 4 : c->n, 1);
            if (te == k)
                continue;
            if (!is_upper(c, k) || !is_upper(c, k - 1) || te >= c->n || !is_word(c, te) ||
                !is_upper(c, te) || (te < b && b - te > 3))
                break;
            cand_at(&x, a, k, a, C_ORG);
            if (te < b) {
                int rc = push_cand(cs, ncs, capcs, x);
                if (rc != BL_OK)
                    return rc;
                cand_init(&x, ent, BL_ENT_PERSON);
                cand_at(&x, te, b, k, C_PERSON);
                if (is_poss(c, b))
                    x.flags |= M_POSS;
            }
            return push_cand(cs, ncs, capcs, x);
        }
    }
    /* "the Clean Water Act", "the Digital Markets Act": a law, whatever the
     * tagger took it for, neither speaks nor acts */
    if (b - a >= 2 && is_upper(c, b - 2) && c->t[b - 1].end - c->t[b - 1].start == 3 &&
        memcmp(c->d->text + c->t[b - 1].start, "Act", 3) == 0) {
        if (ent >= 0)
            c->d->ents[ent].type = BL_ENT_MISC;
        return BL_OK;
    }
    /* "So did I. So did everybody": an initial before "So" is no name either */
    if ((b - a == 1 && (not_a_name(c, a) || landmark_tail(c, a))) ||
        (b - a == 2 && tok_in(c, a + 1, openers) && not_a_name(c, a)))
        return BL_OK;
    /* "The Court of Arbitration for Sport" with only "Sport" tagged, a
     * person: a lone word after a capitalised word and "for" or "of" ends a
     * longer name the tagger cut, when it is nobody's name (not "Support
     * for Morimoto's government": a capital opening the sentence) */
    if (b - a == 1 && a == a0 && !titled && type == BL_ENT_PERSON && a >= 2 &&
        (tok_is(c, a - 1, "for") || tok_is(c, a - 1, "of")) && is_word(c, a - 2) &&
        is_upper(c, a - 2) && c->sent_of[a - 2] == c->sent_of[a] &&
        a - 2 > c->d->sents[c->sent_of[a]].tok_start && !is_poss(c, b) &&
        !(classes(c, a, b) & (BL_GZ_GIVEN_NAME | BL_GZ_SURNAME)))
        return BL_OK;
    cand_at(&x, a, b, a0, C_MAYBE); /* each branch below sets the class */
    if (wire_credit(c, a, b))
        x.flags |= M_CREDIT;
    cl = classes(c, a, b);
    /* "CHF 3.1 million": a currency, not a body; "fined the company Acme
     * 1.2 billion euros" is the body */
    if (b < c->n && c->t[b].kind == BL_TOK_NUMBER && type != BL_ENT_PERSON &&
        !looks_like_org(c, a0, a, b))
        return BL_OK;
    if (b - a >= 2 && a == a0 && b == b0 && !(cl & BL_GZ_ORG) && type != BL_ENT_LOCATION &&
        is_upper(c, b - 1) &&
        (place_name_tail(c, b - 1, type) ||
         (type == BL_ENT_PERSON && place_name_head(c, a) && !ends_body_name(c, b - 1)))) {
        int rc;
        x.cls = C_LOC;
        /* "Marin" after "Marin County": remember the county's name */
        if (type == BL_ENT_PERSON && b - a == 2 && tok_is(c, b - 1, "county") &&
            (rc = map_put(&c->map, hash_toks(c, 'K', a, a + 1), 0)) != BL_OK)
            return rc;
        if (ent >= 0 && c->d->ents[ent].span.end == c->t[b - 1].end)
            c->d->ents[ent].type = BL_ENT_LOCATION;
        return push_cand(cs, ncs, capcs, x);
    }
    /* "the Marin law", "in Marin" after "Marin County": the county, no
     * person (the entity stays as tagged: the name alone is a town
     * elsewhere) */
    if (a == a0 && !titled && type == BL_ENT_PERSON &&
        map_get(&c->map, hash_toks(c, 'K', a, b)) >= 0) {
        x.cls = C_LOC;
        return push_cand(cs, ncs, capcs, x);
    }
    if (b - a == 1 && !titled && map_get(&c->map, hash_toks(c, 'W', a, b)) >= 0)
        return BL_OK; /* "Halani made landfall" after "Typhoon Halani" */
    /* "Typhoon Halani", tagged a place or a person: a storm, no actor, and
     * "Halani" alone later is the storm */
    if (type != BL_ENT_ORGANIZATION && b - a == 2 && a == a0 && !titled && bl_storm_word(c->d->text, &c->t[a]) &&
        !(cl & (BL_GZ_COUNTRY | BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_REGION)))
        return map_put(&c->map, hash_toks(c, 'W', a + 1, b), 0);
    /* "Hurricane Delia" with only "Delia" tagged: the storm too */
    if (type == BL_ENT_PERSON && b - a == 1 && a > 0 && is_upper(c, a - 1) &&
        bl_storm_word(c->d->text, &c->t[a - 1]))
        return map_put(&c->map, hash_toks(c, 'W', a, b), 0);
    if (cl & BL_GZ_ORG)
        x.cls = C_ORG;
    else if (titled)
        x.cls = C_PERSON;
    else if (type == BL_ENT_PERSON && b - a >= 2 && tok_in(c, b - 1, proper_groups))
        x.cls = C_ORG; /* "the Christian Democrats", "Free Democrats": a party */
    else if (type == BL_ENT_PERSON) {
        x.cls = C_PERSON;
        if (b - a == 1 && a == a0 && !(cl & (BL_GZ_GIVEN_NAME | BL_GZ_SURNAME)) &&
            staff_after(c, b) && !surname_before(c, ent, a)) {
            /* "Saracens director of rugby Neil Braddock": no name of a
             * person's (not "Trump adviser Kellyanne Conway"): a body */
            x.cls = C_ORG;
            if (ent >= 0 && c->d->ents[ent].span.start == c->t[a].start)
                c->d->ents[ent].type = BL_ENT_ORGANIZATION;
        } else if ((x.flags & M_CREDIT) || (journal_at(c, a0) && !(b < c->n && is_poss(c, b)))) {
            x.cls = C_ORG;
            if (ent >= 0 && c->d->ents[ent].span.start == c->t[a].start)
                c->d->ents[ent].type = BL_ENT_ORGANIZATION;
        } else if (b - a == 1 && (cl & (BL_GZ_COUNTRY | BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_REGION)) &&
            !(cl & (BL_GZ_GIVEN_NAME | BL_GZ_SURNAME)) && !title_before(c, a))
            x.cls = C_LOC;
        else if (b - a == 1 && !(cl & BL_GZ_SURNAME) && country_of(c, a, b, cc))
            x.cls = C_LOC; /* "Washington said": a capital before a first name */
        else if (b - a == 1 && a == a0 && a > 0 && (cl & BL_GZ_CITY) && !(x.flags & M_POSS) &&
                 tok_is(c, a - 1, "in") && big_city(c, a))
            x.cls = C_LOC; /* "Police in Lyon said": people are not "in" someone */
        else if (looks_like_org(c, a0, a, b)) {
            x.cls = C_ORG;
            if (ent >= 0 && c->d->ents[ent].span.start == c->t[a].start)
                c->d->ents[ent].type = BL_ENT_ORGANIZATION;
        } else if (b - a >= 4 && !titled && !(classes(c, a, a + 1) & BL_GZ_GIVEN_NAME) &&
                 !lower_particle_in(c, a, b))
            return BL_OK; /* "Veto Power Impedes Peace Efforts": a headline */
    } else if (type == BL_ENT_ORGANIZATION) {
        x.cls = C_ORG;
        if (dateline_place(c, a, b, cl)) {
            x.cls = C_LOC; /* "SAN FRANCISCO —": the place the story is from */
            return push_cand(cs, ncs, capcs, x);
        }
        /* a body tagged so whose first word is also a first name ("Red
         * Crescent") is a person, unless "the" comes before it ("the
         * Turkish Red Crescent") */
        if (b - a >= 2 && (classes(c, a, a + 1) & BL_GZ_GIVEN_NAME) &&
            !(cl & (BL_GZ_COUNTRY | BL_GZ_ORG | BL_GZ_ADMIN1 | BL_GZ_REGION)) &&
            !looks_like_org(c, a0, a, b) &&
            !(a > 0 && (tok_is(c, a - 1, "the") || tok_is(c, a0 - 1, "the") ||
                        (a > 1 && demonym_of(c, a - 1, cc) && tok_is(c, a - 2, "the")))))
            x.cls = C_PERSON;
        /* "Vietnam's deputy foreign minister, Nguyen Thi Hoa, said": a name
         * set off by commas after a role in lower case is the person */
        else if (b - a >= 2 && a == a0 && a > 1 && is_punct(c, a - 1, ',') && is_word(c, a - 2) &&
                 !is_upper(c, a - 2) && b < c->n && is_punct(c, b, ',') &&
                 !(cl & (BL_GZ_ORG | BL_GZ_ORG_SUFFIX | BL_GZ_COUNTRY | BL_GZ_CITY |
                         BL_GZ_ADMIN1 | BL_GZ_REGION)) &&
                 !looks_like_org(c, a0, a, b) && title_ending(c, a - 2, 0) != SIZE_MAX) {
            x.cls = C_PERSON;
            if (ent >= 0 && c->d->ents[ent].span.start == c->t[a].start)
                c->d->ents[ent].type = BL_ENT_PERSON;
        } else if (b - a == 1 && (cl & (BL_GZ_COUNTRY | BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_REGION)))
            x.cls = C_LOC; /* "Paris council": the place */
        else if (b - a >= 2 && tok_in(c, b - 1, water_words) && (cl & BL_GZ_REGION) &&
                 !(cl & BL_GZ_ORG)) {
            x.cls = C_LOC; /* "over the South China Sea": water, no body */
            if (ent >= 0 && c->d->ents[ent].span.start == c->t[a].start)
                c->d->ents[ent].type = BL_ENT_LOCATION;
        } else if (b - a >= 2 && (cl & (BL_GZ_ADMIN1 | BL_GZ_REGION)) && !(cl & BL_GZ_ORG) &&
                 b + 2 < c->n && is_poss(c, b) &&
                 (is_title(c, b + 1, b + 2) ||
                  (b + 3 < c->n && is_word(c, b + 1) && is_title(c, b + 2, b + 3))))
            x.cls = C_LOC; /* "West Bengal's chief minister": where the office is */
        else if (b - a == 1 && a == a0 && a > 0 &&
                 (tok_is(c, a - 1, "near") || tok_is(c, a - 1, "outside")) && !is_poss(c, b))
            x.cls = C_LOC; /* "grows apricots near Sion": nobody acts near a body */
        else if (b - a == 1 && looks_like_org(c, a0, a, b))
            x.cls = C_ORG; /* "the investment bank Moelis", "the technology company
                            * Corvane": no surname */
        else if (b - a == 1)
            x.cls = C_MAYBE; /* a lone capitalised word: maybe a surname */
    } else if (type == BL_ENT_LOCATION) {
        x.cls = C_LOC;
        /* "in Rosa Elvira Cantú's kitchen": two or three capitalised words
         * the gazetteer holds as no place, opened by a given name and
         * owning something, name a person (not "Victoria Harbour's"; the
         * last word may be some village's name, as surnames often are) */
        if (a == a0 && b - a >= 2 && b - a <= 3 && is_poss(c, b) &&
            (classes(c, a, a + 1) & BL_GZ_GIVEN_NAME) &&
            !(cl & (BL_GZ_COUNTRY | BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_REGION | BL_GZ_ORG)) &&
            !(classes(c, b - 1, b) & (BL_GZ_COUNTRY | BL_GZ_ADMIN1 | BL_GZ_REGION | BL_GZ_ORG)) &&
            !tok_in_n(c, b - 1, feature_heads, sizeof feature_heads / sizeof feature_heads[0])) {
            bool words = true;
            for (size_t k = a; k < b && words; k++)
                words = is_word(c, k) && is_upper(c, k);
            if (words) {
                x.cls = C_PERSON;
                if (ent >= 0 && c->d->ents[ent].span.start == c->t[a].start)
                    c->d->ents[ent].type = BL_ENT_PERSON;
                return push_cand(cs, ncs, capcs, x);
            }
        }
        /* "the Osaka start-up Hoshizora Robotics", "carrier Nordavia": a
         * name no gazetteer holds as a place after a firm's word is the
         * firm */
        /* "the Kenya Flower Council", "the Ghana Cocoa Board": three or more
         * capitalised words no gazetteer holds as a place, ending as bodies'
         * names do, are a body named after its country (not "West Bank" nor
         * "Soviet Union": two words) */
        if (a == a0 && (employer_at(c, a, cl) || body_of(c, a, b) ||
                        (!(cl & (BL_GZ_COUNTRY | BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_REGION)) &&
                         ((a > 0 && tok_in(c, a - 1, org_intro)) ||
                          (b - a >= 3 && all_upper(c, a, b) &&
                           (ends_body_name(c, b - 1) || tok_is(c, b - 1, "board"))))))) {
            x.cls = C_ORG;
            if (ent >= 0)
                c->d->ents[ent].type = BL_ENT_ORGANIZATION; /* no place: see employer_at */
        }
    } else {
        if (b - a == 1 && demonym_of(c, a, cc))
            return BL_OK;
        if (b - a == 1 && (cl & BL_GZ_DEMONYM))
            return BL_OK;
        x.cls = C_MAYBE;
        /* "the World Food Programme", "Harmon & Pratt Associates" tagged
         * MISC: a name that ends as bodies' names do is a body */
        if (b - a >= 2 && a == a0 && is_upper(c, b - 1) &&
            (ends_body_name(c, b - 1) || (b - a >= 3 && tok_is(c, a + 1, "&"))))
            x.cls = C_ORG;
    }
    /* "President Biden" with only the name tagged, and as something else;
     * not "League" of "Premier League", a word that ends bodies' names */
    if (x.cls == C_MAYBE && a == a0 && a > 0 &&
        !(cl & (BL_GZ_COUNTRY | BL_GZ_ORG | BL_GZ_ORG_SUFFIX)) &&
        title_ending(c, a - 1, 0) != SIZE_MAX)
        x.cls = C_PERSON;
    /* (a person's name too, when its first word is no given name:
     * "Fjordline Air, a regional carrier based in Bodo, said") */
    if (!titled && b == b0 &&
        (type != BL_ENT_PERSON || (a == a0 && !(classes(c, a, a + 1) & BL_GZ_GIVEN_NAME))) &&
        org_appositive(c, b, type == BL_ENT_PERSON)) {
        x.cls = C_ORG;
        if (ent >= 0 && (c->d->ents[ent].type == BL_ENT_LOCATION ||
                         c->d->ents[ent].type == BL_ENT_PERSON))
            c->d->ents[ent].type = BL_ENT_ORGANIZATION; /* no place: see org_appositive */
    }
    return push_cand(cs, ncs, capcs, x);
}

/* "Offshore Workers' Union", "Teachers' Federation": inside a body's name the
 * apostrophe alone after a plural (token k, the words [p,k) before it) is
 * part of the name, not a possessive to split at; a country's is
 * ("the Philippines' Foreign Ministry"). */
static bool plural_in_name(const struct ctx *c, const struct bl_entity *e, size_t p, size_t k,
                           size_t b)
{
    char cc[3];
    size_t len = c->t[k].end - c->t[k].start;
    /* "Boston Children's Hospital", "King's College Hospital": "'s" inside
     * a body's name that ends on a word ending bodies' names */
    if (e->type == BL_ENT_ORGANIZATION && k + 1 < b && c->t[k].start == c->t[k - 1].end &&
        is_upper(c, k + 1) && ends_body_name(c, b - 1) &&
        !country_of(c, p, k, cc) && !(classes(c, p, k) & (BL_GZ_COUNTRY | BL_GZ_ADMIN1)))
        return true;
    /* the tagger may call such a union MISC ("Korean Metal Workers' Union") */
    return (e->type == BL_ENT_ORGANIZATION ||
            (e->type == BL_ENT_MISC && k + 1 < b && is_upper(c, b - 1) && ends_body_name(c, b - 1))) &&
           (len == 1 || (len == 3 && (unsigned char)c->d->text[c->t[k].start] == 0xE2)) &&
           c->t[k].start == c->t[k - 1].end && c->d->text[c->t[k - 1].end - 1] == 's' &&
           !country_of(c, p, k, cc);
}

/* Days and months, sorted: a time after "on" or "for", no name's words. */
static const char *const when_words[] = {
    "april",   "august",   "december", "february", "friday",   "january", "july",
    "june",    "march",    "may",      "monday",   "november", "october", "saturday",
    "september", "sunday", "thursday", "tuesday",  "wednesday"};

/* "Texas Commission on Environmental Quality", "Western Center on Law and
 * Poverty", "Federal Office for the Environment": a body's name [a, b) the
 * tagger cut before "on" or "for" and the capitalised words of its remit.
 * Returns the end of the whole name, or b. */
static size_t remit_end(const struct ctx *c, size_t a, size_t b)
{
    static const char *const heads[] = {
        "agency",     "alliance",   "association", "authority", "board",      "bureau",
        "center",     "centre",     "coalition",   "commission", "committee", "council",
        "department", "division",   "federation",  "foundation", "fund",      "institute",
        "league",     "network",    "office",      "service",    "society"};
    size_t k = b + 1, last = b;
    /* ("The Institute for the Study of War": one word after "the" is
     * enough) */
    if ((b - a < 2 && !(b - a == 1 && a > 0 && tok_is(c, a - 1, "the"))) || b + 2 >= c->n ||
        !is_upper(c, b - 1) ||
        !(tok_is(c, b, "on") || tok_is(c, b, "for")) ||
        !tok_in_n(c, b - 1, heads, sizeof heads / sizeof heads[0]))
        return b;
    /* "The European Commission on Monday accused": a date, no remit */
    static const char *const dates[] = {
        "april",  "august",    "december", "february", "friday",  "january", "july",
        "june",   "march",     "monday",   "november", "october", "saturday", "september",
        "sunday", "thursday",  "tuesday",  "wednesday"};
    if (tok_in_n(c, k, dates, sizeof dates / sizeof dates[0]))
        return b;
    if (tok_is(c, k, "the"))
        k++;
    /* "approved by the Borough Council on Tuesday night": a day or a
     * month is when, not the remit */
    if (k < c->n && tok_in_n(c, k, when_words, sizeof when_words / sizeof when_words[0]))
        return b;
    while (k < c->n && k < b + 8) {
        if (is_word(c, k) && is_upper(c, k) && !(c->t[k].flags & BL_TF_ALLCAPS))
            last = ++k;
        else if (last > b && (tok_is(c, k, "and") || tok_is(c, k, "of")) && k + 1 < c->n &&
                 is_upper(c, k + 1))
            k++;
        else
            break;
    }
    /* the name ends there: punctuation or a word in lower case follows */
    if (last == b || (last < c->n && is_word(c, last) && is_upper(c, last)))
        return b;
    return last;
}

/* "Georgia Environmental Protection Division", "Ohio Water Development
 * Board": a body named after its place, which the tagger cut to a place
 * [a, b) ("Georgia Environmental"). The capitalised words after b that end
 * in a body's head word are the rest of its name. Returns the end of the
 * whole name, or b. */
static size_t place_body_end(const struct ctx *c, size_t a, size_t b)
{
    static const char *const heads[] = {
        "agency",     "authority",  "board",    "bureau",    "commission", "committee",
        "council",    "department", "division", "institute", "league",     "ministry",
        "office",     "service"};
    size_t k;
    for (k = b; k < c->n && k < b + 3; k++) {
        if (!is_word(c, k) || !is_upper(c, k) || (c->t[k].flags & BL_TF_ALLCAPS) ||
            c->sent_of[k] != c->sent_of[a])
            return b;
        if (tok_in_n(c, k, heads, sizeof heads / sizeof heads[0]))
            /* the name ends there: no capitalised word runs on */
            return k + 1 < c->n && is_word(c, k + 1) && is_upper(c, k + 1) ? b : k + 1;
    }
    return b;
}

/* The token of an attached "'s" that ends entity [a, b) or follows it
 * (the tagger may have taken it in: "Moody's"), or SIZE_MAX. */
static size_t clitic_after(const struct ctx *c, size_t a, size_t b)
{
    size_t q = b > a + 1 && is_poss(c, b - 1) ? b - 1 : b;
    if (q >= c->n || q == a || !is_poss(c, q) || c->t[q].end - c->t[q].start < 2 ||
        c->t[q].start != c->t[q - 1].end)
        return SIZE_MAX;
    return q;
}

/* "McDonald's said", "Moody's reported", "..., said Sainsbury's.": a name
 * whose "'s" is followed by a verb of saying in the past (or "says"), or
 * ends the report after one, is a firm named with the clitic, not a
 * possessive: there is no noun for it to own. A person's full name is
 * left alone ("Trump's said" is a contraction). [a, b) is the entity; q its
 * clitic_after. */
static bool clitic_firm_at(const struct ctx *c, const struct bl_entity *e, size_t a, size_t q)
{
    int form = 0;
    if (q == SIZE_MAX || e->type == BL_ENT_LOCATION || (e->type == BL_ENT_PERSON && q - a > 1) ||
        q - a > 3 || q + 1 >= c->n)
        return false;
    /* "..., said McDonald's." */
    if (a > 1 && c->t[a - 1].kind == BL_TOK_WORD && !is_upper(c, a - 1) &&
        (c->t[a - 2].kind == BL_TOK_QUOTE || is_punct(c, a - 2, ',')) &&
        (is_punct(c, q + 1, '.') || is_punct(c, q + 1, ',')) &&
        verb_class_at(c, a - 1, &form) == V_SPEECH && (form == 'd' || tok_is(c, a - 1, "says")))
        return true;
    if (c->sent_of[q + 1] != c->sent_of[a] || c->t[q + 1].kind != BL_TOK_WORD || is_upper(c, q + 1))
        return false;
    static const char *const say_forms[] = {"said", "says", "tells", "told"};
    /* sorted */
    static const char *const report_opens[] = {"a",  "an",   "earlier", "in",  "it",
                                               "its", "late", "on",      "that", "the"};
    if (tok_in_n(c, q + 1, say_forms, sizeof say_forms / sizeof say_forms[0]))
        return true;
    /* other past forms may be adjectives ("Trump's reported net worth"):
     * a report's opening must follow */
    return q + 2 < c->n && verb_class_at(c, q + 1, &form) == V_SPEECH && form == 'd' &&
           (c->t[q + 2].kind == BL_TOK_NUMBER || is_punct(c, q + 2, ',') ||
            tok_in_n(c, q + 2, report_opens, sizeof report_opens / sizeof report_opens[0]));
}

/* Marks, for each entity, whether its name carries the clitic: the entity
 * itself is a clitic_firm_at, or one with the same words is and this one
 * has an attached "'s" too ("Shares of McDonald's fell"). Returns false
 * when no entity is (the common case: firm is left unset). */
static bool clitic_firms(const struct ctx *c, bool *firm)
{
    uint64_t seen[8];
    size_t ns = 0, i, pass;
    for (pass = 0; pass < 2; pass++) {
        for (i = 0; i < c->d->nents; i++) {
            const struct bl_entity *e = &c->d->ents[i];
            size_t a = c->ent_tok[i], b, q, k;
            uint64_t h;
            if (a == SIZE_MAX)
                continue;
            for (b = a; b < c->n && c->t[b].end <= e->span.end; b++)
                ;
            q = clitic_after(c, a, b);
            if (pass)
                firm[i] = false;
            if (q == SIZE_MAX || e->type == BL_ENT_LOCATION)
                continue;
            h = hash_str('F', c->d->text + e->span.start, c->t[q - 1].end - e->span.start);
            if (!pass) {
                if (ns < sizeof seen / sizeof seen[0] && clitic_firm_at(c, e, a, q))
                    seen[ns++] = h;
                continue;
            }
            for (k = 0; k < ns && seen[k] != h; k++)
                ;
            firm[i] = k < ns;
        }
        if (!ns)
            return false;
    }
    return true;
}

/* Joe "the Bull" Hartigan, Anthony "Fat Tony" Salerno: a first name
 * tagged a person (entity i, ending before token b), a nickname of one to
 * four words in quotation marks, and a person's name right after are one
 * name. Returns the end of the whole name, or b. */
static size_t nickname_end(const struct ctx *c, size_t i, size_t b, size_t *last)
{
    size_t k, close;
    if (b + 3 >= c->n || c->t[b].kind != BL_TOK_QUOTE || !is_upper(c, b - 1) ||
        c->d->ents[i].span.start != c->t[b - 1].start)
        return b;
    for (close = b + 1; close < c->n && close < b + 5 && is_word(c, close); close++)
        ;
    if (close == b + 1 || close + 1 >= c->n || c->t[close].kind != BL_TOK_QUOTE ||
        !is_upper(c, close + 1))
        return b;
    /* the next entity opens right after the closing mark and is a person */
    for (k = i + 1; k < c->d->nents && c->d->ents[k].span.start < c->t[close + 1].start; k++)
        ;
    if (k >= c->d->nents || c->d->ents[k].span.start != c->t[close + 1].start ||
        c->d->ents[k].type != BL_ENT_PERSON)
        return b;
    for (b = close + 1; b < c->n && c->t[b].end <= c->d->ents[k].span.end; b++)
        ;
    *last = k;
    return b;
}

static int entity_cands(struct ctx *c, struct cand **cs, size_t *ncs, size_t *capcs)
{
    size_t skip_to = 0; /* entities starting before this byte joined an earlier name */
    bool *firm = NULL;  /* the names that carry their "'s" (clitic_firms), or NULL */
    int rc = BL_OK;
    if (c->d->nents) {
        if (!(firm = malloc(c->d->nents * sizeof *firm)))
            return BL_ERR_NOMEM;
        if (!clitic_firms(c, firm)) {
            free(firm);
            firm = NULL;
        }
    }
    for (size_t i = 0; i < c->d->nents && rc == BL_OK; i++) {
        const struct bl_entity *e = &c->d->ents[i];
        size_t a = c->ent_tok[i], b, k, p, split_end;
        int type;
        /* "the refugee commissioner['s office]": a span the tagger opened
         * on a possessive names no one */
        if (a == SIZE_MAX || e->span.start < skip_to || c->t[a].kind == BL_TOK_CLITIC)
            continue;
        for (b = a; b < c->n && c->t[b].end <= e->span.end; b++)
            ;
        /* "the Bay of Bengal" tagged an organisation names no one */
        if (e->type == BL_ENT_ORGANIZATION && b - a == 3 && is_upper(c, a) &&
            tok_is(c, a + 1, "of") && is_upper(c, a + 2) && tok_in(c, a, water_words))
            continue;
        c->ent_of[a] = (int)i;
        type = e->type;
        if (e->type == BL_ENT_PERSON && (k = nickname_end(c, i, b, &p)) > b) {
            /* the surname's entity is inside this name: no mention of its
             * own (see surname_scan) */
            size_t st = c->ent_tok[p];
            if (st < c->n)
                c->ent_of[st] = (int)p;
            b = k;
            skip_to = c->t[b - 1].end;
        } else if (e->type == BL_ENT_ORGANIZATION && (k = remit_end(c, a, b)) > b) {
            b = k;
            skip_to = c->t[b - 1].end;
        } else if (e->type == BL_ENT_LOCATION && (k = place_body_end(c, a, b)) > b) {
            b = k;
            skip_to = c->t[b - 1].end;
            type = BL_ENT_ORGANIZATION;
        }
        split_end = b;
        if (firm && firm[i] && (k = clitic_after(c, a, b)) != SIZE_MAX) {
            /* "McDonald's": the clitic is the name's */
            b = k + 1;
            split_end = k;
            c->firm_clitic = k;
            type = BL_ENT_ORGANIZATION;
            c->d->ents[i].span.end = c->t[k].end;
            c->d->ents[i].type = BL_ENT_ORGANIZATION;
        }
        /* Split at a possessive inside the span ("Trump's Middle East"). */
        for (p = a, k = a; k < split_end; k++) {
            if (is_poss(c, k) && k > p && !plural_in_name(c, e, p, k, b)) {
                rc = make_cand(c, (int)i, p, k + 1, k + 1 < b ? BL_ENT_MISC : type, cs, ncs,
                               capcs);
                if (rc != BL_OK)
                    break;
                if (p == a && *ncs && k + 1 < b) /* first part carries the entity type */
                    (*cs)[*ncs - 1].cls = (*cs)[*ncs - 1].cls == C_MAYBE && type == BL_ENT_PERSON
                                              ? C_PERSON
                                              : (*cs)[*ncs - 1].cls;
                p = k + 1;
            }
        }
        if (rc == BL_OK && p < b)
            rc = make_cand(c, p == a ? (int)i : -1, p, b, p == a ? type : BL_ENT_MISC, cs, ncs,
                           capcs);
        c->firm_clitic = SIZE_MAX;
    }
    free(firm);
    return rc;
}

/* Words that label a transcript's lines without naming anyone ("Question:",
 * "Update:"). Sorted. */
static const char *const label_words[] = {
    "analysis", "announcer", "answer",     "answers",  "audience", "background", "breaking",
    "caption",  "comment",   "context",    "correction", "credit", "editor",    "editors",
    "exclusive", "host",     "interviewer", "live",    "moderator", "narrator", "note",
    "opinion",  "photo",     "photos",     "pictured", "question", "questions", "read",
    "related",  "reporter",  "reporters",  "source",   "sources",  "speaker",   "transcript",
    "update",   "updates",   "video",      "warning",  "watch"};

struct label {
    uint64_t h;    /* the words' hash */
    uint32_t a, b; /* the words before the colon */
};

static int label_cmp(const void *x, const void *y)
{
    const struct label *p = x, *q = y;
    if (p->h != q->h)
        return p->h < q->h ? -1 : 1;
    return p->a < q->a ? -1 : p->a > q->a;
}

static int cand_cmp(const void *x, const void *y)
{
    const struct cand *p = x, *q = y;
    return p->a < q->a ? -1 : p->a > q->a;
}

/* The speaker labels of a transcript: "Peskov: The response will be ..."
 * opening two paragraphs or more. One to four capitalised words and a
 * colon, not a place or a body and not a word like "Question", that the
 * tagger left untagged (no entity starts in them; entities end within
 * their sentence) are a person's name. Candidates are kept in text order. */
static int label_cands(struct ctx *c, struct cand **cs, size_t *ncs, size_t *capcs)
{
    const struct bl_doc *d = c->d;
    struct label *ls = NULL;
    size_t nl = 0, cap = 0, i, j, n0 = *ncs;
    int rc = BL_OK;

    for (i = 0; i < d->nsents; i++) {
        const struct bl_sentence *s = &d->sents[i];
        size_t a = s->tok_start, k;
        if (!(s->flags & BL_SF_PARA_START))
            continue;
        for (k = a; k < s->tok_end && k < a + 4 && c->t[k].kind == BL_TOK_WORD && is_upper(c, k) &&
                    c->ent_of[k] < 0 && !tok_in(c, k, label_words);
             k++)
            ;
        if (k == a || k + 1 >= s->tok_end || !is_punct(c, k, ':'))
            continue;
        if (nl == cap) {
            size_t nc = cap ? 2 * cap : 16;
            struct label *nls = realloc(ls, nc * sizeof *ls);
            if (!nls) {
                rc = BL_ERR_NOMEM;
                goto out;
            }
            ls = nls;
            cap = nc;
        }
        ls[nl++] = (struct label){hash_toks(c, 'l', a, k), (uint32_t)a, (uint32_t)k};
    }
    if (nl < 2)
        goto out;
    qsort(ls, nl, sizeof *ls, label_cmp);
    for (i = 0; i < nl; i = j) {
        unsigned cl;
        for (j = i + 1; j < nl && ls[j].h == ls[i].h; j++)
            ;
        if (j - i < 2)
            continue;
        cl = classes(c, ls[i].a, ls[i].b);
        if (cl & (BL_GZ_COUNTRY | BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_REGION | BL_GZ_ORG |
                  BL_GZ_DEMONYM))
            continue;
        for (size_t k = i; k < j; k++)
            if ((rc = make_cand(c, -1, ls[k].a, ls[k].b, BL_ENT_PERSON, cs, ncs, capcs)) != BL_OK)
                goto out;
    }
    if (*ncs > n0)
        bl_sort_stable(*cs, *ncs, sizeof **cs, cand_cmp);
out:
    free(ls);
    return rc;
}

/* ---- Pass 2: candidates to actors --------------------------------------- */

static const char *tok_text(struct ctx *c, size_t a, size_t b)
{
    return bl_arena_strndup(&c->d->arena, c->d->text + c->t[a].start,
                            c->t[b - 1].end - c->t[a].start);
}

/* Rename actor ai to tokens [a,b) when that is a fuller form. */
static int maybe_rename(struct ctx *c, int ai, size_t a, size_t b)
{
    struct act *A = &c->acts[ai];
    const char *s;
    if (A->name && b - a <= A->name_ntok)
        return BL_OK;
    s = tok_text(c, a, b);
    if (!s)
        return BL_ERR_NOMEM;
    A->name = s;
    A->name_ntok = b - a;
    return BL_OK;
}


/* Does name end, after a space, with the text of tokens [a,b) (ASCII case
 * folded)? */
static bool name_ends_with_toks(const char *name, const struct ctx *c, size_t a, size_t b)
{
    size_t nl = strlen(name), len = c->t[b - 1].end - c->t[a].start;
    return nl > len && name[nl - len - 1] == ' ' &&
           strncasecmp(name + nl - len, c->d->text + c->t[a].start, len) == 0;
}

/* "Van Dijk" after "Virgil van Dijk": name tokens [a,b) that open with a
 * particle are the surname of a person (of the chain from head) whose name
 * ends with those very words, no given name "Van" ("Van Jones" after "Sarah
 * Jones", "Al Gore" after "Tipper Gore" are others). That person, or -1. */
static int particle_surname(const struct ctx *c, size_t a, size_t b, int head)
{
    int i, tries;
    if (b - a < 2 || b - a > 3 || !name_particle_word(c, a))
        return -1;
    for (i = head, tries = 0; i >= 0 && tries < SAME_NAME; i = c->acts[i].next_same, tries++)
        if (c->acts[i].name && name_ends_with_toks(c->acts[i].name, c, a, b))
            return i;
    return -1;
}

/* Do the name tokens from a follow a relative's word ("His son, Paul
 * Hallam", "her husband Tom Maren")? Such a person shares the surname of
 * someone else, who keeps it when it stands alone. */
static bool kin_before(const struct ctx *c, size_t a)
{
    static const char *const kin[] = {"brother",  "daughter", "father", "granddaughter",
                                      "grandson", "husband",  "mother", "nephew",
                                      "niece",    "sister",   "son",    "widow",
                                      "widower",  "wife"}; /* sorted (tok_in_n) */
    if (a > 0 && is_punct(c, a - 1, ','))
        a--;
    return a > 0 && tok_in_n(c, a - 1, kin, sizeof kin / sizeof kin[0]);
}

/* 'm' or 'f' for an honorific just before token a ("Mrs. Khan", "Mr
 * Hallam"), else 0. */
static int honorific_gender(const struct ctx *c, size_t a)
{
    static const char *const he[] = {"mr", "mr.", "sir"};
    static const char *const she[] = {"dame", "miss", "mrs", "mrs.", "ms", "ms."}; /* sorted */
    if (a > 1 && is_punct(c, a - 1, '.'))
        a--;
    if (a == 0)
        return 0;
    if (tok_in_n(c, a - 1, he, sizeof he / sizeof he[0]))
        return 'm';
    return tok_in_n(c, a - 1, she, sizeof she / sizeof she[0]) ? 'f' : 0;
}

/* The person actor for name tokens [a,b), created when new; -1 (rc BL_OK)
 * when a lone word matches nobody and may not start a person. */
static int person_actor(struct ctx *c, size_t a, size_t b, bool may_create, int *out)
{
    uint64_t sur = hash_toks(c, 's', b - 1, b), giv = 0;
    int head = map_get(&c->map, sur), i, tries, ai, rc;

    *out = -1;
    if ((i = particle_surname(c, a, b, head)) >= 0) {
        *out = i;
        return BL_OK;
    }
    if (b - a >= 2) {
        giv = hash_toks(c, 'g', a, a + 1);
        for (i = head, tries = 0; i >= 0 && tries < SAME_NAME; i = c->acts[i].next_same, tries++)
            if (c->acts[i].given == giv || c->acts[i].given == 0) {
                c->acts[i].given = giv;
                *out = i;
                return maybe_rename(c, i, a, b);
            }
    } else if (head >= 0) {
        /* A lone surname: the person with it introduced last before here,
         * else the one introduced first ("Costa" in a headline over "Rafael
         * Costa", with "Paulo Costa" met later, is Rafael); a relative
         * introduced as such ("his son, Paul Hallam") only when no other
         * bearer was introduced before here, unless the text sets the
         * relative apart ("the elder Brenner", "the younger Hallam"); and
         * rather not one of the other sex when an honorific says ("Mrs. Khan") */
        int best = -1, early = head, sex = honorific_gender(c, a), bestfit = -1;
        size_t bestpos = 0;
        bool want_kin = a > 0 && (tok_is(c, a - 1, "elder") || tok_is(c, a - 1, "younger"));
        for (i = head, tries = 0; i >= 0 && tries < SAME_NAME; i = c->acts[i].next_same, tries++) {
            int fit = (c->acts[i].kin == want_kin) +
                      2 * !(sex && c->acts[i].gender && c->acts[i].gender != sex);
            if (c->acts[i].first <= a &&
                (fit > bestfit || (fit == bestfit && c->acts[i].first >= bestpos))) {
                bestfit = fit;
                best = i;
                bestpos = c->acts[i].first;
            }
            if (c->acts[i].first < c->acts[early].first)
                early = i;
        }
        *out = best >= 0 ? best : early;
        return BL_OK;
    }
    if (b - a == 1 && (i = map_get(&c->map, hash_toks(c, 'f', a, b))) >= 0) {
        *out = i; /* "Ban" after "Ban Ki-moon", "Xi" after "Xi Jinping" */
        return BL_OK;
    }
    if (!may_create)
        return BL_OK;
    ai = new_actor(c, BL_ACTOR_PERSON, NULL, 0);
    if (ai < 0)
        return ai;
    c->acts[ai].first = a; /* where it is introduced, for a lone surname above */
    c->acts[ai].kin = b - a >= 2 && kin_before(c, a);
    c->acts[ai].given = giv;
    c->acts[ai].surname = sur;
    c->acts[ai].next_same = head;
    if ((rc = map_put(&c->map, sur, ai)) != BL_OK)
        return rc;
    if (b - a >= 2)
        c->acts[ai].gender =
            bl_gazetteer_gender(c->gz, c->d->text + c->t[a].start, c->t[a].end - c->t[a].start);
    /* the first word: a family name written first ("Ban Ki-moon"), or a
     * lone first name later on; the first person with it keeps it */
    if (b - a >= 2) {
        uint64_t first = hash_toks(c, 'f', a, a + 1);
        if (map_get(&c->map, first) < 0 && (rc = map_put(&c->map, first, ai)) != BL_OK)
            return rc;
    }
    *out = ai;
    return maybe_rename(c, ai, a, b);
}

static int keyed_actor(struct ctx *c, uint64_t key, int kind, const char *name, size_t ntok,
                       int *out)
{
    int ai = map_get(&c->map, key), rc;
    if (ai >= 0) {
        *out = ai;
        return BL_OK;
    }
    if (!name)
        return BL_ERR_NOMEM;
    ai = new_actor(c, kind, name, ntok);
    if (ai < 0)
        return ai;
    if ((rc = map_put(&c->map, key, ai)) != BL_OK)
        return rc;
    *out = ai;
    return BL_OK;
}

/* Key of the initials of a name of three or more capitalised words
 * ("United Nations" -> "un", "Affordable Care Act" -> "aca"); 0 when the
 * name has fewer than two or more than eight, or a lower-case word other
 * than of/for/and/the. small: an "of" gives its "o" ("ecowas", "doj"). */
static uint64_t initials_key(const struct ctx *c, size_t a, size_t b, bool small)
{
    char buf[10];
    size_t n = 0;
    for (size_t k = a; k < b; k++) {
        char ch;
        if (tok_is(c, k, "of") || tok_is(c, k, "for") || tok_is(c, k, "and") ||
            tok_is(c, k, "the")) {
            /* "Economic Community of West African States": ECOWAS keeps the
             * "o" of "of" (and DOJ that of "Department of Justice") */
            if (small && tok_is(c, k, "of") && n > 0 && n < 8)
                buf[n++] = 'o';
            continue;
        }
        if (!is_upper(c, k) || n >= 8)
            return 0;
        ch = c->d->text[c->t[k].start];
        if (ch < 'A' || ch > 'Z')
            return 0;
        buf[n++] = lc(ch);
    }
    return n >= 2 ? hash_str('o', buf, n) : 0;
}

/* Legal forms of companies, lower case without the period: "Acme Corp."
 * and "Acme" name one body. */
static const char *const legal_forms[] = {"ab",  "ag",  "asa", "bv",  "corp", "gmbh", "inc",
                                          "kgaa", "llc", "llp", "ltd", "nv",  "oy",   "oyj",
                                          "plc", "pty", "sa",  "sas", "se",  "spa",  "srl"};

/* The end of org name [a,b) without a trailing legal form ("Acme Corp.",
 * "Acme, Inc."); b when there is none or nothing would be left. "Co." only
 * after another word ("Ford Motor Co."), never alone after the first. */
static size_t without_legal_form(const struct ctx *c, size_t a, size_t b)
{
    char buf[8];
    size_t n, e;
    const char *s;
    if (b - a < 2 || c->t[b - 1].kind != BL_TOK_WORD)
        return b;
    s = c->d->text + c->t[b - 1].start;
    n = c->t[b - 1].end - c->t[b - 1].start;
    if (n > 1 && s[n - 1] == '.')
        n--;
    if (n < 2 || n > 4) /* every legal form has 2 to 4 letters */
        return b;
    for (size_t k = 0; k < n; k++)
        buf[k] = lc(s[k]);
    buf[n] = '\0';
    if (!in_sorted(legal_forms, sizeof legal_forms / sizeof *legal_forms, buf) &&
        !(b - a >= 3 && strcmp(buf, "co") == 0))
        return b;
    e = b - 1;
    if (e - a >= 2 && is_punct(c, e - 1, ','))
        e--;
    return e;
}

/* Does an actor's name end in a legal form ("Acme Corp.", "Norvik Home Inc")? */
static bool legal_name(const char *name)
{
    const char *w = strrchr(name, ' ');
    char buf[8];
    size_t n;
    if (!w)
        return false;
    w++;
    n = strlen(w);
    if (n > 1 && w[n - 1] == '.')
        n--;
    if (n < 2 || n > 4)
        return false;
    for (size_t k = 0; k < n; k++)
        buf[k] = lc(w[k]);
    buf[n] = '\0';
    return in_sorted(legal_forms, sizeof legal_forms / sizeof *legal_forms, buf);
}

/* "Interior Ministry", "European Commission": a public body by its last
 * word, which "the company" or "the firm" does not mean. */
static bool public_body_name(const char *name)
{
    static const char *const heads[] = {"agency",     "army",     "assembly", "authority",
                                        "commission", "congress", "council",  "court",
                                        "department", "government", "ministry", "office",
                                        "parliament", "party",    "police",   "senate"};
    const char *w = strrchr(name, ' ');
    char buf[16];
    size_t n;
    w = w ? w + 1 : name;
    n = strlen(w);
    if (n < 4 || n >= sizeof buf)
        return false;
    for (size_t k = 0; k < n; k++)
        buf[k] = lc(w[k]);
    buf[n] = '\0';
    return in_sorted(heads, sizeof heads / sizeof *heads, buf);
}

/* Lower-case words before a body that make it a state's or a region's own
 * ("the state Senate", "the provincial legislature"). */
static const char *const local_mods[] = {"county", "provincial", "regional", "state"};

/* The key of the first n bytes of token i, lower-cased: a clipping of a
 * body's first word ("fed" of "Federal Reserve"). Its tag is its own: 'T'
 * keys a role's head word ("the head"), which may spell the same. */
static uint64_t clip_key(const struct ctx *c, size_t i, size_t n)
{
    char buf[4];
    for (size_t k = 0; k < n; k++)
        buf[k] = lc(c->d->text[c->t[i].start + k]);
    return hash_str('C', buf, n);
}

/* Keys the clippings of three and four letters of the first word of body
 * ai, named by tokens from a on ("Fed", "Feder"... of "Federal Reserve"):
 * only a word of six letters or more, and a clipping two bodies share
 * keys neither (-2). */
static int put_clippings(struct ctx *c, size_t a, int ai)
{
    size_t len = c->t[a].end - c->t[a].start;
    const char *w = c->d->text + c->t[a].start;
    if (len < 6 || !is_upper(c, a) || (c->t[a].flags & BL_TF_ALLCAPS))
        return BL_OK;
    for (size_t k = 0; k < 4; k++)
        if (!((w[k] | 0x20) >= 'a' && (w[k] | 0x20) <= 'z'))
            return BL_OK;
    for (size_t n = 3; n <= 4; n++) {
        uint64_t key = clip_key(c, a, n);
        int had = map_get(&c->map, key), rc;
        if (had != ai && had != -2 && (rc = map_put(&c->map, key, had == -1 ? ai : -2)) != BL_OK)
            return rc;
    }
    return BL_OK;
}

/* "the Fed" after "the Federal Reserve", "the Met" after "the Metropolitan
 * Police": a capitalised word of three or four letters that is no name of
 * a person or a place and clips the first word of one body named before.
 * Returns that body's actor, or -1. */
static int clipped_body(const struct ctx *c, size_t a)
{
    size_t len = c->t[a].end - c->t[a].start;
    int ai;
    if ((len != 3 && len != 4) || c->t[a].kind != BL_TOK_WORD || !is_upper(c, a) ||
        (c->t[a].flags & BL_TF_ALLCAPS) ||
        (classes(c, a, a + 1) & (BL_GZ_GIVEN_NAME | BL_GZ_SURNAME | BL_GZ_COUNTRY | BL_GZ_CITY |
                                 BL_GZ_ADMIN1 | BL_GZ_REGION | BL_GZ_DEMONYM)))
        return -1;
    for (size_t k = 0; k < len; k++) {
        char ch = c->d->text[c->t[a].start + k];
        if (!((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'))
            return -1;
    }
    ai = map_get(&c->map, clip_key(c, a, len));
    return ai >= 0 ? ai : -1;
}

static int org_actor(struct ctx *c, size_t a, size_t b, int *out)
{
    /* "the state Senate": a state's body, not the nation's (no country,
     * kept apart from "the Senate") */
    bool local = a > 0 && is_word(c, a - 1) && !is_upper(c, a - 1) &&
                 c->t[a - 1].end - c->t[a - 1].start >= 5 && tok_in(c, a - 1, local_mods);
    const char *cc = local ? NULL : org_cc(c, a, b);
    size_t b0 = without_legal_form(c, a, b); /* keyed without "Inc." */
    uint64_t key = hash_toks(c, local ? 's' : 'o', a, b0);
    uint64_t ini = b0 - a >= 2 && !local ? initials_key(c, a, b0, false) : 0;
    uint64_t ini2 = b0 - a >= 3 && !local ? initials_key(c, a, b0, true) : 0;
    int rc, ai = map_get(&c->map, key); /* "U.N." finds "United Nations" by its initials */
    char qcc[3];

    /* "the Chinese Foreign Ministry" and "Russia's Foreign Ministry" are
     * two bodies: a country before the name keys it too, and a body of the
     * same name met without a country (or with this one) is this one */
    if (!local && a > 0 &&
        (demonym_of(c, a - 1, qcc) ||
         (a > 1 && is_poss(c, a - 1) && is_word(c, a - 2) && country_of(c, a - 2, a - 1, qcc)))) {
        uint64_t qkey = key * 31u + hash_str('k', qcc, 2);
        int qa = map_get(&c->map, qkey);
        if (qa < 0 && ai >= 0 && c->acts[ai].cc[0] && memcmp(c->acts[ai].cc, qcc, 2) != 0) {
            rc = keyed_actor(c, qkey, BL_ACTOR_ORGANIZATION, tok_text(c, a, b), b - a, out);
            if (rc == BL_OK && !c->acts[*out].cc[0])
                memcpy(c->acts[*out].cc, qcc, 3);
            return rc;
        }
        if (qa >= 0) {
            *out = qa;
            return BL_OK;
        }
        if (ai >= 0 && (rc = map_put(&c->map, qkey, ai)) != BL_OK)
            return rc;
    } else {
        qcc[0] = '\0';
    }

    /* "the Commission" after "the European Commission", "the Bank" after
     * "the Bank of England": the one body named before whose last word or
     * head before "of" it is (none when two are) */
    if (ai < 0 && !local && b0 - a == 1 && a > 0 && tok_is(c, a - 1, "the") &&
        (classes(c, a, b0) & BL_GZ_ORG_SUFFIX) &&
        (ai = map_get(&c->map, hash_toks(c, 'L', a, b0))) >= 0) {
        *out = ai;
        return BL_OK;
    }
    if (ai < 0 && !local && b0 - a == 1 && (ai = clipped_body(c, a)) >= 0) {
        *out = ai;
        return BL_OK;
    }
    ai = ai < 0 ? -1 : ai;
    if (ai >= 0) {
        *out = ai;
        rc = b0 < b ? maybe_rename(c, ai, a, b) : BL_OK; /* the full legal name */
    } else if (local) {
        rc = keyed_actor(c, key, BL_ACTOR_ORGANIZATION, tok_text(c, a - 1, b), b + 1 - a, out);
    } else {
        rc = keyed_actor(c, key, BL_ACTOR_ORGANIZATION, tok_text(c, a, b), b - a, out);
        if (rc == BL_OK && ini && map_get(&c->map, ini) < 0)
            rc = map_put(&c->map, ini, *out);
        if (rc == BL_OK && ini2 && ini2 != ini && map_get(&c->map, ini2) < 0)
            rc = map_put(&c->map, ini2, *out);
        if (rc == BL_OK && b0 - a >= 2)
            rc = put_clippings(c, a, *out);
        /* the first word of a company's name with its legal form, for
         * "Caldwell said" after "Caldwell Mutual Insurance Co" (see
         * resolve_cands); not "Clinton" of "Clinton Foundation", which
         * is mostly the person named alone; the longest name keeps it */
        if (rc == BL_OK && b0 < b && b0 - a >= 2) {
            uint64_t fk = hash_toks(c, 'F', a, a + 1);
            int had = map_get(&c->map, fk);
            if (had < 0 || c->acts[had].name_ntok < b - a)
                rc = map_put(&c->map, fk, *out);
        }
        if (rc == BL_OK && b0 - a >= 2 && (classes(c, b0 - 1, b0) & BL_GZ_ORG_SUFFIX)) {
            uint64_t last = hash_toks(c, 'L', b0 - 1, b0); /* see "the Commission" above */
            int had = map_get(&c->map, last);
            if (had != *out && had != -2)
                rc = map_put(&c->map, last, had == -1 ? *out : -2);
        }
        /* "the Bank" after "the Bank of England": so is the head before
         * "of" or "for" */
        if (rc == BL_OK && b0 - a >= 3 && (tok_is(c, a + 1, "of") || tok_is(c, a + 1, "for")) &&
            (classes(c, a, a + 1) & BL_GZ_ORG_SUFFIX)) {
            uint64_t head = hash_toks(c, 'L', a, a + 1);
            int had = map_get(&c->map, head);
            if (had != *out && had != -2)
                rc = map_put(&c->map, head, had == -1 ? *out : -2);
        }
        /* "Veltro" after "Veltro Systems": the name without its suffix;
         * "Hoshizora" after "the start-up Hoshizora Robotics": a firm's
         * first word, when a word for a firm introduced it and the word
         * names nothing else ("German toolmaker Brenner Werkzeug" is a
         * family's firm: "Brenner" alone is as likely one of them) */
        if (rc == BL_OK && b0 - a == 2 &&
            ((classes(c, a + 1, b0) & BL_GZ_ORG_SUFFIX) || tok_in(c, a + 1, org_tail) ||
             (a > 0 && tok_in(c, a - 1, org_intro) &&
              !(classes(c, a, a + 1) &
                (BL_GZ_GIVEN_NAME | BL_GZ_SURNAME | BL_GZ_COUNTRY | BL_GZ_CITY | BL_GZ_ADMIN1 |
                 BL_GZ_REGION | BL_GZ_DEMONYM | BL_GZ_ORG | BL_GZ_TITLE)))) &&
            map_get(&c->map, hash_toks(c, 'o', a, a + 1)) < 0)
            rc = map_put(&c->map, hash_toks(c, 'o', a, a + 1), *out);
        /* "Clearwell" after "Clearwell Utility Services": so is the first
         * word of three before a suffix, when it names nothing else */
        else if (rc == BL_OK && b0 - a == 3 &&
                 ((classes(c, a + 2, b0) & BL_GZ_ORG_SUFFIX) || tok_in(c, a + 2, org_tail)) &&
                 !(classes(c, a, a + 1) &
                   (BL_GZ_GIVEN_NAME | BL_GZ_SURNAME | BL_GZ_COUNTRY | BL_GZ_CITY | BL_GZ_ADMIN1 |
                    BL_GZ_REGION | BL_GZ_DEMONYM | BL_GZ_ORG | BL_GZ_TITLE)) &&
                 map_get(&c->map, hash_toks(c, 'o', a, a + 1)) < 0)
            rc = map_put(&c->map, hash_toks(c, 'o', a, a + 1), *out);
    }
    if (rc == BL_OK && qcc[0] && ai < 0)
        rc = map_put(&c->map, key * 31u + hash_str('k', qcc, 2), *out);
    if (rc == BL_OK && !cc && qcc[0])
        cc = qcc;
    if (rc == BL_OK && cc && !c->acts[*out].cc[0])
        memcpy(c->acts[*out].cc, cc, 3);
    return rc;
}

static int country_actor(struct ctx *c, const char cc[3], int *out)
{
    const struct bl_place *p = bl_gazetteer_country(c->gz, cc);
    const char *name = bl_arena_strndup(&c->d->arena, p ? p->name : cc, strlen(p ? p->name : cc));
    int rc = keyed_actor(c, hash_str('c', cc, 2), BL_ACTOR_COUNTRY, name, 1, out);
    if (rc == BL_OK)
        memcpy(c->acts[*out].cc, cc, 3);
    return rc;
}

/* Cities that speak for the body seated there rather than their country
 * ("Brussels said" is the EU, not Belgium), lower case. */
static const struct {
    const char *city, *body;
} seats[] = {{"brussels", "European Union"}};

/* The actor a place that acts stands for: the body seated there, else the
 * country cc. */
static int seat_or_country_actor(struct ctx *c, const struct cand *x, const char cc[3], int *out)
{
    char buf[WORD_MAX], key[64];
    size_t n;
    if (x->b != x->a + 1)
        return country_actor(c, cc, out);
    lower(c, x->a, buf);
    for (size_t k = 0; k < sizeof seats / sizeof seats[0]; k++) {
        if (strcmp(buf, seats[k].city) != 0)
            continue;
        n = bl_gazetteer_normalize(seats[k].body, strlen(seats[k].body), key, sizeof key);
        return keyed_actor(c, hash_str('o', key, n), BL_ACTOR_ORGANIZATION,
                           bl_arena_strndup(&c->d->arena, seats[k].body, strlen(seats[k].body)),
                           2, out);
    }
    return country_actor(c, cc, out);
}

/* Longest gazetteer organisation ending at token e (inclusive), or SIZE_MAX. */
static size_t org_ending(const struct ctx *c, size_t e)
{
    for (size_t len = 3; len >= 1; len--) {
        size_t a, k;
        if (e + 1 < len)
            continue;
        a = e + 1 - len;
        for (k = a; k <= e; k++)
            if (!is_word(c, k))
                break;
        if (k <= e)
            continue;
        if (classes(c, a, e + 1) & BL_GZ_ORG)
            return a;
        if (len == 1 && c->ent_of[a] >= 0 && c->d->ents[c->ent_of[a]].type == BL_ENT_ORGANIZATION)
            return a;
    }
    return SIZE_MAX;
}

/* "Sofia Brandt of Pareto Securities", "an analyst at the Fjord Bank": when
 * the token o opens or lies in an organisation entity, that entity's text is
 * actor ai's org and *set is true. BL_OK, or BL_ERR_NOMEM. */
static int entity_org(struct ctx *c, int ai, size_t o, bool *set)
{
    int oi = o < c->n ? c->ent_of[o] : -1;
    const struct bl_span *os;

    *set = false;
    if (oi < 0 || c->d->ents[oi].type != BL_ENT_ORGANIZATION)
        return BL_OK;
    os = &c->d->ents[oi].span;
    c->acts[ai].org = bl_arena_strndup(&c->d->arena, c->d->text + os->start, os->end - os->start);
    if (!c->acts[ai].org)
        return BL_ERR_NOMEM;
    *set = true;
    return BL_OK;
}

/* "head of Russia's sovereign wealth fund": an organisation named in lower
 * case; makes it an actor and returns it in *out (or -1). */
static int lower_org(struct ctx *c, size_t k, char cc[3], int *out)
{
    size_t a, e;
    char buf[WORD_MAX];
    *out = -1;
    cc[0] = '\0';
    if (k + 1 < c->n && is_word(c, k) && is_poss(c, k + 1) && country_of(c, k, k + 1, cc))
        k += 2;
    else if (tok_is(c, k, "the"))
        k++;
    for (a = k, e = k; e < c->n && e < a + 5 && is_word(c, e) && !(c->t[e].flags & BL_TF_UPPER);
         e++)
        if (IN_LIST(org_heads, lower(c, e, buf)))
            break;
    if (e >= c->n || e >= a + 5 || !is_word(c, e) || !IN_LIST(org_heads, lower(c, e, buf)))
        return BL_OK;
    if (keyed_actor(c, hash_toks(c, 'o', a, e + 1), BL_ACTOR_ORGANIZATION, tok_text(c, a, e + 1),
                    e + 1 - a, out) != BL_OK)
        return BL_ERR_NOMEM;
    return add_mention(c, *out, c->t[a].start, c->t[e].end, a, M_NAMED);
}

/* Ranks that lead a title with a country inside ("Assistant U.S. Attorney",
 * "Deputy U.S. Trade Representative"). */
static const char *const rank_leads[] = {"assistant", "associate", "deputy"};

/* A title starting at token s, widened over one capitalised portfolio word
 * before a bare head ("Trade" in "Canadian Trade Minister") that is not a
 * demonym, a country or part of a named entity. */
static size_t with_portfolio(const struct ctx *c, size_t s)
{
    char cc[3];
    if (s == 0 || !tok_in(c, s, portfolio_heads) || !is_upper(c, s - 1) || c->ent_of[s - 1] >= 0 ||
        tok_in(c, s - 1, title_mods) || demonym_of(c, s - 1, cc) || country_of(c, s - 1, s, cc) ||
        title_ending(c, s - 1, 0) != SIZE_MAX)
        return s;
    return s - 1;
}

/* "Chief financial officer", "chief operating officer": the title that ends
 * at token s (an "officer") starts at "chief" and a word for the area it
 * runs. */
static size_t chief_of(const struct ctx *c, size_t s)
{
    static const char *const areas[] = {"commercial", "digital",    "executive", "financial",
                                        "information", "investment", "legal",     "marketing",
                                        "medical",     "operating",  "people",    "product",
                                        "risk",        "security",   "strategy",  "technology"};
    if (s >= 2 && tok_is(c, s, "officer") && tok_is(c, s - 2, "chief") &&
        tok_in_n(c, s - 1, areas, sizeof areas / sizeof areas[0]))
        return s - 2;
    return s;
}

/* Words that never start a group's name, nor does it run back over them
 * ("despite", "amid" and the like open a headline's phrase: "despite
 * traders' protest"), nor are they a title's area (owned_area). */
static const char *const name_stop[] = {
    "a", "about", "after", "against", "all", "also", "amid", "among", "an", "and",
    "any", "are", "as", "at", "because", "before", "both", "but", "by", "despite",
    "during", "each", "even", "every", "few", "for", "from", "had", "has", "have",
    "her", "his", "how", "if", "in", "into", "is", "its", "just", "many",
    "more", "most", "my", "no", "not", "now", "of", "on", "only", "or",
    "other", "our", "own", "said", "say", "says", "several", "since", "so", "some",
    "such", "than", "that", "the", "their", "then", "these", "this", "those", "to",
    "until", "was", "were", "what", "when", "where", "whether", "which", "while", "who",
    "whom", "whose", "why", "will", "with", "without", "would", "your"};

/* "Genk's sporting director", "Norvik Bank's finance director": the title
 * that starts at token s widened over the one lower-case word for its area
 * between it and an owner's possessive. */
static size_t owned_area(const struct ctx *c, size_t s)
{
    if (s >= 3 && !is_upper(c, s) && is_word(c, s - 1) && !is_upper(c, s - 1) &&
        is_poss(c, s - 2) && is_word(c, s - 3) && !tok_in(c, s - 1, name_stop) &&
        !memchr(c->d->text + c->t[s - 1].start, '-', c->t[s - 1].end - c->t[s - 1].start) &&
        !tok_in(c, s - 1, title_mods) && title_ending(c, s - 1, 0) == SIZE_MAX)
        return s - 1;
    return s;
}

/* Titles, affiliation and organisation around a person's name: inside the
 * entity before the name, before the entity ("Kremlin spokesperson", "Russia's
 * long-time Foreign Minister") and in an appositive after it ("X, Trump's
 * envoy to Ukraine,"). Sets *resume to the token after an appositive. */
/* "The mayor of Lyon, Grégory Doucet, said", "The head of Kenya's
 * central bank" not: a title, "of" or "for" and one to three capitalised
 * words, then a comma right before the name x, which a comma or period
 * closes. Adds the title (and the country it serves) to actor ai; the
 * verb comes after the name's closing comma. */
static int title_of_before(struct ctx *c, int ai, const struct cand *x, size_t *resume)
{
    size_t p = x->ta, k, s;
    char cc[3];
    int rc;
    if (p < 4 || !is_punct(c, p - 1, ',') ||
        !(is_punct(c, x->b, ',') || is_punct(c, x->b, '.')))
        return BL_OK;
    for (k = p - 1; k > 0 && p - 1 - k < 3 && is_word(c, k - 1) && is_upper(c, k - 1); k--)
        ;
    if (k == p - 1 || k < 2 || !(tok_is(c, k - 1, "of") || tok_is(c, k - 1, "for")))
        return BL_OK;
    s = title_ending(c, k - 2, 0);
    if (s == SIZE_MAX)
        return BL_OK;
    if ((rc = add_title(c, &c->acts[ai], s, k - 1)) != BL_OK)
        return rc;
    /* the title phrase names the person too: a claim whose source stops
     * before the appositive ("The mayor of Lyon, ..., has opposed") */
    if ((rc = add_mention(c, ai, c->t[s].start, c->t[p - 2].end, s, 0)) != BL_OK)
        return rc;
    if (country_of(c, k, p - 1, cc)) {
        if (!c->acts[ai].cc[0])
            memcpy(c->acts[ai].cc, cc, 3);
    } else if (c->ent_of[k] >= 0 && c->d->ents[c->ent_of[k]].type == BL_ENT_ORGANIZATION &&
               c->d->ents[c->ent_of[k]].span.end == c->t[p - 2].end && !c->acts[ai].org) {
        int oa;
        if ((rc = org_actor(c, k, p - 1, &oa)) != BL_OK)
            return rc;
        if (oa >= 0)
            c->acts[ai].org = c->acts[oa].name;
    }
    if (is_punct(c, x->b, ','))
        *resume = x->b + 1;
    return BL_OK;
}

static int person_context(struct ctx *c, int ai, const struct cand *x, size_t *resume,
                          size_t *boss_tok)
{
    size_t i, e, p, q, s;
    int ntitle = 0, rc, oa;
    char cc[3];
    bool of_country;

    *resume = x->b;
    for (i = x->ta; i < x->a;) {
        e = title_starting(c, i, x->a, 1);
        if (e > i) {
            if ((rc = add_title(c, &c->acts[ai], i, e)) != BL_OK)
                return rc;
            ntitle++;
            i = e;
            continue;
        }
        if (demonym_of(c, i, cc) && !c->acts[ai].cc[0])
            memcpy(c->acts[ai].cc, cc, 3);
        i++;
    }
    p = x->ta;
    /* "Bulgaria's envoy, Maria Ivanova, called": the title before a comma */
    if (p >= 2 && is_punct(c, p - 1, ',') && (is_punct(c, x->b, ',') || is_punct(c, x->b, '.')) &&
        title_ending(c, p - 2, 0) != SIZE_MAX) {
        p--;
        if (is_punct(c, x->b, ','))
            *resume = x->b + 1;
    }
    if (p == x->ta && !ntitle) {
        if ((rc = title_of_before(c, ai, x, resume)) != BL_OK)
            return rc;
    }
    for (; p > 0 && x->ta - p < 12;) {
        q = p - 1;
        if (!is_word(c, q) || (c->ent_of[q] >= 0 && ntitle == 0 && q + 1 == x->ta &&
                               c->d->ents[c->ent_of[q]].type == BL_ENT_PERSON))
            break;
        s = title_ending(c, q, 0);
        if (s != SIZE_MAX) {
            s = with_portfolio(c, s);
            s = owned_area(c, chief_of(c, s));
            /* "Assistant U.S. Attorney": a rank, a country, the title; the
             * whole is the title and the country the affiliation */
            if (s >= 2 && tok_in(c, s - 2, rank_leads) && is_upper(c, s - 2) &&
                is_word(c, s - 1) && country_of(c, s - 1, s, cc)) {
                if (!c->acts[ai].cc[0])
                    memcpy(c->acts[ai].cc, cc, 3);
                s -= 2;
            }
            if ((rc = add_title(c, &c->acts[ai], s, q + 1)) != BL_OK)
                return rc;
            ntitle++;
            p = s;
            continue;
        }
        if (ntitle && tok_in(c, q, title_mods)) {
            p = q;
            continue;
        }
        break;
    }
    /* "Brazil's Rafael Moreira": a country's possessive right before the
     * name gives the affiliation even without a title. */
    if (p > 1 && !ntitle && is_poss(c, p - 1) && is_word(c, p - 2) &&
        country_of(c, p - 2, p - 1, cc) && !c->acts[ai].cc[0])
        memcpy(c->acts[ai].cc, cc, 3);
    if (p > 0 && ntitle) {
        q = p - 1;
        if (demonym_of(c, q, cc) || (is_word(c, q) && country_of(c, q, q + 1, cc))) {
            if (!c->acts[ai].cc[0])
                memcpy(c->acts[ai].cc, cc, 3);
        } else if (is_poss(c, q) && q > 0 && is_word(c, q - 1)) {
            if (country_of(c, q - 1, q, cc)) {
                if (!c->acts[ai].cc[0])
                    memcpy(c->acts[ai].cc, cc, 3);
            } else if ((s = org_ending(c, q - 1)) != SIZE_MAX) {
                if ((rc = org_actor(c, s, q, &oa)) != BL_OK)
                    return rc;
                c->acts[ai].org = c->acts[oa].name;
            } else {
                *boss_tok = q - 1;
            }
        } else if ((s = org_ending(c, q)) != SIZE_MAX) {
            const char *occ = org_cc(c, s, q + 1);
            c->acts[ai].org = tok_text(c, s, q + 1);
            if (!c->acts[ai].org)
                return BL_ERR_NOMEM;
            if (occ && !c->acts[ai].cc[0])
                memcpy(c->acts[ai].cc, occ, 3);
        }
    }
    /* "President Zelensky of Ukraine", "President Ocampo of the
     * Philippines", "... of the United States": a country, no body */
    of_country = false;
    if (!(x->flags & M_POSS) && tok_is(c, x->b, "of") && x->b + 1 < c->n) {
        size_t k = x->b + 1 + (tok_is(c, x->b + 1, "the") && x->b + 2 < c->n), ce;
        for (ce = k; ce < c->n && ce < k + 3 && is_word(c, ce) && is_upper(c, ce); ce++)
            ;
        while (ce > k && !country_of(c, k, ce, cc))
            ce--;
        if (ce > k && (ce >= c->n || !is_upper(c, ce))) {
            of_country = true;
            if (!c->acts[ai].cc[0])
                memcpy(c->acts[ai].cc, cc, 3);
        }
    }
    /* "Sofia Brandt of Pareto Securities", "Dr. Omar Hassan of the
     * University of Nairobi": the body a person is named with */
    if (!(x->flags & M_POSS) && tok_is(c, x->b, "of") && !c->acts[ai].org && !of_country) {
        bool set;
        if (entity_org(c, ai, tok_is(c, x->b + 1, "the") ? x->b + 2 : x->b + 1, &set) != BL_OK)
            return BL_ERR_NOMEM;
    }
    /* Appositive: ", [the|a|his|X's|demonym] [modifiers] TITLE [of ORG]," */
    if (!(x->flags & M_POSS) && is_punct(c, x->b, ',')) {
        size_t k = x->b + 1, start, limit;
        char tcc[3] = "";
        if (tok_is(c, k, "the") || tok_is(c, k, "a") || tok_is(c, k, "an") || tok_is(c, k, "his") ||
            tok_is(c, k, "her")) {
            k++;
            /* "the club's chief executive", "the ministry's head of ..." */
            if (tok_is(c, k - 1, "the") && is_word(c, k) && !is_upper(c, k) && is_poss(c, k + 1))
                k += 2;
        } else {
            for (q = k; q < k + 3 && is_upper(c, q); q++)
                ;
            if (q > k && is_poss(c, q)) {
                if (!country_of(c, k, q, tcc))
                    *boss_tok = q - 1;
                k = q + 1;
            } else if (demonym_of(c, k, tcc)) {
                k++;
            }
        }
        {
            size_t k0 = k;
            while (tok_in(c, k, title_mods))
                k++;
            /* "the chief executive": a modifier that opens a title itself */
            if (k > k0 && title_starting(c, k0, k0 + 4 < c->n ? k0 + 4 : c->n, 2) > k0)
                k = k0;
        }
        start = k;
        limit = k + 4 < c->n ? k + 4 : c->n;
        e = title_starting(c, start, limit, 1);
        if (e > start && !is_upper(c, e)) {
            char w[WORD_MAX];
            if ((rc = add_title(c, &c->acts[ai], start, e)) != BL_OK)
                return rc;
            if (tcc[0] && !c->acts[ai].cc[0])
                memcpy(c->acts[ai].cc, tcc, 3);
            if ((tok_is(c, e, "of") || tok_is(c, e, "for")) && is_upper(c, e + 1) &&
                !is_poss(c, e + 2) && country_of(c, e + 1, e + 2, tcc)) {
                /* "the president of Ukraine", "envoy for Norway" */
                if (!c->acts[ai].cc[0])
                    memcpy(c->acts[ai].cc, tcc, 3);
            } else if (tok_is(c, e, "at") && e + 1 < c->n) {
                /* "an epidemiologist at the University of Oslo" */
                bool set;
                if (!c->acts[ai].org &&
                    entity_org(c, ai, tok_is(c, e + 1, "the") ? e + 2 : e + 1, &set) != BL_OK)
                    return BL_ERR_NOMEM;
            } else if (tok_is(c, e, "of") && IN_LIST(org_roles, lower(c, e - 1, w))) {
                bool set;
                if (entity_org(c, ai, e + 1, &set) != BL_OK)
                    return BL_ERR_NOMEM;
                if (!set) {
                    if ((rc = lower_org(c, e + 1, tcc, &oa)) != BL_OK)
                        return rc;
                    if (oa >= 0) {
                        c->acts[ai].org = c->acts[oa].name;
                        if (tcc[0] && !c->acts[oa].cc[0])
                            memcpy(c->acts[oa].cc, tcc, 3);
                        if (tcc[0] && !c->acts[ai].cc[0])
                            memcpy(c->acts[ai].cc, tcc, 3);
                    }
                }
            }
            /* the verb comes after the appositive's closing comma */
            for (q = e; q < c->n && q < e + 12 && c->sent_of[q] == c->sent_of[x->b]; q++)
                if (is_punct(c, q, ',')) {
                    *resume = q + 1;
                    break;
                }
        }
    }
    return BL_OK;
}

/* Subject flags for a phrase ending before token k. */
static unsigned subject_flags(const struct ctx *c, size_t k, bool allow_ing)
{
    int cls = 0;
    if (verb_after(c, k, &cls, allow_ing) < 0)
        return 0;
    return M_SUBJECT | (cls == V_SPEECH ? M_SPEAKS : 0);
}

/* Does the location named by tokens [a,b) act here ("Moscow hinted", "Russia
 * has controlled", "Ukraine, however, insists", "the U.S. and Russia
 * negotiate")? Possessives, objects of prepositions and "the Riyadh talks"
 * stay places. */
static unsigned location_acts(const struct ctx *c, size_t a, size_t b)
{
    size_t k = b, j;
    bool abbrev = (c->t[a].flags & (BL_TF_PERIOD_END | BL_TF_ALLCAPS)) != 0;
    char buf[WORD_MAX];

    /* "according to Beijing": the government speaks */
    if (a >= 2 && tok_is(c, a - 1, "to") && tok_is(c, a - 2, "according"))
        return M_SUBJECT | M_SPEAKS;
    if (is_poss(c, b) || after_prep(c, a))
        return 0;
    if (a > 0 && tok_is(c, a - 1, "the") && !abbrev && !tok_is(c, a, "united"))
        return 0;
    if (tok_is(c, k, "and")) {
        bool group = false;
        for (j = k + 1; j < k + 5 && is_word(c, j); j++) {
            lower(c, j, buf);
            if (IN_LIST(group_nouns, buf)) {
                group = true;
                j++;
                break;
            }
            if (!(c->t[j].flags & BL_TF_UPPER) && !tok_is(c, j, "the"))
                break;
        }
        if (group && abbrev)
            return 0; /* "U.S. and Russian officials": a modifier */
        k = j;
    }
    return subject_flags(c, k, false);
}

/* Nouns for a local government named after its place: "the town of Vidalia". */
static const char *const municipal_nouns[] = {"borough", "city",     "county", "municipality",
                                              "town",    "township", "village"};

/* Does the place named by tokens [a,b) act as its local government ("the
 * town of Vidalia said", "the city of Ada has sued")? Subject flags, else
 * 0. Such a place is no country: it stands for itself. */
static unsigned municipality_acts(const struct ctx *c, size_t a, size_t b)
{
    char buf[WORD_MAX];
    if (a < 3 || !tok_is(c, a - 1, "of") || !tok_is(c, a - 3, "the") || !is_word(c, a - 2) ||
        is_poss(c, b) || after_prep(c, a - 2))
        return 0; /* "farmers in the town of X were": X does not act */
    if (!IN_LIST(municipal_nouns, lower(c, a - 2, buf)))
        return 0;
    return subject_flags(c, b, false);
}

/* The actor of a place that acts as its local government: an organisation
 * named after the place, one per name. */
static int municipal_actor(struct ctx *c, size_t a, size_t b, int *out)
{
    return keyed_actor(c, hash_toks(c, 'M', a, b), BL_ACTOR_ORGANIZATION, tok_text(c, a, b),
                       b - a, out);
}

/* Remember a place that does not act: "its" after "reward Russia for" is
 * Russia's (when Russia acts elsewhere), after "Europe" nobody's. */
static int add_place(struct ctx *c, const struct cand *x, const char *cc)
{
    struct mention *m;
    if (c->nplaces == c->capplaces &&
        bl_grow((void **)&c->places, &c->capplaces, c->nplaces + 1, sizeof *c->places) != BL_OK)
        return BL_ERR_NOMEM;
    m = &c->places[c->nplaces++];
    memset(m, 0, sizeof *m);
    m->tok = x->a;
    m->sent = c->sent_of[x->a];
    m->actor = -1;
    m->flags = M_PLACE;
    if (cc) /* its country actor, if it acts anywhere, is looked up later */
        memcpy(m->cc, cc, 3);
    return BL_OK;
}

/* A title-case headline runs names into the words after them ("Trump Was
 * 'Mocking' Clinton Camp", "Gennifer Flowers Won't"). Cut a name back to a
 * full name seen elsewhere, or to the surname of someone named in full. The
 * keys go in the map under their own tags; nothing reads them as actors. */
static int trim_runons(struct ctx *c, struct cand *cs, size_t ncs)
{
    size_t i;
    int rc;

    for (i = 0; i < ncs; i++) {
        const struct cand *x = &cs[i];
        /* a word named alone elsewhere ("Paredes, 51, said") is a surname
         * after "Ana Lucía", not a headline's word run on */
        if (x->b - x->a == 1 &&
            (rc = map_put(&c->map, hash_toks(c, 'R', x->a, x->b), 0)) != BL_OK)
            return rc;
        if (x->cls != C_PERSON || x->b - x->a < 2 ||
            !(classes(c, x->a, x->a + 1) & BL_GZ_GIVEN_NAME))
            continue;
        if (x->b - x->a == 2 && (rc = map_put(&c->map, hash_toks(c, 'F', x->a, x->b), 0)) != BL_OK)
            return rc;
        if ((rc = map_put(&c->map, hash_toks(c, 'S', x->b - 1, x->b), 0)) != BL_OK)
            return rc;
    }
    for (i = 0; i < ncs; i++) {
        struct cand *x = &cs[i];
        if (x->cls != C_PERSON || x->b - x->a < 2)
            continue;
        if (x->b - x->a >= 3 && map_get(&c->map, hash_toks(c, 'F', x->a, x->a + 2)) >= 0 &&
            !(classes(c, x->a + 2, x->a + 3) & (BL_GZ_SURNAME | BL_GZ_GIVEN_NAME)) &&
            map_get(&c->map, hash_toks(c, 'R', x->a + 2, x->a + 3)) < 0)
            x->b = x->a + 2;
        else if (!(classes(c, x->a, x->a + 1) & BL_GZ_GIVEN_NAME) &&
                 map_get(&c->map, hash_toks(c, 'S', x->a, x->a + 1)) >= 0 &&
                 !(classes(c, x->a + 1, x->a + 2) & (BL_GZ_SURNAME | BL_GZ_GIVEN_NAME)))
            x->b = x->a + 1;
    }
    return BL_OK;
}

/* Does every word of name start with a capital ("Aston Villa", not
 * "University of Oslo", whose last word is a place)? */
static bool all_caps_words(const char *name)
{
    for (const char *p = name; *p; p++)
        if ((p == name || p[-1] == ' ') && !(*p >= 'A' && *p <= 'Z'))
            return false;
    return true;
}

/* "Aston Villa completed the signing ... Villa said": the last word of an
 * organisation's two- or three-word name, standing alone later (capitalised,
 * no capitalised word beside it, no entity or only a one-word entity the
 * tagger did not read as a place, no big city), is a short mention of it,
 * unless a person's surname or another organisation's name ends the same
 * way. */
static int org_tail_scan(struct ctx *c)
{
    int rc = BL_OK;
    uint64_t mask = 0; /* a bit for each such last word's first letter and length */
    struct hashed *tails = NULL; /* every actor by its last word: looked up per word */
    size_t nt = 0;
    for (size_t a = 0; a < c->nacts; a++) {
        const char *nm = c->acts[a].name, *sp;
        if (c->acts[a].kind != BL_ACTOR_ORGANIZATION || !nm ||
            (c->acts[a].name_ntok != 2 && c->acts[a].name_ntok != 3) || !(sp = strrchr(nm, ' ')))
            continue;
        sp++;
        mask |= 1ull << ((lc(sp[0]) * 7u + (unsigned)strlen(sp)) & 63u);
    }
    if (mask) {
        tails = malloc(c->nacts * sizeof *tails);
        if (!tails)
            return BL_ERR_NOMEM;
        for (size_t a = 0; a < c->nacts; a++) {
            const char *nm = c->acts[a].name, *sp;
            if (!nm)
                continue;
            sp = strrchr(nm, ' ');
            sp = sp ? sp + 1 : nm;
            tails[nt].h = hash_str('t', sp, strlen(sp));
            tails[nt++].i = (uint32_t)a;
        }
        qsort(tails, nt, sizeof *tails, hashed_cmp);
    }
    /* only capitalised words are asked about: d->caps holds them */
    for (size_t p = 0, ncaps = mask ? c->d->ncaps : 0; p < ncaps && rc == BL_OK; p++) {
        size_t i = c->d->caps[p];
        const char *w;
        size_t wl;
        uint64_t h;
        int found = -1, e;
        bool clash = false;
        if (i < 1)
            continue;
        w = c->d->text + c->t[i].start;
        wl = c->t[i].end - c->t[i].start;
        e = c->ent_of[i];
        if (!is_upper(c, i) || c->t[i].kind != BL_TOK_WORD || wl < 4 ||
            !(mask >> ((lc(w[0]) * 7u + (unsigned)wl) & 63u) & 1u) || big_city(c, i) ||
            (c->t[i].flags & BL_TF_ALLCAPS) || is_upper(c, i - 1) ||
            (i + 1 < c->n && is_upper(c, i + 1)) || is_poss(c, i - 1) ||
            /* "City officials said", "Rovers fans": a group, no mention */
            (i + 1 < c->n &&
             tok_in_n(c, i + 1, group_nouns, sizeof group_nouns / sizeof group_nouns[0])))
            continue;
        if (e >= 0) {
            const struct bl_entity *en = &c->d->ents[e];
            if (en->type == BL_ENT_LOCATION || en->span.start != c->t[i].start ||
                en->span.end != c->t[i].end)
                continue;
        }
        /* the actors whose last word hashes as this one, in actor order */
        h = hash_str('t', w, wl);
        for (size_t k = hashed_first(tails, nt, h); k < nt && tails[k].h == h && !clash; k++) {
            size_t a = tails[k].i;
            const char *nm = c->acts[a].name, *sp = strrchr(nm, ' ');
            sp = sp ? sp + 1 : nm;
            if (strlen(sp) != wl || strncmp(sp, w, wl) != 0)
                continue;
            if (c->acts[a].kind == BL_ACTOR_ORGANIZATION && sp != nm && all_caps_words(nm) &&
                (c->acts[a].name_ntok == 2 || c->acts[a].name_ntok == 3) && found < 0 &&
                c->acts[a].first < i)
                found = (int)a;
            else
                clash = true; /* a person "... Villa", a second such body */
        }
        if (found < 0 || clash)
            continue;
        rc = add_mention(c, found, c->t[i].start, c->t[i].end, i,
                         subject_flags(c, i + 1, false) | M_NAMED);
    }
    free(tails);
    return rc;
}

/* "Holloway replied" where the tagger saw no name: a capitalised word outside
 * every entity that is the surname of a person named in full is a mention of
 * that person (the mentions so far all lie inside entities). One pass over
 * the tokens; a hash lookup only for a lone capitalised word whose first
 * letter and length match some person's surname. */
static int surname_scan(struct ctx *c)
{
    int rc = BL_OK;
    uint64_t mask = 0;       /* a bit for each surname's first letter and length */
    for (size_t a = 0; a < c->nacts; a++) {
        const char *nm = c->acts[a].name, *sp;
        if (c->acts[a].kind != BL_ACTOR_PERSON || !nm)
            continue;
        sp = strrchr(nm, ' ');
        sp = sp ? sp + 1 : nm;
        mask |= 1ull << ((lc(sp[0]) * 7u + (unsigned)strlen(sp)) & 63u);
    }
    const struct bl_token *t = c->t;
    const char *text = c->d->text;
    const size_t n = c->n;
    /* only capitalised words can be surnames: d->caps holds them */
    for (size_t p = 0, ncaps = mask ? c->d->ncaps : 0; p < ncaps; p++) {
        size_t i = c->d->caps[p];
        int ai;
        unsigned f;
        size_t wl, k;
        bool inside = false;
        if (!(t[i].flags & BL_TF_UPPER) || t[i].kind != BL_TOK_WORD)
            continue;
        wl = t[i].end - t[i].start;
        if (wl < 3 || !(mask >> ((lc(text[t[i].start]) * 7u + (unsigned)wl) & 63u) & 1u) ||
            (t[i].flags & BL_TF_ALLCAPS) || (i + 1 < n && is_upper(c, i + 1)) ||
            (i > 0 && is_upper(c, i - 1) && !is_title(c, i - 1, i)))
            continue;
        /* inside an entity that starts at most 8 tokens before */
        for (k = i + 1; k-- > 0 && i - k < 8 && !inside;)
            inside = c->ent_of[k] >= 0 && c->d->ents[c->ent_of[k]].span.end > t[i].start;
        if (inside)
            continue;
        if (map_get(&c->map, hash_toks(c, 's', i, i + 1)) < 0)
            continue;
        if ((rc = person_actor(c, i, i + 1, false, &ai)) != BL_OK)
            break;
        if (ai < 0 || c->acts[ai].kind != BL_ACTOR_PERSON || c->acts[ai].first > i)
            continue;
        f = is_poss(c, i + 1) ? M_POSS : subject_flags(c, i + 1, false);
        if ((rc = add_mention(c, ai, c->t[i].start, c->t[i].end, i, f | M_NAMED)) != BL_OK)
            break;
    }
    return rc;
}

/* "Caldwell said it would" after "Caldwell Mutual Insurance Co": the
 * company whose name (with a legal form) opens on the lone word of x,
 * when no person bears that word as surname or first name; else -1. */
static int short_org(const struct ctx *c, const struct cand *x)
{
    int ai;
    if (x->b - x->a != 1 || map_get(&c->map, hash_toks(c, 's', x->a, x->b)) >= 0 ||
        map_get(&c->map, hash_toks(c, 'f', x->a, x->b)) >= 0)
        return -1;
    ai = map_get(&c->map, hash_toks(c, 'F', x->a, x->b));
    return ai >= 0 && c->acts[ai].kind == BL_ACTOR_ORGANIZATION ? ai : -1;
}

/* The agency credited in a dateline ("BISSAU (AP) -"): a body of its own,
 * never the party or company of the story whose initials it shares
 * ("African Party ..."), met first only because longer names go first. */
static int credit_actor(struct ctx *c, struct cand *x)
{
    uint64_t key = hash_toks(c, 'o', x->a, x->b);
    int ai = map_get(&c->map, key);
    if (ai >= 0 && c->acts[ai].name_ntok > x->b - x->a) {
        const char *name = tok_text(c, x->a, x->b);
        if (!name)
            return BL_ERR_NOMEM;
        if ((ai = new_actor(c, BL_ACTOR_ORGANIZATION, name, x->b - x->a)) < 0)
            return ai;
        x->actor = ai;
        return map_put(&c->map, key, ai);
    }
    return org_actor(c, x->a, x->b, &x->actor);
}

static int resolve_cands(struct ctx *c, struct cand *cs, size_t ncs)
{
    size_t i, resume, boss;
    int rc, pass, ai;
    char cc[3];

    /* Organisations first; then full names, so a lone surname finds its
     * person wherever the full name appears; then lone names and places. */
    for (pass = 0; pass < 2; pass++) {
        for (i = 0; i < ncs; i++) {
            struct cand *x = &cs[i];
            if (x->cls != C_ORG || (x->b - x->a >= 2) != (pass == 0))
                continue;
            if ((rc = (x->flags & M_CREDIT) ? credit_actor(c, x)
                                            : org_actor(c, x->a, x->b, &x->actor)) != BL_OK)
                return rc;
            x->flags |= subject_flags(c, x->b, false);
        }
    }
    if ((rc = trim_runons(c, cs, ncs)) != BL_OK)
        return rc;
    for (pass = 0; pass < 2; pass++) {
        for (i = 0; i < ncs; i++) {
            struct cand *x = &cs[i];
            bool multi = x->b - x->a >= 2;
            if (x->cls != C_PERSON || multi != (pass == 0))
                continue;
            /* (not the surname of a person named in full: "Trump said"
             * after "Donald Trump" and "Trump University") */
            if (!multi && (ai = map_get(&c->map, hash_toks(c, 'o', x->a, x->b))) >= 0 &&
                map_get(&c->map, hash_toks(c, 's', x->a, x->b)) < 0) {
                x->cls = C_ORG; /* "Acme" again, after "the company Acme" */
                x->actor = ai;
                x->flags |= subject_flags(c, x->b, false);
                continue;
            }
            if (!multi && (ai = short_org(c, x)) >= 0) {
                x->cls = C_ORG;
                x->actor = ai;
                x->flags |= subject_flags(c, x->b, false);
                continue;
            }
            /* "Norvik Home said" after "Norvik Home Inc.": the company by
             * its name without the legal form, though tagged a person;
             * "Civic Lantern plans" after "a watchdog group, Civic
             * Lantern,": the body by its whole name, when no first name
             * opens it */
            if (multi && (ai = map_get(&c->map, hash_toks(c, 'o', x->a, x->b))) >= 0 &&
                c->acts[ai].kind == BL_ACTOR_ORGANIZATION &&
                (c->acts[ai].name_ntok > x->b - x->a ||
                 (c->acts[ai].name_ntok == x->b - x->a &&
                  !(classes(c, x->a, x->a + 1) & BL_GZ_GIVEN_NAME)))) {
                x->cls = C_ORG;
                x->actor = ai;
                if (x->ent >= 0 && c->d->ents[x->ent].span.start == c->t[x->a].start)
                    c->d->ents[x->ent].type = BL_ENT_ORGANIZATION;
                x->flags |= subject_flags(c, x->b, false);
                continue;
            }
            if ((rc = person_actor(c, x->a, x->b, true, &x->actor)) != BL_OK)
                return rc;
        }
    }
    for (i = 0; i < ncs; i++) {
        struct cand *x = &cs[i];
        /* "Keller" is a town too, but here the surname of a person named;
         * "between Trump and Putin" tagged LOCATION is still Putin */
        if (x->cls == C_LOC && x->b - x->a == 1 &&
            (x->type == BL_ENT_PERSON || !country_of(c, x->a, x->b, cc))) {
            if ((rc = person_actor(c, x->a, x->b, false, &x->actor)) != BL_OK)
                return rc;
            if (x->actor >= 0)
                x->cls = C_PERSON;
        }
        /* "Northfield said" after "Northfield Markets Inc": the company's
         * short name, though a small town has it too; never a state's, a
         * country's or a big city's name ("Texas" after "Texas Energy"),
         * nor a place the tagger once took for a body by itself */
        if (x->cls == C_LOC && x->b - x->a == 1 && x->a == x->ta &&
            (ai = map_get(&c->map, hash_toks(c, 'o', x->a, x->b))) >= 0 &&
            c->acts[ai].kind == BL_ACTOR_ORGANIZATION &&
            /* ("Nordavia said" after "carrier Nordavia": the one-word
             * name of a firm that is no place anywhere) */
            (c->acts[ai].name_ntok >= 2 ||
             !(classes(c, x->a, x->b) &
               (BL_GZ_COUNTRY | BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_REGION))) &&
            !(classes(c, x->a, x->b) &
              (BL_GZ_COUNTRY | BL_GZ_ADMIN1 | BL_GZ_REGION | BL_GZ_DEMONYM)) &&
            !big_city(c, x->a)) {
            x->cls = C_ORG;
            x->actor = ai;
            x->flags |= subject_flags(c, x->b, false);
        }
        if (x->cls == C_MAYBE && x->b - x->a == 1 && x->type == BL_ENT_PERSON &&
            (ai = short_org(c, x)) >= 0) {
            x->cls = C_ORG;
            x->actor = ai;
            x->flags |= subject_flags(c, x->b, false);
        }
        if (x->cls == C_MAYBE && x->b - x->a == 1) {
            if ((rc = person_actor(c, x->a, x->b, false, &x->actor)) != BL_OK)
                return rc;
            if (x->actor < 0 && x->ent >= 0 && c->d->ents[x->ent].type == BL_ENT_ORGANIZATION &&
                !common_opener(c, x->a))
                x->cls = C_ORG;
            else if (x->actor >= 0)
                x->cls = C_PERSON;
        }
        if (x->cls == C_ORG && x->actor < 0) {
            if ((rc = org_actor(c, x->a, x->b, &x->actor)) != BL_OK)
                return rc;
            x->flags |= subject_flags(c, x->b, false);
        } else if (x->cls == C_LOC) {
            unsigned f = municipality_acts(c, x->a, x->b);
            if (f) {
                if ((rc = municipal_actor(c, x->a, x->b, &x->actor)) != BL_OK)
                    return rc;
                x->flags |= f;
                continue;
            }
            /* "Benfica said in a statement", "Liverpool said they would
             * appeal": a town's name the tagger took for a body, speaking,
             * and no country's seat, is a body named after it (a club, a
             * council), not the place (not a person's: "Obama said",
             * "Cruz admitted" are also towns' names) */
            if (x->ent >= 0 && c->d->ents[x->ent].type == BL_ENT_ORGANIZATION &&
                !(classes(c, x->a, x->b) & (BL_GZ_GIVEN_NAME | BL_GZ_SURNAME)) &&
                !country_of(c, x->a, x->b, cc) &&
                ((f = location_acts(c, x->a, x->b)) & M_SPEAKS)) {
                if ((rc = org_actor(c, x->a, x->b, &x->actor)) != BL_OK)
                    return rc;
                x->cls = C_ORG; /* (its entity is an organisation already) */
                x->flags |= f;
                continue;
            }
            if (!country_of(c, x->a, x->b, cc)) {
                if ((rc = add_place(c, x, NULL)) != BL_OK)
                    return rc;
                continue;
            }
            f = location_acts(c, x->a, x->b);
            if (!f) {
                if ((rc = add_place(c, x, cc)) != BL_OK)
                    return rc;
                continue;
            }
            if ((rc = seat_or_country_actor(c, x, cc, &x->actor)) != BL_OK)
                return rc;
            x->flags |= f;
        }
    }
    /* Context of each person mention, in text order. */
    for (i = 0; i < ncs; i++) {
        struct cand *x = &cs[i];
        if (x->cls != C_PERSON || x->actor < 0)
            continue;
        boss = SIZE_MAX;
        if ((rc = person_context(c, x->actor, x, &resume, &boss)) != BL_OK)
            return rc;
        if (!(x->flags & M_POSS))
            x->flags |= subject_flags(c, resume, false);
        /* "A spokeswoman for the commission, Linda Ocampo, declined ...":
         * the name between commas is the subject of the verb after them */
        if (!(x->flags & (M_POSS | M_SUBJECT)) && x->a > 0 && is_punct(c, x->a - 1, ',') &&
            resume < c->n && is_punct(c, resume, ','))
            x->flags |= subject_flags(c, resume + 1, false);
        if (boss != SIZE_MAX)
            c->acts[x->actor].boss = -2 - (int)boss; /* a token, resolved below */
    }
    for (i = 0; i < ncs; i++) {
        struct cand *x = &cs[i];
        if (x->actor < 0)
            continue;
        if ((rc = add_mention(c, x->actor, c->t[x->a].start, c->t[x->b - 1].end, x->a,
                              x->flags | M_NAMED)) != BL_OK)
            return rc;
        if (x->ent >= 0 && c->ent_actor[x->ent] < 0)
            c->ent_actor[x->ent] = x->actor;
    }
    /* "the mayor" far from the mayor's name still finds her: each title's
     * last word points at the person named with it last */
    for (ai = 0; ai < (int)c->nacts; ai++) {
        const struct act *A = &c->acts[ai];
        for (size_t t = 0; A->kind == BL_ACTOR_PERSON && t < A->ntitles; t++) {
            const char *w = strrchr(A->titles[t], ' ');
            char buf[64];
            size_t n;
            w = w ? w + 1 : A->titles[t];
            n = bl_gazetteer_normalize(w, strlen(w), buf, sizeof buf);
            if (n && (rc = map_put(&c->map, hash_str('T', buf, n), ai)) != BL_OK)
                return rc;
        }
    }
    /* A role under someone ("Putin's senior aide") takes their country. */
    for (i = 0; i < ncs; i++)
        if (cs[i].actor >= 0)
            c->tok_actor[cs[i].b - 1] = cs[i].actor;
    for (ai = 0; ai < (int)c->nacts; ai++) {
        struct act *A = &c->acts[ai];
        if (A->boss <= -2) {
            size_t tok = (size_t)(-2 - A->boss);
            int who = tok < c->n ? c->tok_actor[tok] : -1;
            A->boss = (who >= 0 && who != ai) ? who : -1;
        }
    }
    for (ai = 0; ai < (int)c->nacts; ai++) {
        struct act *A = &c->acts[ai];
        if (A->boss >= 0 && !A->cc[0] && c->acts[A->boss].cc[0])
            memcpy(A->cc, c->acts[A->boss].cc, 3);
        /* "Tom Vale, Norvik Bank's finance director": a body's role is
         * the body's person */
        if (A->boss >= 0 && !A->org && A->kind == BL_ACTOR_PERSON && A->ntitles &&
            c->acts[A->boss].kind == BL_ACTOR_ORGANIZATION)
            A->org = c->acts[A->boss].name;
    }
    return BL_OK;
}

/* ---- Pass 3: groups ------------------------------------------------------ */

/* Number words that size a group rather than name it. */
static const char *const quantity_words[] = {"billion", "dozen",   "hundred",  "million",
                                             "percent", "thousand", "trillion"};

/* Is token k the apostrophe alone after a plural word ("farmers'")? */
static bool plural_owner(const struct ctx *c, size_t k)
{
    const char *s;
    if (k == 0 || c->t[k].kind != BL_TOK_CLITIC || !is_poss(c, k) || !is_word(c, k - 1) ||
        c->sent_of[k - 1] != c->sent_of[k])
        return false;
    s = c->d->text + c->t[k].start;
    if (c->t[k].end - c->t[k].start == 2 && (s[1] == 's' || s[1] == 'S'))
        return false; /* "the union's groups": an owner's 's */
    s = c->d->text + c->t[k - 1].end - 1;
    return *s == 's' || *s == 'S';
}

/* "the company said": a body named before ("Acme Corp. ... the company") */
static const char *const body_nouns[] = {
    "agency",   "airline",  "bureau",  "campaign",  "carrier", "club", "college", "company",
    "department", "firm",   "force",   "group",   "institute", "insurer",   "league", "lender",
    "ministry", "network",  "newspaper", "organization", "retailer", "union", "university"};

/* Words after which a past form is a verb, not a group's modifier
 * ("they ignored residents"): auxiliaries of the perfect, subject
 * pronouns and a few bodies that act (with body_nouns). */
static const char *const verb_subjects[] = {"council", "court", "government", "had", "has",
                                            "have", "having", "he", "it", "police", "she",
                                            "they", "we", "who"};

/* One more part of a group's name before token a (the noun is at i): a
 * capitalised name ("Kremlin officials", "West Virginia officials") or one
 * plain noun ("bank workers", "cast members"). Returns the new start. */
static size_t name_word(const struct ctx *c, size_t a, size_t i)
{
    char buf[WORD_MAX];
    int form;
    size_t m, k, len;

    if (a >= 2 && a == i && tok_is(c, i, "groups") && plural_owner(c, a - 1))
        return a - 2; /* "Farmers' groups" */
    if (a == 0 || c->sent_of[a - 1] != c->sent_of[i] || !is_word(c, a - 1))
        return a;
    m = a - 1;
    if (tok_in(c, m, name_stop))
        return a;
    if (c->t[m].flags & BL_TF_UPPER) {
        for (k = m; k > 0 && m - k < 2 && c->sent_of[k - 1] == c->sent_of[i] &&
                    is_upper(c, k - 1) && !tok_in(c, k - 1, name_stop);
             k--)
            ;
        return k;
    }
    lower(c, m, buf);
    len = strlen(buf);
    /* "the council ignored residents", "had failed farmers": a past form
     * after its subject (a pronoun, a person's or body's name) or an
     * auxiliary is the verb, the group its object; after a demonym
     * ("Democratic registered voters") it is the group's adjective */
    if (m > 0 && c->sent_of[m - 1] == c->sent_of[i] && len > 4 &&
        strcmp(buf + len - 2, "ed") == 0 && is_word(c, m - 1) &&
        (tok_in(c, m - 1, verb_subjects) ||
         (c->ent_of[m - 1] >= 0 && (c->d->ents[c->ent_of[m - 1]].type == BL_ENT_PERSON ||
                                    c->d->ents[c->ent_of[m - 1]].type == BL_ENT_ORGANIZATION)) ||
         tok_in_ix(c, m - 1, body_nouns, &c->ix->body)))
        return a;
    /* "beating the 2.9 billion analysts had expected", "a dozen analysts":
     * a quantity is no name of the group */
    if (verb_class_at(c, m, &form) || IN_LIST(group_nouns, buf) || IN_LIST(quantity_words, buf) ||
        (len > 4 && strcmp(buf + len - 2, "ly") == 0) ||
        (c->t[m].flags & BL_TF_DIGIT))
        return a;
    return m;
}

/* Singular nouns for an unnamed source ("a senior official said"). */
static const char *const source_nouns[] = {
    "activist",    "adviser",     "advisor",   "aide",       "analyst",     "diplomat",
    "doctor",      "economist",   "executive", "expert",     "farmer",      "insider",
    "investigator", "lawmaker",   "lawyer",    "lecturer",   "negotiator",  "nurse",
    "officer",     "official",    "person",    "protester",  "researcher",  "resident",
    "scientist",   "source",      "spokesman", "spokesperson", "spokeswoman", "student",
    "survivor",    "teacher",     "villager",  "voter",      "witness",     "worker"};

/* Body nouns that mostly stand for a body named with them ("the union": the
 * Offshore Workers' Union, not the company the story is about). */
static bool named_head(const struct ctx *c, size_t w)
{
    return tok_is(c, w, "union") || tok_is(c, w, "league") || tok_is(c, w, "college") ||
           tok_is(c, w, "university") || tok_is(c, w, "institute") || tok_is(c, w, "bureau");
}

/* Is the word w the head of name before its "of" ("Royal College of
 * Emergency Medicine", "the college")? */
static bool head_before_of(const char *name, const struct ctx *c, size_t w)
{
    const char *of = strstr(name, " of ");
    size_t len = c->t[w].end - c->t[w].start;
    return of && (size_t)(of - name) >= len &&
           strncasecmp(of - len, c->d->text + c->t[w].start, len) == 0 &&
           (of - len == name || of[-(long)len - 1] == ' ');
}

static const char *const pp_heads[] = {"at", "familiar", "for", "from", "in", "of"};

static int add_plural(struct ctx *c, size_t i)
{
    struct mention *p;
    if (c->nplaces == c->capplaces &&
        bl_grow((void **)&c->places, &c->capplaces, c->nplaces + 1, sizeof *c->places) != BL_OK)
        return BL_ERR_NOMEM;
    p = &c->places[c->nplaces++];
    memset(p, 0, sizeof *p);
    p->tok = (uint32_t)i;
    p->sent = c->sent_of[i];
    p->actor = -1;
    p->flags = M_PLURAL;
    return BL_OK;
}

/* "Aid groups say", "rights groups warned": "groups" with a word of its own
 * before it names speakers, as "critics" does; "the two groups" does not. */
static bool modified_groups(const struct ctx *c, size_t i)
{
    static const char *const counted[] = {"eight", "five", "four", "nine", "seven",
                                          "six",   "ten",  "three", "two"};
    int form;
    if (!tok_is(c, i, "groups") || i == 0 || c->sent_of[i - 1] != c->sent_of[i])
        return false;
    /* "farmers' groups", "parents' groups": of members, a possessive plural */
    if (i >= 2 && plural_owner(c, i - 1))
        return true;
    if (!is_word(c, i - 1) || tok_in(c, i - 1, name_stop) || (c->t[i - 1].flags & BL_TF_DIGIT))
        return false;
    return !tok_in_n(c, i - 1, counted, sizeof counted / sizeof counted[0]) &&
           ((c->t[i - 1].flags & BL_TF_UPPER) || !verb_class_at(c, i - 1, &form));
}

/* "... capsized in Texas, police said": the group after the comma opens
 * a clause of its own, no list member of the preposition before ("talks
 * with Turkey, Greece, officials and police"), which "and" ends or a comma
 * or "and" after the member carries on. a: the group's first token, i its
 * noun. */
static bool comma_subject(const struct ctx *c, size_t a, size_t i)
{
    if (a > 0 && (tok_is(c, a - 1, "the") || tok_is(c, a - 1, "a") || tok_is(c, a - 1, "an")))
        a--;
    if (a == 0 || !is_punct(c, a - 1, ','))
        return false;
    return i + 1 < c->n && !is_punct(c, i + 1, ',') && !tok_is(c, i + 1, "and") &&
           !tok_is(c, i + 1, "or");
}

/* Where the body starts in the phrase [p,e) by which a group speaks for
 * it: past a preposition (for, at, of, from), a "the" and a common noun or
 * two naming the kind of body ("at the bank UBS"); p when none of those
 * opens the phrase ("Siemens" before "spokesman"). */
static size_t org_phrase_start(const struct ctx *c, size_t p, size_t e)
{
    if (tok_is(c, p, "for") || tok_is(c, p, "at") || tok_is(c, p, "of") || tok_is(c, p, "from"))
        p++;
    if (tok_is(c, p, "the")) {
        /* "at the bank UBS": a common noun or two naming the kind of body */
        size_t k = p + 1;
        p++;
        while (k + 1 < e && k < p + 2 && is_word(c, k) && !is_upper(c, k) && c->ent_of[k] < 0)
            k++;
        if (k > p && k < e && is_upper(c, k))
            p = k;
    }
    return p;
}

/* e when the phrase [p,e) is one organisation entity after what
 * org_phrase_start skips ("spokeswoman for the Interior Ministry" with p
 * after the noun and e its verb; "Siemens spokesman" with p the first
 * modifier and e the noun), else 0. */
static size_t org_phrase(const struct ctx *c, size_t p, size_t e)
{
    size_t s = org_phrase_start(c, p, e);
    int ei;
    if (s >= e || (s == p && p > 0 && c->ent_of[p] >= 0 && c->ent_of[p - 1] == c->ent_of[p]))
        return 0;
    ei = c->ent_of[s];
    if (ei < 0 || c->d->ents[ei].type != BL_ENT_ORGANIZATION ||
        c->d->ents[ei].span.start != c->t[s].start || c->d->ents[ei].span.end != c->t[e - 1].end)
        return 0;
    return e;
}

/* "business groups that argued ...", "unions, who said ...": the group is
 * the subject of a relative clause whose verb is a speech verb (after an
 * adverb or two at most). k: the token after the group's noun. */
static bool relative_speaks(const struct ctx *c, size_t k)
{
    int form;
    if (is_punct(c, k, ',') && tok_is(c, k + 1, "who"))
        k++;
    else if (!tok_is(c, k, "who") && !tok_is(c, k, "that"))
        return false;
    for (size_t v = k + 1; v < c->n && v < k + 4 && is_word(c, v); v++) {
        if (verb_class_at(c, v, &form) == V_SPEECH)
            return true;
        if (!(word_bits(c, v) & (WB_ADVERB | WB_LY)) && !tok_is(c, v, "have") &&
            !tok_is(c, v, "had") && !tok_is(c, v, "has"))
            return false;
    }
    return false;
}

/* `"...," said one senior diplomat`, "..., said a spokesman.": a group
 * phrase starting at a right after a speech verb that follows a comma or a
 * closing mark is the one who said it. */
static bool said_before(const struct ctx *c, size_t a)
{
    int form;
    size_t v = a;
    if (v > 0 && (tok_is(c, v - 1, "a") || tok_is(c, v - 1, "an") || tok_is(c, v - 1, "one") ||
                  tok_is(c, v - 1, "another") || tok_is(c, v - 1, "the")))
        v--;
    if (v < 2 || c->sent_of[v - 1] != c->sent_of[a] || verb_class_at(c, v - 1, &form) != V_SPEECH)
        return false;
    return is_punct(c, v - 2, ',') || c->t[v - 2].kind == BL_TOK_QUOTE;
}

/* The key of role actors by head word ("minister" of "the health
 * minister"): the one actor, or -2 when two share it. Group scan keys the
 * unnamed single sources ("a spokeswoman for ...") by it too. */
static uint64_t role_key(const struct ctx *c, size_t h)
{
    char buf[64];
    const char *w = c->d->text + c->t[h].start;
    size_t len = c->t[h].end - c->t[h].start, n = bl_gazetteer_normalize(w, len, buf, sizeof buf);
    return n ? hash_str('r', buf, n) : hash_str('r', w, len);
}

static int put_role(struct ctx *c, size_t h, int ai)
{
    uint64_t key = role_key(c, h);
    int was = map_get(&c->map, key);
    return map_put(&c->map, key, was >= 0 && was != ai ? -2 : was == -2 ? -2 : ai);
}

static int body_before(const struct ctx *c, size_t i, const char *w, size_t n, bool upper);

/* Participles that open a phrase saying how a group came to speak. */
static const char *const source_participles[] = {
    "briefed", "cited", "contacted", "interviewed", "quoted", "reached", "speaking", "testifying",
    "writing"};
static const char *const participle_preps[] = {"at", "before", "by", "for", "in", "on", "to"};

/* "analysts on average had expected", "economists polled by Reuters
 * forecast": the words between a group and its verb that say how it was
 * asked; the token after them (k when there are none). */
static size_t poll_end(const struct ctx *c, size_t k)
{
    if (k + 1 < c->n && tok_is(c, k, "on") && tok_is(c, k + 1, "average"))
        return k + 2;
    if (k + 2 < c->n && (tok_is(c, k, "polled") || tok_is(c, k, "surveyed")) &&
        tok_is(c, k + 1, "by")) {
        size_t e = k + 2;
        if (tok_is(c, e, "the"))
            e++;
        while (e < c->n && e < k + 8 && is_word(c, e) && is_upper(c, e))
            e++;
        if (e > k + 2 && !tok_is(c, e - 1, "the"))
            return e;
    }
    /* "doctors writing in the journal said", "officials speaking on
     * condition of anonymity said", "residents interviewed by the Tribune
     * said": a participle's phrase of a few words, then a verb of speech */
    if (k + 2 < c->n && tok_in(c, k, source_participles) &&
        tok_in(c, k + 1, participle_preps)) {
        for (size_t e = k + 3; e < c->n && e < k + 12 && is_word(c, e - 1); e++) {
            int cls = 0;
            if (verb_after(c, e, &cls, false) == (long)e && cls == V_SPEECH)
                return e;
        }
    }
    return k;
}

static int group_scan(struct ctx *c)
{
    char buf[WORD_MAX], cc[3];
    size_t i;
    int rc, form;
    bool single;

    /* every word is looked up in three tables, indexed by first byte */
    const struct first_index *gix = &c->ix->group, *pix = &c->ix->plural;
    const struct first_index *six = &c->ix->source, *any = &c->ix->group_any;
    for (i = 0; i < c->n; i++) {
        size_t a, m, nccs = 0, mtok[2] = {0, 0}, wlen, pp_end = 0;
        int ai0, oa = -1;
        const char *ws;
        char ccs[2][3];
        bool with = false, rel, according;
        unsigned f;
        {
            /* Most tokens are no word, or a word none of the three tables
             * could hold by its length and end bytes: pass over them in a
             * loop of their own. */
            const struct bl_token *t = c->t;
            const char *text = c->d->text;
            size_t n = c->n;
            while (i < n && !(t[i].kind == BL_TOK_WORD &&
                              may_hold(any, text + t[i].start, t[i].end - t[i].start)))
                i++;
            if (i >= n)
                break;
        }
        single = false;
        ws = c->d->text + c->t[i].start;
        wlen = c->t[i].end - c->t[i].start;
        if (!in_indexed_text(group_nouns, gix, ws, wlen)) {
            if (in_indexed_text(source_nouns, six, ws, wlen) &&
                (strcmp(lower(c, i, buf), "person") != 0 || tok_is(c, i + 1, "familiar"))) {
                single = true; /* "a senior official said" */
            } else if (wlen != 6 || !modified_groups(c, i)) {
                if (in_indexed_text(plural_nouns, pix, ws, wlen) &&
                    (rc = add_plural(c, i)) != BL_OK)
                    return rc;
                continue;
            }
        }
        lower(c, i, buf); /* the noun's key below */
        /* "Rapid Support Forces", "Israel Defense Forces": a body's name */
        if (is_upper(c, i) && strcmp(buf, "forces") == 0)
            continue;
        /* modifiers: demonyms, countries, "senior", "and" between them */
        for (a = i; a > 0 && i - a < 6 && c->sent_of[a - 1] == c->sent_of[i];) {
            m = a - 1;
            if (demonym_of(c, m, cc) ||
                (is_word(c, m) && (c->t[m].flags & BL_TF_UPPER) && country_of(c, m, m + 1, cc))) {
                if (nccs < 2) {
                    memcpy(ccs[nccs], cc, 3);
                    mtok[nccs++] = m;
                }
                a = m;
                continue;
            }
            if (tok_in(c, m, group_mods)) {
                a = m;
                continue;
            }
            if (tok_is(c, m, "and") && a < i && m > 0 &&
                (demonym_of(c, m - 1, cc) ||
                 (is_word(c, m - 1) && (c->t[m - 1].flags & (BL_TF_PERIOD_END | BL_TF_ALLCAPS)) &&
                  country_of(c, m - 1, m, cc)))) {
                a = m;
                continue;
            }
            break;
        }
        a = name_word(c, a, i);
        /* "One nurse said": a "One" or "Another" that name_word took for
         * a name (a capital opening the sentence) is the count, no name */
        if (a < i && (tok_is(c, a, "one") || tok_is(c, a, "another")))
            a++;
        while (a > 0 && i - a < 8 && c->sent_of[a - 1] == c->sent_of[i] &&
               tok_in(c, a - 1, group_mods))
            a--; /* "senior union official", "top Kremlin officials" */
        if (single && !(a > 0 && (tok_is(c, a - 1, "a") || tok_is(c, a - 1, "an") ||
                                  tok_is(c, a - 1, "one") || tok_is(c, a - 1, "another"))))
            continue;
        rel = relative_speaks(c, i + 1);
        /* "according to stadium officials", "according to police",
         * "according to the officials": the group is the source, as
         * "according to Beijing" makes Beijing speak (not "according to
         * the National Police Agency": a name's word) */
        {
            size_t t0 = a > 0 && tok_is(c, a - 1, "the") ? a - 1 : a;
            according = !single && !is_upper(c, i) && t0 >= 2 && tok_is(c, t0 - 1, "to") &&
                        tok_is(c, t0 - 2, "according");
        }
        if (a > 0 && tok_is(c, a - 1, "with"))
            with = true;
        else if (after_prep(c, a) && !comma_subject(c, a, i) && !rel && !according)
            continue;
        f = according ? M_SUBJECT | M_SPEAKS : subject_flags(c, poll_end(c, i + 1), with);
        if (f && with) {
            /* "with reporters not getting answers", not "with police orders" */
            int vc;
            long v = verb_after(c, i + 1, &vc, true);
            size_t vl = v >= 0 ? c->t[v].end - c->t[v].start : 0;
            if (v < 0 || vl < 4 || memcmp(c->d->text + c->t[v].end - 3, "ing", 3) != 0)
                f = 0;
        }
        if (!f && rel)
            f = M_SUBJECT | M_SPEAKS; /* "sided with business groups that argued ..." */
        if (!f && said_before(c, a))
            f = M_SUBJECT | M_SPEAKS; /* `"...," said one senior EU diplomat` */
        if (!f && tok_in(c, i + 1, pp_heads)) {
            /* "negotiators from Turkey and Greece agreed", "analysts at the
             * bank said": the verb after a short phrase */
            size_t k, ncountry = 0;
            char pcc[3] = "";
            for (k = i + 2; k < c->n && k < i + 8; k++) {
                if (is_word(c, k) && !verb_class_at(c, k, &form)) {
                    if ((c->t[k].flags & BL_TF_UPPER) && country_of(c, k, k + 1, cc)) {
                        ncountry++;
                        memcpy(pcc, cc, 3);
                    }
                    continue;
                }
                if (is_punct(c, k, ',') && is_upper(c, k + 1))
                    continue;
                /* "officials in Victoria, Texas, said": the comma closing
                 * a place's state before the verb */
                if (is_punct(c, k, ',') && k > i + 3 && is_upper(c, k - 1) &&
                    is_punct(c, k - 2, ',') && k + 1 < c->n && is_word(c, k + 1) &&
                    verb_class_at(c, k + 1, &form))
                    continue;
                break;
            }
            f = k > i + 2 ? subject_flags(c, k, false) : 0;
            if (f && nccs == 0)
                pp_end = org_phrase(c, i + 1, k);
            if (f && nccs == 0 && ncountry == 1) {
                memcpy(ccs[0], pcc, 3);
                mtok[0] = i;
                nccs = 1;
            }
        }
        if (!f) {
            /* still a plural that "they" may mean */
            if ((rc = add_plural(c, i)) != BL_OK)
                return rc;
            continue;
        }
        /* "Republicans" tagged as a body is already that actor: one actor;
         * so is a party named so ("Christian Democrats"), and a body whose
         * name ends on a capitalised group noun ("West Yorkshire Police
         * said") */
        if (nccs == 0 && (a < i || c->ent_of[i] >= 0) &&
            (tok_in(c, i, proper_groups) || (a < i && is_upper(c, i))) &&
            (ai0 = map_get(&c->map, hash_toks(c, 'o', a, i + 1))) >= 0) {
            if ((rc = add_mention(c, ai0, c->t[a].start, c->t[i].end, a, f | M_NAMED)) != BL_OK)
                return rc;
            continue;
        }
        /* "police said" after "West Yorkshire Police" was named: the
         * force named before, not a group of its own */
        if (nccs == 0 && a == i && !pp_end && strcmp(buf, "police") == 0 &&
            (ai0 = body_before(c, i, ws, wlen, true)) >= 0) {
            if ((rc = add_mention(c, ai0, c->t[i].start, c->t[i].end, i, f | M_PRONOUN)) != BL_OK)
                return rc;
            continue;
        }
        /* "Greater Manchester Police said", "West Midlands Police said": a
         * capitalised "Police" after capitalised words that are no group
         * modifier names a force, a body, though the tagger cut the name
         * or took it for a place */
        if (nccs == 0 && a < i && is_upper(c, i) && strcmp(buf, "police") == 0 &&
            !tok_in(c, a, group_mods)) {
            size_t k = a;
            while (k < i && is_word(c, k) && is_upper(c, k))
                k++;
            if (k == i) {
                /* "Manchester Police" tagged inside it: that body, by its
                 * whole name */
                ai0 = -1;
                for (size_t s0 = a + 1; s0 < i && ai0 < 0; s0++) {
                    int e = c->ent_of[s0];
                    if (e >= 0 && c->d->ents[e].type == BL_ENT_ORGANIZATION &&
                        c->d->ents[e].span.end == c->t[i].end)
                        ai0 = c->ent_actor[e];
                }
                if (ai0 >= 0 && c->acts[ai0].kind == BL_ACTOR_ORGANIZATION) {
                    /* (its mention is the tagged name's: no second one
                     * overlapping it) */
                    if ((rc = maybe_rename(c, ai0, a, i + 1)) != BL_OK ||
                        (rc = map_put(&c->map, hash_toks(c, 'o', a, i + 1), ai0)) != BL_OK)
                        return rc;
                    continue;
                }
                if ((rc = org_actor(c, a, i + 1, &ai0)) != BL_OK ||
                    (rc = add_mention(c, ai0, c->t[a].start, c->t[i].end, a, f | M_NAMED)) !=
                        BL_OK)
                    return rc;
                continue;
            }
        }
        for (size_t g = 0; g < (nccs ? nccs : 1); g++) {
            char name[160];
            size_t nl = 0, from = a;
            uint64_t key;
            int ai;
            const char *nm;
            if (nccs == 2) {
                /* "U.S. and Russian officials": one group each */
                size_t t0 = mtok[g];
                nl = (size_t)snprintf(
                    name, sizeof name, "%.*s %.*s", (int)(c->t[t0].end - c->t[t0].start),
                    c->d->text + c->t[t0].start, (int)(c->t[i].end - c->t[i].start),
                    c->d->text + c->t[i].start);
            } else {
                /* "spokeswoman for the Interior Ministry": named with its body */
                size_t len = c->t[pp_end ? pp_end - 1 : i].end - c->t[from].start;
                nl = len < sizeof name ? len : sizeof name - 1;
                memcpy(name, c->d->text + c->t[from].start, nl);
                name[nl] = '\0';
            }
            if (nl >= sizeof name)
                nl = sizeof name - 1;
            /* "Critics argue", "Health ministers met": a common noun
             * capitalised by the sentence or a headline */
            if (name[0] >= 'A' && name[0] <= 'Z' && nccs < 2 && !tok_in(c, i, proper_groups) &&
                (from == i ||
                 (c->d->sents[c->sent_of[i]].tok_start == from && tok_in(c, from, group_mods) &&
                  !tok_is(c, from, "european") && !tok_is(c, from, "western"))))
                name[0] = lc(name[0]);
            key = hash_str('G', buf, strlen(buf)) ^
                  (nccs ? hash_str('c', ccs[g], 2)
                        : (a < i ? hash_toks(c, 'm', a, i) : 0x9e3779b97f4a7c15ull));
            /* the body a group speaks for ("for the Interior Ministry", "A
             * Siemens spokesman"): its organisation, and a key of its own, so
             * the spokeswomen of two bodies stay two speakers */
            if (nccs == 0 && oa < 0) {
                size_t ob = pp_end ? org_phrase_start(c, i + 1, pp_end) : a;
                size_t oe = pp_end ? pp_end : (a < i && org_phrase(c, a, i) == i ? i : 0);
                if (oe && (rc = org_actor(c, ob, oe, &oa)) != BL_OK)
                    return rc;
            }
            if (oa >= 0)
                key = key * 31u + (uint64_t)(oa + 1) * 0x100000001b3ull;
            nm = bl_arena_strndup(&c->d->arena, name, nl);
            if ((rc = keyed_actor(c, key ? key : 1, BL_ACTOR_GROUP, nm, i + 1 - a, &ai)) != BL_OK)
                return rc;
            if (oa >= 0 && !c->acts[ai].org)
                c->acts[ai].org = c->acts[oa].name;
            if (nccs && !c->acts[ai].cc[0])
                memcpy(c->acts[ai].cc, ccs[g], 3);
            if ((rc = add_mention(c, ai, c->t[a].start, c->t[i].end, a, f | M_NAMED)) != BL_OK)
                return rc;
            /* "the spokeswoman" later is this one (role_actor) */
            if (single && (rc = put_role(c, i, ai)) != BL_OK)
                return rc;
        }
    }
    return BL_OK;
}

/* ---- Pass 4: pronouns ---------------------------------------------------- */

enum { P_NONE, P_HE, P_SHE, P_THEY, P_IT, P_ITS, P_THE, P_BODY, P_THE2, P_AGE, P_BODYD,
       P_PERSON /* "the Spaniard": a person of either sex */ };

/* Could token t of text be one of pronoun_kind's words (he him his himself
 * she her hers herself they them their theirs themselves its itself it
 * the)? Each is a word of 2 to 10 bytes, and this asks about the low five
 * bits (which a letter's case leaves alone) of its first, second and last
 * bytes: first h, s, t or i, each with the last bytes its words end with,
 * and second e, i, h or t. A few other words pass too ("this", "there":
 * pronoun_kind compares them in full); most words, which the pronoun pass
 * scans past, do not. A word added to pronoun_kind must be let in here. */
#define PB(ch) (1u << ((ch)&31))
static inline bool pronoun_like(const struct bl_token *t, const char *text)
{
    static const uint32_t lasts[32] = {
        [('h' & 31)] = PB('e') | PB('m') | PB('s') | PB('f') | PB('r'),
        [('s' & 31)] = PB('e'),
        [('t' & 31)] = PB('y') | PB('m') | PB('r') | PB('s') | PB('e'),
        [('i' & 31)] = PB('s') | PB('f') | PB('t'),
    };
    const uint32_t seconds = PB('e') | PB('i') | PB('h') | PB('t');
    const unsigned char *s = (const unsigned char *)text + t->start;
    size_t n = t->end - t->start;
    return t->kind == BL_TOK_WORD && n - 2 <= 8u && ((lasts[s[0] & 31] >> (s[n - 1] & 31)) & 1u) &&
           ((seconds >> (s[1] & 31)) & 1u);
}
#undef PB

/* vmemo bits of the word after "the" for pronoun_kind: asked; a title or
 * a source noun ("the spokesperson"); a body noun ("the company"). */
#define PK_KNOWN 0x2000000u
#define PK_THE   0x4000000u
#define PK_BODY  0x8000000u

/* pronoun_kind's questions about word token i (is_title of it alone,
 * source_nouns, body_nouns), which its bytes alone answer: kept per
 * spelling, as "the" comes before the same few nouns again and again. */
static unsigned the_noun_bits(const struct ctx *c, size_t i)
{
    uint32_t w = c->vmemo ? c->d->tok_word[i] : UINT32_MAX;
    unsigned b = PK_KNOWN;

    if (w < c->d->nwords && (c->vmemo[w] & PK_KNOWN))
        return c->vmemo[w];
    if (is_title(c, i, i + 1) || tok_in_ix(c, i, source_nouns, &c->ix->source))
        b |= PK_THE;
    if (tok_in_ix(c, i, body_nouns, &c->ix->body))
        b |= PK_BODY;
    if (w < c->d->nwords)
        c->vmemo[w] |= b;
    return b;
}

/* pronoun_kind's answer for the word s of len bytes alone: P_HE, P_SHE,
 * P_THEY, P_ITS, P_IT, P_THE for "the" (which the next word decides), or
 * P_NONE. */
static int pronoun_word(const char *s, size_t len)
{
    /* the word is len bytes: compare only words of that length, in place */
#define IS(w) (len == sizeof(w) - 1 && lower_eq(s, (w), len))
    if (IS("he") || IS("him") || IS("his") || IS("himself"))
        return P_HE;
    if (IS("she") || IS("her") || IS("hers") || IS("herself"))
        return P_SHE;
    if (IS("they") || IS("them") || IS("their") || IS("theirs") || IS("themselves"))
        return P_THEY;
    if (IS("its") || IS("itself"))
        return P_ITS;
    if (IS("it"))
        return P_IT;
    if (IS("the"))
        return P_THE;
#undef IS
    return P_NONE;
}

/* vmemo bits of pronoun_word's answer (0 to 6), kept per spelling: the
 * pronoun pass stops at the same few words ("the", "he", "his") again and
 * again. */
#define PW_KNOWN 0x10000000u
#define PW_SHIFT 29

/* An age as one word: "27-year-old" (digits, then "-year-old"). */
static bool age_word(const struct ctx *c, size_t i)
{
    static const char tail[] = "-year-old";
    const char *s;
    size_t n, d = 0, tl = sizeof tail - 1;
    if (i >= c->n || !is_word(c, i))
        return false;
    s = c->d->text + c->t[i].start;
    n = c->t[i].end - c->t[i].start;
    while (d < n && d < 3 && s[d] >= '0' && s[d] <= '9')
        d++;
    return d > 0 && n == d + tl && lower_eq(s + d, tail, tl);
}

/* "the 27-year-old told reporters", "the 27-year-old, who ...": the age
 * stands for someone named before when a verb or a comma follows it, not
 * a noun ("the 27-year-old striker" may be anyone yet). */
static bool age_subject(const struct ctx *c, size_t k)
{
    int form;
    if (k >= c->n)
        return false;
    if (!is_word(c, k))
        return is_punct(c, k, ',') || is_punct(c, k, '.');
    return verb_class_at(c, k, &form) != 0 || tok_in(c, k, auxiliaries) || tok_in(c, k, modals);
}

/* Is the word w of n bytes, in lower case, in the sorted list? */
static bool word_in_sorted(const char *w, size_t n, const char *const *list, size_t nlist)
{
    char buf[WORD_MAX];
    if (n == 0 || n >= sizeof buf)
        return false;
    for (size_t k = 0; k < n; k++)
        buf[k] = lc(w[k]);
    buf[n] = '\0';
    return in_sorted(list, nlist, buf);
}

/* Last words of newspapers' names. Sorted. */
static const char *const news_heads[] = {
    "bulletin", "chronicle", "courier", "daily",    "dispatch", "examiner", "gazette",
    "globe",    "guardian",  "herald",  "inquirer", "journal",  "ledger",   "mail",
    "mirror",   "monitor",   "observer", "post",    "sentinel", "star",     "telegraph",
    "times",    "tribune"};

/* Is the organisation's name a newspaper's, by its last word ("Daily
 * Ledger", "The Morning Herald", "Financial Times")? */
static bool news_name(const char *name)
{
    const char *b = strrchr(name, ' ');
    b = b ? b + 1 : name;
    return word_in_sorted(b, strlen(b), news_heads, sizeof news_heads / sizeof news_heads[0]);
}

/* Is the word w (n bytes) a word of s, in any case? */
static bool has_word(const char *s, const char *w, size_t n)
{
    while (*s) {
        size_t k = strcspn(s, " ");
        if (k == n && strncasecmp(s, w, n) == 0)
            return true;
        s += k;
        s += strspn(s, " ");
    }
    return false;
}

/* Words of sports clubs' names. */
static const char *const club_words[] = {"ac",     "afc",    "athletic", "cf",        "club",
                                         "fc",     "hotspur", "rovers",  "sc",        "united",
                                         "wanderers"};

/* Does a word of the organisation's name say it is a club ("FC Porto",
 * "Harbour Yacht Club", "Leeds United")? "the club" means no other body. */
static bool club_name(const char *name)
{
    for (size_t k = 0; k < sizeof club_words / sizeof club_words[0]; k++)
        if (has_word(name, club_words[k], strlen(club_words[k])))
            return true;
    return false;
}

/* "the paper wrote", "the daily reported": "the paper" (or "daily") at i
 * as the subject of a verb, or before punctuation, in a story with no
 * study or report before it (in science news "the paper" is the study).
 * Looks back over 400 tokens at most. */
static bool paper_subject(const struct ctx *c, size_t i)
{
    static const char *const study[] = {"authors",    "report",     "research", "researchers",
                                        "scientists", "studies",    "study"};
    if (is_word(c, i + 2) && !subject_flags(c, i + 2, false))
        return false;
    for (size_t k = i, lo = i > 400 ? i - 400 : 0; k > lo; k--)
        if (tok_in_n(c, k - 1, study, sizeof study / sizeof study[0]))
            return false;
    return true;
}

static bool speech_verb(const struct ctx *c, size_t i);

static int pronoun_kind(const struct ctx *c, size_t i)
{
    uint32_t w;
    unsigned nb;
    int pw;
    if (i >= c->n || !pronoun_like(&c->t[i], c->d->text))
        return P_NONE;
    w = c->vmemo ? c->d->tok_word[i] : UINT32_MAX;
    if (w < c->d->nwords) {
        if (!(c->vmemo[w] & PW_KNOWN))
            c->vmemo[w] |= PW_KNOWN | (unsigned)pronoun_word(c->d->text + c->t[i].start,
                                                             c->t[i].end - c->t[i].start)
                                          << PW_SHIFT;
        pw = (int)(c->vmemo[w] >> PW_SHIFT);
    } else {
        pw = pronoun_word(c->d->text + c->t[i].start, c->t[i].end - c->t[i].start);
    }
    if (pw != P_THE)
        return pw;
    /* "the 27-year-old told": someone named before; not in an appositive
     * ("Grant, the 20-year-old, said"), where the name is given */
    if (age_word(c, i + 1))
        return age_subject(c, i + 2) && !(i > 0 && is_punct(c, i - 1, ',')) ? P_AGE : P_NONE;
    /* "the X" is either only when X is a lower-case word, with no capital
     * or "of" after it: ask about X's spelling last */
    if (!is_word(c, i + 1) || (c->t[i + 1].flags & BL_TF_UPPER) || is_upper(c, i + 2) ||
        tok_is(c, i + 2, "of")) {
        char cc[3];
        /* "the Spaniard said", "the Brazilian told reporters": a person of
         * that country named before, spoken of as he or she is */
        static const char *const people[] = {
            "briton",     "dane",       "dutchman",   "dutchwoman", "englishman", "englishwoman",
            "finn",       "frenchman",  "frenchwoman", "irishman",  "irishwoman", "pole",
            "scot",       "scotsman",   "scotswoman", "spaniard",   "swede",      "welshman",
            "welshwoman"};
        if (is_upper(c, i + 1) && i + 2 < c->n && speech_verb(c, i + 2) &&
            (tok_in_n(c, i + 1, people, sizeof people / sizeof people[0]) ||
             demonym_of(c, i + 1, cc)))
            return P_PERSON;
        /* "the Swedish company said": a demonym before "company", "firm"
         * or "group", and nothing of a name or "of" after it, nor a name in
         * quotation marks ("the Palestinian group \"Hamas\""), nor "of"
         * before it ("the name of the Palestinian group") */
        if (is_upper(c, i + 1) && is_word(c, i + 2) &&
            (tok_is(c, i + 2, "company") || tok_is(c, i + 2, "firm") ||
             tok_is(c, i + 2, "group")) &&
            !is_upper(c, i + 3) && !tok_is(c, i + 3, "of") && !tok_is(c, i + 3, "'s") &&
            !(i + 3 < c->n && c->t[i + 3].kind == BL_TOK_QUOTE) &&
            !(i > 0 && tok_is(c, i - 1, "of")) &&
            !tok_is(c, i + 3, "’s") && demonym_of(c, i + 1, cc))
            return P_BODYD;
        return P_NONE;
    }
    /* "the paper", "the daily": a newspaper named before (compatible) */
    if (tok_is(c, i + 1, "paper") || tok_is(c, i + 1, "daily"))
        return paper_subject(c, i) ? P_BODY : P_NONE;
    nb = the_noun_bits(c, i + 1);
    if (nb & PK_THE)
        return P_THE;
    if ((nb & PK_BODY) && !tok_is(c, i + 2, "'s") && !tok_is(c, i + 2, "’s"))
        return P_BODY;
    /* "the prime minister", "the finance minister": a title of two
     * lower-case words, with no capital or "of" after it */
    if (is_word(c, i + 2) && !(c->t[i + 2].flags & BL_TF_UPPER) && !is_upper(c, i + 3) &&
        !tok_is(c, i + 3, "of") && may_lead(c, i + 1, BL_GZ_TITLE) && is_title(c, i + 1, i + 3))
        return P_THE2;
    return P_NONE;
}

/* Does name end with the word at token w ("Offshore Workers' Union", "union")? */
static bool name_ends_with(const char *name, const struct ctx *c, size_t w)
{
    return name_ends_with_toks(name, c, w, w + 1);
}

/* Is the title a short form of the word w of len bytes: "Gov. Ann Ray" is
 * "the governor" later, "Sen. Bo Li" "the senator". The whole title only:
 * "Lt. Gov." is no "the governor". */
static bool abbr_title_is(const char *title, const char *w, size_t len)
{
    static const char *const abbr[][2] = {
        {"Gov.", "governor"},  {"Sen.", "senator"},     {"Rep.", "representative"},
        {"Prof.", "professor"}, {"Capt.", "captain"},   {"Col.", "colonel"},
        {"Sgt.", "sergeant"},  {"Adm.", "admiral"},     {"Supt.", "superintendent"}};
    for (size_t k = 0; k < sizeof abbr / sizeof abbr[0]; k++)
        if (strcmp(title, abbr[k][0]) == 0)
            return strlen(abbr[k][1]) == len && strncasecmp(abbr[k][1], w, len) == 0;
    return false;
}

/* A union named for its members, without the word: "Swedish Airline Pilots
 * Association", "Nurses Federation", "Pilots Guild", "Secondary Teachers'
 * Alliance": a plural (or its possessive) before one of these heads. "the
 * union" later is that body. */
static bool union_name(const char *name)
{
    static const char *const heads[] = {" Alliance", " Association", " Federation", " Guild",
                                        " Brotherhood"};
    size_t nl = strlen(name);
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
        size_t hl = strlen(heads[k]), e;
        if (nl <= hl + 3 || strcmp(name + nl - hl, heads[k]) != 0)
            continue;
        e = nl - hl; /* the member word ends before e */
        if (name[e - 1] == '\'')
            e--;
        return name[e - 1] == 's' && name[e - 2] != 's';
    }
    return false;
}

/* Is mention m the name of a body before a word for its numbers ("LSEG
 * data", "FactSet estimates")? It only supplies figures. */
static bool data_source(const struct ctx *c, const struct mention *m)
{
    static const char *const data_words[] = {"calculations", "data", "estimates", "figures",
                                             "statistics"};
    size_t k = m->tok;
    for (; k < c->n && k < (size_t)m->tok + 8 && c->t[k].end <= m->span.end; k++)
        ;
    return k > m->tok && k < c->n && c->t[k].start >= m->span.end &&
           tok_in_n(c, k, data_words, sizeof data_words / sizeof data_words[0]);
}

/* "The GMB union called ...", "the Harbour Party", "the Swedish Airline
 * Pilots Association": a body its first mention or its name's last word
 * says is a union, a party, a charity, an association ... is no company, so
 * "the company" later is not it. */
static bool no_firm(const struct ctx *c, const struct act *A)
{
    /* sorted */
    static const char *const heads[] = {"army",       "campaign", "charity", "coalition",
                                        "committee",  "council",  "court",   "government",
                                        "militia",    "movement", "party",   "union"};
    /* names ending so: "Swedish Airline Pilots Association" (sorted) */
    static const char *const tails[] = {"association", "church",  "federation", "foundation",
                                        "institute",   "league",  "party",      "society",
                                        "union",       "university"};
    size_t k = A->first + A->name_ntok;
    const char *w = strrchr(A->name, ' ');
    if (w && strlen(w + 1) < 16) {
        char buf[16];
        size_t n = strlen(w + 1);
        for (size_t j = 0; j <= n; j++)
            buf[j] = lc(w[1 + j]);
        if (in_sorted(tails, sizeof tails / sizeof tails[0], buf))
            return true;
    }
    return k < c->n && c->t[k].kind == BL_TOK_WORD && !is_upper(c, k) &&
           tok_in_n(c, k, heads, sizeof heads / sizeof heads[0]);
}

/* Does the noun after "the" at i name the actor A: the end of a group's
 * or a role's name ("a senior official" ... "the official", "the health
 * minister" ... "the minister") or of a person's title? */
static bool the_noun_fits(const struct ctx *c, size_t i, const struct act *A)
{
    const char *w = c->d->text + c->t[i + 1].start;
    size_t len = c->t[i + 1].end - c->t[i + 1].start;
    if (A->kind == BL_ACTOR_GROUP || A->role) {
        size_t nl = strlen(A->name);
        return nl >= len && strncasecmp(A->name + nl - len, w, len) == 0 &&
               (nl == len || A->name[nl - len - 1] == ' ');
    }
    if (A->kind != BL_ACTOR_PERSON)
        return false;
    for (size_t k = 0; k < A->ntitles; k++) {
        size_t tl = strlen(A->titles[k]);
        if (tl >= len && strncasecmp(A->titles[k] + tl - len, w, len) == 0)
            return true;
        if (abbr_title_is(A->titles[k], w, len))
            return true;
    }
    return false;
}

/* Words heading a kind of public body. Sorted. */
static const char *const public_heads[] = {"agency",     "authority",    "board",    "bureau",
                                           "commission", "committee",    "council",  "court",
                                           "department", "inspectorate", "ministry", "office",
                                           "ombudsman",  "regulator",    "tribunal"};

/* Is a name headed by a word for a kind of public body ("National Audit
 * Office", "Commission for Energy Regulation")? The head is the last word,
 * or the word before "of"/"for". */
static bool other_public_head(const char *name)
{
    const char *of = strstr(name, " of "), *e, *b;
    if (!of)
        of = strstr(name, " for ");
    e = of ? of : name + strlen(name);
    for (b = e; b > name && b[-1] != ' '; b--)
        ;
    return word_in_sorted(b, (size_t)(e - b), public_heads,
                          sizeof public_heads / sizeof public_heads[0]);
}

static bool compatible(const struct ctx *c, int kind, size_t i, const struct act *A)
{
    switch (kind) {
    case P_HE:
        return A->kind == BL_ACTOR_PERSON && A->gender != 'f';
    case P_SHE:
        return A->kind == BL_ACTOR_PERSON && A->gender != 'm';
    case P_PERSON:
        return A->kind == BL_ACTOR_PERSON;
    case P_THEY:
        return A->kind == BL_ACTOR_GROUP || A->kind == BL_ACTOR_ORGANIZATION;
    case P_IT:
    case P_ITS:
        return A->kind == BL_ACTOR_COUNTRY || A->kind == BL_ACTOR_ORGANIZATION;
    case P_BODY:
        if (A->kind != BL_ACTOR_ORGANIZATION)
            return false;
        if (tok_is(c, i + 1, "paper") || tok_is(c, i + 1, "daily"))
            return news_name(A->name);
        if (tok_is(c, i + 1, "club"))
            return club_name(A->name);
        /* "the force said": a police force named before ("Kent Police",
         * "Dyfed-Powys Police", "the Cumbria Constabulary") */
        if (tok_is(c, i + 1, "force"))
            return strstr(A->name, "Police") || strstr(A->name, "Constabulary");
        /* "the agency", "the ministry", "the department" is no company
         * named with its legal form ("Norvik Home Inc.") */
        if ((tok_is(c, i + 1, "agency") || tok_is(c, i + 1, "ministry") ||
             tok_is(c, i + 1, "department")) &&
            legal_name(A->name))
            return false;
        /* "the ministry" is no "National Audit Office": a body whose name
         * is headed by another kind of public body */
        if ((tok_is(c, i + 1, "ministry") || tok_is(c, i + 1, "department")) &&
            !name_ends_with(A->name, c, i + 1) && !head_before_of(A->name, c, i + 1) &&
            other_public_head(A->name))
            return false;
        if ((tok_is(c, i + 1, "company") || tok_is(c, i + 1, "firm") ||
             tok_is(c, i + 1, "airline") || tok_is(c, i + 1, "carrier") ||
             tok_is(c, i + 1, "insurer") || tok_is(c, i + 1, "lender") ||
             tok_is(c, i + 1, "retailer")) &&
            (public_body_name(A->name) || no_firm(c, A)))
            return false;
        return !named_head(c, i + 1) || name_ends_with(A->name, c, i + 1) ||
               head_before_of(A->name, c, i + 1) ||
               (tok_is(c, i + 1, "union") && union_name(A->name));
    case P_THE: {
        /* "the spokesperson": a person holding that title, or the unnamed
         * "senior official" met before; "the official" may be anyone in office */
        const char *w = c->d->text + c->t[i + 1].start;
        size_t len = c->t[i + 1].end - c->t[i + 1].start;
        if (the_noun_fits(c, i, A))
            return true;
        return A->kind == BL_ACTOR_PERSON && len == 8 && strncasecmp(w, "official", 8) == 0;
    }
    case P_AGE:
        return A->kind == BL_ACTOR_PERSON;

    case P_THE2: {
        /* "the prime minister": a person whose title ends in both words */
        const char *w = c->d->text + c->t[i + 1].start;
        size_t len = c->t[i + 2].end - c->t[i + 1].start;
        if (A->kind != BL_ACTOR_PERSON)
            return false;
        if (A->role) {
            /* "the health minister" is the role met as "the minister" too */
            size_t nl = strlen(A->name), hl = c->t[i + 2].end - c->t[i + 2].start;
            return (nl == len && strncasecmp(A->name, w, len) == 0) ||
                   (nl == hl && strncasecmp(A->name, c->d->text + c->t[i + 2].start, hl) == 0);
        }
        for (size_t k = 0; k < A->ntitles; k++) {
            size_t tl = strlen(A->titles[k]);
            if (tl >= len && strncasecmp(A->titles[k] + tl - len, w, len) == 0 &&
                (tl == len || A->titles[k][tl - len - 1] == ' '))
                return true;
        }
        return false;
    }
    default:
        return false;
    }
}

static int mention_tok_cmp(const void *pa, const void *pb)
{
    const struct mention *a = pa, *b = pb;
    if (a->tok != b->tok)
        return a->tok < b->tok ? -1 : 1;
    return a->actor < b->actor ? -1 : a->actor > b->actor;
}

static bool speech_verb(const struct ctx *c, size_t i)
{
    int form;
    return is_word(c, i) && verb_class_at(c, i, &form) == V_SPEECH;
}

/* Tokens a..b are in one clause: same sentence, no comma, "that", "and",
 * "who" or "which" between them (looked at over a bounded stretch). */
static bool same_clause(const struct ctx *c, size_t a, size_t b)
{
    if (a >= b || b - a > 30 || c->sent_of[a] != c->sent_of[b])
        return false;
    for (size_t k = a + 1; k < b; k++)
        if (is_punct(c, k, ',') || tok_is(c, k, "that") || tok_is(c, k, "and") ||
            tok_is(c, k, "who") || tok_is(c, k, "which") || tok_is(c, k, "to"))
            return false;
    return true;
}

/* The first of the first `named` mentions (sorted by token) whose token
 * is tok or after, or named: a bisection. */
static size_t mention_from(const struct ctx *c, size_t named, size_t tok)
{
    size_t lo = 0, hi = named;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->ms[mid].tok < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Speakers of named mentions [lo,hi) of the sorted first `named` mentions
 * with tokens in [from,to), added to sp (two at most). */
static void speakers_in(const struct ctx *c, size_t named, size_t from, size_t to, int sp[2])
{
    size_t lo = mention_from(c, named, from);
    for (; lo < named && c->ms[lo].tok < to; lo++) {
        int a = c->ms[lo].actor;
        if (!(c->ms[lo].flags & M_SPEAKS) || a == sp[0] || a == sp[1])
            continue;
        if (sp[0] < 0)
            sp[0] = a;
        else if (sp[1] < 0)
            sp[1] = a;
    }
}

/* Who speaks the quotation opening at token q: the subject of a speech verb
 * just before the opening mark or just after the closing one. "She" inside
 * a quote is someone other than its speaker. */
static void quote_speakers(const struct ctx *c, size_t named, size_t q, int sp[2])
{
    size_t close = q + 1;
    sp[0] = sp[1] = -1;
    while (close < c->n && close < q + 600 && !(c->t[close].flags & BL_TF_PARA_BEFORE) &&
           !(c->t[close].kind == BL_TOK_QUOTE && (c->t[close].flags & BL_TF_CLOSE_QUOTE)))
        close++;
    speakers_in(c, named, q > 12 ? q - 12 : 0, q, sp);
    if (close < c->n && c->t[close].kind == BL_TOK_QUOTE)
        speakers_in(c, named, close + 1, close + 12, sp);
}

/* The lower of the first tokens of c->ms[mi] (of the first named) and
 * c->places[pi]; SIZE_MAX when both are used up. */
static size_t first_tok(const struct ctx *c, size_t named, size_t mi, size_t pi)
{
    size_t a = mi < named ? c->ms[mi].tok : SIZE_MAX;
    size_t b = pi < c->nplaces ? c->places[pi].tok : SIZE_MAX;
    return a < b ? a : b;
}

/* nar[s] for each sentence s (d->nsents of them): how many sentences before
 * s are not wholly inside quotation marks, so that a pronoun after a quote
 * of several sentences reaches back to whoever spoke it ("“A. B. C.”\nShe
 * said ..."). */
static void narrative_index(const struct ctx *c, uint32_t *nar)
{
    const struct bl_token *t = c->t;
    size_t ns = c->d->nsents;
    bool quoted = false, in_first, in_last;
    uint32_t count = 0;
#define QSTATE(i)                                                                                  \
    (t[i].kind != BL_TOK_QUOTE                ? quoted                                             \
     : (t[i].flags & BL_TF_OPEN_QUOTE)        ? true                                               \
     : (t[i].flags & BL_TF_CLOSE_QUOTE) ? false                                                    \
                                              : quoted)
    for (size_t s = 0; s < ns; s++) {
        const struct bl_sentence *S = &c->d->sents[s];
        size_t i = S->tok_start, e = S->tok_end < c->n ? S->tok_end : c->n, fw = i, lw = e;
        nar[s] = count;
        /* its first and last words */
        while (fw < e && t[fw].kind != BL_TOK_WORD)
            fw++;
        while (lw > fw && t[lw - 1].kind != BL_TOK_WORD)
            lw--;
        if (i < e && (t[i].flags & BL_TF_PARA_BEFORE))
            quoted = false;
        for (; i < fw; i++)
            quoted = QSTATE(i);
        in_first = quoted;
        for (; i + 1 < lw; i++)
            quoted = QSTATE(i);
        in_last = quoted;
        for (; i < e; i++)
            quoted = QSTATE(i);
        if (!(fw < e && in_first && in_last))
            count++;
    }
#undef QSTATE
}

/* The organisation named most often before token i (its mentions before
 * i), at least twice and more often than any other, and no dateline's
 * credit; -1 when there is none. One pass over the mentions, not one per
 * organisation: a long document has thousands of each. */
static int most_named_org(const struct ctx *c, size_t i)
{
    int best = -1;
    uint32_t *count, nbest = 0, second = 0;
    if (!c->nacts || !(count = calloc(c->nacts, sizeof *count)))
        return -1;
    for (size_t k = 0; k < c->nms; k++)
        if (c->ms[k].actor >= 0 && (size_t)c->ms[k].actor < c->nacts && c->ms[k].tok < i)
            count[c->ms[k].actor]++;
    for (size_t a = 0; a < c->nacts; a++) {
        if (c->acts[a].kind != BL_ACTOR_ORGANIZATION || c->acts[a].first >= i || c->acts[a].credit)
            continue;
        if (count[a] > nbest) {
            second = nbest;
            nbest = count[a];
            best = (int)a;
        } else if (count[a] > second) {
            second = count[a];
        }
    }
    free(count);
    return nbest >= 2 && nbest > second ? best : -1;
}

/* A demonym's country dcc and body A's agree, or A's is unknown. A body's
 * country is its actor's, else the one its first mention is introduced
 * with: "German carmaker Baldrin", "the Danish firm Rolvo", "Norway's
 * Hestra" (at most three words back). */
static bool same_country(const struct ctx *c, const char *dcc, const struct act *A)
{
    char cc[3] = {0};
    if (!dcc[0])
        return true;
    if (A->cc[0]) {
        memcpy(cc, A->cc, 3);
    } else if (A->first != SIZE_MAX) {
        for (size_t j = A->first; j > 0 && A->first - j < 3; j--) {
            size_t p = j - 1;
            if (is_poss(c, p) && p > 0 && country_of(c, p - 1, p, cc))
                break;
            cc[0] = 0;
            if (!is_word(c, p))
                break;
            if (demonym_of(c, p, cc))
                break;
            cc[0] = 0;
            if (is_upper(c, p) && !tok_is(c, p, "The"))
                break;
        }
    }
    return !cc[0] || strncmp(dcc, cc, 2) == 0;
}

/* "The company said" with no body in the last sentences: the company the
 * article is about, the organisation most named before token i; -1 when
 * there is none. Only for "the company" and "the firm". */
static int main_company(const struct ctx *c, size_t i)
{
    int best;
    if (!(tok_is(c, i + 1, "company") || tok_is(c, i + 1, "firm")))
        return -1;
    /* the body most named is a union, a party or a public body (an
     * agency, a ministry): "the company" is another, unnamed one */
    best = most_named_org(c, i);
    return best >= 0 && !no_firm(c, &c->acts[best]) && !public_body_name(c->acts[best].name)
               ? best
               : -1;
}

/* "according to the minister" */
static bool according_to(const struct ctx *c, size_t i)
{
    return i >= 2 && tok_is(c, i - 1, "to") && tok_is(c, i - 2, "according");
}

/* Does person A hold a title whose last word is token h's ("Health
 * Minister" and "minister", "Gov." and "governor")? */
static bool title_head(const struct ctx *c, const struct act *A, size_t h)
{
    const char *w = c->d->text + c->t[h].start;
    size_t len = c->t[h].end - c->t[h].start;
    for (size_t k = 0; k < A->ntitles; k++) {
        size_t tl = strlen(A->titles[k]);
        if ((tl >= len && strncasecmp(A->titles[k] + tl - len, w, len) == 0 &&
             (tl == len || A->titles[k][tl - len - 1] == ' ')) ||
            abbr_title_is(A->titles[k], w, len))
            return true;
    }
    return false;
}

/* Is a person named in the PRON_SENTS sentences before token i, or in its
 * own, with no title of the role's head h? "Christie said ... The governor
 * claimed", "Gov. John Kasich ... The candidate said": the role is most
 * likely theirs, so it makes no actor of its own ("Health Minister Ana
 * Ruiz ... the finance minister said" does). Looks at the first `named`
 * mentions (sorted by token) in that stretch only. */
static bool person_near(const struct ctx *c, const uint32_t *nar, size_t named, size_t i, size_t h)
{
    size_t s = c->sent_of[i], s0 = s, from, lo = mention_from(c, named, i), k;
    /* sentences wholly inside quotation marks do not count (nar), as for
     * the pronouns, over a dozen sentences at most */
    while (s0 > 0 && s - s0 < 12 &&
           (nar ? nar[s0 - 1] + PRON_SENTS >= nar[s] : s0 + PRON_SENTS > s))
        s0--;
    from = c->d->sents[s0].tok_start;
    /* back from i, over RECENT mentions at most, as the pronouns do */
    for (k = lo; k > 0 && lo - k < RECENT && c->ms[k - 1].tok >= from; k--) {
        const struct act *A = &c->acts[c->ms[k - 1].actor];
        if (A->kind == BL_ACTOR_PERSON && !A->role && !title_head(c, A, h))
            return true;
    }
    return false;
}

/* The gender a role's head word at token h has ("chairman" 'm',
 * "chairwoman" 'f'), or 0. */
static char role_gender(const struct ctx *c, size_t h)
{
    char lw[WORD_MAX];
    lower(c, h, lw);
    return IN_LIST(male_titles, lw) ? 'm' : IN_LIST(female_titles, lw) ? 'f' : 0;
}

/* A person of their own for the role phrase "the" + tokens i+1..h ("the
 * health minister"), named by the role without "the", with the gender
 * the role's head word has ("chairman"); *best is that actor. */
static int new_role(struct ctx *c, size_t i, size_t h, int *best)
{
    const char *name;
    int ai, rc;
    name = bl_arena_strndup(&c->d->arena, c->d->text + c->t[i + 1].start,
                            c->t[h].end - c->t[i + 1].start);
    if (!name || (rc = new_actor(c, BL_ACTOR_PERSON, name, h - i)) < 0)
        return BL_ERR_NOMEM;
    ai = rc;
    c->acts[ai].role = true;
    c->acts[ai].gender = role_gender(c, h);
    if ((rc = put_role(c, h, ai)) != BL_OK)
        return rc;
    *best = ai;
    return BL_OK;
}

/* "The health minister said ...", `"...," said the spokeswoman`: the
 * phrase "the" + a role (kind P_THE or P_THE2 at token i) that no one
 * named before answers to. The one role actor or unnamed source with its
 * head word met before is who it means; two such leave it alone. Else,
 * when the phrase is the source of what is said (the subject of a speech
 * verb, after "said" or "according to") and outside quotation marks, it
 * is a person of its own, named by the role without "the". Sets *best and
 * the mention's flags *f for that; *best stays -1 otherwise. */
static int role_actor(struct ctx *c, size_t i, int kind, bool quoted, const uint32_t *nar,
                      size_t named, int *best, unsigned *f)
{
    size_t h = kind == P_THE2 ? i + 2 : i + 1;
    int ai = map_get(&c->map, role_key(c, h));

    if (ai == -2)
        return BL_OK; /* two roles with that head: which one is unclear */
    if (ai >= 0 && c->acts[ai].first < i &&
        (kind == P_THE || compatible(c, kind, i, &c->acts[ai]))) {
        *best = ai;
        return BL_OK;
    }
    if (quoted || person_near(c, nar, named, i, h))
        return BL_OK;
    *f = subject_flags(c, h + 1, false);
    if (!(*f & M_SPEAKS)) {
        if (!said_before(c, i + 1) && !according_to(c, i))
            return BL_OK;
        *f = M_SUBJECT | M_SPEAKS;
    }
    return new_role(c, i, h, best);
}

/* Does the phrase at token i begin a sentence or a clause (after a
 * comma, colon or semicolon, or "and", "but", "when", "as", "then" ...),
 * so that it is a subject, not an object ("thanked the coach yesterday")? */
static bool clause_start(const struct ctx *c, size_t i)
{
    /* sorted */
    static const char *const conj[] = {"after", "and",   "as",    "before", "but",
                                       "so",    "then",  "until", "when",   "while"};
    if (i == c->d->sents[c->sent_of[i]].tok_start)
        return true;
    return is_punct(c, i - 1, ',') || is_punct(c, i - 1, ':') || is_punct(c, i - 1, ';') ||
           tok_in_n(c, i - 1, conj, sizeof conj / sizeof conj[0]);
}

/* Is the phrase ending before token k the subject of a verb: one
 * subject_flags knows, or a past form ("paced", "looked") or an
 * auxiliary or modal ("was", "will") right after it? */
static bool acts_after(const struct ctx *c, size_t k)
{
    unsigned wb;
    if (subject_flags(c, k, false))
        return true;
    if (!is_word(c, k) || (c->t[k].flags & BL_TF_UPPER))
        return false;
    wb = word_bits(c, k);
    if (wb & (WB_AUX | WB_MODAL))
        return true;
    return c->t[k].end - c->t[k].start > 3 && c->d->text[c->t[k].end - 1] == 'd' &&
           c->d->text[c->t[k].end - 2] == 'e';
}

/* The one actor among the first 256 named before token i that the phrase
 * of this kind at i fits, or -1 (none, or two or more). */
static int only_compatible(const struct ctx *c, int kind, size_t i)
{
    int only = -1;
    for (size_t a = 0; a < c->nacts && a < 256; a++)
        if (c->acts[a].first < i && compatible(c, kind, i, &c->acts[a])) {
            if (only >= 0)
                return -1;
            only = (int)a;
        }
    return only;
}

/* Words opening a clause fronted before the main one ("After Ruiz left,
 * he said ..."), whose names may be the main clause's subject. Sorted. */
static const char *const opening_subords[] = {"after", "although", "as",   "because", "before",
                                              "if",    "once",     "since", "though", "until",
                                              "when",  "while"};

/* "Asked whether she would miss it, Berg laughed": a "he" or "she" in a
 * clause that opens its sentence ("when", "after", "asked" ...) with no one
 * named before it there looks ahead, to the person named as subject right
 * after the comma that closes the clause. That person's actor, or -1; m is
 * the named mention after token i. */
static int cataphor(const struct ctx *c, int kind, size_t i, const struct mention *m,
                    const struct mention *prev)
{
    size_t s0, k;
    if ((kind != P_HE && kind != P_SHE) || !m || m->actor < 0)
        return -1;
    s0 = c->d->sents[c->sent_of[i]].tok_start;
    if (s0 >= i || m->sent != c->sent_of[i] || !(m->flags & M_SUBJECT) || m->tok < i + 2 ||
        m->tok - i > 40 || !is_punct(c, m->tok - 1, ',') ||
        (prev && prev->tok >= s0) || c->acts[m->actor].kind != BL_ACTOR_PERSON ||
        !(tok_in(c, s0, opening_subords) || tok_is(c, s0, "asked")))
        return -1;
    for (k = i + 1; k + 1 < m->tok; k++)
        if (is_punct(c, k, ',') || c->t[k].kind == BL_TOK_QUOTE)
            return -1;
    return compatible(c, kind, i, &c->acts[m->actor]) ? m->actor : -1;
}

static int pronoun_pass(struct ctx *c)
{
    struct mention ring[RECENT];
    size_t nring = 0, head = 0, mi = 0, pi, named, i, next;
    bool subj_pron, obj_pron, quoted = false, by_nar, after_content;
    size_t qopen, psp_tok = 0, nquoted;
    int quoted_by[RECENT]; /* people named in the quote a "he said" closes */
    /* the last speaker a pronoun named ("he said"), and that pronoun */
    int rc, qsp[2] = {-1, -1}, psp = -1;
    uint32_t *nar = NULL, sent_i, nar_i;
    /* the last role phrase that began a clause as the subject of a verb
     * other than speech ("The coach paced the touchline."), and its kind:
     * who a "he" or "she" with no one else before it means */
    size_t pend = SIZE_MAX;
    int pend_kind = P_NONE;

    if (c->d->nsents) {
        nar = malloc(c->d->nsents * sizeof *nar);
        if (!nar)
            return BL_ERR_NOMEM;
        narrative_index(c, nar);
    }
    free(c->starts);
    c->nstarts = 0;
    c->starts = c->n ? malloc(c->n * sizeof *c->starts) : NULL;
    if (c->n && !c->starts) {
        free(nar);
        return BL_ERR_NOMEM;
    }

    named = c->nms;
    if (named)
        bl_sort_stable(c->ms, named, sizeof *c->ms, mention_tok_cmp);
    if (c->nplaces)
        bl_sort_stable(c->places, c->nplaces, sizeof *c->places, mention_tok_cmp);
    for (pi = 0; pi < c->nplaces; pi++) {
        struct mention *p = &c->places[pi];
        if (p->flags & M_PLURAL)
            continue;
        if (p->cc[0])
            p->actor = map_get(&c->map, hash_str('c', p->cc, 2));
    }
    pi = 0;
    /* the first token of the next mention or place to enter the ring */
    next = first_tok(c, named, mi, pi);
    for (i = 0; i < c->n; i++) {
        int kind, best = -1;
        long bestscore = 0;
        size_t end, bi;
        char dcc[3];
        unsigned flags;
        bool found = false;
        int first_seen = -1;
        unsigned role_f;
        bool several = false, sure = false, it_says, cata;
        {
            /* Most tokens are neither a quote nor a word that could be a
             * pronoun: pass over them, keeping only what a paragraph
             * break does; the ring catches up with the mentions passed
             * just below. */
            const struct bl_token *t = c->t;
            const char *text = c->d->text;
            size_t n = c->n;
            /* body_scan's starts on the way: the word before each clitic
             * passed here and the token stopped at ("the" always stops) */
            for (; i < n; i++) {
                if (t[i].kind == BL_TOK_WORD) {
                    if (pronoun_like(&t[i], text))
                        break;
                } else if (t[i].kind == BL_TOK_QUOTE) {
                    break;
                } else if (t[i].kind == BL_TOK_CLITIC && i > 0 &&
                           (c->nstarts == 0 || c->starts[c->nstarts - 1] != i - 1)) {
                    c->starts[c->nstarts++] = (uint32_t)(i - 1);
                }
                if (t[i].flags & BL_TF_PARA_BEFORE)
                    quoted = false;
            }
            if (i >= n)
                break;
            if (c->nstarts == 0 || c->starts[c->nstarts - 1] != i)
                c->starts[c->nstarts++] = (uint32_t)i;
        }
        while (next <= i) {
            if (pi < c->nplaces && c->places[pi].tok <= i &&
                !(mi < named && c->ms[mi].tok < c->places[pi].tok))
                ring[head] = c->places[pi++];
            else
                ring[head] = c->ms[mi++];
            head = (head + 1) % RECENT;
            if (nring < RECENT)
                nring++;
            next = first_tok(c, named, mi, pi);
        }
        if (c->t[i].flags & BL_TF_PARA_BEFORE)
            quoted = false;
        if (c->t[i].kind == BL_TOK_QUOTE) {
            if (c->t[i].flags & BL_TF_OPEN_QUOTE) {
                quoted = true;
                quote_speakers(c, named, i, qsp);
                /* `"...," he said. "Nobody told him."`: the one a pronoun
                 * just before named as the speaker is no "him" in it */
                if (psp >= 0 && psp_tok < i && i - psp_tok <= 12 && qsp[0] != psp &&
                    qsp[1] != psp) {
                    if (qsp[0] < 0)
                        qsp[0] = psp;
                    else if (qsp[1] < 0)
                        qsp[1] = psp;
                }
            } else if (c->t[i].flags & BL_TF_CLOSE_QUOTE) {
                quoted = false;
            }
            continue;
        }
        kind = pronoun_kind(c, i);
        if (kind == P_NONE)
            continue;
        /* "the Swedish company": "the company" with the demonym passed
         * over (bi + 1 is the noun), and the body's country, when known,
         * the demonym's */
        dcc[0] = 0;
        bi = i;
        if (kind == P_BODYD) {
            bi = i + 1;
            demonym_of(c, i + 1, dcc);
        }
        /* "it" acts only as the subject of what a country or body says:
         * "Ukraine insists it must ..."; elsewhere it is usually the thing. */
        /* ... and of its own speech verb: "It said sales fell", "but it
         * estimates that ..." */
        it_says = kind == P_IT && i + 1 < c->n && speech_verb(c, i + 1);
        if (kind == P_IT && !it_says &&
            !(i > 0 && (speech_verb(c, i - 1) || tok_is(c, i - 1, "that"))))
            continue;
        subj_pron = tok_is(c, i, "he") || tok_is(c, i, "she") || tok_is(c, i, "they") ||
                    kind == P_PERSON ||
                    kind == P_IT || kind == P_THE || kind == P_BODY || kind == P_THE2 ||
                    kind == P_AGE || kind == P_BODYD;
        obj_pron = tok_is(c, i, "him") || tok_is(c, i, "them");
        /* "The bank, not Talbot, had failed, he said": the one who says is
         * no one named in what he says before him in his sentence (not
         * after an opening "After Talbot left, he said ...") */
        after_content = (kind == P_HE || kind == P_SHE || kind == P_THEY || kind == P_PERSON) &&
                        i > 0 && is_punct(c, i - 1, ',') &&
                        speech_verb(c, kind == P_PERSON ? i + 2 : i + 1) &&
                        !tok_in(c, c->d->sents[c->sent_of[i]].tok_start, opening_subords);
        /* `"Ruiz ran like a man possessed," he said`: nor is he anyone
         * named inside the quote he closes (the quote's first token, found
         * by a bounded walk back from its closing mark) */
        qopen = SIZE_MAX;
        if ((kind == P_HE || kind == P_SHE || kind == P_THEY || kind == P_PERSON) && i > 2 &&
            c->t[i - 1].kind == BL_TOK_QUOTE && (c->t[i - 1].flags & BL_TF_CLOSE_QUOTE) &&
            (is_punct(c, i - 2, ',') || is_punct(c, i - 2, '?') || is_punct(c, i - 2, '!')) &&
            speech_verb(c, kind == P_PERSON ? i + 2 : i + 1))
            for (size_t k = i - 2; k > 0 && i - k < QUOTE_WALK; k--)
                if (c->t[k - 1].kind == BL_TOK_QUOTE) {
                    if (c->t[k - 1].flags & BL_TF_OPEN_QUOTE)
                        qopen = k - 1;
                    break;
                }
        /* sentences wholly inside quotation marks do not count for a
         * pronoun outside them: how far back to look, worked out once */
        by_nar = nar && !quoted;
        sent_i = c->sent_of[i];
        nar_i = by_nar ? nar[sent_i] : 0;
        cata = !quoted && (best = cataphor(c, kind, i, mi < named ? &c->ms[mi] : NULL,
                                           mi > 0 ? &c->ms[mi - 1] : NULL)) >= 0;
        if (cata)
            found = sure = true;
        /* ... nor anyone the quote names: people do not name themselves
         * ("Marco saved us," he said: not Marco, wherever else he is named) */
        nquoted = 0;
        if (qopen != SIZE_MAX && kind != P_THEY)
            for (size_t r = 0, at = (head + RECENT - 1) % RECENT; r < nring;
                 r++, at = at ? at - 1 : RECENT - 1) {
                const struct mention *m = &ring[at];
                if (m->tok <= qopen)
                    break;
                if (m->tok < i && m->actor >= 0 && !(m->flags & (M_PRONOUN | M_PLACE)) &&
                    c->acts[m->actor].kind == BL_ACTOR_PERSON && nquoted < RECENT)
                    quoted_by[nquoted++] = m->actor;
            }
        for (size_t r = 0, at = (head + RECENT - 1) % RECENT; r < nring && !cata;
             r++, at = at ? at - 1 : RECENT - 1) {
            const struct mention *m = &ring[at]; /* (head + RECENT - 1 - r) % RECENT */
            long score;
            bool named_in = false;
            for (size_t q = 0; q < nquoted && !named_in; q++)
                named_in = quoted_by[q] == m->actor;
            if (named_in)
                continue;
            if (m->tok >= i || (m->actor >= 0 && c->acts[m->actor].credit))
                continue;
            /* "Nowak said the 27-year-old had ...": an age is not someone
             * named in its own sentence */
            if (kind == P_AGE && m->sent == c->sent_of[i])
                continue;
            /* the ring is in text order (mentions and places enter it by
             * first token, a pronoun's at its own): the ones before a
             * mention too many sentences back are as far back */
            if (by_nar ? nar[m->sent] + PRON_SENTS < nar_i : m->sent + PRON_SENTS < sent_i)
                break;
            /* "Sofia Brandt of Pareto Securities": a body named as where
             * someone works is not what "the company" goes on about */
            if ((kind == P_BODY || kind == P_BODYD) && m->tok >= 1 &&
                (tok_is(c, m->tok - 1, "of") || tok_is(c, m->tok - 1, "at")))
                continue;
            /* nor is, nor takes a pronoun, a body named for its numbers
             * ("according to LSEG data") */
            if (!(m->flags & (M_PLURAL | M_PLACE)) && data_source(c, m))
                continue;
            if (m->flags & M_PLURAL) {
                if (kind != P_THEY)
                    continue;
            } else if (m->flags & M_PLACE) {
                /* a place: blocks or takes "its" */
                if (kind != P_ITS)
                    continue;
            } else if (kind == P_BODYD ? !compatible(c, P_BODY, bi, &c->acts[m->actor]) ||
                                             !same_country(c, dcc, &c->acts[m->actor])
                                       : !compatible(c, kind, i, &c->acts[m->actor])) {
                continue;
            }
            if (after_content && m->sent == c->sent_of[i])
                continue;
            if (qopen != SIZE_MAX && m->tok > qopen)
                continue;
            /* "Ukraine insists it ...": the subject of the same sentence */
            if (kind == P_IT &&
                ((m->sent != c->sent_of[i] && !it_says) || !(m->flags & M_SUBJECT)))
                continue;
            if (quoted && m->actor >= 0 && (m->actor == qsp[0] || m->actor == qsp[1]))
                continue;
            /* "The EU urged them": an object is not its own clause's subject */
            if (obj_pron && (m->flags & M_SUBJECT) && same_clause(c, m->tok, i))
                continue;
            if (m->actor >= 0 && first_seen < 0)
                first_seen = m->actor;
            else if (m->actor >= 0 && m->actor != first_seen)
                several = true;
            score = -(long)(i - m->tok);
            if (subj_pron && (m->flags & M_SUBJECT))
                score += 15;
            if (m->flags & M_POSS)
                score -= 10;
            /* "the official" after "a senior official said": the one who
             * holds that word, before someone merely nearer */
            if (kind == P_THE && m->actor >= 0 && the_noun_fits(c, i, &c->acts[m->actor]))
                score += 40;
            /* "the agency" after the "... Space Agency": the body whose
             * name ends on that word, before another body named since */
            if ((kind == P_BODY || kind == P_BODYD) && m->actor >= 0 &&
                name_ends_with(c->acts[m->actor].name, c, bi + 1))
                score += 40;
            if (!found || score > bestscore) {
                best = m->actor;
                bestscore = score;
                found = true;
                sure = subj_pron && m->sent == c->sent_of[i] && (m->flags & M_SUBJECT);
            }
        }
        if (best < 0 && kind == P_BODY && !found && !named_head(c, i + 1))
            best = main_company(c, i);
        if (best < 0 && kind == P_BODYD && !found && (best = main_company(c, bi)) >= 0 &&
            !same_country(c, dcc, &c->acts[best]))
            best = -1;
        /* "the bureau said" paragraphs after the Bureau of Meteorology was
         * last named: the one body named before with that head word (among
         * the first actors, so the walk stays short) */
        if (best < 0 && kind == P_BODY && !found && named_head(c, i + 1))
            best = only_compatible(c, kind, i);
        /* "The prime minister said" paragraphs after Prime Minister
         * Claire Hollis was last named: the one person named before with
         * that title (among the first actors, so the walk stays short) */
        if (best < 0 && kind == P_THE2 && !found)
            best = only_compatible(c, kind, i);
        if (best < 0 && kind == P_THE && !found) {
            char buf[64];
            size_t n = bl_gazetteer_normalize(c->d->text + c->t[i + 1].start,
                                              c->t[i + 1].end - c->t[i + 1].start, buf, sizeof buf);
            int ai = n ? map_get(&c->map, hash_str('T', buf, n)) : -1;
            if (ai >= 0 && c->acts[ai].first < i)
                best = ai;
        }
        /* two role actors share the head "the minister" has: neither */
        if (best >= 0 && kind == P_THE && c->acts[best].role &&
            map_get(&c->map, role_key(c, i + 1)) == -2)
            continue;
        role_f = 0;
        if (best < 0 && !found && (kind == P_THE || kind == P_THE2) &&
            (rc = role_actor(c, i, kind, quoted, nar, named, &best, &role_f)) != BL_OK)
            goto out;
        if (best < 0 && !found && (kind == P_THE || kind == P_THE2) && !quoted &&
            clause_start(c, i) && acts_after(c, kind == P_THE2 ? i + 3 : i + 2) &&
            map_get(&c->map, role_key(c, kind == P_THE2 ? i + 2 : i + 1)) == -1 &&
            !person_near(c, nar, named, i, kind == P_THE2 ? i + 2 : i + 1)) {
            /* nor a person the pronouns just went on about ("Ms. Ruiz
             * spoke ... she said ... The mayor left"): the role may be theirs */
            bool taken = false;
            for (size_t r = 0, at = (head + RECENT - 1) % RECENT; r < nring && !taken;
                 r++, at = at ? at - 1 : RECENT - 1) {
                const struct mention *m = &ring[at];
                if (by_nar ? nar[m->sent] + PRON_SENTS < nar_i : m->sent + PRON_SENTS < sent_i)
                    break;
                taken = m->actor >= 0 && c->acts[m->actor].kind == BL_ACTOR_PERSON &&
                        !c->acts[m->actor].role;
            }
            if (!taken) {
                pend = i;
                pend_kind = kind;
            }
        }
        /* "The mayor looked at the crowd. ... she said": no one named
         * since or before, so the role is a person of their own */
        if (best < 0 && !found && pend < i && subj_pron && (kind == P_HE || kind == P_SHE) &&
            (by_nar ? nar[c->sent_of[pend]] + PRON_SENTS >= nar_i
                    : c->sent_of[pend] + PRON_SENTS >= sent_i)) {
            size_t h = pend_kind == P_THE2 ? pend + 2 : pend + 1;
            int ai = map_get(&c->map, role_key(c, h));
            char g = role_gender(c, h);
            /* ("The chairman paced ... she said": not him) */
            if (ai == -1 && !(g == 'm' && kind == P_SHE) && !(g == 'f' && kind == P_HE)) {
                if ((rc = new_role(c, pend, h, &ai)) != BL_OK)
                    goto out;
                if ((rc = add_mention(c, ai, c->t[pend].start, c->t[h].end, pend,
                                      M_SUBJECT | M_PRONOUN)) != BL_OK)
                    goto out;
            }
            if (ai >= 0 && compatible(c, kind, i, &c->acts[ai]))
                best = ai;
            pend = SIZE_MAX;
        }
        if (best < 0)
            continue;
        /* Learn a gender only when no one else could have been meant, or
         * "X spoke, and she ...", so one wrong guess does not spread. */
        if (several && !sure)
            ;
        else if (kind == P_HE && !c->acts[best].gender)
            c->acts[best].gender = 'm';
        else if (kind == P_SHE && !c->acts[best].gender)
            c->acts[best].gender = 'f';
        end = kind == P_THE2 || kind == P_BODYD                  ? i + 3
              : kind == P_THE || kind == P_BODY || kind == P_AGE ? i + 2
              : kind == P_PERSON                                 ? i + 2 /* "the Spaniard" */
                                                                 : i + 1;
        flags = M_PRONOUN;
        if (kind != P_ITS && !tok_is(c, i, "his") && !tok_is(c, i, "their") &&
            !tok_is(c, i, "him") && !tok_is(c, i, "them"))
            flags |= subject_flags(c, end, false);
        flags |= role_f;
        if ((rc = add_mention(c, best, c->t[i].start, c->t[end - 1].end, i, flags)) != BL_OK)
            goto out;
        if (!quoted && (kind == P_HE || kind == P_SHE || kind == P_PERSON) &&
            speech_verb(c, kind == P_PERSON ? i + 2 : i + 1)) {
            psp = best;
            psp_tok = i;
        }
        ring[head] = c->ms[c->nms - 1];
        head = (head + 1) % RECENT;
        if (nring < RECENT)
            nring++;
        /* the tokens passed over here are body_scan starts too */
        for (size_t k = i + 1; k < end; k++)
            if (c->starts[c->nstarts - 1] != k)
                c->starts[c->nstarts++] = (uint32_t)k;
        i = end - 1;
    }
    rc = BL_OK;
out:
    free(nar);
    return rc;
}

/* ---- Pass 4b: bodies named in lower case -------------------------------- */

/* Heads of a lower-case phrase for a body that speaks ("the city expects",
 * "the national audit office found"), besides org_heads and org_intro.
 * Sorted. */
static const char *const body_heads[] = {"army",       "city",     "government", "inspectorate",
                                         "military",   "ministry", "municipality", "navy",
                                         "ombudsman",  "panel",    "regulator",  "treasury",
                                         "utility",    "watchdog"};

/* org_heads and body_heads together, indexed, for body_scan's walk over
 * the words after every "the", and "guard", a body only with a word before
 * it ("the coast guard", "the border guard"; a bare "the guard" is a
 * person or the body named before). Sorted. */
static const char *const body_words[] = {
    "agency",      "army",         "association", "authority", "bank",       "board",
    "city",        "commission",   "committee",   "company",   "corporation", "council",
    "department",  "firm",         "foundation",  "fund",      "government", "group",
    "guard",       "inspectorate", "institute",   "military",  "ministry",   "municipality",
    "navy",        "office",       "ombudsman",   "panel",     "party",      "regulator",
    "service",     "treasury",     "union",       "unit",      "utility",   "watchdog"};

/* Nouns for evidence a body produces: "a report by the audit office found". */
static const char *const evidence_nouns[] = {"analysis", "assessment", "audit",  "inquiry",
                                             "investigation", "report", "review", "study",
                                             "survey"};

/* "according to the ministry's figures": what a body publishes speaks for
 * it, so "the ministry" there is a mention of the body */
static bool body_record(const struct ctx *c, size_t i)
{
    static const char *const records[] = {"data",    "estimates",  "figures", "numbers",
                                          "records", "statistics", "tally"};
    return tok_in_n(c, i, records, sizeof records / sizeof records[0]);
}

/* "The city expects ...", "A 2021 report by the national audit office
 * found ...", "Norway's energy ministry said": "the" (or a country's
 * possessive), up to four lower-case words ending in a word for a
 * body, then a speech verb. Such a phrase no earlier pass made a mention
 * of (the pronoun pass takes "the company" for the company named before)
 * is an organisation actor of its own, named by its words, unless it is a
 * bare head that mostly means a body named before ("the company"). */
/* The organisation first named before token i whose name begins in
 * capitals (upper) or in lower case and fits (fits(c, name, arg)), the
 * latest such; or -1. Looks at the BODY_SCAN latest actors only, so a text
 * naming thousands of bodies stays linear. */
#define BODY_SCAN 512
static int latest_body(const struct ctx *c, size_t i, bool upper,
                       bool (*fits)(const struct ctx *c, const char *name, const void *arg),
                       const void *arg)
{
    int best = -1;
    for (size_t k = c->nacts, seen = 0; k-- > 0 && seen < BODY_SCAN; seen++) {
        const struct act *A = &c->acts[k];
        if (A->kind != BL_ACTOR_ORGANIZATION || A->first >= i ||
            (upper ? !(A->name[0] >= 'A' && A->name[0] <= 'Z')
                   : !(A->name[0] >= 'a' && A->name[0] <= 'z')) ||
            !fits(c, A->name, arg))
            continue;
        /* on a tie the earlier actor, as a forward pass would keep */
        if (best < 0 || A->first >= c->acts[best].first)
            best = (int)k;
    }
    return best;
}

/* What body_before looks for: a name ending with the words w (n bytes, any
 * case), longer than them when in capitals. */
struct name_tail {
    const char *w;
    size_t n;
    bool upper;
};

static bool ends_with_tail(const struct ctx *c, const char *name, const void *arg)
{
    const struct name_tail *t = arg;
    size_t len = strlen(name);
    (void)c;
    return len >= t->n && !(t->upper && len == t->n) &&
           !(len > t->n && name[len - t->n - 1] != ' ') &&
           strncasecmp(name + len - t->n, t->w, t->n) == 0;
}

/* The organisation first named before token i whose name ends with the
 * words w (n bytes, any case) and begins in capitals (upper) or in lower
 * case, the latest such; or -1. */
static int body_before(const struct ctx *c, size_t i, const char *w, size_t n, bool upper)
{
    const struct name_tail t = {w, n, upper};
    return latest_body(c, i, upper, ends_with_tail, &t);
}

/* The body an earlier lower-case phrase named whose last word is the
 * word at token h ("the health ministry" ... "the ministry"), or -1. */
static int lower_body_before(const struct ctx *c, size_t i, size_t h)
{
    return body_before(c, i, c->d->text + c->t[h].start, c->t[h].end - c->t[h].start, false);
}

/* The body named in capitals before token i whose name ends with the two or
 * more lower-case words [w0, h] ("Monitoring Service" for "the monitoring
 * service"), the latest such; or -1. */
static int named_body_before(const struct ctx *c, size_t i, size_t w0, size_t h)
{
    if (h == w0)
        return -1;
    return body_before(c, i, c->d->text + c->t[w0].start, c->t[h].end - c->t[w0].start, true);
}

/* The body named in capitals before token i as "HEAD of/for ..." whose head
 * is the word at h and whose words after "of" hold every lower-case word
 * in [w0, h) ("the health ministry" for "Ministry of Health", "the
 * statistics office" for "Office for National Statistics"; a bare "the
 * ministry" for "Ministry of Trade"), the latest such; or -1. Looks at the
 * BODY_SCAN latest actors only. */
/* What of_body_before looks for: tokens [w0, h) of the phrase, h its head. */
struct of_phrase {
    size_t w0, h;
};

static bool head_of_words(const struct ctx *c, const char *name, const void *arg)
{
    const struct of_phrase *q = arg;
    size_t hn = c->t[q->h].end - c->t[q->h].start;
    const char *rest;
    if (strncasecmp(name, c->d->text + c->t[q->h].start, hn) != 0)
        return false;
    rest = name + hn; /* (the name holds the head's hn bytes) */
    if (strncmp(rest, " of ", 4) != 0 && strncmp(rest, " for ", 5) != 0)
        return false;
    for (size_t m = q->w0; m < q->h; m++)
        if (!is_word(c, m) ||
            !has_word(rest, c->d->text + c->t[m].start, c->t[m].end - c->t[m].start))
            return false;
    return true;
}

static int of_body_before(const struct ctx *c, size_t i, size_t w0, size_t h)
{
    const struct of_phrase q = {w0, h};
    return latest_body(c, i, true, head_of_words, &q);
}

/* "the city council", "the state water board": a body's word followed by
 * another names one body, headed by the last ("council", not "city").
 * Returns the token of the last such word from h. */
static size_t compound_body_end(const struct ctx *c, size_t h, const bool *taken)
{
    while (h + 1 < c->n && !taken[h + 1] && is_word(c, h + 1) && !is_upper(c, h + 1) &&
           tok_in_ix(c, h + 1, body_words, &c->ix->body_words))
        h++;
    return h;
}

/* Head words of bodies named in capitals after "the" that news then calls
 * by the head alone ("the Premier League" ... "the league"). Sorted. */
static const char *const named_heads[] = {"association", "authority", "commission", "federation",
                                          "league",      "union"};

/* "The Premier League approved ...", "the Northern Fishing Federation
 * said": "the", one to four capitalised words no entity or mention holds,
 * ending in a head above, then a verb. The tagger missed such a body; it
 * is an organisation actor named by its words. Later, "the league said"
 * (the head alone, then a verb) is a mention of the latest such body. */
static int named_head_scan(struct ctx *c)
{
    bool *taken = calloc(c->n + 1, 1);
    size_t i, k, h, s, ns = c->starts ? c->nstarts : c->n;
    int rc = BL_OK, ai;
    unsigned f;
    if (!taken)
        return BL_ERR_NOMEM;
    for (i = 0; i < c->nms; i++)
        for (k = c->ms[i].tok; k < c->n && c->t[k].start < c->ms[i].span.end; k++)
            taken[k] = true;
    /* every "the" is among the starts the pronoun pass noted */
    for (s = 0, i = 0; s < ns; s++) {
        const unsigned char *w;
        if (c->starts && c->starts[s] < i)
            continue;
        i = c->starts ? c->starts[s] : s;
        w = (const unsigned char *)c->d->text + c->t[i].start;
        if (i + 2 >= c->n || c->t[i].end - c->t[i].start != 3 || (w[0] | 32u) != 't' ||
            (w[1] | 32u) != 'h' || (w[2] | 32u) != 'e' || c->t[i].kind != BL_TOK_WORD ||
            taken[i + 1] || !is_word(c, i + 1))
            continue;
        if (!is_upper(c, i + 1)) {
            /* "the league said" after "the Premier League" */
            if (!tok_in(c, i + 1, named_heads) || after_prep(c, i + 1) ||
                !((f = subject_flags(c, i + 2, false)) & M_SUBJECT) ||
                (ai = body_before(c, i, c->d->text + c->t[i + 1].start,
                                  c->t[i + 1].end - c->t[i + 1].start, true)) < 0)
                continue;
            if ((rc = add_mention(c, ai, c->t[i].start, c->t[i + 1].end, i, f | M_PRONOUN)) !=
                BL_OK)
                goto out;
            continue;
        }
        for (h = i + 1; h < c->n && h < i + 5; h++) {
            if (!is_word(c, h) || !is_upper(c, h) || (c->t[h].flags & BL_TF_ALLCAPS) ||
                taken[h] || c->ent_of[h] >= 0)
                break;
            if (tok_in(c, h, named_heads))
                break;
        }
        if (h >= c->n || h >= i + 5 || h == i + 1 || !is_word(c, h) || !is_upper(c, h) ||
            taken[h] || c->ent_of[h] >= 0 || !tok_in(c, h, named_heads) ||
            after_prep(c, i + 1))
            continue;
        if (!((f = subject_flags(c, h + 1, false)) & M_SUBJECT))
            continue;
        if ((rc = keyed_actor(c, hash_toks(c, 'o', i + 1, h + 1), BL_ACTOR_ORGANIZATION,
                              tok_text(c, i + 1, h + 1), h - i, &ai)) != BL_OK)
            goto out;
        if ((rc = add_mention(c, ai, c->t[i + 1].start, c->t[h].end, i + 1, f | M_NAMED)) != BL_OK)
            goto out;
        i = h + 1;
    }
out:
    free(taken);
    return rc;
}

/* Does something say organisation ai is a company: a legal form or a
 * company's last word in its name ("Harwick Foods", "Norvik Home Inc."), or
 * "the company" or "the firm" among its mentions? */
static bool is_firm(const struct ctx *c, int ai)
{
    /* sorted */
    static const char *const firm_tails[] = {
        "airlines", "airways",         "brands",     "energy",     "foods",
        "holdings", "labs",            "motors",     "pharmaceuticals", "securities",
        "stores",   "studios",         "systems",    "technologies", "ventures"};
    const struct act *A = &c->acts[ai];
    const char *last = strrchr(A->name, ' ');
    char buf[WORD_MAX];
    size_t n;
    if (public_body_name(A->name) || no_firm(c, A))
        return false;
    if (legal_name(A->name))
        return true;
    if (last && (n = strlen(last + 1)) > 0 && n < sizeof buf) {
        for (size_t k = 0; k <= n; k++)
            buf[k] = lc(last[1 + k]);
        if (in_sorted(firm_tails, sizeof firm_tails / sizeof firm_tails[0], buf))
            return true;
    }
    for (size_t k = 0; k < c->nms; k++)
        if (c->ms[k].actor == ai && c->ms[k].tok + 1 < c->n && tok_is(c, c->ms[k].tok, "the") &&
            (tok_is(c, c->ms[k].tok + 1, "company") || tok_is(c, c->ms[k].tok + 1, "firm")))
            return true;
    return false;
}

/* The firm the article is about: the organisation most named
 * (most_named_org) when something says it is a company (is_firm). Worked
 * out once, when body_scan first asks, from the mentions made by then; -1
 * when there is none. */
static int main_firm(struct ctx *c)
{
    int best;
    if (c->main_firm_known)
        return c->main_firm;
    c->main_firm_known = true;
    best = most_named_org(c, c->n);
    c->main_firm = best >= 0 && is_firm(c, best) ? best : -1;
    return c->main_firm;
}

/* "the snack maker said", "the Dutch lender said", "the carmaker said": a
 * word for a kind of firm, with a word before it or made with "-maker",
 * after "the" at i, head h: the firm the article is about, named before i.
 * Returns its actor, or -1. */
static int firm_descriptor(struct ctx *c, size_t i, size_t w0, size_t h)
{
    /* sorted */
    static const char *const firm_heads[] = {
        "airline", "brewer",  "carmaker", "carrier",      "chain",    "conglomerate", "giant",
        "insurer", "lender",  "maker",    "manufacturer", "producer", "retailer",     "supplier"};
    int ai;
    if (!tok_in_n(c, h, firm_heads, sizeof firm_heads / sizeof firm_heads[0]) && !maker_word(c, h))
        return -1;
    if (h == w0 && !maker_word(c, h))
        return -1;
    if ((ai = main_firm(c)) < 0 || c->acts[ai].first >= i)
        return -1;
    return ai;
}

/* The country of the place the article's dateline names ("MANILA, Oct 14
 * (AP) -", "LEEDS, England -"): the best reading of the words in capitals
 * opening the text, when they stand before a comma, a bracket or a dash;
 * "" when there is no dateline. Worked out once, on the first few tokens. */
static const char *dateline_cc(struct ctx *c)
{
    const struct bl_place *p[1];
    size_t b = 0;
    if (c->dateline_known)
        return c->dateline;
    c->dateline_known = true;
    c->dateline[0] = '\0';
    while (b < c->n && b < 4 && is_word(c, b) && (c->t[b].flags & BL_TF_ALLCAPS))
        b++;
    if (b == 0 || !dateline_place(c, 0, b, classes(c, 0, b)))
        return c->dateline;
    if (bl_gazetteer_places(c->gz, c->d->text + c->t[0].start, c->t[b - 1].end - c->t[0].start,
                            p, 1) >= 1 &&
        p[0]->cc[0])
        memcpy(c->dateline, p[0]->cc, 3);
    return c->dateline;
}

static int body_scan(struct ctx *c)
{
    char buf[WORD_MAX], cc[3];
    bool *taken = calloc(c->n + 1, 1);
    size_t i, j, k, h, w0, dem, pl;
    int rc = BL_OK, ai;
    if (!taken)
        return BL_ERR_NOMEM;
    for (i = 0; i < c->nms; i++)
        for (k = c->ms[i].tok; k < c->n && c->t[k].start < c->ms[i].span.end; k++)
            taken[k] = true;
    for (i = 0, j = 0; i + 1 < c->n; i++) {
        unsigned f;
        bool the, evidence, record;
        /* most tokens are neither "the" nor a word before a clitic: go
         * to the next start the pronoun pass noted after i, else pass
         * over them on their kind and bytes alone in a tight loop */
        if (c->starts) {
            while (j < c->nstarts && c->starts[j] < i)
                j++;
            if (j >= c->nstarts)
                break;
            i = c->starts[j++];
            if (i + 1 >= c->n)
                break;
        } else {
            const struct bl_token *t = c->t;
            const unsigned char *text = (const unsigned char *)c->d->text;
            size_t n = c->n;
            while (i + 1 < n && t[i + 1].kind != BL_TOK_CLITIC &&
                   !(t[i].kind == BL_TOK_WORD && t[i].end - t[i].start == 3 &&
                     (text[t[i].start] | 32u) == 't' && (text[t[i].start + 1] | 32u) == 'h' &&
                     (text[t[i].start + 2] | 32u) == 'e'))
                i++;
            if (i + 1 >= n)
                break;
        }
        if (c->t[i].kind != BL_TOK_WORD)
            continue;
        the = tok_is(c, i, "the");
        if (!the && c->t[i + 1].kind != BL_TOK_CLITIC)
            continue;
        /* "the health ministry", "Norway's energy ministry" */
        cc[0] = '\0';
        if (!the && !(is_upper(c, i) && i + 2 < c->n && is_poss(c, i + 1) && !taken[i] &&
                      country_of(c, i, i + 1, cc)))
            continue;
        w0 = the ? i + 1 : i + 2;
        if (taken[w0])
            continue;
        /* "the Dutch culture ministry", "the Kenyan health ministry": a
         * demonym, then the body in lower case, the country's */
        dem = SIZE_MAX;
        if (the && w0 + 1 < c->n && is_upper(c, w0) && is_word(c, w0 + 1) &&
            !is_upper(c, w0 + 1) && !taken[w0 + 1] && demonym_of(c, w0, cc))
            dem = w0++;
        /* "the Gaza health ministry", "the Texas transport department": a
         * place's name, then the body in lower case, named with the place */
        pl = SIZE_MAX;
        if (the && dem == SIZE_MAX && is_upper(c, w0)) {
            size_t e = w0;
            while (e < c->n && e < w0 + 3 && is_word(c, e) && is_upper(c, e) && !taken[e])
                e++;
            if (e > w0 && e < c->n && is_word(c, e) && !is_upper(c, e) && !taken[e] &&
                (classes(c, w0, e) &
                 (BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_COUNTRY | BL_GZ_REGION))) {
                if (!country_of(c, w0, e, cc))
                    cc[0] = '\0';
                pl = w0;
                w0 = e;
            }
        }
        /* the head first (most walks find none), then no function word
         * before it */
        for (h = w0, k = 0; h < c->n && k < 4 && is_word(c, h) && !is_upper(c, h); h++, k++)
            if (tok_in_ix(c, h, body_words, &c->ix->body_words) || tok_in(c, h, org_intro) ||
                maker_word(c, h))
                break;
        if (h >= c->n || k >= 4 || !is_word(c, h) || is_upper(c, h) || taken[h])
            continue;
        h = compound_body_end(c, h, taken);
        for (k = w0; k <= h && !tok_in(c, k, name_stop); k++)
            ;
        if (k <= h)
            continue;
        /* "according to the research firm Counterpoint", "the consultancy
         * Vexa Partners said", "a report by the consultancy Arup": a name
         * the tagger missed right after a word for a kind of body is that
         * body, when it is the source */
        if (the && h + 1 < c->n && is_word(c, h + 1) && is_upper(c, h + 1) && !taken[h + 1] &&
            (tok_in(c, h, org_intro) || tok_in_ix(c, h, body_words, &c->ix->body_words))) {
            size_t e = h + 1;
            bool src = i >= 2 && ((tok_is(c, i - 1, "to") && tok_is(c, i - 2, "according")) ||
                                  (tok_is(c, i - 1, "by") && tok_in(c, i - 2, evidence_nouns)));
            while (e < c->n && e < h + 5 && is_word(c, e) && is_upper(c, e) && !taken[e])
                e++;
            f = e < c->n && !taken[e] && !(is_word(c, e) && is_upper(c, e))
                    ? subject_flags(c, e, false)
                    : 0;
            if (e < c->n && !taken[e] && !(is_word(c, e) && is_upper(c, e)) &&
                (src || (f & M_SPEAKS))) {
                if ((rc = keyed_actor(c, hash_toks(c, 'o', h + 1, e), BL_ACTOR_ORGANIZATION,
                                      tok_text(c, h + 1, e), e - (h + 1), &ai)) != BL_OK)
                    goto out;
                if ((rc = add_mention(c, ai, c->t[h + 1].start, c->t[e - 1].end, h + 1,
                                      f | M_NAMED | (src ? M_SPEAKS : 0))) != BL_OK)
                    goto out;
                i = e - 1;
                continue;
            }
        }
        lower(c, h, buf);
        /* the author of evidence ("a report by"), whatever verb follows,
         * else the subject of a speech verb, not after a preposition (asked
         * first: it is cheaper than finding the verb) */
        evidence = the && i >= 2 && tok_is(c, i - 1, "by") && tok_in(c, i - 2, evidence_nouns);
        /* "according to the city council": the body is the source (not
         * "the statistics agency IBGE": the name after it says which) */
        evidence |= the && i >= 2 && tok_is(c, i - 1, "to") && tok_is(c, i - 2, "according") &&
                    !(h + 1 < c->n && is_word(c, h + 1) && is_upper(c, h + 1));
        /* "according to the ministry's figures": a body's record speaks
         * for it, after a preposition too */
        record = the && is_poss(c, h + 1) && body_record(c, h + 2);
        /* ("after the software maker reported ...": "after" and "before"
         * open a clause there, whose subject speaks) */
        /* ("in May, the transport ministry said": after a comma, the
         * subject of a speech verb opens a clause of its own, as groups do) */
        if (!evidence && !record && after_prep(c, the ? i + 1 : i) &&
            !(((the && i > 0 && (tok_is(c, i - 1, "after") || tok_is(c, i - 1, "before"))) ||
               comma_subject(c, the ? i + 1 : i, h)) &&
              (subject_flags(c, h + 1, false) & M_SPEAKS)))
            continue;
        f = subject_flags(c, h + 1, false);
        /* "the foreign ministry in Tokyo said": the body's seat between it
         * and its verb */
        if (!(f & M_SPEAKS) && h + 2 < c->n && tok_is(c, h + 1, "in") && is_upper(c, h + 2)) {
            size_t e = h + 2;
            while (e < c->n && e < h + 5 && is_word(c, e) && is_upper(c, e))
                e++;
            f = subject_flags(c, e, false);
            if ((f & M_SPEAKS) && !cc[0] && !country_of(c, h + 2, e, cc))
                cc[0] = '\0'; /* a capital names the body's country */
        }
        if (!evidence && !record && !(f & M_SPEAKS) && !(h > w0 && (f & M_SUBJECT)))
            continue;
        /* a bare "the company" or "the union" most often means a body
         * named before, which the pronoun pass did not find: only one
         * named in lower case is found here ("the health ministry") */
        /* "the ministry" after "the transport ministry": that one */
        if (the && h == w0 && IN_LIST(body_heads, buf) && (ai = lower_body_before(c, i, h)) >= 0) {
            if ((rc = add_mention(c, ai, c->t[i].start, c->t[h].end, i, f | M_PRONOUN)) != BL_OK)
                goto out;
            i = h;
            continue;
        }
        if (the && h == w0 && !IN_LIST(body_heads, buf)) {
            /* "after the chipmaker reported": the firm the article is about */
            if ((ai = lower_body_before(c, i, h)) < 0 && maker_word(c, h))
                ai = firm_descriptor(c, i, w0, h);
            if (ai >= 0 &&
                (rc = add_mention(c, ai, c->t[i].start, c->t[h].end, i, f | M_PRONOUN)) != BL_OK)
                goto out;
            i = h;
            continue;
        }
        /* "the monitoring service said" after "the World Glacier
         * Monitoring Service": the body named before with those last words;
         * "the health ministry" after "the Ministry of Health"; "the snack
         * maker said": the firm the article is about */
        /* "the ministry said" after "the Interior Ministry", "the
         * government" after "the Welsh government": a bare head is the
         * body named before whose name ends with it */
        if (the && ((h == w0 && (ai = body_before(c, i, c->d->text + c->t[h].start,
                                                    c->t[h].end - c->t[h].start, true)) >= 0) ||
                    (ai = named_body_before(c, i, w0, h)) >= 0 ||
                    (ai = of_body_before(c, i, w0, h)) >= 0 ||
                    (ai = firm_descriptor(c, i, w0, h)) >= 0)) {
            if ((rc = add_mention(c, ai, c->t[i].start, c->t[h].end, i, f | M_PRONOUN)) != BL_OK)
                goto out;
            i = h;
            continue;
        }
        /* "the Welsh government", "the German government": a government
         * is named by its people ("the Dutch culture ministry" is the
         * culture ministry, of the Netherlands) */
        if (dem != SIZE_MAX && h == w0 && tok_is(c, h, "government"))
            w0 = dem;
        if (pl != SIZE_MAX)
            w0 = pl;
        /* a bare "the government" or "the ministry": the dateline's
         * country's, when the dateline names one */
        if (!cc[0] && h == w0 && (tok_is(c, h, "government") || tok_is(c, h, "ministry")))
            memcpy(cc, dateline_cc(c), 3);
        if ((rc = keyed_actor(c, hash_toks(c, 'o', w0, h + 1), BL_ACTOR_ORGANIZATION,
                              tok_text(c, w0, h + 1), h + 1 - w0, &ai)) != BL_OK)
            goto out;
        if (cc[0] && !c->acts[ai].cc[0])
            memcpy(c->acts[ai].cc, cc, 3);
        if ((rc = add_mention(c, ai, c->t[w0].start, c->t[h].end, w0, f | M_NAMED)) != BL_OK)
            goto out;
        i = h;
    }
out:
    free(taken);
    return rc;
}

/* ---- Pass 4c: the author of a report ----------------------------------- */

/* "According to the report, costs rose": the report speaks for whoever the
 * article said wrote it, "a report by the audit office" or "the Audit
 * Office's report" before, so "the report" there is a mention of that body.
 * Two authors of the same noun (two reports) or none: nobody. One walk of
 * the mentions and one of the tokens; auth (one per token) holds an evidence
 * noun's author. */
static int report_author_scan(struct ctx *c)
{
    enum { NE = sizeof evidence_nouns / sizeof evidence_nouns[0] };
    int *auth, cur[NE], rc = BL_OK;
    size_t nms = c->nms, k, e, j;
    bool any = false; /* some auth[] set: else the walk below adds nothing */

    if (c->n < 4)
        return BL_OK;
    auth = malloc(c->n * sizeof *auth);
    if (!auth)
        return BL_ERR_NOMEM;
    for (k = 0; k < c->n; k++)
        auth[k] = -1;
    for (j = 0; j < nms; j++) {
        const struct mention *m = &c->ms[j];
        size_t t = m->tok;
        if (m->actor < 0 || (m->flags & (M_PLURAL | M_PLACE | M_PRONOUN)))
            continue;
        /* "a report by [the] X" */
        if (t >= 2 && tok_is(c, t - 1, "the"))
            t--;
        if (t >= 2 && tok_is(c, t - 1, "by") && tok_in(c, t - 2, evidence_nouns)) {
            auth[t - 2] = auth[t - 2] == -1 || auth[t - 2] == m->actor ? m->actor : -2;
            any = true;
            continue;
        }
        /* "X's [annual] report" */
        for (e = m->tok; e < c->n && e < (size_t)m->tok + 8 && c->t[e].end <= m->span.end; e++)
            ;
        if (e > m->tok && e + 1 < c->n && c->t[e].start >= m->span.end && is_poss(c, e)) {
            size_t w = e + 1;
            if (w + 1 < c->n && is_word(c, w) && !is_upper(c, w) && !tok_in(c, w, evidence_nouns))
                w++;
            if (tok_in(c, w, evidence_nouns)) {
                auth[w] = auth[w] == -1 || auth[w] == m->actor ? m->actor : -2;
                any = true;
            }
        }
    }
    for (j = 0; j < NE; j++)
        cur[j] = -1;
    /* "according to the report" names its author only after an auth[]
     * entry has set cur[] */
    for (k = 0; any && k < c->n; k++) {
        size_t n;
        if (auth[k] != -1 || (k + 3 < c->n && tok_is(c, k, "according") && tok_is(c, k + 1, "to") &&
                              tok_is(c, k + 2, "the"))) {
            size_t w = auth[k] != -1 ? k : k + 3;
            for (n = 0; n < NE && !tok_is_n(c, w, evidence_nouns[n], strlen(evidence_nouns[n])); n++)
                ;
            if (n == NE)
                continue;
            if (auth[k] != -1) {
                cur[n] = cur[n] == -1 || cur[n] == auth[k] ? auth[k] : -2;
                continue;
            }
            /* "according to the report by ...", "the report's": said there */
            if (cur[n] < 0 || (w + 1 < c->n && (tok_is(c, w + 1, "by") || tok_is(c, w + 1, "of") ||
                                               is_poss(c, w + 1) || is_upper(c, w + 1))))
                continue;
            if ((rc = add_mention(c, cur[n], c->t[k + 2].start, c->t[w].end, k + 2,
                                  M_PRONOUN | M_SPEAKS)) != BL_OK)
                break;
        }
    }
    free(auth);
    return rc;
}

/* ---- Pass 5: salience, order, output ------------------------------------ */

static int mention_actor_cmp(const void *pa, const void *pb)
{
    const struct mention *a = pa, *b = pb;
    if (a->actor != b->actor)
        return a->actor < b->actor ? -1 : 1;
    if (a->span.start != b->span.start)
        return a->span.start < b->span.start ? -1 : 1;
    return (a->span.end > b->span.end) - (a->span.end < b->span.end);
}

struct order {
    double sal;
    size_t first;
    int old;
};

static int order_cmp(const void *pa, const void *pb)
{
    const struct order *a = pa, *b = pb;
    if (a->sal != b->sal)
        return a->sal > b->sal ? -1 : 1;
    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    return a->old - b->old;
}

static int ref_cmp(const void *pa, const void *pb)
{
    const struct bl_actor_ref *a = pa, *b = pb;
    if (a->span.start != b->span.start)
        return a->span.start < b->span.start ? -1 : 1;
    if (a->span.end != b->span.end)
        return a->span.end < b->span.end ? -1 : 1;
    return a->actor - b->actor;
}

/* By position only: mention_actor_cmp less the actor. */
static int mention_span_cmp(const void *pa, const void *pb)
{
    const struct mention *a = pa, *b = pb;
    if (a->span.start != b->span.start)
        return a->span.start < b->span.start ? -1 : 1;
    return (a->span.end > b->span.end) - (a->span.end < b->span.end);
}

/* c->ms sorted as bl_sort_stable with mention_actor_cmp sorts it, and in
 * *by_pos (malloc'd, the caller frees it; NULL without memory) the same
 * mentions by position. The mentions come nearly by position already, so
 * they are sorted so first (few moves), then spread out by actor with a
 * count of each (stable): equal mentions keep their order both ways, the
 * order one stable sort by actor then position gives. A sort by actor
 * straight away moved most mentions far, and so did the refs' sort back to
 * position order. */
static void sort_by_actor(struct ctx *c, struct mention **by_pos)
{
    struct mention *out = NULL;
    size_t *at = NULL, i;

    *by_pos = NULL;
    if (c->nms < 2)
        return;
    out = malloc(c->nms * sizeof *out);
    at = calloc(c->nacts + 1, sizeof *at);
    if (!out || !at) {
        free(out);
        free(at);
        bl_sort_stable(c->ms, c->nms, sizeof *c->ms, mention_actor_cmp);
        return;
    }
    bl_sort_stable(c->ms, c->nms, sizeof *c->ms, mention_span_cmp);
    for (i = 0; i < c->nms; i++)
        at[c->ms[i].actor + 1]++;
    for (i = 1; i <= c->nacts; i++)
        at[i] += at[i - 1];
    for (i = 0; i < c->nms; i++)
        out[at[c->ms[i].actor]++] = c->ms[i];
    free(at);
    *by_pos = c->ms; /* the old array, by position */
    c->ms = out;
    c->capms = c->nms;
}

/* The reporters and editors a byline or a credit line names ("By Ana Ruiz",
 * "(Reporting by Tom Vale; Editing by Jo Kim)"), and the agency a dateline
 * credits, are no actors of the story:
 * an actor all of whose mentions sit in such sentences is dropped (as one
 * never mentioned). c->ms is sorted by actor. */
static int drop_credited(struct ctx *c)
{
    struct bl_doc *d = c->d;
    size_t i = 0;

    if (!c->nms || !d->nsents)
        return BL_OK;
    while (i < c->nms) {
        int a = c->ms[i].actor;
        bool story = false;
        for (; i < c->nms && c->ms[i].actor == a; i++) {
            uint32_t s = c->ms[i].sent;
            if (story || s >= d->nsents)
                continue;
            /* (kept in d for the claims stage, which asks every sentence);
             * the agency a dateline credits ("LONDON (Reuters) -") wrote
             * the story, no more than its reporters act in it */
            story = !(c->ms[i].flags & M_CREDIT) && !(bl_claims_boiler(d, s) & BL_BOILER_CREDIT);
        }
        if (!story && a >= 0 && (size_t)a < c->nacts)
            c->acts[a].first = SIZE_MAX;
    }
    return BL_OK;
}

static int finish(struct ctx *c)
{
    struct bl_doc *d = c->d;
    struct order *ord = NULL;
    struct mention *by_pos = NULL;
    size_t nms = c->nms;
    int *newidx = NULL;
    size_t i, j, k, nrefs = 0;
    double top = 0;
    int rc = BL_ERR_NOMEM;

    /* Mentions sorted by actor then position, duplicates dropped. */
    sort_by_actor(c, &by_pos);
    for (i = 0, j = 0; i < c->nms; i++) {
        if (j && c->ms[j - 1].actor == c->ms[i].actor &&
            c->ms[j - 1].span.start == c->ms[i].span.start &&
            c->ms[j - 1].span.end == c->ms[i].span.end) {
            c->ms[j - 1].flags |= c->ms[i].flags;
            continue;
        }
        c->ms[j++] = c->ms[i];
    }
    c->nms = j;
    if ((rc = drop_credited(c)) != BL_OK)
        goto out;

    /* Salience: mentions (names count double pronouns), speaking and
     * acting, and how early the actor appears; relative to the most
     * salient actor kept. */
    for (i = 0; i < c->nms; i++) {
        const struct mention *m = &c->ms[i];
        struct act *A = &c->acts[m->actor];
        A->raw += (m->flags & M_PRONOUN) ? 0.5 : 1.0;
        if (m->flags & M_SPEAKS)
            A->raw += 1.0;
        else if (m->flags & M_SUBJECT)
            A->raw += 0.5;
    }
    for (i = 0; i < c->nacts; i++) {
        struct act *A = &c->acts[i];
        if (A->first != SIZE_MAX && c->n)
            A->raw += 2.0 * (1.0 - (double)A->first / (double)c->n);
        if (A->kind == BL_ACTOR_GROUP || A->role)
            A->raw *= 0.7; /* nameless voices rank below named ones */
        if (A->raw > top && A->first != SIZE_MAX && A->name)
            top = A->raw;
    }
    rc = BL_ERR_NOMEM;
    ord = malloc((c->nacts ? c->nacts : 1) * sizeof *ord);
    newidx = malloc((c->nacts ? c->nacts : 1) * sizeof *newidx);
    if (!ord || !newidx)
        goto out;
    for (i = 0, k = 0; i < c->nacts; i++) {
        newidx[i] = -1;
        if (c->acts[i].first == SIZE_MAX || !c->acts[i].name)
            continue; /* never mentioned */
        ord[k].sal = top > 0 ? c->acts[i].raw / top : 0;
        ord[k].first = c->acts[i].first;
        ord[k].old = (int)i;
        k++;
    }
    if (k > 64) {
        bl_sort_stable(ord, k, sizeof *ord, order_cmp);
    } else {
        /* a few actors: insertion in place, stable as bl_sort_stable is,
         * without its calls a move */
        for (i = 1; i < k; i++) {
            struct order x = ord[i];
            for (j = i; j > 0 && order_cmp(&ord[j - 1], &x) > 0; j--)
                ord[j] = ord[j - 1];
            ord[j] = x;
        }
    }
    if (k) {
        d->actors = calloc(k, sizeof *d->actors);
        if (!d->actors)
            goto out;
    }
    for (i = 0; i < k; i++)
        newidx[ord[i].old] = (int)i;
    d->nactors = k;
    for (i = 0; i < k; i++) {
        const struct act *A = &c->acts[ord[i].old];
        struct bl_actor *o = &d->actors[i];
        o->name = A->name;
        o->kind = A->kind;
        o->salience = ord[i].sal;
        o->org = A->org;
        if (A->cc[0] && !(o->affiliation = bl_arena_strndup(&d->arena, A->cc, 2)))
            goto out;
        if (A->ntitles) {
            const char **t = bl_arena_alloc(&d->arena, A->ntitles * sizeof *t);
            if (!t)
                goto out;
            memcpy(t, A->titles, A->ntitles * sizeof *t);
            o->titles = t;
            o->ntitles = A->ntitles;
        }
    }
    /* Mention arrays, and the index by position for bl_actor_at. */
    for (i = 0; i < c->nms; i = j) {
        int na = newidx[c->ms[i].actor];
        struct bl_span *sp;
        for (j = i; j < c->nms && c->ms[j].actor == c->ms[i].actor; j++)
            ;
        if (na < 0)
            continue;
        sp = bl_arena_alloc(&d->arena, (j - i) * sizeof *sp);
        if (!sp)
            goto out;
        for (size_t q = i; q < j; q++)
            sp[q - i] = c->ms[q].span;
        d->actors[na].mentions = sp;
        d->actors[na].nmentions = j - i;
        nrefs += j - i;
    }
    if (nrefs) {
        struct bl_actor_ref *refs = bl_arena_alloc(&d->arena, nrefs * sizeof *refs);
        if (!refs)
            goto out;
        if (by_pos) {
            /* the same refs from the mentions by position, so that the sort
             * below only orders those of one span by actor: a duplicate
             * (the same actor and span, dropped above) has its span's run */
            for (i = 0, j = 0; i < nms && j < nrefs; i++) {
                const struct mention *m = &by_pos[i];
                size_t q;
                if (newidx[m->actor] < 0)
                    continue;
                for (q = i; q > 0 && by_pos[q - 1].span.start == m->span.start &&
                            by_pos[q - 1].span.end == m->span.end &&
                            by_pos[q - 1].actor != m->actor;
                     q--)
                    ;
                if (q > 0 && by_pos[q - 1].span.start == m->span.start &&
                    by_pos[q - 1].span.end == m->span.end)
                    continue; /* the same actor earlier in the run */
                refs[j].span = m->span;
                refs[j].actor = newidx[m->actor];
                j++;
            }
        } else {
            for (i = 0, j = 0; i < c->nms; i++)
                if (newidx[c->ms[i].actor] >= 0) {
                    refs[j].span = c->ms[i].span;
                    refs[j].actor = newidx[c->ms[i].actor];
                    j++;
                }
        }
        bl_sort_stable(refs, nrefs, sizeof *refs, ref_cmp);
        for (i = 0; i < nrefs; i++)
            refs[i].reach = i && refs[i - 1].reach > refs[i].span.end ? refs[i - 1].reach
                                                                       : refs[i].span.end;
        d->actor_refs = refs;
        d->nactor_refs = nrefs;
    }
    for (i = 0; i < d->nents; i++)
        d->ents[i].actor = c->ent_actor[i] >= 0 ? newidx[c->ent_actor[i]] : -1;
    rc = BL_OK;
out:
    free(ord);
    free(newidx);
    free(by_pos);
    return rc;
}

/* True when every word table above is in the order bisection needs. The
 * unit tests check it (on every run it cost some 20 instructions a word).
 * Pure; thread-safe. */
bool bl_actors_tables_sorted(void)
{
    size_t i;
    for (i = 1; i < sizeof verbs / sizeof verbs[0]; i++)
        if (!word_before(verbs[i - 1].base, verbs[i].base))
            return false;
    for (i = 1; i < sizeof irregular / sizeof irregular[0]; i++)
        if (!word_before(irregular[i - 1].base, irregular[i].base))
            return false;
    return SORTED(group_nouns) && SORTED(plural_nouns) && SORTED(group_mods) &&
           SORTED(auxiliaries) && SORTED(modals) && SORTED(adverbs) && SORTED(asides) &&
           SORTED(prepositions) && SORTED(legal_forms) && SORTED(title_mods) && SORTED(suffixes) &&
           SORTED(male_titles) && SORTED(female_titles) && SORTED(org_heads) &&
           SORTED(org_roles) && SORTED(org_intro) && SORTED(org_tail) && SORTED(pp_heads) &&
           SORTED(name_stop) && SORTED(proper_groups) && SORTED(source_nouns) &&
           SORTED(body_nouns) && SORTED(verb_subjects) && SORTED(extra_titles) &&
           SORTED(peoples) && SORTED(openers) && SORTED(party_members) && SORTED(rank_leads) &&
           SORTED(local_mods) &&
           SORTED(label_words) && SORTED(body_heads) && SORTED(evidence_nouns) &&
           SORTED(body_words) && SORTED(place_words) && SORTED(water_words) &&
           SORTED(money_words) && SORTED(municipal_nouns) && SORTED(named_heads) &&
           SORTED(opening_subords) && SORTED(news_heads) &&
           SORTED(public_heads) && SORTED(quantity_words) && SORTED(portfolio_heads) &&
           SORTED(source_participles) && SORTED(participle_preps);
}

/* index_sorted's at[] for a verb table sorted by base. */
static void index_verbs(const struct verb *tab, size_t n, uint16_t at[27])
{
    unsigned j = 0;
    for (size_t k = 0; k < n; k++)
        while (j <= 26 && 'a' + j <= (unsigned char)tab[k].base[0])
            at[j++] = (uint16_t)k;
    while (j <= 26)
        at[j++] = (uint16_t)n;
}

/* The first-letter index of a table tok_in asks about, or NULL. list is a
 * table's name at each call, so the compiler folds this to one answer. */
static inline const struct first_index *index_of(const struct bl_actor_index *ix,
                                                 const char *const *list)
{
    if (list == name_stop)
        return &ix->name_stop;
    if (list == suffixes)
        return &ix->suffixes;
    if (list == group_mods)
        return &ix->group_mods;
    if (list == pp_heads)
        return &ix->pp_heads;
    if (list == prepositions)
        return &ix->prepositions;
    if (list == title_mods)
        return &ix->title_mods;
    if (list == org_tail)
        return &ix->org_tail;
    if (list == org_intro)
        return &ix->org_intro;
    if (list == proper_groups)
        return &ix->proper_groups;
    if (list == rank_leads)
        return &ix->rank_leads;
    if (list == peoples)
        return &ix->peoples;
    if (list == party_members)
        return &ix->party_members;
    if (list == local_mods)
        return &ix->local_mods;
    if (list == named_heads)
        return &ix->named_heads;
    if (list == modals)
        return &ix->modal;
    if (list == auxiliaries)
        return &ix->aux;
    return NULL;
}

static void index_all(struct bl_actor_index *ix)
{
    _Static_assert(sizeof group_nouns / sizeof group_nouns[0] < 65536 &&
                       sizeof source_nouns / sizeof source_nouns[0] < 65536 &&
                       sizeof plural_nouns / sizeof plural_nouns[0] < 65536 &&
                       sizeof extra_titles / sizeof extra_titles[0] < 65536 &&
                       sizeof body_nouns / sizeof body_nouns[0] < 65536 &&
                       sizeof verbs / sizeof verbs[0] < 65536 &&
                       sizeof irregular / sizeof irregular[0] < 65536 &&
                       sizeof adverbs / sizeof adverbs[0] < 65536 &&
                       sizeof modals / sizeof modals[0] < 65536 &&
                       sizeof auxiliaries / sizeof auxiliaries[0] < 65536 &&
                       sizeof name_stop / sizeof name_stop[0] < 65536 &&
                       sizeof group_mods / sizeof group_mods[0] < 65536 &&
                       sizeof prepositions / sizeof prepositions[0] < 65536 &&
                       sizeof org_tail / sizeof org_tail[0] < 65536 &&
                       sizeof org_intro / sizeof org_intro[0] < 65536 &&
                       sizeof peoples / sizeof peoples[0] < 65536 &&
                       sizeof title_mods / sizeof title_mods[0] < 65536,
                   "first_index holds 16-bit positions");
    index_sorted(extra_titles, sizeof extra_titles / sizeof extra_titles[0], &ix->title);
    index_sorted(source_nouns, sizeof source_nouns / sizeof source_nouns[0], &ix->source);
    index_sorted(body_nouns, sizeof body_nouns / sizeof body_nouns[0], &ix->body);
    index_sorted(body_words, sizeof body_words / sizeof body_words[0], &ix->body_words);
    index_sorted(group_nouns, sizeof group_nouns / sizeof group_nouns[0], &ix->group);
    index_sorted(plural_nouns, sizeof plural_nouns / sizeof plural_nouns[0], &ix->plural);
    index_sorted(adverbs, sizeof adverbs / sizeof adverbs[0], &ix->adverb);
    index_sorted(modals, sizeof modals / sizeof modals[0], &ix->modal);
    index_sorted(auxiliaries, sizeof auxiliaries / sizeof auxiliaries[0], &ix->aux);
    index_sorted(name_stop, sizeof name_stop / sizeof name_stop[0], &ix->name_stop);
    index_sorted(suffixes, sizeof suffixes / sizeof suffixes[0], &ix->suffixes);
    index_sorted(group_mods, sizeof group_mods / sizeof group_mods[0], &ix->group_mods);
    index_sorted(pp_heads, sizeof pp_heads / sizeof pp_heads[0], &ix->pp_heads);
    index_sorted(prepositions, sizeof prepositions / sizeof prepositions[0], &ix->prepositions);
    index_sorted(title_mods, sizeof title_mods / sizeof title_mods[0], &ix->title_mods);
    index_sorted(org_tail, sizeof org_tail / sizeof org_tail[0], &ix->org_tail);
    index_sorted(org_intro, sizeof org_intro / sizeof org_intro[0], &ix->org_intro);
    index_sorted(proper_groups, sizeof proper_groups / sizeof proper_groups[0], &ix->proper_groups);
    index_sorted(rank_leads, sizeof rank_leads / sizeof rank_leads[0], &ix->rank_leads);
    index_sorted(peoples, sizeof peoples / sizeof peoples[0], &ix->peoples);
    index_sorted(party_members, sizeof party_members / sizeof party_members[0], &ix->party_members);
    index_sorted(local_mods, sizeof local_mods / sizeof local_mods[0], &ix->local_mods);
    index_sorted(named_heads, sizeof named_heads / sizeof named_heads[0], &ix->named_heads);
    index_verbs(verbs, sizeof verbs / sizeof verbs[0], ix->verb_at);
    memset(ix->verb_seconds, 0, sizeof ix->verb_seconds);
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
        if (verbs[k].base[0])
            ix->verb_seconds[(unsigned char)verbs[k].base[0] & 31u] |=
                1u << ((unsigned char)verbs[k].base[1] & 31u);
    index_verbs(irregular, sizeof irregular / sizeof irregular[0], ix->irr_at);
    memset(&ix->group_any, 0, sizeof ix->group_any);
    ix->group_any.lens = ix->group.lens | ix->source.lens | ix->plural.lens;
    for (size_t k = 0; k < 32; k++) {
        ix->group_any.ends[k] = ix->group.ends[k] | ix->source.ends[k] | ix->plural.ends[k];
        ix->group_any.seconds[k] =
            ix->group.seconds[k] | ix->source.seconds[k] | ix->plural.seconds[k];
    }
}

int bl_actors_index_create(struct bl_actor_index **out)
{
    *out = malloc(sizeof **out);
    if (!*out)
        return BL_ERR_NOMEM;
    index_all(*out);
    return BL_OK;
}

void bl_actors_index_free(struct bl_actor_index *ix)
{
    free(ix);
}

/* Runs after the entities stage. Replaces d->actors (malloc'd, freed by
 * bl_doc_free), d->actor_refs and d->ents[i].actor; strings, titles and
 * mention arrays go in d->arena. m is only read, so threads may share it;
 * d belongs to the calling thread. On failure the doc holds no actors. */
int bl_actors_run(const bl_models *m, struct bl_doc *d)
{
    struct ctx c;
    struct bl_actor_index own_ix; /* when m has none */
    struct memo memo = {0};
    struct hmemo hmemo = {0};
    struct cand *cs = NULL;
    size_t ncs = 0, capcs = 0, i;
    int rc = BL_ERR_NOMEM;

    if (!d)
        return BL_ERR_ARG;
    memset(&c, 0, sizeof c);
    c.gz = m ? m->gz : NULL;
    c.d = d;
    c.t = d->toks;
    c.n = d->ntoks;
    c.firm_clitic = SIZE_MAX;
    free(d->actors);
    d->actors = NULL;
    d->nactors = 0;
    d->actor_refs = NULL;
    d->nactor_refs = 0;
    for (i = 0; i < d->nents; i++)
        d->ents[i].actor = -1;
    if (!c.n || !c.gz)
        return BL_OK;
    c.sent_of = d->tok_sent;
    c.ent_of = malloc(c.n * sizeof *c.ent_of);
    c.tok_actor = malloc(c.n * sizeof *c.tok_actor);
    c.ent_actor = malloc((d->nents ? d->nents : 1) * sizeof *c.ent_actor);
    c.ent_tok = malloc((d->nents ? d->nents : 1) * sizeof *c.ent_tok);
    if (!c.ent_of || !c.tok_actor || !c.ent_actor || !c.ent_tok)
        goto out;
    if ((rc = bl_doc_caps(d)) != BL_OK)
        goto out;
    /* the names' map, sized at once for the keys the entities give (about
     * two each) rather than doubled from 64 as they come */
    {
        size_t cap = 64;
        while (cap < 4 * d->nents && cap < (1u << 20))
            cap *= 2;
        if ((rc = map_rehash(&c.map, cap)) != BL_OK)
            goto out;
    }
    ent_toks(&c);
    for (i = 0; i < c.n; i++) {
        c.ent_of[i] = -1;
        c.tok_actor[i] = -1;
    }
    for (i = 0; i < d->nents; i++)
        c.ent_actor[i] = -1;
    if (m->actor_ix) {
        c.ix = m->actor_ix;
    } else {
        index_all(&own_ix);
        c.ix = &own_ix;
    }
    /* the memo of gazetteer answers: without memory for it, none */
    /* sized by the entities, whose spans and titles are what it is asked
     * about, not by the tokens: a full memo only stops remembering */
    memo.cap = 64;
    while (memo.cap < 4 * d->nents && memo.cap < c.n && memo.cap < (1u << 16))
        memo.cap *= 2;
    memo.keys = calloc(memo.cap, sizeof *memo.keys);
    memo.vals = malloc(memo.cap * sizeof *memo.vals);
    if (memo.keys && memo.vals)
        c.memo = &memo;
    /* the span hashes likewise, as many */
    hmemo.cap = memo.cap;
    hmemo.keys = calloc(hmemo.cap, sizeof *hmemo.keys);
    hmemo.vals = malloc(hmemo.cap * sizeof *hmemo.vals);
    if (hmemo.keys && hmemo.vals)
        c.hmemo = &hmemo;
    /* the verb memo likewise: without memory for it, none */
    if (d->tok_word && d->nwords)
        c.vmemo = calloc(d->nwords, sizeof *c.vmemo);
    if ((rc = entity_cands(&c, &cs, &ncs, &capcs)) != BL_OK)
        goto out;
    if ((rc = label_cands(&c, &cs, &ncs, &capcs)) != BL_OK)
        goto out;
    if ((rc = resolve_cands(&c, cs, ncs)) != BL_OK)
        goto out;
    if ((rc = surname_scan(&c)) != BL_OK)
        goto out;
    if ((rc = org_tail_scan(&c)) != BL_OK)
        goto out;
    if ((rc = group_scan(&c)) != BL_OK)
        goto out;
    if ((rc = pronoun_pass(&c)) != BL_OK)
        goto out;
    if ((rc = body_scan(&c)) != BL_OK)
        goto out;
    if ((rc = named_head_scan(&c)) != BL_OK)
        goto out;
    if ((rc = report_author_scan(&c)) != BL_OK)
        goto out;
    rc = finish(&c);
out:
    if (rc != BL_OK) {
        free(d->actors);
        d->actors = NULL;
        d->nactors = 0;
        d->actor_refs = NULL;
        d->nactor_refs = 0;
        for (i = 0; i < d->nents; i++)
            d->ents[i].actor = -1;
    }
    free(cs);
    free(c.ent_of);
    free(c.tok_actor);
    free(c.ent_actor);
    free(c.ent_tok);
    free(c.acts);
    free(c.ms);
    free(c.places);
    free(c.map.keys);
    free(c.map.vals);
    free(memo.keys);
    free(memo.vals);
    free(hmemo.keys);
    free(hmemo.vals);
    free(c.vmemo);
    free(c.starts);
    free(c.lows);
    return rc;
}

static int kind_rank(int kind)
{
    switch (kind) {
    case BL_ACTOR_PERSON:
        return 3;
    case BL_ACTOR_GROUP:
        return 2;
    default:
        return 1;
    }
}

/* Looks d->actor_refs up by bisection; reads d only, so any thread holding
 * the doc may call it. Returns an index into d->actors or -1. */
int bl_actor_at(const struct bl_doc *d, size_t start, size_t end)
{
    size_t lo = 0, hi, best_ov = 0, best_start = 0, k;
    int best = -1, best_rank = 0;

    if (!d || !d->nactor_refs || end <= start)
        return -1;
    /* first ref starting at or after end */
    hi = d->nactor_refs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->actor_refs[mid].span.start < end)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* Mentions are a few words long, so a short look back finds every one
     * that overlaps. A person beats a group, a group a body or country
     * ("Dr. Paul Mercer of Johns Hopkins University", "Kremlin spokesperson
     * Dmitry Peskov"); then the widest overlap wins. */
    for (k = lo; k > 0 && lo - k < 64; k--) {
        const struct bl_actor_ref *r = &d->actor_refs[k - 1];
        size_t a = r->span.start > start ? r->span.start : start;
        size_t b = r->span.end < end ? r->span.end : end;
        int rank;
        if (r->reach <= start)
            break; /* neither this ref nor any before it ends after start */
        if (b <= a)
            continue;
        rank = kind_rank(d->actors[r->actor].kind);
        /* "The United Nations children's agency UNICEF", "Russia's
         * foreign ministry": of two names of a kind apart in one phrase the
         * last heads it and the first modifies it (refs come last first) */
        if (best >= 0 && rank == best_rank && r->span.end <= best_start)
            continue;
        if (best < 0 || rank > best_rank || (rank == best_rank && b - a > best_ov)) {
            best_start = r->span.start;
            best_ov = b - a;
            best_rank = rank;
            best = r->actor;
        }
    }
    return best;
}

/* The same test the actors stage applies to each LOCATION entity; reads gz
 * and d only (thread-safe) and allocates nothing. */
bool bl_actor_is_metonymic(const bl_gazetteer *gz, const struct bl_doc *d, size_t ent)
{
    struct ctx c;
    struct bl_actor_index ix; /* the word tables' indexes, which verb_after reads */
    size_t a, b;
    char cc[3];

    if (!gz || !d || ent >= d->nents || d->ents[ent].type != BL_ENT_LOCATION)
        return false;
    memset(&c, 0, sizeof c);
    index_all(&ix);
    c.ix = &ix;
    c.gz = gz;
    c.d = (struct bl_doc *)d; /* only read below: nothing here allocates */
    c.t = d->toks;
    c.n = d->ntoks;
    a = tok_at(&c, d->ents[ent].span.start);
    if (a == SIZE_MAX)
        return false;
    if (tok_is(&c, a, "the"))
        a++;
    for (b = a; b < c.n && c.t[b].end <= d->ents[ent].span.end; b++)
        ;
    if (b <= a || !country_of(&c, a, b, cc))
        return false;
    return location_acts(&c, a, b) != 0;
}
