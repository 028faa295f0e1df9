-- dashboard_views.sql — the dashboards' queries, as views that a BI tool
-- (Metabase, Grafana, Superset) pointed at the database can chart as they
-- are; examples/dashboards.sql is short SELECTs over them, so each query is
-- written here only.  One row per (body, year), (year, group), year or body, and
-- only plain column types (text, integer, numeric, date; `period` is the
-- first day of the year reported on, for time axes).
--
-- Over the table of examples/reports_table.sql, or any table `reports`
-- with a column doc jsonb: agency and year are read from the documents.
-- Run it once in the schema where the views should live, with the
-- extension's schema on search_path.  A view records the functions and
-- types it uses by their OIDs when it is created, so it keeps working
-- whatever search_path the BI tool's role has.
--
-- These cannot be part of the extension: CREATE EXTENSION runs before the
-- table exists and does not know its name or columns, and an extension's
-- objects must not depend on a user's table (DROP EXTENSION would have to
-- drop the user's views, and pg_dump would dump them as part of the
-- extension instead of with the table).
--
-- The recommended table keeps documents that do not balance out (its
-- CHECK), so there `unbalanced` and `suspect_cells` stay 0; they count once
-- that constraint is dropped to keep every report.
--
-- Each view reads every document once or twice per query (2 to 4 s for
-- 200,000 documents on two cores, doc/analytics.md); a dashboard that refreshes
-- often can read from a materialized copy instead:
--   CREATE MATERIALIZED VIEW govreport_body_year_m AS SELECT * FROM govreport_body_year;
--   REFRESH MATERIALIZED VIEW govreport_body_year_m;   -- after loading reports

-- One row per body and year: counts, balance, and the headline figures.
CREATE VIEW govreport_body_year AS
SELECT t.agency, t.year, make_date(t.year, 1, 1) AS period,
       count(*)::integer AS reports,
       (count(*) FILTER (WHERE NOT t.balance_ok))::integer AS unbalanced,
       sum(t.suspect_cells)::integer AS suspect_cells,
       sum(t.new_received) AS new_received,
       sum(t.carried_over) AS carried_over,
       sum(t.granted) AS granted,
       sum(t.partially_granted) AS partially_granted,
       sum(t.withheld) AS withheld,
       sum(t.unavailable) AS unavailable,
       sum(t.not_processed) AS not_processed,
       sum(t.other) AS other,
       sum(t.total) AS total,
       sum(t.carried_forward) AS carried_forward,
       round(100 * sum(t.withheld) / nullif(sum(t.total), 0), 1) AS pct_withheld,
       round(100 * sum(t.carried_forward) / nullif(sum(t.new_received) + sum(t.carried_over), 0), 1)
           AS pct_carried_forward,
       sum(t.reviews) AS reviews,
       sum(t.reviews_corrected) AS reviews_corrected,
       sum(t.lawsuits) AS lawsuits,
       sum(t.lawsuits_corrected) AS lawsuits_corrected
  FROM reports r CROSS JOIN LATERAL report_totals(r.doc) t
 GROUP BY t.agency, t.year;

