/* Index math, tally arithmetic, profile moments and descriptors (VICS.md 1.3-1.5). */
#include "unit.h"
#include "describe.h"
#include "indices.h"
#include "validate.h"

#include <stdint.h>

static OpTally
mk(const int s[6], const int o[6])
{
	OpTally		t;

	memset(&t, 0, sizeof(t));
	for (int c = 0; c < VICS_NCAT; c++)
	{
		t.count[VICS_SELF][c] = s[c];
		t.count[VICS_OTHER][c] = o[c];
	}
	return t;
}

static double
ix(const OpTally *t, VicsIndex i)
{
	double		v = -99;

	if (!opcode_tally_index(t, i, &v))
		return NAN;
	return v;
}

/* VICS.md 1.3: SELF APP 2, REW 1; OTHER OPP 3, APP 5, REW 3 (order REW PRO APP OPP THR PUN) */
static const int JS[6] = {1, 0, 2, 0, 0, 0};
static const int JO[6] = {3, 0, 5, 3, 0, 0};

UNIT_TEST(check_vector_of_vics_md)
{
	OpTally		t = mk(JS, JO);

	CHECK_NEAR(ix(&t, VICS_P1), 0.4545, 5e-5);	/* (8-3)/11 */
	CHECK_NEAR(ix(&t, VICS_P2), 0.3333, 5e-5);	/* (9+5-3)/11/3 */
	CHECK_NEAR(ix(&t, VICS_P3), 0.2264, 5e-5);	/* 1 - 1.2*(1-(9+25+9)/121) */
	CHECK_NEAR(ix(&t, VICS_P4A), 0.2143, 5e-5);	/* 3/14 */
	CHECK_NEAR(ix(&t, VICS_P4B), 0.7857, 5e-5);	/* 11/14 */
	CHECK_NEAR(ix(&t, VICS_P5), 0.9515, 5e-5);	/* 1 - .22645*.21429 */
	CHECK_NEAR(ix(&t, VICS_I1), 1.0, 1e-15);
	CHECK_NEAR(ix(&t, VICS_I2), 0.5556, 5e-5);	/* (3+2)/3/3 */
	CHECK_NEAR(ix(&t, VICS_I3), 0.4667, 5e-5);	/* 1 - 1.2*(1-5/9) */
	CHECK_NEAR(ix(&t, VICS_I4A), 0.0, 1e-15);
	CHECK_NEAR(ix(&t, VICS_I4B), 0.6667, 5e-5);	/* 1 - |2/3-1/3| */
	CHECK_NEAR(ix(&t, VICS_I5_REW), 1.0 / 3, 1e-15);
	CHECK_NEAR(ix(&t, VICS_I5_APP), 2.0 / 3, 1e-15);
	CHECK_NEAR(ix(&t, VICS_I5_PUN), 0.0, 1e-15);
	/* exact fractions, not only 4 decimals */
	CHECK_NEAR(ix(&t, VICS_P1), 5.0 / 11, 1e-15);
	CHECK_NEAR(ix(&t, VICS_P3), 1 - 1.2 * (1 - 43.0 / 121), 1e-15);
}

UNIT_TEST(zero_denominators_are_undefined)
{
	static const int z[6] = {0};
	static const int s[6] = {0, 0, 4, 0, 0, 0};
	OpTally		empty = mk(z, z),
				selfonly = mk(s, z),
				otheronly = mk(z, s);
	double		v;

	for (int i = 0; i < VICS_NINDEX; i++)
		CHECK(!opcode_tally_index(&empty, (VicsIndex) i, &v));
	/* no OTHER: the P indices on OTHER counts and P-5 (needs P-3) are undefined */
	CHECK(!opcode_tally_index(&selfonly, VICS_P1, &v));
	CHECK(!opcode_tally_index(&selfonly, VICS_P2, &v));
	CHECK(!opcode_tally_index(&selfonly, VICS_P3, &v));
	CHECK(!opcode_tally_index(&selfonly, VICS_P5, &v));
	CHECK_NEAR(ix(&selfonly, VICS_P4A), 1.0, 0);
	CHECK_NEAR(ix(&selfonly, VICS_P4B), 0.0, 0);
	CHECK_NEAR(ix(&selfonly, VICS_I3), 1.0, 0);	/* one category: IQV 0 */
	/* no SELF: every I index undefined; P-4a = 0 so P-5 = 1 */
	for (int i = VICS_I1; i < VICS_NINDEX; i++)
		CHECK(!opcode_tally_index(&otheronly, (VicsIndex) i, &v));
	CHECK_NEAR(ix(&otheronly, VICS_P4A), 0.0, 0);
	CHECK_NEAR(ix(&otheronly, VICS_P5), 1.0, 0);
	CHECK_NEAR(ix(&otheronly, VICS_P3), 1.0, 0);
	CHECK(!opcode_tally_index(&empty, VICS_NINDEX, &v));
}

