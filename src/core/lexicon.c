/*
 * lexicon.c: compiles lexicon rows into the per-backend word hash (see lexicon.h).
 *
 * Everything lives in one arena so that freeing is one walk over its blocks, and the hash
 * is open addressing over a power-of-two table of at most half load: a lookup is one hash
 * of the word plus, on average, about one key comparison.
 */
#include "lexicon.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>

/* ---- arena ---------------------------------------------------------------------------- */

typedef struct ArenaBlock
{
	struct ArenaBlock *next;
	size_t		used,
				size;
	/* data follows, max-aligned */
} ArenaBlock;

typedef struct Arena
{
	const OpAllocator *alloc;
	ArenaBlock *head;
} Arena;

#define ARENA_ALIGN 16
#define ARENA_BLOCK (256 * 1024)

static void *
arena_alloc(Arena *a, size_t n)
{
	ArenaBlock *b = a->head;

	n = (n + ARENA_ALIGN - 1) & ~(size_t) (ARENA_ALIGN - 1);
	if (b == NULL || b->size - b->used < n)
	{
		size_t		size = n > ARENA_BLOCK ? n : ARENA_BLOCK;
		size_t		hdr = (sizeof(ArenaBlock) + ARENA_ALIGN - 1) & ~(size_t) (ARENA_ALIGN - 1);

		b = a->alloc->alloc(a->alloc->ctx, hdr + size);
		b->next = a->head;
		b->used = hdr;
		b->size = hdr + size;
		a->head = b;
	}
	{
		void	   *p = (char *) b + b->used;

		b->used += n;
		return p;
	}
}

