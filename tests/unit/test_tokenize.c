/* test_tokenize.c -- the tokenizer on news-style text: clitics, quotes,
 * hyphens, dashes, numbers, abbreviations, URLs, e-mail, whitespace, flags,
 * non-Latin scripts and inputs built to be slow (long words, many quotes). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bl_int.h"

/* Tokens of text joined with "|"; caller frees. */
static char *joined(const char *text, size_t len, size_t *ntok)
{
    struct bl_token *t = NULL;
    size_t n = 0, i, cap = len * 2 + 1, at = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    assert_int_equal(bl_tokenize(text, len, &t, &n), BL_OK);
    for (i = 0; i < n; i++) {
        size_t l = t[i].end - t[i].start;
        if (i)
            s[at++] = '|';
        memcpy(s + at, text + t[i].start, l);
        at += l;
    }
    s[at] = 0;
    if (ntok)
        *ntok = n;
    free(t);
    return s;
}

struct row {
    const char *in, *want;
};

static const struct row rows[] = {
    {"", ""},
    {"   \t\n  ", ""},
    /* letter runs eight bytes at a time: across and inside a word of eight,
     * next to the bytes around the letters' ranges, and at the very end */
    {"Abcdefghij[klmnopqrs]", "Abcdefghij|[|klmnopqrs|]"},
    {"abcdefgh`ijklmnop{q", "abcdefgh|`|ijklmnop|{|q"},
    {"Strassenbahnhaltestellé ab", "Strassenbahnhaltestellé|ab"},
    {"abcdefg,h abcdefgh", "abcdefg|,|h|abcdefgh"},
    {"Trump’s war.", "Trump|’s|war|."},
    {"I don't know.", "I|do|n't|know|."},
    {"She can’t stay", "She|ca|n’t|stay"},
    {"They're here, we've seen", "They|'re|here|,|we|'ve|seen"},
    {"you'll see, he'd go, I'm in", "you|'ll|see|,|he|'d|go|,|I|'m|in"},
    {"NATO's chief", "NATO|'s|chief"},
    {"TRUMP’S TEAM", "TRUMP|’S|TEAM"},
    {"the ’90s boom", "the|’90s|boom"},
    {"back in '90s music", "back|in|'90s|music"},
    {"O'Brien left", "O'Brien|left"},
    {"Ma'am, yes", "Ma'am|,|yes"},
    {"the workers’ union", "the|workers|’|union"},
    {"1990s and 1990's", "1990s|and|1990|'s"},
    {"“Yes,” she said.", "“|Yes|,|”|she|said|."},
    {"He said \"no\" twice.", "He|said|\"|no|\"|twice|."},
    {"'Fine,' he said", "'|Fine|,|'|he|said"},
    {"« Non », dit-il", "«|Non|»|,|dit-il"},
    {"„Ja“ sagte er", "„|Ja|“|sagte|er"},
    {"‹a› and ‘b’", "‹|a|›|and|‘|b|’"},
    {"“We never", "“|We|never"},
    {"ends here.\"", "ends|here|.|\""},
    {"a 24-hour strike", "a|24-hour|strike"},
    {"the U.S.-led coalition", "the|U.S.-led|coalition"},
    {"a long-time ally", "a|long-time|ally"},
    {"an x-ray", "an|x-ray"},
    {"Paris – Berlin — Rome", "Paris|–|Berlin|—|Rome"},
    {"yes - no -- maybe", "yes|-|no|--|maybe"},
    {"pre- and post-war", "pre|-|and|post-war"},
    {"$300 billion", "$|300|billion"},
    {"up 1.5% today", "up|1.5|%|today"},
    {"1,000,000 people", "1,000,000|people"},
    {"12,50 euros", "12|,|50|euros"},
    {"at 3:30 today", "at|3:30|today"},
    {"on 2025-02-18.", "on|2025-02-18|."},
    {"24/7 news", "24/7|news"},
    {"the 1st and 22nd", "the|1st|and|22nd"},
    {"-5 degrees", "-5|degrees"},
    {"A&B #1 +5 €20 £3", "A|&|B|#|1|+|5|€|20|£|3"},
    {"C++ code", "C|+|+|code"},
    {"Mr. Smith and Mrs. Jones", "Mr.|Smith|and|Mrs.|Jones"},
    {"J.D. Vance", "J.D.|Vance"},
    {"J. D. Vance", "J.|D.|Vance"},
    {"Gen. Lee and Dr. Ruiz", "Gen.|Lee|and|Dr.|Ruiz"},
    {"in Jan. 2024", "in|Jan.|2024"},
    {"Acme Inc. said", "Acme|Inc.|said"},
    {"at 5 p.m. sharp", "at|5|p.m.|sharp"},
    {"in the U.S.", "in|the|U.S."},
    {"U.K. and E.U. rules", "U.K.|and|E.U.|rules"},
    {"a Ph.D. student", "a|Ph.D.|student"},
    {"e.g. this, i.e. that", "e.g.|this|,|i.e.|that"},
    {"The No. 2 spot", "The|No.|2|spot"},
    {"the war.", "the|war|."},
    {"He won. Then", "He|won|.|Then"},
    {"see https://example.org/path?q=1.", "see|https://example.org/path?q=1|."},
    {"(http://a.example.com/x)", "(|http://a.example.com/x|)"},
    {"visit www.example.net today", "visit|www.example.net|today"},
    {"write to jane.doe@example.com.", "write|to|jane.doe@example.com|."},
    {"at @handle", "at|@|handle"},
    {"a@b is not mail", "a|@|b|is|not|mail"},
    {"wait...", "wait|..."},
    {"so… what", "so|…|what"},
    {"Really?! Yes;", "Really|?|!|Yes|;"},
    {"(see above)", "(|see|above|)"},
    {"snake_case id", "snake_case|id"},
    {"line\r\nbreak", "line|break"},
    {"a\u00A0b\u2009c\u200Bd\u3000e", "a|b|c|d|e"},
    {"ok 😀 fine", "ok|😀|fine"},
    {"thumbs 👍🏽 up", "thumbs|👍🏽|up"},
    {"cafe\u0301 noir", "cafe\u0301|noir"},
    {"Владимир Путин сказал.", "Владимир|Путин|сказал|."},
    {"قال محمد إن", "قال|محمد|إن"},
    {"東京 and 北京", "東京|and|北京"},
    {"rock ’n’ roll", "rock|’|n|’|roll"},
    {"it ended.The next", "it|ended|.|The|next"},
    {"I'D SAY DON'T", "I|'D|SAY|DO|N'T"},
    {"James' car", "James|'|car"},
    {"$1,500 for a 5.5-magnitude quake", "$|1,500|for|a|5.5-magnitude|quake"},
    {"A.I. rules in St. Louis, U.S., etc.)", "A.I.|rules|in|St.|Louis|,|U.S.|,|etc.|)"},
    /* a party and a state after a lawmaker's name keep the state's period */
    {"Sen. Ann Cole, R-Nev., said", "Sen.|Ann|Cole|,|R-Nev.|,|said"},
    {"Rep. Bo Lund (D-Calif.) said", "Rep.|Bo|Lund|(|D-Calif.|)|said"},
    {"the Winston-Salem. The", "the|Winston-Salem|.|The"},
};

