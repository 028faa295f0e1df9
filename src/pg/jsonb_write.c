/*
 * jsonb_write.c — a gr_doc to the jsonb document of api.md.
 *
 * gr_doc_to_jsonb writes jsonb's binary format straight from the document
 * into one buffer sized from the document's strings (jw_doc): no JSON text
 * is printed and re-parsed, no tree of JsonbValues is built, keys are the
 * form's static strings and small counts share one cached Numeric per call.
 * The same document as a tree of JsonbValues (gr_pg_doc_tree) is what
 * JsonbValueToJsonb takes; the tests compare both writers' bytes.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "glue.h"

/* ------------------------------------------------------------ strings */

/*
 * A core string (UTF-8) as a jsonb string in the server encoding.  It is not
 * checked again: the text the core read was valid (the server's own text in
 * a UTF8 database, converted by the server from EUC_CN), and the core's
 * strings are then valid too (gr.h, gr_parse).  In SQL_ASCII nothing is
 * checked anywhere.
 */
static void
set_string(JsonbValue *v, const char *s, size_t len)
{
	int			enc = GetDatabaseEncoding();
	int			n;
	char	   *p = (char *) s;

	/* a jsonb string cannot exceed JENTRY_OFFLENMASK bytes; cut, never fail */
	if (len > JENTRY_OFFLENMASK / 4)
	{
		len = JENTRY_OFFLENMASK / 4;
		/* between characters */
		while (len > 0 && ((unsigned char) s[len] & 0xC0) == 0x80)
			len--;
	}
	n = (int) len;
	if (enc != PG_UTF8 && enc != PG_SQL_ASCII)
	{
		char	   *c = pg_any_to_server(p, n, PG_UTF8);

		if (c != p)
		{
			p = c;
			n = strlen(c);
		}
	}
	v->type = jbvString;
	v->val.string.val = p;
	v->val.string.len = n;
}

/* ------------------------------------------------------------ building */

/*
 * The document as a tree of JsonbValues (jbvObject / jbvArray), for the
 * tests (gr_pg_doc_tree): JsonbValueToJsonb writes it, and its bytes must be
 * gr_doc_to_jsonb's.  Each object's pairs are put in jsonb's key order here
 * (shorter key first, then bytewise) by an insertion sort over the few keys
 * of one object, and a repeated key keeps its last value, as pushJsonbValue
 * would; jw_object (below) orders the members of the direct writer the same.
 */
typedef struct builder
{
	gr_pg_numcache nums;
} builder;

/* An object being built: its value and the room in its pairs array. */
typedef struct obj
{
	JsonbValue *v;
	int			cap;
} obj;

/* Make v an empty object with room for cap members (it grows if needed). */
static void
obj_init(obj *o, JsonbValue *v, int cap)
{
	o->v = v;
	o->cap = Max(cap, 1);
	v->type = jbvObject;
	v->val.object.nPairs = 0;
	v->val.object.pairs = palloc(sizeof(JsonbPair) * o->cap);
}

/* A new member `key` of o: the slot of its value (null until set). */
static JsonbValue *
obj_key(obj *o, const char *key)
{
	JsonbValue *v = o->v;
	JsonbPair  *p;

	if (v->val.object.nPairs == o->cap)
	{
		o->cap *= 2;
		v->val.object.pairs = repalloc(v->val.object.pairs, sizeof(JsonbPair) * o->cap);
	}
	p = &v->val.object.pairs[v->val.object.nPairs];
	p->key.type = jbvString;
	p->key.val.string.val = (char *) key;
	p->key.val.string.len = strlen(key);
	p->order = v->val.object.nPairs++;
	p->value.type = jbvNull;
	return &p->value;
}

/* jsonb's key order: length first, then bytes. */
static inline int
key_cmp(const JsonbValue *a, const JsonbValue *b)
{
	if (a->val.string.len != b->val.string.len)
		return a->val.string.len < b->val.string.len ? -1 : 1;
	return memcmp(a->val.string.val, b->val.string.val, a->val.string.len);
}

