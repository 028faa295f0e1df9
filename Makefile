# govreport — PGXS build.  Objects come from src/core (plain C, no server
# headers) and src/pg (fmgr glue); the install script is assembled from the
# numbered fragments in src/sql; the regression tests are every sql/*.sql.

EXTENSION = govreport
MODULE_big = govreport

CORE_SRCS = $(sort $(wildcard src/core/*.c))
GLUE_SRCS = $(sort $(wildcard src/pg/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

# The install script of the current version is built from src/sql; the
# scripts of earlier versions and the update scripts are frozen files.
DATA_built = govreport--1.7.sql
DATA = govreport--1.0.sql govreport--1.0--1.1.sql \
       govreport--1.1.sql govreport--1.1--1.2.sql \
       govreport--1.2.sql govreport--1.2--1.3.sql \
       govreport--1.3.sql govreport--1.3--1.4.sql \
       govreport--1.4.sql govreport--1.4--1.5.sql \
       govreport--1.5.sql govreport--1.5--1.6.sql \
       govreport--1.6.sql govreport--1.6--1.7.sql
SQL_PARTS = $(sort $(wildcard src/sql/*.sql) src/sql/10_types.sql)

TESTS = $(sort $(wildcard sql/*.sql))
REGRESS ?= $(patsubst sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --encoding=UTF8 --no-locale

PG_CPPFLAGS = -I$(srcdir)/src/core -I$(srcdir)/src/pg
# -fno-semantic-interposition: the module's calls between its own functions
# bind inside it (no PLT, inlined where the compiler sees fit); nothing
# interposes them.
PG_CFLAGS = -std=gnu99 -fno-semantic-interposition

EXTRA_CLEAN = test/unit/*.bin test/fuzz/*.bin bench/*.bin test/pgmod/*.o test/pgmod/*.so

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS tracks no header dependencies: every object is rebuilt when a header changes.
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

govreport--1.7.sql: $(SQL_PARTS)
	cat $(SQL_PARTS) > $@

# The base types' fragment is written from one template, a block per type.
src/sql/10_types.sql: src/sql/10_types.sql.in src/sql/gen_types.awk
	awk -f src/sql/gen_types.awk src/sql/10_types.sql.in > $@.tmp && mv $@.tmp $@
EXTRA_CLEAN += src/sql/10_types.sql

# Server-free tests of the core: plain $(CC), no PostgreSQL headers.
CORE_CFLAGS ?= -std=c99 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Werror
.PHONY: check-core
check-core:
	$(MAKE) -C test/unit CC="$(CC)" CORE_CFLAGS="$(CORE_CFLAGS)"

# The govreport command: make cli, make install-cli (cli/cli.mk).
include $(srcdir)/cli/cli.mk
