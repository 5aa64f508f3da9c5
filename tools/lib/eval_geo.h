/* eval_geo.h -- the geoparsing section of tools/eval: GeoWebNews articles
 * through the pipeline, scored on toponym recognition and geocoding. */
#ifndef BL_EVAL_GEO_H
#define BL_EVAL_GEO_H

#include "byline.h"

#include <stdbool.h>

/* True when data_dir/geowebnews/GWN.xml exists. */
bool eval_geo_available(const char *data_dir);

/* Score m's locations on GeoWebNews and print the table to stdout. With
 * BL_EVAL_GEO_DUMP=1 in the environment, every miss goes to stderr. Returns
 * 0, or 2 when the data is missing, 1 on another failure. */
int eval_geo_run(const char *data_dir, const bl_models *m);

#endif /* BL_EVAL_GEO_H */
