/* tagger.c -- the named-entity tagger: loads the averaged-perceptron model
 * written by tools/train_ner, and tags a document in two greedy passes (the
 * second sees what the first said about the same word elsewhere in the
 * article), turning BIO labels into entity spans. */
#include "tagger_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The model's table is struct ner_table (tagger_int.h); the rest are
 * sums made at load. */
struct bl_tagger {
    struct ner_table tab;
    struct ner_common *common; /* tab.common, owned */
    struct wgroups *cgroups;   /* by common word: its groups' sums */
    uint16_t *common_g1;       /* tab.common_g1, owned */
    float scale;
    struct ner_row edge[NER_G_AFTER_O]; /* a missing neighbour, groups 1-4 */
    struct ner_row allow[NER_BOS + 1];  /* per previous label: -1 where a label may follow */
    struct ner_row lab[NER_BOS + 1];    /* by the label before last, after O: rows T1 + T12 */
    char info[NER_MAX_INFO + 1];
};

#define HDR_LEN (8 + 4 * 4 + 4 + 4) /* magic, 4 u32, f32 scale, u32 info length */
#define ROW_LEN (4 + 2 * NER_NCLASS)

static inline const struct ner_row *probe(const struct bl_tagger *t, uint64_t h)
{
    return ner_probe(&t->tab, h);
}

/* The row of feature h, or the all-zero row when the model lacks it. */
static inline const struct ner_row *find_row(const struct bl_tagger *t, uint64_t h)
{
    const struct ner_row *w = probe(t, h);
    return w ? w : &t->tab.w[t->tab.nrows];
}

/* Adds the row of feature h to acc; nothing when the model lacks it,
 * rather than adding the zero row. The features summed here (the shape
 * parts of the word groups, those of previous labels and of the first
 * pass) are mostly in the model: no filter. */
static inline void add_feat(const struct bl_tagger *t, uint64_t h, struct ner_row *acc)
{
    const struct ner_row *w = ner_find(&t->tab, h);
    if (w) {
        acc->lo += w->lo;
        acc->hi += w->hi;
    }
}

const char *ner_model_info(const bl_tagger *t)
{
    return t->info;
}

const struct ner_table *ner_model_table(const bl_tagger *t)
{
    return &t->tab;
}

void bl_tagger_free(bl_tagger *t)
{
    if (!t)
        return;
    free(t->tab.filter);
    free(t->tab.buckets);
    free(t->tab.w);
    ner_common_free(t->common);
    free(t->cgroups);
    free(t->common_g1);
    free(t);
}

static int common_build(struct bl_tagger *t, struct bl_error *err);

int ner_model_parse(const unsigned char *buf, size_t len, bl_tagger **out, struct bl_error *err)
{
    struct bl_tagger *t = NULL;
    uint32_t version, featset, nclass, nrows, infolen, cap = 16, r;
    int16_t q[NER_NCLASS];
    size_t need;
    const unsigned char *p;
    float scale;
    int rc;

    *out = NULL;
    if (len < HDR_LEN || memcmp(buf, NER_MAGIC, 8) != 0)
        return bl_fail(err, BL_ERR_FORMAT, 0, "not a byline NER model (bad magic or too short)");
    version = bl_rd32le(buf + 8);
    featset = bl_rd32le(buf + 12);
    nclass = bl_rd32le(buf + 16);
    nrows = bl_rd32le(buf + 20);
    {
        uint32_t sbits = bl_rd32le(buf + 24);
        memcpy(&scale, &sbits, sizeof scale);
    }
    infolen = bl_rd32le(buf + 28);
    if (version != NER_VERSION || featset != NER_FEATSET)
        return bl_fail(err, BL_ERR_VERSION, 8,
                       "NER model version %u/features %u, this build reads %u/%u: retrain it",
                       version, featset, NER_VERSION, NER_FEATSET);
    if (nclass != NER_NCLASS || nrows > NER_MAX_ROWS || infolen > NER_MAX_INFO ||
        !(scale > 0.0f && scale < 1e6f))
        return bl_fail(err, BL_ERR_FORMAT, 16, "NER model header is corrupt");
    need = HDR_LEN + (size_t)infolen + (size_t)nrows * ROW_LEN + 4;
    if (len != need)
        return bl_fail(err, BL_ERR_FORMAT, len < need ? len : need,
                       "NER model is %s (%zu bytes, header says %zu)",
                       len < need ? "truncated" : "too long", len, need);
    if (bl_fnv32(buf, len - 4) != bl_rd32le(buf + len - 4))
        return bl_fail(err, BL_ERR_FORMAT, len - 4, "NER model checksum mismatch (corrupt file)");

    t = calloc(1, sizeof *t);
    if (!t)
        return bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
    while (cap < 3 * (size_t)nrows + 1) /* at most 1/3 full: few buckets spill */
        cap *= 2;
    cap /= 4;
    t->tab.buckets = aligned_alloc(64, cap * sizeof *t->tab.buckets);
    t->tab.w = aligned_alloc(64, (((size_t)nrows + 2) / 2) * 2 * sizeof *t->tab.w);
    t->tab.filter = calloc(NER_FILTER_WORDS, sizeof *t->tab.filter);
    if (!t->tab.buckets || !t->tab.w || !t->tab.filter) {
        rc = bl_fail(err, BL_ERR_NOMEM, BL_NONE, "out of memory");
        goto out;
    }
    memset(t->tab.buckets, 0, cap * sizeof *t->tab.buckets);
    t->tab.mask = cap - 1;
    t->scale = scale;
    memcpy(t->info, buf + HDR_LEN, infolen);
    t->info[infolen] = '\0';
    p = buf + HDR_LEN + infolen;
    for (r = 0; r < nrows; r++, p += ROW_LEN) {
        uint32_t key = bl_rd32le(p), i = key & t->tab.mask;
        int c, k = 0;
        if (key == 0) {
            rc = bl_fail(err, BL_ERR_FORMAT, (size_t)(p - buf), "NER model has an empty key");
            goto out;
        }
        for (;;) {
            for (k = 0; k < 4 && t->tab.buckets[i].key[k] && t->tab.buckets[i].key[k] != key; k++)
                ;
            if (k < 4)
                break;
            i = (i + 1) & t->tab.mask;
        }
        if (t->tab.buckets[i].key[k] == key) {
            rc = bl_fail(err, BL_ERR_FORMAT, (size_t)(p - buf), "NER model has a duplicate key");
            goto out;
        }
        t->tab.buckets[i].key[k] = key;
        t->tab.buckets[i].row[k] = r;
        ner_filter_add(t->tab.filter, key);
        for (c = 0; c < NER_NCLASS; c++)
            q[c] = (int16_t)(uint16_t)(p[4 + 2 * c] | p[5 + 2 * c] << 8);
        for (c = 0; c < 4; c++) {
            t->tab.w[r].lo[c] = (int32_t)q[1 + c] - q[0];
            t->tab.w[r].hi[c] = (int32_t)q[5 + c] - q[0];
        }
    }
    memset(&t->tab.w[nrows], 0, sizeof t->tab.w[nrows]);
    t->tab.nrows = nrows;
    for (r = 0; r < NER_NSMALL; r++)
        t->tab.small[r] = *find_row(t, ner_small_key(r));
    for (r = 0; r <= NER_BOS; r++) {
        t->lab[r] = t->tab.small[NER_S_T1 + 0];
        t->lab[r].lo += t->tab.small[NER_S_T12 + r * 10 + 0].lo;
        t->lab[r].hi += t->tab.small[NER_S_T12 + r * 10 + 0].hi;
    }
    memset(&t->edge[0], 0, sizeof t->edge[0]);
    for (r = 0; r <= NER_BOS; r++) {
        int l;
        for (l = 0; l < 4; l++) {
            t->allow[r].lo[l] = ner_allowed((int)r, 1 + l) ? -1 : 0;
            t->allow[r].hi[l] = ner_allowed((int)r, 5 + l) ? -1 : 0;
        }
    }
    for (r = 1; r < NER_G_AFTER_O; r++) {
        uint64_t h[2];
        struct ner_feats f = {h, NULL, 0, 0};
        ner_edge_feats(r, &f);
        t->edge[r] = *find_row(t, h[0]);
        t->edge[r].lo += find_row(t, h[1])->lo;
        t->edge[r].hi += find_row(t, h[1])->hi;
    }
    ner_table_affixes(&t->tab);
    rc = common_build(t, err);
    if (rc != BL_OK)
        goto out;
    *out = t;
    rc = BL_OK;
out:
    if (rc != BL_OK)
        bl_tagger_free(t);
    return rc;
}

