/*
 * load.c — govreport load: files into a PostgreSQL table through COPY.
 *
 * Worker threads (-j N) read files (cli_read_file), hash their bytes
 * (SHA-256, sha256.c) and read them with the core to know whether they
 * balance; the main thread takes the results in input order and sends them
 * to the server in batches, each one COPY in its own transaction:
 *
 *   path, sha256, body   — doc is left NULL and the table's BEFORE INSERT
 *                          trigger fills it with report_to_jsonb(body), so
 *                          the stored document is always the server's own.
 *
 * Files whose hash is already in the table (or earlier in this run) are
 * skipped; files the core finds unbalanced are not sent, since the table's
 * CHECK (report_balance_ok(doc)) would abort the whole COPY, and are listed
 * in the summary.  If a batch fails anyway, its files are retried one by
 * one, and the ones the server refuses are listed with its message.
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "pq.h"

#define BATCH_FILES 500
#define BATCH_BYTES ((size_t) 32 << 20)

typedef enum outcome
{
	OUT_PENDING = 0,
	OUT_READY,					/* read and balanced: to be sent */
	OUT_FAILED,					/* unreadable */
	OUT_UNBALANCED
} outcome;

/* One file: what a worker made of it. */
typedef struct item
{
	char	   *path;
	size_t		bytes;
	outcome		state;
	char		sha[65];
	char	   *text;
	size_t		len;
	char	   *err;			/* failed: why */
} item;

typedef struct loader
{
	item	   *items;
	int			n,
				cap;
	int			next;			/* next item a worker takes */
	int			consumed;		/* items the main thread is done with */
	int			window;			/* how far workers may run ahead */
	pthread_mutex_t mu;
	pthread_cond_t ready,
				room;
	bool		oom;
} loader;

/* ------------------------------------------------------------ file list */

static void
add_path(loader *L, const char *path)
{
	if (L->n == L->cap)
	{
		int			nc = L->cap ? L->cap * 2 : 256;
		item	   *p = realloc(L->items, sizeof(item) * (size_t) nc);

		if (p == NULL)
		{
			L->oom = true;
			return;
		}
		L->items = p;
		L->cap = nc;
	}
	memset(&L->items[L->n], 0, sizeof(item));
	L->items[L->n].path = strdup(path);
	if (L->items[L->n].path == NULL)
		L->oom = true;
	else
		L->n++;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* A directory's files, below it too, in name order. */
static void
add_dir(loader *L, const char *dir, int depth)
{
	DIR		   *d = opendir(dir);
	struct dirent *e;
	char	  **names = NULL;
	int			n = 0,
				cap = 0;

	if (d == NULL || depth > 64)
	{
		if (d)
			closedir(d);
		add_path(L, dir);		/* its error is reported as a file's */
		return;
	}
	while ((e = readdir(d)) != NULL)
	{
		if (e->d_name[0] == '.')
			continue;			/* ., .., hidden files */
		if (n == cap)
		{
			int			nc = cap ? cap * 2 : 64;
			char	  **p = realloc(names, sizeof(char *) * (size_t) nc);

			if (p == NULL)
				break;
			names = p;
			cap = nc;
		}
		names[n] = malloc(strlen(dir) + strlen(e->d_name) + 2);
		if (names[n] == NULL)
			break;
		sprintf(names[n], "%s/%s", dir, e->d_name);
		n++;
	}
	closedir(d);
	qsort(names, (size_t) n, sizeof(char *), cmp_str);
	for (int i = 0; i < n; i++)
	{
		struct stat st;

		if (stat(names[i], &st) == 0 && S_ISDIR(st.st_mode))
			add_dir(L, names[i], depth + 1);
		else if (stat(names[i], &st) != 0 || S_ISREG(st.st_mode))
			add_path(L, names[i]);
		free(names[i]);
	}
	free(names);
}

/* ------------------------------------------------------------ workers */

static void
work_one(item *it)
{
	char		err[400] = "";
	size_t		len = 0;
	char	   *data = cli_slurp(it->path, &len, err, sizeof(err));
	cli_text	t;

	if (data == NULL)
	{
		it->err = strdup(err);
		it->state = OUT_FAILED;
		return;
	}
	it->bytes = len;
	cli_sha256_hex(data, len, it->sha);
	cli_read_bytes(it->path, data, len, &t);
	free(data);
	if (t.text == NULL)
	{
		it->err = strdup(t.err);
		it->state = OUT_FAILED;
		return;
	}
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d;

		gr_parse(&d, t.text, t.len, &m, NULL);
		it->state = gr_balance_ok(&d) ? OUT_READY : OUT_UNBALANCED;
		gr_heap_free(h);
	}
	if (it->state == OUT_READY)
	{
		it->text = t.text;
		it->len = t.len;
	}
	else
		free(t.text);
}

