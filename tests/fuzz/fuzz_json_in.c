/* fuzz_json_in.c -- libFuzzer target that holds the request body reader
 * (handlers/json_in.c) to its promise: whatever body it accepts, json_loadb
 * with the server's flags accepts too and reads as the same object, members
 * in the same order. A body it refuses is Jansson's to answer, so a refusal
 * is never a bug here; a different reading is. */
#include "fuzz.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "json_in.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *buf = (const char *)data;
    json_t *fast = bl_jin_request(size ? buf : "", size), *slow;
    char *a, *b;

    if (!fast)
        return 0;
    slow = json_loadb(size ? buf : "", size,
                      JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL | JSON_DECODE_ANY, NULL);
    if (!slow)
        abort(); /* taken by the fast reader, refused by Jansson */
    /* the dumps compare values, member order and embedded NULs alike */
    a = json_dumps(fast, JSON_COMPACT | JSON_ENCODE_ANY | JSON_PRESERVE_ORDER);
    b = json_dumps(slow, JSON_COMPACT | JSON_ENCODE_ANY | JSON_PRESERVE_ORDER);
    if (!a || !b || strcmp(a, b) != 0 || !json_equal(fast, slow))
        abort();
    free(a);
    free(b);
    json_decref(fast);
    json_decref(slow);
    return 0;
}
