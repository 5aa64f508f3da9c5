/* test_tagger_ref.c -- the tagger's shortcuts (word groups summed once per
 * distinct word, small features summed at load, rows relative to O, the
 * second pass keeping labels nothing changed, the SSE2 argmax) must label
 * exactly as the plain model does: every feature hashed, looked up in the
 * rows of data/ner.model and summed over all nine labels. Our own text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bl_int.h"
#include "tagger_int.h"
#include "common_words.h"

/* The model file's rows, sorted by key. */
struct ref_model {
    uint32_t *keys;
    int16_t *w; /* NER_NCLASS per row */
    size_t n;
};

struct fixture {
    struct ref_model m;
    bl_tagger *t;
    bl_gazetteer *gz;
};

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Reads the rows straight from the file, in the format tagger_int.h gives. */
static void ref_load(const char *path, struct ref_model *m)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf, *p;
    long len;
    size_t r, order_n;
    uint32_t *order;

    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    len = ftell(f);
    assert_true(len > 32);
    rewind(f);
    buf = malloc((size_t)len);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)len, f), (size_t)len);
    (void)fclose(f);
    assert_memory_equal(buf, NER_MAGIC, 8);
    assert_int_equal(rd32(buf + 16), NER_NCLASS);
    m->n = rd32(buf + 20);
    order_n = m->n;
    p = buf + 32 + rd32(buf + 28);
    order = malloc(2 * order_n * sizeof *order);
    m->keys = malloc(m->n * sizeof *m->keys);
    m->w = malloc(m->n * NER_NCLASS * sizeof *m->w);
    assert_true(order && m->keys && m->w);
    for (r = 0; r < m->n; r++) {
        order[2 * r] = rd32(p + r * (4 + 2 * NER_NCLASS));
        order[2 * r + 1] = (uint32_t)r;
    }
    qsort(order, m->n, 2 * sizeof *order, cmp_u32);
    for (r = 0; r < m->n; r++) {
        const unsigned char *row = p + (size_t)order[2 * r + 1] * (4 + 2 * NER_NCLASS);
        int c;
        m->keys[r] = order[2 * r];
        for (c = 0; c < NER_NCLASS; c++)
            m->w[r * NER_NCLASS + (size_t)c] =
                (int16_t)(uint16_t)(row[4 + 2 * c] | row[5 + 2 * c] << 8);
    }
    free(order);
    free(buf);
}

static const int16_t *ref_find(const struct ref_model *m, uint64_t h)
{
    uint32_t key = ner_key(h);
    const uint32_t *k = bsearch(&key, m->keys, m->n, sizeof key, cmp_u32);
    return k ? m->w + (size_t)(k - m->keys) * NER_NCLASS : NULL;
}

static int ref_known(const void *arg, uint64_t hl)
{
    return ref_find(arg, ner_vocab_key(hl)) != NULL;
}

/* One greedy pass with every feature hashed. */
static void ref_pass(const struct ref_model *m, const struct ner_ctx *c, const uint32_t *docbits,
                     uint8_t *labels)
{
    uint64_t dyn[NER_MAX_DYN];
    size_t si, i, k, n;
    int l;

    for (si = 0; si < c->nsents; si++) {
        size_t a = c->sents[si].tok_start, b = c->sents[si].tok_end;
        for (i = a; i < b; i++) {
            int32_t sc[NER_NCLASS] = {0};
            int prev = i > a ? labels[i - 1] : NER_BOS, best = 0;
            for (k = c->foff[i]; k < c->foff[i + 1]; k++) {
                const int16_t *w = ref_find(m, c->feats[k]);
                for (l = 0; w && l < NER_NCLASS; l++)
                    sc[l] += w[l];
            }
            n = ner_dyn_feats(c, i, a, labels, docbits, dyn);
            assert_true(n <= NER_MAX_DYN);
            for (k = 0; k < n; k++) {
                const int16_t *w = ref_find(m, dyn[k]);
                for (l = 0; w && l < NER_NCLASS; l++)
                    sc[l] += w[l];
            }
            for (l = 1; l < NER_NCLASS; l++)
                if (ner_allowed(prev, l) && sc[l] > sc[best])
                    best = l;
            labels[i] = (uint8_t)best;
        }
    }
}

