/*
 * clause.c: the clause rules of VICS.md part 2 over one sentence window.
 *
 * There is no parser: English word order and a few hundred closed-class words (words.c)
 * carry enough of the grammar for the protocol.  For each word whose form the lexicon
 * knows, the rules
 *   1. match the longest lexicon entry starting there (phrases override their head);
 *   2. read the verb group to its left (auxiliaries, modals, negation, "to");
 *   3. decide whether the word is a verb here at all (not "our support", "the attacks");
 *   4. find the actor: the subject noun phrase, a passive "by" agent, the head of a relative
 *      clause, the shared subject of coordinated verbs, the subject of the governing verb of
 *      an infinitive or gerund;
 *   5. drop what the protocol does not code (no actor, abstract subjects, complements of
 *      wishes and appeals, questions, quotations, if/unless clauses);
 *   6. derive tense, modality and negation, and from them the final category.
 * Every scan is bounded by the window, so the cost is linear in practice.
 */
#include "coder_int.h"

#include <string.h>

#define MAX_DEPTH 6

typedef struct VGroup
{
	bool		to;				/* infinitive marker directly before the verb */
	int			to_at;			/* index of "to" */
	bool		mint,			/* will, shall */
				mobl;			/* should, must, can ... */
	bool		would;
	bool		neg;
	bool		did,
				does;
	bool		have,
				had;
	bool		be,
				be_past,
				be_base;		/* be, been: "will be", "has been" */
	bool		belike;
	bool		going;			/* be going to */
	bool		let_us;			/* let us / let me */
	int			let_at;
	int			aux_at;			/* leftmost token of the group */
} VGroup;

typedef struct Clause
{
	bool		ok;				/* a verb with an actor: codable */
	int			np_a,
				np_b,			/* actor span (tokens) */
				head;			/* actor head token */
	OpModality	modality;
	VicsTense	tense;
	bool		negated;
	bool		self_polite;	/* subject is first person: polite formulas apply */
	const char *rule;
} Clause;

typedef struct Ctx
{
	OpCoder    *c;
	Tok		   *t;
	int			n;
	const OpCoderOptions *o;
	int			first_word;		/* index of the first word token */
	int			cur_i,
				cur_end;		/* the candidate being coded and the end of its entry */
} Ctx;

static bool analyze(Ctx *x, int i, int depth, Clause *cl);
static bool looks_verbal(Ctx *x, int k);
static const OpLexPhrase *best_entry(Ctx *x, int i, int *end);
static int	skip_adverbial(Ctx *x, int k);

/* ---- small predicates ------------------------------------------------------------------ */

static inline bool
is_word(const Tok *t)
{
	return t->type != TT_PUNCT;
}

static inline bool
has(const Tok *t, uint64_t cls)
{
	return (t->wc & cls) != 0;
}

static uint8_t
verb_kinds(Ctx *x, int i)
{
	const Tok  *t = &x->t[i];
	uint8_t		k = 0;
	const char *w;

	if (t->wi)
	{
		for (uint32_t r = 0; r < t->wi->nforms; r++)
			k |= t->wi->forms[r].kinds;
		k |= t->wi->vkinds;
	}
	if (k)
		return k;
	w = tok_text(x->c, t);
	if (t->len > 4 && memcmp(w + t->len - 3, "ing", 3) == 0)
		return OP_FORM_ING;
	if (t->len > 3 && memcmp(w + t->len - 2, "ed", 2) == 0)
		return OP_FORM_ED;
	if (t->len > 3 && w[t->len - 1] == 's' && w[t->len - 2] != 's')
		return OP_FORM_S | OP_FORM_BASE;
	return OP_FORM_BASE;
}

static bool
ends_with(const Ctx *x, const Tok *t, const char *suf)
{
	size_t		n = strlen(suf);

	return t->len > n + 2 && memcmp(tok_text(x->c, t) + t->len - n, suf, n) == 0;
}

/* Whether the word ends with one of the NULL-terminated suffixes. */
static bool
ends_with_any(const Ctx *x, const Tok *t, const char *const *suf)
{
	for (int k = 0; suf[k]; k++)
		if (ends_with(x, t, suf[k]))
			return true;
	return false;
}

/* Adverbs that may stand inside a verb group: closed list plus -ly words. */
static bool
is_adverb(const Ctx *x, const Tok *t)
{
	if (!is_word(t))
		return false;
	if (has(t, OP_W_ADV))
		return true;
	return t->len > 4 && !t->cap && ends_with(x, t, "ly") && !has(t, OP_W_ACTOR) &&
		!(t->wi && t->wi->nforms);
}

static bool
is_adjective_like(const Ctx *x, const Tok *t)
{
	static const char *const suf[] = {"al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary",
	"ian", "ese", "ish", "ent", "ant", NULL};

	if (has(t, OP_W_ADJ))
		return true;
	if (t->cap)
		return false;
	return ends_with_any(x, t, suf);
}

/* Nouns ending like abstract nouns are not actors at the start of a sentence. */
static bool
abstract_suffix(const Ctx *x, const Tok *t)
{
	static const char *const suf[] = {"ism", "tion", "sion", "ment", "ness", "ity", "ance", "ence",
	"ency", "ship", "ing", "ure", "age", "cy", "ty", "ics", "ogy", "dom", "ies", "ss", NULL};

	return ends_with_any(x, t, suf);
}

/* A word that can be part of a noun phrase. */
static bool
np_word(const Ctx *x, const Tok *t)
{
	if (t->type == TT_NUM)
		return true;
	if (!is_word(t))
		return false;
	if (has(t, OP_W_BE | OP_W_HAVE | OP_W_DO | OP_W_MINT | OP_W_MOBL | OP_W_NEG | OP_W_TO |
			OP_W_REL | OP_W_SUB | OP_W_CONJ | OP_W_SUBJ | OP_W_SAY | OP_W_LET) && !has(t, OP_W_DET | OP_W_QUANT))
		return false;
	if (has(t, OP_W_PREP) && !has(t, OP_W_OF))
		return false;
	return true;
}

/* ---- self and other terms ------------------------------------------------------------- */

static bool
term_at(const Ctx *x, const OpTerm *term, int i, int b)
{
	int			k = 0;

	for (int j = i; j <= b && k < term->nwords; j++)
	{
		const Tok  *t = &x->t[j];

		if (!is_word(t))
			return false;
		if (t->len != strlen(term->words[k]) || memcmp(tok_text(x->c, t), term->words[k], t->len) != 0)
			return false;
		k++;
	}
	return k == term->nwords;
}

/* Does a term occur in a..b and reach at least token os (the owned part of the phrase)? */
static bool
terms_in_from(const Ctx *x, const OpTerms *terms, int a, int b, int os)
{
	if (terms == NULL || a < 0)
		return false;
	for (size_t k = 0; k < terms->n; k++)
		for (int i = a; i <= b; i++)
			if (term_at(x, &terms->t[k], i, b) && i + terms->t[k].nwords - 1 >= os)
				return true;
	return false;
}

static bool
terms_in(const Ctx *x, const OpTerms *terms, int a, int b)
{
	return terms_in_from(x, terms, a, b, a);
}

/* ---- noun phrases ----------------------------------------------------------------------- */

/* The head of the noun phrase a..b: before "of" unless a quantifier; after 's. */
static int
np_head(const Ctx *x, int a, int b)
{
	for (int i = a; i <= b; i++)
	{
		const Tok  *t = &x->t[i];

		if (has(t, OP_W_GEN))
			return b;
		if (has(t, OP_W_OF) && i > a)
		{
			const Tok  *h = &x->t[i - 1];

			if (has(h, OP_W_QUANT) || tok_is(x->c, h, "behalf"))
				return b;
			return i - 1;
		}
	}
	return b;
}

/*
 * The noun phrase ending at b (inclusive): returns its first token.  Walking left, a
 * determiner closes the phrase unless "of" ("the forces of the X") or a predeterminer
 * ("all the") continues it; a verb closes it ("[we thank] the countries").
 */
static int
np_left(Ctx *x, int b)
{
	int			a = b;
	int			count = 0;
	bool		det = has(&x->t[b], OP_W_DET | OP_W_POSS) && !has(&x->t[b], OP_W_QUANT);

	if (has(&x->t[b], OP_W_SUBJ | OP_W_OBJ) && !has(&x->t[b], OP_W_POSS))
	{
		/* "many of us", "some of them", "those of us" */
		if (b >= 2 && has(&x->t[b - 1], OP_W_OF) && has(&x->t[b - 2], OP_W_QUANT | OP_W_DET))
			return b - 2;
		return b;
	}
	while (a - 1 >= 0 && count < 12)
	{
		const Tok  *t = &x->t[a - 1];

		/* "the United States and the European Union": coordinated names */
		if (tok_is(x->c, t, "and") && a - 2 >= 0 && is_word(&x->t[a - 2]) &&
			(x->t[a - 2].cap || (has(&x->t[a - 2], OP_W_ACTOR) && !x->t[a - 2].wi->nforms)) &&
			(x->t[a].cap || has(&x->t[a], OP_W_DET)))
		{
			a--;
			count++;
			det = false;
			continue;
		}
		if (det)
		{
			if (has(t, OP_W_OF) && a - 2 >= 0 && np_word(x, &x->t[a - 2]) &&
				!has(&x->t[a - 2], OP_W_DET | OP_W_POSS | OP_W_OF))
			{
				a--;
				count++;
				det = false;
				continue;
			}
			if (has(t, OP_W_QUANT) && has(t, OP_W_DET))
			{
				a--;
				count++;
				continue;
			}
			break;
		}
		if (has(t, OP_W_GEN))
		{
			a--;
			count++;
			continue;
		}
		if (np_word(x, t))
		{
			if (has(t, OP_W_OF))
			{
				if (a - 2 < 0 || !np_word(x, &x->t[a - 2]) || has(&x->t[a - 2], OP_W_OF))
					break;
				a--;
				count++;
				continue;
			}
			/* "that" before another determiner or a name introduces a clause */
			if (tok_is(x->c, t, "that") && (has(&x->t[a], OP_W_DET | OP_W_POSS | OP_W_QUANT) || x->t[a].cap ||
											 x->t[a].type == TT_NUM))
				break;
			/* a verb ends the phrase: "[we thank] the countries" */
			if (((t->wi && t->wi->nforms) || has(t, OP_W_VERB)) && !t->cap && !has(t, OP_W_DET | OP_W_ADJ) &&
				looks_verbal(x, a - 1))
				break;
			/* a common noun does not run into a name: "in this regard | Tunisia" */
			if (!t->cap && t->type == TT_WORD && x->t[a].cap && !has(t, OP_W_ACTOR | OP_W_ADJ | OP_W_DET | OP_W_POSS |
																   OP_W_QUANT | OP_W_OF | OP_W_GEN) &&
				!is_adjective_like(x, t))
				break;
			/* a bare word after a plural noun is its verb: "[conflicts] affect small States" */
			if (!t->cap && t->type == TT_WORD && !t->wc && !is_adjective_like(x, t) && a - 2 >= 0 &&
				tok_text(x->c, t)[t->len - 1] != 's' && is_word(&x->t[a - 2]) && !x->t[a - 2].cap &&
				x->t[a - 2].len > 3 && tok_text(x->c, &x->t[a - 2])[x->t[a - 2].len - 1] == 's' &&
				!is_adjective_like(x, &x->t[a - 2]) && !has(&x->t[a - 2], OP_W_DET | OP_W_QUANT | OP_W_PREP))
				break;
			if (has(t, OP_W_DET | OP_W_POSS) && !has(t, OP_W_QUANT))
				det = true;
			a--;
			count++;
			continue;
		}
		break;
	}
	while (a < b && has(&x->t[a], OP_W_OF))
		a++;
	return a;
}

