/*
 * parse.c — read the form out of the token stream.
 *
 * The matcher walks the tokens once.  Section headings move it forward
 * through the report (never back); row labels, recognised by their
 * distinctive words after folding (traditional → simplified, full-width →
 * ASCII), open a row; the form says how many cells the row has, and the
 * following value tokens fill them in order.  A row ends when it is full,
 * at a row break (in layouts that have them) or at the next label, and any
 * cell not filled is reported missing — a cell is never shifted into its
 * neighbour's column.
 */
#include "gr.h"
#include "scan.h"
#include "text.h"

#include <string.h>

#define FOLD_CAP 256			/* labels and headings are short */
#define MAX_LABEL_BYTES 150		/* longer folded text is narrative, not a label */
#define MAX_LABEL_RAW 240		/* nor is longer raw text (CJK folds 3 bytes to 3) */

/* ---------------------------------------------------------------- keywords */

typedef enum sect
{
	S_NONE = 0,
	S_OVERVIEW,
	S_ACTIVE,
	S_REQUESTS,
	S_APPEALS,
	S_PROBLEMS,
	S_OTHER
} sect;

/* Requests rows by distinctive words; leaves before the groups they sit in. */
typedef struct kw
{
	const char *word;
	int			id;
} kw;

#define R_RESULTS_HEADER 100	/* 三、本年度办理结果 */
#define R_OTHER_LEAF_ONLY 101	/* bare 其他 */
#define R_TOTAL_WORD 102		/* 总计 */

static const kw req_words[] = {
	{"本年新收", GR_R_NEW_RECEIVED},
	{"上年结转", GR_R_CARRIED_OVER},
	{"结转下年度", GR_R_CARRIED_FORWARD},
	{"本年度办理结果", R_RESULTS_HEADER},
	{"予以公开", GR_R_DISP(GR_D_GRANTED)},
	{"部分公开", GR_R_DISP(GR_D_PARTIAL)},
	{"国家秘密", GR_R_DISP(GR_D_W_STATE_SECRET)},
	{"禁止公开", GR_R_DISP(GR_D_W_PROHIBITED)},
	{"三安全", GR_R_DISP(GR_D_W_SECURITY)},
	{"一稳定", GR_R_DISP(GR_D_W_SECURITY)},
	{"第三方", GR_R_DISP(GR_D_W_THIRD_PARTY)},
	{"内部事务", GR_R_DISP(GR_D_W_INTERNAL)},
	{"过程性", GR_R_DISP(GR_D_W_PROCESS)},
	{"执法案卷", GR_R_DISP(GR_D_W_ENFORCEMENT)},
	{"查询事项", GR_R_DISP(GR_D_W_INQUIRY)},
	{"不予公开", GR_R_DISP(GR_D_WITHHELD)},
	{"不掌握", GR_R_DISP(GR_D_U_NOT_HELD)},
	{"另行制作", GR_R_DISP(GR_D_U_CREATION)},
	{"现成信息", GR_R_DISP(GR_D_U_CREATION)},
	{"仍不明确", GR_R_DISP(GR_D_U_UNCLEAR)},
	{"补正后", GR_R_DISP(GR_D_U_UNCLEAR)},
	{"无法提供", GR_R_DISP(GR_D_UNAVAILABLE)},
	{"逾期不补正", GR_R_DISP(GR_D_O_NO_CORRECTION)},
	{"缴纳费用", GR_R_DISP(GR_D_O_UNPAID_FEE)},
	{"收费通知", GR_R_DISP(GR_D_O_UNPAID_FEE)},
	{"信访", GR_R_DISP(GR_D_N_PETITION)},
	{"举报投诉", GR_R_DISP(GR_D_N_PETITION)},
	{"重复申请", GR_R_DISP(GR_D_N_DUPLICATE)},
	{"出版物", GR_R_DISP(GR_D_N_PUBLICATION)},
	{"大量反复", GR_R_DISP(GR_D_N_EXCESSIVE)},
	{"重新出具", GR_R_DISP(GR_D_N_CONFIRMATION)},
	{"确认或重新", GR_R_DISP(GR_D_N_CONFIRMATION)},
	{"不予处理", GR_R_DISP(GR_D_NOT_PROCESSED)},
	{"其他处理", GR_R_DISP(GR_D_OTHER)},
	{NULL, 0}
};

static const kw active_row_words[] = {
	{"规范性文件", GR_A_NORMATIVE},
	{"规范性档案", GR_A_NORMATIVE},
	{"规章", GR_A_RULES},
	{"行政许可", GR_A_LICENSING},
	{"对外管理服务", GR_A_OTHER_SERVICES},
	{"行政处罚", GR_A_PUNISHMENT},
	{"行政强制", GR_A_COERCION},
	{"事业性收费", GR_A_FEES},
	{"集中采购", GR_A_PROCUREMENT},
	{NULL, 0}
};

/* Header words that tell the revision of section 2. */
static const char *const active_2021_words[] = {
	"制发", "废止", "现行有效", "本年处理决定", "收费金额", NULL
};
static const char *const active_2019_words[] = {
	"新制作", "新公开", "对外公开总", "上一年项目", "增/减", "增减", "采购项目",
	"采购总金额", NULL
};

static bool
contains(const char *hay, const char *needle)
{
	return strstr(hay, needle) != NULL;
}

/*
 * A 256-bit signature of the characters of a short folded text, so that a
 * keyword whose first character is not in the text is ruled out without a
 * search (a label token is tested against dozens of keywords).
 */
typedef struct csig
{
	uint64_t	w[4];
} csig;

static inline unsigned
char_bit(const unsigned char *c)
{
	if (c[0] < 0x80 || c[1] == 0 || c[2] == 0)
		return c[0];
	return ((unsigned) c[0] * 5u + (unsigned) c[1] * 7u + (unsigned) c[2]) & 255u;
}

static csig
sig_of(const char *s)
{
	csig		g = {{0, 0, 0, 0}};

	for (const unsigned char *c = (const unsigned char *) s; *c; c++)
		if ((*c & 0xC0) != 0x80)
		{
			unsigned	b = char_bit(c);

			g.w[b >> 6] |= UINT64_C(1) << (b & 63);
		}
	return g;
}

/* contains(), after the signature says the needle's first character is there */
static inline bool
has(const char *hay, const csig *sig, const char *needle)
{
	unsigned	b = char_bit((const unsigned char *) needle);

	if (!(sig->w[b >> 6] & (UINT64_C(1) << (b & 63))))
		return false;
	return strstr(hay, needle) != NULL;
}

static bool
contains_any(const char *hay, const csig *sig, const char *const *needles)
{
	for (int i = 0; needles[i]; i++)
		if (has(hay, sig, needles[i]))
			return true;
	return false;
}