/* Put o's members in jsonb's key order; of a repeated key the last stays. */
static void
obj_end(obj *o)
{
	JsonbPair  *p = o->v->val.object.pairs;
	int			n = o->v->val.object.nPairs,
				w = 0;

	/* insertion sort, stable: the form's objects have at most ~30 keys */
	for (int i = 1; i < n; i++)
	{
		JsonbPair	x = p[i];
		int			j = i - 1;

		while (j >= 0 && key_cmp(&p[j].key, &x.key) > 0)
		{
			p[j + 1] = p[j];
			j--;
		}
		p[j + 1] = x;
	}
	for (int i = 0; i < n; i++)
	{
		if (w > 0 && key_cmp(&p[w - 1].key, &p[i].key) == 0)
			p[w - 1] = p[i];	/* later in a stable sort: added last */
		else
			p[w++] = p[i];
	}
	o->v->val.object.nPairs = w;
}

static void
set_number(builder *b, JsonbValue *v, int64 m, int scale)
{
	v->type = jbvNumeric;
	v->val.numeric = gr_pg_numeric_cached(&b->nums, m, scale);
}

static inline void
put_cell(builder *b, obj *o, const char *key, gr_cell c)
{
	JsonbValue *v = obj_key(o, key);

	if (c.state == GR_VALUE && c.scale <= GR_MAX_SCALE)
		set_number(b, v, c.m, c.scale);
}

/* A static string (a key of the form): no copy, no check. */
static void
put_str(obj *o, const char *key, const char *s)
{
	JsonbValue *v = obj_key(o, key);

	v->type = jbvString;
	v->val.string.val = (char *) s;
	v->val.string.len = strlen(s);
}

/* A string of the report (UTF-8 from the core), or null. */
static void
put_text(obj *o, const char *key, gr_str s)
{
	JsonbValue *v = obj_key(o, key);

	if (s.p != NULL)
		set_string(v, s.p, s.len);
}

static const char *
form_key(gr_form f)
{
	return f == GR_FORM_2019 ? "2019" : f == GR_FORM_2021 ? "2021" : NULL;
}

/*
 * A table: null when not found, else {row: {column: value}} for the rows
 * the document has, a group's leaves under {group: {leaf: …}} (left out
 * when none of them is there), walked as the form lays it out (gr_rows).
 */
static void
put_table(builder *b, obj *doc, const gr_doc *d, int section)
{
	JsonbValue *tv = obj_key(doc, gr_section_keys[section]);
	gr_rows		it;
	obj			t,
				g,
				row;
	int			open_group = -1;

	if (!gr_section_found(d, section))
		return;					/* null */
	obj_init(&t, tv, section == GR_SEC_REQUESTS ? GR_R_NROWS : GR_A_NROWS);
	gr_rows_init(&it, section, gr_section_form(d, section));
	while (gr_rows_next(&it))
	{
		obj		   *parent = &t;

		if (open_group >= 0 && it.group != open_group)
		{
			obj_end(&g);
			open_group = -1;
		}
		if (!gr_rows_present(&it, d))
			continue;
		if (it.group >= 0)
		{
			if (open_group < 0)
			{
				obj_init(&g, obj_key(&t, it.group_key), 8);
				open_group = it.group;
			}
			parent = &g;
		}
		obj_init(&row, obj_key(parent, it.key), it.ncols);
		for (int c = 0; c < it.ncols; c++)
			put_cell(b, &row, gr_col_key(section, it.cols[c]),
					 *gr_doc_cell(d, section, it.row, it.cols[c]));
		obj_end(&row);
	}
	if (open_group >= 0)
		obj_end(&g);
	obj_end(&t);
}

/*
 * The diagnostics as a tree of JsonbValues: what JsonbValueToJsonb takes.
 * gr_doc_to_jsonb does not build it (see jw_diagnostics); the tests build
 * it to compare both writers.
 */