/* Both passes, as the tagger did before its shortcuts. */
static void ref_tag(const struct ref_model *m, const bl_gazetteer *gz, const bl_doc *d,
                    uint8_t *labels)
{
    struct ner_hooks hk = {ref_known, m, NULL, NULL, 0};
    struct ner_ctx c;
    size_t n = d->ntoks ? d->ntoks : 1;
    uint8_t *first = calloc(n, 1);
    uint32_t *docbits = calloc(n, sizeof *docbits);

    assert_true(first && docbits);
    assert_int_equal(ner_ctx_init_ex(&c, d->text, d->toks, d->ntoks, d->sents, d->nsents, gz, &hk),
                     BL_OK);
    memset(labels, 0, d->ntoks);
    ref_pass(m, &c, NULL, first);
    assert_int_equal(ner_doc_bits(&c, first, docbits), BL_OK);
    ref_pass(m, &c, docbits, labels);
    ner_ctx_free(&c);
    free(first);
    free(docbits);
}

static int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);
    struct bl_error err = {0};
    if (!f)
        return -1;
    if (bl_tagger_load("data/ner.model", &f->t, &err) != BL_OK) {
        (void)fprintf(stderr, "cannot load data/ner.model: %s\n", err.message);
        free(f);
        return -1;
    }
    if (bl_gazetteer_load("data", &f->gz, &err) != BL_OK)
        f->gz = NULL;
    /* as bl_models_load does: the common words' classes asked at load */
    if (bl_tagger_bind_gazetteer(f->t, f->gz) != BL_OK)
        return -1;
    ref_load("data/ner.model", &f->m);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    bl_tagger_free(f->t);
    bl_gazetteer_free(f->gz);
    free(f->m.keys);
    free(f->m.w);
    free(f);
    return 0;
}

/* Our own text: names that recur (document features), a headline, a
 * sentence in capitals, particles, titles, non-ASCII letters, numbers,
 * quotes, dashes, clitics and a URL. */
static const char *const texts[] = {
    "",
    "Hello",
    "Port Talbot council backs new harbour plan\n\n"
    "PORT TALBOT, Wales (Westbay News) - The council of Port Talbot voted on Monday to back "
    "a new harbour plan, its leader Aled Pryce-Morgan said. Pryce-Morgan told the Westbay "
    "Gazette that the plan would cost 40 million pounds.\n"
    "\"We have waited long enough,\" said Pryce-Morgan, who met Transport Minister Carys "
    "Hughes in Cardiff last week. Hughes's office did not comment.\n"
    "Critics at the Friends of Swansea Bay group said the harbour would harm wildlife. "
    "Friends of Swansea Bay has asked the Welsh Government for a review.\n",
    "THE MINISTER SAID NOTHING ABOUT THE PLAN IN BRUSSELS.\n\n"
    "Ursula von der Leyen and Ludwig van Delden met Mohammed bin Rashid in Zürich on 3 May. "
    "Von der Leyen later flew to Łódź, where Mayor Anna Kowalczyk greeted her. "
    "Kowalczyk's aides - and the mayor herself - spoke of \"a new chapter\" for the city. "
    "See https://example.org/news for details. Kowalczyk said it's time.\n",
    "Apple and apple. Bank of England, bank of england, BANK OF ENGLAND. "
    "Mr. Smith met Dr. Jones at 10.30 a.m. in St. Louis, Mo., while Jones's deputy stayed "
    "in New York. Smith, Jones and Smith again -- Smith!\n"
    "Reporting by Kai Tanaka; Editing by Priya Raman\n",
    /* long words (past 16 and 64 bytes), words alike in their first bytes,
     * letters past ASCII inside words, digits inside words */
    "Supercalifragilisticexpialidocious Holdings and supercalifragilisticexpialidocious "
    "holdings merged. The Standardisation-and-Harmonisation-Working-Group-of-the-Northern-"
    "Provinces met the Standardisation-and-Harmonisation-Working-Group-of-the-Northern-"
    "Provincial-Council in Brisaport. Brisaportians, Brisaportianos and Brisaportianas "
    "cheered; Kelmarovski and Kelmarovsky did not.\n"
    "Zo\xc3\xab Kuznetsova-\xc5\x81ukasik met Caf\xc3\xa9 owners on "
    "M\xc3\xbcller-L\xc3\xbc"
    "denscheidt-Stra\xc3\x9f"
    "e 12B, and ZO\xc3\x8b met them "
    "again. G7 and G8 leaders flew the A380; the 4x4s stayed.\n",
    /* sentences of one, two and three tokens, unknown words, names, places
     * and particles first or last in their sentence */
    "Paris. Yes! Go now. Quorvantel. Berlin Smith. Ok Brennavik. de Gaulle. van Dijk said. "
    "Zorvani said Minister. Mr. Jones. London, Paris and Rome. Bank of England. Kelmarovski? "
    "Wales. He left Wales. She met Dr. Hughes. Sources said. Vrandelstad\n",
    /* runs of capitalised words longer than cap_run's reach of eight, and
     * runs of exactly seven and eight, with particles inside and around */
    "Yesterday the Royal Society For The Protection Of Ancient Northern Welsh Castles Gardens "
    "And Lakes Trust met Marie de la Croix van der Berg and the Bank of England Group. "
    "Alpha Bravo Charlie Delta Echo Foxtrot Golf met Hotel India Juliet Kilo Lima Mike "
    "November Oscar in Papa of Quebec and Romeo de Sierra.\n",
};

