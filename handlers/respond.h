/* respond.h -- helpers shared by the handler files (not used outside
 * handlers/). */
#ifndef BL_RESPOND_H
#define BL_RESPOND_H

#include "bl_handlers.h"

#include <jansson.h>
#include <string.h>

/* Serialise root (stealing the reference) into resp with the given status.
 * root may be NULL (a failed json_pack): the reply becomes a 503. */
void bl_respond_json(struct bl_response *resp, int status, json_t *root);

#endif
