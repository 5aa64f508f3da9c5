/* client.c -- the pieces of the HTTP tests that every test program needs:
 * the server's lifecycle and one libcurl request. See client.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "client.h"

#include <curl/curl.h>
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <time.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

size_t client_on_body(char *p, size_t size, size_t n, void *ud)
{
    struct resp *r = ud;
    /* Grow by doubling: a 15 MB answer in 16 KB pieces copied whole each
     * time is quadratic, slow enough under valgrind for the server's idle
     * timeout to cut the connection. */
    if (r->len + size * n + 1 > r->cap) {
        size_t cap = r->cap ? r->cap : 16384;
        char *nb;
        while (cap < r->len + size * n + 1)
            cap *= 2;
        nb = realloc(r->body, cap);
        if (!nb)
            return 0;
        r->body = nb;
        r->cap = cap;
    }
    memcpy(r->body + r->len, p, size * n);
    r->len += size * n;
    r->body[r->len] = '\0';
    return size * n;
}

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
    struct resp *r = ud;
    size_t k = size * n;
    if (r->hlen + k < sizeof r->headers) {
        memcpy(r->headers + r->hlen, p, k);
        r->hlen += k;
        r->headers[r->hlen] = '\0';
    }
    return k;
}

void resp_free(struct resp *r)
{
    free(r->body);
    json_decref(r->json);
    memset(r, 0, sizeof *r);
}

bool client_header(const struct resp *r, const char *name, char *out, size_t cap)
{
    const char *p = r->headers;
    size_t n = strlen(name);
    while (p && *p) {
        if (strncasecmp(p, name, n) == 0 && p[n] == ':') {
            const char *v = p + n + 1, *e;
            while (*v == ' ')
                v++;
            e = strpbrk(v, "\r\n");
            n = e ? (size_t)(e - v) : strlen(v);
            if (n >= cap)
                n = cap - 1;
            memcpy(out, v, n);
            out[n] = '\0';
            return true;
        }
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    return false;
}

void client_request(int port, const char *method, const char *path, const char *ctype,
                    const char *body, size_t len, const char *extra, struct resp *r)
{
    CURL *c = curl_easy_init();
    struct curl_slist *h = NULL;
    char url[512], line[512];

    memset(r, 0, sizeof *r);
    assert_non_null(c);
    (void)snprintf(url, sizeof url, "http://127.0.0.1:%d%s", port, path);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
    if (!strcmp(method, "HEAD"))
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    if (body) {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
    }
    if (ctype) {
        (void)snprintf(line, sizeof line, "Content-Type: %s", ctype);
        h = curl_slist_append(h, line);
    } else {
        h = curl_slist_append(h, "Content-Type:");
    }
    /* curl's own default: bodies over 1 MB ask "Expect: 100-continue", so a
     * 413 decided from the headers arrives before the body is sent. Wait for
     * it as long as a server under valgrind may take; smaller bodies go at
     * once. */
    if (len > (1u << 20))
        curl_easy_setopt(c, CURLOPT_EXPECT_100_TIMEOUT_MS, 60000L);
    else
        h = curl_slist_append(h, "Expect:");
    while (extra && *extra) {
        size_t n = strcspn(extra, "\n");
        (void)snprintf(line, sizeof line, "%.*s", (int)n, extra);
        h = curl_slist_append(h, line);
        extra += n + (extra[n] == '\n');
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, client_on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, r);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, r);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 120L);
    assert_int_equal(curl_easy_perform(c), CURLE_OK);
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
    curl_slist_free_all(h);
    curl_easy_cleanup(c);
    if (r->len) {
        json_error_t e;
        r->json = json_loadb(r->body, r->len, JSON_ALLOW_NUL, &e);
        if (!r->json)
            fail_msg("response to %s %s is not JSON: %.200s", method, path, r->body);
    }
}

/* ---- server lifecycle ------------------------------------------------- */

static int read_port_from_log(struct test_server *s)
{
    for (int tries = 0; tries < 1200; tries++) { /* up to 120 s (valgrind) */
        FILE *f = fopen(s->log_path, "r");
        char line[2048];
        int status;
        if (f) {
            while (fgets(line, sizeof line, f)) {
                json_error_t e;
                json_t *j = json_loads(line, 0, &e);
                const char *msg = json_string_value(json_object_get(j, "msg"));
                if (msg && !strcmp(msg, "listening")) {
                    int port = (int)json_integer_value(json_object_get(j, "port"));
                    json_decref(j);
                    (void)fclose(f);
                    return port;
                }
                json_decref(j);
            }
            (void)fclose(f);
        }
        if (waitpid(s->pid, &status, WNOHANG) == s->pid) {
            s->pid = -1; /* reaped: nothing to stop later */
            return -1;
        }
        usleep(100 * 1000);
    }
    return -1;
}

