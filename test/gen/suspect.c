/*
 * suspect.c — the suspect_cell property test.  For N generated documents
 * (gen_doc_random), change one random cell of section 3 or 4 (now and then
 * two, or none), then decide by brute force which cells could be the wrong
 * one: for every cell of the two tables, try the values that could balance
 * it and keep the cells for which one does (no balance identity broken, no
 * negative count).  gr_check must give a suspect_cell finding exactly when
 * that cell is unique, on that cell, with its printed value and the value
 * found; never one otherwise.
 *
 *   suspect [N [first-seed]]      (default 400 documents from seed 1)
 *
 * Prints the first failures with their seed, the counts of documents where
 * the cell was unique, ambiguous and absent, and "N passed, M failed".
 */
#include "gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A balance rule that a single cell's change must satisfy. */
static bool
balance_rule(gr_rule r)
{
	return r == GR_RULE_REQUESTS_FLOW || r == GR_RULE_REQUESTS_TOTAL ||
		r == GR_RULE_REQUESTS_APPLICANTS || r == GR_RULE_APPEALS_TOTAL ||
		r == GR_RULE_NONNEGATIVE;
}

/* Error findings of the balance rules (the identities and non-negative counts). */
static int
balance_errors(const gr_doc *d, const gr_mem *m, gr_findings *f)
{
	int			n = 0;

	memset(f, 0, sizeof(*f));
	gr_check(d, NULL, 0, m, f);
	for (int i = 0; i < f->n; i++)
		n += f->v[i].severity == GR_SEV_ERROR && balance_rule(f->v[i].rule);
	return n;
}

static gr_cell *
cell_at(gr_doc *d, int section, int row, int col)
{
	return section == GR_SEC_REQUESTS ? &d->req[row][col] : &d->appeals[row][col];
}

static int
nrows(int section)
{
	return section == GR_SEC_REQUESTS ? GR_R_NROWS : GR_AP_NGROUPS;
}

static int
ncols(int section)
{
	return section == GR_SEC_REQUESTS ? GR_RC_COUNT : GR_APC_NCOLS;
}

/* A stored cell of section 3 or 4, drawn at random. */
static void
pick_cell(const gr_doc *d, uint64_t *rng, int *section, int *row, int *col)
{
	*section = gen_below(rng, 4) == 0 ? GR_SEC_APPEALS : GR_SEC_REQUESTS;
	do
		*row = (int) gen_below(rng, nrows(*section));
	while (*section == GR_SEC_REQUESTS && !gr_rrow_is_leaf(d->form_requests, *row));
	*col = (int) gen_below(rng, ncols(*section));
}

/* Change a cell: blank it, or another count, larger or smaller. */
static void
mutate(gr_doc *d, uint64_t *rng)
{
	int			s,
				r,
				c;
	gr_cell    *x;
	int64_t		old;

	pick_cell(d, rng, &s, &r, &c);
	x = cell_at(d, s, r, c);
	old = x->state == GR_VALUE ? x->m : 0;
	if (gen_below(rng, 8) == 0)
	{
		x->state = GR_BLANK;
		return;
	}
	x->state = GR_VALUE;
	x->scale = 0;
	do
		x->m = gen_below(rng, 2) ? old + 1 + gen_below(rng, 12) : gen_below(rng, old + 1);
	while (x->m == old);
}

typedef struct fix
{
	int			section,
				row,
				col;
	gr_cell		was;
	int64_t		value;
} fix;

/*
 * Every cell one change of which balances the document, into fixes (at
 * most 2 kept); returns their count.  The values tried for a cell are 0 and
 * the differences the balance findings report with the cell at 0: every
 * identity is linear in the cell with coefficient +1 or -1, so a value that
 * balances is one of them.
 */
static int
brute_force(gr_doc *d, const gr_mem *m, fix *fixes)
{
	int			n = 0;
	gr_findings f;

	for (int s = GR_SEC_REQUESTS; s <= GR_SEC_APPEALS; s++)
		for (int r = 0; r < nrows(s); r++)
			for (int c = 0; c < ncols(s); c++)
			{
				gr_cell    *x = cell_at(d, s, r, c);
				gr_cell		was = *x;
				int64_t		tries[64];
				int			ntries = 0;

				x->state = GR_VALUE;
				x->m = 0;
				x->scale = 0;
				tries[ntries++] = 0;
				balance_errors(d, m, &f);
				for (int i = 0; i < f.n && ntries < 64; i++)
				{
					const gr_finding *y = &f.v[i];
					int64_t		diff;

					if (!balance_rule(y->rule) || y->rule == GR_RULE_NONNEGATIVE ||
						y->expected.state != GR_VALUE || y->actual.state != GR_VALUE ||
						y->expected.scale || y->actual.scale)
						continue;
					diff = y->expected.m - y->actual.m;
					tries[ntries++] = diff < 0 ? -diff : diff;
				}
				for (int i = 0; i < ntries; i++)
				{
					bool		dup = false;

					for (int j = 0; j < i; j++)
						dup |= tries[j] == tries[i];
					/* the printed value itself is no change */
					if (dup || (was.state == GR_VALUE && was.scale == 0 && was.m == tries[i]))
						continue;
					x->m = tries[i];
					if (balance_errors(d, m, &f) == 0)
					{
						if (n < 2)
							fixes[n] = (fix) {s, r, c, was, tries[i]};
						n++;
						break;
					}
				}
				*x = was;
			}
	return n;
}

