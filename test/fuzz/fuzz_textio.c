/*
 * libFuzzer harness for the tally and profile text parsers (src/core/textio.c).
 * Properties: no crash or sanitizer report on any input; whatever parses passes the
 * invariant checks, formats, and the canonical text parses back to the same text.
 * Build with clang-14 -fsanitize=fuzzer,address,undefined -Isrc/core, linking every
 * src/core source, ICU (pkg-config icu-uc icu-i18n) and -lm.
 */
#include "textio.h"
#include "validate.h"

#define FUZZ_NAME "fuzz_textio"
#include "fuzz_common.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	OpTally		t,
				t2;
	OpProfile	p,
				p2;
	OpError		err;
	const char *s = (const char *) data;

	if (opcode_tally_parse(s, size, &t, &err))
	{
		char	   *a = opcode_tally_format(&t, &fz_allocator);
		char	   *b;

		if (!opcode_tally_check(&t, &err) || !opcode_tally_parse(a, strlen(a), &t2, &err))
			abort();
		b = opcode_tally_format(&t2, &fz_allocator);
		if (strcmp(a, b) != 0)
			abort();
		free(a);
		free(b);
	}
	if (opcode_profile_parse(s, size, &p, &err))
	{
		char	   *a = opcode_profile_format(&p, &fz_allocator);
		char	   *b;

		if (!opcode_profile_check(&p, &err) || !opcode_profile_parse(a, strlen(a), &p2, &err))
			abort();
		b = opcode_profile_format(&p2, &fz_allocator);
		if (strcmp(a, b) != 0 || memcmp(p.idx, p2.idx, sizeof(p.idx)) != 0)
			abort();
		free(a);
		free(b);
	}
	return 0;
}
