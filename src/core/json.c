/*
 * json.c — the document as JSON text, for server-free tools (the dump
 * command, unit tests, the fuzzer, benchmarks).  The server builds jsonb
 * directly (src/pg/doc_jsonb.c); both follow api.md's document shape.
 */
#include "gr.h"

#include <string.h>

static void
json_str(gr_buf *b, const char *s, size_t len)
{
	gr_buf_putc(b, '"');
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		k = i;

		/* a run that needs no escape, in one copy */
		while (k < len && (unsigned char) s[k] >= 0x20 && s[k] != '"' && s[k] != '\\')
			k++;
		if (k > i)
		{
			gr_buf_put(b, s + i, k - i);
			i = k - 1;
			continue;
		}
		if (c == '"' || c == '\\')
		{
			gr_buf_putc(b, '\\');
			gr_buf_putc(b, (char) c);
		}
		else if (c == '\n')
			gr_buf_puts(b, "\\n");
		else if (c == '\t')
			gr_buf_puts(b, "\\t");
		else if (c == '\r')
			gr_buf_puts(b, "\\r");
		else if (c < 0x20)
			gr_buf_printf(b, "\\u%04x", c);
		else
			gr_buf_putc(b, (char) c);
	}
	gr_buf_putc(b, '"');
}

void
gr_cell_format(gr_buf *b, const gr_cell *c)
{
	if (c->state != GR_VALUE)
	{
		gr_buf_puts(b, "null");
		return;
	}
	gr_buf_decimal(b, c->m, c->scale);
}

static void
key(gr_buf *b, const char *k, bool *first)
{
	if (!*first)
		gr_buf_putc(b, ',');
	*first = false;
	json_str(b, k, strlen(k));
	gr_buf_putc(b, ':');
}

static void
req_row(gr_buf *b, const gr_doc *d, int row)
{
	bool		f = true;

	gr_buf_putc(b, '{');
	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		key(b, gr_appls[gr_rcol_appl[c]].key, &f);
		gr_cell_format(b, &d->req[row][c]);
	}
	gr_buf_putc(b, '}');
}

