/* CAMEO codes as VICS categories (doc/events.md). */
#include "unit.h"
#include "cameo.h"

static int
cat_of(const char *code)
{
	OpError		err = {0};
	int			cat = 99;

	if (!opcode_cameo_category(code, strlen(code), &cat, &err))
		return 100;				/* malformed */
	return cat;
}

UNIT_TEST(cameo_roots_and_children)
{
	CHECK(cat_of("01") == OPCODE_CAMEO_NEUTRAL);
	CHECK(cat_of("010") == OPCODE_CAMEO_NEUTRAL);
	CHECK(cat_of("020") == VICS_APP);
	CHECK(cat_of("0234") == VICS_APP);
	CHECK(cat_of("036") == VICS_PRO);
	CHECK(cat_of("042") == VICS_APP);
	CHECK(cat_of("057") == VICS_APP);
	CHECK(cat_of("061") == VICS_REW);
	CHECK(cat_of("073") == VICS_REW);
	CHECK(cat_of("0874") == VICS_REW);
	CHECK(cat_of("090") == OPCODE_CAMEO_NEUTRAL);
	CHECK(cat_of("100") == VICS_OPP);
	CHECK(cat_of("112") == VICS_OPP);
	CHECK(cat_of("1246") == VICS_OPP);
	CHECK(cat_of("138") == VICS_THR);
	CHECK(cat_of("141") == VICS_OPP);
	CHECK(cat_of("154") == VICS_THR);
	CHECK(cat_of("163") == VICS_PUN);
	CHECK(cat_of("173") == VICS_PUN);
	CHECK(cat_of("1823") == VICS_PUN);
	CHECK(cat_of("190") == VICS_PUN);
	CHECK(cat_of("20") == VICS_PUN);
}

UNIT_TEST(cameo_every_root_defined)
{
	int			neutral = 0;

	for (int r = 1; r <= 20; r++)
	{
		char		code[3] = {(char) ('0' + r / 10), (char) ('0' + r % 10), 0};
		int			c = cat_of(code);

		CHECK(c == OPCODE_CAMEO_NEUTRAL || (c >= 0 && c < VICS_NCAT));
		neutral += c == OPCODE_CAMEO_NEUTRAL;
	}
	CHECK(neutral == 2);
}

UNIT_TEST(cameo_malformed)
{
	OpError		err = {0};
	int			cat = 99;

	CHECK(cat_of("") == 100);
	CHECK(cat_of("4") == 100);
	CHECK(cat_of("42") == 100);		/* 042 stored as a number: root 42 */
	CHECK(cat_of("00") == 100);
	CHECK(cat_of("000") == 100);
	CHECK(cat_of("21") == 100);
	CHECK(cat_of("99") == 100);
	CHECK(cat_of("04a") == 100);
	CHECK(cat_of(" 042") == 100);
	CHECK(cat_of("-042") == 100);
	CHECK(cat_of("04200") == 100);
	CHECK(cat_of("０４２") == 100);	/* full-width digits are not ASCII */
	CHECK(!opcode_cameo_category("0\0002", 3, &cat, &err));	/* embedded NUL */
	CHECK(cat == 99);
	CHECK(err.kind == OP_ERR_PARAM);
	CHECK(strstr(err.hint, "leading zero") != NULL);
}
