/* test_coder.c: the coder core: inflection, the compiled lexicon, segmentation, options, rules. */
#include "unit.h"
#include "coder.h"

#include <stdint.h>

/* A small lexicon of our own, so that these tests do not move with data/lexicon. */
static const OpLexRow rows[] = {
	{"attack", "PUN"}, {"help", "REW"}, {"support", "APP"}, {"call on", "APP"}, {"commit", "PRO"},
	{"express", "APP"}, {"express concern", "OPP"}, {"impose sanctions", "PUN"}, {"accept", "APP"},
	{"seek", "APP"}, {"seek confrontation", "OPP"}, {"pledge", "PRO"}, {"urge", "APP"},
	{"resume talks", "APP"}, {"thank", "APP"}, {"seize", "PUN"}, {"hope", "APP"}, {"ban", "OPP"},
	{"deter", "THR"}, {"vie with", "OPP"},
};
static const OpIrregularRow irr[] = {{"seized", "seize"}, {"vying", "vie"}};

static OpLexicon *
small_lexicon(void)
{
	OpError		err;
	OpLexicon  *l = op_lexicon_build(rows, sizeof(rows) / sizeof(rows[0]), irr, 2, &unit_allocator, &err);

	if (!l)
		fprintf(stderr, "lexicon: %s\n", err.message);
	return l;
}

static bool
has_form(const char *lemma, const char *form, uint8_t kind)
{
	OpInflection inf[OP_MAX_INFLECTIONS];
	int			n = op_inflect(lemma, inf);

	for (int i = 0; i < n; i++)
		if (strcmp(inf[i].form, form) == 0 && inf[i].kind == kind)
			return true;
	return false;
}

UNIT_TEST(coder_inflection)
{
	CHECK(has_form("attack", "attack", OP_FORM_BASE));
	CHECK(has_form("attack", "attacks", OP_FORM_S));
	CHECK(has_form("attack", "attacked", OP_FORM_ED));
	CHECK(has_form("attack", "attacking", OP_FORM_ING));
	CHECK(has_form("commit", "committed", OP_FORM_ED));	/* doubling */
	CHECK(has_form("commit", "committing", OP_FORM_ING));
	CHECK(has_form("ban", "banned", OP_FORM_ED));
	CHECK(has_form("cancel", "cancelled", OP_FORM_ED));	/* British */
	CHECK(has_form("cancel", "canceled", OP_FORM_ED));		/* American */
	CHECK(has_form("deny", "denies", OP_FORM_S));
	CHECK(has_form("deny", "denied", OP_FORM_ED));
	CHECK(has_form("deny", "denying", OP_FORM_ING));
	CHECK(has_form("seize", "seized", OP_FORM_ED));		/* dropped e */
	CHECK(has_form("seize", "seizing", OP_FORM_ING));
	CHECK(!has_form("seize", "seizeing", OP_FORM_ING));
	CHECK(has_form("agree", "agreeing", OP_FORM_ING));		/* ee keeps its e */
	CHECK(has_form("push", "pushes", OP_FORM_S));
	CHECK(has_form("veto", "vetoes", OP_FORM_S));
	CHECK(has_form("traffic", "trafficked", OP_FORM_ED));
	CHECK(has_form("tie", "tying", OP_FORM_ING));
	CHECK(has_form("obey", "obeyed", OP_FORM_ED));			/* vowel + y */
	CHECK(has_form("obey", "obeys", OP_FORM_S));
	CHECK(has_form("put", "put", OP_FORM_ED));				/* invariant past */
	CHECK(!has_form("attack", "attack", OP_FORM_ED));
	CHECK(op_inflect("", (OpInflection[OP_MAX_INFLECTIONS]) {0}) == 0);
}

