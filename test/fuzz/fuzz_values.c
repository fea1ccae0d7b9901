/*
 * libFuzzer harness for the value side of vics_tally and vics_profile (src/core): the fuzz
 * input is read as a sequence of tallies, not as text, so that it reaches values the text
 * parser would rarely produce (counts near INT64_MAX, long runs of documents).
 *
 * Properties checked (abort = finding):
 *  - print -> parse round trip: every valid tally and every profile the aggregates build
 *    formats, parses back to the identical value (moments bit for bit) and prints the same;
 *  - the aggregates never build a state the invariant checks reject (a value that could
 *    not be dumped and restored);
 *  - opcode_tally_add is exact or fails with a range / data error, never wraps;
 *  - every defined index lies in its documented range, and the all-indices path agrees
 *    bit for bit with the one-index path;
 *  - combine(profile(A), profile(B)) equals profile(A then B): identical counts and n,
 *    moments equal up to rounding; the empty profile is the identity of combine;
 *  - profiles with different minima never combine.
 */
#include "indices.h"
#include "names.h"
#include "textio.h"
#include "validate.h"

#define FUZZ_NAME "fuzz_values"
#include "fuzz_common.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#define MAX_DOCS 64



static uint64_t
bytes(Reader *r, int n)
{
	uint64_t	v = 0;

	for (int i = 0; i < n; i++)
		v = (v << 8) | byte(r);
	return v;
}

/* A count: mostly small (what speeches give), sometimes huge (what hostile input gives). */
static int64_t
count(Reader *r)
{
	uint8_t		b = byte(r);

	switch (b >> 6)
	{
		case 0:
			return 0;
		case 1:
			return b & 0x3f;
		case 2:
			return (int64_t) bytes(r, 2);
		default:
			return (int64_t) (bytes(r, 8) & INT64_MAX) >> (b & 0x3f);
	}
}

static bool
tally_equal(const OpTally *a, const OpTally *b)
{
	return memcmp(a->count, b->count, sizeof(a->count)) == 0 &&
		memcmp(a->tense, b->tense, sizeof(a->tense)) == 0 &&
		a->sentences == b->sentences && a->words == b->words &&
		a->lexicon == b->lexicon && a->coder == b->coder;
}

static bool
profile_equal_bits(const OpProfile *a, const OpProfile *b)
{
	if (!tally_equal(&a->pooled, &b->pooled) || a->docs != b->docs ||
		a->docs_short != b->docs_short || a->min_utterances != b->min_utterances)
		return false;
	for (int i = 0; i < VICS_NINDEX; i++)
		if (a->idx[i].n != b->idx[i].n ||
			memcmp(&a->idx[i].mean, &b->idx[i].mean, sizeof(double)) != 0 ||
			memcmp(&a->idx[i].m2, &b->idx[i].m2, sizeof(double)) != 0)
			return false;
	return true;
}

static bool
close_enough(double a, double b, double rel)
{
	return fabs(a - b) <= rel * (1.0 + fabs(a) + fabs(b));
}

static void
check_tally_roundtrip(const OpTally *t)
{
	OpTally		back;
	OpError		err;
	char	   *s = opcode_tally_format(t, &fz_allocator);
	char	   *s2;

	REQUIRE(opcode_tally_parse(s, strlen(s), &back, &err));
	REQUIRE(tally_equal(t, &back));
	s2 = opcode_tally_format(&back, &fz_allocator);
	REQUIRE(strcmp(s, s2) == 0);
	free(s);
	free(s2);
}

static void
check_profile_roundtrip(const OpProfile *p)
{
	OpProfile	back;
	OpError		err;
	char	   *s = opcode_profile_format(p, &fz_allocator);
	char	   *s2;

	if (!opcode_profile_parse(s, strlen(s), &back, &err))
	{
		fprintf(stderr, "fuzz_values: profile text does not parse back: %s (%s)\n%s\n",
				err.message, err.detail, s);
		abort();
	}
	REQUIRE(profile_equal_bits(p, &back));
	s2 = opcode_profile_format(&back, &fz_allocator);
	REQUIRE(strcmp(s, s2) == 0);
	free(s);
	free(s2);
}