static void
put_diagnostics(obj *doc, const gr_doc *d)
{
	JsonbValue *a = obj_key(doc, "diagnostics");
	gr_mem		mem = gr_pg_mem();
	gr_buf		paths;
	size_t	   *off = NULL;
	JsonbValue *elems;
	int			n = 0;

	a->type = jbvArray;
	a->val.array.rawScalar = false;
	a->val.array.nElems = 0;
	a->val.array.elems = NULL;
	if (d->ndiags <= 0)
		return;

	/* all paths first, into one buffer that may move while it grows */
	gr_buf_init(&paths, &mem, (size_t) d->ndiags * 48);
	off = palloc(sizeof(size_t) * (d->ndiags + 1));
	for (int i = 0; i < d->ndiags; i++)
	{
		off[i] = paths.len;
		if (gr_diag_valid(&d->diags[i]))
			gr_cell_path(&paths, d->diags[i].section, d->diags[i].row, d->diags[i].col);
		gr_buf_putc(&paths, '\0');
	}
	elems = palloc(sizeof(JsonbValue) * d->ndiags);
	for (int i = 0; i < d->ndiags; i++)
	{
		const gr_diag *g = &d->diags[i];
		obj			o;

		if (!gr_diag_valid(g))
			continue;
		/* added in jsonb's key order: raw, path, problem */
		obj_init(&o, &elems[n++], 3);
		set_string(obj_key(&o, "raw"), g->raw.p ? g->raw.p : "", g->raw.p ? g->raw.len : 0);
		put_str(&o, "path", paths.data + off[i]);
		put_str(&o, "problem", gr_problem_keys[g->problem]);
		obj_end(&o);
	}
	a->val.array.nElems = n;
	a->val.array.elems = elems;
}

/* ------------------------------------------------------------ writing */

/*
 * The document is written in jsonb's on-disk format in one walk, into one
 * buffer sized from the document's strings (gr_doc_to_jsonb's guess), which
 * grows only if the guess was short.  JsonbValueToJsonb writes the same
 * bytes into a buffer that starts at 1 kB and doubles: a document of ~15 kB
 * would be copied four times over, leaving blocks behind that the allocator
 * hands back to the kernel and takes again on the next call.
 *
 * The format (utils/jsonb.h): a container is a uint32 header (count and
 * kind), a JEntry per child (an object's keys first, in key order, then its
 * values in the same order), then the children's data.  A JEntry holds the
 * child's type and its length, or, every JB_OFFSET_STRIDE'th child, the end
 * offset of its data.  Numerics and containers start at an int-aligned
 * position; the padding before them counts in their length.
 */
#define JW_ORD_CACHE 16			/* members of an object whose order is kept */

/*
 * The member order last worked out, and the keys it was for: a table's rows
 * have the same columns one after another, so most objects reuse it instead
 * of sorting.  The keys are the form's static strings, so the same pointers
 * are the same keys.
 */
typedef struct jorder
{
	int			keys_n;			/* keys, JW_ORD_CACHE at most */
	int			ord_n;			/* members left after repeated keys */
	const char *keys[JW_ORD_CACHE];
	uint8		ord[JW_ORD_CACHE];
} jorder;

typedef struct jwriter
{
	char	   *buf;
	Size		len,
				cap;
	gr_pg_numcache nums;		/* small counts: one Numeric each per call */

	/*
	 * One order for the rows (jw_row), one for every other object: a group
	 * is ordered between its rows, and would otherwise make the next row
	 * sort again.
	 */
	jorder		rows,
				other;
} jwriter;

/* Room for n more bytes at the end. */
static inline void
jw_room(jwriter *w, Size n)
{
	if (w->len + n > w->cap)
	{
		Size		nc = Max(w->cap * 2, w->len + n);

		w->buf = repalloc(w->buf, nc);
		w->cap = nc;
	}
}

static inline void
jw_put(jwriter *w, const void *p, Size n)
{
	jw_room(w, n);
	memcpy(w->buf + w->len, p, n);
	w->len += n;
}

static inline uint32
jw_pad(jwriter *w)
{
	uint32		pad = (uint32) (INTALIGN(w->len) - w->len);

	if (pad)
	{
		jw_room(w, pad);
		memset(w->buf + w->len, 0, pad);
		w->len += pad;
	}
	return pad;
}

/* The end of a container of base..w->len: its JEntry, or an ERROR if too large. */
static JEntry
jw_container_end(jwriter *w, Size base)
{
	if (w->len - base > JENTRY_OFFLENMASK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("govreport document is too large for jsonb"),
				 errdetail("A jsonb object holds at most %d bytes.",
						   JENTRY_OFFLENMASK)));
	return JENTRY_ISCONTAINER | (JEntry) (w->len - base);
}

/*
 * The diagnostics array written straight from the document: the same bytes
 * as put_diagnostics' tree written by the server (the tests compare them), but a
 * diagnostic costs its path and a few copies rather than an object of
 * JsonbValues, so that a text with many cells missing is not slower to
 * write than a whole one.  Each element is {"raw", "path", "problem"}, all
 * strings: its six JEntries are the first key's end offset, then lengths.
 */
