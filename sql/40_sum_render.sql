-- report_render: the report text in the seeds' tab layout; report_to_jsonb
-- reads back the tables of the document, for generated documents (both
-- revisions, both scripts, null cells), for sums, and for our fixtures.
SELECT to_regproc('public.gen_doc') IS NULL AS need_gen \gset
\if :need_gen
\set ECHO none
\i test/suites/gen_docs.sql
\set ECHO all
\endif

-- one document in full: a 2019 active table and a 2021 requests table
SELECT report_render(
         jsonb_set(jsonb_set(gen_doc(3, '2019', '2021', 2022, '某县人民政府办公室'),
                             '{published_on}', '"2023-01-20"'),
                   '{narrative,overview}', '"2022年，本机关认真贯彻落实《条例》。"'));

-- Round trips: 1000 generated documents, every fourth with null cells,
-- every fifth in traditional characters.
CREATE TABLE rt AS
SELECT i, d AS doc, report_to_jsonb(report_render(d)) AS back
  FROM generate_series(1, 1000) i,
       LATERAL (SELECT gen_doc(i, CASE WHEN i % 2 = 0 THEN '2019' ELSE '2021' END,
                               CASE WHEN i % 3 = 0 THEN '2019' ELSE '2021' END,
                               2019 + i % 6, '第' || i || '局') AS d0) a,
       LATERAL (SELECT CASE WHEN i % 4 = 0
                            THEN jsonb_set(jsonb_set(d0, '{requests,granted,commercial}', 'null'),
                                           '{active,licensing,decisions}', 'null')
                            ELSE d0 END AS d1) b,
       LATERAL (SELECT CASE WHEN i % 5 = 0 THEN jsonb_set(d1, '{script}', '"traditional"')
                            ELSE d1 END AS d) c;
SELECT count(*) AS documents,
       count(*) FILTER (WHERE back -> 'forms' = doc -> 'forms') AS same_forms,
       count(*) FILTER (WHERE back -> 'active' = doc -> 'active') AS same_active,
       count(*) FILTER (WHERE back -> 'requests' = doc -> 'requests') AS same_requests,
       count(*) FILTER (WHERE back -> 'appeals' = doc -> 'appeals') AS same_appeals,
       count(*) FILTER (WHERE back -> 'agency' = doc -> 'agency' AND back -> 'year' = doc -> 'year') AS same_title,
       count(*) FILTER (WHERE back ->> 'script' = doc ->> 'script') AS same_script,
       count(*) FILTER (WHERE back ->> 'status' = 'ok') AS status_ok
  FROM rt;
-- the null cells come back as null, each with a "blank" diagnostic
SELECT back #> '{requests,granted,commercial}' AS granted_commercial,
       (SELECT jsonb_agg(e ->> 'path' ORDER BY e ->> 'path')
          FROM jsonb_array_elements(back -> 'diagnostics') e WHERE e ->> 'problem' = 'blank') AS blank
  FROM rt WHERE i = 4;

-- a sum renders and reads back too
SELECT report_to_jsonb(report_render(s)) -> 'requests' = s -> 'requests' AS sum_requests,
       report_to_jsonb(report_render(s)) -> 'active' = s -> 'active' AS sum_active
  FROM (SELECT report_sum(doc) AS s FROM rt WHERE i % 2 = 1 AND i % 3 <> 0) x;

-- our fixtures of the real layouts (test/seeds does the same on the real
-- reports): read, render, read again — the same tables
\set s0 `cat test/data/layout_tab.txt`
\set s1 `cat test/data/layout_lines_trad.txt`
\set s2 `cat test/data/check_2020_form2019.txt`
\set s3 `cat test/data/report_sample.txt`
CREATE TEMP TABLE render_sample (n int, body text);
INSERT INTO render_sample VALUES (0, :'s0'), (1, :'s1'), (2, :'s2'), (3, :'s3');
\i sql/parts/render_back.psql

-- a malformed document is an error naming its path
SELECT report_render('{"schema": 1, "forms": {"active": "2022", "requests": null}}');
SELECT report_render('"text"');
