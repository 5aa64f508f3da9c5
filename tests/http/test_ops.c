/* test_ops.c -- the operator's side of bylined against live servers:
 * /metrics, streamed /v1/batch and its limits, overload answered with 503 +
 * Retry-After, and a SIGTERM that lets a request in flight finish. */
#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "client.h"
#include <curl/curl.h>
#include "schema.h"

#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static const char article[] =
    "Lisbon, May 2 — Portugal's parliament approved a housing bill on Friday after a long debate.\n"
    "“Rents have doubled in ten years,” said Housing Minister Joana Ferreira. “Families cannot wait.”\n";

static void wait_in_flight(int port, int want);

/* True when the servers run under valgrind (make valgrind). */
static bool under_valgrind(void)
{
    const char *r = getenv("BYLINE_RUNNER");
    return r && strstr(r, "valgrind");
}

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
    wait_in_flight(s.port, 2);
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
    wait_in_flight(s.port, 2);
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

/* ---- stress: many clients at once on the worker queue ------------------- */

/* Five lines in, four out: two extractions and two per-line errors. */
static const char stress_batch[] =
    "{\"id\": \"g1\", \"text\": \"Mayor Ines Duarte opened a bridge in Porto on Monday.\"}\n"
    "\n"
    "this line is not json\n"
    "{\"id\": \"b2\", \"text\": 12}\n"
    "{\"id\": \"g3\", \"text\": \"Officials in Lyon said the river had risen overnight.\"}\n";

/* Checks the NDJSON of stress_batch; NULL when right, else what is wrong. */
static const char *check_stress_batch(const char *body, size_t len)
{
    static const struct {
        const char *id;   /* NULL: the line has no id */
        const char *code; /* NULL: an extraction */
    } want[] = { { "g1", NULL }, { NULL, "bad_json" }, { "b2", "bad_text" }, { "g3", NULL } };
    size_t pos = 0, i = 0;
    while (pos < len) {
        const char *nl = memchr(body + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - body) : len;
        json_error_t e;
        json_t *j, *err;
        const char *bad = NULL;
        if (!nl)
            return "last line has no newline";
        if (i == sizeof want / sizeof want[0])
            return "too many lines";
        j = json_loadb(body + pos, end - pos, 0, &e);
        if (!json_is_object(j))
            bad = "a line is not a JSON object";
        err = json_object_get(j, "error");
        if (!bad && want[i].id &&
            strcmp(json_string_value(json_object_get(j, "id")) ? json_string_value(json_object_get(j, "id")) : "", want[i].id))
            bad = "wrong id";
        if (!bad && want[i].code &&
            strcmp(json_string_value(json_object_get(err, "code")) ? json_string_value(json_object_get(err, "code")) : "", want[i].code))
            bad = "wrong error code";
        if (!bad && !want[i].code && (err || !json_is_array(json_object_get(j, "entities"))))
            bad = "an extraction line is not an extraction";
        json_decref(j);
        if (bad)
            return bad;
        pos = end + 1;
        i++;
    }
    return i == sizeof want / sizeof want[0] ? NULL : "too few lines";
}

struct stress_worker {
    int port;
    int id;
    int rounds;
    int answered; /* requests answered and checked */
    char failure[256];
};

static void stress_fail(struct stress_worker *w, const char *what, const char *detail)
{
    if (!w->failure[0])
        (void)snprintf(w->failure, sizeof w->failure, "client %d: %s: %.160s", w->id, what,
                       detail ? detail : "");
}

/* One request over a curl handle the client keeps (so keep-alive connections
 * are reused); no cmocka asserts here, this runs on a client thread. */
static long stress_curl(CURL *c, int port, const char *method, const char *path,
                        const char *ctype, const char *body, size_t len, struct resp *r)
{
    struct curl_slist *h = NULL;
    char url[256], line[128];
    long status = 0;
    memset(r, 0, sizeof *r);
    curl_easy_reset(c);
    (void)snprintf(url, sizeof url, "http://127.0.0.1:%d%s", port, path);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
    if (body) {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
    }
    (void)snprintf(line, sizeof line, "Content-Type: %s", ctype ? ctype : "");
    h = curl_slist_append(h, line);
    h = curl_slist_append(h, "Expect:");
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, client_on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, r);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 300L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    if (curl_easy_perform(c) == CURLE_OK)
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(h);
    r->status = status;
    return status;
}