static JEntry
jw_diagnostics(jwriter *w, const gr_doc *d)
{
	static const char keys[] = "rawpathproblem";
	Size		base = w->len,
				entries;
	uint32		header,
				total = 0;
	int			n = 0,
				k = 0;
	gr_mem		mem = gr_pg_mem();
	gr_buf		path;

	for (int i = 0; i < d->ndiags; i++)
		n += gr_diag_valid(&d->diags[i]);
	(void) jw_pad(w);
	header = (uint32) n | JB_FARRAY;
	jw_put(w, &header, sizeof(header));
	entries = w->len;
	jw_room(w, sizeof(JEntry) * (Size) n);
	w->len += sizeof(JEntry) * (Size) n;
	gr_buf_init(&path, &mem, 128);
	for (int i = 0; i < d->ndiags; i++)
	{
		const gr_diag *g = &d->diags[i];
		const char *prob;
		JsonbValue	raw;
		JEntry		ch[6],
					e;
		uint32		oh = 3 | JB_FOBJECT;
		Size		start = w->len;

		if (!gr_diag_valid(g))
			continue;
		path.len = 0;
		gr_cell_path(&path, g->section, g->row, g->col);
		set_string(&raw, g->raw.p ? g->raw.p : "", g->raw.p ? g->raw.len : 0);
		prob = gr_problem_keys[g->problem];
		ch[0] = 3 | JENTRY_HAS_OFF;	/* the end of "raw" */
		ch[1] = 4;
		ch[2] = 7;
		ch[3] = (JEntry) raw.val.string.len;
		ch[4] = (JEntry) path.len;
		ch[5] = (JEntry) strlen(prob);
		(void) jw_pad(w);
		jw_room(w, sizeof(oh) + sizeof(ch) + sizeof(keys) + ch[3] + ch[4] + ch[5]);
		memcpy(w->buf + w->len, &oh, sizeof(oh));
		memcpy(w->buf + w->len + sizeof(oh), ch, sizeof(ch));
		w->len += sizeof(oh) + sizeof(ch);
		memcpy(w->buf + w->len, keys, sizeof(keys) - 1);
		w->len += sizeof(keys) - 1;
		memcpy(w->buf + w->len, raw.val.string.val, ch[3]);
		w->len += ch[3];
		memcpy(w->buf + w->len, path.data, ch[4]);
		w->len += ch[4];
		memcpy(w->buf + w->len, prob, ch[5]);
		w->len += ch[5];

		e = jw_container_end(w, start);
		total += JBE_OFFLENFLD(e);
		if (k % JB_OFFSET_STRIDE == 0)
			e = (e & JENTRY_TYPEMASK) | total | JENTRY_HAS_OFF;
		memcpy(w->buf + entries + sizeof(JEntry) * (Size) k, &e, sizeof(e));
		k++;
	}
	return jw_container_end(w, base);
}

/*
 * The document written straight from the gr_doc, with no tree: each object
 * is a small array of members on the stack (a key and what its value is),
 * put in jsonb's key order, then written as jw_diagnostics writes its
 * elements.  A nested object's member writes it when its turn comes.  The
 * bytes are those of JsonbValueToJsonb on build_tree's tree (the tests
 * compare them); the tree's JsonbPairs (about 25 kB for a report, in
 * blocks that double) and their walk are what this saves.
 */
typedef JEntry (*jw_fn) (jwriter *w, const void *arg, int i);

typedef struct jmember
{
	const char *key;
	uint32		klen;
	char		kind;			/* 'n' null, 's' string, 'm' numeric, 'c' container */
	uint32		slen;
	const char *s;
	Numeric		num;
	jw_fn		fn;				/* 'c': writes the value, returns its JEntry */
	const void *arg;
	int			i;
} jmember;

/* At most the members of the largest object: a table of section 3. */
#define JW_MAX_MEMBERS (GR_A_NROWS + GR_R_NROWS + GR_AP_NGROUPS + GR_N_COUNT + GR_F_COUNT + 16)

static inline jmember *
jm_add(jmember *m, int *n, const char *key)
{
	jmember    *x = &m[(*n)++];

	Assert(*n <= JW_MAX_MEMBERS);
	x->key = key;
	x->klen = (uint32) strlen(key);
	x->kind = 'n';
	return x;
}

