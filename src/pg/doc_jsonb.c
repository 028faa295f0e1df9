/*
 * doc_jsonb.c — a gr_doc to the jsonb document of api.md, and back.
 *
 * gr_doc_to_jsonb builds the document as a tree of JsonbValues and writes
 * jsonb's binary format from it into one buffer sized from the document's
 * strings: no JSON text is printed and re-parsed, keys are the form's static
 * strings and small counts share one cached Numeric per call.
 *
 * gr_doc_from_jsonb reads a stored document without trusting its shape:
 * every value of the wrong type, unknown key, out-of-range number or bad
 * date becomes a "path: what is wrong" problem and that part is read as
 * absent (or, for a cell, as an unreadable null).  It never recurses beyond
 * the document's own fixed depth, so deeply nested junk is just a value of
 * the wrong type.
 */
#include "postgres.h"

#include <limits.h>

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "glue.h"

/* Counts below this share one Numeric per call. */
#define SMALL_NUMERICS 128

/* At most this many problems are listed; the rest are counted in one line. */
#define MAX_PROBLEMS 64

static const char *const status_keys[3] = {"not_a_report", "partial", "ok"};
static const char *const script_keys[2] = {"simplified", "traditional"};

/* ------------------------------------------------------------ numerics */

/* m / 10^scale as a Numeric, exactly (dscale = scale). */
Numeric
gr_pg_numeric(int64 m, int scale)
{
#if PG_VERSION_NUM >= 150000
	if (scale > 0)
		return int64_div_fast_to_numeric(m, scale);
#else
	if (scale > 0)
	{
		char		buf[48];
		char		digits[24];
		int			n,
					neg = m < 0;
		uint64		u = neg ? (uint64) (-(m + 1)) + 1 : (uint64) m;

		n = snprintf(digits, sizeof(digits), "%0*llu", scale + 1,
					 (unsigned long long) u);
		snprintf(buf, sizeof(buf), "%s%.*s.%s", neg ? "-" : "",
				 n - scale, digits, digits + n - scale);
		return DatumGetNumeric(DirectFunctionCall3(numeric_in,
												   CStringGetDatum(buf),
												   ObjectIdGetDatum(InvalidOid),
												   Int32GetDatum(-1)));
	}
#endif
#if PG_VERSION_NUM >= 140000
	return int64_to_numeric(m);
#else
	return DatumGetNumeric(DirectFunctionCall1(int8_numeric, Int64GetDatum(m)));
#endif
}

/*
 * An integer Numeric below 10^15 read straight from its stored form, or
 * false to let numeric_to_cell take the general path.  Reading cells is what
 * report_balance_ok and report_check spend their time on, and the general
 * path (numeric_scale, numeric_int4_opt_error) allocates a digit buffer per
 * call.  The layout read here is numeric's on-disk format, fixed since
 * PostgreSQL 9.1 (pg_upgrade keeps it): a uint16 header, then base-10000
 * digits (int16), most significant first, trailing zero digits stripped.
 * Only the "short" header is handled (what numeric itself writes for every
 * value with dscale < 64 and weight in -64..63): 10 s ddddddd w wwwwww
 * (sign, display scale, weight sign and weight).  Decimals, large values,
 * the long header and NaN/infinity (header 11…) take the general path.
 */
static inline bool
numeric_small_int(Numeric n, int64 *out)
{
	const char *p = VARDATA_ANY(n);
	int			len = (int) VARSIZE_ANY_EXHDR(n);
	uint16		h;
	int			weight,
				nd;
	int64		m = 0;

	if (len < (int) sizeof(uint16))
		return false;
	memcpy(&h, p, sizeof(h));
	if ((h & 0xC000) != 0x8000 ||	/* not the short header */
		(h & 0x1F80) != 0)		/* display scale > 0 */
		return false;
	nd = (len - (int) sizeof(uint16)) / (int) sizeof(int16);
	weight = (h & 0x0040) ? (int) (h | ~0x003F) : (int) (h & 0x003F);
	if (nd == 0)
	{
		*out = 0;
		return true;
	}
	/* an integer below 10^16: at most 4 digits, none after the point */
	if (weight < 0 || weight > 3 || nd > weight + 1)
		return false;
	for (int i = 0; i <= weight; i++)
	{
		int16		dg = 0;

		if (i < nd)
			memcpy(&dg, p + sizeof(uint16) + i * sizeof(int16), sizeof(dg));
		if (dg < 0 || dg > 9999)
			return false;
		m = m * 10000 + dg;
	}
	if (m >= INT64CONST(1000000000000000))
		return false;			/* the general path says "too large" */
	*out = (h & 0x2000) ? -m : m;
	return true;
}

/*
 * A Numeric as m / 10^scale within the core's limits.  Returns false (and
 * says why) for NaN/infinity, more than GR_MAX_SCALE significant decimals or
 * a mantissa beyond GR_MAX_MANTISSA.  Never raises.
 */
static bool
numeric_to_cell(Numeric n, gr_cell *out, const char **why)
{
	char	   *s;
	const char *p,
			   *ip,
			   *fp = NULL;
	int			ilen = 0,
				flen = 0,
				lastnz = 0,
				scale,
				sig = 0;
	int64		m = 0;
	bool		neg = false;

	if (numeric_small_int(n, &m))
	{
		out->m = m;
		out->scale = 0;
		out->state = GR_VALUE;
		return true;
	}
	if (numeric_is_nan(n) || numeric_is_inf(n))
	{
		*why = "not a finite number";
		return false;
	}
	if (DatumGetInt32(DirectFunctionCall1(numeric_scale, NumericGetDatum(n))) == 0)
	{
		bool		err = false;
		int32		v = numeric_int4_opt_error(n, &err);

		/* a count: the common case, no text round trip */
		if (!err)
		{
			out->m = v;
			out->scale = 0;
			out->state = GR_VALUE;
			return true;
		}
	}

	/* decimals or a large integer: read the digits of its text form */
	s = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
	p = s;
	if (*p == '-')
	{
		neg = true;
		p++;
	}
	ip = p;
	while (*p >= '0' && *p <= '9')
		p++;
	ilen = p - ip;
	if (*p == '.')
	{
		fp = ++p;
		while (*p >= '0' && *p <= '9')
		{
			if (*p != '0')
				lastnz = p - fp + 1;
			p++;
		}
		flen = p - fp;
	}
	if (*p != '\0' || ilen + flen == 0)
	{
		*why = "not a plain decimal number";
		return false;
	}
	/* keep the number's own decimals (1.50 stays 1.50) unless too many */
	scale = flen <= GR_MAX_SCALE ? flen : lastnz;
	if (scale > GR_MAX_SCALE)
	{
		*why = "more decimals than a cell holds";
		return false;
	}
	for (int i = 0; i < ilen + scale; i++)
	{
		char		c = i < ilen ? ip[i] : fp[i - ilen];

		if (m != 0 || c != '0')
			sig++;
		if (sig > 15)
		{
			*why = "number too large";
			return false;
		}
		m = m * 10 + (c - '0');
	}
	pfree(s);
	out->m = neg ? -m : m;
	out->scale = (uint8) scale;
	out->state = GR_VALUE;
	return true;
}

