/* bl_server.h -- configuration and the HTTP daemon of bylined. Only server/
 * uses this header (and only server/ includes <microhttpd.h>). */
#ifndef BL_SERVER_H
#define BL_SERVER_H

#include "bl_handlers.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BL_MAX_ORIGINS 32

/* Every setting of bylined. Filled from built-in defaults, then a config
 * file, then BYLINE_* environment variables, then command-line flags; each
 * later source beats the earlier ones. */
struct bl_config {
    char host[256];
    unsigned port;               /* 0 = any free port (logged at start) */
    unsigned threads;            /* analysis workers; 0 = one per online core */
    unsigned io_threads;         /* socket threads (libmicrohttpd's pool), >= 1 */
    size_t max_body;             /* bytes */
    size_t max_text;             /* bytes of article text */
    unsigned max_connections;
    unsigned max_per_ip;         /* 0 = unlimited */
    unsigned timeout;            /* seconds a connection may idle */
    unsigned max_queue;          /* requests in progress before 503 */
    size_t max_batch_body;       /* bytes of a /v1/batch body */
    unsigned max_batch_docs;     /* documents in one /v1/batch body */
    size_t conn_memory;          /* libmicrohttpd's memory per connection, bytes */
    unsigned resume_batch;       /* answers a worker may gather per socket wake-up; 1 = none */
    size_t resume_hold;          /* bytes: hold answers only over articles this small */
    unsigned resume_wait_us;     /* and only while the oldest waits at most this long */
    bool pin_workers;            /* worker i runs only on the i-th allowed CPU */
    char data_dir[1024];         /* "" = find it (see bl_config_find_data) */
    char web_dir[1024];          /* "" = find it: ./web, DATA/../web, DATA/web */
    char config_file[1024];
    char *origins[BL_MAX_ORIGINS]; /* CORS allowed origins; "*" = any */
    size_t norigins;
    bool access_log;
    bool huge_pages;             /* re-exec with glibc.malloc.hugetlb=1 (see main.c) */
};

/* Fill cfg from defaults, file, environment and argv. Returns 0 when the
 * server should start, 1 when it printed --help/--version and should exit
 * 0, and -1 after printing an error to stderr. Strings in cfg are owned by
 * cfg: free with bl_config_free. */
int bl_config_load(struct bl_config *cfg, int argc, char **argv);
void bl_config_free(struct bl_config *cfg);

/* Resolve cfg->data_dir when it was not set: ./data, then data/ beside the
 * binary (../data from bin/), then the directory compiled in; and
 * cfg->web_dir likewise (./web, then beside or inside the data directory). */
void bl_config_find_data(struct bl_config *cfg, const char *argv0);

/* One JSON log line on stderr: {"ts", "level", "msg", ...extra}. extra is a
 * JSON object whose fields are merged in (stolen; may be NULL). */
void bl_log(const char *level, const char *msg, json_t *extra);

/* Routes. A route answers one path; methods lists what it allows. */
typedef void (*bl_route_fn)(const struct bl_app *app, const struct bl_request *req,
                            struct bl_response *resp, unsigned parts);
#define BL_ROUTE_POST    0x1u /* POST (else GET/HEAD) */
#define BL_ROUTE_BATCH   0x2u /* NDJSON in, streamed NDJSON out */
#define BL_ROUTE_METRICS 0x4u /* Prometheus text from server state */
#define BL_ROUTE_PREFIX  0x8u /* path is a prefix (/web/...) */
struct bl_route {
    unsigned id;        /* 0 .. bl_route_count()-1, for metrics */
    const char *path;
    const char *allow;  /* Allow header value, e.g. "POST, OPTIONS" */
    unsigned flags;     /* BL_ROUTE_* */
    bl_route_fn fn;     /* NULL for routes the HTTP layer answers itself */
    unsigned parts;
};

/* The route for path, or NULL. */
const struct bl_route *bl_route_find(const char *path);
size_t bl_route_count(void);
const struct bl_route *bl_route_at(size_t i);

/* ---- metrics (server/metrics.c) ---- */

/* Counters for GET /metrics. Updated with relaxed atomics from every MHD
 * thread; rendering reads a consistent-enough snapshot. */
struct bl_metrics;

struct bl_metrics *bl_metrics_create(void);
void bl_metrics_free(struct bl_metrics *m);

/* Count one finished request. route is a route id, or -1 for no route. */
void bl_metrics_observe(struct bl_metrics *m, int route, int status, double seconds,
                        size_t bytes_in, size_t bytes_out);
/* Add response bytes streamed after their request was counted. */
void bl_metrics_sent(struct bl_metrics *m, size_t bytes_out);
/* Add the core's per-stage times for one document. */
void bl_metrics_stages(struct bl_metrics *m, const uint64_t stage_ns[BL_NSTAGES]);
/* Count a request refused for overload. */
void bl_metrics_rejected(struct bl_metrics *m);

/* Prometheus text exposition into a malloc'd buffer (NUL-terminated), or
 * NULL on OOM. in_flight is the current number of requests in progress. */
char *bl_metrics_render(const struct bl_metrics *m, int in_flight, size_t *len);

/* Run the daemon until SIGINT/SIGTERM. Returns the process exit status. */
int bl_serve(const struct bl_config *cfg, const struct bl_app *app);

#endif /* BL_SERVER_H */
