#include "unit.h"
#include "vics.h"

UNIT_TEST(category_codes_round_trip)
{
	for (int c = 0; c < VICS_NCAT; c++)
		CHECK(opcode_category_from_code(opcode_category_code[c], 3) == c);
	CHECK(opcode_category_from_code("rew", 3) == -1);
	CHECK(opcode_category_from_code("REWX", 4) == -1);
	CHECK(opcode_category_weight[VICS_PUN] == -3);
}
