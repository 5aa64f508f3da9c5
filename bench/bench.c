/* bench.c -- pipeline throughput for `make bench` (figures only, never
 * pass/fail). Runs the whole extraction the server runs (bl_extract_text with
 * every part) over a set of articles and over the same set
 * repeated to about 1 MB, and prints words/s with a per-stage breakdown.
 *
 * Usage: bench [--models DIR] [--seconds S | --rounds N] [--big-bytes N]
 *              [--write-big FILE] [--kv] FILE...
 * --rounds runs a fixed number of rounds (for callgrind, bench/profile.sh);
 * --big-bytes 0 skips the long-text runs.
 * With --kv it prints "key value" lines for bench/run.sh, else a report. */
#include "bl_handlers.h"

#include <ctype.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

struct article {
    char *text;
    size_t len;
    size_t words;
};

/* Per-stage totals over a run; slot BL_NSTAGES is JSON building and dumping
 * plus doc creation (UTF-8 check, offset tables): all that is not a stage. */
struct totals {
    uint64_t stage_ns[BL_NSTAGES + 1];
    uint64_t total_ns; /* wall clock */
    uint64_t cpu_ns;   /* this thread's CPU time: what other load on the box cannot inflate */
    size_t words, bytes, calls;
};

static uint64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t now_ns(void)
{
    return clock_ns(CLOCK_MONOTONIC);
}

/* Words are runs of bytes that are not ASCII white space, as `wc -w` and
 * bench/peer.js count them, so both sides divide by the same number. */
static size_t count_words(const char *s, size_t len)
{
    size_t n = 0;
    int in = 0;
    for (size_t i = 0; i < len; i++) {
        int sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f' ||
                 s[i] == '\v';
        if (!sp && !in)
            n++;
        in = !sp;
    }
    return n;
}

static int read_file(const char *path, struct article *a)
{
    FILE *f = fopen(path, "rb");
    long n;
    int rc = -1;

    memset(a, 0, sizeof *a);
    if (!f)
        return -1;
    if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
        goto out;
    a->text = malloc((size_t)n + 1);
    if (!a->text)
        goto out;
    if (fread(a->text, 1, (size_t)n, f) != (size_t)n)
        goto out;
    a->text[n] = '\0';
    a->len = (size_t)n;
    a->words = count_words(a->text, a->len);
    rc = 0;
out:
    (void)fclose(f);
    if (rc != 0) {
        free(a->text);
        a->text = NULL;
    }
    return rc;
}

/* One extraction as the server does it: analysis and the compact JSON text. Adds the times to t. Returns 0, or -1 with a message on stderr. */
static int extract_once(const struct bl_app *app, const struct article *a, struct totals *t)
{
    struct bl_extract_status st;
    uint64_t t0, c0, dt, staged = 0;
    char *out;

    memset(&st, 0, sizeof st);
    c0 = clock_ns(CLOCK_THREAD_CPUTIME_ID);
    t0 = now_ns();
    out = bl_extract_text(app, a->text, a->len, NULL, BL_UNIT_CODEPOINT, BL_PART_ALL, 0, NULL,
                          &st);
    dt = now_ns() - t0;
    t->cpu_ns += clock_ns(CLOCK_THREAD_CPUTIME_ID) - c0;
    if (!out) {
        fprintf(stderr, "bench: extraction failed (%d %s): %s\n", st.status,
                st.code ? st.code : "", st.err.message);
        return -1;
    }
    free(out);
    for (int i = 0; i < BL_NSTAGES; i++) {
        t->stage_ns[i] += st.stage_ns[i];
        staged += st.stage_ns[i];
    }
    t->stage_ns[BL_NSTAGES] += dt > staged ? dt - staged : 0;
    t->total_ns += dt;
    t->words += a->words;
    t->bytes += a->len;
    t->calls++;
    return 0;
}

/* Rounds over all articles until at least `seconds` have passed, or exactly
 * `rounds` rounds when rounds > 0; the mean over the whole run, after one
 * warm-up round. */
