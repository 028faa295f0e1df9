/*
 * pq.c — libpq loaded on first use (see pq.h).
 */
#define CLI_PQ_LOADER
#include "pq.h"

#include <dlfcn.h>
#include <stdio.h>

cli_pq_api	cli_pq;

/* libpq's run-time name (Debian's libpq5); the soname is stable across releases */
#define LIBPQ "libpq.so.5"

bool
cli_pq_load(char *err, size_t errlen)
{
	static void *lib;
	struct
	{
		const char *name;
		void	  **slot;
	}			fn[] = {
#define FN(f) {#f, (void **) &cli_pq.f}
		FN(PQconnectdb), FN(PQstatus), FN(PQerrorMessage), FN(PQfinish),
		FN(PQsetClientEncoding), FN(PQexec), FN(PQexecParams), FN(PQgetResult),
		FN(PQresultStatus), FN(PQresultErrorMessage), FN(PQntuples), FN(PQgetvalue),
		FN(PQgetlength), FN(PQgetisnull), FN(PQclear), FN(PQputCopyData),
		FN(PQputCopyEnd), FN(PQescapeIdentifier), FN(PQfreemem),
#undef FN
	};

	if (lib != NULL)
		return true;
	lib = dlopen(LIBPQ, RTLD_NOW | RTLD_LOCAL);
	if (lib == NULL)
	{
		snprintf(err, errlen, "cannot load PostgreSQL's client library %s (%s): install it "
				 "(Debian: apt-get install libpq5)", LIBPQ, dlerror());
		return false;
	}
	for (size_t i = 0; i < sizeof(fn) / sizeof(fn[0]); i++)
	{
		/* POSIX: a function pointer may be read through a void * (dlsym's own use) */
		*fn[i].slot = dlsym(lib, fn[i].name);
		if (*fn[i].slot == NULL)
		{
			snprintf(err, errlen, "%s has no %s: install a newer libpq5", LIBPQ, fn[i].name);
			dlclose(lib);
			lib = NULL;
			return false;
		}
	}
	return true;
}
