/*
 * mem_core — peak memory of the core alone on the texts of mem_cases.h:
 * for each case, a child process reads the text with gr_parse, renders the
 * document as JSON and as a report, and reports how much its peak resident
 * memory (VmHWM) rose, in MB and as a multiple of the text's size.
 *   bench/mem_core.bin [MB]            every case at MB megabytes (default 20)
 *   bench/mem_core.bin --write NAME MB FILE   write one case's text to FILE
 *   bench/mem_core.bin --file PATH [MB]       a file's text, repeated to MB
 * The text itself is made before the child starts and is not counted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gr.h"
#include "mem_cases.h"

static long
vm_hwm_kb(void)
{
	FILE	   *f = fopen("/proc/self/status", "r");
	char		line[256];
	long		kb = -1;

	if (f == NULL)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (strncmp(line, "VmHWM:", 6) == 0)
			kb = atol(line + 6);
	fclose(f);
	return kb;
}

/* The case's head, then its unit repeated, to at least size bytes. */
static char *
make_text(const char *head, const char *unit, size_t size, size_t *len)
{
	size_t		hl = head ? strlen(head) : 0,
				ul = strlen(unit),
				n = hl;
	char	   *t;

	while (n < size)
		n += ul;
	t = malloc(n + 1);
	if (t == NULL)
		abort();
	memcpy(t, head ? head : "", hl);
	for (size_t k = hl; k < n; k += ul)
		memcpy(t + k, unit, ul);
	t[n] = '\0';
	*len = n;
	return t;
}

static void
measure(const char *name, const char *text, size_t len)
{
	pid_t		pid;
	int			fds[2];

	fflush(stdout);
	if (pipe(fds) != 0)
		abort();
	pid = fork();
	if (pid == 0)
	{
		long		before = vm_hwm_kb(),
					parsed;
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d;
		gr_buf		b;
		char		msg[256];

		/* the text's pages are resident before the count starts */
		volatile char sink = 0;

		for (size_t k = 0; k < len; k += 4096)
			sink ^= text[k];
		before = vm_hwm_kb();
		gr_parse(&d, text, len, &m, NULL);
		parsed = vm_hwm_kb();
		gr_buf_init(&b, &m, 8192);
		gr_doc_to_json(&d, &b);
		gr_buf_init(&b, &m, 8192);
		gr_render(&d, &b, GR_SIMPLIFIED);
		snprintf(msg, sizeof(msg), "%ld %ld %ld %d\n", before, parsed, vm_hwm_kb(),
				 (int) d.status);
		if (write(fds[1], msg, strlen(msg)) < 0)
			_exit(1);
		_exit(0);
	}
	close(fds[1]);
	{
		char		msg[256] = {0};
		long		before = 0,
					parsed = 0,
					after = 0;
		int			status = 0;
		ssize_t		got = read(fds[0], msg, sizeof(msg) - 1);

		close(fds[0]);
		waitpid(pid, NULL, 0);
		if (got <= 0 || sscanf(msg, "%ld %ld %ld %d", &before, &parsed, &after, &status) != 4)
		{
			printf("%-12s  failed\n", name);
			return;
		}
		printf("%-12s %8.1f MB  parse +%8.1f MB (%5.2fx)  all +%8.1f MB (%5.2fx)\n",
			   name, len / 1048576.0, (parsed - before) / 1024.0,
			   (parsed - before) * 1024.0 / (double) len,
			   (after - before) / 1024.0, (after - before) * 1024.0 / (double) len);
	}
}

int
main(int argc, char **argv)
{
	if (argc == 5 && strcmp(argv[1], "--write") == 0)
	{
		for (size_t c = 0; c < MEM_NCASES; c++)
			if (strcmp(mem_cases[c].name, argv[2]) == 0)
			{
				size_t		len;
				char	   *t = make_text(mem_cases[c].head, mem_cases[c].unit,
										  (size_t) (atof(argv[3]) * 1048576), &len);
				FILE	   *f = fopen(argv[4], "wb");

				if (f == NULL || fwrite(t, 1, len, f) != len || fclose(f) != 0)
					return 1;
				return 0;
			}
		fprintf(stderr, "no case %s\n", argv[2]);
		return 2;
	}
	if (argc >= 3 && strcmp(argv[1], "--file") == 0)
	{
		FILE	   *f = fopen(argv[2], "rb");
		static char unit[1 << 20];
		size_t		n,
					len;
		char	   *t;

		if (f == NULL)
			return 1;
		n = fread(unit, 1, sizeof(unit) - 1, f);
		fclose(f);
		unit[n] = '\0';
		t = make_text(NULL, unit, (size_t) ((argc > 3 ? atof(argv[3]) : 20) * 1048576), &len);
		measure("file", t, len);
		return 0;
	}
	{
		double		mb = argc > 1 ? atof(argv[1]) : 20;

		for (size_t c = 0; c < MEM_NCASES; c++)
		{
			size_t		len;
			char	   *t = make_text(mem_cases[c].head, mem_cases[c].unit,
									  (size_t) (mb * 1048576), &len);

			measure(mem_cases[c].name, t, len);
			free(t);
		}
	}
	return 0;
}
