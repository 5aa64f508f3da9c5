/* config.c -- bylined's settings: built-in defaults, then a JSON config
 * file, then BYLINE_* environment variables, then flags. Every limit the
 * server enforces is one of these settings. */
#include "bl_server.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage[] =
    "usage: bylined [options]\n"
    "\n"
    "Serves the byline extraction API over HTTP.\n"
    "\n"
    "  --host HOST            address to listen on (default 127.0.0.1; env BYLINE_HOST)\n"
    "  --port N               TCP port, 0 for any free one (default 8080; BYLINE_PORT)\n"
    "  --threads N            analysis worker threads, 0 = online cores\n"
    "                         (default 0; BYLINE_THREADS)\n"
    "  --io-threads N         threads reading and writing sockets (default 1;\n"
    "                         BYLINE_IO_THREADS)\n"
    "  --max-body SIZE        largest request body, e.g. 1M (default 1M; BYLINE_MAX_BODY)\n"
    "  --max-text SIZE        largest article text in bytes (default 1M; BYLINE_MAX_TEXT)\n"
    "  --max-connections N    open connections at most (default 1024; BYLINE_MAX_CONNECTIONS)\n"
    "  --max-per-ip N         connections per client address, 0 = no limit\n"
    "                         (default 0; BYLINE_MAX_PER_IP)\n"
    "  --timeout SECONDS      idle connection timeout (default 30; BYLINE_TIMEOUT)\n"
    "  --max-queue N          requests in progress before new ones get 503 + Retry-After\n"
    "                         (default 512; BYLINE_MAX_QUEUE)\n"
    "  --max-batch-body SIZE  largest /v1/batch body (default 16M; BYLINE_MAX_BATCH_BODY)\n"
    "  --max-batch-docs N     documents in one /v1/batch body (default 1000;\n"
    "                         BYLINE_MAX_BATCH_DOCS)\n"
    "  --conn-memory SIZE     memory per connection for the request head and socket\n"
    "                         buffers; bounds the request line plus headers\n"
    "                         (default 16K; BYLINE_CONN_MEMORY)\n"
    "  --resume-batch N       finished answers sent on one wake of the socket thread at\n"
    "                         most; 1 sends each at once (default 8; BYLINE_RESUME_BATCH)\n"
    "  --resume-hold SIZE     a worker holds finished answers back for the next article\n"
    "                         only if it is at most this large (default 16K;\n"
    "                         BYLINE_RESUME_HOLD)\n"
    "  --resume-wait US       ... and only while the oldest answer held waits at most\n"
    "                         this many microseconds; 0 holds none (default 2000;\n"
    "                         BYLINE_RESUME_WAIT)\n"
    "  --pin-workers on|off   run analysis worker i only on the i-th CPU bylined may\n"
    "                         use, when there are at least as many workers as such\n"
    "                         CPUs (default off; BYLINE_PIN_WORKERS)\n"
    "  --data DIR             data directory (default: ./data, else beside the binary;\n"
    "                         BYLINE_DATA)\n"
    "  --web DIR              demo page files served at / (default: ./web, else next to\n"
    "                         the data directory; BYLINE_WEB)\n"
    "  --cors-origins LIST    comma-separated origins allowed by CORS, or * (default none;\n"
    "                         BYLINE_CORS_ORIGINS)\n"
    "  --huge-pages on|off    back malloc with transparent huge pages (glibc's\n"
    "                         glibc.malloc.hugetlb=1, set by re-executing bylined once;\n"
    "                         about 12% less CPU per article; default on;\n"
    "                         BYLINE_HUGE_PAGES)\n"
    "  --access-log / --no-access-log\n"
    "                         one JSON line per request on stderr (default on;\n"
    "                         BYLINE_ACCESS_LOG=1|0)\n"
    "  --config FILE          JSON settings file, see config/default.json (BYLINE_CONFIG)\n"
    "  --help                 this text\n"
    "  --version              print the version\n"
    "\n"
    "Flags beat environment variables, which beat the config file, which beats defaults.\n";

