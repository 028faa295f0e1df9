-- 32_check_workflow: report_balance_ok in a CHECK constraint on a generated
-- jsonb column; our fixtures of the real layouts; two years of one agency.

CREATE TABLE reports (
    id int PRIMARY KEY,
    body text NOT NULL,
    doc jsonb GENERATED ALWAYS AS (report_to_jsonb(body)) STORED,
    CONSTRAINT reports_balanced CHECK (report_balance_ok(doc))
);

\set r2022 `cat test/data/check_2022.txt`
\set r2023 `cat test/data/check_2023.txt`
\set bad2023 `cat test/data/check_2023_bad.txt`
\set r2020 `cat test/data/check_2020_form2019.txt`

-- Balanced reports go in, in either revision of the form.
INSERT INTO reports (id, body) VALUES (1, :'r2022'), (2, :'r2020');

-- In one transaction: a row, then an unbalanced report under a savepoint.
BEGIN;
CREATE TABLE audit (note text);
INSERT INTO audit VALUES ('loading 2023');
SAVEPOINT load_2023;
-- (terse: the DETAIL would print the whole row)
\set VERBOSITY terse
INSERT INTO reports (id, body) VALUES (3, :'bad2023');
\set VERBOSITY default
ROLLBACK TO SAVEPOINT load_2023;
-- the corrected body goes in; nothing else of the transaction was lost
INSERT INTO reports (id, body) VALUES (3, :'r2023');
COMMIT;
SELECT note FROM audit;
SELECT id, doc->>'agency' AS agency, doc->'year' AS year, doc->'forms' AS forms
  FROM reports ORDER BY id;

-- Why the rejected body was rejected: every finding of it.
SELECT rule, severity, path, expected, actual, message
  FROM report_check(report_to_jsonb(:'bad2023'));

-- Two years of one agency: 2023's carried over is 2022's carried forward,
-- and the stock of rules and normative documents follows.
SELECT report_carryover_ok(p.doc, c.doc) AS ok,
       (SELECT count(*) FROM report_carryover_check(p.doc, c.doc)) AS findings
  FROM reports p, reports c WHERE p.id = 1 AND c.id = 3;
-- The wrong way round: carryover errors per column, years, and the stock.
SELECT rule, severity, path, expected, actual, message
  FROM reports p, reports c, LATERAL report_carryover_check(p.doc, c.doc)
 WHERE p.id = 3 AND c.id = 1;
SELECT report_carryover_ok(p.doc, c.doc) AS ok
  FROM reports p, reports c WHERE p.id = 3 AND c.id = 1;

-- Our fixtures of the real reports' layouts (test/seeds does the same on
-- the real ones): the reports above are Word text with tab-indented cells;
-- here one cell per line in traditional characters, and a report with a
-- blank cell.  No error finding, and balanced.
\set f0 `cat test/data/check_2023_lines_trad.txt`
\set f1 `cat test/data/report_sample.txt`
INSERT INTO reports (id, body) VALUES (10, :'f0'), (11, :'f1');
\i sql/parts/check_clean.psql
-- A reviewer's list of every finding of a year (warnings included).
SELECT r.id, r.doc->>'agency' AS agency, f.rule, f.severity, f.path, f.message
  FROM reports r, LATERAL report_check(r.doc) AS f
 WHERE (r.doc->>'year')::int = 2023
 ORDER BY r.id, f.path;

DROP TABLE reports, audit;
