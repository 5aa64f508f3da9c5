/* locations.c -- the locations stage: finds place mentions (LOCATION
 * entities, datelines, gazetteer names the context supports, buildings,
 * roads and venues, names recurring from a place), resolves each to a
 * gazetteer place by population prior, the article's other places, explicit
 * qualifiers ("Paris, Texas") and datelines, drops metonymic uses ("Moscow
 * said", "Leeds won"), and groups the mentions into d->locs. */
#include "bl_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAXC   24 /* candidate places kept per mention */
#define MAXTOK 4  /* longest gazetteer phrase scanned, in tokens */
#define NCC    (26 * 26)
#define MAXADM 64 /* distinct admin1 units tracked for context */
#define BIG_CITY 200000 /* "in Lyon": a city this big is no surname there */
#ifndef USE_FOCUS
#define USE_FOCUS 1
#endif
#ifndef CC_BONUS
#define CC_BONUS 1.5f /* a candidate in a country the article mentions */
#endif
#ifndef ADM_BONUS
#define ADM_BONUS 2.0f /* ... in a subdivision it mentions */
#endif
#define NAMESAKE_POP 1000000 /* a city that outranks its namesake subdivision */
#ifndef NEAR_KM
#define NEAR_KM 40.0f /* nearby_towns: a namesake this near a town of its paragraph */
#endif
#ifndef FAR_KM
#define FAR_KM 150.0f /* ... when the reading is further than this from all */
#endif
#define LIST_SMALL 50000 /* listed_states: a town this small listed with a big city */
#ifndef LOCAL_RATIO
#define LOCAL_RATIO 10.0f /* local_country: how much larger the reading left may be */
#endif
#ifndef LOCAL_SPAN
#define LOCAL_SPAN 12 /* local_country: mentions looked at on each side */
#endif

struct mention {
    uint32_t ts, te; /* token range [ts, te) */
    size_t s, e;     /* byte span; inside the tokens for "Amsterdam" in
                      * "Amsterdam-London" */
    int ent;         /* index into d->ents, or -1 */
    bool dateline;
    bool metonymic;
    bool qualifier;              /* "Va." in "Alexandria, Va." */
    bool demonym;                /* "Russian troops": the country, as a modifier */
    bool voted;                  /* counted in the context of the current pass */
    bool dead;                   /* merged into the mention before it */
    bool road;                   /* "the A417", "14th St." */
    bool cue;                    /* resolved by a qualifier, "state" or a dateline */
    bool local;                  /* moved to a country its own sentence names */
    const struct bl_place *qual; /* the admin1/country qualifying this one */
    const struct bl_place *cand[MAXC];
    float score[MAXC];
    size_t ncand, npref;
    int best; /* index into cand, -1 when unresolved */
    float conf;
    int loc; /* index into d->locs */
};

struct ctx {
    float cc[NCC];
    const struct bl_place *adm[MAXADM];
    float admw[MAXADM];
    size_t nadm;
};

struct run {
    const bl_gazetteer *gz;
    struct bl_doc *d;
    struct mention *m;
    size_t nm, capm;
    int8_t *cover;      /* entity type covering each token, or -1 */
    uint64_t *surnames; /* hashes of the last words of PERSON names, open addressing */
    size_t nsur;        /* slots (power of 2), 0 when none */
    uint32_t *lowers;   /* token index + 1 of each distinct word that starts in lower
                         * case (bytes compared up to 0x20), open addressing; built
                         * by lower_elsewhere when it is asked often */
    size_t nlow;        /* slots (power of 2), 0 until built */
    size_t low_asks;    /* lower_elsewhere questions answered by a scan */
    const struct bl_loc_lists *L; /* the gazetteer's, or this run's */
};

/* The word lists' filters (len_mask, ends_of), which tokens are tested
 * against before a list is searched: the same for every doc, so built
 * once with the gazetteer (bl_locations_lists_create) rather than per run. */
struct bl_loc_lists {
    uint64_t not_places_mask, keep_preps_mask; /* len_mask() of those lists */
    uint32_t not_places_ends[32]; /* ends_of() of those lists */
    uint32_t place_tails_ends[32], facility_tails_ends[32];
    /* ends_of() of the preposition lists asked about before most names */
    uint32_t locative_ends[32], support_preps_ends[32], where_preps_ends[32];
    uint32_t team_ends[32];
    /* ends_of() and seconds_of() of keep_preps, asked about before every
     * entity (its len_mask lets most short words through) */
    uint32_t keep_preps_ends[32], keep_preps_seconds[32];
    /* ends_of() of the lists keep_entity and metonymic ask about */
    uint32_t place_nouns_ends[32], compass_ends[32], meto_aux_ends[32], meto_verbs_ends[32];
    /* find_roads: len_mask() of its lists, and the ends_of() of those it
     * asks about every token (road_plural, road_meet, ordinal_words) */
    uint64_t street_lens, plural_lens, meet_lens, ordinal_lens;
    uint32_t road_first_ends[32];
    /* bit (last & 31) for the last byte of each of admin_tails: lookup()
     * tries them only on a name whose last byte has its bit set */
    uint32_t admin_tails_last;
    uint32_t landmark_tails_ends[32]; /* ends_of(landmark_tails) */
};

/* Words that name a place somewhere but hardly ever in news text. */
static const char *const not_places[] = {
    "january",   "february",  "march",   "april",    "may",      "june",     "july",
    "august",    "september", "october", "november", "december", "monday",   "tuesday",
    "wednesday", "thursday",  "friday",  "saturday", "sunday",   "easter",   "christmas",
    "north",     "south",     "east",    "west",     "northern", "southern", "eastern",
    "western",   "central",   "pa",      "nc",       "ga",       "md",       "dm",
    "hd",        "mass",      "p.a.",    "no.",      NULL};

static bool as_demonym(struct run *r, struct mention *m, unsigned cls);
static bool strong(const struct mention *m);

/* Parts of a country: "eastern Ukraine" is always the land. */
static const char *const compass[] = {
    "northern",      "southern",      "eastern",       "western",
    "central",       "northeastern",  "northwestern",  "southeastern",
    "southwestern",  "north-eastern", "north-western", "south-eastern",
    "south-western", "rural",         "coastal",       NULL};

/* Prepositions before a literal place. */
static const char *const locative[] = {"in",         "at",     "from",   "near",
                                       "outside",    "across", "into",   "inside",
                                       "throughout", "within", "around", NULL};

/* ---- Small helpers ------------------------------------------------------ */

static const char *tok_text(const struct bl_doc *d, size_t i, size_t *len)
{
    *len = d->toks[i].end - d->toks[i].start;
    return d->text + d->toks[i].start;
}

/* Is token i the word w of wn bytes (no NUL inside), bytes alike up to
 * 0x20? A token of another length is not, before any byte is read;
 * tok_is passes a string literal's length. */
static inline bool tok_is_n(const struct bl_doc *d, size_t i, const char *w, size_t wn)
{
    size_t n, k;
    const char *s;
    if (i >= d->ntoks)
        return false;
    s = tok_text(d, i, &n);
    if (n != wn)
        return false;
    for (k = 0; k < n; k++)
        if ((s[k] | 0x20) != (w[k] | 0x20))
            return false;
    return true;
}
#define tok_is(d, i, w) tok_is_n((d), (i), ("" w), sizeof(w) - 1)

static bool tok_in(const struct bl_doc *d, size_t i, const char *const *list)
{
    size_t n, k;
    unsigned f;
    const char *s;
    if (i >= d->ntoks)
        return false;
    s = tok_text(d, i, &n);
    if (n == 0)
        return false; /* tok_is says yes to an empty token only for "", in no list */
    f = (unsigned char)s[0] | 0x20;
    /* tok_is on each word, which fails at once on a first byte unlike (up
     * to 0x20) the token's: that byte is tested here, the rest below */
    for (; *list; list++) {
        const char *w = *list;
        if (((unsigned char)w[0] | 0x20) != f)
            continue;
        for (k = 1; k < n; k++)
            if (w[k] == '\0' || (s[k] | 0x20) != (w[k] | 0x20))
                break;
        if (k == n && w[n] == '\0')
            return true;
    }
    return false;
}

/* What the words of a NULL-ended list look like, as bits: in the low half,
 * bit k for a word of k bytes (bit 31: 31 or more); in the high half, bit
 * (b & 31) for a word's last byte b. tok_in() compares bytes alike up to
 * 0x20, which leaves the low five bits alone, so it can only say yes to a
 * token whose length and last byte have their bits set: a scan asking about
 * every token tests that first. */
static uint64_t len_mask(const char *const *list)
{
    uint64_t mask = 0;
    for (; *list; list++) {
        size_t n = strlen(*list);
        mask |= 1ull << (n < 31 ? n : 31);
        if (n)
            mask |= 1ull << (32 + ((unsigned char)(*list)[n - 1] & 31u));
    }
    return mask;
}

/* The first and last bytes of the words of a NULL-ended list, as bits: bit
 * (last & 31) of ends[first & 31]. Sharper than len_mask's last bytes for a
 * list whose words have most lengths and endings (not_places). */
static void ends_of(const char *const *list, uint32_t ends[32])
{
    memset(ends, 0, 32 * sizeof *ends);
    for (; *list; list++) {
        size_t n = strlen(*list);
        if (n)
            ends[(unsigned char)(*list)[0] & 31u] |= 1u << ((unsigned char)(*list)[n - 1] & 31u);
    }
}

/* The first two bytes of the words of a NULL-ended list, as bits: bit
 * (second & 31) of seconds[first & 31], for each word of two or more bytes.
 * With ends_of(), for a list of short words of most lengths (keep_preps). */
static void seconds_of(const char *const *list, uint32_t seconds[32])
{
    memset(seconds, 0, 32 * sizeof *seconds);
    for (; *list; list++)
        if ((*list)[0] && (*list)[1])
            seconds[(unsigned char)(*list)[0] & 31u] |= 1u << ((unsigned char)(*list)[1] & 31u);
}

/* Could token i (of two or more bytes) be in the list whose seconds_of()
 * is seconds? Alike up to 0x20, as tok_in() compares. */
static inline bool seconds_may(const uint32_t seconds[32], const struct bl_doc *d, size_t i)
{
    const unsigned char *s = (const unsigned char *)d->text + d->toks[i].start;
    return d->toks[i].end - d->toks[i].start < 2 || ((seconds[s[0] & 31u] >> (s[1] & 31u)) & 1u);
}

/* Could token i be in the list whose ends_of() is ends? tok_in() compares
 * bytes alike up to 0x20, which leaves their low five bits alone. */
static inline bool ends_may(const uint32_t ends[32], const struct bl_doc *d, size_t i)
{
    const unsigned char *s;
    if (i >= d->ntoks || d->toks[i].end == d->toks[i].start)
        return false;
    s = (const unsigned char *)d->text;
    return (ends[s[d->toks[i].start] & 31u] >> (s[d->toks[i].end - 1] & 31u)) & 1u;
}

/* tok_in(r->d, i, not_places), most tokens turned away by their first and
 * last bytes. */
static bool not_place(const struct run *r, size_t i)
{
    return ends_may(r->L->not_places_ends, r->d, i) && tok_in(r->d, i, not_places);
}

/* tok_in(d, i, list) for a list whose len_mask() is mask. */
static inline bool tok_in_masked(const struct bl_doc *d, size_t i, const char *const *list,
                                 uint64_t mask)
{
    size_t n;
    unsigned last;
    if (i >= d->ntoks)
        return false;
    n = d->toks[i].end - d->toks[i].start;
    if (n == 0 || !((mask >> (n < 31 ? n : 31)) & 1u))
        return false;
    last = (unsigned char)d->text[d->toks[i].end - 1] & 31u;
    return ((mask >> (32 + last)) & 1u) && tok_in(d, i, list);
}

/* The first word token at or after token i whose flags have a bit of want
 * (BL_TF_UPPER, BL_TF_ALLCAPS), or d->ntoks: read from d->caps, which holds
 * every such token, from *p on (a cursor the scans below move along as i
 * grows; an i behind it is bisected for). */
static inline size_t next_cap(const struct bl_doc *d, size_t *p, size_t i, unsigned want)
{
    const uint32_t *caps = d->caps;
    size_t k = *p, n = d->ncaps;
    if (k > 0 && k <= n && caps[k - 1] >= i) {
        size_t lo = 0, hi = k;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (caps[mid] < i)
                lo = mid + 1;
            else
                hi = mid;
        }
        k = lo;
    }
    while (k < n && (caps[k] < i || !(d->toks[caps[k]].flags & want)))
        k++;
    *p = k;
    return k < n ? caps[k] : d->ntoks;
}

static inline int cc_slot(const char *cc)
{
    int a, b;
    if (!cc || !cc[0] || !cc[1])
        return -1;
    a = (cc[0] | 0x20) - 'a';
    b = (cc[1] | 0x20) - 'a';
    return (a < 0 || a >= 26 || b < 0 || b >= 26) ? -1 : a * 26 + b;
}

