/*
 * bodies.c — benchmark report texts (see bodies.h).  The narrative wording
 * is written for this benchmark; the random stream and the balanced totals
 * come from the tests' generator library (test/gen/libgen.c), the text of
 * the tables from the core's gr_render.
 */
#include "bodies.h"

#include <string.h>

/* a small count: mostly 0, sometimes up to hi */
static int
small(uint64_t *r, int hi)
{
	return gen_range(r, 0, 3) == 0 ? gen_range(r, 0, hi) : 0;
}

static const char *const agencies[] = {
	"青川县农业农村局", "临河区市场监督管理局", "东湖街道办事处", "安平市生态环境局",
	"西岭镇人民政府", "北关区教育和体育局", "南溪县自然资源和规划局", "江源市卫生健康委员会",
	"石桥区住房和城乡建设局", "云台县医疗保障局", "梅山市交通运输局", "白沙县人力资源和社会保障局",
};

/* ------------------------------------------------------------ the tables */

static void
fill_active(gr_doc *d, uint64_t *r)
{
	int			n;
	const gr_active_sub *subs = gr_active_subs(d->form_active, &n);

	for (int s = 0; s < n; s++)
		for (int i = 0; i < subs[s].nrows; i++)
			for (int j = 0; j < subs[s].ncols; j++)
			{
				gr_cell    *c = &d->active[subs[s].rows[i]][subs[s].cols[j]];

				if (subs[s].cols[j] == GR_AC_AMOUNT)
					gen_set(c, gen_range(r, 0, 90000), 2);
				else
					gen_set(c, gen_range(r, 0, 3) == 0 ? gen_range(r, 0, 400) : small(r, 20), 0);
			}
}

/* Leaves of the requests table in the document's revision. */
static int
leaves(gr_form f, int *out)
{
	int			n = 0;

	for (int dd = 0; dd < GR_D_TOTAL; dd++)
		if (gr_rrow_is_leaf(f, GR_R_DISP(dd)))
			out[n++] = dd;
	return n;
}

static void
fill_requests(gr_doc *d, uint64_t *r, int *received)
{
	int			lv[GR_D_COUNT];
	int			nl = leaves(d->form_requests, lv);

	*received = 0;
	for (int c = 0; c < GR_RC_TOTAL; c++)
	{
		int			nw = c == GR_RC_NATURAL ? gen_range(r, 0, 180) : small(r, 12);
		int			co = small(r, 6);
		int			cf = (nw + co) > 0 ? gen_range(r, 0, (nw + co) / 5) : 0;
		int			done = nw + co - cf;

		gen_set(&d->req[GR_R_NEW_RECEIVED][c], nw, 0);
		gen_set(&d->req[GR_R_CARRIED_OVER][c], co, 0);
		gen_set(&d->req[GR_R_CARRIED_FORWARD][c], cf, 0);
		for (int k = 0; k < nl; k++)
			gen_set(&d->req[GR_R_DISP(lv[k])][c], 0, 0);
		/* granted and partly granted most often, then not held, the rest rarely */
		for (int u = 0; u < done; u++)
		{
			int			x = gen_range(r, 0, 99);
			int			dd;

			if (x < 55)
				dd = GR_D_GRANTED;
			else if (x < 70)
				dd = GR_D_PARTIAL;
			else if (x < 85)
				dd = GR_D_U_NOT_HELD;
			else
				dd = lv[gen_range(r, 0, nl - 1)];
			d->req[GR_R_DISP(dd)][c].m++;
		}
		gen_set(&d->req[GR_R_DISP(GR_D_TOTAL)][c], done, 0);
		*received += nw;
	}
	gen_requests_totals(d);
	/* now and then a zero printed as a blank (a blank_cell warning) */
	if (gen_range(r, 0, 9) == 0)
		for (int k = gen_range(r, 1, 3); k > 0; k--)
		{
			int			row = GR_R_DISP(lv[gen_range(r, 0, nl - 1)]);
			int			c = gen_range(r, GR_RC_RESEARCH, GR_RC_OTHER_ORG);

			if (d->req[row][c].m == 0)
				d->req[row][c].state = GR_BLANK;
		}
}

/* an appeals cell: mostly 0 */
static int64_t
appeal_cell(uint64_t *r)
{
	return small(r, 4);
}

/* ------------------------------------------------------------ narrative */

