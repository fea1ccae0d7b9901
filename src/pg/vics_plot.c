/*
 * vics_plot.c: the aggregate vics_plot_svg(label, profile [, norm_group]) that draws the
 * profiles of a group of rows in the P-1 / I-1 plane (src/core/plot.h does the drawing).
 *
 * The state collects one point per row (label and the few numbers the picture needs), in
 * the aggregate's memory context; the final function reads the norming group's P-1 and
 * I-1 from vics_norms and renders.  There is no combine function: a picture aggregates a
 * handful of rows, and the order of the legend should be the order of the input.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "indices.h"
#include "pgcore.h"
#include "plot.h"
#include "vics_types.h"

#define DEFAULT_NORM_GROUP "walker2005"

typedef struct PlotState
{
	MemoryContext ctx;			/* the aggregate context everything below lives in */
	int			n,
				cap;
	OpPlotPoint *pts;
	bool		norm_known;		/* norm_group set by the first row */
	char	   *norm_group;		/* NULL: no norming group */
} PlotState;

/* text in the server encoding -> a UTF-8 copy in ctx */
static char *
utf8_copy(MemoryContext ctx, const char *s, int len, size_t *out_len)
{
	char	   *conv = pg_server_to_any(s, len, PG_UTF8);
	size_t		n = conv == s ? (size_t) len : strlen(conv);
	char	   *copy = MemoryContextAlloc(ctx, n + 1);

	memcpy(copy, conv, n);
	copy[n] = '\0';
	*out_len = n;
	return copy;
}

static void
set_axis(const OpProfile *p, VicsIndex i, bool *has, bool *pooled, double *v, double *se, int64_t *n)
{
	const OpMoments *m = &p->idx[i];
	double		value;

	*n = m->n;
	*se = NAN;
	*pooled = false;
	if (m->n >= 1)
	{
		*has = true;
		*v = m->mean;
		if (m->n >= 2)
			*se = sqrt(fmax(m->m2, 0.0) / (double) (m->n - 1)) / sqrt((double) m->n);
	}
	else if (opcode_tally_index(&p->pooled, i, &value))
	{
		*has = true;
		*pooled = true;
		*v = value;
	}
	else
		*has = false;
}

static Datum
plot_transition(FunctionCallInfo fcinfo, bool with_norm)
{
	MemoryContext aggctx;
	PlotState  *st;
	OpPlotPoint *pt;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		elog(ERROR, "vics_plot_svg transition function called in non-aggregate context");

	if (PG_ARGISNULL(0))
	{
		st = MemoryContextAllocZero(aggctx, sizeof(PlotState));
		st->ctx = aggctx;
		st->cap = 8;
		st->pts = MemoryContextAllocZero(aggctx, sizeof(OpPlotPoint) * st->cap);
	}
	else
		st = (PlotState *) PG_GETARG_POINTER(0);

	/* the norming group is an argument of every row but a property of the picture */
	if (with_norm)
	{
		char	   *g = PG_ARGISNULL(3) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(3));

		if (!st->norm_known)
		{
			st->norm_group = g ? MemoryContextStrdup(aggctx, g) : NULL;
			st->norm_known = true;
		}
		else if ((g == NULL) != (st->norm_group == NULL) || (g && strcmp(g, st->norm_group) != 0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the norming group of vics_plot_svg must be the same in every row"),
					 errdetail("The picture was started with \"%s\" and a row asks for \"%s\".",
							   st->norm_group ? st->norm_group : "NULL", g ? g : "NULL"),
					 errhint("Pass a constant, e.g. vics_plot_svg(label, profile, 'walker2005').")));
	}
	else if (!st->norm_known)
	{
		st->norm_group = MemoryContextStrdup(aggctx, DEFAULT_NORM_GROUP);
		st->norm_known = true;
	}

	if (st->n == st->cap)
	{
		if (st->cap >= (int) (MaxAllocSize / sizeof(OpPlotPoint) / 2))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many profiles for one picture")));
		st->pts = repalloc(st->pts, sizeof(OpPlotPoint) * st->cap * 2);
		st->cap *= 2;
	}
	pt = &st->pts[st->n++];
	memset(pt, 0, sizeof(*pt));
	if (!PG_ARGISNULL(1))
	{
		text	   *label = PG_GETARG_TEXT_PP(1);

		pt->label = utf8_copy(aggctx, VARDATA_ANY(label), VARSIZE_ANY_EXHDR(label), &pt->label_len);
	}
	pt->x_se = pt->y_se = NAN;
	if (!PG_ARGISNULL(2))
	{
		OpProfile	p;

		PG_GETARG_OPPROFILE(2, &p);
		set_axis(&p, VICS_P1, &pt->has_x, &pt->x_pooled, &pt->x, &pt->x_se, &pt->n_x);
		set_axis(&p, VICS_I1, &pt->has_y, &pt->y_pooled, &pt->y, &pt->y_se, &pt->n_y);
	}
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(vics_plot_sfunc);
Datum
vics_plot_sfunc(PG_FUNCTION_ARGS)
{
	return plot_transition(fcinfo, false);
}

