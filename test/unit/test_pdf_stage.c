/*
 * test_pdf_stage.c — the pdftotext row stage (rows_pdf.c) on its own: token
 * lines fed to it as parse.c does, a small stand-in matcher that knows a
 * few labels of section 3 and records the rows it is given, and the rows
 * asserted: labels wrapped over lines in two columns at once, values held
 * for a label still incomplete, a lone page number, a wrapped figure's
 * part that takes its row's values away, a short row placed by position.
 */
#include "gr.h"
#include "scan.h"
#include "rows_pdf.h"
#include "unit.h"

#define NROWS 40

/* the stand-in matcher: rows and their cells as text */
typedef struct fake
{
	int			table;
	gr_pdf_open cur;
	const gr_tok *cells[GR_PDF_MAXCOLS];
	char		got[NROWS][128];	/* "1 2 3" per row stored */
	bool		stored[NROWS];
	int			dropped[NROWS];
	gr_pdf_rows *st;			/* told which row it stored last, as parse.c does */
	int			vline;			/* the line of the open row's last value */
} fake;

static const struct
{
	const char *label;
	int			row;
	bool		group;
}			labels[] = {
	{"（一）予以公开", 10, false},
	{"（三）不予公开", 20, true},
	{"1.属于国家秘密", 21, false},
	{"2.其他法律行政法规禁止公开", 22, false},
	{NULL, 0, false}
};

static int
label_of(const char *f)
{
	for (int k = 0; labels[k].label; k++)
		if (strcmp(f, labels[k].label) == 0)
			return k;
	return -1;
}

static int
f_table(void *ctx)
{
	return ((fake *) ctx)->table;
}

static gr_pdf_open
f_open(void *ctx)
{
	return ((fake *) ctx)->cur;
}

static int
f_row_of(void *ctx, const char *f)
{
	int			k = label_of(f);

	(void) ctx;
	return k < 0 ? -1 : labels[k].row;
}

static void
f_close(void *ctx)
{
	fake	   *x = ctx;

	if (x->cur.section >= 0 && !x->cur.group && !x->stored[x->cur.row])
	{
		char	   *o = x->got[x->cur.row];

		x->stored[x->cur.row] = true;
		if (x->cur.n > 0 && x->st->ln_pdf)
		{
			x->st->done_row = x->cur.row;
			x->st->done_line = x->vline;
		}
		o[0] = '\0';
		for (int k = 0; k < x->cur.n; k++)
		{
			size_t		n = strlen(o);

			snprintf(o + n, 128 - n, "%s%.*s", k ? " " : "",
					 (int) x->cells[k]->len, x->cells[k]->s);
		}
	}
	x->cur.section = -1;
}

static void
f_openrow(fake *x, int k)
{
	f_close(x);
	x->cur.section = GR_SEC_REQUESTS;
	x->cur.row = labels[k].row;
	x->cur.group = labels[k].group;
	x->cur.n = 0;
}

static int
f_read_label(void *ctx, const gr_tok *t, const char *f, size_t fl, bool detach)
{
	fake	   *x = ctx;
	int			k = label_of(f);

	(void) t;
	(void) fl;
	if (k < 0)
		return 0;
	/* an outer label beside a leaf still waiting: the leaf stays open */
	if (detach && labels[k].group)
		return 1;
	f_openrow(x, k);
	return 2;
}

static void
f_add(void *ctx, const gr_tok *t)
{
	fake	   *x = ctx;

	if (x->cur.section >= 0 && x->cur.n < 7)
	{
		x->cells[x->cur.n++] = t;
		x->vline = x->st->ln_seq;
	}
	if (x->cur.n == 7)
		f_close(x);
}

static void
f_drop(void *ctx, int row)
{
	((fake *) ctx)->dropped[row]++;
}

static bool
f_is_value(const gr_tok *t)
{
	if (t->len == 0)
		return false;
	for (size_t i = 0; i < t->len; i++)
		if (t->s[i] < '0' || t->s[i] > '9')
			return false;
	return true;
}

