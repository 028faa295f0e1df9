/*
 * fuzz_parse.c — libFuzzer target over the govreport core.
 *
 * Any bytes are read with gr_parse (and gr_parse_positions, which must read
 * the same tables and place every cell inside the text); the document is
 * then checked (gr_check, gr_balance_ok, gr_carryover against itself,
 * gr_diff against the positions' reading), dumped as JSON, rendered in
 * both scripts, and each rendering is read back.  Beyond the sanitizers'
 * findings (built with -fsanitize=fuzzer,address,undefined) it aborts when
 *
 *   - gr_balance_ok disagrees with gr_check (api.md: balance_ok is true exactly
 *     when no balance-rule finding of severity error exists, the tables of
 *     sections 3 and 4 being present);
 *   - a cell, diagnostic, status or enumerated field is out of its range;
 *   - the JSON text is not NUL-terminated at its length or holds a raw
 *     control byte;
 *   - the input is valid UTF-8 without NUL, but a string of the document
 *     (agency, narrative, a diagnostic's raw text) is not: the server puts
 *     them into jsonb without checking them again (gr.h);
 *   - reading a rendering back gives other tables than the document's
 *     (only with -DFUZZ_ROUNDTRIP: the round trip of api.md is a property of
 *     documents, and a fuzzed document may hold what no form holds).
 *
 * The same file builds a plain replay driver (-DFUZZ_REPLAY_MAIN) for the
 * regression inputs, without libFuzzer.
 */
#include "gr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_parse: %s\n", what);
	abort();
}

static void
check_cell(const gr_cell *c)
{
	if (c->state > GR_MISSING)
		fail("cell state out of range");
	if (c->scale > GR_MAX_SCALE)
		fail("cell scale out of range");
	if (c->state == GR_VALUE &&
		(c->m > GR_MAX_MANTISSA || c->m < -GR_MAX_MANTISSA))
		fail("cell value beyond GR_MAX_MANTISSA");
}

