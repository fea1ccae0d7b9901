/*
 * coder.c: the coder's driver: options, self/other terms, the run loop and the tally.
 */
#include "coder_int.h"
#include "names.h"

#include <stddef.h>
#include <string.h>

const char *const op_modality_name[3] = {NULL, "intention", "obligation"};

void
op_coder_default_options(OpCoderOptions *o)
{
	o->negation = true;
	o->modality = true;
	o->questions = false;
	o->quotes = false;
	o->hypotheticals = false;
	o->complements = false;
	o->abstract = false;
	o->polite = true;
}

/* name, the value meaning "true", the value meaning "false", field offset */
typedef struct OptionDef
{
	const char *name;
	const char *yes;
	const char *no;
	size_t		off;
} OptionDef;

static const OptionDef option_defs[] = {
	{"negation", "on", "off", offsetof(OpCoderOptions, negation)},
	{"modality", "on", "off", offsetof(OpCoderOptions, modality)},
	{"questions", "code", "skip", offsetof(OpCoderOptions, questions)},
	{"quotes", "code", "skip", offsetof(OpCoderOptions, quotes)},
	{"hypotheticals", "code", "skip", offsetof(OpCoderOptions, hypotheticals)},
	{"complements", "code", "skip", offsetof(OpCoderOptions, complements)},
	{"actors", "any", "animate", offsetof(OpCoderOptions, abstract)},
	{"polite", "on", "off", offsetof(OpCoderOptions, polite)},
};
#define NOPTIONS (sizeof(option_defs) / sizeof(option_defs[0]))

const char *
op_coder_option_names(void)
{
	return "negation=on|off, modality=on|off, questions=skip|code, quotes=skip|code, "
		"hypotheticals=skip|code, complements=skip|code, actors=animate|any, polite=on|off";
}

static bool
blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

bool
op_coder_parse_options(const char *s, size_t len, OpCoderOptions *o, OpError *err)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		ns,
					ne,
					vs,
					ve;
		const OptionDef *d = NULL;

		while (i < len && (blank(s[i]) || s[i] == ','))
			i++;
		if (i >= len)
			break;
		ns = i;
		while (i < len && s[i] != '=' && s[i] != ',' && !blank(s[i]))
			i++;
		ne = i;
		while (i < len && blank(s[i]))
			i++;
		if (i >= len || s[i] != '=')
		{
			op_fail(err, OP_ERR_PARAM, "invalid coder options \"%.*s\"", (int) (len > 200 ? 200 : len), s);
			op_detail(err, "Option \"%.*s\" has no value.", (int) (ne - ns > 64 ? 64 : ne - ns), s + ns);
			op_hint(err, "Write options as name=value separated by commas; valid options: %s.",
					op_coder_option_names());
			return false;
		}
		i++;
		while (i < len && blank(s[i]))
			i++;
		vs = i;
		while (i < len && s[i] != ',' && !blank(s[i]))
			i++;
		ve = i;
		for (size_t k = 0; k < NOPTIONS; k++)
			if (opcode_name_eq(s + ns, ne - ns, option_defs[k].name))
				d = &option_defs[k];
		if (d == NULL)
		{
			op_fail(err, OP_ERR_PARAM, "unknown coder option \"%.*s\"", (int) (ne - ns > 64 ? 64 : ne - ns), s + ns);
			op_hint(err, "Valid options: %s.", op_coder_option_names());
			return false;
		}
		if (opcode_name_eq(s + vs, ve - vs, d->yes))
			*(bool *) ((char *) o + d->off) = true;
		else if (opcode_name_eq(s + vs, ve - vs, d->no))
			*(bool *) ((char *) o + d->off) = false;
		else
		{
			op_fail(err, OP_ERR_PARAM, "invalid value \"%.*s\" for coder option \"%s\"",
					(int) (ve - vs > 64 ? 64 : ve - vs), s + vs, d->name);
			op_hint(err, "Option \"%s\" takes %s or %s; valid options: %s.", d->name, d->yes, d->no,
					op_coder_option_names());
			return false;
		}
		while (i < len && blank(s[i]))
			i++;
		if (i < len && s[i] != ',')
		{
			op_fail(err, OP_ERR_PARAM, "invalid coder options \"%.*s\"", (int) (len > 200 ? 200 : len), s);
			op_hint(err, "Separate options with commas; valid options: %s.", op_coder_option_names());
			return false;
		}
	}
	return true;
}

