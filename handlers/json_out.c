/* json_out.c -- the streaming JSON writer behind every extraction reply.
 * Building a Jansson tree and then dumping it cost about a third of all the
 * instructions of a request; writing the text directly costs a few percent.
 * The output follows Jansson 2.14's dump.c to the byte (see json_out.h). */
#include "json_out.h"

#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The escape for each ASCII byte that needs one in a JSON string: the letter
 * after the backslash, 'u' for \u00XX, 0 for a byte copied as it is. Bytes
 * from 0x80 up are UTF-8, checked (bl_jout_utf8_seq) and copied. */
static const char escape_of[256] = {
    ['\b'] = 'b',  ['\f'] = 'f', ['\n'] = 'n', ['\r'] = 'r', ['\t'] = 't', ['"'] = '"',
    ['\\'] = '\\', [0x00] = 'u', [0x01] = 'u', [0x02] = 'u', [0x03] = 'u', [0x04] = 'u',
    [0x05] = 'u',  [0x06] = 'u', [0x07] = 'u', [0x0B] = 'u', [0x0E] = 'u', [0x0F] = 'u',
    [0x10] = 'u',  [0x11] = 'u', [0x12] = 'u', [0x13] = 'u', [0x14] = 'u', [0x15] = 'u',
    [0x16] = 'u',  [0x17] = 'u', [0x18] = 'u', [0x19] = 'u', [0x1A] = 'u', [0x1B] = 'u',
    [0x1C] = 'u',  [0x1D] = 'u', [0x1E] = 'u', [0x1F] = 'u',
};

static const char hex_digit[] = "0123456789ABCDEF";

void bl_jout_init(struct bl_jout *w, int indent)
{
    memset(w, 0, sizeof *w);
    w->indent = indent > 0 ? (indent > 31 ? 31 : indent) : 0;
    w->first = true;
}

void bl_jout_init_inside(struct bl_jout *w, int indent, int depth)
{
    bl_jout_init(w, indent);
    w->depth = depth;
    w->first = false;
}

void bl_jout_free(struct bl_jout *w)
{
    free(w->buf);
    w->buf = NULL;
    w->len = w->cap = 0;
}

bool bl_jout_failed(const struct bl_jout *w)
{
    return w->failed;
}

void bl_jout_fail(struct bl_jout *w)
{
    w->failed = true;
}

char *bl_jout_finish(struct bl_jout *w, size_t *len)
{
    char *s;

    if (!w->failed && !w->buf) {
        w->buf = malloc(1);
        w->failed = !w->buf;
    }
    if (w->failed) {
        bl_jout_free(w);
        if (len)
            *len = 0;
        return NULL;
    }
    s = w->buf;
    s[w->len] = '\0'; /* grow always leaves room for it */
    if (len)
        *len = w->len;
    w->buf = NULL;
    w->len = w->cap = 0;
    return s;
}

/* Make room for need more bytes plus the final NUL. */
static bool grow(struct bl_jout *w, size_t need)
{
    size_t cap = w->cap ? w->cap : 1024;
    char *nb;

    if (w->failed)
        return false;
    if (need > SIZE_MAX / 4 - w->len) {
        w->failed = true;
        return false;
    }
    while (cap - w->len <= need)
        cap *= 2;
    nb = realloc(w->buf, cap);
    if (!nb) {
        w->failed = true;
        return false;
    }
    w->buf = nb;
    w->cap = cap;
    return true;
}

static inline bool reserve(struct bl_jout *w, size_t need)
{
    return (w->cap - w->len > need && !w->failed) || grow(w, need);
}

void bl_jout_reserve(struct bl_jout *w, size_t n)
{
    reserve(w, n);
}