static const char *
f_after(const char *f)
{
	if (f[0] >= '0' && f[0] <= '9' && f[1] == '.')
		return f + 2;
	if (strncmp(f, "（", strlen("（")) == 0)
	{
		const char *e = strstr(f, "）");

		if (e)
			return e + strlen("）");
	}
	return f;
}

static gr_state
f_state(const gr_tok *t)
{
	return t->len == 0 ? GR_BLANK : f_is_value(t) ? GR_VALUE : GR_UNREADABLE;
}

static bool
f_sums(const gr_tok *const *cells, int n)
{
	long		s = 0,
				tot;

	for (int k = 0; k < n; k++)
		s += cells[k]->len ? strtol(cells[k]->s, NULL, 10) : 0;
	tot = cells[n]->len ? strtol(cells[n]->s, NULL, 10) : 0;
	return s == tot;
}

/* Feed a text to the stage as parse.c's loop does; the rows end up in x. */
static void
run(const char *text, fake *x, gr_pdf_rows *st, gr_pdf_matcher *m, gr_heap *h)
{
	gr_mem		mem = gr_heap_mem(h);
	gr_toks    *ts = gr_alloc(&mem, sizeof(gr_toks));

	memset(x, 0, sizeof(*x));
	x->table = GR_SEC_REQUESTS;
	x->cur.section = -1;
	x->st = st;
	m->ctx = x;
	m->table = f_table;
	m->open = f_open;
	m->row_of = f_row_of;
	m->read_label = f_read_label;
	m->close_row = f_close;
	m->add_value = f_add;
	m->drop_row = f_drop;
	m->is_value = f_is_value;
	m->after_numbering = f_after;
	m->state = f_state;
	m->sums_across = f_sums;
	gr_scan(ts, text, strlen(text), &mem, NULL, NULL);
	gr_pdf_init(st, ts, m);
	for (size_t i = 0; i < ts->n; i++)
	{
		const gr_tok *t = &ts->t[i];
		char		f[GR_PDF_CAP];

		if (t->kind == GR_TOK_BREAK)
		{
			gr_pdf_line_end(st);
			continue;
		}
		gr_pdf_token(st, i);
		if (f_is_value(t))
		{
			if (st->ln_pdf)
				st->ln_nv++;
			if (st->ln_pdf && gr_pdf_value(st, i))
				continue;
			f_add(x, t);
			continue;
		}
		if (t->len >= sizeof(f))
			continue;
		memcpy(f, t->s, t->len);
		f[t->len] = '\0';
		if (st->ln_pdf)
		{
			if (st->ln_vals && gr_pdf_value(st, i))
				continue;
			if (!st->ln_vals)
			{
				gr_pdf_label(st, t, f, t->len);
				continue;
			}
		}
		if (f_read_label(x, t, f, t->len, false) == 0)
			f_close(x);
	}
	gr_pdf_line_end(st);
	f_close(x);
}

/* one row a line: the layout shows itself on the first */
static void
test_rows(void)
{
	gr_heap    *h = gr_heap_new();
	fake		x;
	gr_pdf_rows st;
	gr_pdf_matcher m;

	run("（一）予以公开      1   2   3   4   5   6   21\n", &x, &st, &m, h);
	CHECK(st.pdf);
	CHECK(x.stored[10]);
	CHECK_EQ_STR(x.got[10], "1 2 3 4 5 6 21");
	gr_heap_free(h);
}

/*
 * The group and its leaves wrapped in two label columns at once; the
 * leaf's numbers on its label's second line, beside the group's.
 */
static void
test_wrapped(void)
{
	gr_heap    *h = gr_heap_new();
	fake		x;
	gr_pdf_rows st;
	gr_pdf_matcher m;

	run("（一）予以公开      1   2   3   4   5   6   21\n"
		"                1.属于国\n"
		"（三）不予公开  家秘密        0   1   0   0   0   0   1\n"
		"                2.其他法律行\n"
		"                政法规禁止公开    2   0   0   0   0   0   2\n",
		&x, &st, &m, h);
	CHECK_EQ_STR(x.got[10], "1 2 3 4 5 6 21");
	CHECK(x.stored[21]);
	CHECK_EQ_STR(x.got[21], "0 1 0 0 0 0 1");
	CHECK(x.stored[22]);
	CHECK_EQ_STR(x.got[22], "2 0 0 0 0 0 2");
	/* the group itself holds no values */
	CHECK(!x.stored[20]);
	gr_heap_free(h);
}

