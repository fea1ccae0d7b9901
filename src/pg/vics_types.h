/*
 * vics_types.h: the on-disk/in-memory forms of the SQL types vics_tally and vics_profile,
 * and their conversion to and from the core structs.  Everything else in src/pg goes through
 * these functions, never through the varlena layout.
 */
#ifndef OPCODE_VICS_TYPES_H
#define OPCODE_VICS_TYPES_H

#include "postgres.h"
#include "fmgr.h"
#include "vics.h"

/* Detoasts and validates; raises an error for an unknown layout version. */
extern void opcode_tally_from_datum(Datum d, OpTally *out);
extern Datum opcode_tally_to_datum(const OpTally *t);	/* palloc'd in CurrentMemoryContext */

extern void opcode_profile_from_datum(Datum d, OpProfile *out);
extern Datum opcode_profile_to_datum(const OpProfile *p);

#define PG_GETARG_OPTALLY(n, dst)   opcode_tally_from_datum(PG_GETARG_DATUM(n), (dst))
#define PG_GETARG_OPPROFILE(n, dst) opcode_profile_from_datum(PG_GETARG_DATUM(n), (dst))

#endif