static const char *const overview_par[] = {
	"（一）主动公开情况\n全年通过门户网站发布工作动态%d条，更新机构职能、领导信息等基础栏目%d次，发布政策解读%d篇，其中图文解读%d篇、视频解读%d个，回应社会关切%d次。",
	"（二）依申请公开情况\n严格执行登记、审核、办理、答复、归档等环节的工作规范，全部在法定期限内办结，平均办理时长%d个工作日，较上年缩短%d个工作日。",
	"（三）政府信息管理情况\n对照上级目录清单梳理公开事项%d项，集中清理历史文件%d件，其中宣布失效%d件、修改%d件，动态更新公开指南和目录。",
	"（四）平台建设情况\n持续优化政府网站信息公开专栏，新增专题栏目%d个，政务新媒体账号发布信息%d条，累计阅读量%d万人次，网站全年无安全事故。",
	"（五）监督保障情况\n召开专题会议%d次，组织业务培训%d场，参训人员%d人次，将政务公开纳入年度绩效考核，考核分值占比%d%%。",
	"围绕优化营商环境、乡村振兴、安全生产等重点领域，发布重点工作进展信息%d条，公开重大建设项目批准和实施信息%d条，公开财政预决算报告%d份。",
	"坚持“谁公开、谁审查、谁负责”原则，落实三审三校制度，全年审查拟公开信息%d条，发现并整改表述不规范问题%d处。",
	"组织开展政府开放日活动%d次，邀请人大代表、政协委员和群众代表%d人参加，收集意见建议%d条，均已按期反馈。",
};

static const char *const problems_par[] = {
	"一是公开内容的深度和广度还需加强，部分栏目更新不够及时，%d个栏目存在更新滞后情况；二是政策解读形式较为单一，图解、视频等多样化解读比例仅为%d%%。",
	"下一步，将从三个方面加以改进：加强统筹协调，每季度开展一次栏目检查，全年计划检查%d次；丰富解读方式，力争多样化解读占比提高到%d%%；加强队伍建设，组织专题培训不少于%d场。",
	"针对上年度评估中指出的%d项问题，已完成整改%d项，其余问题已制定整改方案并明确时限。",
	"基层政务公开标准化规范化建设仍有差距，%d个领域的事项清单需要进一步细化，%d项公开标准需要对照更新。",
};

static const char *const other_par[] = {
	"本年度未收取信息处理费。",
	"本机关%d年度政务公开工作要点明确的%d项任务已全部完成，相关落实情况已在门户网站公开。",
	"人大代表建议和政协提案办理结果公开：共办理建议%d件、提案%d件，全部按要求公开办理复文。",
	"本报告中所列数据的统计期限自%d年1月1日起至%d年12月31日止。如对本报告有疑问，请与本机关办公室联系。",
};

/* a template with up to six %d, each filled with a small number */
static void
put_par(gr_buf *b, uint64_t *r, const char *t, int year)
{
	int			v[6];

	for (int i = 0; i < 6; i++)
		v[i] = gen_range(r, 0, 3) == 0 ? year : gen_range(r, 1, 300);
	gr_buf_printf(b, t, v[0], v[1], v[2], v[3], v[4], v[5]);
	gr_buf_putc(b, '\n');
}

/* page debris of converted documents, between paragraphs */
static void
put_debris(gr_buf *b, uint64_t *r, int page)
{
	switch (gen_range(r, 0, 5))
	{
		case 0:
			gr_buf_printf(b, "- %d -\n", page);
			break;
		case 1:
			gr_buf_printf(b, "第 %d 页 共 %d 页\n", page, page + gen_range(r, 1, 40));
			break;
		case 2:
			gr_buf_printf(b, "http://www.example.gov.cn/art/20%02d/%d/%d/art_%d_%d.html\n",
						  gen_range(r, 19, 24), gen_range(r, 1, 12),
						  gen_range(r, 1, 28), gen_range(r, 1000, 9999),
						  gen_range(r, 100000, 999999));
			break;
		case 3:
			gr_buf_printf(b, "20%02d/%d/%d 下午%d:%02d\n", gen_range(r, 19, 24),
						  gen_range(r, 1, 12), gen_range(r, 1, 28),
						  gen_range(r, 1, 11), gen_range(r, 0, 59));
			break;
		case 4:
			gr_buf_puts(b, "　　　　\n\n");
			break;
		default:
			gr_buf_printf(b, "%d\n", gen_range(r, 1, 99999));
			break;
	}
}

/* paragraphs from a bank until the buffer holds `target` bytes */
static void
put_narrative(gr_buf *b, uint64_t *r, const char *const *bank, int nbank,
			  size_t target, int year, int scale)
{
	int			page = 1;

	while (b->len < target)
	{
		put_par(b, r, bank[gen_range(r, 0, nbank - 1)], year);
		if (gen_range(r, 0, 9) < (scale > 1 ? 4 : 1))
			put_debris(b, r, page++);
	}
}

