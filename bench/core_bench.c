/*
 * core_bench — the core alone, outside PostgreSQL: MB/s of gr_parse on
 * generated reports of seed size, 10× and 100× longer, and on the
 * pathological texts; gr_check, gr_balance_ok and gr_doc_to_json per
 * document.  A one-pass FNV-1a hash over the same bytes is the yardstick.
 * Each figure is the median of several repetitions.
 *   bench/core_bench.bin [--quick] [--profile N]
 * --profile N: only parse the seed-size corpus N times (for perf/callgrind).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bodies.h"

typedef struct corpus
{
	char	  **text;
	size_t	   *len;
	int			n;
	size_t		bytes;
} corpus;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmpd(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return x < y ? -1 : x > y;
}

static double
median(double *v, int n)
{
	qsort(v, (size_t) n, sizeof(double), cmpd);
	return v[n / 2];
}

static void
add(corpus *c, const char *s, size_t n)
{
	c->text = realloc(c->text, (size_t) (c->n + 1) * sizeof(char *));
	c->len = realloc(c->len, (size_t) (c->n + 1) * sizeof(size_t));
	if (!c->text || !c->len)
		abort();
	c->text[c->n] = malloc(n + 1);
	if (!c->text[c->n])
		abort();
	memcpy(c->text[c->n], s, n);
	c->text[c->n][n] = '\0';
	c->len[c->n] = n;
	c->bytes += n;
	c->n++;
}

static corpus
reports(int n, int scale)
{
	corpus		c = {0};

	for (int i = 0; i < n; i++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_buf		b;

		gr_buf_init(&b, &m, 16384 * (size_t) scale);
		bench_report(&b, (uint64_t) i + 1, scale);
		add(&c, b.data, b.len);
		gr_heap_free(h);
	}
	return c;
}

static volatile uint64_t sink;

static double
time_hash(const corpus *c)
{
	double		t0 = now();
	uint64_t	x = 0;

	for (int i = 0; i < c->n; i++)
	{
		uint64_t	hsh = UINT64_C(1469598103934665603);

		for (size_t j = 0; j < c->len[i]; j++)
			hsh = (hsh ^ (unsigned char) c->text[i][j]) * UINT64_C(1099511628211);
		x += hsh;
	}
	sink = x;
	return now() - t0;
}

enum what
{
	PARSE, PARSE_JSON, CHECK, BALANCE
};

/* time of one pass over the corpus; CHECK and BALANCE exclude the parse */
static double
time_core(const corpus *c, enum what w)
{
	double		t = 0;
	uint64_t	x = 0;

	for (int i = 0; i < c->n; i++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d;
		double		t0 = now();

		gr_parse(&d, c->text[i], c->len[i], &m, NULL);
		if (w == PARSE || w == PARSE_JSON)
		{
			if (w == PARSE_JSON)
			{
				gr_buf		b;

				gr_buf_init(&b, &m, 8192);
				gr_doc_to_json(&d, &b);
				x += b.len;
			}
			t += now() - t0;
			x += (uint64_t) d.status;
		}
		else
		{
			double		t1 = now();

			if (w == CHECK)
			{
				gr_findings f = {0};

				gr_check(&d, NULL, 0, &m, &f);
				x += (uint64_t) f.n;
			}
			else
				x += gr_balance_ok(&d);
			t += now() - t1;
		}
		gr_heap_free(h);
	}
	sink = x;
	return t;
}

static double
med_hash(const corpus *c, int reps)
{
	double		v[16];

	for (int r = 0; r < reps; r++)
		v[r] = time_hash(c);
	return median(v, reps);
}

static double
med_core(const corpus *c, enum what w, int reps)
{
	double		v[16];

	for (int r = 0; r < reps; r++)
		v[r] = time_core(c, w);
	return median(v, reps);
}

static void
free_corpus(corpus *c)
{
	for (int i = 0; i < c->n; i++)
		free(c->text[i]);
	free(c->text);
	free(c->len);
	memset(c, 0, sizeof *c);
}

