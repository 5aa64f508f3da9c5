/* models.c -- the models the fuzz targets share across inputs. libFuzzer
 * passes no context pointer, so this file keeps the one file-level variable
 * of the harness: set once in LLVMFuzzerInitialize, read-only after. */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>

static bl_models *models;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *dir = getenv("BYLINE_DATA");
    struct bl_error err = { 0, BL_NONE, "" };
    (void)argc;
    (void)argv;
    if (!dir)
        dir = "data";
    if (bl_models_load(dir, &models, &err) != BL_OK) {
        /* Without models the targets would test little: stop loudly. */
        (void)fprintf(stderr, "fuzz: cannot load models from %s: %s\n", dir, err.message);
        exit(2);
    }
    return 0;
}

const bl_models *fuzz_models(void)
{
    return models;
}

void bl_fuzz_cleanup(void)
{
    bl_models_free(models);
    models = NULL;
}