int bl_tagger_bind_gazetteer(bl_tagger *t, const bl_gazetteer *gz)
{
    uint16_t *g = NULL;
    int rc;

    if (!t)
        return BL_ERR_ARG;
    t->tab.common_gz = NULL;
    t->tab.common_g1 = NULL;
    free(t->common_g1);
    t->common_g1 = NULL;
    if (!gz || !t->common)
        return BL_OK;
    rc = ner_common_classes(t->common, gz, &g);
    if (rc != BL_OK)
        return rc;
    t->common_g1 = g;
    t->tab.common_g1 = g;
    t->tab.common_gz = gz;
    return BL_OK;
}

int bl_tagger_load(const char *path, bl_tagger **out, struct bl_error *err)
{
    const size_t max = (size_t)(HDR_LEN + NER_MAX_INFO + 4) + (size_t)NER_MAX_ROWS * ROW_LEN;
    char *buf = NULL;
    size_t size = 0;
    int rc;

    *out = NULL;
    rc = bl_model_file_read(path, max, "NER model", &buf, &size, err);
    if (rc != BL_OK)
        return rc;
    rc = ner_model_parse((const unsigned char *)buf, size, out, err);
    if (rc != BL_OK)
        bl_error_prefix(err, path);
    free(buf);
    return rc;
}

int ner_model_write(const char *path, const uint32_t *keys, const int16_t *q, uint32_t nrows,
                    float scale, const char *info)
{
    size_t infolen = strlen(info), len;
    unsigned char *buf, *p;
    uint32_t sbits;
    int rc;

    if (infolen > NER_MAX_INFO)
        infolen = NER_MAX_INFO;
    len = HDR_LEN + infolen + (size_t)nrows * ROW_LEN + 4;
    buf = malloc(len);
    if (!buf)
        return BL_ERR_NOMEM;
    memcpy(buf, NER_MAGIC, 8);
    bl_wr32le(buf + 8, NER_VERSION);
    bl_wr32le(buf + 12, NER_FEATSET);
    bl_wr32le(buf + 16, NER_NCLASS);
    bl_wr32le(buf + 20, nrows);
    memcpy(&sbits, &scale, sizeof sbits);
    bl_wr32le(buf + 24, sbits);
    bl_wr32le(buf + 28, (uint32_t)infolen);
    memcpy(buf + HDR_LEN, info, infolen);
    p = buf + HDR_LEN + infolen;
    rc = bl_model_file_write(path, buf, len, p, keys, q, nrows, NER_NCLASS);
    free(buf);
    return rc;
}

/* The sum of the rows of features f (hashed and small). */
static inline struct ner_row sum_feats(const struct bl_tagger *t, const struct ner_feats *f,
                                       struct ner_row acc)
{
    size_t k;
    for (k = 0; k < f->ns; k++) {
        acc.lo += t->tab.small[f->s[k]].lo;
        acc.hi += t->tab.small[f->s[k]].hi;
    }
    for (k = 0; k < f->nh; k++)
        add_feat(t, f->h[k], &acc);
    return acc;
}

/* The sum of the rows of hashed features f->h (the word groups have no
 * small ones). */
static inline struct ner_row sum_hashed(const struct bl_tagger *t, const struct ner_feats *f,
                                        struct ner_row acc)
{
    uint32_t k;
    for (k = 0; k < f->nh; k++)
        add_feat(t, f->h[k], &acc);
    return acc;
}

/* Per document: the static score rows being filled, and the sums of the
 * word groups by word id. Up to WCACHE_MAX distinct words they are all
 * summed at once (direct); beyond, a direct-mapped cache (slot u & mask,
 * tagged with u) of WCACHE_MAX entries keeps memory bounded on long
 * documents of distinct words. */
#define WCACHE_MAX 4096u

struct wgroups {
    struct ner_row g[NER_NGROUPS];
};

/* The shape parts of the groups (ner_shape_part) by short shape: a
 * document has few shapes. Open addressing over SHAPE_SLOTS; once
 * SHAPE_MAX shapes are in, further ones are summed with each word. */
#define SHAPE_SLOTS 128u
#define SHAPE_MAX   96u

struct shape_cache {
    uint64_t key[SHAPE_SLOTS];
    uint8_t used[SHAPE_SLOTS];
    struct wgroups val[SHAPE_SLOTS];
    unsigned n;
};

struct sum_ctx {
    const struct bl_tagger *t;
    struct ner_row *stat;
    struct wgroups *wg;
    const struct wgroups **wgp; /* direct: word id u's sums, a common word's at load's */
    uint32_t *tag;
    struct shape_cache *shapes;
    uint32_t mask;
    int direct;
};

/* The shape part's sums for short shape sh, or NULL when the cache is full
 * and sh not in it. */
static const struct wgroups *shape_groups(struct shape_cache *sc, const struct bl_tagger *t,
                                          uint64_t sh)
{
    const struct ner_row zero = {{0, 0, 0, 0}, {0, 0, 0, 0}};
    uint64_t hb[NER_NGROUPS * NER_MAX_GROUP];
    struct ner_feats grp[NER_NGROUPS];
    uint32_t h = (uint32_t)(sh ^ sh >> 29) & (SHAPE_SLOTS - 1);
    int g;
    while (sc->used[h]) {
        if (sc->key[h] == sh)
            return &sc->val[h];
        h = (h + 1) & (SHAPE_SLOTS - 1);
    }
    if (sc->n >= SHAPE_MAX)
        return NULL;
    sc->used[h] = 1;
    sc->key[h] = sh;
    sc->n++;
    ner_shape_part(sh, hb, grp);
    for (g = 0; g < NER_NGROUPS; g++)
        sc->val[h].g[g] = sum_feats(t, &grp[g], zero);
    return &sc->val[h];
}

/* Fills cache slot k with the group sums of word id u: its shape's part
 * (summed once per shape) plus its word part. */
static void groups_fill(const struct sum_ctx *s, const struct ner_ctx *c, uint32_t k, uint32_t u)
{
    const struct ner_row zero = {{0, 0, 0, 0}, {0, 0, 0, 0}};
    uint64_t hb[NER_NGROUPS * NER_MAX_GROUP];
    struct ner_feats grp[NER_NGROUPS];
    const struct wgroups *sp;
    int g;
    if (c->ucommon && c->ucommon[u]) {
        s->wg[k] = s->t->cgroups[c->ucommon[u] - 1];
        s->tag[k] = u;
        return;
    }
    sp = shape_groups(s->shapes, s->t, ner_word_sshape(c, u));
    if (sp) {
        ner_word_sum_from(c, u, &s->t->tab, sp->g, s->wg[k].g);
    } else {
        ner_shape_part(ner_word_sshape(c, u), hb, grp);
        for (g = 0; g < NER_NGROUPS; g++)
            s->wg[k].g[g] = sum_hashed(s->t, &grp[g], zero);
        ner_word_sum(c, u, &s->t->tab, s->wg[k].g);
    }
    s->tag[k] = u;
}

