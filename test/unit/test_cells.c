/*
 * test_cells.c — the document's shape (src/core/cells.c): gr_rows walks
 * exactly the rows and columns of each table in each revision, in form
 * order, with keys that the key lookups read back; the status rule.
 */
#include "gr.h"
#include "unit.h"

static void
test_active(gr_form f, int want_rows, int want_cells)
{
	gr_rows		it;
	int			rows = 0,
				cells = 0,
				has = 0,
				last = -1;
	bool		seen[GR_A_NROWS][GR_A_NCOLS] = {{false}};

	gr_rows_init(&it, GR_SEC_ACTIVE, f);
	while (gr_rows_next(&it))
	{
		rows++;
		CHECK(it.row > last);	/* form order */
		last = it.row;
		CHECK_EQ_INT(it.group, -1);
		CHECK_EQ_INT(gr_arow_of(it.key, strlen(it.key)), it.row);
		CHECK_EQ_STR(it.key, it.full_key);
		for (int c = 0; c < it.ncols; c++)
		{
			const char *k = gr_col_key(GR_SEC_ACTIVE, it.cols[c]);

			CHECK(gr_active_has(f, it.row, it.cols[c]));
			CHECK(!seen[it.row][it.cols[c]]);
			seen[it.row][it.cols[c]] = true;
			CHECK_EQ_INT(gr_col_of(GR_SEC_ACTIVE, k, strlen(k)), it.cols[c]);
			cells++;
		}
	}
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			has += gr_active_has(f, r, c);
	CHECK_EQ_INT(rows, want_rows);
	CHECK_EQ_INT(cells, want_cells);
	CHECK_EQ_INT(cells, has);	/* every cell of the revision, none twice */
}

static void
test_requests(gr_form f, int want_rows)
{
	gr_rows		it;
	int			rows = 0,
				last = -1,
				leaves = 0;

	gr_rows_init(&it, GR_SEC_REQUESTS, f);
	while (gr_rows_next(&it))
	{
		rows++;
		CHECK(it.row > last);
		last = it.row;
		CHECK(gr_rrow_is_leaf(f, it.row));
		CHECK_EQ_INT(it.ncols, GR_RC_COUNT);
		CHECK_EQ_STR(it.full_key, gr_rrow_key(it.row));
		CHECK_EQ_INT(gr_rrow_of(it.full_key, strlen(it.full_key)), it.row);
		CHECK_EQ_INT(gr_row_of(GR_SEC_REQUESTS, it.full_key, strlen(it.full_key)), it.row);
		if (it.group >= 0)
		{
			/* "withheld.state_secret": key after the group's and its dot */
			size_t		gl = strlen(it.group_key);

			CHECK_EQ_STR(it.group_key, gr_disps[it.group].key);
			CHECK(strncmp(it.full_key, it.group_key, gl) == 0 && it.full_key[gl] == '.');
			CHECK_EQ_STR(it.key, it.full_key + gl + 1);
			CHECK_EQ_INT(gr_disps[it.row - 2].parent, it.group);
		}
		else
			CHECK_EQ_STR(it.key, it.full_key);
		for (int c = 0; c < it.ncols; c++)
		{
			const char *k = gr_col_key(GR_SEC_REQUESTS, it.cols[c]);

			CHECK_EQ_INT(it.cols[c], c);
			CHECK_EQ_INT(gr_rcol_of(k, strlen(k)), c);
		}
	}
	for (int r = 0; r < GR_R_NROWS; r++)
		leaves += gr_rrow_is_leaf(f, r);
	CHECK_EQ_INT(rows, want_rows);
	CHECK_EQ_INT(rows, leaves);
}

