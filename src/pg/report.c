/*
 * report.c — govreport.report_to_jsonb and both forms of govreport.parse_report.
 *
 * parse_report emits one govreport.report_cell per cell present, in form
 * order; the text and jsonb forms share one emitter, so for any body
 * parse_report(body) and parse_report(report_to_jsonb(body)) agree as long as
 * gr_doc_from_jsonb(gr_doc_to_jsonb(d)) gives back d's tables, which the
 * regression tests check on every seed.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"
#include "utils/tuplestore.h"

#include "glue.h"

StaticAssertDecl((int) GR_RC_COUNT <= (int) GR_A_NCOLS && (int) GR_APC_NCOLS <= (int) GR_A_NCOLS,
				 "keys[] holds the columns of a section");

PG_FUNCTION_INFO_V1(report_to_jsonb);
PG_FUNCTION_INFO_V1(parse_report_text);
PG_FUNCTION_INFO_V1(parse_report_jsonb);

/* Columns of govreport.report_cell. */
enum
{
	RC_SECTION,
	RC_ROW_KEY,
	RC_COL_KEY,
	RC_DISPOSITION,
	RC_APPLICANT,
	RC_VALUE,
	RC_LINE,					/* from 1.1: where the cell was printed */
	RC_POS,
	RC_LEN,
	RC_NATTS
};

/* A cell's place in the body as PostgreSQL counts: 1-based line and character. */
typedef struct place
{
	int32		line;			/* 0: not known */
	int32		pos;
	int32		len;
} place;

/* Places of every cell, in the layout of gr_positions. */
typedef struct places
{
	place		active[GR_A_NROWS][GR_A_NCOLS];
	place		req[GR_R_NROWS][GR_RC_COUNT];
	place		appeals[GR_AP_NGROUPS][GR_APC_NCOLS];
} places;

#define NSPANS (GR_A_NROWS * GR_A_NCOLS + GR_R_NROWS * GR_RC_COUNT + GR_AP_NGROUPS * GR_APC_NCOLS)
StaticAssertDecl(sizeof(gr_positions) == NSPANS * sizeof(gr_span) &&
				 sizeof(places) == NSPANS * sizeof(place),
				 "gr_positions and places are flat arrays of the same cells");

static int
span_cmp(const void *a, const void *b)
{
	int64		x = (*(gr_span *const *) a)->off,
				y = (*(gr_span *const *) b)->off;

	return x < y ? -1 : x > y;
}

/*
 * Byte spans of the UTF-8 text into lines and characters, in one pass over
 * the text: the spans are visited in order of offset while walking it.
 * The characters of the UTF-8 text are those of the body (the server's
 * encoding converts character by character), so the places are the body's.
 */
static void
spans_to_places(const char *s, size_t len, gr_positions *pos, places *out)
{
	gr_span    *flat = (gr_span *) pos;
	place	   *dst = (place *) out;
	gr_span    *order[NSPANS];
	int			n = 0;
	size_t		at = 0;
	int64		chars = 0,
				line = 1;

	memset(out, 0, sizeof(*out));
	for (int i = 0; i < NSPANS; i++)
		if (flat[i].off >= 0 && flat[i].off + flat[i].len <= (int64) len)
			order[n++] = &flat[i];
	if (n == 0)
		return;
	qsort(order, n, sizeof(order[0]), span_cmp);
	for (int k = 0; k < n; k++)
	{
		gr_span    *sp = order[k];
		place	   *pl = &dst[sp - flat];
		int64		nch = 0;

		while (at < (size_t) sp->off)
		{
			/* a megabyte at a time between interrupt checks; a loop the compiler vectorizes */
			size_t		stop = Min((size_t) sp->off, at + ((size_t) 1 << 20));
			int64		nc = 0,
						nl = 0;

			for (; at < stop; at++)
			{
				unsigned char c = (unsigned char) s[at];

				nc += (c & 0xC0) != 0x80;
				nl += c == '\n';
			}
			chars += nc;
			line += nl;
			CHECK_FOR_INTERRUPTS();
		}
		for (int64 j = 0; j < sp->len; j++)
			nch += ((unsigned char) s[sp->off + j] & 0xC0) != 0x80;
		/* beyond what an int holds (a body of over 2^31 characters): unknown */
		if (chars + 1 > PG_INT32_MAX || line > PG_INT32_MAX || nch > PG_INT32_MAX)
			continue;
		pl->line = (int32) line;
		pl->pos = (int32) (chars + 1);
		pl->len = (int32) nch;
	}
}

static void
report_interrupt(void)
{
	CHECK_FOR_INTERRUPTS();
}

/* report_to_jsonb(body text) → jsonb */
Datum
report_to_jsonb(PG_FUNCTION_ARGS)
{
	gr_doc	   *d = gr_pg_parse_text(PG_GETARG_TEXT_PP(0));

	PG_RETURN_JSONB_P(gr_doc_to_jsonb(d));
}

/* Sets up materialize mode: the tuplestore and its descriptor. */
static ReturnSetInfo *
begin_materialize(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

#if PG_VERSION_NUM >= 150000
	InitMaterializedSRF(fcinfo, 0);
#else
	TupleDesc	tupdesc;
	MemoryContext old;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("materialize mode required, but it is not allowed in this context")));
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tuplestore_begin_heap(rsinfo->allowedModes & SFRM_Materialize_Random,
											  false, work_mem);
	rsinfo->setDesc = CreateTupleDescCopy(tupdesc);
	MemoryContextSwitchTo(old);
