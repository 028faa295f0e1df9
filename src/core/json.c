/*
 * json.c — the document as JSON text, for server-free tools (the govreport
 * command, grdump, unit tests, the fuzzer, benchmarks).  The server builds
 * jsonb directly (src/pg/jsonb_write.c); this writes the same document in the
 * text that jsonb's output function gives for it (report_to_jsonb(body)::text):
 * each object's keys in jsonb's order (shorter key first, then bytewise),
 * ": " after a key and ", " between members, the same string escapes, and
 * the same members — a table that was not found is null, and rows and
 * groups that the text did not have are left out.  Both walk the tables
 * with gr_rows (cells.c), so they agree on the rows and columns there are.
 *
 * Each object is collected as (key, value text) pairs, sorted, then joined;
 * the document has a fixed depth of four, so the copies stay small.
 */
#include "gr.h"

#include <string.h>

/* An object being written: its members' keys and value texts. */
typedef struct jpair
{
	const char *key;
	size_t		klen;
	gr_buf		val;
} jpair;

typedef struct jobj
{
	jpair	   *p;
	int			n;
	int			cap;
	const gr_mem *mem;
} jobj;

static void
json_str(gr_buf *b, const char *s, size_t len)
{
	size_t		run = 0;

	gr_buf_putc(b, '"');
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];
		const char *esc = NULL;

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		gr_buf_put(b, s + run, i - run);
		run = i + 1;
		switch (c)
		{
			case '"':
				esc = "\\\"";
				break;
			case '\\':
				esc = "\\\\";
				break;
			case '\b':
				esc = "\\b";
				break;
			case '\f':
				esc = "\\f";
				break;
			case '\n':
				esc = "\\n";
				break;
			case '\r':
				esc = "\\r";
				break;
			case '\t':
				esc = "\\t";
				break;
		}
		if (esc)
			gr_buf_puts(b, esc);
		else
			gr_buf_printf(b, "\\u%04x", c);
	}
	gr_buf_put(b, s + run, len - run);
	gr_buf_putc(b, '"');
}

void
gr_cell_format(gr_buf *b, const gr_cell *c)
{
	if (c->state != GR_VALUE || c->scale > GR_MAX_SCALE)
	{
		gr_buf_puts(b, "null");
		return;
	}
	gr_buf_decimal(b, c->m, c->scale);
}

static void
jobj_init(jobj *o, const gr_mem *m, int cap)
{
	o->mem = m;
	o->n = 0;
	o->cap = cap > 0 ? cap : 1;
	o->p = gr_alloc(m, sizeof(jpair) * (size_t) o->cap);
}

/* A new member key; returns the buffer its value is written into. */
static gr_buf *
jobj_key(jobj *o, const char *key)
{
	jpair	   *p;

	if (o->n == o->cap)
	{
		jpair	   *np = gr_alloc(o->mem, sizeof(jpair) * (size_t) o->cap * 2);

		memcpy(np, o->p, sizeof(jpair) * (size_t) o->n);
		o->p = np;
		o->cap *= 2;
	}
	p = &o->p[o->n++];
	p->key = key;
	p->klen = strlen(key);
	gr_buf_init(&p->val, o->mem, 16);
	return &p->val;
}

static inline int
key_cmp(const jpair *a, const jpair *b)
{
	if (a->klen != b->klen)
		return a->klen < b->klen ? -1 : 1;
	return memcmp(a->key, b->key, a->klen);
}

/* The object in jsonb's key order into b. */
static void
jobj_end(jobj *o, gr_buf *b)
{
	/* insertion sort: at most ~30 keys, all distinct */
	for (int i = 1; i < o->n; i++)
	{
		jpair		x = o->p[i];
		int			j = i - 1;

		while (j >= 0 && key_cmp(&o->p[j], &x) > 0)
		{
			o->p[j + 1] = o->p[j];
			j--;
		}
		o->p[j + 1] = x;
	}
	gr_buf_putc(b, '{');
	for (int i = 0; i < o->n; i++)
	{
		if (i)
			gr_buf_puts(b, ", ");
		json_str(b, o->p[i].key, o->p[i].klen);
		gr_buf_puts(b, ": ");
		gr_buf_put(b, o->p[i].val.data, o->p[i].val.len);
	}
	gr_buf_putc(b, '}');
}

/*
 * A table: null when not found, else {row: {column: value}} for the rows
 * the document has, a group's leaves under {group: {leaf: …}} (left out
 * when none of them is there).  The rows and columns are the form's
 * (gr_rows); a group's leaves follow each other.
 */