static void check_text(const struct fixture *f, const bl_gazetteer *gz, const char *text)
{
    bl_doc *d = NULL;
    struct ner_ctx c;
    uint8_t *fast, *ref;
    size_t i, n;

    assert_int_equal(bl_doc_create(text, strlen(text), &d, NULL), BL_OK);
    assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, NULL), BL_OK);
    n = d->ntoks ? d->ntoks : 1;
    fast = malloc(n);
    ref = malloc(n);
    assert_true(fast && ref);
    assert_int_equal(ner_tag(f->t, gz, d, &c, fast), BL_OK);
    ner_ctx_free(&c);
    ref_tag(&f->m, gz, d, ref);
    for (i = 0; i < d->ntoks; i++)
        if (fast[i] != ref[i]) {
            (void)fprintf(stderr, "token %zu '%.*s': fast %d, plain %d\n", i,
                          (int)(d->toks[i].end - d->toks[i].start), text + d->toks[i].start,
                          fast[i], ref[i]);
            fail();
        }
    free(fast);
    free(ref);
    bl_doc_free(d);
}

/* What ner_ctx_sum must write for each token: the plain sums of the rows
 * of the static features the hooked ner_ctx_init_ex gives (grouped: the
 * word groups left out), relative to label O. */
struct static_want {
    const struct ref_model *m;
    int32_t (*want)[NER_NCLASS - 1];
    uint8_t *seen;
};

static int want_static(void *arg, const struct ner_ctx *c, const struct bl_sentence *s, size_t i,
                       const struct ner_feats *f)
{
    struct static_want *k = arg;
    int32_t sc[NER_NCLASS] = {0};
    uint32_t j;
    int l;
    (void)c;
    (void)s;
    for (j = 0; j < f->nh + f->ns; j++) {
        const int16_t *w = ref_find(k->m, j < f->nh ? f->h[j] : ner_small_key(f->s[j - f->nh]));
        for (l = 0; w && l < NER_NCLASS; l++)
            sc[l] += w[l];
    }
    for (l = 1; l < NER_NCLASS; l++)
        k->want[i][l - 1] = sc[l] - sc[0];
    k->seen[i] = 1;
    return BL_OK;
}

/* ner_ctx_sum's rows (its shortcuts: the features probed as they are made,
 * the shape-triple cache, the row of the vocabulary key reused) against the
 * plain sums, token by token. */
