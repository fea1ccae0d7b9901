/*
 * cameo.h: CAMEO event codes (Schrodt's Conflict and Mediation Event Observations, as used
 * by ICEWS and Phoenix) read as VICS categories, so that what states did can be tallied
 * like what their leaders said.  The mapping goes by the two-digit root; doc/events.md
 * gives the reasoning for each root.
 */
#ifndef OPCODE_CAMEO_H
#define OPCODE_CAMEO_H

#include "vics.h"
#include "opcore.h"

#define OPCODE_CAMEO_NEUTRAL (-1)	/* roots 01 (statements) and 09 (investigate) */

/*
 * Checks that code[0..len) is a CAMEO code -- 2 to 4 ASCII digits whose first two, the
 * root, are 01..20 -- and stores the VICS category of its root in *cat (a VicsCategory,
 * or OPCODE_CAMEO_NEUTRAL).  Whether a well-formed code is one CAMEO actually defines is
 * not checked (the codebook is data: see the table vics_cameo_codes).  On a malformed code
 * returns false with an OP_ERR_PARAM error.
 */
bool		opcode_cameo_category(const char *code, size_t len, int *cat, OpError *err);

/* The category of each root 1..20 (index 0 unused), OPCODE_CAMEO_NEUTRAL for 01 and 09. */
extern const int opcode_cameo_root_category[21];

#endif
