/* main.c -- bylined: read the configuration, load the models once, serve
 * until SIGINT/SIGTERM. */
#include "bl_server.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    struct bl_config cfg;
    struct bl_app app;
    struct bl_error err = { 0, BL_NONE, "" };
    bl_models *models = NULL;
    int rc;

    /* Hold SIGINT/SIGTERM from the start: one that arrives while the models
     * load stays pending and stops the server as soon as it serves. */
    {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGINT);
        sigaddset(&set, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &set, NULL);
    }
    rc = bl_config_load(&cfg, argc, argv);
    if (rc != 0) {
        bl_config_free(&cfg);
        return rc > 0 ? 0 : 2;
    }
    bl_config_find_data(&cfg, argv[0]);
    /* Jansson's hash seed must be set before threads exist. */
    json_object_seed(0);

    if (bl_models_load(cfg.data_dir, &models, &err) != BL_OK) {
        bl_log("error", "cannot load models",
               json_pack("{s:s,s:s}", "data", cfg.data_dir, "error", err.message));
        bl_config_free(&cfg);
        return 1;
    }
    memset(&app, 0, sizeof app);
    app.models = models;
    app.limits.max_body = cfg.max_body;
    app.limits.max_text = cfg.max_text;
    app.data_dir = cfg.data_dir;
    app.web_dir = cfg.web_dir[0] ? cfg.web_dir : NULL;

    rc = bl_serve(&cfg, &app);
    bl_models_free(models);
    bl_config_free(&cfg);
    return rc;
}