void
gr_doc_to_json(const gr_doc *d, gr_buf *b)
{
	static const char *const st[] = {"not_a_report", "partial", "ok"};
	bool		f = true;
	gr_buf		path;

	gr_buf_putc(b, '{');
	key(b, "schema", &f);
	gr_buf_puts(b, "1");
	key(b, "status", &f);
	json_str(b, st[d->status], strlen(st[d->status]));
	key(b, "agency", &f);
	if (d->agency.p)
		json_str(b, d->agency.p, d->agency.len);
	else
		gr_buf_puts(b, "null");
	key(b, "year", &f);
	if (d->year)
		gr_buf_printf(b, "%d", d->year);
	else
		gr_buf_puts(b, "null");
	key(b, "published_on", &f);
	if (d->pub_y)
		gr_buf_printf(b, "\"%04d-%02d-%02d\"", d->pub_y, d->pub_m, d->pub_d);
	else
		gr_buf_puts(b, "null");
	key(b, "script", &f);
	gr_buf_puts(b, d->script == GR_TRADITIONAL ? "\"traditional\"" : "\"simplified\"");
	key(b, "forms", &f);
	gr_buf_printf(b, "{\"active\":%s,\"requests\":%s}",
				  d->form_active == GR_FORM_2021 ? "\"2021\"" : d->form_active == GR_FORM_2019 ? "\"2019\"" : "null",
				  d->form_requests == GR_FORM_2021 ? "\"2021\"" : d->form_requests == GR_FORM_2019 ? "\"2019\"" : "null");

	key(b, "active", &f);
	{
		bool		f1 = true;

		gr_buf_putc(b, '{');
		for (int r = 0; r < GR_A_NROWS; r++)
		{
			bool		any = false;

			for (int c = 0; c < GR_A_NCOLS; c++)
				if (d->active[r][c].state != GR_ABSENT)
					any = true;
			if (!any)
				continue;
			key(b, gr_arows[r].key, &f1);
			{
				bool		f2 = true;

				gr_buf_putc(b, '{');
				for (int c = 0; c < GR_A_NCOLS; c++)
					if (d->active[r][c].state != GR_ABSENT)
					{
						key(b, gr_acols[c].key, &f2);
						gr_cell_format(b, &d->active[r][c]);
					}
				gr_buf_putc(b, '}');
			}
		}
		gr_buf_putc(b, '}');
	}

	key(b, "requests", &f);
	if (d->form_requests == GR_FORM_NONE)
		gr_buf_puts(b, "null");
	else
	{
		bool		f1 = true;

		gr_buf_putc(b, '{');
		key(b, "new_received", &f1);
		req_row(b, d, GR_R_NEW_RECEIVED);
		key(b, "carried_over", &f1);
		req_row(b, d, GR_R_CARRIED_OVER);
		for (int g = 0; g < GR_D_COUNT; g++)
		{
			if (gr_disps[g].parent != -1)
				continue;
			key(b, gr_disps[g].key, &f1);
			if (gr_rrow_is_leaf(d->form_requests, GR_R_DISP(g)))
				req_row(b, d, GR_R_DISP(g));
			else
			{
				bool		f2 = true;

				gr_buf_putc(b, '{');
				for (int l = 0; l < GR_D_COUNT; l++)
					if (gr_disps[l].parent == g)
					{
						const char *k = strchr(gr_disps[l].key, '.') + 1;

						key(b, k, &f2);
						req_row(b, d, GR_R_DISP(l));
					}
				gr_buf_putc(b, '}');
			}
		}
		key(b, "carried_forward", &f1);
		req_row(b, d, GR_R_CARRIED_FORWARD);
		gr_buf_putc(b, '}');
	}

	key(b, "appeals", &f);
	if (!d->has_appeals)
		gr_buf_puts(b, "null");
	else
	{
		bool		f1 = true;

		gr_buf_putc(b, '{');
		for (int g = 0; g < GR_AP_NGROUPS; g++)
		{
			bool		f2 = true;

			key(b, gr_apgroups[g].key, &f1);
			gr_buf_putc(b, '{');
			for (int c = 0; c < GR_APC_NCOLS; c++)
			{
				key(b, gr_apcols[c].key, &f2);
				gr_cell_format(b, &d->appeals[g][c]);
			}
			gr_buf_putc(b, '}');
		}
		gr_buf_putc(b, '}');
	}

	key(b, "narrative", &f);
	{
		bool		f1 = true;

		gr_buf_putc(b, '{');
		for (int k = 0; k < GR_N_COUNT; k++)
		{
			key(b, gr_narr_keys[k], &f1);
			if (d->narrative[k].p)
				json_str(b, d->narrative[k].p, d->narrative[k].len);
			else
				gr_buf_puts(b, "null");
		}
		gr_buf_putc(b, '}');
	}
	key(b, "facts", &f);
	{
		bool		f1 = true;

		gr_buf_putc(b, '{');
		for (int k = 0; k < GR_F_COUNT; k++)
		{
			key(b, gr_fact_keys[k], &f1);
			gr_cell_format(b, &d->facts[k]);
		}
		gr_buf_putc(b, '}');
	}
	key(b, "diagnostics", &f);
	gr_buf_putc(b, '[');
	/* one buffer for every path */
	gr_buf_init(&path, b->mem, 64);
	for (int i = 0; i < d->ndiags; i++)
	{
		const gr_diag *g = &d->diags[i];
		bool		f1 = true;

		if (i)
			gr_buf_putc(b, ',');
		path.len = 0;
		gr_cell_path(&path, g->section, g->row, g->col);
		gr_buf_putc(b, '{');
		key(b, "path", &f1);
		json_str(b, path.data, path.len);
		key(b, "raw", &f1);
		json_str(b, g->raw.p, g->raw.len);
		key(b, "problem", &f1);
		json_str(b, gr_problem_keys[g->problem], strlen(gr_problem_keys[g->problem]));
		gr_buf_putc(b, '}');
	}
	gr_buf_putc(b, ']');
	gr_buf_putc(b, '}');
}