static void *
worker(void *arg)
{
	loader	   *L = arg;

	for (;;)
	{
		int			i;

		pthread_mutex_lock(&L->mu);
		while (L->next < L->n && L->next >= L->consumed + L->window)
			pthread_cond_wait(&L->room, &L->mu);
		if (L->next >= L->n)
		{
			pthread_mutex_unlock(&L->mu);
			return NULL;
		}
		i = L->next++;
		pthread_mutex_unlock(&L->mu);

		work_one(&L->items[i]);

		pthread_mutex_lock(&L->mu);
		pthread_cond_broadcast(&L->ready);
		pthread_mutex_unlock(&L->mu);
	}
}

/* ------------------------------------------------------------ server */

/* COPY's text format: backslash, tab, newline and carriage return escaped. */
static void
copy_field(cli_buf *b, const char *s, size_t len)
{
	size_t		run = 0;

	for (size_t i = 0; i < len; i++)
	{
		const char *esc = NULL;

		switch (s[i])
		{
			case '\\':
				esc = "\\\\";
				break;
			case '\t':
				esc = "\\t";
				break;
			case '\n':
				esc = "\\n";
				break;
			case '\r':
				esc = "\\r";
				break;
		}
		if (esc)
		{
			cli_buf_put(b, s + run, i - run);
			cli_buf_puts(b, esc);
			run = i + 1;
		}
	}
	cli_buf_put(b, s + run, len - run);
}

/* The table's name as SQL: each dot-separated part quoted. */
char *
cli_quote_table(PGconn *c, const char *name)
{
	cli_buf		b;
	const char *p = name;

	memset(&b, 0, sizeof(b));
	while (*p)
	{
		const char *dot = strchr(p, '.');
		size_t		n = dot ? (size_t) (dot - p) : strlen(p);
		char	   *q = PQescapeIdentifier(c, p, n);

		if (q == NULL)
		{
			free(b.data);
			return NULL;
		}
		if (b.len)
			cli_buf_putc(&b, '.');
		cli_buf_puts(&b, q);
		PQfreemem(q);
		p += n + (dot != NULL);
	}
	return b.data;
}

static bool
exec_ok(PGconn *c, const char *sql, char *err, size_t errlen)
{
	PGresult   *r = PQexec(c, sql);
	bool		ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;

	if (!ok)
		snprintf(err, errlen, "%s", PQresultErrorMessage(r));
	PQclear(r);
	return ok;
}

/*
 * The table, created if absent: the shape of examples/reports_table.sql,
 * with the extension's functions qualified by the schema it is in.
 */
