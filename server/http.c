/* http.c -- the libmicrohttpd glue: accept requests, collect bodies within
 * the configured limit, hand a struct bl_request to the route's handler, send
 * its response with CORS headers, and drain on SIGINT/SIGTERM.
 *
 * Analysis does not run on libmicrohttpd's socket threads. A complete POST is
 * suspended and put on one shared queue that the worker threads take from, so
 * a request waits only for the next free worker, never behind a long article
 * that happens to share its socket thread; the worker resumes the connection
 * and the socket thread sends the answer. */
#define _GNU_SOURCE /* pthread_setaffinity_np, CPU_SET */
#include "bl_server.h"
#include "json_out.h"

#include <microhttpd.h>

#include <arpa/inet.h>
#include <errno.h>
#include <malloc.h>
#include <netdb.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_ARGS 16
#define DRAIN_SECONDS 30
#define FIRST_BODY_MAX (1u << 20) /* most bytes allocated for a body before any arrive */
#define KEEP_BODY (16u << 10)      /* largest body buffer a connection keeps between requests */

struct server;

/* One piece of analysis for a worker: run() fills its owner's answer; then
 * the worker resumes the suspended connection. */
struct job {
    void (*run)(struct server *srv, struct job *j);
    struct MHD_Connection *mc;
    struct job *next;
    size_t cost;            /* bytes to analyse; SIZE_MAX when not known */
    bool queued;            /* handed to the workers (socket thread's view) */
    atomic_bool done;       /* run() has finished */
};

/* The analysis queue: first in, first out, shared by all workers. */
struct pool {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    struct job *head, *tail;
    struct job *done;       /* finished, not yet resumed (see worker) */
    size_t ndone;
    uint64_t done_since;    /* ns: when the oldest of them finished */
    double ns_per_byte;     /* recent analysis time per byte of article */
    size_t resume_batch;    /* most finished jobs resumed together */
    size_t hold_bytes;      /* a worker holds answers back only over jobs this small */
    uint64_t hold_ns;       /* and only while the oldest has waited less than this */
    bool stop;
    pthread_t *tids;
    size_t n;
};

struct server {
    const struct bl_config *cfg;
    const struct bl_app *app;
    struct bl_metrics *metrics;
    atomic_int in_flight;
    struct pool pool;
};

/* Per-request state, hung off MHD's per-request pointer. It belongs to the
 * connection (MHD's socket context): made when the connection opens, reset
 * after each request and freed when it closes, so a keep-alive client's
 * requests reuse it and its body buffer rather than allocate both anew. */
struct conn {
    const struct bl_route *route;
    char *body;
    size_t len, cap;
    size_t declared;        /* Content-Length within the limit (first allocation), else 0 */
    bool too_large;
    bool too_many_args;
    struct bl_arg args[MAX_ARGS];
    size_t nargs;
    int status;
    size_t bytes_out;
    bool retry_after;       /* answer carries Retry-After (overload) */
    bool counted;           /* counted in in_flight */
    struct job job;         /* the analysis, when queued */
    struct bl_request req;
    struct bl_response resp;
    struct timespec t0;
    char method[16];
    char path[256];
};

/* Ready cn for the connection's next request. A body buffer up to
 * KEEP_BODY bytes stays for it; a bigger one is freed. */
static void conn_reset(struct conn *cn)
{
    char *body = cn->body;
    size_t cap = cn->cap;

    if (cap > KEEP_BODY) {
        free(body);
        body = NULL;
        cap = 0;
    }
    memset(cn, 0, offsetof(struct conn, method));
    cn->method[0] = cn->path[0] = '\0';
    cn->body = body;
    cn->cap = cap;
}

/* src into dst[cap], cut to cap - 1 bytes (what snprintf "%s" writes, for
 * less). */
