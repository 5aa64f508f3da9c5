/* test_http.c -- starts a real bylined on a free loopback port and drives
 * every route and every documented error through libcurl. Every response is
 * checked against the OpenAPI document the server itself serves, and every
 * span's text against the article at its offsets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <curl/curl.h>
#include <jansson.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "client.h"
#include "schema.h"

static struct test_server server;
static int server_port;
static json_t *openapi;

static void request(const char *method, const char *path, const char *ctype, const char *body,
                    size_t len, const char *extra, struct resp *r)
{
    client_request(server_port, method, path, ctype, body, len, extra, r);
}

/* ---- checks ------------------------------------------------------------ */

static void check_schema(const char *path, const char *method, struct resp *r)
{
    char lower[16], why[512];
    json_t *s;
    size_t i;

    for (i = 0; method[i] && i + 1 < sizeof lower; i++)
        lower[i] = (char)(method[i] | 0x20);
    lower[i] = '\0';
    s = schema_for_response(openapi, path, lower, (int)r->status);
    if (!s && r->status >= 400)
        s = json_object_get(json_object_get(json_object_get(openapi, "components"), "schemas"), "Error");
    if (!s)
        fail_msg("OpenAPI has no schema for %s %s -> %ld", method, path, r->status);
    if (schema_check(openapi, s, r->json, why, sizeof why) != 0)
        fail_msg("%s %s -> %ld does not match the OpenAPI schema: %s", method, path, r->status, why);
}

/* Byte offset of unit offset u in text (unit 0 codepoint, 1 utf16, 2 utf8). */
static size_t to_byte(const char *text, size_t len, size_t u, int unit)
{
    size_t b = 0, count = 0;
    if (unit == 2)
        return u;
    while (b < len && count < u) {
        unsigned char c = (unsigned char)text[b];
        size_t n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        count += (unit == 1 && n == 4) ? 2 : 1;
        b += n;
    }
    return b;
}

/* Every {start, end, text} object anywhere in v must quote the article. */
static int check_spans(json_t *v, const char *text, size_t len, int unit)
{
    int n = 0;
    if (json_is_object(v)) {
        json_t *s = json_object_get(v, "start"), *e = json_object_get(v, "end"),
               *t = json_object_get(v, "text"), *x;
        const char *k;
        if (json_is_integer(s) && json_is_integer(e) && json_is_string(t)) {
            size_t bs = to_byte(text, len, (size_t)json_integer_value(s), unit);
            size_t be = to_byte(text, len, (size_t)json_integer_value(e), unit);
            assert_true(bs <= be && be <= len);
            assert_int_equal(be - bs, json_string_length(t));
            assert_memory_equal(text + bs, json_string_value(t), be - bs);
            n++;
        }
        json_object_foreach(v, k, x) n += check_spans(x, text, len, unit);
    } else if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) n += check_spans(x, text, len, unit);
    }
    return n;
}

static void expect_error(struct resp *r, long status, const char *code)
{
    json_t *err = json_object_get(r->json, "error");
    if (r->status != status)
        fail_msg("expected %ld, got %ld: %.300s", status, r->status, r->body ? r->body : "");
    assert_non_null(err);
    assert_int_equal(json_integer_value(json_object_get(err, "status")), status);
    if (code)
        assert_string_equal(json_string_value(json_object_get(err, "code")), code);
    assert_true(json_string_length(json_object_get(err, "message")) > 0);
}

/* The server answers /healthz (after each error case). */
static void expect_healthy(void)
{
    struct resp r;
    request("GET", "/healthz", NULL, NULL, 0, NULL, &r);
    assert_int_equal(r.status, 200);
    resp_free(&r);
}

/* ---- the article used below (written for these tests) ------------------ */

static const char article[] =
    "GENEVA (Wire) — Trade ministers from Canada and Brazil met in Geneva on Monday "
    "to discuss tariffs on steel.\n"
    "“We will not accept a deal that hurts our workers,” said Canadian Trade Minister "
    "Amelia Hartwell. She added that talks would resume in Ottawa next month.\n"
    "Brazil’s delegation, led by Rafael Moreira, said exports fell 12% last year. 🚢\n";

static char *article_json(const char *options)
{
    json_t *o = json_pack("{s:s,s:s}", "text", article, "id", "geneva-1");
    char *s;
    if (options) {
        json_error_t e;
        json_object_set_new(o, "options", json_loads(options, 0, &e));
    }
    s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    return s;
}