static int wcache_init(struct sum_ctx *s, const struct ner_ctx *c)
{
    uint32_t cap = 16, k;
    s->direct = c->nuniq <= WCACHE_MAX;
    while (cap < c->nuniq && cap < WCACHE_MAX)
        cap *= 2;
    s->wg = malloc(cap * sizeof *s->wg);
    s->tag = malloc(cap * sizeof *s->tag);
    s->shapes = malloc(sizeof *s->shapes);
    s->wgp = s->direct ? malloc((c->nuniq ? c->nuniq : 1) * sizeof *s->wgp) : NULL;
    if (!s->wg || !s->tag || !s->shapes || (s->direct && !s->wgp))
        return BL_ERR_NOMEM;
    memset(s->shapes->used, 0, sizeof s->shapes->used);
    s->shapes->n = 0;
    s->mask = cap - 1;
    for (k = 0; k < cap; k++)
        s->tag[k] = UINT32_MAX;
    /* a common word's sums are read where they are, not copied */
    for (k = 0; s->direct && k < c->nuniq; k++) {
        if (c->ucommon && c->ucommon[k]) {
            s->wgp[k] = &s->t->cgroups[c->ucommon[k] - 1];
        } else {
            groups_fill(s, c, k, k);
            s->wgp[k] = &s->wg[k];
        }
    }
    return BL_OK;
}

/* Frequent words of news text and punctuation, as the tokenizer splits
 * them: their groups are summed once at load (common_build), so that a
 * document does not work them out again. Any words would do (a word that
 * is not here is worked out as before), these are the ones most documents
 * have: function words, then (the second part) numbers, abbreviations,
 * clitics, countries, states, cities, first names and news vocabulary.
 * At most WCACHE_MAX distinct tokens (4,016 now): past that no model
 * loads (common_build), so that an addition here cannot go unseen. */
