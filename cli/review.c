/*
 * review.c — govreport review: one self-contained HTML page for a batch of
 * reports, for a person who reviews many bodies' reports at once.
 *
 *   govreport review [-o FILE] FILE|DIR...
 *   govreport review [-o FILE] --dbname CONNINFO (--table NAME | --query SQL)
 *
 * The page has a summary (files, bodies, balanced, unbalanced, suspect
 * cells), charts of the whole batch, then one section per body (reports
 * grouped by agency name): per report its findings in the checker's words,
 * the tables with the suspect cell and its row and column marked, and
 * charts; for a body with several years, a year-over-year chart and the
 * carryover findings between consecutive years.
 *
 * Everything that comes from a report or a file name is escaped; the page
 * holds no script, no link and no URL, so it opens from disk with no
 * network.  Charts are inline SVG drawn here with integer coordinates, and
 * the order of everything is fixed (bodies with a problem first, then by
 * agency bytes; reports by year then name), so the same input gives the
 * same bytes.
 *
 * From a database, the stored documents are read as the server renders
 * them (report_render) and read back by the core, which gives back the
 * tables, agency and year of the stored document.
 */
#include "cli.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "pq.h"

/* One report of the batch. */
typedef struct rv_report
{
	char	   *name;			/* the file, or the database row's name */
	char	   *err;			/* unreadable: why (then nothing below is set) */
	char	   *text;			/* the text read (the document points into it) */
	gr_heap    *heap;
	gr_mem		mem;
	gr_doc		doc;
	gr_findings fs;				/* gr_check's */
	gr_findings carry;			/* gr_carryover's against the year before */
	int			nsuspect;
	bool		balanced;
	int			body;			/* index into the bodies */
} rv_report;

/* Reports of one agency. */
typedef struct rv_body
{
	const char *agency;			/* NUL-terminated copy, or NULL: not named */
	int		   *reps;			/* indexes into the reports, by year then name */
	int			n;
} rv_body;

typedef struct rv_batch
{
	rv_report  *r;
	int			n,
				cap;
	rv_body    *b;
	int			nb;
	bool		oom;
} rv_batch;

/* ------------------------------------------------------------ escaping */

/*
 * s[0..n) as HTML text or attribute value: the five markup characters as
 * references, control characters other than newline and tab dropped, and
 * bytes that are not UTF-8 as U+FFFD (a file name may be anything).
 */
static void
esc(cli_buf *o, const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		k;

		if (c < 0x80)
		{
			switch (c)
			{
				case '&':
					cli_buf_puts(o, "&amp;");
					break;
				case '<':
					cli_buf_puts(o, "&lt;");
					break;
				case '>':
					cli_buf_puts(o, "&gt;");
					break;
				case '"':
					cli_buf_puts(o, "&quot;");
					break;
				case '\'':
					cli_buf_puts(o, "&#39;");
					break;
				default:
					if (c >= 0x20 && c != 0x7F)
						cli_buf_putc(o, (char) c);
					else if (c == '\n' || c == '\t')
						cli_buf_putc(o, ' ');
			}
			i++;
			continue;
		}
		/* the length of a well-formed sequence here, 0 if it is not one */
		k = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
		if (k && i + k <= n && cli_utf8_valid(s + i, k))
		{
			cli_buf_put(o, s + i, k);
			i += k;
		}
		else
		{
			cli_buf_puts(o, "\xEF\xBF\xBD");
			i++;
		}
	}
}

static void
escs(cli_buf *o, const char *s)
{
	esc(o, s, strlen(s));
}

static void
putf(cli_buf *o, const char *fmt, long long v)
{
	char		tmp[256];

	snprintf(tmp, sizeof(tmp), fmt, v);
	cli_buf_puts(o, tmp);
}

/* A cell's value as printed: "16.856", "-3". */
static void
put_value(cli_buf *o, const gr_cell *c)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;

	gr_buf_init(&b, &m, 32);
	gr_buf_decimal(&b, c->m, c->scale);
	cli_buf_put(o, b.data, b.len);
	gr_heap_free(h);
}

/* ------------------------------------------------------------ the batch */

static rv_report *
new_report(rv_batch *B, const char *name)
{
	if (B->n == B->cap)
	{
		int			nc = B->cap ? B->cap * 2 : 64;
		rv_report  *p = realloc(B->r, sizeof(rv_report) * (size_t) nc);

		if (p == NULL)
		{
			B->oom = true;
			return NULL;
		}
		B->r = p;
		B->cap = nc;
	}
	memset(&B->r[B->n], 0, sizeof(rv_report));
	B->r[B->n].name = strdup(name);
	if (B->r[B->n].name == NULL)
	{
		B->oom = true;
		return NULL;
	}
	return &B->r[B->n++];
}

/* Read one report's text with the core and check it; takes text. */
static void
take_text(rv_report *r, char *text, size_t len)
{
	r->text = text;
	r->heap = gr_heap_new();
	r->mem = gr_heap_mem(r->heap);
	gr_parse(&r->doc, text, len, &r->mem, NULL);
	gr_check(&r->doc, NULL, 0, &r->mem, &r->fs);
	for (int k = 0; k < r->fs.n; k++)
		r->nsuspect += r->fs.v[k].rule == GR_RULE_SUSPECT_CELL;
	r->balanced = gr_balance_ok(&r->doc);
}

static void
add_file(rv_batch *B, const char *path)
{
	cli_text	t;
	rv_report  *r = new_report(B, path);

	if (r == NULL)
		return;
	cli_read_file(path, &t);
	if (t.text == NULL)
	{
		r->err = strdup(t.err);
		if (r->err == NULL)
			B->oom = true;
		return;
	}
	take_text(r, t.text, t.len);
}

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* A directory's files, below it too, in name order; hidden ones left out. */
static void
add_dir(rv_batch *B, const char *dir, int depth)
{
	DIR		   *d = depth > 64 ? NULL : opendir(dir);
	struct dirent *e;
	char	  **names = NULL;
	int			n = 0,
				cap = 0;

	if (d == NULL)
	{
		add_file(B, dir);		/* its error is reported as a file's */
		return;
	}
	while ((e = readdir(d)) != NULL)
	{
		char	   *full;

		if (e->d_name[0] == '.')
			continue;
		if (n == cap)
		{
			int			nc = cap ? cap * 2 : 64;
			char	  **p = realloc(names, sizeof(char *) * (size_t) nc);

			if (p == NULL)
			{
				B->oom = true;
				break;
			}
			names = p;
			cap = nc;
		}
		full = malloc(strlen(dir) + strlen(e->d_name) + 2);
		if (full == NULL)
		{
			B->oom = true;
			break;
		}
		sprintf(full, "%s/%s", dir, e->d_name);
		names[n++] = full;
	}
	closedir(d);
	if (n > 0)
		qsort(names, (size_t) n, sizeof(char *), cmp_name);
	for (int i = 0; i < n; i++)
	{
		struct stat st;

		if (stat(names[i], &st) == 0 && S_ISDIR(st.st_mode))
			add_dir(B, names[i], depth + 1);
		else if (stat(names[i], &st) != 0 || S_ISREG(st.st_mode))
			add_file(B, names[i]);
		free(names[i]);
	}
	free(names);
}

/*
 * The documents of a table or query: the server renders each stored
 * document (report_render) and the core reads the text back.  false and
 * err when the database cannot be read.
 */
