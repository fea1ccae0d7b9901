/* compare.c: Welch's t, Hedges' g, the TOST equivalence test and the verdict (compare.h). */
#include "compare.h"
#include "tdist.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define LOG_SQRT_PI 0.572364942924700087071713675677	/* lgamma(1/2) */

double
opcode_hedges_j(double m)
{
	/* Gamma(m/2) / Gamma((m-1)/2) = Gamma(1/2) / B((m-1)/2, 1/2): no lgamma cancellation */
	if (!(m > 1))
		return NAN;
	return exp(LOG_SQRT_PI - opcode_lbeta((m - 1) / 2, 0.5)) / sqrt(m / 2);
}

const char *
opcode_verdict_name(OpVerdict v)
{
	switch (v)
	{
		case OP_VERDICT_DIVERGENT:
			return "divergent";
		case OP_VERDICT_CONGRUENT:
			return "congruent";
		case OP_VERDICT_INCONCLUSIVE:
			return "inconclusive";
		case OP_VERDICT_NONE:
			break;
	}
	return NULL;
}

/* Welch's standard error and df for SDs sa, sb at sizes na, nb >= 2; false when se = 0. */
static bool
welch(double na, double nb, double sa, double sb, double *se, double *df)
{
	double		wa = sa * sa / na,
				wb = sb * sb / nb,
				w = wa + wb;

	if (!(w > 0) || !isfinite(w))
		return false;
	*se = sqrt(w);
	*df = w * w / (wa * wa / (na - 1) + wb * wb / (nb - 1));
	return true;
}

double
opcode_power_difference(int64_t n_a, int64_t n_b, double sd_a, double sd_b,
						double diff, double alpha)
{
	double		se,
				df,
				crit,
				shift;

	if (n_a < 2 || n_b < 2 || !welch((double) n_a, (double) n_b, sd_a, sd_b, &se, &df))
		return NAN;
	crit = opcode_t_quantile(1 - alpha / 2, df);
	shift = fabs(diff) / se;
	return opcode_t_cdf(shift - crit, df, false) + opcode_t_cdf(-shift - crit, df, false);
}

double
opcode_power_equivalence(int64_t n_a, int64_t n_b, double sd_a, double sd_b,
						 double diff, double alpha, double margin)
{
	double		se,
				df,
				crit,
				pw;

	if (n_a < 2 || n_b < 2 || isnan(margin) ||
		!welch((double) n_a, (double) n_b, sd_a, sd_b, &se, &df))
		return NAN;
	if (fabs(diff) >= margin)
		return 0;
	/* both one-sided tests reject: -margin + crit se < estimate < margin - crit se */
	crit = opcode_t_quantile(1 - alpha, df);
	pw = opcode_t_cdf((margin - fabs(diff)) / se - crit, df, false) +
		opcode_t_cdf((margin + fabs(diff)) / se - crit, df, false) - 1;
	return pw > 0 ? pw : 0;
}

static double
settle_power(int64_t n_a, int64_t n_b, double sd_a, double sd_b, double diff,
			 double alpha, double margin)
{
	double		pd = diff != 0 ? opcode_power_difference(n_a, n_b, sd_a, sd_b, diff, alpha) : 0,
				pe = isnan(margin) ? 0 :
		opcode_power_equivalence(n_a, n_b, sd_a, sd_b, diff, alpha, margin);

	if (isnan(pd) || isnan(pe))
		return NAN;
	return fmax(pd, pe);
}

/*
 * Both powers grow with the sample size, so the smallest k is found by doubling until the
 * target is met and bisecting between the last two k.
 */