static void check_static(const struct fixture *f, const bl_gazetteer *gz, const char *text)
{
    struct static_want k;
    struct ner_hooks hk = {ref_known, NULL, want_static, NULL, 1};
    struct ner_ctx c;
    struct ner_row *stat;
    bl_doc *d = NULL;
    size_t i, n;
    int l;

    assert_int_equal(bl_doc_create(text, strlen(text), &d, NULL), BL_OK);
    assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, NULL), BL_OK);
    n = d->ntoks ? d->ntoks : 1;
    k.m = &f->m;
    k.want = calloc(n, sizeof *k.want);
    k.seen = calloc(n, 1);
    stat = calloc(n, sizeof *stat);
    assert_true(k.want && k.seen && stat);
    hk.known_arg = &f->m;
    hk.arg = &k;
    assert_int_equal(ner_ctx_init_ex(&c, d->text, d->toks, d->ntoks, d->sents, d->nsents, gz, &hk),
                     BL_OK);
    ner_ctx_free(&c);
    assert_int_equal(ner_ctx_sum(&c, d->text, d->toks, d->ntoks, d->sents, d->nsents, gz,
                                 ner_model_table(f->t), stat),
                     BL_OK);
    /* tokens in sentences share a word id exactly when their kind and
     * bytes agree */
    for (i = 0; i < d->ntoks && d->ntoks <= 2000; i++) {
        size_t j;
        if (c.uid[i] == UINT32_MAX)
            continue;
        for (j = 0; j < i; j++) {
            const struct bl_token *x = &d->toks[i], *y = &d->toks[j];
            int same = x->kind == y->kind && x->end - x->start == y->end - y->start &&
                       !memcmp(text + x->start, text + y->start, x->end - x->start);
            if (c.uid[j] != UINT32_MAX)
                assert_int_equal(c.uid[i] == c.uid[j], same);
        }
    }
    ner_ctx_free(&c);
    for (i = 0; i < d->ntoks; i++) {
        if (!k.seen[i])
            continue;
        for (l = 0; l < 4; l++) {
            assert_int_equal(stat[i].lo[l], k.want[i][l]);
            assert_int_equal(stat[i].hi[l], k.want[i][4 + l]);
        }
    }
    free(k.want);
    free(k.seen);
    free(stat);
    bl_doc_free(d);
}

static void test_same_labels(void **state)
{
    const struct fixture *f = *state;
    size_t k;
    for (k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        check_text(f, f->gz, texts[k]);
        check_text(f, NULL, texts[k]);
        check_static(f, f->gz, texts[k]);
        check_static(f, NULL, texts[k]);
    }
}

/* ner_word_sum's rows for word u of c (its shortcuts: the vocabulary row
 * reused, the one-letter affixes from a table) against the plain sums of
 * the features ner_word_part gives. */
static void check_word_sum(const struct fixture *f, const struct ner_ctx *c, uint32_t u)
{
    uint64_t hb[NER_NGROUPS * NER_MAX_GROUP];
    struct ner_feats grp[NER_NGROUPS];
    struct ner_row acc[NER_NGROUPS];
    int g, l;
    uint32_t j;

    memset(acc, 0, sizeof acc);
    ner_word_sum(c, u, ner_model_table(f->t), acc);
    ner_word_part(c, u, hb, grp);
    for (g = 0; g < NER_NGROUPS; g++) {
        int32_t sc[NER_NCLASS] = {0};
        for (j = 0; j < grp[g].nh; j++) {
            const int16_t *w = ref_find(&f->m, grp[g].h[j]);
            for (l = 0; w && l < NER_NCLASS; l++)
                sc[l] += w[l];
        }
        for (l = 0; l < 4; l++) {
            assert_int_equal(acc[g].lo[l], sc[1 + l] - sc[0]);
            assert_int_equal(acc[g].hi[l], sc[5 + l] - sc[0]);
        }
    }
}

/* A gazetteer with no names at all, from files written to a temporary
 * directory (removed again): it knows none of the common words. */
static bl_gazetteer *empty_gazetteer(void)
{
    static const char *const files[][2] = {
        {"gazetteer.places.tsv", "#byline-gazetteer places 1 0\n#end\n"},
        {"gazetteer.words.tsv", "#byline-gazetteer words 1 0\n#end\n"},
        {"regions.tsv", "# none\n"},
        {"words.tsv", "# none\n"},
    };
    char dir[] = "/tmp/bl_gz0_XXXXXX", path[64];
    bl_gazetteer *g = NULL;
    struct bl_error err = {0};
    size_t k;

    assert_non_null(mkdtemp(dir));
    for (k = 0; k < 4; k++) {
        FILE *fp;
        (void)snprintf(path, sizeof path, "%s/%s", dir, files[k][0]);
        fp = fopen(path, "w");
        assert_non_null(fp);
        assert_true(fputs(files[k][1], fp) >= 0);
        assert_int_equal(fclose(fp), 0);
    }
    assert_int_equal(bl_gazetteer_load(dir, &g, &err), BL_OK);
    for (k = 0; k < 4; k++) {
        (void)snprintf(path, sizeof path, "%s/%s", dir, files[k][0]);
        assert_int_equal(remove(path), 0);
    }
    assert_int_equal(remove(dir), 0);
    return g;
}