#endif
	if (rsinfo->setDesc->natts != RC_NATTS)
		elog(ERROR, "govreport.report_cell has %d columns, expected %d",
			 rsinfo->setDesc->natts, RC_NATTS);
	return rsinfo;
}

typedef struct emitter
{
	ReturnSetInfo *rs;
	Datum		section;
	Datum		values[RC_NATTS];
	bool		nulls[RC_NATTS];
	gr_pg_numcache nums;		/* small counts made once per call */
} emitter;

/* One row: the row and column keys are set by the caller; pl NULL or line 0: no place. */
static void
emit(emitter *e, gr_cell c, int disp, int appl, const place *pl)
{
	bool		known = pl != NULL && pl->line > 0;

	e->nulls[RC_LINE] = e->nulls[RC_POS] = e->nulls[RC_LEN] = !known;
	e->values[RC_LINE] = Int32GetDatum(known ? pl->line : 0);
	e->values[RC_POS] = Int32GetDatum(known ? pl->pos : 0);
	e->values[RC_LEN] = Int32GetDatum(known ? pl->len : 0);
	e->values[RC_SECTION] = e->section;
	e->nulls[RC_DISPOSITION] = disp < 0;
	e->values[RC_DISPOSITION] = Int16GetDatum(disp < 0 ? 0 : disp);
	e->nulls[RC_APPLICANT] = appl < 0;
	e->values[RC_APPLICANT] = Int16GetDatum(appl < 0 ? 0 : appl);
	if (c.state == GR_VALUE && c.scale <= GR_MAX_SCALE)
	{
		e->nulls[RC_VALUE] = false;
		e->values[RC_VALUE] = NumericGetDatum(gr_pg_numeric_cached(&e->nums, c.m, c.scale));
	}
	else
	{
		e->nulls[RC_VALUE] = true;
		e->values[RC_VALUE] = (Datum) 0;
	}
	tuplestore_putvalues(e->rs->setResult, e->rs->setDesc, e->values, e->nulls);
}

/* The place of a cell in pl, or NULL. */
static const place *
cell_place(const places *pl, int section, int row, int col)
{
	if (pl == NULL)
		return NULL;
	if (section == GR_SEC_ACTIVE)
		return &pl->active[row][col];
	if (section == GR_SEC_REQUESTS)
		return &pl->req[row][col];
	return &pl->appeals[row][col];
}

/*
 * Every cell present in d, in form order: the rows of the document, walked
 * as the jsonb writer walks them (gr_rows); pl NULL: no places.
 */
static void
emit_doc(FunctionCallInfo fcinfo, const gr_doc *d, const places *pl)
{
	emitter		e;
	Datum		keys[GR_A_NCOLS];	/* column keys of a section, made once */

	memset(&e, 0, sizeof(e));
	e.rs = begin_materialize(fcinfo);
	for (int sec = GR_SEC_ACTIVE; sec <= GR_SEC_APPEALS; sec++)
	{
		gr_rows		it;

		if (!gr_section_found(d, sec))
			continue;
		e.section = CStringGetTextDatum(gr_section_keys[sec]);
		memset(keys, 0, sizeof(keys));
		gr_rows_init(&it, sec, gr_section_form(d, sec));
		while (gr_rows_next(&it))
		{
			/* a disposition for the rows under 三 (total included) */
			int			disp = (sec == GR_SEC_REQUESTS && it.row >= 2 &&
								it.row < GR_R_CARRIED_FORWARD) ? it.row - 2 : -1;

			if (!gr_rows_present(&it, d))
				continue;
			e.values[RC_ROW_KEY] = CStringGetTextDatum(it.full_key);
			for (int c = 0; c < it.ncols; c++)
			{
				int			col = it.cols[c];

				if (keys[col] == (Datum) 0)
					keys[col] = CStringGetTextDatum(gr_col_key(sec, col));
				e.values[RC_COL_KEY] = keys[col];
				emit(&e, *gr_doc_cell(d, sec, it.row, col), disp,
					 sec == GR_SEC_REQUESTS ? (int) gr_rcol_appl[col] : -1,
					 cell_place(pl, sec, it.row, col));
			}
			CHECK_FOR_INTERRUPTS();
		}
	}
}

/* parse_report(body text) → SETOF report_cell */
Datum
parse_report_text(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *s = gr_pg_utf8_text(PG_GETARG_TEXT_PP(0), &len);
	gr_mem		m = gr_pg_mem();
	gr_doc	   *d = palloc0(sizeof(gr_doc));
	gr_positions *pos = palloc(sizeof(gr_positions));
	places	   *pl = palloc(sizeof(places));

	gr_parse_positions(d, pos, s, len, &m, report_interrupt);
	spans_to_places(s, len, pos, pl);
	emit_doc(fcinfo, d, pl);
	return (Datum) 0;
}

/* parse_report(doc jsonb) → SETOF report_cell; a malformed document is 22023 */
Datum
parse_report_jsonb(PG_FUNCTION_ARGS)
{
	emit_doc(fcinfo, gr_pg_doc_arg(PG_GETARG_JSONB_P(0)), NULL);
	return (Datum) 0;
}
