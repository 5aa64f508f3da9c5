/* quotes_int.h -- what the quotes stage (quotes.c) lets its unit test see:
 * the lookup chains of its word lists, written out as tables in quotes.c
 * so that no document builds them, and the check that they are current. */
#ifndef BL_QUOTES_INT_H
#define BL_QUOTES_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct bl_token;

#define BL_QUOTES_WORD_CHAINS 512 /* a power of two: by first and last byte and length */
#define BL_QUOTES_WORD_END    255 /* ends a chain; list words number fewer */

/* Build the chains of quotes.c's list words into head (the first word of
 * each chain, BL_QUOTES_WORD_END for none) and next (the word after each,
 * BL_QUOTES_WORD_END after the last of a chain and past the last word);
 * returns how many list words there are. Writes only the caller's arrays:
 * thread-safe. */
size_t bl_quotes_word_chains(uint8_t head[BL_QUOTES_WORD_CHAINS], uint8_t next[BL_QUOTES_WORD_END]);

/* Whether quotes.c's list words are lower case and NUL-padded after their
 * length, and its written-out chains equal what bl_quotes_word_chains
 * builds from them (false: print the new tables from a unit test). Pure
 * and thread-safe. */
bool bl_quotes_words_ok(void);

/* The quotes stage's word lists holding token t of text[0..len) (t's
 * bytes, ASCII case folded), one bit a list; 0 for most words. The cue
 * lexicon keeps each common word's (struct bl_word_facts) at load. Pure
 * and thread-safe. */
unsigned bl_quotes_word_lists(const char *text, size_t len, const struct bl_token *t);

#endif /* BL_QUOTES_INT_H */
