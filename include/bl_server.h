/* bl_server.h -- configuration and the HTTP daemon of bylined. Only server/
 * uses this header (and only server/ includes <microhttpd.h>). */
#ifndef BL_SERVER_H
#define BL_SERVER_H

#include "bl_handlers.h"

#include <stdbool.h>
#include <stddef.h>

#define BL_MAX_ORIGINS 32

/* Every setting of bylined. Filled from built-in defaults, then a config
 * file, then BYLINE_* environment variables, then command-line flags; each
 * later source beats the earlier ones. */
struct bl_config {
    char host[256];
    unsigned port;               /* 0 = any free port (logged at start) */
    unsigned threads;            /* 0 = one per online core */
    size_t max_body;             /* bytes */
    size_t max_text;             /* bytes of article text */
    unsigned max_connections;
    unsigned max_per_ip;         /* 0 = unlimited */
    unsigned timeout;            /* seconds a connection may idle */
    char data_dir[1024];         /* "" = find it (see bl_config_find_data) */
    char web_dir[1024];          /* "" = find it: ./web, DATA/../web, DATA/web */
    char config_file[1024];
    char *origins[BL_MAX_ORIGINS]; /* CORS allowed origins; "*" = any */
    size_t norigins;
    bool access_log;
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
struct bl_route {
    const char *path;
    const char *allow;  /* Allow header value, e.g. "POST, OPTIONS" */
    bool post;          /* true: POST routes; false: GET/HEAD routes */
    bl_route_fn fn;
    unsigned parts;
};

/* The route for path, or NULL. */
const struct bl_route *bl_route_find(const char *path);

/* Run the daemon until SIGINT/SIGTERM. Returns the process exit status. */
int bl_serve(const struct bl_config *cfg, const struct bl_app *app);

#endif /* BL_SERVER_H */