/* A raw request on its own connection, then the client goes away: after
 * part of the body, after all of it (reset), or after a little of the
 * answer. */
static void stress_vanish(int port, const char *path, const char *ctype, const char *body,
                          size_t len, int how)
{
    char head[256], buf[256];
    int fd = client_connect(port), n;
    n = snprintf(head, sizeof head,
                 "POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: %s\r\n"
                 "Content-Length: %zu\r\n\r\n",
                 path, ctype, len);
    (void)send(fd, head, (size_t)n, MSG_NOSIGNAL);
    if (how == 0) {
        (void)send(fd, body, len / 2, MSG_NOSIGNAL);
    } else if (how == 1) {
        struct linger lg = { 1, 0 };
        (void)send(fd, body, len, MSG_NOSIGNAL);
        (void)setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    } else {
        (void)send(fd, body, len, MSG_NOSIGNAL);
        (void)recv(fd, buf, sizeof buf, 0);
    }
    close(fd);
}

/* HTTP/1.0 batch on a raw socket: no chunking, the body ends at close. */
static void stress_batch10(struct stress_worker *w)
{
    char head[256], *buf = malloc(1 << 16), *body;
    int fd = client_connect(w->port), n;
    long got;
    n = snprintf(head, sizeof head,
                 "POST /v1/batch HTTP/1.0\r\nContent-Type: application/x-ndjson\r\n"
                 "Content-Length: %zu\r\n\r\n",
                 sizeof stress_batch - 1);
    if (!buf) {
        stress_fail(w, "out of memory", NULL);
        close(fd);
        return;
    }
    if (send(fd, head, (size_t)n, MSG_NOSIGNAL) != n ||
        send(fd, stress_batch, sizeof stress_batch - 1, MSG_NOSIGNAL) != (ssize_t)sizeof stress_batch - 1)
        stress_fail(w, "HTTP/1.0 batch: send failed", NULL);
    got = client_read_to_close(fd, buf, 1 << 16, 300);
    close(fd);
    body = got > 0 ? strstr(buf, "\r\n\r\n") : NULL;
    if (client_status_of(buf) != 200 || !body) {
        stress_fail(w, "HTTP/1.0 batch: no 200", buf);
    } else {
        const char *why = check_stress_batch(body + 4, strlen(body + 4));
        if (why)
            stress_fail(w, why, body + 4);
        else
            w->answered++;
    }
    free(buf);
}

static void *stress_client(void *arg)
{
    struct stress_worker *w = arg;
    CURL *c = curl_easy_init();
    static const char big_batch_line[] =
        "{\"id\": \"x\", \"text\": \"The council in Ghent met on Tuesday to discuss the budget.\"}\n";
    char *big = malloc(sizeof big_batch_line * 24);
    size_t big_len = 0;
    struct resp r;

    if (!c || !big) {
        stress_fail(w, "out of memory", NULL);
        goto out;
    }
    for (int i = 0; i < 24; i++) {
        memcpy(big + big_len, big_batch_line, sizeof big_batch_line - 1);
        big_len += sizeof big_batch_line - 1;
    }
    for (int k = 0; k < w->rounds && !w->failure[0]; k++) {
        switch ((w->id + k) % 8) {
        case 0:
        case 4:
            if (stress_curl(c, w->port, "POST", "/v1/extract", "text/plain", article,
                            sizeof article - 1, &r) != 200 ||
                !r.body || !strstr(r.body, "\"entities\""))
                stress_fail(w, "extract", r.body);
            else
                w->answered++;
            break;
        case 1:
            if (stress_curl(c, w->port, "POST", "/v1/batch", "application/x-ndjson", stress_batch,
                            sizeof stress_batch - 1, &r) != 200)
                stress_fail(w, "batch status", r.body);
            else if (check_stress_batch(r.body ? r.body : "", r.len))
                stress_fail(w, check_stress_batch(r.body ? r.body : "", r.len), r.body);
            else
                w->answered++;
            break;
        case 2:
            if (stress_curl(c, w->port, "GET", "/healthz", NULL, NULL, 0, &r) != 200 || !r.body ||
                !strstr(r.body, "\"ok\""))
                stress_fail(w, "healthz", r.body);
            else
                w->answered++;
            break;
        case 3:
            stress_vanish(w->port, "/v1/extract", "text/plain", article, sizeof article - 1, k % 3);
            r.body = NULL;
            break;
        case 5:
            stress_vanish(w->port, "/v1/batch", "application/x-ndjson", big, big_len, k % 3);
            r.body = NULL;
            break;
        case 6:
            stress_batch10(w);
            r.body = NULL;
            break;
        default:
            /* Bad input answered on a worker too: the right 4xx as JSON. */
            if (stress_curl(c, w->port, "POST", "/v1/extract", "application/json", "{\"text\":", 8,
                            &r) != 400 ||
                !r.body || !strstr(r.body, "\"error\""))
                stress_fail(w, "bad JSON", r.body);
            else
                w->answered++;
            break;
        }
        free(r.body);
    }
out:
    if (c)
        curl_easy_cleanup(c);
    free(big);
    return NULL;
}

