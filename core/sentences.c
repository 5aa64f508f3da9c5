/* sentences.c -- group tokens into sentences and paragraphs. Sentences end
 * at . ! ? and ellipses (with trailing closing quotes and brackets) when the
 * next token looks like a sentence start, at blank lines, and at single line
 * breaks unless the text looks hard-wrapped. Titles and initials never end a
 * sentence; ambiguous abbreviations (U.S., Inc.) only before a typical
 * sentence starter. One pass over the tokens. */
#include "bl_int.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Abbreviations after which a sentence never ends (sorted by strcmp). */
static const char *const titles[] = {
    "Adm.", "Capt.",   "Cmdr.", "Col.", "Dr.", "Fig.", "Ft.",   "Gen.",  "Gov.", "Hon.",  "Lt.",
    "Maj.", "Messrs.", "Mr.",   "Mrs.", "Ms.", "Mt.",  "Pres.", "Prof.", "Rep.", "Reps.", "Rev.",
    "Sen.", "Sens.",   "Sgt.",  "St.",  "cf.", "e.g.", "fig.",  "i.e.",  "vs.",
};

/* Month abbreviations and "No.": no break before a number. */
static const char *const before_number[] = {
    "Apr.", "Aug.", "Dec.", "Feb.", "Jan.", "Jul.", "Jun.",
    "Mar.", "No.",  "Nos.", "Nov.", "Oct.", "Sep.", "Sept.",
};

/* Closed-class words that typically start a sentence. */
static const char *const starters[] = {
    "A",       "According", "After", "Although", "An",     "And",       "As",      "At",
    "Because", "Before",    "Both",  "But",      "By",     "Despite",   "During",  "Each",
    "For",     "From",      "He",    "Her",      "Here",   "His",       "However", "I",
    "If",      "In",        "It",    "Its",      "Many",   "Meanwhile", "More",    "Most",
    "My",      "No",        "Now",   "On",       "One",    "Our",       "She",     "Since",
    "So",      "Some",      "Still", "That",     "The",    "Their",     "Then",    "There",
    "These",   "They",      "This",  "Those",    "Though", "To",        "Under",   "We",
    "What",    "When",      "While", "Who",      "Why",    "With",      "Yet",     "You",
    "Your",
};

/* Capitalised words that go on with a time of day ("3 p.m. Monday", "9 a.m.
 * Eastern", "noon Jan. 5"), sorted by strcmp; zone abbreviations in capitals
 * ("p.m. ET") are told by their shape. */
static const char *const after_time[] = {
    "Apr.",     "April",   "Atlantic", "Aug.",    "August",   "Central",  "Dec.",
    "December", "Eastern", "Feb.",     "February", "Friday",  "Greenwich", "Jan.",
    "January",  "Jul.",    "July",     "Jun.",    "June",     "Local",    "Mar.",
    "March",    "May",     "Monday",   "Mountain", "Nov.",    "November", "Oct.",
    "October",  "Pacific", "Saturday", "Sep.",    "Sept.",    "September", "Sunday",
    "Thursday", "Tuesday", "Wednesday",
};

