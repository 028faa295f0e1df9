/*
 * grdump — read report files with the core and print each document as JSON.
 * A server-free way to see what the extension will return:
 *   make -C tools && tools/grdump report.txt
 */
#include <stdio.h>
#include <stdlib.h>

#include "gr.h"

int
main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
	{
		FILE	   *f = fopen(argv[i], "rb");
		char	   *buf;
		long		n;
		gr_heap    *h;
		gr_mem		m;
		gr_doc		d;
		gr_buf		out;

		if (!f)
		{
			perror(argv[i]);
			return 1;
		}
		fseek(f, 0, SEEK_END);
		n = ftell(f);
		fseek(f, 0, SEEK_SET);
		buf = malloc((size_t) n + 1);
		if (fread(buf, 1, (size_t) n, f) != (size_t) n)
		{
			perror(argv[i]);
			return 1;
		}
		fclose(f);
		h = gr_heap_new();
		m = gr_heap_mem(h);
		gr_parse(&d, buf, (size_t) n, &m, NULL);
		gr_buf_init(&out, &m, 4096);
		gr_doc_to_json(&d, &out);
		fwrite(out.data, 1, out.len, stdout);
		fputc('\n', stdout);
		gr_heap_free(h);
		free(buf);
	}
	return 0;
}
