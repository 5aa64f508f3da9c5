/* health.c -- GET /healthz (the process answers), /readyz (models loaded),
 * /version and /openapi.json. */
#include "bl_handlers.h"
#include "respond.h"

#include <stdlib.h>
#include <string.h>

void bl_handle_healthz(const struct bl_app *app, const struct bl_request *req,
                       struct bl_response *resp)
{
    bl_respond_json(resp, 200, json_pack("{s:s}", "status", "ok"));
}

void bl_handle_readyz(const struct bl_app *app, const struct bl_request *req,
                      struct bl_response *resp)
{
    if (!app->models) {
        bl_error_response(resp, 503, "not_ready", "models are not loaded");
        return;
    }
    bl_respond_json(resp, 200, json_pack("{s:s}", "status", "ready"));
}

void bl_handle_version(const struct bl_app *app, const struct bl_request *req,
                       struct bl_response *resp)
{
    bl_respond_json(resp, 200,
                    json_pack("{s:s,s:s,s:s,s:s}", "name", "byline", "version", BYLINE_VERSION,
                              "api", "v1", "models",
                              app->models ? bl_models_describe(app->models) : "not loaded"));
}

void bl_handle_openapi(const struct bl_app *app, const struct bl_request *req,
                       struct bl_response *resp)
{
    size_t n = strlen(bl_openapi_json);

    bl_response_free(resp);
    resp->body = malloc(n + 1);
    if (!resp->body) {
        bl_error_response(resp, 503, "out_of_memory", "out of memory");
        return;
    }
    memcpy(resp->body, bl_openapi_json, n + 1);
    resp->body_len = n;
    resp->status = 200;
    resp->content_type = "application/json";
}
