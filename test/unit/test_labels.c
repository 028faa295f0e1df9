/*
 * test_labels.c — reading dispositions and applicants from text (labels.c),
 * without a server.
 */
#include "gr.h"
#include "unit.h"

static int
disp(const char *s)
{
	int			v;

	return gr_disp_read(s, strlen(s), &v) == GR_LABEL_OK ? v : -1;
}

static int
appl(const char *s)
{
	int			v;

	return gr_appl_read(s, strlen(s), &v) == GR_LABEL_OK ? v : -1;
}

/* Every value reads back from its key, both labels, and label + numbering. */
static void
test_every_value(void)
{
	char		buf[512];

	for (int i = 0; i < GR_D_COUNT; i++)
	{
		const gr_label *l = &gr_disps[i];

		CHECK_EQ_INT(disp(l->key), i);
		CHECK_EQ_INT(disp(l->label), i);
		CHECK_EQ_INT(disp(l->label_t), i);
		snprintf(buf, sizeof buf, "%s%s", l->numbering, l->label);
		CHECK_EQ_INT(disp(buf), i);
		snprintf(buf, sizeof buf, "\u3000 %s %s\t\n", l->numbering, l->label_t);
		CHECK_EQ_INT(disp(buf), i);
		CHECK(gr_label_number(l->numbering) > 0);
	}
	for (int i = 0; i < GR_P_COUNT; i++)
	{
		const gr_label *l = &gr_appls[i];

		CHECK_EQ_INT(appl(l->key), i);
		CHECK_EQ_INT(appl(l->label), i);
		CHECK_EQ_INT(appl(l->label_t), i);
		snprintf(buf, sizeof buf, " %s\u3000", l->label);
		CHECK_EQ_INT(appl(buf), i);
		CHECK_EQ_INT(gr_label_number(l->numbering), 0);
	}
}

/* The numbering styles of the brief and of real reports. */
static void
test_numbering(void)
{
	CHECK_EQ_INT(disp("1.属于国家秘密"), GR_D_W_STATE_SECRET);
	CHECK_EQ_INT(disp("屬於國家秘密"), GR_D_W_STATE_SECRET);
	CHECK_EQ_INT(disp("（三）不予公开"), GR_D_WITHHELD);
	CHECK_EQ_INT(disp("(三)不予公开"), GR_D_WITHHELD);
	CHECK_EQ_INT(disp("（三)不予公开"), GR_D_WITHHELD);
	CHECK_EQ_INT(disp("(3)不予公开"), GR_D_WITHHELD);
	CHECK_EQ_INT(disp("（３）不予公開"), GR_D_WITHHELD);
	CHECK_EQ_INT(disp("3、不予公开"), GR_D_WITHHELD);
	CHECK_EQ_INT(disp("三、不予公开"), GR_D_WITHHELD);
	CHECK_EQ_INT(disp("3. 不予公开"), GR_D_WITHHELD);
	CHECK_EQ_INT(disp("不予公开"), GR_D_WITHHELD);
	CHECK_EQ_INT(disp("８．属于行政查询事项"), GR_D_W_INQUIRY);
	CHECK_EQ_INT(disp("（七）总计"), GR_D_TOTAL);
	CHECK_EQ_INT(disp("總計"), GR_D_TOTAL);
	CHECK_EQ_INT(disp("3.其他"), GR_D_O_OTHER);
	CHECK_EQ_INT(disp("其他"), GR_D_O_OTHER);
	CHECK_EQ_INT(disp("（六）其他处理"), GR_D_OTHER);

	CHECK_EQ_INT(gr_label_number("（三）"), 3);
	CHECK_EQ_INT(gr_label_number("1."), 1);
	CHECK_EQ_INT(gr_label_number(""), 0);
	CHECK_EQ_INT(gr_label_number("（七）"), 7);
	CHECK_EQ_INT(gr_label_number("12、"), 12);
	CHECK_EQ_INT(gr_label_number("（十）"), 10);
	CHECK_EQ_INT(gr_label_number("1.x"), 0);
	CHECK_EQ_INT(gr_label_number("（三"), 0);
	CHECK_EQ_INT(gr_label_number("（0）"), 0);
}

/* Short and punctuation-folded spellings. */
static void
test_variants(void)
{
	CHECK_EQ_INT(disp("部分公开"), GR_D_PARTIAL);
	CHECK_EQ_INT(disp("（二）部分公开"), GR_D_PARTIAL);
	CHECK_EQ_INT(disp("部分公開"), GR_D_PARTIAL);
	CHECK_EQ_INT(disp("部分公开(区分处理的,只计这一情形,不计其他情形)"), GR_D_PARTIAL);
	CHECK_EQ_INT(disp("危及\"三安全一稳定\""), GR_D_W_SECURITY);
	CHECK_EQ_INT(disp("3.危及“三安全一穩定”"), GR_D_W_SECURITY);
	CHECK_EQ_INT(appl("其他"), GR_P_OTHER_ORG);
	CHECK_EQ_INT(appl("法人或其他組織"), GR_P_LEGAL);
	CHECK_EQ_INT(appl("total"), GR_P_TOTAL);
}