/* ------------------------------------------------------------ strings */

/*
 * A core string (UTF-8) as a jsonb string in the server encoding.  It is not
 * checked again: the text the core read was valid (the server's own text in
 * a UTF8 database, converted by the server from EUC_CN), and the core's
 * strings are then valid too (gr.h, gr_parse).  In SQL_ASCII nothing is
 * checked anywhere.  Checking cost 4% of report_to_jsonb (perf).
 */
static void
set_string(JsonbValue *v, const char *s, size_t len)
{
	int			enc = GetDatabaseEncoding();
	int			n;
	char	   *p = (char *) s;

	/* a jsonb string cannot exceed JENTRY_OFFLENMASK bytes; cut, never fail */
	if (len > JENTRY_OFFLENMASK / 4)
	{
		len = JENTRY_OFFLENMASK / 4;
		/* between characters */
		while (len > 0 && ((unsigned char) s[len] & 0xC0) == 0x80)
			len--;
	}
	n = (int) len;
	if (enc != PG_UTF8 && enc != PG_SQL_ASCII)
	{
		char	   *c = pg_any_to_server(p, n, PG_UTF8);

		if (c != p)
		{
			p = c;
			n = strlen(c);
		}
	}
	v->type = jbvString;
	v->val.string.val = p;
	v->val.string.len = n;
}

/* ------------------------------------------------------------ building */

/*
 * The document is built as a tree of JsonbValues (jbvObject / jbvArray)
 * and written once by tree_to_jsonb (below).  Compared with pushJsonbValue,
 * this skips the per-push growth of the parse state and the per-object
 * qsort that makes keys unique: each object's pairs are put in jsonb's key
 * order here (shorter key first, then bytewise) by an insertion sort over
 * the few keys of one object, and a repeated key keeps its last value, as
 * pushJsonbValue would.
 */
typedef struct builder
{
	Numeric		small[SMALL_NUMERICS];
} builder;

/* An object being built: its value and the room in its pairs array. */
typedef struct obj
{
	JsonbValue *v;
	int			cap;
} obj;

/* Make v an empty object with room for cap members (it grows if needed). */
static void
obj_init(obj *o, JsonbValue *v, int cap)
{
	o->v = v;
	o->cap = Max(cap, 1);
	v->type = jbvObject;
	v->val.object.nPairs = 0;
	v->val.object.pairs = palloc(sizeof(JsonbPair) * o->cap);
}

/* A new member `key` of o: the slot of its value (null until set). */
static JsonbValue *
obj_key(obj *o, const char *key)
{
	JsonbValue *v = o->v;
	JsonbPair  *p;

	if (v->val.object.nPairs == o->cap)
	{
		o->cap *= 2;
		v->val.object.pairs = repalloc(v->val.object.pairs, sizeof(JsonbPair) * o->cap);
	}
	p = &v->val.object.pairs[v->val.object.nPairs];
	p->key.type = jbvString;
	p->key.val.string.val = (char *) key;
	p->key.val.string.len = strlen(key);
	p->order = v->val.object.nPairs++;
	p->value.type = jbvNull;
	return &p->value;
}

/* jsonb's key order: length first, then bytes. */
static inline int
key_cmp(const JsonbValue *a, const JsonbValue *b)
{
	if (a->val.string.len != b->val.string.len)
		return a->val.string.len < b->val.string.len ? -1 : 1;
	return memcmp(a->val.string.val, b->val.string.val, a->val.string.len);
}

/* Put o's members in jsonb's key order; of a repeated key the last stays. */
static void
obj_end(obj *o)
{
	JsonbPair  *p = o->v->val.object.pairs;
	int			n = o->v->val.object.nPairs,
				w = 0;

	/* insertion sort, stable: the form's objects have at most ~30 keys */
	for (int i = 1; i < n; i++)
	{
		JsonbPair	x = p[i];
		int			j = i - 1;

		while (j >= 0 && key_cmp(&p[j].key, &x.key) > 0)
		{
			p[j + 1] = p[j];
			j--;
		}
		p[j + 1] = x;
	}
	for (int i = 0; i < n; i++)
	{
		if (w > 0 && key_cmp(&p[w - 1].key, &p[i].key) == 0)
			p[w - 1] = p[i];	/* later in a stable sort: added last */
		else
			p[w++] = p[i];
	}
	o->v->val.object.nPairs = w;
}

static void
set_number(builder *b, JsonbValue *v, int64 m, int scale)
{
	v->type = jbvNumeric;
	if (scale == 0 && m >= 0 && m < SMALL_NUMERICS)
	{
		if (b->small[m] == NULL)
			b->small[m] = gr_pg_numeric(m, 0);
		v->val.numeric = b->small[m];
	}
	else
		v->val.numeric = gr_pg_numeric(m, scale);
}

static inline void
put_cell(builder *b, obj *o, const char *key, gr_cell c)
{
	JsonbValue *v = obj_key(o, key);

	if (c.state == GR_VALUE && c.scale <= GR_MAX_SCALE)
		set_number(b, v, c.m, c.scale);
}

/* A static string (a key of the form): no copy, no check. */
static void
put_str(obj *o, const char *key, const char *s)
{
	JsonbValue *v = obj_key(o, key);

	v->type = jbvString;
	v->val.string.val = (char *) s;
	v->val.string.len = strlen(s);
}

/* A string of the report (UTF-8 from the core), or null. */
static void
put_text(obj *o, const char *key, gr_str s)
{
	JsonbValue *v = obj_key(o, key);

	if (s.p != NULL)
		set_string(v, s.p, s.len);
}

static const char *
form_key(gr_form f)
{
	return f == GR_FORM_2019 ? "2019" : f == GR_FORM_2021 ? "2021" : NULL;
}

static void
put_req_row(builder *b, obj *o, const char *key, const gr_doc *d, int row)
{
	obj			r;

	obj_init(&r, obj_key(o, key), GR_RC_COUNT);
	for (int c = 0; c < GR_RC_COUNT; c++)
		put_cell(b, &r, gr_appls[gr_rcol_appl[c]].key, d->req[row][c]);
	obj_end(&r);
}

static void
put_active(builder *b, obj *doc, const gr_doc *d)
{
	int			nsub;
	const gr_active_sub *subs = gr_active_subs(d->form_active, &nsub);
	JsonbValue *tv = obj_key(doc, "active");
	obj			t;

	if (subs == NULL)
		return;					/* null */
	obj_init(&t, tv, GR_A_NROWS);
	for (int s = 0; s < nsub; s++)
		for (int i = 0; i < subs[s].nrows; i++)
		{
			gr_arow		r = subs[s].rows[i];
			bool		present = false;
			obj			row;

			for (int j = 0; j < subs[s].ncols; j++)
				present |= d->active[r][subs[s].cols[j]].state != GR_ABSENT;
			if (!present)
				continue;
			obj_init(&row, obj_key(&t, gr_arows[r].key), subs[s].ncols);
			for (int j = 0; j < subs[s].ncols; j++)
				put_cell(b, &row, gr_acols[subs[s].cols[j]].key, d->active[r][subs[s].cols[j]]);
			obj_end(&row);
		}
	obj_end(&t);
}

