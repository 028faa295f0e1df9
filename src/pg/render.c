/*
 * render.c — govreport.report_render(jsonb): a document as report text in
 * the tab layout (src/core/render.c), in the database encoding.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/jsonb.h"

#include "glue.h"

PG_FUNCTION_INFO_V1(report_render);

/* report_render(doc jsonb) → text: the report text in the seeds' tab layout. */
Datum
report_render(PG_FUNCTION_ARGS)
{
	gr_doc	   *d = gr_pg_doc_arg(PG_GETARG_JSONB_P(0));
	gr_mem		m = gr_pg_mem();
	gr_buf		b;
	char	   *s;

	gr_buf_init(&b, &m, 16384);
	gr_render(d, &b, d->script);
	if (b.len > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("rendered report too long")));
	/* the core writes UTF-8; the text is in the database encoding */
	s = pg_any_to_server(b.data, (int) b.len, PG_UTF8);
	PG_RETURN_TEXT_P(cstring_to_text(s));
}