UNIT_TEST(iqv_extremes)
{
	static const int even[6] = {2, 2, 2, 2, 2, 2};
	OpTally		t = mk(even, even);

	/* six equal categories: IQV = 1.2 * (1 - 6/36) = 1, so P-3 = I-3 = 0; P-5 = 1 */
	CHECK_NEAR(ix(&t, VICS_I3), 0.0, 0);
	CHECK_NEAR(ix(&t, VICS_P3), 0.0, 0);
	CHECK_NEAR(ix(&t, VICS_P5), 1.0, 0);
	CHECK_NEAR(ix(&t, VICS_I1), 0.0, 0);
	CHECK_NEAR(ix(&t, VICS_I2), 0.0, 0);
	CHECK_NEAR(ix(&t, VICS_I4A), 1.0, 0);
	CHECK_NEAR(ix(&t, VICS_I4B), 2.0 / 3, 1e-15);	/* words 8, deeds 4: 1 - |8/12 - 4/12| */
}

UNIT_TEST(i4b_words_and_deeds)
{
	static const int s[6] = {1, 1, 1, 1, 1, 1};
	static const int deeds[6] = {5, 0, 0, 0, 0, 2};
	OpTally		t = mk(s, s),
				d = mk(deeds, s);

	/* words APP+PRO+OPP+THR = 4, deeds REW+PUN = 2, S = 6: 1 - |4/6 - 2/6| = 2/3 */
	CHECK_NEAR(ix(&t, VICS_I4B), 2.0 / 3, 1e-15);
	/* only deeds: 1 - |0 - 1| = 0; I-1 = (5-2)/7, I-2 = (15-6)/7/3 */
	CHECK_NEAR(ix(&d, VICS_I4B), 0.0, 0);
	CHECK_NEAR(ix(&d, VICS_I1), 3.0 / 7, 1e-15);
	CHECK_NEAR(ix(&d, VICS_I2), 9.0 / 21, 1e-15);
	CHECK_NEAR(ix(&d, VICS_I4A), 4.0 / 7, 1e-15);
}

UNIT_TEST(tally_add_checks)
{
	OpTally		a = mk(JS, JO),
				b = mk(JS, JO),
				coded = mk(JS, JO);
	OpError		err;

	CHECK(opcode_tally_add(&a, &b, &err));
	CHECK(a.count[VICS_OTHER][VICS_APP] == 10);
	CHECK(opcode_tally_utterances(&a) == 28);
	coded.lexicon = 0x9f3a21c0;
	coded.coder = 1;
	CHECK(!opcode_tally_add(&a, &coded, &err));
	CHECK(err.kind == OP_ERR_DATA);
	CHECK(err.hint[0] != '\0');
	CHECK(a.count[VICS_OTHER][VICS_APP] == 10);	/* unchanged on failure */
	b = coded;
	b.coder = 2;
	CHECK(!opcode_tally_add(&coded, &b, &err));
	CHECK(strstr(err.detail, "coder 2") != NULL);
	b.coder = 1;
	CHECK(opcode_tally_add(&coded, &b, &err));
	/* overflow of one count, and of the total */
	a = mk(JS, JO);
	b = mk(JS, JO);
	a.count[VICS_SELF][VICS_REW] = INT64_MAX;
	CHECK(!opcode_tally_check(&a, &err));	/* total overflows */
	a = mk(JS, JO);
	a.words = INT64_MAX;
	b.words = 1;
	CHECK(!opcode_tally_add(&a, &b, &err));
	CHECK(err.kind == OP_ERR_RANGE);
	a = mk(JS, JO);
	b = mk(JS, JO);
	a.count[VICS_SELF][VICS_REW] = INT64_MAX / 2;
	b.count[VICS_SELF][VICS_PUN] = INT64_MAX / 2;
	CHECK(!opcode_tally_add(&a, &b, &err));	/* each fits, the total does not */
}