static char *
arena_strndup(Arena *a, const char *s, size_t n)
{
	char	   *p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static void
arena_free(Arena *a)
{
	ArenaBlock *b = a->head;

	while (b)
	{
		ArenaBlock *next = b->next;

		a->alloc->release(a->alloc->ctx, b);
		b = next;
	}
	a->head = NULL;
}

/* ---- hashing ---------------------------------------------------------------------------- */

static inline uint32_t
hash_bytes(const char *s, size_t n)
{
	/* FNV-1a: short keys, good enough spread with the power-of-two mask after mixing */
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	h ^= h >> 15;
	h *= 0x2c1b3c6dU;
	h ^= h >> 12;
	return h;
}

typedef struct Slot
{
	const char *key;			/* NULL = empty */
	uint32_t	keylen;
	uint32_t	hash;
	OpWordInfo	info;
} Slot;

struct OpLexicon
{
	Arena		arena;
	Slot	   *slots;
	uint32_t	mask;
	uint32_t	nkeys;
	OpLexHead  *heads;
	uint32_t	nheads;
	size_t		nentries;
	uint32_t	content_hash;
};

static Slot *
slot_find(const OpLexicon *lex, const char *w, size_t n, uint32_t h)
{
	uint32_t	i = h & lex->mask;

	for (;;)
	{
		Slot	   *s = &lex->slots[i];

		if (s->key == NULL)
			return s;
		if (s->hash == h && s->keylen == n && memcmp(s->key, w, n) == 0)
			return s;
		i = (i + 1) & lex->mask;
	}
}

static Slot *
slot_insert(OpLexicon *lex, const char *w, size_t n)
{
	uint32_t	h = hash_bytes(w, n);
	Slot	   *s = slot_find(lex, w, n, h);

	if (s->key == NULL)
	{
		s->key = arena_strndup(&lex->arena, w, n);
		s->keylen = (uint32_t) n;
		s->hash = h;
		lex->nkeys++;
	}
	return s;
}

const OpWordInfo *
op_lexicon_lookup(const OpLexicon *lex, const char *word, size_t len)
{
	Slot	   *s;

	if (len == 0 || len > 255)
		return NULL;
	s = slot_find(lex, word, len, hash_bytes(word, len));
	return s->key ? &s->info : NULL;
}

const OpLexHead *
op_lexicon_head(const OpLexicon *lex, uint32_t head)
{
	return head < lex->nheads ? &lex->heads[head] : NULL;
}

uint32_t
op_lexicon_hash(const OpLexicon *lex)
{
	return lex->content_hash;
}

size_t
op_lexicon_entries(const OpLexicon *lex)
{
	return lex->nentries;
}

/* ---- inflection ----------------------------------------------------------------------- */

static bool
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static void
add_form(OpInflection *out, int *n, const char *stem, size_t stemlen, const char *suffix, uint8_t kind)
{
	size_t		sl = strlen(suffix);

	if (*n >= OP_MAX_INFLECTIONS || stemlen + sl >= sizeof(out[0].form))
		return;
	memcpy(out[*n].form, stem, stemlen);
	memcpy(out[*n].form + stemlen, suffix, sl + 1);
	out[*n].kind = kind;
	(*n)++;
}

/*
 * Regular English inflection.  Where spelling is ambiguous (consonant doubling: "commit" ->
 * "committed" but "visit" -> "visited") both variants are generated: the wrong one never
 * occurs in text, so over-generation is harmless and needs no stress information.
 */
int
op_inflect(const char *lemma, OpInflection *out)
{
	size_t		n = strlen(lemma);
	int			k = 0;
	char		last,
				prev;
	bool		ascii = true;
	bool		dbl;

	if (n == 0 || n >= sizeof(out[0].form) - 5)
		return 0;
	add_form(out, &k, lemma, n, "", OP_FORM_BASE);
	for (size_t i = 0; i < n; i++)
		if (!(lemma[i] >= 'a' && lemma[i] <= 'z') && lemma[i] != '-')
			ascii = false;
	if (!ascii || n < 2)
		return k;
	{
		/* verbs whose past forms are the lemma itself (data/lexicon/README.md) */
		static const char *const invariant[] = {"cut", "hit", "put", "set", "let", "shut", "shed", "spread",
			"bid", "cast", "cost", "hurt", "quit", "split", "upset", "burst", "broadcast", "forecast",
		"thrust", "bet", "rid", "offset", "beset", "outcast", "recast", "reset", NULL};

		for (int v = 0; invariant[v]; v++)
			if (strcmp(lemma, invariant[v]) == 0)
				add_form(out, &k, lemma, n, "", OP_FORM_ED);
	}
	last = lemma[n - 1];
	prev = lemma[n - 2];

	/* -s */
	if (last == 's' || last == 'x' || last == 'z' || last == 'o' ||
		(last == 'h' && (prev == 'c' || prev == 's')))
		add_form(out, &k, lemma, n, "es", OP_FORM_S);
	if (last == 'y' && !is_vowel(prev))
		add_form(out, &k, lemma, n - 1, "ies", OP_FORM_S);
	else if (!(last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's'))))
		add_form(out, &k, lemma, n, "s", OP_FORM_S);

	/* consonant-vowel-consonant ending: the doubled variant is generated too */
	dbl = !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' && is_vowel(prev) &&
		(n < 3 || !is_vowel(lemma[n - 3]));

	/* -ed */
	if (last == 'e')
		add_form(out, &k, lemma, n, "d", OP_FORM_ED);
	else if (last == 'y' && !is_vowel(prev))
		add_form(out, &k, lemma, n - 1, "ied", OP_FORM_ED);
	else
		add_form(out, &k, lemma, n, "ed", OP_FORM_ED);
	if (dbl)
	{
		char		d[3] = {last, 'e', 'd'};
		char		suf[4];

		memcpy(suf, d, 3);
		suf[3] = '\0';
		add_form(out, &k, lemma, n, suf, OP_FORM_ED);
	}
	if (last == 'c')
		add_form(out, &k, lemma, n, "ked", OP_FORM_ED);

	/* -ing */
	if (last == 'e' && prev == 'i')
		add_form(out, &k, lemma, n - 2, "ying", OP_FORM_ING);
	else if (last == 'e' && prev != 'e' && prev != 'y' && prev != 'o')
		add_form(out, &k, lemma, n - 1, "ing", OP_FORM_ING);
	else
		add_form(out, &k, lemma, n, "ing", OP_FORM_ING);
	if (dbl)
	{
		char		suf[5] = {last, 'i', 'n', 'g', '\0'};

		add_form(out, &k, lemma, n, suf, OP_FORM_ING);
	}
	if (last == 'c')
		add_form(out, &k, lemma, n, "king", OP_FORM_ING);
	return k;
}

