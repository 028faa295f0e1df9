/*
 * govreport.c — module magic and the glue helpers every SQL surface shares.
 */
#include "postgres.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "glue.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * At load, in assert-enabled builds: the form's tables (form.c) agree with
 * each other and with the fold table, or the library is not used.
 */
void
_PG_init(void)
{
#ifdef USE_ASSERT_CHECKING
	const char *why = gr_form_selfcheck();

	if (why != NULL)
		elog(ERROR, "govreport: the form's tables fail their self-check: %s", why);
#endif
}

static void *
pg_arena_alloc(void *ctx, size_t n)
{
	(void) ctx;
	/* the core's largest block (the token array) grows with the text */
	if (!AllocSizeIsValid(n))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("report text is too large to read"),
				 errdetail("Reading it needs a block of %zu bytes; the limit is %zu.",
						   n, (size_t) MaxAllocSize),
				 errhint("Remove what is not the report, or split the text.")));
	return palloc0(n);
}

/* The same, not zeroed: buffers the core writes before it reads them. */
static void *
pg_arena_alloc_raw(void *ctx, size_t n)
{
	(void) ctx;
	if (!AllocSizeIsValid(n))
		return pg_arena_alloc(ctx, n);	/* raises the same error */
	return palloc(n);
}

/*
 * The token array grows in place (repalloc: realloc, then mremap for a
 * block this large), so the copies it outgrows are not left in the context
 * until the call ends.  It is bounded by the text (src/core/scan.h), so it
 * may pass 1 GB only for a text of several hundred MB.
 */
static void *
pg_arena_grow(void *ctx, void *p, size_t old, size_t n)
{
	(void) ctx;
	(void) old;
	if (!AllocHugeSizeIsValid(n))
		return pg_arena_alloc(ctx, n);	/* raises the size error */
	return repalloc_huge(p, n);
}

gr_mem
gr_pg_mem(void)
{
	gr_mem		m = {pg_arena_alloc, NULL, pg_arena_alloc_raw, pg_arena_grow};

	return m;
}

const char *
gr_pg_utf8_text(text *t, size_t *len)
{
	int			enc = GetDatabaseEncoding();
	const char *s = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
	{
		*len = (size_t) n;
		return s;
	}
	if (enc == PG_EUC_CN)
	{
		char	   *u = (char *) pg_do_encoding_conversion((unsigned char *) s, n,
														   PG_EUC_CN, PG_UTF8);

		*len = (u == s) ? (size_t) n : strlen(u);
		return u;
	}
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("govreport does not support server encoding \"%s\"",
					GetDatabaseEncodingName()),
			 errhint("Use a database whose encoding is UTF8 or EUC_CN.")));
	return NULL;				/* keep compiler quiet */
}

static void
gr_pg_interrupt(void)
{
	CHECK_FOR_INTERRUPTS();
}

gr_doc *
gr_pg_parse_text(text *t)
{
	size_t		len;
	const char *s = gr_pg_utf8_text(t, &len);
	gr_mem		m = gr_pg_mem();
	gr_doc	   *d = palloc0(sizeof(gr_doc));

	gr_parse(d, s, len, &m, gr_pg_interrupt);
	return d;
}
