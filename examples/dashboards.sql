-- dashboards.sql — queries for a collection of reports, over a table
--
--   CREATE TABLE reports (id int PRIMARY KEY, agency text, year int, doc jsonb);
--   INSERT INTO reports SELECT id, d ->> 'agency', (d ->> 'year')::int, d
--     FROM (SELECT id, report_to_jsonb(body) AS d FROM raw_reports) x;
--
-- sql/45_dashboards.sql runs this file on generated documents.  Names are
-- unqualified: they are found in the schema the extension was created in,
-- which is on search_path (public, after a plain CREATE EXTENSION).

-- 1. Requests by disposition group per year: the total column of every
--    disposition leaf, summed into its top-level group (a 2019 （六）其他处理
--    row is the group `other` itself, so both revisions fall in one group).
SELECT r.year, g.disposition AS disposition_group, g.label,
       sum(c.value) AS requests,
       round(100 * sum(c.value) / nullif(sum(sum(c.value)) OVER (PARTITION BY r.year), 0), 1) AS pct_of_year
  FROM reports r
 CROSS JOIN LATERAL parse_report(r.doc) c
  JOIN dispositions() g
    ON g.parent IS NULL AND g.disposition < 'total' AND g.disposition @> c.disposition
 WHERE c.applicant = 'total' AND c.disposition < 'total'
 GROUP BY r.year, g.disposition, g.label
 ORDER BY r.year, g.disposition;

-- 2. The share of reports that fail each rule (errors and warnings apart).
SELECT f.rule, f.severity,
       count(DISTINCT r.id) AS reports,
       round(100.0 * count(DISTINCT r.id) / (SELECT count(*) FROM reports), 1) AS pct_of_reports,
       count(*) AS findings
  FROM reports r
 CROSS JOIN LATERAL report_check(r.doc) f
 GROUP BY f.rule, f.severity
 ORDER BY pct_of_reports DESC, f.rule, f.severity;

-- 2b. The same per year, only balance errors: the share of reports whose
--     tables do not add up.
SELECT year, count(*) AS reports,
       count(*) FILTER (WHERE NOT report_balance_ok(doc)) AS unbalanced,
       round(100.0 * count(*) FILTER (WHERE NOT report_balance_ok(doc)) / count(*), 1) AS pct_unbalanced
  FROM reports
 GROUP BY year
 ORDER BY year;

-- 3. The bodies with the most 不予公开 (withheld), over all years, with
--    their share of all dispositions and the reason they cite most.
WITH w AS (
    SELECT r.agency, c.disposition, sum(c.value) AS n
      FROM reports r
     CROSS JOIN LATERAL parse_report(r.doc) c
     WHERE c.applicant = 'total' AND c.disposition <@ 'withheld'
     GROUP BY r.agency, c.disposition
), t AS (
    SELECT r.agency, sum(c.value) AS all_dispositions
      FROM reports r
     CROSS JOIN LATERAL parse_report(r.doc) c
     WHERE c.applicant = 'total' AND c.disposition = 'total'
     GROUP BY r.agency
)
SELECT w.agency, sum(w.n) AS withheld, t.all_dispositions,
       round(100 * sum(w.n) / nullif(t.all_dispositions, 0), 1) AS pct_withheld,
       (array_agg(label(w.disposition) ORDER BY w.n DESC, w.disposition)
          FILTER (WHERE w.n > 0))[1] AS top_reason
  FROM w JOIN t USING (agency)
 GROUP BY w.agency, t.all_dispositions
HAVING sum(w.n) > 0
 ORDER BY withheld DESC, w.agency
 LIMIT 10;

-- 4. A city's roll-up: the sum of its bodies' reports per year, as one
--    document, and its headline figures.  The sum of the balanced reports
--    is balanced; one unbalanced report makes the whole sum unbalanced.
SELECT year, count(*) AS reports,
       (report_sum(doc) #>> '{requests,new_received,total}')::int AS new_requests,
       (report_sum(doc) #>> '{requests,granted,total}')::int AS granted,
       report_balance_ok(report_sum(doc)) AS sum_balanced,
       report_balance_ok(report_sum(doc) FILTER (WHERE report_balance_ok(doc))) AS sum_of_balanced_ok
  FROM reports
 GROUP BY year
 ORDER BY year;

RESET search_path;
