/*
 * review_batch.c — a batch of generated reports for govreport review
 * (test/suites/83-review.sh), with what the page must say about it.
 *
 *   review_batch DIR      writes the reports into DIR and the manifest to
 *                         standard output
 *
 * The batch: one body with three consecutive years whose carryover holds,
 * one body with two years, the second with one section 3 cell changed
 * (its suspect cell is known: the changed one, its expected value the
 * generated one), single reports that balance, one in traditional
 * characters with a changed cell, one whose appeals total is broken (no
 * single cell can be named: any of the group's five would do), one whose
 * agency name is markup, one with no agency at all, a body of two years
 * whose carryover breaks, one with counts of 15 digits, one whose counts
 * are all negative, one with a negative total among positive counts, and a
 * text that is no report.
 *
 * Manifest lines, tab-separated:
 *   report FILE AGENCY YEAR BALANCED(0|1) SUSPECT_PATH|- PRINTED|- EXPECTED|- CARRYOVER
 *   other FILE                           (not read as a report)
 * CARRYOVER: the applicant columns whose carried_over differs from the
 * carried_forward of the body's report of the year before (0 for none).
 * AGENCY is empty for a report printed with no agency in its title.
 * The documents come from test/gen (gen_doc_random), rendered in the tab
 * layout or as HTML; the generator checks each balanced one with the core
 * before writing it, drawing the next seed when it does not balance.
 */
#include "gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *dir;
static uint64_t next_seed = 100;

/* A balanced generated document in the 2021 form, with this agency and year. */
static void
balanced_doc(gr_doc *d, const char *agency, int year, gr_script sc, const gr_mem *m)
{
	for (;;)
	{
		gen_doc_random(d, next_seed++, sc, m);
		if (d->form_requests != GR_FORM_2021 || d->form_active != GR_FORM_2021)
			continue;
		d->agency.p = agency;
		d->agency.len = strlen(agency);
		d->year = year;
		d->pub_y = year + 1;
		if (gr_balance_ok(d))
			return;
	}
}

/*
 * This year's carried_over made last year's carried_forward, and the new
 * requests set so that the flow holds again; false when that would need a
 * negative count or a cell is not a number.
 */
static bool
chain(gr_doc *cur, const gr_doc *prev)
{
	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		const gr_cell *pf = &prev->req[GR_R_CARRIED_FORWARD][c];
		gr_cell    *co = &cur->req[GR_R_CARRIED_OVER][c],
				   *nr = &cur->req[GR_R_NEW_RECEIVED][c],
				   *tot = &cur->req[GR_R_DISP(GR_D_TOTAL)][c],
				   *cf = &cur->req[GR_R_CARRIED_FORWARD][c];
		int64_t		n;

		if (pf->state != GR_VALUE || tot->state != GR_VALUE || cf->state != GR_VALUE)
			return false;
		n = tot->m + cf->m - pf->m;
		if (n < 0)
			return false;
		*co = *pf;
		nr->m = n;
		nr->scale = 0;
		nr->state = GR_VALUE;
	}
	/* the overview stated the requests received before the change */
	cur->narrative[GR_N_OVERVIEW].p = "本年度按要求做好政府信息公开工作。";
	cur->narrative[GR_N_OVERVIEW].len = strlen(cur->narrative[GR_N_OVERVIEW].p);
	for (int k = 0; k < GR_F_COUNT; k++)
		cur->facts[k].state = GR_ABSENT;
	return true;
}

/*
 * Every count of sections 3 and 4 multiplied by k: the balance identities
 * are linear, so they still hold; a negative k breaks only the rule that
 * counts are not negative.  The overview no longer states the figures.
 */
static void
scale_doc(gr_doc *d, int64_t k)
{
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			if (d->req[r][c].state == GR_VALUE)
				d->req[r][c].m *= k;
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			if (d->appeals[g][c].state == GR_VALUE)
				d->appeals[g][c].m *= k;
	d->narrative[GR_N_OVERVIEW].p = "本年度按要求做好政府信息公开工作。";
	d->narrative[GR_N_OVERVIEW].len = strlen(d->narrative[GR_N_OVERVIEW].p);
	for (int f = 0; f < GR_F_COUNT; f++)
		d->facts[f].state = GR_ABSENT;
}