static void
put_requests(builder *b, obj *doc, const gr_doc *d)
{
	gr_form		f = d->form_requests;
	JsonbValue *tv = obj_key(doc, "requests");
	obj			t;

	if (f != GR_FORM_2019 && f != GR_FORM_2021)
		return;					/* null */
	obj_init(&t, tv, GR_R_NROWS);
	for (int row = 0; row < GR_R_NROWS; row++)
	{
		int			disp = row - 2;

		if (row >= 2 && row < GR_R_CARRIED_FORWARD && gr_disps[disp].parent >= 0)
			continue;			/* leaves are written under their group */
		if (gr_rrow_is_leaf(f, row))
		{
			if (gr_rrow_present(d, row))
				put_req_row(b, &t, gr_rrow_key(row), d, row);
			continue;
		}
		/* a group: {leaf: {applicant: n}} for its present leaves */
		{
			size_t		glen = strlen(gr_disps[disp].key);
			int			nleaf = 0;
			obj			g;

			for (int leaf = disp + 1; leaf < GR_D_COUNT && gr_disps[leaf].parent == disp; leaf++)
				nleaf += gr_rrow_is_leaf(f, GR_R_DISP(leaf)) && gr_rrow_present(d, GR_R_DISP(leaf));
			if (nleaf == 0)
				continue;
			obj_init(&g, obj_key(&t, gr_disps[disp].key), nleaf);
			for (int leaf = disp + 1; leaf < GR_D_COUNT && gr_disps[leaf].parent == disp; leaf++)
				if (gr_rrow_is_leaf(f, GR_R_DISP(leaf)) && gr_rrow_present(d, GR_R_DISP(leaf)))
					put_req_row(b, &g, gr_disps[leaf].key + glen + 1, d, GR_R_DISP(leaf));
			obj_end(&g);
		}
	}
	obj_end(&t);
}

static void
put_appeals(builder *b, obj *doc, const gr_doc *d)
{
	JsonbValue *tv = obj_key(doc, "appeals");
	obj			t;

	if (!d->has_appeals)
		return;					/* null */
	obj_init(&t, tv, GR_AP_NGROUPS);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
	{
		bool		present = false;
		obj			grp;

		for (int c = 0; c < GR_APC_NCOLS; c++)
			present |= d->appeals[g][c].state != GR_ABSENT;
		if (!present)
			continue;
		obj_init(&grp, obj_key(&t, gr_apgroups[g].key), GR_APC_NCOLS);
		for (int c = 0; c < GR_APC_NCOLS; c++)
			put_cell(b, &grp, gr_apcols[c].key, d->appeals[g][c]);
		obj_end(&grp);
	}
	obj_end(&t);
}

static void
put_diagnostics(obj *doc, const gr_doc *d)
{
	JsonbValue *a = obj_key(doc, "diagnostics");
	gr_mem		mem = gr_pg_mem();
	gr_buf		paths;
	size_t	   *off = NULL;
	JsonbValue *elems;
	int			n = 0;

	a->type = jbvArray;
	a->val.array.rawScalar = false;
	a->val.array.nElems = 0;
	a->val.array.elems = NULL;
	if (d->ndiags <= 0)
		return;

	/* all paths first, into one buffer that may move while it grows */
	gr_buf_init(&paths, &mem, (size_t) d->ndiags * 48);
	off = palloc(sizeof(size_t) * (d->ndiags + 1));
	for (int i = 0; i < d->ndiags; i++)
	{
		off[i] = paths.len;
		if (gr_diag_valid(&d->diags[i]))
			gr_cell_path(&paths, d->diags[i].section, d->diags[i].row, d->diags[i].col);
		gr_buf_putc(&paths, '\0');
	}
	elems = palloc(sizeof(JsonbValue) * d->ndiags);
	for (int i = 0; i < d->ndiags; i++)
	{
		const gr_diag *g = &d->diags[i];
		obj			o;

		if (!gr_diag_valid(g))
			continue;
		/* added in jsonb's key order: raw, path, problem */
		obj_init(&o, &elems[n++], 3);
		set_string(obj_key(&o, "raw"), g->raw.p ? g->raw.p : "", g->raw.p ? g->raw.len : 0);
		put_str(&o, "path", paths.data + off[i]);
		put_str(&o, "problem", gr_problem_keys[g->problem]);
		obj_end(&o);
	}
	a->val.array.nElems = n;
	a->val.array.elems = elems;
}

/* ------------------------------------------------------------ writing */

/*
 * The tree is written in jsonb's on-disk format in one walk, into one
 * buffer sized from the document's strings (gr_doc_to_jsonb's guess), which
 * grows only if the guess was short.  JsonbValueToJsonb writes the same
 * bytes into a buffer that starts at 1 kB and doubles, so a document of
 * ~15 kB was copied four times over and left blocks behind it that the
 * allocator handed back to the kernel and took again on the next call.
 *
 * The format (utils/jsonb.h): a container is a uint32 header (count and
 * kind), a JEntry per child (an object's keys first, in key order, then its
 * values in the same order), then the children's data.  A JEntry holds the
 * child's type and its length, or, every JB_OFFSET_STRIDE'th child, the end
 * offset of its data.  Numerics and containers start at an int-aligned
 * position; the padding before them counts in their length.
 */
typedef struct jwriter
{
	char	   *buf;
	Size		len,
				cap;
} jwriter;

/* Room for n more bytes at the end. */
static inline void
jw_room(jwriter *w, Size n)
{
	if (w->len + n > w->cap)
	{
		Size		nc = Max(w->cap * 2, w->len + n);

		w->buf = repalloc(w->buf, nc);
		w->cap = nc;
	}
}

static inline void
jw_put(jwriter *w, const void *p, Size n)
{
	jw_room(w, n);
	memcpy(w->buf + w->len, p, n);
	w->len += n;
}

static inline uint32
jw_pad(jwriter *w)
{
	uint32		pad = (uint32) (INTALIGN(w->len) - w->len);

	if (pad)
	{
		jw_room(w, pad);
		memset(w->buf + w->len, 0, pad);
		w->len += pad;
	}
	return pad;
}