int
main(int argc, char **argv)
{
	bool		quick = false;
	int			profile = 0;
	int			n = 2000,
				reps = 5;
	corpus		c;
	double		th,
				tp,
				tj,
				tc,
				tb,
				mb;
	int			nok = 0,
				nbal = 0;

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--quick") == 0)
			quick = true;
		else if (strcmp(argv[i], "--profile") == 0 && i + 1 < argc)
			profile = atoi(argv[++i]);
	}
	if (quick)
	{
		n = 200;
		reps = 3;
	}
	c = reports(n, 1);
	if (profile > 0)
	{
		for (int r = 0; r < profile; r++)
			time_core(&c, PARSE);
		return 0;
	}
	/* the generated reports read as balanced, complete documents */
	for (int i = 0; i < c.n; i++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d;

		gr_parse(&d, c.text[i], c.len[i], &m, NULL);
		nok += d.status == GR_OK;
		nbal += gr_balance_ok(&d);
		gr_heap_free(h);
	}
	mb = c.bytes / 1e6;
	printf("core alone (no server), %d generated reports, %.1f KB average, median of %d\n",
		   c.n, c.bytes / 1024.0 / c.n, reps);
	printf("  read status ok: %d/%d, balanced: %d/%d\n", nok, c.n, nbal, c.n);
	th = med_hash(&c, reps);
	tp = med_core(&c, PARSE, reps);
	tj = med_core(&c, PARSE_JSON, reps);
	tc = med_core(&c, CHECK, reps);
	tb = med_core(&c, BALANCE, reps);
	printf("  %-26s %10s %10s %8s\n", "", "reports/s", "MB/s", "× hash");
	printf("  %-26s %10.0f %10.1f %8.2f\n", "fnv1a hash (one pass)", c.n / th, mb / th, 1.0);
	printf("  %-26s %10.0f %10.1f %8.2f\n", "gr_parse", c.n / tp, mb / tp, tp / th);
	printf("  %-26s %10.0f %10.1f %8.2f\n", "gr_parse + gr_doc_to_json", c.n / tj, mb / tj, tj / th);
	printf("  %-26s %10.0f %10s %8.2f\n", "gr_check (parsed doc)", c.n / tc, "-", tc / th);
	printf("  %-26s %10.0f %10s %8.2f\n", "gr_balance_ok (parsed doc)", c.n / tb, "-", tb / th);
	free_corpus(&c);

	/* scaling: seconds per MB of gr_parse */
	printf("scaling of gr_parse (s/MB; linear means the same figure)\n");
	{
		double		base = tp / mb;
		int			scales[] = {10, 100};

		printf("  %-26s %10.4f\n", "x1", base);
		for (int k = 0; k < 2; k++)
		{
			int			cnt = (quick ? n / 4 : n / 2) / scales[k];
			double		t,
						m2;

			if (cnt < 2)
				cnt = 2;
			c = reports(cnt, scales[k]);
			m2 = c.bytes / 1e6;
			t = med_core(&c, PARSE, reps);
			printf("  x%-25d %10.4f  (%.1f KB each; time per report %.2f× that of x1)\n",
				   scales[k], t / m2, c.bytes / 1024.0 / c.n,
				   (t / c.n) / (tp / n));
			free_corpus(&c);
		}
	}
	printf("pathological texts, 1 MB each (s/MB)\n");
	for (int k = 0; k < BENCH_PATHO_COUNT; k++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_buf		b;
		double		t;

		gr_buf_init(&b, &m, 1 << 20);
		bench_patho(&b, (bench_patho_kind) k, 1000000, (uint64_t) k + 1);
		memset(&c, 0, sizeof c);
		add(&c, b.data, b.len);
		gr_heap_free(h);
		t = med_core(&c, PARSE, reps);
		printf("  %-26s %10.4f\n", bench_patho_names[k], t / (c.bytes / 1e6));
		free_corpus(&c);
	}
	return 0;
}
