/* eval_attr.c -- the attribution section of tools/eval. Each PolNeAR article
 * (first annotator file in sorted order) runs through bl_doc_analyze up to
 * claims; every gold attribution's Content is matched one-to-one to a
 * predicted quote or attributed claim when the overlap covers at least half
 * of each, counted over their words: each piece without the quotation marks,
 * spaces and punctuation at its edges (words_of), since whether a span takes
 * the marks in is a convention, not content. Scored three ways: quotes alone,
 * claims alone, both together. */
#include "eval_attr.h"
#include "bl_int.h"
#include "attr_gold.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct gold {
    struct ag_span content, core, source, cue;
    bool has_source, direct;
};

struct pred {
    struct ag_span content, core;
    struct bl_span source;
    struct bl_span cue;
    int speaker;
    int origin; /* quote kind (0..2) or 3 for an attributed claim */
    bool direct;
    bool matched;
};

/* Totals of one way of scoring. */
struct tally {
    size_t ng, np, tp, exact, src_ok, src_n;
    size_t dng, dnp, dtp_g, dtp_p, dsrc_ok, dsrc_n, dexact;
};

enum { MODE_QUOTES, MODE_CLAIMS, MODE_BOTH, NMODES };
static const char *const mode_names[NMODES] = {"quotes", "claims", "quotes+claims"};

static const char *split_name(void)
{
    const char *s = getenv("EVAL_ATTR_SPLIT");
    return s && *s ? s : "dev";
}

