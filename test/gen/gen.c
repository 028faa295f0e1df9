/*
 * gen.c — random report documents and their text in every layout a real
 * extractor produces (see gen.h and doc/layouts.md).
 *
 * A document is first laid out as a "sheet": title, headings, paragraphs
 * and tables whose cells carry their text and their colspan/rowspan as in
 * the form printed in Word.  Each layout then writes the sheet the way its
 * extractor would: the HTML page keeps the spans, the grid layouts (pipe,
 * box, ASCII, pdftotext) expand them into empty cells or merged borders,
 * the one-cell-per-line layout drops them.
 */
#include "gen.h"

#include <stdio.h>
#include <string.h>

/*
 * Wrap label cells in the pdftotext layout as a PDF page does (every label
 * column at once, spanning labels centred over their rows, the numbers on
 * the first, middle or last line of a wrapped row or on a line of their
 * own); chosen at random for three pdf tables in four.  0 keeps every row
 * on one line.
 */
#ifndef GEN_PDF_BREAK_LABELS
#define GEN_PDF_BREAK_LABELS 1
#endif

const char *const gen_layout_names[GEN_L_COUNT] = {
	"tab", "lines", "pipe", "html", "pdf", "box", "ascii"
};

/* true with probability num/den */
#define chance gen_chance

static const char *
pick(uint64_t *s, const char *const *v, int n)
{
	return v[gen_below(s, n)];
}

#define NELEM(a) ((int) (sizeof(a) / sizeof((a)[0])))

static char *
mem_strdup(const gr_mem *m, const char *s, size_t n)
{
	char	   *r = gr_alloc(m, n + 1);

	memcpy(r, s, n);
	r[n] = '\0';
	return r;
}

/* ---------------------------------------------------------------- documents */

/* Place syllables written alike in both scripts, then the place's rank. */
static const char *const syll[] = {
	"青", "石", "安", "平", "江", "山", "河", "川", "松", "林", "南", "北", "西", "明",
	"和", "永", "泉", "清", "水", "白", "沙", "玉", "金", "新", "溪", "桐", "梅", "竹",
	"湖", "岩", "峰", "源"
};
static const char *const rank_s[] = {"县", "市", "区"};
static const char *const rank_t[] = {"縣", "市", "區"};

/* Offices, simplified and traditional (regional wording included). */
static const char *const office_s[] = {
	"人民政府办公室", "市场监督管理局", "知识产权局", "教育局", "自然资源和规划局",
	"交通运输局", "卫生健康委员会", "生态环境分局", "街道办事处", "农业农村局",
	"知识产权事业发展中心", "医疗保障局", "退役军人事务局", "统计局"
};
static const char *const office_t[] = {
	"人民政府辦公室", "市場監督管理局", "智慧財產權局", "教育局", "自然資源和規劃局",
	"交通運輸局", "衛生健康委員會", "生態環境分局", "街道辦事處", "農業農村局",
	"知識產權事業發展中心", "醫療保障局", "退役軍人事務局", "統計局"
};

/* A count: mostly small, sometimes in the thousands. */
static int64_t
count(uint64_t *s)
{
	if (chance(s, 1, 12))
		return 1000 + gen_below(s, 200000);
	if (chance(s, 1, 3))
		return 0;
	return gen_below(s, 40);
}

/* A disposition leaf: mostly 0, now and then in the thousands. */
static int64_t
req_leaf(uint64_t *s)
{
	return chance(s, 2, 3) ? 0 : (chance(s, 1, 20) ? gen_below(s, 3000) : gen_below(s, 9));
}

/* An appeals cell: half of them 0. */
static int64_t
appeal_cell(uint64_t *s)
{
	return chance(s, 1, 2) ? 0 : gen_below(s, 6);
}

static void
maybe_blank(uint64_t *s, gr_cell *c)
{
	/*
	 * Reports leave a cell blank mostly where it is zero (a blank counts as
	 * 0, so the table still balances); now and then a number is lost.
	 */
	if (c->state == GR_VALUE && c->m != 0 ? chance(s, 1, 2000) : chance(s, 1, 30))
	{
		c->state = GR_BLANK;
		c->m = 0;
		c->scale = 0;
	}
}

/* Narrative sentences: {simplified, traditional}; %d where a number goes. */
typedef struct pair
{
	const char *s;
	const char *t;
} pair;

static const pair open_p[] = {
	{"%d年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续完善公开工作机制。",
	"%d年，本機關認真貫徹落實《中華人民共和國政府信息公開條例》，持續完善公開工作機制。"},
	{"%d年，我单位坚持以公开为常态、不公开为例外，稳步推进政务公开各项工作。",
	"%d年，我單位堅持以公開為常態、不公開為例外，穩步推進政務公開各項工作。"},
};
static const pair proactive_p[] = {
	{"全年共主动公开政府信息%d条，其中机构职能类信息12条。",
	"全年共主動公開政府信息%d條，其中機構職能類信息12條。"},
	{"本年度通过门户网站主动公开政府信息%d条。", "本年度通過入口網站主動公開政府信息%d條。"},
	{"累计发布政府信息%d条，较上年有所增加。", "累計發布政府信息%d條，較上年有所增加。"},
	{"全年主动公开各类政府信息共计%d条。", "全年主動公開各類政府信息共計%d條。"},
};
static const pair requests_p[] = {
	{"全年共受理政府信息公开申请%d件，均在法定期限内答复。",
	"全年共受理政府信息公開申請%d件，均在法定期限內答覆。"},
	{"本年度共收到政府信息公开申请%d件。", "本年度共收到政府信息公開申請%d件。"},
	{"新收政府信息公开申请%d件，已全部办结。", "新收政府信息公開申請%d件，已全部辦結。"},
};
static const pair requests_zero_p[] = {
	{"全年未收到政府信息公开申请。", "全年未收到政府信息公開申請。"},
	{"本年度未受理政府信息公开申请。", "本年度未受理政府信息公開申請。"},
};
static const pair fee_zero_p[] = {
	{"本机关未收取任何信息处理费。", "本機關未收取任何信息處理費。"},
	{"全年未收取政府信息公开信息处理费。", "全年未收取政府信息公開信息處理費。"},
	{"本年度不存在收取信息处理费的情况。", "本年度不存在收取信息處理費的情況。"},
};
static const pair fee_p[] = {
	{"依法收取信息处理费%d元，已全额上缴。", "依法收取信息處理費%d元，已全額上繳。"},
	{"全年共收取信息处理费%d元。", "全年共收取信息處理費%d元。"},
};
static const pair filler_p[] = {
	{"组织开展业务培训%d次，参训人员达到86人次。", "組織開展業務培訓%d次，參訓人員達到86人次。"},
	{"更新公开目录%d项，做到应公开尽公开。", "更新公開目錄%d項，做到應公開盡公開。"},
	{"召开专题会议%d次，研究部署重点工作。", "召開專題會議%d次，研究部署重點工作。"},
};
static const pair problems_p[] = {
	{"一是部分栏目更新还不够及时。二是政策解读的形式较为单一。",
	"一是部分欄目更新還不夠及時。二是政策解讀的形式較為單一。"},
	{"工作人员业务水平有待提高，下一步将加强培训，完善制度。",
	"工作人員業務水平有待提高，下一步將加強培訓，完善制度。"},
};
static const pair other_p[] = {
	{"本机关按要求完成了人大代表建议和政协提案的办理工作。",
	"本機關按要求完成了人大代表建議和政協提案的辦理工作。"},
	{"年度工作要点所列任务均已落实。", "年度工作要點所列任務均已落實。"},
};

static void
say(gr_buf *b, uint64_t *s, gr_script sc, const pair *v, int n, long x)
{
	const pair *p = &v[gen_below(s, n)];

	gr_buf_printf(b, sc == GR_TRADITIONAL ? p->t : p->s, x);
}

static gr_str
buf_str(const gr_buf *b)
{
	gr_str		r;

	r.p = b->data;
	r.len = b->len;
	return r;
}

