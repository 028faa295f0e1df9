-- dashboards.sql — queries for a collection of reports, over a table with
-- one document per row: the table of examples/reports_table.sql, or any
-- table with a column doc jsonb (the agency and the year are read from the
-- document).  examples/dashboard_views.sql has the same queries as views
-- for BI tools; doc/analytics.md shows how long each takes on 200,000
-- documents (bench/dashboards.sh).
--
-- They answer in seconds on large tables because no document is expanded
-- into its cells: report_totals(doc) gives each document's headline
-- figures as one row, and report_sum(doc) adds whole documents, so a
-- query aggregates first and expands only the few results.
--
-- sql/45_dashboards.sql runs this file on generated documents and checks
-- every result against the same question asked cell by cell with
-- parse_report.  Names are unqualified: they are found in the schema the
-- extension was created in, which is on search_path (public, after a plain
-- CREATE EXTENSION).

-- 1. Requests by disposition group per year: the total column of each of
--    the six groups of 三、本年度办理结果, summed over the year's reports
--    (a 2019 （六）其他处理 row is the group `other` itself, so both
--    revisions fall in one group).
WITH y AS (
    SELECT t.year, sum(t.granted) AS granted, sum(t.partially_granted) AS partially_granted,
           sum(t.withheld) AS withheld, sum(t.unavailable) AS unavailable,
           sum(t.not_processed) AS not_processed, sum(t.other) AS other
      FROM reports r CROSS JOIN LATERAL report_totals(r.doc) t
     GROUP BY t.year
)
SELECT y.year, g.disposition AS disposition_group, g.label, v.requests,
       round(100 * v.requests / nullif(sum(v.requests) OVER (PARTITION BY y.year), 0), 1) AS pct_of_year
  FROM y
 CROSS JOIN LATERAL (VALUES ('granted'::disposition, y.granted),
                            ('partially_granted', y.partially_granted),
                            ('withheld', y.withheld), ('unavailable', y.unavailable),
                            ('not_processed', y.not_processed), ('other', y.other)) v (disposition, requests)
  JOIN dispositions() g ON g.disposition = v.disposition
 ORDER BY y.year, g.disposition;

-- 2. New requests by applicant type per year (一、本年新收, by column).
WITH y AS (
    SELECT t.year, sum(t.new_natural_person) AS natural_person, sum(t.new_commercial) AS commercial,
           sum(t.new_research) AS research, sum(t.new_social_welfare) AS social_welfare,
           sum(t.new_legal_service) AS legal_service, sum(t.new_other_org) AS other_org
      FROM reports r CROSS JOIN LATERAL report_totals(r.doc) t
     GROUP BY t.year
)
SELECT y.year, a.applicant, a.label, v.new_requests,
       round(100 * v.new_requests / nullif(sum(v.new_requests) OVER (PARTITION BY y.year), 0), 1) AS pct_of_year
  FROM y
 CROSS JOIN LATERAL (VALUES ('natural_person'::applicant, y.natural_person),
                            ('commercial', y.commercial), ('research', y.research),
                            ('social_welfare', y.social_welfare), ('legal_service', y.legal_service),
                            ('other_org', y.other_org)) v (applicant, new_requests)
  JOIN applicants() a ON a.applicant = v.applicant
 ORDER BY y.year, a.applicant;

-- 3. The share of reports that fail each rule (errors and warnings apart).
--    report_check gives a few rows per report, not one per cell.
WITH f AS (
    SELECT r.id, f.rule, f.severity, count(*) AS findings
      FROM reports r CROSS JOIN LATERAL report_check(r.doc) f
     GROUP BY r.id, f.rule, f.severity
)
SELECT rule, severity, count(*) AS reports,
       round(100.0 * count(*) / (SELECT count(*) FROM reports), 1) AS pct_of_reports,
       sum(findings) AS findings
  FROM f
 GROUP BY rule, severity
 ORDER BY pct_of_reports DESC, rule, severity;

-- 4. Per year: the reports whose tables do not add up, and their suspect
--    cells (a cell whose change alone would make every rule hold).
SELECT t.year, count(*) AS reports,
       count(*) FILTER (WHERE NOT t.balance_ok) AS unbalanced,
       round(100.0 * count(*) FILTER (WHERE NOT t.balance_ok) / count(*), 1) AS pct_unbalanced,
       sum(t.suspect_cells) AS suspect_cells
  FROM reports r CROSS JOIN LATERAL report_totals(r.doc) t
 GROUP BY t.year
 ORDER BY t.year;

