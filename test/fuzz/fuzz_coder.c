/*
 * libFuzzer harness for the coder (src/core/coder.c and everything it calls): arbitrary
 * bytes as the text, with protocol options, self terms and an OTHER filter derived from
 * the input, against the shipped English lexicon (data/lexicon), one OpCoder reused for
 * every input as a backend reuses it.
 *
 * Input layout: byte 0 picks the eight protocol options (one bit each); byte 1 says how
 * many self terms (bits 0-1) and other terms (bits 2-3) follow, whether there is an OTHER
 * filter at all (bit 4) and whether a raw option string comes first (bit 5); then the raw
 * option string up to '\n', the terms each up to '|', and the rest is the text.
 *
 * Properties, beyond no crash, leak or sanitizer report:
 *  - coding succeeds (invalid UTF-8 included) and every utterance is well formed: verb
 *    offsets inside the text and non-empty, actor/target offsets -1 or inside the text,
 *    sentence numbers from 1 and non-decreasing, enums in range, lemma and rule set;
 *  - the streamed utterances add up to the tally, by SELF/OTHER x category and by tense
 *    (what makes vics_utterances agree with vics_code);
 *  - the fast path (no callback) gives the same tally, and so does a second run;
 *  - the OTHER filter keeps SELF as it is and never adds OTHER utterances.
 *
 * Built by test/fuzz/run with clang-14 -fsanitize=fuzzer,address,undefined and every
 * src/core source.  The lexicon is read from data/lexicon next to this file's tree
 * (or $OPCODE_SRC/data/lexicon).
 */
#include "coder.h"
#include "lexicon.h"

#define FUZZ_NAME "fuzz_coder"
#include "fuzz_common.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static OpCoder *coder;
static OpLexicon *lexicon;

#define MAX_TERMS 3
#define MAX_TERM_LEN 64
#define MAX_OPTS_LEN 256

static void
die(const char *what, const OpError *err)
{
	fprintf(stderr, "fuzz_coder: %s: %s\n", what, err ? err->message : "");
	abort();
}

/* Reads a TSV file of the lexicon: '#' comments and blank lines skipped, first two columns. */
static char **
read_tsv(const char *path, size_t *nrows)
{
	FILE	   *f = fopen(path, "r");
	char		line[4096];
	char	  **cols = NULL;
	size_t		n = 0,
				cap = 0;

	if (f == NULL)
	{
		fprintf(stderr, "fuzz_coder: cannot read %s (set OPCODE_SRC to the source tree)\n", path);
		abort();
	}
	while (fgets(line, sizeof(line), f))
	{
		char	   *tab,
				   *end;

		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		tab = strchr(line, '\t');
		if (tab == NULL)
			continue;
		*tab = '\0';
		end = strchr(tab + 1, '\t');
		if (end)
			*end = '\0';
		if (n + 2 > cap)
		{
			cap = cap ? cap * 2 : 4096;
			cols = realloc(cols, cap * sizeof(char *));
			if (!cols)
				abort();
		}
		cols[n++] = strdup(line);
		cols[n++] = strdup(tab + 1);
	}
	fclose(f);
	*nrows = n / 2;
	return cols;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char		root[4096];
	char		path[4200];
	const char *env = getenv("OPCODE_SRC");
	char	  **lex,
			  **irr;
	size_t		nlex,
				nirr;
	OpLexRow   *rows;
	OpIrregularRow *irows;
	OpError		err;

	if (env)
		snprintf(root, sizeof(root), "%s", env);
	else
	{
		/* __FILE__ is .../test/fuzz/fuzz_coder.c as test/fuzz/run passes it */
		const char *tail = "test/fuzz/fuzz_coder.c";
		size_t		l = strlen(__FILE__);

		snprintf(root, sizeof(root), "%s", __FILE__);
		if (l >= strlen(tail) && strcmp(root + l - strlen(tail), tail) == 0)
			root[l - strlen(tail)] = '\0';
		else
			snprintf(root, sizeof(root), ".");
	}
	snprintf(path, sizeof(path), "%s/data/lexicon/en.tsv", root);
	lex = read_tsv(path, &nlex);
	snprintf(path, sizeof(path), "%s/data/lexicon/en_irregular.tsv", root);
	irr = read_tsv(path, &nirr);

	rows = calloc(nlex ? nlex : 1, sizeof(OpLexRow));
	irows = calloc(nirr ? nirr : 1, sizeof(OpIrregularRow));
	for (size_t i = 0; i < nlex; i++)
	{
		rows[i].entry = lex[2 * i];
		rows[i].category = lex[2 * i + 1];
	}
	for (size_t i = 0; i < nirr; i++)
	{
		irows[i].form = irr[2 * i];
		irows[i].lemma = irr[2 * i + 1];
	}
	lexicon = op_lexicon_build(rows, nlex, irows, nirr, &fz_allocator, &err);
	if (lexicon == NULL)
		die("building the shipped lexicon", &err);
	coder = op_coder_create(&fz_allocator, &err);
	if (coder == NULL)
		die("opening the coder", &err);
	/* the rows may go: the compiled lexicon owns copies of what it keeps */
	for (size_t i = 0; i < 2 * nlex; i++)
		free(lex[i]);
	for (size_t i = 0; i < 2 * nirr; i++)
		free(irr[i]);
	free(lex);
	free(irr);
	free(rows);
	free(irows);
	return 0;
}