static void test_rows(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        char *got = joined(rows[i].in, strlen(rows[i].in), NULL);
        char msg[512];
        int bad = strcmp(got, rows[i].want) != 0;
        if (bad)
            (void)snprintf(msg, sizeof msg, "row %zu: \"%s\" gave \"%s\", want \"%s\"", i,
                           rows[i].in, got, rows[i].want);
        free(got);
        if (bad)
            fail_msg("%s", msg);
    }
}

/* Kind and flags of one token. */
struct krow {
    const char *in;
    size_t idx;
    int kind;
    unsigned set, clear;
};

static const struct krow krows[] = {
    {"Trump’s", 1, BL_TOK_CLITIC, BL_TF_NONASCII, BL_TF_SPACE_BEFORE},
    {"the ’90s", 1, BL_TOK_NUMBER, BL_TF_DIGIT | BL_TF_SPACE_BEFORE, 0},
    {"“Yes”", 0, BL_TOK_QUOTE, BL_TF_OPEN_QUOTE, BL_TF_CLOSE_QUOTE},
    {"“Yes”", 2, BL_TOK_QUOTE, BL_TF_CLOSE_QUOTE, BL_TF_OPEN_QUOTE},
    {"say \"hi\"", 1, BL_TOK_QUOTE, BL_TF_OPEN_QUOTE, BL_TF_CLOSE_QUOTE},
    {"say \"hi\"", 3, BL_TOK_QUOTE, BL_TF_CLOSE_QUOTE, BL_TF_OPEN_QUOTE},
    {"(\"hi\")", 1, BL_TOK_QUOTE, BL_TF_OPEN_QUOTE, 0},
    {"\"hi\"", 0, BL_TOK_QUOTE, BL_TF_OPEN_QUOTE, 0},
    {"it.\" He", 2, BL_TOK_QUOTE, BL_TF_CLOSE_QUOTE, 0},
    {"»Ja«", 0, BL_TOK_QUOTE, BL_TF_CLOSE_QUOTE, 0},
    {"a\nb", 1, BL_TOK_WORD, BL_TF_NL_BEFORE | BL_TF_SPACE_BEFORE, BL_TF_PARA_BEFORE},
    {"a\n  \nb", 1, BL_TOK_WORD, BL_TF_NL_BEFORE | BL_TF_PARA_BEFORE, 0},
    {"a\r\n\r\nb", 1, BL_TOK_WORD, BL_TF_PARA_BEFORE, 0},
    {"a\r\nb", 1, BL_TOK_WORD, BL_TF_NL_BEFORE, BL_TF_PARA_BEFORE},
    {"a \u2029b", 1, BL_TOK_WORD, BL_TF_PARA_BEFORE, 0},
    {"a,", 1, BL_TOK_PUNCT, 0, BL_TF_SPACE_BEFORE},
    /* the case of long ASCII words, counted eight bytes at a time */
    {"ABCDEFGHIJKLMNOPQRSTUVWXYZ", 0, BL_TOK_WORD, BL_TF_UPPER | BL_TF_ALLCAPS, 0},
    {"ABCDEFGHIJKLMNOPQRSTUVWXYz", 0, BL_TOK_WORD, BL_TF_UPPER, BL_TF_ALLCAPS},
    {"aBCDEFGHIJKLMNOPQRSTUVWXYZ", 0, BL_TOK_WORD, 0, BL_TF_UPPER | BL_TF_ALLCAPS},
    {"ABCDEFGh ABCDEFGH", 0, BL_TOK_WORD, BL_TF_UPPER, BL_TF_ALLCAPS},
    {"ABCDEFGh ABCDEFGH", 1, BL_TOK_WORD, BL_TF_UPPER | BL_TF_ALLCAPS, 0},
    {"ABCDEFG[HIJKLMNOPQ", 0, BL_TOK_WORD, BL_TF_UPPER | BL_TF_ALLCAPS, 0},
    {"STRASSENBAHNHALTESTELLÉ", 0, BL_TOK_WORD, BL_TF_UPPER | BL_TF_ALLCAPS | BL_TF_NONASCII, 0},
    {"NATO", 0, BL_TOK_WORD, BL_TF_UPPER | BL_TF_ALLCAPS, BL_TF_DIGIT},
    {"Nato", 0, BL_TOK_WORD, BL_TF_UPPER, BL_TF_ALLCAPS},
    {"nato", 0, BL_TOK_WORD, 0, BL_TF_UPPER | BL_TF_ALLCAPS},
    {"G7", 0, BL_TOK_WORD, BL_TF_DIGIT | BL_TF_ALLCAPS, 0},
    {"Mr.", 0, BL_TOK_WORD, BL_TF_PERIOD_END | BL_TF_ABBREV, 0},
    {"U.S.", 0, BL_TOK_WORD, BL_TF_PERIOD_END | BL_TF_ALLCAPS, BL_TF_ABBREV},
    {"J.", 0, BL_TOK_WORD, BL_TF_PERIOD_END, BL_TF_ABBREV},
    {"war.", 0, BL_TOK_WORD, 0, BL_TF_PERIOD_END},
    {"café", 0, BL_TOK_WORD, BL_TF_NONASCII, BL_TF_UPPER},
    {"Путин", 0, BL_TOK_WORD, BL_TF_UPPER | BL_TF_NONASCII, BL_TF_ALLCAPS},
    {"ЦРУ", 0, BL_TOK_WORD, BL_TF_ALLCAPS | BL_TF_UPPER, 0},
    {"محمد", 0, BL_TOK_WORD, BL_TF_NONASCII, BL_TF_UPPER | BL_TF_ALLCAPS},
    {"a — b", 1, BL_TOK_DASH, BL_TF_SPACE_BEFORE, 0},
    {"a -- b", 1, BL_TOK_DASH, 0, 0},
    {"no...", 1, BL_TOK_ELLIPSIS, 0, 0},
    {"$5", 0, BL_TOK_SYMBOL, 0, 0},
    {"5%", 1, BL_TOK_SYMBOL, 0, 0},
    {"http://x.example.org", 0, BL_TOK_URL, 0, 0},
    {"ann@example.org", 0, BL_TOK_EMAIL, 0, 0},
    {"mail ann@example.org", 1, BL_TOK_EMAIL, BL_TF_SPACE_BEFORE, 0},
    {"x@y then ann@example.org", 4, BL_TOK_EMAIL, BL_TF_SPACE_BEFORE, 0},
    {"ann@example.org, bob@example.net", 2, BL_TOK_EMAIL, 0, 0},
    {"no address here", 2, BL_TOK_WORD, 0, 0},
    {"2025-02-18", 0, BL_TOK_NUMBER, BL_TF_DIGIT, 0},
    {"24-hour", 0, BL_TOK_WORD, BL_TF_DIGIT, 0},
    {"1,000", 0, BL_TOK_NUMBER, BL_TF_DIGIT, 0},
    {"don't", 1, BL_TOK_CLITIC, 0, 0},
    {"x ;", 1, BL_TOK_PUNCT, BL_TF_SPACE_BEFORE, 0},
    /* case flags counted while scanning, and where text_flags takes over */
    {"DIDn't", 0, BL_TOK_WORD, BL_TF_UPPER | BL_TF_ALLCAPS, BL_TF_NONASCII},
    {"O’BRIEN", 0, BL_TOK_WORD, BL_TF_UPPER | BL_TF_ALLCAPS | BL_TF_NONASCII, 0},
    {"O'Brien", 0, BL_TOK_WORD, BL_TF_UPPER, BL_TF_ALLCAPS | BL_TF_NONASCII},
    {"e-Mail", 0, BL_TOK_WORD, 0, BL_TF_UPPER | BL_TF_ALLCAPS | BL_TF_DIGIT},
    {"x‐RAY", 0, BL_TOK_WORD, BL_TF_NONASCII, BL_TF_UPPER | BL_TF_ALLCAPS},
    {"9to5", 0, BL_TOK_WORD, BL_TF_DIGIT, BL_TF_UPPER | BL_TF_ALLCAPS},
    {"3M", 0, BL_TOK_NUMBER, BL_TF_DIGIT | BL_TF_UPPER | BL_TF_ALLCAPS, 0},
    {"U.S.-LED", 0, BL_TOK_WORD, BL_TF_UPPER | BL_TF_ALLCAPS, BL_TF_NONASCII},
    {"Éric", 0, BL_TOK_WORD, BL_TF_UPPER | BL_TF_NONASCII, BL_TF_ALLCAPS},
};

