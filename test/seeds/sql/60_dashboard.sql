-- A dashboard over the five seed reports: requests by disposition group and
-- applicant group, with totals, written with the types' operators only
-- (@>, <@ and form order).  The seeds are read from
-- $GOVREPORT_SEEDS (test/pg-test.sh --seeds).

\i test/seeds/seeds.psql

CREATE TEMP TABLE dash_reports (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO dash_reports VALUES (0, :'s0'), (1, :'s1'), (2, :'s2'), (3, :'s3'), (4, :'s4');

-- The cells of section 三 (rows with a disposition), one row each.
CREATE TEMP TABLE dash_cells AS
SELECT r.id, c.disposition, c.applicant, c.value
  FROM dash_reports r, parse_report(r.body) c
 WHERE c.section = 'requests' AND c.disposition IS NOT NULL;

-- Each report: its revision of the requests table, its cells, and whether
-- the cells below total add up to the form's own total (all applicants).
SELECT r.id,
       report_to_jsonb(r.body) #>> '{forms,requests}' AS form,
       count(c.*) AS cells,
       sum(c.value) FILTER (WHERE c.disposition < 'total' AND c.applicant < 'total') AS sum_of_cells,
       sum(c.value) FILTER (WHERE c.disposition = 'total' AND c.applicant = 'total') AS form_total
  FROM dash_reports r LEFT JOIN dash_cells c USING (id)
 GROUP BY r.id ORDER BY r.id;

-- The dashboard: every cell below the total row and the total column falls
-- in exactly one top-level disposition group (a 2019 （六）其他处理 row is the
-- group other itself: other @> other) and one top-level applicant group.
SELECT coalesce(g.disposition::text, 'all') AS disposition_group,
       sum(c.value) FILTER (WHERE c.applicant <@ 'natural_person') AS natural_person,
       sum(c.value) FILTER (WHERE c.applicant <@ 'legal_person') AS legal_person,
       sum(c.value) AS all_applicants,
       count(DISTINCT c.id) AS reports
  FROM dash_cells c
  JOIN dispositions() g
    ON g.parent IS NULL AND g.disposition < 'total' AND g.disposition @> c.disposition
 WHERE c.disposition < 'total' AND c.applicant < 'total'
 GROUP BY ROLLUP (g.disposition)
 ORDER BY g.disposition NULLS LAST;

-- The same, checked against the form's own total row and column: for each
-- applicant group, the sum of the cells of its members on the total row.
SELECT a.applicant AS applicant_group,
       sum(c.value) FILTER (WHERE c.disposition = 'total') AS form_total_row,
       sum(c.value) FILTER (WHERE c.disposition < 'total') AS sum_of_dispositions
  FROM dash_cells c
  JOIN applicants() a ON a.parent IS NULL AND a.applicant < 'total' AND a.applicant @> c.applicant
 GROUP BY ROLLUP (a.applicant)
 ORDER BY a.applicant NULLS LAST;

-- Requests by disposition group and applicant group, per report (form order).
SELECT c.id, g.disposition AS disposition_group, a.applicant AS applicant_group, sum(c.value)
  FROM dash_cells c
  JOIN dispositions() g ON g.parent IS NULL AND g.disposition < 'total' AND g.disposition @> c.disposition
  JOIN applicants() a ON a.parent IS NULL AND a.applicant < 'total' AND a.applicant @> c.applicant
 GROUP BY c.id, g.disposition, a.applicant
HAVING sum(c.value) <> 0
 ORDER BY c.id, g.disposition, a.applicant;

-- The group other across revisions: <@ 'other' takes the 2019 row of seed
-- 000 or the three 2021 leaves of the others alike.
SELECT c.id, report_to_jsonb(r.body) #>> '{forms,requests}' AS form,
       string_agg(DISTINCT c.disposition::text, ' ') AS other_rows,
       sum(c.value) AS other_total
  FROM dash_cells c JOIN dash_reports r USING (id)
 WHERE c.disposition <@ 'other' AND c.applicant = 'total'
 GROUP BY c.id, r.body ORDER BY c.id;

