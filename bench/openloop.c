/* openloop.c -- a fixed-rate (open-loop) HTTP load generator for `make bench`.
 * wrk keeps N requests in flight and sends the next one when an answer comes
 * back, so its latency is only ever N / throughput; it cannot say what a
 * client sending 3,000 requests a second would see. This sends on a clock:
 * request i is due at start + i / rate whether or not earlier ones have been
 * answered, and its latency runs from when it was due (a request waiting for a
 * free connection counts that wait), so a server that falls behind shows it.
 * It runs on the cores it measures, so it spends little per request: no wake
 * for freed send space, no read past an answer, and answer bodies counted and
 * dropped in the kernel rather than copied out.
 *
 * Usage: openloop --port P [--host 127.0.0.1] [--path /v1/extract]
 *                 [--rate R] [--seconds S] [--connections C] [--prefix K]
 *                 ARTICLE...
 * Bodies are the article files in turn, sent as text/plain. Prints key/value
 * lines "<prefix>.<name> <value>" for bench/run.sh, its own CPU among them
 * (client_cpu_pct, of one core). Exit 0 unless it could not
 * run at all. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_CONNS 1024
#define HEAD_MAX 16384  /* most bytes of response head read */
#define HEAD_READ 1024  /* bytes read at a time while looking for the head's end */

struct body {
    char *req; /* whole request: head + body */
    size_t len;
};

/* One connection. At most one request is in flight on it, so what arrives
 * after the head is that answer's body: its length is counted, not copied
 * (recv with MSG_TRUNC discards in the kernel), and nothing is read past it. */
struct conn {
    int fd;
    bool busy;
    bool want_out;   /* EPOLLOUT asked for: a send would have blocked */
    bool in_body;    /* the head is in; left counts the body still to come */
    int status;
    uint64_t due_ns; /* when the request in flight was due */
    const struct body *b;
    size_t sent;
    size_t left;
    char head[HEAD_MAX];
    size_t head_len;
    struct conn *next_idle;
};

struct run {
    const char *host, *path, *prefix;
    int port;
    double rate, seconds;
    size_t nconns;
    struct body *bodies;
    size_t nbodies;
    uint64_t *lat; /* latencies in ns of completed requests */
    size_t nlat, cap_lat;
    size_t non200, errors;
    struct conn *idle_head, *idle_tail; /* idle connections, oldest first */
    size_t idle;
    size_t inflight; /* requests sent and not yet answered (or failed) */
};

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int read_body(const char *path, const char *host, const char *uri, struct body *out)
{
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    long n;
    int head;
    if (!f)
        return -1;
    if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
        goto fail;
    text = malloc((size_t)n + 512);
    if (!text)
        goto fail;
    head = snprintf(text, 512,
                    "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: text/plain; charset=utf-8\r\n"
                    "Content-Length: %ld\r\n\r\n",
                    uri, host, n);
    if (head <= 0 || head >= 512 || fread(text + head, 1, (size_t)n, f) != (size_t)n)
        goto fail;
    fclose(f);
    out->req = text;
    out->len = (size_t)head + (size_t)n;
    return 0;
fail:
    free(text);
    fclose(f);
    return -1;
}

/* Idle connections wait in a FIFO, so requests take turns over all of them
 * as they did when the next one was searched for round robin. */
static void idle_push(struct run *r, struct conn *c)
{
    c->busy = false;
    c->next_idle = NULL;
    if (r->idle_tail)
        r->idle_tail->next_idle = c;
    else
        r->idle_head = c;
    r->idle_tail = c;
    r->idle++;
}

static struct conn *idle_pop(struct run *r)
{
    struct conn *c = r->idle_head;
    if (!c)
        return NULL;
    r->idle_head = c->next_idle;
    if (!r->idle_head)
        r->idle_tail = NULL;
    r->idle--;
    return c;
}

/* Level-triggered EPOLLIN always; EPOLLOUT only while a send is blocked, so
 * that freed send space (every ACK) does not wake the loop. */