static void test_kinds(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < sizeof krows / sizeof krows[0]; i++) {
        const struct krow *r = &krows[i];
        struct bl_token *t;
        size_t n;
        assert_int_equal(bl_tokenize(r->in, strlen(r->in), &t, &n), BL_OK);
        unsigned k = r->idx < n ? t[r->idx].kind : 99, f = r->idx < n ? t[r->idx].flags : 0;
        free(t);
        if (k != (unsigned)r->kind || (f & r->set) != r->set || (f & r->clear) != 0)
            fail_msg("krow %zu (\"%s\"): kind %u flags %#x", i, r->in, k, f);
    }
}

static void test_nul_and_controls(void **state)
{
    static const char in[] = "a\0b\0\0c\x01\x7f"
                             "d\xC2\x85"
                             "e";
    char *got = joined(in, sizeof in - 1, NULL);
    (void)state;
    assert_string_equal(got, "a|b|c|d|e");
    free(got);
}

static void test_abbrev(void **state)
{
    static const char *yes[] = {
        "Mr.",   "Mrs.",  "Ms.",  "Dr.",   "Prof.", "Gen.",  "Col.",   "Lt.",   "Sgt.",    "Capt.",
        "Cmdr.", "Adm.",  "Sen.", "Rep.",  "Gov.",  "Pres.", "Rev.",   "Hon.",  "St.",     "Jr.",
        "Sr.",   "Jan.",  "Feb.", "Mar.",  "Apr.",  "Jun.",  "Jul.",   "Aug.",  "Sep.",    "Sept.",
        "Oct.",  "Nov.",  "Dec.", "Ala.",  "Ariz.", "Ark.",  "Calif.", "Colo.", "Conn.",   "Del.",
        "Fla.",  "Ga.",   "Ill.", "Ind.",  "Kan.",  "Ky.",   "La.",    "Md.",   "Mass.",   "Mich.",
        "Minn.", "Miss.", "Mo.",  "Mont.", "Neb.",  "Nev.",  "Okla.",  "Ore.",  "Pa.",     "Tenn.",
        "Tex.",  "Va.",   "Vt.",  "Wash.", "Wis.",  "Wyo.",  "Inc.",   "Corp.", "Co.",     "Ltd.",
        "Bros.", "No.",   "vs.",  "etc.",  "e.g.",  "i.e.",  "a.m.",   "p.m.",  "approx.", "dept.",
        "est.",  "fig.",
    };
    static const char *no[] = {"Mr",   "war.", "gen.", "",    ".",    "U.S.", "Zzz.",
                               "Aaa.", "Mr.x", "Mo..", "Co..", "Sepp.", "Ab.",  "zz."};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof yes / sizeof yes[0]; i++)
        if (!bl_is_abbrev(yes[i], strlen(yes[i])))
            fail_msg("%s should be an abbreviation", yes[i]);
    for (i = 0; i < sizeof no / sizeof no[0]; i++)
        if (bl_is_abbrev(no[i], strlen(no[i])))
            fail_msg("%s should not be an abbreviation", no[i]);
}