static void copy_cut(char *dst, size_t cap, const char *src)
{
    size_t n = strnlen(src, cap - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static double ms_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

void bl_log(const char *level, const char *msg, json_t *extra)
{
    char ts[64];
    struct timespec now;
    struct tm tm;
    json_t *line;
    char *s;

    clock_gettime(CLOCK_REALTIME, &now);
    gmtime_r(&now.tv_sec, &tm);
    snprintf(ts, sizeof ts, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900,
             tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, now.tv_nsec / 1000000);
    line = json_pack("{s:s,s:s,s:s}", "ts", ts, "level", level, "msg", msg);
    if (line && extra)
        json_object_update(line, extra);
    json_decref(extra);
    s = line ? json_dumps(line, JSON_COMPACT | JSON_REAL_PRECISION(6)) : NULL;
    json_decref(line);
    if (s) {
        fprintf(stderr, "%s\n", s);
        free(s);
    }
}

/* ISO 8601 UTC with milliseconds, "2026-01-31T12:00:00.000Z", into ts:
 * what bl_log's snprintf writes, digit by digit. */
static void put_ts(char ts[64])
{
    struct timespec now;
    struct tm tm;
    int v[6], width[6] = { 4, 2, 2, 2, 2, 2 };
    const char sep[6] = { '-', '-', 'T', ':', ':', '.' };
    char *p = ts;
    long ms;

    clock_gettime(CLOCK_REALTIME, &now);
    gmtime_r(&now.tv_sec, &tm);
    ms = now.tv_nsec / 1000000;
    v[0] = tm.tm_year + 1900;
    v[1] = tm.tm_mon + 1;
    v[2] = tm.tm_mday;
    v[3] = tm.tm_hour;
    v[4] = tm.tm_min;
    v[5] = tm.tm_sec;
    if (v[0] < 0 || v[0] > 9999) { /* not four digits: leave it to printf */
        snprintf(ts, 64, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", v[0], v[1], v[2], v[3], v[4],
                 v[5], ms);
        return;
    }
    for (int i = 0; i < 6; i++) {
        for (int k = width[i] - 1, x = v[i]; k >= 0; k--, x /= 10)
            p[k] = (char)('0' + x % 10);
        p += width[i];
        *p++ = sep[i];
    }
    p[0] = (char)('0' + ms / 100);
    p[1] = (char)('0' + ms / 10 % 10);
    p[2] = (char)('0' + ms % 10);
    p[3] = 'Z';
    p[4] = '\0';
}

/* The access log line of a request: bl_log("info", "request", ...) with the
 * same members in the same order, written with the reply's JSON writer
 * rather than packed into a Jansson object and dumped (which cost about as
 * many instructions as everything else a request does outside the
 * analysis). A method or path that is not valid UTF-8 takes bl_log's way. */
static void log_request(const struct conn *cn, double ms, bool completed)
{
    struct bl_jout w;
    char ts[64], *s;
    size_t n;

    put_ts(ts);
    bl_jout_init(&w, 0);
    bl_jout_reserve(&w, 160 + strlen(cn->path));
    bl_jout_open_object(&w);
    BL_JOUT_KEY(&w, "ts");
    bl_jout_string(&w, ts);
    BL_JOUT_KEY(&w, "level");
    bl_jout_string_plain(&w, "info", 4);
    BL_JOUT_KEY(&w, "msg");
    bl_jout_string_plain(&w, "request", 7);
    BL_JOUT_KEY(&w, "method");
    bl_jout_string(&w, cn->method);
    BL_JOUT_KEY(&w, "path");
    bl_jout_string(&w, cn->path);
    bl_jout_key_integer(&w, BL_JOUT_QUOTED("status"), cn->status);
    bl_jout_key_integer(&w, BL_JOUT_QUOTED("bytes_in"), (json_int_t)cn->len);
    bl_jout_key_integer(&w, BL_JOUT_QUOTED("bytes_out"), (json_int_t)cn->bytes_out);
    BL_JOUT_KEY(&w, "ms");
    bl_jout_real_precision(&w, ms, 6);
    BL_JOUT_KEY(&w, "completed");
    bl_jout_bool(&w, completed);
    bl_jout_close_object(&w);
    s = bl_jout_finish(&w, &n);
    if (!s) {
        bl_log("info", "request",
               json_pack("{s:s,s:s,s:i,s:I,s:I,s:f,s:b}", "method", cn->method, "path", cn->path,
                         "status", cn->status, "bytes_in", (json_int_t)cn->len, "bytes_out",
                         (json_int_t)cn->bytes_out, "ms", ms, "completed", completed));
        return;
    }
    /* the line and its newline in one write(2), without stdio's formatting
     * (bl_jout_finish leaves room for a NUL at s[n]) */
    s[n++] = '\n';
    for (size_t off = 0; off < n;) {
        ssize_t k = write(STDERR_FILENO, s + off, n - off);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            break;
        off += (size_t)k;
    }
    free(s);
}

static void mhd_logger(void *cls, const char *fmt, va_list ap)
{
    char buf[512];
    size_t n;

    (void)cls;
    vsnprintf(buf, sizeof buf, fmt, ap);
    n = strlen(buf);
    while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
        buf[--n] = '\0';
    bl_log("warn", buf, json_pack("{s:s}", "source", "libmicrohttpd"));
}

static enum MHD_Result collect_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                                   const char *value)
{
    struct conn *cn = cls;
    (void)kind;
    if (cn->nargs == MAX_ARGS) {
        cn->too_many_args = true;
        return MHD_NO;
    }
    cn->args[cn->nargs].key = key;
    cn->args[cn->nargs].value = value;
    cn->nargs++;
    return MHD_YES;
}

/* The allowed origin to echo back, or NULL when the request has no Origin or
 * it is not allowed. */
static const char *cors_origin(const struct bl_config *cfg, struct MHD_Connection *c)
{
    const char *origin = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Origin");
    if (!origin)
        return NULL;
    for (size_t i = 0; i < cfg->norigins; i++) {
        if (strcmp(cfg->origins[i], "*") == 0)
            return "*";
        if (strcasecmp(cfg->origins[i], origin) == 0)
            return origin;
    }
    return NULL;
}

/* Add the headers every answer carries (type, no-store, Retry-After, Allow,
 * CORS) to mr and queue it; mr is consumed. */
static enum MHD_Result queue(struct server *srv, struct MHD_Connection *c, struct conn *cn,
                             struct MHD_Response *mr, int status, const char *type,
                             const char *allow, bool preflight)
{
    const char *origin = cors_origin(srv->cfg, c);
    enum MHD_Result ret;

    if (type)
        MHD_add_response_header(mr, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    MHD_add_response_header(mr, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    if (cn->retry_after)
        MHD_add_response_header(mr, MHD_HTTP_HEADER_RETRY_AFTER, "1");
    if (allow)
        MHD_add_response_header(mr, MHD_HTTP_HEADER_ALLOW, allow);
    if (origin) {
        MHD_add_response_header(mr, "Access-Control-Allow-Origin", origin);
        if (strcmp(origin, "*") != 0)
            MHD_add_response_header(mr, MHD_HTTP_HEADER_VARY, "Origin");
        if (preflight) {
            MHD_add_response_header(mr, "Access-Control-Allow-Methods", allow ? allow : "");
            MHD_add_response_header(mr, "Access-Control-Allow-Headers", "Content-Type");
            MHD_add_response_header(mr, "Access-Control-Max-Age", "600");
        }
    }
    cn->status = status;
    ret = MHD_queue_response(c, (unsigned)status, mr);
    MHD_destroy_response(mr);
    return ret;
}

/* Send a handler's response; its body passes to MHD. */
static enum MHD_Result reply(struct server *srv, struct MHD_Connection *c, struct conn *cn,
                            struct bl_response *r, bool preflight)
{
    struct MHD_Response *mr;

    mr = MHD_create_response_from_buffer(r->body_len, r->body, MHD_RESPMEM_MUST_FREE);
    if (!mr) {
        bl_response_free(r);
        return MHD_NO;
    }
    r->body = NULL; /* MHD owns it now */
    if (r->documents)
        bl_metrics_stages(srv->metrics, r->stage_ns);
    cn->bytes_out = r->body_len;
    return queue(srv, c, cn, mr, r->status, r->content_type, r->allow, preflight);
}

static enum MHD_Result send_error(struct server *srv, struct MHD_Connection *c, struct conn *cn,
                                  int status, const char *code, const char *msg,
                                  const char *allow)
{
    struct bl_response r = { 0 };
    bl_error_response(&r, status, code, "%s", msg);
    r.allow = allow;
    return reply(srv, c, cn, &r, false);
}

static bool method_is(const char *m, const char *want)
{
    return strcmp(m, want) == 0;
}

static size_t body_limit(const struct server *srv, const struct conn *cn)
{
    return cn->route && (cn->route->flags & BL_ROUTE_BATCH) ? srv->cfg->max_batch_body
                                                             : srv->cfg->max_body;
}

/* ---- the worker pool ---------------------------------------------------- */

/* Resume the connections of a list of finished jobs. */
static void resume_all(struct job *j)
{
    while (j) {
        struct job *next = j->next;
        struct MHD_Connection *mc = j->mc;
        atomic_store_explicit(&j->done, true, memory_order_release);
        /* j belongs to the socket thread again from here on. */
        MHD_resume_connection(mc);
        j = next;
    }
}

/* Suspend the job's connection and queue the job. Must be called from an MHD
 * callback of that connection. Suspending first matters: a worker may resume
 * the moment the job is queued. Fails (connection not suspended) once the
 * pool is stopping.
 *
 * The socket thread is awake here anyway, so it takes the finished answers
 * the workers are holding back (see worker) and resumes them itself: they go
 * out on this wake rather than wake the thread again later. */
static int pool_submit(struct pool *p, struct job *j)
{
    struct job *wake;

    pthread_mutex_lock(&p->mu);
    if (p->stop) {
        pthread_mutex_unlock(&p->mu);
        return -1;
    }
    j->next = NULL;
    j->queued = true;
    atomic_store_explicit(&j->done, false, memory_order_relaxed);
    MHD_suspend_connection(j->mc);
    if (p->tail)
        p->tail->next = j;
    else
        p->head = j;
    p->tail = j;
    pthread_cond_signal(&p->cv);
    wake = p->done;
    p->done = NULL;
    p->ndone = 0;
    pthread_mutex_unlock(&p->mu);
    resume_all(wake);
    return 0;
}

/* Back on the socket thread after a resume: true once the job has run (and
 * it is no longer queued). */
static bool job_finished(struct job *j)
{
    if (!atomic_load_explicit(&j->done, memory_order_acquire))
        return false;
    j->queued = false;
    return true;
}

static uint64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* Whether the finished answers on the done list may wait for the job at the
 * head of the queue (called with the lock held, the list not empty). */
static bool may_hold(const struct pool *p, uint64_t now)
{
    const struct job *next = p->head;
    uint64_t waited;

    if (!next || p->ndone >= p->resume_batch || next->cost > p->hold_bytes)
        return false;
    waited = now > p->done_since ? now - p->done_since : 0;
    return waited + (uint64_t)((double)next->cost * p->ns_per_byte) <= p->hold_ns;
}

/* A worker: take the oldest job, run it, resume its connection. After stop
 * it still empties the queue, so no suspended connection is left behind.
 *
 * Every resume writes libmicrohttpd's wake-up descriptor, and a socket
 * thread woken for one answer goes back to sleep after sending it, taking a
 * core from a worker each time. So finished answers may wait on the done
 * list and go out together, but only while more work is queued, fewer than
 * resume_batch are waiting, the next article is at most hold_bytes, and the
 * oldest answer will have waited at most hold_ns once that article is done
 * (judged from the recent time per byte): an answer never waits behind a
 * long article, nor when no work is queued. The socket thread takes the
 * held answers sooner when it queues a request (see pool_submit). */
static void *worker(void *arg)
{
    struct server *srv = arg;
    struct pool *p = &srv->pool;
    struct job *finished = NULL;
    uint64_t t0 = 0, t1 = 0;

    for (;;) {
        struct job *j, *wake = NULL;
        pthread_mutex_lock(&p->mu);
        if (finished) {
            if (finished->cost && finished->cost != SIZE_MAX) {
                double v = (double)(t1 - t0) / (double)finished->cost;
                p->ns_per_byte += (v - p->ns_per_byte) / 8;
            }
            if (!p->done)
                p->done_since = t1;
            finished->next = p->done;
            p->done = finished;
            p->ndone++;
            finished = NULL;
        }
        if (p->done && !may_hold(p, t1 ? t1 : now_ns())) {
            wake = p->done;
            p->done = NULL;
            p->ndone = 0;
            pthread_mutex_unlock(&p->mu);
            resume_all(wake);
            pthread_mutex_lock(&p->mu);
        }
        while (!p->head && !p->stop)
            pthread_cond_wait(&p->cv, &p->mu);
        j = p->head;
        if (j) {
            p->head = j->next;
            if (!p->head)
                p->tail = NULL;
        }
        pthread_mutex_unlock(&p->mu);
        if (!j)
            return NULL;
        t0 = now_ns();
        j->run(srv, j);
        t1 = now_ns();
        finished = j;
    }
}

#define CONTAINER_OF(ptr, type, member) ((type *)(void *)((char *)(ptr) - offsetof(type, member)))

/* ---- /v1/batch: NDJSON in, one output line per input line, streamed ---- */

struct batch {
    struct server *srv;
    char *body;             /* the request body, owned */
    size_t len, pos, lineno;
    char *out;              /* current output line with its newline */
    size_t out_len, out_pos;
    size_t sent;            /* bytes streamed so far, for /metrics */
    unsigned parts;
    bool failed;            /* the worker could not make the line */
    struct job job;         /* making the next line */
};

static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return false;
    return true;
}

static size_t count_docs(const char *s, size_t len)
{
    size_t n = 0, pos = 0;
    while (pos < len) {
        const char *nl = memchr(s + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - s) : len;
        n += !blank(s + pos, end - pos);
        pos = end + 1;
    }
    return n;
}

/* Worker side: the next output line (skipping blank input lines), or none at
 * the end of the body. */
static void batch_next(struct server *srv, struct job *j)
{
    struct batch *b = CONTAINER_OF(j, struct batch, job);

    while (b->pos < b->len) {
        const char *nl = memchr(b->body + b->pos, '\n', b->len - b->pos);
        size_t end = nl ? (size_t)(nl - b->body) : b->len, slen;
        uint64_t stage_ns[BL_NSTAGES] = { 0 };
        int status;
        char *s;

        b->lineno++;
        if (blank(b->body + b->pos, end - b->pos)) {
            b->pos = end + 1;
            continue;
        }
        s = bl_batch_line(srv->app, b->body + b->pos, end - b->pos, b->lineno, b->parts,
                          stage_ns, &status);
        b->pos = end + 1;
        if (!s) {
            b->failed = true;
            return;
        }
        if (status == 200)
            bl_metrics_stages(srv->metrics, stage_ns);
        slen = strlen(s);
        b->out = realloc(s, slen + 2);
        if (!b->out) {
            free(s);
            b->failed = true;
            return;
        }
        b->out[slen] = '\n';
        b->out_len = slen + 1;
        return;
    }
}

/* Socket side: hand out the current line; when it is used up, suspend and
 * let a worker make the next one (returning 0 while suspended). */
static ssize_t batch_read(void *cls, uint64_t offset, char *buf, size_t max)
{
    struct batch *b = cls;
    size_t n;

    (void)offset;
    if (b->job.queued && !job_finished(&b->job))
        return 0;
    if (b->failed)
        return MHD_CONTENT_READER_END_WITH_ERROR;
    if (b->out_pos == b->out_len) {
        free(b->out);
        b->out = NULL;
        b->out_len = b->out_pos = 0;
        if (b->pos >= b->len)
            return MHD_CONTENT_READER_END_OF_STREAM;
        if (pool_submit(&b->srv->pool, &b->job) != 0)
            return MHD_CONTENT_READER_END_WITH_ERROR;
        return 0;
    }
    n = b->out_len - b->out_pos;
    if (n > max)
        n = max;
    memcpy(buf, b->out + b->out_pos, n);
    b->out_pos += n;
    b->sent += n;
    return (ssize_t)n;
}

static void batch_free(void *cls)
{
    struct batch *b = cls;
    bl_metrics_sent(b->srv->metrics, b->sent);
    free(b->out);
    free(b->body);
    free(b);
}

static bool ndjson_type(const char *ct)
{
    static const char *const ok[] = { "application/x-ndjson", "application/ndjson",
                                      "application/jsonl", "application/x-jsonlines" };
    size_t n;
    if (!ct)
        return false;
    n = strcspn(ct, "; \t");
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (strlen(ok[i]) == n && strncasecmp(ct, ok[i], n) == 0)
            return true;
    return false;
}

static enum MHD_Result serve_batch(struct server *srv, struct MHD_Connection *c, struct conn *cn)
{
    const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    struct MHD_Response *mr;
    struct batch *b;
    size_t docs;
    char msg[160];

    if (!ndjson_type(ct))
        return send_error(srv, c, cn, 415, "unsupported_media_type",
                          "send Content-Type: application/x-ndjson, one {\"id\", \"text\"} per line",
                          NULL);
    docs = count_docs(cn->body ? cn->body : "", cn->len);
    if (docs > srv->cfg->max_batch_docs) {
        snprintf(msg, sizeof msg, "%zu documents, over the limit of %u per batch", docs,
                 srv->cfg->max_batch_docs);
        return send_error(srv, c, cn, 413, "too_many_documents", msg, NULL);
    }
    b = calloc(1, sizeof *b);
    if (!b)
        return send_error(srv, c, cn, 503, "out_of_memory", "out of memory", NULL);
    b->srv = srv;
    b->body = cn->body;
    b->len = cn->len;
    b->parts = cn->route->parts;
    b->job.run = batch_next;
    b->job.mc = c;
    b->job.cost = SIZE_MAX;
    cn->body = NULL;
    cn->cap = 0;
    mr = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 16384, batch_read, b, batch_free);
    if (!mr) {
        batch_free(b);
        return MHD_NO;
    }
    return queue(srv, c, cn, mr, 200, "application/x-ndjson", NULL, false);
}

static enum MHD_Result serve_metrics(struct server *srv, struct MHD_Connection *c, struct conn *cn)
{
    struct bl_response r = { 0 };
    r.body = bl_metrics_render(srv->metrics, atomic_load(&srv->in_flight), &r.body_len);
    if (!r.body)
        return send_error(srv, c, cn, 503, "out_of_memory", "out of memory", NULL);
    r.status = 200;
    r.content_type = "text/plain; version=0.0.4; charset=utf-8";
    return reply(srv, c, cn, &r, false);
}

/* --pin-workers: pin worker i to the i-th CPU this process may run on
 * (round robin). Left to the scheduler on a machine shared with busy
 * processes, the workers were often placed together on one core, so queued
 * articles waited while the process had a core with no analysis on it
 * (open-loop p99 many times higher, see README). Only when the workers cover
 * every allowed CPU: fewer workers pinned would all sit on the first CPUs,
 * as would those of every other bylined on the host. Only an optimisation:
 * a failure leaves the thread where the scheduler puts it. */
static void pin_workers(pthread_t *tids, size_t n)
{
    cpu_set_t allowed, one;
    int cpus[CPU_SETSIZE];
    size_t ncpus = 0;

    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0)
        return;
    for (int c = 0; c < CPU_SETSIZE; c++)
        if (CPU_ISSET(c, &allowed))
            cpus[ncpus++] = c;
    if (ncpus < 2 || n < ncpus)
        return;
    for (size_t i = 0; i < n; i++) {
        CPU_ZERO(&one);
        CPU_SET(cpus[i % ncpus], &one);
        pthread_setaffinity_np(tids[i], sizeof one, &one);
    }
}

