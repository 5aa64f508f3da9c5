/* claims_int.h -- what claims.c and claims_score.c share: the word lists of
 * the claim rules and of the checkworthiness features, one bit each, held
 * in one table (claims_score.c) that is searched once per token. */
#ifndef BL_CLAIMS_INT_H
#define BL_CLAIMS_INT_H

#include "bl_int.h"

#include <stdint.h>

/* The features' lists (claims_score.c). Spelled cardinals count as a figure
 * only before a unit or a quantity ("three troops", "two million"), not in
 * "the two sides". */
#define W_QUANTITY 0x001u /* half, dozen, million, percent, majority */
#define W_CARDINAL 0x002u /* two ... ninety */
#define W_UNIT     0x004u /* percent, dollars, km, troops, votes */
#define W_DATE     0x008u /* months, weekdays, ago, since, last, decade */
#define W_COMPARE  0x010u /* more, higher, record, rose, fell, doubled */
#define W_CAUSAL   0x020u /* because, caused, due, triggered, blamed */
#define W_PREDICT  0x040u /* will, 'll, expected, forecast, likely, next */
#define W_HEDGE    0x080u /* may, might, reportedly, apparently */
#define W_FIRST    0x100u /* I, me, we, our, 'm */
#define W_OPINION  0x200u /* should, great, terrible, believe, sadly */
#define W_LED      0x400u /* led, leads, leading: causal before "to" */
#define W_ALL      0x7ffu

/* The rules' lists (claims.c), named after the list or table they mirror.
 * R_XCUE: the cues of belief, intention, stance and evidence the speech
 * lexicon leaves out ("wants", "backs"); R_XCUE_TO: ... whose content may
 * open with "to"; R_XCUE_OBJ: ... whose noun phrase object is content. */
#define R_XCUE         0x0000800u /* xcues */
#define R_XCUE_TO      0x0001000u /* xcues with to */
#define R_XCUE_OBJ     0x0002000u /* xcues with obj */
#define R_PRONOUN      0x0004000u /* pronouns: he, she, they, we, i, you, who */
#define R_DETERMINER   0x0008000u /* determiners: the, a, his, 's, of, was ... */
#define R_BETWEEN      0x0010000u /* between: also, has, reportedly ... ("he also said") */
#define R_NP_STOP      0x0020000u /* np_stop: words that end a claimant phrase */
#define R_WEEKDAY      0x0040000u /* weekdays: monday ... today, earlier, later */
#define R_NP_INNER     0x0080000u /* np_inner: of, for, the */
#define R_BE_STATE     0x0100000u /* be_state: is, 's, remains ... before a stance adjective */
#define R_STATE_ADVERB 0x0200000u /* state_adverbs: very, not ... before a stance adjective */
#define R_SEEM         0x0400000u /* seem_forms: seem, appear and their forms */
#define R_BE           0x0800000u /* be_forms: is, are, was, were */
#define R_OBJ_PARTICLE 0x1000000u /* obj_particles: about, on, for ... after a stance noun */
#define R_STATE_ADJ    0x2000000u /* state_adjs: worried, confident ... */
#define R_STANCE_NOUN  0x4000000u /* stance_nouns: attacks, support ... */
#define R_NOMINAL      0x8000000u /* nominals: claim, warning, decision ... */

/* The words a rule looks for first (claims.c skips its scan of a sentence
 * without one). Bit 31 stays in no list (bl_claims_word_lists_all). */
#define R_ASKED      0x10000000u /* asked_forms: "asked" (asked) */
#define R_POLL       0x20000000u /* polls: poll, survey ... (in_poll_after) */
#define R_REPORTEDLY 0x40000000u /* reportedly_forms: "reportedly" (evidential) */

/* The lists (W_* and R_* bits) token t of text[0..len) is in: 0 for a token
 * that is not a word or clitic, else its ASCII case-folded form looked up
 * once. Pure; thread-safe. */
uint32_t bl_claims_word_lists(const char *text, size_t len, const struct bl_token *t);

/* bl_claims_word_lists of each of toks[0..n) into out[0..n). spelling
 * (NULL: none) numbers the tokens as d->tok_word does: tokens with the same
 * bytes and kind share a number below nspellings (UINT32_MAX: none), so that
 * each spelling is looked up once (an article repeats about half its
 * tokens). Without it, or without memory for it, every token is looked up.
 * Reads only its arguments; thread-safe. */
void bl_claims_word_lists_all(const char *text, size_t len, const struct bl_token *toks, size_t n,
                              const uint32_t *spelling, size_t nspellings, uint32_t *out);

/* bl_claims_word_lists_all over the tokens of d with its spelling numbers,
 * reading a common word's lists from d->spell_facts when bl_cues_index has
 * filled them for cues (else looking each spelling up). out has d->ntoks
 * entries. Read-only on d; thread-safe. */
void bl_claims_word_lists_doc(const struct bl_doc *d, const bl_cues *cues, uint32_t *out);

/* bl_claims_score with the lists of every token of d already looked up
 * (lists[i] == bl_claims_word_lists of token i; NULL: look them up). */
double bl_claims_score_lists(const struct bl_doc *d, size_t a, size_t b, unsigned flags, int *kind,
                             const uint32_t *lists);

/* How many words of the lexicon are in the list of bit (for the unit tests).
 * Pure; thread-safe. */
size_t bl_claims_lexicon_count(uint32_t bit);

/* True when the rules' word lists in claims.c and their bits in the lexicon
 * agree, word for word (for the unit tests). Pure; thread-safe. */
bool bl_claims_rule_lists_ok(void);

/* True when the claims stage's token search from a nearby token finds, for
 * every byte offset of d's text and every token to start from, the token
 * a bisection of the whole document finds (for the unit tests). Read-only
 * on d; thread-safe. */
bool bl_claims_tok_near_ok(const struct bl_doc *d);

#endif /* BL_CLAIMS_INT_H */
