# opcode: PGXS build.  The version lives in opcode.control only.
EXTENSION  = opcode
EXTVERSION = $(shell sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" opcode.control)
MODULE_big = opcode

CORE_SRCS = $(sort $(wildcard src/core/*.c))
PG_SRCS   = $(sort $(wildcard src/pg/*.c))
OBJS      = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)

# The install script is assembled from src/sql/*.sql (one file per module, applied in
# name order) plus the generated shipped-data inserts (lexicon, norming groups).
SQL_PARTS   = $(sort $(wildcard src/sql/*.sql))
DATA_built  = sql/opcode--$(EXTVERSION).sql
DATA        = $(filter-out $(DATA_built),$(wildcard sql/opcode--*--*.sql))
# install scripts of released versions (test/t/003_upgrade.pl upgrades from each of them)
DATA       += $(wildcard sql/released/opcode--*.sql)

# pg_regress suites: every sql/*.sql that is not an install or upgrade script.
REGRESS      = $(sort $(basename $(notdir $(filter-out sql/opcode--%,$(wildcard sql/*.sql)))))
REGRESS_OPTS = --encoding=UTF8 --no-locale --load-extension=opcode
TAP_TESTS    = 1
PROVE_TESTS  = $(sort $(wildcard test/t/*.pl))

EXT_ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n)
EXT_ICU_LIBS   := $(shell pkg-config --libs icu-uc icu-i18n)
PG_CPPFLAGS    += -I$(srcdir)/src/core -I$(srcdir)/src/pg $(EXT_ICU_CFLAGS)
PG_CFLAGS      += -std=gnu99 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare
SHLIB_LINK     += $(EXT_ICU_LIBS) -lm

EXTRA_CLEAN = sql/opcode--$(EXTVERSION).sql src/sql/generated results regression.diffs regression.out tmp_check test/unit/run_core_tests

PG_CONFIG ?= /usr/lib/postgresql/15/bin/pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Generated SQL for shipped data (built by tools/gen-sql from data/).
sql/opcode--$(EXTVERSION).sql: $(SQL_PARTS) $(wildcard data/*/*.tsv) tools/gen-sql opcode.control
	perl tools/gen-sql $(SQL_PARTS) > $@.tmp && mv $@.tmp $@

# Unit tests of src/core, outside the server (plain C + ICU, no postgres.h).
CORE_TEST_SRCS = $(sort $(wildcard test/unit/*.c))
test/unit/run_core_tests: $(CORE_TEST_SRCS) $(CORE_SRCS) $(wildcard src/core/*.h)
	$(CC) -std=gnu99 -O1 -g -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Isrc/core $(EXT_ICU_CFLAGS) \
	  -fsanitize=address,undefined -fno-sanitize-recover=all \
	  -o $@ $(CORE_TEST_SRCS) $(CORE_SRCS) $(EXT_ICU_LIBS) -lm

.PHONY: unitcheck
unitcheck: test/unit/run_core_tests
	./test/unit/run_core_tests

# Static checks: cppcheck and tools/lint-sql (tools/lint --deep adds scan-build).
.PHONY: lint
lint:
	tools/lint