int64_t
opcode_more_needed(int64_t n_a, int64_t n_b, double sd_a, double sd_b, double diff,
				   double alpha, double margin, double power)
{
	int64_t		lo = 0,
				hi = 1;
	double		pw;

	if (n_a < 2 || n_b < 2 || (diff == 0 && isnan(margin)))
		return -1;
	for (;;)
	{
		pw = settle_power(n_a + hi, n_b + hi, sd_a, sd_b, diff, alpha, margin);
		if (isnan(pw))
			return -1;
		if (pw >= power)
			break;
		if (hi >= OPCODE_MORE_NEEDED_MAX)
			return -1;
		lo = hi;
		hi = hi * 2 > OPCODE_MORE_NEEDED_MAX ? OPCODE_MORE_NEEDED_MAX : hi * 2;
	}
	/* power(lo) < target <= power(hi), lo = 0 meaning "not tried" */
	while (hi - lo > 1)
	{
		int64_t		mid = lo + (hi - lo) / 2;

		pw = settle_power(n_a + mid, n_b + mid, sd_a, sd_b, diff, alpha, margin);
		if (pw >= power)
			hi = mid;
		else
			lo = mid;
	}
	return hi;
}

static bool
sample(const OpMoments *m, double *mean, double *sd)
{
	if (m->n < 1)
		return false;
	*mean = m->mean;
	if (m->n < 2)
		return false;
	*sd = sqrt(fmax(m->m2, 0.0) / (double) (m->n - 1));
	return true;
}

bool
opcode_compare_moments(const OpMoments *a, const OpMoments *b, double alpha, double margin,
					   double power, OpComparison *out, OpError *err)
{
	OpComparison *c = out;

	if (!(alpha > 0 && alpha < 0.5))
	{
		op_fail(err, OP_ERR_PARAM, "alpha must be between 0 and 0.5, not %g", alpha);
		op_hint(err, "The usual choice is 0.05.");
		return false;
	}
	if (!isnan(margin) && !(margin > 0 && isfinite(margin)))
	{
		op_fail(err, OP_ERR_PARAM, "an equivalence margin must be positive and finite, not %g", margin);
		op_hint(err, "Margins are on the scale of the index, e.g. 0.14 for P-1 (half the SD of the walker2005 group).");
		return false;
	}
	if (!(power > 0 && power < 1))
	{
		op_fail(err, OP_ERR_PARAM, "power must be between 0 and 1, not %g", power);
		op_hint(err, "The usual choice is 0.8.");
		return false;
	}

	memset(c, 0, sizeof(*c));
	c->more_needed = -1;
	c->n_a = a->n;
	c->n_b = b->n;
	c->has_margin = !isnan(margin);
	c->margin = margin;
	c->has_sd_a = sample(a, &c->mean_a, &c->sd_a);
	c->has_sd_b = sample(b, &c->mean_b, &c->sd_b);
	c->has_mean = a->n >= 1 && b->n >= 1;
	if (c->has_mean)
		c->diff = c->mean_a - c->mean_b;

	if (a->n < 1)
		c->notes |= OP_NOTE_A_EMPTY;
	else if (a->n < 2)
		c->notes |= OP_NOTE_A_ONE;
	if (b->n < 1)
		c->notes |= OP_NOTE_B_EMPTY;
	else if (b->n < 2)
		c->notes |= OP_NOTE_B_ONE;
	if (!c->has_sd_a || !c->has_sd_b)
		return true;

	if (!welch((double) c->n_a, (double) c->n_b, c->sd_a, c->sd_b, &c->se, &c->df))
	{
		c->notes |= OP_NOTE_NO_VARIANCE;
		return true;
	}
	if (c->sd_a == 0)
		c->notes |= OP_NOTE_A_CONSTANT;
	if (c->sd_b == 0)
		c->notes |= OP_NOTE_B_CONSTANT;
	if (c->n_a < 5 || c->n_b < 5)
		c->notes |= OP_NOTE_FEW_DOCS;

	c->t = c->diff / c->se;
	c->p = fmin(1.0, 2 * opcode_t_cdf(fabs(c->t), c->df, true));
	if (isnan(c->p))
	{
		c->notes |= OP_NOTE_NUMERIC;
		return true;
	}
	c->tested = true;

	{
		double		m = (double) (c->n_a + c->n_b - 2),
					pooled = sqrt(((double) (c->n_a - 1) * c->sd_a * c->sd_a +
								   (double) (c->n_b - 1) * c->sd_b * c->sd_b) / m);

		if (pooled > 0)
		{
			c->has_g = true;
			c->g = opcode_hedges_j(m) * c->diff / pooled;
		}
	}

	if (c->has_margin)
	{
		double		p_lower = opcode_t_cdf((c->diff + margin) / c->se, c->df, true),
					p_upper = opcode_t_cdf((c->diff - margin) / c->se, c->df, false);

		c->p_equivalence = fmax(p_lower, p_upper);
		c->has_equivalence = !isnan(c->p_equivalence);
	}
	else
		c->notes |= OP_NOTE_NO_MARGIN;

	if (c->has_equivalence && c->p_equivalence < alpha)
	{
		c->verdict = OP_VERDICT_CONGRUENT;
		if (c->p < alpha)
			c->notes |= OP_NOTE_WITHIN_MARGIN;
	}
	else if (c->p < alpha)
		c->verdict = OP_VERDICT_DIVERGENT;
	else
	{
		c->verdict = OP_VERDICT_INCONCLUSIVE;
		c->more_needed = opcode_more_needed(c->n_a, c->n_b, c->sd_a, c->sd_b, c->diff,
											alpha, margin, power);
		if (c->more_needed < 0)
			c->notes |= OP_NOTE_UNSETTLEABLE;
	}
	return true;
}

