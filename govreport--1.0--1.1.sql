-- govreport 1.0 -> 1.1.  Run by ALTER EXTENSION govreport UPDATE, with
-- search_path set to pg_catalog, the extension's schema and pg_temp, so the
-- names below are unqualified, as in the install script.
--
-- What 1.1 changes for installed databases:
--   * the reader: every document now records the version of the reader
--     that made it (top-level key "reader"), and reads some texts
--     differently (doc/upgrading.md says how to find and re-read stored
--     documents);
--   * CREATE EXTENSION no longer has a fixed schema and the extension is
--     relocatable (an updated install stays where 1.0 put it);
--   * the catalog changes listed below.  test/suites/15-upgrade.sh checks
--     that an updated install equals a fresh 1.1 install object for object.

\echo Use "ALTER EXTENSION govreport UPDATE TO '1.1'" to load this file. \quit

-- every document records its reader ("reader": "1.1")
COMMENT ON FUNCTION report_to_jsonb(text) IS
    'reads the text of a government information disclosure annual report into its document (schema 1): the reader version, status, agency, year, forms, the three tables, narrative, facts and diagnostics; never raises for what the text contains';

-- a requests or appeals table without a single figure no longer balances
COMMENT ON FUNCTION report_balance_ok(jsonb) IS
    'true when the document has its section 3 and 4 tables, each with at least one figure, and every balance rule holds (requests.flow, requests.total, requests.applicants, appeals.total, nonnegative); false, never an error, for a malformed or incomplete document; made for CHECK constraints, and true exactly when report_check gives no error finding';

-- the comments of report_sum's support functions no longer name a schema
COMMENT ON FUNCTION report_sum_trans(internal, jsonb) IS
    'transition function of report_sum: adds one document to the running sum';
COMMENT ON FUNCTION report_sum_combine(internal, internal) IS
    'combine function of report_sum: merges two partial sums (parallel aggregation)';
COMMENT ON FUNCTION report_sum_serialize(internal) IS
    'serialization function of report_sum: a partial sum as bytea, for parallel workers';
COMMENT ON FUNCTION report_sum_deserialize(bytea, internal) IS
    'deserialization function of report_sum: a partial sum from its bytea form';
COMMENT ON FUNCTION report_sum_final(internal) IS
    'final function of report_sum: the sum as a document';

-- report_diff: the cells that differ between two documents

CREATE TYPE cell_diff AS (
    path text,
    a numeric,
    b numeric,
    delta numeric
);
COMMENT ON TYPE cell_diff IS
    'one cell that differs between two documents: its path as in report_check (requests.granted.natural_person), its value in each (NULL where blank, unreadable or absent) and delta = b - a (NULL when either is NULL)';

CREATE FUNCTION report_diff(a jsonb, b jsonb) RETURNS SETOF cell_diff
    AS 'MODULE_PATHNAME', 'report_diff'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 20;
COMMENT ON FUNCTION report_diff(jsonb, jsonb) IS
    'the cells of tables 2 to 4 whose values differ between two documents (year over year, a department against its roll-up, two readings of one report), in form order; nothing for equal documents; a malformed document is an error naming the path of its first problem';

-- parse_report(body text) says where each cell was printed

ALTER TYPE report_cell
    ADD ATTRIBUTE line integer,
    ADD ATTRIBUTE pos integer,
    ADD ATTRIBUTE len integer;
COMMENT ON COLUMN report_cell.line IS
    'the 1-based line of the body on which the cell was printed; NULL when not read from the body (the jsonb form of parse_report, HTML, a cell not found)';
COMMENT ON COLUMN report_cell.pos IS
    'the cell''s printed text starts at this character of the body, as substr counts';
COMMENT ON COLUMN report_cell.len IS
    'the length in characters of the cell''s printed text: substr(body, pos, len)';

-- report_check names the one cell that explains every broken identity (suspect_cell)
COMMENT ON TYPE finding IS
    'one problem of a report: the rule broken (requests.flow, requests.total, requests.applicants, appeals.total, nonnegative, missing_table, malformed, blank_cell, outdated_form, narrative_mismatch, suspect_cell, carryover, active.in_force_chain), its severity (error or warning), the cell, row (requests.granted) or column (requests.*.natural_person) concerned, the expected and actual values where the rule compares two, and a message in Chinese naming the row and column as the form prints them';

COMMENT ON FUNCTION report_check(jsonb) IS
    'every finding of one document: broken balance rules per column or row with expected and actual values, negative counts, blank cells (counted as 0), missing tables, 2019 tables in a report on 2021 or later, narrative figures contradicting the tables, the one cell whose change would make every broken identity hold (suspect_cell), and one malformed finding per problem of a document that does not have the shape of schema 1; never raises for the document''s content';
