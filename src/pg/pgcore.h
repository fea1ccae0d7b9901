/*
 * pgcore.h: the bridge from src/core conventions to the server: a palloc allocator and
 * ereport of an OpError with the SQLSTATE of its kind.
 */
#ifndef OPCODE_PGCORE_H
#define OPCODE_PGCORE_H

#include "postgres.h"
#include "opcore.h"

/* An allocator that pallocs in CurrentMemoryContext at the time of each call. */
extern const OpAllocator opcode_palloc_allocator;

/* Raises the error (never returns). */
extern void opcode_report(const OpError *err) pg_attribute_noreturn();

#endif
