/* json_out.h -- a streaming JSON writer: values go straight into one growable
 * buffer, with no tree in between. Its output is byte for byte what Jansson's
 * json_dumps gives for the same values, compact or JSON_INDENT(n), with
 * JSON_REAL_PRECISION(10) (the precision every reply of ours uses). */
#ifndef BL_JSON_OUT_H
#define BL_JSON_OUT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The length of the UTF-8 sequence at p (whose first byte is >= 0x80), or 0
 * when it is not well-formed: a stray continuation byte, an overlong form, a
 * surrogate, above U+10FFFF, or cut short. The rules of bl_utf8_validate and
 * of Jansson's utf8_check_full; the JSON writer and the request reader
 * (json_in.c) both hold text to them. */
static inline size_t bl_jout_utf8_seq(const unsigned char *p, const unsigned char *end)
{
    unsigned c = p[0];
    size_t n, avail = (size_t)(end - p);

    if (c < 0xC2 || c > 0xF4)
        return 0;
    n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (avail < n)
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0) || (c == 0xF0 && p[1] < 0x90) ||
        (c == 0xF4 && p[1] >= 0x90))
        return 0;
    return n;
}

/* Digits of a real, as JSON_REAL_PRECISION(BL_JOUT_PRECISION). */
#define BL_JOUT_PRECISION 10

/* A writer. A plain struct so that it can live on the stack; callers may read
 * len and indent, and change nothing. Errors are sticky: after the first
 * failure (out of memory, invalid UTF-8, a non-finite real, a NULL string)
 * every call does nothing and bl_jout_finish returns NULL, so callers check
 * once at the end. */
struct bl_jout {
    char *buf;      /* malloc'd, NUL-terminated while not failed */
    size_t len;     /* bytes written, without the NUL */
    size_t cap;     /* bytes allocated */
    int indent;     /* spaces per level; 0 = compact */
    int depth;      /* open containers */
    bool first;     /* the current container has no member yet */
    bool after_key; /* a key was written and awaits its value */
    bool failed;
};

/* Start an empty writer. indent 0 writes compact JSON (JSON_COMPACT), 1..31
 * indents as JSON_INDENT(indent) without JSON_COMPACT (": " after keys).
 * Allocates nothing yet. Thread-safe: a writer belongs to one thread. */
void bl_jout_init(struct bl_jout *w, int indent);

/* Like bl_jout_init, but for text that goes inside an object that is already
 * open depth levels deep and already has members: the first key written gets
 * the separator and indentation it would have there (see bl_jout_splice). */
void bl_jout_init_inside(struct bl_jout *w, int indent, int depth);

/* Hand over the text: returns the malloc'd, NUL-terminated buffer (the caller
 * frees it) and its length in *len (may be NULL), and leaves w empty. Returns
 * NULL, with w's memory freed, when any call failed. */
char *bl_jout_finish(struct bl_jout *w, size_t *len);

/* Free w's buffer (for giving up early). w may be reused after bl_jout_init. */
void bl_jout_free(struct bl_jout *w);

/* True once any call has failed. */
bool bl_jout_failed(const struct bl_jout *w);

/* Mark w as failed (a caller's own allocation failed midway). */
void bl_jout_fail(struct bl_jout *w);

/* Make room for n more bytes now (a hint: writing never needs it). Fails w
 * when out of memory. */
void bl_jout_reserve(struct bl_jout *w, size_t n);

/* Open and close containers. Close what was opened, innermost first. */
void bl_jout_open_object(struct bl_jout *w);
void bl_jout_close_object(struct bl_jout *w);
void bl_jout_open_array(struct bl_jout *w);
void bl_jout_close_array(struct bl_jout *w);

/* bl_jout_open_object and bl_jout_close_object with their usual case inline:
 * compact, with room. */
static inline void bl_jout_open_object_inline(struct bl_jout *w)
{
    if (!w->indent && !w->failed && w->cap - w->len > 2) {
        if (w->after_key)
            w->after_key = false;
        else if (w->depth && !w->first)
            w->buf[w->len++] = ',';
        w->buf[w->len++] = '{';
        w->depth++;
        w->first = true;
        return;
    }
    bl_jout_open_object(w);
}

static inline void bl_jout_close_object_inline(struct bl_jout *w)
{
    if (!w->indent && !w->failed && !w->after_key && w->depth > 0 && w->cap - w->len > 1) {
        w->depth--;
        w->buf[w->len++] = '}';
        w->first = false;
        return;
    }
    bl_jout_close_object(w);
}

