/*
 * dashboards.c — two functions for queries over many stored documents:
 *
 *   report_year(doc jsonb) → integer
 *       the document's year, read from the start of the stored value only:
 *       `year` is the shortest key of a document, so jsonb stores its value
 *       first, and a slice of the (compressed) value holds it.  Grouping by
 *       year then costs no second decompression of every document, and the
 *       planner, which has no statistics on (doc ->> 'year'), estimates a
 *       function's groups as few and aggregates in parallel workers.
 *
 *   report_rule_counts(doc jsonb) → TABLE (rule, severity, findings)
 *       report_check's findings counted per rule and severity, one row each:
 *       a dashboard of "reports failing each rule" aggregates these rows in
 *       parallel workers instead of grouping every finding by document.
 *
 * Neither raises for the document's content, as report_check does not.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"

#include "glue.h"

PG_FUNCTION_INFO_V1(report_year);
PG_FUNCTION_INFO_V1(report_rule_counts);

/* Bytes of the stored value read first: the header, the keys and `year`. */
#define YEAR_SLICE 1024

/*
 * The year member of the jsonb container whose first avail bytes are at
 * data: 1 with *year set for an integer from 1 to 9999 (as the document
 * reader accepts it), 0 for no such year (absent, null, anything else, or
 * not an object), -1 when the bytes needed lie beyond avail.
 */
static int
year_in(const char *data, size_t avail, int *year)
{
	const JsonbContainer *jc = (const JsonbContainer *) data;
	uint32		n;
	size_t		hdr;
	const char *base;

	if (avail < sizeof(uint32))
		return -1;
	if ((jc->header & JB_FOBJECT) == 0)
		return 0;
	n = jc->header & JB_CMASK;
	hdr = sizeof(uint32) + 2 * (size_t) n * sizeof(JEntry);
	if (hdr > avail)
		return -1;
	base = data + hdr;
	/* keys are stored shortest first, equal lengths in byte order */
	for (uint32 i = 0; i < n; i++)
	{
		uint32		koff = getJsonbOffset(jc, (int) i);
		uint32		klen = getJsonbLength(jc, (int) i);

		if (hdr + koff + klen > avail)
			return -1;
		if (klen > 4)
			return 0;
		if (klen == 4 && memcmp(base + koff, "year", 4) == 0)
		{
			int			j = (int) (n + i);
			uint32		voff = getJsonbOffset(jc, j);
			uint32		vlen = getJsonbLength(jc, j);
			JEntry		e = jc->children[j];
			gr_cell		c;
			const char *why;

			if (hdr + voff + vlen > avail)
				return -1;
			if (!JBE_ISNUMERIC(e))
				return 0;
			/* a numeric is stored int-aligned within its entry's bytes */
			if (INTALIGN(voff) + VARHDRSZ > voff + vlen ||
				INTALIGN(voff) + VARSIZE_ANY(base + INTALIGN(voff)) > voff + vlen)
				return 0;
			if (!gr_pg_numeric_to_cell((Numeric) (base + INTALIGN(voff)), &c, &why) ||
				c.scale != 0 || c.m < 1 || c.m > 9999)
				return 0;
			*year = (int) c.m;
			return 1;
		}
	}
	return 0;
}

/* report_year(doc jsonb) → integer */
Datum
report_year(PG_FUNCTION_ARGS)
{
	struct varlena *raw = (struct varlena *) PG_GETARG_POINTER(0);
	struct varlena *s = pg_detoast_datum_slice(raw, 0, YEAR_SLICE);
	int			year = 0;
	int			found = year_in(VARDATA_ANY(s), VARSIZE_ANY_EXHDR(s), &year);

	if ((Pointer) s != (Pointer) raw)
		pfree(s);
	if (found < 0)
	{
		/* the keys or the year lie beyond the slice: read the whole value */
		Jsonb	   *jb = PG_GETARG_JSONB_P(0);

		found = year_in((const char *) &jb->root, VARSIZE(jb) - VARHDRSZ, &year);
		PG_FREE_IF_COPY(jb, 0);
	}
	if (found <= 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(year);
}

/* The state of report_rule_counts: counts per rule and severity, in order. */
typedef struct rule_counts
{
	int			n;				/* rows */
	int			next;
	gr_rule		rule[GR_RULE_COUNT * 2];
	gr_severity severity[GR_RULE_COUNT * 2];
	int			count[GR_RULE_COUNT * 2];
} rule_counts;

/* report_rule_counts(doc jsonb) → TABLE (rule text, severity text, findings integer) */
Datum
report_rule_counts(PG_FUNCTION_ARGS)
{
	FuncCallContext *fc;
	rule_counts *st;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		MemoryContext scratch;
		TupleDesc	td;
		char	  **probs;
		int			nprobs;
		gr_doc	   *d;
		gr_mem		m;
		gr_findings f;
		int			at[GR_RULE_COUNT][2];

		fc = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(fc->multi_call_memory_ctx);
		td = gr_pg_row_type(fcinfo);
		fc->tuple_desc = BlessTupleDesc(td);
		st = palloc0(sizeof(rule_counts));
		fc->user_fctx = st;

		/* the findings themselves are built in a scratch context, then dropped */
		scratch = AllocSetContextCreate(CurrentMemoryContext, "govreport rule counts",
										ALLOCSET_DEFAULT_SIZES);
		MemoryContextSwitchTo(scratch);
		d = gr_doc_from_jsonb(PG_GETARG_JSONB_P(0), &probs, &nprobs);
		m = gr_pg_mem();
		memset(&f, 0, sizeof f);
		/* the problems' text only makes messages, which are not returned */
		gr_check(d, (const char *const *) probs, nprobs, &m, &f);
		memset(at, -1, sizeof at);
		for (int i = 0; i < f.n; i++)
		{
			gr_rule		r = f.v[i].rule;
			gr_severity sv = f.v[i].severity;

			if (at[r][sv] < 0)
			{
				at[r][sv] = st->n;
				st->rule[st->n] = r;
				st->severity[st->n] = sv;
				st->n++;
			}
			st->count[at[r][sv]]++;
		}
		MemoryContextSwitchTo(old);
		MemoryContextDelete(scratch);
	}
	fc = SRF_PERCALL_SETUP();
	st = fc->user_fctx;
	if (st->next < st->n)
	{
		int			i = st->next++;
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		values[0] = CStringGetTextDatum(gr_rule_keys[st->rule[i]]);
		values[1] = CStringGetTextDatum(gr_severity_keys[st->severity[i]]);
		values[2] = Int32GetDatum(st->count[i]);
		SRF_RETURN_NEXT(fc, HeapTupleGetDatum(heap_form_tuple(fc->tuple_desc, values, nulls)));
	}
	SRF_RETURN_DONE(fc);
}