/* ---- build ------------------------------------------------------------------------------ */

typedef struct Row
{
	char	   *entry;			/* normalised: lowercase ASCII, single spaces */
	int			category;
} Row;

typedef struct Ref
{
	Slot	   *slot;
	uint32_t	head;
	uint8_t		kinds;
} Ref;

typedef struct RefVec
{
	Ref		   *v;
	size_t		n,
				cap;
	const OpAllocator *alloc;
} RefVec;

static void
refvec_push(RefVec *rv, Slot *slot, uint32_t head, uint8_t kinds)
{
	if (rv->n == rv->cap)
	{
		size_t		ncap = rv->cap ? rv->cap * 2 : 4096;
		Ref		   *nv = rv->alloc->alloc(rv->alloc->ctx, ncap * sizeof(Ref));

		if (rv->n)
			memcpy(nv, rv->v, rv->n * sizeof(Ref));
		if (rv->v)
			rv->alloc->release(rv->alloc->ctx, rv->v);
		rv->v = nv;
		rv->cap = ncap;
	}
	rv->v[rv->n].slot = slot;
	rv->v[rv->n].head = head;
	rv->v[rv->n].kinds = kinds;
	rv->n++;
}

static int
row_cmp(const void *a, const void *b)
{
	const Row  *x = a,
			   *y = b;
	int			c = strcmp(x->entry, y->entry);

	return c ? c : x->category - y->category;
}

static int
irr_cmp(const void *a, const void *b)
{
	const OpIrregularRow *x = a,
			   *y = b;
	int			c = strcmp(x->form, y->form);

	return c ? c : strcmp(x->lemma, y->lemma);
}

static int
ref_cmp(const void *a, const void *b)
{
	const Ref  *x = a,
			   *y = b;

	if (x->slot != y->slot)
		return x->slot < y->slot ? -1 : 1;
	return x->head < y->head ? -1 : x->head > y->head;
}