/* The same for arrays. */
static inline void bl_jout_open_array_inline(struct bl_jout *w)
{
    if (!w->indent && !w->failed && w->cap - w->len > 2) {
        if (w->after_key)
            w->after_key = false;
        else if (w->depth && !w->first)
            w->buf[w->len++] = ',';
        w->buf[w->len++] = '[';
        w->depth++;
        w->first = true;
        return;
    }
    bl_jout_open_array(w);
}

static inline void bl_jout_close_array_inline(struct bl_jout *w)
{
    if (!w->indent && !w->failed && !w->after_key && w->depth > 0 && w->cap - w->len > 1) {
        w->depth--;
        w->buf[w->len++] = ']';
        w->first = false;
        return;
    }
    bl_jout_close_array(w);
}

/* An object key (a NUL-terminated UTF-8 string, copied and escaped); the next
 * value written is its value. */
void bl_jout_key(struct bl_jout *w, const char *key);

/* A key given already quoted and followed by ": ", needing no escapes, as
 * BL_JOUT_KEY writes it: the fast way for the fixed keys of a contract.
 * quoted[0..n) is copied as it is, less the space when compact. */
void bl_jout_key_quoted(struct bl_jout *w, const char *quoted, size_t n);

/* bl_jout_key_quoted, with its usual case inline: a later member of a compact
 * object with room in the buffer. n is a constant where the macros below
 * pass it, so the copy is a couple of moves. */
static inline void bl_jout_key_quoted_inline(struct bl_jout *w, const char *quoted, size_t n)
{
    if (!w->indent && !w->after_key && !w->first && w->depth && !w->failed &&
        w->cap - w->len > n + 1) {
        w->buf[w->len] = ',';
        memcpy(w->buf + w->len + 1, quoted, n - 1);
        w->len += n;
        w->after_key = true;
        return;
    }
    bl_jout_key_quoted(w, quoted, n);
}

/* A member with an integer value: bl_jout_key_quoted(w, quoted, n) then
 * bl_jout_integer(w, v), in one step when compact. */
void bl_jout_key_integer(struct bl_jout *w, const char *quoted, size_t n, json_int_t v);
/* Two such members in a row ("start" and "end"), in one step when compact. */
void bl_jout_key_integer_pair(struct bl_jout *w, const char *quoted1, size_t n1, json_int_t v1,
                              const char *quoted2, size_t n2, json_int_t v2);

/* The key lit, a string literal of plain ASCII with no '"', '\\' or control
 * characters (the caller's promise; nothing checks it). BL_JOUT_QUOTED(lit)
 * is the pair of arguments bl_jout_key_quoted takes for it: the key quoted,
 * its colon and a space, so that one copy writes them all. */
#define BL_JOUT_QUOTED(lit) "\"" lit "\": ", sizeof(lit) + 3
#define BL_JOUT_KEY(w, lit) bl_jout_key_quoted_inline((w), BL_JOUT_QUOTED(lit))

/* A string value: s[0..n) must be valid UTF-8 (it may hold NUL bytes, which
 * are written as \u0000), else w fails, as json_stringn refuses it. Copied. */
void bl_jout_stringn(struct bl_jout *w, const char *s, size_t n);

/* A NUL-terminated string value; s == NULL fails w (use bl_jout_string_or_null
 * where null is meant). */
void bl_jout_string(struct bl_jout *w, const char *s);

/* A string value s[0..n) that the caller promises is plain ASCII with no
 * '"', '\\' or control characters (a reference like "a3", an enum's name):
 * copied between quotes unchecked. */
void bl_jout_string_plain(struct bl_jout *w, const char *s, size_t n);

/* s, or null when s is NULL. */
void bl_jout_string_or_null(struct bl_jout *w, const char *s);

/* Numbers and constants. A real that is NaN or infinite fails w, as json_real
 * refuses it. */
void bl_jout_integer(struct bl_jout *w, json_int_t v);
void bl_jout_real(struct bl_jout *w, double v);
void bl_jout_bool(struct bl_jout *w, bool v);
void bl_jout_null(struct bl_jout *w);

/* A Jansson value of any type (borrowed, not changed); NULL writes null.
 * Object members come in the order json_dumps uses without JSON_SORT_KEYS. */
void bl_jout_value(struct bl_jout *w, json_t *v);

/* A real as json_dumps writes it with JSON_REAL_PRECISION(precision), 1..17
 * (bl_jout_real is precision BL_JOUT_PRECISION). */
void bl_jout_real_precision(struct bl_jout *w, double v, int precision);

/* bl_jout_real(w, k / 10^places) for places 0..6, the same text, written
 * without printf when k is a whole number (as round() gives) of at most ten
 * digits: the reals of the contract, rounded to a scale. */
