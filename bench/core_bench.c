/*
 * core_bench — the core alone, outside PostgreSQL, in two modes.
 *
 * The default: MB/s of gr_parse on generated reports of seed size, 10× and
 * 100× longer, and on the pathological texts; gr_check, gr_balance_ok and
 * gr_doc_to_json per document.  A one-pass FNV-1a hash over the same bytes
 * is the yardstick.  Each figure is the median of several repetitions.
 *   bench/core_bench.bin [--quick] [--profile N]
 * --profile N: only parse the seed-size corpus N times (for perf/callgrind).
 *
 * markup: the reader on the same reports as Word text (the tab layout) and
 * as an ordinary HTML page, side by side, and on the page with most of
 * section 3's rows taken out: ns per report and per kB of gr_parse +
 * gr_doc_to_json (what report_to_jsonb does before the jsonb), against the
 * same hash.
 *   bash bench/markup.sh [N]                (builds it and runs it)
 *   bench/core_bench.bin markup [N]         (default 2000 reports)
 *   bench/core_bench.bin markup --profile tab|html|missing N   parse only
 *                                     (MARKUP_JSON=1: and gr_doc_to_json)
 *   MARKUP_EMIT=DIR bench/core_bench.bin markup N   write the corpora as
 *                                     files (bench/markup.sh --server times them)
 * The page is written from the tab text: a run of cell lines is a table
 * row (<tr><td>…</td>…</tr>), other lines are paragraphs — the markup of a
 * plain CMS page, about 7 kB for a seed-sized report.  The short page keeps
 * section 3's first rows and drops the next 19 with their cells.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bodies.h"

typedef struct corpus
{
	char	  **text;
	size_t	   *len;
	int			n;
	size_t		bytes;
} corpus;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmpd(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return x < y ? -1 : x > y;
}

static double
median(double *v, int n)
{
	qsort(v, (size_t) n, sizeof(double), cmpd);
	return v[n / 2];
}

static void
add(corpus *c, const char *s, size_t n)
{
	c->text = realloc(c->text, (size_t) (c->n + 1) * sizeof(char *));
	c->len = realloc(c->len, (size_t) (c->n + 1) * sizeof(size_t));
	if (!c->text || !c->len)
		abort();
	c->text[c->n] = malloc(n + 1);
	if (!c->text[c->n])
		abort();
	memcpy(c->text[c->n], s, n);
	c->text[c->n][n] = '\0';
	c->len[c->n] = n;
	c->bytes += n;
	c->n++;
}

static corpus
reports(int n, int scale)
{
	corpus		c = {0};

	for (int i = 0; i < n; i++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_buf		b;

		gr_buf_init(&b, &m, 16384 * (size_t) scale);
		bench_report(&b, (uint64_t) i + 1, scale);
		add(&c, b.data, b.len);
		gr_heap_free(h);
	}
	return c;
}

static volatile uint64_t sink;

static double
time_hash(const corpus *c)
{
	double		t0 = now();
	uint64_t	x = 0;

	for (int i = 0; i < c->n; i++)
	{
		uint64_t	hsh = UINT64_C(1469598103934665603);

		for (size_t j = 0; j < c->len[i]; j++)
			hsh = (hsh ^ (unsigned char) c->text[i][j]) * UINT64_C(1099511628211);
		x += hsh;
	}
	sink = x;
	return now() - t0;
}

enum what
{
	PARSE, PARSE_JSON, CHECK, BALANCE
};

/* time of one pass over the corpus; CHECK and BALANCE exclude the parse */
static double
time_core(const corpus *c, enum what w)
{
	double		t = 0;
	uint64_t	x = 0;

	for (int i = 0; i < c->n; i++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d;
		double		t0 = now();

		gr_parse(&d, c->text[i], c->len[i], &m, NULL);
		if (w == PARSE || w == PARSE_JSON)
		{
			if (w == PARSE_JSON)
			{
				gr_buf		b;

				gr_buf_init(&b, &m, 8192);
				gr_doc_to_json(&d, &b);
				x += b.len;
			}
			t += now() - t0;
			x += (uint64_t) d.status;
		}
		else
		{
			double		t1 = now();

			if (w == CHECK)
			{
				gr_findings f = {0};

				gr_check(&d, NULL, 0, &m, &f);
				x += (uint64_t) f.n;
			}
			else
				x += gr_balance_ok(&d);
			t += now() - t1;
		}
		gr_heap_free(h);
	}
	sink = x;
	return t;
}

