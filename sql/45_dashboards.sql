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

-- the views, and the dashboards over them
\i examples/dashboard_views.sql
\i examples/dashboards.sql

-- The same questions asked cell by cell, independently of report_totals:
-- each document's figures summed from parse_report, its balance from
-- report_balance_ok and its suspect cells from report_check.
CREATE TEMP VIEW slow_totals AS
SELECT r.id, r.doc ->> 'agency' AS agency, (r.doc ->> 'year')::int AS year,
       report_balance_ok(r.doc) AS balance_ok,
       (SELECT count(*)::int FROM report_check(r.doc) f WHERE f.rule = 'suspect_cell') AS suspect_cells,
       c.*
  FROM reports r
 CROSS JOIN LATERAL (
    SELECT sum(value) FILTER (WHERE row_key = 'new_received' AND applicant = 'total') AS new_received,
           sum(value) FILTER (WHERE row_key = 'carried_over' AND applicant = 'total') AS carried_over,
           sum(value) FILTER (WHERE disposition <@ 'granted' AND applicant = 'total') AS granted,
           sum(value) FILTER (WHERE disposition <@ 'partially_granted' AND applicant = 'total') AS partially_granted,
           sum(value) FILTER (WHERE disposition <@ 'withheld' AND applicant = 'total') AS withheld,
           sum(value) FILTER (WHERE disposition <@ 'unavailable' AND applicant = 'total') AS unavailable,
           sum(value) FILTER (WHERE disposition <@ 'not_processed' AND applicant = 'total') AS not_processed,
           sum(value) FILTER (WHERE disposition <@ 'other' AND applicant = 'total') AS other,
           sum(value) FILTER (WHERE disposition = 'total' AND applicant = 'total') AS total,
           sum(value) FILTER (WHERE row_key = 'carried_forward' AND applicant = 'total') AS carried_forward,
           sum(value) FILTER (WHERE row_key = 'new_received' AND applicant = 'natural_person') AS new_natural_person,
           sum(value) FILTER (WHERE row_key = 'new_received' AND applicant = 'commercial') AS new_commercial,
           sum(value) FILTER (WHERE row_key = 'new_received' AND applicant = 'research') AS new_research,
           sum(value) FILTER (WHERE row_key = 'new_received' AND applicant = 'social_welfare') AS new_social_welfare,
           sum(value) FILTER (WHERE row_key = 'new_received' AND applicant = 'legal_service') AS new_legal_service,
           sum(value) FILTER (WHERE row_key = 'new_received' AND applicant = 'other_org') AS new_other_org,
           sum(value) FILTER (WHERE disposition = 'withheld.state_secret' AND applicant = 'total') AS withheld_state_secret,
           sum(value) FILTER (WHERE disposition = 'withheld.prohibited_by_law' AND applicant = 'total') AS withheld_prohibited_by_law,
           sum(value) FILTER (WHERE disposition = 'withheld.endangers_security' AND applicant = 'total') AS withheld_endangers_security,
           sum(value) FILTER (WHERE disposition = 'withheld.third_party_rights' AND applicant = 'total') AS withheld_third_party_rights,
           sum(value) FILTER (WHERE disposition = 'withheld.internal_affairs' AND applicant = 'total') AS withheld_internal_affairs,
           sum(value) FILTER (WHERE disposition = 'withheld.process_information' AND applicant = 'total') AS withheld_process_information,
           sum(value) FILTER (WHERE disposition = 'withheld.enforcement_files' AND applicant = 'total') AS withheld_enforcement_files,
           sum(value) FILTER (WHERE disposition = 'withheld.inquiry_matters' AND applicant = 'total') AS withheld_inquiry_matters,
           sum(value) FILTER (WHERE section = 'appeals' AND row_key = 'review' AND col_key = 'total') AS reviews,
           sum(value) FILTER (WHERE section = 'appeals' AND row_key = 'review' AND col_key = 'corrected') AS reviews_corrected,
           sum(value) FILTER (WHERE section = 'appeals' AND row_key LIKE 'litigation%' AND col_key = 'total') AS lawsuits,
           sum(value) FILTER (WHERE section = 'appeals' AND row_key LIKE 'litigation%' AND col_key = 'corrected') AS lawsuits_corrected
      FROM parse_report(r.doc)) c;