static int in_table(const char *const *tab, size_t ntab, const char *s, size_t len)
{
    size_t lo = 0, hi = ntab;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2, alen = strlen(tab[mid]);
        int c = memcmp(s, tab[mid], len < alen ? len : alen);
        if (c == 0)
            c = len < alen ? -1 : len > alen ? 1 : 0;
        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

#define IN(tab, s, len) in_table((tab), sizeof(tab) / sizeof((tab)[0]), (s), (len))

static int tok_is(const char *text, const struct bl_token *t, const char *lit)
{
    size_t l = strlen(lit);
    return t->end - t->start == l && memcmp(text + t->start, lit, l) == 0;
}

/* . ! ? ?! and ellipses */
static int is_stop(const char *text, const struct bl_token *t)
{
    if (t->kind == BL_TOK_ELLIPSIS)
        return 1;
    return t->kind == BL_TOK_PUNCT &&
           (tok_is(text, t, ".") || tok_is(text, t, "!") || tok_is(text, t, "?"));
}

static int is_closer(const char *text, const struct bl_token *t)
{
    if (t->kind == BL_TOK_QUOTE)
        return (t->flags & BL_TF_CLOSE_QUOTE) != 0;
    return t->kind == BL_TOK_PUNCT &&
           (tok_is(text, t, ")") || tok_is(text, t, "]") || tok_is(text, t, "}"));
}

/* Could a sentence end after t? Only after punctuation, an ellipsis, a
 * quote or a word that keeps a period. */
static inline bool may_end(const struct bl_token *t)
{
    return ((1u << t->kind) & (1u << BL_TOK_PUNCT | 1u << BL_TOK_ELLIPSIS | 1u << BL_TOK_QUOTE)) ||
           (t->flags & BL_TF_PERIOD_END);
}

/* For a token that may_end: could a sentence end after it? Only after a
 * stop (is_stop), a closer (is_closer) or a token that keeps a period.
 * After any other (a comma, an opening mark) the loop below finds no break
 * unless a line break follows, which it tests itself. */
static bool ends_here(const char *text, const struct bl_token *t)
{
    if (t->flags & BL_TF_PERIOD_END)
        return true;
    switch (t->kind) {
    case BL_TOK_ELLIPSIS:
        return true;
    case BL_TOK_QUOTE:
        return (t->flags & BL_TF_CLOSE_QUOTE) != 0;
    case BL_TOK_PUNCT:
        if (t->end - t->start != 1)
            return false;
        switch (text[t->start]) {
        case '.':
        case '!':
        case '?':
        case ')':
        case ']':
        case '}':
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

/* Token k ends with final punctuation: a stop, an abbreviation period, or
 * closers after one (looking back a few tokens at most). */
static int is_final(const char *text, const struct bl_token *toks, size_t k)
{
    size_t steps = 0;
    for (;;) {
        const struct bl_token *t = &toks[k];
        if (is_stop(text, t) || (t->flags & BL_TF_PERIOD_END))
            return 1;
        if (!is_closer(text, t) || k == 0 || ++steps > 4)
            return 0;
        k--;
    }
}

/* First code point of the token is a lower-case letter. */
static int starts_lower(const char *text, const struct bl_token *t)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t clen;
    unsigned b = s[t->start];
    if (b < 0x80)
        return b >= 'a' && b <= 'z';
    return utf8proc_category(bl_utf8_decode(s, t->end, t->start, &clen)) == UTF8PROC_CATEGORY_LL;
}

/* Could t begin a sentence? */
static int starts_sentence(const char *text, const struct bl_token *t)
{
    switch (t->kind) {
    case BL_TOK_QUOTE:
        return (t->flags & BL_TF_OPEN_QUOTE) != 0;
    case BL_TOK_WORD:
    case BL_TOK_NUMBER:
    case BL_TOK_URL:
    case BL_TOK_EMAIL:
        return !starts_lower(text, t);
    case BL_TOK_SYMBOL:
        return 1;
    case BL_TOK_PUNCT:
        return tok_is(text, t, "(") || tok_is(text, t, "[");
    default:
        return 0;
    }
}

/* Break after the stop or abbreviation at k, before token m (< n)? */
static int breaks_before(const char *text, const struct bl_token *toks, size_t n, size_t k,
                         size_t m)
{
    const struct bl_token *a = &toks[k], *b = &toks[m];
    const char *w = text + a->start;
    size_t wl = a->end - a->start;

    if (!starts_sentence(text, b))
        return 0;
    if (!(a->flags & BL_TF_PERIOD_END) || a->kind != BL_TOK_WORD)
        return 1;
    /* a word that keeps its period */
    if (wl == 2 || IN(titles, w, wl))
        return 0; /* J. / Mr. */
    if (IN(before_number, w, wl) && b->kind == BL_TOK_NUMBER)
        return 0;
    /* "after 3 p.m. Senior forecaster ...": a time of day ends the sentence
     * before a capitalised word, unless the word goes on with the time: a
     * day, a month, a zone ("p.m. ET", "a.m. Eastern", "noon Beijing time") */
    if (wl == 4 && k > 0 && toks[k - 1].kind == BL_TOK_NUMBER &&
        (memcmp(w, "a.m.", 4) == 0 || memcmp(w, "p.m.", 4) == 0 || memcmp(w, "A.M.", 4) == 0 ||
         memcmp(w, "P.M.", 4) == 0) &&
        b->kind == BL_TOK_WORD) {
        size_t bl = b->end - b->start;
        const char *bw = text + b->start;
        if (IN(after_time, bw, bl) || ((b->flags & BL_TF_ALLCAPS) && bl >= 2 && bl <= 5) ||
            (m + 1 < n && toks[m + 1].kind == BL_TOK_WORD &&
             (tok_is(text, &toks[m + 1], "time") || tok_is(text, &toks[m + 1], "Time"))))
            return 0;
        return 1;
    }
    /* `before 8:30 a.m. "should consider`: a quotation that opens on a
     * lower-case word goes on with the sentence */
    if (b->kind == BL_TOK_QUOTE)
        return !(m + 1 < n && toks[m + 1].kind == BL_TOK_WORD && starts_lower(text, &toks[m + 1]));
    return b->kind == BL_TOK_WORD && IN(starters, text + b->start, b->end - b->start);
}

static int emit(struct bl_sentence **out, size_t *n, size_t *cap, const struct bl_token *toks,
                size_t s0, size_t e, uint32_t para, uint32_t flags)
{
    struct bl_sentence *s;
    if (*n == *cap && bl_grow((void **)out, cap, *n + 1, sizeof **out) != BL_OK)
        return BL_ERR_NOMEM;
    s = &(*out)[(*n)++];
    s->tok_start = (uint32_t)s0;
    s->tok_end = (uint32_t)e;
    s->start = toks[s0].start;
    s->end = toks[e - 1].end;
    s->para = para;
    s->flags = flags;
    return BL_OK;
}

/* Split toks[0..n) over text into sentences; see bl_int.h. Reads only its
 * arguments, so threads may call it concurrently. */
int bl_sentences_split(const char *text, const struct bl_token *toks, size_t n,
                       struct bl_sentence **out, size_t *nout)
{
    struct bl_sentence *res = NULL;
    size_t cap = 0, cnt = 0, s0 = 0, k;
    uint32_t para = 0, sflags = BL_SF_PARA_START;
    int rc = BL_OK;

    *out = NULL;
    *nout = 0;
    if (n == 0)
        return BL_OK;
    if (!text || !toks)
        return BL_ERR_ARG;
    if (n >= UINT32_MAX)
        return BL_ERR_LIMIT;

    for (k = 1; k <= n; k++) {
        int brk = 0, newpara = 0;
        const struct bl_token *t;

        /* Most tokens: no line break before them, and the token before
         * neither a stop nor a closer, so no break: passed over here, in a
         * loop of their own. Below, t is the end, or has a line break
         * before it, or follows a token that may_end. */
        for (;;) {
            const struct bl_token *p = toks + k, *end = toks + n;
            while (p < end && !(p->flags & (BL_TF_NL_BEFORE | BL_TF_PARA_BEFORE)) &&
                   !may_end(p - 1))
                p++;
            k = (size_t)(p - toks);
            /* a comma or an opening mark: no break either */
            if (k < n && !(toks[k].flags & (BL_TF_NL_BEFORE | BL_TF_PARA_BEFORE)) &&
                !ends_here(text, &toks[k - 1])) {
                k++;
                continue;
            }
            break;
        }
        t = k < n ? &toks[k] : NULL;

        if (!t) {
            brk = 1;
        } else if (t->flags & BL_TF_PARA_BEFORE) {
            brk = newpara = 1;
        } else if (t->flags & BL_TF_NL_BEFORE) {
            /* hard-wrapped text continues; any other line break ends both */
            if (is_final(text, toks, k - 1) || !starts_lower(text, t))
                brk = newpara = 1;
        } else if (is_stop(text, &toks[k - 1]) ||
                   ((toks[k - 1].flags & BL_TF_PERIOD_END) && toks[k - 1].kind == BL_TOK_WORD)) {
            /* take closing quotes and brackets (and more stops) along */
            size_t e = k;
            while (e < n && !(toks[e].flags & BL_TF_NL_BEFORE) &&
                   (is_closer(text, &toks[e]) || is_stop(text, &toks[e])))
                e++;
            if (e > k) {
                k = e - 1; /* the loop's k++ lands on e */
                continue;
            }
            brk = breaks_before(text, toks, n, k - 1, k);
        } else if (is_closer(text, &toks[k - 1]) && k >= 2) {
            /* after absorbed closers: find the stop they follow */
            size_t j = k - 1, steps = 0;
            while (j > s0 && is_closer(text, &toks[j]) && ++steps < 8)
                j--; /* bounded, so a run of closers stays linear */
            if ((is_stop(text, &toks[j]) || (toks[j].flags & BL_TF_PERIOD_END)) &&
                !(t->flags & BL_TF_NL_BEFORE))
                brk = breaks_before(text, toks, n, j, k);
        }
        if (!brk)
            continue;
        if (t && (t->flags & (BL_TF_NL_BEFORE | BL_TF_PARA_BEFORE)) == 0)
            newpara = 0;
        {
            const struct bl_token *last = &toks[k - 1];
            if (t && (t->flags & BL_TF_NL_BEFORE) && last->kind != BL_TOK_PUNCT &&
                last->kind != BL_TOK_ELLIPSIS && !is_final(text, toks, k - 1))
                sflags |= BL_SF_HEADLINE;
        }
        rc = emit(&res, &cnt, &cap, toks, s0, k, para, sflags);
        if (rc != BL_OK)
            goto out;
        s0 = k;
        sflags = 0;
        if (newpara) {
            para++;
            sflags = BL_SF_PARA_START;
        }
    }
out:
    if (rc != BL_OK) {
        free(res);
        return rc;
    }
    *out = res;
    *nout = cnt;
    return BL_OK;
}