static int run_set(const struct bl_app *app, const struct article *as, size_t n, double seconds,
                   size_t rounds, struct totals *t)
{
    size_t done = 0;
    struct totals warm;
    memset(t, 0, sizeof *t);
    memset(&warm, 0, sizeof warm);
    for (size_t i = 0; i < n; i++)
        if (extract_once(app, &as[i], &warm) != 0)
            return -1;
    do {
        for (size_t i = 0; i < n; i++)
            if (extract_once(app, &as[i], t) != 0)
                return -1;
        done++;
    } while (rounds ? done < rounds : (double)t->total_ns < seconds * 1e9);
    return 0;
}

/* The article set joined by blank lines and repeated up to `target` bytes
 * (whole articles only, at least one round). */
static int make_big(const struct article *as, size_t n, size_t target, struct article *big)
{
    size_t cap = target + 1, len = 0;
    char *s;

    memset(big, 0, sizeof *big);
    for (size_t i = 0; i < n; i++)
        cap += as[i].len + 2;
    s = malloc(cap);
    if (!s)
        return -1;
    for (int round = 0; len < target || round == 0; round++) {
        for (size_t i = 0; i < n; i++) {
            if (round > 0 && len + as[i].len + 2 > target)
                goto done;
            memcpy(s + len, as[i].text, as[i].len);
            len += as[i].len;
            memcpy(s + len, "\n\n", 2);
            len += 2;
        }
    }
done:
    s[len] = '\0';
    big->text = s;
    big->len = len;
    big->words = count_words(s, len);
    return 0;
}

/* Texts built to find paths that grow faster than the text. Words come from
 * the article set (or a fixed cue-heavy list) in a fixed pseudo-random order:
 *   0 "nostop": lower-case words, no punctuation: one endless sentence;
 *   1 "quotes": names, cues and quote marks with no sentence end
 *     (Smith said "We will," he told Paris ...).
 *   2 "labels", 3 "names": see below;
 *   4 "partials": a direct quote, a one-word partial quote and a "so"
 *     after a cue in every sentence: the quote lookups of the late rules;
 *   5 "orgtails": a new company in every line and a lone capitalised word
 *     that may end an earlier one's name (actors' org_tail_scan);
 *   6 "modelcues": the attribution model's cues with a verbless phrase
 *     before them (claims' learned_misread);
 *   7 "inchain": one sentence, a name and then "in" and a place again and
 *     again before its cue ("Judge Ana Ruiz in Lyon in Berlin ... wrote"):
 *     source phrases read inside one another (quotes' np_nested).
 * Returns 0, or -1 on OOM. */
#define NSHAPES 8
static const char *const shape_names[NSHAPES] = { "nostop",   "quotes",   "labels",
                                                  "names",    "partials", "orgtails",
                                                  "modelcues", "inchain" };

/* Copy the letters of the word at w into dst, lower case (the first one
 * upper case when cap), at most 24 of them, "x" when it has none; returns
 * how many bytes it wrote. */
static size_t put_word(char *dst, const char *w, bool cap)
{
    size_t n = 0;
    for (; *w && !isspace((unsigned char)*w) && n < 24; w++)
        if ((*w >= 'a' && *w <= 'z') || (*w >= 'A' && *w <= 'Z'))
            dst[n++] = (char)(*w | 0x20);
    if (n == 0)
        dst[n++] = 'x';
    if (cap)
        dst[0] = (char)(dst[0] & ~0x20);
    return n;
}

/* The pieces of glue with a random word of the article set between each
 * two, the word after piece i capitalised when bit i of caps is set; x is
 * the shape's random state. Returns the bytes written. */
static size_t put_glued(char *dst, const char *const *glue, int nglue, unsigned caps, uint32_t *x,
                        const char *const *words, size_t nwords)
{
    size_t n = 0;
    for (int part = 0; part < nglue; part++) {
        size_t gl = strlen(glue[part]);
        memcpy(dst + n, glue[part], gl);
        n += gl;
        if (part == nglue - 1)
            break;
        *x = *x * 1103515245u + 12345u;
        n += put_word(dst + n, words[(*x >> 8) % nwords], (caps >> part) & 1u);
    }
    return n;
}

