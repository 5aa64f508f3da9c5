/* eval_geo.c -- the geoparsing section of tools/eval. Each GeoWebNews article
 * (Gritta et al. 2019) is analysed with bl_doc_analyze(BL_STAGE_LOCATIONS) as
 * the server does. Recognition is scored over the literal toponym types
 * (Literal, Literal_Modifier, Mixed, Embedded_Literal, Coercion); predictions
 * on the other annotated types count neither way. Geocoding: the share of
 * recognised literal toponyms with gold coordinates placed within 161 km,
 * and the median error (a prediction without coordinates counts as 20,038 km,
 * half the equator). Offsets in the file are code points of the unescaped
 * text. GEO_SPLIT=even|odd scores only the articles whose 0-based index is
 * even or odd (develop on one half, check on the other); BL_EVAL_GEO_DUMP=1
 * prints misses and false positives to stderr. */
#include "eval_geo.h"
#include "bl_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define FAR_KM 20038.0

struct gold {
    size_t start, end; /* code points */
    bool literal;
    bool has_coord;
    double lat, lon;
    bool hit_exact, hit_overlap;
    char type[24]; /* GWN type, for the dump */
};

struct tally {
    size_t tp, fp, fn;    /* exact spans */
    size_t otp, ofp, ofn; /* overlap */
    double *err;          /* geocoding errors, km */
    size_t nerr, caperr;
    size_t articles;
};

static void gwn_path(const char *data_dir, char *buf, size_t cap)
{
    snprintf(buf, cap, "%s/geowebnews/GWN.xml", data_dir);
}

bool eval_geo_available(const char *data_dir)
{
    char path[4096];
    struct stat st;
    gwn_path(data_dir, path, sizeof path);
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Append code point c as UTF-8. */
static size_t put_utf8(char *o, unsigned long c)
{
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | (c >> 6));
        o[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12));
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (c >> 18));
    o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Unescape XML text s[0..n) into out (at least n+1 bytes); returns length. */