-- every document's figures: report_totals and the cell-by-cell sums agree
SELECT count(*) AS documents,
       count(*) FILTER (WHERE (SELECT t FROM report_totals(r.doc) t) IS DISTINCT FROM
                              (SELECT (s.agency, s.year, s.balance_ok, s.suspect_cells, s.new_received, s.carried_over,
                                       s.granted, s.partially_granted, s.withheld, s.unavailable, s.not_processed,
                                       s.other, s.total, s.carried_forward, s.new_natural_person, s.new_commercial,
                                       s.new_research, s.new_social_welfare, s.new_legal_service, s.new_other_org,
                                       s.withheld_state_secret, s.withheld_prohibited_by_law,
                                       s.withheld_endangers_security, s.withheld_third_party_rights,
                                       s.withheld_internal_affairs, s.withheld_process_information,
                                       s.withheld_enforcement_files, s.withheld_inquiry_matters, s.reviews,
                                       s.reviews_corrected, s.lawsuits, s.lawsuits_corrected)::doc_totals
                                 FROM slow_totals s WHERE s.id = r.id)) AS differing,
       count(*) FILTER (WHERE NOT (report_totals(r.doc)).balance_ok) AS unbalanced,
       sum((report_totals(r.doc)).suspect_cells) AS suspect_cells,
       count(*) FILTER (WHERE (report_totals(r.doc)).withheld_state_secret IS NULL) AS no_state_secret
  FROM reports r;

-- The views of examples/dashboard_views.sql, over the same table, against
-- the cell-by-cell forms.

-- dispositions by year: the original LATERAL parse_report query
SELECT count(*) AS rows,
       (SELECT count(*) FROM (
          (SELECT year, disposition, label, requests, pct_of_year FROM govreport_dispositions_by_year
           EXCEPT
           SELECT (r.doc ->> 'year')::int, g.disposition::text, g.label, sum(c.value),
                  round(100 * sum(c.value) / nullif(sum(sum(c.value)) OVER (PARTITION BY (r.doc ->> 'year')::int), 0), 1)
             FROM reports r
            CROSS JOIN LATERAL parse_report(r.doc) c
             JOIN dispositions() g
               ON g.parent IS NULL AND g.disposition < 'total' AND g.disposition @> c.disposition
            WHERE c.applicant = 'total' AND c.disposition < 'total'
            GROUP BY 1, g.disposition, g.label)) x) AS differing
  FROM govreport_dispositions_by_year;

-- applicants and reasons for withholding by year, from the cells
SELECT (SELECT count(*) FROM govreport_applicants_by_year) AS applicant_rows,
       (SELECT count(*) FROM (
          SELECT year, applicant, new_requests FROM govreport_applicants_by_year
          EXCEPT
          SELECT (r.doc ->> 'year')::int, c.applicant::text, sum(c.value)
            FROM reports r CROSS JOIN LATERAL parse_report(r.doc) c
           WHERE c.row_key = 'new_received' AND c.applicant <> 'total'
           GROUP BY 1, 2) x) AS applicants_differing,
       (SELECT count(*) FROM govreport_withheld_by_year) AS reason_rows,
       (SELECT count(*) FROM (
          SELECT year, reason, requests FROM govreport_withheld_by_year
          EXCEPT
          SELECT (r.doc ->> 'year')::int, c.disposition::text, sum(c.value)
            FROM reports r CROSS JOIN LATERAL parse_report(r.doc) c
           WHERE c.disposition <@ 'withheld' AND c.applicant = 'total'
           GROUP BY 1, 2) x) AS reasons_differing;

-- per body and year, and per body, from the cell-by-cell figures
SELECT (SELECT count(*) FROM govreport_body_year) AS body_years,
       (SELECT count(*) FROM (
          SELECT agency, year, reports, unbalanced, suspect_cells, new_received, granted, withheld, total,
                 carried_forward, pct_withheld, pct_carried_forward, reviews, lawsuits
            FROM govreport_body_year
          EXCEPT
          SELECT agency, year, count(*)::int, (count(*) FILTER (WHERE NOT balance_ok))::int,
                 sum(suspect_cells)::int, sum(new_received), sum(granted), sum(withheld), sum(total),
                 sum(carried_forward), round(100 * sum(withheld) / nullif(sum(total), 0), 1),
                 round(100 * sum(carried_forward) / nullif(sum(new_received) + sum(carried_over), 0), 1),
                 sum(reviews), sum(lawsuits)
            FROM slow_totals GROUP BY agency, year) x) AS body_years_differing,
       (SELECT count(*) FROM govreport_bodies) AS bodies,
       (SELECT count(*) FROM (
          SELECT agency, reports, unbalanced, suspect_cells, withheld, total, top_withheld_reason, to_handle
            FROM govreport_bodies
          EXCEPT
          SELECT s.agency, count(*)::int, (count(*) FILTER (WHERE NOT s.balance_ok))::int,
                 sum(s.suspect_cells)::int, sum(s.withheld), sum(s.total),
                 (SELECT label(c.disposition)
                    FROM reports r CROSS JOIN LATERAL parse_report(r.doc) c
                   WHERE r.doc ->> 'agency' = s.agency AND c.disposition <@ 'withheld'
                     AND c.disposition <> 'withheld' AND c.applicant = 'total'
                   GROUP BY c.disposition HAVING sum(c.value) > 0
                   ORDER BY sum(c.value) DESC, c.disposition LIMIT 1),
                 sum(s.new_received) + sum(s.carried_over)
            FROM slow_totals s GROUP BY s.agency) x) AS bodies_differing;

