/* Text forms of tallies and profiles: canonical output, strict input, exact round trips. */
#include "unit.h"
#include "indices.h"
#include "textio.h"
#include "validate.h"

#include <stdint.h>

#define JOHNSON "(self: REW 1 APP 2; other: REW 3 APP 5 OPP 3; self tense: none; other tense: none; " \
	"sentences 0; words 0; lexicon 00000000; coder 0)"

static bool
tparse(const char *s, OpTally *t, OpError *err)
{
	return opcode_tally_parse(s, strlen(s), t, err);
}

static char *
tround(const char *s)
{
	OpTally		t;
	OpError		err;

	if (!tparse(s, &t, &err))
		return NULL;
	return opcode_tally_format(&t, &unit_allocator);
}

UNIT_TEST(tally_canonical_output)
{
	OpTally		t;
	OpError		err;
	char	   *s;

	CHECK(tparse(JOHNSON, &t, &err));
	CHECK(t.count[VICS_SELF][VICS_REW] == 1 && t.count[VICS_SELF][VICS_APP] == 2);
	CHECK(t.count[VICS_OTHER][VICS_OPP] == 3 && t.count[VICS_OTHER][VICS_APP] == 5);
	s = opcode_tally_format(&t, &unit_allocator);
	CHECK_STR(s, JOHNSON);
	free(s);
	/* any order of parts and pairs, explicit zeros and free whitespace read the same value */
	s = tround(" ( coder 0 ;lexicon 00000000;words 0;sentences 0;other tense:none;self tense : none;"
			   "other: OPP 3 APP 5 REW 3 PUN 0; self:APP 2 REW 1 )  ");
	CHECK_STR(s, JOHNSON);
	free(s);
	s = tround("(self: PUN 9223372036854775807; other: none; self tense: past 1 future 2; other tense: none; "
			   "sentences 12; words 340; lexicon 9F3A21C0; coder 1)");
	CHECK_STR(s, "(self: PUN 9223372036854775807; other: none; self tense: past 1 future 2; other tense: none; "
			  "sentences 12; words 340; lexicon 9f3a21c0; coder 1)");
	free(s);
}

static void
bad_tally(const char *s, const char *needle)
{
	OpTally		t;
	OpError		err;

	memset(&err, 0, sizeof(err));
	if (tparse(s, &t, &err))
	{
		fprintf(stderr, "  accepted: %s\n", s);
		unit_failures++;
		return;
	}
	if (err.kind != OP_ERR_SYNTAX || strstr(err.detail, needle) == NULL)
	{
		fprintf(stderr, "  %s\n    kind %d detail \"%s\", want \"%s\"\n", s, err.kind, err.detail, needle);
		unit_failures++;
	}
}

#define REST "self tense: none; other tense: none; sentences 0; words 0; lexicon 00000000; coder 0)"

UNIT_TEST(tally_malformed)
{
	bad_tally("", "ends where \"(\"");
	bad_tally("self: none", "where \"(\" was expected");
	bad_tally("(self: none; other: none; " REST " x", "Unexpected text after");
	bad_tally("(self: none; " REST, "\"other\" is missing");
	bad_tally("(self: none; self: none; other: none; " REST, "\"self\" appears twice");
	bad_tally("(self: none; other: none; colour 3; " REST, "Unknown part \"colour\"");
	bad_tally("(self: none; other: none; self mood: none; " REST, "Unknown part \"self mood\"");
	bad_tally("(self: APP -2; other: none; " REST, "is negative");
	bad_tally("(self: APP 9223372036854775808; other: none; " REST, "out of range");
	bad_tally("(self: APP 1.5; other: none; " REST, "not an unsigned decimal integer");
	bad_tally("(self: APP +1; other: none; " REST, "not an unsigned decimal integer");
	bad_tally("(self: APP; other: none; " REST, "where count of APP in \"self\" was expected");
	bad_tally("(self: ; other: none; " REST, "empty; write \"none\"");
	bad_tally("(self: APP 1 APP 2; other: none; " REST, "\"APP\" appears twice");
	bad_tally("(self: app 1; other: none; " REST, "Unknown category \"app\"");
	bad_tally("(self: none; other: none; self tense: Past 1; other tense: none; sentences 0; words 0; "
			  "lexicon 00000000; coder 0)", "Unknown tense \"Past\"");
	bad_tally("(self: APP 1; other: none; self tense: past 2; other tense: none; sentences 0; words 0; "
			  "lexicon 00000000; coder 0)", "more than the 1 SELF utterances");
	bad_tally("(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; "
			  "lexicon 0000000g; coder 0)", "not 8 hexadecimal digits");
	bad_tally("(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; "
			  "lexicon 123; coder 0)", "not 8 hexadecimal digits");
	bad_tally("(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; "
			  "lexicon 00000000; coder 65536)", "out of range");
	bad_tally("(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; "
			  "lexicon 00000000; coder 1)", "both be 0");
	bad_tally("(self: REW 9223372036854775807; other: PUN 1; " REST, "add up to more than");
	bad_tally("(self: none; other: none; self tense: none; other tense: none; sentences 0; words 0; "
			  "lexicon 00000000; coder 0", "missing \")\"");
	bad_tally("(self: none, other: none; " REST, "Unknown category \"none,\"");
	bad_tally("(self: none other: none; " REST, "Found \"o\" after the part \"self\"");
	bad_tally("(self: none; other: none; " REST ")", "Unexpected text");
}

