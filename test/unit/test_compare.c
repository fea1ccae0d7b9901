/*
 * Welch's t, Welch-Satterthwaite df, p, Hedges' g, the TOST equivalence test, the verdict
 * and the documents-needed search, against R 4.2.2 (test/reference/welch.R: t.test for t,
 * df and p; the formulas of compare.h in R for g, the TOST and the power; a plain loop over
 * k for more_needed).  The same pairs are worked by hand in doc/compare.md.
 */
#include "unit.h"
#include "compare.h"

typedef struct Pair
{
	const char *name;
	double		a[10];
	int			na;
	double		b[10];
	int			nb;
	double		margin;
	/* R's numbers */
	double		diff,
				t,
				df,
				p,
				g,
				p_equivalence;
	OpVerdict	verdict;
	int64_t		more_needed;
} Pair;

static const Pair pairs[] = {
	{"W1", {1. / 2, 1. / 5, 3. / 5, 1. / 3, 3. / 4}, 5, {0, -1. / 3, -1. / 5, 1. / 2, -1. / 2, 0}, 6, 0.14,
	 0.56555555555555559, 3.2927228504185657, 8.4516743266013652, 0.010174029053666591,
	 1.7431062919840641, 0.9816290218414534, OP_VERDICT_DIVERGENT, -1},
	{"W2", {1, 1. / 2, 0, 1. / 3, 3. / 5}, 5, {-1. / 2, 0, -1, -1. / 3, 1. / 5, -3. / 5}, 6, 0.168,
	 0.85888888888888881, 3.571324649418222, 8.9858977953351431, 0.0060269452187705422,
	 1.944347071696708, 0.99078881587845347, OP_VERDICT_DIVERGENT, -1},
	{"W3", {1. / 5, 1. / 3, 1. / 4, 3. / 7, 1. / 7, 1. / 3, 1. / 4, 1. / 5}, 8,
	 {1. / 4, 1. / 5, 1. / 3, 1. / 7, 1. / 4, 2. / 5, 1. / 5, 1. / 3, 1. / 4}, 9, 0.14,
	 0.005092592592592593, 0.12053941867365613, 14.014105607989682, 0.90576700155390588,
	 0.056078432235475976, 0.0032504498443292527, OP_VERDICT_CONGRUENT, -1},
	{"W4", {1, 1. / 3, 3. / 5, 0, 1, 1. / 2, 1. / 3, 1}, 8,
	 {0, 1. / 2, -1. / 3, 1. / 5, 1. / 3, 0, 1. / 2, -1. / 5, 0}, 9, 0.168,
	 0.48472222222222222, 2.9328914604754415, 13.23957753701225, 0.011459248546129253,
	 1.3732230989800978, 0.96142070870703689, OP_VERDICT_DIVERGENT, -1},
	{"W5", {1. / 2, 0, 1. / 3, -1. / 5, 3. / 5}, 5, {1. / 5, -1. / 3, 0, 1. / 2, -1. / 5}, 5, 0.14,
	 0.21333333333333332, 1.009911044956485, 7.9954312546599606, 0.34212051672199928,
	 0.57657812815229126, 0.63128286803950173, OP_VERDICT_INCONCLUSIVE, 35},
	{"W6", {1. / 5, 1. / 2, 0, 1. / 3}, 4, {1. / 4, 1. / 7, 3. / 7, 1. / 5, 0}, 5, 0.168,
	 0.054047619047619011, 0.42626646419602199, 5.4227610791371834, 0.68630968390268365,
	 0.26364176437688058, 0.20346550048200326, OP_VERDICT_INCONCLUSIVE, 30},
};

/* n, mean, M2 of a list of values (Welford, as the profile aggregate does) */
static OpMoments
moments(const double *x, int n)
{
	OpMoments	m = {0, 0, 0};

	for (int i = 0; i < n; i++)
	{
		double		d = x[i] - m.mean;

		m.n++;
		m.mean += d / m.n;
		m.m2 += d * (x[i] - m.mean);
	}
	return m;
}

#define CHECK_REL(got, want) CHECK_NEAR((got), (want), 1e-10 * fmax(1.0, fabs(want)))

UNIT_TEST(compare_welch_against_r)
{
	for (int i = 0; i < (int) (sizeof(pairs) / sizeof(pairs[0])); i++)
	{
		const Pair *w = &pairs[i];
		OpMoments	a = moments(w->a, w->na),
					b = moments(w->b, w->nb);
		OpComparison c;
		OpError		err;

		CHECK(opcode_compare_moments(&a, &b, 0.05, w->margin, 0.8, &c, &err));
		CHECK(c.tested && c.has_g && c.has_equivalence && c.has_margin);
		CHECK_REL(c.diff, w->diff);
		CHECK_REL(c.t, w->t);
		CHECK_REL(c.df, w->df);
		CHECK_REL(c.p, w->p);
		CHECK_REL(c.g, w->g);
		CHECK_REL(c.p_equivalence, w->p_equivalence);
		CHECK(c.verdict == w->verdict);
		CHECK(c.more_needed == w->more_needed);
		if (c.verdict != w->verdict || c.more_needed != w->more_needed)
			fprintf(stderr, "  %s: verdict %d more %lld\n", w->name, c.verdict, (long long) c.more_needed);
		/* swapping the sides flips the signs and nothing else */
		{
			OpComparison s;

			CHECK(opcode_compare_moments(&b, &a, 0.05, w->margin, 0.8, &s, &err));
			CHECK_REL(s.t, -w->t);
			CHECK_REL(s.df, w->df);
			CHECK_REL(s.p, w->p);
			CHECK_REL(s.g, -w->g);
			CHECK_REL(s.p_equivalence, w->p_equivalence);
			CHECK(s.verdict == w->verdict && s.more_needed == w->more_needed);
		}
	}
}

