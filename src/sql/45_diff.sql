-- 45_diff: the cells that differ between two documents.

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