/* The noun phrase starting at a: returns its last token, or -1. */
static int
np_right(const Ctx *x, int a)
{
	int			b = -1;
	int			count = 0;

	if (a >= x->n || !is_word(&x->t[a]))
		return -1;
	if (has(&x->t[a], OP_W_SUBJ | OP_W_OBJ) && !has(&x->t[a], OP_W_POSS))
		return a;
	for (int i = a; i < x->n && count < 10; i++, count++)
	{
		const Tok  *t = &x->t[i];

		if (!np_word(x, t))
			break;
		if (has(t, OP_W_OF))
		{
			if (i + 1 >= x->n || !np_word(x, &x->t[i + 1]))
				break;
			continue;
		}
		/* a lexicon verb form after a noun ends the phrase: "all parties will create" */
		if (i > a && t->wi && t->wi->nforms && !t->cap && !has(t, OP_W_ADJ | OP_W_ACTOR | OP_W_COMMON) &&
			!has(&x->t[i - 1], OP_W_DET | OP_W_POSS | OP_W_ADJ))
			break;
		b = i;
	}
	if (b >= 0 && (has(&x->t[b], OP_W_DET | OP_W_POSS) && !has(&x->t[b], OP_W_QUANT)))
		b = b > a ? b - 1 : -1;
	return b;
}

static bool
first_in_sentence(const Ctx *x, int i)
{
	for (int k = i - 1; k >= 0; k--)
	{
		if (is_word(&x->t[k]))
			return false;
		if (x->t[k].punct == ':' || x->t[k].punct == 'o' || x->t[k].punct == '"' || x->t[k].punct == '-')
			return true;
	}
	return true;
}

/* The part of a..b that names the actor: after the last genitive ("Russia's proposal"). */
static int
owned_start(const Ctx *x, int a, int b)
{
	for (int i = b; i > a; i--)
		if (has(&x->t[i], OP_W_GEN))
			return i + 1 <= b ? i + 1 : b;
	return a;
}

/* Is the noun phrase a..b (head h) an actor (VICS.md 2.10)? */
static bool
is_actor(const Ctx *x, int a, int b, int h)
{
	const Tok  *t = &x->t[h];
	const OpCodeRequest *req = x->c->req;

	if (terms_in_from(x, req->self, a, b, owned_start(x, a, b)))
		return true;
	a = owned_start(x, a, b);
	if (x->o->abstract)
		return true;
	if (has(t, OP_W_DUMMY) && tok_is(x->c, t, "it"))
	{
		/* "it" is an actor only after one: "Israel uses ... it holds" */
		for (int k = 0; k < a; k++)
			if (is_word(&x->t[k]) && (has(&x->t[k], OP_W_ACTOR | OP_W_DEMONYM) ||
									  (x->t[k].cap && !first_in_sentence(x, k) &&
									   !has(&x->t[k], OP_W_ABSTRACT | OP_W_COMMON))))
				return true;
		return false;
	}
	if (has(t, OP_W_DUMMY))
		return false;
	if (has(t, OP_W_SUBJ | OP_W_OBJ | OP_W_ACTOR | OP_W_DEMONYM | OP_W_SELF) ||
		(has(t, OP_W_POSS) && a == b))
		return true;
	if (has(t, OP_W_ABSTRACT | OP_W_COMMON))
		return false;
	if (t->cap)
	{
		/* a name containing a thing: "the Paris Agreement", "Hurricane Luis" */
		for (int k = h; k >= a && x->t[k].cap; k--)
			if (has(&x->t[k], OP_W_ABSTRACT))
				return false;
	}
	if (t->allcap && t->len >= 2)
		return true;
	if (t->cap)
	{
		if (!first_in_sentence(x, h))
			return true;
		/* the first word of a sentence is capitalised anyway: guess from its shape */
		if (abstract_suffix(x, t) || (t->wi && t->wi->nforms) || t->wc)
			return false;
		return true;
	}
	return false;
}

static VicsWho
who_of(const Ctx *x, int a, int b, int h)
{
	const OpCodeRequest *req = x->c->req;

	if (terms_in_from(x, req->self, a, b, owned_start(x, a, b)))
		return VICS_SELF;
	if (has(&x->t[h], OP_W_SELF) && has(&x->t[h], OP_W_SUBJ | OP_W_OBJ))
		return VICS_SELF;		/* "many of us" */
	if (a == b && (tok_is(x->c, &x->t[h], "it") || tok_is(x->c, &x->t[h], "its")) && req->self)
	{
		/* "Niger's commitment ..., as well as its willingness": the nearest earlier name */
		for (int k = a - 1; k >= 0; k--)
		{
			if (!x->t[k].cap || !is_word(&x->t[k]) || has(&x->t[k], OP_W_ABSTRACT) || first_in_sentence(x, k))
				continue;
			/* a capitalised modifier is no antecedent: "African unity" */
			if (k + 1 < x->n && x->t[k + 1].type == TT_WORD && !x->t[k + 1].cap && !has(&x->t[k + 1], OP_W_GEN))
				continue;
			for (size_t m = 0; m < req->self->n; m++)
			{
				const OpTerm *term = &req->self->t[m];
				int			st = k - term->nwords + 1;

				if (st >= 0 && term_at(x, term, st, k))
					return VICS_SELF;
			}
			break;
		}
	}
	a = owned_start(x, a, b);
	for (int i = a; i <= b; i++)
	{
		const Tok  *t = &x->t[i];

		if (has(t, OP_W_SELF))
		{
			/* "our partners" are not us */
			if (has(t, OP_W_POSS) && has(&x->t[h], OP_W_OTHERREL))
				continue;
			return VICS_SELF;
		}
		if (has(t, OP_W_OF | OP_W_PREP))
			break;				/* "the people of our region", "countries in our region": head decides */
	}
	return VICS_OTHER;
}

/* ---- verb groups ----------------------------------------------------------------------- */

/*
 * Reads the auxiliaries, modals, negation and "to" left of the verb at i.  Returns the
 * index of the first token left of the group (-1 at the start of the window).
 */
static int
vg_left(Ctx *x, int i, VGroup *vg)
{
	int			j = i - 1;

	memset(vg, 0, sizeof(*vg));
	vg->to_at = -1;
	vg->let_at = -1;
	vg->aux_at = i;
	while (j >= 0)
	{
		Tok		   *t = &x->t[j];

		if (!is_word(t))
		{
			/* an insert between auxiliaries: "has, from the start, been" */
			if (t->punct == ',' && !vg->to)
			{
				int			k = j - 1;

				while (k >= 0 && k > j - 8 && !(x->t[k].type == TT_PUNCT))
					k--;
				/* and right after a modal or perfect "have": "I must, however, deplore" */
				if (k > 0 && x->t[k].type == TT_PUNCT && x->t[k].punct == ',' && is_word(&x->t[k - 1]) &&
					(vg->aux_at < i ? has(&x->t[k - 1], OP_W_HAVE | OP_W_BE | OP_W_MINT | OP_W_MOBL | OP_W_DO)
					 : has(&x->t[k - 1], OP_W_HAVE | OP_W_MINT | OP_W_MOBL)))
				{
					j = k - 1;
					continue;
				}
				/* "criminals who, in some cases, traffic": an insert after the subject */
				if (k > 0 && x->t[k].type == TT_PUNCT && x->t[k].punct == ',' && is_word(&x->t[k - 1]) &&
					has(&x->t[k - 1], OP_W_REL | OP_W_SUBJ) && !has(&x->t[k - 1], OP_W_DET) && vg->aux_at == i)
				{
					j = k - 1;
					break;
				}
			}
			break;
		}
		if (has(t, OP_W_NEG))
		{
			/* "not only ... but also" is no negation */
			if (!(j + 1 < x->n && tok_is(x->c, &x->t[j + 1], "only")))
				vg->neg = true;
			if (has(t, OP_W_MOBL))
				vg->mobl = true;	/* cannot */
			j--;
			continue;
		}
		if (tok_is(x->c, t, "longer") && j > 0 && has(&x->t[j - 1], OP_W_NO))
		{
			vg->neg = true;		/* no longer */
			j -= 2;
			continue;
		}
		if (is_adverb(x, t) && !vg->to)
		{
			j--;
			/* "intrinsically and essentially" */
			if (j >= 1 && tok_is(x->c, &x->t[j], "and") && is_adverb(x, &x->t[j - 1]) && x->t[j - 1].len > 4)
				j--;
			continue;
		}
		if (has(t, OP_W_TO) && !vg->to && vg->aux_at == i && !vg->neg)
		{
			/* only directly before the verb (adverbs and "not" aside): "to help" */
			vg->to = true;
			vg->to_at = j;
			vg->aux_at = j;
			j--;
			break;				/* what governs the infinitive is read by the caller */
		}
		if (vg->to)
			break;
		if (has(t, OP_W_MINT))
		{
			vg->mint = true;
			vg->aux_at = j--;
			continue;
		}
		if (has(t, OP_W_MOBL))
		{
			vg->mobl = true;
			if (tok_is(x->c, t, "would") || tok_is(x->c, t, "'d"))
				vg->would = true;
			vg->aux_at = j--;
			continue;
		}
		if (has(t, OP_W_DO))
		{
			if (tok_is(x->c, t, "did"))
				vg->did = true;
			else
				vg->does = true;
			vg->aux_at = j--;
			continue;
		}
		if (has(t, OP_W_HAVE) && !has(t, OP_W_OBJ))
		{
			vg->have = true;
			if (tok_is(x->c, t, "had"))
				vg->had = true;
			vg->aux_at = j--;
			continue;
		}
		if (has(t, OP_W_BE))
		{
			vg->be = true;
			if (tok_is(x->c, t, "was") || tok_is(x->c, t, "were"))
				vg->be_past = true;
			if (tok_is(x->c, t, "be") || tok_is(x->c, t, "been") || tok_is(x->c, t, "being"))
				vg->be_base = true;
			vg->aux_at = j--;
			continue;
		}
		if (has(t, OP_W_BELIKE) && !vg->be && vg->aux_at == i)
		{
			vg->belike = true;
			vg->aux_at = j--;
			continue;
		}
		break;
	}
	return j;
}

static VicsTense
group_tense(const VGroup *vg, uint8_t kinds, OpModality m)
{
	if (m == OP_MOD_INTENT)
		return VICS_FUTURE;
	if (m == OP_MOD_OBLIG)
		return VICS_PRESENT;
	if (vg->have || vg->did || vg->be_past)
		return VICS_PAST;
	if (!vg->be && !vg->does && !vg->belike && (kinds & OP_FORM_ED) && !(kinds & OP_FORM_BASE))
		return VICS_PAST;
	return VICS_PRESENT;
}

static OpModality
group_modality(const VGroup *vg)
{
	if (vg->mint)
		return OP_MOD_INTENT;
	if (vg->mobl)
		return OP_MOD_OBLIG;
	return OP_MOD_NONE;
}

/* ---- finding the previous verb (coordination, gerunds) ------------------------------- */