static JEntry
jw_value(jwriter *w, const JsonbValue *v)
{
	switch (v->type)
	{
		case jbvNull:
			return JENTRY_ISNULL;
		case jbvBool:
			return v->val.boolean ? JENTRY_ISBOOL_TRUE : JENTRY_ISBOOL_FALSE;
		case jbvString:
			jw_put(w, v->val.string.val, v->val.string.len);
			return (JEntry) v->val.string.len;
		case jbvNumeric:
			{
				uint32		pad = jw_pad(w);
				Size		n = VARSIZE_ANY(v->val.numeric);

				jw_put(w, v->val.numeric, n);
				return JENTRY_ISNUMERIC | (JEntry) (pad + n);
			}
		case jbvObject:
		case jbvArray:
			{
				bool		isobj = v->type == jbvObject;
				int			n = isobj ? v->val.object.nPairs : v->val.array.nElems;
				int			nent = isobj ? 2 * n : n;
				Size		base = w->len,
							entries;
				uint32		header = (uint32) n | (isobj ? JB_FOBJECT : JB_FARRAY);
				uint32		total = 0;

				(void) jw_pad(w);
				jw_put(w, &header, sizeof(header));
				entries = w->len;
				jw_room(w, sizeof(JEntry) * (Size) nent);
				w->len += sizeof(JEntry) * (Size) nent;
				for (int i = 0; i < nent; i++)
				{
					const JsonbValue *c = !isobj ? &v->val.array.elems[i] :
						i < n ? &v->val.object.pairs[i].key :
						&v->val.object.pairs[i - n].value;
					JEntry		e = jw_value(w, c);

					total += JBE_OFFLENFLD(e);
					if (i % JB_OFFSET_STRIDE == 0)
						e = (e & JENTRY_TYPEMASK) | total | JENTRY_HAS_OFF;
					/* the buffer may have moved: index it afresh */
					memcpy(w->buf + entries + sizeof(JEntry) * (Size) i, &e, sizeof(e));
				}
				if (w->len - base > JENTRY_OFFLENMASK)
					ereport(ERROR,
							(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
							 errmsg("govreport document is too large for jsonb"),
							 errdetail("A jsonb object holds at most %d bytes.",
									   JENTRY_OFFLENMASK)));
				return JENTRY_ISCONTAINER | (JEntry) (w->len - base);
			}
		default:
			elog(ERROR, "unexpected jsonb value type %d", (int) v->type);
	}
	return JENTRY_ISNULL;		/* keep compiler quiet */
}

/* The tree rooted at root as one Jsonb, in a buffer of guess bytes at first. */
static Jsonb *
tree_to_jsonb(const JsonbValue *root, Size guess)
{
	jwriter		w;

	w.cap = Max(guess, 1024);
	w.buf = palloc(w.cap);
	w.len = VARHDRSZ;
	(void) jw_value(&w, root);
	SET_VARSIZE(w.buf, w.len);
	return (Jsonb *) w.buf;
}

Jsonb *
gr_doc_to_jsonb(const gr_doc *d)
{
	builder    *b = palloc0(sizeof(builder));
	JsonbValue	docv;
	obj			doc,
				o;
	JsonbValue *v;
	const char *fa = form_key(d->form_active),
			   *fr = form_key(d->form_requests);

	obj_init(&doc, &docv, 16);
	set_number(b, obj_key(&doc, "schema"), 1, 0);
	put_str(&doc, "reader", GR_READER_VERSION);
	put_str(&doc, "status", status_keys[d->status <= GR_OK ? d->status : 0]);
	put_text(&doc, "agency", d->agency);
	v = obj_key(&doc, "year");
	if (d->year > 0)
		set_number(b, v, d->year, 0);
	v = obj_key(&doc, "published_on");
	if (d->pub_y > 0 && d->pub_y <= 9999 && d->pub_m >= 1 && d->pub_m <= 12 &&
		d->pub_d >= 1 && d->pub_d <= 31)
	{
		v->type = jbvString;
		v->val.string.val = psprintf("%04d-%02d-%02d", d->pub_y, d->pub_m, d->pub_d);
		v->val.string.len = 10;
	}
	put_str(&doc, "script", script_keys[d->script == GR_TRADITIONAL]);

	obj_init(&o, obj_key(&doc, "forms"), 2);
	if (fa)
		put_str(&o, "active", fa);
	else
		(void) obj_key(&o, "active");
	if (fr)
		put_str(&o, "requests", fr);
	else
		(void) obj_key(&o, "requests");
	obj_end(&o);

	put_active(b, &doc, d);
	put_requests(b, &doc, d);
	put_appeals(b, &doc, d);

	obj_init(&o, obj_key(&doc, "narrative"), GR_N_COUNT);
	for (int i = 0; i < GR_N_COUNT; i++)
		put_text(&o, gr_narr_keys[i], d->narrative[i]);
	obj_end(&o);

	obj_init(&o, obj_key(&doc, "facts"), GR_F_COUNT);
	for (int i = 0; i < GR_F_COUNT; i++)
		if (i < GR_F_OPTIONAL || d->facts[i].state == GR_VALUE)
			put_cell(b, &o, gr_fact_keys[i], d->facts[i]);
	obj_end(&o);

	put_diagnostics(&doc, d);
	obj_end(&doc);

	/*
	 * The guess: the report's strings, a diagnostic's path and keys, and
	 * 8 kB for the rest (tables, keys and entries: 6.6 to 6.7 kB in each of
	 * the seeds).
	 */
	{
		Size		guess = 8192 + d->agency.len + (Size) d->ndiags * 96;

		for (int i = 0; i < GR_N_COUNT; i++)
			guess += d->narrative[i].len;
		for (int i = 0; i < d->ndiags; i++)
			guess += d->diags[i].raw.len;
		return tree_to_jsonb(&docv, guess);
	}
}

/* ------------------------------------------------------------ reading */

typedef struct reader
{
	gr_doc	   *d;
	gr_mem		mem;
	char	  **probs;
	int			nprobs;
	int			cap;
	bool		overflow;
} reader;

static void
problem(reader *r, const char *path, const char *what)
{
	if (r->nprobs >= MAX_PROBLEMS)
	{
		if (!r->overflow)
		{
			r->overflow = true;
			r->probs[r->nprobs - 1] = pstrdup("…: more problems not listed");
		}
		return;
	}
	if (r->nprobs == r->cap)
	{
		r->cap = r->cap ? r->cap * 2 : 8;
		r->probs = r->probs ? repalloc(r->probs, sizeof(char *) * r->cap)
			: palloc(sizeof(char *) * r->cap);
	}
	r->probs[r->nprobs++] = psprintf("%s: %s", path, what);
}

/* "a.b.c" built only when a problem needs it */
static char *
path3(const char *a, const char *b, const char *c)
{
	if (c)
		return psprintf("%s.%s.%s", a, b, c);
	if (b)
		return psprintf("%s.%s", a, b);
	return pstrdup(a);
}

static char *
keystr(const JsonbValue *k)
{
	return pnstrdup(k->val.string.val, Min(k->val.string.len, 200));
}

static const char *
type_name(const JsonbValue *v)
{
	switch (v->type)
	{
		case jbvNull:
			return "null";
		case jbvString:
			return "a string";
		case jbvNumeric:
			return "a number";
		case jbvBool:
			return "a boolean";
		case jbvBinary:
			return JsonContainerIsArray(v->val.binary.data) ? "an array" : "an object";
		default:
			return "an unexpected value";
	}
}

static inline bool
is_object(const JsonbValue *v)
{
	return v->type == jbvBinary && JsonContainerIsObject(v->val.binary.data) &&
		!JsonContainerIsScalar(v->val.binary.data);
}

/* Is the key k the string s?  (strncmp stops at the first difference) */
static inline bool
key_is(const JsonbValue *k, const char *s)
{
	int			n = k->val.string.len;

	if (n == 0)
		return s[0] == '\0';
	return k->val.string.val[0] == s[0] &&
		strncmp(k->val.string.val, s, n) == 0 && s[n] == '\0';
}

