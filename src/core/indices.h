/*
 * indices.h: the VICS indices of VICS.md 1.3 and the per-document moments of a profile.
 * Every function returning bool returns false when the index is undefined (a zero
 * denominator): the SQL face turns that into NULL, never 0.
 */
#ifndef OPCODE_INDICES_H
#define OPCODE_INDICES_H

#include "vics.h"
#include "opcore.h"

/* The value of one index computed from counts (a single tally, or pooled counts). */
bool		opcode_tally_index(const OpTally *t, VicsIndex idx, double *out);

/* All indices at once (value[i] is set only where defined[i]); same results as above. */
void		opcode_tally_indices(const OpTally *t, double value[VICS_NINDEX], bool defined[VICS_NINDEX]);

/* Total coded utterances (SELF + OTHER, all categories). */
int64_t		opcode_tally_utterances(const OpTally *t);

/* t += add; fails (OP_ERR_DATA) when the two were coded with different lexicons/coders,
 * (OP_ERR_RANGE) on overflow. */
bool		opcode_tally_add(OpTally *t, const OpTally *add, OpError *err);

/* An empty profile (no documents) with the given minimum of utterances per document. */
void		opcode_profile_init(OpProfile *p, int32_t min_utterances);

/* Adds one document: pooled counts always, per-index moments (Welford) when the document
 * has at least min_utterances utterances and the index is defined for it. */
bool		opcode_profile_add_tally(OpProfile *p, const OpTally *t, OpError *err);

/* p += q (Chan et al. parallel combination of moments); fails when the two profiles were
 * built with different lexicons, coders or minima. */
bool		opcode_profile_combine(OpProfile *p, const OpProfile *q, OpError *err);

/* Per-document summary of one index: false when n == 0 (mean) or n < 2 (sd). */
bool		opcode_profile_mean(const OpProfile *p, VicsIndex idx, double *out);
bool		opcode_profile_sd(const OpProfile *p, VicsIndex idx, double *out);	/* sample SD, n-1 */

#endif