/* The model's common words (worked out once at load) must give what
 * working them out in the document gives: ner_ctx_sum with the model's
 * table against the same table without them, on our texts and on a text
 * of common words in unusual company (capitals, a headline, clitics), with
 * the gazetteer bound at load, without one, and with another, empty one
 * (not bound: the classes kept at load must not be used for it), and on
 * the shared list itself (core/common_words.c), so that every word in it is
 * checked. The common words must also be found. */
static void test_common_words(void **state)
{
    static const char own[] =
        "THE POLICE SAID\n\nThe police said the, of and... \"They're here,\" she said -- "
        "it's the Mayor's (and the city's) plan; 40 per cent? The The the THE.\n"
        "Ålesund, Zürich and Łódź met Éric in Ørsted’s café. 9am: x; É, é.\n"
        "In 2024 the U.S. e-mail of Jean-Luc from McDonald's said 3.5 per cent (10,000) "
        "were by the 1990s - and THE Vote? 'Yes' -- of course, it's \"X-ray\" #42 @home.\n";
    const struct fixture *f = *state;
    struct ner_table plain = *ner_model_table(f->t);
    size_t k, found = 0;
    bl_gazetteer *other = empty_gazetteer();

    assert_non_null(ner_model_table(f->t)->common);
    assert_true(!f->gz || ner_model_table(f->t)->common_gz == f->gz);
    plain.common = NULL;
    plain.common_gz = NULL;
    for (k = 0; k <= sizeof texts / sizeof texts[0] + 1; k++) {
        const size_t nt = sizeof texts / sizeof texts[0];
        const char *text = k < nt ? texts[k] : k == nt ? own : bl_common_words;
        struct ner_ctx c1, c2;
        struct ner_row *s1, *s2;
        bl_doc *d = NULL;
        size_t i, n, u;
        int g;

        assert_int_equal(bl_doc_create(text, strlen(text), &d, NULL), BL_OK);
        assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, NULL), BL_OK);
        n = d->ntoks ? d->ntoks : 1;
        s1 = calloc(n, sizeof *s1);
        s2 = calloc(n, sizeof *s2);
        assert_true(s1 && s2);
        for (g = 0; g < 3; g++) {
            const bl_gazetteer *gz = g == 0 ? f->gz : g == 1 ? NULL : other;
            assert_int_equal(ner_ctx_sum(&c1, d->text, d->toks, d->ntoks, d->sents, d->nsents,
                                         gz, ner_model_table(f->t), s1),
                             BL_OK);
            assert_int_equal(ner_ctx_sum(&c2, d->text, d->toks, d->ntoks, d->sents, d->nsents,
                                         gz, &plain, s2),
                             BL_OK);
            assert_int_equal(c1.nuniq, c2.nuniq);
            for (u = 0; u < c1.nuniq; u++) {
                assert_int_equal(c2.ucommon[u], 0);
                assert_true(c1.lrow[u] == c2.lrow[u]);
                assert_int_equal(c1.urare[u], c2.urare[u]);
                assert_true(ner_word_sshape(&c1, u) == ner_word_sshape(&c2, u));
                found += c1.ucommon[u] != 0;
                check_word_sum(f, &c1, u);
            }
            /* the gazetteer classes (kept at load for the common words) */
            assert_memory_equal(c1.g1, c2.g1, 3 * d->ntoks * sizeof *c1.g1);
            for (i = 0; i < d->ntoks; i++) {
                assert_int_equal(c1.uid[i], c2.uid[i]);
                if (c1.uid[i] == UINT32_MAX)
                    continue;
                assert_true(c1.ti[i].hl == c2.ti[i].hl);
                assert_true(c1.ti[i].shape == c2.ti[i].shape);
                assert_int_equal(c1.ti[i].flags, c2.ti[i].flags);
                assert_memory_equal(&s1[i], &s2[i], sizeof s1[i]);
            }
            ner_ctx_free(&c1);
            ner_ctx_free(&c2);
        }
        free(s1);
        free(s2);
        bl_doc_free(d);
    }
    /* the shared list's words are all found, three times (one per gazetteer) */
    assert_true(found > 3 * 4000);
    bl_gazetteer_free(other);
}