static OpProfile
sample_profile(int ndocs)
{
	OpProfile	p;
	OpError		err;

	opcode_profile_init(&p, 3);
	for (int d = 0; d < ndocs; d++)
	{
		OpTally		t;

		memset(&t, 0, sizeof(t));
		for (int c = 0; c < VICS_NCAT; c++)
		{
			t.count[VICS_SELF][c] = (d * 7 + c * 3) % 5;
			t.count[VICS_OTHER][c] = (d * 11 + c) % 4;
		}
		t.tense[VICS_SELF][VICS_PAST] = t.count[VICS_SELF][VICS_REW];
		t.sentences = d;
		t.words = 10 * d;
		t.lexicon = 0xdeadbeef;
		t.coder = 1;
		if (!opcode_profile_add_tally(&p, &t, &err))
			abort();
	}
	return p;
}

UNIT_TEST(profile_round_trip_is_exact)
{
	for (int n = 0; n < 40; n += 3)
	{
		OpProfile	p = sample_profile(n),
					q;
		OpError		err;
		char	   *s = opcode_profile_format(&p, &unit_allocator),
				   *s2;

		CHECK(opcode_profile_parse(s, strlen(s), &q, &err));
		CHECK(memcmp(&p.pooled.count, &q.pooled.count, sizeof(p.pooled.count)) == 0);
		CHECK(p.docs == q.docs && p.docs_short == q.docs_short && p.min_utterances == q.min_utterances);
		for (int i = 0; i < VICS_NINDEX; i++)
		{
			CHECK(p.idx[i].n == q.idx[i].n);
			CHECK(memcmp(&p.idx[i].mean, &q.idx[i].mean, sizeof(double)) == 0);
			CHECK(memcmp(&p.idx[i].m2, &q.idx[i].m2, sizeof(double)) == 0);
		}
		s2 = opcode_profile_format(&q, &unit_allocator);
		CHECK_STR(s2, s);
		free(s);
		free(s2);
	}
}

UNIT_TEST(shortest_doubles)
{
	char		b[32];
	uint64_t	x = 88172645463325252ULL;

	opcode_format_double(0.1, b, sizeof b);
	CHECK_STR(b, "0.1");
	opcode_format_double(1.0 / 3, b, sizeof b);
	CHECK_STR(b, "0.3333333333333333");
	opcode_format_double(-0.0, b, sizeof b);
	CHECK_STR(b, "0");
	opcode_format_double(0.1 + 0.2, b, sizeof b);
	CHECK_STR(b, "0.30000000000000004");
	opcode_format_double(4.9406564584124654e-324, b, sizeof b);
	CHECK(strtod(b, NULL) == 4.9406564584124654e-324);
	/* xorshift doubles in [0, 1): every one reads back to the same bits */
	for (int i = 0; i < 100000; i++)
	{
		double		v,
					r;

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		v = (double) (x >> 11) / 9007199254740992.0;
		opcode_format_double(v, b, sizeof b);
		r = strtod(b, NULL);
		if (memcmp(&r, &v, sizeof v) != 0)
		{
			CHECK(!"double did not round-trip");
			break;
		}
	}
}

static void
bad_profile(const char *s, const char *needle)
{
	OpProfile	p;
	OpError		err;

	memset(&err, 0, sizeof(err));
	if (opcode_profile_parse(s, strlen(s), &p, &err))
	{
		fprintf(stderr, "  accepted: %s\n", s);
		unit_failures++;
		return;
	}
	if (err.kind != OP_ERR_SYNTAX || strstr(err.detail, needle) == NULL)
	{
		fprintf(stderr, "  %s\n    kind %d detail \"%s\", want \"%s\"\n", s, err.kind, err.detail, needle);
		unit_failures++;
	}
}

/* Replaces the first occurrence of from in the text of a valid profile by to. */
static char *
edit(const char *base, const char *from, const char *to)
{
	const char *at = strstr(base, from);
	char	   *out = malloc(strlen(base) + strlen(to) + 1);

	if (!at)
		abort();
	memcpy(out, base, at - base);
	strcpy(out + (at - base), to);
	strcat(out, at + strlen(from));
	return out;
}

/* edit, freeing the input */
static char *
edit2(char *base, const char *from, const char *to)
{
	char	   *out = edit(base, from, to);

	free(base);
	return out;
}