static inline void
jm_numeric(jmember *x, jwriter *w, int64 m, int scale)
{
	x->kind = 'm';
	x->num = gr_pg_numeric_cached(&w->nums, m, scale);
}

static inline void
jm_cell(jmember *x, jwriter *w, gr_cell c)
{
	if (c.state == GR_VALUE && c.scale <= GR_MAX_SCALE)
		jm_numeric(x, w, c.m, c.scale);
}

static inline void
jm_string(jmember *x, const char *s, size_t len)
{
	x->kind = 's';
	x->s = s;
	x->slen = (uint32) len;
}

/* A string of the report, converted as set_string does; null if absent. */
static inline void
jm_text(jmember *x, gr_str s)
{
	JsonbValue	v;

	if (s.p == NULL)
		return;
	set_string(&v, s.p, s.len);
	jm_string(x, v.val.string.val, v.val.string.len);
}

static inline void
jm_container(jmember *x, jw_fn fn, const void *arg, int i)
{
	x->kind = 'c';
	x->fn = fn;
	x->arg = arg;
	x->i = i;
}

static inline int
jm_cmp(const jmember *a, const jmember *b)
{
	if (a->klen != b->klen)
		return a->klen < b->klen ? -1 : 1;
	return memcmp(a->key, b->key, a->klen);
}

/*
 * The order of members m[0..n) in an object, into ord: a stable sort by key,
 * of a repeated key the last kept; returns how many are kept.  The same keys
 * as the last object ordered through c take its order without a sort.
 */
static int
jw_order(jorder *c, const jmember *m, int n, uint8 *ord)
{
	int			k = 0;

	if (n > 0 && n == c->keys_n)
	{
		int			i = 0;

		while (i < n && m[i].key == c->keys[i])
			i++;
		if (i == n)
		{
			memcpy(ord, c->ord, c->ord_n);
			return c->ord_n;
		}
	}
	for (int i = 0; i < n; i++)
	{
		int			j = i - 1;

		while (j >= 0 && jm_cmp(&m[ord[j]], &m[i]) > 0)
		{
			ord[j + 1] = ord[j];
			j--;
		}
		ord[j + 1] = (uint8) i;
	}
	for (int i = 0; i < n; i++)
	{
		if (k > 0 && jm_cmp(&m[ord[k - 1]], &m[ord[i]]) == 0)
			ord[k - 1] = ord[i];
		else
			ord[k++] = ord[i];
	}
	if (n <= JW_ORD_CACHE)
	{
		for (int i = 0; i < n; i++)
			c->keys[i] = m[i].key;
		memcpy(c->ord, ord, k);
		c->keys_n = n;
		c->ord_n = k;
	}
	return k;
}

/*
 * The object of members m[0..n): in the order obj_end gives (a stable sort
 * by key; of a repeated key the last stays), then header, JEntries, keys
 * and values.  The sort moves indexes, not members.
 */
static JEntry
jw_object(jwriter *w, const jmember *m, int n)
{
	Size		base = w->len,
				entries;
	uint32		header,
				total = 0;
	uint8		ord[JW_MAX_MEMBERS];

	StaticAssertStmt(JW_MAX_MEMBERS <= 256, "member indexes fit in a byte");
	Assert(n <= JW_MAX_MEMBERS);
	n = jw_order(&w->other, m, n, ord);

	(void) jw_pad(w);
	header = (uint32) n | JB_FOBJECT;
	jw_put(w, &header, sizeof(header));
	entries = w->len;
	jw_room(w, sizeof(JEntry) * (Size) (2 * n));
	w->len += sizeof(JEntry) * (Size) (2 * n);
	for (int i = 0; i < 2 * n; i++)
	{
		JEntry		e;

		if (i < n)
		{
			jw_put(w, m[ord[i]].key, m[ord[i]].klen);
			e = (JEntry) m[ord[i]].klen;
		}
		else
		{
			const jmember *x = &m[ord[i - n]];

			switch (x->kind)
			{
				case 's':
					jw_put(w, x->s, x->slen);
					e = (JEntry) x->slen;
					break;
				case 'm':
					{
						uint32		pad = jw_pad(w);
						Size		sz = VARSIZE_ANY(x->num);

						jw_put(w, x->num, sz);
						e = JENTRY_ISNUMERIC | (JEntry) (pad + sz);
					}
					break;
				case 'c':
					e = x->fn(w, x->arg, x->i);
					break;
				default:
					e = JENTRY_ISNULL;
					break;
			}
		}
		total += JBE_OFFLENFLD(e);
		if (i % JB_OFFSET_STRIDE == 0)
			e = (e & JENTRY_TYPEMASK) | total | JENTRY_HAS_OFF;
		/* the buffer may have moved: index it afresh */
		memcpy(w->buf + entries + sizeof(JEntry) * (Size) i, &e, sizeof(e));
	}
	return jw_container_end(w, base);
}

