-- govreport 1.4 -> 1.5.  Run by ALTER EXTENSION govreport UPDATE, with
-- search_path set to pg_catalog, the extension's schema and pg_temp.
--
-- What 1.5 changes: the reader only (documents now say "reader": "1.5"; it
-- reads more of what pdftotext, lynx and w3m print, and faster).  No catalog
-- object is added, changed or dropped, so this script has nothing to run;
-- it exists so that ALTER EXTENSION can move an installed 1.4 to 1.5.
-- test/suites/15-upgrade.sh checks that an updated install equals a fresh
-- 1.5 install object for object.

\echo Use "ALTER EXTENSION govreport UPDATE TO '1.5'" to load this file. \quit