/* First token whose end is after off (tokens are sorted). */
static size_t tok_at(const struct bl_doc *d, size_t off)
{
    size_t lo = 0, hi = d->ntoks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->toks[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* tok_at(d, off), given from, its answer for an earlier offset: entities
 * come in text order, a few tokens apart, so the answer is found from there
 * in steps that double (1, 2, 4 ... tokens on), then bisected between the
 * last two; anything else is bisected as tok_at does. */
static size_t tok_at_from(const struct bl_doc *d, size_t off, size_t from)
{
    size_t lo, hi, step;
    if (from > d->ntoks || (from > 0 && d->toks[from - 1].end > off))
        return tok_at(d, off); /* not at or before the answer */
    /* every token before lo ends at or before off */
    for (lo = from, step = 1;; step *= 2) {
        hi = d->ntoks - lo > step ? lo + step : d->ntoks;
        if (hi == lo || d->toks[hi - 1].end > off)
            break;
        lo = hi;
    }
    /* the answer is in [lo, hi): the first token there ending after off,
     * or hi == ntoks */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->toks[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static bool is_place_kind_admin_or_country(const struct bl_place *p)
{
    return p->kind == BL_LOC_COUNTRY || p->kind == BL_LOC_ADMIN1;
}

/* ---- Candidates ---------------------------------------------------------- */

/* Words after a subdivision's name that lookup() tries it without. */
#define TAIL(w) {w, sizeof(w) - 1}
static const struct {
    const char *w;
    size_t n;
} admin_tails[] = {TAIL(" region"),      TAIL(" province"), TAIL(" oblast"),   TAIL(" state"),
                   TAIL(" governorate"), TAIL(" county"),   TAIL(" district")};
#undef TAIL
#define NTAILS (sizeof admin_tails / sizeof admin_tails[0])

/* Drops candidate a of m, keeping npref in step. */
static void drop_cand(struct mention *m, size_t a)
{
    memmove(&m->cand[a], &m->cand[a + 1], (m->ncand - a - 1) * sizeof *m->cand);
    m->ncand--;
    if (a < m->npref)
        m->npref--;
}

/* "Mont Blanc", "Miss Lee", "Del Rio": a short word that begins a US
 * state's name is its abbreviation only with the period ("Mont.", "Miss."),
 * which s[0..len) does not have. */
static void drop_bare_abbrev(struct mention *m, const char *s, size_t len)
{
    for (size_t a = m->ncand; a-- > 0;) {
        const struct bl_place *p = m->cand[a];
        if (p->kind == BL_LOC_ADMIN1 && p->cc[0] == 'U' && p->cc[1] == 'S' &&
            strlen(p->name) > len && strncasecmp(p->name, s, len) == 0)
            drop_cand(m, a);
    }
}

/* Drops m's town readings. */
static void drop_cities(struct mention *m)
{
    for (size_t a = m->ncand; a-- > 0;)
        if (m->cand[a]->kind == BL_LOC_CITY)
            drop_cand(m, a);
}

/* "Garissa County", "the county of Garissa": a subdivision named after its
 * chief town is no reading of its own (the gazetteer looks the name up as
 * the town), so each town's subdivision of the same name stands in for the
 * town among m's candidates. */
static void namesake_subdivisions(const bl_gazetteer *gz, struct mention *m)
{
    for (size_t a = 0; a < m->ncand; a++) {
        const struct bl_place *up;
        if (m->cand[a]->kind != BL_LOC_CITY)
            continue;
        up = bl_gazetteer_admin1_of(gz, m->cand[a]);
        if (up && strcmp(up->name, m->cand[a]->name) == 0)
            m->cand[a] = up;
    }
}

/* Is country code cc among list, a string of two-letter codes run together? */
static bool cc_listed(const char *list, const char *cc)
{
    for (const char *a = list; a[0] && a[1]; a += 2)
        if (a[0] == cc[0] && a[1] == cc[1])
            return true;
    return false;
}

/* Countries whose first-level subdivisions English calls counties (Kenya,
 * Sweden's län, Norway's fylker, Hungary's megyék, ...), as pairs of
 * letters. Elsewhere (the United States, Britain, Ireland) a county is
 * below that level, which the gazetteer does not hold. */
static const char county_cc[] = "ALEEHRHUKELRLTNOROSETW";

/* "St. Louis County": drops the first-level subdivisions of countries
 * with no counties at that level (the Seychelles' Saint Louis district). */
static void drop_other_admins(struct mention *m)
{
    for (size_t a = m->ncand; a-- > 0;)
        if (m->cand[a]->kind == BL_LOC_ADMIN1 && !cc_listed(county_cc, m->cand[a]->cc))
            drop_cand(m, a);
}

/* Countries whose town names GeoNames writes in a transliteration of
 * Arabic, as pairs of letters. */
static const char arabic_cc[] = "AEBHDJDZEGIQJOKMKWLBLYMAMROMPSQASASDSOSYTNYE";

/* "Zuwara", "Raqqa": Arabic town names English news writes without the
 * final h of a ta marbuta or without the article that GeoNames writes
 * ("Zuwarah", "Ar Raqqah"). For a one-word place name (a LOCATION entity
 * or a dateline's) the gazetteer does not know, tries those spellings and keeps the towns in
 * Arabic-speaking countries. */
static void arabic_variants(struct run *r, struct mention *m, const char *s, size_t len)
{
    char buf[72];
    size_t v, k, n, j, npref;
    const struct bl_place *cand[MAXC];

    if (len < 4 || len > 60 || memchr(s, ' ', len) || (s[len - 1] | 0x20) != 'a' ||
        (unsigned char)s[0] < 'A' || (unsigned char)s[0] > 'Z')
        return;
    for (v = 0; v < 4 && m->ncand == 0; v++) {
        /* v: +h; "Al "; "Al " +h; the article assimilated ("Ar ", "Az ") +h */
        char c = (char)(s[0] | 0x20);
        size_t o = 0;
        if (v == 3 && !strchr("dnrstz", c))
            continue;
        if (v == 1 || v == 2) {
            memcpy(buf, "Al ", 3);
            o = 3;
        } else if (v == 3) {
            buf[0] = 'A';
            buf[1] = c;
            buf[2] = ' ';
            o = 3;
        }
        memcpy(buf + o, s, len);
        o += len;
        if (v != 1)
            buf[o++] = 'h';
        n = bl_gazetteer_lookup(r->gz, buf, o, cand, MAXC, &npref);
        for (k = 0, j = 0; k < n && k < MAXC; k++)
            if (cand[k]->kind == BL_LOC_CITY && cc_listed(arabic_cc, cand[k]->cc))
                m->cand[j++] = cand[k];
        m->ncand = j;
        m->npref = 0;
    }
}

/* Look the span up, trying it without "the" and without a trailing
 * "region"/"province"/... word. */
static void lookup(struct run *r, struct mention *m, size_t start, size_t end)
{
    const char *s = r->d->text + start;
    size_t len = end - start, i;

    if (len > 4 && (memcmp(s, "the ", 4) == 0 || memcmp(s, "The ", 4) == 0)) {
        s += 4;
        len -= 4;
    }
    m->ncand = bl_gazetteer_lookup(r->gz, s, len, m->cand, MAXC, &m->npref);
    /* "The Hague", "The Woodlands": the article is part of the name */
    if (m->ncand == 0 && s != r->d->text + start) {
        m->ncand = bl_gazetteer_lookup(r->gz, r->d->text + start, end - start, m->cand, MAXC,
                                       &m->npref);
        if (m->ncand > 0) {
            s = r->d->text + start;
            len = end - start;
        }
    }
    if (m->ncand > MAXC)
        m->ncand = MAXC;
    if (m->ncand == 0 && (m->ent < 0 || r->d->ents[m->ent].type == BL_ENT_LOCATION))
        arabic_variants(r, m, s, len);
    if (m->ncand > 0 && len <= 5 && s + len < r->d->text + r->d->len && s[len] != '.')
        drop_bare_abbrev(m, s, len);
    /* a tail's bytes are compared alike up to 0x20, which leaves the low
     * five bits alone: a name whose last byte's bits no tail ends with has
     * none of them */
    if (m->ncand == 0 && len > 0 &&
        !((r->L->admin_tails_last >> ((unsigned char)s[len - 1] & 31u)) & 1u))
        return;
    for (i = 0; m->ncand == 0 && i < NTAILS; i++) {
        size_t tl = admin_tails[i].n, k;
        bool same = len > tl;
        for (k = 0; same && k < tl; k++)
            same = (s[len - tl + k] | 0x20) == admin_tails[i].w[k];
        if (same) {
            size_t a, b = 0;
            m->ncand = bl_gazetteer_lookup(r->gz, s, len - tl, m->cand, MAXC, &m->npref);
            if (m->ncand > MAXC)
                m->ncand = MAXC;
            /* "Marin County", "Lamar County": a county is no town of the
             * name elsewhere (a subdivision or region of it still is, where
             * counties are subdivisions). */
            if (admin_tails[i].w[1] == 'c') {
                namesake_subdivisions(r->gz, m);
                drop_cities(m);
                drop_other_admins(m);
            }
            /* "Borno State": the subdivision before a town of that name. */
            for (a = 0; m->npref == 0 && a < m->ncand; a++)
                if (m->cand[a]->kind == BL_LOC_ADMIN1 || m->cand[a]->kind == BL_LOC_REGION) {
                    const struct bl_place *t = m->cand[a];
                    memmove(&m->cand[b + 1], &m->cand[b], (a - b) * sizeof *m->cand);
                    m->cand[b++] = t;
                }
        }
    }
}

static struct mention *add_mention(struct run *r, size_t ts, size_t te, int ent)
{
    struct mention *m;
    if (r->nm == r->capm && bl_grow((void **)&r->m, &r->capm, r->nm + 1, sizeof *r->m) != BL_OK)
        return NULL;
    m = &r->m[r->nm++];
    memset(m, 0, sizeof *m);
    m->ts = (uint32_t)ts;
    m->te = (uint32_t)te;
    m->ent = ent;
    m->best = -1;
    m->loc = -1;
    m->s = r->d->toks[ts].start;
    m->e = r->d->toks[te - 1].end;
    lookup(r, m, m->s, m->e);
    return m;
}

/* A mention over part of a token range: bytes [s, e). */
static struct mention *add_part(struct run *r, size_t ts, size_t te, size_t s, size_t e, int ent)
{
    struct mention *m = add_mention(r, ts, te, ent);
    if (!m)
        return NULL;
    m->s = s;
    m->e = e;
    lookup(r, m, s, e);
    return m;
}

/* A word that may sit inside a multi-word place name in lower case. */
static bool connector(const struct bl_doc *d, size_t i)
{
    static const char *const w[] = {"of", "and", "de", "del",  "da",  "do", "al",
                                    "el", "la",  "on", "upon", "the", NULL};
    return tok_in(d, i, w);
}

static bool cap_word(const struct bl_doc *d, size_t i)
{
    return d->toks[i].kind == BL_TOK_WORD && (d->toks[i].flags & BL_TF_UPPER);
}

/* Datelines: capitals at the start of a paragraph, then "," "(" or a dash. */
/* "FORT BRAXLEY, Ga. -": a dateline place the gazetteer does not know,
 * vouched for by the subdivision or country after its comma. Both become
 * mentions; the place stays unresolved. */
static int unknown_dateline(struct run *r, size_t i, size_t j)
{
    const struct bl_doc *d = r->d;
    size_t f, t, mi;
    for (f = j + 3 < d->ntoks ? j + 3 : d->ntoks; f > j + 1; f--) {
        struct mention *m, *q;
        const struct bl_place *qp = NULL;
        bool ok = true;
        for (t = j + 1; ok && t < f; t++) /* "Wash." may be tagged MISC */
            ok = cap_word(d, t) && r->cover[t] < 100 && r->cover[t] != BL_ENT_LOCATION;
        if (!ok)
            continue;
        m = add_mention(r, j + 1, f, -1);
        if (!m)
            return BL_ERR_NOMEM;
        for (t = 0; t < m->ncand && !qp; t++)
            if (is_place_kind_admin_or_country(m->cand[t]))
                qp = m->cand[t];
        if (!qp) {
            r->nm--;
            continue;
        }
        m->cand[0] = qp;
        m->ncand = 1;
        m->npref = 0;
        m->qualifier = true;
        mi = r->nm - 1;
        q = add_mention(r, i, j, -1);
        if (!q)
            return BL_ERR_NOMEM;
        q->ncand = 0;
        q->npref = 0;
        q->dateline = true;
        q->qual = r->m[mi].cand[0];
        for (t = i; t < j; t++)
            r->cover[t] = 100;
        for (t = j + 1; t < f; t++)
            r->cover[t] = 101;
        return BL_OK;
    }
    return BL_OK;
}

static int find_datelines(struct run *r)
{
    static const char *const wires[] = {"Reuters", "Xinhua", "Bloomberg", "Sputnik", NULL};
    const struct bl_doc *d = r->d;
    size_t i, j, k, p = 0;

    for (i = 0; i < d->ntoks; i++) {
        bool line;
        /* every dateline opens on a word in capitals (both ways below) */
        if ((i = next_cap(d, &p, i, BL_TF_ALLCAPS)) >= d->ntoks)
            break;
        line = i == 0 || (d->toks[i].flags & (BL_TF_PARA_BEFORE | BL_TF_NL_BEFORE));
        /* "By Ann Lee, Associated Press WASHINGTON (AP) -": a wire credit
         * in parentheses marks a dateline after a byline, too. */
        bool wire = false;
        if (!line && !tok_is(d, i - 1, ".")) {
            if (d->toks[i - 1].kind == BL_TOK_WORD && (d->toks[i - 1].flags & BL_TF_ALLCAPS))
                continue;
            for (j = i; j < d->ntoks && j < i + MAXTOK && d->toks[j].kind == BL_TOK_WORD &&
                        (d->toks[j].flags & BL_TF_ALLCAPS);
                 j++)
                ;
            wire = j > i && j + 2 < d->ntoks && tok_is(d, j, "(") && cap_word(d, j + 1) &&
                   tok_is(d, j + 2, ")") && d->toks[j - 1].end - d->toks[i].start > 2 &&
                   ((d->toks[j + 1].flags & BL_TF_ALLCAPS) || tok_in(d, j + 1, wires));
            if (!wire)
                continue;
        }
        /* Capitals, with the period of "ST. LOUIS" allowed inside. */
        for (j = i; j < d->ntoks && j < i + MAXTOK + 1; j++)
            if (!(d->toks[j].kind == BL_TOK_WORD && (d->toks[j].flags & BL_TF_ALLCAPS)) &&
                !(j > i && tok_is(d, j, ".") && !(d->toks[j].flags & BL_TF_SPACE_BEFORE) &&
                  j + 1 < d->ntoks && (d->toks[j + 1].flags & BL_TF_ALLCAPS)))
                break;
        if (j == i || j >= d->ntoks)
            continue;
        /* "RIYADH, Feb 18", "NEW YORK (AP)", "GAZA -", and at the very top
         * "LONDON The Latest"; after a sentence only "BOSTON (Reuters)". */
        if (!line && !wire && !tok_is(d, j, "("))
            continue;
        if (!(tok_is(d, j, ",") || tok_is(d, j, "(") || tok_is(d, j, ":") ||
              d->toks[j].kind == BL_TOK_DASH ||
              (i == 0 && (cap_word(d, j) || (d->toks[j].flags & BL_TF_NL_BEFORE)))))
            continue;
        /* Longest prefix that names a place. */
        for (k = j; k > i; k--) {
            struct mention *m;
            size_t t;
            /* A dateline wins over whatever the tagger made of it. */
            m = add_mention(r, i, k, -1);
            if (!m)
                return BL_ERR_NOMEM;
            if (m->ncand == 0) {
                r->nm--;
                continue;
            }
            /* "SOUTH KORDOFAN, May 2": a compass word that names a place
             * somewhere is the start of the name after it. */
            if (k == i + 1 && j > k && not_place(r, i)) {
                size_t mi = r->nm - 1;
                struct mention *rest = add_mention(r, k, j, -1);
                if (!rest)
                    return BL_ERR_NOMEM;
                m = &r->m[mi];
                /* Unknown after the compass word: the whole name, unresolved. */
                memcpy(m->cand, rest->cand, sizeof m->cand);
                memcpy(m->score, rest->score, sizeof m->score);
                m->ncand = rest->ncand;
                m->npref = rest->npref;
                m->te = (uint32_t)j;
                m->e = d->toks[j - 1].end;
                k = j;
                r->nm--;
            }
            /* "OLONGAPO CITY, March 3": the name with its word "City". */
            if (k + 1 == j && tok_is(d, k, "city")) {
                m->te = (uint32_t)j;
                m->e = d->toks[j - 1].end;
                k = j;
            }
            m->dateline = true;
            for (t = i; t < k; t++)
                if (r->cover[t] < 0)
                    r->cover[t] = 100; /* taken by the dateline */
            break;
        }
        if (k == i && tok_is(d, j, ",")) {
            int rc = unknown_dateline(r, i, j);
            if (rc != BL_OK)
                return rc;
        }
    }
    return BL_OK;
}

/* British road numbers ("the A417", "via the A436, A40 and A429") and
 * numbered streets ("14th St.") that the tagger leaves out. They resolve to
 * nothing and lie in the article's main place. */
static bool road_number(const struct bl_doc *d, size_t i)
{
    size_t n, k;
    const char *s = tok_text(d, i, &n);
    if (n < 2 || n > 5 || (s[0] != 'A' && s[0] != 'M' && s[0] != 'B'))
        return false;
    for (k = 1; k < n; k++)
        if (s[k] < '0' || s[k] > '9')
            return false;
    return true;
}

static bool ordinal(const struct bl_doc *d, size_t i)
{
    size_t n;
    const char *s = tok_text(d, i, &n);
    return n >= 3 && s[0] >= '0' && s[0] <= '9' &&
           (memcmp(s + n - 2, "th", 2) == 0 || memcmp(s + n - 2, "st", 2) == 0 ||
            memcmp(s + n - 2, "nd", 2) == 0 || memcmp(s + n - 2, "rd", 2) == 0);
}

/* Ordinals in words, for road names. */
static const char *const ordinal_words[] = {
    "first",     "second",    "third",       "fourth",     "fifth",      "sixth",      "seventh",
    "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",    "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",  NULL};

/* "Fifth Avenue", "Third Street": an ordinal in words; lens is
 * len_mask(ordinal_words). */
static bool word_ordinal(const struct bl_doc *d, size_t i, uint64_t lens)
{
    return cap_word(d, i) && tok_in_masked(d, i, ordinal_words, lens);
}

/* One road name of a pair sharing a plural street word: "Elm" and "Park"
 * in "at Elm and Park streets". Adds a mention over token i unless a
 * location already covers it. */
static int add_pair_road(struct run *r, size_t i)
{
    struct mention *m;
    if (r->cover[i] == BL_ENT_LOCATION || r->cover[i] == 102 || !cap_word(r->d, i) ||
        (r->d->toks[i].flags & BL_TF_ALLCAPS))
        return BL_OK;
    m = add_mention(r, i, i + 1, -1);
    if (!m)
        return BL_ERR_NOMEM;
    m->ncand = 0;
    m->road = true;
    r->cover[i] = 102;
    return BL_OK;
}

/* The words find_roads looks for. */
static const char *const road_street[] = {"St.", "Street",    "Ave.",  "Avenue", "Road",
                                          "Rd.", "Boulevard", "Blvd.", NULL};
static const char *const road_plural[] = {"streets", "avenues", "roads", "boulevards", NULL};
static const char *const road_meet[] = {"corner", "intersection", "junction", NULL};

static int find_roads(struct run *r)
{
    const char *const *street = road_street, *const *plural = road_plural, *const *meet = road_meet;
    const struct bl_doc *d = r->d;
    size_t i, last = BL_NONE;
    /* every token is asked about: most leave at their length */
    uint64_t street_lens = r->L->street_lens, plural_lens = r->L->plural_lens,
             meet_lens = r->L->meet_lens, ordinal_lens = r->L->ordinal_lens;
    uint64_t first_lens = plural_lens | meet_lens | ordinal_lens;
    /* the first and last bytes of the words of the lists asked about token
     * i, as ends_of() gives them */
    const uint32_t *first_ends = r->L->road_first_ends;

    for (i = 0; i < d->ntoks; i++) {
        size_t te = i + 1;
        struct mention *m;
        bool numbered;
        /* Most tokens leave here, in a tight loop: no road number (A, M or
         * B, then a digit), no ordinal (a digit first), and by length and
         * first and last bytes in none of the lists asked about token i. */
        {
            const struct bl_token *toks = d->toks;
            const unsigned char *text = (const unsigned char *)d->text;
            const uint64_t roadish =
                0x3FFull | 1ull << ('A' - '0') | 1ull << ('B' - '0') | 1ull << ('M' - '0');
            size_t ntoks = d->ntoks;
            for (; i < ntoks; i++) {
                size_t n = toks[i].end - toks[i].start;
                unsigned c0;
                if (!n)
                    continue;
                c0 = text[toks[i].start];
                /* a digit, or A, M or B (bits of c0 - '0' in roadish) with a
                 * digit next; lower-case letters leave at the first test */
                if (c0 <= 'M' && c0 - '0' < 64u && ((roadish >> (c0 - '0')) & 1u) &&
                    (c0 <= '9' || (n >= 2 && text[toks[i].start + 1] >= '0' &&
                                   text[toks[i].start + 1] <= '9')))
                    break;
                if (((first_lens >> (n < 31 ? n : 31)) & 1u) &&
                    ((first_ends[c0 & 31u] >> (text[toks[i].end - 1] & 31u)) & 1u))
                    break;
            }
            if (i >= ntoks)
                break;
            te = i + 1;
        }
        numbered = road_number(d, i);
        if (r->cover[i] >= 0 && !numbered)
            continue;
        if (numbered) {
            bool listed = last != BL_NONE && last + 2 >= i &&
                          (tok_is(d, i - 1, ",") || tok_is(d, i - 1, "and"));
            if (!(i > 0 && tok_is(d, i - 1, "the")) && !listed)
                continue;
            last = i;
        } else if (i + 4 < d->ntoks && tok_in_masked(d, i, meet, meet_lens) &&
                   tok_is(d, i + 1, "of") && cap_word(d, i + 2) && tok_is(d, i + 3, "and") &&
                   cap_word(d, i + 4) && !(i + 5 < d->ntoks && cap_word(d, i + 5))) {
            /* "at the corner of Elm and Quarry": two roads. */
            int rc = add_pair_road(r, i + 2);
            if (rc == BL_OK)
                rc = add_pair_road(r, i + 4);
            if (rc != BL_OK)
                return rc;
            continue;
        } else if (i >= 3 && tok_in_masked(d, i, plural, plural_lens) && tok_is(d, i - 2, "and") &&
                   cap_word(d, i - 1) && cap_word(d, i - 3)) {
            int rc = add_pair_road(r, i - 3);
            if (rc == BL_OK)
                rc = add_pair_road(r, i - 1);
            if (rc != BL_OK)
                return rc;
            continue;
        } else if ((ordinal(d, i) || word_ordinal(d, i, ordinal_lens)) && i + 1 < d->ntoks &&
                   r->cover[i + 1] < 0 &&
                   (tok_in_masked(d, i + 1, street, street_lens) ||
                    (tok_is(d, i + 1, "St") && tok_is(d, i + 2, ".")))) {
            te = tok_is(d, i + 1, "St") ? i + 3 : i + 2;
        } else {
            continue;
        }
        m = add_mention(r, i, te, -1);
        if (!m)
            return BL_ERR_NOMEM;
        m->ncand = 0; /* "A40" is also a name in the gazetteer; not here */
        m->road = true;
        for (; i < te; i++)
            r->cover[i] = 102;
        i--;
    }
    return BL_OK;
}

/* Prepositions (and "visit") that support a gazetteer name after them. */
static const char *const support_preps[] = {
    "in",      "at",  "from",   "to",         "near",    "outside", "across",  "into", "toward",
    "towards", "via", "around", "throughout", "between", "visit",   "visited", NULL};

/* Does the context support reading tokens [i, j) as the place names found? */
static bool supported(struct run *r, size_t i, size_t j, unsigned cls, const struct mention *m)
{
    const struct bl_doc *d = r->d;
    const struct bl_place *p;
    bool prep =
        i > 0 && ends_may(r->L->support_preps_ends, d, i - 1) && tok_in(d, i - 1, support_preps);

    if (m->ncand == 0)
        return false;
    p = m->cand[0];
    if (cls & (BL_GZ_TITLE | BL_GZ_ORG))
        return false;
    if (cls & (BL_GZ_GIVEN_NAME | BL_GZ_SURNAME)) {
        /* "Jordan", "Georgia", "Victoria": only after a preposition. */
        if (!prep || p->kind == BL_LOC_CITY)
            return false;
    }
    /* A capitalised word right after this one makes it part of a longer
     * name we do not know ("Paris Hilton", "Texas Instruments"). */
    if (j < d->ntoks && cap_word(d, j) && !(d->toks[j].flags & BL_TF_NL_BEFORE))
        return false;
    if (i > 0 && cap_word(d, i - 1) && !(d->toks[i].flags & BL_TF_NL_BEFORE) &&
        !(d->toks[i - 1].flags & BL_TF_ALLCAPS) && r->cover[i - 1] < 0) {
        /* ...and so does one before it, unless it starts the sentence. */
        size_t s = i - 1;
        bool first = s == 0 || tok_is(d, s - 1, ".") || d->toks[s - 1].kind == BL_TOK_QUOTE ||
                     (d->toks[s].flags & BL_TF_NL_BEFORE);
        if (!first)
            return false;
    }
    if (m->npref > 0 || p->kind == BL_LOC_COUNTRY ||
        (p->kind == BL_LOC_REGION && !(p->flags & BL_PLACE_ADMIN2)))
        return true;
    if (p->kind == BL_LOC_ADMIN1 || (p->flags & BL_PLACE_ADMIN2))
        return p->population >= 1000000 || prep;
    if (p->kind == BL_LOC_CITY)
        return p->population >= 200000 || (prep && p->population >= 5000);
    return prep;
}

/* Gazetteer names outside entities, longest first. */
static int scan_gazetteer(struct run *r)
{
    const struct bl_doc *d = r->d;
    size_t i = 0, j, p = 0;

    while (i < d->ntoks) {
        bool found = false;
        const char *h;
        /* to the next capitalised word outside entities */
        while ((i = next_cap(d, &p, i, BL_TF_UPPER)) < d->ntoks && r->cover[i] >= 0)
            i++;
        if (i >= d->ntoks)
            break;
        /* "Russian-held territory", "Kyiv-based": the part before the hyphen. */
        h = memchr(d->text + d->toks[i].start, '-', d->toks[i].end - d->toks[i].start);
        if (h && h > d->text + d->toks[i].start) {
            size_t e = (size_t)(h - d->text);
            unsigned cls =
                bl_gazetteer_classes(r->gz, d->text + d->toks[i].start, e - d->toks[i].start);
            struct mention *m = add_part(r, i, i + 1, d->toks[i].start, e, -1);
            if (!m)
                return BL_ERR_NOMEM;
            if (!((cls & BL_GZ_DEMONYM) && m->ncand == 0 && as_demonym(r, m, cls)) &&
                !(strong(m) && !(cls & (BL_GZ_GIVEN_NAME | BL_GZ_SURNAME | BL_GZ_ORG))))
                r->nm--;
            i++;
            continue;
        }
        for (j = (i + MAXTOK < d->ntoks ? i + MAXTOK : d->ntoks); j > i; j--) {
            size_t t;
            bool ok = cap_word(d, j - 1);
            unsigned cls;
            struct mention *m;
            for (t = i; ok && t < j; t++)
                ok = r->cover[t] < 0 && (cap_word(d, t) || connector(d, t) ||
                                         (t > i && d->toks[t].kind == BL_TOK_DASH &&
                                          !(d->toks[t].flags & BL_TF_SPACE_BEFORE)));
            if (!ok)
                continue;
            cls = j == i + 1 ? bl_gazetteer_token_classes(r->gz, d, i)
                             : bl_gazetteer_classes(r->gz, d->text + d->toks[i].start,
                                                    d->toks[j - 1].end - d->toks[i].start);
            if (!(cls &
                  (BL_GZ_COUNTRY | BL_GZ_CITY | BL_GZ_ADMIN1 | BL_GZ_REGION | BL_GZ_DEMONYM)) ||
                (j == i + 1 && not_place(r, i)))
                continue;
            m = add_mention(r, i, j, -1);
            if (!m)
                return BL_ERR_NOMEM;
            if (m->ncand == 0 ? !as_demonym(r, m, cls) : !supported(r, i, j, cls, m)) {
                r->nm--;
                continue;
            }
            found = true;
            break;
        }
        i = found ? j : i + 1;
    }
    return BL_OK;
}

/* Index of the entity covering token i, or -1. Entities are in text order. */
static int ent_at(const struct bl_doc *d, size_t i)
{
    size_t lo = 0, hi = d->nents, off = d->toks[i].start;
    while (lo < hi) { /* first entity ending after off */
        size_t mid = lo + (hi - lo) / 2;
        if (d->ents[mid].span.end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->nents && d->ents[lo].span.start <= off ? (int)lo : -1;
}

struct src_key {
    uint64_t h;    /* hash of the first token's bytes */
    size_t k;      /* index into r->m */
    const char *s; /* the mention's text s[0..n), over ntok tokens */
    size_t n, ntok;
};

/* By hash, then by mention: the order copies are tried in. */
static int src_cmp(const void *a, const void *b)
{
    const struct src_key *x = a, *y = b;
    if (x->h != y->h)
        return x->h < y->h ? -1 : 1;
    return x->k < y->k ? -1 : x->k > y->k;
}

/* By hash, then text, then mention: mentions with the same text together. */
static int src_text_cmp(const void *a, const void *b)
{
    const struct src_key *x = a, *y = b;
    int c;
    if (x->h != y->h)
        return x->h < y->h ? -1 : 1;
    if (x->ntok != y->ntok)
        return x->ntok < y->ntok ? -1 : 1;
    if (x->n != y->n)
        return x->n < y->n ? -1 : 1;
    c = memcmp(x->s, y->s, x->n);
    if (c)
        return c;
    return x->k < y->k ? -1 : x->k > y->k;
}

/* Drop every source whose text (tokens and bytes) an earlier source in the
 * same hash group already has: copy_at depends on the source only through
 * its text, so a later twin can only fail where the first one failed. A
 * name repeated a thousand times then costs one try per token, not a
 * thousand (a 1 MB text was quadratic here). keys are sorted by src_cmp;
 * returns the new count, or 0 with *nomem set. */
static size_t unique_sources(struct src_key *keys, size_t nsrc, size_t nm, bool *nomem)
{
    struct src_key *by_text = malloc(nsrc * sizeof *by_text);
    bool *twin = calloc(nm + 1, 1);
    size_t i, n = 0;

    *nomem = !by_text || !twin;
    if (*nomem)
        goto out;
    memcpy(by_text, keys, nsrc * sizeof *by_text);
    bl_sort_stable(by_text, nsrc, sizeof *by_text, src_text_cmp);
    for (i = 1; i < nsrc; i++) {
        const struct src_key *x = &by_text[i - 1], *y = &by_text[i];
        if (x->h == y->h && x->ntok == y->ntok && x->n == y->n && memcmp(x->s, y->s, x->n) == 0)
            twin[y->k] = true;
    }
    for (i = 0; i < nsrc; i++)
        if (!twin[keys[i].k])
            keys[n++] = keys[i];
out:
    free(by_text);
    free(twin);
    return n;
}

/* ASCII letters fold to lower case: "LYON" of a dateline and "Lyon" in
 * the text hash alike (see same_name). */
static uint64_t bytes_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    while (n--) {
        unsigned char ch = (unsigned char)*s++;
        h ^= ch >= 'A' && ch <= 'Z' ? ch + 32u : ch;
        h *= 1099511628211ull;
    }
    return h;
}

/* Is text t[0..n) the name of source mention src? The same bytes, or the
 * same letters when src is in capitals ("LYON, France -" then "the mayor
 * of Lyon"): a dateline or headline writes a name in capitals. */
static bool same_name(const struct bl_doc *d, const char *t, const struct mention *src, size_t n)
{
    size_t k;
    if (memcmp(t, d->text + src->s, n) == 0)
        return true;
    if (n < 3)
        return false; /* "US" is no "Us" */
    for (k = src->ts; k < src->te; k++)
        if (d->toks[k].kind == BL_TOK_WORD && !(d->toks[k].flags & BL_TF_ALLCAPS))
            return false;
    return strncasecmp(t, d->text + src->s, n) == 0;
}

/* Is token i the start of a stand-alone copy of source mention src? Sets
 * *end to its end token. */
static bool copy_at(const struct run *r, const bool *taken, size_t i, const struct mention *src,
                    size_t *end)
{
    const struct bl_doc *d = r->d;
    size_t len = src->te - src->ts, e = i + len, n = src->e - src->s, t;
    int ent;
    if (e > d->ntoks || d->toks[e - 1].end - d->toks[i].start != n ||
        !same_name(d, d->text + d->toks[i].start, src, n))
        return false;
    for (t = i; t < e && !taken[t]; t++)
        ;
    /* Not "Bains" of "Bains and Grants Town". */
    if (t < e || (e < d->ntoks && cap_word(d, e)) ||
        (e + 1 < d->ntoks && connector(d, e) && cap_word(d, e + 1)))
        return false;
    ent = ent_at(d, i);
    *end = e;
    if (ent >= 0)
        return d->ents[ent].span.start == d->toks[i].start &&
               d->ents[ent].span.end == d->toks[e - 1].end;
    return i == 0 || !cap_word(d, i - 1) ||
           (d->toks[i - 1].flags & (BL_TF_PARA_BEFORE | BL_TF_NL_BEFORE)) ||
           (i >= 2 && tok_is(d, i - 2, "."));
}

/* One sense per article: a name taken as a place once is a place where it
 * recurs on its own, whatever the tagger made of it there ("in Samos" ...
 * "Samos's economy"). The copy must stand alone: not part of a longer
 * entity or run of capitalised words. Metonymy is still decided later.
 * Sources are found by a sorted hash of their first token, so this stays
 * near linear. */
static int repeat_names(struct run *r)
{
    const struct bl_doc *d = r->d;
    size_t nsrc = 0, i, k, t, nm = r->nm, pc = 0;
    /* bit min(len, 31) of lens_by_first[b & 31]: a source's first word of
     * len bytes starts with byte b; a word no bit allows is hashed for
     * nothing */
    uint32_t lens_by_first[32] = {0};
    bool *taken = calloc(d->ntoks + 1, 1);
    struct src_key *keys = malloc((nm + 1) * sizeof *keys);
    int rc = BL_OK;
    if (!taken || !keys) {
        rc = BL_ERR_NOMEM;
        goto out;
    }
    for (k = 0; k < nm; k++) {
        const struct mention *src = &r->m[k];
        for (t = src->ts; t < src->te; t++)
            taken[t] = true;
        if (src->demonym || src->road || src->ncand == 0 || src->s != d->toks[src->ts].start ||
            src->e != d->toks[src->te - 1].end)
            continue;
        {
            size_t fl = d->toks[src->ts].end - src->s;
            if (fl)
                lens_by_first[(unsigned char)d->text[src->s] & 31u] |= 1u << (fl < 31 ? fl : 31);
        }
        keys[nsrc].h = bytes_hash(d->text + src->s, d->toks[src->ts].end - src->s);
        keys[nsrc].k = k;
        keys[nsrc].s = d->text + src->s;
        keys[nsrc].n = src->e - src->s;
        keys[nsrc++].ntok = src->te - src->ts;
    }
    if (nsrc == 0)
        goto out;
    bl_sort_stable(keys, nsrc, sizeof *keys, src_cmp);
    {
        bool nomem;
        nsrc = unique_sources(keys, nsrc, nm, &nomem);
        if (nomem) {
            rc = BL_ERR_NOMEM;
            goto out;
        }
    }
    for (i = 0; i < d->ntoks; i++) {
        size_t lo = 0, hi = nsrc, e = 0;
        uint64_t h;
        { /* to the next capitalised word not taken that may start a source
           * (by its first byte and length) */
            const struct bl_token *toks = d->toks;
            const unsigned char *text = (const unsigned char *)d->text;
            size_t ntoks = d->ntoks, n;
            for (; (i = next_cap(d, &pc, i, BL_TF_UPPER)) < ntoks; i++) {
                if (taken[i])
                    continue;
                n = toks[i].end - toks[i].start;
                if (n && ((lens_by_first[text[toks[i].start] & 31u] >> (n < 31 ? n : 31)) & 1u))
                    break;
            }
            if (i >= ntoks)
                break;
        }
        h = bytes_hash(d->text + d->toks[i].start, d->toks[i].end - d->toks[i].start);
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (keys[mid].h < h)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (; lo < nsrc && keys[lo].h == h; lo++) {
            struct mention *m;
            const struct mention *src;
            if (!copy_at(r, taken, i, &r->m[keys[lo].k], &e))
                continue;
            m = add_mention(r, i, e, ent_at(d, i));
            if (!m) {
                rc = BL_ERR_NOMEM;
                goto out;
            }
            src = &r->m[keys[lo].k];
            memcpy(m->cand, src->cand, sizeof m->cand);
            m->ncand = src->ncand;
            m->npref = src->npref;
            for (t = i; t < e; t++)
                taken[t] = true;
            break;
        }
    }
out:
    free(keys);
    free(taken);
    return rc;
}

/* Does m have a city reading inside the subdivision or country q? */
static bool inside(const struct run *r, const struct mention *m, const struct bl_place *q)
{
    size_t i;
    for (i = 0; i < m->ncand; i++) {
        const struct bl_place *p = m->cand[i];
        if (p->kind != BL_LOC_CITY || strcmp(p->cc, q->cc) != 0)
            continue;
        if (q->kind == BL_LOC_COUNTRY || bl_gazetteer_admin1_of(r->gz, p) == q ||
            (p->admin1_code && q->admin1_code && strcmp(p->admin1_code, q->admin1_code) == 0))
            return true;
    }
    return false;
}

/* "Washington, D.C.": a comma and another name of the same city make one
 * mention of it. */
static bool merge_same(struct mention *m, const struct bl_place *const *cand, size_t n, size_t end,
                       size_t te)
{
    size_t i, j;
    for (i = 0; i < n; i++) {
        if (cand[i]->kind != BL_LOC_CITY)
            continue;
        for (j = 0; j < m->ncand; j++)
            if (m->cand[j] == cand[i]) {
                m->cand[0] = cand[i];
                m->ncand = 1;
                m->npref = 1;
                m->e = end;
                m->te = (uint32_t)te;
                return true;
            }
    }
    return false;
}

/* True when token i is no word: the end of the text or punctuation. A
 * country name's qualifier must end its phrase ("Mexico, Missouri,"), or
 * "to China, U.S. officials said" reads as a town in the U.S. */
static bool phrase_ends(const struct bl_doc *d, size_t i)
{
    return i >= d->ntoks || (d->toks[i].kind != BL_TOK_WORD && d->toks[i].kind != BL_TOK_NUMBER);
}

/* "Paris, Texas", "Alexandria, Va.", "Kharkiv, Ukraine": a city followed by
 * a comma and a subdivision or country names its qualifier. */
static int find_qualifiers(struct run *r)
{
    struct bl_doc *d = r->d;
    size_t k, nm = r->nm, next = 0;

    for (k = 0; k < nm; k++) {
        struct mention *m = &r->m[k];
        size_t c = m->te, j, c2;
        bool city = false, country = false;
        for (j = 0; j < m->ncand; j++) {
            if (m->cand[j]->kind == BL_LOC_CITY)
                city = true;
            else if (m->cand[j]->kind == BL_LOC_COUNTRY)
                country = true;
        }
        if (!city || !tok_is(d, c, ","))
            continue;
        c2 = c + 1;
        /* An existing mention right there? */
        while (next < nm && r->m[next].ts < c2)
            next++;
        if (next < nm && r->m[next].ts == c2) {
            struct mention *q = &r->m[next];
            if (country && !phrase_ends(d, q->te))
                continue;
            if (merge_same(m, q->cand, q->ncand, q->e, q->te)) {
                q->dead = true;
                continue;
            }
            for (j = 0; j < q->ncand; j++)
                if (is_place_kind_admin_or_country(q->cand[j]) && inside(r, m, q->cand[j])) {
                    m->qual = q->cand[j];
                    q->qualifier = true;
                    /* "Buffalo, New York": the state, not the city */
                    q->cand[0] = q->cand[j];
                    q->ncand = 1;
                    q->npref = 0;
                    break;
                }
            continue;
        }
        /* Otherwise try 1-3 tokens (state abbreviations are not entities). */
        for (j = c2 + 3 < d->ntoks ? c2 + 3 : d->ntoks; j > c2; j--) {
            const struct bl_place *cand[MAXC];
            size_t n, t, npref;
            bool ok = true;
            for (t = c2; t < j; t++)
                ok = ok && r->cover[t] < 0 && d->toks[t].kind == BL_TOK_WORD &&
                     (d->toks[t].flags & BL_TF_UPPER);
            if (!ok || (country && !phrase_ends(d, j)))
                continue;
            n = bl_gazetteer_lookup(r->gz, d->text + d->toks[c2].start,
                                    d->toks[j - 1].end - d->toks[c2].start, cand, MAXC, &npref);
            if (merge_same(m, cand, n < MAXC ? n : MAXC, d->toks[j - 1].end, j))
                break;
            for (t = 0; t < n && t < MAXC; t++)
                if (is_place_kind_admin_or_country(cand[t]) && inside(r, m, cand[t]))
                    break;
            if (t < n && t < MAXC) {
                struct mention *q;
                const struct bl_place *qp = cand[t];
                size_t mi = (size_t)(m - r->m), u;
                q = add_mention(r, c2, j, -1);
                if (!q)
                    return BL_ERR_NOMEM;
                m = &r->m[mi];
                /* Keep only the subdivision/country readings. */
                q->cand[0] = qp;
                q->ncand = 1;
                q->npref = 0;
                q->qualifier = true;
                m->qual = qp;
                for (u = c2; u < j; u++)
                    r->cover[u] = 101;
                break;
            }
        }
    }
    return BL_OK;
}

/* The last words of the names of landmarks (landmark_name). */
static const char *const landmark_tails[] = {
    "street",   "st",         "avenue",    "ave",      "road",      "rd",        "boulevard",
    "blvd",     "lane",       "square",    "park",     "bridge",    "church",    "cathedral",
    "mosque",   "temple",     "school",    "hospital", "airport",   "station",   "university",
    "college",  "center",     "centre",    "hall",     "library",   "museum",    "stadium",
    "arena",    "palace",     "tower",     "building", "market",    "mall",      "port",
    "harbor",   "harbour",    "highway",   "freeway",  "court",     "house",     "hotel",
    "inn",      "river",      "lake",      "mountain", "mountains", "island",    "islands",
    "valley",   "bay",        "beach",     "canyon",   "creek",     "county",    "parish",
    "township", "castle",     "basilica",  "airport",  "bridge",    "peninsula", "desert",
    "gardens",  "hills",      "heights",   "delta",    "canal",     "chapel",    "armory",
    "armoury",  "plantation", "reservoir", "dam",      "falls",     "forest",    "pier",
    "wharf",    "quay",       "plaza",     NULL};

/* The words that make an unresolved name a landmark. */
static bool landmark_name(const struct run *r, const char *s, size_t len)
{
    const char *const *tails = landmark_tails;
    size_t i, e = len;
    uint32_t ends;
    while (e > 0 && s[e - 1] == '.')
        e--;
    i = e;
    while (i > 0 && s[i - 1] != ' ')
        i--;
    /* the last word s[i..e), lower-cased, against each tail: most differ in
     * the first byte, so no strlen of the tail; and most words are turned
     * away before, by their first and last bytes (ends_of) */
    if (i == e)
        return false;
    ends = r->L->landmark_tails_ends[(unsigned char)s[i] & 31u];
    if (!((ends >> ((unsigned char)s[e - 1] & 31u)) & 1u))
        return false;
    for (size_t k = 0; tails[k]; k++) {
        const char *w = tails[k];
        size_t t;
        for (t = 0; i + t < e && w[t] && (s[i + t] | 0x20) == w[t]; t++)
            ;
        if (i + t == e && w[t] == '\0')
            return true;
    }
    return false;
}

/* Common nouns that name a kind of place: "the Shankill area". */
static const char *const place_nouns[] = {
    "area",         "district", "region",      "province", "town",      "village",
    "city",         "suburb",   "border",      "coast",    "valley",    "neighbourhood",
    "neighborhood", "county",   "state",       "island",   "outskirts", "municipality",
    "township",     "enclave",  "countryside", "hills",    "port",      NULL};

/* Words that end only place names: "Royal Street", "Morris County". */
static const char *const place_tails[] = {
    "street", "st.",    "avenue",    "ave.",        "road",     "rd.",        "boulevard",
    "blvd.",  "lane",   "county",    "parish",      "township", "square",     "bridge",
    "river",  "lake",   "mountains", "island",      "islands",  "valley",     "bay",
    "beach",  "harbor", "harbour",   "peninsula",   "canyon",   "creek",      "desert",
    "gulf",   "strait", "sea",       "ocean",       "airport",  "cathedral",  "basilica",
    "mosque", "castle", "province",  "governorate", "oblast",   "prefecture", NULL};

static bool place_tail(const struct run *r, size_t i)
{
    return ends_may(r->L->place_tails_ends, r->d, i) && tok_in(r->d, i, place_tails);
}

/* Words that open only place names: "Lake Tana", "Mount Kenya". */
static bool place_head(const struct bl_doc *d, size_t i)
{
    static const char *const w[] = {"lake", "mount", "mt.", "cape", "isle", "glen", NULL};
    return cap_word(d, i) && tok_in(d, i, w);
}

/* Words that end the names of buildings and sites. */
static const char *const facility_tails[] = {
    "church",  "library",  "hospital",   "university", "college", "school",  "centre", "center",
    "court",   "stadium",  "racecourse", "academy",    "estate",  "tower",   "hall",   "hotel",
    "theatre", "theater",  "museum",     "embassy",    "airport", "station", "market", "mall",
    "park",    "village",  "cathedral",  "mosque",     "temple",  "prison",  "palace", "arena",
    "complex", "furnaces", "house",      NULL};

static bool facility_tail(const struct run *r, size_t i)
{
    return ends_may(r->L->facility_tails_ends, r->d, i) && tok_in(r->d, i, facility_tails);
}

/* A building word followed by "of" inside tokens [ts, te). */
static bool facility_of(const struct run *r, size_t ts, size_t te)
{
    size_t i;
    for (i = ts; i + 2 < te; i++)
        if (facility_tail(r, i) && tok_is(r->d, i + 1, "of"))
            return true;
    return false;
}

/* Words that end the names of events held at one place. */
static bool event_tail(const struct bl_doc *d, size_t i)
{
    static const char *const w[] = {"festival", "competition", "concert", "fair",
                                    "expo",     "show",        "games",   NULL};
    return tok_in(d, i, w);
}

/* Spatial prepositions, for where_prep. */
static const char *const where_preps[] = {"at",     "in", "from", "near",   "outside",
                                          "inside", "to", "into", "across", "around",
                                          "within", "on", NULL};

/* A spatial preposition before token i, possibly with "the" between. */
static bool where_prep(const struct run *r, size_t i)
{
    const struct bl_doc *d = r->d;
    if (i > 0 && tok_is(d, i - 1, "the"))
        i--;
    return i > 0 && ends_may(r->L->where_preps_ends, d, i - 1) && tok_in(d, i - 1, where_preps);
}

/* A nationality adjective modifying a noun ("Russian troops", "British
 * officials") is a mention of its country. */
static bool as_demonym(struct run *r, struct mention *m, unsigned cls)
{
    const struct bl_doc *d = r->d;
    size_t s = m->s, e = m->e;
    char cc[3];
    const struct bl_place *p;

    if (!(cls & BL_GZ_DEMONYM) || m->te >= d->ntoks || d->toks[m->te].kind != BL_TOK_WORD ||
        (d->toks[m->te].flags & BL_TF_UPPER))
        return false;
    if (!bl_gazetteer_demonym(r->gz, d->text + s, e - s, cc))
        return false;
    p = bl_gazetteer_country(r->gz, cc);
    if (!p)
        return false;
    m->cand[0] = p;
    m->ncand = 1;
    m->npref = 0;
    m->demonym = true;
    return true;
}

static uint64_t word_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    size_t i;
    for (i = 0; i < n; i++) {
        h ^= (unsigned char)(s[i] | 0x20);
        h *= 1099511628211ull;
    }
    return h | 1u;
}

/* Remember the last word of every multi-word PERSON ("John Bolton"), so a
 * later "Bolton" the tagger calls a place is taken for the person. */
static int collect_surnames(struct run *r)
{
    const struct bl_doc *d = r->d;
    size_t i, n = 0;
    for (i = 0; i < d->nents; i++)
        n += d->ents[i].type == BL_ENT_PERSON;
    if (n == 0)
        return BL_OK;
    for (r->nsur = 16; r->nsur < n * 2; r->nsur <<= 1)
        ;
    r->surnames = calloc(r->nsur, sizeof *r->surnames);
    if (!r->surnames)
        return BL_ERR_NOMEM;
    for (i = 0; i < d->nents; i++) {
        size_t te, h;
        uint64_t k;
        if (d->ents[i].type != BL_ENT_PERSON)
            continue;
        te = tok_at(d, d->ents[i].span.end - 1);
        if (te >= d->ntoks || d->toks[te].start <= d->ents[i].span.start)
            continue; /* one word: no surname to learn */
        k = word_hash(d->text + d->toks[te].start, d->toks[te].end - d->toks[te].start);
        for (h = (size_t)k & (r->nsur - 1); r->surnames[h] && r->surnames[h] != k;
             h = (h + 1) & (r->nsur - 1))
            ;
        r->surnames[h] = k;
    }
    return BL_OK;
}

static bool is_surname(const struct run *r, const char *s, size_t n)
{
    uint64_t k;
    size_t h;
    if (!r->nsur)
        return false;
    k = word_hash(s, n);
    for (h = (size_t)k & (r->nsur - 1); r->surnames[h]; h = (h + 1) & (r->nsur - 1))
        if (r->surnames[h] == k)
            return true;
    return false;
}

/* Does an opening of the multi-word name m resolve to a strong reading? */
static bool strong_prefix(struct run *r, const struct mention *m)
{
    struct mention tmp;
    size_t k;
    for (k = m->te - 1; k > m->ts; k--) {
        memset(&tmp, 0, sizeof tmp);
        tmp.ts = m->ts;
        tmp.te = (uint32_t)k;
        lookup(r, &tmp, r->d->toks[m->ts].start, r->d->toks[k - 1].end);
        if (strong(&tmp) && !(k == m->ts + 1 && not_place(r, m->ts)))
            return true;
    }
    return false;
}

/* "Gainesville, Va.", "the Tulsa, Oklahoma-based firm": is m followed by a
 * comma and a subdivision or country holding one of its cities? */
static bool qualified(const struct run *r, const struct mention *m)
{
    const struct bl_doc *d = r->d;
    size_t c2 = m->te + 1, j;
    if (!tok_is(d, m->te, ","))
        return false;
    for (j = c2 + 2 < d->ntoks ? c2 + 2 : d->ntoks; j > c2; j--) {
        const struct bl_place *cand[MAXC];
        size_t n, t, npref, e = d->toks[j - 1].end;
        const char *h;
        bool ok = true;
        for (t = c2; t < j; t++)
            ok = ok && cap_word(d, t);
        if (!ok)
            continue;
        h = memchr(d->text + d->toks[j - 1].start, '-', e - d->toks[j - 1].start);
        if (h && h > d->text + d->toks[j - 1].start)
            e = (size_t)(h - d->text); /* "Oklahoma-based" */
        n = bl_gazetteer_lookup(r->gz, d->text + d->toks[c2].start, e - d->toks[c2].start, cand,
                                MAXC, &npref);
        for (t = 0; t < n && t < MAXC; t++)
            if (is_place_kind_admin_or_country(cand[t]) && inside(r, m, cand[t]))
                return true;
    }
    return false;
}

/* Are all of m's readings towns under 50,000? */
static bool small_towns(const struct mention *m)
{
    size_t k;
    for (k = 0; k < m->ncand; k++)
        if (m->cand[k]->kind != BL_LOC_CITY || m->cand[k]->population >= 50000)
            return false;
    return m->ncand > 0;
}

/* Does the word s[0..n) occur in lower case somewhere in the text? A
 * token that does starts with the byte s[0] | 0x20 (its first byte is a
 * lower-case letter, alike s[0] up to 0x20): memchr finds those bytes, the
 * rest of the word is compared in the text, and only a match is looked up
 * among the tokens (by bisection) to see that a token spans it exactly. */
static bool lower_elsewhere_scan(const struct bl_doc *d, const char *s, size_t n)
{
    size_t i, k;
    if (n > 0) {
        const char *text = d->text, *p = text, *q;
        size_t len = d->len;
        unsigned char c = (unsigned char)s[0] | 0x20;
        if (c < 'a' || c > 'z')
            return false;
        while (p < text + len && (q = memchr(p, c, (size_t)(text + len - p))) != NULL) {
            size_t off = (size_t)(q - text), lo = 0, hi = d->ntoks;
            p = q + 1;
            if (n > len - off)
                break;
            for (k = 1; k < n && (q[k] | 0x20) == (s[k] | 0x20); k++)
                ;
            if (k < n)
                continue;
            while (lo < hi) { /* the first token starting at or after off */
                size_t mid = lo + (hi - lo) / 2;
                if (d->toks[mid].start < off)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (; lo < d->ntoks && d->toks[lo].start == off; lo++)
                if (d->toks[lo].end - off == n)
                    return true;
        }
        return false;
    }
    for (i = 0; i < d->ntoks; i++) {
        const char *t = d->text + d->toks[i].start;
        if (d->toks[i].end - d->toks[i].start != n || t[0] < 'a' || t[0] > 'z')
            continue;
        for (k = 0; k < n && (t[k] | 0x20) == (s[k] | 0x20); k++)
            ;
        if (k == n)
            return true;
    }
    return false;
}

static uint64_t fold_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    while (n--) {
        h ^= (unsigned char)(*s++ | 0x20);
        h *= 1099511628211ull;
    }
    return h ^ (h >> 29);
}

/* The slot for s[0..n) in r->lowers: the token there matches it (bytes
 * alike up to 0x20), or the slot is empty. */
static uint32_t *lower_slot(const struct run *r, const char *s, size_t n)
{
    const struct bl_doc *d = r->d;
    size_t mask = r->nlow - 1;
    for (size_t h = fold_hash(s, n) & mask;; h = (h + 1) & mask) {
        uint32_t *slot = &r->lowers[h];
        const struct bl_token *t;
        size_t k;
        if (!*slot)
            return slot;
        t = &d->toks[*slot - 1];
        if (t->end - t->start != n)
            continue;
        for (k = 0; k < n && (d->text[t->start + k] | 0x20) == (s[k] | 0x20); k++)
            ;
        if (k == n)
            return slot;
    }
}

/* Does s[0..n) occur as a word starting in lower case anywhere in the doc
 * (as the whole token, bytes alike up to 0x20)? The first few questions
 * scan the doc; after that its words are indexed, so each question costs
 * one probe instead of a pass over the doc (that pass made a 1 MB text
 * quadratic; a fixed number of scans keeps it linear). A scan costs about a
 * tenth of the index: an article of ordinary length, which asks a few
 * times, scans up to 16 times; a longer doc, which asks in proportion to
 * its length, only 4. Without memory for the index it scans, with the same
 * answer. */
#define LOWER_SCANS      16
#define LOWER_SCANS_LONG 4
#define LOWER_SHORT_TOKS 4096
static bool lower_elsewhere(struct run *r, const char *s, size_t n)
{
    const struct bl_doc *d = r->d;
    if (!r->nlow && r->low_asks < (d->ntoks <= LOWER_SHORT_TOKS ? LOWER_SCANS : LOWER_SCANS_LONG)) {
        r->low_asks++;
        return lower_elsewhere_scan(d, s, n);
    }
    if (!r->nlow) {
        size_t count = 0, slots = 16;
        for (size_t i = 0; i < d->ntoks; i++)
            count += d->text[d->toks[i].start] >= 'a' && d->text[d->toks[i].start] <= 'z';
        while (slots < 2 * count)
            slots *= 2;
        r->lowers = calloc(slots, sizeof *r->lowers);
        if (!r->lowers)
            return lower_elsewhere_scan(d, s, n);
        r->nlow = slots;
        for (size_t i = 0; i < d->ntoks; i++) {
            const char *t = d->text + d->toks[i].start;
            uint32_t *slot;
            if (t[0] < 'a' || t[0] > 'z')
                continue;
            slot = lower_slot(r, t, d->toks[i].end - d->toks[i].start);
            if (!*slot)
                *slot = (uint32_t)i + 1;
        }
    }
    return *lower_slot(r, s, n) != 0;
}

/* Prepositions before a place, for keep_entity (its mask is in the run). */
static const char *const keep_preps[] = {
    "in",      "at",  "from",   "to", "near",       "outside", "across", "into", "toward",
    "towards", "via", "around", "of", "throughout", "between", "on",     NULL};

/* Is an entity a place mention? LOCATION entities are, unless nothing in
 * the gazetteer or their form supports them ("March", "Facebook"); other
 * types are when their whole text is a country, subdivision or region and
 * no given name, surname or organisation ("Hawaii" tagged PERSON, "US"
 * tagged ORG). */
static bool big_city_after_in(const struct bl_doc *d, const struct mention *m,
                              const struct bl_place *p, unsigned cls)
{
    return p && p->kind == BL_LOC_CITY && p->population >= BIG_CITY && m->ts > 0 &&
           tok_is(d, m->ts - 1, "in") && !(cls & (BL_GZ_ORG | BL_GZ_TITLE));
}

static bool keep_entity(struct run *r, struct mention *m, int type)
{
    const struct bl_doc *d = r->d;
    size_t s = m->s, e = m->e;
    /* one whole token: the tagger's answer when it kept one */
    unsigned cls = m->te == m->ts + 1 && s == d->toks[m->ts].start && e == d->toks[m->ts].end
                       ? bl_gazetteer_token_classes(r->gz, d, m->ts)
                       : bl_gazetteer_classes(r->gz, d->text + s, e - s);
    const struct bl_place *p = m->ncand ? m->cand[0] : NULL;

    bool prep = m->ts > 0 && ends_may(r->L->keep_preps_ends, d, m->ts - 1) &&
                seconds_may(r->L->keep_preps_seconds, d, m->ts - 1) &&
                tok_in_masked(d, m->ts - 1, keep_preps, r->L->keep_preps_mask);
    bool single = m->te - m->ts == 1;
    /* "Thruxton, Hampshire": the second name of a place list. */
    bool after_comma = m->ts >= 2 && tok_is(d, m->ts - 1, ",") && cap_word(d, m->ts - 2);

    if ((single && ends_may(r->L->not_places_ends, d, m->ts) &&
         tok_in_masked(d, m->ts, not_places, r->L->not_places_mask)) ||
        (cls & BL_GZ_NOT_PLACE))
        return false;
    /* "who represents the Victoria ward": a council ward is named after a
     * neighbourhood, not after the state or city of that name */
    if (m->te < d->ntoks && (tok_is(d, m->te, "ward") || tok_is(d, m->te, "wards")))
        return false;
    /* "Typhoon Halani", "Hurricane Ian": a storm is named, not placed
     * (but Storm Lake, Iowa, is a town) */
    if (!single && bl_storm_word(d->text, &d->toks[m->ts]) && !(p && p->population > 0))
        return false;
    /* "Bolton" after "John Bolton", unless it is a country or a region. */
    if (single && is_surname(r, d->text + s, e - s) &&
        !(p && (p->kind == BL_LOC_COUNTRY || p->kind == BL_LOC_ADMIN1 ||
                (type == BL_ENT_LOCATION && p->population >= 1000000))))
        return false;
    if ((!p || (type == BL_ENT_MISC && (cls & BL_GZ_DEMONYM))) && as_demonym(r, m, cls))
        return true;
    p = m->ncand ? m->cand[0] : NULL;
    /* "Police in Lyon said": a big city after "in" is the city, even when
     * it is a given name or a surname too (no one in the article bears it,
     * see above): people are not "in" someone */
    if (single && big_city_after_in(d, m, p, cls))
        return true;
    if (type != BL_ENT_LOCATION) {
        /* "Royal Street" tagged PERSON, "Orange County" tagged ORG, "Lake
         * Tana" tagged PERSON. */
        if (!single && (place_tail(r, m->te - 1) || place_head(d, m->ts)) && !(cls & BL_GZ_ORG))
            return true;
        /* A building named as where something happens: "at the Carnegie
         * Library", "taken to Alder Hey Children's Hospital". */
        if (!single && facility_tail(r, m->te - 1) && where_prep(r, m->ts))
            return true;
        /* "at the University of Leeds", "visited the Embassy of Peru": a
         * building named by its kind and what it serves. */
        if (!single && where_prep(r, m->ts)) {
            if (facility_of(r, m->ts, m->te))
                return true;
            /* "at the Dublin Piano Competition", "in the Oslo Jazz
             * Festival": an event named as where something happens stands
             * for its venue. */
            if (event_tail(d, m->te - 1) && tok_is(d, m->ts - 1, "the"))
                return true;
        }
        /* "the Mercy Hospital", "Leeds's Elland Road Stadium": a named
         * building after an article or a place's possessive. Two words
         * ending in court or church are mostly institutions ("the High
         * Court", "the Anglican Church"). */
        if (!single && facility_tail(r, m->te - 1) && !(cls & BL_GZ_ORG) &&
            (m->te - m->ts > 2 ||
             !(tok_is(d, m->te - 1, "court") || tok_is(d, m->te - 1, "church"))) &&
            ((m->ts > 0 && tok_is(d, m->ts - 1, "the")) ||
             (m->ts > 1 && tok_is(d, m->ts - 1, "'s")) ||
             (m->ts > 1 && tok_is(d, m->ts - 1, "’s"))))
            return true;
        /* "within the EU", "across the Gulf": an organisation or name that is
         * also a region, used as a place. */
        if (p && p->kind == BL_LOC_REGION && !(p->flags & BL_PLACE_ADMIN2) && where_prep(r, m->ts))
            return true;
        /* "Gainesville, Va." tagged PERSON: the qualifier settles it. */
        if (p && !(cls & (BL_GZ_ORG | BL_GZ_TITLE)) && qualified(r, m))
            return true;
        if (!p || (cls & (BL_GZ_GIVEN_NAME | BL_GZ_SURNAME | BL_GZ_ORG | BL_GZ_TITLE)))
            return false;
        if (p->kind == BL_LOC_CITY && prep && p->population >= 50000)
            return true;
        /* "grows apricots near Sion" tagged ORG (a club): a town after
         * "near" or "outside" is the town */
        if (p->kind == BL_LOC_CITY && single && type == BL_ENT_ORGANIZATION &&
            p->population >= 10000 && m->ts > 0 &&
            (tok_is(d, m->ts - 1, "near") || tok_is(d, m->ts - 1, "outside")))
            return true;
        if (p->kind == BL_LOC_LANDMARK && m->npref > 0)
            return true; /* hand-kept: "Silverstone", "Heathrow" */
        if (after_comma && type != BL_ENT_PERSON &&
            (p->kind == BL_LOC_ADMIN1 || p->kind == BL_LOC_COUNTRY || (p->flags & BL_PLACE_ADMIN2)))
            return true;
        if (m->npref > 0 && p->kind == BL_LOC_CITY)
            return type != BL_ENT_PERSON;
        if (p->kind == BL_LOC_CITY)
            return (p->population >= 1000000 && (type != BL_ENT_PERSON || !single)) ||
                   ((p->flags & BL_PLACE_CAPITAL) && p->population >= 100000);
        return p->kind == BL_LOC_COUNTRY ||
               (p->kind == BL_LOC_REGION && !(p->flags & BL_PLACE_ADMIN2)) ||
               (p->kind == BL_LOC_ADMIN1 && !isnan(p->lat));
    }
    if (m->ncand > 0) {
        if ((cls & (BL_GZ_ORG | BL_GZ_TITLE)) && !(cls & BL_GZ_COUNTRY))
            return false;
        /* "Industry", "Commerce", "SANA": a lone word that is only a small
         * town somewhere needs a preposition or a qualifier after it. */
        if (single && m->npref == 0 && !prep && !tok_is(d, m->te, ",") && !after_comma) {
            size_t k;
            for (k = 0; k < m->ncand; k++)
                if (m->cand[k]->kind != BL_LOC_CITY || m->cand[k]->population >= 5000)
                    break;
            if (k == m->ncand)
                return false;
        }
        /* "degrees in History" when the article also says "history": a
         * lone word that is only a small town and a common word. */
        if (single && m->npref == 0 && small_towns(m) && lower_elsewhere(r, d->text + s, e - s))
            return false;
        /* Unknown small places need more than the tagger's word: a
         * preposition, a comma list, or "the X area". */
        return true;
    }
    if (cls & (BL_GZ_ORG | BL_GZ_TITLE | BL_GZ_ORG_SUFFIX | BL_GZ_GIVEN_NAME | BL_GZ_SURNAME))
        return false;
    if (landmark_name(r, d->text + s, e - s) || (m->te - m->ts > 1 && place_head(d, m->ts)))
        return true;
    /* "Portugal The", "Kano Borno State": an unknown name that opens on a
     * well-known place is that place and more, split below. */
    if (m->te - m->ts > 1 && strong_prefix(r, m))
        return false;
    /* Unknown to the gazetteer: only after a clearly spatial preposition
     * ("in Umuahia", not "on Twitter", "of Christ"), or named by a place
     * noun: "the Nenagh district", "the village of Nagrig". */
    if (d->toks[m->ts].flags & BL_TF_ALLCAPS)
        return false;
    /* "a degree in History" in an article that also says "history". */
    if (m->te - m->ts == 1 && lower_elsewhere(r, d->text + s, e - s))
        return false;
    if (m->ts > 0 && ends_may(r->L->locative_ends, d, m->ts - 1) && tok_in(d, m->ts - 1, locative))
        return true;
    /* "in the Oval Office", "at the Palais des Nations": a multi-word name. */
    if (m->te - m->ts > 1 && m->ts > 1 && tok_is(d, m->ts - 1, "the") &&
        ends_may(r->L->locative_ends, d, m->ts - 2) && tok_in(d, m->ts - 2, locative))
        return true;
    if (m->ts > 0 && tok_is(d, m->ts - 1, "the") && m->te < d->ntoks &&
        ends_may(r->L->place_nouns_ends, d, m->te) && tok_in(d, m->te, place_nouns))
        return true;
    return m->ts >= 2 && tok_is(d, m->ts - 1, "of") &&
           ends_may(r->L->place_nouns_ends, d, m->ts - 2) && tok_in(d, m->ts - 2, place_nouns);
}

/* ---- Scoring ------------------------------------------------------------- */

static float prior(const struct bl_place *p, bool pref)
{
    float s;
    switch (p->kind) {
    case BL_LOC_COUNTRY:
        s = 9.0f;
        break;
    case BL_LOC_REGION:
    case BL_LOC_LANDMARK:
    case BL_LOC_OTHER:
        s = (p->flags & BL_PLACE_ADMIN2) ? 4.5f : 8.5f;
        break;
    case BL_LOC_ADMIN1:
        s = 4.0f + 0.5f * log10f((float)p->population + 1.0f);
        break;
    default:
        s = log10f((float)p->population + 1.0f);
        if (p->flags & BL_PLACE_CAPITAL)
            s += 1.0f;
        break;
    }
    if (isnan(p->lat))
        s -= 1.0f;
    return pref ? s + 4.0f : s;
}

static float adm_weight(const struct ctx *c, const struct bl_place *adm)
{
    size_t i;
    for (i = 0; adm && i < c->nadm; i++)
        if (c->adm[i] == adm)
            return c->admw[i];
    return 0;
}

static void ctx_add(struct ctx *c, const bl_gazetteer *gz, const struct bl_place *p, float w)
{
    const struct bl_place *a = bl_gazetteer_admin1_of(gz, p);
    int s = cc_slot(p->cc);
    size_t i;
    if (s >= 0)
        c->cc[s] += w;
    if (!a)
        return;
    for (i = 0; i < c->nadm; i++)
        if (c->adm[i] == a) {
            c->admw[i] += w;
            return;
        }
    if (c->nadm < MAXADM) {
        c->adm[c->nadm] = a;
        c->admw[c->nadm++] = w;
    }
}

/* Undo ctx_add(c, gz, p, w) on a context that held only that vote. */
static void ctx_clear(struct ctx *c, const struct bl_place *p)
{
    int s = cc_slot(p->cc);
    if (s >= 0)
        c->cc[s] = 0;
    c->nadm = 0;
}

/* Words for a first-level subdivision before "of" and its name: "the
 * state of Georgia", "the northeastern county of Garissa" (Kenya's
 * counties), "the province of Quebec". */
static const char *const subdivision_words[] = {"state",  "county",      "province", "prefecture",
                                                "oblast", "governorate", NULL};

/* Score every candidate of m; ctx may be NULL (priors only). A mention's own
 * contribution to the context is taken out again so it does not vote for
 * itself. pri, when not NULL, holds prior() of each candidate as it was
 * before the first call. After "the county of X" the first call also
 * swaps a town candidate for its subdivision of the same name in m->cand
 * (pri keeps the town's prior for it). */
static void score(const struct run *r, struct mention *m, const struct ctx *c,
                  const struct ctx *self, const float *pri)
{
    size_t i;
    int best = -1;
    float second = -1e9f;
    bool state_word;

    state_word = tok_is(r->d, m->te, "state") || (m->ts >= 2 && tok_is(r->d, m->ts - 1, "of") &&
                                                  tok_in(r->d, m->ts - 2, subdivision_words));
    /* "the county of Garissa": the town's subdivision of the same name */
    if (state_word && !tok_is(r->d, m->te, "state"))
        namesake_subdivisions(r->gz, m);
    for (i = 0; i < m->ncand; i++) {
        const struct bl_place *p = m->cand[i];
        float s = pri ? pri[i] : prior(p, i < m->npref);
        /* "Stockholm", "Sao Paulo": a subdivision named after a large city
         * (or a capital: "Lisbon") in it means the city unless the text
         * says state (news names the state "Sao Paulo state"). */
        if (p->kind == BL_LOC_ADMIN1) {
            size_t j;
            for (j = 0; j < m->ncand; j++) {
                const struct bl_place *q = m->cand[j];
                if (q->kind == BL_LOC_CITY &&
                    (q->population >= NAMESAKE_POP || (q->flags & BL_PLACE_CAPITAL)) &&
                    strcmp(q->name, p->name) == 0 && bl_gazetteer_admin1_of(r->gz, q) == p)
                    s = fminf(s, (pri ? pri[j] : prior(q, j < m->npref)) - 0.5f);
            }
        }
        if (c) {
            int slot = cc_slot(p->cc);
            const struct bl_place *a = bl_gazetteer_admin1_of(r->gz, p);
            float cw = slot >= 0 ? c->cc[slot] - (self ? self->cc[slot] : 0) : 0;
            float aw = adm_weight(c, a) - (self ? adm_weight(self, a) : 0);
            /* Context shifts readings but does not outvote three orders of
             * magnitude of population on its own (Rome, Georgia). */
            if (cw > 0.01f)
                s += (p->kind == BL_LOC_ADMIN1 ? 1.0f : CC_BONUS) +
                     fminf(1.0f, 0.3f * log2f(1.0f + cw));
            if (aw > 0.01f)
                s += ADM_BONUS;
        }
        if (m->qual) {
            const struct bl_place *q = m->qual;
            bool match =
                strcmp(p->cc, q->cc) == 0 &&
                (q->kind == BL_LOC_COUNTRY || bl_gazetteer_admin1_of(r->gz, p) == q ||
                 (p->admin1_code && q->admin1_code && strcmp(p->admin1_code, q->admin1_code) == 0));
            s += match ? 15.0f : -5.0f;
        }
        if (m->dateline && p->kind == BL_LOC_CITY)
            s += 1.0f;
        if (state_word && p->kind == BL_LOC_ADMIN1)
            s += 6.0f; /* "Washington state", "the state of Georgia" */
        m->score[i] = s;
        if (best < 0 || s > m->score[best]) {
            if (best >= 0)
                second = m->score[best];
            best = (int)i;
        } else if (s > second) {
            second = s;
        }
    }
    m->best = best;
    m->cue = best >= 0 &&
             (m->qual || m->dateline || (state_word && m->cand[best]->kind == BL_LOC_ADMIN1));
    if (best < 0)
        m->conf = 0.2f;
    else if (m->ncand == 1)
        m->conf = 0.9f;
    else
        m->conf = 1.0f / (1.0f + expf(-(m->score[best] - second)));
    if (best >= 0 && m->ent < 0 && !m->dateline && !m->qualifier)
        m->conf *= 0.85f; /* found by the gazetteer alone */
    if (m->demonym)
        m->conf = 0.5f;
}

/* ---- Metonymy ------------------------------------------------------------ */

/* Words after a place that make it a sports team: "the Ohio coach". */
static const char *const team[] = {"coach",   "coaches",    "player",   "players",   "star",
                                   "striker", "goalkeeper", "won",      "beat",      "defeated",
                                   "lost",    "rallied",    "routed",   "edged",     "trailed",
                                   "captain", "midfielder", "defender", "equalised", "equalized",
                                   "manager", NULL};

/* The auxiliaries and adverbs metonymic() passes over, and the verbs of
 * saying and acting that make a country or capital its subject. */
static const char *const meto_aux[] = {
    "has",   "have", "had",  "will",   "would",   "could",      "may",        "might", "also",
    "is",    "was",  "has",  "not",    "already", "reportedly", "repeatedly", "then",  "quickly",
    "later", "on",   "must", "should", "did",     "does",       "can",        NULL};
static const char *const meto_verbs[] = {
    "said",       "says",       "say",        "hinted",       "hints",      "warned",
    "warns",      "announced",  "announces",  "accused",      "accuses",    "denied",
    "denies",     "rejected",   "rejects",    "insisted",     "insists",    "stated",
    "claimed",    "claims",     "urged",      "urges",        "demanded",   "demands",
    "wants",      "threatened", "threatens",  "vowed",        "vows",       "responded",
    "agreed",     "agrees",     "signed",     "condemned",    "condemns",   "welcomed",
    "welcomes",   "pledged",    "pledges",    "promised",     "argued",     "argues",
    "believes",   "hopes",      "offered",    "offers",       "proposed",   "proposes",
    "refused",    "refuses",    "sanctioned", "expelled",     "retaliated", "criticised",
    "criticized", "approved",   "ordered",    "called",       "calls",      "sought",
    "seeks",      "plans",      "planned",    "imposed",      "imposes",    "launched",
    "recognised", "recognized", "blamed",     "blames",       "summoned",   "voted",
    "backed",     "backs",      "supports",   "supported",    "opposed",    "opposes",
    "objected",   "protested",  "dismissed",  "acknowledged", "confirmed",  "confirms",
    "reiterated", "responded",  "retorted",   "countered",    "maintains",  "maintained",
    "negotiated", "decided",    "intends",    "intended",     "declined",   "told",
    "asked",      NULL};

/* "Moscow hinted", "Washington said", "according to Beijing": a country or
 * capital standing for its government. */
static bool metonymic(const struct run *r, const struct mention *m)
{
    const struct bl_doc *d = r->d;
    const struct bl_place *p;
    size_t i = m->te, n = 0;

    if (m->demonym)
        return false;
    /* "Leeds won 2-1", "the Ohio coach": a team; "a man in Ohio won" is not. */
    if (i < d->ntoks &&
        !(m->ts >= 1 && ends_may(r->L->locative_ends, d, m->ts - 1) &&
          tok_in(d, m->ts - 1, locative)) &&
        ((ends_may(r->L->team_ends, d, i) && tok_in(d, i, team)) ||
         ((tok_is(d, i, "'s") || tok_is(d, i, "\xe2\x80\x99s") || tok_is(d, i, "have") ||
           tok_is(d, i, "has")) &&
          ends_may(r->L->team_ends, d, i + 1) && tok_in(d, i + 1, team))))
        return true;
    if (m->best < 0)
        return false;
    p = m->cand[m->best];
    if (p->kind != BL_LOC_COUNTRY && !(p->flags & BL_PLACE_CAPITAL))
        return false;
    if (m->ts >= 2 && tok_is(d, m->ts - 2, "according") && tok_is(d, m->ts - 1, "to"))
        return true;
    if (m->ts >= 1 && ends_may(r->L->locative_ends, d, m->ts - 1) &&
        tok_in(d, m->ts - 1, locative)) /* "cricket in India said" */
        return false;
    if (m->ts >= 1 && ends_may(r->L->compass_ends, d, m->ts - 1) &&
        tok_in(d, m->ts - 1, compass)) /* "officials in eastern Ukraine said" */
        return false;
    while (i < d->ntoks && n < 3 && ends_may(r->L->meto_aux_ends, d, i) && tok_in(d, i, meto_aux)) {
        i++;
        n++;
    }
    return i < d->ntoks && ends_may(r->L->meto_verbs_ends, d, i) && tok_in(d, i, meto_verbs);
}

/* ---- Grouping and output ------------------------------------------------- */

/* "Riverside beat Castleford ... Riverside captain Jamie Walsh ...
 * Riverside finally end their wait": a name used twice or more as a team
 * is the team throughout the article, except after "in", "at" ... Looks
 * at the first 16 team uses only, so it stays linear. */
static void one_team(struct run *r)
{
    const struct bl_doc *d = r->d;
    size_t seen = 0;
    for (size_t i = 0; i < r->nm && seen < 16; i++) {
        const struct mention *m = &r->m[i];
        size_t n = 0, len = m->e - m->s;
        if (!m->metonymic || m->best < 0 || m->ent < 0 ||
            d->ents[m->ent].type != BL_ENT_ORGANIZATION)
            continue;
        seen++;
        for (size_t k = 0; k < r->nm; k++)
            if (r->m[k].metonymic && r->m[k].e - r->m[k].s == len &&
                memcmp(d->text + r->m[k].s, d->text + m->s, len) == 0)
                n++;
        if (n < 2)
            continue;
        for (size_t k = 0; k < r->nm; k++) {
            struct mention *o = &r->m[k];
            if (o->metonymic || o->dateline || o->e - o->s != len ||
                memcmp(d->text + o->s, d->text + m->s, len) != 0 ||
                (o->ts >= 1 && ends_may(r->L->locative_ends, d, o->ts - 1) &&
                 tok_in(d, o->ts - 1, locative)))
                continue;
            o->metonymic = true;
        }
    }
}

static int mention_cmp(const void *a, const void *b)
{
    const struct mention *x = a, *y = b;
    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    return x->e < y->e ? 1 : (x->e > y->e ? -1 : 0);
}

/* A well-known place the first one or two words of an unresolved name
 * are ("Dubai World Trade Centre", "London Guildhall School"), unless they
 * name a county or street ("Montgomery County History Center"). */
static const struct bl_place *embedded_place(const struct run *r, const struct mention *m)
{
    const struct bl_doc *d = r->d;
    size_t k;
    for (k = 2; k >= 1; k--) {
        const struct bl_place *cand[4];
        size_t n, npref, e = m->ts + k;
        const struct bl_place *p;
        if (e >= m->te || place_tail(r, e))
            continue;
        n = bl_gazetteer_lookup(r->gz, d->text + d->toks[m->ts].start,
                                d->toks[e - 1].end - d->toks[m->ts].start, cand, 4, &npref);
        if (n == 0)
            continue;
        p = cand[0];
        if (isnan(p->lat) || (p->flags & BL_PLACE_ADMIN2))
            continue;
        if (npref > 0 || p->kind == BL_LOC_COUNTRY || p->kind == BL_LOC_ADMIN1 ||
            (p->kind == BL_LOC_CITY && p->population >= 100000))
            return p;
    }
    return NULL;
}

/* A large city ending an unresolved name after "of" ("University of
 * Oslo"): where the building is. Not for embassies, which lie abroad. */
static const struct bl_place *of_place(const struct run *r, const struct mention *m,
                                       const struct bl_place **area)
{
    const struct bl_doc *d = r->d;
    const struct bl_place *cand[4], *p;
    size_t i, n, npref;
    *area = NULL;
    for (i = m->ts; i < m->te; i++) /* an embassy of Peru lies abroad */
        if (tok_is(d, i, "embassy") || tok_is(d, i, "consulate"))
            return NULL;
    for (i = m->te - 1; i > m->ts && !tok_is(d, i, "of"); i--)
        ;
    if (i == m->ts || i + 1 >= m->te || m->te - i > 4)
        return NULL;
    n = bl_gazetteer_lookup(r->gz, d->text + d->toks[i + 1].start,
                            d->toks[m->te - 1].end - d->toks[i + 1].start, cand, 4, &npref);
    if (n == 0)
        return NULL;
    p = cand[0];
    if (isnan(p->lat) || (p->flags & BL_PLACE_ADMIN2))
        return NULL;
    /* A city only: "Bank of England", "Church of Norway" serve a country
     * from somewhere in it. */
    if (p->kind == BL_LOC_CITY && (npref > 0 || p->population >= 100000))
        return p;
    if (p->kind == BL_LOC_COUNTRY || p->kind == BL_LOC_ADMIN1)
        *area = p;
    return NULL;
}

/* Does place p lie in the country or first-level subdivision a? */
static bool lies_in(const struct bl_place *p, const struct bl_place *a)
{
    if (!p->cc[0] || strcmp(p->cc, a->cc) != 0)
        return false;
    return a->kind == BL_LOC_COUNTRY ||
           (p->admin1 && a->admin1 && strcmp(p->admin1, a->admin1) == 0);
}

/* Grouping key: the place, or the normalised text when unresolved. */
static uint64_t mention_key(const struct bl_doc *d, const struct mention *m)
{
    char buf[128];
    size_t n, i;
    uint64_t h = 1469598103934665603ull;
    if (m->best >= 0)
        return (uint64_t)(uintptr_t)m->cand[m->best];
    n = bl_gazetteer_normalize(d->text + m->s, m->e - m->s, buf, sizeof buf);
    if (n == 0) /* nothing to normalise: keep it on its own */
        return ((uint64_t)1 << 63) | ((uint64_t)m->ts << 1) | 1u;
    for (i = 0; i < n; i++) {
        h ^= (unsigned char)buf[i];
        h *= 1099511628211ull;
    }
    return h | ((uint64_t)1 << 63);
}

/* "ATLANTA (Wire) -" tagged as a body, "Police in Lyon" tagged as a person:
 * a resolved dateline or a kept PERSON or ORGANIZATION entity (MISC ones are
 * mostly adjectives, "European") wins, so the entity on exactly its
 * words becomes the LOCATION of its place, unless the actors stage made an
 * actor of it. Entities are sorted by start. */
static void place_entity(struct bl_doc *d, const struct mention *m)
{
    size_t lo = bl_doc_ent_from(d, m->s);
    if (lo < d->nents && d->ents[lo].span.start == m->s && d->ents[lo].span.end == m->e &&
        d->ents[lo].actor < 0 && d->ents[lo].type != BL_ENT_LOCATION) {
        d->ents[lo].type = BL_ENT_LOCATION;
        d->ents[lo].location = m->loc;
    }
}

static int emit(struct run *r, const struct bl_place *focus)
{
    struct bl_doc *d = r->d;
    size_t k, nloc = 0, cap = 0;
    int rc = BL_OK;
    struct bl_location *locs = NULL;
    size_t *count = NULL, nslot;
    struct slot {
        uint64_t key;
        int loc;
        bool used;
    } *slots = NULL;

    /* Assign locations: same place, or same normalised text when unresolved.
     * A hash of those keys keeps this linear. */
    for (nslot = 16; nslot < r->nm * 2; nslot <<= 1)
        ;
    slots = calloc(nslot, sizeof *slots);
    if (!slots) {
        rc = BL_ERR_NOMEM;
        goto out;
    }
    for (k = 0; k < r->nm; k++) {
        struct mention *m = &r->m[k];
        uint64_t key;
        size_t h;
        if (m->metonymic)
            continue;
        key = mention_key(d, m);
        for (h = (size_t)(key ^ (key >> 31)) & (nslot - 1); slots[h].used;
             h = (h + 1) & (nslot - 1))
            if (slots[h].key == key)
                break;
        if (slots[h].used) {
            m->loc = slots[h].loc;
            continue;
        }
        if (bl_grow((void **)&locs, &cap, nloc + 1, sizeof *locs) != BL_OK) {
            rc = BL_ERR_NOMEM;
            goto out;
        }
        slots[h].used = true;
        slots[h].key = key;
        slots[h].loc = (int)nloc;
        m->loc = (int)nloc;
        memset(&locs[nloc], 0, sizeof locs[nloc]);
        nloc++;
    }
    count = calloc(nloc + 1, sizeof *count);
    if (!count) {
        rc = BL_ERR_NOMEM;
        goto out;
    }
    for (k = 0; k < r->nm; k++)
        if (r->m[k].loc >= 0)
            count[r->m[k].loc]++;
    for (k = 0; k < r->nm; k++) {
        struct mention *m = &r->m[k];
        struct bl_location *L;
        struct bl_span *sp;
        if (m->loc < 0)
            continue;
        L = &locs[m->loc];
        if (!L->mentions) {
            const struct bl_place *p = m->best >= 0 ? m->cand[m->best] : NULL;
            size_t s = m->s, e = m->e;
            L->mentions = bl_arena_alloc(&d->arena, count[m->loc] * sizeof(struct bl_span));
            if (!L->mentions) {
                rc = BL_ERR_NOMEM;
                goto out;
            }
            if (p) {
                L->name = bl_arena_strndup(&d->arena, p->name, strlen(p->name));
                L->kind = p->kind;
                L->country_code = p->cc[0] ? bl_arena_strndup(&d->arena, p->cc, 2) : NULL;
                L->admin1 =
                    p->admin1 ? bl_arena_strndup(&d->arena, p->admin1, strlen(p->admin1)) : NULL;
                L->lat = isnan(p->lat) ? NAN : (double)p->lat;
                L->lon = isnan(p->lon) ? NAN : (double)p->lon;
                L->geonames_id = p->geonames_id;
                /* Subdivision figures are sums of their towns: not reported. */
                L->population = p->kind == BL_LOC_ADMIN1 ? 0 : p->population;
                if ((p->kind == BL_LOC_ADMIN1) && isnan(p->lat)) {
                    /* A subdivision without coordinates: fall back to nothing. */
                    L->lat = L->lon = NAN;
                }
            } else {
                L->name = bl_arena_strndup(&d->arena, d->text + s, e - s);
                L->kind = (m->road || landmark_name(r, d->text + s, e - s) ||
                           (m->te - m->ts > 1 && place_head(d, m->ts)))
                              ? BL_LOC_LANDMARK
                              : BL_LOC_OTHER;
                L->lat = L->lon = NAN;
                /* Streets and buildings lie in the place their name ends
                 * on after "of", else in the article's main place, else in
                 * the place their name starts with ("Dubai World Trade
                 * Centre"). */
                const struct bl_place *area, *in = of_place(r, m, &area);
                if (!in)
                    in = USE_FOCUS && focus && !isnan(focus->lat) ? focus : embedded_place(r, m);
                /* "the University of Arizona" in a story from Tokyo: a body
                 * named for a country or state lies in it, wherever the
                 * story is; in the main place when that lies in it too
                 * ("the Bank of England" in a story from London) */
                if (area && (!in || !lies_in(in, area)))
                    in = area;
                if (in) {
                    L->lat = in->lat;
                    L->lon = in->lon;
                    L->country_code = in->cc[0] ? bl_arena_strndup(&d->arena, in->cc, 2) : NULL;
                    L->admin1 = in->admin1
                                    ? bl_arena_strndup(&d->arena, in->admin1, strlen(in->admin1))
                                    : NULL;
                }
            }
            if (!L->name || (p && p->cc[0] && !L->country_code)) {
                rc = BL_ERR_NOMEM;
                goto out;
            }
        }
        sp = (struct bl_span *)L->mentions;
        sp[L->nmentions].start = m->s;
        sp[L->nmentions].end = m->e;
        L->nmentions++;
        if (m->conf > L->confidence)
            L->confidence = m->conf;
        if (m->ent >= 0 && d->ents[m->ent].type == BL_ENT_LOCATION)
            d->ents[m->ent].location = m->loc;
        else if (m->best >= 0 && !m->demonym &&
                 (m->dateline || (m->ent >= 0 && d->ents[m->ent].type != BL_ENT_MISC)))
            place_entity(d, m);
    }
    for (k = 0; k < nloc; k++) /* repeated mentions add a little confidence */
        locs[k].confidence = fmin(1.0, locs[k].confidence + 0.02 * (double)(locs[k].nmentions - 1));
    d->locs = locs;
    d->nlocs = nloc;
    locs = NULL;
out:
    free(locs);
    free(count);
    free(slots);
    return rc;
}

/* "St James' Park": token e is the apostrophe alone after a name ending in
 * "s", the possessive of that name. */
static bool bare_apostrophe(const struct bl_doc *d, size_t e)
{
    return e > 0 && e < d->ntoks && (tok_is(d, e, "'") || tok_is(d, e, "\xe2\x80\x99")) &&
           d->toks[e].start == d->toks[e - 1].end && d->text[d->toks[e - 1].end - 1] == 's';
}

/* "Victoria's premier, ...": the tagger took the possessive into the place
 * name [ts, te). True when its last token is an attached "'s", the words
 * before it name a place and no place of the whole span spells the
 * apostrophe ("St. John's" keeps it; "Victoria's" only matched "Victorias"
 * because the gazetteer drops it). */
static bool possessive_tail(struct run *r, size_t ts, size_t te)
{
    const struct bl_doc *d = r->d;
    const struct bl_place *cand[MAXC];
    size_t n, a, npref;
    if (te < ts + 2 || d->toks[te - 1].start != d->toks[te - 2].end ||
        !(tok_is(d, te - 1, "'s") || tok_is(d, te - 1, "\xe2\x80\x99s")))
        return false;
    n = bl_gazetteer_lookup(r->gz, d->text + d->toks[ts].start,
                            d->toks[te - 1].end - d->toks[ts].start, cand, MAXC, &npref);
    for (a = 0; a < n && a < MAXC; a++)
        if (strchr(cand[a]->name, '\'') || strstr(cand[a]->name, "\xe2\x80\x99"))
            return false;
    return bl_gazetteer_lookup(r->gz, d->text + d->toks[ts].start,
                               d->toks[te - 2].end - d->toks[ts].start, cand, MAXC, &npref) > 0;
}

/* "the Illinois State Armory", "the Vatican Gardens": a place name the
 * tagger cut off from the capitalised words after it that end on a landmark
 * word names the landmark, unresolved (it lies in the place or the
 * article's main place). */
static void extend_landmarks(struct run *r)
{
    const struct bl_doc *d = r->d;
    size_t i, k;
    for (i = 0; i < r->nm; i++) {
        struct mention *m = &r->m[i];
        size_t e = m->te, tail = d->toks[m->te - 1].end - m->e, w = BL_NONE;
        const char *x = d->text + m->e;
        if (m->demonym)
            continue;
        /* "St Anne's Chapel": a saint's or founder's name, a possessive and
         * one landmark word. The possessive is a token of its own or the
         * end of the name's last token. */
        if (tail == 0 && (tok_is(d, e, "'s") || tok_is(d, e, "\xe2\x80\x99s") ||
                          bare_apostrophe(d, e)))
            w = e + 1;
        else if ((tail == 2 && memcmp(x, "'s", 2) == 0) ||
                 (tail == 4 && memcmp(x, "\xe2\x80\x99s", 4) == 0))
            w = e;
        if (w != BL_NONE && w < d->ntoks && cap_word(d, w) &&
            !(w + 1 < d->ntoks && cap_word(d, w + 1)) &&
            landmark_name(r, d->text + d->toks[w].start, d->toks[w].end - d->toks[w].start)) {
            for (k = 0; k < r->nm; k++)
                if (r->m[k].ts == w)
                    r->m[k].dead = true;
            m->te = (uint32_t)(w + 1);
            m->e = d->toks[w].end;
            m->ncand = 0;
            m->npref = 0;
            for (; e <= w; e++)
                r->cover[e] = BL_ENT_LOCATION;
            continue;
        }
        if (tail != 0)
            continue;
        /* "Bosnia and Herzegovina", "Trinidad and Tobago": a name the
         * tagger cut at "and" that the gazetteer knows whole. */
        if (e + 1 < d->ntoks && tok_is(d, e, "and") && cap_word(d, e + 1)) {
            size_t f;
            for (f = e + 3 < d->ntoks ? e + 3 : d->ntoks; f > e + 1; f--) {
                struct mention tmp;
                size_t u;
                if (!cap_word(d, f - 1))
                    continue;
                memset(&tmp, 0, sizeof tmp);
                lookup(r, &tmp, m->s, d->toks[f - 1].end);
                if (tmp.ncand == 0)
                    continue;
                for (u = 0; u < r->nm; u++)
                    if (r->m[u].ts > e && r->m[u].ts < f)
                        r->m[u].dead = true;
                memcpy(m->cand, tmp.cand, sizeof m->cand);
                m->ncand = tmp.ncand;
                m->npref = tmp.npref;
                m->te = (uint32_t)f;
                m->e = d->toks[f - 1].end;
                for (u = e; u < f; u++)
                    r->cover[u] = BL_ENT_LOCATION;
                break;
            }
            if (f > e + 1)
                continue;
        }
        for (k = e; k < d->ntoks && k < e + 3 && cap_word(d, k) &&
                    !(d->toks[k].flags & BL_TF_ALLCAPS) && r->cover[k] != BL_ENT_LOCATION;
             k++)
            ;
        while (k > e && !landmark_name(r, d->text + d->toks[k - 1].start,
                                       d->toks[k - 1].end - d->toks[k - 1].start))
            k--;
        if (k == e && m->te - m->ts == 1 && m->ent >= 0 && e < d->ntoks && cap_word(d, e) &&
            r->cover[e] < 0 && !(d->toks[e].flags & BL_TF_ALLCAPS) &&
            !(d->toks[e].flags & (BL_TF_PARA_BEFORE | BL_TF_NL_BEFORE)) && !not_place(r, e) &&
            (m->ncand == 0 || small_towns(m))) {
            /* "the CEO of Enterprise Scrum": a small or unknown name run
             * into a capitalised word the tagger left out is part of
             * another name. */
            m->dead = true;
            continue;
        }
        if (k == e || d->toks[k - 1].end - d->toks[k - 1].start < 3)
            continue;
        m->te = (uint32_t)k;
        m->e = d->toks[k - 1].end;
        m->ncand = 0;
        m->npref = 0;
        for (; e < k; e++)
            r->cover[e] = BL_ENT_LOCATION;
    }
}

/* "the Bank of Ireland", "CEOs of Europe" tagged as one organisation: the
 * well-known place after the last "of" is a mention of its own (GeoWebNews
 * and common sense read it as the place the body belongs to). */
static int of_name(struct run *r, size_t ts, size_t te, int ent)
{
    const struct bl_doc *d = r->d;
    struct mention *m;
    unsigned cls;
    size_t i;
    /* "at the Bank of England", "the Embassy of Peru": a building, named
     * whole or not at all. */
    if (where_prep(r, ts) || facility_of(r, ts, te))
        return BL_OK;
    for (i = te - 1; i > ts && !tok_is(d, i, "of"); i--)
        ;
    if (i == ts || i + 1 >= te || te - i > 4 || !cap_word(d, i + 1))
        return BL_OK;
    m = add_mention(r, i + 1, te, ent);
    if (!m)
        return BL_ERR_NOMEM;
    cls = bl_gazetteer_classes(r->gz, d->text + m->s, m->e - m->s);
    if (!strong(m) || (m->cand[0]->flags & BL_PLACE_ADMIN2) ||
        (cls & (BL_GZ_GIVEN_NAME | BL_GZ_SURNAME | BL_GZ_ORG | BL_GZ_TITLE | BL_GZ_NOT_PLACE)))
        r->nm--;
    return BL_OK;
}

/* Is m a strong enough reading to stand for part of an entity? */
static bool strong(const struct mention *m)
{
    const struct bl_place *p = m->ncand ? m->cand[0] : NULL;
    if (!p)
        return false;
    return m->npref > 0 || p->kind == BL_LOC_COUNTRY || p->kind == BL_LOC_ADMIN1 ||
           (p->kind == BL_LOC_REGION && !(p->flags & BL_PLACE_ADMIN2)) || p->population >= 100000;
}

/* A LOCATION entity that does not resolve as a whole may hold places:
 * "Amsterdam-London" (one token), "Karnataka Assembly" (a name and a word
 * the tagger swept in). Take hyphen parts, else the longest resolving
 * prefix or suffix. */
static int split_entity(struct run *r, size_t ts, size_t te, int ent, bool loc)
{
    const struct bl_doc *d = r->d;
    struct mention *m;
    size_t k;

    if (te - ts == 1) {
        size_t s = d->toks[ts].start, e = d->toks[ts].end, p = s, q;
        if (!memchr(d->text + s, '-', e - s))
            return BL_OK;
        while (p < e) {
            for (q = p; q < e && d->text[q] != '-'; q++)
                ;
            if (q > p) {
                unsigned cls = bl_gazetteer_classes(r->gz, d->text + p, q - p);
                m = add_part(r, ts, te, p, q, ent);
                if (!m)
                    return BL_ERR_NOMEM;
                /* "Berlin-based", "Syrian-Turkish border" */
                if (!(strong(m) && !(cls & (BL_GZ_GIVEN_NAME | BL_GZ_SURNAME | BL_GZ_ORG))) &&
                    !((cls & BL_GZ_DEMONYM) && as_demonym(r, m, cls)))
                    r->nm--;
            }
            p = q + 1;
        }
        return BL_OK;
    }
    if (!loc)
        return BL_OK;
    for (k = te - 1; k > ts; k--) {
        m = add_mention(r, ts, k, ent);
        if (!m)
            return BL_ERR_NOMEM;
        if (strong(m) && !(k == ts + 1 && not_place(r, ts))) {
            /* "Greece Italy", "Maiduguri Borno State": a list the tagger
             * ran together; the rest is a place of its own when strong. */
            if (!cap_word(d, k))
                return BL_OK;
            m = add_mention(r, k, te, ent);
            if (!m)
                return BL_ERR_NOMEM;
            if (!strong(m) || (te - k == 1 && not_place(r, k)))
                r->nm--;
            return BL_OK;
        }
        r->nm--;
    }
    for (k = ts + 1; k < te; k++) {
        m = add_mention(r, k, te, ent);
        if (!m)
            return BL_ERR_NOMEM;
        if (strong(m) && !(k == te - 1 && not_place(r, k)))
            return BL_OK;
        r->nm--;
    }
    return BL_OK;
}

/* Index of the sentence holding mention m (its first token's, d->tok_sent),
 * or d->nsents when that token lies outside every sentence. */
static size_t sent_of_mention(const struct bl_doc *d, const struct mention *m)
{
    size_t sn = m->ts < d->ntoks ? d->tok_sent[m->ts] : d->nsents;
    return sn < d->nsents && d->sents[sn].start <= m->s && m->s < d->sents[sn].end ? sn
                                                                                     : d->nsents;
}

/* Does mention j name country cc: by its name, or, when people may count,
 * by its people ("the Lebanese army")? */
static bool names_country(const struct mention *o, const char *cc, bool people)
{
    return o->best >= 0 && o->cand[o->best]->kind == BL_LOC_COUNTRY &&
           (people || !o->demonym) && strcmp(o->cand[o->best]->cc, cc) == 0;
}

/* Is country cc named by a mention other than m in sentence [ss, se)? i is
 * m's index; at most LOCAL_SPAN mentions on each side are looked at. */
static bool named_near(const struct run *r, size_t i, size_t ss, size_t se, const char *cc,
                       bool people)
{
    size_t j, n;
    for (j = i, n = 0; j-- > 0 && n < LOCAL_SPAN && r->m[j].s >= ss; n++)
        if (names_country(&r->m[j], cc, people))
            return true;
    for (j = i + 1, n = 0; j < r->nm && n < LOCAL_SPAN && r->m[j].s < se; j++, n++)
        if (names_country(&r->m[j], cc, people))
            return true;
    return false;
}

/* "the northern city of Tripoli", "the Lebanese port of Tripoli": a town
 * the writer introduces, which a nationality in its sentence may place
 * ("American fans in Birmingham" is no town in Alabama). */
static bool introduced(const struct run *r, const struct mention *m)
{
    static const char *const nouns[] = {"city", "town", "port", "village", "capital", NULL};
    return m->ts >= 2 && tok_is(r->d, m->ts - 1, "of") && tok_in(r->d, m->ts - 2, nouns);
}

/* "Tripoli in northern Lebanon" or "the Lebanese army ... off the northern
 * city of Tripoli" in a story datelined Tripoli, Libya: a town whose
 * sentence names another country (by its name, or by its people when the
 * town is introduced as a city of), which holds a namesake of it, while it
 * names not the country of the reading chosen, is that namesake, when the
 * two are within an order of magnitude of population ("Canada's envoy in
 * London" stays in England). Such a mention keeps its sense against
 * one_sense(). Linear: each mention looks at LOCAL_SPAN others on each
 * side for each of its candidates. */
static void local_country(struct run *r)
{
    const struct bl_doc *d = r->d;
    size_t i, k;

    for (i = 0; i < r->nm; i++) {
        struct mention *m = &r->m[i];
        const struct bl_place *b;
        int pick = -1;
        size_t sn, ss, se;
        bool people;
        if (m->best < 0 || m->cue || m->demonym || m->qualifier || m->road || m->ncand < 2)
            continue;
        b = m->cand[m->best];
        if (b->kind != BL_LOC_CITY)
            continue;
        sn = sent_of_mention(d, m);
        if (sn >= d->nsents)
            continue;
        ss = d->sents[sn].start;
        se = d->sents[sn].end;
        people = introduced(r, m);
        if (named_near(r, i, ss, se, b->cc, true))
            continue;
        for (k = 0; k < m->ncand; k++) {
            const struct bl_place *p = m->cand[k];
            if (p->kind != BL_LOC_CITY || strcmp(p->cc, b->cc) == 0 ||
                (float)p->population * LOCAL_RATIO < (float)b->population)
                continue;
            if ((pick < 0 || m->score[k] > m->score[pick]) &&
                named_near(r, i, ss, se, p->cc, people))
                pick = (int)k;
        }
        if (pick >= 0) {
            m->best = pick;
            m->local = true;
        }
    }
}

/* Is mention o, resolved, listed right next to m ("California or
 * Washington", "New York and Boston", "Oregon, Washington"): one "and",
 * "or" or comma between them, neither inside the other? */
static bool listed_next(const struct run *r, const struct mention *m, const struct mention *o)
{
    const struct bl_doc *d = r->d;
    size_t gap = o->ts > m->ts ? o->ts - m->te : m->ts - o->te;
    size_t t = o->ts > m->ts ? m->te : o->te;
    if (o->best < 0 || o->qualifier || o->qual || o->dead || gap != 1 ||
        (o->ts > m->ts ? o->ts < m->te : m->ts < o->te))
        return false;
    return tok_is(d, t, "and") || tok_is(d, t, "or") || tok_is(d, t, ",");
}

/* Is mention o a subdivision of country cc listed next to m? */
static bool listed_state(const struct run *r, const struct mention *m, const struct mention *o,
                         const char *cc)
{
    return o->te > o->ts && listed_next(r, m, o) && o->cand[o->best]->kind == BL_LOC_ADMIN1 &&
           strcmp(o->cand[o->best]->cc, cc) == 0;
}

/* Is mention o a big city listed next to m ("New York and Boston")? */
static bool listed_city(const struct run *r, const struct mention *m, const struct mention *o)
{
    return listed_next(r, m, o) && o->cand[o->best]->kind == BL_LOC_CITY &&
           o->cand[o->best]->population >= BIG_CITY;
}

/* "western states such as California or Washington": a name listed with a
 * subdivision is a subdivision of that country too, when it can be. Such a
 * mention keeps its sense against one_sense(). */
static void listed_states(struct run *r)
{
    size_t i, k;
    for (i = 0; i < r->nm; i++) {
        struct mention *m = &r->m[i];
        int pick = -1;
        if (m->best < 0 || m->cue || m->qual || m->qualifier || m->demonym || m->road ||
            m->cand[m->best]->kind == BL_LOC_ADMIN1)
            continue;
        for (k = 0; k < m->ncand; k++) {
            const char *cc = m->cand[k]->cc;
            if (m->cand[k]->kind != BL_LOC_ADMIN1 || (pick >= 0 && m->score[k] <= m->score[pick]))
                continue;
            if ((i > 0 && listed_state(r, m, &r->m[i - 1], cc)) ||
                (i + 1 < r->nm && listed_state(r, m, &r->m[i + 1], cc)))
                pick = (int)k;
        }
        if (pick < 0 && m->cand[m->best]->kind == BL_LOC_CITY &&
            m->cand[m->best]->population < LIST_SMALL &&
            ((i > 0 && listed_city(r, m, &r->m[i - 1])) ||
             (i + 1 < r->nm && listed_city(r, m, &r->m[i + 1])))) {
            /* "stops in Washington, New York and Boston": a small town
             * listed with a big city is the big city of its name */
            for (k = 0; k < m->ncand; k++)
                if (m->cand[k]->kind == BL_LOC_CITY && m->cand[k]->population >= BIG_CITY &&
                    (pick < 0 || m->cand[k]->population > m->cand[pick]->population))
                    pick = (int)k;
        }
        if (pick >= 0) {
            m->best = pick;
            m->local = true;
        }
    }
}

/* Great-circle distance in km between two places (NAN when one has no
 * coordinates). */
static float km_between(const struct bl_place *a, const struct bl_place *b)
{
    const double rad = 3.14159265358979 / 180.0;
    double la1 = a->lat * rad, la2 = b->lat * rad, dl = (b->lon - a->lon) * rad;
    double c = sin(la1) * sin(la2) + cos(la1) * cos(la2) * cos(dl);
    if (c > 1.0)
        c = 1.0;
    else if (c < -1.0)
        c = -1.0;
    return (float)(6371.0 * acos(c));
}

/* The distance from p to the nearest town another mention of paragraph
 * [ps, pe) was confidently read as, in p's country (at most LOCAL_SPAN
 * mentions on each side of mention i); HUGE_VALF when none. */
static float km_to_anchor(const struct run *r, size_t i, size_t ps, size_t pe,
                          const struct bl_place *p)
{
    float best = HUGE_VALF;
    size_t j, n, lo = i > LOCAL_SPAN ? i - LOCAL_SPAN : 0;
    for (j = lo, n = 0; j < r->nm && n <= 2 * LOCAL_SPAN; j++, n++) {
        const struct mention *o = &r->m[j];
        const struct bl_place *q;
        float km;
        if (j == i || o->s < ps || o->s >= pe || o->best < 0 || o->metonymic || o->demonym ||
            (o->conf < 0.7f && !o->cue))
            continue;
        q = o->cand[o->best];
        if (q->kind != BL_LOC_CITY || q == r->m[i].cand[r->m[i].best] ||
            strcmp(q->cc, p->cc) != 0)
            continue;
        km = km_between(p, q);
        if (km < best)
            best = km;
    }
    return best;
}

/* "a cottage in Dewsbury ... They moved to Thornhill": a small town whose
 * reading lies far from the towns its paragraph names, while a namesake in
 * the same country lies near one, is that namesake. Big cities (100,000 and
 * more) stay as read. Linear: 2 * LOCAL_SPAN mentions per candidate. */
static void nearby_towns(struct run *r)
{
    const struct bl_doc *d = r->d;
    size_t i, k, sn = 0, a = 1, z = 0; /* [a, z]: the sentences of sn's paragraph, once known */
    for (i = 0; i < r->nm; i++) {
        struct mention *m = &r->m[i];
        const struct bl_place *b;
        size_t para;
        int pick = -1;
        float pk = NEAR_KM;
        if (m->best < 0 || m->cue || m->qual || m->qualifier || m->demonym || m->road ||
            m->local || m->ncand < 2)
            continue;
        b = m->cand[m->best];
        if (b->kind != BL_LOC_CITY || b->population >= 100000 || isnan(b->lat))
            continue;
        sn = sent_of_mention(d, m);
        if (sn >= d->nsents)
            continue;
        if (sn < a || sn > z) {
            /* sn only grows: each paragraph is walked once */
            para = d->sents[sn].para;
            for (a = sn; a > 0 && d->sents[a - 1].para == para; a--)
                ;
            for (z = sn; z + 1 < d->nsents && d->sents[z + 1].para == para; z++)
                ;
        }
        if (km_to_anchor(r, i, d->sents[a].start, d->sents[z].end, b) <= FAR_KM)
            continue;
        for (k = 0; k < m->ncand; k++) {
            const struct bl_place *p = m->cand[k];
            float km;
            if ((int)k == m->best || p->kind != BL_LOC_CITY || isnan(p->lat) ||
                strcmp(p->cc, b->cc) != 0)
                continue;
            km = km_to_anchor(r, i, d->sents[a].start, d->sents[z].end, p);
            if (km < pk) {
                pk = km;
                pick = (int)k;
            }
        }
        if (pick >= 0) {
            m->best = pick;
            m->local = true;
        }
    }
}

/* One sense per article: a name settled by an explicit cue ("Washington
 * state", "Paris, Texas", a dateline) means the same place where it recurs
 * without one, when that place is among its readings. */
static int one_sense(struct run *r)
{
    struct sense {
        uint64_t key;
        const struct bl_place *p;
    } * t;
    size_t i, j, n = 16, h;

    while (n < r->nm * 2)
        n <<= 1;
    t = calloc(n, sizeof *t);
    if (!t)
        return BL_ERR_NOMEM;
    for (i = 0; i < r->nm; i++) {
        const struct mention *m = &r->m[i];
        uint64_t k;
        /* a cue inside a body's name ("the Federation of Industries of the
         * State of Sao Paulo") says what the body is named after, not what
         * the article means by the bare name */
        if (m->dateline && m->qual) {
            /* "CAMP MURRAY, Wash. -": the subdivision a dateline names is
             * what its name means where it recurs bare in the story
             * ("Washington", not the capital); a qualifier elsewhere
             * ("born in Buffalo, New York") says less of the story */
            const struct bl_place *p = m->qual;
            k = word_hash(p->name, strlen(p->name));
            for (h = (size_t)k & (n - 1); t[h].key && t[h].key != k; h = (h + 1) & (n - 1))
                ;
            if (!t[h].key) {
                t[h].key = k;
                t[h].p = p;
            }
        }
        if (!m->cue || m->best < 0 ||
            (m->ent >= 0 && r->d->ents[m->ent].type != BL_ENT_LOCATION))
            continue;
        k = word_hash(r->d->text + m->s, m->e - m->s);
        for (h = (size_t)k & (n - 1); t[h].key && t[h].key != k; h = (h + 1) & (n - 1))
            ;
        if (!t[h].key) {
            t[h].key = k;
            t[h].p = m->cand[m->best];
        }
    }
    for (i = 0; i < r->nm; i++) {
        struct mention *m = &r->m[i];
        uint64_t k;
        if (m->cue || m->local || m->best < 0)
            continue;
        k = word_hash(r->d->text + m->s, m->e - m->s);
        for (h = (size_t)k & (n - 1); t[h].key && t[h].key != k; h = (h + 1) & (n - 1))
            ;
        if (!t[h].key)
            continue;
        for (j = 0; j < m->ncand; j++)
            if (m->cand[j] == t[h].p) {
                m->best = (int)j;
                break;
            }
    }
    free(t);
    return BL_OK;
}

/* The folded key of a one-token mention for variant(), without a final
 * "s"; 0 when it is shorter than five letters or not one token. */
static uint64_t variant_key(const struct run *r, const struct mention *m)
{
    char buf[64];
    size_t n;
    if (m->te != m->ts + 1 || m->e - m->s >= sizeof buf)
        return 0;
    n = bl_gazetteer_normalize(r->d->text + m->s, m->e - m->s, buf, sizeof buf);
    if (n && (buf[n - 1] == 's' || buf[n - 1] == 'S'))
        n--;
    return n >= 5 ? word_hash(buf, n) : 0;
}

/* "Brüssel" in a German quote and "Brussels" in the story: a place name
 * the gazetteer lacks that folds to a city or country named in the article
 * (but for a final "s") is that place, a little less surely. At most NVAR
 * such names are tried; other mentions are folded only when their first
 * byte matches one of them. */
#define NVAR 8
static void variants(struct run *r)
{
    struct {
        uint64_t key;
        size_t mi;
        unsigned char first;
    } u[NVAR];
    size_t i, j, nu = 0;

    for (i = 0; i < r->nm && nu < NVAR; i++) {
        const struct mention *m = &r->m[i];
        if (m->ncand == 0 && m->ent >= 0 && r->d->ents[m->ent].type == BL_ENT_LOCATION &&
            (u[nu].key = variant_key(r, m)) != 0) {
            u[nu].mi = i;
            u[nu].first = (unsigned char)(r->d->text[m->s] | 0x20);
            nu++;
        }
    }
    for (i = 0; nu && i < r->nm; i++) {
        const struct mention *m = &r->m[i];
        unsigned char first = (unsigned char)(r->d->text[m->s] | 0x20);
        uint64_t k = 0;
        if (m->best < 0 || m->metonymic || m->te != m->ts + 1 ||
            (m->cand[m->best]->kind != BL_LOC_CITY && m->cand[m->best]->kind != BL_LOC_COUNTRY))
            continue;
        for (j = 0; j < nu; j++) {
            struct mention *v = &r->m[u[j].mi];
            if (u[j].first != first || v->ncand != 0)
                continue;
            if (!k && !(k = variant_key(r, m)))
                break;
            if (k != u[j].key)
                continue;
            v->cand[0] = m->cand[m->best];
            v->score[0] = m->score[m->best];
            v->ncand = 1;
            v->npref = 0;
            v->best = 0;
            v->conf = 0.8f * m->conf;
        }
    }
}

/* How much a clear mention counts for its country and subdivision. */
static float weight(const struct mention *m)
{
    return m->dateline ? 3.0f : m->demonym ? 0.5f : 1.0f;
}

/* "Marathon" in a story from Greece, "Villa Park" in one from England: a
 * small town whose every reading lies in a country the story never names,
 * while the story is plainly about another one, is a place the gazetteer
 * lacks there (GeoNames has "Marathónas"), not the town abroad; it is left
 * unresolved, to be placed in the story's main place. */
#define FOREIGN_TOWN 50000 /* people: a smaller town only */
#define STORY_CC     4.0f  /* weight of the story's country: a dateline and one more */
static void foreign_towns(struct run *r, const struct ctx *c)
{
    float top = 0;
    for (size_t s = 0; s < NCC; s++)
        if (c->cc[s] > top)
            top = c->cc[s];
    if (top < STORY_CC)
        return;
    for (size_t i = 0; i < r->nm; i++) {
        struct mention *m = &r->m[i];
        const struct bl_place *b;
        size_t k;
        if (m->best < 0 || m->dateline || m->qual || m->qualifier || m->demonym || m->ent < 0 ||
            r->d->ents[m->ent].type != BL_ENT_LOCATION)
            continue;
        b = m->cand[m->best];
        if (b->kind != BL_LOC_CITY || b->population >= FOREIGN_TOWN)
            continue;
        for (k = 0; k < m->ncand; k++) {
            int slot = cc_slot(m->cand[k]->cc);
            float own = (m->voted && strcmp(m->cand[k]->cc, b->cc) == 0) ? weight(m) : 0;
            if (slot < 0 || c->cc[slot] - own > 0.01f)
                break;
        }
        if (k < m->ncand)
            continue;
        m->best = -1;
        m->ncand = 0;
        m->conf = 0.2f;
    }
}

static void lists_fill(struct bl_loc_lists *l)
{
    uint32_t more[32];
    l->not_places_mask = len_mask(not_places);
    ends_of(not_places, l->not_places_ends);
    ends_of(place_tails, l->place_tails_ends);
    ends_of(facility_tails, l->facility_tails_ends);
    ends_of(locative, l->locative_ends);
    ends_of(support_preps, l->support_preps_ends);
    ends_of(where_preps, l->where_preps_ends);
    ends_of(team, l->team_ends);
    ends_of(place_nouns, l->place_nouns_ends);
    ends_of(compass, l->compass_ends);
    ends_of(meto_aux, l->meto_aux_ends);
    ends_of(meto_verbs, l->meto_verbs_ends);
    l->keep_preps_mask = len_mask(keep_preps);
    ends_of(keep_preps, l->keep_preps_ends);
    seconds_of(keep_preps, l->keep_preps_seconds);
    l->street_lens = len_mask(road_street);
    l->plural_lens = len_mask(road_plural);
    l->meet_lens = len_mask(road_meet);
    l->ordinal_lens = len_mask(ordinal_words);
    ends_of(road_plural, l->road_first_ends);
    ends_of(road_meet, more);
    for (size_t i = 0; i < 32; i++)
        l->road_first_ends[i] |= more[i];
    ends_of(ordinal_words, more);
    for (size_t i = 0; i < 32; i++)
        l->road_first_ends[i] |= more[i];
    ends_of(landmark_tails, l->landmark_tails_ends);
    l->admin_tails_last = 0;
    for (size_t i = 0; i < NTAILS; i++)
        l->admin_tails_last |= 1u << ((unsigned char)admin_tails[i].w[admin_tails[i].n - 1] & 31u);
}

/* See bl_int.h: *out is malloc'd (NULL after a failure). */
int bl_locations_lists_create(struct bl_loc_lists **out)
{
    *out = malloc(sizeof **out);
    if (!*out)
        return BL_ERR_NOMEM;
    lists_fill(*out);
    return BL_OK;
}

void bl_locations_lists_free(struct bl_loc_lists *l)
{
    free(l);
}

/* Does entity i, one word, stand for a company the actors stage named with
 * more words after it ("Northfield" for "Northfield Markets Inc")? Such a
 * short name is no place, though a small town has it too. */
static bool short_name_of_body(const struct bl_doc *d, size_t i)
{
    const struct bl_actor *A;
    size_t n = d->ents[i].span.end - d->ents[i].span.start;
    if (d->ents[i].actor < 0 || (size_t)d->ents[i].actor >= d->nactors)
        return false;
    A = &d->actors[d->ents[i].actor];
    return A->kind == BL_ACTOR_ORGANIZATION && A->name && strlen(A->name) > n &&
           memcmp(A->name, d->text + d->ents[i].span.start, n) == 0 && A->name[n] == ' ';
}

/* ---- The stage ----------------------------------------------------------- */

int bl_locations_run(const bl_gazetteer *gz, struct bl_doc *d)
{
    struct run r = {0};
    struct bl_loc_lists own_lists; /* when gz has none */
    struct mention *em;
    /* the context votes, and a mention's own vote taken out again: on the
     * stack (a few KB), as a fresh heap block cost more to get and zero */
    struct ctx ctxs[2];
    struct ctx *c = &ctxs[0], *self = &ctxs[1];
    float *pri = NULL; /* prior() of candidate k of mention i at [i * MAXC + k] */
    const struct bl_place *focus = NULL, *only_city = NULL;
    float focus_w = 0;
    bool cities = false;                 /* a city resolved (only_city: the one, NULL: several) */
    const struct bl_place *weighed[260]; /* focus: places weighed (at most 258 mentions) */
    size_t nweighed = 0;
    int pass;
    size_t i, k, ts_prev;
    int rc = BL_OK;

    if (!d)
        return BL_ERR_ARG;
    free(d->locs);
    d->locs = NULL;
    d->nlocs = 0;
    if (!gz || d->ntoks == 0)
        return BL_OK;
    r.gz = gz;
    r.d = d;
    r.L = bl_gazetteer_loc_lists(gz);
    if (!r.L) {
        lists_fill(&own_lists);
        r.L = &own_lists;
    }
    r.cover = malloc(d->ntoks);
    memset(ctxs, 0, sizeof ctxs);
    if (!r.cover) {
        rc = BL_ERR_NOMEM;
        goto out;
    }
    memset(r.cover, -1, d->ntoks);
    /* the capitalised words, which the scans for datelines, gazetteer names
     * and repeated names walk */
    if ((rc = bl_doc_caps(d)) != BL_OK)
        goto out;

    rc = collect_surnames(&r);
    if (rc != BL_OK)
        goto out;
    /* each entity adds a mention below: room for them in one allocation
     * rather than a copy at each doubling */
    if (d->nents && (rc = bl_grow((void **)&r.m, &r.capm, d->nents + 16, sizeof *r.m)) != BL_OK)
        goto out;
    /* Entities: mark their tokens; LOCATION ones become mentions. */
    for (i = 0, ts_prev = 0; i < d->nents; i++) {
        size_t ts = tok_at_from(d, d->ents[i].span.start, ts_prev), te = ts;
        ts_prev = ts;
        d->ents[i].location = -1;
        while (te < d->ntoks && d->toks[te].start < d->ents[i].span.end)
            te++;
        if (te <= ts)
            continue;
        for (k = ts; k < te; k++)
            r.cover[k] = (int8_t)d->ents[i].type;
        if (te - ts == 1 && short_name_of_body(d, i))
            continue; /* "Northfield" for "Northfield Markets Inc": no town */
        if (d->ents[i].type == BL_ENT_LOCATION && possessive_tail(&r, ts, te))
            te--; /* "Victoria's premier": Victoria, not "Victorias" */
        em = add_mention(&r, ts, te, (int)i);
        if (!em) {
            rc = BL_ERR_NOMEM;
            goto out;
        }
        if (keep_entity(&r, em, d->ents[i].type)) {
            for (k = ts; k < te; k++)
                r.cover[k] = BL_ENT_LOCATION;
            continue;
        }
        r.nm--;
        if (d->ents[i].type == BL_ENT_LOCATION || te - ts == 1) {
            rc = split_entity(&r, ts, te, (int)i, d->ents[i].type == BL_ENT_LOCATION);
            if (rc != BL_OK)
                goto out;
        } else {
            /* "Los Angeles-based": the words before the hyphen. */
            const char *h = memchr(d->text + d->toks[te - 1].start, '-',
                                   d->toks[te - 1].end - d->toks[te - 1].start);
            if (h && h > d->text + d->toks[te - 1].start) {
                em = add_part(&r, ts, te, d->toks[ts].start, (size_t)(h - d->text), (int)i);
                if (!em) {
                    rc = BL_ERR_NOMEM;
                    goto out;
                }
                if (!strong(em))
                    r.nm--;
            } else {
                rc = of_name(&r, ts, te, (int)i);
                if (rc != BL_OK)
                    goto out;
            }
        }
    }
    extend_landmarks(&r);
    /* Datelines can lie inside a LOCATION entity: mark that mention. */
    rc = find_datelines(&r);
    if (rc != BL_OK)
        goto out;
    rc = find_roads(&r);
    if (rc != BL_OK)
        goto out;
    rc = scan_gazetteer(&r);
    if (rc != BL_OK)
        goto out;
    rc = repeat_names(&r);
    if (rc != BL_OK)
        goto out;
    if (r.nm)
        bl_sort_stable(r.m, r.nm, sizeof *r.m, mention_cmp);
    /* Drop a dateline mention that repeats a LOCATION entity's tokens,
     * keeping the entity and the dateline mark. */
    for (i = 0, k = 0; i < r.nm; i++) {
        if (k > 0 && r.m[i].s < r.m[k - 1].e) {
            bool dl = r.m[i].dateline || r.m[k - 1].dateline;
            if (r.m[i].ent >= 0 && r.m[k - 1].ent < 0)
                r.m[k - 1] = r.m[i];
            r.m[k - 1].dateline = dl;
            continue;
        }
        if (k != i) /* a mention is some 400 bytes: most stay where they are */
            r.m[k] = r.m[i];
        k++;
    }
    r.nm = k;
    rc = find_qualifiers(&r);
    if (rc != BL_OK)
        goto out;
    for (i = 0, k = 0; i < r.nm; i++)
        if (!r.m[i].dead) {
            if (k != i)
                r.m[k] = r.m[i];
            k++;
        }
    r.nm = k;
    if (r.nm)
        bl_sort_stable(r.m, r.nm, sizeof *r.m, mention_cmp);

    /* Pass 1: priors only; clear winners vote for their country and
     * subdivision. Passes 2 and 3: score again with the votes of the
     * previous pass, so places settled by context can settle others
     * ("Thruxton, Hampshire" once "Kent" is British). A mention's own vote is
     * taken out while it is scored. */
    /* the priors, asked in each pass, once (without memory for them, in
     * each pass) */
    if (r.nm && r.nm <= SIZE_MAX / (MAXC * sizeof *pri))
        pri = malloc(r.nm * MAXC * sizeof *pri);
    for (i = 0; pri && i < r.nm; i++)
        for (k = 0; k < r.m[i].ncand; k++)
            pri[i * MAXC + k] = prior(r.m[i].cand[k], k < r.m[i].npref);
    for (i = 0; i < r.nm; i++) {
        struct mention *m = &r.m[i];
        score(&r, m, NULL, NULL, pri ? pri + i * MAXC : NULL);
        m->voted = m->best >= 0 && (m->ncand == 1 || m->conf >= 0.85f || m->qual);
        if (m->voted)
            ctx_add(c, gz, m->cand[m->best], weight(m));
    }
    for (pass = 2; pass <= 3; pass++) {
        for (i = 0; i < r.nm; i++) {
            struct mention *m = &r.m[i];
            const struct bl_place *own = m->voted ? m->cand[m->best] : NULL;
            if (m->best < 0)
                continue;
            if (own)
                ctx_add(self, gz, own, weight(m));
            score(&r, m, c, self, pri ? pri + i * MAXC : NULL);
            if (own)
                ctx_clear(self, own);
        }
        if (pass == 3)
            break;
        memset(c, 0, sizeof *c);
        for (i = 0; i < r.nm; i++) {
            struct mention *m = &r.m[i];
            m->voted = m->best >= 0 && (m->conf >= 0.7f || m->qual);
            if (m->voted)
                ctx_add(c, gz, m->cand[m->best], weight(m));
        }
    }
    foreign_towns(&r, c);
    local_country(&r);
    listed_states(&r);
    nearby_towns(&r);
    rc = one_sense(&r);
    if (rc != BL_OK)
        goto out;
    for (i = 0; i < r.nm; i++)
        r.m[i].metonymic = metonymic(&r, &r.m[i]);
    variants(&r);
    one_team(&r);
    /* The article's main place: the dateline, else the most mentioned city. */
    for (i = 0, nweighed = 0; i < r.nm; i++) {
        const struct mention *m = &r.m[i];
        const struct bl_place *p;
        float w;
        if (m->best < 0 || m->metonymic)
            continue;
        p = m->cand[m->best];
        if (p->kind != BL_LOC_CITY && p->kind != BL_LOC_ADMIN1)
            continue;
        if (p->kind == BL_LOC_CITY) {
            only_city = !cities || only_city == p ? p : NULL;
            cities = true;
        }
        /* Only a confident mention can be the focus (below), and a place
         * already weighed from an earlier confident mention sums that
         * mention's weight and this one's and all after: this one cannot
         * beat it. So the walk below is done once per place, not once per
         * mention ("in Sherman" a thousand times). */
        if (m->conf < 0.65f)
            goto next;
        if (!m->dateline) {
            size_t x;
            for (x = 0; x < nweighed && weighed[x] != p; x++)
                ;
            if (x < nweighed)
                goto next;
        }
        /* Confident mentions count: a street name that is also a small
         * town somewhere ("Franklin") should not pull the focus. */
        w = (m->dateline ? 100.0f : 0.0f) + m->conf;
        for (k = i + 1; k < r.nm; k++)
            if (r.m[k].best >= 0 && !r.m[k].metonymic && r.m[k].cand[r.m[k].best] == p)
                w += r.m[k].conf;
        if (p->kind != BL_LOC_CITY)
            w *= 0.5f;
        if (w > focus_w) {
            focus_w = w;
            focus = p;
        }
        if (!m->dateline)
            weighed[nweighed++] = p;
    next:
        if (i > 256)
            break; /* enough to find the focus; keeps this linear */
    }
    /* No confident main place, but the article names one town only ("The
     * mayor of Ashford", a town with namesakes elsewhere): that town is
     * where its streets and buildings are */
    if (!focus && only_city && i <= 256)
        focus = only_city;
    rc = emit(&r, focus);
out:
    free(r.m);
    free(r.cover);
    free(r.surnames);
    free(r.lowers);
    free(pri);
    return rc;
}
