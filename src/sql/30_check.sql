-- 30_check: the balance rules of the form, and the other findings.

CREATE TYPE finding AS (
    rule text,
    severity text,
    path text,
    expected numeric,
    actual numeric,
    message text
);
COMMENT ON TYPE finding IS
    'one problem of a report: the rule broken (requests.flow, requests.total, requests.applicants, appeals.total, nonnegative, missing_table, malformed, blank_cell, outdated_form, narrative_mismatch, suspect_cell, carryover, active.in_force_chain), its severity (error or warning), the cell, row (requests.granted) or column (requests.*.natural_person) concerned, the expected and actual values where the rule compares two, and a message in Chinese naming the row and column as the form prints them';

CREATE FUNCTION report_balance_ok(doc jsonb) RETURNS boolean
    AS 'MODULE_PATHNAME', 'report_balance_ok'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;
COMMENT ON FUNCTION report_balance_ok(jsonb) IS
    'true when the document has its section 3 and 4 tables, each with at least one figure, and every balance rule holds (requests.flow, requests.total, requests.applicants, appeals.total, nonnegative); false, never an error, for a malformed or incomplete document; made for CHECK constraints, and true exactly when report_check gives no error finding';

CREATE FUNCTION report_check(doc jsonb) RETURNS SETOF finding
    AS 'MODULE_PATHNAME', 'report_check'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 5;
COMMENT ON FUNCTION report_check(jsonb) IS
    'every finding of one document: broken balance rules per column or row with expected and actual values, negative counts, blank cells (counted as 0), missing tables, 2019 tables in a report on 2021 or later, narrative figures contradicting the tables, the one cell whose change would make every broken identity hold (suspect_cell), and one malformed finding per problem of a document that does not have the shape of schema 1; never raises for the document''s content';

CREATE FUNCTION report_carryover_ok(previous jsonb, current jsonb) RETURNS boolean
    AS 'MODULE_PATHNAME', 'report_carryover_ok'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 80;
COMMENT ON FUNCTION report_carryover_ok(jsonb, jsonb) IS
    'the carryover rule between two years of one agency: for each applicant column, this year''s carried_over equals last year''s carried_forward; false when either document is malformed or lacks its section 3 table; report_carryover_check lists the findings';

CREATE FUNCTION report_carryover_check(previous jsonb, current jsonb) RETURNS SETOF finding
    AS 'MODULE_PATHNAME', 'report_carryover_check'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 150 ROWS 2;
COMMENT ON FUNCTION report_carryover_check(jsonb, jsonb) IS
    'the findings between two years of one agency: carryover errors per applicant column, missing section 3 tables, malformed documents (paths prefixed previous. or current.), and warnings for years that do not follow each other, different agency names and, in the 2021 form, rules and normative documents whose in_force count does not follow from last year''s plus issued minus repealed (active.in_force_chain); report_carryover_ok is true exactly when there is no error finding';