-- 5. Year over year: the top-level rows of the requests table (total
--    column) that changed between one year's roll-up and the previous
--    one's (report_diff of the two sums: one document per year is
--    expanded, not every report).  The view govreport_year_over_year has
--    every row's.
WITH s AS (
    SELECT (report_totals(d)).year AS year, d
      FROM (SELECT report_sum(doc) AS d FROM reports GROUP BY (doc ->> 'year')) x
)
SELECT cur.year, prev.year AS previous_year, c.path, c.a AS previous, c.b AS current, c.delta,
       round(100 * c.delta / nullif(c.a, 0), 1) AS pct_change
  FROM s cur
  JOIN s prev ON prev.year = cur.year - 1
 CROSS JOIN LATERAL report_diff(prev.d, cur.d) c
 WHERE c.path ~ '^requests\.[a-z_]+\.total$'
 ORDER BY cur.year, c.path;

-- 6. The bodies with the largest share of 不予公开 (withheld) among their
--    dispositions, over all years (bodies with at least 10 dispositions),
--    and the reason they cite most.
WITH b AS (
    SELECT t.agency, sum(t.withheld) AS withheld, sum(t.total) AS all_dispositions,
           sum(t.withheld_state_secret) AS state_secret,
           sum(t.withheld_prohibited_by_law) AS prohibited_by_law,
           sum(t.withheld_endangers_security) AS endangers_security,
           sum(t.withheld_third_party_rights) AS third_party_rights,
           sum(t.withheld_internal_affairs) AS internal_affairs,
           sum(t.withheld_process_information) AS process_information,
           sum(t.withheld_enforcement_files) AS enforcement_files,
           sum(t.withheld_inquiry_matters) AS inquiry_matters
      FROM reports r CROSS JOIN LATERAL report_totals(r.doc) t
     WHERE t.agency IS NOT NULL
     GROUP BY t.agency
    HAVING sum(t.withheld) > 0 AND sum(t.total) >= 10
)
SELECT b.agency, b.withheld, b.all_dispositions,
       round(100 * b.withheld / b.all_dispositions, 1) AS pct_withheld,
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
         LIMIT 1) AS top_reason
  FROM b
 ORDER BY b.withheld / b.all_dispositions DESC, b.withheld DESC, b.agency
 LIMIT 10;

-- 7. The bodies with the most suspect cells over all years.
SELECT t.agency, count(*) AS reports,
       count(*) FILTER (WHERE NOT t.balance_ok) AS unbalanced,
       sum(t.suspect_cells) AS suspect_cells
  FROM reports r CROSS JOIN LATERAL report_totals(r.doc) t
 WHERE t.agency IS NOT NULL
 GROUP BY t.agency
HAVING sum(t.suspect_cells) > 0
 ORDER BY suspect_cells DESC, unbalanced DESC, t.agency
 LIMIT 10;

-- 8. Late carryovers: the bodies that carry the largest share of the
--    requests they had to handle (new + carried over from last year) into
--    the next year (四、结转下年度继续办理), over all years.
SELECT t.agency, sum(t.carried_forward) AS carried_forward,
       sum(t.new_received) + sum(t.carried_over) AS to_handle,
       round(100 * sum(t.carried_forward) / nullif(sum(t.new_received) + sum(t.carried_over), 0), 1)
           AS pct_carried_forward
  FROM reports r CROSS JOIN LATERAL report_totals(r.doc) t
 WHERE t.agency IS NOT NULL
 GROUP BY t.agency
HAVING sum(t.carried_forward) > 0
 ORDER BY pct_carried_forward DESC, carried_forward DESC, t.agency
 LIMIT 10;

-- 9. A city's roll-up: the sum of its bodies' reports per year, as one
--    document, its headline figures, and whether it balances (the sum of
--    balanced reports is balanced; an unbalanced report, counted apart,
--    makes the sum unbalanced).
SELECT (report_totals(s.city)).year, s.reports, s.unbalanced,
       (report_totals(s.city)).new_received AS new_requests,
       (report_totals(s.city)).granted,
       report_balance_ok(s.city) AS sum_balanced
  FROM (SELECT count(*) AS reports, count(*) FILTER (WHERE NOT t.balance_ok) AS unbalanced,
               report_sum(r.doc) AS city
          FROM reports r CROSS JOIN LATERAL report_totals(r.doc) t
         GROUP BY t.year) s
 ORDER BY 1;