/* Runs nclients client threads of rounds requests each against one server
 * started with args, then checks it still answers and stops cleanly. */
static void stress_run(const char *const *args, int nclients, int rounds)
{
    struct test_server s;
    struct stress_worker w[16];
    pthread_t t[16];
    struct resp r;
    int answered = 0;

    assert_true(nclients <= 16);
    assert_int_equal(test_server_start(&s, args), 0);
    for (int i = 0; i < nclients; i++) {
        memset(&w[i], 0, sizeof w[i]);
        w[i].port = s.port;
        w[i].id = i;
        w[i].rounds = rounds;
        assert_int_equal(pthread_create(&t[i], NULL, stress_client, &w[i]), 0);
    }
    for (int i = 0; i < nclients; i++) {
        assert_int_equal(pthread_join(t[i], NULL), 0);
        if (w[i].failure[0])
            fail_msg("%s", w[i].failure);
        answered += w[i].answered;
    }
    assert_true(answered > 0);
    client_request(s.port, "GET", "/healthz", NULL, NULL, 0, NULL, &r);
    assert_int_equal(r.status, 200);
    resp_free(&r);
    client_request(s.port, "POST", "/v1/extract", "text/plain", article, sizeof article - 1, NULL, &r);
    assert_int_equal(r.status, 200);
    assert_non_null(json_object_get(r.json, "entities"));
    resp_free(&r);
    assert_int_equal(test_server_stop(&s), 0);
}

static void test_stress_one_io_thread(void **state)
{
    static const char *const args[] = { "--threads", "3", NULL };
    (void)state;
    stress_run(args, 12, 16);
}

static void test_stress_io_threads(void **state)
{
    static const char *const args[] = { "--threads", "2", "--io-threads", "3", NULL };
    (void)state;
    stress_run(args, 12, 16);
}

/* How many threads of pid may run on one CPU only, and on which (per[cpu]
 * counts them). */
static int pinned_threads(pid_t pid, int per[CPU_SETSIZE])
{
    char path[64], line[256];
    struct dirent *e;
    DIR *d;
    int n = 0;

    memset(per, 0, CPU_SETSIZE * sizeof *per);
    snprintf(path, sizeof path, "/proc/%d/task", (int)pid);
    d = opendir(path);
    assert_non_null(d);
    while ((e = readdir(d))) {
        FILE *f;
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "/proc/%d/task/%.20s/status", (int)pid, e->d_name);
        f = fopen(path, "r");
        if (!f)
            continue; /* the thread just ended */
        while (fgets(line, sizeof line, f)) {
            int cpu;
            char end;
            if (sscanf(line, "Cpus_allowed_list: %d%c", &cpu, &end) == 2 && end == '\n' &&
                cpu >= 0 && cpu < CPU_SETSIZE) {
                per[cpu]++;
                n++;
            }
        }
        fclose(f);
    }
    closedir(d);
    return n;
}

