/*
 * What every libFuzzer harness of test/fuzz needs: a malloc-backed OpAllocator for the
 * core, a property check that aborts (libFuzzer reports an abort as a finding), and a
 * reader that turns the fuzz input into numbers without ever running past its end.
 */
#ifndef OPCODE_FUZZ_COMMON_H
#define OPCODE_FUZZ_COMMON_H

#include "opcore.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void *fz_alloc(void *ctx, size_t n) { void *p = malloc(n ? n : 1); if (!p) abort(); return p; }
static void fz_release(void *ctx, void *p) { free(p); }
static const OpAllocator fz_allocator = {fz_alloc, fz_release, NULL};

#define REQUIRE(cond) do { if (!(cond)) { \
	fprintf(stderr, "%s: property failed at %s:%d: %s\n", FUZZ_NAME, __FILE__, __LINE__, #cond); abort(); } } while (0)

typedef struct Reader
{
	const uint8_t *p;
	size_t		left;
} Reader;

/* the next input byte, 0 once the input is used up (so short inputs still decode) */
static inline uint8_t
byte(Reader *r)
{
	if (r->left == 0)
		return 0;
	r->left--;
	return *r->p++;
}

#endif
