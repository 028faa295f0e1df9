/*
 * mkcorpus.c — the fuzzer's seed corpus, written at run time into a
 * directory (test/fuzz/corpus/, not committed).
 *
 * Generated documents (test/gen/libgen.c gen_doc: both revisions, both scripts)
 * are rendered in the seeds' tab layout by gr_render and rewritten into the
 * other layouts of form.md: one cell per line without tabs, pipe tables,
 * tab-separated rows, pdftotext-style rows, HTML <td> cells, and a variant
 * with full-width digits, placeholders and thousands separators.
 *
 * Built with -DHAVE_GEN when the report generator test/gen/ is there, it
 * also writes N of its random documents in each of its layouts and both
 * scripts (gen_doc_random, gen_render: decorations, placeholders, wrapping).
 *
 *   mkcorpus DIR [N]     N documents (default 12) × 7 layouts (+ N × 14)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gr.h"
#include "../gen/libgen.h"
#ifdef HAVE_GEN
#include "../gen/gen.h"
#endif

enum
{
	L_TAB, L_LINES, L_PIPE, L_TSV, L_PDF, L_HTML, L_DIGITS, L_COUNT
};
static const char *const lnames[L_COUNT] = {
	"tab", "lines", "pipe", "tsv", "pdf", "html", "digits"
};

/* The rows of a tab-layout rendering: blank lines separate rows. */
static void
relayout(const char *src, gr_buf *out, int layout)
{
	const char *p = src;
	int			incells = 0;	/* cells written on the current row */

	if (layout == L_HTML)
		gr_buf_puts(out, "<html><body><p>");
	while (*p)
	{
		const char *e = strchr(p, '\n');
		size_t		n = e ? (size_t) (e - p) : strlen(p);
		int			cell = n > 0 && p[0] == '\t';
		const char *c = cell ? p + 1 : p;
		size_t		cn = cell ? n - 1 : n;

		if (n == 0)
		{
			/* end of a row */
			if (incells)
			{
				if (layout == L_PIPE)
					gr_buf_puts(out, " |");
				if (layout == L_HTML)
					gr_buf_puts(out, "</tr>");
				if (layout != L_LINES)
					gr_buf_putc(out, '\n');
			}
			else if (layout == L_TAB || layout == L_DIGITS)
				gr_buf_putc(out, '\n');
			incells = 0;
		}
		else if (!cell)
		{
			if (layout == L_HTML)
			{
				gr_buf_puts(out, "<p>");
				gr_buf_put(out, p, n);
				gr_buf_puts(out, "</p>\n");
			}
			else
			{
				gr_buf_put(out, p, n);
				gr_buf_putc(out, '\n');
			}
		}
		else
		{
			switch (layout)
			{
				case L_TAB:
					gr_buf_put(out, p, n);
					gr_buf_putc(out, '\n');
					break;
				case L_DIGITS:
					gr_buf_putc(out, '\t');
					if (cn == 0)
						gr_buf_puts(out, incells % 2 ? "/" : "—");
					for (size_t i = 0; i < cn; i++)
					{
						if (c[i] >= '0' && c[i] <= '9')
						{
							/* full-width digit: EF BC 90 + d */
							char		fw[3] = {(char) 0xEF, (char) 0xBC, (char) (0x90 + (c[i] - '0'))};

							gr_buf_put(out, fw, 3);
						}
						else
							gr_buf_putc(out, c[i]);
					}
					gr_buf_putc(out, '\n');
					break;
				case L_LINES:
					if (cn > 0)
					{
						gr_buf_put(out, c, cn);
						gr_buf_putc(out, '\n');
					}
					break;
				case L_PIPE:
					gr_buf_puts(out, incells ? " | " : "| ");
					gr_buf_put(out, c, cn);
					break;
				case L_TSV:
					if (incells)
						gr_buf_putc(out, '\t');
					gr_buf_put(out, c, cn);
					break;
				case L_PDF:
					if (incells)
						gr_buf_puts(out, "      ");
					gr_buf_put(out, c, cn);
					break;
				case L_HTML:
					if (!incells)
						gr_buf_puts(out, "<tr>");
					gr_buf_puts(out, "<td>");
					if (cn == 0)
						gr_buf_puts(out, "&nbsp;");
					gr_buf_put(out, c, cn);
					gr_buf_puts(out, "</td>");
					break;
			}
			incells++;
		}
		p = e ? e + 1 : p + n;
	}
	if (layout == L_HTML)
		gr_buf_puts(out, "</body></html>\n");
}

int
main(int argc, char **argv)
{
	int			ndocs = argc > 2 ? atoi(argv[2]) : 12;
	uint64_t	seed = 0x9E3779B97F4A7C15u;

	if (argc < 2)
	{
		fprintf(stderr, "usage: mkcorpus DIR [N]\n");
		return 2;
	}
	for (int i = 0; i < ndocs; i++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d;
		gr_buf		tab;
		gr_form		fa = (i % 3 == 2) ? GR_FORM_2019 : GR_FORM_2021;
		gr_form		fr = (i % 4 == 3) ? GR_FORM_2019 : GR_FORM_2021;
		gr_script	sc = (i % 2) ? GR_TRADITIONAL : GR_SIMPLIFIED;

		gen_doc(&d, &seed, fa, fr, 2019 + i % 6);
		d.agency.p = "青禾县水利事务中心";
		d.agency.len = strlen(d.agency.p);
		d.narrative[GR_N_OVERVIEW].p = "全年主动公开政府信息86条，受理政府信息公开申请11件，收取费用0元。";
		d.narrative[GR_N_OVERVIEW].len = strlen(d.narrative[GR_N_OVERVIEW].p);
		d.pub_y = 2024;
		d.pub_m = 1;
		d.pub_d = 20;
		gr_buf_init(&tab, &m, 4096);
		gr_render(&d, &tab, sc);
		for (int l = 0; l < L_COUNT; l++)
		{
			gr_buf		out;
			char		path[4096];
			FILE	   *f;

			gr_buf_init(&out, &m, tab.len * 2 + 64);
			relayout(tab.data, &out, l);
			snprintf(path, sizeof(path), "%s/gen_%02d_%s", argv[1], i, lnames[l]);
			f = fopen(path, "wb");
			if (f == NULL)
			{
				perror(path);
				return 1;
			}
			fwrite(out.data, 1, out.len, f);
			fclose(f);
		}
		gr_heap_free(h);
	}
#ifdef HAVE_GEN
	for (int i = 0; i < ndocs; i++)
		for (int sc = GR_SIMPLIFIED; sc <= GR_TRADITIONAL; sc++)
			for (int l = 0; l < GEN_L_COUNT; l++)
			{
				gr_heap    *h = gr_heap_new();
				gr_mem		m = gr_heap_mem(h);
				gr_doc		d;
				gr_buf		out;
				uint64_t	rng = 0x5DEECE66Du + (uint64_t) i * 131 + (uint64_t) l;
				char		path[4096];
				FILE	   *f;

				gen_doc_random(&d, 1000 + (uint64_t) i, (gr_script) sc, &m);
				gr_buf_init(&out, &m, 8192);
				gen_render(&d, (gen_layout) l, (gr_script) sc, &rng, &out);
				snprintf(path, sizeof(path), "%s/tgen_%02d_%s_%s", argv[1], i,
						 gen_layout_names[l], sc ? "t" : "s");
				f = fopen(path, "wb");
				if (f == NULL)
				{
					perror(path);
					return 1;
				}
				fwrite(out.data, 1, out.len, f);
				fclose(f);
				gr_heap_free(h);
			}
#endif
	return 0;
}