-- findings by year: report_check per document
SELECT (SELECT count(*) FROM govreport_findings_by_year) AS rows,
       (SELECT sum(reports) FROM govreport_findings_by_year WHERE rule = 'suspect_cell') AS suspect_reports,
       (SELECT count(*) FROM reports WHERE id % 17 = 0) AS expect_suspect_reports;
-- ... and every row against report_check's findings grouped by document
WITH slow AS (
    SELECT (r.doc ->> 'year')::int AS year, f.rule, f.severity,
           count(DISTINCT r.id)::int AS reports, count(*)::int AS findings
      FROM reports r CROSS JOIN LATERAL report_check(r.doc) f
     GROUP BY 1, 2, 3
)
SELECT (SELECT count(*) FROM slow) AS slow_rows,
       (SELECT count(*) FROM (SELECT year, rule, severity, reports, findings FROM govreport_findings_by_year
                              EXCEPT SELECT * FROM slow) x) AS only_in_view,
       (SELECT count(*) FROM (SELECT * FROM slow
                              EXCEPT SELECT year, rule, severity, reports, findings FROM govreport_findings_by_year) x)
           AS only_in_cells;

-- report_rule_counts: report_check's findings counted per rule and
-- severity, in the order of their first finding, for every document
SELECT count(*) AS documents,
       count(*) FILTER (WHERE
           (SELECT array_agg((f.rule, f.severity, f.findings)::record ORDER BY f.n)
              FROM report_rule_counts(r.doc) WITH ORDINALITY f (rule, severity, findings, n))
           IS DISTINCT FROM
           (SELECT array_agg((c.rule, c.severity, c.findings)::record ORDER BY c.first)
              FROM (SELECT f.rule, f.severity, count(*)::int AS findings, min(f.n) AS first
                      FROM report_check(r.doc) WITH ORDINALITY f (rule, severity, path, expected, actual, message, n)
                     GROUP BY f.rule, f.severity) c)) AS differing,
       count(*) FILTER (WHERE EXISTS (SELECT FROM report_rule_counts(r.doc))) AS with_findings
  FROM reports r;
SELECT r.id, f.* FROM reports r CROSS JOIN LATERAL report_rule_counts(r.doc) f WHERE r.id IN (17, 23) ORDER BY r.id;
SELECT * FROM report_rule_counts('{"schema": 1}');

-- report_year: the year member, read from the start of the stored value
SELECT count(*) AS documents,
       count(*) FILTER (WHERE report_year(doc) IS DISTINCT FROM (doc ->> 'year')::int) AS differing
  FROM reports;
SELECT report_year(d) AS year, d
  FROM (VALUES ('{"year": 2022}'::jsonb), ('{"year": null}'), ('{}'), ('[2022]'), ('2022'),
               ('{"year": "2022"}'), ('{"year": 2022.5}'), ('{"year": 2022.0}'), ('{"year": 0}'),
               ('{"year": 10000}'), ('{"year": -2022}'), ('{"year": 9999, "aaaa": [1], "zzzz": {"year": 1}}'),
               ('{"yea": 1, "yeaa": 2, "yeaz": 3, "year": 2021}'), ('{"facts": {"year": 2020}}')) v (d);
-- a document stored compressed out of line, its year past the first bytes
-- of the value (long keys sort after year, a longer one first in storage)
CREATE TEMP TABLE big_docs (d jsonb);
INSERT INTO big_docs
SELECT jsonb_build_object('year', 2000 + i, 'narrative', repeat('年度报告', 4000))
       || jsonb_object_agg('k' || lpad(j::text, 3, '0'), repeat('x', 30))
  FROM generate_series(1, 3) i, generate_series(1, 400) j GROUP BY i;
INSERT INTO big_docs SELECT jsonb_object_agg('k' || j, j) || '{"year": 2019}' FROM generate_series(1, 3000) j;
SELECT report_year(d), pg_column_size(d) < octet_length(d::text) AS compressed FROM big_docs ORDER BY 1;

