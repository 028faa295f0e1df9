-- report_sum: cell-wise sums of documents, null handling, mixed revisions,
-- errors, and the same result from parallel and serial plans.
\set ECHO none
\i test/suites/gen_docs.sql
\set ECHO all

-- Two hand-written partial documents: value + value, value + null,
-- null + null, a row in one input only, exact decimals.
CREATE TABLE small (id int, doc jsonb);
INSERT INTO small VALUES
  (1, '{"schema": 1, "status": "partial", "year": 2023,
        "forms": {"active": "2021", "requests": null},
        "active": {"rules": {"issued": 1, "repealed": null, "in_force": 5},
                   "normative_documents": {"issued": null, "repealed": null, "in_force": null},
                   "fees": {"amount": 1.25}},
        "facts": {"proactive_items": 10, "requests_received": null, "fee_collected": null}}'),
  (2, '{"schema": 1, "status": "partial", "year": 2023,
        "forms": {"active": "2021", "requests": null},
        "active": {"rules": {"issued": 2, "repealed": null, "in_force": null},
                   "normative_documents": {"issued": null, "repealed": null, "in_force": null},
                   "licensing": {"decisions": 3},
                   "fees": {"amount": 16.856}},
        "facts": {"proactive_items": 5, "requests_received": null, "fee_collected": null}}');
SELECT jsonb_pretty(report_sum(doc) - 'narrative') FROM small;

-- no rows, or only NULL documents: NULL, as sum() does
SELECT report_sum(doc) IS NULL AS no_rows FROM small WHERE false;
SELECT report_sum(NULL::jsonb) IS NULL AS only_nulls FROM generate_series(1, 3);
-- NULL documents among others are skipped
SELECT report_sum(doc) = (SELECT report_sum(doc) FROM small) AS nulls_skipped
  FROM (SELECT doc FROM small UNION ALL SELECT NULL UNION ALL SELECT NULL) x;

-- a sum of one document has its tables
SELECT s -> 'requests' = d -> 'requests' AS same_requests,
       s -> 'appeals' = d -> 'appeals' AS same_appeals,
       s -> 'active' = d -> 'active' AS same_active,
       s ->> 'year' AS year, s ->> 'status' AS status
  FROM (SELECT d, (SELECT report_sum(x) FROM (VALUES (d)) v(x)) AS s
          FROM (SELECT gen_doc(5) AS d) a) b;

-- years: kept when all inputs agree, null otherwise
SELECT report_sum(gen_doc(i, yr => 2022)) ->> 'year' AS same_year,
       report_sum(gen_doc(i, yr => 2020 + i)) ->> 'year' AS mixed_years
  FROM generate_series(1, 3) i;

-- Mixed revisions.  Requests: the 2019 form; （六）其他处理 is the 2019
-- `other` plus the three 2021 other.* leaves, so the balance still holds.
WITH d AS (SELECT gen_doc(1, '2019', '2019') AS a, gen_doc(2, '2021', '2021') AS b),
     s AS (SELECT report_sum(x) AS s FROM d, LATERAL (VALUES (a), (b)) v(x))