static bool
looks_verbal(Ctx *x, int k)
{
	Tok		   *t = &x->t[k];
	VGroup		vg;
	int			j;
	uint8_t		kinds;

	if (!is_word(t) || t->type == TT_NUM || (t->cap && !first_in_sentence(x, k)))
		return false;
	if (has(t, OP_W_BE | OP_W_HAVE | OP_W_DO | OP_W_MINT | OP_W_MOBL | OP_W_NEG | OP_W_TO | OP_W_DET |
			OP_W_POSS | OP_W_PREP | OP_W_CONJ | OP_W_SUB | OP_W_REL | OP_W_SUBJ | OP_W_OBJ) &&
		!has(t, OP_W_VERB))
		return false;
	kinds = verb_kinds(x, k);
	j = vg_left(x, k, &vg);
	if (vg.to || vg.mint || vg.mobl || vg.did || vg.does)
		return (kinds & OP_FORM_BASE) != 0;
	if (vg.have)
		return (kinds & OP_FORM_ED) != 0;
	if (vg.be || vg.belike)
		return (kinds & (OP_FORM_ED | OP_FORM_ING)) != 0 || has(t, OP_W_PREDPART);
	if (j >= 0 && has(&x->t[j], OP_W_SUBJ | OP_W_REL) && !has(&x->t[j], OP_W_DET | OP_W_DUMMY))
		return true;
	/* "a Constitution that enshrines": relative "that" before a finite form */
	if (j >= 0 && tok_is(x->c, &x->t[j], "that") && (kinds & (OP_FORM_S | OP_FORM_ED)) && !(kinds & OP_FORM_BASE) &&
		((t->wi && t->wi->nforms) || has(t, OP_W_VERB | OP_W_SAY)))
		return true;
	if (j >= 0 && tok_is(x->c, &x->t[j], "it"))
		return true;
	/* "let me begin by congratulating": the bare verb after "let me/us" */
	if (j >= 1 && (kinds & OP_FORM_BASE) && has(&x->t[j], OP_W_OBJ) && has(&x->t[j], OP_W_SELF) &&
		has(&x->t[j - 1], OP_W_LET))
		return true;
	if ((kinds & OP_FORM_ED) && k + 1 < x->n && has(&x->t[k + 1], OP_W_BY))
		return true;
	/* "Tunisia believes", "the Council decided": a finite form after a name or an actor */
	if ((kinds & (OP_FORM_S | OP_FORM_ED) ||
		 ((kinds & OP_FORM_BASE) && j >= 0 && has(&x->t[j], OP_W_ACTOR) && !x->t[j].cap &&
		  tok_text(x->c, &x->t[j])[x->t[j].len - 1] == 's')) &&
		j >= 0 && is_word(&x->t[j]) &&
		(x->t[j].cap || has(&x->t[j], OP_W_ACTOR)) && !has(&x->t[j], OP_W_DET | OP_W_PREP) &&
		((t->wi && t->wi->nforms) || has(t, OP_W_VERB | OP_W_SAY | OP_W_ASPECT | OP_W_INTV | OP_W_WISH) ||
		 (!t->wi && kinds == OP_FORM_ED)))
	{
		int			a = j;

		while (a > 0 && a > j - 6 && is_word(&x->t[a - 1]) && (x->t[a - 1].cap || has(&x->t[a - 1], OP_W_DET | OP_W_OF)))
			a--;
		return !(a > 0 && is_word(&x->t[a - 1]) && has(&x->t[a - 1], OP_W_PREP | OP_W_TO));
	}
	return false;
}

/* The nearest verb left of j in the same clause, or -1. */
static int
prev_verb(Ctx *x, int j)
{
	for (int k = j - 1; k >= 0 && k > j - 40; k--)
	{
		Tok		   *t = &x->t[k];

		if (t->type == TT_PUNCT && (t->punct == ';' || t->punct == ':' || t->punct == '('))
			return -1;
		if (has(t, OP_W_REL | OP_W_SUB) && !has(t, OP_W_DET | OP_W_PREP))
			return -1;
		if (has(t, OP_W_REL) && has(t, OP_W_DET) && k + 1 < x->n && looks_verbal(x, k + 1))
			return -1;
		if (looks_verbal(x, k))
			return k;
	}
	return -1;
}

/* ---- actors -------------------------------------------------------------------------- */

static bool
set_actor(Ctx *x, Clause *cl, int a, int b, const char *rule)
{
	int			h = np_head(x, a, b);

	if (!is_actor(x, a, b, h))
		return false;
	cl->np_a = a;
	cl->np_b = b;
	cl->head = h;
	cl->rule = rule;
	cl->self_polite = has(&x->t[h], OP_W_SELF) && has(&x->t[h], OP_W_SUBJ | OP_W_OBJ);
	return true;
}

/* Subject-verb agreement where it is cheap to check: "we attacks" is not a verb. */
static bool
agrees(Ctx *x, int h, uint8_t kinds, const VGroup *vg)
{
	const Tok  *t = &x->t[h];
	bool		aux = vg->mint || vg->mobl || vg->did || vg->does || vg->have || vg->be || vg->belike;

	if (aux)
		return true;
	if (kinds & OP_FORM_ED)
		return true;
	if (has(t, OP_W_SUBJ | OP_W_OBJ))
	{
		bool		third = tok_is(x->c, t, "he") || tok_is(x->c, t, "she") || tok_is(x->c, t, "it");

		return third ? (kinds & OP_FORM_S) != 0 : (kinds & OP_FORM_BASE) != 0;
	}
	if (kinds & OP_FORM_S)
		return !(t->len > 3 && !t->cap && tok_text(x->c, t)[t->len - 1] == 's') ||
			tok_is(x->c, t, "news");
	return true;
}

/*
 * A bare verb form without auxiliary needs a plural subject ("countries support", not
 * "the United States embargo on Cuba"): lowercase plurals, peoples, coordinated names.
 */
static bool
plural_ok(Ctx *x, int a, int b, int h, uint8_t kinds, const VGroup *vg)
{
	const Tok  *t = &x->t[h];
	const char *w = tok_text(x->c, t);

	if (vg->mint || vg->mobl || vg->did || vg->does || vg->have || vg->be || vg->belike)
		return true;
	if (kinds & (OP_FORM_S | OP_FORM_ED))
		return true;
	if (has(t, OP_W_SUBJ | OP_W_OBJ | OP_W_DEMONYM))
		return true;
	for (int k = a; k < b; k++)
		if (tok_is(x->c, &x->t[k], "and"))
			return true;
	if (tok_is(x->c, t, "people") || tok_is(x->c, t, "police") || tok_is(x->c, t, "children") ||
		tok_is(x->c, t, "men") || tok_is(x->c, t, "women") || tok_is(x->c, t, "others"))
		return true;
	if (t->len < 3 || w[t->len - 1] != 's' || w[t->len - 2] == 's' || w[t->len - 2] == 'u' || w[t->len - 2] == 'i')
		return false;
	/* a capitalised name in -s is one actor ("the United States"), except "Member States" */
	if (t->cap)
		return h > 0 && tok_is(x->c, &x->t[h - 1], "member");
	return true;
}

/*
 * A coordinated verb is a verb only if something like an object follows: "create conditions,
 * build consensus" but not "dialogue, exchange and understanding" or "respect for the law".
 */
static bool
object_follows(Ctx *x, int i, bool conj_ok)
{
	int			end = i == x->cur_i ? x->cur_end : i;	/* after "work for", "renew its call" */
	int			k = end + 1;
	const Tok  *t;

	/* a phrase ending in its noun holds its object: "and recognized the State of Palestine" */
	if (end > i && is_word(&x->t[end]) && !has(&x->t[end], OP_W_PART | OP_W_PREP | OP_W_TO))
		return true;
	while (k < x->n && is_adverb(x, &x->t[k]))
		k++;
	if (k >= x->n)
		return false;
	t = &x->t[k];
	if (conj_ok && t->type == TT_PUNCT && t->punct == ',' && k + 1 < x->n && np_word(x, &x->t[k + 1]) &&
		!has(&x->t[k + 1], OP_W_PREP))
		return true;			/* "suffered from, and combated, terror" */
	if (!is_word(t))
		return false;
	if (has(t, OP_W_CONJ))
		return conj_ok;
	if (has(t, OP_W_OF | OP_W_BE | OP_W_MINT | OP_W_MOBL | OP_W_REL) && !has(t, OP_W_DET))
		return false;
	if (end == i && (tok_is(x->c, t, "for") || tok_is(x->c, t, "between") || tok_is(x->c, t, "among")))
		return false;
	return true;
}

/*
 * The subject of a finite verb group whose left edge is j.  Handles relative pronouns,
 * "let us", coordination (by recursion into the previous verb) and plain noun phrases.
 */