static void
test_appeals(void)
{
	gr_rows		it;
	int			rows = 0;

	gr_rows_init(&it, GR_SEC_APPEALS, GR_FORM_NONE);
	while (gr_rows_next(&it))
	{
		CHECK_EQ_INT(it.row, rows);
		CHECK_EQ_INT(it.ncols, GR_APC_NCOLS);
		CHECK_EQ_INT(gr_aprow_of(it.key, strlen(it.key)), it.row);
		for (int c = 0; c < it.ncols; c++)
		{
			const char *k = gr_col_key(GR_SEC_APPEALS, c);

			CHECK_EQ_INT(gr_apcol_of(k, strlen(k)), c);
		}
		rows++;
	}
	CHECK_EQ_INT(rows, GR_AP_NGROUPS);
}

static void
test_keys_and_status(void)
{
	gr_doc		d;
	gr_rows		it;

	/* no revision, no rows */
	gr_rows_init(&it, GR_SEC_ACTIVE, GR_FORM_NONE);
	CHECK(!gr_rows_next(&it));
	gr_rows_init(&it, GR_SEC_REQUESTS, GR_FORM_NONE);
	CHECK(!gr_rows_next(&it));

	/* not keys: a prefix, a longer text, an embedded NUL, a leaf without its group */
	CHECK_EQ_INT(gr_arow_of("rule", 4), -1);
	CHECK_EQ_INT(gr_arow_of("rulesx", 6), -1);
	CHECK_EQ_INT(gr_arow_of("rules\0x", 7), -1);
	CHECK_EQ_INT(gr_arow_of("rules", 5), GR_A_RULES);
	CHECK_EQ_INT(gr_rrow_of("state_secret", 12), -1);
	CHECK_EQ_INT(gr_rrow_of("withheld", 8), GR_R_DISP(GR_D_WITHHELD));
	CHECK_EQ_INT(gr_row_of(7, "rules", 5), -1);
	CHECK_EQ_INT(gr_key_find(gr_status_keys, 3, "partial", 7), GR_PARTIAL);
	CHECK_EQ_STR(gr_status_key(GR_OK), "ok");
	CHECK_EQ_STR(gr_status_key(99), "not_a_report");

	memset(&d, 0, sizeof(d));
	CHECK_EQ_INT(gr_status_rule(&d), GR_NOT_A_REPORT);
	d.has_appeals = true;
	CHECK_EQ_INT(gr_status_rule(&d), GR_PARTIAL);
	d.form_active = GR_FORM_2019;
	d.form_requests = GR_FORM_2021;
	CHECK_EQ_INT(gr_status_rule(&d), GR_OK);
	CHECK(gr_section_found(&d, GR_SEC_ACTIVE) && gr_section_found(&d, GR_SEC_APPEALS));
	d.form_requests = GR_FORM_NONE;
	CHECK(!gr_section_found(&d, GR_SEC_REQUESTS));

	/* a row is present when any of its form's cells is */
	gr_rows_init(&it, GR_SEC_ACTIVE, GR_FORM_2019);
	CHECK(gr_rows_next(&it));
	CHECK(!gr_rows_present(&it, &d));
	d.active[it.row][it.cols[2]].state = GR_MISSING;
	CHECK(gr_rows_present(&it, &d));
	/* a cell outside the revision does not make the row present */
	memset(d.active, 0, sizeof(d.active));
	d.active[GR_A_RULES][GR_AC_ISSUED].state = GR_VALUE;	/* 2021 only */
	CHECK(!gr_rows_present(&it, &d));
}

int
main(void)
{
	/* 2021: (一) 2 rows x 3, (五) 1, (六) 2, (八) 1 */
	test_active(GR_FORM_2021, 6, 10);
	/* 2019: (一) 2 x 3, (五) 2 x 3, (六) 2 x 3, (八) 1 x 2, (九) 1 x 2 */
	test_active(GR_FORM_2019, 8, 22);
	/* 2 + granted, partial + 8 withheld + 3 unavailable + 5 not processed
	 * + other (3 leaves in 2021, itself in 2019) + total + carried_forward */
	test_requests(GR_FORM_2021, 25);
	test_requests(GR_FORM_2019, 23);
	test_appeals();
	test_keys_and_status();
	return unit_report("test_cells");
}
