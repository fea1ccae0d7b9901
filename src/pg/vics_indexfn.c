/*
 * vics_indexfn.c: the SQL face of the index math and the accessors of tallies and profiles.
 * An undefined index (zero denominator, or no document for a per-document summary) is NULL.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "describe.h"
#include "indices.h"
#include "names.h"
#include "pgcore.h"
#include "vics_types.h"

static VicsIndex
index_arg(text *name)
{
	int			i = opcode_index_from_name(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));

	if (i < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown VICS index \"%s\"", text_to_cstring(name)),
				 errhint("Valid index names (case-insensitive): %s.", opcode_index_name_list)));
	return (VicsIndex) i;
}

static VicsWho
who_arg(text *name)
{
	int			w = opcode_who_from_name(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));

	if (w < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown actor \"%s\"", text_to_cstring(name)),
				 errhint("Use 'self' or 'other' (case-insensitive).")));
	return (VicsWho) w;
}

static VicsCategory
category_arg(text *name)
{
	int			c = opcode_category_from_name(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));

	if (c < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown VICS category \"%s\"", text_to_cstring(name)),
				 errhint("Use one of REW, PRO, APP, OPP, THR, PUN (case-insensitive).")));
	return (VicsCategory) c;
}

static VicsTense
tense_arg(text *name)
{
	int			k = opcode_tense_from_name(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));

	if (k < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown tense \"%s\"", text_to_cstring(name)),
				 errhint("Use one of past, present, future (case-insensitive).")));
	return (VicsTense) k;
}

/* ---------------------------------------------------------------- indices */

PG_FUNCTION_INFO_V1(vics_tally_index);
Datum
vics_tally_index(PG_FUNCTION_ARGS)
{
	OpTally		t;
	VicsIndex	i = index_arg(PG_GETARG_TEXT_PP(1));
	double		v;

	PG_GETARG_OPTALLY(0, &t);
	if (!opcode_tally_index(&t, i, &v))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(v);
}

PG_FUNCTION_INFO_V1(vics_profile_index);
Datum
vics_profile_index(PG_FUNCTION_ARGS)
{
	OpProfile	p;
	VicsIndex	i = index_arg(PG_GETARG_TEXT_PP(1));
	double		v;

	PG_GETARG_OPPROFILE(0, &p);
	if (!opcode_tally_index(&p.pooled, i, &v))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(v);
}

PG_FUNCTION_INFO_V1(vics_profile_index_mean);
Datum
vics_profile_index_mean(PG_FUNCTION_ARGS)
{
	OpProfile	p;
	VicsIndex	i = index_arg(PG_GETARG_TEXT_PP(1));
	double		v;

	PG_GETARG_OPPROFILE(0, &p);
	if (!opcode_profile_mean(&p, i, &v))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(v);
}

PG_FUNCTION_INFO_V1(vics_profile_index_sd);
Datum
vics_profile_index_sd(PG_FUNCTION_ARGS)
{
	OpProfile	p;
	VicsIndex	i = index_arg(PG_GETARG_TEXT_PP(1));
	double		v;

	PG_GETARG_OPPROFILE(0, &p);
	if (!opcode_profile_sd(&p, i, &v))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(v);
}

PG_FUNCTION_INFO_V1(vics_profile_index_n);
Datum
vics_profile_index_n(PG_FUNCTION_ARGS)
{
	OpProfile	p;
	VicsIndex	i = index_arg(PG_GETARG_TEXT_PP(1));

	PG_GETARG_OPPROFILE(0, &p);
	PG_RETURN_INT64(p.idx[i].n);
}

/*
 * All indices as rows (ord, index, pooled, mean, sd, n), in the order of VICS.md 1.3; the
 * building block of vics_indices().
 */
static Datum
index_rows(FunctionCallInfo fcinfo, const OpProfile *p)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; i < VICS_NINDEX; i++)
	{
		Datum		values[6];
		bool		nulls[6] = {false};
		double		v;

		values[0] = Int32GetDatum(i + 1);
		values[1] = CStringGetTextDatum(opcode_index_name[i]);
		nulls[2] = !opcode_tally_index(&p->pooled, (VicsIndex) i, &v);
		values[2] = Float8GetDatum(nulls[2] ? 0 : v);
		nulls[3] = !opcode_profile_mean(p, (VicsIndex) i, &v);
		values[3] = Float8GetDatum(nulls[3] ? 0 : v);
		nulls[4] = !opcode_profile_sd(p, (VicsIndex) i, &v);
		values[4] = Float8GetDatum(nulls[4] ? 0 : v);
		values[5] = Int64GetDatum(p->idx[i].n);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(vics_profile_index_rows);
Datum
vics_profile_index_rows(PG_FUNCTION_ARGS)
{
	OpProfile	p;

	PG_GETARG_OPPROFILE(0, &p);
	return index_rows(fcinfo, &p);
}

/* vics_descriptor(index, value, z): normed words when z is given, else raw-score words. */
PG_FUNCTION_INFO_V1(vics_descriptor);
Datum
vics_descriptor(PG_FUNCTION_ARGS)
{
	char		buf[OPCODE_DESCRIPTOR_MAX + 1];
	VicsIndex	i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	i = index_arg(PG_GETARG_TEXT_PP(0));
	if (!PG_ARGISNULL(2))
	{
		double		z = PG_GETARG_FLOAT8(2);

		if (isnan(z))
			PG_RETURN_NULL();
		opcode_describe_z(z, buf, sizeof(buf));
	}
	else if (!PG_ARGISNULL(1))
	{
		double		v = PG_GETARG_FLOAT8(1);
		double		lo,
					hi;

		if (isnan(v))
			PG_RETURN_NULL();
		/* words for a value no text can have would be a wrong answer, not a description;
		 * the slack admits the rounding of running means (validate.c) */
		opcode_index_range(i, &lo, &hi);
		if (!(v >= lo - 1e-9 && v <= hi + 1e-9))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value %g is out of range for index %s", v, opcode_index_name[i]),
					 errdetail("%s lies between %g and %g.", opcode_index_name[i], lo, hi),
					 errhint("Pass the index value itself, or a z-score as the third argument.")));
		opcode_describe_raw(i, v, buf, sizeof(buf));
	}
	else
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