/* ---- tests ------------------------------------------------------------- */

static void test_get_routes(void **state)
{
    static const struct {
        const char *path;
        const char *field, *value;
    } rows[] = {
        { "/healthz", "status", "ok" },
        { "/readyz", "status", "ready" },
        { "/version", "name", "byline" },
        { "/openapi.json", "openapi", "3.1.0" },
    };
    (void)state;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        struct resp r;
        char ct[128];
        request("GET", rows[i].path, NULL, NULL, 0, NULL, &r);
        assert_int_equal(r.status, 200);
        assert_true(client_header(&r, "Content-Type", ct, sizeof ct));
        assert_string_equal(ct, "application/json");
        assert_string_equal(json_string_value(json_object_get(r.json, rows[i].field)), rows[i].value);
        check_schema(rows[i].path, "GET", &r);
        resp_free(&r);
        request("HEAD", rows[i].path, NULL, NULL, 0, NULL, &r);
        assert_int_equal(r.status, 200);
        resp_free(&r);
    }
}

static void test_extract_contract(void **state)
{
    static const struct {
        const char *path;
        const char *options;
        int unit;
        const char *must_have[6];
    } rows[] = {
        { "/v1/extract", NULL, 0, { "entities", "actors", "locations", "quotes", "claims", NULL } },
        { "/v1/extract", "{\"offsets\":\"utf16\"}", 1, { "entities", "quotes", NULL } },
        { "/v1/extract", "{\"offsets\":\"utf8\"}", 2, { "entities", "claims", NULL } },
        { "/v1/extract", "{\"offsets\":\"codepoint\"}", 0, { "entities", NULL } },
        { "/v1/actors", NULL, 0, { "entities", "actors", NULL } },
        { "/v1/locations", NULL, 0, { "locations", NULL } },
        { "/v1/quotes", NULL, 0, { "quotes", "actors", NULL } },
        { "/v1/claims", NULL, 0, { "claims", "actors", NULL } },
    };
    static const char *const units[] = { "codepoint", "utf16", "utf8" };
    (void)state;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        struct resp r;
        char *body = article_json(rows[i].options);
        json_t *stats;
        request("POST", rows[i].path, "application/json", body, strlen(body), NULL, &r);
        free(body);
        if (r.status != 200)
            fail_msg("%s: %ld %s", rows[i].path, r.status, r.body);
        check_schema(rows[i].path, "POST", &r);
        assert_string_equal(json_string_value(json_object_get(r.json, "id")), "geneva-1");
        assert_string_equal(json_string_value(json_object_get(r.json, "offsets")), units[rows[i].unit]);
        for (size_t k = 0; rows[i].must_have[k]; k++)
            assert_true(json_is_array(json_object_get(r.json, rows[i].must_have[k])));
        stats = json_object_get(r.json, "stats");
        assert_true(json_integer_value(json_object_get(stats, "tokens")) > 40);
        assert_true(json_integer_value(json_object_get(stats, "sentences")) >= 4);
        check_spans(r.json, article, strlen(article), rows[i].unit);
        resp_free(&r);
    }
}

/* The entity tagger finds the people and places of the test article. */
static void test_extract_finds_entities(void **state)
{
    struct resp r;
    char *body = article_json(NULL);
    json_t *ents, *e;
    size_t i;
    bool hartwell = false, ottawa = false;

    (void)state;
    request("POST", "/v1/extract", "application/json", body, strlen(body), NULL, &r);
    free(body);
    assert_int_equal(r.status, 200);
    ents = json_object_get(r.json, "entities");
    assert_true(check_spans(ents, article, strlen(article), 0) >= 4);
    json_array_foreach(ents, i, e) {
        const char *t = json_string_value(json_object_get(e, "text"));
        const char *ty = json_string_value(json_object_get(e, "type"));
        hartwell |= strstr(t, "Hartwell") && !strcmp(ty, "PERSON");
        ottawa |= !strcmp(t, "Ottawa") && !strcmp(ty, "LOCATION");
    }
    assert_true(hartwell);
    assert_true(ottawa);
    resp_free(&r);
}