/*
 * A table's rows that the document has, in form order, as put_table walks
 * them; a group's leaves carry the same ginst while put_table would keep
 * that group's object open.
 */
typedef struct jtable
{
	const gr_doc *d;
	int			section;
	int			nrows;
	gr_rows		rows[GR_A_NROWS + GR_R_NROWS + GR_AP_NGROUPS];
	int			ginst[GR_A_NROWS + GR_R_NROWS + GR_AP_NGROUPS];
} jtable;

/*
 * Row i of t: {column: value}, the bytes jw_object would write, written
 * as one block.  A row's members are only numbers and nulls, so its size
 * is known before it is written: the room is made once and every piece is
 * put at its offset, with no test for room or call per piece (most of a
 * document's objects are such rows).
 */
static JEntry
jw_row(jwriter *w, const void *arg, int i)
{
	const jtable *t = arg;
	const gr_rows *it = &t->rows[i];
	jmember		m[GR_RC_COUNT];
	uint8		ord[JW_MAX_MEMBERS];
	int			n = 0,
				k;
	Size		need,
				base,
				entries,
				at;
	uint32		header,
				total = 0;
	char	   *b;

	for (int c = 0; c < it->ncols; c++)
		jm_cell(jm_add(m, &n, gr_col_key(t->section, it->cols[c])), w,
				*gr_doc_cell(t->d, t->section, it->row, it->cols[c]));
	k = jw_order(&w->rows, m, n, ord);

	/* the most it takes: the padding before the row and before each number */
	need = 3 + sizeof(header) + sizeof(JEntry) * (Size) (2 * k);
	for (int j = 0; j < k; j++)
	{
		const jmember *x = &m[ord[j]];

		need += x->klen;
		if (x->kind == 'm')
			need += 3 + VARSIZE_ANY(x->num);
	}
	jw_room(w, need);
	b = w->buf;

	/* the object's length counts the padding before it, as jw_object's does */
	base = at = w->len;
	while (at != INTALIGN(at))
		b[at++] = 0;
	header = (uint32) k | JB_FOBJECT;
	memcpy(b + at, &header, sizeof(header));
	at += sizeof(header);
	entries = at;
	at += sizeof(JEntry) * (Size) (2 * k);
	for (int j = 0; j < 2 * k; j++)
	{
		const jmember *x = &m[ord[j < k ? j : j - k]];
		JEntry		e;

		if (j < k)
		{
			memcpy(b + at, x->key, x->klen);
			at += x->klen;
			e = (JEntry) x->klen;
		}
		else if (x->kind == 'm')
		{
			Size		start = at,
						sz = VARSIZE_ANY(x->num);

			while (at != INTALIGN(at))
				b[at++] = 0;
			memcpy(b + at, x->num, sz);
			at += sz;
			e = JENTRY_ISNUMERIC | (JEntry) (at - start);
		}
		else
			e = JENTRY_ISNULL;
		total += JBE_OFFLENFLD(e);
		if (j % JB_OFFSET_STRIDE == 0)
			e = (e & JENTRY_TYPEMASK) | total | JENTRY_HAS_OFF;
		memcpy(b + entries + sizeof(JEntry) * (Size) j, &e, sizeof(e));
	}
	Assert(at - w->len <= need);
	w->len = at;
	return jw_container_end(w, base);
}

/* The group whose first leaf is row i of t: {leaf: {column: value}}. */
static JEntry
jw_group(jwriter *w, const void *arg, int i)
{
	const jtable *t = arg;
	jmember		m[GR_A_NROWS + GR_R_NROWS + GR_AP_NGROUPS];
	int			n = 0;

	for (int j = i; j < t->nrows && t->ginst[j] == t->ginst[i]; j++)
		jm_container(jm_add(m, &n, t->rows[j].key), jw_row, t, j);
	return jw_object(w, m, n);
}

