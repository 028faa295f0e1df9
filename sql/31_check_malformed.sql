-- 31_check_malformed: documents that do not have the shape of schema 1.
-- report_balance_ok is false and report_check lists `malformed` findings;
-- neither raises, whatever the jsonb holds.

CREATE TEMP TABLE junk (name text PRIMARY KEY, doc jsonb NOT NULL);
INSERT INTO junk VALUES
  ('empty object', '{}'),
  ('empty array', '[]'),
  ('null', 'null'),
  ('number', '5'),
  ('string', '"report"'),
  ('array for a table', '{"requests": [1, 2, 3], "appeals": {}}'),
  ('string for a number', '{"requests": {"granted": {"natural_person": "3"}}, "appeals": {}}'),
  ('huge number', '{"requests": {"granted": {"natural_person": 1e40}}, "appeals": {}}'),
  ('fraction of a count', '{"appeals": {"review": {"maintained": 0.5, "total": 0.5}}}'),
  ('wrong types', '{"year": "2023", "forms": 7, "requests": {"total": [], "withheld": 3}, "appeals": {"review": true}}'),
  ('unknown keys', '{"requests": {"granted!": {}}, "appeals": {"review": {"maintained": 1, "sum": 1}}}'),
  ('deep nesting in a table', ('{"requests": ' || repeat('{"a": ', 1000) || '1' || repeat('}', 1000) || '}')::jsonb),
  ('deep arrays in a cell', ('{"appeals": {"review": {"total": ' || repeat('[', 1000) || repeat(']', 1000) || '}}}')::jsonb);

-- Never an error, never true.
SELECT name, report_balance_ok(doc) AS ok FROM junk ORDER BY name;

-- What report_check says about each: the malformed findings first, then the
-- tables it could not find.
SELECT j.name, f.rule, f.severity, count(*), min(f.path) AS first_path
  FROM junk j, LATERAL report_check(j.doc) WITH ORDINALITY AS f
 GROUP BY 1, 2, 3
 ORDER BY j.name, min(f.ordinality);

-- One malformed finding per problem, whole.
SELECT f.message
  FROM report_check('{"requests": {"granted": {"natural_person": "3"}}}') AS f
 WHERE f.rule = 'malformed';

-- A balanced document with one bad cell: malformed, so not balanced, even
-- though the cell read as 0 would not break a sum here.
\set b `cat test/data/check_2023.txt`
SELECT report_balance_ok(d) AS ok,
       (SELECT string_agg(rule || ' ' || path, ', ') FROM report_check(d)) AS findings
  FROM jsonb_set(report_to_jsonb(:'b'),
                 '{requests,withheld,state_secret,research}', '"无"') AS d;

-- Carryover between junk: false and findings, no error.
SELECT report_carryover_ok('5', '[]') AS ok;
SELECT rule, severity, path FROM report_carryover_check('5', '{"requests": []}');