static const char common_text[] =
    "the of and to a in that is was he for it with as his on be at by i this had not are "
    "but from or have an they which one you were her all she there would their we him "
    "been has when who will more no if out so said what up its about into than them can "
    "only other new some could time these two may then do first any my now such like our "
    "over me even most made after also did many before must through back years year where "
    "much your way well down should because each just those people mr mrs ms how too "
    "little state good very make world still own see men work long get here between both "
    "life being under never day same another know while last might us great old off come "
    "since against go came right used take three four five six seven eight nine ten "
    "hundred thousand million billion percent per cent says say told according added week "
    "month months weeks days today yesterday tomorrow Monday Tuesday Wednesday Thursday "
    "friday Saturday Sunday January February March April June July August September "
    "october November December government president minister police country city "
    "officials official report reported group company companies told spokesman "
    "spokeswoman statement news agency during without around including until against "
    "among across within former next early late part public national international local "
    "political economic since however although though whether again already yet told "
    "asked called set put show shows showed found found help need needs want wanted "
    "including per cent it's don't can't isn't wasn't didn't doesn't won't he's she's "
    "they're we're there's that's The A An In On At It He She They We But And This That "
    "There As For With By From After When While If Some Many Most Other Its His Her Their "
    "Our One Two Mr Mrs Ms Dr However Although According . , ; : ? ! \" ' ( ) [ ] - -- "
    "... 's ' n't 're 've 'll 'd 'm $ % & / “ ” ‘ ’ — – … • going support think far "
    "saying win recent policy big lot past point interview top change money general clear "
    "issues won front secretary got ago left went likely every real media issue run major "
    "better something really members least things wrote running place end use few took "
    "later call making become question less believe look number fact home leaders why "
    "away trying best enough once done job doing case law working lead thing federal "
    "second several hard himself herself themselves ever chief important close fight "
    "security released high kind held recently given private leading seen often strong "
    "large give earlier questions email message person system office nearly able others "
    "based taking almost history decision groups personal comes comments whose votes face "
    "different role foreign having name business coming turn keep points side along "
    "record find ahead calling leader wants plans majority care man times turned known "
    "together free always nation lost announced problem led term bring administration "
    "family start move executive began current half possible power either talk rights "
    "line getting deal efforts taken response matter focus position thought especially "
    "particularly economy looking noted ways children woman women child water area areas "
    "health school schools market markets price prices trade workers service services "
    "higher low lower small numbers hours hour minutes morning evening night weekend war "
    "military forces force attack attacks killed death dead court judge crisis plan "
    "project board member team season game games City County North South East West New "
    "United States Kingdom European Union House Senate Congress Court Council Party "
    "President Prime Minister Government Police Department Committee University National "
    "General Secretary Street State Minister's I You To It's What So Even No Now Yes "
    "Meanwhile Last Next Since During Under Before Then Both Such These Those Also Still "
    "Only Just Here Why How Where Who above accept act action actually add address admit "
    "affect afford afraid age agree agreed agreement aid aim air allow allowed alone "
    "amount analysis ann announce annual answer anyone anything appear appeared apply "
    "approach approved argue argued arm army arrested art article ask asking attempt "
    "attention authorities available average avoid aware bad bank base basis bear beat "
    "became becomes bed begin beginning behind believed below benefit beyond bill black "
    "blood blue body book border born borrow boss bottom box boy break british broke "
    "brother brought budget build building built burden buy buying campaign cannot "
    "capital car career carry carried cases cause caused center central centre century "
    "certain certainly chair challenge chance changed changes charge charged charges "
    "cheap check choice choose church citizens civil claim claimed claims class clearly "
    "climate closed club coast cold collapse college comment commission committee common "
    "community compared competition complete concern concerned concerns conditions "
    "conference confidence conflict consider considered construction continue continued "
    "contract control cost costs council count countries couple course cover created "
    "crime critical cross cup currently customers cut cuts damage data date daughter "
    "dealing debate debt decade decades decide decided deep defence defense deficit "
    "demand democracy denied department deputy described design despite detail details "
    "development die died difference difficult digital direct direction directly director "
    "disease district doctor doctors door doubt draw drive driving drop dropped drug "
    "drugs due easy eat edge education effect effort election elections else emergency "
    "employees ended energy ensure enter entire environment establish estate estimated "
    "europe event events everyone everything evidence exactly example expect expected "
    "experience expert experts explain expressed extra eye eyes faced facing factory "
    "failed fall fallen falling families famous farm father fear february feel feeling "
    "fell felt field figure figures file final finally finance financial fine fire firm "
    "firms fiscal floor follow followed following food football forced forward friend "
    "friends fuel full fully fund funding funds further future gain gas gave gets giving "
    "glass global goal goes gold gone grand green ground grow growing growth guard guilty "
    "gun guns hand hands happen happened happy head heads hear heard heart heavy helped "
    "highest hit hold holding hole homes hope hospital host hot house houses housing huge "
    "human idea ideas image immediately impact improve income increase increased "
    "increasing independent index indeed individual industry inflation information inside "
    "instead interest interests investment investors involved island issued items join "
    "joined joint journey jobs jump keen kept key kill knew labour labor lack land "
    "language largest latest launch launched lawyer lawyers lay leadership league learn "
    "leave leaving legal level levels light limit limited list listen live lived lives "
    "living loan loans longer looked looks lose losing loss losses love main mainly "
    "manager mark meaning means measures medical meet meeting met middle mile miles mind "
    "minute mission model moment mother moved movement moving music myself named nations "
    "natural near necessary needed negotiations neither network nothing notice offer "
    "offered officer officers oil online open opened opening operation operations opinion "
    "opportunity opposition option order orders organisation organization original "
    "otherwise outside owner paid pair paper parents park parliament particular parties "
    "partner partners party pass passed patients pay paying peace period phone pick "
    "picture piece placed planned planning play played player players playing please "
    "plenty policies poor popular population post potential pound pounds powerful "
    "practice prepared presence present press pressure pretty prevent previous previously "
    "primary prime prison probably problems process produce product production products "
    "professor profit program programme programs progress projects property proposal "
    "proposed protect protest protests prove provide provided province pull push quality "
    "quarter quick quickly quite race raise raised range rate rates rather reach reached "
    "read ready reason reasons receive received red reduce reform refused region regional "
    "relations release remain remained remains remember removed rent repeated replace "
    "reports represent republic request required research resources respect rest result "
    "results return returned revealed revenue review rise rising risk road room round "
    "rule rules ruling safe safety sale sales saw scale scene scheme science sea search "
    "seat seats section sector seek seem seemed seems sell selling send senior sense sent "
    "sentence series serious serve served session share shares short shot shown sign "
    "signed significant similar simple simply single sir site situation size skills "
    "social society soldiers sold son soon sort sound source sources space speak speaking "
    "special spend spending spent sport sports spring staff stage stand standard "
    "standards star started starting stated station stay step steps stock stop stopped "
    "store stories story strategy street strike student students study stuff subject "
    "success successful suffered suggest suggested summer supply supporters supposed sure "
    "surface systems table takes talking talks target task tax taxes teacher teachers "
    "technology television tell terms test tests thank thanks theory third threat "
    "throughout thus ticket tied title tonight total tough toward towards town track "
    "traffic training travel treatment trial trip trouble true trust truth try type union "
    "unit united university unless unlikely upon urged user users using usually value "
    "various version victims view village violence visit voice vote voters wage wages "
    "wait walk wall warned warning watch weapons wear weather website western whatever "
    "white whole wide wife wind winning winter wish wonder word words worked worker works "
    "worse worth written wrong yes young youth zone About Among Asked Because Despite "
    "Every First More Officials Once Over People Read See Than Until Whether Which Within "
    "Without Yesterday Today accused accident account accounts achieve acting active "
    "activists activity actor adding additional adults advance advice affairs afternoon "
    "agencies agent agents aged agenda aircraft airport alleged allegations alliance "
    "allies ally alongside alternative ambassador amid analyst analysts ancient angry "
    "animal animals announcement annually anti anyway apart appeal appeals application "
    "approval approve april arms arrest arrival arrive arrived artist artists assault "
    "assembly assets assistance assistant associated association attacked attend attended "
    "attorney audience authority author auto award backed background backing balance ban "
    "banks bar battle beach beautiful behalf belief benefits bid bigger biggest birth bit "
    "blame blast blocked boat bodies bomb bombing bond bonds books boost borders bought "
    "brand brief bringing broad broadcast buildings businesses cabinet calls camp "
    "campaigns cancer candidate capacity captain card cars cash casualties ceasefire "
    "celebrate cells ceo chairman champion championship chances changing channel chapter "
    "character chiefs chinese cities citizen civilian civilians claiming clash clashes "
    "clean clinic closely closer closing cloud coach coalition code collection colleagues "
    "combined commander commercial commissioner commitment communities complaint complex "
    "concluded condition confirmed congress connection consumer consumers contact content "
    "context continues contracts contribution controversial convicted cooperation "
    "corporate corruption counter counties countryside county courts cousin coverage "
    "crash create creating credit crew crimes criminal crowd crucial culture currency "
    "customer cutting daily dark deadline deadly dealt dear deaths debut decline declined "
    "defeat defendant defended degree delay delayed deliver delivered democratic demands "
    "demonstrators denies deny deployed desire destroyed detained determined developed "
    "developing device dinner diplomatic disaster discovered discuss discussed discussion "
    "dispute distance dollar dollars domestic donald double downtown dozen dozens "
    "dramatic dream dress drink driver drivers dry eastern easily economist economists "
    "edition editor effective effectively elected electric electricity element elsewhere "
    "embassy emerged employment encourage ending enemy engine engineering english enjoy "
    "entered entirely equipment era established estimate ethnic euro eventually everybody "
    "exchange executives exercise exist existing exit expansion expectations expensive "
    "experienced explained explosion export exports exposed extended extremely facilities "
    "facility failure fair faith false fan fans fashion fast favour favor featured fee "
    "feet female fewer fighters fighting filed film films finding fined finished fired "
    "firefighters fish fit flat flight flights flood floods flow fly focused folk "
    "followers foot forecast forest forget form formal formed forms fought foundation "
    "founded founder fourth frame france fraud freedom french fresh fun funeral gap "
    "garden gathered gender generally generation german giant girl girls goals goods "
    "governor graduate grant greater greatest grew guest guests guidelines gulf hall "
    "handed handle hanging happening harbour harbor hardly headed heading headquarters "
    "healthy hearing heat helicopter helping heritage hidden highly highway hill hire "
    "historic hits holds holiday holidays homeless honest hopes horse hospitals hosted "
    "hotel household households hundreds hurt husband identified identity illegal illness "
    "immigrants immigration impossible improved incident incidents include included "
    "includes increasingly independence indicated industrial influence initial initially "
    "injured injuries injury inquiry insisted inspector institute institutions insurance "
    "intelligence intended interior internal internet interviews introduced invasion "
    "invest investigate investigation investigators invited islamic italian jail jailed "
    "journalist journalists judges jury justice kids killing kilometres kilometers king "
    "kingdom kitchen knowledge lab laboratory lake landed lands largely lawmakers laws "
    "leads leaves lecture legislation length lessons letter letters liberal license "
    "licence lifted lines link links listed literally loaded locals located location "
    "locations lord lowest machine machines magazine male management managing "
    "manufacturing map march marriage married mass massive master match matches material "
    "materials maximum mayor meal measure mechanism meetings memory mental mentioned "
    "merely metres meters migrants militants milk mine mines minimum ministers ministry "
    "minor minority missing mistake mixed mobile modern moments monday monthly moral "
    "mostly motion motor mountain mouth moves movie mps multiple murder museum muslim "
    "mutual narrow nationwide native navy nearby neighbours neighbors nobody nominee non "
    "nor normal normally north northern note notes novel nuclear nurse nurses observers "
    "obtained obvious occasion occupied ocean offering offers officially older ongoing "
    "operating opponents opposed opposite orange ordered ordinary organised organized "
    "organisations organizations outcome output overall overseas owned owners pacific "
    "package page pages pain painting palace pandemic panel parent parking parts "
    "passengers passing path patient pattern payment payments peaceful penalty pension "
    "pensions perfect perform performance perhaps permanent permission permit persons "
    "phase photo photos physical pilot pilots pitch plane planes plant plants platform "
    "pleaded pledged plus pm pocket poll polls pool positive possibility possibly posted "
    "poverty powers practical praised predicted prefer premier premises preparing "
    "presidency presidential priority prisoners prize probe procedure proceedings "
    "produced producer producers professional profits promise promised promote proper "
    "properties proportion prosecution prosecutors protection protesters proud provinces "
    "provides providing provincial purchase purpose queen quiet quoted radio raid rail "
    "railway rain raising rally ran rank rapid rapidly rare rarely reaction reader "
    "readers reading reality realise realize rebel rebels receiving recognised recognized "
    "recommended records recovery reduced reducing referendum reflect refugees regime "
    "regulations regulator reject rejected relationship relatively relief religious "
    "remaining remarks remove repair replaced represented representative representatives "
    "republican rescue reserve resident residents resign resignation resolution respond "
    "responded responsibility responsible restaurant restrictions resulted retail retired "
    "retirement returning reveal reverse rich ride ring risks river roads rock roof root "
    "rose route row royal rural russian sad safely salary sat satellite saturday saving "
    "savings scandal scheduled scientists scored screen secondary secret secure seeking "
    "seized select selected senate senator sending sentenced separate september serving "
    "sessions settlement severe sex shape shared sharp shift ship ships shock shooting "
    "shop shops shortly shoulder sick sides sight signal signs silver sister sites "
    "sitting sixth skin sky slightly slow slowly smaller smart smith snow soft software "
    "soil solar soldier solution somebody somehow someone somewhere song songs sought "
    "soul south southern soviet speaker speech speed spirit split spoke spokesperson spot "
    "spread square stable stadium stake stance standing stands stars starts status steel "
    "stepped stocks stood storm straight strategic stream streets strength stress strikes "
    "strongly struck structure struggle studies style subsequently suburb suddenly "
    "suffering suggests suicide suit summit sunday super supported supporting suppose "
    "surgery surprise surprised surrounding survey survive survived suspect suspected "
    "suspects suspended sustainable sweet symbol tackle tactics taliban tank tanks tape "
    "targets taxpayers teams tears technical teenager telephone temperature temperatures "
    "temporary tension tensions terror terrorism terrorist terrorists testing text "
    "theatre theater therefore thinking thousands threatened threats thursday tight till "
    "tiny tired tobacco toll tone tools tourism tourist tourists tournament tower towns "
    "toxic trading tradition traditional trained transfer transport transportation "
    "treasury treated treaty trees trend trials tried troops truck trucks truly tuesday "
    "tunnel turning twelve twenty twice typically ultimately unable uncle understand "
    "understanding unemployment unfortunately unique units universities unknown unusual "
    "upcoming update upper urban urgent useful usual vaccine valley values van variety "
    "vast vehicle vehicles venue veteran veterans vice victim victory video videos views "
    "violent virus visa visible visited visitors visiting vital volume voluntary "
    "volunteers voted voting waiting wake walked walking warm warnings wars washington "
    "waste watched watching wave wealth weapon wednesday weekly welcome welfare west "
    "whilst wider widely wild wildlife willing window wine wing winner winners wire wise "
    "witness witnesses wood workforce workplace worldwide worried worry worst wounded "
    "write writer writing yard yards younger Almost Already Another Any Around Earlier "
    "Each Few Indeed Instead Later Like Much Neither Never None Not Nothing Often Or "
    "Others Perhaps Rather Someone Something Sometimes Soon Three Thus Together Twitter "
    "Unlike Very Would Yet May October Friday does makes American Americans America White "
    "Washington Center Justice states Britain British Europe China Russia India Africa US "
    "UK EU UN "
    "’s n’t ’re ’m ’ve ’ll ’d \" @ # * + 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 "
    "20 21 22 23 24 25 26 27 28 29 30 31 35 40 45 50 60 70 75 80 90 100 150 200 250 300 400 "
    "500 600 700 800 900 1,000 5,000 10,000 100,000 1950 1960 1970 1980 1989 1990 1991 1995 "
    "1998 1999 2000 2001 2002 2003 2004 2005 2006 2007 2008 2009 2010 2011 2012 2013 2014 "
    "2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 2025 2026 2027 2028 2030 1990s 2000s "
    "Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. Col. Lt. Sgt. Capt. Prof. St. Jr. Sr. Inc. Corp. "
    "Co. Ltd. U.S. U.K. U.N. E.U. a.m. p.m. No. vs. Jan. Feb. Aug. Sept. Oct. Nov. Dec. Mt. "
    "Ft. Ave. Gov Sen Rep Gen Jr St Inc Co Ltd Corp Mon Tue Wed Thu Fri Sat Sun am AM PM km "
    "kg mph GMT BST EST UTC All Several Former Top Senior Chief Foreign Deputy Vice Federal "
    "Supreme Royal Central Northern Southern Eastern Western Senator Governor Mayor Judge "
    "Officer Chairman Director Professor King Queen Prince Princess Pope Lord Sir Lady "
    "Captain Commander Army Navy Air Force Bank Group Company College School Hospital Church "
    "Road Avenue Square Park River Lake Mountain Island Bay Sea Ocean Valley District "
    "Province Region Republic Empire Ministry Agency Commission Office Service Services "
    "Association Institute Foundation Centre Museum Airport Station Stadium Hotel Club "
    "League Cup Championship Games Olympic Olympics World Asia Asian African Latin Middle "
    "Arab Arabic Muslim Muslims Christian Christians Jewish Islamic Catholic Soviet "
    "Communist Democratic Republican Republicans Democrat Democrats Conservative "
    "Conservatives Labour Liberal Green Greens Socialist Party's Parliament Assembly Cabinet "
    "Pentagon Kremlin Downing Whitehall Capitol Reuters AP AFP BBC CNN NBC CBS ABC Fox NPR "
    "PBS Bloomberg Associated Press Times Post Journal Guardian Telegraph Independent Daily "
    "News Herald Tribune Observer Economist Facebook Instagram YouTube Google Apple Amazon "
    "Microsoft Meta Tesla TikTok Netflix NATO FBI CIA NSA NASA WHO IMF OPEC UNESCO UNICEF "
    "USA UAE GDP CEO CFO COVID Covid COVID-19 AIDS HIV LGBT GOP ISIS IS Hamas Hezbollah "
    "Taliban al-Qaeda Afghanistan Albania Algeria Argentina Armenia Australia Austria "
    "Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Bulgaria Burma "
    "Cambodia Cameroon Canada Chad Chile Colombia Congo Croatia Cuba Cyprus Czech Denmark "
    "Ecuador Egypt Eritrea Estonia Ethiopia Finland France Georgia Germany Ghana Greece "
    "Guatemala Haiti Honduras Hungary Iceland Indonesia Iran Iraq Ireland Israel Italy "
    "Jamaica Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait Laos Latvia Lebanon Libya "
    "Lithuania Luxembourg Malaysia Mali Malta Mexico Moldova Mongolia Morocco Mozambique "
    "Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama "
    "Paraguay Peru Philippines Poland Portugal Qatar Romania Rwanda Saudi Arabia Scotland "
    "Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sri Lanka Sudan Sweden "
    "Switzerland Syria Taiwan Tanzania Thailand Tunisia Turkey Uganda Ukraine Uruguay "
    "Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe England Holland Afghan "
    "Australian Austrian Brazilian Canadian Chinese Cuban Dutch Egyptian English French "
    "German Greek Indian Iranian Iraqi Irish Israeli Italian Japanese Korean Mexican "
    "Pakistani Palestinian Palestinians Polish Russian Russians Scottish Spanish Swedish "
    "Swiss Syrian Turkish Ukrainian Ukrainians Venezuelan Welsh Kurdish Kurds Israelis "
    "Iranians Africans Europeans Asians Canadians Alabama Alaska Arizona Arkansas California "
    "Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa Kansas "
    "Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
    "Montana Nebraska Nevada Hampshire Jersey York Carolina Dakota Ohio Oklahoma Oregon "
    "Pennsylvania Rhode Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming London Paris "
    "Berlin Moscow Beijing Tokyo Delhi Mumbai Shanghai Hong Kong Sydney Melbourne Toronto "
    "Montreal Vancouver Chicago Boston Houston Dallas Atlanta Miami Seattle Denver Detroit "
    "Philadelphia Phoenix Angeles Los Francisco San Diego Las Vegas Orleans Baltimore "
    "Cleveland Manchester Liverpool Birmingham Glasgow Edinburgh Dublin Belfast Brussels "
    "Amsterdam Madrid Barcelona Rome Milan Vienna Geneva Zurich Stockholm Oslo Copenhagen "
    "Helsinki Warsaw Prague Budapest Athens Istanbul Ankara Kyiv Kiev Jerusalem Tel Aviv "
    "Gaza Cairo Baghdad Tehran Damascus Beirut Riyadh Dubai Doha Kabul Islamabad Karachi "
    "Dhaka Bangkok Jakarta Manila Seoul Pyongyang Taipei Nairobi Lagos Johannesburg Cape "
    "Town Sao Paulo Rio Buenos Aires Lima Bogota Caracas Havana Ottawa Canberra Wellington "
    "Brexit Westminster Manhattan Brooklyn Oxford Cambridge Harvard Yale Stanford Silicon "
    "Wall John James Robert Michael William David Richard Joseph Thomas Charles Christopher "
    "Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George "
    "Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen "
    "Larry Justin Scott Brandon Frank Benjamin Gregory Samuel Raymond Patrick Alexander Jack "
    "Dennis Jerry Tyler Aaron Jose Henry Adam Douglas Nathan Peter Zachary Kyle Walter "
    "Harold Jeremy Ethan Carl Keith Roger Gerald Terry Sean Arthur Austin Noah Lawrence "
    "Jesse Joe Bryan Billy Albert Dylan Bruce Willie Gabriel Alan Juan Logan Wayne Ralph Roy "
    "Eugene Randy Vincent Russell Louis Philip Bobby Johnny Bradley Mary Patricia Jennifer "
    "Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Betty Sandra "
    "Ashley Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie "
    "Rebecca Laura Sharon Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela "
    "Nicole Samantha Katherine Emma Ruth Christine Catherine Debra Rachel Carolyn Janet "
    "Maria Heather Diane Julie Joyce Victoria Kelly Christina Joan Evelyn Lauren Judith "
    "Olivia Martha Cheryl Megan Andrea Hannah Jacqueline Ann Jean Alice Kathryn Sophia Julia "
    "Grace Bill Bob Jim Mike Tom Dave Steve Chris Tony Nick Ben Sam Dan Matt Tim Jon Rob Ed "
    "Ted Al Kate Liz Sue Jane Anne Ali Mohammed Muhammad Ahmed Ahmad Hassan Hussein Omar "
    "Abdul Abdullah Mahmoud Khalid Ibrahim Yusuf Ivan Vladimir Sergei Igor Dmitry Xi Li Wang "
    "Zhang Chen Liu Kim Lee Singh Kumar Khan Smith Johnson Williams Brown Jones Garcia "
    "Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Taylor Moore "
    "Jackson Martin Thompson Harris Clark Lewis Robinson Walker Young Allen Wright Hill "
    "Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans "
    "Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey "
    "Bell Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders "
    "Myers Long Ross Foster Trump Biden Obama Clinton Bush Putin Merkel Macron Modi "
    "Netanyahu Erdogan Zelensky Sunak Starmer Pence Pelosi McConnell Schumer Warren Cruz "
    "Rubio acknowledged admitted answered replied commented criticized criticised welcomed "
    "condemned published sued banned invaded bombed decreased gained jumped surged slumped "
    "plunged soared climbed warn urge confirm insist acknowledge describe reply refuse "
    "threaten accuse criticize criticise praise condemn publish injure convict block "
    "decrease lend owe earn elect appoint retire negotiate let oppose defend manage develop "
    "involve require announces adds explains warns urges confirms insists argues admits "
    "describes asks answers replies responds declines refuses agrees promises threatens "
    "accuses criticizes praises welcomes condemns rejects approves launches opens closes "
    "begins ends appears reveals releases publishes sends receives gives keeps wins loses "
    "kills dies arrests bans blocks fires raises increases rises falls drops grows gains "
    "buys sells pays spends invests hires fights elects appoints resigns replaces joins "
    "visits meets discusses speaks tells writes reads believes expects tries seeks aims "
    "allows protects supports opposes defends prevents stops avoids faces manages controls "
    "owns runs builds creates develops produces serves involves requires follows turns "
    "brings carries reaches returns considers decides announcing reporting stating noting "
    "explaining urging denying confirming insisting arguing suggesting admitting describing "
    "answering replying responding declining refusing agreeing promising threatening "
    "accusing criticizing praising welcoming condemning rejecting approving signing "
    "launching continuing becoming seeming appearing revealing releasing publishing issuing "
    "keeping dying arresting charging banning blocking attacking firing striking hitting "
    "dropping gaining costing investing hiring electing appointing resigning replacing "
    "joining discussing telling believing hoping expecting aiming allowing protecting "
    "opposing defending preventing stopping avoiding controlling owning producing involving "
    "requiring carrying reaching considering deciding putting setting invested borrowed lent "
    "owed earned hired appointed resigned traveled travelled negotiated talked spoken hoped "
    "aimed protected prevented avoided handled managed controlled remembered chose chosen "
    "people's country's government's company's city's state's world's president's year's "
    "week's today's percentage deals sanctions sanction crises rallies candidates lawmaker "
    "bills regulation proposals agreements missile missiles bombs asylum hostages prosecutor "
    "investigations vaccines vaccination outbreak infection infections researchers coal "
    "emissions carbon environmental pollution farmers farming crops storms flooding drought "
    "wildfire wildfires earthquake winds hurricane industries employers unions millions "
    "billions euros yuan boys tech platforms app apps phones computer networks images posts "
    "tweet tweets messages emails month's fifth tens autumn seconds centuries";

