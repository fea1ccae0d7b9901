/*
 * vics_aggs.c: the profile aggregates.  Their state type is vics_profile itself, not
 * internal: Citus pushes partial aggregation to workers only for a real state type and
 * ships the states as text (which round-trips exactly), and parallel workers hand states to
 * the leader as ordinary datums, so no serial/deserial functions are needed.
 *
 * State discipline: the transition functions are non-strict.  A NULL tally is skipped.  On
 * the first non-NULL tally the state is built in the per-call memory context and returned;
 * nodeAgg and nodeWindowAgg copy every new by-reference state into the aggregate context
 * themselves (building it there first would leave a second copy behind per group).  Later
 * calls overwrite that state in place, which AggCheckCallContext allows.  No final function:
 * the state is the result.  A frame of a window aggregate is restarted from a NULL state
 * when its head moves (there is no inverse transition), so windows equal plain aggregates.
 */
#include "postgres.h"

#include "fmgr.h"

#include "indices.h"
#include "pgcore.h"
#include "vics_layout.h"
#include "vics_types.h"

/* Returns the state datum after storing p: in place when allowed, else a new value. */
static Datum
profile_result(FunctionCallInfo fcinfo, const OpProfile *p)
{
	VicsProfileData *dst;

	if (!PG_ARGISNULL(0) && AggCheckCallContext(fcinfo, NULL) &&
		(dst = opcode_profile_writable(PG_GETARG_DATUM(0))) != NULL)
	{
		opcode_profile_store(dst, p);
		return PointerGetDatum(dst);
	}
	return opcode_profile_to_datum(p);
}

static Datum
profile_trans(FunctionCallInfo fcinfo, int32 min_utterances)
{
	OpProfile	p;
	OpTally		t;
	OpError		err;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(0))
		opcode_profile_init(&p, min_utterances);
	else
	{
		PG_GETARG_OPPROFILE(0, &p);
		if (p.min_utterances != min_utterances)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("min_utterances changes within one vics_profile aggregate"),
					 errdetail("The state was started with min_utterances %d, this row gives %d.",
							   (int) p.min_utterances, (int) min_utterances),
					 errhint("Pass one constant min_utterances to vics_profile().")));
	}
	PG_GETARG_OPTALLY(1, &t);
	if (!opcode_profile_add_tally(&p, &t, &err))
		opcode_report(&err);
	PG_RETURN_DATUM(profile_result(fcinfo, &p));
}

PG_FUNCTION_INFO_V1(vics_profile_trans);
Datum
vics_profile_trans(PG_FUNCTION_ARGS)
{
	return profile_trans(fcinfo, 0);
}

PG_FUNCTION_INFO_V1(vics_profile_trans_min);
Datum
vics_profile_trans_min(PG_FUNCTION_ARGS)
{
	int32		min;

	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("min_utterances must not be NULL"),
				 errhint("Pass 0 to count every document, or use vics_profile(tally) without a minimum.")));
	min = PG_GETARG_INT32(2);
	if (min < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("min_utterances must be 0 or more, not %d", min),
				 errhint("VICS.md 1.4 suggests a minimum of about 15 to 20 coded utterances per document.")));
	return profile_trans(fcinfo, min);
}

/*
 * Combine function (also the transition function of vics_profile_merge): handles the four
 * NULL combinations; rejects profiles built with different lexicons, coders or minima.
 */
PG_FUNCTION_INFO_V1(vics_profile_combine);
Datum
vics_profile_combine(PG_FUNCTION_ARGS)
{
	OpProfile	a,
				b;
	OpError		err;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(0))
	{
		/* adopt a validated plain copy of the right-hand state; nodeAgg reparents it */
		PG_GETARG_OPPROFILE(1, &b);
		PG_RETURN_DATUM(opcode_profile_to_datum(&b));
	}
	PG_GETARG_OPPROFILE(0, &a);
	PG_GETARG_OPPROFILE(1, &b);
	if (!opcode_profile_combine(&a, &b, &err))
		opcode_report(&err);
	PG_RETURN_DATUM(profile_result(fcinfo, &a));
}

/* vics_profile(tally) as a plain function: the profile of one document. */
PG_FUNCTION_INFO_V1(vics_profile_of_tally);
Datum
vics_profile_of_tally(PG_FUNCTION_ARGS)
{
	OpProfile	p;
	OpTally		t;
	OpError		err;

	opcode_profile_init(&p, 0);
	PG_GETARG_OPTALLY(0, &t);
	if (!opcode_profile_add_tally(&p, &t, &err))
		opcode_report(&err);
	PG_RETURN_DATUM(opcode_profile_to_datum(&p));
}
