-- 46_suspect: the suspect_cell finding and the narrative facts, on a report
-- of our own with one wrong cell (test/data/suspect_2023.txt, written by
-- test/data/suspect_make.py) and on generated documents with one cell changed.
-- the generator of sql/40_sum.sql (in public)
SELECT to_regproc('public.gen_doc') IS NULL AS need_gen \gset
\if :need_gen
\set ECHO none
\i test/suites/gen_docs.sql
\set ECHO all
\endif
SET search_path = govreport, public;
\set sus `cat test/data/suspect_2023.txt`

-- The worked example of doc/check.md: two balance errors, the cell that
-- explains both, and the overview's carried-forward count against the table.
SELECT rule, severity, path, expected, actual, message
  FROM report_check(report_to_jsonb(:'sus'));
SELECT report_balance_ok(report_to_jsonb(:'sus')) AS balanced;

-- What the narrative states, as read.
SELECT report_to_jsonb(:'sus') -> 'facts' AS facts;

-- Putting the expected value in the suspect cell balances the report, and
-- then there is no suspect any more.
WITH d AS (SELECT report_to_jsonb(:'sus') AS doc),
     s AS (SELECT path, expected FROM d, report_check(d.doc) WHERE rule = 'suspect_cell'),
     fixed AS (SELECT jsonb_set(d.doc, string_to_array(s.path, '.'), to_jsonb(s.expected)) AS doc
                 FROM d, s)
SELECT report_balance_ok(doc) AS balanced_after_fix,
       (SELECT count(*) FROM report_check(doc) WHERE rule = 'suspect_cell') AS suspects
  FROM fixed;

-- A traditional-script document gets the message in traditional wording.
SELECT message FROM report_check(jsonb_set(report_to_jsonb(:'sus'), '{script}', '"traditional"'))
 WHERE rule = 'suspect_cell';

-- Generated documents, each with one cell of table 3 raised by 1 to 5: the
-- suspect is that cell, expected its true value, actual the printed one.
-- (In table 3 every cell sits in its own pair of identities, so a single
-- change is always unique.)
CREATE TEMP TABLE cells AS
SELECT row_key, col_key, row_number() OVER () AS n
  FROM parse_report(gen_doc(1)) WHERE section = 'requests';
CREATE TEMP TABLE changed AS
SELECT i, p.path, (gen_doc(i) #>> string_to_array(p.path, '.'))::numeric AS truth,
       1 + i % 5 AS bump
  FROM generate_series(1, 60) i
  JOIN cells c ON c.n = 1 + (i * 37) % (SELECT count(*) FROM cells),
       LATERAL (SELECT 'requests.' || c.row_key || '.' || c.col_key AS path) p;
CREATE TEMP TABLE found AS
SELECT ch.i, ch.path, ch.truth, ch.bump, f.path AS s_path, f.expected, f.actual
  FROM changed ch
  LEFT JOIN LATERAL (
    SELECT x.* FROM report_check(jsonb_set(gen_doc(ch.i), string_to_array(ch.path, '.'),
                                           to_jsonb(ch.truth + ch.bump))) x
     WHERE x.rule = 'suspect_cell') f ON true;
SELECT count(*) AS documents,
       count(*) FILTER (WHERE s_path = path AND expected = truth AND actual = truth + bump) AS named,
       count(DISTINCT path) AS distinct_cells
  FROM found;
-- no suspect on the unchanged documents
SELECT count(*) AS suspects_on_balanced
  FROM generate_series(1, 60) i, report_check(gen_doc(i)) x WHERE x.rule = 'suspect_cell';
