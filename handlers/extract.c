/* extract.c -- POST /v1/extract and the one-part routes: parse the request
 * (JSON or text/plain), run the core, and build the JSON contract. */
#include "bl_handlers.h"
#include "respond.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

bool bl_unit_parse(const char *s, enum bl_unit *out)
{
    if (!s)
        return false;
    if (strcmp(s, "codepoint") == 0)
        *out = BL_UNIT_CODEPOINT;
    else if (strcmp(s, "utf16") == 0)
        *out = BL_UNIT_UTF16;
    else if (strcmp(s, "utf8") == 0)
        *out = BL_UNIT_UTF8;
    else
        return false;
    return true;
}

const char *bl_unit_name(enum bl_unit u)
{
    switch (u) {
    case BL_UNIT_UTF16: return "utf16";
    case BL_UNIT_UTF8: return "utf8";
    default: return "codepoint";
    }
}

/* ---- building the contract --------------------------------------------- */

struct out {
    const bl_doc *doc;
    const char *text;
    enum bl_unit unit;
};

static double round_to(double x, double scale)
{
    return round(x * scale) / scale;
}

static json_t *span_json(const struct out *o, struct bl_span s)
{
    if (s.start == BL_NONE)
        return json_null();
    return json_pack("{s:I,s:I,s:s%}", "start", (json_int_t)bl_doc_offset(o->doc, s.start, o->unit),
                     "end", (json_int_t)bl_doc_offset(o->doc, s.end, o->unit), "text",
                     o->text + s.start, s.end - s.start);
}

/* Adds the span's start, end and text to an existing object. */
static int span_fields(const struct out *o, json_t *obj, struct bl_span s)
{
    int rc = 0;
    rc |= json_object_set_new(obj, "start", json_integer((json_int_t)bl_doc_offset(o->doc, s.start, o->unit)));
    rc |= json_object_set_new(obj, "end", json_integer((json_int_t)bl_doc_offset(o->doc, s.end, o->unit)));
    rc |= json_object_set_new(obj, "text", json_stringn(o->text + s.start, s.end - s.start));
    return rc;
}

