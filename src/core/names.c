/* names.c: case-insensitive lookups of index, actor, category and tense names. */
#include "names.h"

#include <string.h>

const char	opcode_index_name_list[] =
"P-1, P-2, P-3, P-4a, P-4b, P-5, I-1, I-2, I-3, I-4a, I-4b, "
"I-5 REW, I-5 PRO, I-5 APP, I-5 OPP, I-5 THR, I-5 PUN";

static int
lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

bool
opcode_name_eq(const char *s, size_t len, const char *name)
{
	size_t		n = strlen(name);

	if (len != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (lower((unsigned char) s[i]) != lower((unsigned char) name[i]))
			return false;
	return true;
}

static int
lookup(const char *s, size_t len, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
		if (opcode_name_eq(s, len, names[i]))
			return i;
	return -1;
}

int
opcode_index_from_name(const char *name, size_t len)
{
	return lookup(name, len, opcode_index_name, VICS_NINDEX);
}

int
opcode_who_from_name(const char *name, size_t len)
{
	return lookup(name, len, opcode_who_name, VICS_NWHO);
}

int
opcode_category_from_name(const char *name, size_t len)
{
	return lookup(name, len, opcode_category_code, VICS_NCAT);
}

int
opcode_tense_from_name(const char *name, size_t len)
{
	return lookup(name, len, opcode_tense_name, VICS_NTENSE);
}

void
opcode_index_range(VicsIndex idx, double *lo, double *hi)
{
	*hi = 1.0;
	*lo = (idx == VICS_P1 || idx == VICS_P2 || idx == VICS_I1 || idx == VICS_I2) ? -1.0 : 0.0;
}
