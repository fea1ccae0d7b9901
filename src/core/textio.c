/*
 * textio.c: strict parser and canonical writer of the tally and profile text forms
 * (grammar in textio.h).  The parser never trusts its input: every count is range-checked
 * while it is read, every part must appear exactly once, and the finished value must pass
 * the invariant checks of validate.h.
 */
#include "textio.h"
#include "names.h"
#include "validate.h"

#include <errno.h>
#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---------------------------------------------------------------- writing */

typedef struct Buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} Buf;

static void
put(Buf *b, const char *fmt,...) __attribute__((format(printf, 2, 3)));

static void
put(Buf *b, const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	/* the buffers are sized for the largest possible value; overflow is a bug */
	if (n < 0 || (size_t) n >= b->cap - b->len)
		abort();
	b->len += n;
}

void
opcode_format_double(double v, char *buf, size_t size)
{
	if (v == 0)
	{
		snprintf(buf, size, "0");
		return;
	}
	for (int prec = 15; prec <= 17; prec++)
	{
		snprintf(buf, size, "%.*g", prec, v);
		if (prec == 17 || strtod(buf, NULL) == v)
			return;
	}
}

static void
put_list(Buf *b, const int64_t *x, int n, const char *const *names)
{
	bool		any = false;

	for (int i = 0; i < n; i++)
	{
		if (x[i] == 0)
			continue;
		put(b, "%s%s %lld", any ? " " : "", names[i], (long long) x[i]);
		any = true;
	}
	if (!any)
		put(b, "none");
}

static void
put_tally(Buf *b, const OpTally *t)
{
	put(b, "(self: ");
	put_list(b, t->count[VICS_SELF], VICS_NCAT, opcode_category_code);
	put(b, "; other: ");
	put_list(b, t->count[VICS_OTHER], VICS_NCAT, opcode_category_code);
	put(b, "; self tense: ");
	put_list(b, t->tense[VICS_SELF], VICS_NTENSE, opcode_tense_name);
	put(b, "; other tense: ");
	put_list(b, t->tense[VICS_OTHER], VICS_NTENSE, opcode_tense_name);
	put(b, "; sentences %lld; words %lld; lexicon %08x; coder %u)",
		(long long) t->sentences, (long long) t->words, (unsigned) t->lexicon, (unsigned) t->coder);
}

/* 8 parts, 18 counts of at most 19 digits, names and separators: far below 1024 */
#define TALLY_TEXT_MAX 1024
/* a tally plus 17 indices of at most ~90 characters each */
#define PROFILE_TEXT_MAX 4096

char *
opcode_tally_format(const OpTally *t, const OpAllocator *a)
{
	Buf			b = {a->alloc(a->ctx, TALLY_TEXT_MAX), 0, TALLY_TEXT_MAX};

	put_tally(&b, t);
	return b.data;
}

char *
opcode_profile_format(const OpProfile *p, const OpAllocator *a)
{
	Buf			b = {a->alloc(a->ctx, PROFILE_TEXT_MAX), 0, PROFILE_TEXT_MAX};

	put(&b, "(docs %lld; short %lld; min_utterances %d; pooled ",
		(long long) p->docs, (long long) p->docs_short, (int) p->min_utterances);
	put_tally(&b, &p->pooled);
	for (int i = 0; i < VICS_NINDEX; i++)
	{
		char		mean[32],
					m2[32];

		opcode_format_double(p->idx[i].mean, mean, sizeof(mean));
		opcode_format_double(p->idx[i].m2, m2, sizeof(m2));
		put(&b, "; %s: n %lld mean %s m2 %s", opcode_index_name[i], (long long) p->idx[i].n, mean, m2);
	}
	put(&b, ")");
	return b.data;
}

/* ---------------------------------------------------------------- reading */

typedef struct Cur
{
	const char *s;
	size_t		len;
	size_t		pos;
	OpError    *err;
} Cur;

typedef struct Tok
{
	const char *p;
	size_t		len;
} Tok;

/* Fails with a syntax error whose detail is the given sentence (a token may be quoted). */
static bool
syntax(Cur *c, const char *fmt,...) __attribute__((format(printf, 2, 3)));

