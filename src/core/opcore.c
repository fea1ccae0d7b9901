/* opcore.c: structured errors and the shared VICS name tables. */
#include "opcore.h"
#include "vics.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *const opcode_category_code[VICS_NCAT] = {"REW", "PRO", "APP", "OPP", "THR", "PUN"};
const int	opcode_category_weight[VICS_NCAT] = {3, 2, 1, -1, -2, -3};
const bool	opcode_category_is_deed[VICS_NCAT] = {true, false, false, false, false, true};
const char *const opcode_who_name[VICS_NWHO] = {"SELF", "OTHER"};
const char *const opcode_tense_name[VICS_NTENSE] = {"past", "present", "future"};
const char *const opcode_index_name[VICS_NINDEX] = {
	"P-1", "P-2", "P-3", "P-4a", "P-4b", "P-5",
	"I-1", "I-2", "I-3", "I-4a", "I-4b",
	"I-5 REW", "I-5 PRO", "I-5 APP", "I-5 OPP", "I-5 THR", "I-5 PUN"
};

int
opcode_category_from_code(const char *code, size_t len)
{
	for (int c = 0; c < VICS_NCAT; c++)
		if (len == 3 && memcmp(code, opcode_category_code[c], 3) == 0)
			return c;
	return -1;
}

bool
op_fail(OpError *err, OpErrorKind kind, const char *fmt,...)
{
	va_list		ap;

	err->kind = kind;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	err->detail[0] = '\0';
	err->hint[0] = '\0';
	return false;
}

void
op_detail(OpError *err, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
}

void
op_hint(OpError *err, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(err->hint, sizeof(err->hint), fmt, ap);
	va_end(ap);
}
