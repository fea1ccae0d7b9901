/*
 * lexicon.h: a VICS lexicon compiled for coding (plain C, no postgres.h).
 *
 * The caller hands in the rows of the effective lexicon (entry, category) and the irregular
 * forms (form, lemma); op_lexicon_build() generates every regular inflection of each head
 * verb, adds the irregular ones and the coder's built-in English function words, and puts
 * them all in one open-addressing hash, so that the coder classifies each word of a text
 * with a single probe.  The result is immutable and owned by the allocator it was built
 * with (the PostgreSQL face builds it once per backend in a long-lived memory context).
 */
#ifndef OPCODE_LEXICON_H
#define OPCODE_LEXICON_H

#include "opcore.h"
#include "vics.h"

#include <stdint.h>

/* One lexicon row as the caller supplies it. */
typedef struct OpLexRow
{
	const char *entry;			/* lowercase lemma or multi-word verb, single spaces */
	const char *category;		/* "REW" .. "PUN" */
} OpLexRow;

typedef struct OpIrregularRow
{
	const char *form;			/* "took" */
	const char *lemma;			/* "take" */
} OpIrregularRow;

/* Inflection kinds a word form can have for one head verb (bit mask). */
#define OP_FORM_BASE 0x01		/* attack */
#define OP_FORM_S    0x02		/* attacks */
#define OP_FORM_ED   0x04		/* attacked, took, taken */
#define OP_FORM_ING  0x08		/* attacking */

/* One lexicon entry: a head verb plus zero or more following words. */
typedef struct OpLexPhrase
{
	const char *entry;			/* the entry as written in the lexicon: "call on" */
	const char *const *tail;	/* the words after the head */
	uint16_t	ntail;
	uint8_t		category;		/* VicsCategory */
} OpLexPhrase;

/* A head verb and its entries, longest first. */
typedef struct OpLexHead
{
	const char *lemma;
	const OpLexPhrase *phrases;
	uint32_t	nphrases;
	bool		single;			/* the head alone is an entry (the last phrase, ntail 0) */
} OpLexHead;

/* What a word form is to one head verb. */
typedef struct OpFormRef
{
	uint32_t	head;			/* index into heads */
	uint8_t		kinds;			/* OP_FORM_* */
} OpFormRef;

/* The hash value of one word: its function-word classes and the heads it inflects. */
typedef struct OpWordInfo
{
	uint64_t	wclass;			/* OP_W_* bits of words.h (0 for an open-class word) */
	const OpFormRef *forms;
	uint32_t	nforms;
	uint8_t		vkinds;			/* OP_FORM_* when a built-in verb form (say, need ...) */
} OpWordInfo;

typedef struct OpLexicon OpLexicon;

/*
 * Builds the compiled lexicon.  Rows with an unknown category or a malformed entry are an
 * OP_ERR_DATA error (the SQL tables' constraints keep them out; the core checks anyway).
 * Duplicate entries: the last row wins.  Returns NULL and fills err on failure.
 */
OpLexicon  *op_lexicon_build(const OpLexRow *rows, size_t nrows,
							 const OpIrregularRow *irr, size_t nirr,
							 const OpAllocator *alloc, OpError *err);
void		op_lexicon_free(OpLexicon *lex);

/* Looks a lowercase word up; NULL when it is neither a function word nor a lexicon form. */
const OpWordInfo *op_lexicon_lookup(const OpLexicon *lex, const char *word, size_t len);

const OpLexHead *op_lexicon_head(const OpLexicon *lex, uint32_t head);

/*
 * Content hash of the lexicon (entries with categories, and irregular forms), independent
 * of row order: equal lexicons give equal hashes on every node and after dump/restore.
 * Never 0 (0 marks hand-entered tallies).
 */
uint32_t	op_lexicon_hash(const OpLexicon *lex);
size_t		op_lexicon_entries(const OpLexicon *lex);

/*
 * Fills out[] with the regular inflections of lemma (base, -s, -ed, -ing, with doubling and
 * dropped-e variants), returns how many.  Exposed for the unit tests.
 */
#define OP_MAX_INFLECTIONS 12
typedef struct OpInflection
{
	char		form[64];
	uint8_t		kind;
} OpInflection;
int			op_inflect(const char *lemma, OpInflection *out);

#endif							/* OPCODE_LEXICON_H */
