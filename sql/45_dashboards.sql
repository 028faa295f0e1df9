-- The dashboard queries of examples/dashboards.sql on generated documents:
-- 240 reports of 40 bodies over six years, some in the 2019 form, a few
-- unbalanced, a few with blank cells.
-- the generator of sql/40_sum.sql, unless that test ran before this one
SELECT to_regproc('public.gen_doc') IS NULL AS need_gen \gset
\if :need_gen
\set ECHO none
\i test/suites/gen_docs.sql
\set ECHO all
\endif

CREATE TABLE reports (id int PRIMARY KEY, agency text, year int, doc jsonb);
INSERT INTO reports
SELECT i, '第' || (i % 40) || '局', 2018 + i % 6,
       gen_doc(i, CASE WHEN i % 6 < 2 AND i % 4 = 0 THEN '2019' ELSE '2021' END,
               CASE WHEN i % 6 < 2 AND i % 4 = 0 THEN '2019' ELSE '2021' END,
               2018 + i % 6, '第' || (i % 40) || '局')
  FROM generate_series(1, 240) i;
-- unbalanced: total 不等于 the leaves
UPDATE reports SET doc = jsonb_set(doc, '{requests,total,natural_person}', '999')
 WHERE id % 17 = 0;
-- a blank cell
UPDATE reports SET doc = jsonb_set(doc, '{appeals,review,pending}', 'null')
 WHERE id % 23 = 0;
SELECT count(*) AS reports,
       count(*) FILTER (WHERE NOT report_balance_ok(doc)) AS unbalanced
  FROM reports;

-- independent checks of the dashboards' figures
SELECT year, sum((doc #>> '{requests,total,total}')::int) AS all_dispositions
  FROM reports GROUP BY year ORDER BY year;
SELECT count(*) FILTER (WHERE id % 17 = 0) AS expect_unbalanced,
       count(*) FILTER (WHERE id % 23 = 0) AS expect_blank
  FROM reports;

\i examples/dashboards.sql
