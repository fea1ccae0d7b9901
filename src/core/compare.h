/*
 * compare.h: the test of one index between two profiles (VICS.md 1.7), on the
 * per-document moments (each document one observation, VICS.md 1.4).
 *
 *   Welch's t:      t = (mean_a - mean_b) / se,  se^2 = sd_a^2/n_a + sd_b^2/n_b
 *   Welch-Satterthwaite df = se^4 / ((sd_a^2/n_a)^2/(n_a-1) + (sd_b^2/n_b)^2/(n_b-1))
 *   p = 2 P(T_df > |t|)   (two-sided)
 *   Hedges' g = J(m) (mean_a - mean_b) / s_pooled, m = n_a + n_b - 2,
 *     s_pooled^2 = ((n_a-1) sd_a^2 + (n_b-1) sd_b^2) / m,
 *     J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2))  (Hedges 1981, exact form; ~ 1 - 3/(4m-1))
 *   TOST (two one-sided Welch tests, same se and df) against a margin d > 0:
 *     p_lower = P(T_df > (diff + d)/se)   (H0: diff <= -d)
 *     p_upper = P(T_df < (diff - d)/se)   (H0: diff >= +d)
 *     p_equivalence = max(p_lower, p_upper)
 *   verdict: congruent when p_equivalence < alpha; else divergent when p < alpha; else
 *     inconclusive.  (A difference both significant and shown to lie inside the margin is
 *     real but smaller than the margin: congruent, with a note.)
 *
 * Undefined cases give no numbers, never wrong ones: fewer than 2 documents on a side (no
 * SD), or SD 0 on both sides (no standard error).
 */
#ifndef OPCODE_COMPARE_H
#define OPCODE_COMPARE_H

#include "vics.h"
#include "opcore.h"

typedef enum OpVerdict
{
	OP_VERDICT_NONE = 0,		/* undefined: no test */
	OP_VERDICT_DIVERGENT,
	OP_VERDICT_CONGRUENT,
	OP_VERDICT_INCONCLUSIVE
} OpVerdict;

/* Why a result is NULL, and caveats; opcode_comparison_note() spells them out. */
#define OP_NOTE_A_EMPTY			(1u << 0)	/* a: no document defines the index */
#define OP_NOTE_B_EMPTY			(1u << 1)
#define OP_NOTE_A_ONE			(1u << 2)	/* a: one document only, no SD */
#define OP_NOTE_B_ONE			(1u << 3)
#define OP_NOTE_NO_VARIANCE		(1u << 4)	/* SD 0 on both sides: no standard error */
#define OP_NOTE_A_CONSTANT		(1u << 5)	/* caveat: SD 0 on side a only */
#define OP_NOTE_B_CONSTANT		(1u << 6)
#define OP_NOTE_NO_MARGIN		(1u << 7)	/* no margin: equivalence not tested */
#define OP_NOTE_WITHIN_MARGIN	(1u << 8)	/* significant, yet inside the margin */
#define OP_NOTE_UNSETTLEABLE	(1u << 9)	/* more documents would not likely settle it */
#define OP_NOTE_FEW_DOCS		(1u << 10)	/* caveat: under 5 documents on a side */
#define OP_NOTE_NUMERIC			(1u << 11)	/* the t distribution did not converge */

/* Past this many more documents per side, more_needed gives up (OP_NOTE_UNSETTLEABLE). */
#define OPCODE_MORE_NEEDED_MAX 1000000

typedef struct OpComparison
{
	int64_t		n_a,
				n_b;
	bool		has_mean,		/* both sides have a mean: diff is set */
				has_sd_a,
				has_sd_b;
	double		mean_a,
				mean_b,
				sd_a,
				sd_b,
				diff;			/* mean_a - mean_b */
	bool		tested;			/* t, df, p, se are set */
	double		se,
				t,
				df,
				p;
	bool		has_g;
	double		g;
	bool		has_margin,
				has_equivalence;	/* p_equivalence is set */
	double		margin,
				p_equivalence;
	OpVerdict	verdict;
	/* For an inconclusive verdict: documents to add to EACH side for the power target
	 * (e.g. .8) of settling it, assuming the observed means and SDs are the true ones;
	 * -1 when not applicable or not reachable (see notes). */
	int64_t		more_needed;
	uint32_t	notes;
} OpComparison;

/*
 * Compares the per-document moments a and b of one index.  margin NaN = none (no
 * equivalence test, so never congruent).  Returns false (OP_ERR_PARAM) for alpha outside
 * (0, 0.5), a margin that is not positive and finite, or power outside (0, 1).
 */
bool		opcode_compare_moments(const OpMoments *a, const OpMoments *b, double alpha,
								   double margin, double power, OpComparison *out,
								   OpError *err);

/*
 * Documents to add to each side so that the Welch test (difference diff != 0) or the TOST
 * (|diff| < margin) reaches the given power, with the sample SDs taken as true; the power of
 * each test is the usual shifted central t approximation at the new Welch df.  Returns -1
 * when no number up to OPCODE_MORE_NEEDED_MAX does it.
 */
int64_t		opcode_more_needed(int64_t n_a, int64_t n_b, double sd_a, double sd_b, double diff,
							   double alpha, double margin, double power);

/* Power of the two tests for given n and SDs (for the above, exposed for the tests). */
double		opcode_power_difference(int64_t n_a, int64_t n_b, double sd_a, double sd_b,
									double diff, double alpha);
double		opcode_power_equivalence(int64_t n_a, int64_t n_b, double sd_a, double sd_b,
									 double diff, double alpha, double margin);

/* Hedges' small-sample correction J(m) (exact gamma-function form). */
double		opcode_hedges_j(double m);

/* "divergent", "congruent", "inconclusive"; NULL for OP_VERDICT_NONE. */
const char *opcode_verdict_name(OpVerdict v);

/* The notes as sentences joined by "; " (empty string when none). */
void		opcode_comparison_note(const OpComparison *c, char *buf, size_t size);

#endif
