/* extract.c -- POST /v1/extract and the one-part routes: parse the request
 * (JSON or text/plain), run the core, and build the JSON contract. */
#include "bl_handlers.h"
#include "json_in.h"
#include "json_out.h"
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

/* ---- writing the contract ----------------------------------------------- */

/* The reply is written straight to JSON text (json_out.c) rather than built as
 * a Jansson tree and dumped: that was a third of a request's instructions.
 * Keys come in the order the tree had, so the text is the same. */

/* An enum's name (a constant of plain ASCII letters and '_'). */
static inline void key_name(struct bl_jout *w, const char *key, size_t n, const char *s)
{
    size_t sn = strlen(s);
    /* compact: the comma, the key, its colon and the name in one piece */
    char *d = bl_jout_member_at(w, n + sn + 2);

    if (d) {
        memcpy(d, key, n - 1);
        d += n - 1;
        *d++ = '"';
        memcpy(d, s, sn);
        d[sn] = '"';
        bl_jout_member_end(w, d + sn + 1);
        return;
    }
    bl_jout_key_quoted_inline(w, key, n);
    bl_jout_string_plain(w, s, sn);
}

/* A span written before: its converted start and whether its text is plain
 * (span_fields). The same spans come back as entities, actor and location
 * mentions, quote parts and sources. */
struct span_memo {
    size_t start, end; /* BL_NONE: empty slot */
    size_t a;
    size_t off, n; /* compact: the members' text at buf[off..off+n), else n = 0 */
    bool plain;
};

#define SPAN_MEMO 256 /* slots, a power of two */

struct out {
    const bl_doc *doc;
    const char *text;
    size_t len;
    enum bl_unit unit;
    struct bl_jout *w;
    struct span_memo *memo; /* SPAN_MEMO slots, or NULL */
};

/* Members with a fixed key: the key_* helpers below take the key quoted,
 * which these macros do for a string literal at compile time. */
#define KEY_INT(w, lit, v)                key_int((w), BL_JOUT_QUOTED(lit), (v))
#define KEY_STR(w, lit, s)                key_str((w), BL_JOUT_QUOTED(lit), (s))
#define KEY_NAME(w, lit, s)               key_name((w), BL_JOUT_QUOTED(lit), (s))
#define KEY_REF(w, lit, prefix, i)        key_ref((w), BL_JOUT_QUOTED(lit), (prefix), (i))
#define KEY_STR_OR_NULL(w, lit, s)        key_str_or_null((w), BL_JOUT_QUOTED(lit), (s))
#define KEY_NUM_OR_NULL(w, lit, x, places) key_num_or_null((w), BL_JOUT_QUOTED(lit), (x), (places))
#define KEY_REAL(w, lit, x, places)       key_real((w), BL_JOUT_QUOTED(lit), (x), (places))
#define SPEAKER_NAME(o, lit, actor)       speaker_name((o), BL_JOUT_QUOTED(lit), (actor))

/* 10^places for the reals of the contract. */
static double scale_of(int places)
{
    static const double p10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
    return p10[places];
}

static inline void key_int(struct bl_jout *w, const char *key, size_t n, json_int_t v)
{
    bl_jout_key_integer(w, key, n, v);
}

static inline void key_str(struct bl_jout *w, const char *key, size_t n, const char *s)
{
    bl_jout_key_quoted_inline(w, key, n);
    bl_jout_string(w, s);
}

/* bl_doc_offset(o->doc, b, o->unit), with UTF-8 (byte offsets) answered
 * here: b clamps to the length and rounds down to its character's start.
 * The other units cost a checkpoint look-up (core/offsets.c), which is
 * cheaper than counting forward from the last offset converted. */
static size_t convert(const struct out *o, size_t b)
{
    const unsigned char *t = (const unsigned char *)o->text;

    if (o->unit != BL_UNIT_UTF8)
        return bl_doc_offset(o->doc, b, o->unit);
    if (b > o->len)
        b = o->len;
    while (b > 0 && b < o->len && (t[b] & 0xC0) == 0x80)
        b--;
    return b;
}

/* A string literal's bytes at d; returns the end. */
#define PUT_LIT(d, lit) (memcpy((d), (lit), sizeof(lit) - 1), (d) + sizeof(lit) - 1)

/* The memo slot for span s: the slot that holds it (*hit set), else the one
 * to fill, probing a few slots so that spans whose hashes meet both stay. */
#define MEMO_PROBES 4

