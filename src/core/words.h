/*
 * words.h: the closed-class English words the clause rules need (pronouns, auxiliaries,
 * modals, prepositions, subordinators, and small verb and noun classes such as verbs of
 * saying or nouns that name actors).  They are part of the coding rules, not of the
 * user-editable lexicon: changing them changes OPCODE_CODER_VERSION.
 */
#ifndef OPCODE_WORDS_H
#define OPCODE_WORDS_H

#include <stdint.h>

#define OP_W_DET       (UINT64_C(1) << 0)	/* the, a, this, every, no ... */
#define OP_W_POSS      (UINT64_C(1) << 1)	/* our, my, their, its ... */
#define OP_W_SUBJ      (UINT64_C(1) << 2)	/* we, I, they, he, she, it, you */
#define OP_W_OBJ       (UINT64_C(1) << 3)	/* us, me, them, him */
#define OP_W_SELF      (UINT64_C(1) << 4)	/* first-person pronouns (VICS.md 2.4) */
#define OP_W_BE        (UINT64_C(1) << 5)	/* am, is, are, was, been ... */
#define OP_W_BELIKE    (UINT64_C(1) << 6)	/* get, become, remain, stay: carry predicate participles */
#define OP_W_HAVE      (UINT64_C(1) << 7)
#define OP_W_DO        (UINT64_C(1) << 8)
#define OP_W_MINT      (UINT64_C(1) << 9)	/* modal of intention: will, shall */
#define OP_W_MOBL      (UINT64_C(1) << 10)	/* modal of obligation/possibility: should, must, can ... */
#define OP_W_NEG       (UINT64_C(1) << 11)	/* not, never, n't */
#define OP_W_TO        (UINT64_C(1) << 12)
#define OP_W_PREP      (UINT64_C(1) << 13)
#define OP_W_PART      (UINT64_C(1) << 14)	/* particles of phrasal verbs: on, out, up ... */
#define OP_W_CONJ      (UINT64_C(1) << 15)	/* and, or, but, nor */
#define OP_W_SUB       (UINT64_C(1) << 16)	/* because, while, when, although ... */
#define OP_W_IF        (UINT64_C(1) << 17)	/* if, unless: hypothetical clauses */
#define OP_W_REL       (UINT64_C(1) << 18)	/* that, which, who, whom */
#define OP_W_ADV       (UINT64_C(1) << 19)	/* adverbs that may sit inside a verb group */
#define OP_W_ADJ       (UINT64_C(1) << 20)	/* frequent adjectives (noun modifiers) */
#define OP_W_ACTOR     (UINT64_C(1) << 21)	/* nouns naming actors: government, country ... */
#define OP_W_ABSTRACT  (UINT64_C(1) << 22)	/* capitalised non-actors: Charter, Agenda ... */
#define OP_W_COMMON    (UINT64_C(1) << 23)	/* frequent non-actor nouns */
#define OP_W_QUANT     (UINT64_C(1) << 24)	/* dozens, many, some, all: "X of Y" heads are Y */
#define OP_W_SAY       (UINT64_C(1) << 25)	/* verbs of saying, thinking, feeling (rule 8) */
#define OP_W_NEEDV     (UINT64_C(1) << 26)	/* need (to): obligation before an infinitive */
#define OP_W_INTV      (UINT64_C(1) << 27)	/* intend, plan, aim, seek ... (to): intention */
#define OP_W_WISH      (UINT64_C(1) << 28)	/* want, wish, like, hope: polite formula or appeal */
#define OP_W_ASPECT    (UINT64_C(1) << 29)	/* continue, begin, keep: the governed verb is coded */
#define OP_W_COMMIT    (UINT64_C(1) << 30)	/* pledge, vow, commit, promise: code the commitment */
#define OP_W_LETV      (UINT64_C(1) << 31)	/* let, allow, permit: "allow me to" */
#define OP_W_INTADJ    (UINT64_C(1) << 32)	/* ready, prepared, determined (to): intention */
#define OP_W_ABLEADJ   (UINT64_C(1) << 33)	/* able (to): possibility */
#define OP_W_PREDPART  (UINT64_C(1) << 34)	/* committed, involved, engaged: active after be */
#define OP_W_LIGHTN    (UINT64_C(1) << 35)	/* steps, measures, efforts (take steps to X) */
#define OP_W_LIGHTV    (UINT64_C(1) << 36)	/* take, make (steps, efforts) */
#define OP_W_INTN      (UINT64_C(1) << 37)	/* decision, initiative, readiness (to X) */
#define OP_W_DUMMY     (UINT64_C(1) << 38)	/* it, there */
#define OP_W_VERB      (UINT64_C(1) << 39)	/* a frequent verb form outside the lexicon */
#define OP_W_PURPOSE   (UINT64_C(1) << 40)	/* order ("in order to"), so ("so as to") */
#define OP_W_NUMWORD   (UINT64_C(1) << 41)	/* one, two, first ... */
#define OP_W_NOUNVERB  (UINT64_C(1) << 42)	/* lexicon words mostly used as nouns */
#define OP_W_GOING     (UINT64_C(1) << 43)	/* going (to) */
#define OP_W_OF        (UINT64_C(1) << 44)
#define OP_W_BY        (UINT64_C(1) << 45)
#define OP_W_LET       (UINT64_C(1) << 46)	/* let (us) */
#define OP_W_NO        (UINT64_C(1) << 47)	/* no, nothing: object negation (rule 10) */
#define OP_W_DEMONYM   (UINT64_C(1) << 48)	/* country and people names: always actors */
#define OP_W_LOOKFWD   (UINT64_C(1) << 49)	/* "forward" in "look forward to" */
#define OP_W_FAIL      (UINT64_C(1) << 50)	/* fail (to), yet (have yet to): negation */
#define OP_W_REPORT    (UINT64_C(1) << 51)	/* announce, declare, decide: "would" after them is intention */
#define OP_W_APPEAL    (UINT64_C(1) << 52)	/* urge, ask, call: what they ask for is not coded again */
#define OP_W_OTHERREL  (UINT64_C(1) << 53)	/* partners, allies: "our partners" are OTHER */
#define OP_W_GEN       (UINT64_C(1) << 54)	/* the genitive clitic 's */
#define OP_W_GLADADJ   (UINT64_C(1) << 55)	/* proud, pleased, honoured (to): the act is done */
#define OP_W_WH        (UINT64_C(1) << 56)	/* how, why, what, whether: indirect questions */
#define OP_W_ILL       (UINT64_C(1) << 57)	/* problems, diseases: no actor to fight */

/* One built-in word: its classes, and for verbs the inflection kinds of this form. */
typedef struct OpBuiltinWord
{
	const char *word;
	uint64_t	wclass;
	uint8_t		vkinds;			/* OP_FORM_* when the word is a verb form, else 0 */
} OpBuiltinWord;

/*
 * Calls fn for every built-in word form (verbs with all their inflections).  A form may be
 * reported more than once; the classes are meant to be OR-ed together.
 */
typedef void (*OpBuiltinFn) (void *arg, const char *word, uint64_t wclass, uint8_t vkinds);
void		op_words_each(OpBuiltinFn fn, void *arg);

#endif							/* OPCODE_WORDS_H */
