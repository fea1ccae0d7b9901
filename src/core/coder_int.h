/*
 * coder_int.h: what the coder's modules share (private to src/core).
 *
 * segment.c turns a chunk of text into sentences of tokens; clause.c applies the clause
 * rules to one sentence window; coder.c drives them and owns options, terms and tallies.
 */
#ifndef OPCODE_CODER_INT_H
#define OPCODE_CODER_INT_H

#include "coder.h"
#include "words.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

enum
{
	TT_WORD = 0,
	TT_NUM,
	TT_PUNCT
};

typedef struct Tok
{
	int32_t		start,
				end;			/* bytes in the whole text */
	uint32_t	lo;				/* lowercase form: offset into OpCoder.lbuf */
	uint16_t	len;			/* its length */
	uint8_t		type;			/* TT_* */
	char		punct;			/* TT_PUNCT: ',', ';', ':', '?', '!', '.', '(', ')', '-' (dash),
								 * 'o'/'c' open/close double quote, '"' straight quote,
								 * 'O'/'C' curly single quotes, '*' other */
	bool		cap;			/* first letter upper case */
	bool		allcap;			/* two or more letters, all upper case */
	bool		skip;			/* inside quotes or an if/unless clause: not coded */
	uint64_t	wc;				/* OP_W_* classes */
	const OpWordInfo *wi;		/* hash entry, or NULL */
} Tok;

/* Compiled terms: each a sequence of lowercase words. */
typedef struct OpTerm
{
	const char **words;
	uint16_t	nwords;
} OpTerm;

struct OpTerms
{
	OpTerm	   *t;
	size_t		n;
	char	   *store;
};

struct OpCoder
{
	const OpAllocator *alloc;
	UBreakIterator *sent;
	UBreakIterator *word;
	UText	   *ut;
	/* the current sentence window */
	Tok		   *tok;
	int			ntok;
	char	   *lbuf;			/* lowercase forms of the window's words */
	size_t		lbuf_used,
				lbuf_cap;
	int32_t    *bounds;			/* sentence boundaries in the current chunk */
	int			nbounds,
				bounds_cap;
	/* per run */
	const OpCodeRequest *req;
	const char *text;
	int32_t		sentence;
	OpTally    *tally;
	bool		stopped;
};

static inline const char *
tok_text(const OpCoder *c, const Tok *t)
{
	return c->lbuf + t->lo;
}

static inline bool
tok_is(const OpCoder *c, const Tok *t, const char *w)
{
	size_t		n = __builtin_strlen(w);

	return t->type != TT_PUNCT && t->len == n && __builtin_memcmp(c->lbuf + t->lo, w, n) == 0;
}

/* segment.c */
bool		op_segment_open(OpCoder *c, OpError *err);
void		op_segment_close(OpCoder *c);
/* Codes text[0..len): sentences, tokens, and clause_sentence() on each window. */
bool		op_segment_run(OpCoder *c, const char *text, size_t len, OpError *err);
/* Tokenises a short string (a self term) into lowercase words; returns the count. */
int			op_segment_words(OpCoder *c, const char *s, size_t len, char *out, size_t outcap,
							 uint16_t *lens, int maxwords);

/* clause.c: codes the window c->tok[0..c->ntok) of sentence c->sentence. */
void		op_clause_sentence(OpCoder *c);

/* coder.c: counts and forwards one utterance. */
void		op_coder_emit(OpCoder *c, const OpUtterance *u);

#endif							/* OPCODE_CODER_INT_H */
