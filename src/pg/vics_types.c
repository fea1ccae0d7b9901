/*
 * vics_types.c: vics_tally and vics_profile as SQL types: the stored layout (vics_layout.h),
 * text and binary I/O, equality, hashing, the tally sum and the array constructor.
 *
 * Every path that builds a value from outside data (in, recv, constructor, arithmetic) runs
 * the core invariant checks, so the rest of the extension can trust a stored value.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "indices.h"
#include "pgcore.h"
#include "textio.h"
#include "validate.h"
#include "vics_layout.h"
#include "vics_types.h"

StaticAssertDecl(sizeof(VicsTallyFields) == 168, "vics_tally layout has no hidden padding");
StaticAssertDecl(sizeof(VicsTallyData) == 176, "vics_tally layout has no hidden padding");
StaticAssertDecl(sizeof(VicsProfileData) == 608, "vics_profile layout has no hidden padding");

/* ---------------------------------------------------------------- layout <-> core */

static void
fields_to_tally(const VicsTallyFields *f, OpTally *t)
{
	memset(t, 0, sizeof(*t));
	for (int w = 0; w < VICS_NWHO; w++)
	{
		for (int c = 0; c < VICS_NCAT; c++)
			t->count[w][c] = f->count[w][c];
		for (int k = 0; k < VICS_NTENSE; k++)
			t->tense[w][k] = f->tense[w][k];
	}
	t->sentences = f->sentences;
	t->words = f->words;
	t->lexicon = f->lexicon;
	t->coder = f->coder;
}

static void
tally_to_fields(const OpTally *t, VicsTallyFields *f)
{
	memset(f, 0, sizeof(*f));
	for (int w = 0; w < VICS_NWHO; w++)
	{
		for (int c = 0; c < VICS_NCAT; c++)
			f->count[w][c] = t->count[w][c];
		for (int k = 0; k < VICS_NTENSE; k++)
			f->tense[w][k] = t->tense[w][k];
	}
	f->sentences = t->sentences;
	f->words = t->words;
	f->lexicon = t->lexicon;
	f->coder = t->coder;
}

static void
check_header(const char *type, Size size, Size want, uint8 version, uint8 want_version,
			 uint8 flags, uint16 reserved, int32 pad)
{
	if (version != want_version)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("unsupported %s layout version %u", type, (unsigned) version),
				 errdetail("This version of opcode reads layout version %u.", (unsigned) want_version),
				 errhint("Update the opcode extension to the version that wrote the value.")));
	if (size != want || flags != 0 || reserved != 0 || pad != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupt %s value", type),
				 errdetail("Size %zu (expected %zu), flags %u, reserved %u, padding %d (all expected 0).",
						   (size_t) size, (size_t) want, (unsigned) flags, (unsigned) reserved, (int) pad)));
}

void
opcode_tally_from_datum(Datum d, OpTally *out)
{
	VicsTallyData *v = (VicsTallyData *) PG_DETOAST_DATUM(d);

	check_header("vics_tally", VARSIZE(v), sizeof(VicsTallyData), v->version, VICS_TALLY_VERSION,
				 v->flags, v->reserved, v->t.pad);
	fields_to_tally(&v->t, out);
	if ((Pointer) v != DatumGetPointer(d))
		pfree(v);
}

/* The sum aggregate's hot path: t came from checked core arithmetic. */
void
opcode_tally_store(VicsTallyData *dst, const OpTally *t)
{
	memset(dst, 0, sizeof(*dst));
	SET_VARSIZE(dst, sizeof(VicsTallyData));
	dst->version = VICS_TALLY_VERSION;
	tally_to_fields(t, &dst->t);
}

Datum
opcode_tally_to_datum(const OpTally *t)
{
	VicsTallyData *v = palloc(sizeof(VicsTallyData));
	OpError		err;

	/* a can't-happen guard: every construction path validated already */
	if (!opcode_tally_check(t, &err))
		elog(ERROR, "opcode: refusing to store an inconsistent vics_tally: %s", err.detail);

	opcode_tally_store(v, t);
	return PointerGetDatum(v);
}

