/*
 * main.c — the govreport command: read, check, text and load.
 *
 *   govreport read FILE…     each file's document, one line of JSON
 *   govreport check FILE…    the findings in the form's words
 *   govreport text FILE…     the text the reader is given (after PDF/DOCX/encodings)
 *   govreport load …         files into a PostgreSQL table (load.c)
 *   govreport review …       one HTML page reviewing a batch (review.c)
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef GR_VERSION
#define GR_VERSION "unknown"
#endif

const char *cli_progname = "govreport";

static const char usage[] =
"Usage: govreport COMMAND [OPTION]... FILE...\n"
"Read and check Chinese government information-disclosure annual reports\n"
"(政府信息公开工作年度报告) in PDF, Word (.docx), HTML or text files.\n"
"\n"
"Commands:\n"
"  read FILE...      print each file's document as one line of JSON, in input\n"
"                    order: the document report_to_jsonb gives for its text\n"
"  check [--json] FILE...\n"
"                    print each file's findings in the form's words (colour on\n"
"                    a terminal); --json: one line of JSON per file\n"
"  text FILE...      print the text the reader is given for each file, as is\n"
"                    (UTF-8; the tab layout rebuilt from a PDF or DOCX)\n"
"  load [--dbname CONNINFO] [--table NAME] [-j N] [--quiet] FILE|DIR...\n"
"                    put the files (directories: every file below) into a\n"
"                    PostgreSQL table through COPY; see govreport(1)\n"
"  review [-o FILE] FILE|DIR...\n"
"  review [-o FILE] --dbname CONNINFO (--table NAME | --query SQL)\n"
"                    one self-contained HTML page for a batch: a summary,\n"
"                    each body's findings, its tables with the suspect cell\n"
"                    marked, and charts (inline SVG, no network needed)\n"
"\n"
"FILE may be - for standard input.  Text and HTML may be UTF-8 (with or without\n"
"a byte order mark), UTF-16 with a byte order mark, or GB18030/GBK/GB2312.\n"
"\n"
"Options:\n"
"  -h, --help        this help\n"
"  -V, --version     the version, which is the extension version it matches\n"
"\n"
"Exit status: 0 all read (check: and no error finding), 1 check found an error,\n"
"2 a file could not be read (its error is printed and the others are still read),\n"
"3 bad usage.\n";

static int
bad_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", cli_progname);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry 'govreport --help'.\n");
	return 3;
}

static void
file_error(const char *path, const char *err)
{
	fprintf(stderr, "%s: %s: %s\n", cli_progname, path, err);
}

/* ------------------------------------------------------------ read, text */

static int
cmd_read(int argc, char **argv, bool text_only)
{
	int			rc = 0,
				nfiles = 0;
	bool		opts = true;

	for (int i = 0; i < argc; i++)
	{
		cli_text	t;

		if (opts && strcmp(argv[i], "--") == 0)
		{
			opts = false;
			continue;
		}
		if (opts && argv[i][0] == '-' && argv[i][1] != '\0')
			return bad_usage("unknown option %s", argv[i]);
		nfiles++;
		cli_read_file(argv[i], &t);
		if (t.text == NULL)
		{
			fflush(stdout);
			file_error(argv[i], t.err);
			rc = 2;
			continue;
		}
		if (text_only)
		{
			fwrite(t.text, 1, t.len, stdout);
		}
		else
		{
			gr_heap    *h = gr_heap_new();
			gr_mem		m = gr_heap_mem(h);
			gr_doc		d;
			gr_buf		out;

			gr_parse(&d, t.text, t.len, &m, NULL);
			gr_buf_init(&out, &m, 16384);
			gr_doc_to_json(&d, &out);
			gr_buf_putc(&out, '\n');
			fwrite(out.data, 1, out.len, stdout);
			gr_heap_free(h);
		}
		free(t.text);
	}
	if (nfiles == 0)
		return bad_usage("%s", "no file given");
	if (fflush(stdout) != 0)
		return 2;
	return rc;
}

/* ------------------------------------------------------------ check */

