/*
 * cells.c — the shape of a document, walked in one place.
 *
 * A document's tables are rows of cells laid out by the form revision of
 * each table: section 2 by its sub-tables, section 3 by the stored rows of
 * its revision (leaves of a group written under the group's key), section
 * 4 by its three groups.  gr_rows_next gives those rows in form order with
 * their keys and columns; every writer and reader of the document's shape
 * (the JSON text, the jsonb document and its reader, parse_report's rows)
 * walks them here, so all of them agree on which rows and columns exist.
 * The key lookups (a key's text to its enum) are here too.
 */
#include "gr.h"

#include <string.h>

const char *const gr_status_keys[3] = {"not_a_report", "partial", "ok"};
const char *const gr_script_keys[2] = {"simplified", "traditional"};

const char *
gr_status_key(int status)
{
	return gr_status_keys[status >= 0 && status <= GR_OK ? status : 0];
}

gr_status
gr_status_rule(const gr_doc *d)
{
	int			found = (d->form_active != GR_FORM_NONE) +
		(d->form_requests != GR_FORM_NONE) + (d->has_appeals ? 1 : 0);

	return found == 3 ? GR_OK : found > 0 ? GR_PARTIAL : GR_NOT_A_REPORT;
}

/* ------------------------------------------------------------ rows */

void
gr_rows_init(gr_rows *it, int section, gr_form form)
{
	memset(it, 0, sizeof(*it));
	it->section = section;
	it->form = form;
	it->group = -1;
}

static void
set_cols(gr_rows *it, int n)
{
	it->ncols = n;
	for (int c = 0; c < n; c++)
		it->cols[c] = c;
}

bool
gr_rows_next(gr_rows *it)
{
	switch (it->section)
	{
		case GR_SEC_ACTIVE:
			{
				int			nsub;
				const gr_active_sub *subs = gr_active_subs(it->form, &nsub);

				while (it->a < nsub && it->b >= subs[it->a].nrows)
				{
					it->a++;
					it->b = 0;
				}
				if (it->a >= nsub)
					return false;
				it->row = subs[it->a].rows[it->b++];
				it->key = it->full_key = gr_arows[it->row].key;
				it->ncols = subs[it->a].ncols;
				for (int c = 0; c < it->ncols; c++)
					it->cols[c] = subs[it->a].cols[c];
				return true;
			}
		case GR_SEC_REQUESTS:
			if (it->form != GR_FORM_2019 && it->form != GR_FORM_2021)
				return false;
			while (it->a < GR_R_NROWS && !gr_rrow_is_leaf(it->form, it->a))
				it->a++;
			if (it->a >= GR_R_NROWS)
				return false;
			it->row = it->a++;
			it->key = it->full_key = gr_rrow_key(it->row);
			it->group = -1;
			it->group_key = NULL;
			if (it->row >= 2 && it->row < GR_R_CARRIED_FORWARD &&
				gr_disps[it->row - 2].parent >= 0)
			{
				it->group = gr_disps[it->row - 2].parent;
				it->group_key = gr_disps[it->group].key;
				it->key += strlen(it->group_key) + 1;
			}
			set_cols(it, GR_RC_COUNT);
			return true;
		case GR_SEC_APPEALS:
			if (it->a >= GR_AP_NGROUPS)
				return false;
			it->row = it->a++;
			it->key = it->full_key = gr_apgroups[it->row].key;
			set_cols(it, GR_APC_NCOLS);
			return true;
	}
	return false;
}

const gr_cell *
gr_doc_cell(const gr_doc *d, int section, int row, int col)
{
	if (section == GR_SEC_ACTIVE)
		return &d->active[row][col];
	if (section == GR_SEC_REQUESTS)
		return &d->req[row][col];
	return &d->appeals[row][col];
}

bool
gr_rows_present(const gr_rows *it, const gr_doc *d)
{
	for (int c = 0; c < it->ncols; c++)
		if (gr_doc_cell(d, it->section, it->row, it->cols[c])->state != GR_ABSENT)
			return true;
	return false;
}

bool
gr_section_found(const gr_doc *d, int section)
{
	switch (section)
	{
		case GR_SEC_ACTIVE:
			return d->form_active == GR_FORM_2019 || d->form_active == GR_FORM_2021;
		case GR_SEC_REQUESTS:
			return d->form_requests == GR_FORM_2019 || d->form_requests == GR_FORM_2021;
		case GR_SEC_APPEALS:
			return d->has_appeals;
	}
	return false;
}

gr_form
gr_section_form(const gr_doc *d, int section)
{
	return section == GR_SEC_ACTIVE ? d->form_active :
		section == GR_SEC_REQUESTS ? d->form_requests : GR_FORM_NONE;
}

const char *
gr_col_key(int section, int col)
{
	if (section == GR_SEC_ACTIVE)
		return gr_acols[col].key;
	if (section == GR_SEC_REQUESTS)
		return gr_appls[gr_rcol_appl[col]].key;
	return gr_apcols[col].key;
}

/* ------------------------------------------------------------ keys */

/* Is the key exactly the len bytes at s?  (s may hold any bytes, NUL too) */
static bool
key_eq(const char *key, const char *s, size_t len)
{
	return key != NULL && strlen(key) == len && memcmp(key, s, len) == 0;
}

int
gr_key_find(const char *const *keys, int n, const char *s, size_t len)
{
	for (int i = 0; i < n; i++)
		if (key_eq(keys[i], s, len))
			return i;
	return -1;
}

int
gr_arow_of(const char *s, size_t len)
{
	for (int i = 0; i < GR_A_NROWS; i++)
		if (key_eq(gr_arows[i].key, s, len))
			return i;
	return -1;
}

int
gr_acol_of(const char *s, size_t len)
{
	for (int i = 0; i < GR_A_NCOLS; i++)
		if (key_eq(gr_acols[i].key, s, len))
			return i;
	return -1;
}

int
gr_rrow_of(const char *s, size_t len)
{
	for (int i = 0; i < GR_R_NROWS; i++)
		if (key_eq(gr_rrow_key(i), s, len))
			return i;
	return -1;
}

int
gr_rcol_of(const char *s, size_t len)
{
	for (int i = 0; i < GR_RC_COUNT; i++)
		if (key_eq(gr_appls[gr_rcol_appl[i]].key, s, len))
			return i;
	return -1;
}

int
gr_aprow_of(const char *s, size_t len)
{
	for (int i = 0; i < GR_AP_NGROUPS; i++)
		if (key_eq(gr_apgroups[i].key, s, len))
			return i;
	return -1;
}

int
gr_apcol_of(const char *s, size_t len)
{
	for (int i = 0; i < GR_APC_NCOLS; i++)
		if (key_eq(gr_apcols[i].key, s, len))
			return i;
	return -1;
}

int
gr_row_of(int section, const char *s, size_t len)
{
	switch (section)
	{
		case GR_SEC_ACTIVE:
			return gr_arow_of(s, len);
		case GR_SEC_REQUESTS:
			return gr_rrow_of(s, len);
		case GR_SEC_APPEALS:
			return gr_aprow_of(s, len);
	}
	return -1;
}

int
gr_col_of(int section, const char *s, size_t len)
{
	switch (section)
	{
		case GR_SEC_ACTIVE:
			return gr_acol_of(s, len);
		case GR_SEC_REQUESTS:
			return gr_rcol_of(s, len);
		case GR_SEC_APPEALS:
			return gr_apcol_of(s, len);
	}
	return -1;
}