static int conn_watch(struct conn *c, int ep, int op, bool out)
{
    struct epoll_event ev = {0};
    ev.events = EPOLLIN | (out ? EPOLLOUT : 0u);
    ev.data.ptr = c;
    c->want_out = out;
    return epoll_ctl(ep, op, c->fd, &ev);
}

static int conn_open(struct run *r, struct conn *c, int ep)
{
    struct sockaddr_in sa = {0};
    int one = 1;
    c->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c->fd < 0)
        return -1;
    (void)setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sa.sin_family = AF_INET;
    sa.sin_port = htons((uint16_t)r->port);
    if (inet_pton(AF_INET, r->host, &sa.sin_addr) != 1)
        return -1;
    if (connect(c->fd, (struct sockaddr *)&sa, sizeof sa) != 0 && errno != EINPROGRESS)
        return -1;
    c->head_len = 0;
    c->in_body = false;
    /* a send before the connection is up fails with EAGAIN and asks for
     * EPOLLOUT then */
    return conn_watch(c, ep, EPOLL_CTL_ADD, false);
}

/* Drop a broken connection (its request, if any, counts as an error) and
 * open a new one in its place, idle. */
static void conn_fail(struct run *r, struct conn *c, int ep)
{
    bool was_busy = c->busy;
    if (was_busy) {
        r->errors++;
        r->inflight--;
        c->busy = false;
    }
    (void)epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    if (conn_open(r, c, ep) != 0) {
        if (c->fd >= 0)
            close(c->fd);
        c->fd = -1; /* lost for good: dropped when it leaves the idle list */
        return;
    }
    if (was_busy)
        idle_push(r, c);
}

static void push_write(struct conn *c, struct run *r, int ep)
{
    while (c->busy && c->sent < c->b->len) {
        ssize_t w = send(c->fd, c->b->req + c->sent, c->b->len - c->sent, MSG_NOSIGNAL);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN) {
                if (!c->want_out && conn_watch(c, ep, EPOLL_CTL_MOD, true) != 0)
                    conn_fail(r, c, ep);
                return;
            }
            conn_fail(r, c, ep);
            return;
        }
        c->sent += (size_t)w;
    }
    if (c->want_out && conn_watch(c, ep, EPOLL_CTL_MOD, false) != 0)
        conn_fail(r, c, ep);
}

static int record(struct run *r, uint64_t lat)
{
    if (r->nlat == r->cap_lat) {
        size_t cap = r->cap_lat ? 2 * r->cap_lat : 4096;
        uint64_t *p = realloc(r->lat, cap * sizeof *p);
        if (!p)
            return -1;
        r->lat = p;
        r->cap_lat = cap;
    }
    r->lat[r->nlat++] = lat;
    return 0;
}

/* The head in c->head is complete (ends at byte n): its status and the body
 * length still to come. A head without Content-Length has an empty body. */
static void head_done(struct conn *c, size_t n)
{
    const char *cl;
    size_t blen = 0, have = c->head_len - n;
    c->status = atoi(c->head + 9);
    cl = memmem(c->head, n, "Content-Length:", 15);
    if (!cl)
        cl = memmem(c->head, n, "content-length:", 15);
    if (cl)
        blen = strtoul(cl + 15, NULL, 10);
    /* bytes read past the head belong to the body (never beyond it: the
     * head is read in small pieces, but a short body may fit in one) */
    c->left = blen > have ? blen - have : 0;
    c->in_body = true;
}

/* Read what has arrived on c: the head into c->head, then the body counted
 * and dropped. The answer is complete when its last byte is read, and its
 * latency runs from when its request was due. */
