/*
 * types.c — the base types govreport.disposition and govreport.applicant.
 *
 * Representation: a 2-byte integer passed by value, the ordinal of the core
 * enums gr_disp (0 … 25) and gr_appl (0 … 7).  The ordinal is the form order
 * (groups before their leaves, total last), so comparing values compares
 * ordinals.  These codes are stored on disk and sent in binary COPY: they
 * are permanent — a later form revision may add values at new codes, never
 * renumber (see doc/types.md).
 *
 * Reading text (key or label) is the core's (labels.c); the glue only
 * converts encodings and turns the core's result into an error.
 */
#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"
#include "access/htup_details.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/sortsupport.h"

#include "compat.h"
#include "glue.h"

/* What the shared functions below need to know about one of the two types. */
typedef struct gr_type_desc
{
	const char *name;			/* type name, for messages */
	const gr_label *tab;		/* gr_disps / gr_appls, indexed by the code */
	int			count;			/* number of values */
	gr_label_result (*read) (const char *text, size_t len, int *out);
	const char *hint;			/* ASCII only: readable in any server encoding */
} gr_type_desc;

static const gr_type_desc disposition_desc = {
	"disposition", gr_disps, GR_D_COUNT, gr_disp_read,
	"Use a key such as \"withheld.state_secret\", or the official label in "
	"simplified or traditional characters, with or without its numbering "
	"(such as \"1.\" or a parenthesised Chinese numeral); "
	"dispositions() lists the keys and labels."
};

static const gr_type_desc applicant_desc = {
	"applicant", gr_appls, GR_P_COUNT, gr_appl_read,
	"Use a key such as \"natural_person\", or the official column label in "
	"simplified or traditional characters; "
	"applicants() lists the keys and labels."
};

/* ------------------------------------------------------------- text I/O */

/* The input function: key or label in the server encoding. */
static Datum
value_in(const gr_type_desc *t, const char *str, FunctionCallInfo fcinfo)
{
	size_t		len = strlen(str);
	const char *u = str;
	int			v;
	gr_label_result r;

	/* Labels are UTF-8 in the core; every server encoding converts to it. */
	if (GetDatabaseEncoding() != PG_UTF8 && GetDatabaseEncoding() != PG_SQL_ASCII)
	{
		u = pg_server_to_any(str, (int) len, PG_UTF8);
		len = strlen(u);
	}

	r = t->read(u, len, &v);
	if (r == GR_LABEL_OK && v >= 0 && v < t->count)
		PG_RETURN_INT16((int16) v);

	if (r == GR_LABEL_BAD_NUMBER && v >= 0 && v < t->count)
	{
		int			num = gr_label_number(t->tab[v].numbering);

		if (num > 0)
			ereturn(fcinfo->context, (Datum) 0,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"", t->name, str),
					 errdetail("The label of \"%s\" is numbered %d in the form.",
							   t->tab[v].key, num),
					 errhint("%s", t->hint)));
		ereturn(fcinfo->context, (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", t->name, str),
				 errdetail("The label of \"%s\" has no numbering in the form.",
						   t->tab[v].key),
				 errhint("%s", t->hint)));
	}

	ereturn(fcinfo->context, (Datum) 0,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", t->name, str),
			 errhint("%s", t->hint)));
}

/* A stored code out of range can only come from a corrupted page. */
static int
checked_code(const gr_type_desc *t, int16 v)
{
	if (v < 0 || v >= t->count)
		elog(ERROR, "invalid %s code %d", t->name, (int) v);
	return v;
}

/* The output function: the key (ASCII). */
static Datum
value_out(const gr_type_desc *t, int16 v)
{
	PG_RETURN_CSTRING(pstrdup(t->tab[checked_code(t, v)].key));
}

/* Binary: the code as a 2-byte integer, checked on the way in. */
static Datum
value_recv(const gr_type_desc *t, StringInfo buf)
{
	int			v = (int16) pq_getmsgint(buf, 2);

	if (v < 0 || v >= t->count)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s: %d", t->name, v),
				 errdetail("Codes of %s run from 0 to %d.", t->name, t->count - 1)));
	PG_RETURN_INT16((int16) v);
}

static Datum
value_send(int16 v)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint16(&buf, v);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ------------------------------------------------------- the form's tree */

static Datum
value_label(const gr_type_desc *t, int16 v)
{
	const char *l = t->tab[checked_code(t, v)].label;

	/* errors if the server encoding cannot hold Chinese characters */
	PG_RETURN_TEXT_P(cstring_to_text(pg_any_to_server(l, (int) strlen(l), PG_UTF8)));
}

/*
 * Sorting compares the codes.  From 15 on, tuplesort has an inlined sort for
 * ssup_datum_int32_cmp; a by-value int16 Datum compares right as an int32.
 */
#if PG_VERSION_NUM >= 150000
#define sortsupport_cmp ssup_datum_int32_cmp
#else
static int
sortsupport_cmp(Datum a, Datum b, SortSupport ssup)
{
	int16		x = DatumGetInt16(a),
				y = DatumGetInt16(b);

	(void) ssup;
	return (x > y) - (x < y);
}
#endif

/*
 * The rows of dispositions() / applicants(): (value, parent, label,
 * is_leaf) in form order.
 */