UNIT_TEST(coder_lexicon_build)
{
	OpLexicon  *l = small_lexicon();
	const OpWordInfo *w;

	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(op_lexicon_entries(l) == sizeof(rows) / sizeof(rows[0]));
	w = op_lexicon_lookup(l, "attacked", 8);
	CHECK(w && w->nforms == 1 && (w->forms[0].kinds & OP_FORM_ED));
	w = op_lexicon_lookup(l, "seized", 6);		/* regular and irregular both give it */
	CHECK(w && w->nforms == 1);
	w = op_lexicon_lookup(l, "vying", 5);			/* only the irregular table gives it */
	CHECK(w && w->nforms == 1 && strcmp(op_lexicon_head(l, w->forms[0].head)->lemma, "vie") == 0);
	w = op_lexicon_lookup(l, "expresses", 9);
	CHECK(w && w->nforms == 1);
	if (w && w->nforms)
	{
		const OpLexHead *h = op_lexicon_head(l, w->forms[0].head);

		CHECK(h->nphrases == 2 && h->single);
		CHECK(h->phrases[0].ntail == 1);			/* longest first */
		CHECK_STR(h->phrases[0].entry, "express concern");
	}
	w = op_lexicon_lookup(l, "the", 3);			/* built-in function word */
	CHECK(w && w->wclass != 0 && w->nforms == 0);
	CHECK(op_lexicon_lookup(l, "zebra", 5) == NULL);
	CHECK(op_lexicon_hash(l) != 0);
	op_lexicon_free(l);
}

UNIT_TEST(coder_lexicon_hash_is_content)
{
	OpLexRow	rev[sizeof(rows) / sizeof(rows[0])];
	size_t		n = sizeof(rows) / sizeof(rows[0]);
	OpError		err;
	OpLexicon  *a,
			   *b,
			   *c;
	OpLexRow	changed[sizeof(rows) / sizeof(rows[0])];

	for (size_t i = 0; i < n; i++)
		rev[i] = rows[n - 1 - i];
	memcpy(changed, rows, sizeof(rows));
	changed[0].category = "THR";
	a = op_lexicon_build(rows, n, irr, 2, &unit_allocator, &err);
	b = op_lexicon_build(rev, n, irr, 2, &unit_allocator, &err);
	c = op_lexicon_build(changed, n, irr, 2, &unit_allocator, &err);
	CHECK(a && b && c);
	if (a && b && c)
	{
		CHECK(op_lexicon_hash(a) == op_lexicon_hash(b));	/* row order does not matter */
		CHECK(op_lexicon_hash(a) != op_lexicon_hash(c));	/* a category does */
	}
	op_lexicon_free(a);
	op_lexicon_free(b);
	op_lexicon_free(c);
}

UNIT_TEST(coder_lexicon_rejects_bad_rows)
{
	OpLexRow	bad[] = {{"attack", "XYZ"}};
	OpLexRow	empty[] = {{"   ", "PUN"}};
	OpError		err;

	CHECK(op_lexicon_build(bad, 1, NULL, 0, &unit_allocator, &err) == NULL);
	CHECK(err.kind == OP_ERR_DATA && strstr(err.message, "XYZ") != NULL);
	CHECK(op_lexicon_build(empty, 1, NULL, 0, &unit_allocator, &err) == NULL);
	CHECK(err.kind == OP_ERR_DATA);
}

UNIT_TEST(coder_options)
{
	OpCoderOptions o;
	OpError		err;
	const char *s;

	op_coder_default_options(&o);
	CHECK(o.negation && o.modality && !o.questions && !o.quotes && !o.hypotheticals &&
		  !o.complements && !o.abstract && o.polite);
	s = " Negation = OFF ,questions=code,, actors=any ";
	CHECK(op_coder_parse_options(s, strlen(s), &o, &err));
	CHECK(!o.negation && o.questions && o.abstract && o.modality);
	s = "negation";
	CHECK(!op_coder_parse_options(s, strlen(s), &o, &err) && err.kind == OP_ERR_PARAM);
	s = "colour=blue";
	CHECK(!op_coder_parse_options(s, strlen(s), &o, &err) && err.kind == OP_ERR_PARAM);
	CHECK(strstr(err.message, "colour") && strstr(err.hint, "negation=on|off"));
	s = "negation=maybe";
	CHECK(!op_coder_parse_options(s, strlen(s), &o, &err) && strstr(err.hint, "on or off"));
	s = "negation=on questions=code";
	CHECK(!op_coder_parse_options(s, strlen(s), &o, &err));
	CHECK(op_coder_parse_options("", 0, &o, &err));
}

/* ---- running the coder ------------------------------------------------------------------ */

