/*
 * vics.h: the shared vocabulary of opcode's core (plain C99 + ICU, no postgres.h).
 *
 * Every module of src/core and src/pg speaks in these types; the PostgreSQL face only
 * converts them to and from Datums.  Fixed-width integers keep the on-disk and wire
 * formats independent of the platform.
 */
#ifndef OPCODE_VICS_H
#define OPCODE_VICS_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* Categories in the order VICS.md 1.2 and the SQL constructors use: intensity +3 .. -3. */
typedef enum VicsCategory
{
	VICS_REW = 0,				/* reward, +3, deed */
	VICS_PRO,					/* promise, +2, word */
	VICS_APP,					/* appeal/support, +1, word */
	VICS_OPP,					/* oppose/resist, -1, word */
	VICS_THR,					/* threaten, -2, word */
	VICS_PUN,					/* punish, -3, deed */
	VICS_NCAT
} VicsCategory;

typedef enum VicsWho
{
	VICS_SELF = 0,
	VICS_OTHER,
	VICS_NWHO
} VicsWho;

typedef enum VicsTense
{
	VICS_PAST = 0,
	VICS_PRESENT,
	VICS_FUTURE,
	VICS_NTENSE
} VicsTense;

extern const char *const opcode_category_code[VICS_NCAT];	/* "REW", ... "PUN" */
extern const int opcode_category_weight[VICS_NCAT];		/* +3 ... -3 */
extern const bool opcode_category_is_deed[VICS_NCAT];		/* REW, PUN */
extern const char *const opcode_who_name[VICS_NWHO];		/* "SELF", "OTHER" */
extern const char *const opcode_tense_name[VICS_NTENSE];	/* "past", ... */

/* Parses "REW".."PUN" (case-sensitive); returns -1 when the code is unknown. */
int			opcode_category_from_code(const char *code, size_t len);

/*
 * The counts of one coded text (or a sum of texts).  lexicon identifies the lexicon that
 * coded it (a content hash, so equal on every node and after dump/restore; 0 = counts
 * entered by hand, not coded by opcode) and coder the version of the coding rules.
 */
typedef struct OpTally
{
	int64_t		count[VICS_NWHO][VICS_NCAT];	/* utterances by SELF/OTHER and category */
	int64_t		tense[VICS_NWHO][VICS_NTENSE];	/* the same utterances by tense */
	int64_t		sentences;		/* sentences seen */
	int64_t		words;			/* words seen */
	uint32_t	lexicon;		/* lexicon content hash; 0 = hand-entered counts */
	uint16_t	coder;			/* coding-rules version; 0 = hand-entered counts */
} OpTally;

#define OPCODE_CODER_VERSION 1

/* The indices of VICS.md 1.3, in the order vics_indices() reports them. */
typedef enum VicsIndex
{
	VICS_P1 = 0, VICS_P2, VICS_P3, VICS_P4A, VICS_P4B, VICS_P5,
	VICS_I1, VICS_I2, VICS_I3, VICS_I4A, VICS_I4B,
	VICS_I5_REW, VICS_I5_PRO, VICS_I5_APP, VICS_I5_OPP, VICS_I5_THR, VICS_I5_PUN,
	VICS_NINDEX
} VicsIndex;

extern const char *const opcode_index_name[VICS_NINDEX];	/* "P-1", ... "I-5 PUN" */

/* Running moments of one index over documents (Welford / Chan). */
typedef struct OpMoments
{
	int64_t		n;
	double		mean;
	double		m2;				/* sum of squared deviations from the mean */
} OpMoments;

/*
 * What an aggregate over tallies produces: the pooled counts and, for every index, the
 * per-document moments.  A document with fewer than min_utterances coded utterances still
 * adds to the pooled counts but not to the moments (docs_short counts those).
 */
typedef struct OpProfile
{
	OpTally		pooled;
	int64_t		docs;			/* tallies aggregated */
	int64_t		docs_short;		/* of which below min_utterances */
	int32_t		min_utterances;
	OpMoments	idx[VICS_NINDEX];
} OpProfile;

#endif							/* OPCODE_VICS_H */