static void
check_indices(const OpTally *t)
{
	double		all[VICS_NINDEX];
	bool		def[VICS_NINDEX];

	opcode_tally_indices(t, all, def);
	for (int i = 0; i < VICS_NINDEX; i++)
	{
		double		v = 0,
					lo,
					hi;
		bool		d = opcode_tally_index(t, (VicsIndex) i, &v);

		REQUIRE(d == def[i]);
		if (!d)
			continue;
		REQUIRE(memcmp(&v, &all[i], sizeof(double)) == 0);
		opcode_index_range((VicsIndex) i, &lo, &hi);
		if (!(isfinite(v) && v >= lo && v <= hi))
		{
			fprintf(stderr, "fuzz_values: %s = %.17g outside [%g, %g]\n", opcode_index_name[i], v, lo, hi);
			abort();
		}
	}
}

/* acc += t must be exact or fail cleanly; checks the result field by field. */
static bool
check_add(OpTally *acc, const OpTally *t)
{
	OpTally		want = *acc;
	OpError		err;
	bool		wraps = false;

	for (int w = 0; w < VICS_NWHO; w++)
	{
		for (int c = 0; c < VICS_NCAT; c++)
			wraps |= __builtin_add_overflow(want.count[w][c], t->count[w][c], &want.count[w][c]);
		for (int k = 0; k < VICS_NTENSE; k++)
			wraps |= __builtin_add_overflow(want.tense[w][k], t->tense[w][k], &want.tense[w][k]);
	}
	wraps |= __builtin_add_overflow(want.sentences, t->sentences, &want.sentences);
	wraps |= __builtin_add_overflow(want.words, t->words, &want.words);

	if (opcode_tally_add(acc, t, &err))
	{
		REQUIRE(!wraps);
		REQUIRE(tally_equal(acc, &want));
		REQUIRE(opcode_tally_check(acc, &err));
		return true;
	}
	/* refused: a field or the utterance total would overflow, or provenance differs */
	if (acc->lexicon != t->lexicon || acc->coder != t->coder)
	{
		REQUIRE(err.kind == OP_ERR_DATA);
		return false;
	}
	/* compatible: only an overflow of a field or of the utterance total may refuse (22003) */
	REQUIRE(err.kind == OP_ERR_RANGE);
	REQUIRE(wraps || !opcode_tally_check(&want, &err));
	return false;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Reader		r = {data, size};
	OpTally		docs[MAX_DOCS];
	int			ndocs = 0;
	uint8_t		head = byte(&r);
	int32_t		min_utt = byte(&r) % 41;
	uint32_t	lexicon = (head & 1) ? 0x9f3a21c0u : 0;
	uint16_t	coder = (head & 1) ? 1 : 0;
	OpProfile	whole,
				a,
				b,
				c,
				empty;
	OpTally		acc;
	OpError		err;
	int			split;

	/* read tallies until the input runs out */
	while (r.left > 0 && ndocs < MAX_DOCS)
	{
		OpTally    *t = &docs[ndocs];

		memset(t, 0, sizeof(*t));
		for (int w = 0; w < VICS_NWHO; w++)
		{
			int64_t		utt = 0;

			for (int k = 0; k < VICS_NCAT; k++)
			{
				t->count[w][k] = count(&r);
				if (__builtin_add_overflow(utt, t->count[w][k], &utt))
					utt = INT64_MAX;
			}
			/* tenses: at most the utterances, as the coder produces them */
			for (int k = 0; k < VICS_NTENSE; k++)
			{
				int64_t		x = count(&r);

				t->tense[w][k] = x < utt ? x : utt;
				utt -= t->tense[w][k];
			}
		}
		t->sentences = count(&r);
		t->words = count(&r);
		/* mostly one provenance; now and then a tally coded differently */
		if ((head & 2) && (byte(&r) & 7) == 0)
		{
			t->lexicon = lexicon ? 0 : 0x12345678u;
			t->coder = lexicon ? 0 : 2;
		}
		else
		{
			t->lexicon = lexicon;
			t->coder = coder;
		}
		if (!opcode_tally_check(t, &err))
			continue;			/* totals beyond int64: the parser refuses these too */
		check_tally_roundtrip(t);
		check_indices(t);
		ndocs++;
	}

	/* sums of tallies */
	memset(&acc, 0, sizeof(acc));
	if (ndocs > 0)
	{
		acc.lexicon = docs[0].lexicon;
		acc.coder = docs[0].coder;
	}
	for (int i = 0; i < ndocs; i++)
		if (!check_add(&acc, &docs[i]))
			break;
	check_tally_roundtrip(&acc);
	check_indices(&acc);

	/* profiles: the whole sequence, its two halves and their combination */
	split = ndocs ? head % (ndocs + 1) : 0;
	opcode_profile_init(&whole, min_utt);
	opcode_profile_init(&a, min_utt);
	opcode_profile_init(&b, min_utt);
	opcode_profile_init(&empty, min_utt);
	for (int i = 0; i < ndocs; i++)
	{
		OpProfile	before = whole;

		if (!opcode_profile_add_tally(&whole, &docs[i], &err))
		{
			REQUIRE(err.kind == OP_ERR_RANGE || err.kind == OP_ERR_DATA);
			REQUIRE(profile_equal_bits(&whole, &before));	/* failure leaves the state alone */
			ndocs = i;			/* the rest of the sequence is not aggregated */
			break;
		}
		REQUIRE(opcode_profile_check(&whole, &err));
	}
	if (split > ndocs)
		split = ndocs;
	for (int i = 0; i < ndocs; i++)
		REQUIRE(opcode_profile_add_tally(i < split ? &a : &b, &docs[i], &err));
	REQUIRE(opcode_profile_check(&a, &err));
	REQUIRE(opcode_profile_check(&b, &err));
	/* (a alone is covered when split == ndocs; formatting profiles dominates the run time) */
	check_profile_roundtrip(&whole);

	c = a;
	REQUIRE(opcode_profile_combine(&c, &b, &err));
	REQUIRE(opcode_profile_check(&c, &err));
	if (split > 0 && split < ndocs)
		check_profile_roundtrip(&c);
	REQUIRE(tally_equal(&c.pooled, &whole.pooled));
	REQUIRE(c.docs == whole.docs && c.docs_short == whole.docs_short);
	for (int i = 0; i < VICS_NINDEX; i++)
	{
		REQUIRE(c.idx[i].n == whole.idx[i].n);
		if (!close_enough(c.idx[i].mean, whole.idx[i].mean, 1e-9) ||
			!close_enough(c.idx[i].m2, whole.idx[i].m2, 1e-7))
		{
			fprintf(stderr, "fuzz_values: %s combined n %lld mean %.17g m2 %.17g, sequential mean %.17g m2 %.17g\n",
					opcode_index_name[i], (long long) c.idx[i].n, c.idx[i].mean, c.idx[i].m2,
					whole.idx[i].mean, whole.idx[i].m2);
			abort();
		}
	}

	/* the empty profile is the identity on both sides */
	c = empty;
	REQUIRE(opcode_profile_combine(&c, &whole, &err));
	REQUIRE(profile_equal_bits(&c, &whole));
	c = whole;
	REQUIRE(opcode_profile_combine(&c, &empty, &err));
	REQUIRE(profile_equal_bits(&c, &whole));

	/* a different minimum never combines, and leaves the state alone */
	opcode_profile_init(&empty, min_utt + 1);
	c = whole;
	REQUIRE(!opcode_profile_combine(&c, &empty, &err) && err.kind == OP_ERR_DATA);
	REQUIRE(profile_equal_bits(&c, &whole));
	return 0;
}
