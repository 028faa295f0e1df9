-- Installing govreport safely, as contrib's trusted extensions do: the
-- attacks of a non-superuser installer on a superuser, each tried here.
-- 00_install created the extension as govreport_installer, a role with
-- CREATE on the database only (not on schema public).  search_path is the
-- default, "$user", public.
SHOW search_path;

-- It went into the schema PostgreSQL picked (public, the first on
-- search_path), and the design card's query works as written.
SELECT e.extname, n.nspname, pg_get_userbyid(n.nspowner) AS schema_owner,
       pg_get_userbyid(e.extowner) AS extension_owner
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE e.extname = 'govreport';
\set body `cat test/data/report_sample.txt`
SELECT count(*) FROM parse_report(:'body') WHERE disposition = 'withheld';
SELECT count(*) FROM parse_report(:'body') WHERE disposition <@ 'unavailable' AND value > 0;

-- No schema was created for it, so the installer owns none.
SELECT count(*) AS schemas_owned_by_installer
  FROM pg_namespace WHERE nspowner = 'govreport_installer'::regrole;

-- Every object of the extension belongs to the bootstrap superuser, not to
-- the installer (PostgreSQL runs a trusted extension's script as that role).
SELECT DISTINCT pg_get_userbyid(p.proowner) = (SELECT rolname FROM pg_roles WHERE oid = 10) AS bootstrap_owns_functions
  FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid
 WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'govreport')
   AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e';
SELECT DISTINCT pg_get_userbyid(t.typowner) = (SELECT rolname FROM pg_roles WHERE oid = 10) AS bootstrap_owns_types
  FROM pg_depend d JOIN pg_type t ON t.oid = d.objid
 WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'govreport')
   AND d.classid = 'pg_type'::regclass AND d.deptype = 'e';

-- The attacks of a non-superuser installer, as the installer:
SET ROLE govreport_installer;
\set VERBOSITY terse
-- rename the extension's schema and put a look-alike in its place
ALTER SCHEMA public RENAME TO public_old;
-- replace a function, or plant an overload a superuser's call would pick
CREATE OR REPLACE FUNCTION public.report_balance_ok(doc jsonb) RETURNS boolean
    LANGUAGE sql AS 'SELECT true';
CREATE FUNCTION public.report_to_jsonb(body varchar) RETURNS jsonb
    LANGUAGE sql AS 'SELECT ''{}''::jsonb';
ALTER FUNCTION public.report_balance_ok(jsonb) OWNER TO govreport_installer;
\set VERBOSITY default
RESET ROLE;

-- A schema named govreport, made beforehand by someone else, is not used:
-- CREATE EXTENSION goes to the schema PostgreSQL picks, the first of
-- search_path (here after DROP, in a transaction that is rolled back).  The
-- call below is the extension's own function: an empty document does not
-- balance.
BEGIN;
DROP EXTENSION govreport;
CREATE SCHEMA govreport AUTHORIZATION govreport_installer;
CREATE FUNCTION govreport.report_balance_ok(doc jsonb) RETURNS boolean
    LANGUAGE sql AS 'SELECT true';
CREATE EXTENSION govreport;
SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE e.extname = 'govreport';
SELECT report_balance_ok('{"requests": {}, "appeals": {}}') AS balanced;
ROLLBACK;

-- What PostgreSQL's trust model leaves to the superuser: a schema another
-- role owns (here one the installer made, with CREATE on the database) may
-- hold functions of the same names.  Unqualified calls with that schema on
-- search_path run the other role's code; qualified calls, or a search_path
-- of trusted schemas only, do not.
SET ROLE govreport_installer;
CREATE SCHEMA installer_owned;
CREATE FUNCTION installer_owned.report_to_jsonb(body varchar) RETURNS jsonb
    LANGUAGE sql AS 'SELECT ''{"planted": true}''::jsonb';
RESET ROLE;
SET search_path = installer_owned, public;
SELECT report_to_jsonb('abc'::varchar) ? 'planted' AS planted_code_ran;
SET search_path = pg_catalog, public;
SELECT report_to_jsonb('abc'::varchar) ? 'planted' AS planted_code_ran;
SELECT public.report_to_jsonb('abc'::varchar) ? 'planted' AS planted_code_ran;
RESET search_path;
DROP SCHEMA installer_owned CASCADE;

-- DROP EXTENSION govreport CASCADE by the installer (the extension's
-- owner) drops other roles' columns of its types, as PostgreSQL does for
-- any extension; without CASCADE it refuses.
CREATE ROLE govreport_other;
CREATE SCHEMA other_data AUTHORIZATION govreport_other;
SET ROLE govreport_other;
CREATE TABLE other_data.t (id int, d disposition);
INSERT INTO other_data.t VALUES (1, 'granted');
RESET ROLE;
SET ROLE govreport_installer;
\set VERBOSITY terse
DROP EXTENSION govreport;
BEGIN;
DROP EXTENSION govreport CASCADE;
RESET ROLE;
SELECT attname FROM pg_attribute
 WHERE attrelid = 'other_data.t'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
ROLLBACK;
\set VERBOSITY default
RESET ROLE;
SELECT * FROM other_data.t;
DROP SCHEMA other_data CASCADE;
DROP ROLE govreport_other;
