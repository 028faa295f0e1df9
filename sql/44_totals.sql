-- 44_totals: report_totals, a document's headline figures in one row.
SET search_path = govreport, public;
\set r2022 `cat test/data/check_2022.txt`
\set r2019 `cat test/data/check_2020_form2019.txt`
\set bad `cat test/data/check_2023_bad.txt`
\set suspect `cat test/data/suspect_2023.txt`

-- a report read from its text, every figure against its printed cells
SELECT t.* FROM report_totals(report_to_jsonb(:'r2022')) t \gx
SELECT row_key, value FROM parse_report(:'r2022')
 WHERE applicant = 'total' AND (disposition <@ 'withheld' OR disposition <@ 'other'
                                OR row_key IN ('new_received', 'carried_over', 'carried_forward'))
 ORDER BY disposition NULLS FIRST, row_key;

-- the 2019 form: （六）其他处理 is one row, the group `other` itself
SELECT t.year, t.balance_ok, t.other, t.total,
       t.granted + t.partially_granted + t.withheld + t.unavailable + t.not_processed + t.other AS groups_sum,
       (SELECT value FROM parse_report(:'r2019') WHERE row_key = 'other' AND col_key = 'total') AS printed_other
  FROM report_totals(report_to_jsonb(:'r2019')) t;

-- reports that do not balance: the suspect cells counted as report_check finds them
SELECT t.balance_ok, t.suspect_cells,
       (SELECT count(*) FROM report_check(report_to_jsonb(:'suspect')) f WHERE f.rule = 'suspect_cell') AS check_suspects
  FROM report_totals(report_to_jsonb(:'suspect')) t;
SELECT t.balance_ok, t.suspect_cells,
       (SELECT count(*) FROM report_check(report_to_jsonb(:'bad')) f WHERE f.rule = 'suspect_cell') AS check_suspects
  FROM report_totals(report_to_jsonb(:'bad')) t;

-- null cells are skipped; a figure with no number is null
SELECT t.withheld, t.withheld_state_secret, t.withheld_process_information, t.new_received, t.reviews, t.lawsuits
  FROM report_totals('{"schema": 1, "status": "partial", "forms": {"active": null, "requests": "2021"},
                       "requests": {"new_received": {"total": null},
                                    "withheld": {"state_secret": {"total": 2}, "process_information": {"total": null},
                                                 "inquiry_matters": {"total": 1}}}}') t;
-- text that is not a report: nothing to count, not balanced
SELECT (t).agency, (t).year, (t).balance_ok, (t).suspect_cells, num_nulls(VARIADIC ARRAY[(t).new_received, (t).total, (t).reviews]) AS nulls
  FROM (SELECT report_totals(report_to_jsonb('只是一段文字')) AS t) x;
-- STRICT: NULL in, NULL out
SELECT report_totals(NULL) IS NULL AS null_in_null_out;

-- a malformed document is an error (22023) naming its first problem
\set VERBOSITY default
SELECT report_totals('{"schema": 1, "requests": []}');
SELECT report_totals('[1, 2]');

-- every column of doc_totals is text, integer, boolean or numeric
SELECT string_agg(DISTINCT format_type(a.atttypid, a.atttypmod), ', ') AS types, count(*) AS columns
  FROM pg_attribute a WHERE a.attrelid = 'doc_totals'::regclass AND a.attnum > 0;
SELECT p.provolatile, p.proparallel, p.proisstrict
  FROM pg_proc p WHERE p.oid = 'report_totals(jsonb)'::regprocedure;