/* Skip leading numbering in folded text: "(三)", "三、", "1.", "1、", "(1)", "第一". */
static const char *
skip_numbering(const char *f)
{
	static const char *const cn[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", NULL};
	const char *p = f;

	if (*p == '(')
	{
		const char *q = strchr(p, ')');

		if (q && q - p <= 8)
			return q + 1;
	}
	while (*p >= '0' && *p <= '9')
		p++;
	if (p != f)
	{
		if (*p == '.' || *p == ',' || *p == ')')
			return p + 1;
		if (strncmp(p, "、", 3) == 0)
			return p + 3;
		return f;
	}
	for (int i = 0; cn[i]; i++)
		if (strncmp(p, cn[i], 3) == 0)
		{
			if (strncmp(p + 3, "、", 3) == 0)
				return p + 6;
			if (p[3] == '.' || p[3] == ',')
				return p + 4;
		}
	return f;
}

/* Which section does a heading line open?  S_NONE if it is not a heading. */
static sect
heading_of(const char *f, size_t flen)
{
	const char *p;

	if (flen == 0 || flen > 120)
		return S_NONE;
	/* sub-headings "（一）…" belong to the narrative */
	if (f[0] == '(')
		return S_NONE;
	p = skip_numbering(f);
	if (contains(p, "总体情况") && flen <= 60)
		return S_OVERVIEW;
	if (contains(p, "主动公开政府信息") && contains(p, "情况"))
		return S_ACTIVE;
	if (contains(p, "收到和处理") && contains(p, "申请"))
		return S_REQUESTS;
	if (contains(p, "行政复议") && contains(p, "诉讼") && contains(p, "情况"))
		return S_APPEALS;
	if (contains(p, "存在的主要问题") || (contains(p, "主要问题") && contains(p, "改进")))
		return S_PROBLEMS;
	if (contains(p, "其他需要报告的事项"))
		return S_OTHER;
	return S_NONE;
}

static bool
scan_is_heading(const char *s, size_t len)
{
	char		f[FOLD_CAP];
	size_t		n;

	if (len > 3 * FOLD_CAP)
		return false;
	n = gr_fold(s, len, f, sizeof(f), NULL);
	return heading_of(f, n) != S_NONE;
}

/*
 * Could a narrative line be a section heading or open a table?  Every
 * heading of the form ends in 情况, 问题 or 事项 (simplified or traditional),
 * and a table met outside its section starts with 第二十条 or 本年新收.
 */
static bool
may_be_structure(const char *s, size_t len)
{
	/*
	 * One pass over the bytes.  The anchors begin with 情 事 問 问 第 本 (lead
	 * bytes E4-E9); only at those characters is the whole anchor compared.
	 */
	for (size_t i = 0; i + 6 <= len; i++)
	{
		const unsigned char *c = (const unsigned char *) s + i;
		const char *const *cand = NULL;
		static const char *const qing[] = {"情况", "情況", NULL};
		static const char *const shi[] = {"事项", "事項", NULL};
		static const char *const wen[] = {"问题", "問題", NULL};
		static const char *const di[] = {"第二十条", "第二十條", NULL};
		static const char *const ben[] = {"本年新收", NULL};

		if (c[0] < 0xE4 || c[0] > 0xE9)
			continue;
		if (c[0] == 0xE6 && c[1] == 0x83 && c[2] == 0x85)
			cand = qing;
		else if (c[0] == 0xE4 && c[1] == 0xBA && c[2] == 0x8B)
			cand = shi;
		else if ((c[0] == 0xE9 && c[1] == 0x97 && c[2] == 0xAE) ||
				 (c[0] == 0xE5 && c[1] == 0x95 && c[2] == 0x8F))
			cand = wen;
		else if (c[0] == 0xE7 && c[1] == 0xAC && c[2] == 0xAC)
			cand = di;
		else if (c[0] == 0xE6 && c[1] == 0x9C && c[2] == 0xAC)
			cand = ben;
		if (cand)
			for (int k = 0; cand[k]; k++)
			{
				size_t		n = strlen(cand[k]);

				if (n <= len - i && memcmp(s + i, cand[k], n) == 0)
					return true;
			}
		i += 2;					/* the rest of this character */
	}
	return false;
}

/* ---------------------------------------------------------------- state */

#define MAXCOLS 15
#define PDF_SLOTS 4				/* label columns followed at once (pdftotext) */
#define PDF_RECENT 8			/* lines a wrapped label's parts stay together */

/*
 * A label cell of a pdftotext table being read over several lines: its
 * display column, its folded text so far, and the row it opened.
 */
typedef struct pdf_slot
{
	bool		used;
	int			x;
	int			row;			/* PDF_INCOMPLETE, PDF_DONE or the row it opened */
	int			line;			/* line number of its last part */
	size_t		len;
	char		text[FOLD_CAP];
} pdf_slot;

#define PDF_INCOMPLETE (-1)		/* no label read yet */
#define PDF_DONE (-2)			/* a header word or group: read, no values */

typedef struct row_acc
{
	int			section;		/* -1: no row open */
	int			row;
	int			ncols;
	int			cols[MAXCOLS];	/* column index per position */
	int			n;				/* cells collected */
	const gr_tok *cells[MAXCOLS];
	bool		group;			/* a group label: values optional */
	gr_form		form;			/* section 2: the revision its columns are of */
} row_acc;

typedef struct parser
{
	gr_doc	   *d;
	const gr_mem *m;
	void		(*interrupt) (void);	/* gr_parse's, may be NULL */
	const gr_toks *ts;
	sect		section;
	/* which parts were met */
	bool		active_started;
	int			ev2021,
				ev2019;
	bool		req_started;
	bool		req_done;
	bool		disp_seen;
	int			req_group;		/* current disposition group, -1 none */
	bool		other_leaf_seen;
	bool		other_group_values;
	bool		appeals_started;
	bool		appeals_done;
	const gr_tok *ap_buf[MAXCOLS];
	int			ap_n;
	bool		ap_numeric;
	/* raw text of every cell, for diagnostics in form order */
	const gr_tok *raw_active[GR_A_NROWS][GR_A_NCOLS];
	gr_form		active_read[GR_A_NROWS];	/* the revision each row was read in */
	const gr_tok *raw_req[GR_R_NROWS][GR_RC_COUNT];
	const gr_tok *raw_app[GR_AP_NGROUPS][GR_APC_NCOLS];
	bool		have_req[GR_R_NROWS];
	bool		have_active[GR_A_NROWS];
	int			nrows_active,
				nrows_req;
	row_acc		cur;

	/*
	 * A label broken over two lines (pdftotext): the folded text of the
	 * last text that opened no row, and the values met after it.
	 */
	char		pend[FOLD_CAP];
	size_t		pendlen;
	const gr_tok *orph[MAXCOLS];
	int			norph;
	/* narrative */
	size_t		narr_start[7];
	size_t		narr_end[7];
	bool		narr_seen[7];
	int			trad_hits;
	int			folded_tokens;
	int			tt_hits;		/* table_token recognised something */

	/*
	 * pdftotext rows whose label cells wrap in several columns at once
	 * (pdf_label, pdf_value): the line being read, the label cells in
	 * progress by column, the column of the label that opened the open
	 * row, and one line of values held for a label not yet complete.
	 */
	bool		pdf;			/* a label and its values met on one split line */
	bool		ln_started;
	size_t		ln_lstart;
	int			ln_no;
	bool		ln_pdf;			/* this line is read as a pdftotext row */
	bool		ln_vals;		/* its values have begun */
	bool		ln_hold;		/* they are held */
	size_t		x_off;			/* display column cache within the line */
	int			x_col;
	int			cur_x;
	int			slot_sect;		/* the section the cells in progress are in */
	pdf_slot	slot[PDF_SLOTS];
	const gr_tok *held[MAXCOLS];
	int			nheld;
	int			held_slot;
} parser;

static gr_form
active_form(const parser *p)
{
	return p->ev2019 > p->ev2021 ? GR_FORM_2019 : GR_FORM_2021;
}

/*
 * The token read as a number, once: the reader asks of every token whether
 * it is a value, and of every cell again when it stores it.
 */
static const gr_cell *
tok_num(const gr_tok *t)
{
	gr_tok	   *w = (gr_tok *) t;	/* a cache inside the parser's own array */

	if (w->nstate == 0)
	{
		if (t->len == 0)
		{
			w->num.m = 0;
			w->num.scale = 0;
			w->num.state = GR_BLANK;
		}
		else
			gr_read_number(t->s, t->len, true, &w->num);
		w->nstate = (uint8_t) (1 + w->num.state);
	}
	return &t->num;
}

/* Classify a value token: a number (or placeholder/blank) vs text. */
static bool
tok_is_valueish(const gr_tok *t)
{
	const gr_cell *c = tok_num(t);

	return c->state == GR_VALUE || c->state == GR_BLANK;
}

static bool
tok_has_digit(const gr_tok *t)
{
	for (size_t i = 0; i < t->len; i++)
		if (t->s[i] >= '0' && t->s[i] <= '9')
			return true;
	/* full-width digits: EF BC 90..99 */
	for (size_t i = 0; i + 2 < t->len; i++)
		if ((unsigned char) t->s[i] == 0xEF && (unsigned char) t->s[i + 1] == 0xBC &&
			(unsigned char) t->s[i + 2] >= 0x90 && (unsigned char) t->s[i + 2] <= 0x99)
			return true;
	return false;
}

/* Store one cell from its token (NULL: missing). */
static void
store_cell(parser *p, gr_cell *dst, const gr_tok **rawslot, const gr_tok *t, bool decimal)
{
	static const gr_tok missing = {"", 0, 0, 0, 0, 0, 0, {0, 0, 0}};

	if (t == NULL)
	{
		dst->state = GR_MISSING;
		dst->m = 0;
		dst->scale = 0;
		*rawslot = &missing;
		return;
	}
	*dst = *tok_num(t);
	if (!decimal && dst->state == GR_VALUE && dst->scale > 0)
	{
		/* a count: 3.0 is 3, 3.5 is not a count (as gr_read_number says) */
		int64_t		pw = 1;

		for (int k = 0; k < dst->scale; k++)
			pw *= 10;
		if (dst->m % pw != 0)
		{
			dst->state = GR_UNREADABLE;
			dst->m = 0;
		}
		else
			dst->m /= pw;
		dst->scale = 0;
	}
	*rawslot = t;
	(void) p;
}

/* Close the open row: store what was collected, the rest is missing. */
static void
finish_row(parser *p)
{
	row_acc    *r = &p->cur;

	if (r->section < 0)
		return;
	if (r->group && r->n == 0)
	{
		r->section = -1;
		return;
	}
	if (r->section == GR_SEC_ACTIVE)
	{
		if (!p->have_active[r->row])
		{
			p->have_active[r->row] = true;
			p->active_read[r->row] = r->form;
			p->nrows_active++;
			for (int i = 0; i < r->ncols; i++)
			{
				int			c = r->cols[i];

				store_cell(p, &p->d->active[r->row][c], &p->raw_active[r->row][c],
						   i < r->n ? r->cells[i] : NULL, c == GR_AC_AMOUNT);
			}
		}
	}
	else if (r->section == GR_SEC_REQUESTS)
	{
		int			row = r->row;

		if (row == GR_R_DISP(GR_D_OTHER))
			p->other_group_values = true;
		if (!p->have_req[row] &&
			(!r->group || row == GR_R_DISP(GR_D_OTHER)))
		{
			p->have_req[row] = true;
			p->nrows_req++;
			for (int i = 0; i < GR_RC_COUNT; i++)
				store_cell(p, &p->d->req[row][i], &p->raw_req[row][i],
						   i < r->n ? r->cells[i] : NULL, false);
		}
	}
	r->section = -1;
}

/* The columns of section 2's row `row` in revision f into cols; their count, 0 if none. */
static int
active_row_cols(gr_form f, int row, int *cols)
{
	int			n,
				ncols = 0;
	const gr_active_sub *subs = gr_active_subs(f, &n);

	for (int i = 0; i < n; i++)
		for (int j = 0; j < subs[i].nrows; j++)
			if (subs[i].rows[j] == (gr_arow) row)
			{
				ncols = subs[i].ncols;
				for (int k = 0; k < subs[i].ncols; k++)
					cols[k] = subs[i].cols[k];
			}
	return ncols;
}

static void
open_row(parser *p, int section, int row, bool group)
{
	row_acc    *r = &p->cur;

	/* a label's tail repeating its keyword ("…收费通知要" / "求缴纳费用…") */
	if (r->section == section && r->row == row && r->n == 0)
		return;
	finish_row(p);
	r->section = section;
	r->row = row;
	r->n = 0;
	r->group = group;
	if (section == GR_SEC_ACTIVE)
	{
		r->form = active_form(p);
		r->ncols = active_row_cols(r->form, row, r->cols);
		if (r->ncols == 0)
		{
			/* a row of the other revision: switch to it */
			gr_form		other = active_form(p) == GR_FORM_2021 ? GR_FORM_2019 : GR_FORM_2021;

			r->form = other;
			r->ncols = active_row_cols(other, row, r->cols);
			if (other == GR_FORM_2019)
				p->ev2019 += 100;
			else
				p->ev2021 += 100;
		}
	}
	else
	{
		r->ncols = GR_RC_COUNT;
		for (int k = 0; k < GR_RC_COUNT; k++)
			r->cols[k] = k;
	}
}

/*
 * Add a value token to the open row; close it when full.  A row whose cells
 * all stand on one source line (pipe, bordered, pdftotext rows) stays open
 * until its line ends: converters write a merged label's slot as an empty
 * cell before the values ("| （六）其他处理 | | 3 | …"), so while more cells
 * come on the same line, a leading empty one is dropped and the values
 * stay right-aligned (section 3; section 2 keeps the first cells).
 * Returns false if the token was not taken (the row
 * was full): the caller treats it as if no row were open.
 */
static bool
add_value(parser *p, const gr_tok *t)
{
	row_acc    *r = &p->cur;

	if (r->n >= r->ncols && r->ncols > 0)
	{
		/*
		 * Only section 3 spreads its labels over several columns; in
		 * section 2 the extra cells of a short sub-table trail the values.
		 */
		if (r->section == GR_SEC_REQUESTS &&
			r->cells[0]->len == 0 && r->cells[0]->lstart == t->lstart)
		{
			memmove(r->cells, r->cells + 1, (size_t) (r->n - 1) * sizeof(r->cells[0]));
			r->cells[r->n - 1] = t;
			return true;
		}
		finish_row(p);
		return false;
	}
	r->cells[r->n++] = t;
	if (r->n >= r->ncols && r->cells[0]->lstart != t->lstart)
		finish_row(p);
	return true;
}

/* ---------------------------------------------------------------- appeals */

static void
finish_appeals(parser *p)
{
	int			k = 0;

	if (p->appeals_done || !p->ap_numeric)
		return;
	p->appeals_done = true;
	p->d->has_appeals = true;
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++, k++)
			store_cell(p, &p->d->appeals[g][c], &p->raw_app[g][c],
					   k < p->ap_n ? p->ap_buf[k] : NULL, false);
}

