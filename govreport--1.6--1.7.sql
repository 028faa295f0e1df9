-- govreport 1.6 -> 1.7.  Run by ALTER EXTENSION govreport UPDATE, with
-- search_path set to pg_catalog, the extension's schema and pg_temp.
--
-- What 1.7 changes: the reader only (documents now say "reader": "1.7").
-- No catalog object is added, changed or dropped, so this script has
-- nothing to run; it exists so that ALTER EXTENSION can move an installed
-- 1.6 to 1.7.  test/suites/15-upgrade.sh checks that an updated install
-- equals a fresh 1.7 install object for object.

\echo Use "ALTER EXTENSION govreport UPDATE TO '1.7'" to load this file. \quit
