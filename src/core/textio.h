/*
 * textio.h: the text forms of vics_tally and vics_profile, parsed strictly and written
 * canonically (one spelling per value, so equal values give equal bytes).
 *
 * Tally:
 *   (self: REW 1 APP 2; other: REW 3 APP 5 OPP 3; self tense: present 3;
 *    other tense: past 9 present 2; sentences 12; words 340; lexicon 9f3a21c0; coder 1)
 * - eight parts separated by ';' inside parentheses; output writes them in this order,
 *   input accepts any order but each part exactly once;
 * - a list part holds "NAME count" pairs: categories REW PRO APP OPP THR PUN (upper case),
 *   tenses past present future (lower case); output writes nonzero counts in that order and
 *   "none" for an all-zero list; input accepts any order, explicit zeros, each name once;
 * - counts are unsigned decimal integers up to 9223372036854775807;
 * - lexicon is 8 hex digits (output lower case), coder a decimal 0..65535; both 0 for
 *   counts entered by hand, both nonzero for counts coded by opcode;
 * - whitespace is free between tokens (output: one space after ':' and ';' and between
 *   pairs, none elsewhere).
 *
 * Profile:
 *   (docs 3; short 1; min_utterances 10; pooled (...a tally...);
 *    P-1: n 2 mean 0.25 m2 0.125; P-2: n 2 mean ...; ... ; I-5 PUN: n 2 mean 0 m2 0)
 * - docs, short (documents below min_utterances), min_utterances, pooled, then all 17
 *   indices of VICS.md 1.3 (names as opcode_index_name); any order on input, each once;
 * - n is the number of documents the index was averaged over, mean the running mean, m2
 *   the sum of squared deviations (Welford); doubles are written as the shortest of %.15g,
 *   %.16g, %.17g that reads back to the same bits, so text round-trips exactly (Citus and
 *   pg_dump move profiles as text); NaN and infinities are rejected, -0 reads as 0.
 * Both parsers run the invariant checks of validate.h after parsing.
 */
#ifndef OPCODE_TEXTIO_H
#define OPCODE_TEXTIO_H

#include "vics.h"
#include "opcore.h"

/* Parse errors are OP_ERR_SYNTAX with a detail sentence naming the problem. */
bool		opcode_tally_parse(const char *s, size_t len, OpTally *out, OpError *err);
bool		opcode_profile_parse(const char *s, size_t len, OpProfile *out, OpError *err);

/* NUL-terminated canonical text, allocated with a. */
char	   *opcode_tally_format(const OpTally *t, const OpAllocator *a);
char	   *opcode_profile_format(const OpProfile *p, const OpAllocator *a);

/* Shortest decimal of a finite double that strtod reads back to the same bits ("0" for ±0). */
void		opcode_format_double(double v, char *buf, size_t size);

#endif