static bool
subject_at(Ctx *x, int j, int i, uint8_t kinds, const VGroup *vg, int depth, Clause *cl)
{
	Tok		   *t;

	if (j < 0)
		return false;			/* imperative or fragment: no actor */
	t = &x->t[j];
	if (t->type == TT_PUNCT)
	{
		bool		own_aux = vg->mint || vg->mobl || vg->did || vg->does || vg->have || vg->be;

		if (t->punct != ',' || depth >= MAX_DEPTH)
			return false;
		for (int k = j - 1; k > 0 && k > j - 10; k--)
			if (x->t[k].type == TT_PUNCT)
			{
				if (x->t[k].punct == ',' && has(&x->t[k - 1], OP_W_CONJ) && is_word(&x->t[k - 1]))
					return subject_at(x, k - 1, i, kinds, vg, depth + 1, cl);
				break;
			}
		/* an insert opened by a relative ("institutions, to which the debt is owed, refuse")
		 * is no list of verbs: skip it even without an auxiliary */
		for (int k = j - 1; !own_aux && k > 0 && k > j - 16; k--)
			if (x->t[k].type == TT_PUNCT)
			{
				if (x->t[k].punct == ',' && k + 2 < j &&
					(has(&x->t[k + 1], OP_W_REL) ||
					 (has(&x->t[k + 1], OP_W_PREP | OP_W_TO) && has(&x->t[k + 2], OP_W_REL))) &&
					!tok_is(x->c, &x->t[k + 1], "that") && !tok_is(x->c, &x->t[k + 2], "that"))
					own_aux = true;
				break;
			}
		if (own_aux)
		{
			/* "the United States, which has a base there, has fabricated": skip the insert */
			for (int k = j - 1; k >= 0 && k > j - 16; k--)
			{
				if (x->t[k].type == TT_PUNCT && x->t[k].punct != ',')
					break;
				if (x->t[k].type == TT_PUNCT && x->t[k].punct == ',' && k > 0 && np_word(x, &x->t[k - 1]) &&
					!has(&x->t[k - 1], OP_W_DET | OP_W_POSS | OP_W_OF))
				{
					int			a = np_left(x, k - 1);

					if ((a == 0 || !is_word(&x->t[a - 1]) || !has(&x->t[a - 1], OP_W_PREP | OP_W_TO)) &&
						set_actor(x, cl, a, k - 1, "subject"))
						return true;
					break;
				}
			}
			return false;
		}
		{
			int			k = prev_verb(x, j);
			Clause		p;

			/* "we will create conditions, build consensus": a list of verbs with objects */
			if (!object_follows(x, i, false))
				return false;
			if (k >= 0 && analyze(x, k, depth + 1, &p) && p.np_a >= 0)
			{
				*cl = p;
				cl->rule = "coordination";
				return true;
			}
		}
		return false;
	}
	if (has(t, OP_W_CONJ))
	{
		int			k;
		Clause		p;

		if (depth >= MAX_DEPTH)
			return false;
		/* "Poland did not and does not accept": a bare auxiliary group before "and" shares
		 * this verb and its subject */
		k = j - 1;
		while (k >= 0 && is_word(&x->t[k]) && has(&x->t[k], OP_W_NEG | OP_W_DO | OP_W_HAVE | OP_W_MINT | OP_W_MOBL))
			k--;
		if (k < j - 1 && !has(&x->t[j - 1], OP_W_HAVE | OP_W_DO) && vg->aux_at < i)
			return subject_at(x, k, i, kinds, vg, depth + 1, cl);
		k = prev_verb(x, j);
		if (k < 0)
			return false;
		/* "positions that we understand and accept(,)": adjacent verbs, or verbs after a
		 * relative's subject, share the fronted object */
		if (!(k == j - 1 && (verb_kinds(x, k) & kinds)) && !object_follows(x, i, true) &&
			!(k >= 2 && has(&x->t[k - 1], OP_W_SUBJ) && has(&x->t[k - 2], OP_W_REL) && is_word(&x->t[k - 2])))
			return false;
		if (!(vg->mint || vg->mobl || vg->did || vg->does || vg->have || vg->be || vg->belike))
		{
			/* coordinated verbs share their form: "will build and defend", "renews ... and enhanced" */
			VGroup		pv;
			uint8_t		need;

			vg_left(x, k, &pv);
			if (pv.to || pv.mint || pv.mobl || pv.did || pv.does)
				need = OP_FORM_BASE;
			else if (pv.have && !pv.be)
				need = OP_FORM_ED;
			else if (pv.be)
				need = OP_FORM_ED | OP_FORM_ING;
			else
				need = verb_kinds(x, k);
			/* finite forms mix ("suffered ... and expresses its solidarity") before an object */
			if ((need & (OP_FORM_S | OP_FORM_ED)) && (kinds & (OP_FORM_S | OP_FORM_ED)) && i + 1 < x->n &&
				has(&x->t[i + 1], OP_W_DET | OP_W_POSS | OP_W_OBJ | OP_W_QUANT))
				need |= OP_FORM_S | OP_FORM_ED;
			if (!(kinds & need))
				return false;
		}
		if (!analyze(x, k, depth + 1, &p) || p.np_a < 0)
			return false;
		*cl = p;
		cl->rule = "coordination";
		if (!(tok_is(x->c, t, "or") || tok_is(x->c, t, "nor")))
			cl->negated = false;
		return true;
	}
	/* "that" is a relative pronoun after a noun ("countries that support us"), not after a verb */
	if (has(t, OP_W_REL) && (!has(t, OP_W_DET) ||
							 (j > 0 && np_word(x, &x->t[j - 1]) && !has(&x->t[j - 1], OP_W_DET | OP_W_POSS))))
	{
		/* relative clause: the noun it modifies */
		int			k = j - 1;

		if (k >= 0 && x->t[k].type == TT_PUNCT && x->t[k].punct == ',')
			k--;
		if (k < 0 || !np_word(x, &x->t[k]) || has(&x->t[k], OP_W_DET | OP_W_POSS | OP_W_OF))
			return false;
		return set_actor(x, cl, np_left(x, k), k, "relative clause");
	}
	if (has(t, OP_W_OBJ) && j > 0 && has(&x->t[j - 1], OP_W_LET | OP_W_LETV) && has(t, OP_W_SELF))
		return set_actor(x, cl, j, j, "let us");
	if (has(t, OP_W_SUBJ))
	{
		if (!agrees(x, j, kinds, vg))
			return false;
		/* "we need to ask how we can safeguard": an indirect question is not coded */
		if (j > 0 && has(&x->t[j - 1], OP_W_WH))
			return false;
		return set_actor(x, cl, j, j, "subject");
	}
	if (!np_word(x, t) || has(t, OP_W_DET | OP_W_POSS | OP_W_OF | OP_W_PREP) ||
		(has(t, OP_W_OBJ) && np_left(x, j) == j))
		return false;
	if (has(t, OP_W_GEN))
		return false;
	{
		int			a = np_left(x, j);
		int			h = np_head(x, a, j);

		/* a phrase after a preposition is its object, not a subject: "to African challenges";
		 * unless the preposition modifies a noun before it: "moderates in each faith stand up" */
		if (a > 0 && is_word(&x->t[a - 1]) && has(&x->t[a - 1], OP_W_PREP | OP_W_TO) &&
			!has(&x->t[a - 1], OP_W_SUB))
		{
			int			p = a - 1;
			int			pa;

			if (!(tok_is(x->c, &x->t[p], "in") || tok_is(x->c, &x->t[p], "from") ||
				  tok_is(x->c, &x->t[p], "across") || tok_is(x->c, &x->t[p], "around") ||
				  tok_is(x->c, &x->t[p], "throughout") || tok_is(x->c, &x->t[p], "within") ||
				  tok_is(x->c, &x->t[p], "like")) ||
				p == 0 || !np_word(x, &x->t[p - 1]) || has(&x->t[p - 1], OP_W_DET | OP_W_POSS | OP_W_OF | OP_W_PREP) ||
				looks_verbal(x, p - 1))
				return false;
			pa = np_left(x, p - 1);
			if (pa > 0 && is_word(&x->t[pa - 1]) && has(&x->t[pa - 1], OP_W_PREP | OP_W_TO) &&
				!has(&x->t[pa - 1], OP_W_SUB))
				return false;
			if (!agrees(x, p - 1, kinds, vg) || !plural_ok(x, pa, p - 1, p - 1, kinds, vg))
				return false;
			cl->np_a = -1;
			if (!set_actor(x, cl, pa, p - 1, "subject"))
				return false;
			cl->np_b = j;		/* the actor as written includes its modifier */
			return true;
		}
		if (!agrees(x, h, kinds, vg) || !plural_ok(x, a, j, h, kinds, vg))
			return false;
		/* "surpass MDG targets": a phrase right after a verb is its object (verbs of saying
		 * aside: "we believe Russia supports") */
		if (a > 0 && x->t[a - 1].type == TT_WORD &&
			!has(&x->t[a - 1], OP_W_SAY | OP_W_WISH | OP_W_APPEAL | OP_W_CONJ | OP_W_REPORT | OP_W_BE | OP_W_HAVE) &&
			!x->t[a - 1].cap && looks_verbal(x, a - 1))
			return false;
		/* a bare form right after an adjective is a noun: "financial support" */
		if (!(vg->mint || vg->mobl || vg->did || vg->does || vg->have || vg->be || vg->belike) &&
			is_adjective_like(x, t) && !has(t, OP_W_ACTOR) && !(kinds & OP_FORM_ED))
			return false;
		return set_actor(x, cl, a, j, "subject");
	}
}

/* The agent of a passive: "... by the Security Council". */
static bool
passive_agent(Ctx *x, int i, Clause *cl)
{
	int			k = i + 1;
	int			b;

	while (k < x->n && is_adverb(x, &x->t[k]))
		k++;
	/* "an agreement concluded and signed by the two communities": participles share the agent */
	if (k + 2 < x->n && tok_is(x->c, &x->t[k], "and") && is_word(&x->t[k + 1]) &&
		(verb_kinds(x, k + 1) & OP_FORM_ED) && has(&x->t[k + 2], OP_W_BY))
		k += 2;
	if (k >= x->n || !has(&x->t[k], OP_W_BY))
		return false;
	b = np_right(x, k + 1);
	if (b < 0)
		return false;
	return set_actor(x, cl, k + 1, b, "passive agent");
}

/* ---- infinitives and gerunds ---------------------------------------------------------- */