bool eval_attr_available(const char *data_dir)
{
    char path[4096];
    struct stat st;
    (void)snprintf(path, sizeof path, "%s/polnear/%s/attributions", data_dir, split_name());
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static char *slurp(const char *path, size_t *len)
{
    char *buf;
    return bl_file_read(path, 0, &buf, len, NULL) == BL_OK ? buf : NULL;
}

static bool is_qmark(const char *s, size_t i, size_t len, bool at_end)
{
    static const char *const marks[] = {
        "\"",           "'",        "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98",
        "\xe2\x80\x99", "\xc2\xab", "\xc2\xbb",     "\xe2\x80\x9e", NULL};
    for (size_t k = 0; marks[k]; k++) {
        size_t ml = strlen(marks[k]);
        if (!at_end && i + ml <= len && !memcmp(s + i, marks[k], ml))
            return true;
        if (at_end && i >= ml && !memcmp(s + i - ml, marks[k], ml))
            return true;
    }
    return false;
}

/* The bytes of a quotation mark ending at end (ASCII, guillemets, U+2018 to
 * U+201E), or 0; qmark_at: of one starting at i. */
static size_t qmark_before(const char *s, size_t end)
{
    if (end >= 1 && (s[end - 1] == '"' || s[end - 1] == '\''))
        return 1;
    if (end >= 2 && (!memcmp(s + end - 2, "\xc2\xab", 2) || !memcmp(s + end - 2, "\xc2\xbb", 2)))
        return 2;
    if (end >= 3 && !memcmp(s + end - 3, "\xe2\x80", 2) &&
        ((unsigned char)s[end - 1] >= 0x98 && (unsigned char)s[end - 1] <= 0x9e))
        return 3;
    return 0;
}

static size_t qmark_at(const char *s, size_t i, size_t len)
{
    if (i < len && (s[i] == '"' || s[i] == '\''))
        return 1;
    if (i + 2 <= len && (!memcmp(s + i, "\xc2\xab", 2) || !memcmp(s + i, "\xc2\xbb", 2)))
        return 2;
    if (i + 3 <= len && !memcmp(s + i, "\xe2\x80", 2) && (unsigned char)s[i + 2] >= 0x98 &&
        (unsigned char)s[i + 2] <= 0x9e)
        return 3;
    return 0;
}

/* The words of a content: each piece without the quotation marks, spaces and
 * punctuation at its edges. Matching measures overlap on these, so that a
 * gold that takes the marks in ("No,") and a prediction that leaves them out
 * (No,) are the same words; a content of nothing but marks is left whole. */
static struct ag_span words_of(const char *text, size_t len, const struct ag_span *a)
{
    struct ag_span w = {.n = 0};
    for (size_t i = 0; i < a->n; i++) {
        size_t s = a->p[i].start, e = a->p[i].end, k;
        for (int changed = 1; changed && s < e;) {
            changed = 0;
            if (strchr(" \n\t.,;:!?", text[s]) && text[s]) {
                s++;
                changed = 1;
            } else if ((k = qmark_at(text, s, len)) && s + k <= e) {
                s += k;
                changed = 1;
            }
        }
        for (int changed = 1; changed && e > s;) {
            changed = 0;
            if (strchr(" \n\t.,;:!?", text[e - 1]) && text[e - 1]) {
                e--;
                changed = 1;
            } else if ((k = qmark_before(text, e)) && e - k >= s) {
                e -= k;
                changed = 1;
            }
        }
        if (e > s) {
            w.p[w.n].start = s;
            w.p[w.n].end = e;
            w.n++;
        }
    }
    return w.n ? w : *a;
}

/* Read the gold attributions of one .ann file. */
static int read_gold(const char *path, const char *text, size_t len, struct gold **out,
                     size_t *nout)
{
    struct ag_attr *a = NULL;
    struct gold *g = NULL;
    size_t na = 0;
    int rc = ag_read_attrs(path, text, len, &a, &na);

    *out = NULL;
    *nout = 0;
    if (rc != BL_OK)
        return rc;
    if (na && !(g = calloc(na, sizeof *g))) {
        free(a);
        return BL_ERR_NOMEM;
    }
    for (size_t i = 0; i < na; i++) {
        size_t s = a[i].content.p[0].start, e = a[i].content.p[a[i].content.n - 1].end;
        g[i].content = a[i].content;
        g[i].cue = a[i].cue;
        g[i].source = a[i].source;
        g[i].has_source = a[i].has_source;
        while (s < e && (text[s] == ' ' || text[s] == '\n'))
            s++;
        while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\n'))
            e--;
        g[i].direct = e > s && (is_qmark(text, s, len, false) || is_qmark(text, e, len, true));
        g[i].core = words_of(text, len, &g[i].content);
    }
    free(a);
    *out = g;
    *nout = na;
    return BL_OK;
}

static size_t plen(const struct ag_span *a)
{
    size_t l = 0;
    for (size_t i = 0; i < a->n; i++)
        l += a->p[i].end - a->p[i].start;
    return l;
}

static size_t overlap(const struct ag_span *a, const struct ag_span *b)
{
    size_t o = 0;
    for (size_t i = 0; i < a->n; i++)
        for (size_t j = 0; j < b->n; j++) {
            size_t s = a->p[i].start > b->p[j].start ? a->p[i].start : b->p[j].start;
            size_t e = a->p[i].end < b->p[j].end ? a->p[i].end : b->p[j].end;
            if (e > s)
                o += e - s;
        }
    return o;
}

static bool span_hits(struct bl_span s, const struct ag_span *g)
{
    struct ag_span one;
    if (s.start == BL_NONE)
        return false;
    one.n = 1;
    one.p[0] = s;
    return overlap(&one, g) > 0;
}

/* First to last piece, trimmed of spaces, quotation marks, punctuation and a
 * leading "that", for the exact-span score. */
static struct bl_span norm(const char *text, size_t len, const struct ag_span *a)
{
    struct bl_span s = {a->p[0].start, a->p[a->n - 1].end};
    for (int changed = 1; changed;) {
        changed = 0;
        while (s.end > s.start && strchr(" \n\t.,;:!?", text[s.end - 1])) {
            s.end--;
            changed = 1;
        }
        while (s.end > s.start && strchr(" \n\t.,;:!?", text[s.start])) {
            s.start++;
            changed = 1;
        }
        /* the complementizer is not content: "that the plan failed" */
        if (s.end > s.start + 5 && !strncmp(text + s.start, "that ", 5)) {
            s.start += 5;
            changed = 1;
        }
        if (s.end > s.start && is_qmark(text, s.start, len, false)) {
            s.start += ((unsigned char)text[s.start] < 0x80)
                           ? 1
                           : ((unsigned char)text[s.start] < 0xE0 ? 2 : 3);
            changed = 1;
        }
        if (s.end > s.start && is_qmark(text, s.end, len, true)) {
            size_t k = s.end - 1;
            while (k > s.start && ((unsigned char)text[k] & 0xC0) == 0x80)
                k--;
            s.end = k;
            changed = 1;
        }
    }
    return s;
}

static bool speaker_hits(const bl_doc *d, int speaker, const struct ag_span *g)
{
    size_t na;
    const struct bl_actor *ac = bl_doc_actors(d, &na);
    if (speaker < 0 || (size_t)speaker >= na)
        return false;
    for (size_t i = 0; i < ac[speaker].nmentions; i++)
        if (span_hits(ac[speaker].mentions[i], g))
            return true;
    return false;
}

/* Predictions of one mode. Partial quotes inside another prediction are
 * folded into it; claims that repeat a quote are dropped when both count. */
static struct pred *collect(const bl_doc *d, const char *text, size_t len, int mode, size_t *n)
{
    size_t nq, nc, k = 0;
    const struct bl_quote *q = bl_doc_quotes(d, &nq);
    const struct bl_claim *c = bl_doc_claims(d, &nc);
    struct pred *p = calloc(nq + nc + 1, sizeof *p);
    if (!p)
        return NULL;
    if (mode != MODE_CLAIMS)
        for (size_t i = 0; i < nq; i++) {
            bool inside = false;
            if (q[i].kind == BL_QUOTE_PARTIAL)
                for (size_t j = 0; j < nq && !inside; j++)
                    inside = j != i && q[j].kind != BL_QUOTE_PARTIAL &&
                             q[j].span.start <= q[i].span.start && q[j].span.end >= q[i].span.end;
            if (inside)
                continue;
            p[k].content.n = q[i].nparts < AG_MAX_PIECES ? q[i].nparts : AG_MAX_PIECES;
            for (size_t j = 0; j < p[k].content.n; j++)
                p[k].content.p[j] = q[i].parts[j];
            p[k].source = q[i].source;
            p[k].speaker = q[i].speaker;
            p[k].cue = q[i].cue;
            p[k].origin = q[i].kind;
            p[k].direct = q[i].kind == BL_QUOTE_DIRECT;
            p[k].core = words_of(text, len, &p[k].content);
            k++;
        }
    if (mode != MODE_QUOTES)
        for (size_t i = 0; i < nc; i++) {
            struct ag_span cs;
            bool dup = false;
            if (c[i].kind != BL_CLAIM_ATTRIBUTED)
                continue;
            cs.n = 1;
            cs.p[0] = c[i].span;
            if (mode == MODE_BOTH) {
                if (c[i].quote >= 0)
                    continue;
                for (size_t j = 0; j < nq && !dup; j++) {
                    /* the quoted parts: words between them are not the quote */
                    struct ag_span qs = {.n = 1};
                    size_t o;
                    qs.p[0] = q[j].span;
                    if (q[j].nparts > 1 && q[j].nparts <= AG_MAX_PIECES) {
                        qs.n = q[j].nparts;
                        for (size_t x = 0; x < qs.n; x++)
                            qs.p[x] = q[j].parts[x];
                    }
                    o = overlap(&cs, &qs);
                    dup = 2 * o >= plen(&cs) || 2 * o >= plen(&qs);
                }
            }
            if (dup)
                continue;
            p[k].content = cs;
            p[k].source = c[i].source;
            p[k].speaker = c[i].claimant;
            p[k].cue = c[i].cue;
            p[k].origin = 3;
            p[k].core = words_of(text, len, &p[k].content);
            k++;
        }
    *n = k;
    return p;
}

static void dump_span(const char *tag, const char *text, struct bl_span s)
{
    size_t l = s.end - s.start;
    printf("    %s [%.*s%s]\n", tag, (int)(l > 160 ? 160 : l), text + s.start,
           l > 160 ? "..." : "");
}

/* One field of a prediction line: tabs and newlines become spaces. */
static void tsv_field(const char *text, struct bl_span s)
{
    putchar('\t');
    if (s.start == BL_NONE)
        return;
    for (size_t i = s.start; i < s.end; i++)
        putchar(text[i] == '\t' || text[i] == '\n' ? ' ' : text[i]);
}

/* EVAL_ATTR_PREDS=1: every quotes+claims prediction as one tab-separated
 * line (TP or FP, origin, article, sentence index, paragraph, sentence flags,
 * speaker known, the gold it overlaps most (none, goldfree or goldtaken: taken
 * by another prediction) with the overlap's share of the prediction and of
 * that gold, cue, source, content, sentence, content start and end, and
 * that gold's content, first to last piece) for grouping predictions. */
static void dump_preds(const bl_doc *d, const char *text, const struct pred *p, size_t np,
                       const struct gold *g, size_t ng, const bool *gmatched, const char *name)
{
    static const char *const origins[] = {"direct", "indirect", "partial", "claim"};
    for (size_t j = 0; j < np; j++) {
        struct bl_span cs = {p[j].content.p[0].start, p[j].content.p[p[j].content.n - 1].end};
        struct bl_span ss = {cs.start, cs.end};
        size_t si = 0, para = 0, flags = 0;
        for (size_t k = 0; k < d->nsents; k++)
            if (d->sents[k].start <= cs.start && cs.start < d->sents[k].end + 1) {
                si = k;
                para = d->sents[k].para;
                flags = d->sents[k].flags;
                ss.start = d->sents[k].start;
                ss.end = d->sents[k].end > cs.end ? d->sents[k].end : cs.end;
                break;
            }
        size_t bo = 0, bg = BL_NONE, lp = plen(&p[j].content);
        for (size_t i = 0; i < ng; i++) {
            size_t o = overlap(&g[i].content, &p[j].content);
            if (o > bo) {
                bo = o;
                bg = i;
            }
        }
        printf("PRED\t%s\t%s\t%s\t%zu\t%zu\t%zu\t%d", p[j].matched ? "TP" : "FP",
               origins[p[j].origin], name, si, para, flags, p[j].speaker >= 0);
        if (bg == BL_NONE)
            printf("\tnone\t0\t0");
        else
            printf("\t%s\t%.2f\t%.2f", gmatched[bg] ? "goldtaken" : "goldfree",
                   (double)bo / (double)(lp ? lp : 1),
                   (double)bo / (double)plen(&g[bg].content));
        tsv_field(text, p[j].cue);
        tsv_field(text, p[j].source);
        tsv_field(text, cs);
        tsv_field(text, ss);
        printf("\t%zu\t%zu", cs.start, cs.end);
        if (bg == BL_NONE)
            putchar('\t');
        else
            tsv_field(text, (struct bl_span){g[bg].content.p[0].start,
                                             g[bg].content.p[g[bg].content.n - 1].end});
        if (getenv("EVAL_ATTR_PREDS_GOLD") && bg != BL_NONE) {
            /* EVAL_ATTR_PREDS_GOLD=1: that gold's content start, end and
             * pieces, its source and cue */
            printf("\t%zu\t%zu\t%zu", g[bg].content.p[0].start,
                   g[bg].content.p[g[bg].content.n - 1].end, g[bg].content.n);
            tsv_field(text,
                      g[bg].has_source ? g[bg].source.p[0] : (struct bl_span){BL_NONE, BL_NONE});
            tsv_field(text, g[bg].cue.n ? g[bg].cue.p[0] : (struct bl_span){BL_NONE, BL_NONE});
        }
        putchar('\n');
    }
}

static void score_doc(const bl_doc *d, const char *text, size_t len, const struct gold *g,
                      size_t ng, int mode, struct tally *t, bool dump, const char *name)
{
    size_t np = 0;
    struct pred *p = collect(d, text, len, mode, &np);
    bool *gm = (mode == MODE_BOTH && getenv("EVAL_ATTR_PREDS")) ||
                       (mode == MODE_QUOTES && getenv("EVAL_ATTR_DIRECT"))
                   ? calloc(ng + 1, sizeof *gm)
                   : NULL;
    if (!p) {
        free(gm);
        return;
    }
    t->ng += ng;
    t->np += np;
    for (size_t i = 0; i < np; i++)
        t->dnp += p[i].direct;
    for (size_t i = 0; i < ng; i++) {
        size_t best = BL_NONE, lg = plen(&g[i].core);
        double bestf = 0;
        t->dng += g[i].direct;
        for (size_t j = 0; j < np; j++) {
            size_t o, lp;
            if (p[j].matched)
                continue;
            o = overlap(&g[i].core, &p[j].core);
            lp = plen(&p[j].core);
            if (2 * o < lg || 2 * o < lp || !o)
                continue;
            if (2.0 * (double)o / (double)(lg + lp) > bestf) {
                bestf = 2.0 * (double)o / (double)(lg + lp);
                best = j;
            }
        }
        if (best == BL_NONE) {
            if (dump)
                for (size_t j = 0; j < np; j++)
                    if (overlap(&g[i].content, &p[j].content) > 0) {
                        struct bl_span ps = {p[j].content.p[0].start,
                                             p[j].content.p[p[j].content.n - 1].end};
                        printf("  NEAR%s", p[j].matched ? " (taken)" : "");
                        dump_span("pred", text, ps);
                    }
            if (dump) {
                /* "cue found": some prediction's cue overlaps this gold's,
                 * so the cue was found and its content went wrong (or went
                 * to another gold: "taken") */
                const char *found = "";
                for (size_t j = 0; j < np && g[i].cue.n; j++)
                    if (p[j].cue.start != BL_NONE && p[j].cue.start < g[i].cue.p[0].end &&
                        g[i].cue.p[0].start < p[j].cue.end)
                        found = p[j].matched ? " cue found, taken" : " cue found";
                printf("  MISS %s%s cue=[%.*s]%s\n", name, g[i].direct ? " (direct)" : "",
                       g[i].cue.n ? (int)(g[i].cue.p[0].end - g[i].cue.p[0].start) : 0,
                       g[i].cue.n ? text + g[i].cue.p[0].start : "", found);
                dump_span("gold", text,
                          (struct bl_span){g[i].content.p[0].start,
                                           g[i].content.p[g[i].content.n - 1].end});
            }
            continue;
        }
        p[best].matched = true;
        if (gm)
            gm[i] = true;
        t->tp++;
        if (g[i].direct)
            t->dtp_g++;
        if (p[best].direct)
            t->dtp_p++;
        {
            struct bl_span a = norm(text, len, &g[i].content),
                           b = norm(text, len, &p[best].content);
            bool ex = a.start == b.start && a.end == b.end;
            t->exact += ex;
            t->dexact += ex && g[i].direct && p[best].direct;
        }
        if (g[i].has_source) {
            bool ok = span_hits(p[best].source, &g[i].source) ||
                      speaker_hits(d, p[best].speaker, &g[i].source);
            t->src_n++;
            t->src_ok += ok;
            if (g[i].direct) {
                t->dsrc_n++;
                t->dsrc_ok += ok;
            }
            if (dump && !ok) {
                struct bl_span gs = g[i].source.p[0], ps = p[best].source;
                size_t cs = p[best].content.p[0].start;
                printf("  SRC %s%s gold=[%.*s] pred=[%.*s] quote=[%.60s]\n", name,
                       g[i].direct ? " (direct)" : "", (int)(gs.end - gs.start), text + gs.start,
                       ps.start == BL_NONE ? 0 : (int)(ps.end - ps.start),
                       ps.start == BL_NONE ? "" : text + ps.start, text + cs);
            }
        }
    }
    if (mode == MODE_QUOTES && getenv("EVAL_ATTR_DIRECT")) {
        /* EVAL_ATTR_DIRECT=1, tab-separated byte offsets for grouping the
         * direct subset's errors. DGOLD: article, hit (1/0), content start,
         * end, pieces, then each quote prediction overlapping it as
         * kind:start:end:pieces:matched. DPRED: every direct prediction:
         * article, start, end, pieces, matched, source known, speaker,
         * source start and cue start (0: none), its parts start-end,... */
        for (size_t i = 0; i < ng; i++) {
            if (!g[i].direct)
                continue;
            printf("DGOLD\t%s\t%d\t%zu\t%zu\t%zu", name, gm && gm[i], g[i].content.p[0].start,
                   g[i].content.p[g[i].content.n - 1].end, g[i].content.n);
            for (size_t j = 0; j < np; j++)
                if (overlap(&g[i].content, &p[j].content) > 0)
                    printf("\t%d:%zu:%zu:%zu:%d", p[j].origin, p[j].content.p[0].start,
                           p[j].content.p[p[j].content.n - 1].end, p[j].content.n,
                           p[j].matched);
            putchar('\n');
        }
        for (size_t j = 0; j < np; j++)
            if (p[j].direct) {
                printf("DPRED\t%s\t%zu\t%zu\t%zu\t%d\t%d\t%d\t%zu\t%zu\t", name,
                       p[j].content.p[0].start, p[j].content.p[p[j].content.n - 1].end,
                       p[j].content.n, p[j].matched,
                       p[j].speaker >= 0 || p[j].source.start != BL_NONE, p[j].speaker,
                       p[j].source.start == BL_NONE ? 0 : p[j].source.start,
                       p[j].cue.start == BL_NONE ? 0 : p[j].cue.start);
                for (size_t x = 0; x < p[j].content.n; x++)
                    printf("%s%zu-%zu", x ? "," : "", p[j].content.p[x].start, p[j].content.p[x].end);
                putchar('\n');
            }
    }
    if (dump)
        for (size_t j = 0; j < np; j++)
            if (!p[j].matched) {
                printf("  FALSE %s%s src=[%.*s]\n", name, p[j].direct ? " (direct)" : "",
                       p[j].source.start == BL_NONE ? 0
                                                    : (int)(p[j].source.end - p[j].source.start),
                       p[j].source.start == BL_NONE ? "" : text + p[j].source.start);
                dump_span("pred", text,
                          (struct bl_span){p[j].content.p[0].start,
                                           p[j].content.p[p[j].content.n - 1].end});
            }
    if (gm && mode == MODE_BOTH)
        dump_preds(d, text, p, np, g, ng, gm, name);
    free(gm);
    free(p);
}

static double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static double ratio(size_t a, size_t b)
{
    return b ? (double)a / (double)b : 0;
}

int eval_attr_run(const char *data_dir, const bl_models *m)
{
    char dir[4096], path[8192];
    char **texts = NULL, **anns = NULL;
    size_t ntexts = 0, nanns = 0, docs = 0;
    struct tally t[NMODES];
    const char *dump_env = getenv("EVAL_ATTR_DUMP");
    /* "1" or "quotes": the quotes' lines; "claims" or "both" those modes' */
    int dump_mode = !dump_env || !*dump_env || !strcmp(dump_env, "0") ? -1
                    : !strcmp(dump_env, "claims")                     ? MODE_CLAIMS
                    : !strcmp(dump_env, "both")                       ? MODE_BOTH
                                                                      : MODE_QUOTES;
    const char *split = split_name();
    /* EVAL_ATTR_HOLDOUT=1: only every fifth article (index % 5 == 0 among the
     * annotated ones), the part `train_attr --holdout` leaves out; with
     * ATTR_FOLD=k (0 to 4) index % 5 == k, as train_attr reads it */
    const char *holdout_env = getenv("EVAL_ATTR_HOLDOUT");
    const char *fold_env = getenv("ATTR_FOLD");
    bool holdout = holdout_env && *holdout_env == '1';
    size_t fold = fold_env && *fold_env >= '0' && *fold_env <= '4' ? (size_t)(*fold_env - '0') : 0;
    size_t index = 0;
    int rc = 0;

    memset(t, 0, sizeof t);
    (void)snprintf(dir, sizeof dir, "%s/polnear/%s", data_dir, split);
    (void)snprintf(path, sizeof path, "%s/text", dir);
    texts = ag_list_dir(path, ".txt", &ntexts);
    (void)snprintf(path, sizeof path, "%s/attributions", dir);
    anns = ag_list_dir(path, ".ann", &nanns);
    if (!ntexts || !nanns) {
        (void)fprintf(stderr, "eval attr: no PolNeAR articles under %s (pass --data DIR)\n", dir);
        rc = 2;
        goto out;
    }
    for (size_t i = 0; i < ntexts; i++) {
        size_t len = 0, ng = 0;
        /* first annotator file in sorted order: <article>_<annotator>.ann */
        const char *ann = ag_annotation_of(anns, nanns, texts[i]);
        char *text;
        struct gold *g = NULL;
        bl_doc *d = NULL;
        struct bl_error err = {0};
        if (!ann)
            continue;
        if (holdout && index++ % 5 != fold)
            continue;
        (void)snprintf(path, sizeof path, "%s/text/%s", dir, texts[i]);
        text = slurp(path, &len);
        if (!text) {
            (void)fprintf(stderr, "eval attr: cannot read %s\n", path);
            rc = 1;
            goto out;
        }
        (void)snprintf(path, sizeof path, "%s/attributions/%s", dir, ann);
        if (read_gold(path, text, len, &g, &ng) != BL_OK ||
            bl_doc_create(text, len, &d, &err) != BL_OK ||
            bl_doc_analyze(d, m, BL_STAGE_QUOTES | BL_STAGE_CLAIMS, &err) != BL_OK) {
            (void)fprintf(stderr, "eval attr: %s: %s\n", texts[i],
                          err.message[0] ? err.message : "unreadable");
            free(g);
            bl_doc_free(d);
            free(text);
            rc = 1;
            goto out;
        }
        for (int mo = 0; mo < NMODES; mo++)
            score_doc(d, text, len, g, ng, mo, &t[mo], mo == dump_mode, texts[i]);
        docs++;
        free(g);
        bl_doc_free(d);
        free(text);
    }
    printf("attr: PolNeAR %s, %zu articles, %zu gold attributions (%zu direct); content overlap >= "
           "half of each\n",
           split, docs, t[0].ng, t[0].dng);
    printf("  %-15s %7s %7s %7s %8s %8s %6s %6s\n", "predictions", "P", "R", "F1", "exactF1",
           "src_acc", "pred", "tp");
    for (int mo = 0; mo < NMODES; mo++) {
        double p = ratio(t[mo].tp, t[mo].np), r = ratio(t[mo].tp, t[mo].ng);
        double ep = ratio(t[mo].exact, t[mo].np), er = ratio(t[mo].exact, t[mo].ng);
        printf("  %-15s %7.4f %7.4f %7.4f %8.4f %8.4f %6zu %6zu\n", mode_names[mo], p, r, f1(p, r),
               f1(ep, er), ratio(t[mo].src_ok, t[mo].src_n), t[mo].np, t[mo].tp);
    }
    {
        /* direct subset: predicted direct quotes vs gold contents opening or
         * closing with a quotation mark, found by the quotes; then the same
         * gold found by anything the service returns (a gold quote that
         * opens with a paraphrase is often an attributed claim) */
        static const struct {
            int mode;
            const char *name;
        } rows[] = {{MODE_QUOTES, "direct subset"}, {MODE_BOTH, "direct, any"}};
        for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
            const struct tally *q = &t[rows[k].mode];
            double p = ratio(q->dtp_p, q->dnp), r = ratio(q->dtp_g, q->dng);
            printf("  %-15s %7.4f %7.4f %7.4f %8.4f %8.4f %6zu %6zu\n", rows[k].name, p, r,
                   f1(p, r), f1(ratio(q->dexact, q->dnp), ratio(q->dexact, q->dng)),
                   ratio(q->dsrc_ok, q->dsrc_n), q->dnp, q->dtp_p);
        }
    }
out:
    ag_list_free(texts, ntexts);
    ag_list_free(anns, nanns);
    return rc;
}