static int pool_start(struct server *srv, size_t n)
{
    struct pool *p = &srv->pool;
    p->resume_batch = srv->cfg->resume_batch;
    p->hold_bytes = srv->cfg->resume_hold;
    p->hold_ns = (uint64_t)srv->cfg->resume_wait_us * 1000u;
    p->ns_per_byte = 150; /* about a 600-word article's, until measured */
    if (pthread_mutex_init(&p->mu, NULL) != 0)
        return -1;
    if (pthread_cond_init(&p->cv, NULL) != 0) {
        pthread_mutex_destroy(&p->mu);
        return -1;
    }
    p->tids = calloc(n, sizeof *p->tids);
    if (!p->tids)
        return -1;
    for (p->n = 0; p->n < n; p->n++) {
        if (pthread_create(&p->tids[p->n], NULL, worker, srv) != 0)
            return -1;
        /* for top -H and perf: the analysis apart from MHD's socket thread */
        (void)pthread_setname_np(p->tids[p->n], "bylined-worker");
    }
    if (srv->cfg->pin_workers)
        pin_workers(p->tids, p->n);
    return 0;
}

/* Stop the workers once the queue is empty; safe after a failed start. */
static void pool_stop(struct pool *p)
{
    if (!p->tids)
        return;
    pthread_mutex_lock(&p->mu);
    p->stop = true;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    for (size_t i = 0; i < p->n; i++)
        pthread_join(p->tids[i], NULL);
    free(p->tids);
    p->tids = NULL;
}