/* What governs the infinitive "to V" (to at index ti)?  Fills cl with the inherited clause. */
static bool
infinitive(Ctx *x, int ti, int depth, Clause *cl)
{
	int			g = ti - 1;
	Tok		   *G;
	Clause		p;

	/* "Permit me, at the outset, to extend": skip the insert */
	if (g > 0 && x->t[g].type == TT_PUNCT && x->t[g].punct == ',')
		for (int k = g - 1; k > 0 && k > g - 8; k--)
		{
			if (x->t[k].type != TT_PUNCT)
				continue;
			if (x->t[k].punct == ',')
				g = k - 1;
			break;
		}
	while (g >= 0 && is_adverb(x, &x->t[g]) && !has(&x->t[g], OP_W_FAIL))
		g--;
	if (g < 0 || depth >= MAX_DEPTH)
		return false;			/* "To build a better world, we ...": purpose, no actor */
	/* "permit me, at the outset, to extend": the governor before a parenthetical adverbial */
	if (x->t[g].type == TT_PUNCT && x->t[g].punct == ',')
	{
		for (int k = g - 1; k >= 1 && k >= g - 6; k--)
			if (x->t[k].type == TT_PUNCT)
			{
				if (x->t[k].punct == ',' && k < g - 1 && is_word(&x->t[k + 1]) &&
					has(&x->t[k + 1], OP_W_PREP | OP_W_ADV) && is_word(&x->t[k - 1]) &&
					(has(&x->t[k - 1], OP_W_WISH | OP_W_INTV | OP_W_NEEDV | OP_W_ASPECT) ||
					 (has(&x->t[k - 1], OP_W_OBJ) && has(&x->t[k - 1], OP_W_SELF))))
					g = k - 1;
				break;
			}
	}
	/* "I would like on this occasion to extend", "allow me at the outset to": the governor before the adverbial */
	for (int k = g - 1; k >= 1 && k >= g - 4; k--)
		if (is_word(&x->t[k]) && (tok_is(x->c, &x->t[k], "on") || tok_is(x->c, &x->t[k], "at") ||
								  tok_is(x->c, &x->t[k], "in")) &&
			skip_adverbial(x, k) == ti &&
			(has(&x->t[k - 1], OP_W_WISH | OP_W_INTV | OP_W_NEEDV | OP_W_ASPECT) ||
			 (has(&x->t[k - 1], OP_W_OBJ) && has(&x->t[k - 1], OP_W_SELF))))
		{
			g = k - 1;
			break;
		}
	G = &x->t[g];
	if (!is_word(G))
		return false;
	if (has(G, OP_W_PURPOSE))
		return false;			/* in order to, so as to */
	if (has(G, OP_W_CONJ) && !tok_is(x->c, G, "yet"))
	{
		/* "taken steps to defend X but also to uphold Y": the first infinitive's clause */
		for (int k = g - 1; k >= 0 && k > g - 40; k--)
		{
			if (x->t[k].type == TT_PUNCT && (x->t[k].punct == ';' || x->t[k].punct == ':'))
				return false;
			if (has(&x->t[k], OP_W_TO) && k + 1 < x->n && is_word(&x->t[k + 1]) &&
				(verb_kinds(x, k + 1) & OP_FORM_BASE) && !has(&x->t[k + 1], OP_W_DET | OP_W_POSS))
				return infinitive(x, k, depth + 1, cl);
		}
		return false;
	}
	if (tok_is(x->c, G, "as") && g > 0 && tok_is(x->c, &x->t[g - 1], "so"))
		return false;

	/* ready / prepared / determined / able to: the subject of the copula */
	if (has(G, OP_W_INTADJ | OP_W_ABLEADJ | OP_W_GOING) ||
		(has(G, OP_W_FAIL) && tok_is(x->c, G, "yet")))
	{
		VGroup		vg;
		int			j = vg_left(x, g, &vg);

		if (!(vg.be || vg.belike || vg.have) && !has(G, OP_W_GOING))
			return false;
		if (!subject_at(x, j, g, OP_FORM_ED, &vg, depth + 1, cl))
			return false;
		cl->negated = vg.neg || has(G, OP_W_NEG) || tok_is(x->c, G, "yet");
		if (has(G, OP_W_ABLEADJ))
			cl->modality = (vg.have || vg.be_past) ? OP_MOD_NONE : OP_MOD_OBLIG;
		else if (has(G, OP_W_FAIL))
			cl->modality = group_modality(&vg);
		else
			cl->modality = OP_MOD_INTENT;
		cl->tense = group_tense(&vg, 0, cl->modality);
		if (tok_is(x->c, G, "yet"))
			cl->tense = VICS_PAST;
		cl->ok = true;
		cl->rule = "infinitive";
		return true;
	}
	if (has(G, OP_W_GLADADJ))
	{
		VGroup		vg;
		int			j = vg_left(x, g, &vg);

		if (!(vg.be || vg.belike) || !subject_at(x, j, g, OP_FORM_ED, &vg, depth + 1, cl))
			return false;
		cl->negated = vg.neg;
		cl->modality = OP_MOD_NONE;
		cl->tense = group_tense(&vg, 0, OP_MOD_NONE);
		cl->ok = true;
		cl->rule = "infinitive";
		return true;
	}
	if (has(G, OP_W_PREDPART))
		return false;			/* committed to X: the commitment is coded, not X */

	/* "Fiji was the first country to ratify", "one of the first in Africa to wage" */
	for (int k = g; k >= 1 && k > g - 6; k--)
	{
		int			m = k - 1;
		VGroup		vg;
		int			j;

		if (!is_word(&x->t[k]) || has(&x->t[k], OP_W_BE | OP_W_TO | OP_W_REL | OP_W_SUB | OP_W_CONJ))
			break;
		if (!(tok_is(x->c, &x->t[k], "first") || tok_is(x->c, &x->t[k], "last") ||
			  tok_is(x->c, &x->t[k], "only")))
			continue;
		while (m >= 0 && m > k - 5 && is_word(&x->t[m]) && has(&x->t[m], OP_W_DET | OP_W_OF | OP_W_QUANT | OP_W_NUMWORD) &&
			   !has(&x->t[m], OP_W_BE))
			m--;
		if (m < 1 || !is_word(&x->t[m]) || !has(&x->t[m], OP_W_BE))
			break;
		j = vg_left(x, m + 1, &vg);
		if (!subject_at(x, j, m + 1, OP_FORM_ED, &vg, depth + 1, cl))
			return false;
		cl->negated = vg.neg;
		cl->modality = group_modality(&vg);
		cl->tense = group_tense(&vg, 0, cl->modality);
		cl->ok = true;
		cl->rule = "infinitive";
		return true;
	}

	/* take steps to X, make efforts to X: X with the light verb's clause */
	if ((has(G, OP_W_LIGHTN | OP_W_INTN) && !(has(G, OP_W_WISH | OP_W_INTV) && looks_verbal(x, g))) ||
		(np_word(x, G) && !looks_verbal(x, g)))
	{
		int			a = np_left(x, g);
		int			v = a - 1;

		while (v >= 0 && (is_adverb(x, &x->t[v]) || tok_is(x->c, &x->t[v], "forward")))
			v--;
		/* "avail myself of this opportunity to": the light verb before its reflexive and "of" */
		if (has(G, OP_W_LIGHTN) && v >= 2 && has(&x->t[v], OP_W_OF) && has(&x->t[v - 1], OP_W_SELF) &&
			tok_is(x->c, &x->t[v - 2], "avail"))
			v -= 2;
		if (has(G, OP_W_LIGHTN) && v >= 0 && has(&x->t[v], OP_W_LIGHTV))
		{
			if (!analyze(x, v, depth + 1, &p))
				return false;
			*cl = p;
			cl->rule = "light verb";
			return true;
		}
		/* allow me to, permit me to: the speaker's own act (polite formula) */
		if (has(G, OP_W_OBJ) && has(G, OP_W_SELF) && v == g - 1 && v >= 0 && has(&x->t[v], OP_W_LETV) &&
			(v == 0 || x->t[v - 1].type != TT_WORD || tok_is(x->c, &x->t[v - 1], "please")))
		{
			if (!x->o->polite)
				return false;
			memset(cl, 0, sizeof(*cl));
			cl->ok = true;
			cl->np_a = cl->np_b = cl->head = g;
			cl->tense = VICS_PRESENT;
			cl->self_polite = true;
			cl->rule = "polite formula";
			return true;
		}
		/* a noun of intention with its owner: "Russia's initiative to form", "their decision to" */
		if (has(G, OP_W_INTN) ||
			(a >= 2 && tok_is(x->c, &x->t[a - 1], "and") && has(&x->t[a - 2], OP_W_INTN)))
		{
			/* "Yemen's strong desire and long-term efforts to", "the Iranian decision to" */
			int			lo = a;

			if (lo >= 2 && tok_is(x->c, &x->t[lo - 1], "and"))
				lo = np_left(x, lo - 2);
			for (int k = g - 1; k >= lo && k >= a - 1 && k > 0; k--)
				if (x->t[k].cap && is_word(&x->t[k]) && !has(&x->t[k], OP_W_ABSTRACT) &&
					has(&x->t[k - 1], OP_W_DET) && !has(&x->t[k + 1], OP_W_GEN))
				{
					memset(cl, 0, sizeof(*cl));
					if (!set_actor(x, cl, k, k, "intention noun"))
						return false;
					cl->ok = true;
					cl->modality = OP_MOD_INTENT;
					cl->tense = VICS_FUTURE;
					return true;
				}
			a = lo;
			for (int k = g - 1; k >= a && k >= 0; k--)
			{
				if (has(&x->t[k], OP_W_GEN) && k - 1 >= 0)
				{
					int			b = k - 1;

					memset(cl, 0, sizeof(*cl));
					if (!set_actor(x, cl, np_left(x, b), b, "intention noun"))
						return false;
					cl->ok = true;
					cl->modality = OP_MOD_INTENT;
					cl->tense = VICS_FUTURE;
					return true;
				}
				if (has(&x->t[k], OP_W_POSS))
				{
					memset(cl, 0, sizeof(*cl));
					if (!set_actor(x, cl, k, k, "intention noun"))
						return false;
					cl->ok = true;
					cl->modality = OP_MOD_INTENT;
					cl->tense = VICS_FUTURE;
					return true;
				}
			}
			/* "Azerbaijan has put forward an initiative to establish": the owner is the subject */
			if (v >= 0 && has(&x->t[v], OP_W_LIGHTV | OP_W_VERB) &&
				!has(&x->t[v], OP_W_SAY | OP_W_WISH | OP_W_APPEAL) && !best_entry(x, v, NULL) &&
				analyze(x, v, depth + 1, &p) && p.np_a >= 0)
			{
				*cl = p;
				cl->modality = OP_MOD_INTENT;
				cl->tense = VICS_FUTURE;
				cl->rule = "intention noun";
				return true;
			}
			return false;
		}
		/* "the decision by the United States to open up": the agent of the intention */
		if (v >= 1 && has(&x->t[v], OP_W_BY) && has(&x->t[v - 1], OP_W_INTN))
		{
			memset(cl, 0, sizeof(*cl));
			if (!set_actor(x, cl, a, g, "intention noun"))
				return false;
			cl->ok = true;
			cl->modality = OP_MOD_INTENT;
			cl->tense = VICS_FUTURE;
			return true;
		}
		/* object + to: "urge all parties to resume", "help them to": the wish is coded, not X */
		if (v >= 0 && v == a - 1 && x->t[v].type == TT_WORD && !x->t[v].wc && !(x->t[v].wi && x->t[v].wi->nforms) &&
			!x->t[v].cap && verb_kinds(x, v) == OP_FORM_ED && !has(G, OP_W_DUMMY))
		{
			/* an unknown verb that made its object act ("what prompted Belgium to provide"):
			 * no wish or appeal, so the act is the object's, done */
			memset(cl, 0, sizeof(*cl));
			if (!set_actor(x, cl, a, g, "complement"))
				return false;
			cl->ok = true;
			cl->tense = VICS_PAST;
			return true;
		}
		if (!x->o->complements || v < 0 || !analyze(x, v, depth + 1, &p))
			return false;
		/* complements=code: the object is the actor of what it is asked to do */
		*cl = p;
		if (!set_actor(x, cl, a, g, "complement"))
			return false;
		cl->modality = OP_MOD_NONE;
		cl->tense = VICS_PRESENT;
		cl->negated = false;
		return true;
	}

	/* a verb directly before "to" */
	if (!analyze(x, g, depth + 1, &p) || p.np_a < 0)
		return false;
	*cl = p;
	cl->rule = "infinitive";
	if (has(G, OP_W_NEEDV) || (has(G, OP_W_HAVE) && !has(G, OP_W_OBJ)))
	{
		cl->modality = OP_MOD_OBLIG;
		cl->tense = VICS_PRESENT;
		return true;
	}
	if (has(G, OP_W_WISH) && !has(G, OP_W_INTV))
	{
		if (!p.self_polite)
		{
			cl->modality = OP_MOD_INTENT;
			cl->tense = VICS_FUTURE;
			return true;
		}
		if (!x->o->polite)
			return false;
		cl->modality = OP_MOD_NONE;
		cl->tense = VICS_PRESENT;
		cl->rule = "polite formula";
		return true;
	}
	if (has(G, OP_W_INTV))
	{
		cl->modality = OP_MOD_INTENT;
		cl->tense = VICS_FUTURE;
		return true;
	}
	if (has(G, OP_W_FAIL))
	{
		cl->negated = !cl->negated;
		return true;
	}
	if (has(G, OP_W_ASPECT))
	{
		cl->rule = "aspect";
		return true;
	}
	if (has(G, OP_W_COMMIT | OP_W_APPEAL | OP_W_LETV | OP_W_SAY) && !x->o->complements)
		return false;
	if (best_entry(x, g, NULL) && !x->o->complements)
		return false;			/* "help to facilitate", "agree to withdraw": the governor is coded */
	return true;
}

/* A gerund after a preposition: "in helping us", "by attacking": the governing clause's actor. */
static bool
gerund(Ctx *x, int pi, int depth, Clause *cl)
{
	int			k;
	Tok		   *P = &x->t[pi];

	if (depth >= MAX_DEPTH)
		return false;
	if (!(tok_is(x->c, P, "in") || tok_is(x->c, P, "by") || tok_is(x->c, P, "through") ||
		  tok_is(x->c, P, "while") || tok_is(x->c, P, "when") || has(P, OP_W_TO)))
		return false;
	/* look forward to X-ing: intention */
	if (has(P, OP_W_TO) && pi > 0 && has(&x->t[pi - 1], OP_W_LOOKFWD))
	{
		k = pi - 2;
		if (k < 0 || !analyze(x, k, depth + 1, cl) || cl->np_a < 0)
			return false;
		cl->modality = OP_MOD_INTENT;
		cl->tense = VICS_FUTURE;
		cl->rule = "gerund";
		return true;
	}
	/* "our commitment to assisting Iraq": an intention of the noun's owner (rule 10) */
	if (has(P, OP_W_TO) && pi >= 2 && tok_is(x->c, &x->t[pi - 1], "commitment"))
	{
		int			o = pi - 2;

		while (o >= 0 && o > pi - 5 && has(&x->t[o], OP_W_ADJ) && !has(&x->t[o], OP_W_POSS))
			o--;
		/* not when the commitment is itself the object of a coded verb ("we pledge our commitment to") */
		if (o >= 1 && best_entry(x, o - 1, NULL))
			return false;
		memset(cl, 0, sizeof(*cl));
		if (o >= 0 && has(&x->t[o], OP_W_POSS))
		{
			if (!set_actor(x, cl, o, o, "intention noun"))
				return false;
		}
		else if (o >= 1 && has(&x->t[o], OP_W_GEN))
		{
			if (!set_actor(x, cl, np_left(x, o - 1), o - 1, "intention noun"))
				return false;
		}
		else
			return false;
		cl->ok = true;
		cl->modality = OP_MOD_INTENT;
		cl->tense = VICS_FUTURE;
		return true;
	}
	if (has(P, OP_W_TO))
		return false;			/* committed to X-ing, contribute to X-ing: the governor is coded */
	k = prev_verb(x, pi);
	if (k < 0 || has(&x->t[k], OP_W_SAY))
		return false;
	/* "provide the foundation for collective action in fostering": the phrase belongs to a noun */
	for (int m = k + 1; m < pi && has(P, OP_W_PREP); m++)
		if (is_word(&x->t[m]) && has(&x->t[m], OP_W_PREP | OP_W_TO) && !has(&x->t[m], OP_W_OF | OP_W_BY))
			return false;
	if (!analyze(x, k, depth + 1, cl) || cl->np_a < 0)
		return false;
	cl->rule = "gerund";
	return true;
}