static bool
add_db(rv_batch *B, const char *conninfo, const char *table, const char *query,
	   char *err, size_t errlen)
{
	PGconn	   *c;
	PGresult   *r;
	cli_buf		sql;
	char	   *schema,
			   *qtable = NULL;
	bool		ok = false;

	if (!cli_pq_load(err, errlen))
		return false;
	c = PQconnectdb(conninfo);
	if (PQstatus(c) != CONNECTION_OK)
	{
		snprintf(err, errlen, "cannot connect: %s", PQerrorMessage(c));
		PQfinish(c);
		return false;
	}
	PQsetClientEncoding(c, "UTF8");
	r = PQexec(c, "SELECT quote_ident(n.nspname) FROM pg_extension e "
			   "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'govreport'");
	if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1)
	{
		snprintf(err, errlen, "the govreport extension is not installed in this database "
				 "(its report_render reads the stored documents)");
		PQclear(r);
		PQfinish(c);
		return false;
	}
	schema = strdup(PQgetvalue(r, 0, 0));
	PQclear(r);
	memset(&sql, 0, sizeof(sql));
	cli_buf_puts(&sql, "SELECT q.n::text, ");
	cli_buf_puts(&sql, schema ? schema : "govreport");
	cli_buf_puts(&sql, ".report_render(q.d::jsonb) FROM (");
	if (query)
	{
		/* a query as typed in psql: without its closing semicolons */
		size_t		n = strlen(query);

		while (n > 0 && (query[n - 1] == ';' || query[n - 1] == ' ' || query[n - 1] == '\n' ||
						 query[n - 1] == '\t' || query[n - 1] == '\r'))
			n--;
		cli_buf_put(&sql, query, n);
	}
	else
	{
		qtable = cli_quote_table(c, table);
		if (qtable == NULL)
		{
			snprintf(err, errlen, "bad table name %s", table);
			goto done;
		}
		cli_buf_puts(&sql, "SELECT path, doc FROM ");
		cli_buf_puts(&sql, qtable);
	}
	cli_buf_puts(&sql, "\n) AS q(n, d) WHERE q.d IS NOT NULL ORDER BY 1, 2");
	if (sql.failed)
	{
		snprintf(err, errlen, "out of memory");
		goto done;
	}
	r = PQexec(c, sql.data);
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
	{
		snprintf(err, errlen, "%s%s", PQresultErrorMessage(r),
				 query ? "the query must give two columns: a name and a document (jsonb)"
				 : "the table needs columns path (text) and doc (jsonb), as load makes them");
		PQclear(r);
		goto done;
	}
	for (int i = 0; i < PQntuples(r) && !B->oom; i++)
	{
		char		name[32];
		rv_report  *rep;
		size_t		len = (size_t) PQgetlength(r, i, 1);
		char	   *text;

		snprintf(name, sizeof(name), "row %d", i + 1);
		rep = new_report(B, PQgetisnull(r, i, 0) ? name : PQgetvalue(r, i, 0));
		if (rep == NULL)
			break;
		text = malloc(len + 1);
		if (text == NULL)
		{
			B->oom = true;
			break;
		}
		memcpy(text, PQgetvalue(r, i, 1), len + 1);
		take_text(rep, text, len);
	}
	PQclear(r);
	ok = true;
done:
	free(sql.data);
	free(schema);
	free(qtable);
	PQfinish(c);
	return ok;
}

/* ------------------------------------------------------------ grouping */

/* Reports in body order: agency bytes (unnamed last), year, name, input order. */
static int
cmp_report(const void *pa, const void *pb)
{
	const rv_report *a = *(rv_report *const *) pa,
			   *b = *(rv_report *const *) pb;
	const gr_str *x = &a->doc.agency,
			   *y = &b->doc.agency;
	int			c;

	if ((x->p == NULL) != (y->p == NULL))
		return x->p == NULL ? 1 : -1;
	if (x->p)
	{
		size_t		n = x->len < y->len ? x->len : y->len;

		c = memcmp(x->p, y->p, n);
		if (c == 0 && x->len != y->len)
			c = x->len < y->len ? -1 : 1;
		if (c)
			return c;
	}
	if (a->doc.year != b->doc.year)
		return a->doc.year < b->doc.year ? -1 : 1;
	c = strcmp(a->name, b->name);
	return c ? c : (a > b) - (a < b);
}

static bool
same_agency(const rv_report *a, const rv_report *b)
{
	return a->doc.agency.p && b->doc.agency.p && a->doc.agency.len == b->doc.agency.len &&
		memcmp(a->doc.agency.p, b->doc.agency.p, a->doc.agency.len) == 0;
}

/* Errors of the carryover rule a report has against its year before. */
static int
carry_errors(const rv_report *r)
{
	int			n = 0;

	for (int k = 0; k < r->carry.n; k++)
		n += r->carry.v[k].severity == GR_SEV_ERROR && r->carry.v[k].rule == GR_RULE_CARRYOVER;
	return n;
}

/* Does a body have an unbalanced report (*unbalanced) or a carryover break (*carry)? */
static void
body_flags(const rv_batch *B, const rv_body *b, bool *unbalanced, bool *carry)
{
	*unbalanced = *carry = false;
	for (int k = 0; k < b->n; k++)
	{
		*unbalanced |= !B->r[b->reps[k]].balanced;
		*carry |= carry_errors(&B->r[b->reps[k]]) > 0;
	}
}

/*
 * Bodies with an unbalanced report or a carryover break first (what a
 * reviewer looks at), each part in agency order.
 */
static void
bad_first(rv_batch *B)
{
	rv_body    *sorted = malloc(sizeof(rv_body) * (size_t) (B->nb + 1));
	int			n = 0;

	if (sorted == NULL)
	{
		B->oom = true;
		return;
	}
	for (int pass = 0; pass < 2; pass++)
		for (int bi = 0; bi < B->nb; bi++)
		{
			bool		unbalanced,
						carry;

			body_flags(B, &B->b[bi], &unbalanced, &carry);
			if ((unbalanced || carry) == (pass == 0))
			{
				for (int k = 0; k < B->b[bi].n; k++)
					B->r[B->b[bi].reps[k]].body = n;
				sorted[n++] = B->b[bi];
			}
		}
	memcpy(B->b, sorted, sizeof(rv_body) * (size_t) B->nb);
	free(sorted);
}

/*
 * Bodies: reports read as reports, grouped by agency (a report with no
 * agency is a body of its own); the carryover rule between each report and
 * the one of the year before in its body.  Bodies with an unbalanced
 * report come first.
 */
static void
group(rv_batch *B)
{
	rv_report **ix = malloc(sizeof(rv_report *) * (size_t) (B->n + 1));
	int			n = 0;

	B->b = calloc((size_t) B->n + 1, sizeof(rv_body));
	if (ix == NULL || B->b == NULL)
	{
		free(ix);
		B->oom = true;
		return;
	}
	for (int i = 0; i < B->n; i++)
		if (B->r[i].err == NULL && B->r[i].doc.status != GR_NOT_A_REPORT)
			ix[n++] = &B->r[i];
	if (n > 0)
		qsort(ix, (size_t) n, sizeof(rv_report *), cmp_report);
	for (int i = 0; i < n;)
	{
		int			j = i + 1;
		rv_body    *body = &B->b[B->nb];
		rv_report  *r = ix[i];

		while (j < n && same_agency(r, ix[j]))
			j++;
		body->reps = malloc(sizeof(int) * (size_t) (j - i));
		if (body->reps == NULL)
		{
			B->oom = true;
			break;
		}
		if (r->doc.agency.p)
		{
			char	   *a = malloc(r->doc.agency.len + 1);

			if (a == NULL)
			{
				B->oom = true;
				break;
			}
			memcpy(a, r->doc.agency.p, r->doc.agency.len);
			a[r->doc.agency.len] = '\0';
			body->agency = a;
		}
		for (int k = i; k < j; k++)
		{
			rv_report  *cur = ix[k];

			body->reps[body->n++] = (int) (cur - B->r);
			cur->body = B->nb;
			if (k > i)
			{
				rv_report  *prev = ix[k - 1];

				if (prev->doc.year > 0 && cur->doc.year == prev->doc.year + 1)
					gr_carryover(&prev->doc, &cur->doc, &cur->mem, &cur->carry);
			}
		}
		B->nb++;
		i = j;
	}
	free(ix);
	if (!B->oom)
		bad_first(B);
}