/* Callers have reserved the room. */
static inline void put(struct bl_jout *w, const char *s, size_t n)
{
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

/* A newline and the indentation of depth, when indenting (Jansson's
 * dump_indent with space = 0). */
static bool newline(struct bl_jout *w, int depth)
{
    size_t n;

    if (!w->indent)
        return true;
    n = (size_t)w->indent * (size_t)depth;
    if (!reserve(w, n + 1))
        return false;
    w->buf[w->len++] = '\n';
    memset(w->buf + w->len, ' ', n);
    w->len += n;
    return true;
}

/* What goes before a value or a key: nothing after a key or at the top,
 * else a comma after the container's earlier members and, when indenting,
 * a new line. Returns false once w has failed. */
static bool separate(struct bl_jout *w)
{
    if (w->failed)
        return false;
    if (w->after_key) {
        w->after_key = false;
        return true;
    }
    if (w->depth == 0)
        return true;
    if (!w->first) {
        if (!reserve(w, 1))
            return false;
        w->buf[w->len++] = ',';
    }
    w->first = false;
    return newline(w, w->depth);
}

#define ONES  0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* Whether any of the 8 bytes in x needs a closer look: 0x80 and up, below
 * 0x20, '"' or '\\'. Once every byte is ASCII, a byte's top bit after the
 * subtractions is set only by such a byte (or by the borrow out of one), so
 * "no" is always right and "yes" only sends the bytes the slow way. */
static inline bool special8(uint64_t x)
{
    uint64_t q = x ^ (ONES * '"'), b = x ^ (ONES * '\\');

    if (x & HIGHS)
        return true;
    return (((x - ONES * 0x20) | (q - ONES) | (b - ONES)) & HIGHS) != 0;
}

#ifdef __SSE2__
/* special8 for 16 bytes: whether any is below 0x20 or 0x80 and up (both
 * below 0x20 as signed bytes), '"' or '\\'. */
static inline __m128i bad16(const unsigned char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    return _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
}

static inline bool special16(const unsigned char *p)
{
    return _mm_movemask_epi8(bad16(p)) != 0;
}

/* special16 for 64 bytes, one test for the four. */
static inline bool special64(const unsigned char *p)
{
    __m128i bad = _mm_or_si128(_mm_or_si128(bad16(p), bad16(p + 16)),
                               _mm_or_si128(bad16(p + 32), bad16(p + 48)));
    return _mm_movemask_epi8(bad) != 0;
}
#endif

/* special8 for 4 bytes. */
static inline bool special4(uint32_t x)
{
    const uint32_t ones = 0x01010101u, highs = 0x80808080u;
    uint32_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');

    if (x & highs)
        return true;
    return (((x - ones * 0x20) | (q - ones) | (b - ones)) & highs) != 0;
}

/* bl_jout_plain for n < 16, reading no byte outside s[0..n). */
static inline bool short_plain(const unsigned char *s, size_t n)
{
    if (n >= 8) {
        uint64_t x, y;
        memcpy(&x, s, 8);
        memcpy(&y, s + n - 8, 8);
        return !special8(x) && !special8(y);
    }
    if (n >= 4) {
        uint32_t x, y;
        memcpy(&x, s, 4);
        memcpy(&y, s + n - 4, 4);
        return !special4(x) && !special4(y);
    }
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 0x80 || escape_of[s[i]])
            return false;
    return true;
}

/* Copy n < 16 bytes in at most two overlapping moves. */
static inline void copy_short(char *d, const char *s, size_t n)
{
    if (n >= 8) {
        memcpy(d, s, 8);
        memcpy(d + n - 8, s + n - 8, 8);
    } else if (n >= 4) {
        memcpy(d, s, 4);
        memcpy(d + n - 4, s + n - 4, 4);
    } else {
        for (size_t i = 0; i < n; i++)
            d[i] = s[i];
    }
}

/* A quoted, escaped string: control characters as \b \f \n \r \t or \u00XX,
 * '"' and '\\' escaped, the rest (UTF-8 included) copied, as Jansson's
 * dump_string does without JSON_ENSURE_ASCII or JSON_ESCAPE_SLASH. Fails w
 * when s[0..n) is not valid UTF-8. Runs of plain bytes are found 8 at a time
 * and copied in one go. */