/* ---- the analysis of one verb ---------------------------------------------------------- */

/*
 * Analyses the verb at i: is it a finite or non-finite verb here, and whose?  Works for
 * any verb, coded or not, because coordination and infinitives inherit from verbs the
 * lexicon does not know ("we must improve X and practice Y").
 */
static bool
analyze(Ctx *x, int i, int depth, Clause *cl)
{
	VGroup		vg;
	int			j;
	uint8_t		kinds = verb_kinds(x, i);
	Tok		   *t = &x->t[i];

	memset(cl, 0, sizeof(*cl));
	cl->np_a = cl->np_b = cl->head = -1;
	if (depth > MAX_DEPTH)
		return false;
	if (t->cap && !first_in_sentence(x, i))
		return false;			/* a name: "United Nations", "Support Group" */
	j = vg_left(x, i, &vg);

	if (vg.to)
	{
		if (kinds & OP_FORM_BASE)
		{
			if (!infinitive(x, vg.to_at, depth, cl))
				return false;
			if (vg.neg)
				cl->negated = !cl->negated;
			cl->ok = true;
			return true;
		}
		if (kinds & OP_FORM_ING)
		{
			if (!gerund(x, vg.to_at, depth, cl))
				return false;
			cl->ok = true;
			return true;
		}
		return false;
	}

	if (vg.mint || vg.mobl || vg.did || vg.does)
	{
		if (!(vg.be || vg.have || vg.belike) && !(kinds & OP_FORM_BASE))
			return false;
	}
	if (vg.be && !vg.have && !(kinds & (OP_FORM_ING | OP_FORM_ED)) && !has(t, OP_W_PREDPART))
		return false;
	if (vg.have && !vg.be && !(kinds & OP_FORM_ED))
		return false;
	if (vg.belike && !has(t, OP_W_PREDPART) && !(kinds & OP_FORM_ED))
		return false;

	/* passive: "was attacked by X"; predicate participles are active: "is committed to" */
	if ((vg.be || vg.belike) && (kinds & OP_FORM_ED) && !(kinds & OP_FORM_ING) && !has(t, OP_W_PREDPART))
	{
		if (!passive_agent(x, i, cl))
			return false;
		cl->modality = group_modality(&vg);
		cl->tense = group_tense(&vg, kinds, cl->modality);
		cl->negated = vg.neg;
		cl->ok = true;
		return true;
	}

	/* no auxiliary: a finite verb, a participle or a gerund */
	if (vg.aux_at == i)
	{
		if (vg.neg && !(kinds & (OP_FORM_BASE | OP_FORM_S)) && i > 0 && tok_is(x->c, &x->t[i - 1], "not"))
			return false;		/* "a State not involved in": a participle ("never attacked" is past) */
		if (j >= 0 && is_word(&x->t[j]) && (has(&x->t[j], OP_W_PREP) || tok_is(x->c, &x->t[j], "while") ||
											 tok_is(x->c, &x->t[j], "when")) && !has(&x->t[j], OP_W_OF) &&
			(kinds & OP_FORM_ING))
		{
			if (!gerund(x, j, depth, cl))
				return false;
			cl->ok = true;
			return true;
		}
		if ((kinds & OP_FORM_ED) && i + 1 < x->n &&
			(has(&x->t[i + 1], OP_W_BY) ||
			 (i + 3 < x->n && tok_is(x->c, &x->t[i + 1], "and") && is_word(&x->t[i + 2]) &&
			  (verb_kinds(x, i + 2) & OP_FORM_ED) && has(&x->t[i + 3], OP_W_BY))))
		{
			/* reduced passive: "reforms supported by all Member States" */
			if (!passive_agent(x, i, cl))
				return false;
			cl->tense = VICS_PRESENT;
			cl->ok = true;
			return true;
		}
		if ((kinds & OP_FORM_ING) && j >= 1 && depth < MAX_DEPTH && object_follows(x, i, false))
		{
			Clause		p;
			int			k;

			/* "it set up road blocks, hindering the work": a participial adjunct acts with
			 * the subject of the clause before it */
			if (x->t[j].type == TT_PUNCT && x->t[j].punct == ',')
			{
				k = prev_verb(x, j);
				/* not in a list of gerunds: "in fostering X, enhancing Y" */
				if (k < 0 || has(&x->t[k], OP_W_SAY) || verb_kinds(x, k) == OP_FORM_ING)
					return false;
				for (int m = k + 1; m < j; m++)
					if (is_word(&x->t[m]) && (verb_kinds(x, m) & OP_FORM_ING) && has(&x->t[m - 1], OP_W_PREP))
						return false;
				if (!analyze(x, k, depth + 1, &p) || p.np_a < 0)
					return false;
				*cl = p;
				cl->negated = false;
				cl->rule = "participle";
				cl->ok = true;
				return true;
			}
			/* "the troops occupying the north": a reduced relative clause */
			if (is_word(&x->t[j]) && has(&x->t[j], OP_W_ACTOR | OP_W_DEMONYM) &&
				!has(&x->t[j], OP_W_DET | OP_W_POSS | OP_W_PREP | OP_W_OF | OP_W_ADJ | OP_W_QUANT | OP_W_NUMWORD) &&
				!is_adjective_like(x, &x->t[j]))
			{
				int			a = np_left(x, j);

				if (a > 0 && is_word(&x->t[a - 1]) && has(&x->t[a - 1], OP_W_PREP | OP_W_TO) && !has(&x->t[a - 1], OP_W_OF))
					return false;
				memset(cl, 0, sizeof(*cl));
				if (!set_actor(x, cl, a, j, "relative clause"))
					return false;
				cl->tense = VICS_PRESENT;
				cl->ok = true;
				return true;
			}
		}
		if (kinds == OP_FORM_ING)
			return false;
		/* participles used as adjectives before a noun: "the armed forces", "renewed efforts" */
		if (has(t, OP_W_ADJ) && i + 1 < x->n && is_word(&x->t[i + 1]) && x->t[i + 1].type == TT_WORD &&
			np_word(x, &x->t[i + 1]) && !has(&x->t[i + 1], OP_W_DET | OP_W_POSS | OP_W_OBJ | OP_W_OF | OP_W_QUANT) &&
			!x->t[i + 1].cap)
			return false;
		if (j >= 0 && is_word(&x->t[j]) && has(&x->t[j], OP_W_DET | OP_W_POSS | OP_W_PREP | OP_W_ADJ) &&
			!has(&x->t[j], OP_W_REL | OP_W_SUBJ))
			return false;		/* a noun: "our support", "the attacks", "for aid" */
		if (j >= 0 && is_word(&x->t[j]) && has(&x->t[j], OP_W_REL) && has(&x->t[j], OP_W_DET) &&
			!(kinds & (OP_FORM_S | OP_FORM_ED)))
		{
			/* "that support": a verb only before an object */
			if (!(i + 1 < x->n && has(&x->t[i + 1], OP_W_DET | OP_W_POSS | OP_W_OBJ)))
				return false;
		}
		if ((kinds & (OP_FORM_ED | OP_FORM_S | OP_FORM_BASE)) == 0)
			return false;
		/* "Serb convicts are sent": a bare form before an auxiliary is the subject noun */
		if (!(kinds & OP_FORM_ED) && i + 1 < x->n && is_word(&x->t[i + 1]) &&
			has(&x->t[i + 1], OP_W_BE | OP_W_HAVE | OP_W_MINT | OP_W_MOBL) && !has(&x->t[i + 1], OP_W_OBJ))
			return false;
		/* "support of", "attacks on": nouns */
		if (!(kinds & OP_FORM_ED) && i + 1 < x->n && has(&x->t[i + 1], OP_W_OF))
		{
			/* unless the verb governs "of": "Ruritania approves of the plan" */
			const OpLexPhrase *ph = best_entry(x, i, NULL);

			if (!(ph && ph->ntail > 0 && strcmp(ph->tail[0], "of") == 0))
				return false;
		}
		if (has(t, OP_W_NOUNVERB) && !(j >= 0 && has(&x->t[j], OP_W_SUBJ | OP_W_REL)))
			return false;
	}
	else if (j >= 0 && is_word(&x->t[j]) && has(&x->t[j], OP_W_TO) && (vg.be || vg.have))
	{
		/* "to be committed", "to have supported": infinitive of the auxiliary */
		if (!infinitive(x, j, depth, cl))
			return false;
		if (vg.neg)
			cl->negated = !cl->negated;
		cl->ok = true;
		return true;
	}

	if (!subject_at(x, j, i, kinds, &vg, depth, cl))
		return false;
	if (cl->rule && strcmp(cl->rule, "coordination") == 0)
	{
		/* the shared subject's auxiliaries carry over unless this verb has its own */
		if (vg.mint || vg.mobl || vg.have || vg.did || vg.does)
		{
			cl->modality = group_modality(&vg);
			cl->tense = group_tense(&vg, kinds, cl->modality);
		}
		else if ((kinds & OP_FORM_ED) && !(kinds & OP_FORM_BASE) && cl->modality == OP_MOD_NONE)
			cl->tense = VICS_PAST;
		else if (kinds == OP_FORM_S && vg.aux_at == i && cl->modality == OP_MOD_NONE)
			cl->tense = VICS_PRESENT;	/* "suffered ... and expresses" */
		cl->negated = cl->negated || vg.neg;
		cl->ok = true;
		return true;
	}
	cl->modality = group_modality(&vg);
	cl->tense = group_tense(&vg, kinds, cl->modality);
	cl->negated = vg.neg;
	cl->ok = true;

	/* "we announced that we would resettle": reported intention */
	if (vg.would && cl->np_a > 0)
	{
		int			k = cl->np_a - 1;

		if (k >= 0 && tok_is(x->c, &x->t[k], "that"))
			k--;
		if (k >= 0 && has(&x->t[k], OP_W_REPORT | OP_W_SAY) && (verb_kinds(x, k) & OP_FORM_ED))
		{
			cl->modality = OP_MOD_INTENT;
			cl->tense = VICS_FUTURE;
		}
	}
	return true;
}

/* ---- lexicon matching ------------------------------------------------------------------ */

/* Can token t stand between a verb and the noun of its phrase ("express OUR DEEPEST concern")? */
static bool
gap_word(const Ctx *x, const Tok *t, bool particle)
{
	if (!is_word(t))
		return false;
	if (particle)
		return has(t, OP_W_OBJ) || is_adverb(x, t);
	return has(t, OP_W_DET | OP_W_POSS | OP_W_ADJ | OP_W_NUMWORD) || is_adverb(x, t) ||
		(!has(t, OP_W_PREP | OP_W_CONJ | OP_W_SUB | OP_W_REL | OP_W_BE | OP_W_HAVE | OP_W_TO | OP_W_SUBJ) &&
		 !(t->wi && t->wi->nforms));
}

