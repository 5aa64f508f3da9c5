/* errors.c -- one place that turns failures into HTTP: the table from core
 * BL_ERR_* codes to statuses, and the {"error": {...}} body every route uses. */
#include "bl_handlers.h"
#include "respond.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void bl_response_free(struct bl_response *r)
{
    if (!r)
        return;
    free(r->body);
    r->body = NULL;
    r->body_len = 0;
}

int bl_http_status(int rc)
{
    switch (rc) {
    case BL_OK: return 200;
    case BL_ERR_ARG:
    case BL_ERR_UTF8: return 400;
    case BL_ERR_LIMIT: return 413;
    case BL_ERR_NOTFOUND: return 404;
    case BL_ERR_NOMEM: return 503;
    default: return 500;
    }
}

/* A last-resort body for when even the error cannot be built (OOM). */
static const char oom_body[] =
    "{\"error\":{\"status\":503,\"code\":\"out_of_memory\",\"message\":\"out of memory\"}}";

static void set_static_oom(struct bl_response *resp)
{
    resp->status = 503;
    resp->content_type = "application/json";
    resp->body = malloc(sizeof oom_body);
    if (resp->body) {
        memcpy(resp->body, oom_body, sizeof oom_body);
        resp->body_len = sizeof oom_body - 1;
    } else {
        resp->body_len = 0;
    }
}

void bl_respond_json(struct bl_response *resp, int status, json_t *root)
{
    char *s;

    bl_response_free(resp);
    if (!root) {
        set_static_oom(resp);
        return;
    }
    s = json_dumps(root, JSON_COMPACT | JSON_REAL_PRECISION(10));
    json_decref(root);
    if (!s) {
        set_static_oom(resp);
        return;
    }
    resp->status = status;
    resp->content_type = "application/json";
    resp->body = s;
    resp->body_len = strlen(s);
}

void bl_error_response(struct bl_response *resp, int status, const char *code,
                       const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    json_t *root;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* Messages quote what the client sent (a key, a header) and may have
     * been cut mid-character: make them valid UTF-8 before they become JSON. */
    for (size_t bad, n = strlen(msg); bl_utf8_validate(msg, n, &bad) != BL_OK;)
        msg[bad] = '?';
    root = json_pack("{s:{s:i,s:s,s:s}}", "error", "status", status, "code", code,
                     "message", msg);
    bl_respond_json(resp, status, root);
}