static void
json_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++)
	{
		unsigned char c = (unsigned char) *s;

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

/* Whether path names the cell (section, row, col). */
static bool
names_cell(const char *path, gr_buf *tmp, int section, int row, int col)
{
	tmp->len = 0;
	gr_cell_path(tmp, section, row, col);
	return strlen(path) == tmp->len && memcmp(path, tmp->data, tmp->len) == 0;
}

/* The span of the cell a finding names, or NULL (not read from this text). */
static const gr_span *
span_of(const gr_positions *pos, const char *path, gr_buf *tmp)
{
	const gr_span *sp = NULL;

	for (int r = 0; r < GR_A_NROWS && !sp; r++)
		for (int c = 0; c < GR_A_NCOLS && !sp; c++)
			if (names_cell(path, tmp, GR_SEC_ACTIVE, r, c))
				sp = &pos->active[r][c];
	for (int r = 0; r < GR_R_NROWS && !sp; r++)
		for (int c = 0; c < GR_RC_COUNT && !sp; c++)
			if (names_cell(path, tmp, GR_SEC_REQUESTS, r, c))
				sp = &pos->req[r][c];
	for (int g = 0; g < GR_AP_NGROUPS && !sp; g++)
		for (int c = 0; c < GR_APC_NCOLS && !sp; c++)
			if (names_cell(path, tmp, GR_SEC_APPEALS, g, c))
				sp = &pos->appeals[g][c];
	return sp && sp->off >= 0 ? sp : NULL;
}

/* Terminal columns of a UTF-8 run: East Asian characters take two. */
static int
columns(const char *s, size_t n)
{
	int			w = 0;

	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if ((c & 0xC0) == 0x80)
			continue;
		w += c >= 0xE1 && c <= 0xEF ? 2 : 1;
	}
	return w;
}

/*
 * The line of the text a cell was printed on, with a caret under the cell:
 * "    123 | line" then the caret; tabs shown as single spaces.
 */
static void
show_caret(const char *text, size_t len, const gr_span *sp, const char *mark, const char *off)
{
	size_t		a = (size_t) sp->off,
				b = a + (size_t) sp->len,
				ls = a,
				le = b;
	long		line = 1;

	if (b > len)
		return;
	while (ls > 0 && text[ls - 1] != '\n')
		ls--;
	while (le < len && text[le] != '\n' && text[le] != '\r')
		le++;
	for (size_t k = 0; k < ls; k++)
		line += text[k] == '\n';
	/* a long line shown from a little before the cell */
	if (a - ls > 120)
	{
		ls = a - 60;
		while (ls < a && ((unsigned char) text[ls] & 0xC0) == 0x80)
			ls++;
	}
	if (le - b > 120)
	{
		le = b + 60;
		while (le > b && ((unsigned char) text[le] & 0xC0) == 0x80)
			le--;
	}
	printf("          %6ld | ", line);
	for (size_t k = ls; k < le; k++)
		putchar(text[k] == '\t' ? ' ' : text[k]);
	printf("\n          %6s | %*s%s", "", columns(text + ls, a - ls), "", mark);
	for (int k = columns(text + a, b - a); k > 0; k--)
		putchar('^');
	printf("%s\n", off);
}

static void
print_cell(FILE *f, const gr_cell *c, gr_buf *tmp)
{
	tmp->len = 0;
	gr_cell_format(tmp, c);
	fwrite(tmp->data, 1, tmp->len, f);
}

