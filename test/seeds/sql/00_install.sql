-- The tests on the real reports: a plain CREATE EXTENSION, as a user would.
CREATE EXTENSION govreport;
SELECT extversion FROM pg_extension WHERE extname = 'govreport';