SELECT s -> 'forms' AS forms,
       (s #>> '{requests,other,total}')::int AS other_total,
       (a #>> '{requests,other,total}')::int + (b #>> '{requests,other,no_correction,total}')::int
         + (b #>> '{requests,other,unpaid_fee,total}')::int + (b #>> '{requests,other,other,total}')::int
         AS expected,
       (s #>> '{requests,granted,natural_person}')::int
         = (a #>> '{requests,granted,natural_person}')::int + (b #>> '{requests,granted,natural_person}')::int
         AS granted_summed,
       s -> 'active' AS active,
       (a #>> '{active,punishment,decisions}')::int + (b #>> '{active,punishment,decisions}')::int
         AS expected_punishment,
       (SELECT jsonb_agg(e ->> 'path' ORDER BY e ->> 'path') FROM jsonb_array_elements(s -> 'diagnostics') e)
         AS dropped
  FROM d, s;

-- Property: groups of generated balanced documents (with some null cells);
-- every cell of the sum equals the sum computed by SQL over the inputs'
-- cells, and no cell is missing on either side.  Group 0 is in the 2019
-- form, the others in the 2021 form.
CREATE TABLE docs AS
SELECT i, i % 7 AS g,
       CASE WHEN i % 11 = 0
            THEN jsonb_set(jsonb_set(d, '{requests,granted,research}', 'null'),
                           '{appeals,review,pending}', 'null')
            ELSE d END AS doc
  FROM generate_series(1, 700) i,
       LATERAL (SELECT gen_doc(i, f, f, 2023) AS d
                  FROM (SELECT CASE WHEN i % 7 = 0 THEN '2019' ELSE '2021' END AS f) ff) x;
ANALYZE docs;
WITH s AS (SELECT g, report_sum(doc) AS doc FROM docs GROUP BY g),
     got AS (SELECT g, c.* FROM s, gen_cells(s.doc) c),
     want AS (SELECT g, c.section, c.path, c.col, sum(c.value) AS value
                FROM docs, gen_cells(docs.doc) c GROUP BY 1, 2, 3, 4)
SELECT count(*) AS cells,
       count(*) FILTER (WHERE got.value IS DISTINCT FROM want.value) AS differ,
       count(*) FILTER (WHERE got.g IS NULL OR want.g IS NULL) AS unmatched,
       count(*) FILTER (WHERE want.value IS NULL) AS null_cells
  FROM got FULL JOIN want USING (g, section, path, col);
-- a cell null in some inputs only is the sum of the others
SELECT (SELECT report_sum(doc) FROM docs) #>> '{requests,granted,research}'
     = (SELECT sum((doc #>> '{requests,granted,research}')::int)::text FROM docs) AS null_skipped;

-- Sums of balanced documents are balanced (report_balance_ok of
-- 30_check): 90 subsets, the residues i % k for k = 2 … 13, most of them
-- mixing the 2019 and 2021 forms.
SELECT count(*) AS sums,
       count(*) FILTER (WHERE report_balance_ok(s)) AS balanced,
       count(*) FILTER (WHERE s #>> '{forms,requests}' = '2019') AS in_2019_form
  FROM (SELECT k, i % k AS m, report_sum(doc) AS s
          FROM docs, generate_series(2, 13) k
         WHERE report_balance_ok(doc)
         GROUP BY k, i % k) y;

-- Parallel plan: partial aggregates in the workers, combined in the leader.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT report_sum(doc) FROM docs;
EXPLAIN (COSTS OFF) SELECT g, report_sum(doc) FROM docs GROUP BY g;
SELECT report_sum(doc) AS parallel_sum FROM docs \gset
CREATE TABLE parallel_groups AS SELECT g, report_sum(doc) AS s FROM docs GROUP BY g;
RESET max_parallel_workers_per_gather;
SET max_parallel_workers_per_gather = 0;
EXPLAIN (COSTS OFF) SELECT report_sum(doc) FROM docs;
SELECT report_sum(doc) = :'parallel_sum'::jsonb AS parallel_equals_serial FROM docs;
SELECT count(*) AS groups, bool_and(p.s = x.s) AS groups_equal
  FROM parallel_groups p
  JOIN (SELECT g, report_sum(doc) AS s FROM docs GROUP BY g) x USING (g);
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- Errors: a malformed document names its path (22023); an overflowing
-- sum is 22003.
\set VERBOSITY default
SELECT report_sum(x) FROM (VALUES ('[1, 2]'::jsonb)) v(x);
SELECT report_sum(x)
  FROM (VALUES ('{"schema": 1, "forms": {"active": null, "requests": "2021"},
                  "requests": {"granted": {"natural_person": "many"}}}'::jsonb)) v(x);
SELECT report_sum(x)
  FROM (VALUES ('{"schema": 1, "forms": {"active": null, "requests": "2021"},
                  "requests": {"granted": {"natural_person": 999999999999999}}}'::jsonb),
               ('{"schema": 1, "forms": {"active": null, "requests": "2021"},
                  "requests": {"granted": {"natural_person": 1}}}'::jsonb)) v(x);

-- the aggregate's properties
SELECT a.aggkind, a.aggcombinefn, a.aggserialfn, a.aggdeserialfn, p.proparallel
  FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
 WHERE a.aggfnoid = 'report_sum(jsonb)'::regprocedure;
