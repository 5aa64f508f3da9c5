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

static const struct bl_route routes[] = {
    { "/v1/extract", post_allow, true, extract, BL_PART_ALL },
    { "/v1/actors", post_allow, true, extract, BL_PART_ENTITIES | BL_PART_ACTORS },
    { "/v1/locations", post_allow, true, extract, BL_PART_LOCATIONS },
    { "/v1/quotes", post_allow, true, extract, BL_PART_QUOTES },
    { "/v1/claims", post_allow, true, extract, BL_PART_CLAIMS },
    { "/healthz", get_allow, false, healthz, 0 },
    { "/readyz", get_allow, false, readyz, 0 },
    { "/version", get_allow, false, version, 0 },
    { "/openapi.json", get_allow, false, openapi, 0 },
    { "/", get_allow, false, page, 0 },
};

/* Files under /web/ are served by the static handler. */
static const struct bl_route web_route = { "/web/", get_allow, false, page, 0 };

const struct bl_route *bl_route_find(const char *path)
{
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++)
        if (strcmp(routes[i].path, path) == 0)
            return &routes[i];
    if (strncmp(path, web_route.path, strlen(web_route.path)) == 0)
        return &web_route;
    return NULL;
}