static inline struct span_memo *memo_slot(struct span_memo *memo, struct bl_span s, bool *hit)
{
    size_t h = (size_t)(((uint32_t)s.start * 31u + (uint32_t)s.end) * 2654435761u >> 24);

    for (size_t k = 0; k < MEMO_PROBES; k++) {
        struct span_memo *m = &memo[(h + k) & (SPAN_MEMO - 1)];
        if (m->start == s.start && m->end == s.end) {
            *hit = true;
            return m;
        }
        if (m->start == BL_NONE) {
            *hit = false;
            return m;
        }
    }
    *hit = false;
    return &memo[h & (SPAN_MEMO - 1)];
}

/* The span's start, end and text, as members of the open object. Most spans
 * are plain ASCII: then the end is the start plus the length in every unit
 * (the start is a character's first byte, and so is the end), which spares
 * a conversion, and the text needs no escaping. Compact, such a span is
 * written in one piece, its text copied while it is checked; a span that
 * turns out not to be plain is written again the general way. */
static void span_fields_in(const struct out *o, struct bl_span s, struct span_memo *m, bool hit);

static void span_fields(const struct out *o, struct bl_span s)
{
    bool hit = false;
    struct span_memo *m = o->memo ? memo_slot(o->memo, s, &hit) : NULL;

    span_fields_in(o, s, m, hit);
}

/* span_fields with its memo slot m (or NULL) looked up already. */
static void span_fields_in(const struct out *o, struct bl_span s, struct span_memo *m, bool hit)
{
    const char *p = o->text + s.start;
    size_t n = s.end - s.start, a;
    bool plain;

    struct bl_jout *w = o->w;
    size_t before = w->len;
    bool first = w->first;

    if (hit) {
        char *d;
        /* written before, compact: the same text again (the buffer only
         * grows until the stats are spliced in, after all spans) */
        if (m->n && (w->cap - w->len > m->n + 2 || (bl_jout_reserve(w, m->n + 2), true)) &&
            (d = bl_jout_member_at(w, m->n)) != NULL) {
            memcpy(d, w->buf + m->off, m->n);
            bl_jout_member_end(w, d + m->n);
            return;
        }
        a = m->a;
        plain = m->plain;
    } else {
        a = convert(o, s.start);
        if (!w->indent && !w->after_key && w->depth && !w->failed &&
            (w->cap - w->len > n + 88 || (bl_jout_reserve(w, n + 88), !w->failed))) {
            /* ,"start":A,"end":A+n,"text":" is at most 1 + 8 + 20 + 7 + 20
             * + 9 bytes; the text, its quote and the copy's slack fit in
             * n + 16 */
            char *d = w->buf + w->len, *mem;
            if (!first)
                *d++ = ',';
            mem = d;
            d = PUT_LIT(d, "\"start\":");
            d = bl_jout_uint_at(d, a);
            d = PUT_LIT(d, ",\"end\":");
            d = bl_jout_uint_at(d, a + n);
            d = PUT_LIT(d, ",\"text\":\"");
            if (bl_jout_copy_plain(d, o->text, o->len, s.start, n)) {
                d[n] = '"';
                w->first = false;
                bl_jout_member_end(w, d + n + 1);
                if (m)
                    *m = (struct span_memo){s.start, s.end, a, (size_t)(mem - w->buf),
                                            (size_t)(d + n + 1 - mem), true};
                return;
            }
            plain = false; /* nothing written: len and first are as they were */
        } else {
            plain = bl_jout_plain_in(o->text, o->len, s.start, n);
        }
        if (m)
            *m = (struct span_memo){s.start, s.end, a, 0, 0, plain};
    }

    bl_jout_span_members(w, (json_int_t)a, (json_int_t)(plain ? a + n : convert(o, s.end)), p, n,
                         plain);
    if (m && !w->indent && !bl_jout_failed(w)) {
        m->off = before + !first;
        m->n = w->len - m->off;
    }
}

static void span_json(const struct out *o, struct bl_span s)
{
    struct bl_jout *w = o->w;
    struct span_memo *m = NULL;
    bool hit = false;

    if (s.start == BL_NONE) {
        bl_jout_null(w);
        return;
    }
    if (o->memo)
        m = memo_slot(o->memo, s, &hit);
    /* written before, compact: the object around the same members again,
     * in one piece (what open, span_fields and close would write) */
    if (hit && m->n && !w->indent && !w->failed && w->cap - w->len > m->n + 4) {
        char *d = w->buf + w->len;
        if (w->after_key)
            w->after_key = false;
        else if (w->depth && !w->first)
            *d++ = ',';
        *d++ = '{';
        memcpy(d, w->buf + m->off, m->n);
        d[m->n] = '}';
        w->first = false;
        w->len = (size_t)(d + m->n + 1 - w->buf);
        return;
    }
    bl_jout_open_object_inline(w);
    span_fields_in(o, s, m, hit);
    bl_jout_close_object_inline(w);
}