UNIT_TEST(profile_malformed)
{
	OpProfile	p = sample_profile(4);
	char	   *base = opcode_profile_format(&p, &unit_allocator);
	char	   *s,
			   *t;
	OpProfile	q;
	OpError		err;

	/* the base has I-5 PRO over 4 documents, P-1 likewise */
	CHECK(opcode_profile_parse(base, strlen(base), &q, &err));
	CHECK(strstr(base, "(docs 4; short 0; min_utterances 3; pooled (self: ") == base);
#define TRY(from, to, needle) do { s = edit(base, from, to); bad_profile(s, needle); free(s); } while (0)
	TRY("docs 4", "docs 3", "between 0 and the number of documents");
	TRY("short 0", "short 5", "short documents");
	TRY("short 0", "short -1", "negative");
	TRY("min_utterances 3", "min_utterances 2147483648", "out of range");
	TRY("P-2: n 4 mean ", "P-2: n 4 mean NaN m2 0; X: n 4 mean ", "not finite");
	TRY("P-2: n 4 mean ", "P-2: n 4 mean Infinity m2 0; X: n 4 mean ", "not finite");
	TRY("P-2: n 4 mean ", "P-2: n 4 mean -inf m2 0; X: n 4 mean ", "not finite");
	TRY("P-2: n 4 mean ", "P-2: n 4 mean 1e999 m2 0; X: n 4 mean ", "out of range");
	TRY("P-2: n 4 mean ", "P-2: n 4 mean 0x1p-2 m2 0; X: n 4 mean ", "not a decimal number");
	TRY("P-2: n 4", "P-2: n 5", "must lie between 0 and the number of documents");
	TRY("P-2: n 4 mean", "P-2: n 4 average", "where \"mean\" was expected");
	TRY("; P-3:", "; P-2:", "\"P-2\" appears twice");
	TRY("; I-5 THR:", "; I-5 XYZ:", "Unknown index \"I-5 XYZ\"");
	TRY("; I-4a:", "; I-4A:", "Unknown part \"I-4A\"");
	TRY(")", ") junk", "");
	TRY("; pooled (", "; pooled (colour 1; ", "Unknown part \"colour\"");
	TRY("lexicon deadbeef", "lexicon 00000000", "both be 0");
	free(base);
	bad_profile("(docs 0; short 0; min_utterances 0)", "\"pooled\" is missing");
	/* semantic checks on a hand-written empty profile */
	{
		char		e[4096];
		const char *empty_tally = "(self: none; other: none; self tense: none; other tense: none; sentences 0; "
			"words 0; lexicon 00000000; coder 0)";
		int			len = snprintf(e, sizeof e, "(docs 0; short 0; min_utterances 0; pooled %s", empty_tally);

		for (int i = 0; i < VICS_NINDEX; i++)
			len += snprintf(e + len, sizeof e - len, "; %s: n 0 mean 0 m2 0", opcode_index_name[i]);
		snprintf(e + len, sizeof e - len, ")");
		CHECK(opcode_profile_parse(e, strlen(e), &q, &err));
		CHECK(q.docs == 0);
		s = edit(e, "P-1: n 0 mean 0", "P-1: n 0 mean 0.5");
		bad_profile(s, "must be 0 when n is 0");
		free(s);
		s = edit(e, "P-1: n 0 mean 0", "P-1: n 0 mean -0");
		CHECK(opcode_profile_parse(s, strlen(s), &q, &err));	/* -0 reads as 0 */
		free(s);
		t = edit(e, "(docs 0", "(docs 1");
		s = edit2(t, "P-1: n 0 mean 0 m2 0", "P-1: n 1 mean 1.5 m2 0");
		bad_profile(s, "outside the range");
		free(s);
		t = edit(e, "(docs 0", "(docs 2");
		s = edit2(t, "P-3: n 0 mean 0 m2 0", "P-3: n 2 mean 0.5 m2 0.6");
		bad_profile(s, "m2 of P-3 lies outside");	/* two values in [0,1]: m2 <= 0.5 */
		free(s);
		t = edit(e, "(docs 0", "(docs 2");
		s = edit2(t, "P-3: n 0 mean 0 m2 0", "P-3: n 2 mean 0.5 m2 -0.1");
		bad_profile(s, "m2 of P-3 lies outside");
		free(s);
		t = edit(e, "(docs 0", "(docs 1");
		s = edit2(t, "P-3: n 0 mean 0 m2 0", "P-3: n 1 mean 0.5 m2 0.1");
		bad_profile(s, "must be 0 when n is 1");
		free(s);
		s = edit(e, "(docs 0; short 0; min_utterances 0; pooled (self: none", "(docs 0; short 0; min_utterances 0; pooled (self: APP 1");
		bad_profile(s, "profile of 0 documents");
		free(s);
		s = edit(e, "(docs 0; short 0; min_utterances 0", "(docs 2; short 0; min_utterances 1");
		bad_profile(s, "fewer utterances than");
		free(s);
	}
}
