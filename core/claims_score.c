/* claims_score.c -- what makes a claim worth checking: the features of a
 * token range (numbers, units, dates, comparisons, named actors, causal and
 * modal cues, hedges, first person, questions, opinion words), the kind they
 * point to, a logistic checkworthiness score with hand-set weights (see
 * docs/checkworthiness.md), and the boilerplate lines no claim may come from. */
#include "bl_int.h"

#include <math.h>
#include <string.h>
#include <strings.h>

/* ---- word lists --------------------------------------------------------- */

static const char *const quantity_words[] = {
    "half",    "third",    "thirds",   "quarter",  "quarters", "fifth",    "fifths",
    "tenth",   "dozen",    "dozens",   "hundred",  "hundreds", "thousand", "thousands",
    "million", "millions", "billion",  "billions", "trillion", "percent",  "twice",
    "double",  "triple",   "majority", "minority", NULL};
/* spelled cardinals count as a figure only before a unit or a quantity
 * ("three troops", "two million"), not in "the two sides" */
static const char *const cardinals[] = {"two",    "three",   "four",   "five",   "six",
                                        "seven",  "eight",   "nine",   "ten",    "eleven",
                                        "twelve", "twenty",  "thirty", "forty",  "fifty",
                                        "sixty",  "seventy", "eighty", "ninety", NULL};
static const char *const unit_words[] = {
    "percent",  "percentage", "points",   "dollars", "euros",      "pounds",     "rubles",
    "roubles",  "yuan",       "yen",      "km",      "kilometres", "kilometers", "miles",
    "metres",   "meters",     "tons",     "tonnes",  "barrels",    "bn",         "mln",
    "people",   "troops",     "soldiers", "deaths",  "votes",      "jobs",       "acres",
    "hectares", "square",     "degrees",  "years",   NULL};
static const char *const date_words[] = {
    "january",   "february",  "march",   "april",    "may",      "june",      "july",
    "august",    "september", "october", "november", "december", "jan.",      "feb.",
    "aug.",      "sept.",     "oct.",    "nov.",     "dec.",     "monday",    "tuesday",
    "wednesday", "thursday",  "friday",  "saturday", "sunday",   "yesterday", "ago",
    "since",     "last",      "decade",  "century",  NULL};
static const char *const compare_words[] = {
    "more",     "less",     "fewer",  "than",    "higher", "lower",    "largest",   "biggest",
    "smallest", "highest",  "lowest", "most",    "least",  "record",   "rose",      "risen",
    "rise",     "rises",    "fell",   "fallen",  "fall",   "falls",    "dropped",   "drop",
    "doubled",  "tripled",  "halved", "grew",    "grown",  "declined", "increased", "decreased",
    "surged",   "plunged",  "jumped", "slumped", "soared", "tumbled",  "cut",       "lost",
    "gained",   "controls", "first",  "only",    NULL};
static const char *const causal_words[] = {
    "because",     "cause",    "caused",      "causes",    "causing",   "due",
    "result",      "resulted", "consequence", "triggered", "sparked",   "fuelled",
    "fueled",      "thanks",   "blamed",      "backfired", "therefore", "hence",
    "responsible", "driven",   "prompted",    "forced",    NULL};
static const char *const predict_words[] = {
    "will",      "'ll",      "’ll",       "wo",     "expected", "expects", "forecast", "forecasts",
    "predicted", "predicts", "projected", "likely", "unlikely", "going",   "plans",    "planned",
    "set",       "future",   "soon",      "next",   "upcoming", NULL};
static const char *const hedge_words[] = {
    "may",       "might",      "could",    "perhaps", "possibly", "probably",    "reportedly",
    "allegedly", "apparently", "seems",    "seemed",  "appears",  "appeared",    "maybe",
    "somewhat",  "arguably",   "rumoured", "rumored", "unclear",  "unconfirmed", NULL};
static const char *const first_person[] = {"i",    "me", "my", "mine",   "we",        "us", "our",
                                           "ours", "'m", "’m", "myself", "ourselves", NULL};
