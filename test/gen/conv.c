/*
 * conv.c — generated reports through a real converter: each document is
 * written as an HTML page, the command given turns it into text, and the
 * reader must give back every cell (gen_compare).
 *
 *   conv N FIRST 'COMMAND'        e.g. conv 50 1 'pandoc -f html -t gfm'
 *   conv -show SEED 'COMMAND'     print the converter's text for one seed
 *   conv -check SEED FILE         read FILE (a converter's text kept as a
 *                                 fixture) against the document of SEED
 *
 * The page is written to a temporary file whose name is appended to the
 * command; the command's standard output is read as the report.  Scripts
 * alternate by seed.  Prints "N passed, M failed" and the cell differences.
 */
#include "gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/*
 * What the environment says not to compare.  CONV_NO_AGENCY: the agency
 * (python3-html2text puts a space after a character written as a numeric
 * entity, 水泉江區&#20132;通 → 水泉江區 交通, so the title is not the
 * page's).  CONV_NO_REQUESTS: section 3 (pandoc's plain writer prints a
 * table with row spans as "[TABLE]"): the generated document takes the read
 * one's section 3, so its blank cells are not counted either.
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

/* Run cmd on the page in path, its output into out; false when it failed. */
static bool
run(const char *cmd, const char *path, gr_buf *out)
{
	char		line[4096];
	FILE	   *p;
	size_t		n;
	char		buf[65536];

	snprintf(line, sizeof(line), "%s '%s' 2>/dev/null", cmd, path);
	p = popen(line, "r");
	if (!p)
		return false;
	while ((n = fread(buf, 1, sizeof(buf), p)) > 0)
		gr_buf_put(out, buf, n);
	return pclose(p) == 0;
}

static int
one(uint64_t seed, const char *cmd, bool show, long *diffs)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		want,
				got;
	gr_buf		html,
				text,
				why;
	gr_script	sc = (seed % 2) ? GR_TRADITIONAL : GR_SIMPLIFIED;
	uint64_t	rng = seed ^ UINT64_C(0xA5A5A5A55A5A5A5A);
	char		path[64];
	FILE	   *f;
	int			bad;

	gen_doc_random(&want, seed, sc, &m);
	gr_buf_init(&html, &m, 32768);
	gen_render(&want, GEN_L_HTML, sc, &rng, &html);
	snprintf(path, sizeof(path), "/tmp/gr-conv-%ld.html", (long) getpid());
	f = fopen(path, "w");
	if (!f)
		return 1;
	fwrite(html.data, 1, html.len, f);
	fclose(f);
	gr_buf_init(&text, &m, 32768);
	if (!run(cmd, path, &text))
	{
		fprintf(stderr, "conv: '%s' failed\n", cmd);
		exit(2);
	}
	unlink(path);
	if (show)
	{
		fwrite(text.data, 1, text.len, stdout);
		gr_heap_free(h);
		return 0;
	}
	gr_parse(&got, text.data, text.len, &m, NULL);
	leave_out(&want, &got);
	gr_buf_init(&why, &m, 256);
	bad = gen_compare(&want, &got, &why);
	*diffs += bad;
	if (bad && getenv("CONV_VERBOSE"))
		fprintf(stderr, "FAIL seed %llu: %d differences\n%s",
				(unsigned long long) seed, bad, why.data);
	gr_heap_free(h);
	return bad ? 1 : 0;
}

/* A fixture: the text in path read back to the document of seed. */
static int
check_file(uint64_t seed, const char *path)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		want,
				got;
	gr_buf		text,
				why;
	gr_script	sc = (seed % 2) ? GR_TRADITIONAL : GR_SIMPLIFIED;
	FILE	   *f = fopen(path, "rb");
	char		buf[65536];
	size_t		n;
	int			bad;

	if (!f)
	{
		perror(path);
		return 2;
	}
	gen_doc_random(&want, seed, sc, &m);
	gr_buf_init(&text, &m, 65536);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		gr_buf_put(&text, buf, n);
	fclose(f);
	gr_parse(&got, text.data, text.len, &m, NULL);
	leave_out(&want, &got);
	gr_buf_init(&why, &m, 256);
	bad = gen_compare(&want, &got, &why);
	printf("%s: %s\n%s", path, bad ? "FAIL" : "every cell read", bad ? why.data : "");
	gr_heap_free(h);
	return bad ? 1 : 0;
}

int
main(int argc, char **argv)
{
	long		pass = 0,
				fail = 0,
				diffs = 0;

	if (argc == 4 && strcmp(argv[1], "-check") == 0)
		return check_file(strtoull(argv[2], NULL, 10), argv[3]);
	if (argc == 4 && strcmp(argv[1], "-show") == 0)
		return one(strtoull(argv[2], NULL, 10), argv[3], true, &diffs);
	if (argc != 4)
	{
		fprintf(stderr, "usage: conv N FIRST 'COMMAND' | conv -show SEED 'COMMAND' | conv -check SEED FILE\n");
		return 2;
	}
	for (long i = 0; i < atol(argv[1]); i++)
	{
		if (one(strtoull(argv[2], NULL, 10) + (uint64_t) i, argv[3], false, &diffs))
			fail++;
		else
			pass++;
	}
	printf("%ld passed, %ld failed, %ld differences\n", pass, fail, diffs);
	return fail ? 1 : 0;
}
