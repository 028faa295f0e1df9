/*
 * totals.c — SQL surface of report_totals(doc jsonb) → doc_totals: one row
 * of headline figures per document (src/core/totals.c), so that a dashboard
 * over many documents aggregates a few columns instead of expanding every
 * document into its cells.
 *
 * The document is read as parse_report(jsonb) reads one: a malformed
 * document is an error (22023) naming its first problem.  Each call works
 * in a scratch context that is deleted before returning; the result tuple
 * is built in the caller's context.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "access/htup_details.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "glue.h"
#include "totals.h"

PG_FUNCTION_INFO_V1(report_totals);

/* agency, year, balance_ok, suspect_cells, then the figures */
#define TOTALS_HEAD 4
#define TOTALS_NATTS (TOTALS_HEAD + GR_T_COUNT)

/* The result's tuple descriptor, looked up once per call site. */
static TupleDesc
totals_desc(FunctionCallInfo fcinfo)
{
	TupleDesc	td = fcinfo->flinfo->fn_extra;

	if (td == NULL)
	{
		MemoryContext old;

		td = gr_pg_row_type(fcinfo);
		/* the SQL type and the core's figures must name the same columns */
		if (td->natts != TOTALS_NATTS)
			elog(ERROR, "doc_totals has %d attributes, expected %d", td->natts, TOTALS_NATTS);
		for (int i = 0; i < GR_T_COUNT; i++)
			if (strcmp(NameStr(TupleDescAttr(td, TOTALS_HEAD + i)->attname), gr_total_keys[i]) != 0)
				elog(ERROR, "doc_totals column %d is %s, expected %s", TOTALS_HEAD + i + 1,
					 NameStr(TupleDescAttr(td, TOTALS_HEAD + i)->attname), gr_total_keys[i]);
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		td = BlessTupleDesc(CreateTupleDescCopy(td));
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = td;
	}
	return td;
}

/* report_totals(doc jsonb) → doc_totals */
Datum
report_totals(PG_FUNCTION_ARGS)
{
	TupleDesc	td = totals_desc(fcinfo);
	MemoryContext scratch = AllocSetContextCreate(CurrentMemoryContext,
												  "govreport totals",
												  ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(scratch);
	Datum		values[TOTALS_NATTS];
	bool		nulls[TOTALS_NATTS];
	gr_doc	   *d = gr_pg_doc_arg(PG_GETARG_JSONB_P(0));
	gr_mem		m = gr_pg_mem();
	gr_totals	t;
	HeapTuple	tup;

	gr_totals_of(d, &m, &t);
	memset(nulls, 0, sizeof nulls);
	if (d->agency.p != NULL)
	{
		/* the core's strings are UTF-8 */
		char	   *s = pg_any_to_server(d->agency.p, (int) d->agency.len, PG_UTF8);

		values[0] = PointerGetDatum(cstring_to_text_with_len(s, s == d->agency.p ?
															 (int) d->agency.len : (int) strlen(s)));
	}
	else
		nulls[0] = true;
	values[1] = Int32GetDatum(d->year);
	nulls[1] = d->year == 0;
	values[2] = BoolGetDatum(t.balance_ok);
	values[3] = Int32GetDatum(t.suspect_cells);
	for (int i = 0; i < GR_T_COUNT; i++)
	{
		if (t.v[i].state == GR_VALUE)
			values[TOTALS_HEAD + i] = NumericGetDatum(gr_pg_numeric(t.v[i].m, t.v[i].scale));
		else
		{
			values[TOTALS_HEAD + i] = (Datum) 0;
			nulls[TOTALS_HEAD + i] = true;
		}
	}
	/* the tuple copies every value into the caller's context */
	MemoryContextSwitchTo(old);
	tup = heap_form_tuple(td, values, nulls);
	MemoryContextDelete(scratch);
	PG_RETURN_DATUM(HeapTupleGetDatum(tup));
}
