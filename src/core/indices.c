/*
 * indices.c: the VICS indices (VICS.md 1.3) and the running per-document moments of a
 * profile.  Every index is computed from counts in double precision; an index whose
 * denominator is zero is undefined (false), never 0, because 0 is a meaningful value for
 * P-3, I-3 and I-4.
 */
#include "indices.h"
#include "names.h"
#include "validate.h"

#include <math.h>
#include <string.h>

/*
 * 1 - IQV of six counts, IQV = (6/5) * (1 - sum p_i^2).  Rewritten over the counts as
 * (6 * sum x_i^2 - T^2) / (5 * T^2): numerator and denominator are exact integers in double
 * precision for any realistic tally (T below 9e7), so the only rounding is the division and
 * an even spread gives exactly 0, a single category exactly 1.  The caller ensures T > 0.
 */
static double
one_minus_iqv6(const int64_t *x, double total)
{
	double		sumsq = 0.0;

	for (int c = 0; c < VICS_NCAT; c++)
		sumsq += (double) x[c] * (double) x[c];
	return (6.0 * sumsq - total * total) / (5.0 * total * total);
}

static double
sum6(const int64_t *x)
{
	double		s = 0.0;

	for (int c = 0; c < VICS_NCAT; c++)
		s += (double) x[c];
	return s;
}

/* (positive - negative) / total, for P-1 and I-1 */
static double
balance(const int64_t *x, double total)
{
	double		pos = (double) x[VICS_REW] + (double) x[VICS_PRO] + (double) x[VICS_APP];
	double		neg = (double) x[VICS_OPP] + (double) x[VICS_THR] + (double) x[VICS_PUN];

	return (pos - neg) / total;
}

/* mean intensity scaled to -1..1, for P-2 and I-2 */
static double
intensity(const int64_t *x, double total)
{
	double		w = 0.0;

	for (int c = 0; c < VICS_NCAT; c++)
		w += opcode_category_weight[c] * (double) x[c];
	return (w / total) / 3.0;
}

/*
 * Clamps rounding noise back into the documented range, so that e.g. 1 - IQV never shows
 * as -2e-17 for a perfectly even distribution.  Values are far inside the range otherwise.
 */
static double
clamp(double v, double lo, double hi)
{
	if (v < lo)
		return lo;
	if (v > hi)
		return hi;
	return v + 0.0;				/* + 0.0 turns -0 into 0: one spelling per value */
}

/* One index from the counts and their precomputed sums s = S, o = O. */
static bool
index_of(const int64_t *S, const int64_t *O, double s, double o, VicsIndex idx, double *out)
{
	double		v;

	switch (idx)
	{
		case VICS_P1:
			if (o == 0)
				return false;
			v = clamp(balance(O, o), -1, 1);
			break;
		case VICS_P2:
			if (o == 0)
				return false;
			v = clamp(intensity(O, o), -1, 1);
			break;
		case VICS_P3:
			if (o == 0)
				return false;
			v = clamp(one_minus_iqv6(O, o), 0, 1);
			break;
		case VICS_P4A:
			if (s + o == 0)
				return false;
			v = clamp(s / (s + o), 0, 1);
			break;
		case VICS_P4B:
			if (s + o == 0)
				return false;
			v = clamp(o / (s + o), 0, 1);
			break;
		case VICS_P5:
			{
				double		p3,
							p4a;

				/* undefined whenever either factor is */
				if (!index_of(S, O, s, o, VICS_P3, &p3) || !index_of(S, O, s, o, VICS_P4A, &p4a))
					return false;
				v = clamp(1.0 - p3 * p4a, 0, 1);
				break;
			}
		case VICS_I1:
			if (s == 0)
				return false;
			v = clamp(balance(S, s), -1, 1);
			break;
		case VICS_I2:
			if (s == 0)
				return false;
			v = clamp(intensity(S, s), -1, 1);
			break;
		case VICS_I3:
			if (s == 0)
				return false;
			v = clamp(one_minus_iqv6(S, s), 0, 1);
			break;
		case VICS_I4A:
			if (s == 0)
				return false;
			v = clamp(1.0 - fabs(balance(S, s)), 0, 1);
			break;
		case VICS_I4B:
			{
				double		deeds,
							words;

				if (s == 0)
					return false;
				deeds = (double) S[VICS_REW] + (double) S[VICS_PUN];
				words = s - deeds;
				v = clamp(1.0 - fabs(words / s - deeds / s), 0, 1);
				break;
			}
		case VICS_I5_REW:
		case VICS_I5_PRO:
		case VICS_I5_APP:
		case VICS_I5_OPP:
		case VICS_I5_THR:
		case VICS_I5_PUN:
			if (s == 0)
				return false;
			v = clamp((double) S[idx - VICS_I5_REW] / s, 0, 1);
			break;
		default:
			return false;
	}
	*out = v;
	return true;
}