static void
appeals_token(parser *p, const gr_tok *t)
{
	if (p->appeals_done)
		return;
	if (t->kind == GR_TOK_BREAK)
	{
		/* a lone page number between header and values is not a value */
		if (p->ap_n > 0 && p->ap_n < 5)
		{
			p->ap_n = 0;
			p->ap_numeric = false;
		}
		else if (p->ap_n >= MAXCOLS)
			finish_appeals(p);
		return;
	}
	if (tok_is_valueish(t))
	{
		if (tok_num(t)->state == GR_VALUE)
			p->ap_numeric = true;
		if (p->ap_n < MAXCOLS)
			p->ap_buf[p->ap_n++] = t;
		if (p->ap_n >= MAXCOLS && p->ap_numeric)
			finish_appeals(p);
		return;
	}
	/* text: a header cell until the values have begun, then unreadable */
	if (!p->ap_numeric)
	{
		p->ap_n = 0;
		return;
	}
	if (p->ap_n < MAXCOLS)
		p->ap_buf[p->ap_n++] = t;
	if (p->ap_n >= MAXCOLS)
		finish_appeals(p);
}

/* ---------------------------------------------------------------- labels */

static int
match_req(parser *p, const char *f, const csig *sig)
{
	const char *b = skip_numbering(f);

	for (int i = 0; req_words[i].word; i++)
		if (has(f, sig, req_words[i].word))
			return req_words[i].id;
	/* 3.其他 under （六）其他处理 — whose label may stand below it (pdftotext) */
	if (strcmp(b, "其他") == 0 &&
		(p->req_group == GR_D_OTHER || (p->other_leaf_seen && f[0] != '(')))
		return GR_R_DISP(GR_D_O_OTHER);
	if (strcmp(b, "总计") == 0 || strcmp(b, "合计") == 0)
		return p->disp_seen ? GR_R_DISP(GR_D_TOTAL) : R_TOTAL_WORD;
	return -1;
}

static int
match_active(const char *f, const csig *sig)
{
	for (int i = 0; active_row_words[i].word; i++)
		if (has(f, sig, active_row_words[i].word))
			return active_row_words[i].id;
	return -1;
}

/* ---------------------------------------------------------------- metadata */

static int
cn_digit(uint32_t cp)
{
	switch (cp)
	{
		case 0x3007:			/* 〇 */
		case 0x96F6:			/* 零 */
			return 0;
		case 0x4E00:
			return 1;
		case 0x4E8C:
			return 2;
		case 0x4E09:
			return 3;
		case 0x56DB:
			return 4;
		case 0x4E94:
			return 5;
		case 0x516D:
			return 6;
		case 0x4E03:
			return 7;
		case 0x516B:
			return 8;
		case 0x4E5D:
			return 9;
		default:
			return -1;
	}
}

/*
 * Read "2024年1月12日" (or 二〇二四年一月十二日) that fills the whole folded
 * line; returns true and the parts.
 */
static bool
read_date_line(const char *f, size_t flen, int *y, int *mo, int *dd)
{
	int			parts[3] = {0, 0, 0};
	int			k = 0;
	size_t		i = 0;
	static const char *const seps[3] = {"年", "月", "日"};

	while (k < 3)
	{
		int			v = 0,
					nd = 0;
		bool		ten = false;

		while (i < flen)
		{
			size_t		adv;
			uint32_t	cp = gr_utf8_next((const unsigned char *) f + i, flen - i, &adv);
			int			dg = (cp >= '0' && cp <= '9') ? (int) (cp - '0') : cn_digit(cp);

			if (cp == 0x5341)	/* 十 */
			{
				ten = true;
				v = (nd == 0 ? 1 : v) * 10;
				nd++;
				i += adv;
				continue;
			}
			if (dg < 0)
				break;
			if (ten)
				v += dg;
			else
				v = v * 10 + dg;
			nd++;
			i += adv;
			if (nd > 4)
				return false;
		}
		if (nd == 0 || flen - i < 3 || memcmp(f + i, seps[k], 3) != 0)
			return false;
		i += 3;
		parts[k++] = v;
	}
	if (i != flen)
		return false;
	if (parts[0] < 1990 || parts[0] > 2100 || parts[1] < 1 || parts[1] > 12 ||
		parts[2] < 1 || parts[2] > 31)
		return false;
	*y = parts[0];
	*mo = parts[1];
	*dd = parts[2];
	return true;
}