/* Tokens are non-empty, in order, inside the text, and never whitespace. */
static void check_invariants(const char *s, size_t len, const struct bl_token *t, size_t n)
{
    size_t i, prev = 0;
    for (i = 0; i < n; i++) {
        assert_true(t[i].start < t[i].end);
        assert_true(t[i].start >= prev);
        assert_true(t[i].end <= len);
        assert_true((unsigned char)s[t[i].start] > ' ');
        prev = t[i].end;
    }
}

/* Inputs that would be quadratic for a careless scanner. The run time is
 * what matters; the counts just check the shape. */
static void test_pathological(void **state)
{
    const size_t big = 1u << 20;
    char *s = malloc(big * 3 + 1);
    struct bl_token *t;
    size_t n, i;
    (void)state;
    assert_non_null(s);

    memset(s, 'a', big);
    assert_int_equal(bl_tokenize(s, big, &t, &n), BL_OK);
    assert_int_equal(n, 1);
    free(t);

    for (i = 0; i < big; i++)
        s[i] = i % 2 ? '-' : 'a';
    s[big - 1] = 'a';
    assert_int_equal(bl_tokenize(s, big, &t, &n), BL_OK);
    assert_int_equal(n, 1);
    free(t);

    for (i = 0; i < big; i++) /* a--a--a-- : no e-mail, many dashes */
        s[i] = i % 3 ? '-' : 'a';
    assert_int_equal(bl_tokenize(s, big, &t, &n), BL_OK);
    check_invariants(s, big, t, n);
    free(t);

    for (i = 0; i < big; i++)
        s[i] = i % 2 ? '@' : 'b';
    assert_int_equal(bl_tokenize(s, big, &t, &n), BL_OK);
    check_invariants(s, big, t, n);
    free(t);

    memset(s, '"', 100000);
    assert_int_equal(bl_tokenize(s, 100000, &t, &n), BL_OK);
    assert_int_equal(n, 100000);
    free(t);

    for (i = 0; i < 100000; i++)
        memcpy(s + 3 * i, "\xE2\x80\x99", 3); /* ’ x 100k */
    assert_int_equal(bl_tokenize(s, 300000, &t, &n), BL_OK);
    assert_int_equal(n, 100000);
    free(t);

    memset(s, '.', big);
    assert_int_equal(bl_tokenize(s, big, &t, &n), BL_OK);
    assert_int_equal(n, 1);
    free(t);

    for (i = 0; i < big; i++) /* a.a.a. looks like one long abbreviation */
        s[i] = i % 2 ? '.' : 'a';
    assert_int_equal(bl_tokenize(s, big, &t, &n), BL_OK);
    check_invariants(s, big, t, n);
    free(t);

    memcpy(s, "http://", 7); /* one URL of a megabyte */
    memset(s + 7, 'x', big - 7);
    assert_int_equal(bl_tokenize(s, big, &t, &n), BL_OK);
    assert_int_equal(n, 1);
    assert_int_equal(t[0].kind, BL_TOK_URL);
    free(t);
    free(s);
}

