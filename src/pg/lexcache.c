/*
 * lexcache.c: compiled lexicons per backend, invalidated through the relcache.
 *
 * Why the relcache: a relcache invalidation on a table is delivered to every backend at its
 * next transaction start (and to the sending backend at the next command), and it is undone
 * locally on abort, so "edits take effect in every session without reconnecting" needs no
 * polling.  DML does not invalidate a relation by itself, hence the statement trigger
 * vics_lexicon_changed() on each lexicon table.  The callback only marks entries stale; the
 * rebuild happens lazily inside the next coding call, where errors can be reported.
 */
#include "postgres.h"

#include "lexcache.h"
#include "pgcore.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#define MAX_LANGS 16

typedef struct LexEntry
{
	char		lang[64];
	MemoryContext cxt;			/* holds the compiled lexicon */
	OpLexicon  *lex;
	bool		valid;
} LexEntry;

static LexEntry cache[MAX_LANGS];
static int	ncache;
static bool callback_registered;
static MemoryContext coder_cxt;
static OpCoder *coder;

static void *
cxt_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocHuge((MemoryContext) ctx, size);
}

static void
cxt_release(void *ctx, void *ptr)
{
	if (ptr)
		pfree(ptr);
}

/* OIDs of the lexicon tables, learnt at each build (DROP/CREATE EXTENSION changes them). */
static Oid	watched[3];
static uint64 inval_count;		/* bumped by every relevant invalidation */

/*
 * The callback only compares OIDs: catalog access is not safe while invalidations are
 * being processed.  InvalidOid means "everything" (cache reset after overflow).
 */
static void
lex_inval_callback(Datum arg, Oid relid)
{
	if (OidIsValid(relid) && relid != watched[0] && relid != watched[1] && relid != watched[2])
		return;
	inval_count++;
	for (int i = 0; i < ncache; i++)
		cache[i].valid = false;
}

static void
register_callback(void)
{
	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(lex_inval_callback, (Datum) 0);
		callback_registered = true;
	}
}

/* The extension's schema, quoted; also learns the lexicon tables' OIDs.  Inside SPI. */
static char *
ext_schema(void)
{
	static const char *const tables[3] = {"vics_lexicon_shipped", "vics_lexicon_user", "vics_irregular"};
	bool		isnull;
	Oid			nsp;
	char	   *name;

	/* get_extension_schema() is not exported before PostgreSQL 16 */
	if (SPI_execute("SELECT extnamespace FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'opcode'", true, 1) != SPI_OK_SELECT ||
		SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("extension \"opcode\" is not installed in this database"),
				 errhint("Run CREATE EXTENSION opcode.")));
	nsp = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	for (int i = 0; i < 3; i++)
		watched[i] = get_relname_relid(tables[i], nsp);
	name = get_namespace_name(nsp);
	return pstrdup(quote_identifier(name));
}

static void
unknown_language(const char *schema, const char *lang)
{
	StringInfoData q;
	char	   *known = NULL;

	initStringInfo(&q);
	appendStringInfo(&q, "SELECT pg_catalog.string_agg(DISTINCT lang, ', ' ORDER BY lang) FROM %s.vics_lexicon", schema);
	if (SPI_execute(q.data, true, 1) == SPI_OK_SELECT && SPI_processed == 1)
		known = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown lexicon language \"%s\"", lang),
			 errdetail("The lexicon has no entries for language \"%s\".", lang),
			 errhint("Known languages: %s. Add entries for a new language to vics_lexicon_user.",
					 known ? known : "none")));
}

