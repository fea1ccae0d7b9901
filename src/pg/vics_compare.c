/*
 * vics_compare.c: the SQL face of the tests between two profiles (src/core/compare.h):
 * vics_congruence_margins(a, b, alpha, margins float8[17], power), one row per index.
 * vics_congruence() (src/sql/30_compare.sql) resolves the margins from a norming group and
 * a jsonb of overrides and calls it.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "compare.h"
#include "indices.h"
#include "pgcore.h"
#include "vics_types.h"

#define NCOLS 19

static double
float8_arg(FunctionCallInfo fcinfo, int n, const char *name)
{
	if (PG_ARGISNULL(n))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be NULL", name)));
	return PG_GETARG_FLOAT8(n);
}

/* The 17 margins (NaN = none) from a float8[] in the order of vics_index_names(). */
static void
margins_arg(FunctionCallInfo fcinfo, int n, double margins[VICS_NINDEX])
{
	ArrayType  *arr;
	Datum	   *elems;
	bool	   *nulls;
	int			count;

	for (int i = 0; i < VICS_NINDEX; i++)
		margins[i] = NAN;
	if (PG_ARGISNULL(n))
		return;
	arr = PG_GETARG_ARRAYTYPE_P(n);
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("margins must be a one-dimensional array")));
	deconstruct_array(arr, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE,
					  &elems, &nulls, &count);
	if (count != VICS_NINDEX)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("margins must have %d elements, not %d", VICS_NINDEX, count),
				 errdetail("One margin per index, in the order of vics_index_names(); NULL for none."),
				 errhint("vics_margins() builds the array from a norming group and overrides.")));
	for (int i = 0; i < VICS_NINDEX; i++)
		if (!nulls[i])
			margins[i] = DatumGetFloat8(elems[i]);
}

/* Caveats that hold for every row: the two profiles were not built alike. */
static void
profile_caveats(const OpProfile *a, const OpProfile *b, StringInfo buf)
{
	if (a->pooled.lexicon != b->pooled.lexicon)
		appendStringInfo(buf, "%sthe profiles were coded with different lexicons (%08x, %08x): "
						 "differences may come from the lexicon", buf->len ? "; " : "",
						 (unsigned) a->pooled.lexicon, (unsigned) b->pooled.lexicon);
	if (a->pooled.coder != b->pooled.coder)
		appendStringInfo(buf, "%sthe profiles were coded by different coder versions (%d, %d)",
						 buf->len ? "; " : "", a->pooled.coder, b->pooled.coder);
	if (a->min_utterances != b->min_utterances)
		appendStringInfo(buf, "%sthe profiles have different minima of utterances per document (%d, %d)",
						 buf->len ? "; " : "", a->min_utterances, b->min_utterances);
}

static int32
count_int32(int64 n)
{
	if (n > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("document count %lld does not fit in integer", (long long) n)));
	return (int32) n;
}

PG_FUNCTION_INFO_V1(vics_congruence_margins);
Datum
vics_congruence_margins(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	double		alpha = float8_arg(fcinfo, 2, "alpha");
	double		power = float8_arg(fcinfo, 4, "power");
	double		margins[VICS_NINDEX];
	OpProfile	a,
				b;
	bool		have_a = !PG_ARGISNULL(0),
				have_b = !PG_ARGISNULL(1);
	StringInfoData caveats;

	margins_arg(fcinfo, 3, margins);
	/* validate the parameters even when a profile is NULL: an error should not hide */
	{
		OpMoments	none = {0, 0, 0};
		OpComparison c;
		OpError		err;

		for (int i = 0; i < VICS_NINDEX; i++)
			if (!opcode_compare_moments(&none, &none, alpha, margins[i], power, &c, &err))
				opcode_report(&err);
	}
	if (have_a)
		PG_GETARG_OPPROFILE(0, &a);
	if (have_b)
		PG_GETARG_OPPROFILE(1, &b);
	initStringInfo(&caveats);
	if (have_a && have_b)
		profile_caveats(&a, &b, &caveats);

	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; i < VICS_NINDEX; i++)
	{
		Datum		values[NCOLS];
		bool		nulls[NCOLS];
		char		note[1024];
		StringInfoData all;
		OpComparison c;
		OpError		err;
		double		v;

		memset(nulls, true, sizeof(nulls));
		values[0] = CStringGetTextDatum(opcode_index_name[i]);
		nulls[0] = false;
		values[13] = Float8GetDatum(margins[i]);
		nulls[13] = isnan(margins[i]);
		initStringInfo(&all);

		if (!have_a || !have_b)
		{
			appendStringInfoString(&all, !have_a && !have_b ? "profiles a and b are NULL" :
								   !have_a ? "profile a is NULL" : "profile b is NULL");
			values[17] = CStringGetTextDatum(all.data);
			nulls[17] = false;
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
			continue;
		}
		if (!opcode_compare_moments(&a.idx[i], &b.idx[i], alpha, margins[i], power, &c, &err))
			opcode_report(&err);

#define SET(col, cond, datum) do { if (cond) { values[col] = (datum); nulls[col] = false; } } while (0)
		SET(1, c.n_a >= 1, Float8GetDatum(c.mean_a));
		SET(2, c.n_b >= 1, Float8GetDatum(c.mean_b));
		SET(3, c.has_sd_a, Float8GetDatum(c.sd_a));
		SET(4, c.has_sd_b, Float8GetDatum(c.sd_b));
		SET(5, true, Int32GetDatum(count_int32(c.n_a)));
		SET(6, true, Int32GetDatum(count_int32(c.n_b)));
		SET(7, opcode_tally_index(&a.pooled, (VicsIndex) i, &v), Float8GetDatum(v));
		SET(8, opcode_tally_index(&b.pooled, (VicsIndex) i, &v), Float8GetDatum(v));
		SET(9, c.has_mean, Float8GetDatum(c.diff));
		SET(10, c.tested, Float8GetDatum(c.t));
		SET(11, c.tested, Float8GetDatum(c.df));
		SET(12, c.tested, Float8GetDatum(c.p));
		SET(14, c.has_equivalence, Float8GetDatum(c.p_equivalence));
		SET(15, c.has_g, Float8GetDatum(c.g));
		SET(16, c.verdict != OP_VERDICT_NONE, CStringGetTextDatum(opcode_verdict_name(c.verdict)));
		SET(18, c.more_needed >= 0, Int64GetDatum(c.more_needed));
#undef SET
		opcode_comparison_note(&c, note, sizeof(note));
		appendStringInfoString(&all, note);
		if (caveats.len)
			appendStringInfo(&all, "%s%s", all.len ? "; " : "", caveats.data);
		if (all.len)
		{
			values[17] = CStringGetTextDatum(all.data);
			nulls[17] = false;
		}
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
