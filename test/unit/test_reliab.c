/* test_reliab.c: overflow and refusal kinds of tally and profile arithmetic (hostile input). */
#include "unit.h"
#include "indices.h"
#include "validate.h"

#include <stdint.h>

UNIT_TEST(tally_add_total_overflow_is_range)
{
	/* both operands valid (totals 2^63 - 1 and 1), no field overflows, the total does */
	OpTally		a = {0},
				b = {0};
	OpError		err;

	a.count[VICS_SELF][VICS_REW] = INT64_C(4611686018427387904);
	a.count[VICS_OTHER][VICS_REW] = INT64_C(4611686018427387903);
	b.count[VICS_SELF][VICS_PRO] = 1;
	CHECK(opcode_tally_check(&a, &err));
	CHECK(opcode_tally_check(&b, &err));
	CHECK(!opcode_tally_add(&a, &b, &err));
	CHECK(err.kind == OP_ERR_RANGE);
	/* a refused sum leaves the left operand unchanged */
	CHECK(a.count[VICS_SELF][VICS_PRO] == 0);
	CHECK(a.count[VICS_SELF][VICS_REW] == INT64_C(4611686018427387904));
}

UNIT_TEST(tally_add_field_overflow_is_range)
{
	OpTally		a = {0},
				b = {0};
	OpError		err;

	a.words = INT64_MAX;
	b.words = 1;
	CHECK(!opcode_tally_add(&a, &b, &err));
	CHECK(err.kind == OP_ERR_RANGE);
	CHECK(a.words == INT64_MAX);
}

UNIT_TEST(tally_add_mixed_provenance_is_data)
{
	OpTally		a = {0},
				b = {0};
	OpError		err;

	b.lexicon = 0x9f3a21c0u;
	b.coder = 1;
	CHECK(!opcode_tally_add(&a, &b, &err));
	CHECK(err.kind == OP_ERR_DATA);
}

UNIT_TEST(profile_docs_overflow_is_range)
{
	OpProfile	p,
				q;
	OpError		err;

	opcode_profile_init(&p, 0);
	opcode_profile_init(&q, 0);
	p.docs = INT64_MAX;
	q.docs = 1;
	CHECK(!opcode_profile_combine(&p, &q, &err));
	CHECK(err.kind == OP_ERR_RANGE);
	CHECK(p.docs == INT64_MAX);
}