static Datum
value_list(const gr_type_desc *t, FunctionCallInfo fcinfo)
{
	FuncCallContext *funcctx;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext oldcontext;
		TupleDesc	tupdesc;

		funcctx = SRF_FIRSTCALL_INIT();
		oldcontext = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		funcctx->max_calls = t->count;
		MemoryContextSwitchTo(oldcontext);
	}

	funcctx = SRF_PERCALL_SETUP();
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		int			i = (int) funcctx->call_cntr;
		const gr_label *l = &t->tab[i];
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		HeapTuple	tuple;

		values[0] = Int16GetDatum((int16) i);
		if (l->parent < 0)
		{
			values[1] = (Datum) 0;
			nulls[1] = true;
		}
		else
			values[1] = Int16GetDatum((int16) l->parent);
		values[2] = PointerGetDatum(cstring_to_text(
													pg_any_to_server(l->label, (int) strlen(l->label), PG_UTF8)));
		values[3] = BoolGetDatum(l->is_leaf);
		tuple = heap_form_tuple(funcctx->tuple_desc, values, nulls);
		SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(tuple));
	}
	SRF_RETURN_DONE(funcctx);
}

/*
 * The fmgr functions of one type: <type>_in, _out, _recv, _send, the six
 * comparisons, _cmp, _sortsupport, _hash, _hash_extended, _contains,
 * _contained, _label, _parent, _is_leaf, _list.  Both types share the code
 * above; contains is the core's (reflexive, total contains all).
 */
#define GR_TYPE_FUNCTIONS(T, DESC, CONTAINS) \
PG_FUNCTION_INFO_V1(T##_in); \
Datum T##_in(PG_FUNCTION_ARGS) \
{ return value_in(&DESC, PG_GETARG_CSTRING(0), fcinfo); } \
PG_FUNCTION_INFO_V1(T##_out); \
Datum T##_out(PG_FUNCTION_ARGS) \
{ return value_out(&DESC, PG_GETARG_INT16(0)); } \
PG_FUNCTION_INFO_V1(T##_recv); \
Datum T##_recv(PG_FUNCTION_ARGS) \
{ return value_recv(&DESC, (StringInfo) PG_GETARG_POINTER(0)); } \
PG_FUNCTION_INFO_V1(T##_send); \
Datum T##_send(PG_FUNCTION_ARGS) \
{ return value_send(PG_GETARG_INT16(0)); } \
PG_FUNCTION_INFO_V1(T##_eq); \
Datum T##_eq(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(PG_GETARG_INT16(0) == PG_GETARG_INT16(1)); } \
PG_FUNCTION_INFO_V1(T##_ne); \
Datum T##_ne(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(PG_GETARG_INT16(0) != PG_GETARG_INT16(1)); } \
PG_FUNCTION_INFO_V1(T##_lt); \
Datum T##_lt(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(PG_GETARG_INT16(0) < PG_GETARG_INT16(1)); } \
PG_FUNCTION_INFO_V1(T##_le); \
Datum T##_le(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(PG_GETARG_INT16(0) <= PG_GETARG_INT16(1)); } \
PG_FUNCTION_INFO_V1(T##_gt); \
Datum T##_gt(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(PG_GETARG_INT16(0) > PG_GETARG_INT16(1)); } \
PG_FUNCTION_INFO_V1(T##_ge); \
Datum T##_ge(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(PG_GETARG_INT16(0) >= PG_GETARG_INT16(1)); } \
PG_FUNCTION_INFO_V1(T##_cmp); \
Datum T##_cmp(PG_FUNCTION_ARGS) \
{ \
	int16 a = PG_GETARG_INT16(0), b = PG_GETARG_INT16(1); \
	PG_RETURN_INT32((a > b) - (a < b)); \
} \
PG_FUNCTION_INFO_V1(T##_sortsupport); \
Datum T##_sortsupport(PG_FUNCTION_ARGS) \
{ \
	((SortSupport) PG_GETARG_POINTER(0))->comparator = sortsupport_cmp; \
	PG_RETURN_VOID(); \
} \
PG_FUNCTION_INFO_V1(T##_hash); \
Datum T##_hash(PG_FUNCTION_ARGS) \
{ return hash_uint32((uint32) (int32) PG_GETARG_INT16(0)); } \
PG_FUNCTION_INFO_V1(T##_hash_extended); \
Datum T##_hash_extended(PG_FUNCTION_ARGS) \
{ return hash_uint32_extended((uint32) (int32) PG_GETARG_INT16(0), PG_GETARG_INT64(1)); } \
PG_FUNCTION_INFO_V1(T##_contains); \
Datum T##_contains(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(CONTAINS(PG_GETARG_INT16(0), PG_GETARG_INT16(1))); } \
PG_FUNCTION_INFO_V1(T##_contained); \
Datum T##_contained(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(CONTAINS(PG_GETARG_INT16(1), PG_GETARG_INT16(0))); } \
PG_FUNCTION_INFO_V1(T##_label); \
Datum T##_label(PG_FUNCTION_ARGS) \
{ return value_label(&DESC, PG_GETARG_INT16(0)); } \
PG_FUNCTION_INFO_V1(T##_parent); \
Datum T##_parent(PG_FUNCTION_ARGS) \
{ \
	int p = DESC.tab[checked_code(&DESC, PG_GETARG_INT16(0))].parent; \
	if (p < 0) \
		PG_RETURN_NULL(); \
	PG_RETURN_INT16((int16) p); \
} \
PG_FUNCTION_INFO_V1(T##_is_leaf); \
Datum T##_is_leaf(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(DESC.tab[checked_code(&DESC, PG_GETARG_INT16(0))].is_leaf); } \
PG_FUNCTION_INFO_V1(T##_list); \
Datum T##_list(PG_FUNCTION_ARGS) \
{ return value_list(&DESC, fcinfo); }

GR_TYPE_FUNCTIONS(disposition, disposition_desc, gr_disp_contains)
GR_TYPE_FUNCTIONS(applicant, applicant_desc, gr_appl_contains)