static void spans_json(const struct out *o, const struct bl_span *s, size_t n)
{
    bl_jout_open_array_inline(o->w);
    for (size_t i = 0; i < n; i++)
        span_json(o, s[i]);
    bl_jout_close_array_inline(o->w);
}

/* "a3" for actor index 2; null for a negative index. */
static void ref_json(struct bl_jout *w, char prefix, int index)
{
    char buf[16], *p = buf + sizeof buf;
    unsigned u = (unsigned)index + 1;

    if (index < 0) {
        bl_jout_null(w);
        return;
    }
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    *--p = prefix;
    bl_jout_string_plain(w, p, (size_t)(buf + sizeof buf - p));
}

/* ref_json's text at d: "a3" for actor index 2, null for a negative index.
 * Returns the end. d has room for 14 bytes. */
static inline char *put_ref(char *d, char prefix, int index)
{
    char buf[12], *p = buf + sizeof buf;
    unsigned u = (unsigned)index + 1;
    size_t n;

    if (index < 0) {
        memcpy(d, "null", 4);
        return d + 4;
    }
    if (u < 100) { /* most */
        d[0] = '"';
        d[1] = prefix;
        if (u < 10) {
            d[2] = (char)('0' + u);
            d[3] = '"';
            return d + 4;
        }
        d[2] = (char)('0' + u / 10);
        d[3] = (char)('0' + u % 10);
        d[4] = '"';
        return d + 5;
    }
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    n = (size_t)(buf + sizeof buf - p);
    *d++ = '"';
    *d++ = prefix;
    memcpy(d, p, n);
    d[n] = '"';
    return d + n + 1;
}


static inline void key_ref(struct bl_jout *w, const char *key, size_t n, char prefix, int index)
{
    /* compact: the comma, the key, its colon and the ref in one piece */
    char *d = bl_jout_member_at(w, n + 14);

    if (d) {
        memcpy(d, key, n - 1);
        bl_jout_member_end(w, put_ref(d + n - 1, prefix, index));
        return;
    }
    bl_jout_key_quoted_inline(w, key, n);
    ref_json(w, prefix, index);
}

static inline void key_str_or_null(struct bl_jout *w, const char *key, size_t n, const char *s)
{
    bl_jout_key_quoted_inline(w, key, n);
    bl_jout_string_or_null(w, s);
}

/* A real rounded to places decimals (round(x * 10^places) / 10^places), or
 * null for NaN. */
static inline void key_num_or_null(struct bl_jout *w, const char *key, size_t n, double x, int places)
{
    bl_jout_key_quoted_inline(w, key, n);
    if (isnan(x))
        bl_jout_null(w);
    else
        bl_jout_real_scaled(w, round(x * scale_of(places)), places);
}

static inline void key_real(struct bl_jout *w, const char *key, size_t n, double x, int places)
{
    bl_jout_key_quoted_inline(w, key, n);
    bl_jout_real_scaled(w, round(x * scale_of(places)), places);
}

#define NTYPES 4 /* entity types whose names are kept padded (BL_ENT_*) */

