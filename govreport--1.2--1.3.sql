-- govreport 1.2 -> 1.3.  Run by ALTER EXTENSION govreport UPDATE, with
-- search_path set to pg_catalog, the extension's schema and pg_temp, so the
-- names below are unqualified, as in the install script.
--
-- What 1.3 adds: the catalog objects below (src/sql/48_dashboards.sql),
-- and a reader that reads more layouts (no catalog change).
-- test/suites/15-upgrade.sh checks that an updated install equals a fresh
-- 1.3 install object for object.

\echo Use "ALTER EXTENSION govreport UPDATE TO '1.3'" to load this file. \quit


-- COST: a slice of the stored value is read, not the whole document.
CREATE FUNCTION report_year(doc jsonb) RETURNS integer
    AS 'MODULE_PATHNAME', 'report_year'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5;
COMMENT ON FUNCTION report_year(jsonb) IS
    'the year a document reports on (its year member, an integer from 1 to 9999), or NULL when it has none or another value; reads only the start of the stored document, so grouping many documents by year does not decompress each one; never raises for the document''s content';

-- COST: as much as report_check, which it runs.
CREATE FUNCTION report_rule_counts(doc jsonb)
    RETURNS TABLE (rule text, severity text, findings integer)
    AS 'MODULE_PATHNAME', 'report_rule_counts'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 400 ROWS 2;
COMMENT ON FUNCTION report_rule_counts(jsonb) IS
    'the findings of report_check counted per rule and severity, one row each in the order of their first finding: for dashboards that count the documents failing each rule; never raises for the document''s content';
