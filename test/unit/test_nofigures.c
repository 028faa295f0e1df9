/*
 * test_nofigures.c — a requests or appeals table without a single figure:
 * gr_balance_ok is false and gr_check gives a missing_table error for it,
 * whatever the reason (every cell blank, unreadable or missing).  One
 * figure anywhere in the table makes it checkable again.
 */
#include "gr.h"
#include "unit.h"

static gr_heap *heap;
static gr_mem mem;

/* Both tables present (2021 form), every cell in state st. */
static void
empty_tables(gr_doc *d, gr_state st)
{
	memset(d, 0, sizeof(*d));
	d->status = GR_OK;
	d->year = 2023;
	d->form_active = GR_FORM_2021;
	d->form_requests = GR_FORM_2021;
	d->has_appeals = true;
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			d->req[r][c].state = (uint8_t) st;
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			d->appeals[g][c].state = (uint8_t) st;
}

/* The missing_table error findings of d, by path: 1 requests, 2 appeals. */
static int
missing_tables(const gr_doc *d)
{
	gr_findings fs;
	int			mask = 0;

	memset(&fs, 0, sizeof(fs));
	gr_check(d, NULL, 0, &mem, &fs);
	for (int i = 0; i < fs.n; i++)
		if (fs.v[i].rule == GR_RULE_MISSING_TABLE && fs.v[i].severity == GR_SEV_ERROR)
		{
			if (strcmp(fs.v[i].path, "requests") == 0)
				mask |= 1;
			else if (strcmp(fs.v[i].path, "appeals") == 0)
				mask |= 2;
			CHECK(fs.v[i].message != NULL && strstr(fs.v[i].message, "没有一个数字") != NULL);
		}
	return mask;
}

int
main(void)
{
	static const gr_state states[] = {GR_ABSENT, GR_BLANK, GR_UNREADABLE, GR_MISSING};
	gr_doc		d;

	heap = gr_heap_new();
	mem = gr_heap_mem(heap);

	for (size_t i = 0; i < sizeof(states) / sizeof(states[0]); i++)
	{
		/* neither table has a figure */
		empty_tables(&d, states[i]);
		CHECK(!gr_balance_ok(&d));
		CHECK_EQ_INT(missing_tables(&d), 3);

		/* a single zero in table 3: only table 4 is missing */
		empty_tables(&d, states[i]);
		d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL] = (gr_cell) {0, 0, GR_VALUE};
		CHECK(!gr_balance_ok(&d));
		CHECK_EQ_INT(missing_tables(&d), 2);

		/* and one in table 4 too: nothing is missing (the zeros balance) */
		d.appeals[GR_AP_REVIEW][GR_APC_TOTAL] = (gr_cell) {0, 0, GR_VALUE};
		CHECK_EQ_INT(missing_tables(&d), 0);
	}

	/* a document read from text with both tables' labels but no figures */
	{
		const char *text =
			"某局2023年政府信息公开工作年度报告\n"
			"三、收到和处理政府信息公开申请情况\n"
			"\t一、本年新收政府信息公开申请数量\n\t\n\n"
			"四、政府信息公开行政复议、行政诉讼情况\n"
			"\t行政复议\n\n";

		gr_parse(&d, text, strlen(text), &mem, NULL);
		CHECK(!gr_balance_ok(&d));
	}

	gr_heap_free(heap);
	return unit_report("test_nofigures");
}
