/*
 * pq.h — libpq, loaded when a command first connects (cli/pq.c).
 *
 * Only `load` and `review --dbname` talk to a server, yet linking libpq
 * loads it and its own libraries (Kerberos, LDAP, TLS) into every run:
 * about 3.5 ms of each process's start-up, as much as reading a small PDF's
 * characters.  So the command calls libpq through pointers filled by
 * dlopen on the first connection; the names below stand for them, and the
 * types are libpq's own (libpq-fe.h).
 */
#ifndef CLI_PQ_H
#define CLI_PQ_H

#include <stdbool.h>
#include <stddef.h>

#include <libpq-fe.h>

typedef struct cli_pq_api
{
	PGconn	   *(*PQconnectdb) (const char *conninfo);
	ConnStatusType (*PQstatus) (const PGconn *conn);
	char	   *(*PQerrorMessage) (const PGconn *conn);
	void		(*PQfinish) (PGconn *conn);
	int			(*PQsetClientEncoding) (PGconn *conn, const char *encoding);
	PGresult   *(*PQexec) (PGconn *conn, const char *query);
	PGresult   *(*PQexecParams) (PGconn *conn, const char *command, int nParams,
								 const Oid *paramTypes, const char *const *paramValues,
								 const int *paramLengths, const int *paramFormats, int resultFormat);
	PGresult   *(*PQgetResult) (PGconn *conn);
	ExecStatusType (*PQresultStatus) (const PGresult *res);
	char	   *(*PQresultErrorMessage) (const PGresult *res);
	int			(*PQntuples) (const PGresult *res);
	char	   *(*PQgetvalue) (const PGresult *res, int tup_num, int field_num);
	int			(*PQgetlength) (const PGresult *res, int tup_num, int field_num);
	int			(*PQgetisnull) (const PGresult *res, int tup_num, int field_num);
	void		(*PQclear) (PGresult *res);
	int			(*PQputCopyData) (PGconn *conn, const char *buffer, int nbytes);
	int			(*PQputCopyEnd) (PGconn *conn, const char *errormsg);
	char	   *(*PQescapeIdentifier) (PGconn *conn, const char *str, size_t len);
	void		(*PQfreemem) (void *ptr);
} cli_pq_api;

extern cli_pq_api cli_pq;

/*
 * Load libpq (once; safe from one thread before others use it).  false and
 * err, saying which library is missing and what to install, if it cannot.
 */
bool		cli_pq_load(char *err, size_t errlen);

/* the names, for load.c and review.c (pq.c fills the pointers by name) */
#ifndef CLI_PQ_LOADER
#define PQconnectdb (*cli_pq.PQconnectdb)
#define PQstatus (*cli_pq.PQstatus)
#define PQerrorMessage (*cli_pq.PQerrorMessage)
#define PQfinish (*cli_pq.PQfinish)
#define PQsetClientEncoding (*cli_pq.PQsetClientEncoding)
#define PQexec (*cli_pq.PQexec)
#define PQexecParams (*cli_pq.PQexecParams)
#define PQgetResult (*cli_pq.PQgetResult)
#define PQresultStatus (*cli_pq.PQresultStatus)
#define PQresultErrorMessage (*cli_pq.PQresultErrorMessage)
#define PQntuples (*cli_pq.PQntuples)
#define PQgetvalue (*cli_pq.PQgetvalue)
#define PQgetlength (*cli_pq.PQgetlength)
#define PQgetisnull (*cli_pq.PQgetisnull)
#define PQclear (*cli_pq.PQclear)
#define PQputCopyData (*cli_pq.PQputCopyData)
#define PQputCopyEnd (*cli_pq.PQputCopyEnd)
#define PQescapeIdentifier (*cli_pq.PQescapeIdentifier)
#define PQfreemem (*cli_pq.PQfreemem)
#endif

#endif