static const char *const opinion_words[] = {
    "should",    "must",         "ought",      "great",         "terrible",   "wonderful",
    "beautiful", "awful",        "good",       "bad",           "best",       "worst",
    "shameful",  "disgraceful",  "outrageous", "ridiculous",    "love",       "loves",
    "hate",      "hates",        "feel",       "think",         "believe",    "nice",
    "lovely",    "sad",          "happy",      "proud",         "dangerous",  "wrong",
    "right",     "unacceptable", "important",  "crucial",       "fantastic",  "horrible",
    "stupid",    "brilliant",    "sunny",      "amazing",       "incredible", "deserve",
    "deserves",  "welcome",      "hope",       "unfortunately", "sadly",      NULL};

/* Could strncasecmp (C locale) find bytes a and b equal? Only when they are
 * the same up to ASCII case. A cheap test in front of the library calls
 * below, which were a third of the pipeline's instructions; it never turns
 * away a match. */
static bool ci_may_equal(char a, char b)
{
    return ((unsigned char)a | 0x20) == ((unsigned char)b | 0x20);
}

static bool word_in(const char *text, const struct bl_token *t, const char *const *list)
{
    size_t l = t->end - t->start;
    for (; *list; list++)
        if ((l == 0 || ci_may_equal(text[t->start], (*list)[0])) && strlen(*list) == l &&
            strncasecmp(text + t->start, *list, l) == 0)
            return true;
    return false;
}

static bool is_year(const char *text, const struct bl_token *t)
{
    const char *s = text + t->start;
    if (t->kind != BL_TOK_NUMBER || t->end - t->start != 4)
        return false;
    return (s[0] == '1' && s[1] >= '8') || (s[0] == '2' && s[1] == '0');
}

/* A named entity or actor in toks [a, b): entities and the actor index when
 * those stages ran, else a capitalised word that does not open the range. */
static bool named_in(const struct bl_doc *d, size_t a, size_t b)
{
    const struct bl_token *t = d->toks;
    if (b <= a)
        return false;
    if ((d->done & BL_STAGE_ENTITIES) && d->nents) {
        /* entities are sorted by start: the first one ending after a */
        size_t lo = 0, hi = d->nents, s = t[a].start, e = t[b - 1].end;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (d->ents[mid].span.start < s)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo > 0 && d->ents[lo - 1].span.end > s)
            return true;
        if (lo < d->nents && d->ents[lo].span.start < e)
            return true;
    }
    if (d->done & BL_STAGE_ACTORS) {
        for (size_t i = a; i < b; i++)
            if ((t[i].flags & BL_TF_UPPER) && bl_actor_at(d, t[i].start, t[i].end) >= 0)
                return true;
        return false;
    }
    for (size_t i = a + 1; i < b; i++)
        if (t[i].kind == BL_TOK_WORD && (t[i].flags & BL_TF_UPPER) &&
            !word_in(d->text, &t[i], date_words))
            return true;
    return false;
}

/* ---- features ------------------------------------------------------------ */

enum feat {
    F_NUMBER,
    F_UNIT,
    F_DATE,
    F_COMPARE,
    F_NAMED,
    F_CAUSAL,
    F_PREDICT,
    F_ATTRIBUTED,
    F_HEDGE,
    F_FIRST,
    F_QUESTION,
    F_OPINION_ONLY,
    F_OPINION,
    F_SHORT,
    F_HEADLINE,
    NFEAT
};

/* Weights: see docs/checkworthiness.md for why each has its size. */
static const double weight[NFEAT] = {
    [F_NUMBER] = 1.2,   [F_UNIT] = 0.8,   [F_DATE] = 0.4,      [F_COMPARE] = 0.5,
    [F_NAMED] = 0.5,    [F_CAUSAL] = 0.5, [F_PREDICT] = 0.3,   [F_ATTRIBUTED] = 0.3,
    [F_HEDGE] = -0.4,   [F_FIRST] = -0.6, [F_QUESTION] = -2.0, [F_OPINION_ONLY] = -1.2,
    [F_OPINION] = -0.3, [F_SHORT] = -0.7, [F_HEADLINE] = -2.5,
};
#define BIAS (-1.0)

