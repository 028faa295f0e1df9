/*
 * totals.h — a document's headline figures, for dashboards: the 总计 column
 * of each top-level row of the requests table (a disposition group summed
 * over the rows it contains), new requests by applicant, the appeals
 * totals, whether the document balances and how many suspect cells it has.
 * One small record per document instead of one row per cell.
 */
#ifndef GR_TOTALS_H
#define GR_TOTALS_H

#include "gr.h"

/* The figures, in the order of the SQL type doc_totals. */
typedef enum gr_total
{
	GR_T_NEW_RECEIVED = 0,		/* 一、本年新收, 总计 column */
	GR_T_CARRIED_OVER,			/* 二、上年结转 */
	GR_T_GRANTED,				/* the six disposition groups of 三 … */
	GR_T_PARTIAL,
	GR_T_WITHHELD,
	GR_T_UNAVAILABLE,
	GR_T_NOT_PROCESSED,
	GR_T_OTHER,
	GR_T_TOTAL,					/* （七）总计 as printed */
	GR_T_CARRIED_FORWARD,		/* 四、结转下年度继续办理 */
	GR_T_NEW_NATURAL,			/* 一、本年新收 by applicant column … */
	GR_T_NEW_COMMERCIAL,
	GR_T_NEW_RESEARCH,
	GR_T_NEW_WELFARE,
	GR_T_NEW_LEGAL_SERVICE,
	GR_T_NEW_OTHER_ORG,
	GR_T_W_STATE_SECRET,		/* the eight reasons of （三）不予公开, 总计 … */
	GR_T_W_PROHIBITED,
	GR_T_W_SECURITY,
	GR_T_W_THIRD_PARTY,
	GR_T_W_INTERNAL,
	GR_T_W_PROCESS,
	GR_T_W_ENFORCEMENT,
	GR_T_W_INQUIRY,
	GR_T_REVIEWS,				/* 行政复议, 总计 */
	GR_T_REVIEWS_CORRECTED,		/* 行政复议, 结果纠正 */
	GR_T_LAWSUITS,				/* both kinds of 行政诉讼, 总计 */
	GR_T_LAWSUITS_CORRECTED,	/* both kinds of 行政诉讼, 结果纠正 */
	GR_T_COUNT
} gr_total;

/* Column names of the SQL type, in gr_total order. */
extern const char *const gr_total_keys[GR_T_COUNT];

typedef struct gr_totals
{
	gr_cell		v[GR_T_COUNT];	/* state GR_VALUE, or GR_ABSENT: null */
	bool		balance_ok;		/* gr_balance_ok */
	int			suspect_cells;	/* suspect_cell findings of gr_check */
} gr_totals;

/*
 * The figures of one document.  A figure that sums cells skips the null
 * ones, as the balance rules count a blank as 0, and is null only when none
 * of its cells is a number, or when the sum would not fit a cell.  m is the
 * arena for gr_check, called only for a document that does not balance (a
 * suspect cell exists only then).
 */
void		gr_totals_of(const gr_doc *d, const gr_mem *m, gr_totals *out);

#endif