void
opcode_profile_from_datum(Datum d, OpProfile *out)
{
	VicsProfileData *v = (VicsProfileData *) PG_DETOAST_DATUM(d);

	check_header("vics_profile", VARSIZE(v), sizeof(VicsProfileData), v->version, VICS_PROFILE_VERSION,
				 v->flags, v->reserved, v->pad | v->pooled.pad);
	memset(out, 0, sizeof(*out));
	fields_to_tally(&v->pooled, &out->pooled);
	out->docs = v->docs;
	out->docs_short = v->docs_short;
	out->min_utterances = v->min_utterances;
	for (int i = 0; i < VICS_NINDEX; i++)
	{
		out->idx[i].n = v->idx[i].n;
		out->idx[i].mean = v->idx[i].mean;
		out->idx[i].m2 = v->idx[i].m2;
	}
	if ((Pointer) v != DatumGetPointer(d))
		pfree(v);
}

/* The aggregates' hot path: p came from a valid state through the checked core arithmetic. */
void
opcode_profile_store(VicsProfileData *dst, const OpProfile *p)
{
	memset(dst, 0, sizeof(*dst));
	SET_VARSIZE(dst, sizeof(VicsProfileData));
	dst->version = VICS_PROFILE_VERSION;
	tally_to_fields(&p->pooled, &dst->pooled);
	dst->docs = p->docs;
	dst->docs_short = p->docs_short;
	dst->min_utterances = p->min_utterances;
	for (int i = 0; i < VICS_NINDEX; i++)
	{
		dst->idx[i].n = p->idx[i].n;
		dst->idx[i].mean = p->idx[i].mean;
		dst->idx[i].m2 = p->idx[i].m2;
	}
}

Datum
opcode_profile_to_datum(const OpProfile *p)
{
	VicsProfileData *v = palloc(sizeof(VicsProfileData));
	OpError		err;

	/* a can't-happen guard: every construction path validated already */
	if (!opcode_profile_check(p, &err))
		elog(ERROR, "opcode: refusing to store an inconsistent vics_profile: %s", err.detail);

	opcode_profile_store(v, p);
	return PointerGetDatum(v);
}

VicsProfileData *
opcode_profile_writable(Datum d)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(d);

	if (VARATT_IS_4B_U(v) && VARSIZE(v) == sizeof(VicsProfileData))
		return (VicsProfileData *) v;
	return NULL;
}

VicsTallyData *
opcode_tally_writable(Datum d)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(d);

	if (VARATT_IS_4B_U(v) && VARSIZE(v) == sizeof(VicsTallyData))
		return (VicsTallyData *) v;
	return NULL;
}

/* ---------------------------------------------------------------- text I/O */

/* what each type's text form looks like, for the hint of a syntax error */
static const char *
input_hint(const char *type)
{
	if (strcmp(type, "vics_tally") == 0)
		return "A vics_tally reads like (self: REW 1 APP 2; other: OPP 3; self tense: none; other tense: none; "
			"sentences 0; words 0; lexicon 00000000; coder 0); vics_tally(self int[], other int[]) builds one from counts.";
	return "A vics_profile is written by the vics_profile() aggregate; reuse its text form unchanged.";
}

static void
report_input(const char *type, const char *input, const OpError *err)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", type, input),
			 err->detail[0] ? errdetail("%s", err->detail) : 0,
			 errhint("%s", err->hint[0] ? err->hint : input_hint(type))));
}

PG_FUNCTION_INFO_V1(vics_tally_in);
Datum
vics_tally_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	OpTally		t;
	OpError		err = {0};

	if (!opcode_tally_parse(s, strlen(s), &t, &err))
		report_input("vics_tally", s, &err);
	PG_RETURN_DATUM(opcode_tally_to_datum(&t));
}

PG_FUNCTION_INFO_V1(vics_tally_out);
Datum
vics_tally_out(PG_FUNCTION_ARGS)
{
	OpTally		t;

	PG_GETARG_OPTALLY(0, &t);
	PG_RETURN_CSTRING(opcode_tally_format(&t, &opcode_palloc_allocator));
}

PG_FUNCTION_INFO_V1(vics_profile_in);
Datum
vics_profile_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	OpProfile	p;
	OpError		err = {0};

	if (!opcode_profile_parse(s, strlen(s), &p, &err))
		report_input("vics_profile", s, &err);
	PG_RETURN_DATUM(opcode_profile_to_datum(&p));
}

PG_FUNCTION_INFO_V1(vics_profile_out);
Datum
vics_profile_out(PG_FUNCTION_ARGS)
{
	OpProfile	p;

	PG_GETARG_OPPROFILE(0, &p);
	PG_RETURN_CSTRING(opcode_profile_format(&p, &opcode_palloc_allocator));
}

/* ---------------------------------------------------------------- binary I/O */