static json_t *spans_json(const struct out *o, const struct bl_span *s, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++) {
        if (json_array_append_new(a, span_json(o, s[i])) != 0) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

static json_t *ref_json(char prefix, int index)
{
    char buf[32];
    if (index < 0)
        return json_null();
    snprintf(buf, sizeof buf, "%c%d", prefix, index + 1);
    return json_string(buf);
}

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

/* Append obj to a unless building it failed (bad != 0); either way the
 * reference to obj is consumed. Returns 0 on success. */
static int append_built(json_t *a, json_t *obj, int bad)
{
    if (bad) {
        json_decref(obj);
        return -1;
    }
    return json_array_append_new(a, obj);
}

static json_t *entities_json(const struct out *o)
{
    size_t n;
    const struct bl_entity *e = bl_doc_entities(o->doc, &n);
    json_t *a = json_array();

    for (size_t i = 0; a && i < n; i++) {
        json_t *obj = json_object();
        int rc = !obj;
        if (!rc) {
            rc |= span_fields(o, obj, e[i].span);
            rc |= json_object_set_new(obj, "type", json_string(bl_entity_type_name(e[i].type)));
            rc |= json_object_set_new(obj, "ref", e[i].actor >= 0 ? ref_json('a', e[i].actor)
                                                                  : ref_json('l', e[i].location));
            rc |= json_object_set_new(obj, "actor", ref_json('a', e[i].actor));
            rc |= json_object_set_new(obj, "location", ref_json('l', e[i].location));
        }
        if (append_built(a, obj, rc) != 0) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

static json_t *actor_json(const struct out *o, const struct bl_actor *ac, int index)
{
    json_t *titles = json_array();
    for (size_t t = 0; titles && t < ac->ntitles; t++)
        if (json_array_append_new(titles, json_string(ac->titles[t])) != 0) {
            json_decref(titles);
            titles = NULL;
        }
    return json_pack("{s:o,s:s,s:s,s:o,s:o,s:o,s:o,s:f}", "id", ref_json('a', index), "name",
                     ac->name, "kind", bl_actor_kind_name(ac->kind), "titles", titles,
                     "affiliation", str_or_null(ac->affiliation), "org", str_or_null(ac->org),
                     "mentions", spans_json(o, ac->mentions, ac->nmentions), "salience",
                     round_to(ac->salience, 1000));
}

/* All actors, or (keep != NULL) only those whose keep[i] is set. */
static json_t *actors_json(const struct out *o, const bool *keep)
{
    size_t n;
    const struct bl_actor *ac = bl_doc_actors(o->doc, &n);
    json_t *a = json_array();

    for (size_t i = 0; a && i < n; i++) {
        if (keep && !keep[i])
            continue;
        if (json_array_append_new(a, actor_json(o, &ac[i], (int)i)) != 0) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

static json_t *num_or_null(double x, double scale)
{
    return isnan(x) ? json_null() : json_real(round_to(x, scale));
}

static json_t *locations_json(const struct out *o)
{
    size_t n;
    const struct bl_location *l = bl_doc_locations(o->doc, &n);
    json_t *a = json_array();

    for (size_t i = 0; a && i < n; i++) {
        json_t *obj = json_pack(
            "{s:o,s:s,s:s,s:o,s:o,s:o,s:o,s:o,s:o,s:f,s:o}", "id", ref_json('l', (int)i), "name",
            l[i].name, "kind", bl_location_kind_name(l[i].kind), "country_code",
            str_or_null(l[i].country_code), "admin1", str_or_null(l[i].admin1), "lat",
            num_or_null(l[i].lat, 1e5), "lon", num_or_null(l[i].lon, 1e5), "geonames_id",
            l[i].geonames_id ? json_integer(l[i].geonames_id) : json_null(), "population",
            l[i].population ? json_integer((json_int_t)l[i].population) : json_null(),
            "confidence", round_to(l[i].confidence, 1000), "mentions",
            spans_json(o, l[i].mentions, l[i].nmentions));
        if (json_array_append_new(a, obj) != 0) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

static json_t *speaker_name(const bl_doc *doc, int actor)
{
    size_t n;
    const struct bl_actor *ac = bl_doc_actors(doc, &n);
    return (actor >= 0 && (size_t)actor < n) ? json_string(ac[actor].name) : json_null();
}

static json_t *quotes_json(const struct out *o, bool *keep)
{
    size_t n;
    const struct bl_quote *q = bl_doc_quotes(o->doc, &n);
    json_t *a = json_array();

    for (size_t i = 0; a && i < n; i++) {
        json_t *obj = json_pack("{s:o,s:s}", "id", ref_json('q', (int)i), "kind",
                                bl_quote_kind_name(q[i].kind));
        int rc = !obj;
        if (!rc) {
            rc |= span_fields(o, obj, q[i].span);
            rc |= json_object_set_new(obj, "parts", spans_json(o, q[i].parts, q[i].nparts));
            rc |= json_object_set_new(obj, "source", span_json(o, q[i].source));
            rc |= json_object_set_new(obj, "speaker", ref_json('a', q[i].speaker));
            rc |= json_object_set_new(obj, "speaker_name", speaker_name(o->doc, q[i].speaker));
            rc |= json_object_set_new(obj, "cue", span_json(o, q[i].cue));
        }
        if (append_built(a, obj, rc) != 0) {
            json_decref(a);
            return NULL;
        }
        if (keep && q[i].speaker >= 0)
            keep[q[i].speaker] = true;
    }
    return a;
}

static json_t *claims_json(const struct out *o, bool *keep)
{
    size_t n;
    const struct bl_claim *c = bl_doc_claims(o->doc, &n);
    json_t *a = json_array();

    for (size_t i = 0; a && i < n; i++) {
        json_t *obj = json_pack("{s:o,s:s}", "id", ref_json('c', (int)i), "kind",
                                bl_claim_kind_name(c[i].kind));
        int rc = !obj;
        if (!rc) {
            rc |= span_fields(o, obj, c[i].span);
            rc |= json_object_set_new(obj, "secondary",
                                      c[i].secondary >= 0 ? json_string(bl_claim_kind_name(c[i].secondary))
                                                          : json_null());
            rc |= json_object_set_new(obj, "source", span_json(o, c[i].source));
            rc |= json_object_set_new(obj, "claimant", ref_json('a', c[i].claimant));
            rc |= json_object_set_new(obj, "claimant_name", speaker_name(o->doc, c[i].claimant));
            rc |= json_object_set_new(obj, "cue", span_json(o, c[i].cue));
            rc |= json_object_set_new(obj, "checkworthiness", json_real(round_to(c[i].checkworthiness, 1000)));
            rc |= json_object_set_new(obj, "quote", ref_json('q', c[i].quote));
        }
        if (append_built(a, obj, rc) != 0) {
            json_decref(a);
            return NULL;
        }
        if (keep && c[i].claimant >= 0)
            keep[c[i].claimant] = true;
    }
    return a;
}

static void set_err(struct bl_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void set_err(struct bl_error *err, int code, const char *fmt, ...)
{
    va_list ap;
    err->code = code;
    err->offset = BL_NONE;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
}

static unsigned stages_for(unsigned parts)
{
    unsigned s = BL_STAGE_SENTENCES;
    if (parts & BL_PART_ENTITIES)
        s |= BL_STAGE_ENTITIES;
    if (parts & BL_PART_ACTORS)
        s |= BL_STAGE_ACTORS;
    if (parts & BL_PART_LOCATIONS)
        s |= BL_STAGE_LOCATIONS;
    if (parts & BL_PART_QUOTES)
        s |= BL_STAGE_QUOTES;
    if (parts & BL_PART_CLAIMS)
        s |= BL_STAGE_CLAIMS;
    return s;
}

static double elapsed_ms(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

json_t *bl_extract_json(const struct bl_app *app, const char *text, size_t len, json_t *id,
                        enum bl_unit unit, unsigned parts, struct bl_extract_status *st)
{
    int *status = &st->status;
    const char **code = &st->code;
    struct bl_error *err = &st->err;
    struct timespec t0;
    bl_doc *doc = NULL;
    json_t *root = NULL, *stats = NULL;
    bool *keep = NULL;
    struct out o;
    size_t nactors;
    int rc = 0;

    clock_gettime(CLOCK_MONOTONIC, &t0);
    *status = 200;
    *code = NULL;
    if (len > app->limits.max_text) {
        *status = 413;
        *code = "text_too_long";
        set_err(err, BL_ERR_LIMIT, "text is %zu bytes, over the limit of %zu", len,
                app->limits.max_text);
        return NULL;
    }
    if (!app->models) {
        *status = 503;
        *code = "not_ready";
        set_err(err, BL_ERR_NOTFOUND, "models are not loaded");
        return NULL;
    }
    rc = bl_doc_create(text, len, &doc, err);
    if (rc == BL_OK)
        rc = bl_doc_analyze(doc, app->models, stages_for(parts), err);
    if (rc != BL_OK) {
        *status = bl_http_status(rc);
        *code = rc == BL_ERR_UTF8 ? "invalid_utf8" : rc == BL_ERR_NOMEM ? "out_of_memory" : "analysis_failed";
        goto out;
    }

    o.doc = doc;
    o.text = text;
    o.unit = unit;
    bl_doc_actors(doc, &nactors);
    root = json_object();
    if (!root)
        goto nomem;
    rc |= json_object_set(root, "id", id ? id : json_null());
    rc |= json_object_set_new(root, "offsets", json_string(bl_unit_name(unit)));
    stats = json_object();
    rc |= json_object_set_new(root, "stats", stats);
    if (parts & BL_PART_ENTITIES)
        rc |= json_object_set_new(root, "entities", entities_json(&o));
    if (parts & BL_PART_LOCATIONS)
        rc |= json_object_set_new(root, "locations", locations_json(&o));
    /* Quotes and claims bring the actors they name along; the full actor list
     * is returned when actors were asked for. */
    if (!(parts & BL_PART_ACTORS) && (parts & (BL_PART_QUOTES | BL_PART_CLAIMS))) {
        keep = calloc(nactors ? nactors : 1, sizeof *keep);
        if (!keep)
            goto nomem;
    }
    if (parts & BL_PART_QUOTES)
        rc |= json_object_set_new(root, "quotes", quotes_json(&o, keep));
    if (parts & BL_PART_CLAIMS)
        rc |= json_object_set_new(root, "claims", claims_json(&o, keep));
    if (parts & (BL_PART_ACTORS | BL_PART_QUOTES | BL_PART_CLAIMS))
        rc |= json_object_set_new(root, "actors", actors_json(&o, keep));
    if (rc != 0 || !stats)
        goto nomem;
    rc |= json_object_set_new(stats, "chars", json_integer((json_int_t)bl_doc_char_count(doc)));
    rc |= json_object_set_new(stats, "length", json_integer((json_int_t)bl_doc_offset(doc, len, unit)));
    rc |= json_object_set_new(stats, "tokens", json_integer((json_int_t)bl_doc_token_count(doc)));
    rc |= json_object_set_new(stats, "sentences", json_integer((json_int_t)bl_doc_sentence_count(doc)));
    rc |= json_object_set_new(stats, "ms", json_real(round_to(elapsed_ms(&t0), 1000)));
    if (rc != 0)
        goto nomem;
    goto out;
nomem:
    json_decref(root);
    root = NULL;
    *status = 503;
    *code = "out_of_memory";
    set_err(err, BL_ERR_NOMEM, "out of memory");
out:
    free(keep);
    for (int i = 0; doc && i < BL_NSTAGES; i++)
        st->stage_ns[i] = bl_doc_stage_ns(doc, i);
    bl_doc_free(doc);
    return root;
}

/* ---- parsing the request ------------------------------------------------ */

enum media { MEDIA_NONE, MEDIA_JSON, MEDIA_TEXT, MEDIA_OTHER, MEDIA_CHARSET };

/* Classify a Content-Type value: type/subtype, then parameters, of which
 * only charset=utf-8 is understood. */
static enum media media_of(const char *ct)
{
    const char *semi, *p;
    size_t n;
    enum media m;

    if (!ct)
        return MEDIA_NONE;
    while (*ct == ' ' || *ct == '\t')
        ct++;
    semi = strchr(ct, ';');
    n = semi ? (size_t)(semi - ct) : strlen(ct);
    while (n && (ct[n - 1] == ' ' || ct[n - 1] == '\t'))
        n--;
    if (n == 16 && strncasecmp(ct, "application/json", 16) == 0)
        m = MEDIA_JSON;
    else if (n == 10 && strncasecmp(ct, "text/plain", 10) == 0)
        m = MEDIA_TEXT;
    else
        return MEDIA_OTHER;
    for (p = semi; p; p = strchr(p + 1, ';')) {
        const char *q = p + 1;
        while (*q == ' ' || *q == '\t')
            q++;
        if (strncasecmp(q, "charset=", 8) == 0) {
            q += 8;
            if (*q == '"')
                q++;
            if (strncasecmp(q, "utf-8", 5) != 0 && strncasecmp(q, "utf8", 4) != 0)
                return MEDIA_CHARSET;
        }
    }
    return m;
}

/* Why a request was refused, before it becomes an error reply (or, in a
 * batch, an error line). */
struct fail {
    int status;
    const char *code;
    char msg[400];
};

static bool failf(struct fail *f, int status, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static bool failf(struct fail *f, int status, const char *code, const char *fmt, ...)
{
    va_list ap;
    f->status = status;
    f->code = code;
    va_start(ap, fmt);
    vsnprintf(f->msg, sizeof f->msg, fmt, ap);
    va_end(ap);
    return false;
}

/* The request's options, from the query string and the JSON body. */
struct opts {
    enum bl_unit unit;
    bool unit_set;
    const char *query_id;
};

static bool read_args(const struct bl_request *req, struct opts *op, struct fail *f)
{
    for (size_t i = 0; i < req->nargs; i++) {
        const struct bl_arg *a = &req->args[i];
        if (strcmp(a->key, "offsets") == 0) {
            if (op->unit_set) {
                failf(f, 400, "duplicate_parameter", "query parameter 'offsets' given twice");
                return false;
            }
            if (!bl_unit_parse(a->value, &op->unit)) {
                failf(f, 400, "bad_option",
                                  "offsets must be \"codepoint\", \"utf16\" or \"utf8\", not \"%s\"",
                                  a->value ? a->value : "");
                return false;
            }
            op->unit_set = true;
        } else if (strcmp(a->key, "id") == 0) {
            if (op->query_id) {
                failf(f, 400, "duplicate_parameter", "query parameter 'id' given twice");
                return false;
            }
            op->query_id = a->value ? a->value : "";
        } else {
            failf(f, 400, "unknown_parameter",
                              "unknown query parameter '%.100s' (known: offsets, id)", a->key);
            return false;
        }
    }
    return true;
}

/* Check the JSON body's fields; on success *text points into root. */
static bool read_json(json_t *root, struct opts *op, json_t **id, const char **text, size_t *len,
                      struct fail *f)
{
    const char *key;
    json_t *val, *jt;

    if (!json_is_object(root)) {
        failf(f, 400, "bad_request", "the body must be a JSON object with a \"text\" field");
        return false;
    }
    json_object_foreach(root, key, val) {
        if (strcmp(key, "text") != 0 && strcmp(key, "id") != 0 && strcmp(key, "options") != 0) {
            failf(f, 400, "unknown_field",
                              "unknown field \"%.100s\" (known: text, id, options)", key);
            return false;
        }
    }
    jt = json_object_get(root, "text");
    if (!jt) {
        failf(f, 400, "missing_text", "the body has no \"text\" field");
        return false;
    }
    if (!json_is_string(jt)) {
        failf(f, 400, "bad_text", "\"text\" must be a string");
        return false;
    }
    *text = json_string_value(jt);
    *len = json_string_length(jt);

    val = json_object_get(root, "id");
    if (val && !json_is_string(val) && !json_is_integer(val) && !json_is_null(val)) {
        failf(f, 400, "bad_id", "\"id\" must be a string, an integer or null");
        return false;
    }
    if (val && op->query_id) {
        failf(f, 400, "duplicate_parameter", "id given both in the query and the body");
        return false;
    }
    *id = val;

    val = json_object_get(root, "options");
    if (val && !json_is_null(val)) {
        json_t *o;
        if (!json_is_object(val)) {
            failf(f, 400, "bad_option", "\"options\" must be an object");
            return false;
        }
        json_object_foreach(val, key, o) {
            enum bl_unit u;
            if (strcmp(key, "offsets") != 0) {
                failf(f, 400, "unknown_option",
                                  "unknown option \"%.100s\" (known: offsets)", key);
                return false;
            }
            if (!json_is_string(o) || !bl_unit_parse(json_string_value(o), &u)) {
                failf(f, 400, "bad_option",
                                  "options.offsets must be \"codepoint\", \"utf16\" or \"utf8\"");
                return false;
            }
            if (op->unit_set && u != op->unit) {
                failf(f, 400, "bad_option",
                                  "offsets differ between the query string and options");
                return false;
            }
            op->unit = u;
            op->unit_set = true;
        }
    }
    return true;
}

/* Parse a JSON body or batch line; NULL with f filled when it is not JSON. */
static json_t *parse_json(const char *buf, size_t len, struct fail *f)
{
    json_error_t jerr;
    json_t *root = json_loadb(buf ? buf : "", len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL | JSON_DECODE_ANY, &jerr);

    if (root)
        return root;
    if (json_error_code(&jerr) == json_error_invalid_utf8)
        failf(f, 400, "invalid_utf8", "invalid UTF-8 at byte offset %d of the body",
              jerr.position > 0 ? jerr.position - 1 : 0);
    else if (json_error_code(&jerr) == json_error_out_of_memory)
        failf(f, 503, "out_of_memory", "out of memory");
    else
        failf(f, 400, "bad_json", "malformed JSON at line %d, column %d: %s", jerr.line,
              jerr.column, jerr.text);
    return NULL;
}

/* The extraction itself, shared by single requests and batch lines. */
static json_t *extract(const struct bl_app *app, const char *text, size_t len, json_t *id,
                       enum bl_unit unit, unsigned parts, uint64_t stage_ns[BL_NSTAGES],
                       struct fail *f)
{
    struct bl_extract_status st;
    json_t *out;

    memset(&st, 0, sizeof st);
    out = bl_extract_json(app, text, len, id, unit, parts, &st);
    for (int i = 0; i < BL_NSTAGES; i++)
        stage_ns[i] += st.stage_ns[i];
    if (!out) {
        if (st.err.code == BL_ERR_UTF8)
            failf(f, st.status, st.code, "invalid UTF-8 at byte offset %zu of the text", st.err.offset);
        else
            failf(f, st.status, st.code, "%s", st.err.message);
    }
    return out;
}

void bl_handle_extract(const struct bl_app *app, const struct bl_request *req, unsigned parts,
                       struct bl_response *resp)
{
    struct opts op = { BL_UNIT_CODEPOINT, false, NULL };
    json_t *root = NULL, *id = NULL, *qid = NULL, *out;
    const char *text = NULL;
    size_t len = 0;
    struct fail f = { 0, NULL, "" };
    enum media media;

    if (req->body_len > app->limits.max_body) {
        failf(&f, 413, "body_too_large", "request body is %zu bytes, over the limit of %zu",
              req->body_len, app->limits.max_body);
        goto out;
    }
    media = media_of(req->content_type);
    switch (media) {
    case MEDIA_JSON:
    case MEDIA_TEXT:
        break;
    case MEDIA_CHARSET:
        failf(&f, 415, "unsupported_charset", "only charset=utf-8 is accepted");
        goto out;
    case MEDIA_NONE:
        failf(&f, 415, "unsupported_media_type",
              "send Content-Type: application/json or text/plain; charset=utf-8");
        goto out;
    default:
        failf(&f, 415, "unsupported_media_type",
              "Content-Type %.100s is not accepted; send application/json or text/plain; charset=utf-8",
              req->content_type);
        goto out;
    }
    if (!read_args(req, &op, &f))
        goto out;
    if (media == MEDIA_JSON) {
        root = parse_json(req->body, req->body_len, &f);
        if (!root || !read_json(root, &op, &id, &text, &len, &f))
            goto out;
    } else {
        text = req->body ? req->body : "";
        len = req->body_len;
    }
    if (!id && op.query_id) {
        qid = json_string(op.query_id);
        if (!qid) {
            failf(&f, 400, "bad_id", "id is not valid UTF-8");
            goto out;
        }
        id = qid;
    }
    resp->documents = 1;
    out = extract(app, text, len, id, op.unit, parts, resp->stage_ns, &f);
    if (out)
        bl_respond_json(resp, 200, out);
out:
    if (f.code)
        bl_error_response(resp, f.status, f.code, "%s", f.msg);
    json_decref(qid);
    json_decref(root);
}

char *bl_batch_line(const struct bl_app *app, const char *line, size_t len, size_t lineno,
                    unsigned parts, uint64_t stage_ns[BL_NSTAGES], int *status)
{
    struct opts op = { BL_UNIT_CODEPOINT, false, NULL };
    struct fail f = { 0, NULL, "" };
    json_t *root, *id = NULL, *out = NULL;
    const char *text;
    size_t tlen;
    char *s;

    root = parse_json(line, len, &f);
    if (root && read_json(root, &op, &id, &text, &tlen, &f))
        out = extract(app, text, tlen, id, op.unit, parts, stage_ns, &f);
    if (!out && json_is_object(root)) {
        /* Echo the line's id on its error too, whatever else was wrong. */
        id = json_object_get(root, "id");
        if (!json_is_string(id) && !json_is_integer(id))
            id = NULL;
    }
    if (!out)
        out = json_pack("{s:O,s:I,s:{s:i,s:s,s:s}}", "id", id ? id : json_null(), "line",
                        (json_int_t)lineno, "error", "status", f.status, "code", f.code, "message",
                        f.msg);
    *status = f.code ? f.status : 200;
    s = out ? json_dumps(out, JSON_COMPACT | JSON_REAL_PRECISION(10)) : NULL;
    json_decref(out);
    json_decref(root);
    return s;
}
