/*
 * check.c — the converter matrix's checker: reads the text each real
 * converter printed, parses it with gr_parse, and compares every cell of
 * the three tables with the generated document (gen_compare_cells).
 *
 *   check [-md FILE] [-tsv FILE] [-baseline FILE] [-v] < LIST
 *
 * LIST has one line per converted text:
 *   source <TAB> converter <TAB> script <TAB> seed <TAB> path
 * where source is how the report was made (an HTML style, a DOCX or PDF
 * maker), converter the program that printed the text, script s, t (opencc
 * s2t) or tw (opencc s2twp), and seed the generator's seed: the checker
 * draws the same document again from it.
 *
 * Prints per combination (source × converter × script) the cells read
 * exactly, the files read entirely exactly and the commonest failure:
 * section, and the cell's state wanted → got ("value→missing"; "value→other
 * value" is a wrong number).  -v lists every differing cell of every file
 * on stderr.  -md writes it as markdown tables, one per
 * converter; -tsv as tab-separated counts (the baseline's format).
 *
 * With -baseline, a ratchet: exits 1 when a combination of the baseline
 * that was run now reads a smaller share of its cells exactly, or fewer
 * files fully exactly, than the baseline records.  Combinations missing
 * from the run (a converter not installed) or from the baseline (new ones)
 * are listed and do not fail.
 *
 * One text against the page of a seed (mkdocs -page: the generated report
 * in the layouts property test's HTML, in the script given):
 *
 *   check -count [-v] SEED s|t FILE
 *       prints "exact total wrong": the generated cells (those the document
 *       has), the ones read exactly, and the ones read as a number or blank
 *       that is not the generated one; -v lists the cells that differ on
 *       stderr.  Exit 0 when every cell is exact.
 *   check -doc SEED s|t FILE
 *       the whole document (gen_compare: cells, forms, agency, year, facts,
 *       diagnostics); prints "FILE: every cell read" or FAIL and the first
 *       differences.  CONV_NO_AGENCY in the environment leaves the agency
 *       out, CONV_NO_REQUESTS section 3 (see leave_out).
 */
#include "gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COMBOS 1024
#define NSTATES 5
#define NCLASS (3 * NSTATES * (NSTATES + 1))

typedef struct combo
{
	char		source[32],
				conv[32],
				script[8];
	long		cells,
				exact,
				files,
				files_exact;
	long		cls[NCLASS];
	unsigned long long cls_seed[NCLASS];	/* a file showing the class */
	bool		in_baseline;
} combo;

static combo combos[MAX_COMBOS];
static int ncombos;

static const char *const sec_names[] = {"active", "requests", "appeals"};
static const char *const st_names[] = {"absent", "value", "blank", "unreadable", "missing", "other value"};

static int
class_of(const gen_cell_diff *d)
{
	int			g = d->got_state % NSTATES;

	if (d->want_state == GR_VALUE && d->got_state == GR_VALUE)
		g = NSTATES;			/* a wrong number */
	return (d->section % 3) * NSTATES * (NSTATES + 1) + (d->want_state % NSTATES) * (NSTATES + 1) + g;
}

static void
class_name(int k, char *out, size_t n)
{
	int			sec = k / (NSTATES * (NSTATES + 1));
	int			w = (k / (NSTATES + 1)) % NSTATES;
	int			g = k % (NSTATES + 1);

	snprintf(out, n, "%s %s→%s", sec_names[sec], st_names[w], st_names[g]);
}

static combo *
find_combo(const char *source, const char *conv, const char *script, bool create)
{
	combo	   *c;

	for (int i = 0; i < ncombos; i++)
		if (strcmp(combos[i].source, source) == 0 && strcmp(combos[i].conv, conv) == 0 &&
			strcmp(combos[i].script, script) == 0)
			return &combos[i];
	if (!create || ncombos == MAX_COMBOS)
		return NULL;
	c = &combos[ncombos++];
	memset(c, 0, sizeof(*c));
	snprintf(c->source, sizeof(c->source), "%s", source);
	snprintf(c->conv, sizeof(c->conv), "%s", conv);
	snprintf(c->script, sizeof(c->script), "%s", script);
	return c;
}