typedef struct Check
{
	const char *text;
	size_t		len;
	int64_t		count[VICS_NWHO][VICS_NCAT];
	int64_t		tense[VICS_NWHO][VICS_NTENSE];
	int32_t		last_sentence;
} Check;

static bool
span_ok(int32_t s, int32_t e, size_t len, bool optional)
{
	if (optional && s == -1 && e == -1)
		return true;
	return s >= 0 && e >= s && (size_t) e <= len;
}

static bool
check_utterance(void *arg, const OpUtterance *u)
{
	Check	   *c = arg;

	if (!span_ok(u->verb_start, u->verb_end, c->len, false) || u->verb_end == u->verb_start)
		die("verb offsets outside the text or empty", NULL);
	if (!span_ok(u->actor_start, u->actor_end, c->len, true))
		die("actor offsets outside the text", NULL);
	if (!span_ok(u->target_start, u->target_end, c->len, true))
		die("target offsets outside the text", NULL);
	if (u->sentence < 1 || u->sentence < c->last_sentence)
		die("sentence numbers not from 1 and non-decreasing", NULL);
	if ((unsigned) u->who >= VICS_NWHO || (unsigned) u->category >= VICS_NCAT ||
		(unsigned) u->base_category >= VICS_NCAT || (unsigned) u->tense >= VICS_NTENSE ||
		(unsigned) u->modality > OP_MOD_OBLIG)
		die("enum out of range", NULL);
	if (u->lemma == NULL || u->lemma[0] == '\0' || u->rule == NULL)
		die("utterance without lemma or rule", NULL);
	c->last_sentence = u->sentence;
	c->count[u->who][u->category]++;
	c->tense[u->who][u->tense]++;
	return true;
}

static const char *const option_text[8][2] = {
	{"negation=on", "negation=off"},
	{"modality=on", "modality=off"},
	{"questions=skip", "questions=code"},
	{"quotes=skip", "quotes=code"},
	{"hypotheticals=skip", "hypotheticals=code"},
	{"complements=skip", "complements=code"},
	{"actors=animate", "actors=any"},
	{"polite=on", "polite=off"},
};

/* Takes bytes up to stop (excluded, consumed) or max bytes or the end. */
static void
take(const uint8_t **p, size_t *left, uint8_t stop, size_t max, const char **out, size_t *outlen)
{
	size_t		n = 0;

	while (n < *left && n < max && (*p)[n] != stop)
		n++;
	*out = (const char *) *p;
	*outlen = n;
	if (n < *left && (*p)[n] == stop)
		n++;
	*p += n;
	*left -= n;
}