static size_t unescape(const char *s, size_t n, char *out)
{
    static const struct {
        const char *name;
        char c;
    } ents[] = {{"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};
    size_t i = 0, o = 0, k;
    while (i < n) {
        if (s[i] != '&') {
            out[o++] = s[i++];
            continue;
        }
        for (k = 0; k < sizeof ents / sizeof ents[0]; k++) {
            size_t l = strlen(ents[k].name);
            if (i + 1 + l <= n && memcmp(s + i + 1, ents[k].name, l) == 0) {
                out[o++] = ents[k].c;
                i += 1 + l;
                break;
            }
        }
        if (k < sizeof ents / sizeof ents[0])
            continue;
        if (i + 2 < n && s[i + 1] == '#') {
            char *end;
            unsigned long c =
                s[i + 2] == 'x' ? strtoul(s + i + 3, &end, 16) : strtoul(s + i + 2, &end, 10);
            if (*end == ';' && c > 0 && c <= 0x10FFFF && (size_t)(end - s) < n) {
                o += put_utf8(out + o, c);
                i = (size_t)(end - s) + 1;
                continue;
            }
        }
        out[o++] = s[i++];
    }
    out[o] = '\0';
    return o;
}

/* The text between <tag> and </tag> inside [p, lim), or NULL. */
static const char *field(const char *p, const char *lim, const char *tag, size_t *n)
{
    char open[64], close[64];
    const char *a, *b;
    snprintf(open, sizeof open, "<%s>", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    a = strstr(p, open);
    if (!a || a >= lim)
        return NULL;
    a += strlen(open);
    b = strstr(a, close);
    if (!b || b > lim)
        return NULL;
    *n = (size_t)(b - a);
    return a;
}

static bool literal_type(const char *t, size_t n)
{
    static const char *const lit[] = {"Literal",          "Literal_Modifier", "Mixed",
                                      "Embedded_Literal", "Coercion",         NULL};
    size_t i;
    for (i = 0; lit[i]; i++)
        if (strlen(lit[i]) == n && memcmp(lit[i], t, n) == 0)
            return true;
    return false;
}

static double haversine_km(double lat1, double lon1, double lat2, double lon2)
{
    const double r = 6371.0, rad = M_PI / 180.0;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double a = sin(dlat / 2) * sin(dlat / 2) +
               cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
    return 2 * r * asin(fmin(1.0, sqrt(a)));
}

static int dbl_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Byte offset of code point cp in the NUL-terminated UTF-8 text. */
static size_t cp_to_byte(const char *text, size_t cp)
{
    size_t b = 0;
    while (text[b] && cp > 0) {
        b++;
        while ((text[b] & 0xC0) == 0x80)
            b++;
        cp--;
    }
    return b;
}

/* Score one article: gold[0..ng) against the doc's location mentions. */
static int score_article(const bl_doc *d, struct gold *gold, size_t ng, struct tally *t, bool dump,
                         const char *text)
{
    size_t nloc, i, j, k;
    const struct bl_location *locs = bl_doc_locations(d, &nloc);

    for (i = 0; i < nloc; i++) {
        for (k = 0; k < locs[i].nmentions; k++) {
            size_t ps = bl_doc_offset(d, locs[i].mentions[k].start, BL_UNIT_CODEPOINT);
            size_t pe = bl_doc_offset(d, locs[i].mentions[k].end, BL_UNIT_CODEPOINT);
            bool exact = false, over_lit = false, over_any = false;
            for (j = 0; j < ng; j++) {
                bool ov = gold[j].start < pe && ps < gold[j].end;
                if (!ov)
                    continue;
                over_any = true;
                if (!gold[j].literal)
                    continue;
                over_lit = true;
                if (!gold[j].hit_overlap && gold[j].has_coord) {
                    double e = isnan(locs[i].lat) ? FAR_KM
                                                  : haversine_km(locs[i].lat, locs[i].lon,
                                                                 gold[j].lat, gold[j].lon);
                    if (bl_grow((void **)&t->err, &t->caperr, t->nerr + 1, sizeof *t->err) != BL_OK)
                        return BL_ERR_NOMEM;
                    t->err[t->nerr++] = e;
                    if (dump && e > 161)
                        fprintf(stderr, "geo far %6.0f km: '%s' %s (%.2f,%.2f) gold (%.2f,%.2f)\n",
                                e, locs[i].name, locs[i].country_code ? locs[i].country_code : "-",
                                locs[i].lat, locs[i].lon, gold[j].lat, gold[j].lon);
                }
                gold[j].hit_overlap = true;
                if (gold[j].start == ps && gold[j].end == pe) {
                    exact = true;
                    gold[j].hit_exact = true;
                }
            }
            if (over_lit)
                t->otp++;
            else if (!over_any)
                t->ofp++;
            if (exact)
                t->tp++;
            else if (over_lit || !over_any)
                t->fp++;
            if (dump && !exact && (over_lit || !over_any)) {
                size_t bs = locs[i].mentions[k].start, be = locs[i].mentions[k].end, tl;
                const char *tx = bl_doc_text(d, &tl);
                size_t cs = bs > 40 ? bs - 40 : 0, ce = tl - be > 40 ? be + 40 : tl;
                fprintf(stderr, "geo FP%s: '%.*s' -> %s  ...%.*s[%.*s]%.*s...\n",
                        over_lit ? " (boundary)" : "", (int)(be - bs), tx + bs, locs[i].name,
                        (int)(bs - cs), tx + cs, (int)(be - bs), tx + bs, (int)(ce - be), tx + be);
            }
        }
    }
    for (j = 0; j < ng; j++) {
        if (!gold[j].literal)
            continue;
        if (!gold[j].hit_exact)
            t->fn++;
        if (dump && !gold[j].hit_exact && gold[j].hit_overlap) {
            size_t bs = cp_to_byte(text, gold[j].start), be = cp_to_byte(text, gold[j].end);
            fprintf(stderr, "geo FN (boundary) %s: '%.*s'\n", gold[j].type, (int)(be - bs),
                    text + bs);
        }
        if (!gold[j].hit_overlap) {
            t->ofn++;
            if (dump) {
                size_t bs = cp_to_byte(text, gold[j].start), be = cp_to_byte(text, gold[j].end);
                size_t cs = bs > 40 ? bs - 40 : 0,
                       ce = strlen(text) - be > 40 ? be + 40 : strlen(text);
                size_t ne, q;
                const struct bl_entity *en = bl_doc_entities(d, &ne);
                const char *why = "none";
                for (q = 0; q < ne; q++)
                    if (en[q].span.start < be && bs < en[q].span.end)
                        why = bl_entity_type_name(en[q].type);
                fprintf(stderr, "geo FN %s: '%.*s' ent=%s  ...%.*s[%.*s]%.*s...\n", gold[j].type,
                        (int)(be - bs), text + bs, why, (int)(bs - cs), text + cs, (int)(be - bs),
                        text + bs, (int)(ce - be), text + be);
            }
        }
    }
    return BL_OK;
}

static void prf(const char *name, size_t tp, size_t fp, size_t fn)
{
    double p = tp + fp ? (double)tp / (double)(tp + fp) : 0;
    double r = tp + fn ? (double)tp / (double)(tp + fn) : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("  %-22s %6.3f %6.3f %6.3f   tp %5zu fp %5zu fn %5zu\n", name, p, r, f, tp, fp, fn);
}

int eval_geo_run(const char *data_dir, const bl_models *m)
{
    char path[4096];
    size_t len = 0, ng = 0, capg = 0;
    char *xml, *text = NULL;
    const char *p;
    struct gold *gold = NULL;
    struct tally t = {0};
    bool dump = getenv("BL_EVAL_GEO_DUMP") != NULL;
    const char *split = getenv("GEO_SPLIT");
    int want = split && strcmp(split, "even") == 0  ? 0
               : split && strcmp(split, "odd") == 0 ? 1
                                                    : -1;
    size_t index = 0;
    int rc = 0;

    gwn_path(data_dir, path, sizeof path);
    if (bl_file_read(path, 0, &xml, &len, NULL) != BL_OK) {
        fprintf(stderr, "eval: geo: cannot read %s\n", path);
        return 2;
    }
    for (p = strstr(xml, "<article "); p; p = strstr(p, "<article ")) {
        const char *end = strstr(p, "</article>"), *tx, *tp;
        size_t n, tn;
        bl_doc *d = NULL;
        struct bl_error err = {0};

        if (!end)
            break;
        if (want >= 0 && (int)(index++ % 2) != want) {
            p = end;
            continue;
        }
        tx = field(p, end, "text", &n);
        if (!tx) {
            p = end;
            continue;
        }
        free(text);
        text = malloc(n + 1);
        if (!text) {
            rc = 1;
            break;
        }
        tn = unescape(tx, n, text);
        ng = 0;
        for (tp = strstr(tx + n, "<toponym>"); tp && tp < end; tp = strstr(tp + 1, "<toponym>")) {
            const char *te = strstr(tp, "</toponym>"), *f;
            size_t fl;
            long s, e;
            struct gold *g;
            if (!te || te > end)
                break;
            f = field(tp, te, "start", &fl);
            s = f ? strtol(f, NULL, 10) : -1;
            f = field(tp, te, "end", &fl);
            e = f ? strtol(f, NULL, 10) : -1;
            if (s < 0 || e <= s)
                continue;
            if (bl_grow((void **)&gold, &capg, ng + 1, sizeof *gold) != BL_OK) {
                rc = 1;
                goto out;
            }
            g = &gold[ng++];
            memset(g, 0, sizeof *g);
            g->start = (size_t)s;
            g->end = (size_t)e;
            f = field(tp, te, "type", &fl);
            g->literal = f && literal_type(f, fl);
            if (f)
                snprintf(g->type, sizeof g->type, "%.*s", (int)fl, f);
            f = field(tp, te, "latitude", &fl);
            if (f && fl) {
                const char *f2 = field(tp, te, "longitude", &fl);
                if (f2 && fl) {
                    g->has_coord = true;
                    g->lat = strtod(f, NULL);
                    g->lon = strtod(f2, NULL);
                }
            }
        }
        if (bl_doc_create(text, tn, &d, &err) != BL_OK ||
            bl_doc_analyze(d, m, BL_STAGE_LOCATIONS, &err) != BL_OK) {
            fprintf(stderr, "eval: geo: article %zu: %s\n", t.articles, err.message);
            bl_doc_free(d);
            rc = 1;
            goto out;
        }
        if (dump)
            fprintf(stderr, "geo -- article %zu\n", t.articles);
        if (score_article(d, gold, ng, &t, dump, text) != BL_OK) {
            bl_doc_free(d);
            rc = 1;
            goto out;
        }
        bl_doc_free(d);
        t.articles++;
        p = end;
    }
    printf("geo: GeoWebNews, %zu articles%s (literal toponyms; other annotated types neutral)\n",
           t.articles,
           want == 0   ? " (even half)"
           : want == 1 ? " (odd half)"
                       : "");
    printf("  %-22s %6s %6s %6s\n", "recognition", "P", "R", "F1");
    prf("exact span", t.tp, t.fp, t.fn);
    prf("overlapping span", t.otp, t.ofp, t.ofn);
    if (t.nerr) {
        size_t i, within = 0;
        qsort(t.err, t.nerr, sizeof *t.err, dbl_cmp);
        for (i = 0; i < t.nerr; i++)
            within += t.err[i] <= 161.0;
        printf("  geocoding: %zu recognised toponyms with gold coordinates, accuracy@161km %.3f, "
               "median error %.0f km\n",
               t.nerr, (double)within / (double)t.nerr,
               t.nerr % 2 ? t.err[t.nerr / 2] : (t.err[t.nerr / 2 - 1] + t.err[t.nerr / 2]) / 2);
    }
out:
    free(text);
    free(gold);
    free(t.err);
    free(xml);
    return rc;
}
