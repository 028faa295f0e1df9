/*
 * glue.h — shared pieces of the fmgr glue (src/pg).  The glue stays thin:
 * it converts between PostgreSQL values and the core's gr_doc, and turns
 * core codes into SQLSTATEs.
 */
#ifndef GR_GLUE_H
#define GR_GLUE_H

#include "postgres.h"
#include "access/tupdesc.h"
#include "fmgr.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "gr.h"

/* An arena on the current memory context (palloc0). */
gr_mem		gr_pg_mem(void);

/*
 * An arena on the current memory context that carves small blocks out of
 * larger ones instead of a palloc each (govreport.c): for one reading whose
 * blocks are freed together with the context.
 */
gr_mem		gr_pg_bump_mem(void);

/*
 * The text of a report as UTF-8: the argument itself in a UTF8 database,
 * converted from EUC_CN, an ERROR naming the encoding otherwise.
 */
const char *gr_pg_utf8_text(text *t, size_t *len);

/* Read a report text into a document allocated in the current context. */
gr_doc	   *gr_pg_parse_text(text *t);

/* m / 10^scale as a numeric, exactly, with scale decimals (numeric.c). */
Numeric		gr_pg_numeric(int64 m, int scale);

/*
 * A numeric as a cell within the core's limits (numeric.c); false, with
 * *why saying what is wrong, for NaN, infinity, more than GR_MAX_SCALE
 * decimals or a mantissa beyond GR_MAX_MANTISSA.  Never raises.
 */
bool		gr_pg_numeric_to_cell(Numeric n, gr_cell *out, const char **why);

/* Small counts share one Numeric per call: a zeroed cache, made per call. */
#define GR_PG_SMALL_NUMERICS 128
typedef struct gr_pg_numcache
{
	Numeric		small[GR_PG_SMALL_NUMERICS];
} gr_pg_numcache;

/* gr_pg_numeric, shared from the cache for a count below GR_PG_SMALL_NUMERICS. */
Numeric		gr_pg_numeric_cached(gr_pg_numcache *c, int64 m, int scale);

/* The jsonb document of a gr_doc (jsonb_write.c). */
Jsonb	   *gr_doc_to_jsonb(const gr_doc *d);

/*
 * The same document as a tree of JsonbValues, as JsonbValueToJsonb takes
 * it (jsonb_write.c): the tests write it with the server's writer and
 * compare the bytes with gr_doc_to_jsonb's.
 */
JsonbValue *gr_pg_doc_tree(const gr_doc *d);

/*
 * A gr_doc from a jsonb document (jsonb_read.c).  Never raises for the
 * document's shape: each problem is appended to *problems (a palloc'd array
 * of "path: what is wrong" strings, *nproblems its length) and the part is
 * treated as absent.  Callers that must reject a malformed document raise
 * 22023 with the first problem.
 */
gr_doc	   *gr_doc_from_jsonb(Jsonb *jb, char ***problems, int *nproblems);

/*
 * The row type a function returning a composite is called for, or ERROR
 * 0A000 when it is called where no row type is known.
 */
TupleDesc	gr_pg_row_type(FunctionCallInfo fcinfo);

/* A document argument read with gr_doc_from_jsonb, or ERROR 22023 naming its first problem. */
gr_doc	   *gr_pg_doc_arg(Jsonb *jb);

#endif
