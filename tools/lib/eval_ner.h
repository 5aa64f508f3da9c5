/* eval_ner.h -- the named-entity section of tools/eval: CoNLL-2003 dev
 * documents through the server's pipeline, scored by exact entity span. */
#ifndef BL_EVAL_NER_H
#define BL_EVAL_NER_H

#include "byline.h"

#include <stdbool.h>

/* True when the section's data is under data_dir. */
bool eval_ner_available(const char *data_dir);

/* Score m's entities on data_dir/conll2003/dev.txt and print the table to
 * stdout. Returns 0, or 2 when the data is missing, 1 on another failure. */
int eval_ner_run(const char *data_dir, const bl_models *m);

#endif /* BL_EVAL_NER_H */
