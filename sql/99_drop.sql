-- The last test: the extension drops cleanly, leaving none of its objects.
DROP EXTENSION govreport;
SELECT count(*) AS objects_left
  FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
 WHERE e.extname = 'govreport';
-- the extension has no schema of its own: none was ever created
SELECT count(*) AS schemas_left FROM pg_namespace WHERE nspname = 'govreport';
SELECT count(*) AS types_left FROM pg_type WHERE typname IN ('disposition', 'applicant', 'report_cell', 'finding');
