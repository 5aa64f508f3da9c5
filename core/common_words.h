/* common_words.h -- the one list of words and marks common in news text
 * (core/common_words.c), from which the tagger and the attribution model
 * each take the words they work out once at load. */
#ifndef BL_COMMON_WORDS_H
#define BL_COMMON_WORDS_H

#include <stddef.h>

/* Space-separated words and marks, to be split with bl_tokenize; read-only,
 * so any thread may read it. bl_common_words_len is its length in bytes
 * (without the final NUL). */
extern const char bl_common_words[];
extern const size_t bl_common_words_len;

#endif /* BL_COMMON_WORDS_H */
