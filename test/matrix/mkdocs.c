/*
 * mkdocs.c — the converter matrix's documents: for each seed, the
 * generated report (test/gen) as an HTML page in every style of
 * gen_html_style, and its ground truth beside them.
 *
 *   mkdocs DIR FIRST N
 *
 * writes DIR/<style>/<seed>.html for seeds FIRST … FIRST+N-1 and the
 * ground truth beside them: DIR/truth/<seed>.json, the generated document
 * as the reader's JSON (gr_doc_to_json), and DIR/truth/<seed>.txt, the same
 * in the seeds' tab layout (gr_render).  They are for people to look at:
 * the checker draws the same document again from the seed (generation is
 * deterministic) rather than trusting a file.
 *
 * Documents are generated in simplified characters; traditional ones are
 * made by opencc from the converters' text (see run.sh).
 *
 * One seed's report as the layouts property test writes its page, for the
 * converter suites and the frozen converter texts of test/data/conv:
 *
 *   mkdocs -page SEED s|t         the HTML page (gen_render, GEN_L_HTML),
 *                                 generated in the script given
 *   mkdocs -want SEED s|t NAME    its cells as CSV lines
 *                                 "NAME,section,row_key,col_key,value"
 *                                 (value empty when null), for sql tests
 */
#include "gen.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void
mkdir_or_die(const char *path)
{
	if (mkdir(path, 0777) != 0 && errno != EEXIST)
	{
		perror(path);
		exit(2);
	}
}

static void
write_file(const char *path, const gr_buf *b)
{
	FILE	   *f = fopen(path, "wb");

	if (!f || fwrite(b->data, 1, b->len, f) != b->len || fclose(f) != 0)
	{
		perror(path);
		exit(2);
	}
}

/* Every cell the document has, as CSV lines named name. */
static void
put_want(const gr_doc *d, const char *name, const gr_mem *m)
{
	for (int sec = 0; sec < 3; sec++)
	{
		int			nr = sec == 0 ? GR_A_NROWS : sec == 1 ? GR_R_NROWS : GR_AP_NGROUPS,
					nc = sec == 0 ? GR_A_NCOLS : sec == 1 ? GR_RC_COUNT : GR_APC_NCOLS;

		for (int r = 0; r < nr; r++)
			for (int c = 0; c < nc; c++)
			{
				const gr_cell *w = sec == 0 ? &d->active[r][c] :
					sec == 1 ? &d->req[r][c] : &d->appeals[r][c];
				gr_buf		b;
				char	   *first,
						   *last;

				if (w->state == GR_ABSENT)
					continue;
				gr_buf_init(&b, m, 128);
				gr_cell_path(&b, sec, r, c);
				/* section.row_key.col_key, the row key may hold dots */
				first = strchr(b.data, '.');
				last = strrchr(b.data, '.');
				*first = *last = '\0';
				printf("%s,%s,%s,%s,", name, b.data, first + 1, last + 1);
				if (w->state == GR_VALUE)
				{
					gr_buf_init(&b, m, 32);
					gr_cell_format(&b, w);
					fputs(b.data, stdout);
				}
				putchar('\n');
			}
	}
}

/* mkdocs -page / -want: argv holds SEED, s|t and, for -want, NAME. */
static int
one_seed(bool want, char **argv)
{
	uint64_t	seed = strtoull(argv[0], NULL, 10);
	gr_script	sc = argv[1][0] == 't' ? GR_TRADITIONAL : GR_SIMPLIFIED;
	uint64_t	rng = seed ^ UINT64_C(0xA5A5A5A55A5A5A5A);
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	gr_buf		b;

	gen_doc_random(&d, seed, sc, &m);
	if (want)
		put_want(&d, argv[2], &m);
	else
	{
		gr_buf_init(&b, &m, 16384);
		gen_render(&d, GEN_L_HTML, sc, &rng, &b);
		fwrite(b.data, 1, b.len, stdout);
	}
	gr_heap_free(h);
	return 0;
}

int
main(int argc, char **argv)
{
	char		path[4096];
	uint64_t	first;
	long		n;

	if (argc == 4 && strcmp(argv[1], "-page") == 0)
		return one_seed(false, argv + 2);
	if (argc == 5 && strcmp(argv[1], "-want") == 0)
		return one_seed(true, argv + 2);
	if (argc != 4)
	{
		fprintf(stderr, "usage: mkdocs DIR FIRST N | mkdocs -page SEED s|t | mkdocs -want SEED s|t NAME\n");
		return 2;
	}
	first = strtoull(argv[2], NULL, 10);
	n = atol(argv[3]);
	mkdir_or_die(argv[1]);
	snprintf(path, sizeof(path), "%s/truth", argv[1]);
	mkdir_or_die(path);
	for (int st = 0; st < GEN_H_COUNT; st++)
	{
		snprintf(path, sizeof(path), "%s/%s", argv[1], gen_html_style_names[st]);
		mkdir_or_die(path);
	}
	for (long i = 0; i < n; i++)
	{
		uint64_t	seed = first + (uint64_t) i;
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d;
		gr_buf		b;

		gen_doc_random(&d, seed, GR_SIMPLIFIED, &m);
		gr_buf_init(&b, &m, 8192);
		gr_render(&d, &b, GR_SIMPLIFIED);
		snprintf(path, sizeof(path), "%s/truth/%llu.txt", argv[1], (unsigned long long) seed);
		write_file(path, &b);
		gr_buf_init(&b, &m, 8192);
		gr_doc_to_json(&d, &b);
		snprintf(path, sizeof(path), "%s/truth/%llu.json", argv[1], (unsigned long long) seed);
		write_file(path, &b);
		for (int st = 0; st < GEN_H_COUNT; st++)
		{
			/* each style its own presentation choices, the same for a seed on every run */
			uint64_t	rng = seed * UINT64_C(0x9E3779B97F4A7C15) + (uint64_t) st + 1;

			gr_buf_init(&b, &m, 32768);
			gen_render_html(&d, (gen_html_style) st, GR_SIMPLIFIED, &rng, &b);
			snprintf(path, sizeof(path), "%s/%s/%llu.html", argv[1], gen_html_style_names[st],
					 (unsigned long long) seed);
			write_file(path, &b);
		}
		gr_heap_free(h);
	}
	return 0;
}
