-- govreport 1.1 -> 1.2.  Run by ALTER EXTENSION govreport UPDATE, with
-- search_path set to pg_catalog, the extension's schema and pg_temp, so the
-- names below are unqualified, as in the install script.
--
-- What 1.2 adds: the catalog objects below (src/sql/47_totals.sql).
-- test/suites/15-upgrade.sh checks that an updated install equals a fresh
-- 1.2 install object for object.

\echo Use "ALTER EXTENSION govreport UPDATE TO '1.2'" to load this file. \quit
