/*
 * vics_coder.c: the SQL face of the coder: vics_code (text -> vics_tally, the fast path),
 * vics_utterances (text -> one row per coded utterance, for auditing) and
 * vics_lexicon_version.
 */
#include "postgres.h"

#include "lexcache.h"
#include "pgcore.h"
#include "vics_types.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"

typedef struct CodeArgs
{
	text	   *body;
	OpTerms    *self;
	OpTerms    *other;
	const OpLexicon *lex;
	OpCoderOptions opts;
} CodeArgs;

static bool
cancel_cb(void *arg)
{
	CHECK_FOR_INTERRUPTS();
	return true;
}

static void
require_utf8(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("opcode requires a UTF8 database"),
				 errdetail("The database encoding is %s.", GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
}

/* Compiles a text[] of terms; NULL elements are skipped. */
static OpTerms *
terms_from_array(OpCoder *c, ArrayType *arr, const char *what)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	const char **tv;
	size_t	   *tl;
	OpError		err;
	OpTerms    *t;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s must be a one-dimensional text array", what),
				 errhint("Pass the terms as ARRAY['China', 'the Chinese government'].")));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	tv = palloc(sizeof(char *) * (n ? n : 1));
	tl = palloc(sizeof(size_t) * (n ? n : 1));
	for (int i = 0; i < n; i++)
	{
		if (nulls[i])
		{
			tv[i] = NULL;
			tl[i] = 0;
			continue;
		}
		tv[i] = VARDATA_ANY(DatumGetPointer(elems[i]));
		tl[i] = VARSIZE_ANY_EXHDR(DatumGetPointer(elems[i]));
	}
	t = op_terms_compile(c, tv, tl, (size_t) n, &opcode_palloc_allocator, &err);
	if (t == NULL)
	{
		/* the core cannot tell self from other terms: name the argument and advise on it */
		snprintf(err.message, sizeof(err.message), "too many %s: %d", what, n);
		if (strcmp(what, "other_terms") == 0)
			snprintf(err.hint, sizeof(err.hint),
					 "Name the actors whose utterances you want with a few terms, or pass NULL to keep every OTHER utterance.");
		opcode_report(&err);
	}
	return t;
}

/*
 * Reads the common arguments (body, self_terms, other_terms, lang, options) and points a
 * coding request at them; the request lives no longer than the arguments.
 */
static void
read_args(FunctionCallInfo fcinfo, OpCoder *c, CodeArgs *a, OpCodeRequest *req)
{
	OpError		err;
	char	   *lang;

	require_utf8();
	a->body = PG_GETARG_TEXT_PP(0);
	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("lang must not be NULL"),
				 errhint("Pass a language code such as 'en'.")));
	lang = text_to_cstring(PG_GETARG_TEXT_PP(3));
	a->lex = opcode_lexicon_get(lang);
	op_coder_default_options(&a->opts);
	if (!PG_ARGISNULL(4))
	{
		text	   *o = PG_GETARG_TEXT_PP(4);

		if (!op_coder_parse_options(VARDATA_ANY(o), VARSIZE_ANY_EXHDR(o), &a->opts, &err))
			opcode_report(&err);
	}
	a->self = PG_ARGISNULL(1) ? NULL : terms_from_array(c, PG_GETARG_ARRAYTYPE_P(1), "self_terms");
	a->other = PG_ARGISNULL(2) ? NULL : terms_from_array(c, PG_GETARG_ARRAYTYPE_P(2), "other_terms");

	memset(req, 0, sizeof(*req));
	req->lexicon = a->lex;
	req->self = a->self;
	req->other = a->other;
	req->options = &a->opts;
	req->cancel = cancel_cb;
}

PG_FUNCTION_INFO_V1(vics_code);
Datum
vics_code(PG_FUNCTION_ARGS)
{
	OpCoder    *c;
	CodeArgs	a;
	OpCodeRequest req;
	OpTally		tally;
	OpError		err;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	c = opcode_coder_get();
	read_args(fcinfo, c, &a, &req);
	memset(&tally, 0, sizeof(tally));
	if (!op_coder_run(c, &req, VARDATA_ANY(a.body), VARSIZE_ANY_EXHDR(a.body), &tally, &err))
		opcode_report(&err);
	PG_RETURN_DATUM(opcode_tally_to_datum(&tally));
}

typedef struct EmitState
{
	ReturnSetInfo *rsinfo;
	const char *text;
} EmitState;

static text *
span_text(const char *s, int32 a, int32 b)
{
	return cstring_to_text_with_len(s + a, b - a);
}

#define NCOLS 14

static bool
emit_row(void *arg, const OpUtterance *u)
{
	EmitState  *st = arg;
	Datum		v[NCOLS];
	bool		n[NCOLS];

	memset(n, 0, sizeof(n));
	v[0] = Int32GetDatum(u->sentence);
	v[1] = Int32GetDatum(u->verb_start);
	v[2] = Int32GetDatum(u->verb_end);
	v[3] = PointerGetDatum(span_text(st->text, u->verb_start, u->verb_end));
	v[4] = CStringGetTextDatum(u->lemma);
	if (u->actor_start >= 0)
		v[5] = PointerGetDatum(span_text(st->text, u->actor_start, u->actor_end));
	else
		n[5] = true;
	v[6] = CStringGetTextDatum(opcode_who_name[u->who]);
	v[7] = CStringGetTextDatum(opcode_category_code[u->category]);
	v[8] = CStringGetTextDatum(opcode_tense_name[u->tense]);
	v[9] = BoolGetDatum(u->negated);
	v[10] = CStringGetTextDatum(opcode_category_code[u->base_category]);
	if (u->modality != OP_MOD_NONE)
		v[11] = CStringGetTextDatum(op_modality_name[u->modality]);
	else
		n[11] = true;
	v[12] = CStringGetTextDatum(u->rule);
	if (u->target_start >= 0)
		v[13] = PointerGetDatum(span_text(st->text, u->target_start, u->target_end));
	else
		n[13] = true;
	tuplestore_putvalues(st->rsinfo->setResult, st->rsinfo->setDesc, v, n);
	return true;
}

PG_FUNCTION_INFO_V1(vics_utterances);
Datum
vics_utterances(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	OpCoder    *c;
	CodeArgs	a;
	OpCodeRequest req;
	OpTally		tally;
	OpError		err;
	EmitState	st;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	c = opcode_coder_get();
	read_args(fcinfo, c, &a, &req);
	req.emit = emit_row;
	req.emit_arg = &st;
	st.rsinfo = rsinfo;
	st.text = VARDATA_ANY(a.body);
	memset(&tally, 0, sizeof(tally));
	if (!op_coder_run(c, &req, VARDATA_ANY(a.body), VARSIZE_ANY_EXHDR(a.body), &tally, &err))
		opcode_report(&err);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(vics_lexicon_version);
Datum
vics_lexicon_version(PG_FUNCTION_ARGS)
{
	char	   *lang = text_to_cstring(PG_GETARG_TEXT_PP(0));
	const OpLexicon *lex = opcode_lexicon_get(lang);
	char		buf[16];

	snprintf(buf, sizeof(buf), "%08x", op_lexicon_hash(lex));
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}