typedef struct Got
{
	char		lines[32][160];
	int			n;
	const char *text;
	int32_t		first_start,
				first_end;
} Got;

static bool
collect(void *arg, const OpUtterance *u)
{
	Got		   *g = arg;

	if (g->n == 0)
	{
		g->first_start = u->verb_start;
		g->first_end = u->verb_end;
	}
	if (g->n < 32)
		snprintf(g->lines[g->n++], sizeof(g->lines[0]), "%.*s %s %.*s %s %s %s%s",
				 (int) (u->verb_end - u->verb_start), g->text + u->verb_start, u->lemma,
				 (int) (u->actor_end - u->actor_start), g->text + u->actor_start,
				 opcode_who_name[u->who], opcode_category_code[u->category],
				 opcode_tense_name[u->tense], u->negated ? " neg" : "");
	return true;
}

static OpTally
run(OpCoder *c, const OpLexicon *l, const char *text, size_t len, const char *self, Got *g,
	const char *opts)
{
	OpCodeRequest req = {0};
	OpCoderOptions o;
	OpTally		t = {0};
	OpError		err;
	OpTerms    *terms = NULL;

	op_coder_default_options(&o);
	if (opts)
		op_coder_parse_options(opts, strlen(opts), &o, &err);
	if (self)
	{
		size_t		sl = strlen(self);

		terms = op_terms_compile(c, &self, &sl, 1, &unit_allocator, &err);
	}
	req.lexicon = l;
	req.self = terms;
	req.options = &o;
	if (g)
	{
		g->n = 0;
		g->text = text;
		req.emit = collect;
		req.emit_arg = g;
	}
	if (!op_coder_run(c, &req, text, len, &t, &err))
		fprintf(stderr, "run: %s\n", err.message);
	op_terms_free(terms, &unit_allocator);
	return t;
}

static int64_t
total(const OpTally *t)
{
	int64_t		n = 0;

	for (int w = 0; w < VICS_NWHO; w++)
		for (int k = 0; k < VICS_NCAT; k++)
			n += t->count[w][k];
	return n;
}

#define CODE(text, self, opts) run(c, l, (text), strlen(text), (self), &g, (opts))

UNIT_TEST(coder_rules_core)
{
	OpError		err;
	OpCoder    *c = op_coder_create(&unit_allocator, &err);
	OpLexicon  *l = small_lexicon();
	Got			g;
	OpTally		t;

	CHECK(c && l);
	if (!c || !l)
		return;
	t = CODE("We will help them.", NULL, NULL);
	CHECK(g.n == 1);
	CHECK_STR(g.lines[0], "help help We SELF PRO future");
	CHECK(t.sentences == 1 && t.words == 4 && t.lexicon == op_lexicon_hash(l) && t.coder == OPCODE_CODER_VERSION);
	CHECK(t.count[VICS_SELF][VICS_PRO] == 1 && t.tense[VICS_SELF][VICS_FUTURE] == 1);

	CODE("Ruritania seized the port.", "ruritania", NULL);	/* self terms ignore case */
	CHECK(g.n == 1);
	CHECK_STR(g.lines[0], "seized seize Ruritania SELF PUN past");

	CODE("We don't accept this.", NULL, NULL);				/* n't is split off */
	CHECK(g.n == 1);
	CHECK_STR(g.lines[0], "accept accept We SELF OPP present neg");

	CODE("We express our deep concern.", NULL, NULL);		/* a phrase overrides its head */
	CHECK(g.n == 1);
	CHECK_STR(g.lines[0], "express express concern We SELF OPP present");

	CODE("They imposed harsh new sanctions on us.", NULL, NULL);
	CHECK(g.n == 1);
	CHECK_STR(g.lines[0], "imposed impose sanctions They OTHER PUN past");

	CODE("We urge all parties to resume talks.", NULL, NULL);	/* the appeal, not its content */
	CHECK(g.n == 1);
	CHECK_STR(g.lines[0], "urge urge We SELF APP present");

	CODE("Do they attack us?", NULL, NULL);
	CHECK(g.n == 0);
	CODE("Do they attack us?", NULL, "questions=code");
	CHECK(g.n == 1);

	CODE("Our support is firm. The attacks continue.", NULL, NULL);	/* nouns */
	CHECK(g.n == 0);

	CODE("The Secretary-General called on us.", NULL, NULL);	/* hyphenated words are one token */
	CHECK(g.n == 1);
	CHECK_STR(g.lines[0], "called call on The Secretary-General OTHER APP past");

	op_coder_destroy(c);
	op_lexicon_free(l);
}