/* Pseudo-random valid UTF-8 built from pieces that stress every branch. */
static void test_random(void **state)
{
    static const char *pieces[] = {
        "a",    "Z", "7", " ", "\n",  ".",  ",",   "'",    "’",        "\"",           "“",
        "”",    "-", "—", "$", "%",   "@",  "é",   "😀",    "\xCC\x81", "\0",           "http://",
        "www.", ":", "/", "…", "n't", "'s", "Mr.", "U.S.", "\xC2\xA0", "\xE2\x80\x8B", "«",
        "(",    ")",
    };
    static char buf[20000];
    uint32_t seed = 12345;
    int round;
    (void)state;
    for (round = 0; round < 50; round++) {
        size_t len = 0;
        struct bl_token *t;
        size_t n;
        while (len + 8 < sizeof buf) {
            const char *p;
            size_t l;
            seed = seed * 1103515245u + 12345u;
            p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
            l = p[0] ? strlen(p) : 1;
            memcpy(buf + len, p, l);
            len += l;
        }
        assert_int_equal(bl_utf8_validate(buf, len, NULL), BL_OK);
        assert_int_equal(bl_tokenize(buf, len, &t, &n), BL_OK);
        check_invariants(buf, len, t, n);
        free(t);
    }
}

/* The first token of text[0..len). */
static struct bl_token first_token(const char *text, size_t len)
{
    struct bl_token *t = NULL, k;
    size_t n = 0;
    assert_int_equal(bl_tokenize(text, len, &t, &n), BL_OK);
    assert_true(n > 0);
    k = t[0];
    free(t);
    return k;
}

