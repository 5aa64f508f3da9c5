/* byline.h -- the whole public API of the byline analysis core.
 *
 * The core reads article text and finds tokens, sentences, named entities,
 * actors, locations, quotes and claims. It knows nothing about HTTP or JSON:
 * the server and the CLI turn its results into the JSON contract. */
#ifndef BYLINE_H
#define BYLINE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define BYLINE_VERSION "0.1.0"

/* ---- Return codes ------------------------------------------------------ */

/* Every core call that can fail returns BL_OK or one of these negative codes.
 * bl_strerror() gives a short English text for each. */
#define BL_OK            0
#define BL_ERR_NOMEM    -1 /* an allocation failed */
#define BL_ERR_ARG      -2 /* a bad argument from the caller */
#define BL_ERR_UTF8     -3 /* text is not valid UTF-8 */
#define BL_ERR_IO       -4 /* a file could not be read */
#define BL_ERR_FORMAT   -5 /* a data file is truncated or corrupt */
#define BL_ERR_VERSION  -6 /* a data file has an unsupported version */
#define BL_ERR_LIMIT    -7 /* input is over a configured limit */
#define BL_ERR_NOTFOUND -8 /* a data file or entry does not exist */

/* Static text for rc; never NULL, also for unknown codes. */
const char *bl_strerror(int rc);

/* Detail for a failed call, filled by the callee when the caller passes one
 * (NULL is allowed everywhere). offset is a byte offset into the input where
 * that makes sense (the first invalid UTF-8 byte), else BL_NONE. */
struct bl_error {
    int code;
    size_t offset;
    char message[256];
};

/* "No value" for offsets and indices. */
#define BL_NONE ((size_t)-1)

/* A half-open byte range [start, end) in the document's text. A span whose
 * start is BL_NONE is absent (no source, no cue). */
struct bl_span {
    size_t start, end;
};

/* ---- UTF-8 and offsets ------------------------------------------------- */

/* Check that s[0..len) is well-formed UTF-8 (no overlongs, surrogates or code
 * points above U+10FFFF). Returns BL_OK, or BL_ERR_UTF8 with *bad (when not
 * NULL) set to the byte offset of the first byte that is not. */
int bl_utf8_validate(const char *s, size_t len, size_t *bad);

/* Units a span can be reported in. */
enum bl_unit {
    BL_UNIT_CODEPOINT = 0, /* Unicode scalar values (the default) */
    BL_UNIT_UTF16 = 1,     /* UTF-16 code units, as JavaScript counts */
    BL_UNIT_UTF8 = 2       /* bytes */
};

/* ---- Files ------------------------------------------------------------- */

/* Read the whole file at path into a malloc'd buffer with a NUL after the
 * last byte. The caller owns *out (free()); on failure *out is NULL and err
 * names the file. A file over max bytes is refused with BL_ERR_LIMIT (max 0:
 * no limit). */
int bl_file_read(const char *path, size_t max, char **out, size_t *len, struct bl_error *err);

/* ---- Models ------------------------------------------------------------ */

/* Everything loaded from the data directory: the entity tagger, gazetteers
 * and lexicons. Loaded once; afterwards read-only, so any number of threads
 * may share one bl_models. */
typedef struct bl_models bl_models;

/* Load every data file from data_dir. On BL_OK the caller owns *out and frees
 * it with bl_models_free(); on failure *out is NULL and err says which file
 * and why. */
int bl_models_load(const char *data_dir, bl_models **out, struct bl_error *err);

/* Free models loaded by bl_models_load. NULL is ignored. */
void bl_models_free(bl_models *m);

/* Find the data directory when none was configured: ./data, then data/
 * beside the running binary (../data from bin/), then ../share/byline, then
 * the directory compiled in. Writes a NUL-terminated path into buf. */
void bl_data_dir_find(char *buf, size_t cap);

/* One line describing the loaded data files (names, versions, sizes), for
 * /version. Owned by m. */
const char *bl_models_describe(const bl_models *m);

/* ---- Documents --------------------------------------------------------- */

/* One article under analysis, with all its results. A doc belongs to one
 * thread at a time. */
typedef struct bl_doc bl_doc;

/* Create a doc over text[0..len). The text is validated as UTF-8 and then
 * borrowed, not copied: it must outlive the doc. On BL_ERR_UTF8, err->offset
 * is the first invalid byte. The caller owns *out; free with bl_doc_free. */
int bl_doc_create(const char *text, size_t len, bl_doc **out, struct bl_error *err);

/* Free a doc and every result it holds. NULL is ignored. */
void bl_doc_free(bl_doc *d);

/* Analysis stages. Asking for a stage runs what it depends on too. */
enum bl_stage {
    BL_STAGE_TOKENS    = 1u << 0,
    BL_STAGE_SENTENCES = 1u << 1,
    BL_STAGE_ENTITIES  = 1u << 2,
    BL_STAGE_ACTORS    = 1u << 3,
    BL_STAGE_LOCATIONS = 1u << 4,
    BL_STAGE_QUOTES    = 1u << 5,
    BL_STAGE_CLAIMS    = 1u << 6,
    BL_STAGE_ALL       = (1u << 7) - 1
};
#define BL_NSTAGES 7

/* Run the stages in the mask (plus their dependencies) that have not run
 * yet. m may be NULL only for stages that need no model (tokens, sentences).
 * Returns BL_OK or a BL_ERR_* with detail in err. */