/* Find "YYYY年" in raw text: returns offset of the year or -1, and the year. */
static long
find_year(const char *s, size_t len, int *year)
{
	for (size_t i = 0; i + 4 + 3 <= len; i++)
	{
		if (s[i] >= '1' && s[i] <= '2' &&
			s[i + 1] >= '0' && s[i + 1] <= '9' &&
			s[i + 2] >= '0' && s[i + 2] <= '9' &&
			s[i + 3] >= '0' && s[i + 3] <= '9' &&
			memcmp(s + i + 4, "年", 3) == 0 &&
			(i == 0 || s[i - 1] < '0' || s[i - 1] > '9'))
		{
			int			y = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 +
				(s[i + 2] - '0') * 10 + (s[i + 3] - '0');

			if (y >= 1990 && y <= 2100)
			{
				*year = y;
				return (long) i;
			}
		}
	}
	return -1;
}

static void
read_title(parser *p, const gr_tok *toks, size_t ntoks)
{
	const gr_tok *prev = NULL;
	int			lines = 0;

	for (size_t i = 0; i < ntoks && lines < 12; i++)
	{
		const gr_tok *t = &toks[i];
		char		f[FOLD_CAP];
		size_t		fl;
		int			year;
		long		at;

		if (t->kind == GR_TOK_BREAK || t->len == 0)
			continue;
		lines++;
		if (t->len > 3 * FOLD_CAP)
		{
			prev = NULL;
			continue;
		}
		fl = gr_fold(t->s, t->len, f, sizeof(f), NULL);
		if (!contains(f, "年度报告") && !contains(f, "年报"))
		{
			prev = (fl <= 90) ? t : NULL;
			continue;
		}
		at = find_year(t->s, t->len, &year);
		if (at < 0)
		{
			/* full-width year digits: read from the folded text */
			at = find_year(f, fl, &year);
			if (at < 0)
				return;
			at = -1;
		}
		p->d->year = year;
		if (at > 0)
		{
			gr_str		a = gr_trim(t->s, (size_t) at);

			if (a.len > 0)
				p->d->agency = a;
		}
		if (p->d->agency.p == NULL && prev != NULL)
			p->d->agency = gr_trim(prev->s, prev->len);
		return;
	}
}

/* ---------------------------------------------------------------- facts */

/* The first run of digits at or after s within len; -1 if none. */
static int64_t
number_after(const char *s, size_t len, size_t *end, int *scale)
{
	size_t		i = 0;
	int64_t		v = 0;
	int			nd = 0;

	*scale = 0;
	while (i < len && !(s[i] >= '0' && s[i] <= '9'))
		i++;
	if (i == len)
		return -1;
	while (i < len && ((s[i] >= '0' && s[i] <= '9') || (s[i] == ',' && nd > 0)))
	{
		if (s[i] != ',')
		{
			if (v > GR_MAX_MANTISSA / 10)
				return -1;
			v = v * 10 + (s[i] - '0');
			nd++;
		}
		i++;
	}
	if (i + 1 < len && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9')
	{
		i++;
		while (i < len && s[i] >= '0' && s[i] <= '9' && *scale < GR_MAX_SCALE)
		{
			if (v > GR_MAX_MANTISSA / 10)
				return -1;
			v = v * 10 + (s[i] - '0');
			(*scale)++;
			i++;
		}
	}
	*end = i;
	return v;
}

/*
 * May the text between a keyword and its number stand there?  Only a few
 * filler characters (共, 计, 累计, 合计, 总, 达, 为, 数, 量, 了, ：) — so that
 * "申请情况等6个部分" is not read as six requests.
 */
static bool
gap_ok(const char *s, size_t n)
{
	static const char *const fill[] = {"共", "计", "累", "合", "总", "达", "为", "数",
	"量", "了", "约", ":", NULL};
	size_t		i = 0;

	while (i < n)
	{
		bool		ok = false;

		if (s[i] >= '0' && s[i] <= '9')
			return true;
		for (int k = 0; fill[k]; k++)
		{
			size_t		l = strlen(fill[k]);

			if (n - i >= l && memcmp(s + i, fill[k], l) == 0)
			{
				i += l;
				ok = true;
				break;
			}
		}
		if (!ok)
			return false;
	}
	return true;
}

static void
set_fact(parser *p, int which, int64_t v, int scale)
{
	gr_cell    *c = &p->d->facts[which];

	if (c->state != GR_ABSENT)
		return;
	c->state = GR_VALUE;
	c->m = v;
	c->scale = (uint8_t) scale;
}

/* Facts from one clause of narrative (folded, between ，。；). */
static void
clause_facts(parser *p, const char *c, size_t len)
{
	const char *hit;
	size_t		end;
	int			scale;
	int64_t		v;

	if (len == 0)
		return;
	/* items published proactively: …公开政府信息154条 */
	if (p->d->facts[GR_F_PROACTIVE_ITEMS].state == GR_ABSENT &&
		(hit = strstr(c, "政府信息")) != NULL &&
		(contains(c, "公开") || contains(c, "发布")))
	{
		/* the first mention followed by its number (a wrapped line may put
		 * a heading's 政府信息 before the sentence) */
		for (; hit != NULL; hit = strstr(hit + 1, "政府信息"))
		{
			const char *after = hit + strlen("政府信息");
			size_t		rest = len - (size_t) (after - c);

			v = number_after(after, rest, &end, &scale);
			if (v >= 0 && scale == 0 && gap_ok(after, rest) &&
				(strncmp(after + end, "条", 3) == 0 || strncmp(after + end, "件", 3) == 0))
			{
				set_fact(p, GR_F_PROACTIVE_ITEMS, v, 0);
				break;
			}
		}
	}
	/* requests received: 共受理申请14件 / 未收到…申请 */
	if (p->d->facts[GR_F_REQUESTS_RECEIVED].state == GR_ABSENT &&
		contains(c, "申请") &&
		(contains(c, "受理") || contains(c, "收到") || contains(c, "新收")))
	{
		if (contains(c, "未收到") || contains(c, "未受理") || contains(c, "没有收到") ||
			contains(c, "未发生"))
			set_fact(p, GR_F_REQUESTS_RECEIVED, 0, 0);
		else
		{
			for (hit = strstr(c, "申请"); hit != NULL; hit = strstr(hit + 1, "申请"))
			{
				const char *after = hit + strlen("申请");
				size_t		rest = len - (size_t) (after - c);

				v = number_after(after, rest, &end, &scale);
				if (v >= 0 && scale == 0 && gap_ok(after, rest) &&
					(strncmp(after + end, "件", 3) == 0 || strncmp(after + end, "条", 3) == 0 ||
					 strncmp(after + end, "宗", 3) == 0))
				{
					set_fact(p, GR_F_REQUESTS_RECEIVED, v, 0);
					break;
				}
			}
		}
	}
	/*
	 * processing fees: 未收取…信息处理费 → 0; 收取信息处理费120元; also
	 * fees without the word 处理费: 没有向…申请人收取任何费用 → 0
	 */
	if (p->d->facts[GR_F_FEE_COLLECTED].state == GR_ABSENT &&
		(contains(c, "处理费") || (contains(c, "收取") && contains(c, "费用"))))
	{
		if (contains(c, "未收取") || contains(c, "不存在收取") || contains(c, "没有收取") ||
			contains(c, "无收取") || contains(c, "未产生") || contains(c, "不收取") ||
			contains(c, "免收") || contains(c, "未收") ||
			(contains(c, "没有") && contains(c, "收取任何")))
			set_fact(p, GR_F_FEE_COLLECTED, 0, 0);
		else
		{
			hit = strstr(c, "处理费");
			if (hit == NULL)
				hit = strstr(c, "费用");
			v = number_after(hit, len - (size_t) (hit - c), &end, &scale);
			if (v >= 0)
			{
				const char *u = hit + end;

				if (strncmp(u, "万元", 6) == 0)
				{
					/* 万元 → 元: four more places */
					int			shift = 4;

					while (shift > 0 && scale > 0)
					{
						scale--;
						shift--;
					}
					while (shift > 0 && v <= GR_MAX_MANTISSA / 10)
					{
						v *= 10;
						shift--;
					}
					/* too large for a cell in 元: not read, never cut short */
					if (shift == 0)
						set_fact(p, GR_F_FEE_COLLECTED, v, scale);
				}
				else if (strncmp(u, "元", 3) == 0)
					set_fact(p, GR_F_FEE_COLLECTED, v, scale);
			}
		}
	}
}

/* Facts from a narrative span: fold clause by clause. */
static void
narrative_facts(parser *p, const char *s, size_t len)
{
	size_t		i = 0,
				start = 0;
	char		buf[1024];
	bool		digit = false,
				gov = false,
				apply = false,
				neg = false,
				fee = false;

	/*
	 * A byte-level pass: clause ends are 。，；！？ and ';'; a clause is folded
	 * and read only when it can hold a fact — 政(府信息) with a digit, 申请/申請
	 * with a digit or a negation (未, 没/沒), or 费/費 — so most of the
	 * narrative is never decoded.  A line break is not a clause boundary:
	 * pdftotext and web pages wrap a sentence anywhere ("…公开政府信息" /
	 * "537条").
	 */
	while (i <= len)
	{
		unsigned char c = (i < len) ? (unsigned char) s[i] : 0;
		bool		end = (i == len);
		size_t		adv = 1;

		if (p->interrupt && (i & 0xFFFFF) == 0 && i > 0)
			p->interrupt();
		if (!end)
		{
			if (c < 0x80)
			{
				if (c >= '0' && c <= '9')
					digit = true;
				else if (c == ';')
					end = true;
			}
			else if (c >= 0xE4 && c <= 0xE9 && c != 0xE6 && c != 0xE7 && c != 0xE8 && i + 2 < len)
				adv = 3;		/* an ideograph that starts no keyword */
			else if (i + 2 < len)
			{
				unsigned char c1 = (unsigned char) s[i + 1],
							c2 = (unsigned char) s[i + 2];

				adv = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC0) ? 2 : 1;
				if (c == 0xE3 && c1 == 0x80 && c2 == 0x82)	/* 。 */
					end = true;
				else if (c == 0xEF && c1 == 0xBC)
				{
					if (c2 == 0x8C || c2 == 0x9B || c2 == 0x81 || c2 == 0x9F)	/* ，；！？ */
						end = true;
					else if (c2 >= 0x90 && c2 <= 0x99)	/* full-width digit */
						digit = true;
				}
				else if (c == 0xE6 && c1 == 0x94 && c2 == 0xBF)	/* 政 (政府 may wrap) */
					gov = true;
				else if (c == 0xE7 && c1 == 0x94 && c2 == 0xB3)	/* 申 */
					apply = true;
				else if (c == 0xE8 && ((c1 == 0xB4 && c2 == 0xB9) || (c1 == 0xB2 && c2 == 0xBB)))	/* 费 費 */
					fee = true;
				else if ((c == 0xE6 && c1 == 0x9C && c2 == 0xAA) ||	/* 未 */
						 (c == 0xE6 && c1 == 0xB2 && (c2 == 0xA1 || c2 == 0x92)))	/* 没 沒 */
					neg = true;
			}
		}
		if (i < len && i + adv > len)
			adv = len - i;		/* a sequence cut off by the end of the text */
		if (end)
		{
			if (i > start && i - start < 3 * sizeof(buf) &&
				((gov && digit) || (apply && (digit || neg)) || fee))
			{
				size_t		n = gr_fold(s + start, i - start, buf, sizeof(buf), NULL);

				clause_facts(p, buf, n);
			}
			digit = gov = apply = neg = fee = false;
			start = i + adv;
		}
		i += adv;
	}
}