static void
put_table(gr_buf *b, const gr_doc *d, int section)
{
	gr_rows		it;
	jobj		t,
				g,
				row;
	int			open_group = -1;

	if (!gr_section_found(d, section))
	{
		gr_buf_puts(b, "null");
		return;
	}
	jobj_init(&t, b->mem, GR_R_NROWS);
	gr_rows_init(&it, section, gr_section_form(d, section));
	while (gr_rows_next(&it))
	{
		jobj	   *parent = &t;

		if (open_group >= 0 && it.group != open_group)
		{
			jobj_end(&g, jobj_key(&t, gr_disps[open_group].key));
			open_group = -1;
		}
		if (!gr_rows_present(&it, d))
			continue;
		if (it.group >= 0)
		{
			if (open_group < 0)
			{
				jobj_init(&g, b->mem, 8);
				open_group = it.group;
			}
			parent = &g;
		}
		jobj_init(&row, b->mem, it.ncols);
		for (int c = 0; c < it.ncols; c++)
			gr_cell_format(jobj_key(&row, gr_col_key(section, it.cols[c])),
						   gr_doc_cell(d, section, it.row, it.cols[c]));
		jobj_end(&row, jobj_key(parent, it.key));
	}
	if (open_group >= 0)
		jobj_end(&g, jobj_key(&t, gr_disps[open_group].key));
	jobj_end(&t, b);
}

static void
put_diagnostics(gr_buf *b, const gr_doc *d)
{
	bool		first = true;

	gr_buf_putc(b, '[');
	for (int i = 0; i < d->ndiags; i++)
	{
		const gr_diag *g = &d->diags[i];

		if (!gr_diag_valid(g))
			continue;
		if (!first)
			gr_buf_puts(b, ", ");
		first = false;
		/* jsonb's key order: raw, path, problem */
		gr_buf_puts(b, "{\"raw\": ");
		json_str(b, g->raw.p ? g->raw.p : "", g->raw.p ? g->raw.len : 0);
		gr_buf_puts(b, ", \"path\": \"");
		gr_cell_path(b, g->section, g->row, g->col);
		gr_buf_puts(b, "\", \"problem\": ");
		json_str(b, gr_problem_keys[g->problem], strlen(gr_problem_keys[g->problem]));
		gr_buf_putc(b, '}');
	}
	gr_buf_putc(b, ']');
}

static void
put_text(jobj *o, const char *key, gr_str s)
{
	gr_buf	   *v = jobj_key(o, key);

	if (s.p)
		json_str(v, s.p, s.len);
	else
		gr_buf_puts(v, "null");
}

static const char *
form_text(gr_form f)
{
	return f == GR_FORM_2021 ? "\"2021\"" : f == GR_FORM_2019 ? "\"2019\"" : "null";
}

void
gr_doc_to_json(const gr_doc *d, gr_buf *b)
{
	const char *status = gr_status_key(d->status);
	jobj		doc,
				o;
	gr_buf	   *v;

	jobj_init(&doc, b->mem, 16);
	gr_buf_puts(jobj_key(&doc, "schema"), "1");
	json_str(jobj_key(&doc, "reader"), GR_READER_VERSION, strlen(GR_READER_VERSION));
	json_str(jobj_key(&doc, "status"), status, strlen(status));
	put_text(&doc, "agency", d->agency);
	v = jobj_key(&doc, "year");
	if (d->year > 0)
		gr_buf_printf(v, "%d", d->year);
	else
		gr_buf_puts(v, "null");
	v = jobj_key(&doc, "published_on");
	if (d->pub_y > 0 && d->pub_y <= 9999 && d->pub_m >= 1 && d->pub_m <= 12 &&
		d->pub_d >= 1 && d->pub_d <= 31)
		gr_buf_printf(v, "\"%04d-%02d-%02d\"", d->pub_y, d->pub_m, d->pub_d);
	else
		gr_buf_puts(v, "null");
	v = jobj_key(&doc, "script");
	json_str(v, gr_script_keys[d->script == GR_TRADITIONAL],
			 strlen(gr_script_keys[d->script == GR_TRADITIONAL]));
	gr_buf_printf(jobj_key(&doc, "forms"), "{\"active\": %s, \"requests\": %s}",
				  form_text(d->form_active), form_text(d->form_requests));
	for (int sec = GR_SEC_ACTIVE; sec <= GR_SEC_APPEALS; sec++)
		put_table(jobj_key(&doc, gr_section_keys[sec]), d, sec);

	jobj_init(&o, b->mem, GR_N_COUNT);
	for (int k = 0; k < GR_N_COUNT; k++)
		put_text(&o, gr_narr_keys[k], d->narrative[k]);
	jobj_end(&o, jobj_key(&doc, "narrative"));

	jobj_init(&o, b->mem, GR_F_COUNT);
	for (int k = 0; k < GR_F_COUNT; k++)
		if (k < GR_F_OPTIONAL || d->facts[k].state == GR_VALUE)
			gr_cell_format(jobj_key(&o, gr_fact_keys[k]), &d->facts[k]);
	jobj_end(&o, jobj_key(&doc, "facts"));

	put_diagnostics(jobj_key(&doc, "diagnostics"), d);
	jobj_end(&doc, b);
}
