-- The main job: what govreport reads in each report, what it finds wrong,
-- and a roll-up.  Run by scripts/demo.sh after the reports are loaded.
\pset pager off
\echo '== What was read: one line per report'
SELECT path AS file,
       doc->>'status'  AS status,
       doc->>'agency'  AS agency,
       (doc->>'year')::int AS year,
       doc->'forms'->>'active'   AS form2,
       doc->'forms'->>'requests' AS form3,
       doc->>'script'  AS script,
       doc->'requests'->'new_received'->>'total' AS new_requests,
       jsonb_array_length(doc->'diagnostics') AS diagnostics
  FROM reports ORDER BY id;

\echo '== Section 3 of the sample report, cell by cell (non-zero cells)'
SELECT row_key, applicant, value
  FROM reports r, parse_report(r.body) c
 WHERE r.id = 1 AND c.section = 'requests' AND c.value <> 0;

\echo '== Do the tables balance?'
SELECT path AS file, report_balance_ok(doc) AS balanced FROM reports ORDER BY id;

\echo '== Every finding, in the form''s words'
SELECT r.path AS file, f.rule, f.severity, f.path, f.message
  FROM reports r, report_check(r.doc) f
 ORDER BY r.id, f.rule, f.path;

\echo '== A roll-up of every report: requests by disposition group and applicant group'
SELECT coalesce(parent(c.disposition), c.disposition) AS disposition_group,
       sum(c.value) FILTER (WHERE c.applicant <@ 'natural_person') AS natural_persons,
       sum(c.value) FILTER (WHERE c.applicant <@ 'legal_person')   AS legal_persons,
       sum(c.value) FILTER (WHERE c.applicant = 'total')            AS total
  FROM (SELECT report_sum(doc) AS doc FROM reports) s,
       parse_report(s.doc) c
 WHERE c.disposition IS NOT NULL AND c.disposition <> 'total'
 GROUP BY 1 ORDER BY 1;