/* ---------------------------------------------------------------- narrative */

/* Copy a narrative span without Word artefacts; NULL span when empty. */
static gr_str
narrative_text(parser *p, size_t a, size_t b)
{
	const char *t = p->ts->text;
	gr_str		r = {NULL, 0};
	gr_str		tr;
	char	   *out;
	size_t		o = 0;

	if (b <= a)
		return r;
	tr = gr_trim(t + a, b - a);
	if (tr.len == 0)
		return r;
	out = gr_alloc_raw(p->m, tr.len + 1);
	for (size_t i = 0; i < tr.len;)
	{
		/* copy up to the next '[', then drop a "[bookmark: …]" there */
		const char *br = memchr(tr.p + i, '[', tr.len - i);
		size_t		upto = br ? (size_t) (br - tr.p) : tr.len;

		memcpy(out + o, tr.p + i, upto - i);
		o += upto - i;
		i = upto;
		if (i >= tr.len)
			break;
		if (tr.len - i >= 10 && memcmp(tr.p + i, "[bookmark:", 10) == 0)
		{
			const char *e = memchr(tr.p + i, ']', tr.len - i);

			if (e)
			{
				i = (size_t) (e - tr.p) + 1;
				continue;
			}
		}
		out[o++] = tr.p[i++];
	}
	out[o] = '\0';
	/* web-page debris after the text: short trailing lines with no punctuation */
	while (o > 0)
	{
		size_t		ls = o;
		bool		punct = false;

		while (ls > 0 && out[ls - 1] != '\n')
			ls--;
		if (o - ls > 3 * 8 || o - ls == 0)
			break;
		for (size_t k = ls; k < o; k++)
			if ((unsigned char) out[k] < 0x80 ||
				(o - k >= 3 &&
				 (memcmp(out + k, "。", 3) == 0 || memcmp(out + k, "：", 3) == 0 ||
				  memcmp(out + k, "；", 3) == 0 || memcmp(out + k, "，", 3) == 0)))
				punct = true;
		if (punct)
			break;
		o = ls;
		while (o > 0 && (out[o - 1] == '\n' || out[o - 1] == ' ' || out[o - 1] == '\r'))
			o--;
		out[o] = '\0';
	}
	if (o == 0)
		return r;
	r.p = out;
	r.len = o;
	return r;
}

/* ---------------------------------------------------------------- main */

static void table_token(parser *p, const gr_tok *t, const char *f, size_t fl);

/* Feed the values held since a label's head into the row just opened. */
static void
take_orphans(parser *p)
{
	for (int k = 0; k < p->norph && p->cur.section >= 0; k++)
		add_value(p, p->orph[k]);
	p->norph = 0;
	p->pendlen = 0;
}

/*
 * Text that opened no row in a table: perhaps the tail of a label whose
 * head was the previous such text ("1.属于国" / "家秘密").  Try the two
 * joined; otherwise remember this text as a possible head.
 */
static bool
join_label(parser *p, const gr_tok *t, const char *f, size_t fl)
{
	if (p->pendlen > 0 && p->pendlen + fl < FOLD_CAP)
	{
		char		joined[FOLD_CAP];
		int			cur_before = p->cur.section,
					cur_row = p->cur.row;

		memcpy(joined, p->pend, p->pendlen);
		memcpy(joined + p->pendlen, f, fl + 1);
		table_token(p, t, joined, p->pendlen + fl);
		if (p->cur.section >= 0 && (p->cur.section != cur_before || p->cur.row != cur_row))
		{
			take_orphans(p);
			return true;
		}
	}
	p->norph = 0;
	p->pendlen = 0;
	if (fl < FOLD_CAP / 2)
	{
		memcpy(p->pend, f, fl + 1);
		p->pendlen = fl;
	}
	return false;
}

/*
 * Settle one cell of a table that was found: a cell never met is missing;
 * a cell that is not a clean number gets a diagnostic with its raw text.
 */
static void
note_cell(parser *p, int section, int row, int col, gr_cell *cell, const gr_tok **raw)
{
	if (cell->state == GR_ABSENT)
	{
		cell->state = GR_MISSING;
		*raw = NULL;
	}
	if (cell->state != GR_VALUE)
		gr_doc_diag(p->d, p->m, section, row, col,
					cell->state == GR_BLANK ? GR_PROB_BLANK :
					cell->state == GR_MISSING ? GR_PROB_MISSING : GR_PROB_UNREADABLE,
					*raw ? (*raw)->s : "", *raw ? (*raw)->len : 0);
}

/*
 * Section 2 rows read before the table showed its revision (no header, or
 * the header words came later) were read in the other one's columns.  Where
 * the row has as many columns in both, its cells move to the final
 * revision's columns in order (the row's own order); otherwise they are
 * dropped and reported missing: licensing read in the 2021 form takes one
 * value, which in the 2019 form is 上一年项目数量, not 处理决定数量.
 */
static void
active_settle(parser *p, gr_form f)
{
	gr_doc	   *d = p->d;

	for (int row = 0; row < GR_A_NROWS; row++)
	{
		int			rc[MAXCOLS],
					fc[MAXCOLS],
					nr,
					nf;
		gr_cell		cells[MAXCOLS];
		const gr_tok *raws[MAXCOLS];

		if (!p->have_active[row] || p->active_read[row] == f)
			continue;
		nr = active_row_cols(p->active_read[row], row, rc);
		nf = active_row_cols(f, row, fc);
		for (int i = 0; i < nr; i++)
		{
			cells[i] = d->active[row][rc[i]];
			raws[i] = p->raw_active[row][rc[i]];
			memset(&d->active[row][rc[i]], 0, sizeof(gr_cell));
			p->raw_active[row][rc[i]] = NULL;
		}
		for (int i = 0; nr == nf && i < nf; i++)
		{
			d->active[row][fc[i]] = cells[i];
			p->raw_active[row][fc[i]] = raws[i];
		}
	}
}

