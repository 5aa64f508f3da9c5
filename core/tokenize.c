/* tokenize.c -- split news text into word, number, punctuation, quote,
 * dash, symbol, URL and e-mail tokens, with the flags the later stages use
 * (spacing, line breaks, case, quote direction, abbreviation periods).
 * ASCII takes a table-driven fast path; other code points are classified by
 * utf8proc's general category. One left-to-right pass: linear in the input. */
#include "bl_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Character classes. */
enum { C_WS, C_NL, C_PARA, C_ALPHA, C_DIGIT, C_OTHER };

/* ASCII classes: control characters (NUL included) are whitespace. */
static const unsigned char ascii_cls[128] = {
    C_WS,    C_WS,    C_WS,    C_WS,    C_WS,    C_WS,    C_WS,    C_WS, /* 00-07 */
    C_WS,    C_WS,    C_NL,    C_WS,    C_WS,    C_NL,    C_WS,    C_WS, /* 08-0F: \t \n \v \f \r */
    C_WS,    C_WS,    C_WS,    C_WS,    C_WS,    C_WS,    C_WS,    C_WS,
    C_WS,    C_WS,    C_WS,    C_WS,    C_WS,    C_WS,    C_WS,    C_WS,
    C_WS,    C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, /* sp ! " # $ % & ' */
    C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, /* ( ) * + , - . / */
    C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT,
    C_DIGIT, C_DIGIT, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, /* 8 9 : ; < = > ? */
    C_OTHER, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, /* @ A-G */
    C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA,
    C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA,
    C_ALPHA, C_ALPHA, C_ALPHA, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, /* X Y Z [ \ ] ^ _ */
    C_OTHER, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, /* ` a-g */
    C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA,
    C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA, C_ALPHA,
    C_ALPHA, C_ALPHA, C_ALPHA, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_WS, /* x y z { | } ~ DEL */
};

/* Class of a non-ASCII code point. */
static int cls_cp(int32_t c)
{
    if (c < 0xA0)
        return c == 0x85 ? C_NL : C_WS; /* C1 controls */
    switch (c) {
    case 0x200B:
    case 0x2060:
    case 0xFEFF:
        return C_WS;
    case 0x200C:
    case 0x200D:
    case 0x00AD:
        return C_ALPHA; /* joiners stay in words */
    case 0xFFFD:
        return C_OTHER;
    default:
        break;
    }
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
        return C_WS;
    case UTF8PROC_CATEGORY_ZL:
        return C_NL;
    case UTF8PROC_CATEGORY_ZP:
        return C_PARA;
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return C_ALPHA;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return C_DIGIT;
    default:
        return C_OTHER;
    }
}

/* The tokenizer's cursor and output. */
struct tk {
    const unsigned char *s;
    size_t len;
    struct bl_token *out;
    size_t n, cap;
    unsigned pending;     /* SPACE/NL/PARA flags for the next token */
    size_t noemail_until; /* no e-mail address starts before this offset */
    size_t next_at;       /* the first '@' at or after scan_email's last search, or len */
    int open_single;      /* single quotes opened and not yet closed */
};

/* cls_at for a byte of 0x80 or more: the character decoded. */
static __attribute__((noinline)) int cls_at_utf8(const struct tk *t, size_t i, size_t *clen,
                                                 int32_t *cp)
{
    int32_t c = bl_utf8_decode(t->s, t->len, i, clen);
    if (cp)
        *cp = c;
    return cls_cp(c);
}

/* Class of the character at i (i < len) and its length. Inlined: most
 * bytes asked about are ASCII, answered from the table. */
static inline int cls_at(const struct tk *t, size_t i, size_t *clen, int32_t *cp)
{
    unsigned b = t->s[i];
    if (b < 0x80) {
        *clen = 1;
        if (cp)
            *cp = (int32_t)b;
        return ascii_cls[b];
    }
    return cls_at_utf8(t, i, clen, cp);
}

/* Class and code point at i, or C_WS / -1 at the end. */
static int peek(const struct tk *t, size_t i, int32_t *cp, size_t *clen)
{
    size_t dummy;
    if (i >= t->len) {
        if (cp)
            *cp = -1;
        if (clen)
            *clen = 0;
        return C_WS;
    }
    return cls_at(t, i, clen ? clen : &dummy, cp);
}

/* Code point that ends just before i, or -1 at the start. */
static int32_t prev_cp(const struct tk *t, size_t i, int *cl)
{
    size_t st, clen;
    int32_t c;
    if (i == 0) {
        *cl = C_WS;
        return -1;
    }
    st = bl_utf8_char_start(t->s, i - 1);
    *cl = cls_at(t, st, &clen, &c);
    return c;
}

static int is_alnum_cls(int c)
{
    return c == C_ALPHA || c == C_DIGIT;
}

static int is_apos(int32_t c)
{
    return c == '\'' || c == 0x2019;
}

static int is_quote_cp(int32_t c)
{
    switch (c) {
    case '"':
    case '\'':
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A:
        return 1;
    default:
        return 0;
    }
}

static int is_dash_cp(int32_t c)
{
    return c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2012;
}

/* Opening context for a straight quote: start, space, ( [ { an opening
 * quote or a dash before it. */