static void test_text_plain(void **state)
{
    static const struct {
        const char *query, *ctype;
        int unit;
    } rows[] = {
        { "", "text/plain; charset=utf-8", 0 },
        { "?offsets=utf16", "text/plain; charset=UTF-8", 1 },
        { "?offsets=utf8&id=doc-7", "text/plain", 2 },
    };
    (void)state;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        struct resp r;
        char path[128];
        snprintf(path, sizeof path, "/v1/extract%s", rows[i].query);
        request("POST", path, rows[i].ctype, article, strlen(article), NULL, &r);
        assert_int_equal(r.status, 200);
        check_schema("/v1/extract", "POST", &r);
        check_spans(r.json, article, strlen(article), rows[i].unit);
        if (strstr(rows[i].query, "id="))
            assert_string_equal(json_string_value(json_object_get(r.json, "id")), "doc-7");
        else
            assert_true(json_is_null(json_object_get(r.json, "id")));
        resp_free(&r);
    }
}

static void test_empty_text(void **state)
{
    static const char *const bodies[] = { "{\"text\":\"\"}", "{\"text\":\"   \\n\\n \"}" };
    (void)state;
    for (size_t i = 0; i < 2; i++) {
        struct resp r;
        request("POST", "/v1/extract", "application/json", bodies[i], strlen(bodies[i]), NULL, &r);
        assert_int_equal(r.status, 200);
        check_schema("/v1/extract", "POST", &r);
        assert_int_equal(json_array_size(json_object_get(r.json, "entities")), 0);
        assert_int_equal(json_array_size(json_object_get(r.json, "quotes")), 0);
        assert_int_equal(json_integer_value(json_object_get(json_object_get(r.json, "stats"), "tokens")), 0);
        resp_free(&r);
    }
}

static void test_errors(void **state)
{
    static const struct {
        const char *method, *path, *ctype, *body;
        size_t len; /* 0: strlen(body) */
        long status;
        const char *code;
    } rows[] = {
        { "POST", "/v1/extract", "application/json", "{\"text\": \"abc\"", 0, 400, "bad_json" },
        { "POST", "/v1/extract", "application/json", "", 0, 400, "bad_json" },
        { "POST", "/v1/extract", "application/json", "[1,2]", 0, 400, "bad_request" },
        { "POST", "/v1/extract", "application/json", "{\"id\": \"x\"}", 0, 400, "missing_text" },
        { "POST", "/v1/extract", "application/json", "{\"text\": 42}", 0, 400, "bad_text" },
        { "POST", "/v1/extract", "application/json", "{\"text\": null}", 0, 400, "bad_text" },
        { "POST", "/v1/extract", "application/json", "{\"text\": \"a\", \"txet\": 1}", 0, 400, "unknown_field" },
        { "POST", "/v1/extract", "application/json", "{\"text\": \"a\", \"text\": \"b\"}", 0, 400, "bad_json" },
        { "POST", "/v1/extract", "application/json", "{\"text\": \"a\", \"id\": [1]}", 0, 400, "bad_id" },
        { "POST", "/v1/extract", "application/json", "{\"text\": \"a\", \"options\": 3}", 0, 400, "bad_option" },
        { "POST", "/v1/extract", "application/json", "{\"text\": \"a\", \"options\": {\"offsets\": \"bytes\"}}", 0, 400, "bad_option" },
        { "POST", "/v1/extract", "application/json", "{\"text\": \"a\", \"options\": {\"lang\": \"en\"}}", 0, 400, "unknown_option" },
        { "POST", "/v1/extract", "application/json", "{\"text\": \"caf\xc3\x28\"}", 0, 400, "invalid_utf8" },
        { "POST", "/v1/extract", "text/plain", "caf\xc3\x28 au lait", 0, 400, "invalid_utf8" },
        { "POST", "/v1/extract", "text/plain", "\xed\xa0\x80", 0, 400, "invalid_utf8" },
        { "POST", "/v1/extract?offsets=bytes", "text/plain", "hello", 0, 400, "bad_option" },
        { "POST", "/v1/extract?lang=en", "text/plain", "hello", 0, 400, "unknown_parameter" },
        { "POST", "/v1/extract?offsets=utf8&offsets=utf16", "text/plain", "hello", 0, 400, "duplicate_parameter" },
        { "POST", "/v1/extract", "application/x-www-form-urlencoded", "text=hello", 0, 415, "unsupported_media_type" },
        { "POST", "/v1/extract", NULL, "{\"text\":\"a\"}", 0, 415, "unsupported_media_type" },
        { "POST", "/v1/extract", "text/plain; charset=latin1", "hello", 0, 415, "unsupported_charset" },
        { "POST", "/v1/nope", "application/json", "{}", 0, 404, "not_found" },
        { "GET", "/nope", NULL, NULL, 0, 404, "not_found" },
        { "GET", "/v1/extract", NULL, NULL, 0, 405, "method_not_allowed" },
        { "PUT", "/v1/quotes", "application/json", "{\"text\":\"a\"}", 0, 405, "method_not_allowed" },
        { "POST", "/healthz", "application/json", "{}", 0, 405, "method_not_allowed" },
        { "DELETE", "/version", NULL, NULL, 0, 405, "method_not_allowed" },
    };
    (void)state;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        struct resp r;
        size_t len = rows[i].body ? (rows[i].len ? rows[i].len : strlen(rows[i].body)) : 0;
        request(rows[i].method, rows[i].path, rows[i].ctype, rows[i].body, len, NULL, &r);
        expect_error(&r, rows[i].status, rows[i].code);
        if (rows[i].status == 405) {
            char allow[64];
            assert_true(client_header(&r, "Allow", allow, sizeof allow));
            assert_non_null(strstr(allow, strncmp(rows[i].path, "/v1/", 4) == 0 ? "POST" : "GET"));
        }
        resp_free(&r);
        expect_healthy();
    }
}