/* The table of section i (found): as put_table builds it. */
static JEntry
jw_table(jwriter *w, const void *arg, int section)
{
	const gr_doc *d = arg;
	jtable		tb,
			   *t = &tb;
	jmember		m[GR_A_NROWS + GR_R_NROWS + GR_AP_NGROUPS];
	int			n = 0,
				open_group = -1,
				ginst = 0;
	gr_rows		it;
	JEntry		e;

	t->d = d;
	t->section = section;
	t->nrows = 0;
	gr_rows_init(&it, section, gr_section_form(d, section));
	while (gr_rows_next(&it))
	{
		int			r;

		if (open_group >= 0 && it.group != open_group)
			open_group = -1;
		if (!gr_rows_present(&it, d))
			continue;
		r = t->nrows++;
		t->rows[r] = it;
		if (it.group >= 0)
		{
			if (open_group < 0)
			{
				open_group = it.group;
				ginst++;
				jm_container(jm_add(m, &n, it.group_key), jw_group, t, r);
			}
			t->ginst[r] = ginst;
		}
		else
		{
			t->ginst[r] = 0;
			jm_container(jm_add(m, &n, it.key), jw_row, t, r);
		}
	}
	e = jw_object(w, m, n);
	return e;
}

/* {"active": …, "requests": …}: the forms' revisions, or null. */
static JEntry
jw_forms(jwriter *w, const void *arg, int i)
{
	const gr_doc *d = arg;
	const char *fa = form_key(d->form_active),
			   *fr = form_key(d->form_requests);
	jmember		m[2];
	int			n = 0;
	jmember    *x;

	(void) i;
	x = jm_add(m, &n, "active");
	if (fa)
		jm_string(x, fa, strlen(fa));
	x = jm_add(m, &n, "requests");
	if (fr)
		jm_string(x, fr, strlen(fr));
	return jw_object(w, m, n);
}

static JEntry
jw_narrative(jwriter *w, const void *arg, int i)
{
	const gr_doc *d = arg;
	jmember		m[GR_N_COUNT];
	int			n = 0;

	(void) i;
	for (int k = 0; k < GR_N_COUNT; k++)
		jm_text(jm_add(m, &n, gr_narr_keys[k]), d->narrative[k]);
	return jw_object(w, m, n);
}

static JEntry
jw_facts(jwriter *w, const void *arg, int i)
{
	const gr_doc *d = arg;
	jmember		m[GR_F_COUNT];
	int			n = 0;

	(void) i;
	for (int k = 0; k < GR_F_COUNT; k++)
		if (k < GR_F_OPTIONAL || d->facts[k].state == GR_VALUE)
			jm_cell(jm_add(m, &n, gr_fact_keys[k]), w, d->facts[k]);
	return jw_object(w, m, n);
}

static JEntry
jw_diagnostics_fn(jwriter *w, const void *arg, int i)
{
	(void) i;
	return jw_diagnostics(w, arg);
}

/* The document: the members build_tree gives it, in the same order. */
static JEntry
jw_doc(jwriter *w, const gr_doc *d)
{
	jmember		m[JW_MAX_MEMBERS];
	int			n = 0;
	jmember    *x;
	char		date[16];

	jm_numeric(jm_add(m, &n, "schema"), w, 1, 0);
	x = jm_add(m, &n, "reader");
	jm_string(x, GR_READER_VERSION, strlen(GR_READER_VERSION));
	x = jm_add(m, &n, "status");
	jm_string(x, gr_status_key(d->status), strlen(gr_status_key(d->status)));
	jm_text(jm_add(m, &n, "agency"), d->agency);
	x = jm_add(m, &n, "year");
	if (d->year > 0)
		jm_numeric(x, w, d->year, 0);
	x = jm_add(m, &n, "published_on");
	if (d->pub_y > 0 && d->pub_y <= 9999 && d->pub_m >= 1 && d->pub_m <= 12 &&
		d->pub_d >= 1 && d->pub_d <= 31)
	{
		snprintf(date, sizeof(date), "%04d-%02d-%02d", d->pub_y, d->pub_m, d->pub_d);
		jm_string(x, date, 10);
	}
	x = jm_add(m, &n, "script");
	jm_string(x, gr_script_keys[d->script == GR_TRADITIONAL],
			  strlen(gr_script_keys[d->script == GR_TRADITIONAL]));
	jm_container(jm_add(m, &n, "forms"), jw_forms, d, 0);
	for (int sec = GR_SEC_ACTIVE; sec <= GR_SEC_APPEALS; sec++)
	{
		x = jm_add(m, &n, gr_section_keys[sec]);
		if (gr_section_found(d, sec))
			jm_container(x, jw_table, d, sec);
	}
	jm_container(jm_add(m, &n, "narrative"), jw_narrative, d, 0);
	jm_container(jm_add(m, &n, "facts"), jw_facts, d, 0);
	jm_container(jm_add(m, &n, "diagnostics"), jw_diagnostics_fn, d, 0);
	return jw_object(w, m, n);
}