/*
 * Wire format (network byte order, field by field, never a struct image):
 *   tally:   uint8 version (1), uint8 flags (0), uint16 reserved (0), then the tally fields
 *   profile: uint8 version (1), uint8 flags (0), uint16 reserved (0), the tally fields of the
 *            pooled counts, int64 docs, int64 short, int32 min_utterances, then for each of
 *            the 17 indices int64 n, float8 mean, float8 m2
 *   tally fields: uint32 lexicon, uint16 coder, 12 x int64 counts (SELF REW..PUN, OTHER
 *            REW..PUN), 6 x int64 tense counts (SELF past..future, OTHER past..future),
 *            int64 sentences, int64 words
 */
static void
send_tally_fields(StringInfo buf, const OpTally *t)
{
	pq_sendint32(buf, t->lexicon);
	pq_sendint16(buf, t->coder);
	for (int w = 0; w < VICS_NWHO; w++)
		for (int c = 0; c < VICS_NCAT; c++)
			pq_sendint64(buf, t->count[w][c]);
	for (int w = 0; w < VICS_NWHO; w++)
		for (int k = 0; k < VICS_NTENSE; k++)
			pq_sendint64(buf, t->tense[w][k]);
	pq_sendint64(buf, t->sentences);
	pq_sendint64(buf, t->words);
}

static void
recv_tally_fields(StringInfo buf, OpTally *t)
{
	memset(t, 0, sizeof(*t));
	t->lexicon = pq_getmsgint(buf, 4);
	t->coder = pq_getmsgint(buf, 2);
	for (int w = 0; w < VICS_NWHO; w++)
		for (int c = 0; c < VICS_NCAT; c++)
			t->count[w][c] = pq_getmsgint64(buf);
	for (int w = 0; w < VICS_NWHO; w++)
		for (int k = 0; k < VICS_NTENSE; k++)
			t->tense[w][k] = pq_getmsgint64(buf);
	t->sentences = pq_getmsgint64(buf);
	t->words = pq_getmsgint64(buf);
}

/* wire sizes after the 4-byte header (see the format above) */
#define TALLY_WIRE_FIELDS (4 + 2 + 8 * (VICS_NWHO * VICS_NCAT + VICS_NWHO * VICS_NTENSE + 2))
#define PROFILE_WIRE_FIELDS (TALLY_WIRE_FIELDS + 8 + 8 + 4 + VICS_NINDEX * (8 + 8 + 8))

/* Reads and checks the header, then checks that exactly `fields` bytes follow. */
static void
recv_header(StringInfo buf, const char *type, uint8 want_version, int fields)
{
	uint8		version;
	uint8		flags;
	uint16		reserved;
	int			left;

	if (buf->len - buf->cursor < 4)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", type),
				 errdetail("The value has %d bytes, fewer than its 4-byte header.", buf->len - buf->cursor)));
	version = pq_getmsgbyte(buf);
	flags = pq_getmsgbyte(buf);
	reserved = pq_getmsgint(buf, 2);

	if (version != want_version)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %u for type %s", (unsigned) version, type),
				 errdetail("This version of opcode reads binary format version %u.", (unsigned) want_version),
				 errhint("Send the value with the same opcode version, or in text form.")));
	if (flags != 0 || reserved != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", type),
				 errdetail("Flags are %u and reserved bits %u; both must be 0.", (unsigned) flags, (unsigned) reserved)));
	left = buf->len - buf->cursor;
	if (left != fields)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", type),
				 errdetail("%d bytes follow the header; binary format version %u has %d.",
						   left, (unsigned) version, fields)));
}

static void
recv_end(StringInfo buf, const char *type)
{
	if (buf->cursor != buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", type),
				 errdetail("%d bytes follow the end of the value.", buf->len - buf->cursor)));
}

static void
report_recv(const char *type, const OpError *err)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary value for type %s", type),
			 err->detail[0] ? errdetail("%s", err->detail) : 0,
			 errhint("Binary values must come from %s_send of the same opcode version, unaltered.", type)));
}

PG_FUNCTION_INFO_V1(vics_tally_send);
Datum
vics_tally_send(PG_FUNCTION_ARGS)
{
	OpTally		t;
	StringInfoData buf;

	PG_GETARG_OPTALLY(0, &t);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, VICS_TALLY_VERSION);
	pq_sendbyte(&buf, 0);
	pq_sendint16(&buf, 0);
	send_tally_fields(&buf, &t);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(vics_tally_recv);
