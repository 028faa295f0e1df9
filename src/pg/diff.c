/*
 * diff.c — SQL surface of report_diff(a jsonb, b jsonb): the cells of tables
 * 2 to 4 whose values differ between two documents, with delta = b - a.
 *
 * The core (gr_diff) decides which cells differ; the glue builds the path
 * and computes the delta as a numeric, so it is exact at any scale.  Both
 * arguments are read as parse_report(jsonb) reads one: a malformed document
 * is an error (22023) naming its first problem.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "access/htup_details.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "glue.h"

PG_FUNCTION_INFO_V1(report_diff);

/* One differing cell. */
typedef struct diff_row
{
	const char *path;
	Numeric		a;				/* NULL: no number on that side */
	Numeric		b;
} diff_row;

typedef struct diff_state
{
	diff_row   *v;
	int			n;
	int			cap;
	int			next;
	gr_mem		mem;
} diff_state;

/* gr_diff's callback: keep the cell. */
static void
collect(void *arg, int section, int row, int col, const gr_cell *a, const gr_cell *b)
{
	diff_state *st = arg;
	gr_buf		path;
	diff_row   *x;

	if (st->n == st->cap)
	{
		st->cap = st->cap ? st->cap * 2 : 32;
		st->v = st->v ? repalloc(st->v, sizeof(diff_row) * st->cap) :
			palloc(sizeof(diff_row) * st->cap);
	}
	x = &st->v[st->n++];
	gr_buf_init(&path, &st->mem, 64);
	gr_cell_path(&path, section, row, col);
	x->path = path.data;
	x->a = a ? gr_pg_numeric(a->m, a->scale) : NULL;
	x->b = b ? gr_pg_numeric(b->m, b->scale) : NULL;
}

/* report_diff(a jsonb, b jsonb) → SETOF cell_diff */
Datum
report_diff(PG_FUNCTION_ARGS)
{
	FuncCallContext *fc;
	diff_state *st;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		TupleDesc	td;
		gr_doc	   *a,
				   *b;

		fc = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(fc->multi_call_memory_ctx);
		td = gr_pg_row_type(fcinfo);
		fc->tuple_desc = BlessTupleDesc(td);
		st = palloc0(sizeof(diff_state));
		st->mem = gr_pg_mem();
		a = gr_pg_doc_arg(PG_GETARG_JSONB_P(0));
		b = gr_pg_doc_arg(PG_GETARG_JSONB_P(1));
		gr_diff(a, b, collect, st);
		pfree(a);
		pfree(b);
		fc->user_fctx = st;
		MemoryContextSwitchTo(old);
	}
	fc = SRF_PERCALL_SETUP();
	st = fc->user_fctx;
	if (st->next < st->n)
	{
		const diff_row *x = &st->v[st->next++];
		Datum		values[4];
		bool		nulls[4] = {false, x->a == NULL, x->b == NULL, false};

		/* paths are ASCII keys: the same in every server encoding */
		values[0] = CStringGetTextDatum(x->path);
		values[1] = x->a ? NumericGetDatum(x->a) : (Datum) 0;
		values[2] = x->b ? NumericGetDatum(x->b) : (Datum) 0;
		if (x->a && x->b)
			values[3] = DirectFunctionCall2(numeric_sub, NumericGetDatum(x->b),
											NumericGetDatum(x->a));
		else
		{
			values[3] = (Datum) 0;
			nulls[3] = true;
		}
		SRF_RETURN_NEXT(fc, HeapTupleGetDatum(heap_form_tuple(fc->tuple_desc, values, nulls)));
	}
	SRF_RETURN_DONE(fc);
}
