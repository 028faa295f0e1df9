/*
 * meta.c — the last stage of the reader: what the report says about itself
 * and in words.  From the token stream and the outline the matcher left
 * (where each section lies): the agency and year in the title, the date
 * the report was signed or published, the script it is printed in, the
 * narrative sections' text, and the facts stated in that text (items
 * published, requests received, the fee collected …).
 */
#include "gr.h"
#include "meta.h"
#include "sections.h"
#include "text.h"
#include "words.h"

#include <string.h>


/* ---------------------------------------------------------------- metadata */

static int
cn_digit(uint32_t cp)
{
	switch (cp)
	{
		case 0x3007:			/* 〇 */
		case 0x96F6:			/* 零 */
		case 0x25CB:			/* ○, typed for 〇 in many dates */
		case 0x25EF:			/* ◯ */
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
 * A date read as year, month and day: true, with them set, when it can be
 * a report's (1990-2100, a month, a day of 1-31).
 */
static bool
date_parts(const int parts[3], int *y, int *mo, int *dd)
{
	if (parts[0] < 1990 || parts[0] > 2100 || parts[1] < 1 || parts[1] > 12 ||
		parts[2] < 1 || parts[2] > 31)
		return false;
	*y = parts[0];
	*mo = parts[1];
	*dd = parts[2];
	return true;
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
	return date_parts(parts, y, mo, dd);
}

/*
 * A date as web pages print it beside its label: 2024-01-17, 2024/1/17,
 * 2024.01.17 or 2024年1月17日 at the start of s, ASCII digits, followed by
 * the end or anything not a digit (a time, 来源：…).
 */
static bool
read_page_date(const char *s, size_t n, int *y, int *mo, int *dd)
{
	int			parts[3] = {0, 0, 0};
	size_t		i = 0;

	for (int k = 0; k < 3; k++)
	{
		int			nd = 0;

		while (i < n && s[i] >= '0' && s[i] <= '9' && nd < (k == 0 ? 4 : 2))
		{
			parts[k] = parts[k] * 10 + (s[i++] - '0');
			nd++;
		}
		if (nd != (k == 0 ? 4 : nd) || nd == 0)
			return false;
		if (k < 2)
		{
			static const char *const cn[2] = {"年", "月"};

			if (i < n && (s[i] == '-' || s[i] == '/' || s[i] == '.'))
				i++;
			else if (n - i >= 3 && memcmp(s + i, cn[k], 3) == 0)
				i += 3;
			else
				return false;
		}
	}
	if (i < n && s[i] >= '0' && s[i] <= '9')
		return false;
	return date_parts(parts, y, mo, dd);
}

/* Does s hold the bytes of NUL-terminated w? */
static bool
holds(gr_str s, const char *w)
{
	size_t		n = strlen(w);

	for (size_t i = 0; i + n <= s.len; i++)
		if (memcmp(s.p + i, w, n) == 0)
			return true;
	return false;
}

/*
 * The publication date a web page prints above the report: a token that
 * holds its label (发布日期：2024-01-17, 发布时间：2024-01-17 09:30
 * 来源：…), at its start or after a space or a bracket (来源：某某局
 * 发布日期：2024-01-17, 【发布时间：2024-01-17】), or a cell holding only
 * the label with the date in the next cell (the page's table of 索引号,
 * 发布机构, 公开日期).  A bare 时间 or 日期 only at the token's start and
 * with the date ending the token or followed by a space (时间：2024-01-17
 * 来源：…), so that no period (时间：2023年1月1日至…) is read.  i is the
 * token.
 */
static bool
read_labelled_date(const gr_toks *ts, size_t i, int *y, int *mo, int *dd)
{
	static const char *const keys[] = {
		"发布日期", "发布时间", "公开日期", "發佈日期", "發布日期", "發佈時間",
		"發布時間", "公開日期", "时间", "日期", "時間"
	};
	const int	nlong = 8;		/* the keys before are labels anywhere */
	gr_str		all = gr_trim(ts->t[i].s, ts->t[i].len);
	gr_str		t = all;
	size_t		k = sizeof(keys) / sizeof(keys[0]);
	bool		bare = false;

	/* an opening bracket before the label */
	if (t.len >= 3 && (memcmp(t.p, "【", 3) == 0 || memcmp(t.p, "〔", 3) == 0))
		t.p += 3, t.len -= 3;
	else if (t.len >= 1 && t.p[0] == '[')
		t.p++, t.len--;
	for (size_t at = 0; at < t.len; at++)
	{
		const unsigned char *c = (const unsigned char *) t.p + at;
		bool		boundary = at == 0 || c[-1] == ' ' || c[-1] == '\t' ||
			(at >= 2 && c[-2] == 0xC2 && c[-1] == 0xA0) ||
			(at >= 3 && ((c[-3] == 0xE3 && c[-2] == 0x80 && (c[-1] == 0x80 || c[-1] == 0x90 || c[-1] == 0x91)) ||
						 (c[-3] == 0xEF && c[-2] == 0xBC && c[-1] == 0x9A)));

		/* a space, U+3000, 【, 】 or a full-width colon before it */
		if (!boundary)
			continue;
		for (k = 0; k < sizeof(keys) / sizeof(keys[0]); k++)
		{
			size_t		n = strlen(keys[k]);

			if ((int) k >= nlong && at != 0)
				break;
			if (t.len - at >= n && memcmp(t.p + at, keys[k], n) == 0)
				break;
		}
		if (k < sizeof(keys) / sizeof(keys[0]) && !((int) k >= nlong && at != 0))
		{
			bare = (int) k >= nlong;
			t.p += at + strlen(keys[k]);
			t.len -= at + strlen(keys[k]);
			break;
		}
		k = sizeof(keys) / sizeof(keys[0]);
	}
	if (k == sizeof(keys) / sizeof(keys[0]))
		return false;
	/* the separator: spaces, a colon (ASCII or full-width), NBSP, U+3000 */
	{
		size_t		before = t.len;

		for (;;)
		{
			if (t.len >= 1 && (t.p[0] == ' ' || t.p[0] == ':' || t.p[0] == '\t'))
				t.p++, t.len--;
			else if (t.len >= 2 && (unsigned char) t.p[0] == 0xC2 && (unsigned char) t.p[1] == 0xA0)
				t.p += 2, t.len -= 2;
			else if (t.len >= 3 && (memcmp(t.p, "：", 3) == 0 || memcmp(t.p, "\xE3\x80\x80", 3) == 0))
				t.p += 3, t.len -= 3;
			else
				break;
		}
		/* a bare 时间 or 日期 only with its colon: 时间：2024-01-17 */
		if (bare && (t.len == before || (memchr(all.p, ':', all.len) == NULL &&
										 !holds(all, "："))))
			return false;
	}
	if (bare)
	{
		/* the date ends the token or is followed by a space */
		size_t		e = 0;

		while (e < t.len && t.p[e] != ' ' && t.p[e] != '\t' &&
			   !(e + 3 <= t.len && memcmp(t.p + e, "\xE3\x80\x80", 3) == 0) &&
			   !(e + 3 <= t.len && memcmp(t.p + e, "】", 3) == 0))
			e++;
		/* and is a date only: digits, - / . 年 月, a 日 at its end */
		if (e >= 3 && memcmp(t.p + e - 3, "日", 3) == 0)
			e -= 3;
		for (size_t j = 0; j < e;)
		{
			if ((t.p[j] >= '0' && t.p[j] <= '9') || t.p[j] == '-' || t.p[j] == '/' || t.p[j] == '.')
				j++;
			else if (e - j >= 3 && (memcmp(t.p + j, "年", 3) == 0 || memcmp(t.p + j, "月", 3) == 0))
				j += 3;
			else
				return false;
		}
		return e > 0 && read_page_date(t.p, e, y, mo, dd);
	}
	if (t.len > 0)
		return read_page_date(t.p, t.len, y, mo, dd);
	/* the label alone in its cell: the date is the next cell */
	if (i + 1 < ts->n && ts->t[i + 1].kind != GR_TOK_BREAK)
	{
		gr_str		v = gr_trim(ts->t[i + 1].s, ts->t[i + 1].len);

		return read_page_date(v.p, v.len, y, mo, dd);
	}
	return false;
}

/*
 * A year written in four Chinese numerals at s[i] (二〇二三, 二○二三,
 * 二零二三), not following another: its value and the offset after it, or 0.
 */
static int
cn_year_at(const char *s, size_t len, size_t i, size_t *after)
{
	int			y = 0;
	size_t		k = i,
				adv;

	if (i >= 3)
	{
		size_t		b = i - 3;

		while (b > 0 && ((unsigned char) s[b] & 0xC0) == 0x80)
			b--;
		if (cn_digit(gr_utf8_next((const unsigned char *) s + b, i - b, &adv)) >= 0)
			return 0;
	}
	for (int nd = 0; nd < 4; nd++)
	{
		int			dg;

		if (k >= len)
			return 0;
		dg = cn_digit(gr_utf8_next((const unsigned char *) s + k, len - k, &adv));
		if (dg < 0)
			return 0;
		y = y * 10 + dg;
		k += adv;
	}
	*after = k;
	return y;
}

/*
 * The signature and the date on one line ("某某县民政局 2024年1月12日",
 * folded: no space): true and the date when the line ends in a date line
 * and what stands before it reads as an agency's name (signature_agency).
 */
static bool signature_agency(const char *f, size_t fl);

static bool
signed_date_line(const char *f, size_t flen, int *y, int *mo, int *dd)
{
	for (size_t j = 9; j + 9 <= flen; j++)
	{
		if (((unsigned char) f[j] & 0xC0) == 0x80)
			continue;			/* inside a character */
		if (!(f[j] >= '0' && f[j] <= '9') && (unsigned char) f[j] != 0xE4 &&
			(unsigned char) f[j] != 0xE3 && (unsigned char) f[j] != 0xE2)
			continue;			/* a date starts with a digit, 二, 〇 or ○ */
		if (read_date_line(f + j, flen - j, y, mo, dd))
			return signature_agency(f, j);
	}
	return false;
}

/*
 * Find "YYYY年" in raw text, in ASCII or full-width digits or in Chinese
 * numerals (二〇二三年): returns the offset of the year or -1, the year, and
 * in *end the offset after 年 (and after a 度 that follows it: "2019年度").
 */
static long
find_year(const char *s, size_t len, int *year, size_t *end)
{
	for (size_t i = 0; i < len; i++)
	{
		int			y = 0,
					nd = 0;
		size_t		k = i;

		/* 二 (E4 BA 8C) starts every year of this century in numerals */
		if ((unsigned char) s[i] == 0xE4 && i + 2 < len && (unsigned char) s[i + 1] == 0xBA &&
			(unsigned char) s[i + 2] == 0x8C && (y = cn_year_at(s, len, i, &k)) >= 1990 &&
			y <= 2100 && len - k >= 3 && memcmp(s + k, "年", 3) == 0)
		{
			k += 3;
			if (len - k >= 3 && memcmp(s + k, "度", 3) == 0)
				k += 3;
			*year = y;
			*end = k;
			return (long) i;
		}
		y = 0;
		k = i;
		if (i > 0 && ((s[i - 1] >= '0' && s[i - 1] <= '9') ||
					  (i >= 3 && (unsigned char) s[i - 3] == 0xEF &&
					   (unsigned char) s[i - 2] == 0xBC &&
					   (unsigned char) s[i - 1] >= 0x90 && (unsigned char) s[i - 1] <= 0x99)))
			continue;			/* not the start of a number */
		while (nd < 4 && k < len)
		{
			if (s[k] >= '0' && s[k] <= '9')
			{
				y = y * 10 + (s[k] - '0');
				k++;
			}
			else if (k + 2 < len && (unsigned char) s[k] == 0xEF &&
					 (unsigned char) s[k + 1] == 0xBC &&
					 (unsigned char) s[k + 2] >= 0x90 && (unsigned char) s[k + 2] <= 0x99)
			{
				y = y * 10 + ((unsigned char) s[k + 2] - 0x90);
				k += 3;
			}
			else
				break;
			nd++;
		}
		if (nd != 4 || y < 1990 || y > 2100)
			continue;
		while (k < len && s[k] == ' ')
			k++;
		if (len - k < 3 || memcmp(s + k, "年", 3) != 0)
			continue;
		k += 3;
		if (len - k >= 3 && memcmp(s + k, "度", 3) == 0)
			k += 3;
		*year = y;
		*end = k;
		return (long) i;
	}
	return -1;
}

/*
 * Where the report's name starts in a title, after the agency: the first
 * 政府信息公开 / 政务公开 / 信息公开 (in any script or wording) at or after
 * from; len if none.
 */
static size_t
report_name_at(const char *s, size_t len, size_t from)
{
	static const char *const names[] = {"政府信息公开", "政务公开", "信息公开", NULL};

	for (size_t i = from; i + 6 <= len; i++)
	{
		const unsigned char *c = (const unsigned char *) s + i;
		char		f[64];

		/* 政 信 資 资 start the names */
		if (!((c[0] == 0xE6 && c[1] == 0x94 && c[2] == 0xBF) ||
			  (c[0] == 0xE4 && c[1] == 0xBF && c[2] == 0xA1) ||
			  (c[0] == 0xE8 && c[1] == 0xB3 && c[2] == 0x87) ||
			  (c[0] == 0xE8 && c[1] == 0xB5 && c[2] == 0x84)))
			continue;
		gr_fold(s + i, len - i < 48 ? len - i : 48, f, sizeof(f), NULL);
		for (int k = 0; names[k]; k++)
			if (strncmp(f, names[k], strlen(names[k])) == 0)
				return i;
	}
	return len;
}


/*
 * The agency and year in a title, its lines joined in t[0..len): the text
 * before the year ("XX局2019年政府信息公开工作年度报告"), or, in a title that
 * starts with the year, between the year and the report's name
 * ("2019年XX市XX局政府信息公开工作年度报告").  False if there is no year.
 */
static bool
title_parts(const char *t, size_t len, int *year, gr_str *agency)
{
	size_t		yend;
	long		at = find_year(t, len, year, &yend);
	gr_str		a = {NULL, 0};

	if (at < 0)
		return false;
	a = gr_trim(t, (size_t) at);
	if (a.len == 0)
		a = gr_trim(t + yend, report_name_at(t, len, yend) - yend);
	else if (holds(a, "报告") || holds(a, "報告") || holds(a, "年报") || holds(a, "年報"))
		/* the year after the report's name: "XX局政府信息公开工作年度报告（2023年度）" */
		a = gr_trim(t, report_name_at(t, (size_t) at, 0));
	/* "XX局关于2023年政府信息公开工作年度报告": the agency is before 关于 */
	if (a.len > 6 && (memcmp(a.p + a.len - 6, "关于", 6) == 0 || memcmp(a.p + a.len - 6, "關於", 6) == 0))
		a = gr_trim(a.p, a.len - 6);
	*agency = a;
	return true;
}

/*
 * An agency's name printed with a space between every two characters (a
 * PDF's letter-spaced title: "某 某 县 民 政 局"), as the name: the spaces
 * dropped, in memory of m.  Any other name as it is: two names apart by
 * one space ("中共某某县委办公室 某某县人民政府办公室") keep it.
 */
static gr_str
unspaced_agency(const gr_mem *m, gr_str a)
{
	size_t		chars = 0,
				gaps = 0,
				n = 0;
	bool		gap = false;
	char	   *out;

	for (size_t i = 0, adv; i < a.len; i += adv)
	{
		uint32_t	c = gr_utf8_next((const unsigned char *) a.p + i, a.len - i, &adv);

		if (c == ' ' || c == 0x3000 || c == 0xA0)
		{
			if (chars == 0 || gap)
				return a;		/* two spaces running: not letter-spacing */
			gap = true;
			gaps++;
		}
		else if (c < 0x2E80)
			return a;			/* letters, digits: not a name in characters only */
		else
		{
			gap = false;
			chars++;
		}
	}
	if (chars < 3 || gaps != chars - 1)
		return a;
	out = gr_alloc_raw(m, a.len);
	for (size_t i = 0, adv; i < a.len; i += adv)
	{
		uint32_t	c = gr_utf8_next((const unsigned char *) a.p + i, a.len - i, &adv);

		if (c != ' ' && c != 0x3000 && c != 0xA0)
		{
			memcpy(out + n, a.p + i, adv);
			n += adv;
		}
	}
	return (gr_str) {out, n};
}

/* A line that may hold part of a title: short, no sentence punctuation. */
static bool
title_piece(const gr_tok *t)
{
	char		f[GR_FOLD_CAP];
	size_t		fl;

	if (t->len > 3 * 40)
		return false;
	fl = gr_fold(t->s, t->len, f, sizeof(f), NULL);
	return fl > 0 && !gr_has_sentence_punct(f) && !contains(f, "。") && gr_heading_of(f, fl, NULL) == S_NONE;
}


/*
 * A line naming the annual report that is the page's navigation, not its
 * title: a breadcrumb (当前位置：首页 > 政务公开 > 年度报告) or a column's
 * name with no digit in it (政府信息公开年报, 年度报告).
 */
static bool
title_nav(const char *f, size_t fl)
{
	static const char *const marks[] = {">", "»", "›", "当前位置", "您的位置", "您现在的位置", "首页", NULL};

	for (int k = 0; marks[k]; k++)
		if (contains(f, marks[k]))
			return true;
	if (fl > 24)
		return false;
	for (size_t i = 0; i < fl; i++)
		if (f[i] >= '0' && f[i] <= '9')
			return false;
	return true;
}

/*
 * A signature line naming an agency (某某县发展和改革局, 某某镇人民政府):
 * three characters or more, no digit or punctuation, ending in a word an
 * agency's name ends in.  f is folded (spaces dropped).
 */
static bool
signature_agency(const char *f, size_t fl)
{
	static const char *const ends[] = {
		"局", "委", "办", "厅", "院", "府", "室", "会", "中心", "所", "处", "站",
		"馆", "队", "部", "署", "司", "街道", NULL
	};

	if (fl < 9 || fl > 60 || gr_has_sentence_punct(f))
		return false;
	for (size_t i = 0; i < fl; i++)
		if ((unsigned char) f[i] < 0x80 && !((f[i] | 0x20) >= 'a' && (f[i] | 0x20) <= 'z'))
			return false;
	for (int k = 0; ends[k]; k++)
	{
		size_t		n = strlen(ends[k]);

		if (fl > n && memcmp(f + fl - n, ends[k], n) == 0)
			return true;
	}
	return false;
}

/*
 * The title: the first line naming the annual report (年度报告, 年报), with
 * up to two lines above it when the agency or the year stands there
 * ("2019年XX市XX局" / "政府信息公开工作年度报告"); the page's navigation
 * naming it too (title_nav) is passed over when no year is found in it.
 */
void
gr_meta_title(gr_meta *p, const gr_tok *toks, size_t ntoks)
{
	const gr_tok *prev[2] = {NULL, NULL};	/* the lines above, nearest first */
	int			lines = 0;

	for (size_t i = 0; i < ntoks && lines < 12; i++)
	{
		const gr_tok *t = &toks[i];
		char		f[GR_FOLD_CAP];
		size_t		fl;
		int			year = 0;
		gr_str		agency = {NULL, 0};

		if (t->kind == GR_TOK_BREAK || t->len == 0)
			continue;
		lines++;
		if (t->len > 3 * GR_FOLD_CAP)
		{
			prev[0] = prev[1] = NULL;
			continue;
		}
		fl = gr_fold(t->s, t->len, f, sizeof(f), NULL);
		if (!contains(f, "年度报告") && !contains(f, "年报") &&
			!(contains(f, "公开工作报告") && !gr_has_sentence_punct(f)))
		{
			prev[1] = prev[0];
			prev[0] = title_piece(t) ? t : NULL;
			if (prev[0] == NULL)
				prev[1] = NULL;
			continue;
		}
		if (!title_parts(t->s, t->len, &year, &agency) || agency.len == 0)
		{
			/* the title's lines joined: the one above, then two above */
			for (int up = 1; up <= 2 && prev[up - 1] != NULL; up++)
			{
				size_t		n = 0;
				char	   *j = gr_alloc_raw(p->m, 3 * GR_FOLD_CAP * 3 + 1);
				gr_str		part;
				int			y2 = 0;
				gr_str		a2 = {NULL, 0};

				for (int k = up - 1; k >= 0; k--)
				{
					part = gr_trim(prev[k]->s, prev[k]->len);
					memcpy(j + n, part.p, part.len);
					n += part.len;
				}
				part = gr_trim(t->s, t->len);
				memcpy(j + n, part.p, part.len);
				n += part.len;
				if (title_parts(j, n, &y2, &a2))
				{
					year = y2;
					agency = a2;
					if (a2.len > 0)
						break;
				}
			}
		}
		if (year == 0 && title_nav(f, fl))
		{
			prev[0] = prev[1] = NULL;
			continue;
		}
		if (year == 0)
			return;
		p->d->year = year;
		if (agency.len > 0)
			p->d->agency = unspaced_agency(p->m, agency);
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

/* Is s[0..n) made of the given words only, up to a digit? */
static bool
gap_made_of(const char *s, size_t n, const char *const *words)
{
	size_t		i = 0;

	while (i < n)
	{
		bool		ok = false;

		if (s[i] >= '0' && s[i] <= '9')
			return true;
		for (int k = 0; words[k]; k++)
		{
			size_t		l = strlen(words[k]);

			if (n - i >= l && memcmp(s + i, words[k], l) == 0)
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

	return gap_made_of(s, n, fill);
}

static void
set_fact(gr_meta *p, int which, int64_t v, int scale)
{
	gr_cell    *c = &p->d->facts[which];

	if (c->state != GR_ABSENT)
		return;
	c->state = GR_VALUE;
	c->m = v;
	c->scale = (uint8_t) scale;
}

/*
 * gap_ok, also allowing the words that stand between a keyword and its
 * count in real sentences: 办结政府信息公开申请45件, 行政复议案件2起.
 */
static bool
gap_ok_words(const char *s, size_t n)
{
	static const char *const words[] = {"政府信息公开申请", "政府信息公开", "政府信息",
		"申请", "案件", "案", "的", "度", "继续", "办理", "金额", "收入", "共", "计", "累", "合", "总", "达", "为", "数", "量",
	"了", "约", "各类", ":", NULL};

	return gap_made_of(s, n, words);
}

/*
 * The count stated after keyword kw in clause c: its first mention followed,
 * past gap_ok_words, by a whole number and a unit (件, 起, 宗, 条, 个); -1 if none.
 */
static int64_t
count_after(const char *c, size_t len, const char *kw)
{
	static const char *const units[] = {"件", "起", "宗", "条", "个", NULL};

	for (const char *hit = strstr(c, kw); hit != NULL; hit = strstr(hit + 1, kw))
	{
		const char *after = hit + strlen(kw);
		size_t		rest = len - (size_t) (after - c);
		size_t		end;
		int			scale;
		int64_t		v = number_after(after, rest, &end, &scale);

		if (v < 0 || scale != 0 || !gap_ok_words(after, rest))
			continue;
		for (int k = 0; units[k]; k++)
			if (strncmp(after + end, units[k], strlen(units[k])) == 0)
				return v;
	}
	return -1;
}

/*
 * Facts on the year's requests and appeals beyond the count received:
 * 上年结转2件, 办结申请45件, 结转下年度办理3件, 行政复议1起, 行政诉讼0件, and
 * "未发生…行政复议、行政诉讼" for none.  sg: the clause's signature (sig_of).
 */
static void
clause_flow_facts(gr_meta *p, const char *c, size_t len, const csig *sg)
{
	static const char *const forward[] = {"结转下年", "结转至下年", "结转到下年",
	"转入下年", "结转下一年", NULL};
	static const char *const none[] = {"未发生", "没有", "未收到", "未出现", "未被",
	"未有", "不存在", NULL};
	int64_t		v;
	bool		fwd = false;

	for (int k = 0; forward[k]; k++)
		if (p->d->facts[GR_F_CARRIED_FORWARD].state == GR_ABSENT && has(c, sg, forward[k]))
		{
			fwd = true;
			if ((v = count_after(c, len, forward[k])) >= 0)
				set_fact(p, GR_F_CARRIED_FORWARD, v, 0);
		}
	if (!fwd && has(c, sg, "上年") && has(c, sg, "结转") &&
		(v = count_after(c, len, "结转")) >= 0)
		set_fact(p, GR_F_CARRIED_OVER, v, 0);
	/* 办结 but not 办结率 (a share) */
	if (!fwd && has(c, sg, "办结") && !has(c, sg, "办结率") &&
		(v = count_after(c, len, "办结")) >= 0)
		set_fact(p, GR_F_PROCESSED, v, 0);
	/* 行政事业性收费12.5万元 / 3000元, in 万元 as the table's amount */
	if (has(c, sg, "行政事业性收费") && p->d->facts[GR_F_ADMIN_FEES].state == GR_ABSENT)
	{
		const char *hit = strstr(c, "行政事业性收费") + strlen("行政事业性收费");
		size_t		rest = len - (size_t) (hit - c),
					end;
		int			scale;

		v = number_after(hit, rest, &end, &scale);
		if (v >= 0 && gap_ok_words(hit, rest))
		{
			if (strncmp(hit + end, "万元", 6) == 0)
				set_fact(p, GR_F_ADMIN_FEES, v, scale);
			else if (strncmp(hit + end, "元", 3) == 0 && scale + 4 <= GR_MAX_SCALE)
			{
				/* 3000元 is 0.3万元, not 0.3000 */
				scale += 4;
				while (scale > 0 && v % 10 == 0)
				{
					v /= 10;
					scale--;
				}
				set_fact(p, GR_F_ADMIN_FEES, v, scale);
			}
		}
	}
	if (has(c, sg, "行政复议") || has(c, sg, "行政诉讼"))
	{
		bool		neg = false;

		for (int k = 0; none[k]; k++)
			neg |= has(c, sg, none[k]);
		if (has(c, sg, "行政复议"))
		{
			if ((v = count_after(c, len, "行政复议")) >= 0)
				set_fact(p, GR_F_REVIEWS, v, 0);
			else if (neg)
				set_fact(p, GR_F_REVIEWS, 0, 0);
		}
		if (has(c, sg, "行政诉讼"))
		{
			if ((v = count_after(c, len, "行政诉讼")) >= 0)
				set_fact(p, GR_F_LAWSUITS, v, 0);
			else if (neg)
				set_fact(p, GR_F_LAWSUITS, 0, 0);
		}
	}
}

/* Facts from one clause of narrative (folded, between ，。；); sg: its signature (sig_of). */
static void
clause_facts(gr_meta *p, const char *c, size_t len, const csig *sg)
{
	const char *hit;
	size_t		end;
	int			scale;
	int64_t		v;

	if (len == 0)
		return;
	clause_flow_facts(p, c, len, sg);
	/* items published proactively: …公开政府信息154条 */
	if (p->d->facts[GR_F_PROACTIVE_ITEMS].state == GR_ABSENT &&
		(hit = strstr(c, "政府信息")) != NULL &&
		(has(c, sg, "公开") || has(c, sg, "发布")))
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
		has(c, sg, "申请") &&
		(has(c, sg, "受理") || has(c, sg, "收到") || has(c, sg, "新收")))
	{
		if (has(c, sg, "未收到") || has(c, sg, "未受理") || has(c, sg, "没有收到") ||
			has(c, sg, "未发生"))
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
		(has(c, sg, "处理费") || (has(c, sg, "收取") && has(c, sg, "费用"))))
	{
		if (has(c, sg, "未收取") || has(c, sg, "不存在收取") || has(c, sg, "没有收取") ||
			has(c, sg, "无收取") || has(c, sg, "未产生") || has(c, sg, "不收取") ||
			has(c, sg, "免收") || has(c, sg, "未收") ||
			(has(c, sg, "没有") && has(c, sg, "收取任何")))
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

/*
 * The second bytes (low six bits) of the keywords narrative_facts looks
 * for among the ideographs led by E6-E8: 政 申 费 費 未 没 沒 结 結 议 議
 * 诉 訴.  An ideograph whose second byte is none of them is stepped over
 * like those of E4, E5 and E9.
 */
#define FACT_KEY_BIT(b) ((uint64_t) 1 << ((b) & 0x3F))
#define FACT_KEY_SECOND \
	(FACT_KEY_BIT(0x94) | FACT_KEY_BIT(0xB4) | FACT_KEY_BIT(0xB2) | FACT_KEY_BIT(0x9C) | \
	 FACT_KEY_BIT(0xBB) | FACT_KEY_BIT(0xB5) | FACT_KEY_BIT(0xAE) | FACT_KEY_BIT(0xAD) | \
	 FACT_KEY_BIT(0xAF) | FACT_KEY_BIT(0xA8))
/* lead byte c and next byte c1: an ideograph (E4-E9) that starts no keyword */
#define FACT_PLAIN(c, c1) \
	((c) >= 0xE4 && (c) <= 0xE9 && \
	 ((c) < 0xE6 || (c) > 0xE8 || !(FACT_KEY_SECOND >> ((unsigned char) (c1) & 0x3F) & 1)))

/* Facts from a narrative span: fold clause by clause. */
static void
narrative_facts(gr_meta *p, const char *s, size_t len)
{
	size_t		i = 0,
				start = 0,
				next_check = p->interrupt ? 0x100000 : SIZE_MAX;	/* where to be interruptible next */
	char		buf[1024];
	bool		digit = false,
				gov = false,
				apply = false,
				neg = false,
				fee = false,
				flow = false;	/* 结 結 (办结, 结转), 议 議 诉 訴 (复议, 诉讼) */

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

		if (i >= next_check)
		{
			p->interrupt();
			next_check = i + 0x100000;
		}

		/*
		 * Step over what starts no keyword and ends no clause, before the
		 * general test below: an ASCII byte other than a digit or ';', a
		 * two- or four-byte sequence, and a three-byte one unless it may be
		 * 。 (E3 80 82), a full-width form (EF BC: ，；！？ and digits) or a
		 * keyword of lead byte E6-E8 (FACT_KEY_SECOND).  Each advances
		 * as the general test would (adv), and sets nothing there.  Up to
		 * four bytes before the end (the general test's i + 2 < len) and
		 * the next interrupt check.
		 */
		{
			size_t		lim = len - (len > 4 ? 4 : len);

			if (lim > next_check)
				lim = next_check;
			while (i < lim)
			{
				unsigned	b = (unsigned char) s[i];

				if (b - 0xE4u <= 0xE9u - 0xE4u)
				{
					/* an ideograph: the most of a narrative */
					if (b - 0xE6u <= 0xE8u - 0xE6u &&
						(FACT_KEY_SECOND >> ((unsigned char) s[i + 1] & 0x3F) & 1))
						break;
					i += 3;
				}
				else if (b < 0x80)
				{
					if ((b >= '0' && b <= '9') || b == ';')
						break;
					i++;
				}
				else if (b == 0xE3)
				{
					if ((unsigned char) s[i + 1] == 0x80 && (unsigned char) s[i + 2] == 0x82)
						break;
					i += 3;
				}
				else if (b == 0xEF)
				{
					if ((unsigned char) s[i + 1] == 0xBC)
						break;
					i += 3;
				}
				else
					i += b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
			}
			c = (i < len) ? (unsigned char) s[i] : 0;
			end = (i == len);
		}
		if (!end)
		{
			if (c < 0x80)
			{
				if (c >= '0' && c <= '9')
					digit = true;
				else if (c == ';')
					end = true;
			}
			else if (i + 2 < len && FACT_PLAIN(c, s[i + 1]))
			{
				/* a run of ideographs that start no keyword, to the next megabyte at most */
				size_t		j = i + 3,
							stop = ((i >> 20) + 1) << 20;

				if (stop > len - 2)
					stop = len - 2;
				while (j < stop && FACT_PLAIN((unsigned char) s[j], s[j + 1]))
					j += 3;
				adv = j - i;
			}
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
				else if ((c == 0xE7 && ((c1 == 0xBB && c2 == 0x93) || (c1 == 0xB5 && c2 == 0x90))) ||	/* 结 結 */
						 (c == 0xE8 && ((c1 == 0xAE && c2 == 0xAE) || (c1 == 0xAD && c2 == 0xB0) ||	/* 议 議 */
										(c1 == 0xAF && c2 == 0x89) || (c1 == 0xA8 && c2 == 0xB4))))	/* 诉 訴 */
					flow = true;
			}
		}
		if (i < len && i + adv > len)
			adv = len - i;		/* a sequence cut off by the end of the text */
		if (end)
		{
			if (i > start && i - start < 3 * sizeof(buf) &&
				((gov && digit) || (apply && (digit || neg)) || fee ||
				 (flow && (digit || neg))))
			{
				csig		sg;	/* the clause's signature: most words are ruled out by it */
				size_t		n = gr_fold_sig(s + start, i - start, buf, sizeof(buf), NULL, sg.w);

				clause_facts(p, buf, n, &sg);
			}
			digit = gov = apply = neg = fee = flow = false;
			start = i + adv;
		}
		i += adv;
	}
}

/* ---------------------------------------------------------------- narrative */

/* Copy a narrative span without Word artefacts; NULL span when empty. */
static gr_str
narrative_text(gr_meta *p, size_t a, size_t b)
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

/*
 * After the tables: the script, the narrative sections, the closing date
 * (or the date a page prints above the report) and the facts the
 * narrative states.  trad_hits counts the traditional characters met in
 * the labels and headings the matcher folded.
 */
void
gr_meta_finish(gr_meta *p, const gr_outline *o, int trad_hits)
{
	gr_doc	   *d = p->d;
	const gr_mem *m = p->m;
	const gr_toks *ts = p->ts;
	char		f[GR_FOLD_CAP];

	/*
	 * The script: traditional when labels and headings showed some
	 * traditional characters and most of the text's characters that differ
	 * between the scripts are traditional (one traditional label does not
	 * make a simplified report traditional).  Counted only then.
	 */
	d->script = GR_SIMPLIFIED;
	if (trad_hits >= 3)
	{
		int			trad,
					simp;

		gr_script_counts(ts->text, ts->len, &trad, &simp);
		if (trad > simp)
			d->script = GR_TRADITIONAL;
	}

	/* narrative sections */
	{
		static const sect ns[GR_N_COUNT] = {S_OVERVIEW, S_PROBLEMS, S_OTHER};

		for (int k = 0; k < GR_N_COUNT; k++)
		{
			const gr_tok *h = o->unknown_heading[ns[k]];

			if (o->seen[ns[k]])
				d->narrative[k] = narrative_text(p, o->start[ns[k]], o->end[ns[k]]);
			if (h != NULL)
			{
				gr_str		raw = gr_trim(h->s, h->len);

				gr_doc_diag(d, m, GR_SEC_NARRATIVE, k, GR_DIAG_ROW,
							GR_PROB_UNKNOWN_HEADING, raw.p, raw.len);
			}
		}
	}

	/* the closing date: a line that is only a date, after the last table */
	for (size_t i = ts->n; i-- > 0;)
	{
		const gr_tok *t = &ts->t[i];
		size_t		fl;
		int			y,
					mo,
					dd;

		if (t->kind == GR_TOK_BREAK || t->len == 0 || t->len > 60)
			continue;
		fl = gr_fold(t->s, t->len, f, sizeof(f), NULL);
		if (read_date_line(f, fl, &y, &mo, &dd) || signed_date_line(f, fl, &y, &mo, &dd))
		{
			d->pub_y = y;
			d->pub_m = mo;
			d->pub_d = dd;
			/* a title naming no agency: the signature above the date does */
			if (d->agency.p == NULL && i > 0)
			{
				size_t		k = i;
				sect		last = o->seen[S_OTHER] ? S_OTHER :
					(o->seen[S_PROBLEMS] ? S_PROBLEMS : S_NONE);

				while (k > 0 && ts->t[k - 1].kind == GR_TOK_BREAK)
					k--;
				if (k > 0 && last != S_NONE && ts->t[k - 1].lstart > o->start[last] &&
					ts->t[k - 1].len <= 60)
				{
					char		g[GR_FOLD_CAP];
					size_t		gl = gr_fold(ts->t[k - 1].s, ts->t[k - 1].len, g, sizeof(g), NULL);

					if (signature_agency(g, gl))
						d->agency = gr_trim(ts->t[k - 1].s, ts->t[k - 1].len);
				}
			}
			/* the narrative ends before the signature lines */
			if (d->narrative[GR_N_OTHER_MATTERS].p && o->seen[S_OTHER] &&
				t->lstart > o->start[S_OTHER])
			{
				size_t		end = t->lstart;

				/* and before the agency's name on the line above */
				if (i > 0)
				{
					size_t		k = i;

					while (k > 0 && ts->t[k - 1].kind == GR_TOK_BREAK)
						k--;
					if (k > 0 && d->agency.p && ts->t[k - 1].len <= d->agency.len + 12 &&
						ts->t[k - 1].lstart > o->start[S_OTHER])
					{
						gr_str		a = gr_trim(ts->t[k - 1].s, ts->t[k - 1].len);

						if (a.len == d->agency.len && memcmp(a.p, d->agency.p, a.len) == 0)
							end = ts->t[k - 1].lstart;
					}
				}
				d->narrative[GR_N_OTHER_MATTERS] = narrative_text(p, o->start[S_OTHER], end);
			}
			break;
		}
		if (i + 40 < ts->n)
			break;
	}

	/* no closing date: the date a web page prints above the report */
	if (d->pub_y == 0)
	{
		size_t		pre_end = o->seen[S_ACTIVE] ? o->start[S_ACTIVE] :
			(o->seen[S_REQUESTS] ? o->start[S_REQUESTS] : 0);

		for (size_t i = 0; i < ts->n && ts->t[i].lstart < pre_end; i++)
		{
			int			y,
						mo,
						dd;

			if (ts->t[i].kind != GR_TOK_BREAK && ts->t[i].len >= 12 &&
				read_labelled_date(ts, i, &y, &mo, &dd))
			{
				d->pub_y = y;
				d->pub_m = mo;
				d->pub_d = dd;
				break;
			}
		}
	}

	/*
	 * Facts from the narrative: the part before the tables (title, preamble,
	 * 一、总体情况) and 六、其他需要报告的事项, where the fee is stated.
	 * Section 五 (problems and plans) states no year's figures.
	 */
	{
		size_t		pre_end = o->seen[S_ACTIVE] ? o->start[S_ACTIVE] :
			(o->seen[S_REQUESTS] ? o->start[S_REQUESTS] : ts->len);

		narrative_facts(p, ts->text, pre_end < ts->len ? pre_end : ts->len);
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