static char *
read_all(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf = NULL;
	size_t		cap = 0,
				n = 0;

	if (!f)
		return NULL;
	for (;;)
	{
		size_t		got;

		if (cap - n < 65536)
		{
			cap = cap ? cap * 2 : 131072;
			buf = realloc(buf, cap);
			if (!buf)
				exit(2);
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	fclose(f);
	*len = n;
	return buf;
}

/* ------------------------------------------------------------ one text */

/*
 * What the environment says not to compare.  CONV_NO_AGENCY: the agency
 * (python3-html2text puts a space after a character written as a numeric
 * entity, so the title is not the page's).  CONV_NO_REQUESTS: section 3
 * (pandoc's plain writer prints a table with row spans as "[TABLE]"): the
 * generated document takes the read one's section 3, so its blank cells
 * are not counted either.
 */
static void
leave_out(gr_doc *want, gr_doc *got)
{
	if (getenv("CONV_NO_AGENCY"))
		got->agency = want->agency;
	if (getenv("CONV_NO_REQUESTS"))
	{
		memcpy(want->req, got->req, sizeof(want->req));
		want->form_requests = got->form_requests;
	}
}

/* One generated cell for -count: exact, or wrong (a number or blank). */
static void
count_cell(int sec, int row, int col, const gr_cell *w, const gr_cell *g, long *n, bool verbose)
{
	if (w->state == GR_ABSENT)
		return;
	n[1]++;
	if (gen_cell_equal(w, g))
	{
		n[0]++;
		return;
	}
	if (g->state == GR_VALUE || g->state == GR_BLANK)
		n[2]++;
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

/* check -count / -doc: argv holds SEED, s|t and FILE. */
static int
one_text(bool doc, bool verbose, char **argv)
{
	uint64_t	seed = strtoull(argv[0], NULL, 10);
	gr_script	sc = argv[1][0] == 't' ? GR_TRADITIONAL : GR_SIMPLIFIED;
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		want,
				got;
	size_t		len;
	char	   *text = read_all(argv[2], &len);
	int			rc;

	if (!text)
	{
		perror(argv[2]);
		return 2;
	}
	gen_doc_random(&want, seed, sc, &m);
	gr_parse(&got, text, len, &m, NULL);
	if (doc)
	{
		gr_buf		why;
		int			bad;

		leave_out(&want, &got);
		gr_buf_init(&why, &m, 256);
		bad = gen_compare(&want, &got, &why);
		printf("%s: %s\n%s", argv[2], bad ? "FAIL" : "every cell read", bad ? why.data : "");
		rc = bad ? 1 : 0;
	}
	else
	{
		long		n[3] = {0, 0, 0};	/* exact, total, wrong */

		for (int r = 0; r < GR_A_NROWS; r++)
			for (int c = 0; c < GR_A_NCOLS; c++)
				count_cell(GR_SEC_ACTIVE, r, c, &want.active[r][c], &got.active[r][c], n, verbose);
		for (int r = 0; r < GR_R_NROWS; r++)
			for (int c = 0; c < GR_RC_COUNT; c++)
				count_cell(GR_SEC_REQUESTS, r, c, &want.req[r][c], &got.req[r][c], n, verbose);
		for (int g = 0; g < GR_AP_NGROUPS; g++)
			for (int c = 0; c < GR_APC_NCOLS; c++)
				count_cell(GR_SEC_APPEALS, g, c, &want.appeals[g][c], &got.appeals[g][c], n, verbose);
		printf("%ld %ld %ld\n", n[0], n[1], n[2]);
		rc = n[0] == n[1] ? 0 : 1;
	}
	free(text);
	gr_heap_free(h);
	return rc;
}

/* The commonest failure of a combination, as text ("" when none). */
static void
commonest(const combo *c, char *out, size_t n)
{
	int			best = -1;
	long		bad = c->cells - c->exact;
	char		name[96];

	out[0] = '\0';
	for (int k = 0; k < NCLASS; k++)
		if (c->cls[k] && (best < 0 || c->cls[k] > c->cls[best]))
			best = k;
	if (best < 0)
		return;
	class_name(best, name, sizeof(name));
	snprintf(out, n, "%s: %ld%% of misses (seed %llu)", name,
			 bad ? c->cls[best] * 100 / bad : 0, c->cls_seed[best]);
}

static double
pct(long a, long b)
{
	return b ? 100.0 * (double) a / (double) b : 0.0;
}

/* "99.8" — never rounded up to 100 unless every cell is exact */
static void
fmt_pct(char *out, size_t n, long a, long b)
{
	double		p = pct(a, b);

	if (a < b && p > 99.9)
		p = 99.9;
	snprintf(out, n, "%.1f%%", p);
}

static void
write_md(FILE *f)
{
	static const char *const scripts[] = {"s", "t", "tw"};

	/* first a summary: each converter over every source and script */
	fprintf(f, "\n| converter | made as | cells exact | files fully exact |\n|---|---|---|---|\n");
	for (int i = 0; i < ncombos; i++)
	{
		bool		seen = false;
		long		cells = 0,
					exact = 0,
					files = 0,
					fexact = 0;
		char		p[16],
					srcs[160] = "";

		for (int j = 0; j < i; j++)
			if (strcmp(combos[j].conv, combos[i].conv) == 0)
				seen = true;
		if (seen)
			continue;
		for (int j = i; j < ncombos; j++)
		{
			if (strcmp(combos[j].conv, combos[i].conv) != 0)
				continue;
			cells += combos[j].cells;
			exact += combos[j].exact;
			files += combos[j].files;
			fexact += combos[j].files_exact;
			if (!strstr(srcs, combos[j].source))
				snprintf(srcs + strlen(srcs), sizeof(srcs) - strlen(srcs), "%s%s",
						 srcs[0] ? ", " : "", combos[j].source);
		}
		fmt_pct(p, sizeof(p), exact, cells);
		fprintf(f, "| %s | %s | %s | %ld/%ld |\n", combos[i].conv, srcs, p, fexact, files);
	}

	for (int i = 0; i < ncombos; i++)
	{
		bool		seen = false;

		for (int j = 0; j < i; j++)
			if (strcmp(combos[j].conv, combos[i].conv) == 0)
				seen = true;
		if (seen)
			continue;
		fprintf(f, "\n#### %s\n\n", combos[i].conv);
		fprintf(f, "| made as | cells exact: simplified | s2t | s2twp | files exact: simplified | s2t | s2twp | commonest failure (simplified, else traditional) |\n");
		fprintf(f, "|---|---|---|---|---|---|---|---|\n");
		for (int j = i; j < ncombos; j++)
		{
			bool		dup = false;
			char		why[160] = "";

			if (strcmp(combos[j].conv, combos[i].conv) != 0)
				continue;
			for (int k = i; k < j; k++)
				if (strcmp(combos[k].conv, combos[j].conv) == 0 &&
					strcmp(combos[k].source, combos[j].source) == 0)
					dup = true;
			if (dup)
				continue;
			fprintf(f, "| %s", combos[j].source);
			for (int s = 0; s < 3; s++)
			{
				combo	   *c = find_combo(combos[j].source, combos[j].conv, scripts[s], false);
				char		p[16];

				if (c)
				{
					fmt_pct(p, sizeof(p), c->exact, c->cells);
					fprintf(f, " | %s", p);
				}
				else
					fprintf(f, " | –");
			}
			for (int s = 0; s < 3; s++)
			{
				combo	   *c = find_combo(combos[j].source, combos[j].conv, scripts[s], false);

				if (c)
					fprintf(f, " | %ld/%ld", c->files_exact, c->files);
				else
					fprintf(f, " | –");
			}
			for (int s = 0; s < 3 && !why[0]; s++)
			{
				combo	   *c = find_combo(combos[j].source, combos[j].conv, scripts[s], false);

				if (c)
					commonest(c, why, sizeof(why));
			}
			fprintf(f, " | %s |\n", why[0] ? why : "—");
		}
	}
}

int
main(int argc, char **argv)
{
	const char *md = NULL,
			   *tsv = NULL,
			   *baseline = NULL;
	bool		verbose = false;
	char		line[8192];
	long		all_cells = 0,
				all_exact = 0,
				all_files = 0,
				all_files_exact = 0;
	int			worse = 0;

	if (argc == 5 && strcmp(argv[1], "-doc") == 0)
		return one_text(true, false, argv + 2);
	if (argc >= 5 && strcmp(argv[1], "-count") == 0)
	{
		bool		v = argc == 6 && strcmp(argv[2], "-v") == 0;

		if (argc == 5 + (v ? 1 : 0))
			return one_text(false, v, argv + (v ? 3 : 2));
	}
	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-md") == 0 && i + 1 < argc)
			md = argv[++i];
		else if (strcmp(argv[i], "-tsv") == 0 && i + 1 < argc)
			tsv = argv[++i];
		else if (strcmp(argv[i], "-baseline") == 0 && i + 1 < argc)
			baseline = argv[++i];
		else if (strcmp(argv[i], "-v") == 0)
			verbose = true;
		else
		{
			fprintf(stderr, "usage: check [-md FILE] [-tsv FILE] [-baseline FILE] [-v] < LIST\n"
					"       check -count [-v] SEED s|t FILE\n"
					"       check -doc SEED s|t FILE\n");
			return 2;
		}
	}

	while (fgets(line, sizeof(line), stdin))
	{
		char	   *f[5];
		char	   *p = line;
		int			nf = 0;
		size_t		len;
		char	   *text;
		gr_heap    *h;
		gr_mem		m;
		gr_doc		want,
					got;
		gen_cell_diff diffs[512];
		int			ncells,
					nbad;
		unsigned long long seed;
		combo	   *c;

		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		while (nf < 5)
		{
			f[nf++] = p;
			p = strchr(p, '\t');
			if (!p)
				break;
			*p++ = '\0';
		}
		if (nf != 5)
		{
			fprintf(stderr, "check: bad list line: %s\n", line);
			return 2;
		}
		seed = strtoull(f[3], NULL, 10);
		c = find_combo(f[0], f[1], f[2], true);
		if (!c)
		{
			fprintf(stderr, "check: too many combinations\n");
			return 2;
		}
		h = gr_heap_new();
		m = gr_heap_mem(h);
		gen_doc_random(&want, seed, GR_SIMPLIFIED, &m);
		text = read_all(f[4], &len);
		if (!text)
		{
			/* a converter that wrote nothing read nothing */
			text = malloc(1);
			len = 0;
		}
		gr_parse(&got, text, len, &m, NULL);
		nbad = gen_compare_cells(&want, &got, &ncells, diffs, (int) (sizeof(diffs) / sizeof(diffs[0])));
		c->cells += ncells;
		c->exact += ncells - nbad;
		c->files++;
		if (nbad == 0)
			c->files_exact++;
		for (int i = 0; i < nbad && i < (int) (sizeof(diffs) / sizeof(diffs[0])); i++)
		{
			int			k = class_of(&diffs[i]);

			if (c->cls[k]++ == 0)
				c->cls_seed[k] = seed;
		}
		if (verbose && nbad)
		{
			gr_buf		why;

			gr_buf_init(&why, &m, 256);
			for (int i = 0; i < nbad && i < (int) (sizeof(diffs) / sizeof(diffs[0])); i++)
			{
				const gen_cell_diff *d = &diffs[i];
				const gr_cell *w = d->section == GR_SEC_ACTIVE ? &want.active[d->row][d->col] :
					d->section == GR_SEC_REQUESTS ? &want.req[d->row][d->col] : &want.appeals[d->row][d->col];
				const gr_cell *g = d->section == GR_SEC_ACTIVE ? &got.active[d->row][d->col] :
					d->section == GR_SEC_REQUESTS ? &got.req[d->row][d->col] : &got.appeals[d->row][d->col];

				gr_buf_puts(&why, "  ");
				gr_cell_path(&why, d->section, d->row, d->col);
				gr_buf_printf(&why, ": want %s ", st_names[w->state % NSTATES]);
				gr_cell_format(&why, w);
				gr_buf_printf(&why, ", got %s ", st_names[g->state % NSTATES]);
				gr_cell_format(&why, g);
				gr_buf_putc(&why, '\n');
			}
			fprintf(stderr, "%s %s %s seed %llu: %d of %d cells differ (%s)\n%s", f[0], f[1], f[2],
					seed, nbad, ncells, f[4], why.data);
		}
		free(text);
		gr_heap_free(h);
	}

	printf("%-12s %-16s %-3s %8s %9s  %s\n", "made as", "converter", "scr", "cells", "files", "commonest failure");
	for (int i = 0; i < ncombos; i++)
	{
		combo	   *c = &combos[i];
		char		why[160],
					p[16];

		commonest(c, why, sizeof(why));
		fmt_pct(p, sizeof(p), c->exact, c->cells);
		printf("%-12s %-16s %-3s %8s %4ld/%-4ld  %s\n", c->source, c->conv, c->script, p,
			   c->files_exact, c->files, why);
		all_cells += c->cells;
		all_exact += c->exact;
		all_files += c->files;
		all_files_exact += c->files_exact;
	}
	printf("overall: %ld of %ld cells exact (%.1f%%), %ld of %ld files fully exact, %d combinations\n",
		   all_exact, all_cells, pct(all_exact, all_cells), all_files_exact, all_files, ncombos);

	if (tsv)
	{
		FILE	   *o = fopen(tsv, "w");

		if (!o)
		{
			perror(tsv);
			return 2;
		}
		fprintf(o, "# source\tconverter\tscript\tcells\texact\tfiles\tfiles_exact\n");
		for (int i = 0; i < ncombos; i++)
			fprintf(o, "%s\t%s\t%s\t%ld\t%ld\t%ld\t%ld\n", combos[i].source, combos[i].conv,
					combos[i].script, combos[i].cells, combos[i].exact, combos[i].files,
					combos[i].files_exact);
		fclose(o);
	}
	if (md)
	{
		FILE	   *o = fopen(md, "w");

		if (!o)
		{
			perror(md);
			return 2;
		}
		write_md(o);
		fclose(o);
	}
	if (baseline)
	{
		FILE	   *b = fopen(baseline, "r");
		int			notrun = 0,
					fresh = 0;

		if (!b)
		{
			perror(baseline);
			return 2;
		}
		while (fgets(line, sizeof(line), b))
		{
			char		src[32],
						conv[32],
						scr[8];
			long		cells,
						exact,
						files,
						fexact;
			combo	   *c;

			if (line[0] == '#' ||
				sscanf(line, "%31s %31s %7s %ld %ld %ld %ld", src, conv, scr, &cells, &exact,
					   &files, &fexact) != 7)
				continue;
			c = find_combo(src, conv, scr, false);
			if (!c)
			{
				notrun++;
				continue;
			}
			c->in_baseline = true;
			/* exact/cells < base_exact/base_cells, in integers */
			if (c->exact * cells < exact * c->cells ||
				c->files_exact * files < fexact * c->files)
			{
				printf("WORSE %s %s %s: cells %ld/%ld (baseline %ld/%ld), files %ld/%ld (baseline %ld/%ld)\n",
					   src, conv, scr, c->exact, c->cells, exact, cells, c->files_exact, c->files,
					   fexact, files);
				worse++;
			}
			else if (c->exact * cells > exact * c->cells)
				printf("better %s %s %s: cells %ld/%ld (baseline %ld/%ld)\n", src, conv, scr,
					   c->exact, c->cells, exact, cells);
		}
		fclose(b);
		for (int i = 0; i < ncombos; i++)
			if (!combos[i].in_baseline)
			{
				printf("new (not in the baseline): %s %s %s\n", combos[i].source, combos[i].conv,
					   combos[i].script);
				fresh++;
			}
		printf("baseline: %d combinations worse, %d of the baseline not run, %d not in it\n",
			   worse, notrun, fresh);
	}
	return worse ? 1 : 0;
}