static long uniq,
			ambiguous,
			none_found,
			balanced;

/* One document: 0 on success. */
static int
one(uint64_t seed, bool verbose)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	uint64_t	rng = seed ^ UINT64_C(0x5DEECE66D);
	fix			fixes[2];
	int			nfix,
				nmut,
				bad = 0;
	gr_findings f;
	const gr_finding *sus = NULL;
	int			nsus = 0;
	gr_buf		why;

	gen_doc_random(&d, seed, seed % 3 == 0 ? GR_TRADITIONAL : GR_SIMPLIFIED, &m);
	/* mostly one changed cell; sometimes none or two */
	nmut = gen_below(&rng, 10) == 0 ? 0 : gen_below(&rng, 8) == 0 ? 2 : 1;
	for (int i = 0; i < nmut; i++)
		mutate(&d, &rng);

	memset(&f, 0, sizeof(f));
	gr_check(&d, NULL, 0, &m, &f);
	for (int i = 0; i < f.n; i++)
		if (f.v[i].rule == GR_RULE_SUSPECT_CELL)
		{
			sus = &f.v[i];
			nsus++;
		}
	if (balance_errors(&d, &m, &f) == 0)
	{
		balanced++;
		nfix = 0;
	}
	else
		nfix = brute_force(&d, &m, fixes);

	gr_buf_init(&why, &m, 256);
	if (nsus > 1)
		gr_buf_printf(&why, "  %d suspect_cell findings\n", nsus), bad++;
	if (nfix == 1)
	{
		gr_buf		path;
		gr_buf		val;

		uniq++;
		gr_buf_init(&path, &m, 64);
		gr_cell_path(&path, fixes[0].section, fixes[0].row, fixes[0].col);
		gr_buf_init(&val, &m, 64);
		if (sus == NULL)
			gr_buf_printf(&why, "  unique fix %s = %lld, but no suspect_cell\n",
						  path.data, (long long) fixes[0].value), bad++;
		else
		{
			bool		actual_ok = fixes[0].was.state == GR_VALUE ?
				(sus->actual.state == GR_VALUE && sus->actual.scale == 0 &&
				 sus->actual.m == fixes[0].was.m) :
				sus->actual.state != GR_VALUE;

			if (strcmp(sus->path, path.data) != 0 || sus->expected.state != GR_VALUE ||
				sus->expected.scale != 0 || sus->expected.m != fixes[0].value || !actual_ok)
			{
				gr_cell_format(&val, &sus->expected);
				gr_buf_printf(&why, "  unique fix %s = %lld, suspect_cell says %s = %s\n",
							  path.data, (long long) fixes[0].value, sus->path, val.data);
				bad++;
			}
		}
	}
	else
	{
		if (nfix > 1)
			ambiguous++;
		else
			none_found++;
		if (sus != NULL)
			gr_buf_printf(&why, "  %d cells could be wrong, but suspect_cell names %s\n",
						  nfix, sus->path), bad++;
	}
	if (bad && verbose)
		fprintf(stderr, "FAIL seed %llu (%d changed):\n%s", (unsigned long long) seed,
				nmut, why.data);
	gr_heap_free(h);
	return bad ? 1 : 0;
}

int
main(int argc, char **argv)
{
	long		n = 400;
	uint64_t	first = 1;
	long		fail = 0;

	if (argc >= 2)
		n = atol(argv[1]);
	if (argc >= 3)
		first = strtoull(argv[2], NULL, 10);
	for (long i = 0; i < n; i++)
		fail += one(first + (uint64_t) i, fail < 10);
	printf("suspect_cell: %ld documents: %ld with one cell to blame (named), "
		   "%ld with several (silent), %ld with none (silent; %ld of them balanced)\n",
		   n, uniq, ambiguous, none_found, balanced);
	printf("%ld passed, %ld failed\n", n - fail, fail);
	/* the test must have exercised both outcomes */
	if (n >= 100 && (uniq == 0 || ambiguous + none_found == 0))
	{
		printf("too few documents of one kind\n");
		return 1;
	}
	return fail ? 1 : 0;
}