PG_FUNCTION_INFO_V1(vics_plot_sfunc_norm);
Datum
vics_plot_sfunc_norm(PG_FUNCTION_ARGS)
{
	return plot_transition(fcinfo, true);
}

/* P-1 and I-1 of a norming group from the extension's vics_norms; errors for an unknown group. */
static void
read_norm(Oid schema, const char *group, OpPlotNorm *norm, char **name_utf8)
{
	char	   *nsp = get_namespace_name(schema);
	char	   *sql = psprintf("SELECT index, mean, sd FROM %s.vics_norms WHERE group_name OPERATOR(pg_catalog.=) $1 "
							   "AND (index OPERATOR(pg_catalog.=) 'P-1' OR index OPERATOR(pg_catalog.=) 'I-1')", quote_identifier(nsp));
	char	   *known = psprintf("SELECT pg_catalog.count(*) FROM %s.vics_norms WHERE group_name OPERATOR(pg_catalog.=) $1",
								 quote_identifier(nsp));
	Oid			argtypes[1] = {TEXTOID};
	Datum		args[1] = {CStringGetTextDatum(group)};
	bool		isnull;
	int			got = 0;
	size_t		len;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args(known, 1, argtypes, args, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read vics_norms");
	if (DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown norming group \"%s\"", group),
				 errhint("Add the group's rows to vics_norms, or pass NULL as the norming group to draw none.")));
	if (SPI_execute_with_args(sql, 1, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read vics_norms");
	for (uint64 r = 0; r < SPI_processed; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		char	   *index = SPI_getvalue(tup, SPI_tuptable->tupdesc, 1);
		double		mean = DatumGetFloat8(SPI_getbinval(tup, SPI_tuptable->tupdesc, 2, &isnull));
		double		sd = DatumGetFloat8(SPI_getbinval(tup, SPI_tuptable->tupdesc, 3, &isnull));

		if (strcmp(index, "P-1") == 0)
			norm->x_mean = mean, norm->x_sd = sd, got |= 1;
		else
			norm->y_mean = mean, norm->y_sd = sd, got |= 2;
	}
	SPI_finish();
	/* a group without both master beliefs has nothing to draw */
	if (got == 3)
		norm->name = *name_utf8 = utf8_copy(CurrentMemoryContext, group, strlen(group), &len);
}

PG_FUNCTION_INFO_V1(vics_plot_final);
Datum
vics_plot_final(PG_FUNCTION_ARGS)
{
	PlotState  *st;
	OpPlotNorm	norm = {NULL, 0, 0, 0, 0};
	char	   *name = NULL;
	char	   *svg;
	size_t		len;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (PlotState *) PG_GETARG_POINTER(0);
	if (st->norm_group)
		read_norm(get_func_namespace(fcinfo->flinfo->fn_oid), st->norm_group, &norm, &name);
	svg = opcode_plot_svg(st->pts, st->n, &norm, &opcode_palloc_allocator, &len);
	/* pure ASCII: valid in every server encoding */
	PG_RETURN_TEXT_P(cstring_to_text_with_len(svg, (int) len));
}
