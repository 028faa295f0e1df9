-- The demo's database: the extension and the recommended table of reports
-- (examples/reports_table.sql: doc is read from body on INSERT, kept as
-- stored by dumps and restores, and must balance).
CREATE EXTENSION govreport;
\i examples/reports_table.sql
