/* cameo.c: CAMEO codes as VICS categories (see cameo.h and doc/events.md). */
#include "cameo.h"

/*
 * Verbal cooperation is appeal/support, except expressed intent, which is a promise;
 * material cooperation and yielding are rewards; verbal conflict is opposition, except
 * threats; a show of force is a threat; reducing relations, coercion and violence are
 * punishment.  Public statements and investigations are neither cooperation nor conflict.
 */
const int	opcode_cameo_root_category[21] = {
	OPCODE_CAMEO_NEUTRAL,		/* (no root 00) */
	OPCODE_CAMEO_NEUTRAL,		/* 01 make public statement */
	VICS_APP,					/* 02 appeal */
	VICS_PRO,					/* 03 express intent to cooperate */
	VICS_APP,					/* 04 consult */
	VICS_APP,					/* 05 engage in diplomatic cooperation */
	VICS_REW,					/* 06 engage in material cooperation */
	VICS_REW,					/* 07 provide aid */
	VICS_REW,					/* 08 yield */
	OPCODE_CAMEO_NEUTRAL,		/* 09 investigate */
	VICS_OPP,					/* 10 demand */
	VICS_OPP,					/* 11 disapprove */
	VICS_OPP,					/* 12 reject */
	VICS_THR,					/* 13 threaten */
	VICS_OPP,					/* 14 protest */
	VICS_THR,					/* 15 exhibit force posture */
	VICS_PUN,					/* 16 reduce relations */
	VICS_PUN,					/* 17 coerce */
	VICS_PUN,					/* 18 assault */
	VICS_PUN,					/* 19 fight */
	VICS_PUN,					/* 20 use unconventional mass violence */
};

static bool
malformed(OpError *err, const char *code, size_t len, const char *why)
{
	int			shown = len > 40 ? 40 : (int) len;

	op_fail(err, OP_ERR_PARAM, "invalid CAMEO event code \"%.*s%s\"", shown, code, len > 40 ? "..." : "");
	op_detail(err, "%s", why);
	op_hint(err, "A CAMEO code is 2 to 4 digits whose first two, the root, are 01 to 20, e.g. '042' or '1823'. "
			"Codes stored as numbers lose their leading zero: write them as text ('042', not 42).");
	return false;
}

bool
opcode_cameo_category(const char *code, size_t len, int *cat, OpError *err)
{
	int			root;

	if (len < 2 || len > 4)
		return malformed(err, code, len, "It has not 2 to 4 characters.");
	for (size_t i = 0; i < len; i++)
		if (code[i] < '0' || code[i] > '9')
			return malformed(err, code, len, "It contains a character that is not a digit 0-9.");
	root = (code[0] - '0') * 10 + (code[1] - '0');
	if (root < 1 || root > 20)
		return malformed(err, code, len, "Its root (the first two digits) is not between 01 and 20.");
	*cat = opcode_cameo_root_category[root];
	return true;
}
