/* fuzz_extract.c -- libFuzzer target for request parsing: the content type,
 * the query string, the JSON or plain-text body and its UTF-8, all driven
 * through bl_handle_extract as the server calls it. Every answer must be a
 * JSON object: the contract on 200, {"error": {...}} otherwise.
 *
 * Input layout: byte 0 picks the content type, byte 1 the parts and limits,
 * then the query string up to the first NUL byte, then the body. */
#include "fuzz.h"

#include <stdlib.h>

#include "bl_handlers.h"

#include <string.h>

static const char *const ctypes[] = {
    "application/json",
    "text/plain; charset=utf-8",
    "text/plain",
    "application/json; charset=UTF-8",
    "TEXT/PLAIN;charset=\"utf8\"",
    "text/plain; charset=latin1",
    "application/xml",
    NULL,
};
#define NCTYPES (sizeof ctypes / sizeof ctypes[0])
#define MAX_ARGS 16

/* Split q ("a=1&b&c=") in place into args, as MHD would hand them over. */
static size_t split_query(char *q, struct bl_arg *args)
{
    size_t n = 0;
    char *p = q;
    while (*p && n < MAX_ARGS) {
        char *amp = strchr(p, '&'), *eq;
        if (amp)
            *amp = '\0';
        eq = strchr(p, '=');
        if (eq)
            *eq = '\0';
        args[n].key = p;
        args[n].value = eq ? eq + 1 : NULL;
        n++;
        if (!amp)
            break;
        p = amp + 1;
    }
    return n;
}

static void check_response(const struct bl_response *r)
{
    json_error_t e;
    json_t *j, *err;
    if (!r->body || r->content_type == NULL)
        abort();
    j = json_loadb(r->body, r->body_len, JSON_ALLOW_NUL, &e);
    if (!json_is_object(j))
        abort();
    err = json_object_get(j, "error");
    if (r->status == 200) {
        if (err || !json_is_object(json_object_get(j, "stats")))
            abort();
    } else {
        if (!json_is_object(err) ||
            json_integer_value(json_object_get(err, "status")) != r->status ||
            !json_is_string(json_object_get(err, "code")) ||
            !json_is_string(json_object_get(err, "message")))
            abort();
    }
    json_decref(j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct bl_app app;
    struct bl_request req;
    struct bl_response resp = { 0 };
    struct bl_arg args[MAX_ARGS];
    const uint8_t *nul;
    char *query = NULL, *body = NULL;
    size_t qlen, blen;
    unsigned parts, ct;

    if (size < 2)
        return 0;
    memset(&app, 0, sizeof app);
    app.models = fuzz_models();
    /* One input in eight runs with tiny limits, to reach the 413 paths. */
    app.limits.max_body = (data[1] & 0xe0) == 0xe0 ? 64 : 1u << 20;
    app.limits.max_text = (data[1] & 0xe0) == 0xc0 ? 16 : 1u << 20;
    app.data_dir = "data";
    ct = data[0] % NCTYPES;
    parts = (data[1] & 0x1f) ? (data[1] & 0x1fu) : BL_PART_ALL;

    data += 2;
    size -= 2;
    nul = memchr(data, '\0', size);
    qlen = nul ? (size_t)(nul - data) : 0;
    blen = nul ? size - qlen - 1 : size;
    query = malloc(qlen + 1);
    body = malloc(blen ? blen : 1); /* exact size: ASan sees over-reads */
    if (!query || !body)
        goto out;
    memcpy(query, data, qlen);
    query[qlen] = '\0';
    if (blen)
        memcpy(body, data + size - blen, blen);

    memset(&req, 0, sizeof req);
    req.method = "POST";
    req.path = "/v1/extract";
    req.content_type = ctypes[ct];
    req.args = args;
    req.nargs = split_query(query, args);
    req.body = body;
    req.body_len = blen;
    bl_handle_extract(&app, &req, parts, &resp);
    check_response(&resp);
    bl_response_free(&resp);
out:
    free(query);
    free(body);
    return 0;
}