static void entities_json(const struct out *o)
{
    size_t n;
    const struct bl_entity *e = bl_doc_entities(o->doc, &n);
    /* each type's name once, padded so that one 16-byte move copies it */
    char tname[NTYPES][16] = {{0}};
    size_t tlen[NTYPES];

    for (int t = 0; t < NTYPES; t++) {
        const char *s = bl_entity_type_name(t);
        tlen[t] = strlen(s);
        if (tlen[t] > sizeof tname[t])
            tlen[t] = SIZE_MAX; /* too long to keep: looked up each time */
        else
            memcpy(tname[t], s, tlen[t]);
    }
    bl_jout_open_array_inline(o->w);
    for (size_t i = 0; i < n; i++) {
        bl_jout_open_object_inline(o->w);
        span_fields(o, e[i].span);
        bool kept = e[i].type >= 0 && e[i].type < NTYPES && tlen[e[i].type] != SIZE_MAX;
        const char *type = kept ? tname[e[i].type] : bl_entity_type_name(e[i].type);
        size_t tn = kept ? tlen[e[i].type] : strlen(type);
        char *d = bl_jout_member_at(o->w, tn + 112);
        if (d) {
            /* the rest of the members in one piece: each ref is at most
             * 14 bytes, and the name's move may write 16 */
            d = PUT_LIT(d, "\"type\":\"");
            if (kept)
                memcpy(d, type, 16);
            else
                memcpy(d, type, tn);
            d += tn;
            d = PUT_LIT(d, "\",\"ref\":");
            d = e[i].actor >= 0 ? put_ref(d, 'a', e[i].actor) : put_ref(d, 'l', e[i].location);
            d = PUT_LIT(d, ",\"actor\":");
            d = put_ref(d, 'a', e[i].actor);
            d = PUT_LIT(d, ",\"location\":");
            d = put_ref(d, 'l', e[i].location);
            bl_jout_member_end(o->w, d);
            bl_jout_close_object_inline(o->w);
            continue;
        }
        KEY_NAME(o->w, "type", bl_entity_type_name(e[i].type));
        if (e[i].actor >= 0)
            KEY_REF(o->w, "ref", 'a', e[i].actor);
        else
            KEY_REF(o->w, "ref", 'l', e[i].location);
        KEY_REF(o->w, "actor", 'a', e[i].actor);
        KEY_REF(o->w, "location", 'l', e[i].location);
        bl_jout_close_object_inline(o->w);
    }
    bl_jout_close_array_inline(o->w);
}

/* The length of s when it is plain (bl_jout_plain) and at most max bytes,
 * else SIZE_MAX: then its JSON needs escaping or checking. */
static size_t plain_len(const char *s, size_t max)
{
    size_t n = strlen(s);
    return n <= max && bl_jout_plain(s, n) ? n : SIZE_MAX;
}

/* s between quotes, or null for NULL; n is its length. Returns the end. */
static inline char *put_plain_or_null(char *d, const char *s, size_t n)
{
    if (!s)
        return PUT_LIT(d, "null");
    *d++ = '"';
    memcpy(d, s, n);
    d[n] = '"';
    return d + n + 1;
}

#define MAX_FAST_TITLES 8

/* Compact: an actor's members before its mentions, in one piece, when every
 * string of them is plain; ends after the "mentions" key. Returns false,
 * having written nothing, otherwise. */
static bool actor_head_fast(struct bl_jout *w, const struct bl_actor *ac, int index)
{
    const char *kind = bl_actor_kind_name(ac->kind);
    size_t kn = strlen(kind), nn, fn = 0, gn = 0, tn[MAX_FAST_TITLES], room;
    char *d;

    if (!ac->name || kn > 64 || ac->ntitles > MAX_FAST_TITLES ||
        (nn = plain_len(ac->name, 256)) == SIZE_MAX ||
        (ac->affiliation && (fn = plain_len(ac->affiliation, 256)) == SIZE_MAX) ||
        (ac->org && (gn = plain_len(ac->org, 256)) == SIZE_MAX))
        return false;
    room = nn + kn + fn + gn + 128;
    for (size_t t = 0; t < ac->ntitles; t++) {
        if (!ac->titles[t] || (tn[t] = plain_len(ac->titles[t], 256)) == SIZE_MAX)
            return false;
        room += tn[t] + 3;
    }
    if (!(d = bl_jout_member_at(w, room)))
        return false;
    d = PUT_LIT(d, "\"id\":");
    d = put_ref(d, 'a', index);
    d = PUT_LIT(d, ",\"name\":");
    d = put_plain_or_null(d, ac->name, nn);
    d = PUT_LIT(d, ",\"kind\":");
    d = put_plain_or_null(d, kind, kn);
    d = PUT_LIT(d, ",\"titles\":[");
    for (size_t t = 0; t < ac->ntitles; t++) {
        if (t)
            *d++ = ',';
        d = put_plain_or_null(d, ac->titles[t], tn[t]);
    }
    d = PUT_LIT(d, "],\"affiliation\":");
    d = put_plain_or_null(d, ac->affiliation, fn);
    d = PUT_LIT(d, ",\"org\":");
    d = put_plain_or_null(d, ac->org, gn);
    d = PUT_LIT(d, ",\"mentions\":");
    bl_jout_member_key_end(w, d);
    return true;
}