static void put_string(struct bl_jout *w, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n, *run = p;

    /* a short plain string (names, codes, titles): tested and copied in
     * two overlapping pieces */
    if (n < 16 && !w->failed && w->cap - w->len > n + 2 && short_plain(p, n)) {
        char *d = w->buf + w->len;
        d[0] = '"';
        copy_short(d + 1, s, n);
        d[n + 1] = '"';
        w->len += n + 2;
        return;
    }
    if (!reserve(w, n + 2))
        return;
    w->buf[w->len++] = '"';
    for (;;) {
        unsigned c;
        char e;

#ifdef __SSE2__
        while (end - p >= 16 && !special16(p))
            p += 16;
#endif
        while (end - p >= 8) {
            uint64_t x;
            memcpy(&x, p, 8);
            if (special8(x))
                break;
            p += 8;
        }
        while (p < end && *p < 0x80 && !escape_of[*p])
            p++;
        if (p == end)
            break;
        c = *p;
        if (c >= 0x80) {
            size_t k = bl_jout_utf8_seq(p, end);
            if (!k) {
                w->failed = true;
                return;
            }
            p += k;
            continue;
        }
        e = escape_of[c];
        put(w, (const char *)run, (size_t)(p - run));
        run = ++p;
        /* 6 for the escape, the rest of the string, the closing quote. */
        if (!reserve(w, 6 + (size_t)(end - run) + 1))
            return;
        w->buf[w->len++] = '\\';
        w->buf[w->len++] = e;
        if (e == 'u') {
            w->buf[w->len++] = '0';
            w->buf[w->len++] = '0';
            w->buf[w->len++] = hex_digit[c >> 4];
            w->buf[w->len++] = hex_digit[c & 15];
        }
    }
    put(w, (const char *)run, (size_t)(end - run));
    w->buf[w->len++] = '"';
}

static void open_container(struct bl_jout *w, char c)
{
    /* the usual case: compact, with room for a comma and c */
    if (!w->indent && !w->failed && w->cap - w->len > 2) {
        if (w->after_key)
            w->after_key = false;
        else if (w->depth && !w->first)
            w->buf[w->len++] = ',';
        w->buf[w->len++] = c;
        w->depth++;
        w->first = true;
        return;
    }
    if (!separate(w) || !reserve(w, 1))
        return;
    w->buf[w->len++] = c;
    w->depth++;
    w->first = true;
}

/* Jansson writes an empty container as {} or [] even when indenting. */
static void close_container(struct bl_jout *w, char c)
{
    if (w->failed)
        return;
    assert(w->depth > 0 && !w->after_key);
    w->depth--;
    if (!w->indent && w->cap - w->len > 1) {
        w->buf[w->len++] = c;
        w->first = false;
        return;
    }
    if (!w->first && !newline(w, w->depth))
        return;
    if (!reserve(w, 1))
        return;
    w->buf[w->len++] = c;
    w->first = false;
}

void bl_jout_open_object(struct bl_jout *w)
{
    open_container(w, '{');
}

void bl_jout_close_object(struct bl_jout *w)
{
    close_container(w, '}');
}

void bl_jout_open_array(struct bl_jout *w)
{
    open_container(w, '[');
}

void bl_jout_close_array(struct bl_jout *w)
{
    close_container(w, ']');
}

static void put_key(struct bl_jout *w, const char *key, size_t n)
{
    if (!separate(w))
        return;
    put_string(w, key, n);
    if (!reserve(w, 2))
        return;
    /* JSON_COMPACT's ":" or the default ": ". */
    w->buf[w->len++] = ':';
    if (w->indent)
        w->buf[w->len++] = ' ';
    w->after_key = true;
}

void bl_jout_key(struct bl_jout *w, const char *key)
{
    if (!key) {
        w->failed = true;
        return;
    }
    put_key(w, key, strlen(key));
}

/* Copy n bytes, n small, without a call to memcpy: two overlapping fixed-size
 * copies cover any n from k to 2k. Callers have reserved the room. */
static inline void put_small(struct bl_jout *w, const char *s, size_t n)
{
    char *d = w->buf + w->len;

    if (n >= 8 && n <= 16) {
        memcpy(d, s, 8);
        memcpy(d + n - 8, s + n - 8, 8);
    } else if (n >= 4 && n < 8) {
        memcpy(d, s, 4);
        memcpy(d + n - 4, s + n - 4, 4);
    } else {
        memcpy(d, s, n);
    }
    w->len += n;
}

