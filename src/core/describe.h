/*
 * describe.h: words for index values, as vics_indices() reports them.
 *
 * Normed reading (a norming group has the index): the z-score in half-SD steps (VICS.md 1.5)
 *   |z| < 0.5          "average"
 *   0.5 <= |z| < 1     "somewhat high" / "somewhat low"
 *   1   <= |z| < 1.5   "definitely high" / "definitely low"
 *   1.5 <= |z| < 2     "very high" / "very low"
 *   |z| >= 2           "extremely high" / "extremely low"
 *
 * Raw reading (no norm for the index): the value itself.
 *   P-1, P-2, I-1, I-2 (range -1..1), with the poles hostile/friendly (P-1),
 *   pessimistic/optimistic (P-2), conflictual/cooperative (I-1, I-2):
 *     v == 0 "mixed"; 0 < |v| < 0.25 "somewhat <pole>"; 0.25 <= |v| < 0.6
 *     "definitely <pole>"; |v| >= 0.6 "extremely <pole>"
 *   every other index (range 0..1):
 *     [0, .2) "very low", [.2, .4) "low", [.4, .6) "medium", [.6, .8) "high", [.8, 1] "very high"
 */
#ifndef OPCODE_DESCRIBE_H
#define OPCODE_DESCRIBE_H

#include "vics.h"

#define OPCODE_DESCRIPTOR_MAX 32

/* Both write a NUL-terminated phrase of at most OPCODE_DESCRIPTOR_MAX bytes into buf. */
void		opcode_describe_z(double z, char *buf, size_t size);
void		opcode_describe_raw(VicsIndex idx, double v, char *buf, size_t size);

#endif