/* values on the first line of a label not yet complete: held, then given */
static void
test_held(void)
{
	gr_heap    *h = gr_heap_new();
	fake		x;
	gr_pdf_rows st;
	gr_pdf_matcher m;

	run("（一）予以公开      1   2   3   4   5   6   21\n"
		"1.属于国家        7   0   0   0   0   0   7\n"
		"秘密\n",
		&x, &st, &m, h);
	CHECK(x.stored[21]);
	CHECK_EQ_STR(x.got[21], "7 0 0 0 0 0 7");
	gr_heap_free(h);
}

/*
 * A lone figure on a line of its own where a row of seven stands is not a
 * value; a line of one or two figures right after a row is a wrapped
 * figure's part: that row's values are dropped.
 */
static void
test_fragments(void)
{
	gr_heap    *h = gr_heap_new();
	fake		x;
	gr_pdf_rows st;
	gr_pdf_matcher m;

	run("（一）予以公开      1   2   3   4   5   6   21\n"
		"\n"
		"                                  5\n"
		"\n"
		"1.属于国家秘密      0   1   0   0   0   0   1\n"
		"                                           2\n",
		&x, &st, &m, h);
	/* the page number is nobody's value, and parts the first row from it */
	CHECK_EQ_STR(x.got[10], "1 2 3 4 5 6 21");
	CHECK_EQ_INT(x.dropped[10], 0);
	/* the figure's part under the second row takes its values away */
	CHECK_EQ_INT(x.dropped[21], 1);
	CHECK(st.frag_line >= 0);
	gr_heap_free(h);
}

/* a short row: its figures under the columns of the full row before */
static void
test_place_short(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		mem = gr_heap_mem(h);
	fake		x;
	gr_pdf_rows st;
	gr_pdf_matcher m;
	const char *text =
		"（一）予以公开      1   2   3   4   5   6   21\n"
		"1.属于国家秘密      0       1   0   0   0   1\n";
	gr_toks		ts;
	const gr_tok *cells[GR_PDF_MAXCOLS];
	int			n = 0;

	run("", &x, &st, &m, h);
	gr_scan(&ts, text, strlen(text), &mem, NULL, NULL);
	st.ts = &ts;
	for (size_t i = 0; i < ts.n; i++)
		if (ts.t[i].lstart == ts.t[0].lstart && f_is_value(&ts.t[i]))
			cells[n++] = &ts.t[i];
	CHECK(!gr_pdf_place_short(&st, cells, &n, 7));	/* full: kept */
	CHECK_EQ_INT(n, 7);
	n = 0;
	for (size_t i = 0; i < ts.n; i++)
		if (ts.t[i].lstart != ts.t[0].lstart && f_is_value(&ts.t[i]))
			cells[n++] = &ts.t[i];
	CHECK_EQ_INT(n, 6);
	CHECK(gr_pdf_place_short(&st, cells, &n, 7));
	CHECK_EQ_INT(n, 7);
	CHECK(cells[1] == NULL);
	CHECK(cells[0] != NULL && cells[0]->s[0] == '0');
	CHECK(cells[2] != NULL && cells[2]->s[0] == '1');
	/* the total is the sum of the placed six (the empty one counts 0) */
	CHECK(gr_pdf_sums_across(&st, cells, 6));
	cells[6] = cells[2];		/* a total of 1 over 0+1+0…: still 1 */
	CHECK(gr_pdf_sums_across(&st, cells, 6));
	cells[6] = cells[0];		/* a total of 0: does not add up */
	CHECK(!gr_pdf_sums_across(&st, cells, 6));
	gr_heap_free(h);
}

int
main(void)
{
	test_rows();
	test_wrapped();
	test_held();
	test_fragments();
	test_place_short();
	return unit_report("test_pdf_stage");
}