/* The queue's lock, after a successful pool_start: only once no socket thread
 * can call pool_submit any more, that is after MHD_stop_daemon (a resumed
 * batch asks for its next line until then). */
static void pool_free(struct pool *p)
{
    pthread_cond_destroy(&p->cv);
    pthread_mutex_destroy(&p->mu);
}

/* Worker side of an extraction request: the route's handler. */
static void run_request(struct server *srv, struct job *j)
{
    struct conn *cn = CONTAINER_OF(j, struct conn, job);
    cn->route->fn(srv->app, &cn->req, &cn->resp, cn->route->parts);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_size, void **con_cls)
{
    struct server *srv = cls;
    struct conn *cn = *con_cls;
    struct bl_request *req;
    struct bl_response resp = { 0 };
    char msg[128];

    (void)version;
    if (!cn) {
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
        const char *cl;
        cn = ci ? ci->socket_context : NULL;
        if (!cn)
            return MHD_NO;
        *con_cls = cn;
        clock_gettime(CLOCK_MONOTONIC, &cn->t0);
        copy_cut(cn->method, sizeof cn->method, method);
        copy_cut(cn->path, sizeof cn->path, url);
        cn->route = bl_route_find(url);
        /* Past the queue limit, say so at once rather than queue without
         * bound; health checks are always answered. */
        if (atomic_fetch_add(&srv->in_flight, 1) >= (int)srv->cfg->max_queue &&
            !(cn->route && !(cn->route->flags & BL_ROUTE_POST))) {
            atomic_fetch_sub(&srv->in_flight, 1);
            bl_metrics_rejected(srv->metrics);
            cn->retry_after = true;
            return send_error(srv, c, cn, 503, "overloaded",
                              "too many requests in progress; retry shortly", NULL);
        }
        cn->counted = true;
        /* A declared body over the limit is refused before it is read. */
        cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (cl) {
            unsigned long long n = strtoull(cl, NULL, 10);
            if (n > body_limit(srv, cn)) {
                snprintf(msg, sizeof msg, "request body is %s bytes, over the limit of %zu", cl,
                         body_limit(srv, cn));
                return send_error(srv, c, cn, 413, "body_too_large", msg, NULL);
            }
            /* the body's buffer is allocated once at this size (bounded,
             * as the bytes may never come), not grown from 4 KiB */
            cn->declared = n < FIRST_BODY_MAX ? (size_t)n : FIRST_BODY_MAX;
        }
        return MHD_YES;
    }
    if (*upload_size) {
        /* Keep the body only for POST routes; the rest is read and dropped
         * so the connection stays usable. */
        if (cn->route && (cn->route->flags & BL_ROUTE_POST) && method_is(method, "POST") &&
            !cn->too_large) {
            if (cn->len + *upload_size > body_limit(srv, cn)) {
                cn->too_large = true;
                free(cn->body);
                cn->body = NULL;
                cn->len = cn->cap = 0;
            } else {
                if (cn->len + *upload_size > cn->cap) {
                    size_t ncap = cn->cap ? cn->cap : cn->declared > 4096 ? cn->declared : 4096;
                    char *nb;
                    while (ncap < cn->len + *upload_size)
                        ncap *= 2;
                    nb = realloc(cn->body, ncap);
                    if (!nb)
                        return MHD_NO;
                    cn->body = nb;
                    cn->cap = ncap;
                }
                memcpy(cn->body + cn->len, upload_data, *upload_size);
                cn->len += *upload_size;
            }
        }
        *upload_size = 0;
        return MHD_YES;
    }

    /* The whole request is in. */
    if (cn->job.queued) {
        /* Called again after a worker resumed the connection. */
        if (!job_finished(&cn->job))
            return MHD_YES;
        return reply(srv, c, cn, &cn->resp, false);
    }
    if (!cn->route)
        return send_error(srv, c, cn, 404, "not_found", "no such route", NULL);
    if (method_is(method, "OPTIONS")) {
        resp.status = 204;
        resp.allow = cn->route->allow;
        return reply(srv, c, cn, &resp, true);
    }
    if ((cn->route->flags & BL_ROUTE_POST) ? !method_is(method, "POST")
                                           : !(method_is(method, "GET") || method_is(method, "HEAD"))) {
        snprintf(msg, sizeof msg, "%s is not allowed here; allowed: %s", method, cn->route->allow);
        return send_error(srv, c, cn, 405, "method_not_allowed", msg, cn->route->allow);
    }
    if (cn->too_large) {
        snprintf(msg, sizeof msg, "request body is over the limit of %zu bytes", body_limit(srv, cn));
        return send_error(srv, c, cn, 413, "body_too_large", msg, NULL);
    }
    if (cn->route->flags & BL_ROUTE_METRICS)
        return serve_metrics(srv, c, cn);
    if (cn->route->flags & BL_ROUTE_BATCH)
        return serve_batch(srv, c, cn);
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_arg, cn);
    if (cn->too_many_args)
        return send_error(srv, c, cn, 400, "too_many_parameters", "too many query parameters", NULL);

    /* The strings MHD hands out live until the request completes, so the
     * worker may read them while the connection is suspended. */
    req = &cn->req;
    req->method = method;
    req->path = url;
    req->content_type = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    req->args = cn->args;
    req->nargs = cn->nargs;
    req->body = cn->body;
    req->body_len = cn->len;
    /* GET routes (probes, version, pages) are cheap: answer them here, so a
     * liveness probe never waits behind the analyses in the queue. */
    if (!(cn->route->flags & BL_ROUTE_POST)) {
        cn->route->fn(srv->app, req, &cn->resp, cn->route->parts);
        return reply(srv, c, cn, &cn->resp, false);
    }
    cn->job.run = run_request;
    cn->job.mc = c;
    cn->job.cost = cn->len;
    if (pool_submit(&srv->pool, &cn->job) != 0) {
        cn->retry_after = true;
        return send_error(srv, c, cn, 503, "overloaded", "the server is shutting down", NULL);
    }
    return MHD_YES;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    struct server *srv = cls;
    struct conn *cn = *con_cls;

    (void)c;
    if (!cn)
        return;
    bl_metrics_observe(srv->metrics, cn->route ? (int)cn->route->id : -1, cn->status,
                       ms_since(&cn->t0) / 1e3, cn->len, cn->bytes_out);
    if (srv->cfg->access_log)
        log_request(cn, ms_since(&cn->t0), toe == MHD_REQUEST_TERMINATED_COMPLETED_OK);
    if (cn->counted)
        atomic_fetch_sub(&srv->in_flight, 1);
    /* A worker's answer that was never sent: the client went away while the
     * request was queued, and MHD closed the connection on resume. */
    bl_response_free(&cn->resp);
    /* A big article leaves its thread's malloc arena at its peak (the JSON
     * tree of a 1 MB article is tens of MB); give that back to the system. */
    if (cn->len > (1u << 20) / 2 || cn->bytes_out > (4u << 20))
        malloc_trim(0);
    conn_reset(cn);
    *con_cls = NULL;
}

