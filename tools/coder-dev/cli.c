/*
 * cli.c: codes text with src/core outside the server, for developing the coder rules.
 *
 *   make -C tools/coder-dev            # builds tools/coder-dev/cli
 *   tools/coder-dev/cli [options] < input
 *
 * Input: one sentence a line, "id<TAB>self|terms<TAB>text".  Output: one utterance a line,
 * "id<TAB>verb<TAB>lemma<TAB>actor<TAB>who<TAB>category<TAB>tense<TAB>negated<TAB>rule".
 * The lexicon is read from data/lexicon/en.tsv and en_irregular.tsv (or $OPCODE_LEXICON_DIR).
 */
#include "coder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xalloc(void *ctx, size_t n) { void *p = malloc(n ? n : 1); if (!p) abort(); return p; }
static void xfree(void *ctx, void *p) { free(p); }
static const OpAllocator A = {xalloc, xfree, NULL};

typedef struct Out
{
	const char *id;
	const char *text;
} Out;

static bool
emit(void *arg, const OpUtterance *u)
{
	Out		   *o = arg;

	printf("%s\t%.*s\t%s\t%.*s\t%s\t%s\t%s\t%s\t%s\t%s\n", o->id,
		   (int) (u->verb_end - u->verb_start), o->text + u->verb_start, u->lemma,
		   (int) (u->actor_end - u->actor_start), o->text + u->actor_start,
		   opcode_who_name[u->who], opcode_category_code[u->category], opcode_tense_name[u->tense],
		   u->negated ? "t" : "f", u->rule, u->modality ? op_modality_name[u->modality] : "-");
	return true;
}

static char *
slurp(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	long		n;
	char	   *s;

	if (!f)
	{
		perror(path);
		exit(1);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	s = malloc(n + 1);
	if (fread(s, 1, n, f) != (size_t) n)
		exit(1);
	s[n] = 0;
	fclose(f);
	return s;
}

/* Splits TSV lines into fields in place; returns rows of ncol pointers. */
static char **
tsv(char *s, int ncol, size_t *nrows)
{
	size_t		cap = 1024,
				n = 0;
	char	  **rows = malloc(cap * ncol * sizeof(char *));

	for (char *line = strtok(s, "\n"); line; line = strtok(NULL, "\n"))
	{
		char	   *f[8];
		int			k = 0;

		if (line[0] == '#' || line[0] == '\0')
			continue;
		f[k++] = line;
		for (char *p = line; *p && k < 8; p++)
			if (*p == '\t')
			{
				*p = '\0';
				f[k++] = p + 1;
			}
		if (k < ncol)
			continue;
		if (n == cap)
		{
			cap *= 2;
			rows = realloc(rows, cap * ncol * sizeof(char *));
		}
		memcpy(&rows[n * ncol], f, ncol * sizeof(char *));
		n++;
	}
	*nrows = n;
	return rows;
}

int
main(int argc, char **argv)
{
	const char *dir = getenv("OPCODE_LEXICON_DIR") ? getenv("OPCODE_LEXICON_DIR") : "data/lexicon";
	char		path[1024];
	size_t		nlex,
				nirr;
	char	  **lex,
			  **irr;
	OpLexRow   *rows;
	OpIrregularRow *irows;
	OpError		err = {0};
	OpLexicon  *L;
	OpCoder    *C;
	OpCoderOptions opt;
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		len;
	OpTally		total = {0};
	bool		quiet = false;

	op_coder_default_options(&opt);
	for (int a = 1; a < argc; a++)
	{
		if (strcmp(argv[a], "-q") == 0)
			quiet = true;
		else if (!op_coder_parse_options(argv[a], strlen(argv[a]), &opt, &err))
		{
			fprintf(stderr, "%s\n%s\n", err.message, err.hint);
			return 2;
		}
	}
	snprintf(path, sizeof(path), "%s/en.tsv", dir);
	lex = tsv(slurp(path), 2, &nlex);
	snprintf(path, sizeof(path), "%s/en_irregular.tsv", dir);
	irr = tsv(slurp(path), 2, &nirr);
	rows = malloc(nlex * sizeof(OpLexRow));
	irows = malloc(nirr * sizeof(OpIrregularRow));
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
	L = op_lexicon_build(rows, nlex, irows, nirr, &A, &err);
	if (!L)
	{
		fprintf(stderr, "lexicon: %s\n", err.message);
		return 1;
	}
	C = op_coder_create(&A, &err);
	if (!C)
	{
		fprintf(stderr, "coder: %s\n", err.message);
		return 1;
	}
	while ((len = getline(&line, &cap, stdin)) > 0)
	{
		char	   *id = line,
				   *terms,
				   *text;
		const char *tv[64];
		size_t		tl[64];
		size_t		nt = 0;
		OpTerms    *self;
		OpCodeRequest req = {0};
		Out			o;
		OpTally		t = {0};

		if (line[len - 1] == '\n')
			line[--len] = '\0';
		terms = strchr(id, '\t');
		if (!terms)
			continue;
		*terms++ = '\0';
		text = strchr(terms, '\t');
		if (!text)
			continue;
		*text++ = '\0';
		for (char *p = terms; *p && nt < 64;)
		{
			char	   *e = strchr(p, '|');

			tv[nt] = p;
			tl[nt] = e ? (size_t) (e - p) : strlen(p);
			nt++;
			if (!e)
				break;
			p = e + 1;
		}
		self = op_terms_compile(C, tv, tl, nt, &A, &err);
		req.lexicon = L;
		req.self = self;
		req.options = &opt;
		req.emit = quiet ? NULL : emit;
		req.emit_arg = &o;
		o.id = id;
		o.text = text;
		if (!op_coder_run(C, &req, text, strlen(text), &t, &err))
		{
			fprintf(stderr, "%s: %s\n", id, err.message);
			return 1;
		}
		for (int w = 0; w < VICS_NWHO; w++)
			for (int k = 0; k < VICS_NCAT; k++)
				total.count[w][k] += t.count[w][k];
		total.sentences += t.sentences;
		total.words += t.words;
		op_terms_free(self, &A);
	}
	if (quiet)
		printf("sentences %lld words %lld utterances %lld\n", (long long) total.sentences,
			   (long long) total.words,
			   (long long) (total.count[0][0] + total.count[0][1] + total.count[0][2] + total.count[0][3] +
							total.count[0][4] + total.count[0][5] + total.count[1][0] + total.count[1][1] +
							total.count[1][2] + total.count[1][3] + total.count[1][4] + total.count[1][5]));
	op_coder_destroy(C);
	op_lexicon_free(L);
	free(line);
	return 0;
}