static void pull_read(struct conn *c, struct run *r, int ep)
{
    for (;;) {
        ssize_t n;
        if (!c->in_body) {
            size_t room = HEAD_MAX - 1 - c->head_len;
            const char *end;
            if (room == 0) {
                conn_fail(r, c, ep); /* no head within HEAD_MAX bytes */
                return;
            }
            n = recv(c->fd, c->head + c->head_len, room < HEAD_READ ? room : HEAD_READ, 0);
            if (n > 0) {
                size_t from = c->head_len > 3 ? c->head_len - 3 : 0;
                c->head_len += (size_t)n;
                end = memmem(c->head + from, c->head_len - from, "\r\n\r\n", 4);
                if (!end || !c->busy)
                    continue;
                head_done(c, (size_t)(end - c->head) + 4);
            }
        } else if (c->left > 0) {
            /* MSG_TRUNC on TCP: the kernel counts the bytes and drops
             * them, writing nothing (hence no buffer) */
            n = recv(c->fd, NULL, c->left, MSG_TRUNC);
            if (n > 0)
                c->left -= (size_t)n;
        } else {
            n = 1;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            return;
        if (n <= 0) {
            conn_fail(r, c, ep);
            return;
        }
        if (c->in_body && c->left == 0) {
            if (record(r, now_ns() - c->due_ns) != 0)
                r->errors++;
            if (c->status != 200)
                r->non200++;
            c->head_len = 0;
            c->in_body = false;
            r->inflight--;
            idle_push(r, c);
            return; /* nothing more is due on this connection */
        }
    }
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static double pct(const struct run *r, double p)
{
    size_t i;
    if (!r->nlat)
        return 0;
    i = (size_t)(p / 100.0 * (double)(r->nlat - 1) + 0.5);
    return (double)r->lat[i] / 1e6;
}

static int drive(struct run *r)
{
    struct conn *cs = calloc(r->nconns, sizeof *cs);
    struct epoll_event evs[256];
    int ep = epoll_create1(EPOLL_CLOEXEC);
    uint64_t start, interval = (uint64_t)(1e9 / r->rate), end_send, give_up;
    size_t next = 0, total = (size_t)(r->rate * r->seconds), sent = 0;
    int rc = -1;
    if (!cs || ep < 0)
        goto out;
    for (size_t i = 0; i < r->nconns; i++)
        cs[i].fd = -1;
    for (size_t i = 0; i < r->nconns; i++) {
        if (conn_open(r, &cs[i], ep) != 0) {
            fprintf(stderr, "openloop: cannot connect to %s:%d\n", r->host, r->port);
            goto out;
        }
        idle_push(r, &cs[i]);
    }
    start = now_ns() + 50000000u; /* let the connections settle */
    end_send = start + (uint64_t)(r->seconds * 1e9);
    give_up = end_send + 10000000000u; /* answers still out 10 s after: errors */
    for (;;) {
        uint64_t t = now_ns();
        int n;
        struct timespec wait = {0, 5000000}; /* nothing due: wake for answers */
        /* send every request that is due, oldest first, on idle connections */
        while (next < total && start + next * interval <= t && r->idle > 0) {
            struct conn *c = idle_pop(r);
            if (c->fd < 0)
                continue;
            c->busy = true;
            c->due_ns = start + next * interval;
            c->b = &r->bodies[next % r->nbodies];
            c->sent = 0;
            r->inflight++;
            next++;
            sent++;
            push_write(c, r, ep);
        }
        if (next >= total && r->inflight == 0)
            break;
        if (t > give_up) {
            r->errors += r->inflight;
            break;
        }
        /* sleep to the next due time with nanosecond precision: a millisecond
         * timeout would either spin or send in bursts at 3,000 req/s */
        if (next < total && r->idle > 0) {
            uint64_t due = start + next * interval, d = due > t ? due - t : 0;
            wait.tv_sec = (time_t)(d / 1000000000u);
            wait.tv_nsec = (long)(d % 1000000000u);
        }
        n = epoll_pwait2(ep, evs, 256, &wait, NULL);
        for (int i = 0; i < n; i++) {
            struct conn *c = evs[i].data.ptr;
            if (c->fd < 0)
                continue;
            if (evs[i].events & EPOLLOUT)
                push_write(c, r, ep);
            if (c->fd >= 0 && (evs[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
                pull_read(c, r, ep);
        }
    }
    r->errors += total - next; /* never sent: every connection was lost */
    printf("%s.offered_rps %.0f\n", r->prefix, r->rate);
    printf("%s.achieved_rps %.0f\n", r->prefix,
           (double)r->nlat / ((double)(now_ns() - start) / 1e9));
    printf("%s.sent %zu\n%s.completed %zu\n", r->prefix, sent, r->prefix, r->nlat);
    if (r->nlat)
        qsort(r->lat, r->nlat, sizeof *r->lat, cmp_u64);
    printf("%s.p50_ms %.2f\n%s.p90_ms %.2f\n%s.p99_ms %.2f\n%s.max_ms %.2f\n", r->prefix,
           pct(r, 50), r->prefix, pct(r, 90), r->prefix, pct(r, 99), r->prefix, pct(r, 100));
    printf("%s.non200 %zu\n%s.errors %zu\n", r->prefix, r->non200, r->prefix, r->errors);
    {
        /* this client's own CPU over the run, as a share of one core: it
         * runs on the cores it measures */
        struct rusage ru;
        if (getrusage(RUSAGE_SELF, &ru) == 0) {
            double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                         (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
            printf("%s.client_cpu_pct %.1f\n", r->prefix,
                   100.0 * cpu / ((double)(now_ns() - start) / 1e9));
        }
    }
    rc = 0;
out:
    if (cs)
        for (size_t i = 0; i < r->nconns; i++) {
            if (cs[i].fd >= 0)
                close(cs[i].fd);
        }
    free(cs);
    if (ep >= 0)
        close(ep);
    return rc;
}

int main(int argc, char **argv)
{
    struct run r = {.host = "127.0.0.1", .path = "/v1/extract", .prefix = "openloop",
                    .rate = 3000, .seconds = 10, .nconns = 64};
    int rc = 1, ai;
    for (ai = 1; ai < argc && argv[ai][0] == '-'; ai++) {
        const char *a = argv[ai], *v = ai + 1 < argc ? argv[ai + 1] : NULL;
        if (!v)
            goto usage;
        if (!strcmp(a, "--port"))
            r.port = atoi(v);
        else if (!strcmp(a, "--host"))
            r.host = v;
        else if (!strcmp(a, "--path"))
            r.path = v;
        else if (!strcmp(a, "--rate"))
            r.rate = atof(v);
        else if (!strcmp(a, "--seconds"))
            r.seconds = atof(v);
        else if (!strcmp(a, "--connections"))
            r.nconns = (size_t)strtoul(v, NULL, 10);
        else if (!strcmp(a, "--prefix"))
            r.prefix = v;
        else
            goto usage;
        ai++;
    }
    if (r.port <= 0 || r.rate <= 0 || r.seconds <= 0 || r.nconns == 0 || r.nconns > MAX_CONNS ||
        ai >= argc)
        goto usage;
    r.nbodies = (size_t)(argc - ai);
    r.bodies = calloc(r.nbodies, sizeof *r.bodies);
    if (!r.bodies)
        return 1;
    for (size_t i = 0; i < r.nbodies; i++)
        if (read_body(argv[ai + (int)i], r.host, r.path, &r.bodies[i]) != 0) {
            fprintf(stderr, "openloop: cannot read %s\n", argv[ai + (int)i]);
            goto out;
        }
    rc = drive(&r) == 0 ? 0 : 1;
out:
    for (size_t i = 0; i < r.nbodies; i++)
        free(r.bodies[i].req);
    free(r.bodies);
    free(r.lat);
    return rc;
usage:
    fprintf(stderr, "usage: openloop --port P [--host IP] [--path URI] [--rate R] [--seconds S] "
                    "[--connections C] [--prefix K] ARTICLE...\n");
    return 2;
}