UNIT_TEST(tally_check_invariants)
{
	OpTally		t = mk(JS, JO);
	OpError		err;

	CHECK(opcode_tally_check(&t, &err));
	t.tense[VICS_SELF][VICS_PAST] = 3;
	CHECK(opcode_tally_check(&t, &err));
	t.tense[VICS_SELF][VICS_FUTURE] = 1;	/* 4 tenses for 3 utterances */
	CHECK(!opcode_tally_check(&t, &err));
	t = mk(JS, JO);
	t.lexicon = 5;
	CHECK(!opcode_tally_check(&t, &err));
	t.coder = 1;
	CHECK(opcode_tally_check(&t, &err));
	t.sentences = -1;
	CHECK(!opcode_tally_check(&t, &err));
}

/* per-document values of the three tallies used below, for a two-pass reference */
static void
two_pass(const OpTally *ts, int n, VicsIndex i, double *mean, double *sd, int *cnt)
{
	double		s = 0,
				ss = 0;
	int			k = 0;

	for (int j = 0; j < n; j++)
	{
		double		v;

		if (opcode_tally_index(&ts[j], i, &v))
			s += v, k++;
	}
	*mean = k ? s / k : NAN;
	for (int j = 0; j < n; j++)
	{
		double		v;

		if (opcode_tally_index(&ts[j], i, &v))
			ss += (v - *mean) * (v - *mean);
	}
	*sd = k > 1 ? sqrt(ss / (k - 1)) : NAN;
	*cnt = k;
}

UNIT_TEST(profile_moments_match_two_pass)
{
	static const int s2[6] = {0, 1, 0, 4, 2, 1};
	static const int o2[6] = {0, 0, 0, 0, 0, 7};
	static const int z[6] = {0};
	OpTally		ts[4] = {mk(JS, JO), mk(s2, o2), mk(z, o2), mk(JS, z)};
	OpProfile	p,
				a,
				b;
	OpError		err;

	opcode_profile_init(&p, 0);
	for (int j = 0; j < 4; j++)
		CHECK(opcode_profile_add_tally(&p, &ts[j], &err));
	CHECK(p.docs == 4 && p.docs_short == 0);
	CHECK(opcode_profile_check(&p, &err));
	for (int i = 0; i < VICS_NINDEX; i++)
	{
		double		m,
					sd,
					got;
		int			k;

		two_pass(ts, 4, (VicsIndex) i, &m, &sd, &k);
		CHECK(p.idx[i].n == k);
		if (k > 0)
		{
			CHECK(opcode_profile_mean(&p, (VicsIndex) i, &got));
			CHECK_NEAR(got, m, 1e-15);
		}
		if (k > 1)
		{
			CHECK(opcode_profile_sd(&p, (VicsIndex) i, &got));
			CHECK_NEAR(got, sd, 1e-15);
		}
		else
			CHECK(!opcode_profile_sd(&p, (VicsIndex) i, &got));
	}
	/* P-1 over documents 1, 2, 3 (document 4 has no OTHER): 5/11, -1, -1 */
	CHECK(p.idx[VICS_P1].n == 3);
	CHECK_NEAR(p.idx[VICS_P1].mean, (5.0 / 11 - 2) / 3, 1e-15);
	/* Chan combination of {1,2} and {3,4} equals the sequential profile */
	opcode_profile_init(&a, 0);
	opcode_profile_init(&b, 0);
	CHECK(opcode_profile_add_tally(&a, &ts[0], &err) && opcode_profile_add_tally(&a, &ts[1], &err));
	CHECK(opcode_profile_add_tally(&b, &ts[2], &err) && opcode_profile_add_tally(&b, &ts[3], &err));
	CHECK(opcode_profile_combine(&a, &b, &err));
	CHECK(a.docs == 4);
	for (int i = 0; i < VICS_NINDEX; i++)
	{
		CHECK(a.idx[i].n == p.idx[i].n);
		CHECK_NEAR(a.idx[i].mean, p.idx[i].mean, 1e-15);
		CHECK_NEAR(a.idx[i].m2, p.idx[i].m2, 1e-15);
	}
	for (int w = 0; w < VICS_NWHO; w++)
		for (int c = 0; c < VICS_NCAT; c++)
			CHECK(a.pooled.count[w][c] == p.pooled.count[w][c]);
}