static double
med_hash(const corpus *c, int reps)
{
	double		v[16];

	for (int r = 0; r < reps; r++)
		v[r] = time_hash(c);
	return median(v, reps);
}

static double
med_core(const corpus *c, enum what w, int reps)
{
	double		v[16];

	for (int r = 0; r < reps; r++)
		v[r] = time_core(c, w);
	return median(v, reps);
}

static void
free_corpus(corpus *c)
{
	for (int i = 0; i < c->n; i++)
		free(c->text[i]);
	free(c->text);
	free(c->len);
	memset(c, 0, sizeof *c);
}

/* ------------------------------------------------------------ markup */

/* The tab text as a page; drop > 0: leave out that many section 3 rows. */
static void
to_html(const char *t, size_t n, gr_buf *out, int drop)
{
	bool		in_table = false,
				in_row = false,
				in_s3 = false,
				skipping = false,
				row_seen = false;	/* a cell of this row met, kept or not */
	int			rows_s3 = 0;
	size_t		i = 0;

	gr_buf_puts(out, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
	while (i < n)
	{
		const char *nl = memchr(t + i, '\n', n - i);
		size_t		e = nl ? (size_t) (nl - t) : n;
		const char *s = t + i;
		size_t		len = e - i;

		i = e + 1;
		if (len > 0 && s[0] == '\t')
		{
			/* each row of section 3 (three header rows first) */
			if (in_s3 && !row_seen)
			{
				rows_s3++;
				skipping = rows_s3 > 4 && rows_s3 <= 4 + drop;
			}
			row_seen = true;
			if (skipping)
				continue;
			if (!in_table)
				gr_buf_puts(out, "<table border=\"1\">\n");
			if (!in_row)
				gr_buf_puts(out, "<tr>");
			in_table = in_row = true;
			gr_buf_puts(out, "<td>");
			gr_buf_put(out, s + 1, len - 1);
			gr_buf_puts(out, "</td>");
			continue;
		}
		if (len == 0)
		{
			row_seen = false;
			if (in_row)
				gr_buf_puts(out, "</tr>\n");
			in_row = false;
			continue;
		}
		if (in_row || skipping)
		{
			/* a cell's text wrapped onto a line of its own */
			if (!skipping)
			{
				out->len -= 5;	/* "</td>" */
				gr_buf_put(out, s, len);
				gr_buf_puts(out, "</td>");
			}
			continue;
		}
		if (in_table)
			gr_buf_puts(out, "</table>\n");
		in_row = in_table = skipping = false;
		in_s3 = memmem(s, len, "收到和处理政府信息公开申请", 39) != NULL;
		gr_buf_puts(out, "<p>");
		gr_buf_put(out, s, len);
		gr_buf_puts(out, "</p>\n");
	}
	if (in_row)
		gr_buf_puts(out, "</tr>\n");
	if (in_table)
		gr_buf_puts(out, "</table>\n");
	gr_buf_puts(out, "</body></html>\n");
}

static double
time_read(const corpus *c, bool json, int *cells)
{
	double		t0 = now();

	*cells = 0;
	for (int i = 0; i < c->n; i++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d;

		gr_parse(&d, c->text[i], c->len[i], &m, NULL);
		for (int r = 0; r < GR_R_NROWS; r++)
			for (int k = 0; k < GR_RC_COUNT; k++)
				*cells += d.req[r][k].state == GR_VALUE;
		if (json)
		{
			gr_buf		b;

			gr_buf_init(&b, &m, 8192);
			gr_doc_to_json(&d, &b);
			sink += b.len;
		}
		gr_heap_free(h);
	}
	return now() - t0;
}

/* bench markup [N] | bench markup --profile tab|html|missing N */
static int
markup_main(int argc, char **argv)
{
	int			n = 2000;
	const char *profile = NULL;
	corpus		cs[3];
	static const char *const names[3] = {"Word text (tab)", "HTML page", "HTML, 19 rows out"};

	if (argc >= 4 && strcmp(argv[1], "--profile") == 0)
	{
		profile = argv[2];
		n = atoi(argv[3]);
	}
	else if (argc >= 2)
		n = atoi(argv[1]);
	memset(cs, 0, sizeof cs);
	for (int i = 0; i < n; i++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_buf		t,
					p,
					q;

		gr_buf_init(&t, &m, 16384);
		gr_buf_init(&p, &m, 32768);
		gr_buf_init(&q, &m, 32768);
		bench_report(&t, (uint64_t) i + 1, 1);
		to_html(t.data, t.len, &p, 0);
		to_html(t.data, t.len, &q, 19);
		add(&cs[0], t.data, t.len);
		add(&cs[1], p.data, p.len);
		add(&cs[2], q.data, q.len);
		gr_heap_free(h);
	}
	if (getenv("MARKUP_EMIT"))
	{
		/* the corpora as files DIR/tab_I, DIR/html_I, DIR/missing_I, for bench/markup.sql */
		static const char *const kinds[3] = {"tab", "html", "missing"};

		for (int k = 0; k < 3; k++)
			for (int i = 0; i < n; i++)
			{
				char		path[4096];
				FILE	   *f;

				snprintf(path, sizeof(path), "%s/%s_%d", getenv("MARKUP_EMIT"), kinds[k], i);
				f = fopen(path, "wb");
				if (!f)
				{
					perror(path);
					return 1;
				}
				fwrite(cs[k].text[i], 1, cs[k].len[i], f);
				fclose(f);
			}
		return 0;
	}
	if (getenv("MARKUP_SHOW"))
	{
		fwrite(cs[2].text[0], 1, cs[2].len[0], stdout);
		return 0;
	}
	if (profile)
	{
		int			k = strcmp(profile, "tab") == 0 ? 0 : strcmp(profile, "html") == 0 ? 1 : 2,
					cells;

		time_read(&cs[k], getenv("MARKUP_JSON") != NULL, &cells);
		return 0;
	}
	printf("%d reports; per report: bytes, FNV-1a, gr_parse, + gr_doc_to_json, "
		   "ratio to FNV, request cells read\n", n);
	for (int k = 0; k < 3; k++)
	{
		double		th = 1e9,
					tp = 1e9,
					tj = 1e9;
		int			cells = 0;

		/* the best of five: the machine is shared */
		for (int r = 0; r < 5; r++)
		{
			double		a = time_hash(&cs[k]),
						b = time_read(&cs[k], false, &cells),
						c = time_read(&cs[k], true, &cells);

			th = a < th ? a : th;
			tp = b < tp ? b : tp;
			tj = c < tj ? c : tj;
		}
		printf("  %-18s %6.0f B  %6.2f us  %6.2f us  %6.2f us  %5.1fx  %d\n", names[k],
			   (double) cs[k].bytes / n, th / n * 1e6, tp / n * 1e6, tj / n * 1e6,
			   tj / th, cells / n);
	}
	return 0;
}

/* ------------------------------------------------------------ core */

int
main(int argc, char **argv)
{
	bool		quick = false;
	int			profile = 0;
	int			n = 2000,
				reps = 5;
	corpus		c;
	double		th,
				tp,
				tj,
				tc,
				tb,
				mb;
	int			nok = 0,
				nbal = 0;

	if (argc >= 2 && strcmp(argv[1], "markup") == 0)
		return markup_main(argc - 1, argv + 1);
	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--quick") == 0)
			quick = true;
		else if (strcmp(argv[i], "--profile") == 0 && i + 1 < argc)
			profile = atoi(argv[++i]);
	}
	if (quick)
	{
		n = 200;
		reps = 3;
	}
	c = reports(n, 1);
	if (profile > 0)
	{
		for (int r = 0; r < profile; r++)
			time_core(&c, PARSE);
		return 0;
	}
	/* the generated reports read as balanced, complete documents */
	for (int i = 0; i < c.n; i++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d;

		gr_parse(&d, c.text[i], c.len[i], &m, NULL);
		nok += d.status == GR_OK;
		nbal += gr_balance_ok(&d);
		gr_heap_free(h);
	}
	mb = c.bytes / 1e6;
	printf("core alone (no server), %d generated reports, %.1f KB average, median of %d\n",
		   c.n, c.bytes / 1024.0 / c.n, reps);
	printf("  read status ok: %d/%d, balanced: %d/%d\n", nok, c.n, nbal, c.n);
	th = med_hash(&c, reps);
	tp = med_core(&c, PARSE, reps);
	tj = med_core(&c, PARSE_JSON, reps);
	tc = med_core(&c, CHECK, reps);
	tb = med_core(&c, BALANCE, reps);
	printf("  %-26s %10s %10s %8s\n", "", "reports/s", "MB/s", "× hash");
	printf("  %-26s %10.0f %10.1f %8.2f\n", "fnv1a hash (one pass)", c.n / th, mb / th, 1.0);
	printf("  %-26s %10.0f %10.1f %8.2f\n", "gr_parse", c.n / tp, mb / tp, tp / th);
	printf("  %-26s %10.0f %10.1f %8.2f\n", "gr_parse + gr_doc_to_json", c.n / tj, mb / tj, tj / th);
	printf("  %-26s %10.0f %10s %8.2f\n", "gr_check (parsed doc)", c.n / tc, "-", tc / th);
	printf("  %-26s %10.0f %10s %8.2f\n", "gr_balance_ok (parsed doc)", c.n / tb, "-", tb / th);
	free_corpus(&c);

	/* scaling: seconds per MB of gr_parse */
	printf("scaling of gr_parse (s/MB; linear means the same figure)\n");
	{
		double		base = tp / mb;
		int			scales[] = {10, 100};

		printf("  %-26s %10.4f\n", "x1", base);
		for (int k = 0; k < 2; k++)
		{
			int			cnt = (quick ? n / 4 : n / 2) / scales[k];
			double		t,
						m2;

			if (cnt < 2)
				cnt = 2;
			c = reports(cnt, scales[k]);
			m2 = c.bytes / 1e6;
			t = med_core(&c, PARSE, reps);
			printf("  x%-25d %10.4f  (%.1f KB each; time per report %.2f× that of x1)\n",
				   scales[k], t / m2, c.bytes / 1024.0 / c.n,
				   (t / c.n) / (tp / n));
			free_corpus(&c);
		}
	}
	printf("pathological texts, 1 MB each (s/MB)\n");
	for (int k = 0; k < BENCH_PATHO_COUNT; k++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_buf		b;
		double		t;

		gr_buf_init(&b, &m, 1 << 20);
		bench_patho(&b, (bench_patho_kind) k, 1000000, (uint64_t) k + 1);
		memset(&c, 0, sizeof c);
		add(&c, b.data, b.len);
		gr_heap_free(h);
		t = med_core(&c, PARSE, reps);
		printf("  %-26s %10.4f\n", bench_patho_names[k], t / (c.bytes / 1e6));
		free_corpus(&c);
	}
	return 0;
}
