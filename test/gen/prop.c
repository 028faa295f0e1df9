/*
 * prop.c — the layouts property test: for N generated documents, every
 * layout and both scripts, gr_parse(render(doc)) gives back the generated
 * tables (every cell's state and value), forms, agency, year, publication
 * date, script, facts and one diagnostic per blank cell.  On both the
 * generated and the read document, gr_balance_ok agrees with gr_check
 * (true exactly when there is no error finding and sections 3 and 4 are
 * there); the generator makes about one document in five unbalanced, and
 * the counts of balanced and unbalanced documents are printed.
 *
 *   prop [N [first-seed]]        run N documents (default 2000)
 *   prop -show SEED LAYOUT SCRIPT   print one rendered text (script: s|t)
 *
 * Each document is rendered in one layout and script chosen by its seed,
 * round robin, so N documents cover every pair about N/14 times.  Prints
 * the first failures with their seed, then "N passed, M failed".
 */
#include "gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long balanced_docs,
			unbalanced_docs;

/* gr_balance_ok against gr_check: 0 when they agree. */
static int
balance_agrees(const gr_doc *d, const gr_mem *m, gr_buf *why, const char *which)
{
	gr_findings f;
	bool		errors = false;
	bool		ok = gr_balance_ok(d);

	memset(&f, 0, sizeof(f));
	gr_check(d, NULL, 0, m, &f);
	for (int i = 0; i < f.n; i++)
		if (f.v[i].severity == GR_SEV_ERROR)
			errors = true;
	if (ok == !errors)
		return 0;
	gr_buf_printf(why, "%s: gr_balance_ok says %s but gr_check found %s error\n",
				  which, ok ? "true" : "false", errors ? "an" : "no");
	return 1;
}

static int
layout_of(const char *s)
{
	for (int l = 0; l < GEN_L_COUNT; l++)
		if (strcmp(s, gen_layout_names[l]) == 0)
			return l;
	return atoi(s);
}

/* One document: 0 on success. */
static int
one(uint64_t seed, int layout, gr_script sc, bool show, bool verbose)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		want,
				got;
	gr_buf		text,
				why;
	uint64_t	rng = seed ^ UINT64_C(0xA5A5A5A55A5A5A5A);
	int			bad;

	gen_doc_random(&want, seed, sc, &m);
	gr_buf_init(&text, &m, 16384);
	gen_render(&want, (gen_layout) layout, sc, &rng, &text);
	if (show)
	{
		fwrite(text.data, 1, text.len, stdout);
		gr_heap_free(h);
		return 0;
	}
	gr_parse(&got, text.data, text.len, &m, NULL);
	gr_buf_init(&why, &m, 256);
	bad = gen_compare(&want, &got, &why);
	bad += balance_agrees(&want, &m, &why, "generated document");
	bad += balance_agrees(&got, &m, &why, "read document");
	if (gr_balance_ok(&want))
		balanced_docs++;
	else
		unbalanced_docs++;
	if (bad && verbose)
		fprintf(stderr, "FAIL seed %llu layout %s script %c: %d differences\n%s",
				(unsigned long long) seed, gen_layout_names[layout],
				sc == GR_TRADITIONAL ? 't' : 's', bad, why.data);
	gr_heap_free(h);
	return bad ? 1 : 0;
}

int
main(int argc, char **argv)
{
	long		n = 2000;
	uint64_t	first = 1;
	long		pass = 0,
				fail = 0;
	long		per[GEN_L_COUNT][2][2];
	clock_t		t0 = clock();

	if (argc >= 5 && strcmp(argv[1], "-show") == 0)
		return one(strtoull(argv[2], NULL, 10), layout_of(argv[3]),
				   argv[4][0] == 't' ? GR_TRADITIONAL : GR_SIMPLIFIED, true, true);
	if (argc >= 2)
		n = atol(argv[1]);
	if (argc >= 3)
		first = strtoull(argv[2], NULL, 10);
	memset(per, 0, sizeof(per));
	for (long i = 0; i < n; i++)
	{
		uint64_t	seed = first + (uint64_t) i;
		int			layout = (int) (seed % GEN_L_COUNT);
		gr_script	sc = (seed / GEN_L_COUNT) % 2 ? GR_TRADITIONAL : GR_SIMPLIFIED;
		int			bad = one(seed, layout, sc, false, fail < 10);

		per[layout][sc][bad]++;
		if (bad)
			fail++;
		else
			pass++;
	}
	for (int l = 0; l < GEN_L_COUNT; l++)
		printf("  %-6s simplified %ld/%ld  traditional %ld/%ld\n", gen_layout_names[l],
			   per[l][0][0], per[l][0][0] + per[l][0][1],
			   per[l][1][0], per[l][1][0] + per[l][1][1]);
	printf("balance_ok agrees with check on every document: %ld balanced, %ld unbalanced\n",
		   balanced_docs, unbalanced_docs);
	printf("%.2f s\n", (double) (clock() - t0) / CLOCKS_PER_SEC);
	printf("%ld passed, %ld failed\n", pass, fail);
	return fail ? 1 : 0;
}