static void set_defaults(struct bl_config *c)
{
    memset(c, 0, sizeof *c);
    snprintf(c->host, sizeof c->host, "127.0.0.1");
    c->port = 8080;
    c->threads = 0;
    c->io_threads = 1;
    c->max_body = 1u << 20;
    c->max_text = 1u << 20;
    c->max_connections = 1024;
    c->max_per_ip = 0;
    c->timeout = 30;
    c->max_queue = 512;
    c->max_batch_body = 16u << 20;
    c->max_batch_docs = 1000;
    c->conn_memory = 16u << 10;
    c->resume_batch = 8;
    c->resume_hold = 16u << 10;
    c->resume_wait_us = 2000;
    c->pin_workers = false;
    c->access_log = true;
    c->huge_pages = true;
}

void bl_config_free(struct bl_config *c)
{
    for (size_t i = 0; i < c->norigins; i++)
        free(c->origins[i]);
    c->norigins = 0;
}

/* "1048576", "512K", "1M", "2G" (powers of 1024). */
static int parse_size(const char *s, size_t *out)
{
    char *end;
    unsigned long long v;
    unsigned shift = 0;

    if (!s || !*s || *s == '-')
        return -1;
    errno = 0;
    v = strtoull(s, &end, 10);
    if (errno || end == s)
        return -1;
    if (*end == 'k' || *end == 'K')
        shift = 10, end++;
    else if (*end == 'm' || *end == 'M')
        shift = 20, end++;
    else if (*end == 'g' || *end == 'G')
        shift = 30, end++;
    if (*end == 'i' && shift)
        end++;
    if ((*end == 'b' || *end == 'B') && shift)
        end++;
    if (*end || v > (SIZE_MAX >> shift) || v == 0)
        return -1;
    *out = (size_t)v << shift;
    return 0;
}

static int parse_uint(const char *s, unsigned max, unsigned *out)
{
    char *end;
    unsigned long v;

    if (!s || !*s || *s == '-')
        return -1;
    errno = 0;
    v = strtoul(s, &end, 10);
    if (errno || *end || end == s || v > max)
        return -1;
    *out = (unsigned)v;
    return 0;
}

static int parse_bool(const char *s, bool *out)
{
    if (!strcmp(s, "1") || !strcmp(s, "true") || !strcmp(s, "yes") || !strcmp(s, "on"))
        *out = true;
    else if (!strcmp(s, "0") || !strcmp(s, "false") || !strcmp(s, "no") || !strcmp(s, "off"))
        *out = false;
    else
        return -1;
    return 0;
}

static int copy_str(char *dst, size_t cap, const char *s)
{
    if (strlen(s) >= cap)
        return -1;
    memcpy(dst, s, strlen(s) + 1);
    return 0;
}

static int add_origin(struct bl_config *c, const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (!n)
        return 0;
    if (c->norigins == BL_MAX_ORIGINS)
        return -1;
    c->origins[c->norigins] = strndup(s, n);
    if (!c->origins[c->norigins])
        return -1;
    c->norigins++;
    return 0;
}

/* A comma-separated list replaces the origins set so far. */
static int set_origins(struct bl_config *c, const char *list)
{
    bl_config_free(c);
    while (*list) {
        const char *comma = strchr(list, ',');
        size_t n = comma ? (size_t)(comma - list) : strlen(list);
        if (add_origin(c, list, n) != 0)
            return -1;
        list += n + (comma ? 1 : 0);
    }
    return 0;
}

/* Apply one setting by name, from any source; value is text. Returns 0, or
 * -1 with a message printed naming the source. */