static int opens_after(int32_t c, int cl)
{
    if (c < 0 || cl == C_WS || cl == C_NL || cl == C_PARA)
        return 1;
    return c == '(' || c == '[' || c == '{' || c == 0x201C || c == 0x2018 || c == 0x00AB ||
           c == 0x201E || c == 0x2039 || is_dash_cp(c) || c == '-' || c == '/';
}

/* push's rare case, out of line: the array is full. */
static __attribute__((noinline)) int push_grow(struct tk *t)
{
    return bl_grow((void **)&t->out, &t->cap, t->n + 1, sizeof *t->out);
}

static inline int push(struct tk *t, size_t start, size_t end, int kind, unsigned flags)
{
    struct bl_token *k;
    if (t->n == t->cap && push_grow(t) != BL_OK)
        return BL_ERR_NOMEM;
    k = &t->out[t->n++];
    k->start = (uint32_t)start;
    k->end = (uint32_t)end;
    k->kind = (uint16_t)kind;
    k->flags = (uint16_t)(flags | t->pending);
    t->pending = 0;
    return BL_OK;
}

/* Case, digit and non-ASCII flags of s[start..end). */
static unsigned text_flags(const struct tk *t, size_t start, size_t end)
{
    unsigned f = 0;
    int first = 1, upper = 0, lower = 0;
    size_t i = start, clen;
    while (i < end) {
        unsigned b = t->s[i];
        if (b < 0x80) {
            if (b >= 'A' && b <= 'Z') {
                upper++;
                if (first)
                    f |= BL_TF_UPPER;
                first = 0;
            } else if (b >= 'a' && b <= 'z') {
                lower++;
                first = 0;
            } else if (b >= '0' && b <= '9') {
                f |= BL_TF_DIGIT;
            }
            i++;
            continue;
        }
        f |= BL_TF_NONASCII;
        {
            int32_t c = bl_utf8_decode(t->s, t->len, i, &clen);
            utf8proc_category_t cat = utf8proc_category(c);
            if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) {
                upper++;
                if (first)
                    f |= BL_TF_UPPER;
                first = 0;
            } else if (cat == UTF8PROC_CATEGORY_LL) {
                lower++;
                first = 0;
            } else if (cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_LM) {
                first = 0;
            } else if (cat == UTF8PROC_CATEGORY_ND) {
                f |= BL_TF_DIGIT;
            }
        }
        i += clen;
    }
    if (upper && !lower)
        f |= BL_TF_ALLCAPS;
    return f;
}

/* ---- abbreviations ---------------------------------------------------- */

/* Sorted by strcmp; each includes its final period. */
static const char *const abbrevs[] = {
    "Adm.",  "Ala.",  "Apr.",  "Ariz.",   "Ark.",  "Aug.",  "Bros.", "Calif.", "Capt.", "Cmdr.",
    "Co.",   "Col.",  "Colo.", "Conn.",   "Corp.", "Dec.",  "Del.",  "Dept.",  "Dr.",   "Feb.",
    "Fig.",  "Fla.",  "Ft.",   "Ga.",     "Gen.",  "Gov.",  "Hon.",  "Ill.",   "Inc.",  "Ind.",
    "Jan.",  "Jr.",   "Jul.",  "Jun.",    "Kan.",  "Ky.",   "La.",   "Lt.",    "Ltd.",  "Maj.",
    "Mar.",  "Mass.", "Md.",   "Messrs.", "Mich.", "Minn.", "Miss.", "Mo.",    "Mont.", "Mr.",
    "Mrs.",  "Ms.",   "Mt.",   "Neb.",    "Nev.",  "No.",   "Nos.",  "Nov.",   "Oct.",  "Okla.",
    "Ore.",  "Pa.",   "Pres.", "Prof.",   "Rep.",  "Reps.", "Rev.",  "Sen.",   "Sens.", "Sep.",
    "Sept.", "Sgt.",  "Sr.",   "St.",     "Tenn.", "Tex.",  "Va.",   "Vt.",    "Wash.", "Wis.",
    "Wyo.",  "a.m.",  "al.",   "approx.", "cf.",   "dept.", "e.g.",  "est.",   "etc.",  "fig.",
    "i.e.",  "p.m.",  "vs.",
};

/* True when s[0..len) (with its final period) is in the table above.
 * Pure; thread-safe. */
