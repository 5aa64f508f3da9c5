/* json_in.c -- a reader for the usual request body (json_in.h). A 4 KB
 * article sent as JSON cost Jansson's lexer more than half a million
 * instructions, a sixth of the whole analysis; here its text is copied 16
 * bytes at a time between escapes. Anything out of the ordinary goes back to
 * json_loadb, so every error a client sees is still Jansson's. */
#include "json_in.h"
#include "json_out.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

struct rd {
    const unsigned char *p, *end;
};

static void skip_ws(struct rd *r)
{
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
        r->p++;
}

/* The literal s (n bytes) next: consumed. */
static bool take(struct rd *r, const char *s, size_t n)
{
    if ((size_t)(r->end - r->p) < n || memcmp(r->p, s, n) != 0)
        return false;
    r->p += n;
    return true;
}

/* Four hex digits at p (there are four bytes), or -1. */
static long hex4(const unsigned char *p)
{
    long v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (long)(c - '0');
        else if ((c | 0x20u) >= 'a' && (c | 0x20u) <= 'f')
            v |= (long)((c | 0x20u) - 'a' + 10);
        else
            return -1;
    }
    return v;
}

/* Code point u as UTF-8 at d; returns the end. */
static char *put_utf8(char *d, unsigned long u)
{
    if (u < 0x80) {
        *d++ = (char)u;
    } else if (u < 0x800) {
        *d++ = (char)(0xC0 | (u >> 6));
        *d++ = (char)(0x80 | (u & 0x3F));
    } else if (u < 0x10000) {
        *d++ = (char)(0xE0 | (u >> 12));
        *d++ = (char)(0x80 | ((u >> 6) & 0x3F));
        *d++ = (char)(0x80 | (u & 0x3F));
    } else {
        *d++ = (char)(0xF0 | (u >> 18));
        *d++ = (char)(0x80 | ((u >> 12) & 0x3F));
        *d++ = (char)(0x80 | ((u >> 6) & 0x3F));
        *d++ = (char)(0x80 | (u & 0x3F));
    }
    return d;
}

/* The string whose opening quote was just read, decoded as Jansson decodes
 * it (escapes, surrogate pairs, \u0000 allowed), as a new Jansson string; or
 * NULL for anything Jansson would refuse or that runs out of memory. */
static json_t *string_value(struct rd *r)
{
    const unsigned char *p = r->p, *end = r->end;
    /* the decoded text is never longer than its JSON, and the 16-byte
     * copies below stay inside it: room for that and a NUL */
    size_t cap = (size_t)(end - p) + 1;
    char *o = malloc(cap), *d = o;
    json_t *v;

    if (!o)
        return NULL;
    for (;;) {
        unsigned c;
#ifdef __SSE2__
        while (end - p >= 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
            __m128i bad = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                                       _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                                    _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
            if (_mm_movemask_epi8(bad))
                break;
            _mm_storeu_si128((__m128i *)(void *)d, x);
            p += 16;
            d += 16;
        }
#endif
        if (p == end)
            goto fail;
        c = *p;
        if (c == '"') {
            p++;
            break;
        }
        if (c == '\\') {
            long u, lo;
            if (end - p < 2)
                goto fail;
            switch (p[1]) {
            case '"':
            case '\\':
            case '/':
                *d++ = (char)p[1];
                p += 2;
                continue;
            case 'b':
                *d++ = '\b';
                p += 2;
                continue;
            case 'f':
                *d++ = '\f';
                p += 2;
                continue;
            case 'n':
                *d++ = '\n';
                p += 2;
                continue;
            case 'r':
                *d++ = '\r';
                p += 2;
                continue;
            case 't':
                *d++ = '\t';
                p += 2;
                continue;
            case 'u':
                break;
            default:
                goto fail;
            }
            if (end - p < 6 || (u = hex4(p + 2)) < 0)
                goto fail;
            p += 6;
            if (u >= 0xDC00 && u <= 0xDFFF)
                goto fail; /* a low surrogate first */
            if (u >= 0xD800 && u <= 0xDBFF) {
                if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || (lo = hex4(p + 2)) < 0 ||
                    lo < 0xDC00 || lo > 0xDFFF)
                    goto fail;
                p += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            }
            d = put_utf8(d, (unsigned long)u);
            continue;
        }
        if (c < 0x20)
            goto fail; /* a raw control character */
        if (c >= 0x80) {
            size_t k = bl_jout_utf8_seq(p, end);
            if (!k)
                goto fail;
            memcpy(d, p, k);
            d += k;
            p += k;
            continue;
        }
        *d++ = (char)c;
        p++;
    }
    r->p = p;
    v = json_stringn_nocheck(o, (size_t)(d - o));
    free(o);
    return v;