void bl_jout_key_quoted(struct bl_jout *w, const char *quoted, size_t n)
{
    size_t m = w->indent ? n : n - 1; /* JSON_COMPACT's ":" or the default ": " */

    /* the usual case: a later member of a compact object */
    if (!w->indent && !w->after_key && !w->first && w->depth && !w->failed &&
        w->cap - w->len > m + 1) {
        w->buf[w->len++] = ',';
        put_small(w, quoted, m);
        w->after_key = true;
        return;
    }
    if (!separate(w) || !reserve(w, m))
        return;
    put_small(w, quoted, m);
    w->after_key = true;
}

void bl_jout_stringn(struct bl_jout *w, const char *s, size_t n)
{
    if (!separate(w))
        return;
    if (!s && n) {
        w->failed = true;
        return;
    }
    put_string(w, s ? s : "", n);
}

void bl_jout_string(struct bl_jout *w, const char *s)
{
    if (!s) {
        w->failed = true;
        return;
    }
    bl_jout_stringn(w, s, strlen(s));
}

void bl_jout_string_plain(struct bl_jout *w, const char *s, size_t n)
{
    if (!separate(w) || !reserve(w, n + 2))
        return;
    w->buf[w->len++] = '"';
    put(w, s, n);
    w->buf[w->len++] = '"';
}

void bl_jout_string_or_null(struct bl_jout *w, const char *s)
{
    if (s)
        bl_jout_stringn(w, s, strlen(s));
    else
        bl_jout_null(w);
}