/* ------------------------------------------------------------ figures */

/* Dispositions by group: the six groups of 三、本年度办理结果. */
static const int groups[6] = {GR_D_GRANTED, GR_D_PARTIAL, GR_D_WITHHELD, GR_D_UNAVAILABLE,
GR_D_NOT_PROCESSED, GR_D_OTHER};

/*
 * A figure: a count, or unknown when no cell it sums was a number, or when
 * a sum would leave the range the charts draw (lost: never a partial sum).
 */
typedef struct fig
{
	int64_t		v;
	bool		known;
	bool		lost;
} fig;

#define FIG_MAX (INT64_MAX / 4)

static void
fig_plus(fig *f, int64_t m)
{
	if (f->lost)
		return;
	if (m > FIG_MAX || m < -FIG_MAX || (m > 0 && f->v > FIG_MAX - m) || (m < 0 && f->v < -FIG_MAX - m))
	{
		f->lost = true;
		f->known = false;
		return;
	}
	f->v += m;
	f->known = true;
}

/* f += a cell: a count (scale 0); a cell with decimals makes the figure unknown. */
static void
fig_add(fig *f, const gr_cell *c)
{
	if (c->state != GR_VALUE)
		return;
	if (c->scale != 0)
	{
		f->lost = true;
		f->known = false;
		return;
	}
	fig_plus(f, c->m);
}

/* a += b, for the batch's sums */
static void
fig_merge(fig *a, const fig *b)
{
	if (b->lost)
	{
		a->lost = true;
		a->known = false;
	}
	else if (b->known)
		fig_plus(a, b->v);
}

/* v's share of span when max is the span's whole; nothing for v <= 0. */
static int64_t
scaled(int64_t v, int64_t max, int span)
{
	int64_t		n;

	if (v <= 0 || max <= 0)
		return 0;
	/* v <= max <= FIG_MAX: a double carries the ratio; the result is at most span */
	n = (int64_t) ((double) v / (double) max * span);
	return n < 1 ? 1 : n > span ? span : n;
}

/* The total column of disposition group g: the sum of its leaves. */
static fig
group_total(const gr_doc *d, int g)
{
	fig			f = {0, false, false};

	for (int x = 0; x < GR_D_TOTAL; x++)
		if (gr_disp_contains(g, x) && gr_rrow_is_leaf(d->form_requests, GR_R_DISP(x)))
			fig_add(&f, &d->req[GR_R_DISP(x)][GR_RC_TOTAL]);
	return f;
}

static void
disp_figs(const gr_doc *d, fig *out)
{
	for (int i = 0; i < 6; i++)
		out[i] = group_total(d, groups[i]);
}

/* New requests by applicant: the six printed columns before the total. */
static void
appl_figs(const gr_doc *d, fig *out)
{
	for (int c = 0; c < GR_RC_TOTAL; c++)
	{
		memset(&out[c], 0, sizeof(fig));
		fig_add(&out[c], &d->req[GR_R_NEW_RECEIVED][c]);
	}
}

static const char *
word(gr_script sc, const char *s)
{
	return gr_render_word(sc, s);
}

static const char *
dlabel(gr_script sc, int disp)
{
	return sc == GR_TRADITIONAL ? gr_disps[disp].label_t : gr_disps[disp].label;
}

/*
 * A chart's label: the form's label without its bracketed note
 * (部分公开（区分处理的，…）→ 部分公开), copied into buf.
 */
static const char *
short_label(const char *s, char *buf, size_t cap)
{
	const char *br = strstr(s, "（");
	size_t		n = br && br != s ? (size_t) (br - s) : strlen(s);

	if (n >= cap)
		n = cap - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return buf;
}

static const char *
alabel(gr_script sc, int appl)
{
	return sc == GR_TRADITIONAL ? gr_appls[appl].label_t : gr_appls[appl].label;
}

/* ------------------------------------------------------------ SVG */

static const char *const palette[6] = {"#2b6cb0", "#38a169", "#d69e2e", "#dd6b20", "#805ad5", "#718096"};

/*
 * A horizontal bar chart: one bar per label, its value after it; an unknown
 * value is a dash with no bar (never drawn as 0).
 */
static void
svg_bars(cli_buf *o, const char *cls, const char *title, int n, const char *const *labels,
		 const fig *v)
{
	const int	lw = 110,
				bw = 220,
				rh = 20,
				top = 24,
				w = lw + bw + 60,
				h = top + n * rh + 4;
	int64_t		max = 0;

	for (int i = 0; i < n; i++)
		if (v[i].known && v[i].v > max)
			max = v[i].v;
	cli_buf_puts(o, "<svg class=\"chart ");
	cli_buf_puts(o, cls);
	putf(o, "\" width=\"%lld\"", w);
	putf(o, " height=\"%lld\"", h);
	putf(o, " viewBox=\"0 0 %lld", w);
	putf(o, " %lld\" role=\"img\" aria-label=\"", h);
	escs(o, title);
	cli_buf_puts(o, "\"><title>");
	escs(o, title);
	cli_buf_puts(o, "</title><text class=\"ct\" x=\"0\" y=\"14\">");
	escs(o, title);
	cli_buf_puts(o, "</text>");
	for (int i = 0; i < n; i++)
	{
		int			y = top + i * rh;
		int64_t		len = v[i].known ? scaled(v[i].v, max, bw) : 0;

		putf(o, "<text class=\"cl\" x=\"%lld\"", lw - 6);
		putf(o, " y=\"%lld\" text-anchor=\"end\">", y + 14);
		escs(o, labels[i]);
		cli_buf_puts(o, "</text>");
		if (len > 0)
		{
			putf(o, "<rect x=\"%lld\"", lw);
			putf(o, " y=\"%lld\"", y + 3);
			putf(o, " width=\"%lld\" height=\"14\" fill=\"", len);
			cli_buf_puts(o, palette[i % 6]);
			cli_buf_puts(o, "\"/>");
		}
		putf(o, "<text class=\"cv\" x=\"%lld\"", lw + len + 4);
		putf(o, " y=\"%lld\">", y + 14);
		if (v[i].known)
			putf(o, "%lld", v[i].v);
		else
			cli_buf_puts(o, "—");
		cli_buf_puts(o, "</text>");
	}
	cli_buf_puts(o, "</svg>");
}

/* Year-over-year series of a body. */
#define YOY_SERIES 4