static void features(const struct bl_doc *d, size_t a, size_t b, unsigned flags, bool f[NFEAT])
{
    const struct bl_token *t = d->toks;
    const char *text = d->text;
    size_t words = 0, last = b;

    memset(f, 0, NFEAT * sizeof *f);
    for (size_t i = a; i < b; i++) {
        const struct bl_token *k = &t[i];
        if (k->kind == BL_TOK_WORD || k->kind == BL_TOK_NUMBER)
            words++;
        if (k->kind == BL_TOK_NUMBER || (k->kind == BL_TOK_WORD && (k->flags & BL_TF_DIGIT))) {
            if (is_year(text, k))
                f[F_DATE] = true;
            else
                f[F_NUMBER] = true;
        }
        if (k->kind == BL_TOK_SYMBOL && strchr("$%", text[k->start]))
            f[F_UNIT] = true;
        if (k->kind == BL_TOK_SYMBOL && (t[i].flags & BL_TF_NONASCII))
            f[F_UNIT] = true; /* € £ ¥ ₽ */
        if (k->kind != BL_TOK_WORD && k->kind != BL_TOK_CLITIC)
            continue;
        if (word_in(text, k, quantity_words) ||
            (word_in(text, k, cardinals) && i + 1 < b &&
             (word_in(text, &t[i + 1], unit_words) || word_in(text, &t[i + 1], quantity_words))))
            f[F_NUMBER] = true;
        if (word_in(text, k, unit_words) && i > a &&
            (t[i - 1].kind == BL_TOK_NUMBER || word_in(text, &t[i - 1], quantity_words) ||
             word_in(text, &t[i - 1], cardinals)))
            f[F_UNIT] = true;
        if (word_in(text, k, date_words) &&
            !(strncasecmp(text + k->start, "may", 3) == 0 && !(k->flags & BL_TF_UPPER)))
            f[F_DATE] = true;
        if (word_in(text, k, compare_words))
            f[F_COMPARE] = true;
        if (word_in(text, k, causal_words) ||
            (word_in(text, k, (const char *const[]){"led", "leads", "leading", NULL}) &&
             i + 1 < b && t[i + 1].end - t[i + 1].start == 2 &&
             strncasecmp(text + t[i + 1].start, "to", 2) == 0))
            f[F_CAUSAL] = true;
        if (word_in(text, k, predict_words))
            f[F_PREDICT] = true;
        if (word_in(text, k, hedge_words) &&
            !(strncasecmp(text + k->start, "may", 3) == 0 && (k->flags & BL_TF_UPPER) && i > a))
            f[F_HEDGE] = true;
        if (word_in(text, k, first_person) && !(k->flags & BL_TF_ALLCAPS && k->end - k->start > 1))
            f[F_FIRST] = true;
        if (word_in(text, k, opinion_words))
            f[F_OPINION] = true;
    }
    f[F_NAMED] = named_in(d, a, b);
    /* a question ends in '?' (perhaps inside closing marks) */
    while (last > a && (t[last - 1].kind == BL_TOK_QUOTE || t[last - 1].kind == BL_TOK_PUNCT) &&
           text[t[last - 1].start] != '?')
        last--;
    if (last > a && text[t[last - 1].start] == '?')
        f[F_QUESTION] = true;
    if (f[F_OPINION] && !f[F_NUMBER] && !f[F_DATE] && !f[F_NAMED] && !f[F_UNIT]) {
        f[F_OPINION_ONLY] = true;
        f[F_OPINION] = false;
    }
    f[F_SHORT] = words < 5;
    f[F_ATTRIBUTED] = (flags & BL_CLAIM_F_ATTRIBUTED) != 0;
    f[F_HEADLINE] = (flags & BL_CLAIM_F_HEADLINE) != 0;
}

/* Score toks [a, b) of d; see bl_int.h. Needs the tokens (and uses the
 * actors stage when it ran). Read-only on d; thread-safe. */
double bl_claims_score(const struct bl_doc *d, size_t a, size_t b, unsigned flags, int *kind)
{
    bool f[NFEAT];
    double z = BIAS;

    if (kind)
        *kind = BL_CLAIM_FACTUAL;
    if (!d || a >= b || b > d->ntoks)
        return 0;
    features(d, a, b, flags, f);
    for (int i = 0; i < NFEAT; i++)
        if (f[i])
            z += weight[i];
    if (kind) {
        if (f[F_NUMBER] || f[F_UNIT])
            *kind = BL_CLAIM_STATISTICAL;
        else if (f[F_CAUSAL])
            *kind = BL_CLAIM_CAUSAL;
        else if (f[F_PREDICT])
            *kind = BL_CLAIM_PREDICTION;
        else if (f[F_OPINION] || f[F_OPINION_ONLY])
            *kind = BL_CLAIM_EVALUATIVE;
    }
    return 1.0 / (1.0 + exp(-z));
}