/* The invalid byte's offset is named in the message. */
static void test_utf8_offset_named(void **state)
{
    struct resp r;
    (void)state;
    request("POST", "/v1/extract", "text/plain", "abc\xff", 4, NULL, &r);
    expect_error(&r, 400, "invalid_utf8");
    assert_non_null(strstr(json_string_value(json_object_get(json_object_get(r.json, "error"), "message")),
                           "offset 3"));
    resp_free(&r);
}

/* NUL bytes are text like any other control character, not an end. */
static void test_nul_in_text(void **state)
{
    struct resp r;
    static const char body[] = "{\"text\": \"Anna Berg\\u0000 visited Oslo.\"}";
    (void)state;
    request("POST", "/v1/extract", "application/json", body, sizeof body - 1, NULL, &r);
    assert_int_equal(r.status, 200);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(r.json, "stats"), "chars")), 24);
    resp_free(&r);
}

static void test_body_limits(void **state)
{
    /* The server under test runs with --max-body 65536. */
    size_t big = 70000;
    char *body = malloc(big + 32);
    struct resp r;
    (void)state;
    assert_non_null(body);
    memset(body, 'a', big);
    request("POST", "/v1/extract", "text/plain", body, big, NULL, &r);
    expect_error(&r, 413, "body_too_large");
    resp_free(&r);
    expect_healthy();
    /* Chunked: no Content-Length, the limit is found while reading. */
    request("POST", "/v1/extract", "text/plain", body, big, "Transfer-Encoding: chunked", &r);
    expect_error(&r, 413, "body_too_large");
    resp_free(&r);
    expect_healthy();
    /* Just under the limit is fine. */
    for (size_t i = 0; i + 6 < 60000; i += 6)
        memcpy(body + i, "word. ", 6);
    request("POST", "/v1/extract", "text/plain", body, 60000 - 60000 % 6, NULL, &r);
    assert_int_equal(r.status, 200);
    resp_free(&r);
    free(body);
}

static void test_cors(void **state)
{
    struct resp r;
    char v[256];
    (void)state;
    /* Preflight from an allowed origin. */
    request("OPTIONS", "/v1/extract", NULL, NULL, 0,
            "Origin: http://newsroom.example\nAccess-Control-Request-Method: POST\n"
            "Access-Control-Request-Headers: content-type", &r);
    assert_int_equal(r.status, 204);
    assert_true(client_header(&r, "Access-Control-Allow-Origin", v, sizeof v));
    assert_string_equal(v, "http://newsroom.example");
    assert_true(client_header(&r, "Access-Control-Allow-Methods", v, sizeof v));
    assert_non_null(strstr(v, "POST"));
    assert_true(client_header(&r, "Access-Control-Allow-Headers", v, sizeof v));
    resp_free(&r);
    /* A real request from it carries the header too. */
    request("POST", "/v1/extract", "text/plain", "Hello.", 6, "Origin: http://newsroom.example", &r);
    assert_int_equal(r.status, 200);
    assert_true(client_header(&r, "Access-Control-Allow-Origin", v, sizeof v));
    resp_free(&r);
    /* Other origins get no CORS headers. */
    request("OPTIONS", "/v1/extract", NULL, NULL, 0, "Origin: http://evil.example", &r);
    assert_false(client_header(&r, "Access-Control-Allow-Origin", v, sizeof v));
    resp_free(&r);
    request("POST", "/v1/extract", "text/plain", "Hello.", 6, "Origin: http://evil.example", &r);
    assert_int_equal(r.status, 200);
    assert_false(client_header(&r, "Access-Control-Allow-Origin", v, sizeof v));
    resp_free(&r);
}

