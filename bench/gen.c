/*
 * gen — benchmark report texts, as rows for COPY (text format):
 *   gen reports N SCALE [SEED]   N reports, columns id, kind ("xSCALE"), body
 *   gen patho BYTES              one row per pathological kind of about BYTES
 *   gen raw SEED SCALE           one report as plain text (to look at)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bodies.h"

/* a field in COPY text format */
static void
put_copy(FILE *f, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		char		c = s[i];

		switch (c)
		{
			case '\\':
				fputs("\\\\", f);
				break;
			case '\t':
				fputs("\\t", f);
				break;
			case '\n':
				fputs("\\n", f);
				break;
			case '\r':
				fputs("\\r", f);
				break;
			default:
				fputc(c, f);
		}
	}
}

int
main(int argc, char **argv)
{
	gr_heap    *h;
	gr_mem		m;

	if (argc >= 4 && strcmp(argv[1], "reports") == 0)
	{
		long		n = atol(argv[2]);
		int			scale = atoi(argv[3]);
		unsigned long seed = argc > 4 ? strtoul(argv[4], NULL, 10) : 1;

		for (long i = 0; i < n; i++)
		{
			gr_buf		b;

			h = gr_heap_new();
			m = gr_heap_mem(h);
			gr_buf_init(&b, &m, 16384 * (size_t) scale);
			bench_report(&b, seed + (uint64_t) i, scale);
			printf("%ld\tx%d\t", i + 1, scale);
			put_copy(stdout, b.data, b.len);
			putchar('\n');
			gr_heap_free(h);
		}
		return 0;
	}
	if (argc >= 3 && strcmp(argv[1], "patho") == 0)
	{
		size_t		bytes = strtoul(argv[2], NULL, 10);

		for (int k = 0; k < BENCH_PATHO_COUNT; k++)
		{
			gr_buf		b;

			h = gr_heap_new();
			m = gr_heap_mem(h);
			gr_buf_init(&b, &m, bytes + 1024);
			bench_patho(&b, (bench_patho_kind) k, bytes, (uint64_t) k + 1);
			printf("%d\t%s\t", k + 1, bench_patho_names[k]);
			put_copy(stdout, b.data, b.len);
			putchar('\n');
			gr_heap_free(h);
		}
		return 0;
	}
	if (argc >= 4 && strcmp(argv[1], "raw") == 0)
	{
		gr_buf		b;

		h = gr_heap_new();
		m = gr_heap_mem(h);
		gr_buf_init(&b, &m, 16384);
		bench_report(&b, strtoul(argv[2], NULL, 10), atoi(argv[3]));
		fwrite(b.data, 1, b.len, stdout);
		gr_heap_free(h);
		return 0;
	}
	fprintf(stderr, "usage: gen reports N SCALE [SEED] | gen patho BYTES | gen raw SEED SCALE\n");
	return 2;
}