/* A leaf cell of section 3 holding a number, in a column other than the total. */
static bool
pick_leaf(const gr_doc *d, int *row, int *col)
{
	static const int rows[] = {GR_D_GRANTED, GR_D_PARTIAL, GR_D_U_NOT_HELD, GR_D_W_THIRD_PARTY};

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
		for (int c = 0; c < GR_RC_TOTAL; c++)
			if (d->req[GR_R_DISP(rows[i])][c].state == GR_VALUE &&
				d->req[GR_R_DISP(rows[i])][c].m > 0)
			{
				*row = GR_R_DISP(rows[i]);
				*col = c;
				return true;
			}
	return false;
}

static void
write_file(const char *name, const gr_buf *text)
{
	char		path[4096];
	FILE	   *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "wb");
	if (f == NULL || fwrite(text->data, 1, text->len, f) != text->len || fclose(f) != 0)
	{
		perror(path);
		exit(2);
	}
}

/* The report of the year before in the body of the next emit, or NULL. */
static const gr_doc *prev_year;

/* Columns whose carried_over differs from last year's carried_forward (a blank counts as 0). */
static int
carry_breaks(const gr_doc *prev, const gr_doc *cur)
{
	int			n = 0;

	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		const gr_cell *a = &prev->req[GR_R_CARRIED_FORWARD][c],
				   *b = &cur->req[GR_R_CARRIED_OVER][c];

		n += (a->state == GR_VALUE ? a->m : 0) != (b->state == GR_VALUE ? b->m : 0);
	}
	return n;
}

/*
 * Write d as name (tab layout, or HTML for a .html name) and its manifest
 * line; a cell changed before (row, col >= 0) is its suspect.
 */
static void
emit(const char *name, const gr_doc *d, int row, int col, const gr_cell *was, const gr_mem *m)
{
	int			carry = prev_year ? carry_breaks(prev_year, d) : 0;

	gr_buf		text,
				path;
	uint64_t	rng = next_seed * 7919;
	size_t		nl = strlen(name);

	gr_buf_init(&text, m, 16384);
	if (nl > 5 && strcmp(name + nl - 5, ".html") == 0)
		gen_render(d, GEN_L_HTML, d->script, &rng, &text);
	else
		gr_render(d, &text, d->script);
	write_file(name, &text);
	printf("report\t%s\t%.*s\t%d\t%d\t", name, (int) d->agency.len, d->agency.p ? d->agency.p : "", d->year,
		   gr_balance_ok(d) ? 1 : 0);
	if (row >= 0)
	{
		gr_buf_init(&path, m, 64);
		gr_cell_path(&path, GR_SEC_REQUESTS, row, col);
		printf("%s\t%lld\t%lld", path.data, (long long) d->req[row][col].m, (long long) was->m);
	}
	else
		printf("-\t-\t-");
	printf("\t%d\n", carry);
	prev_year = NULL;
}

/* d with one leaf cell of section 3 changed by delta, emitted with its suspect. */
static void
emit_changed(const char *name, gr_doc *d, int delta, const gr_mem *m)
{
	int			row,
				col;
	gr_cell		was;

	if (!pick_leaf(d, &row, &col))
	{
		fprintf(stderr, "review_batch: no leaf cell to change in %s\n", name);
		exit(2);
	}
	was = d->req[row][col];
	d->req[row][col].m += delta;
	emit(name, d, row, col, &was, m);
}