/* A word of ASCII letters followed by a byte that ends it outright takes
 * the tokenizer's short path; followed by "- " (a hyphen that joins
 * nothing) the same word takes the full one. Both must give the same
 * token, for plain words of every length around the eight-byte steps, in
 * any case, at the end of the text or not, and for words the short path
 * turns down (digits, apostrophes, periods, non-ASCII letters). */
static void test_short_path(void **state)
{
    static const char *const ends[] = {" ",    ",",  ";", ")", "\"", "!", "?",
                                       "\n",   "\t", "&", "#", "[",  "`", "~",
                                       "\x7f", "*",  "<", "=", "$",  "",  "\r\n"};
    static const char *const fixed[] = {
        "Émile", "naïve", "A380", "O'Brien", "don't", "U.S",    "e-mail", "rock’n’roll",
        "ÅLAND", "x",     "IAEA", "Said",    "Mr",    "Dr",     "Gen",    "St",
        "etc",   "vs",    "J",    "U",       "Sept",  "Messrs", "i",      "a",
        "e.g",   "Calif", "www",  "http",    "MR"};
    /* after a period: the short path before a plain byte, the full one
     * before ":", which joins nothing after a period either */
    static const char *const period_ends[] = {". ", ".\n", ".", ".\"", ".)", ". The", ".,"};
    static const char letters[] = "abcxyzQRSTUVWMnop";
    static const char tails[][24] = {"", " and more words here"};
    char word[40], a[128], b[128];
    uint32_t seed = 99;
    (void)state;
    for (int round = 0; round < 600; round++) {
        size_t wl;
        if (round < (int)(sizeof fixed / sizeof fixed[0])) {
            wl = strlen(fixed[round]);
            memcpy(word, fixed[round], wl);
        } else {
            wl = 1 + (size_t)round % 23;
            for (size_t k = 0; k < wl; k++) {
                seed = seed * 1103515245u + 12345u;
                word[k] = letters[(seed >> 16) % (sizeof letters - 1)];
            }
            if (round % 7 == 0) /* all capitals */
                for (size_t k = 0; k < wl; k++)
                    word[k] = (char)(word[k] & ~0x20);
            if (round % 11 == 0) { /* a non-ASCII letter in the middle */
                memmove(word + wl / 2 + 2, word + wl / 2, wl - wl / 2);
                memcpy(word + wl / 2, "\xC3\xA9", 2);
                wl += 2;
            }
        }
        word[wl] = 0;
        for (size_t e = 0; e < sizeof ends / sizeof ends[0]; e++) {
            for (size_t t = 0; t < 2; t++) {
                struct bl_token x, y;
                int la = snprintf(a, sizeof a, "%s%s%s", word, ends[e], ends[e][0] ? tails[t] : "");
                int lb = snprintf(b, sizeof b, "%s- %s", word, tails[t]);
                assert_true(la > 0 && lb > 0);
                x = first_token(a, (size_t)la);
                y = first_token(b, (size_t)lb);
                if (x.start != y.start || x.end != y.end || x.kind != y.kind ||
                    x.flags != y.flags) {
                    printf("[%s] before [%s]: %u-%u kind %u flags %#x, full path %u-%u %u %#x\n",
                           word, ends[e], x.start, x.end, x.kind, x.flags, y.start, y.end, y.kind,
                           y.flags);
                    fail();
                }
            }
        }
        for (size_t e = 0; e < sizeof period_ends / sizeof period_ends[0]; e++) {
            struct bl_token x, y;
            int la = snprintf(a, sizeof a, "%s%s", word, period_ends[e]);
            int lb = snprintf(b, sizeof b, "%s.:", word);
            assert_true(la > 0 && lb > 0);
            x = first_token(a, (size_t)la);
            y = first_token(b, (size_t)lb);
            if (x.start != y.start || x.end != y.end || x.kind != y.kind || x.flags != y.flags) {
                printf("[%s] before [%s]: %u-%u kind %u flags %#x, full path %u-%u %u %#x\n", word,
                       period_ends[e], x.start, x.end, x.kind, x.flags, y.start, y.end, y.kind,
                       y.flags);
                fail();
            }
        }
    }
}