/* ---------------------------------------------------------------- accessors */

PG_FUNCTION_INFO_V1(vics_tally_count);
Datum
vics_tally_count(PG_FUNCTION_ARGS)
{
	OpTally		t;
	VicsWho		w = who_arg(PG_GETARG_TEXT_PP(1));
	VicsCategory c = category_arg(PG_GETARG_TEXT_PP(2));

	PG_GETARG_OPTALLY(0, &t);
	PG_RETURN_INT64(t.count[w][c]);
}

PG_FUNCTION_INFO_V1(vics_tally_tense_count);
Datum
vics_tally_tense_count(PG_FUNCTION_ARGS)
{
	OpTally		t;
	VicsWho		w = who_arg(PG_GETARG_TEXT_PP(1));
	VicsTense	k = tense_arg(PG_GETARG_TEXT_PP(2));

	PG_GETARG_OPTALLY(0, &t);
	PG_RETURN_INT64(t.tense[w][k]);
}

PG_FUNCTION_INFO_V1(vics_tally_utterances);
Datum
vics_tally_utterances(PG_FUNCTION_ARGS)
{
	OpTally		t;

	PG_GETARG_OPTALLY(0, &t);
	PG_RETURN_INT64(opcode_tally_utterances(&t));
}

PG_FUNCTION_INFO_V1(vics_tally_utterances_who);
Datum
vics_tally_utterances_who(PG_FUNCTION_ARGS)
{
	OpTally		t;
	VicsWho		w = who_arg(PG_GETARG_TEXT_PP(1));
	int64		n = 0;

	PG_GETARG_OPTALLY(0, &t);
	for (int c = 0; c < VICS_NCAT; c++)
		n += t.count[w][c];		/* cannot overflow: the total fits (validate.h) */
	PG_RETURN_INT64(n);
}

PG_FUNCTION_INFO_V1(vics_tally_sentences);
Datum
vics_tally_sentences(PG_FUNCTION_ARGS)
{
	OpTally		t;

	PG_GETARG_OPTALLY(0, &t);
	PG_RETURN_INT64(t.sentences);
}

PG_FUNCTION_INFO_V1(vics_tally_words);
Datum
vics_tally_words(PG_FUNCTION_ARGS)
{
	OpTally		t;

	PG_GETARG_OPTALLY(0, &t);
	PG_RETURN_INT64(t.words);
}

static Datum
lexicon_text(uint32 lexicon)
{
	char		buf[9];

	snprintf(buf, sizeof(buf), "%08x", (unsigned) lexicon);
	return CStringGetTextDatum(buf);
}

PG_FUNCTION_INFO_V1(vics_tally_lexicon);
Datum
vics_tally_lexicon(PG_FUNCTION_ARGS)
{
	OpTally		t;

	PG_GETARG_OPTALLY(0, &t);
	if (t.lexicon == 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(lexicon_text(t.lexicon));
}

PG_FUNCTION_INFO_V1(vics_tally_coder);
Datum
vics_tally_coder(PG_FUNCTION_ARGS)
{
	OpTally		t;

	PG_GETARG_OPTALLY(0, &t);
	if (t.coder == 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(t.coder);
}

PG_FUNCTION_INFO_V1(vics_profile_pooled);
Datum
vics_profile_pooled(PG_FUNCTION_ARGS)
{
	OpProfile	p;

	PG_GETARG_OPPROFILE(0, &p);
	PG_RETURN_DATUM(opcode_tally_to_datum(&p.pooled));
}

PG_FUNCTION_INFO_V1(vics_profile_docs);
Datum
vics_profile_docs(PG_FUNCTION_ARGS)
{
	OpProfile	p;

	PG_GETARG_OPPROFILE(0, &p);
	PG_RETURN_INT64(p.docs);
}

PG_FUNCTION_INFO_V1(vics_profile_docs_short);
Datum
vics_profile_docs_short(PG_FUNCTION_ARGS)
{
	OpProfile	p;

	PG_GETARG_OPPROFILE(0, &p);
	PG_RETURN_INT64(p.docs_short);
}

PG_FUNCTION_INFO_V1(vics_profile_min_utterances);
Datum
vics_profile_min_utterances(PG_FUNCTION_ARGS)
{
	OpProfile	p;

	PG_GETARG_OPPROFILE(0, &p);
	PG_RETURN_INT32(p.min_utterances);
}
