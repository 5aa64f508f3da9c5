/* claims_score.c -- what makes a claim worth checking: the features of a
 * token range (numbers, units, dates, comparisons, named actors, causal and
 * modal cues, hedges, first person, questions, opinion words), the kind they
 * point to, a logistic checkworthiness score with hand-set weights (see
 * docs/checkworthiness.md), and the boilerplate lines no claim may come from. */
#include "claims_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- word lists --------------------------------------------------------- */

/* Every listed word (lower case) with the lists it is in: the features'
 * (W_*) and the claim rules' (R_*, claims_int.h); to add a word to a list,
 * add its bit here. Sorted by strcmp (byte order) for the binary search in
 * word_class: keep it sorted and in lower case when adding a word, or the
 * word is never found (test_claims checks both through
 * bl_claims_lexicon_sorted). One lookup per token replaces a scan of every
 * list for every test, which was an eighth of the pipeline. */
static const struct lexeme {
    char word[16];  /* NUL-padded, so a probe compares two 8-byte words */
    uint32_t lists; /* W_* | R_* */
} lexicon[] = {
    {"'ll", W_PREDICT},
    {"'m", W_FIRST | R_BE_STATE},
    {"'re", R_BE_STATE},
    {"'s", R_DETERMINER | R_BE_STATE},
    {"a", R_DETERMINER},
    {"about", R_DETERMINER | R_NP_STOP | R_OBJ_PARTICLE},
    {"accept", R_XCUE | R_XCUE_OBJ},
    {"accusation", R_NOMINAL},
    {"accusations", R_NOMINAL},
    {"accused", R_XCUE | R_XCUE_OBJ},
    {"accuses", R_XCUE | R_XCUE_OBJ},
    {"acres", W_UNIT},
    {"actually", R_BETWEEN},
    {"adamant", R_STATE_ADJ},
    {"admission", R_NOMINAL},
    {"advocate", R_XCUE | R_XCUE_OBJ},
    {"advocated", R_XCUE | R_XCUE_OBJ},
    {"advocates", R_XCUE | R_XCUE_OBJ},
    {"advocating", R_XCUE | R_XCUE_OBJ},
    {"afraid", R_STATE_ADJ},
    {"after", R_NP_STOP},
    {"again", R_BETWEEN},
    {"against", R_NP_STOP | R_OBJ_PARTICLE},
    {"ago", W_DATE | R_NP_STOP},
    {"agree", R_XCUE | R_XCUE_TO},
    {"agreed", R_XCUE | R_XCUE_TO},
    {"agrees", R_XCUE | R_XCUE_TO},
    {"aim", R_XCUE | R_XCUE_TO},
    {"aimed", R_XCUE | R_XCUE_TO},
    {"aiming", R_XCUE | R_XCUE_TO},
    {"aims", R_XCUE | R_XCUE_TO},
    {"alarmed", R_STATE_ADJ},
    {"all", R_STATE_ADVERB},
    {"allegation", R_NOMINAL},
    {"allegations", R_NOMINAL},
    {"allegedly", W_HEDGE},
    {"allowed", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"allows", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"already", R_BETWEEN | R_STATE_ADVERB},
    {"also", R_BETWEEN | R_NP_STOP | R_STATE_ADVERB},
    {"although", R_NP_STOP},
    {"always", R_BETWEEN},
    {"am", R_BE_STATE},
    {"amazing", W_OPINION},
    {"an", R_DETERMINER},
    {"and", R_NP_STOP},
    {"anger", R_STANCE_NOUN},
    {"angry", R_STATE_ADJ},
    {"answer", R_XCUE | R_XCUE_OBJ},
    {"anxious", R_STATE_ADJ},
    {"any", R_DETERMINER},
    {"apparently", W_HEDGE | R_BETWEEN},
    {"appear", R_SEEM},
    {"appeared", W_HEDGE | R_BE_STATE | R_SEEM},
    {"appears", W_HEDGE | R_BE_STATE | R_SEEM},
    {"applauded", R_XCUE | R_XCUE_OBJ},
    {"approval", R_STANCE_NOUN},
    {"approve", R_XCUE | R_XCUE_OBJ},
    {"approved", R_XCUE | R_XCUE_OBJ},
    {"april", W_DATE},
    {"are", R_DETERMINER | R_NP_STOP | R_BE_STATE | R_BE},
    {"arguably", W_HEDGE},
    {"argument", R_NOMINAL},
    {"as", R_DETERMINER | R_NP_STOP},
    {"asked", R_ASKED},
    {"assailed", R_XCUE | R_XCUE_OBJ},
    {"assault", R_STANCE_NOUN},
    {"assertion", R_NOMINAL},
    {"assertions", R_NOMINAL},
    {"assurances", R_NOMINAL},
    {"at", R_DETERMINER | R_NP_STOP | R_OBJ_PARTICLE},
    {"attacked", R_XCUE | R_XCUE_OBJ},
    {"attacks", R_STANCE_NOUN},
    {"aug.", W_DATE},
    {"august", W_DATE},
    {"aware", R_STATE_ADJ},
    {"awful", W_OPINION},
    {"backed", R_XCUE | R_XCUE_OBJ},
    {"backfired", W_CAUSAL},
    {"backing", R_XCUE | R_XCUE_OBJ},
    {"backs", R_XCUE | R_XCUE_OBJ},
    {"bad", W_OPINION},
    {"balked", R_XCUE | R_XCUE_OBJ},
    {"barrels", W_UNIT},
    {"be", R_DETERMINER | R_NP_STOP | R_BE_STATE},
    {"beautiful", W_OPINION},
    {"because", W_CAUSAL | R_NP_STOP},
    {"been", R_DETERMINER | R_NP_STOP | R_BE_STATE},
    {"before", R_NP_STOP},
    {"being", R_DETERMINER},
    {"belief", R_NOMINAL},
    {"believe", W_OPINION},
    {"bemoaned", R_XCUE | R_XCUE_OBJ},
    {"best", W_OPINION},
    {"biggest", W_COMPARE},
    {"billion", W_QUANTITY},
    {"billions", W_QUANTITY},
    {"blame", R_XCUE | R_XCUE_OBJ},
    {"blamed", W_CAUSAL | R_XCUE | R_XCUE_OBJ},
    {"blames", R_XCUE | R_XCUE_OBJ},
    {"bn", W_UNIT},
    {"brilliant", W_OPINION},
    {"bullish", R_STATE_ADJ},
    {"but", R_NP_STOP},
    {"by", R_DETERMINER | R_NP_STOP},
    {"call", R_NOMINAL},
    {"called", R_XCUE | R_XCUE_OBJ},
    {"calls", R_XCUE | R_XCUE_OBJ | R_STANCE_NOUN | R_NOMINAL},
    {"campaign", R_STANCE_NOUN},
    {"can", R_NP_STOP},
    {"candid", R_STATE_ADJ},
    {"cause", W_CAUSAL},
    {"caused", W_CAUSAL},
    {"causes", W_CAUSAL},
    {"causing", W_CAUSAL},
    {"cautious", R_STATE_ADJ},
    {"century", W_DATE},
    {"certain", R_STATE_ADJ},
    {"challenged", R_XCUE | R_XCUE_OBJ},
    {"championed", R_XCUE | R_XCUE_OBJ},
    {"champions", R_XCUE | R_XCUE_OBJ},
    {"charge", R_NOMINAL},
    {"charges", R_NOMINAL},
    {"chided", R_XCUE | R_XCUE_OBJ},
    {"claim", R_NOMINAL},
    {"claims", R_NOMINAL},
    {"clear", R_STATE_ADJ},
    {"clearly", R_BETWEEN | R_STATE_ADVERB},
    {"comments", R_STANCE_NOUN},
    {"committed", R_STATE_ADJ},
    {"compare", R_XCUE | R_XCUE_OBJ},
    {"compared", R_XCUE | R_XCUE_OBJ},
    {"comparing", R_XCUE | R_XCUE_OBJ},
    {"complaint", R_NOMINAL},
    {"complaints", R_STANCE_NOUN | R_NOMINAL},
    {"concern", R_STANCE_NOUN | R_NOMINAL},
    {"concerned", R_STATE_ADJ},
    {"concerns", R_STANCE_NOUN | R_NOMINAL},
    {"conclusion", R_NOMINAL},
    {"condemnation", R_STANCE_NOUN},
    {"condemned", R_XCUE | R_XCUE_OBJ},
    {"condemning", R_XCUE | R_XCUE_OBJ},
    {"condemns", R_XCUE | R_XCUE_OBJ},
    {"confidence", R_NOMINAL},
    {"confident", R_STATE_ADJ},
    {"congratulated", R_XCUE | R_XCUE_OBJ},
    {"congratulating", R_XCUE | R_XCUE_OBJ},
    {"consequence", W_CAUSAL},
    {"consider", R_XCUE | R_XCUE_OBJ},
    {"considered", R_XCUE | R_XCUE_OBJ},
    {"considers", R_XCUE | R_XCUE_OBJ},
    {"contention", R_NOMINAL},
    {"continued", R_XCUE | R_XCUE_TO},
    {"controls", W_COMPARE},
    {"convinced", R_XCUE | R_XCUE_OBJ | R_STATE_ADJ},
    {"could", W_HEDGE | R_BETWEEN | R_NP_STOP},
    {"critical", R_STATE_ADJ},
    {"criticised", R_XCUE | R_XCUE_OBJ},
    {"criticism", R_STANCE_NOUN | R_NOMINAL},
    {"criticisms", R_STANCE_NOUN},
    {"criticized", R_XCUE | R_XCUE_OBJ},
    {"critique", R_STANCE_NOUN},
    {"crucial", W_OPINION},
    {"cut", W_COMPARE},
    {"dangerous", W_OPINION},
    {"deaths", W_UNIT},
    {"debated", R_XCUE | R_XCUE_OBJ},
    {"dec.", W_DATE},
    {"decade", W_DATE},
    {"december", W_DATE},
    {"decided", R_XCUE | R_XCUE_TO},
    {"decides", R_XCUE | R_XCUE_TO},
    {"decision", R_NOMINAL},
    {"decline", R_XCUE | R_XCUE_TO},
    {"declined", W_COMPARE | R_XCUE | R_XCUE_TO},
    {"declines", R_XCUE | R_XCUE_TO},
    {"decreased", W_COMPARE},
    {"deeply", R_STATE_ADVERB},
    {"defence", R_STANCE_NOUN},
    {"defend", R_XCUE | R_XCUE_OBJ},
    {"defended", R_XCUE | R_XCUE_OBJ},
    {"defends", R_XCUE | R_XCUE_OBJ},
    {"defense", R_STANCE_NOUN},
    {"degrees", W_UNIT},
    {"delivering", R_XCUE | R_XCUE_OBJ},
    {"demand", R_NOMINAL},
    {"demanded", R_XCUE | R_XCUE_OBJ},
    {"demands", R_XCUE | R_XCUE_OBJ | R_NOMINAL},
    {"denial", R_NOMINAL},
    {"denials", R_NOMINAL},
    {"denounced", R_XCUE | R_XCUE_OBJ},
    {"denounces", R_XCUE | R_XCUE_OBJ},
    {"denunciation", R_STANCE_NOUN},
    {"deserve", W_OPINION},
    {"deserves", W_OPINION},
    {"determined", R_STATE_ADJ},
    {"did", R_BETWEEN | R_NP_STOP},
    {"disappointed", R_STATE_ADJ},
    {"disapproval", R_STANCE_NOUN},
    {"disavowed", R_XCUE | R_XCUE_OBJ},
    {"discuss", R_XCUE | R_XCUE_OBJ},
    {"discussed", R_XCUE | R_XCUE_OBJ},
    {"discussing", R_XCUE | R_XCUE_OBJ},
    {"disgraceful", W_OPINION},
    {"disgusted", R_STATE_ADJ},
    {"dismissed", R_XCUE | R_XCUE_OBJ},
    {"dismissive", R_STATE_ADJ},
    {"dispute", R_XCUE | R_XCUE_OBJ},
    {"disputed", R_XCUE | R_XCUE_OBJ},
    {"disturbed", R_STATE_ADJ},
    {"divided", R_STATE_ADJ},
    {"do", R_BETWEEN | R_NP_STOP},
    {"documented", R_XCUE | R_XCUE_OBJ},
    {"does", R_BETWEEN | R_NP_STOP},
    {"dollars", W_UNIT},
    {"double", W_QUANTITY},
    {"doubled", W_COMPARE},
    {"doubtful", R_STATE_ADJ},
    {"doubts", R_STANCE_NOUN},
    {"downplayed", R_XCUE | R_XCUE_OBJ},
    {"dozen", W_QUANTITY},
    {"dozens", W_QUANTITY},
    {"driven", W_CAUSAL},
    {"drop", W_COMPARE},
    {"dropped", W_COMPARE},
    {"due", W_CAUSAL},
    {"during", R_NP_STOP},
    {"eager", R_STATE_ADJ},
    {"earlier", R_BETWEEN | R_WEEKDAY},
    {"eight", W_CARDINAL},
    {"eighty", W_CARDINAL},
    {"eleven", W_CARDINAL},
    {"emailed", R_XCUE | R_XCUE_OBJ},
    {"embarrassed", R_STATE_ADJ},
    {"embrace", R_STANCE_NOUN},
    {"encouraged", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"endorse", R_XCUE | R_XCUE_OBJ},
    {"endorsed", R_XCUE | R_XCUE_OBJ},
    {"endorsement", R_STANCE_NOUN},
    {"endorses", R_XCUE | R_XCUE_OBJ},
    {"endorsing", R_XCUE | R_XCUE_OBJ},
    {"enthusiastic", R_STATE_ADJ},
    {"equally", R_STATE_ADVERB},
    {"estimate", R_NOMINAL},
    {"euros", W_UNIT},
    {"even", R_BETWEEN | R_NP_STOP},
    {"every", R_DETERMINER},
    {"excited", R_STATE_ADJ},
    {"expected", W_PREDICT | R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"expects", W_PREDICT | R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"express", R_XCUE | R_XCUE_OBJ},
    {"expressed", R_XCUE | R_XCUE_OBJ},
    {"expressing", R_XCUE | R_XCUE_OBJ},
    {"extremely", R_STATE_ADVERB},
    {"fall", W_COMPARE},
    {"fallen", W_COMPARE},
    {"falls", W_COMPARE},
    {"fantastic", W_OPINION},
    {"favor", R_XCUE | R_XCUE_OBJ},
    {"favoring", R_XCUE | R_XCUE_OBJ},
    {"favors", R_XCUE | R_XCUE_OBJ},
    {"favour", R_XCUE | R_XCUE_OBJ},
    {"favours", R_XCUE | R_XCUE_OBJ},
    {"fear", R_NOMINAL},
    {"fearful", R_STATE_ADJ},
    {"fears", R_STANCE_NOUN | R_NOMINAL},
    {"feb.", W_DATE},
    {"february", W_DATE},
    {"feel", W_OPINION},
    {"fell", W_COMPARE},
    {"fewer", W_COMPARE},
    {"fiercely", R_STATE_ADVERB},
    {"fifth", W_QUANTITY},
    {"fifths", W_QUANTITY},
    {"fifty", W_CARDINAL},
    {"finding", R_NOMINAL},
    {"findings", R_NOMINAL},
    {"finds", R_XCUE | R_XCUE_OBJ},
    {"firmly", R_BETWEEN},
    {"first", W_COMPARE | R_BETWEEN},
    {"five", W_CARDINAL},
    {"focused", R_STATE_ADJ},
    {"for", R_DETERMINER | R_NP_STOP | R_NP_INNER | R_OBJ_PARTICLE},
    {"forced", W_CAUSAL},
    {"forecast", W_PREDICT | R_NOMINAL},
    {"forecasts", W_PREDICT},
    {"forty", W_CARDINAL},
    {"found", R_XCUE | R_XCUE_OBJ},
    {"four", W_CARDINAL},
    {"framed", R_XCUE | R_XCUE_OBJ},
    {"friday", W_DATE | R_NP_STOP | R_WEEKDAY},
    {"from", R_DETERMINER | R_NP_STOP},
    {"frustrated", R_STATE_ADJ},
    {"fueled", W_CAUSAL},
    {"fuelled", W_CAUSAL},
    {"furious", R_STATE_ADJ},
    {"further", R_BETWEEN},
    {"future", W_PREDICT},
    {"gained", W_COMPARE},
    {"generally", R_BETWEEN},
    {"going", W_PREDICT},
    {"good", W_OPINION},
    {"grateful", R_STATE_ADJ},
    {"great", W_OPINION},
    {"grew", W_COMPARE},
    {"grown", W_COMPARE},
    {"had", R_BETWEEN | R_NP_STOP},
    {"hailed", R_XCUE | R_XCUE_OBJ},
    {"hailing", R_XCUE | R_XCUE_OBJ},
    {"half", W_QUANTITY},
    {"halved", W_COMPARE},
    {"happy", W_OPINION | R_STATE_ADJ},
    {"has", R_BETWEEN | R_NP_STOP},
    {"hate", W_OPINION},
    {"hates", W_OPINION},
    {"have", R_BETWEEN | R_NP_STOP},
    {"he", R_PRONOUN},
    {"hectares", W_UNIT},
    {"hence", W_CAUSAL},
    {"her", R_DETERMINER | R_NP_STOP},
    {"hesitant", R_STATE_ADJ},
    {"higher", W_COMPARE},
    {"highest", W_COMPARE},
    {"highlighted", R_XCUE | R_XCUE_OBJ},
    {"highlighting", R_XCUE | R_XCUE_OBJ},
    {"highlights", R_XCUE | R_XCUE_OBJ},
    {"highly", R_STATE_ADVERB},
    {"him", R_NP_STOP},
    {"hint", R_XCUE},
    {"hinted", R_XCUE},
    {"hints", R_XCUE},
    {"his", R_DETERMINER | R_NP_STOP},
    {"hope", W_OPINION | R_NOMINAL},
    {"hoped", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"hopeful", R_STATE_ADJ},
    {"hopes", R_XCUE | R_XCUE_TO | R_XCUE_OBJ | R_NOMINAL},
    {"horrible", W_OPINION},
    {"hostile", R_STATE_ADJ},
    {"how", R_NP_STOP},
    {"however", R_NP_STOP},
    {"hundred", W_QUANTITY},
    {"hundreds", W_QUANTITY},
    {"i", W_FIRST | R_PRONOUN},
    {"idea", R_NOMINAL},
    {"identified", R_XCUE | R_XCUE_OBJ},
    {"if", R_NP_STOP},
    {"ignore", R_XCUE | R_XCUE_OBJ},
    {"ignored", R_XCUE | R_XCUE_OBJ},
    {"implied", R_XCUE | R_XCUE_OBJ},
    {"important", W_OPINION},
    {"impressed", R_STATE_ADJ},
    {"in", R_DETERMINER | R_NP_STOP},
    {"increased", W_COMPARE},
    {"increasingly", R_STATE_ADVERB},
    {"incredible", W_OPINION},
    {"insinuation", R_NOMINAL},
    {"insistence", R_NOMINAL},
    {"intend", R_XCUE | R_XCUE_TO},
    {"intended", R_XCUE | R_XCUE_TO},
    {"intends", R_XCUE | R_XCUE_TO},
    {"intent", R_STATE_ADJ},
    {"interested", R_STATE_ADJ},
    {"into", R_NP_STOP},
    {"is", R_DETERMINER | R_NP_STOP | R_BE_STATE | R_BE},
    {"it", R_NP_STOP},
    {"its", R_DETERMINER | R_NP_STOP},
    {"jan.", W_DATE},
    {"january", W_DATE},
    {"jobs", W_UNIT},
    {"july", W_DATE},
    {"jumped", W_COMPARE},
    {"june", W_DATE},
    {"just", R_BETWEEN | R_NP_STOP},
    {"keen", R_STATE_ADJ},
    {"kilometers", W_UNIT},
    {"kilometres", W_UNIT},
    {"km", W_UNIT},
    {"knocked", R_XCUE | R_XCUE_OBJ},
    {"lambasted", R_XCUE | R_XCUE_OBJ},
    {"largely", R_BETWEEN},
    {"largest", W_COMPARE},
    {"last", W_DATE},
    {"later", R_BETWEEN | R_WEEKDAY},
    {"leading", W_LED},
    {"leads", W_LED},
    {"learned", R_XCUE},
    {"least", W_COMPARE},
    {"led", W_LED},
    {"leery", R_STATE_ADJ},
    {"less", W_COMPARE | R_STATE_ADVERB},
    {"like", R_NP_STOP},
    {"likely", W_PREDICT},
    {"listed", R_XCUE | R_XCUE_OBJ},
    {"listing", R_XCUE | R_XCUE_OBJ},
    {"lists", R_XCUE | R_XCUE_OBJ},
    {"long", R_BETWEEN},
    {"looked", R_XCUE | R_XCUE_TO},
    {"looking", R_XCUE | R_XCUE_TO},
    {"looks", R_XCUE | R_XCUE_TO},
    {"lost", W_COMPARE},
    {"love", W_OPINION},
    {"lovely", W_OPINION},
    {"loves", W_OPINION},
    {"lower", W_COMPARE},
    {"lowest", W_COMPARE},
    {"majority", W_QUANTITY},
    {"march", W_DATE},
    {"may", W_DATE | W_HEDGE | R_BETWEEN | R_NP_STOP},
    {"maybe", W_HEDGE},
    {"me", W_FIRST | R_NP_STOP},
    {"mention", R_STANCE_NOUN},
    {"meters", W_UNIT},
    {"metres", W_UNIT},
    {"might", W_HEDGE | R_BETWEEN | R_NP_STOP},
    {"miles", W_UNIT},
    {"million", W_QUANTITY},
    {"millions", W_QUANTITY},
    {"mine", W_FIRST},
    {"minority", W_QUANTITY},
    {"mln", W_UNIT},
    {"mocked", R_XCUE | R_XCUE_OBJ},
    {"monday", W_DATE | R_NP_STOP | R_WEEKDAY},
    {"month", R_NP_STOP},
    {"more", W_COMPARE | R_STATE_ADVERB},
    {"morning", R_NP_STOP},
    {"most", W_COMPARE},
    {"mostly", R_BETWEEN},
    {"mulling", R_XCUE | R_XCUE_OBJ},
    {"must", W_OPINION | R_BETWEEN | R_NP_STOP},
    {"my", W_FIRST | R_DETERMINER | R_NP_STOP},
    {"myself", W_FIRST},
    {"n't", R_BETWEEN | R_STATE_ADVERB},
    {"named", R_XCUE | R_XCUE_OBJ},
    {"names", R_XCUE | R_XCUE_OBJ},
    {"nervous", R_STATE_ADJ},
    {"never", R_BETWEEN},
    {"new", R_DETERMINER},
    {"next", W_PREDICT},
    {"nice", W_OPINION},
    {"night", R_NP_STOP},
    {"nine", W_CARDINAL},
    {"ninety", W_CARDINAL},
    {"no", R_DETERMINER},
    {"nominate", R_XCUE | R_XCUE_OBJ},
    {"nominated", R_XCUE | R_XCUE_OBJ},
    {"not", R_BETWEEN | R_NP_STOP | R_STATE_ADVERB},
    {"noticed", R_XCUE | R_XCUE_OBJ},
    {"notion", R_NOMINAL},
    {"nov.", W_DATE},
    {"november", W_DATE},
    {"now", R_BETWEEN | R_NP_STOP | R_STATE_ADVERB},
    {"oct.", W_DATE},
    {"october", W_DATE},
    {"of", R_DETERMINER | R_NP_INNER | R_OBJ_PARTICLE},
    {"offended", R_STATE_ADJ},
    {"offer", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"offered", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"offering", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"often", R_BETWEEN},
    {"on", R_DETERMINER | R_NP_STOP | R_OBJ_PARTICLE},
    {"once", R_BETWEEN},
    {"only", W_COMPARE | R_NP_STOP},
    {"open", R_STATE_ADJ},
    {"openly", R_BETWEEN | R_STATE_ADVERB},
    {"opined", R_XCUE | R_XCUE_OBJ},
    {"opinion", R_STANCE_NOUN},
    {"oppose", R_XCUE | R_XCUE_OBJ},
    {"opposed", R_XCUE | R_XCUE_OBJ | R_STATE_ADJ},
    {"opposes", R_XCUE | R_XCUE_OBJ},
    {"opposing", R_XCUE | R_XCUE_OBJ},
    {"opposition", R_STANCE_NOUN},
    {"optimistic", R_STATE_ADJ},
    {"or", R_NP_STOP},
    {"ordered", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"orders", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"ought", W_OPINION},
    {"our", W_FIRST | R_DETERMINER | R_NP_STOP},
    {"ours", W_FIRST},
    {"ourselves", W_FIRST},
    {"outlined", R_XCUE | R_XCUE_OBJ},
    {"outlining", R_XCUE | R_XCUE_OBJ},
    {"outrage", R_STANCE_NOUN},
    {"outraged", R_STATE_ADJ},
    {"outrageous", W_OPINION},
    {"over", R_NP_STOP | R_OBJ_PARTICLE},
    {"particularly", R_STATE_ADVERB},
    {"people", W_UNIT},
    {"percent", W_QUANTITY | W_UNIT},
    {"percentage", W_UNIT},
    {"perhaps", W_HEDGE},
    {"pessimistic", R_STATE_ADJ},
    {"plan", R_XCUE | R_XCUE_TO | R_NOMINAL},
    {"planned", W_PREDICT | R_XCUE | R_XCUE_TO},
    {"planning", R_XCUE | R_XCUE_TO},
    {"plans", W_PREDICT | R_XCUE | R_XCUE_TO | R_NOMINAL},
    {"pleaded", R_XCUE | R_XCUE_OBJ},
    {"pleased", R_STATE_ADJ},
    {"pledge", R_NOMINAL},
    {"pledged", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"plunged", W_COMPARE},
    {"pointed", R_XCUE | R_XCUE_OBJ},
    {"pointing", R_XCUE | R_XCUE_OBJ},
    {"points", W_UNIT},
    {"poll", R_POLL},
    {"polling", R_POLL},
    {"polls", R_POLL},
    {"possibly", W_HEDGE},
    {"pounds", W_UNIT},
    {"praise", R_STANCE_NOUN},
    {"praised", R_XCUE | R_XCUE_OBJ},
    {"predicted", W_PREDICT},
    {"prediction", R_NOMINAL},
    {"predictions", R_NOMINAL},
    {"predicts", W_PREDICT},
    {"prefer", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"preferred", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"prefers", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"prepared", R_STATE_ADJ},
    {"presented", R_XCUE | R_XCUE_OBJ},
    {"pressed", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"pressing", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"previously", R_BETWEEN},
    {"privately", R_BETWEEN},
    {"probably", W_HEDGE},
    {"projected", W_PREDICT | R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"promise", R_NOMINAL},
    {"promised", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"promises", R_XCUE | R_XCUE_TO | R_XCUE_OBJ | R_NOMINAL},
    {"promote", R_XCUE | R_XCUE_OBJ},
    {"prompted", W_CAUSAL},
    {"proposal", R_NOMINAL},
    {"proposals", R_STANCE_NOUN},
    {"proud", W_OPINION | R_STATE_ADJ},
    {"publicly", R_BETWEEN},
    {"push", R_STANCE_NOUN},
    {"pushed", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"pushes", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"pushing", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"quarter", W_QUANTITY},
    {"quarters", W_QUANTITY},
    {"questions", R_STANCE_NOUN},
    {"quick", R_STATE_ADJ},
    {"quite", R_STATE_ADVERB},
    {"quoted", R_XCUE | R_XCUE_OBJ},
    {"quoting", R_XCUE | R_XCUE_OBJ},
    {"railed", R_XCUE | R_XCUE_OBJ},
    {"railing", R_XCUE | R_XCUE_OBJ},
    {"rails", R_XCUE | R_XCUE_OBJ},
    {"reaffirmed", R_XCUE | R_XCUE_OBJ},
    {"realised", R_XCUE},
    {"realized", R_XCUE},
    {"really", R_BETWEEN},
    {"recently", R_BETWEEN},
    {"receptive", R_STATE_ADJ},
    {"recognised", R_XCUE},
    {"recognition", R_NOMINAL},
    {"recognize", R_XCUE | R_XCUE_OBJ},
    {"recognized", R_XCUE},
    {"recognizes", R_XCUE},
    {"record", W_COMPARE},
    {"reference", R_STANCE_NOUN},
    {"referenced", R_XCUE | R_XCUE_OBJ},
    {"refuse", R_XCUE | R_XCUE_TO},
    {"refused", R_XCUE | R_XCUE_TO},
    {"refuses", R_XCUE | R_XCUE_TO},
    {"refusing", R_XCUE | R_XCUE_TO},
    {"rejected", R_XCUE | R_XCUE_OBJ},
    {"rejection", R_STANCE_NOUN},
    {"reluctant", R_STATE_ADJ},
    {"remain", R_BE_STATE},
    {"remained", R_BE_STATE},
    {"remains", R_BE_STATE},
    {"remarks", R_STANCE_NOUN},
    {"remember", R_XCUE | R_XCUE_OBJ},
    {"remembered", R_XCUE},
    {"remembers", R_XCUE},
    {"reminded", R_XCUE | R_XCUE_OBJ},
    {"reminding", R_XCUE | R_XCUE_OBJ},
    {"repeatedly", R_BETWEEN},
    {"reportedly", W_HEDGE | R_BETWEEN | R_REPORTEDLY},
    {"reports", R_NOMINAL},
    {"requested", R_XCUE | R_XCUE_OBJ},
    {"resistant", R_STATE_ADJ},
    {"respond", R_XCUE | R_XCUE_OBJ},
    {"responded", R_XCUE | R_XCUE_OBJ},
    {"responding", R_XCUE | R_XCUE_OBJ},
    {"responds", R_XCUE | R_XCUE_OBJ},
    {"responsible", W_CAUSAL},
    {"result", W_CAUSAL},
    {"resulted", W_CAUSAL},
    {"retweeted", R_XCUE | R_XCUE_OBJ},
    {"ridiculous", W_OPINION},
    {"right", W_OPINION},
    {"rise", W_COMPARE},
    {"risen", W_COMPARE},
    {"rises", W_COMPARE},
    {"rose", W_COMPARE},
    {"roubles", W_UNIT},
    {"rubles", W_UNIT},
    {"rumored", W_HEDGE},
    {"rumors", R_NOMINAL},
    {"rumoured", W_HEDGE},
    {"rumours", R_NOMINAL},
    {"sad", W_OPINION},
    {"sadly", W_OPINION},
    {"said", R_NP_STOP},
    {"satisfied", R_STATE_ADJ},
    {"saturday", W_DATE | R_NP_STOP | R_WEEKDAY},
    {"saw", R_XCUE | R_XCUE_OBJ},
    {"say", R_NP_STOP},
    {"says", R_NP_STOP},
    {"sceptical", R_STATE_ADJ},
    {"see", R_XCUE | R_XCUE_OBJ},
    {"seek", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"seeking", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"seeks", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"seem", R_SEEM},
    {"seemed", W_HEDGE | R_BE_STATE | R_SEEM},
    {"seems", W_HEDGE | R_BE_STATE | R_SEEM},
    {"sees", R_XCUE | R_XCUE_OBJ},
    {"sept.", W_DATE},
    {"september", W_DATE},
    {"set", W_PREDICT},
    {"seven", W_CARDINAL},
    {"seventy", W_CARDINAL},
    {"shameful", W_OPINION},
    {"she", R_PRONOUN},
    {"shocked", R_STATE_ADJ},
    {"should", W_OPINION | R_BETWEEN | R_NP_STOP},
    {"show", R_XCUE | R_XCUE_OBJ},
    {"showed", R_XCUE | R_XCUE_OBJ},
    {"showing", R_XCUE | R_XCUE_OBJ},
    {"shows", R_XCUE | R_XCUE_OBJ},
    {"sick", R_STATE_ADJ},
    {"sign", R_NOMINAL},
    {"signal", R_NOMINAL},
    {"signed", R_XCUE | R_XCUE_OBJ},
    {"silent", R_STATE_ADJ},
    {"since", W_DATE | R_NP_STOP},
    {"six", W_CARDINAL},
    {"sixty", W_CARDINAL},
    {"skeptical", R_STATE_ADJ},
    {"slumped", W_COMPARE},
    {"smallest", W_COMPARE},
    {"so", R_NP_STOP | R_STATE_ADVERB},
    {"soared", W_COMPARE},
    {"soldiers", W_UNIT},
    {"somewhat", W_HEDGE | R_STATE_ADVERB},
    {"soon", W_PREDICT},
    {"sought", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"sounded", R_XCUE | R_XCUE_OBJ},
    {"sparked", W_CAUSAL},
    {"sparred", R_XCUE | R_XCUE_OBJ},
    {"speak", R_XCUE | R_XCUE_OBJ},
    {"speaking", R_XCUE | R_XCUE_OBJ},
    {"speaks", R_XCUE | R_XCUE_OBJ},
    {"speculation", R_NOMINAL},
    {"split", R_STATE_ADJ},
    {"spoke", R_XCUE | R_XCUE_OBJ},
    {"square", W_UNIT},
    {"statement", R_NOMINAL},
    {"still", R_BETWEEN | R_NP_STOP | R_STATE_ADVERB},
    {"strongly", R_BETWEEN},
    {"stupid", W_OPINION},
    {"such", R_DETERMINER},
    {"suggestion", R_NOMINAL},
    {"sunday", W_DATE | R_NP_STOP | R_WEEKDAY},
    {"sunny", W_OPINION},
    {"support", R_XCUE | R_XCUE_OBJ | R_STANCE_NOUN},
    {"supported", R_XCUE | R_XCUE_OBJ},
    {"supportive", R_STATE_ADJ},
    {"supports", R_XCUE | R_XCUE_OBJ},
    {"sure", R_STATE_ADJ},
    {"surged", W_COMPARE},
    {"surprised", R_STATE_ADJ},
    {"survey", R_POLL},
    {"surveys", R_POLL},
    {"suspicion", R_NOMINAL},
    {"suspicions", R_NOMINAL},
    {"suspicious", R_STATE_ADJ},
    {"sympathetic", R_STATE_ADJ},
    {"talk", R_XCUE | R_XCUE_OBJ},
    {"talked", R_XCUE | R_XCUE_OBJ},
    {"talking", R_XCUE | R_XCUE_OBJ},
    {"talks", R_XCUE | R_XCUE_OBJ},
    {"ten", W_CARDINAL},
    {"tenth", W_QUANTITY},
    {"terrible", W_OPINION},
    {"than", W_COMPARE | R_NP_STOP},
    {"thanked", R_XCUE | R_XCUE_OBJ},
    {"thanking", R_XCUE | R_XCUE_OBJ},
    {"thanks", W_CAUSAL},
    {"that", R_NP_STOP},
    {"the", R_DETERMINER | R_NP_INNER},
    {"their", R_DETERMINER | R_NP_STOP},
    {"them", R_NP_STOP},
    {"then", R_BETWEEN | R_NP_STOP},
    {"theory", R_NOMINAL},
    {"there", R_NP_STOP},
    {"therefore", W_CAUSAL},
    {"these", R_DETERMINER | R_NP_STOP},
    {"they", R_PRONOUN},
    {"think", W_OPINION},
    {"third", W_QUANTITY},
    {"thirds", W_QUANTITY},
    {"thirty", W_CARDINAL},
    {"this", R_DETERMINER | R_NP_STOP},
    {"those", R_DETERMINER | R_NP_STOP},
    {"though", R_NP_STOP},
    {"thoughts", R_STANCE_NOUN},
    {"thousand", W_QUANTITY},
    {"thousands", W_QUANTITY},
    {"threaten", R_XCUE | R_XCUE_TO},
    {"threatened", R_XCUE | R_XCUE_TO},
    {"threatening", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"threatens", R_XCUE | R_XCUE_TO},
    {"three", W_CARDINAL},
    {"thrilled", R_STATE_ADJ},
    {"thursday", W_DATE | R_NP_STOP | R_WEEKDAY},
    {"tired", R_STATE_ADJ},
    {"to", R_DETERMINER | R_NP_STOP | R_OBJ_PARTICLE},
    {"today", R_NP_STOP | R_WEEKDAY},
    {"told", R_NP_STOP},
    {"tonnes", W_UNIT},
    {"tons", W_UNIT},
    {"too", R_STATE_ADVERB},
    {"triggered", W_CAUSAL},
    {"trillion", W_QUANTITY},
    {"triple", W_QUANTITY},
    {"tripled", W_COMPARE},
    {"troops", W_UNIT},
    {"troubled", R_STATE_ADJ},
    {"trumpeting", R_XCUE | R_XCUE_OBJ},
    {"tuesday", W_DATE | R_NP_STOP | R_WEEKDAY},
    {"tumbled", W_COMPARE},
    {"twelve", W_CARDINAL},
    {"twenty", W_CARDINAL},
    {"twice", W_QUANTITY},
    {"two", W_CARDINAL},
    {"unacceptable", W_OPINION},
    {"unclear", W_HEDGE},
    {"uncomfortable", R_STATE_ADJ},
    {"unconfirmed", W_HEDGE},
    {"unconvinced", R_STATE_ADJ},
    {"under", R_NP_STOP},
    {"underscored", R_XCUE | R_XCUE_OBJ},
    {"underscores", R_XCUE | R_XCUE_OBJ},
    {"underscoring", R_XCUE | R_XCUE_OBJ},
    {"understand", R_XCUE | R_XCUE_OBJ},
    {"understands", R_XCUE},
    {"understood", R_XCUE},
    {"unfortunately", W_OPINION},
    {"unhappy", R_STATE_ADJ},
    {"unlikely", W_PREDICT},
    {"unsure", R_STATE_ADJ},
    {"until", R_NP_STOP},
    {"unwilling", R_STATE_ADJ},
    {"upcoming", W_PREDICT},
    {"upset", R_STATE_ADJ},
    {"urged", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"urges", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"us", W_FIRST | R_NP_STOP},
    {"very", R_STATE_ADVERB},
    {"view", R_XCUE | R_XCUE_OBJ | R_STANCE_NOUN | R_NOMINAL},
    {"viewed", R_XCUE | R_XCUE_OBJ},
    {"views", R_STANCE_NOUN},
    {"vocal", R_STATE_ADJ},
    {"voiced", R_XCUE | R_XCUE_OBJ},
    {"vote", R_XCUE | R_XCUE_OBJ},
    {"voted", R_XCUE | R_XCUE_OBJ},
    {"votes", W_UNIT | R_XCUE | R_XCUE_OBJ},
    {"voting", R_XCUE | R_XCUE_OBJ},
    {"vow", R_NOMINAL},
    {"vowed", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"vows", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"want", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"wanted", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"wanting", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"wants", R_XCUE | R_XCUE_TO | R_XCUE_OBJ},
    {"warning", R_NOMINAL},
    {"warnings", R_STANCE_NOUN | R_NOMINAL},
    {"wary", R_STATE_ADJ},
    {"was", R_DETERMINER | R_NP_STOP | R_BE_STATE | R_BE},
    {"we", W_FIRST | R_PRONOUN},
    {"weary", R_STATE_ADJ},
    {"wednesday", W_DATE | R_NP_STOP | R_WEEKDAY},
    {"week", R_NP_STOP},
    {"welcome", W_OPINION | R_XCUE | R_XCUE_OBJ},
    {"welcomed", R_XCUE | R_XCUE_OBJ},
    {"welcomes", R_XCUE | R_XCUE_OBJ},
    {"were", R_DETERMINER | R_NP_STOP | R_BE_STATE | R_BE},
    {"what", R_NP_STOP},
    {"when", R_NP_STOP},
    {"where", R_NP_STOP},
    {"which", R_NP_STOP},
    {"while", R_NP_STOP},
    {"who", R_PRONOUN},
    {"whose", R_DETERMINER},
    {"why", R_NP_STOP},
    {"widely", R_BETWEEN},
    {"will", W_PREDICT | R_BETWEEN | R_NP_STOP},
    {"willing", R_STATE_ADJ},
    {"with", R_DETERMINER | R_NP_STOP},
    {"wo", W_PREDICT},
    {"wondered", R_XCUE | R_XCUE_OBJ},
    {"wonderful", W_OPINION},
    {"worried", R_STATE_ADJ},
    {"worst", W_OPINION},
    {"would", R_BETWEEN | R_NP_STOP},
    {"wrong", W_OPINION},
    {"year", R_NP_STOP},
    {"years", W_UNIT},
    {"yen", W_UNIT},
    {"yesterday", W_DATE | R_NP_STOP | R_WEEKDAY},
    {"yet", R_NP_STOP},
    {"you", R_PRONOUN},
    {"your", R_DETERMINER | R_NP_STOP},
    {"yuan", W_UNIT},
    {"’ll", W_PREDICT},
    {"’m", W_FIRST | R_BE_STATE},
    {"’re", R_BE_STATE},
    {"’s", R_DETERMINER | R_BE_STATE},
};
#define LEX_MAX 15 /* bytes in the longest word the table can hold */