-- year over year: the roll-ups' differences, against the cells summed per year
SELECT count(*) AS changes,
       count(*) FILTER (WHERE y.delta IS DISTINCT FROM y.current - y.previous) AS bad_delta,
       count(*) FILTER (WHERE y.current IS DISTINCT FROM
                              (SELECT sum(c.value) FROM reports r CROSS JOIN LATERAL parse_report(r.doc) c
                                WHERE (r.doc ->> 'year')::int = y.year
                                  AND 'requests.' || c.row_key || '.total' = y.path AND c.applicant = 'total')
                        ) AS current_differing
  FROM govreport_year_over_year y;
SELECT * FROM govreport_year_over_year
 WHERE path IN ('requests.new_received.total', 'requests.other.total', 'requests.other.other.total')
 ORDER BY year, path;
-- the roll-up per year: counts and figures against the cell-by-cell sums
SELECT (SELECT count(*) FROM govreport_years) AS years,
       (SELECT count(*) FROM (
          SELECT year, reports, unbalanced, new_received, carried_over, granted, partially_granted, withheld,
                 unavailable, not_processed, other, total, carried_forward
            FROM govreport_years
          EXCEPT
          SELECT year, count(*)::int, (count(*) FILTER (WHERE NOT balance_ok))::int, sum(new_received),
                 sum(carried_over), sum(granted), sum(partially_granted), sum(withheld), sum(unavailable),
                 sum(not_processed), sum(other), sum(total), sum(carried_forward)
            FROM slow_totals GROUP BY year) x) AS years_differing;
SELECT year, reports, unbalanced, sum_balanced FROM govreport_years ORDER BY year;
-- the views' columns have plain types a BI tool charts as they are
SELECT c.table_name, string_agg(DISTINCT c.data_type, ', ' ORDER BY c.data_type) AS types
  FROM information_schema.columns c
 WHERE c.table_name LIKE 'govreport\_%'
 GROUP BY c.table_name ORDER BY c.table_name;
DROP VIEW govreport_body_year, govreport_bodies, govreport_dispositions_by_year,
          govreport_withheld_by_year, govreport_applicants_by_year, govreport_findings_by_year,
          govreport_years, govreport_year_over_year;

-- The views over the table of examples/reports_table.sql itself, filled
-- from report texts through its trigger: two years of one body and one
-- report in the 2019 form.
DROP VIEW slow_totals;
DROP TABLE reports;
\i examples/reports_table.sql
\set r2022 `cat test/data/check_2022.txt`
\set r2023 `cat test/data/check_2023.txt`
\set r2020 `cat test/data/check_2020_form2019.txt`
INSERT INTO reports (path, body) VALUES ('a/2022.txt', :'r2022'), ('a/2023.txt', :'r2023'), ('b/2020.txt', :'r2020');
\set ECHO none
\i examples/dashboard_views.sql
\set ECHO all
SELECT agency, year, period, reports, unbalanced, new_received, granted, withheld, total, carried_forward,
       pct_withheld, pct_carried_forward, reviews
  FROM govreport_body_year ORDER BY agency, year;
SELECT agency, first_year, last_year, reports, total, top_withheld_reason, to_handle, pct_carried_forward
  FROM govreport_bodies ORDER BY agency;
SELECT * FROM govreport_dispositions_by_year WHERE disposition IN ('granted', 'other') ORDER BY year, disposition;
SELECT * FROM govreport_year_over_year WHERE path LIKE 'requests.%.total' AND path NOT LIKE 'requests.%.%.total'
 ORDER BY year, path;
-- the same figures read from the texts' cells
SELECT c.row_key, sum(c.value) FILTER (WHERE r.path = 'a/2022.txt') AS a_2022,
       sum(c.value) FILTER (WHERE r.path = 'a/2023.txt') AS a_2023,
       sum(c.value) FILTER (WHERE r.path = 'b/2020.txt') AS b_2020
  FROM reports r CROSS JOIN LATERAL parse_report(r.body) c
 WHERE c.applicant = 'total' AND c.row_key IN ('new_received', 'granted', 'other', 'other.other', 'total', 'carried_forward')
 GROUP BY c.row_key ORDER BY c.row_key;
DROP VIEW govreport_body_year, govreport_bodies, govreport_dispositions_by_year,
          govreport_withheld_by_year, govreport_applicants_by_year, govreport_findings_by_year,
          govreport_years, govreport_year_over_year;
DROP TABLE reports;
DROP FUNCTION reports_read_doc();