/* A connection opens and closes: its struct conn (see there). */
static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
                          enum MHD_ConnectionNotificationCode toe)
{
    struct conn *cn = *socket_context;

    (void)cls;
    (void)c;
    if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
        /* NULL on OOM: on_request then refuses the connection's requests */
        *socket_context = calloc(1, sizeof(struct conn));
        return;
    }
    if (cn) {
        free(cn->body);
        free(cn);
    }
    *socket_context = NULL;
}

static unsigned online_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (unsigned)n : 1;
}

int bl_serve(const struct bl_config *cfg, const struct bl_app *app)
{
    struct server srv = { .cfg = cfg, .app = app };
    struct addrinfo hints, *ai = NULL;
    struct MHD_Daemon *d;
    const union MHD_DaemonInfo *info;
    unsigned threads = cfg->threads ? cfg->threads : online_cores();
    unsigned io_threads = cfg->io_threads ? cfg->io_threads : 1;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC |
                     MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    char port[16];
    sigset_t set;
    int sig = 0, rc;

    srv.metrics = bl_metrics_create();
    if (!srv.metrics) {
        bl_log("error", "out of memory", NULL);
        return 1;
    }
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    snprintf(port, sizeof port, "%u", cfg->port);
    rc = getaddrinfo(cfg->host, port, &hints, &ai);
    if (rc != 0) {
        bl_log("error", "cannot resolve listen address",
               json_pack("{s:s,s:s}", "host", cfg->host, "error", gai_strerror(rc)));
        bl_metrics_free(srv.metrics);
        return 1;
    }
    if (ai->ai_family == AF_INET6)
        flags |= MHD_USE_IPv6;

    /* Signals go to the main thread only: block them before MHD starts its
     * threads, which inherit the mask, then wait for them below. */
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    if (pool_start(&srv, threads) != 0) {
        bl_log("error", "cannot start the worker threads", NULL);
        pool_stop(&srv.pool);
        freeaddrinfo(ai);
        bl_metrics_free(srv.metrics);
        return 1;
    }

    d = MHD_start_daemon(
        flags, (uint16_t)cfg->port, NULL, NULL, on_request, &srv, MHD_OPTION_EXTERNAL_LOGGER, mhd_logger, NULL,
        MHD_OPTION_SOCK_ADDR, ai->ai_addr,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)cfg->timeout, MHD_OPTION_CONNECTION_LIMIT,
        (unsigned int)cfg->max_connections, MHD_OPTION_PER_IP_CONNECTION_LIMIT,
        (unsigned int)cfg->max_per_ip, MHD_OPTION_NOTIFY_COMPLETED, on_completed, &srv,
        /* MHD zeroes a connection's whole memory pool after every request
         * (and the part it gives back when it shrinks the read buffer), so
         * its default of 32K cost more per request than our socket work */
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, cfg->conn_memory,
        MHD_OPTION_NOTIFY_CONNECTION, on_connection, NULL,
        /* one socket thread is MHD's own polling thread: a pool size of 0 or
         * 1 only earns a warning, so the option ends the list instead */
        io_threads > 1 ? MHD_OPTION_THREAD_POOL_SIZE : MHD_OPTION_END, (unsigned int)io_threads,
        MHD_OPTION_END);
    freeaddrinfo(ai);
    if (!d) {
        bl_log("error", "cannot start the HTTP daemon (address in use?)",
               json_pack("{s:s,s:i}", "host", cfg->host, "port", (int)cfg->port));
        pool_stop(&srv.pool);
        pool_free(&srv.pool);
        bl_metrics_free(srv.metrics);
        return 1;
    }
    info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    bl_log("info", "listening",
           json_pack("{s:s,s:i,s:i,s:i,s:I,s:s}", "host", cfg->host, "port",
                     info ? (int)info->port : (int)cfg->port, "threads", (int)threads,
                     "io_threads", (int)io_threads, "max_body",
                     (json_int_t)cfg->max_body, "data", app->data_dir ? app->data_dir : ""));

    while (sigwait(&set, &sig) != 0)
        ;
    bl_log("info", "shutting down", json_pack("{s:s}", "signal", sig == SIGTERM ? "SIGTERM" : "SIGINT"));
    {
        /* Stop accepting, then let requests in flight finish. */
        MHD_socket lfd = MHD_quiesce_daemon(d);
        struct timespec t0;
        if (lfd != MHD_INVALID_SOCKET)
            close(lfd);
        clock_gettime(CLOCK_MONOTONIC, &t0);
        while (atomic_load(&srv.in_flight) > 0 && ms_since(&t0) < DRAIN_SECONDS * 1000.0) {
            struct timespec pause = { 0, 10 * 1000 * 1000 };
            nanosleep(&pause, NULL);
        }
    }
    /* Workers finish what is queued and resume those connections; only then
     * may the daemon stop (it must not hold suspended connections). */
    pool_stop(&srv.pool);
    MHD_stop_daemon(d);
    pool_free(&srv.pool);
    bl_metrics_free(srv.metrics);
    bl_log("info", "stopped", NULL);
    return 0;
}
