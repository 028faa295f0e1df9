/*
 * govreport_test.c — functions for the regression tests only, in a module of
 * their own (govreport_test.so) so that the shipped library exports none:
 * test/pg-test.sh builds and installs it next to govreport.so.  The module
 * links the glue that writes and reads documents and the core from the
 * same sources as govreport.so.
 *
 *   govreport_test_doc_roundtrip(doc jsonb) → jsonb
 *       gr_doc_to_jsonb(gr_doc_from_jsonb(doc)): a document survives being
 *       read back; problems are raised as parse_report(jsonb) raises them.
 *   govreport_test_writer_same(body text) → boolean
 *       The document of body written by gr_doc_to_jsonb and by the server's
 *       JsonbValueToJsonb from the same tree: true when the bytes are equal.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "glue.h"

PG_FUNCTION_INFO_V1(govreport_test_doc_roundtrip);
PG_FUNCTION_INFO_V1(govreport_test_writer_same);

Datum
govreport_test_doc_roundtrip(PG_FUNCTION_ARGS)
{
	PG_RETURN_JSONB_P(gr_doc_to_jsonb(gr_pg_doc_arg(PG_GETARG_JSONB_P(0))));
}

Datum
govreport_test_writer_same(PG_FUNCTION_ARGS)
{
	gr_doc	   *d = gr_pg_parse_text(PG_GETARG_TEXT_PP(0));
	Jsonb	   *ours = gr_doc_to_jsonb(d);
	Jsonb	   *ref = JsonbValueToJsonb(gr_pg_doc_tree(d));

	PG_RETURN_BOOL(VARSIZE(ours) == VARSIZE(ref) &&
				   memcmp(ours, ref, VARSIZE(ours)) == 0);
}