/* Everything else is refused, and says why. */
static void
test_refused(void)
{
	static const char *const bad[] = {
		"", " ", "\u3000", "Granted", "granted ."," granted x", "withheld.", ".state_secret",
		"state_secret", "1.", "（三）", "(三)", "(三", "三)不予公开", "（三）（三）不予公开",
		"不予公开。", "不予", "予以公开予以公开", "1.withheld.state_secret",
		"100.属于国家秘密", "0.属于国家秘密", "十一、不予公开", "3不予公开",
		"\xff\xfe", "不予公\xe5", "自然人",
	};
	int			v;

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		if (disp(bad[i]) != -1)
			fprintf(stderr, "accepted: \"%s\"\n", bad[i]);
		CHECK_EQ_INT(disp(bad[i]), -1);
	}
	CHECK_EQ_INT(appl("1.自然人"), -1);
	CHECK_EQ_INT(appl("予以公开"), -1);
	CHECK_EQ_INT(appl("legal_person.commercial"), -1);

	/* a label under another label's number */
	CHECK_EQ_INT(gr_disp_read("（一）不予公开", strlen("（一）不予公开"), &v), GR_LABEL_BAD_NUMBER);
	CHECK_EQ_INT(v, GR_D_WITHHELD);
	CHECK_EQ_INT(gr_disp_read("2.属于国家秘密", strlen("2.属于国家秘密"), &v), GR_LABEL_BAD_NUMBER);
	CHECK_EQ_INT(v, GR_D_W_STATE_SECRET);
	CHECK_EQ_INT(gr_disp_read("nope", 4, &v), GR_LABEL_UNKNOWN);
	CHECK_EQ_INT(v, -1);

	/* length is honoured: no NUL needed, nothing read past it */
	CHECK_EQ_INT(gr_disp_read("grantedXYZ", 7, &v), GR_LABEL_OK);
	CHECK_EQ_INT(v, GR_D_GRANTED);
	CHECK_EQ_INT(gr_disp_read("不予公开", 3, &v), GR_LABEL_UNKNOWN);
}

static void
test_trim(void)
{
	gr_str		s = gr_label_trim("\u3000\u00a0 x y\t\u3000", strlen("\u3000\u00a0 x y\t\u3000"));
	int			n;
	gr_str		r;

	CHECK_EQ_INT(s.len, 3);
	CHECK(memcmp(s.p, "x y", 3) == 0);
	s = gr_label_trim("", 0);
	CHECK_EQ_INT(s.len, 0);
	s = gr_label_trim("\xe3\x80", 2);	/* truncated U+3000: kept */
	CHECK_EQ_INT(s.len, 2);
	r = gr_label_unnumber((gr_str) {"（四）\u3000无法提供", strlen("（四）\u3000无法提供")}, &n);
	CHECK_EQ_INT(n, 4);
	CHECK_EQ_INT(r.len, strlen("无法提供"));
}

/*
 * Every prefix of every spelling, and every single-byte corruption of it,
 * reads without going past its length and gives a value in range or none.
 * (Run under -fsanitize=address to catch over-reads.)
 */
static void
test_prefixes(void)
{
	char		buf[512];
	int			bad = 0,
				accepted = 0;

	for (int i = 0; i < GR_D_COUNT; i++)
	{
		size_t		n;
		int			v;

		snprintf(buf, sizeof buf, "%s%s", gr_disps[i].numbering, gr_disps[i].label_t);
		n = strlen(buf);
		for (size_t k = 0; k <= n; k++)
		{
			char	   *copy = malloc(k ? k : 1);
			gr_label_result r;

			memcpy(copy, buf, k);
			r = gr_disp_read(copy, k, &v);
			if (r == GR_LABEL_OK)
				accepted++;
			if (r != GR_LABEL_UNKNOWN && (v < 0 || v >= GR_D_COUNT))
				bad++;
			if (k > 0)
			{
				copy[k / 2] ^= 0x40;
				r = gr_disp_read(copy, k, &v);
				if (r != GR_LABEL_UNKNOWN && (v < 0 || v >= GR_D_COUNT))
					bad++;
			}
			free(copy);
		}
	}
	CHECK_EQ_INT(bad, 0);
	/* the full spellings, plus prefixes that are labels themselves (其他) */
	CHECK(accepted >= GR_D_COUNT && accepted < 2 * GR_D_COUNT);
}

int
main(void)
{
	test_every_value();
	test_numbering();
	test_variants();
	test_refused();
	test_trim();
	test_prefixes();
	return unit_report("test_labels");
}