static void
run(const OpCodeRequest *req, const char *text, size_t len, OpTally *t, Check *chk)
{
	OpError		err;
	OpCodeRequest r = *req;

	memset(t, 0, sizeof(*t));
	if (chk)
	{
		memset(chk, 0, sizeof(*chk));
		chk->text = text;
		chk->len = len;
		r.emit = check_utterance;
		r.emit_arg = chk;
	}
	if (!op_coder_run(coder, &r, text, len, t, &err))
		die("coding failed", &err);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *p = data;
	size_t		left = size;
	uint8_t		optbits = 0,
				ctl = 0;
	OpCoderOptions opts;
	OpError		err;
	char		optstr[512];
	size_t		optlen = 0;
	const char *terms[2 * MAX_TERMS];
	size_t		lens[2 * MAX_TERMS];
	int			nself,
				nother;
	OpTerms    *self = NULL,
			   *other = NULL;
	OpCodeRequest req;
	OpTally		t1,
				t2,
				t3;
	Check		chk;

	if (left >= 2)
	{
		optbits = p[0];
		ctl = p[1];
		p += 2;
		left -= 2;
	}
	nself = ctl & 3;
	nother = (ctl >> 2) & 3;

	op_coder_default_options(&opts);
	if (ctl & 0x20)
	{
		const char *raw;
		size_t		rawlen;

		/* a raw option string: the parser may refuse it, then the defaults apply */
		take(&p, &left, '\n', MAX_OPTS_LEN, &raw, &rawlen);
		if (!op_coder_parse_options(raw, rawlen, &opts, &err))
		{
			if (err.kind != OP_ERR_PARAM || err.message[0] == '\0')
				die("option parser failed without a parameter error", &err);
			op_coder_default_options(&opts);
		}
	}
	else
	{
		for (int i = 0; i < 8; i++)
		{
			int			n = snprintf(optstr + optlen, sizeof(optstr) - optlen, "%s%s",
									 i ? ", " : "", option_text[i][(optbits >> i) & 1]);

			optlen += (size_t) n;
		}
		if (!op_coder_parse_options(optstr, optlen, &opts, &err))
			die("valid options refused", &err);
	}

	for (int i = 0; i < nself + nother; i++)
		take(&p, &left, '|', MAX_TERM_LEN, &terms[i], &lens[i]);

	self = op_terms_compile(coder, terms, lens, (size_t) nself, &fz_allocator, &err);
	if (self == NULL)
		die("compiling self terms", &err);
	if (ctl & 0x10)
	{
		other = op_terms_compile(coder, terms + nself, lens + nself, (size_t) nother, &fz_allocator, &err);
		if (other == NULL)
			die("compiling other terms", &err);
	}

	memset(&req, 0, sizeof(req));
	req.lexicon = lexicon;
	req.self = self;
	req.other = other;
	req.options = &opts;

	/* streamed: every utterance well formed, and they add up to the tally */
	run(&req, (const char *) p, left, &t1, &chk);
	if (memcmp(chk.count, t1.count, sizeof(t1.count)) != 0)
		die("utterances do not add up to the tally", NULL);
	for (int w = 0; w < VICS_NWHO; w++)
	{
		int64_t		bycat = 0,
					bytense = 0;

		for (int k = 0; k < VICS_NCAT; k++)
			bycat += t1.count[w][k];
		for (int k = 0; k < VICS_NTENSE; k++)
			bytense += t1.tense[w][k];
		if (bycat != bytense || memcmp(chk.tense[w], t1.tense[w], sizeof(t1.tense[w])) != 0)
			die("tense counts do not match the utterances", NULL);
	}
	if (t1.lexicon != op_lexicon_hash(lexicon) || t1.lexicon == 0 || t1.coder != OPCODE_CODER_VERSION)
		die("tally does not record the lexicon and coder", NULL);
	if (t1.sentences < 0 || t1.words < 0 || (t1.words == 0 && (chk.last_sentence > 0)))
		die("implausible sentence or word counts", NULL);

	/* the fast path, and a second run on the reused coder, give the same tally */
	run(&req, (const char *) p, left, &t2, NULL);
	if (memcmp(&t1, &t2, sizeof(t1)) != 0)
		die("tally without callback differs", NULL);
	run(&req, (const char *) p, left, &t2, NULL);
	if (memcmp(&t1, &t2, sizeof(t1)) != 0)
		die("second run differs", NULL);

	/* the OTHER filter only removes OTHER utterances */
	if (other != NULL)
	{
		req.other = NULL;
		run(&req, (const char *) p, left, &t3, NULL);
		if (memcmp(t3.count[VICS_SELF], t1.count[VICS_SELF], sizeof(t1.count[VICS_SELF])) != 0)
			die("the OTHER filter changed SELF counts", NULL);
		for (int k = 0; k < VICS_NCAT; k++)
			if (t1.count[VICS_OTHER][k] > t3.count[VICS_OTHER][k])
				die("the OTHER filter added OTHER utterances", NULL);
		if (t1.sentences != t3.sentences || t1.words != t3.words)
			die("the OTHER filter changed sentence or word counts", NULL);
	}

	op_terms_free(self, &fz_allocator);
	op_terms_free(other, &fz_allocator);
	return 0;
}
