/*
 * conv.c — real converters on generated reports, for the paragraph and PDF
 * row stages: writes a generated report as HTML, and reads a converter's
 * text of it back, counting the cells read exactly.
 *
 *   conv html SEED s|t            the report of SEED as an HTML page
 *   conv cmp SEED s|t FILE        read FILE; print "exact total wrong" cells
 *                                 (wrong: read as a number or blank that is
 *                                 not the generated one) and,
 *                                 with -v before cmp, the cells that differ
 *   conv want SEED s|t NAME       the generated cells as CSV lines
 *                                 "NAME,section,row_key,col_key,value"
 *                                 (value empty when null), for sql tests
 *
 * A cell is exact when its state and value equal the generated ones; the
 * cells counted are those of the generated tables (every section's cells
 * in the generated revision).  Exit status 0 when every cell is exact.
 */
#include "gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool
same(const gr_cell *a, const gr_cell *b)
{
	int64_t		am = a->m,
				bm = b->m;
	int			as = a->scale,
				bs = b->scale;

	if (a->state != b->state)
		return false;
	if (a->state != GR_VALUE)
		return true;
	for (; as < bs; as++)
		am *= 10;
	for (; bs < as; bs++)
		bm *= 10;
	return am == bm;
}

static int	wrong;			/* cells read as a number or blank that differ */

static void
count(int sec, int row, int col, const gr_cell *w, const gr_cell *g, int *exact, int *total,
	  bool verbose)
{
	if (w->state == GR_ABSENT)
		return;
	(*total)++;
	if (same(w, g))
	{
		(*exact)++;
		return;
	}
	if (g->state == GR_VALUE || g->state == GR_BLANK)
		wrong++;
	if (verbose)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_buf		b;

		gr_buf_init(&b, &m, 128);
		gr_cell_path(&b, sec, row, col);
		gr_buf_puts(&b, ": want ");
		gr_cell_format(&b, w);
		gr_buf_puts(&b, ", got ");
		gr_cell_format(&b, g);
		fprintf(stderr, "%s (state %d)\n", b.data, (int) g->state);
		gr_heap_free(h);
	}
}

int
main(int argc, char **argv)
{
	bool		verbose = false;
	gr_heap    *h;
	gr_mem		m;
	gr_doc		want,
				got;
	gr_buf		text;
	gr_script	sc;
	uint64_t	seed,
				rng;

	if (argc > 1 && strcmp(argv[1], "-v") == 0)
	{
		verbose = true;
		argv++;
		argc--;
	}
	if (argc < 4 || (strcmp(argv[1], "html") != 0 && strcmp(argv[1], "cmp") != 0 &&
					 strcmp(argv[1], "want") != 0) ||
		(strcmp(argv[1], "html") != 0 && argc < 5))
	{
		fprintf(stderr, "usage: conv html SEED s|t | conv [-v] cmp SEED s|t FILE | "
				"conv want SEED s|t NAME\n");
		return 2;
	}
	seed = strtoull(argv[2], NULL, 10);
	sc = argv[3][0] == 't' ? GR_TRADITIONAL : GR_SIMPLIFIED;
	h = gr_heap_new();
	m = gr_heap_mem(h);
	rng = seed ^ UINT64_C(0xA5A5A5A55A5A5A5A);
	gen_doc_random(&want, seed, sc, &m);
	gr_buf_init(&text, &m, 16384);
	if (strcmp(argv[1], "html") == 0)
	{
		gen_render(&want, GEN_L_HTML, sc, &rng, &text);
		fwrite(text.data, 1, text.len, stdout);
	}
	else if (strcmp(argv[1], "want") == 0)
	{
		for (int sec = 0; sec < 3; sec++)
		{
			int			nr = sec == 0 ? GR_A_NROWS : sec == 1 ? GR_R_NROWS : GR_AP_NGROUPS,
						nc = sec == 0 ? GR_A_NCOLS : sec == 1 ? GR_RC_COUNT : GR_APC_NCOLS;

			for (int r = 0; r < nr; r++)
				for (int c = 0; c < nc; c++)
				{
					const gr_cell *w = sec == 0 ? &want.active[r][c] :
						sec == 1 ? &want.req[r][c] : &want.appeals[r][c];
					gr_buf		b;
					char	   *first,
							   *last;

					if (w->state == GR_ABSENT)
						continue;
					gr_buf_init(&b, &m, 128);
					gr_cell_path(&b, sec, r, c);
					/* section.row_key.col_key, the row key may hold dots */
					first = strchr(b.data, '.');
					last = strrchr(b.data, '.');
					*first = *last = '\0';
					printf("%s,%s,%s,%s,", argv[4], b.data, first + 1, last + 1);
					if (w->state == GR_VALUE)
					{
						gr_buf_init(&b, &m, 32);
						gr_cell_format(&b, w);
						fputs(b.data, stdout);
					}
					putchar('\n');
				}
		}
	}
	else
	{
		FILE	   *f = fopen(argv[4], "rb");
		char		chunk[65536];
		size_t		n;
		int			exact = 0,
					total = 0;

		if (f == NULL)
		{
			perror(argv[4]);
			return 2;
		}
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			gr_buf_put(&text, chunk, n);
		fclose(f);
		gr_parse(&got, text.data, text.len, &m, NULL);
		for (int r = 0; r < GR_A_NROWS; r++)
			for (int c = 0; c < GR_A_NCOLS; c++)
				count(GR_SEC_ACTIVE, r, c, &want.active[r][c], &got.active[r][c],
					  &exact, &total, verbose);
		for (int r = 0; r < GR_R_NROWS; r++)
			for (int c = 0; c < GR_RC_COUNT; c++)
				count(GR_SEC_REQUESTS, r, c, &want.req[r][c], &got.req[r][c],
					  &exact, &total, verbose);
		for (int g = 0; g < GR_AP_NGROUPS; g++)
			for (int c = 0; c < GR_APC_NCOLS; c++)
				count(GR_SEC_APPEALS, g, c, &want.appeals[g][c], &got.appeals[g][c],
					  &exact, &total, verbose);
		printf("%d %d %d\n", exact, total, wrong);
		gr_heap_free(h);
		return exact == total ? 0 : 1;
	}
	gr_heap_free(h);
	return 0;
}
