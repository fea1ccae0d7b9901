/*
 * vics_layout.h: the stored layout of vics_tally and vics_profile (private to src/pg; every
 * other file converts through vics_types.h).
 *
 * Both are fixed-size varlenas behind a versioned header:
 *   int32 vl_len_; uint8 version; uint8 flags (no flag defined: 0); uint16 reserved (0)
 * followed by fixed-width fields with explicit padding fields that are always zero, so that
 * the bytes of a value are a function of the value (hashing, byte comparison).  The layout
 * is independent of the core structs in vics.h: changing those never changes what is on
 * disk without a new version number here.
 */
#ifndef OPCODE_VICS_LAYOUT_H
#define OPCODE_VICS_LAYOUT_H

#include "postgres.h"
#include "vics.h"

#define VICS_TALLY_VERSION 1
#define VICS_PROFILE_VERSION 1

typedef struct VicsTallyFields
{
	int64		count[VICS_NWHO][VICS_NCAT];
	int64		tense[VICS_NWHO][VICS_NTENSE];
	int64		sentences;
	int64		words;
	uint32		lexicon;
	uint16		coder;
	uint16		pad;			/* always 0 */
} VicsTallyFields;

typedef struct VicsTallyData
{
	int32		vl_len_;
	uint8		version;
	uint8		flags;
	uint16		reserved;
	VicsTallyFields t;
} VicsTallyData;

typedef struct VicsMomentFields
{
	int64		n;
	float8		mean;
	float8		m2;
} VicsMomentFields;

typedef struct VicsProfileData
{
	int32		vl_len_;
	uint8		version;
	uint8		flags;
	uint16		reserved;
	VicsTallyFields pooled;
	int64		docs;
	int64		docs_short;
	int32		min_utterances;
	int32		pad;			/* always 0 */
	VicsMomentFields idx[VICS_NINDEX];
} VicsProfileData;

/* Whether d points to a stored profile that can be overwritten in place (plain 4-byte header). */
extern VicsProfileData *opcode_profile_writable(Datum d);
extern VicsTallyData *opcode_tally_writable(Datum d);

/* Overwrite a stored value in place (aggregate states). */
extern void opcode_profile_store(VicsProfileData *dst, const OpProfile *p);
extern void opcode_tally_store(VicsTallyData *dst, const OpTally *t);

#endif
