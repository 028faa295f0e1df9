/*
 * sections.c — the report's section headings: which of the form's six
 * sections a folded line opens (一、总体情况 … 六、其他需要报告的事项, in the
 * wordings and numberings real reports use), and whether a raw line could
 * be one at all (so that narrative lines need not be folded).
 */
#include "gr.h"
#include "sections.h"
#include "text.h"
#include "words.h"

#include <string.h>


/*
 * The value of the Chinese numeral 一 … 十 that NUL-terminated text f
 * starts with (gr_cn_numeral), 0 if it starts with none; each is 3 bytes.
 */
static int
cn_numeral_at(const char *f)
{
	size_t		len = f[0] == '\0' ? 0 : f[1] == '\0' ? 1 : f[2] == '\0' ? 2 : 3;
	size_t		adv;

	if ((unsigned char) f[0] != 0xE4 && (unsigned char) f[0] != 0xE5)
		return 0;				/* the numerals' lead bytes */
	return gr_cn_numeral(gr_utf8_next((const unsigned char *) f, len, &adv));
}

/* Skip leading numbering in folded text: "(三)", "三、", "1.", "1、", "(1)", "第一". */
const char *
gr_skip_numbering(const char *f)
{
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
	if (cn_numeral_at(p) > 0)
	{
		if (strncmp(p + 3, "、", 3) == 0)
			return p + 6;
		if (p[3] == '.' || p[3] == ',')
			return p + 4;
	}
	return f;
}

/* The value of a numeral of folded text at f (一 … 十 or one digit 1-9), its bytes in *n; 0 if none. */
static int
numeral_at(const char *f, size_t *n)
{
	int			v;

	if (f[0] >= '1' && f[0] <= '9' && !(f[1] >= '0' && f[1] <= '9'))
	{
		*n = 1;
		return f[0] - '0';
	}
	if ((v = cn_numeral_at(f)) > 0)
		*n = 3;
	return v;
}

/*
 * The numbering of a heading in folded text: "五、", "五.", "5、", "5.",
 * "(五)", "第五部分", "第五章", "第五、".  Returns the number (0: none), sets
 * *paren for "(五)" and *rest to the text after it.
 */
static int
heading_number(const char *f, bool *paren, const char **rest)
{
	size_t		n;
	int			v;
	const char *p = f;

	*paren = false;
	*rest = f;
	if (*p == '(')
	{
		if ((v = numeral_at(p + 1, &n)) == 0 || p[1 + n] != ')')
			return 0;
		*paren = true;
		*rest = p + 2 + n;
		return v;
	}
	if ((unsigned char) p[0] == 0xE7 && strncmp(p, "第", 3) == 0)
	{
		if ((v = numeral_at(p + 3, &n)) == 0)
			return 0;
		p += 3 + n;
		if (strncmp(p, "部分", 6) == 0)
			p += 6;
		else if (strncmp(p, "章", 3) == 0 || strncmp(p, "、", 3) == 0)
			p += 3;
		else
			return 0;
		*rest = p;
		return v;
	}
	if ((v = numeral_at(p, &n)) == 0)
		return 0;
	p += n;
	if (strncmp(p, "、", 3) == 0)
		p += 3;
	else if (*p == '.' || *p == ',')
		p++;
	else
		return 0;
	*rest = p;
	return v;
}

/* The number the form gives a section's heading (一 … 六). */
static int
section_number(sect s)
{
	return (int) s;				/* S_OVERVIEW is 1, … S_OTHER is 6 */
}

/* Does folded text hold sentence punctuation (a heading has none)? */
bool
gr_has_sentence_punct(const char *f)
{
	return contains(f, "，") || contains(f, "。") || contains(f, "；") ||
		strchr(f, ',') != NULL || strchr(f, ';') != NULL;
}

/* Short, without sentence punctuation: how a heading in few words looks. */
static bool
is_terse(const char *f, size_t flen)
{
	return flen <= 75 && !gr_has_sentence_punct(f);
}

/*
 * Does the rule of form.c hold for the heading text p after its numbering
 * (f: the whole line, sig: its signature or NULL)?
 */
static bool
heading_rule_holds(const gr_heading_rule *r, const char *f, size_t flen, const char *p,
				   const csig *sig)
{
	bool		any = r->any[0] == NULL;

	if (r->when == GR_HW_EXACT)
		return strcmp(p, r->all[0]) == 0;
	if (r->when == GR_HW_SHORT && flen > 60)
		return false;
	for (int i = 0; i < 3 && r->all[i] != NULL; i++)
		if (!has_in(p, sig, r->all[i]))
			return false;
	for (int i = 0; !any && r->any[i] != NULL; i++)
		any = has_in(p, sig, r->any[i]);
	if (r->when == GR_HW_TERSE_OR_ANY)
		return any || is_terse(f, flen);
	return any && (r->when != GR_HW_TERSE || is_terse(f, flen));
}

/*
 * Every rule of gr_heading_rules needs a word holding one of these words
 * (总体情况: 情况; 收到和处理: 收到; 诉讼; 问题; 不足; 其他需要报告的事项 and
 * 其他事项: 事项), so a folded text whose signature lacks a character of
 * each of them opens no section, and the rules are not tried one by one
 * (most tokens the matcher folds are labels).  test_stages checks each
 * rule against this list.
 */
