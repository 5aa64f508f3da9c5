/* fuzz.h -- the two entry points every fuzz target defines: libFuzzer calls
 * them, and so does replay.c, which runs saved inputs under `make test`
 * without libFuzzer. */
#ifndef BL_FUZZ_H
#define BL_FUZZ_H

#include "byline.h"

#include <stddef.h>
#include <stdint.h>

/* Load what the target needs once (the models, from $BYLINE_DATA or
 * "data"). Returns 0. */
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Run one input. Returns 0; a bug shows as a sanitizer report or abort(). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The models LLVMFuzzerInitialize loaded (shared, read-only). */
const bl_models *fuzz_models(void);

/* Free what LLVMFuzzerInitialize loaded (replay.c calls it, so leak checkers
 * stay quiet; libFuzzer never does). */
void bl_fuzz_cleanup(void);

#endif /* BL_FUZZ_H */
