/*
 * sum.c — govreport.report_sum(jsonb), an aggregate with an internal state,
 * parallel safe.
 *
 * The state is a gr_sum (src/core/sum.c) in the aggregate's memory context,
 * updated in place.  Partial states travel between parallel workers in a
 * compact binary form: a header, then each cell of the union storage as one
 * state byte, followed by scale and mantissa for a value.
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/jsonb.h"

#include "glue.h"

PG_FUNCTION_INFO_V1(report_sum_trans);
PG_FUNCTION_INFO_V1(report_sum_combine);
PG_FUNCTION_INFO_V1(report_sum_serialize);
PG_FUNCTION_INFO_V1(report_sum_deserialize);
PG_FUNCTION_INFO_V1(report_sum_final);

/* First byte of a serialized state; bump when the layout changes. */
#define SUM_STATE_VERSION 1

static void
overflow_error(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("report_sum out of range"),
			 errdetail("A cell of the sum would exceed 15 significant digits or 6 decimals.")));
}

static MemoryContext
agg_context(FunctionCallInfo fcinfo, const char *fn)
{
	MemoryContext ctx;

	if (!AggCheckCallContext(fcinfo, &ctx))
		elog(ERROR, "%s called in non-aggregate context", fn);
	return ctx;
}

static gr_sum *
new_state(MemoryContext ctx)
{
	gr_sum	   *s = MemoryContextAlloc(ctx, sizeof(gr_sum));

	gr_sum_init(s);
	return s;
}

/* report_sum transition: add one document (NULL inputs are skipped). */
Datum
report_sum_trans(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "report_sum_trans");
	gr_sum	   *s = PG_ARGISNULL(0) ? NULL : (gr_sum *) PG_GETARG_POINTER(0);
	gr_doc	   *d;

	if (PG_ARGISNULL(1))
	{
		if (s == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s);
	}
	/* the document is read in the per-call context; only the sum persists */
	d = gr_pg_doc_arg(PG_GETARG_JSONB_P(1));
	if (s == NULL)
		s = new_state(ctx);
	if (gr_sum_add(s, d) != GR_SUM_OK)
		overflow_error();
	PG_RETURN_POINTER(s);
}

/* report_sum combine: merge the second partial sum into the first. */
Datum
report_sum_combine(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "report_sum_combine");
	gr_sum	   *a = PG_ARGISNULL(0) ? NULL : (gr_sum *) PG_GETARG_POINTER(0);
	gr_sum	   *b = PG_ARGISNULL(1) ? NULL : (gr_sum *) PG_GETARG_POINTER(1);

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
	{
		/* the state must live in the aggregate context, not b's */
		a = new_state(ctx);
		*a = *b;
		PG_RETURN_POINTER(a);
	}
	if (gr_sum_merge(a, b) != GR_SUM_OK)
		overflow_error();
	PG_RETURN_POINTER(a);
}

static void
send_cells(StringInfo buf, const gr_cell *c, int n)
{
	for (int i = 0; i < n; i++)
	{
		pq_sendbyte(buf, c[i].state);
		if (c[i].state == GR_VALUE)
		{
			pq_sendbyte(buf, c[i].scale);
			pq_sendint64(buf, c[i].m);
		}
	}
}

static void
recv_cells(StringInfo buf, gr_cell *c, int n)
{
	for (int i = 0; i < n; i++)
	{
		int			st = pq_getmsgbyte(buf);

		if (st < GR_ABSENT || st > GR_MISSING)
			elog(ERROR, "corrupt report_sum state: cell state %d", st);
		c[i].state = (uint8) st;
		c[i].m = 0;
		c[i].scale = 0;
		if (st == GR_VALUE)
		{
			int			scale = pq_getmsgbyte(buf);
			int64		m = pq_getmsgint64(buf);

			if (scale > GR_MAX_SCALE || m > GR_MAX_MANTISSA || m < -GR_MAX_MANTISSA)
				elog(ERROR, "corrupt report_sum state: cell value out of range");
			c[i].scale = (uint8) scale;
			c[i].m = m;
		}
	}
}

/* report_sum serialize: the partial sum as bytea, for parallel workers. */
Datum
report_sum_serialize(PG_FUNCTION_ARGS)
{
	gr_sum	   *s = (gr_sum *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	(void) agg_context(fcinfo, "report_sum_serialize");
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, SUM_STATE_VERSION);
	pq_sendint64(&buf, s->ndocs);
	pq_sendbyte(&buf, s->forms_active);
	pq_sendbyte(&buf, s->forms_requests);
	pq_sendbyte(&buf, s->year_mixed ? 1 : 0);
	pq_sendbyte(&buf, s->doc.has_appeals ? 1 : 0);
	pq_sendint32(&buf, s->doc.year);
	send_cells(&buf, &s->doc.active[0][0], GR_A_NROWS * GR_A_NCOLS);
	send_cells(&buf, &s->doc.req[0][0], GR_R_NROWS * GR_RC_COUNT);
	send_cells(&buf, &s->doc.appeals[0][0], GR_AP_NGROUPS * GR_APC_NCOLS);
	send_cells(&buf, s->doc.facts, GR_F_COUNT);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* report_sum deserialize: a partial sum back from report_sum_serialize. */
Datum
report_sum_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "report_sum_deserialize");
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	gr_sum	   *s = new_state(ctx);
	int			version;

	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	version = pq_getmsgbyte(&buf);
	if (version != SUM_STATE_VERSION)
		elog(ERROR, "corrupt report_sum state: version %d", version);
	s->ndocs = pq_getmsgint64(&buf);
	s->forms_active = (uint8) pq_getmsgbyte(&buf);
	s->forms_requests = (uint8) pq_getmsgbyte(&buf);
	s->year_mixed = pq_getmsgbyte(&buf) != 0;
	s->doc.has_appeals = pq_getmsgbyte(&buf) != 0;
	s->doc.year = pq_getmsgint(&buf, 4);
	if (s->forms_active > 3 || s->forms_requests > 3 || s->ndocs < 0)
		elog(ERROR, "corrupt report_sum state: header");
	recv_cells(&buf, &s->doc.active[0][0], GR_A_NROWS * GR_A_NCOLS);
	recv_cells(&buf, &s->doc.req[0][0], GR_R_NROWS * GR_RC_COUNT);
	recv_cells(&buf, &s->doc.appeals[0][0], GR_AP_NGROUPS * GR_APC_NCOLS);
	recv_cells(&buf, s->doc.facts, GR_F_COUNT);
	pq_getmsgend(&buf);
	pfree(buf.data);
	PG_RETURN_POINTER(s);
}

/* report_sum final: the sum as a document; NULL when no document was added. */
Datum
report_sum_final(PG_FUNCTION_ARGS)
{
	gr_sum	   *s;
	gr_doc	   *d;
	gr_mem		m = gr_pg_mem();

	(void) agg_context(fcinfo, "report_sum_final");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = (gr_sum *) PG_GETARG_POINTER(0);
	if (s->ndocs == 0)
		PG_RETURN_NULL();
	/* the state is read, never changed: the final function may run twice */
	d = palloc0(sizeof(gr_doc));
	if (gr_sum_result(s, d, &m) != GR_SUM_OK)
		overflow_error();
	PG_RETURN_JSONB_P(gr_doc_to_jsonb(d));
}