/* Makes t's common words (t->tab.common and t->cgroups) from common_text.
 * They only save work: when memory runs out there are none, and BL_OK.
 * More distinct words than WCACHE_MAX is a mistake in common_text, not in
 * the model or the input: BL_ERR_LIMIT with detail in err, where silently
 * having none would only show as a slower tagger. */
static int common_build(struct bl_tagger *t, struct bl_error *err)
{
    struct bl_token *toks = NULL;
    size_t ntoks = 0;
    struct bl_sentence sent;
    struct ner_ctx c;
    struct sum_ctx s;
    struct ner_common *cm = NULL;
    int rc = BL_OK;

    memset(&c, 0, sizeof c);
    memset(&s, 0, sizeof s);
    memset(&sent, 0, sizeof sent);
    s.t = t;
    if (bl_tokenize(common_text, sizeof common_text - 1, &toks, &ntoks) != BL_OK || !ntoks)
        goto out;
    sent.tok_end = (uint32_t)ntoks;
    sent.start = toks[0].start;
    sent.end = toks[ntoks - 1].end;
    s.stat = malloc(ntoks * sizeof *s.stat);
    if (!s.stat ||
        ner_ctx_sum(&c, common_text, toks, ntoks, &sent, 1, NULL, &t->tab, s.stat) != BL_OK)
        goto out;
    if (c.nuniq > WCACHE_MAX) {
        rc = bl_fail(err, BL_ERR_LIMIT, BL_NONE,
                     "tagger: %zu common words, over WCACHE_MAX (%u): shorten common_text",
                     c.nuniq, WCACHE_MAX);
        goto out;
    }
    /* wcache_init sums every word's groups when they fit (direct) */
    if (ner_common_make(&c, &cm) != BL_OK || wcache_init(&s, &c) != BL_OK)
        goto out;
    t->cgroups = malloc(c.nuniq * sizeof *t->cgroups);
    if (!t->cgroups)
        goto out;
    memcpy(t->cgroups, s.wg, c.nuniq * sizeof *t->cgroups);
    (void)ner_common_pairs(cm, &t->tab); /* only saves work */
    t->common = cm;
    t->tab.common = cm;
    cm = NULL;
out:
    ner_common_free(cm);
    free(toks);
    free(s.stat);
    free(s.wg);
    free(s.wgp);
    free(s.tag);
    free(s.shapes);
    ner_ctx_free(&c);
    return rc;
}