UNIT_TEST(coder_offsets_are_bytes)
{
	OpError		err;
	OpCoder    *c = op_coder_create(&unit_allocator, &err);
	OpLexicon  *l = small_lexicon();
	const char *text = "Ünïcödé “quoted” — we thank you.";
	OpCodeRequest req = {0};
	OpCoderOptions o;
	OpTally		t = {0};
	Got			g = {.text = text};

	if (!c || !l)
		return;
	op_coder_default_options(&o);
	req.lexicon = l;
	req.options = &o;
	req.emit = collect;
	req.emit_arg = &g;
	CHECK(op_coder_run(c, &req, text, strlen(text), &t, &err));
	CHECK(g.n == 1);
	CHECK_STR(g.lines[0], "thank thank we SELF APP present");
	/* byte offsets: the accented letters, curly quotes and the dash are multi-byte */
	CHECK(g.first_start == 32 && g.first_end == 37);
	CHECK(strstr(text, "thank") - text == 32);
	op_coder_destroy(c);
	op_lexicon_free(l);
}

/* Memory and work stay bounded for degenerate texts; all words are counted. */
UNIT_TEST(coder_degenerate_texts)
{
	OpError		err;
	OpCoder    *c = op_coder_create(&unit_allocator, &err);
	OpLexicon  *l = small_lexicon();
	size_t		n = 300000;
	char	   *big = malloc(n * 7 + 1);
	OpTally		t;

	if (!c || !l || !big)
		return;
	/* one word repeated, no sentence end: 300,000 words, chunked and windowed */
	for (size_t i = 0; i < n; i++)
		memcpy(big + i * 7, "attack ", 7);
	big[n * 7] = '\0';
	t = run(c, l, big, n * 7, NULL, NULL, NULL);
	CHECK(t.words == (int64_t) n);
	CHECK(total(&t) == 0);			/* no actor anywhere */
	/* binary junk: control characters, NUL bytes, invalid UTF-8 */
	for (size_t i = 0; i < 100000; i++)
		big[i] = (char) ((i * 7919) & 0xff);
	t = run(c, l, big, 100000, NULL, NULL, NULL);
	CHECK(t.sentences >= 0 && t.words >= 0);
	t = run(c, l, "", 0, NULL, NULL, NULL);
	CHECK(t.sentences == 0 && t.words == 0 && total(&t) == 0);
	t = run(c, l, " \t\n ", 4, NULL, NULL, NULL);
	CHECK(t.sentences == 0 && t.words == 0);
	free(big);
	op_coder_destroy(c);
	op_lexicon_free(l);
}

static int	cancel_calls;
static bool
cancel_after_3(void *arg)
{
	return ++cancel_calls < 3;
}

UNIT_TEST(coder_cancel)
{
	OpError		err;
	OpCoder    *c = op_coder_create(&unit_allocator, &err);
	OpLexicon  *l = small_lexicon();
	OpCodeRequest req = {0};
	OpCoderOptions o;
	OpTally		t = {0};
	const char *text = "We help. We help. We help. We help. We help. We help.";

	if (!c || !l)
		return;
	op_coder_default_options(&o);
	req.lexicon = l;
	req.options = &o;
	req.cancel = cancel_after_3;
	cancel_calls = 0;
	CHECK(!op_coder_run(c, &req, text, strlen(text), &t, &err));
	CHECK(err.kind == OP_ERR_CANCEL);
	CHECK(t.sentences < 6);
	/* the coder is reusable after a cancelled run */
	req.cancel = NULL;
	memset(&t, 0, sizeof(t));
	CHECK(op_coder_run(c, &req, text, strlen(text), &t, &err));
	CHECK(t.sentences == 6 && t.count[VICS_SELF][VICS_REW] == 6);
	op_coder_destroy(c);
	op_lexicon_free(l);
}