/*
 * The document as a tree into *docv, the tree JsonbValueToJsonb takes
 * (gr_pg_doc_tree, for the tests).
 */
static void
build_tree(JsonbValue *docv, const gr_doc *d)
{
	builder    *b = palloc0(sizeof(builder));
	obj			doc,
				o;
	JsonbValue *v;
	const char *fa = form_key(d->form_active),
			   *fr = form_key(d->form_requests);

	obj_init(&doc, docv, 16);
	set_number(b, obj_key(&doc, "schema"), 1, 0);
	put_str(&doc, "reader", GR_READER_VERSION);
	put_str(&doc, "status", gr_status_key(d->status));
	put_text(&doc, "agency", d->agency);
	v = obj_key(&doc, "year");
	if (d->year > 0)
		set_number(b, v, d->year, 0);
	v = obj_key(&doc, "published_on");
	if (d->pub_y > 0 && d->pub_y <= 9999 && d->pub_m >= 1 && d->pub_m <= 12 &&
		d->pub_d >= 1 && d->pub_d <= 31)
	{
		v->type = jbvString;
		v->val.string.val = psprintf("%04d-%02d-%02d", d->pub_y, d->pub_m, d->pub_d);
		v->val.string.len = 10;
	}
	put_str(&doc, "script", gr_script_keys[d->script == GR_TRADITIONAL]);

	obj_init(&o, obj_key(&doc, "forms"), 2);
	if (fa)
		put_str(&o, "active", fa);
	else
		(void) obj_key(&o, "active");
	if (fr)
		put_str(&o, "requests", fr);
	else
		(void) obj_key(&o, "requests");
	obj_end(&o);

	for (int sec = GR_SEC_ACTIVE; sec <= GR_SEC_APPEALS; sec++)
		put_table(b, &doc, d, sec);

	obj_init(&o, obj_key(&doc, "narrative"), GR_N_COUNT);
	for (int i = 0; i < GR_N_COUNT; i++)
		put_text(&o, gr_narr_keys[i], d->narrative[i]);
	obj_end(&o);

	obj_init(&o, obj_key(&doc, "facts"), GR_F_COUNT);
	for (int i = 0; i < GR_F_COUNT; i++)
		if (i < GR_F_OPTIONAL || d->facts[i].state == GR_VALUE)
			put_cell(b, &o, gr_fact_keys[i], d->facts[i]);
	obj_end(&o);

	put_diagnostics(&doc, d);
	obj_end(&doc);
}

JsonbValue *
gr_pg_doc_tree(const gr_doc *d)
{
	JsonbValue *v = palloc(sizeof(JsonbValue));

	build_tree(v, d);
	return v;
}

Jsonb *
gr_doc_to_jsonb(const gr_doc *d)
{
	jwriter		w;

	/*
	 * The buffer: the report's strings, a diagnostic's path and keys, and
	 * 8 kB for the rest (tables, keys and entries: 6.6 to 6.7 kB in each of
	 * the seeds); it grows only if that was short.
	 */
	memset(&w, 0, sizeof(w));
	w.cap = 8192 + d->agency.len + (Size) d->ndiags * 96;
	for (int i = 0; i < GR_N_COUNT; i++)
		w.cap += d->narrative[i].len;
	for (int i = 0; i < d->ndiags; i++)
		w.cap += d->diags[i].raw.len;
	w.buf = palloc(w.cap);
	w.len = VARHDRSZ;
	(void) jw_doc(&w, d);
	SET_VARSIZE(w.buf, w.len);
	return (Jsonb *) w.buf;
}