Datum
vics_tally_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	OpTally		t;
	OpError		err;

	recv_header(buf, "vics_tally", VICS_TALLY_VERSION, TALLY_WIRE_FIELDS);
	recv_tally_fields(buf, &t);
	recv_end(buf, "vics_tally");
	if (!opcode_tally_check(&t, &err))
		report_recv("vics_tally", &err);
	PG_RETURN_DATUM(opcode_tally_to_datum(&t));
}

PG_FUNCTION_INFO_V1(vics_profile_send);
Datum
vics_profile_send(PG_FUNCTION_ARGS)
{
	OpProfile	p;
	StringInfoData buf;

	PG_GETARG_OPPROFILE(0, &p);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, VICS_PROFILE_VERSION);
	pq_sendbyte(&buf, 0);
	pq_sendint16(&buf, 0);
	send_tally_fields(&buf, &p.pooled);
	pq_sendint64(&buf, p.docs);
	pq_sendint64(&buf, p.docs_short);
	pq_sendint32(&buf, p.min_utterances);
	for (int i = 0; i < VICS_NINDEX; i++)
	{
		pq_sendint64(&buf, p.idx[i].n);
		pq_sendfloat8(&buf, p.idx[i].mean);
		pq_sendfloat8(&buf, p.idx[i].m2);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(vics_profile_recv);
Datum
vics_profile_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	OpProfile	p;
	OpError		err;

	memset(&p, 0, sizeof(p));
	recv_header(buf, "vics_profile", VICS_PROFILE_VERSION, PROFILE_WIRE_FIELDS);
	recv_tally_fields(buf, &p.pooled);
	p.docs = pq_getmsgint64(buf);
	p.docs_short = pq_getmsgint64(buf);
	p.min_utterances = (int32) pq_getmsgint(buf, 4);
	for (int i = 0; i < VICS_NINDEX; i++)
	{
		p.idx[i].n = pq_getmsgint64(buf);
		p.idx[i].mean = pq_getmsgfloat8(buf) + 0.0;	/* -0 reads as 0, as in text */
		p.idx[i].m2 = pq_getmsgfloat8(buf) + 0.0;
	}
	recv_end(buf, "vics_profile");
	if (!opcode_profile_check(&p, &err))
		report_recv("vics_profile", &err);
	PG_RETURN_DATUM(opcode_profile_to_datum(&p));
}

/* ---------------------------------------------------------------- equality, hashing */

static bool
tally_equal(const OpTally *a, const OpTally *b)
{
	if (a->lexicon != b->lexicon || a->coder != b->coder ||
		a->sentences != b->sentences || a->words != b->words)
		return false;
	for (int w = 0; w < VICS_NWHO; w++)
	{
		for (int c = 0; c < VICS_NCAT; c++)
			if (a->count[w][c] != b->count[w][c])
				return false;
		for (int k = 0; k < VICS_NTENSE; k++)
			if (a->tense[w][k] != b->tense[w][k])
				return false;
	}
	return true;
}

static bool
profile_equal(const OpProfile *a, const OpProfile *b)
{
	if (!tally_equal(&a->pooled, &b->pooled) || a->docs != b->docs ||
		a->docs_short != b->docs_short || a->min_utterances != b->min_utterances)
		return false;
	/* moments are finite and never -0, so == is identity of the stored bits */
	for (int i = 0; i < VICS_NINDEX; i++)
		if (a->idx[i].n != b->idx[i].n || a->idx[i].mean != b->idx[i].mean || a->idx[i].m2 != b->idx[i].m2)
			return false;
	return true;
}

PG_FUNCTION_INFO_V1(vics_tally_eq);
Datum
vics_tally_eq(PG_FUNCTION_ARGS)
{
	OpTally		a,
				b;

	PG_GETARG_OPTALLY(0, &a);
	PG_GETARG_OPTALLY(1, &b);
	PG_RETURN_BOOL(tally_equal(&a, &b));
}

PG_FUNCTION_INFO_V1(vics_tally_ne);
Datum
vics_tally_ne(PG_FUNCTION_ARGS)
{
	OpTally		a,
				b;

	PG_GETARG_OPTALLY(0, &a);
	PG_GETARG_OPTALLY(1, &b);
	PG_RETURN_BOOL(!tally_equal(&a, &b));
}

PG_FUNCTION_INFO_V1(vics_tally_hash);
Datum
vics_tally_hash(PG_FUNCTION_ARGS)
{
	OpTally		t;
	VicsTallyFields f;

	/* the field image is canonical (explicit zero padding), so equal values hash equally */
	PG_GETARG_OPTALLY(0, &t);
	tally_to_fields(&t, &f);
	PG_RETURN_DATUM(hash_any((const unsigned char *) &f, sizeof(f)));
}