/* Lowercases ASCII and collapses runs of blanks; returns NULL for an empty entry. */
static char *
normalise_entry(Arena *a, const char *s)
{
	size_t		n = strlen(s);
	char	   *out = arena_alloc(a, n + 1);
	size_t		k = 0;
	bool		space = false;

	for (size_t i = 0; i < n; i++)
	{
		char		c = s[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
		{
			space = k > 0;
			continue;
		}
		if (space)
			out[k++] = ' ';
		space = false;
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		out[k++] = c;
	}
	out[k] = '\0';
	return k ? out : NULL;
}

typedef struct BuiltinCtx
{
	OpLexicon  *lex;
} BuiltinCtx;

static void
builtin_cb(void *arg, const char *word, uint64_t wclass, uint8_t vkinds)
{
	BuiltinCtx *bc = arg;
	Slot	   *s = slot_insert(bc->lex, word, strlen(word));

	s->info.wclass |= wclass;
	s->info.vkinds |= vkinds;
}

static uint32_t
fnv_update(uint32_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return h;
}

OpLexicon *
op_lexicon_build(const OpLexRow *rows, size_t nrows, const OpIrregularRow *irr, size_t nirr,
				 const OpAllocator *alloc, OpError *err)
{
	OpLexicon  *lex;
	Arena		arena = {alloc, NULL};
	Row		   *r;
	size_t		nr = 0;
	OpIrregularRow *ir;
	size_t		cap;
	RefVec		refs = {NULL, 0, 0, alloc};
	uint32_t	h;

	lex = arena_alloc(&arena, sizeof(OpLexicon));
	memset(lex, 0, sizeof(*lex));

	/* rows: normalise, validate, sort, dedupe */
	r = arena_alloc(&arena, (nrows ? nrows : 1) * sizeof(Row));
	for (size_t i = 0; i < nrows; i++)
	{
		const char *cat = rows[i].category;
		int			c = cat ? opcode_category_from_code(cat, strlen(cat)) : -1;
		char	   *e = rows[i].entry ? normalise_entry(&arena, rows[i].entry) : NULL;

		if (c < 0)
		{
			op_fail(err, OP_ERR_DATA, "unknown VICS category \"%s\" in lexicon entry \"%s\"",
					cat ? cat : "(null)", rows[i].entry ? rows[i].entry : "(null)");
			op_hint(err, "Categories are REW, PRO, APP, OPP, THR and PUN.");
			arena_free(&arena);
			return NULL;
		}
		if (e == NULL || strlen(e) > 200)
		{
			op_fail(err, OP_ERR_DATA, "invalid lexicon entry \"%s\"", rows[i].entry ? rows[i].entry : "(null)");
			op_detail(err, "An entry is one to 200 bytes of words separated by single spaces.");
			arena_free(&arena);
			return NULL;
		}
		r[nr].entry = e;
		r[nr].category = c;
		nr++;
	}
	qsort(r, nr, sizeof(Row), row_cmp);
	{
		size_t		k = 0;

		for (size_t i = 0; i < nr; i++)
			if (k == 0 || strcmp(r[k - 1].entry, r[i].entry) != 0)
				r[k++] = r[i];
		nr = k;
	}
	lex->nentries = nr;

	/* irregular forms: copy, normalise, sort (for the content hash) */
	ir = arena_alloc(&arena, (nirr ? nirr : 1) * sizeof(OpIrregularRow));
	{
		size_t		k = 0;

		for (size_t i = 0; i < nirr; i++)
		{
			char	   *f = irr[i].form ? normalise_entry(&arena, irr[i].form) : NULL;
			char	   *l = irr[i].lemma ? normalise_entry(&arena, irr[i].lemma) : NULL;

			if (f && l && strlen(f) < 64 && strlen(l) < 64)
			{
				ir[k].form = f;
				ir[k].lemma = l;
				k++;
			}
		}
		nirr = k;
	}
	qsort(ir, nirr, sizeof(OpIrregularRow), irr_cmp);

	/* content hash over the sorted rows */
	h = 2166136261u;
	for (size_t i = 0; i < nr; i++)
	{
		h = fnv_update(h, r[i].entry, strlen(r[i].entry));
		h = fnv_update(h, "\t", 1);
		h = fnv_update(h, opcode_category_code[r[i].category], 3);
		h = fnv_update(h, "\n", 1);
	}
	h = fnv_update(h, "\x01", 1);
	for (size_t i = 0; i < nirr; i++)
	{
		h = fnv_update(h, ir[i].form, strlen(ir[i].form));
		h = fnv_update(h, "\t", 1);
		h = fnv_update(h, ir[i].lemma, strlen(ir[i].lemma));
		h = fnv_update(h, "\n", 1);
	}
	lex->content_hash = h ? h : 1;

	/* heads: rows sorted by entry put each head's entries next to each other */
	lex->heads = arena_alloc(&arena, (nr ? nr : 1) * sizeof(OpLexHead));
	{
		size_t		i = 0;

		while (i < nr)
		{
			const char *sp = strchr(r[i].entry, ' ');
			size_t		hl = sp ? (size_t) (sp - r[i].entry) : strlen(r[i].entry);
			size_t		j = i;
			OpLexHead  *hd = &lex->heads[lex->nheads];
			OpLexPhrase *ph;
			size_t		np;

			/* rows with this head: entry == head, or entry starts with head + ' ' */
			while (j < nr && strncmp(r[j].entry, r[i].entry, hl) == 0 &&
				   (r[j].entry[hl] == '\0' || r[j].entry[hl] == ' '))
				j++;
			/* entries like "call" and "call-up" interleave in sort order: stop at the first non-match */
			np = j - i;
			ph = arena_alloc(&arena, np * sizeof(OpLexPhrase));
			hd->lemma = arena_strndup(&arena, r[i].entry, hl);
			hd->single = false;
			for (size_t k = 0; k < np; k++)
			{
				const Row  *row = &r[i + k];
				const char *rest = row->entry + hl;
				uint16_t	nt = 0;
				const char **tail;

				for (const char *p = rest; *p; p++)
					if (*p == ' ')
						nt++;
				tail = arena_alloc(&arena, (nt ? nt : 1) * sizeof(char *));
				nt = 0;
				while (*rest == ' ')
				{
					const char *w = rest + 1;
					const char *e = strchr(w, ' ');
					size_t		wl = e ? (size_t) (e - w) : strlen(w);

					tail[nt++] = arena_strndup(&arena, w, wl);
					rest = w + wl;
				}
				ph[k].entry = row->entry;
				ph[k].tail = tail;
				ph[k].ntail = nt;
				ph[k].category = (uint8_t) row->category;
				if (nt == 0)
					hd->single = true;
			}
			/* longest first: a phrase overrides its head */
			for (size_t a = 1; a < np; a++)
			{
				OpLexPhrase t = ph[a];
				size_t		b = a;

				while (b > 0 && ph[b - 1].ntail < t.ntail)
				{
					ph[b] = ph[b - 1];
					b--;
				}
				ph[b] = t;
			}
			hd->phrases = ph;
			hd->nphrases = (uint32_t) np;
			lex->nheads++;
			i = j;
		}
	}

	/* the word hash: built-in words, inflections of every head, irregular forms */
	/* at most half full: a head brings at most OP_MAX_INFLECTIONS forms, built-ins < 4000 */
	cap = 1024;
	while (cap < 2 * (lex->nheads * OP_MAX_INFLECTIONS + nirr + 4000))
		cap <<= 1;
	lex->slots = arena_alloc(&arena, cap * sizeof(Slot));
	memset(lex->slots, 0, cap * sizeof(Slot));
	lex->mask = (uint32_t) cap - 1;
	lex->arena = arena;			/* slot_insert allocates keys in the lexicon's arena */
	{
		BuiltinCtx	bc = {lex};

		op_words_each(builtin_cb, &bc);
	}
	for (uint32_t hd = 0; hd < lex->nheads; hd++)
	{
		OpInflection inf[OP_MAX_INFLECTIONS];
		int			n = op_inflect(lex->heads[hd].lemma, inf);

		for (int k = 0; k < n; k++)
			refvec_push(&refs, slot_insert(lex, inf[k].form, strlen(inf[k].form)), hd, inf[k].kind);
	}
	for (size_t i = 0; i < nirr; i++)
	{
		/* heads are sorted by lemma: binary search */
		size_t		lo = 0,
					hi = lex->nheads;

		while (lo < hi)
		{
			size_t		mid = (lo + hi) / 2;
			int			c = strcmp(lex->heads[mid].lemma, ir[i].lemma);

			if (c == 0)
			{
				lo = mid;
				break;
			}
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < lex->nheads && strcmp(lex->heads[lo].lemma, ir[i].lemma) == 0)
			refvec_push(&refs, slot_insert(lex, ir[i].form, strlen(ir[i].form)), (uint32_t) lo, OP_FORM_ED);
	}

	/* merge refs per (word, head) and hang them on the slots */
	if (refs.n)
	{
		OpFormRef  *all;
		size_t		k = 0;

		qsort(refs.v, refs.n, sizeof(Ref), ref_cmp);
		all = arena_alloc(&lex->arena, refs.n * sizeof(OpFormRef));
		for (size_t i = 0; i < refs.n; i++)
		{
			Slot	   *s = refs.v[i].slot;

			if (k > 0 && i > 0 && refs.v[i - 1].slot == s && refs.v[i - 1].head == refs.v[i].head)
			{
				all[k - 1].kinds |= refs.v[i].kinds;
				continue;
			}
			if (s->info.nforms == 0)
				s->info.forms = &all[k];
			all[k].head = refs.v[i].head;
			all[k].kinds = refs.v[i].kinds;
			s->info.nforms++;
			k++;
		}
		alloc->release(alloc->ctx, refs.v);
	}
	return lex;
}

void
op_lexicon_free(OpLexicon *lex)
{
	if (lex)
	{
		Arena		a = lex->arena;

		arena_free(&a);
	}
}
