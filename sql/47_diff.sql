-- 47_diff: report_diff, the cells that differ between two documents.
-- the generator of sql/40_sum.sql (in public), unless that test ran before this one
SELECT to_regproc('public.gen_doc') IS NULL AS need_gen \gset
\if :need_gen
\set ECHO none
\i test/suites/gen_docs.sql
\set ECHO all
\endif
SET search_path = govreport, public;
\set r2022 `cat test/data/check_2022.txt`
\set r2023 `cat test/data/check_2023.txt`

-- Year over year: one agency's 2022 and 2023 reports.
SELECT * FROM report_diff(report_to_jsonb(:'r2022'), report_to_jsonb(:'r2023'));

-- delta is b - a on every row, and only cells that differ are listed
SELECT count(*) AS cells, bool_and(delta = b - a) AS delta_is_b_minus_a,
       bool_and(a IS DISTINCT FROM b) AS all_differ
  FROM report_diff(report_to_jsonb(:'r2022'), report_to_jsonb(:'r2023'));
-- swapping the documents negates every delta
SELECT bool_and(x.delta = -y.delta AND x.a = y.b AND x.b = y.a) AS swapped
  FROM report_diff(report_to_jsonb(:'r2022'), report_to_jsonb(:'r2023')) x
  JOIN report_diff(report_to_jsonb(:'r2023'), report_to_jsonb(:'r2022')) y USING (path);

-- Equal documents: nothing, also for a document and its rendering read back.
SELECT count(*) AS same_doc FROM report_diff(report_to_jsonb(:'r2023'), report_to_jsonb(:'r2023'));
SELECT count(*) AS rendered
  FROM report_diff(report_to_jsonb(:'r2023'), report_to_jsonb(report_render(report_to_jsonb(:'r2023'))));
SELECT count(*) AS generated FROM generate_series(1, 20) i, report_diff(gen_doc(i), gen_doc(i));

-- A roll-up against its parts: the county's sum of three departments minus
-- the sum of the first two is the third department, cell by cell.
CREATE TEMP TABLE dept AS
SELECT i, gen_doc(i, '2021', '2021', 2023, '东川区第' || i || '局') AS doc FROM generate_series(1, 3) i;
CREATE TEMP TABLE third AS
SELECT section || '.' || row_key || '.' || col_key AS path, value
  FROM dept, parse_report(doc) WHERE i = 3;
WITH county AS (SELECT report_sum(doc) AS doc FROM dept),
     two AS (SELECT report_sum(doc) AS doc FROM dept WHERE i < 3),
     d AS (SELECT r.* FROM two, county, report_diff(two.doc, county.doc) r)
SELECT (SELECT count(*) FROM d) AS cells_differ,
       (SELECT count(*) FROM third WHERE value <> 0) AS third_nonzero_cells,
       (SELECT bool_and(d.delta = third.value) FROM d JOIN third USING (path)) AS delta_is_third,
       (SELECT count(*) FROM third LEFT JOIN d USING (path)
         WHERE third.value <> 0 AND d.path IS NULL) AS missing;
-- the same department against the county: every delta is what the others add
SELECT path, a, b, delta
  FROM dept, report_diff(doc, (SELECT report_sum(doc) FROM dept))
 WHERE i = 1 AND path LIKE 'appeals.%';

-- Nulls: a blank cell against a number has no delta; two blanks are equal.
SELECT * FROM report_diff(
  '{"schema": 1, "status": "partial", "forms": {"active": "2021", "requests": null},
    "active": {"rules": {"issued": 1, "repealed": null, "in_force": 5}, "fees": {"amount": 1.50}}}',
  '{"schema": 1, "status": "partial", "forms": {"active": "2021", "requests": null},
    "active": {"rules": {"issued": null, "repealed": null, "in_force": 7}, "fees": {"amount": 1.5}}}');
-- decimals are compared exactly: 16.856 against 16.9
SELECT * FROM report_diff(
  '{"schema": 1, "status": "partial", "forms": {"active": "2021", "requests": null},
    "active": {"fees": {"amount": 16.856}}}',
  '{"schema": 1, "status": "partial", "forms": {"active": "2021", "requests": null},
    "active": {"fees": {"amount": 16.9}}}');

-- Two revisions: the 2019 row （六）其他处理 against the 2021 leaf other.other.
SELECT path, a, b, delta
  FROM report_diff(gen_doc(7, '2021', '2019'), gen_doc(7, '2021', '2021'))
 WHERE path LIKE 'requests.other%' AND path LIKE '%.total';

-- A malformed document is an error (22023) naming its first problem, as
-- for parse_report(jsonb), whichever side it is on.
DO $$
DECLARE
    good jsonb := '{"schema": 1, "status": "partial", "forms": {"active": "2021", "requests": null}}';
    bad jsonb[] := ARRAY['{"schema": 1, "requests": []}', '[1, 2]',
                         '{"schema": 1, "appeals": {"review": {"total": "x"}}}'];
    detail text;
BEGIN
    FOR i IN 1 .. array_length(bad, 1) LOOP
        FOR side IN 1 .. 2 LOOP
            BEGIN
                IF side = 1 THEN
                    PERFORM * FROM report_diff(bad[i], good);
                ELSE
                    PERFORM * FROM report_diff(good, bad[i]);
                END IF;
                RAISE NOTICE 'no error';
            EXCEPTION WHEN OTHERS THEN
                GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
                RAISE NOTICE '% %: %', SQLSTATE, SQLERRM, detail;
            END;
        END LOOP;
    END LOOP;
END $$;
-- NULL in, nothing out (STRICT)
SELECT count(*) AS null_arg FROM report_diff(NULL, report_to_jsonb(:'r2023'));
