-- govreport 1.7: assembled from src/sql/*.sql by the Makefile.
--
-- The extension is relocatable, so names are unqualified: CREATE EXTENSION
-- runs this script with search_path set to pg_catalog, the target schema
-- and pg_temp (last), so a built-in name finds the built-in and every other
-- name the object this script made there.  Nothing here stores a name as
-- text (every function is C, every reference is resolved to its OID when the
-- object is made), which is what lets ALTER EXTENSION ... SET SCHEMA move
-- it.  No CREATE OR REPLACE: the script fails rather than take over an
-- object someone else made in the target schema.  Updates from earlier
-- versions are the govreport--X--Y.sql files.

\echo Use "CREATE EXTENSION govreport" to load this file. \quit