OpCoder *
op_coder_create(const OpAllocator *alloc, OpError *err)
{
	OpCoder    *c = alloc->alloc(alloc->ctx, sizeof(OpCoder));

	memset(c, 0, sizeof(*c));
	c->alloc = alloc;
	c->tok = alloc->alloc(alloc->ctx, sizeof(Tok) * OP_CODER_MAX_TOKENS);
	c->lbuf_cap = 16384;
	c->lbuf = alloc->alloc(alloc->ctx, c->lbuf_cap);
	c->bounds_cap = 256;
	c->bounds = alloc->alloc(alloc->ctx, sizeof(int32_t) * c->bounds_cap);
	if (!op_segment_open(c, err))
	{
		op_coder_destroy(c);
		return NULL;
	}
	return c;
}

void
op_coder_destroy(OpCoder *c)
{
	if (c == NULL)
		return;
	op_segment_close(c);
	c->alloc->release(c->alloc->ctx, c->tok);
	c->alloc->release(c->alloc->ctx, c->lbuf);
	c->alloc->release(c->alloc->ctx, c->bounds);
	c->alloc->release(c->alloc->ctx, c);
}

OpTerms *
op_terms_compile(OpCoder *c, const char *const *terms, const size_t *lens, size_t n,
				 const OpAllocator *alloc, OpError *err)
{
	OpTerms    *ts;
	size_t		total = 0,
				used = 0;
	const OpCodeRequest *saved = c->req;

	if (n > OP_CODER_MAX_TERMS)
	{
		op_fail(err, OP_ERR_PARAM, "too many terms: %zu", n);
		op_detail(err, "At most %d self or other terms are accepted.", OP_CODER_MAX_TERMS);
		op_hint(err, "Name the speaker's side with a few terms; pronouns such as \"we\" and \"our\" are SELF anyway.");
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		total += (lens[i] > 4096 ? 4096 : lens[i]) + 64;
	ts = alloc->alloc(alloc->ctx, sizeof(OpTerms));
	ts->t = alloc->alloc(alloc->ctx, (n ? n : 1) * sizeof(OpTerm));
	ts->store = alloc->alloc(alloc->ctx, total * 2 + 1);
	ts->n = 0;
	c->req = NULL;				/* tokenising terms codes nothing */
	for (size_t i = 0; i < n; i++)
	{
		uint16_t	wl[64];
		char	   *out = ts->store + used;
		size_t		cap = total * 2 + 1 - used;
		int			nw;

		if (terms[i] == NULL)
			continue;
		nw = op_segment_words(c, terms[i], lens[i], out, cap, wl, 64);
		if (nw == 0)
			continue;
		{
			OpTerm	   *t = &ts->t[ts->n++];
			size_t		off = 0;

			t->words = alloc->alloc(alloc->ctx, nw * sizeof(char *));
			t->nwords = (uint16_t) nw;
			for (int k = 0; k < nw; k++)
			{
				t->words[k] = out + off;
				off += wl[k] + 1;
			}
			used += off;
		}
	}
	c->req = saved;
	return ts;
}

void
op_terms_free(OpTerms *t, const OpAllocator *alloc)
{
	if (t == NULL)
		return;
	for (size_t i = 0; i < t->n; i++)
		alloc->release(alloc->ctx, (void *) t->t[i].words);
	alloc->release(alloc->ctx, t->t);
	alloc->release(alloc->ctx, t->store);
	alloc->release(alloc->ctx, t);
}

void
op_coder_emit(OpCoder *c, const OpUtterance *u)
{
	c->tally->count[u->who][u->category]++;
	c->tally->tense[u->who][u->tense]++;
	if (c->req->emit && !c->req->emit(c->req->emit_arg, u))
		c->stopped = true;
}

bool
op_coder_run(OpCoder *c, const OpCodeRequest *req, const char *text, size_t len,
			 OpTally *tally, OpError *err)
{
	bool		ok;

	if (len > INT32_MAX)
		return op_fail(err, OP_ERR_PARAM, "text too long to code: %zu bytes", len);
	c->req = req;
	c->text = text;
	c->sentence = 0;
	c->tally = tally;
	c->stopped = false;
	tally->lexicon = op_lexicon_hash(req->lexicon);
	tally->coder = OPCODE_CODER_VERSION;
	ok = op_segment_run(c, text, len, err);
	c->req = NULL;
	c->tally = NULL;
	c->text = NULL;
	return ok;
}
