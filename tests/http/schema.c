/* schema.c -- checks live responses against the OpenAPI document, so the
 * document cannot drift from what the server says. */
#include "schema.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static json_t *resolve(json_t *root, json_t *schema)
{
    for (int hops = 0; hops < 32; hops++) {
        json_t *ref = json_object_get(schema, "$ref");
        const char *p;
        char part[128];
        json_t *node = root;

        if (!json_is_string(ref))
            return schema;
        p = json_string_value(ref);
        if (strncmp(p, "#/", 2) != 0)
            return NULL;
        p += 2;
        while (*p && node) {
            size_t n = strcspn(p, "/");
            if (n >= sizeof part)
                return NULL;
            memcpy(part, p, n);
            part[n] = '\0';
            node = json_object_get(node, part);
            p += n + (p[n] == '/');
        }
        if (!node)
            return NULL;
        schema = node;
    }
    return NULL;
}

static bool has_type(json_t *v, const char *t)
{
    if (!strcmp(t, "object")) return json_is_object(v);
    if (!strcmp(t, "array")) return json_is_array(v);
    if (!strcmp(t, "string")) return json_is_string(v);
    if (!strcmp(t, "integer")) return json_is_integer(v);
    if (!strcmp(t, "number")) return json_is_number(v);
    if (!strcmp(t, "boolean")) return json_is_boolean(v);
    if (!strcmp(t, "null")) return json_is_null(v);
    return false;
}

static int fail(char *why, size_t cap, const char *path, const char *msg)
{
    snprintf(why, cap, "%s: %s", path[0] ? path : "(root)", msg);
    return -1;
}

static int check(json_t *root, json_t *schema, json_t *v, const char *path, char *why, size_t cap)
{
    json_t *t, *e;
    char sub[512];

    schema = resolve(root, schema);
    if (!schema)
        return fail(why, cap, path, "unresolvable $ref");
    t = json_object_get(schema, "type");
    if (json_is_string(t) && !has_type(v, json_string_value(t)))
        return fail(why, cap, path, "wrong type");
    if (json_is_array(t)) {
        size_t i;
        json_t *x;
        bool ok = false;
        json_array_foreach(t, i, x) ok |= has_type(v, json_string_value(x));
        if (!ok)
            return fail(why, cap, path, "wrong type");
    }
    e = json_object_get(schema, "enum");
    if (json_is_array(e)) {
        size_t i;
        json_t *x;
        bool ok = false;
        json_array_foreach(e, i, x) ok |= json_equal(x, v);
        if (!ok)
            return fail(why, cap, path, "value not in enum");
    }
    if (json_is_number(v)) {
        json_t *mn = json_object_get(schema, "minimum"), *mx = json_object_get(schema, "maximum");
        if (mn && json_number_value(v) < json_number_value(mn))
            return fail(why, cap, path, "below minimum");
        if (mx && json_number_value(v) > json_number_value(mx))
            return fail(why, cap, path, "above maximum");
    }
    e = json_object_get(schema, "oneOf");
    if (json_is_array(e)) {
        size_t i, matches = 0;
        json_t *x;
        char tmp[256];
        json_array_foreach(e, i, x) matches += check(root, x, v, path, tmp, sizeof tmp) == 0;
        if (matches != 1)
            return fail(why, cap, path, "oneOf does not match exactly one");
    }
    if (json_is_object(v)) {
        json_t *props = json_object_get(schema, "properties");
        json_t *req = json_object_get(schema, "required");
        json_t *addl = json_object_get(schema, "additionalProperties");
        const char *k;
        json_t *x;
        size_t i;
        json_array_foreach(req, i, x) {
            if (!json_object_get(v, json_string_value(x))) {
                snprintf(sub, sizeof sub, "missing required field %s", json_string_value(x));
                return fail(why, cap, path, sub);
            }
        }
        json_object_foreach(v, k, x) {
            json_t *ps = json_object_get(props, k);
            snprintf(sub, sizeof sub, "%s.%s", path, k);
            if (ps) {
                if (check(root, ps, x, sub, why, cap) != 0)
                    return -1;
            } else if (json_is_false(addl)) {
                return fail(why, cap, sub, "field not in schema");
            }
        }
    }
    if (json_is_array(v)) {
        json_t *items = json_object_get(schema, "items"), *x;
        size_t i;
        if (items) {
            json_array_foreach(v, i, x) {
                snprintf(sub, sizeof sub, "%s[%zu]", path, i);
                if (check(root, items, x, sub, why, cap) != 0)
                    return -1;
            }
        }
    }
    return 0;
}

int schema_check(json_t *root, json_t *schema, json_t *value, char *why, size_t cap)
{
    why[0] = '\0';
    return check(root, schema, value, "", why, cap);
}

json_t *schema_for_response(json_t *openapi, const char *path, const char *method, int status)
{
    char code[8];
    json_t *op = json_object_get(json_object_get(json_object_get(openapi, "paths"), path), method);
    json_t *resp;

    snprintf(code, sizeof code, "%d", status);
    resp = resolve(openapi, json_object_get(json_object_get(op, "responses"), code));
    return json_object_get(json_object_get(json_object_get(resp, "content"), "application/json"),
                           "schema");
}