static int make_shape(int shape, const struct article *as, size_t n, size_t target,
                      struct article *out)
{
    static const char *const cues[] = { "said", "Smith", "told", "\xe2\x80\x9cWe",
                                        "will,\xe2\x80\x9d", "he", "Paris", "the", "of" };
    uint32_t x = 12345;
    size_t len = 0, nwords = 0, k = 0;
    const char **words = NULL; /* start of every word of the article set */
    char *s = malloc(target + 256);

    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < n; i++)
        nwords += as[i].words;
    words = malloc((nwords ? nwords : 1) * sizeof *words);
    if (!s || !words) {
        free(s);
        free(words);
        return -1;
    }
    for (size_t a = 0; a < n; a++)
        for (size_t i = 0; i < as[a].len; i++) {
            const char *p = as[a].text + i;
            if (k < nwords && !isspace((unsigned char)*p) &&
                (i == 0 || isspace((unsigned char)p[-1])))
                words[k++] = p;
        }
    nwords = k;
    while (len < target) {
        const char *w;
        size_t wl = 0;
        x = x * 1103515245u + 12345u;
        if (shape == 1 || nwords == 0) {
            w = cues[(x >> 16) % 9];
            wl = strlen(w);
            memcpy(s + len, w, wl);
        } else if (shape == 2) {
            /* a transcript: every line opens with two capitalised words
             * and a colon, mostly new labels, then six words */
            size_t j = nwords ? (x >> 8) % nwords : 0;
            for (int part = 0; part < 8; part++, x = x * 1103515245u + 12345u, j = (x >> 8) % nwords) {
                wl += put_word(s + len + wl, words[j], part < 2);
                s[len + wl++] = part == 1 ? ':' : part == 7 ? '.' : ' ';
                if (part == 1)
                    s[len + wl++] = ' ';
            }
            s[len + wl - 1] = '.';
            s[len + wl++] = '\n';
            len += wl;
            continue;
        } else if (shape == 3) {
            /* a crowd: every sentence names a new person with a title and
             * an organisation, who speaks, and a pronoun that could refer
             * back to any of them: mention merging and pronoun search */
            static const char *const glue[] = { "Minister ", " ", ", a spokesman for the ",
                                                " Council, said he ", " ", " ", " ", ".\n" };
            len += put_glued(s + len, glue, 8, 0x07, &x, words, nwords);
            continue;
        } else if (shape == 4) {
            /* many quotes, each "so" and one-word partial asked whether a
             * quote holds it (drop_scare_quotes, claims' in_quote) */
            static const char *const glue[] = { "\xe2\x80\x9c", " ", ",\xe2\x80\x9d ",
                                                " said. ", " called it \xe2\x80\x9c",
                                                "\xe2\x80\x9d and ", " thinks so.\n" };
            len += put_glued(s + len, glue, 7, 0x2d, &x, words, nwords);
            continue;
        } else if (shape == 5) {
            /* "Shares of Alder Birch Inc rose. Birch said little.": many
             * two-word companies (the suffix is no part of the name), and
             * a lone capitalised word, often another's last word, to look
             * up among them */
            static const char *const glue[] = { "Shares of ", " ", " Inc rose. ",
                                                " said little.\n" };
            len += put_glued(s + len, glue, 4, 0x07, &x, words, nwords);
            continue;
        } else if (shape == 6) {
            /* "That's according to the police.", "The report was
             * released ...": a phrase, no verb of its own, before the
             * model's cue, and a rule's claim on another cue */
            static const char *const glue[] = { "That's according to the ", ". The ",
                                                " was released on ", ". Prices rose, the ",
                                                " said.\n" };
            len += put_glued(s + len, glue, 5, 0, &x, words, nwords);
            continue;
        } else if (shape == 7) {
            static const char *const places[] = { " in Lyon", " in Berlin", " in Sherman",
                                                  " in Paris" };
            if (len == 0) {
                memcpy(s, "Judge Ana Ruiz", 14);
                len = 14;
            }
            w = places[(x >> 16) % 4];
            wl = strlen(w);
            memcpy(s + len, w, wl);
            len += wl;
            continue;
        } else {
            /* a word of the article set, letters only, lower case */
            for (w = words[(x >> 8) % nwords]; *w && !isspace((unsigned char)*w) && wl < 48; w++)
                if ((*w >= 'a' && *w <= 'z') || (*w >= 'A' && *w <= 'Z'))
                    s[len + wl++] = (char)(*w | 0x20);
            if (wl == 0)
                continue;
        }
        len += wl;
        s[len++] = ' ';
    }
    free(words);
    if (shape == 7) { /* the cue after the chain (256 bytes spare) */
        static const char tail[] = " wrote that the rule was unlawful.\n";
        memcpy(s + len, tail, sizeof tail - 1);
        len += sizeof tail - 1;
    }
    s[len] = '\0';
    out->text = s;
    out->len = len;
    out->words = count_words(s, len);
    return 0;
}

