/*
 * validate.h: the invariants every vics_tally and vics_profile satisfies, whichever path
 * built it (text input, binary receive, constructors, arithmetic).  Text input and binary
 * receive run these checks on untrusted input, so that no later code sees a state the
 * aggregates could not have produced.
 */
#ifndef OPCODE_VALIDATE_H
#define OPCODE_VALIDATE_H

#include "vics.h"
#include "opcore.h"

/*
 * Tally invariants: every count >= 0; the total of all utterances fits in int64; per
 * SELF/OTHER, the tense counts add up to at most the utterances (each utterance has at most
 * one tense); lexicon == 0 exactly when coder == 0 (hand-entered).  Fails with OP_ERR_DATA
 * and a detail sentence naming the problem.
 */
bool		opcode_tally_check(const OpTally *t, OpError *err);

/*
 * Profile invariants: the pooled tally is valid; 0 <= docs_short <= docs; min_utterances
 * >= 0; an empty profile (docs 0) has empty pooled counts, lexicon 0 and no moments; for
 * every index 0 <= n <= docs - docs_short, mean and m2 finite, the mean inside the index's
 * range, 0 <= m2 <= the largest M2 that n values in that range can have, and n <= 1 implies
 * m2 == 0 (n == 0 also mean == 0).  Fails with OP_ERR_DATA.
 */
bool		opcode_profile_check(const OpProfile *p, OpError *err);

/* Whether tallies a and b may be added: same lexicon and coder (0/0 only with 0/0). */
bool		opcode_tally_compatible(const OpTally *a, const OpTally *b, OpError *err);

#endif