void
gen_doc_random(gr_doc *d, uint64_t seed, gr_script sc, const gr_mem *m)
{
	uint64_t	st = gen_seed(seed, 0x1234567);
	uint64_t   *s = &st;
	gr_form		fa,
				fr;
	gr_buf		b;

	memset(d, 0, sizeof(*d));
	fa = chance(s, 1, 3) ? GR_FORM_2019 : GR_FORM_2021;
	fr = chance(s, 1, 3) ? GR_FORM_2019 : GR_FORM_2021;
	d->status = GR_OK;
	d->script = sc;
	d->form_active = fa;
	d->form_requests = fr;
	d->has_appeals = true;
	d->year = 2018 + (int) gen_below(s, 7);
	d->pub_y = d->year + 1;
	d->pub_m = 1 + (int) gen_below(s, 3);
	d->pub_d = 1 + (int) gen_below(s, 28);

	/* agency: a place and an office */
	gr_buf_init(&b, m, 64);
	{
		int			n = 2 + (int) gen_below(s, 2);
		int			rk = (int) gen_below(s, 3);
		int			off = (int) gen_below(s, NELEM(office_s));

		for (int k = 0; k < n; k++)
			gr_buf_puts(&b, pick(s, syll, NELEM(syll)));
		gr_buf_puts(&b, sc == GR_TRADITIONAL ? rank_t[rk] : rank_s[rk]);
		gr_buf_puts(&b, sc == GR_TRADITIONAL ? office_t[off] : office_s[off]);
	}
	d->agency = buf_str(&b);

	/* section 2 */
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
		{
			gr_cell    *cell = &d->active[r][c];

			if (!gr_active_has(fa, (gr_arow) r, (gr_acol) c))
				continue;
			if (c == GR_AC_AMOUNT && r == GR_A_FEES)
				gen_set(cell, gen_below(s, 300000), (int) gen_below(s, 4));
			else if (c == GR_AC_AMOUNT)
				gen_set(cell, gen_below(s, 5000000), chance(s, 1, 4) ? 2 : 0);
			else if (c == GR_AC_CHANGE)
				gen_set(cell, gen_below(s, 31) - 15, 0);
			else
				gen_set(cell, count(s), 0);
			maybe_blank(s, cell);
		}

	/* sections 3 and 4: balanced by construction */
	gen_requests_balanced(d, s, req_leaf, 4);
	gen_appeals_balanced(d, s, appeal_cell);
	/* now and then a report that does not balance */
	if (chance(s, 1, 5))
	{
		int			row,
					c = (int) gen_below(s, GR_RC_COUNT);

		do
			row = (int) gen_below(s, GR_R_NROWS);
		while (!gr_rrow_is_leaf(fr, row));
		d->req[row][c].m += 1 + gen_below(s, 5);
	}
	if (chance(s, 1, 8))
		d->appeals[gen_below(s, 3)][gen_below(s, 5)].m += 1;
	/* blank cells, after the sums (a blank counts as 0) */
	for (int row = 0; row < GR_R_NROWS; row++)
		if (gr_rrow_is_leaf(fr, row))
			for (int c = 0; c < GR_RC_COUNT; c++)
				maybe_blank(s, &d->req[row][c]);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			maybe_blank(s, &d->appeals[g][c]);
	/* an appeals table of blanks only is no table: keep one number */
	d->appeals[GR_AP_REVIEW][GR_APC_TOTAL].state = GR_VALUE;

	/* narrative, stating the facts (or not) */
	{
		gr_buf		o,
					p,
					x;
		gr_cell    *nr = &d->req[GR_R_NEW_RECEIVED][GR_RC_TOTAL];

		gr_buf_init(&o, m, 512);
		say(&o, s, sc, open_p, NELEM(open_p), d->year);
		if (chance(s, 4, 5))
		{
			long		n = (long) gen_below(s, 3000);

			say(&o, s, sc, proactive_p, NELEM(proactive_p), n);
			gen_set(&d->facts[GR_F_PROACTIVE_ITEMS], n, 0);
		}
		say(&o, s, sc, filler_p, NELEM(filler_p), 1 + (long) gen_below(s, 9));
		gr_buf_putc(&o, '\n');
		if (chance(s, 4, 5))
		{
			long		n = nr->state == GR_VALUE ? (long) nr->m : (long) gen_below(s, 50);

			if (n == 0)
				say(&o, s, sc, requests_zero_p, NELEM(requests_zero_p), 0);
			else
				say(&o, s, sc, requests_p, NELEM(requests_p), n);
			gen_set(&d->facts[GR_F_REQUESTS_RECEIVED], n, 0);
		}
		say(&o, s, sc, filler_p, NELEM(filler_p), 1 + (long) gen_below(s, 9));
		d->narrative[GR_N_OVERVIEW] = buf_str(&o);

		gr_buf_init(&p, m, 256);
		say(&p, s, sc, problems_p, NELEM(problems_p), 0);
		d->narrative[GR_N_PROBLEMS] = buf_str(&p);

		gr_buf_init(&x, m, 256);
		if (chance(s, 4, 5))
		{
			if (chance(s, 3, 4))
			{
				say(&x, s, sc, fee_zero_p, NELEM(fee_zero_p), 0);
				gen_set(&d->facts[GR_F_FEE_COLLECTED], 0, 0);
			}
			else
			{
				long		n = 1 + (long) gen_below(s, 900);

				say(&x, s, sc, fee_p, NELEM(fee_p), n);
				gen_set(&d->facts[GR_F_FEE_COLLECTED], n, 0);
			}
			gr_buf_putc(&x, '\n');
		}
		say(&x, s, sc, other_p, NELEM(other_p), 0);
		d->narrative[GR_N_OTHER_MATTERS] = buf_str(&x);
	}
}

/* ---------------------------------------------------------------- the sheet */

enum
{
	CK_TEXT = 0,				/* a label or header */
	CK_VALUE = 1,				/* a number */
	CK_BLANK = 2				/* a blank value cell */
};

typedef struct scell
{
	const char *text;
	uint8_t		cs,
				rs,
				kind;
} scell;

#define S_MAXC 16

typedef struct srow
{
	scell		c[S_MAXC];
	int			n;
} srow;

typedef struct stable
{
	srow	   *rows;
	int			n,
				cap,
				ncols;
} stable;

enum
{
	P_TITLE,					/* text: the title line */
	P_TITLE2,					/* the title over two lines: agency, then text */
	P_HEADING,
	P_PARA,
	P_TABLE,
	P_CLOSING					/* a right-aligned closing line */
};

typedef struct spart
{
	int			kind;
	const char *text;
	const char *text2;
	stable	   *tab;
} spart;

typedef struct sheet
{
	spart		p[48];
	int			n;
	const gr_mem *m;
	uint64_t   *rng;
	gr_script	sc;
	gen_layout	layout;
	bool		bare_nowrap;	/* the bare style's table in progress: fixed widths, <p> in cells */
} sheet;

static void
add_part(sheet *sh, int kind, const char *text, const char *text2, stable *t)
{
	if (sh->n < NELEM(sh->p))
	{
		sh->p[sh->n].kind = kind;
		sh->p[sh->n].text = text;
		sh->p[sh->n].text2 = text2;
		sh->p[sh->n].tab = t;
		sh->n++;
	}
}

static srow *
new_row(sheet *sh, stable *t)
{
	if (t->n == t->cap)
	{
		int			nc = t->cap ? t->cap * 2 : 16;
		srow	   *nr = gr_alloc(sh->m, (size_t) nc * sizeof(srow));

		if (t->n)
			memcpy(nr, t->rows, (size_t) t->n * sizeof(srow));
		t->rows = nr;
		t->cap = nc;
	}
	memset(&t->rows[t->n], 0, sizeof(srow));
	return &t->rows[t->n++];
}

static void
add_cell(srow *r, const char *text, int cs, int rs, int kind)
{
	if (r->n < S_MAXC)
	{
		r->c[r->n].text = text;
		r->c[r->n].cs = (uint8_t) cs;
		r->c[r->n].rs = (uint8_t) rs;
		r->c[r->n].kind = (uint8_t) kind;
		r->n++;
	}
}

/* Does this layout lose an empty cell (so a blank must be a placeholder)? */
static bool
needs_placeholder(gen_layout l)
{
	return l == GEN_L_LINES || l == GEN_L_PDF;
}

static const char *const ph_s[] = {"/", "-", "—", "无", "空", "／", "——", "-"};
static const char *const ph_t[] = {"/", "-", "—", "無", "空", "／", "——", "-"};

static void
put_fullwidth(gr_buf *b, const char *s)
{
	for (; *s; s++)
	{
		if (*s >= '0' && *s <= '9')
		{
			char		e[4] = {(char) 0xEF, (char) 0xBC, (char) (0x90 + (*s - '0')), 0};

			gr_buf_puts(b, e);
		}
		else if (*s == '.')
			gr_buf_puts(b, "．");
		else if (*s == ',')
			gr_buf_puts(b, "，");
		else
			gr_buf_putc(b, *s);
	}
}

typedef enum vkind
{
	V_COUNT,
	V_CHANGE,
	V_FEE,						/* 万元, decimals */
	V_AMOUNT					/* procurement, 元 */
} vkind;

/* The text of a value cell, decorated as extractors and authors do. */
static const char *
value_text(sheet *sh, const gr_cell *c, vkind vk)
{
	uint64_t   *s = sh->rng;
	gr_buf		b,
				d;
	char		digits[40];
	int			n = 0;
	uint64_t	u;
	bool		neg = c->m < 0;

	if (c->state != GR_VALUE)
	{
		if (needs_placeholder(sh->layout) || chance(s, 1, 2))
			return pick(s, sh->sc == GR_TRADITIONAL ? ph_t : ph_s, NELEM(ph_s));
		return "";
	}
	/* plain digits, with thousands separators now and then */
	u = neg ? (uint64_t) 0 - (uint64_t) c->m : (uint64_t) c->m;
	{
		bool		sep = chance(s, 1, 6);
		int			k = 0;

		do
		{
			if (k == c->scale && c->scale > 0)
				digits[n++] = '.';
			else if (sep && k > c->scale && (k - c->scale) % 3 == 0)
				digits[n++] = ',';
			digits[n++] = (char) ('0' + (int) (u % 10));
			u /= 10;
			k++;
		} while ((u > 0 || k <= c->scale) && n < 36);
	}
	gr_buf_init(&d, sh->m, 48);
	for (int i = n - 1; i >= 0; i--)
		gr_buf_putc(&d, digits[i]);

	gr_buf_init(&b, sh->m, 64);
	if (vk == V_CHANGE)
	{
		if (neg)
		{
			static const char *const neg_s[] = {"-", "−", "减少", "减", "－"};
			static const char *const neg_t[] = {"-", "−", "減少", "減", "－"};

			gr_buf_puts(&b, pick(s, sh->sc == GR_TRADITIONAL ? neg_t : neg_s, NELEM(neg_s)));
		}
		else if (c->m > 0 && chance(s, 1, 4))
			gr_buf_puts(&b, chance(s, 1, 2) ? "+" : (sh->sc == GR_TRADITIONAL ? "增加" : "增加"));
	}
	else if (neg)
		gr_buf_putc(&b, '-');
	if (chance(s, 1, 12))
		put_fullwidth(&b, d.data);
	else
		gr_buf_puts(&b, d.data);
	if (chance(s, 1, 10))
	{
		switch (vk)
		{
			case V_COUNT:
				gr_buf_puts(&b, chance(s, 1, 2) ? "件" : (sh->sc == GR_TRADITIONAL ? "條" : "条"));
				break;
			case V_CHANGE:
				gr_buf_puts(&b, sh->sc == GR_TRADITIONAL ? "項" : "项");
				break;
			case V_FEE:
				gr_buf_puts(&b, sh->sc == GR_TRADITIONAL ? "萬元" : "万元");
				break;
			case V_AMOUNT:
				gr_buf_puts(&b, "元");
				break;
		}
	}
	return b.data;
}

static const char *
W(sheet *sh, const char *s)
{
	return gr_render_word(sh->sc, s);
}

static const char *
cat3(sheet *sh, const char *a, const char *b, const char *c)
{
	gr_buf		x;

	gr_buf_init(&x, sh->m, 64);
	gr_buf_puts(&x, a);
	gr_buf_puts(&x, b);
	gr_buf_puts(&x, c);
	return x.data;
}

static const char *
disp_label(sheet *sh, int disp)
{
	const gr_label *l = &gr_disps[disp];

	return cat3(sh, l->numbering, sh->sc == GR_TRADITIONAL ? l->label_t : l->label, "");
}

static stable *
new_table(sheet *sh, int ncols)
{
	stable	   *t = gr_alloc(sh->m, sizeof(stable));

	t->ncols = ncols;
	return t;
}