bool bl_is_abbrev(const char *s, size_t len)
{
    size_t lo = 0, hi = sizeof abbrevs / sizeof abbrevs[0];
    if (!s || len < 2 || len > 8 || s[len - 1] != '.')
        return false;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const unsigned char *a = (const unsigned char *)abbrevs[mid];
        size_t k = 0;
        int c;
        /* memcmp's order, then the shorter first: entries are at most a
         * few bytes, so a byte loop beats strlen and memcmp */
        while (k < len && a[k] && (unsigned char)s[k] == a[k])
            k++;
        if (k == len)
            c = a[k] ? -1 : 0;
        else
            c = !a[k] || (unsigned char)s[k] > a[k] ? 1 : -1;
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

/* ---- scanners --------------------------------------------------------- */

static int ascii_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Case-insensitive ASCII prefix test at i. */
static int has_prefix(const struct tk *t, size_t i, const char *p)
{
    size_t k = 0;
    for (; p[k]; k++)
        if (i + k >= t->len || ascii_lower(t->s[i + k]) != p[k])
            return 0;
    return 1;
}

/* End of a URL starting at i (http://, https://, www.), or 0. */
static size_t scan_url(const struct tk *t, size_t i)
{
    size_t j, clen;
    int32_t c;
    int paren = 0;
    if (has_prefix(t, i, "http://"))
        j = i + 7;
    else if (has_prefix(t, i, "https://"))
        j = i + 8;
    else if (has_prefix(t, i, "www.") && i + 4 < t->len && ascii_cls[t->s[i + 4] & 0x7F] != C_WS &&
             t->s[i + 4] < 0x80 && is_alnum_cls(ascii_cls[t->s[i + 4]]))
        j = i + 4;
    else
        return 0;
    while (j < t->len) {
        int cl = cls_at(t, j, &clen, &c);
        if (cl == C_WS || cl == C_NL || cl == C_PARA || c == '"' || c == '<' || c == '>' ||
            (c != '\'' && c != 0x2019 && is_quote_cp(c)))
            break;
        if (c == '(')
            paren++;
        j += clen;
    }
    /* Trailing punctuation belongs to the sentence. */
    while (j > i) {
        size_t st = bl_utf8_char_start(t->s, j - 1);
        size_t cl2;
        c = bl_utf8_decode(t->s, t->len, st, &cl2);
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ']' ||
            c == '}' || is_apos(c) || (c == ')' && !paren))
            j = st;
        else
            break;
    }
    return j > i + 8 || (j > i + 4 && has_prefix(t, i, "www.")) ? j : 0;
}

/* Bytes of the local part of an e-mail address: ASCII letters, digits and
 * . _ % + - (a table: every word is scanned for an '@'). */
/* clang-format off */
static const unsigned char email_ch[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    /* 0x80-0xFF: 0 */
};
/* clang-format on */

static int email_local(unsigned b)
{
    return email_ch[b & 0xFF];
}

/* End of an e-mail address starting at i, or 0. Remembers failed scans so
 * a long run without '@' is looked at only once. */
static size_t scan_email(struct tk *t, size_t i)
{
    size_t j = i, end = 0, label = 0;
    int dots = 0;
    if (i < t->noemail_until)
        return 0;
    /* an address needs an '@' ahead: find the next one once, not by
     * scanning every word */
    if (t->next_at < i) {
        const unsigned char *at = memchr(t->s + i, '@', t->len - i);
        t->next_at = at ? (size_t)(at - t->s) : t->len;
    }
    if (t->next_at >= t->len)
        return 0;
    while (j < t->len && email_local(t->s[j]))
        j++;
    if (j == i || j >= t->len || t->s[j] != '@') {
        t->noemail_until = j;
        return 0;
    }
    t->noemail_until = j;
    j++;
    while (j < t->len) {
        unsigned b = t->s[j];
        if (b < 0x80 && (is_alnum_cls(ascii_cls[b]) || b == '-')) {
            label++;
            j++;
            if (dots && label >= 2)
                end = j;
        } else if (b == '.' && label) {
            dots++;
            label = 0;
            j++;
        } else {
            break;
        }
    }
    return end;
}

/* Clitic length at apostrophe position p (apostrophe of length alen):
 * 's 're 've 'll 'd 'm followed by a non-letter; 0 when none. */
static size_t clitic_after(const struct tk *t, size_t p, size_t alen)
{
    char suf[4];
    size_t k = 0, q = p + alen;
    while (q + k < t->len && k < 3 && t->s[q + k] < 0x80 && ascii_cls[t->s[q + k]] == C_ALPHA) {
        suf[k] = (char)ascii_lower(t->s[q + k]);
        k++;
    }
    if (k == 0 || is_alnum_cls(peek(t, q + k, NULL, NULL)))
        return 0;
    suf[k] = 0;
    if (!strcmp(suf, "s") || !strcmp(suf, "re") || !strcmp(suf, "ve") || !strcmp(suf, "ll") ||
        !strcmp(suf, "d") || !strcmp(suf, "m") || !strcmp(suf, "t"))
        return alen + k;
    return 0;
}

/* The ASCII letters among the eight bytes of x: bit 7 of each letter's
 * byte (bl_letters8), and in *upper of each upper-case letter's. */
static inline uint64_t alpha8(uint64_t x, uint64_t *upper)
{
    uint64_t m = bl_letters8(x);
    *upper = m & ~(x << 2); /* bit 5 clear: upper case */
    return m;
}

/* ASCII bytes that end a run of ASCII letters outright: white space,
 * control characters and the punctuation that joins no word (scan_word's
 * rules join only - . _ ' and, after a digit, : / ,). Left out as well are
 * the bytes that may carry on a URL (: after http, . after www) or an
 * e-mail address (@ % + and those above), so that a word followed by one of
 * these is all scan_url, scan_email and scan_word could make of it. */