/*
 * Iterate an object's members (nested containers are values, not entered).
 *
 * A direct walk over the container's JEntry array (the binary layout that
 * utils/jsonb.h documents, with its JBE_ macros): no iterator is allocated
 * and a member costs a few additions.  k and v are what JsonbIteratorNext
 * with skipNested gives: keys as jbvString, containers as jbvBinary.
 */
typedef struct members
{
	JsonbContainer *c;
	const char *base;			/* start of the keys' and values' data */
	int			n;				/* pairs */
	int			i;				/* next pair */
	uint32		koff;			/* offset of key i */
	uint32		voff;			/* offset of value i */
} members;

static void
members_init(members *m, JsonbContainer *c)
{
	m->c = c;
	m->n = (int) JsonContainerSize(c);
	m->i = 0;
	m->base = (const char *) &c->children[m->n * 2];
	m->koff = 0;
	m->voff = 0;
	/* values follow all the keys */
	for (int j = 0; j < m->n; j++)
		JBE_ADVANCE_OFFSET(m->voff, c->children[j]);
}

static bool
members_next(members *m, JsonbValue *k, JsonbValue *v)
{
	JEntry		ke,
				ve;
	uint32		start,
				end;

	if (m->i >= m->n)
		return false;
	ke = m->c->children[m->i];
	ve = m->c->children[m->n + m->i];
	m->i++;

	start = m->koff;
	JBE_ADVANCE_OFFSET(m->koff, ke);
	k->type = jbvString;
	k->val.string.val = (char *) m->base + start;
	k->val.string.len = (int) (m->koff - start);

	start = m->voff;
	JBE_ADVANCE_OFFSET(m->voff, ve);
	end = m->voff;
	if (JBE_ISSTRING(ve))
	{
		v->type = jbvString;
		v->val.string.val = (char *) m->base + start;
		v->val.string.len = (int) (end - start);
	}
	else if (JBE_ISNUMERIC(ve))
	{
		v->type = jbvNumeric;
		v->val.numeric = (Numeric) (m->base + INTALIGN(start));
	}
	else if (JBE_ISBOOL_TRUE(ve) || JBE_ISBOOL_FALSE(ve))
	{
		v->type = jbvBool;
		v->val.boolean = JBE_ISBOOL_TRUE(ve);
	}
	else if (JBE_ISNULL(ve))
		v->type = jbvNull;
	else
	{
		v->type = jbvBinary;
		v->val.binary.data = (JsonbContainer *) (m->base + INTALIGN(start));
		v->val.binary.len = (int) (end - INTALIGN(start));
	}
	return true;
}

/*
 * Read a cell value; a wrong value is a problem and an unreadable null.  sec,
 * row, col name a table cell (its path is built only for a problem); sec -1
 * is the fact named fact.
 */
static void
read_cell(reader *r, const JsonbValue *v, gr_cell *out, int sec, int row, int col,
		  const char *fact)
{
	const char *why = NULL;

	if (v->type == jbvNull)
	{
		out->m = 0;
		out->scale = 0;
		out->state = GR_BLANK;
		return;
	}
	if (v->type == jbvNumeric && numeric_to_cell(v->val.numeric, out, &why))
	{
		/* only the amount cells and the fee fact may carry decimals */
		bool		decimal_ok = (sec == GR_SEC_ACTIVE && col == GR_AC_AMOUNT) ||
			(sec < 0 && strcmp(fact, "fee_collected") == 0);
		int64		pw = 1;

		if (out->scale == 0 || decimal_ok)
			return;
		for (int k = 0; k < out->scale; k++)
			pw *= 10;
		if (out->m % pw == 0)
		{
			/* 3.0 is the count 3 */
			out->m /= pw;
			out->scale = 0;
			return;
		}
		why = "expected a whole number: this cell is a count";
	}
	if (why == NULL)
		why = psprintf("expected a number or null, found %s", type_name(v));
	if (sec >= 0)
	{
		gr_buf		path;

		gr_buf_init(&path, &r->mem, 64);
		gr_cell_path(&path, sec, row, col);
		problem(r, path.data, why);
	}
	else
		problem(r, path3("facts", fact, NULL), why);
	out->m = 0;
	out->scale = 0;
	out->state = GR_UNREADABLE;
	if (sec >= 0)
	{
		if (v->type == jbvString)
		{
			int			n = v->val.string.len;
			const char *s = v->val.string.val;

			if (GetDatabaseEncoding() != PG_UTF8 && GetDatabaseEncoding() != PG_SQL_ASCII)
			{
				s = pg_server_to_any(s, n, PG_UTF8);
				if (s != v->val.string.val)
					n = strlen(s);
			}
			gr_doc_diag(r->d, &r->mem, sec, row, col, GR_PROB_UNREADABLE, s, n);
		}
		else
			gr_doc_diag(r->d, &r->mem, sec, row, col, GR_PROB_UNREADABLE, "", 0);
	}
}

static int
find_key(const JsonbValue *k, const char *const *keys, int n)
{
	for (int i = 0; i < n; i++)
		if (keys[i] && key_is(k, keys[i]))
			return i;
	return -1;
}

static int
find_acol(const JsonbValue *k)
{
	for (int i = 0; i < GR_A_NCOLS; i++)
		if (key_is(k, gr_acols[i].key))
			return i;
	return -1;
}

static int
find_arow(const JsonbValue *k)
{
	for (int i = 0; i < GR_A_NROWS; i++)
		if (key_is(k, gr_arows[i].key))
			return i;
	return -1;
}

static int
find_rcol(const JsonbValue *k)
{
	for (int i = 0; i < GR_RC_COUNT; i++)
		if (key_is(k, gr_appls[gr_rcol_appl[i]].key))
			return i;
	return -1;
}

/* The active table's revision from the keys it uses. */
static gr_form
infer_active_form(JsonbContainer *c)
{
	members		m;
	JsonbValue	k,
				v;
	bool		y2019 = false,
				y2021 = false;

	members_init(&m, c);
	while (members_next(&m, &k, &v))
	{
		int			r = find_arow(&k);

		if (r == GR_A_OTHER_SERVICES || r == GR_A_PROCUREMENT)
			y2019 = true;
		if (r >= 0 && is_object(&v))
		{
			members		mc;
			JsonbValue	kc,
						vc;

			members_init(&mc, v.val.binary.data);
			while (members_next(&mc, &kc, &vc))
			{
				int			col = find_acol(&kc);

				if (col < 0)
					continue;
				if (gr_active_has(GR_FORM_2019, r, col) && !gr_active_has(GR_FORM_2021, r, col))
					y2019 = true;
				if (gr_active_has(GR_FORM_2021, r, col) && !gr_active_has(GR_FORM_2019, r, col))
					y2021 = true;
			}
		}
	}
	return (y2019 && !y2021) ? GR_FORM_2019 : GR_FORM_2021;
}

