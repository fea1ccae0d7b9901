/*
 * names.h: lenient (case-insensitive) lookups of the names users type in SQL: index names
 * ('p-1', 'I-5 rew'), SELF/OTHER, category codes and tenses.  Each returns -1 for an unknown
 * name so that the caller can list the valid ones in its hint.
 */
#ifndef OPCODE_NAMES_H
#define OPCODE_NAMES_H

#include "vics.h"

/* ASCII case-insensitive comparison of a counted string with a C string. */
bool		opcode_name_eq(const char *s, size_t len, const char *name);

int			opcode_index_from_name(const char *name, size_t len);
int			opcode_who_from_name(const char *name, size_t len);
int			opcode_category_from_name(const char *name, size_t len);
int			opcode_tense_from_name(const char *name, size_t len);

/* The documented range of an index: [-1, 1] for P-1, P-2, I-1, I-2, else [0, 1]. */
void		opcode_index_range(VicsIndex idx, double *lo, double *hi);

/* "P-1, P-2, ..., I-5 PUN": for hints. */
extern const char opcode_index_name_list[];

#endif
