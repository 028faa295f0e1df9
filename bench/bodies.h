/*
 * bodies.h — report texts for the benchmark, generated from a seed.
 *
 * bench_report renders a random, balanced document (2021 form mostly, the
 * 2019 form now and then) in the tab layout of the seeds through the core's
 * gr_render, with a narrative padded to a realistic size and, for longer
 * reports, page debris between its paragraphs.  bench_patho writes the
 * pathological texts of the scaling run.  Plain C99, links with src/core.
 */
#ifndef BENCH_BODIES_H
#define BENCH_BODIES_H

#include "gr.h"
#include "libgen.h"

/*
 * One report.  scale 1 gives 7-13 KB like the seeds; scale k gives a
 * narrative about k times longer with more debris (page numbers, running
 * headers, addresses), the tables unchanged.  out is appended to.
 */
void		bench_report(gr_buf *out, uint64_t seed, int scale);

/* Pathological texts, about `bytes` long. */
typedef enum bench_patho_kind
{
	BENCH_DIGITS = 0,			/* a run of digits, no line break */
	BENCH_TABS,					/* a run of tabs */
	BENCH_LABELS,				/* the requests heading, then row labels repeated */
	BENCH_HTML,					/* deeply nested HTML tables and divs */
	BENCH_LONGLINE,				/* one line of Chinese narrative, no break */
	BENCH_WRAPPED,				/* pdftotext -layout: a full row, then rows
								 * each between two lines of a wrapped figure */
	BENCH_PATHO_COUNT
} bench_patho_kind;

extern const char *const bench_patho_names[BENCH_PATHO_COUNT];

void		bench_patho(gr_buf *out, bench_patho_kind kind, size_t bytes, uint64_t seed);

#endif