/* R: power_diff(5, 5, ...) and power_equiv for W5 / W3 (welch.R prints them) */
UNIT_TEST(compare_power_against_r)
{
	OpMoments	a = moments(pairs[4].a, 5),
				b = moments(pairs[4].b, 5);
	double		sa = sqrt(a.m2 / 4),
				sb = sqrt(b.m2 / 4);

	CHECK_REL(opcode_power_difference(5, 5, sa, sb, pairs[4].diff, 0.05), 0.12081807563143365);
	CHECK_REL(opcode_power_equivalence(5, 5, sa, sb, pairs[4].diff, 0.05, 0.14), 0.0);
	a = moments(pairs[2].a, 8);
	b = moments(pairs[2].b, 9);
	sa = sqrt(a.m2 / 7);
	sb = sqrt(b.m2 / 8);
	CHECK_REL(opcode_power_difference(8, 9, sa, sb, pairs[2].diff, 0.05), 0.051172051632206762);
	CHECK_REL(opcode_power_equivalence(8, 9, sa, sb, pairs[2].diff, 0.05, 0.14), 0.85472977426776486);
	/* the search returns the smallest k: k - 1 falls short */
	{
		a = moments(pairs[4].a, 5);
		b = moments(pairs[4].b, 5);
		sa = sqrt(a.m2 / 4);
		sb = sqrt(b.m2 / 4);
		CHECK(opcode_power_difference(5 + 35, 5 + 35, sa, sb, pairs[4].diff, 0.05) >= 0.8);
		CHECK(opcode_power_difference(5 + 34, 5 + 34, sa, sb, pairs[4].diff, 0.05) < 0.8);
		CHECK(opcode_more_needed(5, 5, sa, sb, pairs[4].diff, 0.05, 0.14, 0.9) > 35);
	}
}

UNIT_TEST(compare_hedges_j)
{
	/* J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)); m = 2: 1/sqrt(pi) */
	CHECK_NEAR(opcode_hedges_j(2), 1 / sqrt(M_PI), 1e-15);
	CHECK_NEAR(opcode_hedges_j(4), 1 / (sqrt(2.0) * (sqrt(M_PI) / 2)), 1e-15);	/* G(2)/(sqrt2 G(3/2)) */
	/* the usual approximation 1 - 3/(4m - 1) is off by O(1/m^2): 3.3e-4 at m = 10 */
	for (int m = 10; m < 5000; m += 97)
		CHECK_NEAR(opcode_hedges_j(m), 1 - 3.0 / (4 * m - 1), 0.05 / ((double) m * m));
	CHECK_NEAR(opcode_hedges_j(1e9), 1.0, 1e-9);
	CHECK(isnan(opcode_hedges_j(1)));
}

UNIT_TEST(compare_undefined_inputs)
{
	OpMoments	none = {0, 0, 0},
				one = {1, 0.3, 0},
				flat = {4, 0.5, 0},
				flat2 = {3, 0.2, 0},
				some = {4, 0.1, 0.12};
	OpComparison c;
	OpError		err;
	char		note[512];

	CHECK(opcode_compare_moments(&none, &some, 0.05, 0.14, 0.8, &c, &err));
	CHECK(!c.tested && !c.has_mean && c.verdict == OP_VERDICT_NONE && !c.has_g && !c.has_equivalence);
	CHECK(c.notes == OP_NOTE_A_EMPTY);
	opcode_comparison_note(&c, note, sizeof(note));
	CHECK_STR(note, "a: no document defines this index");

	CHECK(opcode_compare_moments(&some, &one, 0.05, 0.14, 0.8, &c, &err));
	CHECK(!c.tested && c.has_mean && c.verdict == OP_VERDICT_NONE);
	CHECK_NEAR(c.diff, -0.2, 1e-15);
	opcode_comparison_note(&c, note, sizeof(note));
	CHECK_STR(note, "b: only 1 document defines this index, a test needs at least 2 per side");

	/* zero variance on both sides: no standard error, NULL, even though the means differ */
	CHECK(opcode_compare_moments(&flat, &flat2, 0.05, 0.14, 0.8, &c, &err));
	CHECK(!c.tested && c.verdict == OP_VERDICT_NONE && (c.notes & OP_NOTE_NO_VARIANCE));
	CHECK(c.has_sd_a && c.sd_a == 0);

	/* zero variance on one side only: Welch is defined, df = n_other - 1 */
	CHECK(opcode_compare_moments(&flat, &some, 0.05, 0.14, 0.8, &c, &err));
	CHECK(c.tested && (c.notes & OP_NOTE_A_CONSTANT) && (c.notes & OP_NOTE_FEW_DOCS));
	CHECK_NEAR(c.df, 3.0, 1e-12);
	CHECK_NEAR(c.se, sqrt(0.04 / 4), 1e-15);	/* sd_b^2 = .12/3 */
	CHECK_NEAR(c.t, 0.4 / 0.1, 1e-12);

	/* no margin: never congruent, and the note says why */
	CHECK(opcode_compare_moments(&flat, &some, 0.05, NAN, 0.8, &c, &err));
	CHECK(c.tested && !c.has_margin && !c.has_equivalence && (c.notes & OP_NOTE_NO_MARGIN));
	CHECK(c.verdict == OP_VERDICT_INCONCLUSIVE || c.verdict == OP_VERDICT_DIVERGENT);

	/* bad parameters */
	CHECK(!opcode_compare_moments(&flat, &some, 0.5, 0.14, 0.8, &c, &err) && err.kind == OP_ERR_PARAM);
	CHECK(!opcode_compare_moments(&flat, &some, 0, 0.14, 0.8, &c, &err));
	CHECK(!opcode_compare_moments(&flat, &some, 0.05, -1, 0.8, &c, &err));
	CHECK(!opcode_compare_moments(&flat, &some, 0.05, INFINITY, 0.8, &c, &err));
	CHECK(!opcode_compare_moments(&flat, &some, 0.05, 0.14, 1, &c, &err));
}