/* clang-format off */
static const unsigned char plain_end[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* controls */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1, 0, 0, 1, /* sp ! " # $ % & ' ( ) * + , - . / */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, /* 0-9 : ; < = > ? */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* @ A-O */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, /* P-Z [ \ ] ^ _ */
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* ` a-o */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, /* p-z { | } ~ DEL */
    /* 0x80-0xFF: 0, a non-ASCII character may be a letter or a joiner */
};
/* clang-format on */

/* The end of the run of ASCII letters that starts at i (a letter), and in
 * *caps whether all of them are upper case. */
static inline size_t letter_run(const struct tk *t, size_t i, bool *caps)
{
    size_t r = i;
    unsigned b;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t lower = 0; /* bit 7 of each lower-case letter's byte so far */
    while (r + 8 <= t->len) {
        uint64_t x, m, stop;
        memcpy(&x, t->s + r, sizeof x);
        m = bl_letters8(x);
        /* (x << 2) moves bit 5, set in lower case, to bit 7 */
        if (m != BL_HIGH8) {
            stop = ~m & BL_HIGH8; /* its lowest bit is in the first byte past the run */
            lower |= m & (x << 2) & (stop ^ (stop - 1));
            *caps = !lower;
            return r + (size_t)__builtin_ctzll(stop) / 8;
        }
        lower |= (x << 2) & BL_HIGH8;
        r += 8;
    }
    *caps = !lower;
#else
    *caps = true;
#endif
    while (r < t->len && (b = t->s[r]) < 0x80 && ascii_cls[b] == C_ALPHA) {
        if (b > 'Z')
            *caps = false;
        r++;
    }
    return r;
}

/* The end of the run of ASCII letters that starts at s[i] (a letter), as
 * letter_run finds it, and in *f the case flags of a word of those letters
 * (BL_TF_UPPER, BL_TF_ALLCAPS). Sixteen bytes at a time while sixteen
 * remain; whether all letters are capitals is asked only of a word whose
 * first is one. */
static inline size_t plain_run(const struct tk *t, const unsigned char *s, size_t len, size_t i,
                               unsigned *f)
{
#if defined(__SSE2__)
    size_t e = i;

    if (i + 16 > len) {
#endif
        bool caps;
        size_t r = letter_run(t, i, &caps);
        *f = (s[i] <= 'Z' ? BL_TF_UPPER : 0u) | (caps ? BL_TF_ALLCAPS : 0u);
        return r;
#if defined(__SSE2__)
    }
    for (;;) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + e));
        /* a letter, with bit 5 set, is 'a'..'z': moved to -128..-103 */
        __m128i v =
            _mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8((char)(0x80 - 'a')));
        unsigned m =
            (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8((char)(0x80 + 26))));
        if (m != 0xFFFFu) {
            e += (size_t)__builtin_ctz(~m);
            break;
        }
        e += 16;
        if (e + 16 > len) {
            while (e < len && s[e] < 0x80 && ascii_cls[s[e]] == C_ALPHA)
                e++;
            break;
        }
    }
    *f = 0;
    if (s[i] <= 'Z') {
        size_t k = i + 1;
        while (k < e && s[k] <= 'Z')
            k++;
        *f = k == e ? BL_TF_UPPER | BL_TF_ALLCAPS : BL_TF_UPPER;
    }
    return e;
#endif
}

/* Most tokens are a run of ASCII letters ending at a byte in plain_end:
 * the word scan_word would make, with the flags it would count. Emits such
 * words from i (an ASCII letter) on, one space apart, keeping the output's
 * count and the pending flags in locals while it does. Returns where it
 * stopped: past the last word when what follows is not a space and a
 * letter (*more false), or at the first letter of a word that is not plain
 * (*more true: the full path takes it from there). *rc is BL_OK or
 * BL_ERR_NOMEM. Out of line, so that its loop has the registers. */
static __attribute__((noinline)) size_t plain_words(struct tk *t, size_t i, bool *more, int *rc)
{
    const unsigned char *s = t->s;
    size_t len = t->len, n = t->n, cap = t->cap;
    struct bl_token *out = t->out;
    unsigned pending = t->pending;

    *rc = BL_OK;
    *more = false;
    for (;;) {
        unsigned b = s[i], f;
        size_t e = plain_run(t, s, len, i, &f), end = e;
        /* a period and then a byte in plain_end (a sentence's end, or
         * "Mr. ") joins nothing either: the word is the same */
        if (e < len && !plain_end[s[e]] &&
            !(s[e] == '.' && (e + 1 == len || plain_end[s[e + 1]]))) {
            *more = true;
            break;
        }
        if (e < len && s[e] == '.') {
            /* the period is the word's for a known abbreviation or an
             * initial, as in scan_word */
            if (bl_is_abbrev((const char *)s + i, e + 1 - i)) {
                end = e + 1;
                f |= BL_TF_ABBREV | BL_TF_PERIOD_END;
            } else if (e - i == 1 && b <= 'Z') {
                end = e + 1;
                f |= BL_TF_PERIOD_END;
            }
        }
        if (n == cap) {
            t->n = n;
            if (push_grow(t) != BL_OK) {
                *rc = BL_ERR_NOMEM;
                break;
            }
            out = t->out;
            cap = t->cap;
        }
        out[n].start = (uint32_t)i;
        out[n].end = (uint32_t)end;
        out[n].kind = BL_TOK_WORD;
        out[n].flags = (uint16_t)(f | pending);
        n++;
        pending = 0;
        i = end;
        /* one space and a letter, the commonest way on: the next word
         * without a round of bl_tokenize's loop */
        if (len - i < 2 || s[i] != ' ' || (unsigned)((s[i + 1] | 0x20) - 'a') >= 26u)
            break;
        pending = BL_TF_SPACE_BEFORE;
        i++;
    }
    t->n = n;
    t->pending = pending;
    return i;
}

/* Scan a word or number from i; emit it (and a split-off clitic). */
static int scan_word(struct tk *t, size_t i, size_t *next)
{
    size_t j = i, clen, seg = 0, maxseg = 0, clitic_start = 0, clitic_end = 0;
    int32_t c;
    int inner_dot = 0, letters = 0, digits = 0, first_digit, rc, kind;
    /* The case flags of an all-ASCII word are counted while scanning it:
     * ASCII upper-case letters, and whether its first letter is one (0 no
     * letter yet, 1 upper, 2 lower). slow: text_flags must do it (a
     * non-ASCII character, or the word was cut back). */
    int up = 0, firstcap = 0, slow = 0;
    unsigned flags;

    first_digit =
        t->s[i] < 0x80 ? ascii_cls[t->s[i]] == C_DIGIT : peek(t, i, NULL, NULL) == C_DIGIT;
    for (;;) {
        /* a run of letters, marks and digits */
        while (j < t->len) {
            unsigned b = t->s[j];
            int cl;
            if (b < 0x80) {
                cl = ascii_cls[b];
                clen = 1;
                if (cl == C_ALPHA) {
                    /* a run of ASCII letters (most of any text) in a
                     * loop of its own, counted as the steps below would */
                    size_t r = j;
                    if (!firstcap)
                        firstcap = b <= 'Z' ? 1 : 2;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                    /* eight bytes at a time while eight remain */
                    while (r + 8 <= t->len) {
                        uint64_t x, upper, m;
                        size_t n;
                        memcpy(&x, t->s + r, sizeof x);
                        m = alpha8(x, &upper);
                        if (m == BL_HIGH8) {
                            up += (int)bl_count8(upper);
                            r += 8;
                            continue;
                        }
                        n = (size_t)__builtin_ctzll(~m & BL_HIGH8) / 8; /* < 8 */
                        up += (int)bl_count8(upper & (((uint64_t)1 << (8 * n)) - 1));
                        r += n;
                        goto run_end;
                    }
#endif
                    while (r < t->len && (b = t->s[r]) < 0x80 && ascii_cls[b] == C_ALPHA) {
                        up += b <= 'Z';
                        r++;
                    }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                run_end:
#endif
                    letters += (int)(r - j);
                    seg += r - j;
                    j = r;
                    continue;
                }
            } else {
                cl = cls_at(t, j, &clen, NULL);
                slow = 1;
            }
            if (cl == C_ALPHA)
                letters++;
            else if (cl == C_DIGIT)
                digits++;
            else
                break;
            seg++;
            j += clen;
        }
        if (seg > maxseg)
            maxseg = seg;
        if (j >= t->len)
            break;
        /* white space ends the word: none of the joiners below is one */
        if (t->s[j] < 0x80 && ascii_cls[t->s[j]] <= C_PARA)
            break;
        {
            int pcl, ncl;
            size_t plen;
            int32_t pc = prev_cp(t, j, &pcl);
            int cl = cls_at(t, j, &clen, &c);
            int32_t nc;
            (void)cl;
            ncl = peek(t, j + clen, &nc, &plen);
            if ((c == '-' || c == 0x2010 || c == 0x2011) && is_alnum_cls(ncl)) {
                slow |= c >= 0x80;
                j += clen;
                seg = 0;
                continue;
            }
            /* "end.The" is a missing space, not an abbreviation */
            if (c == '.' && seg >= 3 && nc >= 'A' && nc <= 'Z' && pc >= 'a' && pc <= 'z')
                break;
            if (c == '.' && is_alnum_cls(ncl)) {
                inner_dot = 1;
                j += 1;
                seg = 0;
                continue;
            }
            if (c == '.' && nc == '-' && inner_dot && is_alnum_cls(peek(t, j + 2, NULL, NULL))) {
                j += 2; /* U.S.-led */
                seg = 0;
                continue;
            }
            if ((c == ':' || c == '/') && pcl == C_DIGIT && ncl == C_DIGIT) {
                j += 1;
                seg = 0;
                continue;
            }
            if (c == ',' && pcl == C_DIGIT && j + 3 < t->len + 0 &&
                ascii_cls[t->s[j + 1] & 0x7F] == C_DIGIT && t->s[j + 1] < 0x80 &&
                t->s[j + 2] < 0x80 && ascii_cls[t->s[j + 2]] == C_DIGIT && t->s[j + 3] < 0x80 &&
                ascii_cls[t->s[j + 3]] == C_DIGIT && peek(t, j + 4, NULL, NULL) != C_DIGIT) {
                j += 1; /* 1,000 */
                seg = 0;
                continue;
            }
            if (c == '_' && is_alnum_cls(ncl)) {
                j += 1;
                continue;
            }
            if (is_apos(c) && pcl == C_ALPHA && ncl == C_ALPHA) {
                size_t k = clitic_after(t, j, clen);
                if (k && (nc == 't' || nc == 'T')) {
                    /* n't: only after n, and only when a word remains */
                    if ((pc == 'n' || pc == 'N') && j - 1 > i) {
                        slow = 1;
                        clitic_start = j - 1;
                        clitic_end = j + k;
                        j -= 1;
                        break;
                    }
                } else if (k) {
                    clitic_start = j;
                    clitic_end = j + k;
                    break;
                }
                slow |= c >= 0x80;
                j += clen; /* O'Brien, rock'n'roll */
                seg = 0;
                continue;
            }
            if (is_apos(c) && pcl == C_DIGIT && (nc == 's' || nc == 'S') &&
                !is_alnum_cls(peek(t, j + clen + 1, NULL, NULL))) {
                clitic_start = j; /* 1990's */
                clitic_end = j + clen + 1;
                break;
            }
        }
        break;
    }

    if (slow)
        flags = text_flags(t, i, j);
    else
        flags = (firstcap == 1 ? BL_TF_UPPER : 0u) | (digits ? BL_TF_DIGIT : 0u) |
                (up && up == letters ? BL_TF_ALLCAPS : 0u);
    kind = BL_TOK_WORD;
    if (first_digit) {
        /* digits with separators, optionally 1990s or an ordinal */
        size_t tail = 0;
        while (tail < (size_t)letters && j - tail > i && t->s[j - tail - 1] < 0x80 &&
               ascii_cls[t->s[j - tail - 1]] == C_ALPHA)
            tail++;
        if (letters == 0 || (tail == (size_t)letters && tail <= 2))
            kind = BL_TOK_NUMBER;
    }
    /* A period that belongs to the word: initials, U.S., known abbreviations. */
    if (!clitic_start && j < t->len && t->s[j] == '.' && (j + 1 >= t->len || t->s[j + 1] != '.') &&
        kind == BL_TOK_WORD && !digits) {
        int take = 0;
        if (bl_is_abbrev((const char *)t->s + i, j + 1 - i) ||
            /* a party and a state: "Sen. Ann Cole, R-Nev., said" */
            (j - i >= 4 && t->s[i] >= 'A' && t->s[i] <= 'Z' && t->s[i + 1] == '-' &&
             bl_is_abbrev((const char *)t->s + i + 2, j - 1 - i))) {
            take = 1;
            flags |= BL_TF_ABBREV;
        } else {
            /* U.S. and p.m. (short pieces), or an initial */
            take = (inner_dot && maxseg <= 3) || (j - i == 1 && t->s[i] >= 'A' && t->s[i] <= 'Z');
        }
        if (take) {
            j++;
            flags |= BL_TF_PERIOD_END;
        }
    }
    rc = push(t, i, j, kind, flags);
    if (rc == BL_OK && clitic_start) {
        rc = push(t, clitic_start, clitic_end, BL_TOK_CLITIC,
                  text_flags(t, clitic_start, clitic_end));
        j = clitic_end;
    }
    *next = j;
    return rc;
}

/* Emit a quote mark at i (length clen, code point c). */
static int quote_tok(struct tk *t, size_t i, size_t clen, int32_t c)
{
    int pcl, ncl;
    int32_t pc = prev_cp(t, i, &pcl), nc;
    unsigned f;
    int open_ctx = opens_after(pc, pcl);
    ncl = peek(t, i + clen, &nc, NULL);

    switch (c) {
    case 0x201C: /* “ closes only in the German „...“ position */
        f = (!open_ctx && (ncl == C_WS || ncl == C_NL || ncl == C_PARA || ncl == C_OTHER))
                ? BL_TF_CLOSE_QUOTE
                : BL_TF_OPEN_QUOTE;
        break;
    case 0x2018:
    case 0x201A:
    case 0x201B:
        f = BL_TF_OPEN_QUOTE;
        t->open_single++;
        break;
    case 0x201E:
    case 0x00AB:
    case 0x2039:
    case 0x201F:
        f = BL_TF_OPEN_QUOTE;
        break;
    case 0x201D:
    case 0x00BB:
    case 0x203A:
        f = BL_TF_CLOSE_QUOTE;
        break;
    case 0x2019: /* ’ opens only before a letter or digit */
    case '\'':
        if (open_ctx && (c == '\'' || is_alnum_cls(ncl))) {
            f = BL_TF_OPEN_QUOTE;
            t->open_single++;
        } else {
            f = BL_TF_CLOSE_QUOTE;
            if (t->open_single)
                t->open_single--;
        }
        break;
    default: /* '"' */
        f = open_ctx ? BL_TF_OPEN_QUOTE : BL_TF_CLOSE_QUOTE;
        break;
    }
    if (t->s[i] >= 0x80)
        f |= BL_TF_NONASCII;
    return push(t, i, i + clen, BL_TOK_QUOTE, f);
}

/* Tokenize text[0..len). See bl_int.h. Stateless apart from its arguments,
 * so threads may call it concurrently on different texts. */
int bl_tokenize(const char *text, size_t len, struct bl_token **out, size_t *n)
{
    struct tk t;
    size_t i = 0, clen, nl = 0;
    int rc = BL_OK;

    *out = NULL;
    *n = 0;
    if (!text && len)
        return BL_ERR_ARG;
    if (len >= UINT32_MAX)
        return BL_ERR_LIMIT;
    memset(&t, 0, sizeof t);
    t.s = (const unsigned char *)text;
    t.len = len;
    if (len && bl_grow((void **)&t.out, &t.cap, len / 5 + 16, sizeof *t.out) != BL_OK)
        return BL_ERR_NOMEM;

    while (i < len) {
        int32_t c;
        int cl;
        unsigned b = t.s[i];

        if (b == ' ') {
            /* the common case of the white-space branch below: a space
             * leaves the line count and its flags as they are */
            t.pending |= BL_TF_SPACE_BEFORE;
            i++;
            continue;
        }
        if (b < 0x80) {
            cl = ascii_cls[b];
            c = (int32_t)b;
            clen = 1;
        } else {
            cl = cls_at(&t, i, &clen, &c);
        }
        if (cl == C_WS || cl == C_NL || cl == C_PARA) {
            t.pending |= BL_TF_SPACE_BEFORE;
            if (cl == C_NL && !(c == '\r' && i + 1 < len && t.s[i + 1] == '\n'))
                nl++;
            else if (cl == C_PARA)
                nl += 2;
            if (nl)
                t.pending |= BL_TF_NL_BEFORE;
            if (nl >= 2)
                t.pending |= BL_TF_PARA_BEFORE;
            i += clen;
            continue;
        }
        nl = 0;

        if (cl == C_ALPHA && b < 0x80) {
            bool more;
            i = plain_words(&t, i, &more, &rc);
            if (rc != BL_OK)
                goto out;
            if (!more)
                continue;
            /* not a plain word: the full path below, from its first letter
             * (cl and clen are still those of a letter) */
            b = t.s[i];
            c = (int32_t)b;
        }
        if (cl == C_DIGIT && b < 0x80) {
            /* a run of ASCII digits ending where scan_word would end it
             * (a byte in plain_end but the , and / that join digits, or a
             * period not followed by a letter or digit): the number it
             * would make, with the flag it would count */
            size_t e = i + 1;
            unsigned x;
            while (e < len && (unsigned)(t.s[e] - '0') < 10u)
                e++;
            x = e < len ? t.s[e] : 0u;
            if (e == len || (plain_end[x] && x != ',' && x != '/') ||
                (x == '.' && (e + 1 == len || plain_end[t.s[e + 1]]))) {
                rc = push(&t, i, e, BL_TOK_NUMBER, BL_TF_DIGIT);
                if (rc != BL_OK)
                    goto out;
                i = e;
                continue;
            }
        }
        if (cl == C_ALPHA || cl == C_DIGIT) {
            size_t e;
            if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && (e = scan_url(&t, i))) {
                rc = push(&t, i, e, BL_TOK_URL, text_flags(&t, i, e));
                i = e;
            } else if (b < 0x80 && (e = scan_email(&t, i))) {
                rc = push(&t, i, e, BL_TOK_EMAIL, text_flags(&t, i, e));
                i = e;
            } else {
                rc = scan_word(&t, i, &i);
            }
        } else if (is_apos(c) && peek(&t, i + clen, NULL, NULL) == C_DIGIT && i + clen + 1 < len &&
                   t.s[i + clen] < 0x80 && t.s[i + clen + 1] < 0x80 &&
                   ascii_cls[t.s[i + clen + 1]] == C_DIGIT &&
                   (i + clen + 2 >= len || t.s[i + clen + 2] == 's' ||
                    !is_alnum_cls(peek(&t, i + clen + 2, NULL, NULL)))) {
            /* '90s, ’08 */
            size_t e = i + clen + 2;
            if (e < len && t.s[e] == 's')
                e++;
            rc = push(&t, i, e, BL_TOK_NUMBER, text_flags(&t, i, e));
            i = e;
        } else if (is_apos(c) && i > 0 && !(t.pending & BL_TF_SPACE_BEFORE) && t.n &&
                   t.out[t.n - 1].end == i && t.out[t.n - 1].kind == BL_TOK_WORD &&
                   !t.open_single && (t.s[i - 1] == 's' || t.s[i - 1] == 'S') &&
                   !is_alnum_cls(peek(&t, i + clen, NULL, NULL))) {
            /* workers’ : a possessive, not a closing quote */
            rc = push(&t, i, i + clen, BL_TOK_CLITIC, text_flags(&t, i, i + clen));
            i += clen;
        } else if (is_quote_cp(c)) {
            rc = quote_tok(&t, i, clen, c);
            i += clen;
        } else if (is_dash_cp(c)) {
            rc = push(&t, i, i + clen, BL_TOK_DASH, BL_TF_NONASCII);
            i += clen;
        } else if (c == '-') {
            size_t e = i + 1;
            int pcl;
            int32_t pc = prev_cp(&t, i, &pcl);
            while (e < len && t.s[e] == '-')
                e++;
            if (e == i + 1 && opens_after(pc, pcl) && peek(&t, e, NULL, NULL) == C_DIGIT) {
                size_t n0 = t.n;
                rc = scan_word(&t, e, &e); /* -5: keep the sign with the number */
                if (rc == BL_OK)
                    t.out[n0].start = (uint32_t)i;
            } else {
                rc = push(&t, i, e, BL_TOK_DASH, 0);
            }
            i = e;
        } else if (c == '.' || c == 0x2026) {
            size_t e = i + clen;
            if (c == '.')
                while (e < len && t.s[e] == '.')
                    e++;
            if (c == 0x2026 || e - i >= 3)
                rc = push(&t, i, e, BL_TOK_ELLIPSIS, c == 0x2026 ? BL_TF_NONASCII : 0);
            else {
                e = i + 1;
                rc = push(&t, i, e, BL_TOK_PUNCT, 0);
            }
            i = e;
        } else {
            int kind = BL_TOK_PUNCT;
            size_t e = i + clen;
            switch (c) {
            case '$':
            case '%':
            case '&':
            case '@':
            case '#':
            case '+':
            case '=':
            case '<':
            case '>':
            case '~':
            case '^':
            case '*':
            case '|':
            case '\\':
            case '`':
                kind = BL_TOK_SYMBOL;
                break;
            default:
                if (c >= 0x80) {
                    utf8proc_category_t cat = utf8proc_category(c);
                    if (cat == UTF8PROC_CATEGORY_SM || cat == UTF8PROC_CATEGORY_SC ||
                        cat == UTF8PROC_CATEGORY_SK || cat == UTF8PROC_CATEGORY_SO ||
                        cat == UTF8PROC_CATEGORY_CO || cat == UTF8PROC_CATEGORY_CN)
                        kind = BL_TOK_SYMBOL;
                }
            }
            /* Keep combining marks and ZWJ sequences (emoji) with the symbol. */
            if (kind == BL_TOK_SYMBOL && c >= 0x80) {
                while (e < len) {
                    size_t l2;
                    int32_t c2 = bl_utf8_decode(t.s, len, e, &l2);
                    utf8proc_category_t cat = utf8proc_category(c2);
                    if (cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME ||
                        cat == UTF8PROC_CATEGORY_MC || (c2 >= 0x1F3FB && c2 <= 0x1F3FF)) {
                        e += l2;
                    } else if (c2 == 0x200D && e + l2 < len) {
                        size_t l3;
                        int32_t c3 = bl_utf8_decode(t.s, len, e + l2, &l3);
                        if (utf8proc_category(c3) != UTF8PROC_CATEGORY_SO)
                            break;
                        e += l2 + l3;
                    } else {
                        break;
                    }
                }
            }
            rc = push(&t, i, e, kind, c >= 0x80 ? BL_TF_NONASCII : 0);
            i = e;
        }
        if (rc != BL_OK)
            goto out;
    }