/* Matches phrase ph with its head at i; returns the index of its last token or -1. */
static int
match_phrase(Ctx *x, int i, const OpLexPhrase *ph)
{
	int			p = i + 1;

	for (int k = 0; k < ph->ntail; k++)
	{
		const char *w = ph->tail[k];
		size_t		wl = strlen(w);
		bool		particle;
		int			gap = 0;
		const OpWordInfo *wi = op_lexicon_lookup(x->c->req->lexicon, w, wl);

		particle = wi && (wi->wclass & (OP_W_PART | OP_W_PREP | OP_W_TO));
		for (;;)
		{
			Tok		   *t;

			if (p >= x->n)
				return -1;
			t = &x->t[p];
			if (is_word(t) && t->len == wl && memcmp(tok_text(x->c, t), w, wl) == 0)
				break;
			if (k > 0 && particle)
				return -1;		/* inside a phrase particles are adjacent */
			/* "we recognize that the States ...": after a verb of thinking "that" opens a clause */
			if (k == 0 && gap == 0 && has(&x->t[i], OP_W_SAY) && tok_is(x->c, t, "that"))
				return -1;
			/* coordinated modifiers count once: "make a special and hopeful call" */
			if (!particle && gap > 0 && tok_is(x->c, t, "and") && p + 1 < x->n &&
				is_adjective_like(x, &x->t[p + 1]) && is_adjective_like(x, &x->t[p - 1]))
			{
				p++;
				continue;
			}
			if (gap >= (particle ? 2 : 3) || !gap_word(x, t, particle))
				return -1;
			/* a possessor's "'s" is part of its determiner: "my delegation's warmest thanks" */
			if (!has(t, OP_W_GEN))
				gap++;
			p++;
		}
		p++;
	}
	return p - 1;
}

/* The target: an actor named as object right after the verb phrase. */
static void
find_target(Ctx *x, int after, int *ts, int *te)
{
	int			k = after + 1;
	int			b;

	*ts = *te = -1;
	while (k < x->n && is_adverb(x, &x->t[k]))
		k++;
	if (k < x->n && is_word(&x->t[k]) && (has(&x->t[k], OP_W_PREP) || has(&x->t[k], OP_W_TO)) &&
		!has(&x->t[k], OP_W_OF))
		k++;
	if (k >= x->n)
		return;
	b = np_right(x, k);
	if (b < 0)
		return;
	{
		int			h = np_head(x, k, b);
		const Tok  *t = &x->t[h];

		if (has(t, OP_W_OBJ | OP_W_ACTOR | OP_W_DEMONYM) || (t->cap && !has(t, OP_W_ABSTRACT | OP_W_COMMON)) ||
			terms_in(x, x->c->req->self, k, b))
		{
			*ts = x->t[k].start;
			*te = x->t[b].end;
		}
	}
}

/*
 * Skips adverbs and a short adverbial phrase from k on: "also", "on this occasion", "at the
 * outset", "once again".  Returns the first token after them.
 */
static int
skip_adverbial(Ctx *x, int k)
{
	while (k < x->n && is_adverb(x, &x->t[k]))
		k++;
	if (k + 2 < x->n && (tok_is(x->c, &x->t[k], "on") || tok_is(x->c, &x->t[k], "at") ||
						 tok_is(x->c, &x->t[k], "in")))
	{
		int			m = k + 1;

		while (m < x->n && m < k + 4 && is_word(&x->t[m]) && has(&x->t[m], OP_W_DET | OP_W_POSS | OP_W_ADJ))
			m++;
		if (m < x->n && m < k + 5 && is_word(&x->t[m]) && !x->t[m].wc && !(x->t[m].wi && x->t[m].wi->nforms) &&
			m + 1 < x->n && has(&x->t[m + 1], OP_W_TO))
			return m + 1;
	}
	return k;
}

/* Does the verb at i (with phrase ending at e) govern "to" + a verb, like a modal? */
static bool
governs_infinitive(Ctx *x, int e)
{
	int			k = skip_adverbial(x, e + 1);

	if (k + 1 >= x->n || !has(&x->t[k], OP_W_TO))
		return false;
	k++;
	while (k < x->n && is_adverb(x, &x->t[k]))
		k++;
	return k < x->n && is_word(&x->t[k]) && (verb_kinds(x, k) & OP_FORM_BASE) &&
		!has(&x->t[k], OP_W_DET | OP_W_POSS | OP_W_SUBJ | OP_W_OBJ | OP_W_ACTOR) && !x->t[k].cap &&
		x->t[k].type == TT_WORD;
}

/* The category of the complement "to X" / "to X-ing" after a commitment verb, or -1. */
static int
complement_category(Ctx *x, int e)
{
	int			k = e + 1;

	while (k < x->n && is_adverb(x, &x->t[k]))
		k++;
	if (k + 1 >= x->n || !has(&x->t[k], OP_W_TO))
		return -1;
	for (k = k + 1; k < x->n && k < e + 6; k++)
	{
		const Tok  *t = &x->t[k];

		if (!is_word(t))
			return -1;
		if (t->wi && t->wi->nforms)
		{
			const OpLexHead *hd = op_lexicon_head(x->c->req->lexicon, t->wi->forms[0].head);

			for (uint32_t p = 0; p < hd->nphrases; p++)
				if (match_phrase(x, k, &hd->phrases[p]) >= 0)
					return hd->phrases[p].category;
			return -1;
		}
	}
	return -1;
}

/* A wish verb is coded only when it asks an actor to act: "we hope that all parties ..." */
static bool
wish_has_actor(Ctx *x, int e)
{
	int			k = e + 1;
	int			b,
				m;
	bool		that = false;

	while (k < x->n && is_adverb(x, &x->t[k]))
		k++;
	if (k < x->n && tok_is(x->c, &x->t[k], "that"))
	{
		that = true;
		k++;
	}
	/* nothing wished for here: its object is the noun before ("the future we want") */
	if (k >= x->n || !is_word(&x->t[k]))
		return false;
	if (has(&x->t[k], OP_W_PREP | OP_W_TO))
		return true;			/* hope for peace */
	if (has(&x->t[k], OP_W_SELF) && has(&x->t[k], OP_W_SUBJ))
		return false;			/* "I hope that I shall see": no one else is asked to act */
	if (has(&x->t[k], OP_W_OBJ | OP_W_SUBJ) && !has(&x->t[k], OP_W_POSS))
	{
		/* "the form we hope it will take": a thing, not an actor, is to act */
		if (has(&x->t[k], OP_W_DUMMY) && k + 1 < x->n &&
			has(&x->t[k + 1], OP_W_MINT | OP_W_MOBL | OP_W_BE | OP_W_HAVE))
			return false;
		return true;
	}
	b = np_right(x, k);
	if (b < 0)
		return !that;
	/* a that-clause or an object with an infinitive: its subject must be an actor */
	m = b + 1;
	if (m + 1 < x->n && is_word(&x->t[m]) && has(&x->t[m], OP_W_PREP) && !has(&x->t[m], OP_W_TO))
	{
		/* "more States around the world can emulate" */
		int			pb = np_right(x, m + 1);

		if (pb >= 0)
			m = pb + 1;
	}
	if (that || (m < x->n && (has(&x->t[m], OP_W_MINT | OP_W_MOBL | OP_W_TO | OP_W_BE | OP_W_HAVE) ||
							  (x->t[m].wi && x->t[m].wi->nforms))))
		return is_actor(x, k, b, np_head(x, k, b));
	/*
	 * A plain object: wanting or needing a thing is no appeal to anyone ("we need a strong
	 * United Nations"); wishing someone something is ("we wish the President success").
	 */
	return x->t[x->cur_i].len >= 4 && memcmp(tok_text(x->c, &x->t[x->cur_i]), "wish", 4) == 0;
}

/* Is the clause of the verb at i a complement of a wish or appeal ("we hope that X will")? */
static bool
in_appeal_complement(Ctx *x, const Clause *cl)
{
	int			k;

	if (cl->np_a <= 0 || strcmp(cl->rule, "relative clause") == 0)
		return false;
	k = cl->np_a - 1;
	if (tok_is(x->c, &x->t[k], "that"))
	{
		/* "urging that they commit ... and that they adhere": the first "that" decides */
		if (k > 0 && has(&x->t[k - 1], OP_W_CONJ))
		{
			int			m;

			for (m = k - 2; m >= 0 && m > k - 40; m--)
			{
				if (tok_is(x->c, &x->t[m], "that"))
				{
					k = m;
					break;
				}
				/* "we invite X to provide ..., and that they expand": the appeal governs both */
				if (has(&x->t[m], OP_W_WISH | OP_W_APPEAL) && !x->t[m].cap && is_word(&x->t[m]))
					return true;
			}
		}
		k--;
	}
	while (k >= 0 && is_adverb(x, &x->t[k]))
		k--;
	return k >= 0 && is_word(&x->t[k]) && has(&x->t[k], OP_W_WISH | OP_W_APPEAL) &&
		!x->t[k].cap && (verb_kinds(x, k) & (OP_FORM_BASE | OP_FORM_S | OP_FORM_ED | OP_FORM_ING));
}

/*
 * An object relative clause: "a momentum that we need to enhance", "which we expressed in
 * the Declaration", "the future we want".  The verb's object is the noun before the
 * relative pronoun; what is done to a thing is no act between actors.
 */
static bool
fronted_object_abstract(Ctx *x, const Clause *cl, int i, int e)
{
	int			k = e + 1,
				r;

	if (cl->np_a < 1 || cl->np_a != cl->np_b || !has(&x->t[cl->np_a], OP_W_SUBJ))
		return false;
	while (k < x->n && is_adverb(x, &x->t[k]))
		k++;
	/* the verb has an object of its own: not an object relative */
	if (k < x->n && is_word(&x->t[k]) && !has(&x->t[k], OP_W_PREP | OP_W_CONJ | OP_W_SUB) &&
		!tok_is(x->c, &x->t[k], "so"))
		return false;
	r = cl->np_a - 1;
	if (is_word(&x->t[r]) && has(&x->t[r], OP_W_REL) && !tok_is(x->c, &x->t[r], "who"))
	{
		r--;
		if (r >= 0 && x->t[r].type == TT_PUNCT && x->t[r].punct == ',')
			r--;
	}
	else if (!(x->t[r].type == TT_WORD && np_word(x, &x->t[r]) && !(x->t[r].wc & ~(OP_W_COMMON | OP_W_ABSTRACT)) &&
			   !looks_verbal(x, r)))
		return false;			/* not after a noun: an ordinary clause */
	if (r < 0 || !np_word(x, &x->t[r]) || has(&x->t[r], OP_W_DET | OP_W_POSS | OP_W_PREP))
		return false;
	{
		int			a = np_left(x, r);

		return !is_actor(x, a, r, np_head(x, a, r));
	}
}

static VicsCategory
final_category(const OpCoderOptions *o, VicsCategory base, OpModality m, bool negated)
{
	VicsCategory c = base;

	if (o->modality && opcode_category_is_deed[c])
	{
		if (m == OP_MOD_INTENT)
			c = c == VICS_REW ? VICS_PRO : VICS_THR;
		else if (m == OP_MOD_OBLIG)
			c = c == VICS_REW ? VICS_APP : VICS_OPP;
	}
	if (o->negation && negated)
		c = (c == VICS_REW || c == VICS_PRO || c == VICS_APP) ? VICS_OPP : VICS_APP;
	return c;
}

/*
 * Phrases whose head is in the lexicon but which describe no act between actors: the
 * lexicon cannot say "not coded", so the rules do (data/lexicon/README.md).
 */
static const char *const neutral_phrases[][4] = {
	{"give", "rise", NULL}, {"give", "impression", NULL}, {"give", "priority", NULL},
	{"give", "attention", NULL}, {"give", "way", NULL}, {"give", "birth", NULL}, {"give", "up", NULL},
	{"take", "place", NULL}, {"take", "into", "account", NULL}, {"take", "note", NULL},
	{"take", "part", NULL}, {"provide", "opportunity", NULL}, {"provide", "opportunities", NULL},
	{"provide", "framework", NULL}, {"provide", "basis", NULL}, {"make", "sure", NULL},
	{"hold", "view", NULL}, {"bear", "mind", NULL}, {"bear", "in", "mind", NULL},
	{"pay", "attention", NULL}, {"draw", "attention", NULL}, {"come", "into", "force", NULL},
	{"enter", "into", "force", NULL}, {"play", "role", NULL},
};

