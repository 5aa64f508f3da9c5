/* static.c -- GET / and /web/...: the demo page and its assets from the web
 * directory. Paths are checked character by character, so nothing outside
 * that directory can be named. */
#include "bl_handlers.h"
#include "respond.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_ASSET (8u << 20)

static const struct {
    const char *ext, *type;
} types[] = {
    { ".html", "text/html; charset=utf-8" },
    { ".js", "text/javascript; charset=utf-8" },
    { ".css", "text/css; charset=utf-8" },
    { ".svg", "image/svg+xml" },
    { ".json", "application/json" },
    { ".txt", "text/plain; charset=utf-8" },
    { ".png", "image/png" },
    { ".ico", "image/x-icon" },
};

static const char *type_of(const char *name)
{
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && i < sizeof types / sizeof types[0]; i++)
        if (strcmp(dot, types[i].ext) == 0)
            return types[i].type;
    return NULL;
}

/* A relative asset name is letters, digits, '-', '_', '.', '/' with no
 * empty, "." or ".." segment. */
static bool safe_name(const char *s)
{
    const char *seg = s;
    if (!*s || *s == '/')
        return false;
    for (const char *p = s;; p++) {
        if (*p == '/' || *p == '\0') {
            size_t n = (size_t)(p - seg);
            if (n == 0 || (n == 1 && seg[0] == '.') || (n == 2 && seg[0] == '.' && seg[1] == '.'))
                return false;
            if (*p == '\0')
                return true;
            seg = p + 1;
        } else if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
                     *p == '-' || *p == '_' || *p == '.')) {
            return false;
        }
    }
}

void bl_handle_static(const struct bl_app *app, const struct bl_request *req,
                      struct bl_response *resp)
{
    const char *name = strcmp(req->path, "/") == 0 ? "index.html" : req->path + strlen("/web/");
    const char *type;
    char path[2048];
    struct stat st;
    FILE *f;

    if (strncmp(req->path, "/web/", 5) != 0 && strcmp(req->path, "/") != 0) {
        bl_error_response(resp, 404, "not_found", "no such route");
        return;
    }
    type = type_of(name);
    if (!app->web_dir || !safe_name(name) || !type ||
        (size_t)snprintf(path, sizeof path, "%s/%s", app->web_dir, name) >= sizeof path ||
        stat(path, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > MAX_ASSET) {
        bl_error_response(resp, 404, "not_found", "no such file");
        return;
    }
    f = fopen(path, "rb");
    bl_response_free(resp);
    resp->body = f ? malloc((size_t)st.st_size + 1) : NULL;
    if (!resp->body || fread(resp->body, 1, (size_t)st.st_size, f) != (size_t)st.st_size) {
        if (f)
            fclose(f);
        bl_error_response(resp, f ? 503 : 404, f ? "out_of_memory" : "not_found", "cannot read file");
        return;
    }
    fclose(f);
    resp->body_len = (size_t)st.st_size;
    resp->status = 200;
    resp->content_type = type;
}
