-- A requests (section 3) or appeals (section 4) table without a single
-- figure cannot be checked: report_balance_ok is false and report_check
-- says why with a missing_table error.
SET search_path = govreport, public;

SELECT report_balance_ok('{"requests": {}, "appeals": {}}') AS empty_objects;
SELECT rule, severity, path, message
  FROM report_check('{"requests": {}, "appeals": {}}')
 WHERE severity = 'error' ORDER BY path;

-- every cell of table 3 blank, table 4 with figures
\set body `cat test/data/check_2023.txt`
SELECT report_balance_ok(d) AS balanced, f.rule, f.severity, f.path
  FROM (SELECT jsonb_set(report_to_jsonb(:'body'), '{requests}',
                         (SELECT jsonb_object_agg(k, CASE jsonb_typeof(v)
                                   WHEN 'object' THEN (SELECT jsonb_object_agg(k2, CASE WHEN jsonb_typeof(v2) = 'object'
                                          THEN (SELECT jsonb_object_agg(k3, null) FROM jsonb_object_keys(v2) k3)
                                          ELSE 'null' END)
                                        FROM jsonb_each(v) AS e2(k2, v2))
                                   ELSE v END)
                            FROM jsonb_each(report_to_jsonb(:'body') -> 'requests') AS e(k, v))) AS d) x,
       LATERAL report_check(d) f
 WHERE f.severity = 'error';

-- a single zero in each table makes them checkable again, and the zeros balance
SELECT report_balance_ok('{"requests": {"new_received": {"total": 0}},
                           "appeals": {"review": {"total": 0}}}') AS one_zero_each;
SELECT count(*) AS errors
  FROM report_check('{"requests": {"new_received": {"total": 0}},
                      "appeals": {"review": {"total": 0}}}') WHERE severity = 'error';

-- the report itself still balances
SELECT report_balance_ok(report_to_jsonb(:'body')) AS report_balanced;
