/* test_ops.c -- the operator's side of bylined against live servers:
 * /metrics, streamed /v1/batch and its limits, overload answered with 503 +
 * Retry-After, and a SIGTERM that lets a request in flight finish. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "client.h"
#include <curl/curl.h>
#include "schema.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static const char article[] =
    "Lisbon, May 2 — Portugal's parliament approved a housing bill on Friday after a long debate.\n"
    "“Rents have doubled in ten years,” said Housing Minister Joana Ferreira. “Families cannot wait.”\n";

/* ---- requests that must stay half-sent ----------------------------------- */

static void raw_send(int fd, const char *s, size_t n)
{
    assert_true(client_send_slowly(fd, s, n, n, 0));
}

/* Read until the peer closes (or 30 s pass); returns the HTTP status. */
static long raw_status(int fd, char *buf, size_t cap)
{
    assert_true(client_read_to_close(fd, buf, cap, 30) >= 0);
    return client_status_of(buf);
}

/* Headers of a POST /v1/extract whose body will be len bytes. */
static void half_request(int fd, size_t len)
{
    char head[256];
    int n = snprintf(head, sizeof head,
                     "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                     "Content-Length: %zu\r\nConnection: close\r\n\r\n",
                     len);
    raw_send(fd, head, (size_t)n);
    raw_send(fd, article, 20); /* part of the body only */
}

/* ---- /metrics ---------------------------------------------------------- */