out:
    if (rc != BL_OK) {
        free(t.out);
        return rc;
    }
    *out = t.out;
    *n = t.n;
    return BL_OK;
}

/* Is s[0..n) (no NUL inside: tokens hold none) the string lit, ignoring
 * ASCII case as strncasecmp does in the C locale? Stops at the first
 * difference, so lit is read no further than its NUL. */
static inline bool same_ci(const unsigned char *s, size_t n, const char *lit)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char a = s[i], b = (unsigned char)lit[i];
        if (a != b && ascii_lower(a) != ascii_lower(b))
            return false;
    }
    return lit[n] == '\0';
}

/* Is entry e (its first byte already equal to first ignoring case) the
 * token s[0..n), first its first byte lower-cased? Out of line: the scan
 * below stays a few instructions an entry. */
static __attribute__((noinline)) bool entry_is(const unsigned char *e, const unsigned char *s,
                                               size_t n, unsigned first)
{
    return (unsigned)ascii_lower(e[0]) == first && same_ci(s + 1, n - 1, (const char *)e + 1);
}

/* May entry e be the token whose first byte, lower-cased, is first and
 * whose second is second (0 for a one-byte token)? Its first two bytes are
 * alike in all but bit 5. */
#define TOK_IN_MAY(e, first, second) (!(((e)[0] ^ (first)) & 0xDFu) && !(((e)[1] ^ (second)) & 0xDFu))