-- One row per body over all years: the rankings (share withheld and the
-- reason cited most, suspect cells, requests carried into the next year).
CREATE VIEW govreport_bodies AS
WITH b AS (
    SELECT t.agency, min(t.year) AS first_year, max(t.year) AS last_year,
           count(*)::integer AS reports,
           (count(*) FILTER (WHERE NOT t.balance_ok))::integer AS unbalanced,
           sum(t.suspect_cells)::integer AS suspect_cells,
           sum(t.withheld) AS withheld, sum(t.total) AS total,
           sum(t.carried_forward) AS carried_forward,
           sum(t.new_received) + sum(t.carried_over) AS to_handle,
           sum(t.withheld_state_secret) AS state_secret,
           sum(t.withheld_prohibited_by_law) AS prohibited_by_law,
           sum(t.withheld_endangers_security) AS endangers_security,
           sum(t.withheld_third_party_rights) AS third_party_rights,
           sum(t.withheld_internal_affairs) AS internal_affairs,
           sum(t.withheld_process_information) AS process_information,
           sum(t.withheld_enforcement_files) AS enforcement_files,
           sum(t.withheld_inquiry_matters) AS inquiry_matters
      FROM reports r CROSS JOIN LATERAL report_totals(r.doc) t
     GROUP BY t.agency
)
SELECT b.agency, b.first_year, b.last_year, b.reports, b.unbalanced, b.suspect_cells,
       b.withheld, b.total, round(100 * b.withheld / nullif(b.total, 0), 1) AS pct_withheld,
       (SELECT label(v.reason)
          FROM (VALUES ('withheld.state_secret'::disposition, b.state_secret),
                       ('withheld.prohibited_by_law', b.prohibited_by_law),
                       ('withheld.endangers_security', b.endangers_security),
                       ('withheld.third_party_rights', b.third_party_rights),
                       ('withheld.internal_affairs', b.internal_affairs),
                       ('withheld.process_information', b.process_information),
                       ('withheld.enforcement_files', b.enforcement_files),
                       ('withheld.inquiry_matters', b.inquiry_matters)) v (reason, n)
         WHERE v.n > 0
         ORDER BY v.n DESC, v.reason
         LIMIT 1) AS top_withheld_reason,
       b.carried_forward, b.to_handle,
       round(100 * b.carried_forward / nullif(b.to_handle, 0), 1) AS pct_carried_forward
  FROM b;

-- One row per year and disposition group (三、本年度办理结果, 总计 column).
CREATE VIEW govreport_dispositions_by_year AS
WITH y AS (
    SELECT t.year, sum(t.granted) AS granted, sum(t.partially_granted) AS partially_granted,
           sum(t.withheld) AS withheld, sum(t.unavailable) AS unavailable,
           sum(t.not_processed) AS not_processed, sum(t.other) AS other
      FROM reports r CROSS JOIN LATERAL report_totals(r.doc) t
     GROUP BY t.year
)
SELECT y.year, make_date(y.year, 1, 1) AS period, g.disposition::text AS disposition, g.label,
       v.requests,
       round(100 * v.requests / nullif(sum(v.requests) OVER (PARTITION BY y.year), 0), 1) AS pct_of_year
  FROM y
 CROSS JOIN LATERAL (VALUES ('granted'::disposition, y.granted),
                            ('partially_granted', y.partially_granted),
                            ('withheld', y.withheld), ('unavailable', y.unavailable),
                            ('not_processed', y.not_processed), ('other', y.other)) v (disposition, requests)
  JOIN dispositions() g ON g.disposition = v.disposition;

-- One row per year and reason for withholding (（三）不予公开 1–8).
CREATE VIEW govreport_withheld_by_year AS
WITH y AS (
    SELECT t.year,
           sum(t.withheld_state_secret) AS state_secret,
           sum(t.withheld_prohibited_by_law) AS prohibited_by_law,
           sum(t.withheld_endangers_security) AS endangers_security,
           sum(t.withheld_third_party_rights) AS third_party_rights,
           sum(t.withheld_internal_affairs) AS internal_affairs,
           sum(t.withheld_process_information) AS process_information,
           sum(t.withheld_enforcement_files) AS enforcement_files,
           sum(t.withheld_inquiry_matters) AS inquiry_matters
      FROM reports r CROSS JOIN LATERAL report_totals(r.doc) t
     GROUP BY t.year
)
SELECT y.year, make_date(y.year, 1, 1) AS period, g.disposition::text AS reason, g.label,
       v.requests,
       round(100 * v.requests / nullif(sum(v.requests) OVER (PARTITION BY y.year), 0), 1) AS pct_of_withheld
  FROM y
 CROSS JOIN LATERAL (VALUES ('withheld.state_secret'::disposition, y.state_secret),
                            ('withheld.prohibited_by_law', y.prohibited_by_law),
                            ('withheld.endangers_security', y.endangers_security),
                            ('withheld.third_party_rights', y.third_party_rights),
                            ('withheld.internal_affairs', y.internal_affairs),
                            ('withheld.process_information', y.process_information),
                            ('withheld.enforcement_files', y.enforcement_files),
                            ('withheld.inquiry_matters', y.inquiry_matters)) v (disposition, requests)
  JOIN dispositions() g ON g.disposition = v.disposition;