void bl_jout_real_scaled(struct bl_jout *w, double k, int places);

/* bl_jout_real_scaled's text at p when k is the case it writes without
 * printf (a whole number of at most ten digits, |k| / 10^places >= 1e-4, k
 * not 0); returns the end (at most 32 bytes on), or NULL for any other k,
 * having written nothing. */
char *bl_jout_real_scaled_at(char *p, double k, int places);

/* Whether s[0..n) is plain ASCII that a JSON string holds as it is: no byte
 * of 0x80 and up, no control character, no '"' or '\\'. */
bool bl_jout_plain(const char *s, size_t n);

/* bl_jout_plain(text + start, n), start + n <= len; a short span may be
 * tested with bytes of text around it, which must all be readable. */
bool bl_jout_plain_in(const char *text, size_t len, size_t start, size_t n);

/* Copy text[start..start+n) to d when it is plain (as bl_jout_plain) and
 * say whether it was; when it is not, what d holds is unspecified. Reads no
 * byte outside text[0..len); writes up to 16 bytes past d + n, so d must have
 * room for n + 16. */
bool bl_jout_copy_plain(char *d, const char *text, size_t len, size_t start, size_t n);

/* The members "start": a, "end": b, "text": s[0..n) of the open object, in
 * one step when compact. plain says that bl_jout_plain(s, n) holds (the text
 * is then copied unscanned); else the text is escaped as bl_jout_stringn. */
void bl_jout_span_members(struct bl_jout *w, json_int_t a, json_int_t b, const char *s, size_t n,
                          bool plain);

/* Writing a member by hand, compact: when w is compact, not failed, inside
 * an object with no key pending, and has room for n more bytes, writes the
 * comma the member needs (none for the object's first) and returns where
 * the member's key goes; the caller writes at most n bytes of valid JSON
 * there and passes the end to bl_jout_member_end. Else returns NULL and
 * changes nothing: use the ordinary calls. */
static inline char *bl_jout_member_at(struct bl_jout *w, size_t n)
{
    char *d;

    if (w->indent || w->after_key || w->failed || !w->depth || w->cap - w->len <= n + 1)
        return NULL;
    d = w->buf + w->len;
    if (!w->first)
        *d++ = ',';
    w->first = false;
    return d;
}

static inline void bl_jout_member_end(struct bl_jout *w, char *end)
{
    w->len = (size_t)(end - w->buf);
}

/* bl_jout_member_end for text that ends with a key and its colon: the next
 * value written is that key's. */
static inline void bl_jout_member_key_end(struct bl_jout *w, char *end)
{
    w->len = (size_t)(end - w->buf);
    w->after_key = true;
}

/* "00" to "99", two bytes each: for writing integers by hand. */
extern const char bl_jout_digit_pairs[201];

/* u in decimal at d (no NUL); returns the end. Writes at most 20 bytes. The
 * small numbers of a reply (offsets, refs) take a few moves, no loop. */
static inline char *bl_jout_uint_at(char *d, uint64_t u)
{
    const char *dp = bl_jout_digit_pairs;

    if (u < 100) {
        if (u < 10) {
            *d = (char)('0' + u);
            return d + 1;
        }
        memcpy(d, dp + 2 * u, 2);
        return d + 2;
    }
    if (u < 10000) {
        uint32_t x = (uint32_t)u, q = x / 100, r = x - q * 100;
        if (q < 10) {
            *d = (char)('0' + q);
            memcpy(d + 1, dp + 2 * r, 2);
            return d + 3;
        }
        memcpy(d, dp + 2 * q, 2);
        memcpy(d + 2, dp + 2 * r, 2);
        return d + 4;
    }
    {
        char tmp[20], *e = tmp + sizeof tmp, *p = e;
        size_t n;
        while (u >= 100) {
            uint64_t q = u / 100;
            p -= 2;
            memcpy(p, dp + 2 * (u - q * 100), 2);
            u = q;
        }
        if (u >= 10) {
            p -= 2;
            memcpy(p, dp + 2 * u, 2);
        } else {
            *--p = (char)('0' + u);
        }
        n = (size_t)(e - p);
        memcpy(d, p, n);
        return d + n;
    }
}

/* Insert src's text into w at byte offset pos (a boundary between members of
 * an object that src was started inside, with bl_jout_init_inside), then free
 * src. Fails w if src failed or memory runs out. */
void bl_jout_splice(struct bl_jout *w, size_t pos, struct bl_jout *src);

#endif /* BL_JSON_OUT_H */