/* After a short-path word, " " and a letter go on to the next word inside
 * the short path; two spaces send it round the main loop instead. Random
 * runs of words, plain and not (clitics, abbreviations, initials, URLs,
 * e-mail, numbers, hyphens, non-ASCII, words at the end of the text), must
 * give the same tokens (text, kind, flags) either way. */
static void test_short_path_runs(void **state)
{
    static const char *const words[] = {
        "the",   "Minister",   "SAID",   "a",         "I",           "Mr.",       "J.",
        "U.S.",  "don't",      "O'Neil", "e-mail",    "www.x.org",   "http://a.b", "me@x.io",
        "A380",  "1990s",      "3.5",    "Zürich",    "naïve",       "end.The",   "etc.",
        "x.",    "Washington", "on,",    "(they)",    "\"quoted\"",  "it’s",      "km/h",
        "AbCdEfGhIjKlMnOp",    "p.m.",   "rock-and-roll",            "Q",         "wait...",
    };
    char one[512], two[1024];
    uint32_t seed = 4242;
    (void)state;
    for (int round = 0; round < 400; round++) {
        size_t l1 = 0, l2 = 0, n1 = 0, n2 = 0;
        size_t nw = 1 + (size_t)round % 12;
        struct bl_token *t1 = NULL, *t2 = NULL;
        for (size_t k = 0; k < nw; k++) {
            const char *w;
            size_t wl;
            seed = seed * 1103515245u + 12345u;
            w = words[(seed >> 16) % (sizeof words / sizeof words[0])];
            wl = strlen(w);
            if (k) {
                one[l1++] = ' ';
                two[l2++] = ' ';
                two[l2++] = ' ';
            }
            memcpy(one + l1, w, wl);
            memcpy(two + l2, w, wl);
            l1 += wl;
            l2 += wl;
        }
        one[l1] = two[l2] = '\0';
        assert_int_equal(bl_tokenize(one, l1, &t1, &n1), BL_OK);
        assert_int_equal(bl_tokenize(two, l2, &t2, &n2), BL_OK);
        if (n1 != n2)
            fail_msg("[%s]: %zu tokens, with two spaces %zu", one, n1, n2);
        for (size_t i = 0; i < n1; i++) {
            size_t a = t1[i].end - t1[i].start, b = t2[i].end - t2[i].start;
            if (a != b || memcmp(one + t1[i].start, two + t2[i].start, a) != 0 ||
                t1[i].kind != t2[i].kind || t1[i].flags != t2[i].flags)
                fail_msg("[%s] token %zu: [%.*s] kind %u flags %#x, with two spaces [%.*s] %u %#x",
                         one, i, (int)a, one + t1[i].start, t1[i].kind, t1[i].flags, (int)b,
                         two + t2[i].start, t2[i].kind, t2[i].flags);
        }
        free(t1);
        free(t2);
    }
}