/* Where the words of each first byte start in lexicon[]: bucket 0 is the
 * bytes before 'a' ("'ll"), 1..26 the letters, 27 the bytes after 'z'
 * ("’ll"), and bucket b is lexicon[lex_first[b] .. lex_first[b + 1]).
 * Halves the binary search. Update it with the lexicon (test_claims checks
 * it through bl_claims_lexicon_sorted). */
static const uint16_t lex_first[29] = {0,   4,   77,  105, 164, 227, 254, 298, 306, 342,
                                       366, 373, 378, 405, 431, 451, 485, 538, 545, 603,
                                       681, 739, 762, 775, 810, 810, 818, 818, 822};

static size_t lex_bucket(unsigned char c)
{
    return c < 'a' ? 0 : c > 'z' ? 27 : (size_t)(c - 'a') + 1;
}

/* Within the bucket of each letter b (1..26), where the words whose second
 * byte has lex_bucket c start, from lex_first[b]: they are lexicon[lex_first[b]
 * + lex_sub[b - 1][c] .. lex_first[b] + lex_sub[b - 1][c + 1]) (a word of one
 * letter has second byte NUL: c 0). Cuts the binary search by about three
 * probes. Update it with the lexicon (bl_claims_lexicon_sorted checks it). */
static const uint8_t lex_sub[26][29] = {
    {0, 1, 1, 2, 9, 15, 15, 17, 23, 23, 27, 27, 27, 38, 40, 47, 47, 56, 56, 59, 66, 69, 71, 71, 73, 73, 73, 73, 73},
    {0, 0, 7, 7, 7, 7, 17, 17, 17, 17, 20, 20, 20, 23, 23, 24, 24, 24, 24, 25, 25, 25, 27, 27, 27, 27, 28, 28, 28},
    {0, 0, 11, 11, 11, 11, 13, 13, 13, 19, 19, 19, 19, 23, 23, 23, 51, 51, 51, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59},
    {0, 0, 1, 1, 1, 1, 32, 32, 32, 32, 47, 47, 47, 47, 47, 47, 58, 58, 58, 61, 61, 61, 63, 63, 63, 63, 63, 63, 63},
    {0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 4, 4, 4, 5, 8, 15, 15, 15, 16, 16, 17, 17, 18, 20, 20, 27, 27, 27, 27},
    {0, 0, 9, 9, 9, 9, 17, 17, 17, 17, 27, 27, 27, 27, 27, 27, 35, 35, 35, 39, 39, 39, 44, 44, 44, 44, 44, 44, 44},
    {0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4, 4, 4, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8},
    {0, 0, 10, 10, 10, 10, 15, 15, 15, 15, 26, 26, 26, 26, 26, 26, 34, 34, 34, 34, 34, 34, 36, 36, 36, 36, 36, 36, 36},
    {0, 1, 1, 1, 1, 3, 3, 4, 6, 6, 6, 6, 6, 6, 9, 21, 21, 21, 21, 21, 22, 24, 24, 24, 24, 24, 24, 24, 24},
    {0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 7, 7, 7, 7, 7, 7, 7},
    {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 3, 3, 3, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5},
    {0, 0, 5, 5, 5, 5, 12, 12, 12, 12, 17, 17, 17, 17, 17, 17, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27},
    {0, 0, 4, 4, 4, 4, 8, 8, 8, 8, 14, 14, 14, 15, 15, 15, 22, 22, 22, 22, 22, 22, 24, 24, 24, 24, 26, 26, 26},
    {0, 1, 3, 3, 3, 3, 7, 7, 7, 7, 11, 11, 11, 11, 11, 11, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20},
    {0, 0, 0, 0, 2, 2, 2, 8, 8, 8, 8, 8, 8, 8, 8, 11, 11, 21, 21, 24, 24, 24, 33, 34, 34, 34, 34, 34, 34},
    {0, 0, 1, 1, 1, 1, 6, 6, 6, 6, 6, 6, 6, 15, 15, 15, 23, 23, 23, 48, 48, 48, 53, 53, 53, 53, 53, 53, 53},
    {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 7, 7, 7, 7, 7, 7},
    {0, 0, 3, 3, 3, 3, 46, 46, 46, 46, 51, 51, 51, 51, 51, 51, 53, 53, 53, 53, 53, 53, 58, 58, 58, 58, 58, 58, 58},
    {0, 0, 8, 8, 9, 9, 22, 22, 22, 30, 38, 38, 39, 40, 41, 41, 48, 56, 57, 57, 57, 61, 77, 77, 77, 77, 78, 78, 78},
    {0, 0, 4, 4, 4, 4, 7, 7, 7, 38, 39, 39, 39, 39, 39, 39, 45, 45, 45, 52, 52, 52, 54, 54, 58, 58, 58, 58, 58},
    {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 18, 18, 20, 20, 22, 23, 23, 23, 23, 23, 23, 23, 23, 23},
    {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 4, 4, 4, 4, 4, 4, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13},
    {0, 0, 8, 8, 8, 8, 16, 16, 16, 24, 28, 28, 28, 28, 28, 28, 34, 34, 34, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35},
    {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
    {0, 0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 7, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8, 8},
    {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
};

/* Bytes 8k..8k+7 of a NUL-padded word as a number that orders as strcmp
 * orders the words. */
static uint64_t word_part(const char *w, size_t k)
{
    uint64_t x;
    memcpy(&x, w + 8 * k, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    x = __builtin_bswap64(x);
#endif
    return x;
}

/* The key of token t of text[0..len) in *k0, *k1: its bytes, ASCII case
 * folded as strncasecmp in the C locale would compare, NUL-padded to 16 and
 * read as two numbers that order as strcmp orders the words (k0 is never 0:
 * tokens hold no NUL); *b its bucket in lex_first. False when no listed
 * word can be the token. Inlined into its callers: as a call it stored
 * the key to memory and read it back (a fifth of the cost per token). */
static inline __attribute__((always_inline)) bool word_key(const char *text, size_t len,
                                                           const struct bl_token *t, uint64_t *k0,
                                                           uint64_t *k1, size_t *b)
{
    size_t l = t->end - t->start;
    unsigned char c0;
    char key[16];

    /* numbers, marks, URLs: nothing listed has their form */
    if ((t->kind != BL_TOK_WORD && t->kind != BL_TOK_CLITIC) || l == 0 || l > LEX_MAX)
        return false;
    c0 = (unsigned char)text[t->start];
    *b = lex_bucket(c0 >= 'A' && c0 <= 'Z' ? c0 + ('a' - 'A') : c0);
    if (lex_first[*b] == lex_first[*b + 1])
        return false;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (t->start + (l < 8 ? 8 : 16) <= len) {
        /* the key eight bytes at a time: the token's bytes folded, the
         * bytes after it zero; a word of under eight bytes has no second */
        uint64_t x0, x1 = 0;
        memcpy(&x0, text + t->start, 8);
        if (l < 8) {
            x0 &= ((uint64_t)1 << (8 * l)) - 1;
        } else {
            memcpy(&x1, text + t->start + 8, 8);
            x1 &= ((uint64_t)1 << (8 * (l - 8))) - 1; /* l <= LEX_MAX < 16 */
            x1 = __builtin_bswap64(bl_fold8(x1));
        }
        *k0 = __builtin_bswap64(bl_fold8(x0));
        *k1 = x1;
        return true;
    }
#endif
    /* near the end of the text: byte by byte */
    memset(key, 0, sizeof key);
    for (size_t i = 0; i < l; i++) {
        char ch = text[t->start + i];
        key[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
    }
    *k0 = word_part(key, 0);
    *k1 = word_part(key, 1);
    return true;
}

/* The lists of the word whose key (word_key) is k0, k1 in bucket b, 0 for
 * none: a binary search of the bucket. */
static uint32_t key_lists(uint64_t k0, uint64_t k1, size_t b)
{
    size_t lo = lex_first[b], hi = lex_first[b + 1];
    if (b - 1 < 26) {
        const uint8_t *sub = lex_sub[b - 1];
        size_t c = lex_bucket((unsigned char)(k0 >> 48)); /* the word's second byte */
        hi = lo + sub[c + 1];
        lo += sub[c];
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uint64_t w0 = word_part(lexicon[mid].word, 0), w1;
        if (k0 != w0) {
            if (k0 < w0)
                hi = mid;
            else
                lo = mid + 1;
            continue;
        }
        w1 = word_part(lexicon[mid].word, 1);
        if (k1 == w1)
            return lexicon[mid].lists;
        if (k1 < w1)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* The W_* and R_* lists token t of text[0..len) is in, 0 for none: ASCII
 * case folded, as strncasecmp in the C locale would compare. */
static uint32_t word_class(const char *text, size_t len, const struct bl_token *t)
{
    uint64_t k0, k1;
    size_t b;
    return word_key(text, len, t, &k0, &k1, &b) ? key_lists(k0, k1, b) : 0;
}

/* bl_claims_word_lists_all, and with facts (NULL: none; else nspellings
 * entries, see bl_doc.spell_facts) a common word's lists read from there. */
static void lists_all(const char *text, size_t len, const struct bl_token *toks, size_t n,
                      const uint32_t *spelling, size_t nspellings,
                      const struct bl_word_facts *const *facts, uint32_t *out)
{
    /* an article repeats about half its words. With the spelling numbers,
     * a spelling's answer is kept in by_spelling (UINT32_MAX, which no set
     * of lists is, until known): a repeat costs two loads, and each
     * spelling is searched once. Without them, the last answer for each of
     * SEEN hashes of the key spares most repeats the search; only seen0 is
     * cleared (k0 0: none), and the slots stay few: clearing 6 KB costs as
     * much as the searches the slots past 256 would spare. */
    enum { SEEN = 256 };
    uint64_t seen0[SEEN], seen1[SEEN];
    uint32_t seen_lists[SEEN];
    uint32_t *by_spelling = NULL;
    _Static_assert(R_REPORTEDLY < 0x80000000u, "the top bit is in no list: UINT32_MAX is no set");
    if (spelling && nspellings)
        by_spelling = malloc(nspellings * sizeof *by_spelling);
    if (!by_spelling)
        nspellings = 0;
    if (nspellings) {
        /* a common word's lists were kept at load: each spelling's are
         * known before the tokens are read, the others once searched */
        if (facts)
            for (size_t u = 0; u < nspellings; u++)
                by_spelling[u] = facts[u] ? facts[u]->lists : UINT32_MAX;
        else
            memset(by_spelling, 0xff, nspellings * sizeof *by_spelling);
        for (size_t i = 0; i < n; i++) {
            uint64_t k0, k1;
            size_t b;
            uint32_t u = spelling[i], l;
            if (u < nspellings && (l = by_spelling[u]) != UINT32_MAX) {
                out[i] = l;
                continue;
            }
            l = word_key(text, len, &toks[i], &k0, &k1, &b) ? key_lists(k0, k1, b) : 0;
            out[i] = l;
            if (u < nspellings)
                by_spelling[u] = l;
        }
        free(by_spelling);
        return;
    }
    memset(seen0, 0, sizeof seen0);
    for (size_t i = 0; i < n; i++) {
        uint64_t k0, k1;
        size_t b, h;
        if (!word_key(text, len, &toks[i], &k0, &k1, &b)) {
            out[i] = 0;
        } else {
            h = (size_t)(((k0 ^ (k1 * 0x9e3779b97f4a7c15ull)) * 0xff51afd7ed558ccdull) >> 56);
            if (seen0[h] != k0 || seen1[h] != k1) {
                seen0[h] = k0;
                seen1[h] = k1;
                seen_lists[h] = key_lists(k0, k1, b);
            }
            out[i] = seen_lists[h];
        }
    }
    free(by_spelling);
}

/* See claims_int.h. */
void bl_claims_word_lists_all(const char *text, size_t len, const struct bl_token *toks, size_t n,
                              const uint32_t *spelling, size_t nspellings, uint32_t *out)
{
    lists_all(text, len, toks, n, spelling, nspellings, NULL, out);
}

/* See claims_int.h. */
void bl_claims_word_lists_doc(const struct bl_doc *d, const bl_cues *cues, uint32_t *out)
{
    const struct bl_word_facts *const *facts =
        d->spell_facts && d->cue_src == cues && d->tok_word ? d->spell_facts : NULL;
    lists_all(d->text, d->len, d->toks, d->ntoks, d->tok_word, d->tok_word ? d->nwords : 0, facts,
              out);
}

/* See claims_int.h. */
uint32_t bl_claims_word_lists(const char *text, size_t len, const struct bl_token *t)
{
    return word_class(text, len, t);
}

/* See claims_int.h. */
size_t bl_claims_lexicon_count(uint32_t bit)
{
    size_t k = 0;
    for (size_t i = 0; i < sizeof lexicon / sizeof lexicon[0]; i++)
        k += (lexicon[i].lists & bit) != 0;
    return k;
}

static bool is_year(const char *text, const struct bl_token *t)
{
    const char *s = text + t->start;
    if (t->kind != BL_TOK_NUMBER || t->end - t->start != 4)
        return false;
    return (s[0] == '1' && s[1] >= '8') || (s[0] == '2' && s[1] == '0');
}

/* A named entity or actor in toks [a, b): entities and the actor index when
 * those stages ran, else a capitalised word that does not open the range. */
static bool named_in(const struct bl_doc *d, size_t a, size_t b)
{
    const struct bl_token *t = d->toks;
    if (b <= a)
        return false;
    if ((d->done & BL_STAGE_ENTITIES) && d->nents) {
        /* entities are sorted by start: the first one ending after a */
        size_t s = t[a].start, e = t[b - 1].end, lo = bl_doc_ent_from(d, s);
        if (lo > 0 && d->ents[lo - 1].span.end > s)
            return true;
        if (lo < d->nents && d->ents[lo].span.start < e)
            return true;
    }
    if (d->done & BL_STAGE_ACTORS) {
        for (size_t i = a; i < b; i++)
            if ((t[i].flags & BL_TF_UPPER) && bl_actor_at(d, t[i].start, t[i].end) >= 0)
                return true;
        return false;
    }
    for (size_t i = a + 1; i < b; i++)
        if (t[i].kind == BL_TOK_WORD && (t[i].flags & BL_TF_UPPER) &&
            !(word_class(d->text, d->len, &t[i]) & W_DATE))
            return true;
    return false;
}

static bool boiler_tables_ok(void);

/* True when lexicon[] is as word_class needs it: in strict strcmp order,
 * lower case, each word NUL-terminated in its slot, in its lex_first bucket,
 * and the boilerplate tables match their phrases (for the unit tests).
 * Pure; thread-safe. */
bool bl_claims_lexicon_sorted(void)
{
    size_t n = sizeof lexicon / sizeof lexicon[0];
    if (lex_first[0] != 0 || lex_first[28] != n || !boiler_tables_ok())
        return false;
    for (size_t b = 1; b <= 26; b++) {
        if (lex_sub[b - 1][0] != 0 || lex_sub[b - 1][28] != lex_first[b + 1] - lex_first[b])
            return false;
        for (size_t c = 0; c < 28; c++)
            if (lex_sub[b - 1][c] > lex_sub[b - 1][c + 1])
                return false;
    }
    for (size_t i = 0; i < n; i++) {
        const char *w = lexicon[i].word;
        size_t b = lex_bucket((unsigned char)w[0]);
        if (strnlen(w, sizeof lexicon[i].word) > LEX_MAX ||
            (i > 0 && strcmp(lexicon[i - 1].word, w) >= 0) || i < lex_first[b] ||
            i >= lex_first[b + 1])
            return false;
        if (b >= 1 && b <= 26) {
            const uint8_t *sub = lex_sub[b - 1];
            size_t c = lex_bucket((unsigned char)w[1]);
            if (i < lex_first[b] + sub[c] || i >= lex_first[b] + sub[c + 1])
                return false;
        }
        for (; *w; w++)
            if (*w >= 'A' && *w <= 'Z')
                return false;
    }
    return true;
}

/* ---- features ------------------------------------------------------------ */

enum feat {
    F_NUMBER,
    F_UNIT,
    F_DATE,
    F_COMPARE,
    F_NAMED,
    F_CAUSAL,
    F_PREDICT,
    F_ATTRIBUTED,
    F_HEDGE,
    F_FIRST,
    F_QUESTION,
    F_OPINION_ONLY,
    F_OPINION,
    F_SHORT,
    F_HEADLINE,
    F_OBJECT,
    NFEAT
};

/* Weights: see docs/checkworthiness.md for why each has its size. */
static const double weight[NFEAT] = {
    [F_NUMBER] = 1.2,   [F_UNIT] = 0.8,   [F_DATE] = 0.4,      [F_COMPARE] = 0.5,
    [F_NAMED] = 0.5,    [F_CAUSAL] = 0.5, [F_PREDICT] = 0.3,   [F_ATTRIBUTED] = 0.3,
    [F_HEDGE] = -0.4,   [F_FIRST] = -0.6, [F_QUESTION] = -2.0, [F_OPINION_ONLY] = -1.2,
    [F_OPINION] = -0.3, [F_SHORT] = -0.7, [F_HEADLINE] = -2.5,
    [F_OBJECT] = -0.7,
};
#define BIAS (-1.0)

/* Does f hold one of the features that make a claim checkable? */
static inline bool checkable_in(const bool f[NFEAT])
{
    return f[F_NUMBER] || f[F_UNIT] || f[F_DATE] || f[F_NAMED] || f[F_COMPARE] || f[F_CAUSAL] ||
           f[F_PREDICT];
}

/* The W_* lists of token i of d: from lists (word_class of every token)
 * when given, else looked up. */
static inline uint32_t lists_of(const struct bl_doc *d, const uint32_t *lists, size_t i)
{
    return lists ? lists[i] & W_ALL : word_class(d->text, d->len, &d->toks[i]);
}

/* The features of toks [a, b). With checkable set it may stop as soon as
 * checkable_in(f) holds, the rest unfinished. lists: word_class of every
 * token of d, or NULL to look each up here. */
/* A number of one or two digits that is a date or an age, not a statistic:
 * "on February 8", "at 6 p.m.", "Delaney, 58, who ...". wprev holds the lists
 * of token i - 1 when i > a. */
static bool day_or_age(const struct bl_doc *d, size_t a, size_t b, size_t i, uint32_t wprev)
{
    const struct bl_token *t = d->toks;
    const char *s = d->text + t[i].start;
    size_t n = t[i].end - t[i].start;
    if (t[i].kind != BL_TOK_NUMBER || n > 2 || s[0] < '0' || s[0] > '9')
        return false;
    if (i > a && (wprev & W_DATE) && (t[i - 1].flags & BL_TF_UPPER))
        return true; /* "February 8" */
    if (i + 1 < b && t[i + 1].end - t[i + 1].start == 4 &&
        (strncasecmp(d->text + t[i + 1].start, "p.m.", 4) == 0 ||
         strncasecmp(d->text + t[i + 1].start, "a.m.", 4) == 0))
        return true; /* "6 p.m." */
    return i > a + 1 && i + 1 < b && t[i - 1].kind == BL_TOK_PUNCT &&
           d->text[t[i - 1].start] == ',' && t[i + 1].kind == BL_TOK_PUNCT &&
           d->text[t[i + 1].start] == ',' && (t[i - 2].flags & BL_TF_UPPER); /* "Ruiz, 58," */
}

/* A word that opens a reported question: 2 for "whether", 1 for "what",
 * "why", "how", "if", else 0. Read off the length and the first byte first:
 * most words leave there. */
static int question_word(const char *text, const struct bl_token *t)
{
    const char *w = text + t->start;
    size_t n = t->end - t->start;
    unsigned f;
    if (t->kind != BL_TOK_WORD || n < 2)
        return 0;
    f = (unsigned char)w[0] | 0x20u;
    switch (n) {
    case 2:
        return f == 'i' && ((unsigned char)w[1] | 0x20u) == 'f';
    case 3:
        return (f == 'w' || f == 'h') &&
               (strncasecmp(w, "why", 3) == 0 || strncasecmp(w, "how", 3) == 0);
    case 4:
        return f == 'w' && strncasecmp(w, "what", 4) == 0;
    case 7:
        return f == 'w' && strncasecmp(w, "whether", 7) == 0 ? 2 : 0;
    default:
        return 0;
    }
}

/* Is the number at i the count of a span of time back or on from the story's
 * moment ("eleven years ago", "20 minutes later")? A date, not a statistic. */
static bool time_ago(const struct bl_doc *d, size_t i, size_t b)
{
    const struct bl_token *t = d->toks;
    size_t n;
    const char *s;
    if (i + 2 >= b || t[i + 2].kind != BL_TOK_WORD)
        return false;
    s = d->text + t[i + 2].start;
    n = t[i + 2].end - t[i + 2].start;
    return (n == 3 && strncasecmp(s, "ago", 3) == 0) ||
           (n == 5 && strncasecmp(s, "later", 5) == 0) ||
           (n == 7 && strncasecmp(s, "earlier", 7) == 0);
}

/* Is the number at i of [a, b) a date (a year, a day or an age, a span of
 * time back)? wprev as in day_or_age. Out of line: the scan in features
 * keeps fewer values for the few numbers. */
static __attribute__((noinline)) bool number_is_date(const struct bl_doc *d, size_t a, size_t b,
                                                     size_t i, uint32_t wprev)
{
    return is_year(d->text, &d->toks[i]) || day_or_age(d, a, b, i, wprev) || time_ago(d, i, b);
}

static inline __attribute__((always_inline)) void
features(const struct bl_doc *d, size_t a, size_t b, unsigned flags, bool f[NFEAT], bool checkable,
         const uint32_t *lists)
{
    const struct bl_token *t = d->toks;
    const char *text = d->text;
    size_t words = 0, last = b;

    memset(f, 0, NFEAT * sizeof *f);
    /* the lists of the previous, this and the next token: one lookup each */
    uint32_t wprev = 0, wnext, wcur = a < b ? lists_of(d, lists, a) : 0;
    for (size_t i = a; i < b; i++, wprev = wcur, wcur = wnext) {
        const struct bl_token *k = &t[i];
        if (checkable && checkable_in(f))
            return;
        wnext = i + 1 < b ? lists_of(d, lists, i + 1) : 0;
        if (k->kind == BL_TOK_WORD || k->kind == BL_TOK_NUMBER)
            words++;
        if (k->kind == BL_TOK_NUMBER || (k->kind == BL_TOK_WORD && (k->flags & BL_TF_DIGIT)))
            f[number_is_date(d, a, b, i, wprev) ? F_DATE : F_NUMBER] = true;
        if (k->kind == BL_TOK_SYMBOL && strchr("$%", text[k->start]))
            f[F_UNIT] = true;
        if (k->kind == BL_TOK_SYMBOL && (t[i].flags & BL_TF_NONASCII))
            f[F_UNIT] = true; /* € £ ¥ ₽ */
        if ((k->kind != BL_TOK_WORD && k->kind != BL_TOK_CLITIC) || !wcur)
            continue;
        if ((wcur & W_QUANTITY) ||
            ((wcur & W_CARDINAL) && i + 1 < b && (wnext & (W_UNIT | W_QUANTITY)))) {
            if ((wcur & W_CARDINAL) && time_ago(d, i, b))
                f[F_DATE] = true;
            else
                f[F_NUMBER] = true;
        }
        if ((wcur & W_UNIT) && i > a &&
            (t[i - 1].kind == BL_TOK_NUMBER || (wprev & (W_QUANTITY | W_CARDINAL))) &&
            !time_ago(d, i - 1, b))
            f[F_UNIT] = true;
        if ((wcur & W_DATE) &&
            !(strncasecmp(text + k->start, "may", 3) == 0 && !(k->flags & BL_TF_UPPER)))
            f[F_DATE] = true;
        if (wcur & W_COMPARE)
            f[F_COMPARE] = true;
        if ((wcur & W_CAUSAL) ||
            ((wcur & W_LED) && i + 1 < b && t[i + 1].end - t[i + 1].start == 2 &&
             strncasecmp(text + t[i + 1].start, "to", 2) == 0))
            f[F_CAUSAL] = true;
        if (wcur & W_PREDICT)
            f[F_PREDICT] = true;
        if ((wcur & W_HEDGE) &&
            !(strncasecmp(text + k->start, "may", 3) == 0 && (k->flags & BL_TF_UPPER) && i > a))
            f[F_HEDGE] = true;
        if ((wcur & W_FIRST) && !(k->flags & BL_TF_ALLCAPS && k->end - k->start > 1))
            f[F_FIRST] = true;
        if (wcur & W_OPINION)
            f[F_OPINION] = true;
    }
    f[F_NAMED] = named_in(d, a, b);
    /* a question ends in '?' (perhaps inside closing marks) */
    while (last > a && (t[last - 1].kind == BL_TOK_QUOTE || t[last - 1].kind == BL_TOK_PUNCT) &&
           text[t[last - 1].start] != '?')
        last--;
    if (last > a && text[t[last - 1].start] == '?')
        f[F_QUESTION] = true;
    /* "declined to say whether ...", "asked what comes next": reported
     * content that opens as a question asserts nothing either */
    if (a < b) {
        int qa = question_word(text, &t[a]);
        if (qa == 2 || (qa && (flags & BL_CLAIM_F_ATTRIBUTED)) ||
            /* "to say whether", "to confirm if" */
            (a + 2 < b && t[a].end - t[a].start == 2 && bl_tok_is(text, &t[a], "to") &&
             (question_word(text, &t[a + 2]) == 2 || bl_tok_is(text, &t[a + 2], "if"))))
            f[F_QUESTION] = true;
    }
    if (f[F_OPINION] && !f[F_NUMBER] && !f[F_DATE] && !f[F_NAMED] && !f[F_UNIT]) {
        f[F_OPINION_ONLY] = true;
        f[F_OPINION] = false;
    }
    f[F_SHORT] = words < 5;
    f[F_ATTRIBUTED] = (flags & BL_CLAIM_F_ATTRIBUTED) != 0;
    f[F_HEADLINE] = (flags & BL_CLAIM_F_HEADLINE) != 0;
    /* "welcomed the decision", "thanked voters": a stance toward a thing
     * names the thing and asserts nothing about it; a figure in it
     * ("expected $4 billion") is still checkable */
    f[F_OBJECT] = (flags & BL_CLAIM_F_OBJECT) && !f[F_NUMBER] && !f[F_UNIT];
}

/* Score toks [a, b) of d; see bl_int.h. Needs the tokens (and uses the
 * actors stage when it ran). Read-only on d; thread-safe. */
double bl_claims_score(const struct bl_doc *d, size_t a, size_t b, unsigned flags, int *kind)
{
    return bl_claims_score_lists(d, a, b, flags, kind, NULL);
}

/* See claims_int.h. */
double bl_claims_score_lists(const struct bl_doc *d, size_t a, size_t b, unsigned flags, int *kind,
                             const uint32_t *lists)
{
    bool f[NFEAT];
    double z = BIAS;

    if (kind)
        *kind = BL_CLAIM_FACTUAL;
    if (!d || a >= b || b > d->ntoks)
        return (flags & BL_CLAIM_F_CHECKABLE) ? -1 : 0;
    /* (a copy of the scan for each: with the lists, it reads them without
     * testing for them per token) */
    if (lists)
        features(d, a, b, flags, f, false, lists);
    else
        features(d, a, b, flags, f, false, NULL);
    /* the one scan answers bl_claims_checkable too */
    if ((flags & BL_CLAIM_F_CHECKABLE) && !checkable_in(f))
        return -1;
    for (int i = 0; i < NFEAT; i++)
        if (f[i])
            z += weight[i];
    if (kind) {
        if (f[F_NUMBER] || f[F_UNIT])
            *kind = BL_CLAIM_STATISTICAL;
        else if (f[F_CAUSAL])
            *kind = BL_CLAIM_CAUSAL;
        else if (f[F_PREDICT])
            *kind = BL_CLAIM_PREDICTION;
        else if (f[F_OPINION] || f[F_OPINION_ONLY])
            *kind = BL_CLAIM_EVALUATIVE;
    }
    return 1.0 / (1.0 + exp(-z));
}

/* See bl_int.h. At most five tokens: time words, numbers and commas. */
bool bl_claims_only_time(const struct bl_doc *d, size_t a, size_t b)
{
    static const char *const time_words[] = {
        "on",        "in",        "at",       "last",      "this",      "next",     "early",
        "late",      "the",       "monday",   "tuesday",   "wednesday", "thursday", "friday",
        "saturday",  "sunday",    "january",  "february",  "march",     "april",    "may",
        "june",      "july",      "august",   "september", "october",   "november", "december",
        "week",      "weekend",   "month",    "year",      "morning",   "afternoon", "evening",
        "night",     "today",     "yesterday", "tomorrow", "tonight",   ",",        NULL};
    if (!d || b <= a || b > d->ntoks || b - a > 5)
        return false;
    for (size_t k = a; k < b; k++)
        if (d->toks[k].kind != BL_TOK_NUMBER && !bl_tok_in(d->text, &d->toks[k], time_words))
            return false;
    return true;
}

/* True when the range has something a fact-checker could look up: a number,
 * a date, a named actor, a comparison or change, a cause or a forecast. */
bool bl_claims_checkable(const struct bl_doc *d, size_t a, size_t b)
{
    bool f[NFEAT];
    if (!d || a >= b || b > d->ntoks)
        return false;
    features(d, a, b, 0, f, true, NULL);
    return checkable_in(f);
}

/* ---- boilerplate ---------------------------------------------------------- */

static unsigned char ascii_lower(unsigned char c)
{
    return (unsigned char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

/* Does needle occur at s[i..len), ASCII case folded (as strncasecmp in the
 * C locale compares)? */
static bool needle_at(const char *s, size_t len, size_t i, const char *needle)
{
    for (size_t j = 0; needle[j]; j++)
        if (i + j >= len ||
            ascii_lower((unsigned char)s[i + j]) != ascii_lower((unsigned char)needle[j]))
            return false;
    return true;
}

/* Set bit in tab at byte ch and, for a letter, at its other case too, so
 * that the text's bytes index tab as they are. */
static void mark_ci(uint32_t tab[256], unsigned char ch, uint32_t bit)
{
    tab[ascii_lower(ch)] |= bit;
    if (ch >= 'a' && ch <= 'z')
        tab[ch - ('a' - 'A')] |= bit;
    else if (ch >= 'A' && ch <= 'Z')
        tab[ch] |= bit;
}

/* Phrases that mark boilerplate anywhere in a sentence: at most 32, each of
 * two bytes or more, lower case. */
static const char *const boiler_anywhere[] = {
    "reporting by",     "editing by", "writing by",          "compiled by",  "click here",
    "sign up for",      "sign up to", "all rights reserved", "copyright",    "\xc2\xa9",
    "getty images",     "ap photo",   "photo credit",        "photograph:",  "photo:",
    "image:",           "(photo",     "subscribe to",        "follow us on", "read more:",
    "trust principles", "newsletter", "our standards",       "afp photo",    "/reuters",
    "/ reuters"};
#define NBOILER (sizeof boiler_anywhere / sizeof boiler_anywhere[0])

/* The bits of boiler_anywhere that credit someone's work in a credit line
 * or a caption ("reporting by", "photo:", "/reuters", ...), which the other
 * phrases ("copyright", "newsletter") do not: a story's sentence may hold
 * those. boiler_tables_ok checks the mask against credit_phrase. */
#define BOILER_CREDIT 0x0381fc0fu
#define BOILER_ALL    ((uint32_t)((1ull << NBOILER) - 1))
#define COPYRIGHT_SIGN 9 /* boiler_anywhere[9], "\xc2\xa9", found by memchr */

/* Bit k is set at the first (second, third) byte of boiler_anywhere[k], in both
 * cases of a letter, as mark_ci sets it. Kept as constants so that no call
 * builds them; boiler_tables_ok (run by test_claims through
 * bl_claims_lexicon_sorted) checks them against the list, so rebuild them
 * when the list changes. */
static const uint32_t boiler_first[256] = {
    ['('] = 0x00010000u,  ['/'] = 0x03000000u, ['A'] = 0x00800880u, ['C'] = 0x00000118u,
    ['E'] = 0x00000002u,  ['F'] = 0x00040000u, ['G'] = 0x00000400u, ['I'] = 0x00008000u,
    ['N'] = 0x00200000u,  ['O'] = 0x00400000u, ['P'] = 0x00007000u, ['R'] = 0x00080001u,
    ['S'] = 0x00020060u,  ['T'] = 0x00100000u, ['W'] = 0x00000004u, ['a'] = 0x00800880u,
    ['c'] = 0x00000118u,  ['e'] = 0x00000002u, ['f'] = 0x00040000u, ['g'] = 0x00000400u,
    ['i'] = 0x00008000u,  ['n'] = 0x00200000u, ['o'] = 0x00400000u, ['p'] = 0x00007000u,
    ['r'] = 0x00080001u,  ['s'] = 0x00020060u, ['t'] = 0x00100000u, ['w'] = 0x00000004u,
    [0xc2] = 0x00000200u,
};
static const uint32_t boiler_second[256] = {
    [' '] = 0x02000000u, ['D'] = 0x00000002u, ['E'] = 0x00280401u, ['F'] = 0x00800000u,
    ['H'] = 0x00007000u, ['I'] = 0x00000060u, ['L'] = 0x00000090u, ['M'] = 0x00008000u,
    ['O'] = 0x00040108u, ['P'] = 0x00010800u, ['R'] = 0x01100004u, ['U'] = 0x00420000u,
    ['d'] = 0x00000002u, ['e'] = 0x00280401u, ['f'] = 0x00800000u, ['h'] = 0x00007000u,
    ['i'] = 0x00000060u, ['l'] = 0x00000090u, ['m'] = 0x00008000u, ['o'] = 0x00040108u,
    ['p'] = 0x00010800u, ['r'] = 0x01100004u, ['u'] = 0x00420000u, [0xa9] = 0x00000200u,
};
/* The same at the third byte; the phrases of two bytes ("©") have none, and
 * BOILER_SHORT holds their bits. */
static const uint32_t boiler_third[256] = {
    [' '] = 0x00000800u, ['A'] = 0x00088000u, ['B'] = 0x00020000u, ['E'] = 0x01000000u,
    ['G'] = 0x00000060u, ['H'] = 0x00010000u, ['I'] = 0x00000016u, ['L'] = 0x00040080u,
    ['M'] = 0x00000008u, ['O'] = 0x00007000u, ['P'] = 0x00800101u, ['R'] = 0x02400000u,
    ['T'] = 0x00000400u, ['U'] = 0x00100000u, ['W'] = 0x00200000u, ['a'] = 0x00088000u,
    ['b'] = 0x00020000u, ['e'] = 0x01000000u, ['g'] = 0x00000060u, ['h'] = 0x00010000u,
    ['i'] = 0x00000016u, ['l'] = 0x00040080u, ['m'] = 0x00000008u, ['o'] = 0x00007000u,
    ['p'] = 0x00800101u, ['r'] = 0x02400000u, ['t'] = 0x00000400u, ['u'] = 0x00100000u,
    ['w'] = 0x00200000u,
};
#define BOILER_SHORT 0x00000200u

/* The phrases but "\xc2\xa9" are six bytes or more, so has_boiler can look
 * at the pair of bytes 4 and 5 of a window of six and skip ahead (as
 * Wu-Manber does): boiler_reach[pair] is one more than the largest j (0-4)
 * at which some phrase has that pair at bytes j, j+1 (0 when none has), each
 * byte read as its low five bits (both cases of a letter alike; other bytes
 * may share a value, which only makes a skip shorter). No phrase starts in
 * the first 5 - reach bytes of the window. Checked by boiler_tables_ok. */
#define BOILER_MIN 6
#define BOILER_PAIR(a, b) (((unsigned)(a) & 31u) << 5 | ((unsigned)(b) & 31u))
static const uint8_t boiler_reach[1024] = {
    [0x00d] = 5, [0x010] = 4, [0x012] = 4, [0x013] = 4, [0x015] = 5, [0x024] = 3, [0x026] = 1,
    [0x027] = 3, [0x02c] = 1, [0x030] = 1, [0x053] = 3, [0x06b] = 4, [0x06c] = 1, [0x06f] = 1,
    [0x072] = 5, [0x080] = 4, [0x089] = 2, [0x0a1] = 2, [0x0a4] = 1, [0x0b0] = 2, [0x0b4] = 2,
    [0x0b5] = 4, [0x0b7] = 2, [0x0ba] = 5, [0x0cf] = 1, [0x0d0] = 2, [0x0e5] = 4, [0x0ee] = 3,
    [0x10f] = 5, [0x110] = 1, [0x123] = 3, [0x127] = 2, [0x12c] = 5, [0x12d] = 1, [0x12e] = 5,
    [0x134] = 3, [0x160] = 5, [0x180] = 3, [0x185] = 5, [0x189] = 2, [0x18c] = 3, [0x18f] = 4,
    [0x1a1] = 2, [0x1b0] = 3, [0x1c0] = 4, [0x1c5] = 1, [0x1e0] = 5, [0x1e7] = 5, [0x1ec] = 2,
    [0x1ed] = 2, [0x1f0] = 2, [0x1f2] = 4, [0x1f4] = 4, [0x1f5] = 1, [0x1f7] = 5, [0x1fa] = 5,
    [0x200] = 3, [0x208] = 5, [0x209] = 4, [0x20f] = 3, [0x219] = 3, [0x240] = 3, [0x245] = 3,
    [0x249] = 5, [0x254] = 5, [0x255] = 2, [0x263] = 4, [0x269] = 1, [0x26c] = 4, [0x274] = 5,
    [0x275] = 1, [0x280] = 5, [0x285] = 5, [0x289] = 4, [0x28f] = 5, [0x292] = 1, [0x294] = 3,
    [0x299] = 4, [0x2a2] = 2, [0x2b2] = 2, [0x2b3] = 3, [0x2b4] = 5, [0x2f2] = 1, [0x2f3] = 3,
    [0x320] = 5, [0x332] = 4,
};

/* Openings of a boilerplate sentence, lower case ("By " opens a byline only
 * when names follow: see bl_claims_boilerplate). */
static const char *const boiler_opening[] = {"related:",
                                             "read more",
                                             "watch:",
                                             "listen:",
                                             "advertisement",
                                             "share this",
                                             "(reporting",
                                             "additional reporting",
                                             /* the publication on its own
                                              * coverage, not a claim it reports */
                                             "editor's note:",
                                             "editor\xe2\x80\x99s note:",
                                             NULL};

/* 1 at the first byte of each of boiler_opening, in both cases of a letter
 * (boiler_tables_ok checks it against the list: rebuild it when the list
 * changes). */
static const uint8_t boiler_first_open[256] = {
    ['('] = 1, ['A'] = 1, ['E'] = 1, ['L'] = 1, ['R'] = 1, ['S'] = 1, ['W'] = 1,
    ['a'] = 1, ['e'] = 1, ['l'] = 1, ['r'] = 1, ['s'] = 1, ['w'] = 1,
};

/* True when boiler_first and boiler_second are what mark_ci makes of
 * boiler_anywhere, and boiler_first_open what it makes of boiler_opening. */
static bool credit_phrase(const char *w)
{
    return strstr(w, " by") || strstr(w, "photo") || strstr(w, "image") || strstr(w, "reuters");
}

static bool boiler_tables_ok(void)
{
    uint32_t first[256], second[256], third[256], shorts = 0, opens[256];
    uint8_t reach[1024];
    memset(opens, 0, sizeof opens);
    for (size_t k = 0; boiler_opening[k]; k++)
        mark_ci(opens, (unsigned char)boiler_opening[k][0], 1);
    for (size_t ch = 0; ch < 256; ch++)
        if (opens[ch] != boiler_first_open[ch])
            return false;
    memset(reach, 0, sizeof reach);
    memset(first, 0, sizeof first);
    memset(second, 0, sizeof second);
    memset(third, 0, sizeof third);
    if (NBOILER > 32)
        return false;
    for (size_t k = 0; k < NBOILER; k++) {
        if (!boiler_anywhere[k][0] || !boiler_anywhere[k][1])
            return false;
        if (credit_phrase(boiler_anywhere[k]) != !!(BOILER_CREDIT & ((uint32_t)1 << k)))
            return false;
        mark_ci(first, (unsigned char)boiler_anywhere[k][0], (uint32_t)1 << k);
        mark_ci(second, (unsigned char)boiler_anywhere[k][1], (uint32_t)1 << k);
        if (boiler_anywhere[k][2])
            mark_ci(third, (unsigned char)boiler_anywhere[k][2], (uint32_t)1 << k);
        else
            shorts |= (uint32_t)1 << k;
        if (strlen(boiler_anywhere[k]) < BOILER_MIN) {
            if (strcmp(boiler_anywhere[k], "\xc2\xa9") != 0 || k != COPYRIGHT_SIGN)
                return false;
            continue;
        }
        for (size_t j = 0; j + 1 < BOILER_MIN; j++) {
            unsigned pair = BOILER_PAIR(boiler_anywhere[k][j], boiler_anywhere[k][j + 1]);
            if (reach[pair] < j + 1)
                reach[pair] = (uint8_t)(j + 1);
        }
    }
    return memcmp(first, boiler_first, sizeof first) == 0 &&
           memcmp(second, boiler_second, sizeof second) == 0 &&
           memcmp(third, boiler_third, sizeof third) == 0 && shorts == BOILER_SHORT &&
           memcmp(reach, boiler_reach, sizeof reach) == 0;
}

/* The bits of boiler_anywhere found in s[0..len), ignoring ASCII case, as
 * far as both of boiler_marks' answers need them: once a phrase is found
 * only a credit may change them, and a credit ends the search. "\xc2\xa9"
 * by memchr; the rest in one pass of windows of BOILER_MIN bytes that skip
 * by boiler_reach, and where a phrase may start, each phrase that starts
 * with the window's first three bytes is compared. The tables hold both
 * cases of a letter, so the text's bytes need no folding. */
static uint32_t boiler_found(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    const unsigned char *c = len ? memchr(u, 0xc2, len) : NULL;
    uint32_t got = 0, want = BOILER_ALL;

    for (; c; c = memchr(c + 1, 0xc2, len - (size_t)(c + 1 - u)))
        if (c + 1 < u + len && c[1] == 0xa9) {
            got = (uint32_t)1 << COPYRIGHT_SIGN;
            want = BOILER_CREDIT;
            break;
        }
    for (size_t i = 0; i + BOILER_MIN <= len;) {
        unsigned r = boiler_reach[BOILER_PAIR(u[i + 4], u[i + 5])];
        if (r < 5) {
            i += 5 - r;
            continue;
        }
        uint32_t m =
            boiler_first[u[i]] & boiler_second[u[i + 1]] & boiler_third[u[i + 2]] & want;
        for (; m; m &= m - 1)
            if (needle_at(s, len, i, boiler_anywhere[__builtin_ctz(m)])) {
                got |= m & -m;
                if (got & BOILER_CREDIT)
                    return got;
                want = BOILER_CREDIT;
            }
        i++;
    }
    return got;
}

/* A byline: "By" and names only ("By Ana Ruiz and Tom Berg"). */
static bool is_byline(const struct bl_doc *d, size_t si)
{
    const struct bl_sentence *s = &d->sents[si];
    const char *p = d->text + s->start;
    size_t len = s->end - s->start, ntok = s->tok_end - s->tok_start;

    if (!(len > 3 && ((unsigned char)p[0] | 0x20u) == 'b' &&
          ((unsigned char)p[1] | 0x20u) == 'y' && p[2] == ' ' && ntok <= 12))
        return false;
    for (size_t i = s->tok_start + 1; i < s->tok_end; i++) {
        const struct bl_token *t = &d->toks[i];
        if (t->kind == BL_TOK_WORD && !(t->flags & BL_TF_UPPER) &&
            !(t->end - t->start == 3 && strncasecmp(d->text + t->start, "and", 3) == 0))
            return false;
        if (t->kind != BL_TOK_WORD && t->kind != BL_TOK_PUNCT)
            return false;
    }
    return true;
}

/* Both answers for sentence si from one pass over it: BL_BOILER_ANY
 * (bl_claims_boilerplate) and BL_BOILER_CREDIT (bl_claims_credit_line). */
static unsigned boiler_marks(const struct bl_doc *d, size_t si)
{
    const struct bl_sentence *s = &d->sents[si];
    const char *p = d->text + s->start;
    size_t len = s->end - s->start, ntok = s->tok_end - s->tok_start;
    uint32_t got = boiler_found(p, len);
    unsigned marks = got ? BL_BOILER_ANY : 0;

    if (got & BOILER_CREDIT)
        return BL_BOILER_ANY | BL_BOILER_CREDIT;
    if (len == 0)
        return marks;
    /* (most sentences open with none of the openings' first bytes) */
    if (!marks && boiler_first_open[(unsigned char)p[0]])
        for (size_t k = 0; boiler_opening[k]; k++)
            if (ascii_lower((unsigned char)p[0]) == (unsigned char)boiler_opening[k][0] &&
                needle_at(p, len, 0, boiler_opening[k])) {
                marks = BL_BOILER_ANY;
                break;
            }
    if (is_byline(d, si))
        return BL_BOILER_ANY | BL_BOILER_CREDIT;
    /* the credit line under a byline ("Staff Writer", "Associated Press"):
     * a few capitalised words and no full stop */
    if (si > 0 && ntok <= 4 && is_byline(d, si - 1)) {
        for (size_t i = s->tok_start; i < s->tok_end; i++)
            if (d->toks[i].kind != BL_TOK_WORD || !(d->toks[i].flags & BL_TF_UPPER))
                return marks;
        return BL_BOILER_ANY | BL_BOILER_CREDIT;
    }
    return marks;
}

/* True when sentence si is a dateline, byline, credit, copyright notice or a
 * call to action rather than part of the story. Read-only; thread-safe. */
bool bl_claims_boilerplate(const struct bl_doc *d, size_t si)
{
    return d && si < d->nsents && (boiler_marks(d, si) & BL_BOILER_ANY);
}

/* True when sentence si is a byline or credits someone's work ("(Reporting
 * by ...)", "Photo: ..."): the boilerplate that names people and nothing
 * else. Read-only; thread-safe. */
bool bl_claims_credit_line(const struct bl_doc *d, size_t si)
{
    return d && si < d->nsents && (boiler_marks(d, si) & BL_BOILER_CREDIT);
}

/* See bl_int.h. The actors stage asks some sentences, the claims stage
 * every one: each is scanned once. */
unsigned bl_claims_boiler(struct bl_doc *d, size_t si)
{
    unsigned m;

    if (!d || si >= d->nsents)
        return 0;
    if (!d->sent_boiler) /* on no memory, each answer is worked out again */
        d->sent_boiler = bl_arena_alloc(&d->arena, d->nsents);
    if (d->sent_boiler && d->sent_boiler[si])
        return d->sent_boiler[si] & (BL_BOILER_ANY | BL_BOILER_CREDIT);
    m = boiler_marks(d, si);
    if (d->sent_boiler)
        d->sent_boiler[si] = (uint8_t)(m | BL_BOILER_ASKED);
    return m;
}

/* Tokens of a leading dateline in sentence si ("KYIV, Ukraine (Reuters) -",
 * "WASHINGTON —"): the index of the first token after it, or tok_start when
 * there is none. Read-only; thread-safe. */
size_t bl_claims_after_dateline(const struct bl_doc *d, size_t si)
{
    const struct bl_sentence *s = &d->sents[si];
    const struct bl_token *t = d->toks;
    size_t lim = s->tok_start + 14 < s->tok_end ? s->tok_start + 14 : s->tok_end;
    bool caps = false;

    for (size_t i = s->tok_start; i < lim; i++) {
        if (t[i].kind == BL_TOK_DASH && i > s->tok_start)
            return caps ? i + 1 : s->tok_start;
        if (t[i].kind == BL_TOK_WORD) {
            if (t[i].flags & BL_TF_ALLCAPS)
                caps = true;
            else if (!(t[i].flags & BL_TF_UPPER))
                return s->tok_start;
        } else if (t[i].kind != BL_TOK_PUNCT && t[i].kind != BL_TOK_NUMBER) {
            return s->tok_start;
        }
    }
    return s->tok_start;
}
