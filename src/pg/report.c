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

StaticAssertDecl((int) GR_RC_COUNT <= 8 && (int) GR_APC_NCOLS <= 8,
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
	Datum		small[128];		/* counts 0..127, made once per call */
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
		if (c.scale == 0 && c.m >= 0 && c.m < (int64) lengthof(e->small))
		{
			if (e->small[c.m] == (Datum) 0)
				e->small[c.m] = NumericGetDatum(gr_pg_numeric(c.m, 0));
			e->values[RC_VALUE] = e->small[c.m];
		}
		else
			e->values[RC_VALUE] = NumericGetDatum(gr_pg_numeric(c.m, c.scale));
	}
	else
	{
		e->nulls[RC_VALUE] = true;
		e->values[RC_VALUE] = (Datum) 0;
	}
	tuplestore_putvalues(e->rs->setResult, e->rs->setDesc, e->values, e->nulls);
}

/* Every cell present in d, in form order (the rows of the document); pl NULL: no places. */
static void
emit_doc(FunctionCallInfo fcinfo, const gr_doc *d, const places *pl)
{
	emitter		e;
	int			nsub;
	const gr_active_sub *subs = gr_active_subs(d->form_active, &nsub);
	Datum		keys[8];		/* GR_RC_COUNT, GR_APC_NCOLS */

	memset(&e, 0, sizeof(e));
	e.rs = begin_materialize(fcinfo);

	/* section 2: sub-tables, rows, columns */
	e.section = CStringGetTextDatum(gr_section_keys[GR_SEC_ACTIVE]);
	for (int s = 0; s < nsub; s++)
		for (int i = 0; i < subs[s].nrows; i++)
		{
			gr_arow		r = subs[s].rows[i];
			bool		present = false;

			for (int j = 0; j < subs[s].ncols; j++)
				present |= d->active[r][subs[s].cols[j]].state != GR_ABSENT;
			if (!present)
				continue;
			e.values[RC_ROW_KEY] = CStringGetTextDatum(gr_arows[r].key);
			for (int j = 0; j < subs[s].ncols; j++)
			{
				gr_acol		c = subs[s].cols[j];

				e.values[RC_COL_KEY] = CStringGetTextDatum(gr_acols[c].key);
				emit(&e, d->active[r][c], -1, -1, pl ? &pl->active[r][c] : NULL);
			}
			CHECK_FOR_INTERRUPTS();
		}

	/* section 3: the stored rows of its revision, seven applicant columns */
	if (d->form_requests == GR_FORM_2019 || d->form_requests == GR_FORM_2021)
	{
		e.section = CStringGetTextDatum(gr_section_keys[GR_SEC_REQUESTS]);
		for (int c = 0; c < GR_RC_COUNT; c++)
			keys[c] = CStringGetTextDatum(gr_appls[gr_rcol_appl[c]].key);
		for (int row = 0; row < GR_R_NROWS; row++)
		{
			int			disp = (row >= 2 && row < GR_R_CARRIED_FORWARD) ? row - 2 : -1;

			if (!gr_rrow_is_leaf(d->form_requests, row) || !gr_rrow_present(d, row))
				continue;
			e.values[RC_ROW_KEY] = CStringGetTextDatum(gr_rrow_key(row));
			for (int c = 0; c < GR_RC_COUNT; c++)
			{
				e.values[RC_COL_KEY] = keys[c];
				emit(&e, d->req[row][c], disp, gr_rcol_appl[c], pl ? &pl->req[row][c] : NULL);
			}
		}
	}

	/* section 4: groups, columns */
	if (d->has_appeals)
	{
		e.section = CStringGetTextDatum(gr_section_keys[GR_SEC_APPEALS]);
		for (int c = 0; c < GR_APC_NCOLS; c++)
			keys[c] = CStringGetTextDatum(gr_apcols[c].key);
		for (int g = 0; g < GR_AP_NGROUPS; g++)
		{
			bool		present = false;

			for (int c = 0; c < GR_APC_NCOLS; c++)
				present |= d->appeals[g][c].state != GR_ABSENT;
			if (!present)
				continue;
			e.values[RC_ROW_KEY] = CStringGetTextDatum(gr_apgroups[g].key);
			for (int c = 0; c < GR_APC_NCOLS; c++)
			{
				e.values[RC_COL_KEY] = keys[c];
				emit(&e, d->appeals[g][c], -1, -1, pl ? &pl->appeals[g][c] : NULL);
			}
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

/*
 * Test hook, not part of the SQL interface and not in the install script:
 * gr_doc_to_jsonb(gr_doc_from_jsonb(doc)), so that the regression tests can
 * check that a document survives being read back (sql/20_report.sql creates
 * it as a temporary function).  Problems are raised as parse_report(jsonb)
 * raises them.
 */
PG_FUNCTION_INFO_V1(govreport_test_doc_roundtrip);

Datum
govreport_test_doc_roundtrip(PG_FUNCTION_ARGS)
{
	PG_RETURN_JSONB_P(gr_doc_to_jsonb(gr_pg_doc_arg(PG_GETARG_JSONB_P(0))));
}