static void
read_active(reader *r, JsonbContainer *c, gr_form f)
{
	members		m;
	JsonbValue	k,
				v;

	r->d->form_active = f;
	members_init(&m, c);
	while (members_next(&m, &k, &v))
	{
		int			row = find_arow(&k);
		members		mc;
		JsonbValue	kc,
					vc;
		bool		any = false;

		if (row < 0)
		{
			problem(r, path3("active", keystr(&k), NULL), "unknown row");
			continue;
		}
		if (!is_object(&v))
		{
			if (v.type != jbvNull)
				problem(r, path3("active", gr_arows[row].key, NULL),
						psprintf("expected an object, found %s", type_name(&v)));
			continue;
		}
		members_init(&mc, v.val.binary.data);
		while (members_next(&mc, &kc, &vc))
		{
			int			col = find_acol(&kc);

			if (col < 0 || !gr_active_has(f, row, col))
			{
				problem(r, path3("active", gr_arows[row].key, keystr(&kc)),
						psprintf("not a column of this row in the %d form", (int) f));
				continue;
			}
			read_cell(r, &vc, &r->d->active[row][col], GR_SEC_ACTIVE, row, col, NULL);
			any = true;
		}
		/* a row given as {} is present, its cells missing */
		if (!any)
			for (int col = 0; col < GR_A_NCOLS; col++)
				if (gr_active_has(f, row, col))
					r->d->active[row][col].state = GR_MISSING;
	}
}

/* The applicant columns in the order jsonb stores their keys. */
static const int rcol_sorted[GR_RC_COUNT] = {
	GR_RC_TOTAL, GR_RC_RESEARCH, GR_RC_OTHER_ORG, GR_RC_COMMERCIAL,
	GR_RC_LEGAL_SERVICE, GR_RC_NATURAL, GR_RC_WELFARE
};

/* Read {applicant: n} into requests row `row`. */
static void
read_req_row(reader *r, const JsonbValue *v, int row, const char *pa, const char *pb)
{
	members		m;
	JsonbValue	k,
				c;
	bool		any = false;

	if (!is_object(v))
	{
		if (v->type != jbvNull)
			problem(r, path3("requests", pa, pb),
					psprintf("expected an object of applicant columns, found %s", type_name(v)));
		return;
	}
	members_init(&m, v->val.binary.data);
	for (int i = 0; members_next(&m, &k, &c); i++)
	{
		int			col;
		char	   *rk;

		/* jsonb keeps keys sorted (shorter first): try the expected one */
		if (i < GR_RC_COUNT && key_is(&k, gr_appls[gr_rcol_appl[rcol_sorted[i]]].key))
			col = rcol_sorted[i];
		else
			col = find_rcol(&k);

		if (col < 0)
		{
			rk = pb ? psprintf("%s.%s", pa, pb) : (char *) pa;
			problem(r, path3("requests", rk, keystr(&k)), "not an applicant column");
			continue;
		}
		read_cell(r, &c, &r->d->req[row][col], GR_SEC_REQUESTS, row, col, NULL);
		any = true;
	}
	if (!any)
		for (int col = 0; col < GR_RC_COUNT; col++)
			r->d->req[row][col].state = GR_MISSING;
}

/* Does the "other" member hold applicant keys (the 2019 form)? */
static gr_form
infer_requests_form(JsonbContainer *c)
{
	JsonbValue	v;
	members		m;
	JsonbValue	k,
				x;

	if (getKeyJsonValueFromContainer(c, "other", 5, &v) == NULL || !is_object(&v))
		return GR_FORM_2021;
	members_init(&m, v.val.binary.data);
	while (members_next(&m, &k, &x))
		if (find_rcol(&k) >= 0)
			return GR_FORM_2019;
	return GR_FORM_2021;
}

static int
find_top_row(const JsonbValue *k)
{
	if (key_is(k, "new_received"))
		return GR_R_NEW_RECEIVED;
	if (key_is(k, "carried_over"))
		return GR_R_CARRIED_OVER;
	if (key_is(k, "carried_forward"))
		return GR_R_CARRIED_FORWARD;
	for (int d = 0; d < GR_D_COUNT; d++)
		if (gr_disps[d].parent < 0 && key_is(k, gr_disps[d].key))
			return GR_R_DISP(d);
	return -1;
}

static void
read_requests(reader *r, JsonbContainer *c, gr_form f)
{
	members		m;
	JsonbValue	k,
				v;

	r->d->form_requests = f;
	members_init(&m, c);
	while (members_next(&m, &k, &v))
	{
		int			row = find_top_row(&k);
		int			disp = row - 2;
		members		mg;
		JsonbValue	kg,
					vg;
		size_t		glen;

		if (row < 0)
		{
			problem(r, path3("requests", keystr(&k), NULL), "unknown row");
			continue;
		}
		if (gr_rrow_is_leaf(f, row))
		{
			read_req_row(r, &v, row, gr_rrow_key(row), NULL);
			continue;
		}
		/* a group of the form: {leaf: {applicant: n}} */
		if (!is_object(&v))
		{
			if (v.type != jbvNull)
				problem(r, path3("requests", gr_rrow_key(row), NULL),
						psprintf("expected an object of rows, found %s", type_name(&v)));
			continue;
		}
		glen = strlen(gr_disps[disp].key);
		members_init(&mg, v.val.binary.data);
		while (members_next(&mg, &kg, &vg))
		{
			int			leaf = -1;

			for (int l = disp + 1; l < GR_D_COUNT && gr_disps[l].parent == disp; l++)
				if (key_is(&kg, gr_disps[l].key + glen + 1) && gr_rrow_is_leaf(f, GR_R_DISP(l)))
					leaf = l;
			if (leaf < 0)
			{
				problem(r, path3("requests", gr_disps[disp].key, keystr(&kg)),
						psprintf("not a row of the %d form", (int) f));
				continue;
			}
			read_req_row(r, &vg, GR_R_DISP(leaf), gr_disps[disp].key,
						 gr_disps[leaf].key + glen + 1);
		}
	}
}

static void
read_appeals(reader *r, JsonbContainer *c)
{
	members		m;
	JsonbValue	k,
				v;

	r->d->has_appeals = true;
	members_init(&m, c);
	while (members_next(&m, &k, &v))
	{
		int			g = -1;
		members		mc;
		JsonbValue	kc,
					vc;
		bool		any = false;

		for (int i = 0; i < GR_AP_NGROUPS; i++)
			if (key_is(&k, gr_apgroups[i].key))
				g = i;
		if (g < 0)
		{
			problem(r, path3("appeals", keystr(&k), NULL), "unknown group");
			continue;
		}
		if (!is_object(&v))
		{
			if (v.type != jbvNull)
				problem(r, path3("appeals", gr_apgroups[g].key, NULL),
						psprintf("expected an object, found %s", type_name(&v)));
			continue;
		}
		members_init(&mc, v.val.binary.data);
		while (members_next(&mc, &kc, &vc))
		{
			int			col = -1;

			for (int i = 0; i < GR_APC_NCOLS; i++)
				if (key_is(&kc, gr_apcols[i].key))
					col = i;
			if (col < 0)
			{
				problem(r, path3("appeals", gr_apgroups[g].key, keystr(&kc)), "unknown column");
				continue;
			}
			read_cell(r, &vc, &r->d->appeals[g][col], GR_SEC_APPEALS, g, col, NULL);
			any = true;
		}
		if (!any)
			for (int col = 0; col < GR_APC_NCOLS; col++)
				r->d->appeals[g][col].state = GR_MISSING;
	}
}

