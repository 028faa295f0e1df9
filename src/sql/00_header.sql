-- govreport 1.0: assembled from src/sql/*.sql by the Makefile.

\echo Use "CREATE EXTENSION govreport" to load this file. \quit
