/* metrics.c -- counters behind GET /metrics, in the Prometheus text format:
 * requests by route and status, a latency histogram per route, bytes in and
 * out, requests in flight, refusals for overload and time per core stage. */
#include "bl_server.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_ROUTES 16

/* Statuses we count one by one; anything else lands in "other". */
static const int statuses[] = { 200, 204, 400, 404, 405, 413, 415, 500, 503 };
#define NSTATUS (sizeof statuses / sizeof statuses[0] + 1)

/* Histogram bucket upper bounds, in seconds. */
static const double buckets[] = { 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                  0.05,   0.1,   0.25,   0.5,   1,    2.5 };
#define NBUCKETS (sizeof buckets / sizeof buckets[0])

struct route_stats {
    atomic_uint_fast64_t by_status[NSTATUS];
    atomic_uint_fast64_t hist[NBUCKETS + 1]; /* last = +Inf */
    atomic_uint_fast64_t sum_us;
};

struct bl_metrics {
    struct route_stats routes[MAX_ROUTES + 1]; /* last = unknown path */
    atomic_uint_fast64_t bytes_in, bytes_out;
    atomic_uint_fast64_t rejected;
    atomic_uint_fast64_t documents;
    atomic_uint_fast64_t stage_ns[BL_NSTAGES];
    time_t started;
};

struct bl_metrics *bl_metrics_create(void)
{
    struct bl_metrics *m = calloc(1, sizeof *m);
    if (m)
        m->started = time(NULL);
    return m;
}

void bl_metrics_free(struct bl_metrics *m)
{
    free(m);
}

static size_t status_slot(int status)
{
    for (size_t i = 0; i < NSTATUS - 1; i++)
        if (statuses[i] == status)
            return i;
    return NSTATUS - 1;
}

void bl_metrics_observe(struct bl_metrics *m, int route, int status, double seconds,
                        size_t bytes_in, size_t bytes_out)
{
    struct route_stats *r;
    size_t b = 0;

    if (route < 0 || route >= MAX_ROUTES)
        route = MAX_ROUTES;
    r = &m->routes[route];
    atomic_fetch_add_explicit(&r->by_status[status_slot(status)], 1, memory_order_relaxed);
    while (b < NBUCKETS && seconds > buckets[b])
        b++;
    atomic_fetch_add_explicit(&r->hist[b], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&r->sum_us, (uint64_t)(seconds * 1e6), memory_order_relaxed);
    atomic_fetch_add_explicit(&m->bytes_in, bytes_in, memory_order_relaxed);
    atomic_fetch_add_explicit(&m->bytes_out, bytes_out, memory_order_relaxed);
}

void bl_metrics_sent(struct bl_metrics *m, size_t bytes_out)
{
    atomic_fetch_add_explicit(&m->bytes_out, bytes_out, memory_order_relaxed);
}

void bl_metrics_stages(struct bl_metrics *m, const uint64_t stage_ns[BL_NSTAGES])
{
    atomic_fetch_add_explicit(&m->documents, 1, memory_order_relaxed);
    for (int i = 0; i < BL_NSTAGES; i++)
        atomic_fetch_add_explicit(&m->stage_ns[i], stage_ns[i], memory_order_relaxed);
}

void bl_metrics_rejected(struct bl_metrics *m)
{
    atomic_fetch_add_explicit(&m->rejected, 1, memory_order_relaxed);
}

/* A growing text buffer; on OOM it stops growing and render returns NULL. */
struct buf {
    char *s;
    size_t len, cap;
    bool oom;
};

static void put(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    if (b->oom)
        return;
    for (;;) {
        va_start(ap, fmt);
        n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
        if (n < 0) {
            b->oom = true;
            return;
        }
        if ((size_t)n < b->cap - b->len) {
            b->len += (size_t)n;
            return;
        }
        {
            size_t ncap = b->cap * 2 + (size_t)n;
            char *ns = realloc(b->s, ncap);
            if (!ns) {
                b->oom = true;
                return;
            }
            b->s = ns;
            b->cap = ncap;
        }
    }
}

static uint64_t load(const atomic_uint_fast64_t *a)
{
    return atomic_load_explicit(a, memory_order_relaxed);
}