bool
opcode_tally_index(const OpTally *t, VicsIndex idx, double *out)
{
	const int64_t *S = t->count[VICS_SELF];
	const int64_t *O = t->count[VICS_OTHER];

	return index_of(S, O, sum6(S), sum6(O), idx, out);
}

void
opcode_tally_indices(const OpTally *t, double value[VICS_NINDEX], bool defined[VICS_NINDEX])
{
	const int64_t *S = t->count[VICS_SELF];
	const int64_t *O = t->count[VICS_OTHER];
	double		s = sum6(S),
				o = sum6(O);

	/* the same arithmetic as opcode_tally_index, so both give identical bits */
	for (int i = 0; i < VICS_NINDEX; i++)
		defined[i] = index_of(S, O, s, o, (VicsIndex) i, &value[i]);
}

int64_t
opcode_tally_utterances(const OpTally *t)
{
	/* opcode_tally_check guarantees that this sum fits */
	int64_t		n = 0;

	for (int w = 0; w < VICS_NWHO; w++)
		for (int c = 0; c < VICS_NCAT; c++)
			n += t->count[w][c];
	return n;
}

static bool
add_checked(int64_t *a, int64_t b, const char *what, OpError *err)
{
	if (__builtin_add_overflow(*a, b, a))
	{
		op_fail(err, OP_ERR_RANGE, "vics_tally count out of range");
		op_detail(err, "The sum of the %s counts exceeds %lld.", what, (long long) INT64_MAX);
		op_hint(err, "Sum fewer tallies at a time, e.g. per leader or per period.");
		return false;
	}
	return true;
}

bool
opcode_tally_add(OpTally *t, const OpTally *add, OpError *err)
{
	OpTally		r = *t;

	if (!opcode_tally_compatible(t, add, err))
		return false;
	for (int w = 0; w < VICS_NWHO; w++)
	{
		for (int c = 0; c < VICS_NCAT; c++)
			if (!add_checked(&r.count[w][c], add->count[w][c], "utterance", err))
				return false;
		for (int k = 0; k < VICS_NTENSE; k++)
			if (!add_checked(&r.tense[w][k], add->tense[w][k], "tense", err))
				return false;
	}
	if (!add_checked(&r.sentences, add->sentences, "sentence", err) ||
		!add_checked(&r.words, add->words, "word", err))
		return false;
	/* the total of all utterances must stay representable as well: a range error like the
	 * fields' (22003), not an inconsistency, since both operands were valid */
	{
		int64_t		total = 0;

		for (int w = 0; w < VICS_NWHO; w++)
			for (int c = 0; c < VICS_NCAT; c++)
				if (!add_checked(&total, r.count[w][c], "utterance", err))
					return false;
	}
	if (!opcode_tally_check(&r, err))
		return false;
	*t = r;
	return true;
}

void
opcode_profile_init(OpProfile *p, int32_t min_utterances)
{
	memset(p, 0, sizeof(*p));
	p->min_utterances = min_utterances;
}

/* one Welford step; returns the updated moments */
static void
welford(OpMoments *m, double x)
{
	double		delta;

	m->n++;
	delta = x - m->mean;
	m->mean += delta / (double) m->n;
	m->m2 += delta * (x - m->mean);
	if (m->m2 < 0)				/* cannot happen in exact arithmetic */
		m->m2 = 0;
	m->mean += 0.0;
	m->m2 += 0.0;
}