void
bench_report(gr_buf *out, uint64_t seed, int scale)
{
	uint64_t	r;
	gr_doc		d;
	gr_buf		ov,
				pr,
				ot,
				probe;
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	int			received;
	size_t		target,
				base;
	const char *ag;

	r = gen_seed(seed, UINT64_C(0x2545F4914F6CDD1D));
	memset(&d, 0, sizeof d);
	d.status = GR_OK;
	d.script = GR_SIMPLIFIED;
	d.year = gen_range(&r, 0, 6) == 0 ? gen_range(&r, 2019, 2020) : gen_range(&r, 2021, 2024);
	d.form_active = d.form_requests = d.year < 2021 ? GR_FORM_2019 : GR_FORM_2021;
	d.pub_y = d.year + 1;
	d.pub_m = gen_range(&r, 1, 3);
	d.pub_d = gen_range(&r, 1, 28);
	ag = agencies[gen_range(&r, 0, (int) (sizeof agencies / sizeof agencies[0]) - 1)];
	d.agency.p = ag;
	d.agency.len = strlen(ag);
	fill_active(&d, &r);
	fill_requests(&d, &r, &received);
	gen_appeals_balanced(&d, &r, appeal_cell);

	/* the tables alone, to size the narrative */
	gr_buf_init(&probe, &m, 8192);
	gr_render(&d, &probe, GR_SIMPLIFIED);
	base = probe.len;
	target = (size_t) gen_range(&r, 7 * 1024, 13 * 1024) * (size_t) scale;
	if (target < base + 600)
		target = base + 600;
	target -= base;

	gr_buf_init(&ov, &m, target);
	gr_buf_printf(&ov, "%d年，%s认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
				  "全年主动公开政府信息%d条，收到政府信息公开申请%d件，政务公开工作取得新进展。\n",
				  d.year, ag, gen_range(&r, 20, 900), received);
	put_narrative(&ov, &r, overview_par, 8, target * 6 / 10, d.year, scale);
	gr_buf_init(&pr, &m, target / 4);
	put_narrative(&pr, &r, problems_par, 4, target / 4, d.year, scale);
	gr_buf_init(&ot, &m, target / 6);
	gr_buf_puts(&ot, "本年度未收取信息处理费。\n");
	put_narrative(&ot, &r, other_par, 4, target - ov.len - pr.len, d.year, scale);
	d.narrative[GR_N_OVERVIEW] = (gr_str) {ov.data, ov.len};
	d.narrative[GR_N_PROBLEMS] = (gr_str) {pr.data, pr.len};
	d.narrative[GR_N_OTHER_MATTERS] = (gr_str) {ot.data, ot.len};
	gr_render(&d, out, GR_SIMPLIFIED);
	gr_heap_free(h);
}

/* ------------------------------------------------------------ pathological */

const char *const bench_patho_names[BENCH_PATHO_COUNT] = {
	"digits", "tabs", "row_labels", "nested_html", "long_line", "wrapped_rows"
};

void
bench_patho(gr_buf *out, bench_patho_kind kind, size_t bytes, uint64_t seed)
{
	uint64_t	r;
	size_t		start = out->len;

	r = gen_seed(seed, UINT64_C(0x2545F4914F6CDD1D));
	switch (kind)
	{
		case BENCH_DIGITS:
			while (out->len - start < bytes)
				gr_buf_putc(out, (char) ('0' + gen_range(&r, 0, 9)));
			break;
		case BENCH_TABS:
			while (out->len - start < bytes)
				gr_buf_putc(out, '\t');
			break;
		case BENCH_LABELS:
			gr_buf_puts(out, "三、收到和处理政府信息公开申请情况\n");
			/* ten thousand row labels, each with its seven cells */
			for (int i = 0; i < 10000; i++)
			{
				int			dd = i % GR_D_COUNT;

				gr_buf_printf(out, "\t%s%s\n", gr_disps[dd].numbering, gr_disps[dd].label);
				for (int c = 0; c < 7; c++)
					gr_buf_printf(out, "\t%d\n", gen_range(&r, 0, 9));
				gr_buf_putc(out, '\n');
			}
			break;
		case BENCH_HTML:
			{
				/* half the bytes opening, then a cell, then closing */
				static const char *const open[] = {"<table><tr><td>", "<div>", "<p><span>"};
				static const char *const close[] = {"</td></tr></table>", "</div>", "</span></p>"};
				int			depth = 0;

				while (out->len - start < bytes / 2)
					gr_buf_puts(out, open[depth++ % 3]);
				gr_buf_puts(out, "一、本年新收政府信息公开申请数量</td><td>3");
				while (depth > 0)
					gr_buf_puts(out, close[--depth % 3]);
			}
			break;
		case BENCH_LONGLINE:
			while (out->len - start < bytes)
			{
				const char *t = overview_par[gen_range(&r, 0, 7)];

				/* without its heading's line break */
				const char *nl = strchr(t, '\n');

				if (nl != NULL && nl - t < 40)
					t = nl + 1;
				gr_buf_printf(out, t, 1, 2, 3, 4, 5, 6);
			}
			break;
		case BENCH_WRAPPED:
			/*
			 * A page of pdftotext -layout: one full row, then rows of six
			 * figures, each between a piece of its seventh above and below,
			 * so every row is one to fill from the full rows around it.
			 */
			gr_buf_puts(out, "\f三、收到和处理政府信息公开申请情况\n"
						"一、本年新收政府信息公开申请数量    41   120   9   7   180   2   359\n");
			while (out->len - start < bytes)
				gr_buf_printf(out, "%70s\n二、上年结转政府信息公开申请数量    41   120   9   7   180   %d\n%70s\n",
							  "３", (int) gen_range(&r, 0, 9), "９");
			break;
		default:
			break;
	}
}