-- One row per year and applicant type (一、本年新收).
CREATE VIEW govreport_applicants_by_year AS
WITH y AS (
    SELECT t.year, sum(t.new_natural_person) AS natural_person, sum(t.new_commercial) AS commercial,
           sum(t.new_research) AS research, sum(t.new_social_welfare) AS social_welfare,
           sum(t.new_legal_service) AS legal_service, sum(t.new_other_org) AS other_org
      FROM reports r CROSS JOIN LATERAL report_totals(r.doc) t
     GROUP BY t.year
)
SELECT y.year, make_date(y.year, 1, 1) AS period, a.applicant::text AS applicant, a.label,
       v.new_requests,
       round(100 * v.new_requests / nullif(sum(v.new_requests) OVER (PARTITION BY y.year), 0), 1) AS pct_of_year
  FROM y
 CROSS JOIN LATERAL (VALUES ('natural_person'::applicant, y.natural_person),
                            ('commercial', y.commercial), ('research', y.research),
                            ('social_welfare', y.social_welfare), ('legal_service', y.legal_service),
                            ('other_org', y.other_org)) v (applicant, new_requests)
  JOIN applicants() a ON a.applicant = v.applicant;

-- One row per year and rule: the reports with a finding of that rule, and
-- their findings.  report_rule_counts gives a document's findings counted
-- per rule, so the rows are summed in the parallel workers without grouping
-- every finding by document first; report_year in the FROM list gives the
-- year from the start of each stored document, and, as a function's
-- column, lets the planner expect few groups.
CREATE VIEW govreport_findings_by_year AS
SELECT y.year, make_date(y.year, 1, 1) AS period, f.rule, f.severity,
       count(*)::integer AS reports, sum(f.findings)::integer AS findings
  FROM reports r
 CROSS JOIN LATERAL report_rule_counts(r.doc) f
 CROSS JOIN LATERAL report_year(r.doc) y (year)
 GROUP BY y.year, f.rule, f.severity;

-- One row per year: the sum of the year's reports as one document
-- (report_sum), its headline figures and whether it balances (the sum of
-- balanced reports is balanced; an unbalanced report, counted apart, makes
-- the sum unbalanced).
CREATE VIEW govreport_years AS
WITH y AS (
    SELECT t.year, count(*)::integer AS reports,
           (count(*) FILTER (WHERE NOT t.balance_ok))::integer AS unbalanced,
           report_sum(r.doc) AS d
      FROM reports r CROSS JOIN LATERAL report_totals(r.doc) t
     GROUP BY t.year
)
SELECT y.year, make_date(y.year, 1, 1) AS period, y.reports, y.unbalanced,
       s.new_received, s.carried_over, s.granted, s.partially_granted, s.withheld,
       s.unavailable, s.not_processed, s.other, s.total, s.carried_forward,
       report_balance_ok(y.d) AS sum_balanced
  FROM y CROSS JOIN LATERAL report_totals(y.d) s;

-- One row per year and changed figure: the requests table's total column
-- of the year's roll-up against the previous year's (report_diff of the
-- two sums; each year's documents are summed first, so only one document
-- per year is compared).  Grouping by report_year reads each document
-- whole once, in report_sum.
CREATE VIEW govreport_year_over_year AS
WITH s AS (
    SELECT y.year, report_sum(r.doc) AS d
      FROM reports r CROSS JOIN LATERAL report_year(r.doc) y (year)
     GROUP BY y.year
)
SELECT cur.year, make_date(cur.year, 1, 1) AS period, c.path, c.a AS previous, c.b AS current,
       c.delta, round(100 * c.delta / nullif(c.a, 0), 1) AS pct_change
  FROM s cur
  JOIN s prev ON prev.year = cur.year - 1
 CROSS JOIN LATERAL report_diff(prev.d, cur.d) c
 WHERE c.path ~ '^requests\.[a-z_.]+\.total$';
