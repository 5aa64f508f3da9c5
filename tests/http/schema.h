/* schema.h -- a small JSON Schema checker for the subset our OpenAPI
 * document uses ($ref, type, properties, required, additionalProperties,
 * items, enum, oneOf, minimum, maximum). */
#ifndef BL_TEST_SCHEMA_H
#define BL_TEST_SCHEMA_H

#include <jansson.h>
#include <stddef.h>

/* Check value against schema, resolving "#/..." references in root. Returns
 * 0 when it conforms, else -1 with a path and reason in why. */
int schema_check(json_t *root, json_t *schema, json_t *value, char *why, size_t cap);

/* The response schema the OpenAPI document gives for path, method and
 * status (a borrowed reference), or NULL. */
json_t *schema_for_response(json_t *openapi, const char *path, const char *method, int status);

#endif