/* The value of the first sample line starting with prefix, or -1. */
static double sample(const char *text, const char *prefix)
{
    const char *p = text;
    size_t n = strlen(prefix);
    while (p && *p) {
        if (strncmp(p, prefix, n) == 0 && p[n] == ' ')
            return strtod(p + n + 1, NULL);
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    return -1;
}

static void test_metrics(void **state)
{
    struct test_server s;
    struct resp r;
    char ct[128];
    static const char *const stages[] = { "tokenize", "sentences", "entities", "actors",
                                          "locations", "quotes", "claims" };
    (void)state;
    assert_int_equal(test_server_start(&s, NULL), 0);
    for (int i = 0; i < 3; i++) {
        client_request(s.port, "POST", "/v1/extract", "text/plain", article, sizeof article - 1, NULL, &r);
        assert_int_equal(r.status, 200);
        resp_free(&r);
    }
    client_request(s.port, "POST", "/v1/extract", "application/json", "{", 1, NULL, &r);
    assert_int_equal(r.status, 400);
    resp_free(&r);
    client_request(s.port, "GET", "/nowhere", NULL, NULL, 0, NULL, &r);
    resp_free(&r);

    /* client_request parses bodies as JSON, so fetch the text with curl's
     * help via a route that answers text: check the header and body. */
    {
        FILE *f;
        char cmd[256], *text = calloc(1, 65536);
        size_t n;
        snprintf(cmd, sizeof cmd, "curl -s -D - http://127.0.0.1:%d/metrics", s.port);
        f = popen(cmd, "r");
        assert_non_null(f);
        n = fread(text, 1, 65535, f);
        pclose(f);
        text[n] = '\0';
        assert_non_null(strstr(text, "200 OK"));
        (void)ct;
        assert_non_null(strstr(text, "Content-Type: text/plain; version=0.0.4"));
        assert_true(sample(text, "byline_http_requests_total{route=\"/v1/extract\",status=\"200\"}") == 3);
        assert_true(sample(text, "byline_http_requests_total{route=\"/v1/extract\",status=\"400\"}") == 1);
        assert_true(sample(text, "byline_http_requests_total{route=\"other\",status=\"404\"}") == 1);
        assert_true(sample(text, "byline_http_request_duration_seconds_count{route=\"/v1/extract\"}") == 4);
        assert_true(sample(text, "byline_http_request_duration_seconds_bucket{route=\"/v1/extract\",le=\"+Inf\"}") == 4);
        assert_true(sample(text, "byline_documents_total") == 3);
        assert_true(sample(text, "byline_http_received_bytes_total") >= 3 * (double)(sizeof article - 1));
        assert_true(sample(text, "byline_http_in_flight_requests") >= 1); /* this request */
        for (size_t i = 0; i < sizeof stages / sizeof stages[0]; i++) {
            char key[96];
            snprintf(key, sizeof key, "byline_stage_seconds_total{stage=\"%s\"}", stages[i]);
            assert_true(sample(text, key) >= 0);
        }
        free(text);
    }
    assert_int_equal(test_server_stop(&s), 0);
}

/* ---- /v1/batch --------------------------------------------------------- */

static json_t *openapi_doc(int port)
{
    struct resp r;
    json_t *doc;
    client_request(port, "GET", "/openapi.json", NULL, NULL, 0, NULL, &r);
    doc = json_incref(r.json);
    resp_free(&r);
    return doc;
}

static void test_batch(void **state)
{
    static const char body[] =
        "{\"id\": \"a\", \"text\": \"Mayor Ines Duarte opened a bridge in Porto.\"}\n"
        "\n"
        "{\"id\": \"b\", \"text\": 12}\n"
        "this is not json\n"
        "{\"id\": \"c\", \"text\": \"\", \"options\": {\"offsets\": \"utf16\"}}\r\n"
        "{\"id\": \"d\", \"text\": \"Berlin \\ud83d\\ude80 Madrid\", \"options\": {\"offsets\": \"utf16\"}}";
    static const struct {
        const char *id;
        int line;
        const char *error; /* NULL: an extraction */
    } want[] = {
        { "a", 1, NULL }, { "b", 3, "bad_text" }, { NULL, 4, "bad_json" }, { "c", 5, NULL }, { "d", 6, NULL },
    };
    struct test_server s;
    FILE *f;
    char cmd[512], path[] = "/tmp/byline-batch-XXXXXX", line[65536];
    int fd, i = 0;
    json_t *api, *extraction, *batch_error;
    (void)state;

    fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, body, sizeof body - 1), (ssize_t)(sizeof body - 1));
    close(fd);
    assert_int_equal(test_server_start(&s, NULL), 0);
    api = openapi_doc(s.port);
    extraction = json_object_get(json_object_get(json_object_get(api, "components"), "schemas"), "Extraction");
    batch_error = json_object_get(json_object_get(json_object_get(api, "components"), "schemas"), "BatchError");
    snprintf(cmd, sizeof cmd,
             "curl -s -X POST -H 'Content-Type: application/x-ndjson' --data-binary @%s "
             "http://127.0.0.1:%d/v1/batch",
             path, s.port);
    f = popen(cmd, "r");
    assert_non_null(f);
    while (fgets(line, sizeof line, f)) {
        json_error_t e;
        json_t *j = json_loads(line, 0, &e), *err;
        char why[256];
        assert_non_null(j);
        assert_true(i < (int)(sizeof want / sizeof want[0]));
        err = json_object_get(j, "error");
        if (want[i].id)
            assert_string_equal(json_string_value(json_object_get(j, "id")), want[i].id);
        if (want[i].error) {
            assert_non_null(err);
            assert_string_equal(json_string_value(json_object_get(err, "code")), want[i].error);
            assert_int_equal(json_integer_value(json_object_get(j, "line")), want[i].line);
            assert_int_equal(schema_check(api, batch_error, j, why, sizeof why), 0);
        } else {
            assert_null(err);
            if (schema_check(api, extraction, j, why, sizeof why) != 0)
                fail_msg("batch line %d: %s", i, why);
        }
        if (want[i].id && !strcmp(want[i].id, "d")) {
            /* utf16 offsets: the rocket is two units, so Madrid starts at 10. */
            json_t *ents = json_object_get(j, "entities"), *e2;
            size_t k;
            bool madrid = false;
            assert_string_equal(json_string_value(json_object_get(j, "offsets")), "utf16");
            json_array_foreach(ents, k, e2) {
                if (!strcmp(json_string_value(json_object_get(e2, "text")), "Madrid"))
                    madrid = json_integer_value(json_object_get(e2, "start")) == 10;
            }
            assert_true(madrid);
        }
        json_decref(j);
        i++;
    }
    assert_int_equal(pclose(f), 0);
    assert_int_equal(i, 5);
    json_decref(api);
    unlink(path);
    assert_int_equal(test_server_stop(&s), 0);
}

