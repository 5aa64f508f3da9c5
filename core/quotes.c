/* quotes.c -- the quotes stage: pairs quotation marks paragraph by paragraph
 * into direct and partial quotes (joining quotes split by their attribution
 * and quotes that run over several paragraphs), finds reported speech
 * ("X said that ...", "according to X") as indirect quotes, and attributes
 * each to a source phrase, a cue and a speaker actor. Linear in the tokens. */
#include "bl_int.h"
#include "quotes_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NONE32      UINT32_MAX
#define MAX_DEPTH   8   /* open quotation marks kept per paragraph */
#define AFTER_WIN   36  /* tokens looked at after a closing mark */
#define BEFORE_WIN  30  /* tokens looked at before an opening mark */
#define NP_MAX      8   /* words in a source phrase */
#define MAX_CONTENT 400 /* tokens in reported content */
#define APPOS_MAX   26  /* tokens in an appositive ("X, a spokesman for Y, said") */
#define NP_NEST     3   /* source phrases read inside one another (np_nested) */
#define MEMO_LISTS  8   /* word lists in_list answers of: a bit each in a uint16_t */
#define MEMO_ASKED  0x100u /* c->memo: the token's lists are known */
#define WORD_END    255 /* the end of a chain of list words */
#define SPK_SLOTS   64  /* speaker_of answers kept (a power of two) */

/* A quote being built: token ranges of its pieces' contents. */
struct piece {
    uint32_t open, close; /* mark tokens; close is NONE32 when unclosed */
    uint32_t c0, c1;      /* content tokens [c0, c1) */
};

struct qb {
    int kind;
    uint32_t first, npieces; /* pieces[first .. first+npieces) */
    uint32_t para;
    struct bl_span source, cue;
    int speaker;
    bool drop;
    bool weak;     /* short and unattributed: kept only as more of a quote */
    bool tail;     /* partial quote attributed right after its closing mark */
    uint32_t verb; /* partial quote: the verb whose object holds it, or NONE32 */
    bool own_cue;  /* a cue right before it ("adding that “...”") named nobody */
    bool carry;    /* dropped partial quote that may go on the direct quote before */
    bool lent;     /* its speaker is another quote's, passed on by inherit() */
};

struct ctx {
    const struct bl_doc *d;
    const bl_cues *cues;
    const struct bl_cue **cue_ix; /* d->cue_at when it indexes cues, else NULL */
    const char *text;
    const struct bl_token *t;
    size_t n;
    const uint32_t *sent_of; /* sentence index of each token (d->tok_sent) */
    uint8_t *inq;      /* token lies inside a direct quote (marks included) */
    uint8_t *used;     /* token is the cue of a direct or partial quote */
    uint16_t *memo;    /* per token: MEMO_ASKED and the lists holding it */
    struct spk_memo {
        size_t start, end; /* a source phrase (start BL_NONE: a free slot) */
        int actor;         /* what speaker_of found for it */
    } *spk;                /* SPK_SLOTS answers of speaker_of, by span */
    struct piece *pieces;
    size_t npieces, cap_pieces;
    struct qb *qs;
    size_t nq, cap_q;
    struct label {
        uint64_t h;    /* hash of the words before the colon */
        uint32_t sent; /* the paragraph's first sentence */
    } *labels;         /* paragraphs opening "Words:", sorted by hash */
    size_t nlabels;
};

/* ---- small token helpers ---------------------------------------------- */

static bool is_word(const struct ctx *c, size_t i)
{
    return c->t[i].kind == BL_TOK_WORD || c->t[i].kind == BL_TOK_NUMBER ||
           c->t[i].kind == BL_TOK_CLITIC;
}

/* Token i is lit, ignoring ASCII case; false past the last token, so a
 * rule asking about the word after another need not check first. lit is
 * always a string literal here (the "" makes anything else fail to
 * compile): its length, known when compiled, turns most tokens away before
 * a byte of them is read. */
#define tok_eq(c, i, lit) tok_eq_len((c), (i), "" lit, sizeof(lit) - 1)

static inline bool tok_eq_len(const struct ctx *c, size_t i, const char *lit, size_t len)
{
    return i < c->n && c->t[i].end - c->t[i].start == len && bl_tok_is(c->text, &c->t[i], lit);
}

static bool tok_in(const struct ctx *c, size_t i, const char *const *list)
{
    return i < c->n && bl_tok_in(c->text, &c->t[i], list);
}

static bool is_upper(const struct ctx *c, size_t i)
{
    return (c->t[i].flags & BL_TF_UPPER) != 0;
}

static inline bool is_stop_punct(const struct ctx *c, size_t i)
{
    return c->t[i].kind == BL_TOK_ELLIPSIS ||
           (c->t[i].kind == BL_TOK_PUNCT &&
            (tok_eq(c, i, ".") || tok_eq(c, i, "!") || tok_eq(c, i, "?")));
}

static bool is_open_mark(const struct ctx *c, size_t i)
{
    return c->t[i].kind == BL_TOK_QUOTE && (c->t[i].flags & BL_TF_OPEN_QUOTE);
}

static bool is_close_mark(const struct ctx *c, size_t i)
{
    return c->t[i].kind == BL_TOK_QUOTE && (c->t[i].flags & BL_TF_CLOSE_QUOTE);
}

/* 2 for double quotation marks, 1 for single ones. */
static int family(const struct ctx *c, size_t i)
{
    const unsigned char *s = (const unsigned char *)c->text + c->t[i].start;
    size_t clen;
    int32_t cp = bl_utf8_decode(s, c->t[i].end - c->t[i].start, 0, &clen);
    switch (cp) {
    case '"':
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
        return 2;
    default:
        return 1;
    }
}

/* Two straight apostrophes in a row ('') stand for a double mark in some
 * newspapers' text. Returns 2 for such a mark at i, else 1. */
static inline size_t mark_len(const struct ctx *c, size_t i)
{
    if (i + 1 < c->n && c->text[c->t[i].start] == '\'' && c->t[i].end - c->t[i].start == 1 &&
        c->t[i + 1].kind == BL_TOK_QUOTE && c->t[i + 1].start == c->t[i].end &&
        c->text[c->t[i + 1].start] == '\'' && c->t[i + 1].end - c->t[i + 1].start == 1)
        return 2;
    return 1;
}

/* `''for the United States''`: the tokenizer split the first apostrophe of
 * a doubled closing mark off a word in s as its possessive, leaving the
 * second one at i. */
static bool glued_close(const struct ctx *c, size_t i)
{
    const struct bl_token *w;
    if (i < 2 || c->t[i].end - c->t[i].start != 1 || c->text[c->t[i].start] != '\'')
        return false;
    w = &c->t[i - 1];
    return w->kind == BL_TOK_CLITIC && w->end - w->start == 1 && c->text[w->start] == '\'' &&
           w->end == c->t[i].start && c->t[i - 2].end == w->start &&
           c->t[i - 2].kind == BL_TOK_WORD && c->text[c->t[i - 2].end - 1] == 's' &&
           !(i + 1 < c->n && c->t[i + 1].start == c->t[i].end &&
             c->text[c->t[i + 1].start] == '\'');
}

static bool is_straight(const struct ctx *c, size_t i)
{
    return c->text[c->t[i].start] == '"';
}

static uint32_t para_of(const struct ctx *c, size_t i)
{
    return c->d->sents[c->sent_of[i]].para;
}

static const struct bl_sentence *sent(const struct ctx *c, size_t i)
{
    return &c->d->sents[c->sent_of[i]];
}

/* ---- word lists --------------------------------------------------------- */

/* Word lists asked of many tokens, often of the same token again, kept as
 * one table: each word with the lists that hold it, a bit a list. */
enum {
    L_PRONOUNS,     /* he, she, they, who ... */
    L_DETERMINERS,  /* the, a, his, 's ... */
    L_BETWEEN,      /* between a source and its cue: "he also said", "she has warned" */
    L_NP_STOP,      /* end a source phrase walked leftwards or rightwards */
    L_NP_INNER,     /* a source phrase may carry them inside it */
    L_CIRC_ADVERBS, /* time and place phrases after a cue (skip_circumstance): "on Monday" */
    L_CIRC_PREPS,
    L_CIRC_HEADS,
    L_COUNT
};
_Static_assert(L_COUNT == MEMO_LISTS, "MEMO_LISTS counts the memo lists");
enum {
    W_PRONOUN = 1 << L_PRONOUNS,
    W_DETERMINER = 1 << L_DETERMINERS,
    W_BETWEEN = 1 << L_BETWEEN,
    W_NP_STOP = 1 << L_NP_STOP,
    W_NP_INNER = 1 << L_NP_INNER,
    W_CIRC_ADVERB = 1 << L_CIRC_ADVERBS,
    W_CIRC_PREP = 1 << L_CIRC_PREPS,
    W_CIRC_HEAD = 1 << L_CIRC_HEADS
};
/* Lower case, each word once (sorted for the reader; the lookup does not
 * need it): see word_head and word_lists. */
#define W(w, lists) {w, sizeof w - 1, lists}
static const struct list_word {
    char w[16]; /* NUL-padded, so that a lookup compares 8 bytes at a time */
    uint8_t len, lists;
} list_words[] = {
    W("'s", W_DETERMINER),
    W("a", W_DETERMINER),
    W("about", W_NP_STOP),
    W("after", W_NP_STOP | W_CIRC_PREP),
    W("afternoon", W_CIRC_HEAD),
    W("again", W_BETWEEN | W_CIRC_ADVERB),
    W("against", W_NP_STOP),
    W("already", W_BETWEEN),
    W("also", W_BETWEEN | W_NP_STOP | W_CIRC_ADVERB),
    W("although", W_NP_STOP),
    W("always", W_BETWEEN),
    W("an", W_DETERMINER),
    W("and", W_NP_STOP),
    W("angrily", W_BETWEEN),
    W("any", W_DETERMINER),
    W("appearance", W_CIRC_HEAD),
    W("are", W_BETWEEN | W_NP_STOP),
    W("as", W_NP_STOP),
    W("at", W_NP_STOP | W_CIRC_PREP),
    W("be", W_NP_STOP),
    W("because", W_NP_STOP),
    W("been", W_NP_STOP),
    W("before", W_NP_STOP | W_CIRC_PREP),
    W("bluntly", W_BETWEEN),
    W("both", W_NP_STOP),
    W("briefing", W_CIRC_HEAD),
    W("but", W_NP_STOP),
    W("by", W_NP_STOP),
    W("call", W_CIRC_HEAD),
    W("can", W_NP_STOP),
    W("conference", W_CIRC_HEAD),
    W("could", W_BETWEEN | W_NP_STOP),
    W("debate", W_CIRC_HEAD),
    W("did", W_BETWEEN | W_NP_STOP),
    W("do", W_BETWEEN | W_NP_STOP),
    W("does", W_BETWEEN | W_NP_STOP),
    W("during", W_NP_STOP | W_CIRC_PREP),
    W("earlier", W_BETWEEN | W_NP_STOP | W_CIRC_ADVERB),
    W("email", W_CIRC_HEAD),
    W("even", W_BETWEEN | W_NP_STOP),
    W("evening", W_CIRC_HEAD),
    W("event", W_CIRC_HEAD),
    W("every", W_DETERMINER),
    W("explicitly", W_BETWEEN),
    W("falsely", W_BETWEEN),
    W("first", W_BETWEEN),
    W("flatly", W_BETWEEN),
    W("for", W_NP_STOP | W_NP_INNER),
    W("frequently", W_BETWEEN),
    W("friday", W_NP_STOP | W_CIRC_ADVERB | W_CIRC_HEAD),
    W("from", W_NP_STOP | W_CIRC_PREP),
    W("further", W_BETWEEN),
    W("had", W_BETWEEN | W_NP_STOP),
    W("has", W_BETWEEN | W_NP_STOP),
    W("has long", W_BETWEEN),
    W("have", W_BETWEEN | W_NP_STOP),
    W("he", W_PRONOUN | W_NP_STOP),
    W("hearing", W_CIRC_HEAD),
    W("her", W_DETERMINER | W_NP_STOP),
    W("him", W_NP_STOP),
    W("his", W_DETERMINER),
    W("how", W_NP_STOP),
    W("however", W_NP_STOP),
    W("i", W_PRONOUN | W_NP_STOP),
    W("if", W_NP_STOP),
    W("in", W_NP_STOP | W_CIRC_PREP),
    W("initially", W_BETWEEN),
    W("instead", W_NP_STOP),
    W("interview", W_CIRC_HEAD),
    W("into", W_NP_STOP),
    W("is", W_BETWEEN | W_NP_STOP),
    W("it", W_PRONOUN | W_NP_STOP),
    W("its", W_DETERMINER),
    W("just", W_BETWEEN | W_NP_STOP),
    W("last", W_BETWEEN | W_CIRC_PREP),
    W("later", W_BETWEEN | W_NP_STOP | W_CIRC_ADVERB),
    W("letter", W_CIRC_HEAD),
    W("like", W_NP_STOP),
    W("long", W_BETWEEN),
    W("may", W_BETWEEN | W_NP_STOP),
    W("me", W_NP_STOP),
    W("might", W_BETWEEN | W_NP_STOP),
    W("monday", W_NP_STOP | W_CIRC_ADVERB | W_CIRC_HEAD),
    W("month", W_CIRC_HEAD),
    W("morning", W_CIRC_HEAD),
    W("must", W_BETWEEN | W_NP_STOP),
    W("my", W_DETERMINER),
    W("n't", W_BETWEEN),
    W("never", W_BETWEEN),
    W("night", W_CIRC_HEAD),
    W("no", W_DETERMINER),
    W("not", W_BETWEEN | W_NP_STOP),
    W("now", W_BETWEEN | W_NP_STOP),
    W("of", W_NP_INNER),
    W("often", W_BETWEEN),
    W("on", W_NP_STOP | W_CIRC_PREP),
    W("once", W_BETWEEN),
    W("one", W_PRONOUN),
    W("only", W_NP_STOP),
    W("openly", W_BETWEEN),
    W("or", W_NP_STOP),
    W("our", W_DETERMINER),
    W("over", W_NP_STOP),
    W("post", W_CIRC_HEAD),
    W("previously", W_BETWEEN | W_CIRC_ADVERB),
    W("privately", W_BETWEEN | W_CIRC_ADVERB),
    W("publicly", W_BETWEEN | W_CIRC_ADVERB),
    W("quickly", W_BETWEEN),
    W("rally", W_CIRC_HEAD),
    W("recently", W_BETWEEN | W_CIRC_ADVERB),
    W("release", W_CIRC_HEAD),
    W("repeatedly", W_BETWEEN | W_CIRC_ADVERB),
    W("reportedly", W_BETWEEN),
    W("reporters", W_CIRC_HEAD),
    W("said", W_NP_STOP),
    W("saturday", W_NP_STOP | W_CIRC_ADVERB | W_CIRC_HEAD),
    W("say", W_NP_STOP),
    W("says", W_NP_STOP),
    W("separately", W_BETWEEN),
    W("she", W_PRONOUN | W_NP_STOP),
    W("should", W_BETWEEN | W_NP_STOP),
    W("similarly", W_BETWEEN),
    W("simply", W_BETWEEN),
    W("since", W_NP_STOP),
    W("so", W_NP_STOP),
    W("specifically", W_BETWEEN),
    W("speech", W_CIRC_HEAD),
    W("statement", W_CIRC_HEAD),
    W("still", W_BETWEEN | W_NP_STOP),
    W("subsequently", W_BETWEEN),
    W("such", W_DETERMINER),
    W("sunday", W_NP_STOP | W_CIRC_ADVERB | W_CIRC_HEAD),
    W("tersely", W_BETWEEN),
    W("than", W_NP_STOP),
    W("that", W_DETERMINER | W_NP_STOP),
    W("the", W_DETERMINER | W_NP_INNER),
    W("their", W_DETERMINER),
    W("them", W_NP_STOP),
    W("then", W_BETWEEN | W_NP_STOP),
    W("there", W_NP_STOP),
    W("these", W_DETERMINER),
    W("they", W_PRONOUN | W_NP_STOP),
    W("this", W_DETERMINER | W_NP_STOP | W_CIRC_PREP),
    W("those", W_DETERMINER),
    W("though", W_NP_STOP),
    W("through", W_CIRC_PREP),
    W("thursday", W_NP_STOP | W_CIRC_ADVERB | W_CIRC_HEAD),
    W("to", W_NP_STOP | W_CIRC_PREP),
    W("today", W_NP_STOP | W_CIRC_ADVERB),
    W("told", W_BETWEEN | W_NP_STOP),
    W("tonight", W_NP_STOP | W_CIRC_ADVERB),
    W("tuesday", W_NP_STOP | W_CIRC_ADVERB | W_CIRC_HEAD),
    W("tweet", W_CIRC_HEAD),
    W("under", W_NP_STOP),
    W("until", W_NP_STOP),
    W("us", W_NP_STOP),
    W("via", W_CIRC_PREP),
    W("was", W_BETWEEN | W_NP_STOP),
    W("we", W_PRONOUN | W_NP_STOP),
    W("wednesday", W_NP_STOP | W_CIRC_ADVERB | W_CIRC_HEAD),
    W("week", W_NP_STOP | W_CIRC_HEAD),
    W("were", W_BETWEEN | W_NP_STOP),
    W("what", W_NP_STOP),
    W("when", W_NP_STOP),
    W("where", W_NP_STOP),
    W("which", W_NP_STOP),
    W("while", W_NP_STOP),
    W("who", W_PRONOUN | W_NP_STOP),
    W("whom", W_NP_STOP),
    W("whose", W_DETERMINER),
    W("why", W_NP_STOP),
    W("will", W_BETWEEN | W_NP_STOP),
    W("with", W_NP_STOP | W_CIRC_PREP),
    W("would", W_BETWEEN | W_NP_STOP),
    W("year", W_CIRC_HEAD),
    W("yesterday", W_NP_STOP | W_CIRC_ADVERB),
    W("yet", W_NP_STOP),
    W("you", W_PRONOUN | W_NP_STOP),
    W("your", W_DETERMINER),
    W("’s", W_DETERMINER),
};

/* words that say a cue form is a noun or an infinitive, not a finite verb */
static const char *const cue_blockers[] = {"to", "was", "were", "been", "being", "be", NULL};
/* object-taking cues: "told reporters", "assured them" */
/* Verbs of foreseeing, no report after "than" ("than expected"). */
static const char *const foresaw[] = {"expect",   "predict", "forecast", "anticipate",
                                      "estimate", "project", "think",    "fear",
                                      "believe",  "assume",  "hope",     "suggest", NULL};
static const char *const tell_like[] = {"tell", "assure", "inform", "remind", "notify", NULL};
static bool quote_in(const struct ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (c->t[k].kind == BL_TOK_QUOTE)
            return true;
    return false;
}

static const char *const day_words[] = {"monday",   "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday",  "yesterday", "today",    NULL};
static const char *const appos_openers[] = {"a", "an", NULL};
/* verbs that take a plain object ("wrote a letter", "maintained a lead")
 * as often as reported speech */
static const char *const np_object[] = {"concede", "add", "post", "write", "maintain", "know", NULL};
/* object pronouns after "warned them", "urged us" */
static const char *const obj_pronouns[] = {"him", "her", "them", "us", "me", "you", NULL};
/* naming verbs: "what he called “...”" */
static const char *const naming[] = {"call", "dub", "label", "term", "brand", NULL};
/* words that cannot open reported content */
static const char *const bad_content_start[] = {"to",   "of",  "for",  "about", "on",  "in",  "at",
                                                "with", "by",  "from", "up",    "out", "off", "so",
                                                "him",  "her", "them", "back",  "and",
                                                "but",  "or",  "nor", "although", "though",
                                                NULL};

#undef W
#define NWORDS (sizeof list_words / sizeof list_words[0])
_Static_assert(NWORDS < WORD_END, "word chains index list_words in a uint8_t");
_Static_assert(WORD_END == BL_QUOTES_WORD_END, "quotes_int.h says where chains end");

static unsigned lower_byte(unsigned char b)
{
    return b >= 'A' && b <= 'Z' ? b + 32u : b;
}

/* The chain of a word by its first and last bytes and its length: few
 * words share one, and most words no list holds find theirs empty. The
 * bytes are taken with bit 5 set, which folds ASCII capitals and leaves every
 * byte of a list word as it is (lower case, an apostrophe, UTF-8 lead
 * 0xE2), so a token that equals a list word but for case shares its chain. */
static unsigned word_chain(unsigned char first, unsigned char last, size_t n)
{
    return ((first | 0x20u) * 36u + (last | 0x20u) * 29u + (unsigned)n * 11u) &
           (BL_QUOTES_WORD_CHAINS - 1u);
}

/* See quotes_int.h: the chains of list_words by word_chain. */
size_t bl_quotes_word_chains(uint8_t head[BL_QUOTES_WORD_CHAINS], uint8_t next[BL_QUOTES_WORD_END])
{
    memset(head, WORD_END, BL_QUOTES_WORD_CHAINS);
    memset(next, WORD_END, BL_QUOTES_WORD_END);
    for (size_t k = NWORDS; k-- > 0;) {
        const struct list_word *e = &list_words[k];
        unsigned h = word_chain((unsigned char)e->w[0],
                                (unsigned char)e->w[e->len ? e->len - 1 : 0], e->len);
        next[k] = head[h];
        head[h] = (uint8_t)k;
    }
    return NWORDS;
}

/* bl_quotes_word_chains written out, so that no document builds them: word
 * k of chain h (word_chain) is list_words[k], the chain starting at
 * word_head[h] and going on by word_next (WORD_END ends it; word_next past
 * the last word is never read).
 * test_quotes checks them (bl_quotes_words_ok) and, when list_words has
 * changed, prints the new ones to paste here. */
static const uint8_t word_head[BL_QUOTES_WORD_CHAINS] = {
    255, 255, 116, 255, 255, 255, 255, 255, 255, 255, 255, 255, 162, 255, 255, 255, 255, 255,
    255, 255, 255, 52,  255, 255, 255, 255, 174, 255, 255, 255, 255, 255, 42,  90,  255, 122,
    255, 255, 255, 56,  95,  255, 255, 111, 40,  255, 255, 255, 11,  141, 255, 255, 255, 255,
    126, 255, 73,  115, 255, 255, 61,  55,  255, 255, 255, 255, 255, 158, 121, 255, 255, 173,
    255, 94,  255, 255, 255, 255, 255, 46,  255, 5,   132, 255, 28,  255, 255, 43,  255, 161,
    44,  255, 76,  146, 255, 255, 255, 255, 255, 8,   164, 67,  177, 255, 64,  255, 21,  255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 48,  255, 4,
    255, 255, 74,  255, 255, 29,  255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 170, 255, 255, 255, 255, 255, 57,  0,   255, 255, 100, 255, 255, 128, 255, 255,
    68,  54,  85,  255, 255, 38,  255, 255, 255, 255, 1,   255, 255, 81,  172, 255, 102, 255,
    63,  255, 255, 255, 255, 34,  255, 165, 255, 87,  255, 255, 255, 17,  255, 255, 255, 3,
    255, 255, 255, 255, 255, 255, 255, 77,  255, 255, 255, 255, 255, 89,  159, 124, 39,  255,
    255, 255, 255, 80,  66,  50,  18,  255, 255, 255, 255, 255, 255, 255, 255, 154, 255, 255,
    255, 255, 255, 10,  255, 255, 255, 255, 133, 255, 255, 255, 255, 255, 255, 147, 255, 179,
    255, 255, 255, 2,   255, 255, 255, 255, 255, 255, 255, 78,  255, 255, 255, 255, 255, 26,
    255, 255, 103, 255, 255, 255, 92,  6,   255, 255, 255, 12,  59,  255, 175, 255, 255, 86,
    255, 255, 255, 255, 171, 255, 255, 255, 255, 255, 79,  255, 255, 255, 97,  255, 255, 255,
    255, 255, 255, 255, 16,  255, 255, 96,  255, 255, 255, 255, 255, 255, 93,  168, 255, 35,
    255, 255, 255, 255, 255, 255, 255, 82,  84,  255, 255, 19,  65,  255, 255, 83,  255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 163, 117, 255, 255, 255, 47,  255, 255, 255, 255,
    255, 255, 255, 37,  255, 255, 255, 255, 167, 136, 113, 255, 255, 255, 255, 31,  255, 255,
    14,  22,  255, 98,  255, 255, 255, 255, 255, 15,  255, 33,  20,  255, 255, 255, 255, 255,
    255, 255, 255, 41,  255, 155, 255, 27,  255, 153, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 134, 255, 255, 255, 255, 255, 7,   255, 255, 255, 255, 58,  114, 255, 255, 255,
    255, 255, 255, 45,  255, 255, 156, 255, 255, 255, 255, 255, 24,  255, 119, 255, 255, 150,
    120, 32,  9,   255, 110, 255, 53,  255, 23,  25,  255, 106, 255, 255, 149, 255, 255, 255,
    123, 255, 255, 62,  105, 255, 255, 255, 255, 255, 255, 255, 255, 70,  135, 104, 157, 255,
    107, 255, 255, 255, 255, 255, 72,  255, 255, 255, 255, 255, 255, 255, 108, 255, 255, 255,
    139, 255, 255, 255, 255, 36,  71,  255,
};
static const uint8_t word_next[BL_QUOTES_WORD_END] = {
    88,  255, 255, 255, 255, 75,  255, 13,  255, 255, 255, 255, 255, 255, 255, 69,  255, 255,
    255, 255, 255, 255, 255, 255, 255, 30,  255, 99,  255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 101, 255, 255, 51,  130, 255, 144, 127, 49,  255, 255, 118, 255, 255, 109, 60,
    255, 255, 255, 255, 152, 255, 255, 148, 255, 255, 255, 255, 255, 125, 255, 142, 255, 255,
    255, 255, 255, 255, 255, 255, 160, 255, 255, 255, 255, 255, 255, 255, 255, 91,  255, 255,
    255, 255, 255, 255, 176, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 112, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 131, 255, 137, 129,
    255, 255, 255, 145, 255, 255, 151, 138, 255, 255, 255, 255, 255, 140, 143, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 166, 255, 169, 255, 255, 255, 255, 255, 255, 255, 178, 255, 255, 255, 255, 255,
};

/* See quotes_int.h. */
bool bl_quotes_words_ok(void)
{
    uint8_t head[BL_QUOTES_WORD_CHAINS], next[BL_QUOTES_WORD_END];
    for (size_t k = 0; k < NWORDS; k++) {
        const struct list_word *e = &list_words[k];
        if (e->len == 0 || e->len > sizeof e->w)
            return false;
        for (size_t j = 0; j < sizeof e->w; j++)
            if ((j < e->len) != (e->w[j] != '\0') || (e->w[j] >= 'A' && e->w[j] <= 'Z'))
                return false; /* NUL-padded after len bytes, lower case */
    }
    bl_quotes_word_chains(head, next);
    return memcmp(head, word_head, sizeof head) == 0 && memcmp(next, word_next, NWORDS) == 0;
}

/* See quotes_int.h: the lists holding token t of text[0..len), one bit a
 * list: what bl_tok_in would answer for each list (it folds ASCII letters
 * to lower case). The token is folded once into 16 NUL-padded bytes and
 * each word of its chain is compared in two 8-byte pieces. */
unsigned bl_quotes_word_lists(const char *text, size_t len, const struct bl_token *t)
{
    const unsigned char *s = (const unsigned char *)text + t->start;
    size_t n = t->end - t->start;
    unsigned char key[sizeof list_words[0].w];
    uint64_t k0, k1;
    unsigned b;
    if (n == 0 || n > sizeof key)
        return 0; /* no list holds the empty word, or one this long */
    b = word_chain(s[0], s[n - 1], n);
    if (word_head[b] >= NWORDS)
        return 0; /* most words: an empty chain, known before folding */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (t->start + sizeof key <= len) {
        /* 16 bytes of text from the token on, folded 8 at a time, the bytes
         * past the token cleared (the first byte is the lowest) */
        memcpy(&k0, s, 8);
        k0 = bl_fold8(k0);
        if (n < 8) {
            k0 &= (1ull << (8 * n)) - 1;
            k1 = 0;
        } else if (n == 8) {
            k1 = 0;
        } else {
            memcpy(&k1, s + 8, 8);
            k1 = bl_fold8(k1);
            if (n < 16)
                k1 &= (1ull << (8 * (n - 8))) - 1;
        }
    } else
#endif
    {
        memset(key, 0, sizeof key);
        for (size_t j = 0; j < n; j++)
            key[j] = (unsigned char)lower_byte(s[j]);
        memcpy(&k0, key, 8);
        memcpy(&k1, key + 8, 8);
    }
    for (unsigned k = word_head[b]; k < NWORDS;) {
        const struct list_word *e = &list_words[k];
        uint64_t w0, w1;
        memcpy(&w0, e->w, 8);
        memcpy(&w1, e->w + 8, 8);
        if (e->len == n && w0 == k0 && w1 == k1)
            return e->lists;
        if (word_next[k] <= k)
            break; /* a chain goes up list_words: a stale table ends the walk */
        k = word_next[k];
    }
    return 0;
}

/* The lists holding token i (bl_quotes_word_lists): a common word's were
 * worked out at load (struct bl_word_facts), read through its spelling. */
static __attribute__((noinline)) unsigned word_lists(const struct ctx *c, size_t i)
{
    const struct bl_doc *d = c->d;
    if (d->spell_facts && d->cue_src == c->cues) {
        uint32_t w = d->tok_word[i]; /* spell_facts is kept only with tok_word */
        if (w < d->nwords && d->spell_facts[w])
            return d->spell_facts[w]->quote_lists;
    }
    return bl_quotes_word_lists(c->text, d->len, &c->t[i]);
}

/* Is token i in list l (an L_ value)? Looked up once a token; inlined, as
 * the rules ask it of many tokens, mostly again. */
static inline bool in_list(const struct ctx *c, size_t i, int l)
{
    unsigned m = c->memo[i];
    if (!(m & MEMO_ASKED)) {
        m = MEMO_ASKED | word_lists(c, i);
        c->memo[i] = (uint16_t)m;
    }
    return (m >> l) & 1u;
}

static bool lemma_in(const struct bl_cue *q, const char *const *list)
{
    for (; *list; list++)
        if (q->lemma[0] == (*list)[0] && !strcmp(q->lemma, *list))
            return true;
    return false;
}

/* ---- cues --------------------------------------------------------------- */

static bool all_title_case(const struct ctx *c, size_t a, size_t b);

/* The sentence holding token i is a short title-case line ("Mayor Says
 * Bridge Will Reopen"): a headline the sentence splitter did not flag. */
static bool title_line(const struct ctx *c, size_t i)
{
    const struct bl_sentence *s = sent(c, i);
    return s->tok_end - s->tok_start <= 40 && all_title_case(c, s->tok_start, s->tok_end);
}

static __attribute__((noinline)) size_t cue_checked(const struct ctx *c, size_t i, size_t lo,
                                                    const struct bl_cue **out);

/* A cue at token i, not used as a noun ("his claims") or an infinitive ("to
 * say"). Returns its length in tokens or 0. Most tokens hold no cue: they
 * leave here, inlined, on the document's cue index (what bl_cues_at would
 * answer) without a call. */
static inline size_t cue_at(const struct ctx *c, size_t i, size_t lo, const struct bl_cue **out)
{
    *out = NULL;
    if ((c->cue_ix && !c->cue_ix[i]) || c->t[i].kind != BL_TOK_WORD || c->inq[i])
        return 0;
    return cue_checked(c, i, lo, out);
}

static inline bool is_ly_adverb(const struct ctx *c, size_t i);

/* cue_at for a word outside direct quotes. */
static size_t cue_checked(const struct ctx *c, size_t i, size_t lo, const struct bl_cue **out)
{
    size_t len = bl_cues_at(c->cues, c->d, i, out);
    if (!len)
        return 0;
    /* "a start-up called Hoshizora", "the strike was called by": a name or
     * a summons, no report */
    if ((*out)->lemma[0] == 'c' && bl_cues_names_only(c->d, i)) {
        *out = NULL;
        return 0;
    }
    if ((*out)->tag != BL_CUE_PREP && i > lo &&
        ((in_list(c, i - 1, L_DETERMINERS) && !bl_doc_clitic_in_name(c->d, i - 1)) ||
         tok_in(c, i - 1, cue_blockers) ||
         (c->t[i - 1].kind == BL_TOK_WORD && (*out)->tag == BL_CUE_BASE &&
          !in_list(c, i - 1, L_PRONOUNS) && !in_list(c, i - 1, L_BETWEEN) &&
          !(c->t[i - 1].flags & BL_TF_UPPER)))) {
        *out = NULL;
        return 0;
    }
    /* "after the news was first reported", "were widely reported": a
     * passive with an adverb in it, as "was reported" is ("was first asked
     * if" still puts a question; "was apparently referring" is no passive) */
    if (((*out)->tag == BL_CUE_PAST || (*out)->tag == BL_CUE_PP) && i > lo + 1 &&
        tok_in(c, i - 2, cue_blockers) && !tok_eq(c, i - 2, "to") && strcmp((*out)->lemma, "ask") &&
        (is_ly_adverb(c, i - 1) ||
         tok_in(c, i - 1,
                (const char *const[]){"first", "also", "later", "already", "previously",
                                      "initially", "originally", "never", "not", NULL}))) {
        *out = NULL;
        return 0;
    }
    /* "410 stores in 38 states", "two claims": a count before a word in -s
     * makes it a noun (a year does not: "the 2019 law states that") */
    if ((*out)->tag == BL_CUE_3SG && i > lo &&
        ((c->t[i - 1].kind == BL_TOK_NUMBER &&
          !(c->t[i - 1].end - c->t[i - 1].start == 4 && c->text[c->t[i - 1].start] <= '2')) ||
         tok_in(c, i - 1,
                (const char *const[]){"two", "three", "four", "five", "six", "seven", "eight",
                                      "nine", "ten", "several", "many", "few", NULL}))) {
        *out = NULL;
        return 0;
    }
    /* "arrested and charged with robbery": an indictment, not speech */
    if ((*out)->lemma[0] == 'c' && !strcmp((*out)->lemma, "charge") && i + len < c->n &&
        tok_eq(c, i + len, "with")) {
        *out = NULL;
        return 0;
    }
    /* "the storm slammed into the coast": a movement, no speech */
    if (bl_cue_moves(c->d, *out, i + len)) {
        *out = NULL;
        return 0;
    }
    /* "the hacker known as “Guccifer,”", "known for his temper": a name or
     * a reputation, not a belief; "it was known that ..." stays */
    if ((*out)->tag == BL_CUE_PP && (*out)->lemma[0] == 'k' && !strcmp((*out)->lemma, "know") &&
        !(i + len < c->n && tok_eq(c, i + len, "that"))) {
        *out = NULL;
        return 0;
    }
    /* "troops are posted abroad": after "is" or "are" a past form is a
     * passive, not a report; "270 pledged delegates" names a kind of
     * delegate */
    if (((*out)->tag == BL_CUE_PAST || (*out)->tag == BL_CUE_PP) &&
        ((i > lo && tok_in(c, i - 1, (const char *const[]){"is", "are", NULL})) ||
         (i + len < c->n &&
          tok_in(c, i + len, (const char *const[]){"delegate", "delegates", NULL})))) {
        *out = NULL;
        return 0;
    }
    /* "In a message posted on the club's website, Costa said", "a letter
     * sent to members": a participle after a document's noun describes the
     * document; its author reports with a verb of their own */
    if (((*out)->tag == BL_CUE_PAST || (*out)->tag == BL_CUE_PP) && i > lo + 1 &&
        c->t[i - 1].kind == BL_TOK_WORD && !(c->t[i - 1].flags & BL_TF_UPPER) &&
        in_list(c, i - 2, L_DETERMINERS) &&
        tok_in(c, i - 1,
               (const char *const[]){"email", "letter", "memo", "message", "note", "post",
                                     "statement", "tweet", "video", NULL}) &&
        i + len < c->n &&
        tok_in(c, i + len,
               (const char *const[]){"on", "online", "to", "by", "late", "early", "earlier",
                                     NULL})) {
        *out = NULL;
        return 0;
    }
    /* "thinned more slowly than models predicted", "worse than many had
     * feared": a comparison with what someone foresaw, not a report */
    if (((*out)->tag == BL_CUE_PAST || (*out)->tag == BL_CUE_PP) && i > lo) {
        size_t k = i;
        while (k > lo && i - k < 4 && c->t[k - 1].kind == BL_TOK_WORD &&
               !(c->t[k - 1].end - c->t[k - 1].start == 4 &&
                 (c->text[c->t[k - 1].start] | 0x20) == 't' && tok_eq(c, k - 1, "than")))
            k--;
        if (k > lo && c->t[k - 1].kind == BL_TOK_WORD && tok_eq(c, k - 1, "than") &&
            lemma_in(*out, foresaw) && !(i + len < c->n && tok_eq(c, i + len, "that"))) {
            *out = NULL;
            return 0;
        }
    }
    /* "11 states hold primaries", "a state senator": in political news the
     * bare forms are the noun unless a "that" clause or a colon follows */
    if ((*out)->lemma[0] == 's' && !strcmp((*out)->lemma, "state") &&
        ((*out)->tag == BL_CUE_BASE || (*out)->tag == BL_CUE_3SG) &&
        !(i + len < c->n && (tok_eq(c, i + len, "that") || tok_eq(c, i + len, ":")))) {
        *out = NULL;
        return 0;
    }
    /* "said" and the like in a capitalised headline word run are fine; a
     * capitalised cue in mid-sentence ("State Department") is a name */
    if ((c->t[i].flags & BL_TF_UPPER) && i > lo && !(c->t[i].flags & BL_TF_ALLCAPS) &&
        (*out)->tag != BL_CUE_PREP && c->t[i - 1].kind == BL_TOK_WORD &&
        (c->t[i - 1].flags & BL_TF_UPPER) && !(sent(c, i)->flags & BL_SF_HEADLINE) &&
        !((*out)->tag == BL_CUE_3SG && title_line(c, i))) {
        *out = NULL;
        return 0;
    }
    return len;
}

/* ---- source phrases ----------------------------------------------------- */

static int speaker_of(const struct ctx *c, struct bl_span s);
static bool np_right(const struct ctx *c, size_t p, size_t hi, struct bl_span *out);

/* A lower-case word in -ly ("barely", "repeatedly"): an adverb, never part
 * of a source phrase (not "family", "ally", "Italy": those are listed). */
static inline bool is_ly_adverb(const struct ctx *c, size_t i)
{
    const char *w = c->text + c->t[i].start;
    size_t l = c->t[i].end - c->t[i].start;
    return c->t[i].kind == BL_TOK_WORD && !is_upper(c, i) && l > 4 && w[l - 2] == 'l' &&
           w[l - 1] == 'y' &&
           !tok_in(c, i,
                   (const char *const[]){"family", "ally", "assembly", "supply", "monopoly",
                                         "anomaly", NULL});
}

/* "al-Harbi", "el-Masri", "bin-Talal": a surname that opens on a
 * lower-case Arabic particle and a hyphen is still a name. */
static bool particle_name(const struct ctx *c, size_t i)
{
    static const char *const particles[] = {"al-", "el-", "bin-", "ibn-", "abu-", "ad-", NULL};
    const char *w = c->text + c->t[i].start;
    size_t l = c->t[i].end - c->t[i].start;
    if (c->t[i].kind != BL_TOK_WORD || l < 5)
        return false;
    for (size_t k = 0; particles[k]; k++) {
        size_t n = strlen(particles[k]);
        if (l > n + 1 && !memcmp(w, particles[k], n) && w[n] >= 'A' && w[n] <= 'Z')
            return true;
    }
    return false;
}

/* Could toks [a, b) name a source? A name (a capitalised word), or a
 * lower-case phrase opened by a determiner ("the spokesman") or a single
 * plural ("officials"), not "summer visits". */
static bool np_plausible(const struct ctx *c, size_t a, size_t b)
{
    const char *w;
    size_t l;
    if (b == a + 1 && in_list(c, a, L_DETERMINERS))
        return false; /* "The" alone */
    for (size_t i = a; i < b; i++)
        if (is_upper(c, i) || c->t[i].kind == BL_TOK_NUMBER || particle_name(c, i))
            return true;
    if (in_list(c, a, L_DETERMINERS) || in_list(c, a, L_PRONOUNS))
        return true;
    if (b - a > 3)
        return false;
    if (tok_in(c, b - 1,
               (const char *const[]){"police", "staff", "government", "military", "administration",
                                     "committee", "council", "spokesman", "spokeswoman",
                                     "spokesperson", "official", "source", "people", NULL}))
        return true;
    w = c->text + c->t[b - 1].start;
    l = c->t[b - 1].end - c->t[b - 1].start;
    return l > 3 && w[l - 1] == 's' && w[l - 2] != 's' && w[l - 2] != '\'';
}

/* A plural word for people who speak as a body ("police", "officials",
 * "residents"): the head of "officials in Kyiv". */
static bool group_noun(const struct ctx *c, size_t i)
{
    const char *w = c->text + c->t[i].start;
    size_t l = c->t[i].end - c->t[i].start;
    if (c->t[i].kind != BL_TOK_WORD)
        return false;
    if (tok_in(c, i, (const char *const[]){"police", "staff", "people", "military", NULL}))
        return true;
    /* capitals say a name ("Williams in Lyon") except where a sentence opens */
    return l > 4 && w[l - 1] == 's' && w[l - 2] != 's' && w[l - 2] != '\'' &&
           (!is_upper(c, i) || sent(c, i)->tok_start == i) && !in_list(c, i, L_NP_STOP) &&
           !in_list(c, i, L_BETWEEN);
}

static size_t tok_at(const struct ctx *c, size_t off);

static bool title_word(const struct ctx *c, size_t i);
static bool has_finite(const struct ctx *c, size_t a, size_t i);

/* "Delaney's lawyer", "his spokesman": a phrase whose head is owned by the
 * name (or pronoun) in it, so that name is not the speaker. */
static bool possessed(const struct ctx *c, struct bl_span s)
{
    size_t e = tok_at(c, s.end - 1), b = tok_at(c, s.start);
    if (e > b && e < c->n &&
        tok_in(c, b, (const char *const[]){"his", "her", "its", "their", "our", "my", NULL}))
        return c->t[e].kind == BL_TOK_WORD && !is_upper(c, e);
    for (size_t k = b; k < e; k++)
        if (tok_eq(c, k, "'s") || tok_eq(c, k, "\xe2\x80\x99s"))
            return c->t[e].kind == BL_TOK_WORD && !is_upper(c, e);
    return false;
}

/* Where a list of names ending in the name at s starts ("Lyon and Milan",
 * "Oslo, Bergen or Bodo"), or s when no name and "and"/"or" come before it.
 * The caller falls back on s unless the list follows a group's "in". */
static size_t list_start(const struct ctx *c, size_t lo, size_t s)
{
    size_t k = s, n = 0;
    if (!is_upper(c, s) || s < lo + 2 || !tok_in(c, s - 1, (const char *const[]){"and", "or", NULL}))
        return s;
    k = s - 1;
    while (k > lo && n < 8 && (is_upper(c, k - 1) || tok_eq(c, k - 1, ",")) &&
           !in_list(c, k - 1, L_DETERMINERS)) {
        k--;
        n++;
    }
    if (k == s - 1 || !is_upper(c, k) || k < lo + 2 || !tok_eq(c, k - 1, "in") ||
        !group_noun(c, k - 2))
        return s;
    return k;
}

/* The phrase np_left finds before a part of the phrase it is reading
 * ("The Kiel Institute" before "in Berlin", "Ann Cole" before ", 67,"), at
 * most NP_NEST deep: "Judge Ann Cole in Lyon in Lyon in Lyon ..." would
 * nest once per "in", each level reading the phrase below it again, a stack
 * as deep as the sentence is long and time quadratic in it. */
static bool np_left_d(const struct ctx *c, size_t lo, size_t p, struct bl_span *out,
                      unsigned depth);
static bool np_nested(const struct ctx *c, unsigned depth, size_t lo, size_t p, struct bl_span *out)
{
    return depth < NP_NEST && np_left_d(c, lo, p, out, depth + 1);
}

static bool np_left(const struct ctx *c, size_t lo, size_t p, struct bl_span *out)
{
    return np_left_d(c, lo, p, out, 0);
}

/* Does the phrase [a, e) after "the" or "a" end in a role and the name of
 * a person other than actor sa ("the opener Sam Whitcombe")? Then after
 * "According to Tully," it is the subject of what was said, not Tully's
 * appositive ("a friend of Ana Lopez" is one: the name hangs on "of"). */
static bool role_names_other(const struct ctx *c, size_t a, size_t e, int sa)
{
    size_t m = e;
    int who;
    while (m > a && is_word(c, m - 1) && is_upper(c, m - 1))
        m--;
    if (m == e || m <= a || !is_word(c, m - 1) || is_upper(c, m - 1) ||
        tok_in(c, m - 1,
               (const char *const[]){"of", "to", "for", "at", "with", "and", "by", "from", "in",
                                     "on", NULL}))
        return false;
    who = bl_actor_at(c->d, c->t[m].start, c->t[e - 1].end);
    return who >= 0 && who != sa && c->d->actors[who].kind == BL_ACTOR_PERSON;
}

/* Does a place (a LOCATION entity) start at token i? Not "in April". */
static bool place_at(const struct ctx *c, size_t i)
{
    size_t at = c->t[i].start, lo = bl_doc_ent_from(c->d, at);
    return lo < c->d->nents && c->d->ents[lo].span.start == at &&
           c->d->ents[lo].type == BL_ENT_LOCATION;
}

/* An appositive [a, e) of "the", lower-case role words (a number or a
 * nationality may be among them) and a name of two capitalised words or
 * more to its end: "the former British number one Simon Hale". Sets *name. */
static bool role_then_name(const struct ctx *c, size_t a, size_t e, struct bl_span *name)
{
    static const char *const ties[] = {"of", "to", "for", "with", "at", "from", "in", "on",
                                       "by", "and", "or", "who", "whose", NULL};
    size_t k = e, lower = 0;
    if (e < a + 4 || e - a > APPOS_MAX || !tok_eq(c, a, "the"))
        return false;
    while (k > a + 1 && is_word(c, k - 1) && is_upper(c, k - 1))
        k--;
    if (e - k < 2 || k == a + 1)
        return false;
    for (size_t i = a + 1; i < k; i++) {
        if (tok_eq(c, i, "-") || c->t[i].kind == BL_TOK_NUMBER)
            continue;
        if (!is_word(c, i) || tok_in(c, i, ties))
            return false;
        lower += !is_upper(c, i);
    }
    if (lower == 0 || is_upper(c, k - 1))
        return false;
    *name = bl_tok_span(c->t, k, e);
    return true;
}

/* An appositive [a, e) of "the", words of no clause ("French company")
 * and a name to its end: "the Vereniging Oude Kunst", "the French company
 * Aerocapt". Sets *name. */
static bool the_then_name(const struct ctx *c, size_t a, size_t e, struct bl_span *name)
{
    static const char *const ties[] = {"of", "to", "for", "with", "at", "from", "in", "on",
                                       "by", "and", "or", "who", "whose", "which", NULL};
    size_t k = e;
    if (e < a + 2 || e - a > APPOS_MAX || !tok_eq(c, a, "the"))
        return false;
    while (k > a + 1 && is_word(c, k - 1) && is_upper(c, k - 1))
        k--;
    if (k == e)
        return false;
    for (size_t i = a + 1; i < k; i++)
        if (!is_word(c, i) || tok_in(c, i, ties))
            return false;
    *name = bl_tok_span(c->t, k, e);
    return true;
}

/* Heads of a phrase naming someone who speaks for a body. */
static const char *const speaking_roles[] = {"official",     "spokesman", "spokeswoman",
                                             "spokesperson", "diplomat",  "source",
                                             NULL};

/* "A spokeswoman for the family office", "a senior official at the
 * ministry": a phrase from the determiner at h0 to e whose head, within its
 * first words, is someone who speaks for the body named after "for", "of"
 * or "at". */
static bool role_for(const struct ctx *c, size_t h0, size_t e)
{
    static const char *const roles[] = {"spokesman", "spokeswoman", "spokesperson", "official",
                                        "representative", "lawyer", "attorney", "source", NULL};
    for (size_t k = h0 + 1; k + 1 < e && k <= h0 + 3; k++)
        if (tok_in(c, k, roles) && tok_in(c, k + 1, (const char *const[]){"for", "of", "at", NULL}))
            return true;
    return false;
}

/* A lower-case noun for a person: one of a few words, or shaped like one
 * ("survivor", "farmer", "migrant", "economist", "technician"); plural:
 * their plurals in -s ("officials", "residents"), and "police", "staff",
 * "people". */
static bool person_noun(const struct ctx *c, size_t i, bool plural)
{
    static const char *const nouns[] = {
        "agent",   "boy",      "child",  "correspondent", "daughter", "father",  "girl",
        "guide",   "husband",  "man",    "mother",        "nurse",    "official", "opponent",
        "parent",  "patient",  "refugee", "resident",     "son",      "soldier", "student",
        "victim",  "wife",     "witness", "woman",        NULL};
    static const char *const ends[] = {"er", "or", "ist", "ian", "ant"};
    const char *w = c->text + c->t[i].start;
    size_t l = c->t[i].end - c->t[i].start;
    char buf[32];
    if (c->t[i].kind != BL_TOK_WORD || (is_upper(c, i) && sent(c, i)->tok_start != i))
        return false;
    if (plural) {
        if (tok_in(c, i, (const char *const[]){"people", "police", "staff", NULL}))
            return true;
        if (l < 4 || l >= sizeof buf || w[l - 1] != 's')
            return false;
        l--; /* the singular, lower-cased, for the list */
        for (size_t k = 0; k < l; k++)
            buf[k] = (char)((w[k] >= 'A' && w[k] <= 'Z') ? w[k] - 'A' + 'a' : w[k]);
        buf[l] = '\0';
        for (size_t k = 0; nouns[k]; k++)
            if (strcmp(buf, nouns[k]) == 0)
                return true;
        w = buf;
    } else if (tok_in(c, i, nouns)) {
        return true;
    }
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t n = strlen(ends[k]);
        if (l > n + 3 && memcmp(w + l - n, ends[k], n) == 0)
            return true;
    }
    return false;
}

/* ", citing X": can X, a phrase after the cue, be a source? A name, a
 * pronoun, a person or a group of them ("officials", "people familiar
 * with"), or a paper or figures ("a report", "data from ..."). */
static bool cited_source(const struct ctx *c, struct bl_span sp)
{
    static const char *const papers[] = {
        "source",  "sources", "report",   "reports",   "statement", "statements", "data",
        "figures", "documents", "records", "study",    "survey",    "poll",       "filing",
        "filings", "estimate", "estimates", "letter",  "memo",      "post",       "interview",
        "analysis", "research", "email",   "emails",   "testimony", "account",    "accounts",
        NULL};
    size_t a = tok_at(c, sp.start), e = tok_at(c, sp.end - 1) + 1;
    for (size_t k = a; k < e && k < c->n; k++)
        if (is_upper(c, k) || in_list(c, k, L_PRONOUNS) || tok_in(c, k, papers) ||
            person_noun(c, k, false) || person_noun(c, k, true))
            return true;
    return false;
}

/* The first comma from e before lim, or the quotation mark or sentence
 * stop that comes first, or lim: where a clause set off by commas ends. */
static size_t clause_comma(const struct ctx *c, size_t e, size_t lim)
{
    while (e < lim && !tok_eq(c, e, ",") && c->t[e].kind != BL_TOK_QUOTE && !is_stop_punct(c, e))
        e++;
    return e;
}

/* "According to Downwatch, a website that tracks outages, ...": the
 * appositive from a at "a" or "an" to its closing comma, when its head (the
 * last word before the comma or before a relative "that", "which" or "who")
 * is a noun for a body and nothing before the relative is a verb. Returns
 * the comma's token, or 0 when [a, hi) opens on no such appositive. Reads at
 * most APPOS_MAX tokens. */
static size_t body_appositive(const struct ctx *c, size_t a, size_t hi)
{
    static const char *const heads[] = {
        "agency",  "association", "body",     "charity",      "coalition", "company",
        "consultancy", "firm",    "group",    "institute",    "monitor",   "network",
        "nonprofit", "organisation", "organization", "platform", "provider", "service",
        "site",    "tank",        "tracker",  "union",        "watchdog",  "website",
        NULL};
    static const char *const rel[] = {"that", "which", "who", NULL};
    size_t e = a + 1, h;
    if (a + 2 >= hi || !tok_in(c, a, (const char *const[]){"a", "an", NULL}))
        return 0;
    while (e < hi && e < a + APPOS_MAX && is_word(c, e) && !is_upper(c, e) && !tok_in(c, e, rel))
        e++;
    h = e - 1;
    if (h == a || !tok_in(c, h, heads) || has_finite(c, a + 1, e))
        return 0;
    if (e < hi && tok_in(c, e, rel))
        e = clause_comma(c, e, a + APPOS_MAX < hi ? a + APPOS_MAX : hi);
    return e + 1 < hi && e < a + APPOS_MAX && tok_eq(c, e, ",") ? e : 0;
}

/* The participles that open a phrase between a source and its cue, and
 * the prepositions after them (see np_left_d). */
static const char *const source_participles[] = {
    "writing", "speaking", "testifying", "quoted",   "interviewed", "polled",
    "surveyed", "cited",   "contacted",  "reached", "briefed",     NULL};
static const char *const participle_preps[] = {"in", "at",     "on",   "by", "for",
                                               "to", "before", "with", NULL};

/* A phrase [s, j) after the words that say its people know of it: "familiar
 * with", "close to", "aware of", "with (direct) knowledge of". Returns the
 * end of the people's phrase before those words, or SIZE_MAX. */
static size_t knower_end(const struct ctx *c, size_t lo, size_t s, size_t j)
{
    if (s > lo + 2 && is_word(c, s - 3) &&
        ((tok_eq(c, s - 1, "with") && tok_eq(c, s - 2, "familiar")) ||
         (tok_eq(c, s - 1, "to") && tok_eq(c, s - 2, "close")) ||
         (tok_eq(c, s - 1, "of") && tok_eq(c, s - 2, "aware"))))
        return s - 2;
    if (s > lo + 1 && is_word(c, s - 2) && tok_eq(c, s - 1, "with") &&
        (tok_eq(c, s, "knowledge") || (s + 1 < j && tok_eq(c, s + 1, "knowledge"))))
        return s - 1;
    return SIZE_MAX;
}

/* Are tokens [a, b) capitalised words naming one person actor? */
static bool person_name_run(const struct ctx *c, size_t a, size_t b)
{
    int x;
    if (b <= a || b - a > 4)
        return false;
    for (size_t k = a; k < b; k++)
        if (!is_word(c, k) || !is_upper(c, k))
            return false;
    x = bl_actor_at(c->d, c->t[a].start, c->t[b - 1].end);
    return x >= 0 && c->d->actors[x].kind == BL_ACTOR_PERSON &&
           bl_actor_at(c->d, c->t[b - 1].start, c->t[b - 1].end) == x;
}

/* A phrase (np_nested) that ends on token e - 1, right before e: the head
 * before a phrase that names no source ("Doctors [writing in ...]"). */
static bool np_before(const struct ctx *c, unsigned depth, size_t lo, size_t e,
                      struct bl_span *head)
{
    return np_nested(c, depth, lo, e, head) && head->end == c->t[e - 1].end;
}

/* A source phrase ending just before p, not reaching before lo. Skips the
 * words between a source and its cue and an appositive ("X, a spokesman for
 * Y, said"). depth: how many phrases this one is nested in (np_nested). */
static bool np_left_d(const struct ctx *c, size_t lo, size_t p, struct bl_span *out,
                      unsigned depth)
{
    size_t j = p, k, words = 0, s, ke;
    while (j > lo && (in_list(c, j - 1, L_BETWEEN) || is_ly_adverb(c, j - 1)))
        j--;
    /* "The Kremlin on Friday dismissed", "the ministry last week warned": a
     * time between the source and its cue (as claims.c np_left) */
    if (j > lo + 1 && in_list(c, j - 1, L_CIRC_ADVERBS) && tok_in(c, j - 1, day_words)) {
        j--;
        if (j > lo + 1 && tok_eq(c, j - 1, "on"))
            j--;
    } else if (j > lo + 2 && in_list(c, j - 1, L_CIRC_HEADS) &&
               tok_in(c, j - 1, (const char *const[]){"week", "month", "year", "night", NULL}) &&
               tok_in(c, j - 2, (const char *const[]){"last", "this", NULL})) {
        j -= 2;
    }
    /* "Sen. Mark Hollis (R-Ohio) said": step over a short parenthesis */
    if (j > lo + 2 && tok_eq(c, j - 1, ")")) {
        size_t a = j - 1;
        while (a > lo && j - a < 8 && !tok_eq(c, a - 1, "(") && !tok_eq(c, a - 1, ")"))
            a--;
        if (a > lo + 1 && tok_eq(c, a - 1, "(") && is_word(c, a - 2))
            j = a - 1;
    }
    /* "Gloria Haynes, 67, said": an age after a name is no source */
    if (j >= lo + 3 && c->t[j - 1].kind == BL_TOK_NUMBER && tok_eq(c, j - 2, ",") &&
        is_word(c, j - 3) && is_upper(c, j - 3) && tok_eq(c, j, ",") &&
        np_nested(c, depth, lo, j - 2, out))
        return true;
    /* "The alliance, which represents growers in Fiji, Samoa and Tonga,
     * said", "Ann Cole, whose garage in Plano, Texas, burned, said": a
     * relative clause, commas and all, between source and cue */
    if (j > lo + 3 && tok_eq(c, j - 1, ",")) {
        static const char *const rel[] = {"who", "which", "whose", NULL};
        size_t a = j - 1;
        while (a > lo + 1 && j - a < 2 * APPOS_MAX && c->t[a - 1].kind != BL_TOK_QUOTE &&
               !is_stop_punct(c, a - 1) &&
               !((c->text[c->t[a - 1].start] | 0x20) == 'w' && tok_in(c, a - 1, rel) &&
                 tok_eq(c, a - 2, ",")))
            a--;
        if (a > lo + 2 && tok_in(c, a - 1, rel) && tok_eq(c, a - 2, ",") &&
            np_nested(c, depth, lo, a - 2, out)) {
            /* "Sen. Ana Ruiz, D-N.M., who ...": the party and state tag
             * after the name is no source; the name before it is */
            size_t t = tok_at(c, out->start);
            struct bl_span name;
            if (t < c->n && bl_party_tag(c->text + c->t[t].start, c->t[t].end - c->t[t].start) &&
                t > lo + 1 && tok_eq(c, t - 1, ",") &&
                np_nested(c, depth, lo, t - 1, &name))
                *out = name;
            return true;
        }
    }
    if (j > lo && (tok_eq(c, j - 1, ",") || c->t[j - 1].kind == BL_TOK_DASH)) {
        /* appositive: find the comma (or dash) that opens it */
        size_t a = j - 1, steps = 0;
        bool dash = c->t[j - 1].kind == BL_TOK_DASH;
        while (a > lo && steps++ < APPOS_MAX &&
               !(dash ? c->t[a - 1].kind == BL_TOK_DASH : tok_eq(c, a - 1, ",")) &&
               c->t[a - 1].kind != BL_TOK_QUOTE && !is_stop_punct(c, a - 1))
            a--;
        if (a > lo && (dash ? c->t[a - 1].kind == BL_TOK_DASH : tok_eq(c, a - 1, ",")) &&
            a - 1 > lo && a < j - 1 && np_nested(c, depth, lo, a - 1, out)) {
            /* "Its chief executive, Jane Roe, said": the name in the
             * appositive when the phrase before it names nobody, or names
             * only a body ("A spokesman for the army, Col. Jo Kim, said") */
            struct bl_span app, first;
            int so = speaker_of(c, *out), sa;
            /* "Rep. Ann Cole, D-Tucson, the panel's top Democrat, said", "Tom
             * Vale, a Democrat from Ohio, the ranking member, said": two
             * appositives; the person named before the first one speaks */
            if (so < 0 || c->d->actors[so].kind != BL_ACTOR_PERSON) {
                size_t m = a - 1, steps2 = 0;
                while (m > lo && steps2++ < APPOS_MAX && !tok_eq(c, m - 1, ",") &&
                       c->t[m - 1].kind != BL_TOK_QUOTE && !is_stop_punct(c, m - 1))
                    m--;
                if (m > lo + 1 && m < a - 1 && tok_eq(c, m - 1, ",") &&
                    tok_at(c, out->start) >= m && np_nested(c, depth, lo, m - 1, &first) &&
                    (sa = speaker_of(c, first)) >= 0 &&
                    c->d->actors[sa].kind == BL_ACTOR_PERSON) {
                    *out = first;
                    return true;
                }
            }
            /* "The Conservative member for the area, Huw Lewis, said": a
             * phrase whose head is a common noun names a role, not a body */
            if (is_upper(c, a) && !in_list(c, a, L_DETERMINERS) && np_right(c, a, j - 1, &app) &&
                app.end == c->t[j - 2].end && (sa = speaker_of(c, app)) >= 0 &&
                (so < 0 || possessed(c, *out) ||
                 (c->d->actors[sa].kind == BL_ACTOR_PERSON &&
                  c->d->actors[so].kind != BL_ACTOR_PERSON &&
                  (!is_upper(c, tok_at(c, out->start)) ||
                   in_list(c, tok_at(c, out->start), L_DETERMINERS) ||
                   !is_upper(c, tok_at(c, out->end - 1)))) ||
                 /* "The U.N. refugee agency, UNHCR, said": a common noun
                  * with a body's name as its modifier, then the body */
                 (c->d->actors[sa].kind == BL_ACTOR_ORGANIZATION &&
                  c->d->actors[so].kind != BL_ACTOR_PERSON && sa != so &&
                  in_list(c, tok_at(c, out->start), L_DETERMINERS) &&
                  !is_upper(c, tok_at(c, out->end - 1)))))
                *out = app;
            /* "Marchetti's coach, the former British number one Simon Hale,
             * said": a role then the name, with no "of" or "to" between
             * (not "the brother of Simon Hale") */
            else if ((so < 0 || possessed(c, *out) ||
                      c->d->actors[so].kind != BL_ACTOR_PERSON) &&
                     role_then_name(c, a, j - 1, &app) && (sa = speaker_of(c, app)) >= 0 &&
                     c->d->actors[sa].kind == BL_ACTOR_PERSON)
                *out = app;
            /* "A group of Dutch collectors, the Vereniging Oude Kunst,
             * said", "The maker of the sensor, the French company Aerocapt,
             * said": a phrase naming nobody, then the name after "the" */
            else if (so < 0 && the_then_name(c, a, j - 1, &app) && speaker_of(c, app) >= 0)
                *out = app;
            return true;
        }
        return false;
    }
    if (j == lo || !is_word(c, j - 1))
        return false;
    if (in_list(c, j - 1, L_PRONOUNS)) {
        *out = bl_tok_span(c->t, j - 1, j);
        return true;
    }
    k = j;
    while (k > lo && words < NP_MAX &&
           (is_word(c, k - 1) || tok_eq(c, k - 1, "-") || c->t[k - 1].kind == BL_TOK_DASH) &&
           !(c->t[k - 1].kind == BL_TOK_DASH && (c->t[k - 1].flags & BL_TF_SPACE_BEFORE))) {
        if ((in_list(c, k - 1, L_NP_STOP) && !in_list(c, k - 1, L_NP_INNER)) ||
            is_ly_adverb(c, k - 1))
            break;
        k--;
        words++;
    }
    /* do not start on an inner word: "of the party" is no source */
    while (k < j && in_list(c, k, L_NP_INNER) && !tok_eq(c, k, "the"))
        k++;
    if (k >= j)
        return false;
    /* "Her neighbour, Tom Birch, said": a capital "Her" opens the phrase;
     * "both sides said": so does "both" */
    if (k > lo && ((k - 1 == sent(c, k - 1)->tok_start && tok_eq(c, k - 1, "her")) ||
                   (tok_eq(c, k - 1, "both") && k + 1 == j)))
        k--;
    s = k;
    /* "Professor Lena Holt of the Tartu Institute's law school said": a
     * phrase longer than NP_MAX words, cut inside the name that opens it or
     * just after that name's "of"; the person named there is the source,
     * not the body after "of" */
    if (words == NP_MAX && s > lo) {
        size_t e = tok_eq(c, s - 1, "of") ? s - 1 : s, m = e;
        while (m > lo && e - m < 4 && is_word(c, m - 1) && is_upper(c, m - 1))
            m--;
        for (; m < e; m++) {
            int a = bl_actor_at(c->d, c->t[m].start, c->t[m].end);
            if (a >= 0 && c->d->actors[a].kind == BL_ACTOR_PERSON &&
                bl_actor_at(c->d, c->t[e - 1].start, c->t[e - 1].end) == a) {
                s = m;
                break;
            }
        }
    }
    /* "Doctors writing in the journal said", "officials speaking on
     * condition of anonymity said", "residents interviewed by the Tribune
     * said": the people before the participle speak, not the journal, the
     * terms or the paper its phrase names */
    if (s > lo + 2 && tok_in(c, s - 1, participle_preps) && tok_in(c, s - 2, source_participles) &&
        is_word(c, s - 3)) {
        struct bl_span head;
        if (np_before(c, depth, lo, s - 2, &head)) {
            out->start = head.start;
            out->end = c->t[j - 1].end;
            return true;
        }
    }
    /* "A survivor from Chad said", "a doctor at the clinic told", "a nurse
     * in the emergency ward said", "a lecturer in sociology, who ..., said":
     * one person, named by a common noun after "a", speaks, not the place,
     * body or field after "from", "at" or "in" */
    if (s > lo + 2 && tok_in(c, s - 1, (const char *const[]){"from", "at", "in", NULL}) &&
        title_word(c, s - 2) && person_noun(c, s - 2, false)) {
        struct bl_span head;
        size_t h;
        if (np_before(c, depth, lo, s - 1, &head) &&
            (h = tok_at(c, head.start)) + 3 >= s - 1 &&
            tok_in(c, h, (const char *const[]){"a", "an", "one", "another", NULL})) {
            out->start = head.start;
            out->end = c->t[j - 1].end;
            return true;
        }
    }
    /* "Two people familiar with the matter said", "sources close to the
     * minister said", "a person with knowledge of the talks said", "people
     * aware of the plan said": the people speak, not the matter they know
     * or the person they are close to */
    if ((ke = knower_end(c, lo, s, j)) != SIZE_MAX) {
        struct bl_span head;
        if (np_before(c, depth, lo, ke, &head)) {
            out->start = head.start;
            out->end = c->t[j - 1].end;
            return true;
        }
    }
    if (!np_plausible(c, s, j))
        return false;
    /* "Maria Ortiz and Ana Reyes said", "Both Ortiz and Reyes said": two
     * people named, each a person, speak together */
    if (s > lo + 1 && tok_eq(c, s - 1, "and") && is_upper(c, s) && is_upper(c, s - 2) &&
        person_name_run(c, s, j)) {
        size_t m = s - 1;
        while (m > lo && s - 1 - m < 4 && is_word(c, m - 1) && is_upper(c, m - 1) &&
               !tok_eq(c, m - 1, "both"))
            m--;
        if (m > lo && tok_eq(c, m - 1, "both"))
            m--;
        /* (a role before the first name, "state Senate leader Phil Berger
         * and ...", is read as before) */
        if (m < s - 1 && person_name_run(c, m + tok_eq(c, m, "both"), s - 1) &&
            (m == lo || !is_word(c, m - 1) ||
             tok_in(c, m - 1, (const char *const[]){"and", "but", "while", NULL}))) {
            *out = bl_tok_span(c->t, m, j);
            return true;
        }
    }
    /* "Police in Lyon said", "officials in the region said": the people
     * before "in" speak, not the place; "officials in Lyon and Milan said":
     * not the last place of a list either */
    s = list_start(c, lo, s);
    /* "The foreign ministry in Tokyo said", "a court in Lyon said": so
     * does a body named by a common noun after an article */
    /* "An official at the European Commission said": "at" too, before a
     * name ("at the" and a capital) */
    if (s > lo + 2 &&
        ((tok_eq(c, s - 1, "in") && is_upper(c, s)) ||
         (tok_eq(c, s - 1, "at") &&
          (is_upper(c, s) || (tok_eq(c, s, "the") && s + 1 < j && is_upper(c, s + 1))))) &&
        !group_noun(c, s - 2) && is_word(c, s - 2) && !is_upper(c, s - 2)) {
        struct bl_span head;
        /* "A senior foreign ministry official in Seoul said": a longer
         * phrase when its head is someone who speaks for a body */
        if (np_before(c, depth, lo, s - 1, &head) &&
            head.start < c->t[s - 2].start &&
            (tok_at(c, head.start) + 3 >= s - 1 || role_for(c, tok_at(c, head.start), s - 2) ||
             tok_in(c, s - 2, speaking_roles)) &&
            in_list(c, tok_at(c, head.start), L_DETERMINERS)) {
            out->start = head.start;
            out->end = c->t[j - 1].end;
            return true;
        }
    }
    /* "The Kiel Institute in Berlin estimated", "Judge Sean Jordan in
     * Sherman wrote": a body or a person named before "in" speaks, not the
     * place they are in */
    if (s > lo + 2 && tok_eq(c, s - 1, "in") && is_word(c, s - 2) && is_upper(c, s - 2) &&
        is_upper(c, s) && place_at(c, s)) {
        struct bl_span head;
        int a;
        if (np_before(c, depth, lo, s - 1, &head) &&
            (((a = speaker_of(c, head)) >= 0 &&
              (c->d->actors[a].kind == BL_ACTOR_ORGANIZATION ||
               c->d->actors[a].kind == BL_ACTOR_PERSON ||
               /* "Forecasters at the National Hurricane Center in Miami" */
               c->d->actors[a].kind == BL_ACTOR_GROUP)) ||
             (in_list(c, tok_at(c, head.start), L_DETERMINERS) &&
              role_for(c, tok_at(c, head.start), s - 2)))) {
            out->start = head.start;
            out->end = c->t[j - 1].end;
            return true;
        }
    }
    /* "Nurses at the hospital told", "Analysts at Goldman Sachs said": so
     * do the people at a place or a body (the group carries the body as
     * its org) */
    /* "Officials from Chad said": "from" after a plural of people only
     * ("points from the IMF's estimate" is no group) */
    if (s > lo + 1 &&
        (tok_eq(c, s - 1, "in") || tok_eq(c, s - 1, "at") ||
         (tok_eq(c, s - 1, "from") && person_noun(c, s - 2, true))) &&
        group_noun(c, s - 2)) {
        struct bl_span head;
        if (np_before(c, depth, lo, s - 1, &head))
            out->start = head.start;
        else
            out->start = c->t[s].start;
        out->end = c->t[j - 1].end;
        return true;
    }
    /* "A former aide to Mayor Ray Cole testified": the aide speaks; the
     * name after "to" is only whom the aide served */
    if (s > lo + 1 && tok_eq(c, s - 1, "to") && title_word(c, s - 2) && is_upper(c, s)) {
        struct bl_span head;
        if (np_before(c, depth, lo, s - 1, &head) &&
            in_list(c, tok_at(c, head.start), L_DETERMINERS)) {
            out->start = head.start;
            out->end = c->t[j - 1].end;
            return true;
        }
    }
    /* "a move Beijing warned would ...": a relative clause whose subject
     * is the name after "a"/"an" and a common noun */
    if (j > s + 2 && tok_in(c, s, appos_openers) && c->t[s + 1].kind == BL_TOK_WORD &&
        !is_upper(c, s + 1)) {
        size_t x = s + 2;
        while (x < j && c->t[x].kind == BL_TOK_WORD && is_upper(c, x))
            x++;
        if (x == j)
            s += 2;
    }
    *out = bl_tok_span(c->t, s, j);
    return true;
}

/* A source phrase starting at p, not reaching hi: "said Jane Doe, a lawyer". */
/* "Corvane's head of product": [p, k) opens on a name of up to three
 * capitalised words and its "'s", with words after it. */
static bool name_possessive(const struct ctx *c, size_t p, size_t k)
{
    size_t m = p;
    while (m < k && m < p + 3 && is_word(c, m) && is_upper(c, m) &&
           !(tok_eq(c, m, "'s") || tok_eq(c, m, "\xe2\x80\x99s")))
        m++;
    return m > p && m + 1 < k && (tok_eq(c, m, "'s") || tok_eq(c, m, "\xe2\x80\x99s"));
}

static bool np_right(const struct ctx *c, size_t p, size_t hi, struct bl_span *out)
{
    size_t k = p, words = 0;
    /* ("said one senior diplomat": "one" opens a phrase here) */
    if (k < hi && in_list(c, k, L_PRONOUNS) && !tok_eq(c, k, "it") &&
        !(tok_eq(c, k, "one") && k + 1 < hi && is_word(c, k + 1) &&
          !in_list(c, k + 1, L_NP_STOP))) {
        *out = bl_tok_span(c->t, k, k + 1);
        return true;
    }
    while (k < hi && words < NP_MAX && is_word(c, k) && !is_ly_adverb(c, k) &&
           (!in_list(c, k, L_NP_STOP) || in_list(c, k, L_NP_INNER))) {
        k++;
        words++;
    }
    while (k > p && in_list(c, k - 1, L_NP_INNER))
        k--;
    if (k == p || !np_plausible(c, p, k))
        return false;
    *out = bl_tok_span(c->t, p, k);
    /* "said the museum's director, Femke de Graaf.": a role naming nobody,
     * then the name that says who */
    if (k + 1 < hi && tok_eq(c, k, ",") && is_upper(c, k + 1) &&
        (in_list(c, p, L_DETERMINERS) || name_possessive(c, p, k)) && speaker_of(c, *out) < 0) {
        size_t e = k + 1;
        struct bl_span name;
        static const char *const particles[] = {"de", "van", "von", "der", "den", "da", "di",
                                                "del", "bin", "al", "le", "la", "ten", "ter",
                                                NULL};
        while (e < hi && e < k + 1 + NP_MAX && is_word(c, e) &&
               (is_upper(c, e) || (tok_in(c, e, particles) && e + 1 < hi && is_upper(c, e + 1))))
            e++;
        name = bl_tok_span(c->t, k + 1, e);
        if (is_upper(c, e - 1) && (e >= hi || c->t[e].kind == BL_TOK_PUNCT) &&
            speaker_of(c, name) >= 0)
            *out = name;
    }
    return true;
}

/* A name right after a cue and before punctuation or a quotation mark:
 * `said Jane Doe: "`, `, said Jane Doe, a lawyer`. */
static bool np_name_right(const struct ctx *c, size_t p, size_t hi, struct bl_span *out)
{
    size_t k = p;
    if (p >= hi || !(is_upper(c, p) || in_list(c, p, L_PRONOUNS)) || !np_right(c, p, hi, out))
        return false;
    while (k < hi && c->t[k].start < out->end)
        k++;
    return k >= hi || c->t[k].kind == BL_TOK_PUNCT || c->t[k].kind == BL_TOK_QUOTE ||
           c->t[k].kind == BL_TOK_DASH;
}

/* A lower-case word that may be a title before a name ("analyst", "campaign
 * chairman"): no function word, cue or word shaped like a verb ("won",
 * "praised", "controls"). */
static bool title_word(const struct ctx *c, size_t i)
{
    const char *w = c->text + c->t[i].start;
    size_t l = c->t[i].end - c->t[i].start;
    return c->t[i].kind == BL_TOK_WORD && !is_upper(c, i) && l > 2 && !in_list(c, i, L_NP_STOP) &&
           !in_list(c, i, L_BETWEEN) && !in_list(c, i, L_DETERMINERS) &&
           !in_list(c, i, L_PRONOUNS) && !is_ly_adverb(c, i) && w[l - 1] != 's' &&
           !(w[l - 2] == 'e' && w[l - 1] == 'd') && !bl_cues_at(c->cues, c->d, i, NULL) &&
           !tok_in(c, i,
                   (const char *const[]){"won",    "lost", "beat", "met",  "told", "led",   "ran",
                                         "became", "took", "gave", "made", "saw",  "show",  "say",
                                         "see",    "get",  "got",  "put",  "let",  "hit",   "cut",
                                         "want",   "need", "have", "had",  "will", "would", NULL});
}

static bool ends_ed(const struct ctx *c, size_t i);

/* Is token j a verb in the past or a cue, or "on" and a day before one
 * ("The harbour board on Thursday postponed ...")? */
static bool verb_next(const struct ctx *c, size_t j, size_t hi)
{
    if (j + 2 < hi && tok_eq(c, j, "on") && is_upper(c, j + 1) &&
        in_list(c, j + 1, L_CIRC_ADVERBS) && in_list(c, j + 1, L_CIRC_HEADS))
        j += 2;
    return ends_ed(c, j) || bl_cues_at(c->cues, c->d, j, NULL);
}

/* The subject at the start of a sentence, for ", saying ...": a pronoun, a
 * run of capitalised words ("Senator Jane Roe"), or a determiner and one
 * noun ("The senator"). */
static bool subject_np(const struct ctx *c, size_t lo, size_t hi, struct bl_span *out)
{
    /* "Outside the Rayburn Building, ...": a place phrase opens the sentence */
    static const char *const preps[] = {"outside", "inside", "near",    "beside",  "behind",
                                        "across",  "along",  "around",  "beyond",  "amid",
                                        "among",   "during", "despite", "throughout", "within",
                                        "under",   "below",  "above",   "opposite", NULL};
    size_t k = lo;
    if (lo >= hi || !is_word(c, lo) || tok_in(c, lo, preps))
        return false;
    if (in_list(c, lo, L_PRONOUNS) && !tok_eq(c, lo, "it")) {
        k = lo + 1;
    } else {
        if (in_list(c, k, L_DETERMINERS))
            k++;
        while (k < hi && k < lo + NP_MAX && is_word(c, k) && !in_list(c, k, L_NP_STOP) &&
               (is_upper(c, k) || (in_list(c, k, L_NP_INNER) && k + 1 < hi && is_upper(c, k + 1))))
            k++;
        /* "Brazil's central bank": a body named after a possessive, when
         * the words after it are an actor's mention */
        if (k > lo && k + 2 < hi && is_upper(c, k - 1) &&
            (tok_eq(c, k, "'s") || tok_eq(c, k, "\xe2\x80\x99s"))) {
            int a1 = bl_actor_at(c->d, c->t[k + 1].start, c->t[k + 1].end);
            for (size_t m = k + 2; a1 >= 0 && m <= hi && m <= k + 4; m++)
                if (bl_actor_at(c->d, c->t[m - 1].start, c->t[m - 1].end) != a1)
                    break;
                else if (m == hi || bl_actor_at(c->d, c->t[m].start, c->t[m].end) != a1) {
                    out->start = c->t[lo].start;
                    out->end = c->t[m - 1].end;
                    return true;
                }
        }
        /* "The senator"; "U.S. officials", "European leaders" */
        if ((k == lo + 1 && in_list(c, lo, L_DETERMINERS) && k < hi && is_word(c, k) &&
             !in_list(c, k, L_NP_STOP)) ||
            (k > lo && k < hi && c->t[k].kind == BL_TOK_WORD && !is_upper(c, k) &&
             !in_list(c, k, L_NP_STOP) && np_plausible(c, k, k + 1)))
            k++;
        /* "his main challenger refused ...": an adjective, then the noun,
         * then a verb in the past or a cue */
        if (k == lo + 2 && in_list(c, lo, L_DETERMINERS) && k + 1 < hi &&
            c->t[k].kind == BL_TOK_WORD && !is_upper(c, k) && !in_list(c, k, L_NP_STOP) &&
            !in_list(c, k, L_BETWEEN) && !is_ly_adverb(c, k) && !ends_ed(c, k) &&
            !bl_cues_at(c->cues, c->d, k, NULL) && c->t[k + 1].kind == BL_TOK_WORD &&
            verb_next(c, k + 1, hi))
            k++;
        /* "Morgan Kessler analyst David Lin", "Clinton campaign chairman
         * John Podesta": title words, then the name they head */
        /* ("Kremlin spokesperson Dmitry Peskov": the rule above may have
         * taken the title word for the noun) */
        bool back = k > lo + 1 && !is_upper(c, k - 1) && title_word(c, k - 1) &&
                    is_upper(c, k - 2) && !in_list(c, k - 2, L_DETERMINERS) && k < hi &&
                    is_upper(c, k);
        k -= back;
        if (k > lo && is_upper(c, k - 1) && !in_list(c, k - 1, L_DETERMINERS)) {
            size_t m = k, m0, k0 = k;
            while (m < hi && m < k + 2 && title_word(c, m))
                m++;
            m0 = m;
            while (m < hi && m < lo + NP_MAX && c->t[m].kind == BL_TOK_WORD && is_upper(c, m) &&
                   !in_list(c, m, L_NP_STOP))
                m++;
            if (m0 > k && m > m0) {
                int a = bl_actor_at(c->d, c->t[m0].start, c->t[m - 1].end);
                if (a >= 0 && c->d->actors[a].kind == BL_ACTOR_PERSON)
                    k = m;
            }
            if (back && k == k0)
                k++; /* no person after all: the title word back */
        }
        /* "The Chinese foreign ministry called ...": lower-case words up to
         * the verb when the verb is a cue */
        if (k > lo && k < hi && title_word(c, k)) {
            size_t m = k;
            while (m < hi && m < k + 3 && title_word(c, m))
                m++;
            if (m < hi && (bl_cues_at(c->cues, c->d, m, NULL) || in_list(c, m, L_BETWEEN)))
                k = m;
        }
        if (k == lo || (k == lo + 1 && in_list(c, lo, L_DETERMINERS)))
            return false;
    }
    *out = bl_tok_span(c->t, lo, k);
    return true;
}

/* The subject of the clause that opens at lo, stepping over an opening
 * phrase and its comma ("On Tuesday night, Trump mocked ..."). */
/* "On Monday, farmers blocked ...", "At the last moment, 18 members of the
 * youth group threatened ...": after an opening phrase, a subject in lower
 * case or opened by a number, up to its verb (a word in -ed, or a cue) that
 * a word follows. */
static bool bare_subject(const struct ctx *c, size_t a, size_t hi, struct bl_span *out)
{
    size_t k;
    if (a + 1 >= hi || c->inq[a] || !is_word(c, a) || is_upper(c, a) ||
        c->t[a].kind == BL_TOK_CLITIC || in_list(c, a, L_NP_STOP) || in_list(c, a, L_PRONOUNS) ||
        in_list(c, a, L_DETERMINERS) || in_list(c, a, L_BETWEEN) || is_ly_adverb(c, a) ||
        bl_cues_at(c->cues, c->d, a, NULL))
        return false;
    if (c->t[a].kind == BL_TOK_WORD) { /* ", concluded that ...": a verb, no subject */
        const char *w = c->text + c->t[a].start;
        size_t l = c->t[a].end - c->t[a].start;
        if ((l > 3 && !strncmp(w + l - 2, "ed", 2)) || (l > 4 && !strncmp(w + l - 3, "ing", 3)) ||
            tok_eq(c, a, "that") || tok_eq(c, a, "and") || tok_eq(c, a, "but") ||
            tok_eq(c, a, "or"))
            return false;
    }
    for (k = a + 1; k + 1 < hi && k < a + 10; k++) {
        const char *w = c->text + c->t[k].start;
        size_t l = c->t[k].end - c->t[k].start;
        if (!is_word(c, k) || c->inq[k])
            return false;
        if (c->t[k].kind == BL_TOK_WORD && !is_upper(c, k) && c->t[k - 1].kind == BL_TOK_WORD &&
            is_word(c, k + 1) &&
            ((l > 4 && w[l - 2] == 'e' && w[l - 1] == 'd') || bl_cues_at(c->cues, c->d, k, NULL)))
            break;
    }
    /* "members of the youth group": a plural and "of" open a longer one */
    if (k + 1 >= hi || k >= a + 10 ||
        !(np_plausible(c, a, k) ||
          (k > a + 2 && tok_eq(c, a + 1, "of") &&
           c->text[c->t[a].end - 1] == 's')))
        return false;
    *out = bl_tok_span(c->t, a, k);
    return true;
}

static bool clause_subject(const struct ctx *c, size_t lo, size_t hi, struct bl_span *out)
{
    size_t l;
    const char *w;
    /* `“... promises. We have taken it,” Djalo said, adding ...`: a sentence
     * opening inside a quotation has its subject after the closing mark, not
     * the speaker's "We" */
    if (lo < hi && c->inq[lo] && c->t[lo].kind != BL_TOK_QUOTE) {
        while (lo < hi && c->inq[lo])
            lo++;
        if (lo + 1 >= hi)
            return false;
    }
    /* "Then he ...", "But the mayor ...": an opening conjunction or
     * sentence adverb (two at most: "And then") comes before the subject */
    for (int r = 0; r < 2 && lo + 2 < hi && c->t[lo + 1].kind == BL_TOK_WORD &&
                    tok_in(c, lo,
                           (const char *const[]){"then", "and", "but", "so", "yet", "still",
                                                 "later", "instead", "meanwhile", "also", NULL});
         r++)
        lo++;
    l = c->t[lo].end - c->t[lo].start;
    w = c->text + c->t[lo].start;
    /* "Asked about it, the chairman ...": an opening verb is no subject */
    bool verb = lo < hi && c->t[lo].kind == BL_TOK_WORD &&
                (bl_cues_at(c->cues, c->d, lo, NULL) || (l > 4 && !strncmp(w + l - 2, "ed", 2)) ||
                 (l > 5 && !strncmp(w + l - 3, "ing", 3)));
    struct bl_span first, sp;
    bool have_first, have_comma = false;
    have_first = !verb && subject_np(c, lo, hi, &first);
    /* "Danish snack maker Nordhavn Foods cut ..., blaming": lower-case
     * words describing the name that follows them; the phrase runs to the
     * name when it is someone's */
    if (have_first && speaker_of(c, first) < 0) {
        size_t e = lo, m, m0;
        while (e < hi && c->t[e].end <= first.end)
            e++;
        for (m = e; m < hi && m < e + 4 && c->t[m].kind == BL_TOK_WORD && !is_upper(c, m) &&
                    !in_list(c, m, L_NP_STOP) && !in_list(c, m, L_BETWEEN) &&
                    !bl_cues_at(c->cues, c->d, m, NULL);
             m++)
            ;
        for (m0 = m; m < hi && m < m0 + 5 && c->t[m].kind == BL_TOK_WORD && is_upper(c, m); m++)
            ;
        if (m0 > e && m > m0 && bl_actor_at(c->d, c->t[m0].start, c->t[m - 1].end) >= 0) {
            struct bl_span wide = bl_tok_span(c->t, lo, m);
            if (speaker_of(c, wide) >= 0)
                first = wide;
        }
    }
    /* "18 members of the group threatened ..., saying" */
    if (!have_first && c->t[lo].kind == BL_TOK_NUMBER)
        have_first = bare_subject(c, lo, hi, &first);
    if (have_first && (speaker_of(c, first) >= 0 || in_list(c, lo, L_PRONOUNS))) {
        *out = first;
        return true;
    }
    /* "Hours later, Trump ...", "On Monday, after a long wait, Warren ...":
     * the first subject after an opening phrase that names someone */
    for (size_t k = lo + 1; k < hi && k < lo + 24; k++) {
        if (c->inq[k] || c->t[k].kind == BL_TOK_QUOTE)
            break;
        if (!tok_eq(c, k, ",") || k + 1 >= hi ||
            !(subject_np(c, k + 1, hi, &sp) || bare_subject(c, k + 1, hi, &sp)))
            continue;
        if (speaker_of(c, sp) >= 0 || in_list(c, k + 1, L_PRONOUNS)) {
            *out = sp;
            return true;
        }
        if (!have_first && !have_comma && k < lo + 12) {
            first = sp;
            have_comma = true;
        }
    }
    if (have_first || have_comma)
        *out = first;
    return have_first || have_comma;
}

/* ---- speakers ----------------------------------------------------------- */

/* Token holding byte offset off, or c->n. Tokens are spread about evenly
 * over the text, so the search starts at the token off's share of the text
 * points at, strides out by doubling steps until it brackets the first token
 * ending after off, and bisects the bracket: a few probes where a bisection
 * of the whole document took a dozen. */
static size_t tok_at(const struct ctx *c, size_t off)
{
    size_t lo = 0, hi = c->n, len = c->d->len;
    if (hi > 8 && off < len) {
        size_t g = (size_t)((uint64_t)off * hi / len), step = 1;
        if (c->t[g].end <= off) {
            /* after g: strides forward until a token ends past off */
            for (lo = g + 1, hi = lo; hi < c->n && c->t[hi].end <= off; step *= 2) {
                lo = hi + 1;
                hi = lo + step < c->n ? lo + step : c->n;
            }
        } else {
            /* at or before g: strides back until a token ends at or before off */
            for (hi = g, lo = hi; lo > 0 && c->t[lo - 1].end > off; step *= 2) {
                hi = lo - 1;
                lo = hi > step ? hi - step : 0;
            }
        }
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->t[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->n && c->t[lo].start <= off ? lo : c->n;
}

/* The antecedent of a relative "who"/"which" at token w: the nearest actor
 * before it in the same sentence, a person before anyone else, looking back
 * over an appositive ("Jane Roe, 44, a lawyer for the union, who said"). */
static int relative_antecedent(const struct ctx *c, size_t w)
{
    size_t lo = sent(c, w)->tok_start, k;
    int any = -1;
    if (w >= lo + APPOS_MAX)
        lo = w - APPOS_MAX;
    for (k = w; k > lo; k--) {
        int a;
        if (c->inq[k - 1] || tok_eq(c, k - 1, ";") ||
            tok_in(c, k - 1, (const char *const[]){"who", "which", "that", NULL}))
            break;
        if (!is_word(c, k - 1))
            continue;
        a = bl_actor_at(c->d, c->t[k - 1].start, c->t[k - 1].end);
        if (a < 0)
            continue;
        if (c->d->actors[a].kind == BL_ACTOR_PERSON)
            return a;
        if (any < 0)
            any = a;
    }
    return any;
}

/* A surname the tagger missed ("Trump", "Mr. Obama", "President Obama"):
 * the person among the first actors whose name ends with the source's last
 * word, the one mentioned last before the source when several do. Bounded:
 * looks at the BL_SURNAME_ACTORS most salient actors only. */
#define SURNAME_ACTORS 256
static int surname_actor(const struct ctx *c, struct bl_span s)
{
    size_t e = tok_at(c, s.end - 1), l, n = c->d->nactors;
    const char *w;
    int best = -1;
    size_t best_pos = 0;
    if (e >= c->n || c->t[e].kind != BL_TOK_WORD || !(is_upper(c, e) || particle_name(c, e)) ||
        (c->t[e].flags & BL_TF_ALLCAPS) || in_list(c, e, L_DETERMINERS) ||
        in_list(c, e, L_PRONOUNS))
        return -1;
    w = c->text + c->t[e].start;
    l = c->t[e].end - c->t[e].start;
    if (l < 3)
        return -1;
    if (n > SURNAME_ACTORS)
        n = SURNAME_ACTORS;
    for (size_t a = 0; a < n; a++) {
        const struct bl_actor *A = &c->d->actors[a];
        size_t nl, pos = 0;
        if (A->kind != BL_ACTOR_PERSON || !A->name)
            continue;
        nl = strlen(A->name);
        if (nl < l || (nl > l && A->name[nl - l - 1] != ' ') ||
            memcmp(A->name + nl - l, w, l) != 0)
            continue;
        /* the last mention starting before the source (mentions are in
         * text order): a binary search, as an actor may have thousands */
        {
            size_t lo = 0, hi = A->nmentions;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (A->mentions[mid].start < s.start)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (lo)
                pos = A->mentions[lo - 1].end;
        }
        if (best < 0 || pos > best_pos) {
            best = (int)a;
            best_pos = pos;
        }
    }
    return best;
}

/* The actor the source phrase names (core/actors.c indexes mentions, pronouns
 * included), or -1. */
static int speaker_at(const struct ctx *c, struct bl_span s, const char *t, size_t len);

static int speaker_of(const struct ctx *c, struct bl_span s)
{
    struct spk_memo *memo;
    const char *t;
    size_t len;
    if (s.start == BL_NONE || s.end <= s.start)
        return -1;
    t = c->text + s.start;
    len = s.end - s.start;
    /* "Smith, who said ...": the speaker is named before the pronoun */
    if ((len == 3 && !strncasecmp(t, "who", 3)) || (len == 5 && !strncasecmp(t, "which", 5))) {
        size_t w = tok_at(c, s.start);
        return w < c->n ? relative_antecedent(c, w) : -1;
    }
    /* the same phrase is often asked again (as a source, then for its quote) */
    memo = &c->spk[(s.start * 31u + s.end) & (SPK_SLOTS - 1)];
    if (memo->start == s.start && memo->end == s.end)
        return memo->actor;
    memo->start = s.start;
    memo->end = s.end;
    memo->actor = speaker_at(c, s, t, len);
    return memo->actor;
}

/* speaker_of without its memo or the relative pronouns: t, len the phrase. */
static int speaker_at(const struct ctx *c, struct bl_span s, const char *t, size_t len)
{
    enum { NCUTS = 7 };
    static const char *const cuts[NCUTS] = {" of ",   " for ", " at ", " from ",
                                            " with ", " in ",  ", "};
    static const unsigned char cut_len[NCUTS] = {4, 5, 4, 6, 6, 4, 2};
    size_t at[NCUTS] = {0}; /* first place of each cut past byte 0; 0: none */
    bool cut = false;       /* some at[k] is set */
    int a;
    /* "a former aide to Mayor Ray Cole": someone unnamed, not the mayor */
    bool to = false;
    for (size_t x = 1; !to && x + 3 < len; x++)
        to = t[x] == 't' && t[x + 1] == 'o' && t[x - 1] == ' ' && t[x + 2] == ' ';
    /* "his main challenger", "her lawyer": someone of the one the pronoun
     * names, not that one; only a name after it says who ("his campaign",
     * "her office", "his remarks", "her letter" still speak for their owner) */
    {
        size_t b = tok_at(c, s.start), e = tok_at(c, s.end - 1);
        if (b < e && e < c->n &&
            tok_in(c, b, (const char *const[]){"his", "her", "their", "its", NULL}) &&
            !bl_cues_at(c->cues, c->d, e, NULL) &&
            !tok_in(c, e,
                    (const char *const[]){"campaign", "office", "administration", "government",
                                          "team", "camp", "speech", "plan", "letter", "book",
                                          "website", "account", "analysis", "report", "biography",
                                          "assessment", NULL})) {
            a = bl_actor_at(c->d, c->t[b + 1].start, s.end);
            return a >= 0 ? a : -1;
        }
    }
    /* "sources close to the minister", "a person familiar with Hart's
     * thinking": the people before the words that say they know, not the
     * one they know (np_left reads the phrase so) */
    {
        size_t b = tok_at(c, s.start), e = tok_at(c, s.end - 1);
        for (size_t k = b + 1; k < e && e < c->n && k < b + NP_MAX; k++)
            if (knower_end(c, b, k + 1, e + 1) == k || knower_end(c, b, k + 2, e + 1) == k)
                return bl_actor_at(c->d, s.start, c->t[k - 1].end);
    }
    if (to) {
        size_t b = tok_at(c, s.start), e = tok_at(c, s.end - 1);
        if (b < e && e < c->n && in_list(c, b, L_DETERMINERS) && !possessed(c, s))
            for (size_t k = b + 2; k < e && k < b + 6; k++)
                if (tok_eq(c, k, "to") && title_word(c, k - 1) && is_upper(c, k + 1))
                    return -1;
    }
    /* "Dr. Paul Mercer of Johns Hopkins University": the head before "of",
     * the cuts tried in their order, each at its first place. One pass
     * finds those places: every cut opens with a space or a comma and is
     * two bytes or more, and ends before the span does. */
    for (size_t i = 1; i + 2 < len; i++) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* on to the next space or comma, eight bytes a turn: the lowest
         * byte flagged is the first such (no borrow reaches below it) */
        if (i + 8 <= len) {
            uint64_t x, sp, cm;
            memcpy(&x, t + i, 8);
            sp = x ^ (' ' * BL_ONES8);
            cm = x ^ (',' * BL_ONES8);
            sp = ((sp - BL_ONES8) & ~sp) | ((cm - BL_ONES8) & ~cm);
            sp &= BL_HIGH8;
            if (!sp) {
                i += 7;
                continue;
            }
            i += (size_t)__builtin_ctzll(sp) / 8;
            if (i + 2 >= len)
                break;
        }
#endif
        if (t[i] == ' ') {
            /* the one cut the next bytes could open */
            size_t k;
            switch (t[i + 1]) {
            case 'o': k = 0; break;
            case 'f': k = t[i + 2] == 'o' ? 1 : 3; break;
            case 'a': k = 2; break;
            case 'w': k = 4; break;
            case 'i': k = 5; break;
            default: continue;
            }
            if (!at[k] && i + cut_len[k] < len && !memcmp(t + i, cuts[k], cut_len[k])) {
                at[k] = i;
                cut = true;
            }
        } else if (t[i] == ',' && t[i + 1] == ' ' && !at[NCUTS - 1]) {
            at[NCUTS - 1] = i;
            cut = true;
        }
    }
    for (size_t k = 0; cut && k < NCUTS; k++)
        if (at[k]) {
            a = bl_actor_at(c->d, s.start, s.start + at[k]);
            if (a >= 0)
                return a;
        }
    a = bl_actor_at(c->d, s.start, s.end);
    if (a >= 0 && c->d->actors[a].kind == BL_ACTOR_PERSON) {
        /* "Morgan Kessler analyst David Lin": the name after the last title
         * word heads the phrase, whatever the tagger made of the words before */
        size_t e = tok_at(c, s.end - 1), k = e;
        while (k > 0 && c->t[k].start > s.start && c->t[k].kind == BL_TOK_WORD && is_upper(c, k))
            k--;
        if (k < e && c->t[k].start > s.start && c->t[k].kind == BL_TOK_WORD && !is_upper(c, k) &&
            !in_list(c, k, L_NP_STOP) && !in_list(c, k, L_NP_INNER)) {
            int b = bl_actor_at(c->d, c->t[k + 1].start, s.end);
            if (b >= 0 && b != a && c->d->actors[b].kind == BL_ACTOR_PERSON)
                return b;
        }
    }
    return a >= 0 ? a : surname_actor(c, s);
}

/* ---- building ----------------------------------------------------------- */

static size_t skip_circumstance(const struct ctx *c, size_t i, size_t hi);
static bool ends_ing(const struct ctx *c, size_t i);

static int add_piece(struct ctx *c, uint32_t open, uint32_t close, uint32_t c0, uint32_t c1)
{
    struct piece *p;
    if (c->npieces == c->cap_pieces &&
        bl_grow((void **)&c->pieces, &c->cap_pieces, c->npieces + 1, sizeof *c->pieces) != BL_OK)
        return BL_ERR_NOMEM;
    p = &c->pieces[c->npieces++];
    p->open = open;
    p->close = close;
    p->c0 = c0;
    p->c1 = c1;
    return BL_OK;
}

static struct qb *add_quote(struct ctx *c, int kind, uint32_t para)
{
    struct qb *q;
    if (c->nq == c->cap_q && bl_grow((void **)&c->qs, &c->cap_q, c->nq + 1, sizeof *c->qs) != BL_OK)
        return NULL;
    q = &c->qs[c->nq++];
    memset(q, 0, sizeof *q);
    q->kind = kind;
    q->para = para;
    q->source.start = q->cue.start = BL_NONE;
    q->source.end = q->cue.end = BL_NONE;
    q->speaker = -1;
    q->verb = NONE32;
    return q;
}

static int cmp_piece(const void *a, const void *b)
{
    const struct piece *x = a, *y = b;
    if (x->open != y->open)
        return x->open < y->open ? -1 : 1;
    return 0;
}

/* Pair the quotation marks of paragraph toks [a, b) and append the outermost
 * pairs as pieces. A stack per paragraph; a mark left open at the end of the
 * paragraph runs to its end, so a stray mark never swallows the article. */
/* The mark at i (in a paragraph from a), read as closing, opens a quote
 * all the same: glued to a capitalised word after it, it is a "”" that
 * opens the paragraph (only symbols before it), or a straight mark glued
 * to a colon before it (`Ruiz:"We ...`). */
static bool para_opener(const struct ctx *c, size_t a, size_t i)
{
    static const char rdq[] = "\xe2\x80\x9d";
    /* `” … if the mayor can ...,” it read.`: an elided opening, whose mark
     * the typesetting turned before the ellipsis */
    bool elided = i + 2 < c->n && c->t[i + 1].kind == BL_TOK_ELLIPSIS &&
                  c->t[i + 2].kind == BL_TOK_WORD && !is_straight(c, i);
    if (!elided && (c->t[i + 1].start != c->t[i].end || c->t[i + 1].kind != BL_TOK_WORD ||
                    !is_upper(c, i + 1)))
        return false;
    if (is_straight(c, i))
        return i > a && tok_eq(c, i - 1, ":") && c->t[i - 1].end == c->t[i].start;
    if (c->t[i].end - c->t[i].start != 3 || memcmp(c->text + c->t[i].start, rdq, 3) != 0)
        return false;
    for (size_t k = a; k < i; k++)
        if (c->t[k].kind != BL_TOK_SYMBOL)
            return false;
    return true;
}

/* The next two curly double marks in [i, b) both close. */
static bool two_closers(const struct ctx *c, size_t i, size_t b)
{
    int seen = 0;
    for (; i < b && seen < 2; i++) {
        if (c->t[i].kind != BL_TOK_QUOTE || mark_len(c, i) != 1 || family(c, i) != 2)
            continue;
        if (is_straight(c, i) || is_open_mark(c, i) || !is_close_mark(c, i))
            return false;
        seen++;
    }
    return seen == 2;
}

/* The paragraph after the one ending at token b opens with a single
 * opening mark right before a word: `‘We were promised ...`. */
static bool single_reopens(const struct ctx *c, size_t b)
{
    return b + 1 < c->n && c->t[b].kind == BL_TOK_QUOTE && (c->t[b].flags & BL_TF_OPEN_QUOTE) &&
           family(c, b) == 1 && mark_len(c, b) == 1 && c->t[b + 1].kind == BL_TOK_WORD &&
           c->t[b + 1].start == c->t[b].end && para_of(c, b) != para_of(c, b - 1);
}

static int pair_paragraph(struct ctx *c, size_t a, size_t b)
{
    uint32_t st[MAX_DEPTH];
    int fam[MAX_DEPTH];
    size_t depth = 0, first = c->npieces, i, keep, w;
    int rc;

    for (i = a; i < b; i++) {
        int f;
        size_t pos, ml;
        bool found = false, op, cl, gc;
        /* most tokens: a tight loop, four tokens a turn */
        while (i + 4 <= b && c->t[i].kind != BL_TOK_QUOTE && c->t[i + 1].kind != BL_TOK_QUOTE &&
               c->t[i + 2].kind != BL_TOK_QUOTE && c->t[i + 3].kind != BL_TOK_QUOTE)
            i += 4;
        while (i < b && c->t[i].kind != BL_TOK_QUOTE)
            i++;
        if (i == b)
            break;
        ml = mark_len(c, i);
        gc = glued_close(c, i);
        f = ml == 2 || gc ? 2 : family(c, i);
        op = is_open_mark(c, i) && !gc;
        cl = ml == 2 || gc ? !op : is_close_mark(c, i);
        for (pos = depth; pos > 0; pos--)
            if (fam[pos - 1] == f) {
                found = true;
                break;
            }
        /* `”This is why ...,” said Ruiz.`, `Ruiz:"We ...`: a mark read as
         * closing where nothing is open, right before a capital */
        if (!op && !found && ml == 1 && f == 2 && i + 1 < b && para_opener(c, a, i))
            op = true;
        if (found) {
            pos--;
            bool closes = cl || (f == 2 && is_straight(c, i)) ||
                          (f == 2 && (is_straight(c, st[pos]) || mark_len(c, st[pos]) == 2) &&
                           (!op || ml == 2));
            if (closes) {
                rc = add_piece(c, st[pos], (uint32_t)i, st[pos] + (uint32_t)mark_len(c, st[pos]),
                               (uint32_t)(gc ? i - 1 : i));
                if (rc != BL_OK)
                    return rc;
                depth = pos;
                i += ml - 1;
                continue;
            }
            if (f == 2 && op) {
                /* a double mark opens while one is open: the first was never
                 * closed; end it here -- unless a straight mark meets a
                 * curly one, where the straight one was a stray, or two
                 * closing marks follow (`“We wore “Ruiz” hats.”`: nested) */
                if (!is_straight(c, i) && !is_straight(c, st[pos]) && depth < MAX_DEPTH &&
                    two_closers(c, i + 1, b)) {
                    st[depth] = (uint32_t)i;
                    fam[depth] = f;
                    depth++;
                    continue;
                }
                if (is_straight(c, st[pos]) == is_straight(c, i)) {
                    rc = add_piece(c, st[pos], NONE32, st[pos] + (uint32_t)mark_len(c, st[pos]),
                                   (uint32_t)i);
                    if (rc != BL_OK)
                        return rc;
                }
                depth = pos;
            }
        }
        if (op && depth < MAX_DEPTH) {
            st[depth] = (uint32_t)i;
            fam[depth] = f;
            depth++;
        }
        i += ml - 1;
    }
    /* open double marks run to the end of the paragraph; single ones were
     * probably apostrophes -- unless the next paragraph opens with a single
     * mark: the British quote over paragraphs, `‘... Cwmbran. / ‘We were
     * ...’`, where each paragraph reopens and only the last one closes */
    for (i = 0; i < depth; i++)
        if (fam[i] == 2 || (fam[i] == 1 && mark_len(c, st[i]) == 1 && single_reopens(c, b))) {
            rc = add_piece(c, st[i], NONE32, st[i] + (uint32_t)mark_len(c, st[i]), (uint32_t)b);
            if (rc != BL_OK)
                return rc;
            break;
        }
    /* keep the outermost pieces only (sorted by opening mark: mostly they
     * come in that order, and no two share one) */
    for (w = first + 1; w < c->npieces; w++)
        if (c->pieces[w].open < c->pieces[w - 1].open) {
            qsort(c->pieces + first, c->npieces - first, sizeof *c->pieces, cmp_piece);
            break;
        }
    keep = first;
    for (w = first; w < c->npieces; w++) {
        struct piece p = c->pieces[w];
        if (keep > first && p.open < c->pieces[keep - 1].c1)
            continue;
        if (p.c0 >= p.c1)
            continue; /* "" */
        c->pieces[keep++] = p;
    }
    c->npieces = keep;
    return BL_OK;
}

static size_t words_in(const struct ctx *c, size_t a, size_t b)
{
    size_t k = 0;
    for (size_t i = a; i < b; i++)
        k += c->t[i].kind == BL_TOK_WORD;
    return k;
}

/* words_in(c, a, b), or m when that is more: counts no further. */
static size_t words_upto(const struct ctx *c, size_t a, size_t b, size_t m)
{
    size_t k = 0;
    for (size_t i = a; i < b && k < m; i++)
        k += c->t[i].kind == BL_TOK_WORD;
    return k;
}

static bool all_title_case(const struct ctx *c, size_t a, size_t b)
{
    size_t words = 0;
    for (size_t i = a; i < b; i++) {
        if (c->t[i].kind != BL_TOK_WORD)
            continue;
        words++;
        if (!is_upper(c, i) && !in_list(c, i, L_NP_INNER) && !tok_eq(c, i, "and") &&
            !tok_eq(c, i, "a") && !tok_eq(c, i, "in") && !tok_eq(c, i, "on") &&
            !tok_in(c, i,
                    (const char *const[]){"to", "is", "at", "by", "with", "from", "or", "an", "as",
                                          "vs", NULL}))
            return false;
    }
    return words > 0;
}

/* A word in -ed ("quipped", "retorted"). */
static bool ends_ed(const struct ctx *c, size_t i)
{
    size_t l = c->t[i].end - c->t[i].start;
    return c->t[i].kind == BL_TOK_WORD && l > 3 && c->text[c->t[i].end - 2] == 'e' &&
           c->text[c->t[i].end - 1] == 'd';
}

/* A name at lo (capitalised words up to a comma), then an appositive of
 * more than one comma-separated part ending at the comma cm. Sets *out to
 * the name. */
static bool long_appositive(const struct ctx *c, size_t lo, size_t cm, struct bl_span *out)
{
    size_t k = lo, commas = 0;
    while (k < cm && is_word(c, k) && (is_upper(c, k) || k > lo) && k < lo + NP_MAX &&
           !tok_eq(c, k, ","))
        k++;
    if (k == lo || k >= cm || !tok_eq(c, k, ",") || !is_upper(c, lo) || !np_right(c, lo, k, out) ||
        tok_at(c, out->end - 1) + 1 != k)
        return false;
    for (size_t j = k + 1; j < cm; j++) {
        if (is_stop_punct(c, j) || c->t[j].kind == BL_TOK_QUOTE)
            return false;
        commas += tok_eq(c, j, ",");
    }
    return commas >= 1;
}

/* `,” a fisherman from the north shore said.`, `?” an aide in the lobby
 * wondered.`: [lo, b0) is a determiner, one to three words of a noun phrase
 * and a preposition, so the phrase np_left read after the preposition (the
 * place) only ends the speaker's; the source opens at lo. */
static bool pp_head(const struct ctx *c, size_t lo, size_t b0)
{
    static const char *const preps[] = {"from", "in", "at", "on", "near", "outside", "inside",
                                        "with", NULL};
    if (b0 < lo + 3 || b0 > lo + 5 || !tok_in(c, b0 - 1, preps) ||
        !(in_list(c, lo, L_DETERMINERS) ||
          tok_in(c, lo, (const char *const[]){"one", "another", "some", NULL})))
        return false;
    for (size_t k = lo + 1; k + 1 < b0; k++)
        if (!is_word(c, k) || in_list(c, k, L_NP_STOP) || in_list(c, k, L_PRONOUNS) ||
            in_list(c, k, L_DETERMINERS) || bl_cues_at(c->cues, c->d, k, NULL))
            return false;
    return true;
}

/* `,” Ana Ruiz and Tom Vale said.`, `,” the mayor and the governor wrote.`:
 * np_left read the phrase after "and" (at b0); a phrase before it opening
 * at lo makes the two one source. */
static bool coord_head(const struct ctx *c, size_t lo, size_t b0)
{
    struct bl_span h;
    /* the phrase after "and" opens a name or a determiner of its own:
     * "chief pollster and strategist Joel Benenson" is one person */
    if (b0 < lo + 2 || !(tok_eq(c, b0 - 1, "and") || tok_eq(c, b0 - 1, "&")) ||
        !(is_upper(c, b0) || in_list(c, b0, L_DETERMINERS)))
        return false;
    return np_left(c, lo, b0 - 1, &h) && h.start == c->t[lo].start;
}

/* `,” Vale is quoted as saying.`: the cue "saying" at i follows "is quoted
 * as", which stands between the source and the cue; returns the index of
 * the auxiliary ("is", "was" ...), or i when the words are not there. The
 * cue then reads from "quoted" (the token after the returned index). */
static size_t quoted_as(const struct ctx *c, size_t lo, size_t i)
{
    if (i >= lo + 4 && tok_eq(c, i - 1, "as") && tok_eq(c, i - 2, "quoted") &&
        tok_in(c, i - 3, (const char *const[]){"is", "was", "were", "are", "been", NULL}))
        return i - 3;
    return i;
}

/* `Interfax quoted the deputy minister as saying ...`, `cited Energy
 * Minister Olav Brekke as saying`: the one quoted, between "quoted" and "as"
 * right before the cue at i, said it; the agency only passes it on. Sets
 * *out to that phrase. */
static bool quoted_object(const struct ctx *c, size_t lo, size_t i, struct bl_span *out)
{
    static const char *const verbs[] = {"quoted", "quotes", "quoting", "cited", "cites",
                                        "citing", NULL};
    struct bl_span sp;
    if (i < lo + 3 || !tok_eq(c, i - 1, "as"))
        return false;
    for (size_t v = i - 2; v > lo && v + NP_MAX + 2 > i; v--) {
        if (!tok_in(c, v - 1, verbs))
            continue;
        if (!np_right(c, v, i - 1, &sp) || tok_at(c, sp.end - 1) + 2 != i)
            return false;
        *out = sp;
        return true;
    }
    return false;
}

/* `,” energy analysts Mara Lint and Joe Pell of the Ohio Institute for
 * Power Studies wrote.`, `,” Tom Reyes, the pollster who founded the Reyes
 * Group tweeted on Monday.`: a phrase np_left cannot read (too long, or an
 * appositive it does not know) between a quote that ends on its own comma
 * and the cue at i. A reporter puts nothing else there, so the phrase is the
 * source when the quote opens its sentence and the phrase is words and
 * commas only, opens no clause of its own and names someone: a capital past
 * its first word, or an article first (`,” the soft-spoken, 64-year-old
 * envoy said`). */
static bool loose_source(const struct ctx *c, const struct qb *q, size_t cl, size_t lo, size_t i,
                         struct bl_span *out)
{
    const struct piece *p = &c->pieces[q->first];
    bool name = false;
    if (cl == 0 || !tok_eq(c, cl - 1, ",") || lo != cl + mark_len(c, cl) || i < lo + 2 ||
        i - lo > APPOS_MAX || tok_eq(c, i - 1, ",") || p->open != sent(c, p->open)->tok_start)
        return false;
    for (size_t k = lo; k < i; k++) {
        if (c->t[k].kind == BL_TOK_QUOTE || is_stop_punct(c, k) ||
            (c->t[k].kind != BL_TOK_WORD && c->t[k].kind != BL_TOK_NUMBER &&
             c->t[k].kind != BL_TOK_SYMBOL &&
             !tok_in(c, k, (const char *const[]){",", "-", "'s", "\xe2\x80\x99s", NULL})))
            return false;
        if (in_list(c, k, L_PRONOUNS) && k > lo && !tok_eq(c, k, "who"))
            return false;
        if (tok_in(c, k, (const char *const[]){"as", "when", "while", "after", "before", "because",
                                                "if", "since", "but", "then", "and", NULL}) &&
            !(tok_eq(c, k, "and") && k + 1 < i && is_upper(c, k + 1)))
            return false;
        name |= k > lo && is_word(c, k) && is_upper(c, k);
    }
    /* `,” the bespectacled, 71-year-old diplomat said`: else a phrase that
     * opens on an article and ends on a word that heads it */
    if (!name && !(in_list(c, lo, L_DETERMINERS) && is_word(c, i - 1) && !is_ly_adverb(c, i - 1)))
        return false;
    *out = bl_tok_span(c->t, lo, i);
    return true;
}

/* Attribution after a closing mark at cl: `," he said.`, `," said X.`,
 * `— Commissioner X`. Sets q's source and cue; returns the token after the
 * attribution or 0 when none. */
static size_t attr_after(const struct ctx *c, size_t cl, struct qb *q)
{
    size_t lo = cl + 1, hi = lo, i;
    uint32_t para = para_of(c, cl);
    while (hi < c->n && hi < lo + AFTER_WIN && para_of(c, hi) == para && !is_open_mark(c, hi) &&
           !is_stop_punct(c, hi))
        hi++;
    while (lo < hi && (tok_eq(c, lo, ",") || is_close_mark(c, lo)))
        lo++;
    if (lo >= hi)
        return 0;
    /* `... together.” He warns that ...`: a full stop inside the marks and
     * a capital after them open a new sentence, not an attribution -- unless
     * that sentence is the attribution and nothing more: `.” Ruiz added.` */
    bool stop_in = cl > 0 && tok_eq(c, cl - 1, ".") && lo == cl + mark_len(c, cl) &&
                   is_upper(c, lo) && c->t[lo].kind == BL_TOK_WORD;
    if (stop_in && !(hi < c->n && tok_eq(c, hi, ".") && hi - lo <= 2 + NP_MAX))
        return 0;
    if (c->t[lo].kind == BL_TOK_DASH || tok_eq(c, lo, "-")) {
        struct bl_span s;
        size_t k = lo + 1;
        if (k < hi && is_upper(c, k) && np_right(c, k, hi, &s)) {
            q->source = s;
            return k + 1;
        }
        return 0;
    }
    for (i = lo; i < hi && i < lo + 4 + APPOS_MAX; i++) {
        const struct bl_cue *cue;
        size_t len = cue_at(c, i, lo, &cue);
        struct bl_span s;
        if (!len)
            continue;
        if (i > lo) {
            /* `,'' Mr. Roe, now 81 and retired in Lindau, Bavaria, said`: an
             * appositive with commas of its own after a name */
            size_t qa = quoted_as(c, lo, i);
            if (i > lo + 3 && tok_eq(c, i - 1, ",") && long_appositive(c, lo, i - 1, &s)) {
            } else if (!np_left(c, lo, qa, &s) && (qa != i || !loose_source(c, q, cl, lo, i, &s))) {
                return 0;
            }
            if (s.start != c->t[lo].start) {
                /* `," the assailant, John Roe, said.`: np_left chose the
                 * name in the appositive; the phrase still opens at lo */
                size_t b0 = tok_at(c, s.start), k;
                struct bl_span head;
                /* `," one P&G plant worker said.`: words np_left could not
                 * read open the phrase; it still starts at lo */
                for (k = lo; k < b0 && b0 - lo <= 4 &&
                             ((is_word(c, k) && is_upper(c, k)) ||
                              c->t[k].kind == BL_TOK_SYMBOL || c->t[k].kind == BL_TOK_NUMBER ||
                              (k == lo && tok_in(c, k, (const char *const[]){"the", "a", "an",
                                                                            "one", "two", "three",
                                                                            "this", NULL})));
                     k++)
                    ;
                if ((k == b0 && b0 > lo) || pp_head(c, lo, b0) || coord_head(c, lo, b0)) {
                    s.start = c->t[lo].start;
                } else if (!(b0 > lo + 1 && b0 < i && tok_eq(c, b0 - 1, ",") &&
                             np_left(c, lo, b0 - 1, &head) && head.start == c->t[lo].start) &&
                           (qa != i || !loose_source(c, q, cl, lo, i, &s)))
                    return 0;
            }
        } else if (!np_right(c, i + len, hi, &s) &&
                   /* `," said quietly Ana Ruiz.`: an adverb before the name */
                   !(i + len + 1 < hi && is_ly_adverb(c, i + len) &&
                     np_name_right(c, i + len + 1, hi, &s) && is_upper(c, i + len + 1))) {
            return 0;
        } else if (tok_at(c, s.end - 1) + 1 < hi &&
                   has_finite(c, tok_at(c, s.end - 1) + 1, tok_at(c, s.end - 1) + 2)) {
            /* `The mayor, pointing to “years of neglect,” said the pier
             * would close`: a verb after the phrase makes it the subject of
             * what was said, not who said it */
            return 0;
        }
        if (stop_in) {
            /* the short sentence holds the name, the cue and at most a
             * time or place: `.” Ruiz added on Monday.` */
            size_t e = i + len;
            while (e < hi && c->t[e].start < s.end)
                e++;
            if (e < hi && skip_circumstance(c, e, hi) != hi)
                return 0;
        }
        q->source = s;
        q->cue = bl_tok_span(c->t, i > lo && quoted_as(c, lo, i) < i ? i - 2 : i, i + len);
        c->used[i] = 1;
        i += len;
        while (i < hi && c->t[i].start < s.end)
            i++;
        return i;
    }
    if (stop_in)
        return 0;
    /* `», a déclaré Paul Roux.`: French puts the auxiliary and participle
     * before the name; looked at only here, after a closing mark */
    if (lo + 2 < hi && (tok_eq(c, lo, "a") || tok_eq(c, lo, "ont")) &&
        c->t[lo + 1].kind == BL_TOK_WORD && is_upper(c, lo + 2)) {
        const char *w = c->text + c->t[lo + 1].start;
        size_t l = c->t[lo + 1].end - c->t[lo + 1].start;
        if ((l >= 4 && !memcmp(w + l - 2, "\xc3\xa9", 2)) ||
            tok_in(c, lo + 1,
                   (const char *const[]){"dit", "écrit", "admis", "promis", "répondu", "reconnu",
                                         "soutenu", NULL})) {
            /* the name: capitalised words, "de"/"du" inside it */
            for (i = lo + 2; i < hi && i < lo + 2 + NP_MAX; i++)
                if (!(c->t[i].kind == BL_TOK_WORD &&
                      (is_upper(c, i) ||
                       (tok_in(c, i, (const char *const[]){"de", "du", "des", "la", "le", NULL}) &&
                        i + 1 < hi && is_upper(c, i + 1)))))
                    break;
            q->source = bl_tok_span(c->t, lo + 2, i);
            q->cue = bl_tok_span(c->t, lo, lo + 2);
            c->used[lo + 1] = 1;
            return i;
        }
    }
    /* no known cue: `," Trump barked.` -- a name or pronoun and a verb
     * in -ed or -s right after the closing mark still attribute it */
    {
        struct bl_span s;
        size_t k = lo;
        /* `!” beamed Ana Ruiz of Dayton.`: the verb in -ed before the name,
         * right after a quote that ends in its own comma, "!" or "?" */
        if (lo == cl + mark_len(c, cl) && cl > 0 &&
            (tok_eq(c, cl - 1, ",") || tok_eq(c, cl - 1, "!") || tok_eq(c, cl - 1, "?")) &&
            ends_ed(c, lo) && !is_upper(c, lo) && lo + 1 < hi && is_upper(c, lo + 1) &&
            np_name_right(c, lo + 1, hi, &s)) {
            q->source = s;
            q->cue = bl_tok_span(c->t, lo, lo + 1);
            c->used[lo] = 1;
            for (k = lo + 1; k < hi && c->t[k].start < s.end; k++)
                ;
            return k;
        }
        /* `,” it read.`: a pronoun and a verb that is no -ed form */
        if (in_list(c, lo, L_PRONOUNS) && lo + 1 < hi &&
            tok_in(c, lo + 1, (const char *const[]){"read", "reads", NULL}) &&
            (lo + 2 >= hi || is_stop_punct(c, lo + 2) || tok_eq(c, lo + 2, ","))) {
            q->source = bl_tok_span(c->t, lo, lo + 1);
            q->cue = bl_tok_span(c->t, lo + 1, lo + 2);
            c->used[lo + 1] = 1;
            return lo + 2;
        }
        if (in_list(c, lo, L_PRONOUNS))
            k = lo + 1;
        else if (tok_in(c, lo, (const char *const[]){"the", "a", "an", NULL}) && lo + 2 < hi) {
            /* `," the senator quipped.`, `," an angry Hollande retorted.`,
             * `," the email read.` */
            size_t v = lo + 1;
            static const char *const tail_verbs[] = {"read", "reads", "states", "notes", NULL};
            while (v < hi && v < lo + 4 && c->t[v].kind == BL_TOK_WORD && !ends_ed(c, v) &&
                   !tok_in(c, v, tail_verbs))
                v++;
            /* `," the crowd cried out.`, `," the senator shot back.` */
            size_t after = v + 1;
            if (after < hi && tok_in(c, after, (const char *const[]){"out", "back", "up", NULL}))
                after++;
            if (v > lo + 1 && v < hi && (ends_ed(c, v) || tok_in(c, v, tail_verbs)) &&
                !is_upper(c, v) &&
                (after >= hi || is_stop_punct(c, after) || tok_eq(c, after, ","))) {
                q->source = bl_tok_span(c->t, lo, v);
                q->cue = bl_tok_span(c->t, v, v + 1);
                c->used[v] = 1;
                return after;
            }
        } else
            while (k < hi && k < lo + 5 && c->t[k].kind == BL_TOK_WORD && is_upper(c, k))
                k++;
        if (k > lo) {
            s = bl_tok_span(c->t, lo, k);
            if (k < hi && c->t[k].kind == BL_TOK_WORD && !is_upper(c, k) &&
                (k + 1 >= hi || is_stop_punct(c, k + 1) || tok_eq(c, k + 1, ",") ||
                 c->t[k + 1].kind == BL_TOK_WORD)) {
                const char *w = c->text + c->t[k].start;
                size_t l = c->t[k].end - c->t[k].start;
                if (l > 3 && ((w[l - 2] == 'e' && w[l - 1] == 'd') || w[l - 1] == 's')) {
                    q->source = s;
                    q->cue = bl_tok_span(c->t, k, k + 1);
                    c->used[k] = 1;
                    return k + 1;
                }
            }
        }
    }
    return 0;
}

/* The subject of the clause at lo when it names someone (an actor or a
 * pronoun): the sentence's first phrase, else the one after an opening
 * phrase and its comma ("Late in the hearing, she leaned in to say:"). */
static bool speaking_subject(const struct ctx *c, size_t lo, size_t hi, struct bl_span *out)
{
    if (subject_np(c, lo, hi, out) &&
        (speaker_of(c, *out) >= 0 || in_list(c, tok_at(c, out->start), L_PRONOUNS)))
        return true;
    for (size_t k = lo + 1; k < hi && k < lo + 12; k++) {
        if (c->inq[k] || c->t[k].kind == BL_TOK_QUOTE)
            return false;
        if (tok_eq(c, k, ","))
            return k + 1 < hi && subject_np(c, k + 1, hi, out) &&
                   (speaker_of(c, *out) >= 0 || in_list(c, k + 1, L_PRONOUNS));
    }
    return false;
}

/* `..., X said,` / `..., said X,` ends just before the comma at k (after lo):
 * sets *out to X. */
static bool said_before(const struct ctx *c, size_t lo, size_t k, struct bl_span *out)
{
    for (size_t j = k; j > lo && k - j < NP_MAX + 1; j--) {
        const struct bl_cue *cue;
        size_t len = cue_at(c, j - 1, lo, &cue);
        struct bl_span sp;
        if (!len || cue->cls != BL_CUE_SPEECH || cue->tag == BL_CUE_ING)
            continue;
        if (j - 1 + len == k) {
            /* "X said," */
            if (!np_left(c, lo, j - 1, &sp))
                return false;
        } else if (!np_name_right(c, j - 1 + len, k, &sp) || tok_at(c, sp.end - 1) + 1 != k) {
            return false; /* "said X," */
        }
        *out = sp;
        return true;
    }
    return false;
}

/* `As the mayor put it, “...`, `In the words of a top aide, “...`, `In
 * Ruiz's words, “...`: a clause opening the sentence, or after a comma,
 * that ends at the comma cm and names who said what follows. Sets *out to
 * the someone and *cue to the words that say so ("put it", "words"). */
static bool as_put_it(const struct ctx *c, const struct bl_sentence *s, size_t cm,
                      struct bl_span *out, struct bl_span *cue)
{
    size_t a = cm;
    if (!tok_eq(c, cm, ","))
        return false;
    while (a > s->tok_start && cm - a < NP_MAX + 4 && !tok_eq(c, a - 1, ","))
        a--;
    if (a > s->tok_start && !tok_eq(c, a - 1, ","))
        return false;
    if (a < cm && tok_in(c, a, (const char *const[]){"but", "and", "or", NULL}))
        a++;
    if (cm < a + 3)
        return false;
    if (tok_eq(c, a, "as") && cm >= a + 4 && tok_eq(c, cm - 2, "put") && tok_eq(c, cm - 1, "it") &&
        np_left(c, a + 1, cm - 2, out) && out->start == c->t[a + 1].start) {
        *cue = bl_tok_span(c->t, cm - 2, cm);
        return true;
    }
    /* "in the words of X," */
    if (tok_eq(c, a, "in") && cm >= a + 5 && tok_eq(c, a + 1, "the") && tok_eq(c, a + 2, "words") &&
        tok_eq(c, a + 3, "of") && np_right(c, a + 4, cm, out) && tok_at(c, out->end - 1) + 1 == cm) {
        *cue = bl_tok_span(c->t, a + 2, a + 3);
        return true;
    }
    /* "in X's words," */
    if (tok_eq(c, a, "in") && cm >= a + 4 && tok_eq(c, cm - 1, "words") &&
        c->t[cm - 2].kind == BL_TOK_CLITIC && np_right(c, a + 1, cm - 2, out) &&
        tok_at(c, out->end - 1) + 1 == cm - 2) {
        *cue = bl_tok_span(c->t, cm - 1, cm);
        return true;
    }
    return false;
}

/* Attribution before an opening mark at o: `X said: "`, `X told reporters, "`,
 * `According to X, "`, `Peskov: "`. */
static bool attr_before(const struct ctx *c, size_t o, struct qb *q)
{
    const struct bl_sentence *s = sent(c, o);
    size_t lo = s->tok_start, hi = o, i;
    if (o >= BEFORE_WIN && lo < o - BEFORE_WIN)
        lo = o - BEFORE_WIN;
    while (hi > lo &&
           (tok_eq(c, hi - 1, ",") || tok_eq(c, hi - 1, ":") || tok_eq(c, hi - 1, "that")))
        hi--;
    if (hi == lo)
        return false;
    if (o >= 1 && as_put_it(c, s, o - 1, &q->source, &q->cue)) {
        c->used[tok_at(c, q->cue.start)] = 1;
        return true;
    }
    /* (lo is at most BEFORE_WIN tokens before the mark: the walk's bound) */
    for (i = hi; i > lo; i--) {
        const struct bl_cue *cue;
        size_t len = cue_at(c, i - 1, lo, &cue);
        struct bl_span sp;
        if (!len)
            continue;
        /* `Ruiz said Wednesday in a statement released late on Tuesday
         * night, “...”`: past eight tokens only a cue whose circumstances
         * run to the mark */
        if (hi - i >= 8 && (cue->cls != BL_CUE_SPEECH || cue->tag == BL_CUE_PREP ||
                            cue->tag == BL_CUE_ING || skip_circumstance(c, i - 1 + len, hi) != hi))
            continue;
        if (cue->tag == BL_CUE_PREP) {
            if (!np_right(c, i - 1 + len, hi, &sp))
                return false;
        } else if (cue->tag == BL_CUE_ING && quoted_object(c, lo, i - 1, &sp)) {
            /* "Reuters quoted a spokesman as saying, “...”" */
        } else if (cue->tag == BL_CUE_ING && i - 1 > s->tok_start + 1 && tok_eq(c, i - 2, ",") &&
                   said_before(c, s->tok_start, i - 2, &sp)) {
            /* "The talks will resume, Ruiz said, adding, “...”": the one who
             * said the clause before, not its subject */
        } else if (cue->tag == BL_CUE_ING && i - 1 > s->tok_start + 1 && tok_eq(c, i - 2, ",") &&
                   clause_subject(c, s->tok_start, i - 2, &sp) &&
                   (speaker_of(c, sp) >= 0 || in_list(c, tok_at(c, sp.start), L_PRONOUNS))) {
            /* "Back in 1999, Mr. Trump praised him, telling CNBC: “...”": the
             * subject of the clause, not the phrase before the comma */
        } else if (lemma_in(cue, tell_like) && !np_left(c, lo, i - 1, &sp)) {
            /* "Priebus later told Fox News: “...”": the one told is no
             * speaker; the clause's subject is */
            if (!clause_subject(c, s->tok_start, i - 1, &sp)) {
                q->own_cue = i - 1 + len == hi;
                return false;
            }
        } else if (!np_left(c, lo, i - 1, &sp) && !np_name_right(c, i - 1 + len, o, &sp) &&
                   /* "She wrote to them, saying, “...”", "She shook her head
                    * and said, “...”": the sentence's subject */
                   !((cue->tag == BL_CUE_ING ||
                      (i - 1 > s->tok_start + 1 &&
                       (tok_eq(c, i - 2, "and") || tok_eq(c, i - 2, "but")))) &&
                     i - 1 > s->tok_start && clause_subject(c, s->tok_start, i - 1, &sp))) {
            q->own_cue = i - 1 + len == hi;
            return false;
        }
        q->source = sp;
        q->cue.start = c->t[i - 1].start;
        c->used[i - 1] = 1;
        q->cue.end = c->t[i - 2 + len].end;
        return true;
    }
    /* "Ruiz paused to add: “...”", "She took the stage to say, “...”": a
     * speech verb in the infinitive ends the lead-in, and the clause's
     * subject says what follows */
    if (hi >= lo + 3 && tok_eq(c, hi - 2, "to")) {
        const struct bl_cue *cue;
        struct bl_span sp;
        size_t len = bl_cues_at(c->cues, c->d, hi - 1, &cue);
        if (len == 1 && cue->cls == BL_CUE_SPEECH && cue->tag != BL_CUE_PREP &&
            cue->tag != BL_CUE_ING && clause_subject(c, s->tok_start, hi - 2, &sp) &&
            (speaker_of(c, sp) >= 0 || in_list(c, tok_at(c, sp.start), L_PRONOUNS))) {
            q->source = sp;
            q->cue.start = c->t[hi - 1].start;
            q->cue.end = c->t[hi - 1].end;
            c->used[hi - 1] = 1;
            return true;
        }
    }
    /* "Peskov: ..." -- a name and a colon open the sentence; "Pence
     * continued: ...", "The letter reads: ...": a name and its verb. (Not
     * "Ruiz disputed the figure: ...", a clause whose subject is below.) */
    if (tok_eq(c, o - 1, ":") || (o >= 2 && tok_eq(c, o - 2, ":") && tok_eq(c, o - 1, ","))) {
        struct bl_span sp;
        size_t colon = tok_eq(c, o - 1, ":") ? o - 1 : o - 2;
        size_t v = colon == 0 || is_upper(c, colon - 1) ? colon : colon - 1;
        const struct bl_cue *vc;
        if (colon > s->tok_start && colon - s->tok_start <= 4 && is_upper(c, s->tok_start) &&
            v > s->tok_start &&
            (v == colon || ends_ed(c, v) || cue_at(c, v, s->tok_start, &vc) ||
             c->text[c->t[v].end - 1] == 's') &&
            np_left(c, s->tok_start, v, &sp) && sp.start == c->t[s->tok_start].start &&
            sp.end == c->t[v - 1].end) {
            q->source = sp;
            return true;
        }
        /* "TURNOUT RISES - Michael P. McDonald: ...", "More from Jones: ...":
         * a name after a dash or "from" just before the colon */
        if (colon > s->tok_start + 1 && is_upper(c, colon - 1) &&
            np_left(c, colon > s->tok_start + 8 ? colon - 8 : s->tok_start, colon, &sp)) {
            size_t b0 = tok_at(c, sp.start);
            if (b0 < colon && b0 > s->tok_start && is_upper(c, b0) &&
                (c->t[b0 - 1].kind == BL_TOK_DASH || tok_eq(c, b0 - 1, "-") ||
                 tok_eq(c, b0 - 1, "from"))) {
                q->source = sp;
                return true;
            }
        }
        /* "Cruz continued: ..." -- a short lead-in whose subject is someone */
        if (colon > s->tok_start && colon - s->tok_start <= BEFORE_WIN &&
            speaking_subject(c, s->tok_start, colon, &sp)) {
            q->source = sp;
            return true;
        }
        /* "It was so odd that a spokesman could only quip: ...": the last
         * clause before the colon, someone and a few words */
        {
            size_t b = colon;
            while (b > s->tok_start && colon - b < 12 && !tok_eq(c, b - 1, ",") &&
                   !tok_eq(c, b - 1, "that"))
                b--;
            if (b > s->tok_start && b < colon && colon - b < 12 &&
                speaking_subject(c, b, colon, &sp)) {
                size_t e = tok_at(c, sp.end - 1) + 1, k;
                for (k = e; k < colon && c->t[k].kind == BL_TOK_WORD && !is_upper(c, k); k++)
                    ;
                if (e < colon && k == colon && colon - e <= 4) {
                    q->source = sp;
                    return true;
                }
            }
        }
        /* "And Mr. Christie gloated: ...": after an opening conjunction */
        if (colon > s->tok_start + 1 && colon - s->tok_start <= BEFORE_WIN &&
            tok_in(c, s->tok_start,
                   (const char *const[]){"and", "but", "so", "then", "yet", "as", NULL}) &&
            speaking_subject(c, s->tok_start + 1, colon, &sp)) {
            q->source = sp;
            return true;
        }
        /* "Sanders responded with a phrase that could have come from Trump
         * himself: ...": the lead-in's cue, however far before the colon */
        for (i = s->tok_start; i < colon && colon - s->tok_start <= 2 * BEFORE_WIN; i++) {
            const struct bl_cue *cue;
            size_t len = cue_at(c, i, s->tok_start, &cue);
            if (!len || i + len > colon)
                continue;
            if (cue->tag == BL_CUE_PREP ? !np_right(c, i + len, colon, &sp)
                                        : !np_left(c, s->tok_start, i, &sp))
                break;
            q->source = sp;
            q->cue = bl_tok_span(c->t, i, i + len);
            c->used[i] = 1;
            return true;
        }
    }
    /* "Said Ana Ruiz, who grew up there, “...”": a sentence opening with
     * its cue and the speaker, however long the appositive */
    if (o >= 2 && tok_eq(c, o - 1, ",") && o - 1 > s->tok_start + 1) {
        const struct bl_cue *cue;
        size_t len = cue_at(c, s->tok_start, s->tok_start, &cue);
        struct bl_span sp;
        if (len && cue->cls == BL_CUE_SPEECH && cue->tag != BL_CUE_ING && cue->tag != BL_CUE_PREP &&
            np_name_right(c, s->tok_start + len, o, &sp)) {
            q->source = sp;
            q->cue = bl_tok_span(c->t, s->tok_start, s->tok_start + len);
            c->used[s->tok_start] = 1;
            return true;
        }
    }
    /* "Hillary shot back, “...”", "the senator cracked, “...”": a short
     * lead-in, someone and a verb the lexicon lacks, then a comma */
    if (o >= 2 && tok_eq(c, o - 1, ",") && o - 1 > s->tok_start) {
        struct bl_span sp;
        size_t b = o - 1; /* "When Brown objected, Hillary shot back, “": after a comma */
        while (b > s->tok_start && o - 1 - b < 7 && !tok_eq(c, b - 1, ","))
            b--;
        if (b == s->tok_start || !tok_eq(c, b - 1, ","))
            b = s->tok_start;
        /* "As the band sang, “...”", "And she grinned, “...”" */
        if (b + 1 < o - 1 && tok_in(c, b, (const char *const[]){"as", "and", "but", "so", NULL}))
            b++;
        /* "..., chiding him, “...”": a participle's subject is the clause's */
        if (b > s->tok_start + 1 && b < o - 1 && ends_ing(c, b) && o - 1 - b <= 4 &&
            clause_subject(c, s->tok_start, b - 1, &sp) &&
            (speaker_of(c, sp) >= 0 || in_list(c, tok_at(c, sp.start), L_PRONOUNS))) {
            q->source = sp;
            return true;
        }
        if (o - 1 - b <= 10 && b < o - 1 && speaking_subject(c, b, o - 1, &sp)) {
            size_t e = tok_at(c, sp.end - 1) + 1, k;
            for (k = e; k < o - 1; k++)
                if (!is_word(c, k) || (is_upper(c, k) && k == e))
                    break;
            if (e < o - 1 && k == o - 1 && o - 1 - e <= 8) {
                q->source = sp;
                return true;
            }
        }
    }
    return false;
}

/* `"This will be hard" for the crews, said Ruiz, a steward.`: the clause
 * goes on past the closing mark at cl and the attribution ends the sentence
 * (", said X" with an appositive, or ", X said"). Sets q's source and cue. */
static bool attr_sentence_end(const struct ctx *c, size_t cl, struct qb *q, size_t *comma)
{
    const struct bl_sentence *s = sent(c, cl);
    size_t a = cl + mark_len(c, cl), e = s->tok_end, found = 0, flen = 0, cm = 0;
    struct bl_span best = {BL_NONE, BL_NONE};
    while (e > a && (is_stop_punct(c, e - 1) || c->t[e - 1].kind == BL_TOK_QUOTE))
        e--;
    if (a >= e || c->t[a].kind != BL_TOK_WORD || is_upper(c, a))
        return false;
    for (size_t i = a + 1; i < e; i++) {
        const struct bl_cue *cue;
        size_t len = cue_at(c, i, a, &cue), k;
        struct bl_span sp;
        if (!len || cue->cls != BL_CUE_SPEECH || cue->tag == BL_CUE_ING ||
            cue->tag == BL_CUE_PREP || c->t[i].kind == BL_TOK_QUOTE)
            continue;
        if (tok_eq(c, i - 1, ",") && np_name_right(c, i + len, e, &sp)) {
            /* ", said X" to the end or to X's appositive */
            for (k = i + len; k < e && c->t[k].start < sp.end; k++)
                ;
            if (k < e && !tok_eq(c, k, ","))
                continue;
            cm = i - 1;
        } else if ((i + len == e || skip_circumstance(c, i + len, e) == e) &&
                   np_left(c, a, i, &sp)) {
            /* ", X said", ", X said on Monday" */
            k = tok_at(c, sp.start);
            if (k <= a || !tok_eq(c, k - 1, ","))
                continue;
            cm = k - 1;
        } else {
            continue;
        }
        best = sp;
        found = i;
        flen = len;
    }
    if (!flen)
        return false;
    *comma = cm;
    q->source = best;
    q->cue = bl_tok_span(c->t, found, found + flen);
    c->used[found] = 1;
    return true;
}

/* A quote that ends its paragraph, signed in the next one: "...”\n\n- Jane
 * Roe." Sets q's source; true when found. */
static bool attr_signed_para(const struct ctx *c, size_t cl, struct qb *q)
{
    size_t k = cl + mark_len(c, cl);
    uint32_t para = para_of(c, cl);
    struct bl_span sp;
    size_t hi;
    while (k < c->n && para_of(c, k) == para && (is_stop_punct(c, k) || tok_eq(c, k, ",")))
        k++;
    /* the signature ends with its paragraph: "— Jane Roe\nThe next story ..." */
    for (hi = k; hi < c->n && hi < k + 1 + NP_MAX && para_of(c, hi) == para + 1; hi++)
        ;
    if (k + 1 >= hi || para_of(c, k) != para + 1 ||
        !(c->t[k].kind == BL_TOK_DASH || tok_eq(c, k, "-")) || !is_upper(c, k + 1) ||
        !np_right(c, k + 1, hi, &sp))
        return false;
    for (k = k + 1; k < c->n && c->t[k].start < sp.end; k++)
        ;
    if (k < c->n && para_of(c, k) == para + 1 && !is_stop_punct(c, k) && !tok_eq(c, k, ","))
        return false;
    q->source = sp;
    return true;
}

/* The last sentence of the paragraph before the one holding token o ends with
 * a colon ("Smith said in a statement:"): use its cue and source. */
static bool attr_intro_para(const struct ctx *c, size_t o, struct qb *q)
{
    const struct bl_sentence *s = sent(c, o);
    size_t e, lo, i;
    if (s->tok_start == 0)
        return false;
    e = s->tok_start; /* token after the previous sentence */
    if (!tok_eq(c, e - 1, ":"))
        return false;
    lo = sent(c, e - 1)->tok_start;
    if (e - 1 > lo + BEFORE_WIN)
        lo = e - 1 - BEFORE_WIN;
    for (i = e - 1; i > lo; i--) {
        const struct bl_cue *cue;
        size_t len = cue_at(c, i - 1, lo, &cue);
        struct bl_span sp;
        if (!len)
            continue;
        if (cue->tag == BL_CUE_PREP ? !np_right(c, i - 1 + len, e - 1, &sp)
                                    : !np_left(c, lo, i - 1, &sp))
            continue;
        q->source = sp;
        q->cue.start = c->t[i - 1].start;
        c->used[i - 1] = 1;
        q->cue.end = c->t[i - 2 + len].end;
        return true;
    }
    /* "Cruz continued:" -- a short lead-in paragraph naming someone */
    {
        struct bl_span sp;
        size_t s0 = sent(c, e - 1)->tok_start;
        if (e - 1 - s0 <= BEFORE_WIN && speaking_subject(c, s0, e - 1, &sp)) {
            q->source = sp;
            return true;
        }
    }
    return false;
}

/* The first cue of the sentence holding token k, outside quotes, with a
 * source: the speaker of a partial quote. */
static bool sentence_attr(const struct ctx *c, size_t k, struct qb *q)
{
    const struct bl_sentence *s = sent(c, k);
    size_t hi = s->tok_end, i;
    bool found = false;
    if (hi - s->tok_start > 200)
        hi = s->tok_start + 200; /* bounded per quote */
    for (i = s->tok_start; i < hi; i++) {
        const struct bl_cue *cue;
        size_t len = cue_at(c, i, s->tok_start, &cue);
        struct bl_span sp;
        if (!len)
            continue;
        if (cue->tag == BL_CUE_PREP
                ? !np_right(c, i + len, hi, &sp)
                : !np_left(c, s->tok_start, i, &sp) && !np_name_right(c, i + len, hi, &sp) &&
                      /* ", calling him a “fraud”": the sentence's subject */
                      !(cue->tag == BL_CUE_ING && i > s->tok_start && tok_eq(c, i - 1, ",") &&
                        clause_subject(c, s->tok_start, i, &sp)) &&
                      /* "She met the board and called it a “sham”": the
                       * subject of the first verb, when it names someone */
                      !(i > s->tok_start + 2 &&
                        (tok_eq(c, i - 1, "and") || tok_eq(c, i - 1, "but")) &&
                        clause_subject(c, s->tok_start, i - 1, &sp) &&
                        (speaker_of(c, sp) >= 0 || in_list(c, tok_at(c, sp.start), L_PRONOUNS))))
            continue;
        /* "denied the allegation, calling it “baseless”": a cue of the same
         * source right before a partial quote governs it */
        if (found && (i >= k || k - i > 12 || sp.start != q->source.start ||
                      sp.end != q->source.end))
            break;
        q->source = sp;
        q->cue = bl_tok_span(c->t, i, i + len);
        found = true;
        if (i >= k || q->kind != BL_QUOTE_PARTIAL)
            break;
        i += len - 1;
    }
    return found;
}

/* "In a speech on Friday, the mayor condemned the “...”": the subject of
 * sentence s after an opening phrase of time or occasion and its comma,
 * when it names someone. Not after an appositive ("A lawyer, Ruiz ...") or
 * a participle ("Citing ..., Ruiz ..."), which are no scene. */
static bool fronted_subject(const struct ctx *c, const struct bl_sentence *s, size_t hi,
                            struct bl_span *out)
{
    size_t l = c->t[s->tok_start].end - c->t[s->tok_start].start, k;
    if (c->t[s->tok_start].kind != BL_TOK_WORD || in_list(c, s->tok_start, L_DETERMINERS) ||
        (l > 4 && !strncmp(c->text + c->t[s->tok_start].end - 3, "ing", 3)) ||
        !clause_subject(c, s->tok_start, hi, out) || speaker_of(c, *out) < 0)
        return false;
    k = tok_at(c, out->start);
    return k > s->tok_start + 1 && k < hi && tok_eq(c, k - 1, ",");
}

/* A partial quote in a sentence with no speech cue whose subject is someone
 * who acts on it: "Cruz called him a “moderate,”", "Clinton talked up her
 * “50-state strategy”". The subject opens the sentence and is an actor
 * (or a pronoun) with a verb after it before the quote. */
static bool subject_partial(const struct ctx *c, const struct piece *p, struct qb *q)
{
    const struct bl_sentence *s = sent(c, p->open);
    struct bl_span sp;
    size_t k;
    if (p->open <= s->tok_start + 1 || p->open - s->tok_start > 20 || c->inq[s->tok_start])
        return false;
    if ((!subject_np(c, s->tok_start, p->open, &sp) ||
         (speaker_of(c, sp) < 0 && !in_list(c, s->tok_start, L_PRONOUNS))) &&
        !fronted_subject(c, s, p->open, &sp)) {
        /* "Germany's Chancellor Angela Merkel hailed ...": an actor named
         * among the sentence's first words, up to its last name word */
        int a = -1;
        size_t m, f = s->tok_start;
        for (k = s->tok_start; k < p->open && k < s->tok_start + 4 && a < 0; k++) {
            a = c->t[k].kind == BL_TOK_WORD && is_upper(c, k)
                    ? bl_actor_at(c->d, c->t[k].start, c->t[k].end)
                    : -1;
            f = k;
        }
        if (a < 0)
            return false;
        for (m = f + 1;
             m < p->open && m < f + NP_MAX && bl_actor_at(c->d, c->t[m].start, c->t[m].end) == a;
             m++)
            ;
        sp = bl_tok_span(c->t, f, m);
    }
    for (k = s->tok_start; k < p->open && c->t[k].start < sp.end; k++)
        ;
    /* "Tom Vale, head of the harbour trust, welcomed “...”": an appositive
     * between commas after a named subject, words only */
    if (k + 2 < p->open && tok_eq(c, k, ",") && speaker_of(c, sp) >= 0) {
        size_t m;
        for (m = k + 1; m < p->open && m < k + 20 && is_word(c, m); m++)
            ;
        if (m > k + 1 && m + 1 < p->open && tok_eq(c, m, ","))
            k = m + 1;
    }
    /* a lower-case word (the verb) right after the subject */
    while (k + 1 < p->open && in_list(c, k, L_BETWEEN))
        k++;
    if (k >= p->open || c->t[k].kind != BL_TOK_WORD || is_upper(c, k) || in_list(c, k, L_NP_STOP))
        return false;
    q->source = sp;
    q->verb = (uint32_t)k;
    return true;
}

/* The quote ends on a comma and words follow its closing mark in the
 * sentence: `“...,” an angry Hollande retaliated.` -- an attribution of
 * its own that no rule read, so not more of the quote before. */
static bool own_tail(const struct ctx *c, const struct qb *q)
{
    const struct piece *p = &c->pieces[q->first + q->npieces - 1];
    size_t k;
    if (p->close == NONE32 || p->c1 == 0 || !tok_eq(c, p->c1 - 1, ","))
        return false;
    k = p->close + mark_len(c, p->close);
    return k < c->n && sent(c, k) == sent(c, p->close) && is_word(c, k);
}

static bool narrator_speaker(const struct ctx *c, struct qb *q);

/* `Becker said in a letter before the vote, “...”`, `Then Ruiz continued:
 * “...”`: a direct quote no rule attributed whose own sentence leads in to
 * it, a colon or comma right before its opening mark. The lead-in's cue
 * with someone as its source, else its subject when that names an actor,
 * says it; as a news convention that wins over the speaker of the quote
 * before or after (issue 6). Looks at the lead-in only, at most 60 tokens. */
static bool own_leadin(struct ctx *c, struct qb *q)
{
    const struct piece *p = &c->pieces[q->first];
    const struct bl_sentence *s = sent(c, p->open);
    struct qb t = *q;
    struct bl_span sp;
    size_t k, lo = s->tok_start, hi = p->open;
    if (hi < lo + 3 || hi - lo > 60 || !(tok_eq(c, hi - 1, ":") || tok_eq(c, hi - 1, ",")))
        return false;
    for (k = lo; k < hi; k++)
        if (c->inq[k])
            return false;
    /* `said that if his son had enlisted, “...”`, `imagined Ruiz was
     * thinking: “...”`: after a cue, a clause that the quote ends, or a
     * second report, owns the quote; leave it */
    if (sentence_attr(c, lo, &t) && t.cue.start != BL_NONE && t.cue.end <= c->t[hi].start) {
        const struct bl_cue *cue;
        for (k = tok_at(c, t.cue.end - 1) + 1; k < hi; k++)
            if (tok_in(c, k, (const char *const[]){"that", "if", "whether", NULL}) ||
                cue_at(c, k, lo, &cue))
                return false;
    }
    if (sentence_attr(c, lo, &t) && t.cue.start != BL_NONE && t.cue.end <= c->t[hi].start &&
        (speaker_of(c, t.source) >= 0 || in_list(c, tok_at(c, t.source.start), L_PRONOUNS))) {
        q->source = t.source;
        q->cue = t.cue;
        c->used[tok_at(c, t.cue.start)] = 1;
        return true;
    }
    if (clause_subject(c, lo, hi - 1, &sp) && speaker_of(c, sp) >= 0) {
        /* `Billy Joel sings, “...”`: a lower-case word in -s after a name,
         * right before the comma or colon, is the verb, no part of it */
        size_t e = tok_at(c, sp.end - 1);
        if (e < hi && e > tok_at(c, sp.start) && e + 2 >= hi && c->t[e].kind == BL_TOK_WORD &&
            !is_upper(c, e) && is_upper(c, e - 1) && c->text[c->t[e].end - 1] == 's')
            sp.end = c->t[e - 1].end;
        q->source = sp;
        return true;
    }
    /* `The crowd cheered, and then Ruiz went on: “...”`: the subject of the
     * lead-in's last clause, a verb after it */
    for (k = hi - 1; k > lo + 1 && hi - k < 16; k--) {
        size_t e;
        if (!tok_in(c, k - 1, (const char *const[]){"and", "but", "then", NULL}) ||
            !subject_np(c, k, hi - 1, &sp) || speaker_of(c, sp) < 0)
            continue;
        e = tok_at(c, sp.end - 1) + 1;
        if (e < hi - 1 && c->t[e].kind == BL_TOK_WORD && !is_upper(c, e)) {
            q->source = sp;
            return true;
        }
        break;
    }
    return false;
}

static void inherit(struct qb *q, const struct qb *from)
{
    q->source = from->source;
    q->cue.start = q->cue.end = BL_NONE;
    q->speaker = from->speaker;
    q->lent = true;
}

/* Nothing but quoted words from q's last closing mark to the end of its
 * paragraph: no attribution there that no rule read (`...,” said Tom
 * Vale, who ...`). Looks at a bounded stretch; past it, false. */
static bool quote_ends_para(const struct ctx *c, const struct qb *q)
{
    const struct piece *p = &c->pieces[q->first + q->npieces - 1];
    uint32_t para = para_of(c, p->open);
    size_t k = p->close == NONE32 ? p->c1 : p->close + mark_len(c, p->close);
    for (size_t n = 0; k < c->n && para_of(c, k) == para; k++, n++)
        if (n > 200 || (is_word(c, k) && !c->inq[k]))
            return false;
    return true;
}

/* A quote-only paragraph after "Mayor Ana Ruiz spoke first.": the person the
 * previous paragraph's last sentence opens with. */
static void prev_para_subject(const struct ctx *c, struct qb *q)
{
    const struct piece *p = &c->pieces[q->first];
    const struct bl_sentence *s = sent(c, p->open), *ps;
    struct bl_span sp;
    if (p->open != s->tok_start || s->tok_start == 0)
        return;
    ps = sent(c, s->tok_start - 1);
    if (c->inq[ps->tok_start])
        return;
    /* "When pressed, Whitaker grew short. “Next question.”": the subject of
     * the sentence before in the same paragraph, past an opening phrase */
    if (ps->para == s->para) {
        if (clause_subject(c, ps->tok_start, ps->tok_end, &sp) && speaker_of(c, sp) >= 0 &&
            c->d->actors[speaker_of(c, sp)].kind == BL_ACTOR_PERSON) {
            q->source = sp;
            q->speaker = speaker_of(c, sp);
            return;
        }
        /* `On "Face the Nation," Sen. Jo Roe (Vt.), who ..., said`: else
         * the first person the sentence names outside quotation marks */
        bool marks = false; /* inside a quoted title: `On “Morning Report,”` */
        for (size_t k = ps->tok_start; k < ps->tok_end && k < ps->tok_start + 40; k++) {
            int a;
            size_t m;
            if (c->t[k].kind == BL_TOK_QUOTE)
                marks = is_open_mark(c, k);
            if (marks || c->inq[k] || c->t[k].kind != BL_TOK_WORD ||
                (a = bl_actor_at(c->d, c->t[k].start, c->t[k].end)) < 0 ||
                c->d->actors[a].kind != BL_ACTOR_PERSON)
                continue;
            for (m = k + 1; m < ps->tok_end && bl_actor_at(c->d, c->t[m].start, c->t[m].end) == a;
                 m++)
                ;
            q->source = bl_tok_span(c->t, k, m);
            q->speaker = a;
            return;
        }
        return;
    }
    if (ps->para + 1 != s->para)
        return;
    if (subject_np(c, ps->tok_start, ps->tok_end, &sp) && speaker_of(c, sp) >= 0) {
        q->source = sp;
        q->speaker = speaker_of(c, sp);
        return;
    }
    /* "In a statement, Ruiz thanked the council.", "Becker, who ..., said
     * the shops would suffer.": whom the sentence attributes something
     * to, else the subject past an opening phrase; that sentence's cue
     * stays its own, the quote is in another paragraph */
    struct qb t = *q;
    if (quote_ends_para(c, q) && narrator_speaker(c, &t)) {
        q->source = t.source;
        q->speaker = t.speaker;
    }
}

/* `“A,” said Ruiz. Lee agreed. “B.”`: a quote after a sentence of the
 * narrator's is said by whom that sentence attributes something to, else
 * by its subject when that names someone. False when it names nobody. */
static bool narrator_speaker(const struct ctx *c, struct qb *q)
{
    const struct piece *p = &c->pieces[q->first];
    const struct bl_sentence *s = sent(c, p->open), *ps;
    struct qb t = *q;
    struct bl_span sp;
    if (p->open != s->tok_start || s->tok_start == 0)
        return false;
    ps = sent(c, s->tok_start - 1);
    if (ps->para + 1 < s->para || c->inq[ps->tok_start])
        return false;
    if (sentence_attr(c, ps->tok_start, &t) &&
        (speaker_of(c, t.source) >= 0 || in_list(c, tok_at(c, t.source.start), L_PRONOUNS))) {
        q->source = t.source;
        q->cue = t.cue;
        q->speaker = speaker_of(c, t.source);
        return true;
    }
    if (clause_subject(c, ps->tok_start, ps->tok_end, &sp) && speaker_of(c, sp) >= 0) {
        q->source = sp;
        q->speaker = speaker_of(c, sp);
        return true;
    }
    return false;
}

/* The quote-only paragraph of q comes after one paragraph of narration
 * after prev's: `“A,” Ruiz said. / The lanes cost $40 million. / “B.”`.
 * The speaker goes on over it when it names no one else in subject
 * position nor reports anyone (`Becker voted no.` stops it); a heading, a
 * quote or a long passage in between stops it too. */
static bool narration_gap(const struct ctx *c, const struct qb *prev, const struct qb *q)
{
    const struct piece *p = &c->pieces[q->first];
    const struct bl_sentence *s = sent(c, p->open);
    size_t si = c->sent_of[p->open];
    int n = 0;
    if (prev->speaker < 0 || q->para != prev->para + 2 || p->open != s->tok_start ||
        !(s->flags & BL_SF_PARA_START) || !quote_ends_para(c, q))
        return false;
    for (; si > 0 && c->d->sents[si - 1].para + 1 == q->para; si--) {
        const struct bl_sentence *ps = &c->d->sents[si - 1];
        struct qb t = *q;
        struct bl_span sp;
        int a;
        if (++n > 3 || (ps->flags & BL_SF_HEADLINE))
            return false;
        for (size_t k = ps->tok_start; k < ps->tok_end; k++)
            if (c->inq[k] || c->t[k].kind == BL_TOK_QUOTE)
                return false;
        if (sentence_attr(c, ps->tok_start, &t) && t.source.start != BL_NONE &&
            speaker_of(c, t.source) != prev->speaker)
            return false;
        if (clause_subject(c, ps->tok_start, ps->tok_end, &sp) && (a = speaker_of(c, sp)) >= 0 &&
            a != prev->speaker)
            return false;
    }
    return n > 0;
}

/* The "that" at token k introduces a cue's content ("said that", "told
 * reporters on Monday that"), not a clause of its own ("so daunting that"). */
static bool that_after_cue(const struct ctx *c, size_t k, size_t lo)
{
    for (size_t j = k; j > lo && k - j < 5; j--) {
        const struct bl_cue *cue;
        if (cue_at(c, j - 1, lo, &cue))
            return true;
        if ((!is_word(c, j - 1) && !tok_eq(c, j - 1, ",")) ||
            tok_in(c, j - 1,
                   (const char *const[]){"is", "was", "were", "are", "be", "been", "so", "such",
                                         "enough", NULL}))
            return false;
    }
    return false;
}

/* The sentence goes on after the closing mark with a lower-case word: `said
 * that "everyone" is now following him` -- the quote is part of a clause. */
static bool clause_goes_on(const struct ctx *c, const struct piece *p)
{
    size_t k;
    if (p->close == NONE32)
        return false;
    k = p->close + mark_len(c, p->close);
    /* `chanting "A" and "B"`: a list of quoted items, not a clause */
    if (k + 1 < c->n && (tok_eq(c, k, "and") || tok_eq(c, k, "or")) && is_open_mark(c, k + 1))
        return false;
    /* `saying "of course" Clinton has the qualifications`: no punctuation
     * closes the quoted words, so a capital after them goes on too */
    return k < c->n && sent(c, k) == sent(c, p->close) && c->t[k].kind == BL_TOK_WORD &&
           (!is_upper(c, k) ||
            (p->c1 > p->c0 && is_word(c, p->c1 - 1) && k + 1 < c->n &&
             c->t[k + 1].kind == BL_TOK_WORD && !bl_cues_at(c->cues, c->d, k + 1, NULL))) &&
           !bl_cues_at(c->cues, c->d, k, NULL) && !in_list(c, k, L_PRONOUNS);
}

/* A second report in [a, b), outside quotation marks: a cue that takes a
 * clause ("that", "if", "whether" right after it) with at least three
 * words, or five words of its own (`, arguing that if the fee rose,`), not
 * an aside (`, speaking for the port,`). The words after it are what that
 * cue reports, and a quote that goes on after them is its content, no more
 * of the quote before. Looks at the first cue only, so linear in b - a. */
static bool second_report(const struct ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b && c->cues; k++) {
        size_t len, w = 0, y;
        if (c->inq[k] || !(len = bl_cues_at(c->cues, c->d, k, NULL)))
            continue;
        for (y = k + len; y < b && w < 5; y++)
            w += c->t[y].kind == BL_TOK_WORD && !c->inq[y];
        return w >= 5 ||
               (w >= 3 && k + len < b &&
                tok_in(c, k + len, (const char *const[]){"that", "if", "whether", NULL}));
    }
    return false;
}

/* A sentence of the narrator's stands between quote prev (past its
 * attribution) and the opening mark at o: `“A,” said Ruiz. The council voted later. “B.”`
 * -- the second quote is a statement of its own, not more of the first,
 * since a reporter resumes a quote right after its attribution only. */
static bool narration_between(const struct ctx *c, const struct qb *prev, size_t o)
{
    const struct piece *p = &c->pieces[prev->first + prev->npieces - 1];
    uint32_t s0 = c->sent_of[p->close != NONE32 ? p->close : p->open], s1 = c->sent_of[o];
    /* `“A.” Ruiz said. “B.”`: the attribution may be a sentence of its own */
    if (prev->source.start != BL_NONE && prev->source.end > c->t[p->open].start) {
        size_t k = tok_at(c, prev->source.end - 1);
        if (k < c->n && c->sent_of[k] > s0)
            s0 = c->sent_of[k];
    }
    if (prev->cue.start != BL_NONE && prev->cue.end > c->t[p->open].start) {
        size_t k = tok_at(c, prev->cue.end - 1);
        if (k < c->n && c->sent_of[k] > s0)
            s0 = c->sent_of[k];
    }
    for (uint32_t s = s0 + 1; s < s1; s++) {
        const struct bl_sentence *m = &c->d->sents[s];
        for (size_t k = m->tok_start; k < m->tok_end; k++)
            if (c->t[k].kind == BL_TOK_WORD && !c->inq[k])
                return true;
    }
    return false;
}

/* `“A,” Ruiz said, adding that the port would reopen. “B.”`: the sentence
 * that attributes prev goes on past its cue with "adding" or "explaining"
 * (or "and added", or "and"/"then" and a reporting verb: `, then referred
 * to ...`) and a
 * clause of at least three words before the opening mark at o; the
 * quote after it is more of what was added, not of prev. Walks prev's cue
 * to o, at most one sentence. */
static bool adds_report(const struct ctx *c, const struct qb *prev, size_t o)
{
    size_t k, w = 0, lo;
    bool rel = false;
    if (prev->cue.start == BL_NONE || (k = tok_at(c, prev->cue.end - 1)) >= o)
        return false;
    lo = sent(c, k)->tok_end;
    for (k++; k < o && k < lo; k++) {
        if (c->inq[k] || c->t[k].kind == BL_TOK_QUOTE)
            return false;
        if (w)
            w += c->t[k].kind == BL_TOK_WORD;
        else if (tok_eq(c, k, "adding") || tok_eq(c, k, "explaining") ||
                 (tok_eq(c, k, "added") &&
                  tok_in(c, k - 1, (const char *const[]){"and", "but", NULL})))
            w = 1;
        else if (tok_in(c, k, (const char *const[]){"who", "which", "whose", NULL}))
            rel = true;
        else if ((tok_eq(c, k - 1, "and") || tok_eq(c, k - 1, "then")) && c->cues && !rel) {
            /* `, then referred to ...`, `- and argued for ...`: a verb of
             * its own that reports (not in a relative clause of the
             * source's: `said Ruiz, who was there and recalled ...`) */
            const struct bl_cue *cue;
            if (cue_at(c, k, sent(c, k)->tok_start, &cue) &&
                (cue->tag == BL_CUE_PAST || cue->tag == BL_CUE_3SG))
                w = 1;
        }
    }
    return w > 3 && k == lo;
}

/* `“A,” Ruiz said. It is “more of the same, only worse.”`: a partial quote q
 * no cue governs, in the sentence right after the one that attributes the
 * direct quote prev in the same paragraph, carries on prev's words. */
static bool carries_on(const struct ctx *c, const struct qb *prev, const struct qb *q)
{
    const struct piece *p = &c->pieces[prev->first + prev->npieces - 1];
    uint32_t s0;
    /* at most eight pieces apart, so that the caller's walk over the
     * quotes between (dropped_between) stays bounded */
    if (!q->carry || q->para != prev->para || p->close == NONE32 ||
        prev->first + prev->npieces > q->first || q->first - (prev->first + prev->npieces) > 8 ||
        prev->npieces + q->npieces > 64)
        return false;
    s0 = c->sent_of[p->close];
    if (prev->source.start != BL_NONE && prev->source.end > c->t[p->open].start) {
        size_t k = tok_at(c, prev->source.end - 1);
        if (k < c->n && c->sent_of[k] > s0)
            s0 = c->sent_of[k];
    }
    return c->sent_of[c->pieces[q->first].open] == s0 + 1;
}

/* r is a partial quote in the sentence where prev's last piece closes:
 * `“A,” Ruiz said after hinting that “changes” could come. “B.”` */
static bool partial_in_attr(const struct ctx *c, const struct qb *prev, const struct qb *r)
{
    const struct piece *p = &c->pieces[prev->first + prev->npieces - 1];
    return r->kind == BL_QUOTE_PARTIAL && p->close != NONE32 &&
           c->sent_of[c->pieces[r->first].open] == c->sent_of[p->close];
}

/* Every quote between prev and q (in c->qs) was dropped: a title or scare
 * quotes inside the attribution that separates them (or a partial quote
 * there). */
static bool dropped_between(const struct ctx *c, const struct qb *prev, const struct qb *q)
{
    for (const struct qb *r = prev + 1; r < q; r++)
        if (!r->drop && !partial_in_attr(c, prev, r))
            return false;
    return true;
}

/* Partial quote r is attributed right after its closing mark, which ends its
 * sentence (`the port "has done well," Ruiz said.`), and direct quote q opens
 * the next sentence of the paragraph with no words of the narrator's between
 * (`"We hired 40 people."`): q goes on r's words. Bounded like carries_on. */
static bool mixed_goes_on(const struct ctx *c, const struct qb *r, const struct qb *q)
{
    const struct piece *p = &c->pieces[r->first], *p0 = &c->pieces[q->first];
    const struct bl_sentence *s = sent(c, p0->open);
    if (!r->tail || r->kind != BL_QUOTE_PARTIAL || r->npieces != 1 || r->drop ||
        p->close == NONE32 || r->source.start == BL_NONE || r->first + 1 > q->first ||
        q->first - (r->first + 1) > 3 || q->npieces > 63 || p0->open != s->tok_start ||
        c->sent_of[p0->open] != c->sent_of[p->close] + 1 || !dropped_between(c, r, q))
        return false;
    /* the attribution alone ends the sentence: `,” Ruiz said.` */
    for (size_t k = p->close + mark_len(c, p->close); k < s->tok_start; k++)
        if (c->inq[k] || c->t[k].kind == BL_TOK_QUOTE)
            return false;
    return true;
}

static bool quoted_clause(const struct ctx *c, size_t a, size_t b);

static void reverse_pieces(struct ctx *c, size_t a, size_t b)
{
    while (a + 1 < b) {
        struct piece t = c->pieces[a];
        c->pieces[a] = c->pieces[--b];
        c->pieces[b] = t;
        a++;
    }
}

/* Rotate q's pieces to follow prev's directly, past the pieces of the
 * dropped quotes between them (whose first indexes move along). */
static void move_after(struct ctx *c, struct qb *prev, struct qb *q)
{
    size_t g0 = prev->first + prev->npieces, g1 = q->first, e = q->first + q->npieces;
    if (g0 == g1)
        return;
    reverse_pieces(c, g0, g1);
    reverse_pieces(c, g1, e);
    reverse_pieces(c, g0, e);
    for (struct qb *r = prev + 1; r < q; r++)
        r->first += q->npieces;
    q->first = (uint32_t)g0;
}

/* `chanting "We are Orlando" and "Disarm hate."`, `called it “reckless,”
 * “cruel” and “dangerous”`: quoted items listed with commas and "and"/"or"
 * in one sentence are one quote in parts (the first one's kind and speaker). */
static void join_lists(struct ctx *c)
{
    struct qb *prev = NULL;
    for (size_t i = 0; i < c->nq; i++) {
        struct qb *q = &c->qs[i];
        const struct piece *a, *b;
        size_t k, e;
        if (q->drop)
            continue;
        if (!prev || prev->first + prev->npieces != q->first || q->kind == BL_QUOTE_INDIRECT ||
            (q->kind == BL_QUOTE_DIRECT && prev->kind != BL_QUOTE_DIRECT) ||
            prev->npieces + q->npieces > 64) {
            prev = q;
            continue;
        }
        a = &c->pieces[prev->first + prev->npieces - 1];
        b = &c->pieces[q->first];
        if (a->close == NONE32 || sent(c, a->close) != sent(c, b->open)) {
            prev = q;
            continue;
        }
        e = a->close + mark_len(c, a->close);
        for (k = e; k < b->open && k < e + 3; k++)
            if (!tok_eq(c, k, ",") && !tok_eq(c, k, "and") && !tok_eq(c, k, "or"))
                break;
        if (k != b->open || k == e ||
            !(tok_eq(c, k - 1, "and") || tok_eq(c, k - 1, "or") || tok_eq(c, k - 1, ","))) {
            prev = q;
            continue;
        }
        if (prev->source.start == BL_NONE)
            inherit(prev, q);
        prev->npieces += q->npieces;
        prev->tail = prev->tail || q->tail;
        q->drop = true;
    }
}

/* `released a memo titled "Where the Race Stands"`, `chants of "Four more
 * years"`, `a sign reading "Save the port"`: words put out under a title,
 * slogan or chant are attributed to the subject of the sentence (an actor
 * or a pronoun). Sets q's source and cue when it has none. */
static bool titled_by(const struct ctx *c, const struct piece *p, const struct bl_sentence *s,
                      struct qb *q)
{
    static const char *const titling[] = {"titled", "entitled", "headlined", "slogan",
                                          "chant",  "chants",   "chanting",  "chanted",
                                          "reading", "motto",   NULL};
    struct bl_span sp;
    size_t k = p->open;
    while (k > s->tok_start && (tok_eq(c, k - 1, ",") || tok_eq(c, k - 1, ":") ||
                                tok_eq(c, k - 1, "of") || tok_eq(c, k - 1, "the")))
        k--;
    if (k <= s->tok_start + 1 || !tok_in(c, k - 1, titling))
        return false;
    if (q->source.start != BL_NONE)
        return true;
    if (!clause_subject(c, s->tok_start, k - 1, &sp) ||
        (speaker_of(c, sp) < 0 && !in_list(c, tok_at(c, sp.start), L_PRONOUNS)))
        /* `to chants of “Four more years!”`: a crowd's, whoever is in it */
        return tok_eq(c, p->open - 1, "of") &&
               tok_in(c, k - 1, (const char *const[]){"chants", "chant", NULL});
    q->source = sp;
    q->cue = bl_tok_span(c->t, k - 1, k);
    return true;
}

/* `shouted "Yes!"`, `chanted "Four More Years!"`: an exclamation or a
 * question right after a cue is something said, however capitalised. */
static bool cried_out(const struct ctx *c, const struct piece *p, const struct bl_sentence *s)
{
    const struct bl_cue *cue;
    size_t k = p->c1;
    while (k > p->c0 && c->t[k - 1].kind == BL_TOK_QUOTE)
        k--;
    return p->open > s->tok_start && k > p->c0 &&
           (tok_eq(c, k - 1, "!") || tok_eq(c, k - 1, "?")) &&
           cue_at(c, p->open - 1, s->tok_start, &cue) > 0 && cue->tag != BL_CUE_PREP;
}

/* `Since the ruling, "there has been a change," Ruiz said.`: a quote
 * attributed after its closing mark that goes on a sentence opened by
 * words and a comma (no cue, no other quote among them) takes those words
 * in as well. */
static void take_lead(const struct ctx *c, struct piece *p, const struct bl_sentence *s)
{
    if (p->open < s->tok_start + 3 || !tok_eq(c, p->open - 1, ","))
        return;
    for (size_t k = s->tok_start; k + 1 < p->open; k++) {
        const struct bl_cue *cue;
        if (c->t[k].kind == BL_TOK_QUOTE || cue_at(c, k, s->tok_start, &cue))
            return;
    }
    p->c0 = (uint32_t)s->tok_start;
}

/* `Ruiz added that the town had two choices: “We rebuild or we leave.”`,
 * `Lee said that if the dam fails, “the valley floods.”`: a cue's "that"
 * opens a clause that runs on through a colon or comma into the quote, so
 * what is reported is the clause and the quote together (the quote ends
 * the reported clause; it does not stand apart from it). The quote takes
 * the clause in after the "that", unless another cue or quote stands
 * between. Looks back at most BEFORE_WIN tokens from the opening mark. */
static void that_leadin(struct ctx *c, struct qb *q)
{
    struct piece *p = &c->pieces[q->first];
    const struct bl_sentence *s = sent(c, p->open);
    const struct bl_cue *cue;
    size_t o = p->open, k;
    if (p->close == NONE32 || o < s->tok_start + 4 ||
        !(tok_eq(c, o - 1, ":") || tok_eq(c, o - 1, ",")))
        return;
    /* `that France was lost: “...,” he claimed`: attributed after it */
    if (q->cue.start != BL_NONE && q->cue.start >= c->t[p->close].start)
        return;
    /* `..., to which Ruiz interjected: “...”`: a name and a verb in -ed
     * right before the mark open a new speaker's lead-in */
    for (k = o - 1; k > s->tok_start && o - 1 - k < 3; k--)
        if (ends_ed(c, k - 1) && k - 1 > s->tok_start && is_upper(c, k - 2))
            return;
    for (k = o - 1; k > s->tok_start && o - k < BEFORE_WIN; k--) {
        if (c->t[k - 1].kind == BL_TOK_QUOTE || c->inq[k - 1] ||
            cue_at(c, k - 1, s->tok_start, &cue))
            return;
        if (tok_eq(c, k - 1, "that"))
            break;
    }
    if (k == s->tok_start || !tok_eq(c, k - 1, "that") || !that_after_cue(c, k - 1, s->tok_start) ||
        words_in(c, k, o - 1) < 2)
        return;
    p->c0 = (uint32_t)k;
    memset(c->inq + k, 1, o - k);
    /* the cue before the "that" says who, when no rule named anyone yet */
    if (q->source.start == BL_NONE) {
        for (size_t j = k - 1; j > s->tok_start && k - 1 - j < 5; j--) {
            struct bl_span sp;
            size_t len = cue_at(c, j - 1, s->tok_start, &cue);
            if (!len)
                continue;
            if (cue->tag != BL_CUE_PREP && np_left(c, s->tok_start, j - 1, &sp)) {
                q->source = sp;
                q->cue = bl_tok_span(c->t, j - 1, j - 1 + len);
                q->lent = false;
                c->used[j - 1] = 1;
            }
            break;
        }
    }
}

/* Quoted material: pair marks per paragraph, join continued paragraphs and
 * split quotes, tell direct from partial, attribute. */
/* The colon after one to five capitalised words opening paragraph s
 * (`Ana Ruiz: ...`), or 0. */
static size_t name_colon(const struct ctx *c, const struct bl_sentence *s)
{
    size_t k;
    if (!(s->flags & BL_SF_PARA_START))
        return 0;
    for (k = s->tok_start; k < s->tok_end && k < s->tok_start + 5; k++)
        if (c->t[k].kind != BL_TOK_WORD || !is_upper(c, k) || in_list(c, k, L_NP_STOP) ||
            in_list(c, k, L_DETERMINERS))
            break;
    return k > s->tok_start && k < s->tok_end && tok_eq(c, k, ":") ? k : 0;
}

/* The phrase sp is the object of a preposition ("at one point", "in
 * April"): a time or place, not a speaker. */
static bool prep_object(const struct ctx *c, size_t lo, struct bl_span sp)
{
    static const char *const preps[] = {"at",    "in",   "on",      "during", "after",
                                        "since", "over", "through", "within", NULL};
    size_t k = tok_at(c, sp.start);
    return k > lo && k < c->n && tok_in(c, k - 1, preps);
}

static int direct_quotes(struct ctx *c)
{
    size_t i, a = 0, np;
    int rc;

    for (size_t s = 0; s < c->d->nsents; s++) {
        bool last = s + 1 == c->d->nsents || c->d->sents[s + 1].para != c->d->sents[s].para;
        if (!last)
            continue;
        rc = pair_paragraph(c, a, c->d->sents[s].tok_end);
        if (rc != BL_OK)
            return rc;
        a = c->d->sents[s].tok_end;
    }
    np = c->npieces;
    for (i = 0; i < np;) {
        struct piece *p = &c->pieces[i];
        const struct bl_sentence *s = sent(c, p->open);
        struct qb *q = add_quote(c, BL_QUOTE_DIRECT, s->para);
        size_t j = i + 1, prevw;
        if (!q)
            return BL_ERR_NOMEM;
        q->first = (uint32_t)i;
        /* a quote left open at the end of its paragraph goes on when the
         * next paragraph opens with a mark */
        while (c->pieces[j - 1].close == NONE32 && j < np &&
               para_of(c, c->pieces[j].open) == para_of(c, c->pieces[j - 1].open) + 1 &&
               (c->t[c->pieces[j].open].flags & BL_TF_PARA_BEFORE ||
                c->d->sents[c->sent_of[c->pieces[j].open]].flags & BL_SF_PARA_START) &&
               c->pieces[j].open == sent(c, c->pieces[j].open)->tok_start)
            j++;
        q->npieces = (uint32_t)(j - i);
        prevw = p->open > s->tok_start ? p->open - 1 : BL_NONE;
        /* `Ryan: ‘Anti-Semitic Images’ Have ‘No Place ...’`: after a colon
         * the sentence goes on past the marks, so they hold part of it */
        if (q->npieces == 1 && prevw != BL_NONE && tok_eq(c, prevw, ":") && p->close != NONE32 &&
            p->close + mark_len(c, p->close) < s->tok_end && !tok_eq(c, p->c1 - 1, ",") &&
            is_word(c, p->close + mark_len(c, p->close)) &&
            !bl_cues_at(c->cues, c->d, p->close + mark_len(c, p->close), NULL) &&
            !in_list(c, p->close + mark_len(c, p->close), L_PRONOUNS))
            q->kind = BL_QUOTE_PARTIAL;
        /* `—"Museum to close in May," by Times' Ana Ruiz: "...`: a headline
         * credited to its writer is the title of a work, no one's words */
        if (q->npieces == 1 && p->close != NONE32) {
            size_t k = p->close + mark_len(c, p->close);
            if (k < c->n && tok_eq(c, k, ","))
                k++;
            if (k + 1 < c->n && tok_eq(c, k, "by") && is_upper(c, k + 1) &&
                sent(c, k) == sent(c, p->close)) {
                q->drop = true;
                i = j;
                continue;
            }
        }
        /* `Ana Ruiz: Mayor ‘Not Fit To Run The City.’`: a headline giving a
         * name, a colon and words that go on into the marks; the quote is
         * part of what follows the colon (colon_paragraph takes all of it) */
        if (q->npieces == 1 && p->close != NONE32 && prevw != BL_NONE && is_word(c, prevw) &&
            name_colon(c, s) && name_colon(c, s) + 1 < p->open && c->sent_of[p->close] == (uint32_t)(s - c->d->sents))
            q->kind = BL_QUOTE_PARTIAL;
        /* `Tyler said, "We have three weeks to go" until the caucuses`: after
         * a cue and its comma, a clause that goes on past the marks */
        if (q->npieces == 1 && prevw != BL_NONE && prevw > s->tok_start &&
            (tok_eq(c, prevw, ",") || tok_eq(c, prevw, ":")) && clause_goes_on(c, p)) {
            const struct bl_cue *cue;
            if (cue_at(c, prevw - 1, s->tok_start, &cue))
                q->kind = BL_QUOTE_PARTIAL;
        }
        /* `After the 2014 victories, "there is a sense of urgency," Law
         * said`: a quote in lower case after a comma goes on the sentence */
        if (q->npieces == 1 && prevw != BL_NONE && prevw > s->tok_start + 1 &&
            tok_eq(c, prevw, ",") && is_word(c, prevw - 1) && c->t[p->c0].kind == BL_TOK_WORD &&
            !is_upper(c, p->c0)) {
            /* not after an attribution: "According to the coach, “the ..." */
            const struct bl_cue *cue;
            size_t k;
            for (k = s->tok_start; k < prevw && k < s->tok_start + 3; k++)
                if (cue_at(c, k, s->tok_start, &cue) && cue->tag == BL_CUE_PREP)
                    break;
            if (k == s->tok_start + 3)
                k = prevw;
            /* `As the mayor put it, “apart from ...”`: attributed all the same */
            struct bl_span sp, cs;
            if (k == prevw && as_put_it(c, s, prevw, &sp, &cs))
                k = s->tok_start;
            if (k == prevw)
                q->kind = BL_QUOTE_PARTIAL;
        }
        /* partial: a short phrase inside a sentence, after a word */
        if (q->npieces == 1 && prevw != BL_NONE && is_word(c, prevw) &&
            (!tok_eq(c, prevw, "that") || !that_after_cue(c, prevw, s->tok_start) ||
             clause_goes_on(c, p))) {
            const struct bl_cue *cue;
            bool after_cue = cue_at(c, prevw, s->tok_start, &cue) > 0;
            size_t w = words_in(c, p->c0, p->c1);
            bool lower = !is_upper(c, p->c0);
            /* `said "local forces" must lead the way`: right after a cue but
             * the reported clause goes on past the closing mark, so the
             * quote is part of it */
            /* `what she calls “real solutions.”`: a naming verb takes a
             * name or a phrase, not a statement */
            if ((!after_cue && (w <= 6 || lower)) || (after_cue && clause_goes_on(c, p)) ||
                (after_cue && lemma_in(cue, naming) && (w <= 6 || lower))) {
                q->kind = BL_QUOTE_PARTIAL;
            }
        }
        /* `said the pumps failed and that “We will ...”`, `the claim that
         * “...”`: after a "that" no cue governs, the quote however long is
         * part of the clause that "that" opens */
        if (q->npieces == 1 && prevw != BL_NONE && tok_eq(c, prevw, "that") && p->close != NONE32 &&
            !that_after_cue(c, prevw, s->tok_start))
            q->kind = BL_QUOTE_PARTIAL;
        if (q->kind == BL_QUOTE_PARTIAL) {
            /* `Sanders "has done it," Sroka said.` -- attributed right after
             * its closing mark: a quote of its own when it is a clause */
            bool tail = p->close != NONE32 && attr_after(c, p->close, q);
            if (tail && q->cue.start != BL_NONE) {
                /* `the claim that Obama “founded ISIS,” saying ...`: a
                 * participle after the comma is the sentence's own verb */
                size_t k = tok_at(c, q->cue.start), e = p->close + mark_len(c, p->close);
                if (k < c->n && e + 1 == k && tok_eq(c, e, ",") && ends_ing(c, k)) {
                    c->used[k] = 0;
                    q->source.start = q->source.end = BL_NONE;
                    q->cue.start = q->cue.end = BL_NONE;
                    tail = false;
                }
            }
            if (tail) {
                size_t wq = words_in(c, p->c0, p->c1);
                if (wq > 6 && words_in(c, p->open - wq > s->tok_start ? p->open - wq : s->tok_start,
                                       p->open) < wq) {
                    q->kind = BL_QUOTE_DIRECT;
                    take_lead(c, p, s);
                } else
                    q->tail = true;
            } else if (titled_by(c, p, s, q)) {
                /* kept: a slogan, chant or title its subject put out */
            } else if (all_title_case(c, p->c0, p->c1) && !cried_out(c, p, s)) {
                q->drop = true; /* a title or a nickname */
            } else if (!sentence_attr(c, p->open, q) && !subject_partial(c, p, q)) {
                q->drop = true; /* scare quotes, unless more of the quote before */
                q->carry = p->close != NONE32 && words_in(c, p->c0, p->c1) >= 4;
            }
            i = j;
            continue;
        }
        {
            size_t last_close = c->pieces[j - 1].close;
            bool sent_start = p->open == s->tok_start ||
                              (p->open > s->tok_start && c->t[p->open - 1].kind == BL_TOK_DASH);
            size_t next = 0;
            bool got = false;
            /* `The paper focuses on the cost: “...,” the paper wrote.`:
             * after a colon, the quote's own attribution names who said it
             * better than the clause before */
            bool after_colon = p->open > s->tok_start && tok_eq(c, p->open - 1, ":");
            if ((sent_start || after_colon) && last_close != NONE32) {
                next = attr_after(c, last_close, q);
                got = next != 0;
            }
            if (!got)
                got = attr_before(c, p->open, q);
            if (!got && last_close != NONE32) {
                next = attr_after(c, last_close, q);
                got = next != 0;
                if (got && q->npieces == 1)
                    take_lead(c, p, s);
            }
            /* `“The new plan” -- passed on Monday -- “will fail,” Ruiz said`,
             * `“If there had been no warning” from the office, Ruiz said,
             * “we would ...”`: an unfinished quote that names no one goes
             * on in the next quote of its sentence, in lower case, and is
             * attributed with it */
            if (!got && q->npieces == 1 && j < np && last_close != NONE32 && p->c1 > p->c0 &&
                is_word(c, p->c1 - 1)) {
                const struct piece *p2 = &c->pieces[j];
                if (p2->close != NONE32 && p2->c0 < p2->c1 && sent(c, p2->open) == s &&
                    c->t[p2->c0].kind == BL_TOK_WORD && !is_upper(c, p2->c0)) {
                    next = attr_after(c, p2->close, q);
                    got = next != 0;
                    if (!got && tok_eq(c, p2->open - 1, ","))
                        got = attr_before(c, p2->open, q);
                    if (got) {
                        j++;
                        q->npieces++;
                    }
                }
            }
            /* "We cannot," he said, "accept it." -- one quote; also with a
             * circumstance after the cue: `," she said on Monday, "` */
            if (next && j < np && next < c->n) {
                size_t nx = next, e = sent(c, next)->tok_end;
                struct bl_span obj;
                if (e > next + 12)
                    e = next + 12;
                if (!tok_eq(c, next, ",")) {
                    /* `," she told Hewitt, "`: the object of the cue */
                    if (q->cue.start != BL_NONE && np_right(c, next, e, &obj))
                        while (nx < e && c->t[nx].start < obj.end)
                            nx++;
                    nx = skip_circumstance(c, nx, e);
                    if (nx < e && tok_eq(c, nx, ","))
                        nx++;
                } else {
                    nx = next + 1;
                }
                /* `," said Sherman, speaking of politicians, "and leave`: the
                 * quote goes on in lower case after a comma */
                size_t o2 = c->pieces[j].open;
                if (!(nx > next && nx < c->n && tok_eq(c, nx - 1, ",") && o2 == nx) && o2 > next &&
                    o2 < e + 12 && sent(c, o2) == sent(c, next) && tok_eq(c, o2 - 1, ",") &&
                    !second_report(c, next, o2) &&
                    c->pieces[j].c0 < c->pieces[j].c1 &&
                    c->t[c->pieces[j].c0].kind == BL_TOK_WORD && !is_upper(c, c->pieces[j].c0))
                    nx = o2;
                if (nx > next && nx < c->n && tok_eq(c, nx - 1, ",") && c->pieces[j].open == nx) {
                    j++;
                    q->npieces++;
                }
            }
            if (!got && sent_start && q->npieces == 1 && last_close != NONE32) {
                size_t cm = 0;
                got = attr_sentence_end(c, last_close, q, &cm);
                /* `“We are horrified” by the shooting, Nefzi said.`: what
                 * goes on to the attribution is part of the quote */
                if (got && cm > last_close + mark_len(c, last_close) &&
                    !quote_in(c, last_close + mark_len(c, last_close), cm))
                    p->c1 = (uint32_t)cm;
            }
            if (!got && p->open == s->tok_start && (s->flags & BL_SF_PARA_START))
                got = attr_intro_para(c, p->open, q);
            if (!got && last_close != NONE32)
                got = attr_signed_para(c, last_close, q);
            /* a few words in marks with no speaker of their own are a
             * title, a slogan or scare quotes, not a quote */
            if (!got && q->npieces == 1 && titled_by(c, p, s, q))
                got = true;
            if (!got && q->npieces == 1 &&
                (words_in(c, p->c0, p->c1) <= 4 || all_title_case(c, p->c0, p->c1)))
                q->weak = true;
            /* `a book, ''An American Son.''`, `a show called "Brokers,"`: a
             * title-case name inside a sentence is a title even when a cue
             * is near */
            if (q->npieces == 1 && prevw != BL_NONE && !tok_eq(c, prevw, ":") &&
                words_in(c, p->c0, p->c1) >= 1 && all_title_case(c, p->c0, p->c1)) {
                const struct bl_cue *cue;
                size_t k = prevw;
                while (k > s->tok_start && tok_eq(c, k, ","))
                    k--;
                if (!cue_at(c, k, s->tok_start, &cue) && !titled_by(c, p, s, q))
                    q->drop = true;
            }
        }
        i = j;
    }
    /* before inq is set and speakers passed on: the lead-in is the quote's */
    for (i = 0; i < c->nq; i++)
        if (c->qs[i].kind == BL_QUOTE_DIRECT && !c->qs[i].drop)
            that_leadin(c, &c->qs[i]);
    /* mark the tokens inside direct quotes */
    for (i = 0; i < c->nq; i++) {
        const struct qb *q = &c->qs[i];
        if (q->kind != BL_QUOTE_DIRECT)
            continue;
        for (size_t k = 0; k < q->npieces; k++) {
            const struct piece *p = &c->pieces[q->first + k];
            size_t e = p->close == NONE32 ? p->c1 : p->close + mark_len(c, p->close);
            if (e > p->open)
                memset(c->inq + p->open, 1, e - p->open);
        }
    }
    /* partial quotes found their cue before inq was set; recheck none of it
     * came from inside a quote */
    for (i = 0; i < c->nq; i++) {
        struct qb *q = &c->qs[i];
        q->speaker = speaker_of(c, q->source);
    }
    /* unattributed quotes: the speaker of the quote before in the same or
     * previous paragraph, else of the quote that follows in the next */
    {
        struct qb *prev = NULL;
        struct qb *partial = NULL; /* last attributed partial quote */
        for (i = 0; i < c->nq; i++) {
            struct qb *q = &c->qs[i];
            if (q->drop) {
                if (prev && carries_on(c, prev, q) && dropped_between(c, prev, q)) {
                    const struct piece *cp = &c->pieces[q->first];
                    memset(c->inq + cp->open, 1, cp->close + mark_len(c, cp->close) - cp->open);
                    move_after(c, prev, q);
                    prev->npieces += q->npieces;
                }
                continue;
            }
            if (q->kind != BL_QUOTE_DIRECT) {
                if (q->source.start != BL_NONE)
                    partial = q;
                continue;
            }
            if (q->source.start == BL_NONE && !q->weak && own_leadin(c, q))
                q->speaker = speaker_of(c, q->source);
            /* `Sanders "has won," Sroka said ... "This movement ..."`: the
             * speaker of a partial quote earlier in the paragraph */
            if (q->source.start == BL_NONE && !q->weak && partial && partial->para == q->para &&
                (!prev || prev->para != q->para || (prev < partial && !partial_in_attr(c, prev, partial)))) {
                /* `Since the vote, the port "has done well," Ruiz said. "We
                 * hired 40 people."`: a mixed quote whose attribution ends
                 * its sentence, and a quote right after it that names no
                 * one: the speaker goes on, one quote in two pieces */
                if (mixed_goes_on(c, partial, q)) {
                    struct piece *pp = &c->pieces[partial->first];
                    memset(c->inq + pp->open, 1, pp->close + mark_len(c, pp->close) - pp->open);
                    take_lead(c, pp, sent(c, pp->open));
                    partial->kind = BL_QUOTE_DIRECT;
                    partial->tail = false;
                    move_after(c, partial, q);
                    partial->npieces += q->npieces;
                    q->drop = true;
                    prev = partial;
                    partial = NULL;
                    continue;
                }
                inherit(q, partial);
                prev = q;
                continue;
            }
            if (q->source.start == BL_NONE && prev && q->para <= prev->para + 1) {
                /* more of what the last speaker said: one quote in pieces,
                 * as "“A,” he said. “B.”" is one statement */
                const struct piece *p0 = &c->pieces[q->first];
                bool narr = false, added = false;
                bool joins =
                    prev->first + prev->npieces <= q->first &&
                    q->first - (prev->first + prev->npieces) <= 3 && dropped_between(c, prev, q) &&
                    /* in the next paragraph only when the quote opens it:
                     * "... the 27-year-old shrugged. “B.”" is a new quote */
                    (q->para == prev->para || (p0->open == sent(c, p0->open)->tok_start &&
                                               (sent(c, p0->open)->flags & BL_SF_PARA_START))) &&
                    !own_tail(c, q) && !q->own_cue && prev->npieces + q->npieces <= 64 &&
                    !(narr = narration_between(c, prev, p0->open)) &&
                    !(added = adds_report(c, prev, p0->open));
                /* `'Pretty cool working there.'` heading the next paragraph:
                 * a few words in marks that no one says there are a
                 * subhead (or scare quotes), no more of the quote before */
                if (joins && q->weak && q->para != prev->para) {
                    q->drop = true;
                    continue;
                }
                if (joins) {
                    /* `“A,” he said on “Meet the Press.” “B.”`: a title in
                     * the attribution is no quote; move its pieces after */
                    move_after(c, prev, q);
                    prev->npieces += q->npieces;
                    q->drop = true;
                    continue;
                }
                /* `“A,” said Ruiz. Lee agreed. “B.”`: the narrator's
                 * sentence may name the next speaker */
                if (narr && !q->weak)
                    (void)narrator_speaker(c, q);
                /* a quote in the next paragraph after a sentence naming
                 * a person is that person's ("Bolton distanced himself ...
                 * “I'm going to support him.”") */
                if (q->source.start == BL_NONE && q->para != prev->para)
                    prev_para_subject(c, q);
                /* `“A,” Berg said, adding that the crews worked all night.
                 * “Nobody slept.”`: a sentence of a few words in marks
                 * after what was added is still the speaker's */
                if ((!q->weak || (added && p0->open == sent(c, p0->open)->tok_start &&
                                  !all_title_case(c, p0->c0, p0->c1))) &&
                    q->source.start == BL_NONE)
                    inherit(q, prev);
            }
            /* `Ruiz looked at the water. “It's all gone.”`: a clause of a
             * few words in marks opening its sentence is said by whom the
             * narration before it names; with no one there (or no verb:
             * `“A change warrior.”`), a subhead, slogan or scare quotes */
            if (q->weak && q->source.start == BL_NONE) {
                const struct piece *p0 = &c->pieces[q->first];
                if (p0->open == sent(c, p0->open)->tok_start && p0->close != NONE32 &&
                    quoted_clause(c, p0->c0, p0->c1) && !all_title_case(c, p0->c0, p0->c1))
                    prev_para_subject(c, q);
                if (q->source.start == BL_NONE) {
                    q->drop = true;
                    continue;
                }
            }
            if (q->source.start == BL_NONE)
                prev_para_subject(c, q);
            if (q->source.start == BL_NONE && !q->weak && prev && narration_gap(c, prev, q))
                inherit(q, prev);
            if (q->source.start != BL_NONE)
                prev = q;
            else
                prev = NULL;
        }
        const struct qb *nextq = NULL;
        for (i = c->nq; i-- > 0;) {
            struct qb *q = &c->qs[i];
            if (q->drop || q->kind != BL_QUOTE_DIRECT)
                continue;
            if (q->source.start == BL_NONE && nextq && nextq->para == q->para + 1 && !nextq->lent)
                inherit(q, nextq);
            if (q->source.start != BL_NONE)
                nextq = q;
        }
    }
    join_lists(c);
    /* a short quote in one piece that no one said, here or nearby, is a
     * title, a slogan or scare quotes (issue 6: not a quote); with no cue
     * lexicon nothing is attributed, so all quoted material stays */
    for (i = 0; c->cues && i < c->nq; i++) {
        struct qb *q = &c->qs[i];
        const struct piece *p = &c->pieces[q->first];
        if (q->kind == BL_QUOTE_DIRECT && !q->drop && q->source.start == BL_NONE &&
            q->npieces == 1 && words_in(c, p->c0, p->c1) <= 8)
            q->drop = true;
    }
    return BL_OK;
}

/* ---- indirect quotes ---------------------------------------------------- */

/* "said at least 12 people were ...", "said in all 40 homes ...": a
 * quantity that opens the content, no circumstance of the cue. */
static bool quantity_opener(const struct ctx *c, size_t k, size_t hi)
{
    static const char *const bounds[] = {"least", "most", NULL};
    return k + 2 < hi &&
           ((tok_eq(c, k, "at") && tok_in(c, k + 1, bounds)) ||
            (tok_eq(c, k, "in") && tok_eq(c, k + 1, "all") && c->t[k + 2].kind == BL_TOK_NUMBER));
}

/* Skip a short time or place phrase after a cue: "on Monday", "in a
 * statement", "Tuesday", "last week", "in an interview with X". */
static size_t skip_circumstance(const struct ctx *c, size_t i, size_t hi)
{
    /* "in a statement released late on Tuesday", "in an op-ed published
     * before the hearing": the medium's participle goes on with it */
    static const char *const issued[] = {"released", "issued",  "published", "posted",
                                         "sent",     "aired",   "broadcast", "delivered",
                                         "emailed",  "circulated", "distributed", NULL};
    static const char *const when[] = {"late", "early", "shortly", "hours", "days", NULL};
    /* "cautioned, however, that ...": a sentence adverb set off by commas
     * before "that" ("Most telling, though, were ..." is no report) */
    static const char *const asides[] = {"however",     "though",  "too",   "meanwhile",
                                         "moreover",    "nevertheless", "again",
                                         "nonetheless", "instead", NULL};
    bool headed = false;
    for (int rounds = 0; rounds < 4 && i < hi; rounds++) {
        size_t k = i, e, w = 0;
        if (k + 3 < hi && tok_eq(c, k, ",") && tok_in(c, k + 1, asides) && tok_eq(c, k + 2, ",") &&
            tok_eq(c, k + 3, "that")) {
            i = k + 3;
            continue;
        }
        if (headed && tok_in(c, k, issued)) {
            headed = false;
            i = k + 1;
            while (i < hi && i < k + 3 && tok_in(c, i, when))
                i++;
            continue;
        }
        headed = false;
        if (in_list(c, k, L_CIRC_ADVERBS)) {
            i = k + 1;
            continue;
        }
        if (!in_list(c, k, L_CIRC_PREPS))
            break;
        if (quantity_opener(c, k, hi))
            break;
        if (tok_eq(c, k, "to") &&
            !(k + 1 < hi &&
              tok_in(c, k + 1,
                     (const char *const[]){"reporters", "the", "a", "an", "supporters", NULL})))
            break;
        /* the phrase ends at a head noun ("in a statement", "on Monday") or
         * before a word that cannot be part of it ("on Thursday it had") */
        for (e = k + 1; e < hi && w < 5 && is_word(c, e) && !tok_eq(c, e, "that"); e++, w++) {
            if (in_list(c, e, L_CIRC_HEADS)) {
                e++;
                w++;
                /* "on Tuesday night", "on Monday morning" */
                if (e < hi && in_list(c, e, L_CIRC_HEADS) && in_list(c, e - 1, L_CIRC_ADVERBS))
                    e++;
                headed = true;
                break;
            }
            /* "with the Securities and Exchange Commission": "and" between
             * capitals is inside the name */
            if (in_list(c, e, L_NP_STOP) && !in_list(c, e, L_NP_INNER) &&
                !(tok_eq(c, e, "and") && is_upper(c, e - 1) && e + 1 < hi && is_upper(c, e + 1)))
                break;
        }
        if (w == 0)
            break;
        /* "after sales fell 8[%]": a phrase that a figure's sign cuts off
         * is a clause of the narrator's, no circumstance to step over */
        if (e < hi && c->t[e].kind == BL_TOK_SYMBOL &&
            !is_stop_punct(c, e) && e > 0 && c->t[e].start == c->t[e - 1].end &&
            c->t[e - 1].kind == BL_TOK_NUMBER)
            break;
        i = e;
        if (i < hi && tok_eq(c, i, ","))
            headed = false; /* "in a statement, released prisoners ..." */
        while (i < hi && tok_eq(c, i, ","))
            i++;
    }
    return i;
}

/* Does a partial quote open in [a, b) and stay open there? Then the closing
 * mark at b belongs to the content: `that it was "a disgrace."` keeps its
 * marks and what they hold. */
static bool opens_partial(const struct ctx *c, size_t a, size_t b)
{
    int depth = 0;
    for (size_t i = a; i < b; i++) {
        bool op;
        if (c->t[i].kind != BL_TOK_QUOTE || c->inq[i])
            continue;
        op = is_open_mark(c, i);
        if (mark_len(c, i) == 2 && i + 1 < b)
            i++; /* '' is one mark: its first apostrophe tells which */
        if (op)
            depth++;
        else if (is_close_mark(c, i) && depth > 0)
            depth--;
    }
    return depth > 0;
}

/* Trim the content [a, b) of sentence-final punctuation and marks. */
static size_t trim_end(const struct ctx *c, size_t a, size_t b)
{
    while (b > a && (is_stop_punct(c, b - 1) || tok_eq(c, b - 1, ",") || tok_eq(c, b - 1, ":") ||
                     tok_eq(c, b - 1, ";") || c->t[b - 1].kind == BL_TOK_DASH ||
                     (c->t[b - 1].kind == BL_TOK_QUOTE && !c->inq[b - 1]))) {
        if (c->t[b - 1].kind == BL_TOK_QUOTE && !c->inq[b - 1] && b - a <= MAX_CONTENT) {
            /* a doubled-apostrophe mark ('') is two tokens: test its first */
            size_t m = b - 1;
            if (m > a && c->t[m - 1].kind == BL_TOK_QUOTE && mark_len(c, m - 1) == 2)
                m--;
            if ((is_close_mark(c, m) || is_close_mark(c, b - 1)) && opens_partial(c, a, m))
                break;
        }
        b--;
    }
    return b;
}

static bool overlaps_direct(const struct ctx *c, size_t a, size_t b)
{
    size_t in = 0, i = a;
    /* inq holds 0 or 1: eight bytes summed at a time */
    for (; i + 8 <= b; i += 8) {
        uint64_t w;
        memcpy(&w, c->inq + i, 8);
        in += (size_t)((w * BL_ONES8) >> 56);
    }
    for (; i < b; i++)
        in += c->inq[i];
    return in * 2 > (b - a);
}

/* `He says Obama “knows the law. Still, he goes after gun owners.”`: content
 * [a, b) that a partial quote opens in and the sentence end cuts runs on to
 * the closing mark in the same paragraph, so the quoted words stay whole.
 * Returns the new end, b when no such mark closes nearby. */
static size_t close_open_partial(const struct ctx *c, size_t a, size_t b)
{
    uint32_t para;
    if (b <= a || b >= c->n || !opens_partial(c, a, b))
        return b;
    para = para_of(c, b - 1);
    for (size_t k = b; k < c->n && k < b + MAX_CONTENT; k++) {
        if (para_of(c, k) != para || c->inq[k])
            return b;
        if (c->t[k].kind == BL_TOK_QUOTE) {
            if (is_close_mark(c, k))
                return k + mark_len(c, k);
            return b;
        }
    }
    return b;
}

/* Words that open a fronted phrase of time, place or occasion ("Sunday on
 * Fox News, ...", "Later that day, ...", "Speaking on ABC, ..."); not any
 * participle: "Conceding that the deal was dead, he said" reports. */
static const char *const scene_openers[] = {
    "on",     "in",       "at",      "during", "after",    "before",  "following", "later",
    "earlier", "shortly", "then",    "monday", "tuesday",  "wednesday", "thursday", "friday",
    "saturday", "sunday", "yesterday", "today", "tonight", "last",    "speaking", "appearing",
    "writing", "testifying", "weighing", "walking", NULL};

/* Is the content [a, b) (one piece), before its cue [cue0, cue0 + cuelen)
 * and spoken by src, not what was said? "In a speech last July, he said:"
 * and "[When the talks failed], Mayor Ruiz wrote:": a cue ending in a
 * colon reports what follows the colon. "[Speaking Sunday on ABC's "This
 * Week,"] Carson admitted that ...": a short fronted phrase of time, place
 * or occasion with no verb of its own, then the speaker and the cue, is
 * the setting of the speech. */
static bool setting_not_said(const struct ctx *c, size_t a, size_t b, struct bl_span src,
                             size_t cue0, size_t cuelen)
{
    size_t e = cue0 + cuelen, m;
    if (!cuelen || b > cue0 || !is_word(c, cue0))
        return false;
    if (tok_eq(c, e - 1, ":") || (e < c->n && tok_eq(c, e, ":")))
        return true;
    if (src.start == BL_NONE || b <= a)
        return false;
    /* only a comma (or closing marks) and the speaker before the cue */
    for (m = b; m < cue0 && (tok_eq(c, m, ",") || c->t[m].kind == BL_TOK_QUOTE); m++)
        ;
    /* the phrase ends at a comma, maybe inside its closing mark ("This
     * Week,"") */
    if (m >= cue0 || !(tok_eq(c, m - 1, ",") || (m > a + 2 && tok_eq(c, m - 2, ","))) ||
        tok_at(c, src.start) != m || tok_at(c, src.end - 1) + 1 != cue0)
        return false;
    if (!tok_eq(c, m - 1, ","))
        m--;
    if (b > m - 1)
        b = m - 1;
    if (!tok_in(c, a, scene_openers))
        return false;
    if (words_upto(c, a, b, 16) > 15 || has_finite(c, a, b))
        return false;
    for (size_t k = a + 1; k < b; k++)
        if (!c->inq[k] && (tok_eq(c, k, ",") || tok_eq(c, k, ";") || ends_ed(c, k) ||
                           c->t[k].kind == BL_TOK_DASH))
            return false;
    return true;
}

static bool label_recurs(const struct ctx *c, const struct bl_sentence *s, size_t lo, size_t colon);

/* Tags a page puts before a colon: "CORRECTION: ...", "BOOM: ...", a live
 * blog's "LIVE: ...", a desk's "ANALYSIS: ...". */
static const char *const page_tags[] = {
    "correction", "update", "updated", "exclusive", "boom",     "look",     "watch",   "breaking",
    "developing", "note",   "video",   "photos",    "related",  "read",     "editor's", "live",
    "analysis",   "explainer", "factbox", NULL};

/* Is the content [a, b) after a paragraph's label and colon (the cue at
 * cue0) no words of the label's? "UPDATE: ..." and "BOOM: ..." tag the
 * page. "Kasich: Now or never." past the first sentence, a few words with
 * no verb under a name that labels no other paragraph and is not in
 * capitals, heads a section about that person; a headline ("Ruiz: Bridge
 * Will Reopen") or a transcript's label ("Matthews: Well, ...") stays. */
static bool label_not_said(const struct ctx *c, size_t a, size_t b, size_t cue0, size_t cuelen)
{
    const struct bl_sentence *s;
    size_t lo;
    bool caps = true;
    if (cuelen != 1 || a <= cue0 || !tok_eq(c, cue0, ":"))
        return false;
    s = sent(c, cue0);
    lo = s->tok_start;
    if (!(s->flags & BL_SF_PARA_START) || cue0 <= lo)
        return false;
    if (cue0 == lo + 1 && tok_in(c, lo, page_tags))
        return true;
    if (s == c->d->sents || label_recurs(c, s, lo, cue0))
        return false;
    for (size_t k = lo; k < cue0; k++)
        caps = caps && (c->t[k].flags & BL_TF_ALLCAPS) && c->t[k].end - c->t[k].start > 1;
    return !caps && words_upto(c, a, b, 7) <= 6 && !has_finite(c, a, b);
}

/* Plural nouns the cue lexicon also reads as verbs ("she remarks", "he
 * questions"; not "states", a verb after a noun as often: "the memo
 * states"), and words before them that make them verbs. */
static const char *const noun_cues[] = {"remarks", "comments", "questions", "charges", NULL};
static const char *const verb_makers[] = {"also", "often", "still", "never", "not",  "who",
                                          "which", "that", "what", "and",   "or",  "but",
                                          "to",   "now",   "then", "rarely", NULL};

/* Is the cue at cue0, before its content, a plural noun after a
 * lower-case modifier ("his incendiary remarks have ...", "the kinds of
 * questions that would ...", "similar comments Thursday morning")? A
 * pronoun, an adverb or a relative before it makes it a verb ("who
 * questions"), as does a clause after "that" ("Ms. Ruiz often questions
 * that the port ..."). */
static bool noun_not_cue(const struct ctx *c, size_t a, size_t cue0, size_t cuelen)
{
    size_t p = cue0 - 1;
    if (cuelen != 1 || cue0 == 0 || a < cue0 + 1 || !tok_in(c, cue0, noun_cues))
        return false;
    if (!is_word(c, p) || c->t[p].kind != BL_TOK_WORD || is_upper(c, p) ||
        in_list(c, p, L_PRONOUNS) || tok_in(c, p, verb_makers) || is_ly_adverb(c, p))
        return false;
    /* a subject after "that" makes it a verb ("often questions that the
     * port can pay"); "the questions that would be debated" has none */
    if (cue0 + 2 < c->n && tok_eq(c, cue0 + 1, "that") &&
        (is_upper(c, cue0 + 2) || in_list(c, cue0 + 2, L_PRONOUNS) ||
         in_list(c, cue0 + 2, L_DETERMINERS) || c->t[cue0 + 2].kind == BL_TOK_NUMBER))
        return false;
    return true;
}

/* Verbs that take a plain object as often as they report: "maintains a
 * lead", "boasts a 45-point lead", "advised the governor on the budget",
 * "posted a photo". */
static const char *const object_verbs[] = {"maintain", "boast", "advise", "post", NULL};

/* Is the content [a, b), right after its cue at cue0, only the object of
 * a verb of object_verbs: no verb of its own (an auxiliary or a past
 * form) and no quoted words? Cut at its clause ("Though Clinton maintains
 * a large lead, ..."), unlike the sentence-wide check in indirect_sentence. */
static bool object_not_said(const struct ctx *c, size_t a, size_t b, size_t cue0, size_t cuelen)
{
    const struct bl_cue *q;
    if (!cuelen || a != cue0 + cuelen || b <= a || c->t[cue0].kind != BL_TOK_WORD ||
        !cue_checked(c, cue0, sent(c, cue0)->tok_start, &q) || !lemma_in(q, object_verbs))
        return false;
    if (has_finite(c, a, b) || quote_in(c, a, b))
        return false;
    for (size_t k = a; k < b; k++)
        if (ends_ed(c, k) || tok_eq(c, k, "that"))
            return false;
    return true;
}

static int add_indirect2(struct ctx *c, size_t a, size_t b, size_t a2, size_t b2, uint32_t para,
                         struct bl_span src, size_t cue0, size_t cuelen)
{
    struct qb *q;
    size_t minw = 3, w;
    b = trim_end(c, a, bl_anonymity_cut(c->text, c->t, a, b));
    b2 = trim_end(c, a2, bl_anonymity_cut(c->text, c->t, a2, b2));
    if (b2 <= a2 && (setting_not_said(c, a, b, src, cue0, cuelen) ||
                     label_not_said(c, a, b, cue0, cuelen) || noun_not_cue(c, a, cue0, cuelen) ||
                     object_not_said(c, a, b, cue0, cuelen)))
        return BL_OK;
    if (b2 > a2)
        b2 = close_open_partial(c, a2, b2);
    else
        b = close_open_partial(c, a, b);
    /* `called Trump “unhinged.”`: two words are enough around quoted ones */
    if (b > a && b - a <= 8)
        for (size_t k = a; k < b; k++)
            if (c->t[k].kind == BL_TOK_QUOTE && !c->inq[k])
                minw = 2;
    /* words_in(c, a, b) + words_in(c, a2, b2) < minw, counted no further */
    w = words_upto(c, a, b, minw);
    if (b2 > a2)
        w += words_upto(c, a2, b2, minw - w);
    if (b <= a || w < minw || overlaps_direct(c, a, b))
        return BL_OK;
    if (add_piece(c, NONE32, NONE32, (uint32_t)a, (uint32_t)b) != BL_OK)
        return BL_ERR_NOMEM;
    if (b2 > a2 && add_piece(c, NONE32, NONE32, (uint32_t)a2, (uint32_t)b2) != BL_OK)
        return BL_ERR_NOMEM;
    q = add_quote(c, BL_QUOTE_INDIRECT, para);
    if (!q)
        return BL_ERR_NOMEM;
    q->npieces = b2 > a2 ? 2 : 1;
    q->first = (uint32_t)(c->npieces - q->npieces);
    q->source = src;
    if (cuelen) {
        q->cue = bl_tok_span(c->t, cue0, cue0 + cuelen);
    }
    q->speaker = speaker_of(c, src);
    return BL_OK;
}

/* A participle cue ("adding", "noting") opens at token k, before hi. */
static bool ing_cue_at(const struct ctx *c, size_t k, size_t hi, size_t lo)
{
    const struct bl_cue *cue;
    return k < hi && cue_at(c, k, lo, &cue) && cue->tag == BL_CUE_ING;
}

/* Some word of the phrase at src (starting at token p) is capitalised. */
static bool has_name(const struct ctx *c, size_t p, struct bl_span src)
{
    for (size_t k = p; k < c->n && c->t[k].start < src.end; k++)
        if (is_upper(c, k))
            return true;
    return false;
}

/* The phrase at src ends the sentence body or is followed by a comma
 * (", said Jane Doe, a lawyer for the group."). */
static bool np_ends_clause(const struct ctx *c, size_t p, struct bl_span src, size_t body_end)
{
    size_t k = p;
    while (k < body_end && c->t[k].start < src.end)
        k++;
    return k == body_end || tok_eq(c, k, ",");
}

/* A lower-case word in -ing ("trying", "calling"). */
static bool ends_ing(const struct ctx *c, size_t i)
{
    size_t l = c->t[i].end - c->t[i].start;
    return c->t[i].kind == BL_TOK_WORD && !is_upper(c, i) && l > 4 &&
           !strncmp(c->text + c->t[i].end - 3, "ing", 3);
}

/* A partial quote (marks no direct quote holds) opens in [a, b), looking
 * a few tokens ahead only. */
static bool partial_ahead(const struct ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b && k < a + 12; k++) {
        if (is_stop_punct(c, k) || tok_eq(c, k, ",") || tok_eq(c, k, ";"))
            return false;
        if (is_open_mark(c, k) && !c->inq[k])
            return true;
    }
    return false;
}

/* Auxiliaries and modals that make a clause finite. */
static const char *const finite_aux[] = {"is",  "was",   "are",   "were", "has", "have",
                                          "had", "will",  "would", "could", "should", "can",
                                          "may", "might", "must",  "did",  "does", "do",
                                          NULL};

/* The content [a, i) has a finite verb of its own ("is", "had", "will"):
 * it is a clause, not an object. Looked at only when a rule asks. */
static bool has_finite(const struct ctx *c, size_t a, size_t i)
{
    for (size_t k = a; k < i; k++)
        if (c->t[k].kind == BL_TOK_WORD && !c->inq[k] && tok_in(c, k, finite_aux))
            return true;
    return false;
}

/* Does the reported clause stop at the partial quote closing at i (before
 * b)? Returns the token after the closing mark when it does, else 0:
 * `decried the "culture of fear" and promised ...` (a second verb of the
 * subject), `called it "a farce" as he left` (the narrator's circumstance),
 * `yelled "Liar!" at the mayor` (a whole exclamation or question quoted
 * inside the narrator's sentence). The content starts at a. */
static size_t quoted_words_end(const struct ctx *c, size_t a, size_t i, size_t b)
{
    static const char *const narr_conj[] = {"while", "before", "after", "when", NULL};
    static const char *const at_preps[] = {"at",    "to",     "toward", "towards", "from",
                                           "during", "into",  "outside", "across", "as",
                                           "when",  "while",  "after",  "before",  "until", NULL};
    size_t e;
    if (!is_close_mark(c, i) || c->inq[i] || i == 0)
        return 0;
    if (mark_len(c, i - 1) == 2 && is_open_mark(c, i - 1))
        return 0; /* the second apostrophe of an opening '' */
    e = i + mark_len(c, i);
    if (e + 1 >= b || c->t[e].kind != BL_TOK_WORD || is_upper(c, e) ||
        c->t[e + 1].kind != BL_TOK_WORD || is_upper(c, e + 1))
        return 0;
    /* `and promised`, `and has`: a second verb of the subject, unless the
     * content is a clause of its own whose subject that verb may share
     * (`said she was "careless" and mishandled ...`) */
    if (tok_eq(c, e, "and") && !has_finite(c, a, i)) {
        /* `and also pledged`, `and then cast doubt on ...` */
        size_t v = e + 1;
        if (v + 1 < b && (tok_in(c, v, (const char *const[]){"also", "then", "later", NULL}) ||
                          is_ly_adverb(c, v)))
            v++;
        if (ends_ed(c, v) || tok_in(c, v, (const char *const[]){"has", "had", NULL}) ||
            (c->t[v].end - c->t[v].start <= 7 && tok_in(c, v, bl_and_pasts)))
            return e;
    }
    /* `before leaving`, `when asked`, `as he left` */
    if ((tok_in(c, e, narr_conj) && (ends_ing(c, e + 1) || tok_eq(c, e + 1, "asked"))) ||
        (tok_eq(c, e, "as") && in_list(c, e + 1, L_PRONOUNS)))
        return e;
    /* `yelled "Liar!" at the mayor` */
    if ((tok_eq(c, i - 1, "!") || tok_eq(c, i - 1, "?")) && tok_in(c, e, at_preps))
        return e;
    return 0;
}

/* Where reported content starting at a ends, at b at the latest: before a
 * clause that is no longer the speaker's (", while ...", " but ...", a dash,
 * a semicolon, ", according to"). */
/* Quote marks outside direct quotes among toks [a, b): odd inside a partial
 * quote. */
static size_t marks_between(const struct ctx *c, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += !c->inq[i] && c->t[i].kind == BL_TOK_QUOTE;
    return n;
}

/* "called for plans — including the cost — from both", "the senator
 * (D-Conn.) said": a pair of dashes or brackets sets off an aside, and the
 * reported clause goes on after it. Returns the closing token of the aside
 * opening at i when it closes within a few words before b and words follow
 * it, else 0. */
static size_t aside_end(const struct ctx *c, size_t i, size_t b)
{
    bool paren = tok_eq(c, i, "(");
    for (size_t j = i + 1; j < b && j < i + 24; j++) {
        if (c->inq[j] || is_stop_punct(c, j) || tok_eq(c, j, ";"))
            return 0;
        if (paren ? tok_eq(c, j, ")") : c->t[j].kind == BL_TOK_DASH)
            return j > i + 1 && j + 1 < b && is_word(c, j + 1) ? j : 0;
        if (!paren && tok_eq(c, j, "("))
            return 0;
    }
    return 0;
}

/* Does the "and" at i open a second predicate of the speaker rather than go
 * on inside the content [a, i) ("criticized the tariff and challenged the
 * minister to a debate")? After at most two adverbs comes an auxiliary with
 * a participle ("and has repeatedly called"), or a past or -ing form whose
 * own object, pronoun, name or preposition follows (a modifier, "and elected
 * officials", is followed by its noun). A content with a verb or relative
 * clause of its own ("the board met and voted to ...") keeps the rest. */
static bool second_predicate(const struct ctx *c, size_t a, size_t i, size_t b)
{
    static const char *const relatives2[] = {"that", "who", "which", "where", "whom", NULL};
    size_t y = i + 1;
    bool ing;
    while (y + 1 < b && y < i + 3 && is_ly_adverb(c, y))
        y++; /* "and pointedly saying" */
    if (y + 1 >= b || c->t[y].kind != BL_TOK_WORD || is_upper(c, y) || c->inq[y])
        return false;
    ing = ends_ing(c, y);
    /* the form after "and" first: most fail here, before the content is read
     * ("and the", "and his" leave at once) */
    if (!is_word(c, y + 1) || in_list(c, y, L_DETERMINERS))
        return false;
    if (strchr("hwd", c->text[c->t[y].start]) && tok_in(c, y, bl_and_auxes)) {
        if (!(c->t[y + 1].kind == BL_TOK_WORD && !is_upper(c, y + 1) &&
              (ends_ed(c, y + 1) || is_ly_adverb(c, y + 1) ||
               tok_in(c, y + 1, bl_and_participles) ||
               (c->t[y + 1].end - c->t[y + 1].start > 3 && c->text[c->t[y + 1].end - 2] == 'e' &&
                c->text[c->t[y + 1].end - 1] == 'n'))))
            return false;
    } else if (!((ing || ends_ed(c, y) ||
                  (c->t[y].end - c->t[y].start <= 7 && tok_in(c, y, bl_and_pasts))) &&
                 (in_list(c, y + 1, L_PRONOUNS) || tok_in(c, y + 1, bl_and_heads) ||
                  is_upper(c, y + 1)))) {
        return false;
    }
    if (has_finite(c, a, i))
        return false;
    for (size_t z = a; z < i; z++)
        if (tok_in(c, z, relatives2) || tok_in(c, z, bl_and_pasts) ||
            (ing ? ends_ing(c, z) : ends_ed(c, z)))
            return false;
    return true;
}

/* "said she backs a $12 wage but supports cities that go higher": a
 * reported clause goes on through a "but" that an auxiliary, a negation
 * or a verb of the same subject follows. Does the "but" at i (content
 * from a) do so? */
static bool but_goes_on(const struct ctx *c, size_t a, size_t i, size_t b)
{
    static const char *const goes_on[] = {"not", "also", "instead", "rather", "still", NULL};
    return i + 1 < b && has_finite(c, a, i) &&
           (has_finite(c, i + 1, i + 2) || tok_in(c, i + 1, goes_on));
}

/* Does the content opened at a sit in a relative clause set off by commas
 * ("Ruiz, who said the port would close, was ...")? A ", who" or ", which"
 * comes a few words before a with no comma between. */
static const char *const relative_openers[] = {"who", "which", NULL};
static bool in_relative(const struct ctx *c, size_t a)
{
    for (size_t k = a, w = 0; k > 1 && w < 10; k--, w++) {
        if (tok_eq(c, k - 1, ",") || is_stop_punct(c, k - 1) || c->inq[k - 1])
            return false;
        if (tok_in(c, k - 1, relative_openers))
            return tok_eq(c, k - 2, ",");
    }
    return false;
}

/* The verb of the main clause after a relative clause closes on a comma:
 * "..., was", "..., will", "..., plans". */
static const char *const main_verbs[] = {"is",   "was",   "are",     "were",  "has",  "have",
                                         "had",  "will",  "would",   "could", "can",  "did",
                                         "does", "plans", "remains", "said",  "says", NULL};

/* Common verbs whose past is not in -ed ("the boat, which had left Sfax,
 * sank"). */
static const char *const past_irregular[] = {
    "became", "began", "came", "fell", "found", "gave", "got",  "grew", "held", "hit",  "kept",
    "left",   "lost",  "made", "met",  "ran",   "rose", "sank", "saw",  "sold", "took", "went",
    "won",    NULL};

/* Do the quoted words [a, b) make a clause: an auxiliary or a clitic
 * ("It's all gone.", "We'll see."), or a verb in the past ("The pier
 * collapsed.")? A slogan or a label ("A change warrior.") has none. */
static bool quoted_clause(const struct ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b && k < c->n; k++)
        if (c->t[k].kind == BL_TOK_CLITIC ||
            (c->t[k].kind == BL_TOK_WORD && (tok_in(c, k, finite_aux) ||
                                             tok_in(c, k, past_irregular) || ends_ed(c, k))))
            return true;
    return false;
}

/* "said he backs the bill, which passed last week": a relative clause set
 * off by the comma at i that runs to b describes what the content names; it
 * is the narrator's, not the speaker's. Not when a comma closes it before a
 * verb of the main clause ("the bill, which passed, will fail"). */
static bool trailing_relative(const struct ctx *c, size_t i, size_t b)
{
    static const char *const rel_words[] = {"which", "who", NULL};
    if (i + 2 >= b || !tok_in(c, i + 1, rel_words) || c->inq[i + 1])
        return false;
    /* "..., which means the town can ...": a comment on the whole clause
     * that carries a claim of its own goes on with what was said */
    if (tok_eq(c, i + 1, "which") && tok_eq(c, i + 2, "means"))
        return false;
    bool first = true; /* the comma closing the relative clause, if any */
    for (size_t j = i + 2; j + 1 < b; j++) {
        size_t v = j + 1;
        if (!tok_eq(c, j, ",") || c->inq[j])
            continue;
        /* `the pier, which the storm broke, "will be rebuilt"`: the main
         * clause goes on in the speaker's words */
        if (is_open_mark(c, v) && v + 1 < b)
            v++;
        /* "demanded that the flag, which flew here, be taken down"; "a
         * second boat, which had left Sfax, reached Lampedusa": a verb in
         * the past after the clause's first comma (not a participle before
         * "by") */
        if (c->t[v].kind == BL_TOK_WORD && !is_upper(c, v) &&
            (tok_in(c, v, main_verbs) || has_finite(c, v, v + 1) || tok_eq(c, v, "to") ||
             tok_eq(c, v, "be") ||
             (first && (ends_ed(c, v) || tok_in(c, v, past_irregular)) &&
              (v + 1 >= b || !tok_eq(c, v + 1, "by")))))
            return false;
        first = false;
    }
    return true;
}

/* "said the firm would cut 3,000 jobs, a blow to the town": a noun phrase
 * set off by the comma at i that runs to b names or sizes up what was said;
 * it is the narrator's comment. Not when a comma closes it before a verb of
 * the main clause ("the firm, a family business, will close"). */
static bool trailing_appositive(const struct ctx *c, size_t i, size_t b)
{
    static const char *const app_words[] = {"a", "an", NULL};
    static const char *const and_or[] = {"and", "or", NULL};
    /* `acted "within policy," a claim the family disputes`: the comma
     * inside the closing mark sets the phrase off as well */
    if (i + 2 < b && c->t[i + 1].kind == BL_TOK_QUOTE && is_close_mark(c, i + 1) && !c->inq[i + 2])
        i++;
    /* "cited the levy, the highest in the region": after "the" only when
     * no comma, "and", "or" or verb follows, for "the" more often goes
     * on a list ("cut roads, the port and schools") */
    if (i + 2 < b && tok_eq(c, i + 1, "the") && !c->inq[i + 1]) {
        for (size_t j = i + 2; j < b; j++)
            if (c->t[j].kind == BL_TOK_QUOTE || c->inq[j] || tok_eq(c, j, ",") ||
                tok_in(c, j, and_or) || tok_in(c, j, main_verbs) || has_finite(c, j, j + 1))
                return false;
        return true;
    }
    if (i + 2 >= b || !tok_in(c, i + 1, app_words) || c->inq[i + 1])
        return false;
    for (size_t j = i + 2; j < b; j++) {
        /* `a "tribute" to him`: the speaker's own words go on; `a bond, and
         * a pact`: a list of what was said */
        if (c->t[j].kind == BL_TOK_QUOTE || c->inq[j])
            return false;
        if (tok_eq(c, j, ",") && j + 1 < b && c->t[j + 1].kind == BL_TOK_WORD &&
            !is_upper(c, j + 1) &&
            (tok_in(c, j + 1, main_verbs) || has_finite(c, j + 1, j + 2) ||
             tok_in(c, j + 1, and_or)))
            return false;
    }
    return true;
}

/* "said the plan was sound, and has since backed it", "said he was
 * calm, and when asked ...": after ", and" at j - 2 an auxiliary or a
 * subordinate clause opens the narrator's next clause about the speaker,
 * not more of what was said. */
static bool and_own_clause(const struct ctx *c, size_t j)
{
    static const char *const subords[] = {"while",   "as",      "before", "after",
                                          "when",    "because", "though", "although",
                                          "whereas", "even",    NULL};
    return !c->inq[j] && (has_finite(c, j, j + 1) || tok_in(c, j, subords));
}

/* ", and the central bank signalled ...", ", and the union's leader
 * warned ...": after ", and" at j - 1 a subject of its own (the, up to
 * three words) and a verb of saying in the past or present open another
 * report, not more of what was said. */
static bool and_the_reports(const struct ctx *c, size_t j, size_t b)
{
    if (j + 2 >= b || c->inq[j] || !tok_eq(c, j, "the"))
        return false;
    for (size_t k = j + 2; k < b && k <= j + 4; k++) {
        const struct bl_cue *cue = NULL;
        if (c->t[k - 1].kind != BL_TOK_WORD && c->t[k - 1].kind != BL_TOK_CLITIC)
            return false;
        if (bl_cues_at(c->cues, c->d, k, &cue) && cue && cue->cls == BL_CUE_SPEECH &&
            (cue->tag == BL_CUE_PAST || cue->tag == BL_CUE_3SG))
            return true;
    }
    return false;
}

/* "said 40 percent back the plan, compared with 30 percent in May": after
 * the comma at i the narrator compares; the reported clause has ended. */
static bool comma_compared(const struct ctx *c, size_t i, size_t b)
{
    return i + 2 < b && !c->inq[i + 1] && tok_eq(c, i + 1, "compared") &&
           (tok_eq(c, i + 2, "with") || tok_eq(c, i + 2, "to"));
}

static size_t clause_end(const struct ctx *c, size_t a, size_t b)
{
    /* ", just as ...", ", just a week after ...": the narrator's timing or
     * comparison */
    static const char *const after_comma[] = {"while",   "but",  "whereas", "according",
                                              "despite", "just", NULL};
    /* named, not compound literals: those are built on the stack each call */
    static const char *const and_adverbs[] = {"then", "also", "later", "again", NULL};
    static const char *const relatives[] = {"which", "who", NULL};
    static const char *const subordinators[] = {"while",   "as",      "before", "after",
                                                "when",    "because", "though", "although",
                                                "whereas", "even",    NULL};
    static const char *const second_openers[] = {"but", "and", "while", NULL};
    /* `what he calls the "Washington cartel"`: the object of a free
     * relative clause is the name in marks; the sentence goes on past it */
    for (size_t k = a, w = 0; k > 0 && w < 7 && is_word(c, k - 1); k--, w++) {
        bool opened = false;
        if (!tok_eq(c, k - 1, "what"))
            continue;
        for (size_t i = a; i < b && i < a + 24; i++) {
            if (c->t[i].kind != BL_TOK_QUOTE || c->inq[i])
                continue;
            if (is_open_mark(c, i))
                opened = true;
            else if (opened && is_close_mark(c, i))
                return i + mark_len(c, i) < b ? i + mark_len(c, i) : b;
            i += mark_len(c, i) - 1;
        }
        break;
    }
    /* "Kremlin rejects new sanctions; EU says more to come": a semicolon
     * ends even a short clause */
    for (size_t i = a + 1; i < a + 3 && i < b; i++)
        if (!c->inq[i] && tok_eq(c, i, ";"))
            return i;
    /* "Vale, who had suggested raising taxes, emphasized ...": a comma
     * closing the relative clause before the main verb ends even a short
     * content (the loop below leaves the first three tokens alone) */
    for (size_t i = a + 1; i < a + 3 && i + 1 < b; i++)
        if (!c->inq[i] && tok_eq(c, i, ",") && c->t[i + 1].kind == BL_TOK_WORD &&
            !is_upper(c, i + 1) &&
            (tok_in(c, i + 1, main_verbs) || bl_cues_at(c->cues, c->d, i + 1, NULL)) &&
            in_relative(c, a))
            return i;
    /* "praised the offer but warned that ...", "denied it and said ...",
     * "backs the plan, but it estimates ...": a second report, of the same
     * speaker or of a subject of its own, ends even a short content (the
     * main loop below starts three tokens in) */
    for (size_t i = a + 1; i < a + 3 && i + 1 < b; i++) {
        const struct bl_cue *cue = NULL;
        size_t v = i + 1;
        /* ", but it estimates that ...": a subject of its own first */
        if (tok_eq(c, i, ",") && i + 3 < b &&
            tok_in(c, i + 1, second_openers) &&
            (in_list(c, i + 2, L_PRONOUNS) || is_upper(c, i + 2)))
            v = i + 3;
        else if (!(tok_eq(c, i, "but") || tok_eq(c, i, "and")))
            continue;
        if (!c->inq[i] && bl_cues_at(c->cues, c->d, v, &cue) && cue &&
            cue->cls == BL_CUE_SPEECH && (cue->tag == BL_CUE_PAST || cue->tag == BL_CUE_3SG))
            return i;
    }
    for (size_t i = a + 3; i < b; i++) {
        /* most tokens: words opening with a letter other than a or b, which
         * pass every test below, in a tight loop */
        while (i < b && c->t[i].kind == BL_TOK_WORD && c->t[i].end > c->t[i].start &&
               ((unsigned char)c->text[c->t[i].start] | 0x20u) - (unsigned)'c' < 24u)
            i++;
        if (i == b)
            break;
        if (c->inq[i])
            continue;
        if (c->t[i].kind == BL_TOK_QUOTE) {
            size_t e = quoted_words_end(c, a, i, b);
            if (e)
                return e;
            continue;
        }
        /* every test below needs a dash or one of the tokens ";", "--",
         * "(", ",", "but" and "and" (any case): most words leave on their
         * first byte, and the rest go to the tests of their token only */
        if (c->t[i].kind == BL_TOK_DASH) {
            size_t j = aside_end(c, i, b);
            if (!j)
                return i;
            i = j;
            continue;
        }
        if (c->t[i].end == c->t[i].start)
            continue;
        switch ((unsigned char)c->text[c->t[i].start] | 0x20u) {
        case ';':
            if (tok_eq(c, i, ";"))
                return i;
            continue;
        case '-':
            if (tok_eq(c, i, "--"))
                return i;
            continue;
        case '(':
            if (tok_eq(c, i, "(")) {
                size_t j = aside_end(c, i, b);
                if (!j)
                    return i;
                i = j;
            }
            continue;
        case ',':
            if (!tok_eq(c, i, ","))
                continue;
            break;
        case 'b':
            /* "but that ...": a second complement of the same cue */
            /* "fled with $600 but was found", "difficult but necessary": a
             * "but" that opens no clause of its own joins the same content */
            if (tok_eq(c, i, "but") && !(i + 1 < b && tok_eq(c, i + 1, "that")) &&
                !partial_ahead(c, i + 1, b) && !but_goes_on(c, a, i, b) &&
                !(c->t[i - 1].kind == BL_TOK_WORD && marks_between(c, a + 3, i) & 1))
                return i;
            continue;
        case 'a':
            /* "... and then tweeted that": a second reported act of the speaker */
            if (tok_eq(c, i, "and") && i + 1 < b) {
                const struct bl_cue *cue = NULL;
                size_t v = i + 1;
                if (tok_in(c, v, and_adverbs) && v + 1 < b)
                    v++;
                if (bl_cues_at(c->cues, c->d, v, &cue) && cue && cue->tag != BL_CUE_BASE &&
                    cue->tag != BL_CUE_PREP && cue->tag != BL_CUE_PP)
                    return i;
                if (second_predicate(c, a, i, b))
                    return i;
            }
            continue;
        default:
            continue;
        }
        /* a comma */
        if (trailing_relative(c, i, b))
            return i;
        if (trailing_appositive(c, i, b))
            return i;
        if (comma_compared(c, i, b))
            return i;
        /* "Ruiz, who said the port would close, was ...": the comma closing
         * the relative clause ends what was said in it */
        if (i + 1 < b && c->t[i + 1].kind == BL_TOK_WORD && !is_upper(c, i + 1) &&
            c->t[i + 1].end - c->t[i + 1].start <= 7 && tok_in(c, i + 1, main_verbs) &&
            in_relative(c, a)) {
            bool first = true;
            for (size_t k = a; k < i && first; k++)
                first = !tok_eq(c, k, ",");
            if (first)
                return i;
        }
        if (i + 1 < b && tok_in(c, i + 1, after_comma) &&
            !(tok_eq(c, i + 1, "but") && i + 2 < b &&
              (tok_eq(c, i + 2, "that") || but_goes_on(c, a, i + 1, b))))
            return i;
        /* after a comma inside closing marks, the tests below look at the
         * token after the whole mark (two tokens for '') */
        size_t e2 = i + 2;
        if (i + 2 < b && is_close_mark(c, i + 1) && !c->inq[i + 1])
            e2 = i + 1 + mark_len(c, i + 1);
        /* `called it “ridiculous,” saying ...` */
        if (e2 < b && is_close_mark(c, i + 1) && !c->inq[i + 1] &&
            bl_cues_at(c->cues, c->d, e2, NULL))
            return e2;
        /* ", and he railed against ...", ", said one voter" */
        if (i + 2 < b &&
            ((tok_eq(c, i + 1, "and") && (in_list(c, i + 2, L_PRONOUNS) || is_upper(c, i + 2) ||
                                          bl_cues_at(c->cues, c->d, i + 2, NULL) ||
                                          and_own_clause(c, i + 2) ||
                                          and_the_reports(c, i + 2, b))) ||
             bl_cues_at(c->cues, c->d, i + 1, NULL)))
            return i;
        /* `called them "Obama-Clinton" policies, which he said had harmed`:
         * a relative clause after quoted words is the narrator's */
        if (i + 1 < b && i > a && tok_in(c, i + 1, relatives) &&
            (is_close_mark(c, i - 1) || (i >= a + 2 && is_close_mark(c, i - 2))))
            return i;
        /* `called him “a fraud,” Lee said`, `“best placed,” Ruiz is the
         * favourite`: after a quoted phrase closing on a comma, a capital
         * opens a clause of its own */
        if (e2 < b && is_close_mark(c, i + 1) && !c->inq[i + 1] &&
            c->t[e2].kind == BL_TOK_WORD && is_upper(c, e2))
            return e2;
        /* `would denounce “self-deportation,” which ...`: the same with the
         * comma inside the marks */
        if (e2 < b && is_close_mark(c, i + 1) && !c->inq[i + 1] && tok_in(c, e2, relatives))
            return e2;
        /* `was "going too far," while ...`: a partial quote closing on a
         * comma before a subordinate clause ends the reported clause */
        if (e2 < b && is_close_mark(c, i + 1) && !c->inq[i + 1] &&
            (tok_in(c, e2, subordinators) || ends_ing(c, e2)))
            return e2;
        /* `a "disgrace," and he said ...`: the comma inside the marks */
        if (e2 + 1 < b && is_close_mark(c, i + 1) && !c->inq[i + 1] && tok_eq(c, e2, "and") &&
            (in_list(c, e2 + 1, L_PRONOUNS) || is_upper(c, e2 + 1) ||
             bl_cues_at(c->cues, c->d, e2 + 1, NULL)))
            return e2;
    }
    return b;
}

/* "criticized the plan in a tweet", "praised Ruiz during a rally on
 * Friday": a phrase near the end of an object (no clause of its own) naming
 * where or how the speaker spoke is the narrator's, not part of what was
 * said. Returns where the content [a, e) ends before such a phrase, e when
 * it has none. */
static size_t medium_end(const struct ctx *c, size_t a, size_t e)
{
    static const char *const preps[] = {"in", "on", "during", "at", "via", "through", NULL};
    static const char *const media[] = {
        "tweet",   "tweets",  "twitter",   "facebook", "instagram", "interview",  "interviews",
        "statement", "rally", "debate",    "speech",   "conference", "appearance", "op-ed",
        "briefing", "radio",  "television", "show",    "forum",     "post",       "email",
        "letter",  "town",    "hearing",   "event",    "podcast",   "broadcast",  NULL};
    /* "denied the charges through a spokeswoman": who spoke for the speaker */
    static const char *const agents[] = {"lawyer",    "lawyers",     "attorney",     "attorneys",
                                         "spokesman", "spokeswoman", "spokesperson", NULL};
    /* the phrase ends within five tokens of e: only the last dozen tokens
     * can open it; most fail on their length and first bytes */
    for (size_t i = e > a + 12 ? e - 12 : a + 1; i + 1 < e; i++) {
        size_t l = c->t[i].end - c->t[i].start;
        const char *w = c->text + c->t[i].start;
        /* in, on, at (two bytes), via, during, through (the list) */
        if (l == 2 ? !(((w[0] | 0x20) == 'i' || (w[0] | 0x20) == 'o') && (w[1] | 0x20) == 'n') &&
                         !((w[0] | 0x20) == 'a' && (w[1] | 0x20) == 't')
                   : (l != 3 && l != 6 && l != 7) || !strchr("vdt", w[0] | 0x20) ||
                         !tok_in(c, i, preps))
            continue;
        if (c->inq[i])
            continue;
        for (size_t j = i + 1; j < e && j < i + 7; j++) {
            if (c->inq[j] || !is_word(c, j))
                break;
            size_t lj = c->t[j].end - c->t[j].start;
            /* the list last: it is long, and the head must be near e */
            if (e - j <= 5 && lj >= 4 && lj <= 10 && tok_in(c, j, media))
                return has_finite(c, a, e) ? e : i;
            if (e - j <= 3 && lj >= 6 && l == 7 && (w[0] | 0x20) == 't' && tok_in(c, j, agents))
                return has_finite(c, a, e) ? e : i;
        }
    }
    return e;
}

/* Start of content that ends at b and reaches back to lo at most, bounded so
 * that a sentence of many cues stays linear. */
static size_t back_from(size_t lo, size_t b)
{
    return b > lo + MAX_CONTENT ? b - MAX_CONTENT : lo;
}

/* "Though she never named Ruiz, she said ...": a cue inside a fronted
 * subordinate clause (the sentence opens on "though", "while", "when" ...
 * with no comma before the cue) reports only up to the comma that closes
 * that clause: the first one outside partial quotes that no "and", "or" or
 * "but" follows. Returns where the content starting at t0 ends, e at the
 * latest. */
static size_t fronted_end(const struct ctx *c, size_t first, size_t cue, size_t t0, size_t e)
{
    static const char *const subordinators[] = {
        "though", "although", "while", "when",   "as",   "after", "if",      "because",
        "since",  "before",   "until", "unless", "once", "even",  "whereas", NULL};
    size_t f = first;
    bool sub = false;
    while (f < cue && !is_word(c, f))
        f++;
    /* "A few weeks after she said ...": a short time phrase may come first
     * (f, a word when before cue, is asked first: sub is its answer when
     * none is one) */
    for (size_t g = f; g < cue && g < f + 4 && is_word(c, g); g++)
        if (tok_in(c, g, subordinators)) {
            f = g;
            sub = true;
            break;
        }
    if (!sub)
        return e;
    for (size_t k = f + 1; k < cue; k++)
        if (tok_eq(c, k, ",") || is_stop_punct(c, k) || tok_eq(c, k, ";"))
            return e;
    for (size_t k = t0 + 1; k + 1 < e; k++) {
        if (c->inq[k] || !tok_eq(c, k, ",") || marks_between(c, t0, k) & 1)
            continue;
        if (is_word(c, k + 1) && !tok_in(c, k + 1, (const char *const[]){"and", "or", "but", NULL}))
            return k;
    }
    return e;
}

/* Has toks [a, b) a verb of its own: an auxiliary, a past form or an
 * inflected verb after a noun? A fronted phrase ("Over the long term",
 * "Among the precedents at risk") has none. */
static const char *const relatives_qc[] = {"which", "who", "whose", "where", NULL};
/* prepositions opening a fronted phrase, after which the verb may come
 * first: "Among the precedents at risk, according to X, are ..." */
static const char *const fronting_preps[] = {"over",   "at",     "among", "since",  "in",
                                             "on",     "during", "after", "before", "for",
                                             "within", "under",  "by",    NULL};
static bool fronted_has_verb(const struct ctx *c, size_t a, size_t b)
{
    if (has_finite(c, a, b))
        return true;
    for (size_t k = a; k < b; k++)
        if (c->inq[k] || ends_ed(c, k) || tok_eq(c, k, ";") ||
            (k > a && c->t[k].kind == BL_TOK_WORD && !is_upper(c, k) &&
             c->text[c->t[k].end - 1] == 's' && in_list(c, k - 1, L_PRONOUNS)))
            return true;
    return false;
}

static int add_indirect(struct ctx *c, size_t a, size_t b, uint32_t para, struct bl_span src,
                        size_t cue0, size_t cuelen)
{
    return add_indirect2(c, a, b, 0, 0, para, src, cue0, cuelen);
}

/* Hash of the words a..b-1, each by its bytes and length. */
static uint64_t words_hash(const struct ctx *c, size_t a, size_t b)
{
    uint64_t h = 0xcbf29ce484222325u;
    for (size_t j = a; j < b; j++) {
        const unsigned char *p = (const unsigned char *)c->text + c->t[j].start;
        size_t len = c->t[j].end - c->t[j].start;
        for (size_t k = 0; k < len; k++)
            h = (h ^ p[k]) * 0x100000001b3u;
        h = (h ^ (len + 0x100u)) * 0x100000001b3u;
    }
    return h;
}

/* The token before which sentence o has its first colon, when that is one
 * to four words in and more follows; else 0. */
static size_t label_colon(const struct ctx *c, const struct bl_sentence *o)
{
    for (size_t k = o->tok_start + 1; k < o->tok_end && k < o->tok_start + 5; k++)
        if (tok_eq(c, k, ":"))
            return k + 1 < o->tok_end ? k : 0;
    return 0;
}

static int label_cmp(const void *a, const void *b)
{
    const struct label *x = a, *y = b;
    return x->h < y->h ? -1 : x->h > y->h;
}

/* Index every paragraph that opens with words and a colon, once per
 * document, so label_recurs is a lookup: a transcript of thousands of
 * labels stays linear. */
static int label_index(struct ctx *c)
{
    size_t n = 0, k;
    for (size_t i = 0; i < c->d->nsents; i++)
        if ((c->d->sents[i].flags & BL_SF_PARA_START) && label_colon(c, &c->d->sents[i]))
            n++;
    if (n < 2)
        return BL_OK;
    c->labels = malloc(n * sizeof *c->labels);
    if (!c->labels)
        return BL_ERR_NOMEM;
    for (size_t i = 0; i < c->d->nsents; i++) {
        const struct bl_sentence *o = &c->d->sents[i];
        if ((o->flags & BL_SF_PARA_START) && (k = label_colon(c, o)) != 0)
            c->labels[c->nlabels++] = (struct label){ words_hash(c, o->tok_start, k), (uint32_t)i };
    }
    qsort(c->labels, c->nlabels, sizeof *c->labels, label_cmp);
    return BL_OK;
}

/* True when the words lo..colon-1 that open sentence s, then a colon, also
 * open another paragraph: the speaker labels of a transcript ("Peskov: ...").
 * The words before the colon are words, so such a paragraph's first colon
 * follows them: the index holds it. */
static bool label_recurs(const struct ctx *c, const struct bl_sentence *s, size_t lo, size_t colon)
{
    uint64_t h;
    size_t a = 0, b = c->nlabels, n = colon - lo;
    if (!c->nlabels)
        return false;
    h = words_hash(c, lo, colon);
    while (a < b) { /* the first entry with hash >= h */
        size_t mid = a + (b - a) / 2;
        if (c->labels[mid].h < h)
            a = mid + 1;
        else
            b = mid;
    }
    for (; a < c->nlabels && c->labels[a].h == h; a++) {
        const struct bl_sentence *o = &c->d->sents[c->labels[a].sent];
        size_t j;
        if (o == s || o->tok_end - o->tok_start <= n + 1)
            continue;
        for (j = 0; j < n; j++)
            if (c->t[o->tok_start + j].end - c->t[o->tok_start + j].start !=
                    c->t[lo + j].end - c->t[lo + j].start ||
                memcmp(c->text + c->t[o->tok_start + j].start, c->text + c->t[lo + j].start,
                       c->t[lo + j].end - c->t[lo + j].start) != 0)
                break;
        if (j == n && tok_eq(c, o->tok_start + n, ":"))
            return true;
    }
    return false;
}

/* "Mark Ruiz: Bridge Will Reopen in May", "SMITH: We will not ...": a
 * paragraph opening with a name (an actor, or a name in capitals as in a
 * transcript) and a colon; what follows to the end of the paragraph is
 * theirs. Quoted material after the colon is left to the direct quotes. */
static int colon_paragraph(struct ctx *c, const struct bl_sentence *s)
{
    size_t lo = s->tok_start, colon, e;
    const struct bl_sentence *last = s, *end = c->d->sents + c->d->nsents;
    struct bl_span src;
    bool caps = true;
    if (!(s->flags & BL_SF_PARA_START) || c->inq[lo])
        return BL_OK;
    for (colon = lo; colon < s->tok_end && colon < lo + 5; colon++) {
        if (tok_eq(c, colon, ":"))
            break;
        if (c->t[colon].kind != BL_TOK_WORD || !is_upper(c, colon) ||
            in_list(c, colon, L_NP_STOP) || in_list(c, colon, L_DETERMINERS))
            return BL_OK;
        caps = caps && (c->t[colon].flags & BL_TF_ALLCAPS) && c->t[colon].end - c->t[colon].start > 1;
    }
    if (colon == lo || colon >= s->tok_end || colon + 1 >= s->tok_end || !tok_eq(c, colon, ":") ||
        c->inq[colon + 1])
        return BL_OK;
    src = bl_tok_span(c->t, lo, colon);
    while (last + 1 < end && last[1].para == s->para && last[1].tok_end - s->tok_start < MAX_CONTENT)
        last++;
    if (!caps && speaker_of(c, src) < 0) {
        /* `Kelli Ward: Impeach Lynch, ‘Stop DC at the Door.’`: quoted words
         * after the colon say the name is who speaks */
        static const char *const not_names[] = {
            "update",    "note",       "correction", "watch",  "video",   "photos",
            "related",   "transcript", "read",       "source", "sources", "question",
            "questions", "q",          "answer",     NULL}; /* named: see clause_end */
        size_t k;
        for (k = colon + 1; k < last->tok_end && c->t[k].kind != BL_TOK_QUOTE; k++)
            ;
        if ((k >= last->tok_end && !label_recurs(c, s, lo, colon)) || tok_in(c, lo, not_names))
            return BL_OK;
    }
    e = last->tok_end;
    return add_indirect(c, colon + 1, e, s->para, src, colon, 1);
}

/* ", with Ana Ruiz, its chair, noting ...": the named person after the
 * last ", with" before the comma at e (lo: the sentence start), when
 * nothing but an appositive lies between. */
static bool with_subject(const struct ctx *c, size_t lo, size_t e, struct bl_span *out)
{
    size_t w = e, commas = 0;
    struct bl_span sp;
    while (w > lo + 1 && e - w < APPOS_MAX && !tok_eq(c, w - 1, "with")) {
        if (tok_eq(c, w - 1, ",") && ++commas > 2)
            return false;
        if (c->t[w - 1].kind == BL_TOK_QUOTE || c->inq[w - 1])
            return false;
        w--;
    }
    if (w <= lo + 1 || !tok_eq(c, w - 1, "with") || !tok_eq(c, w - 2, ",") || w >= e ||
        !is_upper(c, w) || !np_right(c, w, e, &sp))
        return false;
    if (speaker_of(c, sp) < 0) {
        /* no actor known: a name of two capitalised words or more */
        size_t k = w, words = 0;
        for (; k < e && c->t[k].start < sp.end; k++, words++)
            if (c->t[k].kind != BL_TOK_WORD || !is_upper(c, k))
                return false;
        if (words < 2)
            return false;
    }
    *out = sp;
    return true;
}

/* "denounced what she called the rhetoric of fear": "what" and a subject
 * before the cue at i make a name for the object of another verb, not a
 * report of its own. */
static bool what_called(const struct ctx *c, size_t lo, size_t i)
{
    for (size_t k = i, n = 0; k > lo && n < 5; k--, n++) {
        if (!is_word(c, k - 1) || c->inq[k - 1])
            return false;
        if (tok_eq(c, k - 1, "what"))
            return k < i;
    }
    return false;
}

/* Is what follows the cue from t0 an object and no clause: no finite verb
 * and no quotation within MAX_CONTENT tokens (or up to hi)? */
static bool object_only(const struct ctx *c, size_t t0, size_t hi)
{
    size_t e = t0 + MAX_CONTENT < hi ? t0 + MAX_CONTENT : hi;
    return !has_finite(c, t0, e) && !quote_in(c, t0, e);
}

/* Does a phrase that glosses what was reported open at k, before hi: "a"
 * or "an", or "the" with no verb of its own up to hi (no auxiliary, cue or
 * word in -ed)? */
static bool gloss_at(const struct ctx *c, size_t k, size_t hi)
{
    if (tok_in(c, k, appos_openers))
        return true;
    if (!tok_eq(c, k, "the") || has_finite(c, k + 1, hi))
        return false;
    for (size_t j = k + 1; j < hi; j++) {
        const struct bl_cue *cue;
        if (ends_ed(c, j) || cue_at(c, j, k, &cue))
            return false;
    }
    return true;
}

/* Reported speech in sentence s with its cues. */
/* "CONTENT, the ministry said on Thursday, as rates fell": a clause of
 * time ("as", "after") after a fronted attribution (a comma before the
 * source, content before that comma) is the writer's setting, no part of
 * what was said; a reason ("because", "since") mostly is part of it, as
 * PolNeAR marks it. So is a participle's phrase that no cue opens ("...,
 * the club announced, ending weeks of speculation"; not ", adding ...",
 * ", including ..." nor a gerund that is a subject: ", revoking it would
 * be ...").
 * k is the token after the cue and its circumstance, lo the clause start,
 * i the cue, hi the sentence body's end. */
static bool circumstance_after(const struct ctx *c, size_t lo, size_t i, size_t k, size_t hi)
{
    struct bl_span sp;
    size_t a;
    if (tok_eq(c, k, ","))
        k++; /* skip_circumstance steps over the comma after "on Thursday" */
    if (k <= i + 1 || k >= hi || !tok_eq(c, k - 1, ",") ||
        !(tok_in(c, k, (const char *const[]){"as", "after", NULL}) ||
          (ends_ing(c, k) && !ing_cue_at(c, k, c->n, lo) && !tok_eq(c, k, "including") &&
           !has_finite(c, k + 1, hi))) ||
        !np_left(c, lo, i, &sp))
        return false;
    a = tok_at(c, sp.start);
    return a > lo + 3 && a < i && tok_eq(c, a - 1, ",") && words_in(c, lo, a - 1) >= 3;
}

/* Is the content from t0, straight after the cue (no "that"), the object of
 * a deal or a service rather than a report? "agree" and "advise" take a
 * clause when they report ("agreed the plan was fair", "advised them to
 * sell"), but a noun phrase alone when they name a transaction ("agree $2
 * billion merger", "Rothschild advised the buyer"): up to the first comma
 * no auxiliary, no "to", "that" or quotation mark, and no pronoun subject. */
static bool deal_object(const struct ctx *c, const struct bl_cue *cue, size_t t0, size_t body_end)
{
    static const char *const deal_verbs[] = {"agree", "advise", NULL};
    size_t e;
    if (!lemma_in(cue, deal_verbs) || t0 >= body_end || in_list(c, t0, L_PRONOUNS) ||
        tok_in(c, t0, obj_pronouns))
        return false;
    for (e = t0; e < body_end && !tok_eq(c, e, ",") && !tok_eq(c, e, ";"); e++)
        if (c->t[e].kind == BL_TOK_QUOTE || tok_eq(c, e, "to") || tok_eq(c, e, "that") ||
            tok_eq(c, e, "with") || tok_eq(c, e, "on"))
            return false;
    return e > t0 && !has_finite(c, t0, e);
}

/* Is the "that" at m, after the cue ending at after, a relative pronoun
 * inside a circumstance set off by a comma ("said Monday, in a speech that
 * did not mention the bank, that ...")? It is when a common noun comes
 * before it and an auxiliary follows it at once (no subject of its own;
 * "said that is wrong" has no such noun). Then *out is the
 * start of the content after the ", that" that ends the relative clause,
 * and false is returned; true when no such ", that" follows (no content
 * here). */
static bool relative_that(const struct ctx *c, size_t after, size_t m, size_t body_end,
                          size_t *out)
{
    size_t t0 = m + 1, e = t0 + 24 < body_end ? t0 + 24 : body_end, x;
    if (t0 >= body_end || !has_finite(c, t0, t0 + 1) || !is_word(c, m - 1) || is_upper(c, m - 1))
        return false;
    /* a circumstance set off by a comma after the cue: "said Monday, in a
     * speech that ..." */
    for (x = after; x < m && !tok_eq(c, x, ","); x++)
        ;
    if (x == m)
        return false;
    for (x = t0 + 1; x + 2 < e; x++)
        if (tok_eq(c, x, ",") && tok_eq(c, x + 1, "that")) {
            *out = x + 2;
            return false;
        }
    return true;
}

/* "about 110,000", "about half", "about a third": an amount at a that
 * "about" rounds; the token after it, or 0. */
static size_t about_amount(const struct ctx *c, size_t a, size_t b)
{
    static const char *const parts[] = {"third", "quarter", "fifth", "tenth", "dozen", "half",
                                        NULL};
    if (a < b && (c->t[a].kind == BL_TOK_NUMBER || tok_eq(c, a, "half")))
        return a + 1;
    if (a + 1 < b && (tok_eq(c, a, "a") || tok_eq(c, a, "one")) && tok_in(c, a + 1, parts))
        return a + 2;
    return 0;
}

/* A finite verb a few words from a, before any comma or "that": "about
 * 110,000 of the heaters had been sold" is a clause. */
static bool about_clause(const struct ctx *c, size_t a, size_t b)
{
    for (size_t x = a; x < b && x < a + 8; x++) {
        if (tok_eq(c, x, ",") || tok_eq(c, x, "that") || c->t[x].kind == BL_TOK_QUOTE)
            return false;
        if (has_finite(c, x, x + 1))
            return true;
    }
    return false;
}

/* "last week", "this month": a time phrase with no preposition at j. */
static bool bare_time(const struct ctx *c, size_t j, size_t b)
{
    return j + 1 < b && tok_in(c, j, (const char *const[]){"last", "this", "next", NULL}) &&
           in_list(c, j + 1, L_CIRC_HEADS);
}

/* "told reporters the pause was temporary", "told Reuters on Tuesday the
 * deal would close": the one told (a short noun phrase) and a circumstance
 * end where a clause opens, a determiner, pronoun, capital or number with a
 * finite verb a few words on. The token the clause opens at, or k when the
 * words after the cue are not so. */
static size_t told_object_end(const struct ctx *c, size_t k, size_t b)
{
    size_t j = k, n = 0, x;
    if (j < b && in_list(c, j, L_DETERMINERS))
        j++;
    while (j < b && n < 6 && is_word(c, j) && !in_list(c, j, L_DETERMINERS) &&
           !in_list(c, j, L_PRONOUNS) && !tok_eq(c, j, "that") && !has_finite(c, j, j + 1) &&
           !is_ly_adverb(c, j) && !in_list(c, j, L_NP_STOP) && !bare_time(c, j, b)) {
        j++;
        n++;
        /* "told NBC's Today show", "told BuzzFeed's Smith" */
        if (j + 1 < b && c->t[j].kind == BL_TOK_CLITIC && is_word(c, j + 1))
            j++;
    }
    /* "telling the story of ...": the object goes on */
    if (n == 0 || (j < b && tok_eq(c, j, "of")))
        return k;
    /* "told the Tribune last week she ...": a time with no preposition */
    if (bare_time(c, j, b))
        j += 2;
    j = skip_circumstance(c, j, b);
    /* a clause opens here, not in the middle of a name the circumstance
     * holds ("at the New York State Republican Party's gala how ...") */
    if (j + 1 >= b || !(in_list(c, j, L_DETERMINERS) || in_list(c, j, L_PRONOUNS) ||
                        is_upper(c, j) || c->t[j].kind == BL_TOK_NUMBER) ||
        (is_upper(c, j) && is_upper(c, j - 1)))
        return k;
    for (x = j + 1; x < b && x < j + 8 && !tok_eq(c, x, ","); x++)
        if (c->t[x].kind == BL_TOK_WORD && (has_finite(c, x, x + 1) || ends_ed(c, x)))
            return j;
    return k;
}

/* "Tom Vale, a builder who ran the yard for years and is now its owner,
 * said ...", "Vale, meanwhile, who owns no boat, said ...": a name opening
 * the clause at lo, its comma, then an aside too long or too mixed for
 * np_left (a relative clause after a noun, a title in quotation marks) up
 * to the comma before the cue at i. The aside holds no sentence end and no
 * direct quote, and the name must be someone's. Sets *out to the name. */
static bool name_then_aside(const struct ctx *c, size_t lo, size_t i, struct bl_span *out)
{
    size_t k = lo;
    if (i < lo + 4 || !tok_eq(c, i - 1, ",") || !is_word(c, lo) || !is_upper(c, lo) ||
        in_list(c, lo, L_DETERMINERS) || in_list(c, lo, L_PRONOUNS))
        return false;
    while (k < i && k < lo + NP_MAX && is_word(c, k) && is_upper(c, k))
        k++;
    if (k >= i - 1 || !tok_eq(c, k, ",") || i - k > 3 * APPOS_MAX)
        return false;
    for (size_t j = k + 1; j + 1 < i; j++)
        if (is_stop_punct(c, j) || c->used[j] || tok_eq(c, j, ";") || tok_eq(c, j, ":"))
            return false;
    out->start = c->t[lo].start;
    out->end = c->t[k - 1].end;
    return speaker_of(c, *out) >= 0;
}

/* Words that open the object of a cue in a two-token tail after it
 * ("rejected the demand"), which is no circumstance ("said Monday night"). */
static const char *const tail_objects[] = {"the", "a",   "an",  "his", "her",
                                           "their", "its", "our", NULL};

/* Is the -ing cue at i ("Doctors [writing] in the journal said ...") part
 * of the source phrase of a verb of speech after it (np_left_d)? */
static bool participle_in_source(const struct ctx *c, size_t lo, size_t hi, size_t i)
{
    if (!tok_in(c, i, source_participles) || !tok_in(c, i + 1, participle_preps))
        return false;
    for (size_t y = i + 3; y < hi && y < i + 2 + NP_MAX && is_word(c, y); y++) {
        const struct bl_cue *q;
        struct bl_span sp;
        if (cue_at(c, y, lo, &q) && q->cls == BL_CUE_SPEECH && q->tag != BL_CUE_ING)
            return np_left(c, lo, y, &sp) && sp.start < c->t[i].start;
    }
    return false;
}

static int indirect_sentence(struct ctx *c, const struct bl_sentence *s)
{
    size_t lo = s->tok_start, hi = s->tok_end, i;
    /* "PHOENIX — CONTENT, X said": the dateline is no part of the content */
    size_t clause_lo = (s->flags & BL_SF_PARA_START)
                           ? bl_claims_after_dateline(c->d, (size_t)(s - c->d->sents))
                           : lo;
    /* ", adding that ...": the subject is after the dateline */
    size_t text_lo = clause_lo;
    size_t body_end = trim_end(c, lo, hi);
    int rc;

    rc = colon_paragraph(c, s);
    if (rc != BL_OK)
        return rc;

    for (i = lo; i < hi; i++) {
        const struct bl_cue *cue;
        size_t len, after, k;
        struct bl_span src;
        int sa;
        static const char *const appos_dets[] = {"a", "an", "the", NULL};
        /* most tokens hold no cue: a tight loop on the index to the next */
        if (c->cue_ix) {
            while (i + 4 <= hi && !((uintptr_t)c->cue_ix[i] | (uintptr_t)c->cue_ix[i + 1] |
                                    (uintptr_t)c->cue_ix[i + 2] | (uintptr_t)c->cue_ix[i + 3]))
                i += 4;
            while (i < hi && !c->cue_ix[i])
                i++;
        }
        if (i == hi)
            break;
        len = cue_at(c, i, lo, &cue);
        if (!len)
            continue;
        after = i + len;
        if (cue->tag == BL_CUE_ING && participle_in_source(c, lo, hi, i))
            continue;
        if (cue->tag == BL_CUE_PREP) {
            /* according to X, CONTENT  /  CONTENT, according to X */
            if (!np_right(c, after, hi, &src))
                continue;
            /* "according to the Disaster and Emergency Management
             * Authority": "and" between capitalised words is in the name */
            {
                size_t e = after;
                while (e < hi && c->t[e].start < src.end)
                    e++;
                while (e + 1 < hi && e > after && tok_eq(c, e, "and") && is_upper(c, e - 1) &&
                       c->t[e + 1].kind == BL_TOK_WORD && is_upper(c, e + 1)) {
                    for (e++; e < hi && c->t[e].kind == BL_TOK_WORD && is_upper(c, e); e++)
                        src.end = c->t[e].end;
                }
            }
            /* "according to a report by the Texas A&M Real Estate Center",
             * "projections by the Associated Press": who made it */
            {
                size_t e = after;
                struct bl_span by;
                while (e < hi && c->t[e].start < src.end)
                    e++;
                if (e + 1 < hi && (tok_eq(c, e, "by") || tok_eq(c, e, "from")) &&
                    np_right(c, e + 1, hi, &by) && is_upper(c, tok_at(c, by.end - 1))) {
                    /* "Texas A&M Real Estate Center" */
                    size_t x = tok_at(c, by.end - 1) + 1;
                    while (x + 1 < hi && tok_eq(c, x, "&") && is_upper(c, x + 1)) {
                        for (x++; x < hi && is_word(c, x) && is_upper(c, x); x++)
                            by.end = c->t[x].end;
                    }
                    src.end = by.end;
                }
            }
            if (i == lo || (i == lo + 1 && !is_word(c, lo))) {
                k = after;
                while (k < hi && c->t[k].start < src.end)
                    k++;
                while (k < hi && k < after + APPOS_MAX && !tok_eq(c, k, ","))
                    k++;
                /* "According to Paulo Ribeiro, a strategist at Itaú Gestão,
                 * the bank ...": a person's appositive, a noun phrase with
                 * no verb up to its comma, is not what was said */
                if (k + 2 < hi && tok_eq(c, k, ",") && tok_in(c, k + 1, appos_dets) &&
                    (sa = speaker_of(c, src)) >= 0 &&
                    c->d->actors[sa].kind == BL_ACTOR_PERSON) {
                    size_t e = k + 2;
                    while (e < hi && e < k + APPOS_MAX && !tok_eq(c, e, ",") &&
                           c->t[e].kind != BL_TOK_QUOTE && !is_stop_punct(c, e) &&
                           !tok_eq(c, e, "that"))
                        e++;
                    if (e + 1 < hi && tok_eq(c, e, ",") && !has_finite(c, k + 1, e) &&
                        !role_names_other(c, k + 2, e, sa))
                        k = e;
                } else if (k + 2 < hi && tok_eq(c, k, ",") && is_upper(c, after) &&
                           ((sa = speaker_of(c, src)) < 0 ||
                            c->d->actors[sa].kind != BL_ACTOR_PERSON)) {
                    size_t e = body_appositive(c, k + 1, hi);
                    if (e > k)
                        k = e;
                }
                /* "According to officials, who spoke on condition of
                 * anonymity, the talks ...": a relative clause on the source
                 * up to its comma tells who they are, not what they said */
                else if (k + 2 < hi && tok_eq(c, k, ",") &&
                         tok_in(c, k + 1, (const char *const[]){"who", "whose", NULL})) {
                    size_t e = clause_comma(c, k + 2, k + APPOS_MAX < hi ? k + APPOS_MAX : hi);
                    if (e + 2 < hi && tok_eq(c, e, ","))
                        k = e;
                }
                if (k < hi) {
                    rc = add_indirect(c, k + 1, k + 1 + MAX_CONTENT < hi ? k + 1 + MAX_CONTENT : hi,
                                      s->para, src, i, len);
                    if (rc != BL_OK)
                        return rc;
                }
            } else if (i > lo && tok_eq(c, i - 1, ",")) {
                size_t a0 = back_from(clause_lo, i - 1), x;
                /* "X told Y that CONTENT, according to a statement": the
                 * statement reports X's words and all, when that content
                 * runs with no comma up to the attribution */
                for (x = clause_lo; x + 1 < i && !tok_eq(c, x, ","); x++)
                    ;
                if (clause_lo > text_lo && x + 1 >= i)
                    a0 = back_from(text_lo, i - 1);
                k = after;
                while (k < hi && c->t[k].start < src.end)
                    k++;
                /* "The cost of the plan, according to the agency, will
                 * be ...", "Missing from the budget, according to X, was
                 * ...": a verb opening what follows carries on the clause
                 * the attribution interrupts, whose opening has no verb of
                 * its own: what was reported is both pieces (kv: past the
                 * rest of a source phrase the noun phrase left, "according
                 * to members who spoke to reporters, was"). "Over the long
                 * term, according to the budget office, the deficit will
                 * grow": a fronted phrase with no verb of its own, then a
                 * clause of its own, is not what was reported; the clause
                 * the attribution interrupts is. */
                size_t kv = k;
                while (kv < body_end && kv < k + APPOS_MAX && !tok_eq(c, kv, ",") &&
                       !is_stop_punct(c, kv) && c->t[kv].kind != BL_TOK_QUOTE &&
                       c->t[kv].kind != BL_TOK_DASH)
                    kv++;
                if (kv + 3 < body_end && tok_eq(c, kv, ",") && has_finite(c, kv + 1, kv + 2) &&
                    words_in(c, a0, i - 1) <= 8 && !fronted_has_verb(c, a0, i - 1))
                    rc = add_indirect2(c, a0, i - 1, kv + 1,
                                       kv + 1 + MAX_CONTENT < body_end ? kv + 1 + MAX_CONTENT
                                                                       : body_end,
                                       s->para, src, i, len);
                else if (k + 3 < body_end && tok_eq(c, k, ",") && !tok_in(c, k + 1, relatives_qc) &&
                         (is_upper(c, k + 1) || in_list(c, k + 1, L_DETERMINERS) ||
                          in_list(c, k + 1, L_PRONOUNS) || tok_in(c, a0, fronting_preps)) &&
                         words_in(c, a0, i - 1) <= 8 && !fronted_has_verb(c, a0, i - 1))
                    rc = add_indirect(
                        c, k + 1, k + 1 + MAX_CONTENT < body_end ? k + 1 + MAX_CONTENT : body_end,
                        s->para, src, i, len);
                else
                    rc = add_indirect(c, a0, i - 1, s->para, src, i, len);
                if (rc != BL_OK)
                    return rc;
            }
            clause_lo = i + len;
            i += len - 1;
            continue;
        }
        k = skip_circumstance(c, after, body_end);
        if (c->used[i])
            continue; /* the attribution of a direct quote */
        /* "she thinks the plan will fail": a belief verb reports a state of
         * mind, not words; the claims stage takes it as an attributed claim */
        if (cue->cls == BL_CUE_BELIEF)
            continue;
        /* "CONTENT, X told the Tribune earlier this week.": the object and
         * what follows it end the sentence */
        if (lemma_in(cue, tell_like) && k < body_end && !tok_eq(c, k, "that")) {
            struct bl_span obj;
            size_t k2 = k;
            if (np_right(c, k, body_end, &obj)) {
                while (k2 < body_end && c->t[k2].start < obj.end)
                    k2++;
                k2 = skip_circumstance(c, k2, body_end);
                /* "The plan, the mayor told reporters, would cost ...": the
                 * object, then the comma that resumes the content */
                if (k2 >= body_end ||
                    (tok_eq(c, k2, ",") && k2 + 1 < body_end && !tok_eq(c, k2 + 1, "that")))
                    k = k2;
            }
        }
        if (k < body_end && (c->t[k].kind == BL_TOK_DASH || tok_eq(c, k, ";") || tok_eq(c, k, "(")))
            k = body_end;
        /* "CONTENT, officials said, a move critics called ...", "CONTENT,
         * the ministry said on Wednesday, the lowest rate in three years":
         * a phrase naming what was reported, not more of it (after "the"
         * only with no verb of its own: ", the minister said, the plan
         * would fail" goes on) */
        if (((k + 1 < body_end && tok_eq(c, k, ",") && gloss_at(c, k + 1, body_end)) ||
             (k > after && k < body_end && tok_eq(c, k - 1, ",") && gloss_at(c, k, body_end))) &&
            words_in(c, clause_lo, i) > 6)
            k = body_end;
        if (k + 2 < body_end && circumstance_after(c, clause_lo, i, k, body_end))
            k = body_end;
        /* (a two-word tail is a circumstance, "said Monday night"; an
         * object is not: "X, NAME, rejected the demand" reports nothing
         * before the comma) */
        if (k >= body_end ||
            (body_end - k <= 2 && !tok_in(c, k, tail_objects)) ||
            (i > lo && tok_eq(c, i - 1, ",") && is_word(c, k) && cue->tag != BL_CUE_ING &&
             ((np_name_right(c, k, body_end, &src) && np_ends_clause(c, k, src, body_end)) ||
              /* ", said former Gov. Ed Rendell" */
              (!is_upper(c, k) && !in_list(c, k, L_PRONOUNS) && np_right(c, k, body_end, &src) &&
               np_ends_clause(c, k, src, body_end) && has_name(c, k, src))))) {
            /* CONTENT, X said.  /  CONTENT, said X. */
            size_t comma = i;
            struct bl_span sp;
            /* "..., a figure analysts described as worrying": a label for
             * what came before, not a report of it */
            if (cue->cls != BL_CUE_SPEECH || (after < body_end && tok_eq(c, after, "as")))
                continue;
            if (np_left(c, lo, i, &sp)) {
                size_t m = i;
                while (m > lo && c->t[m - 1].start >= sp.start)
                    m--;
                comma = m;
            } else if (!np_right(c, after, body_end, &sp)) {
                continue;
            } else if (cue->tag == BL_CUE_ING && !cited_source(c, sp)) {
                /* "delayed the launch, citing battery problems": what is
                 * cited is a reason, no source, unless it names someone or
                 * a document */
                continue;
            }
            if (comma <= lo || !tok_eq(c, comma - 1, ","))
                continue;
            if (comma >= 2 && is_close_mark(c, comma - 2) && c->inq[comma - 2])
                continue; /* a direct quote's attribution */
            {
                /* "CONTENT, a spokeswoman, Ana Ruiz, said": the title
                 * before the name is the source's too, not the content's
                 * end -- a short phrase after a comma, opening with a
                 * determiner or possessive, with no verb of its own, whose
                 * last word names a person or a role */
                static const char *const title_dets[] = {"a",   "an",  "the",   "his",
                                                         "her", "its", "their", NULL};
                static const char *const title_heads[] = {
                    "spokesman",  "spokeswoman",    "spokesperson", "aide",      "chief",
                    "head",       "secretary",      "minister",     "president", "chairman",
                    "chairwoman", "attorney",       "executive",    "analyst",   "deputy",
                    "counsel",    "representative", "official",     "candidate", "nominee",
                    NULL};
                size_t p = comma - 1;
                while (p > lo && p + 10 > comma && !tok_eq(c, p - 1, ",") && !c->inq[p - 1] &&
                       (c->t[p - 1].kind == BL_TOK_WORD || tok_eq(c, p - 1, "'s") ||
                        tok_eq(c, p - 1, "\u2019s")))
                    p--;
                if (is_upper(c, comma) && p > lo + 1 && p + 1 < comma && tok_eq(c, p - 1, ",") &&
                    tok_in(c, p, title_dets) && !fronted_has_verb(c, p, comma - 1) &&
                    (tok_in(c, comma - 2, title_heads) || person_noun(c, comma - 2, false))) {
                    sp.start = c->t[p].start;
                    comma = p;
                }
            }
            rc = add_indirect(c, back_from(clause_lo, comma - 1), comma - 1, s->para, sp, i, len);
            if (rc != BL_OK)
                return rc;
            clause_lo = i + len;
            i += len - 1;
            continue;
        }
        /* CONTENT, she said, CONTENT. */
        if (k < body_end && tok_eq(c, k, ",") && cue->cls == BL_CUE_SPEECH &&
            np_left(c, lo, i, &src)) {
            size_t m = i;
            while (m > lo && c->t[m - 1].start >= src.start)
                m--;
            if (m > lo + 1 && tok_eq(c, m - 1, ",") && !c->inq[m - 2]) {
                size_t a2 = k + 1, a1 = back_from(clause_lo, m - 1);
                size_t b2 = a2 + MAX_CONTENT < body_end ? a2 + MAX_CONTENT : body_end;
                /* "When asked why, she said, ...": a lead-in phrase is the
                 * circumstance of the speech, not its first part */
                static const char *const lead_ins[] = {"when",  "asked", "after",  "before",
                                                       "while", "as",    "during", NULL};
                size_t e2 = clause_end(c, a2, b2);
                /* `CONTENT, she said, adding, “...”`: a participle cue after
                 * the comma reports what follows it on its own */
                if (ing_cue_at(c, a2, body_end, lo))
                    rc = add_indirect(c, a1, m - 1, s->para, src, i, len);
                else if (tok_in(c, a1, lead_ins))
                    rc = add_indirect(c, a2, e2, s->para, src, i, len);
                else
                    rc = add_indirect2(c, a1, m - 1, a2, e2, s->para, src, i, len);
                if (rc != BL_OK)
                    return rc;
                clause_lo = i + len;
                i += len - 1;
                continue;
            }
        }
        /* X said (that) CONTENT; in "..., saying CONTENT" the speaker is
         * the subject of the clause before, not the noun by the comma, or
         * the person after ", with" ("..., with Ana Ruiz, its chair,
         * noting that ...") */
        /* (`called the war "ridiculous," saying ...`: the comma inside
         * the closing mark is the comma before the participle) */
        bool ing_comma = cue->tag == BL_CUE_ING && i > lo &&
                         (tok_eq(c, i - 1, ",") ||
                          (i > lo + 1 && is_close_mark(c, i - 1) && tok_eq(c, i - 2, ",")));
        if (cue->tag == BL_CUE_ING && quoted_object(c, lo, i, &src))
            ;
        else if (ing_comma &&
                 (with_subject(c, lo, i - 1, &src) ||
                  clause_subject(c, text_lo < i ? text_lo : lo, i, &src)))
            ;
        else if (cue->tag == BL_CUE_ING && np_left(c, lo, i, &src) && prep_object(c, lo, src)) {
            /* "at one point calling the mayor a liar", "in April explaining
             * ...": the phrase before is a circumstance; the subject speaks */
            struct bl_span subj;
            if (clause_subject(c, text_lo < i ? text_lo : lo, tok_at(c, src.start), &subj))
                src = subj;
        } else if (!np_left(c, lo, i, &src) &&
                   !(cue->tag != BL_CUE_ING && name_then_aside(c, text_lo, i, &src))) {
            /* ", saying CONTENT" and "X met them and said CONTENT": the
             * subject of the sentence */
            size_t v = i, x;
            while (v > lo && (in_list(c, v - 1, L_BETWEEN) || is_ly_adverb(c, v - 1)))
                v--;
            /* "Ruiz won, but her rival refused to concede and said ...": the
             * subject of the clause the second verb is in, after ", but" */
            x = v;
            if (cue->tag != BL_CUE_ING && v > lo + 1 &&
                (tok_eq(c, v - 1, "and") || tok_eq(c, v - 1, "but")))
                for (x = v - 2; x > lo && x + 20 > v && !tok_eq(c, x, ",") && !tok_eq(c, x, ";");
                     x--)
                    ;
            if (x < v && x > lo && x + 3 < v && (text_lo < i ? text_lo : lo) <= x &&
                (tok_eq(c, x, ";") ||
                 (tok_eq(c, x, ",") && tok_in(c, x + 1,
                        (const char *const[]){"but", "while", "and", "although", "though",
                                              "whereas", "yet", NULL}))) &&
                clause_subject(c, x + 1, i, &src))
                ;
            else if (!(ing_comma ||
                  (cue->tag != BL_CUE_ING && v > lo + 1 &&
                   (tok_eq(c, v - 1, "and") || tok_eq(c, v - 1, "but")))) ||
                !clause_subject(c, text_lo < i ? text_lo : lo, i, &src))
                continue;
        }
        {
            /* "told Prime Minister Tom Hale of Peru in a phone call on
             * Thursday that ...": the one told and the circumstance may be
             * long */
            size_t t0 = k, m, oe, q0, reach = lemma_in(cue, tell_like) ? 18 : 12;
            for (m = k; m < body_end && m < k + reach; m++)
                if (tok_eq(c, m, "that") || c->t[m].kind == BL_TOK_QUOTE || tok_eq(c, m, ","))
                    break;
            /* "is telling customers at a Manchester, New Hampshire, diner
             * that ...": the one told may hold commas */
            if (m < body_end && tok_eq(c, m, ",") && lemma_in(cue, tell_like)) {
                size_t x;
                for (x = m + 1; x < body_end && x < k + 16; x++)
                    if (tok_eq(c, x, "that") || !(is_word(c, x) || tok_eq(c, x, ",")))
                        break;
                if (x < body_end && x < k + 16 && tok_eq(c, x, "that"))
                    m = x;
            }
            if (tok_eq(c, k, "to") && k + 1 < body_end && is_word(c, k + 1) &&
                !ends_ing(c, k + 1)) {
                /* "complained to her husband, Frank, that ...": the
                 * addressee (and its appositive) come before the content */
                for (m = k + 1; m < body_end && m < k + 16; m++)
                    if (!is_word(c, m) && !tok_eq(c, m, ","))
                        break;
                    else if (tok_eq(c, m, "that"))
                        break;
                /* a clause opens after "that" (a subject), not a relative
                 * one ("to companies that have ...") */
                if (m + 1 < body_end && m < k + 16 && m > k + 1 && tok_eq(c, m, "that") &&
                    (is_upper(c, m + 1) || in_list(c, m + 1, L_PRONOUNS) ||
                     in_list(c, m + 1, L_DETERMINERS) || c->t[m + 1].kind == BL_TOK_NUMBER ||
                     c->t[m + 1].kind == BL_TOK_QUOTE))
                    t0 = m + 1;
                else
                    m = body_end;
            }
            if (t0 == k && m < body_end && m < k + reach && tok_eq(c, m, "that") &&
                (lemma_in(cue, tell_like) || m == k)) {
                const struct bl_cue *c2;
                t0 = m + 1;
                /* "that -- in his working life -- he backs ...": an aside
                 * between dashes right after "that" is not the content's
                 * start */
                if (t0 < body_end && c->t[t0].kind == BL_TOK_DASH) {
                    size_t d = t0 + 1;
                    while (d < body_end && d < t0 + 12 && c->t[d].kind != BL_TOK_DASH)
                        d++;
                    if (d + 1 < body_end && d < t0 + 12)
                        t0 = d + 1;
                }
                /* "acknowledged that limitation and said ...": "that" is a
                 * determiner when a noun and a second cue follow it */
                if (t0 + 2 < body_end && tok_eq(c, t0 + 1, "and") && is_word(c, t0) &&
                    !is_upper(c, t0) && cue_at(c, t0 + 2, lo, &c2))
                    continue;
                /* "said, in a speech that did not name him, that ...": a
                 * relative "that" of the circumstance; the content follows
                 * the ", that" after it */
                if (m > after && relative_that(c, after, m, body_end, &t0))
                    continue;
            }
            else if (lemma_in(cue, tell_like) && !in_list(c, k, L_PRONOUNS) &&
                     (oe = told_object_end(c, k, body_end)) > k) {
                t0 = oe;
                np_left(c, lo, i, &src);
            } else if (lemma_in(cue, tell_like) && np_right(c, k, body_end, &src)) {
                /* told reporters / told the committee: skip the object */
                struct bl_span obj;
                if (np_right(c, k, body_end, &obj))
                    while (t0 < body_end && c->t[t0].start < obj.end)
                        t0++;
                np_left(c, lo, i, &src);
            }
            /* "said her client was relieved": "say" takes no object
             * pronoun ("said to her"), so a "her" after it is the
             * possessive that opens the content's subject; so after a
             * verb that names no addressee ("defended her administration's
             * cuts"), before a word that no addressee comes before ("warned
             * her the storm", "urged her to", "asked her whether") */
            static const char *const addressed[] = {"warn", "urge", "ask", "advise", "caution",
                                                    "promise", "accuse", "thank", "call", NULL};
            bool say_her = t0 == k && t0 + 1 < body_end && tok_eq(c, t0, "her") &&
                           is_word(c, t0 + 1) && !is_upper(c, t0 + 1) &&
                           !tok_eq(c, t0 + 1, "that") &&
                           (strcmp(cue->lemma, "say") == 0 ||
                            (!lemma_in(cue, tell_like) && !lemma_in(cue, addressed) &&
                             !in_list(c, t0 + 1, L_DETERMINERS) &&
                             !in_list(c, t0 + 1, L_PRONOUNS) &&
                             !tok_in(c, t0 + 1, (const char *const[]){"to", "whether", "if", "of",
                                                                     "about", "for", "with",
                                                                     "on", "in", "as", NULL})));
            if (t0 == k && t0 < body_end && tok_in(c, t0, obj_pronouns) && !say_her) {
                t0++;
                if (t0 < body_end && tok_eq(c, t0, "that"))
                    t0++;
            }
            while (t0 < body_end && (tok_eq(c, t0, ",") || tok_eq(c, t0, ":")))
                t0++;
            /* "Ortiz, who testified on Monday, said ...": a finite verb of
             * speech after the comma that closes the clause is the main
             * verb of the sentence, not what the cue in the clause reports */
            if (t0 > after && t0 < body_end && tok_eq(c, t0 - 1, ",") && !is_upper(c, t0)) {
                const struct bl_cue *c2 = NULL;
                if (bl_cues_at(c->cues, c->d, t0, &c2) && c2 && c2->cls == BL_CUE_SPEECH &&
                    (c2->tag == BL_CUE_PAST || c2->tag == BL_CUE_3SG))
                    continue;
            }
            /* "said about 110,000 had been sold": "about" before a number
             * and a clause rounds the number; it names no topic ("is
             * recalling about 1.2 million heaters" has no clause). "said
             * that her plan ...": after "that" a "her" is the possessive
             * opening the clause's subject, not an object */
            if (t0 >= body_end || (is_open_mark(c, t0) && c->inq[t0]) ||
                (tok_in(c, t0, bad_content_start) && !quantity_opener(c, t0, body_end) &&
                 !(tok_eq(c, t0, "about") && (q0 = about_amount(c, t0 + 1, body_end)) > 0 &&
                   about_clause(c, q0, body_end)) &&
                 !(t0 > after && tok_eq(c, t0 - 1, "that") && tok_eq(c, t0, "her")) && !say_her))
                continue;
            /* "asked not to be named", "asked not to be identified": the
             * terms a source spoke on, no report ("warned him not to
             * attack" reports a warning) */
            if (tok_eq(c, t0, "not") && t0 + 2 < body_end && tok_eq(c, t0 + 1, "to") &&
                tok_eq(c, t0 + 2, "be") && t0 + 3 < body_end &&
                tok_in(c, t0 + 3, (const char *const[]){"named", "identified", "quoted", NULL}))
                continue;
            /* "was identified as the driver", "described as a risk": "as"
             * right after the cue names or ranks, it reports nothing */
            if (t0 == k && tok_eq(c, t0, "as") && !(t0 + 1 < body_end && tok_eq(c, t0 + 1, "much")))
                continue;
            /* "the report was misleading", "his remarks are": a noun form
             * of a cue with a finite verb right after it is the subject
             * (not "which officials say is", where a subject comes first) */
            if (t0 == after && t0 + 1 < body_end && has_finite(c, t0, t0 + 1) &&
                (cue->tag == BL_CUE_BASE || cue->tag == BL_CUE_3SG) &&
                strcmp(cue->lemma, "say") != 0 && !(i > lo && in_list(c, i - 1, L_PRONOUNS)))
                continue;
            /* "will announce its decision on Tuesday", "plans to unveil
             * the phone": a report still to come, a noun phrase and no
             * clause after it, reports nothing yet */
            static const char *const np_dets[] = {"the", "a",   "an",    "its", "his",
                                                  "her", "our", "their", NULL};
            if (t0 == k && i > lo && (tok_eq(c, i - 1, "will") || tok_eq(c, i - 1, "to")) &&
                tok_in(c, t0, np_dets) && object_only(c, t0, body_end))
                continue;
            /* "conceded two goals", "declared a state of emergency": these
             * verbs report speech only with a clause after them */
            if (t0 == k && lemma_in(cue, np_object) && object_only(c, t0, body_end))
                continue;
            /* "agree $2 billion merger", "advised the buyer": a deal */
            if (t0 == k && t0 == after && deal_object(c, cue, t0, body_end))
                continue;
            /* "called Moreno to congratulate her": a telephone call, not
             * "called on Congress to act" nor "called the plan reckless" */
            static const char *const call[] = {"call", NULL}, *const declare[] = {"declare", NULL};
            static const char *const acts[] = {"state",        "emergency", "victory",  "war",
                                               "independence", "martial",   "disaster", "curfew",
                                               "holiday",      "default",   NULL};
            if (t0 == k && k == after && lemma_in(cue, call) && !tok_eq(c, k, "on") &&
                !tok_eq(c, k, "for") && k + 2 < body_end &&
                (in_list(c, k, L_PRONOUNS) || is_upper(c, k)) &&
                !quote_in(c, k, k + 4 < body_end ? k + 4 : body_end)) {
                size_t m2 = k + 1;
                while (m2 < body_end && m2 < k + 4 && is_upper(c, m2))
                    m2++;
                if (tok_eq(c, m2, "to"))
                    continue;
            }
            if (lemma_in(cue, call) && what_called(c, lo, i))
                continue;
            /* "began asking questions about the contract": no report */
            if (t0 == k && lemma_in(cue, (const char *const[]){"ask", NULL}) &&
                tok_in(c, t0, (const char *const[]){"questions", "question", NULL}))
                continue;
            /* "declared a state of emergency", "declare victory": an act */
            if (t0 == k && lemma_in(cue, declare) &&
                tok_in(c, t0 + (in_list(c, t0, L_DETERMINERS) && t0 + 1 < body_end), acts))
                continue;
            /* end before a second attribution: ", adding ..." */
            m = t0;
            {
                size_t e = t0 + MAX_CONTENT < body_end ? t0 + MAX_CONTENT : body_end;
                for (size_t x = t0; x < e; x++) {
                    const struct bl_cue *c2;
                    if (tok_eq(c, x, ",") && x + 1 < body_end && cue_at(c, x + 1, lo, &c2) &&
                        c2->tag == BL_CUE_ING) {
                        e = x;
                        break;
                    }
                    /* "..., and the EU said it ...": a second actor's own
                     * statement, not more of this one */
                    if (tok_eq(c, x, ",") && x + 3 < e &&
                        tok_in(c, x + 1, (const char *const[]){"and", "but", "while", NULL}) &&
                        (in_list(c, x + 2, L_DETERMINERS) || is_upper(c, x + 2))) {
                        size_t y;
                        struct bl_span s2;
                        for (y = x + 3; y < e && y < x + 3 + NP_MAX && is_word(c, y); y++)
                            if (cue_at(c, y, lo, &c2) && c2->cls == BL_CUE_SPEECH &&
                                c2->tag != BL_CUE_ING && np_left(c, x + 2, y, &s2) &&
                                s2.start == c->t[x + 2].start && speaker_of(c, s2) >= 0)
                                break;
                        if (y < e && y < x + 3 + NP_MAX && is_word(c, y)) {
                            e = x;
                            break;
                        }
                    }
                }
                e = fronted_end(c, text_lo, i, t0, e);
                rc = add_indirect(c, t0, medium_end(c, t0, clause_end(c, t0, e)), s->para, src,
                                  i, len);
                if (rc != BL_OK)
                    return rc;
            }
            (void)m;
        }
        clause_lo = i + len;
        i += len - 1;
    }
    return BL_OK;
}

/* `Sanders "has done it," Sroka said.`: the speaker's words are the whole
 * clause up to the closing mark, quoted or not. Adds that clause as an
 * indirect quote beside the partial one. */
static int partial_clauses(struct ctx *c)
{
    size_t nq = c->nq;
    for (size_t i = 0; i < nq; i++) {
        struct qb q = c->qs[i];
        const struct piece p = c->pieces[q.first], pl = c->pieces[q.first + q.npieces - 1];
        size_t a, e;
        int rc;
        if (q.drop || !q.tail || q.kind != BL_QUOTE_PARTIAL || pl.close == NONE32)
            continue;
        a = sent(c, p.open)->tok_start;
        if (p.open - a > MAX_CONTENT)
            a = p.open - MAX_CONTENT;
        while (a < p.open && (c->inq[a] || !is_word(c, a)))
            a++;
        if (words_in(c, a, p.open) < 2 || overlaps_direct(c, a, p.open))
            continue;
        e = pl.close + mark_len(c, pl.close);
        if (q.cue.start == BL_NONE) {
            rc = add_indirect(c, a, e, q.para, q.source, 0, 0);
        } else {
            size_t k0 = tok_at(c, q.cue.start), k1 = tok_at(c, q.cue.end - 1);
            if (k0 >= c->n || k1 >= c->n || k1 < k0)
                continue;
            rc = add_indirect(c, a, e, q.para, q.source, k0, k1 - k0 + 1);
        }
        if (rc != BL_OK)
            return rc;
    }
    return BL_OK;
}

/* The pieces of the live indirect quotes among the first nq: token ranges
 * [c0, c1) (c0 < c1: add_indirect2 makes no other), sorted by c0, reach the
 * furthest c1 of the ranges up to this one. Whether any covers a token is
 * then a binary search (covered): the same answer as a count per token
 * over the whole text, for a handful of questions. */
struct cover {
    struct range {
        uint32_t c0, c1, reach;
    } *r;
    size_t n;
};

static int cmp_range(const void *a, const void *b)
{
    const struct range *x = a, *y = b;
    return (x->c0 > y->c0) - (x->c0 < y->c0);
}

/* Fills cv (cv->r malloc'd: cover_free); BL_ERR_NOMEM leaves it empty. */
static int cover_build(const struct ctx *c, size_t nq, struct cover *cv)
{
    size_t m = 0;
    memset(cv, 0, sizeof *cv);
    for (size_t j = 0; j < nq; j++)
        if (!c->qs[j].drop && c->qs[j].kind == BL_QUOTE_INDIRECT)
            m += c->qs[j].npieces;
    if (!m)
        return BL_OK;
    cv->r = malloc(m * sizeof *cv->r);
    if (!cv->r)
        return BL_ERR_NOMEM;
    for (size_t j = 0; j < nq; j++) {
        const struct qb *q = &c->qs[j];
        if (q->drop || q->kind != BL_QUOTE_INDIRECT)
            continue;
        for (size_t k = 0; k < q->npieces; k++) {
            cv->r[cv->n].c0 = c->pieces[q->first + k].c0;
            cv->r[cv->n++].c1 = c->pieces[q->first + k].c1;
        }
    }
    /* mostly in order already: sort only when not */
    for (size_t k = 1; k < cv->n; k++)
        if (cv->r[k].c0 < cv->r[k - 1].c0) {
            qsort(cv->r, cv->n, sizeof *cv->r, cmp_range);
            break;
        }
    for (size_t k = 0; k < cv->n; k++)
        cv->r[k].reach = k && cv->r[k - 1].reach > cv->r[k].c1 ? cv->r[k - 1].reach : cv->r[k].c1;
    return BL_OK;
}

static void cover_free(struct cover *cv)
{
    free(cv->r);
}

/* Does a piece of cv hold token x? */
static bool covered(const struct cover *cv, size_t x)
{
    size_t lo = 0, hi = cv->n; /* lo: how many pieces start at x or before */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cv->r[mid].c0 <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo && cv->r[lo - 1].reach > x;
}

/* `The senator said he rarely asks anyone to campaign for him, “except for
 * people I'm close to.”`: a quote after a comma that reported speech holds
 * (the indirect quote kept it as the smaller part) is a partial quote of that
 * statement. Runs after indirect_sentence; linear in tokens and quotes. */
static int demote_held_quotes(struct ctx *c)
{
    struct cover cv;
    int32_t *cov = NULL; /* built at the first quote that needs it */
    if (cover_build(c, c->nq, &cv) != BL_OK)
        return BL_ERR_NOMEM;
    for (size_t i = 0; i < c->nq; i++) {
        struct qb *q = &c->qs[i];
        const struct piece *p = &c->pieces[q->first];
        if (q->drop || q->kind != BL_QUOTE_DIRECT || q->npieces != 1 || p->close == NONE32 ||
            p->open == 0 || !tok_eq(c, p->open - 1, ","))
            continue;
        /* the reported clause runs on into the quote (it may stop at a
         * sentence end inside the marks) */
        if (covered(&cv, p->open - 1) && covered(&cv, p->c0))
            q->kind = BL_QUOTE_PARTIAL;
    }
    cover_free(&cv);
    /* and the clause takes the whole quote: cov maps each token of a
     * demoted quote to the token after its closing mark */
    for (size_t i = 0; i < c->nq; i++) {
        const struct qb *q = &c->qs[i];
        const struct piece *p = &c->pieces[q->first];
        if (q->drop || q->kind != BL_QUOTE_PARTIAL || p->close == NONE32 || p->open == 0 ||
            !tok_eq(c, p->open - 1, ",") || !c->inq[p->open])
            continue;
        if (!cov && !(cov = calloc(c->n + 1, sizeof *cov)))
            return BL_ERR_NOMEM;
        for (size_t k = p->c0; k < p->c1; k++)
            cov[k] = (int32_t)(p->close + mark_len(c, p->close));
    }
    for (size_t j = 0; cov && j < c->nq; j++) {
        const struct qb *r = &c->qs[j];
        struct piece *rp;
        if (r->drop || r->kind != BL_QUOTE_INDIRECT)
            continue;
        rp = &c->pieces[r->first + r->npieces - 1];
        if (rp->c1 > rp->c0 && cov[rp->c1 - 1] > 0 && (uint32_t)cov[rp->c1 - 1] > rp->c1)
            rp->c1 = (uint32_t)cov[rp->c1 - 1];
    }
    free(cov);
    return BL_OK;
}

/* particles of phrasal verbs that take an object: `summed up`, `wrote off` */
static const char *const verb_particles[] = {"up", "off", "down", "out", NULL};

/* Does a clause of its own open between the verb's object start a and the
 * partial quote's open mark o? "Costa joins Villa as Ortega hails
 * 'complete forward'": a conjunction, a capitalised subject and a verb
 * (an -s or -ed form, or a cue) before the quote; the quote is that
 * clause's, not the first verb's object ("hailed the deal as a
 * 'breakthrough'" opens none). */
static bool clause_between(const struct ctx *c, size_t a, size_t o)
{
    static const char *const conj[] = {"as", "while", "after", "when", "because", "before",
                                       "and", "but", "since", "though", "although", NULL};
    for (size_t x = a; x + 2 < o; x++) {
        size_t y = x + 1;
        const char *w;
        size_t l;
        const struct bl_cue *q;
        if (!tok_in(c, x, conj) || !is_upper(c, y))
            continue;
        while (y < o && is_word(c, y) && is_upper(c, y))
            y++;
        if (y >= o || !is_word(c, y) || is_upper(c, y))
            continue;
        w = c->text + c->t[y].start;
        l = c->t[y].end - c->t[y].start;
        if ((l > 3 && w[l - 1] == 's' && w[l - 2] != 's') || (l > 3 && w[l - 2] == 'e' && w[l - 1] == 'd') ||
            cue_at(c, y, x, &q))
            return true;
    }
    return false;
}

/* `flanked by armed men, Col. Djalo read a statement, saying the army had
 * acted "to save the nation"`: a partial quote inside the content of an
 * indirect quote with the same cue is the reporter's words of the same
 * speaker, whatever source its own search found (here "armed men"). One
 * pass over the quotes, the indirect ones indexed by their cue's token. */
static int partials_follow_report(struct ctx *c)
{
    uint32_t *by_cue = NULL;
    size_t nq = c->nq;
    for (size_t j = 0; j < nq; j++) {
        const struct qb *q = &c->qs[j];
        size_t k;
        if (q->drop || q->kind != BL_QUOTE_INDIRECT || q->cue.start == BL_NONE ||
            q->source.start == BL_NONE || !q->npieces)
            continue;
        if (!by_cue && !(by_cue = calloc(c->n + 1, sizeof *by_cue)))
            return BL_ERR_NOMEM;
        k = tok_at(c, q->cue.start);
        if (k < c->n && !by_cue[k])
            by_cue[k] = (uint32_t)j + 1;
    }
    if (!by_cue)
        return BL_OK; /* no attributed indirect quote */
    for (size_t i = 0; i < nq; i++) {
        struct qb *q = &c->qs[i];
        const struct qb *r;
        const struct piece *p;
        size_t k;
        if (q->drop || q->kind != BL_QUOTE_PARTIAL || q->cue.start == BL_NONE || !q->npieces ||
            (k = tok_at(c, q->cue.start)) >= c->n || !by_cue[k])
            continue;
        r = &c->qs[by_cue[k] - 1];
        p = &c->pieces[q->first];
        if (r->cue.start != q->cue.start || r->cue.end != q->cue.end ||
            p->c0 < c->pieces[r->first].c0 || p->c1 > c->pieces[r->first + r->npieces - 1].c1 ||
            (q->source.start == r->source.start && q->source.end == r->source.end))
            continue;
        q->source = r->source;
        q->speaker = r->speaker;
    }
    free(by_cue);
    return BL_OK;
}

/* `Merkel hailed the deal as a “breakthrough.”`, `accused him of acting like
 * a "spoiled child"`: a partial quote inside the object of the verb before
 * it. What the speaker put forward is that whole object, so it is added as
 * an indirect quote beside the partial one (which stays the quoted words),
 * unless reported speech already holds it. Runs after indirect_sentence. */
static int embedded_partials(struct ctx *c)
{
    size_t nq = c->nq;
    struct cover cv; /* the indirect quotes before this adds any */
    int rc = cover_build(c, nq, &cv);
    if (rc != BL_OK)
        return rc;
    for (size_t i = 0; i < nq; i++) {
        const struct qb q = c->qs[i];
        const struct piece p = c->pieces[q.first];
        const struct bl_sentence *s;
        size_t v, v0, a, e, body_end, hi;
        if (q.drop || q.tail || q.kind != BL_QUOTE_PARTIAL || p.close == NONE32 ||
            q.source.start == BL_NONE || covered(&cv, p.open))
            continue;
        s = sent(c, p.open);
        if (q.verb != NONE32)
            v0 = v = q.verb;
        else if (q.cue.start != BL_NONE)
            v0 = tok_at(c, q.cue.start), v = tok_at(c, q.cue.end - 1);
        else
            continue;
        /* `calling it “disqualifying” and asserting that ... “a bombshell”`:
         * the cue nearest before the quote governs it */
        for (size_t k = p.open; k > s->tok_start && p.open - k < 24; k--) {
            const struct bl_cue *cue;
            size_t len;
            if (c->t[k - 1].kind == BL_TOK_QUOTE)
                break;
            len = cue_at(c, k - 1, s->tok_start, &cue);
            if (len && k - 1 + len <= p.open && cue->tag != BL_CUE_PREP) {
                v0 = k - 1;
                v = k - 2 + len;
                break;
            }
        }
        if (v >= p.open || v0 > v || v0 < s->tok_start || p.open - v > 24)
            continue;
        a = v + 1;
        /* `summed up the plan as “...”`: the particle goes with the verb */
        if (a + 1 < p.open && tok_in(c, a, verb_particles) && c->t[a + 1].kind == BL_TOK_WORD)
            v = a++;
        hi = s->tok_end < p.close + MAX_CONTENT ? s->tok_end : p.close + MAX_CONTENT;
        body_end = trim_end(c, p.open, hi);
        a = skip_circumstance(c, a, body_end);
        if (a < p.open && tok_eq(c, a, "that"))
            a++;
        while (a < p.open && (tok_eq(c, a, ",") || tok_eq(c, a, ":")))
            a++;
        if (a >= p.open)
            continue;
        e = clause_end(c, a, body_end);
        if (e <= p.close || clause_between(c, a, p.open))
            continue;
        rc = add_indirect(c, a, e, q.para, q.source, v0, v - v0 + 1);
        if (rc != BL_OK)
            break;
    }
    cover_free(&cv);
    return rc;
}

/* The indirect quotes by sentence, so that passes pairing quotes of one
 * sentence need no walk over all quotes per quote: keys sorted by the
 * sentence of the content's start, then in the order the quotes were found.
 * A pass looks at no more than SENT_SCAN quotes of a sentence, so a text of
 * one endless sentence stays linear. */
#define SENT_SCAN 64

struct nest_key {
    uint32_t sent, idx; /* sentence of an indirect quote's content start; its index */
};

struct sent_index {
    struct nest_key *keys;
    size_t n;
};

static int nest_cmp(const void *a, const void *b)
{
    const struct nest_key *x = a, *y = b;
    if (x->sent != y->sent)
        return x->sent < y->sent ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Fills ix with the quotes not dropped of kind indirect; the caller frees
 * ix->keys. */
static int sent_index_build(const struct ctx *c, struct sent_index *ix)
{
    size_t n = 0;
    ix->keys = NULL;
    ix->n = 0;
    for (size_t i = 0; i < c->nq; i++)
        n += !c->qs[i].drop && c->qs[i].kind == BL_QUOTE_INDIRECT;
    if (!n)
        return BL_OK;
    ix->keys = malloc(n * sizeof *ix->keys);
    if (!ix->keys)
        return BL_ERR_NOMEM;
    for (size_t i = 0; i < c->nq; i++)
        if (!c->qs[i].drop && c->qs[i].kind == BL_QUOTE_INDIRECT) {
            ix->keys[ix->n].sent = c->sent_of[c->pieces[c->qs[i].first].c0];
            ix->keys[ix->n++].idx = (uint32_t)i;
        }
    qsort(ix->keys, ix->n, sizeof *ix->keys, nest_cmp);
    return BL_OK;
}

/* The first key of sentence sn (ix->n when it has none). */
static size_t sent_first(const struct sent_index *ix, size_t sn)
{
    size_t lo = 0, hi = ix->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->keys[mid].sent < sn)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Ends at token e the one-piece indirect quotes of token t's sentence whose
 * content opens in [from, to) and runs past e. */
static void clip_reports(struct ctx *c, const struct sent_index *ix, size_t t, size_t from,
                         size_t to, size_t e)
{
    uint32_t sn = c->sent_of[t];
    for (size_t g = sent_first(ix, sn), seen = 0;
         g < ix->n && ix->keys[g].sent == sn && seen < SENT_SCAN; g++, seen++) {
        struct qb *r = &c->qs[ix->keys[g].idx];
        struct piece *rp;
        if (r->drop || r->npieces != 1)
            continue;
        rp = &c->pieces[r->first];
        if (rp->c0 >= from && rp->c0 < to && rp->c1 > e)
            rp->c1 = (uint32_t)e;
    }
}

/* `yelled “You lie!” at the speaker`, `chanted “Not our mayor” until the
 * doors shut`: reported speech whose object opens with a partial quote's
 * mark says those quoted words, not what follows them, so the indirect
 * quote ends at the closing mark -- when the quoted words end on their own
 * punctuation (`“Not now!”`, `“fake news,”`), so they are a whole saying and
 * not the start of a clause that runs on. Runs last; looks only at the
 * indirect quotes of the partial quote's sentence (see struct sent_index). */
static void end_at_partial(struct ctx *c, const struct sent_index *ix)
{
    for (size_t i = 0; i < c->nq; i++) {
        const struct qb *q = &c->qs[i];
        const struct piece *p = &c->pieces[q->first];
        size_t e;
        if (q->drop || q->kind != BL_QUOTE_PARTIAL || q->npieces != 1 || p->close == NONE32)
            continue;
        e = p->close + mark_len(c, p->close);
        /* the quoted words end on their own punctuation: a whole saying */
        if (p->c1 <= p->c0 || c->t[p->c1 - 1].kind != BL_TOK_PUNCT)
            continue;
        clip_reports(c, ix, p->open, p->open, p->open + 1, e);
    }
}

/* `said he was “very encouraged” and Ruiz called it a fine meeting`: at k
 * "and", then a subject of its own (a name, a number, a determiner) and a
 * speech verb within six words: a second speaker's report, not more of the
 * first one's. */
static bool second_speaker(const struct ctx *c, size_t k, size_t hi)
{
    struct bl_span s2;
    if (k + 2 >= hi || !tok_eq(c, k, "and") ||
        !(is_upper(c, k + 1) || c->t[k + 1].kind == BL_TOK_NUMBER ||
          in_list(c, k + 1, L_DETERMINERS)) ||
        in_list(c, k + 1, L_PRONOUNS))
        return false;
    for (size_t y = k + 2; y < hi && y < k + 8 && (is_word(c, y) || c->t[y].kind == BL_TOK_NUMBER);
         y++) {
        const struct bl_cue *q;
        if (cue_at(c, y, k, &q) && q->cls == BL_CUE_SPEECH && q->tag != BL_CUE_ING &&
            np_left(c, k + 1, y, &s2) && s2.start == c->t[k + 1].start)
            return true;
    }
    return false;
}

/* `chanted “Not our mayor” until the doors shut`, `kept shouting “no deal,
 * no work” after the talks failed`: reported speech whose object opens with
 * a partial quote's mark says the quoted words; a clause of time or
 * contrast after the closing mark is the narrator's, so the report ends at
 * the mark even when the quoted words end on no punctuation of their own
 * (end_at_partial). Runs last; looks only at the indirect quotes of the
 * partial quote's sentence. */
static void end_at_partial_clause(struct ctx *c, const struct sent_index *ix)
{
    static const char *const breaks[] = {"until", "when", "while", "after", "before", "but",
                                         "instead", "during", "whereas", NULL};
    for (size_t i = 0; i < c->nq; i++) {
        const struct qb *q = &c->qs[i];
        const struct piece *p = &c->pieces[q->first];
        size_t e, k;
        if (q->drop || q->kind != BL_QUOTE_PARTIAL || q->npieces != 1 || p->close == NONE32)
            continue;
        e = p->close + mark_len(c, p->close);
        k = e < c->n && tok_eq(c, e, ",") ? e + 1 : e;
        if (k >= sent(c, p->open)->tok_end)
            continue;
        /* a second speaker's report: any report holding the quote ends */
        if (second_speaker(c, k, sent(c, p->open)->tok_end))
            clip_reports(c, ix, p->open, sent(c, p->open)->tok_start, p->open + 1, e);
        if (!tok_in(c, k, breaks))
            continue;
        clip_reports(c, ix, p->open, p->open, p->open + 1, e);
    }
}

/* `defended his aide as a “decent man” Tuesday, hours after ...`,
 * `referred to her as “a gifted speaker” but described ...`: what is said
 * of the object "as" a quoted phrase ends with that phrase when a contrast
 * or a day follows it, so reported speech holding it ends at the closing
 * mark. Runs last; looks only at the indirect quotes of the partial quote's
 * sentence (see struct sent_index). */
static void end_at_as_partial(struct ctx *c, const struct sent_index *ix)
{
    for (size_t i = 0; i < c->nq; i++) {
        const struct qb *q = &c->qs[i];
        const struct piece *p = &c->pieces[q->first];
        size_t e, k, lo;
        if (q->drop || q->kind != BL_QUOTE_PARTIAL || q->npieces != 1 || p->close == NONE32)
            continue;
        e = p->close + mark_len(c, p->close);
        lo = sent(c, p->open)->tok_start;
        /* "as", then at most an article and three words */
        for (k = p->open; k > lo && p->open - k < 5; k--)
            if (tok_eq(c, k - 1, "as") || !is_word(c, k - 1))
                break;
        if (k <= lo || !tok_eq(c, k - 1, "as"))
            continue;
        /* and a new part of the sentence follows: a contrast or a day */
        if (e >= sent(c, p->open)->tok_end ||
            !(tok_in(c, e, (const char *const[]){"but", "while", "whereas", "yet", NULL}) ||
              tok_in(c, e, day_words)))
            continue;
        clip_reports(c, ix, p->open, lo, k - 1, e);
    }
}

/* After a quoted name's closing mark at e (sentence end hi), the narrator
 * goes on rather than the name: a parenthesis, ", a ..." (an appositive on
 * the whole; its comma may stand inside the marks), "instead", or "and"/"but" opening a new clause with a
 * subject (a pronoun, a determiner) or a second verb of the speaker's (a
 * past form). A relative ("who ...", "that ...") or a preposition may
 * still belong to the name. */
static bool narrator_after(const struct ctx *c, size_t e, size_t hi, bool comma_in)
{
    size_t k = e;
    if (k >= hi)
        return false;
    if (tok_eq(c, k, "(") || tok_eq(c, k, "instead"))
        return true;
    if (tok_eq(c, k, ","))
        k++;
    if (k + 1 >= hi)
        return false;
    /* `a “nasty guy,” an “anchor baby” and “sick”`: more names */
    for (size_t x = k; x < hi && x < k + 4; x++)
        if (c->t[x].kind == BL_TOK_QUOTE)
            return false;
    if ((k > e || comma_in) && tok_in(c, k, appos_openers))
        return true;
    if (!tok_in(c, k, (const char *const[]){"and", "but", NULL}))
        return false;
    k++;
    return in_list(c, k, L_PRONOUNS) || in_list(c, k, L_DETERMINERS) || ends_ed(c, k);
}

/* `called the plan “a disaster” and left the room`, `called her rival a
 * “liar” (though he took it back)`: a naming verb ("call", "dub", "label",
 * "brand") with an object and a quoted name after it reports that naming;
 * what follows the closing mark is the narrator's, so a report whose
 * content opens on the object right after the cue ends at the mark. The
 * object is words only, at most eight. Runs last; looks only at the
 * indirect quotes of the partial quote's sentence. */
static void end_at_named_partial(struct ctx *c, const struct sent_index *ix)
{
    static const char *const name_verbs[] = {"called", "calls",  "calling", "call",    "dubbed",
                                         "dubs",   "labeled", "labelled", "labels", "branded",
                                         "brands", NULL};
    for (size_t i = 0; i < c->nq; i++) {
        const struct qb *q = &c->qs[i];
        const struct piece *p = &c->pieces[q->first];
        size_t e, lo, k;
        uint32_t sn;
        if (q->drop || q->kind != BL_QUOTE_PARTIAL || q->npieces != 1 || p->close == NONE32)
            continue;
        e = p->close + mark_len(c, p->close);
        lo = sent(c, p->open)->tok_start;
        if (!narrator_after(c, e, sent(c, p->open)->tok_end,
                            p->c1 > p->c0 && tok_eq(c, p->c1 - 1, ",")))
            continue;
        for (k = p->open; k > lo && p->open - k < 8 && is_word(c, k - 1); k--)
            ;
        sn = c->sent_of[p->open];
        for (size_t g = sent_first(ix, sn), seen = 0;
             g < ix->n && ix->keys[g].sent == sn && seen < SENT_SCAN; g++, seen++) {
            struct qb *r = &c->qs[ix->keys[g].idx];
            struct piece *rp;
            size_t ct;
            if (r->drop || r->npieces != 1 || r->cue.start == BL_NONE)
                continue;
            rp = &c->pieces[r->first];
            ct = tok_at(c, r->cue.start);
            if (rp->c0 < k || rp->c0 >= p->open || rp->c1 <= e || ct >= c->n ||
                ct + 1 != rp->c0 || !tok_in(c, ct, name_verbs))
                continue;
            rp->c1 = (uint32_t)e;
        }
    }
}

/* The object before "as" at token as (`summed up Ana Ruiz as`, `postured
 * himself as`, `addressing her informally as`, `dismissed the whole plan
 * as`): a pronoun, a run of capitalised words or a phrase opened by a
 * determiner within five words; its first token, or 0. */
static size_t as_object(const struct ctx *c, size_t lo, size_t as)
{
    static const char *const pron[] = {"him", "her", "them", "it", "himself", "herself",
                                       "themselves", "itself", "us", "me", "myself", NULL};
    static const char *const det[] = {"the", "a", "an", "his", "her", "their", "its", "our",
                                      "this", "these", "those", "my", "your", NULL};
    size_t k = as;
    while (k > lo && is_ly_adverb(c, k - 1))
        k--;
    if (k <= lo + 1 || !is_word(c, k - 1))
        return 0;
    if (tok_in(c, k - 1, pron))
        return k - 1;
    if (is_upper(c, k - 1)) {
        while (k > lo + 1 && is_word(c, k - 1) && is_upper(c, k - 1) && as - k < 5)
            k--;
        return k;
    }
    for (size_t j = k; j > lo && as - j < 6; j--) {
        if (!is_word(c, j - 1))
            return 0;
        if (tok_in(c, j - 1, det))
            return j - 1;
    }
    return 0;
}

/* The "as" before partial quote p (`as “reckless,”`, `as the “voice of
 * the docks,”`: "as", at most an article and three words, the mark), or 0. */
static size_t as_before(const struct ctx *c, const struct piece *p)
{
    size_t lo = sent(c, p->open)->tok_start, k;
    for (k = p->open; k > lo && p->open - k < 5; k--)
        if (tok_eq(c, k - 1, "as") || !is_word(c, k - 1))
            break;
    return k > lo + 1 && tok_eq(c, k - 1, "as") ? k - 1 : 0;
}

/* `Vale further summed up Ruiz as “reckless,” and said ...`, `who has
 * postured himself as the “voice of the docks,”`: a partial quote its
 * speaker puts on an object "as", after a verb no cue lexicon holds. What
 * the speaker put forward is the object through the closing mark, added as
 * an indirect quote (the verb its cue) unless reported speech already holds
 * the quote. Runs after embedded_partials. */
static int as_partials(struct ctx *c)
{
    size_t nq = c->nq;
    struct cover cv;
    int rc = cover_build(c, nq, &cv);
    if (rc != BL_OK)
        return rc;
    for (size_t i = 0; i < nq && rc == BL_OK; i++) {
        const struct qb q = c->qs[i];
        const struct piece p = c->pieces[q.first];
        const struct bl_cue *cue;
        size_t as, lo, o, v, v0;
        if (q.drop || q.tail || q.kind != BL_QUOTE_PARTIAL || q.npieces != 1 ||
            p.close == NONE32 || q.source.start == BL_NONE || covered(&cv, p.open) ||
            !(as = as_before(c, &p)))
            continue;
        lo = sent(c, p.open)->tok_start;
        o = as_object(c, lo, as);
        /* the verb: a lower-case word right before the object, after the
         * source */
        if (!o || o <= lo + 1 || c->t[o - 1].start < q.source.end)
            continue;
        v = o - 1;
        if (c->t[v].kind != BL_TOK_WORD || is_upper(c, v) || in_list(c, v, L_NP_STOP) ||
            cue_at(c, v, lo, &cue))
            continue;
        /* `summed up`, `wrote off`: the particle's verb is part of the cue */
        v0 = v;
        if (tok_in(c, v, verb_particles) &&
            v - 1 > lo && c->t[v - 1].start >= q.source.end && c->t[v - 1].kind == BL_TOK_WORD &&
            !is_upper(c, v - 1))
            v0 = v - 1;
        rc = add_indirect(c, o, p.close + mark_len(c, p.close), q.para, q.source, v0, v - v0 + 1);
    }
    cover_free(&cv);
    return rc;
}

/* ---- output ------------------------------------------------------------- */

/* "Aides noted that Ruiz had said the port would close": a report whose
 * own attribution opens the content of another (after "that" at most),
 * with that other's cue before its content, is what the outer speaker
 * reported, and so is one in a clause the content subordinates ("rules
 * which the mayor said were unfair", "until the minister said ..."):
 * PolNeAR annotates the outer report only (on train, 113 of 19,832 gold
 * attributions sit inside another's content). Drops the inner report; when
 * the inner one has a named source after a comma instead, it is a report
 * of its own and the outer content ends at that comma. Pairs only quotes
 * of one sentence, at most SENT_SCAN of them (see struct sent_index). */
static void nested_reports(struct ctx *c, const struct sent_index *ix)
{
    static const char *const subordinators[] = {"that", "what",    "which", "whom",   "whose",
                                                "if",   "whether", "until", "before", NULL};
    for (size_t i = 0; i < c->nq; i++) {
        struct qb *y = &c->qs[i];
        size_t yc, st;
        if (y->drop || y->kind != BL_QUOTE_INDIRECT || y->cue.start == BL_NONE)
            continue;
        yc = tok_at(c, y->cue.start);
        if (yc >= c->n)
            continue;
        /* the quotes whose content opens in the cue's sentence */
        for (size_t g = sent_first(ix, c->sent_of[yc]), seen = 0;
             g < ix->n && ix->keys[g].sent == c->sent_of[yc] && seen < SENT_SCAN; g++, seen++) {
            size_t j = ix->keys[g].idx;
            const struct qb *x = &c->qs[j];
            const struct piece *xp;
            size_t xc, a, b;
            if (j == i || x->drop || x->cue.start == BL_NONE)
                continue;
            xp = &c->pieces[x->first];
            a = xp->c0;
            b = c->pieces[x->first + x->npieces - 1].c1;
            if (yc < a || yc >= b)
                continue;
            /* the outer cue comes before its content ("X said, Y") */
            xc = tok_at(c, x->cue.end - 1);
            if (xc >= a)
                continue;
            /* the inner attribution: its source when that comes first */
            st = yc;
            if (y->source.start != BL_NONE) {
                size_t ys = tok_at(c, y->source.start);
                if (ys < yc && ys >= a)
                    st = ys;
            }
            while (a < st && tok_eq(c, a, "that"))
                a++;
            /* "... but that she was told ...", "ended what she said were
             * unfair rules", "a booker whom he called ...": a clause the
             * outer content subordinates; "mocked him for calling himself
             * ...": a participle with no subject in the content */
            if (a == st || tok_in(c, st - 1, subordinators) || (st == yc && ends_ing(c, yc))) {
                y->drop = true;
                break;
            }
            /* "the port would close, the union's lawyers said it would
             * sue": a named source after a comma opens its own report,
             * which the outer content stops before */
            if (st < yc && st > a + 2 && !in_list(c, st, L_PRONOUNS) && !ends_ing(c, yc)) {
                size_t k = tok_eq(c, st - 1, "and") ? st - 1 : st;
                struct piece *last = &c->pieces[x->first + x->npieces - 1];
                if (k > a + 1 && tok_eq(c, k - 1, ",") && k - 1 > last->c0 &&
                    words_in(c, xp->c0, k - 1) >= 3) {
                    last->c1 = (uint32_t)(k - 1);
                    break;
                }
            }
        }
    }
}

static int cmp_quote(const void *a, const void *b)
{
    const struct bl_quote *x = a, *y = b;
    if (x->span.start != y->span.start)
        return x->span.start < y->span.start ? -1 : 1;
    return x->span.end < y->span.end ? -1 : x->span.end > y->span.end;
}

/* Merges the sorted runs [a, m) and [m, e) of src into dst, the left one
 * first on ties (stable). */
static void merge_runs(const struct bl_quote *src, struct bl_quote *dst, size_t a, size_t m,
                       size_t e)
{
    size_t i = a, j = m, k = a;
    while (i < m && j < e)
        dst[k++] = cmp_quote(&src[j], &src[i]) < 0 ? src[j++] : src[i++];
    while (i < m)
        dst[k++] = src[i++];
    while (j < e)
        dst[k++] = src[j++];
}

/* Sorts q by span, stable, as glibc's qsort (a merge sort) did: the quotes
 * come as a few runs already in order (direct, then indirect ones), so
 * runs are merged pairwise; linear for a few runs, n log n at worst. */
static void sort_quotes(struct bl_quote *q, size_t n)
{
    struct bl_quote *tmp, *src = q, *dst;
    size_t runs = 0;
    for (size_t i = 1; i < n; i++)
        runs += cmp_quote(&q[i - 1], &q[i]) > 0;
    if (!runs)
        return;
    tmp = malloc(n * sizeof *tmp);
    if (!tmp) {
        bl_sort_stable(q, n, sizeof *q, cmp_quote); /* the same order (qsort's is not) */
        return;
    }
    dst = tmp;
    for (;;) {
        size_t a = 0;
        runs = 0;
        while (a < n) {
            size_t m = a + 1, e;
            while (m < n && cmp_quote(&src[m - 1], &src[m]) <= 0)
                m++;
            e = m < n ? m + 1 : m;
            while (e < n && cmp_quote(&src[e - 1], &src[e]) <= 0)
                e++;
            merge_runs(src, dst, a, m, e);
            runs++;
            a = e;
        }
        src = dst;
        dst = src == q ? tmp : q;
        if (runs == 1)
            break;
    }
    if (src != q)
        memcpy(q, src, n * sizeof *q);
    free(tmp);
}

/* "the 'top secret' level", "on ABC's 'This Week'", "his 'pivot'": a
 * quoted phrase of one word that no other quote holds and that is not its
 * cue's object is a scare quote, a title or a name, not a quotation (on PolNeAR train such partials
 * match an attribution about one time in eight; two-word ones match
 * more often, gold direct quotes among them). Marks them dropped. Whether
 * a quote holds one is read from reach[k], the farthest content end of the
 * kept direct and indirect quotes opening at or before token k, built in
 * one pass: a scan of every quote for every partial is quadratic in a
 * document of many one-word partials. */
static int drop_scare_quotes(struct ctx *c)
{
    uint32_t *reach = NULL;
    size_t i;
    for (i = 0; i < c->nq; i++) {
        const struct qb *q = &c->qs[i];
        if (!q->drop && q->kind == BL_QUOTE_PARTIAL && q->npieces == 1 &&
            words_upto(c, c->pieces[q->first].c0, c->pieces[q->first].c1, 2) <= 1)
            break;
    }
    if (i == c->nq)
        return BL_OK; /* no candidate: most documents */
    reach = calloc(c->n + 1, sizeof *reach);
    if (!reach)
        return BL_ERR_NOMEM;
    /* the partials dropped below are no holders, so the table stays true */
    for (size_t j = 0; j < c->nq; j++) {
        const struct qb *o = &c->qs[j];
        uint32_t c0, c1;
        if (o->drop || o->kind == BL_QUOTE_PARTIAL || !o->npieces)
            continue;
        c0 = c->pieces[o->first].c0;
        c1 = c->pieces[o->first + o->npieces - 1].c1;
        if (c0 <= c->n && reach[c0] < c1)
            reach[c0] = c1;
    }
    for (size_t k = 1; k <= c->n; k++)
        if (reach[k] < reach[k - 1])
            reach[k] = reach[k - 1];
    for (; i < c->nq; i++) {
        struct qb *q = &c->qs[i];
        const struct piece *p = &c->pieces[q->first];
        bool held = false;
        if (q->drop || q->kind != BL_QUOTE_PARTIAL || q->npieces != 1 ||
            words_upto(c, p->c0, p->c1, 2) > 1)
            continue;
        /* "shouted “Yes!”": the object of its cue is said */
        if (q->cue.start != BL_NONE && p->open > 0) {
            size_t b = p->open - 1;
            if (b > 0 && (tok_eq(c, b, ":") || tok_eq(c, b, ",")))
                b--;
            held = c->t[b].end == q->cue.end;
        }
        if (!held && p->c0 <= c->n)
            held = reach[p->c0] >= p->c1;
        q->drop = !held;
    }
    free(reach);
    return BL_OK;
}

/* "the plan would fail, Ruiz said, according to an aide": two cues found
 * for one content give two reports of the same words; PolNeAR annotates one
 * (on train 28 such pairs, 23 with one gold attribution, 5 with none). Keeps
 * the first of quotes with the same kind and parts (keeping the one whose
 * cue lies nearest its words was tried: source accuracy no better); q is
 * sorted, so they sit side by side. Returns the new count. */
static size_t drop_same_content(struct bl_quote *q, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        bool same = k > 0 && q[k - 1].kind == q[i].kind && q[k - 1].nparts == q[i].nparts &&
                    q[k - 1].span.start == q[i].span.start && q[k - 1].span.end == q[i].span.end;
        for (size_t p = 0; same && p < q[i].nparts; p++)
            same = q[k - 1].parts[p].start == q[i].parts[p].start &&
                   q[k - 1].parts[p].end == q[i].parts[p].end;
        if (same)
            continue;
        if (k != i)
            q[k] = q[i];
        k++;
    }
    return k;
}

static int emit(struct ctx *c, struct bl_doc *d)
{
    size_t n = 0, k = 0;
    for (size_t i = 0; i < c->nq; i++)
        n += !c->qs[i].drop;
    if (!n)
        return BL_OK;
    d->quotes = calloc(n, sizeof *d->quotes);
    if (!d->quotes)
        return BL_ERR_NOMEM;
    for (size_t i = 0; i < c->nq; i++) {
        const struct qb *q = &c->qs[i];
        struct bl_quote *o;
        struct bl_span *parts;
        if (q->drop)
            continue;
        parts = bl_arena_alloc(&d->arena, q->npieces * sizeof *parts);
        if (!parts)
            return BL_ERR_NOMEM;
        for (size_t p = 0; p < q->npieces; p++) {
            const struct piece *pc = &c->pieces[q->first + p];
            parts[p] = bl_tok_span(c->t, pc->c0, pc->c1);
        }
        o = &d->quotes[k++];
        o->kind = q->kind;
        o->parts = parts;
        o->nparts = q->npieces;
        o->span.start = parts[0].start;
        o->span.end = parts[q->npieces - 1].end;
        o->source = q->source;
        o->cue = q->cue;
        o->speaker = q->speaker;
    }
    sort_quotes(d->quotes, k);
    d->nquotes = drop_same_content(d->quotes, k);
    return BL_OK;
}

/* Run the quotes stage over d; see bl_int.h. m is borrowed (its cue lexicon;
 * NULL or a model without cues finds quoted material but no cues). Writes
 * only d, so threads may run it on different docs. */
int bl_quotes_run(const bl_models *m, struct bl_doc *d)
{
    struct ctx c;
    struct spk_memo spk[SPK_SLOTS];
    int rc = BL_OK;

    memset(&c, 0, sizeof c);
    if (!d)
        return BL_ERR_ARG;
    free(d->quotes);
    d->quotes = NULL;
    d->nquotes = 0;
    if (!d->ntoks || !d->nsents)
        return BL_OK;
    c.d = d;
    c.cues = m ? m->cues : NULL;
    c.text = d->text;
    c.t = d->toks;
    c.n = d->ntoks;
    c.sent_of = d->tok_sent;
    for (size_t k = 0; k < SPK_SLOTS; k++)
        spk[k].start = BL_NONE;
    c.spk = spk;
    c.inq = calloc(d->ntoks, 1);
    c.used = calloc(d->ntoks, 1);
    c.memo = calloc(d->ntoks, sizeof *c.memo);
    if (!c.inq || !c.used || !c.memo) {
        rc = BL_ERR_NOMEM;
        goto out;
    }
    rc = bl_cues_index(c.cues, d); /* the cue at each token, shared with claims */
    if (rc != BL_OK)
        goto out;
    if (d->cue_at && d->cue_src == c.cues)
        c.cue_ix = d->cue_at;
    rc = direct_quotes(&c);
    if (rc != BL_OK)
        goto out;
    rc = partial_clauses(&c);
    if (rc != BL_OK)
        goto out;
    rc = label_index(&c);
    if (rc != BL_OK)
        goto out;
    for (size_t s = 0; s < d->nsents; s++) {
        rc = indirect_sentence(&c, &d->sents[s]);
        if (rc != BL_OK)
            goto out;
    }
    rc = partials_follow_report(&c);
    if (rc != BL_OK)
        goto out;
    rc = embedded_partials(&c);
    if (rc != BL_OK)
        goto out;
    rc = as_partials(&c);
    if (rc != BL_OK)
        goto out;
    rc = demote_held_quotes(&c);
    if (rc != BL_OK)
        goto out;
    {
        struct sent_index ix;
        rc = sent_index_build(&c, &ix);
        if (rc != BL_OK)
            goto out;
        end_at_partial(&c, &ix);
        end_at_as_partial(&c, &ix);
        end_at_partial_clause(&c, &ix);
        end_at_named_partial(&c, &ix);
        nested_reports(&c, &ix);
        free(ix.keys);
    }
    rc = drop_scare_quotes(&c);
    if (rc != BL_OK)
        goto out;
    rc = emit(&c, d);
out:
    if (rc != BL_OK) {
        free(d->quotes);
        d->quotes = NULL;
        d->nquotes = 0;
    }
    free(c.inq);
    free(c.used);
    free(c.memo);
    free(c.pieces);
    free(c.qs);
    free(c.labels);
    return rc;
}