/* --pin-workers on: with at least as many workers as allowed CPUs each
 * worker runs on one CPU, round robin; with fewer, or by default, none is
 * pinned. Answers still flow (a short stress run on the pinned server). */
static void test_pin_workers(void **state)
{
    cpu_set_t allowed;
    int ncpus, per[CPU_SETSIZE];
    char threads[16];
    struct test_server s;
    (void)state;

    assert_int_equal(sched_getaffinity(0, sizeof allowed, &allowed), 0);
    ncpus = CPU_COUNT(&allowed);
    snprintf(threads, sizeof threads, "%d", 2 * ncpus);
    {
        const char *const args[] = { "--threads", threads, "--pin-workers", "on", NULL };
        assert_int_equal(test_server_start(&s, args), 0);
        if (ncpus >= 2) {
            assert_int_equal(pinned_threads(s.pid, per), 2 * ncpus);
            for (int c = 0; c < CPU_SETSIZE; c++)
                assert_int_equal(per[c], CPU_ISSET(c, &allowed) ? 2 : 0);
        }
        assert_int_equal(test_server_stop(&s), 0);
        stress_run(args, 8, 4);
    }
    {
        const char *const args[] = { "--threads", threads, NULL };
        assert_int_equal(test_server_start(&s, args), 0);
        if (ncpus >= 2)
            assert_int_equal(pinned_threads(s.pid, per), 0);
        assert_int_equal(test_server_stop(&s), 0);
    }
    if (ncpus >= 2) {
        const char *const args[] = { "--threads", "1", "--pin-workers", "on", NULL };
        assert_int_equal(test_server_start(&s, args), 0);
        assert_int_equal(pinned_threads(s.pid, per), 0);
        assert_int_equal(test_server_stop(&s), 0);
    }
}

/* in_flight as /metrics reports it (this request included), or -1. */
static double in_flight(int port)
{
    struct resp r;
    double v;
    CURL *c = curl_easy_init();
    assert_non_null(c);
    assert_int_equal(stress_curl(c, port, "GET", "/metrics", NULL, NULL, 0, &r), 200);
    v = sample(r.body ? r.body : "", "byline_http_in_flight_requests");
    free(r.body);
    curl_easy_cleanup(c);
    return v;
}

/* Waits until the server counts want requests in progress (the /metrics
 * request included). Bounded: under valgrind on a slow machine a held
 * connection could otherwise time out and the count never come. */
static void wait_in_flight(int port, int want)
{
    double t0 = client_now_s(), v = -1;
    while ((v = in_flight(port)) < want) {
        if (client_now_s() - t0 > 120)
            fail_msg("in_flight stayed at %.0f of %d for 120 s", v, want);
        client_sleep_ms(20);
    }
}

/* SIGTERM while extractions and batches are queued, running and streaming:
 * every request the server had begun is answered in full, then it exits 0. */