static int apply(struct bl_config *c, const char *name, const char *value, const char *source)
{
    int bad = 0;

    if (!strcmp(name, "host"))
        bad = copy_str(c->host, sizeof c->host, value) || !*value;
    else if (!strcmp(name, "port"))
        bad = parse_uint(value, 65535, &c->port);
    else if (!strcmp(name, "threads"))
        bad = parse_uint(value, 1024, &c->threads);
    else if (!strcmp(name, "io_threads"))
        bad = parse_uint(value, 64, &c->io_threads) || c->io_threads == 0;
    else if (!strcmp(name, "max_body"))
        bad = parse_size(value, &c->max_body);
    else if (!strcmp(name, "max_text"))
        bad = parse_size(value, &c->max_text);
    else if (!strcmp(name, "max_connections"))
        bad = parse_uint(value, 1000000, &c->max_connections) || c->max_connections == 0;
    else if (!strcmp(name, "max_per_ip"))
        bad = parse_uint(value, 1000000, &c->max_per_ip);
    else if (!strcmp(name, "timeout"))
        bad = parse_uint(value, 86400, &c->timeout);
    else if (!strcmp(name, "max_queue"))
        bad = parse_uint(value, 1000000, &c->max_queue) || c->max_queue == 0;
    else if (!strcmp(name, "max_batch_body"))
        bad = parse_size(value, &c->max_batch_body);
    else if (!strcmp(name, "max_batch_docs"))
        bad = parse_uint(value, 10000000, &c->max_batch_docs) || c->max_batch_docs == 0;
    else if (!strcmp(name, "conn_memory"))
        bad = parse_size(value, &c->conn_memory) || c->conn_memory < (4u << 10) ||
              c->conn_memory > (16u << 20);
    else if (!strcmp(name, "resume_batch"))
        bad = parse_uint(value, 1024, &c->resume_batch) || c->resume_batch == 0;
    else if (!strcmp(name, "resume_hold"))
        bad = parse_size(value, &c->resume_hold);
    else if (!strcmp(name, "resume_wait"))
        bad = parse_uint(value, 1000000, &c->resume_wait_us);
    else if (!strcmp(name, "pin_workers"))
        bad = parse_bool(value, &c->pin_workers);
    else if (!strcmp(name, "data"))
        bad = copy_str(c->data_dir, sizeof c->data_dir, value);
    else if (!strcmp(name, "web"))
        bad = copy_str(c->web_dir, sizeof c->web_dir, value);
    else if (!strcmp(name, "cors_origins"))
        bad = set_origins(c, value);
    else if (!strcmp(name, "access_log"))
        bad = parse_bool(value, &c->access_log);
    else if (!strcmp(name, "huge_pages"))
        bad = parse_bool(value, &c->huge_pages);
    else {
        fprintf(stderr, "bylined: %s: unknown setting '%s'\n", source, name);
        return -1;
    }
    if (bad) {
        fprintf(stderr, "bylined: %s: bad value '%s' for %s\n", source, value, name);
        return -1;
    }
    return 0;
}

static int load_file(struct bl_config *c, const char *path)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
    const char *key;
    json_t *val;
    char src[1200], buf[64];
    int rc = 0;

    if (!root) {
        fprintf(stderr, "bylined: config %s: %s (line %d)\n", path, jerr.text, jerr.line);
        return -1;
    }
    if (!json_is_object(root)) {
        fprintf(stderr, "bylined: config %s: not a JSON object\n", path);
        json_decref(root);
        return -1;
    }
    snprintf(src, sizeof src, "config %s", path);
    json_object_foreach(root, key, val) {
        const char *text = NULL;
        if (key[0] == '_') /* "_comment" and friends document the file */
            continue;
        if (json_is_string(val)) {
            text = json_string_value(val);
        } else if (json_is_integer(val)) {
            snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(val));
            text = buf;
        } else if (json_is_boolean(val)) {
            text = json_is_true(val) ? "1" : "0";
        } else if (json_is_array(val) && !strcmp(key, "cors_origins")) {
            size_t i;
            json_t *o;
            bl_config_free(c);
            json_array_foreach(val, i, o) {
                if (!json_is_string(o) ||
                    add_origin(c, json_string_value(o), strlen(json_string_value(o))) != 0) {
                    fprintf(stderr, "bylined: %s: bad cors_origins entry\n", src);
                    rc = -1;
                    break;
                }
            }
            continue;
        }
        if (!text) {
            fprintf(stderr, "bylined: %s: bad type for %s\n", src, key);
            rc = -1;
            break;
        }
        if (apply(c, key, text, src) != 0) {
            rc = -1;
            break;
        }
    }
    json_decref(root);
    return rc;
}