int bl_doc_analyze(bl_doc *d, const bl_models *m, unsigned stages, struct bl_error *err);

/* Name of stage i (0 .. BL_NSTAGES-1), e.g. "tokenize"; and the wall time the
 * doc spent in it, in nanoseconds (0 when it did not run). */
const char *bl_stage_name(int i);
uint64_t bl_doc_stage_ns(const bl_doc *d, int i);

/* The text the doc was created over. */
const char *bl_doc_text(const bl_doc *d, size_t *len);

/* Convert a byte offset into the doc's text (0..len, on a character
 * boundary) to the given unit. O(1) after the doc is created. */
size_t bl_doc_offset(const bl_doc *d, size_t byte_off, enum bl_unit unit);

size_t bl_doc_token_count(const bl_doc *d);
size_t bl_doc_sentence_count(const bl_doc *d);
/* Code points in the whole text. */
size_t bl_doc_char_count(const bl_doc *d);

/* ---- Results ----------------------------------------------------------- *
 * Every accessor returns an array owned by the doc, valid until bl_doc_free,
 * and its length in *n. Strings are NUL-terminated UTF-8 owned by the doc.
 * Cross references (entity -> actor, quote -> speaker ...) are indices into
 * the other arrays, or -1 for none. */

enum bl_entity_type {
    BL_ENT_PERSON = 0,
    BL_ENT_ORGANIZATION = 1,
    BL_ENT_LOCATION = 2,
    BL_ENT_MISC = 3
};
const char *bl_entity_type_name(int type); /* "PERSON" ... */

struct bl_entity {
    struct bl_span span;
    int type;       /* enum bl_entity_type */
    int actor;      /* index into actors, or -1 */
    int location;   /* index into locations, or -1 */
};

enum bl_actor_kind {
    BL_ACTOR_PERSON = 0,
    BL_ACTOR_ORGANIZATION = 1,
    BL_ACTOR_COUNTRY = 2,
    BL_ACTOR_GROUP = 3
};
const char *bl_actor_kind_name(int kind); /* "person" ... */

struct bl_actor {
    const char *name;               /* fullest form seen */
    int kind;                       /* enum bl_actor_kind */
    const char *const *titles;      /* "Secretary of State", ... */
    size_t ntitles;
    const char *affiliation;        /* ISO 3166-1 alpha-2, or NULL */
    const char *org;                /* organisation the actor speaks for, or NULL */
    const struct bl_span *mentions; /* in text order */
    size_t nmentions;
    double salience;                /* 0..1 */
};

enum bl_location_kind {
    BL_LOC_COUNTRY = 0,
    BL_LOC_ADMIN1 = 1,
    BL_LOC_CITY = 2,
    BL_LOC_REGION = 3,
    BL_LOC_LANDMARK = 4,
    BL_LOC_OTHER = 5
};
const char *bl_location_kind_name(int kind); /* "country" ... */

struct bl_location {
    const char *name;
    int kind;                       /* enum bl_location_kind */
    const char *country_code;       /* ISO 3166-1 alpha-2, or NULL */
    const char *admin1;             /* first-level subdivision name, or NULL */
    double lat, lon;                /* NAN when unknown */
    uint32_t geonames_id;           /* 0 when none */
    uint64_t population;            /* 0 when unknown */
    double confidence;              /* 0..1 */
    const struct bl_span *mentions;
    size_t nmentions;
};

enum bl_quote_kind {
    BL_QUOTE_DIRECT = 0,
    BL_QUOTE_INDIRECT = 1,
    BL_QUOTE_PARTIAL = 2
};
const char *bl_quote_kind_name(int kind); /* "direct" ... */

struct bl_quote {
    int kind;                       /* enum bl_quote_kind */
    struct bl_span span;            /* whole quote, first to last part */
    const struct bl_span *parts;    /* the quoted pieces (several when the
                                     * attribution splits the quote) */
    size_t nparts;
    struct bl_span source;          /* as written ("he"); start BL_NONE if none */
    struct bl_span cue;             /* "said"; start BL_NONE if none */
    int speaker;                    /* index into actors, or -1 */
};

enum bl_claim_kind {
    BL_CLAIM_ATTRIBUTED = 0,
    BL_CLAIM_FACTUAL = 1,
    BL_CLAIM_STATISTICAL = 2,
    BL_CLAIM_CAUSAL = 3,
    BL_CLAIM_PREDICTION = 4,
    BL_CLAIM_EVALUATIVE = 5
};
const char *bl_claim_kind_name(int kind); /* "attributed" ... */

struct bl_claim {
    int kind;                       /* enum bl_claim_kind */
    int secondary;                  /* a second kind for attributed claims, or -1 */
    struct bl_span span;            /* the proposition */
    struct bl_span source;
    struct bl_span cue;
    int claimant;                   /* index into actors, or -1: the article's own voice */
    int quote;                      /* index into quotes, or -1 */
    double checkworthiness;         /* 0..1 */
};

const struct bl_entity *bl_doc_entities(const bl_doc *d, size_t *n);
const struct bl_actor *bl_doc_actors(const bl_doc *d, size_t *n);
const struct bl_location *bl_doc_locations(const bl_doc *d, size_t *n);
const struct bl_quote *bl_doc_quotes(const bl_doc *d, size_t *n);
const struct bl_claim *bl_doc_claims(const bl_doc *d, size_t *n);

#ifdef __cplusplus
}
#endif
#endif /* BYLINE_H */
