/*
 * fuzz_cli.c — libFuzzer target over the govreport command's readers
 * (cli/input.c, docx.c, pdf.c): any bytes are sniffed, decoded or read as
 * DOCX or PDF, and the text given to the core; the result must be an error
 * message or UTF-8 text without NUL that the core reads.  Built by
 * `make -C test/fuzz cli` (needs the command's libraries).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char *cli_progname = "fuzz_cli";

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cli_text	t;

	cli_read_bytes("fuzz", (const char *) data, size, &t);
	if (t.text == NULL)
	{
		if (t.err[0] == '\0')
			abort();			/* a failure must say why */
		return 0;
	}
	if (memchr(t.text, '\0', t.len) != NULL || !cli_utf8_valid(t.text, t.len))
		abort();				/* the core is promised UTF-8 without NUL */
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d;
		gr_buf		out;

		gr_parse(&d, t.text, t.len, &m, NULL);
		gr_buf_init(&out, &m, 1024);
		gr_doc_to_json(&d, &out);
		gr_heap_free(h);
	}
	free(t.text);
	return 0;
}