/* Strict UTF-8 (no overlong forms, surrogates or NUL), as PostgreSQL checks it. */
static int
utf8_ok(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;

	for (size_t i = 0; i < len;)
	{
		unsigned char c = u[i];
		size_t		n;
		unsigned	cp;

		if (c == 0)
			return 0;
		if (c < 0x80)
		{
			i++;
			continue;
		}
		n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
		if (n == 0 || c > 0xF4 || i + n > len)
			return 0;
		cp = c & (0x3F >> (n - 1));
		for (size_t k = 1; k < n; k++)
		{
			if ((u[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (u[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
			cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += n;
	}
	return 1;
}

static void
check_strings(const gr_doc *d)
{
	for (int k = 0; k < GR_N_COUNT; k++)
		if (d->narrative[k].p && !utf8_ok(d->narrative[k].p, d->narrative[k].len))
			fail("narrative is not valid UTF-8 though the input is");
	if (d->agency.p && !utf8_ok(d->agency.p, d->agency.len))
		fail("agency is not valid UTF-8 though the input is");
	for (int i = 0; i < d->ndiags; i++)
		if (!utf8_ok(d->diags[i].raw.p, d->diags[i].raw.len))
			fail("a diagnostic's raw text is not valid UTF-8 though the input is");
}

static void
check_doc(const gr_doc *d, const char *text, size_t len)
{
	if (utf8_ok(text, len))
		check_strings(d);
	if (d->status > GR_OK)
		fail("status out of range");
	if (d->script > GR_TRADITIONAL)
		fail("script out of range");
	if (d->form_active != GR_FORM_NONE && d->form_active != GR_FORM_2019 &&
		d->form_active != GR_FORM_2021)
		fail("form_active out of range");
	if (d->form_requests != GR_FORM_NONE && d->form_requests != GR_FORM_2019 &&
		d->form_requests != GR_FORM_2021)
		fail("form_requests out of range");
	if (d->pub_y != 0 && (d->pub_m < 1 || d->pub_m > 12 || d->pub_d < 1 || d->pub_d > 31))
		fail("published_on out of range");
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			check_cell(&d->active[r][c]);
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			check_cell(&d->req[r][c]);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			check_cell(&d->appeals[g][c]);
	for (int f = 0; f < GR_F_COUNT; f++)
		check_cell(&d->facts[f]);
	if (d->ndiags < 0 || d->ndiags > d->diagcap)
		fail("ndiags out of range");
	for (int i = 0; i < d->ndiags; i++)
	{
		const gr_diag *g = &d->diags[i];
		volatile char sink = 0;

		if (g->section > GR_SEC_NARRATIVE || g->problem >= GR_PROB_COUNT)
			fail("diagnostic section or problem out of range");
		/* a narrative section or a whole row only with what was inferred there */
		if (g->section == GR_SEC_NARRATIVE)
		{
			if (g->problem != GR_PROB_UNKNOWN_HEADING || g->row >= GR_N_COUNT ||
				g->col != GR_DIAG_ROW)
				fail("narrative diagnostic out of range");
		}
		else if (g->col == GR_DIAG_ROW)
		{
			if ((g->problem != GR_PROB_FUZZY_LABEL && g->problem != GR_PROB_INFERRED) ||
				(g->section == GR_SEC_ACTIVE && g->row >= GR_A_NROWS) ||
				(g->section == GR_SEC_REQUESTS && g->row >= GR_R_NROWS) ||
				(g->section == GR_SEC_APPEALS && g->row >= GR_AP_NGROUPS))
				fail("row diagnostic out of range");
		}
		else if (g->problem == GR_PROB_FUZZY_LABEL || g->problem == GR_PROB_UNKNOWN_HEADING ||
				 (g->section == GR_SEC_ACTIVE && (g->row >= GR_A_NROWS || g->col >= GR_A_NCOLS)) ||
				 (g->section == GR_SEC_REQUESTS && (g->row >= GR_R_NROWS || g->col >= GR_RC_COUNT)) ||
				 (g->section == GR_SEC_APPEALS && (g->row >= GR_AP_NGROUPS || g->col >= GR_APC_NCOLS)))
			fail("diagnostic cell out of range");
		/* touch every byte of raw: ASan reports a span reaching outside */
		for (size_t k = 0; k < g->raw.len; k++)
			sink ^= g->raw.p[k];
		(void) sink;
	}
	{
		volatile char sink = 0;

		for (int k = 0; k < GR_N_COUNT; k++)
			for (size_t j = 0; d->narrative[k].p && j < d->narrative[k].len; j++)
				sink ^= d->narrative[k].p[j];
		for (size_t j = 0; d->agency.p && j < d->agency.len; j++)
			sink ^= d->agency.p[j];
		(void) sink;
	}
}

/* Is r a rule of form.md's balance table (what report_balance_ok reads)? */
static int
balance_rule(gr_rule r)
{
	return r == GR_RULE_REQUESTS_FLOW || r == GR_RULE_REQUESTS_TOTAL ||
		r == GR_RULE_REQUESTS_APPLICANTS || r == GR_RULE_APPEALS_TOTAL ||
		r == GR_RULE_NONNEGATIVE || r == GR_RULE_MISSING_TABLE;
}

static void
check_findings(const gr_doc *d, const gr_findings *fs)
{
	int			errors = 0;

	for (int i = 0; i < fs->n; i++)
	{
		const gr_finding *f = &fs->v[i];

		if ((int) f->rule < 0 || f->rule >= GR_RULE_COUNT)
			fail("finding rule out of range");
		if (f->severity != GR_SEV_ERROR && f->severity != GR_SEV_WARNING)
			fail("finding severity out of range");
		if (f->path == NULL || f->message == NULL)
			fail("finding without path or message");
		(void) strlen(f->path);
		(void) strlen(f->message);
		check_cell(&f->expected);
		check_cell(&f->actual);
		if (f->severity == GR_SEV_ERROR && balance_rule(f->rule))
			errors++;
	}
	if (gr_balance_ok(d) != (errors == 0 && d->form_requests != GR_FORM_NONE &&
							 d->has_appeals))
		fail("gr_balance_ok disagrees with gr_check");
}

static void
check_json(const gr_buf *b)
{
	if (b->data[b->len] != '\0' || strlen(b->data) != b->len)
		fail("JSON text has a NUL inside or is not terminated");
	for (size_t i = 0; i < b->len; i++)
		if ((unsigned char) b->data[i] < 0x20)
			fail("raw control byte in JSON text");
	if (b->len == 0 || b->data[0] != '{' || b->data[b->len - 1] != '}')
		fail("JSON text is not an object");
}

#ifdef FUZZ_ROUNDTRIP
static void
same_tables(const gr_doc *a, const gr_doc *b)
{
	if (a->form_requests != b->form_requests)
		fail("round trip: requests form differs");
	if (a->form_requests != GR_FORM_NONE)
		for (int r = 0; r < GR_R_NROWS; r++)
			for (int c = 0; c < GR_RC_COUNT; c++)
			{
				const gr_cell *x = &a->req[r][c],
						   *y = &b->req[r][c];

				if (gr_cell_isnum(*x) != gr_cell_isnum(*y) ||
					(gr_cell_isnum(*x) && (x->m != y->m || x->scale != y->scale)))
					fail("round trip: a requests cell differs");
			}
	if (a->has_appeals != b->has_appeals)
		fail("round trip: appeals presence differs");
}
#endif

/* gr_diff's callback where the two documents have the same tables. */
static void
diff_none(void *arg, int section, int row, int col, const gr_cell *a, const gr_cell *b)
{
	(void) arg;
	(void) section;
	(void) row;
	(void) col;
	(void) a;
	(void) b;
	fail("gr_diff found a difference between documents with the same tables");
}

/*
 * gr_parse_positions reads the same tables as gr_parse, and every span lies
 * in the text and, for a number, reads as the cell's value there.
 */
static void
check_positions(const gr_doc *d, const char *text, size_t size, const gr_mem *m)
{
	gr_doc		p;
	gr_positions *pos = gr_alloc(m, sizeof(gr_positions));
	const gr_span *sp = (const gr_span *) pos;
	const gr_cell *cells[3] = {&p.active[0][0], &p.req[0][0], &p.appeals[0][0]};
	const int	ncells[3] = {GR_A_NROWS * GR_A_NCOLS, GR_R_NROWS * GR_RC_COUNT,
	GR_AP_NGROUPS * GR_APC_NCOLS};

	gr_parse_positions(&p, pos, text, size, m, NULL);
	if (memcmp(p.active, d->active, sizeof(p.active)) != 0 ||
		memcmp(p.req, d->req, sizeof(p.req)) != 0 ||
		memcmp(p.appeals, d->appeals, sizeof(p.appeals)) != 0)
		fail("gr_parse_positions read other tables than gr_parse");
	for (int t = 0; t < 3; t++)
		for (int i = 0; i < ncells[t]; i++, sp++)
		{
			const gr_cell *c = &cells[t][i];
			gr_cell		x;

			if (sp->off < 0)
				continue;
			if (sp->len < 0 || (uint64_t) sp->off > size || (uint64_t) sp->len > size - (uint64_t) sp->off)
				fail("a cell's span lies outside the text");
			if (c->state == GR_VALUE &&
				gr_read_number(text + sp->off, (size_t) sp->len, true, &x) != GR_VALUE)
				fail("a number's span does not read as a number");
		}
	gr_diff(d, &p, diff_none, NULL);
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	gr_findings fs;
	gr_buf		json;
	const char *malformed[1] = {"requests.granted: not a number"};

	/* an exact-size copy so that ASan sees any read past the end */
	char	   *text = malloc(size ? size : 1);

	if (text == NULL)
		abort();
	if (size)
		memcpy(text, data, size);

	gr_parse(&d, text, size, &m, NULL);
	check_doc(&d, text, size);
	check_positions(&d, text, size, &m);

	memset(&fs, 0, sizeof(fs));
	gr_check(&d, NULL, 0, &m, &fs);
	check_findings(&d, &fs);
	memset(&fs, 0, sizeof(fs));
	gr_check(&d, malformed, 1, &m, &fs);
	memset(&fs, 0, sizeof(fs));
	(void) gr_carryover(&d, &d, &m, &fs);
	(void) gr_carryover(&d, &d, NULL, NULL);

	gr_buf_init(&json, &m, 256);
	gr_doc_to_json(&d, &json);
	check_json(&json);

	for (int s = GR_SIMPLIFIED; s <= GR_TRADITIONAL; s++)
	{
		gr_buf		r;
		gr_doc		back;

		gr_buf_init(&r, &m, 1024);
		gr_render(&d, &r, (gr_script) s);
		gr_parse(&back, r.data, r.len, &m, NULL);
		check_doc(&back, r.data, r.len);
#ifdef FUZZ_ROUNDTRIP
		same_tables(&d, &back);
#endif
	}

	{
		gr_doc		acc = d;

		(void) gr_doc_add(&acc, &d);
	}

	free(text);
	gr_heap_free(h);
	return 0;
}

#ifdef FUZZ_REPLAY_MAIN
/* Replay files named on the command line (no libFuzzer needed). */
int
main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
	{
		FILE	   *f = fopen(argv[i], "rb");
		char	   *buf = NULL;
		size_t		n = 0,
					cap = 0;

		if (f == NULL)
		{
			perror(argv[i]);
			return 2;
		}
		for (;;)
		{
			size_t		got;

			if (n == cap)
			{
				cap = cap ? cap * 2 : 65536;
				buf = realloc(buf, cap);
				if (buf == NULL)
					abort();
			}
			got = fread(buf + n, 1, cap - n, f);
			if (got == 0)
				break;
			n += got;
		}
		fclose(f);
		LLVMFuzzerTestOneInput((const uint8_t *) buf, n);
		free(buf);
		printf("ok %s (%zu bytes)\n", argv[i], n);
	}
	return 0;
}
#endif