static double wps(const struct totals *t, uint64_t ns)
{
    return ns ? (double)t->words * 1e9 / (double)ns : 0;
}

static const char *slot_name(int i)
{
    return i < BL_NSTAGES ? bl_stage_name(i) : "json";
}

static void print_totals(const char *key, const struct totals *t, int kv)
{
    if (kv) {
        printf("%s.calls %zu\n%s.words %zu\n%s.bytes %zu\n%s.total_ns %llu\n%s.cpu_ns %llu\n"
               "%s.wps %.0f\n%s.cpu_wps %.0f\n",
               key, t->calls, key, t->words, key, t->bytes, key, (unsigned long long)t->total_ns,
               key, (unsigned long long)t->cpu_ns, key, wps(t, t->total_ns), key,
               wps(t, t->cpu_ns));
        for (int i = 0; i <= BL_NSTAGES; i++)
            printf("%s.stage.%s.ns %llu\n", key, slot_name(i),
                   (unsigned long long)t->stage_ns[i]);
        return;
    }
    printf("%s: %zu extractions, %zu words, %.2f ms/call, %.0f words/s (CPU time: %.2f ms/call, "
           "%.0f words/s)\n",
           key, t->calls, t->words, (double)t->total_ns / 1e6 / (double)t->calls,
           wps(t, t->total_ns), (double)t->cpu_ns / 1e6 / (double)t->calls, wps(t, t->cpu_ns));
    for (int i = 0; i <= BL_NSTAGES; i++)
        printf("  %-10s %6.1f%%  %12.0f words/s\n", slot_name(i),
               t->total_ns ? 100.0 * (double)t->stage_ns[i] / (double)t->total_ns : 0,
               wps(t, t->stage_ns[i]));
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : -1;
}