/* The server keeps answering correctly when requests run at once. */
static void test_concurrent(void **state)
{
    CURLM *m = curl_multi_init();
    enum { N = 16 };
    CURL *h[N];
    struct resp r[N];
    struct curl_slist *hdr = curl_slist_append(NULL, "Content-Type: text/plain");
    char url[128];
    int running = 0;
    (void)state;
    snprintf(url, sizeof url, "http://127.0.0.1:%d/v1/extract", server_port);
    for (int i = 0; i < N; i++) {
        memset(&r[i], 0, sizeof r[i]);
        h[i] = curl_easy_init();
        curl_easy_setopt(h[i], CURLOPT_URL, url);
        curl_easy_setopt(h[i], CURLOPT_POSTFIELDS, article);
        curl_easy_setopt(h[i], CURLOPT_HTTPHEADER, hdr);
        curl_easy_setopt(h[i], CURLOPT_WRITEFUNCTION, client_on_body);
        curl_easy_setopt(h[i], CURLOPT_WRITEDATA, &r[i]);
        curl_easy_setopt(h[i], CURLOPT_TIMEOUT, 120L);
        curl_multi_add_handle(m, h[i]);
    }
    do {
        curl_multi_perform(m, &running);
        if (running)
            curl_multi_poll(m, NULL, 0, 1000, NULL);
    } while (running);
    for (int i = 0; i < N; i++) {
        long status = 0;
        json_error_t e;
        curl_easy_getinfo(h[i], CURLINFO_RESPONSE_CODE, &status);
        assert_int_equal(status, 200);
        r[i].json = json_loadb(r[i].body, r[i].len, 0, &e);
        assert_non_null(r[i].json);
        /* Same input, same answer, whatever thread served it. */
        assert_true(json_equal(json_object_get(r[i].json, "entities"),
                               json_object_get(r[0].json, "entities")));
    }
    for (int i = N - 1; i >= 0; i--) {
        curl_multi_remove_handle(m, h[i]);
        curl_easy_cleanup(h[i]);
        resp_free(&r[i]);
    }
    curl_slist_free_all(hdr);
    curl_multi_cleanup(m);
}

/* ---- server lifecycle ------------------------------------------------- */

static int start_server(void **state)
{
    static const char *const args[] = { "--threads", "2", "--max-body", "65536", "--cors-origins",
                                         "http://newsroom.example, http://desk.example", NULL };
    struct resp r;
    json_error_t e;
    (void)state;
    if (test_server_start(&server, args) != 0)
        return -1;
    server_port = server.port;
    request("GET", "/openapi.json", NULL, NULL, 0, NULL, &r);
    openapi = json_loadb(r.body, r.len, 0, &e);
    resp_free(&r);
    return openapi ? 0 : -1;
}

static int stop_server(void **state)
{
    (void)state;
    json_decref(openapi);
    return test_server_stop(&server);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_get_routes),
        cmocka_unit_test(test_extract_contract),
        cmocka_unit_test(test_extract_finds_entities),
        cmocka_unit_test(test_text_plain),
        cmocka_unit_test(test_empty_text),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_utf8_offset_named),
        cmocka_unit_test(test_nul_in_text),
        cmocka_unit_test(test_body_limits),
        cmocka_unit_test(test_cors),
        cmocka_unit_test(test_concurrent),
    };
    int rc;
    curl_global_init(CURL_GLOBAL_DEFAULT);
    rc = cmocka_run_group_tests_name("http", tests, start_server, stop_server);
    curl_global_cleanup();
    return rc;
}