static void
add(char *buf, size_t size, const char *text)
{
	size_t		len = strlen(buf);

	if (len && len + 2 < size)
	{
		strcat(buf, "; ");
		len += 2;
	}
	if (len < size)
		snprintf(buf + len, size - len, "%s", text);
}

void
opcode_comparison_note(const OpComparison *c, char *buf, size_t size)
{
	char		tmp[160];

	if (size == 0)
		return;
	buf[0] = '\0';
	if (c->notes & OP_NOTE_A_EMPTY)
		add(buf, size, "a: no document defines this index");
	if (c->notes & OP_NOTE_B_EMPTY)
		add(buf, size, "b: no document defines this index");
	if (c->notes & OP_NOTE_A_ONE)
		add(buf, size, "a: only 1 document defines this index, a test needs at least 2 per side");
	if (c->notes & OP_NOTE_B_ONE)
		add(buf, size, "b: only 1 document defines this index, a test needs at least 2 per side");
	if (c->notes & OP_NOTE_NO_VARIANCE)
		add(buf, size, "the index is constant within both profiles (SD 0): no standard error, no test");
	if (c->notes & OP_NOTE_A_CONSTANT)
		add(buf, size, "a: the index is constant over its documents (SD 0)");
	if (c->notes & OP_NOTE_B_CONSTANT)
		add(buf, size, "b: the index is constant over its documents (SD 0)");
	if (c->notes & OP_NOTE_FEW_DOCS)
		add(buf, size, "fewer than 5 documents on a side: the t-test leans on normality");
	if (c->notes & OP_NOTE_NUMERIC)
		add(buf, size, "the t distribution could not be evaluated");
	if (c->notes & OP_NOTE_NO_MARGIN)
		add(buf, size, "no equivalence margin for this index: congruence not tested");
	if (c->notes & OP_NOTE_WITHIN_MARGIN)
		add(buf, size, "the difference is significant but shown to lie within the margin");
	if (c->notes & OP_NOTE_UNSETTLEABLE)
	{
		if (c->diff == 0 && !c->has_margin)
			add(buf, size, "no difference observed and no margin: more documents would not settle it");
		else
		{
			snprintf(tmp, sizeof(tmp),
					 "not likely settled by up to %d more documents per side", OPCODE_MORE_NEEDED_MAX);
			add(buf, size, tmp);
		}
	}
}