PG_FUNCTION_INFO_V1(vics_profile_eq);
Datum
vics_profile_eq(PG_FUNCTION_ARGS)
{
	OpProfile	a,
				b;

	PG_GETARG_OPPROFILE(0, &a);
	PG_GETARG_OPPROFILE(1, &b);
	PG_RETURN_BOOL(profile_equal(&a, &b));
}

PG_FUNCTION_INFO_V1(vics_profile_ne);
Datum
vics_profile_ne(PG_FUNCTION_ARGS)
{
	OpProfile	a,
				b;

	PG_GETARG_OPPROFILE(0, &a);
	PG_GETARG_OPPROFILE(1, &b);
	PG_RETURN_BOOL(!profile_equal(&a, &b));
}

/* ---------------------------------------------------------------- arithmetic */

PG_FUNCTION_INFO_V1(vics_tally_add);
Datum
vics_tally_add(PG_FUNCTION_ARGS)
{
	OpTally		a,
				b;
	OpError		err;

	PG_GETARG_OPTALLY(0, &a);
	PG_GETARG_OPTALLY(1, &b);
	if (!opcode_tally_add(&a, &b, &err))
		opcode_report(&err);
	PG_RETURN_DATUM(opcode_tally_to_datum(&a));
}

/*
 * Transition and combine function of vics_tally_sum: NULL inputs are skipped, the first
 * non-NULL tally becomes the state (nodeAgg copies it into the aggregate context), later
 * ones are added in place.
 */
PG_FUNCTION_INFO_V1(vics_tally_sum_trans);
Datum
vics_tally_sum_trans(PG_FUNCTION_ARGS)
{
	OpTally		a,
				b;
	OpError		err;
	VicsTallyData *dst;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(0))
	{
		/* validate and copy into a plain varlena that later calls may overwrite */
		PG_GETARG_OPTALLY(1, &b);
		PG_RETURN_DATUM(opcode_tally_to_datum(&b));
	}
	PG_GETARG_OPTALLY(0, &a);
	PG_GETARG_OPTALLY(1, &b);
	if (!opcode_tally_add(&a, &b, &err))
		opcode_report(&err);
	if (AggCheckCallContext(fcinfo, NULL) && (dst = opcode_tally_writable(PG_GETARG_DATUM(0))) != NULL)
	{
		opcode_tally_store(dst, &a);
		PG_RETURN_POINTER(dst);
	}
	PG_RETURN_DATUM(opcode_tally_to_datum(&a));
}

/* ---------------------------------------------------------------- constructor */

static void
array_counts(ArrayType *arr, const char *argname, int64 *out)
{
	int32	   *v;

	if (ARR_NDIM(arr) != 1 || ARR_DIMS(arr)[0] != VICS_NCAT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be an array of exactly %d counts", argname, VICS_NCAT),
				 errdetail("The array has %d dimension(s) and %d element(s).",
						   ARR_NDIM(arr), ARR_NDIM(arr) > 0 ? ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr)) : 0),
				 errhint("Give one count per category in the order REW, PRO, APP, OPP, THR, PUN, e.g. ARRAY[1,0,2,0,0,0].")));
	if (ARR_ELEMTYPE(arr) != INT4OID)
		elog(ERROR, "opcode: vics_tally() expects int[] arguments");
	if (array_contains_nulls(arr))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not contain NULL counts", argname),
				 errhint("Write 0 for a category with no utterances.")));
	v = (int32 *) ARR_DATA_PTR(arr);
	for (int c = 0; c < VICS_NCAT; c++)
	{
		if (v[c] < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s count of %s is negative: %d", argname, opcode_category_code[c], v[c]),
					 errhint("Counts of utterances are 0 or more.")));
		out[c] = v[c];
	}
}

PG_FUNCTION_INFO_V1(vics_tally_make);
Datum
vics_tally_make(PG_FUNCTION_ARGS)
{
	OpTally		t;

	memset(&t, 0, sizeof(t));	/* lexicon 0, coder 0: entered by hand */
	array_counts(PG_GETARG_ARRAYTYPE_P(0), "self", t.count[VICS_SELF]);
	array_counts(PG_GETARG_ARRAYTYPE_P(1), "other", t.count[VICS_OTHER]);
	PG_RETURN_DATUM(opcode_tally_to_datum(&t));
}