/* A jsonb string as a core string (UTF-8). */
static gr_str
core_str(const JsonbValue *v)
{
	gr_str		s;
	int			enc = GetDatabaseEncoding();

	s.p = v->val.string.val;
	s.len = v->val.string.len;
	if (enc != PG_UTF8 && enc != PG_SQL_ASCII)
	{
		char	   *c = pg_server_to_any(s.p, (int) s.len, PG_UTF8);

		if (c != s.p)
		{
			s.p = c;
			s.len = strlen(c);
		}
	}
	return s;
}

/* The row of section sec named by k; -1 if none. */
static int
find_row(int sec, JsonbValue *k)
{
	switch (sec)
	{
		case GR_SEC_ACTIVE:
			return find_arow(k);
		case GR_SEC_REQUESTS:
			for (int i = 0; i < GR_R_NROWS; i++)
				if (key_is(k, gr_rrow_key(i)))
					return i;
			return -1;
		case GR_SEC_APPEALS:
			for (int i = 0; i < GR_AP_NGROUPS; i++)
				if (key_is(k, gr_apgroups[i].key))
					return i;
			return -1;
	}
	return -1;
}

/*
 * Parse a diagnostics path into a cell; false if it names none.  A path of
 * a whole row ("requests.granted") or of a narrative section
 * ("narrative.problems") gives *col = GR_DIAG_ROW, and sec
 * GR_SEC_NARRATIVE for the latter.
 */
static bool
parse_cell_path(const char *p, int len, int *sec, int *row, int *col)
{
	const char *dot1 = memchr(p, '.', len);
	const char *dotn = NULL;
	JsonbValue	rk,
				ck;

	if (dot1 == NULL)
		return false;
	*sec = -1;
	for (int s = 0; s < 3; s++)
		if ((size_t) (dot1 - p) == strlen(gr_section_keys[s]) &&
			memcmp(p, gr_section_keys[s], dot1 - p) == 0)
			*sec = s;
	rk.val.string.val = (char *) dot1 + 1;
	rk.val.string.len = p + len - dot1 - 1;
	if (dot1 - p == 9 && memcmp(p, "narrative", 9) == 0)
	{
		*sec = GR_SEC_NARRATIVE;
		*row = -1;
		*col = GR_DIAG_ROW;
		for (int i = 0; i < GR_N_COUNT; i++)
			if (key_is(&rk, gr_narr_keys[i]))
				*row = i;
		return *row >= 0;
	}
	if (*sec < 0)
		return false;
	/* the whole rest a row key ("withheld.state_secret" has a dot too) */
	if ((*row = find_row(*sec, &rk)) >= 0)
	{
		*col = GR_DIAG_ROW;
		return true;
	}
	for (const char *q = p + len - 1; q > dot1; q--)
		if (*q == '.')
		{
			dotn = q;
			break;
		}
	if (dotn == NULL)
		return false;
	rk.val.string.len = dotn - dot1 - 1;
	ck.val.string.val = (char *) dotn + 1;
	ck.val.string.len = p + len - dotn - 1;
	*row = find_row(*sec, &rk);
	switch (*sec)
	{
		case GR_SEC_ACTIVE:
			*col = find_acol(&ck);
			break;
		case GR_SEC_REQUESTS:
			*col = find_rcol(&ck);
			break;
		default:
			*col = -1;
			for (int i = 0; i < GR_APC_NCOLS; i++)
				if (key_is(&ck, gr_apcols[i].key))
					*col = i;
			break;
	}
	return *row >= 0 && *col >= 0;
}

static gr_cell *
doc_cell(gr_doc *d, int sec, int row, int col)
{
	if (sec == GR_SEC_ACTIVE)
		return &d->active[row][col];
	if (sec == GR_SEC_REQUESTS)
		return &d->req[row][col];
	return &d->appeals[row][col];
}

static void
read_diagnostics(reader *r, JsonbContainer *c)
{
	JsonbIterator *it = JsonbIteratorInit(c);
	JsonbValue	e;
	JsonbIteratorToken t;
	int			i = 0;

	(void) JsonbIteratorNext(&it, &e, true);	/* WJB_BEGIN_ARRAY */
	while ((t = JsonbIteratorNext(&it, &e, true)) == WJB_ELEM)
	{
		JsonbValue	pv,
					rv,
					qv;
		JsonbContainer *o;
		int			sec,
					row,
					col,
					prob;
		char		where[32];

		snprintf(where, sizeof(where), "diagnostics[%d]", i++);
		if (!is_object(&e))
		{
			problem(r, where, psprintf("expected an object, found %s", type_name(&e)));
			continue;
		}
		o = e.val.binary.data;
		if (getKeyJsonValueFromContainer(o, "path", 4, &pv) == NULL || pv.type != jbvString ||
			!parse_cell_path(pv.val.string.val, pv.val.string.len, &sec, &row, &col))
		{
			problem(r, psprintf("%s.path", where), "not the path of a table cell");
			continue;
		}
		if (getKeyJsonValueFromContainer(o, "problem", 7, &qv) == NULL || qv.type != jbvString ||
			(prob = find_key(&qv, gr_problem_keys, GR_PROB_COUNT)) < 0)
		{
			problem(r, psprintf("%s.problem", where), "expected \"blank\", \"unreadable\" or \"missing\"");
			continue;
		}
		/* a row or narrative path only with what was inferred there */
		if ((col == GR_DIAG_ROW) !=
			(prob == GR_PROB_FUZZY_LABEL || prob == GR_PROB_UNKNOWN_HEADING ||
			 prob == GR_PROB_INFERRED) ||
			(sec == GR_SEC_NARRATIVE) != (prob == GR_PROB_UNKNOWN_HEADING))
		{
			problem(r, psprintf("%s.path", where),
					prob <= GR_PROB_MISSING || prob == GR_PROB_UNIT_CONVERTED ?
					"not the path of a table cell" : "not a path for this problem");
			continue;
		}
		if (getKeyJsonValueFromContainer(o, "raw", 3, &rv) != NULL && rv.type == jbvString)
		{
			gr_str		s = core_str(&rv);

			gr_doc_diag(r->d, &r->mem, sec, row, col, prob, s.p, s.len);
		}
		else
			gr_doc_diag(r->d, &r->mem, sec, row, col, prob, "", 0);

		/* the table has the cell as null; the diagnostic says which kind */
		if (prob <= GR_PROB_MISSING)
		{
			gr_cell    *cell = doc_cell(r->d, sec, row, col);

			if (cell->state == GR_BLANK || cell->state == GR_UNREADABLE ||
				cell->state == GR_MISSING)
				cell->state = (prob == GR_PROB_BLANK) ? GR_BLANK :
					(prob == GR_PROB_UNREADABLE) ? GR_UNREADABLE : GR_MISSING;
		}
	}
}

/* Read a top-level string member against a list of keys; -1 if absent. */
static int
read_enum(reader *r, JsonbContainer *root, const char *key, const char *const *keys,
		  int n, const char *expected)
{
	JsonbValue	v;
	int			i;

	if (getKeyJsonValueFromContainer(root, key, strlen(key), &v) == NULL || v.type == jbvNull)
		return -1;
	if (v.type != jbvString || (i = find_key(&v, keys, n)) < 0)
	{
		problem(r, key, expected);
		return -1;
	}
	return i;
}

