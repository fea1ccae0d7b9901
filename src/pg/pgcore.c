/* pgcore.c: palloc allocator and error reporting for src/core. */
#include "pgcore.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/elog.h"

#include <unicode/uversion.h>

PG_MODULE_MAGIC;

static void *
palloc_cb(void *ctx, size_t size)
{
	return palloc(size);
}

static void
pfree_cb(void *ctx, void *ptr)
{
	if (ptr)
		pfree(ptr);
}

const OpAllocator opcode_palloc_allocator = {palloc_cb, pfree_cb, NULL};

static int
sqlstate_of(OpErrorKind kind)
{
	switch (kind)
	{
		case OP_ERR_SYNTAX:
			return ERRCODE_INVALID_TEXT_REPRESENTATION;
		case OP_ERR_RANGE:
			return ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
		case OP_ERR_PARAM:
			return ERRCODE_INVALID_PARAMETER_VALUE;
		case OP_ERR_DATA:
			return ERRCODE_DATA_EXCEPTION;
		case OP_ERR_ENCODING:
			return ERRCODE_CHARACTER_NOT_IN_REPERTOIRE;
		case OP_ERR_CANCEL:
			return ERRCODE_QUERY_CANCELED;
		case OP_ERR_ICU:
		case OP_OK:
			break;
	}
	return ERRCODE_INTERNAL_ERROR;
}

void
opcode_report(const OpError *err)
{
	ereport(ERROR,
			(errcode(sqlstate_of(err->kind)),
			 errmsg("%s", err->message),
			 err->detail[0] ? errdetail("%s", err->detail) : 0,
			 err->hint[0] ? errhint("%s", err->hint) : 0));
	pg_unreachable();
}

PG_FUNCTION_INFO_V1(opcode_icu_version);
Datum
opcode_icu_version(PG_FUNCTION_ARGS)
{
	UVersionInfo v;
	char		buf[U_MAX_VERSION_STRING_LENGTH];

	u_getVersion(v);
	u_versionToString(v, buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}