/* Diagnostics in form order, for the tables that were found. */
/* ---------------------------------------------------------------- pdftotext rows */

/*
 * pdftotext -layout prints a table row on one line, but a label cell that
 * wraps stands over several lines, in every label column at once (the
 * group （六）其他处理 beside the leaf 1.申请人无正当理由逾期不…), and as cells
 * are centred vertically the row's numbers stand on the first, middle or
 * last line of its label, or on a line of their own.  On such lines each
 * label field goes to the cell in progress in its column (pdftotext keeps
 * columns aligned): a field that is a label by itself, or begins with
 * numbering (1. （三） 三、), starts a cell; any other continues the cell of
 * its column, or completes an incomplete one elsewhere, until the joined
 * text is a label.  A line of values goes to the innermost label of its
 * row: the open row, or — when a label cell to its right is still
 * incomplete — held (one line) and given to that label's row once it
 * reads.  Bounded work: PDF_SLOTS cells of FOLD_CAP bytes, one held line.
 */

/* Display column of a token in its line (CJK and full-width forms are two). */
static int
tok_x(parser *p, const gr_tok *t)
{
	const char *base = p->ts->text + t->lstart;
	size_t		off;

	if (t->s < base || t->s > p->ts->text + t->lend)
		return 0;
	off = (size_t) (t->s - base);
	if (off < p->x_off)
	{
		p->x_off = 0;
		p->x_col = 0;
	}
	if (off - p->x_off > 4096)
		return 1 << 20;			/* far to the right: no label column */
	for (size_t i = p->x_off; i < off; i++)
	{
		unsigned char c = (unsigned char) base[i];

		if (c < 0x80)
			p->x_col++;
		else if (c >= 0xC0)
			p->x_col += (c < 0xE0 || c == 0xE2) ? 1 : 2;
	}
	p->x_off = off;
	return p->x_col;
}

/* A new source line: is it a pdftotext row? */
static void
pdf_line(parser *p, const gr_toks *ts, size_t i)
{
	const gr_tok *t = &ts->t[i];

	p->ln_started = true;
	p->ln_lstart = t->lstart;
	p->ln_no++;
	p->ln_vals = p->ln_hold = p->ln_pdf = false;
	p->x_off = 0;
	p->x_col = 0;
	if (t->kind != GR_TOK_LINE || p->req_done ||
		(p->section != S_ACTIVE && p->section != S_REQUESTS))
		return;
	if (!p->pdf)
	{
		/* the layout shows itself by a label and values split on one line */
		int			nv = 0;

		for (size_t k = i + 1; k < ts->n && nv < 2 && ts->t[k].lstart == t->lstart &&
			 ts->t[k].kind == GR_TOK_CELL; k++)
			if (tok_is_valueish(&ts->t[k]))
				nv++;
		if (nv < 2)
			return;
		p->pdf = true;
	}
	p->ln_pdf = true;
	/* a row's values stand on one line (a label-only line has no break) */
	if (p->cur.section >= 0 && p->cur.n > 0)
		finish_row(p);
	if (p->slot_sect != (int) p->section)
	{
		memset(p->slot, 0, sizeof(p->slot));
		p->slot_sect = (int) p->section;
		p->nheld = 0;
	}
}

static pdf_slot *
slot_at(parser *p, int x)
{
	for (int k = 0; k < PDF_SLOTS; k++)
		if (p->slot[k].used && p->slot[k].x - x <= 2 && x - p->slot[k].x <= 2)
			return &p->slot[k];
	return NULL;
}

static bool
slot_recent(const parser *p, const pdf_slot *s)
{
	return s->used && s->line + PDF_RECENT >= p->ln_no;
}

/* Start a cell at x: in the slot of that column, a free one or the oldest. */
static pdf_slot *
slot_new(parser *p, int x, const char *f, size_t fl, int row)
{
	pdf_slot   *s = slot_at(p, x);

	if (s == NULL)
	{
		s = &p->slot[0];
		for (int k = 0; k < PDF_SLOTS; k++)
		{
			if (!p->slot[k].used)
			{
				s = &p->slot[k];
				break;
			}
			if (p->slot[k].line < s->line)
				s = &p->slot[k];
		}
	}
	/* values held for the cell it replaces had no label */
	if (s - p->slot == p->held_slot)
		p->nheld = 0;
	s->used = true;
	s->x = x;
	s->row = row;
	s->line = p->ln_no;
	s->len = fl < FOLD_CAP ? fl : 0;
	memcpy(s->text, f, s->len);
	s->text[s->len] = '\0';
	return s;
}

/* The row a text would open, without opening it. */
static int
frag_row(parser *p, const char *f)
{
	csig		sg = sig_of(f);

	if (p->section == S_REQUESTS)
		return match_req(p, f, &sg);
	if (p->section == S_ACTIVE)
		return match_active(f, &sg);
	return -1;
}

/*
 * Read f (a cell at column x) as a label: 0 not one, 1 read without a row
 * to fill (a header word, a group), 2 opened a row.  An outer label met
 * while a leaf to its right still waits for its values (the group centred
 * beside a wrapped leaf) leaves that leaf open.
 */
static int
pdf_try(parser *p, const gr_tok *t, const char *f, size_t fl, int x)
{
	row_acc		saved = p->cur;
	int			hits = p->tt_hits;
	bool		detach = p->cur.section == GR_SEC_REQUESTS && !p->cur.group &&
		p->cur.n == 0 && x + 2 < p->cur_x;

	if (detach)
		p->cur.section = -1;
	table_token(p, t, f, fl);
	if (p->tt_hits == hits)
	{
		if (detach)
			p->cur = saved;
		return 0;
	}
	if (detach)
	{
		if (p->cur.section < 0 || (p->cur.group && p->cur.n == 0))
		{
			p->cur = saved;
			return 1;
		}
		else
		{
			row_acc		now = p->cur;

			p->cur = saved;
			finish_row(p);
			p->cur = now;
		}
	}
	else if (p->cur.section < 0 ||
			 (p->cur.section == saved.section && p->cur.row == saved.row && p->cur.n == saved.n))
		return 1;
	p->cur_x = x;
	return 2;
}

/* A cell read as a label (r from pdf_try): its row takes the values held for it. */
static void
pdf_read(parser *p, pdf_slot *s, int r)
{
	int			n = p->nheld;

	s->row = r == 2 ? p->cur.row : PDF_DONE;
	s->line = p->ln_no;
	if (r != 2)
		return;
	if (!p->cur.group)
	{
		/* what follows on this line is the row's cells */
		p->ln_vals = true;
		p->ln_hold = false;
	}
	if (s - p->slot == p->held_slot && n > 0)
	{
		p->nheld = 0;
		for (int k = 0; k < n && p->cur.section >= 0; k++)
			add_value(p, p->held[k]);
	}
}

/* A label field of a pdftotext row (text before the line's values). */
static void
pdf_label(parser *p, const gr_tok *t, const char *f, size_t fl)
{
	int			x = tok_x(p, t);
	pdf_slot   *xs = slot_at(p, x);
	bool		numbered = skip_numbering(f) != f;
	int			r;
	char		joined[FOLD_CAP];

	if (xs && !slot_recent(p, xs))
	{
		if (xs - p->slot == p->held_slot)
			p->nheld = 0;
		xs->used = false;
		xs = NULL;
	}
	/* a wrapped tail repeating its own cell's keyword (…收费通知 / 要求缴纳费用…) */
	if (xs && !numbered && xs->row >= 0 && frag_row(p, f) == xs->row)
	{
		xs->line = p->ln_no;
		return;
	}
	if (!numbered)
	{
		int			below = 1 << 30;

		/* the next part of the cell in progress in this column */
		if (xs && xs->row == PDF_INCOMPLETE && xs->len + fl < FOLD_CAP)
		{
			memcpy(xs->text + xs->len, f, fl + 1);
			xs->len += fl;
			xs->line = p->ln_no;
			r = pdf_try(p, t, xs->text, xs->len, xs->x);
			if (r > 0)
			{
				pdf_read(p, xs, r);
				return;
			}
		}

		/*
		 * or of an incomplete cell in another column (the innermost
		 * first), if together they read: text not aligned under its head
		 */
		for (int tries = 0; tries < PDF_SLOTS; tries++)
		{
			pdf_slot   *s = NULL;

			for (int k = 0; k < PDF_SLOTS; k++)
			{
				pdf_slot   *c = &p->slot[k];

				if (c != xs && slot_recent(p, c) && c->row == PDF_INCOMPLETE &&
					c->len + fl < FOLD_CAP && c->len > 0 &&
					(p->section != S_REQUESTS || skip_numbering(c->text) != c->text) &&
					c->x < below &&
					(s == NULL || c->x > s->x))
					s = c;
			}
			if (s == NULL)
				break;
			memcpy(joined, s->text, s->len);
			memcpy(joined + s->len, f, fl + 1);
			r = pdf_try(p, t, joined, s->len + fl, s->x);
			if (r > 0)
			{
				memcpy(s->text, joined, s->len + fl + 1);
				s->len += fl;
				pdf_read(p, s, r);
				return;
			}
			below = s->x;
		}
	}
	r = pdf_try(p, t, f, fl, x);
	if (r > 0)
	{
		pdf_read(p, slot_new(p, x, f, fl, PDF_INCOMPLETE), r);
		return;
	}
	if (numbered)
	{
		slot_new(p, x, f, fl, PDF_INCOMPLETE);
		return;
	}
	/* a page number ("第 3 页") or a stray figure: no label's part */
	if (tok_has_digit(t))
		return;
	/* the tail of a complete cell: section 3 numbers every cell it starts */
	if (xs && (p->section == S_REQUESTS || xs->row == PDF_INCOMPLETE))
	{
		xs->line = p->ln_no;
		return;
	}
	slot_new(p, x, f, fl, PDF_INCOMPLETE);
}