/* Digits of u, backwards from end; returns the first. */
static char *put_digits(char *end, unsigned long long u)
{
    do {
        *--end = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    return end;
}

static const double pow10_of[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
static const unsigned long long ipow10_of[] = {1, 10, 100, 1000, 10000, 100000, 1000000};

/* The common case without printf: v is the double nearest to k / 10^d for
 * some d <= 6 and |k| < 10^10 (so at most 10 significant digits, which
 * "%.10g" prints exactly), and 1e-4 <= |v| (so "%.10g" has no exponent).
 * Then the text is k / 10^d in plain decimal, with Jansson's ".0" when the
 * fraction is empty. Returns the length written to b, or 0 when v is not
 * such a number. */
static size_t real_short(double v, char b[32])
{
    double a = fabs(v);
    char tmp[32], *end = tmp + sizeof tmp, *q;
    unsigned long long k, ip, frac;
    size_t n = 0, d;

    if (!(a >= 1e-4 && a < 1e9))
        return 0;
    for (d = 0; d < sizeof pow10_of / sizeof pow10_of[0]; d++) {
        double sc = a * pow10_of[d];
        if (sc >= 1e10)
            return 0;
        k = (unsigned long long)(sc + 0.5);
        if ((double)k / pow10_of[d] == a)
            break;
    }
    if (d == sizeof pow10_of / sizeof pow10_of[0])
        return 0;
    ip = k / ipow10_of[d];
    frac = k % ipow10_of[d];
    if (v < 0)
        b[n++] = '-';
    q = put_digits(end, ip);
    memcpy(b + n, q, (size_t)(end - q));
    n += (size_t)(end - q);
    b[n++] = '.';
    if (frac == 0) {
        b[n++] = '0';
        return n;
    }
    while (frac % 10 == 0) { /* not when d is the least that fits; kept for safety */
        frac /= 10;
        d--;
    }
    q = put_digits(end, frac);
    for (size_t z = (size_t)(end - q); z < d; z++)
        b[n++] = '0';
    memcpy(b + n, q, (size_t)(end - q));
    return n + (size_t)(end - q);
}

/* Jansson's jsonp_dtostr: "%.*g", a '.' whatever the locale, ".0" when the
 * result would read back as an integer, and the exponent without '+' or
 * leading zeros (1e+20 -> 1e20, 1e-05 -> 1e-5). precision is 1..17. */
static size_t real_printf(double v, int precision, char b[64])
{
    char *e, *p, *q;
    int n = snprintf(b, 64 - 2, "%.*g", precision, v);

    if (n < 0 || n >= 64 - 2)
        return 0;
    if ((p = strchr(b, ',')) != NULL)
        *p = '.';
    e = strchr(b, 'e');
    if (!e && !strchr(b, '.')) {
        memcpy(b + n, ".0", 3);
        n += 2;
    }
    if (e) {
        p = e + 1; /* first byte of the exponent that stays */
        if (*p == '-')
            p++;
        q = e + 1;
        if (*q == '+' || *q == '-')
            q++;
        while (*q == '0' && q[1])
            q++;
        if (q != p) {
            memmove(p, q, strlen(q) + 1);
            n = (int)strlen(b);
        }
    }
    return (size_t)n;
}

/* "00" to "99": two digits per division when writing an integer. */
const char bl_jout_digit_pairs[201] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                     "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                     "8081828384858687888990919293949596979899";

/* The number of decimal digits of u. */
/* v in decimal at w->buf + w->len. The digits go backwards into a scratch
 * buffer, in pairs, and then 20 bytes (the longest, "-9223372036854775808")
 * are copied at once: every caller has made room for at least 21 bytes, and
 * the bytes past the number are written over by whatever comes next. */
static inline void put_integer(struct bl_jout *w, json_int_t v)
{
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    char tmp[40];
    char *const end = tmp + 20;
    char *p = end;
    uint32_t x;

    while (u > UINT32_MAX) { /* rare: down to 32 bits, whose division is cheaper */
        unsigned r = (unsigned)(u % 100);
        u /= 100;
        p -= 2;
        memcpy(p, bl_jout_digit_pairs + 2 * r, 2);
    }
    x = (uint32_t)u;
    while (x >= 100) {
        uint32_t q = x / 100;
        p -= 2;
        memcpy(p, bl_jout_digit_pairs + 2 * (x - q * 100), 2);
        x = q;
    }
    if (x >= 10) {
        p -= 2;
        memcpy(p, bl_jout_digit_pairs + 2 * x, 2);
    } else {
        *--p = (char)('0' + x);
    }
    if (v < 0)
        *--p = '-';
    memcpy(w->buf + w->len, p, 20);
    w->len += (size_t)(end - p);
}

void bl_jout_integer(struct bl_jout *w, json_int_t v)
{
    if (!separate(w) || !reserve(w, 21))
        return;
    put_integer(w, v);
}

void bl_jout_key_integer(struct bl_jout *w, const char *quoted, size_t n, json_int_t v)
{
    /* the usual case: a member of a compact object, with room for a comma,
     * the key and its colon (n - 1 bytes) and 21 digits */
    if (!w->indent && !w->after_key && w->depth && !w->failed && w->cap - w->len > n + 21) {
        if (!w->first)
            w->buf[w->len++] = ',';
        w->first = false;
        put_small(w, quoted, n - 1);
        put_integer(w, v);
        return;
    }
    bl_jout_key_quoted(w, quoted, n);
    bl_jout_integer(w, v);
}

void bl_jout_key_integer_pair(struct bl_jout *w, const char *quoted1, size_t n1, json_int_t v1,
                              const char *quoted2, size_t n2, json_int_t v2)
{
    /* compact, with room for two commas, both keys and colons and 21 digits
     * each: bl_jout_key_integer's fast case twice, tested once */
    if (!w->indent && !w->after_key && w->depth && !w->failed && w->cap - w->len > n1 + n2 + 44) {
        if (!w->first)
            w->buf[w->len++] = ',';
        w->first = false;
        put_small(w, quoted1, n1 - 1);
        put_integer(w, v1);
        w->buf[w->len++] = ',';
        put_small(w, quoted2, n2 - 1);
        put_integer(w, v2);
        return;
    }
    bl_jout_key_integer(w, quoted1, n1, v1);
    bl_jout_key_integer(w, quoted2, n2, v2);
}


bool bl_jout_plain(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;

#ifdef __SSE2__
    if (n >= 16) {
        for (; end - p >= 64; p += 64)
            if (special64(p))
                return false;
        for (; end - p >= 16; p += 16)
            if (special16(p))
                return false;
        return p == end || !special16(end - 16);
    }
#endif

    for (; end - p >= 8; p += 8) {
        uint64_t x;
        memcpy(&x, p, 8);
        if (special8(x))
            return false;
    }
    if (n >= 8 && p < end) { /* the last 8 bytes, some seen already */
        uint64_t x;
        memcpy(&x, end - 8, 8);
        return !special8(x);
    }
    for (; p < end; p++)
        if (*p >= 0x80 || escape_of[*p])
            return false;
    return true;
}

bool bl_jout_plain_in(const char *text, size_t len, size_t start, size_t n)
{
#ifdef __SSE2__
    /* a short span: one 16-byte load inside text that holds it, masked */
    if (n < 16 && start <= len && n <= len - start) {
        const unsigned char *p = (const unsigned char *)text + start;
        __m128i v, bad;
        unsigned m;
        if (len - start >= 16)
            v = _mm_loadu_si128((const __m128i *)(const void *)p);
        else if (start + n >= 16)
            v = _mm_loadu_si128((const __m128i *)(const void *)(p + n - 16));
        else
            return bl_jout_plain(text + start, n);
        bad = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                           _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                        _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
        m = (unsigned)_mm_movemask_epi8(bad);
        if (len - start >= 16)
            return (m & ((1u << n) - 1)) == 0;
        return (m >> (16 - n)) == 0;
    }
#endif
    return bl_jout_plain(text + start, n);
}

bool bl_jout_copy_plain(char *d, const char *text, size_t len, size_t start, size_t n)
{
    const unsigned char *p = (const unsigned char *)text + start;
    size_t i = 0;

#ifdef __SSE2__
    size_t avail = len - start; /* bytes readable from p */
    for (; n - i >= 16; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        if (_mm_movemask_epi8(bad16(p + i)))
            return false;
        _mm_storeu_si128((__m128i *)(void *)(d + i), v);
    }
    if (i < n) {
        if (avail - i >= 16) {
            /* the rest and some bytes after it, which are not looked at */
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            if ((unsigned)_mm_movemask_epi8(bad16(p + i)) & ((1u << (n - i)) - 1))
                return false;
            _mm_storeu_si128((__m128i *)(void *)(d + i), v);
            return true;
        }
        if (n >= 16) { /* the last 16 bytes, some copied already */
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + n - 16));
            if (_mm_movemask_epi8(bad16(p + n - 16)))
                return false;
            _mm_storeu_si128((__m128i *)(void *)(d + n - 16), v);
            return true;
        }
    }
#else
    (void)len;
#endif
    for (; i < n; i++) {
        if (p[i] >= 0x80 || escape_of[p[i]])
            return false;
        d[i] = (char)p[i];
    }
    return true;
}

