-- govreport 1.3 -> 1.4.  Run by ALTER EXTENSION govreport UPDATE, with
-- search_path set to pg_catalog, the extension's schema and pg_temp.
--
-- What 1.4 changes: the reader only (documents now say "reader": "1.4"; it
-- reads more of what pdftotext, lynx, w3m and pandoc print).  No catalog
-- object is added, changed or dropped, so this script has nothing to run;
-- it exists so that ALTER EXTENSION can move an installed 1.3 to 1.4.
-- test/suites/15-upgrade.sh checks that an updated install equals a fresh
-- 1.4 install object for object.

\echo Use "ALTER EXTENSION govreport UPDATE TO '1.4'" to load this file. \quit