static bool
syntax(Cur *c, const char *fmt,...)
{
	va_list		ap;

	c->err->kind = OP_ERR_SYNTAX;
	snprintf(c->err->message, sizeof(c->err->message), "invalid input syntax");
	va_start(ap, fmt);
	vsnprintf(c->err->detail, sizeof(c->err->detail), fmt, ap);
	va_end(ap);
	c->err->hint[0] = '\0';
	return false;
}

/* Turns an invariant failure (OP_ERR_DATA) into the syntax error of a malformed literal. */
static bool
invariant(Cur *c)
{
	char		detail[sizeof(c->err->detail)];

	memcpy(detail, c->err->detail, sizeof(detail));
	return syntax(c, "%s", detail);
}

/* A token for quoting in a message: at most 40 bytes. */
#define TOKFMT "\"%.*s%s\""
#define TOKARG(t) (int) ((t).len > 40 ? 40 : (t).len), (t).p, ((t).len > 40 ? "..." : "")

static bool
is_space(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
}

static bool
is_punct(char ch)
{
	return ch == '(' || ch == ')' || ch == ';' || ch == ':';
}

static void
skip(Cur *c)
{
	while (c->pos < c->len && is_space(c->s[c->pos]))
		c->pos++;
}

/* next non-blank character, or 0 at the end (a NUL byte inside the input is junk anyway) */
static char
peek(Cur *c)
{
	skip(c);
	return c->pos < c->len ? c->s[c->pos] : '\0';
}

static bool
at_end(Cur *c)
{
	skip(c);
	return c->pos >= c->len;
}

/* A word: a maximal run of characters that are neither blank nor punctuation. */
static bool
word(Cur *c, Tok *t, const char *what)
{
	skip(c);
	t->p = c->s + c->pos;
	while (c->pos < c->len && !is_space(c->s[c->pos]) && !is_punct(c->s[c->pos]))
		c->pos++;
	t->len = c->s + c->pos - t->p;
	if (t->len == 0)
	{
		if (c->pos >= c->len)
			return syntax(c, "The input ends where %s was expected.", what);
		return syntax(c, "Found \"%c\" where %s was expected.", c->s[c->pos], what);
	}
	return true;
}

static bool
expect(Cur *c, char ch, const char *where)
{
	char		got = peek(c);

	if (got == ch)
	{
		c->pos++;
		return true;
	}
	if (got == '\0' && c->pos >= c->len)
		return syntax(c, "The input ends where \"%c\" was expected %s.", ch, where);
	return syntax(c, "Found \"%c\" where \"%c\" was expected %s.", got, ch, where);
}

static bool
tok_is(Tok t, const char *s)
{
	return t.len == strlen(s) && memcmp(t.p, s, t.len) == 0;
}

/* an unsigned decimal count of at most max */
static bool
count(Cur *c, int64_t max, int64_t *out, const char *what)
{
	Tok			t;
	int64_t		v = 0;

	if (!word(c, &t, what))
		return false;
	if (t.p[0] == '-')
		return syntax(c, "The %s is negative (" TOKFMT ").", what, TOKARG(t));
	for (size_t i = 0; i < t.len; i++)
	{
		int			d = t.p[i] - '0';

		if (d < 0 || d > 9)
			return syntax(c, "The %s is not an unsigned decimal integer (" TOKFMT ").", what, TOKARG(t));
		if (v > (max - d) / 10)
			return syntax(c, "The %s is out of range (" TOKFMT "; at most %lld).", what, TOKARG(t), (long long) max);
		v = v * 10 + d;
	}
	*out = v;
	return true;
}