static void actor_json(const struct out *o, const struct bl_actor *ac, int index)
{
    struct bl_jout *w = o->w;

    bl_jout_open_object_inline(w);
    if (!actor_head_fast(w, ac, index)) {
        KEY_REF(w, "id", 'a', index);
        KEY_STR(w, "name", ac->name);
        KEY_NAME(w, "kind", bl_actor_kind_name(ac->kind));
        BL_JOUT_KEY(w, "titles");
        bl_jout_open_array_inline(w);
        for (size_t t = 0; t < ac->ntitles; t++)
            bl_jout_string(w, ac->titles[t]);
        bl_jout_close_array_inline(w);
        KEY_STR_OR_NULL(w, "affiliation", ac->affiliation);
        KEY_STR_OR_NULL(w, "org", ac->org);
        BL_JOUT_KEY(w, "mentions");
    }
    spans_json(o, ac->mentions, ac->nmentions);
    KEY_REAL(w, "salience", ac->salience, 3);
    bl_jout_close_object_inline(w);
}

/* All actors, or (keep != NULL) only those whose keep[i] is set. */
static void actors_json(const struct out *o, const bool *keep)
{
    size_t n;
    const struct bl_actor *ac = bl_doc_actors(o->doc, &n);

    bl_jout_open_array_inline(o->w);
    for (size_t i = 0; i < n; i++)
        if (!keep || keep[i])
            actor_json(o, &ac[i], (int)i);
    bl_jout_close_array_inline(o->w);
}

/* x rounded to places decimals as KEY_NUM_OR_NULL writes it (null for NaN)
 * at d, when it needs no printf; returns the end, or NULL. */
static char *num_or_null_at(char *d, double x, int places)
{
    if (isnan(x))
        return PUT_LIT(d, "null");
    return bl_jout_real_scaled_at(d, round(x * scale_of(places)), places);
}

/* Compact: a location's members before its mentions, in one piece, as
 * actor_head_fast does. */
static bool location_head_fast(struct bl_jout *w, const struct bl_location *l, int index)
{
    const char *kind = bl_location_kind_name(l->kind);
    size_t kn = strlen(kind), nn, cn = 0, an = 0;
    char lat[32], lon[32], conf[32], *late, *lone, *confe, *d;

    if (!l->name || kn > 64 || l->population > (uint64_t)INT64_MAX ||
        (nn = plain_len(l->name, 256)) == SIZE_MAX ||
        (l->country_code && (cn = plain_len(l->country_code, 64)) == SIZE_MAX) ||
        (l->admin1 && (an = plain_len(l->admin1, 256)) == SIZE_MAX) ||
        !(late = num_or_null_at(lat, l->lat, 5)) || !(lone = num_or_null_at(lon, l->lon, 5)) ||
        !(confe = bl_jout_real_scaled_at(conf, round(l->confidence * scale_of(3)), 3)))
        return false;
    if (!(d = bl_jout_member_at(w, nn + kn + cn + an + 3 * 32 + 2 * 20 + 160)))
        return false;
    d = PUT_LIT(d, "\"id\":");
    d = put_ref(d, 'l', index);
    d = PUT_LIT(d, ",\"name\":");
    d = put_plain_or_null(d, l->name, nn);
    d = PUT_LIT(d, ",\"kind\":");
    d = put_plain_or_null(d, kind, kn);
    d = PUT_LIT(d, ",\"country_code\":");
    d = put_plain_or_null(d, l->country_code, cn);
    d = PUT_LIT(d, ",\"admin1\":");
    d = put_plain_or_null(d, l->admin1, an);
    d = PUT_LIT(d, ",\"lat\":");
    memcpy(d, lat, (size_t)(late - lat));
    d += late - lat;
    d = PUT_LIT(d, ",\"lon\":");
    memcpy(d, lon, (size_t)(lone - lon));
    d += lone - lon;
    d = PUT_LIT(d, ",\"geonames_id\":");
    d = l->geonames_id ? bl_jout_uint_at(d, l->geonames_id) : PUT_LIT(d, "null");
    d = PUT_LIT(d, ",\"population\":");
    d = l->population ? bl_jout_uint_at(d, l->population) : PUT_LIT(d, "null");
    d = PUT_LIT(d, ",\"confidence\":");
    memcpy(d, conf, (size_t)(confe - conf));
    d += confe - conf;
    d = PUT_LIT(d, ",\"mentions\":");
    bl_jout_member_key_end(w, d);
    return true;
}

