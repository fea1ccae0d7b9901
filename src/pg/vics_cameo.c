/*
 * vics_cameo.c: the SQL face of event data: vics_cameo_category(code) and the transition
 * function of the aggregate vics_event_tally(cameo_code, who), which counts events the way
 * vics_code counts utterances (doc/events.md).
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "cameo.h"
#include "indices.h"
#include "names.h"
#include "pgcore.h"
#include "vics_layout.h"
#include "vics_types.h"

static int
category_of(text *code)
{
	OpError		err;
	int			cat;

	if (!opcode_cameo_category(VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code), &cat, &err))
		opcode_report(&err);
	return cat;
}

PG_FUNCTION_INFO_V1(vics_cameo_category);
Datum
vics_cameo_category(PG_FUNCTION_ARGS)
{
	int			cat = category_of(PG_GETARG_TEXT_PP(0));

	if (cat == OPCODE_CAMEO_NEUTRAL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(opcode_category_code[cat]));
}

/*
 * vics_event_tally_trans(state, cameo_code, who): a row with a NULL code or a NULL who is
 * skipped (who is typically a CASE that is NULL for events not involving the state in
 * question); any other row makes the state non-NULL, so that a group of only neutral
 * events gives an empty tally rather than NULL.  A counted event is one utterance in the
 * past tense: it happened.  Event tallies carry lexicon 0 and coder 0, like counts entered
 * by hand, so adding them to tallies coded from text is refused (vics_tally_add).
 */
PG_FUNCTION_INFO_V1(vics_event_tally_trans);
Datum
vics_event_tally_trans(PG_FUNCTION_ARGS)
{
	OpTally		state,
				one;
	OpError		err;
	text	   *who_txt;
	int			who,
				cat;
	VicsTallyData *dst;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	who_txt = PG_GETARG_TEXT_PP(2);
	who = opcode_who_from_name(VARDATA_ANY(who_txt), VARSIZE_ANY_EXHDR(who_txt));
	if (who < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown actor \"%s\"", text_to_cstring(who_txt)),
				 errdetail("vics_event_tally counts an event for SELF (the state in question acted) or OTHER (another actor acted toward it)."),
				 errhint("Use 'self' or 'other' (case-insensitive), or NULL to skip the event.")));
	cat = category_of(PG_GETARG_TEXT_PP(1));

	if (PG_ARGISNULL(0))
		memset(&state, 0, sizeof(state));
	else
		PG_GETARG_OPTALLY(0, &state);
	if (cat != OPCODE_CAMEO_NEUTRAL)
	{
		memset(&one, 0, sizeof(one));
		one.count[who][cat] = 1;
		one.tense[who][VICS_PAST] = 1;
		if (!opcode_tally_add(&state, &one, &err))
			opcode_report(&err);
	}
	if (!PG_ARGISNULL(0) && AggCheckCallContext(fcinfo, NULL) &&
		(dst = opcode_tally_writable(PG_GETARG_DATUM(0))) != NULL)
	{
		opcode_tally_store(dst, &state);
		PG_RETURN_POINTER(dst);
	}
	PG_RETURN_DATUM(opcode_tally_to_datum(&state));
}