static void test_stress_sigterm(void **state)
{
    static const char *const args[] = { "--threads", "2", "--timeout", "600", NULL };
    enum { N = 8 };
    struct test_server s;
    int fd[N], status = -1;
    char *buf = malloc(1 << 16);
    (void)state;
    assert_non_null(buf);
    assert_int_equal(test_server_start(&s, args), 0);
    for (int i = 0; i < N; i++) {
        char head[256];
        bool batch = i % 2;
        int n = snprintf(head, sizeof head,
                         "POST %s HTTP/1.0\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n",
                         batch ? "/v1/batch" : "/v1/extract",
                         batch ? "application/x-ndjson" : "text/plain",
                         batch ? sizeof stress_batch - 1 : sizeof article - 1);
        fd[i] = client_connect(s.port);
        raw_send(fd[i], head, (size_t)n);
        raw_send(fd[i], batch ? stress_batch : article, 10);
    }
    /* Every request has begun (the server counts it) before the signal. */
    wait_in_flight(s.port, N + 1);
    for (int i = 0; i < N; i++) {
        bool batch = i % 2;
        raw_send(fd[i], (batch ? stress_batch : article) + 10,
                 (batch ? sizeof stress_batch : sizeof article) - 1 - 10);
    }
    kill(s.pid, SIGTERM);
    for (int i = 0; i < N; i++) {
        char *body;
        assert_true(client_read_to_close(fd[i], buf, 1 << 16, 300) > 0);
        close(fd[i]);
        assert_int_equal(client_status_of(buf), 200);
        body = strstr(buf, "\r\n\r\n");
        assert_non_null(body);
        if (i % 2) {
            const char *why = check_stress_batch(body + 4, strlen(body + 4));
            if (why)
                fail_msg("batch %d after SIGTERM: %s: %.300s", i, why, body + 4);
        } else {
            json_error_t e;
            json_t *j = json_loads(body + 4, 0, &e);
            assert_non_null(json_object_get(j, "entities"));
            json_decref(j);
        }
    }
    free(buf);
    for (int i = 0; i < 1200 && status < 0; i++) {
        int st;
        if (waitpid(s.pid, &st, WNOHANG) == s.pid)
            status = WIFEXITED(st) ? WEXITSTATUS(st) : 128;
        else
            client_sleep_ms(100);
    }
    assert_int_equal(status, 0);
    unlink(s.log_path);
}

/* Health and readiness probes are answered on the socket thread, never queued
 * behind analyses: with one worker busy on five long articles, /healthz and
 * /readyz come back while the last article is still unanswered (it needs the
 * other four done first: a second or more, against a probe's milliseconds). */
static void test_probes_not_queued(void **state)
{
    static const char *const args[] = { "--threads", "1", "--timeout", "600", "--max-body",
                                        "4M", "--max-text", "4M", NULL };
    static const char unit[] = "Anna Berg said the talks in Oslo would go on. ";
    enum { N = 5 };
    /* About 1.9 MB each, so that the queue holds most of a second of work
     * (ten times the pause below) even on a fast machine; under valgrind,
     * where the order is not checked, less. */
    size_t reps = under_valgrind() ? 6000 : 40000;
    size_t len = (sizeof unit - 1) * reps;
    char *text = malloc(len), head[256], *buf = malloc(1 << 16);
    struct test_server s;
    struct resp r;
    struct pollfd p;
    int fd[N];
    (void)state;
    assert_non_null(text);
    assert_non_null(buf);
    for (size_t i = 0; i < reps; i++)
        memcpy(text + i * (sizeof unit - 1), unit, sizeof unit - 1);
    assert_int_equal(test_server_start(&s, args), 0);
    for (int i = 0; i < N; i++) {
        int n = snprintf(head, sizeof head,
                         "POST /v1/claims HTTP/1.0\r\nContent-Type: text/plain\r\n"
                         "Content-Length: %zu\r\n\r\n",
                         len);
        fd[i] = client_connect(s.port);
        raw_send(fd[i], head, (size_t)n);
        raw_send(fd[i], text, len - 1);
    }
    /* All are in progress (their last byte held back), then all complete. */
    wait_in_flight(s.port, N + 1);
    for (int i = 0; i < N; i++)
        raw_send(fd[i], text + len - 1, 1);
    /* Let the socket thread read the bodies, so that a queued probe would
     * wait behind all of them; the check below does not depend on it. */
    client_sleep_ms(100);
    client_request(s.port, "GET", "/healthz", NULL, NULL, 0, NULL, &r);
    assert_int_equal(r.status, 200);
    resp_free(&r);
    client_request(s.port, "GET", "/readyz", NULL, NULL, 0, NULL, &r);
    assert_int_equal(r.status, 200);
    resp_free(&r);
    p.fd = fd[N - 1];
    p.events = POLLIN;
    p.revents = 0;
    /* Under valgrind the threads take turns on one lock, and the worker may
     * keep it until the queue is empty, so there the order proves nothing:
     * the check runs in the plain and sanitizer suites. */
    if (poll(&p, 1, 0) != 0 && !under_valgrind())
        fail_msg("/healthz waited behind the analysis queue");
    for (int i = 0; i < N; i++) {
        assert_true(client_read_to_close(fd[i], buf, 1 << 16, 600) > 0);
        assert_int_equal(client_status_of(buf), 200);
        close(fd[i]);
    }
    free(buf);
    free(text);
    assert_int_equal(test_server_stop(&s), 0);
}

