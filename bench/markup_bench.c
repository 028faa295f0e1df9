/*
 * markup_bench — the reader on the same reports as Word text (the tab
 * layout) and as an ordinary HTML page, side by side, and on the page with
 * most of section 3's rows taken out: ns per report and per kB of
 * gr_parse + gr_doc_to_json (what report_to_jsonb does before the jsonb),
 * against a one-pass FNV-1a hash over the same bytes.
 *   bash bench/markup.sh [N]            (builds it and runs it)
 *   bench/markup_bench.bin [N]          (default 2000 reports)
 *   bench/markup_bench.bin --profile tab|html|missing N   parse only
 *                                     (MARKUP_JSON=1: and gr_doc_to_json)
 *   MARKUP_EMIT=DIR bench/markup_bench.bin N   write the corpora as files
 *                                     (bench/markup.sh --server times them)
 *
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

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + ts.tv_nsec / 1e9;
}

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

typedef struct corpus
{
	char	  **text;
	size_t	   *len;
	size_t		bytes;
	int			n;
} corpus;

static void
add(corpus *c, const char *s, size_t n)
{
	c->text[c->n] = malloc(n + 1);
	memcpy(c->text[c->n], s, n);
	c->text[c->n][n] = '\0';
	c->len[c->n++] = n;
	c->bytes += n;
}

static volatile uint64_t sink;

static double
time_hash(const corpus *c)
{
	double		t0 = now();
	uint64_t	x = 0;

	for (int i = 0; i < c->n; i++)
	{
		uint64_t	h = UINT64_C(1469598103934665603);

		for (size_t j = 0; j < c->len[i]; j++)
			h = (h ^ (unsigned char) c->text[i][j]) * UINT64_C(1099511628211);
		x += h;
	}
	sink = x;
	return now() - t0;
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

int
main(int argc, char **argv)
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
	for (int k = 0; k < 3; k++)
	{
		cs[k].text = malloc(sizeof(char *) * (size_t) n);
		cs[k].len = malloc(sizeof(size_t) * (size_t) n);
		cs[k].n = 0;
		cs[k].bytes = 0;
	}
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
