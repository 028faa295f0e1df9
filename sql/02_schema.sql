-- The extension has no fixed schema and is relocatable; its version is the
-- version of the reader that writes the documents.
SET search_path = govreport, public;

SELECT e.extversion, e.extrelocatable, n.nspname,
       report_to_jsonb('') ->> 'reader' = e.extversion AS reader_is_version
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE e.extname = 'govreport';

-- a table that uses the types and functions, made where the extension is
\set body `cat test/data/check_2022.txt`
CREATE TABLE moved (id int, d disposition, doc jsonb CHECK (report_balance_ok(doc)));
INSERT INTO moved VALUES (1, 'withheld.state_secret', report_to_jsonb(:'body'));

-- ALTER EXTENSION ... SET SCHEMA moves every member object
CREATE SCHEMA elsewhere;
ALTER EXTENSION govreport SET SCHEMA elsewhere;
SELECT n.nspname, count(*)
  FROM pg_depend d
  JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
  JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'govreport') AND d.deptype = 'e'
 GROUP BY n.nspname;
SELECT count(*) AS left_in_public
  FROM pg_type WHERE typnamespace = 'public'::regnamespace
   AND typname IN ('disposition', 'applicant', 'report_cell', 'finding');
-- what was made before the move keeps working: its references are OIDs
INSERT INTO moved VALUES (2, 'granted', elsewhere.report_to_jsonb(:'body'));
SELECT id, d::text, elsewhere.label(d),
       d OPERATOR(elsewhere.<@) 'withheld'::elsewhere.disposition AS withheld
  FROM moved ORDER BY id;
\set VERBOSITY terse
INSERT INTO moved VALUES (3, 'granted', '{"requests": {}, "appeals": {}}');
\set VERBOSITY default
SELECT count(*) FROM elsewhere.parse_report(:'body') WHERE disposition OPERATOR(elsewhere.=) 'granted';

-- and back
ALTER EXTENSION govreport SET SCHEMA public;
DROP SCHEMA elsewhere;
SELECT count(*) FROM parse_report(:'body') WHERE disposition = 'granted';
DROP TABLE moved;