const char *const gr_heading_words[] = {"情况", "收到", "诉讼", "问题", "不足", "事项", NULL};

/* Could the text of signature sig hold one of gr_heading_words? */
static bool
may_be_heading(const csig *sig)
{
	for (int i = 0; gr_heading_words[i] != NULL; i++)
	{
		const unsigned char *w = (const unsigned char *) gr_heading_words[i];
		unsigned	b0 = char_bit(w),
					b1 = char_bit(w + 3);	/* two ideographs, three bytes each */

		if ((sig->w[b0 >> 6] >> (b0 & 63) & 1) && (sig->w[b1 >> 6] >> (b1 & 63) & 1))
			return true;
	}
	return false;
}

/*
 * Which section does a heading line open?  S_NONE if it is not a heading.
 * The words are form.c's (gr_heading_rules).  A number in parentheses
 * ("（五）") is the narrative's own sub-heading unless it is the section's
 * number (四 to 六).  sig: f's signature (sig_of), which rules most rules
 * out without a search, or NULL.
 */
sect
gr_heading_of(const char *f, size_t flen, const csig *sig)
{
	const char *p;
	bool		paren;
	int			num;
	sect		s = S_NONE;

	if (flen == 0 || flen > 120 || (sig != NULL && !may_be_heading(sig)))
		return S_NONE;
	num = heading_number(f, &paren, &p);
	if (f[0] == '(' && (!paren || num < 4))
		return S_NONE;
	for (int i = 0; i < GR_N_HEADING_RULES; i++)
		if (heading_rule_holds(&gr_heading_rules[i], f, flen, p, sig))
		{
			s = (sect) (S_OVERVIEW + gr_heading_rules[i].heading);
			break;
		}
	if (s != S_NONE && paren && num != section_number(s))
		return S_NONE;
	return s;
}

/*
 * A line numbered as section 五 or 六 ("五、…", "5.", "第六部分…") whose
 * wording is not one the reader knows: the section it opens, by its
 * number, or S_NONE.  Only a short line without sentence punctuation.
 */
sect
gr_numbered_heading(const char *f, size_t flen)
{
	bool		paren;
	const char *rest;
	int			num = heading_number(f, &paren, &rest);

	if (paren || flen > 75 || *rest == '\0' || gr_has_sentence_punct(f))
		return S_NONE;
	return num == 5 ? S_PROBLEMS : num == 6 ? S_OTHER : S_NONE;
}

/*
 * A line numbered as section 二 ("二、主动公开政府信息", "2.主动公开情况")
 * in words the reader does not know: short, no sentence punctuation, not
 * in parentheses.  Only asked of the line above a sub-table's first
 * article line met before section 2 opened.
 */
bool
gr_numbered_two(const char *f, size_t flen)
{
	bool		paren;
	const char *rest;
	int			num = heading_number(f, &paren, &rest);

	return num == 2 && !paren && flen <= 75 && *rest != '\0' && !gr_has_sentence_punct(f);
}

/*
 * The head of one of section 2's sub-tables standing alone: folded text
 * that is 第二十条第(一)项 (any numeral, up to three characters of it).
 */
bool
gr_article_line(const char *f, size_t flen)
{
	static const char open[] = "第二十条第";
	static const char close[] = "项";
	size_t		no = sizeof(open) - 1,
				nc = sizeof(close) - 1;

	return flen > no + nc && flen <= no + nc + 11 && memcmp(f, open, no) == 0 &&
		memcmp(f + flen - nc, close, nc) == 0;
}

/* Does a raw line start (after spaces) with 五 or 六 and a separator? */
bool
gr_starts_numbered_56(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (len - i < 4)
		return false;
	if (memcmp(s + i, "五", 3) != 0 && memcmp(s + i, "六", 3) != 0)
		return false;
	return s[i + 3] == '.' || (len - i >= 6 && memcmp(s + i + 3, "、", 3) == 0);
}

bool
gr_scan_is_heading(const char *s, size_t len)
{
	char		f[GR_FOLD_CAP];
	size_t		n;

	if (len > 3 * GR_FOLD_CAP)
		return false;
	n = gr_fold(s, len, f, sizeof(f), NULL);
	return gr_heading_of(f, n, NULL) != S_NONE;
}

/*
 * Could a narrative line be a section heading or open a table?  Every
 * heading of the form ends in 情况, 问题 or 事项 (simplified or traditional),
 * and a table met outside its section starts with 第二十条 or 本年新收.
 */
#define ANCHOR_SECOND \
	(((uint64_t) 1 << (0x83 & 0x3F)) | ((uint64_t) 1 << (0xBA & 0x3F)) | \
	 ((uint64_t) 1 << (0x97 & 0x3F)) | ((uint64_t) 1 << (0x95 & 0x3F)) | \
	 ((uint64_t) 1 << (0xAC & 0x3F)) | ((uint64_t) 1 << (0x9C & 0x3F)))

bool
gr_may_be_structure(const char *s, size_t len)
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
		/* the anchors' second bytes are 83 BA 97 95 AC 9C: any other, on */
		if (!(ANCHOR_SECOND >> (c[1] & 0x3F) & 1))
		{
			i += 2;
			continue;
		}
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
