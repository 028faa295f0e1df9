/*
 * test_fold.c — gr_fold at the edges of its run of plain ideographs (copied
 * whole once measured): the room left in the output, a traditional
 * character or a word inside a run, a sequence cut off by the end of the
 * text, spaces between ideographs; CJK punctuation inside a run and
 * full-width forms (each taken without decoding it).  gr_fold_sig on the
 * same texts: the same output and the signature sig_of gives it; gr_fold_len
 * on them and on random texts: gr_fold's length and count.
 * gr_read_number on plain digits, read before its general reader.
 * has_bits, the signature's test of a word's first two characters, against
 * strstr on every word of gr_req_words in texts around it.
 */
#include "unit.h"
#include "gr.h"
#include "text.h"
#include "words.h"

/* gr_fold_sig of in (len bytes): gr_fold's output, and sig_of of it */
static void
fold_sig_same(const char *in, size_t len, size_t cap)
{
	char		a[256],
				b[256];
	int			ta = 0,
				tb = 0;
	uint64_t	sg[4];
	csig		want;
	size_t		na = gr_fold(in, len, a, cap, &ta),
				nb = gr_fold_sig(in, len, b, cap, &tb, sg);

	CHECK_EQ_INT((int) nb, (int) na);
	CHECK(memcmp(a, b, na + 1) == 0);
	CHECK_EQ_INT(tb, ta);
	want = sig_of(b);
	CHECK(memcmp(sg, want.w, sizeof(sg)) == 0);
	/* gr_fold_len: the same length and count, nothing written */
	tb = 0;
	CHECK_EQ_INT((int) gr_fold_len(in, len, cap, &tb), (int) na);
	CHECK_EQ_INT(tb, ta);
}

/*
 * gr_fold_len against gr_fold on texts drawn from pieces that take every
 * path of fold (ASCII and its spaces, plain and traditional ideographs, the
 * fold table's words, CJK punctuation, the ideographic space, full-width
 * forms and their neighbours, two- and four-byte characters, a radical, a
 * stray continuation byte, a lead byte with nothing after it) at caps
 * below, around and above what the text folds to.
 */
static void
fold_len_random(void)
{
	static const char *const pieces[] = {
		"a", "7", " ", "\t", "\n", "一", "公开", "資", "訊", "資訊", "檔案", "覆",
		"、", "。", "\xE3\x80\x80", "\xE3\x90\x80", "（", "１", "ｚ", "～",
		"\xEF\xBC\x80", "\xEF\xBD\x9F", "\xC2\xB7", "\xC2\xA0",
		"\xF0\xA0\x80\x80", "\xE2\xBC\x80", "\x80", "\xE4", "\xE4\xB8",
		"\xEF\xBC", "－", "–",
	};
	const size_t npieces = sizeof(pieces) / sizeof(pieces[0]);
	uint32_t	x = 12345;
	int			bad = 0;

	for (int r = 0; r < 20000; r++)
	{
		char		in[400],
					out[256];
		size_t		len = 0,
					cap,
					na,
					nb;
		int			ta = 0,
					tb = 0,
					k;

		x = x * 1103515245u + 12345u;
		k = (int) (x >> 16) % 90;
		for (int j = 0; j < k; j++)
		{
			const char *pc;

			x = x * 1103515245u + 12345u;
			pc = pieces[(x >> 16) % npieces];
			if (len + strlen(pc) >= sizeof(in))
				break;
			memcpy(in + len, pc, strlen(pc));
			len += strlen(pc);
		}
		x = x * 1103515245u + 12345u;
		cap = 5 + (x >> 16) % 252;
		na = gr_fold(in, len, out, cap, &ta);
		nb = gr_fold_len(in, len, cap, &tb);
		if (na != nb || ta != tb)
			bad++;
	}
	CHECK_EQ_INT(bad, 0);
}

static void
fold_cap(const char *in, size_t cap, const char *want, int want_trad)
{
	char		out[256];
	int			trad = 0;
	size_t		n;

	memset(out, 'x', sizeof(out));
	n = gr_fold(in, strlen(in), out, cap, &trad);
	CHECK_EQ_STR(out, want);
	CHECK_EQ_INT((int) n, (int) strlen(want));
	CHECK_EQ_INT(trad, want_trad);
	/* never past the room given: the text, its NUL, and nothing after */
	CHECK(n < cap);
	CHECK(out[n + 1] == 'x');
	fold_sig_same(in, strlen(in), cap);
}

/* has_bits of word in hay, with hay's signature, is strstr's answer */
static void
bits_as_strstr(const char *hay, const char *word)
{
	csig		g = sig_of(hay);
	bool		want = strstr(hay, word) != NULL;

	CHECK(has_bits(hay, &g, char_bit((const unsigned char *) word), second_bit(word), word) == want);
	if (unit_fail)
		fprintf(stderr, "  has_bits: %s in %s\n", word, hay);
}