fail:
    free(o);
    return NULL;
}

/* An integer as Jansson reads one (-?(0|[1-9][0-9]*), no fraction or
 * exponent), of at most 18 digits so that it cannot overflow. */
static json_t *integer_value(struct rd *r)
{
    const unsigned char *p = r->p;
    bool neg = false;
    json_int_t v = 0;
    size_t digits = 0;

    if (p < r->end && *p == '-') {
        neg = true;
        p++;
    }
    if (p == r->end || *p < '0' || *p > '9')
        return NULL;
    if (*p == '0') {
        p++;
        digits = 1;
    } else {
        while (p < r->end && *p >= '0' && *p <= '9' && digits < 18) {
            v = v * 10 + (*p - '0');
            p++;
            digits++;
        }
    }
    /* a 19th digit, a fraction or an exponent: Jansson's to read */
    if (p < r->end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E'))
        return NULL;
    r->p = p;
    return json_integer(neg ? -v : v);
}

/* "options": null, {} or {"offsets": "..."}. */
static json_t *options_value(struct rd *r)
{
    json_t *o, *s;

    if (take(r, "null", 4))
        return json_null();
    if (!take(r, "{", 1) || !(o = json_object()))
        return NULL;
    skip_ws(r);
    if (take(r, "}", 1))
        return o;
    skip_ws(r);
    if (!take(r, "\"offsets\"", 9))
        goto fail;
    skip_ws(r);
    if (!take(r, ":", 1))
        goto fail;
    skip_ws(r);
    if (!take(r, "\"", 1) || !(s = string_value(r)))
        goto fail;
    if (json_object_set_new_nocheck(o, "offsets", s) != 0)
        goto fail;
    skip_ws(r);
    if (!take(r, "}", 1))
        goto fail;
    return o;
fail:
    json_decref(o);
    return NULL;
}

json_t *bl_jin_request(const char *buf, size_t len)
{
    struct rd r;
    json_t *root;
    bool seen[3] = {false, false, false};

    if (!buf)
        return NULL;
    r.p = (const unsigned char *)buf;
    r.end = r.p + len;
    skip_ws(&r);
    if (!take(&r, "{", 1) || !(root = json_object()))
        return NULL;
    skip_ws(&r);
    if (!take(&r, "}", 1)) {
        for (;;) {
            static const char *const keys[3] = {"text", "id", "options"};
            json_t *v = NULL;
            int k;
            if (take(&r, "\"text\"", 6))
                k = 0;
            else if (take(&r, "\"id\"", 4))
                k = 1;
            else if (take(&r, "\"options\"", 9))
                k = 2;
            else
                goto fail;
            if (seen[k])
                goto fail; /* a duplicate: Jansson's error */
            seen[k] = true;
            skip_ws(&r);
            if (!take(&r, ":", 1))
                goto fail;
            skip_ws(&r);
            if (k == 0)
                v = take(&r, "\"", 1) ? string_value(&r) : NULL;
            else if (k == 1)
                v = take(&r, "\"", 1)     ? string_value(&r)
                    : take(&r, "null", 4) ? json_null()
                                          : integer_value(&r);
            else
                v = options_value(&r);
            if (!v || json_object_set_new_nocheck(root, keys[k], v) != 0)
                goto fail;
            skip_ws(&r);
            if (take(&r, "}", 1))
                break;
            if (!take(&r, ",", 1))
                goto fail;
            skip_ws(&r);
        }
    }
    skip_ws(&r);
    if (r.p != r.end)
        goto fail;
    return root;
fail:
    json_decref(root);
    return NULL;
}
