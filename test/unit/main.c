/* main.c: runs every registered core unit test and prints "N passed, N failed". */
#include "unit.h"

#define MAX_TESTS 1024

static struct { const char *name; UnitFn fn; } tests[MAX_TESTS];
static int	ntests;
int			unit_failures;

void
unit_register(const char *name, UnitFn fn)
{
	if (ntests < MAX_TESTS)
		tests[ntests++] = (typeof(tests[0])) {name, fn};
}

static void *unit_alloc(void *ctx, size_t n) { void *p = malloc(n ? n : 1); if (!p) abort(); return p; }
static void unit_release(void *ctx, void *p) { free(p); }
const OpAllocator unit_allocator = {unit_alloc, unit_release, NULL};

int
main(int argc, char **argv)
{
	int			passed = 0, failed = 0;

	for (int i = 0; i < ntests; i++)
	{
		int			before = unit_failures;

		if (argc > 1 && strstr(tests[i].name, argv[1]) == NULL)
			continue;
		tests[i].fn();
		if (unit_failures == before)
			passed++;
		else
		{
			failed++;
			fprintf(stderr, "FAIL %s\n", tests[i].name);
		}
	}
	printf("core unit tests: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
