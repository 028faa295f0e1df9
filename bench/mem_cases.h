/*
 * mem_cases.h — the worst texts for memory, generated to a given size: the
 * shapes whose tokens, copies or rewrites cost the most bytes per byte of
 * input.  Shared by bench/mem_core.c (the core alone) and, through
 * `mem_core.bin --write`, by bench/memory.sh (the server).
 */
#ifndef MEM_CASES_H
#define MEM_CASES_H

#include <stddef.h>

#define MEM_TD8 "<td rowspan=64>1</td><td rowspan=64>1</td>" \
	"<td rowspan=64>1</td><td rowspan=64>1</td>" \
	"<td rowspan=64>1</td><td rowspan=64>1</td>" \
	"<td rowspan=64>1</td><td rowspan=64>1</td>"
#define MEM_TD64 MEM_TD8 MEM_TD8 MEM_TD8 MEM_TD8 MEM_TD8 MEM_TD8 MEM_TD8 MEM_TD8
#define MEM_TR8 "<tr></tr><tr></tr><tr></tr><tr></tr><tr></tr><tr></tr><tr></tr><tr></tr>"
#define MEM_TR64 MEM_TR8 MEM_TR8 MEM_TR8 MEM_TR8 MEM_TR8 MEM_TR8 MEM_TR8 MEM_TR8

typedef struct mem_case
{
	const char *name;
	const char *unit;			/* repeated until the size is reached */
	const char *head;			/* written once first, may be NULL */
} mem_case;

static const mem_case mem_cases[] = {
	{"pipe_table", "| 1 | 2 | 3 |\n", NULL},
	{"pipe_empty", "||||||||||||||||||||||||||||||\n", NULL},
	{"tab_digits", "1\t2\t3\t4\t5\t6\t7\t8\n", NULL},
	{"tab_empty", "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n", NULL},
	{"tab_cells", "\t1\n\n\t2\n\n", NULL},
	{"short_lines", "1\n", NULL},
	{"blank_lines", "1\n\n", NULL},
	{"one_line", "本年新收政府信息公开申请数量 ", NULL},
	{"box_rows", "|1|2|3|\n|4|5|6|\n+-+-+-+\n", "+-+-+-+\n"},
	{"pdf_rows", "本年新收   1   2   3   4   5   6   7\n", NULL},
	{"wrapped", "\t本年新收政府信息公开\n申请数量\n政府\n信息\n", NULL},
	{"html_cells", "<tr><td>1</td><td>2</td><td>3</td></tr>\n", "<html><body><table>\n"},
	{"html_empty", "<td></td><td></td><td></td><td></td>", "<html><body><table><tr>\n"},
	{"html_colspan", "<tr><td colspan=64>1</td></tr>\n", "<html><body><table>\n"},
	{"html_rowspan", "<tr>" MEM_TD64 "</tr>\n" MEM_TR64 "\n", "<html><body><table>\n"},
	{"html_deep", "<div><span>", "<html><body>\n"},
	{"narrative", "（一）主动公开情况。本机关全年主动公开政府信息一千二百条，其中规章三件。\n",
	"一、总体情况\n"},
};

#define MEM_NCASES (sizeof(mem_cases) / sizeof(mem_cases[0]))

#endif
