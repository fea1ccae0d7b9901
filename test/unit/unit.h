/*
 * unit.h: a minimal self-registering unit-test harness for src/core (no server needed).
 * Each test file defines UNIT_TEST(name) { ... CHECK(...); } and is linked into one binary.
 */
#ifndef OPCODE_UNIT_H
#define OPCODE_UNIT_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*UnitFn) (void);
void		unit_register(const char *name, UnitFn fn);
extern int	unit_failures;

#define UNIT_TEST(name) \
	static void name(void); \
	__attribute__((constructor)) static void register_##name(void) { unit_register(#name, name); } \
	static void name(void)

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "  %s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); unit_failures++; } } while (0)

#define CHECK_NEAR(got, want, eps) do { double g_ = (got), w_ = (want); \
	if (!(fabs(g_ - w_) <= (eps))) { \
	fprintf(stderr, "  %s:%d: %s = %.17g, want %.17g (eps %g)\n", __FILE__, __LINE__, #got, g_, w_, (double) (eps)); \
	unit_failures++; } } while (0)

#define CHECK_STR(got, want) do { const char *g_ = (got), *w_ = (want); \
	if (!g_ || strcmp(g_, w_) != 0) { \
	fprintf(stderr, "  %s:%d: %s = \"%s\", want \"%s\"\n", __FILE__, __LINE__, #got, g_ ? g_ : "(null)", w_); \
	unit_failures++; } } while (0)

/* malloc-backed allocator for core code under test */
#include "opcore.h"
extern const OpAllocator unit_allocator;

#endif