int test_server_start(struct test_server *s, const char *const *args)
{
    const char *bin = getenv("BYLINE_SERVER"), *data = getenv("BYLINE_DATA");
    const char *runner = getenv("BYLINE_RUNNER");
    pid_t parent;
    int fd;

    if (!bin)
        bin = "bin/bylined";
    if (!data)
        data = "data";
    (void)snprintf(s->log_path, sizeof s->log_path, "/tmp/byline-http-XXXXXX");
    s->port = -1;
    fd = mkstemp(s->log_path);
    if (fd < 0)
        return -1;
    parent = getpid();
    s->pid = fork();
    if (s->pid == 0) {
        char *argv[64];
        int argc = 0;
        char rbuf[512];
        if (runner && *runner) {
            (void)snprintf(rbuf, sizeof rbuf, "%s", runner);
            for (char *tok = strtok(rbuf, " "); tok && argc < 32; tok = strtok(NULL, " "))
                argv[argc++] = tok;
        }
        argv[argc++] = (char *)bin;
        argv[argc++] = "--host";
        argv[argc++] = "127.0.0.1";
        argv[argc++] = "--port";
        argv[argc++] = "0";
        argv[argc++] = "--data";
        argv[argc++] = (char *)data;
        for (size_t i = 0; args && args[i] && argc < 63; i++)
            argv[argc++] = (char *)args[i];
        argv[argc] = NULL;
        /* Nothing of the server reaches the test's own output (a runner
         * capturing it would wait for the server too), and the server dies
         * with the test, even one that failed before stopping it. */
        dup2(fd, 1);
        dup2(fd, 2);
        (void)prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(127);
        execvp(argv[0], argv);
        _exit(127);
    }
    close(fd);
    s->port = read_port_from_log(s);
    if (s->port <= 0) {
        FILE *f = fopen(s->log_path, "r");
        char line[1024];
        (void)fprintf(stderr, "bylined did not start; its log (%s):\n", s->log_path);
        while (f && fgets(line, sizeof line, f))
            (void)fputs(line, stderr);
        if (f)
            (void)fclose(f);
        return -1;
    }
    return 0;
}

int test_server_stop(struct test_server *s)
{
    int status = 0;
    if (s->pid <= 0)
        return -1;
    kill(s->pid, SIGTERM);
    for (int i = 0; i < 600; i++) {
        if (waitpid(s->pid, &status, WNOHANG) == s->pid) {
            s->pid = -1;
            if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
                unlink(s->log_path);
                return 0;
            }
            (void)fprintf(stderr, "bylined exited with status %d; log in %s\n",
                    WIFEXITED(status) ? WEXITSTATUS(status) : -1, s->log_path);
            return -1;
        }
        usleep(100 * 1000);
    }
    kill(s->pid, SIGKILL);
    (void)fprintf(stderr, "bylined did not stop within 60 s of SIGTERM\n");
    return -1;
}

/* ---- raw sockets -------------------------------------------------------- */

double client_now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

void client_sleep_ms(long ms)
{
    struct timespec t = { ms / 1000, (ms % 1000) * 1000000L };
    while (nanosleep(&t, &t) != 0 && errno == EINTR)
        ;
}

int client_connect(int port)
{
    struct sockaddr_in a;
    int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    assert_true(fd >= 0);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    assert_int_equal(connect(fd, (struct sockaddr *)&a, sizeof a), 0);
    (void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

bool client_send_slowly(int fd, const char *s, size_t len, size_t piece, long gap_ms)
{
    for (size_t off = 0; off < len; off += piece) {
        size_t n = len - off < piece ? len - off : piece;
        if (send(fd, s + off, n, MSG_NOSIGNAL) != (ssize_t)n)
            return false;
        if (gap_ms && off + n < len)
            client_sleep_ms(gap_ms);
    }
    return true;
}

long client_read_to_close(int fd, char *buf, size_t cap, double deadline_s)
{
    size_t got = 0;
    double end = client_now_s() + deadline_s;
    buf[0] = '\0';
    for (;;) {
        struct pollfd p = { fd, POLLIN, 0 };
        double left = end - client_now_s();
        ssize_t n;
        if (left <= 0)
            return -1;
        if (poll(&p, 1, (int)(left * 1000) + 1) <= 0)
            continue;
        n = recv(fd, buf + got, cap - 1 - got, 0);
        if (n <= 0)
            break; /* closed (0) or reset */
        got += (size_t)n;
        buf[got] = '\0';
        if (got + 1 == cap)
            break;
    }
    return (long)got;
}

long client_status_of(const char *reply)
{
    long st = 0;
    if (sscanf(reply, "HTTP/1.%*d %ld", &st) != 1)
        return 0;
    return st;
}