/* forms.active / forms.requests: the form, NONE if absent, -1 if invalid */
static int
read_form(reader *r, JsonbContainer *forms, const char *key)
{
	static const char *const fk[2] = {"2019", "2021"};
	JsonbValue	v;
	int			i;

	if (forms == NULL ||
		getKeyJsonValueFromContainer(forms, key, strlen(key), &v) == NULL ||
		v.type == jbvNull)
		return GR_FORM_NONE;
	if (v.type == jbvNumeric)
	{
		gr_cell		c;
		const char *why;

		if (numeric_to_cell(v.val.numeric, &c, &why) && c.scale == 0 &&
			(c.m == 2019 || c.m == 2021))
			return (int) c.m;
	}
	else if (v.type == jbvString && (i = find_key(&v, fk, 2)) >= 0)
		return i == 0 ? GR_FORM_2019 : GR_FORM_2021;
	problem(r, psprintf("forms.%s", key), "expected \"2019\", \"2021\" or null");
	return -1;
}

static bool
read_date(const JsonbValue *v, int *y, int *m, int *d)
{
	static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	const char *s = v->val.string.val;

	if (v->type != jbvString || v->val.string.len != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	*y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	*m = (s[5] - '0') * 10 + (s[6] - '0');
	*d = (s[8] - '0') * 10 + (s[9] - '0');
	if (*y < 1 || *m < 1 || *m > 12 || *d < 1 || *d > mdays[*m - 1])
		return false;
	if (*m == 2 && *d == 29 && !((*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0))
		return false;
	return true;
}

/* The member `key` of root as a container of the wanted kind, or NULL. */
static JsonbContainer *
member_container(reader *r, JsonbContainer *root, const char *key, bool want_array)
{
	JsonbValue	v;

	if (getKeyJsonValueFromContainer(root, key, strlen(key), &v) == NULL || v.type == jbvNull)
		return NULL;
	if (v.type == jbvBinary && !JsonContainerIsScalar(v.val.binary.data) &&
		(want_array ? JsonContainerIsArray(v.val.binary.data)
		 : JsonContainerIsObject(v.val.binary.data)))
		return v.val.binary.data;
	problem(r, key, psprintf("expected %s, found %s", want_array ? "an array" : "an object",
							 type_name(&v)));
	return NULL;
}

gr_doc *
gr_doc_from_jsonb(Jsonb *jb, char ***problems, int *nproblems)
{
	reader		r;
	gr_doc	   *d = palloc0(sizeof(gr_doc));
	JsonbContainer *root = &jb->root,
			   *forms,
			   *tab;
	JsonbValue	v;
	int			i,
				fa,
				fr;
	bool		status_given;

	memset(&r, 0, sizeof(r));
	r.d = d;
	r.mem = gr_pg_mem();

	if (JB_ROOT_IS_SCALAR(jb) || !JB_ROOT_IS_OBJECT(jb))
	{
		problem(&r, "document", "expected a JSON object");
		goto done;
	}

	if (getKeyJsonValueFromContainer(root, "schema", 6, &v) != NULL && v.type != jbvNull)
	{
		gr_cell		c;
		const char *why;

		if (v.type != jbvNumeric || !numeric_to_cell(v.val.numeric, &c, &why) ||
			c.scale != 0 || c.m != 1)
			problem(&r, "schema", "expected 1, the only document version");
	}

	i = read_enum(&r, root, "status", status_keys, 3,
				  "expected \"ok\", \"partial\" or \"not_a_report\"");
	status_given = i >= 0;
	if (status_given)
		d->status = (gr_status) i;
	i = read_enum(&r, root, "script", script_keys, 2,
				  "expected \"simplified\" or \"traditional\"");
	d->script = i == 1 ? GR_TRADITIONAL : GR_SIMPLIFIED;

	if (getKeyJsonValueFromContainer(root, "agency", 6, &v) != NULL && v.type != jbvNull)
	{
		if (v.type == jbvString)
			d->agency = core_str(&v);
		else
			problem(&r, "agency", psprintf("expected a string or null, found %s", type_name(&v)));
	}
	if (getKeyJsonValueFromContainer(root, "year", 4, &v) != NULL && v.type != jbvNull)
	{
		gr_cell		c;
		const char *why;

		if (v.type == jbvNumeric && numeric_to_cell(v.val.numeric, &c, &why) &&
			c.scale == 0 && c.m >= 1 && c.m <= 9999)
			d->year = (int) c.m;
		else
			problem(&r, "year", "expected a year from 1 to 9999 or null");
	}
	if (getKeyJsonValueFromContainer(root, "published_on", 12, &v) != NULL && v.type != jbvNull &&
		!read_date(&v, &d->pub_y, &d->pub_m, &d->pub_d))
	{
		d->pub_y = d->pub_m = d->pub_d = 0;
		problem(&r, "published_on", "expected a date as \"YYYY-MM-DD\" or null");
	}

	forms = member_container(&r, root, "forms", false);
	fa = read_form(&r, forms, "active");
	fr = read_form(&r, forms, "requests");

	if ((tab = member_container(&r, root, "active", false)) != NULL)
		read_active(&r, tab, fa > 0 ? (gr_form) fa : infer_active_form(tab));
	if ((tab = member_container(&r, root, "requests", false)) != NULL)
		read_requests(&r, tab, fr > 0 ? (gr_form) fr : infer_requests_form(tab));
	if ((tab = member_container(&r, root, "appeals", false)) != NULL)
		read_appeals(&r, tab);

	if ((tab = member_container(&r, root, "narrative", false)) != NULL)
		for (i = 0; i < GR_N_COUNT; i++)
		{
			if (getKeyJsonValueFromContainer(tab, gr_narr_keys[i], strlen(gr_narr_keys[i]), &v) == NULL ||
				v.type == jbvNull)
				continue;
			if (v.type == jbvString)
				d->narrative[i] = core_str(&v);
			else
				problem(&r, path3("narrative", gr_narr_keys[i], NULL),
						psprintf("expected a string or null, found %s", type_name(&v)));
		}
	if ((tab = member_container(&r, root, "facts", false)) != NULL)
		for (i = 0; i < GR_F_COUNT; i++)
		{
			if (getKeyJsonValueFromContainer(tab, gr_fact_keys[i], strlen(gr_fact_keys[i]), &v) == NULL ||
				v.type == jbvNull)
				continue;
			read_cell(&r, &v, &d->facts[i], -1, 0, 0, gr_fact_keys[i]);
			if (d->facts[i].state != GR_VALUE)
				d->facts[i].state = GR_ABSENT;
		}
	if ((tab = member_container(&r, root, "diagnostics", true)) != NULL)
		read_diagnostics(&r, tab);

	if (!status_given)
	{
		int			n = (d->form_active != GR_FORM_NONE) + (d->form_requests != GR_FORM_NONE) +
			d->has_appeals;

		d->status = n == 3 ? GR_OK : n > 0 ? GR_PARTIAL : GR_NOT_A_REPORT;
	}

done:
	*problems = r.probs;
	*nproblems = r.nprobs;
	return d;
}