/*
 * A value of a pdftotext row (or a word among values): true when held for
 * an incomplete label, or dropped as a page number.
 */
static bool
pdf_value(parser *p, const gr_toks *ts, size_t i)
{
	const gr_tok *t = &ts->t[i];

	if (!p->ln_vals)
	{
		p->ln_vals = true;
		p->ln_hold = false;
		/* a lone figure where a row of seven stands: a page number */
		if (p->section == S_REQUESTS && t->kind == GR_TOK_LINE &&
			(i + 1 >= ts->n || ts->t[i + 1].lstart != t->lstart ||
			 ts->t[i + 1].kind == GR_TOK_BREAK))
			return true;
		if (!(p->cur.section >= 0 && p->cur.n > 0))
		{
			int			vx = tok_x(p, t);
			int			best = -1;

			for (int k = 0; k < PDF_SLOTS; k++)
			{
				const pdf_slot *s = &p->slot[k];

				/* (section 3 numbers every label: a header's words hold nothing) */
				if (slot_recent(p, s) && s->row == PDF_INCOMPLETE && s->x + 2 < vx &&
					(p->section != S_REQUESTS || skip_numbering(s->text) != s->text) &&
					(p->cur.section < 0 || s->x > p->cur_x + 2) &&
					(best < 0 || s->x > p->slot[best].x))
					best = k;
			}
			if (best >= 0)
			{
				p->ln_hold = true;
				p->held_slot = best;
				p->nheld = 0;
			}
		}
	}
	if (!p->ln_hold)
		return false;
	if (p->nheld < MAXCOLS)
		p->held[p->nheld++] = t;
	return true;
}

static void
diagnostics(parser *p)
{
	gr_doc	   *d = p->d;

	if (d->form_active != GR_FORM_NONE)
	{
		int			n;
		const gr_active_sub *subs = gr_active_subs(d->form_active, &n);

		for (int i = 0; i < n; i++)
			for (int j = 0; j < subs[i].nrows; j++)
				for (int k = 0; k < subs[i].ncols; k++)
				{
					int			r = subs[i].rows[j],
								c = subs[i].cols[k];

					note_cell(p, GR_SEC_ACTIVE, r, c, &d->active[r][c], &p->raw_active[r][c]);
				}
	}
	if (d->form_requests != GR_FORM_NONE)
		for (int r = 0; r < GR_R_NROWS; r++)
			if (gr_rrow_is_leaf(d->form_requests, r))
				for (int c = 0; c < GR_RC_COUNT; c++)
					note_cell(p, GR_SEC_REQUESTS, r, c, &d->req[r][c], &p->raw_req[r][c]);
	if (d->has_appeals)
		for (int g = 0; g < GR_AP_NGROUPS; g++)
			for (int c = 0; c < GR_APC_NCOLS; c++)
				note_cell(p, GR_SEC_APPEALS, g, c, &d->appeals[g][c], &p->raw_app[g][c]);
}

static void
enter_section(parser *p, sect s, const gr_tok *t)
{
	finish_row(p);
	if (p->section == S_APPEALS || s > S_APPEALS)
		finish_appeals(p);
	p->narr_end[p->section] = t->lstart;
	p->section = s;
	p->narr_seen[s] = true;
	p->narr_start[s] = t->lend;
	p->narr_end[s] = p->ts->len;
}

static void
table_token(parser *p, const gr_tok *t, const char *f, size_t fl)
{
	csig		sgv;
	const csig *sg = &sgv;

	/* no table is read in sections 五 and 六, nor in 四 once it has begun */
	if (p->section > S_APPEALS || (p->section == S_APPEALS && p->req_done))
		return;
	sgv = sig_of(f);

	/* section 2 */
	if (!p->req_started && (p->section == S_ACTIVE ||
							(p->active_started && p->section <= S_ACTIVE)))
	{
		int			row;

		if (has(f, sg, "第二十条"))
		{
			p->tt_hits++;
			p->active_started = true;
			finish_row(p);
			return;
		}
		if (contains_any(f, sg, active_2021_words))
		{
			p->ev2021++;
			p->tt_hits++;
			finish_row(p);
			return;
		}
		if (contains_any(f, sg, active_2019_words) || (has(f, sg, "处理决定") && !has(f, sg, "本年")))
		{
			p->ev2019++;
			p->tt_hits++;
			finish_row(p);
			return;
		}
		row = match_active(f, sg);
		if (row >= 0 && fl <= 60)
		{
			if (row == GR_A_OTHER_SERVICES || row == GR_A_PROCUREMENT)
				p->ev2019++;
			if (row == GR_A_NORMATIVE && !has(f, sg, "行政规范"))
				p->ev2019 += 0;	/* 2019 prints 规范性文件, a weak hint only */
			p->active_started = true;
			p->tt_hits++;
			open_row(p, GR_SEC_ACTIVE, row, false);
			return;
		}
	}
	/* section 3 */
	if (!p->req_done && (p->section == S_REQUESTS ||
						 (p->section <= S_ACTIVE && has(f, sg, "本年新收"))))
	{
		int			id = match_req(p, f, sg);

		if (id >= 0)
		{
			p->tt_hits++;
			if (p->section < S_REQUESTS)
			{
				p->narr_end[p->section] = t->lstart;
				p->section = S_REQUESTS;
			}
			p->req_started = true;
			if (id == R_RESULTS_HEADER || id == R_TOTAL_WORD)
			{
				finish_row(p);
				return;
			}
			if (id >= 2 && id < 2 + GR_D_COUNT)
			{
				int			disp = id - 2;

				p->disp_seen = true;
				if (!gr_disps[disp].is_leaf && disp != GR_D_TOTAL)
				{
					p->req_group = disp;
					open_row(p, GR_SEC_REQUESTS, id, true);
					return;
				}
				if (gr_disps[disp].parent == -1)
					p->req_group = -1;
				if (gr_disps[disp].parent == GR_D_OTHER)
					p->other_leaf_seen = true;
			}
			open_row(p, GR_SEC_REQUESTS, id, false);
			if (id == GR_R_CARRIED_FORWARD)
				p->req_group = -1;
			return;
		}
	}
	/* after the last requests row, the appeals header may come unannounced */
	if (p->have_req[GR_R_CARRIED_FORWARD] && p->section == S_REQUESTS &&
		p->cur.section < 0 && has(f, sg, "行政复议"))
	{
		p->tt_hits++;
		p->req_done = true;
		p->section = S_APPEALS;
		p->appeals_started = true;
	}
}

