/*
 * libgen.h — the pieces every document generator of the tests and the
 * benchmark shares: the random stream, cell setting, the balanced tables,
 * an independent check of the balance rules, and cell comparison.
 *
 * Its users: test/gen/gen.c (the layouts' property test, the converter
 * matrix, the fuzz corpus), the core's unit tests (gen_doc: small balanced
 * documents) and bench/bodies.c (the benchmark's report texts).  Each draws
 * its own distribution of values; the structure that makes the tables
 * balance is written once, here.  Plain C99 against the core (gr.h).
 */
#ifndef GR_TEST_LIBGEN_H
#define GR_TEST_LIBGEN_H

#include "gr.h"

#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------ randomness */

/* xorshift64*: deterministic, no global state; *s must not be 0 */
uint64_t	gen_rand(uint64_t *s);

/*
 * A state from a seed and a salt (each generator has its own salt, so the
 * same seed gives unrelated streams); never 0, and stirred four times.
 */
uint64_t	gen_seed(uint64_t seed, uint64_t salt);

/* uniform in [0, n); 0 without drawing when n <= 1 */
int64_t		gen_below(uint64_t *s, int64_t n);

/*
 * uniform in [0, n), n >= 1, always one draw: the stream after it does not
 * depend on whether n was 1.
 */
int64_t		gen_int(uint64_t *s, int64_t n);

/* uniform in [lo, hi], always one draw */
int			gen_range(uint64_t *s, int lo, int hi);

/* true with probability num/den */
bool		gen_chance(uint64_t *s, int num, int den);

/* ------------------------------------------------------------ the tables */

/* a number in a cell: m × 10^-scale */
void		gen_set(gr_cell *c, int64_t m, int scale);

/* draws a count for one cell */
typedef int64_t (*gen_draw) (uint64_t *s);

/*
 * The requests table of d->form_requests, balanced by construction.  In each
 * applicant column: every disposition leaf drawn by leaf(), in form order;
 * the total their sum; carried forward uniform in [0, fwd_n); carried over
 * uniform in [0, total + carried forward]; new requests what makes
 * new + carried over = total + carried forward.  Then the total column.
 */
void		gen_requests_balanced(gr_doc *d, uint64_t *s, gen_draw leaf, int64_t fwd_n);

/*
 * The total column of the requests table: for every row the revision
 * stores, the sum of the applicant columns (null cells as 0).
 */
void		gen_requests_totals(gr_doc *d);

/* The appeals table: each cell drawn by cell(), each group's total their sum. */
void		gen_appeals_balanced(gr_doc *d, uint64_t *s, gen_draw cell);

/*
 * A small balanced document in the given revisions, every cell of both
 * tables a number (the fee a decimal with up to three places); for the
 * core's unit tests.
 */
void		gen_doc(gr_doc *d, uint64_t *s, gr_form fa, gr_form fr, int year);

/* ------------------------------------------------------------ checks */

/* a count cell's value, null as 0 (as the balance rules read it) */
int64_t		gen_v(const gr_cell *c);

/*
 * The balance rules of doc/form.md, written independently of the core's
 * checker: the requests table's disposition total, flow and total column,
 * and the appeals groups' totals.
 */
bool		gen_balanced(const gr_doc *d);

/* Same state, and when a number the same value at any scale (1.50 = 1.5). */
bool		gen_cell_equal(const gr_cell *a, const gr_cell *b);

/*
 * Looser: both numbers of the same value, or both not numbers and equally
 * absent or present (blank and unreadable alike).
 */
bool		gen_same_cell(const gr_cell *a, const gr_cell *b);

/*
 * Do two documents have the same forms and tables (gen_same_cell)?  If
 * not, the first cell that differs is written into where.
 */
bool		gen_same_tables(const gr_doc *a, const gr_doc *b, char *where, size_t wlen);

#endif