static void
build(LexEntry *e, const char *lang)
{
	char	   *schema;
	StringInfoData q;
	Oid			argtypes[1] = {TEXTOID};
	Datum		args[1];
	OpLexRow   *rows;
	OpIrregularRow *irr;
	size_t		nrows,
				nirr;
	MemoryContext cxt,
				oldcxt = CurrentMemoryContext;
	OpAllocator alloc;
	OpError		err;
	OpLexicon  *lex;
	uint64		seen = inval_count;

	args[0] = CStringGetTextDatum(lang);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "opcode: SPI_connect failed");
	schema = ext_schema();
	initStringInfo(&q);
	appendStringInfo(&q, "SELECT entry, category FROM %s.vics_lexicon WHERE lang OPERATOR(pg_catalog.=) $1 AND category IS NOT NULL",
					 schema);
	if (SPI_execute_with_args(q.data, 1, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "opcode: reading the lexicon failed");
	nrows = SPI_processed;
	if (nrows == 0)
		unknown_language(schema, lang);
	rows = palloc(sizeof(OpLexRow) * nrows);
	for (size_t i = 0; i < nrows; i++)
	{
		rows[i].entry = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		rows[i].category = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
	}
	resetStringInfo(&q);
	appendStringInfo(&q, "SELECT form, lemma FROM %s.vics_irregular WHERE lang OPERATOR(pg_catalog.=) $1", schema);
	if (SPI_execute_with_args(q.data, 1, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "opcode: reading the irregular forms failed");
	nirr = SPI_processed;
	irr = palloc(sizeof(OpIrregularRow) * (nirr ? nirr : 1));
	for (size_t i = 0; i < nirr; i++)
	{
		irr[i].form = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		irr[i].lemma = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
	}

	cxt = AllocSetContextCreate(CacheMemoryContext, "opcode lexicon", ALLOCSET_DEFAULT_SIZES);
	alloc.alloc = cxt_alloc;
	alloc.release = cxt_release;
	alloc.ctx = cxt;
	PG_TRY();
	{
		lex = op_lexicon_build(rows, nrows, irr, nirr, &alloc, &err);
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(oldcxt);
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();
	SPI_finish();
	if (lex == NULL)
	{
		MemoryContextDelete(cxt);
		opcode_report(&err);
	}
	if (e->cxt)
		MemoryContextDelete(e->cxt);
	e->cxt = cxt;
	e->lex = lex;
	/* a change that arrived while reading the tables: use this build once, then rebuild */
	e->valid = (seen == inval_count);
}

const OpLexicon *
opcode_lexicon_get(const char *lang)
{
	LexEntry   *e = NULL;

	if (strlen(lang) >= sizeof(cache[0].lang))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown lexicon language \"%.40s...\"", lang),
				 errhint("Languages are short codes such as 'en'.")));
	register_callback();
	for (int i = 0; i < ncache; i++)
		if (strcmp(cache[i].lang, lang) == 0)
			e = &cache[i];
	if (e && e->valid)
		return e->lex;
	if (e == NULL)
	{
		if (ncache == MAX_LANGS)
		{
			/* evict the last slot; languages are few */
			e = &cache[MAX_LANGS - 1];
			if (e->cxt)
				MemoryContextDelete(e->cxt);
			memset(e, 0, sizeof(*e));
		}
		else
			e = &cache[ncache++];
		strlcpy(e->lang, lang, sizeof(e->lang));
		e->valid = false;
	}
	build(e, lang);
	return e->lex;
}

OpCoder *
opcode_coder_get(void)
{
	if (coder == NULL)
	{
		OpAllocator *alloc;
		OpError		err;

		if (coder_cxt == NULL)
			coder_cxt = AllocSetContextCreate(TopMemoryContext, "opcode coder", ALLOCSET_DEFAULT_SIZES);
		alloc = MemoryContextAlloc(coder_cxt, sizeof(OpAllocator));
		alloc->alloc = cxt_alloc;
		alloc->release = cxt_release;
		alloc->ctx = coder_cxt;
		coder = op_coder_create(alloc, &err);
		if (coder == NULL)
			opcode_report(&err);
	}
	return coder;
}

/* Statement trigger on the lexicon tables: make every backend rebuild. */
PG_FUNCTION_INFO_V1(vics_lexicon_changed);
Datum
vics_lexicon_changed(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("vics_lexicon_changed() must be called as a trigger")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(td->tg_relation));
	return PointerGetDatum(NULL);
}
