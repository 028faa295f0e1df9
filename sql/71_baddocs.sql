-- Documents from users: every function that takes a jsonb document survives
-- any jsonb.  report_balance_ok gives false and report_check a `malformed`
-- finding naming the path; parse_report(jsonb), report_render, report_sum
-- and the carryover functions raise 22023 with the path in the message or
-- detail.  Never a crash, never a wrapped or invented value.

-- The outcome of one statement: 'ok' and its result, or SQLSTATE: message.
CREATE FUNCTION pg_temp.outcome(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    r text;
    st text;
    msg text;
    det text;
BEGIN
    EXECUTE q INTO r;
    RETURN 'ok ' || coalesce(left(r, 60), 'null');
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
    RETURN st || ' ' || msg || coalesce(' / ' || nullif(det, ''), '');
END $$;

\set base `cat test/data/hostile_base.txt`
CREATE TEMP TABLE good AS SELECT report_to_jsonb(:'base') AS doc;

CREATE TEMP TABLE bad (name text PRIMARY KEY, doc jsonb NOT NULL);
INSERT INTO bad VALUES
    -- not an object
    ('json null', 'null'),
    ('number', '42'),
    ('string', '"政府信息公开工作年度报告"'),
    ('boolean', 'true'),
    ('array', '[1, {"requests": {}}]'),
    ('empty object', '{}'),
    -- wrong types at each level
    ('requests array', '{"requests": []}'),
    ('requests string', '{"requests": "many"}'),
    ('row number', '{"requests": {"granted": 5}}'),
    ('cell string', '{"requests": {"granted": {"natural_person": "3"}}}'),
    ('cell object', '{"requests": {"granted": {"natural_person": {"v": 3}}}}'),
    ('cell boolean', '{"appeals": {"review": {"total": true}}}'),
    ('active array', '{"active": [[1, 2], [3]]}'),
    ('appeals nested', '{"appeals": {"review": {"maintained": [[[[1]]]]}}}'),
    -- numbers no cell can hold
    ('huge cell', '{"requests": {"granted": {"natural_person": 1e300}}}'),
    ('huge int', '{"requests": {"granted": {"natural_person": 123456789012345678901234567890}}}'),
    ('fraction count', '{"requests": {"granted": {"natural_person": 0.5}}}'),
    ('tiny fee', '{"active": {"fees": {"amount": 0.0000000001}}}'),
    ('negative huge', '{"appeals": {"review": {"total": -1e40}}}'),
    -- unknown keys and bad values of the metadata
    ('unknown row', '{"requests": {"granted_twice": {"natural_person": 1}}}'),
    ('unknown column', '{"requests": {"granted": {"martian": 1}}}'),
    ('unknown section', '{"appendix": {"x": 1}}'),
    ('bad form', '{"forms": {"active": "2020", "requests": 2021}}'),
    ('bad status', '{"status": "fine", "schema": 99}'),
    ('bad year', '{"year": "二〇二三"}'),
    ('huge year', '{"year": 1e20}'),
    ('bad date', '{"published_on": "2023-02-30"}'),
    ('bad script', '{"script": ["simplified"]}'),
    ('bad diagnostics', '{"diagnostics": [{"path": 1, "raw": null, "problem": "exploded"}, 7]}'),
    ('bad facts', '{"facts": {"fee_collected": "free", "proactive_items": -1e30}}'),
    ('bad narrative', '{"narrative": {"overview": {"text": "x"}}}');
-- nesting 1,000 deep, at the top and inside a row
INSERT INTO bad
    SELECT 'deep array', (repeat('[', 1000) || '1' || repeat(']', 1000))::jsonb
    UNION ALL
    SELECT 'deep object', (repeat('{"requests": ', 1000) || '1' || repeat('}', 1000))::jsonb
    UNION ALL
    SELECT 'deep cell', ('{"requests": {"granted": {"natural_person": '
                         || repeat('[', 1000) || '1' || repeat(']', 1000) || '}}}')::jsonb;
-- a good document with one cell spoiled
INSERT INTO bad
    SELECT 'good but one cell', jsonb_set(doc, '{requests,total,commercial}', '"1"') FROM good;

-- report_balance_ok: false; report_check: malformed findings with paths
SELECT name,
       report_balance_ok(doc) AS balance_ok,
       (SELECT count(*) FROM report_check(doc) WHERE rule = 'malformed') AS malformed,
       (SELECT min(path) FROM report_check(doc) WHERE rule = 'malformed') AS first_path
  FROM bad ORDER BY name;

-- the others: 22023 naming the path
SELECT name,
       pg_temp.outcome(format('SELECT count(*) FROM parse_report(%L::jsonb)', doc)) AS parse_report
  FROM bad ORDER BY name;
-- report_render and report_sum raise the same 22023 as parse_report,
-- document by document (one reader serves them all).  The carryover
-- functions, like report_balance_ok, do not raise: report_carryover_ok is
-- false and report_carryover_check lists `malformed` findings (the document
-- as either argument).
CREATE TEMP TABLE outcomes AS
SELECT b.name, v.fn, v.outcome
  FROM bad b, good g,
       LATERAL (VALUES
         ('parse_report', pg_temp.outcome(format('SELECT count(*) FROM parse_report(%L::jsonb)', b.doc))),
         ('report_render', pg_temp.outcome(format('SELECT length(report_render(%L::jsonb))', b.doc))),
         ('report_sum', pg_temp.outcome(format('SELECT report_sum(d) ->> ''status'' FROM (VALUES (%L::jsonb), (%L::jsonb)) v(d)', g.doc, b.doc))),
         ('carryover_ok previous', pg_temp.outcome(format('SELECT report_carryover_ok(%L::jsonb, %L::jsonb)', b.doc, g.doc))),
         ('carryover_ok current', pg_temp.outcome(format('SELECT report_carryover_ok(%L::jsonb, %L::jsonb)', g.doc, b.doc))),
         ('carryover_check', pg_temp.outcome(format('SELECT count(*) FROM report_carryover_check(%L::jsonb, %L::jsonb) WHERE rule = ''malformed''', b.doc, g.doc)))
       ) AS v(fn, outcome);
-- outcomes, in this order: carryover_check (malformed findings),
-- carryover_ok (bad current), carryover_ok (bad previous), parse_report,
-- report_render, report_sum (status of good + bad)
SELECT name, string_agg(CASE WHEN outcome LIKE 'ok %' THEN outcome ELSE left(outcome, 5) END, ' | '
                        ORDER BY fn) AS outcomes
  FROM outcomes GROUP BY name ORDER BY name;
-- every failure is 22023 with the same message as parse_report's
SELECT o.fn, count(*) AS failures,
       count(*) FILTER (WHERE o.outcome <> p.outcome) AS other_message
  FROM outcomes o JOIN outcomes p ON p.name = o.name AND p.fn = 'parse_report'
 WHERE o.outcome NOT LIKE 'ok %'
 GROUP BY o.fn ORDER BY o.fn;

-- the good document still reads after all that
SELECT report_balance_ok(doc), (SELECT count(*) FROM parse_report(doc)) FROM good;

DROP TABLE bad, good, outcomes;
