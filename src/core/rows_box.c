/*
 * rows_box.c — w3m's box-drawn tables: the rule between two rows of a
 * table whose first columns span several rows.
 *
 * w3m draws a label spanning rows (三、本年度办理结果, （四）无法提供)
 * wrapped in its column, and the rule under a row stops at that label:
 * "│三│不予处├──────┼───┼───┤".  The line holds text, so it is no rule
 * by itself; gr_box_partial_rule says it is one, so that the lines between
 * it and the next rule are still one row whose wrapped cells are joined.
 * The label's piece on that line is dropped: the rows' own labels (1.…)
 * name them.
 */
#include "gr.h"
#include "scan.h"
#include "text.h"

/*
 * Is the line a rule of box drawing: a junction (├ ┼ ┤ …) and a run of
 * three or more horizontal strokes, whatever text stands beside them (the
 * pieces of labels spanning rows, "│  │不予处├──────┼")?  A row of cells
 * has neither: its borders are all vertical.
 */
bool
gr_box_partial_rule(const char *s, size_t n)
{
	int			run = 0,
				maxrun = 0;
	bool		junction = false;

	for (size_t i = 0; i < n;)
	{
		size_t		adv;
		uint32_t	cp = gr_utf8_next((const unsigned char *) s + i, n - i, &adv);

		i += adv;
		if (cp >= 0x2500 && cp <= 0x257F)
		{
			if (cp == 0x2500 || cp == 0x2501 || cp == 0x2550)
			{
				if (++run > maxrun)
					maxrun = run;
				continue;
			}
			run = 0;
			/* ├ ┤ ┬ ┴ ┼ and their heavy and double forms */
			if (cp >= 0x251C && cp <= 0x254B)
				junction = true;
			continue;
		}
		run = 0;
	}
	return junction && maxrun >= 3;
}