static void test_batch_limits(void **state)
{
    static const char *const args[] = { "--max-batch-docs", "2", "--max-batch-body", "1K", NULL };
    struct test_server s;
    struct resp r;
    char big[2048];
    (void)state;
    assert_int_equal(test_server_start(&s, args), 0);
    client_request(s.port, "POST", "/v1/batch", "application/x-ndjson",
                   "{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n", 39, NULL, &r);
    assert_int_equal(r.status, 413);
    assert_string_equal(json_string_value(json_object_get(json_object_get(r.json, "error"), "code")),
                        "too_many_documents");
    resp_free(&r);
    memset(big, ' ', sizeof big);
    memcpy(big, "{\"text\":\"a\"}", 12);
    client_request(s.port, "POST", "/v1/batch", "application/x-ndjson", big, sizeof big, NULL, &r);
    assert_int_equal(r.status, 413);
    resp_free(&r);
    client_request(s.port, "POST", "/v1/batch", "application/json", "{\"text\":\"a\"}", 12, NULL, &r);
    assert_int_equal(r.status, 415);
    resp_free(&r);
    client_request(s.port, "GET", "/v1/batch", NULL, NULL, 0, NULL, &r);
    assert_int_equal(r.status, 405);
    resp_free(&r);
    assert_int_equal(test_server_stop(&s), 0);
}

/* ---- overload ---------------------------------------------------------- */

static void test_overload(void **state)
{
    static const char *const args[] = { "--max-queue", "1", "--threads", "2", NULL };
    struct test_server s;
    struct resp r;
    char v[32], buf[8192];
    int fd;
    (void)state;
    assert_int_equal(test_server_start(&s, args), 0);
    /* One request stays in progress (half its body sent) ... */
    fd = client_connect(s.port);
    half_request(fd, sizeof article - 1);
    usleep(200 * 1000);
    /* ... so the next POST is refused at once with Retry-After ... */
    client_request(s.port, "POST", "/v1/extract", "text/plain", "Hello.", 6, NULL, &r);
    assert_int_equal(r.status, 503);
    assert_string_equal(json_string_value(json_object_get(json_object_get(r.json, "error"), "code")),
                        "overloaded");
    assert_true(client_header(&r, "Retry-After", v, sizeof v));
    resp_free(&r);
    /* ... while health checks still answer ... */
    client_request(s.port, "GET", "/healthz", NULL, NULL, 0, NULL, &r);
    assert_int_equal(r.status, 200);
    resp_free(&r);
    /* ... and the slow request completes normally. */
    raw_send(fd, article + 20, sizeof article - 1 - 20);
    assert_int_equal(raw_status(fd, buf, sizeof buf), 200);
    close(fd);
    client_request(s.port, "POST", "/v1/extract", "text/plain", "Hello.", 6, NULL, &r);
    assert_int_equal(r.status, 200);
    resp_free(&r);
    assert_int_equal(test_server_stop(&s), 0);
}

/* ---- graceful shutdown -------------------------------------------------- */

static void test_sigterm_drains(void **state)
{
    struct test_server s;
    char buf[16384];
    int fd, status = -1;
    (void)state;
    assert_int_equal(test_server_start(&s, NULL), 0);
    fd = client_connect(s.port);
    half_request(fd, sizeof article - 1);
    usleep(200 * 1000);
    kill(s.pid, SIGTERM);
    usleep(300 * 1000);
    /* The server is draining: the request in flight still gets its answer. */
    raw_send(fd, article + 20, sizeof article - 1 - 20);
    assert_int_equal(raw_status(fd, buf, sizeof buf), 200);
    assert_non_null(strstr(buf, "\"entities\""));
    close(fd);
    for (int i = 0; i < 600 && status < 0; i++) {
        int st;
        if (waitpid(s.pid, &st, WNOHANG) == s.pid)
            status = WIFEXITED(st) ? WEXITSTATUS(st) : 128;
        else
            usleep(100 * 1000);
    }
    assert_int_equal(status, 0);
    unlink(s.log_path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_metrics),
        cmocka_unit_test(test_batch),
        cmocka_unit_test(test_batch_limits),
        cmocka_unit_test(test_overload),
        cmocka_unit_test(test_sigterm_drains),
    };
    int rc;
    signal(SIGPIPE, SIG_IGN);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    rc = cmocka_run_group_tests_name("ops", tests, NULL, NULL);
    curl_global_cleanup();
    return rc;
}