UNIT_TEST(profile_min_utterances_and_mismatch)
{
	static const int one[6] = {0, 0, 1, 0, 0, 0};
	static const int z[6] = {0};
	OpTally		small = mk(one, z),
				big = mk(JS, JO),
				coded = mk(JS, JO);
	OpProfile	p,
				q,
				e;
	OpError		err;

	opcode_profile_init(&p, 5);
	CHECK(opcode_profile_add_tally(&p, &small, &err));	/* 1 utterance < 5 */
	CHECK(opcode_profile_add_tally(&p, &big, &err));	/* 14 utterances */
	CHECK(p.docs == 2 && p.docs_short == 1);
	CHECK(p.idx[VICS_I1].n == 1);
	CHECK(p.pooled.count[VICS_SELF][VICS_APP] == 3);
	CHECK(opcode_profile_check(&p, &err));
	opcode_profile_init(&q, 0);
	CHECK(opcode_profile_add_tally(&q, &big, &err));
	CHECK(!opcode_profile_combine(&p, &q, &err));	/* minima differ */
	CHECK(err.kind == OP_ERR_DATA);
	coded.lexicon = 7;
	coded.coder = 1;
	CHECK(!opcode_profile_add_tally(&q, &coded, &err));
	/* an empty profile combines with anything, on both sides */
	opcode_profile_init(&e, 0);
	CHECK(opcode_profile_combine(&e, &q, &err));
	CHECK(e.docs == 1 && e.idx[VICS_P1].n == 1);
	opcode_profile_init(&e, 0);
	CHECK(opcode_profile_combine(&q, &e, &err));
	CHECK(q.docs == 1);
	opcode_profile_init(&e, 0);
	CHECK(opcode_profile_add_tally(&e, &coded, &err));
	CHECK(e.pooled.lexicon == 7 && e.pooled.coder == 1);
}

UNIT_TEST(descriptors)
{
	char		b[OPCODE_DESCRIPTOR_MAX + 1];

	opcode_describe_z(0.49, b, sizeof b);
	CHECK_STR(b, "average");
	opcode_describe_z(-0.49, b, sizeof b);
	CHECK_STR(b, "average");
	opcode_describe_z(0.5, b, sizeof b);
	CHECK_STR(b, "somewhat high");
	opcode_describe_z(-0.99, b, sizeof b);
	CHECK_STR(b, "somewhat low");
	opcode_describe_z(1.0, b, sizeof b);
	CHECK_STR(b, "definitely high");
	opcode_describe_z(-1.5, b, sizeof b);
	CHECK_STR(b, "very low");
	opcode_describe_z(1.99, b, sizeof b);
	CHECK_STR(b, "very high");
	opcode_describe_z(-2.0, b, sizeof b);
	CHECK_STR(b, "extremely low");
	opcode_describe_raw(VICS_P1, 0, b, sizeof b);
	CHECK_STR(b, "mixed");
	opcode_describe_raw(VICS_P1, 0.1, b, sizeof b);
	CHECK_STR(b, "somewhat friendly");
	opcode_describe_raw(VICS_P1, -0.25, b, sizeof b);
	CHECK_STR(b, "definitely hostile");
	opcode_describe_raw(VICS_P2, 0.6, b, sizeof b);
	CHECK_STR(b, "extremely optimistic");
	opcode_describe_raw(VICS_I1, -1, b, sizeof b);
	CHECK_STR(b, "extremely conflictual");
	opcode_describe_raw(VICS_I2, 0.59, b, sizeof b);
	CHECK_STR(b, "definitely cooperative");
	opcode_describe_raw(VICS_P3, 0.19, b, sizeof b);
	CHECK_STR(b, "very low");
	opcode_describe_raw(VICS_P4A, 0.2, b, sizeof b);
	CHECK_STR(b, "low");
	opcode_describe_raw(VICS_I3, 0.4, b, sizeof b);
	CHECK_STR(b, "medium");
	opcode_describe_raw(VICS_I5_APP, 0.6, b, sizeof b);
	CHECK_STR(b, "high");
	opcode_describe_raw(VICS_P5, 1, b, sizeof b);
	CHECK_STR(b, "very high");
}

UNIT_TEST(all_indices_equal_single_indices)
{
	static const int s2[6] = {0, 1, 0, 4, 2, 1};
	static const int z[6] = {0};
	OpTally		ts[3] = {mk(JS, JO), mk(s2, JO), mk(z, s2)};

	for (int j = 0; j < 3; j++)
	{
		double		all[VICS_NINDEX];
		bool		def[VICS_NINDEX];

		opcode_tally_indices(&ts[j], all, def);
		for (int i = 0; i < VICS_NINDEX; i++)
		{
			double		one = 0;
			bool		d = opcode_tally_index(&ts[j], (VicsIndex) i, &one);

			CHECK(d == def[i]);
			if (d)
				CHECK(memcmp(&one, &all[i], sizeof(double)) == 0);
		}
	}
}
