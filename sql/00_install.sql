-- Create the extension as a non-superuser with CREATE on the database:
-- govreport is trusted.
CREATE ROLE govreport_installer LOGIN;
GRANT CREATE ON DATABASE contrib_regression TO govreport_installer;
SET ROLE govreport_installer;
CREATE EXTENSION govreport;
RESET ROLE;
SELECT extname, extversion, nspname
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE extname = 'govreport';
SHOW server_encoding;