/* The texts run together, several times over, so that words recur far
 * apart and the first pass's summary has more to say. */
static void test_same_labels_long(void **state)
{
    const struct fixture *f = *state;
    size_t k, r, len = 0;
    char *big;
    for (k = 0; k < sizeof texts / sizeof texts[0]; k++)
        len += strlen(texts[k]) + 1;
    big = malloc(3 * len + 1);
    assert_non_null(big);
    big[0] = '\0';
    for (r = 0; r < 3; r++)
        for (k = sizeof texts / sizeof texts[0]; k-- > 0;) {
            strcat(big, texts[(k + r) % (sizeof texts / sizeof texts[0])]);
            strcat(big, "\n");
        }
    check_text(f, f->gz, big);
    check_text(f, NULL, big);
    free(big);
}

/* More distinct words than the tagger keeps word sums for at once (4096),
 * with names that recur throughout: made-up words from syllables. */
static void test_same_labels_many_words(void **state)
{
    static const char *const syl[] = {"ka", "lo", "mi", "ne", "ru", "sa",  "ti",  "vo",
                                      "de", "po", "gu", "ha", "ze", "bri", "tor", "wen"};
    const struct fixture *f = *state;
    size_t cap = 400000, len = 0, k;
    char *big = malloc(cap);

    assert_non_null(big);
    for (k = 0; k < 9000; k++) {
        size_t x = k * 2654435761u % 65536, j;
        char w[32];
        int n = 0;
        for (j = 0; j < 4; j++, x /= 16)
            n += snprintf(w + n, sizeof w - (size_t)n, "%s", syl[x % 16]);
        if (k % 3 == 0)
            w[0] = (char)(w[0] - 'a' + 'A');
        len += (size_t)snprintf(big + len, cap - len, "%s ", w);
        if (k % 11 == 10)
            len += (size_t)snprintf(big + len, cap - len, "%s",
                                    k % 44 == 10   ? "said Kelmar Dunov in Brisaport. "
                                    : k % 44 == 21 ? "the Vantor Bank said. "
                                                   : "in the city. ");
        assert_true(len + 64 < cap);
    }
    check_text(f, f->gz, big);
    free(big);
}

/* More short shapes than the tagger numbers (255): words of up to seven
 * parts, each of letters, capitals or digits, then our texts, whose
 * shapes (Xx, Xx-Xx, d.d ...) come too late to get a number. */
static void test_same_labels_more_shapes(void **state)
{
    static const char part[] = {'k', 'K', '7'};
    const struct fixture *f = *state;
    size_t cap = 65536, len = 0, k;
    char *big = malloc(cap);

    assert_non_null(big);
    for (k = 0; k < 1500; k++) {
        size_t x = k * 7919 % 2187, np = 1 + k % 7, j;
        for (j = 0; j < np; j++, x /= 3) {
            big[len++] = part[x % 3];
            big[len++] = j + 1 < np ? '-' : ' ';
        }
        if (k % 100 == 99)
            big[len++] = '\n';
        assert_true(len + 64 < cap);
    }
    for (k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        size_t n = strlen(texts[k]);
        assert_true(len + n + 1 < cap);
        memcpy(big + len, texts[k], n);
        len += n;
        big[len++] = '\n';
    }
    big[len] = '\0';
    check_text(f, f->gz, big);
    check_text(f, NULL, big);
    check_static(f, f->gz, big);
    free(big);
}