static bool
neutral_phrase(Ctx *x, int i, const OpLexPhrase *best)
{
	const char *head = NULL;

	/* the head lemma: the first word of the entry */
	for (uint32_t r = 0; r < x->t[i].wi->nforms && head == NULL; r++)
	{
		const OpLexHead *hd = op_lexicon_head(x->c->req->lexicon, x->t[i].wi->forms[r].head);

		for (uint32_t p = 0; p < hd->nphrases; p++)
			if (&hd->phrases[p] == best)
				head = hd->lemma;
	}
	if (head == NULL)
		return false;
	for (size_t k = 0; k < sizeof(neutral_phrases) / sizeof(neutral_phrases[0]); k++)
	{
		OpLexPhrase ph;
		int			n = 0;

		if (strcmp(neutral_phrases[k][0], head) != 0)
			continue;
		while (n < 3 && neutral_phrases[k][n + 1])
			n++;
		ph.entry = NULL;
		ph.tail = &neutral_phrases[k][1];
		ph.ntail = (uint16_t) n;
		ph.category = 0;
		if (n > best->ntail && match_phrase(x, i, &ph) >= 0)
			return true;
	}
	/* "work" alone is cooperation only with partners or a purpose: "work together", "work for peace" */
	if (strcmp(head, "work") == 0 && best->ntail == 0)
	{
		int			k = i + 1;

		while (k < x->n && is_adverb(x, &x->t[k]) && !tok_is(x->c, &x->t[k], "together"))
			k++;
		if (k + 1 < x->n && tok_is(x->c, &x->t[k], "in") &&
			(tok_is(x->c, &x->t[k + 1], "concert") || tok_is(x->c, &x->t[k + 1], "partnership") ||
			 tok_is(x->c, &x->t[k + 1], "cooperation") || tok_is(x->c, &x->t[k + 1], "tandem") ||
			 tok_is(x->c, &x->t[k + 1], "close") || tok_is(x->c, &x->t[k + 1], "solidarity") ||
			 tok_is(x->c, &x->t[k + 1], "harmony") || tok_is(x->c, &x->t[k + 1], "unison")))
			;					/* "work in concert with" */
		else if (!(k < x->n && (tok_is(x->c, &x->t[k], "together") || tok_is(x->c, &x->t[k], "with") ||
						   tok_is(x->c, &x->t[k], "alongside") || tok_is(x->c, &x->t[k], "jointly") ||
						   tok_is(x->c, &x->t[k], "hand") || tok_is(x->c, &x->t[k], "for") ||
						   tok_is(x->c, &x->t[k], "towards") || tok_is(x->c, &x->t[k], "toward") ||
						   tok_is(x->c, &x->t[k], "closely") || has(&x->t[k], OP_W_TO))))
			return true;
	}
	/* "we cannot help but feel"; "we need to ask how": no act */
	if (strcmp(head, "help") == 0 && i + 1 < x->n && tok_is(x->c, &x->t[i + 1], "but"))
		return true;
	if (strcmp(head, "ask") == 0 && best->ntail == 0 && i + 1 < x->n && is_word(&x->t[i + 1]) &&
		has(&x->t[i + 1], OP_W_SUB | OP_W_WH) && !has(&x->t[i + 1], OP_W_PREP | OP_W_PURPOSE))
		return true;
	/* "like" is a preposition unless a modal or a pronoun makes it a verb ("we would like") */
	if (strcmp(head, "like") == 0)
	{
		VGroup		vg;
		int			j = vg_left(x, i, &vg);

		if (!(vg.mobl || vg.mint || vg.did || vg.does || (j >= 0 && has(&x->t[j], OP_W_SUBJ))))
			return true;
	}
	/* "undertake a reform", "any action it undertakes": carrying out; "undertake to" promises */
	if (strcmp(head, "undertake") == 0 && best->ntail == 0)
	{
		int			k = i + 1;

		while (k < x->n && is_adverb(x, &x->t[k]))
			k++;
		if (!(k < x->n && has(&x->t[k], OP_W_TO)))
			return true;
	}
	/* "we join others in condemning": the gerund is the act */
	if (strcmp(head, "join") == 0 && best->ntail == 0)
	{
		int			e = np_right(x, i + 1);

		if (e >= 0 && e + 2 < x->n && tok_is(x->c, &x->t[e + 1], "in") && (verb_kinds(x, e + 2) & OP_FORM_ING))
			return true;
	}
	return false;
}

/*
 * A conflict verb whose object is an ill, not an actor, is a metaphor: "attack the economic
 * problems", "fight this pandemic", "combat poverty" (VICS codes acts between actors).
 */
static bool
metaphorical_object(Ctx *x, int e)
{
	int			k = e + 1;

	while (k < x->n && is_adverb(x, &x->t[k]))
		k++;
	if (k < x->n && is_word(&x->t[k]) && has(&x->t[k], OP_W_PREP | OP_W_PART) && !has(&x->t[k], OP_W_OF | OP_W_TO))
		k++;
	for (int m = k; m < x->n && m < k + 6; m++)
	{
		const Tok  *t = &x->t[m];

		if (!is_word(t) || has(t, OP_W_PREP | OP_W_TO | OP_W_REL | OP_W_SUB | OP_W_BE | OP_W_MOBL | OP_W_MINT))
			return false;
		if (has(t, OP_W_ILL))
			return true;
	}
	return false;
}

/* The longest lexicon entry with its head at i (over every head the form inflects), or NULL. */
static const OpLexPhrase *
best_entry(Ctx *x, int i, int *end)
{
	const Tok  *t = &x->t[i];
	const OpLexPhrase *best = NULL;
	int			best_end = -1;

	if (t->type != TT_WORD || t->wi == NULL)
		return NULL;
	for (uint32_t r = 0; r < t->wi->nforms; r++)
	{
		const OpLexHead *hd = op_lexicon_head(x->c->req->lexicon, t->wi->forms[r].head);

		for (uint32_t p = 0; p < hd->nphrases; p++)
		{
			const OpLexPhrase *ph = &hd->phrases[p];
			int			e;

			if (best && ph->ntail <= best->ntail)
				break;
			e = ph->ntail ? match_phrase(x, i, ph) : i;
			if (e >= 0)
			{
				best = ph;
				best_end = e;
				break;
			}
		}
	}
	if (end)
		*end = best_end;
	return best;
}

/* ---- the sentence ----------------------------------------------------------------------- */

static void
mark_skips(Ctx *x)
{
	bool		dq = false,
				sq = false;

	for (int i = 0; i < x->n; i++)
	{
		Tok		   *t = &x->t[i];

		if (t->type == TT_PUNCT)
		{
			switch (t->punct)
			{
				case 'o':
					dq = true;
					break;
				case 'c':
					dq = false;
					break;
				case '"':
					dq = !dq;
					break;
				case 'O':
					sq = true;
					break;
				case 'C':
					sq = false;
					break;
			}
			t->skip = !x->o->quotes && (dq || sq);
			continue;
		}
		t->skip = !x->o->quotes && (dq || sq);
	}
	if (x->o->hypotheticals)
		return;
	for (int i = 0; i < x->n; i++)
	{
		bool		cond = has(&x->t[i], OP_W_IF) && is_word(&x->t[i]);

		/* "provided that", "providing that", "in case": conditions too */
		if (!cond && i + 1 < x->n && tok_is(x->c, &x->t[i + 1], "that") &&
			(tok_is(x->c, &x->t[i], "provided") || tok_is(x->c, &x->t[i], "providing")))
			cond = true;
		if (!cond)
			continue;
		if (i > 0 && (tok_is(x->c, &x->t[i - 1], "as") || tok_is(x->c, &x->t[i - 1], "even")))
			continue;			/* "as if", "even if": not a condition on this clause */
		for (int k = i; k < x->n; k++)
		{
			if (x->t[k].type == TT_PUNCT && (x->t[k].punct == ',' || x->t[k].punct == ';' ||
											 x->t[k].punct == '-'))
				break;
			x->t[k].skip = true;
		}
	}
}

static bool
is_question(const Ctx *x)
{
	for (int i = x->n - 1; i >= 0; i--)
	{
		const Tok  *t = &x->t[i];

		if (t->type != TT_PUNCT)
			return false;
		if (t->punct == '?')
			return true;
		if (t->punct == '.' || t->punct == '!')
			return false;
	}
	return false;
}

void
op_clause_sentence(OpCoder *c)
{
	Ctx			x;
	const OpCodeRequest *req = c->req;

	if (req == NULL || c->tally == NULL)
		return;
	x.c = c;
	x.t = c->tok;
	x.n = c->ntok;
	x.o = req->options;
	x.first_word = 0;
	x.cur_i = x.cur_end = -1;
	if (!x.o->questions && is_question(&x))
		return;
	mark_skips(&x);

	for (int i = 0; i < x.n; i++)
	{
		Tok		   *t = &x.t[i];
		const OpLexPhrase *best = NULL;
		int			best_end = -1;
		Clause		cl;
		OpUtterance u;
		VicsCategory base;

		if (t->type != TT_WORD || t->skip || t->wi == NULL || t->wi->nforms == 0)
			continue;
		best = best_entry(&x, i, &best_end);
		if (best == NULL || neutral_phrase(&x, i, best))
			continue;
		x.cur_i = i;
		x.cur_end = best_end;
		/* need to, want to, hope to, continue to: modal-like, the governed verb is coded */
		if (best->ntail == 0 && has(t, OP_W_NEEDV | OP_W_WISH | OP_W_INTV | OP_W_ASPECT) &&
			governs_infinitive(&x, best_end))
			continue;
		if ((best->category == VICS_OPP || best->category == VICS_THR || best->category == VICS_PUN) &&
			metaphorical_object(&x, best_end))
			continue;
		if (!analyze(&x, i, 0, &cl) || !cl.ok || cl.np_a < 0)
			continue;
		if (!x.o->complements && in_appeal_complement(&x, &cl))
			continue;
		if (fronted_object_abstract(&x, &cl, i, best_end))
			continue;
		if (best->ntail == 0 && has(t, OP_W_WISH) && !wish_has_actor(&x, best_end))
			continue;

		base = (VicsCategory) best->category;
		if (has(t, OP_W_COMMIT) && base == VICS_PRO)
		{
			int			cc = complement_category(&x, best_end);

			if (cc == VICS_OPP || cc == VICS_THR || cc == VICS_PUN)
				base = VICS_THR;
		}
		/* "made no concession": negation on the object (rule 10) */
		{
			int			k = i + 1;

			while (k <= best_end && k < x.n && !has(&x.t[k], OP_W_NO))
				k++;
			if (k < x.n && k <= best_end + 1 && has(&x.t[k], OP_W_NO) && is_word(&x.t[k]) &&
				!tok_is(x.c, &x.t[k], "none"))
				cl.negated = !cl.negated;
		}

		memset(&u, 0, sizeof(u));
		u.sentence = c->sentence;
		u.verb_start = t->start;
		u.verb_end = t->end;
		u.actor_start = x.t[cl.np_a].start;
		u.actor_end = x.t[cl.np_b].end;
		find_target(&x, best_end, &u.target_start, &u.target_end);
		u.lemma = best->entry;
		u.who = who_of(&x, cl.np_a, cl.np_b, cl.head);
		u.base_category = (VicsCategory) best->category;	/* as in the lexicon */
		u.modality = cl.modality;
		u.negated = cl.negated;
		u.category = final_category(x.o, base, cl.modality, cl.negated);
		u.tense = cl.tense;
		u.rule = cl.rule ? cl.rule : "subject";
		if (u.who == VICS_OTHER && req->other && !terms_in(&x, req->other, cl.np_a, cl.np_b))
			continue;
		op_coder_emit(c, &u);
		if (c->stopped)
			return;
		i = best_end > i ? best_end : i;
	}
}
