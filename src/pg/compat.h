/*
 * compat.h — the one place for differences between PostgreSQL 13 and 17
 * that the glue (src/pg) has to bridge.  Include after postgres.h.
 */
#ifndef GR_COMPAT_H
#define GR_COMPAT_H

#include "utils/elog.h"

/*
 * Soft errors (PostgreSQL 16): an input function reports bad input with
 * ereturn(fcinfo->context, dummy, ...) so that pg_input_is_valid() and
 * COPY ... ON_ERROR can catch it without a subtransaction.  Before 16 there
 * is no error-saving context: raise the error as usual.
 */
#if PG_VERSION_NUM < 160000
#define ereturn(context, dummy_value, ...) \
	do { \
		(void) (context); \
		ereport(ERROR, __VA_ARGS__); \
		return dummy_value; \
	} while (0)
#endif

#endif							/* GR_COMPAT_H */
