/* eval_attr.h -- the attribution section of tools/eval: PolNeAR dev articles
 * through the pipeline, predicted quotes and attributed claims matched to
 * the gold attributions by content overlap. */
#ifndef BL_EVAL_ATTR_H
#define BL_EVAL_ATTR_H

#include "byline.h"

#include <stdbool.h>

/* True when data_dir/polnear/dev holds text/ and attributions/. */
bool eval_attr_available(const char *data_dir);

/* Score m's quotes and claims on data_dir/polnear/dev (or the split named by
 * the environment variable EVAL_ATTR_SPLIT, e.g. "train" while developing
 * rules) and print the table to stdout. EVAL_ATTR_DUMP=1 also prints every
 * miss and false alarm of the quotes; EVAL_ATTR_DUMP=claims or =both those of
 * the claims or of quotes and claims together. Returns 0, 2 when the data is missing, 1 on another
 * failure. */
int eval_attr_run(const char *data_dir, const bl_models *m);

#endif /* BL_EVAL_ATTR_H */