/* Section 2 in one grid of four columns: label and up to three values. */
static stable *
active_table(sheet *sh, const gr_doc *d)
{
	int			nsub;
	const gr_active_sub *subs = gr_active_subs(d->form_active, &nsub);
	stable	   *t = new_table(sh, 4);

	for (int i = 0; i < nsub; i++)
	{
		const gr_active_sub *sub = &subs[i];
		srow	   *r = new_row(sh, t);

		add_cell(r, cat3(sh, W(sh, "第二十条第"), sub->article, W(sh, "项")), 4, 1, CK_TEXT);
		r = new_row(sh, t);
		add_cell(r, W(sh, "信息内容"), 1, 1, CK_TEXT);
		for (int k = 0; k < sub->ncols; k++)
			add_cell(r, W(sh, sub->col_labels[k]), k == sub->ncols - 1 ? 4 - sub->ncols : 1, 1, CK_TEXT);
		for (int j = 0; j < sub->nrows; j++)
		{
			gr_arow		row = sub->rows[j];
			const char *label = W(sh, sub->row_labels[j]);

			if (sh->sc == GR_TRADITIONAL && row == GR_A_NORMATIVE && chance(sh->rng, 1, 2))
				label = d->form_active == GR_FORM_2021 ? "行政規範性檔案" : "規範性檔案";
			r = new_row(sh, t);
			add_cell(r, label, 1, 1, CK_TEXT);
			for (int k = 0; k < sub->ncols; k++)
			{
				gr_acol		c = sub->cols[k];
				const gr_cell *cell = &d->active[row][c];
				vkind		vk = c == GR_AC_CHANGE ? V_CHANGE :
					c == GR_AC_AMOUNT ? (row == GR_A_FEES ? V_FEE : V_AMOUNT) : V_COUNT;

				add_cell(r, value_text(sh, cell, vk), k == sub->ncols - 1 ? 4 - sub->ncols : 1, 1,
						 cell->state == GR_VALUE ? CK_VALUE : CK_BLANK);
			}
		}
	}
	return t;
}

static void
req_values(sheet *sh, srow *r, const gr_doc *d, int row)
{
	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		const gr_cell *cell = &d->req[row][c];

		add_cell(r, value_text(sh, cell, V_COUNT), 1, 1,
				 cell->state == GR_VALUE ? CK_VALUE : CK_BLANK);
	}
}

/* Section 3: three label columns and seven applicant columns. */
static stable *
requests_table(sheet *sh, const gr_doc *d)
{
	gr_form		f = d->form_requests;
	stable	   *t = new_table(sh, 10);
	srow	   *r;
	int			ndisp = 0;
	bool		first_disp = true;
	int			lp = sh->sc == GR_TRADITIONAL;

	r = new_row(sh, t);
	add_cell(r, W(sh, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), 3, 3, CK_TEXT);
	add_cell(r, W(sh, "申请人情况"), 7, 1, CK_TEXT);
	r = new_row(sh, t);
	add_cell(r, lp ? gr_appls[GR_P_NATURAL].label_t : gr_appls[GR_P_NATURAL].label, 1, 2, CK_TEXT);
	add_cell(r, lp ? gr_appls[GR_P_LEGAL].label_t : gr_appls[GR_P_LEGAL].label, 5, 1, CK_TEXT);
	add_cell(r, lp ? gr_appls[GR_P_TOTAL].label_t : gr_appls[GR_P_TOTAL].label, 1, 2, CK_TEXT);
	r = new_row(sh, t);
	for (int a = GR_P_COMMERCIAL; a <= GR_P_OTHER_ORG; a++)
		add_cell(r, lp ? gr_appls[a].label_t : gr_appls[a].label, 1, 1, CK_TEXT);

	for (int row = GR_R_DISP(0); row < GR_R_CARRIED_FORWARD; row++)
		if (gr_rrow_is_leaf(f, row))
			ndisp++;

	for (int row = 0; row < GR_R_NROWS; row++)
	{
		int			disp = row - 2;

		if (!gr_rrow_is_leaf(f, row))
			continue;
		r = new_row(sh, t);
		if (row == GR_R_NEW_RECEIVED || row == GR_R_CARRIED_OVER || row == GR_R_CARRIED_FORWARD)
		{
			add_cell(r, W(sh, gr_rrow_label(row)), 3, 1, CK_TEXT);
			req_values(sh, r, d, row);
			continue;
		}
		if (first_disp)
		{
			add_cell(r, W(sh, "三、本年度办理结果"), 1, ndisp, CK_TEXT);
			first_disp = false;
		}
		if (gr_disps[disp].parent >= 0 && !(f == GR_FORM_2019 && disp == GR_D_OTHER))
		{
			int			g = gr_disps[disp].parent;

			/* the group's cell spans its leaves, from the first one */
			if (row == GR_R_DISP(g + 1))
			{
				int			nleaves = 0;

				for (int k = g + 1; k < GR_D_COUNT && gr_disps[k].parent == g; k++)
					nleaves++;
				add_cell(r, disp_label(sh, g), 1, nleaves, CK_TEXT);
			}
			add_cell(r, disp_label(sh, disp), 1, 1, CK_TEXT);
		}
		else
			add_cell(r, disp_label(sh, disp), 2, 1, CK_TEXT);
		req_values(sh, r, d, row);
	}
	return t;
}

