/* attr_gold.h -- reading PolNeAR for the tools (tools/eval, tools/train_attr):
 * a split's sorted article and annotation lists, and an article's
 * attributions from its brat .ann file as byte spans of the article. */
#ifndef BL_ATTR_GOLD_H
#define BL_ATTR_GOLD_H

#include "byline.h"

#include <stdbool.h>
#include <stddef.h>

#define AG_MAX_PIECES 8

/* A span made of pieces (discontinuous gold content, split quotes); pieces
 * past AG_MAX_PIECES are dropped. */
struct ag_span {
    struct bl_span p[AG_MAX_PIECES];
    size_t n;
};

/* One attribution relation (an E line) that has a Content. */
struct ag_attr {
    struct ag_span content, cue, source;
    bool has_cue, has_source;
};

/* Sorted names in dir ending in suffix (NULL and *n = 0 when there are none
 * or dir cannot be read); free with ag_list_free. */
char **ag_list_dir(const char *dir, const char *suffix, size_t *n);
void ag_list_free(char **v, size_t n);

/* The annotation file of text_name ("a.txt") among anns: the first
 * "a_<annotator>.ann" in sorted order, or NULL. */
const char *ag_annotation_of(char *const *anns, size_t nanns, const char *text_name);

/* The attributions in the .ann file at path over text[0..len) (its T spans
 * count code points; they become byte offsets). *out is malloc'd (caller
 * frees), *n its length. BL_OK, or BL_ERR_IO / BL_ERR_NOMEM. */
int ag_read_attrs(const char *path, const char *text, size_t len, struct ag_attr **out, size_t *n);

#endif /* BL_ATTR_GOLD_H */
