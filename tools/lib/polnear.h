/* polnear.h -- reading PolNeAR for the tools (tools/eval, tools/train_attr):
 * a split's sorted article and annotation lists, and an article's
 * attributions from its brat .ann file as byte spans of the article. */
#ifndef BL_POLNEAR_H
#define BL_POLNEAR_H

#include "byline.h"

#include <stdbool.h>
#include <stddef.h>

#define PN_MAX_PIECES 8

/* A span made of pieces (discontinuous gold content, split quotes); pieces
 * past PN_MAX_PIECES are dropped. */
struct pn_span {
    struct bl_span p[PN_MAX_PIECES];
    size_t n;
};

/* One attribution relation (an E line) that has a Content. */
struct pn_attr {
    struct pn_span content, cue, source;
    bool has_cue, has_source;
};

/* Sorted names in dir ending in suffix (NULL and *n = 0 when there are none
 * or dir cannot be read); free with pn_list_free. */
char **pn_list_dir(const char *dir, const char *suffix, size_t *n);
void pn_list_free(char **v, size_t n);

/* The annotation file of text_name ("a.txt") among anns: the first
 * "a_<annotator>.ann" in sorted order, or NULL. */
const char *pn_annotation_of(char *const *anns, size_t nanns, const char *text_name);

/* The attributions in the .ann file at path over text[0..len) (its T spans
 * count code points; they become byte offsets). *out is malloc'd (caller
 * frees), *n its length. BL_OK, or BL_ERR_IO / BL_ERR_NOMEM. */
int pn_read_attrs(const char *path, const char *text, size_t len, struct pn_attr **out, size_t *n);

#endif /* BL_POLNEAR_H */