/* Clients that give up while their request waits in the queue: the worker
 * still makes the answer, and when the connection turns out closed on
 * resume the answer must be freed with it (the leak checkers see it). */
static void test_gone_while_queued(void **state)
{
    static const char *const args[] = { "--threads", "1", "--timeout", "600", NULL };
    static const char unit[] = "Anna Berg said the talks in Oslo would go on. ";
    static const char small[] = "Mayor Ines Duarte opened a bridge in Porto.";
    enum { NBIG = 3, NSMALL = 6, REPS = 3000 };
    size_t len = (sizeof unit - 1) * REPS;
    char *text = malloc(len), head[256], *buf = malloc(1 << 16);
    struct test_server s;
    struct resp r;
    int big[NBIG], gone[NSMALL];
    (void)state;
    assert_non_null(text);
    assert_non_null(buf);
    for (size_t i = 0; i < REPS; i++)
        memcpy(text + i * (sizeof unit - 1), unit, sizeof unit - 1);
    assert_int_equal(test_server_start(&s, args), 0);
    /* Long articles keep the one worker busy ... */
    for (int i = 0; i < NBIG; i++) {
        int n = snprintf(head, sizeof head,
                         "POST /v1/claims HTTP/1.0\r\nContent-Type: text/plain\r\n"
                         "Content-Length: %zu\r\n\r\n",
                         len);
        big[i] = client_connect(s.port);
        raw_send(big[i], head, (size_t)n);
        raw_send(big[i], text, len - 1);
    }
    /* ... while short requests queue behind them ... */
    for (int i = 0; i < NSMALL; i++) {
        int n = snprintf(head, sizeof head,
                         "POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Type: text/plain\r\nContent-Length: %zu\r\n\r\n%s",
                         sizeof small - 1, small);
        gone[i] = client_connect(s.port);
        raw_send(gone[i], head, (size_t)n - 1);
    }
    /* (all in progress, each with its last byte held back) */
    wait_in_flight(s.port, NBIG + NSMALL + 1);
    for (int i = 0; i < NBIG; i++)
        raw_send(big[i], text + len - 1, 1);
    client_sleep_ms(200); /* the long ones read first, so ahead in the queue */
    for (int i = 0; i < NSMALL; i++)
        raw_send(gone[i], small + sizeof small - 2, 1);
    client_sleep_ms(100);
    /* ... and their clients go: half reset, half closed. */
    for (int i = 0; i < NSMALL; i++) {
        if (i % 2) {
            struct linger lg = { 1, 0 };
            (void)setsockopt(gone[i], SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        }
        close(gone[i]);
    }
    for (int i = 0; i < NBIG; i++) {
        assert_true(client_read_to_close(big[i], buf, 1 << 16, 600) > 0);
        assert_int_equal(client_status_of(buf), 200);
        close(big[i]);
    }
    client_request(s.port, "GET", "/healthz", NULL, NULL, 0, NULL, &r);
    assert_int_equal(r.status, 200);
    resp_free(&r);
    free(buf);
    free(text);
    assert_int_equal(test_server_stop(&s), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_metrics),
        cmocka_unit_test(test_batch),
        cmocka_unit_test(test_batch_limits),
        cmocka_unit_test(test_overload),
        cmocka_unit_test(test_sigterm_drains),
        cmocka_unit_test(test_stress_one_io_thread),
        cmocka_unit_test(test_stress_io_threads),
        cmocka_unit_test(test_pin_workers),
        cmocka_unit_test(test_stress_sigterm),
        cmocka_unit_test(test_probes_not_queued),
        cmocka_unit_test(test_gone_while_queued),
    };
    int rc;
    signal(SIGPIPE, SIG_IGN);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    rc = cmocka_run_group_tests_name("ops", tests, NULL, NULL);
    curl_global_cleanup();
    return rc;
}