/* An ASCII word's case as the tagger's word features see it. */
static void ascii_case(const char *s, size_t n, int *cap, int *allcaps, int *ascii)
{
    size_t k;
    int letters = 0, uppers = 0;
    *cap = 0;
    *ascii = 1;
    for (k = 0; k < n; k++) {
        unsigned char ch = (unsigned char)s[k];
        int up = ch >= 'A' && ch <= 'Z', let = up || (ch >= 'a' && ch <= 'z');
        if (ch >= 0x80)
            *ascii = 0;
        if (let && letters == 0)
            *cap = up;
        letters += let;
        uppers += up;
    }
    *allcaps = letters > 1 && uppers == letters;
}

/* The document summaries (the LCDOC and CAPDOC token flags, and
 * ner_doc_bits from given labels) against their definitions, token by
 * token over the whole document. ASCII tokens only. */
static void check_doc_summaries(const char *text)
{
    bl_doc *d = NULL;
    struct ner_ctx c;
    uint8_t *labels;
    uint32_t *bits;
    size_t i, j, si;

    assert_int_equal(bl_doc_create(text, strlen(text), &d, NULL), BL_OK);
    assert_int_equal(bl_doc_analyze(d, NULL, BL_STAGE_SENTENCES, NULL), BL_OK);
    assert_int_equal(ner_ctx_init(&c, d->text, d->toks, d->ntoks, d->sents, d->nsents, NULL),
                     BL_OK);
    labels = malloc(d->ntoks + 1);
    bits = malloc((d->ntoks + 1) * sizeof *bits);
    assert_true(labels && bits);
    for (i = 0; i < d->ntoks; i++)
        labels[i] = (uint8_t)(i * 7 % NER_NCLASS);
    assert_int_equal(ner_doc_bits(&c, labels, bits), BL_OK);
    for (si = 0; si < d->nsents; si++) {
        for (i = d->sents[si].tok_start; i < d->sents[si].tok_end; i++) {
            const struct bl_token *t = &d->toks[i];
            size_t n = t->end - t->start, sj, m;
            int cap, allcaps, ascii, lc = 0, capmid = 0, any[5] = {0}, mid[5] = {0};
            unsigned want = 0, flags = c.ti[i].flags;
            int head = (flags & (NER_TI_FIRST | NER_TI_SENTCAPS)) != 0;
            ascii_case(text + t->start, n, &cap, &allcaps, &ascii);
            if (!ascii || t->kind != BL_TOK_WORD)
                continue;
            for (sj = 0; sj < d->nsents; sj++) {
                for (j = d->sents[sj].tok_start; j < d->sents[sj].tok_end; j++) {
                    const struct bl_token *u = &d->toks[j];
                    unsigned fj = c.ti[j].flags;
                    int cj, aj, xj, l = labels[j] ? 1 + NER_TYPE(labels[j]) : 0;
                    if (u->kind != BL_TOK_WORD)
                        continue;
                    ascii_case(text + u->start, u->end - u->start, &cj, &aj, &xj);
                    if ((c.ti[j].hl & ~(uint64_t)3) == (c.ti[i].hl & ~(uint64_t)3) &&
                        u->end - u->start >= 2) {
                        if (!cj && !aj)
                            lc = 1;
                        else if (!(fj & (NER_TI_FIRST | NER_TI_SENTCAPS)))
                            capmid = 1;
                    }
                    if ((fj & NER_TI_CAP) && (c.ti[j].hl | 1u) == (c.ti[i].hl | 1u)) {
                        any[l]++;
                        if (!(fj & (NER_TI_FIRST | NER_TI_SENTCAPS)))
                            mid[l]++;
                    }
                }
            }
            if (cap && n >= 2) {
                if (lc)
                    want |= NER_TI_LCDOC;
                if (head && capmid)
                    want |= NER_TI_CAPDOC;
            }
            assert_int_equal(flags & (NER_TI_LCDOC | NER_TI_CAPDOC), want);
            if (!(flags & NER_TI_CAP)) {
                assert_int_equal(bits[i], 0);
                continue;
            }
            {
                int l = labels[i] ? 1 + NER_TYPE(labels[i]) : 0, k, total = 0, best = -1;
                int bestn = 0;
                unsigned b = 0;
                for (k = 0; k < 5; k++) {
                    int na = any[k] - (k == l), nm = mid[k] - (k == l && !head);
                    total += na;
                    if (k > 0 && na > 0)
                        b |= 1u << (k - 1);
                    if (k > 0 && nm > 0)
                        b |= 1u << (4 + k - 1);
                    if (na > bestn) {
                        bestn = na;
                        best = k;
                    }
                }
                if (total == 0)
                    b |= 1u << 9;
                else if (!(b & 0xFu))
                    b |= 1u << 8;
                if (best >= 0)
                    b |= (unsigned)(best == 0 ? 5 : best) << 10;
                m = bits[i];
                assert_int_equal(m, b);
            }
        }
    }
    free(labels);
    free(bits);
    ner_ctx_free(&c);
    bl_doc_free(d);
}