void bl_jout_span_members(struct bl_jout *w, json_int_t a, json_int_t b, const char *s, size_t n,
                          bool plain)
{
    /* compact, with room for a comma, the three keys and colons (26 bytes),
     * 21 digits each, the quotes and the text */
    if (plain && !w->indent && !w->after_key && w->depth && reserve(w, n + 72)) {
        char *d;
        if (!w->first)
            w->buf[w->len++] = ',';
        w->first = false;
        memcpy(w->buf + w->len, "\"start\":", 8);
        w->len += 8;
        put_integer(w, a);
        memcpy(w->buf + w->len, ",\"end\":", 8); /* 7 bytes and one overwritten */
        w->len += 7;
        put_integer(w, b);
        d = w->buf + w->len;
        memcpy(d, ",\"text\":\"", 9);
        memcpy(d + 9, s, n);
        d[9 + n] = '"';
        w->len += 10 + n;
        return;
    }
    bl_jout_key_integer_pair(w, BL_JOUT_QUOTED("start"), a, BL_JOUT_QUOTED("end"), b);
    BL_JOUT_KEY(w, "text");
    if (plain)
        bl_jout_string_plain(w, s, n);
    else
        bl_jout_stringn(w, s, n);
}

void bl_jout_real(struct bl_jout *w, double v)
{
    char b[64];
    size_t n;

    if (!separate(w))
        return;
    if (!isfinite(v)) {
        w->failed = true;
        return;
    }
    if (v == 0) { /* "%.10g" keeps the sign of -0 */
        n = signbit(v) ? 4 : 3;
        memcpy(b, signbit(v) ? "-0.0" : "0.0", n);
    } else if ((n = real_short(v, b)) == 0 && (n = real_printf(v, BL_JOUT_PRECISION, b)) == 0) {
        w->failed = true;
        return;
    }
    if (reserve(w, n))
        put(w, b, n);
}

