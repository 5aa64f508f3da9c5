/* client.h -- what the HTTP test programs share: start a real bylined on a
 * free loopback port (read from its JSON "listening" log line), send one
 * request with libcurl and keep status, headers and body, stop the server
 * with SIGTERM and check it exits 0. */
#ifndef BL_TEST_CLIENT_H
#define BL_TEST_CLIENT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* One response. body is NUL-terminated; json is its parse (NULL when the
 * body is empty). Free with resp_free. */
struct resp {
    long status;
    char *body;
    size_t len, cap;
    char headers[8192];
    size_t hlen;
    json_t *json;
};

/* A server under test. log_path holds its stderr (the JSON log). */
struct test_server {
    pid_t pid;
    int port;
    char log_path[64];
};

/* libcurl write callback appending to a struct resp (ud). */
size_t client_on_body(char *p, size_t size, size_t n, void *ud);

void resp_free(struct resp *r);

/* The value of header name (case-insensitive) in r, copied to out. */
bool client_header(const struct resp *r, const char *name, char *out, size_t cap);

/* One request to 127.0.0.1:port. ctype NULL sends no Content-Type; extra may
 * hold several headers separated by '\n'. Fails the current cmocka test when
 * the transfer fails or a non-empty body is not JSON. */
void client_request(int port, const char *method, const char *path, const char *ctype,
                    const char *body, size_t len, const char *extra, struct resp *r);

/* Start $BYLINE_SERVER (default bin/bylined, under $BYLINE_RUNNER when set)
 * with --host 127.0.0.1 --port 0 --data $BYLINE_DATA and then args (NULL-
 * terminated). Returns 0 once it logs "listening", else -1 (its log is
 * printed). */
int test_server_start(struct test_server *s, const char *const *args);

/* SIGTERM, then wait up to 60 s for exit status 0. Returns 0 or -1. */
int test_server_stop(struct test_server *s);

/* ---- raw sockets, for requests a test must send by hand ---------------- */

/* A TCP connection to 127.0.0.1:port (Nagle off); fails the test if none. */
int client_connect(int port);

/* Send s in pieces of `piece` bytes with gap_ms between them. Returns false
 * when the server closed the connection under us. */
bool client_send_slowly(int fd, const char *s, size_t len, size_t piece, long gap_ms);

/* Read until the server closes (or deadline_s passes). Returns the bytes
 * read into buf (NUL-terminated), or -1 on a timeout. */
long client_read_to_close(int fd, char *buf, size_t cap, double deadline_s);

/* The status code of a raw HTTP/1.x reply, or 0. */
long client_status_of(const char *reply);

/* Monotonic seconds, and a sleep that survives signals. */
double client_now_s(void);
void client_sleep_ms(long ms);

#endif /* BL_TEST_CLIENT_H */
