/*
 * opcore.h: what src/core needs from its caller.
 *
 * The core never allocates with malloc directly nor reports errors itself: the caller hands
 * it an allocator (palloc inside the server, malloc in unit tests and fuzzers) and reads a
 * structured error back, which the PostgreSQL face turns into ereport(ERROR) with the
 * matching errcode.  This keeps the core testable outside the server and free of longjmp.
 */
#ifndef OPCODE_OPCORE_H
#define OPCODE_OPCORE_H

#include <stddef.h>
#include <stdbool.h>

typedef struct OpAllocator
{
	void	   *(*alloc) (void *ctx, size_t size);	/* must not return NULL (may longjmp) */
	void		(*release) (void *ctx, void *ptr);	/* may be a no-op (memory contexts) */
	void	   *ctx;
} OpAllocator;

/* The kinds of failure the core can report; src/pg maps each to a SQLSTATE. */
typedef enum OpErrorKind
{
	OP_OK = 0,
	OP_ERR_SYNTAX,				/* malformed literal: 22P02 */
	OP_ERR_RANGE,				/* value out of range / overflow: 22003 */
	OP_ERR_PARAM,				/* bad option or argument: 22023 */
	OP_ERR_DATA,				/* inconsistent data (e.g. mixed lexicons): 22000 */
	OP_ERR_ENCODING,			/* invalid UTF-8: 22021 */
	OP_ERR_ICU,					/* ICU failure: XX000-ish, reported with the ICU name */
	OP_ERR_CANCEL				/* the caller's interrupt check asked to stop */
} OpErrorKind;

typedef struct OpError
{
	OpErrorKind kind;
	char		message[256];	/* lower-case fragment, PostgreSQL style */
	char		detail[512];	/* full sentence(s), or empty */
	char		hint[256];		/* actionable advice, or empty */
} OpError;

/* printf-style helpers that fill an OpError; return false so callers can "return op_fail(...)" */
bool		op_fail(OpError *err, OpErrorKind kind, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));
void		op_detail(OpError *err, const char *fmt,...) __attribute__((format(printf, 2, 3)));
void		op_hint(OpError *err, const char *fmt,...) __attribute__((format(printf, 2, 3)));

#endif							/* OPCODE_OPCORE_H */