/* The group sums of word id u (computed on a cache miss). The pointer is
 * valid until the next call. */
static inline const struct wgroups *groups_of(const struct sum_ctx *s, const struct ner_ctx *c,
                                              uint32_t u)
{
    uint32_t k;
    if (s->direct)
        return s->wgp[u];
    k = u & s->mask;
    if (s->tag[k] != u)
        groups_fill(s, c, k, u);
    return &s->wg[k];
}

static inline void add_row(struct ner_row *acc, const struct ner_row *w)
{
    acc->lo += w->lo;
    acc->hi += w->hi;
}

/* Adds to token i's static score row (of sentence [a, b)) its own word's
 * group and its neighbours', or the edge rows where it has none. */
static inline void add_groups_at(struct sum_ctx *s, const struct ner_ctx *c, size_t a, size_t b,
                                 size_t i)
{
    const struct bl_tagger *t = s->t;
    const uint32_t *u = c->uid;
    struct ner_row acc = s->stat[i]; /* a local: one load and store */
    if (s->direct) {
        const struct wgroups *const *wg = s->wgp;
        add_row(&acc, &wg[u[i]]->g[0]);
        add_row(&acc, i > a ? &wg[u[i - 1]]->g[1] : &t->edge[1]);
        add_row(&acc, i + 1 < b ? &wg[u[i + 1]]->g[2] : &t->edge[2]);
        add_row(&acc, i > a + 1 ? &wg[u[i - 2]]->g[3] : &t->edge[3]);
        add_row(&acc, i + 2 < b ? &wg[u[i + 2]]->g[4] : &t->edge[4]);
    } else {
        add_row(&acc, &groups_of(s, c, u[i])->g[0]);
        add_row(&acc, i > a ? &groups_of(s, c, u[i - 1])->g[1] : &t->edge[1]);
        add_row(&acc, i + 1 < b ? &groups_of(s, c, u[i + 1])->g[2] : &t->edge[2]);
        add_row(&acc, i > a + 1 ? &groups_of(s, c, u[i - 2])->g[3] : &t->edge[3]);
        add_row(&acc, i + 2 < b ? &groups_of(s, c, u[i + 2])->g[4] : &t->edge[4]);
    }
    s->stat[i] = acc;
}