static bool
ensure_table(PGconn *c, const char *qtable, const char *table, char *err, size_t errlen)
{
	const char *params[1] = {table};
	PGresult   *r = PQexecParams(c, "SELECT to_regclass($1) IS NOT NULL", 1, NULL, params, NULL, NULL, 0);
	bool		exists;
	char	   *schema;
	cli_buf		sql;
	char	   *qfn;

	if (PQresultStatus(r) != PGRES_TUPLES_OK)
	{
		snprintf(err, errlen, "%s", PQresultErrorMessage(r));
		PQclear(r);
		return false;
	}
	exists = strcmp(PQgetvalue(r, 0, 0), "t") == 0;
	PQclear(r);
	if (exists)
	{
		/* an existing table must take what COPY sends */
		r = PQexecParams(c, "SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass($1) "
						 "AND attname IN ('path', 'sha256', 'body') AND attnum > 0 AND NOT attisdropped",
						 1, NULL, params, NULL, NULL, 0);
		exists = PQresultStatus(r) == PGRES_TUPLES_OK && strcmp(PQgetvalue(r, 0, 0), "3") == 0;
		PQclear(r);
		if (!exists)
			snprintf(err, errlen, "the table exists but has no columns path, sha256 and body: "
					 "name another table with --table (it is created), or add them");
		return exists;
	}

	r = PQexec(c, "SELECT quote_ident(n.nspname) FROM pg_extension e "
			   "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'govreport'");
	if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1)
	{
		snprintf(err, errlen, "the govreport extension is not installed in this database: "
				 "run CREATE EXTENSION govreport; first");
		PQclear(r);
		return false;
	}
	schema = strdup(PQgetvalue(r, 0, 0));
	PQclear(r);
	{
		/* the trigger function's name: the table's with _fill_doc */
		char		fname[200];
		const char *base = strrchr(table, '.');

		snprintf(fname, sizeof(fname), "%.180s_fill_doc", base ? base + 1 : table);
		qfn = cli_quote_table(c, fname);
		if (base)
		{
			/* in the table's schema */
			char	   *qs = PQescapeIdentifier(c, table, (size_t) (base - table));
			char	   *both = malloc(strlen(qs) + strlen(qfn) + 2);

			sprintf(both, "%s.%s", qs, qfn);
			PQfreemem(qs);
			free(qfn);
			qfn = both;
		}
	}
	memset(&sql, 0, sizeof(sql));
	cli_buf_puts(&sql, "BEGIN;\nCREATE TABLE ");
	cli_buf_puts(&sql, qtable);
	cli_buf_puts(&sql, " (\n    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
				 "    path text,\n    sha256 text UNIQUE,\n    body text NOT NULL,\n"
				 "    doc jsonb NOT NULL,\n    CHECK (");
	cli_buf_puts(&sql, schema);
	cli_buf_puts(&sql, ".report_balance_ok(doc))\n);\nCREATE FUNCTION ");
	cli_buf_puts(&sql, qfn);
	cli_buf_puts(&sql, "() RETURNS trigger LANGUAGE plpgsql AS $fill$\nBEGIN\n"
				 "    IF NEW.doc IS NULL THEN\n        NEW.doc := ");
	cli_buf_puts(&sql, schema);
	cli_buf_puts(&sql, ".report_to_jsonb(NEW.body);\n    END IF;\n    RETURN NEW;\nEND\n$fill$;\n"
				 "CREATE TRIGGER fill_doc BEFORE INSERT ON ");
	cli_buf_puts(&sql, qtable);
	cli_buf_puts(&sql, " FOR EACH ROW EXECUTE FUNCTION ");
	cli_buf_puts(&sql, qfn);
	cli_buf_puts(&sql, "();\nCOMMIT;");
	free(schema);
	free(qfn);
	if (sql.failed || !exec_ok(c, sql.data, err, errlen))
	{
		PQclear(PQexec(c, "ROLLBACK"));
		free(sql.data);
		return false;
	}
	free(sql.data);
	return true;
}

/* Which of these hashes the table already has: marks them in had[]. */
static bool
known_hashes(PGconn *c, const char *qtable, item **batch, int n, bool *had, char *err, size_t errlen)
{
	cli_buf		arr,
				sql;
	const char *params[1];
	PGresult   *r;

	memset(&arr, 0, sizeof(arr));
	memset(&sql, 0, sizeof(sql));
	cli_buf_putc(&arr, '{');
	for (int i = 0; i < n; i++)
	{
		if (i)
			cli_buf_putc(&arr, ',');
		cli_buf_puts(&arr, batch[i]->sha);
	}
	cli_buf_putc(&arr, '}');
	cli_buf_puts(&sql, "SELECT sha256 FROM ");
	cli_buf_puts(&sql, qtable);
	cli_buf_puts(&sql, " WHERE sha256 = ANY($1::text[])");
	params[0] = arr.data;
	r = PQexecParams(c, sql.data, 1, NULL, params, NULL, NULL, 0);
	free(sql.data);
	free(arr.data);
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
	{
		snprintf(err, errlen, "%s", PQresultErrorMessage(r));
		PQclear(r);
		return false;
	}
	for (int i = 0; i < n; i++)
		had[i] = false;
	for (int k = 0; k < PQntuples(r); k++)
		for (int i = 0; i < n; i++)
			if (strcmp(PQgetvalue(r, k, 0), batch[i]->sha) == 0)
				had[i] = true;
	PQclear(r);
	return true;
}