/* bl_tok_in from list[0], an entry TOK_IN_MAY lets through, on. Out of
 * line and reached by a tail call: the scan in bl_tok_in, which most
 * tokens never leave, then needs no registers saved. */
static __attribute__((noinline)) bool tok_in_rest(const unsigned char *s, size_t n,
                                                  const char *const *list, unsigned first,
                                                  unsigned second)
{
    for (;; list++) {
        const unsigned char *e = (const unsigned char *)*list;
        if (!e)
            return false;
        if (TOK_IN_MAY(e, first, second) && entry_is(e, s, n, first))
            return true;
    }
}

/* Token t of text against a NULL-terminated list of strings; see bl_int.h.
 * Pure; thread-safe. The rule stages call this millions of times, so it
 * avoids strlen and library calls and skips entries whose first byte
 * differs even ignoring case (in bit 5 only): the scan, four entries a
 * round, is a few instructions an entry. */
bool bl_tok_in(const char *text, const struct bl_token *t, const char *const *list)
{
    const unsigned char *s = (const unsigned char *)text + t->start;
    size_t n = t->end - t->start;
    unsigned first, second;

    if (n == 0) {
        for (; *list; list++)
            if ((*list)[0] == '\0')
                return true;
        return false;
    }
    first = (unsigned)ascii_lower(s[0]);
    second = n > 1 ? s[1] : 0u;
    for (;; list += 4) {
        const unsigned char *e = (const unsigned char *)list[0];
        if (!e)
            return false;
        if (TOK_IN_MAY(e, first, second))
            return tok_in_rest(s, n, list, first, second);
        e = (const unsigned char *)list[1];
        if (!e)
            return false;
        if (TOK_IN_MAY(e, first, second))
            return tok_in_rest(s, n, list + 1, first, second);
        e = (const unsigned char *)list[2];
        if (!e)
            return false;
        if (TOK_IN_MAY(e, first, second))
            return tok_in_rest(s, n, list + 2, first, second);
        e = (const unsigned char *)list[3];
        if (!e)
            return false;
        if (TOK_IN_MAY(e, first, second))
            return tok_in_rest(s, n, list + 3, first, second);
    }
}

bool bl_storm_word(const char *text, const struct bl_token *t)
{
    static const char *const words[] = {"cyclone", "hurricane", "storm", "typhoon", NULL};
    return bl_tok_in(text, t, words);
}