static bool
profile_compatible(const OpProfile *p, const OpProfile *q, OpError *err)
{
	if (p->min_utterances != q->min_utterances)
	{
		op_fail(err, OP_ERR_DATA, "cannot combine profiles with different minimum utterances per document");
		op_detail(err, "One profile counts documents with at least %d utterances, the other with at least %d.",
				  (int) p->min_utterances, (int) q->min_utterances);
		op_hint(err, "Aggregate both from their tallies with the same min_utterances.");
		return false;
	}
	/* an empty profile has no lexicon yet and combines with anything */
	if (p->docs == 0 || q->docs == 0)
		return true;
	return opcode_tally_compatible(&p->pooled, &q->pooled, err);
}

bool
opcode_profile_add_tally(OpProfile *p, const OpTally *t, OpError *err)
{
	OpProfile	r = *p;
	int64_t		utt;

	if (p->docs > 0 && !opcode_tally_compatible(&p->pooled, t, err))
		return false;
	if (p->docs == 0)
	{
		/* first document: adopt its provenance */
		r.pooled.lexicon = t->lexicon;
		r.pooled.coder = t->coder;
	}
	if (!opcode_tally_add(&r.pooled, t, err))
		return false;
	if (__builtin_add_overflow(r.docs, 1, &r.docs))
	{
		op_fail(err, OP_ERR_RANGE, "too many documents in one vics_profile");
		op_hint(err, "Aggregate fewer tallies at a time, e.g. per leader or per period.");
		return false;
	}
	utt = opcode_tally_utterances(t);
	if (utt < p->min_utterances)
		r.docs_short++;
	else
	{
		double		x[VICS_NINDEX];
		bool		def[VICS_NINDEX];

		opcode_tally_indices(t, x, def);
		for (int i = 0; i < VICS_NINDEX; i++)
			if (def[i])
				welford(&r.idx[i], x[i]);
	}
	*p = r;
	return true;
}

bool
opcode_profile_combine(OpProfile *p, const OpProfile *q, OpError *err)
{
	OpProfile	r = *p;

	if (!profile_compatible(p, q, err))
		return false;
	if (q->docs == 0)
		return true;
	if (p->docs == 0)
	{
		*p = *q;
		return true;
	}
	if (!opcode_tally_add(&r.pooled, &q->pooled, err))
		return false;
	if (__builtin_add_overflow(r.docs, q->docs, &r.docs) ||
		__builtin_add_overflow(r.docs_short, q->docs_short, &r.docs_short))
	{
		op_fail(err, OP_ERR_RANGE, "too many documents in one vics_profile");
		op_hint(err, "Aggregate fewer tallies at a time, e.g. per leader or per period.");
		return false;
	}
	for (int i = 0; i < VICS_NINDEX; i++)
	{
		const OpMoments *a = &p->idx[i];
		const OpMoments *b = &q->idx[i];
		OpMoments  *m = &r.idx[i];
		double		n,
					delta;

		if (b->n == 0)
			continue;
		if (a->n == 0)
		{
			*m = *b;
			continue;
		}
		/* Chan, Golub & LeVeque: pairwise update of mean and M2 */
		m->n = a->n + b->n;		/* cannot overflow: both are <= docs, which did not */
		n = (double) m->n;
		delta = b->mean - a->mean;
		m->mean = a->mean + delta * ((double) b->n / n);
		m->m2 = a->m2 + b->m2 + delta * delta * ((double) a->n * (double) b->n / n);
		m->mean += 0.0;
		m->m2 += 0.0;
	}
	*p = r;
	return true;
}

bool
opcode_profile_mean(const OpProfile *p, VicsIndex idx, double *out)
{
	if (idx < 0 || idx >= VICS_NINDEX || p->idx[idx].n == 0)
		return false;
	*out = p->idx[idx].mean;
	return true;
}

bool
opcode_profile_sd(const OpProfile *p, VicsIndex idx, double *out)
{
	if (idx < 0 || idx >= VICS_NINDEX || p->idx[idx].n < 2)
		return false;
	*out = sqrt(p->idx[idx].m2 / (double) (p->idx[idx].n - 1));
	return true;
}
