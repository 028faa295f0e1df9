/*
 * check.c — SQL surface of the checks: report_balance_ok, report_check,
 * report_carryover_ok, report_carryover_check.
 *
 * None of them raises for what a document contains: a stored document that
 * does not have the shape of schema 1 gives `malformed` findings (and false),
 * read by gr_doc_from_jsonb, which never raises for the shape either.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "glue.h"

PG_FUNCTION_INFO_V1(report_balance_ok);
PG_FUNCTION_INFO_V1(report_check);
PG_FUNCTION_INFO_V1(report_carryover_ok);
PG_FUNCTION_INFO_V1(report_carryover_check);

/* A scratch context for one call of a boolean check. */
static MemoryContext
scratch_begin(void)
{
	MemoryContext ctx = AllocSetContextCreate(CurrentMemoryContext,
											  "govreport check",
											  ALLOCSET_DEFAULT_SIZES);

	return MemoryContextSwitchTo(ctx);
}

static void
scratch_end(MemoryContext old)
{
	MemoryContext ctx = CurrentMemoryContext;

	MemoryContextSwitchTo(old);
	MemoryContextDelete(ctx);
}

/*
 * The reader's problems, in UTF-8 for the core (they quote keys of the
 * document, in the server encoding), each prefixed with prefix if given.
 */
static const char **
problems_utf8(char **probs, int n, const char *prefix)
{
	const char **out = palloc(sizeof(char *) * Max(n, 1));
	bool		conv = GetDatabaseEncoding() != PG_UTF8 &&
		GetDatabaseEncoding() != PG_SQL_ASCII;

	for (int i = 0; i < n; i++)
	{
		const char *s = probs[i];

		if (conv)
			s = pg_server_to_any(s, strlen(s), PG_UTF8);
		out[i] = prefix ? psprintf("%s.%s", prefix, s) : s;
	}
	return out;
}

/*
 * report_balance_ok(doc jsonb) → boolean
 *
 * No scratch context here: it runs once per row in CHECK constraints, where
 * the caller's per-tuple context is reset anyway, and creating one per call
 * costs more than the check itself.  Memory used: the gr_doc (about 5 kB).
 */
Datum
report_balance_ok(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(0);
	char	  **probs;
	int			nprobs;
	gr_doc	   *d = gr_doc_from_jsonb(jb, &probs, &nprobs);
	bool		ok = nprobs == 0 && gr_balance_ok(d);

	pfree(d);
	PG_FREE_IF_COPY(jb, 0);
	PG_RETURN_BOOL(ok);
}

/* report_carryover_ok(previous jsonb, current jsonb) → boolean */
Datum
report_carryover_ok(PG_FUNCTION_ARGS)
{
	Jsonb	   *pj = PG_GETARG_JSONB_P(0);
	Jsonb	   *cj = PG_GETARG_JSONB_P(1);
	MemoryContext old = scratch_begin();
	char	  **pp,
			  **cp;
	int			np,
				nc;
	gr_doc	   *p = gr_doc_from_jsonb(pj, &pp, &np);
	gr_doc	   *c = gr_doc_from_jsonb(cj, &cp, &nc);
	bool		ok = np == 0 && nc == 0 && gr_carryover(p, c, NULL, NULL);

	scratch_end(old);
	PG_RETURN_BOOL(ok);
}

/* The state of a findings SRF: the list, built on the first call. */
typedef struct srf_state
{
	gr_findings f;
	int			next;
} srf_state;

/* Text in the server encoding from the core's UTF-8. */
static Datum
utf8_text(const char *s)
{
	size_t		n = strlen(s);
	const char *t = pg_any_to_server(s, (int) n, PG_UTF8);

	if (t != s)
		n = strlen(t);
	return PointerGetDatum(cstring_to_text_with_len(t, (int) n));
}

static Datum
finding_numeric(gr_cell c, bool *isnull)
{
	if (c.state != GR_VALUE)
	{
		*isnull = true;
		return (Datum) 0;
	}
	*isnull = false;
	return NumericGetDatum(gr_pg_numeric(c.m, c.scale));
}

/* Next row of a findings SRF, or the end. */
static Datum
findings_next(FunctionCallInfo fcinfo, FuncCallContext *fc)
{
	srf_state  *st = fc->user_fctx;

	if (st->next < st->f.n)
	{
		const gr_finding *x = &st->f.v[st->next++];
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};
		HeapTuple	tup;

		values[0] = CStringGetTextDatum(gr_rule_keys[x->rule]);
		values[1] = CStringGetTextDatum(gr_severity_keys[x->severity]);
		values[2] = utf8_text(x->path);
		values[3] = finding_numeric(x->expected, &nulls[3]);
		values[4] = finding_numeric(x->actual, &nulls[4]);
		values[5] = utf8_text(x->message);
		tup = heap_form_tuple(fc->tuple_desc, values, nulls);
		SRF_RETURN_NEXT(fc, HeapTupleGetDatum(tup));
	}
	SRF_RETURN_DONE(fc);
}

/* First call of a findings SRF: the result type and an empty state. */
static srf_state *
findings_init(FunctionCallInfo fcinfo, FuncCallContext *fc)
{
	TupleDesc	td;
	srf_state  *st;

	td = gr_pg_row_type(fcinfo);
	fc->tuple_desc = BlessTupleDesc(td);
	st = palloc0(sizeof(srf_state));
	fc->user_fctx = st;
	return st;
}

/* report_check(doc jsonb) → SETOF govreport.finding */
Datum
report_check(PG_FUNCTION_ARGS)
{
	FuncCallContext *fc;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		srf_state  *st;
		Jsonb	   *jb;
		char	  **probs;
		int			nprobs;
		gr_doc	   *d;
		gr_mem		m;

		fc = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(fc->multi_call_memory_ctx);
		st = findings_init(fcinfo, fc);
		jb = PG_GETARG_JSONB_P(0);
		d = gr_doc_from_jsonb(jb, &probs, &nprobs);
		m = gr_pg_mem();
		gr_check(d, problems_utf8(probs, nprobs, NULL), nprobs, &m, &st->f);
		MemoryContextSwitchTo(old);
	}
	fc = SRF_PERCALL_SETUP();
	return findings_next(fcinfo, fc);
}

/* report_carryover_check(previous jsonb, current jsonb) → SETOF govreport.finding */
Datum
report_carryover_check(PG_FUNCTION_ARGS)
{
	FuncCallContext *fc;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		srf_state  *st;
		char	  **pp,
				  **cp;
		int			np,
					nc;
		gr_doc	   *p,
				   *c;
		gr_mem		m;

		fc = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(fc->multi_call_memory_ctx);
		st = findings_init(fcinfo, fc);
		p = gr_doc_from_jsonb(PG_GETARG_JSONB_P(0), &pp, &np);
		c = gr_doc_from_jsonb(PG_GETARG_JSONB_P(1), &cp, &nc);
		m = gr_pg_mem();
		gr_findings_malformed(problems_utf8(pp, np, "previous"), np, &m, &st->f);
		gr_findings_malformed(problems_utf8(cp, nc, "current"), nc, &m, &st->f);
		gr_carryover(p, c, &m, &st->f);
		MemoryContextSwitchTo(old);
	}
	fc = SRF_PERCALL_SETUP();
	return findings_next(fcinfo, fc);
}