/* True when the range has something a fact-checker could look up: a number,
 * a date, a named actor, a comparison or change, a cause or a forecast. */
bool bl_claims_checkable(const struct bl_doc *d, size_t a, size_t b)
{
    bool f[NFEAT];
    if (!d || a >= b || b > d->ntoks)
        return false;
    features(d, a, b, 0, f);
    return f[F_NUMBER] || f[F_UNIT] || f[F_DATE] || f[F_NAMED] || f[F_COMPARE] || f[F_CAUSAL] ||
           f[F_PREDICT];
}

/* ---- boilerplate ---------------------------------------------------------- */

/* Case-insensitive search for needle in s[0..len). */
static bool has_ci(const char *s, size_t len, const char *needle)
{
    size_t nl = strlen(needle);
    for (size_t i = 0; i + nl <= len; i++)
        if ((nl == 0 || ci_may_equal(s[i], needle[0])) && strncasecmp(s + i, needle, nl) == 0)
            return true;
    return false;
}

/* True when sentence si is a dateline, byline, credit, copyright notice or a
 * call to action rather than part of the story. Read-only; thread-safe. */
bool bl_claims_boilerplate(const struct bl_doc *d, size_t si)
{
    static const char *const anywhere[] = {
        "reporting by",     "editing by", "writing by",          "compiled by",  "click here",
        "sign up for",      "sign up to", "all rights reserved", "copyright",    "\xc2\xa9",
        "getty images",     "ap photo",   "photo credit",        "photograph:",  "photo:",
        "image:",           "(photo",     "subscribe to",        "follow us on", "read more:",
        "trust principles", "newsletter", "our standards",       "afp photo",    "/reuters",
        "/ reuters",        NULL};
    static const char *const opening[] = {"by ",        "related:",   "read more",
                                          "watch:",     "listen:",    "advertisement",
                                          "share this", "(reporting", "additional reporting",
                                          NULL};
    const struct bl_sentence *s;
    const char *p;
    size_t len, ntok;

    if (!d || si >= d->nsents)
        return false;
    s = &d->sents[si];
    p = d->text + s->start;
    len = s->end - s->start;
    ntok = s->tok_end - s->tok_start;
    for (size_t k = 0; anywhere[k]; k++)
        if (has_ci(p, len, anywhere[k]))
            return true;
    for (size_t k = 0; opening[k]; k++) {
        size_t l = strlen(opening[k]);
        if (len >= l && strncasecmp(p, opening[k], l) == 0 && strcmp(opening[k], "by ") != 0)
            return true;
    }
    /* a byline: "By" and names only ("By Ana Ruiz and Tom Berg") */
    if (len > 3 && strncasecmp(p, "by ", 3) == 0 && ntok <= 12) {
        for (size_t i = s->tok_start + 1; i < s->tok_end; i++) {
            const struct bl_token *t = &d->toks[i];
            if (t->kind == BL_TOK_WORD && !(t->flags & BL_TF_UPPER) &&
                !(t->end - t->start == 3 && strncasecmp(d->text + t->start, "and", 3) == 0))
                return false;
            if (t->kind != BL_TOK_WORD && t->kind != BL_TOK_PUNCT)
                return false;
        }
        return true;
    }
    return false;
}

/* Tokens of a leading dateline in sentence si ("KYIV, Ukraine (Reuters) -",
 * "WASHINGTON —"): the index of the first token after it, or tok_start when
 * there is none. Read-only; thread-safe. */
size_t bl_claims_after_dateline(const struct bl_doc *d, size_t si)
{
    const struct bl_sentence *s = &d->sents[si];
    const struct bl_token *t = d->toks;
    size_t lim = s->tok_start + 14 < s->tok_end ? s->tok_start + 14 : s->tok_end;
    bool caps = false;

    for (size_t i = s->tok_start; i < lim; i++) {
        if (t[i].kind == BL_TOK_DASH && i > s->tok_start)
            return caps ? i + 1 : s->tok_start;
        if (t[i].kind == BL_TOK_WORD) {
            if (t[i].flags & BL_TF_ALLCAPS)
                caps = true;
            else if (!(t[i].flags & BL_TF_UPPER))
                return s->tok_start;
        } else if (t[i].kind != BL_TOK_PUNCT && t[i].kind != BL_TOK_NUMBER) {
            return s->tok_start;
        }
    }
    return s->tok_start;
}