int
main(int argc, char **argv)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		y[3],
				d;

	if (argc != 2)
	{
		fprintf(stderr, "usage: review_batch DIR\n");
		return 3;
	}
	dir = argv[1];
	for (const char *const *sub = (const char *const[]) {"a", "b", "k", NULL}; *sub; sub++)
	{
		char		p[4096];

		snprintf(p, sizeof(p), "%s/%s", dir, *sub);
		mkdir(p, 0777);
	}

	/* a body with three years whose carryover holds */
	for (;;)
	{
		int			ok = 1;

		for (int k = 0; k < 3 && ok; k++)
		{
			balanced_doc(&y[k], "临江市交通运输局", 2021 + k, GR_SIMPLIFIED, &m);
			if (k > 0)
				ok = chain(&y[k], &y[k - 1]) && gr_balance_ok(&y[k]) &&
					gr_carryover(&y[k - 1], &y[k], &m, NULL);
		}
		if (ok)
			break;
	}
	emit("a/2021.txt", &y[0], -1, -1, NULL, &m);
	prev_year = &y[0];
	emit("a/2022.html", &y[1], -1, -1, NULL, &m);
	prev_year = &y[1];
	emit("a/2023.txt", &y[2], -1, -1, NULL, &m);

	/* a body with two years, the second with a changed cell */
	for (;;)
	{
		balanced_doc(&y[0], "青山区市场监督管理局", 2022, GR_SIMPLIFIED, &m);
		balanced_doc(&y[1], "青山区市场监督管理局", 2023, GR_SIMPLIFIED, &m);
		if (chain(&y[1], &y[0]) && gr_balance_ok(&y[1]))
			break;
	}
	emit("b/2022.txt", &y[0], -1, -1, NULL, &m);
	prev_year = &y[0];
	emit_changed("b/2023.txt", &y[1], 5, &m);

	/* a body with two years whose carryover does not hold */
	for (;;)
	{
		balanced_doc(&y[0], "云溪县司法局", 2022, GR_SIMPLIFIED, &m);
		balanced_doc(&y[1], "云溪县司法局", 2023, GR_SIMPLIFIED, &m);
		if (carry_breaks(&y[0], &y[1]) > 0)
			break;
	}
	emit("k/2022.txt", &y[0], -1, -1, NULL, &m);
	prev_year = &y[0];
	emit("k/2023.txt", &y[1], -1, -1, NULL, &m);

	/* single reports */
	balanced_doc(&d, "东湖镇人民政府", 2023, GR_SIMPLIFIED, &m);
	emit("c.txt", &d, -1, -1, NULL, &m);
	balanced_doc(&d, "北岭县教育局", 2022, GR_SIMPLIFIED, &m);
	emit("d.html", &d, -1, -1, NULL, &m);
	balanced_doc(&d, "南港市衛生健康委員會", 2023, GR_TRADITIONAL, &m);
	emit_changed("e.txt", &d, 2, &m);
	balanced_doc(&d, "西坪县自然资源局", 2023, GR_SIMPLIFIED, &m);
	emit_changed("f.txt", &d, -1, &m);
	/* the appeals total broken: unbalanced, no single cell to name */
	balanced_doc(&d, "南山县水利局", 2023, GR_SIMPLIFIED, &m);
	d.appeals[GR_AP_REVIEW][GR_APC_MAINTAINED].state = GR_VALUE;
	d.appeals[GR_AP_REVIEW][GR_APC_MAINTAINED].m += 2;
	emit("g.txt", &d, -1, -1, NULL, &m);
	/* markup in the agency's name must reach the page as text */
	balanced_doc(&d, "<script>alert(1)</script>测试县&lt;档案局", 2023, GR_SIMPLIFIED, &m);
	emit("h.txt", &d, -1, -1, NULL, &m);
	/* counts of 15 digits (balanced), and every count negative (not) */
	balanced_doc(&d, "巨数县统计局", 2023, GR_SIMPLIFIED, &m);
	scale_doc(&d, INT64_C(100000000000));
	emit("x.txt", &d, -1, -1, NULL, &m);
	balanced_doc(&d, "负数县统计局", 2023, GR_SIMPLIFIED, &m);
	scale_doc(&d, -1);
	emit("n.txt", &d, -1, -1, NULL, &m);
	/* one count of a chart negative among positive ones: granted in the total column */
	for (;;)
	{
		balanced_doc(&d, "负数镇财政所", 2023, GR_SIMPLIFIED, &m);
		if (d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_TOTAL].m > 0)
			break;
	}
	{
		gr_cell    *c = &d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_TOTAL];
		gr_cell		was = *c;

		c->m = -c->m;
		emit("m.txt", &d, GR_R_DISP(GR_D_GRANTED), GR_RC_TOTAL, &was, &m);
	}
	/* no agency in the title: a body of its own, named by its file */
	balanced_doc(&d, "", 2023, GR_SIMPLIFIED, &m);
	d.agency.p = NULL;
	emit("i.txt", &d, -1, -1, NULL, &m);

	/* no report at all */
	{
		gr_buf		t;

		gr_buf_init(&t, &m, 64);
		gr_buf_puts(&t, "这是一份会议通知，不是年度报告。\n");
		write_file("notice.txt", &t);
		printf("other\tnotice.txt\n");
	}
	gr_heap_free(h);
	return 0;
}