static void
req_words_bits(void)
{
	/* before a word: stray and short sequences, two-byte and ASCII characters */
	static const char *const before[] = {
		"", "x", "(三)", "\xC2\xB7", "\xE4", "\xE4\x80", "\xE4\x80\x80\x80", "\xF0\x9F\x98\x80", "一、",
	};
	/* texts that hold no word whole, but first characters of them */
	static const char *const near[] = {
		"本年度", "予以", "部分", "国家", "其他处理决定", "三、本年", "不予", "重复", "信息", "确认",
	};
	char		hay[128];

	for (int i = 0; gr_req_words[i].word; i++)
	{
		const char *w = gr_req_words[i].word;

		for (size_t k = 0; k < sizeof(before) / sizeof(before[0]); k++)
		{
			snprintf(hay, sizeof(hay), "%s%s数量", before[k], w);
			bits_as_strstr(hay, w);
			CHECK(strstr(hay, w) != NULL);
		}
		for (size_t k = 0; k < sizeof(near) / sizeof(near[0]); k++)
			bits_as_strstr(near[k], w);
	}
	/* a word's second character: ASCII, three bytes, none, two bytes */
	CHECK_EQ_INT(second_bit("a1"), '1');
	CHECK_EQ_INT(second_bit("予以"), (int) hash3((const unsigned char *) "以"));
	CHECK_EQ_INT(second_bit("予"), -1);
	CHECK_EQ_INT(second_bit("a\xC2\xB7"), -1);
}

/* gr_read_number of s: its state and, for a value, its mantissa and scale */
static void
number(const char *s, gr_state want, int64_t m, int scale)
{
	gr_cell		c;

	memset(&c, 0x55, sizeof(c));
	CHECK_EQ_INT(gr_read_number(s, strlen(s), true, &c), want);
	CHECK_EQ_INT(c.state, want);
	if (want == GR_VALUE)
	{
		CHECK(c.m == m);
		CHECK_EQ_INT(c.scale, scale);
	}
}

int
main(void)
{
	/* a character is written while four bytes are left after it */
	fold_cap("一二三四五", 10, "一二", 0);
	fold_cap("一二三四五", 11, "一二三", 0);
	fold_cap("一二三四五", 256, "一二三四五", 0);
	fold_cap("一二三四五", 5, "一", 0);
	fold_cap("一二三四五", 4, "", 0);
	/* traditional characters inside a run fold and are counted */
	fold_cap("政府資訊公開", 256, "政府信息公开", 3);
	fold_cap("规範性檔案", 13, "规范性", 1);
	/* a word of the fold table (釋出) after a run */
	fold_cap("政府資訊釋出", 256, "政府信息发布", 3);
	/* a sequence cut off by the end of the text */
	fold_cap("一二\xE4\xB8", 256, "一二\xEF\xBF\xBD\xEF\xBF\xBD", 0);
	/* spaces, a tab and an ideographic space between runs are dropped */
	fold_cap("一 二\t三\xE3\x80\x80四", 256, "一二三四", 0);
	/* CJK punctuation and CJK extension A are copied within a run */
	fold_cap("条例（一）、《规定》。", 256, "条例(一)、《规定》。", 0);
	fold_cap("\xE3\x90\x80\xE3\xBF\xBF", 256, "\xE3\x90\x80\xE3\xBF\xBF", 0);
	/* ... but not the ideographic space, nor past the room left */
	fold_cap("、\xE3\x80\x80。", 256, "、。", 0);
	fold_cap("、、、、、", 10, "、、", 0);
	/* a word of the fold table after punctuation */
	fold_cap("、資訊", 256, "、信息", 2);
	/* full-width forms U+FF01-U+FF5E are ASCII; U+FF00 and U+FF5F stay */
	fold_cap("０１ＡＺａｚ！～", 256, "01AZaz!~", 0);
	fold_cap("\xEF\xBC\x80\xEF\xBD\x9F", 256, "\xEF\xBC\x80\xEF\xBD\x9F", 0);
	/* cut sequences of both */
	fold_cap("一\xE3\x80", 256, "一\xEF\xBF\xBD\xEF\xBF\xBD", 0);
	fold_cap("１\xEF\xBC", 256, "1\xEF\xBF\xBD\xEF\xBF\xBD", 0);
	/*
	 * the signature taken while folding: two-byte characters, a NUL, a
	 * word folded back over the character before it, a radical, labels
	 */
	fold_sig_same("a\xC2\xB7" "b（一）", strlen("a\xC2\xB7" "b（一）"), 256);
	fold_sig_same("一\0二", 7, 256);
	fold_sig_same("政府資訊公開、檔案", strlen("政府資訊公開、檔案"), 256);
	fold_sig_same("\xE2\xBC\x80\xE2\xBA\x9F", 6, 256);
	fold_sig_same("（三）不予公开 3.对同一内容", strlen("（三）不予公开 3.对同一内容"), 256);
	fold_sig_same("本年新收政府信息公开申请数量", strlen("本年新收政府信息公开申请数量"), 20);
	req_words_bits();
	fold_len_random();
	/* plain digits, and what is read by the general reader */
	number("0", GR_VALUE, 0, 0);
	number("7", GR_VALUE, 7, 0);
	number("007", GR_VALUE, 7, 0);
	number("999999999999999", GR_VALUE, INT64_C(999999999999999), 0);
	number("9999999999999999", GR_UNREADABLE, 0, 0);
	number("12 ", GR_VALUE, 12, 0);
	number("1.50", GR_VALUE, 150, 2);
	number("12件", GR_VALUE, 12, 0);
	number("3 4", GR_UNREADABLE, 0, 0);
	number("", GR_BLANK, 0, 0);
	return unit_report("test_fold");
}
