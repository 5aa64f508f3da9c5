/* bl_int.h -- structures and functions shared inside the core.
 *
 * Not part of the public API: handlers and the server use byline.h only.
 * Unit tests may include this to reach the stages one by one. */
#ifndef BL_INT_H
#define BL_INT_H

#include "byline.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---- Errors ------------------------------------------------------------ */

/* Fill err (when not NULL) with code, offset and a printf-style message.
 * Returns code, so callers can write `return bl_fail(err, BL_ERR_IO, ...)`. */
int bl_fail(struct bl_error *err, int code, size_t offset, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Read a model file of at most max bytes into *buf (malloc'd, caller frees)
 * for a parser; a larger file is BL_ERR_FORMAT "<what> <path> is too large". */
int bl_model_file_read(const char *path, size_t max, const char *what, char **buf, size_t *size,
                       struct bl_error *err);

/* Put "<path>: " before err's message (a parser's error names no file). */
void bl_error_prefix(struct bl_error *err, const char *path);

/* Little-endian u32 in a model file. */
static inline uint32_t bl_rd32le(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline void bl_wr32le(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

/* FNV-1a over p[0..n): a model file's checksum (its last four bytes). */
uint32_t bl_fnv32(const unsigned char *p, size_t n);

/* Finish and write a model file: buf[0..len) holds the header; from rows on,
 * nrows rows of a u32 key and nw little-endian i16 weights (q, row-major)
 * are laid down, then the checksum of all before it in the last 4 bytes.
 * BL_OK or BL_ERR_IO; buf stays the caller's. */
int bl_model_file_write(const char *path, unsigned char *buf, size_t len, unsigned char *rows,
                        const uint32_t *keys, const int16_t *q, uint32_t nrows, size_t nw);

/* ---- Arena ------------------------------------------------------------- */

/* A bump allocator for per-document strings and small arrays. Everything is
 * freed at once by bl_arena_free. Not thread-safe; one per doc. */
struct bl_arena_block;
struct bl_arena {
    struct bl_arena_block *head;
};

/* Returns zeroed memory aligned for any type, or NULL on OOM. */
void *bl_arena_alloc(struct bl_arena *a, size_t size);
void *bl_arena_alloc_raw(struct bl_arena *a, size_t size); /* the same, not zeroed */
/* Copies s[0..len) plus a NUL into the arena. */
char *bl_arena_strndup(struct bl_arena *a, const char *s, size_t len);
void bl_arena_free(struct bl_arena *a);

/* ---- Growable arrays --------------------------------------------------- */

/* Make room for at least `need` elements of size `elem` in *ptr (capacity in
 * *cap). Returns BL_OK or BL_ERR_NOMEM; on failure *ptr is unchanged. */
int bl_grow(void **ptr, size_t *cap, size_t need, size_t elem);

/* Sort base[0..n) (elements of size bytes) by cmp as qsort does, but
 * stably (elements cmp calls equal keep their order) with any C library.
 * The rule stages sort short arrays that are nearly in order already: for
 * those this costs about one cmp an element and allocates nothing; long or
 * scrambled input goes on to a merge sort that mallocs n / 2 elements (and
 * still sorts, slowly, when that fails). Thread-safe. */
void bl_sort_stable(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));

/* ---- Tokens ------------------------------------------------------------ */

enum bl_tok_kind {
    BL_TOK_WORD = 0,   /* letters, with inner hyphens, apostrophes, periods (U.S.) */
    BL_TOK_NUMBER,     /* 300, 1.5, 1,000, 24-hour is a WORD, '90s is a NUMBER */
    BL_TOK_PUNCT,      /* . , ; : ! ? ( ) [ ] ... */
    BL_TOK_QUOTE,      /* any quotation mark: " ' “ ” ‘ ’ « » „ ‹ › */
    BL_TOK_DASH,       /* - -- – — */
    BL_TOK_SYMBOL,     /* $ € £ % & @ # + ... */
    BL_TOK_URL,
    BL_TOK_EMAIL,
    BL_TOK_ELLIPSIS,   /* ... or … */
    BL_TOK_CLITIC      /* 's ’s n't 're 've 'll 'd 'm split off a word */
};

/* Token flags. */
#define BL_TF_SPACE_BEFORE 0x0001u /* whitespace precedes the token */
#define BL_TF_NL_BEFORE    0x0002u /* a line break precedes it */
#define BL_TF_PARA_BEFORE  0x0004u /* a blank line (or more) precedes it */
#define BL_TF_UPPER        0x0008u /* first letter is upper case */
#define BL_TF_ALLCAPS      0x0010u /* has letters, all upper case */
#define BL_TF_DIGIT        0x0020u /* contains a digit */
#define BL_TF_PERIOD_END   0x0040u /* word ends with '.' kept in the token (U.S., Mr.) */
#define BL_TF_ABBREV       0x0080u /* the period belongs to a known abbreviation */
#define BL_TF_OPEN_QUOTE   0x0100u /* quote mark that opens (by form or position) */
#define BL_TF_CLOSE_QUOTE  0x0200u /* quote mark that closes */
#define BL_TF_NONASCII     0x0400u /* contains a byte >= 0x80 */

struct bl_token {
    uint32_t start, end; /* byte offsets */
    uint16_t kind;       /* enum bl_tok_kind */
    uint16_t flags;      /* BL_TF_* */
};

/* Split text into tokens. *out is malloc'd and owned by the caller (free()),
 * *n its length; on failure *out is NULL. Text must be valid UTF-8. Cost is
 * linear in len. */
int bl_tokenize(const char *text, size_t len, struct bl_token **out, size_t *n);

/* The byte span of tokens [a, b) of t, from the start of a to the end of
 * b - 1 (a < b). */
static inline struct bl_span bl_tok_span(const struct bl_token *t, size_t a, size_t b)
{
    return (struct bl_span){t[a].start, t[b - 1].end};
}

/* Is the word s (len bytes) a US party and state tag after a legislator's
 * name: "D-N.M.", "R-Ky", "I-Vt." (a capital D, R or I, a hyphen, a
 * capital)? It names no one. Pure. */
static inline bool bl_party_tag(const char *s, size_t len)
{
    return len >= 3 && (s[0] == 'D' || s[0] == 'R' || s[0] == 'I') && s[1] == '-' &&
           s[2] >= 'A' && s[2] <= 'Z';
}

/* True when token t of text is lit, ignoring ASCII case. Inline, as the
 * rule stages call it millions of times, mostly with a literal that differs
 * in the first byte or is one punctuation mark. Tokens hold no NUL, so a shorter lit fails at its NUL
 * and is never read past it. Pure; thread-safe. */
static inline bool bl_tok_is(const char *text, const struct bl_token *t, const char *lit)
{
    const unsigned char *s = (const unsigned char *)text + t->start;
    size_t n = t->end - t->start;
    unsigned char b0 = (unsigned char)lit[0];
    /* one mark (",", "(", ":"): with a literal the compiler keeps only this */
    if (b0 && !lit[1] && (unsigned)((b0 | 0x20u) - 'a') >= 26u)
        return n == 1 && s[0] == b0;
    for (size_t i = 0; i < n; i++) {
        unsigned a = s[i], b = (unsigned char)lit[i];
        if (a != b) {
            if (a - 'A' < 26u)
                a += 'a' - 'A';
            if (b - 'A' < 26u)
                b += 'a' - 'A';
            if (a != b)
                return false;
        }
    }
    return lit[n] == '\0';
}
/* True when token t of text is one of the NULL-terminated list, ignoring
 * ASCII case. */
bool bl_tok_in(const char *text, const struct bl_token *t, const char *const *list);

/* True when token t is a word that names a storm by the name after it
 * ("Typhoon Halani", "Hurricane Ian"): such a name is neither a person
 * (actors) nor a place (locations). */
bool bl_storm_word(const char *text, const struct bl_token *t);

/* True when the word text[start..end) (including its final period) is a
 * known abbreviation such as "Mr." or "Jan." that does not end a sentence by
 * itself. */
bool bl_is_abbrev(const char *s, size_t len);

/* The end of content toks [a, b) of t with the terms of a source's
 * anonymity cut off: "the meeting [on (the) condition of anonymity ...]",
 * "..., he said, [speaking on condition ...]", "[who spoke on condition
 * ...]". Reporters state on what terms a source spoke; that is not what the
 * source said. b when the content holds no such phrase (core/cues.c). */
size_t bl_anonymity_cut(const char *text, const struct bl_token *t, size_t a, size_t b);

/* ---- UTF-8 helpers (core/utf8.c) */

/* Code point at s[i] (i < len); *clen gets its length in bytes. Ill-formed
 * bytes decode as U+FFFD with length 1. */
int32_t bl_utf8_decode(const unsigned char *s, size_t len, size_t i, size_t *clen);
/* Byte offset of the start of the character containing byte i. */
size_t bl_utf8_char_start(const unsigned char *s, size_t i);

/* Eight bytes at a time (tokenize, gazetteer, offsets, utf8, quotes, claims):
 * bit 7 of every byte, and 1 in every byte. */
#define BL_HIGH8 0x8080808080808080ull
#define BL_ONES8 0x0101010101010101ull

/* True when none of the n bytes at p has its high bit set (n a multiple of
 * 8; a constant n unrolls to a few loads or'd together). */
static inline bool bl_all_ascii(const unsigned char *p, size_t n)
{
    uint64_t acc = 0;
    for (size_t i = 0; i < n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        acc |= w;
    }
    return !(acc & BL_HIGH8);
}

/* Bit 7 of the byte of each ASCII letter among the eight bytes of x (on a
 * little-endian machine the first byte is the low one). The additions stay
 * inside each byte: its low seven bits, at most 0x7F, plus at most 0x1F. */
static inline uint64_t bl_letters8(uint64_t x)
{
    uint64_t low = (x & ~BL_HIGH8) | 0x20 * BL_ONES8; /* lower case for letters */
    uint64_t ge_a = low + (0x80 - 'a') * BL_ONES8, gt_z = low + (0x80 - 'z' - 1) * BL_ONES8;
    return ge_a & ~gt_z & ~x & BL_HIGH8;
}

/* x with each ASCII capital among its eight bytes made lower case (0x20
 * added); every other byte, from 0x80 up included, unchanged. */
static inline uint64_t bl_fold8(uint64_t x)
{
    uint64_t low7 = x & ~BL_HIGH8; /* no sum below carries out of its byte */
    uint64_t from_a = low7 + (0x80 - 'A') * BL_ONES8, past_z = low7 + (0x80 - 'Z' - 1) * BL_ONES8;
    return x | ((from_a & ~past_z & ~x & BL_HIGH8) >> 2);
}

/* How many bytes of m have bit 7 set (m has no other bits set). */
static inline unsigned bl_count8(uint64_t m)
{
    return (unsigned)(((m >> 7) * BL_ONES8) >> 56);
}

/* ---- Sentences --------------------------------------------------------- */

struct bl_sentence {
    uint32_t tok_start, tok_end; /* token range [tok_start, tok_end) */
    uint32_t start, end;         /* byte range, first token start .. last token end */
    uint32_t para;               /* paragraph index, 0-based */
    uint32_t flags;              /* BL_SF_* */
};

#define BL_SF_HEADLINE  0x1u /* a line of its own with no final punctuation */
#define BL_SF_PARA_START 0x2u /* first sentence of a paragraph */

/* Split tokens into sentences and paragraphs. *out is malloc'd and owned by
 * the caller; on failure *out is NULL. Linear in n. */
int bl_sentences_split(const char *text, const struct bl_token *toks, size_t n,
                       struct bl_sentence **out, size_t *nout);

/* ---- Offsets ----------------------------------------------------------- */

/* Byte -> code point / UTF-16 unit conversion over one text. One checkpoint
 * every BL_OFFSET_STRIDE bytes plus a short scan keeps it O(1) per lookup
 * and small (8 bytes per 64 bytes of text). */
#define BL_OFFSET_STRIDE 64
struct bl_offsets {
    const unsigned char *text;
    size_t len;
    uint32_t *cp;    /* code points before each checkpoint */
    uint32_t *u16;   /* UTF-16 units before each checkpoint */
    size_t nchecks;
};

int bl_offsets_init(struct bl_offsets *o, const char *text, size_t len);
/* bl_offsets_convert past its first case: the checkpoint and a scan. */
size_t bl_offsets_scan(const struct bl_offsets *o, size_t byte_off, enum bl_unit unit);
void bl_offsets_free(struct bl_offsets *o);

/* Convert byte_off into unit. Offsets past the end clamp to len; an offset
 * inside a character rounds down to that character's start. Read-only on o,
 * so threads may share one bl_offsets. Inline, as the reply asks it of
 * every span: a stride whose 64 bytes each start a character of one UTF-16
 * unit (checkpoints 64 apart in both counts: all ASCII, or ending in a lead
 * byte) needs no scan, and every offset in it is a character start. */
static inline size_t bl_offsets_convert(const struct bl_offsets *o, size_t byte_off,
                                        enum bl_unit unit)
{
    size_t k = byte_off / BL_OFFSET_STRIDE;
    if (unit != BL_UNIT_UTF8 && byte_off <= o->len && k + 1 < o->nchecks &&
        o->cp[k + 1] - o->cp[k] == BL_OFFSET_STRIDE &&
        o->u16[k + 1] - o->u16[k] == BL_OFFSET_STRIDE)
        return (unit == BL_UNIT_UTF16 ? o->u16[k] : o->cp[k]) + (byte_off - k * BL_OFFSET_STRIDE);
    return bl_offsets_scan(o, byte_off, unit);
}

/* ---- Documents --------------------------------------------------------- */

/* One actor mention in the doc-wide index, sorted by span (core/actors.c). */
struct bl_actor_ref {
    struct bl_span span;
    int actor;    /* index into d->actors */
    size_t reach; /* the largest span.end of this ref and those before it */
};

struct bl_doc {
    const char *text;
    size_t len;
    unsigned done; /* stages already run */
    struct bl_arena arena;
    struct bl_offsets offsets;

    struct bl_token *toks;
    size_t ntoks;
    struct bl_sentence *sents;
    size_t nsents;
    uint32_t *tok_sent; /* sentence index of each token (ntoks entries) */

    struct bl_entity *ents;
    size_t nents;
    struct bl_actor *actors;
    size_t nactors;
    struct bl_location *locs;
    size_t nlocs;
    struct bl_quote *quotes;
    size_t nquotes;
    struct bl_claim *claims;
    size_t nclaims;
    struct bl_actor_ref *actor_refs; /* every actor mention by position (arena) */
    size_t nactor_refs;
    /* Longest cue at each token (ntoks entries, arena; NULL: none there),
     * filled once by bl_cues_index from the lexicon cue_src. */
    const struct bl_cue **cue_at;
    const struct bl_cues *cue_src;
    /* What cue_src's table of common words (bl_cues_words) holds of each
     * spelling (nwords entries, arena; NULL: not a common word; read only
     * the entry of some token's d->tok_word, the others are not set):
     * filled with cue_at when d->tok_word numbers the spellings, else
     * NULL. Lets the claims and attribution stages read a common word's
     * lists and hashes instead of working them out. */
    const struct bl_word_facts **spell_facts;
    /* Gazetteer classes of each word token's text alone (ntoks entries,
     * malloc'd, freed in bl_doc_free), kept by the tagger (bl_tagger_run)
     * from tok_gz_src; other kinds of token: not asked. NULL: not known.
     * Read them through bl_gazetteer_token_classes. */
    uint16_t *tok_gz;
    const struct bl_gazetteer *tok_gz_src;
    /* Spelling of each token (ntoks entries, malloc'd, freed in
     * bl_doc_free), kept by the tagger: tokens with the same bytes and kind
     * share a number below nwords; UINT32_MAX: not numbered. NULL: not
     * known. */
    uint32_t *tok_word;
    size_t nwords;
    /* bl_claims_boiler's answer for each sentence (nsents entries, arena;
     * 0: not asked yet, else BL_BOILER_ASKED and its bits). NULL: none
     * asked. */
    uint8_t *sent_boiler;
    /* The word tokens with BL_TF_UPPER or BL_TF_ALLCAPS, by index in text
     * order (ncaps of them, arena), for the scans that look at capitalised
     * words only: made from caps_src by bl_doc_caps at the first question.
     * NULL: not made yet. */
    uint32_t *caps;
    size_t ncaps;
    const struct bl_token *caps_src;

    uint64_t stage_ns[BL_NSTAGES];
};

/* Makes d->caps for d->toks unless it is made already. Returns BL_OK or
 * BL_ERR_NOMEM (d->caps then NULL). Writes d: one thread per doc. */
int bl_doc_caps(struct bl_doc *d);

/* ---- Gazetteer (core/gazetteer.c) -------------------------------------- */

/* Places, countries and word lists loaded from the data directory. Read-only
 * after load; threads share it. */
typedef struct bl_gazetteer bl_gazetteer;

/* Word-list classes a phrase can belong to (a bit mask). */
#define BL_GZ_GIVEN_NAME 0x001u /* a common given name (Anna, Keir) */
#define BL_GZ_COUNTRY    0x002u /* a country name or variant */
#define BL_GZ_CITY       0x004u /* a populated place */
#define BL_GZ_ADMIN1     0x008u /* a first-level subdivision (Texas, Bavaria) */
#define BL_GZ_REGION     0x010u /* a hand-kept region (Middle East, Donbas) */
#define BL_GZ_DEMONYM    0x020u /* Russian, Ukrainian, British */
#define BL_GZ_ORG_SUFFIX 0x040u /* Inc, Corp, Party, Ministry, University */
#define BL_GZ_TITLE      0x080u /* President, Minister, Sen., spokesperson */
#define BL_GZ_ORG        0x100u /* a well-known organisation (NATO, Kremlin) */
#define BL_GZ_SURNAME    0x200u /* a common family name */
#define BL_GZ_NOT_PLACE  0x400u /* capitalised but never a place here (El Niño, Nollywood) */

int bl_gazetteer_load(const char *data_dir, bl_gazetteer **out, struct bl_error *err);
void bl_gazetteer_free(bl_gazetteer *g);

/* Classes of the phrase s[0..len) (matched case-insensitively after
 * normalising diacritics, "St."/"Saint" and hyphens), 0 when unknown. Safe to
 * call from many threads. */
unsigned bl_gazetteer_classes(const bl_gazetteer *g, const char *s, size_t len);
/* bl_gazetteer_classes of token i's text in d, from d->tok_gz when the
 * tagger kept g's answer there. Safe to call from many threads on
 * different docs. */
unsigned bl_gazetteer_token_classes(const bl_gazetteer *g, const struct bl_doc *d, size_t i);
/* False when s[0..len) is one plain ASCII word (letters, digits, '&', and
 * apostrophes or periods dropped) that begins no name of two or more words
 * with any of the BL_GZ_* classes; true when one may begin with it, or when
 * unsure. Lets a caller skip asking about the longer phrases a word starts.
 * Safe to call from many threads. */
bool bl_gazetteer_may_lead(const bl_gazetteer *g, const char *s, size_t len, unsigned classes);

/* One place of the gazetteer: a country, first-level subdivision, city or
 * hand-kept region/landmark. Owned by the gazetteer; read-only. */
#define BL_PLACE_CAPITAL 0x1u /* the country's capital (GeoNames PPLC) */
#define BL_PLACE_HAND    0x2u /* from the hand-kept data/regions.tsv */
#define BL_PLACE_ADMIN2  0x4u /* a second-level subdivision (Kent), kind region */
struct bl_place {
    const char *name;        /* preferred name */
    const char *admin1;      /* first-level subdivision name, or NULL */
    const char *admin1_code; /* ISO 3166-2 ("US-TX"), or NULL when unknown */
    const char *adm;         /* GeoNames admin1 code of the place ("TX", "12"), or "" */
    uint32_t geonames_id;    /* 0 for countries, admin1 and hand-kept places */
    uint32_t population;     /* 0 when unknown */
    float lat, lon;          /* NAN when unknown */
    uint8_t kind;            /* enum bl_location_kind */
    uint8_t flags;           /* BL_PLACE_* */
    char cc[3];              /* ISO 3166-1 alpha-2, "" when none */
};

/* Places named s[0..len) (normalised as for bl_gazetteer_classes). Writes up
 * to cap pointers to out -- countries first, then by population, hand-kept
 * aliases ahead of all -- and returns how many places have that name (may
 * exceed cap). Pointers are owned by g. Thread-safe. */
size_t bl_gazetteer_places(const bl_gazetteer *g, const char *s, size_t len,
                           const struct bl_place **out, size_t cap);

/* The same, and *npref (when not NULL) is how many of the first places are
 * hand-kept readings of the name (data/words.tsv aliases, data/regions.tsv)
 * that should win over population ("New York" the city, not the state). */
size_t bl_gazetteer_lookup(const bl_gazetteer *g, const char *s, size_t len,
                           const struct bl_place **out, size_t cap, size_t *npref);

/* The country with ISO 3166-1 alpha-2 code cc (any case), its capital city,
 * a first-level subdivision by ISO 3166-2 code ("US-TX"), or a place by
 * GeoNames id; NULL when unknown. Owned by g. Thread-safe. */
const struct bl_place *bl_gazetteer_country(const bl_gazetteer *g, const char *cc);
const struct bl_place *bl_gazetteer_capital(const bl_gazetteer *g, const char *cc);
const struct bl_place *bl_gazetteer_admin1(const bl_gazetteer *g, const char *iso_code);
const struct bl_place *bl_gazetteer_by_id(const bl_gazetteer *g, uint32_t geonames_id);

/* The subdivision a place lies in (by country and GeoNames admin code), or
 * NULL. Thread-safe. */
const struct bl_place *bl_gazetteer_admin1_of(const bl_gazetteer *g, const struct bl_place *p);

/* Gender of a given name: 'm', 'f', or 0 when unknown or used for both. */
int bl_gazetteer_gender(const bl_gazetteer *g, const char *s, size_t len);

/* When s[0..len) is a demonym or nationality adjective ("Russian"), copy
 * its ISO 3166-1 alpha-2 code into cc (NUL-terminated) and return true. */
bool bl_gazetteer_demonym(const bl_gazetteer *g, const char *s, size_t len, char cc[3]);

/* Normalise a phrase as the gazetteer does for its keys (case folded,
 * diacritics stripped, periods and apostrophes dropped, hyphens and spaces
 * collapsed, "St"/"Ste"/"Mt"/"Ft" expanded). Writes at most cap bytes to out
 * with a NUL and returns the length, or 0 when empty or too long. */
size_t bl_gazetteer_normalize(const char *s, size_t len, char *out, size_t cap);

/* Heap bytes held by g (for /version and the RSS budget). */
size_t bl_gazetteer_bytes(const bl_gazetteer *g);

/* Locations stage (core/locations.c): resolve LOCATION entities and
 * gazetteer matches the context supports to places, fill d->locs (malloc'd,
 * freed by bl_doc_free; strings and mention arrays in d->arena) and set
 * d->ents[i].location. Needs tokens, sentences and entities. Linear in the
 * number of tokens. */
int bl_locations_run(const bl_gazetteer *gz, struct bl_doc *d);

/* The locations stage's word-list filters, the same for every doc: built
 * once by bl_gazetteer_load (kept in the gazetteer, read-only after) so
 * that a run need not. *out is the caller's after BL_OK (NULL after
 * BL_ERR_NOMEM); _free(NULL) does nothing. bl_gazetteer_loc_lists returns
 * g's, or NULL, when bl_locations_run builds its own. */
struct bl_loc_lists;
int bl_locations_lists_create(struct bl_loc_lists **out);
void bl_locations_lists_free(struct bl_loc_lists *l);
const struct bl_loc_lists *bl_gazetteer_loc_lists(const bl_gazetteer *g);

/* ---- Entity tagger (core/tagger.c) ------------------------------------- */

typedef struct bl_tagger bl_tagger;

/* Load a model written by tools/train_ner. A truncated, corrupt or
 * wrong-version file is refused with BL_ERR_FORMAT / BL_ERR_VERSION. */
int bl_tagger_load(const char *path, bl_tagger **out, struct bl_error *err);
void bl_tagger_free(bl_tagger *t);

/* Ask gz once, at load, what it says of the tagger's common words, so that
 * bl_tagger_run with this gz need not ask for each document (with another
 * gazetteer it asks as before). gz is not copied: it must stay loaded while
 * t is used with it, and it is known by its address. Not thread-safe: call
 * before t is shared. NULL gz forgets. Returns BL_OK, BL_ERR_ARG for a NULL
 * t, or BL_ERR_NOMEM (then nothing is kept and the tagger works as before). */
int bl_tagger_bind_gazetteer(bl_tagger *t, const bl_gazetteer *gz);

/* Tag d->toks within d->sents and fill d->ents / d->nents (malloc'd, freed
 * by bl_doc_free). gz may be NULL (no gazetteer features). */
int bl_tagger_run(const bl_tagger *t, const bl_gazetteer *gz, struct bl_doc *d);

/* True when token i is an attached "'s" that ends an entity starting before
 * it whose actor's name keeps it ("McDonald's", as the actors stage named
 * it): part of a name, not a possessive that makes the next word a noun.
 * Needs actors. A bisection over d->ents. */
bool bl_doc_clitic_in_name(const struct bl_doc *d, size_t i);

/* The index of the first entity of d starting at byte off or after it
 * (d->nents when none): a bisection, entities being sorted by start. */
size_t bl_doc_ent_from(const struct bl_doc *d, size_t off);

/* ---- Actors (core/actors.c) --------------------------------------------- */

/* Build the actors from the entities: merge names, attach titles and
 * affiliations, add groups and pronoun mentions, rank by salience. Fills
 * d->actors (malloc'd, freed by bl_doc_free; names, titles and mentions in
 * d->arena), d->actor_refs and d->ents[i].actor. Near-linear in tokens. */
int bl_actors_run(const bl_models *m, struct bl_doc *d);

/* The first-letter indexes of actors.c's constant word tables, which
 * bl_actors_run would otherwise build for every document. *out is the
 * caller's (bl_models_load keeps it in m->actor_ix), freed with
 * bl_actors_index_free (NULL does nothing); read-only once built, so
 * threads may share it. BL_OK or BL_ERR_NOMEM (*out NULL). */
struct bl_actor_index;
int bl_actors_index_create(struct bl_actor_index **out);
void bl_actors_index_free(struct bl_actor_index *ix);

/* Index of the actor with a mention (named, group or pronoun) overlapping
 * [start,end), or -1: a person before a group before a body or country, then
 * the widest overlap. Needs the actors stage; O(log n). Read-only on d. */
int bl_actor_at(const struct bl_doc *d, size_t start, size_t end);

/* True when LOCATION entity ent names a country (or its capital) that acts
 * ("Moscow hinted", "Russia has controlled", "according to Beijing") rather
 * than a place. The actors stage makes exactly these entities country actors
 * (d->ents[ent].actor >= 0, kind BL_ACTOR_COUNTRY), so a later stage may read
 * that instead. Read-only; needs tokens and entities; thread-safe. */
bool bl_actor_is_metonymic(const bl_gazetteer *gz, const struct bl_doc *d, size_t ent);
/* True when the actors stage's word tables are in the order its bisection
 * needs (for the unit tests). Pure; thread-safe. */
bool bl_actors_tables_sorted(void);

/* ---- Cue lexicon (core/cues.c) ----------------------------------------- */

/* Speech and belief cues ("said", "warned", "believes", "according to")
 * from data/cues.tsv. Read-only after load; threads share it. */
typedef struct bl_cues bl_cues;

#define BL_CUE_SPEECH 0 /* reported speech: say, tell, warn, according to */
#define BL_CUE_BELIEF 1 /* belief or attitude: believe, think, hope, fear */

/* Tags of a form: base, 3rd person singular, past, past participle,
 * -ing, preposition-like phrase. */
enum bl_cue_tag { BL_CUE_BASE, BL_CUE_3SG, BL_CUE_PAST, BL_CUE_PP, BL_CUE_ING, BL_CUE_PREP };

struct bl_cue {
    const char *form;  /* lower case, words separated by one space */
    const char *lemma; /* "say" */
    uint8_t cls;       /* BL_CUE_SPEECH / BL_CUE_BELIEF */
    uint8_t tag;       /* enum bl_cue_tag */
    uint8_t ntoks;     /* words in form */
};

/* What the rule stages work out from the bytes of a word alone (ASCII case
 * folded), kept by the cue lexicon for the words of core/common_words.c at
 * load, so that a document's common words are looked up once (bl_cues_index
 * fills d->spell_facts) and not analysed by each stage. Which words are
 * there changes only the speed. */
struct bl_word_facts {
    uint64_t k0, k1; /* the word's bytes folded, NUL-padded to 16 (the key) */
    uint32_t lists;  /* bl_claims_word_lists (claims_int.h): W_* and R_* bits */
    uint32_t cue;    /* cues.c's answer for the word alone (what starts there) */
    uint32_t hw, hsuf, stem; /* the attribution model's word hashes (attr_int.h) */
    uint8_t attr_cls[2]; /* its class as a word token there, [1] upper case */
    uint8_t attr_pron;   /* a personal pronoun there */
    uint8_t quote_lists; /* bl_quotes_word_lists (quotes_int.h): the quotes stage's lists */
};

/* The common words of c's table (n entries, of which those with k0 == 0
 * are empty; owned by c, read-only), whose entries d->spell_facts points
 * at. Thread-safe. */
const struct bl_word_facts *bl_cues_words(const bl_cues *c, size_t *n);

/* Load data_dir/cues.tsv; the caller owns *out (free with bl_cues_free), which
 * is NULL on failure. bl_cues_free(NULL) does nothing. */
int bl_cues_load(const char *data_dir, bl_cues **out, struct bl_error *err);
void bl_cues_free(bl_cues *c);
size_t bl_cues_count(const bl_cues *c);

/* The longest cue (up to 3 word tokens, ASCII case-insensitive) starting at
 * toks[i]: returns how many tokens it covers, 0 for none, and the entry in
 * *out (owned by c). c may be NULL (no match). Thread-safe. */
size_t bl_cues_match(const bl_cues *c, const char *text, const struct bl_token *toks, size_t n,
                     size_t i, const struct bl_cue **out);

/* Find the longest cue at every token of d once (bl_cues_match per token)
 * and keep the answers in d->cue_at (d->arena), so that the stages that ask
 * the same question do not search again; with spelling numbers
 * (d->tok_word) each spelling is looked up once, in c's common words too,
 * and their facts kept in d->spell_facts. Does nothing when c is NULL or d
 * already holds c's answers. Returns BL_OK or BL_ERR_NOMEM (d unchanged).
 * Writes d: one thread per doc. */
int bl_cues_index(const bl_cues *c, struct bl_doc *d);

/* bl_cues_match(c, d->text, d->toks, d->ntoks, i, out), read from d->cue_at
 * when bl_cues_index has filled it for c, else searched. Thread-safe for
 * readers of d. Inline: the quotes and claims stages ask it of every token. */
static inline size_t bl_cues_at(const bl_cues *c, const struct bl_doc *d, size_t i,
                                const struct bl_cue **out)
{
    const struct bl_cue *cue;

    if (!d->cue_at || d->cue_src != c)
        return bl_cues_match(c, d->text, d->toks, d->ntoks, i, out);
    cue = i < d->ntoks ? d->cue_at[i] : NULL;
    if (out)
        *out = cue;
    return cue ? cue->ntoks : 0;
}

/* Is "called" at token i of d a name or a summons rather than a report: "a
 * start-up called Hoshizora", "The lander, called Kaguya Two, ...", "so
 * called", "the strike was called by the union", "the race was called
 * after ..."? Or "known" before "as", which names? The quotes and claims
 * stages take no cue there. Reads d only;
 * looks at a few tokens either side. */
bool bl_cues_names_only(const struct bl_doc *d, size_t i);

/* Does cue q, followed by token next of d, say a movement rather than
 * speech: "slam" or "blast" before "into" or "onto" ("the storm slammed
 * into the coast"; "says into the camera" still speaks, "called into
 * question" reports)? Reads d only. */
bool bl_cue_moves(const struct bl_doc *d, const struct bl_cue *q, size_t next);

/* ---- Quotes (core/quotes.c) -------------------------------------------- */

/* Quotes stage: find direct, partial and indirect quotes with their source,
 * cue and speaker; fill d->quotes / d->nquotes (malloc'd, sorted by start,
 * freed by bl_doc_free; parts arrays in d->arena). Needs tokens, sentences
 * and (for speakers) actors. Linear in the number of tokens. */
int bl_quotes_run(const bl_models *m, struct bl_doc *d);

/* ---- Claims (core/claims.c, core/claims_score.c) ------------------------ */

/* Claims stage: attributed claims (every quote, plus reported beliefs,
 * intentions, stances and findings) and authorial claims with something to
 * check, each with a kind and a checkworthiness score; fills d->claims /
 * d->nclaims (malloc'd, sorted by start, freed by bl_doc_free). Needs
 * tokens, sentences, actors and quotes. Linear in the number of tokens. */
int bl_claims_run(const bl_models *m, struct bl_doc *d);

/* Flags for bl_claims_score. */
#define BL_CLAIM_F_ATTRIBUTED 0x1u /* someone stands behind the claim */
#define BL_CLAIM_F_HEADLINE   0x2u /* it comes from a headline */
#define BL_CLAIM_F_CHECKABLE  0x4u /* score only when bl_claims_checkable, else -1 */
#define BL_CLAIM_F_OBJECT     0x8u /* the noun phrase a stance verb takes ("welcomed the plan") */

/* Checkworthiness 0..1 of toks [a, b) of d (an interpretable logistic model
 * over numbers, units, dates, comparisons, named actors, causal and modal
 * cues, hedges, first person, questions and opinion words; weights in
 * docs/checkworthiness.md) and, when kind is not NULL, the kind its features
 * point to (factual, statistical, causal, prediction or evaluative). With
 * BL_CLAIM_F_CHECKABLE, -1 when bl_claims_checkable(d, a, b) is false. Needs
 * tokens; uses actors when that stage ran. Read-only on d; thread-safe. */
double bl_claims_score(const struct bl_doc *d, size_t a, size_t b, unsigned flags, int *kind);

/* True when toks [a, b) hold something checkable: a number, date, named
 * actor, comparison or change, cause or forecast. Read-only; thread-safe. */
bool bl_claims_checkable(const struct bl_doc *d, size_t a, size_t b);
/* True when tokens [a, b) of d are a time and nothing else ("on Monday",
 * "last week", "in March 2019"): no proposition. Read-only; thread-safe. */
bool bl_claims_only_time(const struct bl_doc *d, size_t a, size_t b);

/* True when sentence si is boilerplate (byline, dateline-only line, credit,
 * copyright, "Click here", "Sign up for"); no claim comes from it. And the
 * first token after a leading dateline ("KYIV (Reuters) -") of sentence si,
 * or its first token when it has none. Read-only; thread-safe. */
bool bl_claims_boilerplate(const struct bl_doc *d, size_t si);
/* True when sentence si is a byline or a credit line ("(Reporting by
 * ...)", "Photo: ..."), which names the people credited; a story's sentence
 * that only holds a word of boilerplate ("copyright") is none. */
bool bl_claims_credit_line(const struct bl_doc *d, size_t si);
/* Both of the above for sentence si: BL_BOILER_ANY when boilerplate,
 * BL_BOILER_CREDIT when a credit line. Kept in d->sent_boiler, so that a
 * sentence is scanned once for all stages. Not thread-safe on one d. */
#define BL_BOILER_ANY    0x1u
#define BL_BOILER_CREDIT 0x2u
#define BL_BOILER_ASKED  0x4u
unsigned bl_claims_boiler(struct bl_doc *d, size_t si);
size_t bl_claims_after_dateline(const struct bl_doc *d, size_t si);
/* Words that tell a second predicate after "and" ("criticized X and has
 * called Y", "and took office"), for quotes.c and claims.c alike:
 * auxiliaries, irregular past forms, the words that follow a verb (its
 * object, pronoun or preposition) and participles after an auxiliary.
 * NULL-terminated, read-only (core/cues.c). */
extern const char *const bl_and_auxes[];
extern const char *const bl_and_pasts[];
extern const char *const bl_and_heads[];
extern const char *const bl_and_participles[];
/* True when the scorer's word table is in the order its lookup needs (for
 * the unit tests). Pure; thread-safe. */
bool bl_claims_lexicon_sorted(void);

/* ---- Learned attribution model (core/attr_model.c) ---------------------- */

/* Cue tagger and content/source rankers trained by tools/train_attr on
 * PolNeAR (data/attr.model). Read-only after load; threads share it. */
typedef struct bl_attr_model bl_attr_model;

/* Load a model written by tools/train_attr. The caller owns *out (free with
 * bl_attr_model_free; NULL is ignored), which is NULL on failure. A
 * truncated, corrupt or wrong-version file is refused with BL_ERR_FORMAT /
 * BL_ERR_VERSION. */
int bl_attr_model_load(const char *path, bl_attr_model **out, struct bl_error *err);
void bl_attr_model_free(bl_attr_model *m);
/* Find, once at load, the model's weights of each common word of c
 * (bl_cues_words), so that a document's common words need no search when
 * bl_attr_model_run is given these cues (with other cues it searches as
 * before). c is not copied: it must stay loaded while m is used with it,
 * and is known by its address. Not thread-safe: call before m is shared.
 * Returns BL_OK, BL_ERR_ARG for a NULL m, or BL_ERR_NOMEM (then nothing is
 * kept and the model works as before). */
int bl_attr_model_bind_cues(bl_attr_model *m, const bl_cues *c);
/* The provenance line stored in the model (owned by m). */
const char *bl_attr_model_info(const bl_attr_model *m);

/* One attribution the model found: content tokens [a, b), cue and source
 * (start BL_NONE when none) as byte spans, and the cue's confidence. */
struct bl_attr_pred {
    size_t a, b;
    struct bl_span cue, source;
    double score;
};

/* Attributions in d the rules missed: every confident cue with its content
 * and source, minus those whose content overlaps a quote of d, an attributed
 * claim in have[0..nhave) or another of its own. boiler, when not NULL, has
 * one flag per sentence (bl_claims_boilerplate) so it is not computed twice.
 * *out is malloc'd (caller frees), in text order; NULL with *n 0 when none.
 * Needs tokens, sentences, entities, actors and quotes; m NULL finds
 * nothing. Read-only on m and d; thread-safe. Linear in the number of
 * tokens. */
int bl_attr_model_run(const bl_attr_model *m, const bl_cues *cues, const struct bl_doc *d,
                      const uint8_t *boiler, const struct bl_claim *have, size_t nhave,
                      struct bl_attr_pred **out, size_t *n);

/* ---- Models ------------------------------------------------------------ */

struct bl_models {
    bl_gazetteer *gz;
    bl_tagger *tagger;
    bl_cues *cues;
    bl_attr_model *attr; /* NULL: the rules alone */
    /* actors.c's table indexes; NULL: bl_actors_run makes them per document */
    struct bl_actor_index *actor_ix;
    char describe[512];
};

#endif /* BL_INT_H */
