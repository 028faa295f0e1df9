-- dashboards.sql — the dashboards of a collection of reports, each a short
-- SELECT over the views of examples/dashboard_views.sql (run that file
-- first), where every query is written once.  The views are over a table
-- `reports` with one document per row: the table of
-- examples/reports_table.sql, or any table with a column doc jsonb (the
-- agency and the year are read from the documents).  doc/analytics.md
-- shows how long each takes on 200,000 documents (bench/dashboards.sh).
--
-- They answer in seconds on large tables because no document is expanded
-- into its cells: report_totals(doc) gives each document's headline
-- figures as one row, report_rule_counts(doc) its findings per rule, and
-- report_sum(doc) adds whole documents, so the views aggregate first and
-- expand only the few results.
--
-- sql/45_dashboards.sql runs this file on generated documents and checks
-- every view against the same question asked cell by cell with
-- parse_report.  Names are unqualified: the views are found in the schema
-- they were created in, on search_path.

-- 1. Requests by disposition group per year: the total column of each of
--    the six groups of 三、本年度办理结果, summed over the year's reports
--    (a 2019 （六）其他处理 row is the group `other` itself, so both
--    revisions fall in one group).
SELECT year, disposition AS disposition_group, label, requests, pct_of_year
  FROM govreport_dispositions_by_year
 ORDER BY year, disposition::disposition;

-- 2. New requests by applicant type per year (一、本年新收, by column).
SELECT year, applicant, label, new_requests, pct_of_year
  FROM govreport_applicants_by_year
 ORDER BY year, applicant::applicant;

-- 3. The share of reports that fail each rule (errors and warnings apart),
--    over all years.
SELECT rule, severity, sum(reports) AS reports,
       round(100.0 * sum(reports) / (SELECT count(*) FROM reports), 1) AS pct_of_reports,
       sum(findings) AS findings
  FROM govreport_findings_by_year
 GROUP BY rule, severity
 ORDER BY pct_of_reports DESC, rule, severity;

-- 4. Per year: the reports whose tables do not add up, and their suspect
--    cells (a cell whose change alone would make every rule hold).
SELECT year, sum(reports) AS reports, sum(unbalanced) AS unbalanced,
       round(100.0 * sum(unbalanced) / sum(reports), 1) AS pct_unbalanced,
       sum(suspect_cells) AS suspect_cells
  FROM govreport_body_year
 GROUP BY year
 ORDER BY year;

-- 5. Year over year: the top-level rows of the requests table (total
--    column) that changed between one year's roll-up and the previous
--    one's.  The view has every row's, sub-rows included.
SELECT year, year - 1 AS previous_year, path, previous, current, delta, pct_change
  FROM govreport_year_over_year
 WHERE path ~ '^requests\.[a-z_]+\.total$'
 ORDER BY year, path;

-- 6. The bodies with the largest share of 不予公开 (withheld) among their
--    dispositions, over all years (bodies with at least 10 dispositions),
--    and the reason they cite most.
SELECT agency, withheld, total AS all_dispositions, pct_withheld, top_withheld_reason AS top_reason
  FROM govreport_bodies
 WHERE agency IS NOT NULL AND withheld > 0 AND total >= 10
 ORDER BY withheld / total DESC, withheld DESC, agency
 LIMIT 10;

-- 7. The bodies with the most suspect cells over all years.
SELECT agency, reports, unbalanced, suspect_cells
  FROM govreport_bodies
 WHERE agency IS NOT NULL AND suspect_cells > 0
 ORDER BY suspect_cells DESC, unbalanced DESC, agency
 LIMIT 10;

-- 8. Late carryovers: the bodies that carry the largest share of the
--    requests they had to handle (new + carried over from last year) into
--    the next year (四、结转下年度继续办理), over all years.
SELECT agency, carried_forward, to_handle, pct_carried_forward
  FROM govreport_bodies
 WHERE agency IS NOT NULL AND carried_forward > 0
 ORDER BY pct_carried_forward DESC, carried_forward DESC, agency
 LIMIT 10;

-- 9. A city's roll-up: the sum of its bodies' reports per year, as one
--    document, its headline figures, and whether it balances.
SELECT year, reports, unbalanced, new_received AS new_requests, granted, sum_balanced
  FROM govreport_years
 ORDER BY year;
