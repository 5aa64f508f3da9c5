/* json_in.h -- the common shape of a request body read without Jansson's
 * lexer: {"text": "...", "id": "..." or 12 or null, "options": {"offsets":
 * "..."} or null}, members in any order. Jansson's json_loadb reads such a body
 * at about 130 instructions a byte of article; this reads it at a few. */
#ifndef BL_JSON_IN_H
#define BL_JSON_IN_H

#include <jansson.h>
#include <stddef.h>

/* The object json_loadb(buf, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL |
 * JSON_DECODE_ANY) gives for buf[0..len), with the same members in the same
 * order and the same values, when buf holds that common shape (members
 * "text", "id" and "options" only, each once; "text" a string; "id" a
 * string, an integer of at most 18 digits or null; "options" null or an
 * object with at most an "offsets" string). Returns a new reference, or NULL
 * for any other body -- including every body Jansson refuses -- which the
 * caller then gives to json_loadb for its answer or its error. Thread-safe. */
json_t *bl_jin_request(const char *buf, size_t len);

#endif /* BL_JSON_IN_H */