void bl_jout_real_precision(struct bl_jout *w, double v, int precision)
{
    char b[64];
    size_t n;

    if (!separate(w))
        return;
    if (!isfinite(v) || precision < 1 || precision > 17 ||
        (n = real_printf(v, precision, b)) == 0) {
        w->failed = true;
        return;
    }
    if (reserve(w, n))
        put(w, b, n);
}

/* k / 10^places is then a decimal of at most 10 significant digits that
 * "%.10g" prints exactly, without an exponent when it is 1e-4 or more (see
 * real_short); k = 0 goes the slow way for the sign of -0. */
static inline bool scaled_ok(double k, int places)
{
    double a = fabs(k);
    return places >= 0 && places <= 6 && a >= 1 && a < 1e10 && a * 1e4 >= pow10_of[places] &&
           (double)(unsigned long long)a == a;
}

/* The text of k / 10^places at p, when scaled_ok; returns the end. */
static inline __attribute__((always_inline)) char *scaled_put(char *p, double k, int places)
{
    unsigned long long u = (unsigned long long)fabs(k), ip;
    uint32_t frac; /* under 10^6 */
    size_t d = (size_t)places;

    ip = u / ipow10_of[places];
    frac = (uint32_t)(u - ip * ipow10_of[places]);
    if (k < 0)
        *p++ = '-';
    p = bl_jout_uint_at(p, ip);
    *p++ = '.';
    if (frac == 0) {
        *p++ = '0';
    } else {
        /* frac's d digits, with leading zeros, less the trailing ones */
        char *e = p + d;
        for (char *q = e; q > p;) {
            *--q = (char)('0' + frac % 10);
            frac /= 10;
        }
        while (e[-1] == '0')
            e--;
        p = e;
    }
    return p;
}

char *bl_jout_real_scaled_at(char *p, double k, int places)
{
    return scaled_ok(k, places) ? scaled_put(p, k, places) : NULL;
}

void bl_jout_real_scaled(struct bl_jout *w, double k, int places)
{
    if (!scaled_ok(k, places)) {
        bl_jout_real(w, places >= 0 && places <= 6 ? k / pow10_of[places] : k);
        return;
    }
    if (separate(w) && reserve(w, 32))
        w->len = (size_t)(scaled_put(w->buf + w->len, k, places) - w->buf);
}

void bl_jout_bool(struct bl_jout *w, bool v)
{
    if (!separate(w) || !reserve(w, 5))
        return;
    if (v)
        put(w, "true", 4);
    else
        put(w, "false", 5);
}

void bl_jout_null(struct bl_jout *w)
{
    if (separate(w) && reserve(w, 4))
        put(w, "null", 4);
}

void bl_jout_value(struct bl_jout *w, json_t *v)
{
    switch (v ? json_typeof(v) : JSON_NULL) {
    case JSON_OBJECT:
        bl_jout_open_object(w);
        for (void *it = json_object_iter(v); it && !w->failed; it = json_object_iter_next(v, it)) {
            put_key(w, json_object_iter_key(it), json_object_iter_key_len(it));
            bl_jout_value(w, json_object_iter_value(it));
        }
        bl_jout_close_object(w);
        break;
    case JSON_ARRAY:
        bl_jout_open_array(w);
        for (size_t i = 0; i < json_array_size(v) && !w->failed; i++)
            bl_jout_value(w, json_array_get(v, i));
        bl_jout_close_array(w);
        break;
    case JSON_STRING:
        bl_jout_stringn(w, json_string_value(v), json_string_length(v));
        break;
    case JSON_INTEGER:
        bl_jout_integer(w, json_integer_value(v));
        break;
    case JSON_REAL:
        bl_jout_real(w, json_real_value(v));
        break;
    case JSON_TRUE:
        bl_jout_bool(w, true);
        break;
    case JSON_FALSE:
        bl_jout_bool(w, false);
        break;
    default:
        bl_jout_null(w);
        break;
    }
}

void bl_jout_splice(struct bl_jout *w, size_t pos, struct bl_jout *src)
{
    if (src->failed || pos > w->len)
        w->failed = true;
    if (src->len && reserve(w, src->len)) {
        memmove(w->buf + pos + src->len, w->buf + pos, w->len - pos);
        memcpy(w->buf + pos, src->buf, src->len);
        w->len += src->len;
    }
    bl_jout_free(src);
}
