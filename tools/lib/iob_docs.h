/* iob_docs.h -- reads CoNLL-2003 files into whole documents (text rebuilt with
 * tokens joined by spaces and sentences by newlines) with their gold entity
 * spans, for the NER trainer and the evaluator. */
#ifndef BL_IOB_DOCS_H
#define BL_IOB_DOCS_H

#include "byline.h"

#include <stddef.h>

struct conll_doc {
    char *text; /* NUL-terminated, owned */
    size_t len;
    struct bl_span *ents; /* gold entities, byte offsets into text, in order */
    int *types;           /* enum bl_entity_type per entity */
    size_t nents;
    size_t ntoks; /* CoNLL tokens in the document */
};

/* Read every -DOCSTART- document of path. On BL_OK the caller owns *docs and
 * frees it with conll_free; BL_ERR_NOTFOUND when the file is missing. */
int conll_read(const char *path, struct conll_doc **docs, size_t *ndocs);
void conll_free(struct conll_doc *docs, size_t ndocs);

#endif /* BL_IOB_DOCS_H */
