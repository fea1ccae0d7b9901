/*
 * coder.h: the VICS coder (plain C + ICU, no postgres.h).
 *
 * op_coder_run() reads a UTF-8 text sentence by sentence (ICU break iterators over the
 * bytes, no UTF-16 copy), finds the utterances of VICS.md part 2 and both adds them to a
 * tally and, when asked, streams them one by one to a callback.  The OpCoder keeps its ICU
 * iterators and buffers between calls: create one per backend (or thread) and reuse it.
 * Memory does not grow with the text: a text is read in chunks of OP_CODER_CHUNK bytes and
 * a sentence is coded in windows of at most OP_CODER_MAX_TOKENS tokens.
 */
#ifndef OPCODE_CODER_H
#define OPCODE_CODER_H

#include "lexicon.h"
#include "opcore.h"
#include "vics.h"

#define OP_CODER_CHUNK      65536	/* bytes of text handed to ICU at a time */
#define OP_CODER_MAX_TOKENS 1024	/* a longer sentence is coded in windows of this many tokens */
#define OP_CODER_MAX_TERMS  1000	/* self or other terms */

/* The protocol choices of VICS.md part 2, each with its documented default. */
typedef struct OpCoderOptions
{
	bool		negation;		/* rule 5: negated verbs flip to OPP/APP (on) */
	bool		modality;		/* rule 6: deeds under intention/obligation become words (on) */
	bool		questions;		/* rule 7: code questions (off = skip) */
	bool		quotes;			/* rule 7: code text inside quotation marks (off = skip) */
	bool		hypotheticals;	/* rule 10: code if/unless clauses (off = skip) */
	bool		complements;	/* rule 8: code the action inside wish/appeal/commitment complements (off) */
	bool		abstract;		/* rule 10: accept abstract subjects as actors (off = actors only) */
	bool		polite;			/* rule 10: "I wish to thank" codes thank (on) */
} OpCoderOptions;

void		op_coder_default_options(OpCoderOptions *o);

/*
 * Parses "name=value, name=value" (blanks around tokens ignored, case-insensitive) over
 * the defaults.  Unknown names or values: OP_ERR_PARAM with a hint listing the valid ones.
 */
bool		op_coder_parse_options(const char *s, size_t len, OpCoderOptions *o, OpError *err);

/* Describes the options as "name=value, ..." (for documentation and errors). */
const char *op_coder_option_names(void);

typedef enum OpModality
{
	OP_MOD_NONE = 0,
	OP_MOD_INTENT,				/* will, shall, going to, ready to ... */
	OP_MOD_OBLIG				/* should, must, can, need to ... */
} OpModality;

extern const char *const op_modality_name[3];	/* NULL, "intention", "obligation" */

/* One coded utterance.  Offsets are bytes into the text: start inclusive, end exclusive. */
typedef struct OpUtterance
{
	int32_t		sentence;		/* 1-based number of the sentence in the text */
	int32_t		verb_start,
				verb_end;		/* the head verb as written */
	int32_t		actor_start,
				actor_end;		/* the actor noun phrase (-1 if none) */
	int32_t		target_start,
				target_end;		/* the object or recipient naming an actor (-1 if none) */
	const char *lemma;			/* lexicon entry: "attack", "call on" */
	VicsWho		who;
	VicsCategory category;		/* after negation and modality */
	VicsCategory base_category; /* as in the lexicon */
	VicsTense	tense;
	bool		negated;
	OpModality	modality;
	const char *rule;			/* how the actor was found: "subject", "passive agent" ... */
} OpUtterance;

/* Return false to stop coding (op_coder_run then returns false with OP_ERR_CANCEL). */
typedef bool (*OpEmitFn) (void *arg, const OpUtterance *u);

/*
 * Called at least once per sentence and per chunk; a server sets it to a function that
 * runs CHECK_FOR_INTERRUPTS (which may longjmp out: the coder holds nothing that needs
 * cleaning up, its buffers and iterators are simply reused by the next run).
 * Return false to stop coding.
 */
typedef bool (*OpCancelFn) (void *arg);

typedef struct OpCoder OpCoder;

/* Opens the ICU iterators.  NULL and err filled (OP_ERR_ICU) when ICU fails. */
OpCoder    *op_coder_create(const OpAllocator *alloc, OpError *err);
void		op_coder_destroy(OpCoder *c);

/* Compiled self or other terms (multi-word, case-insensitive). */
typedef struct OpTerms OpTerms;

OpTerms    *op_terms_compile(OpCoder *c, const char *const *terms, const size_t *lens, size_t n,
							 const OpAllocator *alloc, OpError *err);
void		op_terms_free(OpTerms *t, const OpAllocator *alloc);

typedef struct OpCodeRequest
{
	const OpLexicon *lexicon;
	const OpTerms *self;		/* may be NULL */
	const OpTerms *other;		/* NULL = keep every OTHER utterance */
	const OpCoderOptions *options;
	OpEmitFn	emit;			/* may be NULL (tally only) */
	void	   *emit_arg;
	OpCancelFn	cancel;			/* may be NULL */
	void	   *cancel_arg;
} OpCodeRequest;

/*
 * Codes text[0..len) and adds its counts to *tally (which the caller zeroes; lexicon and
 * coder are set here).  Invalid UTF-8 is read as U+FFFD by ICU and never coded.
 */
bool		op_coder_run(OpCoder *c, const OpCodeRequest *req, const char *text, size_t len,
						 OpTally *tally, OpError *err);

#endif							/* OPCODE_CODER_H */