/* Adds to every token's static score row (the rest of its static
 * features, from ner_ctx_sum) its own word's group and its neighbours'.
 * The tokens [i0, i1) of a sentence have all four neighbours (most of
 * them): with the sums at hand (direct) they need no edge tests. */
static void add_groups(struct sum_ctx *s, const struct ner_ctx *c)
{
    const uint32_t *u = c->uid;
    const struct wgroups *const *wg = s->wgp;
    size_t si, i;

    for (si = 0; si < c->nsents; si++) {
        size_t a = c->sents[si].tok_start, b = c->sents[si].tok_end;
        size_t i0 = a + 2 < b ? a + 2 : b, i1 = b >= a + 4 ? b - 2 : i0;
        for (i = a; i < i0; i++)
            add_groups_at(s, c, a, b, i);
        for (i = i0; i < i1 && s->direct; i++) {
            struct ner_row acc = s->stat[i];
            add_row(&acc, &wg[u[i]]->g[0]);
            add_row(&acc, &wg[u[i - 1]]->g[1]);
            add_row(&acc, &wg[u[i + 1]]->g[2]);
            add_row(&acc, &wg[u[i - 2]]->g[3]);
            add_row(&acc, &wg[u[i + 2]]->g[4]);
            s->stat[i] = acc;
        }
        for (; i < b; i++)
            add_groups_at(s, c, a, b, i);
    }
}

/* The label with the highest score among those allowed (ok: all bits set in
 * the lanes of allowed labels), the lowest label of equal scores, and O
 * (score 0) unless some allowed label scores above 0. */
static inline int best_label(const struct ner_row *sc, const struct ner_row *ok)
{
#if defined(__SSE2__)
    const __m128i lo_ok = (__m128i)ok->lo, hi_ok = (__m128i)ok->hi;
    const __m128i none = _mm_set1_epi32(INT32_MIN);
    __m128i lo = _mm_or_si128(_mm_and_si128((__m128i)sc->lo, lo_ok), _mm_andnot_si128(lo_ok, none));
    __m128i hi = _mm_or_si128(_mm_and_si128((__m128i)sc->hi, hi_ok), _mm_andnot_si128(hi_ok, none));
    __m128i m, gt;
    unsigned mask;
    /* most tokens: no allowed label above O */
    gt = _mm_or_si128(_mm_cmpgt_epi32(lo, _mm_setzero_si128()),
                      _mm_cmpgt_epi32(hi, _mm_setzero_si128()));
    if (!_mm_movemask_epi8(gt))
        return 0;
    gt = _mm_cmpgt_epi32(lo, hi);
    m = _mm_or_si128(_mm_and_si128(gt, lo), _mm_andnot_si128(gt, hi));
    gt = _mm_cmpgt_epi32(m, _mm_shuffle_epi32(m, _MM_SHUFFLE(1, 0, 3, 2)));
    m = _mm_or_si128(_mm_and_si128(gt, m),
                     _mm_andnot_si128(gt, _mm_shuffle_epi32(m, _MM_SHUFFLE(1, 0, 3, 2))));
    gt = _mm_cmpgt_epi32(m, _mm_shuffle_epi32(m, _MM_SHUFFLE(2, 3, 0, 1)));
    m = _mm_or_si128(_mm_and_si128(gt, m),
                     _mm_andnot_si128(gt, _mm_shuffle_epi32(m, _MM_SHUFFLE(2, 3, 0, 1))));
    if (_mm_cvtsi128_si32(m) <= 0)
        return 0;
    mask = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(lo, m))) |
           (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(hi, m))) << 4;
    return 1 + __builtin_ctz(mask);
#else
    int l, best = 0;
    int32_t best_sc = 0;
    for (l = 1; l < NER_NCLASS; l++) {
        int32_t v = l <= 4 ? sc->lo[l - 1] : sc->hi[l - 5];
        int32_t k = l <= 4 ? ok->lo[l - 1] : ok->hi[l - 5];
        if (k && v > best_sc) {
            best = l;
            best_sc = v;
        }
    }
    return best;
#endif
}

/* best_label after O or at a sentence start, where only O and the B-
 * labels (1, 3, 5, 7: lanes 0 and 2 of lo and hi) may come: those four
 * lanes gathered, one max fewer. */
static inline int best_b_label(const struct ner_row *sc)
{
#if defined(__SSE2__)
    __m128i v = _mm_castps_si128(_mm_shuffle_ps(_mm_castsi128_ps((__m128i)sc->lo),
                                                _mm_castsi128_ps((__m128i)sc->hi),
                                                _MM_SHUFFLE(2, 0, 2, 0)));
    __m128i m, s, gt;
    /* most tokens: no B- label above O */
    if (!_mm_movemask_epi8(_mm_cmpgt_epi32(v, _mm_setzero_si128())))
        return 0;
    s = _mm_shuffle_epi32(v, _MM_SHUFFLE(1, 0, 3, 2));
    gt = _mm_cmpgt_epi32(v, s);
    m = _mm_or_si128(_mm_and_si128(gt, v), _mm_andnot_si128(gt, s));
    s = _mm_shuffle_epi32(m, _MM_SHUFFLE(2, 3, 0, 1));
    gt = _mm_cmpgt_epi32(m, s);
    m = _mm_or_si128(_mm_and_si128(gt, m), _mm_andnot_si128(gt, s));
    if (_mm_cvtsi128_si32(m) <= 0)
        return 0;
    return 1 +
           2 * __builtin_ctz((unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(v, m))));
#else
    int l, best = 0;
    int32_t best_sc = 0;
    for (l = 1; l < NER_NCLASS; l += 2) {
        int32_t v = l <= 4 ? sc->lo[l - 1] : sc->hi[l - 5];
        if (v > best_sc) {
            best = l;
            best_sc = v;
        }
    }
    return best;
#endif
}

/* Greedy left-to-right decoding of every sentence over the static scores
 * plus the features of earlier labels and of the first pass (docbits and
 * its labels first, both NULL in the first pass). Scores are relative to O
 * (lane l - 1 is label l). In the second pass a token with no document
 * features whose two previous labels are what they were in the first pass
 * scores as it did then, so it keeps its first-pass label. */
static void decode(const struct bl_tagger *t, const struct ner_ctx *c, const struct sum_ctx *s,
                   const uint32_t *docbits, const uint8_t *first, uint8_t *labels)
{
    uint64_t dh[NER_MAX_DYN];
    uint16_t ds[NER_MAX_DYN];
    size_t si, i;

    for (si = 0; si < c->nsents; si++) {
        size_t a = c->sents[si].tok_start, b = c->sents[si].tok_end;
        /* second pass: how many of the next tokens have a label before
         * them (at i - 1 or i - 2) that differs from the first pass's */
        unsigned differ = 0;
        for (i = a; i < b; i++) {
            struct ner_row sc;
            int prev;
            if (first) {
                if (!docbits[i] && !differ) {
                    labels[i] = first[i];
                    continue;
                }
                if (differ)
                    differ--;
            }
            prev = i > a ? labels[i - 1] : NER_BOS;
            if (prev == 0 && (!docbits || !docbits[i])) {
                /* after O and without document features, ner_dyn_put
                 * gives the label pair's two small features alone (the
                 * word's are in its group NER_G_AFTER_O) */
                sc = s->stat[i];
                add_row(&sc, &t->lab[i > a + 1 ? labels[i - 2] : NER_BOS]);
            } else {
                struct ner_feats f = {dh, ds, 0, 0};
                ner_dyn_put(c, i, a, labels, docbits, 1, &f);
                sc = sum_feats(t, &f, s->stat[i]);
            }
            if (prev == 0)
                add_row(&sc, &groups_of(s, c, c->uid[i])->g[NER_G_AFTER_O]);
            labels[i] = (uint8_t)(prev == 0 || prev == NER_BOS ? best_b_label(&sc)
                                                               : best_label(&sc, &t->allow[prev]));
            if (first && labels[i] != first[i])
                differ = 2;
        }
    }
}

