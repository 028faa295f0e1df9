-- The last test: the extension drops cleanly, leaving none of its objects.
DROP EXTENSION govreport;
SELECT count(*) AS objects_left
  FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
 WHERE e.extname = 'govreport';
-- the schema named in the control file outlives the extension (PostgreSQL
-- creates it for CREATE EXTENSION but does not make it a member); it is empty
SELECT count(*) AS schemas_left FROM pg_namespace WHERE nspname = 'govreport';
SELECT count(*) AS objects_in_schema
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'govreport';
SELECT count(*) AS types_left FROM pg_type WHERE typname IN ('disposition', 'applicant', 'report_cell', 'finding');
