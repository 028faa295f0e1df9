-- parse_report in both forms agrees on the real reports, and each document
-- reads back to itself (sql/20_report.sql does the same on our fixtures).

-- A test hook from the module (not part of the extension's interface):
-- gr_doc_to_jsonb(gr_doc_from_jsonb(doc)), to check that documents read back.
CREATE FUNCTION pg_temp.doc_roundtrip(jsonb) RETURNS jsonb
    AS 'govreport_test', 'govreport_test_doc_roundtrip' LANGUAGE C STRICT;

-- ------------------------------------------------------------ the seeds

\i test/seeds/seeds.psql
CREATE TEMP TABLE seed (name text, body text);
INSERT INTO seed VALUES
    ('000', :'s0'), ('001', :'s1'), ('002', :'s2'), ('003', :'s3'), ('004', :'s4');

\i sql/parts/parse_report_agrees.psql