/* One COPY of rows; false and the server's message if it failed. */
static bool
copy_rows(PGconn *c, const char *qtable, item **rows, int n, char *err, size_t errlen)
{
	cli_buf		sql,
				data;
	PGresult   *r;
	bool		ok;

	memset(&sql, 0, sizeof(sql));
	cli_buf_puts(&sql, "COPY ");
	cli_buf_puts(&sql, qtable);
	cli_buf_puts(&sql, " (path, sha256, body) FROM STDIN");
	r = PQexec(c, sql.data);
	free(sql.data);
	if (PQresultStatus(r) != PGRES_COPY_IN)
	{
		snprintf(err, errlen, "%s", PQresultErrorMessage(r));
		PQclear(r);
		return false;
	}
	PQclear(r);
	for (int i = 0; i < n; i++)
	{
		memset(&data, 0, sizeof(data));
		copy_field(&data, rows[i]->path, strlen(rows[i]->path));
		cli_buf_putc(&data, '\t');
		cli_buf_puts(&data, rows[i]->sha);
		cli_buf_putc(&data, '\t');
		copy_field(&data, rows[i]->text, rows[i]->len);
		cli_buf_putc(&data, '\n');
		if (data.failed || PQputCopyData(c, data.data, (int) data.len) != 1)
		{
			free(data.data);
			PQputCopyEnd(c, "out of memory or connection lost");
			break;
		}
		free(data.data);
	}
	PQputCopyEnd(c, NULL);
	ok = true;
	while ((r = PQgetResult(c)) != NULL)
	{
		if (PQresultStatus(r) != PGRES_COMMAND_OK)
		{
			snprintf(err, errlen, "%s", PQresultErrorMessage(r));
			ok = false;
		}
		PQclear(r);
	}
	return ok;
}

/* The slot of a digest: its first 16 hex digits as a number. */
static size_t
hash_slot(const char *h, size_t cap)
{
	char		pre[17];

	memcpy(pre, h, 16);
	pre[16] = '\0';
	return (size_t) strtoull(pre, NULL, 16) & (cap - 1);
}

/* The hashes of this run: open addressing on the digest's first 16 hex digits. */
typedef struct hashset
{
	const char **slot;
	size_t		n,
				cap;
} hashset;

/* Add h; true if it was there already. */
static bool
seen_add(hashset *s, const char *h)
{
	size_t		i;

	if (s->n * 2 >= s->cap)
	{
		size_t		nc = s->cap ? s->cap * 2 : 1024;
		const char **ns = calloc(nc, sizeof(char *));

		if (ns == NULL && s->n + 1 >= s->cap)
			return false;		/* no room: the server's UNIQUE still guards */
		for (size_t k = 0; ns && k < s->cap; k++)
			if (s->slot[k])
			{
				i = hash_slot(s->slot[k], nc);
				while (ns[i])
					i = (i + 1) & (nc - 1);
				ns[i] = s->slot[k];
			}
		if (ns)
		{
			free(s->slot);
			s->slot = ns;
			s->cap = nc;
		}
	}
	i = hash_slot(h, s->cap);
	while (s->slot[i])
	{
		if (memcmp(s->slot[i], h, 64) == 0)
			return true;
		i = (i + 1) & (s->cap - 1);
	}
	s->slot[i] = h;
	s->n++;
	return false;
}

/* ------------------------------------------------------------ progress */

typedef struct progress
{
	bool		tty;
	struct timespec t0,
				last;
	int			total;
	size_t		total_bytes;
} progress;

static double
since(const struct timespec *a, const struct timespec *b)
{
	return (double) (b->tv_sec - a->tv_sec) + (double) (b->tv_nsec - a->tv_nsec) / 1e9;
}

static void
show_progress(progress *p, int done, size_t bytes, bool final)
{
	struct timespec now;
	double		el,
				rate;
	int			width = 24,
				fill;
	char		bar[32];
	long		eta;

	if (!p->tty)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (!final && since(&p->last, &now) < 0.1)
		return;
	p->last = now;
	el = since(&p->t0, &now);
	rate = el > 0 ? done / el : 0;
	fill = p->total ? (int) ((long) done * width / p->total) : width;
	for (int i = 0; i < width; i++)
		bar[i] = i < fill ? '#' : '.';
	bar[width] = '\0';
	eta = rate > 0 ? (long) ((p->total - done) / rate) : 0;
	fprintf(stderr, "\r[%s] %d/%d files  %.1f MB  %.0f files/s  ETA %ld:%02ld ",
			bar, done, p->total, (double) bytes / 1048576.0, rate, eta / 60, eta % 60);
	if (final)
		fputc('\n', stderr);
	fflush(stderr);
}