void
gr_parse(gr_doc *out, const char *text, size_t len, const gr_mem *m,
		 void (*interrupt) (void))
{
	parser	   *p = gr_alloc(m, sizeof(parser));
	gr_toks		ts;
	char		f[FOLD_CAP];
	gr_doc	   *d = out;

	memset(d, 0, sizeof(*d));
	p->d = d;
	p->m = m;
	p->interrupt = interrupt;
	p->cur.section = -1;
	p->req_group = -1;
	p->held_slot = -1;
	p->slot_sect = -1;

	/* a UTF-8 byte order mark */
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
	{
		text += 3;
		len -= 3;
	}
	if (gr_looks_like_html(text, len) && !gr_html_is_markdown(text, len))
	{
		gr_buf		b;

		gr_buf_init(&b, m, len + 64);
		gr_html_to_tabs(text, len, &b, interrupt);
		text = b.data;
		len = b.len;
	}
	gr_scan(&ts, text, len, m, scan_is_heading, interrupt);
	p->ts = &ts;
	read_title(p, ts.t, ts.n);

	for (size_t i = 0; i < ts.n; i++)
	{
		const gr_tok *t = &ts.t[i];
		size_t		fl = 0;
		bool		valueish;

		if (interrupt && (i & 0xFFF) == 0xFFF)
			interrupt();

		if (t->kind == GR_TOK_BREAK)
		{
			if (p->cur.section >= 0 && p->cur.n > 0)
				finish_row(p);
			if (p->section == S_APPEALS)
				appeals_token(p, t);
			continue;
		}
		if (!p->ln_started || t->lstart != p->ln_lstart)
			pdf_line(p, &ts, i);
		valueish = tok_is_valueish(t);

		/* a value: into the open row, or into the appeals run */
		if (valueish)
		{
			if (p->ln_pdf && pdf_value(p, &ts, i))
				continue;
			if (p->cur.section >= 0 && add_value(p, t))
				continue;
			if (p->section == S_APPEALS)
				appeals_token(p, t);
			else if (p->pendlen > 0 && p->norph < MAXCOLS)
				p->orph[p->norph++] = t;
			continue;
		}

		/* text: a heading, a label, a header cell, narrative, or a bad cell */
		/*
		 * Longer text cannot be a heading or a label: narrative.  So is a
		 * plain line of the narrative sections without any word that a
		 * heading (…情况, …问题, …事项) or the start of a table (第二十条,
		 * 本年新收) has: it is not folded at all.
		 */
		if (t->len <= MAX_LABEL_RAW &&
			!(t->kind == GR_TOK_LINE && p->cur.section < 0 && !p->active_started &&
			  (p->section == S_NONE || p->section == S_OVERVIEW ||
			   p->section == S_PROBLEMS || p->section == S_OTHER) &&
			  !may_be_structure(t->s, t->len)))
		{
			int			before = p->trad_hits;

			fl = gr_fold(t->s, t->len, f, sizeof(f), &p->trad_hits);
			p->folded_tokens++;
			(void) before;
		}
		else
			fl = SIZE_MAX;

		if (t->kind == GR_TOK_LINE && fl != SIZE_MAX)
		{
			sect		s = heading_of(f, fl);

			if (s != S_NONE && s > p->section)
			{
				enter_section(p, s, t);
				if (s == S_REQUESTS)
					p->req_started = p->req_started;
				if (s == S_APPEALS)
				{
					p->req_done = true;
					p->appeals_started = true;
					p->ap_n = 0;
					p->ap_numeric = false;
				}
				continue;
			}
		}
		/* pdftotext rows: label fields before the values, words among them */
		if (p->ln_pdf && (p->section == S_ACTIVE || p->section == S_REQUESTS) && !p->req_done)
		{
			if (p->ln_vals && pdf_value(p, &ts, i))
				continue;
			if (!p->ln_vals && fl != SIZE_MAX && fl <= MAX_LABEL_BYTES)
			{
				pdf_label(p, t, f, fl);
				continue;
			}
		}
		if (fl != SIZE_MAX && fl <= MAX_LABEL_BYTES)
		{
			int			before_rows = p->nrows_active + p->nrows_req;
			int			cur_before = p->cur.section;
			int			cur_row = p->cur.row;

			table_token(p, t, f, fl);
			if (p->nrows_active + p->nrows_req != before_rows ||
				p->cur.section != cur_before || p->cur.row != cur_row)
			{
				/* a label: values held since an unmatched head are its own
				 * when they are exactly a row's worth (head and values on
				 * one line, the label's words on the next) */
				if (p->cur.section >= 0 && p->cur.n == 0 && p->norph == p->cur.ncols &&
					p->orph[0]->lstart == p->orph[p->norph - 1]->lstart)
					take_orphans(p);
				p->pendlen = 0;
				p->norph = 0;
				continue;		/* it was a label */
			}
			if ((p->section == S_ACTIVE || p->section == S_REQUESTS) &&
				(p->cur.section < 0 || p->cur.n == 0) && join_label(p, t, f, fl))
				continue;
			if (p->section == S_APPEALS && !p->appeals_done)
			{
				appeals_token(p, t);
				continue;
			}
		}
		else if (p->section == S_APPEALS && !p->appeals_done && p->ap_numeric)
		{
			appeals_token(p, t);
			continue;
		}

		/* an open row: text is an unreadable cell — or a label's wrapped tail */
		if (p->cur.section >= 0)
		{
			if (p->cur.n == 0 && (t->kind == GR_TOK_LINE || p->cur.group) && !tok_has_digit(t))
				continue;
			/* a full row closes: the text may be the head of the next label */
			if (!add_value(p, t) && fl <= MAX_LABEL_BYTES &&
				(p->section == S_ACTIVE || p->section == S_REQUESTS))
				join_label(p, t, f, fl);
			continue;
		}
	}
	finish_row(p);
	finish_appeals(p);

	/* revisions and presence */
	if (p->nrows_active > 0)
		d->form_active = active_form(p);
	if (p->nrows_req >= 2)
		d->form_requests = (p->other_group_values && !p->other_leaf_seen) ?
			GR_FORM_2019 : GR_FORM_2021;
	else if (p->nrows_req == 1)
	{
		/* one stray row is not a table */
		memset(d->req, 0, sizeof(d->req));
	}
	if (d->form_requests == GR_FORM_2021 && p->have_req[GR_R_DISP(GR_D_OTHER)])
		memset(d->req[GR_R_DISP(GR_D_OTHER)], 0, sizeof(d->req[0]));

	if (d->form_active != GR_FORM_NONE)
		active_settle(p, d->form_active);
	diagnostics(p);

	{
		int			found = (d->form_active != GR_FORM_NONE) +
			(d->form_requests != GR_FORM_NONE) + (d->has_appeals ? 1 : 0);

		d->status = found == 3 ? GR_OK : found > 0 ? GR_PARTIAL : GR_NOT_A_REPORT;
	}
	d->script = p->trad_hits >= 3 ? GR_TRADITIONAL : GR_SIMPLIFIED;

	/* narrative sections */
	{
		static const sect ns[GR_N_COUNT] = {S_OVERVIEW, S_PROBLEMS, S_OTHER};

		for (int k = 0; k < GR_N_COUNT; k++)
			if (p->narr_seen[ns[k]])
				d->narrative[k] = narrative_text(p, p->narr_start[ns[k]], p->narr_end[ns[k]]);
	}

	/* the closing date: a line that is only a date, after the last table */
	for (size_t i = ts.n; i-- > 0;)
	{
		const gr_tok *t = &ts.t[i];
		size_t		fl;
		int			y,
					mo,
					dd;

		if (t->kind == GR_TOK_BREAK || t->len == 0 || t->len > 60)
			continue;
		fl = gr_fold(t->s, t->len, f, sizeof(f), NULL);
		if (read_date_line(f, fl, &y, &mo, &dd))
		{
			d->pub_y = y;
			d->pub_m = mo;
			d->pub_d = dd;
			/* the narrative ends before the signature lines */
			if (d->narrative[GR_N_OTHER_MATTERS].p && p->narr_seen[S_OTHER] &&
				t->lstart > p->narr_start[S_OTHER])
			{
				size_t		end = t->lstart;

				/* and before the agency's name on the line above */
				if (i > 0)
				{
					size_t		k = i;

					while (k > 0 && ts.t[k - 1].kind == GR_TOK_BREAK)
						k--;
					if (k > 0 && d->agency.p && ts.t[k - 1].len <= d->agency.len + 12 &&
						ts.t[k - 1].lstart > p->narr_start[S_OTHER])
					{
						gr_str		a = gr_trim(ts.t[k - 1].s, ts.t[k - 1].len);

						if (a.len == d->agency.len && memcmp(a.p, d->agency.p, a.len) == 0)
							end = ts.t[k - 1].lstart;
					}
				}
				d->narrative[GR_N_OTHER_MATTERS] = narrative_text(p, p->narr_start[S_OTHER], end);
			}
			break;
		}
		if (i + 40 < ts.n)
			break;
	}

	/*
	 * Facts from the narrative: the part before the tables (title, preamble,
	 * 一、总体情况) and 六、其他需要报告的事项, where the fee is stated.
	 * Section 五 (problems and plans) states no year's figures.
	 */
	{
		size_t		pre_end = p->narr_seen[S_ACTIVE] ? p->narr_start[S_ACTIVE] :
			(p->narr_seen[S_REQUESTS] ? p->narr_start[S_REQUESTS] : ts.len);

		narrative_facts(p, ts.text, pre_end < ts.len ? pre_end : ts.len);
		if (d->narrative[GR_N_OTHER_MATTERS].p)
			narrative_facts(p, d->narrative[GR_N_OTHER_MATTERS].p,
							d->narrative[GR_N_OTHER_MATTERS].len);
	}
	if (d->status == GR_NOT_A_REPORT)
	{
		/* facts alone do not make a report */
		for (int k = 0; k < GR_F_COUNT; k++)
			d->facts[k].state = GR_ABSENT;
	}
}