/* Significant and inside the margin: many documents, a real but small difference. */
UNIT_TEST(compare_significant_within_margin)
{
	OpMoments	a = {400, 0.30, 399 * 0.01},	/* sd .1 */
				b = {400, 0.27, 399 * 0.01};
	OpComparison c;
	OpError		err;
	char		note[512];

	CHECK(opcode_compare_moments(&a, &b, 0.05, 0.14, 0.8, &c, &err));
	CHECK(c.p < 0.05 && c.p_equivalence < 0.05);
	CHECK(c.verdict == OP_VERDICT_CONGRUENT && (c.notes & OP_NOTE_WITHIN_MARGIN));
	opcode_comparison_note(&c, note, sizeof(note));
	CHECK_STR(note, "the difference is significant but shown to lie within the margin");
	/* a tighter margin than the difference makes it divergent */
	CHECK(opcode_compare_moments(&a, &b, 0.05, 0.02, 0.8, &c, &err));
	CHECK(c.verdict == OP_VERDICT_DIVERGENT);
}

UNIT_TEST(compare_unsettleable)
{
	OpMoments	a = {6, 0.3, 5 * 0.04},
				b = {6, 0.3, 5 * 0.09};
	OpComparison c;
	OpError		err;
	char		note[512];

	/* equal means, no margin: the difference test has no power at any n */
	CHECK(opcode_compare_moments(&a, &b, 0.05, NAN, 0.8, &c, &err));
	CHECK(c.verdict == OP_VERDICT_INCONCLUSIVE && c.more_needed == -1);
	opcode_comparison_note(&c, note, sizeof(note));
	CHECK_STR(note, "no equivalence margin for this index: congruence not tested; "
			  "no difference observed and no margin: more documents would not settle it");
	/* with a margin, equivalence can be shown */
	CHECK(opcode_compare_moments(&a, &b, 0.05, 0.14, 0.8, &c, &err));
	CHECK(c.verdict == OP_VERDICT_INCONCLUSIVE && c.more_needed > 0);
	CHECK(opcode_power_equivalence(6 + c.more_needed, 6 + c.more_needed, 0.2, 0.3, 0, 0.05, 0.14) >= 0.8);
	CHECK(opcode_power_equivalence(5 + c.more_needed, 5 + c.more_needed, 0.2, 0.3, 0, 0.05, 0.14) < 0.8);
	/* a difference exactly at a tiny margin with huge SDs: beyond the search limit */
	{
		OpMoments	x = {3, 0.0, 2 * 1.0},
					y = {3, 1e-7, 2 * 1.0};

		CHECK(opcode_compare_moments(&x, &y, 0.05, 1e-7, 0.8, &c, &err));
		CHECK(c.verdict == OP_VERDICT_INCONCLUSIVE && c.more_needed == -1 &&
			  (c.notes & OP_NOTE_UNSETTLEABLE));
		opcode_comparison_note(&c, note, sizeof(note));
		CHECK(strstr(note, "not likely settled by up to 1000000 more documents per side") != NULL);
	}
}

UNIT_TEST(compare_verdict_names)
{
	CHECK_STR(opcode_verdict_name(OP_VERDICT_DIVERGENT), "divergent");
	CHECK_STR(opcode_verdict_name(OP_VERDICT_CONGRUENT), "congruent");
	CHECK_STR(opcode_verdict_name(OP_VERDICT_INCONCLUSIVE), "inconclusive");
	CHECK(opcode_verdict_name(OP_VERDICT_NONE) == NULL);
}