/* ------------------------------------------------------------ command */

static const char load_usage[] =
"Usage: govreport load [--dbname CONNINFO] [--table NAME] [-j N] [--quiet] FILE|DIR...\n";

int
cli_load(int argc, char **argv)
{
	const char *conninfo = "",
			   *table = "reports";
	int			jobs = 1;
	bool		quiet = false;
	loader		L;
	PGconn	   *c;
	char	   *qtable;
	char		err[1024];
	pthread_t  *th;
	progress	prog;
	int			loaded = 0,
				skipped = 0,
				failed = 0,
				unbalanced = 0,
				done = 0;
	size_t		bytes = 0;
	item	  **batch;
	bool	   *had;
	int			nb = 0;
	size_t		bbytes = 0;
	hashset		seen = {NULL, 0, 0};
	bool		dberr = false;

	memset(&L, 0, sizeof(L));
	for (int i = 0; i < argc; i++)
	{
		const char *a = argv[i];

		if ((strcmp(a, "--dbname") == 0 || strcmp(a, "-d") == 0) && i + 1 < argc)
			conninfo = argv[++i];
		else if (strncmp(a, "--dbname=", 9) == 0)
			conninfo = a + 9;
		else if ((strcmp(a, "--table") == 0 || strcmp(a, "-t") == 0) && i + 1 < argc)
			table = argv[++i];
		else if (strncmp(a, "--table=", 8) == 0)
			table = a + 8;
		else if (strcmp(a, "-j") == 0 && i + 1 < argc)
			jobs = atoi(argv[++i]);
		else if (strncmp(a, "-j", 2) == 0 && a[2])
			jobs = atoi(a + 2);
		else if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0)
			quiet = true;
		else if (a[0] == '-' && a[1] != '\0')
		{
			fprintf(stderr, "%s: load: unknown option %s\n%s", cli_progname, a, load_usage);
			return 3;
		}
		else
		{
			struct stat st;

			if (stat(a, &st) == 0 && S_ISDIR(st.st_mode))
				add_dir(&L, a, 0);
			else
				add_path(&L, a);
		}
	}
	if (jobs < 1 || jobs > 64)
	{
		fprintf(stderr, "%s: load: -j takes 1 to 64\n", cli_progname);
		return 3;
	}
	if (L.n == 0)
	{
		fprintf(stderr, "%s: load: no file given\n%s", cli_progname, load_usage);
		return 3;
	}
	if (L.oom)
	{
		fprintf(stderr, "%s: load: out of memory\n", cli_progname);
		return 2;
	}

	if (!cli_pq_load(err, sizeof(err)))
	{
		fprintf(stderr, "%s: load: %s\n", cli_progname, err);
		return 2;
	}
	c = PQconnectdb(conninfo);
	if (PQstatus(c) != CONNECTION_OK)
	{
		fprintf(stderr, "%s: load: cannot connect: %s", cli_progname, PQerrorMessage(c));
		PQfinish(c);
		return 2;
	}
	PQsetClientEncoding(c, "UTF8");
	qtable = cli_quote_table(c, table);
	if (qtable == NULL || !ensure_table(c, qtable, table, err, sizeof(err)))
	{
		fprintf(stderr, "%s: load: table %s: %s\n", cli_progname, table,
				qtable ? err : "bad table name");
		free(qtable);
		PQfinish(c);
		return 2;
	}

	pthread_mutex_init(&L.mu, NULL);
	pthread_cond_init(&L.ready, NULL);
	pthread_cond_init(&L.room, NULL);
	L.window = jobs * 8 + BATCH_FILES;
	th = calloc((size_t) jobs, sizeof(pthread_t));
	batch = calloc(BATCH_FILES, sizeof(item *));
	had = calloc(BATCH_FILES, sizeof(bool));
	if (!th || !batch || !had)
	{
		fprintf(stderr, "%s: load: out of memory\n", cli_progname);
		return 2;
	}
	for (int k = 0; k < jobs; k++)
		pthread_create(&th[k], NULL, worker, &L);

	memset(&prog, 0, sizeof(prog));
	prog.tty = !quiet && isatty(STDERR_FILENO);
	prog.total = L.n;
	clock_gettime(CLOCK_MONOTONIC, &prog.t0);

	for (int i = 0; i <= L.n; i++)
	{
		item	   *it = i < L.n ? &L.items[i] : NULL;

		if (it)
		{
			pthread_mutex_lock(&L.mu);
			while (it->state == OUT_PENDING)
				pthread_cond_wait(&L.ready, &L.mu);
			pthread_mutex_unlock(&L.mu);
			bytes += it->bytes;
			if (it->state == OUT_FAILED)
				failed++;
			else if (it->state == OUT_UNBALANCED)
				unbalanced++;
			else
			{
				/* seen earlier in this run? */
				if (seen_add(&seen, it->sha))
				{
					skipped++;
					free(it->text);
					it->text = NULL;
				}
				else
				{
					batch[nb++] = it;
					bbytes += it->len;
				}
			}
		}
		/* send the batch when full, or at the end */
		if (nb > 0 && (nb == BATCH_FILES || bbytes >= BATCH_BYTES || it == NULL))
		{
			int			nsend = 0;

			if (!dberr && !known_hashes(c, qtable, batch, nb, had, err, sizeof(err)))
			{
				dberr = true;
				fprintf(stderr, "%s: load: %s", cli_progname, err);
			}
			for (int k = 0; k < nb; k++)
			{
				if (dberr)
				{
					batch[k]->state = OUT_FAILED;
					batch[k]->err = strdup("not loaded: the database failed");
					failed++;
				}
				else if (had[k])
					skipped++;
				else
					batch[nsend++] = batch[k];
			}
			if (!dberr && nsend > 0)
			{
				if (copy_rows(c, qtable, batch, nsend, err, sizeof(err)))
					loaded += nsend;
				else
				{
					/* one by one: the rows the server refuses are listed */
					for (int k = 0; k < nsend; k++)
					{
						char		e1[1024];

						if (copy_rows(c, qtable, &batch[k], 1, e1, sizeof(e1)))
							loaded++;
						else
						{
							size_t		l = strlen(e1);

							while (l > 0 && e1[l - 1] == '\n')
								e1[--l] = '\0';
							batch[k]->state = OUT_FAILED;
							batch[k]->err = strdup(e1);
							failed++;
						}
						if (PQstatus(c) != CONNECTION_OK)
						{
							dberr = true;
							break;
						}
					}
				}
			}
			for (int k = 0; k < nb; k++)
			{
				free(batch[k]->text);
				batch[k]->text = NULL;
			}
			nb = 0;
			bbytes = 0;
		}
		if (it)
		{
			done++;
			pthread_mutex_lock(&L.mu);
			L.consumed = i + 1 - nb;
			pthread_cond_broadcast(&L.room);
			pthread_mutex_unlock(&L.mu);
			show_progress(&prog, done, bytes, false);
		}
	}
	show_progress(&prog, done, bytes, true);
	for (int k = 0; k < jobs; k++)
		pthread_join(th[k], NULL);
	PQfinish(c);

	/* per-file problems, then the summary */
	for (int i = 0; i < L.n; i++)
		if (L.items[i].state == OUT_FAILED)
			fprintf(stderr, "%s: %s: %s\n", cli_progname, L.items[i].path,
					L.items[i].err ? L.items[i].err : "failed");
	for (int i = 0; i < L.n; i++)
		if (L.items[i].state == OUT_UNBALANCED)
			fprintf(stderr, "%s: %s: unbalanced (not loaded: see govreport check)\n",
					cli_progname, L.items[i].path);
	{
		struct timespec now;

		clock_gettime(CLOCK_MONOTONIC, &now);
		printf("loaded %d, skipped %d, failed %d, unbalanced %d (%d files, %.1f MB, %.1f s)\n",
			   loaded, skipped, failed, unbalanced, L.n, (double) bytes / 1048576.0,
			   since(&prog.t0, &now));
	}
	for (int i = 0; i < L.n; i++)
	{
		free(L.items[i].path);
		free(L.items[i].err);
	}
	free(L.items);
	free(seen.slot);
	free(th);
	free(batch);
	free(had);
	free(qtable);
	return failed || dberr ? 2 : unbalanced ? 1 : 0;
}
