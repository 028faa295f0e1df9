-- 20_report: reading a report: its jsonb document and its cells as rows.


CREATE TYPE report_cell AS (
    section text,
    row_key text,
    col_key text,
    disposition disposition,
    applicant applicant,
    value numeric
);
COMMENT ON TYPE report_cell IS
    'one cell of a report''s tables: section (active, requests, appeals), row and column keys of the form, the disposition (rows under part three only) and applicant (requests only) of the cell, and its value (NULL when blank or unreadable)';

CREATE FUNCTION report_to_jsonb(body text) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'report_to_jsonb'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;
COMMENT ON FUNCTION report_to_jsonb(text) IS
    'reads the text of a government information disclosure annual report into its document (schema 1): the reader version, status, agency, year, forms, the three tables, narrative, facts and diagnostics; never raises for what the text contains';

CREATE FUNCTION parse_report(body text) RETURNS SETOF report_cell
    AS 'MODULE_PATHNAME', 'parse_report_text'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 200;
COMMENT ON FUNCTION parse_report(text) IS
    'reads the text of a report and returns one row per table cell found, in form order';

CREATE FUNCTION parse_report(doc jsonb) RETURNS SETOF report_cell
    AS 'MODULE_PATHNAME', 'parse_report_jsonb'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 200;
COMMENT ON FUNCTION parse_report(jsonb) IS
    'returns one row per table cell of a stored document, in form order, as parse_report(text) does for the report''s text; a malformed document is an error naming the path of its first problem';
