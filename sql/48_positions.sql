-- 48_positions: parse_report(body text) says where each cell was printed:
-- substr(body, pos, len) is the cell's printed text and line its line.
SET search_path = govreport, public;
CREATE TEMP TABLE body (name text PRIMARY KEY, t text);
\set t `cat test/data/check_2023.txt`
INSERT INTO body VALUES ('check_2023', :'t');
\set t `cat test/data/check_2020_form2019.txt`
INSERT INTO body VALUES ('check_2020_form2019', :'t');
\set t `cat test/data/suspect_2023.txt`
INSERT INTO body VALUES ('suspect_2023', :'t');
\set t `cat test/data/report_sample.txt`
INSERT INTO body VALUES ('report_sample', :'t');
\set t `cat test/data/layout_tab.txt`
INSERT INTO body VALUES ('layout_tab', :'t');
\set t `cat test/data/layout_lines.txt`
INSERT INTO body VALUES ('layout_lines', :'t');
\set t `cat test/data/layout_pipe.txt`
INSERT INTO body VALUES ('layout_pipe', :'t');
\set t `cat test/data/layout_pdf.txt`
INSERT INTO body VALUES ('layout_pdf', :'t');
\set t `cat test/data/layout_box.txt`
INSERT INTO body VALUES ('layout_box', :'t');
\set t `cat test/data/layout_ascii.txt`
INSERT INTO body VALUES ('layout_ascii', :'t');
-- the same report with a byte order mark and CRLF line ends
INSERT INTO body SELECT 'check_2023 bom crlf', E'\uFEFF' || replace(t, E'\n', E'\r\n')
  FROM body WHERE name = 'check_2023';

-- The printed text as a number: full-width digits, separators and units dropped.
CREATE FUNCTION pg_temp.printed_number(s text) RETURNS numeric
LANGUAGE sql IMMUTABLE RETURN
    nullif(regexp_replace(translate(s, '０１２３４５６７８９．－', '0123456789.-'), '[^0-9.-]', '', 'g'), '')::numeric;

CREATE TEMP TABLE cell AS
SELECT b.name, c.*, substr(b.t, c.pos, c.len) AS printed,
       -- the line breaks before pos: line - 1 of them
       length(substr(b.t, 1, c.pos - 1)) - length(replace(substr(b.t, 1, c.pos - 1), E'\n', '')) + 1
           AS line_of_pos
  FROM body b, parse_report(b.t) c;

-- The text the document's diagnostics quote for each cell that is no number.
CREATE TEMP TABLE diag AS
SELECT b.name, g->>'path' AS path, g->>'raw' AS raw
  FROM body b, jsonb_array_elements(report_to_jsonb(b.t)->'diagnostics') g;

-- every cell holding a number is placed; its printed text reads as the value
-- and stands on the line given; a cell that is no number is placed at the
-- text its diagnostic quotes
SELECT name, count(*) AS cells,
       count(*) FILTER (WHERE value IS NOT NULL) AS numbers,
       count(*) FILTER (WHERE value IS NOT NULL AND pos IS NULL) AS numbers_not_placed,
       count(*) FILTER (WHERE value IS NOT NULL AND pg_temp.printed_number(printed) IS DISTINCT FROM value)
           AS text_not_value,
       count(*) FILTER (WHERE pos IS NOT NULL AND line IS DISTINCT FROM line_of_pos) AS wrong_line,
       count(*) FILTER (WHERE value IS NULL AND pos IS NOT NULL
                          AND printed IS DISTINCT FROM
                              (SELECT raw FROM diag d WHERE d.name = cell.name
                                  AND d.path = section || '.' || row_key || '.' || col_key))
           AS null_not_as_quoted
  FROM cell GROUP BY name ORDER BY name;

-- blank cells placed, and their text
SELECT name, row_key, col_key, printed FROM cell WHERE value IS NULL AND pos IS NOT NULL ORDER BY name, pos;

-- what a few of them look like
SELECT section, row_key, col_key, value, line, pos, len, printed
  FROM cell
 WHERE name = 'layout_pipe' AND row_key IN ('fees', 'granted', 'review')
   AND col_key IN ('amount', 'natural_person', 'total')
 ORDER BY pos;

-- the byte order mark and CR are characters: positions move with them
SELECT a.row_key, a.col_key, a.pos AS pos_lf, b.pos AS pos_bom_crlf, a.line = b.line AS same_line
  FROM cell a JOIN cell b USING (section, row_key, col_key)
 WHERE a.name = 'check_2023' AND b.name = 'check_2023 bom crlf'
   AND a.row_key = 'new_received' AND a.col_key IN ('natural_person', 'total');

-- the jsonb form and HTML: no places
SELECT count(*) AS cells, count(pos) AS placed
  FROM body b, parse_report(report_to_jsonb(b.t)) WHERE b.name = 'check_2023';
\set t `cat test/data/layout_html.html`
SELECT count(*) AS cells, count(value) AS numbers, count(pos) AS placed FROM parse_report(:'t');