static void
yoy_figs(const gr_doc *d, fig *out)
{
	fig			f;

	memset(out, 0, sizeof(fig) * YOY_SERIES);
	fig_add(&out[0], &d->req[GR_R_NEW_RECEIVED][GR_RC_TOTAL]);
	out[1] = group_total(d, GR_D_GRANTED);
	f = group_total(d, GR_D_WITHHELD);
	out[2] = f;
	fig_add(&out[3], &d->req[GR_R_CARRIED_FORWARD][GR_RC_TOTAL]);
}

static const char *const yoy_names[YOY_SERIES] = {
	"本年新收申请", "予以公开", "不予公开", "结转下年度"
};

/*
 * A line chart over years: one line per series, a point per year with a
 * number; a year whose figure is unknown breaks the line.
 */
static void
svg_years(cli_buf *o, const int *years, int ny, fig (*v)[YOY_SERIES])
{
	const int	left = 40,
				step = 110,
				top = 30,
				ph = 150,
				w = left + (ny > 1 ? (ny - 1) * step : 0) + 150,
				h = top + ph + 64;
	int64_t		max = 1;

	int			(*ly)[YOY_SERIES] = calloc((size_t) ny, sizeof(*ly));

	if (ly == NULL)
		return;
	for (int i = 0; i < ny; i++)
		for (int s = 0; s < YOY_SERIES; s++)
			if (v[i][s].known && v[i][s].v > max)
				max = v[i][s].v;
	/*
	 * Where each point's number goes: just above it, pushed down where it
	 * would overlap the number of a point above it in the same year.
	 */
	for (int i = 0; i < ny; i++)
	{
		int			ord[YOY_SERIES],
					n = 0;

		for (int s = 0; s < YOY_SERIES; s++)
		{
			int			k;

			if (!v[i][s].known)
				continue;
			ly[i][s] = (int) (top + ph - scaled(v[i][s].v, max, ph)) - 4;
			/* insertion by label height, ties in series order */
			for (k = n; k > 0 && ly[i][ord[k - 1]] > ly[i][s]; k--)
				ord[k] = ord[k - 1];
			ord[k] = s;
			n++;
		}
		for (int k = 1; k < n; k++)
			if (ly[i][ord[k]] < ly[i][ord[k - 1]] + 13)
				ly[i][ord[k]] = ly[i][ord[k - 1]] + 13;
	}
	cli_buf_puts(o, "<svg class=\"chart yoy\"");
	putf(o, " width=\"%lld\"", w);
	putf(o, " height=\"%lld\"", h);
	putf(o, " viewBox=\"0 0 %lld", w);
	putf(o, " %lld\" role=\"img\" aria-label=\"逐年变化\"><title>逐年变化</title>", h);
	cli_buf_puts(o, "<text class=\"ct\" x=\"0\" y=\"14\">逐年变化（总计列）</text>");
	/* the axis and the years */
	putf(o, "<line class=\"ax\" x1=\"%lld\"", left - 10);
	putf(o, " y1=\"%lld\"", top + ph);
	putf(o, " x2=\"%lld\"", left + (ny - 1) * step + 10);
	putf(o, " y2=\"%lld\"/>", top + ph);
	for (int i = 0; i < ny; i++)
	{
		putf(o, "<text class=\"cl\" x=\"%lld\"", left + i * step);
		putf(o, " y=\"%lld\" text-anchor=\"middle\">", top + ph + 58);
		putf(o, "%lld</text>", years[i]);
	}
	for (int s = 0; s < YOY_SERIES; s++)
	{
		bool		open = false;

		for (int i = 0; i < ny; i++)
		{
			if (!v[i][s].known)
			{
				if (open)
					cli_buf_puts(o, "\"/>");
				open = false;
				continue;
			}
			if (!open)
			{
				cli_buf_puts(o, "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"");
				cli_buf_puts(o, palette[s]);
				cli_buf_puts(o, "\" points=\"");
				open = true;
			}
			else
				cli_buf_putc(o, ' ');
			putf(o, "%lld,", left + i * step);
			putf(o, "%lld", top + ph - scaled(v[i][s].v, max, ph));
		}
		if (open)
			cli_buf_puts(o, "\"/>");
		for (int i = 0; i < ny; i++)
		{
			int64_t		y;

			if (!v[i][s].known)
				continue;
			y = top + ph - scaled(v[i][s].v, max, ph);
			putf(o, "<circle r=\"3\" cx=\"%lld\"", left + i * step);
			putf(o, " cy=\"%lld\" fill=\"", y);
			cli_buf_puts(o, palette[s]);
			cli_buf_puts(o, "\"/>");
			putf(o, "<text class=\"cv\" x=\"%lld\"", left + i * step + 5);
			putf(o, " y=\"%lld\">", ly[i][s]);
			putf(o, "%lld</text>", v[i][s].v);
		}
		/* the legend, right of the last year */
		putf(o, "<rect x=\"%lld\"", left + (ny - 1) * step + 30);
		putf(o, " y=\"%lld\" width=\"10\" height=\"10\" fill=\"", top + s * 18);
		cli_buf_puts(o, palette[s]);
		cli_buf_puts(o, "\"/>");
		putf(o, "<text class=\"cl\" x=\"%lld\"", left + (ny - 1) * step + 44);
		putf(o, " y=\"%lld\">", top + s * 18 + 10);
		cli_buf_puts(o, yoy_names[s]);
		cli_buf_puts(o, "</text>");
	}
	cli_buf_puts(o, "</svg>");
	free(ly);
}

static void
charts_of(cli_buf *o, const gr_doc *d, gr_script sc)
{
	fig			f[7];
	const char *l[7];
	char		lb[6][64];

	if (d->form_requests == GR_FORM_NONE)
		return;
	cli_buf_puts(o, "<div class=\"charts\">");
	disp_figs(d, f);
	for (int i = 0; i < 6; i++)
		l[i] = short_label(dlabel(sc, groups[i]), lb[i], sizeof(lb[i]));
	svg_bars(o, "disp", "办理结果（总计列）", 6, l, f);
	appl_figs(d, f);
	for (int c = 0; c < GR_RC_TOTAL; c++)
		l[c] = alabel(sc, gr_rcol_appl[c]);
	svg_bars(o, "appl", "本年新收申请（按申请人）", 6, l, f);
	cli_buf_puts(o, "</div>");
}

/* ------------------------------------------------------------ tables */

/* The suspect cells of a report, as paths. */
typedef struct marks
{
	const gr_finding *f[8];
	int			n;
} marks;

/* The suspect finding on this cell, or NULL; sets row_hit when its row has one. */
static const gr_finding *
mark_of(const marks *mk, gr_buf *tmp, int section, int row, int col, bool *row_hit)
{
	const gr_finding *hit = NULL;

	*row_hit = false;
	for (int i = 0; i < mk->n; i++)
	{
		size_t		plen;

		tmp->len = 0;
		gr_cell_path(tmp, section, row, GR_DIAG_ROW);
		plen = tmp->len;
		if (strncmp(mk->f[i]->path, tmp->data, plen) == 0 && mk->f[i]->path[plen] == '.')
		{
			*row_hit = true;
			tmp->len = 0;
			gr_cell_path(tmp, section, row, col);
			if (strlen(mk->f[i]->path) == tmp->len && memcmp(mk->f[i]->path, tmp->data, tmp->len) == 0)
				hit = mk->f[i];
		}
	}
	return hit;
}

/* Whether a suspect cell of this section lies in column col (for every row). */
static bool
col_marked(const marks *mk, gr_buf *tmp, int section, int nrows, int col)
{
	for (int r = 0; r < nrows; r++)
		for (int i = 0; i < mk->n; i++)
		{
			tmp->len = 0;
			gr_cell_path(tmp, section, r, col);
			if (strlen(mk->f[i]->path) == tmp->len && memcmp(mk->f[i]->path, tmp->data, tmp->len) == 0)
				return true;
		}
	return false;
}

static void
value_td(cli_buf *o, const gr_cell *c, const gr_finding *hit, bool row_hit, bool col_hit,
		 gr_buf *tmp, int section, int row, int col)
{
	cli_buf_puts(o, "<td class=\"v");
	if (c->state == GR_BLANK || c->state == GR_MISSING)
		cli_buf_puts(o, " blank");
	else if (c->state == GR_UNREADABLE)
		cli_buf_puts(o, " unreadable");
	if (row_hit)
		cli_buf_puts(o, " hl-row");
	if (col_hit)
		cli_buf_puts(o, " hl-col");
	if (hit)
	{
		cli_buf_puts(o, " suspect\" data-path=\"");
		tmp->len = 0;
		gr_cell_path(tmp, section, row, col);
		esc(o, tmp->data, tmp->len);
	}
	cli_buf_puts(o, "\">");
	if (c->state == GR_VALUE)
		put_value(o, c);
	else if (c->state == GR_UNREADABLE)
		cli_buf_puts(o, "?");
	if (hit && hit->expected.state == GR_VALUE)
	{
		cli_buf_puts(o, "<span class=\"fix\">→");
		put_value(o, &hit->expected);
		cli_buf_puts(o, "</span>");
	}
	cli_buf_puts(o, "</td>");
}

static void
th(cli_buf *o, const char *attrs, const char *text)
{
	cli_buf_puts(o, "<th");
	cli_buf_puts(o, attrs);
	cli_buf_putc(o, '>');
	escs(o, text);
	cli_buf_puts(o, "</th>");
}

/* Section 3 as the form prints it, group rows as headings of their leaves. */
static void
table_requests(cli_buf *o, const gr_doc *d, const marks *mk, gr_buf *tmp)
{
	gr_script	sc = d->script;
	gr_form		f = d->form_requests;
	bool		cols[GR_RC_COUNT];
	int			group_done = -1;

	for (int c = 0; c < GR_RC_COUNT; c++)
		cols[c] = col_marked(mk, tmp, GR_SEC_REQUESTS, GR_R_NROWS, c);
	cli_buf_puts(o, "<table class=\"form requests\"><caption>");
	escs(o, word(sc, "三、收到和处理政府信息公开申请情况"));
	cli_buf_puts(o, "</caption><thead><tr>");
	th(o, " rowspan=\"3\" class=\"corner\"",
	   word(sc, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"));
	th(o, " colspan=\"7\"", word(sc, "申请人情况"));
	cli_buf_puts(o, "</tr><tr>");
	th(o, " rowspan=\"2\"", alabel(sc, GR_P_NATURAL));
	th(o, " colspan=\"5\"", alabel(sc, GR_P_LEGAL));
	th(o, " rowspan=\"2\"", alabel(sc, GR_P_TOTAL));
	cli_buf_puts(o, "</tr><tr>");
	for (int a = GR_P_COMMERCIAL; a <= GR_P_OTHER_ORG; a++)
		th(o, "", alabel(sc, a));
	cli_buf_puts(o, "</tr></thead><tbody>");
	for (int row = 0; row < GR_R_NROWS; row++)
	{
		int			disp = row - 2;
		bool		row_hit = false;

		if (!gr_rrow_is_leaf(f, row) || !gr_rrow_present(d, row))
			continue;
		if (row >= 2 && row != GR_R_CARRIED_FORWARD && gr_disps[disp].parent >= 0 &&
			!(f == GR_FORM_2019 && disp == GR_D_OTHER) && gr_disps[disp].parent != group_done)
		{
			int			g = gr_disps[disp].parent;

			group_done = g;
			cli_buf_puts(o, "<tr class=\"group\"><th class=\"label\" colspan=\"8\">");
			escs(o, gr_disps[g].numbering);
			escs(o, dlabel(sc, g));
			cli_buf_puts(o, "</th></tr>");
		}
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			bool		rh;

			mark_of(mk, tmp, GR_SEC_REQUESTS, row, c, &rh);
			row_hit |= rh;
		}
		cli_buf_puts(o, row_hit ? "<tr class=\"hl-row\">" : "<tr>");
		cli_buf_puts(o, "<th class=\"label");
		if (row >= 2 && row != GR_R_CARRIED_FORWARD && gr_disps[disp].parent >= 0 &&
			!(f == GR_FORM_2019 && disp == GR_D_OTHER))
			cli_buf_puts(o, " leaf");
		cli_buf_puts(o, "\">");
		if (row < 2 || row == GR_R_CARRIED_FORWARD)
			escs(o, word(sc, gr_rrow_label(row)));
		else
		{
			escs(o, gr_disps[disp].numbering);
			escs(o, dlabel(sc, disp));
		}
		cli_buf_puts(o, "</th>");
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			bool		rh;
			const gr_finding *hit = mark_of(mk, tmp, GR_SEC_REQUESTS, row, c, &rh);

			value_td(o, &d->req[row][c], hit, row_hit, cols[c], tmp, GR_SEC_REQUESTS, row, c);
		}
		cli_buf_puts(o, "</tr>");
	}
	cli_buf_puts(o, "</tbody></table>");
}

/* Section 4: the three groups of five columns, their fifteen values in one row. */
static void
table_appeals(cli_buf *o, const gr_doc *d, const marks *mk, gr_buf *tmp)
{
	gr_script	sc = d->script;
	bool		row_hit = false;

	cli_buf_puts(o, "<table class=\"form appeals\"><caption>");
	escs(o, word(sc, "四、政府信息公开行政复议、行政诉讼情况"));
	cli_buf_puts(o, "</caption><thead><tr>");
	th(o, " colspan=\"5\"", sc == GR_TRADITIONAL ? gr_apgroups[GR_AP_REVIEW].label_t : gr_apgroups[GR_AP_REVIEW].label);
	th(o, " colspan=\"10\"", word(sc, "行政诉讼"));
	cli_buf_puts(o, "</tr><tr>");
	for (int c = 0; c < GR_APC_NCOLS; c++)
		th(o, " rowspan=\"2\"", sc == GR_TRADITIONAL ? gr_apcols[c].label_t : gr_apcols[c].label);
	for (int g = GR_AP_LIT_DIRECT; g <= GR_AP_LIT_AFTER; g++)
		th(o, " colspan=\"5\"", sc == GR_TRADITIONAL ? gr_apgroups[g].label_t : gr_apgroups[g].label);
	cli_buf_puts(o, "</tr><tr>");
	for (int g = GR_AP_LIT_DIRECT; g <= GR_AP_LIT_AFTER; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			th(o, "", sc == GR_TRADITIONAL ? gr_apcols[c].label_t : gr_apcols[c].label);
	cli_buf_puts(o, "</tr></thead><tbody>");
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
		{
			bool		rh;

			mark_of(mk, tmp, GR_SEC_APPEALS, g, c, &rh);
			row_hit |= rh;
		}
	cli_buf_puts(o, row_hit ? "<tr class=\"hl-row\">" : "<tr>");
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
		{
			bool		rh;
			const gr_finding *hit = mark_of(mk, tmp, GR_SEC_APPEALS, g, c, &rh);

			/* one printed row: a group's cells are a column each */
			value_td(o, &d->appeals[g][c], hit, row_hit && rh, hit != NULL, tmp, GR_SEC_APPEALS, g, c);
		}
	cli_buf_puts(o, "</tr></tbody></table>");
}

/* Section 2: the sub-tables of the document's revision, one row per item. */
static void
table_active(cli_buf *o, const gr_doc *d)
{
	gr_script	sc = d->script;
	int			nsub;
	const gr_active_sub *subs = gr_active_subs(d->form_active, &nsub);

	cli_buf_puts(o, "<table class=\"form active\"><caption>");
	escs(o, word(sc, "二、主动公开政府信息情况"));
	cli_buf_puts(o, "</caption><tbody>");
	for (int i = 0; i < nsub; i++)
	{
		const gr_active_sub *s = &subs[i];

		cli_buf_puts(o, "<tr class=\"group\"><th class=\"label\">");
		escs(o, word(sc, "第二十条第"));
		escs(o, s->article);
		escs(o, word(sc, "项"));
		cli_buf_puts(o, "</th>");
		for (int k = 0; k < s->ncols; k++)
			th(o, "", word(sc, s->col_labels[k]));
		cli_buf_puts(o, "</tr>");
		for (int j = 0; j < s->nrows; j++)
		{
			const gr_cell *row = d->active[s->rows[j]];

			cli_buf_puts(o, "<tr><th class=\"label\">");
			escs(o, word(sc, s->row_labels[j]));
			cli_buf_puts(o, "</th>");
			for (int k = 0; k < s->ncols; k++)
			{
				const gr_cell *c = &row[s->cols[k]];

				cli_buf_puts(o, c->state == GR_VALUE ? "<td class=\"v\">" : "<td class=\"v blank\">");
				if (c->state == GR_VALUE)
					put_value(o, c);
				else if (c->state == GR_UNREADABLE)
					cli_buf_puts(o, "?");
				cli_buf_puts(o, "</td>");
			}
			cli_buf_puts(o, "</tr>");
		}
	}
	cli_buf_puts(o, "</tbody></table>");
}

/* ------------------------------------------------------------ the page */

static const char css[] =
"body{font-family:\"Noto Sans CJK SC\",\"Noto Serif CJK SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;"
"margin:0 auto;max-width:1100px;padding:16px 24px;color:#1a202c;background:#fff;font-size:14px}"
"h1{font-size:22px;margin:4px 0 12px}h2{font-size:18px;margin:28px 0 8px;padding-top:10px;border-top:2px solid #cbd5e0}"
"h3{font-size:15px;margin:16px 0 6px}"
"#summary{display:flex;gap:10px;flex-wrap:wrap;margin:0 0 12px;padding:0}"
"#summary div{border:1px solid #cbd5e0;border-radius:6px;padding:8px 14px;min-width:90px}"
"#summary dt{font-size:12px;color:#4a5568}#summary dd{margin:0;font-size:24px;font-weight:bold}"
"#summary .bad dd{color:#c53030}#summary .good dd{color:#2f855a}#summary .warn dd{color:#b7791f}"
"nav ol{columns:3;font-size:13px;padding-left:20px}nav a{color:#2b6cb0}"
".badge{display:inline-block;border-radius:4px;padding:1px 6px;font-size:12px;margin-left:6px;color:#fff}"
".badge.ok{background:#38a169}.badge.bad{background:#c53030}.badge.part{background:#b7791f}"
".file{font-size:12px;color:#718096;font-weight:normal;margin-left:8px;word-break:break-all}"
"ul.findings{margin:4px 0 8px;padding-left:18px}ul.findings li{margin:2px 0}"
"li.error .sev{color:#c53030;font-weight:bold}li.warning .sev{color:#b7791f;font-weight:bold}"
"li.suspect_cell{background:#fefcbf}"
".rule{color:#718096;font-size:12px}"
".charts{display:flex;gap:24px;flex-wrap:wrap;align-items:flex-start;margin:6px 0}"
"svg text{font-size:12px;fill:#2d3748}svg .ct{font-weight:bold;font-size:13px}svg .ax{stroke:#a0aec0}"
"table.form{border-collapse:collapse;margin:8px 0;font-size:12px}"
"table.form caption{text-align:left;font-weight:bold;padding:4px 0}"
"table.form th,table.form td{border:1px solid #a0aec0;padding:2px 6px}"
"table.form th{background:#edf2f7;font-weight:normal}th.label{text-align:left}table.form th.leaf{padding-left:18px}"
"th.corner{font-size:11px;max-width:160px}"
"td.v{text-align:right;min-width:28px}td.blank{background:#f7fafc}"
"tr.hl-row td,tr.hl-row th,td.hl-col{background:#fffbea}"
"td.suspect{background:#feb2b2!important;outline:3px solid #c53030;font-weight:bold}"
".fix{color:#2f855a;margin-left:4px;font-size:11px}"
"details{margin:6px 0}summary{cursor:pointer;color:#2b6cb0}"
"p.note{color:#4a5568;font-size:12px}";

static void
summary_item(cli_buf *o, const char *id, const char *cls, const char *label, int v)
{
	cli_buf_puts(o, "<div class=\"");
	cli_buf_puts(o, cls);
	cli_buf_puts(o, "\"><dt>");
	cli_buf_puts(o, label);
	cli_buf_puts(o, "</dt><dd id=\"");
	cli_buf_puts(o, id);
	putf(o, "\">%lld</dd></div>", v);
}

static void
finding_li(cli_buf *o, const gr_finding *g, gr_script sc)
{
	bool		e = g->severity == GR_SEV_ERROR;

	cli_buf_puts(o, "<li class=\"");
	cli_buf_puts(o, e ? "error " : "warning ");
	cli_buf_puts(o, gr_rule_keys[g->rule]);
	cli_buf_puts(o, "\" data-rule=\"");
	cli_buf_puts(o, gr_rule_keys[g->rule]);
	cli_buf_puts(o, "\" data-path=\"");
	escs(o, g->path ? g->path : "");
	cli_buf_puts(o, "\"><span class=\"sev\">");
	cli_buf_puts(o, e ? (sc == GR_TRADITIONAL ? "錯誤" : "错误") : "提示");
	cli_buf_puts(o, "</span> ");
	escs(o, g->message ? g->message : "");
	cli_buf_puts(o, " <span class=\"rule\">");
	escs(o, gr_rule_keys[g->rule]);
	cli_buf_puts(o, "</span></li>");
}

static void
report_html(cli_buf *o, const rv_report *r, gr_buf *tmp)
{
	const gr_doc *d = &r->doc;
	marks		mk;
	const char *badge = r->balanced ? "ok" : d->status == GR_OK ? "bad" : "part";

	mk.n = 0;
	for (int k = 0; k < r->fs.n && mk.n < 8; k++)
		if (r->fs.v[k].rule == GR_RULE_SUSPECT_CELL && r->fs.v[k].path)
			mk.f[mk.n++] = &r->fs.v[k];
	cli_buf_puts(o, "<article class=\"report ");
	cli_buf_puts(o, badge);
	cli_buf_puts(o, "\" data-file=\"");
	escs(o, r->name);
	putf(o, "\" data-year=\"%lld\"", d->year);
	cli_buf_puts(o, r->balanced ? " data-balanced=\"true\">" : " data-balanced=\"false\">");
	cli_buf_puts(o, "<h3>");
	if (d->year)
		putf(o, "%lld年度", d->year);
	else
		cli_buf_puts(o, "年度不详");
	cli_buf_puts(o, "<span class=\"badge ");
	cli_buf_puts(o, badge);
	cli_buf_puts(o, "\">");
	cli_buf_puts(o, r->balanced ? "平衡" : d->status == GR_OK ? "不平衡" : "表格不全");
	cli_buf_puts(o, "</span><span class=\"file\">");
	escs(o, r->name);
	cli_buf_puts(o, "</span></h3>");
	if (r->fs.n + r->carry.n > 0)
	{
		/* errors first, then the suspect cell, then the other warnings */
		cli_buf_puts(o, "<ul class=\"findings\">");
		for (int pass = 0; pass < 3; pass++)
			for (int k = 0; k < r->fs.n + r->carry.n; k++)
			{
				const gr_finding *g = k < r->fs.n ? &r->fs.v[k] : &r->carry.v[k - r->fs.n];
				int			rank = g->severity == GR_SEV_ERROR ? 0 : g->rule == GR_RULE_SUSPECT_CELL ? 1 : 2;

				if (rank == pass)
					finding_li(o, g, d->script);
			}
		cli_buf_puts(o, "</ul>");
	}
	else
		cli_buf_puts(o, "<p class=\"note\">没有发现问题</p>");
	charts_of(o, d, d->script);
	/* an unbalanced report's tables are open: that is where to look */
	cli_buf_puts(o, r->balanced ? "<details>" : "<details open>");
	cli_buf_puts(o, "<summary>表格</summary>");
	if (d->form_requests != GR_FORM_NONE)
		table_requests(o, d, &mk, tmp);
	if (d->has_appeals)
		table_appeals(o, d, &mk, tmp);
	if (d->form_active != GR_FORM_NONE)
		table_active(o, d);
	cli_buf_puts(o, "</details></article>");
}

static void
body_html(cli_buf *o, const rv_batch *B, int bi, gr_buf *tmp)
{
	const rv_body *b = &B->b[bi];
	int			years[64],
				ny = 0;
	fig			(*yv)[YOY_SERIES] = NULL;

	putf(o, "<section class=\"body\" id=\"b%lld\" data-agency=\"", bi + 1);
	escs(o, b->agency ? b->agency : "");
	putf(o, "\" data-reports=\"%lld\"><h2>", b->n);
	if (b->agency)
		escs(o, b->agency);
	else
	{
		cli_buf_puts(o, "（未识别单位）");
		escs(o, B->r[b->reps[0]].name);
	}
	cli_buf_puts(o, "</h2>");
	/* one point per year: the first report of the year (by name) */
	for (int k = 0; k < b->n && ny < 64; k++)
	{
		int			y = B->r[b->reps[k]].doc.year;

		if (y > 0 && (ny == 0 || years[ny - 1] != y))
			years[ny++] = y;
	}
	if (ny >= 2)
		yv = calloc((size_t) ny, sizeof(*yv));
	if (yv)
	{
		int			i = 0;

		for (int k = 0; k < b->n && i < ny; k++)
		{
			const gr_doc *d = &B->r[b->reps[k]].doc;

			if (d->year == years[i])
				yoy_figs(d, yv[i++]);
		}
		cli_buf_puts(o, "<div class=\"charts\">");
		svg_years(o, years, ny, yv);
		/* the same figures as a table */
		cli_buf_puts(o, "<table class=\"form yoy\"><thead><tr><th></th>");
		for (int k = 0; k < ny; k++)
			putf(o, "<th>%lld</th>", years[k]);
		cli_buf_puts(o, "</tr></thead><tbody>");
		for (int sr = 0; sr < YOY_SERIES; sr++)
		{
			cli_buf_puts(o, "<tr><th class=\"label\">");
			cli_buf_puts(o, yoy_names[sr]);
			cli_buf_puts(o, "</th>");
			for (int k = 0; k < ny; k++)
			{
				if (yv[k][sr].known)
					putf(o, "<td class=\"v\">%lld</td>", yv[k][sr].v);
				else
					cli_buf_puts(o, "<td class=\"v blank\">—</td>");
			}
			cli_buf_puts(o, "</tr>");
		}
		cli_buf_puts(o, "</tbody></table></div>");
		free(yv);
	}
	for (int k = 0; k < b->n; k++)
		report_html(o, &B->r[b->reps[k]], tmp);
	cli_buf_puts(o, "</section>");
}

/* The summary's counts. */
typedef struct rv_counts
{
	int			balanced,
				unbalanced,
				suspects,
				unread,
				carry;
} rv_counts;

/* The whole page into o; its summary into *cnt. */
static void
page(cli_buf *o, const rv_batch *B, rv_counts *cnt)
{
	int			nreadable = 0,
				balanced = 0,
				unbalanced = 0,
				suspects = 0,
				unread = 0,
				carry = 0;
	fig			disp[6],
				appl[6];
	const char *l[6];
	char		lb[6][64];
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		tmp;

	gr_buf_init(&tmp, &m, 128);
	memset(disp, 0, sizeof(disp));
	memset(appl, 0, sizeof(appl));
	for (int i = 0; i < B->n; i++)
	{
		const rv_report *r = &B->r[i];

		if (r->err || r->doc.status == GR_NOT_A_REPORT)
		{
			unread++;
			continue;
		}
		nreadable++;
		if (r->balanced)
			balanced++;
		else
			unbalanced++;
		suspects += r->nsuspect;
		carry += carry_errors(r);
		if (r->doc.form_requests != GR_FORM_NONE)
		{
			fig			f[6];

			disp_figs(&r->doc, f);
			for (int g = 0; g < 6; g++)
				fig_merge(&disp[g], &f[g]);
			appl_figs(&r->doc, f);
			for (int c = 0; c < 6; c++)
				fig_merge(&appl[c], &f[c]);
		}
	}
	cli_buf_puts(o, "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
				 "<meta name=\"viewport\" content=\"width=device-width\">"
				 "<title>政府信息公开工作年度报告审阅</title><style>");
	cli_buf_puts(o, css);
	cli_buf_puts(o, "</style></head><body>\n<h1>政府信息公开工作年度报告审阅</h1>\n<dl id=\"summary\">");
	summary_item(o, "n-files", "", "文件", B->n);
	summary_item(o, "n-bodies", "", "单位", B->nb);
	summary_item(o, "n-balanced", "good", "平衡", balanced);
	summary_item(o, "n-unbalanced", unbalanced ? "bad" : "", "不平衡", unbalanced);
	summary_item(o, "n-suspect", suspects ? "warn" : "", "可疑单元格", suspects);
	summary_item(o, "n-carryover", carry ? "bad" : "", "结转不一致", carry);
	summary_item(o, "n-unread", unread ? "bad" : "", "未能读取", unread);
	cli_buf_puts(o, "</dl>\n<p class=\"note\">平衡：第三、四部分的表格齐全且各项勾稽关系成立。"
				 "可疑单元格：只改这一个单元格，各项勾稽关系即可全部成立。"
				 "结转不一致：本年“上年结转”不等于同一单位上一年度的“结转下年度继续办理”。</p>\n");
	if (nreadable > 0)
	{
		cli_buf_puts(o, "<div class=\"charts batch\">");
		for (int g = 0; g < 6; g++)
			l[g] = short_label(gr_disps[groups[g]].label, lb[g], sizeof(lb[g]));
		svg_bars(o, "disp", "全部报告：办理结果（总计列）", 6, l, disp);
		for (int c = 0; c < 6; c++)
			l[c] = gr_appls[gr_rcol_appl[c]].label;
		svg_bars(o, "appl", "全部报告：本年新收申请（按申请人）", 6, l, appl);
		cli_buf_puts(o, "</div>\n");
	}
	if (B->nb > 0)
	{
		cli_buf_puts(o, "<nav><ol>");
		for (int bi = 0; bi < B->nb; bi++)
		{
			bool		unbalanced,
						carry_bad;

			body_flags(B, &B->b[bi], &unbalanced, &carry_bad);
			putf(o, "<li><a href=\"#b%lld\">", bi + 1);
			if (B->b[bi].agency)
				escs(o, B->b[bi].agency);
			else
				escs(o, B->r[B->b[bi].reps[0]].name);
			cli_buf_puts(o, "</a>");
			if (unbalanced)
				cli_buf_puts(o, " <span class=\"badge bad\">不平衡</span>");
			if (carry_bad)
				cli_buf_puts(o, " <span class=\"badge part\">结转不一致</span>");
			cli_buf_puts(o, "</li>");
		}
		cli_buf_puts(o, "</ol></nav>\n");
	}
	for (int bi = 0; bi < B->nb; bi++)
	{
		body_html(o, B, bi, &tmp);
		cli_buf_putc(o, '\n');
	}
	if (unread > 0)
	{
		cli_buf_puts(o, "<section id=\"unread\"><h2>未能读取的文件</h2><ul>");
		for (int i = 0; i < B->n; i++)
		{
			const rv_report *r = &B->r[i];

			if (!r->err && r->doc.status != GR_NOT_A_REPORT)
				continue;
			cli_buf_puts(o, "<li data-file=\"");
			escs(o, r->name);
			cli_buf_puts(o, "\">");
			escs(o, r->name);
			cli_buf_puts(o, "：");
			escs(o, r->err ? r->err : "不是政府信息公开工作年度报告 (not a report)");
			cli_buf_puts(o, "</li>");
		}
		cli_buf_puts(o, "</ul></section>\n");
	}
	cli_buf_puts(o, "</body></html>\n");
	gr_heap_free(h);
	cnt->balanced = balanced;
	cnt->unbalanced = unbalanced;
	cnt->suspects = suspects;
	cnt->unread = unread;
	cnt->carry = carry;
}

/* ------------------------------------------------------------ command */

static const char review_usage[] =
"Usage: govreport review [-o FILE] FILE|DIR...\n"
"       govreport review [-o FILE] --dbname CONNINFO (--table NAME | --query SQL)\n";

static void
free_batch(rv_batch *B)
{
	for (int i = 0; i < B->n; i++)
	{
		free(B->r[i].name);
		free(B->r[i].err);
		free(B->r[i].text);
		if (B->r[i].heap)
			gr_heap_free(B->r[i].heap);
	}
	for (int i = 0; i < B->nb; i++)
	{
		free((char *) B->b[i].agency);
		free(B->b[i].reps);
	}
	free(B->r);
	free(B->b);
}

int
cli_review(int argc, char **argv)
{
	const char *outpath = "-",
			   *conninfo = NULL,
			   *table = NULL,
			   *query = NULL;
	rv_batch	B;
	cli_buf		o;
	int			nargs = 0,
				rc = 0;
	bool		opts = true;
	FILE	   *f;
	const char **files;
	rv_counts	cnt;
	int			nfiles,
				nbodies;

	memset(&B, 0, sizeof(B));
	files = calloc((size_t) argc + 1, sizeof(char *));
	if (files == NULL)
	{
		fprintf(stderr, "%s: review: out of memory\n", cli_progname);
		return 2;
	}
	for (int i = 0; i < argc; i++)
	{
		const char *a = argv[i];
		const char **slot = NULL;

		if (opts && strcmp(a, "--") == 0)
		{
			opts = false;
			continue;
		}
		if (opts && (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0))
			slot = &outpath;
		else if (opts && (strcmp(a, "--dbname") == 0 || strcmp(a, "-d") == 0))
			slot = &conninfo;
		else if (opts && (strcmp(a, "--table") == 0 || strcmp(a, "-t") == 0))
			slot = &table;
		else if (opts && strcmp(a, "--query") == 0)
			slot = &query;
		else if (opts && a[0] == '-' && a[1] != '\0')
		{
			fprintf(stderr, "%s: review: unknown option %s\n%s", cli_progname, a, review_usage);
			free(files);
			return 3;
		}
		else
		{
			files[nargs++] = a;
			continue;
		}
		if (i + 1 >= argc)
		{
			fprintf(stderr, "%s: review: %s needs a value\n%s", cli_progname, a, review_usage);
			free(files);
			return 3;
		}
		*slot = argv[++i];
	}
	if ((conninfo || table || query) && nargs > 0)
	{
		fprintf(stderr, "%s: review: give files or --dbname, not both\n%s", cli_progname, review_usage);
		free(files);
		return 3;
	}
	if ((table || query) && conninfo == NULL)
		conninfo = "";
	if (conninfo != NULL)
	{
		char		err[1024];

		if ((table == NULL) == (query == NULL))
		{
			fprintf(stderr, "%s: review: with --dbname, give --table NAME or --query SQL (one of them)\n%s",
					cli_progname, review_usage);
			free(files);
			return 3;
		}
		if (!add_db(&B, conninfo, table, query, err, sizeof(err)))
		{
			fprintf(stderr, "%s: review: %s\n", cli_progname, err);
			free_batch(&B);
			free(files);
			return 2;
		}
	}
	else if (nargs == 0)
	{
		fprintf(stderr, "%s: review: no file given\n%s", cli_progname, review_usage);
		free(files);
		return 3;
	}
	else
		for (int i = 0; i < nargs; i++)
		{
			struct stat st;

			if (stat(files[i], &st) == 0 && S_ISDIR(st.st_mode))
				add_dir(&B, files[i], 0);
			else
				add_file(&B, files[i]);
		}
	free(files);
	if (!B.oom)
		group(&B);
	if (B.oom)
	{
		fprintf(stderr, "%s: review: out of memory\n", cli_progname);
		free_batch(&B);
		return 2;
	}
	for (int i = 0; i < B.n; i++)
		if (B.r[i].err)
		{
			fprintf(stderr, "%s: %s: %s\n", cli_progname, B.r[i].name, B.r[i].err);
			rc = 2;
		}
	memset(&o, 0, sizeof(o));
	page(&o, &B, &cnt);
	nfiles = B.n;
	nbodies = B.nb;
	free_batch(&B);
	if (o.failed)
	{
		fprintf(stderr, "%s: review: out of memory\n", cli_progname);
		free(o.data);
		return 2;
	}
	f = strcmp(outpath, "-") == 0 ? stdout : fopen(outpath, "wb");
	if (f == NULL || fwrite(o.data, 1, o.len, f) != o.len || (f != stdout ? fclose(f) : fflush(f)) != 0)
	{
		fprintf(stderr, "%s: review: cannot write %s\n", cli_progname, outpath);
		free(o.data);
		return 2;
	}
	free(o.data);
	if (f != stdout)
		printf("%s: %d files, %d bodies, %d balanced, %d unbalanced, %d suspect cells, "
			   "%d carryover breaks, %d not read\n", outpath, nfiles, nbodies, cnt.balanced,
			   cnt.unbalanced, cnt.suspects, cnt.carry, cnt.unread);
	return rc;
}
