/* validate.c: invariants of tallies and profiles (see validate.h). */
#include "validate.h"
#include "names.h"

#include <math.h>
#include <stdio.h>

/* Tolerance for rounding in running means: they are convex combinations of in-range values. */
#define RANGE_SLACK 1e-9

static bool
bad(OpError *err, const char *what)
{
	op_fail(err, OP_ERR_DATA, "inconsistent vics_tally");
	op_detail(err, "%s", what);
	return false;
}

bool
opcode_tally_check(const OpTally *t, OpError *err)
{
	int64_t		total = 0;

	for (int w = 0; w < VICS_NWHO; w++)
	{
		int64_t		utt = 0,
					tns = 0;

		for (int c = 0; c < VICS_NCAT; c++)
		{
			if (t->count[w][c] < 0)
				return bad(err, "An utterance count is negative.");
			if (__builtin_add_overflow(utt, t->count[w][c], &utt))
				return bad(err, "The utterance counts add up to more than 9223372036854775807.");
		}
		for (int k = 0; k < VICS_NTENSE; k++)
		{
			if (t->tense[w][k] < 0)
				return bad(err, "A tense count is negative.");
			if (__builtin_add_overflow(tns, t->tense[w][k], &tns))
				return bad(err, "The tense counts add up to more than 9223372036854775807.");
		}
		if (tns > utt)
		{
			op_fail(err, OP_ERR_DATA, "inconsistent vics_tally");
			op_detail(err, "The %s tense counts add up to %lld, more than the %lld %s utterances.",
					  opcode_who_name[w], (long long) tns, (long long) utt, opcode_who_name[w]);
			return false;
		}
		if (__builtin_add_overflow(total, utt, &total))
			return bad(err, "The utterance counts add up to more than 9223372036854775807.");
	}
	if (t->sentences < 0)
		return bad(err, "The sentence count is negative.");
	if (t->words < 0)
		return bad(err, "The word count is negative.");
	if ((t->lexicon == 0) != (t->coder == 0))
		return bad(err, "Lexicon and coder must both be 0 (counts entered by hand) or both be nonzero (coded by opcode).");
	return true;
}

static bool
pbad(OpError *err, const char *what)
{
	op_fail(err, OP_ERR_DATA, "inconsistent vics_profile");
	op_detail(err, "%s", what);
	return false;
}

/* the same for a sentence about one index: fmt has one %s, the index name */
static bool
pbad_index(OpError *err, const char *fmt, const char *index) __attribute__((format(printf, 2, 0)));

static bool
pbad_index(OpError *err, const char *fmt, const char *index)
{
	char		buf[256];

	snprintf(buf, sizeof(buf), fmt, index);
	return pbad(err, buf);
}

bool
opcode_profile_check(const OpProfile *p, OpError *err)
{
	int64_t		counted;

	if (!opcode_tally_check(&p->pooled, err))
	{
		op_fail(err, OP_ERR_DATA, "inconsistent vics_profile");
		op_detail(err, "The pooled counts are inconsistent.");
		return false;
	}
	if (p->docs < 0)
		return pbad(err, "The number of documents is negative.");
	if (p->docs_short < 0 || p->docs_short > p->docs)
		return pbad(err, "The number of short documents must lie between 0 and the number of documents.");
	if (p->min_utterances < 0)
		return pbad(err, "The minimum of utterances per document is negative.");
	counted = p->docs - p->docs_short;
	if (p->min_utterances > 0)
	{
		/* each counted document brought at least min_utterances utterances */
		int64_t		utt = 0;

		for (int w = 0; w < VICS_NWHO; w++)
			for (int c = 0; c < VICS_NCAT; c++)
				utt += p->pooled.count[w][c];
		if (counted > utt / p->min_utterances)
			return pbad(err, "The pooled counts hold fewer utterances than the documents above the minimum must have.");
	}
	if (p->docs == 0)
	{
		const OpTally *t = &p->pooled;
		bool		empty = t->lexicon == 0 && t->coder == 0 && t->sentences == 0 && t->words == 0;

		for (int w = 0; w < VICS_NWHO; w++)
		{
			for (int c = 0; c < VICS_NCAT; c++)
				empty = empty && t->count[w][c] == 0;
			for (int k = 0; k < VICS_NTENSE; k++)
				empty = empty && t->tense[w][k] == 0;
		}
		if (!empty)
			return pbad(err, "A profile of 0 documents must have empty pooled counts, lexicon 0 and coder 0.");
	}
	for (int i = 0; i < VICS_NINDEX; i++)
	{
		const OpMoments *m = &p->idx[i];
		const char *name = opcode_index_name[i];
		double		lo,
					hi,
					maxm2;

		opcode_index_range((VicsIndex) i, &lo, &hi);
		if (m->n < 0 || m->n > counted)
			return pbad_index(err, "The n of %s must lie between 0 and the number of documents at or above the minimum.", name);
		if (!isfinite(m->mean) || !isfinite(m->m2))
			return pbad_index(err, "The moments of %s must be finite.", name);
		if (m->n == 0 && (m->mean != 0 || m->m2 != 0))
			return pbad_index(err, "The moments of %s must be 0 when n is 0.", name);
		if (m->n == 1 && m->m2 != 0)
			return pbad_index(err, "The m2 of %s must be 0 when n is 1.", name);
		if (m->mean < lo - RANGE_SLACK || m->mean > hi + RANGE_SLACK)
			return pbad_index(err, "The mean of %s lies outside the range of the index.", name);
		/* n values in [lo, hi] have at most n * (hi - lo)^2 / 4 squared deviations */
		maxm2 = (double) m->n * (hi - lo) * (hi - lo) / 4.0;
		if (m->m2 < 0 || m->m2 > maxm2 * (1 + RANGE_SLACK) + RANGE_SLACK)
			return pbad_index(err, "The m2 of %s lies outside what values of the index allow.", name);
	}
	return true;
}

bool
opcode_tally_compatible(const OpTally *a, const OpTally *b, OpError *err)
{
	if (a->lexicon == b->lexicon && a->coder == b->coder)
		return true;
	op_fail(err, OP_ERR_DATA, "cannot combine tallies coded differently");
	if (a->lexicon == 0 || b->lexicon == 0)
		op_detail(err, "One tally was entered by hand (lexicon 0, coder 0), the other was coded by "
				  "opcode (lexicon %08x, coder %u).",
				  a->lexicon ? a->lexicon : b->lexicon, (unsigned) (a->lexicon ? a->coder : b->coder));
	else
		op_detail(err, "One tally has lexicon %08x, coder %u; the other lexicon %08x, coder %u.",
				  a->lexicon, (unsigned) a->coder, b->lexicon, (unsigned) b->coder);
	op_hint(err, "Recode all texts with the current lexicon (vics_lexicon_version() tells which "
			"lexicon coded a tally), or aggregate each lexicon version separately.");
	return false;
}