/* bl_tok_is / bl_tok_in: whole token, ASCII case ignored, other bytes
 * exact; a literal longer or shorter than the token never matches. */
static const struct tok_is_row {
    const char *text; /* one token */
    const char *lit;
    bool is;
} tok_is_rows[] = {
    {"Said", "said", true},    {"SAID", "said", true},   {"said", "SAID", true},
    {"said", "sai", false},    {"said", "saids", false}, {"said", "", false},
    {"U.S.", "u.s.", true},    {"’ll", "’ll", true},     {"’ll", "'ll", false},
    {"Émile", "émile", false}, {"Émile", "Émile", true}, {"Émile", "émile ", false},
    {"@", "`", false},         {"Z", "z", true},         {"[", "{", false},
};

static void test_tok_is(void **state)
{
    static const char *const list[] = {"told", "say", "said", NULL};
    static const char *const none[] = {NULL};
    (void)state;
    for (size_t r = 0; r < sizeof tok_is_rows / sizeof tok_is_rows[0]; r++) {
        const struct tok_is_row *row = &tok_is_rows[r];
        struct bl_token t = {0, (uint32_t)strlen(row->text), BL_TOK_WORD, 0};
        const char *const one[] = {"x", row->lit, NULL};
        if (bl_tok_is(row->text, &t, row->lit) != row->is ||
            bl_tok_in(row->text, &t, one) != row->is) {
            printf("[%s] vs [%s]: expected %d\n", row->text, row->lit, row->is);
            fail();
        }
    }
    {
        const char *text = "He SAID so";
        struct bl_token t = {3, 7, BL_TOK_WORD, 0}, he = {0, 2, BL_TOK_WORD, 0};
        assert_true(bl_tok_in(text, &t, list));
        assert_false(bl_tok_in(text, &he, list));
        assert_false(bl_tok_in(text, &t, none));
    }
    {
        /* the match, or the end, at every place of the four-a-round scan */
        static const char *const all[] = {"sad", "Sa", "sai", "saidx", "said", NULL};
        const char *text = "SAID";
        struct bl_token t = {0, 4, BL_TOK_WORD, 0};
        const char *list2[6];
        for (size_t k = 0; k <= 4; k++) {
            for (size_t j = 0; j < k; j++)
                list2[j] = all[j];
            list2[k] = NULL;
            assert_false(bl_tok_in(text, &t, list2));
            list2[k] = "said";
            list2[k + 1] = NULL;
            assert_true(bl_tok_in(text, &t, list2));
        }
        assert_true(bl_tok_in(text, &t, all));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_nul_and_controls),
        cmocka_unit_test(test_abbrev),
        cmocka_unit_test(test_pathological),
        cmocka_unit_test(test_random),
        cmocka_unit_test(test_short_path),
        cmocka_unit_test(test_short_path_runs),
        cmocka_unit_test(test_tok_is),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