static int
cmd_check(int argc, char **argv)
{
	bool		json = false,
				opts = true,
				colour = isatty(STDOUT_FILENO) && getenv("NO_COLOR") == NULL;
	int			rc = 0,
				nfiles = 0;
	const char *red = colour ? "\033[31m" : "",
			   *yellow = colour ? "\033[33m" : "",
			   *green = colour ? "\033[32m" : "",
			   *bold = colour ? "\033[1m" : "",
			   *dim = colour ? "\033[2m" : "",
			   *off = colour ? "\033[0m" : "";

	for (int i = 0; i < argc; i++)
	{
		cli_text	t;
		gr_heap    *h;
		gr_mem		m;
		gr_doc		d;
		gr_findings fs;
		gr_positions *pos;
		gr_buf		tmp;
		int			nerr = 0,
					nwarn = 0;
		static const char *const st[] = {"not a report", "partial", "ok"};

		if (opts && strcmp(argv[i], "--") == 0)
		{
			opts = false;
			continue;
		}
		if (opts && strcmp(argv[i], "--json") == 0)
		{
			json = true;
			continue;
		}
		if (opts && argv[i][0] == '-' && argv[i][1] != '\0')
			return bad_usage("unknown option %s", argv[i]);
		nfiles++;
		cli_read_file(argv[i], &t);
		if (t.text == NULL)
		{
			fflush(stdout);
			file_error(argv[i], t.err);
			if (json)
			{
				printf("{\"file\": ");
				json_string(stdout, argv[i]);
				printf(", \"error\": ");
				json_string(stdout, t.err);
				printf("}\n");
			}
			else
				printf("%s%s%s\n  %sunreadable%s: %s\n\n", bold, argv[i], off, red, off, t.err);
			rc = 2;
			continue;
		}
		h = gr_heap_new();
		m = gr_heap_mem(h);
		pos = gr_alloc(&m, sizeof(*pos));
		gr_parse_positions(&d, pos, t.text, t.len, &m, NULL);
		memset(&fs, 0, sizeof(fs));
		gr_check(&d, NULL, 0, &m, &fs);
		gr_buf_init(&tmp, &m, 64);
		for (int k = 0; k < fs.n; k++)
			*(fs.v[k].severity == GR_SEV_ERROR ? &nerr : &nwarn) += 1;
		if (json)
		{
			printf("{\"file\": ");
			json_string(stdout, argv[i]);
			printf(", \"status\": \"%s\", \"balanced\": %s, \"errors\": %d, \"warnings\": %d, \"findings\": [",
				   gr_status_key(d.status),
				   gr_balance_ok(&d) ? "true" : "false", nerr, nwarn);
			for (int k = 0; k < fs.n; k++)
			{
				const gr_finding *g = &fs.v[k];

				printf("%s{\"rule\": \"%s\", \"severity\": \"%s\", \"path\": ", k ? ", " : "",
					   gr_rule_keys[g->rule], gr_severity_keys[g->severity]);
				json_string(stdout, g->path ? g->path : "");
				printf(", \"expected\": ");
				print_cell(stdout, &g->expected, &tmp);
				printf(", \"actual\": ");
				print_cell(stdout, &g->actual, &tmp);
				printf(", \"message\": ");
				json_string(stdout, g->message ? g->message : "");
				printf("}");
			}
			printf("]}\n");
		}
		else
		{
			printf("%s%s%s", bold, argv[i], off);
			if (d.agency.p)
				printf("  %.*s", (int) d.agency.len, d.agency.p);
			if (d.year)
				printf("  %d年度", d.year);
			printf("  %s[%s]%s\n", dim, st[d.status <= GR_OK ? d.status : 0], off);
			for (int k = 0; k < fs.n; k++)
			{
				const gr_finding *g = &fs.v[k];
				bool		e = g->severity == GR_SEV_ERROR;

				printf("  %s%-7s%s %s", e ? red : yellow, e ? "错误" : "提示", off,
					   g->message ? g->message : "");
				printf("  %s(%s %s", dim, gr_rule_keys[g->rule], g->path ? g->path : "");
				if (g->expected.state == GR_VALUE || g->actual.state == GR_VALUE)
				{
					printf(", expected ");
					print_cell(stdout, &g->expected, &tmp);
					printf(", actual ");
					print_cell(stdout, &g->actual, &tmp);
				}
				printf(")%s\n", off);
				if (g->rule == GR_RULE_SUSPECT_CELL && g->path)
				{
					const gr_span *sp = span_of(pos, g->path, &tmp);

					if (sp)
						show_caret(t.text, t.len, sp, e ? red : yellow, off);
				}
			}
			if (fs.n == 0)
				printf("  %s没有发现问题%s (no findings)\n", green, off);
			else
				printf("  %d error%s, %d warning%s\n", nerr, nerr == 1 ? "" : "s",
					   nwarn, nwarn == 1 ? "" : "s");
			printf("\n");
		}
		if (nerr > 0 && rc == 0)
			rc = 1;
		gr_heap_free(h);
		free(t.text);
	}
	if (nfiles == 0)
		return bad_usage("%s", "no file given");
	if (fflush(stdout) != 0)
		return 2;
	return rc;
}

int
main(int argc, char **argv)
{
	const char *cmd;

	if (argc < 2)
	{
		fputs(usage, stderr);
		return 3;
	}
	cmd = argv[1];
	if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0)
	{
		fputs(usage, stdout);
		return 0;
	}
	if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0)
	{
		printf("govreport %s (reads documents as the govreport extension %s does)\n",
			   GR_VERSION, GR_VERSION);
		return 0;
	}
	for (int i = 2; i < argc; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
		{
			fputs(usage, stdout);
			return 0;
		}
		else if (strcmp(argv[i], "--") == 0)
			break;
	if (strcmp(cmd, "read") == 0)
		return cmd_read(argc - 2, argv + 2, false);
	if (strcmp(cmd, "text") == 0)
		return cmd_read(argc - 2, argv + 2, true);
	if (strcmp(cmd, "check") == 0)
		return cmd_check(argc - 2, argv + 2);
	if (strcmp(cmd, "load") == 0)
		return cli_load(argc - 2, argv + 2);
	if (strcmp(cmd, "review") == 0)
		return cli_review(argc - 2, argv + 2);
	return bad_usage("unknown command '%s' (read, check, text, load or review)", cmd);
}
