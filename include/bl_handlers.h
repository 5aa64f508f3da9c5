/* bl_handlers.h -- the route handlers: a request (method, path, headers we
 * care about, body) in, a status and a JSON body out. No sockets here, so the
 * golden tests and the CLI call the same functions the server does. */
#ifndef BL_HANDLERS_H
#define BL_HANDLERS_H

#include "byline.h"

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

/* Limits a request is checked against; every one is configurable. */
struct bl_limits {
    size_t max_body;   /* bytes of request body (413 above) */
    size_t max_text;   /* bytes of article text (413 above) */
};

/* What handlers may read of the application: built once by main() (or the
 * CLI, or a test) and shared read-only by every thread. */
struct bl_app {
    const bl_models *models;     /* NULL when the data did not load */
    struct bl_limits limits;
    const char *data_dir;
    const char *web_dir;         /* demo page assets, or NULL */
};

/* One query-string argument. */
struct bl_arg {
    const char *key, *value; /* value may be NULL ("?offsets") */
};

/* A request as the server parsed it. All pointers are borrowed. */
struct bl_request {
    const char *method;
    const char *path;
    const char *content_type;   /* NULL when absent */
    const struct bl_arg *args;  /* query-string arguments */
    size_t nargs;
    const char *body;
    size_t body_len;
};

/* A response. body is malloc'd and owned by the response until handed to the
 * server (which frees it with the connection); free with bl_response_free. */
struct bl_response {
    int status;
    const char *content_type;   /* static string */
    char *body;
    size_t body_len;
    const char *allow;          /* for 405: the Allow header, static */
    uint64_t stage_ns[BL_NSTAGES]; /* time spent in each core stage */
    size_t documents;           /* documents analysed for this response */
};

void bl_response_free(struct bl_response *r);

/* Parts of the analysis a route returns (a bit mask). */
#define BL_PART_ENTITIES  0x01u
#define BL_PART_ACTORS    0x02u
#define BL_PART_LOCATIONS 0x04u
#define BL_PART_QUOTES    0x08u
#define BL_PART_CLAIMS    0x10u
#define BL_PART_ALL       0x1fu

/* POST /v1/extract and the one-part routes. Parses the body (JSON or
 * text/plain), runs the stages the parts need and answers the contract, or a
 * JSON error. Thread-safe for a shared app. */
void bl_handle_extract(const struct bl_app *app, const struct bl_request *req,
                       unsigned parts, struct bl_response *resp);

/* GET /healthz, /readyz, /version, /openapi.json. */
void bl_handle_healthz(const struct bl_app *app, const struct bl_request *req,
                       struct bl_response *resp);
void bl_handle_readyz(const struct bl_app *app, const struct bl_request *req,
                      struct bl_response *resp);
void bl_handle_version(const struct bl_app *app, const struct bl_request *req,
                       struct bl_response *resp);
void bl_handle_openapi(const struct bl_app *app, const struct bl_request *req,
                       struct bl_response *resp);

/* GET / (web/index.html) and GET /web/NAME: the demo page's files. */
void bl_handle_static(const struct bl_app *app, const struct bl_request *req,
                      struct bl_response *resp);

/* Fill resp with {"error": {"status", "code", "message"}}. code is a short
 * machine-readable word ("invalid_utf8"). */
void bl_error_response(struct bl_response *resp, int status, const char *code,
                       const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* The HTTP status for a core BL_ERR_* code (one table for all handlers). */
int bl_http_status(int rc);

/* How an extraction went: the HTTP status (200 or the error's), an error
 * code word and detail on failure, and the time each core stage took. */
struct bl_extract_status {
    int status;
    const char *code;                /* static; NULL on success */
    struct bl_error err;
    uint64_t stage_ns[BL_NSTAGES];
};

/* Analyse text[0..len) and build the contract object for the given parts
 * and offset unit. id is echoed (borrowed; may be NULL -> null). Returns a
 * new reference, or NULL with st filled on failure. For callers that want a
 * tree (tests, tools); it parses bl_extract_text's output. Thread-safe. */
json_t *bl_extract_json(const struct bl_app *app, const char *text, size_t len, json_t *id,
                        enum bl_unit unit, unsigned parts, struct bl_extract_status *st);

/* The same contract written straight to JSON text, as json_dumps would with
 * JSON_REAL_PRECISION(10) and JSON_COMPACT (indent 0) or JSON_INDENT(indent).
 * Returns a malloc'd NUL-terminated string (the caller frees it), its length
 * in *outlen (may be NULL), or NULL with st filled on failure. This is what
 * the routes, batch lines and the CLI answer with; bl_extract_json parses it
 * back. Thread-safe. */
char *bl_extract_text(const struct bl_app *app, const char *text, size_t len, json_t *id,
                      enum bl_unit unit, unsigned parts, int indent, size_t *outlen,
                      struct bl_extract_status *st);

/* One line of a /v1/batch body ({"id", "text", "options"}) to one output
 * line: the contract object, or {"id", "error": {...}} for a bad line.
 * Returns a malloc'd NUL-terminated JSON text without newline, or NULL on
 * OOM. lineno (1-based) goes into error messages. Adds stage times to
 * stage_ns. */
char *bl_batch_line(const struct bl_app *app, const char *line, size_t len, size_t lineno,
                    unsigned parts, uint64_t stage_ns[BL_NSTAGES], int *status);

/* Parse an offsets unit name ("codepoint", "utf16", "utf8"). */
bool bl_unit_parse(const char *s, enum bl_unit *out);
const char *bl_unit_name(enum bl_unit u);

/* The OpenAPI 3.1 document served at /openapi.json (static, NUL-terminated). */
extern const char bl_openapi_json[];

#endif /* BL_HANDLERS_H */