/* a finite double in decimal notation */
static bool
real(Cur *c, double *out, const char *what)
{
	Tok			t;
	char		buf[64];
	char	   *end;
	double		v;

	if (!word(c, &t, what))
		return false;
	for (size_t i = 0; i < t.len; i++)
	{
		char		ch = t.p[i];

		if (!((ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E'))
		{
			if ((t.len >= 3 && (strncasecmp(t.p, "nan", 3) == 0 || strncasecmp(t.p + (t.p[0] == '-' || t.p[0] == '+'), "inf", 3) == 0)))
				return syntax(c, "The %s is not finite (" TOKFMT "); profile moments must be finite numbers.", what, TOKARG(t));
			return syntax(c, "The %s is not a decimal number (" TOKFMT ").", what, TOKARG(t));
		}
	}
	if (t.len >= sizeof(buf))
		return syntax(c, "The %s is too long (" TOKFMT ").", what, TOKARG(t));
	memcpy(buf, t.p, t.len);
	buf[t.len] = '\0';
	errno = 0;
	v = strtod(buf, &end);
	if (end != buf + t.len)
		return syntax(c, "The %s is not a decimal number (" TOKFMT ").", what, TOKARG(t));
	/* ERANGE on underflow still gives the (subnormal) value we wrote; overflow gives inf */
	if (!isfinite(v))
		return syntax(c, "The %s is out of range (" TOKFMT ").", what, TOKARG(t));
	*out = v + 0.0;				/* -0 reads as 0 */
	return true;
}

/* "NAME count NAME count ..." or "none", up to the next ';' or ')' */
static bool
list(Cur *c, int64_t *x, int n, int (*lookup) (const char *, size_t),
	 const char *part, const char *kind, const char *names)
{
	bool		seen[VICS_NCAT] = {false};	/* VICS_NCAT > VICS_NTENSE */
	Tok			t;
	char		what[64];

	for (int i = 0; i < n; i++)
		x[i] = 0;
	if (peek(c) == ';' || peek(c) == ')')
		return syntax(c, "The list \"%s\" is empty; write \"none\" for no counts.", part);
	if (!word(c, &t, "a name"))
		return false;
	if (tok_is(t, "none"))
		return true;
	for (;;)
	{
		int			k = lookup(t.p, t.len);
		char		p;

		if (k < 0)
			return syntax(c, "Unknown %s " TOKFMT " in \"%s\" (expected one of %s).", kind, TOKARG(t), part, names);
		if (seen[k])
			return syntax(c, "The %s " TOKFMT " appears twice in \"%s\".", kind, TOKARG(t), part);
		seen[k] = true;
		snprintf(what, sizeof(what), "count of %.*s in \"%s\"", (int) t.len, t.p, part);
		if (!count(c, INT64_MAX, &x[k], what))
			return false;
		p = peek(c);
		if (p == ';' || p == ')' || p == '\0')
			return true;
		if (!word(c, &t, "a name"))
			return false;
	}
}

static int
category_exact(const char *s, size_t len)
{
	return opcode_category_from_code(s, len);
}

static int
tense_exact(const char *s, size_t len)
{
	for (int k = 0; k < VICS_NTENSE; k++)
		if (len == strlen(opcode_tense_name[k]) && memcmp(s, opcode_tense_name[k], len) == 0)
			return k;
	return -1;
}

enum
{
	TP_SELF, TP_OTHER, TP_SELF_TENSE, TP_OTHER_TENSE, TP_SENTENCES, TP_WORDS, TP_LEXICON, TP_CODER, TP_N
};
static const char *const tally_part[TP_N] = {
	"self", "other", "self tense", "other tense", "sentences", "words", "lexicon", "coder"
};

static bool
parse_hex32(Cur *c, uint32_t *out)
{
	Tok			t;
	uint32_t	v = 0;

	if (!word(c, &t, "the lexicon hash"))
		return false;
	if (t.len != 8)
		return syntax(c, "The lexicon " TOKFMT " is not 8 hexadecimal digits.", TOKARG(t));
	for (int i = 0; i < 8; i++)
	{
		char		ch = t.p[i];
		int			d;

		if (ch >= '0' && ch <= '9')
			d = ch - '0';
		else if (ch >= 'a' && ch <= 'f')
			d = ch - 'a' + 10;
		else if (ch >= 'A' && ch <= 'F')
			d = ch - 'A' + 10;
		else
			return syntax(c, "The lexicon " TOKFMT " is not 8 hexadecimal digits.", TOKARG(t));
		v = v * 16 + d;
	}
	*out = v;
	return true;
}

/* A parenthesized tally starting at the cursor; leaves the cursor after its ')'. */
static bool
tally_at(Cur *c, OpTally *t)
{
	bool		seen[TP_N] = {false};

	memset(t, 0, sizeof(*t));
	if (!expect(c, '(', "at the start of a vics_tally"))
		return false;
	for (;;)
	{
		Tok			k;
		int			part = -1;
		int64_t		v;
		char		sep;

		if (!word(c, &k, "a part name"))
			return false;
		if (tok_is(k, "self") || tok_is(k, "other"))
		{
			int			who = tok_is(k, "self") ? VICS_SELF : VICS_OTHER;

			if (peek(c) == ':')
				part = who == VICS_SELF ? TP_SELF : TP_OTHER;
			else
			{
				Tok			k2;

				if (!word(c, &k2, "\":\" or \"tense\""))
					return false;
				if (!tok_is(k2, "tense"))
					return syntax(c, "Unknown part \"%.*s %.*s\" in a vics_tally.", (int) k.len, k.p,
								  (int) (k2.len > 40 ? 40 : k2.len), k2.p);
				part = who == VICS_SELF ? TP_SELF_TENSE : TP_OTHER_TENSE;
			}
		}
		else
		{
			for (int i = TP_SENTENCES; i < TP_N; i++)
				if (tok_is(k, tally_part[i]))
					part = i;
			if (part < 0)
				return syntax(c, "Unknown part " TOKFMT " in a vics_tally (expected self, other, self tense, "
							  "other tense, sentences, words, lexicon, coder).", TOKARG(k));
		}
		if (seen[part])
			return syntax(c, "The part \"%s\" appears twice.", tally_part[part]);
		seen[part] = true;
		switch (part)
		{
			case TP_SELF:
			case TP_OTHER:
			case TP_SELF_TENSE:
			case TP_OTHER_TENSE:
				{
					int			who = (part == TP_SELF || part == TP_SELF_TENSE) ? VICS_SELF : VICS_OTHER;
					bool		tense = part >= TP_SELF_TENSE;

					if (!expect(c, ':', "after the part name"))
						return false;
					if (!(tense ? list(c, t->tense[who], VICS_NTENSE, tense_exact, tally_part[part], "tense",
									   "past, present, future")
						  : list(c, t->count[who], VICS_NCAT, category_exact, tally_part[part], "category",
								 "REW, PRO, APP, OPP, THR, PUN")))
						return false;
					break;
				}
			case TP_SENTENCES:
				if (!count(c, INT64_MAX, &t->sentences, "sentence count"))
					return false;
				break;
			case TP_WORDS:
				if (!count(c, INT64_MAX, &t->words, "word count"))
					return false;
				break;
			case TP_LEXICON:
				if (!parse_hex32(c, &t->lexicon))
					return false;
				break;
			case TP_CODER:
				if (!count(c, UINT16_MAX, &v, "coder version"))
					return false;
				t->coder = (uint16_t) v;
				break;
		}
		sep = peek(c);
		if (sep == ')')
		{
			c->pos++;
			break;
		}
		if (sep != ';')
		{
			if (c->pos >= c->len)
				return syntax(c, "The input ends inside the vics_tally (missing \")\").");
			return syntax(c, "Found \"%c\" after the part \"%s\" where \";\" or \")\" was expected.", sep, tally_part[part]);
		}
		c->pos++;
	}
	for (int i = 0; i < TP_N; i++)
		if (!seen[i])
			return syntax(c, "The part \"%s\" is missing.", tally_part[i]);
	if (!opcode_tally_check(t, c->err))
		return invariant(c);
	return true;
}

bool
opcode_tally_parse(const char *s, size_t len, OpTally *out, OpError *err)
{
	Cur			c = {s, len, 0, err};
	OpTally		t;

	if (!tally_at(&c, &t))
		return false;
	if (!at_end(&c))
		return syntax(&c, "Unexpected text after the closing parenthesis.");
	*out = t;
	return true;
}

enum
{
	PP_DOCS, PP_SHORT, PP_MIN, PP_POOLED, PP_INDEX0
};

bool
opcode_profile_parse(const char *s, size_t len, OpProfile *out, OpError *err)
{
	Cur			c = {s, len, 0, err};
	OpProfile	p;
	bool		seen[PP_INDEX0 + VICS_NINDEX] = {false};
	static const char *const pp_name[PP_INDEX0] = {"docs", "short", "min_utterances", "pooled"};

	memset(&p, 0, sizeof(p));
	if (!expect(&c, '(', "at the start of a vics_profile"))
		return false;
	for (;;)
	{
		Tok			k;
		int			part = -1;
		int64_t		v;
		char		sep;
		const char *name;

		if (!word(&c, &k, "a part name"))
			return false;
		for (int i = 0; i < PP_INDEX0; i++)
			if (tok_is(k, pp_name[i]))
				part = i;
		if (part < 0 && tok_is(k, "I-5"))
		{
			Tok			k2;

			if (!word(&c, &k2, "a category after \"I-5\""))
				return false;
			for (int i = VICS_I5_REW; i <= VICS_I5_PUN; i++)
				if (tok_is(k2, opcode_index_name[i] + 4))
					part = PP_INDEX0 + i;
			if (part < 0)
				return syntax(&c, "Unknown index \"I-5 %.*s\" (expected I-5 followed by REW, PRO, APP, OPP, THR or PUN).",
							  (int) (k2.len > 40 ? 40 : k2.len), k2.p);
		}
		else if (part < 0)
		{
			for (int i = 0; i < VICS_I5_REW; i++)
				if (tok_is(k, opcode_index_name[i]))
					part = PP_INDEX0 + i;
		}
		if (part < 0)
			return syntax(&c, "Unknown part " TOKFMT " in a vics_profile (expected docs, short, min_utterances, "
						  "pooled or an index name: %s).", TOKARG(k), opcode_index_name_list);
		name = part < PP_INDEX0 ? pp_name[part] : opcode_index_name[part - PP_INDEX0];
		if (seen[part])
			return syntax(&c, "The part \"%s\" appears twice.", name);
		seen[part] = true;
		switch (part)
		{
			case PP_DOCS:
				if (!count(&c, INT64_MAX, &p.docs, "document count"))
					return false;
				break;
			case PP_SHORT:
				if (!count(&c, INT64_MAX, &p.docs_short, "short document count"))
					return false;
				break;
			case PP_MIN:
				if (!count(&c, INT32_MAX, &v, "min_utterances"))
					return false;
				p.min_utterances = (int32_t) v;
				break;
			case PP_POOLED:
				if (!tally_at(&c, &p.pooled))
					return false;
				break;
			default:
				{
					OpMoments  *m = &p.idx[part - PP_INDEX0];
					Tok			f;
					char		what[64];

					if (!expect(&c, ':', "after the index name"))
						return false;
					if (!word(&c, &f, "\"n\"") )
						return false;
					if (!tok_is(f, "n"))
						return syntax(&c, "Found " TOKFMT " in %s where \"n\" was expected.", TOKARG(f), name);
					snprintf(what, sizeof(what), "n of %s", name);
					if (!count(&c, INT64_MAX, &m->n, what))
						return false;
					if (!word(&c, &f, "\"mean\""))
						return false;
					if (!tok_is(f, "mean"))
						return syntax(&c, "Found " TOKFMT " in %s where \"mean\" was expected.", TOKARG(f), name);
					snprintf(what, sizeof(what), "mean of %s", name);
					if (!real(&c, &m->mean, what))
						return false;
					if (!word(&c, &f, "\"m2\""))
						return false;
					if (!tok_is(f, "m2"))
						return syntax(&c, "Found " TOKFMT " in %s where \"m2\" was expected.", TOKARG(f), name);
					snprintf(what, sizeof(what), "m2 of %s", name);
					if (!real(&c, &m->m2, what))
						return false;
					break;
				}
		}
		sep = peek(&c);
		if (sep == ')')
		{
			c.pos++;
			break;
		}
		if (sep != ';')
		{
			if (c.pos >= c.len)
				return syntax(&c, "The input ends inside the vics_profile (missing \")\").");
			return syntax(&c, "Found \"%c\" after the part \"%s\" where \";\" or \")\" was expected.", sep, name);
		}
		c.pos++;
	}
	for (int i = 0; i < PP_INDEX0 + VICS_NINDEX; i++)
		if (!seen[i])
			return syntax(&c, "The part \"%s\" is missing.",
						  i < PP_INDEX0 ? pp_name[i] : opcode_index_name[i - PP_INDEX0]);
	if (!at_end(&c))
		return syntax(&c, "Unexpected text after the closing parenthesis.");
	if (!opcode_profile_check(&p, err))
		return invariant(&c);
	*out = p;
	return true;
}
