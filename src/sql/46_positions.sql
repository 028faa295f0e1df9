-- 46_positions: where each cell of parse_report(body text) was printed (from 1.1).
-- The same statement brings a 1.0 installation's report_cell up to date.

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