/* True for the lower-case particles inside personal names (Ursula von der
 * Leyen, Ludwig van Beethoven, Mohammed bin Salman). */
static int name_particle(const char *text, const struct bl_token *t)
{
    static const uint32_t words[] = {
        NER_PACK('v', 'o', 'n', 3), NER_PACK('v', 'a', 'n', 3), NER_PACK('d', 'e', 'r', 3),
        NER_PACK('d', 'e', 'n', 3), NER_PACK('d', 'e', 0, 2),   NER_PACK('l', 'a', 0, 2),
        NER_PACK('l', 'e', 0, 2),   NER_PACK('d', 'u', 0, 2),   NER_PACK('d', 'a', 0, 2),
        NER_PACK('d', 'e', 'l', 3), NER_PACK('d', 'i', 0, 2),   NER_PACK('b', 'i', 'n', 3),
        NER_PACK('a', 'l', 0, 2),   NER_PACK('i', 'b', 'n', 3)};
    uint32_t v = ner_pack_short(text, t);
    size_t k;
    if (!v)
        return 0;
    for (k = 0; k < sizeof words / sizeof words[0]; k++)
        if (words[k] == v)
            return 1;
    return 0;
}

/* The first index from i on (below n) whose label is not O, or n. Most
 * labels are O: eight at a time are looked at while they all are. */
static size_t next_labelled(const uint8_t *labels, size_t i, size_t n)
{
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, labels + i, sizeof v);
        if (v)
            break;
    }
    while (i < n && !labels[i])
        i++;
    return i;
}

/* A person name the tagger split at its particles (PER, one or two
 * particles tagged O, PER) becomes one name. */
static void join_particles(const struct ner_ctx *c, uint8_t *labels)
{
    const int bper = NER_B(BL_ENT_PERSON), iper = NER_I(BL_ENT_PERSON);
    size_t i, k, n = c->ntoks;
    for (i = next_labelled(labels, 0, n); i + 2 < n; i = next_labelled(labels, i + 1, n)) {
        if (labels[i] != bper && labels[i] != iper)
            continue;
        for (k = i + 1; k < n && k <= i + 2; k++)
            if (labels[k] != 0 || (c->ti[k].flags & NER_TI_FIRST) ||
                !name_particle(c->text, &c->toks[k]))
                break;
        if (k == i + 1 || k >= n || labels[k] != bper || (c->ti[k].flags & NER_TI_FIRST))
            continue;
        for (; i + 1 <= k; i++)
            labels[i + 1] = (uint8_t)iper;
        i = k - 1;
    }
}

/* A title at the front of a person name is not part of it (CoNLL leaves
 * "Mayor" of "Mayor Ruiz" outside): the name starts after it. */
static void drop_titles(const struct ner_ctx *c, const bl_gazetteer *gz, uint8_t *labels)
{
    const int bper = NER_B(BL_ENT_PERSON), iper = NER_I(BL_ENT_PERSON);
    size_t i, n = c->ntoks;
    if (!gz)
        return;
    for (i = next_labelled(labels, 0, n); i + 1 < n; i = next_labelled(labels, i + 1, n)) {
        const struct bl_token *tk = &c->toks[i];
        if (labels[i] != bper || labels[i + 1] != iper)
            continue;
        if (bl_gazetteer_classes(gz, c->text + tk->start, tk->end - tk->start) & BL_GZ_TITLE) {
            labels[i] = 0;
            labels[i + 1] = (uint8_t)bper;
        }
    }
}

int ner_tag(const bl_tagger *t, const bl_gazetteer *gz, const struct bl_doc *d, struct ner_ctx *c,
            uint8_t *labels)
{
    struct sum_ctx sc;
    const size_t n = d->ntoks ? d->ntoks : 1;
    uint8_t *first = NULL;
    uint32_t *docbits = NULL;
    int rc;

    memset(c, 0, sizeof *c);
    memset(labels, 0, d->ntoks);
    sc.t = t;
    sc.stat = malloc(n * sizeof *sc.stat);
    sc.wg = NULL;
    sc.wgp = NULL;
    sc.tag = NULL;
    sc.shapes = NULL;
    sc.mask = 0;
    sc.direct = 0;
    if (!sc.stat)
        return BL_ERR_NOMEM;
    rc = ner_ctx_sum(c, d->text, d->toks, d->ntoks, d->sents, d->nsents, gz, &t->tab, sc.stat);
    if (rc != BL_OK)
        goto out;
    rc = BL_ERR_NOMEM;
    /* first-pass labels, then the second pass's (tokens outside every
     * sentence stay O in both) */
    first = calloc(n, 1);
    docbits = malloc(n * sizeof *docbits);
    if (!first || !docbits)
        goto out;
    if (wcache_init(&sc, c) != BL_OK)
        goto out;
    add_groups(&sc, c);
    decode(t, c, &sc, NULL, NULL, first);
    if (ner_doc_bits(c, first, docbits) != BL_OK)
        goto out;
    decode(t, c, &sc, docbits, first, labels);
    rc = BL_OK;
out:
    free(sc.stat);
    free(sc.wg);
    free(sc.wgp);
    free(sc.tag);
    free(sc.shapes);
    free(first);
    free(docbits);
    return rc;
}

/* Gives d what the tagger learnt of single tokens, taken from c, so that
 * later stages need not ask again: the gazetteer classes of word tokens
 * (d->tok_gz, only when it asked of every word token) and the spelling
 * numbers (d->tok_word). */
static void keep_token_facts(struct ner_ctx *c, const bl_gazetteer *gz, struct bl_doc *d)
{
    if (!d->ntoks)
        return;
    if (gz && c->g1 && !c->nloose) {
        d->tok_gz = c->g1;
        d->tok_gz_src = gz;
        c->g1 = NULL;
    }
    if (c->uid) {
        d->tok_word = c->uid;
        d->nwords = c->nuniq;
        c->uid = NULL;
    }
}

int bl_tagger_run(const bl_tagger *t, const bl_gazetteer *gz, struct bl_doc *d)
{
    struct ner_ctx c;
    uint8_t *labels = NULL;
    struct bl_entity *ents = NULL;
    size_t n, i, ne = 0, cap = 0;
    int rc;

    if (!t || !d)
        return BL_ERR_ARG;
    free(d->ents);
    d->ents = NULL;
    d->nents = 0;
    free(d->tok_gz);
    free(d->tok_word);
    d->tok_gz = NULL;
    d->tok_gz_src = NULL;
    d->tok_word = NULL;
    d->nwords = 0;
    n = d->ntoks;
    memset(&c, 0, sizeof c);
    labels = malloc(n ? n : 1);
    if (!labels)
        return BL_ERR_NOMEM;
    rc = ner_tag(t, gz, d, &c, labels);
    if (rc != BL_OK)
        goto out;
    rc = BL_ERR_NOMEM;
    join_particles(&c, labels);
    drop_titles(&c, gz, labels);
    for (i = next_labelled(labels, 0, n); i < n; i = next_labelled(labels, i + 1, n)) {
        size_t j;
        struct bl_entity *e;
        j = i + 1;
        while (j < n && labels[j] == NER_I(NER_TYPE(labels[i])))
            j++;
        if (bl_grow((void **)&ents, &cap, ne + 1, sizeof *ents) != BL_OK)
            goto out;
        e = &ents[ne++];
        e->span.start = d->toks[i].start;
        e->span.end = d->toks[j - 1].end;
        e->type = NER_TYPE(labels[i]);
        e->actor = -1;
        e->location = -1;
        i = j - 1;
    }
    d->ents = ents;
    d->nents = ne;
    ents = NULL;
    keep_token_facts(&c, gz, d);
    rc = BL_OK;
out:
    free(ents);
    free(labels);
    ner_ctx_free(&c);
    return rc;
}
