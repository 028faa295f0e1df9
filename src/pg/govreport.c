/*
 * govreport.c — module magic and the glue helpers every SQL surface shares.
 */
#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"
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

/*
 * The bump arena (gr_pg_bump_mem): a reading's small blocks carved one after
 * the other out of larger ones, blocks above BUMP_LIMIT palloc'd on their
 * own.  palloc rounds a small chunk up to a power of two and puts it in
 * blocks that double as the context grows, so a reading of ~45 kB in small
 * pieces took 100-170 kB of the context; freed together at the end of
 * each row, that much memory goes back to the kernel (glibc trims the top
 * of its heap past 128 kB) and is faulted in again on the next row.
 * Carved here it takes what it asks for.  Every block lives in the context
 * that was current when the arena was made, as palloc's would.
 */
#define BUMP_BLOCK ((size_t) 32 * 1024)
#define BUMP_LIMIT ((size_t) 6 * 1024)

typedef struct bump
{
	MemoryContext cxt;
	char	   *cur;			/* free room of the current block */
	size_t		left;
	char	   *last;			/* the last block carved, which can grow in place */
} bump;

static void *
bump_carve(bump *b, size_t n)
{
	char	   *p;

	n = MAXALIGN(n);
	if (n > b->left)
	{
		/* the first block holds a report's small blocks; more come smaller */
		size_t		size = b->cur == NULL ? BUMP_BLOCK : BUMP_BLOCK / 2;

		b->cur = MemoryContextAlloc(b->cxt, size);
		b->left = size;
	}
	p = b->cur;
	b->cur += n;
	b->left -= n;
	b->last = p;
	return p;
}

static void *
bump_alloc_raw(void *ctx, size_t n)
{
	bump	   *b = ctx;

	if (n > BUMP_LIMIT)
	{
		if (!AllocSizeIsValid(n))
			return pg_arena_alloc(ctx, n);	/* raises the size error */
		return MemoryContextAlloc(b->cxt, n);
	}
	return bump_carve(b, n);
}

static void *
bump_alloc(void *ctx, size_t n)
{
	void	   *p = bump_alloc_raw(ctx, n);

	memset(p, 0, n);
	return p;
}

/*
 * A block of the arena made n bytes long: one above BUMP_LIMIT was
 * palloc'd (whether made so or grown to it) and grows as gr_pg_mem's do;
 * the last small block carved grows in place while its block has room;
 * any other is copied.
 */
static void *
bump_grow(void *ctx, void *p, size_t old, size_t n)
{
	bump	   *b = ctx;
	void	   *np;

	if (old > BUMP_LIMIT)
		return pg_arena_grow(ctx, p, old, n);
	if (n <= BUMP_LIMIT && p == b->last &&
		MAXALIGN(n) - MAXALIGN(old) <= b->left)
	{
		b->cur += MAXALIGN(n) - MAXALIGN(old);
		b->left -= MAXALIGN(n) - MAXALIGN(old);
		return p;
	}
	np = bump_alloc_raw(ctx, n);
	memcpy(np, p, old);
	return np;
}

gr_mem
gr_pg_bump_mem(void)
{
	bump	   *b = palloc0(sizeof(bump));
	gr_mem		m = {bump_alloc, NULL, bump_alloc_raw, bump_grow};

	b->cxt = CurrentMemoryContext;
	m.ctx = b;
	return m;
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
	gr_mem		m = gr_pg_bump_mem();
	gr_doc	   *d = gr_alloc_raw(&m, sizeof(gr_doc));	/* gr_parse clears it */

	gr_parse(d, s, len, &m, gr_pg_interrupt);
	return d;
}

TupleDesc
gr_pg_row_type(FunctionCallInfo fcinfo)
{
	TupleDesc	td;

	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning a record called in a context that cannot accept it")));
	return td;
}
