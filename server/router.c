/* router.c -- the table of routes: path, allowed methods and the handler
 * that answers. The HTTP glue looks routes up here; handlers know nothing of
 * paths. */
#include "bl_server.h"

#include <string.h>

static void extract(const struct bl_app *app, const struct bl_request *req,
                    struct bl_response *resp, unsigned parts)
{
    bl_handle_extract(app, req, parts, resp);
}

#define GET_ROUTE(name, fn)                                                     \
    static void name(const struct bl_app *app, const struct bl_request *req,    \
                     struct bl_response *resp, unsigned parts)                  \
    {                                                                           \
        (void)parts;                                                            \
        fn(app, req, resp);                                                     \
    }
GET_ROUTE(healthz, bl_handle_healthz)
GET_ROUTE(readyz, bl_handle_readyz)
GET_ROUTE(version, bl_handle_version)
GET_ROUTE(openapi, bl_handle_openapi)
GET_ROUTE(page, bl_handle_static)

static const char post_allow[] = "POST, OPTIONS";
static const char get_allow[] = "GET, HEAD, OPTIONS";

/* The last row answers every path under /web/. /metrics and /v1/batch are
 * answered by the HTTP layer itself (they read server state or stream). */
static const struct bl_route routes[] = {
    { 0, "/v1/extract", post_allow, BL_ROUTE_POST, extract, BL_PART_ALL },
    { 1, "/v1/actors", post_allow, BL_ROUTE_POST, extract, BL_PART_ENTITIES | BL_PART_ACTORS },
    { 2, "/v1/locations", post_allow, BL_ROUTE_POST, extract, BL_PART_LOCATIONS },
    { 3, "/v1/quotes", post_allow, BL_ROUTE_POST, extract, BL_PART_QUOTES },
    { 4, "/v1/claims", post_allow, BL_ROUTE_POST, extract, BL_PART_CLAIMS },
    { 5, "/v1/batch", post_allow, BL_ROUTE_POST | BL_ROUTE_BATCH, NULL, BL_PART_ALL },
    { 6, "/healthz", get_allow, 0, healthz, 0 },
    { 7, "/readyz", get_allow, 0, readyz, 0 },
    { 8, "/version", get_allow, 0, version, 0 },
    { 9, "/openapi.json", get_allow, 0, openapi, 0 },
    { 10, "/metrics", get_allow, BL_ROUTE_METRICS, NULL, 0 },
    { 11, "/", get_allow, 0, page, 0 },
    { 12, "/web/", get_allow, BL_ROUTE_PREFIX, page, 0 },
};

#define NROUTES (sizeof routes / sizeof routes[0])

const struct bl_route *bl_route_find(const char *path)
{
    for (size_t i = 0; i < NROUTES; i++) {
        const struct bl_route *r = &routes[i];
        if ((r->flags & BL_ROUTE_PREFIX) ? strncmp(r->path, path, strlen(r->path)) == 0
                                         : strcmp(r->path, path) == 0)
            return r;
    }
    return NULL;
}

size_t bl_route_count(void)
{
    return NROUTES;
}

const struct bl_route *bl_route_at(size_t i)
{
    return i < NROUTES ? &routes[i] : NULL;
}
