/*
 * jsonb_read.c — a gr_doc from a stored jsonb document.
 *
 * gr_doc_from_jsonb reads a document without trusting its shape: every
 * value of the wrong type, unknown key, out-of-range number or bad date
 * becomes a "path: what is wrong" problem and that part is read as absent
 * (or, for a cell, as an unreadable null).  It never recurses beyond the
 * document's own fixed depth, so deeply nested junk is just a value of the
 * wrong type.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "glue.h"

/* At most this many problems are listed; the rest are counted in one line. */
#define MAX_PROBLEMS 64

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
	if (v->type == jbvNumeric && gr_pg_numeric_to_cell(v->val.numeric, out, &why))
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
	return gr_key_find(keys, n, k->val.string.val, k->val.string.len);
}

static int
find_acol(const JsonbValue *k)
{
	return gr_acol_of(k->val.string.val, k->val.string.len);
}

static int
find_arow(const JsonbValue *k)
{
	return gr_arow_of(k->val.string.val, k->val.string.len);
}

static int
find_rcol(const JsonbValue *k)
{
	return gr_rcol_of(k->val.string.val, k->val.string.len);
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
	int			row = gr_rrow_of(k->val.string.val, k->val.string.len);

	if (row >= 2 && row < GR_R_CARRIED_FORWARD && gr_disps[row - 2].parent >= 0)
		return -1;				/* a leaf: only under its group */
	return row;
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
		int			g = gr_aprow_of(k.val.string.val, k.val.string.len);
		members		mc;
		JsonbValue	kc,
					vc;
		bool		any = false;

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
			int			col = gr_apcol_of(kc.val.string.val, kc.val.string.len);

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
	return gr_row_of(sec, k->val.string.val, k->val.string.len);
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
	*sec = gr_key_find(gr_section_keys, 3, p, dot1 - p);
	rk.val.string.val = (char *) dot1 + 1;
	rk.val.string.len = p + len - dot1 - 1;
	if (dot1 - p == 9 && memcmp(p, "narrative", 9) == 0)
	{
		*sec = GR_SEC_NARRATIVE;
		*row = -1;
		*col = GR_DIAG_ROW;
		*row = gr_key_find(gr_narr_keys, GR_N_COUNT, rk.val.string.val, rk.val.string.len);
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
	*col = gr_col_of(*sec, ck.val.string.val, ck.val.string.len);
	return *row >= 0 && *col >= 0;
}

static gr_cell *
doc_cell(gr_doc *d, int sec, int row, int col)
{
	return (gr_cell *) gr_doc_cell(d, sec, row, col);
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

		if (gr_pg_numeric_to_cell(v.val.numeric, &c, &why) && c.scale == 0 &&
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

		if (v.type != jbvNumeric || !gr_pg_numeric_to_cell(v.val.numeric, &c, &why) ||
			c.scale != 0 || c.m != 1)
			problem(&r, "schema", "expected 1, the only document version");
	}

	i = read_enum(&r, root, "status", gr_status_keys, 3,
				  "expected \"ok\", \"partial\" or \"not_a_report\"");
	status_given = i >= 0;
	if (status_given)
		d->status = (gr_status) i;
	i = read_enum(&r, root, "script", gr_script_keys, 2,
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

		if (v.type == jbvNumeric && gr_pg_numeric_to_cell(v.val.numeric, &c, &why) &&
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
		d->status = gr_status_rule(d);

done:
	*problems = r.probs;
	*nproblems = r.nprobs;
	return d;
}

/* A document argument, or ERROR 22023 naming the first problem. */
gr_doc *
gr_pg_doc_arg(Jsonb *jb)
{
	char	  **problems;
	int			nproblems;
	gr_doc	   *d = gr_doc_from_jsonb(jb, &problems, &nproblems);

	if (nproblems > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("malformed govreport document"),
				 errdetail("%s.%s", problems[0],
						   nproblems == 2 ? " 1 more problem follows it." :
						   nproblems > 2 ? psprintf(" %d more problems follow it.", nproblems - 1) : ""),
				 errhint("A document is what report_to_jsonb returns; see its keys in the documentation.")));
	return d;
}