static const struct {
    const char *env, *name;
} env_map[] = {
    { "BYLINE_HOST", "host" },
    { "BYLINE_PORT", "port" },
    { "BYLINE_THREADS", "threads" },
    { "BYLINE_IO_THREADS", "io_threads" },
    { "BYLINE_MAX_BODY", "max_body" },
    { "BYLINE_MAX_TEXT", "max_text" },
    { "BYLINE_MAX_CONNECTIONS", "max_connections" },
    { "BYLINE_MAX_PER_IP", "max_per_ip" },
    { "BYLINE_TIMEOUT", "timeout" },
    { "BYLINE_MAX_QUEUE", "max_queue" },
    { "BYLINE_MAX_BATCH_BODY", "max_batch_body" },
    { "BYLINE_MAX_BATCH_DOCS", "max_batch_docs" },
    { "BYLINE_CONN_MEMORY", "conn_memory" },
    { "BYLINE_RESUME_BATCH", "resume_batch" },
    { "BYLINE_RESUME_HOLD", "resume_hold" },
    { "BYLINE_RESUME_WAIT", "resume_wait" },
    { "BYLINE_PIN_WORKERS", "pin_workers" },
    { "BYLINE_DATA", "data" },
    { "BYLINE_WEB", "web" },
    { "BYLINE_CORS_ORIGINS", "cors_origins" },
    { "BYLINE_ACCESS_LOG", "access_log" },
    { "BYLINE_HUGE_PAGES", "huge_pages" },
};

/* Flag name (without --) to setting name: dashes become underscores. */
static void flag_to_name(const char *flag, char *out, size_t cap)
{
    size_t i;
    for (i = 0; flag[i] && i + 1 < cap; i++)
        out[i] = flag[i] == '-' ? '_' : flag[i];
    out[i] = '\0';
}

int bl_config_load(struct bl_config *c, int argc, char **argv)
{
    const char *cfgfile = getenv("BYLINE_CONFIG");
    int i;

    set_defaults(c);
    /* First pass: --help, --version and --config decide what comes next. */
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(usage, stdout);
            return 1;
        }
        if (!strcmp(argv[i], "--version")) {
            printf("bylined %s\n", BYLINE_VERSION);
            return 1;
        }
        if (!strcmp(argv[i], "--config")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "bylined: --config needs a file\n");
                return -1;
            }
            cfgfile = argv[++i];
        } else if (!strncmp(argv[i], "--config=", 9)) {
            cfgfile = argv[i] + 9;
        }
    }
    if (cfgfile && *cfgfile) {
        if (copy_str(c->config_file, sizeof c->config_file, cfgfile) != 0 || load_file(c, cfgfile) != 0)
            return -1;
    }
    for (size_t k = 0; k < sizeof env_map / sizeof env_map[0]; k++) {
        const char *v = getenv(env_map[k].env);
        if (v && *v && apply(c, env_map[k].name, v, env_map[k].env) != 0)
            return -1;
    }
    for (i = 1; i < argc; i++) {
        const char *arg = argv[i], *eq, *value;
        char name[64];

        if (strncmp(arg, "--", 2) != 0) {
            fprintf(stderr, "bylined: unexpected argument '%s' (see --help)\n", arg);
            return -1;
        }
        arg += 2;
        if (!strcmp(arg, "access-log") || !strcmp(arg, "no-access-log")) {
            c->access_log = arg[0] == 'a';
            continue;
        }
        eq = strchr(arg, '=');
        if (eq) {
            size_t n = (size_t)(eq - arg);
            if (n >= sizeof name)
                n = sizeof name - 1;
            memcpy(name, arg, n);
            name[n] = '\0';
            value = eq + 1;
        } else {
            snprintf(name, sizeof name, "%s", arg);
            if (i + 1 >= argc) {
                fprintf(stderr, "bylined: --%s needs a value (see --help)\n", name);
                return -1;
            }
            value = argv[++i];
        }
        if (!strcmp(name, "config"))
            continue;
        flag_to_name(name, name, sizeof name);
        if (apply(c, name, value, "command line") != 0)
            return -1;
    }
    return 0;
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

void bl_config_find_data(struct bl_config *c, const char *argv0)
{
    char cand[sizeof c->data_dir + 16];

    (void)argv0;
    if (!c->data_dir[0])
        bl_data_dir_find(c->data_dir, sizeof c->data_dir);
    if (c->web_dir[0])
        return;
    snprintf(cand, sizeof cand, "web");
    if (!is_dir(cand))
        snprintf(cand, sizeof cand, "%s/../web", c->data_dir);
    if (!is_dir(cand))
        snprintf(cand, sizeof cand, "%s/web", c->data_dir);
    if (is_dir(cand) && strlen(cand) < sizeof c->web_dir)
        memcpy(c->web_dir, cand, strlen(cand) + 1);
}