static void locations_json(const struct out *o)
{
    size_t n;
    const struct bl_location *l = bl_doc_locations(o->doc, &n);
    struct bl_jout *w = o->w;

    bl_jout_open_array_inline(w);
    for (size_t i = 0; i < n; i++) {
        bl_jout_open_object_inline(w);
        if (!location_head_fast(w, &l[i], (int)i)) {
            KEY_REF(w, "id", 'l', (int)i);
            KEY_STR(w, "name", l[i].name);
            KEY_NAME(w, "kind", bl_location_kind_name(l[i].kind));
            KEY_STR_OR_NULL(w, "country_code", l[i].country_code);
            KEY_STR_OR_NULL(w, "admin1", l[i].admin1);
            KEY_NUM_OR_NULL(w, "lat", l[i].lat, 5);
            KEY_NUM_OR_NULL(w, "lon", l[i].lon, 5);
            BL_JOUT_KEY(w, "geonames_id");
            if (l[i].geonames_id)
                bl_jout_integer(w, l[i].geonames_id);
            else
                bl_jout_null(w);
            BL_JOUT_KEY(w, "population");
            if (l[i].population)
                bl_jout_integer(w, (json_int_t)l[i].population);
            else
                bl_jout_null(w);
            KEY_REAL(w, "confidence", l[i].confidence, 3);
            BL_JOUT_KEY(w, "mentions");
        }
        spans_json(o, l[i].mentions, l[i].nmentions);
        bl_jout_close_object_inline(w);
    }
    bl_jout_close_array_inline(w);
}

static inline void speaker_name(const struct out *o, const char *key, size_t keylen, int actor)
{
    size_t n;
    const struct bl_actor *ac = bl_doc_actors(o->doc, &n);

    bl_jout_key_quoted_inline(o->w, key, keylen);
    if (actor >= 0 && (size_t)actor < n)
        bl_jout_string(o->w, ac[actor].name);
    else
        bl_jout_null(o->w);
}

static void quotes_json(const struct out *o, bool *keep)
{
    size_t n;
    const struct bl_quote *q = bl_doc_quotes(o->doc, &n);
    struct bl_jout *w = o->w;

    bl_jout_open_array_inline(w);
    for (size_t i = 0; i < n; i++) {
        bl_jout_open_object_inline(w);
        KEY_REF(w, "id", 'q', (int)i);
        KEY_NAME(w, "kind", bl_quote_kind_name(q[i].kind));
        span_fields(o, q[i].span);
        BL_JOUT_KEY(w, "parts");
        spans_json(o, q[i].parts, q[i].nparts);
        BL_JOUT_KEY(w, "source");
        span_json(o, q[i].source);
        KEY_REF(w, "speaker", 'a', q[i].speaker);
        SPEAKER_NAME(o, "speaker_name", q[i].speaker);
        BL_JOUT_KEY(w, "cue");
        span_json(o, q[i].cue);
        bl_jout_close_object_inline(w);
        if (keep && q[i].speaker >= 0)
            keep[q[i].speaker] = true;
    }
    bl_jout_close_array_inline(w);
}

/* A claim's pieces: its span without the attribution that splits the quote
 * it comes from ("We cannot," he said, "accept it."), so the proposition can
 * be read without the interruption; one piece otherwise. */
static void claim_parts_json(const struct out *o, const struct bl_claim *c)
{
    size_t nq;
    const struct bl_quote *q = bl_doc_quotes(o->doc, &nq);
    struct bl_span cur = c->span;

    bl_jout_open_array_inline(o->w);
    if (c->quote >= 0 && (size_t)c->quote < nq)
        for (size_t k = 0; k + 1 < q[c->quote].nparts; k++) {
            size_t gs = q[c->quote].parts[k].end, ge = q[c->quote].parts[k + 1].start;
            if (gs <= cur.start || ge >= cur.end || ge <= gs)
                continue;
            span_json(o, (struct bl_span){cur.start, gs});
            cur.start = ge;
        }
    if (cur.start < cur.end)
        span_json(o, cur);
    bl_jout_close_array_inline(o->w);
}

