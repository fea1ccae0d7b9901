/* Case-insensitive lookups of the names users type in SQL. */
#include "unit.h"
#include "names.h"

UNIT_TEST(index_names_case_insensitive)
{
	for (int i = 0; i < VICS_NINDEX; i++)
		CHECK(opcode_index_from_name(opcode_index_name[i], strlen(opcode_index_name[i])) == i);
	CHECK(opcode_index_from_name("p-4A", 4) == VICS_P4A);
	CHECK(opcode_index_from_name("i-5 pun", 7) == VICS_I5_PUN);
	CHECK(opcode_index_from_name("I-5  PUN", 8) == -1);
	CHECK(opcode_index_from_name("P-1 ", 4) == -1);
	CHECK(opcode_index_from_name("P-1", 2) == -1);	/* counted string, not C string */
	CHECK(opcode_index_from_name("", 0) == -1);
}

UNIT_TEST(who_category_tense_lookups)
{
	CHECK(opcode_who_from_name("self", 4) == VICS_SELF);
	CHECK(opcode_who_from_name("OTHER", 5) == VICS_OTHER);
	CHECK(opcode_who_from_name("others", 6) == -1);
	CHECK(opcode_category_from_name("pun", 3) == VICS_PUN);
	CHECK(opcode_category_from_name("Rew", 3) == VICS_REW);
	CHECK(opcode_category_from_name("REWARD", 6) == -1);
	CHECK(opcode_tense_from_name("Future", 6) == VICS_FUTURE);
	CHECK(opcode_tense_from_name("past ", 5) == -1);
}

UNIT_TEST(index_ranges)
{
	double		lo,
				hi;

	for (int i = 0; i < VICS_NINDEX; i++)
	{
		opcode_index_range((VicsIndex) i, &lo, &hi);
		CHECK(hi == 1.0);
		CHECK(lo == ((i == VICS_P1 || i == VICS_P2 || i == VICS_I1 || i == VICS_I2) ? -1.0 : 0.0));
	}
	CHECK(strstr(opcode_index_name_list, "I-5 PUN") != NULL);
}