char *bl_metrics_render(const struct bl_metrics *m, int in_flight, size_t *len)
{
    struct buf b = { malloc(16384), 0, 16384, false };
    size_t nroutes = bl_route_count();

    if (!b.s)
        return NULL;
    if (nroutes > MAX_ROUTES)
        nroutes = MAX_ROUTES;
    put(&b, "# HELP byline_build_info Version of the running byline.\n"
            "# TYPE byline_build_info gauge\nbyline_build_info{version=\"%s\"} 1\n",
        BYLINE_VERSION);
    put(&b, "# HELP byline_start_time_seconds Unix time the server started.\n"
            "# TYPE byline_start_time_seconds gauge\nbyline_start_time_seconds %lld\n",
        (long long)m->started);
    put(&b, "# HELP byline_http_requests_total Requests answered, by route and status.\n"
            "# TYPE byline_http_requests_total counter\n");
    for (size_t r = 0; r <= nroutes; r++) {
        const char *path = r < nroutes ? bl_route_at(r)->path : "other";
        const struct route_stats *rs = &m->routes[r < nroutes ? r : MAX_ROUTES];
        for (size_t s = 0; s < NSTATUS; s++) {
            uint64_t v = load(&rs->by_status[s]);
            if (!v)
                continue;
            if (s < NSTATUS - 1)
                put(&b, "byline_http_requests_total{route=\"%s\",status=\"%d\"} %llu\n", path,
                    statuses[s], (unsigned long long)v);
            else
                put(&b, "byline_http_requests_total{route=\"%s\",status=\"other\"} %llu\n", path,
                    (unsigned long long)v);
        }
    }
    put(&b, "# HELP byline_http_request_duration_seconds Time from request to response.\n"
            "# TYPE byline_http_request_duration_seconds histogram\n");
    for (size_t r = 0; r <= nroutes; r++) {
        const char *path = r < nroutes ? bl_route_at(r)->path : "other";
        const struct route_stats *rs = &m->routes[r < nroutes ? r : MAX_ROUTES];
        uint64_t cum = 0;
        for (size_t k = 0; k <= NBUCKETS; k++)
            cum += load(&rs->hist[k]);
        if (!cum)
            continue;
        cum = 0;
        for (size_t k = 0; k < NBUCKETS; k++) {
            cum += load(&rs->hist[k]);
            put(&b, "byline_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %llu\n",
                path, buckets[k], (unsigned long long)cum);
        }
        cum += load(&rs->hist[NBUCKETS]);
        put(&b, "byline_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %llu\n",
            path, (unsigned long long)cum);
        put(&b, "byline_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n", path,
            (double)load(&rs->sum_us) / 1e6);
        put(&b, "byline_http_request_duration_seconds_count{route=\"%s\"} %llu\n", path,
            (unsigned long long)cum);
    }
    put(&b, "# HELP byline_http_in_flight_requests Requests being received or answered.\n"
            "# TYPE byline_http_in_flight_requests gauge\nbyline_http_in_flight_requests %d\n",
        in_flight);
    put(&b, "# HELP byline_http_rejected_total Requests refused with 503 because the queue was full.\n"
            "# TYPE byline_http_rejected_total counter\nbyline_http_rejected_total %llu\n",
        (unsigned long long)load(&m->rejected));
    put(&b, "# HELP byline_http_received_bytes_total Request body bytes received.\n"
            "# TYPE byline_http_received_bytes_total counter\nbyline_http_received_bytes_total %llu\n",
        (unsigned long long)load(&m->bytes_in));
    put(&b, "# HELP byline_http_sent_bytes_total Response body bytes sent.\n"
            "# TYPE byline_http_sent_bytes_total counter\nbyline_http_sent_bytes_total %llu\n",
        (unsigned long long)load(&m->bytes_out));
    put(&b, "# HELP byline_documents_total Articles analysed.\n"
            "# TYPE byline_documents_total counter\nbyline_documents_total %llu\n",
        (unsigned long long)load(&m->documents));
    put(&b, "# HELP byline_stage_seconds_total Time spent in each analysis stage.\n"
            "# TYPE byline_stage_seconds_total counter\n");
    for (int i = 0; i < BL_NSTAGES; i++)
        put(&b, "byline_stage_seconds_total{stage=\"%s\"} %.6f\n", bl_stage_name(i),
            (double)load(&m->stage_ns[i]) / 1e9);
    if (b.oom) {
        free(b.s);
        return NULL;
    }
    *len = b.len;
    return b.s;
}