int main(int argc, char **argv)
{
    const char *models_dir = "data", *write_big = NULL;
    double seconds = 3.0;
    size_t rounds = 0;
    size_t big_bytes = 1u << 20, n = 0, words = 0;
    struct article *as = NULL, big = { 0 }, quarter = { 0 };
    struct bl_app app;
    struct bl_error err = { 0 };
    struct totals t;
    bl_models *m = NULL;
    uint64_t t0, load_ns;
    int kv = 0, rc = 1, ai;

    as = calloc((size_t)argc, sizeof *as);
    if (!as)
        return 1;
    for (ai = 1; ai < argc; ai++) {
        if (!strcmp(argv[ai], "--models") && ai + 1 < argc)
            models_dir = argv[++ai];
        else if (!strcmp(argv[ai], "--seconds") && ai + 1 < argc)
            seconds = atof(argv[++ai]);
        else if (!strcmp(argv[ai], "--rounds") && ai + 1 < argc)
            rounds = (size_t)strtoull(argv[++ai], NULL, 10);
        else if (!strcmp(argv[ai], "--big-bytes") && ai + 1 < argc)
            big_bytes = (size_t)strtoull(argv[++ai], NULL, 10);
        else if (!strcmp(argv[ai], "--write-big") && ai + 1 < argc)
            write_big = argv[++ai];
        else if (!strcmp(argv[ai], "--kv"))
            kv = 1;
        else if (argv[ai][0] == '-') {
            fprintf(stderr, "usage: bench [--models DIR] [--seconds S | --rounds N] "
                            "[--big-bytes N] [--write-big FILE] [--kv] FILE...\n");
            goto out;
        } else if (read_file(argv[ai], &as[n]) != 0) {
            fprintf(stderr, "bench: cannot read %s\n", argv[ai]);
            goto out;
        } else {
            words += as[n++].words;
        }
    }
    if (n == 0) {
        fprintf(stderr, "bench: no articles given\n");
        goto out;
    }

    t0 = now_ns();
    if (bl_models_load(models_dir, &m, &err) != BL_OK) {
        fprintf(stderr, "bench: %s\n", err.message);
        goto out;
    }
    load_ns = now_ns() - t0;
    memset(&app, 0, sizeof app);
    app.models = m;
    app.limits.max_body = SIZE_MAX;
    app.limits.max_text = SIZE_MAX;
    app.data_dir = models_dir;

    if (kv)
        printf("articles %zu\narticle.words %zu\nload_ns %llu\nload_rss_kb %ld\n", n, words,
               (unsigned long long)load_ns, peak_rss_kb());
    else
        printf("models: %s loaded in %.1f ms, peak RSS %ld kB\narticles: %zu, %zu words "
               "(%.0f per article)\n",
               models_dir, (double)load_ns / 1e6, peak_rss_kb(), n, words,
               (double)words / (double)n);

    if (run_set(&app, as, n, seconds, rounds, &t) != 0)
        goto out;
    print_totals("articles", &t, kv);
    if (big_bytes == 0)
        goto done;

    /* One long text, and a quarter of it: the ratio of their words/s shows
     * whether cost stays linear in length. */
    if (make_big(as, n, big_bytes, &big) != 0 || make_big(as, n, big_bytes / 4, &quarter) != 0)
        goto out;
    if (write_big) {
        FILE *f = fopen(write_big, "wb");
        if (!f || fwrite(big.text, 1, big.len, f) != big.len) {
            fprintf(stderr, "bench: cannot write %s\n", write_big);
            if (f)
                (void)fclose(f);
            goto out;
        }
        if (fclose(f) != 0)
            goto out;
    }
    if (run_set(&app, &quarter, 1, seconds / 3, rounds ? 1 : 0, &t) != 0)
        goto out;
    print_totals("quarter", &t, kv);
    if (run_set(&app, &big, 1, seconds / 3, rounds ? 1 : 0, &t) != 0)
        goto out;
    print_totals("big", &t, kv);

    /* Adversarial shapes at a quarter and at the full size, one extraction
     * each: CPU ns per word, and how much that grows with 4x the text. */
    for (int sh = 0; sh < NSHAPES; sh++) {
        double nsw[2] = { 0, 0 };
        for (int sz = 0; sz < 2; sz++) {
            struct article x;
            memset(&t, 0, sizeof t);
            if (make_shape(sh, as, n, sz ? big_bytes : big_bytes / 4, &x) != 0)
                goto out;
            if (extract_once(&app, &x, &t) != 0) {
                free(x.text);
                goto out;
            }
            free(x.text);
            nsw[sz] = (double)t.cpu_ns / (double)(t.words ? t.words : 1);
            if (kv)
                printf("shape.%s.%s.words %zu\nshape.%s.%s.cpu_ns %llu\n", shape_names[sh],
                       sz ? "big" : "quarter", t.words, shape_names[sh], sz ? "big" : "quarter",
                       (unsigned long long)t.cpu_ns);
        }
        if (!kv)
            printf("shape %s: %.0f ns/word at %zu bytes, %.0f at %zu (x%.2f)\n",
                   shape_names[sh], nsw[0], big_bytes / 4, nsw[1], big_bytes,
                   nsw[0] > 0 ? nsw[1] / nsw[0] : 0);
    }
done:
    if (kv)
        printf("peak_rss_kb %ld\n", peak_rss_kb());
    else
        printf("peak RSS after the runs: %ld kB\n", peak_rss_kb());
    rc = 0;
out:
    for (size_t i = 0; i < n; i++)
        free(as[i].text);
    free(as);
    free(big.text);
    free(quarter.text);
    bl_models_free(m);
    return rc;
}