static void claims_json(const struct out *o, bool *keep)
{
    size_t n;
    const struct bl_claim *c = bl_doc_claims(o->doc, &n);
    struct bl_jout *w = o->w;

    bl_jout_open_array_inline(w);
    for (size_t i = 0; i < n; i++) {
        bl_jout_open_object_inline(w);
        KEY_REF(w, "id", 'c', (int)i);
        KEY_NAME(w, "kind", bl_claim_kind_name(c[i].kind));
        span_fields(o, c[i].span);
        BL_JOUT_KEY(w, "parts");
        claim_parts_json(o, &c[i]);
        BL_JOUT_KEY(w, "secondary");
        if (c[i].secondary >= 0)
            bl_jout_string(w, bl_claim_kind_name(c[i].secondary));
        else
            bl_jout_null(w);
        BL_JOUT_KEY(w, "source");
        span_json(o, c[i].source);
        KEY_REF(w, "claimant", 'a', c[i].claimant);
        SPEAKER_NAME(o, "claimant_name", c[i].claimant);
        BL_JOUT_KEY(w, "cue");
        span_json(o, c[i].cue);
        KEY_REAL(w, "checkworthiness", c[i].checkworthiness, 3);
        KEY_REF(w, "quote", 'q', c[i].quote);
        bl_jout_close_object_inline(w);
        if (keep && c[i].claimant >= 0)
            keep[c[i].claimant] = true;
    }
    bl_jout_close_array_inline(w);
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
    /* the claims stage adds the reported speech the learned model finds to
     * the quotes, so quotes alone run it too */
    if (parts & BL_PART_QUOTES)
        s |= BL_STAGE_QUOTES | BL_STAGE_CLAIMS;
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

/* The stats object, written last (its "ms" counts the writing of the rest
 * too, as it did when the reply was a tree) and spliced in at its place. */
static void stats_json(const bl_doc *doc, size_t len, enum bl_unit unit, const struct timespec *t0,
                       struct bl_jout *w, size_t at)
{
    struct bl_jout s;

    bl_jout_init_inside(&s, w->indent, 1);
    BL_JOUT_KEY(&s, "stats");
    bl_jout_open_object_inline(&s);
    KEY_INT(&s, "chars", (json_int_t)bl_doc_char_count(doc));
    KEY_INT(&s, "length", (json_int_t)bl_doc_offset(doc, len, unit));
    KEY_INT(&s, "tokens", (json_int_t)bl_doc_token_count(doc));
    KEY_INT(&s, "sentences", (json_int_t)bl_doc_sentence_count(doc));
    KEY_REAL(&s, "ms", elapsed_ms(t0), 3);
    bl_jout_close_object_inline(&s);
    bl_jout_splice(w, at, &s);
}

/* The whole contract for an analysed doc into w. Returns 0, or -1 when a
 * write failed (out of memory, or a string that was not UTF-8). */
static int contract_json(const bl_doc *doc, const char *text, size_t len, json_t *id,
                         enum bl_unit unit, unsigned parts, const struct timespec *t0,
                         struct bl_jout *w)
{
    struct span_memo memo[SPAN_MEMO];
    struct out o = { doc, text, len, unit, w, memo };
    bool *keep = NULL;
    size_t nactors, stats_at;

    for (size_t i = 0; i < SPAN_MEMO; i++)
        memo[i].start = memo[i].end = BL_NONE;

    bl_doc_actors(doc, &nactors);
    /* Quotes and claims bring the actors they name along; the full actor list
     * is returned when actors were asked for. */
    if (!(parts & BL_PART_ACTORS) && (parts & (BL_PART_QUOTES | BL_PART_CLAIMS))) {
        keep = calloc(nactors ? nactors : 1, sizeof *keep);
        if (!keep)
            bl_jout_fail(w);
    }
    bl_jout_open_object_inline(w);
    BL_JOUT_KEY(w, "id");
    bl_jout_value(w, id);
    KEY_NAME(w, "offsets", bl_unit_name(unit));
    stats_at = w->len;
    if (parts & BL_PART_ENTITIES) {
        BL_JOUT_KEY(w, "entities");
        entities_json(&o);
    }
    if (parts & BL_PART_LOCATIONS) {
        BL_JOUT_KEY(w, "locations");
        locations_json(&o);
    }
    if (parts & BL_PART_QUOTES) {
        BL_JOUT_KEY(w, "quotes");
        quotes_json(&o, keep);
    }
    if (parts & BL_PART_CLAIMS) {
        BL_JOUT_KEY(w, "claims");
        claims_json(&o, keep);
    }
    if (parts & (BL_PART_ACTORS | BL_PART_QUOTES | BL_PART_CLAIMS)) {
        BL_JOUT_KEY(w, "actors");
        actors_json(&o, keep);
    }
    if (!bl_jout_failed(w))
        stats_json(doc, len, unit, t0, w, stats_at);
    bl_jout_close_object_inline(w);
    free(keep);
    return bl_jout_failed(w) ? -1 : 0;
}

char *bl_extract_text(const struct bl_app *app, const char *text, size_t len, json_t *id,
                      enum bl_unit unit, unsigned parts, int indent, size_t *outlen,
                      struct bl_extract_status *st)
{
    int *status = &st->status;
    const char **code = &st->code;
    struct bl_error *err = &st->err;
    struct timespec t0;
    struct bl_jout w;
    bl_doc *doc = NULL;
    char *body = NULL;
    int rc;

    clock_gettime(CLOCK_MONOTONIC, &t0);
    bl_jout_init(&w, indent);
    *status = 200;
    *code = NULL;
    if (outlen)
        *outlen = 0;
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
    /* A full reply runs to about 8 bytes per byte of text (13 indented):
     * room for that up front saves growing the buffer five times. */
    bl_jout_reserve(&w, (len < (1u << 20) ? len : (1u << 20)) * (indent ? 14 : 9) + 1024);
    if (contract_json(doc, text, len, id, unit, parts, &t0, &w) == 0)
        body = bl_jout_finish(&w, outlen);
    if (!body) {
        *status = 503;
        *code = "out_of_memory";
        set_err(err, BL_ERR_NOMEM, "out of memory");
    }
out:
    bl_jout_free(&w);
    for (int i = 0; doc && i < BL_NSTAGES; i++)
        st->stage_ns[i] = bl_doc_stage_ns(doc, i);
    bl_doc_free(doc);
    return body;
}

json_t *bl_extract_json(const struct bl_app *app, const char *text, size_t len, json_t *id,
                        enum bl_unit unit, unsigned parts, struct bl_extract_status *st)
{
    size_t n;
    char *s = bl_extract_text(app, text, len, id, unit, parts, 0, &n, st);
    json_t *root;

    if (!s)
        return NULL;
    root = json_loadb(s, n, JSON_ALLOW_NUL, NULL);
    free(s);
    if (!root) {
        st->status = 503;
        st->code = "out_of_memory";
        set_err(&st->err, BL_ERR_NOMEM, "out of memory");
    }
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
    json_t *root;

    /* the usual body without Jansson's lexer; anything else (and every
     * error) through it */
    root = bl_jin_request(buf, len);
    if (root)
        return root;
    root = json_loadb(buf ? buf : "", len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL | JSON_DECODE_ANY, &jerr);
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

/* The extraction itself, shared by single requests and batch lines: the
 * compact JSON text (malloc'd, length in *outlen), or NULL with f filled. */
static char *extract(const struct bl_app *app, const char *text, size_t len, json_t *id,
                     enum bl_unit unit, unsigned parts, uint64_t stage_ns[BL_NSTAGES],
                     size_t *outlen, struct fail *f)
{
    struct bl_extract_status st;
    char *out;

    memset(&st, 0, sizeof st);
    out = bl_extract_text(app, text, len, id, unit, parts, 0, outlen, &st);
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
    json_t *root = NULL, *id = NULL, *qid = NULL;
    const char *text = NULL;
    char *out;
    size_t len = 0, outlen = 0;
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
    out = extract(app, text, len, id, op.unit, parts, resp->stage_ns, &outlen, &f);
    if (out) {
        bl_response_free(resp);
        resp->status = 200;
        resp->content_type = "application/json";
        resp->body = out;
        resp->body_len = outlen;
    }
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
    json_t *root, *id = NULL, *out;
    const char *text;
    size_t tlen, slen;
    char *s = NULL;

    root = parse_json(line, len, &f);
    if (root && read_json(root, &op, &id, &text, &tlen, &f))
        s = extract(app, text, tlen, id, op.unit, parts, stage_ns, &slen, &f);
    *status = f.code ? f.status : 200;
    if (s) {
        json_decref(root);
        return s;
    }
    if (json_is_object(root)) {
        /* Echo the line's id on its error too, whatever else was wrong. */
        id = json_object_get(root, "id");
        if (!json_is_string(id) && !json_is_integer(id))
            id = NULL;
    }
    out = json_pack("{s:O,s:I,s:{s:i,s:s,s:s}}", "id", id ? id : json_null(), "line",
                    (json_int_t)lineno, "error", "status", f.status, "code", f.code, "message",
                    f.msg);
    s = out ? json_dumps(out, JSON_COMPACT | JSON_REAL_PRECISION(10)) : NULL;
    json_decref(out);
    json_decref(root);
    return s;
}