static void test_doc_summaries(void **state)
{
    size_t k;
    (void)state;
    for (k = 0; k < sizeof texts / sizeof texts[0]; k++)
        check_doc_summaries(texts[k]);
}

/* More short shapes than the tagger sums once per shape (96): hyphenated
 * words of one to five parts, each a lower-case letter, a capital or a
 * digit, so that up to 363 shapes occur; then a few names. */
static void test_same_labels_many_shapes(void **state)
{
    static const char part[] = {'k', 'K', '7'};
    const struct fixture *f = *state;
    size_t cap = 16384, len = 0, k;
    char *big = malloc(cap);

    assert_non_null(big);
    for (k = 0; k < 400; k++) {
        size_t x = k, np = 1 + k % 5, j;
        for (j = 0; j < np; j++, x /= 3) {
            big[len++] = part[x % 3];
            big[len++] = j + 1 < np ? '-' : ' ';
        }
        if (k % 9 == 8)
            len += (size_t)snprintf(big + len, cap - len, "said Kelmar Dunov in Brisaport. ");
        assert_true(len + 64 < cap);
    }
    big[len] = '\0';
    check_text(f, f->gz, big);
    check_text(f, NULL, big);
    free(big);
}

/* The table's filter may only say no for keys the model lacks: every key
 * of the file is found, through the filter and without it, at the row with
 * the file's weights; and for keys of all sorts (a row's key with its low
 * bits changed, and a spread of others, key 0 among them) the filtered
 * probe answers as the plain one does. */
static void test_probe_filter(void **state)
{
    static const uint64_t low[] = {0, 1, 0x7ff, 0x800, 0xffffffffu};
    const struct fixture *f = *state;
    const struct ner_table *tab = ner_model_table(f->t);
    uint64_t h = 0x243f6a8885a308d3ull;
    size_t r, k, passed = 0, n = 0;

    for (r = 0; r < f->m.n; r++) {
        uint64_t key = (uint64_t)f->m.keys[r] << 32;
        const struct ner_row *w = ner_probe(tab, key);
        const int16_t *q = f->m.w + r * NER_NCLASS;
        int l;
        assert_non_null(w);
        assert_ptr_equal(w, ner_find(tab, key));
        for (l = 0; l < 4; l++) {
            assert_int_equal(w->lo[l], q[1 + l] - q[0]);
            assert_int_equal(w->hi[l], q[5 + l] - q[0]);
        }
        for (k = 0; k < sizeof low / sizeof low[0]; k++) {
            uint64_t x = (key ^ low[k] << 32) | low[k];
            assert_ptr_equal(ner_probe(tab, x), ner_find(tab, x));
        }
    }
    for (k = 0; k < 200000; k++) {
        h = h * 6364136223846793005ull + 1442695040888963407ull;
        {
            uint64_t x = k ? h : 0;
            const struct ner_row *w = ner_find(tab, x);
            assert_ptr_equal(ner_probe(tab, x), w);
            passed += ner_filter_has(tab->filter, x);
            n += w != NULL;
        }
    }
    /* a filter that said yes to everything would pass the checks above */
    assert_true(passed < 200000 / 8);
    assert_true(n <= passed);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_same_labels, setup, teardown),
        cmocka_unit_test_setup_teardown(test_same_labels_long, setup, teardown),
        cmocka_unit_test_setup_teardown(test_common_words, setup, teardown),
        cmocka_unit_test_setup_teardown(test_same_labels_many_words, setup, teardown),
        cmocka_unit_test_setup_teardown(test_same_labels_many_shapes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_same_labels_more_shapes, setup, teardown),
        cmocka_unit_test(test_doc_summaries),
        cmocka_unit_test_setup_teardown(test_probe_filter, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