/* Section 4: the group headers over two rows, then fifteen values. */
static stable *
appeals_table(sheet *sh, const gr_doc *d)
{
	stable	   *t = new_table(sh, 15);
	srow	   *r;
	bool		tr = sh->sc == GR_TRADITIONAL;

	r = new_row(sh, t);
	add_cell(r, tr ? gr_apgroups[GR_AP_REVIEW].label_t : gr_apgroups[GR_AP_REVIEW].label, 5, 1, CK_TEXT);
	add_cell(r, W(sh, "行政诉讼"), 10, 1, CK_TEXT);
	r = new_row(sh, t);
	for (int c = 0; c < GR_APC_NCOLS; c++)
		add_cell(r, tr ? gr_apcols[c].label_t : gr_apcols[c].label, 1, 2, CK_TEXT);
	add_cell(r, tr ? gr_apgroups[1].label_t : gr_apgroups[1].label, 5, 1, CK_TEXT);
	add_cell(r, tr ? gr_apgroups[2].label_t : gr_apgroups[2].label, 5, 1, CK_TEXT);
	r = new_row(sh, t);
	for (int g = 0; g < 2; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			add_cell(r, tr ? gr_apcols[c].label_t : gr_apcols[c].label, 1, 1, CK_TEXT);
	r = new_row(sh, t);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
		{
			const gr_cell *cell = &d->appeals[g][c];

			add_cell(r, value_text(sh, cell, V_COUNT), 1, 1,
					 cell->state == GR_VALUE ? CK_VALUE : CK_BLANK);
		}
	return t;
}

/* Paragraphs of a narrative, one part per line of it. */
static void
add_paras(sheet *sh, gr_str s)
{
	size_t		i = 0;

	while (s.p && i < s.len)
	{
		const char *nl = memchr(s.p + i, '\n', s.len - i);
		size_t		e = nl ? (size_t) (nl - s.p) : s.len;

		if (e > i)
			add_part(sh, P_PARA, mem_strdup(sh->m, s.p + i, e - i), NULL, NULL);
		i = e + 1;
	}
}

static void
build_sheet(sheet *sh, const gr_doc *d)
{
	char		y[16];
	const char *agency = mem_strdup(sh->m, d->agency.p, d->agency.len);
	const char *tail;

	snprintf(y, sizeof(y), "%d", d->year);
	tail = cat3(sh, y, W(sh, "年政府信息公开工作年度报告"), "");
	if (chance(sh->rng, 1, 4))
		add_part(sh, P_TITLE2, tail, agency, NULL);
	else
		add_part(sh, P_TITLE, cat3(sh, agency, tail, ""), NULL, NULL);
	add_part(sh, P_HEADING, W(sh, "一、总体情况"), NULL, NULL);
	add_paras(sh, d->narrative[GR_N_OVERVIEW]);
	add_part(sh, P_HEADING, W(sh, "二、主动公开政府信息情况"), NULL, NULL);
	add_part(sh, P_TABLE, NULL, NULL, active_table(sh, d));
	add_part(sh, P_HEADING, W(sh, "三、收到和处理政府信息公开申请情况"), NULL, NULL);
	add_part(sh, P_TABLE, NULL, NULL, requests_table(sh, d));
	add_part(sh, P_HEADING, W(sh, "四、政府信息公开行政复议、行政诉讼情况"), NULL, NULL);
	add_part(sh, P_TABLE, NULL, NULL, appeals_table(sh, d));
	add_part(sh, P_HEADING, W(sh, "五、存在的主要问题及改进情况"), NULL, NULL);
	add_paras(sh, d->narrative[GR_N_PROBLEMS]);
	add_part(sh, P_HEADING, W(sh, "六、其他需要报告的事项"), NULL, NULL);
	add_paras(sh, d->narrative[GR_N_OTHER_MATTERS]);
	add_part(sh, P_CLOSING, agency, NULL, NULL);
	{
		gr_buf		b;

		gr_buf_init(&b, sh->m, 32);
		gr_buf_printf(&b, "%d年%d月%d日", d->pub_y, d->pub_m, d->pub_d);
		add_part(sh, P_CLOSING, b.data, NULL, NULL);
	}
}

/* ---------------------------------------------------------------- grids */

/* A table with its spans expanded: every slot knows the cell covering it. */
typedef struct gslot
{
	const scell *cell;			/* NULL: nothing there (a short row) */
	bool		origin;			/* the cell's top left slot */
	bool		top;			/* in the cell's first row */
} gslot;

typedef struct grid
{
	gslot	   *s;
	int			nrows,
				ncols;
} grid;

static grid
expand(sheet *sh, const stable *t)
{
	grid		g;

	g.nrows = t->n;
	g.ncols = t->ncols;
	g.s = gr_alloc(sh->m, (size_t) (t->n * t->ncols) * sizeof(gslot));
	for (int r = 0; r < t->n; r++)
	{
		int			col = 0;

		for (int k = 0; k < t->rows[r].n; k++)
		{
			const scell *c = &t->rows[r].c[k];

			while (col < t->ncols && g.s[r * t->ncols + col].cell)
				col++;
			for (int dr = 0; dr < c->rs && r + dr < t->n; dr++)
				for (int dc = 0; dc < c->cs && col + dc < t->ncols; dc++)
				{
					gslot	   *sl = &g.s[(r + dr) * t->ncols + col + dc];

					sl->cell = c;
					sl->origin = (dr == 0 && dc == 0);
					sl->top = (dr == 0);
				}
			col += c->cs;
		}
	}
	return g;
}

#define SLOT(g, r, c) ((g).s[(r) * (g).ncols + (c)])

/* Display width: CJK and full-width forms are two columns. */
static int
dwidth(const char *s, size_t n)
{
	int			w = 0;

	for (size_t i = 0; i < n;)
	{
		unsigned char c = (unsigned char) s[i];

		if (c < 0x80)
		{
			w++;
			i++;
		}
		else if (c < 0xE0)
		{
			w++;
			i += 2;
		}
		else
		{
			/* U+2014 and friends are narrow in most terminals; count CJK wide */
			w += (c == 0xE2) ? 1 : 2;
			i += (c < 0xF0) ? 3 : 4;
		}
	}
	return w;
}

static size_t
char_len(const char *s)
{
	unsigned char c = (unsigned char) *s;

	return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static void
pad(gr_buf *b, int n, const char *ch)
{
	for (int i = 0; i < n; i++)
		gr_buf_puts(b, ch);
}

/* The k-th chunk (of display width <= w) of s; empty past the end. */
static gr_str
chunk(const char *s, int w, int k)
{
	gr_str		r = {s, 0};
	size_t		i = 0,
				n = strlen(s);
	int			at = 0;

	for (;;)
	{
		size_t		start = i;
		int			cw = 0;

		while (i < n)
		{
			size_t		cl = char_len(s + i);
			int			ww = dwidth(s + i, cl);

			if (cw + ww > w && cw > 0)
				break;
			cw += ww;
			i += cl;
		}
		if (at == k)
		{
			r.p = s + start;
			r.len = i - start;
			return r;
		}
		if (i >= n)
		{
			r.p = s + n;
			r.len = 0;
			return r;
		}
		at++;
	}
}

static int
nchunks(const char *s, int w)
{
	int			k = 0;

	while (chunk(s, w, k).len > 0)
		k++;
	return k ? k : 1;
}

/* ---------------------------------------------------------------- layouts */

static void
put_title_lines(sheet *sh, gr_buf *b, const spart *p, const char *indent)
{
	if (p->kind == P_TITLE2)
	{
		gr_buf_puts(b, indent);
		gr_buf_puts(b, p->text2);
		gr_buf_putc(b, '\n');
	}
	gr_buf_puts(b, indent);
	gr_buf_puts(b, p->text);
	gr_buf_puts(b, "\n\n");
	(void) sh;
}

/* One cell per line, no tabs, spanned slots not written (seed 003). */
static void
table_lines(sheet *sh, gr_buf *b, const stable *t)
{
	(void) sh;
	for (int r = 0; r < t->n; r++)
		for (int k = 0; k < t->rows[r].n; k++)
		{
			gr_buf_puts(b, t->rows[r].c[k].text);
			gr_buf_putc(b, '\n');
		}
}

/* Pipe tables: spans become empty cells, a GitHub rule, stray bars, headers split. */
static void
table_pipe(sheet *sh, gr_buf *b, const stable *t)
{
	grid		g = expand(sh, t);
	bool		rule = chance(sh->rng, 1, 2);

	for (int r = 0; r < g.nrows; r++)
	{
		bool		header = true;
		int			split = -1;

		for (int c = 0; c < g.ncols; c++)
			if (SLOT(g, r, c).cell && SLOT(g, r, c).cell->kind != CK_TEXT)
				header = false;
		if (header && g.ncols > 2 && chance(sh->rng, 1, 3))
			split = 1 + (int) gen_below(sh->rng, g.ncols - 1);
		if (chance(sh->rng, 1, 10))
			gr_buf_puts(b, "||");
		gr_buf_putc(b, '|');
		for (int c = 0; c < g.ncols; c++)
		{
			const gslot *s = &SLOT(g, r, c);

			if (c == split)
				gr_buf_puts(b, "\n|");
			gr_buf_putc(b, ' ');
			if (s->cell && s->origin)
				gr_buf_puts(b, s->cell->text);
			gr_buf_puts(b, " |");
		}
		if (chance(sh->rng, 1, 10))
			gr_buf_puts(b, "||");
		gr_buf_putc(b, '\n');
		if (r == 0 && rule)
		{
			gr_buf_putc(b, '|');
			for (int c = 0; c < g.ncols; c++)
				gr_buf_puts(b, chance(sh->rng, 1, 3) ? ":---:|" : "---|");
			gr_buf_putc(b, '\n');
		}
	}
}

/* Column widths of a bordered or space-aligned grid. */
static void
col_widths(sheet *sh, const grid *g, int *w, int label_w)
{
	for (int c = 0; c < g->ncols; c++)
	{
		bool		label_col = false;

		w[c] = 2;
		for (int r = 0; r < g->nrows; r++)
		{
			const gslot *s = &SLOT(*g, r, c);

			if (!s->cell || !s->origin)
				continue;
			if (s->cell->kind != CK_TEXT)
			{
				int			x = dwidth(s->cell->text, strlen(s->cell->text));

				if (x > w[c])
					w[c] = x;
			}
			else if (s->cell->cs == 1)
				label_col = true;
		}
		if (label_col && g->ncols <= 10 && c < 3)
			w[c] = w[c] > label_w ? w[c] : label_w;
		else if (w[c] < 4)
			w[c] = 4 + (int) gen_below(sh->rng, 3);
	}
}

/* Width of the cell at slot (r, c) covering cs columns. */
static int
span_width(const int *w, int c, int cs, int sepw)
{
	int			x = 0;

	for (int k = 0; k < cs; k++)
		x += w[c + k];
	return x + (cs - 1) * sepw;
}

/*
 * Bordered tables (w3m box drawing, html2text ASCII): padded cells, long
 * text wrapped onto further lines of the same row, rules between rows that
 * leave the slots of a rowspan open.
 */
static void
table_bordered(sheet *sh, gr_buf *b, const stable *t, bool box)
{
	grid		g = expand(sh, t);
	int			w[S_MAXC];
	const char *V = box ? "│" : "|";
	const char *H = box ? "─" : "-";

	col_widths(sh, &g, w, 8 + 2 * (int) gen_below(sh->rng, 6));
	for (int r = 0; r <= g.nrows; r++)
	{
		/* the rule above row r */
		gr_buf_puts(b, box ? (r == 0 ? "┌" : r == g.nrows ? "└" : "├") : "+");
		for (int c = 0; c < g.ncols; c++)
		{
			bool		open = r > 0 && r < g.nrows && SLOT(g, r, c).cell &&
				SLOT(g, r, c).cell == SLOT(g, r - 1, c).cell;

			pad(b, w[c], open ? " " : H);
			if (c < g.ncols - 1)
				gr_buf_puts(b, box ? (r == 0 ? "┬" : r == g.nrows ? "┴" : "┼") : "+");
		}
		gr_buf_puts(b, box ? (r == 0 ? "┐" : r == g.nrows ? "┘" : "┤") : "+");
		gr_buf_putc(b, '\n');
		if (r == g.nrows)
			break;
		{
			int			lines = 1;

			for (int c = 0; c < g.ncols; c++)
			{
				const gslot *s = &SLOT(g, r, c);

				if (s->cell && s->origin)
				{
					int			n = nchunks(s->cell->text, span_width(w, c, s->cell->cs, 1));

					if (n > lines)
						lines = n;
				}
			}
			for (int ln = 0; ln < lines; ln++)
			{
				gr_buf_puts(b, V);
				for (int c = 0; c < g.ncols;)
				{
					const gslot *s = &SLOT(g, r, c);
					int			cs = s->cell ? s->cell->cs : 1;
					int			sw = span_width(w, c, cs, 1);

					if (s->cell && s->origin)
					{
						gr_str		ch = chunk(s->cell->text, sw, ln);
						int			cw = dwidth(ch.p, ch.len);
						bool		right = s->cell->kind != CK_TEXT && chance(sh->rng, 1, 2);

						if (right)
							pad(b, sw - cw, " ");
						gr_buf_put(b, ch.p, ch.len);
						if (!right)
							pad(b, sw - cw, " ");
					}
					else
						pad(b, sw, " ");
					gr_buf_puts(b, V);
					c += cs;
				}
				gr_buf_putc(b, '\n');
			}
		}
	}
}

/* One physical line of a wrapped pdftotext table: the text starting at each column. */
typedef struct pline
{
	gr_str		txt[S_MAXC];
	uint8_t		cs[S_MAXC];
} pline;

typedef struct plines
{
	pline	   *v;
	int			n,
				cap;
} plines;

/* Insert k empty lines at index at; rows starting at or after it move down. */
static bool
pl_insert(plines *L, int at, int k, int *rstart, int nrows, int keep_row)
{
	if (k <= 0)
		return true;
	if (L->n + k > L->cap || at < 0 || at > L->n)
		return false;
	memmove(&L->v[at + k], &L->v[at], (size_t) (L->n - at) * sizeof(pline));
	memset(&L->v[at], 0, (size_t) k * sizeof(pline));
	L->n += k;
	for (int r = 0; r < nrows; r++)
		if (r != keep_row && rstart[r] >= at)
			rstart[r] += k;
	return true;
}

static void
pl_put(plines *L, int line, int c, gr_str txt, int cs)
{
	if (line >= 0 && line < L->n && txt.len > 0)
	{
		L->v[line].txt[c] = txt;
		L->v[line].cs[c] = (uint8_t) cs;
	}
}

/* Write one line: fields padded to their columns, at least two spaces apart. */
static void
pl_write(gr_buf *b, const pline *ln, const int *w, int ncols)
{
	int			owed = 2;
	bool		any = false;

	gr_buf_puts(b, "  ");
	for (int c = 0; c < ncols;)
	{
		int			cs = ln->cs[c] ? ln->cs[c] : 1;
		int			sw = span_width(w, c, cs, 2);

		if (ln->txt[c].len > 0)
		{
			pad(b, any ? (owed < 2 ? 2 : owed) : owed, " ");
			gr_buf_put(b, ln->txt[c].p, ln->txt[c].len);
			owed = sw - dwidth(ln->txt[c].p, ln->txt[c].len) + 2;
			any = true;
		}
		else
			owed += sw + 2;
		c += cs;
	}
	gr_buf_putc(b, '\n');
}

static void
page_break(sheet *sh, gr_buf *b)
{
	static const char *const pn[] = {"- %d -", "%d", "第 %d 页", "— %d —"};
	int			n = 2 + (int) gen_below(sh->rng, 9);

	gr_buf_puts(b, "\n                               ");
	gr_buf_printf(b, pick(sh->rng, pn, NELEM(pn)), n);
	gr_buf_puts(b, "\n\f");
	if (chance(sh->rng, 1, 2))
		gr_buf_puts(b, W(sh, "政府信息公开工作年度报告"));
	gr_buf_putc(b, '\n');
}

/*
 * pdftotext -layout of a table whose label cells wrap as on the printed
 * page: every label column is wrapped to its width at once (the group and
 * the leaf each over several lines), cells are centred vertically, so a
 * row's numbers stand on the first, middle or last line of its wrapped
 * label, or on a line of their own between two of its lines; a label
 * spanning several rows (三、本年度办理结果, （三）不予公开) stands centred over
 * them, beside a leaf's line or on lines of its own.  Header rows keep
 * one line each.
 */
static void
table_pdf_wrapped(sheet *sh, gr_buf *b, const stable *t)
{
	grid		g = expand(sh, t);
	int			w[S_MAXC];
	int			maxw = 14 + 2 * (int) gen_below(sh->rng, 6);
	int			page_at = t->ncols == 10 ? 4 + (int) gen_below(sh->rng, t->n - 5) : -1;
	int		   *rstart = gr_alloc(sh->m, (size_t) (t->n + 1) * sizeof(int));
	bool	   *data = gr_alloc(sh->m, (size_t) (t->n + 1) * sizeof(bool));
	plines		L;

	L.cap = t->n * 14 + 64;
	L.n = 0;
	L.v = gr_alloc(sh->m, (size_t) L.cap * sizeof(pline));
	col_widths(sh, &g, w, 8);
	for (int c = 0; c < g.ncols; c++)
	{
		if (w[c] > maxw)
			w[c] = maxw;
		if (t->ncols == 4 && c > 0 && w[c] < 12)
			w[c] = 12;
	}
	/* label columns as a page lays them out: narrow outer, wider inner */
	if (t->ncols == 10)
	{
		w[0] = 8 + 2 * (int) gen_below(sh->rng, 3);
		w[1] = 10 + 2 * (int) gen_below(sh->rng, 4);
		w[2] = 18 + 2 * (int) gen_below(sh->rng, 6);
	}
	else if (t->ncols == 4)
		w[0] = 8 + 2 * (int) gen_below(sh->rng, 5);

	/* rows: their own cells */
	for (int r = 0; r < g.nrows; r++)
	{
		int			h = 1,
					vline = 0,
					between = -1;

		data[r] = false;
		for (int c = 0; c < g.ncols; c++)
		{
			const gslot *s = &SLOT(g, r, c);

			if (s->cell && s->origin && s->cell->kind != CK_TEXT)
				data[r] = true;
		}
		if (data[r])
		{
			for (int c = 0; c < g.ncols; c++)
			{
				const gslot *s = &SLOT(g, r, c);

				if (s->cell && s->origin && s->cell->kind == CK_TEXT && s->cell->rs == 1)
				{
					int			k = nchunks(s->cell->text, span_width(w, c, s->cell->cs, 2));

					if (k > h)
						h = k;
				}
			}
			if (h % 2 == 0 && chance(sh->rng, 1, 3))
				between = h / 2;	/* the numbers between the two middle lines */
			else
			{
				int			where = (int) gen_below(sh->rng, 3);

				vline = where == 0 ? 0 : where == 1 ? (h - 1 + (int) gen_below(sh->rng, 2)) / 2 : h - 1;
			}
		}
		rstart[r] = L.n;
		if (!pl_insert(&L, L.n, h + (between >= 0), rstart, 0, -1))
			break;
		for (int c = 0; c < g.ncols;)
		{
			const gslot *s = &SLOT(g, r, c);
			int			cs = s->cell ? s->cell->cs : 1;
			int			sw = span_width(w, c, cs, 2);

			if (s->cell && s->origin)
			{
				if (s->cell->kind != CK_TEXT)
					pl_put(&L, rstart[r] + (between >= 0 ? between : vline), c,
						   chunk(s->cell->text, 1 << 20, 0), cs);
				else if (!data[r])
					pl_put(&L, rstart[r], c, chunk(s->cell->text, 1 << 20, 0), cs);
				else if (s->cell->rs == 1)
				{
					for (int k = 0; k < h; k++)
						pl_put(&L, rstart[r] + k + (between >= 0 && k >= between), c,
							   chunk(s->cell->text, sw, k), cs);
				}
			}
			c += cs;
		}
	}
	rstart[g.nrows] = L.n;

	/* labels spanning rows, inner columns first: centred over their rows */
	for (int c = g.ncols - 1; c >= 0; c--)
		for (int r = 0; r < g.nrows; r++)
		{
			const gslot *s = &SLOT(g, r, c);
			int			a,
						e,
						k,
						sw,
						at;

			if (!s->cell || !s->origin || s->cell->kind != CK_TEXT || s->cell->rs <= 1 || !data[r])
				continue;
			sw = span_width(w, c, s->cell->cs, 2);
			k = nchunks(s->cell->text, sw);
			a = rstart[r];
			e = r + s->cell->rs < g.nrows ? rstart[r + s->cell->rs] : L.n;
			if (chance(sh->rng, 1, 4))
			{
				/* on lines of its own, between two of its rows' lines */
				at = a + 1 + (int) gen_below(sh->rng, e - a > 1 ? e - a - 1 : 1);
				if (!pl_insert(&L, at, k, rstart, g.nrows + 1, r))
					continue;
			}
			else
			{
				if (k > e - a && !pl_insert(&L, e, k - (e - a), rstart, g.nrows + 1, r))
					continue;
				if (k > e - a)
					e = a + k;
				at = a + (e - a - k) / 2 + (int) gen_below(sh->rng, (e - a - k) % 2 + 1);
			}
			for (int j = 0; j < k; j++)
				pl_put(&L, at + j, c, chunk(s->cell->text, sw, j), s->cell->cs);
		}

	for (int i = 0; i < L.n; i++)
	{
		if (page_at >= 0 && page_at + 1 < g.nrows && i == rstart[page_at + 1])
			page_break(sh, b);
		pl_write(b, &L.v[i], w, g.ncols);
	}
}

/*
 * pdftotext -layout: fields aligned by runs of spaces, empty cells lost
 * (blank values are placeholders), a page break inside the table; labels
 * wrapped as on the page (table_pdf_wrapped) or each row on one line.
 */
static void
table_pdf(sheet *sh, gr_buf *b, const stable *t)
{
	grid		g;
	int			w[S_MAXC];
	int			maxw;
	int			page_at;

	if (GEN_PDF_BREAK_LABELS && chance(sh->rng, 3, 4))
	{
		table_pdf_wrapped(sh, b, t);
		return;
	}
	g = expand(sh, t);
	maxw = 14 + 2 * (int) gen_below(sh->rng, 6);
	page_at = t->ncols == 10 ? 4 + (int) gen_below(sh->rng, t->n - 5) : -1;

	col_widths(sh, &g, w, 8);
	for (int c = 0; c < g.ncols; c++)
	{
		if (w[c] > maxw)
			w[c] = maxw;
		/* section 2 spreads four columns over the page: headers keep their words */
		if (t->ncols == 4 && c > 0 && w[c] < 12)
			w[c] = 12;
	}
	for (int r = 0; r < g.nrows; r++)
	{
		bool		values_first = chance(sh->rng, 1, 2);
		bool		broken = false;
		int			last_text = -1;

		/* the row's own label (its last text cell) may break over two lines */
		for (int c = 0; c < g.ncols; c++)
		{
			const gslot *s = &SLOT(g, r, c);

			if (s->cell && s->origin && s->cell->kind == CK_TEXT)
				last_text = c;
		}
		if (last_text >= 0)
		{
			const gslot *s = &SLOT(g, r, last_text);

			/* (wrapping is table_pdf_wrapped's: here a label keeps its line) */
			broken = false &&
				dwidth(s->cell->text, strlen(s->cell->text)) >
				span_width(w, last_text, s->cell->cs, 2);
		}
		for (int ln = 0; ln < (broken ? 2 : 1); ln++)
		{
			bool		vals = !broken || (ln == 0) == values_first;
			int			owed = 2;	/* spaces before the next field */
			bool		any = false;

			gr_buf_puts(b, "  ");
			for (int c = 0; c < g.ncols;)
			{
				const gslot *s = &SLOT(g, r, c);
				int			cs = s->cell ? s->cell->cs : 1;
				int			sw = span_width(w, c, cs, 2);
				gr_str		txt = {"", 0};

				if (s->cell && s->origin)
				{
					if (s->cell->kind == CK_TEXT)
					{
						if (!broken || c != last_text)
						{
							if (ln == 0)
								txt = chunk(s->cell->text, 1 << 20, 0);
						}
						else
						{
							/* the head on the first line, the rest on the second */
							gr_str		h = chunk(s->cell->text, sw, 0);

							if (ln == 0)
								txt = h;
							else
							{
								txt.p = h.p + h.len;
								txt.len = strlen(txt.p);
							}
						}
					}
					else if (vals)
						txt = chunk(s->cell->text, 1 << 20, 0);
				}
				if (txt.len > 0)
				{
					int			cw = dwidth(txt.p, txt.len);

					pad(b, any ? (owed < 2 ? 2 : owed) : owed, " ");
					gr_buf_put(b, txt.p, txt.len);
					owed = sw - cw + 2;
					any = true;
				}
				else
					owed += sw + 2;
				c += cs;
			}
			gr_buf_putc(b, '\n');
		}
		if (r == page_at)
		{
			static const char *const pn[] = {"- %d -", "%d", "第 %d 页", "— %d —"};
			int			n = 2 + (int) gen_below(sh->rng, 9);

			gr_buf_puts(b, "\n                               ");
			gr_buf_printf(b, pick(sh->rng, pn, NELEM(pn)), n);
			gr_buf_puts(b, "\n\f");
			if (chance(sh->rng, 1, 2))
				gr_buf_puts(b, W(sh, "政府信息公开工作年度报告"));
			gr_buf_putc(b, '\n');
		}
	}
}

/* Break a paragraph into lines of about w characters (pdftotext). */
static void
put_wrapped(gr_buf *b, const char *s, int w)
{
	int			k = 0;
	gr_str		c;

	while ((c = chunk(s, w, k)).len > 0)
	{
		gr_buf_put(b, c.p, c.len);
		gr_buf_putc(b, '\n');
		k++;
	}
}

static void
render_text_layout(sheet *sh, gr_buf *b)
{
	int			pw = 60 + 4 * (int) gen_below(sh->rng, 8);

	for (int i = 0; i < sh->n; i++)
	{
		const spart *p = &sh->p[i];

		switch (p->kind)
		{
			case P_TITLE:
			case P_TITLE2:
				put_title_lines(sh, b, p, sh->layout == GEN_L_PDF ? "              " : "");
				break;
			case P_HEADING:
				if (sh->layout != GEN_L_LINES)
					gr_buf_putc(b, '\n');
				if (sh->layout == GEN_L_PDF || chance(sh->rng, 1, 8))
					gr_buf_puts(b, "  ");
				gr_buf_puts(b, p->text);
				gr_buf_putc(b, '\n');
				break;
			case P_PARA:
				if (sh->layout == GEN_L_PDF)
				{
					gr_buf_puts(b, "    ");
					put_wrapped(b, p->text, pw);
				}
				else
				{
					gr_buf_puts(b, p->text);
					gr_buf_putc(b, '\n');
				}
				break;
			case P_TABLE:
				if (sh->layout != GEN_L_LINES)
					gr_buf_putc(b, '\n');
				switch (sh->layout)
				{
					case GEN_L_LINES:
						table_lines(sh, b, p->tab);
						break;
					case GEN_L_PIPE:
						table_pipe(sh, b, p->tab);
						break;
					case GEN_L_BOX:
						table_bordered(sh, b, p->tab, true);
						break;
					case GEN_L_ASCII:
						table_bordered(sh, b, p->tab, false);
						break;
					default:
						table_pdf(sh, b, p->tab);
						break;
				}
				if (sh->layout != GEN_L_LINES)
					gr_buf_putc(b, '\n');
				break;
			case P_CLOSING:
				if (sh->layout == GEN_L_PDF)
					gr_buf_puts(b, "                                        ");
				gr_buf_puts(b, p->text);
				gr_buf_putc(b, '\n');
				break;
		}
	}
}

/* ---------------------------------------------------------------- HTML */

/* Text with entities now and then: quotes, a numeric reference. */
static void
html_text(sheet *sh, gr_buf *b, const char *s, bool cell)
{
	size_t		n = strlen(s);
	int			brk = -1;

	if (cell && dwidth(s, n) > 16 && chance(sh->rng, 1, 3))
		brk = 4 + (int) gen_below(sh->rng, 4);
	for (size_t i = 0, k = 0; i < n; k++)
	{
		size_t		cl = char_len(s + i);

		if ((int) k == brk)
			gr_buf_puts(b, chance(sh->rng, 1, 2) ? "<br />" : "<br>");
		if (cl == 3 && memcmp(s + i, "“", 3) == 0)
			gr_buf_puts(b, "&ldquo;");
		else if (cl == 3 && memcmp(s + i, "”", 3) == 0)
			gr_buf_puts(b, "&rdquo;");
		else if (cl == 3 && (unsigned char) s[i] >= 0xE4 && chance(sh->rng, 1, 40))
		{
			uint32_t	cp = ((uint32_t) (s[i] & 0x0F) << 12) |
				((uint32_t) (s[i + 1] & 0x3F) << 6) | (uint32_t) (s[i + 2] & 0x3F);

			gr_buf_printf(b, chance(sh->rng, 1, 2) ? "&#%u;" : "&#x%X;", (unsigned) cp);
		}
		else
			gr_buf_put(b, s + i, cl);
		i += cl;
	}
}

static void
table_html(sheet *sh, gr_buf *b, const stable *t)
{
	gr_buf_puts(b, chance(sh->rng, 1, 2) ?
				"<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse;width:100%\">\n<tbody>\n" :
				"<TABLE class=\"MsoNormalTable\" width=\"600\"><TBODY>\n");
	for (int r = 0; r < t->n; r++)
	{
		gr_buf_puts(b, chance(sh->rng, 1, 3) ? "<tr style=\"height:20px\">" : "<tr>");
		for (int k = 0; k < t->rows[r].n; k++)
		{
			const scell *c = &t->rows[r].c[k];
			int			style = (int) gen_below(sh->rng, 3);

			gr_buf_puts(b, "\n  <td");
			if (c->cs > 1)
				gr_buf_printf(b, chance(sh->rng, 1, 2) ? " colspan=\"%d\"" : " colspan=%d", c->cs);
			if (c->rs > 1)
				gr_buf_printf(b, " rowspan=\"%d\"", c->rs);
			if (style == 1)
				gr_buf_puts(b, " style=\"text-align:center;vertical-align:middle;border:1px solid #000\"");
			else if (style == 2)
				gr_buf_puts(b, " width=\"72\" valign=\"center\"");
			gr_buf_putc(b, '>');
			if (style == 2)
				gr_buf_puts(b, "<p align=\"center\"><span style=\"font-family:宋体;font-size:14px\">");
			if (c->kind == CK_BLANK && c->text[0] == '\0')
				gr_buf_puts(b, chance(sh->rng, 1, 2) ? "&nbsp;" : "");
			else
				html_text(sh, b, c->text, true);
			if (style == 2)
				gr_buf_puts(b, "</span></p>");
			gr_buf_puts(b, "</td>");
		}
		gr_buf_puts(b, "\n</tr>\n");
	}
	gr_buf_puts(b, "</tbody></table>\n");
}

static void
render_html(sheet *sh, gr_buf *b)
{
	const char *title = NULL;

	for (int i = 0; i < sh->n; i++)
		if (sh->p[i].kind == P_TITLE || sh->p[i].kind == P_TITLE2)
			title = sh->p[i].kind == P_TITLE ? sh->p[i].text :
				cat3(sh, sh->p[i].text2, sh->p[i].text, "");
	gr_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
	gr_buf_puts(b, title ? title : "");
	gr_buf_puts(b, "_政务公开</title>\n<style>td { border: 1px solid #333; }</style>\n"
				"<script type=\"text/javascript\">var n = 1 < 2 && 3 > 2;</script>\n</head>\n<body>\n"
				"<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; 信息公开</div>\n"
				"<div class=\"article\">\n");
	for (int i = 0; i < sh->n; i++)
	{
		const spart *p = &sh->p[i];

		switch (p->kind)
		{
			case P_TITLE:
				gr_buf_puts(b, "<h1 style=\"text-align:center\">");
				html_text(sh, b, p->text, false);
				gr_buf_puts(b, "</h1>\n");
				break;
			case P_TITLE2:
				gr_buf_puts(b, "<p align=\"center\"><b>");
				html_text(sh, b, p->text2, false);
				gr_buf_puts(b, "</b></p>\n<p align=\"center\"><b>");
				html_text(sh, b, p->text, false);
				gr_buf_puts(b, "</b></p>\n");
				break;
			case P_HEADING:
				{
					bool		h3 = chance(sh->rng, 1, 2);

					gr_buf_puts(b, h3 ? "<h3>" : "<p><strong>");
					html_text(sh, b, p->text, false);
					gr_buf_puts(b, h3 ? "</h3>\n" : "</strong></p>\n");
				}
				break;
			case P_PARA:
				gr_buf_puts(b, chance(sh->rng, 1, 2) ? "<p style=\"text-indent:2em;line-height:1.8\">" :
							"<p>&nbsp;&nbsp;&nbsp;&nbsp;");
				html_text(sh, b, p->text, false);
				gr_buf_puts(b, "</p>\n");
				break;
			case P_TABLE:
				table_html(sh, b, p->tab);
				break;
			case P_CLOSING:
				gr_buf_puts(b, "<p style=\"text-align:right\">");
				html_text(sh, b, p->text, false);
				gr_buf_puts(b, "</p>\n");
				break;
		}
	}
	gr_buf_puts(b, "</div>\n<div class=\"footer\"><p>主办单位：本站编辑部 &copy; 版权所有</p>"
				"<p><a href=\"/map\">网站地图</a> | <a href=\"/contact\">联系我们</a></p></div>\n</body>\n</html>\n");
}

void
gen_render(const gr_doc *d, gen_layout layout, gr_script script, uint64_t *rng, gr_buf *out)
{
	sheet		sh;

	if (layout == GEN_L_TAB)
	{
		gr_render(d, out, script);
		return;
	}
	memset(&sh, 0, sizeof(sh));
	sh.m = out->mem;
	sh.rng = rng;
	sh.sc = script;
	sh.layout = layout;
	build_sheet(&sh, d);
	if (layout == GEN_L_HTML)
		render_html(&sh, out);
	else
		render_text_layout(&sh, out);
}

/* ---------------------------------------------------------------- HTML styles */

const char *const gen_html_style_names[GEN_H_COUNT] = {
	"plain", "mso", "cms", "span", "print", "bare"
};

/* Text escaped for HTML, nothing else changed. */
static void
html_plain(gr_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		if (s[i] == '<')
			gr_buf_puts(b, "&lt;");
		else if (s[i] == '>')
			gr_buf_puts(b, "&gt;");
		else if (s[i] == '&')
			gr_buf_puts(b, "&amp;");
		else
			gr_buf_putc(b, s[i]);
	}
}

/*
 * Word's runs: text cut into spans of one to three characters (Word starts
 * a run wherever the author edited), each digit a span of its own, as in
 * pages saved from Word after a table was edited.  Word also breaks its
 * source lines between a tag's attributes (CRLF), never inside text.
 */
static void
mso_runs(sheet *sh, gr_buf *b, const char *s, const char *font)
{
	size_t		n = strlen(s);

	for (size_t i = 0; i < n;)
	{
		bool		digit = s[i] >= '0' && s[i] <= '9';
		int			k = digit ? 1 : 1 + (int) gen_below(sh->rng, 3);
		size_t		j = i;

		for (int c = 0; c < k && j < n; c++)
		{
			if (c > 0 && s[j] >= '0' && s[j] <= '9')
				break;
			j += char_len(s + j);
		}
		gr_buf_puts(b, "<span");
		gr_buf_puts(b, chance(sh->rng, 1, 4) ? "\r\n" : " ");
		if (digit)
			gr_buf_puts(b, "lang=EN-US ");
		gr_buf_printf(b, "style='font-size:10.5pt;font-family:%s;mso-hansi-font-family:\"Times New Roman\";"
					  "color:black;mso-font-kerning:0pt'>", font);
		html_plain(b, s + i, j - i);
		gr_buf_puts(b, "</span>");
		i = j;
	}
}

/*
 * One cell in a style.  c is the cell, or NULL for a slot a merged cell
 * covers (written as an empty cell when spans are not kept); col is its
 * first column in the grid.
 */
static void
styled_cell(sheet *sh, gr_buf *b, gen_html_style st, const scell *c, bool spans, int col,
			const stable *t)
{
	const char *text = c ? c->text : "";
	bool		empty = text[0] == '\0';
	bool		label = c && c->kind == CK_TEXT;
	int			cs = c && spans ? c->cs : 1;
	int			rs = c && spans ? c->rs : 1;
	static const char *const cs_forms[] = {" colspan=\"%d\"", " colSpan=%d", " COLSPAN='%d'"};
	static const char *const rs_forms[] = {" rowspan=\"%d\"", " rowSpan=%d", " ROWSPAN='%d'"};

	switch (st)
	{
		case GEN_H_MSO:
			gr_buf_printf(b, "<td width=%d", label ? 96 : 48);
			break;
		case GEN_H_CMS:
			gr_buf_puts(b, chance(sh->rng, 1, 2) ? "<td style=\"border:1px solid #ccc;text-align:center;\"" :
						"<td class=\"xl65\" align=\"center\" valign=\"middle\"");
			break;
		case GEN_H_SPAN:
			gr_buf_puts(b, chance(sh->rng, 1, 3) ? "<TD" : "<td");
			break;
		default:
			gr_buf_puts(b, "<td");
			break;
	}
	if (st == GEN_H_BARE && sh->bare_nowrap)
		/* an editor's fixed widths: labels wide, figures narrow, never wrapped */
		gr_buf_printf(b, " nowrap=\"nowrap\" style=\"width:%dpx;\"",
					  label && col < (t->ncols == 10 ? 3 : t->ncols == 15 ? 0 : 1) ? 137 + 41 * (cs - 1) :
					  38 * cs + 9 * (int) gen_below(sh->rng, 4));
	if (cs > 1)
		gr_buf_printf(b, st == GEN_H_SPAN ? pick(sh->rng, cs_forms, 3) :
					  st == GEN_H_MSO ? " colspan=%d" : " colspan=\"%d\"", cs);
	if (rs > 1)
		gr_buf_printf(b, st == GEN_H_SPAN ? pick(sh->rng, rs_forms, 3) :
					  st == GEN_H_MSO ? " rowspan=%d" : " rowspan=\"%d\"", rs);
	if (st == GEN_H_MSO)
		gr_buf_puts(b, " valign=top style='border:solid windowtext 1.0pt;border-top:none;\r\n"
					"mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;"
					"padding:0cm 5.4pt 0cm 5.4pt'");
	if (st == GEN_H_PRINT && label && t->ncols == 10 && col < 3 && cs == 1)
		/* section 3's label columns, narrow so that their labels wrap */
		gr_buf_printf(b, " style=\"width:%s\"", col == 2 ? "7em" : "2.2em");
	else if (st == GEN_H_PRINT && label && t->ncols == 4 && col == 0)
		gr_buf_puts(b, " style=\"width:4em\"");
	gr_buf_putc(b, '>');

	switch (st)
	{
		case GEN_H_MSO:
			gr_buf_puts(b, "\r\n  <p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'>");
			if (empty)
				gr_buf_puts(b, "<span lang=EN-US style='font-size:10.5pt'>&nbsp;<o:p></o:p></span>");
			else
			{
				/* a figure centred by hand with no-break spaces */
				bool		padded = !label && chance(sh->rng, 1, 5);

				if (padded)
					gr_buf_puts(b, "<span lang=EN-US>&nbsp;&nbsp;</span>");
				mso_runs(sh, b, text, label ? "宋体" : "\"Times New Roman\"");
				if (padded)
					gr_buf_puts(b, "<span lang=EN-US>&nbsp;</span>");
				gr_buf_puts(b, "<span lang=EN-US style='font-size:10.5pt'><o:p></o:p></span>");
			}
			gr_buf_puts(b, "</p>\r\n  ");
			break;
		case GEN_H_CMS:
			if (empty)
				gr_buf_puts(b, chance(sh->rng, 1, 2) ? "<p><br/></p>" : "<p style=\"text-align:center;\">&nbsp;</p>");
			else
			{
				bool		span = chance(sh->rng, 1, 2);

				gr_buf_puts(b, span ? "<p style=\"text-indent:0;text-align:center;line-height:1.5em;\">"
							"<span style=\"font-size:14px;font-family:宋体;\">" :
							"<p style=\"text-align:center;\">");
				html_plain(b, text, strlen(text));
				gr_buf_puts(b, span ? "</span></p>" : "</p>");
			}
			break;
		case GEN_H_SPAN:
			if (empty)
				gr_buf_puts(b, chance(sh->rng, 1, 2) ? "&nbsp;" : "");
			else
				html_text(sh, b, text, true);
			break;
		case GEN_H_BARE:
			if (!sh->bare_nowrap)
				html_plain(b, text, strlen(text));
			else
			{
				/* every cell a paragraph, figures centred, a blank one a no-break space */
				gr_buf_puts(b, label ? "<p>" : "<p align=\"center\">");
				if (empty)
					gr_buf_puts(b, "&nbsp;");
				else
					html_plain(b, text, strlen(text));
				gr_buf_puts(b, "</p>");
			}
			break;
		default:
			html_plain(b, text, strlen(text));
			break;
	}
	gr_buf_puts(b, "</td>");
}

/*
 * A header cell of one column spanning header rows only (自然人, 总计, the
 * appeals' 结果维持 …): real pages often write it without its rowspan and
 * put an empty cell under it in the next header row.  Row spans over rows
 * with figures (三、本年度办理结果, （三）不予公开) are kept.
 */
static bool
bare_drops_span(const stable *t, grid g, int r, int col)
{
	const scell *c = SLOT(g, r, col).cell;
	int			top = r;

	if (!c || c->kind != CK_TEXT || c->cs != 1 || c->rs < 2)
		return false;
	while (top > 0 && SLOT(g, top - 1, col).cell == c)
		top--;
	for (int rr = top + 1; rr < top + c->rs && rr < t->n; rr++)
		for (int k = 0; k < t->rows[rr].n; k++)
			if (t->rows[rr].c[k].kind != CK_TEXT)
				return false;
	return true;
}

/* The bare style's rows, walked on the grid so that a dropped span's slots get their empty cells. */
static void
bare_rows(sheet *sh, gr_buf *b, const stable *t)
{
	grid		g = expand(sh, t);

	for (int r = 0; r < g.nrows; r++)
	{
		gr_buf_puts(b, "<tr>");
		for (int col = 0; col < g.ncols;)
		{
			const gslot *sl = &SLOT(g, r, col);

			if (!sl->cell)
				col++;
			else if (sl->origin)
			{
				scell		c = *sl->cell;

				if (bare_drops_span(t, g, r, col))
					c.rs = 1;
				styled_cell(sh, b, GEN_H_BARE, &c, true, col, t);
				col += c.cs;
			}
			else if (bare_drops_span(t, g, r, col))
			{
				styled_cell(sh, b, GEN_H_BARE, NULL, true, col, t);
				col++;
			}
			else
				col++;
		}
		gr_buf_puts(b, "</tr>\n");
	}
}

/*
 * A table in a style.  The plain style keeps no merged cells: every slot
 * of the grid is a cell, a merged cell's text in its first slot, as tables
 * come out of editors that lose the merges.  The others keep the form's
 * colspan/rowspan.
 */
static void
styled_table(sheet *sh, gr_buf *b, const stable *t, gen_html_style st)
{
	switch (st)
	{
		case GEN_H_MSO:
			gr_buf_puts(b, "<div align=center>\r\n<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0\r\n"
						" style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\r\n"
						" mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\r\n");
			break;
		case GEN_H_CMS:
			gr_buf_puts(b, "<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" "
						"style=\"border-collapse:collapse;\"><tbody>\n");
			break;
		case GEN_H_PRINT:
			gr_buf_puts(b, "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
			break;
		case GEN_H_BARE:
			/* no border and no style sheet: a browser, or a PDF printer, draws no rules */
			sh->bare_nowrap = chance(sh->rng, 1, 2);
			gr_buf_puts(b, "<table>\n");
			break;
		default:
			gr_buf_puts(b, "<table border=\"1\">\n");
			break;
	}
	if (st == GEN_H_BARE)
		bare_rows(sh, b, t);
	else if (st == GEN_H_PLAIN)
	{
		grid		g = expand(sh, t);

		for (int r = 0; r < g.nrows; r++)
		{
			gr_buf_puts(b, "<tr>");
			for (int c = 0; c < g.ncols; c++)
			{
				const gslot *sl = &SLOT(g, r, c);

				styled_cell(sh, b, st, sl->cell && sl->origin ? sl->cell : NULL, false, c, t);
			}
			gr_buf_puts(b, "</tr>\n");
		}
	}
	else
	{
		grid		g = expand(sh, t);

		for (int r = 0; r < t->n; r++)
		{
			int			col = 0;

			gr_buf_puts(b, st == GEN_H_MSO ? "<tr style='mso-yfti-irow:0;height:15.75pt'>\r\n  " : "<tr>\n");
			for (int k = 0; k < t->rows[r].n; k++)
			{
				const scell *c = &t->rows[r].c[k];

				/* the grid column where this cell starts: past those merged from above */
				while (col < g.ncols && SLOT(g, r, col).cell && SLOT(g, r, col).cell != c)
					col++;
				styled_cell(sh, b, st, c, true, col, t);
				col += c->cs;
			}
			gr_buf_puts(b, st == GEN_H_MSO ? "\r\n </tr>\r\n" : "\n</tr>\n");
		}
	}
	gr_buf_puts(b, st == GEN_H_CMS ? "</tbody></table>\n" : "</table>\n");
	if (st == GEN_H_MSO)
		gr_buf_puts(b, "</div>\r\n");
}

/* A paragraph, heading, title or closing line in a style. */
static void
styled_text(sheet *sh, gr_buf *b, gen_html_style st, int kind, const char *text)
{
	size_t		n = strlen(text);

	if (st == GEN_H_MSO)
	{
		static const char *const open[] = {
			[P_TITLE] = "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b><span\r\nstyle='font-size:22.0pt;font-family:方正小标宋简体'>",
			[P_HEADING] = "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span\r\nstyle='font-size:16.0pt;font-family:黑体'>",
			[P_PARA] = "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span\r\nstyle='font-size:16.0pt;font-family:仿宋_GB2312'>",
			[P_CLOSING] = "<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt'><span\r\nstyle='font-size:16.0pt;font-family:仿宋_GB2312'>",
		};

		gr_buf_puts(b, open[kind]);
		html_plain(b, text, n);
		gr_buf_puts(b, kind == P_TITLE ? "</span></b></p>\r\n\r\n" : "<span lang=EN-US><o:p></o:p></span></span></p>\r\n\r\n");
		return;
	}
	if (st == GEN_H_BARE)
	{
		/* an article body as editors type it: every line a paragraph, headings too */
		gr_buf_puts(b, kind == P_TITLE ? "<p style='text-align: center;font-weight: bold;'>" :
					kind == P_CLOSING ? "<p style=\"text-align: right\">" : "<p>");
		html_plain(b, text, n);
		gr_buf_puts(b, "</p>\n");
		return;
	}
	switch (kind)
	{
		case P_TITLE:
			gr_buf_puts(b, st == GEN_H_CMS ? "<p style=\"text-align:center;\"><strong>" : "<h2 align=\"center\">");
			break;
		case P_HEADING:
			gr_buf_puts(b, st == GEN_H_CMS ? "<p style=\"text-indent:2em;\"><strong>" : "<h3>");
			break;
		case P_PARA:
			gr_buf_puts(b, st == GEN_H_CMS ? "<p style=\"text-indent:2em;\">" : "<p>");
			break;
		default:
			gr_buf_puts(b, "<p style=\"text-align:right\">");
			break;
	}
	if (st == GEN_H_SPAN)
		html_text(sh, b, text, false);
	else
		html_plain(b, text, n);
	switch (kind)
	{
		case P_TITLE:
			gr_buf_puts(b, st == GEN_H_CMS ? "</strong></p>\n" : "</h2>\n");
			break;
		case P_HEADING:
			gr_buf_puts(b, st == GEN_H_CMS ? "</strong></p>\n" : "</h3>\n");
			break;
		default:
			gr_buf_puts(b, "</p>\n");
			break;
	}
}

static const char mso_head[] =
"<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\r\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\r\n"
"xmlns:w=\"urn:schemas-microsoft-com:office:word\"\r\nxmlns=\"http://www.w3.org/TR/REC-html40\">\r\n\r\n"
"<head>\r\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\r\n"
"<meta name=ProgId content=Word.Document>\r\n<meta name=Generator content=\"Microsoft Word 15\">\r\n"
"<!--[if gte mso 9]><xml>\r\n <o:DocumentProperties>\r\n  <o:Author>user</o:Author>\r\n"
"  <o:Pages>3</o:Pages>\r\n </o:DocumentProperties>\r\n</xml><![endif]-->\r\n"
"<style>\r\n<!--\r\n /* Font Definitions */\r\n @font-face\r\n\t{font-family:宋体;\r\n"
"\tpanose-1:2 1 6 0 3 1 1 1 1 1;\r\n\tmso-font-charset:134;}\r\n"
" /* Style Definitions */\r\n p.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{mso-style-unhide:no;\r\n"
"\tmargin:0cm;\r\n\ttext-align:justify;\r\n\tfont-size:10.5pt;\r\n\tfont-family:\"Times New Roman\",serif;}\r\n"
"@page WordSection1\r\n\t{size:595.3pt 841.9pt;\r\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\r\n"
"div.WordSection1\r\n\t{page:WordSection1;}\r\n-->\r\n</style>\r\n</head>\r\n\r\n"
"<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\r\n\r\n"
"<div class=WordSection1 style='layout-grid:15.6pt'>\r\n\r\n";

static const char print_head[] =
"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<style>\n"
"body { font-family: \"Noto Serif CJK SC\", \"Noto Sans CJK SC\", serif; font-size: 15pt; }\n"
"table { border-collapse: collapse; }\ntd { border: 1px solid #000; text-align: center; }\n"
"</style>\n</head>\n<body>\n";

void
gen_render_html(const gr_doc *d, gen_html_style st, gr_script script, uint64_t *rng, gr_buf *out)
{
	sheet		sh;
	const char *title = "";

	memset(&sh, 0, sizeof(sh));
	sh.m = out->mem;
	sh.rng = rng;
	sh.sc = script;
	sh.layout = GEN_L_HTML;
	build_sheet(&sh, d);
	for (int i = 0; i < sh.n; i++)
		if (sh.p[i].kind == P_TITLE || sh.p[i].kind == P_TITLE2)
			title = sh.p[i].kind == P_TITLE ? sh.p[i].text : cat3(&sh, sh.p[i].text2, sh.p[i].text, "");

	switch (st)
	{
		case GEN_H_MSO:
			gr_buf_puts(out, mso_head);
			break;
		case GEN_H_PRINT:
			gr_buf_puts(out, print_head);
			break;
		case GEN_H_BARE:
			gr_buf_puts(out, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>");
			html_plain(out, title, strlen(title));
			gr_buf_puts(out, "</title></head>\n<body>\n<div id=\"zoom\" class=\"article-content\">\n");
			break;
		case GEN_H_CMS:
			gr_buf_puts(out, "<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<title>");
			html_plain(out, title, strlen(title));
			gr_buf_puts(out, "</title>\n<link rel=\"stylesheet\" href=\"/css/main.css\">\n"
						"<script src=\"/js/jquery.min.js\"></script>\n</head>\n<body>\n"
						"<div class=\"top\"><span>无障碍阅读</span> | <a href=\"/\">简体版</a> | <a href=\"/big5/\">繁體版</a></div>\n"
						"<div class=\"header\"><div class=\"logo\">政府门户网站</div>\n<ul class=\"nav\">"
						"<li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>"
						"<li><a href=\"/bsfw/\">办事服务</a></li><li><a href=\"/hdjl/\">互动交流</a></li></ul></div>\n"
						"<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; "
						"<a href=\"/zwgk/ndbg/\">政府信息公开年报</a></div>\n<div class=\"main\">\n"
						"<div class=\"side\"><h4>信息公开目录</h4><ul><li><a href=\"/zwgk/zn/\">信息公开指南</a></li>"
						"<li><a href=\"/zwgk/zd/\">信息公开制度</a></li><li><a href=\"/zwgk/ndbg/\">信息公开年报</a></li></ul></div>\n"
						"<div class=\"content\">\n<table class=\"meta\"><tr><td>索引号：</td><td>ZX-2024-0007</td>"
						"<td>主题分类：</td><td>政务公开</td></tr></table>\n<div class=\"TRS_Editor\">\n");
			break;
		default:
			gr_buf_puts(out, "<html>\n<head>\n<meta charset=\"utf-8\">\n<title>");
			html_plain(out, title, strlen(title));
			gr_buf_puts(out, "</title>\n</head>\n<body>\n");
			break;
	}
	for (int i = 0; i < sh.n; i++)
	{
		const spart *p = &sh.p[i];

		if (p->kind == P_TABLE)
			styled_table(&sh, out, p->tab, st);
		else if (p->kind == P_TITLE2)
		{
			styled_text(&sh, out, st, P_TITLE, p->text2);
			styled_text(&sh, out, st, P_TITLE, p->text);
		}
		else
			styled_text(&sh, out, st, p->kind, p->text);
	}
	switch (st)
	{
		case GEN_H_MSO:
			gr_buf_puts(out, "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\r\n\r\n</div>\r\n\r\n</body>\r\n\r\n</html>\r\n");
			break;
		case GEN_H_CMS:
			gr_buf_puts(out, "</div>\n<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a></div>\n"
						"<div class=\"print\"><a href=\"javascript:window.print()\">【打印本页】</a> "
						"<a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n</div>\n</div>\n"
						"<div class=\"footer\"><p>主办：政府办公室 承办：信息中心</p><p>网站标识码：0000000001 "
						"备案号：备00000000号</p></div>\n</body>\n</html>\n");
			break;
		case GEN_H_BARE:
			gr_buf_puts(out, "</div>\n</body></html>\n");
			break;
		default:
			gr_buf_puts(out, "</body>\n</html>\n");
			break;
	}
}

/* ---------------------------------------------------------------- compare */

static const char *const state_names[] = {"absent", "value", "blank", "unreadable", "missing"};

static void
diff_cell(gr_buf *why, int *n, int sec, int row, int col, const gr_cell *w, const gr_cell *g)
{
	if (gen_cell_equal(w, g))
		return;
	if (why && *n < 6)
	{
		gr_cell_path(why, sec, row, col);
		gr_buf_printf(why, ": want %s ", state_names[w->state % 5]);
		gr_cell_format(why, w);
		gr_buf_printf(why, ", got %s ", state_names[g->state % 5]);
		gr_cell_format(why, g);
		gr_buf_putc(why, '\n');
	}
	(*n)++;
}

int
gen_compare(const gr_doc *want, const gr_doc *got, gr_buf *why)
{
	int			n = 0;
	int			nblank = 0;

	if (want->form_active != got->form_active || want->form_requests != got->form_requests ||
		want->has_appeals != got->has_appeals)
	{
		if (why)
			gr_buf_printf(why, "forms: want %d/%d/%d, got %d/%d/%d\n",
						  want->form_active, want->form_requests, want->has_appeals,
						  got->form_active, got->form_requests, got->has_appeals);
		n++;
	}
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			diff_cell(why, &n, GR_SEC_ACTIVE, r, c, &want->active[r][c], &got->active[r][c]);
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			diff_cell(why, &n, GR_SEC_REQUESTS, r, c, &want->req[r][c], &got->req[r][c]);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			diff_cell(why, &n, GR_SEC_APPEALS, g, c, &want->appeals[g][c], &got->appeals[g][c]);
	if (want->year != got->year || want->agency.len != got->agency.len ||
		(want->agency.len && memcmp(want->agency.p, got->agency.p, want->agency.len) != 0))
	{
		if (why)
			gr_buf_printf(why, "title: want %.*s %d, got %.*s %d\n",
						  (int) want->agency.len, want->agency.p ? want->agency.p : "", want->year,
						  (int) got->agency.len, got->agency.p ? got->agency.p : "", got->year);
		n++;
	}
	if (want->pub_y != got->pub_y || want->pub_m != got->pub_m || want->pub_d != got->pub_d)
	{
		if (why)
			gr_buf_printf(why, "published: want %d-%d-%d, got %d-%d-%d\n", want->pub_y,
						  want->pub_m, want->pub_d, got->pub_y, got->pub_m, got->pub_d);
		n++;
	}
	if (want->script != got->script)
	{
		if (why)
			gr_buf_printf(why, "script: want %d, got %d\n", want->script, got->script);
		n++;
	}
	for (int k = 0; k < GR_F_COUNT; k++)
		if (!gen_cell_equal(&want->facts[k], &got->facts[k]))
		{
			if (why)
			{
				gr_buf_printf(why, "facts.%s: want ", gr_fact_keys[k]);
				gr_cell_format(why, &want->facts[k]);
				gr_buf_puts(why, ", got ");
				gr_cell_format(why, &got->facts[k]);
				gr_buf_putc(why, '\n');
			}
			n++;
		}
	/* one diagnostic per cell that is not a number, and no other */
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			nblank += want->active[r][c].state == GR_BLANK;
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			nblank += want->req[r][c].state == GR_BLANK;
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			nblank += want->appeals[g][c].state == GR_BLANK;
	if (got->ndiags != nblank)
	{
		if (why)
			gr_buf_printf(why, "diagnostics: want %d, got %d\n", nblank, got->ndiags);
		n++;
	}
	return n;
}

int
gen_compare_cells(const gr_doc *want, const gr_doc *got, int *ncells, gen_cell_diff *out, int max)
{
	int			n = 0,
				total = 0;

#define GEN_CMP_CELL(sec, r, c, w, g) \
	do { \
		if ((w)->state != GR_ABSENT || (g)->state != GR_ABSENT) \
		{ \
			total++; \
			if (!gen_cell_equal((w), (g))) \
			{ \
				if (n < max) \
				{ \
					out[n].section = (sec); out[n].row = (r); out[n].col = (c); \
					out[n].want_state = (w)->state; out[n].got_state = (g)->state; \
				} \
				n++; \
			} \
		} \
	} while (0)

	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			GEN_CMP_CELL(GR_SEC_ACTIVE, r, c, &want->active[r][c], &got->active[r][c]);
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			GEN_CMP_CELL(GR_SEC_REQUESTS, r, c, &want->req[r][c], &got->req[r][c]);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			GEN_CMP_CELL(GR_SEC_APPEALS, g, c, &want->appeals[g][c], &got->appeals[g][c]);
#undef GEN_CMP_CELL
	*ncells = total;
	return n;
}
